"""`extract --format json` written a footnote at a time is the very text of the whole document."""

from __future__ import annotations

import json
import typing
from typing import Any

from pydantic import BaseModel

from provenance.citations.cite import cite_footnotes, iter_cited_footnotes
from provenance.models import Citation, Context, Finding, Footnote, Report
from provenance.outputs.extract import iter_extract_json, render_extract_json
from provenance.readers import read_report_bytes
from tests.support.cli import REPO_ROOT


def _float_fields(model: type[BaseModel], seen: set[type[BaseModel]]) -> list[str]:
    found: list[str] = []
    seen.add(model)
    for name, field in model.model_fields.items():
        waiting: list[Any] = [field.annotation]
        while waiting:
            kind = waiting.pop()
            if kind is float:
                found.append(f"{model.__name__}.{name}")
            elif isinstance(kind, type) and issubclass(kind, BaseModel):
                if kind not in seen:
                    found.extend(_float_fields(kind, seen))
            else:
                waiting.extend(typing.get_args(kind))
    return found


def test_no_model_extract_writes_has_a_float_field_so_its_json_is_not_searched_for_floats() -> None:
    # iter_extract_json tells the JSON writer its footnotes hold no floats (orjson and the standard library
    # spell floats differently); a float field added to one of these models must change that.
    seen: set[type[BaseModel]] = set()
    assert [
        name
        for model in (Report, Footnote, Context, Citation, Finding)
        for name in _float_fields(model, seen)
    ] == []


def test_extract_json_written_a_footnote_at_a_time_is_the_whole_document_as_json_writes_it() -> None:
    data = (REPO_ROOT / "examples" / "brief.md").read_bytes()
    report = read_report_bytes(data, "brief.md")
    pieces = list(iter_extract_json(report, iter_cited_footnotes(report, None)))
    document = json.loads(render_extract_json(report, cite_footnotes(report, None)))

    assert len(pieces) == len(report.footnotes) + 2
    assert "".join(pieces) == json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def test_each_footnote_is_cited_only_when_its_text_is_written() -> None:
    report = read_report_bytes(b"A.[^1] B.[^2]\n\n[^1]: One, 2022-01-21\n[^2]: Two, 2022-01-22\n", "r.md")
    taken: list[str] = []

    def cited() -> typing.Iterator[Any]:
        for item in iter_cited_footnotes(report, None):
            taken.append(item.footnote.label)
            yield item

    pieces = iter_extract_json(report, cited())
    next(pieces)
    assert taken == []
    next(pieces)
    assert taken == ["1"]
