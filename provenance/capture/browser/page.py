"""One page in a fresh Chromium: load it, let it settle, take its DOM, scroll it, then its screenshot and PDF.

The DOM is read as a reader saw the page, not at the first idle moment: no sooner than `read_after` seconds
after the load (a script that replaces the article with "This post was deleted" two seconds in was read as the
article), and only once the page shows its text: a body kept hidden (`visibility: hidden`, `opacity: 0`, until
a script reveals it) is waited for, within a step, and a page that never shows the text its DOM holds has no
DOM kept (the checks then say it was not read as rendered), since nobody read that text on it. Nor is one kept
of a page an overlay covers as first shown (a login or subscribe wall, a modal dialog, a frame, painted over
most of the text in view): the DOM holds the article underneath, which no reader could read; the screenshot
shows the overlay. A cookie banner or a header along an edge covers too little to count. The page's text is
then watched until `watch_until` seconds after the load (6 s): a DOM most of whose text is gone by then (an
article a script replaced with "This post was deleted" five seconds in) is not kept, since it is not what a
reader was left with, nor is one an overlay covers by then (a subscribe wall that comes up after a few
seconds); text only added (an embed, an ad, a live blog's entry) takes nothing from it. A change later than
that is not seen: the metadata record names both waits. The DOM is taken before the page is scrolled:
scrolling to the end of an article wakes up what infinite scroll adds below it, the next story, whose words
were read as the cited article's. The scrolling (lazy images) is for the screenshot and the PDF. A page that
goes on by itself to another document after its DOM was taken (a late refresh or script) keeps no DOM,
screenshot or PDF: the DOM is not what a reader was left with.

With the DOM, at the same moment, a copy of it is made that says what the browser did not render: each
element of the body with text whose computed `display` is `none`, or whose `visibility` hides it and all it
holds, gets `hidden` (see `_DOM_AND_SHOWN_SCRIPT`; `warc.attachments` for the `shown` record the checks then
read). The stylesheets that hid it may be the page's own files or rules of any selector, which no reader of
the markup alone can judge; the DOM itself is kept as it was.

A page's dialogs (`alert`, `confirm`, `prompt`, `beforeunload`) are dismissed as they come and its popups
load beside it, holding nothing up; its own `window.print()` does nothing (it left Chromium's print busy, and
the capture's PDF was not made).

Runs on the Playwright driver's event loop (see `driver`). Each page gets its own Chromium with a new, empty
profile folder that is deleted afterwards: no cookie, cache entry or storage outlives the capture.

Chromium's own traffic (component updates, sign-in checks; flags do not silence all of it) goes to a dead
end; only the page's browser context is given the recording proxy, so the footnote's WARC holds the page's
requests and nothing else.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from playwright.async_api import Browser, BrowserContext, FloatRect, Page, Playwright, Response
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout

from provenance.capture.browser.chromium import BASE_FLAGS, LOOPBACK_TOO, dead_end_port, network_flags
from provenance.capture.browser.messages import NOT_FETCHED_HEADER
from provenance.capture.browser.recording_proxy import ProxyEndpoint
from provenance.capture.uri import without_userinfo

# Scroll a screen at a time to the bottom (or `steps` screens), giving lazy content a frame and a moment to
# start loading at each stop, then go back to the top for the screenshot.
_SCROLL_SCRIPT = """async (steps) => {
  const settle = () => new Promise(done => requestAnimationFrame(() => setTimeout(done, 50)));
  for (let i = 0; i < steps; i++) {
    const before = window.scrollY;
    window.scrollBy(0, window.innerHeight);
    await settle();
    if (window.scrollY === before) break;
  }
  window.scrollTo(0, 0);
  await settle();
}"""


# Whether the page shows a reader its text: true when it has none to show (images only, say); false while its
# body holds text but shows none of it (hidden or fully transparent), which a reader then did not see.
_SHOWS_ITS_TEXT_SCRIPT = """() => {
  const body = document.body;
  if (!body) return true;
  const transparent = (element) => getComputedStyle(element).opacity === "0";
  if (!transparent(document.documentElement) && !transparent(body) && body.innerText.trim()) return true;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.data.trim() && !node.parentElement?.closest("script, style, noscript, template")) return false;
  }
  return true;
}"""
# What covers the page's text where a reader sees it: the element over it (a login or subscribe overlay,
# fixed, absolute or sticky; a modal dialog and its backdrop) that is on top, painted, of `share` or more of
# the text in view (by characters, each text node looked at in the middle of its first box in view), named;
# null when none is. Words in anything fixed in place (the overlay's own, a banner's) are not the page's.
# Only what paints counts (a box's background or image, a frame or an image, a dialog's backdrop): a
# transparent full-screen wrapper or stretched link hides nothing, a backdrop behind the text is not on top
# of it, and a cookie banner along the bottom covers too little of it. Bounded: at most `nodes` text nodes,
# each looked at once.
_COVERING_OVERLAY_SCRIPT = """([nodes, share]) => {
  // A frame or an image paints its own content whatever its box's background (a paywall served in an iframe).
  const replaced = new Set(["IFRAME", "IMG", "VIDEO", "CANVAS", "EMBED", "OBJECT", "SVG"]);
  const painted = (element, pseudo) => {
    if (!pseudo && replaced.has(element.tagName.toUpperCase())) return true;
    const style = getComputedStyle(element, pseudo);
    const channels = style.backgroundColor.match(/[0-9.]+/g) ?? [];
    const opaque = channels.length === 3 || (channels.length === 4 && Number(channels[3]) > 0);
    return opaque || style.backgroundImage !== "none" || (style.backdropFilter ?? "none") !== "none";
  };
  // What is painted over a text at (x, y) where `hit`, on top there, is not the text's own: the outermost
  // element from `hit` up that does not hold the text (the overlay, fixed, absolute or sticky), when one of
  // them paints and none is fully transparent; else null.
  const covering = (hit, parent, x, y) => {
    const holders = new Set();
    for (let e = parent; e; e = e.parentElement) holders.add(e);
    const chain = [];
    for (let e = hit; e && !holders.has(e); e = e.parentElement) chain.push(e);
    if (!chain.length || chain.some((link) => getComputedStyle(link).opacity === "0")) return null;
    const root = chain[chain.length - 1];
    if (root.tagName === "DIALOG" && hit === root) {
      const box = root.getBoundingClientRect();
      const inside = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      return painted(root, inside ? undefined : "::backdrop") ? root : null;
    }
    return chain.some((link) => painted(link)) ? root : null;
  };
  // Whether an element is in one fixed in place (an overlay, a banner): its words are not the page's. Each
  // element is looked at once (a loop, not recursion: a page may nest its elements as deep as it likes).
  const fixedAround = new Map();
  const inFixed = (element) => {
    const path = [];
    let e = element;
    let fixed = false;
    for (; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
      if (fixedAround.has(e)) {
        fixed = fixedAround.get(e);
        break;
      }
      path.push(e);
      if (getComputedStyle(e).position === "fixed") {
        fixed = true;
        break;
      }
    }
    for (const link of path) fixedAround.set(link, fixed);
    return fixed;
  };
  const inView = (box) =>
    box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 &&
    box.top < window.innerHeight && box.left < window.innerWidth;
  const counts = new Map();
  let inSight = 0;  // characters of the page's text in view, covered or not
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let looked = 0;
  for (let node = walker.nextNode(); node && looked < nodes; node = walker.nextNode()) {
    const text = node.data.trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest("script, style, noscript, template") || inFixed(parent)) continue;
    looked += 1;
    range.selectNodeContents(node);
    const box = [...range.getClientRects()].find(inView);
    if (!box) continue;
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (!hit) continue;
    if (parent.contains(hit) || hit.contains(parent)) {
      inSight += text.length;
      continue;
    }
    const root = covering(hit, parent, x, y);
    if (!root) continue;  // hidden some other way
    inSight += text.length;
    counts.set(root, (counts.get(root) ?? 0) + text.length);
  }
  for (const [root, count] of counts) {
    if (count >= share * inSight) {
      const id = root.id ? "#" + root.id : "";
      const classes = [...root.classList].map((name) => "." + name).join("");
      const name = (root.tagName.toLowerCase() + id + classes).slice(0, 80);
      return `${name} covered ${Math.round((100 * count) / inSight)}% of the text in view`;
    }
  }
  return null;
}"""
# At most this many text nodes are looked at, and an overlay must cover this share of the text in view to
# hide the page from a reader.
_OVERLAY_NODES = 5000
_OVERLAY_SHARE = 0.5
_TEXT_SCRIPT = "() => document.body?.innerText ?? ''"
# The DOM, serialised as Playwright's `page.content()` serialises it, and at the same moment the page as
# shown: a copy of that DOM with `hidden` set on each element of the body, with text, that the browser did not
# render, by whatever stylesheet (an external one, a rule of any selector, a media query): its computed
# `display` is `none`, or its computed `visibility` is not `visible` and nothing it holds is made visible
# again. The live page is not touched. Not marked, as a reader does get to see them: text only off-screen,
# clipped or of no size (a screen reader's `.sr-only` text, an expander at `height: 0`), transparent (what
# fades in as it is scrolled to: the DOM is taken before scrolling), inside a closed `<details>`; nor
# scripts, styles and templates, which the readers skip anyway. Bounded: at most `limit` elements are looked
# at, each once, and none inside a hidden one, for at most `ms` milliseconds (the DOM is taken within a step);
# a page with more keeps the rest unmarked, and says so.
_DOM_AND_SHOWN_SCRIPT = """([limit, ms]) => {
  const stop = performance.now() + ms;
  const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) : "";
  const root = document.documentElement;
  if (!root) return {dom: doctype, shown: null, marked: 0, complete: true};
  const dom = doctype + root.outerHTML;
  const body = document.body;
  if (!body) return {dom, shown: null, marked: 0, complete: true};
  // The copy is walked in step with the page (it has the same elements, in the same places), so each element
  // is reached in one step from the one before, whatever the depth. It is made in a document of its own,
  // which loads nothing: a copy in the page's own document fetched its images (lazy ones too) once more.
  const copy = document.implementation.createHTMLDocument("").importNode(root, true);
  const copyBody = [...copy.children].find((e) => e.tagName === body.tagName);
  if (!copyBody) return {dom, shown: null, marked: 0, complete: true};
  const unread = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "META", "LINK", "TITLE", "BASE"]);
  let budget = limit;  // elements looked at, over all: the walk and the looks inside what visibility hides
  const shownWithin = (element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_ELEMENT);
    for (let e = walker.nextNode(); e; e = walker.nextNode()) {
      if (--budget < 0 || performance.now() > stop) return true;  // not known: left unmarked
      if (getComputedStyle(e).visibility === "visible") return true;
    }
    return false;
  };
  let marked = 0;
  let complete = true;
  let live = body.firstElementChild;
  let copied = copyBody.firstElementChild;
  while (live && copied) {
    if (--budget < 0 || performance.now() > stop) {
      complete = false;
      break;
    }
    // Nothing inside an element not rendered is rendered: its elements are not looked at.
    let inside = !unread.has(live.tagName.toUpperCase());
    if (inside) {
      const style = getComputedStyle(live);
      if (style.display === "none") {
        inside = false;
        if (live.textContent.trim()) {
          copied.setAttribute("hidden", "");
          marked++;
        }
      } else if (style.visibility !== "visible" &&
                 getComputedStyle(live.parentElement).visibility === "visible" &&
                 !shownWithin(live) && live.textContent.trim()) {
        inside = false;
        copied.setAttribute("hidden", "");
        marked++;
      }
    }
    if (inside && live.firstElementChild && copied.firstElementChild) {
      live = live.firstElementChild;
      copied = copied.firstElementChild;
      continue;
    }
    while (live && live !== body && !live.nextElementSibling) {
      live = live.parentElement;
      copied = copied?.parentElement;
    }
    if (!live || live === body) break;
    live = live.nextElementSibling;
    copied = copied?.nextElementSibling;
  }
  return {dom, shown: marked ? doctype + copy.outerHTML : null, marked, complete};
}"""
# At most this many elements are looked at for whether the browser rendered them, for at most a quarter of the
# step the DOM is taken in (the DOM and its copy must still be serialised in it).
_SHOWN_ELEMENTS = 50_000


# More than this share of the text a DOM held gone from the page a moment later: the page changed under it.
TEXT_GONE_SHARE = 0.5
_PAGE_SIZE_SCRIPT = """() => [
  Math.max(document.documentElement.scrollWidth, document.body?.scrollWidth ?? 0),
  Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0),
]"""
# A page's own `window.print()` leaves a print job pending in headless Chromium, and the capture's own print
# then fails ("Page is already being printed"): no PDF. A reader's print dialog changes nothing on the page,
# so the page's call does nothing here. (Its `alert`, `confirm` and `prompt` Playwright dismisses itself.)
_NO_PRINTING_SCRIPT = "window.print = () => undefined;"
Result = TypeVar("Result")
_QUIET = 0.5  # seconds without a request in flight that count as the network being idle, as Playwright's


# What one page may make: a screenshot taller or wider than this is cut (a page can be made endlessly tall or
# wide, and Chromium holds the whole bitmap in memory), a PDF longer than this many pages is cut, and a DOM, a
# screenshot or a PDF over `max_bytes` (`--max-bytes`) is not kept.
MAX_SCREENSHOT_HEIGHT = 16384
# As wide as the viewport (what a reader sees without scrolling sideways): the bitmap of the widest page is
# then no larger than the tallest's was (about 80 MB), which a page 4,096 pixels wide would triple.
MAX_SCREENSHOT_WIDTH = 1280
MAX_PDF_PAGES = 100
_LAUNCH_TIMEOUT = 60.0
# How a note about the rendered DOM begins: what the checks read of the page, so the capture says why it has
# none (see `capture._why_unrendered`).
DOM_STEP = "rendered DOM"
# How Playwright's `goto` fails when the answer is a file to save (`Content-Disposition: attachment`), which
# the proxy recorded like any other answer.
_DOWNLOAD_STARTING = "Download is starting"


@dataclass(frozen=True)
class PageSettings:
    """How a page is loaded and what is waited for; every wait has a cap."""

    chromium: Path
    user_agent: str
    viewport_width: int = 1280
    viewport_height: int = 2000
    load_timeout: float = 120.0  # until the document is parsed (DOMContentLoaded)
    load_event_wait: float = 10.0  # then, at most, for the load event (images, frames)
    idle_wait: float = 5.0  # after the load, then after scrolling: at most, for 500 ms of network quiet
    read_after: float = 3.0  # the DOM is taken no sooner than this after the load (scripts change pages)
    watch_until: float = 6.0  # and its text watched until this after the load, for a script that changes it
    step_timeout: float = 30.0  # each of: scrolling, the DOM, the screenshot, the PDF
    scroll_screens: int = 20
    max_bytes: int = 50_000_000  # each of the DOM, the screenshot and the PDF over this is not kept

    @classmethod
    def for_timeout(cls, chromium: Path, user_agent: str, timeout: float, max_bytes: int) -> PageSettings:
        """Waits scaled to `--timeout`: the document may take as long as a plain capture allows a whole
        body (4x), each later step one timeout, the load event, the idle network and the time before the DOM
        is read at most 10, 5 and 3 s."""
        return cls(
            chromium=chromium,
            user_agent=user_agent,
            load_timeout=4 * timeout,
            load_event_wait=min(10.0, timeout),
            idle_wait=min(5.0, timeout),
            read_after=min(3.0, timeout),
            watch_until=min(6.0, 2 * timeout),
            step_timeout=timeout,
            max_bytes=max_bytes,
        )

    @property
    def budget(self) -> float:
        """The most one page may take, start to finish: every wait at its cap, and Chromium's start."""
        launch = max(_LAUNCH_TIMEOUT, self.load_timeout)
        waits = self.load_event_wait + 2 * self.idle_wait + self.read_after + self.watch_until
        return launch + self.load_timeout + waits + 8 * self.step_timeout


