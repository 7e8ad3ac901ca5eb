"""The files a check writes beside its ledgers when asked (`--sarif`, `--junit`, `--html`): each path checked
before the run starts, each file written whole once the run is done."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from provenance.files import NOTHING_KEPT, KeptFiles, check_output_paths, write_atomically
from provenance.outputs.paths import AS_GIVEN, RepositoryPaths
from provenance.results import ReportResult


@dataclass(frozen=True)
class OutputFiles:
    sarif: Path | None = None
    junit: Path | None = None
    html: Path | None = None  # the HTML view of the run's ledgers
    paths: RepositoryPaths = AS_GIVEN  # how the SARIF and JUnit files name the reports
    allow_empty: bool = False  # --allow-empty: a report whose notes could not be read fails nothing

    def named(self) -> list[tuple[Path, str]]:
        """Each file asked for, with what it is."""
        named = ((self.sarif, "SARIF file"), (self.junit, "JUnit file"), (self.html, "HTML view"))
        return [(path, what) for path, what in named if path is not None]

    def check(self, kept: KeptFiles = NOTHING_KEPT, others: Sequence[tuple[Path, str]] = ()) -> None:
        """Refuse, before any work starts (InputError), a path that could not be written, one that would
        replace a file of `kept` or evidence, and two outputs (these, and the run's `others`) in one file."""
        check_output_paths([*self.named(), *others], kept)

    def write(self, results: Sequence[ReportResult]) -> None:
        """Each file asked for, its renderer loaded only then (a run that asks for none loads none)."""
        if self.sarif is not None:
            from provenance.outputs.sarif import SarifFormat

            sarif = SarifFormat(self.paths, self.allow_empty).render(results)
            write_atomically(self.sarif, sarif.encode("utf-8"), "SARIF file")
        if self.junit is not None:
            from provenance.outputs.junit import JunitFormat

            junit = JunitFormat(self.paths, self.allow_empty).render(results)
            write_atomically(self.junit, junit.encode("utf-8"), "JUnit file")
        if self.html is not None:
            from provenance.views import load_view, write_html_view

            # Built from the ledgers just written, so the page shows exactly what they record.
            views = [load_view(result.ledger, self.html, verify=False) for result in results]
            write_html_view(views, self.html)
