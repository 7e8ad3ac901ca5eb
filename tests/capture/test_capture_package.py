"""requests, first imported through `provenance.capture`, loads its character detection on first use."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import run_python

# A page in Windows-1251 whose server named no charset: what requests' detection is for.
_TEXT = "Привет, мир! Это проверка: какая кодировка у этого текста без заголовка?"  # noqa: RUF001
_GUESS = f"""
TEXT = {_TEXT!r}
import json, sys
import provenance.capture.scheduler
import requests
loaded_before = [name for name in ("chardet", "charset_normalizer") if name in sys.modules]
response = requests.models.Response()
response._content = TEXT.encode("cp1251")
response.encoding = None
print(json.dumps({{"before": loaded_before, "encoding": response.apparent_encoding, "text": response.text}}))
"""


def test_capturing_loads_no_character_detection_library_before_its_first_request() -> None:
    program = "import sys, provenance.capture.scheduler, provenance.capture.session\nprint(*sys.modules)"
    done = run_python(program, timeout=60)
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.split()
    assert "requests" in loaded
    assert "chardet" not in loaded and "charset_normalizer" not in loaded


def test_a_response_without_a_charset_is_decoded_as_requests_decodes_it_loading_its_detection_then() -> None:
    ours = run_python("import warnings; warnings.simplefilter('error')\n" + _GUESS, timeout=60)
    assert ours.returncode == 0, ours.stderr  # no warning either: requests finds its detection after all
    plain = run_python(_GUESS.replace("import provenance.capture.scheduler\n", ""), timeout=60)
    assert plain.returncode == 0, plain.stderr
    answer, expected = json.loads(ours.stdout), json.loads(plain.stdout)
    assert answer["before"] == [] and expected["before"] != []
    assert answer["encoding"] == expected["encoding"] is not None
    assert answer["encoding"].lower() != "utf-8"  # a guess, not requests' answer when it has no library
    assert answer["text"] == expected["text"] and answer["text"] == _TEXT


@pytest.mark.parametrize("first", ["requests", "chardet"])
def test_requests_or_a_detection_library_loaded_before_leaves_requests_as_it_is(first: str) -> None:
    program = (
        f"import {first}, sys, provenance.capture.scheduler, requests.models\n"
        "print(type(requests.models.chardet).__name__, sys.modules['requests.models'].chardet.__name__)"
    )
    done = run_python(program, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["module", "chardet"]
