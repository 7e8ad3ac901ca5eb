"""Patterns compiled on first use are the patterns compiled at once, and a rare one is not compiled by the
imports a check makes before its first request."""

from __future__ import annotations

import re
import subprocess
import sys

from provenance.patterns import on_first_use


def test_a_pattern_compiled_on_first_use_is_the_pattern_compiled_at_once() -> None:
    source, flags = r"(?P<day>\d{1,2})\s+jan", re.IGNORECASE
    pattern = on_first_use(source, flags)
    assert pattern() is pattern()  # compiled once
    assert pattern().pattern == source and pattern().flags == re.compile(source, flags).flags
    for text in ("", "21 JAN", "x 3 jan 2022", "\u0130" * 1000):
        assert [m.span() for m in pattern().finditer(text)] == [
            m.span() for m in re.compile(source, flags).finditer(text)
        ]


def test_the_imports_before_a_checks_first_request_compile_no_rare_pattern() -> None:
    script = (
        "import provenance.cli, provenance.cli.commands.check, provenance.pipeline\n"
        "from provenance.citations import parse, platforms\n"
        "from provenance.readers import plaintext\n"
        "from provenance import urls\n"
        "rare = (parse._POSTED_BY, platforms._VK_OBJECT, plaintext._SYMBOL_MARKERS, urls._NAMED_HOST)\n"
        "print(sum(pattern.cache_info().currsize for pattern in rare))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"


def test_the_imports_before_a_checks_first_request_compile_no_pattern_of_a_rarer_report() -> None:
    # A block quote's closing attribution, a lead-in's speech verb, a list of speakers, a passage's edges, a
    # note cited by symbol, a Ukrainian place's other spelling, a Hijri month's name and a report without
    # a suffix that may be HTML: each compiled only when a report needs it (1.1 % of what a check runs before
    # its first request, `benchmarks/instructions.py`).
    script = (
        "import provenance.cli, provenance.cli.commands.check, provenance.pipeline\n"
        "from provenance import names, readers\n"
        "from provenance.citations import dates\n"
        "from provenance.readers import assembly\n"
        "rare = (assembly._ATTRIBUTION_AT_END, assembly._MARK_THEN_SPEECH_VERB, assembly._NEXT_SPEAKER,\n"
        "    assembly._PIECE_EDGE, assembly._SYMBOL_NOTE_LINE, names._PLACE_WORD, dates._DHU,\n"
        "    readers._LOOKS_LIKE_HTML)\n"
        "print(sum(pattern.cache_info().currsize for pattern in rare))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"
