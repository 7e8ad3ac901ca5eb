"""A command's code loads with the cyclic garbage collector paused (`loading.CodeLoading`)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance import cli
from provenance.loading import CodeLoading


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.enable() if enabled else gc.disable()


def test_the_collector_is_paused_while_code_loads_and_what_it_made_is_frozen_after() -> None:
    frozen = gc.get_freeze_count()
    with CodeLoading():
        assert not gc.isenabled()
        made = [object() for _ in range(100)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(made)


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    with CodeLoading():
        pass
    assert not gc.isenabled()


def test_the_collector_comes_back_when_loading_fails() -> None:
    with pytest.raises(ImportError), CodeLoading():
        import provenance.no_such_module  # type: ignore[import-not-found]  # noqa: F401
    assert gc.isenabled()


@pytest.mark.parametrize("command", [["extract"], ["check", "--offline", "-q"]])
def test_a_command_runs_with_the_collector_on(tmp_path: Path, command: list[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_text("A claim.[1]\n\n[1] Telegram, January 21, 2022.\n", encoding="utf-8")
    cli.main([*command[:1], str(report), *command[1:]])
    assert gc.isenabled()  # paused only while the command loaded its code
