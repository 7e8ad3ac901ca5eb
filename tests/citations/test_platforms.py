"""Platform detection and canonical post URLs: one spelling per post, whatever link the author copied."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import SplitResult, urlsplit

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.citations import platforms
from provenance.citations.platforms import (
    canonical_url,
    linked_post_id,
    memento_archive,
    memento_original,
    memento_time_in_url,
    platform_from_host,
    platform_from_words,
    post_locator,
    snowflake_datetime,
    wayback_original,
)
from provenance.models import Platform


@pytest.mark.parametrize(
    ("host", "platform"),
    [
        ("t.me", Platform.TELEGRAM),
        ("telegram.me", Platform.TELEGRAM),
        ("telegram.dog", Platform.TELEGRAM),
        ("twitter.com", Platform.TWITTER),
        ("www.twitter.com", Platform.TWITTER),
        ("mobile.twitter.com", Platform.TWITTER),
        ("X.com", Platform.TWITTER),
        ("m.facebook.com", Platform.FACEBOOK),
        ("fb.com", Platform.FACEBOOK),
        ("youtu.be", Platform.YOUTUBE),
        ("www.youtube.com", Platform.YOUTUBE),
        ("instagram.com", Platform.INSTAGRAM),
        ("www.tiktok.com", Platform.TIKTOK),
        ("vk.com", Platform.VK),
        ("old.reddit.com", Platform.REDDIT),
        ("www.linkedin.com", Platform.LINKEDIN),
        ("news.example", Platform.WEB),
        ("notx.com", Platform.WEB),
        ("t.me.evil.example", Platform.WEB),
    ],
)
def test_host_names_its_platform(host: str, platform: Platform) -> None:
    assert platform_from_host(host) is platform


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("Rybar, Telegram, January 21, 2022", Platform.TELEGRAM),
        ("posted on TWITTER", Platform.TWITTER),
        ("VKontakte wall post", Platform.VK),
        ("VK, 3 May 2021", Platform.VK),
        ("a LinkedIn article", Platform.LINKEDIN),
        ("X post by @user, 3 January 2024", Platform.TWITTER),
        ("statement on X, 3 January 2024", Platform.TWITTER),
        ("NEXTA, X (formerly Twitter)", Platform.TWITTER),
        ("X, January 3, 2024", Platform.TWITTER),
        ("YouTube video later shared on Telegram", Platform.YOUTUBE),
        ("Source X told us on 3 January 2024", None),
        ("Exhibit X, page 4", None),
        ("Telegrams sent by the embassy", None),
        ("Lina Haddad, City News", None),
        # Meta's Threads by a capital `Threads` where the plural noun cannot stand: it named no platform.
        ("Threads, May 1, 2024", Platform.THREADS),
        ("Mark Zuckerberg, Threads, May 1, 2024", Platform.THREADS),
        ("Threads post by @zuck, May 1, 2024", Platform.THREADS),
        ("statement on Threads, May 1, 2024", Platform.THREADS),
        ("Telegram, later reposted on Threads", Platform.TELEGRAM),
        ("Threads of evidence, City News, 2024", None),
        ("the threads of a Reddit discussion", Platform.REDDIT),
        ("comment threads, City News", None),
    ],
)
def test_words_name_a_platform_only_when_unambiguous(text: str, platform: Platform | None) -> None:
    assert platform_from_words(text) is platform


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("RYBAR, TELEGRAM, 21 JANUARY 2022", Platform.TELEGRAM),  # ASCII in capitals: lowered, still found
        ("Desk, VKontakte, 3 May 2021", Platform.VK),  # found through `vk`, the word inside it
        ("alice.bsky.social, 3 May 2024", Platform.BLUESKY),
        ("V\u212a, 3 May 2021", Platform.VK),  # a Kelvin sign, which the case-blind pattern takes for `k`
        ("\u0420\u044b\u0431\u0430\u0440\u044c, Telegram", Platform.TELEGRAM),  # a Cyrillic name first
        ("Lina Haddad, City News, 21 January 2022", None),
    ],
)
def test_words_name_a_platform_whether_or_not_the_note_is_ascii(text: str, platform: Platform | None) -> None:
    # `platform_from_words` searches an ASCII text only when it holds one of the words lowered
    # (`may_hold_a_word`); any other is searched as it is, where case-blind letters may stand for them.
    assert platform_from_words(text) is platform


def test_every_platform_word_holds_one_the_prefilter_looks_for() -> None:
    from provenance.citations.platforms import _PLATFORM_WORDS_LOWERED, _WORDS_OF_PLATFORMS

    assert all(name.isalpha() and name.islower() for name in _PLATFORM_WORDS_LOWERED)
    for word, _ in _WORDS_OF_PLATFORMS:
        assert any(name in word for name in _PLATFORM_WORDS_LOWERED), word


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("Ahmet Y\u0131lmaz, T\u0130KTOK, 21 Ocak 2022", Platform.TIKTOK),  # Turkish's capital dotted I
        ("L\u0130NKED\u0130N g\u00f6nderisi", Platform.LINKEDIN),
        ("a post on in\u017ftagram", Platform.INSTAGRAM),  # a long s
        ("FED\u0130VERSE", Platform.MASTODON),
        ("Ahmet Y\u0131lmaz, TikTok, 21 Ocak 2022", Platform.TIKTOK),
    ],
)
def test_a_platforms_name_in_letters_that_lowercase_otherwise_names_it(text: str, platform: Platform) -> None:
    # Matched without regard to case, TIKTOK with a capital dotted I was looked up by its lowercase (i and a
    # combining dot): a KeyError ended `extract` and `check` with an internal error for a note naming it.
    assert platform_from_words(text) is platform


def _platform_from_words_in_two_scans(text: str) -> Platform | None:
    """`platform_from_words` as it was before one scan read every word: the first of the platform words', X's
    and Mastodon's first matches."""
    words = re.compile(
        r"\b(" + "|".join(word for word, _ in platforms._WORDS_OF_PLATFORMS[:-2]) + r")\b", re.I
    )
    found = [
        (match.start(), platforms._WORD_PLATFORMS[match.group().lower()])
        for pattern in (words, re.compile(r"\b(?:mastodon|fediverse)\b", re.I))
        for match in pattern.finditer(text)
    ]
    x_match = platforms._X_PLATFORM.search(text)
    if x_match:
        found.append((x_match.start(), Platform.TWITTER))
    return min(found, key=lambda item: item[0])[1] if found else None


