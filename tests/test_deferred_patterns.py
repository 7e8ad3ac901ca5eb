"""A pattern compiled on its first use finds what the compiled pattern finds, and its module holds the
compiled pattern from then on (`provenance.deferred_patterns`)."""

from __future__ import annotations

import re
import types

from provenance.deferred_patterns import deferred_compile

_MODULE_SOURCE = """
from provenance.deferred_patterns import deferred_compile
import re

WORDS = deferred_compile(r"(?P<word>[a-z]+)", re.IGNORECASE)


def first_word(text):
    return WORDS.search(text)
"""


def _module() -> types.ModuleType:
    module = types.ModuleType("deferred_patterns_example")
    exec(compile(_MODULE_SOURCE, "<deferred_patterns_example>", "exec"), module.__dict__)
    return module


def test_a_deferred_pattern_is_no_compiled_pattern_until_it_is_first_used() -> None:
    module = _module()
    assert not isinstance(module.WORDS, re.Pattern)
    assert module.first_word("42 Apples") is not None
    assert isinstance(module.WORDS, re.Pattern)


def test_a_deferred_pattern_finds_what_the_compiled_pattern_finds_with_its_flags() -> None:
    module = _module()
    compiled = re.compile(r"(?P<word>[a-z]+)", re.IGNORECASE)
    for text in ("42 Apples and PEARS", "", "no-digits", "ÄÖ 7 x"):
        found = module.first_word(text)
        expected = compiled.search(text)
        assert (found and found.group("word"), found and found.span()) == (
            expected and expected.group("word"),
            expected and expected.span(),
        )


def test_the_match_of_a_deferred_pattern_names_the_pattern_its_module_holds() -> None:
    # `citations.parse` tells which of two patterns matched a name by `match.re is _INVERTED_NAME`.
    module = _module()
    found = module.first_word("word")
    assert found is not None
    assert found.re is module.WORDS


def test_a_deferred_pattern_imported_elsewhere_searches_as_the_compiled_one() -> None:
    module = _module()
    imported = module.WORDS  # `from module import WORDS`, before the module's first search
    assert [match.group() for match in imported.finditer("a1bc2")] == ["a", "bc"]
    assert imported.sub("-", "a1bc2") == "-1-2"
    assert imported.pattern == "(?P<word>[a-z]+)"
    assert imported.flags & re.IGNORECASE
    assert isinstance(module.WORDS, re.Pattern)  # the first use, from anywhere, compiled it in its module


def test_a_deferred_pattern_is_shown_by_its_source() -> None:
    assert repr(deferred_compile(r"\d+")) == r"deferred_compile('\\d+', 0)"
