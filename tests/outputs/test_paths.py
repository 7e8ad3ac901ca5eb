"""Report paths as a code host reads them: from the repository's root, wherever the check ran."""

from __future__ import annotations

import json
from pathlib import PurePath

import pytest

from provenance.outputs.paths import AS_GIVEN, RepositoryPaths
from provenance.outputs.sarif import SarifFormat
from tests.outputs.builders import footnote_result, report_result

_IN_REPORTS = RepositoryPaths(PurePath("/ws/repo"), PurePath("/ws/repo/reports"))


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ("bad.md", "reports/bad.md"),
        ("./sub/./d.md", "reports/sub/d.md"),
        ("../notes/x.md", "notes/x.md"),
        ("/ws/repo/a/b.md", "a/b.md"),
        ("/elsewhere/c.md", "/elsewhere/c.md"),  # outside the repository: kept as given
        # Outside, and relative: read from the root it named /up.md (the code host reads no other folder).
        ("../../up.md", "/ws/up.md"),
        ("../../repo-notes/./f.md", "/ws/repo-notes/f.md"),
        ("/ws/repository-two/e.md", "/ws/repository-two/e.md"),  # a sibling whose name starts alike
    ],
)
def test_a_report_path_is_named_from_the_repository_root_when_it_lies_inside(given: str, named: str) -> None:
    assert _IN_REPORTS.of(given) == named


def test_without_a_repository_every_path_is_kept_as_given() -> None:
    assert AS_GIVEN.of("../x/bad.md") == "../x/bad.md"


def test_a_report_outside_the_repository_is_a_sarif_file_uri_of_the_file_it_is() -> None:
    # `../../up.md` as the artifact's URI is read against the checkout's root (%SRCROOT%): another file.
    report = report_result(footnote_result("1", "unlocatable", ()), path="../../up.md")
    (result,) = json.loads(SarifFormat(_IN_REPORTS).render([report]))["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "file:///ws/up.md"
    inside = report_result(footnote_result("1", "unlocatable", ()), path="../notes/x.md")
    (result,) = json.loads(SarifFormat(_IN_REPORTS).render([inside]))["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "notes/x.md"


def test_a_step_inside_a_symlinked_workspace_names_reports_from_its_root() -> None:
    # A self-hosted runner's work folder on another disk, through a symlink: GITHUB_WORKSPACE names the
    # checkout through the link, the current folder is only known by its real path. `file=b.md` was given
    # for docs/b.md from a step with `working-directory: docs`.
    linked = RepositoryPaths(PurePath("/runner/_work/repo"), PurePath("/data/work/repo/docs"))
    assert linked.of("b.md") == "/data/work/repo/docs/b.md", "without the resolved root, no folder in common"
    resolved = RepositoryPaths(
        PurePath("/runner/_work/repo"), PurePath("/data/work/repo/docs"), PurePath("/data/work/repo")
    )
    assert resolved.of("b.md") == "docs/b.md"
    assert resolved.of("/runner/_work/repo/docs/b.md") == "docs/b.md", "an absolute path through the link"
    assert resolved.of("/elsewhere/c.md") == "/elsewhere/c.md"
