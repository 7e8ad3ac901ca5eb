"""`check` of a memo citing scanned council minutes on the Internet Archive (`archive.org/details/<item>`),
end to end: the item's own text, which its page links to (`FULL TEXT download`,
`/stream/<item>/<file>_djvu.txt`), is captured into the footnote's WARC beside the page, and a quote found
there passes as the document's words.

Before, only the item page was captured: what it shows is the uploader's description, so every quote, even
the minutes' own words, warned, naming the download folder to open. Words only the description holds still
warn, now saying that the item's text, read whole, does not hold them. The text's body is kept to 4 MB (the
run's `--max-bytes` is 50 MB), a cut one marked `WARC-Truncated: length`: a quote not found before the cut is
said to be perhaps after it, and never passes.

The servers are local (`--connect-to`), the URLs the real ones' shapes; the item page is written from memory
of the Internet Archive's shape (`metadata-definition` lists, `#descript`, the download box's pills), the
text page as its `Full text of` page with the words in a `<pre>` block; the council, people and numbers are
made up.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from provenance.side_urls import INTERNET_ARCHIVE_TEXT_MAX_BYTES
from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import checked_on, checks_by_name
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of

MINUTES = "https://archive.org/details/eastmoor-planning-minutes-1987"
REGISTER = "https://archive.org/details/eastmoor-rate-register-1988"
HOSTS = ("archive.org",)

MINUTES_TEXT = (
    "EASTMOOR DISTRICT COUNCIL\n\nMINUTES OF THE PLANNING COMMITTEE\nheld on 14 May 1987\n\n"
    "Present: Councillor R. Pellow (Chair), Councillors A. Tremayne and J. Vosper.\n\n"
    "41. EASTFIELD DEPOT\n\nThe committee considered the report of the Borough Surveyor. After discussion\n"
    "the committee resolved to close the Eastfield depot at the end of the financial year and to\n"
    "offer its staff posts at the Northgate yard.\n"
)
# A register running over the text's 4 MB cap: its last entry stands after the cut.
REGISTER_TEXT = (
    "EASTMOOR DISTRICT COUNCIL\nRATE REGISTER 1988\n\nThe register opens with the schedule of mills.\n\n"
    + "Entry 00000 Holding of no note, rateable value 10 pounds.\n" * 75_000
    + "Final entry: the Northgate yard, rateable value 4,210 pounds.\n"
)


def item_page(item: str, title: str, description: str, text_file: str) -> bytes:
    """An item page as the Internet Archive shows one: its title, metadata, the uploader's description and
    the download box, whose `FULL TEXT download` pill links to the item's text."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} : Eastmoor District Council : Free Download, Borrow, and Streaming : Internet Archive</title>
<link rel="canonical" href="https://archive.org/details/{item}">
<meta property="og:site_name" content="Internet Archive">
</head><body><div class="container container-ia">
<div class="relative-row row" itemscope itemtype="http://schema.org/CreativeWork">
<div class="thats-left item-details-metadata col-sm-8">
<h1 class="item-title" itemprop="name">{title}</h1>
<dl class="metadata-definition"><dt>by</dt>
<dd><span itemprop="creator">Eastmoor District Council</span></dd></dl>
<dl class="metadata-definition"><dt>Publication date</dt>
<dd><span itemprop="datePublished">1987-05-14</span></dd></dl>
<div id="descript" itemprop="description"><p>{description}</p></div>
<div class="item-upload-info">
<p>Uploaded by <a href="/details/@eastmoorhistory">eastmoorhistory</a></p></div>
</div>
<div class="thats-right item-details-archive-info col-sm-4">
<div class="boxy item-download-options">
<a class="format-summary download-pill" href="/download/{item}/{item}.pdf">PDF download</a>
<a class="format-summary download-pill" href="/stream/{item}/{text_file}">FULL TEXT download</a>
<a class="format-summary download-pill" href="/download/{item}">SHOW ALL</a>
</div></div></div></div></body></html>""".encode()


def text_page(title: str, text: str) -> bytes:
    """The Internet Archive's `Full text of` page: the item's text in a `<pre>` block."""
    return (
        f'<!DOCTYPE html><html><head><title>Full text of "{title}"</title></head><body>'
        f'<div class="container container-ia"><h1>Full text of "{title}"</h1><p>See other formats</p>'
        f"<pre>{html.escape(text)}</pre></div></body></html>"
    ).encode()


MINUTES_FILE = "eastmoor-planning-minutes-1987_djvu.txt"
REGISTER_FILE = "eastmoor-rate-register-1988_djvu.txt"
MINUTES_TITLE = "Planning committee minutes, 14 May 1987"

MEMO = f"""# Memorandum: the Eastfield depot

1. The committee "resolved to close the Eastfield depot".[^minutes]

2. It "agreed to sell the depot land to the highest bidder".[^description]

