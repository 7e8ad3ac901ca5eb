"""Capturing a page in real Chromium through the recording proxy: what the WARC holds, what is refused."""

from __future__ import annotations

import hashlib
import io
import json
import socket
import string
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PIL import Image

from provenance.capture.browser import BrowserCapturer
from provenance.capture.browser.page import MAX_SCREENSHOT_HEIGHT, MAX_SCREENSHOT_WIDTH
from provenance.capture.options import CaptureRequest, NetworkOptions
from provenance.models import Capture, CaptureOutcome
from tests.capture.browser.conftest import BrowserCapture, asset
from tests.capture.conftest import INFO
from tests.support.servers import FixtureServer, LocalCA, Reply, Route, stall
from tests.support.warcs import check_warc, read_records

ARTICLE = "/2022/01/21/council-bridge"
JSON = (("Content-Type", "application/json"),)


def _metadata(records: list[dict[str, Any]]) -> dict[str, Any]:
    (metadata,) = [r for r in records if r["type"] == "metadata"]
    document: dict[str, Any] = json.loads(metadata["payload"])
    return document


def _by_uri(records: list[dict[str, Any]], record_type: str) -> dict[str, dict[str, Any]]:
    return {r["headers"]["WARC-Target-URI"]: r for r in records if r["type"] == record_type}


# Most pages here are watched for seconds after their load (see PageSettings.watch_until), mostly idle: those
# whose test needs no timeout of its own are captured together, each from its own server into its own folder,
# as many at once as a `check --browser` run captures (the capturer's own limit). The pages whose outcome
# hangs on a short timeout, a script's timer close to a step of the capture, or much CPU (a huge screenshot,
# a canvas of noise, a page of 120,000 elements) are captured alone, in their tests.
BATCH_BROWSERS = 4


@dataclass(frozen=True)
class _Page:
    """A page captured in the batch: its routes (served by a server of its own, as news.example), the URL
    cited, and the names of the captures made of it, one after the other, in the same capturer."""

    routes: Mapping[str, Route]
    url: str = "http://news.example/"
    captures: tuple[str, ...] = ("page",)


@dataclass(frozen=True)
class _Captured:
    """What the batch made of a page: each capture's outcome, in turn, and its server (stopped) with what it
    saw."""

    outcomes: tuple[CaptureOutcome, ...]
    server: FixtureServer

    @property
    def outcome(self) -> CaptureOutcome:
        (outcome,) = self.outcomes
        return outcome


_PAGES: dict[str, _Page] = {}  # by the name of the test that reads it
Test = TypeVar("Test", bound=Callable[..., None])


def _captured_in_batch(page: _Page) -> Callable[[Test], Test]:
    """The decorated test reads `page` as the batch captured it (`batch[test's name]`)."""

    def register(test: Test) -> Test:
        _PAGES[test.__name__] = page
        return test

    return register


def _capture_page(capturer: BrowserCapturer, page: _Page, folder: Path) -> _Captured:
    with FixtureServer(page.routes) as server:
        options = NetworkOptions(connect_to=(server.rule("news.example"),))
        outcomes = tuple(
            capturer.capture(CaptureRequest(url=page.url, name=name, label="1"), folder, options, INFO)
            for name in page.captures
        )
    # What the autouse check does for a test's own tmp_path: these WARCs are in the batch's folders.
    for warc in sorted(folder.rglob("*.warc.gz")):
        check_warc(warc)
    return _Captured(outcomes, server)


@pytest.fixture(scope="module")
def batch(
    request: pytest.FixtureRequest,
    browser_capturer: BrowserCapturer,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, Future[_Captured]]]:
    """The pages of the tests selected in this module, captured together: by test name, each capture's
    future (a page's failure is its own test's, raised where the test asks for it)."""
    selected = {
        item.name
        for item in request.session.items
        if isinstance(item, pytest.Function) and item.module is request.module
    }
    with ThreadPoolExecutor(max_workers=BATCH_BROWSERS, thread_name_prefix="batch") as pool:
        captured = {
            name: pool.submit(_capture_page, browser_capturer, page, tmp_path_factory.mktemp("batch"))
            for name, page in _PAGES.items()
            if name in selected
        }
        # All done before any test goes on: the pages captured alone must not share the machine with these.
        wait(captured.values())
        yield captured


@pytest.fixture
def batched(batch: dict[str, Future[_Captured]], request: pytest.FixtureRequest) -> _Captured:
    """What the batch made of this test's page."""
    return batch[request.node.name].result()


