"""The hash chain of ledger lines: canonical encoding, line hashes and sealing a line onto the chain.

Pure: no file or clock access beyond `models.utc_now` for the line's `at`.
"""

from __future__ import annotations

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
    ends: each field as canonical JSON writes it (`"name":value`). `seal_prepared` adds the chain's own
    fields (`seq`, `at`, `prev`); the line's bytes are those `seal` writes (tests/ledger/test_chain.py)."""

    members: tuple[tuple[bytes, bytes], ...]  # (its name's order key, `"name":value`)


def prepare_line(line_type: type[BaseModel], **fields: Any) -> PreparedLine:
    """Validate a line of `line_type` (its chain fields stand in until it is sealed) and encode its fields."""
    line = line_type(seq=0, at=utc_now(), prev=_PLACEHOLDER_HEAD, **fields)
    dumped = line.model_dump(mode="json")
    values = canonical_values({key: value for key, value in dumped.items() if key not in _CHAIN_FIELDS})
    return PreparedLine(tuple(_member_of(key, value) for key, value in values.items()))


def seal_prepared(state: ChainState, prepared: PreparedLine) -> tuple[bytes, ChainState]:
    """`seal` of a prepared line: its bytes and the new state."""
    chain = (_member(key, value) for key, value in _chain_fields(state).items())
    members = sorted([*prepared.members, *chain])
    encoded = b"{" + b",".join(member for _, member in members) + b"}"
    return encoded, ChainState(next_seq=state.next_seq + 1, head=line_hash(encoded))


def _member(key: str, value: Any) -> tuple[bytes, bytes]:
    return _member_of(key, canonical_json(value))


def _member_of(key: str, encoded_value: bytes) -> tuple[bytes, bytes]:
    """A member whose value is encoded already: its order key, and `"name":value`."""
    order, name = _name_parts(key)
    return order, name + encoded_value


@functools.lru_cache(maxsize=256)  # a line's field names: a few dozen across every kind of line
def _name_parts(key: str) -> tuple[bytes, bytes]:
    # RFC 8785 orders an object's members by the UTF-16 code units of their names: the order of the names'
    # big-endian UTF-16 bytes.
    return key.encode("utf-16-be"), canonical_json(key) + b":"


def _chain_fields(state: ChainState) -> dict[str, Any]:
    return {"seq": state.next_seq, "at": utc_now(), "prev": state.head}
