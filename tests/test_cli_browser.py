"""`check --browser` end to end: the content checks read the page as the browser rendered it."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from tests.support.cli import run_provenance
from tests.support.servers import FixtureServer, LocalCA, Reply
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
