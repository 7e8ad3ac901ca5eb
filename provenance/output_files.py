"""The files a check writes beside its ledgers when asked (`--sarif`, `--junit`, `--html`): each path checked
before the run starts, each file written whole once the run is done. One of them may go to standard output
instead of a file (`--sarif -`): it is rendered the same and handed back for the command line to print.

A SARIF file, JUnit file or HTML view an earlier run wrote, left in place by a run that then failed (a
missing report, an internal error), is read by the CI step after it as this run's results: the run retires
it first (`retire`), so a failed run leaves none, and the upload step says so. Only a file this tool wrote as
that output is removed: its first bytes say so; anything else under that name (a report, evidence) is left
alone."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from provenance.errors import InputError
from provenance.files import (
    NOTHING_KEPT,
    KeptFiles,
    check_output_paths,
    is_a_written_view,
    is_inside,
    same_file,
    write_atomically,
)
from provenance.outputs.paths import AS_GIVEN, RepositoryPaths
from provenance.results import ReportResult

OutputKind = Literal["sarif", "junit", "html"]

# How the SARIF and JUnit files this tool writes begin (`outputs.sarif`, `outputs.junit`), and how far into
# the file its name stands: what `retire` removes, and nothing else.
_SARIF_START = b'{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",'
_SARIF_TOOL = b'"driver": {\n          "name": "provenance",'
_JUNIT_START = b"<?xml version='1.0' encoding='utf-8'?>\n<testsuites name=\"provenance check\" "
_HEAD_BYTES = 8192  # as far as `files.is_a_written_view` looks for a view's title


def _written_by_us(path: Path, kind: OutputKind) -> bool:
    """Whether `path` is a regular file (not a link) this tool wrote as a `kind` output, by its first bytes.
    A file closed to writing (no write bit, as `files.check_output_path` reads it, also for root) is not."""
    try:
        mode = os.lstat(path).st_mode
        if not stat.S_ISREG(mode) or not mode & 0o222 or not os.access(path, os.W_OK):
            return False  # a link, or a file closed to writing: left as it is
        with open(path, "rb") as stream:
            head = stream.read(_HEAD_BYTES)
    except OSError:
        return False
    if kind == "sarif":
        return head.startswith(_SARIF_START) and _SARIF_TOOL in head
    if kind == "html":
        return bool(head.strip()) and is_a_written_view(head)  # an empty file is no earlier run's view
    return head.startswith(_JUNIT_START)


def refuse_a_name_of_evidence(path: Path, what: str) -> None:
    """An output named as a WARC or WACZ file is refused (InputError): written into the archive folder, it was
    taken for evidence (`verify` warned of a WARC file of the report no line names; a replay tool or `warcio`
    opened it as a capture)."""
    from provenance.warc.naming import is_warc_file_name

    if is_warc_file_name(path.name) or path.name.lower().endswith(".wacz"):
        raise InputError(
            f"{path}: the {what} would be named as a WARC or WACZ file, and taken for evidence; give it "
            "another name"
        )


# Where a view printed on standard output links its evidence from: the current folder, where `> view.html`
# puts the page.
_PRINTED_VIEW = Path("view.html")


@dataclass(frozen=True, repr=False, eq=False)
class OutputFiles:
    """The output files a check writes (SARIF, JUnit, HTML view), and how they name reports."""

    sarif: Path | None = None
    junit: Path | None = None
    html: Path | None = None  # the HTML view of the run's ledgers
    paths: RepositoryPaths = AS_GIVEN  # how the SARIF and JUnit files name the reports
    allow_empty: bool = False  # --allow-empty: a report whose notes could not be read fails nothing
    printed: OutputKind | None = None  # the one output written on standard output (`-`), not to a file

    def named(self) -> list[tuple[Path, str]]:
        """Each file asked for, with what it is."""
        named = ((self.sarif, "SARIF file"), (self.junit, "JUnit file"), (self.html, "HTML view"))
        return [(path, what) for path, what in named if path is not None]

    def check(self, kept: KeptFiles = NOTHING_KEPT, others: Sequence[tuple[Path, str]] = ()) -> None:
        """Refuse, before any work starts (InputError), a path that could not be written, one that would
        replace a file of `kept` or evidence, and two outputs (these, and the run's `others`) in one file."""
        check_output_paths([*self.named(), *others], kept)  # first: an existing WARC is named evidence
        for path, what in self.named():
            refuse_a_name_of_evidence(path, what)

    def retire(self, inputs: Sequence[Path] = (), evidence: Path | None = None) -> list[Path]:
        """Remove the SARIF file, JUnit file and HTML view an earlier run wrote at the paths this run will
        write, so a run that fails before it writes leaves none for a CI step to read as its results (an
        upload then fails loudly, where it sent the earlier run's alerts again). Each is removed at once
        (unlink) and only if its first bytes show this tool wrote it as that output. Safe before the paths
        are checked: any other file is left alone, for `check` to refuse, and so is any of `inputs` (the
        reports the command names: a SARIF file given as a report is read, not removed), and so is any file
        in the `evidence` folder (the archive folder: what lies there is never removed). The files
        removed."""
        removed = []
        outputs: tuple[tuple[Path | None, OutputKind], ...] = (
            (self.sarif, "sarif"),
            (self.junit, "junit"),
            (self.html, "html"),
        )
        for path, kind in outputs:
            if path is None or any(same_file(path, given) for given in inputs):
                continue
            if evidence is not None and is_inside(path, evidence):
                continue
            if _written_by_us(path, kind):
                try:
                    path.unlink()
                except OSError:
                    continue  # then it is replaced when the run writes, or the write names why not
                removed.append(path)
        return removed

    def write(self, results: Sequence[ReportResult]) -> str | None:
        """Each file asked for, its renderer loaded only then (a run that asks for none loads none); the text
        of the output asked for on standard output, for the caller to print, else None."""
        if self.sarif is not None:
            write_atomically(self.sarif, self._render("sarif", results).encode("utf-8"), "SARIF file")
        if self.junit is not None:
            write_atomically(self.junit, self._render("junit", results).encode("utf-8"), "JUnit file")
        if self.html is not None:
            write_atomically(self.html, self._render("html", results, self.html).encode("utf-8"), "HTML view")
        return None if self.printed is None else self._render(self.printed, results)

    def _render(self, kind: OutputKind, results: Sequence[ReportResult], where: Path = _PRINTED_VIEW) -> str:
        if kind == "sarif":
            from provenance.outputs.sarif import SarifFormat

            return SarifFormat(self.paths, self.allow_empty).render(results)
        if kind == "junit":
            from provenance.outputs.junit import JunitFormat

            return JunitFormat(self.paths, self.allow_empty).render(results)
        from provenance.outputs.html_view import HtmlViewFormat
        from provenance.views import load_view

        # Built from the ledgers just written, so the page shows exactly what they record: a report a stopped
        # check did not finish has no run in its ledger to show (its last run is another check's).
        views = [load_view(result.ledger, where, verify=False) for result in results if not result.stopped]
        unrecorded = [self.paths.of(result.report.path) for result in results if result.stopped]
        return HtmlViewFormat(unrecorded).render(views)
