"""`check --attach`: a verified copy beside the report (Robust Links in HTML, an appendix table), the original
never touched, nothing else of the text changed."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from provenance import cli
from provenance.verified_copies import verified_copy_path
from tests.support.servers import FixtureServer, Reply

ARTICLE = b"<html><head><title>Council vote</title></head><body><p>The council voted.</p></body></html>"

HTML_REPORT = """<!DOCTYPE html>
<html lang="en">\r
<head><meta charset="utf-8"><title>Note</title></head>
<body>
<p>The council voted.<a href="#fn1" class="footnote-ref" id="fnref1"><sup>1</sup></a>
A page is gone.<a href="#fn2" class="footnote-ref" id="fnref2"><sup>2</sup></a></p>
<section class="footnotes"><ol>
<li id="fn1"><p>Lina Haddad, \u201cCouncil vote\u201d, January 21, 2022,
<A class="x" HREF="http://news.example/article">the article</A>.
<a href="#fnref1" class="footnote-back">\u21a9</a></p></li>
<li id="fn2"><p>Desk, January 20, 2022, <a href="http://news.example/gone">gone</a>.
<a href="#fnref2" class="footnote-back">\u21a9</a></p></li>
</ol></section>
<p>Elsewhere: <a href="http://news.example/article">the same article again</a>.</p>
</body>
</html>
"""

MARKDOWN_REPORT = (
    "# Brief\r\n\r\nThe council voted.[^1] Unlinked.[^2]\r\n\r\n"
    "[^1]: Lina Haddad, January 21, 2022, http://news.example/article\r\n"
    "[^2]: Telegram, January 21, 2022.\r\n"
)
TEXT_REPORT = "Claim.[1]\n\n[1] Desk | City, January 21, 2022, http://news.example/article\n"


@pytest.fixture
def news() -> Iterator[FixtureServer]:
    with FixtureServer({"/article": Reply(body=ARTICLE), "/gone": Reply(404, b"gone")}) as server:
        yield server


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _statuses(ledger: Path) -> dict[str, str]:
    """Each footnote's status as the ledger's last run recorded it."""
    lines = [json.loads(line) for line in ledger.read_text(encoding="utf-8").splitlines()]
    return {line["label"]: line["status"] for line in lines if line["kind"] == "footnote"}


def _check(news: FixtureServer, *argv: str) -> int:
    return cli.main(
        ["check", *argv, "--attach", "-q", "--connect-to", f"news.example:80:127.0.0.1:{news.port}"]
    )


def test_html_links_gain_robust_links_attributes_and_nothing_else_changes(
    workdir: Path, news: FixtureServer
) -> None:
    report = workdir / "note.html"
    report.write_bytes(HTML_REPORT.encode("utf-8"))
    assert _check(news, "note.html") == 1
    assert report.read_bytes() == HTML_REPORT.encode("utf-8"), "the original is never touched"

    copy = (workdir / "note.verified.html").read_bytes().decode("utf-8")
    soup = BeautifulSoup(copy, "html.parser")
    article_links = soup.find_all("a", href="http://news.example/article")
    assert len(article_links) == 2
    for link in article_links:
        assert link["data-originalurl"] == "http://news.example/article"
        version_url, version_date = str(link["data-versionurl"]), str(link["data-versiondate"])
        assert re.fullmatch(r"archives/note\.html-fn1-.*\.warc\.gz", version_url)
        assert (workdir / version_url).is_file()
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", version_date)
    gone = soup.find("a", href="http://news.example/gone")
    assert gone is not None and gone["data-originalurl"] == "http://news.example/gone", (
        "a 404 is evidence too"
    )
    assert not gone.has_attr("data-versionurl"), "but no copy of the page to offer a reader"
    marker = soup.find("a", href="#fn1")
    assert marker is not None and marker.get("data-originalurl") is None

    appendix = soup.find("section", id="provenance-verification")
    assert appendix is not None and appendix.find_parent("body") is not None
    rows = [[cell.get_text() for cell in row.find_all("td")] for row in appendix.find_all("tr")[1:]]
    statuses = _statuses(workdir / "note.html.ledger.jsonl")
    assert [(row[0], row[1]) for row in rows] == [("[1]", statuses["1"]), ("[2]", "failed")]

    attributes = r' data-originalurl="[^"]*"(?: data-versionurl="[^"]*")? data-versiondate="[^"]*"'
    without = re.sub(attributes, "", copy)
    without = re.sub(r'\n<section id="provenance-verification".*?</section>\n', "", without, flags=re.S)
    assert without == HTML_REPORT, "only the attributes and the appendix were added (CRLF and case kept)"


def test_markdown_gets_an_appendix_table_and_keeps_its_line_ends(workdir: Path, news: FixtureServer) -> None:
    (workdir / "brief.md").write_bytes(MARKDOWN_REPORT.encode("utf-8"))
    assert _check(news, "brief.md") == 1
    copy = (workdir / "brief.verified.md").read_bytes().decode("utf-8")
    assert copy.startswith(MARKDOWN_REPORT.rstrip("\r\n"))
    assert "\n" not in copy.replace("\r\n", ""), "CRLF throughout, as in the report"
    rows = [
        line
        for line in copy.split("\r\n")
        if line.startswith("| ") and not line.startswith(("| Note", "| -"))
    ]
    status = _statuses(workdir / "brief.md.ledger.jsonl")["1"]
    assert rows[0].startswith(f"| 1 | {status} | 20") and "archives/brief.md-fn1-" in rows[0]
    assert re.search(r"\| [0-9a-f]{64} \|", rows[0])
    assert rows[1] == "| 2 | unlocatable | - | - | - | - |"


@pytest.mark.parametrize("encoding", ["utf-32", "utf-16-le", "utf-16", "utf-8-sig"])
def test_a_report_in_another_unicode_encoding_gets_a_copy_wholly_in_that_encoding(
    workdir: Path, news: FixtureServer, encoding: str
) -> None:
    (workdir / "brief.md").write_bytes(MARKDOWN_REPORT.encode(encoding))
    _check(news, "brief.md")
    copy = (workdir / "brief.verified.md").read_bytes().decode(encoding)  # strict: one encoding throughout
    assert copy.startswith(MARKDOWN_REPORT.rstrip("\r\n")) and "| 2 | unlocatable |" in copy
    assert "\x00" not in copy, "no byte of another encoding's code units leaked into the text"


def test_text_gets_an_appendix_and_a_rerun_replaces_the_copy_not_the_report(
    workdir: Path, news: FixtureServer
) -> None:
    report = workdir / "sitrep.txt"
    report.write_text(TEXT_REPORT, encoding="utf-8")
    _check(news, "sitrep.txt")
    first = (workdir / "sitrep.verified.txt").read_text(encoding="utf-8")
    assert first.startswith(TEXT_REPORT) and "\nVERIFICATION\n" in first
    status = _statuses(workdir / "sitrep.txt.ledger.jsonl")["1"]
    assert re.search(rf"\[1\]\s+{status}\s+\S+Z\s+[0-9a-f]{{64}}\s+archives/sitrep\.txt-fn1-", first)
    _check(news, "*.txt")
    assert (workdir / "sitrep.verified.txt").read_text(encoding="utf-8") != first, "the copy was replaced"
    assert report.read_text(encoding="utf-8") == TEXT_REPORT
    assert len(list(workdir.glob("*.ledger.jsonl"))) == 1


def test_an_unsupported_format_is_refused_before_anything_is_written(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import docx

    memo = docx.Document()
    memo.add_paragraph("A memo in Word, as reviewers receive them.")
    memo.save(str(workdir / "memo.docx"))
    code = cli.main(["check", "memo.docx", "--attach", "--offline"])
    _, err = capsys.readouterr()
    assert code == 2 and "--attach writes copies of text, Markdown and HTML reports, not DOCX" in err
    assert not (workdir / "memo.docx.ledger.jsonl").exists()


def test_the_copy_is_named_beside_the_report() -> None:
    assert verified_copy_path(Path("docs/brief.md")) == Path("docs/brief.verified.md")
    assert verified_copy_path(Path("NOTES")) == Path("NOTES.verified")
