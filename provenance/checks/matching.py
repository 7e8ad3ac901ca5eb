"""Comparing words as people write them: Unicode forms, case, quote marks, dashes, ellipses, transliteration.

Thresholds (rapidfuzz scores, 0-100), documented in the README:
- NEAR_QUOTE = 85: a quote whose best alignment in the source scores at least this is a near match (`warn`,
  best excerpt shown); below it the quote is not found.
- SAME_TITLE = 85: a cited title and the source's title (or one of its parts) are the same title at this
  `ratio`, unless one of them says `not` and the other does not, their numbers differ, or one puts a word
  for another's ("admits", "denies") or has one the other lacks ("alleged").
- SAME_NAME = 90: two names that differ after transliteration but score at least this `ratio` are a near
  match (`warn`): 'Lina Haddad' and 'Dina Haddad' are two people, 'Ivanov' and 'Ivanova' too.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
import urllib.parse
from collections import Counter
from dataclasses import dataclass
from typing import Literal, NamedTuple

from provenance.names import (
    AND_WORDS,
    ORGANISATION_WORDS,
    arabic_script_likeness,
    cyrillic_script_likeness,
    fold_spelling,
    named_after_description,
    places_spelt_as_in,
    writer_for_outlet,
)
from provenance.patterns import on_first_use
from provenance.urls import iter_urls

NEAR_QUOTE = 85.0
SAME_TITLE = 85.0
SAME_NAME = 90.0
_EXCERPT_CHARS = 90

_QUOTE_MARKS = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032`\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2212", "-"),
        # An em dash or a horizontal bar parts two clauses, never two halves of a word: spaced, as British
        # style writes it, or not, as American style does ("give up\u2014ever" is "give up \u2014 ever"),
        # where a quote spacing it otherwise than its source was only a near match.
        **dict.fromkeys("\u2014\u2015", " - "),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff"),  # soft hyphens, zero-width marks
        # Marks of writing direction and other invisible ones (the grapheme joiner, invisible operators, tag
        # characters): inside a word ("n", a left-to-right mark, "ot") they cut it in two, and a negation
        # went unseen.
        **dict.fromkeys("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
        **dict.fromkeys("\u034f\u180e\u2061\u2062\u2063\u2064\u206a\u206b\u206c\u206d\u206e\u206f"),
        **dict.fromkeys(map(chr, range(0xE0000, 0xE0080))),
        # Variation selectors only choose how a character is drawn ("❤" as text or as an emoji): "I ❤ Kyiv"
        # quoted from "I ❤️ Kyiv" was no verbatim quote.
        **dict.fromkeys("\ufe0e\ufe0f"),
        "\u2044": "/",  # the fraction slash NFKC writes `½` with
        # The modifier letter apostrophe (U+02BC) Ukrainian is typed with, and the turned comma (U+02BB): read
        # as a letter, "don", U+02BC, "t" was no "don't", and a quote cut after it passed; and a Ukrainian
        # word quoted with a plain apostrophe warned.
        "\u02bc": "'", "\u02bb": "'",
        # The modifier letter prime (U+02B9), typed for Ukrainian's apostrophe as well ("p'iat", five), and
        # for the soft sign a transliteration writes, as it writes the apostrophe.
        "\u02b9": "'",
        # Arabic's tatweel stretches a word without changing it (`الحــرب` is `الحرب`); Russian writes its
        # `yo` (U+0451) as `ye` (U+0435) as often as not.
        "\u0640": None, "\u0451": "\u0435", "\u0401": "\u0415",
        # Persian's yeh and keheh (U+06CC, U+06A9) and Arabic's (U+064A, U+0643) are one letter each, typed
        # as the writer's keyboard has them: an Arabic quote typed on a Persian keyboard, or a Persian one on
        # an Arabic keyboard, warned as a near match or a paraphrase. (Not Arabic's alef maksura, U+0649:
        # "ala", on, is not "Ali".) And Arabic's and Persian's digits are the digits an English keyboard types
        # ("5" for the source's U+0665), with Arabic's decimal and thousands marks and percent sign.
        "\u06cc": "\u064a", "\u06a9": "\u0643",
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
        "\u066a": "%", "\u066b": ".", "\u066c": ",",
        # Hebrew's gershayim and geresh (U+05F4, U+05F3), which mark an acronym and a borrowed sound
        # ("Tzahal", the IDF; "Kh'an"), typed as often with a keyboard's straight marks: one spelling warned
        # as a near match of the other.
        "\u05f4": '"', "\u05f3": "'",
        # The Arabic question mark (Arabic, Persian, Urdu) is a question mark: "أرسلنا قوات" cut from "هل
        # أرسلنا قوات؟" (did we send troops?) passed as said.
        "\u061f": "?",
    }
)  # fmt: skip
_ELLIPSIS = re.compile(r"\s*(?:\.\s*){3,}\s*|\s*\u2026\s*|\s*\[\s*(?:\.\s*){3}\]\s*")
_EDGE_PUNCTUATION = "\"'.,;:!?-()[] "


# Superscript digits right after a digit are a power (`10⁶`, `5²`), which NFKC would run into the number
# before them: "106" and "52" passed on "10⁶" and "5²". Marked as a power they stay apart; after a letter
# (`km²`, a note's `destroyed¹`) NFKC's plain digit is kept, as the quote retyped would write it.
_POWER = re.compile(r"(?<=\d)([\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)")
# A vulgar fraction right after a digit (`5½`) NFKC runs into the number as well (`51`, a fraction slash,
# `2`), so "costs 51" passed on "costs 5½". It is written apart (`5 1/2`, as the quote retyped would write
# it), a number that goes on (`_FRACTION_AFTER`).
_FRACTION = re.compile(r"(?<=\d)([\u00bc-\u00be\u2150-\u215e\u2189])")


# Arabic's short vowels and Hebrew's points (harakat, niqqud), which most texts leave out: a quote written
# without them is looked for in the source's words without them (`الحرب` in `الْحَرْبُ`). A quote that writes
# them is compared with them: they tell apart words spelt alike (`قَتَلَ`, he killed; `قُتِلَ`, he was killed).
_VOWEL_POINTS = on_first_use(
    "[\u064b-\u065f\u0670\u06d6-\u06ed\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]"
)


def _char_in(text: str, at: int, ranges: tuple[tuple[str, str], ...]) -> bool:
    """Whether the character at `at` is in one of `ranges` (inclusive, in ascending order), as a class's
    `match(text, at)` says (a negative `at` reads from the start): without compiling a class of 20,000
    characters, which took as long as the rest of the module's patterns."""
    char = text[max(at, 0) : max(at, 0) + 1]
    if not char or char < ranges[0][0]:
        return False  # most text: below every range
    return any(low <= char <= high for low, high in ranges)


# Greek's accent (tonos), which text in capitals leaves out by rule ("ΠΟΛΕΜΟΣ" for "πόλεμος") and many
# posts leave out as typed: a quote written without it is looked for in the source's words without it, as
# with vowel points. A quote that writes it is compared with it: it tells apart words spelt alike (`πότε`,
# when; `ποτέ`, never). The letters are folded one for one, so places in the text stay where they were.
_GREEK_LETTER = on_first_use("[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_TONOS = on_first_use("[\u0384\u0385\u0390\u03ac\u03ad\u03ae\u03af\u03b0\u03cc\u03cd\u03ce\u0301]")
_WITHOUT_TONOS = str.maketrans("\u03ac\u03ad\u03ae\u03af\u03cc\u03cd\u03ce\u0390\u03b0", "αεηιουωϊϋ")


def normalise_text(text: str) -> str:
    """NFKC (a power written `^`, a fraction after a whole number apart from it), case folded, one kind of
    quote mark, apostrophe and dash, ellipses as `...`, whitespace squeezed; Arabic's tatweel dropped,
    Russian `yo` as `ye`, Turkish `İ` as `i`."""
    if len(text) <= _REMEMBERED_TEXT_CHARS:
        return _normalised_short_text(text)
    return " ".join(_normalised_characters(text).split())


# A title, a name or a site's name is normalised by each check that compares it, and by several steps of one
# check (the title check normalised the cited title and the page's 15 times a capture, 12 µs each): a short
# text is normalised once and remembered (the last 256 of them: 2 MB at most). A page's text is longer, and
# normalised once anyway.
_REMEMBERED_TEXT_CHARS = 1000


@functools.lru_cache(maxsize=256)
def _normalised_short_text(text: str) -> str:
    return " ".join(_normalised_characters(text).split())


def _normalised_characters(text: str) -> str:
    """`normalise_text` but for squeezing its whitespace."""
    # What `_folded_characters` makes of ASCII text (most titles and names), in a tenth of its time: NFKC
    # leaves it as it is, case folding is `lower`, the grave accent is the one ASCII character `_QUOTE_MARKS`
    # changes, and a power, a fraction, the acute accent and a dotted capital I are no ASCII characters.
    text = text.replace("`", "'").lower() if text.isascii() else _folded_characters(text)
    # Each run of whitespace one character (a line break where it holds one), as the callers squeeze it
    # anyway: `_ELLIPSIS` tries its leading whitespace from each space of a run, and a title cited with
    # 20,000 spaces took 18 s.
    return _ELLIPSIS.sub(" ... ", _WHITESPACE_RUN.sub(_one_space, text))


def _folded_characters(text: str) -> str:
    """`_normalised_characters` but for its ellipses and whitespace, of any text."""
    text = _POWER.sub(r"^\1", text)
    text = _FRACTION.sub(r" \1", text)
    # The acute accent (U+00B4) typed for Ukrainian's apostrophe ("ob'iekt", "m'iaso") NFKC makes a space and
    # a combining accent, which cut the word in two: the word quoted with a plain apostrophe warned. It is an
    # apostrophe first.
    text = text.replace("\u00b4", "'")
    # A capital `İ` (Turkish) case folds to `i` and a combining dot: `İstanbul` is `Istanbul`.
    return unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS).casefold().replace("i\u0307", "i")


_WHITESPACE_RUN = re.compile(r"\s{2,}")


def _one_space(run: re.Match[str]) -> str:
    return "\n" if "\n" in run.group() else " "


@functools.lru_cache(maxsize=8)  # a footnote's quotes are each looked for in the same source text
def _normalised_lines(text: str) -> str:
    """`normalise_text(text)` but for its line breaks: each run of whitespace that holds one is a `\n`, at
    the place of `normalise_text`'s space."""
    lines = (" ".join(line.split()) for line in _normalised_characters(text).split("\n"))
    return "\n".join(line for line in lines if line)


# A writer's marks inside a quotation (AP, Chicago, Bluebook): `[sic]` and `[emphasis added]` are not the
# source's words; a bracket inside a word changes its case or ending (`[t]he`, `walk[ed]`); any other bracket
# holds the writer's words in place of (or beside) the source's (`they [the soldiers] crossed`), so the quote
# stands for the words around it, as around an ellipsis.
# The notes on emphasis are written in parentheses as often ("…win (emphasis added)"); `(sic)` too.
_NOTES = r"(?:sic|sic!|emphasis (?:added|mine|in original)|italics (?:added|mine)|original emphasis)"
_EDITORIAL_NOTE = on_first_use(rf"\s*\[\s*{_NOTES}\s*\]|\s*\(\s*{_NOTES}\s*\)", re.IGNORECASE)
_IN_WORD_BRACKET = on_first_use(r"(?<=[^\W\d_])\[([^\W\d_]{1,3})\]|\[([^\W\d_]{1,3})\](?=[^\W\d_])")
_INSERTION = on_first_use(r"\[([^\[\]]{1,200})\]")


def _without_editorial_marks(quote: str) -> tuple[str, list[str]]:
    """The quote with its writer's notes dropped, its in-word brackets opened, and each other bracket an
    ellipsis; and the words those brackets hold (the writer's, not the source's)."""
    quote = _EDITORIAL_NOTE().sub(" ", quote)
    quote = _IN_WORD_BRACKET().sub(lambda match: match.group(1) or match.group(2), quote)
    inserted = [match.group(1) for match in _INSERTION().finditer(quote) if match.group(1).strip(". \u2026")]
    return _INSERTION().sub(lambda match: " \u2026 ", quote), inserted


def quote_fragments(quote: str) -> list[str]:
    """The parts of a quote between its ellipses (elided words) and the writer's bracketed words, each
    without its edge punctuation."""
    parts = [_without_edges(part) for part in normalise_text(_without_editorial_marks(quote)[0]).split("...")]
    return [part for part in parts if part]


_SIGNED_NUMBER = on_first_use(r"[-.]\d")


def _without_edges(part: str) -> str:
    """A fragment without its edge punctuation, but for the sign or the point a number opens with: "-5
    degrees" is not "5 degrees", nor ".5 percent" "5 percent"."""
    stripped = part.strip(_EDGE_PUNCTUATION)
    opening = part.find(stripped[:1]) if stripped else -1
    if opening > 0 and _SIGNED_NUMBER().match(part, opening - 1):
        return part[opening - 1 : opening + len(stripped)]
    return stripped


def only_inserted(quote: str) -> bool:
    """Whether every word of a quote is the writer's, in brackets (`[We will close the tunnel]`): it holds
    none of the source's words to look for, yet says what the source said."""
    inserted = _without_editorial_marks(quote)[1]
    return not quote_fragments(quote) and any(_WORD.search(normalise_text(words)) for words in inserted)


class _QuoteShape(NamedTuple):
    """What a quote's marks say beyond its words (`_quote_shape`)."""

    asks: bool = False  # it keeps the question mark it ends with
    # Between each two of its parts: the words of the writer's brackets that stand there, or None where an
    # ellipsis does; and those before its first part, and after its last.
    between: tuple[str | None, ...] = ()
    leading: str | None = None
    trailing: str | None = None
    # The quote sets its first part apart from the brackets before it ("[In Kherson], the army crossed"): they
    # stand for the source's words before its own comma, not for a subject.
    leading_apart: bool = False


_PLAIN_QUOTE = _QuoteShape()
_BRACKET_MARK = on_first_use("(\\.\\.\\.|\x02\\d+\x02)")


def _quote_shape(quote: str) -> _QuoteShape:
    """Whether `quote` asks, and what the writer's brackets stand for between its parts
    (`quote_fragments`)."""
    # A Japanese question may end in its particle alone ("台湾は日本の一部ですか"), a Greek one in `;`.
    asked = normalise_text(quote).rstrip(" .!\u3002" + _CLOSING_MARKS)
    asks = asked.endswith(("?", "か")) or _greek_question(asked, len(asked) - 1)
    # The bracket marks below are control characters a quote may hold itself: those are read as spaces.
    text = _IN_WORD_BRACKET().sub(
        lambda match: match.group(1) or match.group(2), _EDITORIAL_NOTE().sub(" ", quote.replace("\x02", " "))
    )
    brackets: list[str] = []

    def marked(match: re.Match[str]) -> str:
        if not match.group(1).strip(". \u2026"):
            return " \u2026 "
        brackets.append(" ".join(match.group(1).split()))
        return f" \x02{len(brackets) - 1}\x02 "

    pieces = _BRACKET_MARK().split(normalise_text(_INSERTION().sub(marked, text)))
    between: list[str | None] = []
    leading: str | None = None
    leading_apart = False
    pending: list[str] = []
    elided, parts = False, 0
    for index, piece in enumerate(pieces):
        if index % 2:  # a separator: an ellipsis or a bracket's mark
            if piece == "...":
                elided = True
            else:
                pending.append(brackets[int(piece.strip("\x02"))])
            continue
        if not _without_edges(piece):
            continue
        stands_for = None if elided or not pending else " ".join(pending)
        if parts:
            between.append(stands_for)
        else:
            leading = stands_for
            leading_apart = piece.lstrip()[:1] in (",", ";", ":", "-")
        parts += 1
        pending, elided = [], False
    if parts != len(quote_fragments(quote.replace("\x02", " "))):
        return _QuoteShape(asks)
    trailing = None if elided or not pending else " ".join(pending)
    return _QuoteShape(asks, tuple(between), leading, trailing, leading_apart)


# Words the writer's brackets may stand for without changing what the source says: whom a pronoun or a
# demonstrative means (`[the soldiers] crossed` for "they crossed", `[Kherson]` for "there").
_STAND_INS = frozenset({
    "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
    "them", "their", "this", "that", "these", "those", "here", "there", "then", "now", "the", "a", "an",
    "one", "who", "which",
    "я", "мы", "нас", "наш", "наши", "ты", "вы", "он", "\u0435\u0433\u043e", "она", "\u0435\u0435", "оно",
    "они", "их", "это",
    "этот", "эта", "эти", "тот", "та", "те", "там", "тут", "здесь", "тогда", "він", "вона", "воно", "вони",
    "їх", "ми", "це", "цей", "ця", "ці", "той", "тоді",
    "er", "sie", "es", "wir", "ihr", "il", "elle", "ils", "elles", "nous", "vous", "él", "ella", "ellos",
})  # fmt: skip


def _stands_for(said: str, bracket: str) -> str | None:
    """A caution when the writer's `bracket` stands for source's words `said` that are more than a pronoun
    it names, and not among its own words ("Ukraine [won]" for "Ukraine lost", "[500]" for "50")."""
    kept = set(_WORD.findall(normalise_text(bracket)))
    if all(word in _STAND_INS or word in kept for word in _WORD.findall(said)):
        return None
    shown = said if len(said) <= _SHOWN_GAP_CHARS else said[: _SHOWN_GAP_CHARS - 1] + "…"
    return f"the words in brackets {f'[{bracket}]'!r} stand for the source's {shown!r}"


# The source's clause right before a quote's first part when a comma or a dash ends it ("Russia, not
# Ukraine, will win", "Russia - will win"): the subject the writer's brackets before that part replace.
_CLAUSE_SET_APART = on_first_use(r"([^.!?;:\"]{1,48})[,-] ?$")


def _leading_stands_for(haystack: str, start: int, bracket: str, apart: bool) -> str | None:
    """What the writer's `bracket` before a quote's first part (at `start` in the source) stands for, when
    that is more than whom it names (`_stands_for`): the source's word right before the part, and the words
    before that one while the bracket repeats them, as many as it has ("[Ukraine's army] will win" passed on
    "Russia's army will win", "[the Ukrainian army]" on "the Russian army"; "[the Ukrainian army]" for "the
    army" still passes); or, unless the quote sets the bracket `apart` by its own comma, the source's clause
    before a comma or a dash right before the part ("[Ukraine] will win" passed on "Russia, not Ukraine, will
    win")."""
    before = _WORD_BEFORE().search(haystack, max(0, start - _WORD_WINDOW), start)
    if before is None:
        set_apart = None if apart else _CLAUSE_SET_APART().search(haystack, max(0, start - 50), start)
        return _stands_for(set_apart.group(1).strip(_EDGE_PUNCTUATION), bracket) if set_apart else None
    if before.group(2) != " ":
        return None
    kept = set(_WORD.findall(normalise_text(bracket)))
    said, reached = [before.group(1)], before
    while said[0] in kept and said[0] not in _STAND_INS and len(said) < len(kept):
        earlier = _WORD_BEFORE().search(haystack, max(0, reached.start() - _WORD_WINDOW), reached.start())
        if earlier is None or earlier.group(2) != " ":
            break
        said.insert(0, earlier.group(1))
        reached = earlier
    return _stands_for(" ".join(said), bracket)


def _brackets_stand_for(haystack: str, spans: list[tuple[int, int]], shape: _QuoteShape) -> str | None:
    """What the writer's brackets replace in the source where the quote's parts stand (`spans`), when that is
    more than whom they name (`_stands_for`)."""
    for (_, end), (start, _), bracket in zip(spans, spans[1:], shape.between, strict=False):
        caution = _stands_for(haystack[end:start].strip(_EDGE_PUNCTUATION), bracket) if bracket else None
        if caution:
            return caution
    if shape.leading and spans:
        caution = _leading_stands_for(haystack, spans[0][0], shape.leading, shape.leading_apart)
        if caution:
            return caution
    # Brackets after the last part stand for as many of the source's words right after it ("we will win
    # [the war]" passed on "We will win the peace", "we killed [500]" on "We killed 50 soldiers"); where the
    # source's sentence ends there they add words to it, as a clarification does.
    if shape.trailing and spans:
        after = _WORDS_AFTER().match(haystack, spans[-1][1])
        if after is not None:
            count = max(1, len(_WORD.findall(normalise_text(shape.trailing))))
            return _stands_for(" ".join(_WORD.findall(after.group())[:count]), shape.trailing)
    return None


def inserted_negations(quote: str) -> list[str]:
    """The negating words the writer put in brackets inside a quote (`we will [not] close`): the source's
    words around them do not say that."""
    return [
        word for words in _without_editorial_marks(quote)[1] for word in negations_in(normalise_text(words))
    ]


@dataclass(frozen=True)
class QuoteMatch:
    verbatim: bool
    score: float  # 100 when verbatim
    excerpt: str  # the matched passage, or the best-aligned one, with some context
    # For a quote with elided words found in order: why its parts, though there, may not say what the quote
    # says (the elision leaves out a `not`, or the parts stand far apart); None when they read as quoted.
    caution: str | None = None


