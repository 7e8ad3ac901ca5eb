"""The human summary, drawn with rich: a table per report (what each footnote cites, what its source says
beside it, where its evidence is, which checks did not pass and why), the counts, and the next step for
footnotes that name no source. On a terminal narrower than 60 columns the same rows stand one under another.

It returns a string like every output format; the CLI says how wide and whether in colour. Text from the
report, its file name or a source is shown with control characters escaped (it may hold terminal sequences)
and as rich `Text`, never as markup; what would be a workflow command in a CI log is shown escaped too.
"""

from __future__ import annotations

import io
import os
import shlex
from collections import defaultdict
from collections.abc import Sequence

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from provenance.escaping import disarm_workflow_commands
from provenance.escaping import escape_unprintable as shown
from provenance.models import CheckName, CheckStatus, FootnoteStatus
from provenance.outputs.interface import CheckFormat
from provenance.outputs.reasons import reasons, warc_of
from provenance.results import FootnoteResult, ReportResult

STATUS_STYLE: dict[FootnoteStatus, str] = {
    "verified": "bold green",
    "unconfirmed": "bold yellow",
    "failed": "bold red",
    "unlocatable": "bold magenta",
    "error": "bold dark_orange",
}


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def counts_text(results: Sequence[FootnoteResult]) -> str:
    """`5 footnotes: 3 verified, 2 unlocatable`: every status that occurs, in the order of the statuses."""
    tally: dict[str, int] = defaultdict(int)
    for result in results:
        tally[result.status] += 1
    parts = [f"{tally[status]} {status}" for status in STATUS_STYLE if tally[status]]
    return f"{plural(len(results), 'footnote')}" + (f": {', '.join(parts)}" if parts else "")


def indistinguishable(results: Sequence[FootnoteResult]) -> dict[str, list[str]]:
    """For each unlinked footnote whose text is the same as another's: the labels of the others."""
    by_text: dict[str, list[str]] = defaultdict(list)
    for result in results:
        if result.cited.citation.url is None:
            by_text[" ".join(result.cited.footnote.text.casefold().split())].append(result.label)
    twins: dict[str, list[str]] = {}
    for labels in by_text.values():
        if len(labels) > 1:
            for label in labels:
                twins[label] = [other for other in labels if other != label]
    return twins


# The checks that compare a claim with the source; their `cited` and `found` go side by side under the URL.
_COMPARED: tuple[CheckName, ...] = ("date", "author", "title", "quote")
_CHECK_STYLE: dict[CheckStatus, str] = {"pass": "green", "fail": "red", "warn": "yellow", "skip": "dim"}
_SHOWN_CHARS = 120
_NOTE_WIDTH = 24  # wider than any label a report means as one (`[^smith-2022-interview]`)


def _clipped(text: str) -> str:
    # Clipped as it will be shown: a source's control characters, escaped, are four characters each.
    flat = shown(" ".join(text.split()))
    return flat if len(flat) <= _SHOWN_CHARS else flat[: _SHOWN_CHARS - 1] + "…"


def comparisons(result: FootnoteResult) -> list[tuple[CheckStatus, str]]:
    """What the citation says beside what the source says, one line per compared claim: a reviewer decides
    in one look. Only claims the source answered are shown; the others are in the reasons column."""
    answered = {check.name: check for check in result.checks if check.found}
    lines = []
    for check in (answered[name] for name in _COMPARED if name in answered):
        cited = _clipped(check.cited) if check.cited else "(not cited)"
        found = _clipped(check.found or "")
        lines.append((check.status, f"{check.name} {check.status}: cited {cited} · source {found}"))
    return lines


def evidence_path(report: ReportResult, warc: str) -> str:
    """The WARC as the user would type it: ledger paths are relative to the ledger's folder, the table's are
    relative to where the user stands (or absolute when the ledger was named so)."""
    return os.path.normpath(report.ledger.parent / warc)


def _source_cell(report: ReportResult, result: FootnoteResult) -> Text:
    url = result.cited.citation.url
    text = " ".join(result.cited.footnote.text.split())
    cell = Text(shown(url)) if url else Text(shown(text), style="italic")
    for status, line in comparisons(result):
        cell.append(f"\n{shown(line)}", style=_CHECK_STYLE[status])
    warc = warc_of(result)
    if warc:  # the column says evidence; a prefix would only wrap
        cell.append(f"\n{shown(evidence_path(report, warc))}", style="dim")
    reused = reused_note(result)
    if reused:
        cell.append(f"\n{reused}", style="cyan")
    return cell


