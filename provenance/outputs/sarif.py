"""`--sarif PATH`: SARIF 2.1.0, the format code-scanning views (GitHub, GitLab, Azure DevOps) read.

One result per check that kept a footnote from being verified (its rule: each that failed, or warned where a
warning alone keeps it from verified; for a footnote the tool could not finish checking, the check that
stopped it), located at the footnote's line in the report with every citing passage as a related location
(in a report without lines, a PDF or a DOCX, at line 1, the file, with its page and line or paragraph said in
words: code scanning shows no line of a binary file).
One result under the worst check alone hid the others from a view filtered by rule, and from a person who
dismissed that alert. Each result's message says every reason, and the footnote's results share its
fingerprint (code scanning tells alerts apart by rule). A report's finding (a marker without its note) is
tracked by what it says less the line it names, so its alert too outlives lines added above it. A report a
stopped check did not record (its ledger holds none of its results) is an error result of its own at its first
line, so no report reads as clean for footnotes no ledger keeps; its warnings (that one, a TSA that gave no
timestamp) are the invocation's notifications, as `--json` says them.

A result's message is plain text (`message.text`), yet a plain-text message may hold embedded links
(`[words](https://…)` or `[words](3)`, SARIF 2.1.0 §3.11.6) and GitHub code scanning renders it with Markdown:
a page title, a quote or a footnote label that spells a link would show as a link (or an image) the tool never
made. Every message writes `\\`, `[` and `]` as `\\\\`, `\\[` and `\\]` (`plain_message`), the escape both
readings take back to the character shown, so no text in it starts a link. Its control, format and
bidirectional characters are shown escaped, as in the annotations and every human output: the code-scanning
view shows the message, and a right-to-left override in a page title would reorder it there.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, get_args
from urllib.parse import quote

from provenance import __version__
from provenance.escaping import escape_unprintable
from provenance.models import CONTENT_CHECKS, CheckName, Finding, Report
from provenance.outputs.interface import CheckFormat
from provenance.outputs.json_text import disarm_workflow_commands_json, indented_json
from provenance.outputs.paths import AS_GIVEN, RepositoryPaths
from provenance.outputs.reasons import (
    NOT_RECORDED,
    leading_check,
    line_in_file,
    only_no_url_again,
    placed,
    reasons_text,
)
from provenance.results import FootnoteResult, ReportResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# What code scanning tracks a footnote's alert by (v1 held its label, which renumbering changes).
FINGERPRINT = "provenanceFootnote/v2"
# What code scanning tracks a report finding's alert by (v1 held its message, with the line it names).
FINDING_FINGERPRINT = "provenanceFinding/v2"

# Only a footnote that nothing contradicts but a person must look at (`unconfirmed`) is a warning, as in the
# annotations. One the tool could not check (offline, a body cut short, a run stopped before it) is an error,
# as in JUnit: code scanning's check on a pull request fails on errors only by default, and it passed one that
# was a warning.
_WARNING_STATUSES = frozenset({"unconfirmed"})

_RULE_HELP: dict[str, tuple[str, str]] = {
    "locator": (
        "The footnote names a source that can be found",
        "The footnote has no URL or other locator, so nobody can fetch or check its source. Add the link, "
        "give it in a CSL-JSON --citations file, or find candidates with `provenance locate`. It warns when "
        "the link may not lead where the report says (its text another URL, a look-alike host, a comment "
        "under a post) or when the note gives more than one source: one is captured and checked per note.",
    ),
    "schema": (
        "The citation carries what the citation schema requires",
        "A verifiable citation names its platform, author, date and URL. Complete the footnote or give the "
        "missing fields in a CSL-JSON --citations file.",
    ),
    "captured": (
        "The cited source was fetched and preserved",
        "The cited URL must answer with a 2xx page that is kept whole in a WARC file. A 4xx/5xx answer, a "
        "blocked or failed fetch, a deleted post or a body cut short keeps the footnote from being verified.",
    ),
    "date": (
        "The source's date matches the cited date",
        "The date the source shows must fall on the cited calendar day in some time zone (UTC-12 to UTC+14).",
    ),
    "author": (
        "The source's author matches the cited author",
        "The author or account the source shows must be the one the footnote names.",
    ),
    "quote": (
        "The quoted words appear in the source",
        "Every quotation in the passage citing this footnote must appear in the captured source. A quote not "
        "found verbatim (a translation, a paraphrase) needs a person to confirm it.",
    ),
    "title": (
        "The source's title matches the cited title",
        "The title the footnote gives must be the title of the captured page.",
    ),
    "archived": (
        "An independent archived copy of the source exists",
        "A copy in a public web archive lets others see the source as it was, beside the local WARC file.",
    ),
}


# Not a check of a footnote: a marker in the body whose note the report does not have.
MISSING_NOTE_RULE = "missing-note"
_MISSING_NOTE_HELP = (
    "Every footnote marker has its note",
    "A marker in the body names a note the report does not have: the claim cites a source nobody can check.",
)
NOTES_NOT_READ_RULE = "notes-not-read"
_NOTES_NOT_READ_HELP = (
    "The notes of a report that cites are read",
    "The report has note markers, but none of its notes could be read (a style provenance does not read?):"
    " nothing in it was checked. Name its format with --from, or pass --allow-empty if it has no notes.",
)
# Not a check either: a report whose run a stopped check never wrote to its ledger.
NOT_RECORDED_RULE = "run-not-recorded"
_NOT_RECORDED_HELP = (
    "The report's run is recorded in its ledger",
    "The check was stopped (Ctrl-C, a CI step's time limit) before this report's run was written to its "
    "ledger: whatever it had checked by then is recorded nowhere. Check the report again.",
)
# The rule of each report finding that keeps a check from passing (`ReportResult.failing_findings`).
_RULE_OF_FINDING = {
    "marker-without-footnote": MISSING_NOTE_RULE,
    "markers-without-notes": NOTES_NOT_READ_RULE,
}


# The characters of an embedded link, a backslash too: one in the text must not undo the escape after it.
_LINK_CHARACTERS = str.maketrans({"\\": "\\\\", "[": "\\[", "]": "\\]"})


def plain_message(text: str) -> dict[str, str]:
    """A SARIF `message` of `text` as it is to be shown: unprintable characters escaped (`escaping`), then no
    embedded link nor Markdown link in it (the backslash of such an escape is shown as one)."""
    return {"text": escape_unprintable(text).translate(_LINK_CHARACTERS)}


def _rule(rule_id: str, name: str, short: str, full: str, level: str) -> dict[str, Any]:
    return {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": full, "markdown": full},
        "defaultConfiguration": {"level": level},
    }


def _rules() -> list[dict[str, Any]]:
    rules = []
    for name in get_args(CheckName):
        short, full = _RULE_HELP.get(name, (f"The {name} check passes", f"The {name} check must pass."))
        rules.append(
            _rule(name, name.capitalize(), short, full, "error" if name != "archived" else "warning")
        )
    rules.append(_rule(MISSING_NOTE_RULE, "MissingNote", *_MISSING_NOTE_HELP, "error"))
    rules.append(_rule(NOTES_NOT_READ_RULE, "NotesNotRead", *_NOTES_NOT_READ_HELP, "error"))
    rules.append(_rule(NOT_RECORDED_RULE, "RunNotRecorded", *_NOT_RECORDED_HELP, "error"))
    return rules


# Where a finding's message says it stands (`marker 2 on line 3`, `in paragraph 12`, `page 3, line 14`): the
# number changes whenever text is added above it, and says nothing of which finding it is.
_PLACE_NUMBER = re.compile(r"\b(line|paragraph|page)( )[0-9]+")


def _artifact_path(path: str) -> str:
    """A report's path as its artifact URI names the file, for a fingerprint: `./brief.md` and `brief.md` are
    one file to code scanning (`report_uri` writes both `brief.md`), and were two fingerprints, so a CI
    command that named the report the other way closed every alert and opened each again. Its `.` and `..`
    steps are taken as a URI's are (RFC 3986 5.2.4, by the letters): `sub/../brief.md` is `brief.md`."""
    return posixpath.normpath(PurePath(path).as_posix())


