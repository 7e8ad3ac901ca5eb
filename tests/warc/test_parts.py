"""A partial WARC file is made locked and still named, whatever another run's sweep does meanwhile."""

from __future__ import annotations

import fcntl
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from provenance.warc import parts
from provenance.warc.parts import create_part, remove_stale_parts

_PREFIX = ".r.md-fn1-20261202T000000Z-0badf00d.warc.gz."


def _made_then(
    monkeypatch: pytest.MonkeyPatch, meanwhile: Callable[[str], object], times: int = 1
) -> list[str]:
    """Make the partial files' maker run `meanwhile` on each of the first `times` files it makes, before it
    returns (the moment between a partial file's creation and its lock); the names it made."""
    made: list[str] = []
    real = parts._new_file

    def new_file(*args: Any, **kwargs: Any) -> tuple[int, str]:
        descriptor, name = real(*args, **kwargs)
        made.append(name)
        if len(made) <= times:
            meanwhile(name)
        return descriptor, name

    monkeypatch.setattr(parts, "_new_file", new_file)
    return made


def _locked_by_someone(path: Path) -> bool:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(descriptor)
    return False


def test_a_new_file_that_another_runs_sweep_removed_before_its_lock_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The other run started after this file was made (its sweep takes files older than its start).
    made = _made_then(monkeypatch, lambda name: remove_stale_parts(tmp_path, older_than=time.time() + 60))

    descriptor, path = create_part(tmp_path, _PREFIX)
    try:
        assert len(made) == 2 and not Path(made[0]).exists(), "the first file was swept"
        assert path == Path(made[1]) and path.exists()
        assert _locked_by_someone(path), "the file in use is locked: no later sweep takes it"
        assert sorted(tmp_path.iterdir()) == [path]
    finally:
        os.close(descriptor)


def test_a_new_file_whose_lock_another_runs_sweep_holds_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    held: list[int] = []

    def sweep_holds_lock(name: str) -> None:
        descriptor = os.open(name, os.O_RDONLY)
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.append(descriptor)

    made = _made_then(monkeypatch, sweep_holds_lock)
    try:
        descriptor, path = create_part(tmp_path, _PREFIX)
        os.close(descriptor)
    finally:
        for descriptor in held:
            os.close(descriptor)

    assert path == Path(made[1]) != Path(made[0])


def test_a_folder_whose_every_new_file_is_swept_at_once_is_an_error_not_a_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _made_then(monkeypatch, lambda name: os.unlink(name), times=1_000)

    with pytest.raises(OSError, match="removed by another run"):
        create_part(tmp_path, _PREFIX)
    assert list(tmp_path.iterdir()) == []


def test_a_new_partial_file_is_private_new_and_named_as_a_part(tmp_path: Path) -> None:
    # As tempfile.mkstemp makes them: only the owner may read it, no child process inherits it.
    descriptor, path = create_part(tmp_path, _PREFIX)
    try:
        assert path.parent == tmp_path and path.name.startswith(_PREFIX) and path.name.endswith(".part")
        assert stat.S_IMODE(os.fstat(descriptor).st_mode) == 0o600
        assert not os.get_inheritable(descriptor)
        assert remove_stale_parts(tmp_path, older_than=time.time() + 60) == [], "locked while open"
    finally:
        os.close(descriptor)


def test_a_new_partial_file_never_takes_a_name_another_file_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The system's random bytes give, first, the name of a file already there: another name is made.
    taken = tmp_path / f"{_PREFIX}{'00' * 6}.part"
    taken.write_bytes(b"another run's")
    answers = iter([bytes(6), bytes([1] * 6)])
    monkeypatch.setattr(os, "urandom", lambda size: next(answers))

    descriptor, path = create_part(tmp_path, _PREFIX)
    os.close(descriptor)

    assert path.name == f"{_PREFIX}{'01' * 6}.part"
    assert taken.read_bytes() == b"another run's"