@pytest.fixture(scope="module")
def article(
    browser_capturer: BrowserCapturer, local_ca: LocalCA, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Capture, list[dict[str, Any]]]]:
    """One capture, over https, of an article whose text a script fetches: the Capture and its records."""
    routes = {
        ARTICLE: Reply(
            body=asset("article_rendered_by_script.html"),
            headers=(("Content-Type", "text/html; charset=utf-8"), ("X-Served-By", "fixture 7")),
        ),
        f"{ARTICLE}.json": Reply(body=asset("article_rendered_by_script.json"), headers=JSON),
    }
    folder = tmp_path_factory.mktemp("article")
    with FixtureServer(routes, tls=local_ca) as server:
        options = NetworkOptions(connect_to=(server.rule("news.example"),), ca_bundle=str(local_ca.ca_pem))
        request = CaptureRequest(url=f"https://news.example{ARTICLE}", name="article", label="1")
        outcome = browser_capturer.capture(request, folder, options, INFO)
    assert outcome.error is None and outcome.capture is not None
    yield outcome.capture, read_records(Path(outcome.capture.warc))


def test_every_request_of_the_page_is_recorded_with_its_real_status_line_and_headers(
    article: tuple[Capture, list[dict[str, Any]]],
) -> None:
    capture, records = article
    responses = _by_uri(records, "response")
    page = responses[f"https://news.example{ARTICLE}"]
    assert page["http_status_line"] == "HTTP/1.1 200 OK"
    assert ("X-Served-By", "fixture 7") in page["http_headers"]
    assert page["headers"]["WARC-IP-Address"] == "127.0.0.1"
    assert page["payload"] == asset("article_rendered_by_script.html")
    story = responses[f"https://news.example{ARTICLE}.json"]
    assert story["payload"] == asset("article_rendered_by_script.json")
    sent = _by_uri(records, "request")[f"https://news.example{ARTICLE}.json"]
    assert "provenance/" in dict(sent["http_headers"])["User-Agent"]
    assert (capture.http_status, capture.final_url) == (200, f"https://news.example{ARTICLE}")
    assert capture.tls is not None and capture.tls.certificate_sha256  # the origin's, checked by our TLS
    assert capture.browser is not None and capture.browser.refused == ()


def test_screenshot_dom_and_pdf_are_resource_records_linked_to_the_pages_response(
    article: tuple[Capture, list[dict[str, Any]]],
) -> None:
    capture, records = article
    page_record = _by_uri(records, "response")[f"https://news.example{ARTICLE}"]["headers"]["WARC-Record-ID"]
    resources = {r["headers"]["WARC-Record-ID"]: r for r in records if r["type"] == "resource"}
    assert [a.kind for a in capture.attachments] == ["screenshot", "dom", "pdf"]
    for attachment in capture.attachments:
        record = resources[attachment.record_id]
        assert record["headers"]["WARC-Concurrent-To"] == page_record
        assert (
            record["headers"]["WARC-Target-URI"]
            == f"urn:provenance:{attachment.kind}:https://news.example{ARTICLE}"
        )
        assert record["headers"]["Content-Type"] == attachment.content_type
        assert record["headers"]["WARC-Date"][:19] == attachment.made_at[:19]  # the time it was made
        assert hashlib.sha256(record["payload"]).hexdigest() == attachment.sha256
    screenshot, dom, pdf = (resources[a.record_id]["payload"] for a in capture.attachments)
    image = Image.open(io.BytesIO(screenshot))
    image.load()
    assert image.format == "PNG" and image.size[0] == 1280
    assert image.info["Creation Time"].endswith("+0000")
    assert "voted to reopen the bridge" in dom.decode("utf-8")  # the DOM after the script ran
    assert pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-1024:]


