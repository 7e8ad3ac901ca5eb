"""A cited PDF (a government report, a court filing) is read: its pages' text for the quote check, its /Title
for the title check; one the PDF reader refuses is said to be unread, and why."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
import zlib

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.date import check_date
from provenance.checks.quote import check_quote
from provenance.checks.title import check_title
from provenance.extractors.pages import MAX_TEXT
from provenance.extractors.web import read_web_page
from provenance.models import Citation, Context, Footnote, Platform, SourcePost
from provenance.readers import pdf
from provenance.warc.reader import StoredResponse
from tests.support.pdfs import one_page_pdf, pdf_of

URL = "https://www.gov.example/uploads/damage-assessment.pdf"
_TEXT = (
    b"BT /F1 12 Tf 72 720 Td (The bridge sustained damage to two spans.) Tj 0 -16 Td (Repairs begin) Tj ET"
)
_INFO = b"<< /Title (Damage assessment: the Old Bridge) /Author (Roads Agency) /CreationDate (D:20220124) >>"


def _answer(body: bytes, content_type: str | None = "application/pdf", cut: bool = False) -> StoredResponse:
    headers = (("Content-Type", content_type),) if content_type else ()
    return StoredResponse(uri=URL, status=200, headers=headers, body=body, cut=cut)


def _given(source: SourcePost, title: str = "Damage assessment: the Old Bridge", *quotes: str) -> CheckInput:
    footnote = Footnote(label="1", text="x", line=3, contexts=(Context(line=1, text="t", quotes=quotes),))
    citation = Citation(platform=Platform.WEB, title=title, date=dt.date(2022, 1, 24), url=URL)
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=source, source=source)


def test_a_quote_in_a_cited_pdf_passes_and_one_not_in_it_is_not_found() -> None:
    source = read_web_page(URL, _answer(one_page_pdf(_TEXT)))

    assert source.unread is None
    assert source.text == "The bridge sustained damage to two spans.\nRepairs begin"
    found = check_quote(_given(source, "", "sustained damage to two spans"))
    assert found.status == "pass", found
    missing = check_quote(_given(source, "", "the bridge collapsed"))
    assert missing.status == "warn" and "not found" in missing.detail, missing
    assert "not searched" not in missing.detail and "has no text" not in missing.detail


def test_a_quote_across_a_line_break_of_the_pdf_passes() -> None:
    source = read_web_page(URL, _answer(one_page_pdf(_TEXT)))

    assert check_quote(_given(source, "", "two spans. Repairs begin")).status == "pass"


# A cover's heading, above the text: the document shows its title (in its own case and punctuation).
_TITLED = b"BT /F1 18 Tf 72 750 Td (DAMAGE ASSESSMENT - THE OLD BRIDGE) Tj ET " + _TEXT


def test_the_title_comes_from_the_pdf_metadata_and_its_dates_are_not_a_publication_date() -> None:
    source = read_web_page(URL, _answer(one_page_pdf(_TITLED, more=[_INFO], trailer=b"/Info 6 0 R")))

    assert source.title == "Damage assessment: the Old Bridge"
    assert source.fields["PDF /Title"] == "Damage assessment: the Old Bridge"
    assert source.fields["PDF /Author"] == "Roads Agency"
    assert source.author is None  # who made the file, not who the document says wrote it
    assert check_title(_given(source)).status == "pass"
    # A file's creation is not publication: the date check still says the source gives none.
    assert source.published is None
    dated = check_date(_given(source))
    assert dated.status == "warn" and "shows no publication date" in dated.detail, dated


def _opening(*lines: bytes) -> bytes:
    """A page whose text opens with `lines`, one under another, over `_TEXT`'s."""
    shown = b" ".join(b"0 -16 Td (%s) Tj" % line for line in lines)
    return b"BT /F1 12 Tf 72 750 Td " + shown + b" ET " + _TEXT


def test_a_pdf_dated_by_a_dateline_of_its_own_on_its_first_page_gives_that_day() -> None:
    # A report's cover, a statement's head: `Geneva, 24 January 2022` on a line of its own. Unread, the
    # document had no date and a note citing its day warned.
    page = _opening(b"Damage assessment: the Old Bridge", b"Kyiv, 24 January 2022")
    source = read_web_page(URL, _answer(one_page_pdf(page, more=[_INFO], trailer=b"/Info 6 0 R")))
    assert (source.published, source.published_day_only) == (dt.datetime(2022, 1, 24, tzinfo=dt.UTC), True)
    assert source.published_from == "the dateline on its first page ('Kyiv, 24 January 2022')"
    assert check_date(_given(source)).status == "pass"
    given = _given(source)
    later = given.citation.model_copy(update={"date": dt.date(2022, 1, 31)})
    assert check_date(dataclasses.replace(given, citation=later)).status == "fail"


