"""The command line end to end: check → ledger + WARCs → verify, on local servers reached by --connect-to."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import pty
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from tests.outputs.ledgers import sample_footnotes, write_ledger
from tests.support.cli import provenance_command, provenance_env, run_provenance
from tests.support.servers import FixtureServer, LocalCA, Reply, hold_until_concurrent, redirect
from tests.support.warcs import read_records

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "brief.md"
ARTICLE = (
    b"<html><head><title>Council vote</title><meta name='author' content='Lina Haddad'>"
    b"<meta property='article:published_time' content='2022-01-21T09:00:00Z'></head>"
    b"<body><p>The council voted to reopen the bridge.</p></body></html>"
)
# Telegram's widget markup (served for the post, its widget and its preview page alike).
TELEGRAM_POST = (
    b"<html><body><div class='tgme_widget_message' data-post='rybar/12345'>"
    b"<a class='tgme_widget_message_owner_name'><span>Rybar</span></a>"
    b"<div class='tgme_widget_message_text'>The convoy had already crossed.</div>"
    b"<a class='tgme_widget_message_date'><time datetime='2022-01-21T09:15:04+00:00'>09:15</time></a>"
    b"</div></body></html>"
)

REPORT = """# Brief

The council said it \u201cvoted to reopen the bridge\u201d.[^1]

The channel disagreed.[^2] A page is gone.[^3] A moved page.[^4] An unlinked claim.[^5]

