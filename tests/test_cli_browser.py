"""`check --browser` end to end: the content checks read the page as the browser rendered it."""

from __future__ import annotations

import contextlib
import io
import json
import signal
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from tests.support.cli import run_provenance, start_provenance
from tests.support.pdfs import one_page_pdf
from tests.support.servers import FixtureServer, LocalCA, Reply, stall, trickle
from tests.support.warcs import check_warc, read_records

ASSETS = Path(__file__).resolve().parent / "assets" / "browser"
ARTICLE = "/2022/01/21/council-bridge"
REPORT = f"""# Bridge

The council said it \u201cvoted to reopen the bridge\u201d.[^1]

[^1]: Lina Haddad, "Council votes to reopen the bridge", January 21, 2022, https://news.example{ARTICLE}
"""


def _check(folder: Path, server: FixtureServer, ca: LocalCA, *more: str) -> dict[str, Any]:
    argv = ["check", str(folder / "brief.md"), "--json", "--archive-dir", str(folder / "archives")]
    argv += [
        "--ca-bundle",
        str(ca.ca_pem),
        "--no-archive-lookup",
        "--connect-to",
        f"news.example:443:127.0.0.1:{server.port}",
    ]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli.main([*argv, *more])
    (report,) = json.loads(out.getvalue())["reports"]
    (footnote,) = report["footnotes"]
    footnote["quote"] = next(check for check in footnote["checks"] if check["name"] == "quote")
    return dict(footnote)


def _article_routes() -> dict[str, Reply]:
    """The article a script renders from JSON, at ARTICLE."""
    return {
        ARTICLE: Reply(body=(ASSETS / "article_rendered_by_script.html").read_bytes()),
        f"{ARTICLE}.json": Reply(
            body=(ASSETS / "article_rendered_by_script.json").read_bytes(),
            headers=(("Content-Type", "application/json"),),
        ),
    }


