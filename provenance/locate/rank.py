"""Ranking found posts against what a footnote's passage says: date, quote, speaker and order, each visible.

A score is a proposal for a person, never a verdict: the parts are kept so the reviewer sees why a post came
first. Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from provenance.checks.matching import quote_fragments, quoted_in_source
from provenance.checks.quote import named_by_source  # as the quote check reads it
from provenance.citations.dates import CitedTime, ZonedDay
from provenance.locate.registry import Account, AccountMatch, match_accounts
from provenance.names import main_script
from provenance.patterns import on_first_use

# How much each part counts; parts that cannot be judged (no quote, no other footnote) are left out and the
# rest keep their proportions.
# How near the cited day in UTC a post is, among posts that tie (`rank`): it orders them and counts for
# nothing in the score, which stays what the other parts give.
NEARNESS = "nearness"
# How much of the quoted words a post holds where it holds the quote, rarer words counting more, among posts
# that tie (`rank`): like nearness, it orders them and counts for nothing in the score.
QUOTED_WORDS = "words"
WEIGHTS = {
    "quote": 0.5,
    "speaker": 0.25,
    "date": 0.15,
    "order": 0.1,
    "time": 0.15,
    NEARNESS: 0.0,
    QUOTED_WORDS: 0.0,
}
# A cited calendar day is that day in some time zone from UTC-12 to UTC+14 (DESIGN.md section 3).
_EARLIEST_ZONE, _LATEST_ZONE = dt.timedelta(hours=14), dt.timedelta(hours=12)
# A cited time with a zone: within a couple of minutes (notes round, clocks differ) is the time, three hours
# off is none. Without a zone, only the minutes past the hour (or the half or three-quarter hour some zones
# keep) can be compared: 15 minutes off is as far as any zone can put it.
_TIME_GRACE = dt.timedelta(minutes=2)
_ZONED_TIME_REACH = dt.timedelta(hours=3)
_ZONE_STEP = dt.timedelta(minutes=30)
# The offsets clocks keep, UTC-12 to UTC+14: every whole hour, and the half and three-quarter hours some
# zones keep (Marquesas -9:30, Newfoundland -3:30 and -2:30 in summer, Iran, Afghanistan, India, Nepal +5:45,
# Myanmar, Eucla +8:45, Central Australia, Lord Howe, Chatham +12:45 and +13:45 in summer). Judged by half
# hours alone, a post just after midnight in Kathmandu or on the Chatham Islands was 15 minutes from the
# note's time in every zone: time 0, below a post of another day's clock.
_ZONE_OFFSETS = tuple(
    dt.timedelta(minutes=minutes)
    for minutes in sorted(
        {hour * 60 for hour in range(-12, 15)}
        | {-570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825}
    )
)
# Scores this close rank posts by the parts' rounding, not by anything a reviewer could check.
ALIKE = 0.02
_UNCOMPARABLE_QUOTE = 0.5  # a translated quote: neither for nor against
# A post whose time the page does not give may be from any day, years before the window: left out of the
# score, it ranked as if it were on the cited day, above a post of that day quoting a little less exactly.
_UNKNOWN_DATE = 0.5
# A post that gives the quoted words, in its own quote marks, to someone else (`Пётр Землянов: «…»` on Rybar's
# channel) repeats another's words: its speaker part counts this much of the account's match. Not 0, as for
# a forward: a report may cite the channel that quoted them (`Rybar quoted Zemlyanov: "…"`).
_REPEATED_SPEAKER = 0.5
# Of several quotes, how much counts for the share of their words a post holds, beside the best one's.
_ALL_QUOTES = 0.1
_CHANCE = 0.45  # what partial matching gives a quote against unrelated text in the same language
_MAX_TEXT = 20_000
_MIN_FRAGMENT = 12


@functools.lru_cache(maxsize=256)
def _quote_parts(quote: str) -> tuple[str, ...]:
    """The quote's parts between its ellipses (`…`, `...`, Bluebook's `. . .`, bracketed or not) and its
    writer's brackets, as the quote check reads them (`quote_fragments`: `[sic]` dropped, `[t]he` opened,
    `[Ukraine] will never surrender` the words after the bracket): the bracket's words compared as the
    post's, a post saying "We will never surrender" scored quote 0.38 for it."""
    return tuple(quote_fragments(quote[:_MAX_TEXT]))


_NOT_WORD = re.compile(r"[^\w]+")
# A text a page shows cut: it ends in an ellipsis and the page's "read more" link, or (an archived page's
# `og:description`, which sites cut) in an ellipsis alone; a post's own text may end in `...` as a style.
# Read in its last characters only.
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.)\s{0,8}$")
_READ_MORE_END = re.compile(
    r"(?:…|\.\.\.)[ \t\n]{0,8}\(?(?:read more|show more|see more|читать далее|показать полностью|"
    r"читати далі|докладніше)\)?\s{0,8}$",
    re.IGNORECASE,
)
_CUT_TAIL = 40
# A quote of several sentences may run across two posts (a channel splits a statement, a report joins it):
# a post holding some of its sentences word for word holds that part. A sentence is held at this partial
# similarity or more, and counts only from this many letters (shorter ones are left out of the share): a
# short one is found in unrelated text by chance (a 40-letter phrase of one sector report scored 0.74 in
# another), and joined to a neighbour it made that one's post hold nothing.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_HELD_SENTENCE = 0.92
_MIN_SENTENCE = 25
_CUT_BY_THE_PAGE = frozenset({"memento"})  # `FoundPost.via` of texts read from a page's description


@dataclass(frozen=True)
class FoundPost:
    """A post read while searching: where it is, when it was posted, what it says, and whose account."""

    url: str
    posted_at: dt.datetime | None
    text: str
    account: AccountMatch
    via: str  # how it was read: "telegram preview", "syndication", "memento"
    # The page gives only the post's day: `posted_at` is that day's midnight UTC, no time the page gave.
    day_only: bool = False
    # A forward of another account's post (`'Grey Zone' (@grey_zone)`): the words are theirs, not the
    # account's that forwarded them.
    forwarded_from: str | None = None
    # The original post the forward links to, when public: the post to cite.
    forwarded_url: str | None = None
    # The page says the post was edited: its text is the last version's, not what it said before.
    edited: bool = False
    # The page shows none of the post's words (Telegram's "Please open Telegram to view this post", a
    # restriction notice in their place): its text is empty, not what it says.
    words_unseen: bool = False
    # The words of the message it replies to, as the page shows them above its own (cut short): never its
    # own words, but a lead to the message that may be the one a report quotes.
    in_reply_to: str | None = None
    # Whom the post answers (the author of the message it replies to, as the page or X's JSON gives it),
    # whom its `You wrote "…"` means when its text does not open with their handle: the words it quotes
    # back are theirs, not the account's.
    addressed: str | None = None
    # The account's own earlier post this one forwards again (a channel's `Forwarded from <itself>`): the
    # same words, first posted there.
    repost_of: str | None = None
    # The ids of an edited X post's versions, oldest first, its own among them (its syndication JSON's
    # `edit_control`): each version has an id and words of its own, but they are one post.
    versions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    post: FoundPost
    parts: dict[str, float | None]
    notes: tuple[str, ...] = ()
    score: float = field(default=0.0)
    # The quote part is the neutral value for a quote in another script than the post (a translation?):
    # its words were not compared with the post's.
    quote_translated: bool = False
    # The quote part is the neutral value for a post whose text the page shows cut (`…`), that was edited
    # since, or whose words the page does not show, which does not show the quote: the words may stand past
    # the cut, in an earlier version, or in the words not shown, where nothing was compared.
    quote_cut: bool = False
    # The post holds some of a quote's sentences word for word, not all (`held_share`): the quote part is the
    # share it holds, and the rest may be in the post before or after it.
    quote_in_part: bool = False
    # The post does not hold the quote, but the message it replies to, as the page shows it, does (its quote
    # part): that message may be the one cited.
    reply_holds: float | None = None
    # The quote is in another Cyrillic language than the post (or Spanish for Portuguese), which holds it in
    # part, or in the other of Serbian's alphabets: the quote part counts the words the two languages share,
    # or the quote's letters transliterated, not the quote's words as written.
    quote_across: bool = False
    # Of the passage's several quotes, those the post does not hold, when it holds another: another post may
    # hold them (a note citing two posts).
    quotes_missing: tuple[str, ...] = ()
    # The post holds the quote nearly, not as written (a word changed, contractions or numbers written
    # otherwise): the quote part says how near, and a note which words differ.
    quote_near: bool = False
    # Hours the post falls outside the cited day in UTC (0 within it), where it counts date 1 only because
    # some zone far west or east puts it on that day; None where the note gives a month, a zone, or the
    # post no time: what `rank` orders tied posts by.
    hours_off_the_day: float | None = None
    # `rank` placed it below a post that scores as it does, as falling further outside the cited day.
    further_from_the_day: bool = False
    # The passage's quotes it was scored against: what `rank` reads again, of posts that tie, for the
    # quoted words each holds (`quoted_words_lacking`).
    quotes: tuple[str, ...] = ()
    # `rank` placed it below a post that scores as it does, as lacking more of the quoted words, or rarer
    # ones, where it holds the quote best.
    fewer_quoted_words: bool = False


