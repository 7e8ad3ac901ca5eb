"""The hash chain of ledger lines: canonical encoding, line hashes and sealing a line onto the chain.

Pure: no file or clock access beyond `models.utc_now` for the line's `at`.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from provenance.errors import LedgerFormatError
from provenance.hashing import sha256_hex
from provenance.ledger.canonical import canonical_json, canonical_values
from provenance.models import utc_now

if TYPE_CHECKING:
    from provenance.models import LedgerLine

L = TypeVar("L", bound=BaseModel)


@functools.cache
def _ledger_line() -> TypeAdapter[LedgerLine]:
    """Made on first use, as the models' own validators are (`models.Model`)."""
    from provenance.models import LedgerLine  # see `provenance.run_models`

    return TypeAdapter(LedgerLine)


def encode_line(line: BaseModel) -> bytes:
    """The line's bytes as the ledger stores them (RFC 8785 canonical JSON, without the newline)."""
    return canonical_json(line.model_dump(mode="json"))


def line_hash(encoded: bytes) -> str:
    return sha256_hex(encoded)


def parse_line(encoded: bytes) -> LedgerLine:
    """Validate one line's bytes (without the newline) against the ledger line kinds."""
    try:
        return _ledger_line().validate_json(encoded, strict=True)
    except ValidationError as error:
        raise LedgerFormatError(f"not a ledger line: {_first_error(error)}") from None


def try_parse_line(encoded: bytes) -> LedgerLine | None:
    """`parse_line` without the cost of explaining a failure: None when the line is not a ledger line."""
    try:
        return _ledger_line().validate_json(encoded, strict=True)
    except ValidationError:
        return None


def _first_error(error: ValidationError) -> str:
    first = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


@dataclass(frozen=True)
class ChainState:
    """Where the next line goes: its `seq`, and `head`, which becomes its `prev`."""

    next_seq: int
    head: str  # hash of the last line, or the report's sha256 while the ledger is empty


def seal(state: ChainState, line_type: type[L], **fields: Any) -> tuple[L, bytes, ChainState]:
    """The next line of the chain, with `seq`, `at` and `prev` filled; also its bytes and the new state."""
    line = line_type(**_chain_fields(state), **fields)
    encoded = encode_line(line)
    return line, encoded, ChainState(next_seq=state.next_seq + 1, head=line_hash(encoded))


# The fields a line takes from its place in the chain, filled only when it is sealed.
_CHAIN_FIELDS = ("seq", "at", "prev")
_PLACEHOLDER_HEAD = "0" * 64


@dataclass(frozen=True, repr=False, eq=False)
class PreparedLine:
    """A ledger line validated and encoded before its place in the chain is known, so that the work is done
    where there is time for it (a footnote's line while other captures are still out), not when the run
    ends. Its fields are written as canonical JSON writes them (`"name":value`, in RFC 8785's order) and
    joined already, in the four runs the chain's own fields (`at`, `prev`, `seq`, in that order) fall
    between: `seal_prepared` puts `"at":…`, `"prev":…` and `"seq":…` between them, so that sealing a line, as
    a run ends, is a join of ten pieces, not a sort and a join of its fields (the capture row's 200 lines:
    66.7 M → 55.9 M instructions, 2.9 → 1.9 ms). The line's bytes are those `seal` writes
    (tests/ledger/test_chain.py)."""

    # `{` and the fields before `at`, each with its `,` after it; `,`, the fields between `at` and `prev`
    # and `,` (one `,` where there are none); the same between `prev` and `seq`; the fields after `seq`,
    # each with its `,` before it, and `}`.
    runs: tuple[bytes, bytes, bytes, bytes]


def prepare_line(line_type: type[BaseModel], **fields: Any) -> PreparedLine:
    """Validate a line of `line_type` (its chain fields stand in until it is sealed) and encode its fields."""
    line = line_type(seq=0, at=utc_now(), prev=_PLACEHOLDER_HEAD, **fields)
    dumped = line.model_dump(mode="json")
    values = canonical_values({key: value for key, value in dumped.items() if key not in _CHAIN_FIELDS})
    members = sorted(_member_of(key, value) for key, value in values.items())
    orders = [order for order, _ in members]
    texts = [text for _, text in members]
    at, prev, seq = (bisect.bisect(orders, order) for order in _CHAIN_ORDER)
    return PreparedLine(
        (
            b"{" + b",".join(texts[:at]) + b"," if at else b"{",
            b"," + b",".join(texts[at:prev]) + b"," if prev > at else b",",
            b"," + b",".join(texts[prev:seq]) + b"," if seq > prev else b",",
            b"," + b",".join(texts[seq:]) + b"}" if len(texts) > seq else b"}",
        )
    )


def seal_prepared(state: ChainState, prepared: PreparedLine) -> tuple[bytes, ChainState]:
    """`seal` of a prepared line: its bytes and the new state."""
    before_at, before_prev, before_seq, after_seq = prepared.runs
    encoded = b"".join(
        (
            before_at,
            _AT_NAME,
            canonical_json(utc_now()),
            before_prev,
            _PREV_NAME,
            canonical_json(state.head),
            before_seq,
            _SEQ_NAME,
            canonical_json(state.next_seq),
            after_seq,
        )
    )
    return encoded, ChainState(next_seq=state.next_seq + 1, head=line_hash(encoded))


def _member_of(key: str, encoded_value: bytes) -> tuple[bytes, bytes]:
    """A member whose value is encoded already: its order key, and `"name":value`."""
    order, name = _name_parts(key)
    return order, name + encoded_value


@functools.lru_cache(maxsize=256)  # a line's field names: a few dozen across every kind of line
def _name_parts(key: str) -> tuple[bytes, bytes]:
    # RFC 8785 orders an object's members by the UTF-16 code units of their names: the order of the names'
    # big-endian UTF-16 bytes.
    return key.encode("utf-16-be"), canonical_json(key) + b":"


# The chain's fields in RFC 8785's order (their names' order keys), and each name as a member begins.
_CHAIN_ORDER = tuple(sorted(_name_parts(name)[0] for name in _CHAIN_FIELDS))
_AT_NAME, _PREV_NAME, _SEQ_NAME = (_name_parts(name)[1] for name in ("at", "prev", "seq"))


def _chain_fields(state: ChainState) -> dict[str, Any]:
    return {"seq": state.next_seq, "at": utc_now(), "prev": state.head}
