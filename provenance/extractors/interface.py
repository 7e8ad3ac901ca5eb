"""The extractor interface: one module per platform, each an `Extractor` that reads a `SourcePost`.

An extractor never fetches anything. It reads what the source says from the responses stored in the WARC: the
evidence itself, not a second download. The side documents its platform needs beside the cited page (widget,
oEmbed, JSON) are named in `provenance.side_urls`, which a check consults before its first request, when none
of the page-reading code has loaded yet.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from provenance.capture.location import redirect_target
from provenance.capture.uri import same_resource
from provenance.models import Platform, SourcePost
from provenance.warc.reader import StoredResponse

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_MAX_HOPS = 20


@dataclass(frozen=True)
class CapturedPage:
    """The responses stored for one footnote, and the URL that was asked for first."""

    url: str
    responses: tuple[StoredResponse, ...]
    start: str | None = None  # where reading starts when not at `url` (an archived copy of it)
    # Whether a check will read the page's main text (quoted words to find). Reading it is most of an
    # extractor's work; without it, the page's visible text stands in (see `web.read_web_page`).
    main_text: bool = True
    # Why a request stored with no answer got none, by its URL, as the capture's metadata record says
    # (`skipped: t.me answered HTTP 429 …`: a side request held back after its host asked for a pause).
    failures: tuple[tuple[str, str], ...] = ()

    def failure(self, url: str) -> str | None:
        """Why the capture's request for `url` got no answer, when its metadata says."""
        exact = next((why for uri, why in self.failures if uri == url), None)
        if exact is not None:
            return exact
        return next((why for uri, why in self.failures if same_resource(uri, url)), None)

    def first(self, url: str) -> StoredResponse | None:
        """The response stored for `url`, when there is one: for exactly `url`, or else for `url` as another
        client spelt it (a browser escapes what a plain request need not: see `same_resource`), or without
        its fragment, which is never sent (`…/live#block-61ea0010`, a live blog's entry, is stored as the
        request for `…/live`): read at the cited entry's address, the page was taken as never answered."""
        exact = next((response for response in self.responses if response.uri == url), None)
        if exact is not None:
            return exact
        spelt = next((response for response in self.responses if same_resource(response.uri, url)), None)
        bare, _, fragment = url.partition("#")
        if spelt is not None or not fragment:
            return spelt
        return self.first(bare)

    def answer(self, url: str | None = None) -> StoredResponse | None:
        """Where `url` (default: the page's own URL) ended: its last stored redirect hop's response."""
        current = self.first(url or self.start or self.url)
        for _ in range(_MAX_HOPS):
            if current is None or current.status not in _REDIRECTS:
                return current
            location = current.header("Location")
            target = redirect_target(current.uri, location) if location else None
            following = self.first(target) if target is not None else None
            if following is None:
                return current
            current = following
        return current

    def answer_to(self, prefix: str) -> StoredResponse | None:
        """The answer to the first stored request whose URL starts with `prefix` (side requests by family)."""
        first = next((response for response in self.responses if response.uri.startswith(prefix)), None)
        return self.answer(first.uri) if first else None


class Extractor(ABC):
    """Reads what one platform's pages say. `handles` picks the extractor by the cited URL."""

    platform: Platform

    @abstractmethod
    def handles(self, url: str) -> bool:
        """Whether this extractor reads pages of `url`."""

    @abstractmethod
    def extract(self, page: CapturedPage) -> SourcePost:
        """What the source says. Never raises on hostile or malformed content: unknown fields stay None."""