def test_a_script_cannot_make_the_browser_reach_private_addresses_websockets_or_webrtc(
    capture_in_browser: BrowserCapture, fixture_server: FixtureServer
) -> None:
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", 0))
    udp.setblocking(False)
    with FixtureServer({"/secret": Reply(body=b"internal")}) as secret:
        page = string.Template(asset("script_reaches_for_private_addresses.html").decode())
        fixture_server.routes["/"] = Reply(
            body=page.substitute(secret_port=secret.port, udp_port=udp.getsockname()[1]).encode()
        )
        outcome = capture_in_browser(
            "http://news.example/", NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
        )
        assert secret.total_hits == 0
    with pytest.raises(BlockingIOError):
        udp.recvfrom(2048)  # no STUN packet arrived
    udp.close()
    assert outcome.error is None and outcome.capture is not None and outcome.capture.browser is not None
    refused = {request.url: request.error for request in outcome.capture.browser.refused}
    assert refused == {
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/":
            "blocked: 169.254.169.254 is a link-local address",
        f"http://127.0.0.1:{secret.port}/secret": "blocked: 127.0.0.1 is a loopback address",
        "http://10.1.2.3/pixel.gif": "blocked: 10.1.2.3 is a private address",
        f"http://127.0.0.1:{secret.port}/socket": "blocked: WebSockets are not captured",
    }  # fmt: skip
    records = read_records(Path(outcome.capture.warc))
    assert set(_by_uri(records, "response")) <= {"http://news.example/", "http://news.example/favicon.ico"}
    logged = {entry["url"]: entry["error"] for entry in _metadata(records)["browser"]["requests"]}
    assert {url: logged[url] for url in refused} == refused  # the metadata record keeps them too
    dom = next(
        r for r in records if r["headers"].get("WARC-Target-URI", "").startswith("urn:provenance:dom:")
    )
    assert b'data-ice="complete"' in dom["payload"]  # WebRTC had finished trying before the capture ended


# Chromium answered the 401's challenge with `Authorization: Basic` of the URL's user name and password, and
# the capture then failed as "the page's document was never requested".
@_captured_in_batch(
    _Page(
        routes={
            "/private": Reply(
                status=401, headers=(("WWW-Authenticate", 'Basic realm="x"'),), body=b"<p>Sign in</p>"
            )
        },
        url="http://user:secret@news.example/private",
    )
)
def test_a_cited_urls_password_is_never_sent_by_the_browser_nor_named_in_the_warc(batched: _Captured) -> None:
    outcome = batched.outcome
    sent = [(seen.path, name) for seen in batched.server.requests for name, _ in seen.headers]
    assert [path for path, name in sent if name.lower() == "authorization"] == []
    assert outcome.error == "http 401" and outcome.capture is not None
    assert outcome.capture.redirects == ("http://news.example/private",)
    records = read_records(Path(outcome.capture.warc))
    assert not [r["type"] for r in records if "secret" in r["headers"].get("WARC-Target-URI", "")]
    response = _by_uri(records, "response")["http://news.example/private"]
    assert ("WWW-Authenticate", 'Basic realm="x"') in response["http_headers"]  # kept as received


# Chromium's own account (the navigation, the page's address) named the cited URL's password.
@_captured_in_batch(
    _Page(routes={"/p": Reply(body=b"<p>hello</p>")}, url="http://user:secret@news.example/p")
)
def test_the_browsers_account_of_its_navigation_names_no_password_it_did_not_send(batched: _Captured) -> None:
    outcome = batched.outcome
    assert outcome.error is None and outcome.capture is not None
    browser = _metadata(read_records(Path(outcome.capture.warc)))["browser"]
    assert (browser["navigation"], browser["final_url"]) == (
        ["http://news.example/p"],
        "http://news.example/p",
    )


PNG = Reply(body=b"\x89PNG\r\n\x1a\n", headers=(("Content-Type", "image/png"),))


@_captured_in_batch(
    _Page({"/": Reply(body=asset("lazy_images.html")), "/native-lazy.png": PNG, "/scripted-lazy.png": PNG})
)
def test_lazy_images_far_down_the_page_are_loaded_by_scrolling_and_recorded(batched: _Captured) -> None:
    outcome, hits = batched.outcome, batched.server.hits
    assert (hits["/native-lazy.png"], hits["/scripted-lazy.png"]) == (1, 1)
    assert outcome.capture is not None
    responses = _by_uri(read_records(Path(outcome.capture.warc)), "response")
    assert {"http://news.example/native-lazy.png", "http://news.example/scripted-lazy.png"} <= set(responses)


def test_a_page_that_never_answers_is_reported_as_a_timeout_with_the_attempt_kept(
    capture_in_browser: BrowserCapture, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/slow"] = stall(60)
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), timeout=1)
    outcome = capture_in_browser("http://news.example/slow", options)
    assert outcome.error == "timeout: news.example sent no answer within 1s"
    assert outcome.capture is not None and outcome.capture.http_status is None
    assert outcome.capture.attachments == ()  # no screenshot of an error page passes for the source
    records = read_records(Path(outcome.capture.warc))
    assert "http://news.example/slow" in _by_uri(records, "request")  # the attempt, as sent
    assert "http://news.example/slow" not in _by_uri(records, "response")


