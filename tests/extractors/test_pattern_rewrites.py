"""Patterns rewritten to compile faster match what their first form matched: each first form is kept here as
the reference, and both are run on every string the extractors' tests hold (and the parts `error_message`
reads of them) and on strings made of the patterns' own words, separators and hostile runs."""

from __future__ import annotations

import ast
import importlib
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from provenance.extractors import pages

_TESTS = Path(__file__).resolve().parent
_TAG = re.compile(r"<[^<>]{0,400}>")
# The standard library's own reading of a pattern (private modules; their types are not published).
_parser = importlib.import_module("re._parser")
_constants = importlib.import_module("re._constants")


def _test_strings() -> Iterator[str]:
    """Every string constant of the extractors' tests, its text without tags, and the parts of each that
    `error_message` reads (a title's parts, a text's sentences)."""
    for module in sorted(_TESTS.glob("test_*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for text in {node.value, _TAG.sub(" ", node.value)}:
                    yield text[:300]
                    for stops in (pages._TITLE_SEPARATORS, pages.SENTENCE_STOPS):
                        for part in stops.split(text[:2000])[:40]:
                            yield part.strip()[:300]


_ERROR_WORDS = [
    *("404", "error 404", "Error", "not found", "Page not found", "page", "Oops", "Oops!", "sorry", "¡", "¿"),
    *("Страница не найдена", "ошибка", "Seite nicht gefunden", "página no encontrada", "۴۰۴", "٤٠٤", "خطای"),
    *("الصفحة غير موجودة", "sayfa bulunamad\u0131", "SAYFA BULUNAMADI", "n'existe pas"),
    *("İ", "ß", "\u212a", "\u017f"),  # letters whose case maps to ASCII ones or to two letters
    *("the page you're looking for", "could not be found", "this page", "doesn't exist", "video", "x", "7"),
]
_SEPARATORS = ["", " ", "  ", " - ", "! ", "!", ".", ": ", " | ", "\n", "\t", "_", "-", "…", "0", "12"]
_SEPARATORS += ["\u200b", "\u00a0"]


def _made_strings(count: int, seed: int) -> Iterator[str]:
    """Words of the patterns run together at random separators, in any case, and hostile runs."""
    chance = random.Random(seed)
    for _ in range(count):
        words = chance.choices(_ERROR_WORDS, k=chance.randint(1, 5))
        text = "".join(word + chance.choice(_SEPARATORS) for word in words)
        yield chance.choice([text, text.upper(), text.lower(), chance.choice(_SEPARATORS) + text])
    for run in (" ", "!", "404", "- ", "not found ", "oops ", "0 "):
        for length in (1, 2, 50, 200):
            yield (run * length)[:200]
            yield "not found" + (run * length)[:190]
            yield (run * length)[:190] + "x"


def test_error_part_matches_the_strings_its_first_form_matched() -> None:
    opening, phrase = pages._ERROR_OPENING, pages._ERROR_PHRASE
    first_form = re.compile(
        rf"[¡¿]?(?:(?:{opening})\b\W*)*(?:{phrase})(?:\W+(?:{phrase}))*[\W\d]*", re.IGNORECASE
    )
    strings = {*_test_strings(), *_made_strings(20_000, seed=13)}
    matched = 0
    for text in strings:
        expected = first_form.fullmatch(text)
        found = pages._error_part_fullmatch(text)
        assert bool(found) == bool(expected), text
        if found and expected:
            assert found.span() == expected.span() == (0, len(text))
            matched += 1
    assert matched > 1000  # the made strings reach the pattern's matches, not only its misses


def test_a_title_of_errors_between_404s_is_read_at_once() -> None:
    # Each `error` between two `404`s could close the one before or open the one after: a title part of
    # nineteen `error 404` took 6 s to judge, and a title of ten such parts held a check for a minute. The
    # trailing `error` is now kept once taken. Run apart, so the old code's minute is a timeout, not a hang.
    probe = (
        "from provenance.extractors.pages import error_message\n"
        "part = 'error 404 ' * 19 + 'x'\n"
        "print(error_message(' | '.join([part] * 10)), error_message('Error 404 | City Ledger'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=30, check=True
    )
    assert done.stdout.split() == ["None", "Error", "404"]


def _ascii_fold(code: int) -> str | None:
    """The ASCII letter (lower case) a pattern's literal matches without regard to case, or None where it
    matches no ASCII character (a dotless i matches `i` and `I`; a Cyrillic letter, none)."""
    character = chr(code)
    if character.isascii():
        return character.lower()
    matched = {
        ascii.lower() for ascii in map(chr, range(128)) if re.fullmatch(re.escape(character), ascii, re.I)
    }
    assert len(matched) <= 1, (character, matched)
    return matched.pop() if matched else None


def _holds_a_word(parsed: Any, words: tuple[str, ...]) -> bool:
    """Whether every ASCII text `parsed` (a parsed pattern's items) matches holds one of `words` in lower
    case, or no ASCII text matches it: a word is looked for in each run of letters it must match in a row."""
    runs, run = [], ""
    for kind, value in parsed:
        if kind is _constants.LITERAL:
            letter = _ascii_fold(value)
            if letter is None:
                return True  # a letter of no ASCII text: this branch matches none
            run += letter
            continue
        if kind in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            continue  # matches no character: the letters before and after stay in a row
        runs.append(run)
        run = ""
        if kind is _constants.SUBPATTERN:
            held = _holds_a_word(value[-1], words)
        elif kind is _constants.ATOMIC_GROUP:
            held = _holds_a_word(value, words)
        elif kind is _constants.BRANCH:
            held = all(_holds_a_word(branch, words) for branch in value[1])
        elif kind in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            held = value[0] >= 1 and _holds_a_word(value[2], words)
        else:
            held = False
        if held:
            return True
    runs.append(run)
    return any(word in each for each in runs for word in words)


def test_every_error_phrase_an_ascii_title_can_say_holds_one_of_the_error_words() -> None:
    # `_error_part_fullmatch` does not compile its pattern for an ASCII title part without one of these
    # words: a phrase that matches ASCII text without one would be missed (a 404 page read as the source).
    phrases = _parser.parse(pages._ERROR_PHRASE, re.IGNORECASE)
    assert _holds_a_word(phrases, pages._ERROR_WORDS)


def test_an_ascii_title_part_without_an_error_word_is_no_error_and_compiles_nothing() -> None:
    code = (
        "from provenance.extractors import pages\n"
        "assert pages.error_message('Desk report | City Ledger') is None\n"
        "assert pages.error_message('Weapons seized at the border, inspectors say') is None\n"
        "assert pages._ERROR_PART.cache_info().currsize == 0\n"
        "assert pages.error_message('Page not found | City Ledger') == 'Page not found'\n"
        "assert pages.error_message('Sayfa bulunamadi') == 'Sayfa bulunamadi'\n"
        "assert pages.error_message('Oops! Страница не найдена') == 'Oops! Страница не найдена'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=_TESTS.parent.parent, timeout=120)


def test_the_error_words_are_found_wherever_a_test_of_each_word_finds_one() -> None:
    # `_error_part_fullmatch` reads an ASCII part further only where `_holds_an_error_word` finds a word:
    # a part it missed that holds one would be a 404 page read as the source.
    chance = random.Random(13)
    letters = "abcdefghijklmnopqrstuvwxyz0123456789 -'"
    for _ in range(20_000):
        text = "".join(chance.choice(letters) for _ in range(chance.randint(0, 16)))
        if chance.random() < 0.5:
            at = chance.randint(0, len(text))
            text = text[:at] + chance.choice(pages._ERROR_WORDS) + text[at:]
        found = pages._holds_an_error_word(text)
        assert found == any(word in text for word in pages._ERROR_WORDS), text
    for text in _test_strings():
        lowered = text.lower()
        assert pages._holds_an_error_word(lowered) == any(word in lowered for word in pages._ERROR_WORDS), (
            text
        )