def cited_day_bounds(day: dt.date, last: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
    """The UTC span in which a post falls on `day` in some time zone: [start, end). With `last` (a note
    dated to a month: its first and last days), on some day from `day` to `last` in some zone."""
    midnight = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
    closing = dt.datetime.combine(last or day, dt.time(), tzinfo=dt.UTC) + dt.timedelta(days=1)
    return midnight - _EARLIEST_ZONE, closing + _LATEST_ZONE


def window_bounds(
    day: dt.date, window_days: int, last: dt.date | None = None
) -> tuple[dt.datetime, dt.datetime]:
    """The UTC span searched: the cited day (or the days `day` to `last`, a cited month) in any time zone,
    widened by `window_days` on each side."""
    start, end = cited_day_bounds(day, last)
    spread = dt.timedelta(days=window_days)
    return start - spread, end + spread


def date_part(
    posted_at: dt.datetime | None,
    day: dt.date,
    window_days: int,
    day_only: bool = False,
    zoned: ZonedDay | None = None,
    last: dt.date | None = None,
) -> float | None:
    """1 on the cited day (any time zone), falling to 0 at the window's edge; None for an unknown time.
    With `last`, a cited month's last day (`day` its first): 1 on any day of the month, as on the cited day.

    A post whose page gives only its day is judged by that day, as the date check does: 1 on the cited day,
    0.8 a day from it (a time zone may explain it), falling to 0 a day past the window. A day the note gives
    in a zone it names (`January 21, 2022 (UTC)`: `zoned`) is that zone's day, as the date check holds it:
    judged as any zone's, a post of 01:00 UTC on the 22nd scored date 1 and was proposed for a note that its
    check then warned was of another day.
    """
    if posted_at is None:
        return None
    if day_only:
        posted_day = posted_at.date()
        apart = max((day - posted_day).days, (posted_day - (last or day)).days, 0)
        if apart == 0:
            return 1.0
        return round(max(0.0, 1 - (apart - 1) / max(window_days, 1)) * 0.8, 3)
    spans = _zoned_spans(zoned) if zoned else [cited_day_bounds(day, last)]
    if any(start <= posted_at < end for start, end in spans):
        return 1.0
    outside = min(start - posted_at if posted_at < start else posted_at - end for start, end in spans)
    reach = dt.timedelta(days=max(window_days, 0)) or dt.timedelta(seconds=1)
    return round(max(0.0, 1 - outside / reach) * 0.8, 3)


def _zoned_spans(zoned: ZonedDay) -> list[tuple[dt.datetime, dt.datetime]]:
    """Where the zone's day runs, each opening to its closing (23 or 25 hours on a day summer time begins or
    ends), else to a day after it (a zoned day made with no closings)."""
    if len(zoned.closes) == len(zoned.opens):
        return list(zip(zoned.opens, zoned.closes, strict=True))
    return [(opens, opens + dt.timedelta(days=1)) for opens in zoned.opens]


def time_part(posted_at: dt.datetime | None, cited: CitedTime, day_only: bool = False) -> float | None:
    """1 at the time the note gives, less the further the post is from it; None for a post without a time.

    With a zone the note's time is one moment; without one it is a time of day in some zone from UTC-12 to
    UTC+14 on the cited day, and the post is judged in the zone that brings it nearest.
    """
    if posted_at is None or day_only:
        return None
    if cited.zone is not None:
        apart = abs(posted_at - cited.at)
        return round(max(0.0, 1 - max(apart - _TIME_GRACE, dt.timedelta(0)) / _ZONED_TIME_REACH), 3)
    utc = posted_at.astimezone(dt.UTC).replace(tzinfo=None)
    shifted = (utc + offset for offset in _ZONE_OFFSETS)
    nearest = min(
        (abs(local - cited.at) for local in shifted if local.date() == cited.at.date()), default=None
    )
    if nearest is None:
        return 0.0
    reach = _ZONE_STEP / 2 - _TIME_GRACE
    return round(max(0.0, 1 - max(nearest - _TIME_GRACE, dt.timedelta(0)) / reach), 3)


# Letters one Cyrillic language writes and its neighbours do not: a Ukrainian report quotes a Russian channel
# in Ukrainian (`північної околиці` for `северной окраины`), one script, and the post that said it scored
# quote 0.39, no candidate, "no post of the window holds the quoted words".
_CYRILLIC_LANGUAGES = (
    ("Ukrainian", frozenset("іїєґ"), frozenset("ыэъёў")),
    ("Belarusian", frozenset("ў"), frozenset("їєґщъ")),
    ("Russian", frozenset("ыэъё"), frozenset("іїєґў")),
)


# Ukrainian and Belarusian write U+0456 (their i) in most sentences, Russian never: a Cyrillic text of this
# many letters without any of these letters of theirs is in neither. A Russian post without `ы э ъ ё` ("Наши
# войска заняли северную окраину города") was no known language, and a Ukrainian quote of it was compared
# word for word: quote 0.42 in a list of posts each "a translation" at 0.50, nothing said of it.
_LETTERS_TO_TELL = 40
_TOLD_BY_ABSENCE = {"Ukrainian": frozenset("іїєґ"), "Belarusian": frozenset("іў")}


def _cyrillic_language(text: str) -> str | None:
    """The Cyrillic language whose own letters `text` writes and whose neighbours' it does not, if one."""
    letters = set(text[:2000].casefold())
    found = [name for name, own, others in _CYRILLIC_LANGUAGES if letters & own and not letters & others]
    return found[0] if len(found) == 1 else None


def _not_in(language: str, text: str) -> bool:
    """Whether `text` is surely not in `language`: it writes a letter its neighbours have and it has none of
    its own, or, for Ukrainian and Belarusian, `_LETTERS_TO_TELL` Cyrillic letters and none of
    `_TOLD_BY_ABSENCE`."""
    letters = set(text[:2000].casefold())
    own, others = next((own, others) for name, own, others in _CYRILLIC_LANGUAGES if name == language)
    if letters & others and not letters & own:
        return True
    telling = _TOLD_BY_ABSENCE.get(language)
    if telling is None or letters & telling:
        return False
    cyrillic = sum(
        1 for char in text[:2000] if char.isalpha() and unicodedata.name(char, "").startswith("CYRILLIC")
    )
    return cyrillic >= _LETTERS_TO_TELL


# Latin-script languages near enough that a translation shares many words, each told by letters and short
# words only it writes (Spanish "y", "los"; Portuguese "não", "em", "com"): a Spanish quote of a Portuguese
# post scored quote 0.73, shown as if the post held the quote's words, nothing said. A text is in one when it
# writes two of its markers (a letter counts once) and none of the others' (Italian "una" is a Spanish
# marker, Italian "e" a Portuguese one: an Italian text writing them is none of the four).
_LATIN_LANGUAGES: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = tuple(
    (name, frozenset(letters), frozenset(words.split()))
    for name, letters, words in (
        ("Spanish", "ñ¿¡", "el los las del y una con pero muy hay sus nuestro nuestra nuestros nuestras"),
        (
            "Portuguese",
            "ãõ",
            "não em com uma umas da do das ao aos e também ele ela pela pelo pelas pelos nosso nossa nossos "
            "nossas seu sua",
        ),
        ("Italian", "", "il della delle degli nella nelle gli che di per sono anche"),
        ("French", "", "le les des du et est une dans pour qui pas nous sont cette avec"),
    )
)
_LATIN_MARKERS = 2
_WORD = re.compile(r"\w+")


def _latin_language(text: str) -> str | None:
    """The language of `_LATIN_LANGUAGES` whose markers `text` writes, two or more, and no other's, if one;
    only Spanish and Portuguese are named (the pair whose translations share most words)."""
    sample = text[:2000].casefold()
    words = set(_WORD.findall(sample))
    letters = set(sample)
    counts = [
        (name, len(words & own_words) + (1 if letters & own_letters else 0))
        for name, own_letters, own_words in _LATIN_LANGUAGES
    ]
    found = [name for name, count in counts if count >= _LATIN_MARKERS]
    if len(found) != 1 or sum(count for _, count in counts) != dict(counts)[found[0]]:
        return None
    return found[0] if found[0] in _NAMED_LATIN else None


_NAMED_LATIN = frozenset({"Spanish", "Portuguese"})


def _other_language(quote: str, text: str) -> tuple[str, str] | None:
    """(the quote's language, the post's) when both are Cyrillic languages told apart by their letters, or
    Spanish and Portuguese by their markers (`_latin_language`), and differ, the post's named "not <the
    quote's>" when it is only known not to be that (`_not_in`), and the quote's likewise; else None (one
    language, or not known)."""
    quote_latin, post_latin = _latin_language(quote), _latin_language(text)
    if quote_latin and post_latin:
        return (quote_latin, post_latin) if quote_latin != post_latin else None
    quote_language, post_language = _cyrillic_language(quote), _cyrillic_language(text)
    if quote_language and post_language:
        return (quote_language, post_language) if quote_language != post_language else None
    if quote_language and _not_in(quote_language, text):
        return quote_language, f"not {quote_language}"
    if post_language and _not_in(post_language, quote):
        return f"not {post_language}", post_language
    return None


# Russian prints its yo (U+0451) as ye (U+0435) mostly, and a report may write either (`ребёнок`, `ребенок`);
# Ukrainian writes its apostrophe as U+0027, U+2019 or U+02BC, a letter (`пам\u02bcять` was one word, and
# `пам'ять` two): each is a break between words, as U+0027 is. A short quote compared by whole words scored
# 0.00 in the post saying it for either. (Dropped, not a break, the apostrophe joined a Turkish suffix or an
# English possessive to its word: "Russia" was no longer held by "Russia's".)


# Arabic's short vowels and other marks (harakat, shadda, sukun, Quranic marks) and its tatweel, which
# stretches a word for emphasis (`انتصـــار`), and Hebrew's points (niqqud, cantillation) are mostly left
# unwritten, or written in one of the two texts only; Arabic's hamza on an alef, its final alef maksura and
# Persian's yeh and kaf are written for one another. A short quote compared by whole words scored 0.00 in
# the post saying it with one mark more (`الجَيش` for `الجيش`).
_UNWRITTEN_MARKS = re.compile(
    "[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670"
    "\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]"
)
_LETTERS_WRITTEN_FOR_ONE_ANOTHER = str.maketrans(
    {
        "\u0451": "\u0435",  # Russian's yo, printed as ye
        "\u0623": "\u0627",  # alef with hamza above, below, madda, wasla: alef
        "\u0625": "\u0627",
        "\u0622": "\u0627",
        "\u0671": "\u0627",
        "\u0649": "\u064a",  # alef maksura, Persian yeh: yeh
        "\u06cc": "\u064a",
        "\u06a9": "\u0643",  # Persian kaf: kaf
        "\u0131": "i",  # Turkish dotless i, whose capital folds to i
        "\u02bc": "'",  # the modifier letters apostrophe and prime, written for the apostrophe
        "\u02b9": "'",
        "\u015f": "\u0219",  # Romanian's s and t with a cedilla, written for its own with a comma below
        "\u0163": "\u021b",
    }
)
# Latin letters whose mark is no combining one (NFD leaves them whole), written without it.
_LATIN_LETTERS_UNMARKED = str.maketrans(
    {"\u0142": "l", "\u0141": "L", "\u0111": "d", "\u0110": "D", "\u00f8": "o", "\u00d8": "O", "\u0127": "h"}
)


# The note on a quote compared without its accents: the words as written, save for their marks, so the
# candidate is no near match, nor one across languages (`Candidate.quote_across`).
_OTHER_ACCENTS = "quote and post write the words with other accents or none"


# Of a quote's words of four letters or more, the share a post must hold, without accents, before the quote is
# compared with it so: most posts of a window hold none of them, and the comparison doubled their cost.
_UNACCENTED_WORDS_HELD = 0.5


def _unaccented_similarity(quote: str, text: str) -> float:
    """The quote part of `quote` in `text`, both without their accents (`_without_accents`); 0 where the post
    holds under half the quote's longer words so (one scan of the post a word: linear)."""
    plain_quote, plain_text = _without_accents(quote), _without_accents(text[:_MAX_TEXT])
    words = [word for word in _comparable(plain_quote).split() if len(word) >= 4]
    held = f" {_comparable(plain_text)} "
    if words and sum(f" {word} " in held for word in words) < _UNACCENTED_WORDS_HELD * len(words):
        return 0.0
    return _above_chance(quote_similarity(plain_quote, plain_text))


def _without_accents(text: str) -> str:
    """`text` with its letters' accents and marks left out (`kawałka` as `kawalka`, `nepošle` as `neposle`,
    `țării` as `tarii`), as posts typed on a keyboard without them write it."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).translate(
        _LATIN_LETTERS_UNMARKED
    )


def _comparable(text: str) -> str:
    # A capital dotted I (Turkish) case folds to `i` and a combining dot, a break between words: `İstanbul`
    # was "i stanbul", and scored 0.00 against the post's "Istanbul" (as the quote check reads it, `i`). And
    # the dotless i's (U+0131) capital is `I`, which folds to `i`: "LIMANI" is the word written with it.
    folded = unicodedata.normalize("NFKC", text).casefold().replace("i\u0307", "i")
    folded = folded.translate(_LETTERS_WRITTEN_FOR_ONE_ANOTHER)
    folded = _UNWRITTEN_MARKS.sub("", folded)
    return " ".join(_NOT_WORD.sub(" ", folded).split())


# A quote of a few words is compared with runs of whole words of the post, and held to a higher chance:
# matched letter by letter anywhere, "this is genocide" scored 0.94 in "This is genocidal rhetoric" and
# 0.77 in the post saying "This is a genocide", which came second; and two to five words score 0.6 to 0.9
# against unrelated text of the language by letters alone (of 300 phrases of this README against others,
# the hundredth best: 0.93 for two words, 0.79 for five), so "the supply road is cut" scored 0.59 in a post
# saying the road "remains open", and "we will not retreat" 0.74 in "We will not rest". Above these chances
# a word may be misspelt or inflected ("supply roads are cut", 0.57), not another word.
_SHORT_WORDS = 5
_SHORT_CHANCE = {1: 0.9, 2: 0.9, 3: 0.85, 4: 0.78, 5: 0.7}


def _word_runs(words: Sequence[str], sizes: Sequence[int]) -> list[str]:
    """Every run of `sizes` consecutive words of the text, joined by spaces."""
    return [" ".join(words[i : i + size]) for size in sizes for i in range(max(1, len(words) - size + 1))]


def _short_similarity(fragment: str, text: str) -> float:
    """A fragment of a few words against the runs of whole words of the text as long as it, a word more or
    less (a word written joined, `cease-fire`), rescaled so that the chance of its length (`_SHORT_CHANCE`)
    lands where `_CHANCE` does for longer quotes."""
    if f" {fragment} " in f" {text} ":
        return 1.0
    size = len(fragment.split())
    words = text.split()
    runs = _word_runs(words, [n for n in (size - 1, size, size + 1) if n >= 1])
    joined = fragment.replace(" ", "")
    if any(run.replace(" ", "") == joined for run in runs):
        return 1.0  # the same letters, a hyphen or space apart: `cease-fire` for `ceasefire`
    found = process.extractOne(fragment, runs, scorer=fuzz.ratio) if runs else None
    similarity = found[1] / 100 if found is not None else 0.0
    chance = _SHORT_CHANCE[size]
    above = max(0.0, similarity - chance) / (1 - chance)
    if above < _INFLECTED and main_script(fragment) == "CYRILLIC" and _inflected_in(fragment.split(), words):
        above = _INFLECTED
    return _CHANCE + (1 - _CHANCE) * above


# A Russian or Ukrainian report fits the words it quotes into its own sentence ("назвал это «полным
# разгромом»" of a post saying "полный разгром"): the same words, their endings changed, scored quote 0 by
# letters. Each word the same or sharing its beginning, all but its last three letters (four at least), in
# the same order, counts this much: a candidate, below a post holding the words as written. Cyrillic only:
# in English the same beginnings are other words ("genocidal" for "genocide").
_INFLECTED = 0.7
_STEM_LETTERS = 4
_ENDING_LETTERS = 3
# The letters Russian, Ukrainian and Belarusian endings are written with: the vowels, and the consonants of
# their case, adjective and verb endings (`городом`, `городах`, `городов`, `полный`, `полного`, `сказал`,
# `знаешь`, `вернулся`), and of a dropped vowel's (`ребёнок`, `ребёнка`). Words the same up to another
# word's suffix (`провал`, `провокация`; `зрада`, `зрадник`) or another last letter of the stem (`побег`,
# `победа`) are other words: a one-word quote «провал» scored 0.70 in a post saying "провокация", a candidate
# singled out for a word it does not say.
_ENDING_LETTER = frozenset("аеёиоуыэюяіїєўйьмхвтлшксг")


def _an_ending(tail: str) -> bool:
    return len(tail) <= _ENDING_LETTERS and all(letter in _ENDING_LETTER for letter in tail)


def _same_word_inflected(quoted: str, written: str) -> bool:
    """Whether two words are one, or one inflected otherwise: both of `_STEM_LETTERS` letters or more, the
    same up to the shorter's last `_ENDING_LETTERS` letters, and what follows the same letters in each, at
    some place in that reach, written as an ending is (`_ENDING_LETTER`, at most `_ENDING_LETTERS`)."""
    if quoted == written:
        return True
    shorter = min(len(quoted), len(written))
    stem = max(_STEM_LETTERS, shorter - _ENDING_LETTERS)
    if shorter < _STEM_LETTERS or quoted[:stem] != written[:stem]:
        return False
    return any(
        quoted[:cut] == written[:cut] and _an_ending(quoted[cut:]) and _an_ending(written[cut:])
        for cut in range(stem, shorter + 1)
    )


def _inflected_in(quoted: Sequence[str], words: Sequence[str]) -> bool:
    """Whether some run of the text's words is the quoted words, each one the same or inflected otherwise."""
    size = len(quoted)
    return any(
        all(
            _same_word_inflected(word, written)
            for word, written in zip(quoted, words[i : i + size], strict=True)
        )
        for i in range(len(words) - size + 1)
    )


# Scripts written without spaces between words: a quote in one is matched letter by letter, as any long one.
_UNSPACED_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN"})


def _fragment_similarity(fragment: str, text: str) -> float:
    if len(fragment.split()) <= _SHORT_WORDS and main_script(fragment) not in _UNSPACED_SCRIPTS:
        return _short_similarity(fragment, text)
    if len(fragment) >= len(text):
        return fuzz.ratio(fragment, text) / 100
    return fuzz.partial_ratio(fragment, text) / 100


def quote_similarity(quote: str, text: str, spelled_alike: bool = False) -> float:
    """0..1: how well the quote's words appear in the post; each part between ellipses counts, a part of
    five words or fewer in whole words of the post, against its higher chance (`_short_similarity`).
    `spelled_alike`: English contractions and number words written one way in both (`_spelled_alike`)."""
    target = _comparable(text[:_MAX_TEXT])
    fragments = [_comparable(part) for part in _quote_parts(quote)]
    if spelled_alike:
        target = _spelled_alike(target)
        fragments = [_spelled_alike(part) for part in fragments]
    # A short part is compared by whole words (`_short_similarity`), against its chance: left out, a post
    # without it scored as the post holding the quote ("we will lose. glory to ukraine" 1.00 for "We will win
    # … Glory to Ukraine"). Letter by letter, in a script written without spaces, a short part matches
    # unrelated text by chance: left out there.
    fragments = [
        part
        for part in fragments
        if len(part) >= _MIN_FRAGMENT or (part and main_script(part) not in _UNSPACED_SCRIPTS)
    ] or [_comparable(quote)]
    fragments = [part for part in fragments if part]
    if not fragments or not target:
        return 0.0
    total = sum(len(part) for part in fragments)
    return sum(_fragment_similarity(part, target) * len(part) for part in fragments) / total


# English contractions and number words, each written one way in quote and post (`_spelled_alike`): a report
# quoting "we won't retreat" of a post saying "We will not retreat" scored quote 0.09, "three vehicles were
# destroyed" of "3 vehicles were destroyed" 0.50, and neither post was a candidate. Read alike, such a post
# counts `_SPELLED_ALIKE` of the match, below one holding the words as written, and a note names them.
_SPELLED_ALIKE = 0.95
# Read alike, a quote must gain this much to count so: "three" of a quote read as "3" in a post lacking those
# words moved its letters, not its match.
_SPELLING_GAIN = 0.05
_NOT_CONTRACTED = {"won": "will", "can": "can", "shan": "shall"}
_CLITICS = {"re": "are", "ll": "will", "ve": "have"}
_UNITS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
    *("twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"),
)
_TENS = ("thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER_WORDS = {word: str(value) for value, word in enumerate(_UNITS)} | {
    word: str(value * 10) for value, word in enumerate(_TENS, 3)
}


