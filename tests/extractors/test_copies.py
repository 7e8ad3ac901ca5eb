"""Pages that are a third party's copy of the source (a machine translation, Google's cache, a reader's copy):
their words are not the source's, so no quote or title is confirmed on them, and the source's own page, an
AMP cache's copy of the publisher's AMP document and an archive.org item page are still read as the source."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.checks import CheckInput, footnote_status, run_checks
from provenance.checks.author import check_author
from provenance.checks.captured import person_must_look
from provenance.checks.quote import check_quote
from provenance.checks.title import check_title
from provenance.extractors import extract_source
from provenance.extractors.pages import linked_out_of_a_copy, third_party_copy
from provenance.models import (
    CaptureOutcome,
    CheckResult,
    Citation,
    Context,
    Footnote,
    Platform,
    SourcePost,
)
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, redirect
from tests.outputs.builders import capture

ORIGINAL = "https://news.example/2022/01/21/council-bridge"
TRANSLATED = (
    "https://news-example.translate.goog/2022/01/21/council-bridge?_x_tr_sl=ru&_x_tr_tl=en&_x_tr_hl=en"
)
HEADLINE = "Council votes to reopen the bridge"
QUOTE = "The council voted on Friday to reopen the bridge to traffic"
PAGE = (
    f"<html><head><title>{HEADLINE}</title>"
    '<meta property="article:published_time" content="2022-01-21T10:00:00Z"></head><body><article>'
    f"<h1>{HEADLINE}</h1>"
    + f"<p>{QUOTE} after engineers confirmed the repairs were complete, and shop owners welcomed it.</p>" * 4
    + "</article></body></html>"
)


def _read(url: str, *responses: StoredResponse) -> SourcePost:
    return extract_source(url, responses or (answer(url, PAGE),))


def _checked(post: SourcePost, url: str) -> tuple[CheckResult, CheckResult]:
    citation = Citation(platform=Platform.WEB, url=url, title=HEADLINE)
    context = Context(line=1, text=f'"{QUOTE}"', quotes=(QUOTE,))
    footnote = Footnote(label="1", text="x", line=3, contexts=(context,))
    given = CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    return check_quote(given), check_title(given)


@pytest.mark.parametrize(
    ("url", "named"),
    [
        (
            TRANSLATED,
            "a machine translation by Google Translate of https://news.example/2022/01/21/council-bridge",
        ),
        (
            f"https://translate.google.com/translate?sl=ru&tl=en&u={ORIGINAL}",
            f"a machine translation by Google Translate of {ORIGINAL}",
        ),
        (
            f"https://www.translatetheweb.com/?from=ru&to=en&a={ORIGINAL}",
            f"a machine translation by Microsoft's Bing Translator of {ORIGINAL}",
        ),
        (
            f"https://translate.yandex.ru/translate?url={ORIGINAL}&lang=ru-en",
            f"a machine translation by Yandex Translate of {ORIGINAL}",
        ),
        (
            "https://translated.turbopages.org/proxy_u/ru-en.en/https/news.example/2022/01/21/council-bridge",
            f"a machine translation by Yandex Translate of {ORIGINAL}",
        ),
        (
            f"https://webcache.googleusercontent.com/search?q=cache:AbC123xyz:{ORIGINAL}+&cd=1&hl=en",
            f"Google's cached copy of {ORIGINAL}, made by Google",
        ),
        (f"https://12ft.io/{ORIGINAL}", f"a reader's copy of {ORIGINAL} made by 12ft.io"),
        (f"https://r.jina.ai/{ORIGINAL}", f"a reader's copy of {ORIGINAL} made by Jina Reader"),
        ("https://outline.com/AbCdEf", "a reader's copy of another page made by Outline"),
        (
            f"https://www.instapaper.com/text?u={ORIGINAL}",
            f"a reader's copy of {ORIGINAL} made by Instapaper",
        ),
        # A viewer's page of a post whose link names no channel the platform's own post can be cited by (a
        # private channel's invite hash): its byline and words are the viewer's rendering of the post.
        ("https://tgstat.com/channel/AAAAAEx0Y2hhbm5lbA/123", "a copy of a post shown by TGStat"),
        ("https://skyview.social/?url=https://bsky.app/profile/a/post/b", "a post shown by SkyView"),
        # Read here as a web archive's copy's original: a mirror's or a viewer's page of an X or Bluesky post
        # (a link of theirs cited names the platform's own post), its byline and words the mirror's.
        ("https://fxtwitter.com/pressoffice/status/1484307299693617728", "a post shown by FxTwitter"),
        ("https://nitter.net/pressoffice/status/1484307299693617728", "a post shown by a Nitter instance"),
        ("https://xcancel.com/pressoffice/status/1484307299693617728", "a post shown by xcancel.com"),
        ("https://twstalker.com/pressoffice/status/1484307299693617728", "a post shown by TwStalker"),
        ("https://deer.social/profile/a.bsky.social/post/3kabc2defgh2a", "a post shown by deer.social"),
        # A web archive's own page of its copy: Perma.cc's record shows the title it recorded of the page
        # (in its `<title>` and `og:title`) and its banner; Ghostarchive's, the copy under its banner.
        ("https://perma.cc/AB12-CD34", "a web archive's copy of another page kept by Perma.cc"),
        ("https://perma.cc/0CZ4VyaN8ho", "kept by Perma.cc"),
        (f"https://perma-archives.org/warc/AB12-CD34/{ORIGINAL}", f"copy of {ORIGINAL} kept by Perma.cc"),
        (
            "https://ghostarchive.org/archive/AbC12",
            "a web archive's copy of another page kept by Ghostarchive",
        ),
        (f"https://ghostarchive.org/archive/20221009/{ORIGINAL}", f"copy of {ORIGINAL} kept by Ghostarchive"),
        ("https://ghostarchive.org/varchive/hltKrT_5q08", "kept by Ghostarchive"),
    ],
)
def test_a_translation_or_a_copy_confirms_no_quote_or_title_and_says_whose_copy_it_is(
    url: str, named: str
) -> None:
    # The translation's English words passed `quote` and `title` as the source's (verified), where the
    # source is the original page, in its own language; a cache's or a reader's copy was read as the
    # publisher's page.
    post = _read(url)
    quote, title = _checked(post, url)
    assert quote.status == "warn"
    assert quote.detail.startswith(
        "the source's text was not searched (its text and title are not the source's"
    )
    assert named in quote.detail
    assert title.status == "warn"
    assert named in title.detail
    # What the copy passes on of the page's metadata is still read.
    assert post.published is not None


def test_a_link_that_redirects_to_a_translation_is_read_as_one() -> None:
    cited = f"https://translate.google.com/translate?sl=ru&tl=en&u={ORIGINAL}"
    post = _read(cited, redirect(cited, TRANSLATED), answer(TRANSLATED, PAGE))
    assert post.text == ""
    assert post.unread is not None
    assert "Google Translate" in post.unread


@pytest.mark.parametrize(
    "url",
    [
        ORIGINAL,
        # The publisher's own page under Google's fields, pasted from a translation's address: the
        # publisher answers it.
        f"{ORIGINAL}?_x_tr_sl=ru&_x_tr_tl=en",
        "https://news-example.cdn.ampproject.org/c/s/news.example/amp/2022/01/21/council-bridge",
        "https://www.bing.com/news/search?q=council+bridge",
        "https://translate.google.com/?sl=ru&tl=en&text=bridge",
        "https://news.example/translate/council-bridge",
        # Another service on a subdomain of a reader's domain.
        "https://blog.outline.com/2022/01/21/council-bridge",
        # A viewer's own work (a channel's statistics), which is the viewer's to say.
        "https://tgstat.com/channel/@rybar/stat",
        # The archives' own pages: their words are theirs.
        "https://perma.cc/about",
        "https://perma.cc/docs/faq",
        "https://ghostarchive.org/about.html",
        "https://ghostarchive.org/search?term=council",
    ],
)
def test_the_source_s_own_page_and_pages_no_third_party_copied_still_confirm_a_quote(url: str) -> None:
    assert third_party_copy(url) is None
    quote, title = _checked(_read(url), url)
    assert (quote.status, title.status) == ("pass", "pass")


def test_an_internet_archive_item_is_no_copy_and_its_words_are_its_uploader_s() -> None:
    # An upload is a source of its own, no third party's copy: its title is read and confirms the note's.
    # Its page's words are the uploader's description of the item's files, which a quote found there is
    # said to be (`checks.quote`).
    url = "https://archive.org/details/council-bridge-report"
    assert third_party_copy(url) is None
    quote, title = _checked(_read(url), url)
    assert title.status == "pass"
    assert quote.status == "warn"
    assert "in the uploader's description, not in the item's files" in quote.detail


def _author_check(post: SourcePost, url: str, author: str) -> CheckResult:
    citation = Citation(platform=Platform.WEB, url=url, author=author)
    footnote = Footnote(label="1", text="x", line=3, contexts=(Context(line=1, text="t"),))
    return check_author(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )


def test_a_translation_s_byline_confirms_no_author_and_its_metadata_s_author_still_does() -> None:
    # Google Translate renders the byline's name too (`Любовь Иванова` as `Love Ivanova`): a note giving
    # the translator's name was confirmed on it.
    byline = '<p class="byline">By Love Ivanova</p>'
    shown = PAGE.replace("<h1>", f"{byline}<h1>")
    post = _read(TRANSLATED, answer(TRANSLATED, shown))
    result = _author_check(post, TRANSLATED, "Love Ivanova")
    assert result.status == "warn"
    assert "its text, title and byline are not the source's" in result.detail
    # Named in the page's metadata (not translated), the author is read as it was.
    named = PAGE.replace("</head>", '<meta name="author" content="Lyubov Ivanova"></head>')
    post = _read(TRANSLATED, answer(TRANSLATED, named))
    assert _author_check(post, TRANSLATED, "Lyubov Ivanova").status == "pass"
    # On the source's own page, its byline is its author.
    assert _author_check(_read(ORIGINAL, answer(ORIGINAL, shown)), ORIGINAL, "Love Ivanova").status == "pass"


def _run_on(post: SourcePost, url: str, citation: Citation) -> tuple[dict[str, CheckResult], str]:
    footnote = Footnote(label="1", text="x", line=3, contexts=(Context(line=1, text="t"),))
    given = CheckInput(
        footnote=footnote,
        citation=citation,
        outcome=CaptureOutcome(url=url, capture=capture(url)),
        live=post,
        source=post,
    )
    results = run_checks(given)
    return {result.name: result for result in results}, footnote_status(results, look=person_must_look(given))


def test_a_note_whose_date_and_author_a_copy_passes_on_is_never_verified_on_the_copy() -> None:
    # A note citing a machine translation by author and day alone (no quote, no title) was verified: the
    # copy passes on the original's metadata, and its words were the only part held back.
    named = PAGE.replace("</head>", '<meta name="author" content="Lyubov Ivanova"></head>')
    post = _read(TRANSLATED, answer(TRANSLATED, named))
    citation = Citation(
        platform=Platform.WEB, url=TRANSLATED, author="Lyubov Ivanova", date=dt.date(2022, 1, 21)
    )
    results, status = _run_on(post, TRANSLATED, citation)
    assert results["captured"].status == "warn"
    assert results["captured"].detail.startswith(
        "a third party's copy: the page is a machine translation by Google Translate of " + ORIGINAL
    )
    assert (results["date"].status, results["author"].status) == ("pass", "pass")
    assert status == "unconfirmed"
    # The publisher's own page, cited so, is verified on the same metadata.
    results, status = _run_on(
        _read(ORIGINAL, answer(ORIGINAL, named)), ORIGINAL, citation.model_copy(update={"url": ORIGINAL})
    )
    assert results["captured"].status == "pass"
    assert status == "verified"


def test_every_viewer_whose_links_name_a_platforms_post_is_named_as_a_third_partys_copy() -> None:
    # `citations.platforms` cites the platform's own post in place of each of these viewers' links; a copy
    # of their page read here (a web archive's) must be named as theirs: deer.social's, missing, was read as
    # the post's own words and byline.
    from provenance.citations import platforms
    from provenance.extractors.pages import _POST_VIEWERS

    hosts = (
        *platforms._X_MIRRORS,
        *platforms._TELEGRAM_VIEWERS,
        *platforms._BLUESKY_MIRRORS,
        platforms._SKYVIEW,
    )
    assert [host for host in hosts if host not in _POST_VIEWERS] == []
    assert platforms._NITTER in _POST_VIEWERS


@pytest.mark.parametrize(
    "url",
    [
        "https://nitter.net/pressoffice",  # an account's page on a mirror, no post's
        "https://deer.social/profile/a.bsky.social",
        "https://nitterfan.example/pressoffice/status/1484307299693617728",  # no Nitter's host
    ],
)
def test_a_mirrors_page_of_no_post_or_a_host_like_one_is_no_viewers_copy(url: str) -> None:
    assert third_party_copy(url) is None


_WAYBACK_COPY = "https://web.archive.org/web/20220121093018/https://t.me/s/rybar/12347"


@pytest.mark.parametrize(
    ("href", "page_url", "leads_to"),
    [
        # The Wayback Machine's link, whole or from its root on its own page.
        (
            "https://web.archive.org/web/20220121093018/https://t.me/rybar/12348?single",
            "",
            "https://t.me/rybar/12348?single",
        ),
        (
            "/web/20220121093018/https://t.me/rybar/12348?single",
            _WAYBACK_COPY,
            "https://t.me/rybar/12348?single",
        ),
        # archive.today's link out of its copy to the live web.
        (
            "https://archive.ph/o/Xk2Pq/https://www.reddit.com/user/kyiv_mod/",
            "",
            "https://www.reddit.com/user/kyiv_mod/",
        ),
        ("https://archive.ph/o/Xk2Pq/https://t.me/rybar/5?single", "", "https://t.me/rybar/5?single"),
        # Any other link, as written: a path on another site, archive.today's own pages.
        (
            "/web/20220121093018/https://t.me/rybar/5",
            "https://example.org/page",
            "/web/20220121093018/https://t.me/rybar/5",
        ),
        ("https://archive.ph/Xk2Pq", "", "https://archive.ph/Xk2Pq"),
        ("https://archive.ph/o/Xk2Pq/", "", "https://archive.ph/o/Xk2Pq/"),
        ("https://t.me/rybar/5", _WAYBACK_COPY, "https://t.me/rybar/5"),
    ],
)
def test_an_archived_copys_link_leads_to_the_page_it_links(href: str, page_url: str, leads_to: str) -> None:
    assert linked_out_of_a_copy(href, page_url) == leads_to


def test_a_crafted_link_of_100_kb_is_read_within_bounds() -> None:
    crafted = "https://archive.ph/o/" + "/" * 50_000 + "https://" * 6_000
    assert len(linked_out_of_a_copy(crafted, _WAYBACK_COPY)) <= len(crafted)
    assert linked_out_of_a_copy("/web/" + "1" * 100_000, _WAYBACK_COPY).startswith("/web/")
