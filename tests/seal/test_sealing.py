"""`check --sign/--tsa`: a run ends with a signature over its head, then a timestamp from each TSA in turn."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509

from provenance import cli
from provenance.hashing import sha256_hex
from provenance.seal.keys import KeyFiles
from provenance.seal.signing import check_signature
from provenance.seal.timestamps import check_timestamp
from tests.support.servers import FixtureServer, Reply
from tests.support.tsa import LocalTSA, openssl_ts_verify

# No link in the note: nothing is fetched, so the only network use is the TSA's.
REPORT = "A claim.[^1]\n\n[^1]: Lina Haddad, interview, January 21, 2022.\n"


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "brief.md"
    path.write_text(REPORT, encoding="utf-8")
    return path


Runner = Callable[[list[str], Path], Ran]


@pytest.fixture
def run_provenance(capsys: pytest.CaptureFixture[str]) -> Runner:
    """The command line in this process (the reports' folder is the working directory)."""

    def run(argv: list[str], folder: Path) -> Ran:
        code = cli.main(argv)
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def _lines(ledger: Path) -> list[tuple[bytes, dict[str, Any]]]:
    raw = ledger.read_bytes().splitlines()
    return [(line, json.loads(line)) for line in raw]


def test_check_sign_appends_a_signature_over_the_runs_head(
    tmp_path: Path, report: Path, run_provenance: Runner, signing_key: KeyFiles
) -> None:
    result = run_provenance(["check", "brief.md", "--sign", str(signing_key.private)], tmp_path)
    assert result.returncode == 1, result.stderr  # the note has no link: `unlocatable`, not verified
    lines = _lines(tmp_path / "brief.md.ledger.jsonl")
    assert [line["kind"] for _, line in lines] == ["run", "footnote", "summary", "signature"]
    signature = lines[-1][1]
    assert signature["prev"] == sha256_hex(lines[-2][0])
    assert signature["public_key"] == signing_key.public_key
    assert check_signature(signature["public_key"], signature["signature"], signature["prev"]) == "valid"
    assert sha256_hex(lines[-1][0]) in result.stdout  # the head the table shows is the sealed one


def test_check_tsa_appends_a_timestamp_from_each_tsa_in_turn(
    tmp_path: Path, report: Path, run_provenance: Runner, signing_key: KeyFiles, local_tsa: LocalTSA
) -> None:
    with LocalTSA(tmp_path / "second", name="second TSA") as second:
        argv = ["check", "brief.md", "--sign", str(signing_key.private)]
        result = run_provenance(
            [*argv, "--tsa", local_tsa.url, "--tsa", second.url, "--allow-private"], tmp_path
        )
    assert result.returncode == 1 and "warning" not in result.stderr, result.stderr
    lines = _lines(tmp_path / "brief.md.ledger.jsonl")
    assert [line["kind"] for _, line in lines][-3:] == ["signature", "timestamp", "timestamp"]
    for (previous, _), (_, stamp), tsa in zip(lines[-3:-1], lines[-2:], (local_tsa, second), strict=True):
        assert stamp["tsa"] == tsa.url and stamp["prev"] == sha256_hex(previous)
        roots = [x509.load_pem_x509_certificate(tsa.ca_pem.read_bytes())]
        assert check_timestamp(stamp["token"], stamp["prev"], stamp["gen_time"], roots).status == "trusted"
        by_openssl = openssl_ts_verify(base64.b64decode(stamp["token"]), stamp["prev"], tsa.ca_pem)
        assert by_openssl.returncode == 0, by_openssl.stderr


def test_a_failing_tsa_is_a_warning_and_the_run_is_kept(
    tmp_path: Path, report: Path, run_provenance: Runner, local_tsa: LocalTSA
) -> None:
    with FixtureServer({"/tsa": Reply(500, b"broken")}) as broken:
        argv = [
            "check",
            "brief.md",
            "--json",
            "--tsa",
            broken.url("/tsa"),
            "--tsa",
            local_tsa.url,
            "--allow-private",
        ]
        result = run_provenance(argv, tmp_path)
    assert result.returncode == 1
    warning = f"no timestamp: TSA {broken.url('/tsa')}: HTTP 500"
    assert f"warning: brief.md.ledger.jsonl: {warning}" in result.stderr
    (printed,) = json.loads(result.stdout)["reports"]
    # A pipeline reading --json sees the missing timestamp too.
    assert [w.startswith(warning) for w in printed["warnings"]] == [True]
    kinds = [line["kind"] for _, line in _lines(tmp_path / "brief.md.ledger.jsonl")]
    assert kinds == ["run", "footnote", "summary", "timestamp"]


def test_an_unusable_signing_key_stops_the_check_before_anything_is_written(
    tmp_path: Path, report: Path, run_provenance: Runner
) -> None:
    (tmp_path / "not-a.key").write_text("hello")
    result = run_provenance(["check", "brief.md", "--sign", "not-a.key"], tmp_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "not-a.key: not a PEM private key" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md", "not-a.key"]


def test_a_tsa_that_is_not_an_http_url_is_a_usage_error(
    tmp_path: Path, report: Path, run_provenance: Runner
) -> None:
    result = run_provenance(["check", "brief.md", "--tsa", "freetsa.org/tsr"], tmp_path)
    assert result.returncode == 2 and "not an absolute http(s) URL" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]


def test_tsa_under_offline_is_a_usage_error(tmp_path: Path, report: Path, run_provenance: Runner) -> None:
    result = run_provenance(["check", "brief.md", "--offline", "--tsa", "http://127.0.0.1:9/tsa"], tmp_path)
    assert result.returncode == 2 and "--offline forbids" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]