@_captured_in_batch(
    _Page(
        routes={
            "/": Reply(
                body=b"<p>hello</p>",
                headers=(("Content-Type", "text/html"), ("Set-Cookie", "visitor=42; Path=/")),
            )
        },
        captures=("first", "second"),  # one after the other, in the same capturer
    )
)
def test_no_cookie_set_in_one_capture_is_sent_in_the_next(batched: _Captured) -> None:
    page_requests = [dict(r.headers) for r in batched.server.requests if r.path == "/"]
    assert len(page_requests) == 2
    assert "Cookie" not in page_requests[1]


def test_a_page_whose_script_never_yields_cannot_hold_the_capture(
    capture_in_browser: BrowserCapture, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/"] = Reply(body=asset("script_never_yields.html"))
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), timeout=1)
    outcome = capture_in_browser("http://news.example/", options)
    assert outcome.capture is not None and outcome.capture.browser is not None
    assert outcome.capture.http_status == 200  # the document itself was answered and recorded
    notes = " | ".join(outcome.capture.browser.notes)
    assert "scrolling: not done within 1s" in notes and "rendered DOM: not done within 1s" in notes


def test_a_page_taller_than_the_limit_gives_a_screenshot_cut_there(
    capture_in_browser: BrowserCapture, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/"] = Reply(body=asset("taller_than_a_screenshot_may_be.html"))
    outcome = _capture_news_home(capture_in_browser, fixture_server)
    assert outcome.capture is not None and outcome.capture.browser is not None
    (screenshot,) = [a for a in outcome.capture.attachments if a.kind == "screenshot"]
    records = {r["headers"]["WARC-Record-ID"]: r for r in read_records(Path(outcome.capture.warc))}
    image = Image.open(io.BytesIO(records[screenshot.record_id]["payload"]))
    assert image.size == (1280, MAX_SCREENSHOT_HEIGHT)
    assert f"screenshot: the first {MAX_SCREENSHOT_HEIGHT} of 170" in " ".join(outcome.capture.browser.notes)


@_captured_in_batch(
    _Page(
        {
            "/": Reply(body=asset("page_moves_on_by_itself.html")),
            "/elsewhere": Reply(body=b"<p>Elsewhere.</p>"),
        }
    )
)
def test_a_page_that_moves_on_by_itself_has_its_attachments_linked_to_the_page_they_show(
    batched: _Captured,
) -> None:
    outcome = batched.outcome
    assert outcome.capture is not None and outcome.capture.browser is not None
    assert outcome.capture.final_url == "http://news.example/"  # the cited URL's own answer, no HTTP redirect
    records = read_records(Path(outcome.capture.warc))
    elsewhere = _by_uri(records, "response")["http://news.example/elsewhere"]["headers"]["WARC-Record-ID"]
    resources = [r for r in records if r["type"] == "resource"]
    assert resources and {r["headers"]["WARC-Concurrent-To"] for r in resources} == {elsewhere}
    assert "the page went on by itself to http://news.example/elsewhere" in " ".join(
        outcome.capture.browser.notes
    )


def _capture_news_home(capture_in_browser: BrowserCapture, fixture_server: FixtureServer) -> CaptureOutcome:
    """`http://news.example/` captured in the browser from the fixture server (what a test serves at `/`)."""
    return capture_in_browser(
        "http://news.example/", NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    )


def _assert_read_as_rendered(outcome: CaptureOutcome) -> None:
    """The page's rendered DOM, holding the article, was kept and is what the checks read."""
    dom = _dom_of(outcome.capture)
    assert dom is not None and b"reopen the bridge" in dom
    assert outcome.capture is not None and outcome.capture.browser is not None
    assert outcome.capture.browser.unrendered is None


def _unrendered_without_dom(outcome: CaptureOutcome) -> str:
    """Why the page was not read as rendered, where no rendered DOM of it was kept (asserted)."""
    assert outcome.capture is not None and outcome.capture.browser is not None
    assert _dom_of(outcome.capture) is None
    assert outcome.capture.browser.unrendered is not None
    return outcome.capture.browser.unrendered


def _dom_of(outcome_capture: Capture | None) -> bytes | None:
    assert outcome_capture is not None
    records = {r["headers"]["WARC-Record-ID"]: r for r in read_records(Path(outcome_capture.warc))}
    dom = next((a for a in outcome_capture.attachments if a.kind == "dom"), None)
    return None if dom is None else bytes(records[dom.record_id]["payload"])


ARTICLE_TEXT = b"<h1>Bridge</h1><p>The council voted to reopen the bridge.</p>"


def test_an_article_a_script_replaces_with_a_deletion_notice_two_seconds_in_is_read_as_the_notice(
    capture_in_browser: BrowserCapture, fixture_server: FixtureServer
) -> None:
    # The DOM was taken at the first idle moment, half a second after the load: the article, which a reader
    # saw replaced by the notice moments later.
    replace_later = (
        b"<script>setTimeout(() => { document.body.innerHTML = '<p>This post was deleted.</p>' }, 2000)"
    )
    fixture_server.routes["/"] = Reply(body=b"<body>" + ARTICLE_TEXT + replace_later + b"</script></body>")
    outcome = _capture_news_home(capture_in_browser, fixture_server)
    dom = _dom_of(outcome.capture)
    assert dom is not None and b"This post was deleted." in dom and b"reopen the bridge" not in dom


def test_a_page_that_never_shows_the_text_its_dom_holds_keeps_no_dom_and_says_why(
    capture_in_browser: BrowserCapture, fixture_server: FixtureServer
) -> None:
    # Hidden by the stylesheet, which the extractors (reading inline styles) cannot see: only the browser can.
    hidden = b"<style>body { visibility: hidden }</style>"
    fixture_server.routes["/"] = Reply(body=hidden + b"<body>" + ARTICLE_TEXT + b"</body>")
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), timeout=1)
    outcome = capture_in_browser("http://news.example/", options)
    reason = "rendered DOM: none kept, the page showed none of its text within 1s (hidden or transparent)"
    assert _unrendered_without_dom(outcome) == reason


