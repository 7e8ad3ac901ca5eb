"""`provenance locate`: for each footnote without a link, who posted (from the report), which accounts that
is (from the registry), and which posts around the cited date say what the report quotes, best first.

The stages: read the report → build each unlinked footnote's query → match the registry → search each
account (every page into the footnote's search WARC) → rank → record a `locate` run in the ledger. Nothing
here says a post is the source: the citations file marks the best as a `candidate` for a person to confirm.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from provenance.capture.options import NetworkOptions, WarcInfo
from provenance.capture.series import CaptureSeries
from provenance.citations import apply_overrides, parse_citation
from provenance.citations.csl import CitationOverrides
from provenance.citations.dates import (
    ENGLISH_MONTHS,
    RUSSIAN_GENITIVE_MONTHS,
    SEASON_CODES,
    find_zoned_day,
    month_or_year_in_words,
    other_days,
)
from provenance.citations.platforms import platform_from_words, post_locator
from provenance.errors import InputError
from provenance.files import DEFAULT_MAX_REPORT_BYTES, ensure_folder, read_input
from provenance.hashing import sha256_hex
from provenance.ledger.writer import LedgerWriter
from provenance.locate.feeds import reddit_account
from provenance.locate.rank import (
    Candidate,
    FootnoteCandidates,
    FoundPost,
    alike_at_the_top,
    apply_order,
    cited_day_bounds,
    rank,
    score_post,
    shown_quote,
    tied_at_the_top,
    total_score,
    window_bounds,
)
from provenance.locate.registry import (
    MATCH_THRESHOLD,
    Account,
    AccountMatch,
    RegistryIndex,
    bluesky_account,
    channel_page_handle,
    is_account_handle,
    match_accounts,
    name_similarity,
)
from provenance.locate.search import ARCHIVE_LAG, AccountSearch, Fetcher, PagesOnce, search_account
from provenance.locate.speakers import (
    CITED_SOURCE,
    OFFICE_NAMED_BEFORE,
    SOURCE_WEIGHT,
    LocateQuery,
    Speaker,
    attributed_quotes,
    build_query,
    full_name_ending,
    german_noun_or_function_word,
    office_holder,
    office_in_english,
    office_keys,
    office_subject,
    office_word_forms,
    office_word_said,
    office_words,
    speakers_in_passage,
    split_sentences,
)
from provenance.locate.telegram import CITED_DAY
from provenance.locate.unsearchable import UnsearchablePlatform, on_platform_site, unsearchable_platform
from provenance.models import (
    Capture,
    Citation,
    Context,
    Footnote,
    LocatedAccount,
    LocatedCandidate,
    LocateLine,
    Platform,
    Report,
    ReportFormat,
    ReportRef,
    RunLine,
    SummaryLine,
)
from provenance.patterns import on_first_use
from provenance.pipeline import tool_info
from provenance.quotes import blank_quotes
from provenance.readers.paragraphs import ReportParagraphs, body_paragraphs
from provenance.warc.naming import capture_stem, path_in_ledger

MAX_CANDIDATES = 5
# With no quote to tell posts apart, every post of the window is a candidate in time order, up to this many.
MAX_UNRANKED = 40
_DISCRIMINATING_QUOTE = 0.5
# A post holding the quote this well holds its words (an ellipsis, a typo apart): no post left uncompared is
# as likely the source.
_HELD_QUOTE = 0.9
_EXCERPT_CHARS = 280


@dataclass(frozen=True)
class LocateSettings:
    archive_dir: Path
    network: NetworkOptions
    info: WarcInfo
    window: int = 1
    # What a citations file already says, by label: a confirmed URL means the footnote is linked.
    existing: Mapping[str, CitationOverrides] = field(default_factory=dict)
    recorded_options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FootnoteSearch:
    """One unlinked footnote: what was searched for, in which accounts, what came out, and the evidence."""

    footnote: Footnote
    citation: Citation
    query: LocateQuery
    accounts: tuple[AccountMatch, ...]
    candidates: tuple[Candidate, ...]
    capture: Capture | None
    notes: tuple[str, ...]
    # Why the candidates are listed in an order no score gave (no quote to tell posts apart): then the first
    # is no proposal, only the first of the list. None when they are ranked.
    unranked: str | None = None
    # Every account's listing was read through the window, no page missing (`AccountSearch.read_whole`):
    # only then may "no post of the window holds the quoted words" be said of the posts read.
    read_whole: bool = True
    # Days each side of the cited one searched (`--window`, or wider to reach the passage's day for the post).
    window: int = 1
    # The days whose posts a listing longer than `MAX_UNRANKED` keeps, nearest their middles first (the
    # cited day, the day the passage gives the post), as the notes name them; none for a month the passage
    # gives no day of (its earliest posts are kept).
    nearest: tuple[dt.date, ...] = ()
    # Listed unranked: how many posts of the window there were, of which `candidates` are the ones listed.
    window_posts: int | None = None

    @property
    def label(self) -> str:
        return self.footnote.label


@dataclass(frozen=True)
class LocateResult:
    report: Report
    ledger: Path
    searches: tuple[FootnoteSearch, ...]
    linked: tuple[str, ...]  # labels that already have a URL (in the report or confirmed in the file)
    head: str
    seconds: float


def is_confirmed(overrides: CitationOverrides | None) -> bool:
    return overrides is not None and overrides.url is not None and overrides.located != "candidate"


def _unlinked(
    report: Report, settings: LocateSettings
) -> tuple[list[tuple[Footnote, Citation]], list[str], dict[str, str]]:
    """The footnotes to search, each with its citation (a citations file's unconfirmed item applied; a note
    citing another note's source, `Ibid.`, given that note's platform, date and author: `_as_referenced`),
    the labels of those linked, and what to say of the notes read by reference."""
    unlinked, linked = [], []
    read: dict[str, Citation] = {}
    referenced: dict[str, str] = {}
    for at, footnote in enumerate(report.footnotes):
        parsed = parse_citation(footnote)
        citation = parsed.citation
        if parsed.back_reference is not None and citation.url is None:
            source = _referenced_note(report, at, parsed.back_reference)
            if source is not None and source.label in read:
                citation, said = _as_referenced(
                    citation, read[source.label], source.label, parsed.back_reference
                )
                if said:
                    referenced[footnote.label] = said
        read[footnote.label] = citation
        overrides = settings.existing.get(footnote.label)
        if citation.url is not None or is_confirmed(overrides):
            linked.append(footnote.label)
            continue
        if overrides is not None:
            # What a person wrote (a handle, an author, a date) helps the search; an old candidate's URL does
            # not (nor its handle, post and author: the caller leaves those out, see `search_hints`).
            citation = apply_overrides(citation, dataclasses.replace(overrides, url=None, located=None))
        unlinked.append((footnote, citation))
    return unlinked, linked, referenced


# The note a back reference names by its number (`Same as [2]`, `Supra note 3`, `See note 3`); `Ibid.`, `Id.`,
# `Op. cit.`, `Там же` name the note before.
_NAMED_NOTE = on_first_use(r"(?:note\s*|\[\^?)(?P<label>\w{1,20})\]?\s*$", re.IGNORECASE)


def _referenced_note(report: Report, at: int, reference: str) -> Footnote | None:
    """The footnote whose source the note at `at` cites by `reference` (`Ibid.`: the one before it)."""
    named = _NAMED_NOTE().search(reference.strip().rstrip("."))
    if named is not None:
        label = named["label"]
        return next((note for note in report.footnotes[:at] if note.label == label), None)
    return report.footnotes[at - 1] if at > 0 else None


# What a note citing another's source by reference takes from that note's citation, where it gives none of
# its own: where and when the source was posted, and whose it is.
_REFERENCED_FIELDS = ("platform", "date", "date_month_or_year", "author", "handle")


def _as_referenced(citation: Citation, source: Citation, label: str, reference: str) -> tuple[Citation, str]:
    """`citation` given the fields of the note it cites by `reference` that it lacks, and what to say of it
    (nothing where it takes none). `[2] Ibid.` after `[1] Telegram, January 21, 2022.` said "the note gives no
    full date" and searched nothing, though it names the one post [1] cites."""
    taken = {
        name: getattr(source, name)
        for name in _REFERENCED_FIELDS
        if getattr(citation, name) is None and getattr(source, name) is not None
    }
    if citation.date is not None or citation.date_month_or_year is not None:
        taken.pop("date", None)
        taken.pop("date_month_or_year", None)
    if not taken:
        return citation, ""
    shown = ", ".join(str(value.value if isinstance(value, Platform) else value) for value in taken.values())
    said = (
        f"the note cites [{label}]'s source ({reference.strip()!r}) and does not repeat it: searched with "
        f"[{label}]'s {shown}"
    )
    return citation.model_copy(update=taken), said


# Platforms whose accounts a handle alone lets `locate` search.
# (A Mastodon handle names no server unless written whole, `@user@instance`: the registry gives those.)
_SEARCHABLE_BY_HANDLE = (Platform.TELEGRAM, Platform.TWITTER, Platform.BLUESKY, Platform.REDDIT)


_NAMED_IN_REPORT = "named by handle in the report"


def _named_in_report(speaker: Speaker, platform: Platform | None) -> list[AccountMatch]:
    """An account the report itself names by handle (`(@handle)` in the note or the passage), when the handle
    is one account name: a person may write any in the citations file (`x/y`, `..`), and it goes into URLs."""
    if speaker.handle is None or platform not in _SEARCHABLE_BY_HANDLE:
        return []
    if not is_account_handle(speaker.handle):
        return []
    if platform is Platform.BLUESKY and bluesky_account(speaker.handle) is None:
        return []  # a Bluesky handle is a domain name (`alice.bsky.social`): a bare `alice` names nobody
    if platform is Platform.REDDIT and reddit_account(speaker.handle) is None:
        return []  # a Reddit user's name is 3 to 20 letters, digits, `_` or `-`
    account = Account(name=speaker.handle, platform=platform, handle=speaker.handle, notes=_NAMED_IN_REPORT)
    return [AccountMatch(account, 1.0, speaker.name, f"@{speaker.handle}")]


class _Registry:
    """The accounts registry, with each speaker's matches on any platform worked out once a run (a report
    names one speaker in many footnotes), each compared in full only with the accounts whose names are near
    the speaker's (`RegistryIndex`)."""

    def __init__(self, accounts: Sequence[Account]) -> None:
        self.accounts = accounts
        self._index = RegistryIndex(accounts) if accounts else None
        self._matches: dict[tuple[str, str | None, bool], list[AccountMatch]] = {}
        self._phrases: dict[str, str] | None = None
        self._former: dict[str, list[Account]] | None = None
        self._words_of: dict[str, list[tuple[Account, str, list[str]]]] | None = None

    def renamed_from(self, handle: str | None, platform: Platform | None) -> list[Account]:
        """The accounts (on `platform`, if given) whose aliases give `handle` written as a handle (`@handle`,
        or the page `t.me/handle`, `x.com/handle`) while their own handle is another: the account renamed
        since, which the report names by its former handle. An alias written as a name (`Rybar`) is a name,
        never a handle: `Rybar (@rybar)` may mean another channel than the registry's `rybar_en`."""
        if handle is None:
            return []
        if self._former is None:
            self._former = {}
            for account in self.accounts:
                for alias in account.aliases if account.handle else ():
                    old = alias[1:] if alias.startswith("@") else channel_page_handle(account.platform, alias)
                    if old and is_account_handle(old) and old.casefold() != (account.handle or "").casefold():
                        self._former.setdefault(old.casefold(), []).append(account)
        found = self._former.get(handle.casefold(), [])
        return [account for account in found if platform is None or account.platform is platform]

    def titled(self, footnote: Footnote) -> list[Speaker]:
        """The registry's names and aliases (a title: `Defence Minister`) the citing passages give as the one
        who said the words, when they name nobody else (`_TITLE_SAYS`): each a guess (`_BY_TITLE`)."""
        if self._phrases is None:
            # Each name and alias as its words, lower case: one lookup per run of passage words.
            self._phrases = {}
            for account in self.accounts:
                for written in account.names:
                    words = _words(written)
                    if 0 < len(words) <= _TITLE_WORDS:
                        self._phrases.setdefault(" ".join(words), written)
        found: dict[str, None] = {}
        for context in footnote.contexts:
            words = _words(blank_quotes(context.text[:_PASSAGE_CHARS]))
            for at in range(len(words)):
                for size in range(min(_TITLE_WORDS, len(words) - at), 0, -1):
                    named = self._phrases.get(" ".join(words[at : at + size]))
                    if named is not None and _gives_the_words(words, at, at + size):
                        found[named] = None
                        break
        return [Speaker(name=name, source="elsewhere", role=_BY_TITLE) for name in found]

    def holding(self, word: str) -> list[tuple[Account, str, list[str]]]:
        """The registry's names and aliases of a few words holding `word` (an office: `Mayor of Kyiv` holds
        `mayor`), each with its account and its words; worked out once a run."""
        if self._words_of is None:
            self._words_of = {}
            for account in self.accounts:
                for written in account.names:
                    words = _office_words(written)
                    if 0 < len(words) <= _TITLE_WORDS:
                        # Under each word's English too: `Пресс-секретарь Кремля` holds `spokesman`.
                        for each in dict.fromkeys(form for word in words for form in office_word_forms(word)):
                            self._words_of.setdefault(each, []).append((account, written, words))
        return self._words_of.get(word, [])

    def matches(self, speaker: Speaker, platform: Platform | None) -> list[AccountMatch]:
        """`match_accounts` of the speaker, on `platform` if given (the matches on any, kept to it)."""
        key = (speaker.name, speaker.handle, speaker.genitive)
        if key not in self._matches:
            near = self._index.near(speaker.name, speaker.handle, speaker.genitive) if self._index else []
            self._matches[key] = match_accounts(speaker.name, near, None, speaker.handle, speaker.genitive)
        found = self._matches[key]
        return found if platform is None else [m for m in found if m.account.platform is platform]