def _excerpt(haystack: str, start: int, end: int, source_text: str) -> str:
    """The source's own words around `haystack[start:end]` (a span of `normalise_text(source_text)`), whole
    words, whitespace squeezed. An excerpt is shown as what the source says ("found"): cut from the
    normalised text it read "5 march 2024 officials said", case folded and its quote marks changed, where
    the page says "5 March 2024 Officials said". The normalised text is shown only when the source's words
    cannot be lined up with it (an ellipsis spelt across spaces, `. . .`)."""
    left = max(0, start - _EXCERPT_CHARS // 3)
    right = min(len(haystack), end + _EXCERPT_CHARS // 3)
    words = _source_words(source_text, haystack)
    if words is None:
        return ("…" if left else "") + haystack[left:right].strip() + ("…" if right < len(haystack) else "")
    tokens, starts = words
    first = bisect.bisect_right(starts, left) - 1
    last = bisect.bisect_right(starts, max(left, right - 1)) - 1
    shown = " ".join(tokens[first : last + 1])
    return ("…" if first > 0 else "") + shown + ("…" if last < len(tokens) - 1 else "")


@functools.lru_cache(maxsize=8)  # a footnote's quotes are each looked for in the same source text
def _source_words(source_text: str, haystack: str) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
    """The source's words (split at whitespace) and where each starts in `haystack`, its normalised form;
    None when the words normalised one by one do not make `haystack` (normalising joined some of them)."""
    if source_text.isascii() and _ELLIPSIS.search(source_text) is None:
        # Normalising ASCII without ellipses changes no word's length (case, ` for '): no word need be
        # normalised alone, which took 40 ms for a 100 KB page.
        words = source_text.split()
        starts_at = list(itertools.accumulate((len(word) + 1 for word in words[:-1]), initial=0))
        if not words or starts_at[-1] + len(words[-1]) != len(haystack):
            return None
        return tuple(words), tuple(starts_at)
    tokens: list[str] = []
    starts: list[int] = []
    position = 0
    for token in source_text.split():
        normal = normalise_text(token)
        if not normal:  # zero-width marks alone: nothing of it is in the haystack
            continue
        if not haystack.startswith(normal, position):  # looked for without vowel points or Greek accents
            normal = _VOWEL_POINTS().sub("", normal).translate(_WITHOUT_TONOS)
        end = position + len(normal)
        if not haystack.startswith(normal, position) or haystack[end : end + 1] not in ("", " "):
            return None
        tokens.append(token)
        starts.append(position)
        position = end + 1
    if position - 1 != len(haystack):
        return None
    return tuple(tokens), tuple(starts)


# Scripts written without spaces between words: there a quote may begin or end inside a run of letters.
_UNSPACED = on_first_use(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"
)
_UNSPACED_FROM = "\u0e00"  # below every character of `_UNSPACED`


def _is_unspaced(char: str) -> bool:
    """Whether `char` (its first character) is of a script written without spaces: `_UNSPACED` is compiled
    only once a character at or past its first range is asked about, which most reports' quotes never are
    (its 20,000 characters took as long to compile as the rest of the module's patterns)."""
    return char >= _UNSPACED_FROM and _UNSPACED().match(char) is not None


# Chinese and Japanese numerals, and digits beside them: one number however it is cut ("十人", ten people, is
# not in "五十人", fifty; nor "5万" in "15万").
_CJK_NUMERALS = frozenset("〇零一二三四五六七八九十百千万萬亿億兆")


# A vowel sign or other mark written on a letter (Devanagari's `ी`, `ं`, Bengali's, Arabic's harakat) is part
# of its word, though no letter itself: "कम" (less) was found in "कमी" (a shortage), its vowel sign read as
# the word's end.
_MARK_CATEGORIES = frozenset({"Mn", "Mc"})


def _in_a_word(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char) in _MARK_CATEGORIES


def _joins(left: str, right: str) -> bool:
    """Whether two adjacent characters are letters of one word (in a script that spaces its words), or of
    one number written with Chinese numerals."""
    if (left in _CJK_NUMERALS or left.isdigit()) and (right in _CJK_NUMERALS or right.isdigit()):
        return True
    return _in_a_word(left) and _in_a_word(right) and not _is_unspaced(left) and not _is_unspaced(right)


def _contracts(haystack: str, fragment: str, end: int) -> bool:
    """Whether the last word of `fragment` goes on at `end` as a negative contraction: "we can" is not in
    "we can't", nor "we won" in "we won't"."""
    return (
        fragment[-1] == "n"
        and haystack.startswith("'t", end)
        and not (end + 2 < len(haystack) and _joins("t", haystack[end + 2]))
    )


# A number goes on past a digit at a fragment's edge: a decimal point or a thousands mark between digits
# (`1.5`, `5,000`, `10:30`, `1/5`), a range (`2-5`), a sign (`-5`, once normalised `\u2212` is `-`), or a
# group of three digits after a space (`10 000`, as French and Russian write thousands; NFKC makes their
# no-break spaces plain ones), a Swiss thousands mark (`5'000`), a fraction after a space (`5 1/2`), or a
# word that multiplies it (`5 million`, `5 bn`, `5 млн`). "5 percent" is not in "1.5 percent", nor "killed
# 10" in "killed 10 000", nor "they killed 5" in "they killed 5 million".
_NUMBER_MARKS = ".,:/-'"
_FRACTION_AFTER = on_first_use(r" \d{1,2}/\d")
_FRACTION_FIRST = on_first_use(r"\d{1,2}/\d")
_MAGNITUDE_AFTER = on_first_use(
    r" (?:(?:thousand|million|billion|trillion|milliard|миллион|миллиард|мільйон|мільярд|тысяч|тисяч)"
    r"[^\W\d_]{0,3}|bn|mn|mln|tn|млн|млрд|трлн|тыс|тис|mio|mrd|mil|millones|millón|tausend)(?![^\W_])"
)
# A share after a number: "losses were 10" is not in "losses were 10%", nor in "10 percent", "10 %".
_PERCENT_AFTER = on_first_use(
    r" ?(?:%|\u2030|percent|per cent|pct|процент[^\W\d_]{0,3}|відсот[^\W\d_]{0,4}|prozent|pour cent"
    r"|por ciento)(?![^\W_])"
)
_THOUSANDS_AFTER = on_first_use(r" \d{3}(?![^\W_])")
_THOUSANDS_BEFORE = on_first_use(r"(?<![\d.,])\d{1,3} $")
_LEADING_GROUP = on_first_use(r"\d{3}(?![^\W_])")
_TRAILING_DIGITS = on_first_use(r"(?<![\d.,])\d{1,3}$")


# An English number written in words goes on across its hyphen: "five soldiers" is not in "twenty-five
# soldiers", nor "killed fifty" in "killed fifty-five".
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
)
_TENS_BEFORE = on_first_use(rf"(?<![^\W_]){_TENS}-$")
_UNIT_FIRST = on_first_use(rf"{_UNITS}(?![^\W_])")
_TENS_LAST = on_first_use(rf"(?<![^\W_]){_TENS}$")
_UNIT_AFTER = on_first_use(rf"-{_UNITS}(?![^\W_])")


# A number written in words goes on into the word that multiplies it, as digits do: "killed twenty" is not
# in "killed twenty thousand", "lost hundreds" in "lost hundreds of thousands", "убили пять" in "убили пять
# тысяч"; nor "million people fled" in "five million people fled", "a million" in "half a million".
_COUNT_WORDS = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|" + _TENS + r"|hundred|thousand|million|billion"
    r"|several|few|half|quarter|один|одна|два|две|дві|три|четыре|чотири|пять|п'ять|шесть|шість|семь|сім"
    r"|восемь|вісім|девять|дев'ять|десять|сто|несколько|кілька|половин[^\W\d_]{0,2})"
)
_COUNT_WORD_LAST = on_first_use(rf"(?<![^\W_']){_COUNT_WORDS}$")
_COUNT_BEFORE = on_first_use(rf"(?:\d|(?<![^\W_']){_COUNT_WORDS}) $")
_MAGNITUDES_OF_AFTER = on_first_use(r" of (?:hundreds|thousands|millions|billions)(?![^\W_])")
_MANY_LAST = on_first_use(r"(?<![^\W_])(?:tens|dozens|hundreds|thousands|millions)$")
_MAGNITUDE_FIRST = on_first_use(
    r"(?:a |one )?(?:hundred|thousand|million|billion|trillion|тысяч|тисяч|миллион|миллиард|мільйон"
    r"|мільярд)[^\W\d_]{0,3}(?![^\W_])"
)
_WORD_NUMBER_REACH = 20  # the longest count word and its space


def _number_goes_on_before(haystack: str, found: int, fragment: str) -> bool:
    """Whether the number `fragment` opens with goes on before it in `haystack` (at `found`)."""
    if found > 0 and haystack[found - 1] == "-" and _UNIT_FIRST().match(fragment):
        return _TENS_BEFORE().search(haystack, max(0, found - 9), found) is not None
    if found > 0 and _MAGNITUDE_FIRST().match(fragment):
        return _COUNT_BEFORE().search(haystack, max(0, found - _WORD_NUMBER_REACH), found) is not None
    if not fragment[0].isdigit() or found == 0:
        return False
    mark = haystack[found - 1]
    before = haystack[found - 2] if found > 1 else " "
    if mark == "-":
        return not before.isalpha()  # a sign or a range, not the hyphen of `covid-19`
    if mark in _NUMBER_MARKS:
        return before.isdigit() or (mark in ".," and not before.isalnum())  # `1.5`, `.5`
    if mark == " " and before.isdigit() and _FRACTION_FIRST().match(fragment):
        return True  # `1/2 million` of `5 1/2 million`
    return (
        mark == " "
        and _LEADING_GROUP().match(fragment) is not None
        and _THOUSANDS_BEFORE().search(haystack, max(0, found - 5), found) is not None
    )


def _number_goes_on_after(haystack: str, end: int, fragment: str) -> bool:
    """Whether the number `fragment` ends with goes on after it in `haystack` (at `end`)."""
    if end >= len(haystack):
        return False
    if haystack[end] == "-" and _TENS_LAST().search(fragment, max(0, len(fragment) - 8)):
        return _UNIT_AFTER().match(haystack, end) is not None
    tail = max(0, len(fragment) - _WORD_NUMBER_REACH)
    if _COUNT_WORD_LAST().search(fragment, tail) and _MAGNITUDE_AFTER().match(haystack, end):
        return True
    if _MANY_LAST().search(fragment, tail) and _MAGNITUDES_OF_AFTER().match(haystack, end):
        return True
    if not fragment[-1].isdigit():
        return False
    if haystack[end] in _NUMBER_MARKS:
        return end + 1 < len(haystack) and haystack[end + 1].isdigit()
    if (
        _FRACTION_AFTER().match(haystack, end)
        or _MAGNITUDE_AFTER().match(haystack, end)
        or _PERCENT_AFTER().match(haystack, end)
    ):
        return True
    return (
        _TRAILING_DIGITS().search(fragment) is not None
        and _THOUSANDS_AFTER().match(haystack, end) is not None
    )


_MAX_OCCURRENCES = 1000  # occurrences inside other words looked past before a quote counts as not found


def _find_words(haystack: str, fragment: str, start: int, end: int | None = None) -> int:
    """Where `fragment` first stands in `haystack[start:end]` as whole words, or -1: `war` is not in
    `software`, nor `no` in `know`."""
    limit = len(haystack) if end is None else min(end, len(haystack))
    found = haystack.find(fragment, start, limit)
    for _ in range(_MAX_OCCURRENCES):
        if found < 0:
            break
        after_end = found + len(fragment)
        before = (found > 0 and _joins(haystack[found - 1], fragment[0])) or _number_goes_on_before(
            haystack, found, fragment
        )
        after = after_end < len(haystack) and (
            _joins(fragment[-1], haystack[after_end])
            or _contracts(haystack, fragment, after_end)
            or _number_goes_on_after(haystack, after_end, fragment)
        )
        if not before and not after:
            return found
        found = haystack.find(fragment, found + 1, limit)
    return -1


# Words that turn a statement into its opposite. Eliding one (`we will … close` for "we will not close") or
# adding one to a title ("Bridge not destroyed") reverses what the words say. English, and the languages of
# the sources the tool is mostly used on (Russian, Ukrainian, French, German, Spanish), leaving out words that
# are also ordinary English or French words (Spanish `sin`, French `personne`); Portuguese's, Dutch's and
# Turkish's words apart (`não`, `geen`, `değil`, which follows what it negates); Ukrainian's and Polish's
# "there is no" and "no" (`немає`, `жодних`, `brak`, `żadnych`; Polish `nie` is German's), Greek's (`δεν`,
# `όχι`; not `ποτε` unaccented, also "when") and Kazakh's (`емес`); and Arabic's and Hebrew's
# (`لن` will not, `ليس` is not, `לא` not; not Arabic `ما`, also "what"); `n't` ends a word, and is often
# written without its apostrophe (`dont`, `didnt`, as posts are typed). "Hardly"
# and "scarcely" (`kaum`, `guère`, `вряд ли`, `навряд`) say almost not: "they hardly helped us" does not say
# "helped us".
NEGATIONS = frozenset({
    "not", "no", "never", "nor", "neither", "without", "none", "nobody", "nothing", "cannot", "nowhere",
    "hardly", "scarcely",
    "dont", "didnt", "doesnt", "wont", "cant", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt",
    "couldnt", "wouldnt", "shouldnt", "aint",
    "не", "нет", "нету", "нельзя", "ни", "никогда", "ничего", "никто", "без", "вряд", "ні", "ніколи",
    "нічого", "ніхто", "навряд", "немає", "нема", "жоден", "жодна", "жодне", "жодного", "жодної", "жодних",
    "nigdy", "nikt", "bez", "brak", "żaden", "żadna", "żadne", "żadnego", "żadnej", "żadnych",
    "δεν", "δε", "όχι", "οχι", "μην", "μη", "ποτέ", "ουδέποτε", "ουδεποτε",
    "χωρίσ", "χωρισ",  # final sigma case folded
    "ne", "pas", "jamais", "aucun", "aucune", "sans", "rien", "guère",
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "niemand", "nichts",
    "ohne", "kaum",
    "nunca", "ningún", "ninguna", "ninguno", "nadie", "nada", "jamás", "tampoco", "ni",
    "keinerlei", "nirgends", "weder", "nenhum", "nenhuma", "ninguém",
    "nessun", "nessuno", "nessuna", "niente",  # Italian's (its "non" reaches across an auxiliary)
    "não", "nem", "niet", "geen", "nooit", "değil", "yok", "емес", "жоқ",
    # Serbian's and Croatian's "is not" in either script (`nije`, `није`), Vietnamese's, Indonesian's and
    # Malay's.
    "نیست", "نیستند", "نیستیم", "هرگز",  # Persian's "is not" and "never"
    "nije", "nisu", "nisam", "nismo", "niste", "nikad", "nikada", "није", "нису", "нисам", "нисмо", "нисте",
    "никад", "никада", "không", "chưa", "chẳng", "đừng", "tidak", "bukan", "belum", "jangan",
    # Hindi's and Urdu's (`नहीं`, `मत`, `نہیں`), and Bengali's, which follow the verb (`না`, `নয়`, `নেই`).
    "नहीं", "नही", "मत", "نہیں", "না", "\u09a8\u09af\u09bc", "নেই", "নই",
    "안", "못",
    "لا", "لم", "لن", "ليس", "ليست", "لست", "لسنا", "ليسوا", "ولا", "ولم", "ولن", "وليس", "بدون", "أبدا",
    "לא", "ולא", "שלא", "אין", "ואין", "אינו", "אינה", "אינם", "אינן", "בלי", "מעולם",
})  # fmt: skip
# Spelt as normalised text spells them: Persian's and Urdu's yeh as Arabic's (`_QUOTE_MARKS`).
NEGATIONS = frozenset(word.translate(_QUOTE_MARKS) for word in NEGATIONS)
# Korean spaces its words, and negates a verb with the word after it as well as with `안` or `못` before it:
# "사실이" (a fact) cut from "사실이 아니다" (is not a fact), "보냈다" (sent) from "안 보냈다", "보내지" from
# "보내지 않았다" each passed. Every form of 않다, 아니다, 없다 (there is no) and 못하다 opens so.
_KOREAN_NEGATING_STEMS = ("않", "아니", "아닌", "아닙", "아냐", "없", "못하", "못했", "못한")
# A word's letters, and the vowel signs and other marks on the letters of the scripts of India (`नहीं`), which
# are no letters to `re` and cut a word in two.
_INDIC = "\u0900-\u0963\u0966-\u0dff"  # Devanagari to Sinhala, but for the danda and double danda
_LETTER = rf"(?:[^\W_]|[{_INDIC}])"
_WORD = re.compile(rf"{_LETTER}+(?:'{_LETTER}+)*")


# Cyrillic and Latin letters drawn alike (a, e, o, p, c, y, x, i, j, s). A word that mixes the two scripts
# is read in each ("not" with a Cyrillic o is "not"): spelt so, a negation went unseen, and a quote that
# elided it passed.
_CYRILLIC_LOOKALIKES = "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455"
_LATIN_LOOKALIKES = "aeopcyxijs"
_AS_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_AS_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_LATIN_LETTER = on_first_use("[a-z]")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")


def _negates(word: str) -> bool:
    """Whether `word` (normalised) is a negating word, as spelt or read in one script (`_AS_LATIN`)."""
    if word in NEGATIONS or word.endswith("n't") or word.startswith(_KOREAN_NEGATING_STEMS):
        return True
    if _LATIN_LETTER().search(word) is None or _CYRILLIC_LETTER.search(word) is None:
        return False
    return any(word.translate(table) in NEGATIONS for table in (_AS_LATIN, _AS_CYRILLIC))


# Russian's `ни` (Ukrainian's `ні`) after a question word and `бы` says "-ever", no "not": `что бы ни
# случилось` (whatever happens), `как бы ни было трудно` (however hard it is), `кто бы то ни был`, `во что бы
# то ни стало` (at any cost), Ukrainian's `хоч би хто ні`. An elision leaving out `что бы ни случилось` warned
# that it left out a negation. `ни один`, `ни разу`, `ни за что` (not one, not once, never) still negate, and
# so does `что ни один` without `бы` (`сказал, что ни один солдат …`).
_EVER_WORDS = frozenset({
    "кто", "кого", "кому", "кем", "ком", "что", "чего", "чему", "чем", "как", "где", "куда", "откуда",
    "когда", "сколько", "какой", "какая", "какое", "какие", "какого", "какому", "каким", "какую", "каких",
    "какими", "чей", "чья", "чье", "чьи", "чьего",
    "хто", "ким", "що", "чого", "чому", "чим", "як", "де", "куди", "звідки", "коли",
    "скільки", "який", "яка", "яке", "які", "якого", "якому", "яким", "яку", "яких", "чий", "чия", "чиє",
    "чиї",
})  # fmt: skip
_WOULD = frozenset({"бы", "\u0431", "би"})  # Russian be written out, a letter ruff reads as a 6
_EVEN_IF = frozenset({"хоч", "хоча"})


def _says_ever(words: list[str], at: int) -> bool:
    """Whether `words[at]`, `ни` or `ні`, ends a question word's "-ever" (`_EVER_WORDS`): `что бы (то) ни`,
    `хоч би що ні`."""
    if words[at] not in ("ни", "ні"):
        return False
    before = words[max(0, at - 4) : at]
    if before[-1:] == ["то"]:
        before.pop()
    if len(before) < 2:
        return False
    return (before[-1] in _WOULD and before[-2] in _EVER_WORDS) or (
        len(before) >= 3 and before[-1] in _EVER_WORDS and before[-2] in _WOULD and before[-3] in _EVEN_IF
    )


def negations_in(text: str) -> list[str]:
    """The negating words of `text` (normalised), in order: `not`, `won't`, `никогда`, and those spelt with
    letters of the other script drawn alike (`_negates`); not the `ни` of `что бы ни` (`_says_ever`)."""
    words = _WORD.findall(text)
    return [word for at, word in enumerate(words) if _negates(word) and not _says_ever(words, at)]


def _negates_after(haystack: str, at: int, word: str) -> bool:
    """Whether `word`, standing at `haystack[at]`, negates, read with the words right before it (`что бы ни`
    does not: `_says_ever`)."""
    if not negations_in(word):
        return False
    if word not in ("ни", "ні"):
        return True
    words = _WORD.findall(haystack, max(0, at - _WORD_WINDOW), at)
    return not _says_ever([*words, word], len(words))


# How far apart the parts of a quote with elided words may stand in the source: within one passage of three
# times the quote's length, and never less than 400 characters (a sentence or two left out is an ordinary
# elision; parts from different paragraphs are not one statement).
_ELISION_SPREAD = 3
_ELISION_MIN_PASSAGE = 400
_SHOWN_GAP_CHARS = 80


def _parts_in_order(
    haystack: str, fragments: list[str], start: int, end: int | None
) -> tuple[list[tuple[int, int]], int]:
    """Where the fragments stand in order from `start`, each at its first place after the one before it
    within `haystack[:end]`: all their spans, or those found before one was missing and where the search for
    that one began."""
    spans: list[tuple[int, int]] = []
    position = start
    for fragment in fragments:
        found = _find_words(haystack, fragment, position, end)
        if found < 0:
            break
        spans.append((found, found + len(fragment)))
        position = found + len(fragment)
    return spans, position


_LAST_WORD = on_first_use(r"(?<![\w'])([^\W_]{1,30})([ -])$")


def _left_out(haystack: str, spans: list[tuple[int, int]]) -> tuple[str, list[str]]:
    """The words an elision leaves out that negate, and the left-out passage that holds the first of them: a
    negating word, or a prefix that makes the next part's first word its opposite ("non-" of "non-violent",
    as `_negation_beside`)."""
    for (_, end), (start, _) in itertools.pairwise(spans):
        gap = haystack[end:start].strip(_EDGE_PUNCTUATION)
        negating = negations_in(gap)
        last = _LAST_WORD().search(haystack, max(end, start - _WORD_WINDOW), start)
        if not negating and last is not None:
            prefixes = _NEGATING_HYPHENED if last.group(2) == "-" else _NEGATING_WORDS_APART
            negating = [last.group(1)] if last.group(1) in prefixes else []
        if not negating:  # Chinese, without spaces: its negating words anywhere, a negation right before
            negating = _CHINESE_NEGATING().findall(gap)[:1]
            chinese = _CHINESE_NEGATION_BEFORE().search(haystack, max(end, start - 5), start)
            if not negating and chinese is not None and _char_in(haystack, start, _HAN):
                negating = [chinese.group(1)]
        if not negating:  # Thai, without spaces either: "รัฐบาล…ส่งทหาร" for "รัฐบาลไม่ได้ส่งทหาร"
            negating = _THAI_NEGATING().findall(gap)[:1]
        if negating:
            return gap, negating
    return "", []


# The word right before or after a passage (one space between, no punctuation): "sent troops" quoted from
# "we never sent troops", or "we will close" from "we will not close", drops the source's negation as an
# elision would. Words longer than these are no negating word. The word before may also be joined to the
# passage by a hyphen: a prefix that makes the word after it its opposite ("violent protesters" quoted from
# "non-violent protesters", "fly zone" from "no-fly zone", "escalation" from "de-escalation"), or, written
# apart, "non" and "anti" ("non violent"); and a negation may stand a word or two further off
# (`_NEGATION_REACHES_ACROSS`).
_WORD_BEFORE = on_first_use(rf"(?<![\w'{_INDIC}])({_LETTER}{{1,30}}(?:'{_LETTER}{{1,10}})?)([ -])$")
_WORD_AFTER = on_first_use(rf" ({_LETTER}{{1,30}}(?:'{_LETTER}{{1,10}})?)(?![\w'{_INDIC}])")
_WORDS_AFTER = on_first_use(rf"(?: {_LETTER}{{1,30}}(?:'{_LETTER}{{1,10}})?(?![\w'{_INDIC}])){{1,5}}")
_WORD_WINDOW = 48
_NEGATING_WORDS_APART = frozenset({"non", "anti"})
_NEGATING_HYPHENED = frozenset({"non", "anti", "un", "de"})
# Words a negation reaches across to the passage: "support the plan" cut from "we no longer support the plan",
# "decided" from "we have not yet decided", "sent troops" from "we never ever sent troops".
# Polish and Russian as well: "dowodów" cut from "nie ma dowodów" (there is no evidence), "доказательства"
# from "ни одного доказательства" (not one piece of evidence).
# And the auxiliaries a Spanish, Portuguese, Italian, English or Russian negation stands before ("enviado
# tropas" cut from "no hemos enviado tropas", "pruebas" from "no hay pruebas", "prove" from "non ci sono
# prove", "sent troops" from "I would not have sent troops", "отступать" from "мы не будем отступать").
_NEGATION_GOES_ON = frozenset({
    "longer", "more", "yet", "ever", "even", "again", "ma", "było", "одного", "одной",
    "have", "has", "had", "be", "been", "he", "ha", "hemos", "han", "había", "habíamos", "habían", "hay",
    "há", "tem", "temos", "têm", "tinha", "tínhamos", "ho", "abbiamo", "hanno", "è", "ci", "sono", "siamo",
    "буду", "будем", "будет", "будут", "будешь", "будете", "буде", "будемо", "будуть",
})  # fmt: skip
# An article between a negation and the passage: "traitor" quoted from "he is not a traitor" or "he was never
# a traitor", "preuves" from "il n'y a pas de preuves", "Verräter" from "nicht ein Verräter". A quote of one
# word or two cuts there most often: the word before it was the article, and the quote passed.
_ARTICLES = frozenset({
    "a", "an", "the", "un", "une", "le", "la", "les", "des", "du", "de", "ein", "eine", "einen", "einem",
    "einer", "der", "die", "das", "den", "dem", "el", "una", "los", "las",
})  # fmt: skip
_NEGATION_REACHES_ACROSS = _NEGATION_GOES_ON | _ARTICLES
_NEGATION_REACH_WORDS = 2  # "no longer a traitor": two words between the negation and the passage


