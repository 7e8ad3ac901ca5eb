"""Work a web page's read skips where it cannot change what the page is read to say (issue 13: the author and
the publication time of a plain news page, read on every capture of `check`)."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any, ClassVar, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors import web as web_extractor
from provenance.extractors.pages import meta_content, parse_html

ASSETS = Path(__file__).resolve().parent.parent / "assets"

# The capture benchmark's page (benchmarks/latency_server.py): its meta tags give its author and day, its
# markup no time of day.
BENCHMARK_PAGE = (
    "<!doctype html><html><head><meta charset=utf-8><title>Desk report</title>"
    '<meta name="author" content="Desk"><meta property="article:published_time" content="2022-01-21">'
    "</head><body><article><h1>Desk report</h1>"
    + "<p>The ministry said on Friday that the bridge was reopened to traffic after repairs.</p>" * 90
    + "</article></body></html>"
)


def _searched_whole(html: str) -> bool:
    """The search `_may_show_a_clock` ran over every character of ASCII markup before: the reference its
    quicker way to the same answer is held to."""
    pattern = (
        web_extractor._MAY_SHOW_A_CLOCK_IN_ASCII() if html.isascii() else web_extractor._MAY_SHOW_A_CLOCK()
    )
    return pattern.search(html) is not None


def _asset_pages() -> list[str]:
    return [
        path.read_bytes().decode("utf-8", errors="replace")
        for path in sorted(ASSETS.rglob("*"))
        if path.suffix in (".html", ".htm", ".xhtml", ".txt", ".json")
    ]


def test_a_time_of_day_is_found_in_each_test_page_as_the_whole_page_s_search_finds_it() -> None:
    pages = _asset_pages()
    assert len(pages) > 150
    found = [web_extractor._may_show_a_clock(html) for html in pages]
    assert found == [_searched_whole(html) for html in pages]
    assert 20 < sum(found) < len(pages)  # pages with a clock and pages without, both read


_CLOCK_PARTS = (
    *("0", "1", "5", "9", ":", ".", "h", "H", "U", "Uhr", "hr", " ", "\t", "\x0b", "\x1c", "\x1f"),
    *("A", "a", "P", "p", "M", "m", "x", "<p>", "\x00", "\u00a0", "\u0662", "\u2009"),
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_CLOCK_PARTS), max_size=14).map("".join))
def test_a_time_of_day_is_found_in_any_markup_as_the_whole_page_s_search_finds_it(html: str) -> None:
    assert web_extractor._may_show_a_clock(html) is _searched_whole(html)


class _RecordedPattern:
    """A pattern that records what it is asked: where it matched, and whether it searched."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searched = 0
        self.matched_at: list[int] = []

    def search(self, text: str, *arguments: Any) -> re.Match[str] | None:
        self.searched += 1
        return self.pattern.search(text, *arguments)

    def match(self, text: str, at: int = 0) -> re.Match[str] | None:
        self.matched_at.append(at)
        return self.pattern.match(text, at)


def test_ascii_markup_is_matched_for_a_clock_only_where_a_digit_opens_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The search tried every character of the page against a digit: a fifth of the work of reading the
    # benchmark's page's publication time, on a page that shows no clock at all.
    recorded = _RecordedPattern(web_extractor._MAY_SHOW_A_CLOCK_IN_ASCII())
    monkeypatch.setattr(web_extractor, "_MAY_SHOW_A_CLOCK_IN_ASCII", lambda: recorded)
    assert not web_extractor._may_show_a_clock(BENCHMARK_PAGE)
    assert (recorded.searched, recorded.matched_at) == (0, [])
    shown = BENCHMARK_PAGE.replace("<h1>", "<p>Updated 2022 at 8:30 p.m.</p><h1>")
    assert web_extractor._may_show_a_clock(shown)
    # `2022 a` may open one (`2 am`) and does not; `8:30` does.
    assert recorded.searched == 0
    assert [shown[at : at + 4] for at in recorded.matched_at] == ["2 at", "8:30"]


