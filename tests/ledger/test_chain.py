from __future__ import annotations

import hashlib
import json

import pytest
import rfc8785

from provenance.errors import LedgerFormatError
from provenance.ledger.chain import ChainState, encode_line, line_hash, parse_line, seal
from provenance.models import Counts, SummaryLine

REPORT_SHA256 = "ab" * 32


def _summary_state() -> tuple[SummaryLine, bytes, ChainState]:
    return seal(
        ChainState(next_seq=0, head=REPORT_SHA256), SummaryLine, counts=Counts(), total=0, seconds=0.25
    )


def test_encode_line_is_rfc8785_canonical_json_without_newline() -> None:
    line, encoded, _ = _summary_state()

    assert encode_line(line) == encoded
    assert encoded == rfc8785.dumps(json.loads(encoded))
    assert b"\n" not in encoded


def test_line_hash_is_lowercase_hex_sha256_of_the_bytes() -> None:
    assert line_hash(b'{"a":1}') == hashlib.sha256(b'{"a":1}').hexdigest()


def test_seal_fills_seq_prev_and_utc_time_and_advances_the_head() -> None:
    line, encoded, state = _summary_state()

    assert (line.seq, line.prev) == (0, REPORT_SHA256)
    assert line.at.endswith("Z")
    assert state == ChainState(next_seq=1, head=hashlib.sha256(encoded).hexdigest())
    second, _, _ = seal(state, SummaryLine, counts=Counts(), total=0, seconds=0)
    assert (second.seq, second.prev) == (1, state.head)


def test_parse_line_reads_back_what_encode_line_wrote() -> None:
    line, encoded, _ = _summary_state()

    assert parse_line(encoded) == line


@pytest.mark.parametrize(
    "encoded",
    [b"not json", b"{}", b'{"kind":"gossip","seq":0}', b'{"kind":"summary","seq":"0"}', b"[1,2]"],
    ids=["junk", "no-kind", "unknown-kind", "wrong-types", "not-an-object"],
)
def test_parse_line_refuses_what_is_not_a_ledger_line(encoded: bytes) -> None:
    with pytest.raises(LedgerFormatError, match="not a ledger line"):
        parse_line(encoded)