# A registry name or alias the passage gives as the one who said the words, when it names no one the speaker
# reading finds (`The Defence Minister said on Telegram: "…"` of a registry giving the minister's account the
# alias `Defence Minister`): right before a verb of saying, or after `according to`; never after a word that
# makes it another's (`an aide to`, `a spokesman for`, `not`). A guess, weighed as a name from elsewhere.
_BY_TITLE = "a title the registry gives"
_TITLE_WORDS = 6
_SAYING = frozenset(
    {"said", "says", "wrote", "writes", "posted", "posts", "stated", "announced", "declared", "claimed"}
    | {"tweeted", "added", "warned", "told", "reported", "insisted"}
)
_NOT_THE_SPEAKER = frozenset(
    {"to", "of", "for", "by", "with", "from", "against", "aide", "aides", "spokesman", "spokeswoman"}
    | {"spokesperson", "critics", "not", "nor"}
)
_ARTICLES = frozenset(["the", "a", "an"])
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


# A speaker named only in the passage before the one citing the note (`Al-Amiri posted: "…"[1]` then `Later
# that day he wrote that "…"[2]`): a guess at who `he` is, as a person reading the two would make.
_BEFORE = "named in the passage before"
_PRONOUNS = frozenset(["he", "she", "they", "он", "она", "они", "він", "вона", "вони", "er", "sie"])
# The verbs a pronoun posts by, before or after it (`he noted`, `— написал он`, `він додав`, `schrieb er`).
_PRONOUN_SAYING = _SAYING | frozenset(
    {"noted", "continued", "argued", "threatened", "vowed", "replied", "responded", "commented"}
    | {"asserted", "shared", "published", "explained", "stressed", "concluded"}
    | {"написал", "написала", "написали", "заявил", "заявила", "заявили", "добавил", "добавила"}
    | {"сообщил", "сообщила", "сообщили", "отметил", "отметила", "подчеркнул", "подчеркнула"}
    | {"опубликовал", "опубликовала", "пишет", "пишут", "сказал", "сказала", "предупредил"}
    | {"предупредила", "уточнил", "уточнила", "продолжил", "продолжила"}
    | {"написав", "заявив", "додав", "додала", "повідомив", "повідомила", "наголосив", "наголосила"}
    | {"зазначив", "зазначила", "сказав", "пише", "опублікував", "опублікувала", "попередив"}
    # German, after the quote or before it (`„…“, schrieb er auf Telegram.`, `Sie fügte hinzu: „…“`).
    | {"schrieb", "sagte", "erklärte", "betonte", "warnte", "fügte", "teilte", "postete", "twitterte"}
    | {"drohte", "kommentierte", "meldete", "ergänzte", "meinte", "veröffentlichte", "schreibt", "sagt"}
)
_POSSESSIVES = frozenset(["his", "her", "their", "seinem", "seiner", "ihrem", "ihrer"])
_ACCOUNT_WORDS = frozenset(["channel", "account", "telegram", "feed", "page", "kanal", "konto"])
# A passage's line is its note marker's: the marker ending one paragraph, a blank line, and the next
# paragraph's first two lines are as far apart as two passages with nothing between them can be read to be
# (an uncited paragraph between, perhaps naming another person, puts them four lines apart or more).
_NEXT_PARAGRAPH_LINES = 3


def _pronoun_opens_passage(text: str) -> bool:
    """Whether the passage (its quotes blanked) says a pronoun posted (`he wrote`, `she later posted`, `on his
    channel`) in its first sentence: word by word, linear. After a sentence of its own (`Medvedev did not
    hold back. “…,” he wrote.`) the pronoun is that sentence's subject's, whom the passage before need not
    name, and another named there was guessed."""
    if text.startswith("…"):
        return False  # a window of a long paragraph: what stands before it is not known
    blanked = blank_quotes(text[:_PASSAGE_CHARS])
    matches = list(_WORD.finditer(blanked.casefold()))
    words = [match.group() for match in matches]
    for at, word in enumerate(words):
        following = words[at + 1 : at + 3]
        around = [*words[max(0, at - 2) : at], *following]
        if (
            (word in _PRONOUNS and any(other in _PRONOUN_SAYING for other in around))
            or (word in _POSSESSIVES and any(next_word in _ACCOUNT_WORDS for next_word in following))
            or _the_channel_says(words, at)
        ):
            return _SENTENCE_END().search(blanked, 0, matches[at].start()) is None
    return False


_SENTENCE_END = on_first_use(r"[.!?]\s")
# A channel or account the passage names only as such (`The channel wrote that "…"`, `according to the
# channel, "…"`), as a pronoun: the one named before it (`Rybar, a pro-war channel, posted a map.`).
# So is the post the paragraph before tells of (`Medvedev posted late on Thursday.` then `The post read:
# "…"`).
_NAMED_AS_SUCH = frozenset(["channel", "account", "blogger", "outlet"])
_THE_POST = frozenset(["post", "message", "tweet"])
_POST_SAYS = _PRONOUN_SAYING | {"read", "reads"}


def _the_channel_says(words: Sequence[str], at: int) -> bool:
    noun = words[at]
    if (noun not in _NAMED_AS_SUCH and noun not in _THE_POST) or at == 0 or words[at - 1] != "the":
        return False
    if words[max(0, at - 3) : at - 1] == ["according", "to"]:
        return True
    verbs = _POST_SAYS if noun in _THE_POST else _PRONOUN_SAYING
    return any(next_word in verbs for next_word in words[at + 1 : at + 3])


def _next_to(report: Report, before: Context, after: Context) -> bool:
    """Whether passage `before` is the paragraph just before `after`, by their lines: the next paragraph of a
    document that numbers paragraphs (DOCX, ODT), else within `_NEXT_PARAGRAPH_LINES` (a passage whose marker
    stands farther into it is not read as next, though it may be: no guess rather than a wrong one)."""
    apart = after.line - before.line
    if report.format in (ReportFormat.DOCX, ReportFormat.ODT):
        return apart == 1
    return 0 < apart <= _NEXT_PARAGRAPH_LINES


class _Passages:
    """The report's citing passages in line order, for the one just before a given line; and its paragraphs,
    cited or not, read from the report only when a footnote asks (`paragraphs_before`)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self._passages = sorted(
            (context for note in report.footnotes for context in note.contexts), key=lambda c: c.line
        )
        self._lines = [context.line for context in self._passages]
        self._paragraphs: ReportParagraphs | None = None
        self._citing: dict[str, set[str]] | None = None

    def cites_others(self, context: Context, label: str) -> bool:
        """Whether the passage `context` cites another note than `label` too (one text, several markers)."""
        if self._citing is None:
            self._citing = {}
            for note in self.report.footnotes:
                for passage in note.contexts:
                    self._citing.setdefault(passage.text, set()).add(note.label)
        return bool(self._citing.get(context.text, set()) - {label})

    def paragraphs_before(self, context: Context) -> tuple[str, ...]:
        """The paragraphs before `context`'s, nearest first (`readers.paragraphs`)."""
        if self._paragraphs is None:
            self._paragraphs = _report_paragraphs(self.report)
        return self._paragraphs.before(context)

    def before(self, context: Context) -> Context | None:
        """The passage of the nearest line before `context`'s (another text: a note's passage is read for
        each of its notes), when it can be the paragraph just before it (`_next_to`)."""
        at = bisect.bisect_left(self._lines, context.line)
        while at > 0 and self._passages[at - 1].text == context.text:
            at -= 1
        if at == 0:
            return None
        before = self._passages[at - 1]
        return before if _next_to(self.report, before, context) else None


def _named_before(passages: _Passages, footnote: Footnote) -> tuple[Speaker, ...]:
    """For a footnote whose passages name nobody who posted but by a pronoun, the speakers of the report's
    passage just before, when it cites another note (`_Passages.before`), else of the paragraphs before,
    cited or not (`_named_in_paragraph_before`: past a passage naming nobody, `The post came an hour
    later.[1]`): each a guess (`_BEFORE`, `_PARAGRAPH_BEFORE`)."""
    found: dict[str, Speaker] = {}
    for context in footnote.contexts:
        holder = _office_holder_before(passages, context)
        if holder is not None:
            found.setdefault(holder.name, holder)
            continue
        alone = _a_quote_alone(context)
        if not alone and not _pronoun_opens_passage(context.text):
            continue
        before = passages.before(context)
        speakers = (
            [replace(speaker, role=_BEFORE) for speaker in speakers_in_passage(before.text[:_PASSAGE_CHARS])]
            if before is not None
            else []
        )
        if not speakers:
            speakers = _named_in_paragraph_before(passages.paragraphs_before(context))
        if alone:
            speakers = [replace(speaker, role=_QUOTE_ALONE + (speaker.role or "")) for speaker in speakers]
        for speaker in speakers:
            found.setdefault(speaker.name, replace(speaker, source="elsewhere"))
    return tuple(found.values())


# A family name alone where the passage gives the words (`Песков заявил: «…»`, `Peskow schrieb`), whose
# full name the passage or the paragraphs above give in another spelling or script (`Kremlin spokesman Dmitry
# Peskov said on Monday …`): searched under that full name, as `named_in_full` searches one the passage
# spells alike; only where one full name ends so (`Anna Smith … John Smith` name neither), and a note says
# where it was read.
_FULL_NAME_PARAGRAPHS = 2
_MOST_WORDS_COMPARED = 1_000  # words of each text compared with the family name: a few paragraphs' worth
_CAPITALISED_WORD = on_first_use(r"[^\W\d_][\w'\u2019-]{0,59}")
_NAMED_IN_FULL_SOURCES = frozenset(("subject", "inverted", "possessive", "elsewhere", "cited"))


def _full_names_ending_in(text: str, family_name: str) -> set[str]:
    """The full names `text` gives whose last word is `family_name` in any spelling or script (`Dmitry
    Peskov` for `Песков`, `Peskow`: `name_similarity`)."""
    found: set[str] = set()
    for word in itertools.islice(_CAPITALISED_WORD().finditer(text), _MOST_WORDS_COMPARED):
        if word.group()[:1].isupper() and name_similarity(word.group(), family_name) >= MATCH_THRESHOLD:
            full = full_name_ending(text[: word.end()])
            if full is not None:
                found.add(full)
    return found


def _named_in_full_above(
    passages: _Passages, footnote: Footnote, speakers: Sequence[Speaker]
) -> tuple[tuple[Speaker, ...], list[str]]:
    """`speakers`, each family name alone (`Песков`) under the one full name the citing passage or the
    `_FULL_NAME_PARAGRAPHS` paragraphs before it give it in another spelling or script (`Dmitry Peskov`);
    and a note for each so read."""
    completed: list[Speaker] = []
    notes: list[str] = []
    for speaker in speakers:
        if (
            len(speaker.name.split()) != 1
            or speaker.handle is not None
            or speaker.genitive
            or speaker.source not in _NAMED_IN_FULL_SOURCES
        ):
            completed.append(speaker)
            continue
        full: set[str] = set()
        for context in footnote.contexts:
            for text in (context.text, *passages.paragraphs_before(context)[:_FULL_NAME_PARAGRAPHS]):
                full |= _full_names_ending_in(text[:_PASSAGE_CHARS], speaker.name)
        if len(full) != 1:
            completed.append(speaker)
            continue
        (name,) = full
        completed.append(replace(speaker, name=name))
        notes.append(
            f"{speaker.name!r} searched as {name!r}, the full name the passage or the paragraphs before it "
            "give"
        )
    return tuple(dict.fromkeys(completed)), notes


# A registry account whose name or alias holds the office a passage gives the words to (`The mayor said:` and
# `Mayor of Kyiv`): a guess, and only where the passage or the paragraphs before it say the rest of the alias
# (`Kyiv`), so that the registry's only mayor is not taken for every mayor a report quotes.
_BY_ROLE = "holds the office the passage names"
_NOT_QUALIFYING = frozenset({"of", "the", "for", "in", "to", "and", "der", "des", "die", "von", "f\u00fcr"})
_POSSESSIVE_S = on_first_use(r"['\u2019]s\b")
_MOST_ROLE_HOLDERS = 5  # registry names a role may be given to; more, and it says no more than the role
_PARAGRAPHS_FOR_ROLE = 2  # paragraphs before a passage read for the words of an office's alias
_WORDS_BEFORE_ROLE = 4  # words before an office read for one that makes the words another's (`an aide to`)


def _office_words(written: str) -> list[str]:
    return office_words(_POSSESSIVE_S().sub("", written))


def _role_notes(office: str, taken: Sequence[str], untaken: dict[str, str]) -> list[str]:
    if taken:
        names = ", ".join(repr(name) for name in taken)
        return [
            f"the passage gives the words to a role, 'the {office}', not a person: the registry gives that "
            f"office as {names}, which the passage's words fit; a guess, weighed "
            f"{SOURCE_WEIGHT['elsewhere']:.2f} in the speaker part; confirm who posted"
        ]
    notes = [
        f"the passage gives the words to a role, 'the {office}', not a person: give the person's name in the "
        "passage, the account's handle in the note or the citations file, or a registry alias naming the "
        "office as the report does"
    ]
    if untaken:
        entries = ", ".join(f"{label} ('{written}')" for label, written in list(untaken.items())[:3])
        notes.append(
            f"the registry gives the office to {entries}, but the passage does not say which {office}: not "
            "searched"
        )
    return notes


