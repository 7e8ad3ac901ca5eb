"""The Markdown reader's plain-report path (paragraphs, ATX headings, one-line definitions, no block markup)
reads a report exactly as markdown-it does, and every other report goes to markdown-it."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it.common.utils import MD_TRIM_CHARS as MARKDOWN_IT_TRIM_CHARS

from provenance.readers.markdown import (
    MD_TRIM_CHARS,
    _has_hard_break,
    _parsed_blocks,
    _plain_blocks,
    _plain_paragraphs,
    _read_blocks,
    _read_plain_paragraphs,
)

# Lines that look like the plain path's lines and lines that differ from them by one character.
LINES = [
    "",
    " ",
    "\t",
    "Claim one.[^1]",
    "Claim “quoted words” with a link https://t.me/chan/12 and www.example.org/a.[^a-b]",
    "A second line of the paragraph  ",
    "A line ending in one space ",
    "Two refs together[^1][^2] and one before a paren [^1](https://x.example/)",
    "An image ![^1] and ![alt](https://img.example/a.png)",
    "Markup: *em*, _em_, `code [^1]`, ~~gone~~, \\*escaped\\*, &amp; <b>html</b>, [link](https://l.example)",
    "Brackets ] [ alone [^] [^ 1] [^a\tb] [^x",
    "A [reference link][ref] and [ref]",
    "Tabs\tinside and a trailing tab\t",
    "Unicode\u00a0spaces\u3000and\u2003more\u2003",
    "\u00a0Starts with a no-break space",
    "\u2003Starts with an em space",
    "    indented four",
    "     indented five [^1]",
    "        indented eight",
    " \t indented by a space, a tab and a space",
    "\t\tindented by two tabs",
    "  indented two",
    "\tindented by a tab",
    "# Heading[^1]",
    "## Heading with closing hashes ##",
    "###### Six",
    "####### Seven",
    "#NoSpace",
    "# ",
    "#",
    "Heading underline next",
    "===",
    "---",
    "- a list item[^1]",
    "* star item",
    "+ plus item",
    "1. ordered item",
    "2) ordered item",
    "2022 starts with a year",
    "> a quote[^1]",
    "```",
    "~~~",
    "<div>html block</div>",
    "| a | b |",
    "|---|---|",
    ":--|--:",
    "a | b",
    "[^1]: Telegram, January 21, 2022, https://t.me/chan/12",
    "[^a-b]: Desk, “Title”, 2022-01-21",
    "[^2]: Note with markup *em* and [a link](https://n.example/)",
    "[^3]:  two spaces after the colon",
    "[^3]:       seven spaces after the colon",
    "[^3]:        eight spaces after the colon",
    "[^3]:\ta tab after the colon",
    "[^3]: \t a space, a tab and a space after the colon",
    "[^4]:no space",
    "[^5]: - a list in a note",
    "[^6]: [^7]: nested",
    "[^a b]: a space in the label",
    "[^1]:",
    "[ref]: https://ref.example/",
    "_underscore start",
    "=equals start",
    ":colon start",
    "\\escaped start",
    "!bang start [^1]",
    "&amp; entity start",
    "A line with a NUL \0 in it",
]

# Reports drawn mostly from the lines the plain path takes, so most examples compare the two readings.
PLAIN_LINES = [line for line in LINES if _plain_paragraphs(line) is not None]
# Lines the plain path takes only after a paragraph's line: indented continuations.
CONTINUATION_LINES = [line for line in LINES if _plain_paragraphs(f"a\n{line}") is not None]
REPORT_LINES = st.one_of(st.sampled_from(PLAIN_LINES), st.sampled_from(PLAIN_LINES), st.sampled_from(LINES))
FAST = settings(max_examples=300, deadline=dt.timedelta(seconds=10))


def _blocks_both_ways(text: str) -> tuple[list[object], list[object]] | None:
    paragraphs = _plain_paragraphs(text)
    if paragraphs is None:
        return None
    # Blocks are named tuples: compared with their kind, or a note's start could equal another tuple.
    return (
        [(type(block).__name__, block) for block in _plain_blocks(paragraphs)],
        [(type(block).__name__, block) for block in _parsed_blocks(text)],
    )


@FAST
@given(st.lists(REPORT_LINES, max_size=12), st.booleans())
@example(["Claim.[^1]", "", "[^1]: Note", "lazy continuation", "# Head", "after"], True)
def test_a_report_the_plain_path_reads_is_read_as_markdown_it_reads_it(lines: list[str], final: bool) -> None:
    both = _blocks_both_ways("\n".join(lines) + ("\n" if final else ""))
    if both is not None:
        plain, parsed = both
        assert plain == parsed


@FAST
@given(st.lists(st.one_of(st.sampled_from(PLAIN_LINES), st.sampled_from(CONTINUATION_LINES)), max_size=12))
@example(["x[^1]", "", "[^1]:     cont", "    cont", "    cont"])
def test_a_report_of_indented_continuation_lines_is_read_as_markdown_it_reads_it(lines: list[str]) -> None:
    # A note wrapped in indented lines was read by markdown-it alone: 800,000 lines took 40 s and 630 MB.
    both = _blocks_both_ways("\n".join(lines))
    if both is not None:
        plain, parsed = both
        assert plain == parsed


@FAST
@given(st.text(alphabet=st.sampled_from(list("ab [^1]:#\n\t *_`()!<&-|>=2\u3000")), max_size=60))
def test_random_text_the_plain_path_reads_is_read_as_markdown_it_reads_it(text: str) -> None:
    both = _blocks_both_ways(text)
    if both is not None:
        plain, parsed = both
        assert plain == parsed


@FAST
@given(st.lists(REPORT_LINES, max_size=12))
@example(
    ["Claim.[^1] www.a.example/x", "", "[^1]: t.me/c/1 [s](https://t.me/c/2) [^1]", "[^2]:", "[^1]: again"]
)
@example(["Claim.[^1]", "", "[^1]: See [https://t.me/rybar/1](https://t.me/fake/2) t.me/a/3"])
def test_plain_paragraphs_read_directly_give_what_their_blocks_give(lines: list[str]) -> None:
    # A plain report is read without making its blocks (`_read_plain_paragraphs`): the notes, markers,
    # contexts and findings must be those that reading its blocks gives.
    text = "\n".join(lines)
    direct, through_blocks = _plain_paragraphs(text), _plain_paragraphs(text)
    if direct is not None and through_blocks is not None:
        assert _read_plain_paragraphs(direct) == _read_blocks(_plain_blocks(through_blocks))


def test_a_report_of_paragraphs_headings_and_one_line_definitions_takes_the_plain_path() -> None:
    text = "# Report\n\nClaim “open”.[^1]\nsecond line[^2]\n\n[^1]: Desk, 2022-01-21\n[^2]: Desk *two*\n"
    plain, parsed = _blocks_both_ways(text) or ([], [None])
    assert plain == parsed


def test_any_block_markup_sends_the_whole_report_to_markdown_it() -> None:
    for line in ("- item", "> quote", "    code", "```", "| a |", "[ref]: https://r.example/", "# H #"):
        assert _plain_paragraphs(f"Claim.[^1]\n\n{line}\n\n[^1]: Note\n") is None, line


def test_the_plain_path_trims_what_markdown_it_trims() -> None:
    # The plain path does not load markdown-it (start-up time), so it keeps its own copy of the characters
    # markdown-it trims off a paragraph: a markdown-it that trims others must fail here.
    assert MD_TRIM_CHARS == MARKDOWN_IT_TRIM_CHARS


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \\\n\ta\u00a0", max_size=16))
@example("Two Majors  \nTelegram")
@example("Two Majors\\\nTelegram")
@example("Two Majors \nTelegram")
def test_a_hard_break_is_found_where_its_pattern_finds_one(content: str) -> None:
    # `_has_hard_break` looks for two substrings in place of searching the pattern of a hard line break:
    # a note read with no hard break where it has one ran its name into its outlet (`Two Majors Telegram`).
    assert _has_hard_break(content) == (re.search(r"(?:  |\\)\n", content) is not None)
