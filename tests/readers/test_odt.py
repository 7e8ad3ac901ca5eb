"""ODT reports: notes, marks, links and contexts as LibreOffice and pandoc write them, checked against the
Markdown reader on the same example (the oracle), plus hand-made packages for what Writer keeps apart
(tracked changes, hidden text) and for each way a hostile package is refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import cli
from provenance.citations import parse_citation
from provenance.errors import InputError
from provenance.models import Report, ReportFormat
from provenance.readers import docx as docx_reader
from provenance.readers import odt as odt_reader
from provenance.readers import read_report, read_report_bytes, reader_for
from tests.readers.support import LINKS_AMONG_WRITTEN_ADDRESSES, notes_as_read, oracle_notes
from tests.support.converters import Converted, libreoffice_convert, pandoc_to_odt

ODT_TYPE = "application/vnd.oasis.opendocument.text"
_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" office:version="1.3"'
)


@dataclass(frozen=True)
class ConvertedOdt:
    brief_md: Path
    long_md: Path
    brief_pandoc: Path
    long_pandoc: Path
    brief_libreoffice: Path
    long_libreoffice: Path
    brief_flat: Path


@pytest.fixture(scope="module")
def odt(converted: Converted, tmp_path_factory: pytest.TempPathFactory) -> ConvertedOdt:
    """The examples as ODT: by pandoc from the Markdown, and by LibreOffice from pandoc's DOCX."""
    folder = tmp_path_factory.mktemp("odt")
    brief_lo, long_lo = libreoffice_convert([converted.brief_docx, converted.long_docx], folder, "odt")
    [brief_flat] = libreoffice_convert([converted.brief_docx], folder, "fodt")
    return ConvertedOdt(
        converted.brief_md,
        converted.long_md,
        pandoc_to_odt(converted.brief_md, folder / "brief-pandoc.odt"),
        pandoc_to_odt(converted.long_md, folder / "long-pandoc.odt"),
        brief_lo,
        long_lo,
        brief_flat,
    )


def _content(body: str, styles: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NAMESPACES}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )


def _package(content: str | bytes, mimetype: str = ODT_TYPE, extra: dict[str, bytes] | None = None) -> bytes:
    """An ODT package as Writer lays it out: `mimetype` first and stored, then the XML parts."""
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as package:
        package.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        data = content.encode() if isinstance(content, str) else content
        package.writestr("content.xml", data, compress_type=zipfile.ZIP_DEFLATED)
        for name, part in (extra or {}).items():
            package.writestr(name, part, compress_type=zipfile.ZIP_DEFLATED)
    return packed.getvalue()


def _note(citation: str, body: str, kind: str = "footnote", label: str = "") -> str:
    custom = f' text:label="{label}"' if label else ""
    return (
        f'<text:note text:id="n{citation}" text:note-class="{kind}">'
        f"<text:note-citation{custom}>{citation}</text:note-citation>"
        f"<text:note-body><text:p>{body}</text:p></text:note-body></text:note>"
    )


def _read(body: str, styles: str = "") -> Report:
    return read_report_bytes(_package(_content(body, styles)), "report.odt")


def test_odt_with_typed_notes_and_more_sources_typed_as_bullets_under_them_says_so() -> None:
    # Said nothing before: the report passed on its note alone, the bullet's link never checked.
    paragraphs = (
        "The channel said “we left”.[1]",
        "Sources",
        "[1] Rybar, Telegram, https://t.me/rybar/1",
        "{bullet} Telegram, https://t.me/wargonzo/5",
    )
    body = "".join(f"<text:p>{text}</text:p>" for text in paragraphs)
    said = _read(body.replace("{bullet}", "- WarGonzo,"))
    assert [(f.code, f.line) for f in said.findings] == [("sources-beside-notes", 4)]
    assert [note.urls for note in said.footnotes] == [("https://t.me/rybar/1",)]
    # A bullet giving the note's own link again lists no other source: nothing said.
    again = body.replace("wargonzo/5", "rybar/1")
    assert _read(again.replace("{bullet}", "- Rybar,")).findings == ()


_HIDDEN_STYLE = (
    '<style:style style:name="Hide" style:family="text">'
    '<style:text-properties text:display="none"/></style:style>'
)


@pytest.mark.parametrize("example", ["brief", "long"])
@pytest.mark.parametrize("writer", ["pandoc", "libreoffice"])
def test_odt_from_pandoc_and_libreoffice_gives_what_the_markdown_reader_finds(
    odt: ConvertedOdt, example: str, writer: str
) -> None:
    markdown = read_report(getattr(odt, f"{example}_md"))
    document = read_report(getattr(odt, f"{example}_{writer}"))
    assert document.format is ReportFormat.ODT
    assert notes_as_read(document) == oracle_notes(markdown)
    assert document.findings == ()


def test_odt_notes_are_labelled_by_their_shown_mark_with_paragraph_locations(odt: ConvertedOdt) -> None:
    document = read_report(odt.brief_libreoffice)
    assert [(note.label, note.line, note.location) for note in document.footnotes] == [
        ("1", 3, "footnote 1, cited in paragraph 3"),
        ("2", 3, "footnote 2, cited in paragraph 3"),
        ("3", 4, "footnote 3, cited in paragraph 4"),
        ("4", 4, "footnote 4, cited in paragraph 4"),
        ("5", 4, "footnote 5, cited in paragraph 4"),
        ("6", 5, "footnote 6, cited in paragraph 5"),
    ]
    assert [(c.line, c.location) for c in document.footnotes[0].contexts] == [(3, "paragraph 3")]


