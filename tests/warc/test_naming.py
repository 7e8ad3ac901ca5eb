"""Paths as a ledger records them: relative to the ledger's folder, through any symlinked folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from provenance.warc.naming import path_in_ledger, warc_in_ledger


@pytest.mark.parametrize("archive", ["archives", "evidence/2022", "../elsewhere/archives"])
def test_a_warc_is_recorded_as_any_path_is_through_linked_folders_and_from_any_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, archive: str
) -> None:
    # The run's folders are resolved once (a WARC's own name is never a link): the path must still be the
    # one the general rule gives, with the archive folder behind a symlink, and after a change of folder.
    ledger_dir = tmp_path / "desk" / "reports"
    ledger_dir.mkdir(parents=True)
    real = (ledger_dir / archive).resolve()
    real.parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / "store").mkdir()
    real.symlink_to(tmp_path / "store", target_is_directory=True)
    for working in (ledger_dir, tmp_path):
        monkeypatch.chdir(working)
        warc = Path(os.path.relpath(real, working)) / "report.md-fn1-20220121T000000Z-0badf00d.warc.gz"
        warc.write_bytes(b"")
        assert warc_in_ledger(warc, ledger_dir) == path_in_ledger(warc, ledger_dir)
        assert (ledger_dir / warc_in_ledger(warc, ledger_dir)).resolve() == warc.resolve()


def test_the_same_relative_archive_folder_in_two_working_folders_is_two_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One process may check reports from several working folders (a test suite does): a folder resolved once
    # must be known by its absolute path, or the second desk's WARCs would be recorded in the first's folder.
    for desk in ("a", "b"):
        (tmp_path / desk / "archives").mkdir(parents=True)
        monkeypatch.chdir(tmp_path / desk)
        warc = Path("archives") / "r.md-fn1-20220121T000000Z-0badf00d.warc.gz"
        assert warc_in_ledger(warc, Path(".")) == os.path.join("archives", warc.name)
        assert warc_in_ledger(warc, tmp_path) == os.path.join(desk, "archives", warc.name)
