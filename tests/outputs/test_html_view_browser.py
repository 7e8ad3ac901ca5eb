"""The HTML ledger view in real Chromium: every footnote and status shows, the filter works, nothing runs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from provenance import cli
from provenance.models import (
    Capture,
    CheckResult,
    Citation,
    Context,
    Finding,
    MementoLookup,
    Platform,
    SourcePost,
)
from tests.outputs.ledgers import FootnoteSpec, sample_footnotes, write_ledger

DOCS = Path(__file__).resolve().parents[2] / "docs"
SOURCE_PAGE = (
    "<html><body style='font:20px sans-serif;margin:30px'><h1>Council vote</h1>"
    "<p>By Lina Haddad · 21 January 2022</p><p>The council voted to reopen the bridge.</p></body></html>"
)
# Set by any script that manages to run in the view, and counted by the page's CSP violation events.
WATCH_SCRIPTS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
"""
PAYLOAD = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def _source_screenshot(page: Page) -> bytes:
    """A real PNG of a page, as a browser capture stores it."""
    page.set_viewport_size({"width": 640, "height": 400})
    page.set_content(SOURCE_PAGE)
    png: bytes = page.screenshot()
    return png


def _show(ledger: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ledger.parent)  # the ledger named as a reviewer would, from its own folder
    assert cli.main(["show", ledger.name, "-o", "view.html"]) == 0
    assert "ledger intact" in capsys.readouterr().out
    return ledger.parent / "view.html"


def _open(page: Page, view: Path) -> list[str]:
    """Open the view as a reviewer would, from disk; the URLs of every request it makes."""
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.add_init_script(WATCH_SCRIPTS)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(view.as_uri())
    return requests


@pytest.fixture
def sample_view(
    tmp_path: Path, page: Page, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, _source_screenshot(page)))
    return _show(ledger, capsys, monkeypatch)


def test_view_shows_every_footnote_with_its_status_and_requests_nothing(
    page: Page, sample_view: Path
) -> None:
    requests = _open(page, sample_view)
    expected = {"1": "verified", "2": "failed", "3": "unlocatable", "4": "error"}
    for label, status in expected.items():
        article = page.locator(f"article[data-label='{label}']")
        expect(article).to_be_visible()
        expect(article.locator(".badge")).to_have_text(status)
    expect(page.locator("article")).to_have_count(4)
    header = page.locator("section.run")
    expect(header).to_contain_text("Ada Reviewer")
    expect(header).to_contain_text("Ledger verified intact")
    marks = page.locator("article[data-label='1'] mark")
    expect(marks).to_have_text(["voted to reopen the bridge"] * 2)  # in the report's passage and the source
    expect(page.locator("article[data-label='1'] .source-text mark")).to_be_visible()
    thumbnail = page.locator("article[data-label='1'] img.screenshot")
    expect(thumbnail).to_be_visible()
    assert thumbnail.evaluate("img => img.naturalWidth") == 640, "the embedded screenshot decodes"
    assert requests == [sample_view.as_uri()], "the page loads nothing but itself"


def test_status_filter_hides_and_shows_footnotes(page: Page, sample_view: Path) -> None:
    _open(page, sample_view)
    page.locator("label[for='show-verified']").click()
    expect(page.locator("article[data-label='1']")).to_be_hidden()
    for label in ("2", "3", "4"):
        expect(page.locator(f"article[data-label='{label}']")).to_be_visible()
    page.locator("label[for='show-failed']").click()
    expect(page.locator("article[data-label='2']")).to_be_hidden()
    page.locator("label[for='show-verified']").click()
    expect(page.locator("article[data-label='1']")).to_be_visible()
    expect(page.locator("article[data-label='2']")).to_be_hidden()


def test_script_and_onerror_payloads_in_a_report_and_a_capture_run_nothing(
    tmp_path: Path, page: Page, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile_url = 'https://evil.example/"><script>window.__pwned = 3</script>'
    capture = Capture(
        url=hostile_url,
        final_url=hostile_url,
        http_status=200,
        warc="archives/x.warc.gz",
        warc_sha256="0" * 64,
        records=(),
        ip=None,
        started_at="2022-01-22T10:00:00Z",
        finished_at="2022-01-22T10:00:01Z",
        bytes=1,
        truncated=False,
        error=PAYLOAD,
    )
    hostile = FootnoteSpec(
        label='x"><img src=x onerror="window.__pwned = 4">',
        status="failed",
        text=f"A post that says {PAYLOAD}",
        checks=(CheckResult(name="captured", status="fail", detail=PAYLOAD),),
        citation=Citation(author=PAYLOAD, title='"><svg onload="window.__pwned = 5">'),
        contexts=(Context(line=2, text=f"It said \u201c{PAYLOAD}\u201d.", quotes=(PAYLOAD,)),),
        capture=capture,
        findings=(Finding(code="hostile", message=PAYLOAD),),
        source=SourcePost(
            platform=Platform.WEB, url=hostile_url, author=PAYLOAD, title=PAYLOAD, text=f"The post: {PAYLOAD}"
        ),
        archive=MementoLookup(timegate=hostile_url, error=PAYLOAD),
    )
    ledger = write_ledger(tmp_path, [hostile], operator=PAYLOAD)
    output = tmp_path / "view.html"
    assert cli.main(["show", str(ledger), "-o", str(output), "--no-verify"]) == 0
    requests = _open(page, output)

    article = page.locator("article")
    expect(article).to_contain_text("A post that says <script>window.__pwned = 1</script>")
    expect(article.locator("mark")).to_have_text([PAYLOAD, PAYLOAD])
    expect(article.locator(".source-text")).to_have_text(f"The post: {PAYLOAD}")
    assert page.evaluate("window.__pwned") is None, "no payload ran"
    assert page.evaluate("window.__violations") == [], "nothing even tried to run: the CSP was not needed"
    assert page.locator("script, svg, article img").count() == 0
    assert requests == [output.as_uri()], "the payload's <img src=x> was never requested"


def test_view_screenshot_for_the_readme(page: Page, sample_view: Path, tmp_path: Path) -> None:
    """The README's picture of the view; `PROVENANCE_UPDATE_DOCS=1` writes it to docs/ledger-view.png."""
    _open(page, sample_view)
    page.set_viewport_size({"width": 1280, "height": 1300})
    shot = tmp_path / "ledger-view.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes().startswith(b"\x89PNG")
    if os.environ.get("PROVENANCE_UPDATE_DOCS") == "1":
        DOCS.mkdir(exist_ok=True)
        shutil.copyfile(shot, DOCS / "ledger-view.png")