def test_odt_link_in_a_note_is_read_from_its_href(odt: ConvertedOdt) -> None:
    long = read_report(odt.long_pandoc)
    statement = next(note for note in long.footnotes if note.text.startswith("Ministry of Defence"))
    assert statement.text == "Ministry of Defence, the statement of January 22."
    assert statement.urls == ("https://mod.example/statement/22",)


def test_odt_link_showing_another_url_than_its_target_is_said() -> None:
    link = (
        '<text:a xlink:type="simple" xlink:href="https://t.me/fakerybar/1">https://t.me/rybar/12345</text:a>'
    )
    report = _read(f"<text:p>A claim.{_note('1', f'Rybar, Telegram, January 21, 2022, {link}')}</text:p>")
    [note] = report.footnotes
    assert note.urls[0] == "https://t.me/fakerybar/1"
    assert [finding.code for finding in note.findings] == ["link-text-differs"]


def test_odt_custom_marks_and_endnotes_keep_the_mark_shown() -> None:
    report = _read(
        "<text:p>One.{}</text:p><text:p>Two.{}</text:p>".format(
            _note("*", "Telegram, January 21, 2022.", label="*"),
            _note("i", "Twitter, January 22, 2022.", kind="endnote"),
        )
    )
    assert [(note.label, note.location) for note in report.footnotes] == [
        ("*", "footnote *, cited in paragraph 1"),
        ("i", "endnote i, cited in paragraph 2"),
    ]


def test_odt_notes_showing_the_same_mark_are_each_a_note_of_their_own() -> None:
    # Writer restarts note numbers by chapter or page when asked (Tools > Footnotes and Endnotes): chapter
    # 2's first note shows 1 again. One label for both made them one footnote: the second note's source was
    # never read, and its quote was compared with the first note's source.
    report = _read(
        '<text:h text:outline-level="1">Chapter 1</text:h>'
        f"<text:p>He said “we hold the bridge”.{_note('1', 'Mayor, Telegram, https://t.me/mayor/1')}</text:p>"
        '<text:h text:outline-level="1">Chapter 2</text:h>'
        f"<text:p>She said “we lost it”.{_note('1', 'Governor, Telegram, https://t.me/governor/2')}</text:p>"
    )
    assert [
        (note.label, note.urls, note.location, [c.quotes for c in note.contexts], note.findings)
        for note in report.footnotes
    ] == [
        ("1", ("https://t.me/mayor/1",), "footnote 1, cited in paragraph 2", [("we hold the bridge",)], ()),
        (
            "1 (2)",
            ("https://t.me/governor/2",),
            "footnote 1 (2), cited in paragraph 4",
            [("we lost it",)],
            (),
        ),
    ]


def test_odt_spaces_tabs_and_line_breaks_are_spaces_in_the_quote() -> None:
    body = (
        "<text:p>He wrote “just<text:s/>setting<text:tab/>up<text:line-break/>my"
        "<text:soft-page-break/> twttr”.{}</text:p>".format(
            _note("1", "Jack Dorsey, Twitter, March 21, 2006.")
        )
    )
    [note] = _read(body).footnotes
    assert note.contexts[0].quotes == ("just setting up my twttr",)


def test_odt_link_deleted_with_changes_tracked_is_not_the_notes_link() -> None:
    # Writer keeps deleted words apart from the text (`text:tracked-changes`), where they stand as paragraphs
    # of their own: read, the replaced link was the note's first URL and the quote it no longer makes was
    # compared.
    deleted = (
        '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
        "<office:change-info><dc:creator>Editor</dc:creator></office:change-info>"
        '<text:p>“We never left” <text:a xlink:href="https://t.me/fakerybar/1">https://t.me/fakerybar/1</text:a>'
        "</text:p></text:deletion></text:changed-region></text:tracked-changes>"
    )
    note = _note("1", 'Rybar, Telegram, <text:change text:change-id="ct1"/>https://t.me/rybar/12345')
    report = _read(f"{deleted}<text:p>The channel said it had crossed.{note}</text:p>")
    [footnote] = report.footnotes
    assert footnote.urls == ("https://t.me/rybar/12345",)
    assert footnote.contexts[0].quotes == ()
    assert footnote.line == 1


def test_odt_link_inserted_with_changes_tracked_is_the_notes_link() -> None:
    inserted = (
        '<text:tracked-changes><text:changed-region text:id="ct1"><text:insertion>'
        "<office:change-info><dc:creator>Editor</dc:creator></office:change-info>"
        "</text:insertion></text:changed-region></text:tracked-changes>"
    )
    link = '<text:a xlink:href="https://t.me/rybar/12345">the post</text:a>'
    note = _note(
        "1",
        f'Rybar, Telegram, <text:change-start text:change-id="ct1"/>{link}'
        '<text:change-end text:change-id="ct1"/>',
    )
    [footnote] = _read(f"{inserted}<text:p>A claim.{note}</text:p>").footnotes
    assert footnote.urls == ("https://t.me/rybar/12345",)


def test_odt_hidden_note_link_is_not_the_notes_link() -> None:
    # A span hidden by its style (Format > Character > Hidden) is not in the report a reader sees.
    hidden = '<text:span text:style-name="Hide"><text:a xlink:href="https://t.me/fakerybar/1">here</text:a></text:span>'
    shown = '<text:a xlink:href="https://t.me/rybar/12345">the post</text:a>'
    [footnote] = _read(
        f"<text:p>A claim.{_note('1', f'Rybar, {hidden}Telegram, {shown}')}</text:p>", _HIDDEN_STYLE
    ).footnotes
    assert footnote.urls == ("https://t.me/rybar/12345",)
    assert footnote.text == "Rybar, Telegram, the post"