def _spelled_alike(comparable: str) -> str:
    """A comparable text (`_comparable`: apostrophes are spaces) with its contractions written out (`won t`
    as `will not`, `don t` as `do not`, `we re` as `we are`, `cannot` as `can not`) and number words as
    digits (`three` as `3`). `'s` and `'d` (is, has or a possessive; had or would) are left as written."""
    words: list[str] = []
    for word in comparable.split():
        last = words[-1] if words else ""
        if word == "t" and len(last) > 1 and last.endswith("n"):
            words[-1:] = [_NOT_CONTRACTED.get(last, last[:-1]), "not"]
        elif word in _CLITICS and last:
            words.append(_CLITICS[word])
        elif word == "m" and last == "i":
            words.append("am")
        elif word == "cannot":
            words += ["can", "not"]
        else:
            words.append(_NUMBER_WORDS.get(word, word))
    return " ".join(words)


def _spelled_otherwise(quote: str, text: str) -> bool:
    """Whether the quote or the post has a contraction or number word `_spelled_alike` writes otherwise: only
    then is the quote compared a second time, spelled alike."""
    return any(
        _spelled_alike(comparable) != comparable
        for comparable in (_comparable(quote[:_MAX_TEXT]), _comparable(text[:_MAX_TEXT]))
    )


