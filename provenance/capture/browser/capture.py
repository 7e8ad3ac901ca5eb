"""Capture one footnote's page in Chromium: every request through the recording proxy into the footnote's
WARC, then the screenshot, the rendered DOM and a PDF as resource records linked to the page's response."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import subprocess
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag

from provenance.capture.browser.chromium import find_chromium
from provenance.capture.browser.driver import DriverStopped, PlaywrightDriver
from provenance.capture.browser.navigation import address_changed_by_script, document_trail
from provenance.capture.browser.page import DOM_STEP, Artifact, PageSettings, Rendering, render_page
from provenance.capture.browser.png import with_capture_text
from provenance.capture.browser.recording_proxy import (
    BrowserRequest,
    ProxyEndpoint,
    ProxyLimits,
    recording_proxy,
)
from provenance.capture.capture import CaptureExtras, follow_sides, in_new_warc, publish_capture
from provenance.capture.exchange import Exchange, utc_text
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo, tool_user_agent
from provenance.capture.session import Budget, open_session
from provenance.capture.uri import same_resource
from provenance.models import Attachment, AttachmentKind, BrowserCapture, CaptureOutcome, RefusedRequest
from provenance.warc.attachments import attachment_uri, is_web_page
from provenance.warc.writer import WarcFile

_CONTENT_TYPES: dict[AttachmentKind, str] = {
    "dom": "text/html; charset=utf-8",
    "shown": "text/html; charset=utf-8",
    "screenshot": "image/png",
    "pdf": "application/pdf",
}
_REFUSED_IN_LEDGER = 100
_VERSION = re.compile(r"\b(\d+)\.\d+\.\d+\.\d+\b")


@functools.lru_cache(maxsize=4)
def chromium_major_version(chromium: Path) -> str | None:
    try:
        answer = subprocess.run(
            [str(chromium), "--version"], capture_output=True, text=True, timeout=15, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    found = _VERSION.search(answer.stdout)
    return found[1] if found else None


def browser_user_agent(chromium: Path, contact: str | None = None) -> str:
    """Chromium's own desktop user agent (sites serve it their real page) naming this tool at the end."""
    tool = tool_user_agent(contact)
    major = chromium_major_version(chromium)
    if major is None:
        return tool
    return (
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{major}.0.0.0 Safari/537.36 {tool}"
    )


