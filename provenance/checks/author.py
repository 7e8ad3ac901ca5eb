"""`author`: is the cited author, handle or channel the one the source shows?

Names are compared after transliteration (Рыбарь = Rybar), case folding, dropping `@` and punctuation (Abu
'Ali Al-'Askari = Abu Ali al-Askari), a title (Gen., Dr., Sheikh: not Mr. or Mrs.) and a shown name's emoji
and flags (🇺🇦 Eliot Higgins 🇺🇦), and the usual spelling variants of a transliterated name (Zelensky =
Zelenskyy); a name that is only close (`matching.SAME_NAME`: Lina Haddad and Dina Haddad) is a warning, for a
person to look at. Handles are compared exactly: `rybarr` is another account than `rybar`. A display name that
only reads as the cited one (`matching.disguised_name`: a word of two scripts' look-alike letters, an
invisible character inside a word, or `parody`, `fan account`, `fake` beside the name) is at most close, and
warns saying why; a post whose account disowns the person the note names, in its display name (`Rybar |
parody`) or its handle (`@rybar_parody`, `@JoeBidenParody`; `not` or `fake` beside the cited name:
`@notrybar`, `@rybarfake`), warns, unless the note says so itself (`Rybar parody`) or names only the account.

What counts as the citation's claim: the author it names and a handle it names in words (`(@rybar)`, a
citations file's `custom.handle`, an account `provenance locate` matched). The handle inside a post's URL is
only where the post was found: on Telegram the channel in `t.me/<channel>/<id>` is always the post's own, and
on X any handle leads to the post. So when a note names an author, that name must be the source's; the URL's
handle alone confirms nothing, and is the claim only when the note names nobody else. A handle the note ties
in words to another platform than the post's (`Rybar (@rybar on X)` on a TikTok video, `X: @rybar`) is the
person's account there, no claim of the post's: the name is compared, and where it is the one shown on another
handle (@rybar_tiktok) it warns (is that account the person's?), where it is not it fails. A handle the note
names beside a name (`Alice Jones (@bob)`) passes on the account's post only when the post shows that name (or
a shortening of it: a family name, a description dropped, initials; every person it lists:
`Alice Jones & Bob Smith (@bob)` on Bob Smith's post warns): on @bob's post shown as Bob Smith it warns,
naming both, since the note credits someone the post does not show. A handle holding the name's words
(@robertjones, named beside it or only the post's) confirms only what the display name leaves out (`Robert
Jones` shown as Bob Jones or Robert), not a display name of someone else (shown as Alice: the account is the
cited one, the person is not; nor one showing another word in the place of the name's last, Robert Smith),
unless that is written in another script with as many words as the name
(`Grey Zone (@grey_zone)` shown as Серая Зона, a translation; shown as Алиса, Alisa, it warns) and none of
whose words is one of the name's transliterated: that is a transliteration, whose other words must sound as
the name's (`Robert Jones` shown as Роберт Джонс passes, as Роберт Смит warns). A person's name is never
translated: a cited or shown name opening with a common given name (`names.COMMON_GIVEN_NAMES`, in English,
Russian and Arabic forms: Michael, Майкл) is compared as a transliteration (`Robert Jones` shown as Алиса Смит
warns; `Michael Jones` shown as Майкл Джонс passes), and the handle never stands in for a given name the
display name shows another in the place of (`Robert Jones` for @robertjones shown as John Jones warns).
A platform post's display name of a person and where they work (`Alice Jones | Bellingcat`) is the person's
account: a note naming only the outlet warns.
`Alice Jones via @bob` and `Bob Smith quoting Alice Jones` name the post's author as @bob and Bob Smith: the
words may be Alice's, but the post is theirs (whose words they are is for `quote` and the citing passage).

On a platform post the author comes from the content (widget, syndication JSON, oEmbed), never from the URL,
and a mismatch fails; on an ordinary web page bylines vary (a person, the desk, the outlet), so a mismatch is
a warning. On X a post's id names it whatever the handle: the cited post (the same id) under another handle
than the note gives is a rename, or a wrong handle in the note, so it warns, calling a rename likely only when
the display name is the cited author's; another post, or a display name of someone else, still fails. A
TikTok video's id is one video's too, and a note that names no account by `@` claims only the username its
link writes (`/@<user>/video/<id>`): the video under another is treated so; a note naming an account by `@`
claims that account's video.

The report's body claims an author too: when the passages citing a note give its quoted words to one speaker
plainly (`Dmitry Medvedev wrote on Telegram: “…”`, `“…,” said Dmitry Medvedev`, `По словам Дмитрия Медведева,
«…»`, compared in the nominatives it can come from: see `locate.speakers.quote_speaker`; a family name alone,
`Medvedev wrote`, as the one full name the passages give it, `Dmitry Medvedev`; an office, `The spokesman
wrote`, as the one the passage names with it before, `Kremlin spokesman Dmitry Peskov`, and an office it
never names so warns on a note naming no one, whose URL's own channel passed:
`locate.speakers.named_in_full`; read where the passage quotes the words, not at an unquoted copy of them
before: `Medvedev wrote that …. According to Rybar, “…”` gives them to Rybar; a lone word before a colon,
`Rybar: “…”`, where the report's notes cite it as an author or account: `CheckInput.cited_speakers`), a
platform post must be that speaker's. A note that names nobody (only a
post's URL) is held to that speaker instead of passing on the URL's own channel; a note that names the post's
account passes only when the speaker is that account too (`Rybar, Telegram, …` cited for words the passage
gives to Medvedev is Rybar's report of them), or where the note itself surely names the speaker so: the
speaker's one word the family name of the person it names in full (`Peskov said “…”` with `Dmitry Peskov,
Telegram, …` on Дмитрий Песков's post), or the speaker's name in another script in brackets beside the name
the post shows (`«Два майора» [Two Majors], Telegram, …` for `Two Majors wrote`); a family name or a
translation alone still warns. Another account's post of the words warns, never fails, as
reading a speaker from prose can be wrong. Passages that give the words to several speakers name none, but a
post that is none of theirs warns (`Medvedev wrote “…”` here, `Peskov said “…”` there, on Rybar's post), as
does one of neither account a passage says passed on another's words (`Rybar quoted Gladkov: “…”`,
`According to Rybar, Gladkov said “…”`, `Rybar shared a screenshot of Gladkov's post: “…”` on WarGonzo's post:
`locate.speakers.relayed_speakers`; Rybar's passes saying the words are Gladkov's, Gladkov's passes, and a
note naming Gladkov for Rybar's post warns, where it failed: the report says the post passed on his words),
or of none of a list of speakers (`Rybar and WarGonzo both wrote “…”` on Two Majors' post:
`locate.speakers.listed_speakers`). Web pages are left out: an article's byline is its writer, not the
person it quotes; so are organisations (`the Russian Defence Ministry said`), whose channels go by other names
in other languages. With no source read (`--offline`, `--lint`, a deleted post), a note naming another account
than the passage's speaker warns before anything is fetched.

A name the source shows of more than 1,000 characters (a hostile page's `<meta name=author>`, a header read
whole) is no account's or byline's: only its opening is compared, and it never passes, saying so.

A public Telegram group's message is its sender's: a note naming the group for it fails, and one naming nobody
(only the group's URL, which names where the member wrote) warns, naming the sender.

A Telegram channel's owner renames it at will: on a channel's own post (no group member's, no forward) shown
under another title than the note names, the warning asks first whether the channel was renamed, naming
both (`a renamed channel (@z_front_kupiansk is called 'Frontline Chronicle' now)`); a link whose post
Telegram's widget shows under another username, the same post id, asks so too (`Telegram shows its post
1878 under @frontline_chronicle now: a renamed channel?`). Neither passes: the page does not prove a rename.

A judgment is its court's: where the page's heading names a court (`extractors.judgments`, kept as
`court heading`: `IN THE COURT OF APPEAL (CIVIL DIVISION)`), a note naming that court passes, by its name
(`Court of Appeal (Civil Division)`, its neutral citation's), written out shorter (`Court of Appeal`), or
with its division in brackets where the heading gives it on a line of its own (`High Court of Justice
(Commercial Court)`); the U.S. Supreme Court is the heading's `SUPREME COURT OF THE UNITED STATES`. A
page with no such heading whose author is a court (`High Court of Justice`) is held to the note's court so
too. A note citing legislation (`Data Protection Act 2018, s. 155(1)`) names no author, and the check says
so (`skip`): a statute's name is no person's a page could be held to.

A forwarded Telegram post (`Forwarded from Grey Zone`) is the forwarding account's post of another's words: it
never passes. Citing the forwarder warns that the words are the original author's; citing the original author
warns that the post, and its time, are the forwarder's (the original is another post, not captured).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from provenance.checks.eu_documents import held_to_the_eu_document_cited
from provenance.checks.interface import CheckInput
from provenance.checks.matching import (
    NameLikeness,
    disguised_name,
    disowning_word,
    match_names,
    name_key,
    normalise_text,
    people_in,
)
from provenance.checks.quote import SHARE_OF, kept_comments, quoted_first
from provenance.checks.wiki_edits import with_the_cited_edit
from provenance.citations.courts import COURT_ABBREVIATIONS
from provenance.citations.parse import legislation_of, names_author_in_genitive, note_prose
from provenance.citations.platforms import canonical_url, post_locator, tiktok_video_under
from provenance.locate.speakers import (
    OFFICE_NAMED_BEFORE,
    Speaker,
    listed_speakers,
    named_in_full,
    office_in_english,
    office_subject,
    quote_speaker,
    relayed_speakers,
    speakers_in_passage,
    split_sentences,
)
from provenance.models import CheckResult, CheckStatus, Platform, SourcePost
from provenance.names import (
    COMMON_GIVEN_NAMES,
    DESCRIBING_WORDS,
    META_AUTHOR_NOT_THE_BYLINE,
    ORGANISATION_WORDS,
    fold_spelling,
    handle_key,
    is_a_persons_name,
)
from provenance.patterns import on_first_use
from provenance.quotes import blank_quotes

# Platforms whose post ids name one post whatever the account (X's snowflakes, TikTok's video ids, Instagram's
# and Threads' media ids): the cited id shown under another handle is the cited post, so the account was
# renamed or the note's handle is wrong. Telegram's ids count within a channel: the same id in another channel
# is another post.
_ONE_ID_PER_POST = frozenset({Platform.TWITTER, Platform.TIKTOK, Platform.INSTAGRAM, Platform.THREADS})

# How far a result bears the citation out: which of a forward's two authors the note names.
_AGREEMENT: dict[CheckStatus, int] = {"pass": 2, "warn": 1, "fail": 0, "skip": 0}


def _handle_is_claimed(given: CheckInput, handle: str) -> bool:
    """Whether the citation names `handle` itself, rather than it only being part of the cited URL."""
    citation = given.citation
    url_handle = post_locator(citation.url)[0] if citation.url else None
    if url_handle is None or handle_key(url_handle) != handle_key(handle):
        return True  # not from the URL: the note's words or the citations file named it
    if citation.located is not None:
        return True  # the accounts registry tied the cited speaker to this account
    # Named outside the note's quoted passages: `"Reply to @rybar"` in a title mentions the account; it does
    # not say the post is its (a note naming Dmitry Medvedev passed on @rybar's post so).
    unquoted = blank_quotes(given.footnote.text)
    return re.search(rf"@{re.escape(handle)}\b", unquoted, re.IGNORECASE) is not None


def _likeness(
    cited: str, shown: list[str], declined: bool = False
) -> tuple[NameLikeness | None, str | None, tuple[str, ...]]:
    """How close `cited` (one person or several; `declined`: in the genitive, as the note wrote it) comes to
    the names the source shows, which of those matched, and whom of several cited people the source does not
    show."""
    # Compared without their emoji (`🇺🇦 Eliot Higgins 🇺🇦`, read `ua eliot higgins ua`, was no match for Eliot
    # Higgins), and named as shown.
    plain: dict[str, str] = {}
    for name in shown:
        plain.setdefault(_without_titles(_without_symbols(name)), name)
    untitled = _without_titles(cited)
    match = match_names(untitled, list(plain), declined)
    if match.likeness != "same" and untitled != cited and len(untitled.split()) == 1:
        # `President Putin`, `Sayyed Nasrallah`: a title and a family name name the person whose name ends so
        # (`Vladimir Putin`), as a family name alone does not; `Dr. Ahmed` is not Ahmed Hassan.
        family = next((name for name in plain if _ends_with_the_family_name(untitled, name, declined)), None)
        if family is not None:
            return "same", plain[family], ()
    missing = match.missing
    if missing and untitled != cited:
        # Named as the note names them, titles and all.
        titled = {_without_titles(person): person for person in people_in(cited)}
        missing = tuple(titled.get(person, person) for person in missing)
    return match.likeness, plain.get(match.shown, match.shown) if match.shown else None, missing


def _family_name_of(cited: str, names: list[str]) -> str | None:
    """Whom of the people `names` (those a source shows) lists `cited` names by the family name alone, one
    word and no title each (`Haddad` of Lina Haddad, `Medvedev` of Дмитрий Медведев, `Haddad and Said` of
    Lina Haddad and Omar Said), as shown (`'Lina Haddad' and 'Omar Said'`); None when one cited is none's."""
    cited_people = people_in(cited) or [cited]
    if any(len(person.split()) != 1 or _without_titles(person) != person for person in cited_people):
        return None
    shown = [person for name in names for person in (people_in(name) or [name])]
    plain = [(person, _without_titles(_without_symbols(person))) for person in shown]
    whose: list[str] = []
    for person in cited_people:
        ending = next((name for name, bare in plain if _ends_with_the_family_name(person, bare, False)), None)
        if ending is None:
            return None
        whose.append(repr(ending))
    return " and ".join(dict.fromkeys(whose))


