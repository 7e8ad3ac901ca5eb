"""`schema`: does the citation carry what the citation schema requires?"""

from __future__ import annotations

from provenance.checks.interface import CheckInput
from provenance.citations import validate_citation
from provenance.models import CheckResult


def check_schema(given: CheckInput) -> CheckResult:
    findings = validate_citation(given.citation)
    if not findings:
        return CheckResult(name="schema", status="pass", detail="url, platform, date and author present")
    return CheckResult(name="schema", status="fail", detail="; ".join(f.message for f in findings))
