"""Published WARC files put on disk, one at a time by their writer or several at once (`warc.durable`)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
import threading
from pathlib import Path

import pytest

from provenance.capture.after import once_on_disk
from provenance.capture.failure import ArchiveWriteError
from provenance.models import Capture, CaptureOutcome
from provenance.warc import durable
from provenance.warc.durable import WarcSyncs, sync_to_disk
from provenance.warc.writer import WarcFile
from tests.capture.conftest import INFO

STARTED = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each fsync made from now on, in order: the file's name, or `folder NAME` for a folder."""
    made: list[str] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        kind = "folder " if stat.S_ISDIR(os.fstat(descriptor).st_mode) else ""
        made.append(kind + Path(os.readlink(f"/proc/self/fd/{descriptor}")).name)
        real_fsync(descriptor)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("names descriptors through /proc")
    monkeypatch.setattr(os, "fsync", fsync)
    return made


def _files(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_bytes(name.encode())
    return [folder / name for name in names]


def test_several_files_of_one_folder_are_synced_each_then_their_folder_once(
    tmp_path: Path, synced: list[str]
) -> None:
    paths = _files(tmp_path / "archives", "a.bin", "b.bin", "c.bin")
    paths += _files(tmp_path / "other", "d.bin")
    assert sync_to_disk(paths) == {}
    assert synced == ["a.bin", "b.bin", "c.bin", "d.bin", "folder archives", "folder other"]


def test_asking_for_one_file_syncs_every_file_waiting_and_a_later_ask_finds_it_synced_already(
    tmp_path: Path, synced: list[str]
) -> None:
    first, second, third = _files(tmp_path / "archives", "1.bin", "2.bin", "3.bin")
    syncs = WarcSyncs()
    syncs.add(first)
    syncs.add(second)
    assert syncs.sync(second) is None
    assert sorted(synced[:2]) == ["1.bin", "2.bin"] and synced[2:] == ["folder archives"]  # side by side
    assert syncs.sync(first) is None  # synced with the second: nothing more to do
    assert len(synced) == 3
    syncs.add(third)
    assert syncs.sync(third) is None
    assert synced[3:] == ["3.bin", "folder archives"]


def test_a_failed_sync_is_kept_for_the_file_it_failed_for_until_that_file_is_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, bad, other = _files(tmp_path / "archives", "good.bin", "bad.bin", "other.bin")
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        if os.readlink(f"/proc/self/fd/{descriptor}").endswith("bad.bin"):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    syncs = WarcSyncs()
    for path in (good, bad, other):
        syncs.add(path)
    assert syncs.sync(good) is None
    error = syncs.sync(bad)
    assert isinstance(error, OSError) and error.errno == errno.EIO
    assert syncs.sync(other) is None


def test_a_folder_that_cannot_be_synced_fails_every_file_named_in_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path / "archives", "a.bin", "b.bin")

    def no_folder_sync(folder: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(durable, "sync_folder", no_folder_sync)
    assert sorted(sync_to_disk(paths)) == paths


def test_a_writer_without_syncs_puts_its_file_and_its_name_on_disk_before_publish_returns(
    tmp_path: Path, synced: list[str]
) -> None:
    warc = WarcFile(tmp_path, "r-fn1", STARTED)
    warc.write_warcinfo(INFO, STARTED)
    path, _ = warc.publish()
    assert len(synced) == 2 and synced[0].endswith(".part") and synced[1] == f"folder {tmp_path.name}"
    assert path.is_file()


def test_a_writer_given_syncs_leaves_the_disk_sync_to_them_and_names_its_file_there(
    tmp_path: Path, synced: list[str]
) -> None:
    syncs = WarcSyncs()
    warc = WarcFile(tmp_path, "r-fn1", STARTED, syncs)
    warc.write_warcinfo(INFO, STARTED)
    path, _ = warc.publish()
    assert synced == []  # the worker went on without waiting for the disk
    assert syncs.sync(path) is None
    assert synced == [path.name, f"folder {tmp_path.name}"]


def _outcome(path: Path) -> CaptureOutcome:
    capture = Capture(
        url="http://news.example/",
        final_url="http://news.example/",
        http_status=200,
        warc=str(path),
        warc_sha256="0" * 64,
        records=(),
        ip=None,
        started_at="2024-01-02T03:04:05Z",
        finished_at="2024-01-02T03:04:06Z",
        bytes=0,
        truncated=False,
    )
    return CaptureOutcome(url="http://news.example/", capture=capture)


def test_a_capture_whose_file_could_not_be_synced_comes_back_as_its_disk_error_and_names_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    syncs = WarcSyncs()
    warc = WarcFile(tmp_path, "r-fn1", STARTED, syncs)
    warc.write_warcinfo(INFO, STARTED)
    path, _ = warc.publish()
    monkeypatch.setattr(
        durable,
        "sync_to_disk",
        lambda paths, pool: dict.fromkeys(paths, OSError(errno.EIO, "Input/output error")),
    )
    outcome = once_on_disk(_outcome(path), syncs)
    assert outcome.capture is None
    assert outcome.error == str(ArchiveWriteError(str(path), OSError(errno.EIO, "Input/output error")))
    assert outcome.error.startswith(f"archive: cannot write {path}: Input/output error (EIO")
    assert not path.exists()  # no line may name a file not known to be on disk


def test_a_capture_whose_file_is_on_disk_comes_back_as_it_was(tmp_path: Path) -> None:
    syncs = WarcSyncs()
    warc = WarcFile(tmp_path, "r-fn1", STARTED, syncs)
    warc.write_warcinfo(INFO, STARTED)
    path, _ = warc.publish()
    outcome = _outcome(path)
    assert once_on_disk(outcome, syncs) is outcome
    assert once_on_disk(CaptureOutcome(url="http://x.example/", error="dns: no such host"), syncs).error


def test_the_files_of_a_batch_are_synced_side_by_side(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each file's sync waits until the other's has begun: one after the other, the first would wait in vain.
    paths = _files(tmp_path / "archives", "1.bin", "2.bin")
    both_begun = threading.Barrier(2, timeout=10)
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        if not stat.S_ISDIR(os.fstat(descriptor).st_mode):
            both_begun.wait()
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    with WarcSyncs() as syncs:
        for path in paths:
            syncs.add(path)
        assert syncs.sync(paths[0]) is None
        assert syncs.sync(paths[1]) is None
