"""A planted ledger read for captures to reuse: a line no `check` wrote must not crash or exhaust the run.

Each test is named after the attack it defends against; bounds are counted in bytes held, not in seconds.
"""

from __future__ import annotations

import datetime as dt
import tracemalloc
from pathlib import Path

import pytest

from provenance.reuse import history
from tests.ledger.builders import SOURCE_URL, write_run

SINCE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _ledger_with(tmp_path: Path, planted: bytes) -> Path:
    """A one-run ledger with `planted` as its second line, and a whole line after it."""
    report = tmp_path / "report.md"
    report.write_text(f"A claim.[^1]\n\n[^1]: {SOURCE_URL}\n", encoding="utf-8")
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])
    lines = ledger.read_bytes().splitlines()
    ledger.write_bytes(b"".join(line + b"\n" for line in [lines[0], planted, *lines[1:]]))
    return ledger


def test_a_planted_line_nested_too_deep_to_parse_breaks_the_chain_not_the_run(tmp_path: Path) -> None:
    # json.loads raised RecursionError out of `check` (exit 3, "internal error") on such a line.
    ledger = _ledger_with(tmp_path, b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}")

    found, warning = history.ledger_candidates(ledger, "profile", SINCE)

    assert found == []
    assert warning is not None and "does not hold at line 2" in warning


def test_a_planted_line_of_megabytes_is_hashed_not_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each line was read whole and parsed: a forged line of 300 MB took `check` 1.2 GB before any capture.
    monkeypatch.setattr(history, "MAX_LINE_BYTES", 100_000, raising=False)
    ledger = _ledger_with(tmp_path, b'{"a":"' + b"x" * 5_000_000 + b'"}')

    tracemalloc.start()
    try:
        found, warning = history.ledger_candidates(ledger, "profile", SINCE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < 2_000_000, f"reading the ledger for reuse held {peak} bytes at its peak"
    assert found == []
    assert warning is not None and "does not hold at line 2" in warning


@pytest.mark.parametrize("conversion", ["byte order mark", "CRLF line ends"])
def test_a_ledger_an_editor_or_git_converted_is_chained_as_verify_chains_it(
    tmp_path: Path, conversion: str
) -> None:
    # Hashed with the mark or the carriage returns, the converted ledger "broke its chain at line 2": every
    # capture was fetched again and the warning blamed the ledger. Verify reads both as conversions.
    ledger = _ledger_with(tmp_path, b"")
    lines = [line for line in ledger.read_bytes().splitlines() if line]
    ledger.write_bytes(b"".join(line + b"\n" for line in lines))
    _, before = history.ledger_candidates(ledger, "profile", SINCE)
    assert before is None
    if conversion == "byte order mark":
        ledger.write_bytes(b"\xef\xbb\xbf" + ledger.read_bytes())
    else:
        ledger.write_bytes(ledger.read_bytes().replace(b"\n", b"\r\n"))

    _, warning = history.ledger_candidates(ledger, "profile", SINCE)

    assert warning is None