def reused_note(result: FootnoteResult) -> str | None:
    """`reused from 2026-01-21 06:30:02 UTC (ledger line 13)`: this run did not fetch the evidence, an
    earlier one did, and a reviewer should see so without reading the ledger."""
    capture = result.outcome.capture if result.outcome else None
    if capture is None or capture.reused is None:
        return None
    when = capture.started_at.replace("T", " ").partition(".")[0].removesuffix("Z") + " UTC"
    reuse = capture.reused
    where = f"ledger line {reuse.file_line}" if reuse.source == "ledger" else "journal of a stopped run"
    return f"reused from {when} ({where})"


def _why_cell(result: FootnoteResult, twins: list[str] | None) -> Text:
    lines = [shown(line) for line in reasons(result)]
    if twins:
        others = ", ".join(f"[{shown(label)}]" for label in twins)
        lines.append(f"same note text as {others}: nobody can tell which source each one means")
    return Text("\n".join(lines))


def _route(report: ReportResult) -> str:
    return f"{shown(report.report.path)} → {shown(str(report.ledger))}"


# What the column of reasons keeps at least when the source column widens to hold a WARC's path whole.
_REASONS_AT_LEAST = 30


def _widest_line(cells: Sequence[Text]) -> int:
    return max((line.cell_len for cell in cells for line in cell.split("\n")), default=0)


