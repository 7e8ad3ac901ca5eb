"""`benchmarks/start_timeline.py`: its options."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

# Imported by name: mypy checks `benchmarks/` as top-level scripts (see test_locate_ranking.py).
timeline: Any = importlib.import_module("benchmarks.start_timeline")


def test_against_without_instructions_is_refused_before_anything_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A revision to compare is only compared by instruction counts: wall-clock runs of it were not made.
    monkeypatch.setattr(sys, "argv", ["start_timeline.py", "--against", "main"])
    with pytest.raises(SystemExit) as ended:
        timeline.main()
    assert ended.value.code == 2
    assert "--instructions" in capsys.readouterr().err


def test_a_timeline_names_the_runs_end_after_its_start_the_tail_in_the_order_it_happens(
    tmp_path: Path,
) -> None:
    # The tail (issue 13): from the server's last answer to the command's end, the ledger appended between.
    with timeline.local_server(0.0) as port:
        steps = timeline.timeline("", port, tmp_path)
    assert set(timeline._TIMED) <= set(steps)
    assert steps["first request"] < steps["last answer"] <= steps["ledger appended"] < steps["end"]