# Chinese writes no spaces: a negation is the characters right before the quoted words.
# "是中国的一部分" (is part of China) passed on "台湾不是中国的一部分" (Taiwan is not part of
# China), "派兵越境" on "我们从未派兵越境". Characters that end other words as well are left out
# (`别` of 特别, "special", `非` of 南非, "South Africa"), and "不得不" (must) is no negation.
# "不是" (is not) right before the words: "中国的一部分" passed on "台湾不是中国的一部分"; and "并非" or
# "绝非" (is by no means) ("巧合" on "这绝非巧合"), though `非` alone ends other words; "未曾" (never),
# "未必" and "不一定" (not necessarily), "勿" (do not).
_CHINESE_NEGATION_BEFORE = on_first_use(
    "(?<!不得)(不(?:可能|一定|[会會能再要想可愿願肯敢是])?|[并並绝絕决決]非|没有|沒有|没|沒|未(?:曾|必)?|勿|无|無)$"
)
# A verb's negative complement right after the words: "我们做" (we do) cut from "我们做不到" (we cannot
# do it).
# Or the source calls them a rumour or false right after: "俄军撤退了" cut from "俄军撤退了是谣言".
_CHINESE_NEGATION_AFTER = on_first_use(
    "不[了到起成住]|[并並绝絕]非|(?:的(?:说法|說法|消息|传言|傳言))?(?:是|纯属|純屬|系)?"
    "(?:谣言|謠言|假的|假消息|不实|不實)"
)
# Chinese negating words of two characters, found anywhere in the words an elision leaves out
# ("我们…派兵" for "我们不会派兵", we will not send troops).
_CHINESE_NEGATING = on_first_use(
    "(?<!不得)不[会會能再要想可愿願肯敢是]|没有|沒有|从未|從未|并未|並未|从不|從不|决不|絕不|绝不|未曾|尚未"
)
_HAN = (("\u3400", "\u9fff"), ("\uf900", "\ufaff"))  # the ranges of a class (`_char_in`)
# Japanese writes no spaces either, and negates after the words: "日本の一部" (part of Japan) passed on
# "台湾は日本の一部ではない" (Taiwan is not part of Japan), "我々は勝つ" (we will win) on "我々は勝つことは
# できない" (we cannot win). A negative ending right after the quoted words, maybe after a noun that
# nominalises them ("ことはない", "ことはありえない", "というわけではない", "はずがない", "つもりはない",
# "とは限らない") or belittles them ("なんかじゃない"); not "ないし" ("or").
_JAPANESE = (("\u3040", "\u30ff"), *_HAN)
# The particle that makes a Japanese sentence a question ("台湾は日本の一部です" cut from "…ですか。",
# is it part of Japan?), or says whether ("派兵する" from "派兵するかどうか"); not "か" of "東京か大阪" (or).
_JAPANESE_ASKED_AFTER = on_first_use("(かどうか|か(?=[?。!\u300d ]|$))")
_JAPANESE_NEGATION_AFTER = on_first_use(
    "(?:(?:という)?(?:こと|わけ|はず|つもり|予定)[はがも]?(?:でき|ありえ|あり得|有り得)?|とは限ら|なんか|など)?"
    "(?:では|じゃ|でも|でし|し|でき)?(?:ない(?!し)|なく|なかった|ありません|ません|ず)"
)
# The quotative `と` and a verb of saying or thinking in the negative: "我々は勝つ" (we will win) passed on
# "我々は勝つとは言っていない" (did not say we will win) and "…とは思わない" (do not think). The verb's
# kana ending is at most a few characters, so the match never leaves its clause.
_JAPANESE_NOT_SAID_AFTER = on_first_use(
    "と[はも]?(?:一言も|一度も|決して|全く|まったく)?(?:言|い|思|おも|考|書|述べ|認め|信じ|主張|断言|発言|確認)"
    "[\u3041-\u3093]{0,6}?(?:ない(?!し)|なかった|ません|ず)"
)
# Or the source calls them a hoax or a lie right after: "ロシア軍が撤退した" cut from
# "ロシア軍が撤退したというのはデマだ".
_JAPANESE_BELIED_AFTER = on_first_use(
    "(?:という(?:の|話|情報|噂|うわさ)?は|とは|は)(?:デマ|嘘|うそ|ウソ|フェイク|誤り|誤情報|偽情報|虚偽|事実無根)"
)
# Thai writes no spaces, and negates before the words: "ส่งทหาร" (sent troops) passed on "รัฐบาลไม่ได้ส่งทหาร"
# (the government did not send troops), "ความจริง" (the truth) on "ไม่ใช่ความจริง" (is not the truth).
_THAI = on_first_use("[\u0e00-\u0e7f]")
# Not `มิ` alone, which ends other words ("อุณหภูมิ", temperature).
_THAI_NEGATION_BEFORE = on_first_use("(ไม่(?:ได้|ใช่|เคย|มี)?|มิได้)$")
_THAI_NEGATING = on_first_use("ไม่(?:ได้|ใช่|เคย|มี)?|มิได้")  # anywhere in the words an elision leaves out
# The words that make a Thai sentence a question, right after it ("ส่งทหาร" cut from "ส่งทหารหรือไม่", sent
# troops or not?).
_THAI_ASKED_AFTER = on_first_use("หรือไม่|หรือเปล่า|ไหม|มั้ย")
# A question particle right before the question mark: "我们派兵了" (we sent troops) cut from "我们派兵了吗?".
_CHINESE_ASKED_AFTER = on_first_use("(?:[吗嗎]|没有|沒有|与否|與否) ?\\?")


def _negation_beside(
    haystack: str, start: int, end: int, asks: bool = False, lined: str = "", quoted_in_source: bool = True
) -> str | None:
    """What the source's negating word right before or right after `haystack[start:end]` says of it (a
    caution), or that the source asks it (`_asked`; `asks`: the quote asks it too; `lined`: the haystack
    with its line breaks), or, read without the source's own quote marks around it (`quoted_in_source`),
    what the source says of it outside them (`_denied_outside_marks`); or None."""
    if _char_in(haystack, start, _HAN):
        chinese = _CHINESE_NEGATION_BEFORE().search(haystack, max(0, start - 4), start)
        if chinese is not None:
            return f"the source says {chinese.group(1)!r} right before the quoted words"
        after = _CHINESE_NEGATION_AFTER().match(haystack, end) if _char_in(haystack, end - 1, _HAN) else None
        if after is not None:
            return f"the source says {after.group()!r} right after the quoted words"
        asked_in_chinese = _CHINESE_ASKED_AFTER().match(haystack, end)
        if not asks and asked_in_chinese is not None:
            said = asked_in_chinese.group().replace(" ", "")
            return f"the source asks it ({said!r} right after the quoted words), it does not say it"
    if end > start and _char_in(haystack, end - 1, _JAPANESE):
        japanese = _JAPANESE_NEGATION_AFTER().match(haystack, end)
        japanese = japanese or _JAPANESE_NOT_SAID_AFTER().match(haystack, end)
        japanese = japanese or _JAPANESE_BELIED_AFTER().match(haystack, end)
        if japanese is not None:
            return f"the source says {japanese.group()!r} right after the quoted words"
        asked = _JAPANESE_ASKED_AFTER().match(haystack, end)
        if not asks and asked is not None:
            return f"the source asks it ({asked.group(1)!r} right after the quoted words), it does not say it"
    if _THAI().match(haystack, start):
        thai = _THAI_NEGATION_BEFORE().search(haystack, max(0, start - 8), start)
        if thai is not None:
            return f"the source says {thai.group(1)!r} right before the quoted words"
    if end > start and _THAI().match(haystack, end - 1):
        asked_in_thai = _THAI_ASKED_AFTER().match(haystack, end)
        if not asks and asked_in_thai is not None:
            said = asked_in_thai.group()
            return f"the source asks it ({said!r} right after the quoted words), it does not say it"
    before = _WORD_BEFORE().search(haystack, max(0, start - _WORD_WINDOW), start)
    if before is not None:
        word, joint = before.group(1), before.group(2)
        prefixes = _NEGATING_HYPHENED if joint == "-" else _NEGATING_WORDS_APART
        if _negates_after(haystack, before.start(1), word) or word in prefixes:
            said = f"{word}-" if joint == "-" else word
            return f"the source says {said!r} right before the quoted words"
        reached, said = before, word
        for _ in range(_NEGATION_REACH_WORDS):
            if reached.group(2) != " " or reached.group(1) not in _NEGATION_REACHES_ACROSS:
                break
            earlier = _WORD_BEFORE().search(haystack, max(0, reached.start() - _WORD_WINDOW), reached.start())
            if earlier is None or earlier.group(2) != " ":
                break
            said = f"{earlier.group(1)} {said}"
            if negations_in(earlier.group(1)) or earlier.group(1) == "non":  # Italian's, "non abbiamo"
                return f"the source says {said!r} right before the quoted words"
            reached = earlier
    after = _WORD_AFTER().match(haystack, end)
    if after is not None and negations_in(after.group(1)):
        return f"the source says {after.group(1)!r} right after the quoted words"
    return (
        _denied(haystack, start, end)
        or _asked(haystack, start, end, asks, lined)
        or (_denied_outside_marks(haystack, start, end) if quoted_in_source else None)
    )


# The source's own quote marks around the quoted words (normalised: `"` or `'`), after a colon before them:
# 'He never said "we will win"', 'Nobody said: "we will win"', '«Мы победим», — не писал Рыбарь'. Read with
# the marks, what the source says of the words stood outside the words it looked at.
_MARKS_BEFORE = on_first_use("(?:: ?)?[\"']$")
_MARK_AFTER = on_first_use("[\"']")
_AROUND_MARKS = 120


def _denied_outside_marks(haystack: str, start: int, end: int) -> str | None:
    """What `_negation_beside` says of `haystack[start:end]` read without the source's quote marks around it,
    when it stands in them (`_MARKS_BEFORE`); else None."""
    opening = _MARKS_BEFORE().search(haystack, max(0, start - 3), start)
    if opening is None:
        return None
    closing = _MARK_AFTER().match(haystack, end)
    before = haystack[max(0, opening.start() - _AROUND_MARKS) : opening.start()].rstrip() + " "
    after = haystack[closing.end() if closing else end : end + _AROUND_MARKS]
    unquoted = before + haystack[start:end] + after
    return _negation_beside(unquoted, len(before), len(before) + end - start, quoted_in_source=False)


# What a source says of a claim it reports in its own words, to deny it: "Officials denied that the strike
# killed 50", "It is false that …", "Reports that … are false". English, and the verbs of denying of the
# languages of NEGATIONS (`отрицает, что`, `bestreitet, dass`; normalised: case folded).
_DENYING = frozenset({
    "deny", "denies", "denied", "denying", "false", "untrue", "fake", "lie", "lies", "reject", "rejects",
    "rejected", "dismiss", "dismisses", "dismissed", "refute", "refutes", "refuted", "debunk", "debunks",
    "debunked", "wrong", "baseless", "unfounded", "nonsense", "fabricated", "misleading", "disinformation",
    "отрицает", "отрицают", "отрицал", "опроверг", "опровергли", "опровергает", "заперечує", "заперечують",
    "спростував", "спростовує", "bestreitet", "dementiert", "dementierte", "niega", "niegan", "negó",
    "dément", "démenti",
})  # fmt: skip
_DOUBTING = frozenset({"doubt", "doubts", "dispute", "disputes", "disputed", "question", "questions"})
_DENIED_BEFORE_WORDS = 4
_CLAUSE_BEFORE = on_first_use(r"([^.!?;:\"]{0,80}),? (?:that|что|що|dass|que) $")
# Without "that", the clause ends in what it says of the words after it: "nobody believes we will win", "I
# doubt we will win", "there is no evidence troops withdrew", "nobody can confirm troops withdrew".
_CLAUSE_SAYING = on_first_use(
    r"([^.!?;:\",]{0,80} (?:believes?|believed|thinks?|thought|says?|said|expects?|expected|claims?|claimed"
    r"|doubts?|doubted|evidence|proof|confirms?|confirmed|wrote|written"
    r"|(?:на)?писал[аио]?|сказал[аио]?|говорил[аио]?|заявлял[аио]?|заявил[аио]?"
    r"|(?:на)?писав|сказав|казав|заявляв|заявив)) $"
)
# Words right before a passage that make it a condition, not a statement: "we win the war" cut from "If we
# win the war, we will rebuild"; and but for "whether" ("whether they like it or not") right after it: "We
# would win the war" cut from "We would win the war if we had tanks".
_CONDITIONS = frozenset({"if", "unless", "whether", "если", "якщо", "wenn", "falls"})
# Words right after a passage by which the source says it is untrue: "We will win, said no one", "he lied".
_BELIED_AFTER = on_first_use(
    r"[,\"')]{0,3} (?:(?:said|says) (?:no one|nobody)|(?:[^\W\d_]{1,20} ){1,3}(?:lied|falsely))"
    r"(?![^\W_])"
)
# A verdict after a dash right after a passage: "… military targets - это ложь" (a lie), "… - fake".
_DASHED_VERDICT_AFTER = on_first_use(
    r"[,\"')]{0,3} - (?:(?:это|це|that's|that is|it's|it is) )?([^\W\d_]{1,20})(?![^\W_])"
)
# Who did not say them, after a dash right after a passage: "«Мы победим», — не писал Рыбарь" (did not write).
_NOT_SAID_AFTER = on_first_use(
    r"[,\"')]{0,3} - (?:не|ні|not|never|никогда не|ніколи не) (?:(?:на)?писал|сказал|говорил|заявлял|заявил"
    r"|(?:на)?писав|сказав|казав|заявляв|заявив|said|wrote)[^\W\d_]{0,2}(?![^\W_])"
)
# The source's own closing mark right after the quoted words, then a clause of its own that says nobody said
# them: '"We will win" is not what he said', '"…" was never said by Rybar', '"…" - these words appear nowhere
# in his post', '«…» он никогда не говорил', '„…“ hat er nie gesagt', '« … » : il n'a jamais dit cela'. The
# clause runs to its first comma or stop (at most `_DISOWNING_WORDS` words), and says it when a negation comes
# before its verb of saying ("nowhere" anywhere in it): '"…," he said, not for the first time', '"…" is not
# just a slogan, he said' and '"…" is what he said' still pass. Each passed as the source's own words.
_CLOSED_MARKS_AFTER = on_first_use(r"[,)]? ?[\"'][,)]?(?: ?[-:])? ")
# Words that open a clause of its own after the quoted words: '"…", but did not say when', '«…», но не сказал
# когда', '"…" and never said it again'.
_CLAUSE_JOINS = frozenset({
    "but", "and", "yet", "though", "although", "while", "or", "\u0430", "но", "и", "\u0456", "та", "але",
    "aber", "und", "doch", "mais", "et", "pero", "y", "sino",
})  # fmt: skip
_CLAUSE_ENDS = on_first_use(r"[.,;:!?\"]")
_DISOWNING_WORDS = 8
_DISOWNING_CHARS = 120
_SAYING = frozenset({
    "said", "say", "says", "saying", "wrote", "write", "writes", "written", "stated", "uttered", "spoke",
    "spoken", "claimed", "quote", "quoted", "appear", "appears", "appeared",
    "сказал", "сказала", "сказали", "говорил", "говорила", "говорили", "писал", "писала", "писали", "написал",
    "написала", "написали", "заявлял", "заявляла", "заявил", "заявила", "произносил", "произнес",
    "казав", "казала", "казали", "сказав", "говорив", "писав", "написав", "заявляв", "заявив",
    "gesagt", "sagte", "sagt", "geschrieben", "schrieb", "geäußert", "behauptet",
    "dit", "écrit", "déclaré", "prononcé", "affirmé", "dijo", "dicho", "escribió", "escrito", "declaró",
})  # fmt: skip
_NOWHERE = frozenset({"nowhere", "nirgends", "nirgendwo", "нигде", "ніде"})
# Words by which a clause that says he did not say them says he did, once, or them and nothing else: '"…" - he
# never said it again', '«…» - больше он этого не говорил', '„…“ hat er nie wieder gesagt', '"…" - he never
# wrote anything else', '… did not say anything more', '«…» - ничего другого он не сказал'.
_NOT_AGAIN = frozenset({
    "again", "anymore", "afterwards", "twice", "снова", "опять", "больше", "более", "знову",
    "більше", "wieder", "nochmal", "mehr", "plus", "más",
    "else", "more", "further", "other", "otherwise", "другого", "иного", "іншого", "sonst", "weiter", "autre",
})  # fmt: skip
# Words right after the verb (or its comma) by which the clause says what else he did not say: '"…" - he did
# not say when', '«…» - он не сказал, когда'. Not "what" ('он не говорил что-то подобное' denies them).
_ASKED_AFTER_SAYING = frozenset({
    "when", "how", "why", "where", "whether", "когда", "как", "почему", "зачем", "где", "коли", "як", "чому",
    "де", "wann", "wie", "warum", "wo", "ob", "quand", "comment", "pourquoi", "où", "cuándo", "cómo", "dónde",
})  # fmt: skip


def _disowned_after_marks(haystack: str, end: int) -> str | None:
    """The clause after the source's closing mark right after `end` that says nobody said the words before it
    (`_CLOSED_MARKS_AFTER`), or None."""
    marks = _CLOSED_MARKS_AFTER().match(haystack, end)
    if marks is None:
        return None
    window = haystack[marks.end() : marks.end() + _DISOWNING_CHARS]
    clause_end = _CLAUSE_ENDS().search(window)
    clause = window[: clause_end.start()] if clause_end else window
    words = _WORD.findall(clause)[:_DISOWNING_WORDS]
    saying = next((at for at, word in enumerate(words) if word in _SAYING), None)
    if saying is None or words[0] in _CLAUSE_JOINS:
        return None  # '"…" but did not say when': a clause of its own, about something else
    if not _NOT_AGAIN.isdisjoint(words) or words[-1] == "since":
        return None  # '"…" - he never said it again', '… has not said it since': he said it once
    after_verb = words[saying + 1] if saying + 1 < len(words) else None
    if after_verb is None and clause_end is not None and clause_end.group() == ",":
        following = _WORD.search(window, clause_end.end())
        after_verb = following.group() if following else None
    if after_verb in _ASKED_AFTER_SAYING:
        return None  # '"…" - he did not say when': of something else
    nowhere = next((at for at, word in enumerate(words) if word in _NOWHERE), None)
    negated = any(
        _negates(word) and following not in _NOT_ONLY
        for word, following in itertools.pairwise(words[: saying + 1])
    )
    if nowhere is None and not negated:
        return None
    return " ".join(words[: max(saying, nowhere or 0) + 1])


# A report's passage that quotes words to say nobody said them: 'Rybar never wrote "we will win"', 'Nobody
# said: "…"', '"…" is not what he said', 'The claim that he wrote "…" is false'. The clause before the
# opening mark ends in a verb of saying (`_SAYING`, maybe a "that" after it: `_CONJUNCTIONS`) with a negation
# among its last words, or has the negation and the verb follows the closing mark ('Rybar hat nie „…“
# geschrieben'), or the words are disowned after the closing mark (`_disowned_after_marks`), or called false
# after it where the clause before says someone wrote them.
_SAID_BEFORE_CHARS = 60
_CLAUSE_MARKS = '.!?;"'
_CONJUNCTIONS = frozenset({"that", "что", "що", "dass", "que"})
# German puts the verb after the words: 'Rybar hat nie „…“ geschrieben'.
_SAYING_AFTER_MARK = on_first_use(r" ?[\"'] ([^\W\d_]{2,20})")
_SAID_BEFORE_WORDS = 4
# A negation before these says "not only", no negation: 'Er hat nicht nur „…“ gesagt'; or that nothing more
# was said: '"…" - nothing else was said', 'nothing more'.
_NOT_ONLY = frozenset({
    "only", "just", "merely", "nur", "только", "лише", "seulement", "solo", "solamente",
    "else", "more", "further", "больше", "більше", "sonst", "mehr",
})  # fmt: skip
_PASSAGE_PLACES = 20  # places of the quote in one passage looked at


def _clause_before_mark(text: str, at: int) -> list[str] | None:
    """The last words (`_SAID_BEFORE_WORDS`) of the clause before the passage's own opening mark right before
    `at` (but for a "that" ending it), or None when no mark stands there."""
    before = text[max(0, at - 2) : at].rstrip()
    if not before or before[-1] not in "\"'":
        return None
    opening = at - len(text[max(0, at - 2) : at]) + len(before) - 1
    window = text[max(0, opening - _SAID_BEFORE_CHARS) : opening]
    start = max(window.rfind(mark) for mark in _CLAUSE_MARKS) + 1
    clause: list[str] = _WORD.findall(window, start)
    if clause and clause[-1] in _CONJUNCTIONS:
        clause.pop()
    return clause[-_SAID_BEFORE_WORDS:]


# Verbs by which a report says one denied saying the words ('Rybar denied writing "…"', 'Рыбарь опроверг, что
# писал «…»', 'Rybar a nié avoir écrit « … »'), and the words that may stand between such a verb and the verb
# of saying ('denies ever saying', 'denied that he wrote', 'negó haber escrito').
_DENYING_VERBS = frozenset({
    "deny", "denies", "denied", "denying", "rejected", "rejects", "disputed", "disputes", "отрицает",
    "отрицал", "отрицала", "опроверг", "опровергла", "опровергает", "заперечує", "заперечив", "заперечила",
    "спростував", "спростувала", "bestreitet", "bestritt", "dementiert", "dementierte", "niega", "negó",
    "nié", "dément", "démenti",
})  # fmt: skip
_DENIAL_LINKS = frozenset({
    "that", "ever", "having", "he", "she", "it", "they", "claims", "reports", "что", "що", "он", "она", "він",
    "вона", "haber", "avoir", "dass", "er", "sie", "que",
})  # fmt: skip
_SAYING_FORMS = _SAYING | {"writing", "posting", "tweeting", "escrito", "écrit"}


