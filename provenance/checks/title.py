"""`title`: does the cited title match the page's or the post's title (or, for a post, its opening words)?

Titles are compared fuzzily (`matching.SAME_TITLE`): a site name after the headline, case and punctuation do
not matter. Headlines are often edited after publication, so a different title is a `warn`, not a `fail`.
"""

from __future__ import annotations

from provenance.checks.interface import CheckInput
from provenance.checks.matching import SAME_TITLE, same_title
from provenance.models import CheckResult

_OPENING_CHARS = 300


def check_title(given: CheckInput) -> CheckResult:
    cited, source = given.citation.title, given.source
    if not cited:
        return CheckResult(name="title", status="skip", detail="the citation gives no title")
    if source is None or source.problem is not None:
        return CheckResult(name="title", status="skip", detail="no content captured to compare", cited=cited)
    shown = source.title or source.text[:_OPENING_CHARS] or None
    where = given.read_from
    if shown is None:
        return CheckResult(
            name="title", status="warn", detail=f"the source shows no title{where}", cited=cited
        )
    score = same_title(cited, shown)
    if score >= SAME_TITLE:
        return CheckResult(
            name="title", status="pass", detail=f"matches {shown[:100]!r}{where}", cited=cited, found=shown
        )
    return CheckResult(
        name="title",
        status="warn",
        detail=f"cited {cited!r}; the source's title is {shown[:100]!r} ({score:.0f}%){where}",
        cited=cited,
        found=shown,
    )
