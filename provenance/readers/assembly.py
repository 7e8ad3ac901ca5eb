"""Turning what a reader found (notes, and the markers that point to them) into footnotes with findings.

Every reader ends here, so matching markers to notes and naming what does not match is the same for every
format.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, pairwise
from typing import NamedTuple, overload

from provenance.deferred_patterns import deferred_compile
from provenance.digits import is_ascii_number
from provenance.models import Context, Finding, Footnote
from provenance.patterns import on_first_use
from provenance.quotes import MAX_QUOTED_CHARS, CodeSpans, Quote, iter_quotes, unclosed_quotes
from provenance.readers.interface import ReadResult
from provenance.urls import FoundUrl

_WHITESPACE = re.compile(r"\s+")


def collapse_whitespace(text: str) -> str:
    # What `re.sub(r"\s+", " ", text).strip()` gives, in a quarter of the time: `str.split` and the pattern
    # know the same whitespace (tests/readers/test_assembly.py checks every code point). Text that is so
    # already (most of a report's: printable, so its one whitespace is the space, never two together, nor
    # one at either end, as `single_spaced` knows it) is given back as it is, not split into its words.
    if "  " not in text and text[:1] != " " and text[-1:] != " " and text.isprintable():
        return text
    return " ".join(text.split())


def collapse_note_lines(text: str, line_break: str) -> str:
    """A note's text with its whitespace collapsed line by line: each `line_break` (a `<br>`, a `w:br`, a tab
    between its parts, as its reader marked them) a line break the note keeps, empty lines dropped."""
    if line_break not in text:
        return collapse_whitespace(text)
    return "\n".join(line for line in map(collapse_whitespace, text.split(line_break)) if line)


def single_spaced(text: str) -> str:
    """What `_WHITESPACE.sub(" ", text)` gives: each run of whitespace one space. Most of a report's text is
    so already, no two spaces together and no other whitespace (each whitespace character but the space is
    unprintable: tests/readers/test_assembly.py checks every code point), and is given back as it is, two
    scans in C instead of a replacement made at each of its spaces."""
    if "  " not in text and text.isprintable():
        return text
    return _WHITESPACE.sub(" ", text)


def unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def links_shown_without_scheme(found: Iterable[FoundUrl], links: Iterable[str]) -> frozenset[str]:
    """The addresses of `found` that are one of the same note's `links` as shown: written without a scheme
    (`https://` put in front) whose `http://` form is a link, and that the note neither writes nor links in
    full: Word's AutoFormat links the address it shows (`t.me/rybar/1234`) to `http://t.me/rybar/1234`, one
    source, where the note was read as citing `https://t.me/rybar/1234` too (also in HTML and Markdown
    copies of it). Or a link that differs from what it shows only by a final slash (`t.me/rybar/1234` shown,
    `https://t.me/rybar/1234/` linked): one source, the link's."""
    found = tuple(found)
    if not found:  # most notes
        return frozenset()
    links = frozenset(links)
    if not links:
        return frozenset()
    slashless = {_without_final_slash(link) for link in links}
    http_forms = {
        _without_final_slash(link[len("http://") :])
        for link in links
        if link[: len("http://")].lower() == "http://"
    }
    written_in_full = {item.url for item in found if not item.scheme_added}

    def shown_http_form(item: FoundUrl) -> bool:
        if not item.scheme_added or item.url in written_in_full:
            return False
        return _shown_http_form(item.url) in http_forms

    return frozenset(
        item.url
        for item in found
        if item.url not in links and (shown_http_form(item) or _without_final_slash(item.url) in slashless)
    )


def _without_final_slash(url: str) -> str:
    """`url` without one final `/` when it has no query or fragment (where a slash is part of a value)."""
    return url[:-1] if url.endswith("/") and "?" not in url and "#" not in url else url


def _shown_http_form(url: str) -> str:
    return _without_final_slash(url[len("https://") :])


_READ_AS = "read as "  # what a `scheme-added` finding's message says before the address it read


def scheme_added_url(finding: Finding) -> str | None:
    """The address a `scheme-added` finding says its note's link was read as; None for another finding."""
    if finding.code != "scheme-added":
        return None
    _, said, url = finding.message.rpartition(f"; {_READ_AS}")
    return url if said and url else None


def without_links_shown_without_scheme(
    urls: Iterable[str], found: Iterable[FoundUrl], links: Iterable[str]
) -> tuple[str, ...]:
    """`urls` without repeats and without the addresses `links_shown_without_scheme` names."""
    shown = links_shown_without_scheme(found, links)
    return unique(url for url in urls if url not in shown)


class NoteDraft(NamedTuple):
    """A footnote as a reader found it in the footnote block, before markers are matched to it."""

    label: str
    text: str
    line: int
    urls: tuple[str, ...]
    schemes_added: tuple[str, ...] = ()
    location: str | None = None
    # Links whose text is a URL other than where they lead: (the URL shown, the link's target).
    misleading_links: tuple[tuple[str, str], ...] = ()


class PendingNote(NamedTuple):
    """A note whose text is read only when its footnote is made (`read`): the label and line are all that
    matching markers to notes needs. A long report's notes are then read where their footnotes are made,
    half of them in `extract`'s forked process, not all of them before it forks."""

    label: str
    line: int
    read: Callable[[], NoteDraft]
    location: str | None = None

    def made(self) -> NoteDraft:
        """The note read, under this label: a reader may relabel a note before it is read (a plain-text
        chapter's notes numbered on, `plaintext._numbered_on`)."""
        note = self.read()
        return note if note.label == self.label else note._replace(label=self.label)


# Where a marker stood in a paragraph's text, before markers are taken out. A noncharacter: it cannot be
# part of any text a reader is given (readers remove it from their input).
MARK = "\uffff"
# Where a quoted passage that no quote marks show starts and ends in a paragraph's text (a block quote, an
# HTML `<q>`): read as a quote, exactly as words in “…” are. Also noncharacters; a reader that puts them in
# a paragraph (`ParagraphDraft.passages`) takes them out of its input first.
PASSAGE_START = "\ufdd0"
PASSAGE_END = "\ufdd1"
# Where code starts and ends in a paragraph's text (a Markdown code span, an HTML `<code>`): its words are
# shown as they are, its quote marks quote nothing (`quotes.iter_quotes`). Noncharacters as well (U+FDD2 is
# the HTML reader's line attribute); a reader that puts them in a paragraph (`ParagraphDraft.code`) takes
# them out of its input first.
CODE_START = "\ufdd3"
CODE_END = "\ufdd4"
_PIECE_EDGE = on_first_use("[\uffff\ufdd0\ufdd1\ufdd3\ufdd4]")  # a mark, a passage edge or a code edge
# A paragraph longer than this is cut to a window around the marker: the context shows what the marker
# supports, and the output grows linearly with the number of markers (issue 6). Windows start on a grid of
# `_WINDOW_STEP`, so markers of one note close together share one window.
MAX_CONTEXT_CHARS = 2500
_WINDOW_STEP = 1000
# How many footnotes one report is read with: far beyond any real report (a long book cites a few thousand
# sources, Wikipedia's most cited articles some 1,500), and a bound on what a crafted one costs. In `check`
# every footnote is cited, checked and written to the ledger, some 35 KB of memory each when it is cited from
# a long paragraph: 200,000 notes in a 4.6 MB Markdown file took 6.8 GB and 110 s.
MAX_FOOTNOTES = 20_000
# How many note definitions (repeats of a label included) and body markers (every one, as found) one report
# is read with: 40 MB of `Claim [1] ` took 76 s and 4.3 GB to read. Readers count as they read and stop at
# the first one over, so reading stays bounded too.
MAX_ENTRIES = 100_000


class ReportTooLong(Exception):
    """A report with more notes or markers than one report is read with (or HTML nested deeper than a
    browser nests it); the reader's caller names the report (`readers._read` makes it an input error,
    exit 2)."""


