"""Run many captures at once, within a global limit and a limit per host name."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from provenance.capture.capture import capture_url
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.capture.pinning import require_pinning_hook
from provenance.models import CaptureOutcome

# How one request is captured: `capture_url` (plain HTTP), or a browser's capture of the page.
CaptureFunction = Callable[[CaptureRequest, Path, NetworkOptions, WarcInfo], CaptureOutcome]


def _host_key(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""


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
    jobs, per_host = max(1, jobs), max(1, per_host)
    outcomes: list[CaptureOutcome | None] = [None] * len(requests)
    waiting = list(range(len(requests)))
    running: Counter[str] = Counter()
    changed = threading.Condition()
    reporting = threading.Lock()
    workers: list[threading.Thread] = []
    crashes: list[BaseException] = []

    def run(index: int, host: str) -> None:
        try:
            outcome = capture(requests[index], archive_dir, options, info)
            outcomes[index] = outcome
            if on_done is not None:
                with reporting:
                    on_done(requests[index], outcome)
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

    with changed:
        while waiting:
            index = next_startable()
            if index is None:
                changed.wait()
                continue
            waiting.remove(index)
            host = _host_key(requests[index].url)
            running[host] += 1
            worker = threading.Thread(target=run, args=(index, host), name=f"capture {host}")
            workers.append(worker)
            worker.start()
    for worker in workers:
        worker.join()
    if crashes:
        raise crashes[0]
    return [outcome for outcome in outcomes if outcome is not None]
