"""The `author` check's part for a wiki edit: the user a note credits the cited edit to (`edit by Wahlfuchs`,
`Citation.wiki_editor`) against the user the wiki's page shows as the shown revision's editor
(`fields["editor"]`, read by `extractors.wikipedia` only where the page shows the cited revision).

The note's author (`Wikipedia`, `Wikipedia contributors`) is compared as before; the edit's user is a second
claim, held to the page as the author is. The same user (case, `_` for a space and a `User:` namespace
aside) passes, naming them; another fails, naming both; a page that shows no editor of the cited revision (an
article's current page, a revision line not read) warns: a person compares. Unread, the claim left a note
crediting the edit to another user than the page shows verified on the wiki's name alone.
"""

from __future__ import annotations

from provenance.checks.interface import CheckInput
from provenance.citations.wiki_edits import wiki_user_key
from provenance.models import CheckResult, CheckStatus

# How far a result bears the claim out: the worse of the author's and the edit's is the check's.
_RANK: dict[CheckStatus, int] = {"fail": 0, "warn": 1, "pass": 2}


def with_the_cited_edit(given: CheckInput, result: CheckResult) -> CheckResult:
    """The author check's `result`, with the edit's user the note names compared with the one the page
    shows; `result` itself where the note names none, or no source was read (nothing to compare)."""
    cited = given.citation.wiki_editor
    source = given.source_read
    if cited is None or source is None:
        return result
    from provenance.extractors.wikipedia import EDITOR_FIELD  # here: only a note naming an edit's user

    edit = compare_wiki_editor(cited, source.fields.get(EDITOR_FIELD))
    if result.status == "skip":
        return edit  # the note names no author: the edit's user is its one claim
    if _RANK[edit.status] >= _RANK[result.status]:
        return result.model_copy(update={"detail": f"{result.detail}; {edit.detail}"})
    return edit.model_copy(update={"detail": f"{edit.detail}; {result.detail}"})


def compare_wiki_editor(cited: str, shown: str | None) -> CheckResult:
    """The user a note credits a wiki edit to (`cited`) against the one its page shows (`shown`, None where
    it shows none)."""
    status: CheckStatus
    if shown is None:
        status = "warn"
        detail = (
            f"the note credits the edit to {cited!r}; the page shows no editor of the cited revision: "
            "compare by hand (the page's history names each edit's user)"
        )
    elif wiki_user_key(cited) == wiki_user_key(shown):
        status, detail = "pass", f"the page shows the edit as {shown!r}'s, as the note credits it"
    else:
        status, detail = "fail", f"the note credits the edit to {cited!r}; the page shows it as {shown!r}'s"
    return CheckResult(name="author", status=status, detail=detail, cited=cited, found=shown)
