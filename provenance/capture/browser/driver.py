"""One Playwright driver for the whole run, on its own thread and event loop, shared by every capture.

Capture threads hand it a page to render and wait for the result. Starting Playwright's driver costs about
half a second; starting it once instead of once per footnote keeps a browser run's overhead to Chromium's
own start. Each page still gets its own Chromium process and profile (see `page`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

from playwright.async_api import Playwright, async_playwright

from provenance.capture.cancel import Cancellation, Cancelled

Result = TypeVar("Result")


class DriverStopped(RuntimeError):
    """The driver was closed, or its thread died, before the work could run."""


_CLEANUP_GRACE = 10.0  # seconds for cancelled pages to close their Chromium before Playwright stops


class PlaywrightDriver:
    """A started Playwright on a private event loop; `run` executes a coroutine there from any thread."""

    def __init__(self, start_timeout: float = 60.0) -> None:
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._playwright: Playwright | None = None
        self._stop: asyncio.Event | None = None
        self._work: set[asyncio.Task[Any]] = set()  # pages in progress (never Playwright's own tasks)
        self._thread = threading.Thread(target=self._serve, name="playwright driver", daemon=True)
        self._thread.start()
        if not self._ready.wait(start_timeout):
            raise DriverStopped(f"Playwright did not start within {start_timeout:g}s")
        if self._failure is not None:
            raise DriverStopped(f"Playwright did not start: {self._failure}") from self._failure

    @property
    def playwright(self) -> Playwright:
        if self._playwright is None:
            raise DriverStopped("Playwright is not running")
        return self._playwright

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._main())
        finally:
            self._loop.close()

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        try:
            async with async_playwright() as playwright:
                self._playwright = playwright
                self._ready.set()
                await self._stop.wait()
                await self._finish_work()
        except BaseException as error:  # reported to the starting thread, which raises it
            self._failure = error
        finally:
            self._playwright = None
            self._ready.set()

    async def _tracked(self, work: Coroutine[Any, Any, Result], timeout: float) -> Result:
        task = asyncio.current_task()
        assert task is not None  # always inside the task run_coroutine_threadsafe made
        self._work.add(task)
        try:
            return await asyncio.wait_for(work, timeout)
        finally:
            self._work.discard(task)

    async def _finish_work(self) -> None:
        """Cancel the pages still in progress (a cancelled run's) and let each close its Chromium first.

        Only this driver's work: Playwright's own tasks (the one reading the driver's pipe, say) must run on,
        or no page could hear that its Chromium closed. A page already cancelled is left to finish: a second
        cancel would cut its cleanup short."""
        outstanding = list(self._work)
        for task in outstanding:
            if not task.cancelling():
                task.cancel()
        if outstanding:
            await asyncio.wait(outstanding, timeout=_CLEANUP_GRACE)

    def run(self, work: Coroutine[Any, Any, Result], timeout: float, cancellation: Cancellation) -> Result:
        """Run `work` on the driver's loop within `timeout` (TimeoutError after it) and until `cancellation`
        (Cancelled): either way the work is cancelled, so its own cleanup (closing Chromium) runs."""
        if not self._thread.is_alive():
            work.close()
            raise DriverStopped("Playwright is not running")
        future = asyncio.run_coroutine_threadsafe(self._tracked(work, timeout), self._loop)

        def cancel_work() -> None:
            future.cancel()

        token = cancellation.on_cancel(cancel_work)
        try:
            # wait_for cancels the work at `timeout` and waits for its cleanup; the margin covers that.
            return future.result(timeout + 30)
        except concurrent.futures.CancelledError:
            raise Cancelled from None
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise TimeoutError(f"the browser did not finish within {timeout:g}s") from None
        finally:
            cancellation.forget(token)

    def close(self) -> None:
        if self._stop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(30)

    def __enter__(self) -> PlaywrightDriver:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
