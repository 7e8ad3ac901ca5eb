"""Browser attachments in a WARC: what they are called, and how a reader finds the rendered page.

A browser capture keeps what it made of the page as `resource` records, each linked to the page's response
record with `WARC-Concurrent-To` and named `urn:provenance:<kind>:<page URL>`: `screenshot` (PNG), `dom` (the
HTML after scripts ran, UTF-8) and `pdf`. The content checks read the page through its `dom` record when
there is one (see `reader.read_responses`).
"""

from __future__ import annotations

from provenance.models import AttachmentKind

_PREFIX = "urn:provenance:"


def attachment_uri(kind: AttachmentKind, page_url: str) -> str:
    """The WARC-Target-URI of an attachment: its kind and the page it was made from."""
    return f"{_PREFIX}{kind}:{page_url}"


def is_rendered_dom(uri: str) -> bool:
    return uri.startswith(f"{_PREFIX}dom:")
