"""Markdown reports: Pandoc/GFM `[^label]` references and `[^label]: text` definitions.

An inline note (`^[its text]`, Pandoc's and Obsidian's) is a note of its own where it stands, labelled `^[1]`,
`^[2]` by its place among the report's inline notes (`INLINE_NOTE_LABEL`), its citing context its paragraph.

Front matter (YAML between `---` lines or TOML between `+++` lines, from the first line: `blank_front_matter`)
is no body text: its lines are blanked, each kept in its place, before the report is read."""

from __future__ import annotations

import re
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, partial
from typing import TYPE_CHECKING, NamedTuple

from provenance.models import Finding, ReportFormat
from provenance.readers.assembly import (
    ATTRIBUTION_DASHES,
    CODE_END,
    CODE_START,
    MARK,
    MAX_ENTRIES,
    MAX_FOOTNOTES,
    PASSAGE_END,
    PASSAGE_START,
    MarkerDraft,
    NoteDraft,
    ParagraphDraft,
    PendingNote,
    assemble_footnotes,
    block_quote_draft,
    collapse_note_lines,
    continued_quote_draft,
    goes_on_with_quote,
    lead_in_draft,
    leading_marks,
    quote_left_open,
    refuse_too_many,
    unique,
    whole_quote,
    without_links_shown_without_scheme,
    without_marks,
    without_own_edges,
)
from provenance.readers.backticks import code_spans
from provenance.readers.decoding import decode_text
from provenance.readers.interface import ReadResult, ReportReader
from provenance.readers.plaintext import read_plain_text
from provenance.urls import FoundUrl, iter_urls, schemes_added, shown_link_differs

# markdown-it is loaded only for a report that needs it: a plain report (see `_plain_paragraphs`) is read
# without it, and its import is a tenth of `extract`'s start-up.
if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.helpers.parse_link_destination import _Result as _LinkDestination
    from markdown_it.rules_core import StateCore
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token


def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    # Definitions stay in place (move_to_end off), so each keeps its line and a duplicate or unreferenced one
    # is not dropped; references to missing labels still become tokens (always_match_refs) to be reported.
    parser = (
        MarkdownIt("commonmark")
        .enable(["table", "strikethrough"])
        .use(footnote_plugin, inline=False, move_to_end=False, always_match_refs=True)
    )
    parser.inline.ruler.at("footnote_ref", _footnote_ref_in_linear_time)
    parser.core.ruler.at("text_join", _text_join_keeping_escapes)
    _charge_inline_work(parser)
    return parser


class _InlineMarkupTooDense(Exception):
    """A block's inline markup would cost markdown-it more than its budget (`_InlineBudget`): the block is
    read as plain text instead (`_unparsed_inline_text`), and the report says which line."""


@dataclass(slots=True)
class _InlineBudget:
    """What markdown-it may spend on one block's inline content, in units of about a seventh of a µs: a
    token skipped while a link label is looked for (every inline rule tried once) costs 10, a link
    destination looked for costs a unit a character it reads.

    markdown-it's link rules are linear but slow where brackets are dense: each `[` looks ahead for its
    `]` token by token, and each `](` scans its destination, so a run of `[^`, `[`, `![` or `[a](` cost
    15-60 µs a character (20 minutes for a 50 MB report) where ordinary text costs 2-6 µs. Ordinary
    inline content spends under 5 units a character (a run of references `[^1][^2]` the most, a list of
    links about 1); a block of those hostile shapes spends 20 to 400.

    The tokens it makes are counted apart (`tokens_left`), for the memory they hold until the block is
    read: some 450 bytes each (with the delimiter an emphasis or strikethrough mark keeps), and a run of
    marks such as `*_*_` or `~~a~~a` makes one a character or two (500 bytes a byte of report: 20 GB for
    50 MB). A block may make a token for every 4 characters of its content and 5,000 more, 500,000 at
    most: some 115 bytes a character, 225 MB at most. Prose makes one for some 60 characters; a long run
    of links, emphasis and references such as `The [minister](https://t.me/c/5) said *so*.[^1][^2]` one
    for 5 (a paragraph of 2.5 MB of that would be read as plain text).
    """

    left: int
    tokens_left: int

    @classmethod
    def for_content(cls, content: str) -> _InlineBudget:
        return cls(
            left=_BUDGET_PER_CHARACTER * len(content) + _BUDGET_PER_BLOCK,
            tokens_left=min(
                len(content) // _CHARACTERS_PER_INLINE_TOKEN + _INLINE_TOKENS_PER_BLOCK,
                _INLINE_TOKENS_AT_MOST,
            ),
        )

    def spend(self, units: int) -> None:
        self.left -= units
        if self.left < 0:
            raise _InlineMarkupTooDense

    def token_made(self) -> None:
        self.tokens_left -= 1
        if self.tokens_left < 0:
            raise _InlineMarkupTooDense


_BUDGET_PER_CHARACTER = 8
_BUDGET_PER_BLOCK = 20_000
_SKIPPED_TOKEN_COST = 10
_CHARACTERS_PER_INLINE_TOKEN = 4
_INLINE_TOKENS_PER_BLOCK = 5_000
_INLINE_TOKENS_AT_MOST = 500_000
# The budget of the block whose inline content is being parsed (None: no budget, as in `parser.parse`).
_BLOCK_BUDGET: ContextVar[_InlineBudget | None] = ContextVar("provenance_inline_budget", default=None)
# Where a link destination's scan stops at the latest (markdown-it stops at a space or control character,
# or sooner at an unbalanced or 33rd nested parenthesis).
_DESTINATION_END = re.compile(r"[\x00-\x20\x7f]")


def _charge_inline_work(parser: MarkdownIt) -> None:
    """Make `parser`'s link rules and the tokens it makes spend the budget of the block being parsed, when
    there is one."""
    from markdown_it import helpers

    skip_token = parser.inline.skipToken
    tokenize = parser.inline.tokenize

    def tokenize_within_budget(state: StateInline) -> None:
        budget = _BLOCK_BUDGET.get()
        if budget is None or isinstance(state.tokens, _ChargedTokens):  # (a link's text: the same state)
            tokenize(state)
            return
        # Every inline token is appended to `state.tokens` (`StateInline.push`, `pushPending`), so a list
        # that charges each append counts them as they are made; the tokens go to the given list after.
        given = state.tokens
        charged = _ChargedTokens(budget.token_made)
        charged.extend(given)  # none: markdown-it gives an empty list, but indexes into it must hold
        state.tokens = charged
        tokenize(state)
        given.extend(charged[len(given) :])
        state.tokens = given

    def skip_token_within_budget(state: StateInline) -> None:
        budget = _BLOCK_BUDGET.get()
        if budget is not None:
            budget.spend(_SKIPPED_TOKEN_COST)
        skip_token(state)

    def destination_within_budget(source: str, start: int, end: int) -> _LinkDestination:
        found = helpers.parseLinkDestination(source, start, end)
        budget = _BLOCK_BUDGET.get()
        if budget is not None:
            if found.ok:
                budget.spend(found.pos - start)
            else:
                # Where the scan stopped is not told: the farthest it can have gone is charged. The search
                # reads no more than it charges, so it too stays within the budget.
                stop = _DESTINATION_END.search(source, start, end)
                budget.spend((stop.start() if stop else end) - start)
        return found

    # `parseLinkLabel` calls `state.md.inline.skipToken`, the link rules `state.md.helpers`, and
    # `ParserInline.parse` (for a block, and for an image's description) `self.tokenize`: this parser's
    # own attributes, so markdown-it itself is left as it is.
    parser.inline.skipToken = skip_token_within_budget  # type: ignore[method-assign]
    parser.inline.tokenize = tokenize_within_budget  # type: ignore[method-assign]
    parser.helpers = types.SimpleNamespace(  # type: ignore[assignment]
        parseLinkLabel=helpers.parseLinkLabel,
        parseLinkDestination=destination_within_budget,
        parseLinkTitle=helpers.parseLinkTitle,
    )


class _ChargedTokens(list["Token"]):
    """A list of tokens that calls `token_made` before each token is appended to it (which raises once the
    budget is spent): markdown-it appends every token it makes to the list it makes them for."""

    __slots__ = ("_token_made",)

    def __init__(self, token_made: Callable[[], None]) -> None:
        super().__init__()
        self._token_made = token_made

    def append(self, token: Token) -> None:
        self._token_made()
        super().append(token)


