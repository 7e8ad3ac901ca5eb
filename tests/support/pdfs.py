"""PDF files made byte by byte, for tests and benchmarks of the PDF reader: objects numbered from 1 (the
first the catalog) and their cross-reference table, so every offset is right and pdfminer reads them as
written."""

from __future__ import annotations

from collections.abc import Sequence

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_of(objects: Sequence[bytes], trailer: bytes = b"") -> bytes:
    """A PDF file of `objects` with its cross-reference table; `trailer` adds entries to its trailer (such
    as `/Info 6 0 R`, or an `/Encrypt` dictionary and its `/ID`)."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []  # a bytearray: 100,000 objects are built in linear time
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        b" " + trailer if trailer else b"",
        xref,
    )
    return bytes(out)


def one_page_pdf(
    stream: bytes,
    flate_encoded: bool = False,
    resources: bytes = b"",
    more: Sequence[bytes] = (),
    trailer: bytes = b"",
) -> bytes:
    """A PDF of one page drawn by `stream` (already Flate-encoded when `flate_encoded`), Helvetica as its
    font /F1 (object 5); `more` objects follow from number 6, and `resources` (more entries of the page's
    /Resources, such as `/XObject << /Fm1 6 0 R >>`) or `trailer` (`/Info 6 0 R`) may name them."""
    encoding = b" /Filter /FlateDecode" if flate_encoded else b""
    return pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >>%s >> >>" % resources,
            b"<< /Length %d%s >>\nstream\n" % (len(stream), encoding) + stream + b"\nendstream",
            HELVETICA,
            *more,
        ],
        trailer,
    )
