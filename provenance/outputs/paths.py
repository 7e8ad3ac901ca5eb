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
    # The root with its symlinks resolved, as the current folder is named (a runner whose work folder is a
    # symlink names the checkout through it, but the current folder is known only by its real path).
    real_root: PurePath | None = None

    def of(self, path: str) -> str:
        """`path` relative to the root (as named, or as resolved) when it lies inside it, in `/` form; a path
        outside it as the absolute path it names (kept relative, it was read from the root, not from where
        the check ran: `../../up.md` from `/ws/repo/reports` named `/up.md`, not `/ws/up.md`); every path
        as it was given when there is no root."""
        given = PurePath(path)
        full = PurePath(posixpath.normpath((self.cwd / given).as_posix()))  # absolute `given` wins the join
        for each in (self.root, self.real_root):
            if each is None:
                continue
            root = PurePath(posixpath.normpath(each.as_posix()))
            if full.is_relative_to(root) and full != root:
                return full.relative_to(root).as_posix()
        if self.root is not None and full.is_absolute():
            return full.as_posix()
        return path


AS_GIVEN = RepositoryPaths()  # every report path as the user named it


def repository_paths(environ: Mapping[str, str]) -> RepositoryPaths:
    """In GitHub Actions, report paths from the checkout's root (`GITHUB_WORKSPACE`), as code scanning and
    the runner's annotations place them, wherever the step runs; elsewhere, as the user named them."""
    workspace = environ.get("GITHUB_WORKSPACE", "")
    if not PurePath(workspace).is_absolute():
        return AS_GIVEN
    return RepositoryPaths(PurePath(workspace), PurePath(os.getcwd()), PurePath(os.path.realpath(workspace)))