# What is shown of a near quote's differences: at most this many, each of this many words at most, and only
# for a quote part of this many words (beyond, the words are compared, not listed).
_SHOWN_DIFFERENCES = 3
_DIFFERENCE_WORDS = 6
_DIFFERENCE_LETTERS = 60
_LISTED_QUOTE_WORDS = 300


def quote_differences(quote: str, text: str) -> list[str]:
    """Where the post's words differ from the quote's, in the passage of the post that matches each part of
    the quote best (`the post says "column" for "convoy"`, `the post adds "never"`, `the post lacks "out"`):
    what makes the quote near, not as written. Words are shown as written, in lower case, without the
    punctuation around them; words that differ only by that, or by a hyphen or apostrophe, are not listed.
    At most `_SHOWN_DIFFERENCES`."""
    import difflib  # only for the few posts that hold a quote nearly

    target = _words_shown(text[:_MAX_TEXT])
    differences: list[str] = []
    for part in _quote_parts(quote):
        fragment = _words_shown(part)
        quoted = fragment.split()
        if not quoted or len(quoted) > _LISTED_QUOTE_WORDS or not target:
            continue
        written = target.split()
        if len(quoted) <= _SHORT_WORDS and len(written) > len(quoted) + 1:
            # A few words are compared with runs of whole words (`_short_similarity`): the best run.
            sizes = [n for n in (len(quoted) - 1, len(quoted), len(quoted) + 1) if n >= 1]
            best = process.extractOne(fragment, _word_runs(written, sizes), scorer=fuzz.ratio)
            written = best[0].split() if best is not None else written
        elif len(fragment) < len(target):
            aligned = fuzz.partial_ratio_alignment(fragment, target)
            # The aligned letters (as many as the quote's) widened by half as many again each side, to whole
            # words: words the post adds ("Мы никогда не отступим", a clause the report left out unmarked)
            # pushed the quote's last words out of the span, and they were said to be lacking.
            reach = len(fragment) // 2
            from_at = max(0, (aligned.dest_start if aligned is not None else 0) - reach)
            to_at = (aligned.dest_end if aligned is not None else len(target)) + reach
            start = target.rfind(" ", 0, from_at) + 1 if from_at > 0 else 0
            end = target.find(" ", to_at) if to_at < len(target) else -1
            written = target[start : end if end >= 0 else len(target)].split()
        matcher = difflib.SequenceMatcher(None, quoted, written, autojunk=False)
        for tag, q_from, q_to, w_from, w_to in matcher.get_opcodes():
            # At the quote's edge, the post's words put for the quote's are those next to the rest of the
            # quote, as many: the span read around it gave "at dawn 3" for "three".
            if tag == "replace" and q_from == 0:
                w_from = max(w_from, w_to - (q_to - q_from))
            if tag == "replace" and q_to == len(quoted):
                w_to = min(w_to, w_from + (q_to - q_from))
            said = _shown_words(quoted[q_from:q_to])
            post = _shown_words(written[w_from:w_to])
            if tag == "replace" and _comparable(said) == _comparable(post):
                continue  # `dead-end` for `dead end`: typography, not words
            if tag == "replace":
                differences.append(f'the post says "{post}" for "{said}"')
            elif tag == "delete":
                differences.append(f'the post lacks "{said}"')
            elif tag == "insert" and 0 < q_from < len(quoted):
                differences.append(f'the post adds "{post}"')
            if len(differences) >= _SHOWN_DIFFERENCES:
                return differences
    return differences


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def _words_shown(text: str) -> str:
    """The text's words as written, in lower case, without the punctuation before or after them (a word's
    own apostrophe or hyphen kept, each apostrophe written `'`), one space apart."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)
    return " ".join(word for word in map(_without_marks_around, folded.split()) if word)


def _in_a_word(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char)[0] == "M"


def _without_marks_around(word: str) -> str:
    """The word without the punctuation before and after it (`“won't,”` → `won't`), in one pass each way:
    a pattern for the marks after a word went back over each run of them for every mark in it."""
    start = next((at for at, char in enumerate(word) if _in_a_word(char)), len(word))
    end = next((at + 1 for at in range(len(word) - 1, start - 1, -1) if _in_a_word(word[at])), start)
    return word[start:end]


def _shown_words(words: Sequence[str]) -> str:
    shown = " ".join(words[:_DIFFERENCE_WORDS])
    if len(shown) > _DIFFERENCE_LETTERS:
        return shown[:_DIFFERENCE_LETTERS] + "…"
    return shown + (" …" if len(words) > _DIFFERENCE_WORDS else "")


def _sentences(quote: str) -> list[str]:
    """The quote's sentences (and parts between ellipses) of `_MIN_SENTENCE` letters or more, comparable."""
    pieces = (_comparable(sentence) for part in _quote_parts(quote) for sentence in _SENTENCE_END.split(part))
    return [piece for piece in pieces if len(piece) >= _MIN_SENTENCE]


def held_share(quote: str, text: str) -> float:
    """Of the letters in the quote's sentences long enough to judge (`_sentences`), the share in those the
    post holds word for word (`_HELD_SENTENCE`): 1 for a post holding every one, about a half for one of two
    posts a quote of two sentences runs across; 0 for a quote with no sentence long enough."""
    target = _comparable(text[:_MAX_TEXT])
    pieces = _sentences(quote)
    total = sum(len(piece) for piece in pieces)
    if not target or total == 0:
        return 0.0
    held = sum(len(piece) for piece in pieces if _fragment_similarity(piece, target) >= _HELD_SENTENCE)
    return held / total


def quoted_words_lacking(quotes: Sequence[str], text: str) -> tuple[str, ...]:
    """The quotes' words (case folded, as compared) the post lacks where it holds each quote best: of a part
    of five words or fewer, the run of the post's words most like it; of a longer part, the post's words its
    letters align with, and a word either side. A post holding a quote as written lacks none of it, and a
    quoted word the post says only further off is not held (`Kreminna` in another sentence). A Latin quote
    of a Cyrillic post is compared romanised, as the quote part compares it."""
    return _quoted_words(quotes, text)[1]


def _quoted_words(quotes: Sequence[str], text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The quotes' words as compared with the post (`quoted_words_lacking`), and those it lacks."""
    compared: list[str] = []
    lacking: list[str] = []
    for quote in quotes:
        written = text
        if _romanised_pair(quote, text):
            quote, written = _romanised(quote), _romanised(text)
        target = _comparable(written[:_MAX_TEXT])
        for part in _quote_parts(quote):
            fragment = _comparable(part)
            compared.extend(fragment.split())
            if not fragment or f" {fragment} " in f" {target} ":
                continue
            held = set(_most_alike_words(fragment, target).split())
            lacking.extend(word for word in fragment.split() if word not in held)
    return tuple(compared), tuple(lacking)


def _romanised_pair(quote: str, text: str) -> bool:
    """Whether the quote is in Latin letters and the post in Cyrillic: compared romanised."""
    return (main_script(quote), main_script(text)) == _TRANSLITERATED


def _most_alike_words(fragment: str, target: str) -> str:
    """The words of `target` (both `_comparable`) where `fragment` is most like it, as `_fragment_similarity`
    compares them: a run of whole words for a short fragment, else the letters aligned, widened to words."""
    size = len(fragment.split())
    if size <= _SHORT_WORDS:
        runs = _word_runs(target.split(), [n for n in (size - 1, size, size + 1) if n >= 1])
        found = process.extractOne(fragment, runs, scorer=fuzz.ratio) if runs else None
        return found[0] if found is not None else ""
    if len(fragment) >= len(target):
        return target
    aligned = fuzz.partial_ratio_alignment(fragment, target)
    if aligned is None:
        return ""
    # Aligned letter for letter over the fragment's length, the window misses a quoted word at its edge
    # where the post's word beside it is longer (`three russian` for `three enemy`): a word more each side.
    start = target.rfind(" ", 0, aligned.dest_start) + 1
    end = target.find(" ", aligned.dest_end)
    end = len(target) if end < 0 else end
    return " ".join([*target[:start].split()[-1:], target[start:end], *target[end:].split()[:1]])


# A clause of a quote: its sentences cut again after a comma, semicolon or colon, or at a spaced dash.
_CLAUSE_END = re.compile(r"(?<=[.!?…,;:]) | [\u2014\u2013-] ")


def edited_share(quotes: Sequence[str], text: str) -> float:
    """Of the letters in a quote's clauses long enough to judge (`_MIN_SENTENCE`), the share in those the
    post holds word for word (`_HELD_SENTENCE`), the best of the quotes: what an edited post's last version
    still holds of a quote ("The enemy withdrew from the bridge overnight" of "…, leaving its heavy equipment
    behind"), whose other clauses may be the earlier version's."""
    target = _comparable(text[:_MAX_TEXT])
    best = 0.0
    for quote in quotes:
        squeezed = " ".join(quote[:_MAX_TEXT].split())
        pieces = [
            piece
            for part in _quote_parts(squeezed)
            for clause in _CLAUSE_END.split(part)
            if len(piece := _comparable(clause)) >= _MIN_SENTENCE
        ]
        total = sum(len(piece) for piece in pieces)
        if not target or total == 0:
            continue
        held = sum(len(piece) for piece in pieces if _fragment_similarity(piece, target) >= _HELD_SENTENCE)
        best = max(best, held / total)
    return best


def _above_chance(similarity: float) -> float:
    """Similarity rescaled so that unrelated text of one language (about 0.4 by partial matching) is 0."""
    return max(0.0, (similarity - _CHANCE) / (1 - _CHANCE))


def quote_part(quotes: Sequence[str], text: str) -> tuple[float | None, tuple[str, ...]]:
    """The best quote's similarity, and of several quotes all compared a tenth for how much of their words
    the post holds (a post with one short quote of the passage's is not as surely the one as a post with
    all of them); a quote in another script than the post, or in another Cyrillic language (Ukrainian,
    Belarusian, Russian, told apart by their own letters, and Ukrainian and Belarusian by their absence from
    a text of some length), cannot be compared, unless the post holds its words as written (the quote's
    words, and more letters of another script: links, hashtags). The notes say so only when such a quote
    gives the part (the neutral value), so they say it was not compared; of several quotes all compared, they
    name those the post does not hold when it holds another. A quote in another Cyrillic language, or Spanish
    for Portuguese (`_latin_language`), that the post holds in part (the words the languages share) keeps its
    part, and a note says it is a translation's; a Serbian quote in the other alphabet than the post is
    compared in the Latin one, and a note says so.
    """
    value, translated, not_held, in_part, across, near = _quote_part(quotes, text)
    return value, (*translated, *not_held, *in_part, *across, *near)


def _languages_text(languages: tuple[str, str]) -> str:
    """`quote in Ukrainian, post in Russian`, or `post not in Ukrainian` when that is all that is known (none
    of its letters in a text long enough to tell)."""
    quote, post = languages
    quote_text = f"quote not in {quote[4:]}" if quote.startswith("not ") else f"quote in {quote}"
    post_text = f"post not in {post[4:]}" if post.startswith("not ") else f"post in {post}"
    return f"{quote_text}, {post_text}"


_QuotePart = tuple[
    float | None, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]
]


