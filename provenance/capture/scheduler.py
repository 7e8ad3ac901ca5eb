"""Run many captures at once, within a global limit and a limit per host name."""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from provenance.capture.cancel import Cancelled
from provenance.capture.capture import capture_url
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.capture.pinning import require_pinning_hook
from provenance.capture.uri import host_key
from provenance.models import CaptureOutcome
from provenance.warc.parts import remove_stale_parts

log = logging.getLogger("provenance.capture")

_CANCEL_GRACE = 2.0  # seconds the captures get to clean up after Ctrl-C

# How one request is captured: `capture_url` (plain HTTP), or a browser's capture of the page.
CaptureFunction = Callable[[CaptureRequest, Path, NetworkOptions, WarcInfo], CaptureOutcome]


def _host_key(url: str) -> str:
    """The host a per-host limit counts: `bücher.example` and `xn--bcher-kva.example` are one."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host_key(host) or host


def capture_all(
    requests: Sequence[CaptureRequest],
    archive_dir: Path,
    options: NetworkOptions,
    info: WarcInfo,
    jobs: int = 16,
    per_host: int = 4,
    on_done: Callable[[CaptureRequest, CaptureOutcome], None] | None = None,
    capture: CaptureFunction = capture_url,
) -> list[CaptureOutcome]:
    """Capture every request; outcomes in the order of `requests`.

    `on_done`, if given, is called once per capture as it finishes (from that capture's thread, one call at
    a time), so a caller can show progress.

    At most `jobs` captures run at once and at most `per_host` to one host name. A capture waits for a free
    slot without holding one, so a busy host never keeps other hosts waiting.
    """
    require_pinning_hook()  # before any capture starts: one clear stop rather than one per thread
    _remove_stale_parts(archive_dir)
    jobs, per_host = max(1, jobs), max(1, per_host)
    outcomes: list[CaptureOutcome | None] = [None] * len(requests)
    waiting = list(range(len(requests)))
    running: Counter[str] = Counter()
    changed = threading.Condition()
    reporting = threading.Lock()
    crashes: list[BaseException] = []

    def run(index: int, host: str) -> None:
        try:
            outcome = capture(requests[index], archive_dir, options, info)
            outcomes[index] = outcome
            if on_done is not None:
                with reporting:
                    on_done(requests[index], outcome)
        except Cancelled:
            pass  # the caller's thread is raising KeyboardInterrupt; the capture removed its partial file
        except BaseException as crash:  # a bug: re-raised in the caller's thread below
            crashes.append(crash)
        finally:
            with changed:
                running[host] -= 1
                changed.notify_all()

    def next_startable() -> int | None:
        if running.total() >= jobs:
            return None
        return next((i for i in waiting if running[_host_key(requests[i].url)] < per_host), None)

    try:
        with changed:
            while waiting:
                index = next_startable()
                if index is None:
                    changed.wait()
                    continue
                waiting.remove(index)
                host = _host_key(requests[index].url)
                running[host] += 1
                # Daemon threads: a capture that does not stop at a cancel cannot keep the process alive.
                worker = threading.Thread(target=run, args=(index, host), name=f"capture {host}", daemon=True)
                worker.start()
            changed.wait_for(lambda: running.total() == 0)
    except KeyboardInterrupt:
        _cancel(options, changed, lambda: running.total() == 0)
        raise
    if crashes:
        raise crashes[0]
    return [outcome for outcome in outcomes if outcome is not None]


def _cancel(options: NetworkOptions, changed: threading.Condition, all_done: Callable[[], bool]) -> None:
    """Ctrl-C: cut every connection and wake every wait, then give the captures a moment to remove their
    partial files (each checks for the cancel between steps, so this takes well under a second).

    The wait is on the captures' own count, not `Thread.join`: a join that Ctrl-C interrupted can report a
    running thread as finished (CPython 3.11)."""
    options.cancellation.cancel()
    with changed:
        changed.wait_for(all_done, _CANCEL_GRACE)


def _remove_stale_parts(archive_dir: Path) -> None:
    """Partial WARC files that a killed run left (no process holds their lock any more) are removed, and
    each is named in a warning. Only files from before this run (whose ledger lock is already held)."""
    removed = remove_stale_parts(archive_dir, older_than=time.time())
    for path in removed:
        log.warning("removed %s, a partial WARC file left by an interrupted run", path)
