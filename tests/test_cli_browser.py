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
from tests.support.servers import FixtureServer, LocalCA, Reply, stall
from tests.support.warcs import read_records

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


@pytest.fixture
def article_site(local_ca: LocalCA) -> Any:
    routes = {
        ARTICLE: Reply(body=(ASSETS / "article_rendered_by_script.html").read_bytes()),
        f"{ARTICLE}.json": Reply(
            body=(ASSETS / "article_rendered_by_script.json").read_bytes(),
            headers=(("Content-Type", "application/json"),),
        ),
    }
    with FixtureServer(routes, tls=local_ca) as server:
        yield server


def test_a_quote_that_only_a_script_puts_on_the_page_is_found_with_browser_and_not_without(
    tmp_path: Path, article_site: FixtureServer, local_ca: LocalCA
) -> None:
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    plain = _check(tmp_path, article_site, local_ca)
    captured = next(check for check in plain["checks"] if check["name"] == "captured")
    assert (plain["status"], captured["status"], plain["quote"]["status"]) == ("failed", "fail", "skip")
    assert captured["detail"].startswith("script shell")
    rendered = _check(tmp_path, article_site, local_ca, "--browser")
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


def test_a_browser_capture_verifies_intact_every_record_listed_and_in_its_times(
    tmp_path: Path, article_site: FixtureServer, local_ca: LocalCA
) -> None:
    # The page's own requests through the recording proxy, then its screenshot, DOM and PDF as resource
    # records: `verify` holds each record to the ledger's list and the capture's times, address and status.
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    rendered = _check(tmp_path, article_site, local_ca, "--browser")
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
