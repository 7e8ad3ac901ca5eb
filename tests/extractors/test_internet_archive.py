"""An Internet Archive item's page is read with the item's own text beside it: the link its page gives to
that text (`/stream/<item>/<file>_djvu.txt`) is the capture's follow-up, and the answer's words, from a
`<pre>` block or plain text, are kept in `fields` for the quote check, a cut one marked so."""

from __future__ import annotations

import io
import time

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from provenance.extractors import extract_source
from provenance.extractors.pages import MAX_TEXT
from provenance.side_urls import (
    INTERNET_ARCHIVE_ITEM_TEXT,
    INTERNET_ARCHIVE_ITEM_TEXT_CUT,
    INTERNET_ARCHIVE_ITEM_TEXT_FROM,
    INTERNET_ARCHIVE_TEXT_MAX_BYTES,
    internet_archive_text_follow_ups,
    internet_archive_text_url,
)
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer

ITEM = "eastmoor-planning-minutes-1987"
PAGE = f"https://archive.org/details/{ITEM}"
TEXT = f"https://archive.org/stream/{ITEM}/{ITEM}_djvu.txt"
ITEM_PAGE = f"""<html><head><title>Planning committee minutes : Internet Archive</title></head><body>
<h1 class="item-title" itemprop="name">Planning committee minutes</h1>
<div id="descript" itemprop="description"><p>Scanned minutes.</p></div>
<a href="/download/{ITEM}/{ITEM}.pdf">PDF download</a>
<a href="/stream/{ITEM}/{ITEM}_djvu.txt">FULL TEXT download</a>
</body></html>"""


@pytest.mark.parametrize(
    ("link", "found"),
    [
        (f'href="/stream/{ITEM}/{ITEM}_djvu.txt"', TEXT),
        (f'href="https://archive.org/download/{ITEM}/{ITEM}_djvu.txt"', TEXT),
        (
            f'href="/stream/{ITEM}/scans/part%201_djvu.txt"',
            f"https://archive.org/stream/{ITEM}/scans/part%201_djvu.txt",
        ),
        # Another item's text (a related item in the page's list), a PDF, a path that climbs out: none.
        ('href="/stream/another-item/another-item_djvu.txt"', None),
        (f'href="/download/{ITEM}/{ITEM}.pdf"', None),
        (f'href="/stream/{ITEM}/../other/x_djvu.txt"', None),
        (f'href="https://example.org/stream/{ITEM}/{ITEM}_djvu.txt"', None),
    ],
)
def test_the_item_s_text_is_the_one_its_page_links_to(link: str, found: str | None) -> None:
    assert internet_archive_text_url(ITEM, f"<a {link}>FULL TEXT download</a>".encode()) == found


def test_only_an_item_s_page_asks_for_its_text() -> None:
    assert internet_archive_text_follow_ups("https://archive.org/details/@eastmoorhistory") is None
    assert internet_archive_text_follow_ups("https://www.example.org/details/x") is None
    assert internet_archive_text_follow_ups(PAGE) is not None


def test_a_hostile_item_page_is_read_for_its_link_in_linear_time() -> None:
    pages = [
        ('href="/stream/' * 120_000).encode(),
        (f'href="/stream/{ITEM}/' + "a" * 200_000).encode(),
        (f'<a href="/stream/{ITEM}/x.pdf">' * 40_000).encode(),
    ]
    started = time.process_time()
    for hostile in pages:
        assert internet_archive_text_url(ITEM, hostile) is None
    assert time.process_time() - started < 5  # about 0.1 s here


def _text_answer(body: bytes, cut: bool = False, plain: bool = False, uri: str = TEXT) -> StoredResponse:
    kind = "text/plain; charset=utf-8" if plain else "text/html; charset=utf-8"
    return StoredResponse(uri=uri, status=200, headers=(("Content-Type", kind),), body=body, cut=cut)


def test_the_item_s_text_in_its_full_text_page_is_kept_beside_the_page() -> None:
    words = "41. EASTFIELD DEPOT\nthe committee resolved to close the Eastfield depot &amp; yard"
    body = f"<html><body><h1>Full text of</h1><pre>{words}</pre></body></html>".encode()
    post = extract_source(PAGE, (answer(PAGE, ITEM_PAGE), _text_answer(body)))
    assert post.fields[INTERNET_ARCHIVE_ITEM_TEXT] == words.replace("&amp;", "&")
    assert post.fields[INTERNET_ARCHIVE_ITEM_TEXT_FROM] == TEXT
    assert INTERNET_ARCHIVE_ITEM_TEXT_CUT not in post.fields
    assert "resolved to close" not in post.text  # the page's own words stay the uploader's


def test_a_plain_text_download_is_read_as_the_item_s_text() -> None:
    uri = f"https://archive.org/download/{ITEM}/{ITEM}_djvu.txt"
    post = extract_source(
        PAGE, (answer(PAGE, ITEM_PAGE), _text_answer(b"<< page 1 >> minutes", plain=True, uri=uri))
    )
    assert post.fields[INTERNET_ARCHIVE_ITEM_TEXT] == "<< page 1 >> minutes"


def test_a_cut_text_says_why() -> None:
    cut = extract_source(
        PAGE, (answer(PAGE, ITEM_PAGE), _text_answer(b"minutes " * 10, cut=True, plain=True))
    )
    assert cut.fields[INTERNET_ARCHIVE_ITEM_TEXT_CUT] == (
        f"its body was cut short; at most {INTERNET_ARCHIVE_TEXT_MAX_BYTES:,} bytes of it are kept"
    )
    long = extract_source(PAGE, (answer(PAGE, ITEM_PAGE), _text_answer(b"m" * (MAX_TEXT + 1), plain=True)))
    assert len(long.fields[INTERNET_ARCHIVE_ITEM_TEXT]) == MAX_TEXT
    assert long.fields[INTERNET_ARCHIVE_ITEM_TEXT_CUT] == f"only its first {MAX_TEXT:,} characters were read"


@pytest.mark.parametrize(
    "responses",
    [
        (answer(PAGE, ITEM_PAGE),),  # not asked for, or no answer
        (answer(PAGE, ITEM_PAGE), answer(TEXT, "Not found", status=404)),
        (
            answer(PAGE, ITEM_PAGE),
            answer("https://archive.org/stream/another-item/another-item_djvu.txt", "x"),
        ),
    ],
)
def test_no_text_is_kept_where_the_capture_holds_none_of_the_item_s(
    responses: tuple[StoredResponse, ...],
) -> None:
    post = extract_source(PAGE, responses)
    assert INTERNET_ARCHIVE_ITEM_TEXT not in post.fields


def _warc_holding(url: str, status: int, body: bytes) -> io.BytesIO:
    """A WARC holding one response, as a capture writes it."""
    stream = io.BytesIO()
    headers = StatusAndHeaders(f"{status} OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer = WARCWriter(stream, gzip=False)
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
    )
    stream.seek(0)
    return stream


def test_the_follow_up_asks_for_the_linked_text_with_its_own_cap() -> None:
    chooser = internet_archive_text_follow_ups(PAGE)
    assert chooser is not None
    (chosen,) = chooser(_warc_holding(PAGE, 200, ITEM_PAGE.encode()))
    assert (chosen.url, chosen.max_bytes) == (TEXT, INTERNET_ARCHIVE_TEXT_MAX_BYTES)
    # An item page that did not answer links to nothing.
    assert list(chooser(_warc_holding(PAGE, 503, ITEM_PAGE.encode()))) == []
