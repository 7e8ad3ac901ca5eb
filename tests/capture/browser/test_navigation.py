"""Which of a page's requests were its document: the redirect trail the ledger reports."""

from __future__ import annotations

from provenance.capture.browser.navigation import address_changed_by_script, document_trail
from provenance.capture.browser.recording_proxy import BrowserRequest
from provenance.capture.exchange import Exchange


def _answered(url: str, status: int = 200, location: str | None = None) -> BrowserRequest:
    exchange = Exchange(
        url=url,
        ip="192.0.2.1",
        status=status,
        status_line=f"HTTP/1.1 {status} X",
        headers=(),
        location=location,
        truncation=None,
        body_bytes=0,
        response_record_id=f"<urn:uuid:{url}>",
    )
    return BrowserRequest("GET", url, "2024-01-01T00:00:00.000Z", exchange=exchange)


def _refused(url: str, error: str) -> BrowserRequest:
    return BrowserRequest("GET", url, "2024-01-01T00:00:00.000Z", error=error)


def test_the_browsers_own_account_of_the_redirects_picks_the_documents_hops() -> None:
    entries = [
        _answered("https://a.example/script.js"),
        _answered("https://a.example/start", 302, "/story"),
        _answered("https://a.example/story"),
        _answered("https://a.example/story"),  # fetched again by a script: not the document
    ]
    navigation = ["https://a.example/start", "https://a.example/story"]
    trail = document_trail("https://a.example/start", navigation, entries, None)
    assert [hop.url for hop in trail.hops] == navigation
    assert trail.hops[-1] is entries[2].exchange
    assert trail.error is None


def test_without_a_navigation_the_hops_are_followed_by_their_location_to_the_refused_one() -> None:
    entries = [
        _answered("http://a.example/start", 301, "http://10.0.0.1/admin"),
        _refused("http://10.0.0.1/admin", "blocked: 10.0.0.1 is a private address"),
    ]
    trail = document_trail("http://a.example/start", [], entries, "browser: net::ERR_FAILED")
    assert [hop.url for hop in trail.hops] == ["http://a.example/start"]
    assert trail.error == "blocked: 10.0.0.1 is a private address"


def test_without_a_navigation_a_backslash_location_is_followed_where_the_browser_went() -> None:
    # Chromium read `/\\10.0.0.1/admin` as `//10.0.0.1/admin` and the proxy refused that host; the trail
    # looked for `http://a.example/%5C10.0.0.1/admin`, found no such request and named the page's error.
    entries = [
        _answered("http://a.example/start", 302, "/\\10.0.0.1/admin"),
        _refused("http://10.0.0.1/admin", "blocked: 10.0.0.1 is a private address"),
    ]
    trail = document_trail("http://a.example/start", [], entries, "browser: net::ERR_FAILED")
    assert [hop.url for hop in trail.hops] == ["http://a.example/start"]
    assert trail.error == "blocked: 10.0.0.1 is a private address"


def test_an_error_status_is_the_trails_error() -> None:
    trail = document_trail(
        "http://a.example/gone", ["http://a.example/gone"], [_answered("http://a.example/gone", 404)], None
    )
    assert trail.error == "http 404"


def test_a_document_never_requested_says_why_the_page_did_not_load() -> None:
    trail = document_trail("http://a.example/", [], [], "timeout: the page did not load within 4s")
    assert trail.hops == [] and not trail.attempted
    assert trail.error == "timeout: the page did not load within 4s"


def test_an_address_a_script_gave_the_page_before_its_dom_was_taken_is_said_beside_the_dom() -> None:
    # `history.pushState` to another post's address: the DOM was kept as the cited page's, the address a
    # reader saw in the bar recorded only in the metadata, never compared with the cited one nor said.
    note = address_changed_by_script("http://news.example/post/1", "http://news.example/post/2")
    assert note == (
        "the page's script changed its address to http://news.example/post/2 before its DOM was taken,"
        " loading nothing: the attachments show the document loaded from http://news.example/post/1"
    )


def test_the_cited_address_kept_or_given_a_fragment_says_nothing() -> None:
    assert address_changed_by_script("http://news.example/post/1", "http://news.example/post/1#top") is None
    assert address_changed_by_script("http://news.example/post/1", "http://news.example/post/1") is None
    assert address_changed_by_script("http://news.example/post/1", None) is None