def _role_holders(
    footnote: Footnote, passages: _Passages, registry: _Registry
) -> tuple[tuple[Speaker, ...], list[str]]:
    """For passages giving the words to an office alone (`The mayor said: “…”`: `office_subject`) that no
    one named before holds, the registry names and aliases that hold that office and whose other words the
    passage or the paragraphs before it say (`Mayor of Kyiv` after `Kyiv was shelled again.`), each a guess;
    and what to say: the passage names a role, not a person, and which registry entries give that office
    but were not taken, the passage not saying which."""
    for context in footnote.contexts:
        text = context.text[:_PASSAGE_CHARS]
        sentences = split_sentences(text)
        quoted = (s for s in sentences if any(" ".join(q.split())[:40] in s for q in context.quotes))
        sentence = next(quoted, text)
        office = office_subject(sentence)
        if office is None:
            continue
        # `el portavoz del Kremlin dijo`: an office in another language is held by an alias in its own or
        # in English (`Kremlin spokesman`).
        keys = office_keys(office)
        key = keys[0]
        words = office_words(blank_quotes(sentence))
        at = max((i for i, word in enumerate(words) if word == key), default=0)
        if _NOT_THE_SPEAKER.intersection(words[max(0, at - _WORDS_BEFORE_ROLE) : at]):
            continue  # `An aide to the Defence Minister said`, `A spokesman for the minister`: not his
        before = passages.paragraphs_before(context)[:_PARAGRAPHS_FOR_ROLE]
        # Each word with its English (`Cremlino`, `Кремля`: `kremlin`), as the alias's words are compared.
        said = {
            form
            for word in _office_words(" ".join([text, *(paragraph[:_PASSAGE_CHARS] for paragraph in before)]))
            for form in office_word_forms(word)
        }
        taken: dict[str, None] = {}
        untaken: dict[str, str] = {}
        held = {
            (id(account), written): (account, written, alias)
            for k in keys
            for account, written, alias in registry.holding(k)
        }
        for account, written, alias in held.values():
            unsaid = [
                word
                for word in alias
                if word not in _NOT_QUALIFYING
                and not any(form in keys for form in office_word_forms(word))
                and not office_word_said(word, said)
            ]
            if not unsaid:
                taken[written] = None
            else:
                untaken.setdefault(account.label, written)
        if len(taken) > _MOST_ROLE_HOLDERS:
            taken = {}
        speakers = tuple(Speaker(name, "elsewhere", _BY_ROLE) for name in taken)
        # Named in English, as the note's other words are: `the mayor`, not `the alcalde`.
        return speakers, _role_notes(office_in_english(office), list(taken), {} if taken else untaken)
    return (), []


# A passage of a quote alone (`"The West will pay for everything."[1]` after `Dmitry Medvedev posted on his
# channel late on Thursday.`): its words are the one's named just before, as a reader takes them, as a
# pronoun's (`he wrote`) are. The role's prefix says so in the notes.
_QUOTE_ALONE = "the quote alone; "
# A note's marker (`[1]`, `[^1]`, `(1)`) and the stops around the quote: no words of the passage's own.
_MARKER = on_first_use(r"\[\^?[^\[\]\s]{1,12}\]|\(\d{1,4}\)")


def _a_quote_alone(context: Context) -> bool:
    """Whether the passage is its quotes and nothing else (past note markers and stops): nobody named, no
    pronoun, the words given to no one in the passage itself."""
    if not context.quotes or len(context.text) > _PASSAGE_CHARS:
        return False
    rest = _MARKER().sub(" ", blank_quotes(context.text))
    return not any(char.isalnum() for char in rest)


def _office_holder_before(passages: _Passages, context: Context) -> Speaker | None:
    """For a passage naming who posted only by an office (`The spokesman wrote: “…”`: `office_subject`), the
    one named with it in the passage just before or the paragraphs before, nearest first (`Kremlin spokesman
    Dmitry Peskov said on Monday …`: `office_holder`): a guess, as a pronoun's."""
    text = context.text[:_PASSAGE_CHARS]
    sentences = split_sentences(text)
    quoted = (s for s in sentences if any(" ".join(q.split())[:40] in s for q in context.quotes))
    office = office_subject(next(quoted, text))
    if office is None:
        return None
    before = passages.before(context)
    for paragraph in (*([before.text] if before is not None else []), *passages.paragraphs_before(context)):
        holder = office_holder(paragraph[:_PASSAGE_CHARS], office)
        if holder is not None:
            return Speaker(holder, "elsewhere", OFFICE_NAMED_BEFORE + office_in_english(office))
    return None


# A speaker named in the paragraph before the one citing the note, which cites no note itself (`Dmitry
# Medvedev, deputy chair of the Security Council, posted on his channel late on Thursday.` then `“The West
# will regret this,” he wrote.[1]`): the nearest such paragraph's, or the one before it where the nearest
# names nobody (no capital inside a sentence: `The statement came an hour later.`). A paragraph naming
# someone who did not post (`Governor Petrenko disagreed.`) may be who `he` is: nobody is guessed past it.
_PARAGRAPH_BEFORE = "named in the paragraph before"
_OPENING_MARKS = "([\"'\u201c\u2018\u00ab\u201e"


def _named_in_paragraph_before(paragraphs: Sequence[str]) -> list[Speaker]:
    for paragraph in paragraphs:
        text = paragraph[:_PASSAGE_CHARS]
        named = [replace(speaker, role=_PARAGRAPH_BEFORE) for speaker in speakers_in_passage(text)]
        if named or _names_someone(text):
            return named
    return []


def _names_someone(text: str) -> bool:
    """Whether a capitalised word of `text` (its quotes blanked) may be a name: inside a sentence, or opening
    one other than with a common word (`Peskov declined to comment.`, not `The post came later.`)."""
    words = blank_quotes(text).split()
    for at, word in enumerate(words):
        bare = word.lstrip(_OPENING_MARKS)
        if not bare[:1].isupper():
            continue
        opens = at == 0 or words[at - 1].endswith((".", "!", "?", ":"))
        first = _words(bare)[:1]
        if opens and (not first or first[0] in _SENTENCE_OPENERS):
            continue
        if not german_noun_or_function_word(words, at):
            return True
    return False


# Words a sentence naming nobody opens with (`The statement came an hour later.`, `Hours later, it was
# deleted.`): any other capitalised first word may be a name (`Peskov declined to comment.`).
_SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "it", "its", "he", "she", "they", "his", "her", "their", "this", "that", "these"}
    | {"those", "there", "in", "on", "at", "after", "before", "later", "earlier", "but", "and", "yet"}
    | {"however", "meanwhile", "then", "when", "while", "as", "for", "we", "our", "i", "no", "not", "one"}
    | {"some", "many", "what", "why", "how", "hours", "minutes", "days", "within", "by", "since", "until"}
    | {"shortly", "soon", "still", "also", "both", "neither", "nor", "so", "such", "all", "most"}
)


def _report_paragraphs(report: Report) -> ReportParagraphs:
    """The report's paragraphs (`readers.paragraphs`), read again from its file: none when it cannot be read
    or is no longer the report read (its hash)."""
    try:
        data = read_input(Path(report.path), "report", max_bytes=DEFAULT_MAX_REPORT_BYTES)
    except InputError:
        data = None
    if data is None or sha256_hex(data) != report.sha256:
        return ReportParagraphs(report.format, ())
    return body_paragraphs(data, report.format, report.path)


