"""The `author` check's part for a wiki edit: the user a note credits the cited edit to (`edit by Wahlfuchs`,
`Citation.wiki_editor`) against the user the wiki's page shows as the shown revision's editor
(`fields["editor"]`, read by `extractors.wikipedia` only where the page shows the cited revision).

The note's author (`Wikipedia`, `Wikipedia contributors`) is compared as before; the edit's user is a second
claim, held to the page as the author is. The same user (case, `_` for a space and a `User:` namespace
aside) passes, naming them; another fails, naming both; a page that shows no editor of the cited revision (an
article's current page, a revision line not read) warns: a person compares. Unread, the claim left a note
crediting the edit to another user than the page shows verified on the wiki's name alone.

A diff to the article's current revision (`diff=cur&oldid=N`) shows whichever revision is current when it is
opened beside revision N, the one its link names: the current revision's user and time are not those of
the edit the note cites. A note crediting the edit to N's user (its left column's) passes; another user
warns (the diff spans edits whose users it does not show). The note's day is held to both revisions for the
`date` check (`dated_by_the_compared_revision`): read as the current revision's alone, a note citing N's day
failed. Words such a diff shows only in its left column are N's, which the current revision no longer has, not
an edit's removed lines (`in_the_compared_revision`, for the `quote` check): they pass where the note cites N,
as the date check reads it, and else warn saying the article no longer says them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from provenance.checks.interface import CheckInput
from provenance.checks.matching import find_quote
from provenance.citations.wiki_edits import calls_it_a_revision, wiki_user_key
from provenance.models import CheckResult, CheckStatus, SourcePost
from provenance.quotes import blank_quotes

# How far a result bears the claim out: the worse of the author's and the edit's is the check's.
_RANK: dict[CheckStatus, int] = {"fail": 0, "warn": 1, "pass": 2}


def with_the_cited_edit(given: CheckInput, result: CheckResult) -> CheckResult:
    """The author check's `result`, with the edit's user the note names compared with the one the page
    shows; `result` itself where the note names none, or no source was read (nothing to compare)."""
    cited = given.citation.wiki_editor
    source = given.source_read
    if cited is None or source is None:
        return result
    # here: only a note naming an edit's user
    from provenance.extractors.wikipedia import COMPARED_REVISION_FIELD, EDITOR_FIELD

    edit = compare_wiki_editor(cited, source.fields.get(EDITOR_FIELD))
    if edit.status != "pass" and COMPARED_REVISION_FIELD in source.fields:
        edit = _against_a_diff_to_the_current_revision(cited, source)
    if result.status == "skip":
        return edit  # the note names no author: the edit's user is its one claim
    if _RANK[edit.status] >= _RANK[result.status]:
        return result.model_copy(update={"detail": f"{result.detail}; {edit.detail}"})
    return edit.model_copy(update={"detail": f"{edit.detail}; {result.detail}"})


def _against_a_diff_to_the_current_revision(cited: str, source: SourcePost) -> CheckResult:
    """The user a note credits an edit to, against a diff to the article's current revision
    (`diff=cur&oldid=N`), whose current revision's user is not theirs: revision N's user (its left column)
    passes; another warns, since the diff spans edits between the two whose users the page does not show."""
    from provenance.extractors.wikipedia import (
        COMPARED_EDITOR_FIELD,
        COMPARED_REVISION_FIELD,
        EDITOR_FIELD,
        current_named_as,
    )

    older, editor = source.fields[COMPARED_REVISION_FIELD], source.fields.get(COMPARED_EDITOR_FIELD)
    link = f"the link ({current_named_as(source.url)})"
    if editor is not None and wiki_user_key(cited) == wiki_user_key(editor):
        detail = (
            f"the page shows revision {older}, which {link} compares with the current one, as "
            f"{editor!r}'s, as the note credits it"
        )
        return CheckResult(name="author", status="pass", detail=detail, cited=cited, found=editor)
    shown = source.fields.get(EDITOR_FIELD)
    detail = (
        f"the note credits the edit to {cited!r}; {link} shows the current revision as "
        f"{shown!r}'s and revision {older}, which it compares with it, as {editor!r}'s: the edits between "
        "them, whose users the page does not show, may be theirs; compare by hand"
    )
    return CheckResult(name="author", status="warn", detail=detail, cited=cited, found=shown)


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


# The zones a moment's day is read in, as the date check reads them: UTC-12 to UTC+14.
_WEST, _EAST = dt.timedelta(hours=-12), dt.timedelta(hours=14)


def dated_by_the_compared_revision(
    given: CheckInput, result: CheckResult, on_the_day: Callable[[str, dt.date], bool]
) -> CheckResult:
    """The date check's `result` for a wiki's diff to the article's current revision (`diff=cur&oldid=N`),
    whose page shows whichever revision is current when it is opened, not one fixed in time, beside revision
    N (its left column, `fields["compared revision's time"]`). The note's day passes on N's day only where
    the note cites a revision (`revision of 3 March 2024`, N's id, the edit credited to N's user); else, on
    N's day or between N's and the current one's, it warns naming both. It fails only on a day before N's or
    after the current revision's: no revision the link ever showed was made then. `on_the_day`: whether a
    time as written falls on a day, as the date check allows."""
    source, cited = given.source_read, given.citation.date
    if source is None or cited is None or result.status not in ("pass", "warn", "fail"):
        return result
    # Here: only a source read, whose extractors are loaded (with no source, none need be).
    from provenance.extractors import wikipedia
    from provenance.extractors.pages import parse_published

    older = source.fields.get(wikipedia.COMPARED_REVISION_FIELD)
    if older is None:
        return result
    shown = source.fields.get(wikipedia.REVISION_FIELD)
    which = f", {shown}," if shown is not None else ""  # a page naming none: `wgDiffNewId` left out
    link = f"the link ({wikipedia.current_named_as(source.url)})"
    current = f"{link} shows the article's current revision{which} which the next edit replaces"
    if result.status == "pass":
        return result.model_copy(update={"detail": f"{result.detail}; {current}"})
    written = source.fields.get(wikipedia.COMPARED_TIME_FIELD)
    when = parse_published(written, midnight_is_a_day=True) if written else None
    if written is None or when is None:
        detail = f"{result.detail}; {current}, which the page does not date: compare by hand"
        return result.model_copy(update={"status": "warn", "detail": detail})
    made = f"revision {older} (the link's oldid) was made {written}, as the diff's left column shows"
    if on_the_day(written, cited):
        if _cites_the_compared_revision(given, source, older):
            detail = f"the source gives {written} (revision {older}, the diff's left column), the cited day; "
            detail += f"{current}, beside it{given.read_from}"
            return result.model_copy(update={"status": "pass", "detail": detail, "found": written})
        detail = (
            f"{result.detail}; {made}, the cited day, but the note does not call what it cites a revision "
            f"(`revision of …`), and {current}: compare by hand"
        )
        return result.model_copy(update={"status": "warn", "detail": detail})
    earliest = when.at.date() - dt.timedelta(days=1) if when.day_only else (when.at + _WEST).date()
    latest = (source.published + _EAST).date() if source.published is not None else None
    if result.status == "fail" and (cited < earliest or (latest is not None and cited > latest)):
        return result.model_copy(update={"detail": f"{result.detail}; nor is it the day {made}"})
    detail = f"{result.detail}; {made}; {current}, which was another before it: compare by hand"
    return result.model_copy(update={"status": "warn", "detail": detail})


def _cites_the_compared_revision(given: CheckInput, source: SourcePost, older: str) -> bool:
    """Whether the note cites the revision a diff to the current one compares (`older`): it calls what it
    cites a revision or names its id, or credits the edit to the user the diff's left column shows."""
    from provenance.extractors.wikipedia import COMPARED_EDITOR_FIELD

    editor, credited = source.fields.get(COMPARED_EDITOR_FIELD), given.citation.wiki_editor
    if editor is not None and credited is not None and wiki_user_key(editor) == wiki_user_key(credited):
        return True
    return calls_it_a_revision(blank_quotes(given.footnote.text), older)


