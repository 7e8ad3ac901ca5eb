"""The human view of a `locate` run: per unlinked footnote, who was searched and the candidates, numbered
when ranked and bulleted under what listed them when no score did (text from the report and from the pages
found, shown with control characters and what a CI runner would obey as a workflow command escaped).

A candidate's score is shown as `score 0.97`, and a line under each report's searches says what it is: how
the candidates rank against the note (its quote, speaker, date and order, weighted), not the probability that
a post is the one cited. A bare 0.97 beside a URL read as 97% sure.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from pathlib import Path

from provenance.citations.dates import SEASON_CODES, month_or_year_in_words
from provenance.escaping import disarm_workflow_commands
from provenance.escaping import escape_unprintable as shown
from provenance.locate.locate import FootnoteSearch, LocateResult
from provenance.locate.rank import Candidate, tied_at_the_top
from provenance.locate.speakers import speaker_as_searched
from provenance.locate.unsearchable import unsearchable_platform
from provenance.results import reads_no_notes

_EXCERPT = 100
_PART_NAMES = ("quote", "speaker", "date", "order")
SCORE_MEANING = (
    "score: how the candidates rank against the note (quote, speaker, date, order), 0 to 1; not the "
    "probability that a post is the one cited"
)


def _parts(candidate: Candidate) -> str:
    shown = []
    for name in (*_PART_NAMES, *(("time",) if "time" in candidate.parts else ())):
        value = candidate.parts.get(name)
        shown.append(f"{name} {value:.2f}" if value is not None else f"{name} \u2013")
    return " · ".join(shown) + _quote_compared(candidate)


def _quote_compared(candidate: Candidate) -> str:
    """What the quote part compared, when not the quote's words as written: `quote 0.50` beside a
    translation, a text cut or edited read as half the quote's words found, a note lines below saying
    otherwise; a quote in another Cyrillic language, Spanish for Portuguese, or the other of Serbian's
    alphabets, as the words found as written; a quote held nearly (a word changed), as held verbatim."""
    if candidate.parts.get("quote") is None:
        return ""
    if candidate.quote_translated or candidate.quote_cut:
        return " (quote not compared)"
    if candidate.quote_across:
        return " (quote compared across languages or alphabets, not as written)"
    if candidate.quote_near:
        return " (quote near, not as written)"
    return ""


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def _where(search: FootnoteSearch) -> str:
    """The platform searched, or the one the note or passage names that `locate` has no listing of posts on
    (`[4] Truth Social, …`: the citation parser reads no platform, and `platform?` read as a note that names
    none), said to be one it cannot search; `platform?` only when nothing names one."""
    footnote = search.footnote
    unsearchable = unsearchable_platform(footnote.text, search.citation.platform, footnote.contexts)
    if unsearchable is not None:
        return f"{unsearchable.name} (a platform locate cannot search)"
    return search.query.platform.value if search.query.platform else "platform?"


def _search_block(search: FootnoteSearch) -> list[str]:
    query = search.query
    where = _where(search)
    # A note dated to a month is searched over it, a season over its months (named: `winter 2021`, not its
    # code `2021-24`); a year's is not, its notes say why.
    period = query.period
    if period is not None and ("/" in period or period[5:] in SEASON_CODES):
        period = month_or_year_in_words(period)
    day = query.date.isoformat() if query.date else f"{period} (no day)" if period else "no date"
    # A speaker read outside the citing passage (the passage or paragraph before, a title) is a guess: said
    # here too, not only in the notes below, so the line is not read as the report naming them.
    # A source the writer cites (`Medvedev wrote, citing Peskov`) is searched too, below him: marked so the
    # line does not read as two people who posted.
    speakers = ", ".join(speaker_as_searched(s.name, s.source) for s in query.speakers) or "nobody named"
    lines = [f"  [{search.label}] {where}, {day} · speaker: {speakers}"]
    for match in search.accounts:
        lines.append(f"      account {match.account.label} (name match {match.score:.2f})")
    if search.unranked is not None and search.candidates:
        # Numbered 1, 2, 3 with scores, the first of a day's posts in time order read as the one found.
        lines.append(f"    listed, not ranked: {search.unranked}")
    # Posts sharing the best score share the first place (`1=`): none is proposed over the others.
    ranked = search.candidates if search.unranked is None else []
    tied = {id(candidate) for candidate in tied_at_the_top(ranked)}
    for rank, candidate in enumerate(search.candidates, start=1):
        posted = candidate.post.posted_at
        if posted is None:
            when = "time unknown"
        else:
            when = f"{posted:%Y-%m-%d} (day only)" if candidate.post.day_only else f"{posted:%Y-%m-%d %H:%M}Z"
        place = "1=" if id(candidate) in tied else f"{rank}." if search.unranked is None else "-"
        lines.append(
            f"    {place} score {candidate.score:.2f}  {candidate.post.url}  {when}  {_parts(candidate)}"
        )
        lines.append(f"         “{_excerpt(candidate.post.text)}”")
        lines += [f"         ~ {note}" for note in candidate.notes]
    lines += [f"    ! {note}" for note in search.notes]
    return lines


def render_locate(results: Sequence[LocateResult], citations: Path | None) -> str:
    blocks = []
    for result in results:
        lines = [f"{result.report.path} → {result.ledger} (locate)"]
        if result.linked:
            lines.append(f"  already linked: {', '.join(f'[{label}]' for label in result.linked)}")
        # What reading the report found (markers without notes, an unsupported style), as `check` says it.
        lines += [f"  ! {finding.message}" for finding in result.report.findings]
        if reads_no_notes(result.report):
            # Marker-like text without notes is not "nothing to locate": the notes are there, unread.
            lines.append("  no notes could be read, though the text cites (--allow-empty if it has none)")
        elif not result.report.footnotes:
            lines.append("  no footnotes read from the report: nothing to locate")
        elif not result.searches:
            lines.append("  no footnote without a link: nothing to locate")
        for search in result.searches:
            lines += _search_block(search)
        found = sum(bool(search.candidates) for search in result.searches)
        if found:
            lines.append(f"  {SCORE_MEANING}")
        missing = len(result.searches) - found
        lines.append(
            f"  {len(result.searches)} unlinked: {found} with candidates, {missing} without"
            f" · {result.seconds:.1f}s · ledger head {result.head}"
        )
        blocks.append("\n".join(shown(line) for line in lines))
    text = "\n\n".join(blocks) + "\n"
    if citations is not None:
        path = shown(str(citations))
        # The command to run, ready to copy: the reports searched, not a placeholder.
        reports = " ".join(shown(shlex.quote(str(result.report.path))) for result in results)
        text += (
            f'\nCandidates written to {path} as custom.located = "candidate". None is confirmed yet: '
            f'check each post, set "located" to "confirmed" (or correct the URL), then run\n'
            f"  provenance check {reports} --citations {shown(shlex.quote(str(citations)))}\n"
        )
    return disarm_workflow_commands(text)
