"""An Internet Archive item's page (`archive.org/details/<item>`), read as a web page and, beside it, the
item's own text: the words the Internet Archive derived from its uploaded file (`<file>_djvu.txt`, a scan's
OCR or a PDF's text), which the capture asks for once the page links to it
(`side_urls.internet_archive_text_follow_ups`).

The page shows what the uploader wrote of the item (its title, its description), not the document: a quote
found only there warns (`checks.quote`). The item's text is the document's words, kept apart in `fields`
(`INTERNET_ARCHIVE_ITEM_TEXT`, with the address it was read from), so a quote found in it passes as the
document's. A text cut (its body at `INTERNET_ARCHIVE_TEXT_MAX_BYTES`, or longer than `MAX_TEXT` characters)
says so (`INTERNET_ARCHIVE_ITEM_TEXT_CUT`): a quote not found in it may stand after the cut, and never
passes.

The text is read as the Internet Archive serves it: `/stream/…` as a page holding it in a `<pre>` block,
`/download/…` as plain text. Bounded: the body as the WARC reader keeps it, at most `MAX_TEXT` characters.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.pages import MAX_TEXT, decode_html
from provenance.extractors.web import WebExtractor
from provenance.html_nesting import within_nesting
from provenance.models import Platform, SourcePost
from provenance.side_urls import (
    INTERNET_ARCHIVE_ITEM_TEXT,
    INTERNET_ARCHIVE_ITEM_TEXT_CUT,
    INTERNET_ARCHIVE_ITEM_TEXT_FROM,
    INTERNET_ARCHIVE_TEXT_MAX_BYTES,
    internet_archive_item,
)
from provenance.warc.reader import StoredResponse


def _text_of(answer: StoredResponse) -> str:
    """The item's text an answer holds: a `/stream/` page's `<pre>` block, or a plain text body."""
    content_type = (answer.header("Content-Type") or "").casefold()
    opening = answer.body[:200].lstrip()[:15].lower()
    markup = "html" in content_type or (
        "text/plain" not in content_type and opening.startswith((b"<!doctype", b"<html"))
    )
    if not markup:  # OCR's text may open with `<<` or `<page 1>`: its type says it is text
        return answer.body.decode("utf-8", "replace")
    tree = LexborHTMLParser(within_nesting(decode_html(answer)))
    block = tree.css_first("pre")
    return block.text() if block is not None else ""


def item_s_own_text(item: str, page: CapturedPage) -> tuple[str, str, str | None] | None:
    """The item's own text the capture holds (its answer 200 to a request for one of the item's
    `…_djvu.txt` files), the address it was read from, and why it was cut (None where it was read whole);
    None where the capture holds none."""
    for prefix in ("https://archive.org/stream/", "https://archive.org/download/"):
        answer = page.answer_to(f"{prefix}{item}/")
        if answer is not None and answer.status == 200 and answer.uri.endswith("_djvu.txt"):
            break
    else:
        return None
    text = _text_of(answer).strip()
    cut: str | None = None
    if answer.cut:
        # At the text's own cap, the run's `--max-bytes` if lower, or by the server or a deadline.
        cut = f"its body was cut short; at most {INTERNET_ARCHIVE_TEXT_MAX_BYTES:,} bytes of it are kept"
    elif len(text) > MAX_TEXT:
        cut = f"only its first {MAX_TEXT:,} characters were read"
    return text[:MAX_TEXT], answer.uri, cut


class InternetArchiveItemExtractor(Extractor):
    """An Internet Archive item's page, read as a web page with the item's own text beside it."""

    platform = Platform.WEB

    def handles(self, url: str) -> bool:
        return internet_archive_item(url) is not None

    def extract(self, page: CapturedPage) -> SourcePost:
        post = WebExtractor().extract(page)
        item = internet_archive_item(page.url)
        read = item_s_own_text(item, page) if item is not None and post.problem is None else None
        if read is None or not read[0]:
            return post
        text, address, cut = read
        fields = {**post.fields, INTERNET_ARCHIVE_ITEM_TEXT: text, INTERNET_ARCHIVE_ITEM_TEXT_FROM: address}
        if cut is not None:
            fields[INTERNET_ARCHIVE_ITEM_TEXT_CUT] = cut
        return post.model_copy(update={"fields": fields})