def test_a_page_hidden_until_a_script_reveals_it_is_read_once_shown(
    capture_in_browser: BrowserCapture, fixture_server: FixtureServer
) -> None:
    reveal = b"<script>setTimeout(() => { document.body.style.opacity = '1' }, 3500)</script>"
    fixture_server.routes["/"] = Reply(body=b"<body style='opacity: 0'>" + ARTICLE_TEXT + reveal + b"</body>")
    outcome = _capture_news_home(capture_in_browser, fixture_server)
    _assert_read_as_rendered(outcome)


TALL = b"<div style='height: 5000px'></div>"


# The DOM (the article) was kept as what a reader saw, though the page went on to the notice before the
# capture ended, and its screenshot showed the notice as the article's.
GO_ON_WHEN_SCROLLED = (
    b"<script>addEventListener('scroll', () => location.replace('/removed'), {once: true})</script>"
)


@_captured_in_batch(
    _Page(
        {
            "/": Reply(body=b"<body>" + ARTICLE_TEXT + TALL + GO_ON_WHEN_SCROLLED + b"</body>"),
            "/removed": Reply(body=b"<p>This article has been removed.</p>"),
        }
    )
)
def test_a_page_that_goes_on_to_a_removal_notice_after_its_dom_was_taken_keeps_no_rendering(
    batched: _Captured,
) -> None:
    outcome = batched.outcome
    assert outcome.capture is not None and outcome.capture.browser is not None
    assert outcome.capture.attachments == ()
    assert outcome.capture.browser.unrendered == (
        "rendered DOM: none kept, the page went on by itself to http://news.example/removed after its DOM was"
        " taken; no screenshot or PDF is kept either"
    )


# Infinite scroll names the story in view in the address bar: the same document, still the one read.
RENAME_WHEN_SCROLLED = (
    b"<script>addEventListener('scroll', () => history.replaceState(null, '', '/next-story'))</script>"
)


@_captured_in_batch(
    _Page({"/": Reply(body=b"<body>" + ARTICLE_TEXT + TALL + RENAME_WHEN_SCROLLED + b"</body>")})
)
def test_a_page_whose_script_changes_its_address_when_scrolled_keeps_its_dom(batched: _Captured) -> None:
    _assert_read_as_rendered(batched.outcome)


# Only GET requests were looked for: the page a POST led to was read as the cited page's own rendering, with
# nothing said (and a footnote verified on words its cited page never held).
SUBMITS_A_FORM = (
    b"<p>One moment.</p><form method=post action='/real'></form><script>document.forms[0].submit()"
)


@_captured_in_batch(
    _Page({"/": Reply(body=SUBMITS_A_FORM + b"</script>"), "/real": Reply(body=ARTICLE_TEXT)})
)
def test_a_page_that_goes_on_by_a_form_it_submits_names_the_page_it_went_on_to(batched: _Captured) -> None:
    outcome = batched.outcome
    assert outcome.capture is not None and outcome.capture.browser is not None
    assert outcome.capture.browser.went_on_to == "http://news.example/real"
    records = read_records(Path(outcome.capture.warc))
    real = _by_uri(records, "response")["http://news.example/real"]["headers"]["WARC-Record-ID"]
    resources = [r for r in records if r["type"] == "resource"]
    assert resources and {r["headers"]["WARC-Concurrent-To"] for r in resources} == {real}