@dataclass(frozen=True)
class Artifact:
    """Something made from the rendered page, and when it was made."""

    data: bytes
    made_at: dt.datetime


@dataclass
class Rendering:
    """What the browser made of the page."""

    requested_url: str
    navigation: list[str] = field(default_factory=list)  # the document's URL, hop by hop, as loaded
    final_url: str | None = None
    error: str | None = None  # the page did not load: `timeout: ...`, `browser: ...`
    notes: list[str] = field(default_factory=list)  # what was cut short but did not stop the capture
    dom: Artifact | None = None
    # The DOM with `hidden` set on what the browser did not render (see `_DOM_AND_SHOWN_SCRIPT`): None when
    # it rendered all of it, or when no DOM is kept.
    shown: Artifact | None = None
    hidden_elements: int = 0  # how many elements `shown` marks hidden
    screenshot: Artifact | None = None
    pdf: Artifact | None = None
    chromium_version: str | None = None
    watched_until: float | None = None  # seconds after the load the DOM's text was last seen unchanged


class NetworkQuiet:
    """Counts the page's requests in flight, to wait until none has been for a moment.

    Playwright's own `networkidle` fires once per load; after scrolling, what lazy content asks for must be
    waited for again."""

    def __init__(self, page: Page) -> None:
        self._in_flight = 0
        self._changed = asyncio.Event()
        page.on("request", lambda _: self._count(+1))
        page.on("requestfinished", lambda _: self._count(-1))
        page.on("requestfailed", lambda _: self._count(-1))

    def _count(self, change: int) -> None:
        self._in_flight = max(0, self._in_flight + change)
        self._changed.set()

    async def wait(self, quiet: float, cap: float) -> bool:
        """Until no request has been in flight for `quiet` seconds; False if `cap` seconds pass first."""
        loop = asyncio.get_running_loop()
        give_up = loop.time() + cap
        while True:
            self._changed.clear()
            wait_for = quiet if self._in_flight == 0 else give_up - loop.time()
            left = give_up - loop.time()
            if left <= 0:
                return False
            try:
                await asyncio.wait_for(self._changed.wait(), min(wait_for, left))
            except TimeoutError:
                if self._in_flight == 0:
                    return True


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _navigation_chain(response: Response | None) -> list[str]:
    chain = []
    request = response.request if response is not None else None
    while request is not None:
        # Chromium names the address with the user name and password it was given, which it never sends.
        chain.append(without_userinfo(request.url))
        request = request.redirected_from
    return chain[::-1]


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


