"""Progress while `check` captures: a live bar with an N/M counter on a terminal, one line per finished
footnote in a log or a pipe, nothing with `-q`. Drawn on stderr, so stdout keeps only the results; a link
or a report's name with control characters is shown with them escaped."""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from provenance.escaping import disarm_workflow_commands
from provenance.escaping import escape_unprintable as shown

# Loaded where used: a check builds its progress before its first request, and without a terminal (a log, a
# pipe, CI) it draws no bar, so rich (20 ms of imports) is not needed; the run's models come later too.
if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from provenance.capture.options import CaptureRequest
    from provenance.models import CaptureOutcome


def outcome_text(outcome: CaptureOutcome) -> str:
    """What happened to one capture, in a few words: a blocked redirect or a cut body says so."""
    capture = outcome.capture
    if outcome.blocked:
        return outcome.error or "blocked"
    if capture is None:
        return outcome.error or "nothing was fetched"
    answer = f"HTTP {capture.http_status}" if capture.http_status is not None else "no HTTP answer"
    if capture.truncated:
        return f"{answer}, body cut ({capture.truncation or 'short'}): not the whole page"
    if outcome.error and outcome.error != f"http {capture.http_status}":  # a 4xx/5xx names itself already
        return f"{answer}, {outcome.error}"
    return answer


class CheckProgress:
    """Receives the pipeline's progress events; draws them as the stream allows."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._live = self._stream.isatty()
        self._lock = threading.Lock()
        self._done = 0
        self._total = 0
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> CheckProgress:
        if self._live:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("{task.description}", markup=False),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("captured"),
                TimeElapsedColumn(),
                console=Console(file=self._stream),
                transient=True,
            )
            self._bar.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def start_report(self, report: str, captures: int) -> None:
        """A report's captures begin: `captures` of them."""
        with self._lock:
            self._done, self._total = 0, captures
            if self._bar is not None:
                if self._task is not None:
                    self._bar.remove_task(self._task)
                self._task = self._bar.add_task(shown(report), total=captures)

    def finished(self, request: CaptureRequest, outcome: CaptureOutcome) -> None:
        """One capture is done (called from the capture's own thread)."""
        with self._lock:
            self._done += 1
            if self._bar is not None and self._task is not None:
                self._bar.advance(self._task)
                return
            label = f"[{request.label}] " if request.label else ""
            said = shown(f"  {self._done}/{self._total} {label}{outcome_text(outcome)}  {request.url}")
            line = disarm_workflow_commands(said) + "\n"  # a page's words may be in it (its problem)
            self._stream.write(line)
            self._stream.flush()