@pytest.mark.parametrize(
    "lines",
    [
        # Two datelines of different days (a timeline, a letter answering another's): neither is the file's.
        (b"Kyiv, 24 January 2022", b"Lviv, 2 February 2022"),
        # A day in a sentence, after a label, or without its year, is no dateline.
        (b"The spans were inspected in Kyiv on 24 January 2022.",),
        (b"Updated, 24 January 2022",),
        (b"Kyiv, 24 January",),
    ],
)
def test_a_pdf_s_day_that_is_no_single_dateline_gives_no_date(lines: tuple[bytes, ...]) -> None:
    source = read_web_page(URL, _answer(one_page_pdf(_opening(*lines))))
    assert source.published is None


def test_a_hostile_pdf_opening_is_read_for_its_dateline_fast() -> None:
    hostile = b"0 -1 Td (%s) Tj " % (b"Kyiv Kyiv Kyiv, " * 4 + b"2" * 60)
    page = b"BT /F1 12 Tf 72 750 Td " + hostile * 2_000 + b" ET"
    started = time.process_time()
    source = read_web_page(URL, _answer(one_page_pdf(page)))
    assert source.published is None
    assert time.process_time() - started < 5.0


def test_pdf_metadata_in_utf16_is_decoded_bounded_and_escaped() -> None:
    title = "\ufeffRapport\u00a0sur le pont\x07".encode("utf-16-be")
    info = b"<< /Title <%s> /Author (%s) >>" % (title.hex().encode(), b"x" * 100_000)
    source = read_web_page(URL, _answer(one_page_pdf(_TEXT, more=[info], trailer=b"/Info 6 0 R")))

    assert source.fields["PDF /Title"] == "Rapport sur le pont\\x07"
    assert source.fields["PDF /Author"] == "x" * 500


_REPORT_2021 = (
    b"BT /F1 18 Tf 72 720 Td (Annual Report 2021) Tj 0 -20 Td (Roads Agency) Tj 0 -20 Td"
    b" (Spending on bridges rose by 40 percent in 2021.) Tj ET"
)


def _filed_as(title: bytes) -> SourcePost:
    info = b"<< /Title (%s) /Author (jsmith) >>" % title
    return read_web_page(URL, _answer(one_page_pdf(_REPORT_2021, more=[info], trailer=b"/Info 6 0 R")))


def test_a_pdf_whose_title_metadata_is_another_document_s_confirms_no_title_of_it() -> None:
    # Last year's report copied into this year's: its /Title, "Annual Report 2020", passed a note citing the
    # 2020 report at the 2021 report's address.
    source = _filed_as(b"Annual Report 2020")

    assert source.title is None
    assert source.fields["PDF /Title"] == "Annual Report 2020"
    result = check_title(_given(source, "Annual Report 2020"))
    assert result.status == "warn", result
    assert result.detail.endswith("; its file's /Title, 'Annual Report 2020', is not on its pages"), result


@pytest.mark.parametrize(
    "title", [b"Annual Report 2020", b"Microsoft Word - AR21_final_v3.docx"], ids=["stale", "word processor"]
)
def test_a_pdf_whose_title_metadata_is_not_its_own_passes_the_title_its_first_page_shows(
    title: bytes,
) -> None:
    # Its /Title was the title: the document's own, on its first page, warned.
    result = check_title(_given(_filed_as(title), "Annual Report 2021"))
    assert result.status == "pass", result


def test_a_title_behind_a_reference_to_itself_is_left_out_and_the_text_still_read() -> None:
    info = [b"<< /Title 7 0 R /Author (Roads Agency) >>", b"7 0 R"]
    source = read_web_page(URL, _answer(one_page_pdf(_TEXT, more=info, trailer=b"/Info 6 0 R")))

    assert source.unread is None and source.text.startswith("The bridge sustained")
    assert source.title is None and source.fields["PDF /Author"] == "Roads Agency"


def test_a_body_that_starts_with_the_pdf_header_is_read_whatever_its_type_says() -> None:
    source = read_web_page(URL, _answer(one_page_pdf(_TEXT), content_type="application/octet-stream"))

    assert source.unread is None and source.text.startswith("The bridge sustained")