async def _open_browser(playwright: Playwright, settings: PageSettings) -> Browser:
    # Playwright gives each launch a new, empty profile folder and deletes it on close.
    return await playwright.chromium.launch(
        executable_path=settings.chromium,
        headless=True,
        args=[*BASE_FLAGS, *network_flags(dead_end_port())],
        # Chromium's start is the machine's doing, not the site's: not held to the page's timeout.
        timeout=max(_LAUNCH_TIMEOUT, settings.load_timeout) * 1000,
    )


async def _open_context(browser: Browser, settings: PageSettings, proxy: ProxyEndpoint) -> BrowserContext:
    return await browser.new_context(
        # The page's own traffic, and only it, goes to the recording proxy; the browser's goes nowhere.
        proxy={
            "server": f"http://127.0.0.1:{proxy.port}",
            "bypass": LOOPBACK_TOO,
            "username": proxy.username,
            "password": proxy.password,
        },
        # The proxy ends the browser's TLS itself and checks the real server's certificate (certificate.py).
        ignore_https_errors=True,
        # A worker would fetch for the page outside it. (Chromium also refuses to register one on a page whose
        # certificate error was ignored, which every https page is here: two locks, one door.)
        service_workers="block",
        accept_downloads=False,
        viewport={"width": settings.viewport_width, "height": settings.viewport_height},
        user_agent=settings.user_agent,
    )