# Arabic's verbs of saying, past and as they stand after `لم` or `لا` (قال and يقل, كتب and يكتب, صرّح, نشر,
# غرّد), which come before their subject: 'لم يكتب ريبار «…»', 'لم يقل ميدفيديف «…»'.
_ARABIC_SAYING = frozenset({
    "قال", "يقل", "يقول", "قالت", "تقل", "تقول", "كتب", "يكتب", "كتبت", "تكتب", "صرح", "يصرح", "نشر", "ينشر",
    "غرد", "يغرد", "ذكر", "يذكر",
})  # fmt: skip
_ARABIC_SUBJECT_WORDS = 2  # the most words of a subject between the verb and the quote


def _arabic_not_said(clause: list[str]) -> bool:
    """Whether the clause before the quote (`_clause_before_mark`) is an Arabic verb of saying negated right
    before it, its subject (a word or two) after it, or nothing: 'لم يكتب ريبار «…»', 'ريبار لم يكتب «…»'."""
    for at in range(len(clause) - 1, max(-1, len(clause) - 2 - _ARABIC_SUBJECT_WORDS), -1):
        if clause[at] in _ARABIC_SAYING:
            return at > 0 and _negates(clause[at - 1])
    return False


_EVEN = frozenset({"even", "einmal", "même", "siquiera"})


def _not_even(clause: list[str]) -> bool:
    """Whether the clause before the verb of saying (its last word) holds a negation and `even` after it,
    which reach the verb across a name or a word ('not even Rybar wrote', 'not even once wrote', 'ni siquiera
    Rybar escribió'), where a negation is otherwise read only right before the verb."""
    return any(_negates(word) and following in _EVEN for word, following in itertools.pairwise(clause[:-1]))


def _denied_saying(clause: list[str]) -> bool:
    """Whether the passage's clause before its quote (`_clause_before_mark`, its verb of saying last) says one
    denied saying the words: a denying verb (`_DENYING_VERBS`) before the verb, with at most linking words
    (`_DENIAL_LINKS`) between ('denied writing', 'denied that he wrote'), not 'who denied the attack,
    wrote', nor a denial negated or only supposed ('never denied writing' says he wrote them, 'would deny').
    """
    at = len(clause) - 2
    while at >= 0 and clause[at] in _DENIAL_LINKS:
        at -= 1
    if at < 0 or clause[at] not in _DENYING_VERBS:
        return False
    if at == 0:
        return clause[at] != "deny"  # 'would deny that he wrote': who would, out of sight
    return not _negates(clause[at - 1]) and clause[at - 1] not in _MODALS


_MODALS = frozenset({"would", "could", "might", "may", "can", "will", "should", "must", "to"})


# The word right after a passage's closing mark (`"…" again`), and those of them that say it was said once.
_AGAIN_AFTER_MARK = on_first_use(r"[\"'] ([^\W\d_]{2,20})")
_SAID_ONCE_AFTER = _NOT_AGAIN | {"since"}


def _said_again(clause: list[str], text: str, end: int) -> bool:
    """Whether the passage's clause before its quote, or the word right after its closing mark, says the words
    were said once (`_NOT_AGAIN`: 'never again wrote', '"…" again', '"…" since')."""
    after = _AGAIN_AFTER_MARK().match(text, end)
    return not _NOT_AGAIN.isdisjoint(clause) or (after is not None and after.group(1) in _SAID_ONCE_AFTER)


def says_said_again(words: str) -> bool:
    """Whether `words` (a citing passage, as written) hold a word by which a denial says the words were said
    once (`_NOT_AGAIN`: 'did not write "…" again', 'больше не писал', 'nie wieder'), read as `may_disown`
    reads them."""
    return not _NOT_AGAIN.isdisjoint(_WORD.findall(words.translate(_QUOTE_MARKS).casefold()))


def may_disown(words: str) -> bool:
    """Whether `words` (a report's citing passage but for its quotes, as written) hold a word
    `disowned_in_passage` needs (a negation, "nowhere", a denying word): most passages hold none, and are not
    normalised for it. Read case folded and with apostrophes as one, without the rest of `normalise_text`."""
    folded = words.translate(_QUOTE_MARKS).casefold()
    return any(
        _negates(word) or word in _NOWHERE or word in _DENYING or word in _DENYING_VERBS
        for word in set(_WORD.findall(folded))
    )


def disowned_in_passage(text: str, quote: str) -> str | None:
    """What a report's citing passage (`text`, normalised: `normalise_text`) says of the words it quotes
    (`quote`) when it says they were not said (`_clause_before_mark`, `_disowned_after_marks`), or None."""
    words = normalise_text(quote).strip(_EDGE_PUNCTUATION)
    at = text.find(words) if words else -1
    for _ in range(_PASSAGE_PLACES):
        if at < 0:
            break
        end = at + len(words)
        clause = _clause_before_mark(text, at)
        if clause is not None:  # inside the passage's own quote marks
            said_before = bool(clause) and clause[-1] in _SAYING
            # The negation within two words of the verb: "did not say", "never once wrote"; not "did not
            # hesitate to write".
            verb = len(clause) - 1 if said_before else len(clause)
            negated = (
                sum(
                    1
                    for place in range(max(0, verb - 2), verb)
                    if _negates(clause[place]) and (clause[place + 1 :] or [""])[0] not in _NOT_ONLY
                )
                % 2
            )
            if _arabic_not_said(clause) and not _said_again(clause, text, end):
                return " ".join(clause)  # 'لم يكتب ريبار "…"': Arabic's verb before its subject
            if said_before and not negated and _not_even(clause):
                negated = 1  # 'No one, not even Rybar, wrote', 'Rybar, not even once, wrote': the verb's
            if clause and clause[-1] in _SAYING_FORMS and not negated and _denied_saying(clause):
                return " ".join(clause)  # 'Rybar denied writing "…"': his denial, not his words
            if negated and _said_again(clause, text, end):
                # 'Rybar never again wrote "…"', 'Rybar did not write "…" again': he wrote it once.
                negated = 0
            if said_before and negated:
                return " ".join(clause)
            verb_after = _SAYING_AFTER_MARK().match(text, end) if negated else None
            if verb_after is not None and verb_after.group(1) in _SAYING:
                return f"{' '.join(clause)} … {verb_after.group(1)}"
            disowned = _disowned_after_marks(text, end)
            if disowned is not None:
                return disowned
            judged = _JUDGED_AFTER().match(text, end + 1) if said_before else None
            if judged is not None and judged.group(1) in _DENYING:
                return f"{' '.join(clause)} … {judged.group(0).strip(_EDGE_PUNCTUATION)}"
        at = text.find(words, at + 1)
    return None


# Words by which the source keeps its distance from the words after them: "the so-called liberation", "the
# alleged attack" (and in the languages of NEGATIONS).
_DISTANCED_BEFORE = on_first_use(
    r"(?<![^\W_])(so-called|alleged|supposed|purported|так называем[^\W\d_]{0,3}|так зван[^\W\d_]{0,3}"
    r"|sogenannt[^\W\d_]{0,2}|pr\u00e9tendu[^\W\d_]{0,2}|supuest[^\W\d_]{0,2}) [\"']?$"
)
# A label of a word or two and a colon right before the quoted words: "FAKE: …", "Claim: …", "Фейк: …".
_DENYING_LABELS = frozenset({"no", "not true", "not so", "нет", "не так", "ні"})
_LABEL_BEFORE = on_first_use(r"(?<![^\W_])([^\W\d_]{1,20}(?: [^\W\d_]{1,20})?) ?: $")
_JUDGED_AFTER = on_first_use(
    r"[\"')]{0,2},? (?:are|is|was|were|being) (?:(?:completely|totally|entirely|simply|absolutely|all) )?"
    r"(?:(?:a|an|the) )?([^\W\d_]{1,20})"
)


# How far back a label's sentence is read for the words it is the end of (`_ends_a_clause`).
_LABEL_CLAUSE_REACH = 90
_CLAUSE_BOUNDARIES = ".!?\n:;\u2026"


def _ends_a_clause(haystack: str, at: int) -> bool:
    """Whether the label read at `at` ends a clause of two words or more before it in its sentence (`Kyiv's
    claims about the bridge are false: the incident is a provocation`): it says what that clause's subject
    is, and the words after its colon are the source's own answer, no claim it labels; `FAKE: \u2026`, `This
    is fake: \u2026` open their sentence, or nearly."""
    window = haystack[max(0, at - _LABEL_CLAUSE_REACH) : at]
    opening = max(window.rfind(mark) for mark in _CLAUSE_BOUNDARIES) + 1
    return len(_WORD.findall(window[opening:])) >= 2


def _denied(haystack: str, start: int, end: int) -> str | None:
    """A caution when the source reports the quoted words as a claim it denies or a condition: a clause that
    ends in "that" or in what it says of them right before them holds a denying word or a negation ("denied
    that", "it is not true that", "nobody believes"), "if" stands right before them, a label before them
    judges them ("FAKE: …", "Claim: …"), or they are called false right after ("… are false", "…, he
    lied"); else None."""
    before = _CLAUSE_BEFORE().search(haystack, max(0, start - 90), start) or _CLAUSE_SAYING().search(
        haystack, max(0, start - 90), start
    )
    if before is not None:
        words = _WORD.findall(before.group(1))[-_DENIED_BEFORE_WORDS:]
        denying = [
            at for at, word in enumerate(words) if word in _DENYING or word in _DOUBTING or negations_in(word)
        ]
        # Two cancel out: "there is no doubt that", "no one disputes that", "never denied that".
        if len(denying) % 2:
            linking = before.group(0).split()[-1:] if before.re is _CLAUSE_BEFORE() else []  # "that", "что"
            said = " ".join(words[denying[0] :] + linking)
            return f"the source says {said!r} before the quoted words"
    condition = _WORD_BEFORE().search(haystack, max(0, start - _WORD_WINDOW), start)
    if condition is not None and condition.group(2) == " " and condition.group(1) in _CONDITIONS:
        return f"the source says {condition.group(1)!r} right before the quoted words: not as a fact"
    condition = _WORD_AFTER().match(haystack, end)
    if condition is not None and condition.group(1) in _CONDITIONS - {"whether"}:  # "… win if we had tanks"
        return f"the source says {condition.group(1)!r} right after the quoted words: not as a fact"
    distanced = _DISTANCED_BEFORE().search(haystack, max(0, start - 30), start)
    if distanced is not None:
        return f"the source says {distanced.group(1)!r} before the quoted words"
    label = _LABEL_BEFORE().search(haystack, max(0, start - 45), start)
    if (
        label is not None
        and (label.group(1) in _DENYING_LABELS or _verdicts_in(label.group(1)))
        and not _ends_a_clause(haystack, label.start(1))
    ):
        return f"the source labels them {label.group(1) + ':'!r}"
    after = _JUDGED_AFTER().match(haystack, end)
    if after is not None and after.group(1) in _DENYING:
        said = after.group(0).strip(_EDGE_PUNCTUATION)
        return f"the source says {said!r} right after the quoted words"
    dashed = _DASHED_VERDICT_AFTER().match(haystack, end)
    if dashed is not None and (dashed.group(1) in _VERDICTS or dashed.group(1) in _DENYING):
        return f"the source says {dashed.group(0).strip(_EDGE_PUNCTUATION)!r} right after the quoted words"
    not_said = _NOT_SAID_AFTER().match(haystack, end)
    if not_said is not None:
        return f"the source says {not_said.group(0).strip(_EDGE_PUNCTUATION)!r} right after the quoted words"
    disowned = _disowned_after_marks(haystack, end)
    if disowned is not None:
        return f"the source says {disowned!r} right after the quoted words"
    belied = _BELIED_AFTER().match(haystack, end)
    if belied is not None:
        return f"the source says {belied.group(0).strip(_EDGE_PUNCTUATION)!r} right after the quoted words"
    return None


# Words that open a question (English puts the verb first): "we send troops" cut from "Did we send troops?" is
# asked there, not said.
_QUESTION_OPENERS = frozenset({
    "did", "do", "does", "is", "are", "was", "were", "will", "would", "can", "could", "should", "shall",
    "has", "have", "had", "may", "might", "must",
})  # fmt: skip
_SENTENCE_START = on_first_use(r"(?:^|[.!?:;\"'(\u3002] )$")
_QUESTION_REACH = 200


def _line_ends(lined: str, at: int) -> set[int]:
    """Where lines end in `lined` from `at` to as far as an answer is looked for (`_answered_against`)."""
    reach = at + _ANSWER_CHARS + 2
    ends: set[int] = set()
    found = lined.find("\n", at, reach)
    while found >= 0:
        ends.add(found)
        found = lined.find("\n", found + 1, reach)
    return ends


def _greek_question(text: str, at: int) -> bool:
    """Whether Greek's question mark (`;`, as NFKC writes U+037E) stands at `at`, after a Greek word."""
    return text.startswith(";", at) and at > 0 and _GREEK_LETTER().match(text, at - 1) is not None


def _asked(haystack: str, start: int, end: int, asks: bool = False, lined: str = "") -> str | None:
    """A caution when `haystack[start:end]` is cut from a question that the word right before it opens and a
    question mark ends ("Did we send troops?"), or, unless the quote `asks` it too, that a question mark
    ends right after it ("Russia will attack? Nonsense."), or that the next sentence or line (`lined`: the
    haystack with its line breaks) only answers it as false; else None."""
    before = _WORD_BEFORE().search(haystack, max(0, start - _WORD_WINDOW), start)
    if (
        before is not None
        and before.group(2) == " "
        and before.group(1) in _QUESTION_OPENERS
        and _SENTENCE_START().search(haystack, max(0, before.start() - 2), before.start()) is not None
    ):
        sentence_end = _SENTENCE_END().search(haystack, end, end + _QUESTION_REACH)
        if sentence_end is not None and sentence_end.group() == "?":
            return f"the source asks it ({before.group(1)!r} … '?'), it does not say it"
    after = end
    while after < len(haystack) and haystack[after] in _CLOSING_MARKS:
        after += 1
    if not asks and (haystack.startswith("?", after) or _greek_question(haystack, after)):
        return f"the source asks it ({haystack[after]!r} right after the quoted words), it does not say it"
    # A sentence that only answers the quoted one ("Russia attacked the bridge. Fake!"), or a line, as posts
    # answer ("Russia attacked the bridge", a line break, "FAKE"): a debunker's post quotes a claim to deny
    # it. A negation answering a negated sentence ("We will not retreat. Never.") only stresses it.
    line_ends = _line_ends(lined, after)
    # Or after a dash ("… - Not true at all"), or after the source's own closing mark ('"…" Mostly false.').
    answer = (
        _answered_against(haystack, after, line_ends)
        if _SENTENCE_END().match(haystack, after) is not None
        or after in line_ends
        or haystack.startswith(" - ", after)
        or (after > end and haystack.startswith(" ", after))
        else None
    )
    if answer and not (negations_in(answer) and negations_in(haystack[start:end])):
        return f"the source answers it right after: {answer!r}"
    return None


# Where a sentence or a clause ends inside the words an elision leaves out (not the dots of an ellipsis).
_SENTENCE_BREAK = on_first_use(r"(?<!\.)[.!?;](?!\.) ")
_UNSPACED_SENTENCE_BREAK = on_first_use("[\u3002\uff61]")  # the ideographic full stop (NFKC keeps it)
# Or where a comma and a conjunction open a clause of another subject, a pronoun (read case folded), than its
# sentence's first word: "we … won" passed on "We lost, and they won" ("We will fight, and we will win" is one
# subject's).
_CLAUSE_OF_ANOTHER = on_first_use(
    r", (?:and|but|yet|while|whereas|\u0430|но|и|\u0456|та|але) "
    r"(i|we|they|he|she|it|you|мы|они|он|она|ми|вони|він|вона) "
)
_SUBJECT_REACH = 300  # characters before a gap looked through for its sentence's start


def _clause_of_another(haystack: str, end: int, gap: str) -> bool:
    """Whether `gap`, the words an elision leaves out after `end`, opens a clause of another subject than the
    first word of the sentence it starts in (`_CLAUSE_OF_ANOTHER`)."""
    clause = _CLAUSE_OF_ANOTHER().search(gap)
    if clause is None:
        return False
    reach = max(0, end - _SUBJECT_REACH)
    breaks = [found.end() for found in _SENTENCE_BREAK().finditer(haystack, reach, end)]
    opening = haystack[breaks[-1] if breaks else reach : end + 1].split(maxsplit=1)
    return not opening or opening[0] != clause.group(1)


_WORD_CHAR = on_first_use(r"[^\W_]")


def _unspaced_letter(char: str) -> bool:
    """Whether `char` is a letter of a script written without spaces (`_UNSPACED`)."""
    return _is_unspaced(char) and _WORD_CHAR().match(char) is not None


def _spliced(haystack: str, spans: list[tuple[int, int]]) -> str | None:
    """A caution when an elision joins words of two sentences where either joined edge is inside its clause
    ("Russia … won" from "Russia has lost everything; the only one who won is Ukraine"), or None. Whole
    sentences, or clauses cut at their commas, may be joined."""
    for (_, end), (start, _) in itertools.pairwise(spans):
        gap = haystack[end:start]
        if (
            _SENTENCE_BREAK().search(gap) is None
            and _UNSPACED_SENTENCE_BREAK().search(gap) is None
            and not _clause_of_another(haystack, end, gap)
        ):
            continue
        mid_end = gap[:1] == " " and _WORD_CHAR().match(gap, 1) is not None
        mid_start = gap[-1:] == " " and len(gap) > 1 and _WORD_CHAR().match(gap[-2]) is not None
        # Chinese, Japanese and Thai write no space after a sentence, nor between a part and the words left
        # out: "我们…赢了" (we … won) passed on "我们输了。俄罗斯赢了。" (we lost. Russia won.).
        mid_end = mid_end or _unspaced_letter(gap[0])
        mid_start = mid_start or _unspaced_letter(gap[-1])
        if mid_end or mid_start:
            shown = gap.strip()
            shown = shown if len(shown) <= _SHOWN_GAP_CHARS else shown[: _SHOWN_GAP_CHARS - 1] + "…"
            return f"the elision joins words of two sentences, leaving out {shown!r}"
    return None


def _elided_match(
    haystack: str, fragments: list[str], source_text: str, shape: _QuoteShape = _PLAIN_QUOTE, lined: str = ""
) -> QuoteMatch | None:
    """The parts of a quote with elided words, in order: passing when they stand within one passage and the
    words left out do not negate; else the first such reading found, with its caution; None when the parts
    are not all there in order.

    A reading starts where the first part stands; the others are searched only within the passage from there.
    When one is missing, the next start tried is the first from which the passage can reach that part's next
    place, so a long text is scanned about once; at most `_MAX_OCCURRENCES` starts are tried."""
    anywhere, _ = _parts_in_order(haystack, fragments, 0, None)
    if len(anywhere) < len(fragments):
        return None
    passage = max(_ELISION_MIN_PASSAGE, _ELISION_SPREAD * sum(len(fragment) for fragment in fragments))
    negated: QuoteMatch | None = None
    start = anywhere[0][0]
    for _ in range(_MAX_OCCURRENCES):
        spans, position = _parts_in_order(haystack, fragments, start, start + passage)
        if len(spans) == len(fragments):
            gap, negating = _left_out(haystack, spans)
            beside = (
                None
                if negating
                else _negation_beside(haystack, spans[0][0], spans[-1][1], shape.asks, lined)
                or _brackets_stand_for(haystack, spans, shape)
                or _spliced(haystack, spans)
            )
            excerpt = _excerpt(haystack, spans[0][0], spans[-1][1], source_text)
            if not negating and beside is None:
                return QuoteMatch(True, 100.0, excerpt)
            if negated is None and beside is not None:
                negated = QuoteMatch(True, 100.0, excerpt, beside)
            elif negated is None:
                words = ", ".join(repr(word) for word in dict.fromkeys(negating))
                shown = gap if len(gap) <= _SHOWN_GAP_CHARS else gap[: _SHOWN_GAP_CHARS - 1] + "…"
                left_out = repr(shown) if shown == " ".join(negating) else f"{shown!r} (with {words})"
                negated = QuoteMatch(True, 100.0, excerpt, f"the elision leaves out {left_out}")
            next_start = start + 1
        else:
            # From any later start the missing part stands no earlier than its next place after `position`.
            missing = fragments[len(spans)]
            later = _find_words(haystack, missing, position)
            if later < 0:
                break
            next_start = max(start + 1, later + len(missing) - passage)
        start = _find_words(haystack, fragments[0], next_start)
        if start < 0:
            break
    if negated is not None:
        return negated
    spread = anywhere[-1][1] - anywhere[0][0]
    first, last = anywhere[0], anywhere[-1]
    excerpt = _excerpt(haystack, *first, source_text) + " [...] " + _excerpt(haystack, *last, source_text)
    return QuoteMatch(
        True,
        100.0,
        excerpt,
        f"the quoted parts stand {spread} characters apart in the source (more than {passage}): "
        "one statement?",
    )


def _whole_match(
    haystack: str, fragment: str, source_text: str, shape: _QuoteShape = _PLAIN_QUOTE, lined: str = ""
) -> QuoteMatch | None:
    """Where a quote without elided words stands as whole words: the first place the source's words around
    it do not negate, else the first place, with its caution; None when it is nowhere."""
    negated: QuoteMatch | None = None
    found = _find_words(haystack, fragment, 0)
    for _ in range(_MAX_OCCURRENCES):
        if found < 0:
            break
        end = found + len(fragment)
        beside = _negation_beside(haystack, found, end, shape.asks, lined) or _brackets_stand_for(
            haystack, [(found, end)], shape
        )
        if beside is None:
            return QuoteMatch(True, 100.0, _excerpt(haystack, found, end, source_text))
        negated = negated or QuoteMatch(True, 100.0, _excerpt(haystack, found, end, source_text), beside)
        found = _find_words(haystack, fragment, found + 1)
    return negated


# A word of a web address written in the source's text is no word the source says: "resigns" found only
# in `see https://news.example/resigns` passed as a verbatim quote, and "ministry" in `press@ministry.gov`. A
# quote that holds no address is looked for in the text with each URL and e-mail address set apart as
# `_ADDRESS_STAND_IN`, a mark that is no word and joins none (a quote runs across the place of a link no more
# than across the link), and is ASCII, as most texts are, so their words are lined up as fast as before
# (`_source_words`). A quote that is an address, or holds one, is looked for as written.
_ADDRESS_STAND_IN = "<>"
# An e-mail address: each part bounded, so a long run of letters without an `@` is tried in linear time; an
# X handle (`@rybar`) has nothing before its `@` and is no address.
_EMAIL = on_first_use(r"(?<![\w.+-])[\w.+-]{1,64}@[^\W_][\w-]{0,62}(?:\.[\w-]{1,63}){1,8}")


def _holds_address(text: str) -> bool:
    """Whether `text` holds a URL or an e-mail address."""
    return next(iter_urls(text), None) is not None or ("@" in text and _EMAIL().search(text) is not None)