def _quote_part(quotes: Sequence[str], text: str) -> _QuotePart:
    """`quote_part`'s value, the notes saying a translation was not compared, those naming quotes the post
    does not hold, those naming the sentences of a quote it holds only some of, those saying a quote in
    another language than the post scored by the words the two share, or in the other of Serbian's
    alphabets compared transliterated, and those saying the post holds a quote nearly, not as written, and
    where its words differ (`_near_note`). A quote of several
    sentences the post holds some of word for word counts at least the share it holds (`held_share`): run
    across two posts, it scored below chance in each, and neither was a candidate. English contractions and
    number words written otherwise (`won't`, `will not`; `three`, `3`) are read alike, counting
    `_SPELLED_ALIKE` of the match."""
    if not quotes:
        return None, (), (), (), (), ()
    post_script = main_script(text)
    scored: list[float] = []
    notes: list[str] = []
    in_part: list[str] = []
    across: list[str] = []
    near: list[str] = []
    for quote in quotes:
        quote_script = main_script(quote)
        found = _above_chance(quote_similarity(quote, text))
        share = held_share(quote, text) if found < 1 else 1.0
        if 0 < share < 1:
            found = max(found, round(share, 3))
            in_part.append(_in_part_note(quote, text))
        spelled_alike = False
        if (
            found < _SPELLED_ALIKE
            and quote_script == post_script == "LATIN"
            and not 0 < share < 1
            and _spelled_otherwise(quote, text)
        ):
            alike = _above_chance(quote_similarity(quote, text, spelled_alike=True))
            alike = round(_SPELLED_ALIKE * alike, 3)
            if alike >= found + _SPELLING_GAIN:
                found, spelled_alike = alike, True
        if (
            found < 1
            and quote_script == post_script == "LATIN"
            and not (quote.isascii() and text.isascii())
            and not 0 < share < 1
        ):
            # A Polish, Czech, Romanian or Turkish quote of a post typed without its accents, or quoted
            # without the post's (`kawalka` for `kawałka`): the same words, scored as a near match ("the post
            # says "kawalka" for "kawałka"", 0.88), and a Czech quote's every word below chance (0.44).
            unmarked = _unaccented_similarity(quote, text)
            if unmarked >= found + _SPELLING_GAIN or unmarked == 1 > found:
                found = unmarked
                across.append(f"{_OTHER_ACCENTS}: compared without them (quote {found:.2f})")
        # Words found as written are no translation, whatever script most of the post's letters are in: a
        # Russian post's links and hashtags outnumber its Cyrillic letters, and the quote it holds scored 0.5.
        languages = _other_language(quote, text) if found < _AS_WRITTEN else None
        scripts_differ = bool(post_script and quote_script and quote_script != post_script)
        if scripts_differ and found <= _UNCOMPARABLE_QUOTE and _serbian_pair(quote, text):
            # Serbian writes both alphabets, letter for letter: a Cyrillic quote of a Latin post is the same
            # words, and was listed as "a translation" not compared.
            in_latin = _above_chance(quote_similarity(_serbian_latin(quote), _serbian_latin(text)))
            if in_latin > _UNCOMPARABLE_QUOTE:
                found, languages = in_latin, None
                across.append(
                    f"quote and post in Serbian's two alphabets: compared letter for letter in its Latin one "
                    f"(quote {found:.2f}), not as written"
                )
        if scripts_differ and found <= _UNCOMPARABLE_QUOTE and (quote_script, post_script) == _TRANSLITERATED:
            # A Russian or Ukrainian post's words written in Latin letters ("Vsyo idyot po planu"): the same
            # words, listed as "a translation" not compared, and the post that said them not singled out.
            romanised = _transliterated_similarity(quote, text)
            if romanised > _UNCOMPARABLE_QUOTE:
                found, languages = romanised, None
                across.append(
                    f"quote in Latin letters, post in Cyrillic: compared transliterated (quote {found:.2f}), "
                    "not as written"
                )
        if scripts_differ and found <= _UNCOMPARABLE_QUOTE:
            notes.append(
                f"quote in {(quote_script or '').title()} script, post in {(post_script or '').title()}: a "
                "translation cannot be compared word for word"
            )
            scored.append(_UNCOMPARABLE_QUOTE)
        elif languages is not None and found <= _UNCOMPARABLE_QUOTE:
            notes.append(f"{_languages_text(languages)}: a translation cannot be compared word for word")
            scored.append(_UNCOMPARABLE_QUOTE)
        else:
            if languages is not None:
                # A Ukrainian quote scored 0.70 in the Russian post it translates ("Противник відступає" for
                # "Противник отступает"): the words the languages share, shown as if the post held the quote.
                across.append(
                    f"{_languages_text(languages)}: the quote part ({found:.2f}) counts the words the two "
                    "languages share, not the quote's words as written (a translation?); read the post for "
                    "what the report translates"
                )
            if _UNCOMPARABLE_QUOTE < found < 1 and languages is None and not 0 < share < 1:
                near.append(_near_note(quote, text, found, spelled_alike, len(quotes) > 1))
            scored.append(found)
    best = max(scored)
    weights = [len(_comparable(quote)) for quote in quotes]
    total: int = sum(weights)
    if len(quotes) > 1 and not notes and total > 0:
        share = sum(weight * value for weight, value in zip(weights, scored, strict=True)) / total
        value = round((1 - _ALL_QUOTES) * _best_evidence(quotes, scored) + _ALL_QUOTES * share, 3)
        return value, (), _quotes_not_held(quotes, scored), tuple(in_part), tuple(across), tuple(near)
    if best == _UNCOMPARABLE_QUOTE and notes:
        return round(best, 3), tuple(dict.fromkeys(notes)), (), (), (), ()
    return round(best, 3), (), (), tuple(in_part), tuple(across), tuple(near)


def _near_note(quote: str, text: str, found: float, spelled_alike: bool, several: bool) -> str:
    """What to say of a post holding a quote nearly (quote part below 1): not as written, and where its words
    differ, so that a near match is never read as the quoted words found. A post whose words differ from the
    quote's by a word changed, typography or an ellipsis the report left unmarked was shown as `quote 0.87`
    and nothing more, as if the words were there."""
    which = f" {shown_quote(quote)}" if several else ""
    differences = quote_differences(quote, text)
    said = f": {'; '.join(differences)}" if differences else ": read the post for the words it gives"
    alike = (
        f" (contractions and numbers written otherwise are read alike, counting {_SPELLED_ALIKE:.2f} of the "
        "match)"
        if spelled_alike
        else ""
    )
    return f"holds the quote{which} nearly, not as written (quote {found:.2f}){alike}{said}"


# A quote of a word or two beside one of more than `_SHORT_WORDS` words (a report's scare quotes, `the
# so-called "liberators"`, before the statement it quotes) is found in many posts: a post holding it alone
# scored quote 0.91, beside 0.99 for the post holding the statement, and was singled out by one word. It
# counts at most the neutral value: the post is listed, the statement's words single out the post.
_SCARE_QUOTE_WORDS = 2


def _best_evidence(quotes: Sequence[str], scored: Sequence[float]) -> float:
    """The best of several quotes' parts, a quote of `_SCARE_QUOTE_WORDS` words or fewer counting at most
    `_UNCOMPARABLE_QUOTE` beside a quote of more than `_SHORT_WORDS` words."""
    words = [len(_comparable(quote).split()) for quote in quotes]
    if max(words) <= _SHORT_WORDS:
        return max(scored)
    return max(
        min(value, _UNCOMPARABLE_QUOTE) if count <= _SCARE_QUOTE_WORDS else value
        for value, count in zip(scored, words, strict=True)
    )


# A quote the post holds this well holds its words as written (an ellipsis, a typo apart): no translation.
_AS_WRITTEN = 0.9
# Serbian's Cyrillic alphabet and its Latin one, letter for letter (Vuk's and Gaj's); the letters only Serbian
# Cyrillic writes, and those of Gaj's Latin, tell a text is Serbian (or Croatian, Bosnian) in either.
_SERBIAN_TO_LATIN: dict[int, str] = {
    **{
        ord(c): latin
        for c, latin in zip("абвгдђежзијклмнопрстћуфхцчш", "abvgdđežzijklmnoprstćufhcčš", strict=True)
    },
    **{ord("љ"): "lj", ord("њ"): "nj", ord("џ"): "dž"},
}
_SERBIAN_CYRILLIC = frozenset("ђјљњћџ")
_GAJ_LATIN = frozenset("čćžšđ")