def _gives_the_words(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the words `words[start:end]` are given as the one who said something: a verb of saying next,
    or `according to` before (past an article), and no word before that makes them another's."""
    before = start - 1 if start > 0 and words[start - 1] in _ARTICLES else start
    if list(words[max(0, before - 2) : before]) == ["according", "to"]:
        return True
    if before > 0 and words[before - 1] in _NOT_THE_SPEAKER:
        return False
    return end < len(words) and words[end] in _SAYING


def _accounts_for(query: LocateQuery, registry: _Registry) -> list[AccountMatch]:
    """Registry accounts the query's speakers name, on the cited platform when the note gives one, and the
    accounts the report gives by handle (`@name`), which need no registry entry: searched as well when the
    registry gives the speaker's name only to accounts of other handles (`_handle_not_in_registry`).
    """
    best: dict[tuple[str, str], AccountMatch] = {}
    for speaker in query.speakers:
        found = registry.matches(speaker, query.platform)
        named = _named_in_report(speaker, query.platform)
        renamed = registry.renamed_from(speaker.handle, query.platform)
        if renamed:
            # "Rybar (@rybar_old)" with a registry row giving `@rybar_old` as an alias of `rybar`: the report
            # names that account by its former handle. Searched as a handle of its own, `@rybar_old` (now
            # perhaps another's channel) was proposed at full match above the registry's account at 0.90.
            keys = {_account_key(account) for account in renamed}
            found = [
                AccountMatch(account, 1.0, speaker.name, f"@{speaker.handle}") for account in renamed
            ] + [match for match in found if _account_key(match.account) not in keys]
            named = []
        elif _handle_not_in_registry(speaker, found) and named:
            # "Rybar (@rybar) posted" with a registry row `Rybar, telegram, rybar_mirror`: only the mirror was
            # searched, and its posts were proposed as the account the report names. The report's handle
            # says which account it means; the name alone counts less for accounts of other handles.
            found = [replace(match, score=match.score * _OTHER_HANDLE) for match in found] + named
        for match in found or named:
            weighted = replace(match, score=round(match.score * speaker.weight, 3))
            key = (match.account.platform.value, (match.account.handle or match.account.label).lower())
            if key not in best or weighted.score > best[key].score:
                best[key] = weighted
    return sorted(best.values(), key=lambda match: -match.score)


# How much a registry account's name match counts when the report names the speaker by another handle, which
# the registry does not list: their posts rank below the report's handle's alike.
_OTHER_HANDLE = 0.9


def _handle_not_in_registry(speaker: Speaker, found: Sequence[AccountMatch]) -> bool:
    """Whether the report gives the speaker's handle and the registry matches the speaker only to accounts of
    other handles."""
    handle = speaker.handle
    return (
        handle is not None
        and bool(found)
        and not any((match.account.handle or "").casefold() == handle.casefold() for match in found)
    )


def _elsewhere(query: LocateQuery, registry: _Registry) -> list[str]:
    """The platforms the registry has the query's speakers on, when none is the cited one."""
    if query.platform is None:
        return []
    found = {
        match.account.platform.value
        for speaker in query.speakers
        for match in registry.matches(speaker, None)
    }
    return sorted(found)


def _on_platform(account: Account, platform: UnsearchablePlatform) -> bool:
    """Whether a registry account is on a platform `locate` cannot list: its page on the platform's site, or a
    row of that platform (`threads`)."""
    if platform.platform is not Platform.WEB and account.platform is platform.platform:
        return True
    return on_platform_site(account.url, platform)


def _with_page(match: AccountMatch, platform: UnsearchablePlatform) -> AccountMatch:
    """`match`, its account given its page on the platform where the registry gives its handle alone (a
    `threads` row): its archived copies are what can be searched."""
    account = match.account
    if account.url or not account.handle:
        return match
    return replace(match, account=account.model_copy(update={"url": platform.account_page(account.handle)}))


def _unsearchable_notes(
    platform: UnsearchablePlatform, accounts: Sequence[AccountMatch], passed_over: Sequence[AccountMatch]
) -> list[str]:
    """What a footnote naming a platform `locate` cannot list says: which platform, what was searched, and
    what a person can do."""
    named = (
        f"the note names {platform.name}"
        if platform.where == "note"
        else f"the note names no platform; the passage says the post was on {platform.name}"
    )
    if accounts:
        searched = ", ".join(match.account.label for match in accounts)
        notes = [
            f"{named}, which locate cannot list posts of: only archived copies of {searched} are searched "
            "(a post no archive copied is not found); a person can open the account's page there around the "
            "cited day and give the post's URL in the citations file"
        ]
    else:
        notes = [
            f"{named}, a platform locate cannot search (it reads no listing of its posts): nothing was "
            f"searched; open the account's page ({platform.example_page}) or an archive's copies of it "
            "around the cited day and give the post's URL in the citations file, or add a registry row "
            f"with its page as url ({platform.platform.value}, {platform.example_page}) to search its "
            "archived copies"
        ]
    if passed_over:
        others = ", ".join(match.account.label for match in passed_over)
        notes.append(f"not searched: {others}, on another platform than {platform.name}")
    return notes


_NOBODY_NAMED = "the citing passage names nobody who posted"


def _query_notes(
    query: LocateQuery,
    accounts: Sequence[AccountMatch],
    registry: _Registry,
    unsearchable: UnsearchablePlatform | None = None,
    passed_over: Sequence[AccountMatch] = (),
) -> list[str]:
    notes = [
        f"the handle {speaker.handle!r} is no account name (letters, digits, _ . -): it is not searched"
        for speaker in query.speakers
        if speaker.handle is not None and not is_account_handle(speaker.handle)
    ]
    for speaker in query.speakers:
        found = registry.matches(speaker, query.platform)
        renamed = registry.renamed_from(speaker.handle, query.platform)
        if renamed:
            accounts_text = ", ".join(account.label for account in renamed)
            notes.append(
                f"the report names @{speaker.handle}, which the registry gives as an alias of "
                f"{accounts_text} (a former handle?): that account is searched; @{speaker.handle} is not "
                "(the name may now be another's)"
            )
        elif speaker.handle is not None and _handle_not_in_registry(speaker, found):
            if not _named_in_report(speaker, query.platform):
                continue  # not searchable by handle: the registry's accounts alone are searched
            others = ", ".join(match.account.label for match in found)
            notes.append(
                f"the report names @{speaker.handle} for {speaker.name!r}; the registry gives the name to "
                f"{others}, of another handle: each is searched, theirs with the name match counting "
                f"{_OTHER_HANDLE:.2f} of it"
            )
    for role, where in ((_BEFORE, "the passage before it"), (_PARAGRAPH_BEFORE, "the paragraph before it")):
        for alone, how in (
            (False, "but by a pronoun ('he wrote', 'she posted')"),
            (True, "(it is the quote alone)"),
        ):
            before = [
                speaker.name
                for speaker in query.speakers
                if speaker.role == (_QUOTE_ALONE if alone else "") + role
            ]
            if before:
                notes.append(
                    f"the passage names nobody who posted {how}: "
                    f"{', '.join(repr(name) for name in before)}, named in {where}, is a guess at who, "
                    f"weighed {SOURCE_WEIGHT['elsewhere']:.2f} in the speaker part; confirm who posted"
                )
    titled = [speaker.name for speaker in query.speakers if speaker.role == _BY_TITLE]
    if titled:
        notes.append(
            "the passage names nobody who posted but by a title the registry gives an account: "
            f"{', '.join(repr(name) for name in titled)}; a guess, weighed "
            f"{SOURCE_WEIGHT['elsewhere']:.2f} in the speaker part; confirm who posted"
        )
    by_office = [
        speaker for speaker in query.speakers if (speaker.role or "").startswith(OFFICE_NAMED_BEFORE)
    ]
    for speaker in by_office:
        office = (speaker.role or "").removeprefix(OFFICE_NAMED_BEFORE)
        notes.append(
            f"the passage names who posted only as 'the {office}': {speaker.name!r}, named as the {office} "
            f"before it, is a guess at who, weighed {SOURCE_WEIGHT['elsewhere']:.2f} in the speaker part; "
            "confirm who posted"
        )
    for speaker in query.speakers:
        if speaker.source == "cited":
            notes.append(
                f"{speaker.name!r} is named as {(speaker.role or '').removeprefix(CITED_SOURCE)}, not as who "
                "posted: searched too (a post of theirs may hold the words first, or pass them on), weighed "
                f"{SOURCE_WEIGHT['cited']:.2f} in the speaker part; the writer's own post is the one to cite"
            )
    guessed = [
        speaker.name
        for speaker in query.speakers
        if speaker.source == "elsewhere"
        and speaker.role not in (_BY_TITLE, _BEFORE, _PARAGRAPH_BEFORE, _BY_ROLE)
        and not (speaker.role or "").startswith(_QUOTE_ALONE)
        and speaker not in by_office
    ]
    if guessed:
        notes.append(
            "the sentence with the quote names nobody who posted (a pronoun or a title: 'he wrote', 'the "
            f"ministry said'): {', '.join(repr(name) for name in guessed)}, named elsewhere in the passage, "
            f"is a guess, weighed {SOURCE_WEIGHT['elsewhere']:.2f} in the speaker part; confirm who posted"
        )
    if query.date is None and query.period is not None and _month_days(query.period) is None:
        # A year's posts are hundreds of days' pages: no listing a search reads holds them.
        notes.append(f"the note dates the post to {query.period} only: give the month or the day to search")
    elif query.date is None and query.period is None:
        notes.append("the note gives no full date: there is no day to search around")
    if unsearchable is not None:
        notes += _unsearchable_notes(unsearchable, accounts, passed_over)
    if not query.speakers:
        notes.append(
            f"{_NOBODY_NAMED} (no 'X posted/wrote/said', no 'X's channel'); add the account's handle to the "
            "note or the citations file"
        )
    elif not accounts and unsearchable is None:
        names = ", ".join(repr(speaker.name) for speaker in query.speakers)
        where = query.platform.value if query.platform else "the platform"
        elsewhere = _elsewhere(query, registry) if registry.accounts else []
        if elsewhere:
            notes.append(
                f"in the accounts registry only on {', '.join(elsewhere)}: {names}; the note cites {where}: "
                f"add a row with the name, {where} and the handle"
            )
        elif registry.accounts:
            notes.append(
                f"not in the accounts registry: {names}; add a row with the name, {where} and the handle"
            )
        else:
            notes.append(f"the passage names {names}; give --accounts with their {where} handle to search")
    return notes


@dataclass(frozen=True)
class _Prepared:
    """An unlinked footnote before any search: its query, the accounts it names, and what to say so far."""

    footnote: Footnote
    citation: Citation
    query: LocateQuery
    accounts: tuple[AccountMatch, ...]
    notes: tuple[str, ...]
    day_searchable: bool = True  # the window around the cited day lies within the calendar
    # Days each side of the cited one searched: `--window`, or wider to reach the day the passage gives the
    # post (`_passage_day`).
    window: int = 1
    # The day the citing passage says the post was made (`On January 21, X wrote`), when another than the
    # note's: a post of that day counts as of the cited day too.
    passage_day: dt.date | None = None

    @property
    def days(self) -> tuple[dt.date, dt.date] | None:
        """The first and last cited days: the note's day twice, or its month's first and last."""
        return _cited_days(self.query)

    @property
    def search_key(self) -> tuple[object, ...] | None:
        """Footnotes with one key need one search: the same accounts around the same day (or month)."""
        if self.days is None or not self.accounts or not self.day_searchable:
            return None
        return (*self.days, self.window, tuple(_account_key(match.account) for match in self.accounts))


def _month_days(period: str) -> tuple[dt.date, dt.date] | None:
    """The first and last days of a note's month (`2022-01`), or of the months its season may be (a note's
    `Winter 2021-22`, `2021-12/2022-02`: December 2021 to February 2022; a citations file's winter or summer
    code, `2021-24`, every reading of it: December 2020 to February 2022; a spring's or an autumn's,
    `2021-21`, March to November 2021, either hemisphere's), as the date check bounds them: the search
    covers all the note says, never less. None for a year (`2022`) or no month."""
    if "/" in period:
        opening, _, closing = period.partition("/")
        first_days, last_days = _month_days(opening), _month_days(closing)
        if first_days is None or last_days is None or last_days[1] < first_days[0]:
            return None
        return first_days[0], last_days[1]
    year, _, month = period.partition("-")
    if not (year.isdigit() and month.isdigit() and 1 < int(year) < 9999):
        return None
    if month in _SEASONS_ACROSS_THE_YEAR:
        return dt.date(int(year) - 1, 12, 1), dt.date(int(year) + 1, 3, 1) - dt.timedelta(days=1)
    if month in SEASON_CODES:
        return dt.date(int(year), 3, 1), dt.date(int(year), 11, 30)
    if not 1 <= int(month) <= 12:
        return None
    first = dt.date(int(year), int(month), 1)
    if first.month == 12:
        return first, dt.date(first.year, 12, 31)
    return first, dt.date(first.year, first.month + 1, 1) - dt.timedelta(days=1)


# A summer's or a winter's code (`2021-22`, `2021-24`): its readings (north and south of the equator, the
# winter of either turn of the year) run from December of the year before to February of the year after, as
# `checks.date` bounds them.
_SEASONS_ACROSS_THE_YEAR = frozenset(("22", "24"))


def _span_words(days: tuple[dt.date, dt.date], period: str | None) -> str | None:
    """The months a note's season spans, in words (`winter 2021, every reading of it: December 2020 to
    February 2022`, `December 2021 to February 2022`); None for one day or one month."""
    first, last = days
    if (first.year, first.month) == (last.year, last.month):
        return None
    months = f"{first:%B %Y} to {last:%B %Y}"
    if period is not None and period.partition("-")[2] in SEASON_CODES:
        return f"{month_or_year_in_words(period)}, every reading of it: {months}"
    return months


def _cited_span(days: tuple[dt.date, dt.date], period: str | None) -> str:
    """What the notes call the cited days of a note without a day: `the cited month (2022-01)`, or a
    season's months (`the cited span (December 2021 to February 2022)`)."""
    span = _span_words(days, period)
    return f"the cited month ({days[0]:%Y-%m})" if span is None else f"the cited span ({span})"


def _cited_days(query: LocateQuery) -> tuple[dt.date, dt.date] | None:
    """The days a post of the note's date falls on: its day, or every day of its month; None for a year."""
    if query.date is not None:
        return query.date, query.date
    return _month_days(query.period) if query.period is not None else None


def _last_day(days: tuple[dt.date, dt.date]) -> dt.date | None:
    """The `last` argument of the span functions: None for one day, the month's last day for a month."""
    return days[1] if days[1] != days[0] else None


def _account_key(account: Account) -> tuple[str, str]:
    return account.platform.value, (account.handle or account.url or account.id or account.name).lower()


@dataclass
class _SharedSearch:
    """One search of some accounts over one window; its pages go into one WARC that each footnote needing
    exactly this search names, so a channel is paged once however many footnotes cite it that day.
    """

    labels: list[str]
    accounts: tuple[AccountMatch, ...]
    day: dt.date
    window: int
    # The moment the footnotes' notes give (a time, or a day, in a zone they name), when they agree: where a
    # channel too busy to read the cited day whole is read first.
    focus: dt.datetime | None = None
    # A note dated to a month: its last day (`day` its first), the whole month read as the cited day.
    last: dt.date | None = None
    # A note dated to a season: its months as the notes name them (`_cited_span`).
    span: str | None = None
    found: list[AccountSearch] = field(default_factory=list)
    capture: Capture | None = None
    error: str | None = None
    # What the run's searches of any of these accounts read (other days, a month): they share this one's WARC
    # and pages, and the posts they read of an account in this one's window count for its footnotes too.
    read_together: _ReadTogether | None = None

    def search(self, pages: Fetcher) -> None:
        start, end = window_bounds(self.day, self.window, self.last)
        cited = CITED_DAY if self.last is None else self.span or _cited_span((self.day, self.last), None)
        # Read first: a busy channel may not be read whole.
        core = cited_day_bounds(self.day, self.last)
        self.found = [
            search_account(pages, match, start, end, core, self.focus, cited) for match in self.accounts
        ]

    def posts_of(self, found: AccountSearch) -> list[FoundPost]:
        """The posts of one account this search read (`found`), and those the searches run with it read of
        it in this one's window, each once (by its URL)."""
        posts = list(found.posts)
        if self.read_together is None:
            return posts
        seen = {post.url for post in posts}
        start, end = window_bounds(self.day, self.window, self.last)
        for post in self.read_together.posts_of(_account_key(found.account.account), start, end):
            if post.url not in seen:
                seen.add(post.url)
                posts.append(post)
        return posts


class _ReadTogether:
    """The timed posts a group of searches read, by account and time: what one search's window holds of
    what the others read, found without going through every post each read (a report citing one channel
    on two hundred days reads tens of thousands)."""

    def __init__(self, searches: Sequence[_SharedSearch]) -> None:
        timed: dict[tuple[str, str], list[tuple[dt.datetime, FoundPost]]] = {}
        for search in searches:
            for found in search.found:
                listed = timed.setdefault(_account_key(found.account.account), [])
                # An undated archived copy is of its own search's window, not another's.
                listed += [(post.posted_at, post) for post in found.posts if post.posted_at is not None]
        # Sorted by time alone, stable: posts of one moment keep the order they were read in.
        self._posts = {key: sorted(listed, key=lambda item: item[0]) for key, listed in timed.items()}
        self._times = {key: [moment for moment, _ in listed] for key, listed in self._posts.items()}

    def posts_of(self, key: tuple[str, str], start: dt.datetime, end: dt.datetime) -> list[FoundPost]:
        """The account's posts read posted in [start, end), in time order."""
        times = self._times.get(key, [])
        first, last = bisect.bisect_left(times, start), bisect.bisect_left(times, end)
        return [post for _, post in self._posts.get(key, [])[first:last]]


def _search_together(searches: Sequence[_SharedSearch]) -> list[list[_SharedSearch]]:
    """The run's searches in groups that read one account or more in common (transitively): each group is
    searched in one series, one WARC, each page fetched once (`PagesOnce`)."""
    groups: list[list[_SharedSearch]] = []
    group_of: dict[tuple[str, str], int] = {}
    for search in searches:
        keys = {_account_key(match.account) for match in search.accounts}
        joined = sorted({group_of[key] for key in keys if key in group_of})
        if not joined:
            groups.append([search])
            target = len(groups) - 1
        else:
            target = joined[0]
            for other in joined[1:]:
                groups[target] += groups[other]
                for key, index in group_of.items():
                    if index == other:
                        group_of[key] = target
                groups[other] = []
            groups[target].append(search)
        for key in keys:
            group_of[key] = target
    return [group for group in groups if group]


def _run_together(group: Sequence[_SharedSearch], report: Report, settings: LocateSettings) -> None:
    labels = [label for search in group for label in search.labels]
    name = f"{capture_stem(report.path, '_'.join(labels))}-locate"
    label = ",".join(labels)
    with CaptureSeries(settings.archive_dir, name, settings.network, settings.info, label) as series:
        pages = PagesOnce(series)
        for search in group:
            search.search(pages)
        capture = series.publish()
        read = _ReadTogether(group) if len(group) > 1 else None
        for search in group:
            search.capture, search.error, search.read_together = capture, series.error, read


def _focus(prepared: _Prepared) -> dt.datetime | None:
    """The moment the note gives its post, in a zone it names (`January 21, 2022, 05:00 UTC`), or the middle
    of the day it gives in one (`January 21, 2022 (MSK)`); None without a zone. For a note dated to a month,
    the middle, in every zone, of the day of that month the passage gives the post (`On January 27, X
    posted`), when it gives one."""
    query = prepared.query
    if query.date is None:
        day = _passage_day_in_month(prepared)
        return _middle_of(day) if day is not None else None
    if query.time is not None:
        return query.time.at if query.time.zone is not None else None
    zoned = find_zoned_day(prepared.footnote.text, query.date)
    if zoned is None or not zoned.opens:
        return None
    return zoned.opens[0] + dt.timedelta(hours=12)


def _passage_day_in_month(prepared: _Prepared) -> dt.date | None:
    """The one day of a month-dated note's month the citing passages say the post was made."""
    days = prepared.days
    if prepared.query.date is not None or days is None:
        return None
    day = _passage_day_in_year(prepared.footnote, days[0].year)
    return day if day is not None and days[0] <= day <= days[1] else None


def _middle_of(day: dt.date) -> dt.datetime:
    """The middle of `day`'s span in every zone from UTC-12 to UTC+14 (11:00 UTC)."""
    start, end = cited_day_bounds(day)
    return start + (end - start) / 2


def _window_in_calendar(day: dt.date, window: int, last: dt.date | None = None) -> bool:
    """Whether the UTC span searched around `day` (to `last`, a month's), and the archive's lag after it,
    is one Python's dates hold: a note dated 31 December 9999 (or 1 January 1) stopped the run as an
    internal error, and no post is there to find."""
    try:
        _, end = window_bounds(day, window, last)
        end + ARCHIVE_LAG
    except OverflowError:
        return False
    return True


def _prepare(
    report: Report,
    footnote: Footnote,
    citation: Citation,
    registry: _Registry,
    window: int,
    passages: _Passages,
) -> _Prepared:
    query = build_query(footnote, citation, attributed_quotes(report.footnotes)[footnote.label])
    # `“…” (via Bakhmut)`: a credit alone may name a place; it is who posted only where the registry holds it.
    credited = [
        speaker for speaker in query.speakers if speaker.credit_only and not registry.matches(speaker, None)
    ]
    if credited:
        query = replace(query, speakers=tuple(s for s in query.speakers if s not in credited))
    in_full, in_full_notes = _named_in_full_above(passages, footnote, query.speakers)
    query = replace(query, speakers=in_full)
    if not query.speakers and registry.accounts:
        query = replace(query, speakers=tuple(registry.titled(footnote)))
    if not query.speakers:
        query = replace(query, speakers=_named_before(passages, footnote))
    role_notes: list[str] = []
    if not query.speakers:
        # `The mayor said: “…”`: an office, no one named with it before; the registry may say whose it is.
        by_role, role_notes = _role_holders(footnote, passages, registry)
        query = replace(query, speakers=by_role)
    year_only = query.period if query.date is None and query.period and query.period.isdigit() else None
    said_day = _passage_day_in_year(footnote, int(year_only)) if year_only else None
    if said_day is not None:
        # A year is too wide to search, but the passage gives the post's day in it: that day is searched.
        query = replace(query, date=said_day, period=None)
    undated_day = _passage_full_day(footnote) if query.date is None and query.period is None else None
    if undated_day is not None:
        # `[1] Telegram.` cited by `On January 21, 2022, X posted`: the one day there is to search.
        query = replace(query, date=undated_day)
    unsearchable = unsearchable_platform(footnote.text, citation.platform, footnote.contexts)
    if unsearchable is not None and unsearchable.platform is Platform.THREADS:
        query = replace(query, platform=Platform.THREADS)
    accounts = _accounts_for(query, registry)
    passed_over: list[AccountMatch] = []
    if unsearchable is not None:
        # `[4] Truth Social, …`: the speaker's X account is not where the post was. Only an account on the
        # platform's own site is searched (through archived copies of its page); the others are said.
        passed_over = [match for match in accounts if not _on_platform(match.account, unsearchable)]
        accounts = [
            _with_page(match, unsearchable) for match in accounts if _on_platform(match.account, unsearchable)
        ]
    notes = [
        f"the passage credits the words to {speaker.name!r} with 'via' alone, which names a place as often "
        "as a source, and the accounts registry holds no such name: not searched as who posted (if it is "
        "an account, add a row with its name, platform and handle)"
        for speaker in credited
    ]
    notes += in_full_notes
    notes += role_notes
    notes += [
        note
        for note in _query_notes(query, accounts, registry, unsearchable, passed_over)
        if not (role_notes and note.startswith(_NOBODY_NAMED))  # it names a role: said above
    ]
    cited_on = query.platform
    elsewhere = [
        (platform, why)
        for platform, why in (
            *((platform, "names") for platform in _note_other_platforms(footnote, citation)),
            (_passage_platform(passages, footnote, citation), "passage"),
        )
        if platform is not None and cited_on is not None
    ]
    cited_name = cited_on.value if cited_on is not None else ""
    for other, why in elsewhere:
        # `Mir-Karimi wrote on X: "…"[1]` with `[1] Telegram, …`: one of the two is wrong, and a reader
        # would look on both; `[1] Telegram and X, …`: a post made on both. The speaker's accounts there are
        # searched too, and the footnote says why.
        keys = {_account_key(match.account) for match in accounts}
        there = [
            match
            for match in _accounts_for(replace(query, platform=other), registry)
            if _account_key(match.account) not in keys
        ]
        if not there:
            continue
        accounts += there
        searched = f"{', '.join(match.account.label for match in there)} searched too"
        if why == "passage":
            notes.append(
                f"the note cites {cited_name}, the passage says the post was on {other.value}: "
                f"{searched}; correct the note or the passage"
            )
        else:
            notes.append(f"the note names {cited_name} and {other.value}: {searched}")
    if undated_day is not None:
        notes.append(
            f"the note gives no date; the passage gives the post's day, {undated_day}: searched around it "
            "(the date check has no date of the note to compare the post with)"
        )
    if said_day is not None:
        notes.append(
            f"the note dates the post to {year_only} only; the passage gives its day, {said_day}: searched "
            "around that day (the date check compares the post with the note's year)"
        )
    days = _cited_days(query)
    searchable = days is None or _window_in_calendar(days[0], window, _last_day(days))
    said_in_month = (
        _passage_day_in_year(footnote, days[0].year)
        if searchable and days is not None and query.date is None
        else None
    )
    if said_in_month is not None and days is not None and days[0] <= said_in_month <= days[1]:
        notes.append(
            f"the passage gives the post's day, {said_in_month}, in the note's month: a channel too busy to "
            "read the month whole is read around that day first"
        )
    if not searchable:
        cited = (
            f"day, {query.date}"
            if query.date is not None
            else _cited_span(days, query.period).removeprefix("the cited ")
            if days is not None
            else f"month, {query.period}"
        )
        notes.append(f"the cited {cited}, is at the end of the calendar: there is no window to search")
    passage_day = None
    if searchable and query.date is not None and accounts:
        notes += _other_days_note(footnote.text, query.date, window)
        passage_day = _passage_day(footnote, query.date)
        wider = abs((passage_day - query.date).days) if passage_day is not None else 0
        if wider > window and _window_in_calendar(query.date, wider):
            notes.append(
                f"the passage gives the post's day as {passage_day}, the note {query.date} (a report's or "
                f"access date?): the window was widened to ±{wider} days to read both, and a post of "
                f"{passage_day} counts as of the cited day; the date check compares the post with the note's "
                "day"
            )
            window = wider
        elif wider:
            notes.append(
                f"the passage gives the post's day as {passage_day}, the note {query.date}: a post of either "
                "counts as of the cited day"
            )
        if not wider:
            passage_day = None
    return _Prepared(
        footnote, citation, query, tuple(accounts), tuple(notes), searchable, window, passage_day
    )


# Where a note names several platforms (`Telegram and X`, `Telegram/X`, `X, Telegram`): its parts.
_NOTE_PARTS = on_first_use(r"/|,|;|&|\b(?:and|und|et|y|\u0438|\u0442\u0430)\b")
_NOTE_PARTS_READ = 400  # characters of a note: its platforms stand before its title or quote


def _note_other_platforms(footnote: Footnote, citation: Citation) -> list[Platform]:
    """The platforms a note names besides the one it is read as citing (`[1] Telegram and X, January 21,
    2022.`: X), in its first words; none where it names one, or gives a link."""
    if citation.platform is None or citation.url is not None:
        return []
    parts = _NOTE_PARTS().split(blank_quotes(footnote.text[:_NOTE_PARTS_READ]))
    # Each part read as a note's first words (`X,` names X there, as a note opening with it does).
    found = dict.fromkeys(platform_from_words(f"{part.strip()},") for part in parts)
    return [
        platform
        for platform in found
        if platform is not None and platform is not citation.platform and platform is not Platform.WEB
    ]


def _passage_platform(passages: _Passages, footnote: Footnote, citation: Citation) -> Platform | None:
    """The one platform the citing passages say the post was on (`wrote on X`, `posted on Telegram`), when
    the note names another; None where they name none, several, or the note's. A passage citing other notes
    too (`A posted on Telegram "…"[1] while B wrote on X "…"[2]`) may name the others' platforms: not read."""
    if citation.platform is None or citation.platform is Platform.WEB:
        return None
    named = {
        platform_from_words(blank_quotes(context.text[:_PASSAGE_CHARS]))
        for context in footnote.contexts
        if not passages.cites_others(context, footnote.label)
    }
    named.discard(None)
    if len(named) != 1:
        return None
    (platform,) = named
    return platform if platform is not citation.platform and platform is not Platform.WEB else None


# A day the passage says a post was made, in English, without a year or with one: `On January 21, …`, `… wrote
# on 21 January`, `on Friday, Jan. 21`. Only after `on`: a day named otherwise (`the January 19 strike`) is
# the subject's, not the post's. Linear: each part is a run of one class, between fixed words.
_MONTHS = tuple(month.lower() for month in ENGLISH_MONTHS)
_MONTH_WORDS = "|".join([*_MONTHS, *(month[:3] + r"\.?" for month in _MONTHS), "sept\\.?"])
_PASSAGE_DAY = on_first_use(
    r"\bon (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
    rf"(?:(?P<month>{_MONTH_WORDS}) (?P<day>\d{{1,2}})(?:st|nd|rd|th)?|"
    rf"(?:the )?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<month2>{_MONTH_WORDS}))"
    r"(?:,? (?P<year>\d{4}))?\b",
    re.IGNORECASE,
)
# How far from the note's day a day the passage gives is read as the post's (a report dated days after it).
_PASSAGE_DAY_REACH = 14
_PASSAGE_CHARS = 5_000


def _passage_day(footnote: Footnote, cited: dt.date) -> dt.date | None:
    """The one day the citing passages say the post was made, outside quotes (`On January 21, Rybar wrote`),
    when it is another than `cited` and within `_PASSAGE_DAY_REACH` days of it (the year the note's, or the
    one before it for a December day cited in January); None when they give none, or two. Only a day in a
    sentence that says someone posted (`_SAYING`, `Telegram`, `channel`): `On January 19, troops entered the
    town.` gives the day of what the post is about."""
    days: set[dt.date] = set()
    for month, day, year in _days_said_posted(footnote):
        for one in [year] if year is not None else [cited.year, cited.year - 1]:
            try:
                given = dt.date(one, month, day)
            except ValueError:
                continue
            if abs((given - cited).days) <= _PASSAGE_DAY_REACH:
                days.add(given)
                break
    return days.pop() if len(days) == 1 and cited not in days else None


def _passage_full_day(footnote: Footnote) -> dt.date | None:
    """The one day, with its year, the citing passages say the post was made (`On January 21, 2022, Rybar
    wrote`, `Am 21. Januar 2022 schrieb`), for a note that gives no date; None when they give none, two, or
    a day without its year."""
    days: set[dt.date] = set()
    for month, day, year in _days_said_posted(footnote):
        if year is None:
            return None
        try:
            days.add(dt.date(year, month, day))
        except ValueError:
            return None
    return days.pop() if len(days) == 1 else None


def _passage_day_in_year(footnote: Footnote, year: int) -> dt.date | None:
    """The one day of `year` the citing passages say the post was made (`On January 21, Rybar wrote`), for
    a note that gives only the year; None when they give none, or two, or one of another year."""
    days: set[dt.date] = set()
    for month, day, given_year in _days_said_posted(footnote):
        if given_year not in (None, year):
            return None
        try:
            days.add(dt.date(year, month, day))
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None


def _days_said_posted(footnote: Footnote) -> list[tuple[int, int, int | None]]:
    """(month, day, year or None) of each day outside quotes in a sentence of the citing passages that says
    someone posted (`_SAYING`, `Telegram`, `channel`) after `on`, or German's `am`."""
    found = []
    for context in footnote.contexts:
        text = " ".join(blank_quotes(context.text[:_PASSAGE_CHARS]).split())
        for match in _PASSAGE_DAY().finditer(text):
            if not _says_it_posted(text, match.start(), match.end()):
                continue
            month_word = (match.group("month") or match.group("month2")).lower()
            month = next(index for index, name in enumerate(_MONTHS, 1) if name.startswith(month_word[:3]))
            day = int(match.group("day") or match.group("day2"))
            found.append((month, day, int(match.group("year")) if match.group("year") else None))
        for match in _GERMAN_PASSAGE_DAY().finditer(text):
            if not _says_it_posted(text, match.start(), match.end()):
                continue
            named = match.group("month")
            month = (
                next(at for at, starts in enumerate(_GERMAN_MONTHS, 1) if named.casefold().startswith(starts))
                if named
                else int(match.group("month_number"))
            )
            if 1 <= month <= 12:
                year = match.group("year")
                found.append((month, int(match.group("day")), int(year) if year else None))
        for match in _SLAVIC_PASSAGE_DAY().finditer(text):
            if not _says_it_posted(text, match.start(), match.end()):
                continue
            named = match.group("month").casefold()
            month = next(at for at, starts in enumerate(_SLAVIC_MONTHS, 1) if named.startswith(starts))
            year = match.group("year")
            found.append((month, int(match.group("day")), int(year) if year else None))
    return found


# Russian's and Ukrainian's day of the month, its month in the genitive after it (`21 January 2022` as
# they write it, the day perhaps ordinal: `21-go`): no preposition before it, so only in a sentence saying
# someone posted. Escaped: the first letters of each month, Russian's then Ukrainian's.
_SLAVIC_MONTHS = (
    ("\u044f\u043d\u0432", "\u0441\u0456\u0447"),
    ("\u0444\u0435\u0432", "\u043b\u044e\u0442"),
    ("\u043c\u0430\u0440", "\u0431\u0435\u0440"),
    ("\u0430\u043f\u0440", "\u043a\u0432\u0456"),
    ("\u043c\u0430", "\u0442\u0440\u0430"),
    ("\u0438\u044e\u043d", "\u0447\u0435\u0440"),
    ("\u0438\u044e\u043b", "\u043b\u0438\u043f"),
    ("\u0430\u0432\u0433", "\u0441\u0435\u0440"),
    ("\u0441\u0435\u043d", "\u0432\u0435\u0440"),
    ("\u043e\u043a\u0442", "\u0436\u043e\u0432"),
    ("\u043d\u043e\u044f", "\u043b\u0438\u0441"),
    ("\u0434\u0435\u043a", "\u0433\u0440\u0443"),
)
_SLAVIC_MONTH_NAMES = "|".join(
    (
        *RUSSIAN_GENITIVE_MONTHS,
        # ... and Ukrainian's.
        "\u0441\u0456\u0447\u043d\u044f",
        "\u043b\u044e\u0442\u043e\u0433\u043e",
        "\u0431\u0435\u0440\u0435\u0437\u043d\u044f",
        "\u043a\u0432\u0456\u0442\u043d\u044f",
        "\u0442\u0440\u0430\u0432\u043d\u044f",
        "\u0447\u0435\u0440\u0432\u043d\u044f",
        "\u043b\u0438\u043f\u043d\u044f",
        "\u0441\u0435\u0440\u043f\u043d\u044f",
        "\u0432\u0435\u0440\u0435\u0441\u043d\u044f",
        "\u0436\u043e\u0432\u0442\u043d\u044f",
        "\u043b\u0438\u0441\u0442\u043e\u043f\u0430\u0434\u0430",
        "\u0433\u0440\u0443\u0434\u043d\u044f",
    )
)
_SLAVIC_PASSAGE_DAY = on_first_use(
    r"(?<![\w.])(?P<day>\d{1,2})(?:-?(?:\u0433\u043e|\u0435))?\s"
    rf"(?P<month>{_SLAVIC_MONTH_NAMES})(?!\w)(?:\s(?P<year>\d{{4}})(?!\d))?",
    re.IGNORECASE,
)


# The same in German: `am 21. Januar 2022 schrieb`, `am Freitag, dem 21. Januar, schrieb`, `schrieb am
# 21.01.2022`. Only after `am`, as in English after `on`. Each part a run of one class: linear.
_GERMAN_MONTHS = (
    *(("j\u00e4n", "jan"), ("feb",), ("m\u00e4r", "maer", "mrz"), ("apr",), ("mai",), ("jun",), ("jul",)),
    *(("aug",), ("sep",), ("okt",), ("nov",), ("dez",)),
)
_GERMAN_MONTH_WORDS = (
    "j\u00e4nner|januar|februar|m\u00e4rz|maerz|april|mai|juni|juli|august|september|oktober|november"
    "|dezember|jan|j\u00e4n|feb|m\u00e4r|mrz|apr|jun|jul|aug|sept?|okt|nov|dez"
)
_GERMAN_PASSAGE_DAY = on_first_use(
    r"\bam\s(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag),?\s"
    r"(?:(?:dem|den)\s)?)?"
    rf"(?P<day>\d{{1,2}})\.\s?(?:(?P<month>{_GERMAN_MONTH_WORDS})\b\.?|(?P<month_number>\d{{1,2}})\.)"
    r"(?:,?\s?(?P<year>\d{4}))?(?!\d)",
    re.IGNORECASE,
)


_POSTING = frozenset({"telegram", "channel", "tweet", "twitter", "x", "post", "message"})
_SLAVIC_POSTING = frozenset(
    (
        "\u043d\u0430\u043f\u0438\u0441\u0430\u043b",
        "\u043d\u0430\u043f\u0438\u0441\u0430\u043b\u0430",
        "\u0437\u0430\u044f\u0432\u0438\u043b",
        "\u0437\u0430\u044f\u0432\u0438\u043b\u0430",
        "\u0441\u043e\u043e\u0431\u0449\u0438\u043b",
        "\u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0430",
        "\u043e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u043b",
        "\u043e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u043b\u0430",
        "\u043f\u043e\u0441\u0442",
        "\u043f\u043e\u0441\u0442\u0435",
        "\u043a\u0430\u043d\u0430\u043b\u0435",
        "\u0442\u0435\u043b\u0435\u0433\u0440\u0430\u043c",
        "\u043d\u0430\u043f\u0438\u0441\u0430\u0432",
        "\u0437\u0430\u044f\u0432\u0438\u0432",
        "\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u0438\u0432",
        "\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u0438\u043b\u0430",
        "\u043e\u043f\u0443\u0431\u043b\u0456\u043a\u0443\u0432\u0430\u0432",
        "\u043e\u043f\u0443\u0431\u043b\u0456\u043a\u0443\u0432\u0430\u043b\u0430",
        "\u043a\u0430\u043d\u0430\u043b\u0456",
        "\u0434\u043e\u043f\u0438\u0441\u0456",
    )
)
_GERMAN_POSTING = frozenset(
    {"schrieb", "schreibt", "sagte", "postete", "twitterte", "erkl\u00e4rte", "teilte", "meldete", "betonte"}
    | {"warnte", "ver\u00f6ffentlichte", "kanal", "beitrag", "nachricht"}
)


def _says_it_posted(text: str, start: int, end: int) -> bool:
    """Whether the sentence of `text[start:end]` says someone posted or said something."""
    opens = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start)) + 1
    ends = [at for at in (text.find(". ", end), text.find("? ", end), text.find("! ", end)) if at >= 0]
    words = _words(text[opens : min(ends, default=len(text))])
    return any(
        word in _SAYING or word in _POSTING or word in _GERMAN_POSTING or word in _SLAVIC_POSTING
        for word in words
    )