def refuse_too_many(count: int, limit: int, what: str) -> None:
    """Stop reading once `count` of `what` passes `limit`."""
    if count > limit:
        raise ReportTooLong(
            f"more than {limit:,} {what}, the most one report is read with: not read (split it into parts)"
        )


@dataclass(slots=True, eq=False)
class ParagraphDraft:
    """A body paragraph as a reader found it, with `MARK` where each marker stood; shared by its markers,
    which compare it by identity (`eq=False`), and not changed once made (not frozen: a frozen dataclass sets
    each field through `object.__setattr__`, and a long report makes one a paragraph).

    `location` names it where a line number means nothing (`paragraph 12` in a DOCX report). `passages`
    says its text holds `PASSAGE_START` / `PASSAGE_END` around quoted passages, and `code` that it holds
    `CODE_START` / `CODE_END` around code; only then are they read, so a reader that does not use them
    need not take them out of its input (one that uses either takes out all four).
    """

    text: str
    location: str | None = None
    passages: bool = False
    code: bool = False


class MarkerDraft(NamedTuple):
    """A body marker: the label it points to, its line, its paragraph, and which `MARK` of it is its place.

    `times` is how many markers it stands for: a reader that leaves out markers that add nothing to their
    footnote (`mark_places`) still counts them where a label has no note (`marker 7 … (40 markers)`).
    """

    label: str
    line: int
    paragraph: ParagraphDraft
    mark: int
    times: int = 1


class _ReadParagraph(NamedTuple):
    """A paragraph's text without marks, where each mark stood in it, and each quote's attributed mark."""

    text: str
    mark_offsets: tuple[int, ...]
    quotes_by_mark: dict[int, list[Quote]]
    # Quotes of a run of marks not kept (`_attribute_quotes`): for a mark, its run's first mark and how many.
    left_out_by_mark: dict[int, tuple[int, int]]


def without_marks(text: str) -> str:
    return collapse_whitespace(text.replace(MARK, " "))


def without_own_edges(text: str) -> str:
    """A report's text with the characters that mark passages and code here read as unknown characters:
    a paragraph read with its edges (`ParagraphDraft.passages`, `.code`) takes them out of its input."""
    for own in (PASSAGE_START, PASSAGE_END, CODE_START, CODE_END):
        text = text.replace(own, "\ufffd")
    return text


# A block quote's last line that opens with one of these names who is quoted (`— the mayor`): it is not part
# of the quoted words.
ATTRIBUTION_DASHES = ("\u2014", "\u2015", "\u2013", "--")
# A short attribution ending a block quote's last line, after the end of its last sentence (and any marks
# there): `… the bridge.[3] — the governor`, the line break before it read as a space (a DOCX paragraph, and
# pandoc writing Markdown's next line into the same paragraph). Looked for in the last characters only.
_MAX_ATTRIBUTION = 120
_ATTRIBUTION_AT_END = on_first_use(
    f'[.!?\u2026"\u201d\u00bb][{MARK}\\s]*(?P<attribution>(?:\u2014|\u2015|\u2013|--)[^.!?\u2026{MARK}]{{1,80}})$'
)


def block_quote_draft(
    texts: Sequence[str], after: int = 0, location: str | None = None, code: bool = False
) -> ParagraphDraft:
    """A block quote as one paragraph draft: the words of its `texts` (its lines or paragraphs, with marks
    where markers stand, without the report's own edge characters: `without_own_edges`; code edges where
    `code`) one quoted passage but for a closing attribution (a last text that opens with a dash, or a dash
    after its last sentence), then `after` marks: the markers that open the paragraph after it cite it as a
    marker at its end would (`> We will win.` then `[1] said the mayor.`)."""
    last = texts[-1]
    opens_with_dash = last.lstrip().startswith(ATTRIBUTION_DASHES)
    if len(texts) > 1 and opens_with_dash and without_marks(" ".join(texts[:-1])):
        passage, attribution = " ".join(texts[:-1]), " " + last
    elif ending := _ATTRIBUTION_AT_END().search(last[-_MAX_ATTRIBUTION:]):
        cut = len(last) - len(ending.group("attribution"))
        passage, attribution = " ".join([*texts[:-1], last[:cut]]), " " + last[cut:]
    else:
        passage, attribution = " ".join(texts), ""
    return ParagraphDraft(
        PASSAGE_START + passage.strip() + PASSAGE_END + attribution + MARK * after,
        location=location,
        passages=True,
        code=code,
    )


# A marker on the speaker, then one verb of saying, ends a lead-in as well (`Rybar[^1] wrote:`): the mark
# names who is quoted. Any other word after the mark (`said[1] on Monday:`) leaves the sentence its own.
_MARK_THEN_SPEECH_VERB = on_first_use(
    MARK + r"\s*(?:wrote|writes|said|says|posted|posts|tweeted|tweets|stated|states|added|adds|replied|"
    r"declared|announced|warned|claimed|told|reported|reports)$"
)


def lead_in_draft(lead_in: ParagraphDraft, quote: ParagraphDraft) -> ParagraphDraft | None:
    """The paragraph that introduces a block quote which cites nothing itself, with its last marker at its
    end by a colon (`The mayor said:[1]`, `said[1]:`), as one draft with the block quote (`quote`, a
    `block_quote_draft` without marks) after it: that marker cites the quoted words, as one at the block
    quote's end would (`_read_paragraph`: a quote after a paragraph's last mark is that mark's). Else the
    words were no marker's, and the note came out verified without them compared. None where `lead_in` does
    not so introduce it (`said[1] on Monday:` cites the sentence, not what follows). A marker on the speaker
    before one verb of saying (`Rybar[^1] wrote:`) introduces it too."""
    if lead_in.passages:
        return None
    text = lead_in.text
    tail = len(text)
    while tail and not text[tail - 1].isalnum():
        tail -= 1
    if ":" not in text[tail:]:
        return None
    if MARK not in text[tail:] and not _MARK_THEN_SPEECH_VERB().search(text[max(0, tail - 40) : tail]):
        return None
    own = text if lead_in.code else without_own_edges(text)
    return ParagraphDraft(
        own + " " + quote.text, location=lead_in.location, passages=True, code=lead_in.code or quote.code
    )


# What opens a paragraph that goes on with a quotation left open in the paragraph before it: the writer's
# convention for a quotation of several paragraphs (an opening mark at each, a closing one at the last).
_OPENING_MARK = tuple("\u201c\u201e\u00ab\"\u2018'\u00bb\u201a\u201d\u2039\u203a「『〝\u2033")


def quote_left_open(text: str) -> str | None:
    """The words of a quotation `text` (a paragraph without markers) opens and leaves open at its end, from
    its first opening mark outside every closed quote (`quotes.unclosed_quotes`); None if it leaves none."""
    closed = list(iter_quotes(text))
    found = unclosed_quotes(text, closed, [len(text)])
    return found[0].text if found else None


def whole_quote(text: str) -> str | None:
    """The words of a paragraph (without markers) that is one quotation and nothing else (`“We will
    rebuild the bridge.”`, a stop or comma after it at most): set apart as a block quote is, after a
    paragraph that introduces it (`lead_in_draft`). None for any other paragraph."""
    stripped = text.strip()
    if not stripped.startswith(_OPENING_MARK):
        return None
    first = next(iter_quotes(stripped), None)
    if first is None or first.start or stripped[first.end :].strip(" .,;"):
        return None
    return first.text


def goes_on_with_quote(text: str) -> bool:
    """Whether a paragraph opens with a quote mark, as one that goes on with a quotation left open does."""
    return text.lstrip().startswith(_OPENING_MARK)


def continued_quote_draft(carried: Sequence[str], text: str, location: str | None = None) -> ParagraphDraft:
    """A paragraph (`text`, with marks, without the report's own edges: `without_own_edges`) that goes on
    with the quotation the paragraphs before it left open (`carried`: the words each left open, by
    `quote_left_open`), as one draft: those words are quoted passages before its text, so the marker that
    closes the quotation (`“We won.\n\n“We will win the peace.”[1]`) cites them too. Else they were no
    marker's, and the note came out verified without them compared."""
    passages = " ".join(PASSAGE_START + words + PASSAGE_END for words in carried)
    return ParagraphDraft(passages + " " + text, location=location, passages=True)