_TRANSLITERATED = ("LATIN", "CYRILLIC")
# The ways Cyrillic letters are written in Latin ones that differ between schemes (`ё` as yo, jo, io or e;
# `я` as ya, ja, ia; `щ` as shch, sch; `й`, `ы`, `и` as y, j, i): each written one way in both texts. German
# reports write Russian as German spells it (`Wsjo idjot po planu`, `Sacharowa`: `в` as w, `з` as s, `ж` and
# `ш` as sch, `ч` as tsch), and Ukrainian's own scheme writes ghe as h and yi as yi (`zhodnoho`, `nashoyi`),
# where the posts romanised by one scheme give v, z, zh, ch, g and i: the sibilants are one letter, `в` one,
# ghe one with kha.
_TRANSLITERATION_VARIANTS = {
    "shch": "s",
    "tsch": "c",
    "sch": "s",
    "sh": "s",
    "ch": "c",
    "zh": "s",
    "ss": "s",
    "z": "s",
    "w": "v",
    "kh": "h",
    "g": "h",
    "ts": "c",
    "tz": "c",
    "yo": "e",
    "jo": "e",
    "io": "e",
    "ya": "a",
    "ja": "a",
    "ia": "a",
    "yu": "u",
    "ju": "u",
    "iu": "u",
    "ye": "e",
    "je": "e",
    "ie": "e",
    "yi": "i",
    "ji": "i",
    "y": "i",
    "j": "i",
}


# Fixed strings, longest first, and the apostrophes and primes schemes write for the soft sign: linear.
_TRANSLITERATION_VARIANT = on_first_use("|".join([*_TRANSLITERATION_VARIANTS, "['\u2019`\u02b9\u02bc\"]"]))


def _romanised(text: str) -> str:
    """`text` in Latin letters, lowercased, each Cyrillic letter that transliteration schemes write in
    different ways written in one (`Всё` and `Vsjo` are both `vse`)."""
    from anyascii import anyascii  # loaded with the registry already; only a transliterated quote needs it

    return _TRANSLITERATION_VARIANT().sub(
        lambda found: _TRANSLITERATION_VARIANTS.get(found.group(), ""),
        anyascii(text[:_MAX_ROMANISED]).lower(),
    )


_MAX_ROMANISED = 20_000  # a post is at most 4,096 characters on Telegram, 25,000 on X
_ROMANISED_WORD = re.compile(r"[a-z0-9]+")


def _transliterated_similarity(quote: str, text: str) -> float:
    """`quote_similarity` (above chance) of a Latin quote and a Cyrillic post, both romanised; 0 without
    comparing when the post romanised holds fewer than half the quote's words (a translation, most often):
    compared letter by letter, a long translated quote cost each post of the window seconds."""
    quote_latin, text_latin = _romanised(quote), _romanised(text)
    words = set(_ROMANISED_WORD.findall(quote_latin))
    if not words or 2 * len(words & set(_ROMANISED_WORD.findall(text_latin))) < len(words):
        return 0.0
    return _above_chance(quote_similarity(quote_latin, text_latin))


def _serbian_pair(quote: str, text: str) -> bool:
    """Whether the quote and the post, one in Cyrillic letters and one in Latin, may be Serbian in each: no
    Cyrillic letter Serbian does not write (Russian `ы`, Ukrainian `ї`, Macedonian `ќ`), and the letters only
    Serbian Cyrillic or Gaj's Latin writes in either."""
    letters = set(quote[:2000].casefold()) | set(text[:2000].casefold())
    cyrillic = {
        char for char in letters if char.isalpha() and unicodedata.name(char, "").startswith("CYRILLIC")
    }
    if any(ord(char) not in _SERBIAN_TO_LATIN for char in cyrillic):
        return False
    return bool(letters & _SERBIAN_CYRILLIC or letters & _GAJ_LATIN)


def _serbian_latin(text: str) -> str:
    return text.casefold().translate(_SERBIAN_TO_LATIN)


def _in_part_note(quote: str, text: str) -> str:
    """What a post holding some of a quote's sentences lacks, named by its first words."""
    target = _comparable(text[:_MAX_TEXT])
    missing = [piece for piece in _sentences(quote) if _fragment_similarity(piece, target) < _HELD_SENTENCE]
    named = "; ".join(
        f"“{piece[:_QUOTE_SHOWN]}{'…' if len(piece) > _QUOTE_SHOWN else ''}”" for piece in missing
    )
    return (
        f"holds only some of the quote's sentences word for word, not {named}: the rest may be in the post "
        "before or after it (a quote run across posts), or reworded; read them"
    )


_QUOTE_SHOWN = 40  # characters of a quote the post does not hold, to name it


def _quotes_not_held(quotes: Sequence[str], scored: Sequence[float]) -> tuple[str, ...]:
    """Of several quotes, those the post does not hold when it holds another: the quote part is the best
    one's, so a post holding one of two quotes scores as if it held the passage's words."""
    if max(scored) <= _UNCOMPARABLE_QUOTE:
        return ()
    return tuple(quote for quote, value in zip(quotes, scored, strict=True) if value <= _UNCOMPARABLE_QUOTE)


def shown_quote(quote: str) -> str:
    """A quote named by its first words, in quote marks."""
    return f"“{quote[:_QUOTE_SHOWN]}{'…' if len(quote) > _QUOTE_SHOWN else ''}”"


def _not_held_note(quotes: Sequence[str], missing: Sequence[str]) -> tuple[str, ...]:
    if not missing:
        return ()
    named = "; ".join(shown_quote(quote) for quote in missing)
    return (f"holds {len(quotes) - len(missing)} of the passage's {len(quotes)} quotes, not {named}",)


def given_to_another(
    quotes: Sequence[str], text: str, account: Account, addressed: str | None = None
) -> str | None:
    """Whom the post gives a quote's words to, in its own quote marks and nowhere as its own (`Пётр
    Землянов: «…»`, `Как заявил Песков, «…»`, `You wrote "…"` in a reply to `addressed`), when that is one
    person who is not the account's owner (by the account's names and aliases: `Минобороны России: «…»` on
    the ministry's channel is its own); else None. A reply quoting back the words of the one it answers
    (`addressed`: X gives whom a reply answers in its JSON, Telegram above the reply, not in its text) was
    taken for the account's own words."""
    for quote in quotes:
        places = quoted_in_source(quote, text[:_MAX_TEXT])
        if not places:
            continue  # not there as written, or there as the post's own words
        people = [named_by_source(lead_in, tail, addressed) for lead_in, tail in places]
        named = {person.name.casefold() for person in people if person is not None}
        person = people[0]
        if person is None or None in people or len(named) != 1:
            continue  # some place names nobody (a headline, scare quotes), or several people
        if not match_accounts(person.name, [account], genitive=person.genitive):
            return person.name
    return None


def text_cut(text: str, via: str) -> bool:
    """Whether the page shows the post's text cut: it ends in `…` (or `...`) and "Read more", or, read from
    an archived page's description (`via` "memento"), in the ellipsis alone."""
    tail = text[-_CUT_TAIL:]
    if _READ_MORE_END.search(tail) is not None:
        return True
    return via in _CUT_BY_THE_PAGE and _ELLIPSIS_END.search(tail) is not None


def total_score(parts: dict[str, float | None]) -> float:
    judged = {name: value for name, value in parts.items() if value is not None}
    if not judged:
        return 0.0
    weight = sum(WEIGHTS[name] for name in judged)
    return round(sum(WEIGHTS[name] * value for name, value in judged.items()) / weight, 3)