# The widest `--window` the command takes.
_WIDEST_WINDOW = 30


def _other_days_note(text: str, day: dt.date, window: int) -> list[str]:
    """What to say of the other days the note gives as plainly as the one searched around, outside the window
    (`Telegram, January 21, 2022; Telegram, January 24, 2022.`: a note citing posts of two days): only the
    first day's posts were read, and a quote of the other's post was said to be held by no post, or only its
    companion proposed, nothing saying the other day was never searched."""
    apart = sorted(
        (other for other in other_days(blank_quotes(text), day) if abs((other - day).days) > window),
        key=lambda other: abs((other - day).days),
    )
    if not apart:
        return []
    days = ", ".join(other.isoformat() for other in apart)
    farthest = abs((apart[-1] - day).days)
    then = (
        f"search again with --window {farthest}"
        if farthest <= _WIDEST_WINDOW
        else f"it is more than {_WIDEST_WINDOW} days away (the widest --window): give that post's URL"
    )
    return [
        f"the note gives another day too, {days}, outside the window searched around {day} (±{window} "
        f"days): a note citing posts of two days? Only posts around {day} were read; for the other post, "
        f"{then}"
    ]


def _finish(prepared: _Prepared, shared: _SharedSearch | None, window: int) -> FootnoteSearch:
    """The footnote's candidates: the shared search's posts, scored against this footnote's own quotes and
    its own match of each account (one footnote names the speaker fully, another only by family name).
    """
    query, notes = prepared.query, list(prepared.notes)
    candidates: list[Candidate] = []
    days = prepared.days
    if shared is not None and days is not None:
        # A note dated to a month: every day of it is the cited day (`last`); no zone's day, time or
        # passage's day narrows it.
        last = _last_day(days)
        span = _span_words(days, query.period)
        own_match = {_account_key(match.account): match for match in prepared.accounts}
        namesakes = _namesakes(prepared.accounts)
        not_the_writer = _not_the_writer(query, prepared.accounts)
        # A day the note gives in a zone it names, no time given: that zone's day, as the date check holds it.
        zoned_day = (
            find_zoned_day(prepared.footnote.text, query.date)
            if query.time is None and query.date is not None
            else None
        )
        for found in shared.found:
            notes += found.notes
            key = _account_key(found.account.account)
            for post in shared.posts_of(found):
                mine = replace(post, account=own_match[key])
                candidate = score_post(
                    mine,
                    query.quotes,
                    days[0],
                    window,
                    query.time,
                    zoned_day,
                    last,
                    span,
                )
                if prepared.passage_day is not None:
                    # The day the passage gives the post scores as the cited day, as the note's does.
                    on_passage_day = score_post(mine, query.quotes, prepared.passage_day, window, query.time)
                    if on_passage_day is not None and (
                        candidate is None or on_passage_day.score > candidate.score
                    ):
                        candidate = on_passage_day
                if candidate is not None:
                    said = tuple(notes_of[key] for notes_of in (not_the_writer, namesakes) if key in notes_of)
                    candidates.append(replace(candidate, notes=(*candidate.notes, *said)))
        if shared.error:
            notes.append(f"the search pages could not be kept: {shared.error}")
        if last is not None:
            notes += _month_read_notes(shared, span, window)
        notes += _empty_search_notes(shared, candidates, days[0], window, last, query.period)
    return FootnoteSearch(
        footnote=prepared.footnote,
        citation=prepared.citation,
        query=query,
        accounts=prepared.accounts,
        candidates=tuple(_unique_posts(rank(_versions_joined(_reposts_joined(_one_per_post(candidates)))))),
        capture=shared.capture if shared else None,
        notes=tuple(dict.fromkeys(notes)),
        read_whole=shared is not None and all(found.read_whole for found in shared.found),
        window=window,
        nearest=_nearest_days(prepared),
    )