@functools.lru_cache(maxsize=8)  # a footnote's quotes are each looked for in the same source text
def _addresses_set_apart(text: str) -> str:
    """`text` with each URL (`urls.iter_urls`) and e-mail address in it replaced by `_ADDRESS_STAND_IN`."""
    spans = [
        (found.offset, found.offset + len(found.url) - (len("https://") if found.scheme_added else 0))
        for found in iter_urls(text)
    ]
    if "@" in text:
        spans = sorted(spans + [match.span() for match in _EMAIL().finditer(text)])
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        # An address inside a URL (`https://x.example/?to=a@b.example`) is set apart with it.
        if start >= done:
            pieces += (text[done:start], _ADDRESS_STAND_IN)
            done = end
    return "".join(pieces) + text[done:] if pieces else text


def find_quote(quote: str, source_text: str) -> QuoteMatch | None:
    """Where `quote` is in `source_text`: verbatim (after normalising), else the best near passage.

    A quote with elided words is verbatim when its parts are there in order; `caution` says when they stand
    far apart or the words left out negate. None when the quote has no words to look for. A quote without
    Arabic or Hebrew vowel points is looked for in the source without them (`_VOWEL_POINTS`), a Greek quote
    without accents in the source without them (`_WITHOUT_TONOS`); a quote without a URL in the source's text
    outside the URLs and e-mail addresses it writes (`_addresses_set_apart`).
    """
    from rapidfuzz import fuzz

    fragments = quote_fragments(quote)
    if not fragments:
        return None
    if not _holds_address(quote):
        source_text = _addresses_set_apart(source_text)
    lined = _normalised_lines(source_text)  # its line breaks are kept: a line may answer the one before
    if not _VOWEL_POINTS().search(quote):
        lined = _VOWEL_POINTS().sub("", lined)
    if _GREEK_LETTER().search(quote) and not _GREEK_TONOS().search(normalise_text(quote)):
        lined = lined.translate(_WITHOUT_TONOS)
    haystack = lined.replace("\n", " ")
    shape = _quote_shape(quote)
    found_as_quoted: QuoteMatch | None = None
    if len(fragments) == 1:
        found_as_quoted = _whole_match(haystack, fragments[0], source_text, shape, lined)
    else:
        found_as_quoted = _elided_match(haystack, fragments, source_text, shape, lined)
    if found_as_quoted is not None:
        added = inserted_negations(quote)
        if added and found_as_quoted.caution is None:
            words = ", ".join(repr(word) for word in dict.fromkeys(added))
            caution = f"the words in brackets add {words}, which the source's words around them do not say"
            return QuoteMatch(True, 100.0, found_as_quoted.excerpt, caution)
        return found_as_quoted
    needle = " ".join(fragments)
    if len(haystack) < len(needle):
        # The whole source part (a short post, a page's title) is shorter than the quote: a partial alignment
        # sets it inside the quote and weighs none of the quote's other words, so "we hold the bridge and the
        # enemy has fled" was a "near match (100%)" of a post saying only "We hold the bridge". Weighed whole.
        whole = _excerpt(haystack, 0, len(haystack), source_text)
        return QuoteMatch(False, fuzz.ratio(needle, haystack), whole)
    alignment = fuzz.partial_ratio_alignment(needle, haystack)
    if alignment is None:
        return QuoteMatch(False, 0.0, "")
    excerpt = _excerpt(haystack, alignment.dest_start, alignment.dest_end, source_text)
    return QuoteMatch(False, alignment.score, excerpt)


# A link to another story set in an article's words under a label (`<p>Read more: <a href="…">Medvedev says
# Russia will win</a></p>`, `Читайте также: …`), which the article's main text keeps (trafilatura): a quote
# of that headline was found in the article's words and passed, though the page says it only of another
# page. Read where a quote whole (no elision: a headline is quoted whole) stands right after such a label, at
# each place the text has it; a label and its colon, looked for in the few characters before the quote.
_TEASER_LABEL = on_first_use(
    r"(?<![^\W_])(?:read more|read also|also read|see also|related|more on this|читайте также|читайте також"
    r"|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|leer más|lea también|lee también|leggi anche"
    r"|czytaj też|czytaj także|czytaj również) ?: ?$"
)
_TEASER_LABEL_CHARS = 24  # the longest label, its colon and spaces


def teaser_label_before(quote: str, source_text: str) -> str | None:
    """The label of a link to another story (`read more:`, `_TEASER_LABEL`) that stands right before `quote`
    at every place (up to `_MARK_PLACES`) it stands whole in `source_text`, or None."""
    fragments = quote_fragments(quote)
    if len(fragments) != 1 or _holds_address(quote):
        return None
    haystack = _normalised_lines(_addresses_set_apart(source_text)).replace("\n", " ")
    label: str | None = None
    found = _find_words(haystack, fragments[0], 0)
    for _ in range(_MARK_PLACES):
        if found < 0:
            return label
        before = _TEASER_LABEL().search(haystack, max(0, found - _TEASER_LABEL_CHARS), found)
        if before is None:
            return None
        label = label or before.group().strip()
        found = _find_words(haystack, fragments[0], found + 1)
    return None  # more places than are looked at: not said of them all


# The source's own quote marks around words it gives as someone else's: 'Medvedev wrote: «Мы победим»', '"We
# will win," Medvedev said'. Read on its normalised text, where double quote marks of any script are all `"`
# and single ones `'`: a mark after a space (or a line's start, a bracket, a colon, a dash) is an opening one
# when it stands right before the found words or before a word; after a word or a stop, a closing one. A mark
# with a space on each side (French `« … »`) says neither, away from the words; one between two letters is an
# apostrophe.
# The marks are looked for within `_INSIDE_MARKS_CHARS` of the words and on their line (a quotation over
# several lines is not read), the words before the opening mark to the end of the sentence or line before it
# (`_LEAD_IN_CHARS`), and after the closing mark to the end of its line (`_TAIL_CHARS`).
_INSIDE_MARKS_CHARS = 300
_LEAD_IN_CHARS = 200
_TAIL_CHARS = 120
_MARK_PLACES = 8  # places of the quote in the source looked at
_MARK = on_first_use("[\"'\u300c-\u300f]")
_MARK_OR_BREAK = on_first_use("[\"'\n\u300c-\u300f]")
_CJK_OPENING = "\u300c\u300e"
_CJK_CLOSING = "\u300d\u300f"
_BEFORE_OPENING = " \n([:-"


def _opening_mark(lined: str, found: int) -> int | None:
    """Where the source's opening quote mark stands before `lined[found:]` when the words there stand inside
    its marks (on one line), else None."""
    marks = [
        mark.start() for mark in _MARK_OR_BREAK().finditer(lined, max(0, found - _INSIDE_MARKS_CHARS), found)
    ]
    for at in reversed(marks):
        char = lined[at]
        if char == "\n" or char in _CJK_CLOSING:
            return None
        if char in _CJK_OPENING:
            return at
        before = lined[at - 1] if at else " "
        after = lined[at + 1] if at + 1 < len(lined) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: "Rybar's", "don't"
        if before not in _BEFORE_OPENING:
            return None  # a closing mark: 'He said "no" we will win', '"They are weak." We will win'
        if at + 1 == found or (at + 2 == found and after == " "):
            return at  # right before the words: '"we will win"', '« nous allons gagner'
        return at if after not in " \n" else None
    return None


def _closing_mark(lined: str, end: int) -> int | None:
    """Where the closing mark after `lined[:end]` stands on its line, or None."""
    for mark in _MARK_OR_BREAK().finditer(lined, end, end + _INSIDE_MARKS_CHARS):
        at, char = mark.start(), mark.group()
        if char == "\n" or char in _CJK_OPENING:
            return None
        if char in _CJK_CLOSING:
            return at
        before = lined[at - 1] if at else " "
        after = lined[at + 1] if at + 1 < len(lined) else " "
        if before.isalnum() and after.isalnum():
            continue
        if at == end or before not in " \n":
            return at
        return None  # a mark after a space: an opening one, or a French closing one; not read
    return None


def _raw_words(tokens: tuple[str, ...], starts: tuple[int, ...], start: int, end: int) -> str:
    """The source's own words (its case and quote marks) of its normalised text's `[start, end)`."""
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    return " ".join(tokens[first:last])


def quoted_in_source(quote: str, source_text: str, marked_only: bool = False) -> list[tuple[str, str]] | None:
    """Where `quote` stands (as whole words, its first part for one with elided words) inside the source's own
    quote marks: for each place, the source's own words before the opening mark, to the end of the sentence or
    line before it, and after the closing mark to the end of its line (`'Medvedev wrote:'`, `', — заявил
    Медведев.'`), as written; none when it is not there. None when any place is outside such marks (or its
    words cannot be lined up with the source's), or it stands in more places than are looked at: the source
    says the words itself, or may. With `marked_only`, the places outside marks are passed over: the places
    the source also quotes the words, though it says them itself too."""
    fragments = quote_fragments(quote)
    lined = _normalised_lines(source_text) if fragments else ""
    haystack = lined.replace("\n", " ")
    found = _find_words(haystack, fragments[0], 0) if fragments else -1
    if found < 0:
        return []
    if _MARK().search(lined) is None:
        return [] if marked_only else None  # no quote marks at all: the words are the source's own
    words = _source_words(source_text, haystack)
    if words is None:
        return None
    tokens, starts = words
    places: list[tuple[str, str]] = []
    for _ in range(_MARK_PLACES):
        if found < 0:
            return places
        opening = _opening_mark(lined, found)
        if opening is None and marked_only:
            found = _find_words(haystack, fragments[0], found + 1)
            continue
        if opening is None:
            return None
        window_start = max(0, opening - _LEAD_IN_CHARS)
        lead = lined[window_start:opening].rstrip()  # its clause: after the last stop or line break in it
        lead_start = window_start + max(lead.rfind(mark) for mark in ".!?\n") + 1
        # The words of the token the mark opens (`Медведев:«Мы`) before it are its lead-in's too.
        opened = bisect.bisect_right(starts, opening) - 1
        opened_at = starts[opened] if opened >= 0 else opening
        lead_in = " ".join(
            filter(
                None,
                (_raw_words(tokens, starts, lead_start, opened_at), tokens[opened][: opening - opened_at]),
            )
        )
        fragment_end = found + len(fragments[-1] if len(fragments) == 1 else fragments[0])
        closing = _closing_mark(lined, fragment_end) if len(fragments) == 1 else None
        tail = ""
        if closing is not None:
            line_end = lined.find("\n", closing)
            tail_end = min(closing + _TAIL_CHARS, line_end if line_end >= 0 else len(lined))
            closed = bisect.bisect_right(starts, closing) - 1
            rest = tokens[closed][closing - starts[closed] + 1 :] if closed >= 0 else ""
            tail = " ".join(filter(None, (rest, _raw_words(tokens, starts, closing + 1, tail_end))))
        places.append((lead_in, tail))
        found = _find_words(haystack, fragments[0], found + 1)
    return None  # in more places than are looked at


# A page's author, its publisher and the cited name are keyed again by every check that compares them, and
# again for the next footnote citing the same outlet: a few dozen keys a capture, from a handful of names.
@functools.lru_cache(maxsize=1024)
def name_key(name: str) -> str:
    """A name as compared: transliterated to ASCII, case folded, all but letters and digits dropped."""
    from anyascii import anyascii

    return _NOT_KEPT_IN_KEY.sub("", anyascii(unicodedata.normalize("NFKC", name)).casefold())


_NOT_KEPT_IN_KEY = re.compile(r"[^a-z0-9]")


class _NameKeys(NamedTuple):
    """A name as compared: its `name_key`, and that with each word's spelling folded (`names.fold_spelling`,
    word by word: "Jennifer Lee" is not folded into "Jennifer Li", as "jenniferlee" was)."""

    key: str
    folded: str


def _folded_whole(left: _NameKeys, right: _NameKeys) -> bool:
    """Whether two keys are one spelling folded as one word, short words and all (`fold_spelling`)."""
    return fold_spelling(left.key) == fold_spelling(right.key)


# Russian's and Ukrainian's soft and hard signs before a consonant or at a word's end, which English leaves
# out (Зеленський is Zelensky, Сирський Syrskyi) and `anyascii` writes as an apostrophe, splitting the word:
# `zelens kiy` folded as two words was only near Zelensky, and every Ukrainian `-ський` name warned.
_SIGN_BEFORE_CONSONANT = on_first_use(
    "[\u044c\u044a\u042c\u042a](?![\u0430\u0435\u0451\u0438\u043e\u0443\u044b\u044d\u044e\u044f"
    "\u0456\u0457\u0454\u0410\u0415\u0401\u0418\u041e\u0423\u042b\u042d\u042e\u042f\u0406\u0407"
    "\u0404])"
)


@functools.lru_cache(maxsize=1024)
def _name_keys(name: str) -> _NameKeys:
    from anyascii import anyascii

    signless = _SIGN_BEFORE_CONSONANT().sub("", name) if _CYRILLIC_LETTER.search(name.casefold()) else name
    words = _NOT_KEPT_IN_KEY.sub(" ", anyascii(unicodedata.normalize("NFKC", signless)).casefold())
    words = " ".join(_BRITISH_SPELLING.get(word, word) for word in words.split())
    return _NameKeys(name_key(name), fold_spelling(words).replace(" ", ""))


# An organisation's words as American English spells them, in British spelling: "Defense of Ukraine" is the
# account "Defence of Ukraine" (it warned as a near match, "the same person?").
_BRITISH_SPELLING = {
    "defense": "defence",
    "center": "centre",
    "organization": "organisation",
    "program": "programme",
    "labor": "labour",
    "honor": "honour",
}


# "By Lina Haddad", as bylines are written, and as sites label them: `Story by` (MSN's), `Words by`, `Posted
# by`, `Author:`, `Автор:`, `Текст:` (each warned as no name of the cited writer's). Anchored, literal words:
# linear.
_BYLINE = on_first_use(
    r"^\s*(?:(?:(?:story|words|text|posted|article)\s{1,3})?by(?:\s{0,3}:)?\s+"
    r"|(?:authors?|\u0430\u0432\u0442\u043e\u0440\w{0,2}|\u0442\u0435\u043a\u0441\u0442)\s{0,3}:\s*)",
    re.IGNORECASE,
)
# What joins the people a name lists: `and`, `&`, `with`, a comma, `;`, `|`, and `and` in the languages
# reports cite in (`names.AND_WORDS`: `Rybar y WarGonzo`, `Рыбарь и WarGonzo`): those only in lower case
# between spaces, as a capital `E` or `Y` is an initial (`John E Smith`). A name that holds one (`José
# Ortega y Gasset`) is still read whole as well (`_readings`).
_AUTHOR_SEPARATORS = re.compile(
    r",|;|\band\b|&|\bwith\b|\||[\u00b7\u2022]|\s/\s|(?-i:\s(?:"
    + "|".join(re.escape(word) for word in AND_WORDS if word not in ("and", "&"))
    + r")\s)",
    re.IGNORECASE,
)
# Parts of a name after a comma that are not another person: "Martin Luther King, Jr.".
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md"})
# "Haddad, Lina" or "Haddad, L. M.": one person written family name first (as a library catalogue does),
# not two people called Haddad and Lina.
_INVERTED_NAME = re.compile(
    r"^\s*(?P<family>[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,2})\s*,\s*"
    r"(?P<given>[^\W\d_][\w'-]*\.?(?:\s+[^\W\d_]\.)*)\s*$"
)


# A person's name of two or three capitalised words written family name first with no comma, as Russian,
# Hungarian and Chinese put it (`Иванов Иван Иванович`, `Orbán Viktor`) and French and GOST notes mark with
# capitals (`HADDAD Lina`, `ИВАНОВ Иван`), or shown so where the note puts the given name first: one person,
# who warned on a byline and failed on a post as someone else. Read also with its first word last, and with
# its last word first.
_MAX_TURNED_WORDS = 3


def _family_name_first(name: str) -> list[str]:
    """`name` with its first word moved last and with its last word moved first, where it is two or three
    capitalised words and nothing else; none otherwise."""
    words = name.split()
    lettered = all(word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() for word in words)
    if not 2 <= len(words) <= _MAX_TURNED_WORDS or not lettered:
        return []
    return list(dict.fromkeys((" ".join(words[1:] + words[:1]), " ".join(words[-1:] + words[:-1]))))


# "And others" after the people a name lists (`John Smith et al.`, `Smith, J., et al.`, `и др.`, `та ін.`,
# `u. a.`, `y otros`): no person the source must show, where `al.` and `others` were read as people it did
# not name. Bounded, linear: one alternation at the name's end.
_AND_OTHERS = on_first_use(
    r",?\s{0,3}(?:et\s{0,3}al\.?|and\s{1,3}others|&\s{0,3}others|\u0438\s{1,3}\u0434\u0440\.?"
    r"|\u0438\s{1,3}\u0434\u0440\u0443\u0433\u0438\u0435|\u0442\u0430\s{1,3}\u0456\u043d\.?|u\.\s{0,3}a\."
    r"|y\s{1,3}otros|e\s{1,3}altri|et\s{1,3}autres)\s{0,3}$",
    re.IGNORECASE,
)


def people_in(name: str) -> list[str]:
    """The people a name lists: "Lina Haddad and Omar Khalil" is two, "Lina Haddad" one, "Lina Haddad et al."
    one and others, whom no source need show."""
    name = _AND_OTHERS().sub("", name[:_LONGEST_LISTED])
    people = [part.strip() for part in _AUTHOR_SEPARATORS.split(_BYLINE().sub("", name))]
    return [person for person in people if name_key(person) and name_key(person) not in _NAME_SUFFIXES]


def _readings(name: str) -> list[list[str]]:
    """The ways `name` can be read as a list of people: as one name ("Procter & Gamble"), as the people it
    lists, for "Haddad, Lina", as one person family name first, and for "Jane Smith for Reuters" as the
    writer alone (`names.writer_for_outlet`)."""
    readings = [[name], people_in(name)]
    if _AND_OTHERS().search(name[:_LONGEST_LISTED]):
        readings.pop(0)  # `John Smith et al.` is no one name
    inverted = _INVERTED_NAME.match(_BYLINE().sub("", name))
    if inverted:
        readings.append([f"{inverted['given']} {inverted['family']}"])
    listed = name[:_LONGEST_LISTED].split(";")
    if len(listed) > 1:
        # `Smith, Jane; Doe, John`, a catalogue's list of people each family name first (a page's
        # `citation_author` tags joined): read as Smith, Jane and Doe, John were four people, none the cited.
        turned = [_INVERTED_NAME.match(_BYLINE().sub("", person)) for person in listed]
        if all(turned):
            readings.append([f"{each['given']} {each['family']}" for each in turned if each])
    writer = writer_for_outlet(_BYLINE().sub("", name))
    if writer is not None:
        readings.append([writer])  # `Jane Smith for Reuters`: the byline is hers, the outlet where she wrote
    where = _WHERE_FROM().match(_BYLINE().sub("", name[:_LONGEST_LISTED]))
    if where is not None:
        readings.append(people_in(where["person"]))  # `Mary Smith in Kyiv`: hers, Kyiv where she wrote
    outlet = _OUTLET_AFTER().match(_BYLINE().sub("", name[:_LONGEST_LISTED]))
    if outlet is not None:
        readings.append(people_in(outlet["person"]))  # `Mary Smith (Reuters)`: hers, Reuters where she wrote
    if "by" in name[:_LONGEST_LISTED].casefold():
        credited = [
            person
            for found in _CREDIT().finditer(name[:_LONGEST_LISTED])
            for person in people_in(_without_where_from(found["people"]))
        ]
        if credited:
            readings.append(credited)  # `Reporting by Mary Smith; Editing by John Doe`: Mary Smith wrote it
    return [reading for reading in readings if reading and all(name_key(person) for person in reading)]


# A byline that names where its writer wrote from (`Mary Smith in Kyiv`, `By Mary Smith and John Doe in
# Kyiv`, and so in Russian and Ukrainian): a place of a few capitalised words after `in`, `from` or their
# Russian and Ukrainian words. Bounded, linear: one lazy run before one fixed word.
_WHERE_FROM = on_first_use(
    r"^(?P<person>[^\W\d_][^;|\n]{1,100}?)\s+(?:in|from|reporting\s+from|\u0432|\u0438\u0437|\u0443|\u0437)"
    r"\s+(?:[A-Z\u0400-\u042f][\w'\u2019-]{1,40}(?:\s+|$)){1,3}$"
)


# A byline that names its writer's outlet after the name, in brackets or after a spaced dash (`Mary Smith
# (Reuters)`, `Mary Smith - Reuters`), as an aggregator shows a wire story's: it warned against a note naming
# Mary Smith. Bounded, linear: one lazy run before one bracket or dash, each part of bounded length.
_OUTLET_AFTER = on_first_use(
    r"^(?P<person>[^\W\d_][^()\n]{1,100}?)\s{0,3}(?:\([^()\n]{1,60}\)|\s[-\u2013\u2014]\s[^()\n]{1,60})\s*$"
)


def _without_where_from(people: str) -> str:
    """A byline's people without the place it says they wrote from (`_WHERE_FROM`)."""
    where = _WHERE_FROM().match(people.strip())
    return where["person"] if where is not None else people


# The credit line of a wire story (`Reporting by Mary Smith; Additional reporting by Jane Doe; Editing by John
# Roe`): those who reported or wrote it are its authors, not its editors. Bounded, linear.
_CREDIT = on_first_use(
    r"(?:^|[;.]\s{0,3})(?:additional\s+)?(?:reporting|writing|written|reported|compiled)\s+by\s+"
    r"(?P<people>[^;.\n]{1,200})",
    re.IGNORECASE,
)


def _shown_keys(shown: str) -> list[_NameKeys]:
    """Every name a shown author or byline may be: the whole, each person it lists, an inverted name
    turned, and the name after a description (`Mayor Vitali Klitschko`: `Vitali Klitschko`)."""
    people = [person for reading in _readings(shown) for person in reading]
    described = [named for person in people for named in named_after_description(person)]
    return list(
        dict.fromkeys(_name_keys(spelt) for person in people + described for spelt in _as_read(person))
    )


# Ukrainian's ghe (U+0433, U+0413), which Ukrainian's own romanisation, and English after it, writes `h`
# (Денис Шмигаль is Denys Shmyhal, Гліб Hlib): `anyascii` writes Russian's `g` for it, and the name was
# another.
_UKRAINIAN_H = str.maketrans("\u0433\u0413", "hH")


def _as_read(name: str) -> tuple[str, ...]:
    """`name`, and where it holds a Cyrillic ghe, the name as Ukrainian romanises it (`_UKRAINIAN_H`)."""
    return (name, name.translate(_UKRAINIAN_H)) if "\u0433" in name.casefold() else (name,)


NameLikeness = Literal["same", "near"]


def _person_keys(person: str, declined: bool) -> list[_NameKeys]:
    """A cited person's name as it is compared with the shown names: as cited, as the name after its
    description (`Ukrainian President Volodymyr Zelensky`, `Mayor of Kyiv Vitali Klitschko`: an account shows
    the name alone, and the note was failed as another person's), and for a name the note `declined` (Russian
    and Ukrainian genitive, `Дмитрия Медведева`) as each nominative it can come from."""
    from provenance.locate.declension import nominative_forms

    readings = (person, *named_after_description(person), *(nominative_forms(person) if declined else ()))
    return list(dict.fromkeys(_name_keys(spelt) for named in readings for spelt in _as_read(named)))


