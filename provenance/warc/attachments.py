"""Browser attachments in a WARC: what they are called, and how a reader finds the rendered page.

A browser capture keeps what it made of the page as `resource` records, each linked to the page's response
record with `WARC-Concurrent-To` and named `urn:provenance:<kind>:<page URL>`: `screenshot` (PNG), `dom` (the
HTML after scripts ran, UTF-8), `shown` and `pdf`. `shown` is that DOM, taken at the same moment, with the
`hidden` attribute set on each element of its body that the browser did not render (its computed `display`
was `none`, or its `visibility` hid it and all it holds, by whatever stylesheet): made only when there was
one. The `dom` record stays the DOM as it was; `shown` is the tool's reading of it, named apart. The content
checks read a web page through its `shown` record when there is one, else its `dom` record (see
`reader.read_responses`), so that text a stylesheet hid from every reader is not the page's, as the readers
already drop `hidden` elements; any other document (a PDF, an image, a file to save) from its bytes, since
the DOM of a browser's viewer holds none of what the document says.
"""

from __future__ import annotations

from provenance.models import AttachmentKind

_PREFIX = "urn:provenance:"


def attachment_uri(kind: AttachmentKind, page_url: str) -> str:
    """The WARC-Target-URI of an attachment: its kind and the page it was made from."""
    return f"{_PREFIX}{kind}:{page_url}"


def is_rendered_dom(uri: str) -> bool:
    return uri.startswith(f"{_PREFIX}dom:")


def is_shown_dom(uri: str) -> bool:
    return uri.startswith(f"{_PREFIX}shown:")


# The media types a browser renders as a web page, whose DOM after scripts ran is what a reader saw.
_WEB_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def is_web_page(content_type: str | None) -> bool:
    """Whether an answer of `content_type` is a web page a browser renders (one with no type too: Chromium
    sniffs it, and what it made of it is what a reader saw)."""
    if not content_type:
        return True
    return content_type.partition(";")[0].strip().lower() in _WEB_PAGE_TYPES
