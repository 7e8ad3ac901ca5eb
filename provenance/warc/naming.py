"""Where WARC files go and how a ledger names them: the one home of the path conventions.

- A capture's file is `<stem>-<UTC yyyymmddThhmmssZ>-<8 hex>.warc.gz` in the archive folder, the stem naming
  the report and footnote (`brief.md-fn3`) so an archive folder stays readable by hand.
- A ledger names files (WARCs, the report) by paths relative to the ledger's own folder, so the report, its
  ledger and the archive folder can move together.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import secrets
from pathlib import Path, PurePath


def capture_stem(report_path: str, label: str) -> str:
    safe_label = "".join(c if c.isalnum() or c in "-_" else "_" for c in label)[:40]
    return f"{Path(report_path).name}-fn{safe_label}"


def warc_file_name(stem: str, started: dt.datetime) -> str:
    stamp = started.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stem}-{stamp}-{secrets.token_hex(4)}.warc.gz"


# The file names a capture's WARC has: what `warc_file_name` writes, and an uncompressed `.warc`. A ledger
# line naming any other file (a `.env`, `/etc/passwd` by a `../` path) is not read: it is not evidence.
WARC_FILE_SUFFIXES = (".warc.gz", ".warc")


def is_warc_file_name(recorded: str) -> bool:
    """Whether the path a ledger records names a WARC file by its name (the folders may be anything)."""
    return PurePath(recorded).name.lower().endswith(WARC_FILE_SUFFIXES)


def path_in_ledger(path: str | Path, ledger_dir: Path) -> str:
    """`path` as a ledger records it: relative to the ledger's folder."""
    return os.path.relpath(Path(path).resolve(), ledger_dir.resolve())


def warc_in_ledger(warc: str | Path, ledger_dir: Path) -> str:
    """A WARC file this run wrote, as a ledger records it (`path_in_ledger`). The file is never a link (it is
    made by this run), so only the folders are resolved, each once for the whole run: a resolve walks every
    part of a path, twice for each of hundreds of captures."""
    folder, name = os.path.split(warc)
    # The keys hold the working folder of the moment.
    return os.path.join(_folder_in_ledger(os.path.abspath(folder), os.path.abspath(ledger_dir)), name)


@functools.lru_cache(maxsize=64)
def _folder_in_ledger(folder: str, ledger_dir: str) -> str:
    """An absolute folder relative to an absolute ledger folder, both resolved: once per pair for the whole
    run (a run's WARCs share one folder), not a `relpath` for each of hundreds of captures, twice."""
    return os.path.relpath(_resolved_absolute(folder), _resolved_absolute(ledger_dir))


@functools.lru_cache(maxsize=64)
def _resolved_absolute(folder: str) -> Path:
    return Path(folder).resolve()


def path_from_ledger(recorded: str, ledger_dir: Path) -> Path:
    """The file a ledger's relative path names."""
    return ledger_dir / recorded