LOGIN_WALL = (
    b"<div id='wall' style='position: fixed; inset: 0; background: rgba(0, 0, 0, 0.85)'>"
    b"<div style='margin: 20vh auto; width: 400px; background: white'>Log in to keep reading</div></div>"
)


# The DOM held the article under the wall, and a quote of it was verified on words no reader could read.
@_captured_in_batch(_Page({"/": Reply(body=b"<body>" + ARTICLE_TEXT + LOGIN_WALL + b"</body>")}))
def test_an_article_under_a_login_wall_keeps_no_dom_and_captured_names_the_overlay(
    batched: _Captured,
) -> None:
    outcome = batched.outcome
    assert _unrendered_without_dom(outcome) == (
        "rendered DOM: none kept, an overlay (div#wall covered 100% of the text in view) hid the page"
        " from a reader"
    )
    assert outcome.capture is not None
    assert any(a.kind == "screenshot" for a in outcome.capture.attachments)  # what a reader saw: the wall


MODAL_DIALOG = (
    b"<dialog class='subscribe'>Subscribe to read</dialog>"
    b"<script>document.querySelector('dialog').showModal()</script>"
)


@_captured_in_batch(_Page({"/": Reply(body=b"<body>" + ARTICLE_TEXT + MODAL_DIALOG + b"</body>")}))
def test_an_article_under_a_modal_subscribe_dialog_keeps_no_dom(batched: _Captured) -> None:
    assert "an overlay (dialog.subscribe covered 100%" in _unrendered_without_dom(batched.outcome)


# Fixed boxes a reader reads around, and a full-screen wrapper that paints nothing, hide no article.
FIXED_BOXES = (
    b"<header style='position: fixed; top: 0; left: 0; right: 0; height: 60px; background: navy'>"
    b"News</header>"
    b"<div style='position: fixed; bottom: 0; left: 0; right: 0; height: 300px; background: white'>"
    b"We use cookies. <button>Accept</button></div>"
    b"<div style='position: fixed; inset: 0'><div style='position: absolute; top: 10px'>toast</div></div>"
)
LONG_STORY = ARTICLE_TEXT + b"<p>The engineers said the repairs held.</p>" * 80  # under the banner too


@_captured_in_batch(_Page({"/": Reply(body=b"<body>" + LONG_STORY + FIXED_BOXES + b"</body>")}))
def test_an_article_with_a_cookie_banner_and_a_sticky_header_is_read_as_rendered(batched: _Captured) -> None:
    _assert_read_as_rendered(batched.outcome)


# Only the height was bounded: a page 10,000 pixels wide gave a screenshot as wide, a bitmap as large as the
# page cared to make it.
WIDE = b"<body style='margin: 0'><p>Wide.</p><div style='width: 10000px; height: 10px'></div></body>"


@_captured_in_batch(_Page({"/": Reply(body=WIDE)}))
def test_a_page_wider_than_the_limit_gives_a_screenshot_cut_there(batched: _Captured) -> None:
    outcome = batched.outcome
    assert outcome.capture is not None and outcome.capture.browser is not None
    (screenshot,) = [a for a in outcome.capture.attachments if a.kind == "screenshot"]
    records = {r["headers"]["WARC-Record-ID"]: r for r in read_records(Path(outcome.capture.warc))}
    image = Image.open(io.BytesIO(records[screenshot.record_id]["payload"]))
    assert image.size == (MAX_SCREENSHOT_WIDTH, 2000)
    assert f"screenshot: the first {MAX_SCREENSHOT_WIDTH} of 10000 pixels of width" in " ".join(
        outcome.capture.browser.notes
    )


# A canvas of noise: a page of a few hundred bytes whose screenshot and print no compression makes small.
NOISE = b"""<body style='margin: 0'><p>Noise.</p><canvas width=1280 height=1500></canvas><script>
const context = document.querySelector('canvas').getContext('2d');
const image = context.createImageData(1280, 1500);
for (let i = 0; i < image.data.length; i++) image.data[i] = i % 4 === 3 ? 255 : Math.random() * 256;
context.putImageData(image, 0, 0);
</script></body>"""


