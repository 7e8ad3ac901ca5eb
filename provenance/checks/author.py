"""`author`: is the cited author, handle or channel the one the source shows?

Names are compared after transliteration (Рыбарь = Rybar), case folding, dropping `@` and punctuation
(Abu 'Ali Al-'Askari = Abu Ali al-Askari) and the usual spelling variants of a transliterated name (Zelensky =
Zelenskyy); a name that is only close (`matching.SAME_NAME`: Lina Haddad and Dina Haddad) is a warning, for a
person to look at. Handles are compared exactly: `rybarr` is another account than `rybar`.

What counts as the citation's claim: the author it names and a handle it names in words (`(@rybar)`, a
citations file's `custom.handle`, an account `provenance locate` matched). The handle inside a post's URL is
only where the post was found: on Telegram the channel in `t.me/<channel>/<id>` is always the post's own, and
on X any handle leads to the post. So when a note names an author, that name must be the source's; the URL's
handle alone confirms nothing, and is the claim only when the note names nobody else.

On a platform post the author comes from the content (widget, syndication JSON, oEmbed), never from the URL,
and a mismatch fails; on an ordinary web page bylines vary (a person, the desk, the outlet), so a mismatch is
a warning.
"""

from __future__ import annotations

import re

from provenance.checks.interface import CheckInput
from provenance.checks.matching import NameLikeness, handle_key, match_names
from provenance.citations.platforms import post_locator
from provenance.models import CheckResult, CheckStatus, Platform


def _handle_is_claimed(given: CheckInput, handle: str) -> bool:
    """Whether the citation names `handle` itself, rather than it only being part of the cited URL."""
    citation = given.citation
    url_handle = post_locator(citation.url)[0] if citation.url else None
    if url_handle is None or handle_key(url_handle) != handle_key(handle):
        return True  # not from the URL: the note's words or the citations file named it
    if citation.located is not None:
        return True  # the accounts registry tied the cited speaker to this account
    return re.search(rf"@{re.escape(handle)}\b", given.footnote.text, re.IGNORECASE) is not None


def _likeness(cited: str, shown: list[str]) -> tuple[NameLikeness | None, str | None, tuple[str, ...]]:
    """How close `cited` (one person or several) comes to the names the source shows, which of those
    matched, and whom of several cited people the source does not show."""
    match = match_names(cited, shown)
    return match.likeness, match.shown, match.missing


def check_author(given: CheckInput) -> CheckResult:
    citation, source = given.citation, given.source
    cited = [name for name in (citation.author, citation.handle) if name]
    cited_text = " / ".join(dict.fromkeys(cited)) or None
    if not cited:
        return CheckResult(name="author", status="skip", detail="the citation names no author")
    if source is None or source.problem is not None:
        return CheckResult(
            name="author", status="skip", detail="no content captured to compare", cited=cited_text
        )
    where = given.read_from
    names = [name for name in (source.author, source.publisher) if name]
    labels = [source.author, source.publisher, f"@{source.handle}" if source.handle else None]
    shown_text = " / ".join(dict.fromkeys(label for label in labels if label)) or None

    def result(status: CheckStatus, detail: str) -> CheckResult:
        return CheckResult(
            name="author", status=status, detail=detail + where, cited=cited_text, found=shown_text
        )

    if not names and not source.handle:
        return CheckResult(
            name="author",
            status="warn",
            # Said of what was read, not of the source: a byline in plain words (`By Ann Smith`) is not read.
            detail=f"no author found in the capture: compare {cited_text!r} by hand{where}",
            cited=cited_text,
        )
    miss: CheckStatus = "warn" if source.platform is Platform.WEB else "fail"
    handle = citation.handle
    claimed = handle is not None and _handle_is_claimed(given, handle)
    author = citation.author
    if author is not None and handle is not None and handle_key(author) == handle_key(handle):
        author = None  # the note names the account only; the author was read from its handle
    name_claim = author or (handle if not claimed else None)
    shown = [*names, source.handle] if source.handle else names
    likeness, like, missing = _likeness(name_claim, shown) if name_claim else (None, None, ())

    if claimed and handle is not None and source.handle:
        if handle_key(handle) == handle_key(source.handle):
            return result("pass", f"cited @{handle}; the source's account is @{source.handle}")
        if likeness == "same":
            return result(
                "warn",
                f"cited {author or handle!r} matches {like!r}, but the account is @{source.handle}, not the "
                f"cited @{handle}: renamed, or another account with that name? Compare by hand",
            )
        return result(miss, f"cited {cited_text!r}; the source shows {shown_text!r}")
    if claimed and handle is not None and likeness is None and not missing:
        likeness, like, missing = _likeness(
            handle, names
        )  # a page without handles: the handle may be the byline
    if likeness == "same":
        return result("pass", f"cited {name_claim or handle!r}; the source shows {like!r}")
    if likeness == "near":
        return result(
            "warn",
            f"cited {name_claim or handle!r}; the source shows {like!r}, a near match: the same person, "
            "or another with a similar name? Compare by hand",
        )
    if missing:
        named = " and ".join(repr(person) for person in missing)
        return result(
            "warn",
            f"cited {name_claim or handle!r}; the source shows {shown_text!r}, which does not name {named}",
        )
    url_handle = handle if handle is not None and not claimed else None
    if url_handle is not None and source.handle and handle_key(url_handle) == handle_key(source.handle):
        return result(
            "warn",
            f"the post is @{source.handle}'s, as its URL says, but the note names {author!r} and the source "
            f"shows {shown_text!r}: compare by hand",
        )
    return result(miss, f"cited {cited_text!r}; the source shows {shown_text!r}")
