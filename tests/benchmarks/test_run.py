"""`benchmarks/run.py`: the capture row's figures say what the latency server saw."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

# Imported by name: mypy checks `benchmarks/` as top-level scripts (see test_locate_ranking.py).
benchmark: Any = importlib.import_module("benchmarks.run")


def test_a_slot_s_cycle_is_the_time_from_each_request_to_the_one_as_many_slots_later() -> None:
    # Two slots: each sends its next request 0.1 s after its last plus its own work (2 ms, then 4 ms).
    arrivals = [0.0, 0.001, 0.102, 0.105, 0.204, 0.209]
    assert benchmark.slot_cycle(arrivals, 2) == pytest.approx((0.102 + 0.104 + 0.102 + 0.104) / 4)
    assert benchmark.slot_cycle(list(reversed(arrivals)), 2) == benchmark.slot_cycle(arrivals, 2)


def test_no_cycle_for_requests_that_never_filled_the_slots() -> None:
    assert benchmark.slot_cycle([0.0, 0.1], 2) is None
    assert benchmark.slot_cycle([0.0, 0.1, 0.2], 0) is None


def test_the_page_times_name_the_cycle_when_it_was_measured() -> None:
    times = benchmark.PageTimes(0.26, 1.01, 0.1083)
    assert str(times) == "first request at 0.26 s, last answer at 1.01 s, a slot's cycle 108.3 ms"
    assert str(benchmark.PageTimes(0.26, 1.01)) == "first request at 0.26 s, last answer at 1.01 s"
