"""Settings of the whole test session that keep a slow or loaded machine from failing a test."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=2)
@given(st.integers())
def test_a_property_example_slower_than_hypothesis_default_deadline_is_no_failure(number: int) -> None:
    # As one example is when a full collection of the session's heap or another process takes the core:
    # longer than hypothesis's default 200 ms (and its 25% grace), which failed the test it landed in.
    time.sleep(0.3)


def test_the_processes_the_tests_start_can_be_stopped_by_ctrl_c_even_from_a_background_session() -> None:
    # A session started in the background (`pytest &` in a script) inherits Ctrl-C ignored; the processes
    # its tests start, and then send Ctrl-C, must not (every Ctrl-C test failed after its time limit).
    seen = subprocess.run(
        [sys.executable, "-c", "import signal; print(signal.getsignal(signal.SIGINT) is signal.SIG_IGN)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert seen.stdout.strip() == "False"
    assert signal.getsignal(signal.SIGINT) is not signal.SIG_IGN