def in_the_compared_revision(given: CheckInput, quote: str) -> tuple[bool, str, str] | None:
    """Where `quote` is verbatim not in what a diff to the article's current revision (`diff=cur&oldid=N`,
    `diff=0&oldid=N`) shows of the current one but in the lines its left column shows, revision N's, the one
    its link names: whether the note cites N (`_cites_the_compared_revision`), and how `quote` check says so
    (the detail's words, and the excerpt found). None for any other page, or words not there.

    Those lines were read as "the lines the edit removed", the revision before the one cited: on such a diff
    they are the cited revision's own, which the current revision no longer has."""
    source = given.source_read
    if source is None:
        return None
    from provenance.extractors.wikipedia import COMPARED_REVISION_FIELD, REMOVED_LINES_FIELD, current_named_as

    older, lines = source.fields.get(COMPARED_REVISION_FIELD), source.fields.get(REMOVED_LINES_FIELD)
    match = find_quote(quote, lines) if older is not None and lines else None
    if older is None or match is None or not match.verbatim or match.caution is not None:
        return None
    where = f"revision {older}, the one the link's oldid names (the diff's left column)"
    if _cites_the_compared_revision(given, source, older):
        said = (
            f"in {where}, which the note cites; the article's current revision, beside it, no longer says it"
        )
        return True, said, match.excerpt
    said = (
        f"only in {where}: the article's current revision, which the link ({current_named_as(source.url)}) "
        "shows beside it, no longer says it, and the note does not call what it cites a revision "
        f"(`revision of …`): cite revision {older}'s own link, or say the article no longer says it"
    )
    return False, said, match.excerpt
