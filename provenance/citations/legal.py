"""A legal note's work about a statute: a book or a commentary named as English practitioners' books are, by
its writer and the instrument it is on (`Smith on the Data Protection Act 2018, s. 155`).

Such a note is no citation of the statute: its subject is the book, whose writer is its author. Read as the
statute, it named no author (`schema` warned that legislation names none) and a person was asked to confirm
that the page is the Act, where the note cites Smith's book. Read only where a note names no author (few
notes), from its opening; bounded, no pattern but `cited_legislation`'s.
"""

from __future__ import annotations

from dataclasses import dataclass

from provenance.citations.parse import cited_legislation, unquoted_note_words, writers_on
from provenance.models import Footnote

_ON_THE = " on the "
_MOST_OPENING_CHARS = 240  # a book's writers, `on the` and the instrument's name, as far as its provision


@dataclass(frozen=True, repr=False, eq=False)
class WorkOnLegislation:
    """A book or commentary on a statute, as a note names it: its writers, its name (`Smith on the Data
    Protection Act 2018`) and the instrument it is on (`Data Protection Act 2018`)."""

    writers: str
    name: str
    instrument: str


def work_on_legislation(unquoted: str) -> WorkOnLegislation | None:
    """The work about a statute a note opens by citing (`Smith on the Data Protection Act 2018, s. 155`): its
    writers (`writers_on`), `on the`, and legislation `cited_legislation` reads; None for any other note
    (`Commentary on the Companies Act 2006` names no writer). `unquoted`: the note's words with its quoted
    passages and links blanked."""
    head = unquoted[:_MOST_OPENING_CHARS].lstrip(" \t\n-\u2013\u2014*\u2022")
    writers = writers_on(head) if _ON_THE in head else None
    if writers is None:
        return None  # most notes
    before, _, subject = head.partition(_ON_THE)
    instrument = cited_legislation(subject)
    if instrument is None:
        return None
    return WorkOnLegislation(writers, f"{' '.join(before.split())} on the {instrument}", instrument)


def work_on_legislation_of(footnote: Footnote) -> WorkOnLegislation | None:
    """The work about a statute a note cites (`work_on_legislation`), read from its words: asked only where
    its author is missing (most notes are not read so)."""
    return work_on_legislation(unquoted_note_words(footnote))