def _finding_fingerprints(path: str, findings: Sequence[Finding]) -> list[str]:
    """One per report finding, in order: stable across runs while the report has the same problem, wherever
    it moved (as a footnote's, `_fingerprints`). By its code and its message with the places it names left
    out (the message held `on line 3`: a line added above the marker closed its alert and opened another, and
    a person's dismissal of it was lost), then the n-th finding saying that."""
    seen: Counter[str] = Counter()
    prints = []
    for finding in findings:
        said = "\0".join((finding.code, _PLACE_NUMBER.sub(r"\1\2#", finding.message)))
        seen[said] += 1
        identity = "\0".join((_artifact_path(path), said, str(seen[said])))
        prints.append(hashlib.sha256(identity.encode()).hexdigest())
    return prints


def _report_finding_results(
    report: ReportResult, path: str, findings: Sequence[Finding], rule_index: dict[str, int]
) -> list[dict[str, Any]]:
    return [
        {
            "ruleId": _RULE_OF_FINDING[finding.code],
            "ruleIndex": rule_index[_RULE_OF_FINDING[finding.code]],
            "level": "error",
            "message": plain_message(finding.message),
            "locations": [_location(report_uri(path), line_in_file(report.report, finding.line or 1))],
            "partialFingerprints": {FINDING_FINGERPRINT: fingerprint},
        }
        for finding, fingerprint in zip(findings, _finding_fingerprints(path, findings), strict=True)
    ]