@pytest.mark.parametrize(
    "hidden",
    [
        '<text:span text:style-name="Hide">“had crossed”</text:span>',
        '<text:span text:style-name="HideToo">“had crossed”</text:span>',  # hidden by the style it inherits
        '<text:hidden-text text:condition="ooow:1" text:string-value="“had crossed”" text:is-hidden="true"/>',
    ],
)
def test_odt_hidden_text_is_no_quote_of_the_note(hidden: str) -> None:
    styles = _HIDDEN_STYLE + (
        '<style:style style:name="HideToo" style:family="text" style:parent-style-name="Hide">'
        '<style:text-properties style:font-name="Liberation Serif"/></style:style>'
    )
    [note] = _read(
        f"<text:p>The channel said {hidden} it.{_note('1', 'Rybar, Telegram, January 21, 2022.')}</text:p>",
        styles,
    ).footnotes
    assert note.contexts[0].quotes == ()


def test_odt_hidden_text_field_that_shows_is_read() -> None:
    shown = (
        '<text:hidden-text text:condition="ooow:0" text:string-value="“had crossed”" text:is-hidden="false"/>'
    )
    [note] = _read(
        f"<text:p>The channel said {shown} it.{_note('1', 'Rybar, Telegram, January 21, 2022.')}</text:p>"
    ).footnotes
    assert note.contexts[0].quotes == ("had crossed",)


def test_odt_hidden_paragraph_and_its_note_are_not_read() -> None:
    hidden = '<text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>'
    report = _read(
        f"<text:p>{hidden}“We left”.{_note('1', 'https://t.me/fakerybar/1')}</text:p>"
        f"<text:p>A claim.{_note('2', 'Rybar, Telegram, https://t.me/rybar/12345')}</text:p>"
    )
    assert [(note.label, note.urls, note.line) for note in report.footnotes] == [
        ("2", ("https://t.me/rybar/12345",), 2)
    ]


def test_odt_comments_are_not_read_as_text() -> None:
    comment = (
        "<office:annotation><dc:creator>Me</dc:creator><text:p>“check this”</text:p></office:annotation>"
    )
    [note] = _read(
        f"<text:p>A claim{comment}.{_note('1', 'Rybar, Telegram, January 21, 2022.')}</text:p>"
    ).footnotes
    assert note.contexts[0].quotes == ()
    assert note.contexts[0].text == "A claim."


def test_odt_notes_inside_tables_and_frames_are_read_with_their_paragraph() -> None:
    table = (
        "<table:table><table:table-row>"
        "<table:table-cell><text:p>Mayor</text:p></table:table-cell>"
        "<table:table-cell><text:p>“We will win”</text:p></table:table-cell>"
        f"<table:table-cell><text:p>{_note('1', 'Mayor, Telegram, https://t.me/mayor/1')}</text:p></table:table-cell>"
        "</table:table-row></table:table>"
    )
    frame = (
        "<text:p>Before the box.<draw:frame><draw:text-box><text:p>The box says “we left”."
        f"{_note('2', 'Rybar, Telegram, https://t.me/rybar/2')}</text:p></draw:text-box></draw:frame></text:p>"
    )
    report = _read(f"<text:p>Intro.</text:p>{table}{frame}")
    assert [(note.label, note.line, note.contexts[0].quotes) for note in report.footnotes] == [
        ("1", 4, ("We will win",)),
        ("2", 6, ("we left",)),
    ]


def test_odt_quotations_style_is_a_block_quote_cited_by_the_note_after_it() -> None:
    styles = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Quotations"/>'
    report = _read(
        '<text:p text:style-name="P1">We will never withdraw from the river.</text:p>'
        f"<text:p>{_note('1', 'Mayor, Telegram, https://t.me/mayor/1')} said the mayor.</text:p>",
        styles,
    )
    [note] = report.footnotes
    assert note.contexts[0].quotes == ("We will never withdraw from the river.",)


_RAISED_STYLE = (
    '<style:style style:name="Mark" style:family="text">'
    '<style:text-properties style:text-position="super 58%"/></style:style>'
)
_MAYOR = "<text:p>The mayor said “we hold the bridge”.{}</text:p>".format(
    _note("1", "Mayor, Telegram, https://t.me/mayor/1")
)


def _cited_again(report: Report) -> list[tuple[str, list[tuple[str | None, tuple[str, ...]]]]]:
    return [(note.label, [(c.location, c.quotes) for c in note.contexts]) for note in report.footnotes]


def test_odt_quote_cited_again_by_a_cross_reference_set_as_a_notes_mark_is_that_notes_claim() -> None:
    # Writer's Insert > Cross-reference to a footnote, set in superscript as the mark is: read as the digit
    # it shows, the quote before it was no footnote's and footnote 1 came out verified without it compared.
    again = (
        '<text:span text:style-name="Mark"><text:note-ref text:note-class="footnote" '
        'text:reference-format="text" text:ref-name="n1">1</text:note-ref></text:span>'
    )
    report = _read(f"{_MAYOR}<text:p>Later he said “we lost the bridge”.{again}</text:p>", _RAISED_STYLE)
    assert _cited_again(report) == [
        ("1", [("paragraph 1", ("we hold the bridge",)), ("paragraph 2", ("we lost the bridge",))])
    ]
    assert report.footnotes[0].contexts[1].text == "Later he said “we lost the bridge”."


