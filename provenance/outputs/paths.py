"""Report paths as a code host reads them, for the outputs that point into a repository (SARIF and
annotations)."""

from __future__ import annotations

import os
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath

_HERE = PurePath(".")


@dataclass(frozen=True)
class RepositoryPaths:
    """Report paths as a code host reads them: relative to the repository's root (`GITHUB_WORKSPACE`), not
    to where the check ran (a CI step with its own `working-directory`). Pure: the caller gives both
    folders."""

    root: PurePath | None = None  # None: every path is kept as it was given
    cwd: PurePath = _HERE  # what a relative report path is relative to

    def of(self, path: str) -> str:
        """`path` relative to `root` when it lies inside it, in `/` form; else as it was given."""
        if self.root is None:
            return path
        given = PurePath(path)
        full = PurePath(posixpath.normpath((self.cwd / given).as_posix()))  # absolute `given` wins the join
        root = PurePath(posixpath.normpath(self.root.as_posix()))
        if not full.is_relative_to(root) or full == root:
            return path
        return full.relative_to(root).as_posix()


AS_GIVEN = RepositoryPaths()  # every report path as the user named it


def repository_paths(environ: Mapping[str, str]) -> RepositoryPaths:
    """In GitHub Actions, report paths from the checkout's root (`GITHUB_WORKSPACE`), as code scanning and
    the runner's annotations place them, wherever the step runs; elsewhere, as the user named them."""
    workspace = environ.get("GITHUB_WORKSPACE", "")
    if not PurePath(workspace).is_absolute():
        return AS_GIVEN
    return RepositoryPaths(PurePath(workspace), PurePath(os.getcwd()))