def _source_width(
    report: ReportResult, width: int, sources: Sequence[Text], whys: Sequence[Text]
) -> int | None:
    """A fixed width for the source column where rich's own sharing out of the table's width would cut a
    WARC's path across two lines and a width that holds it leaves the reasons `_REASONS_AT_LEAST` columns;
    else None (rich shares the width out; a path too long for any share folds, as a long URL does).

    A WARC's name is the report's name and some 35 characters more: in half of a 120-column table it was cut
    across two lines (`archives/brief.md-fn3-…-687179cb` / `.warc.gz`), and a path copied from the terminal
    to open the evidence named no file."""
    paths = [shown(evidence_path(report, warc)) for warc in map(warc_of, report.footnotes) if warc]
    if not paths:
        return None
    labels = min(max(len(shown(result.label)) + 2 for result in report.footnotes), _NOTE_WIDTH)
    statuses = max(len(result.status) for result in report.footnotes)
    # What the note and status columns (as wide as their headers at least) and the three gaps of two
    # between the four columns leave the two text columns.
    left = width - max(labels, len("note")) - max(statuses, len("status")) - 6
    source, why = _widest_line(sources), max(_widest_line(whys), len("what did not pass"))
    if source + why <= left:
        return None  # each column as wide as its widest line: nothing is cut
    # Too wide together: rich narrows the wider column first, down to half of what is left at most.
    shared = left - min(why, left // 2)
    longest = max(len(path) for path in paths)
    if shared >= longest or longest > left - _REASONS_AT_LEAST:
        return None
    return longest


def _table(report: ReportResult, width: int) -> Table:
    table = Table(
        title=Text(_route(report)),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_lines=False,
        expand=False,
        pad_edge=False,
    )
    twins = indistinguishable(report.footnotes)
    sources = [_source_cell(report, result) for result in report.footnotes]
    whys = [_why_cell(result, twins.get(result.label)) for result in report.footnotes]
    # A label is the report's: a long one kept on one line took the table's width, cutting every status to
    # `ve…` and dropping the columns of sources and reasons. It folds past a width; the status never does.
    table.add_column("note", overflow="fold", max_width=_NOTE_WIDTH)
    longest_status = max((len(result.status) for result in report.footnotes), default=0)
    table.add_column("status", no_wrap=True, min_width=longest_status)
    # A fixed width is never taken from by rich: the column of reasons alone wraps to what is left.
    fixed = _source_width(report, width, sources, whys)
    table.add_column("source and evidence", overflow="fold", ratio=1, width=fixed)
    table.add_column("what did not pass", overflow="fold", ratio=1)
    for result, source, why in zip(report.footnotes, sources, whys, strict=True):
        table.add_row(
            Text(f"[{shown(result.label)}]"),
            Text(result.status, style=STATUS_STYLE.get(result.status, "")),
            source,
            why,
        )
    return table


# Narrower than this, four columns leave the source and the reasons some 15 characters each, where words and
# URLs were cut mid-way (`Telegra` / `m,`, `capture` / `d`): each note is drawn under the one before instead.
STACKED_BELOW = 60


def _stacked(report: ReportResult) -> Group:
    """The table's rows one under another, for a narrow terminal: `[1] unlocatable`, then the source and
    what did not pass, set in by two columns, each wrapped at words to the terminal's width."""
    twins = indistinguishable(report.footnotes)
    parts: list[Text | Padding] = [Text(_route(report))]
    for result in report.footnotes:
        head = Text(f"\n[{shown(result.label)}] ")
        head.append(result.status, style=STATUS_STYLE.get(result.status, ""))
        parts.append(head)
        parts.append(Padding(_source_cell(report, result), (0, 0, 0, 2)))
        parts.append(Padding(_why_cell(result, twins.get(result.label)), (0, 0, 0, 2)))
    parts.append(Text(""))  # as the table ends: a blank line before the counts
    return Group(*parts)


def next_step(report: ReportResult) -> str | None:
    """Said once under the table: how to give footnotes without a source one (and who the passages name)."""
    from provenance.locate.speakers import build_query, speaker_as_searched

    unlocatable = [r for r in report.footnotes if r.status == "unlocatable"]
    if not unlocatable:
        return None
    labels = " ".join(f"[{shown(r.label)}]" for r in unlocatable)
    subject = plural(len(unlocatable), "footnote names", "footnotes name")
    lines = [f"{subject} no source that can be fetched: {labels}."]
    for result in unlocatable:
        speakers = build_query(result.cited.footnote, result.cited.citation).speakers
        if speakers:
            names = ", ".join(dict.fromkeys(speaker_as_searched(shown(s.name), s.source) for s in speakers))
            lines.append(f"  [{shown(result.label)}]: the citing passage names {names}")
    lines.append(
        "Next: give each its URL in a CSL-JSON file (--citations FILE, id = the footnote label), or find "
        # Quoted as a shell needs it: the command is there to be copied (`docs/my brief.md`).
        f"candidate posts with `provenance locate {shown(shlex.quote(report.report.path))} --accounts FILE`."
    )
    return "\n".join(lines)


# The SHA-256 of no bytes: a report file that is empty (a failed export, a save that truncated it).
_EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def _nothing_to_verify(report: ReportResult) -> str:
    """Why a report has no footnote to show. Marker-like text without notes is not "nothing to verify": the
    notes are there, in a style not read. An empty file passes (no footnote is unverified), but a user who
    checked the wrong file, or a draft an editor or an export left empty, must see that it was empty."""
    if report.notes_unread:
        return "no notes could be read, though the text cites (--from, or --allow-empty if it has none)"
    if report.report.sha256 == _EMPTY_SHA256:
        return (
            f"{shown(report.report.path)} is empty (0 bytes): no footnotes to verify; "
            "if it should hold the report, save it again and check it again"
        )
    return "no footnotes found: nothing to verify"


def _report_lines(console: Console, report: ReportResult) -> None:
    for finding in report.report.findings:
        where = f"line {finding.line}: " if finding.line else ""
        console.print(Text(f"! {where}{shown(finding.message)}", style="yellow"))
    if not report.footnotes:
        console.print(Text(_route(report)))
        # Marker-like text without notes is not "nothing to verify": the notes are there, in a style not read.
        console.print(Text(_nothing_to_verify(report)))
    else:
        console.print(_table(report, console.width) if console.width >= STACKED_BELOW else _stacked(report))
    summary = f"{counts_text(report.footnotes)} · {report.seconds:.1f} s · ledger head {report.head}"
    console.print(Text(summary), soft_wrap=True)
    step = next_step(report)
    if step:
        console.print(Text(step))


class _Drawn(io.StringIO):
    """Where the table is drawn, standing for the stream it goes to: rich draws its rules in ASCII (`-`, not
    `─`) for an `encoding` that is not UTF-8, where each `─` would be shown as its six-character escape."""

    def __init__(self, encoding: str) -> None:
        super().__init__()
        self._encoding = encoding

    @property
    def encoding(self) -> str:  # type: ignore[override]  # io.StringIO's is read-only too, and None
        return self._encoding


class TableFormat(CheckFormat):
    def __init__(self, width: int = 100, color: bool = False, encoding: str = "utf-8") -> None:
        self.width = width
        self.color = color
        self.encoding = encoding  # the encoding of the stream the table will be shown on

    def render(self, results: Sequence[ReportResult]) -> str:
        buffer = _Drawn(self.encoding)
        console = Console(
            file=buffer,
            width=self.width,
            force_terminal=self.color,
            no_color=not self.color,
            color_system="standard" if self.color else None,
            highlight=False,
            emoji=False,
            markup=False,
        )
        for index, report in enumerate(results):
            if index:
                console.print()
            _report_lines(console, report)
        if len(results) > 1:
            everything = [footnote for report in results for footnote in report.footnotes]
            console.print()
            console.print(f"{plural(len(results), 'report')}, {counts_text(everything)}")
        # rich pads a left-justified title to the table's width; a file or a log keeps no trailing blanks.
        drawn = "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
        # Disarmed once drawn: a cell's text wrapped at a word can start a line with `::` only then.
        return disarm_workflow_commands(drawn)
