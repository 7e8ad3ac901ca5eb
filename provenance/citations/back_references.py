"""A note citing an earlier note's source by reference (`Id.`, `Ibid.`, `Там же`, `Supra note 3`, `Same as
[3]`, `See note 3`): where which note it means is beyond doubt, its citation is that note's, so `check`
captures the source and holds it to the citing passage's own quotes.

`Id.`, `Ibid.` (`Ibidem`, `Ibíd.`), `Ebd.`, `Там же` and `Там само` mean the note right before; `note 3` and
`[3]` name note 3, which must come before. The note it means must cite exactly one source with a link (a note
listing two sources leaves `Id.` unclear, as Bluebook holds), give no date, platform or account of its own
other than that note's, and be itself resolved: an `Id.` after an unresolvable note is unresolvable too, never
reaching further back. `Op. cit.`, `Loc. cit.` and `Idem` name an author's earlier work, not a note: unclear.
Where it is unclear, the note keeps its own words and a finding says why (a person must look).

Pure: no I/O.
"""

from __future__ import annotations

import re

from provenance.citations.parse import uncited_links
from provenance.models import Citation, Finding, Footnote
from provenance.patterns import on_first_use
from provenance.results import CitedFootnote

CITES_NOTE = "cites-note"
CITES_NOTE_UNCLEAR = "cites-note-unclear"

# The note a back reference names by its number (`Supra note 3`, `See note 3`, `Same as [3]`, `Same as note
# 3`), at its end: tried on the few words the reference pattern matched, so bounded and linear.
_NAMED_NOTE = on_first_use(r"(?:note\s*|\[\^?)(?P<label>\w{1,20})\]?$", re.IGNORECASE)
# The words (after any Bluebook signal) that mean the note right before: `Id.`, `Ibid.`, `Там же`.
_THE_NOTE_BEFORE = on_first_use(
    r"(?:^|\s)(?:id\.|ib[i\u00ed]d(?:em)?\.?|ebd\.?|ebenda|\u0442\u0430\u043c\s+(?:\u0436\u0435|\u0441\u0430\u043c\u043e)\.?)$",
    re.IGNORECASE,
)
# What the citing note may give of its own beside the reference, which must then be the referenced note's.
_OWN_FIELDS = ("platform", "handle", "date", "date_month_or_year")


class EarlierNotes:
    """What each note read so far may be cited for: its citation, or why it cannot be (by label)."""

    def __init__(self) -> None:
        self._by_label: dict[str, Citation | str] = {}
        self._before: str | None = None
        self._before_usable: Citation | str = ""

    def add(self, cited: CitedFootnote) -> None:
        """`cited` as a later note may cite it: its citation where it names one source with a link."""
        label = cited.footnote.label
        links = len(set(cited.footnote.urls))
        if links > 1:  # most notes: one link or none
            links = _sources_linked(cited)
        unclear = next((f for f in cited.findings if f.code == CITES_NOTE_UNCLEAR), None)
        usable: Citation | str
        if unclear is not None:
            usable = f"note {label} is itself unclear"
        elif links > 1:
            usable = f"note {label} cites {links} links"
        elif cited.citation.url is None:
            usable = f"note {label} gives no link"
        else:
            usable = cited.citation
        if label not in self._by_label:  # a label given twice: the first one is the note `note 3` means
            self._by_label[label] = usable
        self._before = label
        # The one before by position, whatever its label: `Id.` means it.
        self._before_usable = usable

    def source_of(
        self, footnote: Footnote, citation: Citation, reference: str
    ) -> tuple[Citation | None, Finding]:
        """The citation the note (`citation`, its own parse) takes by `reference`, and the finding saying
        whence; or None and the finding saying why it is unclear (the note is then read on its own words)."""
        said = reference.strip()
        bare = said.rstrip(".").rstrip()
        named = _NAMED_NOTE().search(bare)
        if named is not None:
            label = named["label"]
            usable = self._by_label.get(label)
            if usable is None:
                return None, _unclear(footnote, said, f"there is no earlier note {label}")
        elif _THE_NOTE_BEFORE().search(said) is not None:
            if self._before is None:
                return None, _unclear(footnote, said, "there is no note before it")
            label, usable = self._before, self._before_usable
        else:
            return None, _unclear(footnote, said, "it names no note (an author's earlier work, not a note)")
        if isinstance(usable, str):
            return None, _unclear(footnote, said, usable)
        for name in _OWN_FIELDS:
            own = getattr(citation, name)
            if own is not None and own != getattr(usable, name):
                shown = name.replace("_", " ")
                return None, _unclear(footnote, said, f"the note gives its own {shown}, not note {label}'s")
        taken = Finding(
            code=CITES_NOTE, message=f"cites note {label}'s source ({said!r})", line=footnote.line
        )
        return usable, taken


def _sources_linked(cited: CitedFootnote) -> int:
    """How many sources the note links: its links, less an archive's copy of its cited page (`https://…/a
    (archived at https://web.archive.org/web/…/https://…/a)`) and other spellings of that page. Counted as
    two, such a note left every `Id.` after it unclear, though it cites one page and names where it was
    kept."""
    if cited.citation.url is None:
        return len(set(cited.footnote.urls))
    return 1 + len(uncited_links(cited.footnote, cited.citation))


def _unclear(footnote: Footnote, reference: str, why: str) -> Finding:
    return Finding(code=CITES_NOTE_UNCLEAR, message=unclear_message(reference, why), line=footnote.line)


def unclear_message(reference: str, why: str) -> str:
    """Why the note citing another note's source by `reference` is read on its own words."""
    return f"the note cites another note's source ({reference!r}), but which one is unclear: {why}"
