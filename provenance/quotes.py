"""Quoted passages in prose: what a report or a note puts in quotation marks, in every style reports use.

The one quote finder of the project: the readers use it for the quotes of a citing passage, the citation
parser for a note's title. Every alternative stops at the next opening mark of its own kind, so a run of
opening marks (`“` x 100,000) costs linear time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from provenance.patterns import on_first_use

# A straight quote opens only at a word start and closes only after a non-space, so the inch mark in
# `a 12" screen` pairs with nothing. A single curly quote opens at a word start and closes where no letter
# follows, so the apostrophe in `it's` (curly) does not close it. Every alternative opens with its mark and
# looks behind it from there (at the character before the mark): `re` then skips to the places that hold a
# mark instead of trying the alternatives at every place (tests/test_quotes.py: the two spellings agree).
#
# A straight single quote ('…', as British writers quote) is told from an apostrophe by where it stands:
# it opens at a word start before a letter (not `'90s`, nor an elision such as `'em` or `rock 'n' roll`)
# and closes after a non-space where no letter follows; an apostrophe between two letters (`it's`,
# `O'Brien`) is part of the quote, and one after a word (`farmers' market`) opens nothing. Each try from an
# opening mark ends at the next mark that is neither (where the next try starts): the tries never overlap,
# linear time. Left out, such a quote was never compared with its source and its footnote came out verified.
#
# A plural's possessive inside a single quote (`'The soldiers' morale is broken,' he said`, curly or straight)
# does not close it where the next mark after it closes it, not itself after an s, before any other quote
# opens: the quote was "The soldiers", and "morale is broken" was never compared with the source. A quote
# ending in s is still one (`'yes' and 'no'`, `the 'open doors' policy, the farmers' market`). Each such mark
# looks ahead only to the next mark: linear time.
#
# German and Danish quote »so«: the `«` closing it is no quote opened and left open (`unclosed_quotes`).
#
# Other languages' and typewriters' marks are quotes as well: single guillemets (U+2039 and U+203A, either
# way round), CJK corner brackets (「…」, 『…』), fullwidth quotation marks (U+FF02 … U+FF02, as Chinese and
# Japanese input methods type them) and double prime quotation marks (〝…〟), the German single
# low-high (U+201A … U+2018), Swedish and Finnish marks that open as they close (”…”, U+2019 … U+2019) and
# primes typed for quotes (″…″, U+2032 … U+2032). Left out, their words were never compared with the source
# and the footnote came out verified. A mark that is the same at both ends opens as a straight one does, at
# a word start before a non-space, so an inch or a foot (`5` U+2032 `11″`, `a 12” screen`) and an
# apostrophe (U+2019 before `90s`, after `farmers`) open nothing. A `«…»` quote holds one `»…«` within it
# (a `»` opening after a space before a word, the `«` closing it after a word); side by side (`«a» et «b»`)
# they are two quotes.
#
# Russian and Ukrainian writers typing only `«»` nest them (`Рыбарь пишет: «Медведев заявил: «мы победим»
# вчера»`), as German ones do `„…“` (`„Er sagte „nein“ dazu“`): one quote, the speaker's words with the inner
# quote in them, as `«…„…“»` is. Read as the inner quote alone, the outer one ran on unclosed to the note's
# marker (its closing marks and what followed them in its words) and the inner quote was a claim of its own.
# A nested pair holds no mark of its kind: each try from an opening mark ends at the first mark that pairs
# with nothing, where the next try starts (linear time); side by side (`«a» и «b»`) they are two quotes.
#
# A straight mark opens a quote right after a colon or a comma too (`wrote:"We lost"`, `said,"no"`), as
# typed without a space (often by writers of Russian, whose `написал:"…"` is usual online): left out, the
# quote was never compared and its footnote came out verified. An inch mark follows a digit, not these.
#
# An inch mark inside a straight quote (`"the screen is 12" wide"`) does not close it where a closing mark
# follows on its line before any other mark: the quote was "the screen is 12", and it passed on "the screen is
# 12 cm wide". A quote ending at a number (`"we lost 12" and "they lost 5"`) still closes there. Each such
# mark looks ahead only to the next mark: linear time.
#
# A straight mark (double or single) opens a quote after Markdown's emphasis kept as text (`*"We lost"*`,
# `_"…"_`, `**"…"**`, as plain-text reports write it) and after an emoji or a symbol glued before it
# (`🔥"We lost"`, `✅"…"`, `→"…"`): left out, the quote was never compared and its footnote came out
# verified. An inch mark follows a digit, not these; `_EMOJI` is the emoji and pictographs' blocks, arrows,
# shapes and the emoji variation selector.
#
# A writer who mixes styles (`“…"`, `"…”`: a quote pasted from elsewhere, an editor's autocorrect) still
# quotes: left unpaired, a made-up quote was never compared and its footnote came out verified. A quote that
# opens curly closes at a straight mark only when no `”` closes it first, and a straight one closes at a `”`
# only when neither mark of its own style comes first, so quotes within quotes keep their pairs.
_EMOJI = "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
_QUOTED = re.compile(
    r"“(?P<curly>[^“”]*)”"
    r'|“(?P<curly_straight>[^“”"]*[^\s“”"])"'
    r"|„(?P<low>[^„“”]*)[“”]"
    r"|«(?P<guillemet>[^«»]*(?:»(?<=[\s(\[{\u2014\u2013-]»)(?=[^\s«»])[^«»]*«(?<=[^\s«»]«)[^«»]*"
    r"|(?:«[^«»]*»[^«»]*)+)?)»"
    r"|„(?P<low_nested>[^„“”]*(?:„[^„“”]*[“”][^„“”]*)+)[“”]"
    r"|»(?P<guillemet_reversed>[^«»]*)«"
    r"|\u2039(?P<single_guillemet>[^\u2039\u203a]*)\u203a"
    r"|\u203a(?P<single_guillemet_reversed>[^\u2039\u203a]*)\u2039"
    r"|「(?P<corner>[^「」]*)」"
    r"|『(?P<white_corner>[^『』]*)』"
    r"|\uff02(?P<fullwidth>[^\uff02]*)\uff02"
    r"|〝(?P<double_prime>[^〝〞〟]*)[〞〟]"
    r"|\u2018(?<!\w\u2018)(?P<single>[^\u2018]*?)\u2019(?!\w)"
    r"(?:(?<![sS]\u2019)|(?![ \t][^\u2018\u2019]*?[^\s\u2018\u2019sS]\u2019(?!\w)))"
    r"|\u201a(?<!\w\u201a)(?P<low_single>[^\u201a]*?)[\u2018\u2019](?!\w)"
    r'|"(?<![^\s(\[{\u2014\u2013:,*_' + _EMOJI + r'-]")(?=[^\s"])(?P<straight_curly>[^"“”]*?[^\s"“”])”'
    r'|"(?<![^\s(\[{\u2014\u2013:,*_' + _EMOJI + r'-]")(?=[^\s"])'
    r'(?P<straight>(?:[^"]|(?<=\d)"(?=[ \t][^"\n]*[^\s"]"(?!\w)))*?[^\s"])"'
    r'(?:(?<!\d")|(?![ \t][^"\n]*[^\s"]"(?!\w)))'
    r"|”(?<![^\s(\[{\u2014\u2013-]”)(?=[^\s“”])(?P<closing_twice>[^“”]*?[^\s“”])”(?!\w)"
    r"|″(?<![^\s(\[{\u2014\u2013-]″)(?=[^\s″])(?P<double_primes>[^″]*?[^\s″])″"
    r"|'(?<![^\s(\[{\u2014\u2013*_"
    + _EMOJI
    + r"-]')(?![\s\d'])(?!(?i:em|cause|cos|til|tis|twas|n|bout|round)\b)"
    r"(?P<straight_single>(?:[^']|(?<=\w)'(?=\w)|(?<=[sS])'(?=[ \t]))*?[^\s'])'(?!\w)"
    r"(?:(?<![sS]')|(?![ \t][^']*?[^\s'sS]'(?!\w)))"
    r"|\u2019(?<![^\s(\[{\u2014\u2013-]\u2019)(?![\s\d\u2019])(?!(?i:em|cause|cos|til|tis|twas|n|bout|round)\b)"
    r"(?P<single_twice>(?:[^\u2019]|(?<=\w)\u2019(?=\w))*?[^\s\u2019])\u2019(?!\w)"
    r"|\u2032(?<![^\s(\[{\u2014\u2013-]\u2032)(?![\s\d\u2032])"
    r"(?P<single_primes>(?:[^\u2032]|(?<=\w)\u2032(?=\w))*?[^\s\u2032])\u2032(?!\w)"
)


# The quoted text one citing passage keeps for its footnote (`readers.assembly`), wherever it stands in its
# paragraph; quotes beyond it are counted as left out, and the quote check cannot pass on them.
MAX_QUOTED_CHARS = 10_000


class Quote(NamedTuple):
    """A quoted passage (stripped, marks left out) and where it lies in the text, marks included."""

    text: str
    start: int
    end: int


# A quote mark in code is no quote: `The mayor wrote `“not a quote”` in the config` quotes the config, not
# the source, and a quote check looking for those words in the source warned on a correct citation. Within
# a code span each mark is read as a letter, so it neither opens nor closes a quote, and a quote around the
# code (`he typed “`rm -rf`” and left`) is still one. The text each quote gives is the text as written.
QUOTE_MARKS = "“”„«»\u2039\u203a「」『』〝〞〟\uff02\u2018\u2019\u201a\u2032\u2033\"'"
_QUOTE_MARKS_AS_LETTERS = str.maketrans(dict.fromkeys(QUOTE_MARKS, "x"))

CodeSpans = Sequence[tuple[int, int]]  # where code stands in a text: start and end of each, in order


def _without_quote_marks_in(text: str, code: CodeSpans) -> str:
    """`text` with each quote mark inside `code` read as a letter, every other character as it is."""
    pieces: list[str] = []
    done = 0
    for start, end in code:
        pieces += (text[done:start], text[start:end].translate(_QUOTE_MARKS_AS_LETTERS))
        done = max(done, end)
    pieces.append(text[done:])
    return "".join(pieces)


def iter_quotes(text: str, code: CodeSpans = ()) -> Iterator[Quote]:
    """The quoted passages of `text` in order; empty quotes are left out, and so are the quote marks
    inside `code` (spans of `text` that are code, in order, not overlapping)."""
    searched = _without_quote_marks_in(text, code) if code else text
    for match in _QUOTED.finditer(searched):
        # The one group of the alternative that matched, as written (`searched` has the same places).
        inner = text[slice(*match.span(match.lastindex or 0))]
        if inner.strip():
            yield Quote(text=inner.strip(), start=match.start(), end=match.end())


def blank_quotes(text: str) -> str:
    """`text` with each quoted passage, marks included, replaced by as many spaces: what stands outside every
    quote, at the places it had. A note's date or handle inside its quoted title (`"Strike of 21 January
    2022"`, `"Reply to @rybar"`) is what the title says, not when the source was posted or whose it is."""
    pieces: list[str] = []
    last = 0
    for quote in iter_quotes(text):
        pieces += (text[last : quote.start], " " * (quote.end - quote.start))
        last = quote.end
    return "".join(pieces) + text[last:] if pieces else text


