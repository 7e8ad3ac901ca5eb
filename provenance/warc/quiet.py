"""What warcio prints while one thread reads a WARC, kept from every other thread's output.

warcio reports framing damage only as text written to `sys.stderr`. `contextlib.redirect_stderr` swaps that
stream for the whole process: while one capture thread reads a WARC, the warnings and errors other threads
print vanish into its buffer, and two threads that swap and restore out of order leave `sys.stderr` pointing
at a buffer for good. Here the swap is made once, to a stream that sends each thread's writes to that
thread's own buffer when it has one, and everything else to the stream that was there.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator
from typing import Any, TextIO

_lock = threading.Lock()
_local = threading.local()


class _PerThreadStderr:
    def __init__(self, underlying: TextIO) -> None:
        self.underlying = underlying
        self.readers = 0  # threads inside `thread_stderr`

    def write(self, text: str) -> int:
        sink: TextIO | None = getattr(_local, "sink", None)
        return (sink or self.underlying).write(text)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding...: the real stream's
        return getattr(self.underlying, name)


_installed: _PerThreadStderr | None = None


@contextlib.contextmanager
def thread_stderr(sink: TextIO) -> Iterator[None]:
    """While the block runs, what this thread writes to `sys.stderr` goes to `sink`; other threads' output
    goes where it went before."""
    global _installed
    with _lock:
        if _installed is None or sys.stderr is not _installed:
            _installed = _PerThreadStderr(sys.stderr)
            sys.stderr = _installed
        proxy = _installed
        proxy.readers += 1
    _local.sink = sink
    try:
        yield
    finally:
        _local.sink = None
        with _lock:
            proxy.readers -= 1
            if proxy.readers == 0 and sys.stderr is proxy:
                sys.stderr = proxy.underlying
                _installed = None