[^1]: Lina Haddad, \u201cCouncil vote\u201d, January 21, 2022, http://news.example/article
[^2]: Rybar (@rybar), Telegram, January 21, 2022, https://t.me/rybar/12345
[^3]: City desk, January 20, 2022, http://news.example/gone
[^4]: Lina Haddad, January 21, 2022, http://news.example/moved
[^5]: Telegram, January 21, 2022.
"""


@pytest.fixture
def news() -> Iterator[FixtureServer]:
    routes = {
        "/article": Reply(body=ARTICLE),
        "/moved": redirect("/article", 301),
        "/gone": Reply(404, b"gone"),
    }
    with FixtureServer(routes) as server:
        yield server


@pytest.fixture
def telegram(local_ca: LocalCA) -> Iterator[FixtureServer]:
    with FixtureServer({"/rybar/12345": Reply(body=TELEGRAM_POST)}, tls=local_ca) as server:
        yield server


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    return tmp_path


@pytest.fixture
def served(news: FixtureServer, telegram: FixtureServer, local_ca: LocalCA) -> list[str]:
    """The options that send news.example and t.me to the local servers and trust the test CA."""
    return [
        "--connect-to", f"news.example:80:127.0.0.1:{news.port}",
        "--connect-to", f"t.me:443:127.0.0.1:{telegram.port}",
        "--ca-bundle", str(local_ca.ca_pem),
    ]  # fmt: skip


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _check_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code, out, err = _run(capsys, "check", *argv, "--json")
    assert "Traceback" not in err
    return code, json.loads(out)


def _ledger_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_check_captures_checks_and_writes_a_ledger_that_verifies(
    workdir: Path, news: FixtureServer, served: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, doc = _check_json(capsys, "brief.md", *served)

    assert code == 1, "footnotes 3 and 5 cannot be verified"
    report = doc["reports"][0]
    assert report["ledger"] == "brief.md.ledger.jsonl"
    status = {f["label"]: f["status"] for f in report["footnotes"]}
    assert status == {"1": "verified", "2": "verified", "3": "failed", "4": "verified", "5": "unlocatable"}
    checks = {f["label"]: {c["name"]: c for c in f["checks"]} for f in report["footnotes"]}
    assert "HTTP 404" in checks["3"]["captured"]["detail"]
    evidence = {f["label"]: f["capture"] for f in report["footnotes"]}
    assert evidence["5"] is None and evidence["3"]["http_status"] == 404
    assert (workdir / evidence["1"]["warc"]).exists()
    assert news.hits["/moved"] == 1 and news.hits["/article"] == 2

    lines = _ledger_lines(workdir / "brief.md.ledger.jsonl")
    assert [line["kind"] for line in lines] == ["run"] + ["footnote"] * 5 + ["summary"]
    assert lines[-1]["counts"] == {"verified": 3, "unconfirmed": 0, "failed": 1, "unlocatable": 1, "error": 0}
    captures = {line["label"]: line["capture"] for line in lines if line["kind"] == "footnote"}
    assert captures["5"] is None
    assert captures["4"]["redirects"] == ["http://news.example/moved", "http://news.example/article"]
    assert captures["4"]["final_url"] == "http://news.example/article"
    assert captures["4"]["tls"] is None
    assert len(captures["2"]["tls"]["certificate_sha256"]) == 64, "the TLS certificate is part of the record"
    for capture in (c for c in captures.values() if c):
        warc = workdir / capture["warc"]
        assert warc.parent == workdir / "archives", "WARC paths are relative to the ledger's folder"
        targets = {r["headers"].get("WARC-Target-URI") for r in read_records(warc) if r["type"] == "response"}
        assert capture["url"] in targets, "WARC-Target-URI keeps the real URL, not the --connect-to address"
        assert capture["ip"] == "127.0.0.1"

    code, out, _ = _run(capsys, "verify", "brief.md.ledger.jsonl")
    assert code == 0
    assert "intact" in out


def test_a_second_check_appends_a_run_and_never_rewrites_the_first(
    workdir: Path, served: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["brief.md", *served]
    _check_json(capsys, *args)
    first = (workdir / "brief.md.ledger.jsonl").read_bytes()
    _check_json(capsys, *args, "--max-age", "0")  # fetch again rather than reuse the first run's captures
    both = (workdir / "brief.md.ledger.jsonl").read_bytes()

    assert both.startswith(first)
    lines = _ledger_lines(workdir / "brief.md.ledger.jsonl")
    assert [line["seq"] for line in lines] == list(range(14))
    assert len(list((workdir / "archives").glob("*.warc.gz"))) == 8, "each run keeps its own evidence files"
    assert _run(capsys, "verify", "brief.md.ledger.jsonl")[0] == 0


@pytest.mark.tampers_with_evidence
def test_verify_names_a_flipped_warc_byte_and_a_changed_report(
    workdir: Path, served: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _check_json(capsys, "brief.md", *served)
    warc = sorted((workdir / "archives").glob("*fn1-*.warc.gz"))[0]
    data = bytearray(warc.read_bytes())
    data[len(data) // 2] ^= 0x01
    warc.write_bytes(bytes(data))
    with (workdir / "brief.md").open("a", encoding="utf-8") as report:
        report.write("\nAn added sentence.\n")

    code, out, _ = _run(capsys, "verify", "brief.md.ledger.jsonl", "--json")

    assert code == 1
    problems = json.loads(out)["problems"]
    codes = {p["code"] for p in problems}
    assert "warc-hash-mismatch" in codes
    assert "report-changed" in codes
    assert any(p["file"] and p["file"].endswith(warc.name) for p in problems)


def test_offline_runs_everything_but_capture(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLE, tmp_path / "brief.md")

    code, doc = _check_json(capsys, "brief.md", "--offline")

    assert code == 1
    footnotes = {f["label"]: f for f in doc["reports"][0]["footnotes"]}
    assert footnotes["1"]["status"] == "unlocatable" and footnotes["2"]["status"] == "unlocatable"
    captured = {
        f["label"]: next(c for c in f["checks"] if c["name"] == "captured") for f in footnotes.values()
    }
    assert captured["3"]["status"] == "skip" and captured["3"]["detail"].startswith("offline")
    assert not (tmp_path / "archives").exists(), "--offline fetches and writes no evidence"
    assert _run(capsys, "verify", "brief.md.ledger.jsonl")[0] == 0


def test_all_verified_exits_0(workdir: Path, news: FixtureServer, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "one.md").write_text(
        "Said so.[^a]\n\n[^a]: Lina Haddad, \u201cCouncil vote\u201d, January 21, 2022, http://news.example/article\n",
        encoding="utf-8",
    )
    code, doc = _check_json(capsys, "one.md", "--connect-to", f"news.example:80:127.0.0.1:{news.port}")
    assert code == 0
    assert doc["reports"][0]["footnotes"][0]["status"] == "verified"


def test_a_run_through_connect_to_says_its_pages_came_from_the_addresses_given(
    workdir: Path, news: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # A verdict on a page served from an address the operator chose: a reviewer must be told, not only the
    # ledger's options.
    (workdir / "one.md").write_text(
        "Said so.[^a]\n\n[^a]: Lina Haddad, \u201cCouncil vote\u201d, January 21, 2022, http://news.example/article\n",
        encoding="utf-8",
    )
    rule = f"news.example:80:127.0.0.1:{news.port}"
    code, _, err = _run(capsys, "check", "one.md", "-q", "--connect-to", rule)
    assert code == 0
    assert (
        f"captured through --connect-to {rule}: the hosts these name were reached at the addresses given"
        in err
    )


def test_verify_and_the_view_say_the_pages_came_through_connect_to_and_the_ca_bundle(
    workdir: Path, served: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Only `check` said so, on its own stderr: `verify` and the HTML view, what a reviewer receives, showed
    "IP address 127.0.0.1" for http://news.example/article and a verified TLS capture of t.me without saying
    the operator chose that address and the certificates that vouched for the server."""
    rules = f"{served[1]}, {served[3]}"
    _run(capsys, "check", "brief.md", "-q", *served)
    code, out, _ = _run(capsys, "verify", "brief.md.ledger.jsonl")
    assert code == 0
    run_lines = out.split("check run at line 1", 1)[1].splitlines()
    assert run_lines[1] == (
        f"    requests went through --connect-to {rules}: the hosts these name were reached at the addresses "
        "given (the operator's choice), not at their own"
    )
    assert run_lines[2].startswith(f"    TLS certificates were judged by --ca-bundle {served[5]}")
    code, out, _ = _run(capsys, "verify", "brief.md.ledger.jsonl", "--json")
    routes = json.loads(out)["run_evidence"][0]["routes"]
    assert len(routes) == 2 and f"--connect-to {rules}" in routes[0]
    assert _run(capsys, "show", "brief.md.ledger.jsonl", "-o", "view.html")[0] == 0
    page = (workdir / "view.html").read_text(encoding="utf-8")
    assert f"<dt>route</dt><dd><strong>requests went through --connect-to {rules}" in page
    for rule in (served[1], served[3]):  # each capture names the rule that chose its address
        assert (
            f"127.0.0.1 <strong>through --connect-to {rule}</strong>: an address the operator chose" in page
        )
    # when the run began and ended, not only when its line was written (after the captures)
    run = _ledger_lines(workdir / "brief.md.ledger.jsonl")[0]
    assert f"<dt>run</dt><dd>started {run['started_at']}, finished {run['finished_at']} (UTC)" in page
    software = page.split("<dt>software</dt><dd>", 1)[1].split("</dd>", 1)[0]
    assert software == ", ".join(f"{name} {version}" for name, version in run["software"].items())
    assert f"provenance {run['software']['provenance']}" in software and "python 3." in software