_WORD_PIECES = [
    *(word for word, _ in platforms._WORDS_OF_PLATFORMS), "X", "x", "X post", "on X", "via X", "X,", "[1]: ",
    " ", ",", "-", ".", "a", "s", "Telegrams", "VK", "Mastodon", "(formerly Twitter)", "\n", "_", "é",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=8).map("".join))
@example("Telegram, later on Mastodon")
@example("on X, Mastodon and Telegram")
def test_one_scan_names_the_platform_the_first_named_word_does(text: str) -> None:
    assert platform_from_words(text) is _platform_from_words_in_two_scans(text)


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://t.me/s/rybar/28463", "https://t.me/rybar/28463"),
        ("http://telegram.me/rybar/28463", "https://t.me/rybar/28463"),
        ("https://t.me/rybar/28463?single", "https://t.me/rybar/28463"),
        ("https://t.me/rybar/28463?embed=1&mode=tme", "https://t.me/rybar/28463"),
        ("https://t.me/c/1234567890/77", "https://t.me/c/1234567890/77"),
        ("https://twitter.com/jack/status/20", "https://x.com/jack/status/20"),
        ("https://mobile.twitter.com/jack/statuses/20", "https://x.com/jack/status/20"),
        ("https://x.com/jack/status/20/photo/1?s=20&t=abc#m", "https://x.com/jack/status/20"),
        ("https://twitter.com/i/web/status/20", "https://x.com/i/status/20"),
        # TikTok's share button adds who shared the video and how; the video is its id (and its user's link).
        (
            "https://www.tiktok.com/@scout2015/video/6718335390845095173?is_from_webapp=1&sender_device=pc&_r=1",
            "https://www.tiktok.com/@scout2015/video/6718335390845095173",
        ),
        (
            "http://m.tiktok.com/@scout2015.fan/photo/6718335390845095173?lang=en#top",
            "https://www.tiktok.com/@scout2015.fan/photo/6718335390845095173",
        ),
        ("https://www.tiktok.com/@scout2015?lang=en", "https://www.tiktok.com/@scout2015?lang=en"),
        ("https://vm.tiktok.com/ZMabc123/?k=1", "https://vm.tiktok.com/ZMabc123/?k=1"),
        (
            "https://www.tiktok.com/@scout2015/video/12x?a=1",
            "https://www.tiktok.com/@scout2015/video/12x?a=1",
        ),
        ("HTTPS://News.Example:443/Story?id=7#comments", "https://news.example/Story?id=7"),
        ("http://news.example:80/a", "http://news.example/a"),
        ("http://news.example:8080/a", "http://news.example:8080/a"),
        ("https://t.me/rybar", "https://t.me/rybar"),
        # `²` passes str.isdigit, but is no post id: such a URL is no post's, and keeps its own spelling.
        ("https://twitter.com/jack/status/\u00b2", "https://twitter.com/jack/status/\u00b2"),
        ("https://t.me/s/rybar/\u00b2", "https://t.me/s/rybar/\u00b2"),
    ],
)
def test_url_has_one_canonical_spelling(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


@pytest.mark.parametrize(
    ("url", "locator"),
    [
        ("https://t.me/s/rybar/28463?single", ("rybar", "28463")),
        ("https://t.me/c/1234567890/77", (None, "77")),
        ("https://twitter.com/elonmusk/status/1742571314393104561?s=20", ("elonmusk", "1742571314393104561")),
        ("https://x.com/i/web/status/20", (None, "20")),
        ("https://t.me/rybar", (None, None)),
        ("https://x.com/elonmusk", (None, None)),
        ("https://news.example/rybar/28463", (None, None)),
    ],
)
def test_post_url_gives_handle_and_post_id(url: str, locator: tuple[str | None, str | None]) -> None:
    assert post_locator(url) == locator


@pytest.mark.parametrize(
    "url", ["https://t.me/kherson_chat/77/4471", "https://t.me/s/kherson_chat/77/4471?single"]
)
def test_a_message_in_a_public_group_s_topic_names_the_group_s_message(url: str) -> None:
    # `t.me/<group>/<topic>/<id>` named no post: the footnote failed `schema` ("no post id") while the
    # message was read from the widget of `<group>/<id>` and its date and author were confirmed.
    assert canonical_url(url) == "https://t.me/kherson_chat/4471"
    assert post_locator(url) == ("kherson_chat", "4471")


@pytest.mark.parametrize(
    "url",
    [
        "https://t.me/rybar/s/5",  # a story: shown only in the app, no post
        "https://t.me/rybar/77/x",
        "https://t.me/c/1234567890/77/4471",  # a private group's topic: no public message
    ],
)
def test_three_segments_that_are_no_group_topic_s_message_name_no_post(url: str) -> None:
    assert post_locator(url) == (None, None)
    assert canonical_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "https://x.com/rybar/status/123/../456",
        "https://x.com/rybar/status/123/photo/../../456",
        "https://x.com/i/web/status/123/../../../rybar/status/456",
        "https://x.com/rybar/status/123/%2e%2E/456",  # a browser reads escaped dots as dots
        "https://x.com/rybar/status/123/..\\456",  # and a backslash as a slash
        "https://fxtwitter.com/rybar/status/123/../456",
    ],
)
def test_a_post_link_whose_dot_segments_move_it_names_no_post(url: str) -> None:
    # A browser opens `x.com/rybar/status/123/../456` as the post 456; read by its first three segments, the
    # post 123 was captured and checked in its place.
    assert post_locator(url) == (None, None)
    assert platforms.mirrored_x_post(url) is None
    assert canonical_url(url) == url


