"""--sarif: SARIF 2.1.0 that the official OASIS JSON Schema accepts and code-scanning views can place."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from provenance.models import CheckResult, Context, Finding, ReportFormat
from provenance.outputs.sarif import SarifFormat, report_uri
from tests.outputs.builders import (
    GONE,
    MISSING_NOTE,
    NO_NOTES_READ,
    OFFLINE,
    UNLINKED,
    VERIFIED,
    footnote_result,
    in_a_pdf,
    report_result,
)

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "assets" / "sarif"


@pytest.fixture(scope="module")
def sarif_schema() -> dict[str, Any]:
    # The official SARIF 2.1.0 schema (OASIS, errata 01), vendored unchanged: see the README beside it.
    text = (SCHEMA_DIR / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    return schema


def _sarif(*results: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SarifFormat().render(list(results)))
    return document


def _validate(document: dict[str, Any], schema: dict[str, Any]) -> None:
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    validator.validate(document)


def test_sarif_validates_against_the_official_2_1_0_schema(sarif_schema: dict[str, Any]) -> None:
    document = _sarif(report_result(VERIFIED, GONE, UNLINKED, OFFLINE), report_result(path="docs/empty.md"))
    _validate(document, sarif_schema)
    assert document["version"] == "2.1.0"


def test_sarif_without_any_finding_still_validates(sarif_schema: dict[str, Any]) -> None:
    document = _sarif(report_result(VERIFIED))
    _validate(document, sarif_schema)
    assert document["runs"][0]["results"] == []


def test_sarif_has_one_result_per_unverified_footnote_under_the_check_that_stopped_it() -> None:
    (run,) = _sarif(report_result(VERIFIED, GONE, UNLINKED, OFFLINE))["runs"]
    results = {r["properties"]["label"]: r for r in run["results"]}
    assert set(results) == {"2", "3", "4"}, "a verified footnote is not a finding"
    assert (results["2"]["ruleId"], results["2"]["level"]) == ("captured", "error")
    assert (results["3"]["ruleId"], results["3"]["level"]) == ("locator", "error")
    # Not checked (offline): an error, as in JUnit; a warning passed code scanning's check on a pull request.
    assert (results["4"]["ruleId"], results["4"]["level"]) == ("captured", "error")
    rules = run["tool"]["driver"]["rules"]
    for result in results.values():
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert rules[result["ruleIndex"]]["help"]["text"]


def test_sarif_locates_the_footnote_line_and_each_citing_passage() -> None:
    (run,) = _sarif(report_result(GONE, path="docs/brief.md"))["runs"]
    (result,) = run["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location == {"artifactLocation": {"uri": "docs/brief.md"}, "region": {"startLine": 21}}
    related = [r["physicalLocation"]["region"]["startLine"] for r in result["relatedLocations"]]
    assert related == [3, 5]
    assert "HTTP 404" in result["message"]["text"]
    assert result["properties"]["warc"] == "archives/brief.md-fn2.warc.gz"


def test_sarif_fingerprint_survives_a_footnote_moving_to_another_line() -> None:
    moved = GONE.cited.footnote.model_copy(update={"line": 40})
    moved_result = type(GONE)(
        cited=type(GONE.cited)(footnote=moved, citation=GONE.cited.citation, findings=()),
        outcome=GONE.outcome,
        checks=GONE.checks,
        status=GONE.status,
    )
    before = _sarif(report_result(GONE))["runs"][0]["results"][0]["partialFingerprints"]
    after = _sarif(report_result(moved_result))["runs"][0]["results"][0]["partialFingerprints"]
    assert before == after


def _renumbered(result: Any, label: str, line: int) -> Any:
    footnote = result.cited.footnote.model_copy(update={"label": label, "line": line})
    cited = type(result.cited)(footnote=footnote, citation=result.cited.citation, findings=())
    return type(result)(cited=cited, outcome=result.outcome, checks=result.checks, status=result.status)


def test_sarif_fingerprint_survives_the_notes_being_renumbered_and_tells_two_notes_citing_one_url_apart() -> (
    None
):
    # A note inserted before [2] makes it [3]: code scanning closed its alert and opened a new one (a
    # dismissal lost), as the fingerprint held the label.
    def prints(*results: Any) -> list[str]:
        run = _sarif(report_result(*results))["runs"][0]
        return [r["partialFingerprints"]["provenanceFootnote/v2"] for r in run["results"]]

    (before,) = prints(GONE)
    (after,) = prints(_renumbered(GONE, "3", 30))
    assert before == after
    first, second = prints(GONE, _renumbered(GONE, "5", 50))  # the same URL cited twice: two alerts
    assert first == before and second != first


def test_report_paths_become_uris_that_code_scanning_resolves() -> None:
    assert report_uri("docs/my brief.md") == "docs/my%20brief.md"
    assert report_uri("/srv/reports/a.md") == "file:///srv/reports/a.md"
    assert report_uri("docs/sub/../my brief.md") == "docs/my%20brief.md"
    assert report_uri("/srv/reports/../a.md") == "file:///srv/a.md"


def test_a_marker_without_its_note_is_a_result_at_its_line_that_the_schema_accepts(
    sarif_schema: dict[str, Any],
) -> None:
    document = _sarif(report_result(VERIFIED, findings=(MISSING_NOTE,)))
    _validate(document, sarif_schema)
    (result,) = document["runs"][0]["results"]
    assert result["ruleId"] == "missing-note" and result["level"] == "error"
    assert result["message"]["text"] == "marker 2 on line 3 has no footnote"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 3


def test_markers_in_a_report_whose_notes_could_not_be_read_are_one_result_not_each_a_missing_note(
    sarif_schema: dict[str, Any],
) -> None:
    # No notes read at all is said once, not once per marker; the run exits 1 for it, and the SARIF file had
    # no result at all. With --allow-empty, which accepts such a report, it has none.
    document = _sarif(report_result(findings=(MISSING_NOTE, NO_NOTES_READ)))
    _validate(document, sarif_schema)
    (result,) = document["runs"][0]["results"]
    assert result["ruleId"] == "notes-not-read" and result["level"] == "error"
    assert result["message"]["text"] == "markers found but no notes: unsupported style?"
    accepted = SarifFormat(allow_empty=True).render([report_result(findings=(MISSING_NOTE, NO_NOTES_READ))])
    assert json.loads(accepted)["runs"][0]["results"] == []


def test_sarif_on_stdout_holds_no_workflow_command_a_ci_runner_obeys() -> None:
    # `--sarif -` in a GitHub Actions step: the runner obeys `##[error]` anywhere in a line it prints.
    hostile = footnote_result(
        "1", "unlocatable", (CheckResult(name="locator", status="fail", detail="no URL ##[error]forged"),)
    )
    text = SarifFormat().render([report_result(hostile)])
    assert "##[" not in text
    (result,) = json.loads(text)["runs"][0]["results"]
    assert (
        _shown(result["message"]["text"])
        == "Footnote [1] is unlocatable: locator fail: no URL ##[error]forged"
    )


def _shown(message: str) -> str:
    """A plain-text SARIF message as a viewer shows it: each backslash escape (§3.11.6) read back."""
    return re.sub(r"\\(.)", r"\1", message)


def _starts_a_link(message: str) -> bool:
    """Whether a viewer reading embedded links (SARIF §3.11.6) or Markdown finds `[` ... `](` unescaped."""
    unescaped = re.sub(r"\\.", "", message)
    return re.search(r"\[[^\]]*\]\(", unescaped) is not None


def test_page_or_report_text_that_spells_a_link_is_no_link_in_the_code_scanning_message(
    sarif_schema: dict[str, Any],
) -> None:
    # A captured title or a note's label that spells a Markdown link or image: GitHub code scanning renders a
    # result's message.text with embedded links, and showed a link to a page the tool never cited.
    title = "[Verified by provenance](https://evil.example/ok) ![](https://evil.example/pass.png)"
    hostile = footnote_result(
        "1](https://evil.example/label) [x",
        "failed",
        (CheckResult(name="title", status="fail", detail=f"the page's title is {title}"),),
        url="https://news.example/story",
        contexts=(Context(line=3, text="As reported", quotes=()),),
    )
    document = _sarif(report_result(hostile))
    _validate(document, sarif_schema)
    (result,) = document["runs"][0]["results"]
    message = result["message"]["text"]
    assert not _starts_a_link(message)
    assert not _starts_a_link(result["relatedLocations"][0]["message"]["text"])
    assert _shown(message) == (
        "Footnote [1](https://evil.example/label) [x] is failed: title fail: the page's title is "
        f"{title} (cites https://news.example/story)"
    )


def test_a_code_scanning_message_shows_a_backslash_in_the_text_as_a_backslash_not_an_escape() -> None:
    # A backslash before a bracket in the page's text must not cancel the escape of that bracket.
    hostile = footnote_result(
        "1",
        "failed",
        (CheckResult(name="title", status="fail", detail=r"title is \[x](https://evil.example)"),),
    )
    (result,) = _sarif(report_result(hostile))["runs"][0]["results"]
    message = result["message"]["text"]
    assert not _starts_a_link(message)
    assert _shown(message) == r"Footnote [1] is failed: title fail: title is \[x](https://evil.example)"


def test_a_code_scanning_message_shows_a_right_to_left_override_escaped_as_the_annotations_do() -> None:
    hostile = footnote_result(
        "1", "failed", (CheckResult(name="title", status="fail", detail="title is \u202edessap"),)
    )
    (result,) = _sarif(report_result(hostile))["runs"][0]["results"]
    assert "\u202e" not in result["message"]["text"]
    assert _shown(result["message"]["text"]) == r"Footnote [1] is failed: title fail: title is \u202edessap"


def test_an_ordinary_code_scanning_message_reads_as_before() -> None:
    (result,) = _sarif(report_result(GONE))["runs"][0]["results"]
    message = result["message"]["text"]
    assert _shown(message).startswith("Footnote [2] is failed: captured fail: HTTP 404")
    assert message.startswith("Footnote \\[2\\] is failed")


def test_an_unconfirmed_footnote_is_a_warning_and_one_not_checked_an_error() -> None:
    unconfirmed = footnote_result(
        "5", "unconfirmed", (CheckResult(name="quote", status="warn", detail="not found verbatim"),)
    )
    cut = footnote_result(
        "6",
        "error",
        (
            CheckResult(name="captured", status="warn", detail="body cut at --max-bytes"),
            CheckResult(name="quote", status="skip", detail="no content captured to compare"),
        ),
    )
    (run,) = _sarif(report_result(unconfirmed, cut))["runs"]
    levels = {r["properties"]["label"]: (r["ruleId"], r["level"]) for r in run["results"]}
    assert levels == {"5": ("quote", "warning"), "6": ("captured", "error")}


def test_a_footnote_that_failed_several_checks_is_a_result_under_each_rule() -> None:
    # Filed under its worst check alone, the author that failed beside the date was no alert of its own: a
    # view filtered by the `author` rule showed nothing, and dismissing the date's alert hid both.
    both = footnote_result(
        "7",
        "failed",
        (
            CheckResult(name="date", status="fail", detail="the post is of 2022-01-20"),
            CheckResult(name="author", status="fail", detail="the post is by @someone_else"),
            CheckResult(name="quote", status="warn", detail="not found verbatim"),
        ),
        url="https://t.me/rybar/7",
    )
    (run,) = _sarif(report_result(both))["runs"]
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("date", "error"),
        ("author", "error"),
        ("quote", "warning"),
    ]
    assert len({json.dumps(r["partialFingerprints"]) for r in results}) == 1, (
        "one footnote, told apart by rule"
    )
    assert all("author fail: the post is by @someone_else" in _shown(r["message"]["text"]) for r in results)


def test_a_note_without_a_link_is_filed_under_the_locator_alone_unless_the_schema_misses_more() -> None:
    no_url = CheckResult(name="schema", status="fail", detail="no URL: the note names no link to the source")
    locator = CheckResult(name="locator", status="fail", detail="no URL or other locator")
    only_the_link = footnote_result("8", "unlocatable", (locator, no_url))
    also_no_author = footnote_result(
        "9",
        "unlocatable",
        (
            locator,
            CheckResult(name="schema", status="fail", detail=f"no author: none named; {no_url.detail}"),
        ),
    )
    (run,) = _sarif(report_result(only_the_link, also_no_author))["runs"]
    rules = [(r["properties"]["label"], r["ruleId"]) for r in run["results"]]
    assert rules == [("8", "locator"), ("9", "locator"), ("9", "schema")]


def test_no_archived_copy_beside_a_failed_check_is_said_in_its_message_not_a_result_of_its_own() -> None:
    # It is no result beside a verified footnote either: only a check that alone keeps a note from verified.
    gone = footnote_result(
        "10",
        "failed",
        (
            CheckResult(name="captured", status="fail", detail="HTTP 404"),
            CheckResult(name="archived", status="warn", detail="no archived copy at https://tg.example/"),
        ),
        url="https://news.example/gone",
    )
    (result,) = _sarif(report_result(gone))["runs"][0]["results"]
    assert result["ruleId"] == "captured" and "no archived copy" in result["message"]["text"]


def test_a_missing_note_alert_keeps_its_fingerprint_when_lines_are_added_above_its_marker() -> None:
    # Its fingerprint held the message, `on line 3`: a line added above closed the alert and opened another,
    # and a person's dismissal of it was lost. Another missing note is still another alert.
    def fingerprints(*findings: Finding) -> list[str]:
        results = _sarif(report_result(VERIFIED, findings=findings))["runs"][0]["results"]
        return [json.dumps(result["partialFingerprints"]) for result in results]

    def missing(label: str, line: int, where: str | None = None) -> Finding:
        place = where or f"on line {line}"
        return Finding(
            code="marker-without-footnote", message=f"marker {label} {place} has no footnote", line=line
        )

    assert fingerprints(missing("2", 3)) == fingerprints(missing("2", 40))
    assert fingerprints(missing("2", 3, "in paragraph 3")) == fingerprints(missing("2", 9, "in paragraph 9"))
    assert fingerprints(missing("2", 3, "in page 1, line 3")) == fingerprints(
        missing("2", 9, "in page 2, line 9")
    )
    assert len(set(fingerprints(missing("2", 3), missing("5", 3)))) == 2


def test_an_alert_keeps_its_fingerprint_when_the_report_is_named_with_a_leading_dot_slash() -> None:
    # `./brief.md` and `brief.md` are one artifact URI (`brief.md`); the fingerprint held the name as given,
    # so a CI command changed to name the report the other way duplicated every alert of it.
    def fingerprints(path: str) -> list[tuple[str, str]]:
        results = _sarif(report_result(GONE, path=path, findings=(MISSING_NOTE,)))["runs"][0]["results"]
        return [
            (
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                json.dumps(r["partialFingerprints"]),
            )
            for r in results
        ]

    assert fingerprints("./brief.md") == fingerprints("brief.md")
    # Outside GitHub Actions (no GITHUB_WORKSPACE) a report is named as given: `..` steps are taken as a URI
    # resolver takes them, so `sub/../brief.md` was one more URI and fingerprint for the same file.
    assert fingerprints("sub/../brief.md") == fingerprints("./sub/./../brief.md") == fingerprints("brief.md")
    assert [u for u, _ in fingerprints("../other/brief.md")] == ["../other/brief.md"] * 2
    assert [p for _, p in fingerprints("docs/brief.md")] != [p for _, p in fingerprints("brief.md")]


def test_a_report_a_stopped_check_did_not_record_is_an_error_result_though_its_footnotes_passed(
    sarif_schema: dict[str, Any],
) -> None:
    # Stopped once its every footnote was verified but before its run was appended: no result at all, the
    # code-scanning view clean, only `executionSuccessful` false, while its ledger holds nothing of it.
    said = "the check was stopped before this report was finished: its ledger holds no run of it"
    stopped = replace(report_result(VERIFIED, path="docs/brief.md"), warnings=(said,), stopped=True)
    document = _sarif(stopped)
    _validate(document, sarif_schema)
    (run,) = document["runs"]
    (result,) = run["results"]
    assert (result["ruleId"], result["level"]) == ("run-not-recorded", "error")
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "run-not-recorded"
    assert result["message"]["text"].startswith("not recorded: the check was stopped")
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/brief.md"
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    assert [n["message"]["text"] for n in invocation["toolExecutionNotifications"]] == [said]
    # The same footnote in a report whose run was recorded is no result and no notification.
    (recorded,) = _sarif(report_result(VERIFIED, path="docs/brief.md"))["runs"]
    assert recorded["results"] == []
    assert "toolExecutionNotifications" not in recorded["invocations"][0]


@pytest.mark.parametrize("format", [ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.ODT])
def test_a_note_in_a_report_without_lines_is_placed_at_the_file_and_its_page_said_in_words(
    format: ReportFormat, sarif_schema: dict[str, Any]
) -> None:
    # A PDF's `line 400` is a line counted through its pages' text: the alert sat at line 400 of a binary
    # file, which code scanning cannot show (or past its end); the page was said only in the message.
    finding = Finding(code="marker-without-footnote", message="marker 7 on page 3 has no footnote", line=250)
    document = _sarif(
        report_result(in_a_pdf(GONE), path="docs/brief.pdf", format=format, findings=(finding,))
    )
    _validate(document, sarif_schema)
    note, missing = document["runs"][0]["results"]

    location = note["locations"][0]
    assert location["physicalLocation"]["region"] == {"startLine": 1}
    assert location["message"]["text"] == "page 9, line 12"
    assert "Footnote \\[2\\] (page 9, line 12) is failed" in note["message"]["text"]
    related = note["relatedLocations"]
    assert [r["physicalLocation"]["region"]["startLine"] for r in related] == [1, 1]
    assert related[0]["message"]["text"] == "passage citing \\[2\\] (page 9, line 1)"
    assert missing["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}


def test_a_note_in_a_text_report_keeps_its_line_and_no_location_message() -> None:
    (result,) = _sarif(report_result(GONE, path="docs/brief.md"))["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 21}
    assert "message" not in result["locations"][0]
