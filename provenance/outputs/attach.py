"""`check --attach`: the report's text with its verification attached, for a copy written beside it.

HTML: every link to a cited source gains Robust Links attributes (`data-originalurl`, `data-versionurl`
naming the archived copy or else the local WARC file when it holds the page, `data-versiondate`), and a
verification appendix goes before `</body>`. Markdown and plain text: an appendix table at the end. Nothing
else of the text changes: attributes are inserted at the links' own offsets, never by re-serialising the
document.

The appendix says what the check found of the report as a whole, not only of each note: a marker whose note
the report lacks is named as not verified, and a report whose notes could not be read is not said to have
none. What it quotes of the report and of what was fetched (a note's label, a file name, an archive's URL) is
shown with control, format and bidirectional characters escaped, as in every human output (`escaping`): a
label holding a right-to-left override reordered the rest of its row, its status too, in the plain-text and
Markdown appendices.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

from provenance.escaping import escape_unprintable
from provenance.models import ReportFormat
from provenance.results import FootnoteResult, ReportResult

ATTACHABLE = (ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)


@dataclass(frozen=True)
class AppendixRow:
    label: str
    status: str
    captured_at: str | None
    warc: str | None  # as the copy names it: relative to the copy's folder
    warc_sha256: str | None
    archived: str | None  # an independent archived copy (a Memento), when one was found
    # Whether the WARC holds the page the link names (`captured` passed): a 404, a deleted post's notice or a
    # login wall kept as evidence is no copy of it.
    warc_is_copy: bool = False

    @property
    def version_url(self) -> str | None:
        """The copy a Robust Links `data-versionurl` names: the archived one only when it is on the web (the
        Robust Links script makes it a link; a TimeGate's `javascript:` would run there), else the WARC when
        it holds the page: the script offers it to every reader as the page as it was, and a 404's WARC was
        offered as the cited page's copy."""
        if self.archived and _is_web_url(self.archived):
            return self.archived
        return _path_href(self.warc) if self.warc and self.warc_is_copy else None


def _path_href(path: str) -> str:
    """A relative file path as a link names it: escaped, so a folder named `case #12` is not cut at a
    fragment and a space does not end the link."""
    return quote(path)


def appendix_rows(result: ReportResult, evidence_prefix: str) -> list[AppendixRow]:
    """One row per footnote; `evidence_prefix` leads from the copy's folder to the ledger's."""
    return [_row(footnote, evidence_prefix) for footnote in result.footnotes]


def _row(result: FootnoteResult, evidence_prefix: str) -> AppendixRow:
    capture = result.outcome.capture if result.outcome else None
    archive = result.archive
    return AppendixRow(
        label=result.label,
        status=result.status,
        captured_at=capture.started_at if capture else None,
        warc=evidence_prefix + capture.warc if capture else None,
        warc_sha256=capture.warc_sha256 if capture else None,
        archived=archive.memento_url if archive and archive.memento_url and _copy_passed(result) else None,
        warc_is_copy=any(check.name == "captured" and check.status == "pass" for check in result.checks),
    )


def _copy_passed(result: FootnoteResult) -> bool:
    """Whether the `archived` check passed on the copy the TimeGate named: one it warns of (made before the
    cited day or the post) is no copy of the source, and the appendix must not list it as one."""
    return any(check.name == "archived" and check.status == "pass" for check in result.checks)


def _intro(
    result: ReportResult, checked_at: str, shown: Callable[[str], str] = escape_unprintable
) -> list[str]:
    """The appendix's opening lines; `shown` writes a report's words (a label, a file name) as the copy's
    format shows them as they are."""
    counts = ", ".join(f"{n} {status}" for status, n in result.counts.model_dump().items() if n)
    if not counts:
        # "no footnotes" said of a report that cites, its notes unread, read as nothing to check.
        counts = "no notes could be read, though the text cites" if result.notes_unread else "no footnotes"
    return [
        f"Checked by provenance on {checked_at}: {counts}.",
        # A marker whose note the report lacks cites nothing anyone can check, and the check did not pass for
        # it: an appendix of the notes' statuses alone, all verified, said the report had passed.
        *(f"Not verified: {shown(' '.join(f.message.split()))}." for f in result.missing_note_findings),
        f"Report SHA-256 (the original, without this appendix): {result.report.sha256}",
        f"Ledger: {shown(result.ledger.name)}, head {result.head} (provenance verify re-checks it offline).",
    ]


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


# --- Markdown and plain text ---------------------------------------------------------------------------


_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def _md_text(text: str) -> str:
    """Text that Markdown shows as it is: never a link, emphasis or a heading."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def _md_cell(text: str | None) -> str:
    """A table cell's text that Markdown shows as it is: never a link, emphasis or a cell break."""
    if not text:
        return "-"
    return _md_text(escape_unprintable(" ".join(text.split())))


def _md_link_cell(target: str | None) -> str:
    """An http(s) URL as an autolink; anything else (a path, a URL of another scheme) as plain text."""
    if target and _is_web_url(target) and not any(c in target for c in "<> |"):
        return f"<{target}>"
    return _md_cell(target)


def _is_web_url(target: str) -> bool:
    return urlsplit(target).scheme.lower() in ("http", "https")


def attach_markdown(text: str, result: ReportResult, rows: Sequence[AppendixRow], checked_at: str) -> str:
    nl = _newline(text)
    lines = [
        "",
        "---",
        "",
        "## Verification",
        "",
        *(
            f"{line}  "
            for line in _intro(result, checked_at, lambda text: _md_text(escape_unprintable(text)))
        ),
        "",
    ]
    lines += [
        "| Note | Status | Captured at | Evidence (WARC) | WARC SHA-256 | Archived copy |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {_md_cell(row.label)} | {row.status} | {_md_cell(row.captured_at)} | {_md_cell(row.warc)} "
        f"| {_md_cell(row.warc_sha256)} | {_md_link_cell(row.archived)} |"
        for row in rows
    ]
    return text.rstrip("\r\n") + nl + nl.join(lines) + nl


def attach_text(text: str, result: ReportResult, rows: Sequence[AppendixRow], checked_at: str) -> str:
    nl = _newline(text)
    table = [["Note", "Status", "Captured at", "WARC SHA-256", "Archived copy / evidence"]]
    table += [
        [
            escape_unprintable(cell)
            for cell in (
                f"[{row.label}]",
                row.status,
                row.captured_at or "-",
                row.warc_sha256 or "-",
                row.archived or row.warc or "-",
            )
        ]
        for row in rows
    ]
    widths = [max(len(cells[i]) for cells in table) for i in range(4)]
    lines = ["", "VERIFICATION", "", *_intro(result, checked_at), ""]
    lines += [
        "  ".join([*(c.ljust(w) for c, w in zip(cells[:4], widths, strict=True)), cells[4]])
        for cells in table
    ]
    return text.rstrip("\r\n") + nl + nl.join(line.rstrip() for line in lines) + nl


# --- HTML ----------------------------------------------------------------------------------------------


class _LinkFinder(HTMLParser):
    """Where each `<a href>` start tag begins (line, column) and its href, read without changing anything."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[int, int, str, bool]] = []  # line, column, href, already robust
        self.body_end: tuple[int, int] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "a":
            return
        values = dict(attrs)
        href = values.get("href")
        if href:
            line, column = self.getpos()
            self.links.append((line, column, href.strip(), "data-originalurl" in values))

    def handle_endtag(self, tag: str) -> None:
        if tag == "body":
            self.body_end = self.getpos()


def _offsets(text: str) -> list[int]:
    """The offset at which each line (1-based, as HTMLParser counts) starts."""
    starts = [0, 0]
    for index, char in enumerate(text):
        if char == "\n":
            starts.append(index + 1)
    return starts


def _robust_attributes(url: str, row: AppendixRow) -> str:
    attributes = [("data-originalurl", url)]
    if row.version_url:
        attributes.append(("data-versionurl", row.version_url))
    if row.captured_at:
        attributes.append(("data-versiondate", row.captured_at))
    return "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in attributes)


def _html_appendix(result: ReportResult, rows: Sequence[AppendixRow], checked_at: str) -> str:
    def cell(value: str | None, link: bool = False) -> str:
        if not value:
            return "<td>-</td>"
        escaped = html.escape(escape_unprintable(value), quote=True)
        # A link only to the web or to a path beside the copy: never a `javascript:` or `data:` URL.
        web = _is_web_url(value)
        if not (link and (web or not urlsplit(value).scheme)):
            return f"<td>{escaped}</td>"
        # It goes where the URL says: a character its text shows escaped is percent-encoded, as sent.
        target = "".join(c if c.isprintable() else quote(c) for c in value) if web else _path_href(value)
        return f'<td><a href="{html.escape(target, quote=True)}">{escaped}</a></td>'

    body = "".join(
        "<tr>"
        + cell(f"[{row.label}]")
        + cell(row.status)
        + cell(row.captured_at)
        + cell(row.warc, link=True)
        + cell(row.warc_sha256)
        + cell(row.archived, link=True)
        + "</tr>"
        for row in rows
    )
    intro = "".join(f"<p>{html.escape(line)}</p>" for line in _intro(result, checked_at))
    return (
        '\n<section id="provenance-verification" class="provenance-verification">'
        f"<h2>Verification</h2>{intro}<table><thead><tr><th>Note</th><th>Status</th><th>Captured at</th>"
        "<th>Evidence (WARC)</th><th>WARC SHA-256</th><th>Archived copy</th></tr></thead>"
        f"<tbody>{body}</tbody></table></section>\n"
    )


def attach_html(text: str, result: ReportResult, rows: Sequence[AppendixRow], checked_at: str) -> str:
    by_url: dict[str, AppendixRow] = {}
    for footnote, row in zip(result.footnotes, rows, strict=True):
        for url in (footnote.cited.citation.url, *footnote.cited.footnote.urls):
            if url and row.captured_at:
                by_url.setdefault(url, row)
    finder = _LinkFinder()
    finder.feed(text)
    finder.close()
    starts = _offsets(text)
    insertions: list[tuple[int, str]] = []
    for line, column, href, robust in finder.links:
        cited = by_url.get(href)
        if cited is not None and not robust:
            insertions.append((starts[line] + column + len("<a"), _robust_attributes(href, cited)))
    appendix = _html_appendix(result, rows, checked_at)
    if finder.body_end is not None:
        line, column = finder.body_end
        insertions.append((starts[line] + column, appendix))
    else:
        insertions.append((len(text), appendix))
    pieces, cursor = [], 0
    for offset, addition in sorted(insertions, key=lambda item: item[0]):
        pieces += [text[cursor:offset], addition]
        cursor = offset
    pieces.append(text[cursor:])
    return "".join(pieces)


def attach(text: str, result: ReportResult, evidence_prefix: str, checked_at: str) -> str:
    """The report's text with its verification attached, by the report's format."""
    rows = appendix_rows(result, evidence_prefix)
    if result.report.format is ReportFormat.HTML:
        return attach_html(text, result, rows, checked_at)
    if result.report.format is ReportFormat.MARKDOWN:
        return attach_markdown(text, result, rows, checked_at)
    return attach_text(text, result, rows, checked_at)
