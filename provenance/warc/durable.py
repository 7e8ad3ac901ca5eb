"""Putting published WARC files on disk: each file's bytes, then its folder's entry for the new name.

A capture worker that synced its own file waited on the disk (37 ms under load) before its next request.
Where a run has a thread that follows the captures (`capture.after`), the worker only names the file here
(`WarcSyncs.add`) and goes on; that thread syncs every file named so far in one go, one folder sync for all
the files of a folder, before it writes any journal or ledger line that names one of them
(`WarcSyncs.sync`). A file whose sync failed is reported to its capture, which then names no file.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from provenance.files import sync_file, sync_folder

if TYPE_CHECKING:  # loaded when a first batch needs it: the option types import this module
    from concurrent.futures import Executor, ThreadPoolExecutor

_SIDE_BY_SIDE = 8  # files of a batch synced at once


def sync_to_disk(paths: Sequence[Path], pool: Executor | None = None) -> dict[Path, OSError]:
    """fsync each file of `paths` (side by side in `pool`'s threads, if given), then each of their folders
    once (the new names); the files that are not known to be on disk, each with the error that says why."""
    results = pool.map(_sync_file, paths) if pool is not None and len(paths) > 1 else map(_sync_file, paths)
    failed = {path: error for path, error in zip(paths, results, strict=True) if error is not None}
    by_folder: dict[Path, list[Path]] = {}
    for path in paths:
        by_folder.setdefault(path.parent, []).append(path)
    for folder, in_folder in by_folder.items():
        try:
            sync_folder(folder)
        except OSError as error:
            for path in in_folder:
                failed.setdefault(path, error)
    return failed


def _sync_file(path: Path) -> OSError | None:
    try:
        sync_file(path)
    except OSError as error:
        return error
    return None


class WarcSyncs:
    """WARC files published and not yet synced to disk, synced together when one of them is asked for.

    A path is `add`ed by the thread that published it before its capture is handed on, so a `sync` of it
    either finds it waiting (and syncs it with every other file waiting) or finds it synced by an earlier
    `sync` (held under the same lock), whose outcome for it was kept."""

    def __init__(self) -> None:
        self._waiting: list[Path] = []
        self._adding = threading.Lock()
        self._syncing = threading.Lock()  # one batch at a time: a `sync` waits for the batch under way
        self._failed: dict[Path, OSError] = {}
        # A batch's files are synced side by side: a sync mostly takes 0.5 ms, but now and then 50-250 ms
        # on a busy disk, and one after the other such waits added up behind the last capture.
        self._pool: ThreadPoolExecutor | None = None

    def __enter__(self) -> WarcSyncs:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown()

    def add(self, path: Path) -> None:
        with self._adding:
            self._waiting.append(path)

    def sync(self, path: Path) -> OSError | None:
        """Wait until `path` (added before) is on disk, with every file added before this call; the error
        if its sync failed, else None (also for a path never added: nothing of it is pending here)."""
        with self._syncing:
            with self._adding:
                batch, self._waiting = self._waiting, []
            if len(batch) > 1 and self._pool is None:
                from concurrent.futures import ThreadPoolExecutor

                self._pool = ThreadPoolExecutor(_SIDE_BY_SIDE, thread_name_prefix="warc syncs")
            if batch:
                self._failed.update(sync_to_disk(batch, self._pool))
            return self._failed.pop(path, None)


def unpublish(path: Path) -> None:
    """Remove a file just published whose sync to disk failed: no line names it, and none ever will."""
    with contextlib.suppress(OSError):
        path.unlink()