def test_markup_full_of_places_a_clock_may_open_is_read_in_linear_time() -> None:
    # Each `0 a` may open a clock (`0 am`) and none does: every one is matched, each at once.
    hostile = "<p>" + "0 a" * 33_000 + "</p>"
    started = time.perf_counter()
    assert not web_extractor._may_show_a_clock(hostile)
    assert web_extractor._may_show_a_clock(hostile + "<p>9 PM</p>")
    assert time.perf_counter() - started < 2.0


class _CountedLayout(web_extractor._PageLayout):
    made: ClassVar[list[object]] = []

    def __init__(self, tree: Any) -> None:
        self.made.append(tree)
        super().__init__(tree)


def test_a_page_with_no_byline_element_is_not_laid_out_to_place_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # Finding where a byline stands (in a side block, in the article) queries the page three times: for a
    # page whose markup marks no byline, as the capture benchmark's, that was for nothing.
    monkeypatch.setattr(web_extractor, "_PageLayout", _CountedLayout)
    monkeypatch.setattr(_CountedLayout, "made", [])
    address = "https://news.example/2022/01/21/desk-report"
    plain = parse_html(BENCHMARK_PAGE)
    assert web_extractor._page_byline(plain, {}, frozenset(), names_only=True, url=address) is None
    assert _CountedLayout.made == []
    byline = '<h1>Desk report</h1><p class="byline">By Lina Haddad</p>'
    marked = parse_html(BENCHMARK_PAGE.replace("<h1>Desk report</h1>", byline))
    found = web_extractor._page_byline(marked, {}, frozenset(), names_only=True, url=address)
    assert found == ("byline class", "Lina Haddad")
    assert _CountedLayout.made == [marked]


class _QueriedNode:
    """A node that counts the CSS queries made of it."""

    def __init__(self, node: Any) -> None:
        self.node = node
        self.queries: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.node, name)

    def css(self, selector: str) -> Any:
        self.queries.append(selector)
        return self.node.css(selector)

    def css_first(self, selector: str) -> Any:
        self.queries.append(selector)
        return self.node.css_first(selector)


@pytest.mark.parametrize(
    ("line", "queries", "between"),
    [
        ("<p>The ministry said on Friday that the bridge was reopened.</p>", [], False),
        ('<p class="share-tools">Share this</p>', [], True),
        ("<p>By <a href='/authors/lina'>Lina Haddad</a></p>", ["time", "a"], False),
        ("<p><!-- byline --> By Lina Haddad</p>", ["time", "a"], False),
        (
            '<div><a href="https://twitter.com/intent/tweet?url=x">Tweet</a></div>',
            ["time", "a", "button"],
            True,
        ),
        ("<p>Posted <time datetime='2022-01-21'>Jan 21</time></p>", ["time"], False),
    ],
)
def test_a_line_of_text_alone_under_the_headline_is_not_queried_for_links_and_times(
    line: str, queries: list[str], between: bool
) -> None:
    # A line with no element in it holds neither a `<time>` nor a link: two queries of every line read
    # under a headline, and of the benchmark page's, were for nothing.
    node = _QueriedNode(parse_html(f"<h1>Desk report</h1>{line}").css_first("h1 + *"))
    assert web_extractor._set_between_headline_and_line(cast(Any, node)) is between
    assert node.queries == queries


@pytest.mark.parametrize(
    ("metas", "names", "content"),
    [
        ({"author": "Lina Haddad"}, ("Author",), "Lina Haddad"),
        ({"author": "", "parsely-author": "Lina Haddad"}, ("author", "parsely-author"), ""),
        ({"parsely-author": "Lina Haddad"}, ("author", "PARSELY-AUTHOR"), "Lina Haddad"),
        ({"date": "2022-01-21"}, ("author", "og:title"), None),
        ({}, (), None),
    ],
)
def test_a_meta_tag_s_content_is_the_first_named_the_page_gives(
    metas: dict[str, str], names: tuple[str, ...], content: str | None
) -> None:
    assert meta_content(metas, *names) == content