def _not_recorded_results(
    report: ReportResult, path: str, rule_index: dict[str, int]
) -> list[dict[str, Any]]:
    """An error at the first line of a report a stopped check did not record: with every footnote it had
    checked verified, it had no result, and only `executionSuccessful` said the run was cut short."""
    if not report.stopped:
        return []
    identity = "\0".join((_artifact_path(path), NOT_RECORDED_RULE))
    return [
        {
            "ruleId": NOT_RECORDED_RULE,
            "ruleIndex": rule_index[NOT_RECORDED_RULE],
            "level": "error",
            "message": plain_message(NOT_RECORDED),
            "locations": [_location(report_uri(path), 1)],
            "partialFingerprints": {FINDING_FINGERPRINT: hashlib.sha256(identity.encode()).hexdigest()},
        }
    ]


def _notifications(results: Sequence[ReportResult], path: Callable[[str], str]) -> list[dict[str, Any]]:
    """Each report's warnings, as the invocation's notifications placed at the report."""
    return [
        {
            "level": "warning",
            "message": plain_message(warning),
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": report_uri(path(r.report.path))}}}
            ],
        }
        for r in results
        for warning in r.warnings
    ]


def report_uri(path: str) -> str:
    """A report path as a SARIF artifact URI: relative paths stay relative (resolved against the checkout),
    with no `.` or `..` step (`sub/../brief.md` named the same file as `brief.md` with another URI and
    fingerprint where no `GITHUB_WORKSPACE` set report paths from the root)."""
    pure = PurePath(_artifact_path(path))
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix())


def _in(location: str | None) -> str:
    return f" ({location})" if location else ""


def _location(uri: str, line: int, message: str | None = None, ident: int | None = None) -> dict[str, Any]:
    location: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": {"uri": uri}, "region": {"startLine": line}}
    }
    if ident is not None:
        location["id"] = ident
    if message is not None:
        location["message"] = plain_message(message)
    return location


def _fingerprints(path: str, report: ReportResult) -> list[str]:
    """One per footnote of the report, in order: stable across runs while the footnote cites the same thing,
    so a code-scanning alert (and a person's dismissal of it) is tracked, not closed and reopened, when lines
    move or the notes are renumbered (a note inserted before it). By what it cites, not by its label: the
    n-th note of the report citing that URL (or, without one, saying that text)."""
    seen: Counter[str] = Counter()
    prints = []
    for result in report.footnotes:
        cited = result.cited.citation.url or " ".join(result.cited.footnote.text.split())
        seen[cited] += 1
        identity = "\0".join((_artifact_path(path), cited, str(seen[cited])))
        prints.append(hashlib.sha256(identity.encode()).hexdigest())
    return prints


# Checks whose warning alone keeps a footnote from `verified` (DESIGN.md section 3): another's (no archived
# copy) is said in the message, but is no result of its own, as it is none beside a verified footnote.
_WARNINGS_THAT_STOP = frozenset((*CONTENT_CHECKS, "locator", "schema"))


def rules_of(footnote: FootnoteResult) -> list[tuple[str, bool]]:
    """The rules a footnote that is not verified is filed under, the worst check's first, then each other
    check that alone would keep it from `verified`, each with whether its check only warned beside a worse
    one (a warning there, whatever the footnote's status)."""
    leading = leading_check(footnote)
    rules: list[tuple[str, bool]] = [(leading.name if leading else "captured", False)]
    if footnote.status == "error":  # its skips all follow from what stopped it: said once
        return rules
    for check in footnote.checks:
        stops = check.status == "fail" or (check.status == "warn" and check.name in _WARNINGS_THAT_STOP)
        if stops and all(check.name != rule for rule, _ in rules) and not only_no_url_again(check, footnote):
            rules.append((check.name, check.status == "warn"))
    return rules