class _BlockMarkupTooDense(Exception):
    """A report's block markup would hold more of markdown-it's tokens than its budget (`_ReportBudget`):
    the report is read as plain paragraphs instead (`_unparsed_paragraphs`), with one finding."""

    def __init__(self, line: int | None = None) -> None:
        super().__init__(line)
        self.line = line


@dataclass(slots=True)
class _ReportBudget:
    """How many block tokens markdown-it may make for one report, all of which it holds until the last
    block is read: a token for every 6 characters and 150,000 more, 1,000,000 at most; a line of the report
    costs half a token.

    A token holds some 350 bytes and markdown-it keeps some 170 bytes a line, so lists of empty items
    (`-` lines) or tables of one-character cells held 400-500 bytes a byte of report (20 GB for 50 MB).
    Within the budget they hold some 60 bytes a character and 53 MB more, 350 MB at most. A long report
    of prose, notes, lists, tables and quotes makes a token for some 25 characters (a 3 MB report of
    10,000 notes: 130,000 tokens and 41,000 lines, a quarter of its budget; 20,000 notes, the most a
    report is read with, in 6.6 MB: 280,000); one with a 20-row table every ten paragraphs, one for 6. The
    150,000 more let a data appendix through (a 12,000-row table of three short cells in 205 KB, a token
    for every 1-2 characters), which 80,000 sent to the plain-paragraph reading.
    """

    left: int

    @classmethod
    def for_source(cls, source: str) -> _ReportBudget:
        tokens = len(source) // _CHARACTERS_PER_BLOCK_TOKEN + _BLOCK_TOKENS_PER_REPORT
        budget = cls(left=min(tokens, _BLOCK_TOKENS_AT_MOST))
        budget.spend((source.count("\n") + 1) // 2)  # before markdown-it keeps its per-line arrays
        return budget

    def spend(self, tokens: int) -> None:
        self.left -= tokens
        if self.left < 0:
            raise _BlockMarkupTooDense

    def token_made(self) -> None:
        self.spend(1)


_CHARACTERS_PER_BLOCK_TOKEN = 6
_BLOCK_TOKENS_PER_REPORT = 150_000
_BLOCK_TOKENS_AT_MOST = 1_000_000


@contextmanager
def _within_budget(content: str) -> Iterator[None]:
    """Parse one block's inline `content` within its budget (`_InlineMarkupTooDense` past it)."""
    reset = _BLOCK_BUDGET.set(_InlineBudget.for_content(content))
    try:
        yield
    finally:
        _BLOCK_BUDGET.reset(reset)


@cache
def _inline_parser() -> MarkdownIt:
    return _parser()


# markdown-it's core rules, in order: those that build the block tokens (`normalize` done by `_normalized`),
# then those that work on one inline token at a time.
BLOCK_RULES = ("normalize", "block")
INLINE_RULES = ("inline", "text_join")


def _tokens(text: str) -> Iterator[Token]:
    """What `MarkdownIt.parse(text)` returns, token by token, each inline token's children parsed only when it
    is reached, and every token let go once read: a report of 10,000 footnotes never holds its whole token
    tree (it was most of `extract`'s memory).

    The same rules run in the same order as in `parse`: the block rules over the whole text (so every link
    reference and footnote definition is known), then the inline rules on each inline token alone.
    """
    parser = _parser()
    rules = _core_rules(parser)
    if rules is None:  # a markdown-it that works otherwise: parse as it does
        yield from parser.parse(text, {})
        return
    from markdown_it.rules_core import StateCore

    state = StateCore(_normalized(text), parser, {})
    state.tokens = _ChargedTokens(_ReportBudget.for_source(state.src).token_made)
    try:
        rules["block"](state)
    except _BlockMarkupTooDense:
        raise _BlockMarkupTooDense(_last_line(state.tokens)) from None
    tokens, state.tokens = state.tokens, []
    for index, token in enumerate(tokens):
        tokens[index] = None  # type: ignore[call-overload]  # let go of the token once read
        if token.type == "inline":
            state.tokens = [token]
            try:
                with _within_budget(token.content):
                    for name in INLINE_RULES:
                        rules[name](state)
            except _InlineMarkupTooDense:
                token.children = []
                token.meta[_UNPARSED] = True
        yield token


def _core_rules(parser: MarkdownIt) -> dict[str, Callable[[StateCore], None]] | None:
    """`parser`'s core rules by name, or None when they are not the ones `_tokens` runs itself."""
    names = parser.core.ruler.get_active_rules()
    if tuple(names) != (*BLOCK_RULES, *INLINE_RULES):
        return None
    return dict(zip(names, parser.core.ruler.getRules(""), strict=True))


def _normalized(text: str) -> str:
    """What markdown-it's `normalize` rule makes of `text` (line ends to LF, NUL to U+FFFD), with no
    `re.sub` over every line end (a piece a line while it runs: a gigabyte for 12 million lines)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")


def _last_line(tokens: Sequence[Token]) -> int | None:
    """The line (1-based) of the block markdown-it was making when it made the last of `tokens`."""
    for token in reversed(tokens[-10:]):
        if token.map is not None:
            return token.map[0] + 1
    return None


_LABEL_STOP = re.compile(r"[ \n\]]")
_STOP_CACHE = "provenance_footnote_label_stop"


def _footnote_ref_in_linear_time(state: StateInline, silent: bool) -> bool:
    """mdit-py-plugins' `footnote_ref` rule, called only where it can succeed.

    The plugin's rule scans from every `[^` to the next `]`, space or newline, so a run of `[^` without a `]`
    costs quadratic time (10 s for 5,000; issue 6). Where the scan would end is remembered for the whole
    stretch it covers, so each character is scanned once. To report upstream (mdit-py-plugins, and
    markdown-it-footnote it ports): the reference rule should give up on a `[^` run in linear time.
    """
    src, start = state.src, state.pos
    if not src.startswith("[^", start):
        return False
    cached = state.env.get(_STOP_CACHE)
    if cached is not None and cached[0] is src and cached[1] <= start + 2 <= cached[2]:
        stop = cached[2]
    else:
        found = _LABEL_STOP.search(src, start + 2)
        stop = found.start() if found else len(src)
        state.env[_STOP_CACHE] = (src, start + 2, stop)
    if stop >= state.posMax or src[stop] != "]":
        return False
    from mdit_py_plugins.footnote.index import footnote_ref

    return bool(footnote_ref(state, silent, always_match=True))


class _InlineMarker(NamedTuple):
    label: str
    line_offset: int


class _InlineText(NamedTuple):
    """One block's inline content as text (`MARK` where each reference stood), its URLs and references."""

    text: str
    urls: tuple[str, ...]
    markers: tuple[_InlineMarker, ...]
    schemes_added: tuple[str, ...]
    misleading_links: tuple[tuple[str, str], ...] = ()
    unparsed: bool = False  # its markup was too dense to parse: read as plain text (`_InlineBudget`)
    code: tuple[tuple[int, int], ...] = ()  # where each code span's text starts and ends in `text`
    # Its inline notes (`^[…]`), each a note whose `line` is the line it opens on, counted from the block's
    # first (0): each has its marker among `markers`.
    inline_notes: tuple[NoteDraft, ...] = ()


@dataclass(slots=True)
class _NoteBuilder:
    label: str
    line: int
    paragraphs: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    schemes_added: list[str] = field(default_factory=list)
    misleading_links: list[tuple[str, str]] = field(default_factory=list)

    def add(self, text: str, inline: _InlineText) -> None:
        self.paragraphs.append(text)
        self.urls.extend(inline.urls)
        self.schemes_added.extend(inline.schemes_added)
        self.misleading_links.extend(inline.misleading_links)

    def build(self) -> NoteDraft:
        return NoteDraft(
            label=self.label,
            text="\n\n".join(self.paragraphs),
            line=self.line,
            urls=unique(self.urls),
            schemes_added=unique(url for url in self.schemes_added if url in self.urls),
            misleading_links=tuple(self.misleading_links),
        )


class MarkdownReader(ReportReader):
    format = ReportFormat.MARKDOWN
    suffixes = (".md", ".markdown", ".mdown", ".mkd")

    def prose(self, text: str) -> str:
        # `*` is Markdown's emphasis and bullet, never a note's symbol (`*Note:*` above a list of links).
        return blank_code(blank_front_matter(text)).replace("*", " ")

    def read(self, data: bytes, name: str) -> ReadResult:
        text = blank_front_matter(decode_text(data, name))
        result, inline_notes = _read_counting_inline_notes(text)
        if len(result.footnotes) > inline_notes:
            return result
        # No Markdown footnotes: a draft written with `[1]`, `¹` or `<sup>1</sup>` notes, read by the
        # plain-text rules (not in its code blocks, whose `[1]` lines are examples; code spans are left: a
        # note may show code), code spans still code for the quotes of a passage.
        plain = read_plain_text(blank_fenced_code(text), superscript_tags=True, markdown_code=True)
        if not plain.footnotes:
            return result
        if inline_notes:
            # Its inline notes are not read by those rules: said, or the quotes they cite passed uncompared.
            first = result.footnotes[0].line
            unread = Finding(
                code="marker-without-footnote",
                message=f"inline notes (^[…]: {inline_notes}, the first on line {first}) are not read in a"
                " report whose other notes are a numbered list ([1] …): make them notes of that list",
                line=first,
            )
            return ReadResult(plain.footnotes, (*plain.findings, unread))
        return plain


class _NoteStart(NamedTuple):
    label: str
    line: int


class _NoteEnd(NamedTuple):
    pass


class _Inline(NamedTuple):
    """One block's inline content, read, and the line the block starts on."""

    line: int
    inline: _InlineText


class _QuoteStart(NamedTuple):
    """A block quote opens (the outermost one: a quote inside it is part of its text)."""


class _QuoteEnd(NamedTuple):
    pass


class _QuotedInline(NamedTuple):
    """One block's inline content inside a block quote, and where its last line starts in its text (0 when
    it has one line): a last line such as `— the mayor` is the quote's attribution, not quoted words."""

    line: int
    inline: _InlineText
    last_line_start: int
    # In the first block of a quote callout (`> [!quote] Title`): where its `[!quote]` ends and where its
    # first line (the title, where more lines follow) ends in its text (`_quote_callout_title`).
    title: tuple[int, int] | None = None


class _RowStart(NamedTuple):
    """A table's row opens: its cells' inline contents follow, each an `_Inline`."""


class _RowEnd(NamedTuple):
    pass


_Block = _NoteStart | _NoteEnd | _Inline | _QuoteStart | _QuoteEnd | _QuotedInline | _RowStart | _RowEnd


def read_markdown(text: str) -> ReadResult:
    return _read_counting_inline_notes(text)[0]


def _read_counting_inline_notes(text: str) -> tuple[ReadResult, int]:
    """`read_markdown(text)`, and how many of its notes are inline notes."""
    read = [0]
    reset = _INLINE_NOTES_READ.set(read)  # inline notes are numbered through the report
    try:
        return _read_markdown(text), read[0]
    finally:
        _INLINE_NOTES_READ.reset(reset)


def _read_markdown(text: str) -> ReadResult:
    paragraphs = _plain_paragraphs(text)
    if paragraphs is not None:
        return _read_plain_paragraphs(paragraphs)
    try:
        return _read_blocks(_parsed_blocks(text))
    except _BlockMarkupTooDense as dense:
        line = dense.line
    # Read outside the handler: the exception's frames hold markdown-it's tokens until it is let go.
    return _read_plain_paragraphs(
        _unparsed_paragraphs(text), read_inline=_plain_text_of_block, findings=(_block_markup_finding(line),)
    )


def _read_blocks(blocks: Iterable[_Block]) -> ReadResult:
    notes: list[NoteDraft] = []
    markers: list[MarkerDraft] = []
    open_notes: list[_NoteBuilder] = []
    # The blocks of the block quote being read, and how many notes were open when it opened: a note opened
    # inside it (`> [^1]: …`) is a note, not quoted words.
    quoted: list[_QuotedInline] = []
    notes_open_at_quote = 0
    # A block quote just closed, until the next block: markers that open the paragraph right after it cite
    # it (`> We will win.` then `[^1] said the mayor.`), or its words were no marker's.
    closed_quote: list[_QuotedInline] = []
    # Where the markers of the last block read start, if it is a paragraph outside notes and quotes: one
    # that introduces a block quote right after it (`The mayor said:[^1]`) may cite it (`lead_in_draft`).
    last_paragraph: int | None = None
    quote_lead_in: int | None = None
    # The cells of the table row being read since its last cell with markers (None outside a row): a cell
    # of nothing but markers cites them (`_add_row_markers`).
    row_cells: list[_InlineText] | None = None
    # The words of a quotation left open in the paragraphs just read, which cite nothing: a paragraph that
    # goes on with it and cites cites them (`assembly.continued_quote_draft`).
    carried: list[str] = []
    unparsed_lines: list[int] = []
    for block in blocks:
        _refuse_too_many(notes, markers)
        after_quote = 0  # how many markers that open this block cite the block quote before it
        if (
            closed_quote
            and type(block) is _Inline
            and len(open_notes) == notes_open_at_quote
            and (after_quote := leading_marks(block.inline.text))
        ):
            closed_quote.append(_QuotedInline(block.line, block.inline, 0))
        if closed_quote:
            _add_block_quote_markers(markers, closed_quote, after_quote, quote_lead_in)
            closed_quote = []
        paragraph_before, last_paragraph = last_paragraph, None
        carried_before, carried = carried, []
        if isinstance(block, _Inline | _QuotedInline) and block.inline.inline_notes:
            notes.extend(_inline_notes(block.inline, block.line))
        if isinstance(block, _NoteStart):
            open_notes.append(_NoteBuilder(label=block.label, line=block.line))
        elif isinstance(block, _NoteEnd):
            notes.append(open_notes.pop().build())
        elif isinstance(block, _QuoteStart):
            quoted, notes_open_at_quote = [], len(open_notes)
            quote_lead_in = paragraph_before
        elif isinstance(block, _QuoteEnd):
            closed_quote, quoted = quoted, []
        elif isinstance(block, _RowStart | _RowEnd):
            row_cells = [] if isinstance(block, _RowStart) else None
        elif type(block) is _Inline and row_cells is not None and not open_notes:
            if block.inline.unparsed:
                unparsed_lines.append(block.line)
            if block.inline.markers:
                _add_row_markers(markers, row_cells, block.inline, block.line)
                row_cells = []
            else:
                row_cells.append(block.inline)
        else:
            if block.inline.unparsed:
                unparsed_lines.append(block.line)
            if isinstance(block, _QuotedInline) and len(open_notes) == notes_open_at_quote:
                quoted.append(block)
            else:
                if type(block) is _Inline and not open_notes:
                    last_paragraph = len(markers)
                    carried = _add_paragraph_markers(markers, block, after_quote, carried_before)
                    if not carried_before:
                        _cite_whole_quote(markers, paragraph_before, block.inline)
                else:
                    _add_markers(markers, block.inline, block.line, after_quote)
            note_text = _note_words(block.inline.text) if open_notes else ""
            if note_text:
                open_notes[-1].add(note_text, block.inline)
    if closed_quote:
        _add_block_quote_markers(markers, closed_quote, lead_in=quote_lead_in)
    # Notes are reported in the order they are defined, whatever order their references come in.
    return assemble_footnotes(notes, markers, _unparsed_findings(unparsed_lines))


def _unparsed_findings(lines: Sequence[int]) -> tuple[Finding, ...]:
    return tuple(
        Finding(
            code="markup-not-parsed",
            message=(
                f"line {line}: inline markup too dense to parse in bounded time and memory (a long run of "
                "'[', of links or of emphasis marks); read as plain text: its footnote references are kept, "
                "its links, emphasis and code are not read as such"
            ),
            line=line,
        )
        for line in lines
    )


def _block_markup_finding(line: int | None) -> Finding:
    where = f"; the budget ran out at line {line}" if line is not None else ""
    return Finding(
        code="markup-not-parsed",
        message=(
            "block markup too dense to parse in bounded memory (more lines, list items or table cells than a "
            f"report of its size has{where}): the whole report is read as plain paragraphs: its footnote "
            "definitions and references are kept, its lists, tables, links and emphasis are not read as such"
        ),
        line=line,
    )


def _read_plain_paragraphs(
    paragraphs: list[_PlainParagraph],
    read_inline: Callable[[str], _InlineText] | None = None,
    findings: Sequence[Finding] = (),
) -> ReadResult:
    """`_read_blocks(_plain_blocks(paragraphs))` without the blocks: a plain report's note is one paragraph
    and no other paragraph is in a note (tests/readers/test_markdown_plain_path.py checks the two agree).

    `read_inline` reads a paragraph's content (by default `_plain_inline_text`), and `findings` are the
    report's own."""
    # A body paragraph's URLs are not looked for: they are no note's, and only a note's are read
    # (`_read_blocks` reads them and leaves them unused; 5,000 instructions a paragraph).
    read_body = read_inline or partial(_plain_inline_text, urls=False)
    read_inline = read_inline or _plain_inline_text
    notes: list[NoteDraft | PendingNote] = []
    markers: list[MarkerDraft] = []
    unparsed_lines: list[int] = []
    labels: set[str] = set()
    # Repeats of a label read as notes: their links are the first note's too (`assembly`), up to a bound.
    repeats_read = 0
    carried: list[str] = []  # as `_read_blocks` carries them
    last_paragraph: int | None = None  # and as it keeps where the markers of the paragraph just read start
    paragraphs.reverse()
    while paragraphs:  # each paragraph let go once read
        # The bounds compared here, the call made only past one: three calls a paragraph were 5 % of reading.
        if len(notes) > MAX_ENTRIES or len(markers) > MAX_ENTRIES or len(labels) > MAX_FOOTNOTES:
            _refuse_too_many(notes, markers, labels)
        number, label, lines = paragraphs.pop()
        carried_before, carried = carried, []
        paragraph_before, last_paragraph = last_paragraph, None
        content = "\n".join(lines).strip(MD_TRIM_CHARS)
        if label is not None and "[" not in content and label in labels:
            repeats_read += 1
            if repeats_read > MAX_FOOTNOTES:
                # A repeat of an earlier note's label past so many is reported by its line only
                # (`duplicate-label`): 400,000 lines of `[^1]: a` are not read as 400,000 notes.
                notes.append(NoteDraft(label, "", number + 1, ()))
                continue
        if label is not None:
            labels.add(label)
        if label is not None and "[" not in content:
            # No reference in it (nor a link, nor an inline note): nothing of this note is needed until its
            # footnote is made, so it is read then (`PendingNote`), half of a long report's in a fork.
            read_note = partial(_plain_note, label, number + 1, content, read_inline)
            notes.append(PendingNote(label, number + 1, read_note))
            continue
        inline = read_body(content) if label is None else _note_inline(content, read_inline)
        if inline.unparsed:
            unparsed_lines.append(number + 1)
        if inline.inline_notes:
            notes.extend(_inline_notes(inline, number + 1))
        if label is None:
            last_paragraph = len(markers)
            carried = _add_paragraph_markers(markers, _Inline(number + 1, inline), 0, carried_before)
            if not carried_before:
                _cite_whole_quote(markers, paragraph_before, inline)
        else:
            _add_markers(markers, inline, number + 1)
            notes.append(_note_of_one_paragraph(label, number + 1, inline))
    return assemble_footnotes(notes, markers, (*findings, *_unparsed_findings(unparsed_lines)))


def _refuse_too_many(
    notes: Sequence[NoteDraft | PendingNote], markers: Sequence[MarkerDraft], labels: set[str] | None = None
) -> None:
    """Stop reading a report with more notes or markers than one report is read with (`assembly`: which
    counts distinct notes where `labels` is not given)."""
    refuse_too_many(len(notes), MAX_ENTRIES, "footnote definitions")
    refuse_too_many(len(markers), MAX_ENTRIES, "footnote markers")
    if labels is not None:
        refuse_too_many(len(labels), MAX_FOOTNOTES, "footnotes")


def _inline_notes(inline: _InlineText, line: int) -> Iterator[NoteDraft]:
    """The inline notes of a block that starts on `line`, each on the line it opens on."""
    return (note._replace(line=line + note.line) for note in inline.inline_notes)


def _plain_note(label: str, line: int, content: str, read_inline: Callable[[str], _InlineText]) -> NoteDraft:
    """The note of a definition's paragraph whose content holds no reference."""
    return _note_of_one_paragraph(label, line, _note_inline(content, read_inline))


def _has_hard_break(content: str) -> bool:
    """Whether `content` holds a hard line break (two spaces or a backslash before the line's end): in a note,
    where it parts the note's name from its outlet and date ("Two Majors  \u23ce Telegram, 21 January 2022"),
    a line break of its text. Two substrings looked for, not a pattern searched for (`(?:  |\\\\)\\n`, tried
    at each character of a note that is mostly one line)."""
    return "  \n" in content or "\\\n" in content


def _note_words(text: str) -> str:
    """A note paragraph's words, whitespace collapsed, but for its hard line breaks (`_note_inline`: the
    only line breaks its text holds), each kept."""
    return collapse_note_lines(text.replace(MARK, " "), "\n")


def _note_inline(content: str, read_inline: Callable[[str], _InlineText]) -> _InlineText:
    """A note's paragraph read as `read_inline` reads it, its hard line breaks kept as line breaks: read as
    spaces, the name a note opens with ran on into the next line's words, "Two Majors Telegram", and the
    author was read from the link instead, verified on another channel's post."""
    if read_inline is not _plain_inline_text or not _has_hard_break(content):
        return read_inline(content)
    try:
        return _inline_text(_parse_inline(content), hard_breaks=True)
    except _InlineMarkupTooDense:
        return _unparsed_inline_text(content)


def _note_of_one_paragraph(label: str, line: int, inline: _InlineText) -> NoteDraft:
    text = _note_words(inline.text)
    if not text:
        return NoteDraft(label, "", line, ())
    return NoteDraft(
        label=label,
        text=text,
        line=line,
        urls=inline.urls,  # already without repeats
        schemes_added=unique(url for url in inline.schemes_added if url in inline.urls)
        if inline.schemes_added
        else (),
        misleading_links=inline.misleading_links,
    )


def _add_markers(markers: list[MarkerDraft], inline: _InlineText, line: int, first: int = 0) -> None:
    """The markers of a paragraph from its `first` (those before it cite a block quote before it)."""
    if len(inline.markers) > first:
        paragraph = (
            ParagraphDraft(_with_code_edges(without_own_edges(inline.text), inline.code), code=True)
            if inline.code
            else ParagraphDraft(inline.text)
        )
        # A loop, each draft made positionally: a generator of drafts made by keyword was 5,000 more
        # instructions a paragraph of one marker.
        for mark in range(first, len(inline.markers)):
            label, offset = inline.markers[mark]
            markers.append(MarkerDraft(label, line + offset, paragraph, mark))


def _cite_from_lead_in(markers: list[MarkerDraft], lead_in: int, quote: ParagraphDraft) -> None:
    """The markers of the paragraph whose markers start at `lead_in` in one draft with `quote` (a block
    quote, or a paragraph of one quotation, citing nothing itself) after it, where its last marker
    introduces it (`lead_in_draft`)."""
    introducing = markers[lead_in].paragraph if lead_in < len(markers) else None
    draft = lead_in_draft(introducing, quote) if introducing is not None else None
    if draft is not None:
        markers[lead_in:] = [  # (a note defined inside a block quote has markers of its own)
            marker._replace(paragraph=draft) if marker.paragraph is introducing else marker
            for marker in markers[lead_in:]
        ]


def _cite_whole_quote(markers: list[MarkerDraft], lead_in: int | None, inline: _InlineText) -> None:
    """A paragraph without markers that is one quotation (`whole_quote`), after one whose markers start at
    `lead_in` and that introduces it (`The mayor said:[^1]`): that marker cites its words."""
    if lead_in is None or inline.markers or inline.code:
        return
    words = whole_quote(inline.text)
    if words is not None:
        _cite_from_lead_in(markers, lead_in, block_quote_draft([without_own_edges(words)]))


def _add_paragraph_markers(
    markers: list[MarkerDraft], block: _Inline, after_quote: int, carried: list[str]
) -> list[str]:
    """The markers of a paragraph, which cite the words of a quotation the paragraphs before it left open
    (`carried`) where it goes on with it; and the words it carries on in turn."""
    inline = block.inline
    goes_on = bool(carried) and goes_on_with_quote(inline.text)
    if goes_on and inline.markers and not after_quote and not inline.code:
        paragraph = continued_quote_draft(carried, without_own_edges(inline.text))
        markers.extend(
            MarkerDraft(marker.label, block.line + marker.line_offset, paragraph, mark)
            for mark, marker in enumerate(inline.markers)
        )
        return []
    _add_markers(markers, inline, block.line, after_quote)
    if inline.markers or inline.code or (carried and not goes_on):
        return []
    open_words = quote_left_open(inline.text)
    if not open_words:
        return []
    carried.append(open_words)  # in place: a long run of such paragraphs costs linear time
    return carried


def _add_row_markers(
    markers: list[MarkerDraft], before: Sequence[_InlineText], cell: _InlineText, line: int
) -> None:
    """The markers of a table cell: of the cell alone where it has words of its own, else (a Sources column:
    `| Mayor | “We will win” | [^1] |`) of the row's cells `before` it and then the cell, as one paragraph.
    Read alone, the row's quote was no footnote's, and each note came out verified with nothing compared."""
    if without_marks(cell.text) or not any(without_marks(earlier.text) for earlier in before):
        _add_markers(markers, cell, line)
        return
    cells = [*before, cell]
    if any(inline.code for inline in cells):
        text = " ".join(_with_code_edges(without_own_edges(inline.text), inline.code) for inline in cells)
        paragraph = ParagraphDraft(text, code=True)
    else:
        paragraph = ParagraphDraft(" ".join(inline.text for inline in cells))
    markers.extend(
        MarkerDraft(label=marker.label, line=line + marker.line_offset, paragraph=paragraph, mark=mark)
        for mark, marker in enumerate(cell.markers)
    )


def _add_block_quote_markers(
    markers: list[MarkerDraft], quoted: Sequence[_QuotedInline], after: int = 0, lead_in: int | None = None
) -> None:
    """The markers of a block quote, in one paragraph of all its blocks whose text, but for a last line of
    attribution, is a quoted passage: a marker in it cites those words as “…” would (assembly.py). Where
    `after` is given, the last block is the paragraph after the block quote, whose first `after` markers
    cite it as a marker at its end would (the rest of that paragraph is not part of it). Where `lead_in` is
    given, the markers from it on are those of the paragraph right before the block quote."""
    if after:
        following = quoted[-1]
        quoted = quoted[:-1]
    cites_nothing = not any(block.inline.markers for block in quoted) and not after
    if cites_nothing and lead_in is None:
        return  # a block quote that cites nothing adds nothing to any footnote
    texts = [_with_code_edges(without_own_edges(block.inline.text), block.inline.code) for block in quoted]

    def in_text(block: _QuotedInline, place: int) -> int:
        # After the code edges before it (a code span holds no line break).
        return place + 2 * sum(1 for start, _ in block.inline.code if start < place)

    last_line_start = in_text(quoted[-1], quoted[-1].last_line_start)

    def attributed(texts: list[str], last_line_start: int) -> tuple[str, str]:
        """The quoted words and, where a last line names who is quoted (`— the mayor`), that line."""
        last_line = texts[-1][last_line_start:]
        before_last_line = [*texts[:-1], texts[-1][:last_line_start]]
        if last_line.lstrip().startswith(ATTRIBUTION_DASHES) and without_marks(" ".join(before_last_line)):
            return " ".join(before_last_line), " " + last_line
        return " ".join(texts), ""

    title = ""
    if quoted[0].title is not None:
        # A quote callout's `[!quote]` is no quoted word, nor is its title where quoted words follow it. A
        # callout of one line, or of its title and who is quoted (`— Rybar`), quotes the words after
        # `[!quote]`.
        marker_end, first_line_end = quoted[0].title
        start, cut = in_text(quoted[0], marker_end), in_text(quoted[0], first_line_end)
        after_title = [texts[0][cut:], *texts[1:]]
        last_after = max(0, last_line_start - cut) if len(quoted) == 1 else last_line_start
        words, named = attributed(after_title, last_after)
        if without_marks(words) and (named or not words.lstrip().startswith(ATTRIBUTION_DASHES)):
            title, texts[0] = texts[0][start:cut].strip(), texts[0][cut:]
        else:
            texts[0] = texts[0][start:]
            cut = start
        if len(quoted) == 1:
            last_line_start = max(0, last_line_start - cut)
    passage, attribution = attributed(texts, last_line_start)
    paragraph = ParagraphDraft(
        (title + " " if title else "")
        + PASSAGE_START
        + passage.strip()
        + PASSAGE_END
        + attribution
        + MARK * after,
        passages=True,
        code=any(block.inline.code for block in quoted),
    )
    if cites_nothing:
        # The words of the marker that introduces it, if one ends the paragraph before it by a colon (`The
        # mayor said:[^1]`), else of no footnote (`lead_in`: where that paragraph's markers start).
        if lead_in is not None:
            _cite_from_lead_in(markers, lead_in, paragraph)
        return
    mark = 0
    for block in quoted:
        for marker in block.inline.markers:
            markers.append(MarkerDraft(marker.label, block.line + marker.line_offset, paragraph, mark))
            mark += 1
    if after:
        for marker in following.inline.markers[:after]:
            markers.append(MarkerDraft(marker.label, following.line + marker.line_offset, paragraph, mark))
            mark += 1


def _with_code_edges(text: str, code: Sequence[tuple[int, int]]) -> str:
    """`text` with `CODE_START` and `CODE_END` around each of its code spans (`_InlineText.code`): their
    words stay in the passage as written, their quote marks quote nothing (a config value, a command)."""
    if not code:
        return text
    pieces: list[str] = []
    done = 0
    for start, end in code:
        pieces += (text[done:start], CODE_START, text[start:end], CODE_END)
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


# A callout (Obsidian's `> [!note] Title`, GitHub's `> [!WARNING]`): a block quote's syntax for a box of
# the report's own words, not a quotation. Read as one, its words were compared with the source as quoted.
# Obsidian's `[!quote]` and `[!cite]` callouts are quotations.
_CALLOUT = re.compile(r"\s{0,3}\[!(?!(?i:quote|cite)\])[A-Za-z][A-Za-z0-9_-]{0,30}\][+-]?(?=\s|$)")
# Their first line after `[!quote]` is the box's title (`> [!quote] Rybar on the front`), where the quoted
# words follow on the next lines: read as quoted too, `[!quote] Rybar on the front` was compared with the
# source and never found.
_QUOTE_CALLOUT = re.compile(r"\[!(?i:quote|cite)\][+-]?(?=\s|$)")


def _quote_callout_title(children: Sequence[Token], text: str) -> tuple[int, int] | None:
    """Where a quote callout's `[!quote]` ends in its first block's `text` (`_inline_text` of `children`),
    and where its first line ends (the end of `text` where it has one line, or where that cannot be told)."""
    opening = _QUOTE_CALLOUT.match(text)
    if opening is None:
        return None
    length = 0
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            # Counted as `_inline_text` counts, the break stands here, as a space; elsewhere (an inline note
            # or a `<q>` in the title) the title is not told apart.
            return (opening.end(), length) if text[length : length + 1] == " " else (opening.end(), len(text))
        if child.type in ("text", "code_inline"):
            length += len(child.content)
        elif child.type == "footnote_ref":
            length += len(MARK)
    return opening.end(), len(text)


def _parsed_blocks(text: str) -> Iterator[_Block]:
    """The blocks of a report as markdown-it parses it, each inline token read and let go in turn."""
    block_line = 1
    quote_depth = 0
    # A block quote opened and not yet said to (`_QuoteStart`) until its first line shows whether it is one
    # or a callout (`_CALLOUT`), whose blocks are the report's own words.
    quote_pending = callout = False
    in_note = False
    for token in _tokens(text):
        if token.map is not None:
            block_line = token.map[0] + 1
        opens_quote = False  # the first block of a block quote, which may be a quote callout's
        if quote_pending and token.type in ("inline", "tr_open", "footnote_reference_open"):
            quote_pending = False
            opens_quote = opens_box = token.type == "inline" and quote_depth == 1
            callout = opens_box and _CALLOUT.match(token.content) is not None
            if not callout:
                yield _QuoteStart()
        if token.type == "footnote_reference_open":
            in_note = True
            yield _NoteStart(label=token.meta["label"], line=block_line)
        elif token.type == "footnote_reference_close":
            in_note = False
            yield _NoteEnd()
        elif token.type == "inline":
            children = token.children or []
            inline = (
                _unparsed_inline_text(token.content)
                if token.meta.get(_UNPARSED)
                else _inline_text(children, hard_breaks=in_note)
            )
            if quote_depth and not callout:
                title = _quote_callout_title(children, inline.text) if opens_quote else None
                yield _QuotedInline(block_line, inline, _last_line_start(children, len(inline.text)), title)
            else:
                yield _Inline(block_line, inline)
            token.children = None
        elif token.type == "tr_open":
            yield _RowStart()
        elif token.type == "tr_close":
            yield _RowEnd()
        elif token.type == "blockquote_open":
            quote_depth += 1
            if quote_depth == 1:
                quote_pending = True
        elif token.type == "blockquote_close":
            quote_depth -= 1
            if not quote_depth:
                if quote_pending:
                    yield _QuoteStart()
                if not callout:
                    yield _QuoteEnd()
                quote_pending = callout = False


def _last_line_start(children: Sequence[Token], length: int) -> int:
    """Where the last line of an inline text of `length` (`_inline_text` of `children`) starts in it: what
    comes after its last line break, counted as `_inline_text` counts it."""
    after_break = 0
    for child in reversed(children):
        if child.type in ("softbreak", "hardbreak"):
            return length - after_break
        if child.type in ("text", "code_inline"):
            after_break += len(child.content)
        elif child.type == "footnote_ref":
            after_break += len(MARK)
    return 0


# The plain-report path: a report whose every line is blank, a paragraph line, an ATX heading or a one-line
# footnote definition, each opening with a character that starts no other Markdown block, has only one
# reading: paragraphs run to a blank line, a heading or a definition, and a definition's paragraph takes the
# lines after it (lazy continuation). A line indented by spaces and tabs continues the paragraph it follows
# (an indented code block cannot interrupt a paragraph), and a definition's text may start up to 7 spaces
# after its colon (8 make it code): the way notes are wrapped. Such a report is read without markdown-it's
# block parser, the larger part of reading one (a 10,000-footnote report: 1.5 s of 3.4 s; a note of 800,000
# indented lines: 40 s and 630 MB); a block with inline markup is still parsed by markdown-it, alone.
# tests/readers/test_markdown_plain_path.py checks the two readings agree on generated reports. Whatever
# could start another block (indentation after a blank line, `>`, `-`, `*`, `+`, `_`, `=`, a digit, a
# fence, `<`, `|`, `:`, `[` other than a definition, a heading closed by `#`, a NUL) sends the whole report
# to markdown-it.
# What markdown-it trims off a paragraph's content (`markdown_it.common.utils.MD_TRIM_CHARS`, which
# tests/readers/test_markdown_plain_path.py compares with this).
MD_TRIM_CHARS = (
    "\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
_PLAIN_START = r"[^\s\d#>*+\-_=`~<|:\[\\\x00-\x20\x7f\u2000-\u200a\u2028\u2029]"
_PLAIN_LINE = re.compile(_PLAIN_START)
_HEADING_LINE = re.compile(r"#{1,6} (.*)")
_INDENTED_LINE = re.compile(rf"[ \t]+{_PLAIN_START}")
_DEFINITION_LINE = re.compile(rf"\[\^([^\s\[\]]+)\]: {{1,7}}({_PLAIN_START}.*)")


# A paragraph, heading or definition of a plain report: its first line (0-based), the definition's label
# (None for a paragraph or heading), and its lines.
_PlainParagraph = tuple[int, str | None, list[str]]


def _plain_paragraphs(text: str) -> list[_PlainParagraph] | None:
    """The paragraphs of a plain report (see above), or None when markdown-it must read the report."""
    if "\0" in text or "\r" in text:
        return None
    paragraphs: list[_PlainParagraph] = []
    open_lines: list[str] | None = None  # the lines of the paragraph that a next line continues
    for number, line in enumerate(_lines(text)):
        if not line or (line[0] in " \t" and not line.strip(" \t")):
            open_lines = None
        elif line[0] == "[":  # a definition, or no plain report: no other line of one opens with `[`
            definition = _DEFINITION_LINE.fullmatch(line)
            if definition is None:
                return None
            open_lines = [definition.group(2)]
            paragraphs.append((number, definition.group(1), open_lines))
        elif _PLAIN_LINE.match(line):
            if open_lines is None:
                open_lines = [line]
                paragraphs.append((number, None, open_lines))
            else:
                open_lines.append(line)
        elif (heading := _HEADING_LINE.fullmatch(line)) is not None:
            if heading.group(1).rstrip(" \t").endswith("#"):
                return None
            paragraphs.append((number, None, [heading.group(1)]))
            open_lines = None
        elif open_lines is not None and _INDENTED_LINE.match(line):
            open_lines.append(line)
        else:
            return None
    return paragraphs


_LINES_AT_ONCE = 1 << 20  # how many characters `_lines` and `_joined_lines` split into lines at once


def _lines(text: str) -> Iterator[str]:
    """`text.split("\\n")`, split a stretch of about a million characters at a time: a report that turns out
    not to be plain (a list of 12 million short items) is not first held as a string a line (a gigabyte)."""
    start = 0
    while (end := text.find("\n", start + _LINES_AT_ONCE)) >= 0:
        yield from text[start:end].split("\n")
        start = end + 1
    yield from text[start:].split("\n")


def _plain_blocks(paragraphs: list[_PlainParagraph]) -> Iterator[_Block]:
    """The blocks of a plain report's paragraphs, each paragraph taken out of the list as it is read."""
    paragraphs.reverse()
    while paragraphs:
        number, label, lines = paragraphs.pop()
        if label is not None:
            yield _NoteStart(label=label, line=number + 1)
        # markdown-it's paragraph content: the lines, trimmed of the whitespace CommonMark trims.
        content = "\n".join(lines).strip(MD_TRIM_CHARS)
        read = _plain_inline_text(content) if label is None else _note_inline(content, _plain_inline_text)
        yield _Inline(number + 1, read)
        if label is not None:
            yield _NoteEnd()


# Inline text with no markup but footnote references: nothing else that markdown-it's inline rules act on
# (escapes, code, emphasis, strikethrough, links, images, autolinks, HTML, entities). A reference followed
# by `(` could be a link, and `![` an image, so they are markup too. (The look-behind comes after the `[`, so
# `re` skips to each `[` instead of trying the look-behind at every place.)
_PLAIN_REFERENCE = re.compile(r"\[(?<!!\[)\^([^\s\[\]\\`*_~<&]+)\](?!\()")
_INLINE_MARKUP = re.compile(r"[\\`*_~<&\[\]]")


def _plain_inline_text(
    content: str, references: re.Pattern[str] = _PLAIN_REFERENCE, urls: bool = True
) -> _InlineText:
    """What `_inline_text` makes of markdown-it's tokens for `content`, read directly when it holds no
    markup: the text, a space for each line break (the spaces around it dropped, as markdown-it does), and
    a `MARK` for each reference. Without `urls` its URLs are not looked for (none are given)."""
    markers: list[_InlineMarker] = []
    parts: list[str] = []
    start = line_offset = 0
    for found in references.finditer(content) if "[^" in content else ():
        parts.append(content[start : found.start()])
        parts.append(MARK)
        line_offset += content.count("\n", start, found.start())  # counted from the last one: linear time
        markers.append(_InlineMarker(found.group(1), line_offset))
        if len(markers) > MAX_ENTRIES:  # compared here, the call made only past the bound
            refuse_too_many(len(markers), MAX_ENTRIES, "footnote markers")
        start = found.end()
    raw = "".join([*parts, content[start:]]) if parts else content
    if references is _PLAIN_REFERENCE and _INLINE_MARKUP.search(raw) is not None:
        try:
            return _inline_text(_parse_inline(content))
        except _InlineMarkupTooDense:
            return _unparsed_inline_text(content)
    if "\n" in raw:
        raw = _joined_lines(raw)
    found_urls = list(iter_urls(raw)) if urls else []
    if not found_urls:  # made positionally, as `_add_markers` makes its drafts
        return _InlineText(raw, (), tuple(markers), ())
    return _InlineText(
        raw, unique(item.url for item in found_urls), tuple(markers), schemes_added(found_urls)
    )


def _joined_lines(text: str) -> str:
    """The lines of `text` (two or more) joined as markdown-it joins a paragraph's: by a space, the spaces
    before each line break dropped and the spaces and tabs after it. Line by line (a pattern such as ` *\n`
    would try every space of a long run again: quadratic time), and a stretch of about a million characters
    at a time (a paragraph of 12 million short lines, a string a line, took a gigabyte)."""
    pieces: list[str] = []
    start = 0
    while True:
        end = text.find("\n", start + _LINES_AT_ONCE)
        lines = text[start : len(text) if end < 0 else end].split("\n")
        joined = [line.lstrip(" \t").rstrip(" ") for line in lines]
        if start == 0:  # the first line keeps its leading spaces
            joined[0] = lines[0].rstrip(" ")
        if end < 0:  # and the last its trailing ones
            joined[-1] = lines[-1].lstrip(" \t")
            pieces.append(" ".join(joined))
            return " ".join(pieces)
        pieces.append(" ".join(joined))
        start = end + 1


# A reference in a block read as plain text (`_unparsed_inline_text`): `[^label]` with what markdown-it
# takes for a label but `[` (so each `[` starts at most one try, and a run of them costs linear time).
_UNPARSED_REFERENCE = re.compile(r"\[\^([^ \n\[\]]+)\]")
_UNPARSED = "provenance_unparsed"  # set in an inline token's meta whose markup was too dense to parse


def _unparsed_inline_text(content: str) -> _InlineText:
    """A block whose markup is too dense to parse in bounded time, read as plain text: every `[^label]` in
    it is a reference (one in a code span too: a marker kept is checked, a marker dropped is not), and
    its URLs are those in its text."""
    return _plain_inline_text(content, _UNPARSED_REFERENCE)._replace(unparsed=True)


def _plain_text_of_block(content: str) -> _InlineText:
    """A paragraph of a report whose block markup is too dense to parse (`_unparsed_paragraphs`), read as
    plain text as `_unparsed_inline_text` reads a block (the report has one finding, not one a block)."""
    return _plain_inline_text(content, _UNPARSED_REFERENCE)


# In a report read as plain paragraphs: a blank line, or a line that opens a footnote definition (its label,
# and the text after its colon), as markdown-it reads them outside other blocks.
_UNPARSED_BREAK = re.compile(r"^[ \t]*(?:\n|\Z)|^ {0,3}\[\^([^\s\[\]]+)\]:[ \t]*", re.MULTILINE)


def _unparsed_paragraphs(text: str) -> list[_PlainParagraph]:
    """The paragraphs of a report whose block markup is too dense to parse, read without markdown-it: lines
    up to a blank line or a footnote definition are a paragraph, and a definition's paragraph is its note
    (a list item, a table row, a quote is a line of text). Each paragraph is kept as one slice of the
    report, not as a string a line (a report of 2-character lines held so: 50 bytes a byte)."""
    text = _normalized(text)
    paragraphs: list[_PlainParagraph] = []
    line = counted = 0  # the line (0-based) at `counted` in the text
    start, label = 0, None  # where the open paragraph starts, and its label if it is a definition's

    def close(end: int) -> None:
        nonlocal line, counted
        content = text[start:end]
        if label is not None or content.strip(MD_TRIM_CHARS):
            line += text.count("\n", counted, start)
            counted = start
            paragraphs.append((line, label, [content]))

    for found in _UNPARSED_BREAK.finditer(text):
        close(found.start())
        start, label = found.end(), found.group(1)
    close(len(text))
    return paragraphs


def _parse_inline(content: str) -> list[Token]:
    """markdown-it's inline tokens for one block's content, as a whole-report parse makes them
    (`MarkdownIt.parseInline`, its normalizing done by `_normalized`)."""
    parser = _inline_parser()
    rules = _core_rules(parser)
    with _within_budget(content):
        if rules is None:
            tokens = parser.parseInline(content, {})
        else:
            from markdown_it.rules_core import StateCore

            state = StateCore(_normalized(content), parser, {})
            state.inlineMode = True
            for name in ("block", *INLINE_RULES):
                rules[name](state)
            tokens = state.tokens
    return tokens[0].children or [] if tokens else []


# An HTML `<q>` or `</q>` tag written inline (its attributes read no further than the tag).
_QUOTE_TAG = re.compile(r"<(/?)q(?:[ \t\n][^<>]*)?>\Z", re.IGNORECASE)


# Pandoc's and Obsidian's inline note, `^[its text]`: a note of its own where it stands, its text and links
# those between its `^[` and the `]` that closes it (brackets balanced: `^[see [the post] here]`), labelled
# by its place among the report's inline notes, `^[1]`, `^[2]` (a label no `[^label]` note can have: those
# hold no `]`; Pandoc numbers them with the `[^label]` notes, whose labels are kept here as written). Its
# citing context is the paragraph it stands in. markdown-it's own rule for them (mdit-py-plugins' `inline`)
# scans from every `^[` to its `]`: quadratic on a run of them; they are found here in one pass over the
# block's text tokens (`_inline_note_spans`). A `^[` in code, or one no `]` closes, is text.
INLINE_NOTE_LABEL = "^[{}]"
# The inline notes read so far in the report being read (`read_markdown`): where there is none, a block's
# are numbered from 1.
_INLINE_NOTES_READ: ContextVar[list[int] | None] = ContextVar("provenance_inline_notes", default=None)
_BRACKET = re.compile(r"\^?\[|\]")


_ESCAPED = "provenance_escaped"  # in a text token's meta: where its escaped `^`, `[` and `]` stand in it


def _text_join_keeping_escapes(state: StateCore) -> None:
    """markdown-it's `text_join` (each escape's character joined to the text around it), where each escaped
    `^`, `[` or `]` stands kept in the meta of the text token it joins: `\\^[x]` is no inline note."""
    from markdown_it.rules_core.text_join import text_join

    for inline in state.tokens:
        run: Token | None = None  # the text token the ones after it are joined to
        run_length = 0
        for child in inline.children or () if inline.type == "inline" else ():
            if child.type not in ("text", "text_special"):
                run = None
                continue
            if run is None:
                run, run_length = child, 0
            if child.type == "text_special" and child.info == "escape" and child.content in ("^", "[", "]"):
                run.meta.setdefault(_ESCAPED, set()).add(run_length)
            run_length += len(child.content)
    text_join(state)


def _inline_note_spans(children: Sequence[Token]) -> dict[int, list[tuple[int, int, int]]]:
    """Where the inline notes among `children` open and close: by the text token each opens in, where its
    `^[` stands in it (in order, inner ones too), and the token and place of the `]` that closes it. Brackets
    are matched in one pass: a `[` opened above a note's `^[` is closed before it."""
    spans: dict[int, list[tuple[int, int, int]]] = {}
    notes_open: list[tuple[int, int]] = []  # each open note's token and place
    brackets_above: list[int] = [0]  # how many `[` are open above each open note (the first: below them all)
    for number, child in enumerate(children):
        if child.type != "text" or ("]" not in child.content and "[" not in child.content):
            continue
        escaped: set[int] = child.meta.get(_ESCAPED, set())
        for found in _BRACKET.finditer(child.content):
            bracket = found.group()
            if escaped and found.end() - 1 in escaped:  # `\\[`, `\\]`: no bracket
                continue
            if bracket == "^[" and found.start() in escaped:  # `\\^[`: a bracket, no note
                bracket = "["
            if bracket == "[":
                brackets_above[-1] += 1
            elif bracket == "^[":
                notes_open.append((number, found.start()))
                brackets_above.append(0)
            elif brackets_above[-1]:
                brackets_above[-1] -= 1
            elif notes_open:
                opened_in, opened_at = notes_open.pop()
                brackets_above.pop()
                spans.setdefault(opened_in, []).append((opened_at, number, found.start()))
    for openings in spans.values():
        openings.sort()
    return spans


@dataclass(slots=True)
class _TextRead:
    """The text read so far of a paragraph or of an inline note in it, and its links."""

    parts: list[str] = field(default_factory=list)
    length: int = 0  # of the text so far: joining `parts` at each link would cost quadratic time
    links: list[tuple[int, str]] = field(default_factory=list)
    open_link: tuple[int, str] | None = None  # where the text of the link being read starts, and its target
    misleading: list[tuple[str, str]] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def link_opens(self, href: str) -> None:
        if href.lower().startswith(("http://", "https://")):
            self.links.append((self.length, href))
            self.open_link = (len(self.parts), href)

    def link_closes(self) -> None:
        if self.open_link is not None:
            shown = "".join(self.parts[self.open_link[0] :])
            if shown_link_differs(shown, self.open_link[1]):
                self.misleading.append((shown.strip(), self.open_link[1]))
            self.open_link = None

    def urls(self, raw: str, found: Sequence[FoundUrl]) -> tuple[str, ...]:
        # A link target comes before a bare URL at the same place, so an autolink's target and text are one.
        located = sorted(
            [*self.links, *((item.offset, item.url) for item in found)], key=lambda pair: pair[0]
        )
        return without_links_shown_without_scheme(
            (url for _, url in located), found, (href for _, href in self.links)
        )


def _inline_note(label: str, note: _TextRead, line_offset: int) -> NoteDraft:
    """The note of an inline note's text as read; its line, the block's line it opens on."""
    text = " ".join("".join(note.parts).split())
    found = list(iter_urls(text))
    return NoteDraft(
        label=label,
        text=text,
        line=line_offset,
        urls=note.urls(text, found),
        schemes_added=schemes_added(found, (href for _, href in note.links)),
        misleading_links=tuple(note.misleading),
    )


def _next_inline_note_label() -> str:
    read = _INLINE_NOTES_READ.get()
    if read is None:
        return INLINE_NOTE_LABEL.format(1)
    read[0] += 1
    return INLINE_NOTE_LABEL.format(read[0])


def _inline_text(children: Sequence[Token], hard_breaks: bool = False) -> _InlineText:
    """The text, links and markers of an inline token's children; a hard line break a line break where
    `hard_breaks` (a note's), else a space as a soft one."""
    paragraph = _TextRead()
    markers: list[_InlineMarker] = []
    line_offset = 0
    code: list[tuple[int, int]] = []
    quotes_open = 0  # `<q>` elements open
    spans = _inline_note_spans(children) if any("^[" in child.content for child in children) else {}
    inline_notes: list[NoteDraft] = []
    # The inline note being read: its text, the line it opens on, where its `]` stands (token, place), label.
    note: tuple[_TextRead, int, int, int, str] | None = None
    for number, child in enumerate(children):
        read = paragraph if note is None else note[0]
        if child.type == "text" and (number in spans or (note is not None and note[2] == number)):
            # Its text up to each note's `^[` is the paragraph's (a `MARK` in the note's place), the note's
            # up to its `]`, the paragraph's again after it.
            content, at = child.content, 0
            openings = iter(spans.get(number, ()))
            while True:
                if note is not None:
                    if note[2] != number:
                        note[0].add(content[at:])
                        break
                    note[0].add(content[at : note[3]])
                    inline_notes.append(_inline_note(note[4], note[0], note[1]))
                    at, note = note[3] + 1, None
                    continue
                opening = next((span for span in openings if span[0] >= at), None)
                if opening is None:
                    paragraph.add(content[at:])
                    break
                paragraph.add(content[at : opening[0]])
                paragraph.add(MARK)
                label = _next_inline_note_label()
                markers.append(_InlineMarker(label=label, line_offset=line_offset))
                refuse_too_many(len(markers), MAX_ENTRIES, "footnote markers")
                note, at = (_TextRead(), line_offset, opening[1], opening[2], label), opening[0] + 2
        elif child.type in ("text", "code_inline"):
            if child.type == "code_inline" and child.content and read is paragraph:
                code.append((read.length, read.length + len(child.content)))
            read.add(child.content)
        elif child.type == "link_close":
            (read if read.open_link is not None else paragraph).link_closes()
        elif child.type in ("softbreak", "hardbreak"):
            read.add("\n" if hard_breaks and child.type == "hardbreak" else " ")
            line_offset += 1
        elif child.type == "html_inline":
            line_offset += child.content.count("\n")
            tag = _QUOTE_TAG.match(child.content) if read is paragraph else None
            if tag is not None and (quotes_open or not tag.group(1)):
                # A browser shows `<q>` in quote marks (nested ones in single marks): so is it read, or its
                # words were no quote and the note after them came out verified without them compared.
                if tag.group(1):
                    quotes_open -= 1
                    paragraph.add("\u201d" if quotes_open % 2 == 0 else "\u2019")
                else:
                    paragraph.add("\u201c" if quotes_open % 2 == 0 else "\u2018")
                    quotes_open += 1
        elif child.type == "link_open":
            read.link_opens(str(child.attrs.get("href", "")))
        elif child.type == "footnote_ref":
            paragraph.add(MARK)
            markers.append(_InlineMarker(label=child.meta["label"], line_offset=line_offset))
            refuse_too_many(len(markers), MAX_ENTRIES, "footnote markers")
    raw = "".join(paragraph.parts)
    found = list(iter_urls(raw))
    return _InlineText(
        text=raw,
        urls=paragraph.urls(raw, found),
        markers=tuple(markers),
        schemes_added=schemes_added(found, (href for _, href in paragraph.links)),
        misleading_links=tuple(paragraph.misleading),
        code=tuple(code),
        inline_notes=tuple(inline_notes),
    )


# Front matter (Jekyll, Hugo, Pandoc, Obsidian): YAML between `---` lines, or TOML between `+++` lines, from
# the report's first line; each of its lines opens a key (`title:`, `date =`), goes on with an indented or
# listed value, or is a comment or blank. markdown-it reads it as body text: `---` a rule, its last line a
# heading over the lines before it, `title: "…"` a quote and a marker there a claim of its note.
_FRONT_MATTER_OPENING = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n(?![ \t]*\r?\n)")
_FRONT_MATTER_LINE = {
    "---": re.compile(r"[A-Za-z_][\w .-]{0,100}:(?:[ \t]|\Z)|[ \t]|-(?:[ \t]|\Z)|#|\Z"),
    "+++": re.compile(r"[A-Za-z_\"'][^=\n]{0,100}=|\[|[ \t]|#|\]|\Z"),
}
_FRONT_MATTER_CLOSINGS = {"---": ("---", "..."), "+++": ("+++",)}


def blank_front_matter(text: str) -> str:
    """`text` with its front matter (`_FRONT_MATTER_OPENING`) blanked out, every line kept in its place; as it
    is where it has none, or where a line between its fences opens no key (a rule over prose). Linear."""
    opening = _FRONT_MATTER_OPENING.match(text)
    if opening is None:
        return text
    fence = opening.group(1)
    lines_end = opening.end()
    start = lines_end
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].rstrip("\r")
        if line.rstrip(" \t") in _FRONT_MATTER_CLOSINGS[fence]:
            return "\n" * text.count("\n", 0, end) + text[end:]
        if _FRONT_MATTER_LINE[fence].match(line) is None:
            return text
        start = end + 1
    return text  # never closed: no front matter


_FENCE_OPENING = re.compile(r" {0,3}(`{3,}|~{3,})")
_NOT_A_LINE_BREAK = re.compile(r"[^\n]")


def blank_fenced_code(text: str) -> str:
    """`text` with its fenced code blocks (``` or ~~~) blanked out, every line kept in its place. Linear."""
    lines = text.split("\n")
    fence: str | None = None
    for number, line in enumerate(lines):
        if fence is not None:
            stripped = line.strip()
            if (
                stripped.startswith(fence)
                and not stripped.strip(fence[0])
                and len(line) - len(line.lstrip(" ")) <= 3
            ):
                fence = None
            lines[number] = ""
        elif (opening := _FENCE_OPENING.match(line)) and not (
            opening.group(1)[0] == "`" and "`" in line[opening.end() :]
        ):  # (a backtick fence's info string holds no backtick: "```x```" on a line is a code span)
            fence = opening.group(1)
            lines[number] = ""
    return "\n".join(lines)


def blank_code(text: str) -> str:
    """`text` with its fenced code blocks and code spans (`code_spans`) blanked out, every line kept in its
    place: `[1]` in code is an example of a marker (a README, a changelog), not one. Linear."""
    prose = blank_fenced_code(text)
    pieces: list[str] = []
    done = 0
    for start, end in code_spans(prose):
        pieces += (prose[done:start], _NOT_A_LINE_BREAK.sub(" ", prose[start:end]))
        done = end
    pieces.append(prose[done:])
    return "".join(pieces)
