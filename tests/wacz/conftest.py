"""A report checked for real against a local server, its ledger signed, and tools to damage a bundle of it."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from provenance import cli
from provenance.seal.keys import KeyFiles, generate_key_files
from tests.ledger.builders import make_capture, write_run, write_warc
from tests.support.servers import FixtureServer, Reply

ARTICLE = (
    b"<html><head><title>Council vote</title></head>"
    b"<body><p>The council voted to reopen the bridge.</p></body></html>"
)
REPORT = """# Brief

The council \u201cvoted to reopen the bridge\u201d.[^1] A page that is gone.[^2]

[^1]: Lina Haddad, \u201cCouncil vote\u201d, January 21, 2022, http://news.example/article
[^2]: City desk, January 20, 2022, http://news.example/gone
"""


@dataclass(frozen=True)
class CheckedReport:
    folder: Path
    report: Path
    ledger: Path
    key: KeyFiles


@pytest.fixture
def news() -> Iterator[FixtureServer]:
    with FixtureServer({"/article": Reply(body=ARTICLE), "/gone": Reply(404, b"gone")}) as server:
        yield server


@pytest.fixture
def checked_report(
    tmp_path: Path, news: FixtureServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> CheckedReport:
    """`check --sign` of a two-footnote report: one page captured, one 404 kept as evidence."""
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "brief.md"
    report.write_text(REPORT, encoding="utf-8")
    (tmp_path / "keys").mkdir()
    key = generate_key_files(tmp_path / "keys" / "signing.key")
    argv = ["check", "brief.md", "--connect-to", f"news.example:80:127.0.0.1:{news.port}"]
    assert cli.main([*argv, "--sign", str(key.private)]) == 1  # the 404 footnote fails
    capsys.readouterr()
    return CheckedReport(tmp_path, report, tmp_path / "brief.md.ledger.jsonl", key)


@pytest.fixture
def bundle(checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]) -> Path:
    """`provenance pack` of the checked report's ledger, unsigned: brief.wacz beside it."""
    assert cli.main(["pack", "brief.md.ledger.jsonl", "-o", "brief.wacz"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    return checked_report.folder / "brief.wacz"


def rewrite_bundle(
    source: Path, target: Path, change: Callable[[dict[str, bytes]], dict[str, bytes]]
) -> Path:
    """A copy of the bundle with its entries passed through `change` (name → bytes); WARCs stored as ever."""
    with zipfile.ZipFile(source) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in change(entries).items():
            stored = name.startswith("archive/")
            archive.writestr(name, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return target


def ledger_of_draft_then_brief(tmp_path: Path) -> Path:
    """The ledger of draft.md checked, then of brief.md (a copy of it, edited) checked into the same ledger
    (`check --ledger`), both reports still in `tmp_path` as their runs hashed them."""
    (tmp_path / "archives").mkdir()
    draft, brief = tmp_path / "draft.md", tmp_path / "brief.md"
    draft.write_text("A claim.[^1]\n\n[^1]: https://example.org/post/1\n", encoding="utf-8")
    brief.write_text("A new claim.[^1]\n\n[^1]: https://example.org/post/1\n", encoding="utf-8")
    ledger = tmp_path / "brief.md.ledger.jsonl"
    records = write_warc(tmp_path / "archives" / "brief.md-fn1.warc")
    capture = make_capture(tmp_path, "archives/brief.md-fn1.warc", records)
    write_run(ledger, draft, [("verified", capture)])
    write_run(ledger, brief, [("verified", capture)])
    return ledger
