"""Platform extractors, one module per platform, and `extractor_for`, which picks one by the cited URL.

A page that is a third party's copy of another (a machine translation, Google's cache, a reader's copy:
`pages.third_party_copy`), cited or reached by a redirect, is read, but its text and title are not the
source's words: they are left unread, and `unread` says whose copy it is, so no quote or title is confirmed
on a translator's or a copier's words.
"""

from __future__ import annotations

import logging

from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.login_walled import LoginWalledExtractor
from provenance.extractors.pages import third_party_copy
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
        return _as_a_copy_where_one(extractor.extract(page), url)
    except Exception as error:  # untrusted markup through third-party parsers: one page never stops a run
        why = f"{type(error).__name__}: {str(error)[:120]}"
    log.warning("%s: the captured page could not be read (%s)", url, why)
    return SourcePost(
        platform=extractor.platform, url=url, fields={"not read": f"the page could not be read: {why}"}
    )


def _as_a_copy_where_one(post: SourcePost, cited_url: str) -> SourcePost:
    """`post`, without the text and title a third party's copy of the source gives as its own (a machine
    translation's words passed `quote` as the source's): what the copy is stays said, in `unread`, and the
    rest (the metadata the copy passes on: date, author) is read as it was."""
    copy = third_party_copy(cited_url) or third_party_copy(post.url)
    if copy is None:
        return post
    said = f"its text and title are not the source's: the page is {copy}; cite and check the original"
    return post.model_copy(
        update={
            "text": "",
            "title": None,
            "unread": f"{said}; {post.unread}" if post.unread else said,
            "fields": {**post.fields, "not the source": copy[:500]},
        }
    )