def leading_marks(text: str) -> int:
    """How many marks `text` opens with, nothing but whitespace before and between them: the markers that
    open the paragraph after a block quote cite it (`> We will win.` then `[^1] said the mayor.`)."""
    count = 0
    for char in text:
        if char == MARK:
            count += 1
        elif not char.isspace():
            break
    return count


def _read_paragraph(paragraph: ParagraphDraft) -> _ReadParagraph:
    """Take the marks out (with the spaces before them: `claim [1]` cites `claim`) and attribute quotes.

    A quote belongs to the marker that closes its sentence, that is the first mark after it; where marks
    stand together (`[2][3]`, `¹,²`) it belongs to each of them; a quote after the paragraph's last mark
    belongs to that mark. A mark inside a quote holds the words before it (the whole quote where only its
    closing marks follow, `“…[1]”`), a quote in a sentence without a mark after one is that mark's as
    well, and a quote no mark closes is also the quote of each mark that leads its sentence up to it
    (`Rybar[1] and Medvedev[2] both wrote “…”.`, `_marks_leading_to`); where a mark closes it, the marks
    leading up to it get it only as a list of marked names (`Rybar[1] and Medvedev[2] both wrote “…”.[3]`,
    `_named_speakers`) (`_attribute_quotes`).
    """
    if paragraph.passages or paragraph.code:
        return _read_with_edges(paragraph.text)
    pieces = paragraph.text.split(MARK)
    last = len(pieces) - 1
    kept: list[str] = []
    offsets: list[int] = []
    length = 0
    for index, piece in enumerate(pieces):
        text = single_spaced(piece) if piece else ""
        if index < last:
            text = text.rstrip()
        if not length:
            text = text.lstrip()
        kept.append(text)
        length += len(text)
        if index < last:
            offsets.append(length)
    stripped = "".join(kept).rstrip()
    offsets = [min(offset, len(stripped)) for offset in offsets]
    return _ReadParagraph(stripped, tuple(offsets), *_attribute_quotes(stripped, offsets))


def _read_with_edges(text: str) -> _ReadParagraph:
    """What `_read_paragraph` makes of `text` without its passage and code edges (the same text, the same
    marks' offsets), each outermost passage a quote as well and each outermost code span no place of quote
    marks: where their edges stood in that text.

    Between two marks the text is read as there: its whitespace collapsed (a run with edges in it is one
    run), stripped before a mark and at the start. An edge's place moves with the text before it.
    """
    kept: list[str] = []
    offsets: list[int] = []
    edges: list[tuple[str, int]] = []  # each edge and its place in the text kept
    length = start = 0
    parts: list[str] = []  # the text since the last mark, collapsed, split at its edges
    part_edges: list[tuple[str, int]] = []  # its edges and their places in it
    part_length = 0
    ends_in_space = False
    for found in chain(_PIECE_EDGE().finditer(text), (None,)):
        part = single_spaced(text[start : found.start() if found else len(text)])
        if ends_in_space and part.startswith(" "):
            part = part[1:]
        parts.append(part)
        part_length += len(part)
        ends_in_space = part.endswith(" ") if part else ends_in_space
        char = found.group() if found else ""
        if found is not None:
            start = found.end()
        if char in _EDGES:
            part_edges.append((char, part_length))
            continue
        piece = "".join(parts)
        lead = 0
        if char == MARK:
            piece = piece.rstrip()
        if not length:
            lead = len(piece) - len(piece := piece.lstrip())
        edges.extend((edge, length + min(max(at - lead, 0), len(piece))) for edge, at in part_edges)
        kept.append(piece)
        length += len(piece)
        if char == MARK:
            offsets.append(length)
        parts, part_edges, part_length, ends_in_space = [], [], 0, False
    stripped = "".join(kept).rstrip()
    passages = [
        Quote(quoted, start, end)
        for start, end in _outermost_spans(edges, PASSAGE_START, PASSAGE_END, len(stripped))
        if (quoted := stripped[start:end].strip())
    ]
    code = list(_outermost_spans(edges, CODE_START, CODE_END, len(stripped)))
    offsets = [min(offset, len(stripped)) for offset in offsets]
    return _ReadParagraph(stripped, tuple(offsets), *_attribute_quotes(stripped, offsets, passages, code))


_EDGES = (PASSAGE_START, PASSAGE_END, CODE_START, CODE_END)


def _outermost_spans(
    edges: Sequence[tuple[str, int]], opening: str, closing: str, length: int
) -> Iterator[tuple[int, int]]:
    """Where each outermost span between `opening` and `closing` edges starts and ends (within `length`),
    in order: `<code><kbd>x</kbd></code>` is one span. A closing edge with none open is left alone."""
    depth = opened_at = 0
    for edge, at in edges:
        if edge == opening:
            depth += 1
            opened_at = min(at, length) if depth == 1 else opened_at
        elif edge == closing and depth:
            depth -= 1
            if not depth:
                yield opened_at, min(at, length)


# The quoted characters a run of marks shares out to its members (`[1][2][3]` after a quote: each footnote
# keeps the quote). Up to ten members keep `MAX_QUOTED_CHARS` each; a longer run keeps less per member, so a
# run of 2,000 marks after 10,000 quotes is not 2,000 copies of them all (quadratic time, and gigabytes out).
_RUN_QUOTED_CHARS = 10 * MAX_QUOTED_CHARS