def _results(
    report: Report,
    ledger: str,
    path: str,
    footnote: FootnoteResult,
    fingerprint: str,
    rule_index: dict[str, int],
) -> list[dict[str, Any]]:
    return [
        _result(report, ledger, path, footnote, fingerprint, rule_index, rule, warned)
        for rule, warned in rules_of(footnote)
    ]


def _result(
    report: Report,
    ledger: str,
    path: str,
    footnote: FootnoteResult,
    fingerprint: str,
    rule_index: dict[str, int],
    rule: str,
    warned: bool,
) -> dict[str, Any]:
    uri = report_uri(path)
    cited = footnote.cited
    url = cited.citation.url
    message = f"Footnote [{footnote.label}]{placed(footnote)} is {footnote.status}: {reasons_text(footnote)}"
    if url:
        message += f" (cites {url})"
    related = [
        _location(
            uri,
            line_in_file(report, context.line),
            f"passage citing [{footnote.label}]{_in(context.location)}",
            ident,
        )
        for ident, context in enumerate(cited.footnote.contexts, start=1)
    ]
    # In a report without lines (a PDF, a DOCX) the place is said in words: page and line, or paragraph.
    place = (
        cited.footnote.location if line_in_file(report, cited.footnote.line) != cited.footnote.line else None
    )
    capture = footnote.outcome.capture if footnote.outcome else None
    entry: dict[str, Any] = {
        "ruleId": rule,
        "ruleIndex": rule_index[rule],
        "level": "warning" if warned or footnote.status in _WARNING_STATUSES else "error",
        "message": plain_message(message),
        "locations": [_location(uri, line_in_file(report, cited.footnote.line), place)],
        "partialFingerprints": {FINGERPRINT: fingerprint},
        "properties": {
            "label": footnote.label,
            "status": footnote.status,
            "url": url,
            "checks": [c.model_dump(mode="json") for c in footnote.checks],
            "warc": capture.warc if capture else None,
            "warc_sha256": capture.warc_sha256 if capture else None,
            "ledger": ledger,
        },
    }
    if related:
        entry["relatedLocations"] = related
    return entry


def _artifact(report: ReportResult, path: str) -> dict[str, Any]:
    return {
        "location": {"uri": report_uri(path)},
        "hashes": {"sha-256": report.report.sha256},
        "roles": ["analysisTarget"],
    }


@dataclass(frozen=True)
class SarifFormat(CheckFormat):
    paths: RepositoryPaths = AS_GIVEN  # report paths as the code host reads them
    allow_empty: bool = False  # --allow-empty: a report whose notes could not be read is no result

    def render(self, results: Sequence[ReportResult]) -> str:
        path = self.paths.of  # the reports and their ledgers, named alike (no runner's absolute path)
        rules = _rules()
        rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
        notifications = _notifications(results, path)
        notified = {"toolExecutionNotifications": notifications} if notifications else {}
        run = {
            "tool": {
                "driver": {
                    "name": "provenance",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "rules": rules,
                }
            },
            "artifacts": [_artifact(report, path(report.report.path)) for report in results],
            "invocations": [
                {
                    # A stopped check (Ctrl-C, SIGTERM) did not finish every report it was given.
                    "executionSuccessful": not any(result.stopped for result in results),
                    **notified,
                    "properties": {
                        "ledgers": [
                            {"report": path(r.report.path), "ledger": path(str(r.ledger)), "head": r.head}
                            for r in results
                        ]
                    },
                }
            ],
            "results": [
                result
                for report in results
                for footnote, fingerprint in zip(
                    report.footnotes, _fingerprints(path(report.report.path), report), strict=True
                )
                if footnote.status != "verified"
                for result in _results(
                    report.report,
                    path(str(report.ledger)),
                    path(report.report.path),
                    footnote,
                    fingerprint,
                    rule_index,
                )
            ]
            + [
                result
                for report in results
                for result in _report_finding_results(
                    report, path(report.report.path), report.failing_findings(self.allow_empty), rule_index
                )
            ]
            + [
                result
                for report in results
                for result in _not_recorded_results(report, path(report.report.path), rule_index)
            ],
        }
        document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
        return disarm_workflow_commands_json(indented_json(document))
