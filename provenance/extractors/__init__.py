"""Platform extractors, one module per platform, and `extractor_for`, which picks one by the cited URL."""

from __future__ import annotations

import logging

from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.login_walled import LoginWalledExtractor
from provenance.extractors.telegram import TelegramExtractor
from provenance.extractors.twitter import TwitterExtractor
from provenance.extractors.web import WebExtractor
from provenance.extractors.youtube import YouTubeExtractor
from provenance.models import SourcePost
from provenance.warc.reader import StoredResponse

log = logging.getLogger("provenance.extractors")

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


def extract_source(
    url: str,
    responses: tuple[StoredResponse, ...],
    start: str | None = None,
    main_text: bool = True,
    failures: tuple[tuple[str, str], ...] = (),
) -> SourcePost:
    """What the source at `url` says, read from the responses its WARC holds (from `start`, when given: an
    archived copy of `url` read by the extractor of `url`). `main_text` False: no check will look for words
    in the text, which may then be the page's whole visible text instead of its main text. `failures`: why
    requests the capture made got no answer, by URL (`CapturedPage.failures`).

    Extractors never raise on hostile content; should one still fail (a parser library's own bug on a
    crafted page), the page is taken as saying nothing, so its checks warn instead of the run stopping.
    """
    extractor = extractor_for(url)
    try:
        page = CapturedPage(url=url, responses=responses, start=start, main_text=main_text, failures=failures)
        return extractor.extract(page)
    except Exception as error:  # untrusted markup through third-party parsers: one page never stops a run
        why = f"{type(error).__name__}: {str(error)[:120]}"
    log.warning("%s: the captured page could not be read (%s)", url, why)
    return SourcePost(
        platform=extractor.platform, url=url, fields={"not read": f"the page could not be read: {why}"}
    )