@pytest.mark.parametrize(
    ("url", "locator"),
    [
        ("https://x.com/rybar/status/123/photo/1", ("rybar", "123")),
        ("https://x.com/rybar/status/123/...", ("rybar", "123")),  # three dots are a name, not a step up
        ("https://t.me/rybar/123?single", ("rybar", "123")),
    ],
)
def test_a_post_link_without_dot_segments_names_its_post(url: str, locator: tuple[str, str]) -> None:
    assert post_locator(url) == locator


def test_snowflake_id_gives_post_time_in_utc() -> None:
    # 1212092628029698048 was posted 2019-12-31 19:26:16.771 UTC, as X shows it.
    assert snowflake_datetime("1212092628029698048") == dt.datetime(
        2019, 12, 31, 19, 26, 16, 771000, tzinfo=dt.UTC
    )


def test_snowflake_rejects_non_numeric_id() -> None:
    with pytest.raises(ValueError, match="not a number"):
        snowflake_datetime("12ab")


TWEET = "https://twitter.com/MinPressOffice/status/1484307299693617728"


@pytest.mark.parametrize(
    ("url", "original"),
    [
        (f"https://web.archive.org/web/20220121000000/{TWEET}", TWEET),
        (f"https://web.archive.org/web/20220121000000id_/{TWEET}", TWEET),
        ("http://web.archive.org/web/2022/https://t.me/rybar/12345", "https://t.me/rybar/12345"),
        ("https://web.archive.org/web/20220121093000/https:/t.me/rybar/12345", "https://t.me/rybar/12345"),
        ("https://web.archive.org/web/20220121093000/t.me/rybar/12345", "http://t.me/rybar/12345"),
        (
            "https://web.archive.org/web/20220121093000/https://t.me/rybar/12348?utm_source=share",
            "https://t.me/rybar/12348?utm_source=share",
        ),
        ("https://web.archive.org/web/2022*/https://t.me/rybar/12345", None),  # a listing, not a copy
        ("https://web.archive.org/web/https://t.me/rybar/12345", None),  # a TimeGate, not a copy
        ("https://archive.example/web/20220121000000/https://t.me/rybar/12345", None),
        (TWEET, None),
    ],
)
def test_a_wayback_memento_url_names_the_original_it_is_a_copy_of(url: str, original: str | None) -> None:
    assert memento_original(url) == original


