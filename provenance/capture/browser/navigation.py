"""Which of the page's recorded requests were the document itself: the redirect trail the ledger describes."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urldefrag

from provenance.capture.browser.recording_proxy import BrowserRequest
from provenance.capture.capture import RedirectTrail
from provenance.capture.location import redirect_target
from provenance.capture.uri import same_resource, without_userinfo

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def document_trail(
    requested_url: str,
    navigation: Sequence[str],
    entries: Sequence[BrowserRequest],
    page_error: str | None,
) -> RedirectTrail:
    """The document's hops among `entries` (the proxy's log, in order received).

    `navigation` is the browser's own account of the hops (each URL as Chromium wrote it); when the page did
    not load there is none, and the hops are followed from the requested URL by their `Location` headers.
    The trail's error is the first hop's that got no answer (its attempt kept, if the network was tried), an
    HTTP error status, or else why the page did not load.
    """
    unused = [entry for entry in entries if entry.method == "GET"]

    def take(url: str) -> BrowserRequest | None:
        # The requested URL as cited may be spelt otherwise than Chromium sent it (`'` as `%27`).
        found = next((entry for entry in unused if same_resource(entry.url, url)), None)
        if found is not None:
            unused.remove(found)
        return found

    trail = RedirectTrail(url=requested_url)
    planned = list(navigation)
    entry = take(planned.pop(0) if planned else requested_url)
    while entry is not None:
        if entry.exchange is None:
            trail.failed_attempt, trail.error = entry.failed_attempt, entry.error
            return trail
        trail.hops.append(entry.exchange)
        exchange = entry.exchange
        if exchange.status not in _REDIRECT_STATUSES or not exchange.location:
            break
        if planned:
            entry = take(planned.pop(0))
            continue
        target = redirect_target(entry.url, exchange.location)
        if target is None:
            said = without_userinfo(exchange.location)  # the detail is read by others: no password in it
            trail.error = f"redirect to an address that does not parse: {said!r}"
            return trail
        entry = take(target)
    last = trail.hops[-1] if trail.hops else None
    if last is not None and last.status >= 400:
        trail.error = f"http {last.status}"
    else:
        trail.error = page_error or (None if last else "browser: the page's document was never requested")
    return trail


def address_changed_by_script(page_url: str, final_url: str | None) -> str | None:
    """What the notes say of a page whose address, when its DOM was taken, was not the one its document was
    loaded from, where no request for that address was made (a script's `history.pushState` or
    `replaceState`: the document, and so the DOM, are still the ones loaded from `page_url`); None when it
    was the same (a `#fragment` aside). The address a reader saw in the bar is then said beside the DOM: it
    was recorded (the metadata's `final_url`) but never compared with the cited page's, nor said."""
    if final_url is None or same_resource(urldefrag(final_url).url, urldefrag(page_url).url):
        return None
    return (
        f"the page's script changed its address to {final_url[:300]} before its DOM was taken, loading"
        f" nothing: the attachments show the document loaded from {page_url[:300]}"
    )