def _person_likeness(keys: list[_NameKeys], shown: list[_NameKeys]) -> NameLikeness | None:
    """How close a cited person (`keys`: `_person_keys`) comes to the keys of one shown name."""
    from rapidfuzz import fuzz

    near = False
    for key in keys:
        for right in shown:
            if key.key == right.key or key.folded == right.folded:
                return "same"
            # Alike but for a short word's spelling (Lee and Li): perhaps one name romanised twice, for a
            # person to look at.
            near = near or fuzz.ratio(key.key, right.key) >= SAME_NAME or _folded_whole(key, right)
    return "near" if near else None


# Letters of the scripts whose look-alikes stand in for each other (`Rybar` with a Cyrillic `a`, U+0430):
# a word that mixes two of them is typed to pass for a name, not written in one.
_SCRIPT_LETTERS = (
    re.compile("[a-zA-Z\u00c0-\u024f]"),  # Latin
    re.compile("[\u0400-\u04ff]"),  # Cyrillic
    re.compile("[\u0370-\u03ff]"),  # Greek
)
_STYLED_LETTERS = on_first_use("[ZzVv]")
# An invisible character between two letters of those scripts (`Ry`, a zero-width space, `bar`): it keeps a
# name from being the one it shows, where it keeps no words apart (Persian's zero-width non-joiner sits
# between Arabic letters, an emoji's joiner between emoji).
_HIDDEN_IN_A_WORD = on_first_use(
    "(?<=[a-zA-Z\u00c0-\u024f\u0370-\u04ff])[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e"
    "\u2066-\u2069\u034f\u180e]+(?=[a-zA-Z\u00c0-\u024f\u0370-\u04ff])"
)
# Words by which an account says it is not the person whose name it shows (`Rybar | parody`, `Rybar, fan
# account`; `fan` alone may be a name: Fan Bingbing), in the languages of the sources the tool is mostly
# used on (case folded).
_NOT_THE_PERSON = frozenset({
    "parody", "satire", "satirical", "fake", "fan account", "fan page", "fan club", "fan channel", "fans",
    "fanpage", "unofficial", "impersonation",
    "пародия", "пародія", "фейк", "фан", "фанаты", "неофициальный", "parodie", "parodia", "fanseite",
    # As accounts write it in adjectives and phrases ("Rybar | пародийный аккаунт", "Rybar | not official",
    # "Rybar, fan-made"): each passed as Rybar.
    "пародийный", "пародийная", "пародійний", "сатира", "фейковый", "фейковий", "неофіційний", "фанклуб",
    "parodique", "satirique", "inoffiziell", "no oficial", "non officiel", "not official", "not affiliated",
    "unaffiliated", "fan made", "fanclub", "roleplay",
})  # fmt: skip


def disguised_name(name: str) -> str | None:
    """Why a name a source shows is not plainly the name it reads as, in a check's words: a word of two
    scripts' look-alike letters (`Rybar`, its `a` Cyrillic U+0430), an invisible character inside a word,
    or a word by which the account says it is not the person (`Rybar | parody`); None for a name written
    plainly."""
    for word in unicodedata.normalize("NFC", name).split():
        # A Latin Z or V in a Cyrillic word (`Za pobedu` so spelt) is a slogan's letter, written to be
        # seen, not a look-alike.
        unstyled = _STYLED_LETTERS().sub("", word)
        if sum(1 for letters in _SCRIPT_LETTERS if letters.search(unstyled)) > 1:
            return f"{word!r} mixes the letters of two scripts, as a look-alike name does"
    if _HIDDEN_IN_A_WORD().search(name):
        return "it hides an invisible character inside a word"
    said = disowning_word(name)
    return f"it calls itself {said!r}" if said else None


def disowning_word(name: str) -> str | None:
    """The word by which an account's name says it is not the person it names (`Rybar | parody`: `parody`),
    or None."""
    words = _WORD.findall(name.casefold())
    # `Fan` alone may be a name (Fan Bingbing); `fan account`, `fan page` are not.
    pairs = (f"{left} {right}" for left, right in itertools.pairwise(words))
    return next((word for word in itertools.chain(words, pairs) if word in _NOT_THE_PERSON), None)


@dataclass(frozen=True)
class NameMatch:
    """How a cited name (one person or several) compares with the names a source shows."""

    likeness: NameLikeness | None  # for every cited person: `same` when all are, `near` when all are at least
    shown: str | None  # the first shown name that matched a cited person
    missing: tuple[str, ...] = ()  # cited people the source does not show, when it shows some of the others


_LIKENESS_RANK: dict[NameLikeness | None, int] = {"same": 2, "near": 1, None: 0}


def _disguised_for(shown: str, cited: str) -> bool:
    """Whether `shown` is a disguised name (`disguised_name`) the note did not write so itself: its own
    letters, or the word by which the account disowns the name (`Rybar parody` for @rybar_parody)."""
    if shown.casefold() == cited.casefold() or disguised_name(shown) is None:
        return False
    disowning = disowning_word(shown)
    return disowning is None or disowning not in cited.casefold()


def _at_most_near(likeness: NameLikeness | None, disguised: bool) -> NameLikeness | None:
    return "near" if disguised and likeness == "same" else likeness


def _across_scripts(
    person: str, shown: str, as_cited: list[_NameKeys], keys: list[_NameKeys]
) -> NameLikeness | None:
    """`_person_likeness`, or for a name in Arabic script and one in Latin or Cyrillic letters
    (`names.arabic_script_likeness`: `Hassan Nasrallah`, حسن نصر الله), and for one in Cyrillic and one in
    Latin letters (`names.cyrillic_script_likeness`: `Vitali Klitschko`, Віталій Кличко), how the two
    spellings compare."""
    likeness = _person_likeness(as_cited, keys)
    if likeness == "same":
        return likeness
    cited_named = (person, *named_after_description(person))  # `Hezbollah leader Hassan Nasrallah`
    for named in cited_named:
        across = arabic_script_likeness(named, shown)
        likeness = across if _LIKENESS_RANK[across] > _LIKENESS_RANK[likeness] else likeness
    if likeness != "same" and _CYRILLIC_LETTER.search(f"{person} {shown}".casefold()):
        # Each person the shown name lists or names after a description (`Андрій Єрмак (офіційний)`,
        # `Голова ОП Андрій Єрмак`), as its keys are read (`_shown_keys`).
        people = [each for reading in _readings(shown) for each in reading]
        shown_named = dict.fromkeys(
            (shown, *people, *(named for each in people for named in named_after_description(each)))
        )
        if any(cyrillic_script_likeness(one, other) for one in cited_named for other in shown_named):
            return "same"
    return likeness


def match_names(cited: str, shown: list[str], declined: bool = False) -> NameMatch:
    """Whether the source's names (`shown`: author, publisher, handle) name everyone `cited` names.

    Each person a citation names must be matched: "Lina Haddad and Omar Khalil" is not confirmed by a page
    that shows only Lina Haddad (`missing` then names Omar Khalil). Equal after transliteration and the usual
    spelling variants is `same`; only close (`SAME_NAME`) is `near`, for a person to look at. A `declined`
    name (the note's genitive) is also read as each nominative it can come from."""
    keys = {name: _shown_keys(name) for name in shown}
    # A look-alike, hidden or disowned name (`disguised_name`) is at most near the cited one, unless the note
    # wrote it so itself.
    disguised = {name for name in shown if _disguised_for(name, cited)}
    best = NameMatch(None, None)
    for reading in [*_readings(cited), *([turned] for turned in _family_name_first(cited))]:
        likenesses: list[NameLikeness | None] = []
        first: str | None = None
        for person in reading:
            as_cited = _person_keys(person, declined)  # once, whatever the number of shown names
            likeness = max(
                (
                    (
                        _at_most_near(_across_scripts(person, name, as_cited, keys[name]), name in disguised),
                        name,
                    )
                    for name in shown
                ),
                key=lambda pair: _LIKENESS_RANK[pair[0]],
                default=(None, None),
            )
            if likeness[0] != "same":
                # `J. Smith` (APA's `Smith, J.`, Vancouver's `Smith J`, GOST's `Иванов И. И.`) for John Smith.
                initialled = next(
                    (
                        name
                        for name in shown
                        if _by_initials(person, name)
                        or _same_outlet(person, name)
                        or _acronym_for(person, name)
                        or _but_a_middle_initial(person, name)
                    ),
                    None,
                )
                if initialled is not None:
                    likeness = (_at_most_near("same", initialled in disguised), initialled)
            likenesses.append(likeness[0])
            first = first or (likeness[1] if likeness[0] is not None else None)
        if None not in likenesses:
            overall: NameLikeness = "same" if all(like == "same" for like in likenesses) else "near"
            if overall == "near" and reading == [cited] and len(people_in(cited)) > 1:
                continue  # "Lina Haddad & Jo" is close to "Lina Haddad" as a string, but names two people
            if best.likeness is None or _LIKENESS_RANK[overall] > _LIKENESS_RANK[best.likeness]:
                best = NameMatch(overall, first)
        elif first is not None and best.likeness is None and not best.missing:
            missing = tuple(person for person, like in zip(reading, likenesses, strict=True) if like is None)
            best = NameMatch(None, first, missing)
    return best


_MOST_NAME_WORDS = 8
_LONGEST_LISTED = 1000
_LONGEST_NAME = 200
# A letter of Cyrillic romanised in more than one Latin one (`Yu.` of `Ю.`): an initial all the same.
_LETTERS_WRITTEN_SO = frozenset({"yu", "ya", "yo", "ye", "zh", "kh", "ts", "ch", "sh", "shch", "iu", "ia"})
# A word of a name, and the stop after it (an initial's). Linear: one run of letters, one optional stop.
_NAME_WORD = on_first_use(r"([^\W\d_]+)(\.?)")


def _name_words(name: str) -> list[tuple[str, bool]]:
    """A name's words as compared (transliterated to ASCII, case folded: `Ю` is `yu`), each with whether it is
    an initial: one letter, or a short word with its stop (`Yu.`, a transliterated `Ю.`). `J.-P. Dubois` is
    `j`, `p` (initials) and `dubois`."""
    from anyascii import anyascii

    words: list[tuple[str, bool]] = []
    for found in _NAME_WORD().finditer(unicodedata.normalize("NFKC", name[:_LONGEST_NAME])):
        word = _NOT_KEPT_IN_KEY.sub("", anyascii(found[1]).casefold())
        # Not `Mr.`, `Dr.`, `St.`: a word of a few letters and its stop is an initial only where it writes
        # one letter of another script (`Yu.`, `Zh.`, `Shch.`).
        initial = len(found[1]) == 1 or (bool(found[2]) and found[1].casefold() in _LETTERS_WRITTEN_SO)
        if word:
            words.append((word, initial))
    return words


# An outlet's byline of its newsroom (`Reuters Staff`, `Guardian staff and agencies`, `CNN staff`), the `The`
# before its name (`The Associated Press`) and the `News` after it (`BBC News` of a page signed `BBC`; in
# Japanese, Chinese and Korean, written on: `NHKニュース`, `CCTV新闻`, `KBS뉴스`): the outlet's name all the
# same. Bounded, linear.
_OUTLET_BYLINE = on_first_use(
    r"^\s{0,3}(?:the\s{1,3})?(?P<outlet>.{1,80}?)"
    r"(?:\s{1,3}(?:staff(?:\s{1,3}writers?)?|newsroom|news\s{1,3}desk|editors)(?:\s{1,3}(?:and|&)\s{1,3}agencies)?"
    r"|\s{1,3}(?:and|&)\s{1,3}agencies|\s{1,3}(?:news|online)"
    r"|\s{0,3}(?:\u30cb\u30e5\u30fc\u30b9|\u65b0\u95fb|\u65b0\u805e|\ub274\uc2a4))?\s{0,3}$",
    re.IGNORECASE,
)


def _same_outlet(cited: str, shown: str) -> bool:
    """Whether a cited name is a shown outlet's name as its newsroom signs (`Reuters Staff` for Reuters,
    `The Associated Press` for Associated Press), each warned as another name or only a near one."""
    keys = []
    for name in (cited[:_LONGEST_NAME], shown[:_LONGEST_NAME]):
        found = _OUTLET_BYLINE().match(name)
        keys.append(name_key(found["outlet"]) if found is not None else name_key(name))
    return bool(keys[0]) and keys[0] == keys[1] and name_key(cited) != name_key(shown)


# An organisation's name in capitals made of its words' initials (`AP`, `AFP`, `NYT`, `A.P.`), and the words
# left out of them (`The New York Times`, `Agence France-Presse`, `Ministry of Defence`).
_ACRONYM = on_first_use(r"(?:[A-Z]\.?){2,6}")
_NOT_IN_ACRONYMS = frozenset({"the", "of", "and", "for", "de", "la", "le", "du", "des", "&"})
_ORGANISATION_NAME_WORDS = ORGANISATION_WORDS | frozenset({
    "press", "presse", "news", "times", "post", "journal", "herald", "telegraph", "tribune", "review",
    "broadcasting", "corporation", "radio", "television", "network", "media", "wire", "agency", "nations",
    "union", "institute", "international", "watch", "foundation", "center", "centre", "organization",
    "organisation", "association", "federation", "company", "commission", "court", "bank", "fund",
})  # fmt: skip


def _acronym_for(cited: str, shown: str) -> bool:
    """Whether one of two names is the other's acronym (`AP` and `Associated Press`, `AFP` and `Agence
    France-Presse`, `NYT` and `The New York Times`): an outlet credited so warned as another author. Only a
    name with a word of an organisation's or an outlet's (`_ORGANISATION_NAME_WORDS`): a person's initials
    name no one."""
    for short, long in ((cited.strip(), shown.strip()), (shown.strip(), cited.strip())):
        if _ACRONYM().fullmatch(short) is None or len(long) > _LONGEST_NAME:
            continue
        words = [word for word in long.replace("-", " ").split() if word.casefold() not in _NOT_IN_ACRONYMS]
        initials = "".join(word[0] for word in words)
        if (
            len(words) < 2
            or initials != short.replace(".", "")
            or not all(word[:1].isupper() for word in words)
        ):
            continue
        # An organisation's name, not a person's whose initials these are (`AP` is not Anna Petrova, whom
        # a byline may show).
        if any(word.casefold() in _ORGANISATION_NAME_WORDS for word in words):
            return True
    return False


_MIDDLE_INITIAL = on_first_use(r"[^\W\d_]\.?")


def _but_a_middle_initial(cited: str, shown: str) -> bool:
    """Whether two names are one but for the middle initials one of them gives and the other leaves out
    (`Jane M. Smith`, `Jane Smith`): it warned as only a near match. Not two names giving each their own
    (`Jane M. Smith`, `Jane K. Smith`)."""
    kept: list[str] = []
    dropped = 0
    for name in (cited[:_LONGEST_NAME], shown[:_LONGEST_NAME]):
        words = name.split()
        middle = [word for word in words[1:-1] if _MIDDLE_INITIAL().fullmatch(word)]
        dropped += bool(middle)
        kept.append(
            " ".join([*words[:1], *(word for word in words[1:-1] if word not in middle), *words[-1:]])
        )
    if dropped != 1 or len(kept[0].split()) < 2:
        return False
    return _person_likeness(_person_keys(kept[0], False), _shown_keys(kept[1])) == "same"


_GIVEN_AND_PATRONYMIC = 2


def _by_initials(cited: str, shown: str) -> bool:
    """`_given_as_initials` of each name's opening: a hostile name of 100 kB is not kept whole in a cache."""
    return _given_as_initials(cited[:_LONGEST_NAME], shown[:_LONGEST_NAME])


@functools.lru_cache(maxsize=1024)
def _given_as_initials(cited: str, shown: str) -> bool:
    """Whether a cited person's name gives a shown person's given names as initials, before or after the
    family name (`J. Smith`, `Smith J`, `И. И. Иванов`, `J.-P. Dubois` for Jean-Pierre Dubois): the family
    name the same word for word (its spelling folded), and each initial the opening of the shown given name
    in its place. A note claims no more than the page shows so: an initial more than the shown given names
    (`J. A. Smith` for John Smith) is none, but for a Russian or Ukrainian name's second, its patronymic's,
    which GOST always writes and a byline seldom shows (`Иванов И. И.`, `Ivanov I. I.` for Иван Иванов
    warned). APA, Vancouver and GOST write every author so, and each warned against the byline it names."""
    words = _name_words(cited)
    if not 2 <= len(words) <= _MOST_NAME_WORDS:
        return False
    lead = len(list(itertools.takewhile(lambda word: word[1], words)))
    trail = len(list(itertools.takewhile(lambda word: word[1], reversed(words))))
    if lead:
        initials, family = words[:lead], words[lead:]
    elif trail:
        initials, family = words[-trail:], words[:-trail]
    else:
        return False
    if not family or any(initial for _, initial in family):
        return False
    family_key = [fold_spelling(word) for word, _ in family]
    # A patronymic's initial after the given name's, of a name in Cyrillic (cited so, or shown so: `Ivanov I.
    # I.` for Иван Иванов): one given name shown is enough.
    cyrillic = _CYRILLIC_LETTER.search(f"{cited} {shown}".casefold()) is not None
    patronymic = cyrillic and len(initials) == _GIVEN_AND_PATRONYMIC
    # The family name as the note writes it, for a Cyrillic one's Latin spelling (`A. Yermak` for Андрій
    # Єрмак, which `anyascii` writes `Iermak`).
    written = _written_words(cited) if cyrillic else []
    cited_family = " ".join(written[lead:] if lead else written[:-trail])
    for person in (person for reading in _readings(shown) for person in reading):
        for named in (person, *named_after_description(person)):
            shown_words = [word for word, _ in _name_words(named)]
            given = shown_words[: len(shown_words) - len(family)]
            if not (
                (len(initials) <= len(given) or (patronymic and len(given) == 1))
                and all(word.startswith(initial) for word, (initial, _) in zip(given, initials, strict=False))
            ):
                continue
            if [fold_spelling(word) for word in shown_words[len(given) :]] == family_key or (
                cyrillic
                and cyrillic_script_likeness(cited_family, " ".join(_written_words(named)[len(given) :]))
            ):
                return True
    return False


def _written_words(name: str) -> list[str]:
    """A name's words as written, those `_name_words` reads (one a word, in the same order)."""
    from anyascii import anyascii

    return [
        found[1]
        for found in _NAME_WORD().finditer(unicodedata.normalize("NFKC", name[:_LONGEST_NAME]))
        if _NOT_KEPT_IN_KEY.sub("", anyascii(found[1]).casefold())
    ]


# Where a page title's parts meet, once normalised (dashes are `-` by then): `Headline | Site`,
# `Headline - Site`, `Headline · Site`. A colon may end a site's or section's name (`Site: Headline`) or be
# part of the headline (`Ukraine war: Kyiv bridge reopens`): each part is a candidate whole and, split at
# its colons, in pieces.
_TITLE_PARTS = re.compile(r"\s+[|:\u00b7-]+\s+|\s*\|\s*")
_TITLE_COLON = on_first_use(r":\s+")
# Where a post's opening sentence ends, once normalised (an ellipsis is ` ... ` by then).
_SENTENCE_END = on_first_use(r"[.!?\u3002\uff01\uff1f]")
# Parts of a page title that name a section of the site, not the page: "World" in "Bridge destroyed |
# World | Bridge News". Cited as a title, one says nothing about which page is meant. English, and the
# languages of the sources the tool is mostly used on (normalised: case folded).
_SECTION_NAMES = frozenset({
    "news", "latest news", "breaking news", "top stories", "world", "world news", "politics", "business",
    "economy", "opinion", "opinions", "comment", "analysis", "editorial", "sport", "sports", "culture",
    "arts", "science", "technology", "tech", "health", "environment", "climate", "education", "travel",
    "lifestyle", "entertainment", "weather", "local", "national", "international", "europe", "africa",
    "asia", "americas", "middle east", "video", "videos", "live", "photos", "gallery", "features", "blog",
    "blogs", "home", "homepage", "home page", "press releases", "press release", "articles", "stories",
    "live updates", "live blog", "latest updates", "latest", "updates", "update", "breaking", "exclusive",
    "as it happened", "live news",
    "новости", "политика", "мир", "экономика", "общество", "спорт", "новини", "політика", "світ",
    "економіка", "суспільство", "actualités", "monde", "politique", "économie", "nachrichten", "politik",
    "welt", "wirtschaft", "noticias", "mundo", "política", "economía",
})  # fmt: skip
# Words an outlet's name adds to its host name's label: "The Guardian" is theguardian.com's or
# guardian.co.uk's, "BBC News" bbc.co.uk's.
_OUTLET_PREFIXES = ("the",)
_OUTLET_SUFFIXES = ("news", "online", "com")


@dataclass(frozen=True)
class TitleMatch:
    """How a cited title compares with the source's.

    `same`: the whole title, one whole part of it (a site or section name split off), or close to one of
    those; `inside`: found as whole words only inside a longer title, part or opening sentence (only part of
    what the source's title says); `site-name`: the site's name (a part of the title, or a name the page gives
    its site), not the page's own title; `section`: a part of the title that names a section of the site
    (`_SECTION_NAMES`); `different`: none of those. `score` is the best rapidfuzz score (100 when equal or
    inside); `negation` names the negating word that one title has and the other lacks, when that alone kept
    a close title from being the same; `substituted` a word of each, when one put for the other did."""

    likeness: Literal["same", "inside", "site-name", "section", "different"]
    score: float
    negation: str | None = None
    numbers: tuple[str, str] | None = None  # the numbers of each, when only they kept close titles apart
    reordered: bool = False  # close only with the words sorted: the same words saying another thing
    verdict: str | None = None  # the rest of the page's title around the cited part, when it judges it
    part: str | None = None  # the part of the title a close match is close to
    # A word of each where only one word put for another kept close titles apart ("admits", "denies").
    substituted: tuple[str, str] | None = None
    # The source's title asks what the cited one says: "Bridge destroyed?" cited as "Bridge destroyed".
    asked: bool = False


# A number with the currency sign before it and the percent or per-mille sign after it: "$5M" is not "€5M",
# nor "5%" "5‰".
_NUMBER = on_first_use(r"[$€£¥₽₴₹]?\d+(?:[.,]\d+)*(?: ?[%‰])?")
# Digits grouped in thousands, each group after the same mark: a comma, a stop, a space (a no-break or thin
# one, once normalised), an apostrophe ("1,000", "1.000", "1 000", "1'000"). Linear: each group is three
# digits after its one mark, and no group starts a number.
_GROUPED = on_first_use(r"(?<![\d.,])(?<!\d[ '])\d{1,3}([,. '])\d{3}(?:\1\d{3})*(?!\d)")


# The numbers a headline writes in words that a note may write in digits, and the other way (normalised: case
# folded). Word-bounded alternatives: linear.
_SMALL_NUMBERS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
    *("twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"),
)
_SMALL_NUMBER = on_first_use(r"\b(?:" + "|".join(_SMALL_NUMBERS) + r")\b")


