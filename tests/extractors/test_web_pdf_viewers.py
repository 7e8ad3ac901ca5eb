"""A page that only shows a PDF in a viewer (an `<embed>`, `<iframe>` or `<object>` of it): the document is
the PDF, elsewhere; the page's own words (its title, a "Download" link) are not the document's."""

from __future__ import annotations

import contextlib
import io
import json
import time
from pathlib import Path

import pytest

from provenance import cli
from provenance.extractors import extract_source
from provenance.extractors.web import DOCUMENT_SHOWN_ELSEWHERE
from tests.extractors.support import answer
from tests.support.servers import FixtureServer, Reply

_PAGE = "https://council.example/documents/annual-report-2021"
_PDF = "https://council.example/files/annual-report-2021.pdf"


def _viewer_page(holder: str, text: str = "") -> str:
    return (
        "<html><head><title>Annual report 2021</title>"
        "<meta property='article:published_time' content='2022-01-21T09:00:00Z'>"
        "<meta name='author' content='City Council'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav>"
        f"<main><h1>Annual report 2021</h1>{holder}{text}</main></body></html>"
    )


_HOLDERS = {
    "embed": '<embed src="/files/annual-report-2021.pdf" type="application/pdf" width="100%" height="900">',
    "iframe": '<iframe src="../files/annual-report-2021.pdf" width="100%" height="900"></iframe>',
    "object": (
        '<object data="/files/annual-report-2021.pdf" type="application/pdf"><p>Your browser cannot show '
        'this file. <a href="/files/annual-report-2021.pdf">Download the report</a></p></object>'
    ),
    "typed object": '<object data="/files/view?id=2021" type="application/pdf"></object>',
    "pdf.js": '<iframe src="/pdfjs/web/viewer.html?file=%2Ffiles%2Fannual-report-2021.pdf"></iframe>',
    "google viewer": (
        '<iframe src="https://docs.google.com/viewer?url=https%3A%2F%2Fcouncil.example%2Ffiles%2F'
        'annual-report-2021.pdf&embedded=true"></iframe>'
    ),
}


@pytest.mark.parametrize("holder", list(_HOLDERS))
def test_a_page_that_only_shows_a_pdf_in_a_viewer_names_the_pdf(holder: str) -> None:
    # The page's title and metadata were read as the document's, and a note citing it could be verified on
    # a shell's words; the PDF it shows was named nowhere.
    post = extract_source(_PAGE, (answer(_PAGE, _viewer_page(_HOLDERS[holder])),))
    said = post.fields[DOCUMENT_SHOWN_ELSEWHERE]
    expected = "https://council.example/files/view?id=2021" if holder == "typed object" else _PDF
    assert said.startswith(f"{expected}: the page shows this PDF in a viewer")


@pytest.mark.parametrize(
    "page",
    [
        # An article that sets the report beside its own words.
        _viewer_page(
            _HOLDERS["embed"],
            "<p>" + "The council published its annual report on Friday, with the bridge repairs in it. " * 8,
        ),
        # A PDF in a side block, and a frame of another kind.
        _viewer_page('<aside class="sidebar"><iframe src="/files/annual-report-2021.pdf"></iframe></aside>'),
        _viewer_page('<iframe src="https://www.youtube.com/embed/abc"></iframe>'),
        _viewer_page('<iframe src="javascript:alert(1)//.pdf"></iframe>'),
    ],
    ids=["article", "sidebar", "video", "script address"],
)
def test_a_page_with_words_of_its_own_or_no_pdf_in_its_body_names_none(page: str) -> None:
    post = extract_source(_PAGE, (answer(_PAGE, page),))
    assert DOCUMENT_SHOWN_ELSEWHERE not in post.fields