def test_odt_word_noteref_field_kept_by_libreoffice_cites_its_note_again() -> None:
    # A DOCX's `NOTEREF _Ref1 \f` saved by LibreOffice as ODT: a field it keeps as Word's (a fieldmark)
    # around the number it shows, naming the bookmark LibreOffice puts on the note.
    mayor = _MAYOR.replace("<text:note ", '<text:bookmark-start text:name="_Ref1"/><text:note ', 1).replace(
        "</text:note>", '</text:note><text:bookmark-end text:name="_Ref1"/>', 1
    )
    field = (
        '<field:fieldmark-start text:name="Bookmark" field:type="vnd.oasis.opendocument.field.UNHANDLED">'
        '<field:param field:name="vnd.oasis.opendocument.field.code" field:value="NOTEREF _Ref1 \\f \\h"/>'
        "</field:fieldmark-start><field:fieldmark-separator/>"
        '<text:span text:style-name="Mark">1</text:span><field:fieldmark-end/>'
    )
    report = _read(f"{mayor}<text:p>Later he said “we lost the bridge”.{field}</text:p>", _RAISED_STYLE)
    assert _cited_again(report) == [
        ("1", [("paragraph 1", ("we hold the bridge",)), ("paragraph 2", ("we lost the bridge",))])
    ]


def test_odt_cross_reference_in_the_line_of_text_names_a_note_without_citing_it() -> None:
    # “see note 1”: the number in the text, not set as a mark, is no second citation.
    again = (
        '<text:note-ref text:note-class="footnote" text:reference-format="text" text:ref-name="n1">'
        "1</text:note-ref>"
    )
    report = _read(f"{_MAYOR}<text:p>Later, “we lost it” (see note {again}).</text:p>", _RAISED_STYLE)
    assert _cited_again(report) == [("1", [("paragraph 1", ("we hold the bridge",))])]


def _indented(name: str, properties: str) -> str:
    return (
        f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Text_20_body">'
        f"<style:paragraph-properties {properties}/></style:style>"
    )


_SET_IN = _indented("P1", 'fo:margin-left="0.7874in" fo:text-indent="0in"') + _indented(
    "P2", 'fo:margin-left="0.7874in" fo:text-align="center"'
)
_FO_NAMESPACE = 'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'


def _with_fo(body: str, styles: str) -> Report:
    content = _content(body, styles).replace(
        "<office:document-content ", f"<office:document-content {_FO_NAMESPACE} "
    )
    return read_report_bytes(_package(content), "report.odt")


def test_odt_paragraph_set_in_from_the_margin_is_a_block_quote_cited_by_the_note_opening_the_next() -> None:
    # A DOCX block quote set in by indentation (Word's Increase Indent, Google Docs) as LibreOffice saves it:
    # an automatic style with a left margin. Read as a paragraph of its own, the note opening the paragraph
    # after it came out verified without the quoted words compared.
    body = (
        "<text:p>The mayor spoke on Monday.</text:p>"
        '<text:p text:style-name="P1">We will never withdraw from the river.</text:p>'
        f"<text:p>{_note('1', 'Mayor, Telegram, https://t.me/mayor/1')} said the mayor.</text:p>"
        "<text:p>Nothing more was said.</text:p>"
    )
    [note] = _with_fo(body, _SET_IN).footnotes
    assert note.contexts[0].quotes == ("We will never withdraw from the river.",)


@pytest.mark.parametrize(
    "set_apart",
    [
        '<text:p text:style-name="P2">We will never withdraw from the river.</text:p>',  # centred
        '<text:list><text:list-item><text:p text:style-name="P1">We will never withdraw from the river.'
        "</text:p></text:list-item></text:list>",
    ],
    ids=["centred", "list item"],
)
def test_odt_centred_or_listed_paragraph_set_in_is_no_block_quote(set_apart: str) -> None:
    body = (
        "<text:p>The mayor spoke on Monday.</text:p>"
        f"{set_apart}"
        f"<text:p>{_note('1', 'Mayor, Telegram, https://t.me/mayor/1')} said the mayor.</text:p>"
        "<text:p>Nothing more was said.</text:p>"
    )
    [note] = _with_fo(body, _SET_IN).footnotes
    assert note.contexts[0].quotes == ()


def test_odt_notes_typed_by_hand_are_read_paragraph_by_paragraph() -> None:
    report = _read(
        "<text:p>The channel claimed it.[1]</text:p>"
        '<text:h text:outline-level="1">Sources</text:h>'
        "<text:p>[1] Rybar, Telegram, January 21, 2022, https://t.me/rybar/12345</text:p>"
    )
    [note] = report.footnotes
    assert (note.label, note.urls, note.location) == ("1", ("https://t.me/rybar/12345",), "paragraph 3")
    assert note.contexts[0].location == "paragraph 1"


def test_odt_notes_typed_by_hand_with_tabs_between_their_parts_keep_them_apart() -> None:
    # `[1]`, a tab, `Two Majors`, a tab, `Telegram`, …: read as spaces, the name ran on into `Two Majors
    # Telegram`, named no one, and the URL's channel (Rybar) stood for the author. A tab indenting a
    # paragraph is still a space: the paragraph is no block quote.
    report = _read(
        "<text:p><text:tab/>The channel claimed it.[1]</text:p>"
        '<text:h text:outline-level="1">Sources</text:h>'
        "<text:p>[1]<text:tab/>Two Majors<text:tab/>Telegram<text:tab/>January 21, 2022<text:tab/>"
        "https://t.me/rybar/12345</text:p>"
    )
    [note] = report.footnotes
    assert note.text == "Two Majors\nTelegram\nJanuary 21, 2022\nhttps://t.me/rybar/12345"
    assert parse_citation(note).citation.author == "Two Majors"
    assert [(context.location, context.text) for context in note.contexts] == [
        ("paragraph 1", "The channel claimed it.")
    ]


