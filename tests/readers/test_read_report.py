"""`read_report`: choosing the reader, hashing the bytes, and one clear InputError per unusable file."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from provenance import files
from provenance.errors import InputError
from provenance.models import ReportFormat
from provenance.readers import read_report, read_report_bytes, reader_for
from tests.readers.support import ASSETS


def test_report_keeps_the_path_as_given_and_the_sha256_of_its_bytes() -> None:
    path = ASSETS / "caret_notes.txt"
    report = read_report(path)
    assert report.path == str(path)
    assert report.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("asset", "expected"),
    [
        ("pandoc_footnotes.html", ReportFormat.HTML),
        ("duplicate_label.md", ReportFormat.MARKDOWN),
        ("caret_notes.txt", ReportFormat.TEXT),
    ],
)
def test_unknown_suffix_is_recognised_by_content(tmp_path: Path, asset: str, expected: ReportFormat) -> None:
    renamed = tmp_path / "report.draft"
    shutil.copy(ASSETS / asset, renamed)
    report = read_report(renamed)
    assert report.format is expected
    assert report.footnotes


@pytest.mark.parametrize(
    ("name", "expected"), [("brief.MD", ReportFormat.MARKDOWN), ("page.htm", ReportFormat.HTML)]
)
def test_suffix_chooses_the_reader_for_text_formats(name: str, expected: ReportFormat) -> None:
    assert reader_for(name, b"<html><body><p>x</p></body></html>").format is expected


def test_html_saved_as_txt_is_read_as_html_but_a_text_mentioning_tags_is_text() -> None:
    assert (
        reader_for("page.txt", b"<!DOCTYPE html><html><body><p>x</p></body></html>").format
        is ReportFormat.HTML
    )
    assert reader_for("notes.txt", b"Use <p> for paragraphs.\n").format is ReportFormat.TEXT


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "report.md",
            b"# Forensics\n\nEvery PDF starts with `%PDF-1.7`.[^1]\n\n[^1]: A note.\n",
            ReportFormat.MARKDOWN,
        ),
        (
            "report.txt",
            b"The leaked file began %PDF-1.4, as expected.[1]\n\n[1] A note.\n",
            ReportFormat.TEXT,
        ),
        ("report.html", b"<p>A PDF starts with <code>%PDF-</code>.</p>", ReportFormat.HTML),
        ("report", b"\xef\xbb\xbfNotes on %PDF-1.7 headers.\n", ReportFormat.TEXT),
        # Junk that is not text before the header (what Acrobat and pdf.js accept), or only white space:
        ("report.txt", b"\x00\x01\xff\xfe%PDF-1.7\n...", ReportFormat.PDF),
        ("report.txt", b"\r\n  %PDF-1.7\n...", ReportFormat.PDF),
    ],
)
def test_a_text_report_mentioning_the_pdf_header_near_its_top_is_read_as_the_text_it_is(
    name: str, data: bytes, expected: ReportFormat
) -> None:
    # `%PDF-` anywhere in the first KB made such a Markdown report "cannot be read as PDF" (exit 2).
    assert reader_for(name, data).format is expected
    if expected is not ReportFormat.PDF:
        assert read_report_bytes(data, name).format is expected


def _one_page_pdf() -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (A claim.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % len(out)
    return out + b"xref\n0 6\n0000000000 65535 f \n" + table + trailer


def test_a_pdf_after_a_line_of_text_is_still_read_when_named_pdf() -> None:
    # A PDF saved with the server's answer line before it: the `.pdf` name chooses the reader, which finds
    # the header in the first KB as Acrobat does.
    data = b"HTTP/1.1 200 OK\r\n\r\n" + _one_page_pdf()
    assert reader_for("report.pdf", data).format is ReportFormat.PDF
    assert read_report_bytes(data, "report.pdf").format is ReportFormat.PDF


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("report.doc", b"PK\x03\x04....word/document.xml....", ReportFormat.DOCX),
        ("report.txt", b"%PDF-1.7\n...", ReportFormat.PDF),
        ("report.pdf", b"plain words", ReportFormat.PDF),
        # An HTML document under a binary format's name is the HTML it is (a page saved as `.docx`).
        ("report.docx", b"<!DOCTYPE html><html><body><p>x</p></body></html>", ReportFormat.HTML),
        ("report.pdf", b"\n<html lang=en><body><p>x</p></body></html>", ReportFormat.HTML),
    ],
)
def test_docx_and_pdf_are_known_by_their_bytes_and_their_suffix(
    name: str, data: bytes, expected: ReportFormat
) -> None:
    assert reader_for(name, data).format is expected


@pytest.mark.parametrize(
    ("from_format", "expected"),
    [("txt", ReportFormat.TEXT), ("md", ReportFormat.MARKDOWN), ("html", ReportFormat.HTML)],
)
def test_from_format_overrides_suffix_and_content(from_format: str, expected: ReportFormat) -> None:
    assert reader_for("page.html", b"<html><body>x</body></html>", from_format).format is expected


def test_markdown_draft_saved_as_text_is_read_as_markdown() -> None:
    report = read_report(ASSETS / "markdown_footnotes_in_text_file.txt")
    assert report.format is ReportFormat.MARKDOWN
    assert [(note.label, note.urls) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/12345",)),
        ("2", ("https://mod.example/statement",)),
    ]


def test_markdown_draft_saved_as_html_is_read_as_markdown_not_as_a_page_without_notes() -> None:
    # Read as HTML it had no notes at all (a finding, exit 1), though every note was there.
    draft = b"A claim.[^1]\n\n[^1]: Rybar, Telegram, January 21, 2022, https://t.me/rybar/1\n"
    assert reader_for("report.html", draft).format is ReportFormat.MARKDOWN
    assert reader_for("report.html", b"A claim [1].\n\n[1] Telegram, 2022.\n").format is ReportFormat.TEXT
    assert reader_for("report.html", b"<p>A claim.[^1]</p>\n\n[^1]: x\n").format is ReportFormat.HTML


def test_long_markdown_without_suffix_is_recognised_by_notes_at_its_end(tmp_path: Path) -> None:
    # Footnote definitions come last, far beyond the first few kilobytes of a real report.
    body = "\n\n".join(f"Paragraph {n} of the analysis, with nothing cited." for n in range(400))
    report_path = tmp_path / "report"
    report_path.write_text(f"A claim.[^1]\n\n{body}\n\n[^1]: Telegram, January 21, 2022.\n")
    report = read_report(report_path)
    assert report.format is ReportFormat.MARKDOWN
    assert [note.label for note in report.footnotes] == ["1"]


@pytest.mark.parametrize("asset", ["empty_report.txt", "no_footnotes.txt"])
def test_empty_or_note_free_file_is_a_valid_report_without_footnotes(asset: str) -> None:
    report = read_report(ASSETS / asset)
    assert (report.footnotes, report.findings) == ((), ())


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.md"
    with pytest.raises(InputError, match=rf"^{re.escape(str(missing))}: no such file$"):
        read_report(missing)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=rf"^{re.escape(str(tmp_path))}: is a directory"):
        read_report(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.md"
    locked.write_text("A claim.[^1]\n\n[^1]: Telegram.\n")

    # Tests may run as root, for whom file modes deny nothing, so the refusal is simulated.
    def refuse(path: Path, max_bytes: int | None = None) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(files, "open_regular_file", refuse)
    with pytest.raises(InputError, match=rf"^{re.escape(str(locked))}: permission denied$"):
        read_report(locked)


def test_binary_file() -> None:
    with pytest.raises(
        InputError,
        match=r"binary_file\.txt: binary file, not a report \(reports are read from .*DOCX, ODT and PDF\)$",
    ):
        read_report(ASSETS / "binary_file.txt")


def test_file_in_another_encoding_names_the_first_bad_byte() -> None:
    with pytest.raises(
        InputError,
        match=r"not_utf8\.txt: not UTF-8 text \(byte 0xe9 at line 1, column 4; offset 3\); save it as UTF-8",
    ):
        read_report(ASSETS / "not_utf8.txt")


def test_utf32_report_is_read_not_taken_for_a_report_without_footnotes(tmp_path: Path) -> None:
    text = "A claim.[1]\n\n[1] Telegram, January 21, 2022, https://t.me/rybar/1\n"
    for encoding in ("utf-32", "utf-32-le", "utf-32-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        report = read_report(path)
        assert [(note.label, note.urls) for note in report.footnotes] == [("1", ("https://t.me/rybar/1",))]


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "an old Word .doc (or another OLE2) file"),
        (b"{\\rtf1\\ansi A claim.\\par}", "an RTF file"),
    ],
)
def test_formats_that_are_not_read_are_named_with_what_to_do(tmp_path: Path, data: bytes, what: str) -> None:
    path = tmp_path / "report.doc"
    path.write_bytes(data)
    with pytest.raises(
        InputError,
        match=rf"^{re.escape(str(path))}: {re.escape(what)}, which is not read; save it as DOCX, ODT or PDF$",
    ):
        read_report(path)


def test_a_ledger_given_as_a_report_is_named_as_one_not_read_as_a_report_without_notes(
    tmp_path: Path,
) -> None:
    # Read as text it had no notes: "nothing to verify", exit 0, and a ledger of the ledger beside it.
    from provenance.cli import main

    report = tmp_path / "brief.md"
    report.write_text("A claim.[1]\n\n[1] Telegram, January 21, 2022, https://t.me/rybar/1\n")
    ledger = tmp_path / "brief.md ledger.jsonl"
    assert main(["check", str(report), "--offline", "--ledger", str(ledger)]) == 1
    expected = r"a provenance ledger, not a report; check it with `provenance verify '"
    with pytest.raises(InputError, match=expected):
        read_report(ledger)


def test_a_warc_given_as_a_report_is_named_as_one(tmp_path: Path) -> None:
    path = tmp_path / "capture.warc"
    path.write_bytes(b"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n")
    expected = r": a WARC file, not a report; check the report that cites its pages$"
    with pytest.raises(InputError, match=expected):
        read_report(path)


def test_a_wacz_bundle_given_as_a_report_is_named_as_one_with_the_command_that_checks_it(
    tmp_path: Path,
) -> None:
    # It was "binary file, not a report": true, but no word of what the file is or what to run instead.
    import zipfile

    path = tmp_path / "brief.wacz"
    with zipfile.ZipFile(path, "w") as bundle:
        bundle.writestr("datapackage.json", "{}")
    expected = r": a WACZ bundle, not a report; check it with `provenance verify .*brief\.wacz`$"
    with pytest.raises(InputError, match=expected):
        read_report(path)


def test_a_text_report_opening_with_json_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        '{"at":"the start"} A claim.[1]\n\n[1] Telegram, January 21, 2022, https://t.me/rybar/1\n'
    )
    assert [note.label for note in read_report(path).footnotes] == ["1"]


def test_each_reader_loaded_on_first_use_has_the_format_and_suffixes_of_its_class() -> None:
    from provenance.readers import READERS, _ReaderOnFirstUse

    lazy = [reader for reader in READERS if isinstance(reader, _ReaderOnFirstUse)]
    assert {reader.format for reader in lazy} == {
        ReportFormat.MARKDOWN,
        ReportFormat.HTML,
        ReportFormat.DOCX,
        ReportFormat.ODT,
        ReportFormat.PDF,
    }
    for reader in lazy:
        loaded = reader.loaded()
        assert (type(loaded).__name__, loaded.format, loaded.suffixes) == (
            reader.name,
            reader.format,
            reader.suffixes,
        )


def test_a_reader_that_finds_markers_without_notes_itself_is_not_given_the_finding_twice() -> None:
    report = read_report_bytes(b"<p>A claim.<sup>1</sup></p>", "report.html")
    assert [finding.code for finding in report.findings] == ["markers-without-notes"]


@pytest.mark.parametrize("symbol", ["*", "\u2020"])
def test_notes_by_symbol_are_read_as_notes_not_nothing_to_verify(symbol: str) -> None:
    # `*` and `†` notes were no marker-like text: the report read as citing nothing, and passed; then they
    # were a style not read (`markers-without-notes`). Each cited and linked, they are read.
    text = (
        f"The mayor said “we will win the war”.{symbol} Later he spoke again.\n\n"
        f"{symbol} Telegram, January 21, 2022, https://t.me/rybar/1\n"
    )
    report = read_report_bytes(text.encode(), "report.txt")
    assert [(n.label, n.urls, [c.quotes for c in n.contexts]) for n in report.footnotes] == [
        (symbol, ("https://t.me/rybar/1",), [("we will win the war",)])
    ]
    assert report.findings == ()


@pytest.mark.parametrize("symbol", ["*", "\u2020"])
def test_notes_by_symbol_not_all_cited_are_a_style_not_read_not_nothing_to_verify(symbol: str) -> None:
    text = (
        f"The mayor said “we will win the war”.{symbol} Later he spoke again.\n\n"
        f"{symbol} Telegram, January 21, 2022, https://t.me/rybar/1\n\u2021 Telegram, https://t.me/rybar/2\n"
    )
    report = read_report_bytes(text.encode(), "report.txt")
    assert report.footnotes == ()
    assert [(finding.code, finding.line) for finding in report.findings] == [("markers-without-notes", 1)]
    assert f"(first: '{symbol}' on line 1)" in report.findings[0].message


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("list.txt", "Born in Kyiv († 1990). See:\n\n* the archive, https://archive.example/kyiv\n"),
        ("notes.md", "Some *Note:* text.\n\n* [Archive](https://archive.example/kyiv)\n* Another item\n"),
        (
            "page.html",
            "<style>/*\n * Theme URI: https://wordpress.org/\n */</style>"
            "<script>x = (a+b)* c;</script><p>Hi.</p>",
        ),
    ],
)
def test_a_bullet_list_of_links_emphasis_or_a_stylesheet_is_no_note_by_symbol(name: str, text: str) -> None:
    report = read_report_bytes(text.encode(), name)
    # A link in the body is said (`links-without-notes`), not a note; a stylesheet's is no link.
    assert report.footnotes == ()
    said = [] if name == "page.html" else ["links-without-notes"]
    assert [finding.code for finding in report.findings] == said


_CLAIM = "Rybar wrote that “the bridge was hit” on Monday. WarGonzo denied it.\n\n"
_RYBAR = "Rybar, Telegram, 21 January 2022, https://t.me/rybar/12345"
_WARGONZO = "WarGonzo, Telegram, 22 January 2022, https://t.me/wargonzo/6789"


@pytest.mark.parametrize(
    ("name", "sources", "where"),
    [
        ("report.md", f"## Sources\n\n- {_RYBAR}\n- {_WARGONZO}\n", "2 links under 'Sources' on line 3"),
        ("report.txt", f"References\n* {_RYBAR}\n* {_WARGONZO}\n", "2 links under 'References' on line 3"),
        ("report.txt", f"Источники:\n• {_RYBAR}\n• {_WARGONZO}\n", "2 links under 'Источники' on line 3"),
        ("report.md", "## Джерела\n\n- [Rybar](https://t.me/rybar/1)\n", "1 link under 'Джерела' on line 3"),
        (
            "report.txt",
            f"Bibliography\n\n{_RYBAR}\n\n{_WARGONZO}\n",
            "2 links under 'Bibliography' on line 3",
        ),
        ("report.md", f"## Quellen\n\n{_RYBAR}\n", "1 link under 'Quellen' on line 3"),
        ("report.md", f"***\n\n- {_RYBAR}\n- {_WARGONZO}\n", "2 links listed after the rule on line 3"),
        ("report.txt", f"---\n- {_RYBAR}\n  (in Russian)\n", "1 link listed after the rule on line 3"),
    ],
)
def test_sources_listed_in_a_style_not_read_are_markers_without_notes_not_nothing_to_verify(
    name: str, sources: str, where: str
) -> None:
    # A Sources list of bullets or unnumbered entries, with no marker in the body, read as a report without
    # notes: `check` said "nothing to verify" and passed it (exit 0), none of its sources checked.
    report = read_report_bytes((_CLAIM + sources).encode(), name)
    assert report.footnotes == ()
    assert [(finding.code, finding.line) for finding in report.findings] == [("markers-without-notes", 3)]
    assert report.findings[0].message == f"sources listed but no notes read: unsupported style? ({where})"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # Numbered notes under a heading are read (each unreferenced), as they were.
        ("report.txt", f"{_CLAIM}Sources\n1. {_RYBAR}\n2. {_WARGONZO}\n"),
        ("report.md", f"{_CLAIM}## Sources\n\n1. {_RYBAR}\n2. {_WARGONZO}\n"),
    ],
)
def test_numbered_sources_without_markers_are_still_read_as_notes(name: str, text: str) -> None:
    report = read_report_bytes(text.encode(), name)
    assert [(note.label, note.urls) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/12345",)),
        ("2", ("https://t.me/wargonzo/6789",)),
    ]
    assert report.findings == ()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # A notes heading over notes without a link, a rule before prose, Markdown front matter before a list
        # of links in the body: no source listed in a style not read.
        ("report.md", f"{_CLAIM}## Notes\n\n- The author was in Kyiv.\n- Translations are ours.\n"),
        ("report.md", f"---\ntitle: Bridge\n---\n\n{_CLAIM}Read more:\n\n- https://t.me/rybar/12345\n"),
        ("report.txt", f"{_CLAIM}* * *\n\nThe next day, https://t.me/rybar/12345 said more.\n"),
    ],
)
def test_a_notes_heading_without_links_or_a_rule_before_prose_lists_no_sources(name: str, text: str) -> None:
    report = read_report_bytes(text.encode(), name)
    assert [finding.code for finding in report.findings if finding.code == "markers-without-notes"] == []


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        (
            "report.md",
            "Intro.\n\nRybar [wrote](https://t.me/rybar/1) it, [WarGonzo](https://t.me/wargonzo/2) not.\n",
            3,
        ),
        ("report.txt", "Rybar wrote it: https://t.me/rybar/1\nWarGonzo did not, t.me/wargonzo/2.\n", 1),
        (
            "report.html",
            '<p>Intro.</p>\n<p>Rybar <a href="https://t.me/rybar/1">wrote</a> it,'
            ' <a href="http://t.me/wargonzo/2">WarGonzo</a> not.</p>',
            2,
        ),
    ],
)
def test_links_in_the_body_of_a_report_without_notes_are_said_not_passed_over(
    name: str, text: str, line: int
) -> None:
    # A report citing by links in its text read as "no footnotes found: nothing to verify", and nothing said
    # that none of its links was checked.
    report = read_report_bytes(text.encode(), name)
    assert report.footnotes == ()
    assert [(finding.code, finding.line) for finding in report.findings] == [("links-without-notes", line)]
    assert report.findings[0].message == (
        f"2 links in the body, no footnotes found: links in the text are not checked (first on line {line}); "
        "cite each source in a note"
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "report.md",
            "Rybar [wrote](https://t.me/rybar/1) it.[^1]\n\n[^1]: Rybar, Telegram, https://t.me/rybar/1\n",
        ),
        ("report.html", '<p>See <a href="#top">the top</a>, <a href="mailto:a@b.example">mail us</a>.</p>'),
        ("report.txt", "No link here, only Node.js and a file.txt.\n"),
    ],
)
def test_a_report_with_notes_or_without_links_to_web_pages_says_nothing_of_links(
    name: str, text: str
) -> None:
    report = read_report_bytes(text.encode(), name)
    assert "links-without-notes" not in [finding.code for finding in report.findings]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("report.md", "Rybar wrote that “the bridge was hit”.<sup>1</sup> WarGonzo denied it.<sup>2</sup>"),
        ("report.txt", "Rybar wrote that “the bridge was hit” [1]. WarGonzo denied it [2]."),
        ("report.txt", "Rybar wrote that “the bridge was hit”.¹ WarGonzo denied it.²"),
    ],
)
def test_endnotes_numbered_after_a_rule_without_a_notes_heading_are_read(name: str, body: str) -> None:
    # `---`, then `1. …` notes (a Markdown report citing with `<sup>1</sup>` often ends so): no notes were
    # read (markers-without-notes), and none of the sources was checked.
    report = read_report_bytes(f"{body}\n\n---\n\n1. {_RYBAR}\n2. {_WARGONZO}\n".encode(), name)
    assert [(n.label, n.line, n.urls, [c.quotes for c in n.contexts]) for n in report.footnotes] == [
        ("1", 5, ("https://t.me/rybar/12345",), [("the bridge was hit",)]),
        ("2", 6, ("https://t.me/wargonzo/6789",), [()]),
    ]
    assert report.findings == ()


def test_a_numbered_list_without_links_after_a_rule_is_no_notes() -> None:
    text = f"{_CLAIM}---\n\n1. Open the channel.\n2. Scroll to January.\n"
    report = read_report_bytes(text.encode(), "report.md")
    assert (report.footnotes, report.findings) == ((), ())


@pytest.mark.parametrize(
    ("name", "text", "heading", "line"),
    [
        (
            "report.md",
            f"Rybar wrote “the bridge was hit”.[^1] WarGonzo denied it.\n\n[^1]: {_RYBAR}\n\n## Sources\n\n"
            f"- {_WARGONZO}\n",
            "Sources",
            7,
        ),
        (
            "report.txt",
            f"Rybar wrote “the bridge was hit” [1].\n\nNotes\n[1] {_RYBAR}\n\n• {_WARGONZO}\n",
            "Notes",
            6,
        ),
    ],
)
def test_sources_bulleted_beside_the_notes_read_are_said_not_checked(
    name: str, text: str, heading: str, line: int
) -> None:
    # Note 1 was read and checked; WarGonzo's post, listed under the heading as a bullet, was in no note:
    # never checked, and the report passed on note 1 alone, nothing said.
    report = read_report_bytes(text.encode(), name)
    assert [note.label for note in report.footnotes] == ["1"]
    assert [(finding.code, finding.line) for finding in report.findings] == [("sources-beside-notes", line)]
    assert report.findings[0].message == (
        f"1 link listed under {heading!r} in no note (the first on line {line}): not checked; "
        "number the entries as notes, or cite each in one"
    )


def test_a_text_reports_unbulleted_paragraph_under_its_notes_in_no_note_is_said_not_checked() -> None:
    # `and WarGonzo, …` as a paragraph of its own after note 1: read as neither note nor bullet, its link
    # was never checked and the report passed on note 1 alone, nothing said.
    text = f"Rybar wrote “the bridge was hit” [1].\n\nNotes\n\n[1] {_RYBAR}\n\nand {_WARGONZO}\n"
    report = read_report_bytes(text.encode(), "report.txt")
    assert [note.label for note in report.footnotes] == ["1"]
    assert [(finding.code, finding.line) for finding in report.findings] == [("sources-beside-notes", 7)]


def test_a_text_notes_set_in_paragraph_and_the_next_note_are_no_sources_beside_the_notes() -> None:
    # A paragraph set in goes on with the note before it (its link is that note's); a note opens its own.
    text = (
        "Rybar wrote “the bridge was hit” [1], WarGonzo too [2].\n\nNotes\n\n[1] Rybar, Telegram:\n\n"
        f"    https://t.me/rybar/1\n\n[2] {_WARGONZO}\n\nEnd of report.\n"
    )
    report = read_report_bytes(text.encode(), "report.txt")
    assert [note.label for note in report.footnotes] == ["1", "2"]
    assert report.findings == ()


@pytest.mark.parametrize(
    "text",
    [
        # A bibliography giving the notes' own links again; a bullet in a note's paragraph, which it goes on.
        f"Rybar wrote “the bridge was hit”.[^1]\n\n[^1]: {_RYBAR}\n\n## Sources\n\n- {_RYBAR}\n",
        "Rybar wrote “the bridge was hit” [1].\n\nNotes\n[1] Rybar, Telegram, 21 January 2022:\n"
        "- https://t.me/rybar/1\n",
    ],
)
def test_bullets_under_the_notes_heading_giving_a_notes_link_or_going_on_with_a_note_are_not_said(
    text: str,
) -> None:
    report = read_report_bytes(text.encode(), "report.md")
    assert [note.label for note in report.footnotes] == ["1"]
    assert report.findings == ()
