"""The paragraphs a report has before a citing passage, cited or not: what `provenance locate` reads when the
passage names who posted by a pronoun only (`“…,” he wrote.[1]`) and the name is in the paragraph before,
which cites no note (`Dmitry Medvedev, deputy chair of the Security Council, posted late on Thursday.`).

Footnotes keep only their citing passages (the `contexts` a ledger records); the paragraphs around them are
read here, from the report's bytes again, only when `locate` asks: `check` and `extract` never pay for it.
Each format's paragraphs are numbered as its reader numbers a passage's `line` (a file's line, a DOCX or
ODT paragraph's number, a PDF's line through the whole document; HTML's start tag line, where a passage's
paragraph is found by its words).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.errors import InputError
from provenance.models import Context, ReportFormat
from provenance.patterns import on_first_use
from provenance.readers.assembly import ReportTooLong, collapse_whitespace
from provenance.readers.decoding import decode_text


@dataclass(frozen=True)
class BodyParagraph:
    """One paragraph of a report: the reader's lines it spans and its text, whitespace collapsed."""

    first: int
    last: int
    text: str


# How many paragraphs before a passage are given, and how much of each: a name is in the sentence or two
# before the quote, never a chapter away.
PARAGRAPHS_BEFORE = 2
MAX_PARAGRAPH_CHARS = 2_000
# Of a passage, the words matched to an HTML paragraph's opening (or to its middle, for a passage shown as a
# window of a long paragraph, `…` first).
_MATCHED_WORDS = 8
# How many paragraphs back those with letters are looked for (past rules, `* * *`, an image's empty caption).
_LOOKED_BACK = 6

_LETTERS = on_first_use(r"[^\W\d_]+")
# Markdown's own marks in a paragraph: a note's marker (`[^1]`), a link's target (`](https://…)`), emphasis
# and a heading's, a quote's or a list item's opening. Each a run of one class between fixed characters.
_MARKDOWN_MARKS = on_first_use(
    r"\[\^[^\[\]\s]{1,64}\]|\]\([^()\[\]\s]{0,2048}\)|[*_`\[\]]+|^\s{0,3}(?:#+|>|[-+])\s"
)


def body_paragraphs(data: bytes, report_format: ReportFormat, name: str) -> ReportParagraphs:
    """The report's paragraphs in order, as its format's reader numbers them; none of bytes its reader
    refuses (the report changed since it was read)."""
    try:
        found = _paragraphs_of(data, report_format, name)
    except (InputError, ReportTooLong):
        found = []
    paragraphs = [
        (first, last, collapse_whitespace(text[: 2 * MAX_PARAGRAPH_CHARS])) for first, last, text in found
    ]
    return ReportParagraphs(
        report_format,
        [BodyParagraph(first, last, text[:MAX_PARAGRAPH_CHARS]) for first, last, text in paragraphs if text],
    )


def _paragraphs_of(data: bytes, report_format: ReportFormat, name: str) -> list[tuple[int, int, str]]:
    if report_format is ReportFormat.TEXT:
        return _blank_line_paragraphs(decode_text(data, name), markdown=False)
    if report_format is ReportFormat.MARKDOWN:
        from provenance.readers.markdown import blank_code, blank_front_matter

        return _blank_line_paragraphs(blank_code(blank_front_matter(decode_text(data, name))), markdown=True)
    if report_format is ReportFormat.HTML:
        from provenance.readers import html
        from provenance.readers.decoding import declared_html_encoding

        return html.body_paragraphs(decode_text(data, name, declared_html_encoding(data)))
    if report_format is ReportFormat.DOCX:
        from provenance.readers import docx

        return docx.body_paragraphs(data, name)
    if report_format is ReportFormat.ODT:
        from provenance.readers import odt

        return odt.body_paragraphs(data, name)
    if report_format is ReportFormat.PDF:
        from provenance.readers import pdf

        return pdf.body_paragraphs(data, name)
    return []


