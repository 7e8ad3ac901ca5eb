"""The attached appendix carries what a hostile source or TimeGate said as text, never as a live link."""

from __future__ import annotations

from dataclasses import replace

from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

from provenance.models import MementoLookup, ReportFormat
from provenance.outputs.attach import attach
from provenance.results import FootnoteResult
from tests.outputs.builders import VERIFIED, report_result

HOSTILE = "javascript:alert(1)"


def _with_archive(memento_url: str) -> FootnoteResult:
    archive = MementoLookup(timegate="https://timegate.example/", memento_url=memento_url)
    return replace(VERIFIED, archive=archive)


def test_a_javascript_archive_url_is_never_a_link_in_html_or_markdown() -> None:
    result = report_result(_with_archive(HOSTILE))
    page = attach(
        "<html><body><p>x</p></body></html>",
        replace(result, report=result.report.model_copy(update={"format": ReportFormat.HTML})),
        "",
        "2026-01-01T00:00:00Z",
    )
    soup = BeautifulSoup(page, "html.parser")
    assert all(not str(a["href"]).startswith("javascript") for a in soup.find_all("a"))
    assert HOSTILE in soup.get_text()

    markdown = attach("# Brief\n", result, "", "2026-01-01T00:00:00Z")
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    assert 'href="javascript' not in rendered and "alert(1)" in rendered


def test_an_archived_copy_on_the_web_is_a_link_in_markdown() -> None:
    url = "https://archive.example/20220121/https://news.example/a"
    markdown = attach("# Brief\n", report_result(_with_archive(url)), "", "2026-01-01T00:00:00Z")
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    assert f'<a href="{url}">' in rendered
    assert rendered.count("<tr>") == 2, "a header row and one footnote row: no cell broke the table"


def test_a_warc_link_through_a_folder_that_needs_escaping_leads_to_the_file() -> None:
    # `../case #12/archives/…` as an href stopped at the `#`: the link named a folder, not the WARC.
    result = report_result(VERIFIED)
    result = replace(result, report=result.report.model_copy(update={"format": ReportFormat.HTML}))
    page = attach(
        '<html><body><a href="https://news.example/a">a</a></body></html>', result, "../case #12/", "t"
    )
    soup = BeautifulSoup(page, "html.parser")
    warc = VERIFIED.outcome.capture.warc if VERIFIED.outcome and VERIFIED.outcome.capture else ""
    hrefs = [str(a["href"]) for a in soup.find_all("a")]
    assert f"../case%20%2312/{warc}" in hrefs
    assert soup.find("a", attrs={"data-versionurl": f"../case%20%2312/{warc}"}) is not None
    assert f"../case #12/{warc}" in soup.get_text(), "the path is shown as it is"
