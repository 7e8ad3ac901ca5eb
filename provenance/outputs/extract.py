"""`provenance extract` output: footnotes with their citations as JSON, or CSL-JSON items (a `##[` written
`#\\u0023[`, the same JSON, which a CI runner printing it does not obey: `json_text`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from provenance.models import Citation, Context, Finding, Report
from provenance.outputs.json_text import (
    disarm_workflow_commands_json,
    disarm_workflow_commands_json_utf8,
    indented_json,
    indented_list_item,
    indented_list_item_utf8,
    iter_indented_json_around_items,
)
from provenance.results import CitedFootnote

if TYPE_CHECKING:
    from provenance.readers import ReadReport


# The fields of a citation in the order `model_dump` gives them, which is the order they are declared in.
_CITATION_FIELDS = tuple(Citation.model_fields)


def _citation_json(citation: Citation) -> dict[str, Any]:
    """`citation.model_dump(mode="json")`, the same dictionary made without pydantic's serializer: its fields
    are strings or None but for a platform (its value) and two dates (as `isoformat` spells them).
    tests/outputs/test_extract.py checks the two agree."""
    values = citation.__dict__
    # pydantic keeps every field there in the order declared: copied whole (in C), not field by field.
    dumped = (
        dict(values)
        if tuple(values) == _CITATION_FIELDS
        else {name: values[name] for name in _CITATION_FIELDS}
    )
    platform, date, accessed = values["platform"], values["date"], values["accessed"]
    if platform is not None:
        dumped["platform"] = platform.value
    if date is not None:
        dumped["date"] = date.isoformat()
    if accessed is not None:  # a date too: the standard encoder, orjson's fallback, writes no date
        dumped["accessed"] = accessed.isoformat()
    return dumped


def _context_json(context: Context) -> dict[str, Any]:
    """`context.model_dump(mode="json", exclude_none=True)`, made without pydantic's serializer: its line,
    text and quotes are never None, and the two fields that may be are added where they are not (not passed
    as keywords to `_set_fields`, which built two dictionaries for each context)."""
    dumped: dict[str, Any] = {"line": context.line, "text": context.text, "quotes": list(context.quotes)}
    if context.quotes_left_out is not None:
        dumped["quotes_left_out"] = context.quotes_left_out
    if context.location is not None:
        dumped["location"] = context.location
    return dumped


def _finding_json(finding: Finding) -> dict[str, Any]:
    """`finding.model_dump(mode="json", exclude_none=True)`, made without pydantic's serializer."""
    return _set_fields(code=finding.code, message=finding.message, line=finding.line, field=finding.field)


def _set_fields(**fields: Any) -> dict[str, Any]:
    """The fields that are not None, in the order given (the models' order of declaration)."""
    return {name: value for name, value in fields.items() if value is not None}


def _footnote(item: CitedFootnote) -> dict[str, Any]:
    footnote = item.footnote
    # `location` only where a report has no lines to count (DOCX paragraphs, PDF pages).
    where = {"location": footnote.location} if footnote.location else {}
    return {
        "label": footnote.label,
        "text": footnote.text,
        "line": footnote.line,
        **where,
        "urls": list(footnote.urls),
        "contexts": [_context_json(context) for context in footnote.contexts],
        "citation": _citation_json(item.citation),
        "findings": [_finding_json(finding) for finding in item.findings],
    }


def render_extract_json(report: Report, cited: Iterable[CitedFootnote]) -> str:
    return "".join(iter_extract_json(report, cited))


def iter_extract_json(report: Report, cited: Iterable[CitedFootnote]) -> Iterator[str]:
    """The text of `render_extract_json` a footnote at a time, each footnote taken from `cited` only when its
    text is asked for: `extract` writes a report of any size holding one footnote's citation and text."""
    return iter_extract_json_of_footnotes(report, (extract_footnote_json(item) for item in cited))


def extract_footnote_json(item: CitedFootnote) -> str:
    """One footnote of the `extract` JSON, as written in its list of footnotes."""
    # Footnotes, citations and findings have no float fields (tests/outputs/test_extract.py checks it).
    return indented_list_item(_footnote(item), may_hold_floats=False)


def extract_footnote_utf8(item: CitedFootnote) -> bytes:
    """`extract_footnote_json(item)` as it is written out: its `##[` disarmed, in UTF-8 (the JSON writer
    escapes every lone surrogate). Made so, a footnote a forked process made is written as it comes; made
    from orjson's UTF-8 (`indented_list_item_utf8`), it is not decoded and encoded again either (2.1 of 10.4
    microseconds a footnote)."""
    return disarm_workflow_commands_json_utf8(indented_list_item_utf8(_footnote(item), may_hold_floats=False))


def iter_extract_utf8_of_footnotes(
    report: Report | ReadReport, footnotes: Iterable[bytes]
) -> Iterator[bytes]:
    """`iter_extract_json_of_footnotes` in UTF-8, of footnotes already written by `extract_footnote_utf8`:
    the same bytes (tests/outputs/test_extract.py checks it), each footnote's as it was made."""
    # The document's head, what opens its list, what parts two footnotes and what ends it: the pieces of the
    # document around two empty footnotes.
    head, opening, following, end = (
        piece.encode("utf-8") for piece in iter_extract_json_of_footnotes(report, ["", ""])
    )
    yield head
    written = False
    for footnote in footnotes:
        yield (following if written else opening) + footnote
        written = True
    if written:
        yield end
    else:  # the empty list
        *_, empty = iter_extract_json_of_footnotes(report, ())
        yield empty.encode("utf-8")


def iter_extract_json_of_footnotes(report: Report | ReadReport, footnotes: Iterable[str]) -> Iterator[str]:
    """`iter_extract_json` of footnotes already written by `extract_footnote_json`."""
    head = {
        "report": report.path,
        "format": report.format.value,
        "sha256": report.sha256,
        "findings": [finding.model_dump(mode="json", exclude_none=True) for finding in report.findings],
    }
    # Each piece is whole JSON values (or the head up to its list), so a `##[` never spans two of them.
    pieces = iter_indented_json_around_items(head, "footnotes", footnotes)
    return (disarm_workflow_commands_json(piece) for piece in pieces)


def render_extract_csl(cited: Sequence[CitedFootnote]) -> str:
    from provenance.citations.csl import citation_to_csl

    items = [citation_to_csl(item.footnote.label, item.citation) for item in cited]
    return disarm_workflow_commands_json(indented_json(items))
