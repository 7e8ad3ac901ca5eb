"""Patterns rewritten to compile faster match what their first form matched: each first form is kept here as
the reference, and both are run on every string the extractors' tests hold (and the parts `error_message`
reads of them) and on strings made of the patterns' own words, separators and hostile runs."""

from __future__ import annotations

import ast
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from provenance.extractors import pages

_TESTS = Path(__file__).resolve().parent
_TAG = re.compile(r"<[^<>]{0,400}>")


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