def _ends_with_the_family_name(family: str, name: str, declined: bool) -> bool:
    """Whether `name` (a shown name of two words or more) ends with `family`, the same name, in its last word
    or its last two (Arabic writes Nasrallah in two, نصر الله)."""
    words = name.split()
    return any(
        len(words) > count and match_names(family, [" ".join(words[-count:])], declined).likeness == "same"
        for count in (1, 2)
    )


# Titles before a name, which one writer gives and another leaves out (`Gen. Mark Milley`, `Sheikh Ahmed
# Yassin`, `Dr. Alice Jones`): compared without them. Not `Mr.` and `Mrs.`, which tell two people apart, and
# only before a capitalised word (a name's).
_TITLE_WORDS = "Gen|Lt|Col|Maj|Capt|Adm|Brig|Sgt|Sen|Rep|Gov|Dr|Prof|Sheikh|Shaykh|Sheik"
_CAPITAL = "[A-Z\u00c0-\u00de\u0400-\u042f]"
_TITLES = re.compile(
    rf"(?<![\w.])(?:{_TITLE_WORDS})\.?\s{{1,3}}(?=(?:(?:{_TITLE_WORDS})\.?\s)?{_CAPITAL}[^\W\d_])"
)
# Titles and honorifics before a person's name that are also words of names or of other things (`Sayyed
# Hassan Nasrallah`, `Ayatollah Ali Khamenei`, `President Putin`, `Prime Minister Netanyahu`): left out only
# where the name opens with them (or a person of several does: `Alice Jones and President Putin`), up to
# three of them (`Supreme Leader Ayatollah`, `Lt. Gen.`), in any case; not `General` (`General Motors`).
# `Mr.` and `Mrs.` are still not among them.
_LEADING_TITLE_WORDS = "|".join(
    title.replace(" ", r"\s{1,3}")
    for title in (
        *("Sayyed", "Sayyid", "Sayed", "Seyed", "Seyyed", "Grand Ayatollah", "Ayatollah", "Hojatoleslam"),
        *("Hojjatoleslam", "Imam", "Mullah", "Mufti", "Maulana", "Mawlana", "Sheikha", "Shaykha", "Haji"),
        *("Hajji", "Rabbi", "Rev", "Reverend", "Fr", "Cardinal", "Archbishop", "Bishop", "Patriarch", "Pope"),
        *("Vice President", "President", "Deputy Prime Minister", "Prime Minister", "Foreign Minister"),
        *("Defence Minister", "Defense Minister", "Minister", "Chancellor", "Senator", "Governor", "Mayor"),
        *("Ambassador", "Judge", "Colonel", "Lieutenant", "Sergeant", "Admiral", "Field Marshal", "Marshal"),
        *("Brigadier", "Commander", "Emir", "Crown Prince", "Prince", "Princess", "King", "Queen"),
        "Supreme Leader",
    )
)
_LEADING_TITLES = on_first_use(
    rf"(?:^|(?<=[,;&/] )|(?<= and ))(?:(?i:{_LEADING_TITLE_WORDS}|{_TITLE_WORDS})\.?\s{{1,3}}){{1,3}}"
    rf"(?={_CAPITAL}[^\W\d_])"
)


def _without_titles(name: str) -> str:
    """`name` without the titles before it (`_TITLES`, `_LEADING_TITLES`)."""
    return _LEADING_TITLES().sub("", _TITLES.sub("", name))


# What stands with an emoji as one (`👍🏽`, `🏳️‍🌈`): a joiner, a variation selector, a keycap's ring.
_EMOJI_JOINERS = frozenset("\u200d\ufe0e\ufe0f\u20e3")


def _is_a_symbol(char: str) -> bool:
    """Whether `char` is a symbol standing beside a name (an emoji, a flag's half, `™`), not a letter drawn
    as one (`🅿🅰🆁🅾🅳🆈`, `Ⓩ`: a word written so, `Rybar 🅿🅰🆁🅾🅳🆈` is no plain Rybar)."""
    if unicodedata.category(char) not in ("So", "Sk"):
        return False
    named = unicodedata.name(char, "")
    return " LETTER " not in named or named.startswith("REGIONAL INDICATOR")


def _without_symbols(name: str) -> str:
    """`name` without its symbols (emoji, flags, `™`: `_is_a_symbol`) and what joins them, as a
    display name puts them around a name; `name` as it is when it holds nothing else. A joiner inside a word
    is kept (`disguised_name` tells it)."""
    kept: list[str] = []
    in_symbol = False
    for char in name:
        if _is_a_symbol(char):
            kept += [] if in_symbol else [" "]  # a word's end: `Eliot👍Higgins` is two words
            in_symbol = True
        elif not (in_symbol and char in _EMOJI_JOINERS):
            in_symbol = False
            kept.append(char)
    plain = " ".join("".join(kept).split())
    return plain if any(char.isalnum() for char in plain) else name


def _forwarded_from(source: SourcePost | None) -> SourcePost | None:
    """The forward's original author as a source of their own: their name, and their channel and post when
    the forward links to it. None when the post is no forward, or a forward of its own channel's post."""
    name = source.fields.get("forwarded_from") if source is not None else None
    if source is None or not name:
        return None
    linked = source.fields.get("forwarded_from_url", "")
    handle, post_id = post_locator(linked)
    own = (
        handle_key(handle) == handle_key(source.handle)
        if handle is not None and source.handle is not None
        else name_key(name) == name_key(source.author or "")
    )
    if own:
        return None
    # The original's own link, on its own platform (an X repost's or a Mastodon boost's is not a t.me link);
    # one whose account and post no locator reads (a Reddit crosspost's original) as the page gave it.
    original_url = canonical_url(linked) if handle and post_id else _as_given(linked)
    return source.model_copy(
        update={
            "author": name,
            "handle": handle,
            "publisher": None,
            "canonical_url": original_url,
            "fields": {},
        }
    )


_LONGEST_LINK = 500


def _as_given(linked: str) -> str | None:
    """A forward's original's link as its page gave it, where it is a plain https address a note could cite;
    None otherwise (a script's address, one too long to show)."""
    shown = linked.strip()
    if not shown.startswith("https://") or len(shown) > _LONGEST_LINK or any(c.isspace() for c in shown):
        return None
    return shown


def forward_of_another(source: SourcePost | None) -> str | None:
    """Whose post a forwarded Telegram post forwards, in a check's words (`'Grey Zone' (@grey_zone)`), when
    it is another's; None for a post that is no forward, or a forward of its own channel's post."""
    original = _forwarded_from(source)
    if original is None:
        return None
    return repr(original.author) + (f" (@{original.handle})" if original.handle else "")


def forwarder(source: SourcePost) -> str:
    """The account that posted a forward, in a check's words (`@rybar`)."""
    return f"@{source.handle}" if source.handle else repr(source.author)


def cites_the_forwarded_author(given: CheckInput) -> bool:
    """Whether the citation names the forwarded post's original author rather than the account that
    forwarded it (as `check_author` judges): then the post it means is the original, not the one captured."""
    given, _ = _names_cut(given)
    original = _forwarded_from(given.source)
    if original is None:
        return False
    as_posted = _compare(given)
    as_forwarded = _compare(dataclasses.replace(given, source=original))
    return _AGREEMENT[as_forwarded.status] > _AGREEMENT[as_posted.status]


# The most characters of a name the source shows that are compared: a byline of many writers (20, as
# `extractors.web` reads at most) fits, a hostile page's `<meta name=author>` or a header of megabytes does
# not (each megabyte took 4 s to compare, and was written whole into the check's detail).
_LONGEST_NAME = 1_000
# The source's fields holding names, as `_compare` and `_forwarded_from` read them.
_NAME_FIELDS = ("forwarded_from",)


def _cut(name: str | None) -> str | None:
    return name[:_LONGEST_NAME] if name is not None and len(name) > _LONGEST_NAME else name