def _nearest_days(prepared: _Prepared) -> tuple[dt.date, ...]:
    """The days a listing cut at `MAX_UNRANKED` keeps the posts nearest: the note's day and the one the
    passage gives the post, or of a month, the day of it the passage gives; none for a month alone."""
    if prepared.query.date is None:
        day = _passage_day_in_month(prepared)
        return (day,) if day is not None else ()
    return tuple(day for day in (prepared.query.date, prepared.passage_day) if day is not None)


# Two accounts' name matches this close are told apart by spelling alone: a family name alone (`Smith`, 0.90
# for `Jane Smith`) matched the handle `jsmith` at 0.91, and John Smith's candidates had no note that the
# registry gives the name to Jane Smith too. A whole name against a family name (1.00 against 0.90) is
# farther apart than this.
_NAMESAKE_MARGIN = 0.05


def _not_the_writer(query: LocateQuery, accounts: Sequence[AccountMatch]) -> dict[tuple[str, str], str]:
    """For an account searched as the writer's source's (`Medvedev wrote, citing Peskov:`: Peskov's), a note
    saying its posts are not the writer's: the speaker part counts `SOURCE_WEIGHT['cited']` of its match."""
    cited = {speaker.name: speaker.role or "" for speaker in query.speakers if speaker.source == "cited"}
    return {
        _account_key(match.account): (
            f"{match.speaker}'s account: the passage names {match.speaker!r} as "
            f"{cited[match.speaker].removeprefix(CITED_SOURCE)}, not as who posted (speaker part "
            f"{SOURCE_WEIGHT['cited']:.2f} of the name match)"
        )
        for match in accounts
        if match.speaker in cited
    }


def _namesakes(accounts: Sequence[AccountMatch]) -> dict[tuple[str, str], str]:
    """For an account whose speaker's name the registry gives as well, nearly as well (`_NAMESAKE_MARGIN`) or
    better to another (a namesake, a parody account), a note naming them: the name does not tell which
    account the report means."""
    notes = {}
    for match in accounts:
        others = [
            other
            for other in accounts
            if other is not match
            and other.speaker == match.speaker
            # The report's own handle is no name the registry gives (the footnote's notes say so).
            and other.account.notes != _NAMED_IN_REPORT
            and other.score >= match.score - _NAMESAKE_MARGIN
        ]
        if others:
            named = ", ".join(
                other.account.label
                + (
                    ""
                    if other.score >= match.score
                    else f" (name match {other.score:.2f}, beside {match.score:.2f})"
                )
                for other in others
            )
            notes[_account_key(match.account)] = (
                f"the registry gives {match.speaker!r} to {named} as well: the name does not tell which "
                "account the report means"
            )
    return notes


def _month_read_notes(shared: _SharedSearch, months: str | None, window: int) -> list[str]:
    """What a month-dated note's search read: the whole month in every zone, or (a listing cut short, a busy
    channel: the notes above say what) not; a season's, its months (`months`, `_span_words`)."""
    start, end = window_bounds(shared.day, window, shared.last)
    span = f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} UTC"
    given, what = (
        (f"the month, {shared.day:%Y-%m}", "month")
        if months is None
        else (f"a span of months, {months}", "span")
    )
    if shared.found and all(found.read_whole for found in shared.found):
        return [
            f"the note gives {given}, not the day: the whole {what} was read, in every time zone, "
            f"±{window} days ({span}); any day of it counts as the cited day for date"
        ]
    return [
        f"the note gives {given}, not the day: the {what} was searched ({span}), but not all of "
        "it could be read (see above); any day of it counts as the cited day for date"
    ]


def _empty_search_notes(
    shared: _SharedSearch,
    candidates: Sequence[Candidate],
    day: dt.date,
    window: int,
    last: dt.date | None = None,
    period: str | None = None,
) -> list[str]:
    if candidates:
        return []
    if not any(found.answered for found in shared.found):
        return ["nothing could be searched: no listing of the accounts' posts could be read"]
    start, end = window_bounds(day, window, last)
    accounts_text = ", ".join(match.account.label for match in shared.accounts)
    cited = f"{_cited_span((day, last), period)}," if last is not None else "the cited day"
    span = (
        f"from {start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} UTC ({cited} in any time zone, ±{window} days)"
    )
    if all(found.read_whole for found in shared.found):
        return [f"no post of {accounts_text} {span}"]
    # Only archived copies, or a listing cut short, were read: what they lack may still have been posted.
    return [
        f"no post of {accounts_text} found {span} in what could be read (archived copies, or pages cut "
        "short: see above); the account may still have posted then"
    ]


# An archived copy and the live post agree on their time to this much (the archive's page may round it).
_SAME_MOMENT = dt.timedelta(minutes=1)
_LIVE = "telegram preview"