async def _load(page: Page, url: str, settings: PageSettings, rendering: Rendering) -> bool:
    """Navigate and wait within the caps; False when the document itself did not load."""
    try:
        response = await page.goto(url, wait_until="domcontentloaded", timeout=settings.load_timeout * 1000)
    except PlaywrightTimeout:
        rendering.error = f"timeout: the page did not load within {settings.load_timeout:g}s"
        return False
    except PlaywrightError as error:
        if _DOWNLOAD_STARTING in str(error):
            # No page to render, yet the answer is recorded whole (the proxy writes it before the browser sees
            # a byte): it is read from its bytes, as without a browser. Its redirects, if any, are followed
            # by their `Location` headers in the request log.
            rendering.notes.append(f"{DOM_STEP}: none, the answer is a file to save; read as received")
            return False
        rendering.error = f"browser: {_first_line(error)}"
        return False
    rendering.navigation = _navigation_chain(response)
    not_fetched = response.headers.get(NOT_FETCHED_HEADER.lower()) if response is not None else None
    if not_fetched is not None:
        # The proxy's own answer: nothing of the source to render (the request log says why).
        rendering.error = not_fetched
        return False
    try:
        await page.wait_for_load_state("load", timeout=settings.load_event_wait * 1000)
    except PlaywrightTimeout:
        rendering.notes.append(f"the load event did not fire within {settings.load_event_wait:g}s")
    return True


