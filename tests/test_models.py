"""The models are built when first used (`Model`'s `defer_build`), or all at once by `build_models`."""

from __future__ import annotations

import subprocess
import sys

from tests.support.cli import provenance_env

_FIRST_USE = """
import pydantic
from provenance.models import Capture, Finding, Footnote
assert not Capture.__pydantic_complete__ and not Finding.__pydantic_complete__, "built at import"
try:
    Finding(code="Not Kebab", message="m")
except pydantic.ValidationError:
    print("refused")
Footnote(label="1", text="t", line=1)
print("accepted")
"""


def test_a_model_built_on_first_use_refuses_invalid_data_as_one_built_at_import() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_USE], env=provenance_env(), capture_output=True, text=True
    )

    assert done.stdout.split() == ["refused", "accepted"], done.stderr


_ALL_BUILT = """
from provenance.models import Model, build_models
build_models()
pending, unbuilt = [Model], []
while pending:
    model = pending.pop()
    pending.extend(model.__subclasses__())
    if model is not Model and not model.__pydantic_complete__:
        unbuilt.append(model.__name__)
print(unbuilt)
"""


def test_build_models_leaves_no_model_to_build_at_its_first_use() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _ALL_BUILT], env=provenance_env(), capture_output=True, text=True
    )

    assert done.stdout.strip() == "[]", done.stderr