def _one_per_post(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, an archived copy of a Telegram post under another handle (a channel renamed since:
    the old handle is found only in the archive) made one with the live post it copies: the same id, the
    same words and the same time (or day). The live post is kept, with the better of the two speaker parts
    (the report may name the old handle) and a note naming the copy. Kept apart, the copy outranked the post
    under the handle the channel has now, or tied with it."""
    live: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        channel, post_id = post_locator(candidate.post.url)
        if candidate.post.via == _LIVE and channel and post_id:
            live.setdefault(post_id, []).append(candidate)
    if not live:
        return list(candidates)
    merged: dict[str, Candidate] = {}  # the live post's URL → it, with the copies found of it
    copies: set[int] = set()
    for index, candidate in enumerate(candidates):
        if candidate.post.via == _LIVE:
            continue
        channel, post_id = post_locator(candidate.post.url)
        if not channel or not post_id or not candidate.post.url.startswith(_TELEGRAM_POST_PAGES):
            continue
        for original in live.get(post_id, ()):
            original_channel = post_locator(original.post.url)[0] or ""
            if original_channel.casefold() == channel.casefold() or not _same_post(original, candidate):
                continue
            kept = merged.get(original.post.url, original)
            merged[original.post.url] = _with_copy(kept, candidate, channel)
            copies.add(index)
            break
    return [
        merged.get(candidate.post.url, candidate)
        for index, candidate in enumerate(candidates)
        if index not in copies
    ]


_TELEGRAM_POST_PAGES = ("https://t.me/", "http://t.me/", "https://telegram.me/", "http://telegram.me/")


def _same_post(live: Candidate, copy: Candidate) -> bool:
    """Whether an archived copy shows the live post's words (whitespace aside; a copy cut with `…` holding
    their start) and its time (to the minute; its day, when the copy gives only that; none, when it gives
    no time, the words and id telling)."""
    shown, own = " ".join(copy.post.text.split()), " ".join(live.post.text.split())
    if not shown or not own:
        return False
    cut = shown.rstrip(".… ")
    held_cut = shown.endswith(("…", "...")) and len(cut) >= _MIN_COPY_CHARS and own.startswith(cut)
    if shown != own and not held_cut:
        return False
    if copy.post.posted_at is None or live.post.posted_at is None:
        return True
    if copy.post.day_only:
        return copy.post.posted_at.date() == live.post.posted_at.astimezone(dt.UTC).date()
    return abs(copy.post.posted_at - live.post.posted_at) <= _SAME_MOMENT


# A copy cut this short says too little to be a given post's.
_MIN_COPY_CHARS = 40


def _with_copy(live: Candidate, copy: Candidate, channel: str) -> Candidate:
    live_speaker, copy_speaker = live.parts.get("speaker") or 0.0, copy.parts.get("speaker") or 0.0
    # A forward is another's post wherever it is copied: the copy's page need not say so.
    speaker = live_speaker if live.post.forwarded_from else max(live_speaker, copy_speaker)
    parts = {**live.parts, "speaker": speaker}
    timed = copy.post.posted_at is not None and live.post.posted_at is not None
    note = (
        f"the same post (its id, words{' and time' if timed else ''}) is archived as {copy.post.url}, under "
        f"@{channel}: the channel was renamed since, or the address names it by another handle; that copy "
        "is this post, given here at the address it has now"
        + (f" (speaker {copy.parts.get('speaker') or 0:.2f} there)" if copy.parts.get("speaker") else "")
    )
    return replace(live, parts=parts, score=total_score(parts), notes=(*live.notes, note))


def _reposts_joined(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, an account's repost of its own post (`FoundPost.repost_of`) joined to that post when
    both are candidates and the repost scores no better: the same words posted again, it tied with its
    original (no post proposed) or ranked above it. The original keeps a note naming the repost; a repost
    scoring better (the report's day is the repost's) stays, its note naming the original."""
    by_url = {candidate.post.url: candidate for candidate in candidates}
    joined: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        original = by_url.get(candidate.post.repost_of or "")
        if (
            original is not None
            and original is not candidate
            and original.post.repost_of != candidate.post.url  # two posts each the other's repost: neither
            and candidate.score <= original.score
        ):
            joined.setdefault(original.post.url, []).append(candidate)
    if not joined:
        return list(candidates)
    dropped = {id(repost) for reposts in joined.values() for repost in reposts}
    kept = []
    for candidate in candidates:
        if id(candidate) in dropped:
            continue
        reposts = joined.get(candidate.post.url, [])
        if reposts:
            named = ", ".join(
                repost.post.url + (f" ({_utc_text(repost.post.posted_at)})" if repost.post.posted_at else "")
                for repost in reposts
            )
            note = f"the account reposted this post as {named}: the same words again, not another post"
            candidate = replace(candidate, notes=(*candidate.notes, note))
        kept.append(candidate)
    return kept