def _in_digits(title: str) -> str:
    """A normalised title with its numbers from zero to twenty written in digits ("ten killed": "10
    killed")."""
    return _SMALL_NUMBER().sub(lambda found: str(_SMALL_NUMBERS.index(found[0])), title)


def _number_keys(title: str) -> list[str]:
    """The numbers of a normalised title, each as its digits alone where they are grouped in thousands: "1,000
    killed" and "1 000 killed" (a French or Russian headline's, a no-break space) are "1000 killed", and
    warned that their numbers differ."""
    ungrouped = _GROUPED().sub(lambda found: re.sub(r"\D", "", found[0]), title)
    return [number.replace(" ", "") for number in _NUMBER().findall(ungrouped)]


# Words by which the rest of a page's title judges the part a cited title matches: "Fact check: Bridge
# destroyed", "Bridge destroyed - false" are not pages titled "Bridge destroyed" (normalised: case folded).
_VERDICTS = frozenset({
    "false", "fake", "hoax", "myth", "debunked", "misleading", "untrue", "fabricated", "doctored", "satire",
    "fact check", "factcheck", "fact checked", "wrong", "rumour",
    "rumor", "disinformation", "misinformation", "propaganda", "фейк", "ложь", "неправда", "брехня",
    "faux", "infox", "falsch", "falso", "bulo",
    # Or says it is no one's finding but a claim, unsettled, or not the page's own: "Claim: Bridge destroyed",
    # "Russia claims: Bridge destroyed", "Bridge destroyed: unverified", a site's search page ("Search
    # results for: Bridge destroyed").
    "deepfake", "parody", "intox", "debunking", "disputed", "unproven", "unverified", "unsubstantiated",
    "claim", "claims", "дезинформация", "дезінформація", "вброс", "вранье", "враньё", "lie", "lies",
    "search results", "results for", "searched for", "google search",
    # Or takes it back, or leaves it unsettled: "Bridge destroyed.\nUnconfirmed.", "RETRACTED", a joke's day
    # ("Bridge destroyed | April Fools").
    "unconfirmed", "retracted", "retraction", "withdrawn", "april fools", "april fool", "april fool's",
    # Or says the page corrects or notes on a story, not the story ("Correction: Bridge destroyed",
    # "Editor's note: …"): the words cited may be the very ones it corrects.
    "correction", "clarification", "editor's note",
    # The fact-checkers' labels and verdicts in the other languages reports cite ("Faktencheck: …",
    # "Désintox : …", "Опровержение: …", "Engañoso: …"): each passed as the claim's own title.
    "faktencheck", "faktenfinder", "falschmeldung", "widerlegt", "irreführend", "mythos", "désintox",
    "desintox", "trompeur", "mythe", "опровержение", "спростування", "маніпуляція", "манипуляция",
    "engañoso", "desmentido", "mentira", "фактчек", "фактчекинг", "факт чек", "проверка фактов",
    "перевірка фактів", "faktenfuchs",
    # And the fact-checkers' ratings in English ("Missing context: …", "Miscaptioned: …", "Half true: …").
    "missing context", "miscaptioned", "misattributed", "half true", "mostly true", "fact checking",
    "satirical", "manipulated", "altered",
})  # fmt: skip


# Judging words that are also verbs an edited headline inflects ("claims", "claimed"; "lies", "lied"): two
# close titles that differ in one of them differ in a word, as any other (`_substituted`).
_INFLECTED_VERDICTS = frozenset({"claim", "claims", "lie", "lies"})


def _verdicts_in(text: str) -> set[str]:
    """The judging words of `text` (normalised, `_VERDICTS`): "fake" in "fake: russia attacked ukraine"."""
    words = _WORD.findall(text)
    pairs = (f"{left} {right}" for left, right in itertools.pairwise(words))
    return {word for word in itertools.chain(words, pairs) if word in _VERDICTS}


def judges(text: str) -> bool:
    """Whether `text` (a post's hashtags, as written) holds a judging word (`_VERDICTS`), whole or inside a
    hashtag's run-together words ("#FakeNews", "#hoax"): a tail a post's title is not read without."""
    folded = normalise_text(text)
    if _verdicts_in(folded):
        return True
    return any(
        verdict in word for word in _WORD.findall(folded) for verdict in _VERDICTS if " " not in verdict
    )


def _verdict_around(part: str, whole: str) -> str | None:
    """The negating or judging word the rest of the page's title `whole` (around `part`, one of its parts)
    says, or None."""
    at = _find_words(whole, part, 0)
    if at < 0 or part == whole:
        return None
    rest = f"{whole[:at]} | {whole[at + len(part) :]}"
    negating = negations_in(rest)
    if negating:
        return negating[0]
    words = _WORD.findall(rest)
    pairs = (f"{left} {right}" for left, right in itertools.pairwise(words))
    return next((word for word in itertools.chain(words, pairs) if word in _VERDICTS), None)


# Prefixes that make a word its opposite: "Bridge safe" and "Bridge unsafe" score 91, "Vaccine effective"
# and "Vaccine ineffective" 94, "Vote legal" and "Vote illegal" 91.
_NEGATING_PREFIXES = ("un", "non", "in", "im", "il", "ir", "dis", "anti")
_PREFIXES_WRITTEN_APART = frozenset(("un", "non", "anti"))


def _negated_by_prefix(left: str, right: str) -> set[str]:
    """The words of one title that are a word only the other has with a negating prefix (`unsafe` for
    `safe`), or a negating prefix written apart (`non-lethal`, `anti war`)."""
    left_words, right_words = set(_WORD.findall(left)), set(_WORD.findall(right))
    only_left, only_right = left_words - right_words, right_words - left_words
    found = {word for word in only_left | only_right if word in _PREFIXES_WRITTEN_APART}
    for words, others in ((only_left, only_right), (only_right, only_left)):
        found |= {
            word
            for word in words
            for prefix in _NEGATING_PREFIXES
            if word.startswith(prefix) and word[len(prefix) :] in others
        }
    return found


# Words that say how many: two that differ are two numbers however alike they are spelt ("million",
# "billion"; "seventy", "seventeen"). English, as the titles compared mostly are.
_NUMBER_WORDS = frozenset({
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
    "million", "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens", "bn", "mn",
    "mln", "tn",
})  # fmt: skip
# Words an edited headline adds, drops or swaps without saying another thing ("a bridge", "the bridge",
# "reopen bridge", "reopen the bridge").
_SMALL_WORDS = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "and", "as", "by", "from", "is", "are",
    "was", "were", "be", "it", "its",
})  # fmt: skip
_MAX_DIFFERING_WORDS = 30


def _spelt_alike(left: str, right: str) -> bool:
    """Whether two words are one word spelt or inflected otherwise ("Brigde", "kills" and "killed",
    "Antonovsky" and "Antonivskyi"), not two words ("admits" and "denies", "million" and "billion")."""
    from rapidfuzz import fuzz

    if left in _NUMBER_WORDS or right in _NUMBER_WORDS:
        return left == right
    return fuzz.ratio(left, right) >= 80 or (min(len(left), len(right)) >= 4 and left[:4] == right[:4])


def _substituted(left: str, right: str) -> tuple[str, str] | None:
    """A word of each of two titles (normalised) where one puts a word for another's ("Ukraine admits
    attack", "Ukraine denies attack"; "Biden meets Kim", "Biden meets Xi"), or a word only one of them has
    and "" for the other ("Bridge destroyed by Russia", "Bridge destroyed"); None when they differ only in
    small words (`_SMALL_WORDS`) and spelling ("strikes", "Zelenskyy", "cease-fire")."""
    left_words, right_words = Counter(_WORD.findall(left)), Counter(_WORD.findall(right))
    left_only = [word for word in (left_words - right_words).elements() if word not in _SMALL_WORDS]
    right_only = [word for word in (right_words - left_words).elements() if word not in _SMALL_WORDS]
    # So many words apart is no edit of one title (and the pairing below stays short).
    if max(len(left_only), len(right_only)) > _MAX_DIFFERING_WORDS:
        return (left_only or [""])[0], (right_only or [""])[0]
    for word in list(left_only):
        partner = next((other for other in right_only if _spelt_alike(word, other)), None)
        if partner is not None:
            left_only.remove(word)
            right_only.remove(partner)
    # A compound written apart in one and joined in the other ("cease-fire", "ceasefire"; "U.S.", "US") is
    # one word: a piece left over stands inside a word of the other title, or the pieces make one.
    if left_only and right_only and _spelt_alike("".join(left_only), "".join(right_only)):
        return None
    left_only = [word for word in left_only if not any(word in other for other in right_words)]
    right_only = [word for word in right_only if not any(word in other for other in left_words)]
    if not left_only and not right_only:
        return None
    return (left_only or [""])[0], (right_only or [""])[0]


def _title_key(title: str) -> str:
    return normalise_text(title).strip(_EDGE_PUNCTUATION)


# A negation contracted onto its verb (normalised: one kind of apostrophe), and "cannot".
_CONTRACTED = on_first_use(r"(?<![\w'])([^\W\d_]{1,20})n't(?![\w'])|(?<![\w'])(can)(not)(?![\w'])")
_CONTRACTED_STEMS = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}


def _written_out(found: re.Match[str]) -> str:
    if found.group(2):
        return "can not"
    stem = found.group(1)
    return f"{_CONTRACTED_STEMS.get(stem, stem)} not"


def _without_contractions(title: str) -> str:
    """`title` (normalised) with its negations written out: "won't" as "will not", "isn't" as "is not",
    "cannot" as "can not"."""
    return _CONTRACTED().sub(_written_out, title) if "n't" in title or "cannot" in title else title


def _closest(cited: str, candidates: list[str]) -> TitleMatch:
    """The cited title (normalised) against whole titles or parts, equal or close with the words in order. A
    close pair that differs in a negation ("Bridge destroyed", "Bridge not destroyed"), in its numbers, in one
    word put for another ("admits", "denies") or had by one only, or close only with its words sorted, is not
    the same title (`different`, saying which)."""
    from rapidfuzz import fuzz

    if cited in candidates:
        return TitleMatch("same", 100.0)
    best, negation, numbers, reordered = 0.0, None, None, False
    substituted: tuple[str, str] | None = None
    # Each compared with its negations written out ("won't", "will not"): one said that it did not say the
    # other's negation, and "Zelensky says Ukraine will not surrender" was another title than "… won't …".
    cited = _without_contractions(cited)
    for shown in candidates:
        candidate = _without_contractions(shown)
        if candidate == cited:
            return TitleMatch("same", 100.0, part=shown)
        if _in_digits(candidate) == _in_digits(cited):
            # "Ten killed in strike" and "10 killed in strike": one number, as AP writes it opening a
            # headline and a note elsewhere; it warned that the numbers differ.
            return TitleMatch("same", 100.0, part=shown)
        in_order = fuzz.ratio(cited, candidate)
        score = max(in_order, fuzz.token_sort_ratio(cited, candidate))
        if score < SAME_TITLE:
            best = max(best, score)
            continue
        best = max(best, score)
        differing = (
            (set(negations_in(cited)) ^ set(negations_in(candidate)))
            or _negated_by_prefix(cited, candidate)
            or ((_verdicts_in(cited) ^ _verdicts_in(candidate)) - _INFLECTED_VERDICTS)
        )
        if differing:
            negation = negation or sorted(differing)[0]
            continue
        # "10 killed in strike" and "100 killed in strike" score 97, "2021 budget" and "2022 budget" 95: an
        # edited headline keeps its numbers.
        cited_numbers, candidate_numbers = (
            [number.replace(" ", "") for number in _NUMBER().findall(title)] for title in (cited, candidate)
        )
        if cited_numbers != candidate_numbers and _number_keys(cited) != _number_keys(candidate):
            numbers = numbers or (" ".join(cited_numbers) or "none", " ".join(candidate_numbers) or "none")
            continue
        # "Ukraine admits attack" and "Ukraine denies attack" score 86, "Biden meets Kim" and "Biden meets
        # Xi" 86, "$5 billion aid" and "$5 million aid" 96: one word put for another says another thing.
        swapped = _substituted(cited, candidate)
        if swapped is not None:
            substituted = substituted or swapped
            continue
        # Sorted, "Russia attacks Ukraine" is "Ukraine attacks Russia" (100): close only so, the same words
        # say another thing.
        if in_order < SAME_TITLE:
            reordered = True
            continue
        return TitleMatch("same", score, part=shown)
    return TitleMatch("different", best, negation, numbers, reordered, substituted=substituted)


def _outlet_keys(name: str) -> set[str]:
    """A name as compared with a site's names: its `name_key`, and that without an outlet's usual added word
    ("The Guardian" is also `guardian`, "BBC News" also `bbc`)."""
    key = name_key(name)
    keys = {key}
    for prefix in _OUTLET_PREFIXES:
        if key.startswith(prefix):
            keys.add(key[len(prefix) :])
    for suffix in _OUTLET_SUFFIXES:
        if key.endswith(suffix):
            keys.add(key[: -len(suffix)])
    return keys - {""}


# A home page's own word in its title (`Home | Reuters`, `Главная — Интерфакс`), in the languages of the
# sections (normalised: case folded).
_HOME_WORDS = frozenset({
    "home", "homepage", "home page", "main page", "front page", "startseite", "accueil", "inicio", "portada",
    "\u0433\u043b\u0430\u0432\u043d\u0430\u044f",  # главная
    "\u0433\u043e\u043b\u043e\u0432\u043d\u0430",  # головна
})  # fmt: skip


def home_page_title(title: str, site_names: tuple[str, ...]) -> bool:
    """Whether a page's title is its site's home page's: only the site's names (`site_names`) and a home
    page's word (`Home | Reuters`, `Reuters`, `Home`), no title of a page of its own."""
    whole = _title_key(title[:_LONGEST_HOME])
    parts = [part for part in (each.strip(_EDGE_PUNCTUATION) for each in _TITLE_PARTS.split(whole)) if part]
    site_keys = frozenset(key for name in site_names for key in _outlet_keys(name))
    return bool(parts) and all(part in _HOME_WORDS or bool(_outlet_keys(part) & site_keys) for part in parts)


_LONGEST_HOME = 200  # a home page's title is a name or two: a longer one is a page's own


def _framing(part: str, site_keys: frozenset[str]) -> Literal["site-name", "section"] | None:
    """Whether a part of a page's title (normalised) is the site's name or a section's, not the page's."""
    if _outlet_keys(part) & site_keys:
        return "site-name"
    return "section" if part in _SECTION_NAMES else None


def _one_word_beside_others(part: str, whole: str, own: list[str]) -> bool:
    """Whether `part`, one word of the page's title `whole`, stands beside words of the title's own (`own`:
    the whole and its parts that are not the site's or a section's name): "Ukraine" is the kicker of
    "Ukraine: Bridge destroyed" or the tag of "Bridge destroyed - Ukraine - City Ledger", not its title.
    Beside the site's name alone ("Kyiv | Bridge News") it is the page's title."""
    return part != whole and _one_word(part) and any(other not in (part, whole) for other in own)


# How many letters of a script written without spaces a title's part must have to be a phrase, not a word
# (`大桥被摧毁`, "the bridge was destroyed"; a place or a name, `乌克兰`, `東京`, is shorter).
_UNSPACED_PHRASE_CHARS = 5


def _one_word(part: str) -> bool:
    """Whether a part of a title is one word: no space in it, and not a run of letters of a script written
    without spaces long enough to be a phrase (`_UNSPACED_PHRASE_CHARS`). A Chinese headline beside the
    site's name (`大桥被摧毁 | 新华网`) was one word beside another, and warned as only part of the title."""
    if " " in part:
        return False
    return (
        sum(1 for char in part[: _UNSPACED_PHRASE_CHARS * 4] if _is_unspaced(char)) < _UNSPACED_PHRASE_CHARS
    )


_KICKER_WORDS = 2


def _kicker(piece: str, parts: list[str]) -> bool:
    """Whether `piece` is a label of a word or two before a colon that a headline follows ("Ukraine war" of
    "Ukraine war: Kyiv bridge reopens"): the story's kicker, not its title. Not a short title before its
    subtitle (`_titled_before_subtitle`: "Putin's gamble" of "Putin's gamble: why he invaded")."""
    return len(piece.split()) <= _KICKER_WORDS and any(
        len(pieces) > 1
        and pieces[0].strip(_EDGE_PUNCTUATION) == piece
        and bool(rest := pieces[1].strip(_EDGE_PUNCTUATION))
        and not _titled_before_subtitle(piece, rest)
        for pieces in (_TITLE_COLON().split(part, maxsplit=1) for part in parts)
    )


# Words a subtitle opens with after a title's colon ("Putin's gamble: why he invaded", "The reckoning: how
# Kyiv held"), where a kicker's headline opens with its own subject ("Ukraine war: Kyiv bridge reopens").
_SUBTITLE_OPENERS = frozenset(
    (
        *("why", "how", "what", "when", "where", "who", "inside", "the", "a", "an"),
        *("pourquoi", "comment", "warum", "wie"),
    )
)
_TITLE_ARTICLES = frozenset(("the", "a", "an", "le", "la", "les", "un", "une", "der", "die", "das", "el"))


def _titled_before_subtitle(piece: str, rest: str) -> bool:
    """Whether `piece` (normalised), a word or two before a colon, reads as a title and `rest` as its
    subtitle: the piece opens with an article or holds an owner's `'s` ("Putin's gamble", "The reckoning"),
    which a kicker's topic ("Ukraine war") or a speaker's name ("Olaf Scholz") does not, and the subtitle
    opens with a question word or an article ("why he invaded", "how Kyiv held")."""
    words = piece.split()
    titled = words[0] in _TITLE_ARTICLES or any(word.endswith(("'s", "\u2019s")) for word in words)
    return titled and rest.split(" ", 1)[0] in _SUBTITLE_OPENERS


# Words that make a sentence a question without its question mark: "Did Russia destroy the bridge" cited for
# "Did Russia destroy the bridge?" still asks it.
_QUESTION_WORDS = _QUESTION_OPENERS | {"who", "what", "when", "where", "why", "how", "which", "whose", "whom"}


def _states_a_question(cited: str, shown: str, matched: str) -> bool:
    """Whether the source's `matched` words (normalised) are a question only by the question mark after them
    in `shown` (its title or opening, normalised) that `cited` leaves out: "Bridge destroyed" for "Bridge
    destroyed?" says what the source asks."""
    if normalise_text(cited).rstrip(" " + _CLOSING_MARKS).endswith("?"):
        return False
    if _WORD.match(matched) is None or _WORD.findall(matched)[0] in _QUESTION_WORDS:
        return False
    at = _find_words(shown, matched, 0)
    after = at + len(matched)
    while at >= 0 and after < len(shown) and shown[after] in _CLOSING_MARKS + ".!":
        after += 1
    return at >= 0 and shown.startswith("?", after)


# A word or two in lower case in quote marks inside a title (every quote mark ' or "), opened after a space
# or the start (not an apostrophe: "Russia's") and closed before a space, a mark or the end: "Bridge
# 'destroyed'", "Kherson «liberated»". Bounded words: linear.
_SCARE_QUOTED = re.compile(
    r"(?:^|(?<=[\s(]))(['\"])([^\W_][^'\"\s]{0,40}(?: [^'\"\s]{1,40})?)\1(?=[\s.,:;!?|)-]|$)"
)


def _scare_quoted(cited: str, shown: str) -> tuple[str, str] | None:
    """A word or two the source's title (or opening) `shown` puts in quote marks, keeping its distance from
    them ("Bridge 'destroyed'"), that the cited title writes bare ("Bridge destroyed"): the word as cited and
    as shown; None when the cited title quotes them too, or the source quotes none."""
    said = normalise_text(cited).replace('"', "'")
    marked = " ".join(unicodedata.normalize("NFKC", shown).translate(_QUOTE_MARKS).split())
    for quoted in _SCARE_QUOTED.finditer(marked):
        # A name in quote marks ("'Oppenheimer' sweeps Oscars") is named, not doubted; so is a title
        # quoted whole (a quotation as the headline).
        if not quoted.group(2)[0].islower():
            continue
        words = normalise_text(quoted.group(2))
        # The cited title quotes them too where American style puts its comma or stop inside the closing
        # mark (`"Minister vows to 'never surrender,'" Reuters`): it warned that the page doubts words the
        # note quotes as the page does.
        marked_too = any(f"'{words}{stop}'" in said for stop in ("", ",", "."))
        if words != _title_key(cited) and not marked_too and _find_words(said, words, 0) >= 0:
            return words, normalise_text(quoted.group(0))
    return None


def same_title(cited: str, shown: str, site_names: tuple[str, ...] = ()) -> TitleMatch:
    """Whether `cited` is the page's title `shown` (`_same_title`); a title that asks what the cited one says
    ("Bridge destroyed?" for "Bridge destroyed") is `different`, `asked`, and one that puts a word of it in
    quote marks the cited one leaves out ("Bridge 'destroyed'" for "Bridge destroyed": the source doubts the
    word) is `different`, `substituted`. A Ukrainian place is one word in either spelling ("Kiev", "Kyiv":
    `names.places_spelt_as_in`)."""
    cited = places_spelt_as_in(cited, shown)
    match = _same_title(cited, shown, site_names)
    if match.likeness == "same" and _states_a_question(
        cited, normalise_text(shown), match.part or _title_key(cited)
    ):
        return TitleMatch("different", match.score, asked=True)
    distanced = _scare_quoted(cited, shown) if match.likeness == "same" else None
    if distanced is not None:
        return TitleMatch("different", match.score, substituted=distanced)
    return match


_CUT_TITLE_WORDS = 3


def _goes_on_from_a_cut(left: str, shown: str) -> bool:
    """Whether `left` (a cited title, normalised) opens with most of itself in a part of the page's title
    `shown` that the page cut with an ellipsis ("Bridge destroyed in overnight strike, officials…"), and says
    no more than that part but words that neither negate nor judge it: the page shows no more of its title to
    compare."""
    for part in _TITLE_PARTS.split(normalise_text(shown)):
        cut = part.rstrip(" " + _CLOSING_MARKS)
        if not cut.endswith("..."):
            continue
        opening = cut[:-3].strip(_EDGE_PUNCTUATION)
        # Most of the cited title, as a close title would be: "Bridge…" confirms no "Bridge destroyed".
        if 3 * len(opening) < 2 * len(left) or len(opening.split()) < _CUT_TITLE_WORDS:
            continue
        if _find_words(left, opening, 0, len(opening)) == 0:
            rest = left[len(opening) :]
            return not negations_in(rest) and not _verdicts_in(rest)
    return False


_CUT_REACH_WORDS = 3  # "will not": a negation reaches its verb across a word or two
_CLAUSE_MARK = on_first_use(r"[,;:.!?|]")  # a negation does not reach across it
_MAX_CUT_PIECES = 8  # a title cut in more places is no headline cited (a crafted note's thousands of dots)