def _names_cut(given: CheckInput) -> tuple[CheckInput, str | None]:
    """`given` with the source's names cut to `_LONGEST_NAME` characters, and what was cut, in a check's
    words (None for the names of every real account and byline)."""
    source = given.source
    if source is None:
        return given, None
    named = {"author": source.author, "publisher": source.publisher}
    named |= {field: source.fields.get(field) for field in _NAME_FIELDS}
    long = {
        field: len(name) for field, name in named.items() if name is not None and len(name) > _LONGEST_NAME
    }
    if not long:
        return given, None
    fields = {
        **source.fields,
        **{field: _cut(source.fields[field]) or "" for field in _NAME_FIELDS if field in long},
    }
    cut = source.model_copy(
        update={"author": _cut(source.author), "publisher": _cut(source.publisher), "fields": fields}
    )
    said = " and ".join(f"{field} runs to {length:,} characters" for field, length in long.items())
    cut_said = f"the source's {said}, no name's length: only its first {_LONGEST_NAME:,} were compared"
    return dataclasses.replace(given, source=cut), cut_said


def check_author(given: CheckInput) -> CheckResult:
    given, cut = _names_cut(given)
    result = with_the_cited_edit(given, _check_author(given))  # a wiki note's `edit by <user>` too
    result = held_to_the_eu_document_cited(given, result)  # an Advocate General's opinion, not the judgment
    if cut is None or result.status == "skip":
        return result
    # No account or byline has a name so long: what was compared is only its opening, so it confirms nothing.
    status: CheckStatus = "warn" if result.status == "pass" else result.status
    return result.model_copy(update={"status": status, "detail": f"{result.detail}; {cut}: compare by hand"})