@pytest.mark.parametrize(
    ("url", "original"),
    [
        ("https://archive.ph/2022.01.21-093000/https://t.me/rybar/12345", "https://t.me/rybar/12345"),
        (f"https://archive.is/20220121093000/{TWEET}", TWEET),
        ("https://archive.today/2022/https://t.me/rybar/12345", "https://t.me/rybar/12345"),
        (f"https://archive.ph/newest/{TWEET}", TWEET),
        ("https://archive.md/oldest/https:/t.me/rybar/12345", "https://t.me/rybar/12345"),
        ("http://archive.li/newest/t.me/rybar/12345", "http://t.me/rybar/12345"),
        ("https://archive.vn/newest/https://t.me/s/rybar/12345?single", "https://t.me/s/rybar/12345?single"),
        ("https://archive.fo/2022.01.21/https://t.me/rybar/12345", "https://t.me/rybar/12345"),
        # The short form names no original: which page it copies is known only from the copy itself.
        ("https://archive.ph/AbCd1", None),
        ("https://archive.ph/AbCd1/https://t.me/rybar/12345", None),
        ("https://archive.ph/o/AbCd1/https://t.me/rybar/12345", None),  # a link out of a copy to the web
        ("https://archive.ph/timegate/https://t.me/rybar/12345", None),
        ("https://archive.ph/timemap/https://t.me/rybar/12345", None),
        ("https://archive.ph/newest/", None),
        ("https://archive.example/newest/https://t.me/rybar/12345", None),
    ],
)
def test_an_archive_today_url_names_its_original_only_in_the_forms_that_hold_it(
    url: str, original: str | None
) -> None:
    assert memento_original(url) == original
    # Only a Wayback copy is read as its original's copy: an archive.today copy is read as its own page.
    assert wayback_original(url) is None
    assert memento_archive(url) == ("archive.today" if original else None)


@pytest.mark.parametrize(
    "url",
    [
        f"https://WEB.ARCHIVE.ORG/web/20220121000000/{TWEET}",
        f"https://waybac\u212a.archive.org/web/20220121000000/{TWEET}",  # a Kelvin sign lowercases to `k`
        f"https://web.arch\tive.org/web/20220121000000/{TWEET}",  # urlsplit drops the tab
        f"https://web.archive.org\n/web/20220121000000/{TWEET}",
        "https://ARCHIVE.PH/newest/https://t.me/rybar/12345",
        "https://archive.ph./newest/https://t.me/rybar/12345",
        "https://archive.ph:443/newest/https://t.me/rybar/12345",
        " https://archive.ph/newest/https://t.me/rybar/12345 ",
        TWEET,
        "https://archived.example/web/20220121000000/https://t.me/rybar/12345",
        f"https://WAYBACK.ARCHIVE-IT.ORG/1234/20220121000000/{TWEET}",
        f"https://wayback.archive\t-it.org/1234/20220121000000/{TWEET}",
        f"https://GhostArchive.org/archive/20221009/{TWEET}",
    ],
)
def test_the_archive_host_pre_check_gives_what_splitting_every_url_gives(url: str) -> None:
    # `_archive_memento` splits a URL only when `may_name_archive_host` says it may name an archive's host:
    # the answers must be those of splitting it anyway.
    hosts = (
        *platforms._WAYBACK_HOSTS,
        *platforms._ARCHIVE_IT_HOSTS,
        *platforms.ARCHIVE_TODAY_HOSTS,
        *platforms._GHOSTARCHIVE_HOSTS,
    )
    assert all(any(mark in host for mark in platforms._ARCHIVE_HOST_MARKS) for host in hosts)
    archives = (
        (platforms._WAYBACK_HOSTS, platforms._WAYBACK_MEMENTO),
        (platforms._ARCHIVE_IT_HOSTS, platforms._ARCHIVE_IT_MEMENTO),
        (platforms.ARCHIVE_TODAY_HOSTS, platforms._ARCHIVE_TODAY_MEMENTO),
        (platforms._GHOSTARCHIVE_HOSTS, platforms._GHOSTARCHIVE_MEMENTO),
    )
    for _, memento in archives:
        for archive_hosts, _ in archives:
            checked = platforms._archive_memento(url, archive_hosts, memento)
            split = _archive_memento_of_every_url(url, archive_hosts, memento)
            assert (checked and checked[0].group(), checked and checked[1]) == (
                split and split[0].group(),
                split and split[1],
            )


def _archive_memento_of_every_url(
    url: str, hosts: tuple[str, ...], memento: re.Pattern[str]
) -> tuple[re.Match[str], SplitResult] | None:
    """`platforms._archive_memento` without its pre-check."""
    try:
        parts = urlsplit(url.strip())
        host = platforms._bare_host(parts.hostname or "")
    except ValueError:
        return None
    found = memento.match(parts.path) if host in hosts else None
    return (found, parts) if found else None


def test_a_wayback_copy_is_read_as_its_original_and_named_as_the_internet_archives() -> None:
    memento = f"https://web.archive.org/web/20220121000000/{TWEET}"
    assert (wayback_original(memento), memento_archive(memento)) == (TWEET, "Internet Archive")


@pytest.mark.parametrize(
    ("url", "original", "made"),
    [
        (f"https://wayback.archive-it.org/1234/20220121093000/{TWEET}", TWEET, "2022-01-21 09:30:00"),
        (f"https://wayback.archive-it.org/1234/20220121093000id_/{TWEET}", TWEET, "2022-01-21 09:30:00"),
        ("http://wayback.archive-it.org/all/20220121093000/https:/t.me/rybar/12345", "https://t.me/rybar/12345",
         "2022-01-21 09:30:00"),
        (f"https://wayback.archive-it.org/1234/2022/{TWEET}", TWEET, None),  # the copy nearest: no moment
    ],
)  # fmt: skip
def test_an_archive_it_copy_names_its_original_and_its_time_as_a_wayback_copy_does(
    url: str, original: str, made: str | None
) -> None:
    # Archive-It runs Wayback's software: its links were read as ordinary pages of archive-it.org, the copy
    # of a post read as a web page and the post's platform, account and id unknown.
    assert (memento_original(url), wayback_original(url), memento_archive(url)) == (
        original,
        original,
        "Archive-It",
    )
    assert memento_time_in_url(url) == (f"{made} UTC, as its URL says" if made else None)