async def _bounded(work: Awaitable[Result], seconds: float, what: str, rendering: Rendering) -> Result | None:
    """`work` within `seconds`, or None with a note saying what could not be done (a page whose scripts
    never yield, say, cannot hold the capture)."""
    try:
        return await asyncio.wait_for(work, seconds)
    except TimeoutError:
        rendering.notes.append(f"{what}: not done within {seconds:g}s")
    except PlaywrightError as error:
        rendering.notes.append(f"{what}: {_first_line(error)}")
    return None


async def _settle(network: NetworkQuiet, settings: PageSettings, rendering: Rendering, after: str) -> None:
    """Wait until no request (since the navigation began) is in flight: what scripts fetched after the load
    (the article's own text, say), or what the scrolling woke up."""
    if not await network.wait(_QUIET, settings.idle_wait):
        rendering.notes.append(f"the network was still busy {settings.idle_wait:g}s after {after}")


async def _settle_after_scrolling(
    page: Page, network: NetworkQuiet, settings: PageSettings, rendering: Rendering
) -> None:
    """Scroll through the page, then wait for what the scrolling woke up (lazy images, for the screenshot)."""
    await _bounded(
        page.evaluate(_SCROLL_SCRIPT, settings.scroll_screens), settings.step_timeout, "scrolling", rendering
    )
    await _settle(network, settings, rendering, "scrolling")


