"""`provenance verify` output: a human verdict with every problem named, or one JSON document."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from provenance.escaping import escape_unprintable
from provenance.ledger.verify import Verification
from provenance.models import Problem
from provenance.outputs.json_text import indented_json
from provenance.seal.verification import SealResult
from provenance.wacz.verify import BundleVerification


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _problem_line(problem: Problem) -> str:
    where = ", ".join(
        part for part in (f"line {problem.line}" if problem.line else "", problem.file or "") if part
    )
    text = f"{where}: {problem.message}" if where else problem.message
    if problem.expected is not None or problem.actual is not None:
        text += f" (expected {problem.expected}, found {problem.actual})"
    return f"  ✗ {text}"


def render_verification_text(result: Verification, with_verdict: bool = True) -> str:
    facts = (
        f"{_count(result.lines, 'line')}, {_count(result.runs, 'run')}, "
        f"{_count(result.warc_files, 'WARC file')}, {_count(result.records, 'record')}"
        + (", report hash checked" if result.report_checked else ", report not checked")
    )
    if result.anchor_line is not None:
        after = result.lines_after_anchor
        facts += f", anchor found at line {result.anchor_line}" + (
            f", {after} line(s) after it" if after else ""
        )
    if result.intact:
        lines = [f"{result.ledger}: intact ({facts}); head {result.head}"]
    else:
        lines = [f"{result.ledger}: {result.problem_count} problem(s) found ({facts})"]
        lines += [_problem_line(problem) for problem in result.problems]
        if result.more_problems:
            lines.append(
                f"  … and {result.more_problems} more (only the first {len(result.problems)} are listed)"
            )
    lines += _evidence_lines(result)
    lines += _seal_lines(result.seals)
    if with_verdict:
        lines.append(f"verdict: {verdict(result)}")
    return "\n".join(lines) + "\n"


def _evidence_lines(result: Verification) -> list[str]:
    """Each earlier run in one line; the last run footnote by footnote, with whether its evidence holds."""
    lines = []
    for run in result.run_evidence:
        damaged = f", {run.damaged} with damaged evidence" if run.damaged else ", evidence intact"
        footnotes = _count(run.footnotes, "footnote")
        if run.command == "locate":
            footnotes += " searched"
        lines.append(
            escape_unprintable(
                f"{run.command} run at line {run.line} ({run.started_at}, operator {run.operator}): "
                f"{footnotes}{damaged if run.footnotes else ''}"
            )
        )
    label_width = max((len(footnote.label) for footnote in result.footnotes), default=0) + 2
    for footnote in result.footnotes:
        state = {"intact": "evidence intact", "damaged": "EVIDENCE DAMAGED", "none": "nothing captured"}
        label = f"[{footnote.label}]"
        line = (
            f"  {label:<{label_width}} {footnote.status:<12} {state[footnote.evidence]:<17} "
            f"{footnote.url or ''}"
        )
        lines.append(escape_unprintable(line.rstrip()))
        lines += [escape_unprintable(f"        ✗ {message}") for message in footnote.problems]
    return lines


_SEAL_STATES = {
    ("signature", "trusted"): "valid, by a --trust key",
    ("signature", "valid"): "valid; whose key it is was not checked (give --trust)",
    ("signature", "untrusted"): "valid, but NOT by a --trust key",
    ("timestamp", "trusted"): "valid, from a TSA a --tsa-ca root certifies",
    ("timestamp", "unchecked"): "its token matches; the TSA's signature was not checked (give --tsa-ca)",
}


def _seal_lines(seals: Sequence[SealResult]) -> list[str]:
    if not seals:
        return ["seals: none (the ledger is neither signed nor timestamped)"]
    lines = ["seals:"]
    for seal in seals:
        where = f"line {seal.line}" if seal.line is not None else "bundle"
        if seal.kind == "signature":
            what = f"signature by {seal.public_key}"
        else:
            tsa = f" ({seal.tsa_name})" if seal.tsa_name else ""
            what = f"timestamp {seal.gen_time} from {seal.tsa}{tsa}"
        if seal.line is not None:  # a seal vouches for its prev: the lines before it, not the ledger's head
            what += f", sealing lines 1 to {seal.line - 1}" if seal.line > 2 else ", sealing line 1"
        state = _SEAL_STATES.get((seal.kind, seal.status), f"{seal.status.upper()}: {seal.detail}")
        lines.append(escape_unprintable(f"  {where}: {what}: {state}"))
    return lines


def verdict(result: Verification) -> str:
    """One sentence: intact or not, and what the seals vouch for (who: trusted key; when: certified TSA)."""
    counts = Counter((seal.kind, seal.status) for seal in result.seals)
    said = []
    for kind in ("signature", "timestamp"):
        total = sum(n for (k, _), n in counts.items() if k == kind)
        if total:
            trusted = counts[(kind, "trusted")]
            by = "--trust key" if kind == "signature" else "--tsa-ca TSA"
            said.append(f"{_count(total, kind)}, {trusted} by a {by}")
    seals = "; ".join(said) if said else "no seals"
    if result.intact:
        return f"INTACT: every hash, the chain and every seal check out ({seals}); head {result.head}"
    return f"NOT INTACT: {result.problem_count} problem(s) ({seals})"


def render_verification_json(result: Verification) -> str:
    document = result.model_dump(mode="json")
    document["intact"] = result.intact
    document["verdict"] = verdict(result)
    document["lines_after_anchor"] = result.lines_after_anchor
    return indented_json(document)


def render_bundle_text(result: BundleVerification) -> str:
    """The bundle's own checks, the ledger inside as `render_verification_text` shows it, one verdict."""
    facts = f"{result.files_checked} files checked against datapackage.json"
    head = "intact" if not result.problems else f"{len(result.problems)} problem(s) found"
    lines = [escape_unprintable(f"{result.bundle}: {head} ({facts})")]
    lines += [_problem_line(problem) for problem in result.problems]
    if result.signature is not None:
        lines += [line.replace("  bundle: ", "bundle: ", 1) for line in _seal_lines([result.signature])[1:]]
    text = "\n".join(lines) + "\n"
    if result.ledger is not None:
        text += render_verification_text(result.ledger, with_verdict=False)
    return text + f"verdict: {bundle_verdict(result)}\n"


def bundle_verdict(result: BundleVerification) -> str:
    if result.ledger is None:
        return (
            f"NOT INTACT: no readable ledger in the bundle; {len(result.problems)} problem(s) in the bundle"
        )
    if result.intact:
        return "INTACT: every file of the bundle as listed; " + verdict(result.ledger).removeprefix(
            "INTACT: "
        )
    return (
        f"NOT INTACT: {len(result.problems)} problem(s) in the bundle, "
        f"{result.ledger.problem_count} in its ledger"
    )


def render_bundle_json(result: BundleVerification) -> str:
    document = result.model_dump(mode="json", exclude={"ledger", "package"})
    document["intact"] = result.intact
    document["verdict"] = bundle_verdict(result)
    document["ledger"] = json.loads(render_verification_json(result.ledger)) if result.ledger else None
    return indented_json(document)
