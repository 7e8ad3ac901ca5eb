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
