"""The indented JSON every `--json`-style output prints, written fast.

The text is exactly `json.dumps(document, indent=2, ensure_ascii=False) + "\\n"`: indentation is part of what
users see and diff, so it does not change. The standard library writes indented JSON in Python, a value at a
time (a 10,000-footnote `extract` spent 15 % of its time there); orjson writes the same bytes about ten times
faster. Where the two could differ it is not used: a float (orjson spells `1e+16` as `1e16` and infinity as
`null`), an integer past 64 bits, a key that is not a string, or text orjson refuses (a lone surrogate).

One exception, the same for both encoders: the characters that reorder or break a line as it is shown
(bidirectional controls such as U+202E, line and paragraph separators) and the C1 controls (U+0080 to U+009F,
U+009B a terminal may obey as ESC [, which JSON leaves raw where it escapes ESC itself) are written as
`\\uNNNN` escapes. Text from a report or a captured page can hold them; raw, a `--json` document shown in a
terminal or a CI log would show a URL or a status other than the one it holds. So is a lone surrogate
(`\\udc00`, which a citations file's JSON can escape): no UTF-8 writes it raw, and `check --json` ended in an
internal error after its ledger was written. The escape is the same JSON string, read back alike; every other
character stays as it is.

The documents a command prints (`--json`, `--sarif -`, `verify --json`) are read by a CI runner too, which
obeys `##[name]` anywhere in a line (`escaping.disarm_workflow_commands`): `disarm_workflow_commands_json`
writes its `#` as `\\u0023`, the same string (a `#` stands only inside a string in JSON).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import orjson

_ORJSON_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
# Arabic letter mark, left-to-right and right-to-left marks, embeddings, overrides and isolates, the line
# and paragraph separators, and the C1 controls (`_shown_controls()`). JSON's own syntax is ASCII: they can
# only stand inside a string. The same characters in orjson's UTF-8, in patterns that each start with a byte
# `re` skips to (one pattern of them all tries every byte). A lead byte is never part of another character,
# so a match is one of them. A footnote's bytes are looked through in a quarter of the time
# `_shown_controls()` takes on its text.
_REORDERING_UTF8_E2 = re.compile(rb"\xe2(?:\x80[\x8e\x8f\xa8-\xae]|\x81[\xa6-\xa9])")
_ARABIC_LETTER_MARK_UTF8 = re.compile(rb"\xd8\x9c")
_C1_CONTROL_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


@functools.cache
def _shown_controls() -> re.Pattern[str]:
    # Compiled on first use: a class of characters beyond Latin-1 is the costliest kind to compile, and a
    # check imports this module (for its WARC files) before its first request but writes JSON only after it.
    # Lone surrogates are among them only for the standard encoder's text: orjson refuses them.
    return re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\x80-\x9f\ud800-\udfff]")


def indented_json(document: Any, may_hold_floats: bool = True) -> str:
    """`may_hold_floats=False` is the caller's word that no float is in `document` (its values come from
    models without float fields), so it is not searched for one."""
    written = _orjson_written(document, may_hold_floats)
    if written is None:
        return escape_shown_controls(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    text = written.decode("utf-8")
    return escape_shown_controls(text) if _shows_controls(written) else text


def _orjson_written(document: Any, may_hold_floats: bool) -> bytes | None:
    """orjson's UTF-8 of `document` (indented, a newline after), where it is the standard encoder's; None
    where it may not be (a float, a big integer, a key not a string, a lone surrogate)."""
    if may_hold_floats and _holds_float(document):
        return None
    try:
        return orjson.dumps(document, option=_ORJSON_OPTIONS)
    except TypeError:  # orjson.JSONEncodeError
        return None


def _shows_controls(written: bytes) -> bool:
    """Whether orjson's UTF-8 holds a character `escape_shown_controls` escapes. Each pattern is searched
    only where its first byte is in the text, which `in` finds some ten times faster than a pattern's
    search goes through the bytes (a footnote's 18,600 instructions: 14,400); most text holds no `\xc2`
    (U+0080 to U+00BF) and no `\xd8` (Arabic), and many hold `\xe2` (U+2000 to U+2FFF: curly quotes)."""
    return bool(
        (b"\xe2" in written and _REORDERING_UTF8_E2.search(written))
        or (b"\xd8" in written and _ARABIC_LETTER_MARK_UTF8.search(written))
        or (b"\xc2" in written and _C1_CONTROL_UTF8.search(written))
    )


def escape_shown_controls(text: str) -> str:
    """JSON `text`, each character that reorders or breaks a shown line, and each C1 control, written as its
    `\\uNNNN` escape."""
    controls = _shown_controls()
    if controls.search(text) is None:
        return text
    return controls.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def indented_json_ending_in_list(head: Mapping[str, Any], key: str, items: Iterable[Any]) -> str:
    """`indented_json({**head, key: list(items)})`, the same text, with each item made and written in turn:
    a report's 10,000 footnotes are never all held as dictionaries at once (`extract`'s peak memory)."""
    return "".join(iter_indented_json_ending_in_list(head, key, items))


def iter_indented_json_ending_in_list(
    head: Mapping[str, Any], key: str, items: Iterable[Any], may_hold_floats: bool = True
) -> Iterator[str]:
    """The text of `indented_json_ending_in_list` in pieces, one per item, each made only when asked for:
    written out as it comes, a report's 10,000 footnotes are never all held as text either."""
    return iter_indented_json_around_items(
        head, key, (indented_list_item(item, may_hold_floats) for item in items)
    )


def indented_list_item(item: Any, may_hold_floats: bool = True) -> str:
    """The text of `item` as an item of the list that ends an `indented_json_ending_in_list` document."""
    text = indented_json(item, may_hold_floats)[:-1]  # each item two levels in: four more spaces a line
    return text.replace("\n", "\n    ")


def indented_list_item_utf8(item: Any, may_hold_floats: bool = True) -> bytes:
    """`indented_list_item(item, may_hold_floats)` in UTF-8, the same bytes: orjson's own where they need no
    escape, never decoded and encoded again (`extract` writes each of 10,000 footnotes so)."""
    written = _orjson_written(item, may_hold_floats)
    if written is None or _shows_controls(written):
        return indented_list_item(item, may_hold_floats).encode("utf-8")
    return written[:-1].replace(b"\n", b"\n    ")


def iter_indented_json_around_items(head: Mapping[str, Any], key: str, items: Iterable[str]) -> Iterator[str]:
    """`iter_indented_json_ending_in_list` of items already written by `indented_list_item`."""
    if key in head:
        raise ValueError(f"{key!r} is already in the document")
    yield indented_json({**head, key: []}).removesuffix("[]\n}\n")
    opening = "[\n    "
    for item in items:
        yield opening + item
        opening = ",\n    "
    yield "[]\n}\n" if opening == "[\n    " else "\n  ]\n}\n"


def _holds_float(document: Any) -> bool:
    waiting = [document]
    while waiting:
        value = waiting.pop()
        if isinstance(value, dict):
            waiting.extend(value.values())
        elif isinstance(value, list | tuple):
            waiting.extend(value)
        elif isinstance(value, float):
            return True
    return False


def disarm_workflow_commands_json(text: str) -> str:
    """JSON `text` with each `##[` written `#\\u0023[`: the same JSON, which a CI runner does not obey."""
    return text.replace("##[", "#\\u0023[")


def disarm_workflow_commands_json_utf8(data: bytes) -> bytes:
    """`disarm_workflow_commands_json` of JSON in UTF-8."""
    return data.replace(b"##[", b"#\\u0023[")
