"""`extract --format json` written a footnote at a time is the very text of the whole document."""

from __future__ import annotations

import json
import typing
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from provenance.citations.cite import cite_footnotes, iter_cited_footnotes
from provenance.models import Citation, Context, Finding, Footnote, Platform, Report
from provenance.outputs import extract
from provenance.outputs.extract import (
    extract_footnote_utf8,
    iter_extract_json,
    iter_extract_utf8_of_footnotes,
    render_extract_json,
)
from provenance.readers import read_report_bytes
from tests.support.cli import REPO_ROOT, run_provenance


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


def _extract_utf8(data: bytes, name: str) -> tuple[bytes, str]:
    """The `extract` document of a report as `extract` writes it (UTF-8 bytes a footnote at a time), and its
    text as one process writes it."""
    report = read_report_bytes(data, name)
    written = iter_extract_utf8_of_footnotes(
        report, (extract_footnote_utf8(item) for item in iter_cited_footnotes(report, None))
    )
    return b"".join(written), "".join(iter_extract_json(report, iter_cited_footnotes(report, None)))


def test_extract_written_in_utf8_a_footnote_at_a_time_is_the_json_text_s_very_bytes() -> None:
    # `extract` writes each footnote's bytes as made (half of a long report's by a forked process).
    written, text = _extract_utf8((REPO_ROOT / "examples" / "brief.md").read_bytes(), "brief.md")
    assert written == text.encode("utf-8")
    assert len(json.loads(written)["footnotes"]) > 2


def test_extract_in_utf8_of_one_footnote_or_none_is_the_json_text_s_very_bytes() -> None:
    for data in (b"A claim.[^1]\n\n[^1]: Rybar, January 21, 2022.\n", b"No notes here.\n"):
        written, text = _extract_utf8(data, "brief.md")
        assert written == text.encode("utf-8")


def test_extract_in_utf8_holds_no_workflow_command_a_ci_runner_obeys() -> None:
    data = b"A claim.[^1]\n\n[^1]: Telegram ##[stop-commands]tok, \xe2\x80\x9cWe hold\xe2\x80\x9d.\n"
    written, text = _extract_utf8(data, "brief.md")
    assert b"##[" not in written and b"#\\u0023[stop-commands]tok" in written
    assert written == text.encode("utf-8")


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


def test_extract_csl_read_back_with_citations_gives_each_footnote_the_same_citation(tmp_path: Path) -> None:
    # A note with an archived copy beside its link, and a note citing a copy: `--format csl` writes what a
    # citations file gives back, so a report whose notes say nothing gets the very same citations from it.
    notes = [
        "Rybar (@rybar), Telegram, January 21, 2022, https://t.me/rybar/28463, "
        "archived at https://web.archive.org/web/20220121093000/https://t.me/rybar/28463",
        "Lina Haddad, “Council vote”, January 21, 2022, "
        "https://web.archive.org/web/20220121093000/https://news.example/council",
    ]
    report = tmp_path / "report.md"
    report.write_text(
        "Claims.[^1] More.[^2]\n\n" + "".join(f"[^{n}]: {note}\n" for n, note in enumerate(notes, 1)),
        encoding="utf-8",
    )
    bare = tmp_path / "bare.md"
    bare.write_text("Claims.[^1] More.[^2]\n\n[^1]: See the file.\n[^2]: See the file.\n", encoding="utf-8")
    csl = run_provenance(["extract", str(report), "--format", "csl"], cwd=tmp_path)
    assert csl.returncode == 0, csl.stderr
    (tmp_path / "citations.json").write_text(csl.stdout, encoding="utf-8")

    def citations(path: Path, *more: str) -> list[Any]:
        done = run_provenance(["extract", str(path), "--format", "json", *more], cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        return [footnote["citation"] for footnote in json.loads(done.stdout)["footnotes"]]

    cited = citations(report)
    assert cited[0]["archived_url"] and cited[1]["original_url"]
    assert citations(bare, "--citations", str(tmp_path / "citations.json")) == cited


_TEXTS = st.none() | st.text(max_size=12)
_URLS = st.none() | st.sampled_from(
    ["https://a.example/x", "http://t.me/rybar/1", "https://x.com/u/status/2"]
)
_CITATIONS = st.builds(
    Citation,
    platform=st.none() | st.sampled_from(Platform),
    author=_TEXTS,
    handle=st.none() | st.from_regex(r"[a-z_]{1,8}", fullmatch=True),
    date=st.none() | st.dates(),
    accessed=st.none() | st.dates(),
    url=_URLS,
    canonical_url=_URLS,
    post_id=_TEXTS,
    title=_TEXTS,
    original_url=_URLS,
    archived_url=_URLS,
    located=st.sampled_from([None, "candidate", "confirmed"]),
)
_POSITIVE = st.none() | st.integers(min_value=1, max_value=10**20)
_CONTEXTS = st.builds(
    Context,
    line=st.integers(min_value=1, max_value=10**6),
    text=st.text(max_size=12),
    quotes=st.lists(st.text(max_size=6), max_size=3).map(tuple),
    quotes_left_out=_POSITIVE,
    location=_TEXTS,
)
_FINDINGS = st.builds(
    Finding,
    code=st.sampled_from(["missing-url", "ambiguous-date"]),
    message=st.text(max_size=12),
    line=_POSITIVE,
    field=_TEXTS,
)


@settings(max_examples=300, deadline=None)
@given(_CITATIONS, _CONTEXTS, _FINDINGS)
def test_a_footnote_s_citation_contexts_and_findings_are_written_as_pydantic_dumps_them(
    citation: Citation, context: Context, finding: Finding
) -> None:
    # The extract JSON makes these dictionaries itself, not with `model_dump`: the same keys, in the same
    # order, with the same values (a platform's value, a date as ISO 8601).
    for made, dumped in (
        (extract._citation_json(citation), citation.model_dump(mode="json")),
        (extract._context_json(context), context.model_dump(mode="json", exclude_none=True)),
        (extract._finding_json(finding), finding.model_dump(mode="json", exclude_none=True)),
    ):
        assert list(made.items()) == list(dumped.items())


def test_extract_json_holds_no_workflow_command_a_ci_runner_obeys_and_reads_back_the_same() -> None:
    # `provenance extract` in a GitHub Actions step: the runner obeys `##[` anywhere in a line it prints.
    data = b"A claim.[^1]\n\n[^1]: Telegram ##[stop-commands]tok, January 21, 2022.\n"
    report = read_report_bytes(data, "brief.md")
    text = render_extract_json(report, cite_footnotes(report, None))
    assert "##[" not in text and "#\\u0023[stop-commands]tok" in text
    (footnote,) = json.loads(text)["footnotes"]
    assert footnote["text"] == "Telegram ##[stop-commands]tok, January 21, 2022."


@settings(max_examples=300, deadline=None)
@given(_CITATIONS)
def test_a_citation_made_of_the_fields_it_has_is_written_as_pydantic_dumps_it(whole: Citation) -> None:
    # The parser makes a citation of the fields it has (`Citation(**given)`), and `_citation_json` copies
    # its fields whole where they stand in the declared order: the same keys, order and values.
    given_fields = {name: value for name, value in whole.__dict__.items() if value is not None}
    citation = Citation(**given_fields)
    assert tuple(citation.__dict__) == tuple(Citation.model_fields)
    assert list(extract._citation_json(citation).items()) == list(citation.model_dump(mode="json").items())