def score_post(
    post: FoundPost,
    quotes: Sequence[str],
    day: dt.date,
    window_days: int,
    cited_time: CitedTime | None = None,
    zoned_day: ZonedDay | None = None,
    last: dt.date | None = None,
    span: str | None = None,
) -> Candidate | None:
    """The post as a candidate with its score parts, or None when it lies outside the window; a `time` part
    only when the note gives a time of day. A post without a time has date 0.5: it is not known to be of the
    window. A post whose page shows its text cut (`text_cut`), says it was edited, or shows none of its words
    (`FoundPost.words_unseen`), without the quote has the neutral quote part: the words may be past the cut,
    in an earlier version, or in the words not shown (an edited post whose last version holds clauses of the
    quote word for word counts their share, and the neutral value for the rest: `edited_share`); an edited
    post that holds the quote in part is compared as it is, and a note says it was edited. A forward of
    another account's post speaks for that account, not the one searched: its speaker part is 0, and a note
    names whose post it is; a post that gives the quoted words in its own quote marks to another person
    (`given_to_another`) repeats theirs: its speaker part is halved, and a note names whose they are. With
    `last`, the note gives a month (`day` to `last`), not a day: a post of any day of it scores date 1 as on
    the cited day, and a note says the day was not given; `span`, a season's months in words (`winter 2021,
    every reading of it: December 2020 to February 2022`), makes the note say the date was a span."""
    date = date_part(post.posted_at, day, window_days, post.day_only, zoned_day, last)
    if date is not None and date <= 0:
        return None
    quote, translation_notes, quotes_not_held, in_part, across, near = _quote_part(quotes, post.text)
    # A text cut before the quote's words, or edited since, says nothing against them: scored low, the post
    # was no candidate and the footnote was told no post of the window holds the words.
    unseen = quote is not None and quote < _UNCOMPARABLE_QUOTE and not translation_notes
    cut = unseen and text_cut(post.text, post.via)
    edited = unseen and not cut and post.edited
    hidden = unseen and not cut and not edited and post.words_unseen
    if cut or edited or hidden:
        quote, quotes_not_held = _UNCOMPARABLE_QUOTE, ()
    # An edited post whose last version holds clauses of the quote word for word: those count, the rest the
    # neutral value (an earlier version's words, never compared). Neutral alone, it ranked below a post of
    # other words scoring 0.53 by letters, and the report's post came second.
    still_held = edited_share(quotes, post.text) if edited else 0.0
    if still_held > 0:
        quote = round(_UNCOMPARABLE_QUOTE + still_held * (1 - _UNCOMPARABLE_QUOTE), 3)
    account = post.account.account
    repeated = (
        # The name the report gives the account counts as its owner's: an account the report names by handle
        # has no other name (`@example_mirkarimi`), and its owner's name before their words is theirs.
        given_to_another(
            quotes,
            post.text,
            account.model_copy(update={"aliases": (*account.aliases, post.account.speaker)}),
            post.addressed,
        )
        if quote is not None and quote > _UNCOMPARABLE_QUOTE and not post.forwarded_from
        else None
    )
    speaker = post.account.score * (_REPEATED_SPEAKER if repeated else 1.0)
    parts: dict[str, float | None] = {
        "quote": quote,
        "speaker": 0.0 if post.forwarded_from else round(speaker, 3),
        "date": _UNKNOWN_DATE if date is None else date,
        "order": None,
    }
    if cited_time is not None:
        parts["time"] = time_part(post.posted_at, cited_time, post.day_only)
    notes = (*translation_notes, *_not_held_note(quotes, quotes_not_held), *in_part, *across)
    if last is not None and date == 1.0:
        # A month's any day is as the cited day: the note gives no day to tell the month's posts apart by.
        cited = f"the month ({day:%Y-%m})" if span is None else f"a span of months ({span})"
        notes = (
            *notes,
            f"the note gives {cited}, not the day: a post of any day of it counts as of the cited day for "
            "date",
        )
    if not (cut or edited or hidden):
        notes = (*notes, *near)
    if cut:
        notes = (
            *notes,
            "the page shows the post's text cut ('…'): the quoted words may stand past the cut, where "
            f"nothing was compared (quote counts {_UNCOMPARABLE_QUOTE:.2f})",
        )
    if edited and still_held > 0:
        notes = (
            *notes,
            f"the post was edited since, and its last version holds {still_held:.0%} of the quote word for "
            "word (by its clauses); the rest may be an earlier version's, which nothing was compared with "
            f"(quote counts what it holds, and {_UNCOMPARABLE_QUOTE:.2f} for the rest: {quote:.2f})",
        )
    elif edited:
        notes = (
            *notes,
            "the post was edited since, and the page shows only its last version: the quoted words may be "
            f"an earlier version's, which nothing was compared with (quote counts {_UNCOMPARABLE_QUOTE:.2f})",
        )
    if post.edited and not edited and quote is not None and quote < 1 and not translation_notes and not cut:
        # Compared with the last version, which holds the quote in part: the words the report quotes (as it
        # scored them) may be an earlier version's, changed since, and nothing said the post was edited.
        notes = (
            *notes,
            "the post was edited since, and the page shows only its last version, which holds the quote "
            f"only in part (quote {quote:.2f}): the words the report quotes may be an earlier version's",
        )
    if hidden:
        notes = (
            *notes,
            "the page shows none of the post's words (only 'open Telegram to view', or a restriction "
            "notice): the quoted words may be there, where nothing was compared (quote counts "
            f"{_UNCOMPARABLE_QUOTE:.2f})",
        )
    if post.forwarded_from:
        notes = (
            *notes,
            f"a forward of {post.forwarded_from}'s post: the words are theirs, not "
            f"{post.account.account.label}'s; the original"
            + (f", {post.forwarded_url}," if post.forwarded_url else "")
            + " is the post to cite",
        )
    if repeated:
        notes = (
            *notes,
            f"the post gives the quoted words, in its own quote marks, to {repeated!r}: their words, "
            f"repeated by {account.label}, not its own (speaker part counts {_REPEATED_SPEAKER:.2f} of the "
            "match); if the report means theirs, their own post is the one to cite",
        )
    # Of the quotes the post holds: another's numbers are that quote's post's to give.
    held_quotes = [given for given in quotes if given not in quotes_not_held]
    other_numbers = (
        _numbers_not_held(held_quotes, post.text)
        if quote is not None and quote > _UNCOMPARABLE_QUOTE
        else None
    )
    if other_numbers is not None:
        missing, given = other_numbers
        notes = (
            *notes,
            f"the post does not give the quote's {_listed_numbers(missing)}"
            + (f" (it gives {_listed_numbers(given, named=False)})" if given else "")
            + ": another post of like words, or the report misquotes it; read it for the figures",
        )
    reply_holds = _reply_holds(quotes, post, quote)
    if reply_holds is not None:
        notes = (
            *notes,
            f"it replies to a message whose words, as the page shows them above its own, hold the quote "
            f"(quote {reply_holds:.2f}): not this post's words; that message, perhaps outside the window, "
            "may be the one cited",
        )
    if post.repost_of:
        notes = (
            *notes,
            f"a repost of the account's own post {post.repost_of}: the same words, posted there first; that "
            "post is the one to cite, unless the report means this repost's day",
        )
    if post.posted_at is None:
        notes = (*notes, f"the post's time is unknown: its date counts {_UNKNOWN_DATE:.2f}, not 1")
    elif post.day_only:
        notes = (*notes, f"the page gives only the post's day, {post.posted_at:%Y-%m-%d}, no time")
    return Candidate(
        post=post,
        parts=parts,
        notes=notes,
        score=total_score(parts),
        hours_off_the_day=(
            _hours_off_the_day(post.posted_at, day)
            if date == 1.0 and last is None and zoned_day is None and not post.day_only
            else None
        ),
        quote_translated=bool(translation_notes),
        quote_cut=cut or (edited and not still_held) or hidden,
        quote_in_part=bool(in_part) or still_held > 0,
        reply_holds=reply_holds,
        quote_across=any(not note.startswith(_OTHER_ACCENTS) for note in across),
        quotes_missing=quotes_not_held,
        quote_near=bool(near) and not (cut or edited or hidden),
        quotes=tuple(quotes),
    )


# A number as written (`14`, `1,500`, `1 500`, `2.5`, `١٤`): its digits, groups of three joined by a
# separator, and a decimal part.
_NUMBER = re.compile(r"(\d+(?:[.,\u00a0\u202f ]\d{3})*)((?:[.,]\d+)?)")
_NUMBERS_NAMED = 4


def _numbers(text: str) -> list[str]:
    """The numbers `text` writes, in order, once each: thousands' separators dropped (`1,500` and `1 500`
    are `1500`), a decimal part after a point (`2,5` is `2.5`), any script's digits read as numbers."""
    found = []
    for whole, decimal in _NUMBER.findall(text[:_MAX_TEXT]):
        digits = "".join(char for char in whole if char.isdigit())
        fraction = "".join(char for char in decimal if char.isdigit())
        found.append(str(int(digits[:40])) + (f".{fraction}" if fraction else ""))
    return list(dict.fromkeys(found))


def _numbers_not_held(quotes: Sequence[str], text: str) -> tuple[list[str], list[str]] | None:
    """(the quotes' numbers the post does not write, the post's numbers the quotes do not) when a quote
    gives a number the post does not: its words held, "14 servicemen were killed" scored 0.98 in a post
    saying "41", proposed with nothing said of the figure a fact-checker checks first. None when it writes
    them all."""
    quoted = [number for quote in quotes for number in _numbers(quote)]
    if not quoted:
        return None
    written = _numbers(text)
    missing = [number for number in dict.fromkeys(quoted) if number not in written]
    if not missing:
        return None
    return missing, [number for number in written if number not in quoted]


def _listed_numbers(numbers: Sequence[str], named: bool = True) -> str:
    shown = ", ".join(numbers[:_NUMBERS_NAMED]) + (", …" if len(numbers) > _NUMBERS_NAMED else "")
    return f"number{'s' if len(numbers) > 1 else ''} {shown}" if named else shown


def _reply_holds(quotes: Sequence[str], post: FoundPost, quote: float | None) -> float | None:
    """The quote part of the message the post replies to, as the page shows it, when that holds the quote
    and the post does not: a channel answering its own earlier post ("Confirmed.") showed the quoted words
    above its reply, and the footnote was told only that no post of the window holds them."""
    if post.in_reply_to is None or quote is None or quote > _UNCOMPARABLE_QUOTE:
        return None
    replied = _quote_part(quotes, post.in_reply_to)[0]
    return replied if replied is not None and replied > _UNCOMPARABLE_QUOTE else None