def _blank_line_paragraphs(text: str, markdown: bool) -> list[tuple[int, int, str]]:
    """Runs of lines between blank lines, each with its first and last line (from 1)."""
    found: list[tuple[int, int, str]] = []
    lines: list[str] = []
    quoted = True  # whether every line of the paragraph is a Markdown block quote's (`> …`)
    for number, line in enumerate([*text.split("\n"), ""], start=1):
        if line.strip():
            if markdown:
                quoted = quoted and line.lstrip().startswith(">")
                line = _MARKDOWN_MARKS().sub("", line)
            lines.append(line)
            continue
        if lines:
            paragraph = collapse_whitespace(" ".join(lines))
            found.append(
                (number - len(lines), number - 1, _as_quoted(paragraph) if markdown and quoted else paragraph)
            )
            lines, quoted = [], True
    return found


def _as_quoted(text: str) -> str:
    """A block quote's text in quote marks: the words it sets apart are a quotation, never the report's own
    telling of who posted (`> The West will regret this.` between the name and `he wrote`)."""
    return f"\u201c{text}\u201d"


class ReportParagraphs:
    """A report's paragraphs (`body_paragraphs`), for those before a passage (`before`)."""

    def __init__(self, report_format: ReportFormat, paragraphs: Sequence[BodyParagraph]) -> None:
        self.format = report_format
        self.paragraphs = tuple(paragraphs)
        self._firsts = [paragraph.first for paragraph in self.paragraphs]
        self._words: list[list[str]] | None = None  # each paragraph's words, letters only, for HTML
        # For HTML: each paragraph of k words or more by its first k (k up to `_MATCHED_WORDS`), made as
        # asked for, so each passage is found by a lookup, not a pass over the report.
        self._openings: dict[int, dict[str, list[int]]] = {}

    def before(self, passage: Context) -> tuple[str, ...]:
        """The texts of the (at most `PARAGRAPHS_BEFORE`) paragraphs with letters before the passage's
        paragraph, nearest first; none when its paragraph is not found, or not found for sure."""
        at = self._paragraph_of(passage)
        found: list[str] = []
        if at is None:
            return ()
        for before in range(at - 1, max(-1, at - 1 - _LOOKED_BACK), -1):
            if _LETTERS().search(self.paragraphs[before].text) is not None:
                found.append(self.paragraphs[before].text)
                if len(found) == PARAGRAPHS_BEFORE:
                    break
        return tuple(found)

    def _paragraph_of(self, passage: Context) -> int | None:
        """The index of the passage's paragraph: the one holding its line, or in HTML (whose lines are the
        markup's, several paragraphs to a line in a page written on one) the one opening with its words (or
        holding them, for a passage shown as a window of a long paragraph), the last at or before its line
        where several do."""
        if self.format is not ReportFormat.HTML:
            at = bisect.bisect_right(self._firsts, passage.line) - 1
            return at if at >= 0 and passage.line <= self.paragraphs[at].last else None
        windowed = passage.text.startswith("…")
        words = _LETTERS().findall(passage.text[:MAX_PARAGRAPH_CHARS])
        opening = words[1 : _MATCHED_WORDS + 1] if windowed else words[:_MATCHED_WORDS]
        if not opening:
            return None
        if self._words is None:
            self._words = [_LETTERS().findall(paragraph.text) for paragraph in self.paragraphs]
        wanted = " ".join(opening)
        if windowed:  # a window of a long paragraph, which are few: its words anywhere in one
            found = [at for at, words in enumerate(self._words) if wanted in " ".join(words)]
        else:
            found = self._opening_with(len(opening)).get(wanted, [])
        matches = [at for at in found if self.paragraphs[at].first <= passage.line]
        if len(matches) > 1 and self.paragraphs[matches[-1]].first == self.paragraphs[matches[-2]].first:
            return None  # on one line of the markup: which is the passage's is not known
        return matches[-1] if matches else None

    def _opening_with(self, count: int) -> dict[str, list[int]]:
        if count not in self._openings:
            index: dict[str, list[int]] = {}
            for at, words in enumerate(self._words or ()):
                if len(words) >= count:
                    index.setdefault(" ".join(words[:count]), []).append(at)
            self._openings[count] = index
        return self._openings[count]