def _attribute_quotes(
    text: str, offsets: Sequence[int], passages: Sequence[Quote] = (), code: CodeSpans = ()
) -> tuple[dict[int, list[Quote]], dict[int, tuple[int, int]]]:
    """Each mark's quotes: the quotes in quote marks (none opened or closed by a mark in `code`) and the
    passages (`_read_with_edges`); a quote in
    quote marks within a passage (or across its edge) is part of the passage, not a quote of its own, unless
    a mark inside the passage follows it (`_in_passage`). The
    members of a run of marks share one list, in the text's order, cut to their share of
    `_RUN_QUOTED_CHARS`; for a mark whose run's list was cut, the run's first mark and how many were not
    kept (the quote check never passes on those)."""
    by_mark: dict[int, list[Quote]] = {}
    left_out: dict[int, tuple[int, int]] = {}
    if not offsets:
        return by_mark, left_out
    closed = list(iter_quotes(text, code))
    unclosed = unclosed_quotes(text, closed, offsets, code)
    if unclosed:
        # A quote closed inside one left open up to its marker (`«Медведев заявил: „мы победим“ и ушёл.[1]`)
        # is the speaker's quoting of another, part of the open one, not a claim of its own.
        opened = [quote.start for quote in unclosed]
        closed = [
            quote
            for quote in closed
            if (at := bisect.bisect_right(opened, quote.start) - 1) < 0 or unclosed[at].end < quote.end
        ]
    quotes: list[Quote] = [*closed, *unclosed]
    one_mark_s = _quotes_of_the_one_mark(quotes, offsets, passages)
    if one_mark_s is not None:
        return one_mark_s
    groups = _mark_groups(text, offsets)  # not needed by a paragraph of one mark (most paragraphs)
    if passages:
        starts = [passage.start for passage in passages]
        quotes = [quote for quote in quotes if not _in_passage(quote, passages, starts, offsets)]
    # The quotes in quote marks come first: marks inside one share it out, marks inside a passage do not.
    in_marks = len(quotes)
    quotes.extend(passages)
    by_run: dict[int, list[Quote]] = {}
    sentence_ends: list[int] | None = None
    edges: list[int] | None = None  # where each quote starts and ends, in order
    introduced: set[int] = set()  # the starts of quotes given to the marks leading up to them
    clear_before = _clear_before_marks(text, offsets)
    for index, quote in enumerate(quotes):
        following = bisect.bisect_left(offsets, quote.end)
        inside = bisect.bisect_right(offsets, quote.start)  # the first mark after the quote opens
        if inside < following:  # marks inside the quote (`“x[1]”`, `“A.[1] B.”[2]`) or the passage
            opening = 1 if index < in_marks else 0  # a passage has no opening quote mark
            last_inside = _share_inside_marks(
                text, offsets, quote, range(inside, following), groups, by_run, opening
            )
            if last_inside is not None:
                by_run.setdefault(groups[last_inside].start, []).append(quote)
                continue
        mark = following if following < len(offsets) else len(offsets) - 1
        by_run.setdefault(groups[mark].start, []).append(quote)
        if inside == following and 0 < following < len(offsets):
            # A quote after a mark whose own sentence has no mark (`Posted.[1] “x,” he wrote. Denied.[2]`)
            # is as much the claim of the mark before it as of the one after: both compare its words.
            if sentence_ends is None:
                sentence_ends = _sentence_ends(text)
            after = bisect.bisect_left(sentence_ends, quote.end)
            if after < len(sentence_ends) and sentence_ends[after] < offsets[following]:
                by_run.setdefault(groups[following - 1].start, []).append(quote)
        if (
            inside == following
            and quote.start not in introduced
            and (following == len(offsets) or clear_before[following] > quote.end)
        ):
            # A quote no mark closes is as much the claim of the marks that lead its sentence up to it
            # (`Rybar[1] and Medvedev[2] both wrote “we will lose”.`): each compares its words.
            introduced.add(quote.start)
            if sentence_ends is None:
                sentence_ends = _sentence_ends(text)
            if edges is None:
                edges = sorted({edge for found in quotes for edge in (found.start, found.end)})
            given = {groups[mark].start}
            for lead in _marks_leading_to(quote, offsets, sentence_ends, edges):
                if groups[lead].start not in given:
                    given.add(groups[lead].start)
                    by_run.setdefault(groups[lead].start, []).append(quote)
        elif inside == following < len(offsets) and quote.start not in introduced:
            # A quote a mark closes is also the claim of speakers the sentence names before it, each
            # marked (`Rybar[1] and Medvedev[2] both wrote “…”.[3]`); only a list of names so joined,
            # not any mark before it (`was reported[1] and the ministry said “…”.[2]`).
            introduced.add(quote.start)
            if following < 2:
                continue  # a list of names is two marks or more before the quote, and there are fewer
            if sentence_ends is None:
                sentence_ends = _sentence_ends(text)
            if edges is None:
                edges = sorted({edge for found in quotes for edge in (found.start, found.end)})
            leads = _marks_leading_to(quote, offsets, sentence_ends, edges)
            if _named_speakers(text, offsets, leads):
                given = {groups[following].start}
                for lead in leads:
                    if groups[lead].start not in given:
                        given.add(groups[lead].start)
                        by_run.setdefault(groups[lead].start, []).append(quote)
    for first, found in by_run.items():
        members = groups[first]
        room = min(MAX_QUOTED_CHARS, _RUN_QUOTED_CHARS // len(members))
        found.sort(key=lambda quote: quote.start)
        kept: list[Quote] = []
        for quote in found:
            if len(quote.text) > room:
                break
            kept.append(quote)
            room -= len(quote.text)
        for member in members:
            by_mark[member] = kept
            if len(kept) < len(found):
                left_out[member] = (first, len(found) - len(kept))
    return by_mark, left_out


def _quotes_of_the_one_mark(
    quotes: list[Quote], offsets: Sequence[int], passages: Sequence[Quote]
) -> tuple[dict[int, list[Quote]], dict[int, tuple[int, int]]] | None:
    """`_attribute_quotes` of a paragraph of one mark (most paragraphs) that no quote holds, without passages
    (None for any other): each quote is that mark's, in the text's order, as far as `MAX_QUOTED_CHARS` go,
    as the steps for many marks give (its run is the mark alone), without them (20,000 instructions of the
    60,000 of reading a footnote's paragraph). `quotes`: the paragraph's, in quote marks."""
    if len(offsets) != 1 or passages:
        return None
    mark = offsets[0]
    for quote in quotes:  # a loop, not a generator in `any` (a call per quote)
        if quote.start < mark < quote.end:
            return None
    if not quotes:
        return {}, {}
    if len(quotes) > 1:
        quotes.sort(key=lambda quote: quote.start)
    kept: list[Quote] = []
    room = min(MAX_QUOTED_CHARS, _RUN_QUOTED_CHARS)
    for quote in quotes:
        if len(quote.text) > room:
            break
        kept.append(quote)
        room -= len(quote.text)
    return {0: kept}, ({0: (0, len(quotes) - len(kept))} if len(kept) < len(quotes) else {})


# Where a sentence ends: its stops and the closing marks after them, then a space and what is no lower case.
# The first stop spelt apart from those after it (not `[.!?…]+`): `re` then skips to a stop instead of
# trying the repeat at every place of a paragraph.
_SENTENCE_END = deferred_compile(r"[.!?\u2026][.!?\u2026]*[\u201d\u2019\"'»)\]]*(?=\s+[^\s])")


def _sentence_ends(text: str) -> list[int]:
    """Where each sentence of `text` ends (after its stop and closing marks), in order; a stop before a lower
    case word (`U.S. officials`) ends none."""
    ends: list[int] = []
    for found in _SENTENCE_END.finditer(text):
        following = text[found.end() : found.end() + 2].lstrip()[:1]
        if not following.islower():
            ends.append(found.end())
    return ends


def _clear_before_marks(text: str, offsets: Sequence[int]) -> list[int]:
    """For each mark, where the spaces and punctuation right before it start (back to the mark before it):
    a quote ending there or later is closed by that mark (`“x”.[2]`). Each stretch between two marks is
    read once, so the work is linear in the text."""
    clear: list[int] = []
    for index, offset in enumerate(offsets):
        floor = offsets[index - 1] if index else 0
        start = offset
        while start > floor and not text[start - 1].isalnum():
            start -= 1
        clear.append(start)
    return clear


# What joins one marked name to the next in a list of speakers (`Rybar[1], Medvedev[2] and Kadyrov[3]`):
# a comma or `and` or `&`, then a name of up to four words that opens with a capital letter.
_NEXT_SPEAKER = on_first_use(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?P<name>\S+(?:\s\S+){0,3})")


def _named_speakers(text: str, offsets: Sequence[int], leads: range) -> bool:
    """Whether the marks `leads` (two or more) stand each right after a word, as a list of names: the word
    before the first one capitalised, the text between two of them a joiner and a capitalised name of a few
    words (`_NEXT_SPEAKER`). Each stretch is read once and is at most 60 characters long, so the work is
    linear."""
    if len(leads) < 2:
        return False
    for lead in leads:
        if not offsets[lead] or not text[offsets[lead] - 1].isalnum():
            return False
    # The first name too opens with a capital letter (`Rybar[1]`, not `was reported[1]`).
    first = text[max(0, offsets[leads[0]] - 40) : offsets[leads[0]]].split()
    if not first or not first[-1][:1].isupper():
        return False
    for before, after in pairwise(leads):
        between = text[offsets[before] : offsets[after]]
        found = _NEXT_SPEAKER().fullmatch(between) if len(between) <= 60 else None
        if found is None or not found.group("name")[:1].isupper():
            return False
    return True


def _marks_leading_to(
    quote: Quote, offsets: Sequence[int], sentence_ends: Sequence[int], edges: Sequence[int]
) -> range:
    """The marks of `quote`'s sentence before it with no other quote between (`Rybar[1] and Medvedev[2]
    both wrote “…”`): after the sentence's start and after the last quote edge before `quote`, up to where
    it opens. A mark at that start closes what came before it (`“x”[1]`, `Posted.[1]`, a paragraph's
    opening mark), so it is not one. The spans of distinct quotes hold no other quote's edge, so they do
    not overlap: each mark is in at most one, and the work is linear."""
    sentence = bisect.bisect_right(sentence_ends, quote.start) - 1
    edge = bisect.bisect_left(edges, quote.start) - 1
    after = max(sentence_ends[sentence] if sentence >= 0 else 0, edges[edge] if edge >= 0 else 0)
    return range(bisect.bisect_right(offsets, after), bisect.bisect_right(offsets, quote.start))


def _share_inside_marks(
    text: str,
    offsets: Sequence[int],
    quote: Quote,
    inside: range,
    groups: Sequence[range],
    by_run: dict[int, list[Quote]],
    opening: int = 1,
) -> int | None:
    """Give each mark inside `quote` the quoted words since the previous one (or since the quote opened):
    `“We will win.[1] We will never stop,” he said.[2]` quotes “We will win.” for [1]. The pieces do not
    overlap, so the work is linear in the quote. Where nothing but punctuation follows the last mark inside
    (`“the bridge is ours[1]”`, `“Ours.[1]”`), the whole quote is that mark's and it is returned: the quote
    is then not the claim of the mark after it. `opening` is the length of the quote's opening mark, left
    out of its first piece: 0 for a passage (a block quote), whose text starts with its first word."""
    begin = quote.start
    last = inside[-1]
    closes_quote = not any(char.isalnum() for char in text[offsets[last] : quote.end])
    # Where the quote is the last run's, that run's marks get it whole, not a piece of it as well.
    pieces_to = range(inside.start, groups[last].start) if closes_quote else inside
    for mark in pieces_to:
        piece = text[begin : offsets[mark]]
        stripped = piece.strip()
        if begin == quote.start:
            stripped = stripped[opening:].strip()  # without the opening quote mark
        if stripped:
            start = begin + piece.index(stripped)
            by_run.setdefault(groups[mark].start, []).append(Quote(stripped, start, offsets[mark]))
        begin = offsets[mark]
    return last if closes_quote else None


def _in_passage(
    quote: Quote, passages: Sequence[Quote], starts: Sequence[int], offsets: Sequence[int]
) -> bool:
    """Whether `quote` is part of one of `passages` (in order, not overlapping; `starts` their starts): it
    lies inside it, where each mark inside holds the passage's words up to it (`_share_inside_marks`:
    `> He said “we leave”.[1] She said “we stay”.[2]` quotes “He said “we leave”.” for [1]), or it crosses
    its edge and no mark inside the passage follows it (a mark that does is given it, or it would hold
    none of its words and come out verified without them compared)."""
    before = bisect.bisect_left(starts, quote.end) - 1
    if before < 0 or passages[before].end <= quote.start:
        return False
    if passages[before].start <= quote.start and quote.end <= passages[before].end:
        return True
    following = bisect.bisect_left(offsets, quote.end)
    return following == len(offsets) or offsets[following] >= passages[before].end


def _mark_groups(text: str, offsets: Sequence[int]) -> list[range]:
    """For each mark, the run of marks it stands with: nothing but spaces and punctuation between them."""
    groups: list[range] = []
    first = 0
    for index in range(1, len(offsets) + 1):
        ends_run = index == len(offsets) or any(
            char.isalnum() for char in text[offsets[index - 1] : offsets[index]]
        )
        if ends_run:
            groups.extend([range(first, index)] * (index - first))
            first = index
    return groups


def mark_places(paragraph: ParagraphDraft) -> list[tuple[int, int]]:
    """For each mark of `paragraph`, what a marker there adds to its note's footnote besides its line: the
    window its context shows (where it starts) and the run of marks it stands with (whose quotes are all the
    same, `_attribute_quotes`). A marker of a note at the place of an earlier marker of that note adds
    nothing: a reader need not make it (`[1-50][1-50]…` is then 50 markers, not 50 a bracket)."""
    read = _read_paragraph(paragraph)
    groups = _mark_groups(read.text, read.mark_offsets)
    return [(_window(read, mark)[0], groups[mark].start) for mark in range(len(read.mark_offsets))]


def _window(read: _ReadParagraph, mark: int) -> tuple[int, int]:
    """The span of the paragraph a marker's context shows: all of it, or a window with the marker inside."""
    if len(read.text) <= MAX_CONTEXT_CHARS:
        return 0, len(read.text)
    start = max(0, (read.mark_offsets[mark] // _WINDOW_STEP - 1) * _WINDOW_STEP)
    return start, min(len(read.text), start + MAX_CONTEXT_CHARS)


@dataclass(slots=True)
class _ContextDraft:
    """One note's context in one paragraph window: its first marker's line and the quotes of its markers."""

    line: int
    location: str | None
    read: _ReadParagraph
    window: tuple[int, int]
    quotes: dict[tuple[int, int], Quote]  # by where each starts and ends: a passage and its first piece
    # (`> A[1] B.`, `_share_inside_marks`) start at one place
    runs_left_out: dict[int, int] = field(default_factory=dict)  # per run of marks, its quotes not kept

    def add_quotes(self, quotes: Iterable[Quote]) -> None:
        """The quotes a marker cites, inside its window or not: the window shows the passage, the quotes are
        what the footnote is claimed to support (a quote in a long paragraph's opening, outside the window
        of a marker at its end, was left out, and the footnote came out verified without it). `build` keeps
        `MAX_QUOTED_CHARS` of them and counts the rest."""
        for quote in quotes:
            self.quotes.setdefault((quote.start, quote.end), quote)

    def build(self) -> Context:
        left_out = sum(self.runs_left_out.values()) if self.runs_left_out else 0
        quotes = [quote for _, quote in sorted(self.quotes.items())]
        return _context(self.line, self.location, self.read.text, self.window, quotes, left_out)


def _contexts(markers: Sequence[MarkerDraft], reads: Sequence[_ReadParagraph]) -> tuple[Context, ...]:
    """The contexts of a note's markers, each with its paragraph as read: one per paragraph (window),
    however often the note is cited there."""
    drafts: dict[tuple[int, int], _ContextDraft] = {}
    for marker, read in zip(markers, reads, strict=True):
        window = _window(read, marker.mark)
        draft = drafts.get((id(marker.paragraph), window[0]))
        if draft is None:
            draft = drafts[(id(marker.paragraph), window[0])] = _ContextDraft(
                marker.line, marker.paragraph.location, read, window, {}
            )
        draft.add_quotes(read.quotes_by_mark.get(marker.mark, ()))
        if marker.mark in read.left_out_by_mark:
            run, count = read.left_out_by_mark[marker.mark]
            draft.runs_left_out[run] = count
    return tuple(draft.build() for draft in drafts.values())


def _context_of_one_marker(marker: MarkerDraft, read: _ReadParagraph) -> Context | None:
    """`_ContextDraft.build` of a draft of `marker` alone (most notes are cited once), made without the
    draft; None where its quotes must first be put in order (two or more: the draft does that)."""
    quotes = read.quotes_by_mark.get(marker.mark, ())
    if len(quotes) > 1:
        return None
    run = read.left_out_by_mark.get(marker.mark)
    window = _window(read, marker.mark)
    return _context(marker.line, marker.paragraph.location, read.text, window, quotes, run[1] if run else 0)


def _context(
    line: int,
    location: str | None,
    whole: str,
    window: tuple[int, int],
    quotes: Sequence[Quote],
    runs_left_out: int,
) -> Context:
    """The context in `window` of the paragraph text `whole`, with `quotes` (in order) as far as
    `MAX_QUOTED_CHARS` go, the rest counted with the quotes its runs of marks left out."""
    start, end = window
    text = ("…" if start else "") + whole[start:end].strip() + ("…" if end < len(whole) else "")
    kept: list[str] = []
    room = MAX_QUOTED_CHARS
    for quote in quotes:
        if len(quote.text) > room:
            break
        kept.append(quote.text)
        room -= len(quote.text)
    left_out = len(quotes) - len(kept) + runs_left_out
    if not left_out and location is None:
        # Most contexts: the fields left out take their default, None, not validated (2,000 of the
        # 15,000 instructions of making a context); the same context.
        return Context(line=line, text=text, quotes=tuple(kept))
    return Context(
        line=line, text=text, quotes=tuple(kept), quotes_left_out=left_out or None, location=location
    )


def assemble_footnotes(
    notes: Sequence[NoteDraft | PendingNote],
    markers: Sequence[MarkerDraft],
    findings: Sequence[Finding] = (),
) -> ReadResult:
    """Match markers to notes and report what does not match, the same way for every format.

    The findings are made at once, the footnotes only when they are asked for (`AssembledFootnotes`).
    """
    refuse_too_many(len(notes), MAX_ENTRIES, "footnote definitions")
    refuse_too_many(len(markers), MAX_ENTRIES, "footnote markers")
    assembly = _Assembly(notes, markers)
    return ReadResult(
        footnotes=AssembledFootnotes(assembly, range(len(assembly.notes))),
        findings=(*findings, *_markers_without_footnotes(assembly.orphans)),
    )


class _Assembly:
    """Each note with its repeats and the markers that cite it. Each paragraph is read once, when a footnote
    first needs it, and let go when the last footnote that needs it is made: the work is linear in the
    report, and a long report's paragraphs are not all held at once."""

    def __init__(self, notes: Sequence[NoteDraft | PendingNote], markers: Sequence[MarkerDraft]) -> None:
        firsts: dict[str, NoteDraft | PendingNote] = {}
        self.repeats: dict[str, list[NoteDraft | PendingNote]] = {}
        for note in notes:
            if note.label in firsts:
                self.repeats.setdefault(note.label, []).append(note)
            else:
                firsts[note.label] = note
        refuse_too_many(len(firsts), MAX_FOOTNOTES, "footnotes")
        self.notes = list(firsts.values())
        self.markers: dict[str, list[MarkerDraft]] = {}
        self.orphans: list[tuple[str, int, str | None, int]] = []
        self._uses: Counter[int] = Counter()  # per paragraph (by id): its markers whose footnote is not made
        for marker in markers:
            if marker.label in firsts:
                self.markers.setdefault(marker.label, []).append(marker)
                self._uses[id(marker.paragraph)] += 1
            else:
                self.orphans.append((marker.label, marker.line, marker.paragraph.location, marker.times))
        self._read: dict[int, _ReadParagraph] = {}

    def footnote(self, index: int) -> Footnote:
        note = self._note(index)
        markers = self.markers.get(note.label, ())
        # Each marker's paragraph read once (`_paragraph` counts the reads: a second let it go too soon).
        reads = [self._paragraph(marker.paragraph) for marker in markers]
        # Most notes: one marker, one context.
        context = _context_of_one_marker(markers[0], reads[0]) if len(markers) == 1 else None
        repeats = self._repeats(note.label)
        return Footnote(
            label=note.label,
            text=note.text,
            line=note.line,
            urls=_with_links_of_repeats(note.urls, repeats) if repeats else note.urls,
            contexts=(context,) if context is not None else _contexts(markers, reads),
            findings=_note_findings(note, repeats, bool(markers)),
            location=note.location,
        )

    def _note(self, index: int) -> NoteDraft:
        note = self.notes[index]
        if isinstance(note, PendingNote):
            note = self.notes[index] = note.made()  # read once, kept as any other note is
        return note

    def _repeats(self, label: str) -> Sequence[NoteDraft | PendingNote]:
        """The notes that repeat `label`, the first `_MAX_REPEATS_NAMED` read (once, as `_note` reads)."""
        repeats = self.repeats.get(label)
        if not repeats:  # most notes
            return ()
        for index, repeat in enumerate(repeats[:_MAX_REPEATS_NAMED]):
            if isinstance(repeat, PendingNote):
                repeats[index] = repeat.made()
        return repeats

    def _paragraph(self, paragraph: ParagraphDraft) -> _ReadParagraph:
        key = id(paragraph)
        read = self._read.get(key)
        if read is None:
            read = self._read[key] = _read_paragraph(paragraph)
        self._uses[key] -= 1
        if self._uses[key] <= 0:  # its last marker: let go (read again if a footnote is made again)
            del self._read[key]
        return read


class AssembledFootnotes(Sequence[Footnote]):
    """A report's footnotes, each made from its note and markers when it is asked for, and made again if it
    is asked for again (nothing is kept). A slice is another such sequence, nothing made: `extract` of a
    long report makes each footnote where it writes it, half of them in a forked process
    (`provenance.forking`), where only the paragraphs that cite that half are read."""

    def __init__(self, assembly: _Assembly, indices: range) -> None:
        self._assembly = assembly
        self._indices = indices

    def __len__(self) -> int:
        return len(self._indices)

    @overload
    def __getitem__(self, index: int) -> Footnote: ...

    @overload
    def __getitem__(self, index: slice) -> AssembledFootnotes: ...

    def __getitem__(self, index: int | slice) -> Footnote | AssembledFootnotes:
        if isinstance(index, slice):
            return AssembledFootnotes(self._assembly, self._indices[index])
        return self._assembly.footnote(self._indices[index])

    def __iter__(self) -> Iterator[Footnote]:
        return map(self._assembly.footnote, self._indices)

    def __eq__(self, other: object) -> bool:
        """Equal to the same footnotes, made here or held in a tuple (two readings of a report agree)."""
        if isinstance(other, AssembledFootnotes):
            return tuple(self) == tuple(other)
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to tuples, it is not hashed as they are

    @property
    def labels(self) -> list[str]:
        """The footnotes' labels, without making the footnotes."""
        return [self._assembly.notes[index].label for index in self._indices]


def note_lines(footnotes: Sequence[Footnote]) -> set[int]:
    """The lines the notes of `footnotes` open on (a repeat of a label's too), without making the footnotes:
    made twice, a footnote reads each of its paragraphs again per marker (quadratic in a long paragraph)."""
    if isinstance(footnotes, AssembledFootnotes):
        assembly = footnotes._assembly
        lines = {assembly.notes[index].line for index in footnotes._indices}
        lines.update(note.line for repeats in assembly.repeats.values() for note in repeats)
        return lines
    return {footnote.line for footnote in footnotes}


def footnote_labels(footnotes: Sequence[Footnote]) -> list[str]:
    """The labels of `footnotes`, without making them where they are made when asked for."""
    if isinstance(footnotes, AssembledFootnotes):
        return footnotes.labels
    return [footnote.label for footnote in footnotes]


def chapters_numbered_on(
    note_labels: Sequence[str], marker_labels: Sequence[str], after_heading: Sequence[bool]
) -> tuple[list[int], list[int]] | None:
    """Where one list of notes numbers each chapter's notes anew (`1 2 3 1 2 3`: runs, each opening with `1`
    and numbered up) and the chapters' markers are numbered anew too, how far each note and each marker (in
    reading order; `after_heading`: whether a heading stands between it and the marker before) is numbered
    on, so that each chapter's markers cite its own notes; None where the labels do not so split.

    A marker goes to the next run where it is `1`, the markers have cited the current run's highest note
    (chapters cite their notes in order), and a heading stands before it: a `1` after note 2 in the same
    chapter cites note 1 again. Where that does not give every run a chapter's markers, or a marker names a
    number its run has not, None: the repeated labels stay repeats, and are named. The PDF reader numbers a
    chapter's endnotes so (`pdf._endnotes_numbered_on`). Linear: each label is looked at once or twice."""
    runs: list[list[int]] = []
    for label in note_labels:
        if not is_ascii_number(label):
            return None
        number = int(label)
        if number == 1:
            runs.append([])
        elif not runs or number <= runs[-1][-1]:
            return None  # not a run numbered up from 1
        runs[-1].append(number)
    if len(runs) < 2:
        return None
    numbers_of = [set(run) for run in runs]
    run, highest = 0, 0
    of_markers: list[int] = []
    for label, heading in zip(marker_labels, after_heading, strict=True):
        number = int(label) if is_ascii_number(label) else 0
        if run + 1 < len(runs) and highest == runs[run][-1] and number == 1 and heading:
            run, highest = run + 1, 0
        if number not in numbers_of[run]:
            return None
        highest = max(highest, number)
        of_markers.append(run)
    if run != len(runs) - 1:
        return None
    offsets = [0]
    for numbers in runs[:-1]:
        offsets.append(offsets[-1] + numbers[-1])
    of_notes = [offset for offset, numbers in zip(offsets, runs, strict=True) for _ in numbers]
    return of_notes, [offsets[run] for run in of_markers]


# A report can hold any number of markers without notes: each label is named once, and at most this many.
_MAX_ORPHAN_LABELS = 100


def markers_without_footnotes(markers: Iterable[tuple[str, int, str | None]]) -> list[Finding]:
    """One finding per label that markers cite without a note (where first, how many markers), at most 100
    labels and then a count of the rest: a crafted report of 100,000 such markers is not 100,000 findings."""
    return _markers_without_footnotes((label, line, location, 1) for label, line, location in markers)


def _markers_without_footnotes(markers: Iterable[tuple[str, int, str | None, int]]) -> list[Finding]:
    """`markers_without_footnotes` of markers that each stand for a number of them (`MarkerDraft.times`)."""
    firsts: dict[str, tuple[int, str | None]] = {}
    counts: Counter[str] = Counter()
    for label, line, location, count in markers:
        firsts.setdefault(label, (line, location))
        counts[label] += count
    found = [
        _marker_without_footnote(label, line, location, counts[label])
        for label, (line, location) in list(firsts.items())[:_MAX_ORPHAN_LABELS]
    ]
    if len(firsts) > _MAX_ORPHAN_LABELS:
        more = len(firsts) - _MAX_ORPHAN_LABELS
        found.append(
            Finding(
                code="marker-without-footnote", message=f"and {more} more labels cited without a footnote"
            )
        )
    return found


def _marker_without_footnote(label: str, line: int, location: str | None = None, count: int = 1) -> Finding:
    times = f" ({count} markers)" if count > 1 else ""
    return Finding(
        code="marker-without-footnote",
        message=f"marker {label} {_where(line, location)} has no footnote{times}",
        line=line,
    )


def _where(line: int, location: str | None) -> str:
    return f"in {location}" if location else f"on line {line}"


# A note's repeats named one by one, at most; then a count of the rest: 400,000 lines of `[1] a` are not
# 400,000 findings (80 MB of `extract` JSON and 600 MB to make it), as markers without notes are not.
_MAX_REPEATS_NAMED = 100


def _with_links_of_repeats(
    urls: tuple[str, ...], repeats: Sequence[NoteDraft | PendingNote]
) -> tuple[str, ...]:
    """A note's links, then those of the notes that repeat its label (the first `_MAX_REPEATS_NAMED`, read
    by `_Assembly._repeats`) that it does not give. Only the first note's text is read, but which one a
    reader sees depends on the program that shows the report (pandoc prints a Markdown label's last
    definition, GitHub its first; a browser follows a link to an id given twice to the first): a repeat
    that cites another source left it unchecked, and the footnote passed on the first's. Its links among
    the note's, the note is not confirmed whole (the `locator` check names a link whose page is not
    captured)."""
    links = [repeat.urls for repeat in repeats[:_MAX_REPEATS_NAMED] if isinstance(repeat, NoteDraft)]
    return unique(chain(urls, *links)) if links else urls


# A note's label repeated by a note of other words (another date, another author, under the same link): the
# report a reader sees may show the repeat (pandoc prints a Markdown label's last definition), whose claims
# were never compared, so `locator` warns. A repeat of the same words (whitespace aside) is harmless.
REPEAT_TEXT_DIFFERS = "repeat-text-differs"


def _repeat_of_other_text(note: NoteDraft, repeats: Sequence[NoteDraft | PendingNote]) -> NoteDraft | None:
    """The first repeat read (`_MAX_REPEATS_NAMED` at most) whose text is not the note's, whitespace aside."""
    text = collapse_whitespace(note.text)
    return next(
        (
            repeat
            for repeat in repeats[:_MAX_REPEATS_NAMED]
            if isinstance(repeat, NoteDraft) and collapse_whitespace(repeat.text) != text
        ),
        None,
    )


def _note_findings(
    note: NoteDraft, repeats: Sequence[NoteDraft | PendingNote], referenced: bool
) -> tuple[Finding, ...]:
    if referenced and not (repeats or note.schemes_added or note.misleading_links):
        return ()  # most notes
    findings = [
        Finding(
            code="duplicate-label",
            message=(
                f"footnote {note.label} {_where(repeat.line, repeat.location)} repeats the label of the "
                f"footnote {_where(note.line, note.location)}; only the first is used"
            ),
            line=repeat.line,
        )
        for repeat in repeats[:_MAX_REPEATS_NAMED]
    ]
    differs = _repeat_of_other_text(note, repeats)
    if differs is not None:
        findings.append(
            Finding(
                code=REPEAT_TEXT_DIFFERS,
                message=(
                    f"footnote {note.label} {_where(differs.line, differs.location)} repeats the label of "
                    f"the footnote {_where(note.line, note.location)} with other text: which one a reader "
                    "sees depends on the program that shows the report (pandoc prints the last, GitHub the "
                    "first), and only the first is checked"
                ),
                line=differs.line,
            )
        )
    if len(repeats) > _MAX_REPEATS_NAMED:
        findings.append(
            Finding(
                code="duplicate-label",
                message=(
                    f"and {len(repeats) - _MAX_REPEATS_NAMED} more footnotes repeat the label of the "
                    f"footnote {note.label} {_where(note.line, note.location)}"
                ),
            )
        )
    findings.extend(
        Finding(
            code="scheme-added",
            message=f"footnote {note.label} {_where(note.line, note.location)}: a link has no scheme; "
            f"{_READ_AS}{url}",
            line=note.line,
            field="url",
        )
        for url in note.schemes_added
        # but an address that was a link as shown (`links_shown_without_scheme`): the link has a scheme
        if url in note.urls
    )
    findings.extend(
        Finding(
            code="link-text-differs",
            message=f"footnote {note.label} {_where(note.line, note.location)}: a link shows {shown!r} but "
            f"leads to {target}; the target is what is captured",
            line=note.line,
            field="url",
        )
        for shown, target in note.misleading_links
    )
    if not referenced:
        findings.append(
            Finding(
                code="unreferenced-footnote",
                message=(
                    f"footnote {note.label} {_where(note.line, note.location)} is not referenced in the text"
                ),
                line=note.line,
            )
        )
    return tuple(findings)


# An HTML superscript that holds note numbers and no link (`<sup>1</sup>`, `<sup>[2]</sup>`,
# `<sup>1, 3</sup>`, `<sup>4-6</sup>`), written so in HTML and as inline HTML in Markdown. One right after a
# digit (`10<sup>6</sup>`), a unit (`km<sup>2</sup>`, `м<sup>2</sup>`) or a lone small letter
# (`x<sup>2</sup>`) is a power, not a marker; ordinals
# (`1<sup>st</sup>`) hold letters. Bounded: an attribute run and the list of numbers are read so far at most.
# The numbers are the group `tagged`; the case is ignored.
_NOT_A_POWER = (
    r"(?<![0-9])(?<!\bm)(?<!\bkm)(?<!\bcm)(?<!\bmm)(?<!\bft)(?<!\bmi)(?<!\byd)"
    "(?<!\\b\u043c)(?<!\\b\u043a\u043c)(?<!\\b\u0441\u043c)(?<!\\b\u043c\u043c)"  # м, км, см, мм
    "(?<!\\b\u00b5m)(?<!\\b\u03bcm)(?-i:(?<!\\b[b-z]))"  # µm, μm; a lone small letter (`x`), in any case
)
# A raised number written as characters (`km²`, `10⁶`, `x²`; `km^2`, `10^6` with a caret) where it is a power,
# not a note's marker: a square or a cube (² or ³ alone) after a unit (`_UNIT_BEFORE`) or a lone small Latin
# letter (`x²`, `n³`; `a` is a word), and any raised number after a lone `10` (`10⁶`, `10¹²`). Read as
# markers they cited notes 2, 3 and 6 (a quote before `km²` was note 2's, not its sentence's note's), named
# notes the report does not have, and a report of no notes that wrote `km²` was one whose notes could not be
# read. A mark after another number still cites (`killed 12¹`, `in 2022¹`, `40 km¹`): left as text, the quoted
# words of its sentence were no note's, and its note came out verified without them. Lookarounds, to stand
# before the raised digits (`RAISED_NOT_A_POWER`) or the caret (`CARET_NOT_A_POWER`).
_UNITS = (
    *("m", "km", "cm", "mm", "\u00b5m", "\u03bcm", "ft", "mi", "yd"),
    *("\u043c", "\u043a\u043c", "\u0441\u043c", "\u043c\u043c"),  # м, км, см, мм
)
_UNIT_BEFORE = "|".join(f"(?<=\\b{unit})" for unit in _UNITS) + "|(?-i:(?<=\\b[b-z]))"
_RAISED_DIGIT = "[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]"


def _not_a_power(square_or_cube: str) -> str:
    return f"(?!(?:{_UNIT_BEFORE}){square_or_cube})(?<!\\b10)"


# Nor from within a power's raised digits (`10¹²` is no marker `²`). Each opens by looking at the one
# character it stands before: the lookbehinds, tried at every character of a report, made reading it three
# times slower.
RAISED_NOT_A_POWER = (
    f"(?={_RAISED_DIGIT})" + _not_a_power(f"[\u00b2\u00b3](?!{_RAISED_DIGIT})") + f"(?<!{_RAISED_DIGIT})"
)
CARET_NOT_A_POWER = r"(?=\^)" + _not_a_power(r"\^[23](?![0-9])")
SUPERSCRIPT_TAG_MARKER = (
    rf"(?i:{_NOT_A_POWER}<sup(?:[ \t\n][^<>]{{0,200}})?>[ \t]{{0,10}}\[?"
    r"(?P<tagged>[0-9]{1,3}(?:[ \t]{0,10}[,\u2013-][ \t]{0,10}[0-9]{1,3}){0,20})"
    r"\]?[ \t]{0,10}</sup>)"
)


@functools.cache
def _marker_like() -> re.Pattern[str]:
    """What cites without being a note we read: `[1]`, `¹`, `^1`, `(1)` after a sentence, `[^a]`, HTML
    note anchors (`#fn1`, `#_ftn1`, `#ftnt1`, `#cite_note-1`, `#_edn1`) and unlinked HTML superscripts that
    are no power (`<sup>1</sup>`, `SUPERSCRIPT_TAG_MARKER`). Compiled on first use: it is looked for only in
    a report where no note was read. Notes of a markup not read are: AsciiDoc's `footnote:[…]` (or
    `footnote:name[…]`), LaTeX's `\\footnote{…}` and reStructuredText's named `[#name]_` or `[*]_`: a report
    citing by them, its notes holding no link, was "nothing to verify"."""
    return re.compile(
        r"\bfootnote:[\w-]{0,40}\[|\\footnote\{|\[(?:#[\w-]{1,40}|\*)\]_(?!\w)|"
        rf"\[\d{{1,3}}\]|{RAISED_NOT_A_POWER}{_RAISED_DIGIT}|{CARET_NOT_A_POWER}\^\d{{1,3}}\b|"
        r"(?<=[.!?\"\u201d])[ \t]?\(\d{1,3}\)"
        r"|\[\^[^\]\s]{1,40}\]|#(?:fn|_ftn|ftnt|_edn|edn|cite_note|footnote|endnote)[-_]?\w{0,20}\d"
        # After a tag (`<b>10</b><sup>6</sup>`) it may be a power: the HTML reader, which sees the text
        # before it, says itself when its superscripts cite and nothing was read.
        f"|(?<!>){SUPERSCRIPT_TAG_MARKER}",
        re.IGNORECASE,
    )


MARKERS_WITHOUT_NOTES = "markers-without-notes"


# Notes by symbol, as a short piece keeps one or two: `*`, `†`, `‡`, `§` after a word, a quote or a sentence's
# end, and a line that opens with the same symbol and cites a link (`* Telegram, …, https://…`). Read by the
# plain-text rules where they are the report's last lines, each cited (`plaintext._symbol_notes`); else not
# read, and said so: such a report was "nothing to verify" and passed. A symbol line without a link (a bullet
# list) names no source.
_SYMBOL_NOTE_LINE = on_first_use(r"^[ \t]{0,3}([*\u2020\u2021\u00a7])[ \t]", re.MULTILINE)
_SYMBOL_MARKER_AFTER = "(?<=[\\w.,;:!?\"'\u201d\u2019\u00bb)])"


def _symbol_marker(text: str) -> re.Match[str] | None:
    """The first `*`, `†`, `‡` or `§` that cites a note by symbol (`_SYMBOL_NOTE_LINE`), if any."""
    symbols: set[str] = set()
    for line in _SYMBOL_NOTE_LINE().finditer(text):
        end = text.find("\n", line.end())
        end = len(text) if end < 0 else end
        if text.find("://", line.end(), end) >= 0 or text.find("www.", line.end(), end) >= 0:
            symbols.add(line.group(1))
            if len(symbols) == 4:
                break
    found = [
        marker
        for symbol in symbols
        if (marker := re.search(f"{_SYMBOL_MARKER_AFTER}{re.escape(symbol)}(?![\\w*])", text)) is not None
    ]
    return min(found, key=lambda marker: marker.start(), default=None)


def markers_without_notes(text: str) -> Finding | None:
    """The finding for a report with no notes read but with text that looks like note markers."""
    found = _marker_like().search(text) or _symbol_marker(text)
    if found is None:
        return None
    return markers_without_notes_at(found.group(), text.count("\n", 0, found.start()) + 1)


def sources_without_notes_at(where: str, line: int) -> Finding:
    """The finding for a report with no notes read that lists sources in a style not read (`where` says
    what: `2 links under 'Sources' on line 5`): a report that cites, as `markers_without_notes` says."""
    return Finding(
        code=MARKERS_WITHOUT_NOTES,
        message=f"sources listed but no notes read: unsupported style? ({where})",
        line=line,
    )


# A report whose notes were read may list more sources under its notes heading as bullets, in no note: their
# links were never checked, and the report passed on its notes alone, nothing said. Said, not failed (a
# bibliography beside footnotes is a style of its own).
SOURCES_BESIDE_NOTES = "sources-beside-notes"


def sources_beside_notes_at(count: int, heading: str, line: int, where: str = "on line") -> Finding:
    """The finding for `count` links listed as bullets under the notes heading `heading`, in no note, the
    first on `line` (`where` says how a line is named)."""
    return Finding(
        code=SOURCES_BESIDE_NOTES,
        message=(
            f"{links_counted(count)} listed under {heading!r} in no note (the first {where} {line}): not "
            "checked; number the entries as notes, or cite each in one"
        ),
        line=line,
    )


# A report with no notes read and no marker, whose text links to web pages (`[wrote](https://t.me/…)`, a
# bare URL): "nothing to verify" is true of its notes, and none of its links was checked. Said, not failed:
# a report without notes has nothing `check` can verify (DESIGN §2: exit 0), but a CI log should not read
# as if its sources were looked at.
LINKS_WITHOUT_NOTES = "links-without-notes"


def links_without_notes_at(count: int, line: int) -> Finding:
    """The finding for a report with no notes read whose body holds `count` links, the first on `line`."""
    return Finding(
        code=LINKS_WITHOUT_NOTES,
        message=(
            f"{links_counted(count)} in the body, no footnotes found: links in the text are not checked "
            f"(first on line {line}); cite each source in a note"
        ),
        line=line,
    )


def links_counted(count: int) -> str:
    return "1 link" if count == 1 else f"{count} links"


def markers_without_notes_at(marker: str, line: int) -> Finding:
    """The finding for a report with no notes read whose first marker-like text is `marker` on `line`."""
    return Finding(
        code=MARKERS_WITHOUT_NOTES,
        message=f"markers found but no notes: unsupported style? (first: {marker!r} on line {line})",
        line=line,
    )