class BrowserCapturer:
    """Captures pages in Chromium for one run: `with BrowserCapturer() as browser: browser.capture(...)`.

    `capture` has the signature of `capture_url`, so `capture_all` can schedule either. At most
    `max_browsers` Chromium processes run at once, whatever the number of capture threads.
    """

    def __init__(
        self, chromium: Path | None = None, max_browsers: int = 4, limits: ProxyLimits | None = None
    ) -> None:
        self.chromium = chromium or find_chromium()
        self.limits = limits or ProxyLimits()
        self._slots = threading.BoundedSemaphore(max(1, max_browsers))
        # Started with the first page, so a run with nothing to capture starts no Playwright at all.
        self._driver: PlaywrightDriver | None = None
        self._driver_lock = threading.Lock()

    def _started_driver(self) -> PlaywrightDriver:
        with self._driver_lock:
            if self._driver is None:
                self._driver = PlaywrightDriver()
            return self._driver

    def close(self) -> None:
        with self._driver_lock:
            if self._driver is not None:
                self._driver.close()

    def __enter__(self) -> BrowserCapturer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def page_settings(self, options: NetworkOptions) -> PageSettings:
        user_agent = options.user_agent
        if user_agent == tool_user_agent(options.contact):
            user_agent = browser_user_agent(self.chromium, options.contact)
        return PageSettings.for_timeout(self.chromium, user_agent, options.timeout, options.max_bytes)

    def _render(
        self, url: str, settings: PageSettings, proxy: ProxyEndpoint, budget: Budget, options: NetworkOptions
    ) -> Rendering:
        try:
            driver = self._started_driver()
            work = render_page(driver.playwright, url, settings, proxy)
            return driver.run(work, budget.cap(settings.budget), options.cancellation)
        except TimeoutError as error:
            if budget.left() <= 0:
                return Rendering(requested_url=url, error=str(budget.used_up("rendering the page")))
            return Rendering(requested_url=url, error=f"timeout: {error}")
        except DriverStopped as error:
            return Rendering(requested_url=url, error=f"browser: {error}")

    def capture(
        self, request: CaptureRequest, archive_dir: Path, options: NetworkOptions, info: WarcInfo
    ) -> CaptureOutcome:
        """Capture `request.url` in Chromium (its side URLs and follow-ups over plain HTTP) into a new WARC
        file, all within `options.footnote_timeout`.

        As `capture_url`: failures come back as `CaptureOutcome.error`; when nothing went to the network, no
        file is left behind and `capture` is None; a cancelled run raises `Cancelled` and leaves no file.
        """
        with self._slots:
            options.cancellation.check()
            return in_new_warc(
                request,
                archive_dir,
                lambda warc, started: self._capture_into(warc, request, options, info, started),
                options.warc_syncs,
            )

    def _capture_into(
        self,
        warc: WarcFile,
        request: CaptureRequest,
        options: NetworkOptions,
        info: WarcInfo,
        started: dt.datetime,
    ) -> CaptureOutcome:
        warc.write_warcinfo(info, started)
        budget = Budget.starting_now(options.footnote_timeout)
        settings = self.page_settings(options)
        with recording_proxy(warc, options, budget, self.limits) as proxy:
            rendering = self._render(request.url, settings, proxy.endpoint, budget, options)
        options.cancellation.check()
        if proxy.log.archive_error is not None:
            raise proxy.log.archive_error
        entries = proxy.log.snapshot()
        main = document_trail(request.url, rendering.navigation, entries, rendering.error)
        session = open_session(options)
        session.budget = budget
        try:
            sides = follow_sides(session, request, warc, main)
        finally:
            session.close()
        if not main.attempted and not any(side.attempted for side in sides):
            return CaptureOutcome(url=request.url, error=main.error)
        page = main.last_answer
        shown = _keep_what_was_shown(warc, page, rendering, entries) if page is not None else ShownPage()
        in_trail = {id(hop) for hop in main.hops}
        page_bytes = sum(
            entry.exchange.body_bytes
            for entry in entries
            if entry.exchange is not None and id(entry.exchange) not in in_trail
        )
        extras = CaptureExtras(
            metadata={"browser": _browser_metadata(settings, rendering, entries)},
            body_bytes=page_bytes,
            attachments=shown.attachments,
            browser=_browser_summary(settings, rendering, entries, shown),
        )
        return publish_capture(warc, request, main, sides, started, extras)


@dataclass(frozen=True)
class ShownPage:
    """What a capture keeps of the page the browser ended on."""

    attachments: tuple[Attachment, ...] = ()
    went_on_to: str | None = None  # the document it went on to by itself, when not its own
    unrendered: str | None = None  # why no rendered DOM of it was kept, when none was


def _keep_what_was_shown(
    warc: WarcFile, page: Exchange, rendering: Rendering, entries: list[BrowserRequest]
) -> ShownPage:
    """Write the attachments of the document the browser ended on, linked to its response (the content
    checks then read it, as rendered): the page's own, unless the page went on to another document by itself
    (a script or a refresh), which is then said in the notes. When that other document was not fetched
    (refused by the network policy, or failed), what the browser shows is the proxy's own answer, which is no
    rendering of the source: nothing is attached."""
    later = _went_on_to(page, rendering, entries)
    if later is None:
        renamed = address_changed_by_script(page.url, rendering.final_url)
        if renamed is not None:
            rendering.notes.append(renamed)
        attachments = _write_attachments(warc, rendering, page.url, page.response_record_id)
        return ShownPage(attachments, unrendered=_why_unrendered(rendering, page, attachments))
    if later.exchange is None:
        not_fetched = f"the page went on by itself to {later.url}, not fetched: {later.error}"
        rendering.notes.append(f"{not_fetched}; no screenshot, DOM or PDF of the proxy's answer is kept")
        return ShownPage(went_on_to=later.url, unrendered=not_fetched)
    rendering.notes.append(f"the page went on by itself to {later.url}; the attachments show that page")
    shown = later.exchange
    attachments = _write_attachments(warc, rendering, shown.url, shown.response_record_id)
    return ShownPage(attachments, later.url, _why_unrendered(rendering, shown, attachments))


