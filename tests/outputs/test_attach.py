"""The attached appendix carries what a hostile source or TimeGate said as text, never as a live link."""

from __future__ import annotations

from dataclasses import replace

from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

from provenance.models import CheckResult, CheckStatus, MementoLookup, ReportFormat
from provenance.outputs.attach import attach
from provenance.results import FootnoteResult, ReportResult
from tests.outputs.builders import (
    GONE,
    MISSING_NOTE,
    NO_NOTES_READ,
    VERIFIED,
    footnote_result,
    report_result,
)

HOSTILE = "javascript:alert(1)"


def _with_archive(memento_url: str, archived: CheckStatus = "pass") -> FootnoteResult:
    archive = MementoLookup(timegate="https://timegate.example/", memento_url=memento_url)
    check = CheckResult(name="archived", status=archived, detail="the archive's word")
    return replace(VERIFIED, archive=archive, checks=(*VERIFIED.checks, check))


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


def test_a_copy_the_archived_check_warns_of_is_not_listed_as_the_archived_copy() -> None:
    # A copy made before the cited day (the archive kept the URL before the source was there): `archived`
    # warns, and the appendix still listed it as the footnote's archived copy.
    url = "https://archive.example/20220101/https://news.example/a"
    markdown = attach("# Brief\n", report_result(_with_archive(url, "warn")), "", "2026-01-01T00:00:00Z")
    assert url not in markdown


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


CHECKED_AT = "2026-01-01T00:00:00Z"


def _as_html(result: ReportResult) -> ReportResult:
    return replace(result, report=result.report.model_copy(update={"format": ReportFormat.HTML}))


def test_the_appendix_names_a_marker_whose_note_is_missing_as_not_verified_in_every_format() -> None:
    # The check exits 1 for it; the appendix listed only the notes, all verified, and read as a pass.
    result = report_result(VERIFIED, findings=(MISSING_NOTE,))
    said = "Not verified: marker 2 on line 3 has no footnote."
    assert said in attach(
        "Brief.\n",
        replace(result, report=result.report.model_copy(update={"format": ReportFormat.TEXT})),
        "",
        CHECKED_AT,
    )
    rendered = MarkdownIt("commonmark").enable("table").render(attach("# Brief\n", result, "", CHECKED_AT))
    assert said in BeautifulSoup(rendered, "html.parser").get_text()
    page = attach("<html><body><p>x</p></body></html>", _as_html(result), "", CHECKED_AT)
    assert said in BeautifulSoup(page, "html.parser").get_text()


def test_the_appendix_of_a_report_whose_notes_could_not_be_read_does_not_say_it_has_none() -> None:
    markdown = attach("# Brief\n", report_result(findings=(NO_NOTES_READ,)), "", CHECKED_AT)
    assert (
        f"Checked by provenance on {CHECKED_AT}: no notes could be read, though the text cites." in markdown
    )
    assert "no footnotes" not in markdown


def test_the_appendix_of_a_report_of_verified_notes_says_so_and_nothing_more() -> None:
    markdown = attach("# Brief\n", report_result(VERIFIED), "", CHECKED_AT)
    assert f"Checked by provenance on {CHECKED_AT}: 1 verified.  \n" in markdown
    assert "Not verified" not in markdown
    empty = attach("# Brief\n", report_result(), "", CHECKED_AT)
    assert f"Checked by provenance on {CHECKED_AT}: no footnotes." in empty


def test_a_report_file_name_that_spells_a_link_is_no_link_in_the_markdown_appendix() -> None:
    result = report_result(VERIFIED, path="brief [see](evil.example).md")
    rendered = MarkdownIt("commonmark").enable("table").render(attach("# Brief\n", result, "", CHECKED_AT))
    assert "<a " not in rendered
    assert (
        "Ledger: brief [see](evil.example).md.ledger.jsonl, head"
        in BeautifulSoup(rendered, "html.parser").get_text()
    )


def test_a_robust_link_names_a_javascript_archive_url_nowhere_and_the_warc_instead() -> None:
    # The Robust Links script makes `data-versionurl` a link in the published page: a TimeGate's
    # `javascript:` there would run on the publisher's site.
    page = attach(
        '<html><body><a href="https://news.example/a">a</a></body></html>',
        _as_html(report_result(_with_archive(HOSTILE))),
        "",
        CHECKED_AT,
    )
    link = BeautifulSoup(page, "html.parser").find("a", attrs={"data-originalurl": "https://news.example/a"})
    assert link is not None
    warc = VERIFIED.outcome.capture.warc if VERIFIED.outcome and VERIFIED.outcome.capture else ""
    assert link["data-versionurl"] == warc


def test_a_robust_link_names_an_archived_copy_on_the_web() -> None:
    url = "https://archive.example/20220121/https://news.example/a"
    page = attach(
        '<html><body><a href="https://news.example/a">a</a></body></html>',
        _as_html(report_result(_with_archive(url))),
        "",
        CHECKED_AT,
    )
    link = BeautifulSoup(page, "html.parser").find("a", attrs={"data-originalurl": "https://news.example/a"})
    assert link is not None and link["data-versionurl"] == url


def test_a_robust_link_offers_no_copy_of_a_page_whose_capture_failed_though_its_warc_is_listed() -> None:
    # A 404 kept as evidence was named as the link's `data-versionurl`: the Robust Links script offered
    # every reader of the published page the WARC of a "not found" as the cited page as it was.
    page = attach(
        '<html><body><a href="https://news.example/gone">gone</a></body></html>',
        _as_html(report_result(GONE)),
        "",
        CHECKED_AT,
    )
    soup = BeautifulSoup(page, "html.parser")
    link = soup.find("a", attrs={"data-originalurl": "https://news.example/gone"})
    assert link is not None and not link.has_attr("data-versionurl")
    assert "archives/brief.md-fn2.warc.gz" in soup.get_text()  # the evidence is still listed


def _failed(label: str) -> FootnoteResult:
    return footnote_result(label, "failed", (CheckResult(name="date", status="fail", detail="a day off"),))


def test_a_label_holding_a_right_to_left_override_does_not_reorder_its_row_in_any_appendix() -> None:
    # Raw, U+202E after such a label turned the rest of its row around in a text or Markdown view: it read
    # "[1ㅤverified" and then a reversed, unreadable status, beside the word the label spelled.
    label = "1\u3164verified\u3164\u202e"
    result = report_result(_failed(label))
    text = attach(
        "Brief.\n",
        replace(result, report=result.report.model_copy(update={"format": ReportFormat.TEXT})),
        "",
        CHECKED_AT,
    )
    markdown = attach("# Brief\n", result, "", CHECKED_AT)
    page = attach(
        "<html><body><p>x</p></body></html>",
        replace(result, report=result.report.model_copy(update={"format": ReportFormat.HTML})),
        "",
        CHECKED_AT,
    )
    for appendix in (text, markdown, page):
        assert "\u202e" not in appendix and "\\u202e" in appendix
    (row,) = [line for line in text.splitlines() if line.startswith("[1")]
    assert row.split()[1] == "failed"


def test_a_label_in_another_script_is_shown_as_it_is_in_the_appendix() -> None:
    result = report_result(_failed("注1"))
    text = attach(
        "Brief.\n",
        replace(result, report=result.report.model_copy(update={"format": ReportFormat.TEXT})),
        "",
        CHECKED_AT,
    )
    assert "[注1]  failed" in text