_SAID = '<text:p>The channel said “we left”.<text:span text:style-name="Mark">1</text:span></text:p>'


def test_odt_notes_typed_by_hand_cited_by_superscript_digits_are_cited_there() -> None:
    # Marks typed as digits set in superscript (Format > Character > Position): read as the digit, the quote
    # before it was no note's claim, and the note came out with nothing to compare.
    report = _read(
        f"{_SAID}<text:h>Sources</text:h>"
        "<text:p>1. Rybar, Telegram, January 21, 2022, https://t.me/rybar/1</text:p>",
        _RAISED_STYLE,
    )
    assert [(note.label, [(c.location, c.quotes) for c in note.contexts]) for note in report.footnotes] == [
        ("1", [("paragraph 1", ("we left",))])
    ]


def test_odt_superscript_digit_marks_without_notes_are_a_style_not_read() -> None:
    # It had "nothing to verify", and `check` passed it.
    report = _read(_SAID, _RAISED_STYLE)
    assert (report.footnotes, [finding.code for finding in report.findings]) == (
        (),
        ["markers-without-notes"],
    )


def test_odt_superscript_digits_beside_notes_are_text() -> None:
    area = '<text:p>The area is 20 m<text:span text:style-name="Mark">2</text:span>.</text:p>'
    report = _read(
        f"{area}<text:p>A claim.{_note('1', 'Rybar, Telegram, https://t.me/rybar/1')}</text:p>", _RAISED_STYLE
    )
    assert (len(report.footnotes), report.findings) == (1, ())


def test_odt_with_marks_but_no_notes_is_a_style_not_read() -> None:
    report = _read("<text:p>The channel claimed it.¹ It was deleted.(2)</text:p>")
    assert [finding.code for finding in report.findings] == ["markers-without-notes"]


def test_flat_odt_is_read_as_the_package_is() -> None:
    flat = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NAMESPACES} '
        f'office:mimetype="{ODT_TYPE}"><office:body><office:text>'
        f"<text:p>A claim.{_note('1', 'Rybar, Telegram, https://t.me/rybar/12345')}</text:p>"
        "</office:text></office:body></office:document>"
    ).encode()
    report = read_report_bytes(flat, "report.fodt")
    assert report.format is ReportFormat.ODT
    assert [(note.label, note.urls) for note in report.footnotes] == [("1", ("https://t.me/rybar/12345",))]


def test_flat_odt_saved_by_libreoffice_is_read_by_content_whatever_it_is_called(
    odt: ConvertedOdt, tmp_path: Path
) -> None:
    # Read as text under another name, its notes were not found: no footnotes, "nothing to verify".
    markdown = read_report(odt.brief_md)
    renamed = tmp_path / "brief.xml"
    renamed.write_bytes(odt.brief_flat.read_bytes())
    for path in (odt.brief_flat, renamed):
        document = read_report(path)
        assert document.format is ReportFormat.ODT
        assert notes_as_read(document) == oracle_notes(markdown)


def test_a_text_report_mentioning_a_flat_odt_root_is_the_text_it_is() -> None:
    data = (
        b"# ODF\n\nA flat file starts `<office:document office:mimetype="
        b'"application/vnd.oasis.opendocument.text">`.[^1]\n\n[^1]: A note.\n'
    )
    assert read_report_bytes(data, "report.md").format is ReportFormat.MARKDOWN
    assert read_report_bytes(data, "report").format is ReportFormat.MARKDOWN


def test_flat_spreadsheet_is_refused_as_no_report() -> None:
    flat = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NAMESPACES} '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body/></office:document>'
    ).encode()
    with pytest.raises(InputError, match=r"^sheet\.fods: an OpenDocument spreadsheet \(\.ods\), not a text"):
        read_report_bytes(flat, "sheet.fods")


def test_odt_is_known_by_its_stated_type_whatever_it_is_called() -> None:
    data = _package(_content(f"<text:p>A claim.{_note('1', 'Telegram, January 21, 2022.')}</text:p>"))
    assert reader_for("report.doc", data).format is ReportFormat.ODT
    assert reader_for("report.docx", data).format is ReportFormat.ODT
    assert reader_for("report.txt", data, "odt").format is ReportFormat.ODT
    assert read_report_bytes(data, "report.zip").format is ReportFormat.ODT


# Failure modes: one hand-made package each.


@pytest.mark.parametrize(
    ("mimetype", "what"),
    [
        ("application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)"),
        ("application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation (.odp)"),
    ],
)
@pytest.mark.parametrize("from_format", [None, "odt"])
def test_ods_and_odp_are_refused_as_no_report_in_one_line(
    mimetype: str, what: str, from_format: str | None
) -> None:
    spreadsheet = _package(_content("<text:p>A1</text:p>"), mimetype=mimetype)
    message = rf"^sheet\.odt: {re.escape(what)}, not a text document: not a report$"
    with pytest.raises(InputError, match=message):
        read_report_bytes(spreadsheet, "sheet.odt", from_format)


