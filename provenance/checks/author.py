"""`author`: is the cited author, handle or channel the one the source shows?

Names are compared after transliteration (Рыбарь = Rybar), case folding and dropping `@` and punctuation
(Abu 'Ali Al-'Askari = Abu Ali al-Askari), with a near-match threshold (`matching.SAME_NAME`). On a platform
post the author comes from the content (widget, syndication JSON, oEmbed), never from the URL, and a mismatch
fails; on an ordinary web page bylines vary (a person, the desk, the outlet), so a mismatch is a warning.
"""

from __future__ import annotations

from provenance.checks.interface import CheckInput
from provenance.checks.matching import same_name
from provenance.models import CheckResult, CheckStatus, Platform


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
    shown = [name for name in (source.author, source.handle, source.publisher) if name]
    labels = [source.author, source.publisher, f"@{source.handle}" if source.handle else None]
    shown_text = " / ".join(dict.fromkeys(label for label in labels if label)) or None
    if not shown:
        return CheckResult(
            name="author",
            status="warn",
            detail=f"the source names no author: compare {cited_text!r} by hand{where}",
            cited=cited_text,
        )
    matched = next(((c, s) for c in cited for s in shown if same_name(c, s)), None)
    if matched is not None:
        return CheckResult(
            name="author",
            status="pass",
            detail=f"cited {matched[0]!r}; the source shows {matched[1]!r}{where}",
            cited=cited_text,
            found=shown_text,
        )
    status: CheckStatus = "warn" if source.platform is Platform.WEB else "fail"
    return CheckResult(
        name="author",
        status=status,
        detail=f"cited {cited_text!r}; the source shows {shown_text!r}{where}",
        cited=cited_text,
        found=shown_text,
    )
