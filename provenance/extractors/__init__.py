"""Platform extractors, one module per platform, and `extractor_for`, which picks one by the cited URL."""

from __future__ import annotations

from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.login_walled import LoginWalledExtractor
from provenance.extractors.telegram import TelegramExtractor
from provenance.extractors.twitter import TwitterExtractor
from provenance.extractors.web import WebExtractor
from provenance.extractors.youtube import YouTubeExtractor
from provenance.models import SourcePost
from provenance.warc.reader import StoredResponse

__all__ = ["EXTRACTORS", "CapturedPage", "Extractor", "extract_source", "extractor_for"]

# The first that handles a URL reads it; the web extractor handles every URL, so it comes last.
EXTRACTORS: tuple[Extractor, ...] = (
    TelegramExtractor(),
    TwitterExtractor(),
    YouTubeExtractor(),
    LoginWalledExtractor(),
    WebExtractor(),
)


def extractor_for(url: str) -> Extractor:
    return next(extractor for extractor in EXTRACTORS if extractor.handles(url))


def extract_source(url: str, responses: tuple[StoredResponse, ...], start: str | None = None) -> SourcePost:
    """What the source at `url` says, read from the responses its WARC holds (from `start`, when given: an
    archived copy of `url` read by the extractor of `url`)."""
    return extractor_for(url).extract(CapturedPage(url=url, responses=responses, start=start))