def alike_at_the_top(ranked: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """The ranked candidates that score as the best does, within `ALIKE` (a repost, an edited re-post, the
    same words twice), and hold none of the passage's quotes the best lacks, when there are two or more: the
    score does not tell them apart."""
    if not ranked:
        return ()
    lacking = set(ranked[0].quotes_missing)
    # A post holding a quote the best lacks holds other words of the passage (a note citing two posts):
    # told apart by those, not alike.
    alike = tuple(
        c for c in ranked if ranked[0].score - c.score <= ALIKE and not lacking - set(c.quotes_missing)
    )
    return alike if len(alike) > 1 else ()


def tied_at_the_top(ranked: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """The candidates that score exactly as the first does, when there are two or more, save those `rank`
    placed below it as lacking more of the quoted words (`Candidate.fewer_quoted_words`) or as further from
    the cited day (`Candidate.further_from_the_day`): nothing but `rank`'s order in time put one of them
    first, so none is a better proposal than the others."""
    if not ranked:
        return ()
    first = ranked[0]
    tied = tuple(
        c
        for c in ranked
        if c.score == first.score and not c.further_from_the_day and not c.fewer_quoted_words
    )
    return tied if len(tied) > 1 else ()


def _hours_off_the_day(posted_at: dt.datetime | None, day: dt.date) -> float | None:
    """Hours `posted_at` falls outside `day` in UTC: 0 within it."""
    if posted_at is None:
        return None
    start = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
    end = start + dt.timedelta(days=1)
    outside = start - posted_at if posted_at < start else posted_at - end if posted_at >= end else None
    return 0.0 if outside is None else round(outside / dt.timedelta(hours=1), 2)


def _hours_off(candidate: Candidate) -> float:
    return candidate.hours_off_the_day or 0.0


# How much further from the cited day in UTC a post must fall than the nearest of those scoring as it does to
# be ranked below it: two posts either side of midnight UTC (22:00 on the 20th, 00:10 on the 22nd) are each
# on the cited day in nearly as many zones, and nothing tells which the report means.
_NEARER_BY = 3.0
_RANKED_BY_NEARNESS = "ranked by nearness: "


def _nearness(hours_off: float) -> float:
    """The `NEARNESS` part: 1 on the cited day in UTC, less by a day's share for each hour outside it."""
    return round(max(0.0, 1 - hours_off / 24), 3)


def _singled_out(candidate: Candidate) -> bool:
    """Whether the quote's words, compared as written, single the post out: posts no quote tells apart
    are listed in time order, not ranked, and nearness says nothing of them."""
    quote = candidate.parts.get("quote")
    return quote is not None and quote > _UNCOMPARABLE_QUOTE and not candidate.quote_translated


def rank(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Best first; a tie goes to the earlier post, then the URL, so the order never depends on fetch order
    (an order, not a preference: `tied_at_the_top` says which the score does not tell apart). Of posts the
    quote singles out that tie at the top, those lacking more of the quoted words where they hold the quote,
    or rarer ones (`_told_apart_by_quoted_words`), go below the others; of those left, those falling
    `_NEARER_BY` hours or more further outside the cited day in UTC than the nearest (on it only in a zone
    far west or east: `hours_off_the_day`) go below it. Their parts give `QUOTED_WORDS` or `NEARNESS`, and
    each placed lower says so."""
    far_future = dt.datetime.max.replace(tzinfo=dt.UTC)
    ranked = sorted(
        (_as_scored(c) for c in candidates),
        key=lambda c: (-c.score, c.post.posted_at or far_future, c.post.url),
    )
    scoring_alike = [c for c in ranked if c.score == ranked[0].score]
    if len(scoring_alike) < 2 or not all(_singled_out(c) for c in scoring_alike):
        return ranked
    holding_more, holding_fewer = _told_apart_by_quoted_words(scoring_alike, ranked)
    return [*_told_apart_by_nearness(holding_more), *holding_fewer, *ranked[len(scoring_alike) :]]


# A quoted word's weight is one over the number of the window's posts that say it: a word every post says
# (`the`) tells nothing, a name or a number one post says tells much. Weights this close are the same.
_SAME_WEIGHT = 1e-9
_RANKED_BY_QUOTED_WORDS = "ranked by the quoted words: "
_WORDS_NAMED = 4


def _told_apart_by_quoted_words(
    scoring_alike: Sequence[Candidate], window: Sequence[Candidate]
) -> tuple[list[Candidate], list[Candidate]]:
    """Of posts that tie, those lacking the least weight of the quoted words where they hold the quote
    (`quoted_words_lacking`, each word weighed by how few of the window's posts say it), and the rest,
    least lacking first, each with a note naming the words it lacks. Posts lacking the same words (most
    often none: each holds the quote as written) stay tied, and carry no part."""
    words = [_quoted_words(c.quotes, c.post.text) for c in scoring_alike]
    if len({tuple(sorted(lacks)) for _, lacks in words}) == 1:
        return list(scoring_alike), []
    romanised = any(_romanised_pair(quote, c.post.text) for c in scoring_alike for quote in c.quotes)
    weights = _rarity({word for compared, _ in words for word in compared}, window, romanised)
    weighed = [sum(weights.get(word, 1.0) for word in lacks) for _, lacks in words]
    least = min(weighed)
    found = []
    for candidate, (compared, lacks), lack in zip(scoring_alike, words, weighed, strict=True):
        whole = sum(weights.get(word, 1.0) for word in compared)
        share = round(max(0.0, 1 - lack / whole), 3) if whole else 1.0
        found.append((lack, replace(candidate, parts={**candidate.parts, QUOTED_WORDS: share}), lacks))
    more = [(candidate, lacks) for lack, candidate, lacks in found if lack <= least + _SAME_WEIGHT]
    if len(more) == len(found):
        return list(scoring_alike), []  # other words lacking, as rare: nothing tells the posts apart
    first, first_lacks = more[0]
    theirs = f"it lacks {_named_words(first_lacks)}" if first_lacks else "it holds them all"
    fewer: list[Candidate] = []
    for lack, candidate, lacks in sorted(found, key=lambda item: item[0]):
        if lack <= least + _SAME_WEIGHT:
            continue
        note = (
            f"{_RANKED_BY_QUOTED_WORDS}scores as {first.post.url} does, but where it holds the quote lacks "
            f"{_named_words(lacks)} ({theirs}; a word fewer of the window's posts say counts more): ranked "
            "below the post holding more of the quoted words"
        )
        fewer.append(replace(candidate, notes=(*candidate.notes, note), fewer_quoted_words=True))
    return [candidate for candidate, _ in more], fewer


def _rarity(words: set[str], window: Sequence[Candidate], romanised: bool) -> dict[str, float]:
    """Each word's weight: one over the number of the window's posts that say it (1 for none), read
    romanised too where a quote was compared so."""
    saying = dict.fromkeys(words, 0)
    for candidate in window:
        text = candidate.post.text[:_MAX_TEXT]
        said = set(_comparable(text).split())
        if romanised:
            said |= set(_comparable(_romanised(text)).split())
        for word in words & said:
            saying[word] += 1
    return {word: 1 / max(1, count) for word, count in saying.items()}


def _named_words(words: Sequence[str]) -> str:
    """The first few of `words`, each once, quoted: `'bakhmut', 'the'`."""
    return ", ".join(f"'{word}'" for word in list(dict.fromkeys(words))[:_WORDS_NAMED])


def _told_apart_by_nearness(scoring_alike: Sequence[Candidate]) -> list[Candidate]:
    """Posts that tie, those falling `_NEARER_BY` hours or more further outside the cited day in UTC than
    the nearest placed below it, nearest first, with their `NEARNESS` part and a note; all as they are when
    none is."""
    nearest = min(_hours_off(c) for c in scoring_alike)
    top = [c for c in scoring_alike if _hours_off(c) < nearest + _NEARER_BY]
    below = sorted((c for c in scoring_alike if _hours_off(c) >= nearest + _NEARER_BY), key=_hours_off)
    if not below:
        return list(scoring_alike)
    told_apart = [replace(c, parts={**c.parts, NEARNESS: _nearness(_hours_off(c))}) for c in top]
    for candidate in below:
        further = round(_hours_off(candidate) - _hours_off(top[0]), 2)
        note = (
            f"{_RANKED_BY_NEARNESS}scores as {top[0].post.url} does, but falls {_hours_off(candidate):g} "
            f"hours outside the cited day in UTC, {further:g} further than it (on that day only in a zone "
            "that far from UTC): ranked below the post nearer the cited day"
        )
        told_apart.append(
            replace(
                candidate,
                parts={**candidate.parts, NEARNESS: _nearness(_hours_off(candidate))},
                notes=(*candidate.notes, note),
                further_from_the_day=True,
            )
        )
    return told_apart


def _as_scored(candidate: Candidate) -> Candidate:
    """`candidate` as scored, before `rank` told it from others by the quoted words or by nearness: ranked
    again (with another `order` part), it may tie with none of them."""
    if NEARNESS not in candidate.parts and QUOTED_WORDS not in candidate.parts:
        return candidate
    parts = {name: value for name, value in candidate.parts.items() if name not in (NEARNESS, QUOTED_WORDS)}
    notes = tuple(
        note
        for note in candidate.notes
        if not note.startswith((_RANKED_BY_NEARNESS, _RANKED_BY_QUOTED_WORDS))
    )
    return replace(candidate, parts=parts, notes=notes, further_from_the_day=False, fewer_quoted_words=False)


@dataclass(frozen=True)
class FootnoteCandidates:
    """One footnote's ranked candidates, with what the order part needs: its label's place in the report."""

    position: int
    day: dt.date | None
    candidates: tuple[Candidate, ...]
    # Whether its best candidate was singled out by the quote, so that others' order may be judged against
    # it: the best of posts no quote tells apart (or that the quote matches none of) is no post the report
    # was shown to cite.
    settled: bool = True


def apply_order(footnotes: Sequence[FootnoteCandidates]) -> list[FootnoteCandidates]:
    """Reports cite one account's posts of one day in the order they were posted: reward a candidate that
    keeps that order with the other footnotes' best candidates on the same account and day.
    """
    tops = {
        index: item.candidates[0]
        for index, item in enumerate(footnotes)
        if item.settled
        and item.candidates
        and item.candidates[0].post.posted_at is not None
        and not item.candidates[0].post.day_only
    }
    updated = []
    for index, item in enumerate(footnotes):
        rescored = []
        for candidate in item.candidates:
            order = _order_part(index, item, candidate, footnotes, tops)
            if order is None:
                rescored.append(candidate)
                continue
            parts = {**candidate.parts, "order": order}
            rescored.append(replace(candidate, parts=parts, score=total_score(parts)))
        updated.append(replace(item, candidates=tuple(rank(rescored))))
    return updated


def _account_identity(account: Account) -> tuple[str, str]:
    """Which account a post is of, for the order part: its platform and handle, else its page or id (a
    registry row may give no handle): by handle alone, two accounts given by their pages (`vk.com/a`,
    `vk.com/b`, both no handle) were one, and one's posts set the order of the other's."""
    return account.platform.value, (account.handle or account.url or account.id or account.name).casefold()


def _order_part(
    index: int,
    item: FootnoteCandidates,
    candidate: Candidate,
    footnotes: Sequence[FootnoteCandidates],
    tops: dict[int, Candidate],
) -> float | None:
    posted = candidate.post.posted_at
    if posted is None or candidate.post.day_only:
        return None  # a day alone says nothing of the order of one day's posts
    if item.day is None:
        return None  # a note dated to a month: a report need not cite a month's posts in their order
    account = _account_identity(candidate.post.account.account)
    kept = broken = 0
    for other_index, top in tops.items():
        other = footnotes[other_index]
        if (
            other_index == index
            or other.day != item.day
            or _account_identity(top.post.account.account) != account
        ):
            continue
        other_posted = top.post.posted_at
        assert other_posted is not None  # tops hold timed posts only
        if top.post.url == candidate.post.url:
            continue  # the same post says nothing about order
        if (other.position < item.position) == (other_posted < posted):
            kept += 1
        else:
            broken += 1
    if kept + broken == 0:
        return None
    return round(kept / (kept + broken), 3)
