"""The cases of tests/test_forking.py, run in a fresh process: `map_in_two_processes` forks only a process
with one thread, and a test run has others by then (servers, browsers). Prints each case's result as JSON.

    python -m tests.support.forking_cases
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable

from provenance.forking import _ENDING, _LENGTH, _Child, can_fork, map_in_two_processes, reap_ended

PARENT = os.getpid()


def _made_where(item: int) -> bytes:
    return f"{item}:{'parent' if os.getpid() == PARENT else 'child'}".encode()


def _fails_in_the_child(item: int) -> bytes:
    if os.getpid() != PARENT:
        raise RuntimeError("the child's make fails")
    return f"{item}é".encode()


def _not_utf8(item: int) -> bytes:
    return b"\xff\x00" + _made_where(item)  # bytes no text decodes: they are passed on as they are


def _child_reaped_when_the_reader_stops() -> bool:
    # The child tells its pid through a pipe as it makes its first piece; the parent's first piece waits
    # for it, so the child is known to be running when the parent stops reading.
    read_end, write_end = os.pipe()

    def make(item: int) -> bytes:
        if os.getpid() != PARENT and item == 50:
            os.write(write_end, str(os.getpid()).encode())
        elif item == 0:
            return os.read(read_end, 32)
        return str(item).encode()

    pieces = map_in_two_processes(make, range(100), min_items=2)
    child = int(next(pieces))
    pieces.close()
    try:
        os.waitpid(child, os.WNOHANG)
    except ChildProcessError:
        return True  # ended and reaped: no zombie left behind
    return False


def _pieces_taken_before_the_child_ends() -> dict[str, object]:
    """What the parent takes from a child that has sent its pieces whole and closed its pipe but has not
    ended (as a large child has not while its memory is freed): taken at once, not after the child's end;
    the child let go to end on its own, and reaped at the next fork once it has. Waited for, the child here
    never ends (it waits for the parent): the case ran until the test's timeout."""
    hold_read, hold_write = os.pipe()
    pieces_read, pieces_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: sends two pieces, closes its pipe, and ends only when the parent lets it
        os.close(hold_write)
        os.close(pieces_read)
        os.write(pieces_write, b"".join(_LENGTH.pack(len(piece)) + piece for piece in (b"a", b"b")))
        os.close(pieces_write)
        os.read(hold_read, 1)
        os._exit(0)
    os.close(hold_read)
    os.close(pieces_write)
    child = _Child(pid, pieces_read)
    try:
        made = child.result(2)
        taken = [piece.decode() for piece in made] if made is not None else None
    finally:
        child.stop()  # the child has not ended: let go
        os.close(hold_write)  # the child may end now
    let_go = pid in _ENDING
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)  # until it has ended, left unreaped
    reap_ended()  # as the next fork does
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return {"taken": taken, "let_go": let_go, "reaped": True}
    return {"taken": taken, "let_go": let_go, "reaped": False}


def _warmed_up() -> dict[str, list[str]]:
    """Each piece with how often the warm-up had run where it was made, and whether only in the parent: once
    in both processes where a child is forked (called before the fork), not again where none is."""
    calls: list[int] = []

    def warm_up() -> None:
        calls.append(os.getpid())

    def make(item: int) -> bytes:
        return _made_where(item) + f":{len(calls)}:{calls == [PARENT]}".encode()

    forked = map_in_two_processes(make, range(6), min_items=2, warm_up=warm_up)
    halves = [piece.decode() for piece in forked]
    few = [piece.decode() for piece in map_in_two_processes(make, range(3), min_items=4, warm_up=warm_up)]
    return {"halves": halves, "few": few}


def main() -> None:
    def made(make: Callable[[int], bytes], count: int, min_items: int = 2) -> list[str]:
        # Each piece's bytes as text, those no UTF-8 decodes as `\\xff` (the JSON printed is text).
        pieces = map_in_two_processes(make, range(count), min_items=min_items)
        return [piece.decode("utf-8", "backslashreplace") for piece in pieces]

    print(
        json.dumps(
            {
                "can_fork": can_fork(),
                "halves": made(_made_where, 10),
                "few": made(_made_where, 3, min_items=4),
                "failing_child": made(_fails_in_the_child, 6),
                "not_utf8": made(_not_utf8, 4),
                "reaped": _child_reaped_when_the_reader_stops(),
                "sent_before_its_end": _pieces_taken_before_the_child_ends(),
                "warmed_up": _warmed_up(),
            }
        )
    )


if __name__ == "__main__":
    main()