@pytest.mark.parametrize(
    ("url", "original"),
    [
        ("https://ghostarchive.org/archive/20221009/http://www.incertitudes.fr/book.pdf",
         "http://www.incertitudes.fr/book.pdf"),
        (f"https://ghostarchive.org/archive/1/{TWEET}", TWEET),
        # Its ids name no original: which page such a copy is of is known only from the copy.
        ("https://ghostarchive.org/archive/AbC12", None),
        ("https://ghostarchive.org/varchive/hltKrT_5q08", None),
        (f"https://ghostarchive.org/search?term={TWEET}", None),
    ],
)  # fmt: skip
def test_a_ghostarchive_url_names_its_original_only_in_the_form_that_holds_it(
    url: str, original: str | None
) -> None:
    # `…/archive/20221009/<URL>` (as Wikipedia cites it) names the page, as an archive.today copy's URL
    # does: the original was unknown, the note's platform and post id read off ghostarchive.org's address.
    assert (memento_original(url), memento_archive(url)) == (original, "Ghostarchive" if original else None)
    assert wayback_original(url) is None, "read as the archive's own page, not as the original's copy"


@pytest.mark.parametrize(
    "url",
    [
        f"https://wayback.archive-it.org/1234/*/{TWEET}",  # a listing of its copies
        f"https://wayback.archive-it.org/1234/timemap/link/{TWEET}",
        f"https://wayback.archive-it.org/web/20220121093000/{TWEET}",  # no collection named
        f"https://archive-it.org/collections/1234/20220121093000/{TWEET}",  # Archive-It's site, no copy
    ],
)
def test_an_archive_it_address_that_is_no_copy_names_no_original(url: str) -> None:
    assert (memento_original(url), memento_archive(url)) == (None, None)


_LINK_PIECES = [
    "https://", "http://", "HTTPS://", "https:/", "site.example", "t.me", "x.com", "twitter.com", "www.", "A",
    "a", "0", "-", ".", "/", "//", "?", "#", ":", ":443", ":80", ":8080", "@", "user@", "[", "]", "%", " ",
    "\t", "\n", "\r", "\x00", "\x1f", "\u00e9", "\u212a", "rybar/12345", "u/status/20", "s/", "c/1/2", "?q=1",
    "#f", "news/2022/01/report-1",
]  # fmt: skip
_LINKS = st.lists(st.sampled_from(_LINK_PIECES), max_size=8).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_LINKS)
@example("https://site.example/news/2022/01/report-1")
@example("https://t.me/rybar/12345")
@example("https://site.example/a?")
@example("https://site.example#")
@example("https://.")
def test_a_plain_link_is_canonical_as_splitting_it_makes_it(url: str) -> None:
    # `canonical_url` gives a plain link back without splitting it: it must be what splitting it gives.
    assert canonical_url.__wrapped__(url) == platforms._split_canonical_url(url.strip())


@pytest.mark.parametrize(
    ("url", "own"),
    [
        ("https://fxtwitter.com/jack/status/20/en", "https://x.com/jack/status/20"),
        ("https://vxtwitter.com/jack/status/20", "https://x.com/jack/status/20"),
        ("https://fixupx.com/jack/status/20?s=20", "https://x.com/jack/status/20"),
        ("https://nitter.privacydev.net/jack/status/20#m", "https://x.com/jack/status/20"),
        ("https://xcancel.com/i/web/status/20", "https://x.com/i/status/20"),
        ("https://twstalker.com/jack/status/20", "https://x.com/jack/status/20"),
        ("https://mobile.twstalker.com/jack/status/20", "https://x.com/jack/status/20"),
        ("https://twstalker.com/jack", None),
        ("https://fxtwitter.com/jack", None),  # an account's page on a mirror names no post
        ("https://nitterfan.example/jack/status/20", None),
        ("https://x.com/jack/status/20", None),  # X's own link is no mirror's
    ],
)
def test_a_mirrors_status_link_names_xs_own_post_and_keeps_its_own_spelling(
    url: str, own: str | None
) -> None:
    assert platforms.mirrored_x_post(url) == own
    # A web archive's copy of the mirror's page is a copy of the mirror's rewriting, not of X's post.
    assert canonical_url(url) != own


_ALICES_POST = "https://bsky.app/profile/alice.bsky.social/post/3kabc2defgh2a"