def test_the_text_is_cut_at_max_text_and_later_pages_are_not_drawn() -> None:
    line = b"(" + b"w" * 90 + b") Tj 0 -12 Td "
    page_stream = b"BT /F1 8 Tf 20 780 Td " + line * 60 + b"ET"
    count = 2 * MAX_TEXT // (91 * 60) + 2
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = b" ".join(b"%d 0 R" % (3 + 2 * index) for index in range(count))
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count))
    font = 3 + 2 * count
    for index in range(count):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * index, font)
        )
        compressed = zlib.compress(page_stream)
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(compressed) + compressed + b"\nendstream"
        )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")

    body = pdf_of(objects)
    source = read_web_page(URL, _answer(body))

    assert len(source.text) == MAX_TEXT
    pages, _ = pdf._read_document(body, "many pages", enough_text=MAX_TEXT)
    assert len(pages) < count


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (one_page_pdf(b"0 0 m 100 100 l S"), "the PDF has no text, only images of pages (a scan?)"),
        (
            # A password is needed (the /U entry does not match the empty one): pdfminer cannot decrypt it.
            one_page_pdf(
                _TEXT,
                trailer=b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >> /ID [<%s> <%s>]"
                % (b"ab" * 32, b"cd" * 32, b"01" * 16, b"01" * 16),
            ),
            "the PDF is encrypted",
        ),
        (b"%PDF-1.4\n" + b"\x00garbage" * 10, "cannot be read as PDF"),
        (b"<p>Not found</p>", "not a PDF document (no %PDF- header)"),
    ],
    ids=["scan", "encrypted", "damaged", "not-a-pdf"],
)
def test_a_pdf_the_reader_refuses_is_said_to_be_unread_and_why(body: bytes, reason: str) -> None:
    source = read_web_page(URL, _answer(body))

    assert source.unread is not None and source.unread.startswith(f"its PDF body is not read: {reason}")
    assert "\n" not in source.unread
    assert "save an unprotected copy" not in source.unread and "OCR" not in source.unread
    assert not source.text and source.title is None
    quote = check_quote(_given(source, "", "sustained damage"))
    assert quote.status == "warn" and f"({source.unread})" in quote.detail, quote


def test_a_pdf_cut_before_its_end_is_not_read_as_a_whole_document() -> None:
    body = one_page_pdf(_TEXT)
    source = read_web_page(URL, _answer(body[: len(body) // 2], cut=True))

    assert source.unread is not None and source.unread.startswith(
        "its PDF body is not read: the capture holds"
    )
    assert not source.text


@pytest.mark.parametrize(
    "line",
    [
        b"For immediate release: 13 March 2024",
        b"FOR IMMEDIATE RELEASE - 13 March 2024",
        b"Release date: 13.03.2024",
    ],
)
def test_a_press_release_dated_by_its_release_line_gives_that_day(line: bytes) -> None:
    # A press release's head gives its day only after its label: read as no dateline, the release had no date
    # and a note citing its day warned.
    page = _opening(b"NATIONAL ELECTION COMMISSION  PRESS RELEASE", line)
    source = read_web_page(URL, _answer(one_page_pdf(page, more=[_INFO], trailer=b"/Info 6 0 R")))
    assert (source.published, source.published_day_only) == (dt.datetime(2024, 3, 13, tzinfo=dt.UTC), True)
    assert source.published_from == f"the dateline on its first page ({line.decode()!r})"


@pytest.mark.parametrize(
    "line",
    [b"Embargoed until 13 March 2024", b"For immediate release", b"Release date: March", b"Released in 2024"],
)
def test_a_release_line_without_a_day_or_an_embargo_s_dates_nothing(line: bytes) -> None:
    page = _opening(b"PRESS RELEASE", line)
    source = read_web_page(URL, _answer(one_page_pdf(page, more=[_INFO], trailer=b"/Info 6 0 R")))
    assert source.published is None


@pytest.mark.parametrize(
    ("head", "status"),
    [
        (b"NATIONAL ELECTION COMMISSION  PRESS RELEASE", "pass"),
        (b"National Election Commission", "pass"),
        # A headline about the commission, or another body's name that opens with its words: no issuer's.
        (b"National Election Commission rejects recount request", "warn"),
        (b"National Election Commissions of Asia  PRESS RELEASE", "warn"),
    ],
)
def test_a_press_release_s_first_line_naming_its_issuer_credits_it(head: bytes, status: str) -> None:
    # No byline names the issuer; its PDF's /Author names whoever made the file: "no author found" warned.
    page = _opening(head, b"For immediate release: 13 March 2024")
    source = read_web_page(URL, _answer(one_page_pdf(page, more=[_INFO], trailer=b"/Info 6 0 R")))
    given = _given(source)
    cited = given.citation.model_copy(update={"author": "National Election Commission"})
    result = check_author(
        CheckInput(footnote=given.footnote, citation=cited, outcome=None, live=source, source=source)
    )
    assert result.status == status, result
    if status == "pass":
        assert result.detail.startswith(
            "cited 'National Election Commission'; the document's first line names it"
        )