def _cut_by_the_writer(cited: str, own: list[str], whole: str) -> TitleMatch | None:
    """A cited title the writer cut with an ellipsis ("Russia says it will not …", "Russia says … attack
    Ukraine", "… attack Ukraine") against the page's own title and parts (`own`, normalised): `same` where its
    pieces stand in order in one of them, the first opening it and the last ending it unless an ellipsis
    stands there, and the words left out neither negate nor judge what is kept ("Russia says it will …" of
    "Russia says it will not attack Ukraine" is `inside`, its `verdict` the word left out); None where the
    cited title has no ellipsis, fewer than `_CUT_TITLE_WORDS` words or no such run. A part the rest of the
    whole title judges ("Fact check: …") is `inside` as ever."""
    said = normalise_text(cited).strip(" " + _CLOSING_MARKS)
    if "..." not in said:
        return None
    pieces = [piece.strip(_EDGE_PUNCTUATION) for piece in said.split("...")]
    opens_cut, ends_cut = not pieces[0], not pieces[-1]
    fragments = [piece for piece in pieces if piece]
    if (
        not fragments
        or len(fragments) > _MAX_CUT_PIECES
        or sum(len(fragment.split()) for fragment in fragments) < _CUT_TITLE_WORDS
    ):
        return None
    for candidate in own:
        spans, _ = _parts_in_order(candidate, fragments, 0, None)
        if len(spans) < len(fragments) or (not opens_cut and spans[0][0] != 0):
            continue
        if not ends_cut and spans[-1][1] != len(candidate):
            # The last piece ends the part: the last place it stands as whole words after the one before.
            last = fragments[-1]
            at = len(candidate) - len(last)
            previous_end = spans[-2][1] if len(spans) > 1 else 0
            if at < previous_end or _find_words(candidate, last, at) != at:
                continue
            spans[-1] = (at, len(candidate))
        # Left out between the pieces, a negating word reverses them; before the first or after the last, the
        # few words beside them ("Russia says it will …" of "… will not attack"), and a judging word anywhere.
        gaps = [candidate[end:start] for (_, end), (start, _) in itertools.pairwise(spans)]
        before, after = candidate[: spans[0][0]], candidate[spans[-1][1] :]
        near_before, near_after = _CLAUSE_MARK().split(before)[-1], _CLAUSE_MARK().split(after, maxsplit=1)[0]
        beside = _WORD.findall(near_before)[-_CUT_REACH_WORDS:] + _WORD.findall(near_after)[:_CUT_REACH_WORDS]
        said_of_it = negations_in(" ".join([*gaps, *beside])) or sorted(
            _verdicts_in(" | ".join([*gaps, before, after]))
        )
        if said_of_it:
            return TitleMatch("inside", 100.0, verdict=said_of_it[0])
        verdict = _verdict_around(candidate, whole)
        return (
            TitleMatch("inside", 100.0, verdict=verdict)
            if verdict
            else TitleMatch("same", 100.0, part=candidate)
        )
    return None


def _same_title(cited: str, shown: str, site_names: tuple[str, ...] = ()) -> TitleMatch:
    """Whether `cited` is the page's title `shown`: the whole title or the whole of one of its parts (a site
    name after the headline, a section before it), or close to one of those.

    A cited title found only inside a longer title or part is `inside`: "Bridge destroyed" is not the title
    "Fake video claims bridge destroyed", and "Bridge reopens after repairs" is not "Bridge reopens after
    repairs fail, closes again". Not a word-set measure: "Bridge destroyed" is not "The bridge was not
    destroyed", though every cited word is there.

    A part that is only the site's name (`site_names`: the page's publisher or site name, its host name's
    labels) or a section's (`_SECTION_NAMES`) confirms no title on its own: "Bridge News" cited for "Bridge
    destroyed in overnight strike | Bridge News" is `site-name`, as is a cited title that is one of
    `site_names` while the page's whole title is something else. A page whose whole title it is passes. A
    cited title of one word is `inside` a title that has words of its own beside it ("Ukraine" of "Ukraine:
    Bridge destroyed")."""
    left = _title_key(cited)
    if not left:
        return TitleMatch("different", 0.0)
    whole = _title_key(shown)
    if left == whole:
        return TitleMatch("same", 100.0)
    parts = [part.strip(_EDGE_PUNCTUATION) for part in _TITLE_PARTS.split(whole)]
    pieces = (piece.strip(_EDGE_PUNCTUATION) for part in parts for piece in _TITLE_COLON().split(part))
    candidates = list(dict.fromkeys(part for part in (whole, *parts, *pieces) if part))
    site_keys = frozenset(key for name in site_names for key in _outlet_keys(name))
    framing = {part: _framing(part, site_keys) for part in candidates if part != whole}
    own = [part for part in candidates if framing.get(part) is None]
    if left in own:
        if _one_word_beside_others(left, whole, own) or _kicker(left, parts):
            return TitleMatch("inside", 100.0)
        verdict = _verdict_around(left, whole)
        return TitleMatch("inside", 100.0, verdict=verdict) if verdict else TitleMatch("same", 100.0)
    named = framing.get(left) or ("site-name" if _outlet_keys(left) & site_keys else None)
    if named is not None:
        return TitleMatch(named, 100.0)
    cut = _cut_by_the_writer(cited, own, whole)
    if cut is not None:
        return cut
    if any(_find_words(candidate, left, 0) >= 0 for candidate in own):
        return TitleMatch("inside", 100.0)
    if _goes_on_from_a_cut(left, shown):
        return TitleMatch("same", 100.0)
    found = _closest(left, own)
    # Close to a site's or section's name rather than to the page's own title ("Bridge Nws"): that name.
    for part, kind in framing.items():
        near = _closest(left, [part]) if kind is not None else None
        if kind is not None and near is not None and near.likeness == "same" and near.score >= found.score:
            return TitleMatch(kind, near.score)
    if found.likeness == "same" and found.part and _one_word_beside_others(found.part, whole, own):
        return TitleMatch("inside", found.score)
    verdict = _verdict_around(found.part, whole) if found.likeness == "same" and found.part else None
    return TitleMatch("inside", found.score, verdict=verdict) if verdict else found


_LEADING_MARKS = on_first_use(r"^[\W_]+")  # emoji, bullets, quote marks before a post's first word
_CLOSING_MARKS = "\"')"


# Labels a post opens with before its words ("BREAKING:", "Срочно:", "UPDATE:"): the site's or a channel's
# way of flagging a post, not its opening words (normalised: case folded).
_OPENING_LABEL = on_first_use(r"([^\W\d_][^\W\d_ ]{0,15}(?: [^\W\d_]{1,15})?)\s*:\s+")
_OPENING_LABELS = _SECTION_NAMES | frozenset({
    "urgent", "flash", "alert", "срочно", "молния", "внимание", "терміново", "увага", "eilmeldung", "urgente",
})  # fmt: skip


# Words before a colon that label what follows and name no one ("Claim: «…»", "UPD: «…»", "Фейк: «…»",
# "BREAKING: «…»"), read case folded.
LABEL_WORDS = (
    _OPENING_LABELS
    | _VERDICTS
    | _DENYING_LABELS
    | frozenset({
        "upd", "update", "edit", "quote", "quotes", "headline", "title", "source", "sources", "translation",
        "translated", "original", "text", "note", "notes", "context", "caption", "question", "answer",
        "slogan", "statement", "details", "result", "summary", "important", "today", "lol", "ps", "p.s",
        "цитата", "заголовок", "источник", "источники", "перевод", "оригинал", "текст", "примечание",
        "контекст", "подпись", "вопрос", "ответ", "лозунг", "заявление", "подробности", "итог", "итоги",
        "важно", "сегодня", "джерело", "переклад", "питання", "відповідь", "гасло", "заява", "подробиці",
        "підсумок", "важливо", "сьогодні", "übersetzung", "zitat", "quelle", "traduction", "citation",
    })
)  # fmt: skip


def _opening(text: str, keep_label: bool = False) -> tuple[str, set[int]]:
    """A post's text normalised as one run of words (a sentence may go on across a line break), without the
    marks before its first word or a label it opens with (`_OPENING_LABELS`), and where in it each line
    ends."""
    flat, line_ends = "", set()
    for raw_line in text.splitlines():
        line = normalise_text(raw_line)
        if line:
            flat = f"{flat} {line}" if flat else line
            line_ends.add(len(flat))
    lead = _LEADING_MARKS().match(flat)
    skip = lead.end() if lead else 0
    label = None if keep_label else _OPENING_LABEL().match(flat, skip)
    if label is not None and label.group(1) in _OPENING_LABELS:
        skip = label.end()  # "BREAKING: Bridge destroyed." opens with the words after the label
        lead = _LEADING_MARKS().match(flat, skip)
        skip = lead.end() if lead else skip
    return flat[skip:], {end - skip for end in line_ends}


# Words a short answer holds beside the word that negates or judges ("Not true.", "That's fake!", "No, it
# isn't.").
# "That is a lie.", "It's a hoax.": an article before the verdict still makes the sentence a short answer.
# An update's label and what it says of the post ("UPD: it was not.", "Update: not confirmed.", "Unconfirmed
# report."): the post takes back or unsettles its first sentence on the next line.
_ANSWER_WORDS = frozenset({
    "true", "it", "is", "that", "that's", "this", "so", "really", "at", "all", "news", "a", "an", "it's",
    "upd", "update", "updated", "edit", "was", "confirmed", "verified", "report", "reports", "yet",
    # The same in Russian and Ukrainian ("Это фейк.", "UPD: информация не подтвердилась.").
    "это", "це", "апд", "пока", "поки", "ещё", "еще", "информация", "інформація", "инфа",
    "подтверждено", "подтверждена", "подтвердилось", "подтвердилась", "підтверджено", "підтверджена",
    "підтвердилося", "підтвердилась",
    # And in German, French and Spanish ("Das ist falsch.", "Stimmt nicht.", "C'est faux.", "Es falso."),
    # and as posts type it ("Lol no."; Russian "не так", "not so").
    "das", "ist", "stimmt", "c'est", "es", "lol", "just", "так",
    # And a fact-checker's rating, with its label and how sure it is ("Mostly false.", "Verdict: false.",
    # "Rating: Completely false."): each left the claim it rates to pass.
    "mostly", "completely", "totally", "entirely", "partly", "largely", "verdict", "rating", "ruling", "our",
})  # fmt: skip
# Ratings that say no verdict word ("Needs more context.", "Half true.", "Pants on fire!"): the words of the
# whole answer, but for its label and its article.
_RATING_ANSWERS = frozenset({
    "needs context", "needs more context", "missing context", "lacks context", "half true", "half false",
    "pants on fire",
})  # fmt: skip
_RATING_LABELS = frozenset({"verdict", "rating", "ruling", "our", "a", "an"})
# Words that answer a sentence on their own by taking it back, that are no negation inside a quote ("Nein!",
# "Non.", "Nope.", "Just kidding."): each left the post's opening to pass.
_DENYING_ANSWERS = frozenset({"nein", "non", "nope", "kidding", "joke", "joking"})
_ANSWER_CHARS = 60
_SENTENCE_MARKS = ".!?\u3002\uff01\uff1f" + _CLOSING_MARKS + " "


def _answered_against(opening: str, after: int, line_ends: set[int]) -> str | None:
    """The negating or judging word of the post's next sentence when it is a short answer to the one before
    it ("We will win? No.", "Russia attacked Ukraine. Fake!"), or None."""
    start = after
    while start < len(opening) and opening[start] in _SENTENCE_MARKS:
        start += 1
    window = opening[start : start + _ANSWER_CHARS]
    ends = [at - start for at in line_ends if start < at <= start + _ANSWER_CHARS]
    sentence_end = _SENTENCE_END().search(window)
    stop = min([*ends, sentence_end.start() if sentence_end else len(window)])
    if stop == len(window) and start + len(window) < len(opening) and not ends:
        return None  # a long sentence goes on: no short answer
    words: list[str] = _WORD.findall(window[:stop])
    rating = " ".join(word for word in words if word not in _RATING_LABELS)
    if rating in _RATING_ANSWERS:
        return rating
    negating = [word for word in words if negations_in(word)]
    judging = [word for word in words if word in _VERDICTS or word in _DENYING_ANSWERS]
    if negating and judging:
        return None  # "That is not fake." says it is true
    if (negating or judging) and all(word in negating + judging or word in _ANSWER_WORDS for word in words):
        return (negating + judging)[0]
    return None


def same_opening(cited: str, text: str) -> TitleMatch:
    """Whether `cited` is the opening of a post without a title (`text`, its first characters): the post's
    first sentence or first line, or close to one of those.

    The cited words must be a whole sentence (or line) at the post's start, not the start of a longer one:
    "Bridge destroyed" opens "Bridge destroyed. Officials confirmed it", but is only `inside` "Bridge
    destroyed claims are fake", and "Bridge destroyed. Fake!" or "Bridge destroyed? No." answers it (`verdict`
    says how), as "Bridge 'destroyed'" doubts it (`substituted`). A cited title that ends with an ellipsis
    says it was cut, and then the post need only begin with it. A label the post opens with ("BREAKING:",
    "Срочно:") may be left out, or kept."""
    match = _same_opening(cited, text)
    if match.likeness != "same" and _OPENING_LABEL().match(normalise_text(cited)):
        # A cited title that keeps the label the post opens with ("BREAKING: Bridge destroyed").
        kept = _same_opening(cited, text, keep_label=True)
        match = kept if kept.likeness == "same" else match
    # The words the opening puts in scare quotes are in its first line, as long as the cited title or so.
    first_line = text.lstrip().partition("\n")[0][: 2 * len(cited) + 20]
    distanced = _scare_quoted(cited, first_line) if match.likeness == "same" else None
    return TitleMatch("different", match.score, substituted=distanced) if distanced else match


def _same_opening(cited: str, text: str, keep_label: bool = False) -> TitleMatch:
    """`same_opening`, with the post's opening label left out or (`keep_label`) kept."""
    cut = normalise_text(cited).rstrip(" " + _CLOSING_MARKS).endswith("...")
    left = _title_key(cited)
    opening, line_ends = _opening(text, keep_label)
    if not left or not opening:
        return TitleMatch("different", 0.0)
    if _find_words(opening, left, 0, len(left)) == 0:
        after = len(left)
        while after < len(opening) and opening[after] in _CLOSING_MARKS:
            after += 1  # the end of a quotation or an aside the sentence opened with
        if after >= len(opening) or after in line_ends or _SENTENCE_END().match(opening, after):
            answer = _answered_against(opening, after, line_ends)
            if answer:
                return TitleMatch("inside", 100.0, verdict=answer)
            if _states_a_question(cited, opening, left):
                return TitleMatch("different", 100.0, asked=True)
            return TitleMatch("same", 100.0)
        # Cut where the post goes on to negate it ("We will…" for "We will not close the tunnel"), the title
        # says the opposite of the post's opening.
        if cut and _negation_beside(opening, 0, len(left)) is None:
            return TitleMatch("same", 100.0)
        return TitleMatch("inside", 100.0)
    first_line = opening[: min(line_ends, default=len(opening))].strip(_EDGE_PUNCTUATION)
    sentence_end = _SENTENCE_END().search(opening)
    sentence = opening[: sentence_end.start()] if sentence_end else opening
    for candidate in dict.fromkeys(part for part in (first_line, sentence) if part):
        # A cited title the writer cut inside with an ellipsis ("… says it will not … calls US warnings …").
        elided = _cut_by_the_writer(cited, [candidate], candidate)
        if elided is not None:
            return elided
    found = _closest(left, list(dict.fromkeys(part for part in (first_line, sentence) if part)))
    if found.likeness == "different" and _find_words(opening, left, 0) >= 0:
        return TitleMatch("inside", 100.0)
    return found


@functools.lru_cache(maxsize=1)
def _language_detector() -> object:
    from lingua import LanguageDetectorBuilder

    # Low-accuracy mode loads in a fraction of a second and tells scripts and major languages apart.
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


# How sure lingua must be before a language is named. Its low-accuracy mode takes short English for Danish
# or Dutch at 0.5-0.6 ("We will hold the line and we will win."): a quote not in its source was then called
# a translation. It is sure of a script's one language (Russian, Arabic: 1.0).
_SURE_LANGUAGE = 0.9


# Words that are an abbreviation in capitals and another word in small letters: "Russia will attack US" (the
# United States) does not say "Russia will attack us", nor "WHO said" "who said". Case folded, a quote that
# wrote one for the other passed. A text written mostly in capitals (a headline, a shouting post) tells
# neither apart.
_CASE_TELLS_APART = frozenset({"us", "who", "it", "is", "aids", "un"})


def _mostly_capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return sum(char.isupper() for char in letters) * 2 > len(letters)


def case_changed_word(quote: str, source_text: str) -> tuple[str, str] | None:
    """(as quoted, as the source writes it) for a word of `_CASE_TELLS_APART` the quote writes in capitals
    (`US`) where the source has it only in small letters (`us`, `Us`), or the other way round; None when
    there is none, or the quote or the source is written mostly in capitals. The source is searched whole:
    written both ways in it, the word is not named."""
    told_apart = [
        word for word in dict.fromkeys(_WORD.findall(quote)) if word.casefold() in _CASE_TELLS_APART
    ]
    if not told_apart or _mostly_capitals(quote) or _mostly_capitals(source_text):
        return None
    for word in told_apart:
        pattern = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", re.IGNORECASE)
        written = set(pattern.findall(source_text))
        capitals = {spelt for spelt in written if spelt.isupper()}
        small = written - capitals
        if word.isupper() and small and not capitals:
            return word, min(small)
        if not word.isupper() and capitals and not small:
            return word, min(capitals)
    return None


# German `ß` case folds to `ss`, so "in Massen" (in masses) passed on "in Maßen" (in moderation), "Busse"
# (buses) on "Buße" (penance). A word the quote writes with `ss` where the source writes it only with `ß`, or
# the other way round, is named; a word written in capitals (`MASSEN`, `STRASSE`: `ß` has long had no
# capital) is the same word either way.
_SHARP_S = on_first_use("ss|\u00df|\u1e9e", re.IGNORECASE)


def _sharp_s_spelling(word: str) -> tuple[bool, ...]:
    """Where `word` writes `ß` (True) and where `ss` (False), in order."""
    return tuple(found.lower() != "ss" for found in _SHARP_S().findall(word))


def sharp_s_changed_word(quote: str, source_text: str) -> tuple[str, str] | None:
    """(as quoted, as the source writes it) for a word the quote spells with `ss` where the source spells it
    only with `ß` (`Massen`, `Maßen`), or with `ß` where the source has only `ss`; None when there is none.
    Words in capitals, in the quote or the source, tell neither apart."""
    if _SHARP_S().search(quote) is None:
        return None
    for word in dict.fromkeys(_WORD.findall(quote)):
        if word.isupper() or _SHARP_S().search(word) is None:
            continue
        spelt = "(?:ss|\u00df|\u1e9e)".join(map(re.escape, _SHARP_S().split(word)))
        pattern = re.compile(rf"(?<![^\W_]){spelt}(?![^\W_])", re.IGNORECASE)
        written = {found for found in pattern.findall(source_text) if not found.isupper()}
        if written and all(_sharp_s_spelling(found) != _sharp_s_spelling(word) for found in written):
            return word, min(written)
    return None


# The fewest words past the first, none opening with a capital, a text must have for its language to be
# named: lingua's low-accuracy mode reads a few words, names above all, as any language ("Zelensky in
# Washington" Slovak at 0.92, "Gaza ceasefire talks" Romanian at 0.97, "Shoigu visits Donbas troops near
# Avdiivka" Estonian at 0.998), and an English title or quote was then called a translation.
_LANGUAGE_WORDS = 5


def _opens_with_capital(word: str) -> bool:
    return next((char for char in word if char.isalpha()), "").isupper()


def language_of(text: str, guess: bool = False) -> str | None:
    """The language `text` is written in (English name, e.g. `Arabic`), or None when unsure: where its words
    but the first that open with no capital (names set aside) are fewer than `_LANGUAGE_WORDS`, or they alone
    are not read as the same language, as sure. `guess`: a text of two words or more is named all the same
    (lingua's reading alone, as sure), for a caller whose text's form already says it is a translation (a
    title's half in brackets beside the other's)."""
    from lingua import LanguageDetector

    sample = text[:2000]
    if _mostly_capitals(sample):
        sample = sample.lower()  # a headline in capitals: its names can no longer be told apart
    words = sample.split()
    plain = [
        word for word in words[1:] if any(char.isalpha() for char in word) and not _opens_with_capital(word)
    ]
    if len(words) < 2 or (len(plain) < _LANGUAGE_WORDS and not guess):
        return None
    detector = _language_detector()
    assert isinstance(detector, LanguageDetector)
    likeliest = detector.compute_language_confidence_values(sample)[:1]
    if not likeliest or likeliest[0].value < _SURE_LANGUAGE:
        return None
    if len(plain) >= _LANGUAGE_WORDS:
        # Read again without its names (and its first word, as often a name): a guess they made is unsure.
        plainly = detector.compute_language_confidence_values(" ".join(plain))[:1]
        if not plainly or plainly[0].language != likeliest[0].language or plainly[0].value < _SURE_LANGUAGE:
            return None
    return likeliest[0].language.name.title()


# Scripts one language writes in together: Japanese mixes kanji with both kana.
_ONE_WRITING = {"HIRAGANA": "CJK", "KATAKANA": "CJK"}


def script_of(text: str) -> str | None:
    """The script most letters of `text` are written in (`Latin`, `Cyrillic`, `Arabic`, `CJK`, ...), from
    the first word of each letter's Unicode name; None when it has no letters."""
    counts: dict[str, int] = {}
    for char in text[:2000]:
        if char.isalpha():
            script = unicodedata.name(char, "").split(" ", 1)[0]
            script = _ONE_WRITING.get(script, script)
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    script = max(counts, key=counts.__getitem__)
    return script if script == "CJK" else script.title()


# Where a link to a video starts playing (`t=194`, `t=194s`, `t=3m14s`, `start=194`, `#t=3:14`): a time the
# note gives beside it (`at 3:14`) is that place in the video, not a time of day, and words cited there are
# spoken in it.
_TIME_CODE_KEYS = ("t", "start", "time_continue")
_TIME_CODE = on_first_use(r"(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?")
_TIME_CODE_CLOCK = on_first_use(r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})")
_MAX_LINK = 4096  # of a note's link, read for its time code
_MAX_TIME_CODE = 16


def _time_code_seconds(value: str) -> int | None:
    """The seconds a link's time code names (`194`, `194s`, `3m14s`, `1h2m3s`, `3:14`), or None."""
    clock = _TIME_CODE_CLOCK().fullmatch(value)
    coded = clock or (_TIME_CODE().fullmatch(value) if value else None)
    if coded is None or not any(coded.groups()):
        return None
    hours, minutes, seconds = (int(part or 0) for part in coded.groups())
    return hours * 3600 + minutes * 60 + seconds


def link_time_code(url: str | None) -> int | None:
    """The second a link starts its video at (its query's or its fragment's `t`, `start`), or None."""
    if url is None:
        return None
    parts = urllib.parse.urlsplit(url[:_MAX_LINK])
    for section in (parts.query, parts.fragment):
        for key, value in urllib.parse.parse_qsl(section)[:32]:
            seconds = _time_code_seconds(value[:_MAX_TIME_CODE]) if key in _TIME_CODE_KEYS else None
            if seconds is not None:
                return seconds
    return None