def test_odt_with_a_dtd_is_refused_before_any_entity_is_expanded() -> None:
    entities = (
        '<?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    )
    content = _content("<text:p>&b;</text:p>").replace('<?xml version="1.0" encoding="UTF-8"?>', entities)
    with pytest.raises(InputError, match=r"^entities\.odt: content\.xml is not well-formed XML \(.*DTD"):
        read_report_bytes(_package(content), "entities.odt")


def test_odt_content_that_inflates_like_a_zip_bomb_is_refused_before_it_is_inflated() -> None:
    bomb = _content("<text:p>" + " " * (4 << 20) + "</text:p>")
    with pytest.raises(
        InputError, match=r"^bomb\.odt: content\.xml is \d+ bytes that inflate to \d+: over 200 times"
    ):
        read_report_bytes(_package(bomb), "bomb.odt")


def test_odt_of_too_many_zip_entries_is_refused_before_zipfile_reads_its_directory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(docx_reader, "MAX_PARTS", 3)
    many = _package(_content("<text:p>x</text:p>"), extra={"a.xml": b"<a/>", "b.xml": b"<b/>"})
    with pytest.raises(
        InputError, match=r"^many\.odt: not an OpenDocument text document \(4 zip entries, over 3\)$"
    ):
        read_report_bytes(many, "many.odt")


def test_odt_of_more_elements_than_the_bound_is_refused_before_it_becomes_a_tree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(docx_reader, "MAX_ELEMENTS", 100)
    crowded = _content("<text:p>a</text:p>" * 200)
    with pytest.raises(InputError, match=r"^crowded\.odt: its XML holds more than 100 elements"):
        read_report_bytes(_package(crowded), "crowded.odt")


def test_password_protected_odt_is_named_as_such() -> None:
    manifest = (
        b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        b'<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>'
        b"</manifest:file-entry></manifest:manifest>"
    )
    locked = _package(b"\x8f\x02 not XML once encrypted", extra={"META-INF/manifest.xml": manifest})
    message = r"^locked\.odt: a password-protected OpenDocument file: save it again without a password$"
    with pytest.raises(InputError, match=message):
        read_report_bytes(locked, "locked.odt")


def test_odt_of_more_cross_references_than_the_bound_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each cross-reference to a note is a marker with its paragraph's context, as a note is: half a million
    # in one paragraph took DOCX 20 s and 370 MB. The bound is lowered so that the test stays small.
    monkeypatch.setattr(odt_reader, "MAX_NOTE_REFERENCES", 10)
    again = (
        '<text:span text:style-name="Mark"><text:note-ref text:ref-name="n1">1</text:note-ref></text:span>'
    )
    many = _package(_content(f"{_MAYOR}<text:p>Again.{again * 10}</text:p>", _RAISED_STYLE))
    with pytest.raises(InputError, match=r"^many\.odt: holds more than 10 notes and references to them"):
        read_report_bytes(many, "many.odt")


def test_odt_broken_zip_is_named() -> None:
    broken = _package(_content("<text:p>x</text:p>"))[:-30]
    with pytest.raises(InputError, match=r"^broken\.odt: not an OpenDocument text document \(a broken zip"):
        read_report_bytes(broken, "broken.odt")


def test_extract_and_check_an_odt_report_record_its_format(
    odt: ConvertedOdt, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("brief.odt").write_bytes(odt.brief_libreoffice.read_bytes())
    assert cli.main(["extract", "brief.odt"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["format"], len(document["footnotes"])) == ("odt", 6)
    assert document["footnotes"][2]["citation"]["url"] == "https://twitter.com/jack/status/20"
    assert cli.main(["check", "brief.odt", "--offline", "--quiet"]) == 1  # offline: nothing is verified
    ledger = [json.loads(line) for line in Path("brief.odt.ledger.jsonl").read_text().splitlines()]
    # The report's own bytes are what the ledger names, not a converted copy's.
    own = hashlib.sha256(Path("brief.odt").read_bytes()).hexdigest()
    assert (ledger[0]["report"]["format"], ledger[0]["report"]["sha256"]) == ("odt", own)
    assert [entry["status"] for entry in ledger if entry["kind"] == "footnote"].count("verified") == 0


_RANDOM_PIECES = [
    "The channel said",
    " “we left” ",
    "“",
    "”",
    "[1]",
    "¹",
    "https://t.me/rybar/1",
    "<text:s/>",
    '<text:s text:c="3"/>',
    "<text:tab/>",
    "<text:line-break/>",
    "<text:soft-page-break/>",
    '<text:span text:style-name="Hide">“hidden”</text:span>',
    '<text:span text:style-name="Mark">²</text:span>',
    '<text:a xlink:href="https://t.me/rybar/2">https://t.me/other/3</text:a>',
    '<text:a xlink:href="#anchor">here</text:a>',
    _note("1", "Rybar, Telegram, January 21, 2022, https://t.me/rybar/1"),
    _note("1", '<text:a xlink:href="https://t.me/a/1">the post</text:a>'),
    _note("*", "Custom, Twitter, March 21, 2006.", label="*"),
    _note("i", "Endnote, Telegram.", kind="endnote"),
    '<text:bookmark-start text:name="_Ref1"/>',
    '<text:bookmark-end text:name="_Ref1"/>',
    '<text:span text:style-name="Mark"><text:note-ref text:ref-name="n1">1</text:note-ref></text:span>',
    '<text:span text:style-name="Mark"><text:note-ref text:ref-name="nowhere">9</text:note-ref></text:span>',
    '<field:fieldmark-start><field:param field:name="vnd.oasis.opendocument.field.code" '
    'field:value="NOTEREF _Ref1 \\f"/></field:fieldmark-start>',
    "<field:fieldmark-separator/>",
    "<field:fieldmark-end/>",
    '<text:hidden-text text:string-value="“shown”" text:is-hidden="false"/>',
    '<text:hidden-paragraph text:is-hidden="true"/>',
    '<text:change text:change-id="ct1"/>',
    "<office:annotation><text:p>“a comment”</text:p></office:annotation>",
    "<draw:frame><draw:text-box><text:p>Boxed “words”.</text:p></draw:text-box></draw:frame>",
]
_RANDOM_BLOCKS = [
    "<text:p>{}</text:p>",
    '<text:p text:style-name="P1">{}</text:p>',
    '<text:h text:outline-level="1">{}</text:h>',
    "<text:list><text:list-item><text:p>{}</text:p></text:list-item></text:list>",
    "<table:table><table:table-row><table:table-cell><text:p>{}</text:p></table:table-cell>"
    "</table:table-row></table:table>",
    '<text:section text:name="S" text:display="none"><text:p>{}</text:p></text:section>',
    '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><text:p>{}</text:p>'
    "</text:deletion></text:changed-region></text:tracked-changes>",
]


@settings(max_examples=60, deadline=dt.timedelta(seconds=10))
@given(
    blocks=st.lists(
        st.tuples(st.sampled_from(_RANDOM_BLOCKS), st.lists(st.sampled_from(_RANDOM_PIECES), max_size=12)),
        max_size=12,
    )
)
def test_any_odt_of_writers_pieces_is_read_and_parsed_without_crashing(
    blocks: list[tuple[str, list[str]]],
) -> None:
    body = "".join(block.format("".join(pieces)) for block, pieces in blocks)
    styles = _HIDDEN_STYLE + _RAISED_STYLE + _SET_IN
    report = _with_fo(body, styles)
    paragraphs = len(re.findall(r"<text:[ph][ >]", body))
    for footnote in report.footnotes:
        parse_citation(footnote)
        assert 1 <= footnote.line <= paragraphs
        assert all(1 <= context.line <= paragraphs for context in footnote.contexts)


def test_odt_sources_as_a_bulleted_list_of_links_are_a_style_not_read() -> None:
    # A Sources heading over a list Writer bullets, its links shown as words: read as a report without notes,
    # `check` said "nothing to verify" and passed it, none of its sources checked.
    item = '<text:list-item><text:p>{}, <text:a xlink:href="{}">the post</text:a></text:p></text:list-item>'
    report = _read(
        "<text:p>Rybar wrote that “the bridge was hit”.</text:p>"
        '<text:h text:outline-level="2">Sources</text:h><text:list>'
        + item.format("Rybar, Telegram, 21 January 2022", "https://t.me/rybar/12345")
        + item.format("WarGonzo, Telegram, 22 January 2022", "https://t.me/wargonzo/6789")
        + "</text:list>"
    )
    assert report.footnotes == ()
    assert [(finding.code, finding.line) for finding in report.findings] == [("markers-without-notes", 2)]
    assert "(2 links under 'Sources' in paragraph 2)" in report.findings[0].message


_DECIMAL_LIST_STYLE = (
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"'
    ' style:num-suffix="." text:start-value="1"/></text:list-style>'
)
_TWO_CLAIMS = (
    '<text:p>Rybar claimed “the enemy retreated”.<text:span text:style-name="Mark">1</text:span> The ministry'
    ' denied “any retreat”.<text:span text:style-name="Mark">2</text:span></text:p><text:h>Sources</text:h>'
)


def _listed(*items: str, attributes: str = "") -> str:
    return (
        f'<text:list text:style-name="L1"{attributes}>'
        + "".join(f"<text:list-item><text:p>{item}</text:p></text:list-item>" for item in items)
        + "</text:list>"
    )


def test_a_sources_list_numbered_in_decimal_is_read_as_notes_typed_with_those_numbers() -> None:
    # pandoc's and Writer's numbered list under Sources, cited by raised digits: its numbers are in no
    # paragraph's text, and the report was markers without notes, none of its sources checked.
    report = _read(
        _TWO_CLAIMS
        + _listed(
            "Rybar, Telegram, 3 May 2024, https://t.me/rybar/100", "Ministry, https://t.me/mod_russia/200"
        ),
        _RAISED_STYLE + _DECIMAL_LIST_STYLE,
    )
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/100",), [("the enemy retreated",)]),
        ("2", ("https://t.me/mod_russia/200",), [("any retreat",)]),
    ]
    assert report.findings == ()


def test_an_item_nested_in_a_numbered_note_goes_on_with_that_note() -> None:
    # `1. Rybar, …` then its nested bullet `◦ archived: …` (Writer's and pandoc's nested list): read as a
    # paragraph of its own, it ended the notes: note 2 was lost (`marker-without-footnote`) and its links
    # said `sources-beside-notes`.
    copy = "https://web.archive.org/web/20240503000000/https://t.me/rybar/100"
    nested = f"<text:list><text:list-item><text:p>archived: {copy}</text:p></text:list-item></text:list>"
    content = (
        _TWO_CLAIMS
        + '<text:list text:style-name="L1">'
        + f"<text:list-item><text:p>Rybar, Telegram, 3 May 2024, https://t.me/rybar/100</text:p>{nested}"
        + "</text:list-item>"
        + "<text:list-item><text:p>Ministry, https://t.me/mod_russia/200</text:p></text:list-item></text:list>"
    )
    report = _read(content, _RAISED_STYLE + _DECIMAL_LIST_STYLE)
    assert [(note.label, note.urls, note.line) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/100", copy), 3),
        ("2", ("https://t.me/mod_russia/200",), 5),
    ]
    assert [c.quotes for c in report.footnotes[1].contexts] == [("any retreat",)]
    assert report.findings == ()


@pytest.mark.parametrize(
    ("list_style", "attributes"),
    [
        (_DECIMAL_LIST_STYLE, ' text:continue-numbering="true"'),
        (_DECIMAL_LIST_STYLE.replace("list-level-style-number", "list-level-style-bullet"), ""),
    ],
    ids=["going on from an earlier list", "bullets"],
)
def test_a_list_whose_numbers_are_not_told_for_sure_is_not_numbered(list_style: str, attributes: str) -> None:
    report = _read(
        _TWO_CLAIMS
        + _listed(
            "Rybar, https://t.me/rybar/100", "Ministry, https://t.me/mod_russia/200", attributes=attributes
        ),
        _RAISED_STYLE + list_style,
    )
    assert (report.footnotes, [finding.code for finding in report.findings]) == (
        (),
        ["markers-without-notes"],
    )


def test_a_notes_line_breaks_keep_its_parts_apart() -> None:
    # `Two Majors`, a line break, `Telegram, …`: read as a space, the note's name ran on into the platform's
    # (`Two Majors Telegram`), named no one, and the URL's channel (Rybar) stood for the author.
    lines = "Two Majors<text:line-break/>Telegram, 21 January 2022<text:line-break/>https://t.me/rybar/1234"
    [note] = _read(f"<text:p>The channel wrote “the front is holding”.{_note('1', lines)}</text:p>").footnotes
    assert note.text == "Two Majors\nTelegram, 21 January 2022\nhttps://t.me/rybar/1234"
    assert note.urls == ("https://t.me/rybar/1234",)
    assert parse_citation(note).citation.author == "Two Majors"


def test_a_notes_tabs_keep_its_parts_apart() -> None:
    # `Two Majors`, a tab, `Telegram`, …: read as a space, the name ran on into `Two Majors Telegram`, named
    # no one, and the link's channel (Rybar) stood for the author. A tab before the text opens no line.
    parts = (
        "<text:tab/>Two Majors<text:tab/>Telegram<text:tab/>21 January 2022<text:tab/>https://t.me/rybar/1234"
    )
    [note] = _read(f"<text:p>The channel wrote “the front is holding”.{_note('1', parts)}</text:p>").footnotes
    assert note.text == "Two Majors\nTelegram\n21 January 2022\nhttps://t.me/rybar/1234"
    assert note.urls == ("https://t.me/rybar/1234",)
    assert parse_citation(note).citation.author == "Two Majors"


def test_a_tab_in_a_body_paragraph_is_still_a_space() -> None:
    note = _note("1", "Rybar, Telegram, https://t.me/rybar/1234")
    body = f"<text:p>The channel wrote<text:tab/>“the front is holding”.{note}</text:p>"
    [footnote] = _read(body).footnotes
    assert [context.text for context in footnote.contexts] == ["The channel wrote “the front is holding”."]


def test_a_line_break_in_a_body_paragraph_is_still_a_space() -> None:
    note = _note("1", "Rybar, Telegram, https://t.me/rybar/1234")
    body = f"<text:p>The channel wrote<text:line-break/>“the front is holding”.{note}</text:p>"
    [footnote] = _read(body).footnotes
    assert [context.text for context in footnote.contexts] == ["The channel wrote “the front is holding”."]


def test_a_notes_soft_hyphens_are_not_read() -> None:
    # Writer keeps a soft hyphen as U+00AD in the text: `https://t.me/ry\u00adbar/1234` was no post's link and
    # `21 Jan\u00aduary 2022` no date.
    body = "Rybar, Telegram, 21 Jan\u00aduary 2022, https://t.me/ry\u00adbar/1234"
    [note] = _read(f"<text:p>The channel wrote “the front is holding”.{_note('1', body)}</text:p>").footnotes
    assert note.text == "Rybar, Telegram, 21 January 2022, https://t.me/rybar/1234"
    assert note.urls == ("https://t.me/rybar/1234",)
    assert str(parse_citation(note).citation.date) == "2022-01-21"


def test_a_notes_links_and_written_addresses_keep_the_order_they_stand_in(tmp_path: Path) -> None:
    # As in DOCX: `…, t.me/citynews/12; see also [WarGonzo's reply](…)` gave WarGonzo's post first, captured
    # and compared with the mayor's quote; Writer's own package (LibreOffice's conversion) reads the same.
    source = tmp_path / "memo.md"
    source.write_text(LINKS_AMONG_WRITTEN_ADDRESSES, encoding="utf-8")
    document = read_report(pandoc_to_odt(source, tmp_path / "memo.odt"))
    expected = [note.urls for note in read_report(source).footnotes]
    assert [note.urls for note in document.footnotes] == expected
    assert expected[1] == ("https://t.me/citynews/12", "https://t.me/wargonzo/5500")


def test_an_address_linked_to_its_http_form_as_autocorrect_links_it_is_one_source_not_two() -> None:
    # Writer's and Word's autocorrect link a typed `t.me/rybar/1234` to `http://t.me/rybar/1234`: the note
    # was read as citing `https://t.me/rybar/1234` as well, a second source that is the same post.
    link = '<text:a xlink:type="simple" xlink:href="http://t.me/rybar/1234">t.me/rybar/1234</text:a>'
    report = _read(f"<text:p>A claim.{_note('1', f'Rybar, Telegram, 21 January 2022, {link}')}</text:p>")
    assert [(note.urls, note.findings) for note in report.footnotes] == [(("http://t.me/rybar/1234",), ())]
