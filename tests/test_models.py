"""The models are built when first used (`Model`'s `defer_build`), or all at once by `build_models`."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support.cli import run_python

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
    done = run_python(_FIRST_USE)

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
    done = run_python(_ALL_BUILT)

    assert done.stdout.strip() == "[]", done.stderr


_FIRST_USES_BESIDE_BUILD_MODELS = """
import sys, threading
from provenance.models import Model, build_models

sys.setswitchinterval(1e-6)  # threads take turns as often as the interpreter can: the race, if any, shows
refused = []
for trial in range(150):
    # A new model, not built yet, used first by four threads at once while `build_models` builds it too:
    # a check's capture workers and the thread that builds its models ahead.
    Probe = type(f"Probe{trial}", (Model,), {"__annotations__": {"a": "int", "b": "str"}, "__module__": "m"})
    start = threading.Barrier(5)

    def use():
        start.wait()
        for _ in range(20):
            try:
                Probe(a=1, b="x")
            except Exception as error:
                refused.append(str(error).splitlines()[0])
                return

    def build():
        start.wait()
        build_models()

    threads = [threading.Thread(target=use) for _ in range(4)] + [threading.Thread(target=build)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if refused:
        break
print(refused[:1] or "all valid")
"""


def test_a_model_first_used_by_threads_while_build_models_runs_validates_with_its_own_fields() -> None:
    # With pydantic 2.13 and `build_models` forcing its rebuilds, before `Model.model_rebuild` took a lock,
    # this failed within 26 trials in each of 13 runs ("2 validation errors for Model": a model rebuilt
    # while in use has, for a moment, only its base's validator). pydantic 2.14 locks its builds itself.
    done = run_python(_FIRST_USES_BESIDE_BUILD_MODELS)

    assert done.stdout.strip() == "all valid", done.stdout + done.stderr


def test_a_run_s_models_are_made_on_first_use_as_the_classes_of_run_models() -> None:
    import provenance.models
    import provenance.reuse.journal
    from provenance import run_models

    for name in provenance.models._RUN_MODELS:
        assert getattr(provenance.models, name) is getattr(run_models, name), name
    assert provenance.reuse.journal.JournalEntry is run_models.JournalEntry


_RUN_MODELS_BUILT = """
import sys
from provenance.models import build_models
assert "provenance.run_models" not in sys.modules
build_models()
from provenance.models import Capture, RunLine
from provenance.reuse.journal import JournalEntry
print(all(model.__pydantic_complete__ for model in (Capture, RunLine, JournalEntry)))
"""


def test_build_models_makes_and_builds_the_models_of_a_run_too() -> None:
    done = run_python(_RUN_MODELS_BUILT)

    assert done.stdout.split() == ["True"], done.stderr


_SCHEMAS_MADE = """
import collections
from pydantic._internal._generate_schema import GenerateSchema
from provenance.models import build_models

asked = collections.defaultdict(set)  # model -> the schema builds that made its schema (it was not built)
make = GenerateSchema._model_schema

def counted(self, cls):
    if not isinstance(cls.__dict__.get("__pydantic_core_schema__"), dict):  # not built: made here
        asked[cls.__name__].add(id(self))
    return make(self, cls)

GenerateSchema._model_schema = counted
build_models()
print(sorted(name for name, builds in asked.items() if len(builds) > 1))
"""


def test_build_models_makes_each_model_s_schema_once() -> None:
    # A model built before the models its fields hold makes their schemas inside its own, and then each of
    # them is built again on its own: twice the work (250 M instructions against 122 M, in each capture
    # process of a check while its first requests are out).
    done = run_python(_SCHEMAS_MADE)

    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_in_build_order_puts_the_models_a_model_holds_before_it() -> None:
    import provenance.run_models  # noqa: F401 (their models too)
    from provenance.models import Capture, CaptureOutcome, FootnoteLine, WarcRecordRef, in_build_order
    from provenance.models import _every_model as every_model

    order = in_build_order(every_model())
    place = {model: index for index, model in enumerate(order)}

    assert len(order) == len(set(order)) == len(every_model())
    assert place[WarcRecordRef] < place[Capture] < place[CaptureOutcome]
    assert place[Capture] < place[FootnoteLine]
    for model in order:  # no model of the tool's holds itself through another: each comes after all it holds
        held = {
            inner
            for field in model.model_fields.values()
            for inner in place
            if inner is not model and re.search(rf"\b{inner.__name__}\b", str(field.annotation))
        }
        assert all(place[inner] < place[model] for inner in held), model.__name__


_SCHEMAS_AFTER_BUILD_MODELS = """
from pathlib import Path
from provenance.models import build_models
from provenance.json_schemas import generate_schemas

build_models()
folder = Path("schemas")
generated = generate_schemas()
print([name for name, text in generated.items() if (folder / name).read_text(encoding="utf-8") != text])
"""


def test_the_schemas_of_models_built_by_build_models_are_the_committed_ones() -> None:
    done = run_python(_SCHEMAS_AFTER_BUILD_MODELS, cwd=Path(__file__).resolve().parent.parent)

    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_a_citation_recorded_before_date_month_or_year_existed_still_validates() -> None:
    # Ledgers written before the field hold citations without it: `verify` reads them as they are.
    import pydantic
    import pytest

    from provenance.models import Citation

    old = '{"platform": "telegram", "author": "Rybar", "date": "2022-01-21", "url": "https://t.me/rybar/5"}'
    assert Citation.model_validate_json(old).date_month_or_year is None
    assert Citation(date_month_or_year="2022-01").date_month_or_year == "2022-01"
    assert Citation(date_month_or_year="2022").date_month_or_year == "2022"
    for malformed in ("2022-13", "2022-1", "January 2022", "22", "\u0662\u0660\u0662\u0662"):
        with pytest.raises(pydantic.ValidationError):
            Citation(date_month_or_year=malformed)
