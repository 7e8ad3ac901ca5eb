from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError, create_model

from provenance.errors import LedgerFormatError
from provenance.ledger import chain
from provenance.ledger.chain import (
    ChainState,
    encode_line,
    line_hash,
    parse_line,
    prepare_line,
    seal,
    seal_prepared,
)
from provenance.models import (
    CheckResult,
    Citation,
    Context,
    Counts,
    Finding,
    FootnoteLine,
    Platform,
    SummaryLine,
    _LineBase,
)
from tests.support.json_values import json_texts, json_values

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


# A line prepared before its place in the chain is known (`prepare_line`) is sealed into the very bytes `seal`
# writes: the same canonical JSON, the chain's fields in their place among the others.


class _LineOfAnyValues(_LineBase):
    """Field names before, between and after the chain's own (`at`, `prev`, `seq`), upper case first."""

    Zeta: Any = None
    aa: Any = None
    kind: str = "test"
    pre: Any = None
    prevalent: Any = None
    sequel: Any = None
    zz: Any = None


_VALUES = json_values(json_texts(), 2**53)


_FIELDS = st.dictionaries(st.sampled_from(["Zeta", "aa", "pre", "prevalent", "sequel", "zz"]), _VALUES)
_AT = "2026-12-02T09:30:00.123Z"  # one clock for both ways of sealing
# What has no canonical JSON (a float JCS cannot write, a lone surrogate: the library's own error for it).
_NO_CANONICAL_FORM = (rfc8785.CanonicalizationError, UnicodeEncodeError)


@settings(max_examples=200)
@given(fields=_FIELDS)
def test_a_prepared_line_is_sealed_into_the_bytes_seal_writes(fields: dict[str, Any]) -> None:
    state = ChainState(next_seq=7, head="ab" * 32)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chain, "utc_now", lambda: _AT)
        try:
            _, expected, expected_state = seal(state, _LineOfAnyValues, **fields)
        except _NO_CANONICAL_FORM as refusal:  # prepared, it is refused alike
            with pytest.raises(type(refusal)):
                prepare_line(_LineOfAnyValues, **fields)
            return

        encoded, new_state = seal_prepared(state, prepare_line(_LineOfAnyValues, **fields))

    assert encoded == expected
    assert new_state == expected_state


# Field names on each side of the chain's own (`at` < `prev` < `seq` in RFC 8785's order): a line with none
# before `at`, none between two of them or none after `seq` seals into `seal`'s bytes too.
_AROUND_THE_CHAIN = ("Zeta", "aa", "kind", "pre", "prevalent", "sequel", "zz")


@settings(max_examples=200)
@given(names=st.sets(st.sampled_from(_AROUND_THE_CHAIN)), value=_VALUES)
def test_a_prepared_line_with_no_fields_on_some_side_of_the_chain_fields_seals_as_seal_does(
    names: set[str], value: Any
) -> None:
    definitions: dict[str, Any] = {name: (Any, None) for name in names}
    line_type = create_model("_SomeFields", __base__=_LineBase, **definitions)
    fields = dict.fromkeys(names, value)
    state = ChainState(next_seq=12, head="ef" * 32)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chain, "utc_now", lambda: _AT)
        try:
            _, expected, expected_state = seal(state, line_type, **fields)
        except _NO_CANONICAL_FORM:
            return
        assert seal_prepared(state, prepare_line(line_type, **fields)) == (expected, expected_state)


def test_a_prepared_footnote_line_is_sealed_into_the_bytes_seal_writes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(chain, "utc_now", lambda: "2026-12-02T09:30:00.123Z")
    fields = {
        "label": "3",
        "text": "Telegram, “Ответ”, January 21, 2022, https://t.me/chan/5 😀",
        "line": 40,
        "contexts": (Context(line=4, text="He said “Ответ”.", quotes=("Ответ",)),),
        "citation": Citation(
            platform=Platform.TELEGRAM, url="https://t.me/chan/5", handle="chan", post_id="5"
        ),
        "findings": (Finding(code="missing-author", message="no author", line=40, field="author"),),
        "capture": None,
        "checks": (CheckResult(name="captured", status="skip", detail="--offline"),),
        "status": "error",
    }
    state = ChainState(next_seq=1, head="cd" * 32)

    _, expected, expected_state = seal(state, FootnoteLine, **fields)

    assert seal_prepared(state, prepare_line(FootnoteLine, **fields)) == (expected, expected_state)


def test_a_prepared_line_is_validated_when_it_is_prepared() -> None:
    with pytest.raises(ValidationError):
        prepare_line(FootnoteLine, label="", text="t", line=0, citation=None, status="verified")
