"""The paragraphs before a citing passage (`readers.paragraphs`), which `provenance locate` reads for a
speaker a passage names by a pronoun only, in every format a report is read in."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Context, ReportFormat
from provenance.readers import read_report
from provenance.readers.paragraphs import body_paragraphs
from tests.support.converters import libreoffice_to_pdf, pandoc_to_docx, pandoc_to_odt

_NAMED = "Dmitry Medvedev, deputy chair of the Security Council, posted on his channel late on Thursday."
_REPORT = (
    "# Overnight\n\n"
    "Kyiv was quiet until midnight.\n\n"
    f"{_NAMED}\n\n"
    "“The West will regret this,” he wrote.[^1]\n\n"
    "[^1]: Telegram, January 21, 2022.\n"
)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The one report as Markdown, text, HTML (as a browser saves it: a page on one line), DOCX, ODT and
    PDF."""
    folder = tmp_path_factory.mktemp("paragraphs")
    markdown = folder / "report.md"
    markdown.write_text(_REPORT, encoding="utf-8")
    text = folder / "report.txt"
    text.write_text(
        _REPORT.replace("# Overnight", "OVERNIGHT").replace("[^1]", "[1]").replace("[1]:", "[1]"),
        encoding="utf-8",
    )
    html = folder / "report.html"
    html.write_text(
        "<html><body><h1>Overnight</h1><p>Kyiv was quiet until midnight.</p>"
        f"<p>{_NAMED}</p><p>“The West will regret this,” he wrote."
        '<sup><a href="#fn1" id="r1">1</a></sup></p>'
        '<ol><li id="fn1">Telegram, January 21, 2022. <a href="#r1">↩</a></li></ol></body></html>',
        encoding="utf-8",
    )
    docx = pandoc_to_docx(markdown, folder / "report.docx")
    (pdf,) = libreoffice_to_pdf([docx], folder)
    odt = pandoc_to_odt(markdown, folder / "report.odt")
    return {"md": markdown, "txt": text, "html": html, "docx": docx, "odt": odt, "pdf": pdf}


@pytest.mark.parametrize("kind", ["md", "txt", "html", "docx", "odt", "pdf"])
def test_the_paragraphs_before_a_citing_passage_are_read_nearest_first_in_every_format(
    reports: dict[str, Path], kind: str
) -> None:
    path = reports[kind]
    report = read_report(path)
    (context,) = report.footnotes[0].contexts
    assert context.text == "“The West will regret this,” he wrote."
    paragraphs = body_paragraphs(path.read_bytes(), report.format, str(path))
    # The nearest two, not the heading three paragraphs up; the report's contexts are untouched.
    assert paragraphs.before(context) == (_NAMED, "Kyiv was quiet until midnight.")


def test_a_passage_whose_paragraph_is_not_found_has_none_before_it() -> None:
    paragraphs = body_paragraphs(b"First paragraph.\n\nSecond one.[1]\n", ReportFormat.TEXT, "r.txt")
    assert paragraphs.before(Context(line=3, text="Second one.")) == ("First paragraph.",)
    # A line past the report (it changed since it was read) or a passage of no paragraph of the HTML.
    assert paragraphs.before(Context(line=9, text="Second one.")) == ()
    page = body_paragraphs(b"<p>One.</p><p>Two[1]</p>", ReportFormat.HTML, "r.html")
    assert page.before(Context(line=1, text="Three")) == ()


def test_two_html_paragraphs_opening_alike_on_one_line_give_no_guess() -> None:
    markup = b"<p>Rybar posted.</p><p>He wrote it.</p><p>Medvedev posted.</p><p>He wrote it.</p>"
    page = body_paragraphs(markup, ReportFormat.HTML, "r.html")
    assert page.before(Context(line=1, text="He wrote it.")) == ()


def test_bytes_the_reader_refuses_give_no_paragraphs() -> None:
    assert body_paragraphs(b"PK\x03\x04 not a zip", ReportFormat.DOCX, "r.docx").paragraphs == ()
    assert body_paragraphs(b"%PDF-1.4 nothing", ReportFormat.PDF, "r.pdf").paragraphs == ()
    assert body_paragraphs(b"PK\x03\x04 not a zip", ReportFormat.ODT, "r.odt").paragraphs == ()
    assert body_paragraphs(b"<office:document", ReportFormat.ODT, "r.fodt").paragraphs == ()