def _screenshot_clip(size: object, rendering: Rendering) -> FloatRect | None:
    """The part of a page of `size` ([width, height] in pixels, as the page said) a screenshot may take: all
    of it (None) unless it is taller or wider than a screenshot may be, then the top left corner, said in the
    notes."""
    if not (isinstance(size, list) and len(size) == 2 and all(isinstance(n, int | float) for n in size)):
        return None
    width, height = int(size[0]), int(size[1])
    if height <= MAX_SCREENSHOT_HEIGHT and width <= MAX_SCREENSHOT_WIDTH:
        return None
    if height > MAX_SCREENSHOT_HEIGHT:
        rendering.notes.append(f"screenshot: the first {MAX_SCREENSHOT_HEIGHT} of {height} pixels")
    if width > MAX_SCREENSHOT_WIDTH:
        rendering.notes.append(f"screenshot: the first {MAX_SCREENSHOT_WIDTH} of {width} pixels of width")
    return {
        "x": 0,
        "y": 0,
        "width": min(width, MAX_SCREENSHOT_WIDTH),
        "height": min(height, MAX_SCREENSHOT_HEIGHT),
    }


def _within_max_bytes(
    what: str, data: bytes | None, settings: PageSettings, rendering: Rendering
) -> bytes | None:
    """`data`, unless it is over `--max-bytes` (a page can make a screenshot or a print of any size): then
    None, said in the notes."""
    if data is not None and len(data) > settings.max_bytes:
        rendering.notes.append(f"{what}: {len(data)} bytes, over the {settings.max_bytes} kept")
        return None
    return data


async def _screenshot(page: Page, settings: PageSettings, rendering: Rendering) -> bytes | None:
    size = await _bounded(page.evaluate(_PAGE_SIZE_SCRIPT), settings.step_timeout, "screenshot", rendering)
    clip = _screenshot_clip(size, rendering)
    shot = page.screenshot(full_page=True, type="png", clip=clip, timeout=settings.step_timeout * 1000)
    return await _bounded(shot, settings.step_timeout, "screenshot", rendering)


async def _shows_its_text(page: Page, loaded_at: float, settings: PageSettings) -> str | None:
    """Wait until `read_after` seconds have passed since the load, then (within a step) until the page shows
    its text: None once it does, else why not."""
    await asyncio.sleep(max(0.0, loaded_at + settings.read_after - asyncio.get_running_loop().time()))
    try:
        shown = page.wait_for_function(_SHOWS_ITS_TEXT_SCRIPT, timeout=settings.step_timeout * 1000)
        await asyncio.wait_for(shown, settings.step_timeout)
        return None
    except (TimeoutError, PlaywrightTimeout):
        return f"the page showed none of its text within {settings.step_timeout:g}s (hidden or transparent)"
    except PlaywrightError as error:
        return f"whether the page showed its text: {_first_line(error)}"


