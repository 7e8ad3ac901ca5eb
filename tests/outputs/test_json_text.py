"""Indented JSON output is byte for byte what `json.dumps(indent=2, ensure_ascii=False)` writes, whichever
encoder wrote it: users diff these files, and scripts may compare them. The one difference: characters that
reorder or break a shown line, and the C1 controls, are escaped (`\u202e`, `\u009b`), the same JSON value."""

from __future__ import annotations

import json
from collections import OrderedDict
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.outputs import json_text
from provenance.outputs.json_text import (
    indented_json,
    indented_json_ending_in_list,
    indented_list_item,
    indented_list_item_utf8,
)
from tests.support.json_values import json_texts, json_values

_TEXT = json_texts(extra=("\u2028\u2029", '"\\/\b\f\n\r\t', "\x85\x9b\xa0\xc2"))
_JSON = json_values(_TEXT, 2**64)


# Bidirectional controls, line and paragraph separators and C1 controls, as JSON escapes.
_REORDERING_ESCAPED = str.maketrans(
    {
        code: f"\\u{code:04x}"
        for code in (
            0x061C,
            0x200E,
            0x200F,
            *range(0x202A, 0x202F),
            *range(0x2066, 0x206A),
            *range(0x80, 0xA0),
            *range(0xD800, 0xE000),
        )
    }
    | {0x2028: "\\u2028", 0x2029: "\\u2029"}
)


def _standard(document: Any) -> str:
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").translate(_REORDERING_ESCAPED)


def test_characters_that_reorder_a_shown_line_are_escaped_and_read_back_unchanged() -> None:
    # A URL with a right-to-left override shows, raw in a terminal or a CI log, as another URL.
    document = {"url": "https://t.me/\u202ekcab/1", "text": "a\u2066b\u2069\u200fc\u2028d", "n": 1.5}
    for written in (indented_json(document), indented_json(document, may_hold_floats=False)):
        assert "\u202e" not in written and "\u2066" not in written and "\u2028" not in written
        assert '"https://t.me/\\u202ekcab/1"' in written
        assert json.loads(written) == document


def test_the_utf8_patterns_find_exactly_the_characters_shown_escaped() -> None:
    # orjson's bytes are searched (`_REORDERING_UTF8_E2`, `_ARABIC_LETTER_MARK_UTF8`, `_C1_CONTROL_UTF8`), not
    # its text (`_shown_controls()`): every code point, after a curly quote (whose UTF-8 starts as theirs),
    # must be found by both or by neither.
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        written = f"\u201c{char}".encode()
        found = bool(
            json_text._REORDERING_UTF8_E2.search(written)
            or json_text._ARABIC_LETTER_MARK_UTF8.search(written)
            or json_text._C1_CONTROL_UTF8.search(written)
        )
        assert found == (json_text._shown_controls().search(char) is not None), hex(code)
        # And `_shows_controls`, which searches each pattern only where its first byte is: the same answer.
        assert json_text._shows_controls(written) == found, hex(code)


def test_c1_controls_a_terminal_may_obey_are_escaped_and_read_back_unchanged() -> None:
    # U+009B is a one-character ESC [ to some terminals: JSON escapes ESC itself but wrote U+009B raw, so a
    # page title's `\x9b2J` in a `--json` document on a terminal could clear it.
    document = {"title": "News\x9b2J\x9b31mverified", "text": "caf\u00e9 \u00a0\u00ab\u00bb"}
    for written in (indented_json(document), indented_json(document, may_hold_floats=False)):
        assert "\x9b" not in written and '"News\\u009b2J\\u009b31mverified"' in written
        assert "caf\u00e9 \u00a0\u00ab\u00bb" in written, "Latin-1 letters and signs stay as they are"
        assert json.loads(written) == document


def test_a_lone_surrogate_is_escaped_so_the_document_can_be_written() -> None:
    # A citations file's `"Lina \\udc00Haddad"` reached `check --json`: the ledger was written, then printing
    # the document raised UnicodeEncodeError (exit 3, "internal error").
    document = {"author": "Lina \udc00Haddad", "n": 1}
    written = indented_json(document)
    assert '"Lina \\udc00Haddad"' in written
    written.encode("utf-8")
    assert json.loads(written) == document
    assert indented_json({"author": "Lina \U0001f600"}) == '{\n  "author": "Lina \U0001f600"\n}\n'


@settings(max_examples=400)
@given(_JSON)
def test_indented_json_writes_exactly_what_the_standard_library_writes(document: Any) -> None:
    assert indented_json(document) == _standard(document)


def test_a_float_deep_in_a_document_is_spelt_as_the_standard_library_spells_it() -> None:
    document = {"footnotes": [{"score": 1e16, "seconds": float("inf")}], "a": OrderedDict(b=[1e-07])}

    assert indented_json(document) == _standard(document)
    assert '"score": 1e+16' in indented_json(document)


def test_keys_that_are_not_strings_are_written_as_the_standard_library_writes_them() -> None:
    document = {1: "one", None: [], 2.5: {}}

    assert indented_json(document) == _standard(document)


def test_an_extract_shaped_document_is_indented_two_spaces_with_unescaped_text() -> None:
    document = {"report": "r.md", "footnotes": [{"label": "1", "urls": [], "text": "“é”\n"}]}

    assert indented_json(document) == (
        '{\n  "report": "r.md",\n  "footnotes": [\n    {\n      "label": "1",\n      "urls": [],\n'
        '      "text": "“é”\\n"\n    }\n  ]\n}\n'
    )


@settings(max_examples=300)
@given(st.dictionaries(_TEXT, _JSON, max_size=4), st.lists(_JSON, max_size=4))
def test_a_document_written_item_by_item_is_the_standard_librarys_text(
    head: dict[str, Any], items: list[Any]
) -> None:
    head.pop("footnotes", None)

    written = indented_json_ending_in_list(head, "footnotes", iter(items))

    assert written == _standard({**head, "footnotes": items})


@given(_JSON)
def test_a_list_item_in_utf8_is_the_text_item_s_very_bytes(item: Any) -> None:
    # `extract` writes each footnote from orjson's UTF-8, never decoded and encoded again: the same bytes.
    assert indented_list_item_utf8(item) == indented_list_item(item).encode("utf-8")
