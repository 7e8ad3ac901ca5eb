"""Views of a ledger, assembled at the edge: its runs read back, re-verified, screenshots read from the WARCs.

The renderers in `provenance.outputs` get everything they show from here and do no I/O themselves.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath

from provenance.errors import InputError, UsageError
from provenance.files import KeptFiles, check_output_path, write_atomically
from provenance.ledger.paths import ledger_files
from provenance.ledger.runs import evidence_folders, read_history, run_reports
from provenance.ledger.verify import verify_ledger
from provenance.models import Capture, utc_now
from provenance.output_files import refuse_a_name_of_evidence
from provenance.outputs.interface import LedgerView
from provenance.warc.naming import path_from_ledger
from provenance.warc.screenshots import read_screenshots


def relative_prefix(folder: Path, from_folder: Path) -> str:
    """How a page in `from_folder` names files in `folder`: a relative POSIX prefix ("" for the same one)."""
    relative = Path(os.path.relpath(folder.resolve(), from_folder.resolve())).as_posix()
    return "" if relative == "." else relative + "/"


def load_view(
    ledger: Path,
    output: Path,
    run_number: int | None = None,
    verify: bool = True,
    archive_dir: Path | None = None,
) -> LedgerView:
    """The view of one run of `ledger` for a page written to `output`: run `run_number` (1-based), else the
    last `check` run. Candidates that a later `provenance locate` run proposed for its unlinked footnotes are
    shown beside them.

    `verify` re-checks the chain and every WARC file first, so the page says whether what it shows is intact.
    `archive_dir` (`--archive-dir`, the evidence moved): each WARC is read, re-verified and linked by its file
    name there, as `verify --archive-dir` finds it.
    """
    history = read_history(ledger)
    runs = history.runs
    if not runs:
        # A report given for its ledger (`show brief.md`) reads as a ledger of no run: say what a ledger is.
        raise UsageError(
            f"{ledger}: the ledger holds no run to show (a ledger is the REPORT.ledger.jsonl `provenance "
            "check` writes)"
        )
    checks = [index for index, run in enumerate(runs, start=1) if not run.is_locate]
    number = run_number if run_number is not None else (checks[-1] if checks else len(runs))
    if not 1 <= number <= len(runs):
        raise UsageError(f"--run {run_number}: the ledger holds runs 1 to {len(runs)}")
    recorded = runs[number - 1]
    captures = {footnote.label: footnote.capture for footnote in recorded.footnotes if footnote.capture}
    if archive_dir is None:
        screenshots = read_screenshots(captures, ledger.parent)
    else:  # each WARC by its name in DIR, as verify reads it: the screenshot is the one beside what it proved
        screenshots = read_screenshots(
            {label: _by_name(capture) for label, capture in captures.items()}, archive_dir
        )
    # The latest search for each label wins; only searches of this run's report (a `locate` of another report
    # appended with --ledger searched for that report's notes, whose labels are not this one's).
    report = recorded.run.report.path
    located = {
        line.label: line
        for run in runs[number:]
        if run.is_locate and run.run.report.path == report
        for line in run.locates
    }
    return LedgerView(
        ledger=str(ledger),
        recorded=recorded,
        run_number=number,
        runs_in_ledger=len(runs),
        ledger_head=history.head,
        verification=verify_ledger(ledger, archive_dir=archive_dir) if verify else None,
        verified_at=utc_now() if verify else None,
        warc_links=_warc_links(
            [
                *captures.values(),
                *(line.capture for line in (*recorded.locates, *located.values()) if line.capture),
            ],
            ledger.parent,
            output.parent,
            archive_dir,
        ),
        archive_dir=str(archive_dir) if archive_dir is not None else None,
        screenshots=screenshots,
        located=located,
    )


def _by_name(capture: Capture) -> Capture:
    """`capture` naming its WARC by file name alone, read from the folder it moved to."""
    return capture.model_copy(update={"warc": PurePath(capture.warc).name})


def _warc_links(
    captures: Iterable[Capture], ledger_dir: Path, page_dir: Path, archive_dir: Path | None
) -> dict[str, str]:
    """How a page in `page_dir` links each WARC the run records (by its path as recorded): where the ledger
    names it, from the ledger's folder; or, moved, by its name in `archive_dir`. A map, not one prefix: a
    ledger's WARCs may lie in several folders (`archives/`, `../evidence/`), and in DIR they lie in one."""
    if archive_dir is None:
        prefix = relative_prefix(ledger_dir, page_dir)
        return {capture.warc: prefix + capture.warc for capture in captures}
    prefix = relative_prefix(archive_dir, page_dir)
    return {capture.warc: prefix + PurePath(capture.warc).name for capture in captures}


def view_path(ledger: Path, output: Path | None, archive_dir: Path | None = None) -> Path:
    """Where `show` writes the view (`output`, else the ledger's name with `.html`), proved writable first,
    and never over what the view is made from: the ledger, the files beside it, a report its runs checked
    (which re-verifying reads) or any evidence."""
    if ledger.is_dir():  # `show .`: its default view's name would be made from no name (an internal error)
        raise InputError(f"{ledger}: is a directory, not a ledger")
    path = output or (ledger.with_suffix(".html") if ledger.suffix == ".jsonl" else Path(f"{ledger}.html"))
    shown = list(ledger_files(ledger))
    # Every run's report, not only the last one's: a ledger whose report was renamed (`draft.md`, then
    # `final.md`), or one a `locate` of another report was appended to, names several, and `-o draft.md`
    # replaced the restored draft with the page.
    reports = run_reports(ledger)
    shown.extend(
        (path_from_ledger(report, ledger.parent), "a report an earlier run of the ledger checked")
        for report in reports[:-1]
    )
    shown.extend(
        (path_from_ledger(report, ledger.parent), "the report the ledger's last run checked")
        for report in reports[-1:]
    )
    # The folders of the ledger's WARCs (and --archive-dir's, where they moved), as `check --html` keeps its
    # archive folder: a file already there may be evidence of any name, and is never replaced.
    folders = [(ledger.parent / folder, "the archive folder") for folder in evidence_folders(ledger)]
    folders += [(archive_dir, "the archive folder")] if archive_dir is not None else []
    check_output_path(path, "HTML view", KeptFiles(tuple(shown), tuple(folders)))
    refuse_a_name_of_evidence(path, "HTML view")
    return path


def write_html_view(views: Sequence[LedgerView], output: Path) -> None:
    """The HTML view of `views`, written to `output` whole or not at all."""
    from provenance.outputs.html_view import HtmlViewFormat

    write_atomically(output, HtmlViewFormat().render(views).encode("utf-8"), "HTML view")