def find_quotes(text: str) -> tuple[str, ...]:
    """The quoted passages of `text` in order, each stripped; empty quotes are left out."""
    return tuple(quote.text for quote in iter_quotes(text))


# A straight mark opens as it does a closed quote: at a word start, or after a colon or a comma (`wrote:"We
# lost`), before a non-space (`wrote: "We lost`), so
# the inch mark in `a 12" screen` and a mark set apart by spaces open nothing; so do the marks that are the
# same at both ends (Swedish `”`, a double prime), and a single guillemet (U+2039) only before a non-space
# (before a space it is a link's arrow, `Back`). A single mark (`'`, U+2019, U+201A) is left alone: most
# are apostrophes. Each alternative opens with its mark alone, as `_QUOTED`'s do, so `re` skips to the places
# that hold one (an alternative opening with a set of marks made it try every place: twice the time;
# tests/test_quotes.py: the two spellings agree).
_OPENING_MARKS = re.compile(
    r"“|„|«|「|『|〝|\u2039(?=\S)"
    r'|"(?<![^\s(\[{\u2014\u2013:,*_' + _EMOJI + r'-]")(?=[^\s"”″])'
    r'|”(?<![^\s(\[{\u2014\u2013-]”)(?=[^\s"”″])'
    r'|″(?<![^\s(\[{\u2014\u2013-]″)(?=[^\s"”″])'
)
_SAME_AT_BOTH_ENDS = '"”″'


