"""`provenance verify` output: a human verdict with every problem named, or one JSON document."""

from __future__ import annotations

import json

from provenance.ledger.verify import Verification
from provenance.models import Problem


def _problem_line(problem: Problem) -> str:
    where = ", ".join(
        part for part in (f"line {problem.line}" if problem.line else "", problem.file or "") if part
    )
    text = f"{where}: {problem.message}" if where else problem.message
    if problem.expected is not None or problem.actual is not None:
        text += f" (expected {problem.expected}, found {problem.actual})"
    return f"  ✗ {text}"


def render_verification_text(result: Verification) -> str:
    facts = (
        f"{result.lines} lines, {result.runs} runs, {result.warc_files} WARC files, {result.records} records"
        + (", report hash checked" if result.report_checked else ", report not checked")
    )
    if result.anchor_line is not None:
        after = result.lines_after_anchor
        facts += f", anchor found at line {result.anchor_line}" + (
            f", {after} line(s) after it" if after else ""
        )
    if result.intact:
        return f"{result.ledger}: intact ({facts}); head {result.head}\n"
    lines = [f"{result.ledger}: {result.problem_count} problem(s) found ({facts})"]
    lines += [_problem_line(problem) for problem in result.problems]
    if result.more_problems:
        lines.append(
            f"  … and {result.more_problems} more (only the first {len(result.problems)} are listed)"
        )
    return "\n".join(lines) + "\n"


def render_verification_json(result: Verification) -> str:
    document = result.model_dump(mode="json")
    document["intact"] = result.intact
    document["lines_after_anchor"] = result.lines_after_anchor
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