@pytest.mark.parametrize(
    ("url", "own"),
    [
        ("https://tgstat.com/channel/@rybar/12345", "https://t.me/rybar/12345"),
        ("https://tgstat.ru/channel/@rybar/12345", "https://t.me/rybar/12345"),
        ("https://uk.tgstat.com/channel/@rybar/12345", "https://t.me/rybar/12345"),
        ("https://tgstat.com/en/channel/@rybar/12345", "https://t.me/rybar/12345"),
        ("https://TGStat.com/chat/@some_chat/5", "https://t.me/some_chat/5"),
        ("https://telemetr.io/en/channels/1234567-rybar/posts/12345", "https://t.me/rybar/12345"),
        ("https://telemetr.io/channels/1234567-rybar/posts/12345", "https://t.me/rybar/12345"),
        ("https://tlgrm.eu/channels/@rybar/12345", "https://t.me/rybar/12345"),
        # A private channel by its invite's hash, a channel's page, a chat id without a username: no post.
        ("https://tgstat.com/channel/AAAAAEs7fjdnkP0gYQ/12345", None),
        ("https://tgstat.com/channel/@rybar", None),
        ("https://telemetr.io/en/channels/1234567/posts/12345", None),
        ("https://tlgrm.eu/channels/@rybar", None),
        ("https://fxbsky.app/profile/Alice.bsky.social/post/3kabc2defgh2a", _ALICES_POST),
        ("https://bskx.app/profile/alice.bsky.social/post/3kabc2defgh2a/photo/1", _ALICES_POST),
        ("https://bskye.app/profile/alice.bsky.social/post/3kabc2defgh2a", _ALICES_POST),
        (
            "https://skyview.social/?url=https://bsky.app/profile/alice.bsky.social/post/3kabc2defgh2a",
            _ALICES_POST,
        ),
        (
            "https://skyview.social/?url=https%3A%2F%2Fbsky.app%2Fprofile%2Falice.bsky.social%2Fpost"
            "%2F3kabc2defgh2a&viewtype=tree",
            _ALICES_POST,
        ),
        (
            "https://embed.bsky.app/embed/did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.post/3kabc2defgh2a",
            "https://bsky.app/profile/did:plc:ewvi7nxzyoun6zhxrhs64oiz/post/3kabc2defgh2a",
        ),
        ("https://deer.social/profile/Alice.bsky.social/post/3kabc2defgh2a", _ALICES_POST),
        ("https://deer.social/profile/alice.bsky.social", None),  # an account's page: no post
        ("https://fxbsky.app/profile/alice.bsky.social", None),  # an account's page: no post
        ("https://skyview.social/?url=https://bsky.app/profile/alice.bsky.social", None),
        ("https://notfxbsky.app/profile/alice.bsky.social/post/3kabc2defgh2a", None),
        ("https://bsky.app/profile/alice.bsky.social/post/3kabc2defgh2a", None),  # Bluesky's own link
        ("https://t.me/rybar/12345", None),  # Telegram's own link
        ("https://t.me/ivan_petrenko/12345", None),  # a channel whose name starts as Instant View's path
        # Telegram's Instant View of an article names the article, captured in its place.
        (
            "https://t.me/iv?url=https%3A%2F%2Fnews.example%2F2022%2F01%2F21%2Fbridge&rhash=5c1f0e2a9b7d3e",
            "https://news.example/2022/01/21/bridge",
        ),
        ("https://telegram.me/iv?url=https://news.example/bridge", "https://news.example/bridge"),
        ("https://t.me/iv?rhash=5c1f0e2a9b7d3e", None),  # names no page
        ("https://t.me/iv?url=javascript:alert(1)", None),
        ("https://news.example/iv?url=https://news.example/bridge", None),  # not Telegram's
    ],
)
def test_a_viewers_link_to_a_telegram_or_bluesky_post_names_the_platforms_own_post(
    url: str, own: str | None
) -> None:
    assert platforms.mirrored_post(url) == own
    # A web archive's copy of the viewer's page is a copy of the viewer's rendering, not of the post.
    assert canonical_url(url) != own


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from([*_LINK_PIECES, *platforms._VIEWER_WORDS, "tgsta", "bs"]), max_size=8).map(
        "".join
    )
)
def test_the_viewer_pre_check_holds_a_link_as_any_viewer_word_does(url: str) -> None:
    # `mirrored_post` reads a link only when `_may_name_viewer` says it holds a viewer's word: written out
    # for speed, it must answer as asking each word of `_VIEWER_WORDS` does, and each viewer's host hold one.
    lowered = url.lower()
    assert platforms._may_name_viewer(lowered) == any(word in lowered for word in platforms._VIEWER_WORDS)
    hosts = (
        *platforms._TELEGRAM_VIEWERS,
        *platforms._BLUESKY_MIRRORS,
        platforms._SKYVIEW,
        platforms._BLUESKY_EMBED,
    )
    assert all(platforms._may_name_viewer(host) for host in hosts)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.from_regex(platforms._TELEGRAM_POST),
        st.from_regex(platforms._TWITTER_POST),
        st.from_regex(platforms._BLUESKY_POST),
    )
)
def test_every_telegram_x_and_bluesky_post_link_passes_the_locators_pre_check(url: str) -> None:
    # `post_locator` asks its patterns only of a canonical link with a post's start (or Mastodon's path):
    # a link one of them matches must have one.
    assert url.startswith(platforms._POST_URL_STARTS)


