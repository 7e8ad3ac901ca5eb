"""The check interface: each check is a small pure function of what one footnote knows."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from provenance.models import (
    Capture,
    CaptureOutcome,
    CheckResult,
    Citation,
    Context,
    Finding,
    Footnote,
    MementoLookup,
    Platform,
    SourcePost,
)

# The quoted passages read for the speaker or the day their citing passage gives them (`passage_quotes`): a
# crafted report citing one note from thousands of quoting passages costs no more than this many reads.
MAX_PASSAGE_QUOTES = 20


@dataclass(frozen=True)
class CheckInput:
    """Everything a check may look at. No I/O happens inside a check."""

    footnote: Footnote
    citation: Citation
    outcome: CaptureOutcome | None  # None when nothing was attempted (no URL, or --offline)
    offline: bool = False
    live: SourcePost | None = None  # what the live capture says
    source: SourcePost | None = None  # what the content checks read: `live`, or the archived copy instead
    archive: MementoLookup | None = None  # the TimeGate's answer; None when no lookup was made
    archive_lookup: bool = False  # whether a TimeGate was to be asked
    strict_quotes: bool = False  # a quote not found verbatim fails instead of warning
    # Every finding about the footnote: its reader's, its parser's, the citations file's (`CitedFootnote`).
    findings: tuple[Finding, ...] = ()
    # The keys of the names the report cites as its sources' authors and accounts, every note's
    # (`check_inputs.cited_speakers`): a citing passage's word that is one names a speaker even alone before a
    # colon (`Rybar: “…”`, `locate.speakers.quote_speaker`). Empty where the report's notes are not known.
    cited_speakers: frozenset[str] = frozenset()
    # The note's own quoted words (`citations.parse.quoted_in_note`) where the caller has them already (the
    # pipeline reads them once a footnote, to know whether its source's text is read); None: found on use.
    note_quotes: tuple[str, ...] | None = None

    @property
    def contexts(self) -> tuple[Context, ...]:
        return self.footnote.contexts

    @property
    def capture(self) -> Capture | None:
        return self.outcome.capture if self.outcome else None

    @functools.cached_property
    def quoted_in_note(self) -> tuple[str, ...]:
        """The note's own quoted words beyond its title (`citations.parse.quoted_in_note`): `note_quotes`,
        else read once for every check that asks."""
        if self.note_quotes is not None:
            return self.note_quotes
        from provenance.citations.parse import quoted_in_note

        return quoted_in_note(self.footnote)

    @property
    def quotes(self) -> tuple[str, ...]:
        """Every quoted passage attributed to this footnote, once each, in order: the citing passages' and the
        note's own beyond its title."""
        cited = (quote for context in self.contexts for quote in context.quotes)
        return tuple(dict.fromkeys(itertools.chain(cited, self.quoted_in_note)))

    @property
    def source_read(self) -> SourcePost | None:
        """The source, when its content was read (not deleted, not a login wall, …); else None."""
        source = self.source
        return source if source is not None and source.problem is None else None

    @property
    def on_a_platform(self) -> bool:
        """Whether the source is a platform's post (Telegram, X, …), as read, else as cited: its author is
        whoever posted it, unlike a web page's byline."""
        platform = self.source_read.platform if self.source_read is not None else self.citation.platform
        return platform is not None and platform is not Platform.WEB

    @property
    def passage_quotes(self) -> tuple[tuple[Context, str], ...]:
        """The first `MAX_PASSAGE_QUOTES` quotes of the citing passages, each with its passage."""
        quoted = ((context, quote) for context in self.contexts for quote in context.quotes)
        return tuple(itertools.islice(quoted, MAX_PASSAGE_QUOTES))

    @property
    def quotes_left_out(self) -> int:
        """Quoted passages attributed to this footnote that its contexts could not keep (too long)."""
        return sum(context.quotes_left_out or 0 for context in self.contexts)

    @property
    def read_from(self) -> str:
        """How a content check's detail says where it read: the live page or an archived copy."""
        source = self.source
        if source is not None and source.memento_url:
            return f" (read from the archived copy of {source.memento_datetime or 'unknown date'})"
        return ""


Check = Callable[[CheckInput], CheckResult]