def test_a_screenshot_and_a_pdf_over_max_bytes_are_not_kept_and_say_so(
    capture_in_browser: BrowserCapture, fixture_server: FixtureServer
) -> None:
    # --max-bytes bounded the DOM only: a page made a screenshot and a print of any size, kept whole.
    fixture_server.routes["/"] = Reply(body=NOISE)
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), max_bytes=200_000)
    outcome = capture_in_browser("http://news.example/", options)
    assert outcome.capture is not None and outcome.capture.browser is not None
    assert [a.kind for a in outcome.capture.attachments] == ["dom"]
    notes = " | ".join(outcome.capture.browser.notes)
    assert "screenshot: " in notes and "PDF: " in notes and "bytes, over the 200000 kept" in notes
    assert outcome.capture.browser.unrendered is None  # its DOM, small, is kept and read


def test_an_article_a_script_replaces_with_a_deletion_notice_five_seconds_in_keeps_no_dom(
    capture_in_browser: BrowserCapture, fixture_server: FixtureServer
) -> None:
    # The DOM was taken at three seconds, the article, and kept as what a reader saw, though the page showed
    # "This post was deleted" two seconds later; nothing in the record said how long the page was watched.
    replace_later = (
        b"<script>setTimeout(() => { document.body.innerHTML = '<p>This post was deleted.</p>' }, 5000)"
    )
    fixture_server.routes["/"] = Reply(body=b"<body>" + ARTICLE_TEXT + replace_later + b"</script></body>")
    outcome = _capture_news_home(capture_in_browser, fixture_server)
    assert _unrendered_without_dom(outcome).startswith(
        "rendered DOM: none kept, 100% of the text it held was gone from the page 6"
    )
    assert outcome.capture is not None
    assert _metadata(read_records(Path(outcome.capture.warc)))["browser"]["text_watched_until"] >= 6


def test_an_article_a_script_adds_to_five_seconds_in_keeps_its_dom(
    capture_in_browser: BrowserCapture, fixture_server: FixtureServer
) -> None:
    # Embeds, ads and a live blog's new entries add to the text a reader read; they take nothing from it.
    add_later = b"<script>setTimeout(() => { document.body.prepend('Update: the bridge reopened.') }, 5000)"
    fixture_server.routes["/"] = Reply(body=b"<body>" + ARTICLE_TEXT + add_later + b"</script></body>")
    outcome = _capture_news_home(capture_in_browser, fixture_server)
    _assert_read_as_rendered(outcome)


def test_an_article_a_subscribe_wall_covers_five_seconds_in_keeps_no_dom(
    capture_in_browser: BrowserCapture, fixture_server: FixtureServer
) -> None:
    # The wall came up after the DOM was taken at three seconds: the article was read as what a reader saw.
    wall_later = b"<script>setTimeout(() => document.body.insertAdjacentHTML('beforeend', `" + LOGIN_WALL
    fixture_server.routes["/"] = Reply(body=b"<body>" + ARTICLE_TEXT + wall_later + b"`), 5000)</script>")
    outcome = _capture_news_home(capture_in_browser, fixture_server)
    assert _unrendered_without_dom(outcome).startswith(
        "rendered DOM: none kept, an overlay (div#wall covered 100% of the text in view) hid the page"
        " from a reader 6"
    )


# The frame's own box paints no background, its document does: the wall was taken for a see-through box.
PAYWALL_FRAME = (
    b"<iframe id='paywall' style='position: fixed; inset: 0; width: 100%; height: 100%; border: 0'"
    b" srcdoc='<body style=\"background: white\">Subscribe to keep reading</body>'></iframe>"
)


@_captured_in_batch(_Page({"/": Reply(body=b"<body>" + ARTICLE_TEXT + PAYWALL_FRAME + b"</body>")}))
def test_an_article_under_a_paywall_served_in_a_full_screen_frame_keeps_no_dom(batched: _Captured) -> None:
    unrendered = _unrendered_without_dom(batched.outcome)
    assert "an overlay (iframe#paywall covered 100% of the text in view)" in unrendered


# A blog's backdrop, fixed behind its text, covers the viewport too, but under the article, not over it.
BACKDROP = (
    b"<div style='position: fixed; inset: 0; background: linear-gradient(white, lightblue)'></div>"
    b"<main style='position: relative'>"
)


@_captured_in_batch(_Page({"/": Reply(body=b"<body>" + BACKDROP + ARTICLE_TEXT + b"</main></body>")}))
def test_an_article_over_a_fixed_background_is_read_as_rendered(batched: _Captured) -> None:
    _assert_read_as_rendered(batched.outcome)