3. The register opens with "the schedule of mills".[^register] Its last entry is "the Northgate yard,
rateable value 4,210 pounds".[^past-the-cut]

[^minutes]: Eastmoor District Council, "{MINUTES_TITLE}", Internet Archive, <{MINUTES}>
[^description]: Eastmoor District Council, "{MINUTES_TITLE}", Internet Archive, <{MINUTES}>
[^register]: Eastmoor District Council, "Rate register 1988", Internet Archive, <{REGISTER}>
[^past-the-cut]: Eastmoor District Council, "Rate register 1988", Internet Archive, <{REGISTER}>
"""


@pytest.fixture(scope="module")
def memo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("legal-archive-items")
    ca = make_local_ca(folder, HOSTS)
    text_headers = (("Content-Type", "text/html; charset=UTF-8"),)
    routes: dict[str, Any] = {
        path_of(MINUTES): Reply(
            body=item_page(
                "eastmoor-planning-minutes-1987",
                MINUTES_TITLE,
                "Scanned minutes of the planning committee. The council agreed to sell the depot land to the "
                "highest bidder, as the local paper reported.",
                MINUTES_FILE,
            ),
            headers=HTML,
        ),
        f"/stream/eastmoor-planning-minutes-1987/{MINUTES_FILE}": Reply(
            body=text_page(MINUTES_TITLE, MINUTES_TEXT), headers=text_headers
        ),
        path_of(REGISTER): Reply(
            body=item_page(
                "eastmoor-rate-register-1988", "Rate register 1988", "A scanned register.", REGISTER_FILE
            ),
            headers=HTML,
        ),
        f"/stream/eastmoor-rate-register-1988/{REGISTER_FILE}": Reply(
            body=text_page("Rate register 1988", REGISTER_TEXT), headers=text_headers
        ),
    }
    report = folder / "memo.md"
    report.write_text(MEMO, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return folder, checked_on(report, server, ca, HOSTS)


def test_a_quote_found_in_the_item_s_own_text_passes_as_the_document_s_words(
    memo: tuple[Path, dict[str, dict[str, Any]]],
) -> None:
    # The minutes' words stood only in the item's text, which was not captured: the quote warned.
    checks = checks_by_name(memo[1]["minutes"])
    assert checks["quote"] == ("pass", "found 'resolved to close the Eastfield depot'")


def test_a_quote_only_the_uploader_s_description_holds_still_warns(
    memo: tuple[Path, dict[str, dict[str, Any]]],
) -> None:
    checks = checks_by_name(memo[1]["description"])
    assert checks["quote"] == (
        "warn",
        "found 'agreed to sell the depot land to the highest bidder' in the uploader's description, not in "
        "the item's own text (https://archive.org/stream/eastmoor-planning-minutes-1987/"
        f"{MINUTES_FILE}), read whole: open the file "
        "(https://archive.org/download/eastmoor-planning-minutes-1987/) and compare the quote with it",
    )
    assert memo[1]["description"]["status"] != "verified"


def test_the_item_s_text_is_in_the_footnote_s_warc_cut_at_its_own_cap(
    memo: tuple[Path, dict[str, dict[str, Any]]],
) -> None:
    folder, footnotes = memo
    warc = folder / footnotes["past-the-cut"]["capture"]["warc"]
    stream_uri = f"https://archive.org/stream/eastmoor-rate-register-1988/{REGISTER_FILE}"
    with warc.open("rb") as stream:
        records = [
            record
            for record in ArchiveIterator(stream)
            if record.rec_type == "response"
            and record.rec_headers.get_header("WARC-Target-URI") == stream_uri
        ]
    assert len(records) == 1
    assert records[0].rec_headers.get_header("WARC-Truncated") == "length"
    # The page itself was read whole: the footnote is no capture cut at --max-bytes.
    assert checks_by_name(footnotes["past-the-cut"])["captured"][0] == "pass"
    assert len(REGISTER_TEXT) > INTERNET_ARCHIVE_TEXT_MAX_BYTES


def test_a_quote_after_the_cut_never_passes_and_says_the_text_was_cut(
    memo: tuple[Path, dict[str, dict[str, Any]]],
) -> None:
    footnotes = memo[1]
    assert checks_by_name(footnotes["register"])["quote"] == ("pass", "found 'the schedule of mills'")
    status, detail = checks_by_name(footnotes["past-the-cut"])["quote"]
    assert status == "warn"
    assert detail.startswith("not found verbatim")
    assert (
        "the item's own text (https://archive.org/stream/eastmoor-rate-register-1988/"
        f"{REGISTER_FILE}) was cut (its body was cut short; at most 4,000,000 bytes of it are kept): the "
        "quoted words may stand after the cut"
    ) in detail
    assert footnotes["past-the-cut"]["status"] != "verified"