@pytest.mark.parametrize("piece", ["](", "[^", "*_", "](" + "a" * 3000])
def test_a_hostile_markdown_paragraph_is_read_in_linear_time(piece: str) -> None:
    line = "words " + piece * (100_000 // len(piece))
    data = f"Named here.\n\n{line}\n\nHe wrote.[^1]\n\n[^1]: Telegram.\n".encode()
    paragraphs = body_paragraphs(data, ReportFormat.MARKDOWN, "r.md")
    before = paragraphs.before(Context(line=5, text="He wrote."))
    assert before[1] == "Named here." and len(before[0]) <= 2_000


def test_markdown_s_marks_around_a_name_are_dropped_without_leaving_a_space_before_its_comma() -> None:
    # `**Dmitry Medvedev**, the deputy chair, …` read as "Dmitry Medvedev , the deputy chair": no speaker.
    data = (
        "**Dmitry Medvedev**, the deputy chair, [posted](https://t.me/x) late.\n\n"
        "> “So,” he wrote.[^1]\n\n[^1]: Telegram.\n"
    ).encode()
    paragraphs = body_paragraphs(data, ReportFormat.MARKDOWN, "r.md")
    before = paragraphs.before(Context(line=3, text="“So,” he wrote."))
    assert before == ("Dmitry Medvedev, the deputy chair, posted late.",)


def test_html_inline_elements_run_on_and_a_block_quote_is_given_as_a_quotation() -> None:
    # Wikipedia's `<a>Dmitry Medvedev</a>, deputy chairman`: read "Dmitry Medvedev , deputy", no speaker;
    # and the post's words set apart between the name and `He wrote` read as the report's own, `the West`
    # taken for a name standing between.
    markup = (
        "<p>On 21 January, <a href='/wiki/M'>Dmitry Medvedev</a>, deputy chairman, posted.</p>"
        "<blockquote><p>The West will regret this.</p></blockquote>"
        "<p>He wrote that “the West will regret this”.<sup><a href='#n1'>[1]</a></sup></p>"
    ).encode()
    page = body_paragraphs(markup, ReportFormat.HTML, "r.html")
    before = page.before(Context(line=1, text="He wrote that “the West will regret this”."))
    assert before == (
        "\u201cThe West will regret this.\u201d",
        "On 21 January, Dmitry Medvedev, deputy chairman, posted.",
    )


def test_a_markdown_block_quote_is_given_as_a_quotation() -> None:
    data = b"Medvedev posted.\n\n> The West will regret this.\n> All of it.\n\nHe wrote it.[^1]\n\n[^1]: T.\n"
    paragraphs = body_paragraphs(data, ReportFormat.MARKDOWN, "r.md")
    assert paragraphs.before(Context(line=6, text="He wrote it.")) == (
        "\u201cThe West will regret this. All of it.\u201d",
        "Medvedev posted.",
    )


def test_paragraphs_without_letters_are_passed_over_only_a_few_deep() -> None:
    # A rule (`* * *`) between the name and the passage is passed over; a hostile run of them is not walked.
    def before(rules: int) -> tuple[str, ...]:
        text = "Medvedev posted.\n\n" + "* * *\n\n" * rules + "He wrote it.[1]\n\n[1] Telegram.\n"
        paragraphs = body_paragraphs(text.encode(), ReportFormat.TEXT, "r.txt")
        return paragraphs.before(Context(line=3 + 2 * rules, text="He wrote it."))

    assert before(1) == ("Medvedev posted.",)
    assert before(50_000) == ()


def test_a_docx_paragraph_in_word_s_quote_style_is_given_as_a_quotation(tmp_path: Path) -> None:
    # The post's words set apart in Word's "Quote" style between the name and `He wrote`: read as the
    # report's own, `the West` was taken for someone `he` may be, and nobody was guessed.
    source = tmp_path / "quoted.md"
    source.write_text(
        f'{_NAMED}\n\n::: {{custom-style="Quote"}}\nThe West will regret this.\n:::\n\n'
        "He wrote that “the West will regret this”.[^1]\n\n[^1]: Telegram, January 21, 2022.\n",
        encoding="utf-8",
    )
    docx = pandoc_to_docx(source, tmp_path / "quoted.docx")
    report = read_report(docx)
    (context,) = report.footnotes[0].contexts
    paragraphs = body_paragraphs(docx.read_bytes(), report.format, str(docx))
    assert paragraphs.before(context) == ("\u201cThe West will regret this.\u201d", _NAMED)


def test_an_odt_paragraph_in_a_quotation_style_is_given_as_a_quotation_and_notes_leave_no_mark() -> None:
    # ODT's paragraphs were not read at all: a pronoun's passage in a Writer report had no one guessed.
    from tests.readers.test_odt import _content, _note, _package

    styles = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Quotations"/>'
    body = (
        f"<text:p>{_NAMED}{_note('1', 'Telegram, January 20, 2022.')}</text:p>"
        '<text:p text:style-name="P1">The West will regret this.</text:p>'
        f"<text:p>He wrote that \u201cthe West will regret this\u201d.{_note('2', 'Telegram.')}</text:p>"
    )
    data = _package(_content(body, styles))
    paragraphs = body_paragraphs(data, ReportFormat.ODT, "r.odt")
    before = paragraphs.before(Context(line=3, text="He wrote that \u201cthe West will regret this\u201d."))
    assert before == ("\u201cThe West will regret this.\u201d", _NAMED)