async def _covered_by(page: Page, settings: PageSettings, rendering: Rendering) -> str | None:
    """Why a reader could not read the page: an overlay painted over most of its text in view (a login or
    subscribe wall, a modal dialog) that the DOM still holds underneath; None when none covers it."""
    looked = page.evaluate(_COVERING_OVERLAY_SCRIPT, [_OVERLAY_NODES, _OVERLAY_SHARE])
    covered = await _bounded(looked, settings.step_timeout, "whether an overlay covered the page", rendering)
    return f"an overlay ({covered}) hid the page from a reader" if isinstance(covered, str) else None


def _shown_walk_ms(settings: PageSettings) -> int:
    """How long the look at what was shown may take: a quarter of the step the DOM is taken in."""
    return int(settings.step_timeout * 1000 / 4)


async def _take_dom(page: Page, settings: PageSettings, rendering: Rendering, unseen: str | None) -> None:
    taken = await _bounded(
        page.evaluate(_DOM_AND_SHOWN_SCRIPT, [_SHOWN_ELEMENTS, _shown_walk_ms(settings)]),
        settings.step_timeout,
        DOM_STEP,
        rendering,
    )
    html = taken.get("dom") if isinstance(taken, dict) else None
    if isinstance(html, str) and unseen is not None:
        # Its text is in the DOM, but no reader saw it there: the DOM is not what the page showed.
        rendering.notes.append(f"{DOM_STEP}: none kept, {unseen}")
        html = None
    if not isinstance(html, str) or not isinstance(taken, dict):
        return
    dom = html.encode("utf-8")
    if len(dom) > settings.max_bytes:
        rendering.notes.append(f"{DOM_STEP}: {len(dom)} bytes, over the {settings.max_bytes} kept")
        return
    made_at = _now()
    rendering.dom = Artifact(dom, made_at)
    shown, marked = taken.get("shown"), taken.get("marked")
    if taken.get("complete") is False:
        rendering.notes.append(
            f"shown text: not every element was looked at for whether it was shown (at most"
            f" {_SHOWN_ELEMENTS}, for {_shown_walk_ms(settings) / 1000:g}s); the rest count as shown"
        )
    if isinstance(shown, str) and isinstance(marked, int) and marked > 0:
        shown_bytes = _within_max_bytes("shown text", shown.encode("utf-8"), settings, rendering)
        if shown_bytes is not None:
            rendering.shown = Artifact(shown_bytes, made_at)
            rendering.hidden_elements = marked


def _drop_dom(rendering: Rendering) -> None:
    """No DOM is kept, nor the copy of it that says what was shown."""
    rendering.dom = rendering.shown = None


def share_of_text_gone(before: str, after: str) -> float:
    """The share of the text of `before` (by characters, line by line) on lines `after` no longer holds: 0
    when text was only added around it (embeds, ads, a live blog's new entry), near 1 when it was replaced
    (an article by "This post was deleted")."""
    lines_after = {line.strip() for line in after.splitlines()}
    lines_before = {line.strip() for line in before.splitlines()} - {""}
    total = sum(len(line) for line in lines_before)
    gone = sum(len(line) for line in lines_before if line not in lines_after)
    return gone / total if total else 0.0


async def _watch(page: Page, loaded_at: float, settings: PageSettings, rendering: Rendering) -> None:
    """Until `watch_until` seconds after the load, then drop the DOM just taken if most of its text is gone
    from the page (a script replaced the article after the DOM was taken: a "deleted" notice five seconds
    in) or an overlay now covers it (a subscribe wall that comes up after a few seconds): the DOM is not what
    a reader was left with. How long it was watched is kept in the record."""
    if rendering.dom is None:
        return
    what = "whether the page's text changed"
    text_then = await _bounded(page.evaluate(_TEXT_SCRIPT), settings.step_timeout, what, rendering)
    if not isinstance(text_then, str):
        return
    loop = asyncio.get_running_loop()
    await asyncio.sleep(max(0.0, loaded_at + settings.watch_until - loop.time()))
    look = page.evaluate(_TEXT_SCRIPT)
    text_now = await _bounded(look, settings.step_timeout, what, rendering)
    if not isinstance(text_now, str):
        return
    watched = round(loop.time() - loaded_at, 1)
    rendering.watched_until = watched
    gone = share_of_text_gone(text_then, text_now)
    if gone > TEXT_GONE_SHARE:
        rendering.notes.append(
            f"{DOM_STEP}: none kept, {round(100 * gone)}% of the text it held was gone from the page"
            f" {watched:g}s after the load (a script changed it after the DOM was taken)"
        )
        _drop_dom(rendering)
        return
    covered = await _covered_by(page, settings, rendering)
    if covered is not None:
        rendering.notes.append(f"{DOM_STEP}: none kept, {covered} {watched:g}s after the load")
        _drop_dom(rendering)