def _check_author(given: CheckInput) -> CheckResult:
    speakers = _passage_speakers(given)
    # Two speakers or more say nothing plainly (`_against_several_speakers` asks only that one be the post's).
    spoken = speakers[0] if len(speakers) == 1 else None
    if spoken is not None and given.source_read is None:
        return _against_the_note(given, *spoken)
    if spoken is not None and not _note_names_author(given):
        return _said_where_read(_compare_speaker(given, *spoken), given)
    result = _a_talk_on_another_s_channel(given, _check_note_author(given))
    if (
        not speakers
        and result.status == "pass"
        and given.source is not None
        and not _note_names_author(given)
    ):
        unnamed = _unnamed_office(given)
        if unnamed is not None:
            return _said_where_read(_against_an_unnamed_office(given, result, *unnamed), given)
    if spoken is None and result.status == "pass" and given.source_read is not None:
        return _against_several_speakers(given, result, speakers)
    if spoken is None and result.status == "fail" and len(speakers) == 2 and given.source_read is not None:
        return _the_relayed_speakers_post(given, result)
    if spoken is None or result.status != "pass" or _compare_speaker(given, *spoken).status == "pass":
        return result
    # The post is the note's, but the report gives its words to someone else: a channel reporting what
    # Medvedev said is no post of Medvedev's.
    speaker, line = spoken
    named = _the_note_names_the_speaker(given, speaker)
    if named is not None:
        return result.model_copy(update={"detail": f"{result.detail}; {_gives(speaker, line)}, {named}"})
    detail = (
        f"{result.detail}, but {_gives(speaker, line)}: the post reports another's words? Compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


# The words of a video's title a name is looked for in: a talk's title names its speaker first or last.
_MOST_TITLE_WORDS = 40


def _a_talk_on_another_s_channel(given: CheckInput, result: CheckResult) -> CheckResult:
    """`result`, a fail, as a warning where the note cites a person the video's title names, on a channel
    of another's name: a talk, a lecture or an interview a conference, a university or a broadcaster
    published (`Hanna Berg: RSV vaccines … | ESPID 2024` on ESPID's channel), cited by its speaker. The
    speaker's name in a title is no proof they are the video's author: a person compares. Any other result
    as it is."""
    source, author = given.source, given.citation.author
    if result.status != "fail" or source is None or source.platform is not Platform.YOUTUBE:
        return result
    if not author or not source.title or len(author.split()) < 2:
        return result  # one word (`Berg`) may be anyone's
    cited = [name_key(word) for word in author.split()]
    words = [name_key(word) for word in source.title.split()[:_MOST_TITLE_WORDS]]
    width = len(cited)
    if not any(words[start : start + width] == cited for start in range(len(words) - width + 1)):
        return result
    detail = (
        f"{result.detail}; the video's title names {author!r}: a talk or an interview on another's channel? "
        "Compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


# Closing and opening marks a note may set a channel's name in before its translation in brackets
# (`«Два майора» [Two Majors]`).
_NAME_MARKS = "\"'\u00ab\u00bb\u201c\u201d\u201e"


def _the_note_names_the_speaker(given: CheckInput, speaker: Speaker) -> str | None:
    """How the note itself, whose author the post's account matched, says the passage's `speaker` is that
    author, where it is sure: the speaker's one word the family name of the person the note names in full
    (`Peskov said “…”` with `Dmitry Peskov, Telegram, …` on Дмитрий Песков's post), or the speaker's name in
    brackets right beside the name the post shows (`«Два майора» [Two Majors], Telegram, …` for `Two Majors
    wrote`: a translation, so in another script). None otherwise: a family name alone may be another
    person's (Сергей Медведев), and a translation is no spelling the names can be compared in."""
    author, source = given.citation.author, given.source
    words = speaker.name.split()
    if author is not None and len(words) == 1 and len(author.split()) > 1 and speaker.handle is None:
        family = fold_spelling(name_key(author.split()[-1]))
        if len(family) >= _SHORTEST_FAMILY_NAME and fold_spelling(name_key(words[0])) == family:
            return f"the family name of {author!r}, whom the note names"
    if source is None or not source.author or _scripts(source.author) == _scripts(speaker.name):
        return None  # a translation is in another script: `WarGonzo (Rybar)` pairs two names of one
    note = " ".join(given.footnote.text.split())
    shown, said = re.escape(source.author), re.escape(speaker.name)
    marks = f"[{re.escape(_NAME_MARKS)}]?"
    paired = re.compile(
        rf"{marks}{shown}{marks} ?[\[(] ?{marks}{said}{marks} ?[\])]"
        rf"|{marks}{said}{marks} ?[\[(] ?{marks}{shown}{marks} ?[\])]",
        re.IGNORECASE,
    )
    if paired.search(note) is None:
        return None
    return f"which the note gives beside {source.author!r}"


_SHORTEST_FAMILY_NAME = 3


def _against_several_speakers(
    given: CheckInput, result: CheckResult, speakers: list[tuple[Speaker, int]]
) -> CheckResult:
    """`result`, a pass, unless the citing passages give the quoted words to several speakers and the post
    is none of theirs: `Medvedev wrote “…”` in one passage and `Peskov said “…”` in another name no one
    speaker, but neither is the author of Rybar's post that the note (or only its URL) cites."""
    if len(speakers) == 2 and any(_compare_speaker(given, *spoken).status == "pass" for spoken in speakers):
        return _relayed_by_the_post(given, result)
    if len(speakers) < 2 or any(_compare_speaker(given, *spoken).status == "pass" for spoken in speakers):
        return result
    named = " and ".join(f"{speaker.name!r} (line {line})" for speaker, line in speakers)
    detail = (
        f"{result.detail}, but the citing passages give the quoted words to {named}, none of them the "
        "post's author: the post reports others' words? Compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


def _relays(given: CheckInput) -> list[tuple[Speaker, Speaker, int]]:
    """(who passed the words on, whose they are, the line) for each citing passage that says one account
    passed on another's quoted words (`locate.speakers.relayed_speakers`)."""
    found: list[tuple[Speaker, Speaker, int]] = []
    for context, quote in given.passage_quotes:
        relayed = relayed_speakers(context.text, quote)
        if relayed is not None:
            found.append((*relayed, context.line))
    return found


def _relayed_by_the_post(given: CheckInput, result: CheckResult) -> CheckResult:
    """`result`, a pass on the relayer's post, saying whose the passage says the words are: `Rybar shared a
    screenshot of Medvedev's post: “…”` on Rybar's post is Rybar's post of Medvedev's words."""
    for relayer, speaker, line in _relays(given):
        if _compare_speaker(given, relayer, line).status != "pass":
            continue
        if _compare_speaker(given, speaker, line).status == "pass":
            return result  # the one whose words they are posted them: their own post
        detail = (
            f"{result.detail}; the citing passage (line {line}) gives the quoted words to {speaker.name!r}, "
            f"passed on by {relayer.name!r}, whose post this is"
        )
        return result.model_copy(update={"detail": detail})
    return result


def _names_the_relayed(author: str, speaker: Speaker) -> bool:
    """Whether the note's `author` is the one whose words a passage says another passed on: the same name,
    or its family name (declined, after `поста Медведева`: a few letters more)."""
    if _likeness(author, [speaker.name], speaker.genitive)[0] == "same":
        return True
    family = fold_spelling(name_key(author.split()[-1])) if author.split() else ""
    said = fold_spelling(name_key(speaker.name.split()[-1])) if speaker.name.split() else ""
    if len(family) < _SHORTEST_FAMILY_NAME or not said.startswith(family):
        return False
    return len(said) - len(family) <= (_MOST_DECLINED_LETTERS if speaker.genitive else 0)


_MOST_DECLINED_LETTERS = 2  # `Медведева` for Medvedev, `Гладкова` for Gladkov


def _the_relayed_speakers_post(given: CheckInput, result: CheckResult) -> CheckResult:
    """`result`, a fail, as a warning where the note names the one whose words the citing passage says the
    post's account passed on (`Rybar shared a screenshot of Medvedev's post: “…”` cited as `Dmitry Medvedev,
    Telegram, t.me/rybar/…`): the report says so itself, but the post is the relayer's, not theirs."""
    author = given.citation.author
    if author is None:
        return result
    for relayer, speaker, line in _relays(given):
        if not _names_the_relayed(author, speaker) or _compare_speaker(given, relayer, line).status != "pass":
            continue
        detail = (
            f"{result.detail}: the citing passage (line {line}) says {relayer.name!r} passed on the words "
            f"of {speaker.name!r}, so this post is the one of {relayer.name!r}, not of {author!r}; cite the "
            f"post of {author!r} itself, or name {relayer.name!r} as the poster"
        )
        return result.model_copy(update={"status": "warn", "detail": detail})
    return result


def _against_the_note(given: CheckInput, speaker: Speaker, line: int) -> CheckResult:
    """With no source to read (`--offline`, `--lint`, a deleted post), the report against itself: a note
    naming one account for words its passage gives to another is worth a look before anything is fetched."""
    result = _check_note_author(given)
    citation = given.citation
    named = [name for name in (citation.author, citation.handle) if name]
    if not _note_names_author(given) or _likeness(speaker.name, named, speaker.genitive)[0] is not None:
        return result
    shown = {handle_key(name): name for name in reversed(named)}  # `Rybar`, not `Rybar / rybar`
    detail = (
        f"the note names {' / '.join(reversed(shown.values()))!r}, but {_gives(speaker, line)}: their post, "
        "or another's report of their words? Compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


def _gives(speaker: Speaker, line: int) -> str:
    # `The spokesman wrote` read as the one named before with that office: say so, the reader may not.
    how = f" ({speaker.role})" if (speaker.role or "").startswith(OFFICE_NAMED_BEFORE) else ""
    return f"the citing passage (line {line}) gives the quoted words to {speaker.name!r}{how}"


def _a_commenter_cited(given: CheckInput, as_posted: CheckResult) -> CheckResult | None:
    """A warning in place of `as_posted`'s `fail` where the note names a Reddit account that is not the
    thread's poster but one of its commenters (`u/amal_voter, Reddit, <the thread's link>`): the words may
    be that comment's, which the link does not name. None otherwise."""
    source, handle = given.source, given.citation.handle
    if as_posted.status != "fail" or source is None or source.platform is not Platform.REDDIT or not handle:
        return None
    if all(author != handle for author, _ in kept_comments(source.fields)):
        return None
    return as_posted.model_copy(
        update={
            "status": "warn",
            "detail": f"cited {as_posted.cited!r}, who commented on the thread (a comment the page shows "
            f"under its post), not its poster {source.author!r}: cite the comment's own link, or compare by "
            "hand",
        }
    )


def _check_note_author(given: CheckInput) -> CheckResult:
    """The author or account the note names (or, naming none, the post's URL) against the source's."""
    source, as_posted = given.source, _compare(given)
    commenter = _a_commenter_cited(given, as_posted)
    if commenter is not None:
        return _said_where_read(commenter, given)
    original = _forwarded_from(source)
    if source is None or original is None or as_posted.status == "skip":
        return _said_where_read(as_posted, given)
    by, origin = forwarder(source), forward_of_another(source)
    # A Facebook page's share (`extractors.login_walled.SHARE_OF`) is no forward: "shared" is what its
    # reader saw done.
    shared = bool(source.fields.get(SHARE_OF))
    passed_on, what = ("shared", "a share of a post by") if shared else ("forwarded", "a forward from")
    found = f"{as_posted.found}, {passed_on} from {original.author}" + (
        f" / @{original.handle}" if original.handle else ""
    )
    as_forwarded = _compare(dataclasses.replace(given, source=original))  # as if the post were theirs
    if _AGREEMENT[as_forwarded.status] > _AGREEMENT[as_posted.status]:
        # The note names the words' author, but what was captured is the forwarder's post: its time is the
        # forward's, and the original post is not in the capture.
        named = (
            f"cited {as_forwarded.cited!r}: the words are those of {origin}"
            if as_forwarded.status == "pass"
            else as_forwarded.detail
        )
        cite = f" ({original.canonical_url})" if original.canonical_url else ""
        detail = (
            f"{named}, {passed_on} by {by}: the post captured, and its time, are {by}'s, not the "
            f"original's; cite the original post{cite} or compare by hand"
        )
        status: CheckStatus = "warn"
    elif as_posted.status == "pass":
        # The cited account posted it, but the words are another's: a pass would hide the forward.
        detail = f"{as_posted.detail}, but the post is {what} {origin}: the words are theirs, not {by}'s own"
        status = "warn"
    else:
        detail = f"{as_posted.detail}; the post is {what} {origin}"
        status = as_posted.status
    return _said_where_read(
        as_posted.model_copy(update={"status": status, "detail": detail, "found": found}), given
    )


def _shown_names(source: SourcePost) -> tuple[list[str], str | None]:
    """The names the source shows (its author, its publisher) and, in a check's words, those and its handle
    (`Rybar / @rybar`)."""
    names = [name for name in (source.author, source.publisher) if name]
    labels = [source.author, source.publisher, f"@{source.handle}" if source.handle else None]
    return names, " / ".join(dict.fromkeys(label for label in labels if label)) or None


def _note_names_author(given: CheckInput) -> bool:
    """Whether the note (or its citations-file item) names an author or account in words, not only in the
    URL of the post it cites (`Rybar, Telegram, …` does; a bare `https://t.me/rybar/12345` does not)."""
    citation = given.citation
    handle, author = citation.handle, citation.author
    if handle is not None and _handle_is_claimed(given, handle):
        return True
    if author is None:
        return False
    if handle is None or handle_key(author) != handle_key(handle):
        return True
    return author.casefold() in note_prose(given.footnote).casefold()


def _passage_speakers(given: CheckInput) -> list[tuple[Speaker, int]]:
    """Each speaker the citing passages plainly give the footnote's quotes to, and the line of the first
    passage that does, when the source is a platform post (as read, else as cited) and no accounts registry
    already tied the passage's speaker to the cited account (`provenance locate`)."""
    if not given.on_a_platform:
        return []
    if given.citation.located is not None:
        # The user's accounts registry tied the speaker to this account (a spokeswoman to her ministry's).
        return []
    found: dict[str, tuple[Speaker, int]] = {}
    for context, quote in given.passage_quotes:
        # Read where the passage quotes the words: `Medvedev wrote that we will win. According to Rybar, “we
        # will win”` gives them to Rybar, whose post it cites; their first, unquoted copy is Medvedev's. The
        # copy is blanked but for the mark ending its sentence, which else ran into the quote's.
        # `Rybar quoted Gladkov: “…”`, `According to Rybar, Gladkov said “…”`, `Rybar and WarGonzo both wrote
        # “…”`: the words are on a post of any of them, and one of none warns (`_against_several_speakers`).
        # The relayed first: `Gladkov said` after `According to Rybar,` is the speaker, read alone, and
        # Rybar's own post of the words warned.
        several: tuple[Speaker, ...] = relayed_speakers(context.text, quote) or ()
        first = quoted_first(context.text, quote.rstrip(_SENTENCE_MARKS))
        speaker = quote_speaker(first, quote, given.cited_speakers) if not several else None
        if speaker is None and not several:
            several = listed_speakers(context.text, quote)
        if speaker is None and not several:
            speaker = _office_holder(context.text, quote)
        for named in several or (speaker,):
            # `Medvedev wrote` after `Dmitry Medvedev` earlier in the passage: the post shows the full name.
            named = named_in_full(context.text, named) if named is not None else None
            if named is not None and not _names_an_organisation(named.name):
                found.setdefault(name_key(named.name), (named, context.line))
    # Two people say nothing plainly; but `Medvedev` in one passage and `Dmitry Medvedev` in another are one,
    # as one passage's are (`named_in_full`): read as two, they left the note's URL to pass on its channel.
    full_names = [speaker for speaker, _ in found.values() if len(speaker.name.split()) > 1]
    return [spoken for spoken in found.values() if not _family_name_of_one(spoken[0], full_names)]


_SENTENCE_MARKS = ".!?\u2026"


def _unnamed_office(given: CheckInput) -> tuple[str, int] | None:
    """The office, as written, that a citing passage gives the quoted words to without naming who holds it
    (`The spokesman wrote: \u201c\u2026\u201d` with no one named so before: `locate.speakers.office_subject`),
    and the passage's line; None where none does, the source is no platform post, or the accounts registry
    tied the passage's speaker to the account (`provenance locate`)."""
    if not given.on_a_platform or given.citation.located is not None:
        return None
    for context, quote in given.passage_quotes:
        opening = " ".join(quote.split())[:40]
        sentence = next((each for each in split_sentences(context.text) if opening in each), None)
        office = office_subject(sentence) if sentence is not None else None
        if office is not None:
            return office, context.line
    return None


def _against_an_unnamed_office(given: CheckInput, result: CheckResult, office: str, line: int) -> CheckResult:
    """`result`, a pass of a note naming no one on the URL's own account, as a warning: the report gives the
    words to an office-holder it does not name (`The spokesman wrote`), whom no account's name can be
    compared with; the post's account may be theirs, or one that reports their words."""
    shown = _shown_names(given.source)[1] if given.source is not None else None
    whose = repr(shown) if shown else "the post's account"
    named = office_in_english(office)
    detail = (
        f"{result.detail}, but the citing passage (line {line}) gives the quoted words to the {named} it "
        f"does not name: is {whose} theirs? Compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


def _office_holder(passage: str, quote: str) -> Speaker | None:
    """The one the passage names with the office its quote's verb has for subject (`Kremlin spokesman Dmitry
    Peskov spoke to reporters. The spokesman wrote: \u201c\u2026\u201d`, `Dmitry Peskov, the Kremlin
    spokesman, \u2026 \u201c\u2026,\u201d the spokesman wrote`): a reader gives the words to him, as `locate`
    does; else None. Left unread, the office named no one and a post of anyone's passed on the note alone."""
    found = speakers_in_passage(passage, (quote,))
    if len(found) != 1 or not (found[0].role or "").startswith(OFFICE_NAMED_BEFORE):
        return None
    return found[0]


def _family_name_of_one(speaker: Speaker, full_names: list[Speaker]) -> bool:
    """Whether `speaker` is a family name alone ending exactly one of the full names other passages give."""
    if len(speaker.name.split()) != 1 or speaker.genitive or speaker.handle is not None:
        return False
    family = name_key(speaker.name)
    ending = {name_key(full.name) for full in full_names if name_key(full.name.split()[-1]) == family}
    return len(ending) == 1


def _names_an_organisation(name: str) -> bool:
    """Whether a speaker's name is an organisation's (`the Russian Defence Ministry`, `Wagner Group`, `NATO`):
    its channel goes by another name, often in another language (`Минобороны России`, @mod_russia), which
    names cannot be matched with, so the passage's speaker is left to the person who reads the post."""
    words = [word.strip(".,'\u2019()").casefold() for word in name.split()]
    acronym = len(words) == 1 and len(name) >= 2 and name.isupper()
    return acronym or any(word in ORGANISATION_WORDS for word in words)


def _compare_speaker(given: CheckInput, speaker: Speaker, line: int) -> CheckResult:
    """The speaker the citing passage names against the platform post's account: only a warning when they
    differ, since the name was read from the report's prose."""
    source = given.source
    assert source is not None  # compared only with a source that was read (`check_author`)
    names, shown_text = _shown_names(source)
    said = _gives(speaker, line)

    def result(status: CheckStatus, detail: str) -> CheckResult:
        cited = f"{speaker.name} (citing passage, line {line})"
        return CheckResult(name="author", status=status, detail=detail, cited=cited, found=shown_text)

    if not names and not source.handle:
        return result("warn", f"{said}; no author found in the capture: compare by hand")
    shown = [*names, source.handle] if source.handle else names
    likeness, like, _ = _likeness(speaker.name, shown, speaker.genitive)
    other_handle = (
        speaker.handle is not None
        and source.handle is not None
        and handle_key(speaker.handle) != handle_key(source.handle)
    )
    original = _forwarded_from(source)
    # Another handle than the speaker's says more than a word in this one (`@elonmusk_fan` for @elonmusk).
    disowned = _disowned(source, speaker.name) if likeness == "same" and not other_handle else None
    if disowned is not None and disowned not in speaker.name.casefold():
        return result(
            "warn",
            f"{said}; the source shows {like!r}, but its account calls itself {disowned!r}: the person, or "
            "an account posing as them? Compare by hand",
        )
    if likeness == "same" and not other_handle:
        if original is not None:
            return result(
                "warn",
                f"{said}, whose post this is, but it forwards {forward_of_another(source)}: the words are "
                "theirs, not the speaker's own",
            )
        return result("pass", f"{said}; the source shows {like!r}")
    if (
        original is not None
        and _likeness(speaker.name, [n for n in (original.author, original.handle) if n], speaker.genitive)[0]
    ):
        return result(
            "warn",
            f"{said}, forwarded by {forwarder(source)}: the post captured, and its time, are "
            f"{forwarder(source)}'s, not the speaker's; cite the original post or compare by hand",
        )
    if likeness == "near" and not other_handle:
        return result(
            "warn",
            f"{said}; the source shows {like!r}, a near match{_disguise(like)}: the same person, or another "
            "with a similar name? Compare by hand",
        )
    account = f"@{speaker.handle}" if other_handle else "another account"
    return result(
        "warn",
        f"{said}, but the post is by {shown_text!r}: {account} posting or quoting their words? Compare by "
        "hand",
    )


def _moved_post(
    handle: str,
    source: SourcePost,
    post_id: str,
    author: str | None,
    likeness: NameLikeness | None,
    like: str | None,
) -> str:
    """The detail for the cited post under another handle than the note gives: the post id matches, so it is
    the same post, and the account was renamed (likely when the display name is the cited author's) or the
    note's handle is wrong."""
    moved = (
        f"the note gives @{handle}; the post is under @{source.handle} now (the post id {post_id} matches)"
    )
    ask = "renamed, or the note's handle is wrong? Compare by hand"
    if author is None:
        return f"{moved}; the note names no author to compare with its display name: {ask}"
    if not source.author:
        return f"{moved}; the source shows no display name to compare with {author!r}: {ask}"
    if likeness == "same" and like == source.author:
        return (
            f"{moved}, and its display name {like!r} matches the cited {author!r}: most likely the account "
            f"was renamed; cite @{source.handle}, or confirm the rename"
        )
    if likeness == "near":
        close = f"its display name {source.author!r} is close to the cited {author!r}, not the same"
        return f"{moved}; {close}: {ask}"
    return f"{moved}; its display name {source.author!r} only partly matches the cited {author!r}: {ask}"


# Words in a handle by which the account says it is not the person (`@JoeBidenParody`): only those no name
# holds inside a word (`fake` is in @StopFake's, a fact-checker's).
_DISOWNING_IN_A_HANDLE = ("parody", "satire", "parodia", "parodie")


# What a handle may hold beside the name it is named for, by which it says it is not that person's
# (`@notrybar`, `@rybarfake`, `@NotJoeBiden`): `fake` and `not` only beside the name cited, as `fake` is in
# @StopFake's handle, a fact-checker's, and `not` in many a word.
_DISOWNING_BESIDE_THE_NAME = frozenset(
    {"not", "fake", "fan", "fans", "parody", "satire", "unofficial", "notthe", "notreal", "notthereal"}
)
_DIGITS = on_first_use(r"\d+")
_HANDLE_DOMAIN = re.compile(r"[.@]")


def _disowning_beside(handle: str, cited: str | None) -> str | None:
    """What `handle` (case folded) holds beside the name `cited` when that is only a disowning word
    (`_DISOWNING_BESIDE_THE_NAME`): `not` of @notrybar for `Rybar`; None for a handle that does not hold the
    name, or holds other words beside it (`@rybar_en`, `@rybar_ru_backup`). A Bluesky or Mastodon handle is
    read up to its domain (`notrybar.bsky.social`, `notrybar@mastodon.social`)."""
    cited_key = name_key(cited) if cited else ""
    joined = _HANDLE_DOMAIN.split(handle.lstrip("@"), maxsplit=1)[0].replace("_", "").replace("-", "")
    if len(cited_key) < 3 or cited_key not in joined:
        return None
    rest = _DIGITS().sub("", joined.replace(cited_key, "", 1))
    return rest if rest in _DISOWNING_BESIDE_THE_NAME else None


def _disowned(source: SourcePost, cited: str | None = None) -> str | None:
    """The word by which the post's account says it is not the person it is named for: in its display name
    (`Rybar | parody`) or its handle (`@rybar_parody`, `@JoeBidenParody`; beside the name `cited`,
    `@notrybar`); None for most accounts."""
    in_name = disowning_word(source.author) if source.author else None
    handle = (source.handle or "").casefold()
    in_handle = (
        disowning_word(handle.replace("_", " "))
        or next((word for word in _DISOWNING_IN_A_HANDLE if word in handle), None)
        or _disowning_beside(handle, cited)
    )
    return in_name or in_handle


def _disguise(shown: str | None) -> str:
    """Why the name the source shows is only near the cited one though it reads the same (`Rybar` typed with
    a Cyrillic letter, a hidden character, `Rybar | parody`): an impostor's marks, in a check's words."""
    why = disguised_name(shown) if shown else None
    return f" ({why})" if why else ""


def _said_where_read(result: CheckResult, given: CheckInput) -> CheckResult:
    """`result` saying where it read, when that was an archived copy (a skip read nothing)."""
    if result.status == "skip" or not given.read_from:
        return result
    return result.model_copy(update={"detail": result.detail + given.read_from})


def _group_of(source: SourcePost) -> str | None:
    """The public group a Telegram message was written in by one of its members (`extractors.telegram`: the
    sender is the post's author), else None."""
    if source.platform is not Platform.TELEGRAM or not source.fields.get("sender_name"):
        return None
    return source.fields.get("data-post", "").partition("/")[0] or None


# `Alice Jones via @bob`: Alice's words, posted by @bob (the account is the post's author, as the note says);
# `Bob Smith quoting Alice Jones`: Bob Smith's post of Alice's words. Whose words they are is for `quote`
# and the citing passage to say, not the author of the post. One word each, at most 200 characters either
# side: linear.
_VIA_ACCOUNT = re.compile(r"^(?P<words>.{1,200}?)\s+via\s+@(?P<handle>\w{1,50})$", re.IGNORECASE)
_QUOTING = re.compile(r"^(?P<poster>[^()]{1,200}?)\s+\(?quoting\s+[^()]{1,200}\)?$", re.IGNORECASE)


def _poster_named(author: str, handle: str | None) -> str:
    """Whom the note names as the post's author: the account after `via` (`Alice Jones via @bob`: @bob), the
    poster before `quoting` (`Bob Smith quoting Alice Jones`: Bob Smith), else the name as cited."""
    via = _VIA_ACCOUNT.match(author.strip())
    if via is not None and handle is not None and handle_key(via["handle"]) == handle_key(handle):
        return handle
    quoting = _QUOTING.match(author.strip())
    return quoting["poster"] if quoting is not None else author


# Words a name is written with that no display name need show: `of`, `the`, an honorific, and a description
# (`President Zelensky` on @ZelenskyyUa's post shown as Volodymyr Zelenskyy).
_NOT_THE_NAME = (
    frozenset({"of", "the", "for", "and", "de", "al", "el", "dr", "prof", "mr", "mrs", "ms", "sir", "dame"})
    | DESCRIBING_WORDS
)


def _name_words(name: str) -> list[str]:
    """The words of a name as compared (`name_key`, spelling folded), without those no name needs
    (`_NOT_THE_NAME`) or that hold no letter (an emoji flag)."""
    kept = [
        word
        for word in name.split()
        if any(char.isalpha() for char in word) and word.strip(".,'\u2019()").casefold() not in _NOT_THE_NAME
    ]
    return [fold_spelling(key) for key in map(name_key, kept) if key]


# The common given names, each form as `_name_words` reads it (`alisa` for Алиса), and which of the table's
# names each form writes (a form may write two: Arabic's `mry` is Mary and Maria).
_GIVEN_NAMES: dict[str, frozenset[int]] = {}
for _row, _forms in enumerate(COMMON_GIVEN_NAMES):
    for _form in _forms:
        for _word in _name_words(_form):
            _GIVEN_NAMES[_word] = _GIVEN_NAMES.get(_word, frozenset()) | {_row}


def _opens_with_a_given_name(words: list[str]) -> bool:
    """Whether a name's words (`_name_words`) open with a common given name: the name is a person's."""
    return bool(words) and words[0] in _GIVEN_NAMES


def _one_given_name(word: str, other: str) -> bool:
    """Whether two words (`_name_words`) write one common given name (`michael` and Майкл's `maikl`)."""
    return not _GIVEN_NAMES.get(word, frozenset()).isdisjoint(_GIVEN_NAMES.get(other, frozenset()))


# A word of the cited name shorter than this is not looked for in a handle to split it (`al`, `de`).
_SHORTEST_HANDLE_WORD = 4


def _handle_folded(handle: str, author: str) -> str:
    """`handle` (`name_key`) with its spelling folded as the cited name's words are, each found in it folded
    alone: `eliothiggins` is `eliot higins`, not `eliotigins` (folded whole, the `t` of Eliot and the `h` of
    Higgins were read as one `th`, and no word of the name was found in it)."""
    key = name_key(handle)
    words = {name_key(word) for word in author.split()}
    for word in sorted((word for word in words if len(word) >= _SHORTEST_HANDLE_WORD), key=len, reverse=True):
        key = key.replace(word, f" {word} ")
    return fold_spelling(key)


def _fits_the_account(author: str, source: SourcePost, likeness: NameLikeness | None) -> bool:
    """Whether the name the note gives beside the post's own handle may be that account's: the same name as
    its display name, a shortening of it (each word of the name one of the display name's or in the handle,
    an initial for a word: `Zelensky` for Volodymyr Zelenskyy, @ZelenskyyUa; `A. Jones` for Alice Jones), a
    longer form of it (the display name's words all the name's: `UK Ministry of Defence` for `Ministry of
    Defence`), or its initials (`Institute for the Study of War` for ISW). `Alice Jones` for @bob shown as Bob
    Smith is someone else's name."""
    if likeness == "same":
        return True
    # A display name that is only the handle, as the platform writes it (Reddit's `u/harbour_watch`), shows
    # no name beside it: `Harbour Watch (u/harbour_watch)` warned as though the post showed someone else.
    account = name_key(source.handle or "")
    shown = [
        name
        for name in (source.author, source.publisher)
        if name and name_key(_REDDIT_USER().sub("", name)) != account
    ]
    if any(disguised_name(name) for name in shown):
        return False  # `Joe Biden (parody)`, `Rybar` typed with a Cyrillic letter: not plainly the name
    cited = _name_words(author)
    shown_words = {word for name in shown for word in _name_words(name)}
    handle = _handle_folded(source.handle or "", author)

    # A display name in another script that shows a word of the cited name transliterated (`Роберт` for
    # Robert) is a transliteration, not a translation: its other words are the name's only where they sound
    # as the name's do (`Джонс`, read `dzhons`, for Jones; not `Смит` for Jones).
    other_script = _scripts(" ".join(shown)).isdisjoint(_scripts(author))

    # A common given name is written in another script as the table writes it (`Майкл` for Michael).
    def given_name_shown(word: str) -> bool:
        return other_script and any(_one_given_name(word, shown_word) for shown_word in shown_words)

    transliterated = other_script and any(word in shown_words or given_name_shown(word) for word in cited)
    shown_sounds = {_sounds(word) for word in shown_words} if transliterated else set()

    def shown_as(word: str) -> bool:
        initial = len(word) == 1 and any(shown_word.startswith(word) for shown_word in shown_words)
        sounded = len(word) > 1 and _sounds(word) in shown_sounds
        return word in shown_words or initial or sounded or given_name_shown(word)

    # The handle stands in for a word the display name leaves out (`Robert Jones` for @robertjones shown as
    # Bob Jones), not for a display name that shows someone else (`Robert Jones (@robertjones)` shown as
    # Alice passed on the handle alone): only beside a word of the cited name the display name shows, or a
    # display name that cannot be read word for word against it: emoji alone, or another script's with as
    # many words as the name, a translation's (`Grey Zone` for @grey_zone shown as Серая Зона). Another
    # script's name of other words than the note's is no translation of it (`Robert Jones` shown as Алиса,
    # Alisa, passed: the transliteration, compared above, does not agree).
    # A person's name, though, is transliterated, never translated: a cited name or a display name opening
    # with a common given name (`names.COMMON_GIVEN_NAMES`) is no translation of the other (`Robert Jones`
    # shown as Алиса Смит, two words as the name has, passed as one).
    persons = _opens_with_a_given_name(cited) or any(
        _opens_with_a_given_name(_name_words(name)) for name in shown
    )
    translated = (
        other_script
        and not transliterated
        and not persons
        and any(len(_name_words(name)) == len(cited) for name in shown)
    )
    # Nor for the name's last word (a family name's place) where the display name shows another word than
    # the name's own in its stead: `Robert Jones` for @robertjones shown as Robert Smith passed, as did `Grey
    # Zone` for @grey_zone shown as Grey Area (shown as Robert, or Robert J., the name is only shortened).
    in_its_stead = [word for word in shown_words if word not in cited and not _initial_of(word, cited)]
    replaced = bool(cited) and not shown_as(cited[-1]) and bool(in_its_stead) and not translated
    # Nor for a common given name where the display name opens with another (`Robert Jones` for @robertjones
    # shown as John Jones, `Maria Zakharova` shown as Анна Захарова passed: the handle stood in for the given
    # name; a nickname not in the table, Bob Jones, is still a shortening).
    given_replaced = _opens_with_a_given_name(cited) and any(
        _opens_with_a_given_name(words) and not _one_given_name(cited[0], words[0])
        for words in map(_name_words, shown)
    )
    replaced = replaced or given_replaced
    handle_stands_in = (
        any(shown_as(word) for word in cited) or not shown_words or translated
    ) and not replaced

    def fits(word: str) -> bool:
        return shown_as(word) or (handle_stands_in and len(word) >= 4 and word in handle)

    if cited and all(fits(word) for word in cited):
        return True
    # A longer form of one person's name: with several people cited (`Alice Jones, Bob Smith (@bob)`), the
    # display name `Bob Jones` took a word from each and passed as a longer form of the two.
    display = set(_name_words(source.author or ""))
    if display and any(display <= set(_name_words(person)) for person in people_in(author) or [author]):
        return True
    initials = "".join(word[0] for word in author.split() if word[:1].isupper())
    return len(initials) >= 2 and any(name_key(name) == initials.casefold() for name in shown)


# The platforms a note may tie a handle to in words (`@rybar on X`, `X: @rybar`, `@rybar (Telegram)`), by the
# platform a post read is on. Misskey's and Pleroma's posts are read as the fediverse's (`MASTODON`).
_PLATFORM_WORDS: dict[str, Platform] = {
    "x": Platform.TWITTER,
    "twitter": Platform.TWITTER,
    "telegram": Platform.TELEGRAM,
    "facebook": Platform.FACEBOOK,
    "instagram": Platform.INSTAGRAM,
    "youtube": Platform.YOUTUBE,
    "tiktok": Platform.TIKTOK,
    "vk": Platform.VK,
    "vkontakte": Platform.VK,
    "reddit": Platform.REDDIT,
    "linkedin": Platform.LINKEDIN,
    "bluesky": Platform.BLUESKY,
    "mastodon": Platform.MASTODON,
    "misskey": Platform.MASTODON,
    "pleroma": Platform.MASTODON,
    "threads": Platform.THREADS,
}


def _handle_on_another_platform(note: str, handle: str, source: SourcePost) -> bool:
    """Whether the note ties `handle` in words to another platform than the post's (`@rybar on X`, `X:
    @rybar`, `@rybar (X)` on a TikTok video): that account is the person's elsewhere, not the post's."""
    if source.platform is Platform.WEB or f"@{handle.lstrip('@')}".casefold() not in note.casefold():
        return False  # most notes: the handle is the link's, written nowhere with its `@`
    at = re.escape(handle.lstrip("@"))
    tied = re.compile(
        rf"@{at}\b(?:\s{{1,3}}on\s{{1,3}}|\s{{0,3}}\((?:on\s{{1,3}})?)(?P<after>\w{{1,12}})"
        rf"|\b(?P<before>\w{{1,12}}):\s{{0,3}}@{at}\b",
        re.IGNORECASE,
    )
    for found in tied.finditer(blank_quotes(note)):
        word = (found["after"] or found["before"]).casefold()
        if word in _PLATFORM_WORDS and _PLATFORM_WORDS[word] is not source.platform:
            return True
    return False


# What a transliteration may write differently of a name's word: its vowels (Джонс, `dzhons`, drops Jones's
# `e`), an `h` (Джонсон for Johnson), and `dzh` or `zh` for `j`. Compared only between a name and another
# script's display name one of whose words is already the name's own (`_fits_the_account`).
_NOT_SOUNDED = on_first_use(r"[aeiouyh]")
_DZH = on_first_use(r"d?zh")
_DOUBLED_LETTER = on_first_use(r"([a-z])\1+")


def _sounds(word: str) -> str:
    """`word` (a `_name_words` word) reduced to the consonants a transliteration keeps: `jns` for Jones and
    for Джонс (`dzhons`), `smt` for Smith and Смит."""
    return _DOUBLED_LETTER().sub(r"\1", _NOT_SOUNDED().sub("", _DZH().sub("j", word)))


def _initial_of(word: str, words: list[str]) -> bool:
    """Whether `word` is one letter, the first of one of `words` (`j` of `Robert J.` for Jones)."""
    return len(word) == 1 and any(other.startswith(word) for other in words)


_REDDIT_USER = on_first_use(r"^/?u/", re.IGNORECASE)  # how Reddit writes its user names


def _scripts(text: str) -> set[str]:
    """The scripts `text`'s letters are written in (`LATIN`, `CYRILLIC`, ...), as Unicode names them."""
    return {unicodedata.name(char, "").partition(" ")[0] for char in text if char.isalpha()}


# Where a platform's display name sets the person apart from where they work (`Alice Jones | Bellingcat`).
_DISPLAY_NAME_PARTS = on_first_use(r"\s\|\s")
_MOST_PERSON_WORDS = 4


def _affiliation_only(cited: str, source: SourcePost) -> str | None:
    """The person a platform post's display name names first (`Alice Jones` of `Alice Jones | Bellingcat`)
    when `cited` is only a later part of it, in the same script and no initials of the person's name: the
    outlet she works for, not the account's; None for most display names (`Rybar | Рыбарь`, a name and its
    transliteration; `Ukraine Weapons Tracker | UWT`)."""
    if source.platform is Platform.WEB or not source.author or "|" not in source.author:
        return None
    first, *rest = (part.strip() for part in _DISPLAY_NAME_PARTS().split(source.author[:_LONGEST_NAME]))
    words = first.split()
    if not rest or not 2 <= len(words) <= _MOST_PERSON_WORDS or not is_a_persons_name(words):
        return None
    if _likeness(cited, [first])[0] is not None or _scripts(cited).isdisjoint(_scripts(first)):
        return None
    initials = "".join(word[0] for word in words)
    if name_key(cited) == initials.casefold() or _likeness(cited, rest)[0] != "same":
        return None
    return first


def _compare(given: CheckInput) -> CheckResult:
    """The cited author against the source's, not yet saying where it read: a pass on a display name the
    note's name is only the outlet of (`Bellingcat` on the post of `Alice Jones | Bellingcat`) warns."""
    result = _compare_names(given)
    citation, source = given.citation, given.source
    author = _poster_named(citation.author, citation.handle) if citation.author else None
    if result.status != "pass" or source is None or author is None or citation.located is not None:
        return result
    if citation.handle is not None and handle_key(author) == handle_key(citation.handle):
        return result  # the note names the account only
    person = _affiliation_only(author, source)
    if person is None:
        return result
    detail = (
        f"the note credits {author!r}; the post is {forwarder(source)}'s, shown as {source.author!r}: "
        f"the account of {person!r}, naming {author!r} beside the name (where they work?), not {author!r}'s "
        "own? Compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


def _beside(like: str | None, source: SourcePost) -> str:
    """What a detail adds where the cited name is a web page's publisher (its outlet) or its journal and the
    page's byline names someone else (`, its publisher; its byline names 'Jane Doe'`): "the source shows
    'Harbour Times'" read as if the outlet wrote the article, where a person did, whom a note naming its
    writer must name. A journal is said to be one (`, its journal`) even where no byline names another."""
    if source.platform is not Platform.WEB or like is None:
        return ""
    if like == source.publisher:
        role = "publisher"
    elif like == source.fields.get("journal") and like != source.author:
        role = "journal"
    else:
        return ""
    if not source.author or _likeness(source.author, [like])[0] is not None:
        return f", its {role}" if role == "journal" else ""
    return f", its {role}; its byline names {source.author!r}"


def _channel_titled(source: SourcePost, display: str | None) -> bool:
    """Whether `display` is a Telegram channel's title, shown on the channel's own post: no member's message
    in a group, no forward of another's post. A channel's owner renames it at will, so a title the note cites
    for its post may be the one it had then."""
    fields = source.fields
    return (
        source.platform is Platform.TELEGRAM
        and display is not None
        and display == fields.get("owner_name", display)
        and not fields.get("sender_name")
        and not fields.get("forwarded_from")
    )


def _as_renamed(source: SourcePost, display: str | None) -> str:
    """What a detail asks first where the post is a Telegram channel's own, shown under another title than
    the note names (`_channel_titled`): whether the channel was renamed since; "" on any other post."""
    if not _channel_titled(source, display) or not source.handle:
        return ""
    return f"a renamed channel (@{source.handle} is called {display!r} now), "


# Where Telegram's widget answered a post's link with the post under another username
# (`extractors.telegram`: "it shows post <channel>/<id>"): bounded runs, linear.
_WIDGET_SHOWS = re.compile(r"it shows post ([A-Za-z0-9_]{1,64})/(\d{1,20})")


def _moved_channel(given: CheckInput, source: SourcePost) -> str | None:
    """Where the cited Telegram post's link names one username and Telegram's widget shows the same post id
    under another (a channel renamed since, or one of its several usernames), what a detail says of it; the
    widget was not read, so no author was, and a person must look. None on any other source."""
    if source.platform is not Platform.TELEGRAM or not source.unread or not given.citation.url:
        return None
    link_channel, link_id = post_locator(given.citation.url)
    shown = _WIDGET_SHOWS.search(source.unread[:2000])
    if shown is None or link_channel is None or link_id is None:
        return None
    channel, post_id = shown.groups()
    if post_id != link_id or handle_key(channel) == handle_key(link_channel):
        return None
    return (
        f"the link names @{link_channel}; Telegram shows its post {post_id} under @{channel} now: a renamed "
        "channel?"
    )


def _file_s_maker(source: SourcePost) -> str:
    """What a cited PDF's metadata names as its author (`extractors.web`: kept in fields, not read as the
    author, since it names whoever made the file): said beside "no author found", where a person comparing by
    hand had to open the file's properties to find the name the ministry's own report gives."""
    maker = source.fields.get("PDF /Author")
    return (
        f"; the PDF's metadata names {maker[:200]!r}, who made the file, not always its author"
        if maker
        else ""
    )


def _names_no_author(given: CheckInput) -> str:
    """Why the check has no author to compare: a note citing legislation says so, naming it."""
    instrument = legislation_of(given.footnote)
    if instrument is None:
        return "the citation names no author"
    return f"the note cites legislation ({instrument!r}), which names no author: none to compare"


# The field a judgment's court heading is kept in (`extractors.judgments.COURT_HEADING`; not imported, as a
# check reads no page).
COURT_HEADING = "court heading"
# What a court's name is read as (`_court_words`): its letters, digits and apostrophes, spaced, lowered.
_NOT_IN_A_COURT_S_NAME = on_first_use(r"[^\w']+")
# The names a note may give a court whose heading names it otherwise, as `_court_words` writes them.
_COURTS_OTHER_NAMES = {"u s supreme court": "supreme court of the united states"}
_COURT_WORDS = frozenset(("court", "tribunal", "courts"))
_MOST_COURT_NAME_CHARS = 300


def _court_words(name: str) -> str:
    """A court's name as compared: lowered, its stops and brackets spaces, `IN THE` before it dropped."""
    words = " ".join(
        _NOT_IN_A_COURT_S_NAME().sub(" ", name[:_MOST_COURT_NAME_CHARS].replace("\u2019", "'")).split()
    )
    # `SUPREME COURT OF THE STATE OF ILLINOIS`, as a state court's opinion is headed: the Supreme Court of
    # Illinois a note names.
    words = words.lower().removeprefix("in the ").replace(" of the state of ", " of ")
    return _COURTS_OTHER_NAMES.get(words, words)


def _names_the_court(cited: str, heading: str) -> bool | None:
    """Whether a note's author is the court a judgment's heading names (`Court of Appeal (Civil Division)`,
    `Court of Appeal`, `High Court of Justice (Commercial Court)`, `U.S. Supreme Court`): its name, and each
    bracketed part of it, found whole in the heading's words. None for a name that is no court's (`Lord
    Justice Arnold`, `Court` alone), compared as any other name."""
    name, _, bracketed = cited[:_MOST_COURT_NAME_CHARS].partition("(")
    parts = [_court_words(name), *(_court_words(part) for part in bracketed.split("(") if part.strip(" )"))]
    court = parts[0].split()
    if len(court) < 2 or not _COURT_WORDS.intersection(court):
        return None
    shown = f" {' '.join(_court_words(line) for line in heading.split(' / '))} "
    return all(f" {part} " in shown for part in parts)


def _by_a_court_s_abbreviation(cited: str | None, shown: str | None) -> tuple[CheckStatus, str] | None:
    """A court the note names by the abbreviation lawyers cite it by (`BGH`, `CJEU`, `Cass.`:
    `COURT_ABBREVIATIONS`) against a page whose author is that court in full (`Bundesgerichtshof`, its
    formation or chamber after it: `Court of Justice of the European Union (Grand Chamber)`): a pass
    naming both. Compared as names, `BGH` warned as not `Bundesgerichtshof`. None for any other."""
    court = COURT_ABBREVIATIONS.get(cited or "")
    if court is None or not shown:
        return None
    named = shown[: len(court)].casefold() == court.casefold() and shown[len(court) : len(court) + 1] in (
        "",
        " ",
        ".",
    )
    if not named:
        return None
    return "pass", f"cited {cited!r}, the {court}; the page's author is the court: {shown!r}"


def _by_a_court(cited: str | None, source: SourcePost) -> tuple[CheckStatus, str] | None:
    """A court the note names (`High Court`, `Court of Appeal (Criminal Division)`) against a page whose
    author is a court (`High Court of Justice`, a court's own site's byline), as against a judgment's
    heading (`_names_the_court`): compared as names, `High Court` warned as only part of `High Court of
    Justice`, and a division was dropped; a court named by its abbreviation, as `_by_a_court_s_abbreviation`
    compares it. None where either names no court."""
    shown = source.author if source.platform is Platform.WEB else None
    abbreviated = _by_a_court_s_abbreviation(cited, shown)
    if abbreviated is not None:
        return abbreviated
    if not cited or not shown or _names_the_court(shown, shown) is None:
        return None
    named = _names_the_court(cited, shown)
    if named is None:
        return None
    if named:
        return "pass", f"cited {cited!r}; the page's author is the court: {shown!r}"
    return "warn", f"cited {cited!r}; the page's author is another court: {shown!r}: compare by hand"


_MOST_NOTE_CHARS = 2_000  # of a note's words looked in for a department's whole name


def _by_a_gazette_s_department(author: str | None, source: SourcePost, note: str) -> str | None:
    """The detail of a pass where the cited author is the department a gazette's entry names as its own (the
    BOE's `Departamento:` row: `Ministerio para la Transición Ecológica y el Reto Demográfico`), written as
    the page writes it (case and spacing aside); None otherwise. No byline names the ministry, and a note
    crediting it warned "the page credits only its outlet". A ministry whose name holds a comma
    (`Ministero dell'agricoltura, della sovranità alimentare e delle foreste`) is read from a note as its
    name's opening: it passes where the note's own words (`note`) hold the whole name."""
    from provenance.extractors.web import GAZETTE_DEPARTMENT  # here: only a gazette's page holds one

    department = source.fields.get(GAZETTE_DEPARTMENT) if source.platform is Platform.WEB else None
    if not author or not department:
        return None
    cited, named = normalise_text(author), normalise_text(department)
    whole_in_the_note = named.startswith(f"{cited},") and named in normalise_text(note[:_MOST_NOTE_CHARS])
    if cited != named and not whole_in_the_note:
        return None
    # Where the page names it: the BOE's row, the Diário da República's `Emissor`, the Gazzetta Ufficiale's
    # ministry heading the act (`extractors.judgments.GAZETTE_ISSUER_SHOWN`; not imported, as a check reads
    # no page).
    where = source.fields.get("gazette department shown") or "its 'Departamento:' row"
    whole = f", the opening of the name the note gives whole ({department[:200]!r})" if cited != named else ""
    gives = f"the gazette's entry gives it as the department it comes from ({where[:100]})"
    return f"cited {author!r}{whole}; {gives}"


# What may follow the issuer's name on a release's first line (`NATIONAL ELECTION COMMISSION  PRESS
# RELEASE`), as normalised: the kind of document, nothing else.
_RELEASE_KINDS = frozenset(
    ("", "press release", "media release", "news release", "statement", "press statement", "media statement")
)
_LETTERHEAD_CHARS = 200
_LETTERHEAD_WORDS = 2


def _by_a_release_s_letterhead(author: str | None, source: SourcePost) -> str | None:
    """The detail of a pass where a cited PDF's first line is the cited organisation's name, alone or before
    the kind of release it is (`NATIONAL ELECTION COMMISSION  PRESS RELEASE`: `_RELEASE_KINDS`), as a press
    release's head names its issuer; None otherwise (a name of one word, a line that goes on: a headline
    about the organisation). No byline names the issuer, and a note crediting it warned "no author found"."""
    if not author or len(author.split()) < _LETTERHEAD_WORDS or source.platform is not Platform.WEB:
        return None
    if not any(key.startswith("PDF /") for key in source.fields):
        return None
    first = next((line for line in (source.text or "")[:_LETTERHEAD_CHARS].splitlines() if line.strip()), "")
    line, name = normalise_text(first), normalise_text(author)
    if not line.startswith(name) or line[len(name) :].strip() not in _RELEASE_KINDS:
        return None
    return f"cited {author!r}; the document's first line names it as its issuer: {' '.join(first.split())!r}"


def _compare_names(given: CheckInput) -> CheckResult:
    """The cited author against the source's names."""
    citation, source = given.citation, given.source
    cited = [name for name in (citation.author, citation.handle) if name]
    cited_text = " / ".join(dict.fromkeys(cited)) or None
    if not cited:
        return CheckResult(name="author", status="skip", detail=_names_no_author(given))
    if source is None or source.problem is not None:
        return CheckResult(
            name="author", status="skip", detail="no content captured to compare", cited=cited_text
        )
    names, shown_text = _shown_names(source)

    def result(status: CheckStatus, detail: str) -> CheckResult:
        return CheckResult(name="author", status=status, detail=detail, cited=cited_text, found=shown_text)

    heading = source.fields.get(COURT_HEADING) if source.platform is Platform.WEB else None
    court_named = _names_the_court(citation.author, heading) if heading and citation.author else None
    if court_named:
        return result(
            "pass", f"cited {citation.author!r}; the judgment's heading names its court: {heading!r}"
        )
    if court_named is not None:
        # Compared as names, a bracketed division was dropped (`Court of Appeal (Criminal Division)` passed on
        # the Civil Division's judgment): a court the heading does not name is another court's judgment, or
        # the heading misread, for a person to say.
        return result(
            "warn",
            f"cited {citation.author!r}; the judgment's heading names another court: {heading!r}: compare by "
            "hand",
        )
    by_a_court = _by_a_court(citation.author, source) if heading is None else None
    if by_a_court is not None:
        return result(*by_a_court)
    by_a_department = _by_a_gazette_s_department(citation.author, source, given.footnote.text)
    if by_a_department is not None:
        return result("pass", by_a_department)
    by_a_letterhead = _by_a_release_s_letterhead(citation.author, source)
    if by_a_letterhead is not None:
        return result("pass", by_a_letterhead)

    if not names and not source.handle:
        unread = f" ({source.unread})" if source.unread else ""
        moved = _moved_channel(given, source)
        if moved is not None:
            return CheckResult(
                name="author",
                status="warn",
                detail=f"no author found in the capture{unread}: {moved} Compare {cited_text!r} by hand",
                cited=cited_text,
            )
        return CheckResult(
            name="author",
            status="warn",
            # Said of what was read, not of the source: a byline in plain words (`By Ann Smith`) is not read.
            detail=f"no author found in the capture{unread}{_file_s_maker(source)}: compare {cited_text!r} "
            "by hand",
            cited=cited_text,
        )
    miss: CheckStatus = "warn" if source.platform is Platform.WEB else "fail"
    handle = citation.handle
    # `Rybar (@rybar on X)` on a TikTok video: the handle is the person's on X, no claim of the post's
    # account (it failed against @rybar_tiktok, whose display name is the cited Rybar): the name is compared.
    elsewhere = handle is not None and _handle_on_another_platform(given.footnote.text, handle, source)
    claimed = handle is not None and not elsewhere and _handle_is_claimed(given, handle)
    author = citation.author
    author = _poster_named(author, handle) if author is not None else None
    if (
        author is not None
        and handle is not None
        and handle_key(author) == handle_key(handle)
        and not elsewhere
    ):
        author = None  # the note names the account only; the author was read from its handle
    name_claim = author or (handle if not claimed else None)
    shown = [*names, source.handle] if source.handle else names
    # A web page's journal (`extractors.web`: its `citation_journal_title`) is a name a note may credit, as
    # it credits the site's: a retraction note is the journal's, whoever wrote the article it retracts.
    journal = source.fields.get("journal") if source.platform is Platform.WEB else None
    shown = [*shown, journal] if journal and journal not in shown else shown
    # `Пост Дмитрия Медведева в Telegram`: the note's name is in the genitive, the account's nominative.
    declined = author is not None and name_claim == author and names_author_in_genitive(given.footnote)
    likeness, like, missing = _likeness(name_claim, shown, declined) if name_claim else (None, None, ())
    cited_id = citation.post_id or (post_locator(citation.url)[1] if citation.url else None)
    if source.platform is Platform.TIKTOK:
        # A TikTok video's id counts only where its link's username is the note's only claim of whose the
        # video is: a note naming an account by `@` claims that account's video (the citation's post id,
        # the link's, would make another account's a rename).
        words = blank_quotes(note_prose(given.footnote))
        cited_id = tiktok_video_under(citation.url, handle, words) if citation.url else None
    one_id = source.platform in _ONE_ID_PER_POST and cited_id is not None and source.post_id is not None
    if one_id and source.post_id != cited_id:
        # Another post than the cited one (an oEmbed answer showing another status), by the cited account or
        # not: its author is not the cited post's author, whatever the names say.
        whose = f"@{handle}" if claimed and handle is not None else repr(cited_text)
        return result(
            "fail",
            f"cited {whose}'s post {cited_id}; the capture shows another post, {source.post_id}, "
            f"by {shown_text!r}",
        )

    if claimed and handle is not None and source.handle:
        if handle_key(handle) == handle_key(source.handle):
            # The accounts registry (`located`) tied the cited person to this account already.
            credited = author if citation.located is None else None
            # `Joe Biden (@JoeBidenParody)` shown as `Joe Biden | parody`: the account says it is not the man
            # the note names (the note that says `parody` itself knows it).
            disowned = _disowned(source, citation.author or handle)
            if disowned is not None and disowned not in (citation.author or handle).casefold():
                return result(
                    "warn",
                    f"the note credits {credited or citation.author or handle!r}; the post is "
                    f"@{source.handle}'s, shown as {shown_text!r}, an account calling itself {disowned!r}: "
                    "the person, or an account posing as them? Compare by hand",
                )
            if credited is not None and names and missing:
                # `Alice Jones & Bob Smith (@bob)` on @bob's post shown as Bob Smith: the post is his, and the
                # note credits Alice Jones too, whom it does not show (the display name, one of the names
                # cited, passed it as a shortening).
                named = " and ".join(repr(person) for person in missing)
                return result(
                    "warn",
                    f"the note credits {credited!r}; the post is @{source.handle}'s, shown as "
                    f"{source.author or source.publisher!r}, which does not name {named}",
                )
            # A name that is only the handle's words (`Robert Jones` for @robertjones) says nothing of whom
            # the account shows: shown as Alice, it passed on the handle alone.
            by_name = likeness if like != source.handle or like in names else None
            if credited is not None and names and not _fits_the_account(credited, source, by_name):
                # `Alice Jones (@bob)` on @bob's post shown as Bob Smith: the note credits someone the post
                # does not show; the handle alone passed it.
                unlike = "close to, not the same as," if likeness == "near" else "which is not"
                display = source.author or source.publisher
                return result(
                    "warn",
                    f"the note credits {credited!r}; the post is @{source.handle}'s, shown as "
                    f"{display!r}{_disguise(display)}, {unlike} {credited!r}: {_as_renamed(source, display)}"
                    f"another's words posted by @{source.handle}, or the wrong name or handle? Compare by "
                    "hand",
                )
            return result("pass", f"cited @{handle}; the source's account is @{source.handle}")
        if one_id and cited_id is not None:
            if likeness is not None or missing or name_claim is None or not names:
                return result("warn", _moved_post(handle, source, cited_id, author, likeness, like))
            # The same post, but its display name names someone else: not the cited author's, renamed or not.
            return result(
                "fail",
                f"cited {cited_text!r}; the source shows {shown_text!r}: the post id {cited_id} matches, but "
                f"the display name {source.author or source.publisher!r} is not {name_claim!r}",
            )
        if likeness == "same":
            return result(
                "warn",
                f"cited {author or handle!r} matches {like!r}, but the account is @{source.handle}, not the "
                f"cited @{handle}: renamed, or another account with that name? Compare by hand",
            )
        return result(miss, f"cited {cited_text!r}; the source shows {shown_text!r}")
    if claimed and handle is not None and likeness is None and not missing:
        likeness, like, missing = _likeness(
            handle, names
        )  # a page without handles: the handle may be the byline
    disowned = _disowned(source, name_claim or handle) if likeness == "same" else None
    if disowned is not None and disowned not in (name_claim or handle or "").casefold():
        # `Rybar, Telegram, t.me/rybar_parody/5` shown as Rybar: the name is the one cited, the account says
        # it is not that person's.
        return result(
            "warn",
            f"cited {name_claim or handle!r}; the source shows {like!r}, but its account ({shown_text}) "
            f"calls itself {disowned!r}: the person, or an account posing as them? Compare by hand",
        )
    if (
        likeness == "same"
        and source.handle
        and like == source.handle
        and like not in names
        and name_claim is not None
        and names
        and handle_key(name_claim) != handle_key(source.handle)
        and not _fits_the_account(name_claim, source, None)
    ):
        # `Robert Jones, X, x.com/robertjones/status/…` on @robertjones's post shown as Alice passed: the name
        # read as the handle, its words run together. The account may be the person's; the post shows
        # someone else, as with the handle named in words.
        display = source.author or source.publisher
        return result(
            "warn",
            f"the note credits {name_claim!r}; the post is @{source.handle}'s, shown as {display!r}"
            f"{_disguise(display)}, which is not {name_claim!r}: {_as_renamed(source, display)}another's "
            f"words posted by @{source.handle}, or the wrong name? Compare by hand",
        )
    if (
        likeness == "same"
        and elsewhere
        and handle is not None
        and source.handle
        and handle_key(handle) != handle_key(source.handle)
    ):
        # The name is the one shown, but which account is the person's here the note does not say.
        return result(
            "warn",
            f"cited {name_claim!r}, whose account the note gives as @{handle} on another platform; the "
            f"post is @{source.handle}'s, shown as {like!r}: the same person's account here? Compare by hand",
        )
    if likeness == "same":
        return result(
            "pass", f"cited {name_claim or handle!r}; the source shows {like!r}{_beside(like, source)}"
        )
    if likeness == "near":
        return result(
            "warn",
            f"cited {name_claim or handle!r}; the source shows {like!r}, a near match{_disguise(like)}: the "
            "same person, or another with a similar name? Compare by hand",
        )
    if missing:
        named = " and ".join(repr(person) for person in missing)
        return result(
            "warn",
            f"cited {name_claim or handle!r}; the source shows {shown_text!r}, which does not name {named}",
        )
    family_of = _family_name_of(name_claim, names) if name_claim is not None and likeness is None else None
    if family_of is not None:
        # `Haddad, "Bridge reopens", …` (a short note's family name alone) on Lina Haddad's page or post: the
        # same name as far as it goes, which failed on a platform post as if the note named someone else.
        # Which Haddad is for a person to say: it warns, saying so.
        return result(
            "warn",
            f"cited {name_claim!r}, only the family {'names' if ' and ' in family_of else 'name'} of "
            f"{family_of}, whom the source shows: the same {'people' if ' and ' in family_of else 'person'}? "
            "Compare by hand",
        )
    url_handle = handle if handle is not None and not claimed else None
    group = _group_of(source)
    if url_handle is not None and author is None and group and handle_key(url_handle) == handle_key(group):
        # A group's URL names where a member wrote, not who: a note naming nobody claims no author to fail.
        return result(
            "warn",
            f"the post is a message by {shown_text!r} in the group @{group}: its URL names the group, not "
            "who wrote it, and the note names no author: compare by hand",
        )
    if url_handle is not None and source.handle and handle_key(url_handle) == handle_key(source.handle):
        renamed = _as_renamed(source, source.author)
        ask = f"{renamed}or the wrong name? Compare by hand" if renamed else "compare by hand"
        return result(
            "warn",
            f"the post is @{source.handle}'s, as its URL says, but the note names {author!r} and the source "
            f"shows {shown_text!r}: {ask}",
        )
    overruled = source.fields.get(META_AUTHOR_NOT_THE_BYLINE)
    if overruled and name_claim is not None and _likeness(name_claim, [overruled])[0] == "same":
        # A theme's `<meta name=author>` names the site's owner on each page; the byline names who wrote
        # this one (a guest): the owner's name in the metadata is not the article's author.
        return result(
            miss,
            f"cited {name_claim!r}, the author the page's <meta> names (a site's owner, on each of its "
            f"pages?), but its byline shows {source.author!r}: the article is the byline's; compare by hand",
        )
    return result(
        miss, f"cited {cited_text!r}; the source shows {shown_text!r}{_to_compare(name_claim, source)}"
    )


def _to_compare(cited: str | None, source: SourcePost) -> str:
    """What a person must do where a web page's names are not the cited one: see whether the article names the
    cited writer where it credits only its outlet (no byline read), else whose byline it shows."""
    if source.platform is not Platform.WEB or cited is None:
        return ""
    if source.publisher and (
        not source.author or _likeness(source.author, [source.publisher])[0] is not None
    ):
        return f": the page credits only its outlet, no writer: see whether the article names {cited!r}"
    if source.author:
        return f": its byline names {source.author!r}, not {cited!r}: compare by hand"
    return ""
