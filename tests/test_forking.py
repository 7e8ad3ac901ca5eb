"""Work shared with a forked child: the same pieces in the same order, whatever the child does.

The cases run in a fresh process (tests/support/forking_cases.py): only a process of one thread forks.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from provenance.forking import usable_cores
from tests.support.cli import REPO_ROOT, provenance_env

pytestmark = pytest.mark.skipif(usable_cores() < 2, reason="a child is forked only where two cores are ours")


@pytest.fixture(scope="module")
def cases() -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.forking_cases"],
        cwd=REPO_ROOT,
        env=provenance_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    results: dict[str, Any] = json.loads(done.stdout)
    assert results["can_fork"]
    return results


def test_the_second_half_is_made_by_the_child_and_comes_back_in_order(cases: dict[str, Any]) -> None:
    assert cases["halves"] == [f"{item}:{'parent' if item < 5 else 'child'}" for item in range(10)]


def test_the_warm_up_runs_once_in_the_parent_before_the_fork_and_only_where_it_forks(
    cases: dict[str, Any],
) -> None:
    # The child, forked after it, has what the warm-up made and does not run it again.
    made = cases["warmed_up"]
    assert made["halves"] == [f"{item}:{'parent' if item < 3 else 'child'}:1:True" for item in range(6)]
    # Made here, without a child (after the case above), nothing is shared: the warm-up is not run again.
    assert made["few"] == [f"{item}:parent:1:True" for item in range(3)]


def test_few_items_are_all_made_here(cases: dict[str, Any]) -> None:
    assert cases["few"] == ["0:parent", "1:parent", "2:parent"]


def test_a_child_that_fails_leaves_its_half_to_be_made_here(cases: dict[str, Any]) -> None:
    assert cases["failing_child"] == [f"{item}é" for item in range(6)]


def test_bytes_the_child_makes_come_back_as_they_were_utf8_or_not(cases: dict[str, Any]) -> None:
    assert cases["not_utf8"] == [
        "\\xff\x000:parent",
        "\\xff\x001:parent",
        "\\xff\x002:child",
        "\\xff\x003:child",
    ]


def test_a_reader_that_stops_early_ends_and_reaps_the_child(cases: dict[str, Any]) -> None:
    assert cases["reaped"] is True


def test_pieces_sent_whole_are_taken_without_waiting_for_the_child_to_end(cases: dict[str, Any]) -> None:
    # The parent waited for the child's end (a 10,000-footnote `extract`'s child frees its memory for tens of
    # milliseconds after its last piece) before it wrote a piece of the child's half.
    assert cases["sent_before_its_end"] == {"taken": ["a", "b"], "let_go": True, "reaped": True}


_LET_GO_AT_EXIT = """
import os, sys, time
from provenance.forking import _LENGTH, _Child
marker = sys.argv[1]
pieces_read, pieces_write = os.pipe()
pid = os.fork()
if pid == 0:  # sends its pieces, closes its pipe, then takes a while to end (as a large child frees memory)
    os.close(pieces_read)
    os.write(pieces_write, _LENGTH.pack(1) + b"a")
    os.close(pieces_write)
    time.sleep(0.5)
    open(marker, "w").close()
    os._exit(0)
os.close(pieces_write)
child = _Child(pid, pieces_read)
assert [bytes(piece) for piece in child.result(1)] == [b"a"]
child.stop()  # let go, still ending
"""


def test_a_child_let_go_while_ending_is_waited_for_as_the_process_ends(tmp_path: Path) -> None:
    # Let go unreaped, the child outlived `extract`: its CPU time went uncounted by whoever measured the run
    # (`time`, the benchmarks' RUSAGE_CHILDREN), and what `extract` cost looked smaller than it was.
    marker = tmp_path / "child-ended"
    subprocess.run(
        [sys.executable, "-c", _LET_GO_AT_EXIT, str(marker)],
        cwd=REPO_ROOT,
        env=provenance_env(),
        stdout=subprocess.DEVNULL,  # only the parent's end is waited for, not the pipes its child holds
        stderr=subprocess.DEVNULL,
        timeout=60,
        check=True,
    )
    assert marker.exists()
