"""Browser attachments in a WARC: what they are called, and how a reader finds the rendered page.

A browser capture keeps what it made of the page as `resource` records, each linked to the page's response
record with `WARC-Concurrent-To` and named `urn:provenance:<kind>:<page URL>`: `screenshot` (PNG), `dom` (the
HTML after scripts ran, UTF-8) and `pdf`. The content checks read a web page through its `dom` record when
there is one (see `reader.read_responses`); any other document (a PDF, an image, a file to save) from its
bytes, since the DOM of a browser's viewer holds none of what the document says.
"""

from __future__ import annotations

from provenance.models import AttachmentKind

_PREFIX = "urn:provenance:"


def attachment_uri(kind: AttachmentKind, page_url: str) -> str:
    """The WARC-Target-URI of an attachment: its kind and the page it was made from."""
    return f"{_PREFIX}{kind}:{page_url}"


def is_rendered_dom(uri: str) -> bool:
    return uri.startswith(f"{_PREFIX}dom:")


# The media types a browser renders as a web page, whose DOM after scripts ran is what a reader saw.
_WEB_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def is_web_page(content_type: str | None) -> bool:
    """Whether an answer of `content_type` is a web page a browser renders (one with no type too: Chromium
    sniffs it, and what it made of it is what a reader saw)."""
    if not content_type:
        return True
    return content_type.partition(";")[0].strip().lower() in _WEB_PAGE_TYPES