async def _pictures(page: Page, settings: PageSettings, rendering: Rendering) -> None:
    """The screenshot and the PDF, of the page as scrolled through (its lazy images loaded)."""
    png = _within_max_bytes("screenshot", await _screenshot(page, settings, rendering), settings, rendering)
    if png is not None:
        rendering.screenshot = Artifact(png, _now())
    # The print's header and footer carry the date and the URL, as a browser prints them.
    print_out = page.pdf(print_background=True, display_header_footer=True, page_ranges=f"1-{MAX_PDF_PAGES}")
    pdf = await _bounded(print_out, settings.step_timeout, "PDF", rendering)
    pdf = _within_max_bytes("PDF", pdf, settings, rendering)
    if pdf is not None:
        rendering.pdf = Artifact(pdf, _now())


async def _document_of(page: Page, seconds: float) -> float | str:
    """Which document the page holds: when it began (`performance.timeOrigin`, kept by `history.pushState`,
    new with every document), or why that could not be asked: "busy" when the page's scripts never yielded
    in `seconds`, else the error (the document being replaced, say)."""
    try:
        began = await asyncio.wait_for(page.evaluate("performance.timeOrigin"), seconds)
    except TimeoutError:
        return "busy"
    except PlaywrightError as error:
        return _first_line(error)
    return float(began) if isinstance(began, int | float) else repr(began)


async def _keep_only_if_still_there(
    page: Page, dom_document: float | str, settings: PageSettings, rendering: Rendering
) -> None:
    """Drop what was made when the page went on by itself to another document after its DOM was taken (a
    refresh or a script, late): the DOM is then not what a reader was left with, and the screenshot and the
    PDF may show either page. A page too busy to say is left as it was."""
    if rendering.dom is None:
        return
    now = await _document_of(page, settings.step_timeout)
    if now == dom_document or now == "busy":
        return
    rendering.notes.append(
        f"{DOM_STEP}: none kept, the page went on by itself to {page.url} after its DOM was taken;"
        " no screenshot or PDF is kept either"
    )
    _drop_dom(rendering)
    rendering.screenshot = rendering.pdf = None


async def render_page(
    playwright: Playwright, url: str, settings: PageSettings, proxy: ProxyEndpoint
) -> Rendering:
    """Load `url` in a new Chromium whose only way out is the recording proxy at `proxy`."""
    rendering = Rendering(requested_url=url)
    try:
        browser = await _open_browser(playwright, settings)
    except PlaywrightError as error:
        rendering.error = f"browser: Chromium did not start: {_first_line(error)}"
        return rendering
    try:
        rendering.chromium_version = browser.version
        context = await _open_context(browser, settings, proxy)
        await context.add_init_script(_NO_PRINTING_SCRIPT)
        page = await context.new_page()
        network = NetworkQuiet(page)
        if await _load(page, url, settings, rendering):
            loaded_at = asyncio.get_running_loop().time()
            await _settle(network, settings, rendering, "the load")
            unseen = await _shows_its_text(page, loaded_at, settings)
            if unseen is None:
                unseen = await _covered_by(page, settings, rendering)
            rendering.final_url = without_userinfo(page.url)
            dom_document = await _document_of(page, settings.step_timeout)
            # The DOM before scrolling: scrolling to the end of an article wakes up what infinite scroll adds
            # below it (the next story, whose words are not the cited article's).
            await _take_dom(page, settings, rendering, unseen)
            await _watch(page, loaded_at, settings, rendering)
            await _settle_after_scrolling(page, network, settings, rendering)
            await _pictures(page, settings, rendering)
            await _keep_only_if_still_there(page, dom_document, settings, rendering)
    finally:
        await browser.close()
    return rendering