def _opens_outside(text: str, closed: Sequence[Quote]) -> bool:
    """Whether `_OPENING_MARKS` opens a quote in `text` outside every closed quote of `closed` (in order):
    most paragraphs' opening marks are all their closed quotes' own, each passed over here as in
    `unclosed_quotes`, without its steps for each. Each search starts past the last: linear time."""
    found = _OPENING_MARKS.search(text)
    for quote in closed:
        while found is not None and found.start() < quote.end:
            if found.start() < quote.start:
                return True  # between the quote before and this one
            found = _OPENING_MARKS.search(text, quote.end)  # inside this quote: on past it
        if found is None:
            return False
    return found is not None


def unclosed_quotes(
    text: str, closed: Sequence[Quote], ends: Sequence[int], code: CodeSpans = ()
) -> list[Quote]:
    """Quotes a writer opened and never closed (`wrote: “We lost the bridge.[1]`, `wrote: "We lost …`): each
    from an opening mark outside every closed quote of `closed` (in order) to the first of `ends` after it
    (the places of footnote markers, in order), the first such mark before each end. Left out, such a quote
    was never compared with its source and the footnote came out verified; the quote check now looks for
    those words. A mark with no end after it is left alone: no marker claims its words, nor does a mark
    inside `code` (as `iter_quotes`).
    """
    found: list[Quote] = []
    if not ends or not _opens_outside(text, closed):
        return found  # no end to run to, or no mark to open one
    spans = iter(closed)
    current = next(spans, None)
    code_spans = iter(code)
    current_code = next(code_spans, None)
    taken = -1  # the end the last unclosed quote ran to: one quote per end
    for opening in _OPENING_MARKS.finditer(text):
        at = opening.start()
        while current_code is not None and current_code[1] <= at:
            current_code = next(code_spans, None)
        if current_code is not None and current_code[0] <= at:
            continue  # a mark in code (`Open `“x` here.[1]`) opens no quote
        while current is not None and current.end <= at:
            current = next(spans, None)
        if current is not None and current.start <= at:
            continue  # inside a closed quote (a nested mark) or opening one
        following = bisect.bisect_right(ends, at)
        if following == len(ends) or ends[following] == taken:
            continue
        end = ends[following]
        if opening.group() in _SAME_AT_BOTH_ENDS and text.find(opening.group(), at + 1, end) != -1:
            continue  # closed after a space (`"we won " he said`): no quote runs on past its closing mark
        if inner := text[at + 1 : end].strip():
            found.append(Quote(text=inner, start=at, end=end))
            taken = end
    return found


# A closing mark that no opening mark before it in the passage opens: the end of a quotation that began in a
# paragraph before (`The release reads: "The tender breached the rules.` / `No official acted in bad
# faith."[1]`, as writers quote over paragraphs without opening each again). The passage citing the note has
# no quote of its own, so its words were never compared and the footnote came out verified. A closing mark is
# a double one (curly, straight, a guillemet, CJK's) after a non-space that is no digit (an inch: `12"`,
# `12”`), before no letter (`»so«` opens with `»`); single marks are left alone: most are apostrophes. An
# alternation, not a class of marks beyond Latin-1 (a 65,536-entry table to build), compiled when first read.
_CLOSING_MARK = on_first_use(r'(?<=[^\s\d])(?:"|”|»|」|』|〟|\uff02)(?![^\W\d_])')


def closes_an_unopened_quote(text: str) -> bool:
    """Whether `text` holds a closing mark outside its quotes (`blank_quotes`) with no opening mark before
    it: a quotation it ends but does not open. Linear: one search of the text outside its quotes."""
    outside = blank_quotes(text)
    found = _CLOSING_MARK().search(outside)
    return found is not None and _OPENING_MARKS.search(outside, 0, found.start()) is None