# Only a wall fixed in place was looked for: one absolutely positioned over the article hid it as well.
POSITIONED_WALL = (
    b"<div id='wall' style='position: absolute; inset: 0; background: white'>Log in to read</div>"
)


@_captured_in_batch(
    _Page({"/": Reply(body=b"<body style='position: relative'>" + ARTICLE_TEXT + POSITIONED_WALL)})
)
def test_an_article_under_a_wall_positioned_over_it_not_fixed_keeps_no_dom(batched: _Captured) -> None:
    assert "an overlay (div#wall covered" in _unrendered_without_dom(batched.outcome)


# A card's link stretched over it (a see-through box on top of its text) hides nothing.
CARD = (
    b"<style>.card { position: relative; background: #eee } .card a::after"
    b" { content: ''; position: absolute; inset: 0 }</style>"
    b"<div class='card'>" + ARTICLE_TEXT + b"<a href='/story'>Read</a></div>"
)


@_captured_in_batch(_Page({"/": Reply(body=b"<body>" + CARD + b"</body>")}))
def test_an_article_in_cards_with_stretched_links_is_read_as_rendered(batched: _Captured) -> None:
    _assert_read_as_rendered(batched.outcome)


# The page's own `window.print()` left a print job pending in Chromium, and the capture's own print then
# failed ("Page is already being printed"): no PDF was kept. Its alert, confirm and prompt, and the popup it
# opens, must not hold the capture either.
PRINTS_AND_ASKS = (
    b"<script>window.print(); alert('Hello'); confirm('Sure?'); prompt('Name?');"
    b" window.open('/popup', '_blank'); setTimeout(() => window.print(), 3500);</script>"
)


@_captured_in_batch(
    _Page({"/": Reply(body=ARTICLE_TEXT + PRINTS_AND_ASKS), "/popup": Reply(body=b"<p>Ad</p>")})
)
def test_a_page_that_calls_print_itself_still_gets_its_pdf_and_dialogs_hold_nothing(
    batched: _Captured,
) -> None:
    outcome = batched.outcome
    _assert_read_as_rendered(outcome)
    assert outcome.capture is not None and outcome.capture.browser is not None
    assert [a.kind for a in outcome.capture.attachments] == ["screenshot", "dom", "pdf"]
    assert outcome.capture.browser.notes == ()


# The DOM is still the cited document's (no other was loaded), but a reader saw another post's address in
# the bar: it was only in the metadata's `final_url`, compared with nothing and said nowhere.
RENAME = b"<script>history.pushState(null, '', '/2022/01/22/another-post')</script>"


@_captured_in_batch(_Page({"/": Reply(body=b"<body>" + ARTICLE_TEXT + RENAME + b"</body>")}))
def test_a_page_whose_script_gives_it_another_posts_address_before_its_dom_is_taken_says_so(
    batched: _Captured,
) -> None:
    outcome = batched.outcome
    _assert_read_as_rendered(outcome)
    assert outcome.capture is not None and outcome.capture.browser is not None
    assert outcome.capture.browser.notes == (
        "the page's script changed its address to http://news.example/2022/01/22/another-post before its DOM"
        " was taken, loading nothing: the attachments show the document loaded from http://news.example/",
    )


def test_a_page_of_very_many_elements_keeps_its_dom_within_a_short_step_and_says_what_was_not_looked_at(
    capture_in_browser: BrowserCapture, fixture_server: FixtureServer
) -> None:
    # Whether each element was shown is asked of the browser with the DOM, in the same step: on a page of
    # more elements than that look may take, the DOM itself must still be kept, the rest counted as shown.
    # 120,000 elements, more than the look takes (50,000). A step of 8 s, not 2 s: a loaded machine took
    # longer than 2 s to take the DOM of so large a page at all ("rendered DOM: not done within 2s").
    many = b"<div><span>cell</span></div>" * 60_000
    fixture_server.routes["/"] = Reply(body=b"<body>" + ARTICLE_TEXT + many + b"</body>")
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), timeout=8)
    outcome = capture_in_browser("http://news.example/", options)
    assert outcome.capture is not None and outcome.capture.browser is not None
    assert _dom_of(outcome.capture) is not None, outcome.capture.browser.notes
    _assert_read_as_rendered(outcome)
    assert (
        "shown text: not every element was looked at for whether it was shown (at most 50000, for 2s);"
        " the rest count as shown" in outcome.capture.browser.notes
    )
