"""Report paths as a code host reads them: from the repository's root, wherever the check ran."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from provenance.outputs.paths import AS_GIVEN, RepositoryPaths

_IN_REPORTS = RepositoryPaths(PurePath("/ws/repo"), PurePath("/ws/repo/reports"))


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ("bad.md", "reports/bad.md"),
        ("./sub/./d.md", "reports/sub/d.md"),
        ("../notes/x.md", "notes/x.md"),
        ("/ws/repo/a/b.md", "a/b.md"),
        ("/elsewhere/c.md", "/elsewhere/c.md"),  # outside the repository: kept as given
        ("../../up.md", "../../up.md"),
        ("/ws/repository-two/e.md", "/ws/repository-two/e.md"),  # a sibling whose name starts alike
    ],
)
def test_a_report_path_is_named_from_the_repository_root_when_it_lies_inside(given: str, named: str) -> None:
    assert _IN_REPORTS.of(given) == named


def test_without_a_repository_every_path_is_kept_as_given() -> None:
    assert AS_GIVEN.of("../x/bad.md") == "../x/bad.md"


def test_a_step_inside_a_symlinked_workspace_names_reports_from_its_root() -> None:
    # A self-hosted runner's work folder on another disk, through a symlink: GITHUB_WORKSPACE names the
    # checkout through the link, the current folder is only known by its real path. `file=b.md` was given
    # for docs/b.md from a step with `working-directory: docs`.
    linked = RepositoryPaths(PurePath("/runner/_work/repo"), PurePath("/data/work/repo/docs"))
    assert linked.of("b.md") == "b.md", "without the resolved root, no folder in common"
    resolved = RepositoryPaths(
        PurePath("/runner/_work/repo"), PurePath("/data/work/repo/docs"), PurePath("/data/work/repo")
    )
    assert resolved.of("b.md") == "docs/b.md"
    assert resolved.of("/runner/_work/repo/docs/b.md") == "docs/b.md", "an absolute path through the link"
    assert resolved.of("/elsewhere/c.md") == "/elsewhere/c.md"