@pytest.mark.parametrize(
    ("url", "located"),
    [
        ("https://t.me/rybar/12345", ("rybar", "12345")),
        ("https://t.me/c/1234/56", (None, "56")),
        ("https://twitter.com/Alice/status/20", ("Alice", "20")),
        ("https://x.com/i/web/status/20", (None, "20")),
        (
            "https://bsky.app/profile/Alice.bsky.social/post/3kabc2defgh2a",
            ("alice.bsky.social", "3kabc2defgh2a"),
        ),
        ("https://mastodon.social/@alice/109876543210", ("alice@mastodon.social", "109876543210")),
        (
            "https://mastodon.social/users/alice/statuses/109876543210",
            ("alice@mastodon.social", "109876543210"),
        ),
        ("https://site.example/news/2022/01/report-1", (None, None)),
        ("https://t.me/rybar", (None, None)),
    ],
)
def test_a_posts_link_is_located_and_a_pages_is_not(url: str, located: tuple[str | None, str | None]) -> None:
    assert platforms.post_locator(url) == located


# ---- Bluesky ----

_BSKY_DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"


@pytest.mark.parametrize(
    ("host", "platform"),
    [
        ("bsky.app", Platform.BLUESKY),
        ("staging.bsky.app", Platform.BLUESKY),  # the app's staging copy: the same network's posts
        ("bsky.social", Platform.WEB),  # a host of accounts' data and handles, not the app
        ("main.bsky.dev", Platform.WEB),
        ("notbsky.app", Platform.WEB),
    ],
)
def test_bluesky_hosts_name_bluesky(host: str, platform: Platform) -> None:
    assert platform_from_host(host) is platform


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("Harbour Authority, Bluesky, November 20, 2024", Platform.BLUESKY),
        ("Harbour Authority (@harbour.bsky.social), November 20, 2024", Platform.BLUESKY),
        ("posted on Bsky", Platform.BLUESKY),
        ("under a blue sky", None),
    ],
)
def test_the_word_bluesky_names_the_platform(text: str, platform: Platform | None) -> None:
    assert platform_from_words(text) is platform


@pytest.mark.parametrize(
    ("url", "canonical", "locator"),
    [
        (
            "https://bsky.app/profile/Harbour.BSKY.Social/post/3lbg46235ui27?ref_src=embed#top",
            "https://bsky.app/profile/harbour.bsky.social/post/3lbg46235ui27",
            ("harbour.bsky.social", "3lbg46235ui27"),
        ),
        (
            "https://staging.bsky.app/profile/nytimes.com/post/3lbg46235ui27",
            "https://bsky.app/profile/nytimes.com/post/3lbg46235ui27",
            ("nytimes.com", "3lbg46235ui27"),
        ),
        (  # a DID is the account, not a handle: the post id is known, no handle is named
            f"https://bsky.app/profile/{_BSKY_DID}/post/3lbg46235ui27",
            f"https://bsky.app/profile/{_BSKY_DID}/post/3lbg46235ui27",
            (None, "3lbg46235ui27"),
        ),
        (
            "https://bsky.app/profile/did:web:example.com/post/3lbg46235ui27",
            "https://bsky.app/profile/did:web:example.com/post/3lbg46235ui27",
            (None, "3lbg46235ui27"),
        ),
        # Not a post: a profile, a feed, a handle that is no domain name, an IP address.
        (
            "https://bsky.app/profile/harbour.bsky.social",
            "https://bsky.app/profile/harbour.bsky.social",
            (None, None),
        ),
        (
            "https://bsky.app/profile/harbour.bsky.social/feed/aaa",
            "https://bsky.app/profile/harbour.bsky.social/feed/aaa",
            (None, None),
        ),
        (
            "https://bsky.app/profile/harbour/post/3lbg46235ui27",
            "https://bsky.app/profile/harbour/post/3lbg46235ui27",
            (None, None),
        ),
        (
            "https://bsky.app/profile/1.2.3.4/post/3lbg46235ui27",
            "https://bsky.app/profile/1.2.3.4/post/3lbg46235ui27",
            (None, None),
        ),
    ],
)
def test_a_bluesky_post_url_has_one_spelling_and_gives_its_handle_and_rkey(
    url: str, canonical: str, locator: tuple[str | None, str | None]
) -> None:
    assert canonical_url(url) == canonical
    assert post_locator(url) == locator


def test_a_bluesky_did_url_names_its_did_as_the_account() -> None:
    assert platforms.bluesky_post(f"https://bsky.app/profile/{_BSKY_DID.upper()}/post/3lbg46235ui27") == (
        _BSKY_DID,
        "3lbg46235ui27",
    )
    assert platforms.bluesky_post("https://x.com/jack/status/20") is None