@pytest.fixture(scope="module")
def article_checked(
    local_ca: LocalCA, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, Any], dict[str, Any]]:
    """REPORT checked without `--browser`, then with it, into one folder (its ledger holds both runs): the
    folder and each run's footnote. Made once, for the tests that read the article's browser capture."""
    folder = tmp_path_factory.mktemp("article")
    (folder / "brief.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(_article_routes(), tls=local_ca) as server:
        plain = _check(folder, server, local_ca)
        rendered = _check(folder, server, local_ca, "--browser")
    # What the autouse check does for a test's own tmp_path: this folder is the module's.
    for warc in sorted(folder.rglob("*.warc.gz")):
        check_warc(warc)
    return folder, plain, rendered


def test_a_quote_that_only_a_script_puts_on_the_page_is_found_with_browser_and_not_without(
    article_checked: tuple[Path, dict[str, Any], dict[str, Any]],
) -> None:
    tmp_path, plain, rendered = article_checked
    captured = next(check for check in plain["checks"] if check["name"] == "captured")
    assert (plain["status"], captured["status"], plain["quote"]["status"]) == ("failed", "fail", "skip")
    assert captured["detail"].startswith("script shell")
    assert rendered["quote"]["status"] == "pass", rendered["quote"]
    assert rendered["status"] == "verified", rendered["checks"]
    ledger = [json.loads(line) for line in (tmp_path / "brief.md.ledger.jsonl").read_text().splitlines()]
    capture = [line for line in ledger if line["kind"] == "footnote"][-1]["capture"]
    assert [a["kind"] for a in capture["attachments"]] == ["screenshot", "dom", "pdf"]
    assert capture["browser"]["viewport"] == "1280x2000"
    records = read_records(tmp_path / capture["warc"])
    dom = next(
        r for r in records if r["headers"].get("WARC-Target-URI", "").startswith("urn:provenance:dom:")
    )
    assert "voted to reopen the bridge" in dom["payload"].decode()


def _check_one_footnote(
    folder: Path, server: FixtureServer, path: str, *more: str, browser: bool = True
) -> dict[str, Any]:
    """`check --json` (`--browser` unless told) of a report citing `http://news.example<path>`, served by
    `server`: its one footnote, with its checks by name."""
    folder.mkdir(exist_ok=True)
    (folder / "r.md").write_text(
        "The council said it \u201cvoted to reopen the bridge\u201d.[^1]\n\n"
        f'[^1]: Lina Haddad, "Council votes to reopen the bridge", January 21, 2022, http://news.example{path}\n',
        encoding="utf-8",
    )
    argv = [
        "check",
        str(folder / "r.md"),
        "--json",
        "--no-archive-lookup",
        *(["--browser"] if browser else []),
    ]
    argv += [
        "--archive-dir",
        str(folder / "archives"),
        "--connect-to",
        f"news.example::127.0.0.1:{server.port}",
    ]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli.main([*argv, *more])
    (footnote,) = json.loads(out.getvalue())["reports"][0]["footnotes"]
    footnote["by_name"] = {check["name"]: check for check in footnote["checks"]}
    return dict(footnote)


def test_a_page_never_rendered_is_at_most_unconfirmed_and_captured_says_why(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # Its script replaces the article with a retraction, then never yields: no rendered DOM can be taken, and
    # the bytes received (the article) are not what a reader saw.
    fixture_server.routes["/story"] = Reply(
        body=(ASSETS / "article_retracted_then_never_yields.html").read_bytes()
    )
    footnote = _check_one_footnote(tmp_path, fixture_server, "/story", "--timeout", "1")
    captured = footnote["by_name"]["captured"]
    assert footnote["status"] == "unconfirmed", footnote["checks"]
    assert captured["status"] == "warn"
    assert captured["detail"].startswith(
        "not read as rendered (rendered DOM: not done within 1s): the checks read the bytes as received; "
    )


def test_a_quote_from_the_next_story_that_infinite_scroll_adds_below_the_article_is_not_found_in_it(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # The cited article does not say it; the story added below it once a reader reaches its end does. The DOM
    # was taken after scrolling to the end of the page, and the quote was found there: verified.
    fixture_server.routes["/story"] = Reply(
        body=(ASSETS / "article_with_the_next_story_below.html").read_bytes()
    )
    footnote = _check_one_footnote(tmp_path, fixture_server, "/story")
    quote = footnote["by_name"]["quote"]
    assert (footnote["status"], quote["status"]) == ("unconfirmed", "warn"), footnote["checks"]
    assert "The mayor said" not in quote["detail"]  # the nearest words were the cited article's own
    assert footnote["by_name"]["captured"]["status"] == "pass"
    (capture,) = [
        json.loads(line)["capture"]
        for line in (tmp_path / "r.md.ledger.jsonl").read_text().splitlines()
        if json.loads(line)["kind"] == "footnote"
    ]
    records = read_records(tmp_path / capture["warc"])
    (dom,) = [r for r in records if r["headers"].get("WARC-Target-URI", "").startswith("urn:provenance:dom:")]
    assert b"discuss the repairs" in dom["payload"] and b"said the council voted" not in dom["payload"]


def test_a_page_that_moves_on_by_itself_is_checked_as_the_page_a_reader_is_left_with(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    removal = b"<title>Page not found</title><h1>404 - This article has been removed</h1>"
    fixture_server.routes.update(
        {
            "/story": Reply(body=(ASSETS / "article_that_moves_on_to_a_removal_notice.html").read_bytes()),
            "/removed": Reply(body=removal),
        }
    )
    footnote = _check_one_footnote(tmp_path, fixture_server, "/story")
    captured = footnote["by_name"]["captured"]
    assert footnote["status"] == "failed", footnote["checks"]
    assert captured["status"] == "fail"
    assert captured["detail"].startswith(
        "soft 404: the page's title is an error: 'Page not found'; the page went on by itself to "
        "http://news.example/removed: the checks read that page; "
    )


def test_a_page_that_moves_on_to_a_refused_address_keeps_no_rendering_of_the_refusal_as_the_source(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    page = (ASSETS / "article_that_moves_on_to_a_blocked_address.html").read_bytes()
    fixture_server.routes["/story"] = Reply(body=page)
    footnote = _check_one_footnote(tmp_path, fixture_server, "/story")
    captured = footnote["by_name"]["captured"]
    assert footnote["status"] == "unconfirmed", footnote["checks"]
    assert captured["status"] == "warn"
    assert captured["detail"].startswith(
        "not read as rendered (the page went on by itself to http://169.254.169.254/latest/meta-data/, "
        "not fetched: blocked: 169.254.169.254 is a link-local address): the checks read the bytes as "
        "received; "
    )
    # The proxy's own answer, which the browser showed, is never read as the source's.
    assert "provenance did not fetch this" not in json.dumps(footnote)
    ledger = [json.loads(line) for line in (tmp_path / "r.md.ledger.jsonl").read_text().splitlines()]
    capture = [line for line in ledger if line["kind"] == "footnote"][-1]["capture"]
    assert capture["attachments"] == []
    assert capture["browser"]["went_on_to"] == "http://169.254.169.254/latest/meta-data/"
    assert [r for r in read_records(tmp_path / capture["warc"]) if r["type"] == "resource"] == []


def _one_page_pdf(text: str) -> bytes:
    """A small, well-formed PDF of one page showing `text`."""
    return one_page_pdf(f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode())


@pytest.mark.parametrize(
    "answer",
    [
        Reply(
            body=_one_page_pdf("Council votes to reopen the bridge"),
            headers=(("Content-Type", "application/pdf"),),
        ),
        Reply(
            body=b"MZ" + bytes(1000),
            headers=(
                ("Content-Type", "application/octet-stream"),
                ("Content-Disposition", "attachment; filename=bridge.exe"),
            ),
        ),
    ],
    ids=["pdf", "download"],
)
def test_a_document_that_is_no_web_page_is_checked_from_its_bytes_as_without_browser(
    tmp_path: Path, fixture_server: FixtureServer, answer: Reply
) -> None:
    # A PDF shown in Chromium's viewer (whose DOM holds none of its words), a file the browser would save:
    # each is recorded by the proxy, and read from its bytes, as a plain capture reads it.
    fixture_server.routes["/document"] = answer
    plain = _check_one_footnote(tmp_path / "plain", fixture_server, "/document", browser=False)
    rendered = _check_one_footnote(tmp_path / "browser", fixture_server, "/document")
    assert rendered["by_name"]["captured"]["status"] == "pass", rendered["checks"]
    assert rendered["by_name"]["captured"]["detail"].startswith("HTTP 200, ")
    # The same checks, with the same findings, as without --browser (the WARCs' names and sizes aside).
    del plain["by_name"]["captured"], rendered["by_name"]["captured"]
    assert (rendered["status"], rendered["by_name"]) == (plain["status"], plain["by_name"])


def test_a_url_chromium_spells_otherwise_than_cited_is_read_back_and_verified(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # Cited `?q=it's`; Chromium asks for, and the WARC records, `?q=it%27s`: the same page.
    fixture_server.routes["/story"] = Reply(body=(ASSETS / "article.html").read_bytes())
    footnote = _check_one_footnote(tmp_path, fixture_server, "/story?q=it's")
    assert [request.path for request in fixture_server.requests if request.path.startswith("/story")] == [
        "/story?q=it%27s"
    ]
    assert footnote["status"] == "verified", footnote["checks"]
    # The ledger names the request as Chromium spelt it: verify takes it for the cited URL, as the read-back
    # did.
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["verify", str(tmp_path / "r.md.ledger.jsonl"), "--json"])
    assert code == 0, out.getvalue()


def test_what_the_browser_could_not_do_is_said_in_the_captured_detail(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # The article is there, but an image does not come in time: the load event does not fire. The image
    # trickles in (a byte every 0.25 s) rather than stalling: a stalled one failed at the proxy's 1 s read
    # timeout, racing the load event's own 1 s wait, and a loaded machine let the load event win.
    article = (ASSETS / "article.html").read_bytes().replace(b"</body>", b"<img src='/slow.png'></body>")
    fixture_server.routes.update({"/story": Reply(body=article), "/slow.png": trickle(b"x" * 60, 0.25)})
    footnote = _check_one_footnote(tmp_path, fixture_server, "/story", "--timeout", "1")
    captured = footnote["by_name"]["captured"]
    assert (footnote["status"], captured["status"]) == ("verified", "pass"), footnote["checks"]
    assert "; browser: the load event did not fire within 1s" in captured["detail"]


def test_a_browser_capture_verifies_intact_every_record_listed_and_in_its_times(
    article_checked: tuple[Path, dict[str, Any], dict[str, Any]],
) -> None:
    # The page's own requests through the recording proxy, then its screenshot, DOM and PDF as resource
    # records: `verify` holds each record to the ledger's list and the capture's times, address and status.
    tmp_path, _, rendered = article_checked
    records = read_records(tmp_path / rendered["capture"]["warc"])
    assert {"request", "response", "resource", "metadata"} <= {record["type"] for record in records}

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["verify", str(tmp_path / "brief.md.ledger.jsonl")])

    assert code == 0, out.getvalue()
    assert "verdict: INTACT" in out.getvalue()


def test_browser_without_a_chromium_stops_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    result = run_provenance(
        ["check", "brief.md", "--browser"], cwd=tmp_path, env={"PROVENANCE_CHROMIUM": str(tmp_path / "nope")}
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"provenance: error: --browser: PROVENANCE_CHROMIUM={tmp_path / 'nope'} is not an executable file"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]


def _descendants(root: int) -> set[int]:
    """The processes below `root` now (Playwright's driver, Chromium and its helpers)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # gone meanwhile
        parents[int(stat.parent.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_ctrl_c_during_a_browser_capture_closes_chromium_and_leaves_nothing(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    fixture_server.routes.update(
        {"/": Reply(body=b"<p>Waiting for a picture.</p><img src='/slow.png'>"), "/slow.png": stall(60)}
    )
    (tmp_path / "r.md").write_text("Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/\n")
    rule = f"news.example::127.0.0.1:{fixture_server.port}"
    process = start_provenance(
        ["check", "r.md", "--browser", "--connect-to", rule, "--no-archive-lookup"], cwd=tmp_path
    )
    try:
        fixture_server.wait_for_in_flight(1, patience=60)  # the page loaded; its picture is on its way
        browser = _descendants(process.pid)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)  # an upper bound
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == "provenance: interrupted"
    assert "Traceback" not in stderr and "Task was destroyed" not in stderr, stderr
    assert browser and not [pid for pid in browser if _running(pid)], "Chromium outlived the run"
    assert list((tmp_path / "archives").iterdir()) == [], stderr
    assert not (tmp_path / "r.md.ledger.jsonl").exists()


def test_a_cited_archived_copy_that_goes_on_to_a_page_no_copy_is_read_as_that_page_not_as_a_copy(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # The copy's page sends the reader on to `/removed`, which is no archived copy: read as a copy, its
    # details named the removal notice the archive's copy "made" at the notice's time.
    memento = "/web/20220121100000/http://news.example/story"
    removal = b"<title>Page not found</title><h1>404 - This article has been removed</h1>"
    fixture_server.routes.update(
        {
            memento: Reply(body=(ASSETS / "article_that_moves_on_to_a_removal_notice.html").read_bytes()),
            "/removed": Reply(body=removal),
        }
    )
    (tmp_path / "r.md").write_text(
        "The council said it \u201cvoted to reopen the bridge\u201d.[^1]\n\n"
        f'[^1]: Lina Haddad, "Council votes to reopen the bridge", January 21, 2022, http://web.archive.org{memento}\n',
        encoding="utf-8",
    )
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli.main(
            ["check", str(tmp_path / "r.md"), "--json", "--no-archive-lookup", "--browser", "--archive-dir",
             str(tmp_path / "archives"), "--connect-to", f"web.archive.org::127.0.0.1:{fixture_server.port}"]
        )  # fmt: skip
    (footnote,) = json.loads(out.getvalue())["reports"][0]["footnotes"]
    captured = next(check for check in footnote["checks"] if check["name"] == "captured")
    assert footnote["status"] == "failed", footnote["checks"]
    assert "went on by itself to http://web.archive.org/removed" in captured["detail"]
    assert "the archived copy of" not in captured["detail"]


def test_an_article_under_a_login_wall_is_not_verified_and_captured_names_the_wall(
    tmp_path: Path, local_ca: LocalCA
) -> None:
    # The DOM held the article under the wall: the quote was verified on words no reader could read.
    article = (
        b"<html><head><title>Council votes to reopen the bridge</title><script type='application/ld+json'>"
        b'{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2022-01-21T17:42:00Z",'
        b' "author": [{"@type": "Person", "name": "Lina Haddad"}]}</script></head><body>'
        b"<h1>Council votes to reopen the bridge</h1><p>The council voted to reopen the bridge on Friday.</p>"
        b"<div id='wall' style='position: fixed; inset: 0; background: white'>Log in to keep reading</div>"
        b"</body></html>"
    )
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer({ARTICLE: Reply(body=article)}, tls=local_ca) as server:
        footnote = _check(tmp_path, server, local_ca, "--browser")
    captured = next(check for check in footnote["checks"] if check["name"] == "captured")
    assert (footnote["status"], captured["status"]) == ("unconfirmed", "warn"), footnote["checks"]
    assert "an overlay (div#wall covered 100% of the text in view) hid the page" in captured["detail"]


def _article_styled_by(stylesheet: bytes, shown: bytes, hidden: bytes) -> dict[str, Reply]:
    """Routes of an article whose external stylesheet `stylesheet` styles what it shows and what it hides."""
    article = (
        b"<html><head><title>Council votes to reopen the bridge</title>"
        b"<link rel='stylesheet' href='/site.css'><script type='application/ld+json'>"
        b'{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2022-01-21T17:42:00Z",'
        b' "author": [{"@type": "Person", "name": "Lina Haddad"}],'
        b' "headline": "Council votes to reopen the bridge"}</script></head><body>'
        b"<nav><ul class='menu'><li>Sections</li><li>Sport and weather</li></ul></nav>"
        b"<article><h1>Council votes to reopen the bridge</h1><p>By Lina Haddad</p>"
        b"<p>The council met on Friday evening to discuss the repairs of the old bridge over the river.</p>"
        + shown
        + hidden
        + b"<p>Work on the deck is to start in the spring, the council's engineers said afterwards.</p>"
        b"</article></body></html>"
    )
    return {
        ARTICLE: Reply(body=article),
        "/site.css": Reply(body=stylesheet, headers=(("Content-Type", "text/css"),)),
    }


def _records_of(folder: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    ledger = [json.loads(line) for line in (folder / "brief.md.ledger.jsonl").read_text().splitlines()]
    capture = [line for line in ledger if line["kind"] == "footnote"][-1]["capture"]
    return capture, read_records(folder / capture["warc"])


def test_a_quote_only_in_text_an_external_stylesheet_hides_is_not_found_and_the_dom_stays_as_it_was(
    tmp_path: Path, local_ca: LocalCA
) -> None:
    # The quote is only in paragraphs the page's own stylesheet file hides (one by `display: none` under a
    # pseudo-class, one by `visibility: hidden`): no reader saw it, and the DOM, read as the page, verified
    # it.
    stylesheet = (
        b".menu li:not(:first-child) { display: none }\n"
        b"article p.note:not(.open) { display: none }\n"
        b"article .aside { visibility: hidden }\n"
    )
    hidden = (
        b"<p class='note'>The council voted to reopen the bridge, a member said.</p>"
        b"<p class='aside'>It voted to reopen the bridge, <b>another said</b>.</p>"
    )
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(_article_styled_by(stylesheet, b"", hidden), tls=local_ca) as server:
        footnote = _check(tmp_path, server, local_ca, "--browser")
    assert footnote["quote"]["status"] == "warn", footnote["checks"]
    assert footnote["status"] == "unconfirmed", footnote["checks"]
    capture, records = _records_of(tmp_path)
    assert [a["kind"] for a in capture["attachments"]] == ["screenshot", "dom", "shown", "pdf"]
    by_uri = {r["headers"].get("WARC-Target-URI", ""): r for r in records if r["type"] == "resource"}
    dom = next(r["payload"] for uri, r in by_uri.items() if uri.startswith("urn:provenance:dom:"))
    shown = next(r["payload"] for uri, r in by_uri.items() if uri.startswith("urn:provenance:shown:"))
    # The DOM is the DOM as it was; the record of what was shown marks the hidden paragraphs.
    assert b"hidden" not in dom and b"voted to reopen the bridge" in dom
    assert b'<p class="note" hidden="">' in shown and b'<p class="aside" hidden="">' in shown
    assert b'<li>Sections</li><li hidden="">Sport and weather</li>' in shown


def test_a_quote_a_reader_sees_beside_text_a_stylesheet_hides_is_still_verified(
    tmp_path: Path, local_ca: LocalCA
) -> None:
    # Text only clipped to a pixel for screen readers, transparent until scrolled to, or visible inside a
    # hidden box is shown (or shown to a reader who scrolls): the page's menu is hidden, the quote is not.
    stylesheet = (
        b".menu li:not(:first-child) { display: none }\n"
        b".fade { opacity: 0 }\n"
        b".sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0) }\n"
        b".box { visibility: hidden } .box .inner { visibility: visible }\n"
    )
    shown = (
        b"<p class='fade'>The council voted to reopen the bridge on Friday.</p>"
        b"<p class='sr-only'>Listen to this article</p>"
        b"<div class='box'><p class='inner'>The vote was eight to three.</p></div>"
    )
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(_article_styled_by(stylesheet, shown, b""), tls=local_ca) as server:
        footnote = _check(tmp_path, server, local_ca, "--browser")
    assert footnote["quote"]["status"] == "pass", footnote["checks"]
    assert footnote["status"] == "verified", footnote["checks"]
    capture, records = _records_of(tmp_path)
    assert [a["kind"] for a in capture["attachments"]] == ["screenshot", "dom", "shown", "pdf"]
    shown_record = next(
        r for r in records if r["headers"].get("WARC-Target-URI", "").startswith("urn:provenance:shown:")
    )
    assert shown_record["payload"].count(b"hidden") == 1  # the menu's second item only
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["verify", str(tmp_path / "brief.md.ledger.jsonl")])
    assert code == 0, out.getvalue()