def test_a_page_of_a_hundred_thousand_frames_is_read_with_its_work_bounded() -> None:
    page = _viewer_page('<iframe src="/frames/x.html"></iframe>' * 100_000 + _HOLDERS["embed"])
    started = time.process_time()
    post = extract_source(_PAGE, (answer(_PAGE, page),))
    assert time.process_time() - started < 30
    assert DOCUMENT_SHOWN_ELSEWHERE not in post.fields  # its PDF stands past the holders looked at


def test_check_of_a_pdf_viewer_s_page_warns_naming_the_pdf_and_is_never_verified(tmp_path: Path) -> None:
    # Its title, day and author matched the note's, and it was verified on the shell's words.
    report = tmp_path / "brief.md"
    report.write_text(
        "The council published its report.[^1]\n\n[^1]: City Council, \u201cAnnual report 2021\u201d, "
        "January 21, 2022, http://council.example/documents/annual-report-2021\n",
        encoding="utf-8",
    )
    routes = {"/documents/annual-report-2021": Reply(body=_viewer_page(_HOLDERS["embed"]).encode())}
    with FixtureServer(routes) as server:
        argv = ["check", str(report), "--json", "--archive-dir", str(tmp_path / "archives")]
        argv += ["--no-archive-lookup", "--connect-to", f"council.example:80:127.0.0.1:{server.port}"]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            cli.main(argv)
    (note,) = json.loads(out.getvalue())["reports"][0]["footnotes"]
    captured = next(check for check in note["checks"] if check["name"] == "captured")
    assert captured["status"] == "warn", captured
    assert "council.example/files/annual-report-2021.pdf" in captured["detail"]
    assert note["status"] == "unconfirmed"


_DOWNLOAD = "<p><a href='/files/annual-report-2021.pdf'>Download the report</a> (PDF, 2 MB)</p>"


def test_a_viewer_s_own_title_and_words_are_not_given_as_the_document_s() -> None:
    # The shell's `<title>` was the source's title: a note citing the document by it (or by its file name)
    # passed `title`, and a quote of the shell's words passed `quote`.
    post = extract_source(_PAGE, (answer(_PAGE, _viewer_page(_HOLDERS["embed"], _DOWNLOAD)),))
    assert (post.title, post.text) == (None, "")
    assert post.unread == f"a viewer's page: its document is the PDF {_PDF}, not read here"
    assert post.fields["viewer's title"] == "Annual report 2021"
    assert "Download the report" in post.fields["viewer's words"]


@pytest.mark.parametrize("title", ["annual-report-2021.pdf", "Annual report 2021"], ids=["file name", "name"])
def test_check_of_a_viewer_s_page_confirms_no_title_from_its_own_title(tmp_path: Path, title: str) -> None:
    # `title` passed on the viewer's `<title>` (`matches 'annual-report-2021.pdf'`): the fact-checker was told
    # the document's title was confirmed where only the shell's was read.
    report = tmp_path / "brief.md"
    report.write_text(
        "The council published \u201cDownload the report\u201d.[^1]\n\n"
        f"[^1]: City Council, \u201c{title}\u201d, January 21, 2022, http://council.example/documents/annual-report-2021\n",
        encoding="utf-8",
    )
    page = _viewer_page(_HOLDERS["embed"], _DOWNLOAD).replace("Annual report 2021", title)
    routes = {"/documents/annual-report-2021": Reply(body=page.encode())}
    with FixtureServer(routes) as server:
        argv = ["check", str(report), "--json", "--archive-dir", str(tmp_path / "archives")]
        argv += ["--no-archive-lookup", "--connect-to", f"council.example:80:127.0.0.1:{server.port}"]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            cli.main(argv)
    (note,) = json.loads(out.getvalue())["reports"][0]["footnotes"]
    checks = {check["name"]: check for check in note["checks"]}
    assert checks["title"]["status"] == "warn", checks["title"]
    assert "council.example/files/annual-report-2021.pdf" in checks["title"]["detail"]
    assert checks["quote"]["status"] == "warn", checks["quote"]  # the shell's "Download the report"
    assert note["status"] == "unconfirmed"