@pytest.mark.parametrize("variable", ["REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"])
def test_a_ca_bundle_named_by_the_environment_is_recorded_and_said_as_one_named_by_the_option(
    variable: str,
    workdir: Path,
    telegram: FixtureServer,
    local_ca: LocalCA,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The capture trusts REQUESTS_CA_BUNDLE or SSL_CERT_FILE as it trusts --ca-bundle, but the run line
    recorded only the option (`ca_bundle: null`): the ledger read as if the system's store had judged the
    server's certificate. It names the bundle in effect, what named it and its SHA-256."""
    for name in ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(variable, str(local_ca.ca_pem))
    (workdir / "one.md").write_text(
        "Said so.[^a]\n\n[^a]: Rybar (@rybar), Telegram, January 21, 2022, https://t.me/rybar/12345\n",
        encoding="utf-8",
    )
    code, _, _ = _run(capsys, "check", "one.md", "-q", "--connect-to", f"t.me:443:127.0.0.1:{telegram.port}")
    assert code == 0, "the TLS capture trusted the bundle the variable names"
    options = _ledger_lines(workdir / "one.md.ledger.jsonl")[0]["options"]
    sha256 = hashlib.sha256(local_ca.ca_pem.read_bytes()).hexdigest()
    assert options["ca_bundle"] is None  # the option's own record is unchanged
    assert options["tls_trust"] == {"source": variable, "path": str(local_ca.ca_pem), "sha256": sha256}
    code, out, _ = _run(capsys, "verify", "one.md.ledger.jsonl")
    assert code == 0
    assert f"    TLS certificates were judged by {variable}={local_ca.ca_pem} (SHA-256 {sha256})" in out


def test_a_run_judged_by_the_system_store_records_so_and_names_no_bundle(
    workdir: Path,
    news: FixtureServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name in ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.delenv(name, raising=False)
    _run(capsys, "check", "brief.md", "-q", "--connect-to", f"news.example:80:127.0.0.1:{news.port}")
    options = _ledger_lines(workdir / "brief.md.ledger.jsonl")[0]["options"]
    assert options["tls_trust"] == {"source": "system store", "path": None, "sha256": None}
    assert "TLS certificates were" not in _run(capsys, "verify", "brief.md.ledger.jsonl")[1]


def test_verify_and_the_view_name_no_route_for_a_run_that_took_the_usual_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    code, out, _ = _run(capsys, "verify", str(ledger))
    assert code == 0 and "requests went" not in out and "TLS certificates were" not in out
    assert _run(capsys, "show", str(ledger), "-o", str(tmp_path / "v.html"))[0] == 0
    page = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert "<dt>route</dt>" not in page and "through --connect-to" not in page
    assert "<dt>run line written</dt>" in page  # this ledger's run line records no start


def test_a_loopback_url_is_blocked_without_a_single_hit(
    workdir: Path, news: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "ssrf.txt").write_text(
        f"Internal.[1]\n\n[1] Lina Haddad, January 21, 2022, http://127.0.0.1:{news.port}/article\n",
        encoding="utf-8",
    )

    code, doc = _check_json(capsys, "ssrf.txt")

    assert code == 1
    captured = next(c for c in doc["reports"][0]["footnotes"][0]["checks"] if c["name"] == "captured")
    assert captured["status"] == "fail" and captured["detail"].startswith("blocked:")
    assert news.total_hits == 0

    code, doc = _check_json(capsys, "ssrf.txt", "--allow-private")
    assert code == 0 and news.hits["/article"] == 1


def test_extract_prints_footnotes_and_citations_without_network(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = _run(capsys, "extract", str(EXAMPLE), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    footnotes = {f["label"]: f for f in doc["footnotes"]}
    assert footnotes["1"]["citation"]["platform"] == "telegram"
    assert footnotes["1"]["citation"]["date"] == "2022-01-21"
    assert len(footnotes["1"]["contexts"]) == 2, "footnote 1 is referenced twice"
    assert footnotes["3"]["citation"]["url"] == "https://twitter.com/jack/status/20"
    assert footnotes["3"]["citation"]["canonical_url"] == "https://x.com/jack/status/20"
    assert footnotes["3"]["citation"]["handle"] == "jack"

    code, out, _ = _run(capsys, "extract", str(EXAMPLE), "--format", "csl")
    items = json.loads(out)
    assert [item["id"] for item in items] == ["1", "2", "3", "4", "5"]
    assert items[2]["custom"]["post_id"] == "20"


def test_capture_command_writes_a_checked_warc(
    tmp_path: Path, news: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    rule = f"news.example:80:127.0.0.1:{news.port}"
    code, out, _ = _run(
        capsys,
        "capture",
        "http://news.example/article",
        "--archive-dir",
        str(tmp_path),
        "--connect-to",
        rule,
        "--json",
    )
    assert code == 0
    (outcome,) = json.loads(out)
    warc = Path(outcome["capture"]["warc"])
    bodies = [r["payload"] for r in read_records(warc) if r["type"] == "response"]
    assert bodies == [ARTICLE]

    code, _, err = _run(
        capsys, "capture", "http://news.example/gone", "--archive-dir", str(tmp_path), "--connect-to", rule
    )
    assert code == 1 and "HTTP 404" in err


def test_capture_command_sends_no_more_than_per_host_requests_to_the_host_that_redirects_lead_to(
    tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # Four captures of four hosts run at once with `--per-host 1`; each is redirected to one other host,
    # which is held until two of them are in flight there (or a moment passes).
    with FixtureServer() as meeting:
        for n in range(4):
            fixture_server.routes[f"/short/{n}"] = redirect(f"http://dest.example/page/{n}")
            meeting.routes[f"/page/{n}"] = hold_until_concurrent(2, patience=0.3, then=Reply(body=b"page"))
        code, _, err = _run(
            capsys, "capture", *(f"http://s{n}.example/short/{n}" for n in range(4)),
            "--archive-dir", str(tmp_path), "--per-host", "1",
            "--connect-to", str(meeting.rule("dest.example", 80)), "--connect-to", str(fixture_server.rule()),
        )  # fmt: skip
        assert code == 0, err
        assert meeting.total_hits == 4
        assert meeting.max_in_flight == 1


def test_schema_command_writes_what_is_committed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "schema", "--out", str(tmp_path))[0] == 0
    committed = Path(__file__).resolve().parent.parent / "schemas"
    for name in ("citation.schema.json", "ledger.schema.json"):
        assert (tmp_path / name).read_bytes() == (committed / name).read_bytes()


def test_a_real_process_reports_a_missing_file_in_one_line(tmp_path: Path) -> None:
    result = run_provenance(["check", "missing.md"], cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "missing.md" in result.stderr


def test_gzip_evidence_stays_gzip_end_to_end(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    packed = gzip.compress(ARTICLE)
    headers = (("Content-Type", "text/html"), ("Content-Encoding", "gzip"))
    with FixtureServer({"/article": Reply(body=packed, headers=headers)}) as server:
        (workdir / "z.md").write_text(
            "Said.[^1]\n\n[^1]: Lina Haddad, January 21, 2022, http://news.example/article\n",
            encoding="utf-8",
        )
        code, _ = _check_json(capsys, "z.md", "--connect-to", f"news.example:80:127.0.0.1:{server.port}")
    assert code == 0
    (warc,) = (workdir / "archives").glob("*.warc.gz")
    assert [r["payload"] for r in read_records(warc) if r["type"] == "response"] == [packed]


def test_a_gzip_body_the_server_cut_short_under_an_honest_length_is_never_verified_on_its_first_part(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The stream decoded to its first part, which every check read as the whole page: a quote from that part
    # and the page's metadata verified the footnote, though the page the server meant to send was not read.
    article = ARTICLE.replace(b"</body>", b"<p>" + b"More of the article. " * 400 + b"</p></body>")
    packed = gzip.compress(article)
    report = (
        "It \u201cvoted to reopen the bridge\u201d.[^1]\n\n"
        "[^1]: Lina Haddad, January 21, 2022, http://news.example/article\n"
    )
    (workdir / "z.md").write_text(report, encoding="utf-8")

    def captured_as(body: bytes) -> tuple[str, dict[str, Any]]:
        headers = (("Content-Type", "text/html"), ("Content-Encoding", "gzip"))
        with FixtureServer({"/article": Reply(body=body, headers=headers)}) as server:
            rule = f"news.example:80:127.0.0.1:{server.port}"
            _, result = _check_json(capsys, "z.md", "--connect-to", rule, "--no-archive-lookup")
        (footnote,) = result["reports"][0]["footnotes"]
        return footnote["status"], {check["name"]: check for check in footnote["checks"]}["captured"]

    status, captured = captured_as(packed[: len(packed) * 9 // 10])
    assert (status, captured["status"]) == ("unconfirmed", "warn")
    assert captured["detail"].startswith(
        "body not decoded whole: its Content-Encoding gzip did not decode to its end (the stream is cut "
        "short or damaged): only the part before that was read"
    )
    status, captured = captured_as(packed)
    assert (status, captured["status"]) == ("verified", "pass")


def test_a_citations_file_gives_an_unlinked_footnote_its_source(
    workdir: Path, telegram: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "note.txt").write_text("A claim.[1]\n\n[1] Telegram, January 21, 2022.\n", encoding="utf-8")
    (workdir / "cites.json").write_text(
        json.dumps([{"id": "1", "URL": "https://t.me/s/rybar/12345", "author": [{"literal": "Rybar"}]}]),
        encoding="utf-8",
    )

    code, out, _ = _run(capsys, "extract", "note.txt", "--citations", "cites.json")
    citation = json.loads(out)["footnotes"][0]["citation"]
    assert citation["url"] == "https://t.me/s/rybar/12345" and citation["author"] == "Rybar"
    assert citation["canonical_url"] == "https://t.me/rybar/12345"
    assert citation["date"] == "2022-01-21", "fields the file does not give stay as the note has them"

    rule = f"t.me:443:127.0.0.1:{telegram.port}"
    argv = [
        "note.txt",
        "--citations",
        "cites.json",
        "--connect-to",
        rule,
        "--ca-bundle",
        str(local_ca.ca_pem),
    ]
    telegram.routes["/s/rybar/12345"] = Reply(body=TELEGRAM_POST)
    code, doc = _check_json(capsys, *argv)
    assert code == 0
    assert doc["reports"][0]["footnotes"][0]["status"] == "verified"
    assert (telegram.hits["/s/rybar/12345"], telegram.hits["/rybar/12345"]) == (1, 1), (
        "the URL as the file gives it is captured, and its canonical form beside it"
    )
    run = _ledger_lines(workdir / "note.txt.ledger.jsonl")[0]
    digest = hashlib.sha256((workdir / "cites.json").read_bytes()).hexdigest()
    assert run["options"]["citations"] == {"path": "cites.json", "sha256": digest}, (
        "what shaped the run is on record"
    )


def test_a_terminal_sees_a_live_bar_with_a_counter(workdir: Path, news: FixtureServer) -> None:
    (workdir / "two.txt").write_text(
        "A.[1] B.[2]\n\n[1] Desk, January 21, 2022, http://news.example/article\n"
        "[2] Desk, January 21, 2022, http://news.example/gone\n",
        encoding="utf-8",
    )
    terminal, child_side = pty.openpty()
    try:
        process = subprocess.Popen(
            provenance_command("check", "two.txt", "--connect-to", f"news.example:80:127.0.0.1:{news.port}"),
            cwd=workdir,
            env=provenance_env({"COLUMNS": "100", "TERM": "xterm"}),
            stdout=subprocess.PIPE,
            stderr=child_side,
        )
        os.close(child_side)
        drawn = _read_terminal(terminal)
        out, _ = process.communicate(timeout=60)
    finally:
        os.close(terminal)
    assert process.returncode == 1
    assert "2/2" in drawn and "captured" in drawn, "the bar counts captures as they finish"
    assert "[2]" in out.decode() and "[2]" not in drawn, "the table is on stdout, the bar on the terminal"


def _read_terminal(terminal: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(terminal, 65536)
        except OSError:  # the child closed its side
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", "replace")


def test_logs_and_pipes_get_one_progress_line_per_finished_footnote(
    workdir: Path, news: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "two.txt").write_text(
        "A.[1] B.[2]\n\n[1] Desk, January 21, 2022, http://news.example/article\n"
        "[2] Desk, January 21, 2022, http://news.example/gone\n",
        encoding="utf-8",
    )
    _, out, err = _run(capsys, "check", "two.txt", "--connect-to", f"news.example:80:127.0.0.1:{news.port}")
    lines = sorted(line.strip() for line in err.splitlines() if "--connect-to" not in line)
    assert len(lines) == 2
    assert {line.split(" ", 1)[1] for line in lines} == {
        "[1] HTTP 200  http://news.example/article",
        "[2] HTTP 404  http://news.example/gone",
    }
    assert sorted(line.split(" ", 1)[0] for line in lines) == ["1/2", "2/2"]
    assert "HTTP 200  http" not in out


def test_verify_with_the_head_a_check_printed_as_anchor(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, doc = _check_json(capsys, "brief.md", "--offline")
    head = doc["reports"][0]["head"]
    _check_json(capsys, "brief.md", "--offline")

    code, out, _ = _run(capsys, "verify", "brief.md.ledger.jsonl", "--anchor", head)
    assert code == 0
    assert "anchor found at line 7, 7 line(s) after it" in out

    code, out, err = _run(capsys, "verify", "brief.md.ledger.jsonl", "--anchor", "f" * 64)
    assert code == 1 and "anchored head" in out

    code, out, err = _run(capsys, "verify", "brief.md.ledger.jsonl", "--anchor", "not-a-hash")
    assert code == 2 and out == "" and "--anchor" in err