@pytest.mark.parametrize(
    ("rkey", "moment"),
    [
        ("3lbg46235ui27", dt.datetime(2024, 11, 20, 23, 30, 12, 345678, tzinfo=dt.UTC)),
        ("3jzfcijpj2z2a", dt.datetime(2023, 6, 30, 15, 3, 1, 887007, tzinfo=dt.UTC)),
        ("2222222222222", None),  # 1970: no sane post time
        ("3LBG46235UI27", None),  # TIDs are lowercase
        ("zzzzzzzzzzzzz", None),  # the top bit set: no TID
        ("3lbg46235ui2", None),  # 12 characters
        ("self", None),
    ],
)
def test_a_tid_rkey_gives_the_time_its_client_wrote_into_it(rkey: str, moment: dt.datetime | None) -> None:
    assert platforms.tid_time(rkey) == moment


def test_a_hostile_bluesky_path_is_read_in_linear_time() -> None:
    account = "a-" * 5000 + "." + "b" * 5000
    assert post_locator(f"https://bsky.app/profile/{account}/post/{'x' * 5000}") == (None, None)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=EXAMPLEtracking&pp=ygUE",
        "https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ?si=EXAMPLEtracking1",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ?feature=share",
        "https://www.youtube.com/live/dQw4w9WgXcQ?si=EXAMPLE",
    ],
)
def test_a_youtube_video_s_link_gives_its_video_id_as_the_post_id(url: str) -> None:
    # Unread, a note citing a video had no post id in `extract` and the ledger.
    assert linked_post_id(url) == "dQw4w9WgXcQ"
    assert post_locator(url) == (None, None)  # a video's link names no channel


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?si=dQw4w9WgXcQ",  # only a tracking parameter holds eleven characters
        "https://www.youtube.com/@bbcnews",
        "https://www.youtube.com/watch?v=abc",  # no video id
        "https://notyoutube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG",
    ],
)
def test_a_youtube_link_naming_no_video_gives_no_post_id(url: str) -> None:
    assert linked_post_id(url) is None


@pytest.mark.parametrize(
    ("url", "locator"),
    [
        (
            "https://www.facebook.com/bbcnews/posts/pfbid02Ab3cDeFgHiJkLmNoPqRsTuVwXyZ1234567890abcdEFGH"
            "?__cft__[0]=AZX&__tn__=%2CO%2CP-R",
            ("bbcnews", "pfbid02Ab3cDeFgHiJkLmNoPqRsTuVwXyZ1234567890abcdEFGH"),
        ),
        ("https://m.facebook.com/MoD/posts/123456?mibextid=Nif5oz", ("MoD", "123456")),
        ("https://www.facebook.com/bbcnews/posts/123?fbclid=IwAR0abc", ("bbcnews", "123")),
        ("https://www.facebook.com/bbcnews/videos/1234567890/", ("bbcnews", "1234567890")),
        ("https://www.facebook.com/bbcnews/videos/a-title/1234567890/", ("bbcnews", "1234567890")),
        ("https://www.facebook.com/100064123456789/posts/123", (None, "123")),  # a page's number, no name
        (
            "https://www.facebook.com/permalink.php?story_fbid=pfbid0abcdefghijklm&id=100064",
            (None, "pfbid0abcdefghijklm"),
        ),
        ("https://m.facebook.com/story.php?story_fbid=123&id=456&mibextid=xyz", (None, "123")),
        ("https://www.facebook.com/watch/?v=1234567890&ref=sharing", (None, "1234567890")),
        ("https://www.facebook.com/reel/987654321?fs=e&mibextid=wwXIfr", (None, "987654321")),
        ("https://www.facebook.com/groups/12345/posts/678/", (None, "678")),  # a group is no author
        ("https://www.facebook.com/photo/?fbid=123456&set=a.789", (None, "123456")),
        ("https://www.facebook.com/photo.php?fbid=123456&set=a.789&type=3", (None, "123456")),
        ("https://www.facebook.com/bbcnews/photos/a.123/456789/", ("bbcnews", "456789")),
    ],
)
def test_a_facebook_post_s_link_gives_its_page_s_name_and_its_post_id(
    url: str, locator: tuple[str | None, str]
) -> None:
    # Unread, a note citing a post had no post id, and one naming no author none from the link either.
    assert post_locator(url) == locator


@pytest.mark.parametrize(
    "url",
    [
        "https://www.facebook.com/share/p/AbCdEf123/",  # a share link: no post until followed
        "https://fb.watch/abcDEF123/",
        "https://www.facebook.com/bbcnews",
        "https://www.facebook.com/profile.php?id=100064123456789",
        "https://www.facebook.com/watch/?v=1&v=2",  # two videos
        "https://www.facebook.com/bbcnews/posts/not-an-id",
        "https://www.facebook.com/story.php?id=456&fbclid=123",  # only the page's and a tracking number
        "https://www.facebook.com/photo/?set=a.789",  # an album, no photo
    ],
)
def test_a_facebook_link_naming_no_post_gives_no_post_id(url: str) -> None:
    assert post_locator(url) == (None, None)
    assert linked_post_id(url) is None
