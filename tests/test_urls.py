"""The URL finder: links with and without a scheme, and prose that only looks like a host name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance import urls
from provenance.citations import parse_citation
from provenance.readers.plaintext import read_plain_text
from provenance.urls import (
    _MAY_HOLD_URL,
    _MAY_HOLD_URL_PLAIN,
    URL_IN_TEXT,
    NotAnHttpUrl,
    _split_http_target,
    _url_matches,
    blank_urls,
    find_urls,
    http_target,
    iter_urls,
    joined_url,
    look_alike_host,
    named_host_look_alike,
    schemes_added,
    shown_link_differs,
    without_invisible_characters,
)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Telegram, January 21, 2022, t.me/somechannel/123", "https://t.me/somechannel/123"),
        (
            "Twitter, twitter.com/u/status/1484560000000000000.",
            "https://twitter.com/u/status/1484560000000000000",
        ),
        ("(x.com/jack/status/20)", "https://x.com/jack/status/20"),
        ("See www.bbc.co.uk, the BBC.", "https://www.bbc.co.uk"),
        ("Statement at mod.gov.example/news/22?lang=en.", "https://mod.gov.example/news/22?lang=en"),
    ],
)
def test_link_without_a_scheme_is_a_url_with_https_added(text: str, url: str) -> None:
    assert [(found.url, found.scheme_added) for found in iter_urls(text)] == [(url, True)]


@pytest.mark.parametrize(
    "prose",
    [
        "Officials (e.g. the U.S. envoy) spoke, i.e. twice.",
        "Sept./Oct. 2022 and km/h, TCP/IP, and/or v1.2/3.",
        "Write to press@mod.example/desk.",
        "Mr. Smith vs. Dr. Jones et al. at 5 p.m./6 a.m.",
    ],
)
def test_abbreviations_and_slashes_in_prose_are_not_urls(prose: str) -> None:
    assert find_urls(prose) == ()


def test_a_link_written_in_full_is_not_said_to_have_a_scheme_added() -> None:
    assert [found.scheme_added for found in iter_urls("https://t.me/a/1 and t.me/a/2")] == [False, True]


def test_an_address_shown_bare_and_linked_to_its_http_form_is_not_said_to_have_a_scheme_added() -> None:
    # Word's AutoFormat links `t.me/rybar/1234` to `http://t.me/rybar/1234`: the note did give a scheme.
    found = list(iter_urls("Rybar, t.me/rybar/1234 and t.me/rybar/99"))
    assert schemes_added(found, ["http://t.me/rybar/1234"]) == ("https://t.me/rybar/99",)
    assert schemes_added(found, ["HTTPS://t.me/rybar/1234", "ftp://t.me/rybar/99"]) == (
        "https://t.me/rybar/99",
    )


def test_links_without_a_scheme_are_blanked_for_the_date_finder() -> None:
    assert blank_urls("www.example.com/2022/01/21 on 3 May 2022") == " " * 26 + " on 3 May 2022"


def test_note_with_a_schemeless_telegram_link_is_cited_by_it_with_a_finding() -> None:
    result = read_plain_text("A claim.[1]\n\n[1] Telegram, January 21, 2022, t.me/somechannel/123\n")
    note = result.footnotes[0]
    assert note.urls == ("https://t.me/somechannel/123",)
    assert [(finding.code, finding.field) for finding in note.findings] == [("scheme-added", "url")]
    assert "https://t.me/somechannel/123" in note.findings[0].message
    citation = parse_citation(note).citation
    assert (citation.platform, citation.handle, citation.post_id) == ("telegram", "somechannel", "123")


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://t.m\u0435/rybar/1", "mixes Cyrillic and Latin letters"),  # a Cyrillic `e` in t.me
        ("https://\u0440\u0430\u0443\u0440\u0430\u0456.com/a", "letters that look Latin but are not"),
        ("https://t.me/rybar/1", None),
        ("https://b\u00fccher.example/a", None),
        ("https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/a", None),  # a Russian name under .rf
        # A Japanese name in kanji and katakana, as the language writes (it warned as a mix of scripts).
        ("https://\u65e5\u672c\u8a9e\u30c9\u30e1\u30a4\u30f3.jp/a", None),
    ],
)
def test_a_host_that_looks_like_another_is_named(url: str, why: str | None) -> None:
    found = look_alike_host(url)
    assert (found is None) if why is None else (found is not None and why in found and "xn--" in found)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        (
            "https://twitter.com@evil.example/rybar/status/1",
            "the URL names 'twitter.com' before '@', a user name, not its host: it leads to 'evil.example'",
        ),
        (
            "https://t.me:443@evil.example/rybar/1",
            "the URL names 't.me:443' before '@', a user name, not its host: it leads to 'evil.example'",
        ),
        # The true cases beside them: a user name that reads as no host, and no user name.
        ("https://reader@archive.example/a", None),
        ("https://x.com/rybar/status/1", None),
    ],
)
def test_a_user_name_that_reads_as_a_host_is_named(url: str, why: str | None) -> None:
    # `https://twitter.com@evil.example/…` reads as a link to twitter.com and leads to evil.example: the
    # locator passed, and the page there was checked as the cited source.
    assert look_alike_host(url) == why


@pytest.mark.parametrize(
    ("url", "why"),
    [
        (
            "https://twitter%2Ecom@evil.example/rybar/status/1",
            "the URL names 'twitter.com' before '@', a user name, not its host: it leads to 'evil.example'",
        ),
        (
            "https://t\u3002me@evil.example/rybar/1",  # an ideographic full stop, a dot to a browser
            "the URL names 't\u3002me' before '@', a user name, not its host: it leads to 'evil.example'",
        ),
        ("https://reader%40home@archive.example/a", None),
    ],
)
def test_a_user_name_whose_dot_is_escaped_or_ideographic_is_named(url: str, why: str | None) -> None:
    # `twitter%2Ecom@evil.example` shows twitter.com before the `@` as a plain dot does: the locator passed.
    assert look_alike_host(url) == why


@pytest.mark.parametrize(
    ("url", "why"),
    [
        (
            "https://xn--twtter-qvf.com/rybar/status/1",  # twitter.com with a Cyrillic `i`, in punycode
            "the host 'tw\u0456tter.com' (xn--twtter-qvf.com), read as 'twitter.com', mixes Cyrillic and "
            "Latin letters in 'tw\u0456tter'",
        ),
        (
            "https://xn--80ak6aa92e.com/a",  # apple.com in Cyrillic letters, in punycode
            "the host '\u0430\u0440\u0440\u04cf\u0435.com' (xn--80ak6aa92e.com), read as 'apple.com', spells "
            "'\u0430\u0440\u0440\u04cf\u0435' with letters that look Latin but are not",
        ),
        # The true cases beside them: international names in punycode, in one script of their own, or in
        # the scripts one language writes together (Japanese kanji and katakana).
        ("https://xn--bcher-kva.example/a", None),
        ("https://xn--eckwd4c7c5976acvb2w6i.jp/a", None),
        ("https://xn--e1afmkfd.xn--p1ai/a", None),
    ],
)
def test_a_look_alike_host_written_in_punycode_is_read_in_its_letters(url: str, why: str | None) -> None:
    # Only hosts written in their own letters were looked at: `xn--twtter-qvf.com`, which a browser shows
    # as twitter.com with a Cyrillic `i`, left the locator passing.
    assert look_alike_host(url) == why


@pytest.mark.parametrize(
    ("url", "written"),
    [
        ("https://t.\u200bme/rybar/1", "t.\u200bme"),  # a zero-width space
        ("https://t.m\u00ade/rybar/1", "t.m\u00ade"),  # a soft hyphen
        ("https://\uff54.\uff4d\uff45/rybar/1", "\uff54.\uff4d\uff45"),  # full-width letters
        ("https://t\u3002me/rybar/1", "t\u3002me"),  # an ideographic full stop
    ],
)
def test_a_host_requested_as_another_ascii_name_is_named(url: str, written: str) -> None:
    # The capture asks `t.me` (IDNA drops or maps these characters), while the citation read the host as
    # no platform's: the locator passed a Telegram page checked as some web page.
    assert look_alike_host(url) == (
        f"the host {written!r} is requested as 't.me', in characters that stand for others"
    )


@pytest.mark.parametrize(
    ("url", "why"),
    [
        (
            "https://t.me.evil.example/rybar/1",
            "the host 't.me.evil.example' opens with 't.me', telegram's host, and is another site",
        ),
        (
            "https://x.com.co/rybar/status/1",
            "the host 'x.com.co' opens with 'x.com', twitter's host, and is another site",
        ),
        (
            "https://telegram.me-news.example/rybar/1",
            "the host 'telegram.me-news.example' opens with 'telegram.me', telegram's host, and is another "
            "site",
        ),
        # The true cases beside them: the platforms' own hosts, and hosts that only share letters with one.
        ("https://t.me/rybar/1", None),
        ("https://www.x.com/rybar/status/1", None),
        ("https://mobile.twitter.com/rybar/status/1", None),
        ("https://t.me./rybar/1", None),
        ("https://t.media.example/a", None),
        ("https://x-com.example/a", None),
        ("https://news.example/x.com/a", None),
    ],
)
def test_a_host_that_opens_with_a_platforms_host_is_named(url: str, why: str | None) -> None:
    # `t.me.evil.example` reads as Telegram's host to a reader of the note: the locator passed the page
    # there as the cited source.
    assert look_alike_host(url) == why


@pytest.mark.parametrize(
    ("url", "why"),
    [
        (
            "https://evil.example\\.x.com/rybar/status/1",
            "the URL's host part 'evil.example\\\\.x.com' holds a '\\', which a browser reads as '/': "
            "it opens 'evil.example', where the citation reads 'evil.example\\\\.x.com'",
        ),
        (
            "https://x.com\\@evil.example/rybar/status/1",
            "the URL's host part 'x.com\\\\@evil.example' holds a '\\', which a browser reads as '/': "
            "it opens 'x.com', where the citation reads 'evil.example'",
        ),
        (
            "https://evil.example%5C.x.com/rybar/status/1",
            "the host 'evil.example%5C.x.com' holds an escape: a browser reads it as "
            "'evil.example\\\\.x.com'",
        ),
        # The true case beside them: a backslash in the path, past the host.
        ("https://x.com/rybar/status/1\\", None),
    ],
)
def test_a_backslash_or_an_escape_in_the_host_part_is_named(url: str, why: str | None) -> None:
    # `<a href="https://evil.example\.x.com/rybar/status/1">`: `urlsplit` reads a host ending in `.x.com`, so
    # the citation was X's post 1, while a browser opens evil.example: the locator passed.
    assert look_alike_host(url) == why


_URL_PIECES = [
    "https://", "HTTP://", "://", "www.", "WWW.", "t.me", "/", "a", "-", ".", "@", ":", ")", "(", "x.co",
    "e.g.", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "“", "<", "|", "é", "1", ".org/", ".ORG/", "_",
    # what a URL holds none of, which a word taken whole for a link (`_LINK_WORD`) must not hold either
    "http://", "”", "»", "`", "\\", "^", "}", '"', "\x85", "\x1b", "\u00ad",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_URL_PIECES), max_size=16))
@example(["Desk 1, “Report”, January 2, 2022, ", "https://", "a", ".org/", "a", "-", "1"])
@example(["https://", "a", "”", "https://", "a"])
@example(["http://", "a", "\x1b", "b"])
def test_urls_searched_word_by_word_are_the_urls_of_the_whole_text(pieces: list[str]) -> None:
    # The finder tries its long pattern only in words that hold `://`, `www.` or a top-level domain and a
    # slash: it must find exactly what the pattern finds in the whole text.
    text = "".join(pieces)
    whole = [(m.start(), m.end(), m.group("bare") is not None) for m in URL_IN_TEXT.finditer(text)]
    assert list(_url_matches(text)) == whole
    first_mark = _MAY_HOLD_URL.search(text)
    if first_mark is not None:  # searched from the first mark, as `iter_urls` and `blank_urls` search
        assert list(_url_matches(text, first_mark.start())) == whole
    # A text's matches are kept once found (a note is searched where it is read and where it is cited):
    # found first by either, the URLs and the blanked text are the same.
    found = list(iter_urls(text))
    assert blank_urls(text) == URL_IN_TEXT.sub(lambda match: " " * len(match.group()), text)
    assert list(iter_urls(text)) == found


def test_a_note_searched_when_read_is_not_searched_again_when_cited_thousands_of_notes_later(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each process of a long `extract` reads the notes of its half before it cites the first: the matches
    # found for a note where it was read are still kept when it is cited 5,000 notes later.
    searched: list[str] = []
    search = urls._url_matches

    def counted(text: str, first_mark: int = 0) -> Iterator[tuple[int, int, bool]]:
        searched.append(text)
        return search(text, first_mark)

    monkeypatch.setattr(urls, "_url_matches", counted)
    # From an empty cache, as a forked process's: texts earlier tests left would fill the room part-way.
    monkeypatch.setattr(urls, "_CACHED_MATCHES", {})
    monkeypatch.setattr(urls, "_cached_chars", 0)
    notes = [f"Desk {n}, “Report {n}”, January 2, 2022, https://site{n}.example/a/{n}" for n in range(5000)]
    read = [list(iter_urls(note)) for note in notes]
    assert len(searched) == len(notes)
    blanked = [blank_urls(note) for note in notes]
    assert len(searched) == len(notes)  # none searched again
    assert [list(iter_urls(note)) for note in notes] == read
    assert blanked[0] == notes[0][: notes[0].index("https://")] + " " * len("https://site0.example/a/0")


def test_the_kept_matches_hold_texts_of_a_bounded_length_in_all() -> None:
    # A `check` searches long page texts too: what is kept for them is bounded, and a text longer than all
    # the room is searched, not kept, with the same URLs found each time.
    page = "see https://a.example/1 " + "word " * (urls._MAX_CACHED_CHARS // 5)
    assert find_urls(page) == ("https://a.example/1",)
    assert (page, page.index(":")) not in urls._CACHED_MATCHES
    for n in range(40):
        text = f"https://b.example/{n} " + "x " * 200_000
        assert find_urls(text) == (f"https://b.example/{n}",)
        assert urls._cached_chars <= urls._MAX_CACHED_CHARS
        assert sum(len(text) for text, _ in urls._CACHED_MATCHES) == urls._cached_chars
    assert find_urls(page) == ("https://a.example/1",)


# With the letters `re.IGNORECASE` takes for ASCII ones: a long s, the Kelvin sign, a dotless and a dotted i.
_MARK_PIECES = [*_URL_PIECES, "W", "wW", "ww", ":/", "//", ".A", "z/", "..", "::"]
_MARK_PIECES += ["\u017f", "\u212a", "\u0131", "\u0130"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_MARK_PIECES), max_size=20) | st.text(max_size=40))
def test_the_url_marks_are_found_where_the_plain_spelling_finds_them(pieces: list[str] | str) -> None:
    # `_MAY_HOLD_URL` is spelt to open with a set of characters, without `re.IGNORECASE`: it must match
    # where the plain spelling with the flag does, or a note's URLs would go unseen (or be searched for).
    text = "".join(pieces)
    plain = re.compile(_MAY_HOLD_URL_PLAIN, re.IGNORECASE)
    assert [m.span() for m in _MAY_HOLD_URL.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_url_marks_take_every_letter_the_plain_spelling_takes() -> None:
    # The letters of a top-level domain: every code point `[a-z]` takes with `re.IGNORECASE`, and no other.
    plain = re.compile(_MAY_HOLD_URL_PLAIN, re.IGNORECASE)
    for block in range(0, 0x110000, 0x10000):
        letters = map(chr, range(block, block + 0x10000))
        text = " ".join(f".{letter * 2}/ w{letter}w. :{letter}/" for letter in letters)
        assert [m.span() for m in _MAY_HOLD_URL.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_long_word_full_of_url_marks_and_many_words_each_with_one_are_read_once() -> None:
    # Each word is searched once and each character before it looked at once: 200,000 marks in one word,
    # or one in each of 100,000 words, take a fraction of a second (quadratic: minutes).
    one_word = "a://" * 200_000
    assert len(find_urls(one_word)) == 0
    many_words = "x.example/a " * 100_000
    assert find_urls(many_words) == ("https://x.example/a",)
    long_approach = "b" * 400_000 + " www.example.org"
    assert find_urls(long_approach) == ("https://www.example.org",)


@pytest.mark.parametrize("control", ["\x1b[0m", "\x00", "\x7f", "\x85", "\x9b31m"])
def test_a_control_character_ends_a_url(control: str) -> None:
    # A terminal colour code pasted after a link was read as part of it, and the post id was lost.
    assert find_urls(f"[1] https://t.me/rybar/12345{control} tail") == ("https://t.me/rybar/12345",)


_LINK_PIECES = [
    "https://", "http://", "HTTP://", "ftp://", "https:/", "site.example", "t.me", "A", "a", "0", "-", ".",
    "/",
    "//", "?", "#", ":", ":443", ":80", ":x", "@", "user@", "[", "]", "[::1]", "%", " ", "\t", "\n", "\r",
    "\x00", "\u00e9", "\u212a", "path",
]  # fmt: skip


def _target_or_why(read: Callable[[str], object], url: str) -> object:
    try:
        target = read(url)
    except NotAnHttpUrl as error:
        return str(error), error.other_scheme
    return vars(target)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_LINK_PIECES), max_size=8).map("".join))
@example("https://site.example/a")
@example("https://site.example")
@example("https://site.example\n")
@example("https://.")
@example("http://a.example.?q")
def test_a_plain_link_s_target_is_the_one_splitting_it_gives(url: str) -> None:
    # `http_target` reads a plain link's scheme and host off a pattern, without `urlsplit`: the answer (or
    # the reason it is no http URL) must be the one splitting it gives.
    assert _target_or_why(http_target.__wrapped__, url) == _target_or_why(_split_http_target, url)


@pytest.mark.parametrize("reference", ["http://[::1", "http://[news.example]/", "//[::1"])
def test_an_address_that_does_not_parse_joins_to_none_not_an_exception(reference: str) -> None:
    assert joined_url("https://news.example/a", reference) is None


def test_a_reference_is_joined_to_its_base_as_urljoin_does() -> None:
    assert joined_url("https://news.example/a/b", "../c?x=1") == "https://news.example/c?x=1"


@pytest.mark.parametrize(
    ("shown", "target"),
    [
        ("https://www.youtube.com/watch?v=AAAAAAAAAAA", "https://www.youtube.com/watch?v=BBBBBBBBBBB"),
        ("https://news.example/article.php?id=5", "https://news.example/article.php?id=6"),
        ("youtube.com/watch?v=AAA\u2026", "https://www.youtube.com/watch?v=BBBBBBBBBBB"),  # cut in its query
        ("https://twitter.com/#!/rybar/status/1", "https://twitter.com/#!/rybar/status/2"),  # an old X link
    ],
)
def test_a_link_text_naming_another_query_value_or_old_x_post_than_the_target_differs(
    shown: str, target: str
) -> None:
    # Only host and path were compared: a link showing the video AAA and leading to BBB (or showing X's post
    # 1 by its old `#!` link and leading to post 2) had no finding, and BBB was checked as the cited source.
    assert shown_link_differs(shown, target) is True


@pytest.mark.parametrize(
    ("shown", "target"),
    [
        (
            "https://www.youtube.com/watch?v=AAAAAAAAAAA",
            "https://m.youtube.com/watch?v=AAAAAAAAAAA&si=x&t=30",
        ),
        ("https://www.youtube.com/watch?v=AAAAAAAAAAA&si=abc", "https://www.youtube.com/watch?v=AAAAAAAAAAA"),
        ("https://news.example/a?utm_source=feed", "https://news.example/a"),
        ("https://x.com/rybar/status/1?s=20", "https://x.com/rybar/status/1"),
        ("https://t.me/rybar/12345?single", "https://t.me/rybar/12345"),
        ("youtube.com/watch?v=AAA\u2026", "https://www.youtube.com/watch?v=AAAAAAAAAAA"),
        ("https://twitter.com/#!/rybar/status/1", "https://twitter.com/#!/rybar/status/1"),
        ("https://news.example/a#section-2", "https://news.example/a"),
        # A path printed in its letters, led to in its escapes (Google Docs writes them), either case.
        (
            "https://ru.wikipedia.org/wiki/Рыбарь",
            "https://ru.wikipedia.org/wiki/%D0%A0%D1%8B%D0%B1%D0%B0%D1%80%D1%8C",
        ),
        (
            "https://ru.wikipedia.org/wiki/Рыбарь",
            "https://ru.wikipedia.org/wiki/%d0%a0%d1%8b%d0%b1%d0%b0%d1%80%d1%8c",
        ),
    ],
)
def test_a_link_text_naming_the_targets_page_with_sharing_parameters_does_not_differ(
    shown: str, target: str
) -> None:
    assert shown_link_differs(shown, target) is False


@pytest.mark.parametrize(
    ("shown", "target"),
    [
        ("t.me/s/rybar/1234", "https://t.me/rybar/1234"),
        ("https://t.me/rybar/1234", "https://t.me/s/rybar/1234"),
        ("https://telegram.me/s/rybar/1234", "https://t.me/rybar/1234/"),
        ("t.me/s/rybar/12\u2026", "https://t.me/rybar/1234"),  # cut short, as far as it goes
    ],
)
def test_telegrams_channel_preview_of_a_post_is_the_same_post(shown: str, target: str) -> None:
    # `t.me/s/rybar/1234` shows Rybar's post 1234 in the channel's preview: shown on a link to
    # `t.me/rybar/1234`, it was `link-text-differs`, and `locator` warned on a true citation.
    assert shown_link_differs(shown, target) is False


@pytest.mark.parametrize(
    ("shown", "target"),
    [
        ("t.me/s/rybar/1234", "https://t.me/rybar/1235"),  # another post
        ("t.me/s/rybar/1234", "https://t.me/fakerybar/1234"),  # another channel
        ("t.me/s/rybar/1234", "https://x.com/rybar/1234"),  # another host
        ("t.me/s/rybar", "https://t.me/rybar/1234"),  # the channel, not the post
        ("https://news.example/s/rybar/1234", "https://news.example/rybar/1234"),  # `/s/` elsewhere is a path
    ],
)
def test_a_preview_link_of_another_post_channel_or_host_still_differs(shown: str, target: str) -> None:
    assert shown_link_differs(shown, target) is True


@pytest.mark.parametrize(
    ("prose", "host", "named"),
    [
        (
            "Rybar, 21 January 2024, twitter.com",
            "twltter.com",
            "twitter.com",
        ),  # a link's text, one letter off
        ("Rybar on twitter.com, 21 January 2024", "twitter.co", "twitter.com"),
        ("Rybar, Reuters.com, 21 January 2024", "reuters.com.evil.example", "Reuters.com"),
        ("Rybar, t.me, 21 January 2024", "tg.me", "t.me"),
    ],
)
def test_a_host_the_note_names_and_a_look_alike_link_are_named(prose: str, host: str, named: str) -> None:
    # The note's words, or its link's text, name twitter.com; the link led to twltter.com, whose page was
    # checked as the cited source: the locator passed.
    assert named_host_look_alike(prose, [host]) == (named, host)


@pytest.mark.parametrize(
    ("prose", "host"),
    [
        ("Rybar, 21 January 2024, twitter.com", "x.com"),  # one site under two names
        ("Rybar, 21 January 2024, twitter.com", "mobile.twitter.com"),
        ("Rybar, telegram.me", "t.me"),
        ("Reuters.com, 21 January 2024", "www.reuters.com"),
        ("Rybar on x.com, 21 January 2024", "t.co"),  # a shortener's link, not x.com's look-alike
        ("tass.com reported it", "tass.ru"),
        ("BBC.com and report.pdf", "bbc.co.uk"),
        ("e.g. U.S. officials said, i.e. nothing", "us.gov"),  # abbreviations name no host
        ("abc.com and nbc.com both ran it", "nbc.com"),  # the link's own host is named too
        ("Rybar, https://twitter.com/rybar/status/1", "twltter.com"),  # a URL, not a host named in words
    ],
)
def test_a_host_the_note_names_is_no_claim_against_its_own_or_an_unlike_link(prose: str, host: str) -> None:
    assert named_host_look_alike(prose, [host]) is None


def test_hosts_named_in_a_long_note_are_read_in_linear_time() -> None:
    prose = "a." * 50_000 + " " + "b" * 100_000 + ".com"
    assert named_host_look_alike(prose, ["bbbb.com"]) is None


def test_a_link_to_a_host_a_letter_from_a_platform_the_note_names_in_words_is_named() -> None:
    # `Rybar on Twitter, …, https://twiter.com/…`: the note names X's platform, the link a host a letter from
    # its own; the page there was checked as the cited source.
    twitter = ("twitter.com", "x.com")
    assert named_host_look_alike("Rybar on Twitter", ["twiter.com"], twitter) == ("twitter.com", "twiter.com")
    # The true cases beside it: the platform's own hosts, its shortener, and Telegram's own site, two letters
    # from `telegram.dog` (a platform named only in words is a letter from its look-alike, not two).
    assert named_host_look_alike("Rybar on Twitter", ["x.com"], twitter) is None
    assert named_host_look_alike("Mayor on X", ["t.co"], twitter) is None
    telegram = ("t.me", "telegram.me", "telegram.dog")
    assert named_host_look_alike("Telegram, Terms of Service", ["telegram.org"], telegram) is None


@pytest.mark.parametrize(
    ("shown", "target"),
    [
        # Another page's escapes; a slash escaped inside a segment is no slash.
        (
            "https://ru.wikipedia.org/wiki/Рыбарь",
            "https://ru.wikipedia.org/wiki/%D0%A0%D1%8B%D0%B1%D0%B0%D1%80",
        ),
        ("https://t.me/rybar/123", "https://t.me/rybar%2F123"),
    ],
)
def test_a_link_text_naming_another_path_than_its_escaped_target_differs(shown: str, target: str) -> None:
    assert shown_link_differs(shown, target) is True


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("https://t.me/ry\u200bbar/1234", "https://t.me/rybar/1234"),
        ("Rybar (@ry\u200dbar)", "Rybar (@rybar)"),
        ("21\ufeff Jan\u00aduary 2022", "21 January 2022"),
        ("Two\u2060Majors", "TwoMajors"),
        # A zero-width joiner joins an emoji's parts, and a non-joiner Persian letters: kept.
        ("Flag \U0001f3f3\ufe0f\u200d\U0001f308 raised", "Flag \U0001f3f3\ufe0f\u200d\U0001f308 raised"),
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        ),
    ],
)
def test_a_notes_invisible_characters_are_read_as_its_reader_sees_them(text: str, read: str) -> None:
    # Kept, `https://t.me/ry\u200bbar/1234` was no post's link, `@ry\u200dbar` the handle `ry`, and
    # `21\ufeff January 2022` no date.
    assert without_invisible_characters(text) == read


def test_a_link_showing_its_target_with_a_soft_hyphen_in_it_does_not_differ() -> None:
    assert shown_link_differs("https://t.me/ry\u00adbar/1234", "https://t.me/rybar/1234") is False
    assert shown_link_differs("https://t.me/ry\u00adbar/1235", "https://t.me/rybar/1234") is True
