"""Work shared with a forked child: the same pieces in the same order, whatever the child does."""

from __future__ import annotations

import os

import pytest

from provenance.forking import can_fork, map_in_two_processes

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs fork, two cores and a single-threaded process")

PARENT = os.getpid()


def _made_where(item: int) -> str:
    return f"{item}:{'parent' if os.getpid() == PARENT else 'child'}"


def test_the_second_half_is_made_by_the_child_and_comes_back_in_order() -> None:
    made = list(map_in_two_processes(_made_where, range(10), min_items=2))

    assert made == [f"{item}:{'parent' if item < 5 else 'child'}" for item in range(10)]


def test_few_items_are_all_made_here() -> None:
    assert list(map_in_two_processes(_made_where, range(3), min_items=4)) == [f"{i}:parent" for i in range(3)]


def _fails_in_the_child(item: int) -> str:
    if os.getpid() != PARENT:
        raise RuntimeError("the child's make fails")
    return f"{item}\ud800é"  # a lone surrogate: text the standard library writes and orjson refuses


def test_a_child_that_fails_leaves_its_half_to_be_made_here() -> None:
    made = list(map_in_two_processes(_fails_in_the_child, range(6), min_items=2))

    assert made == [f"{item}\ud800é" for item in range(6)]


def test_a_lone_surrogate_made_by_the_child_comes_back_as_it_was() -> None:
    made = list(map_in_two_processes(lambda item: f"{item}\ud800{_made_where(item)}", range(4), min_items=2))

    assert made == ["0\ud8000:parent", "1\ud8001:parent", "2\ud8002:child", "3\ud8003:child"]


def test_a_reader_that_stops_early_ends_and_reaps_the_child() -> None:
    # The child tells its pid through a pipe as it makes its first piece; the parent's first piece waits for
    # it, so the child is known to be running when the parent stops reading.
    read_end, write_end = os.pipe()

    def make(item: int) -> str:
        if os.getpid() != PARENT and item == 50:
            os.write(write_end, str(os.getpid()).encode())
        elif item == 0:
            return os.read(read_end, 32).decode()
        return str(item)

    pieces = map_in_two_processes(make, range(100), min_items=2)
    child = int(next(pieces))
    pieces.close()
    os.close(read_end)
    os.close(write_end)

    with pytest.raises(ChildProcessError):  # ended and reaped: not a zombie left behind
        os.waitpid(child, os.WNOHANG)