def _versions_joined(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, the versions of an edited X post (`FoundPost.versions`: its syndication JSON's
    `edit_control`) joined into one: the version scoring best (its words the quote's; of equal scores, the
    latest), a note naming the others. Each version has its own id, time and words, and they stood as two
    candidates, tied where the edit left the quote alone (none proposed), or as a second post."""
    chain_of: dict[str, str] = {}  # each version's id → its post's first version
    for candidate in candidates:
        for version in candidate.post.versions:
            chain_of.setdefault(version, candidate.post.versions[0])
    if not chain_of:
        return list(candidates)
    chains: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        post_id = post_locator(candidate.post.url)[1]
        chain = chain_of.get(post_id or "") if candidate.post.url.startswith(_X_POST_PAGES) else None
        if chain is not None:
            chains.setdefault(chain, []).append(candidate)
    kept_of: dict[int, Candidate] = {}  # the id() of each chain's best → it, with its note
    dropped: set[int] = set()
    for versions in chains.values():
        if len(versions) < 2:
            continue
        best = max(versions, key=lambda c: (c.score, _id_number(c.post.url)))
        others = [candidate for candidate in versions if candidate is not best]
        named = ", ".join(
            f"{other.post.url} ({_utc_text(other.post.posted_at) or 'no time'}, score {other.score:.2f})"
            for other in others
        )
        note = (
            f"an edited post: its other version{'s' if len(others) > 1 else ''} {named} "
            f"{'are' if len(others) > 1 else 'is'} this post as first written or edited since, not another "
            "post; this version's words are compared"
        )
        kept_of[id(best)] = replace(best, notes=(*best.notes, note))
        dropped.update(id(other) for other in others)
    return [kept_of.get(id(candidate), candidate) for candidate in candidates if id(candidate) not in dropped]


_X_POST_PAGES = ("https://x.com/", "https://twitter.com/")


def _id_number(url: str) -> int:
    post_id = post_locator(url)[1] or ""
    return int(post_id) if post_id.isascii() and post_id.isdigit() else 0


def _unique_posts(candidates: Sequence[Candidate]) -> list[Candidate]:
    """One candidate per post URL (an account matched by two speakers finds each post twice)."""
    seen: set[str] = set()
    kept = []
    for candidate in candidates:
        if candidate.post.url not in seen:
            seen.add(candidate.post.url)
            kept.append(candidate)
    return kept


def _with_order(searches: Sequence[FootnoteSearch]) -> list[FootnoteSearch]:
    ordered = apply_order(
        [
            FootnoteCandidates(
                position=index,
                day=search.query.date,
                # Its first is the post other footnotes' order is judged against: one the quote singled out,
                # never a post whose words were not compared (a text cut) that outscored it.
                candidates=tuple(_singled_first(search.candidates)),
                # A first post tied with another is no post the quote singled out: which of them the report
                # cites is unknown, and the earlier, judged against, set the other footnotes' order parts.
                settled=_told_apart(search.candidates)
                and not tied_at_the_top(_singled_first(search.candidates)),
            )
            for index, search in enumerate(searches)
        ]
    )
    return [_shortlist(search, item.candidates) for search, item in zip(searches, ordered, strict=True)]


def _told_apart(candidates: Sequence[Candidate]) -> bool:
    """Whether a quote singles out posts among these: else none of them is ranked, or proposed, by score. A
    post holding some of a quote's sentences word for word is singled out by them, whatever share of the
    quote they are (a quote run across three posts)."""
    return any(_singled_out(c) for c in candidates)


def _beside_uncompared(best: Candidate, candidates: Sequence[Candidate]) -> Candidate:
    """The best candidate, with a note when it holds the quote only in part and other posts of the window
    were never compared with it (a quote in another script, a text cut, edited or not shown): a Latin post
    holding some of an English quote's words ("the supply road … open") was proposed above the channel's
    Russian post that may be its source, with nothing to say those were not compared."""
    if (best.parts.get("quote") or 0) >= _HELD_QUOTE:
        return best
    uncompared = [c for c in candidates if not _singled_out(c) and (c.quote_translated or c.quote_cut)]
    if not uncompared:
        return best
    note = (
        f"singled out by a quote it holds only in part (quote {best.parts.get('quote') or 0:.2f}): "
        f"{len(uncompared)} other post(s) of the window were not compared with the quote (it is in another "
        "script, or their text is cut, edited or not shown) and may hold its words; read them"
    )
    return replace(best, notes=(*best.notes, note))


def _singled_first(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates the quote singles out, then the rest, each in their order."""
    return [*(c for c in candidates if _singled_out(c)), *(c for c in candidates if not _singled_out(c))]


def _singled_out(candidate: Candidate) -> bool:
    """Whether the quote singles the post out: it holds the quote's words (scored above the neutral value),
    or some of its sentences word for word."""
    return (candidate.parts.get("quote") or 0) > _DISCRIMINATING_QUOTE or candidate.quote_in_part


def _shortlist(search: FootnoteSearch, candidates: Sequence[Candidate]) -> FootnoteSearch:
    """The best few when a quote tells posts apart, those it singles out (`_singled_out`) before any it does
    not; the posts whose text the page shows cut, that were edited or whose words it does not show, in time
    order, when no post shows the quote (it may be past a cut, or in an earlier version); none when the
    quote, compared word for word with every post read, matches none (said of the window only when its
    listings were read whole); else (no quote, or one in another script: a translation?) the window's posts
    in time order, said so.
    """
    if _told_apart(candidates) or not candidates:
        # The posts the quote singles out first, then the rest by score: a post whose words were never
        # compared (text cut, edited, in another script) counts the neutral quote 0.50, and ranked above posts
        # holding a third of a quote run across three posts each, it was proposed for words it does not show.
        first = _singled_first(candidates)
        # Every post tied with the first is shown, up to a list's length: one left out was one the score
        # could as well have proposed.
        tied_in_all = len(tied_at_the_top(first))
        shown = tuple(first[: max(MAX_CANDIDATES, min(tied_in_all, MAX_UNRANKED))])
        singled = [c for c in shown if _singled_out(c)]
        if tied_in_all > MAX_UNRANKED:
            search = replace(
                search,
                notes=(
                    *search.notes,
                    f"{tied_in_all} posts tie at the top: the first {MAX_UNRANKED} in time order are shown",
                ),
            )
        if shown:
            shown = (_beside_uncompared(shown[0], candidates), *shown[1:])
        shown = _with_tie_notes(shown)
        shown, apart = _quotes_in_several_posts(search.query.quotes, shown, candidates)
        return replace(search, candidates=shown, notes=(*search.notes, *apart, *_alike_note(singled)))
    cut = [c for c in candidates if c.quote_cut]
    if search.query.quotes and cut and not any(c.quote_translated for c in candidates):
        # No post shows the quote, but some show their text cut, or were edited since: the words may be past
        # the cut, or in an earlier version. Those are listed, not "no post holds the quoted words" said of
        # text never seen.
        timed_cut, which = _kept_of_many(search, sorted(cut, key=_in_time))
        shown_by = (
            f"no post of the window shows the quoted words, but {len(cut)} of its {len(candidates)} posts"
            if search.read_whole
            else f"no post read shows the quoted words (the window was not read whole: see above), but "
            f"{len(cut)} of the {len(candidates)} posts read"
        )
        note = (
            f"{shown_by} may hold them where the page does not show them (text cut '…', an earlier "
            "version of a post edited since, or a post whose words the page does not show): those are listed "
            "in time order, not by score; read them whole"
        )
        if len(cut) > MAX_UNRANKED:
            note += f" ({MAX_UNRANKED} of the {len(cut)}: {which})"
        listed = (
            f"{len(cut)} posts of the window whose text is cut, was edited or is not shown, listed in time "
            "order"
            if len(cut) <= MAX_UNRANKED
            else f"{MAX_UNRANKED} of the window's {len(cut)} posts whose text is cut, was edited or is not "
            f"shown ({which}), listed in time order"
        )
        return replace(
            search,
            candidates=tuple(timed_cut),
            notes=(*search.notes, note),
            unranked=listed,
            window_posts=len(candidates),
        )
    if search.query.quotes and not any(c.quote_translated for c in candidates):
        # Every post was compared with the quote and none holds it: any post proposed now would be one that
        # does not say what the report quotes, chosen by date and speaker alone.
        closest = max(candidates, key=lambda c: c.parts.get("quote") or 0)
        closest_text = f"(the closest: {closest.post.url}, quote {closest.parts.get('quote') or 0:.2f})"
        replies = _replies_note(candidates)
        if search.read_whole:
            note = (
                f"no post of the window holds the quoted words: none of its {len(candidates)} posts scores "
                f"quote above {_DISCRIMINATING_QUOTE:.2f} {closest_text}; no candidate. {_WORD_FOR_WORD}"
            )
        else:
            # Archived copies only, or a listing cut short (page limit, a page refused): the post that holds
            # the words may be one that was never read.
            note = (
                f"no post read holds the quoted words: none of the {len(candidates)} posts read of the "
                f"window scores quote above {_DISCRIMINATING_QUOTE:.2f} {closest_text}; no candidate. The "
                "window was not read whole (archived copies, or pages cut short: see above): the post may "
                f"be among those not read. {_WORD_FOR_WORD}"
            )
        return replace(search, candidates=(), notes=(*search.notes, note, *replies))
    timed = sorted(candidates, key=_in_time)
    order = "in time order"
    reason = _unranked_reason(search.query, candidates)
    if search.query.time is not None:
        # The note's time of day is all that tells these posts apart: the nearest first.
        timed = sorted(timed, key=lambda c: -(c.parts.get("time") or 0))
        order = "nearest the note's time first"
        kept, which = timed[:MAX_UNRANKED], f"the {MAX_UNRANKED} nearest the note's time"
    else:
        kept, which = _kept_of_many(search, timed)
    count = len(timed)
    if count <= MAX_UNRANKED:
        note = (
            f"{reason}: nothing singles out one post, so the {count} posts of the window are listed {order}, "
            "not by score; read them"
        )
        listed = f"{count} posts of the window, listed {order} ({reason})"
    else:
        # A busy channel's window holds hundreds: listed as "the posts of the window", the first 40 in time
        # order were the day before the cited one (or a month's margin), the cited day's never shown.
        note = (
            f"{reason}: nothing singles out one post; the window holds {count} posts, more than the "
            f"{MAX_UNRANKED} listed: {which} are listed {order}, not by score, the other "
            f"{count - MAX_UNRANKED} not; read them"
        )
        listed = f"{MAX_UNRANKED} of the window's {count} posts ({which}), listed {order} ({reason})"
    return replace(
        search,
        candidates=tuple(kept),
        notes=(*search.notes, note),
        unranked=listed,
        window_posts=count,
    )


def _in_time(candidate: Candidate) -> tuple[bool, dt.datetime | None, str]:
    return candidate.post.posted_at is None, candidate.post.posted_at, candidate.post.url


def _kept_of_many(search: FootnoteSearch, timed: Sequence[Candidate]) -> tuple[list[Candidate], str]:
    """The `MAX_UNRANKED` posts listed of a window that holds more, in time order, and which they are: those
    of the cited day (or month) before its margin's, and of those, the nearest the middle of a day the note
    or the passage gives (`FootnoteSearch.nearest`), else the earliest."""
    if len(timed) <= MAX_UNRANKED:
        return list(timed), ""
    middles = [_middle_of(day) for day in search.nearest]

    def preferred(candidate: Candidate) -> tuple[bool, float, float]:
        posted = candidate.post.posted_at
        if posted is None:
            return True, 0.0, 0.0
        away = min((abs((posted - middle).total_seconds()) for middle in middles), default=0.0)
        return False, -(candidate.parts.get("date") or 0.0), away

    kept = sorted(sorted(timed, key=preferred)[:MAX_UNRANKED], key=_in_time)
    days = " and ".join(day.isoformat() for day in search.nearest)
    if not middles:
        cited_days = _cited_days(search.query)
        cited = (
            "cited day"
            if search.query.date is not None
            else "cited span"
            if cited_days is not None and _span_words(cited_days, None) is not None
            else "cited month"
        )
        return kept, f"the earliest of the {cited}"
    return kept, f"those nearest {days}"


def _replies_note(candidates: Sequence[Candidate]) -> list[str]:
    """What to say of posts that reply to a message the page shows holding the quote, when none holds it."""
    replies = [c for c in candidates if c.reply_holds is not None]
    if not replies:
        return []
    shown = ", ".join(f"{c.post.url} (quote {c.reply_holds:.2f})" for c in replies[:MAX_CANDIDATES])
    return [
        f"{len(replies)} post(s) of the window reply to a message whose words, as the page shows them, hold "
        f"the quote: {shown}; the message replied to, perhaps outside the window, may be the one cited: open "
        "the reply and follow it"
    ]


# What "holds the quoted words" was: the words compared as written. A report that translated the quote from a
# post in another language of the same script (English of a German post) was told no post holds its words,
# and nothing said a translation is never found so.
_WORD_FOR_WORD = (
    "The words were compared as written: a post in another language than the quote, in the same script, is "
    "not found so"
)


def _quotes_in_several_posts(
    quotes: Sequence[str], shown: tuple[Candidate, ...], candidates: Sequence[Candidate]
) -> tuple[tuple[Candidate, ...], list[str]]:
    """The candidates, and a note, when no post holds all the passage's quotes and posts the quotes single
    out hold them between them (a note citing two posts: `“A,” he wrote, and the next day “B”`): the best was
    proposed as the note's post, each holder saying only which quotes it lacks, and the citations file told
    the person to keep the one of them the report cites. Each holder is shown, and says which others hold
    the rest."""
    if not shown or not shown[0].quotes_missing:
        return shown, []
    if any(_singled_out(c) and not c.quotes_missing for c in candidates):
        return shown, []  # a post the quotes single out may hold them all
    holders: dict[str, tuple[Candidate, tuple[str, ...]]] = {}
    unheld = dict.fromkeys(quotes)  # a set in the passage's order; each candidate costs one pass of it
    for candidate in (shown[0], *candidates):
        if not unheld:
            break
        if not _singled_out(candidate) or not candidate.quotes_missing or candidate.post.url in holders:
            continue
        missing = set(candidate.quotes_missing)
        held = tuple(quote for quote in unheld if quote not in missing)
        if held:
            if len(holders) == MAX_CANDIDATES:
                return shown, []  # the quotes of a passage, not of a note citing a few posts
            holders[candidate.post.url] = (candidate, held)
            for quote in held:
                del unheld[quote]
    if unheld:
        return shown, []
    said = {url: _quotes_named(held) for url, (candidate, held) in holders.items()}
    listed = ", ".join(f"{url} holds {words}" for url, words in said.items())
    note = (
        f"no post holds all the passage's {len(quotes)} quotes, and {len(holders)} posts hold them between "
        f"them ({listed}): the note may cite each; a citations item gives one URL, so cite each post in a "
        "note of its own, or confirm the one the note means"
    )

    def with_note(candidate: Candidate) -> Candidate:
        others = ", ".join(f"{url} ({words})" for url, words in said.items() if url != candidate.post.url)
        told = f"the passage's other quotes are held by {others}: the note may cite more than one post"
        return replace(candidate, notes=(*candidate.notes, told))

    kept = [with_note(c) if c.post.url in holders else c for c in shown]
    kept += [with_note(c) for url, (c, _) in holders.items() if url not in {k.post.url for k in shown}]
    return tuple(kept), [note]


_QUOTES_NAMED = 3  # of the quotes a post holds, how many a note names


def _quotes_named(quotes: Sequence[str]) -> str:
    named = "; ".join(shown_quote(quote) for quote in quotes[:_QUOTES_NAMED])
    more = len(quotes) - _QUOTES_NAMED
    return named + (f" and {more} more" if more > 0 else "")


def _with_tie_notes(shown: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """The candidates, each tied with the first (`tied_at_the_top`) saying so: the ledger's line and the
    table numbered a repost of the same words second, below the earlier post, as if the score preferred it."""
    tied = tied_at_the_top(shown)
    if not tied:
        return tuple(shown)
    urls = {c.post.url for c in tied}
    return tuple(
        replace(candidate, notes=(*candidate.notes, _tie_note(candidate, tied)))
        if candidate.post.url in urls
        else candidate
        for candidate in shown
    )


# Of the posts a candidate ties with, how many its note names.
_TIES_NAMED = 3


def _tie_note(candidate: Candidate, tied: Sequence[Candidate]) -> str:
    urls = [c.post.url for c in tied if c.post.url != candidate.post.url]
    others = ", ".join(urls[:_TIES_NAMED]) + (
        f" and {len(urls) - _TIES_NAMED} more" if len(urls) > _TIES_NAMED else ""
    )
    return (
        f"tied with {others} at score {candidate.score:.3f}: the score does not tell them apart, and none is "
        "proposed over the others (listed in time order); read each"
    )


def _alike_note(candidates: Sequence[Candidate]) -> list[str]:
    """What to say when the best posts score alike (a repost, the same words twice): tied (the same score),
    none is proposed; within `ALIKE` of the best, the score's lead is no more than its rounding."""
    alike = alike_at_the_top(candidates)
    if not alike:
        return []
    listed = ", ".join(f"{c.post.url} {c.score:.3f}" for c in alike)
    tied = tied_at_the_top(candidates)
    if tied:
        which = (
            f"{len(tied)} posts tie at the top ({listed})"
            if len(tied) == len(alike)
            else f"{len(alike)} posts score alike ({listed}), {len(tied)} of them tied at the top"
        )
        return [
            f"{which}: the score does not tell them apart, and no post is proposed (those tied are listed in "
            "time order); read each and give the cited one's URL"
        ]
    return [f"{len(alike)} posts score alike ({listed}): the score does not tell them apart; read each"]


def _unranked_reason(query: LocateQuery, candidates: Sequence[Candidate]) -> str:
    if not query.quotes:
        return "no quote in the passage"
    translated = sum(c.quote_translated for c in candidates)
    posts = "the posts" if translated == len(candidates) else f"{translated} of the {len(candidates)} posts"
    return (
        f"its quote is in another script or language than {posts} (translated?), so its words cannot be "
        "compared"
    )


def _utc_text(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def located_candidate(candidate: Candidate) -> LocatedCandidate:
    post = candidate.post
    excerpt = " ".join(post.text.split())
    return LocatedCandidate(
        url=post.url,
        score=candidate.score,
        parts=candidate.parts,
        # A day alone is no time: the candidate's note gives the day.
        posted_at=None if post.day_only else _utc_text(post.posted_at),
        excerpt=excerpt[:_EXCERPT_CHARS] + ("…" if len(excerpt) > _EXCERPT_CHARS else ""),
        account=post.account.account.label,
        via=post.via,
        notes=candidate.notes,
    )


# The periods a ledger's locate line records (`LocateLine.period`: a month or a year). A season's (`2021-24`,
# `2021-12/2022-02`) is not among them: its months are said in the line's notes.
# As `LocateLine.period` allows: a year, a month, a season's code (`2022-24`) or a span of months.
_LEDGER_PERIOD = on_first_use(r"[0-9]{4}(?:-(?:0[1-9]|1[0-2]|2[1-4]))?(?:/[0-9]{4}-(?:0[1-9]|1[0-2]))?")


def _ledger_period(period: str | None) -> str | None:
    return period if period is not None and _LEDGER_PERIOD().fullmatch(period) else None


def _locate_line_fields(search: FootnoteSearch, window: int, ledger_dir: Path) -> dict[str, Any]:
    capture = search.capture
    if capture is not None:
        capture = capture.model_copy(update={"warc": path_in_ledger(capture.warc, ledger_dir)})
    return {
        "label": search.label,
        "platform": search.query.platform,
        "date": search.query.date,
        "period": _ledger_period(search.query.period),
        "window": window,
        "window_posts": search.window_posts,
        "speakers": tuple(speaker.name for speaker in search.query.speakers),
        "quotes": search.query.quotes,
        "accounts": tuple(
            LocatedAccount(
                name=match.account.name,
                platform=match.account.platform,
                handle=match.account.handle,
                speaker=match.speaker,
                score=match.score,
            )
            for match in search.accounts
        ),
        "candidates": tuple(located_candidate(candidate) for candidate in search.candidates),
        "capture": capture,
        "notes": search.notes,
    }


def locate_report(
    report: Report, registry: Sequence[Account], ledger_path: Path, settings: LocateSettings
) -> LocateResult:
    """Search every unlinked footnote and append one `locate` run to the report's ledger.

    As with `check`, the ledger is locked and its tail read before anything is fetched.
    """
    started = time.monotonic()
    ledger_dir = ensure_folder(ledger_path.parent, "ledger folder")
    unlinked, linked, referenced = _unlinked(report, settings)
    with LedgerWriter(ledger_path, report.sha256) as ledger:
        ledger.add(
            RunLine,
            command="locate",
            tool=tool_info(),
            report=ReportRef(
                path=path_in_ledger(report.path, ledger_dir), sha256=report.sha256, format=report.format
            ),
            operator=settings.info.operator,
            host=settings.info.hostname,
            options=dict(settings.recorded_options),
            findings=report.findings,
        )
        matching = _Registry(registry)
        passages = _Passages(report)
        prepared = [
            _prepare(report, footnote, citation, matching, settings.window, passages)
            for footnote, citation in unlinked
        ]
        prepared = [
            replace(item, notes=(referenced[item.footnote.label], *item.notes))
            if item.footnote.label in referenced
            else item
            for item in prepared
        ]
        shared: dict[tuple[object, ...], _SharedSearch] = {}
        for item in prepared:
            key = item.search_key
            if key is not None and item.days is not None:
                focus = _focus(item)
                group = shared.setdefault(
                    key,
                    _SharedSearch(
                        [],
                        item.accounts,
                        item.days[0],
                        item.window,
                        focus,
                        last=_last_day(item.days),
                        span=_cited_span(item.days, item.query.period),
                    ),
                )
                if group.labels and group.focus != focus:
                    group.focus = None  # footnotes of other moments: the day's middle
                group.labels.append(item.footnote.label)
        if shared:
            ensure_folder(settings.archive_dir, "archive folder")
        for together in _search_together(list(shared.values())):
            _run_together(together, report, settings)
        searches = _with_order(
            [
                _finish(item, shared.get(item.search_key) if item.search_key else None, item.window)
                for item in prepared
            ]
        )
        for search in searches:
            ledger.add(LocateLine, **_locate_line_fields(search, search.window, ledger_dir))
        seconds = round(time.monotonic() - started, 3)
        ledger.add(SummaryLine, counts={}, total=len(searches), seconds=seconds)
        head = ledger.head
    return LocateResult(report, ledger_path, tuple(searches), tuple(linked), head=head, seconds=seconds)
