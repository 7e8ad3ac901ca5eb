"""The HTML ledger view: one self-contained page a reviewer opens from disk.

Everything a report or a captured page said is data here, never markup: every such string goes through `e`
(`html.escape`, and control, format and bidirectional characters shown as escapes), and the page's
Content-Security-Policy allows no script at all (the status filters are checkboxes and CSS), no request to
anywhere, and only the page's own style, named by its hash. Screenshots are embedded as `data:` URIs; WARC
files are linked by relative path. `--html -` prints the page in a CI log: what a runner would obey there as
a workflow command is written as character references (`disarm_workflow_commands_markup`), the same page.

A footnote's status is the one its ledger line records; a line that records `verified` beside checks that do
not add up to it (a ledger edited, or written by a faulty tool) says so beside its badge, and so does a
footnote whose line or evidence the view's re-verification found a problem with (a WARC whose hash no longer
matches): the run's banner lists the problems by ledger line, which no footnote card shows. An intact
ledger's banner lists what the re-verification could not check (verify's warnings) too. A view written by a
stopped check names, above every run, the reports it has no run of (their ledgers hold none).
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import html
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from pathlib import PurePath
from typing import get_args
from urllib.parse import quote

from provenance.escaping import disarm_workflow_commands_markup, escape_unprintable
from provenance.ledger.statuses import status_misstated
from provenance.models import (
    Capture,
    CheckResult,
    Citation,
    FootnoteLine,
    FootnoteStatus,
    LocateLine,
    MementoLookup,
    RunLine,
    SignatureLine,
    SourcePost,
    TimestampLine,
    VerifyLine,
)
from provenance.outputs.interface import LedgerFormat, LedgerView
from provenance.reach import connect_to_rule_for, connect_to_rules, route_notes
from provenance.seal.timestamps import modifications_said
from provenance.seal.verification import MAX_SEALS_LISTED, SealKind, SealResult
from provenance.urls import is_http_url
from provenance.verdict import (
    LINK_PROBLEMS,
    RunEvidence,
    contradicting_checks,
    verified_of_nothing_captured,
)

_STATUSES: tuple[str, ...] = get_args(FootnoteStatus)
_STATUS_MEANING = {
    "verified": "captured, and every claim that could be compared is confirmed",
    "unconfirmed": "captured, nothing contradicts it, but a person must confirm something",
    "failed": "a check failed",
    "unlocatable": "no URL or other locator: nothing could be captured",
    "error": "the tool could not complete the checks",
}

_STYLE = """
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6573; --line: #d9dee5; --paper: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  background: var(--paper); }
.page { max-width: 1200px; margin: 0 auto; padding: 20px 20px 0; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  margin: 14px 0 6px; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px;
  overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.run h2 { margin-top: 0; }
.run { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px;
  margin: 12px 0; }
.banner { border-radius: 6px; padding: 8px 12px; margin: 10px 0 0; }
.banner.ok { background: #e6f4ea; border: 1px solid #9fd3ad; }
.banner.bad { background: #fde8e8; border: 1px solid #f0a3a3; }
.banner.note { background: #eef2f7; border: 1px solid var(--line); }
.counts span { margin-right: 12px; }
input.filter { margin: 0 4px 0 14px; }
.filters-title { color: var(--muted); }
article.footnote { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--muted);
  border-radius: 8px; margin: 14px 0; padding: 12px 16px; }
article.footnote > .head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.label { font-weight: 700; font-size: 16px; }
.where { color: var(--muted); }
.note-text { margin: 6px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 8px 28px; }
@media (max-width: 860px) { .grid { grid-template-columns: minmax(0, 1fr); } }
table.checks { border-collapse: collapse; width: 100%; }
table.checks td { border-top: 1px solid var(--line); padding: 4px 6px; vertical-align: top;
  overflow-wrap: anywhere; }
table.checks td.name, table.checks td.status { font-weight: 600; white-space: nowrap; }
.badge { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 12.5px; font-weight: 700;
  color: #fff; background: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.check-pass { color: #17692f; } .check-fail { color: #b3261e; } .check-warn { color: #8a5a00; }
.check-skip { color: var(--muted); }
blockquote { margin: 4px 0; padding: 4px 10px; border-left: 3px solid var(--line); white-space: pre-wrap;
  overflow-wrap: anywhere; }
mark { background: #fff2a8; padding: 0 1px; }
blockquote.source-text { max-height: 260px; overflow: auto; }
img.screenshot { display: block; max-width: 100%; max-height: 320px; object-fit: cover;
  object-position: top; border: 1px solid var(--line); border-radius: 4px; }
.muted { color: var(--muted); }
.problems li { overflow-wrap: anywhere; }
footer { margin: 24px 0; padding-bottom: 24px; color: var(--muted); font-size: 13px; }
"""

_BADGE_COLOURS = {
    "verified": "#17692f",
    "unconfirmed": "#8a5a00",
    "failed": "#b3261e",
    "unlocatable": "#5a3e99",
    "error": "#a34a00",
}


def _status_style() -> str:
    rules = []
    for status in _STATUSES:
        colour = _BADGE_COLOURS.get(status, "#5b6573")
        rules.append(f".badge.status-{status} {{ background: {colour}; }}")
        rules.append(f"article.status-{status} {{ border-left-color: {colour}; }}")
        # The status filter: a checkbox per status, before <main>, hides that status's footnotes when cleared.
        rules.append(f"#show-{status}:not(:checked) ~ main article.status-{status} {{ display: none; }}")
    return "\n".join(rules) + "\n"


STYLE = _STYLE + _status_style()


def content_security_policy(style: str = STYLE) -> str:
    """No script, no request anywhere; only this page's style (by hash) and embedded images."""
    style_hash = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; "
        f"img-src data:; style-src 'sha256-{style_hash}'"
    )


def e(text: object) -> str:
    """Anything as HTML text or a quoted attribute value: markup characters as entities, and each control,
    format or bidirectional character (a U+202E reorders the line it is in) as the visible escape the other
    outputs show (`escaping`); line breaks are kept, as a passage's lines are shown."""
    return html.escape("\n".join(escape_unprintable(line) for line in str(text).split("\n")), quote=True)


# A ledger is untrusted: the quotes a line records, each searched for in a text the line records too, are
# searched for only so far. A passage quotes a few (a report's reader keeps 10,000 characters of them); a
# forged line of thousands of quotes beside a long text made the page's making take hours (each search is
# linear in the text, the quote check's search of each one not found as it stands some 50 ns a character).
MOST_QUOTES_SEARCHED = 50  # distinct quotes searched for in one text
MOST_PLACES_MARKED = 10_000  # places marked in one text


def searched_quotes(quotes: Iterable[str]) -> tuple[list[str], int]:
    """The distinct quotes searched for, in order, and how many more there are (not searched for)."""
    distinct = list(dict.fromkeys(quote for quote in quotes if quote))
    return distinct[:MOST_QUOTES_SEARCHED], max(0, len(distinct) - MOST_QUOTES_SEARCHED)


def mark_quotes(text: str, quotes: Iterable[str]) -> str:
    """`text` escaped, with each place a quote occurs in it marked. Linear in the text for each quote, of the
    first `MOST_QUOTES_SEARCHED`, and at most `MOST_PLACES_MARKED` places: what is not marked is said."""
    searched, unsearched = searched_quotes(quotes)
    spans: list[tuple[int, int]] = []
    for quote_text in searched:
        start = text.find(quote_text)
        while start != -1 and len(spans) < MOST_PLACES_MARKED:
            spans.append((start, start + len(quote_text)))
            start = text.find(quote_text, start + len(quote_text))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    parts, cursor = [], 0
    for start, end in merged:
        parts.append(e(text[cursor:start]))
        parts.append(f"<mark>{e(text[start:end])}</mark>")
        cursor = end
    parts.append(e(text[cursor:]))
    unmarked = []
    if unsearched:
        unmarked.append(f"{_plural(unsearched, 'more quoted passage')} not searched for")
    if len(spans) >= MOST_PLACES_MARKED:
        unmarked.append(f"only the first {MOST_PLACES_MARKED:,} places found marked")
    if unmarked:
        parts.append(f'<span class="muted"> [not marked here: {e("; ".join(unmarked))}]</span>')
    return "".join(parts)


def _link(url: str | None) -> str:
    """A link for an http(s) URL a reviewer may follow by choice; anything else stays text."""
    if not url:
        return '<span class="muted">none</span>'
    if not is_http_url(url):
        return f"<code>{e(url)}</code>"
    # The link goes where the URL says: a character its text shows escaped is percent-encoded, as a browser
    # would send it (a `\` of the escape would be a path separator to the browser).
    href = "".join(c if c.isprintable() else quote(c) for c in url)
    return f'<a href="{e(href)}" rel="noopener noreferrer" target="_blank"><code>{e(url)}</code></a>'


def _facts(rows: Iterable[tuple[str, str]]) -> str:
    items = "".join(f"<dt>{e(name)}</dt><dd>{value}</dd>" for name, value in rows)
    return f'<dl class="facts">{items}</dl>'


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _size(count: int) -> str:
    value = float(count)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{count} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{count} bytes"


# --- the header of one run -----------------------------------------------------------------------------


def _read_from(view: LedgerView) -> str:
    """Where the WARC files were read, when not where the ledger names them."""
    if view.archive_dir is None:
        return ""
    return f" (found by name in <code>{e(view.archive_dir)}</code>, --archive-dir, each proved by its hash)"


def _verification_banner(view: LedgerView) -> str:
    result = view.verification
    verify = f"provenance verify {view.ledger}" + (
        f" --archive-dir {view.archive_dir}" if view.archive_dir is not None else ""
    )
    if result is None:
        return (
            '<p class="banner note">Written by the run it shows; not re-verified by this view. '
            f"<code>{e(verify)}</code> re-checks the chain and every WARC file.</p>"
        )
    # A verdict of a moment: the ledger and its files may change after it.
    when = f" at {e(view.verified_at)} (UTC)" if view.verified_at else ""
    if result.intact:
        # Not compared: absent, or not read (outside the ledger's folder, unreadable: a warning says so).
        report = "the report's hash checked" if result.report_checked else "the report NOT compared"
        if result.notes_compared:
            report += " and its notes compared with the last run's footnote lines"
        # What verify could not check (and `verify --strict` counts as problems) is said here, not only on
        # verify's stderr: the page said "verified intact" beside a report never compared, runs moved, or a
        # run no seal covers, in silence.
        unchecked = "".join(f"<li>{e(warning)}</li>" for warning in result.warnings)
        return (
            f'<div class="banner {"note" if unchecked else "ok"}">Ledger verified intact{when}, when this '
            f"view was made: {_plural(result.lines, 'line')}, {_plural(result.warc_files, 'WARC file')}"
            f"{_read_from(view)} and {_plural(result.records, 'record')} re-hashed, "
            f"{e(report)}. Not authenticated by this page: who sealed the ledger and when are checked by "
            f"<code>{e(verify)} --trust KEY --tsa-ca CERT</code>."
            + (
                f" <strong>But {_plural(len(result.warnings), 'thing')} could not be checked</strong> "
                "(<code>verify --strict</code> counts each as a problem):"
                f'<ul class="problems">{unchecked}</ul>'
                if unchecked
                else ""
            )
            + "</div>"
        )
    problems = "".join(
        f"<li>{e(f'line {p.line}: ' if p.line else '')}{e(p.file + ': ' if p.file else '')}{e(p.message)}"
        + (
            f" (expected <code>{e(p.expected)}</code>, found <code>{e(p.actual)}</code>)"
            if p.expected
            else ""
        )
        + "</li>"
        for p in result.problems
    )
    # Every problem about the report file beside the ledger (edited after its check, the usual case) says
    # nothing of the ledger's own lines: "what it records may have been altered" of an intact chain and
    # intact evidence sent a reviewer looking for a forgery where a report had been edited.
    # So is a byte order mark an editor put before the first line (verify reads the line without it): "may
    # have been altered" of it, in a banner naming it only in its list, read as a forgery's.
    codes = {p.code for p in result.problems}
    as_recorded = not result.more_problems and all(c.startswith("report-") or c == _BOM for c in codes)
    said = "What it records below may have been altered."
    if as_recorded:
        said = ""
        if _BOM in codes:
            said += (
                "The ledger file begins with a byte order mark, which <code>check</code> never writes: it "
                "was converted (saved by an editor) after it was written, and is read without it. "
            )
        if any(c.startswith("report-") for c in codes):
            said += (
                "The report is not the one the last run checked (changed since): what the ledger records "
                "below is of the report as it was then. "
            )
        said += "Its lines and evidence re-hashed as recorded."
    return (
        f'<div class="banner bad"><strong>This ledger did not verify{when}: '
        f"{_plural(result.problem_count, 'problem')}.</strong> {said}"
        + (
            f" The first {len(result.problems)} are listed."
            if result.problem_count > len(result.problems)
            else ""
        )
        + f'<ul class="problems">{problems}</ul></div>'
    )


_BOM = "byte-order-mark"  # verify's code for a byte order mark before the first line


def _counts(
    footnotes: Sequence[FootnoteLine],
    altered: Collection[int] = (),
    all_listed: bool = True,
    unmatched: str | None = None,
) -> str:
    """`altered`: the places in the run (1-based) of the footnotes the view's re-verification found a problem
    with, among the problems it listed (`all_listed`: it listed every problem it found); `unmatched`: why
    none could be placed (`unmatched_run`)."""
    tally: Counter[str] = Counter(f.status for f in footnotes)
    spans = "".join(
        f'<span><span class="badge status-{e(status)}">{e(status)}</span> {tally[status]}</span>'
        for status in _STATUSES
        if tally[status]
    )
    # The run's count is the one its lines record; a reviewer reads it first, so one that counts as verified
    # lines whose checks say otherwise says so there too, not only beside each line's badge.
    contradicted = sum(1 for footnote in footnotes if contradicting_checks(footnote))
    uncaptured = sum(1 for footnote in footnotes if verified_of_nothing_captured(footnote))
    unsupported = (
        f" <strong>({contradicted} of the verified recorded beside checks that say otherwise)</strong>"
        if contradicted
        else ""
    )
    if uncaptured:
        unsupported += f" <strong>({uncaptured} of the verified recorded with nothing captured)</strong>"
    misstated = sum(1 for footnote in footnotes if status_misstated(footnote) is not None)
    if misstated:
        unsupported += (
            f" <strong>({misstated} recorded with a status their own checks do not add up to)</strong>"
        )
    damaged = sum(1 for place in altered if footnotes[place - 1].status == "verified")
    if damaged:
        said = f"{damaged} of the verified with a problem verify found in its line or evidence"
        if not all_listed:  # the others' problems may be among those verify counted but did not list
            said = f"at least {said}"
        unsupported += f" <strong>({said})</strong>"
    if unmatched:
        unsupported += f" <strong>({e(unmatched)})</strong>"
    return f'<p class="counts">{_plural(len(footnotes), "footnote")}: {spans}{unsupported}</p>'


def _after_runs(view: LedgerView) -> list[tuple[str, str]]:
    """The seals and recorded verifications that follow the run, as rows of its header: each as the ledger
    records it. This page judges none of them: a seal by what `verify` found when the page was made (never
    who holds the key or which TSA signed: that takes `verify --trust`/`--tsa-ca`), a verify line as someone's
    word, unsealed unless a seal follows it."""
    after = view.recorded.after
    judged = _judged_seals(view)
    run_end = _run_end(view)
    covered_after = _covered_by_later_seals(after, judged)
    rows = []
    for index, line in enumerate(after):
        number = line.seq + 1
        if isinstance(line, SignatureLine):
            rows.append(
                (
                    "signed (as recorded)",
                    f'by key <span class="mono">{e(line.public_key)}</span> ({e(line.algorithm)}) '
                    f"at {e(line.at)}, line {number}: "
                    f"{_seal_judgement(judged, number, view, 'signature', run_end)}",
                )
            )
        elif isinstance(line, TimestampLine):
            rows.append(
                (
                    "timestamped (as recorded)",
                    f"{e(line.gen_time)}{_token_facts(judged.get(number))} by {_link(line.tsa)}, "
                    f"line {number}: {_seal_judgement(judged, number, view, 'timestamp', run_end)}",
                )
            )
        else:
            later, covered = covered_after[index]
            rows.append(
                (
                    "verification (as recorded)",
                    f"<q>{e(line.verdict)}</q>{_verified_without(line)}, says {e(line.operator)} on "
                    f"{e(line.host)} at {e(line.at)}, line {number}: their word, not checked by this page"
                    + (
                        "; a later seal covers the line"
                        if covered
                        else "; <strong>unsealed</strong>: the seals after it seal only lines before it: "
                        "anyone could have written it"
                        if later
                        else "; <strong>unsealed</strong>: no seal follows it: anyone could have written it"
                    ),
                )
            )
    return rows


def _covered_by_later_seals(
    after: Sequence[SignatureLine | TimestampLine | VerifyLine], judged: dict[int | None, SealResult]
) -> list[tuple[bool, bool]]:
    """For each line after a run: whether a seal follows it, and whether one that follows it covers it (one
    verify did not judge is taken to, as it stands after it; one over an earlier line's head, verify's
    `sealed_through`, does not). One pass from the end: a forged run of many verify lines and seals is
    linear, not a pass over the lines after each."""
    found: list[tuple[bool, bool]] = [(False, False)] * len(after)
    any_seal, reach = False, 0  # the furthest line a seal after the line seals
    for index in range(len(after) - 1, -1, -1):
        line = after[index]
        found[index] = (any_seal, reach >= line.seq + 1)
        if isinstance(line, SignatureLine | TimestampLine):
            seal = judged.get(line.seq + 1)
            any_seal = True
            reach = max(reach, line.seq if seal is None else _sealed_up_to(seal))
    return found


def _lines_between(first: int, last: int) -> str:
    return f"line {first}" if first == last else f"lines {first} to {last}"


def _judged_seals(view: LedgerView) -> dict[int | None, SealResult]:
    """The seals the view's re-verification kept as judged, by line, in line order: the first of each kind and
    the last one past them (the seal over the latest runs)."""
    verification = view.verification
    if verification is None:
        return {}
    seals = sorted(
        (*verification.seals, *verification.last_seals_not_listed), key=lambda seal: seal.line or 0
    )
    return {seal.line: seal for seal in seals}


def _run_end(view: LedgerView) -> int:
    """The ledger line of the run's last line (its summary, when it has one): what a seal must seal to cover
    the run."""
    recorded = view.recorded
    summary = (recorded.summary,) if recorded.summary else ()
    last: int = max(line.seq for line in (recorded.run, *recorded.footnotes, *recorded.locates, *summary))
    return last + 1


def _sealed_up_to(seal: SealResult) -> int:
    """The last line `seal` seals: the line before it, or the earlier line whose head its prev names (lines
    were put between them since: `sealed_through`), which the lines after that one are not sealed by."""
    return seal.sealed_through or (seal.line or 1) - 1


def _verified_without(line: VerifyLine) -> str:
    """What a recorded verification says it did not check, or checked elsewhere than the ledger names."""
    said = []
    if line.options.get("report_compared") is False:
        said.append("<strong>the report not compared</strong>")
    archive_dir = line.options.get("archive_dir")
    if isinstance(archive_dir, str):
        said.append(f"the WARCs read from <code>{e(archive_dir)}</code>")
    return f" ({'; '.join(said)})" if said else ""


def _sealed_later(view: LedgerView) -> list[tuple[str, str]]:
    """For a run no seal that covers it follows directly, the first seal after a later run that covers it, as
    the view's re-verification judged it: it seals every line before it, this run's too, or, its prev the head
    of an earlier line (`sealed_through`), the lines up to that one, if they hold this run's. Without it the
    page of an earlier run named no seal, and read as unsealed, beside a later signature that vouches for it.
    The first such seal that verifies over the lines as they are now is named, else the first one (that it
    does not verify is said). A seal over an earlier run's head, after this one, seals none of it: said
    "sealed later", or "it matches lines 1 to N" of every line before it, it claimed lines nobody sealed."""
    recorded = view.recorded
    verification = view.verification
    if verification is None:
        return []
    run_end = _run_end(view)
    judged_all = _judged_seals(view)
    # A seal right after the run that covers it is named there; one verify did not list, there too, as such.
    # One over an earlier line's head (`sealed_through`) seals none of this run: a later one may.
    if any(
        (number := line.seq + 1) not in judged_all or _sealed_up_to(judged_all[number]) >= run_end
        for line in recorded.after
        if isinstance(line, SignatureLine | TimestampLine)
    ):
        return []
    end = max((run_end, *(line.seq + 1 for line in recorded.after)))
    later = [
        seal
        for seal in judged_all.values()
        if seal.line is not None and seal.line > end and _sealed_up_to(seal) >= run_end
    ]
    sound = [seal for seal in later if seal.status != "invalid" and seal.chain_broken_at is None]
    if not later:
        return []
    seal = (sound or later)[0]
    judged: dict[int | None, SealResult] = {seal.line: seal}
    what = "a signature" if seal.kind == "signature" else "a timestamp"
    sealed = (
        f"lines 1 to {seal.sealed_through}" if seal.sealed_through is not None else "every line before it"
    )
    return [
        (
            "sealed later",
            f"by {what} after a later run, line {seal.line}, which seals {sealed}, this run's too: "
            f"{_seal_judgement(judged, seal.line or 0, view, seal.kind)}",
        )
    ]


def _token_facts(seal: SealResult | None) -> str:
    """A timestamp's accuracy, serial number and signing certificate, as verify read them from its token."""
    if seal is None or seal.token_serial is None:
        return ""
    accuracy = e(seal.accuracy) if seal.accuracy else "no accuracy stated"
    signer = (
        f', signing certificate SHA-256 <span class="mono">{e(seal.tsa_certificate_sha256)}</span>'
        if seal.tsa_certificate_sha256
        else ""
    )
    return f" ({accuracy}, token serial {e(seal.token_serial)}{signer})"


def _seal_judgement(
    judged: dict[int | None, SealResult],
    number: int,
    view: LedgerView,
    kind: SealKind,
    run_end: int | None = None,
) -> str:
    """What verify found of the seal on line `number`; `run_end`: the last line of the run it follows, which
    a seal over an earlier line's head (`sealed_through`) is said not to seal."""
    seal = judged.get(number)
    unlisted = view.verification.more_seals.get(kind) if view.verification else None
    if seal is None and unlisted:
        # verify keeps the first seals of a kind one by one and only counts the rest: say what it counted.
        counted = ", ".join(f"{count} {status}" for status, count in sorted(unlisted.items()))
        said = (
            f"past the first {MAX_SEALS_LISTED} {kind}s, which are judged one by one: this page does not say "
            f"whether this one verifies; of those past them, verify counted {counted}"
        )
        return f"<strong>{e(said)}</strong>" if "invalid" in unlisted else e(said)
    if seal is None:
        return f"not checked by this page (<code>provenance verify {e(view.ledger)}</code> checks it)"
    through = _sealed_up_to(seal)
    # Its prev names the head of an earlier line than the one before it: the lines between are not sealed.
    between = (
        f"; <strong>it does not seal {_lines_between(through + 1, number - 1)}"
        + (", this run's among them" if run_end is not None and run_end > through else "")
        + f"</strong>: its prev is the head of line {through}, and they were put between them since"
        if seal.sealed_through is not None
        else ""
    )
    if seal.status == "invalid":
        return f"<strong>DOES NOT VERIFY</strong>: {e(seal.detail)}"
    if seal.chain_broken_at is not None:
        return (
            f"<strong>it no longer matches lines 1 to {through}</strong>: the chain breaks at line "
            f"{seal.chain_broken_at} (a line changed, removed or inserted since it was sealed); it holds "
            "only for the head it names, "
            f'<span class="mono">{e(seal.sealed_head)}</span>{between}'
        )
    what = "whose key it is" if seal.kind == "signature" else "which TSA signed it"
    option = "--trust KEY" if seal.kind == "signature" else "--tsa-ca CERT"
    modified = modifications_said(seal.detail) if seal.kind == "timestamp" else ""
    return (
        f"it matches lines 1 to {through}{between}; {what} was not checked "
        f"(<code>provenance verify {e(view.ledger)} {option}</code> checks it)"
        + (f"; {e(modified)}" if modified else "")
    )


def _run_times(run: RunLine, seconds: float | None) -> tuple[str, str]:
    """When the run began and ended, in UTC. The run line's own `at` is when it was written, after the
    captures (it is sealed once the run ends): shown alone as "run at", it read as a start later than the
    captures' own."""
    took = f", took {seconds:.1f} s" if seconds is not None else ""
    if run.started_at is None:  # a ledger from before runs recorded their start
        return ("run line written", f"{e(run.at)}{took}")
    finished = f", finished {e(run.finished_at)}" if run.finished_at else ""
    return ("run", f"started {e(run.started_at)}{finished} (UTC){took}")


def _run_header(view: LedgerView, altered: Collection[int] = ()) -> str:
    recorded = view.recorded
    run = recorded.run
    summary = recorded.summary
    rows = [
        ("report", f"<code>{e(run.report.path)}</code> ({e(run.report.format.value)})"),
        ("report SHA-256", f'<span class="mono">{e(run.report.sha256)}</span>'),
        _run_times(run, summary.seconds if summary else None),
        ("operator", f"{e(run.operator)} on {e(run.host)}"),
        ("tool", f"{e(run.tool.name)} {e(run.tool.version)}"),
        ("ledger", f"<code>{e(view.ledger)}</code>, run {view.run_number} of {view.runs_in_ledger}"),
        ("run head", f'<span class="mono">{e(recorded.head)}</span>'),
        ("ledger head", f'<span class="mono">{e(view.ledger_head or "none")}</span>'),
    ]
    if run.software:
        rows.append(("software", e(", ".join(f"{name} {version}" for name, version in run.software.items()))))
    # Beside every "IP address" below: the operator may have chosen that address, or the TLS trust.
    rows += [("route", f"<strong>{e(note)}</strong>") for note in route_notes(run.options)]
    if summary is None:
        rows.append(("summary", "<strong>missing: this run was never closed</strong>"))
    rows += _after_runs(view) + _sealed_later(view)
    later = ""
    if view.run_number < view.runs_in_ledger:
        later = (
            f'<p class="banner note">A later run of this report exists in the ledger '
            f"({_plural(view.runs_in_ledger - view.run_number, 'run')} after this one).</p>"
        )
    findings = "".join(
        f"<li>{e(f'line {f.line}: ' if f.line else '')}{e(f.message)}</li>" for f in run.findings
    )
    findings_html = f"<h3>About the report</h3><ul>{findings}</ul>" if findings else ""
    return (
        f'<section class="run"><h2>{e(run.report.path)}</h2>{_facts(rows)}'
        + _counts(
            recorded.footnotes,
            altered,
            _all_known(view),
            unmatched_run(view),
        )
        + f"{_verification_banner(view)}{later}{findings_html}</section>"
    )


# --- one footnote --------------------------------------------------------------------------------------


def _citation(citation: Citation) -> str:
    fields = citation.model_dump(mode="json", exclude_none=True)
    if not fields:
        return '<p class="muted">Nothing could be read from this footnote.</p>'
    rows = [(name, _link(value) if name == "url" else e(value)) for name, value in fields.items()]
    return _facts(rows)


def _compared(check: CheckResult) -> str:
    parts = [
        f"{name}: <q>{e(value)}</q>"
        for name, value in (("cited", check.cited), ("found", check.found))
        if value
    ]
    return f'<br><span class="muted">{" · ".join(parts)}</span>' if parts else ""


def _checks(checks: Sequence[CheckResult]) -> str:
    rows = "".join(
        f'<tr><td class="name">{e(check.name)}</td>'
        f'<td class="status check-{e(check.status)}">{e(check.status)}</td>'
        f"<td>{e(check.detail)}{_compared(check)}</td></tr>"
        for check in checks
    )
    return f'<table class="checks">{rows}</table>'


def _place(line: int, location: str | None) -> str:
    """Where a note or passage is, as its reader finds it: a PDF's `page 9, line 14` or a DOCX's paragraph
    (`line 412` there was a line counted through the whole PDF, or a paragraph's number), else its line."""
    return e(location) if location else f"line {line}"


def _contexts(footnote: FootnoteLine) -> str:
    if not footnote.contexts:
        return '<p class="muted">No passage of the report points to this footnote.</p>'
    return "".join(
        f'<p class="where">{_place(context.line, context.location)}</p>'
        f"<blockquote>{mark_quotes(context.text, context.quotes)}"
        "</blockquote>"
        for context in footnote.contexts
    )


def _capture(
    capture: Capture | None, link: str | None, connect_to: Sequence[str] = (), moved_to: str | None = None
) -> str:
    """The capture's facts; its WARC linked at `link` (from the page's folder), and, when the evidence moved
    (`moved_to`, the --archive-dir given), named where it was read as well as where the ledger names it."""
    if capture is None:
        return '<p class="muted">Nothing was fetched.</p>'
    address = e(capture.ip or "unknown")
    rule = connect_to_rule_for(connect_to, capture.final_url or capture.url) if connect_to else None
    if rule is not None:
        address += (
            f" <strong>through --connect-to {e(rule)}</strong>: an address the operator chose, not one the "
            "host's name leads to"
        )
    # A relative URL, not a path: a folder named `case #12` or `50%` would otherwise end the path early.
    warc_href = quote(capture.warc if link is None else link)
    # A ledger's `//host/share/a.warc.gz` is a network-path reference to a browser: from a page on disk, a
    # request to that host (a Windows share, which is sent the user's credentials). The path on this disk it
    # names, `/host/share/a.warc.gz`, with one slash.
    if warc_href.startswith("//"):
        warc_href = "/" + warc_href.lstrip("/")
    rows = [
        ("URL", _link(capture.url)),
        ("final URL", _link(capture.final_url)),
        ("HTTP status", e(capture.http_status if capture.http_status is not None else "no answer")),
        ("started", e(capture.started_at)),
        ("finished", e(capture.finished_at)),
        ("IP address", address),
        (
            "WARC file",
            f'<a href="{e(warc_href)}"><code>{e(capture.warc)}</code></a>' + _moved(capture, moved_to),
        ),
        ("WARC SHA-256", f'<span class="mono">{e(capture.warc_sha256)}</span>'),
        (
            "body",
            e(_size(capture.bytes))
            + (f", <strong>cut ({e(capture.truncation)})</strong>" if capture.truncated else ""),
        ),
    ]
    if len(capture.redirects) > 1:
        rows.append(("redirects", "<br>".join(_link(url) for url in capture.redirects)))
    if capture.tls is not None and capture.tls.certificate_sha256:
        rows.append(
            (
                "TLS",
                f"{e(capture.tls.version or '')} certificate of {e(capture.tls.subject or 'unknown')} "
                f'<span class="mono">{e(capture.tls.certificate_sha256)}</span>',
            )
        )
    if capture.error:
        rows.append(("error", e(capture.error)))
    rows += [
        (
            f"{attachment.kind}",
            f"{e(attachment.content_type)}, {e(_size(attachment.bytes))}, made {e(attachment.made_at)}, "
            f'SHA-256 <span class="mono">{e(attachment.sha256)}</span>',
        )
        for attachment in capture.attachments
    ]
    if capture.browser is not None:
        browser = capture.browser
        rows.append(
            (
                "browser",
                f"Chromium {e(browser.chromium or 'unknown')}, viewport {e(browser.viewport)}, "
                f"{_plural(browser.requests, 'request')} made by the page",
            )
        )
        # What the browser could not do or did by itself: the screenshot beside these rows may show another
        # page than the one captured ("went on by itself"), or be cut, and the DOM may not have been kept.
        notes = "".join(f"<li>{e(note)}</li>" for note in browser.notes)
        if notes:
            rows.append(("browser notes", f"<ul>{notes}</ul>"))
        refused = "".join(f"<li>{e(r.method)} {_link(r.url)}: {e(r.error)}</li>" for r in browser.refused)
        if browser.refused_count:
            rows.append(("refused", f"{browser.refused_count}<ul>{refused}</ul>"))
    transformations = "".join(
        f"<li>{e(t.step)} of <code>{e(t.uri)}</code>{' (stored)' if t.stored else ''}: {e(t.detail)}</li>"
        for t in capture.transformations
    )
    if transformations:
        rows.append(("transformations", f"<ul>{transformations}</ul>"))
    return _facts(rows)


def _moved(capture: Capture, moved_to: str | None) -> str:
    if moved_to is None:
        return ""
    found = PurePath(moved_to) / PurePath(capture.warc).name
    return f", read by its name from <code>{e(found)}</code> (--archive-dir)"


def _source(source: SourcePost | None, quotes: Sequence[str]) -> str:
    """What the source says, as its extractor read it, with the report's quoted words marked where found."""
    if source is None:
        return ""
    published: object = None
    if source.published is not None:
        published = source.published.date().isoformat() if source.published_day_only else source.published
    rows = [
        (name, e(value))
        for name, value in (
            ("author", source.author),
            ("handle", f"@{source.handle}" if source.handle else None),
            ("publisher", source.publisher),
            ("published", published),
            ("title", source.title),
            ("language", source.language),
        )
        if value
    ]
    if source.problem:
        rows.insert(0, ("problem", f"<strong>{e(source.problem)}</strong> {e(source.problem_detail or '')}"))
    if source.partial:
        rows.insert(0, ("partial", f"<strong>{e(source.partial)}</strong> {e(source.partial_detail or '')}"))
    if source.memento_url:
        archived = f"archived copy {_link(source.memento_url)} {e(source.memento_datetime or '')}"
        rows.append(("read from", archived))
    searched, unsearched = searched_quotes(quotes)
    found = [q for q in searched if q in source.text]
    as_written, missing = _found_as_the_source_writes_it(
        [q for q in searched if q not in source.text], source
    )
    text = (
        f'<blockquote class="source-text">{mark_quotes(source.text, found)}</blockquote>'
        if source.text
        else '<p class="muted">No text could be read from the source.</p>'
    )
    if as_written:
        items = "".join(f"<li><q>{e(q)}</q>: <q>{e(excerpt)}</q></li>" for q, excerpt in as_written)
        text += (
            "<p>Quoted in the report and found in this text as the quote check reads it (case, quote marks, "
            "dashes, line breaks and words left out at an ellipsis aside), not marked above:</p>"
            f"<ul>{items}</ul>"
        )
    not_found = "".join(f"<li><q>{e(q)}</q></li>" for q in missing)
    if missing:
        text += f"<p>Quoted in the report but not found verbatim in this text:</p><ul>{not_found}</ul>"
    if unsearched:
        text += (
            f"<p><strong>{_plural(unsearched, 'more quoted passage')} of this footnote not searched for in "
            f"this text by this page</strong>: it searches for the first {MOST_QUOTES_SEARCHED} (a passage "
            "quotes a few).</p>"
        )
    return f"<h3>What the source says</h3>{_facts(rows)}{text}"


def _found_as_the_source_writes_it(
    quotes: Sequence[str], source: SourcePost
) -> tuple[list[tuple[str, str]], list[str]]:
    """Of quotes not in the source's text as they stand, those the quote check finds word for word (its
    case, quote marks, dashes and spacing aside: `We won't` in a page's `we won` and a curly apostrophe),
    each with the source's own words around it; and the rest. Listed as "not found verbatim", such a quote
    stood beside the `quote: pass` that found it."""
    if not quotes or not source.text:
        return [], list(quotes)
    from provenance.checks.matching import find_quote  # only for a view of a quote not found as it stands

    as_written: list[tuple[str, str]] = []
    missing: list[str] = []
    for quote_text in quotes:
        match = find_quote(quote_text, source.text)
        if match is not None and match.verbatim and match.caution is None:
            as_written.append((quote_text, match.excerpt))
        else:
            missing.append(quote_text)
    return as_written, missing


def _archive(archive: MementoLookup | None) -> str:
    if archive is None:
        return ""
    if archive.memento_url:
        rows = [
            ("copy", _link(archive.memento_url)),
            ("archived at", e(archive.memento_datetime or "unknown")),
            ("kept in the WARC", "yes" if archive.captured else "no"),
        ]
    else:
        rows = [("copy", e(archive.error or f"none found (HTTP {archive.http_status})"))]
    return f"<h3>Archived copy</h3>{_facts([*rows, ('asked', _link(archive.timegate))])}"


def _search_pages(search: LocateLine, view: LedgerView) -> str:
    """The WARC of the search pages `locate` fetched, linked where it is (a locate run's only evidence)."""
    capture = search.capture
    if capture is None:
        return ""
    link = view.warc_links.get(capture.warc, capture.warc)
    href = quote(link)
    if href.startswith("//"):  # as `_capture`: a network-path reference leads a browser to another host
        href = "/" + href.lstrip("/")
    return (
        f'<p>Search pages captured in <a href="{e(href)}"><code>{e(capture.warc)}</code></a>'
        f"{_moved(capture, view.archive_dir)}, SHA-256 "
        f'<span class="mono">{e(capture.warc_sha256)}</span>.</p>'
    )


def _located(search: LocateLine | None, view: LedgerView) -> str:
    """Posts a later `provenance locate` proposed: leads for a person to confirm, never verification."""
    if search is None:
        return ""
    rows = [
        (
            "searched",
            f"{e(search.at)}: {e(', '.join(search.speakers) or 'no speaker named')}"
            f", {_plural(search.window, 'day')} each side of {e(search.date or 'no date')}",
        ),
    ]
    items = "".join(
        f"<li>{_link(c.url)} score <strong>{c.score:.2f}</strong> {e(c.account)}, "
        f"{e(c.posted_at or 'no time')}, via {e(c.via)}"
        f"<blockquote>{mark_quotes(c.excerpt, search.quotes)}</blockquote></li>"
        for c in search.candidates
    )
    found = f"<ol>{items}</ol>" if items else '<p class="muted">No candidate post was found.</p>'
    return (
        "<h3>Candidates from provenance locate</h3>"
        '<p class="muted">Not verified: a person confirms one, gives it with --citations, and checks again.'
        " The score ranks the candidates against the note (quote, speaker, date, order), 0 to 1: it is not "
        "the probability that a post is the one cited.</p>"
        f"{_facts(rows)}{found}{_search_pages(search, view)}"
    )


def _screenshot(png: bytes | None, label: str) -> str:
    if png is None:
        return ""
    data = base64.b64encode(png).decode("ascii")
    return (
        f'<h3>Screenshot</h3><img class="screenshot" alt="screenshot of the source of footnote [{e(label)}]" '
        f'src="data:image/png;base64,{data}">'
    )


def _unsupported(footnote: FootnoteLine) -> str:
    """Beside the badge of a line that records `verified` beside checks that say otherwise, or with nothing
    captured, and of a line whose status its own checks do not add up to (`ledger.statuses`)."""
    against = contradicting_checks(footnote)
    said = []
    if against:
        named = ", ".join(f"{check.name}: {check.status}" for check in against)
        said.append(
            f"<strong>the ledger records verified, but its own checks say otherwise ({e(named)})</strong>"
        )
    if verified_of_nothing_captured(footnote):
        said.append("<strong>the ledger records verified, but nothing captured</strong>")
    misstated = status_misstated(footnote)
    if misstated is not None:
        said.append(
            f"<strong>the ledger records {e(footnote.status)}, but its own checks do not add up to it "
            f"({e(misstated)})</strong>"
        )
    return " ".join(said)


def _run_line(view: LedgerView) -> int | None:
    """The ledger line of the view's run line, as the view's re-verification read it; None when it read other
    runs than the view counts (no line is known for sure) or counted the run without listing it.

    verify lists the first and the last runs of a ledger (`verdict.RUNS_LISTED_FIRST`, `RUNS_LISTED_LAST`)
    and counts those between (`runs_not_listed`): matched by their count alone, the runs of a ledger of more
    than both marked no card of its last run, though verify had listed that run and every problem in it."""
    verification = view.verification
    if verification is None:
        return None
    listed = verification.run_evidence
    between = verification.runs_not_listed
    skipped = between.runs if between is not None else 0
    if len(listed) + skipped != view.runs_in_ledger:
        return None  # the runs verify read are not the runs this view counts
    index = view.run_number - 1
    first = len(listed) if between is None else bisect.bisect_left(listed, between.first_line, key=_line_of)
    if index < first:
        return listed[index].line
    if index < first + skipped:
        return None  # counted among the runs between, not listed
    return listed[index - skipped].line


def _line_of(run: RunEvidence) -> int:
    return run.line


def unmatched_run(view: LedgerView) -> str | None:
    """Why the cards of the view's run cannot say which of them the re-verification found a problem with, when
    it found any: said beside the run's count, as the cards' silence read as "no problem here"."""
    verification = view.verification
    if verification is None or not (verification.problems or verification.unlike_report):
        return None
    if not view.recorded.footnotes or _run_line(view) is not None:
        return None
    between = verification.runs_not_listed
    listed = len(verification.run_evidence)
    if between is not None and listed + between.runs == view.runs_in_ledger:
        first = bisect.bisect_left(verification.run_evidence, between.first_line, key=_line_of)
        said = (
            f"verify lists the first {first:,} and the last {listed - first:,} runs of this ledger by line "
            f"and counts the {between.runs:,} between, this run among them"
        )
    else:
        said = (
            f"verify read {_plural(listed + (between.runs if between else 0), 'run')} in this ledger where "
            f"this page reads {view.runs_in_ledger:,} (a line one of them read as a run the other could not)"
        )
    return (
        f"{said}: which of these footnotes the problems it found name is not known here, and no card is "
        "marked; the banner below lists the problems by ledger line"
    )


def altered_footnotes(view: LedgerView) -> dict[int, list[str]]:
    """What the view's re-verification found wrong with each footnote of its run, by the footnote's place in
    the run (1-based): the problems it listed that name the footnote's ledger line (a run's footnote lines
    follow its run line), but for one with the link to the line before, which names the line after the one
    that changed. Of the ledger's last run, also what verify found of each footnote line whatever it listed
    (`Verification.footnotes`): a ledger of many runs naming a damaged WARC filled verify's list of the
    first 100 problems with the earlier runs' lines, and the last run's card said "verified" alone."""
    verification = view.verification
    run_line = _run_line(view)
    if verification is None or run_line is None:
        return {}
    altered: dict[int, list[str]] = {}
    for problem in verification.problems:
        if problem.line is None or problem.code in LINK_PROBLEMS:
            continue
        place = problem.line - run_line
        if 1 <= place <= len(view.recorded.footnotes):
            altered.setdefault(place, []).append(problem.message)
    if _is_last_run(view, run_line):
        for footnote in verification.footnotes:
            place = footnote.line - run_line
            if footnote.evidence == "damaged" and 1 <= place <= len(view.recorded.footnotes):
                altered.setdefault(place, []).extend(footnote.problems)
    return altered


def _is_last_run(view: LedgerView, run_line: int | None) -> bool:
    """Whether the view's run (its run line `run_line`) is the last one verify read, whose footnote lines it
    keeps each with what it found (`Verification.footnotes`)."""
    verification = view.verification
    return (
        verification is not None
        and run_line is not None
        and bool(verification.run_evidence)
        and verification.run_evidence[-1].line == run_line
    )


def _all_known(view: LedgerView) -> bool:
    """Whether every footnote of the view's run that verify found a problem with is known: it listed every
    problem it found, or the run is its last, each of whose footnote lines it kept with its problems."""
    verification = view.verification
    if verification is None or not verification.more_problems:
        return True
    return _is_last_run(view, _run_line(view)) and len(verification.footnotes) >= len(view.recorded.footnotes)


def footnotes_unlike_report(view: LedgerView) -> dict[int, str]:
    """What the view's re-verification found each footnote line of its run to record otherwise than the
    report, unchanged, reads (a warning, `Verification.unlike_report`), by the footnote's place in the run:
    only the last check run's lines are compared, so only its view has any."""
    verification = view.verification
    if verification is None or not verification.unlike_report:
        return {}
    run_line = _run_line(view)
    if run_line is None:
        return {}
    return {
        line - run_line: said
        for line, said in verification.unlike_report.items()
        if 1 <= line - run_line <= len(view.recorded.footnotes)
    }


def _unlike_report(said: str | None) -> str:
    if not said:
        return ""
    return (
        f"<strong>its ledger line records {e(said)} (the report with the hash the run recorded): "
        "rewritten since the run, or the report read otherwise by the version of provenance that made it; "
        "only a seal tells</strong>"
    )


def _altered(problems: Sequence[str]) -> str:
    if not problems:
        return ""
    said = "; ".join(dict.fromkeys(problems))
    return f"<strong>verify found a problem with this footnote's ledger line or evidence: {e(said)}</strong>"


def _footnote(
    index: int,
    footnote: FootnoteLine,
    view: LedgerView,
    altered: Sequence[str] = (),
    unlike_report: str | None = None,
) -> str:
    status = footnote.status
    findings = "".join(
        f"<li>{e(f'line {f.line}: ' if f.line else '')}{e(f.message)}</li>" for f in footnote.findings
    )
    capture = footnote.capture
    left = (
        f"<h3>Citation</h3>{_citation(footnote.citation)}"
        + (f"<h3>Findings</h3><ul>{findings}</ul>" if findings else "")
        + f"<h3>Checks</h3>{_checks(footnote.checks)}"
        + f"<h3>Citing passages</h3>{_contexts(footnote)}"
    )
    quotes = [quoted for context in footnote.contexts for quoted in context.quotes]
    rules = connect_to_rules(view.recorded.run.options)
    link = view.warc_links.get(capture.warc) if capture is not None else None
    right = (
        f"<h3>Capture</h3>{_capture(capture, link, rules, view.archive_dir)}"
        + _screenshot(view.screenshots.get(footnote.label), footnote.label)
        + _source(footnote.source, quotes)
        + _archive(footnote.archive)
        + _located(view.located.get(footnote.label), view)
    )
    return (
        f'<article class="footnote status-{e(status)}" id="r{view.run_number}-fn{index}" '
        f'data-status="{e(status)}" data-label="{e(footnote.label)}">'
        f'<div class="head"><span class="badge status-{e(status)}" '
        f'title="{e(_STATUS_MEANING.get(status, ""))}">'
        f'{e(status)}</span><span class="label">[{e(footnote.label)}]</span>'
        f'<span class="where">{_place(footnote.line, footnote.location)}</span>'
        f"{_unsupported(footnote)}{_altered(altered)}{_unlike_report(unlike_report)}</div>"
        f'<p class="note-text">{e(footnote.text)}</p>'
        f'<div class="grid"><div>{left}</div><div>{right}</div></div></article>'
    )


# --- the page ------------------------------------------------------------------------------------------


def _filters(views: Sequence[LedgerView]) -> str:
    tally: Counter[str] = Counter(f.status for view in views for f in view.recorded.footnotes)
    boxes = "".join(
        f'<input type="checkbox" class="filter" id="show-{e(status)}" checked>'
        f'<label for="show-{e(status)}"><span class="badge status-{e(status)}">{e(status)}</span> '
        f"{tally[status]}</label>"
        for status in _STATUSES
    )
    return f'<span class="filters-title">Show:</span>{boxes}'


def _title(views: Sequence[LedgerView]) -> str:
    names = [PurePath(view.recorded.run.report.path).name for view in views]
    return f"Provenance ledger: {', '.join(names)}" if names else "Provenance ledger"


def _unrecorded_banner(unrecorded: Sequence[str]) -> str:
    """The reports a stopped check did not record, which the page has no run of: left unsaid, a view of a
    stopped two-report check showed the finished report alone, as if it were all that was checked."""
    if not unrecorded:
        return ""
    items = "".join(f"<li>{e(path)}</li>" for path in unrecorded)
    return (
        '<p class="banner bad"><strong>Not shown: the check was stopped</strong> (Ctrl-C, a CI step\'s time '
        "limit) before these reports' runs were written to their ledgers, which hold none of their results; "
        f'check them again.</p><ul class="problems">{items}</ul>\n'
    )


class HtmlViewFormat(LedgerFormat):
    def __init__(self, unrecorded: Sequence[str] = ()) -> None:
        self.unrecorded = tuple(unrecorded)  # the reports a stopped check did not record, by path

    def render(self, views: Sequence[LedgerView]) -> str:
        sections = []
        for view in views:
            altered, unlike = altered_footnotes(view), footnotes_unlike_report(view)
            footnotes = "".join(
                _footnote(index, footnote, view, altered.get(index, ()), unlike.get(index))
                for index, footnote in enumerate(view.recorded.footnotes, start=1)
            )
            if view.recorded.is_locate:
                footnotes = "".join(
                    f'<article class="footnote" data-label="{e(line.label)}"><div class="head">'
                    f'<span class="label">[{e(line.label)}]</span></div>{_located(line, view)}</article>'
                    for line in view.recorded.locates
                )
            empty = "" if footnotes else '<p class="muted">This run found no footnotes.</p>'
            sections.append(_run_header(view, altered) + footnotes + empty)
        title = _title(views)
        # Report and page text stands only in element text and attribute values here (the style is this
        # module's own), where a character reference is read as its character.
        return disarm_workflow_commands_markup(
            "<!DOCTYPE html>\n"
            '<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{e(content_security_policy())}">'
            '<meta name="referrer" content="no-referrer">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{e(title)}</title><style>{STYLE}</style></head>\n<body><div class="page">'
            f"<header><h1>{e(title)}</h1>"
            '<p class="muted">What each footnote cites, what was captured as evidence, and what was checked. '
            "Statuses: "
            + "; ".join(
                f"<strong>{e(s)}</strong>: {e(m)}" for s, m in _STATUS_MEANING.items() if s in _STATUSES
            )
            + ".</p></header>\n"
            # The filter checkboxes are siblings of <main>, so the `~` rules of the style can reach it.
            f"{_unrecorded_banner(self.unrecorded)}{_filters(views)}\n<main>{''.join(sections)}</main>\n"
            "<footer>Made by provenance from the ledger named above. Captured text is shown as text; "
            "this page runs no script and loads nothing from the network.</footer>"
            "</div></body></html>\n"
        )


def describe_written_view(output: str, view: LedgerView) -> str:
    """The line `show` prints: which run the page shows and what its re-verification found."""
    verification = view.verification
    if verification is None:
        verdict = ""
    elif verification.intact:
        unchecked = len(verification.warnings)
        verdict = f" (ledger intact, {_plural(unchecked, 'warning')})" if unchecked else " (ledger intact)"
    else:
        # Every problem found: verify lists only the first of them.
        verdict = f" ({verification.problem_count} problem(s) found in the ledger)"
    return f"{output}: view of run {view.run_number} of {view.runs_in_ledger}{verdict}\n"
