"""warcio's stderr chatter is kept per reading thread: other threads' warnings still reach the real stream,
and threads that finish out of order leave sys.stderr as it was (never stuck on a buffer)."""

from __future__ import annotations

import io
import sys
import threading

import pytest

from provenance.warc.quiet import thread_stderr


def test_threads_leaving_out_of_order_restore_stderr_and_keep_each_others_output_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = io.StringIO()
    monkeypatch.setattr(sys, "stderr", real)
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    sinks = {"first": io.StringIO(), "second": io.StringIO()}

    def first() -> None:
        with thread_stderr(sinks["first"]):
            first_in.set()
            second_in.wait(10)
            sys.stderr.write("warcio: first\n")
        first_out.set()

    def second() -> None:
        first_in.wait(10)
        with thread_stderr(sinks["second"]):
            second_in.set()
            first_out.wait(10)  # the first thread leaves while this one is still inside
            sys.stderr.write("warcio: second\n")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    second_in.wait(10)
    sys.stderr.write("provenance: warning: while both read\n")
    for thread in threads:
        thread.join(10)

    assert sys.stderr is real, "never left pointing at a buffer"
    assert sinks["first"].getvalue() == "warcio: first\n"
    assert sinks["second"].getvalue() == "warcio: second\n"
    assert "provenance: warning: while both read\n" in real.getvalue()
    assert "warcio" not in real.getvalue()