def _went_on_to(page: Exchange, rendering: Rendering, entries: list[BrowserRequest]) -> BrowserRequest | None:
    """The request for the document the page went on to by itself, the last made for the URL it ended on
    (as a document, when the browser said so; else by GET; else by any method: a form a script submits goes
    on by POST); None when it ended on its own document (a URL changed by `history.pushState` requests no new
    one)."""
    final = urldefrag(rendering.final_url or page.url).url
    if same_resource(final, urldefrag(page.url).url):
        return None
    for_final = [entry for entry in entries if same_resource(entry.url, final)]
    documents = [entry for entry in for_final if entry.destination == "document"]
    by_get = [entry for entry in for_final if entry.method == "GET"]
    chosen = documents or by_get or for_final
    return chosen[-1] if chosen else None


def _why_unrendered(rendering: Rendering, shown: Exchange, attachments: tuple[Attachment, ...]) -> str | None:
    """Why no rendered DOM of the web page `shown` was kept (None when one was, or when `shown` is another
    kind of document, read from its bytes in any case). The content checks then read the bytes as received,
    which the page's scripts may have changed before any reader saw them: the `captured` check says so, and
    the footnote is never verified on a page nobody saw rendered."""
    content_type = next((value for name, value in shown.headers if name.lower() == "content-type"), None)
    if not is_web_page(content_type) or any(attachment.kind == "dom" for attachment in attachments):
        return None
    said = next((note for note in rendering.notes if note.startswith(f"{DOM_STEP}:")), None)
    return said or rendering.error or "no rendered DOM was made"


def _attachment(
    warc: WarcFile, kind: AttachmentKind, artifact: Artifact, page_url: str, page_record: str
) -> Attachment:
    uri = attachment_uri(kind, page_url)
    record_id = warc.write_resource(
        uri, artifact.made_at, artifact.data, _CONTENT_TYPES[kind], concurrent_to=page_record
    )
    return Attachment(
        kind=kind,
        record_id=record_id,
        uri=uri,
        content_type=_CONTENT_TYPES[kind],
        sha256=hashlib.sha256(artifact.data).hexdigest(),
        bytes=len(artifact.data),
        made_at=utc_text(artifact.made_at),
    )


def _write_attachments(
    warc: WarcFile, rendering: Rendering, page_url: str, page_record: str
) -> tuple[Attachment, ...]:
    made: list[tuple[AttachmentKind, Artifact | None]] = [
        ("screenshot", rendering.screenshot),
        ("dom", rendering.dom),
        ("shown", rendering.shown),
        ("pdf", rendering.pdf),
    ]
    attachments = []
    for kind, artifact in made:
        if artifact is None:
            continue
        if kind == "screenshot":
            artifact = replace(artifact, data=with_capture_text(artifact.data, artifact.made_at, page_url))
        attachments.append(_attachment(warc, kind, artifact, page_url, page_record))
    return tuple(attachments)


def _refused(entries: list[BrowserRequest]) -> list[RefusedRequest]:
    return [
        RefusedRequest(method=entry.method, url=entry.url, error=entry.error)
        for entry in entries
        if entry.error is not None
    ]


def _browser_summary(
    settings: PageSettings,
    rendering: Rendering,
    entries: list[BrowserRequest],
    shown: ShownPage,
) -> BrowserCapture:
    refused = _refused(entries)
    return BrowserCapture(
        chromium=rendering.chromium_version,
        user_agent=settings.user_agent,
        viewport=f"{settings.viewport_width}x{settings.viewport_height}",
        requests=len(entries),
        refused=tuple(refused[:_REFUSED_IN_LEDGER]),
        refused_count=len(refused),
        notes=tuple(rendering.notes),
        went_on_to=shown.went_on_to,
        unrendered=shown.unrendered,
    )


def _browser_metadata(
    settings: PageSettings, rendering: Rendering, entries: list[BrowserRequest]
) -> dict[str, Any]:
    return {
        "chromium": rendering.chromium_version,
        "user_agent": settings.user_agent,
        "viewport": {"width": settings.viewport_width, "height": settings.viewport_height},
        "navigation": rendering.navigation,
        "final_url": rendering.final_url,
        # The DOM is taken no sooner than this after the load, and its text watched until the next: a change
        # later than that is not seen.
        "dom_read_after": settings.read_after,
        "text_watched_until": rendering.watched_until,
        # Elements of the DOM the browser did not render, marked `hidden` in the `shown` record.
        "hidden_elements": rendering.hidden_elements,
        "page_error": rendering.error,
        "notes": rendering.notes,
        "requests": [entry.record() for entry in entries],
    }
