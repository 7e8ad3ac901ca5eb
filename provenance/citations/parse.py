"""Free-text footnote → citation: platform, author, handle, date, URL, post id and title.

Footnotes follow no single style (news, Chicago, MLA, APA, Wikipedia, Bellingcat, bare social posts), so the
parser reads what most of them share: the link, a leading name, the first quoted passage, the first full date.
A note that opens with no name may give it after what was posted (`Screenshot of a Telegram post by Rybar`),
quoted as Chicago quotes a username (`YouTube video, posted by "Associated Press,"`: no title or quote); a
channel's quoted name (`Телеграм-канал «Рыбарь»`, `"Rybar" (Telegram)`) is its author, not its title; a
name in square brackets (`[Two Majors], Telegram, …`, as legal notes supply one) is its author, not a
footnote's marker. Only where the note names nobody does the URL's handle stand for the author: a name missed
there let another channel's post pass. A note citing another note's source (`Ibid.`, `Same as [2]`) names
that note's author, which it does not repeat (after a signal too: `See also id.`, `But see id.`): the URL's
handle does not stand for it either. A handle written beside a name (`@bob (Bob Jones)`, `@bob, Bob Jones`,
`Jones, Bob (@bob)`, `Alice Jones, Bob Smith (@bob)`) is a second claim: the name, every person it lists, is
the author the account's display name is held to. A note that says its source is undated (APA's `(n.d.)`,
Chicago's `n.d.,`) gives no date, whatever day its unquoted title names. A note giving no http link but a
Bluesky post's AT URI (`at://did:plc:…/app.bsky.feed.post/<rkey>`) cites that post at bsky.app. A link to
a post's own channel or profile (`Subscribe: t.me/rybar`, the channel's boilerplate copied in with its post's
words), or any account's page the note calls to subscribe to, is neither the cited source nor another one,
and its label (`Subscribe`, `Наш канал`) no author.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from provenance.citations.acts import portuguese_act_designation
from provenance.citations.captions import masked_company_commas
from provenance.citations.courts import european_case, state_court, state_court_in_parenthetical
from provenance.citations.dates import (
    DateFind,
    find_date,
    find_month_or_year,
    holds_date,
    holds_day_without_its_year,
    lunar_hijri_date,
)
from provenance.citations.platforms import (
    canonical_url,
    copies_of_one_page,
    is_wiki_page,
    linked_post_id,
    mastodon_note_handle,
    mastodon_platform,
    may_hold_a_word,
    may_name_archive_host,
    memento_original,
    meta_note_handle,
    mirrored_post,
    mirrored_x_post,
    on_web_archive,
    platform_from_host,
    platform_from_words,
    post_locator,
    reddit_note_handle,
    tiktok_note_handle,
    wayback_original,
)
from provenance.citations.wiki_edits import cited_editor, edit_credit_opening
from provenance.deferred_patterns import deferred_compile
from provenance.models import Citation, Finding, Footnote, Platform
from provenance.names import DESCRIBING_WORDS, NAME_PARTICLES, ORGANISATION_WORDS
from provenance.patterns import on_first_use
from provenance.quotes import QUOTE_MARKS, Quote, blank_quotes, iter_quotes
from provenance.urls import blank_urls, find_urls, http_target, is_http_url, with_encoded_path

_HANDLE = on_first_use(r"(?<![\w@.])@(?P<handle>[A-Za-z0-9_]{1,64})\b")
# A Bluesky handle is a domain name (`@harbour.bsky.social`, `@nytimes.com`): read as `_HANDLE` reads it, it
# was `@harbour`, which is no account's handle there, and the author check took the note for naming another.
_BLUESKY_HANDLE = on_first_use(
    r"(?<![\w@.])@(?P<handle>[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,10})"
)
# A footnote's marker left before its text (`[^1]:`, `[3]`, `[^note-a]`): a number, a marker's caret, or the
# note's own label. Not any bracketed word: `[Grey_Zone], Telegram, …` names the channel, as legal notes
# bracket a name they supply; taken for a marker, it left the note naming nobody and the URL's channel passed.
_LABEL_PREFIX = re.compile(r"^\s*\[(?P<caret>\^?)(?P<label>[\w-]+)\]:?\s*")
# Titles and ranks end in a stop that does not end the name: `Dr. Jane Smith`, `Gen. Valerii Zaluzhnyi`.
_CIVIL_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Sen", "Rep", "Gov")
_RANKS = ("Gen", "Col", "Maj", "Capt", "Lt", "Sgt")
_NOT_A_TITLE = "".join(rf"(?<!\b{title})" for title in (*_CIVIL_TITLES, *_RANKS))
# Where a note's leading name ends: a comma, a colon, a sentence stop after a word (not an initial or a
# title), a dash, GOST's `//` before the outlet. The stop is looked for first: the look-behinds that tell a
# title's stop from a name's are tried only at a stop, not at every letter (a note of 180 letters without one:
# 88 µs → 11 µs). Chinese and Japanese write the comma, the semicolon, the colon and the bracket full-width
# (`Two Majors、Telegram、2022年1月21日`), and Arabic and Persian their own comma and semicolon: the name ran
# on to the date, named no one, and the URL's channel stood for the author. So did a middle dot or a bullet
# between spaces, as a page's byline and a copied credit part their fields (`Two Majors · Telegram · …`).
# So did a line break: a note's parts on lines of their own (`Two Majors<br>Telegram, …`, a reader keeps the
# break) ran together into `Two Majors Telegram`.
_NAME_END = deferred_compile(
    r"[\n,;(\[\u3001\uff0c\uff1b\uff08\uff1a\u3010\u060c\u061b]|:(?:\s|$)"
    rf"|(?=\.(?:\s|$))(?<=[\w\]\)]{{2}}){_NOT_A_TITLE}\.(?:\s|$)|\s(?:[\u2013—|/\u00b7\u2022-]|//)(?:\s|$)"
)
# What is left before the name once a leading link is blanked out: `<…>`, `— Rybar`, `(Rybar, …)`.
_LEADING_PUNCTUATION = deferred_compile(
    r"^[\s<>()\u2013\u2014|:;,.\u3001\uff0c\uff1b\uff08\uff09\uff1a\u060c\u061b-]+"
)
# A match starts only where a run of spaces starts (`(?<!\s)`): tried from inside the run too, as `\s*` alone
# is, it would scan the rest of the run again each time (quadratic on a long run, such as a blanked URL).
_HANDLE_ASIDE = on_first_use(r"(?<!\s)\s*[(\[]\s*@[A-Za-z0-9_]+\s*[)\]]")
# Bluesky's and Mastodon's too: `Two Majors on Bluesky` was no name (it holds a platform's), the URL's account
# stood for the author, and the post of another account passed.
# Threads' and Truth Social's: `Threads post by @zuck` was the note's author, held to the post's account.
_PLATFORM_NAMES = (
    r"(?:X|Telegram|Twitter|Facebook|YouTube|Instagram|TikTok|VK|VKontakte|Reddit|LinkedIn"
    r"|Bluesky|Mastodon|Threads|Truth Social)\b"
)
_PLATFORM_ONLY = on_first_use(_PLATFORM_NAMES, re.IGNORECASE)
# What may stand before a note's name. Signals (`According to`, `Quoted in`, a legal memo's `Memorandum
# from`), as legal and academic notes write them in English, German, French, Russian and Ukrainian (`See,
# e.g.,`, Bluebook's `Accord`, `Compare`, `But cf.`, `E.g.,`, `Vgl.`, `Voir aussi`, `См. также:`, `Див.`):
# each was read as the author. What the name posted or
# said (`Video posted by`, `Published by`, `Reposted by`, `Translated from`, `Telegram post by Dmitry
# Medvedev`, `Post on X by Joe Biden`,
# `Statement by`, `Message from`), a wire story's credit (`Reporting by Jane Smith; editing by …`: no author
# was read, and the author check was skipped) and the platform as a label (`Telegram: Dmitry Medvedev`,
# `Telegram/Rybar`): read as no name, the URL's handle stood for the author and the post passed under
# another's account.
_NAME_PREFIX = on_first_use(
    r"^(?:see,? e\.g\.,?|see generally|(?:see also|but see|but cf\.|accord|compare)(?:,? e\.g\.,?)?|see"
    r"|cf\.(?:,? e\.g\.,?)?|e\.g\.,|sources?:|via|press release,"
    r"|(?:источники?|джерело|джерела|quellen?|fuentes?):"
    r"|according to|(?:quoted|cited) in|(?:as )?reported by|reporting by"
    r"|vgl\.|siehe(?: auch)?|voir(?: aussi)?|см\.(?: также)?|див(?:\.|іться)(?: також)?"
    rf"|(?:an? |the )?(?:{_PLATFORM_NAMES}\s+)?(?:(?:posted|published|uploaded|shared|written|re-?posted"
    rf"|forwarded|retweeted|translated) "
    rf"|(?:post|tweet|video|message|thread|story|reel"
    rf"|statement|comment|address|remarks|speech)s? (?:on {_PLATFORM_NAMES}\s+)?(?:posted )?)?(?:by|from)"
    rf"|{_PLATFORM_NAMES}\s*(?=:)"
    # What was posted, in German, French, Spanish, Italian and Polish, the platform before or after the word
    # (`Tweet von Olaf Scholz`, `Beitrag auf Telegram von Rybar`, `Tweet du ministère des Armées`, `Tuit del
    # Ministerio de Defensa`, `Post di Giorgia Meloni`): the whole was the author, held to the post's account.
    # (One alternative for the four languages: the platforms' names in each made the pattern slower to
    # compile, at every start.)
    r"|(?:beitrag|nachricht|video|post|tweet|publication|message|vid\u00e9o|mensaje|publicaci\u00f3n|tuit"
    rf"|messaggio)s?(?:\s+(?:auf\s+)?{_PLATFORM_NAMES})?\s+(?:von|de|du|del|di|della)"
    # Polish's, the name after it in the genitive (`Wpis MON na X`; its platform is no part of the name).
    r"|wpis"
    r"|(?:memorandum|memo|letter|e-?mail) from):?\s+"
    # The platform before a slash (`Telegram/Two Majors`), as a news credit writes it after the name too.
    rf"|^{_PLATFORM_NAMES}\s*/(?!/)\s*",
    re.IGNORECASE,
)
# The letters `_NAME_PREFIX` opens with, lowered, and those `re.IGNORECASE` takes for one of them that
# `str.lower` leaves as they are (U+0131 and U+017F for `i` and `s`, U+1C81 and U+1C83 for Cyrillic `de`
# and `es`): a note opening with any other letter (most notes: a name) is not tried against its
# alternatives (18,000 instructions a note). tests/citations/test_parse.py reads them off the pattern and
# checks every code point.
_NAME_PREFIX_OPENINGS = frozenset("abcefilmnpqrstuvwxy\u0434\u0438\u0441\u0131\u017f\u1c81\u1c83")


def _without_name_prefix(text: str) -> str:
    """`text` without the signal or the label before its name (`_NAME_PREFIX`)."""
    if text[:1].lower()[:1] not in _NAME_PREFIX_OPENINGS:
        return text
    return _NAME_PREFIX().sub("", text)


# The label a legal memo's or a court filing's note opens with, the evidence's number (`Exhibit 12: Telegram
# post by @rybar`, `Ex. 12, Rybar, …`, `Annex 3: …`, `Tab 4 \u2013 …`, `Appendix B: …`, `Anlage 3: …`,
# `Приложение 3: …`, `Додаток 3: …`): read as the note's author, `Exhibit 12` was held by the author check to
# the post's channel. Only with its number (a stop or a space after it) or its letter (a stop after it).
_EXHIBIT_LABEL = on_first_use(
    r"^(?:exhibit|exh\.|ex\.|annex(?:e)?|appendix|app\.|attachment|att\.|tab|anlage|anexo|beilage"
    r"|\u043f\u0440\u0438\u043b\u043e\u0436\u0435\u043d\u0438\u0435|\u0434\u043e\u0434\u0430\u0442\u043e\u043a)"
    r"\s{0,3}(?:no\.\s{0,3}|\u2116\s{0,3})?(?:(?:[a-z]{1,3}-?)?\d{1,4}(?:[.-]\d{1,4})?[a-z]?\s{0,3}[:,.\u2013\u2014-]?"
    r"|[a-z]\s{0,3}[:,.\u2013\u2014-])\s+",
    re.IGNORECASE,
)
# How each label starts, case-folded: a note opening otherwise (most) is not matched against the pattern.
_EXHIBIT_LABEL_STARTS = frozenset(
    ("exh", "ex.", "ex ", "ann", "app", "att", "tab", "anl", "ane", "bei", "при", "дод")
)


def _without_an_exhibit_label(text: str) -> str:
    """`text` without the exhibit label it opens with (`_EXHIBIT_LABEL`)."""
    if text[:3].casefold() not in _EXHIBIT_LABEL_STARTS:
        return text
    label = _EXHIBIT_LABEL().match(text)
    return text if label is None else text[label.end() :]


# What a note in Russian or Ukrainian may open with before whose it is: what was posted, or the channel, with
# the name after it in the genitive (`Пост Дмитрия Медведева в Telegram`, `Допис Дмитра Медведєва`,
# `Telegram-канал Рыбаря`). The author check compares such a name in the nominatives it can come from.
_DECLINED_NAME_OPENING = on_first_use(
    "^(?:\u043f\u043e\u0441\u0442|\u043f\u0443\u0431\u043b\u0438\u043a\u0430\u0446\u0438\u044f"
    "|\u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0435|\u0437\u0430\u043f\u0438\u0441\u044c"
    "|\u0432\u0438\u0434\u0435\u043e|\u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0435"
    "|\u0434\u043e\u043f\u0438\u0441|\u043f\u0443\u0431\u043b\u0456\u043a\u0430\u0446\u0456\u044f"
    "|\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u043b\u0435\u043d\u043d\u044f|\u0437\u0430\u043f\u0438\u0441"
    "|\u0432\u0456\u0434\u0435\u043e|\u0437\u0430\u044f\u0432\u0430"
    "|(?:telegram|\u0442\u0435\u043b\u0435\u0433\u0440\u0430\u043c\u043c?)"
    "[- ]?\u043a\u0430\u043d\u0430\u043b)"
    "\\s+(?=(?-i:[\u0400-\u042f\u0490\u0404\u0406\u0407]))",
    re.IGNORECASE,
)


def _may_open_in_cyrillic(text: str) -> bool:
    """Whether `text` opens with a letter `_DECLINED_NAME_OPENING` or `_CHANNEL_BEFORE_LATIN_NAME` may
    open with, case-blind: `t` (`telegram-канал`), a Cyrillic letter, or one of those `re.IGNORECASE` takes
    for a Cyrillic letter (U+1C80-U+1C88, `ᲀ` for `в`)."""
    first = text[:1]
    return first in ("t", "T") or "\u0400" <= first <= "\u04ff" or "\u1c80" <= first <= "\u1c8f"


# A Russian or Ukrainian note's channel before a name in Latin letters, which is not declined (`Telegram-канал
# Two Majors`): read whole, it named no one, and the URL's channel stood for the author.
_CHANNEL_BEFORE_LATIN_NAME = re.compile(
    "^(?:telegram|\u0442\u0435\u043b\u0435\u0433\u0440\u0430\u043c\u043c?)[- ]?"
    "\u043a\u0430\u043d\u0430\u043b\\s+(?-i:(?=[A-Z]))",
    re.IGNORECASE,
)
# The platform after the name (`Rybar on Telegram`, `Rybar's Telegram`): no part of it. So too after a
# plural's apostrophe (`Two Majors' Telegram channel`) or a slash (`Source: Two Majors/Telegram`, a news
# credit), or before the platform's channel ending the name's words (`Two Majors Telegram channel`): read as
# no name, the URL's handle stood for the author, and the post of another channel passed.
_ON_PLATFORM = on_first_use(
    rf"(?:(?<!\s)\s+(?:on|via|auf|sur|en|su|na|\u0432|\u0443)\s+|[\u2019']s\s+|(?<=s)[\u2019']\s+|(?<![\s/])\s*/\s*"
    rf"|(?<!\s)\s+(?={_PLATFORM_NAMES}\s+(?:channel|account|page|profile)$))"
    rf"{_PLATFORM_NAMES}.*$",
    re.IGNORECASE,
)
# The platforms' names as `_PLATFORM_NAMES` spells them, in lower case: an ASCII segment (the usual note's
# name) holding none of them has nothing `_ON_PLATFORM` takes away, known without its search from each place
# (`_without_the_platform_after`).
_PLATFORM_NAMES_LOWERED = tuple(_PLATFORM_NAMES.removeprefix("(?:").removesuffix(r")\b").lower().split("|"))


def _without_the_platform_after(segment: str) -> str:
    """`segment` without the platform after the name (`_ON_PLATFORM`)."""
    if not may_hold_a_word(segment, _PLATFORM_NAMES_LOWERED):
        return segment
    return _ON_PLATFORM().sub("", segment)


# What the name posted, after its possessive (`Two Majors's tweet of January 21, 2022`, `Rybar's Telegram post
# of …`): no part of it. Read as the name's, the date in it made the words no name, and the URL's account
# stood for the author.
# So is what the name said (`Zelensky's address`, `Peskov's remarks`): the whole was the author.
_WHOSE_POST = on_first_use(
    rf"(?:[\u2019']s|(?<=s)[\u2019'])\s+(?:{_PLATFORM_NAMES}\s+)?"
    r"(?:tweet|post|video|thread|message|reel|story|statement|address|speech|remarks|appeal)s?\b.*$",
    re.IGNORECASE,
)
# What the name did, after it (`Rybar posted on January 21, 2022`, `Rybar wrote on Telegram`): no part of
# it. Read as the name's, the month and its day made the words no name, and the URL's handle stood for the
# author: a note naming another channel passed on the URL's channel's post. In lower case only: `Hassan Said`
# is a name.
_SAID_AFTER = deferred_compile(
    r"(?<!\s)\s+(?:posted|wrote|said|published|shared|tweeted|uploaded|reported|claimed|stated|announced)\b.*$"
)
# A word `_SAID_AFTER` takes the name's end at, each of its matches holds one: a segment without any (most
# names) is not searched for it from each of its places. Without a look-behind first, `re` skips to the
# letters they open with. Compiled on first use, as the others a check's start does not need.
_SAID_WORD = on_first_use(
    "posted|wrote|said|published|shared|tweeted|uploaded|reported|claimed|stated|announced"
)
# The day after the name, its month past the day's stop that ended the name's part (`Tweet von Olaf Scholz am
# 21. Januar 2022`): `am 21` was part of the author. (Words, not a pattern: most names end otherwise.)
_BEFORE_A_DAY_AFTER_THE_NAME = frozenset(("am", "vom", "on", "le", "el", "il"))
_MOST_DAY_DIGITS = 2


def _without_a_day_after(segment: str) -> str:
    """`segment` without a day after the name (`Olaf Scholz am 21`: `Olaf Scholz`)."""
    words = segment.rsplit(None, 2)
    if (
        len(words) == 3
        and words[2].isdigit()
        and len(words[2]) <= _MOST_DAY_DIGITS
        and words[1].casefold() in _BEFORE_A_DAY_AFTER_THE_NAME
    ):
        return words[0]
    return segment


# A date's year left before the name by a sentence with no comma after it (`On January 21, 2022 Rybar posted
# a video`): no part of the name.
_YEAR_BEFORE_WORDS = re.compile(r"^[0-9]{4}(?:-[0-9]{2}-[0-9]{2})?\s+(?=[^\W\d_])")
# `The Rybar Telegram channel`: the article is no part of the name.
_THE_BEFORE_CHANNEL = on_first_use(
    rf"^the\s(?=.*\s{_PLATFORM_NAMES}\s+(?:channel|account|page|profile)$)", re.IGNORECASE
)


def _without_the_article_and_whose_post(opening: str) -> str:
    """A note's opening words without the article before a channel's name (`_THE_BEFORE_CHANNEL`) and what
    the name posted after its possessive (`_WHOSE_POST`). Each is tried only where it may match: the
    article's pattern on words opening with `t` (no other letter is a `t` to `re.IGNORECASE`), the
    possessive's where an apostrophe is (most names have neither: two substitutions a note spared)."""
    if opening[:1] in ("t", "T"):
        opening = _THE_BEFORE_CHANNEL().sub("", opening)
    if "'" in opening or "\u2019" in opening:
        opening = _WHOSE_POST().sub("", opening)
    return opening


# What opens a note without naming anyone: a back reference (`Ibid.`, `Ebd.`, `Op. cit.`, `Supra note 3`,
# `Там же`, `Там само`), an access or a capture (`Last accessed:`, `Дата обращения:`, `Screenshot taken …`),
# the day a page is cited as it stood on (`Stand: 05.03.2023`), a weekday or a time of day before the date
# (`Friday, January 21, 2022`, `9:30 AM, …`), a link's label (`URL:`), no one (`Anonymous`, `Undated`).
_NOT_NAMES = deferred_compile(
    rf"^(?:(?:available (?:at|from|online)|ibid|id|n\.d|retrieved|accessed|archived|ebd|ebenda|supra"
    rf"|infra|idem|там же|там само|(?:last|date) (?:accessed|visited|retrieved)|captured|screenshot"
    rf"|(?:access|archive) date|дата (?:обращения|доступа|звернення)|abrufdatum|zugriffsdatum"
    rf"|fecha de consulta)\b"
    rf"|(?:post|tweet|video|message|thread)s?$|{_PLATFORM_NAMES}$|(?:op|loc)(?:\. cit)?$"
    rf"|(?:url|link|original(?: post| link)?|undated|yesterday|today|anonymous|unknown(?: author)?"
    rf"|author unknown|no author|n\.\s?a\.?|(?:daten)?stand)$"
    rf"|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$"
    rf"|\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:[ap]\.?m\.?)?$"
    # A time of day with its zone or its word after the date (`14:05 UTC`, `at 9:15 MSK`, `2:05 p.m. ET`,
    # `14.05 Uhr`, `14:05 (UTC+3)`, in Cyrillic too): it was the author of `Telegram, January 21, 2022, 14:05
    # UTC`.
    # The zone in capitals (or `Uhr`): `10 AM Media` is an outlet's name.
    rf"|(?:at\s)?\d{{1,2}}(?:[:.]\d{{2}}(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?)\s{{0,2}}\(?"
    rf"(?-i:[A-Z\u0410-\u042f\u0401]{{2,5}}|[Uu]hr)(?:\s?[+-]\d{{1,2}}(?::?\d{{2}})?)?\)?$"
    # A year with its word, after the day and month it completes (`21 января, 2022 \u0433.`, `, в 2022
    # \u0433.`, `21 stycznia, 2022 r.`): its word, the year dropped before it, was the note's author.
    rf"|(?:(?:\u0432|\u0443|w|in|en)\s{{1,3}})?(?:\d{{4}}\s{{0,3}})?(?:\u0433|\u0440|r|\u0433\u043e\u0434\u0430|\u0440\u043e\u043a\u0443|roku)\.?$)",
    re.IGNORECASE,
)
# A note citing another note's source by reference, as legal and academic notes do: `Ibid.` (`Ibidem`,
# Spanish `Ibíd.`: each was the note's author, which the post's account then failed), `Id.`, `Idem`, `Op.
# cit.`, `Loc. cit.`, `Ebd.`, `Там же`, `Там само`, `Same as [2]`, `Supra note 3`, `See note 3`. Its author is
# that note's: the URL's account did not stand for it (`Ibid., https://t.me/rybar/5` after a note
# naming Two Majors passed on Rybar's post), nor is `Same as` or `note 3` a name. So too after any of
# Bluebook's signals (`See id.`, `See also id.`, `But see id.`, `See, e.g., id.`, `Accord id.`, `Compare
# id.`): past all but `See` and `Cf.`, the URL's channel stood for the author again, and `But see id. (Jan.
# 22, 2022), <Rybar's post>` after a note naming Two Majors passed on Rybar's post. Anchored: tried once, on
# a note opening with a letter one of them opens with.
_BACK_REFERENCE_SIGNAL = (
    r"(?:(?:(?:see(?:\s+also|\s+generally)?|but\s+(?:see|cf\.)|cf\.|accord|contra|compare)"
    r"(?:,?\s+e\.g\.,?)?|e\.g\.,?)\s+)?"
)
_BACK_REFERENCE = on_first_use(
    rf"^{_BACK_REFERENCE_SIGNAL}(?:ib[i\u00ed]d(?:em)?\b\.?|id\.|idem\b\.?|(?:op|loc)\.?\s*cit\b\.?|ebd\b\.?|ebenda\b"
    r"|\u0442\u0430\u043c\s+(?:\u0436\u0435|\u0441\u0430\u043c\u043e)\b\.?"
    r"|same\s+as\s+(?:note\s*)?\[?\^?\w+\]?|(?:(?:supra|infra|above|below)\s+)?note\s*\d+)",
    re.IGNORECASE,
)
# The first two letters of every note the pattern matches: most notes are known not to without it.
_BACK_REFERENCE_OPENINGS = frozenset(
    [
        *("se", "cf", "ib", "id", "op", "lo", "eb", "sa", "su", "in", "ab", "be", "no", "\u0442\u0430"),
        *("bu", "ac", "co", "e."),  # `But see`, `Accord`, `Contra`, `Compare`, `E.g.,`
    ]
)
# MLA / APA put the family name first: `Haddad, Lina. "Council vote."`, `Haddad, L. (2022, January 21).`,
# German notes before a colon: `Müller, Hans: „Die Lage“`. Any script's capitals (`Özdemir, A.`, `Dubois,
# Étienne`, `Łukaszewski, Łukasz`: `_inverted_name` holds them to capitals), a family name's particles (`Van
# der Berg, J.`, `van der Berg, J.`), initials of a hyphenated given name (`Kim, J.-u.`), and APA's and MLA's
# further authors after a comma (`Smith, J., & Doe, J.`, `Smith, John, and Jane Doe.`): read as the family
# name alone, the note passed on any Smith's, Dubois's or Kim's post.
_PARTICLES = frozenset(
    [
        *("van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "ter", "ten"),
        *("dos", "das", "bin", "ibn", "al", "el"),
    ]
)
_PARTICLE = f"(?:{'|'.join(sorted(_PARTICLES, key=len, reverse=True))})"
# A person of a list written given name first (`Tom Jones`, `Tom A. Jones`): two or three capitalised words.
# Possessive, as each word ends at a space or a comma: no try is made again.
_UPPER = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0391-\u03a9\u0400-\u042f]"
_LISTED_PERSON = rf"{_UPPER}[\w'\u2019-]*+(?: {_UPPER}[\w.'\u2019-]*+){{1,2}}+"
# A whole name that is one of those: compiled once, not looked up in `re`'s cache by `re.fullmatch` at each
# note whose name ends at a comma (most).
_LISTED_PERSON_WHOLE = on_first_use(_LISTED_PERSON)
_INVERTED_NAME = deferred_compile(
    rf"^(?P<family>(?:{_PARTICLE} ){{0,2}}[^\W\d_][\w'\u2019-]+"
    rf"(?: (?:{_PARTICLE} ){{0,2}}[^\W\d_][\w'\u2019-]+)?), "
    # Initials end at a stop, a bracket, a colon, a comma, the end, a word or a year: GOST's title (`Иванов,
    # И. И. Заявление // Известия`), Harvard's further author (`Smith, J. and Doe, J. (2022)`), Chicago's
    # author-date year (`Smith, J. 2022.`); or the quoted title (`Smith, J. "Report", …`, `Smith, J.
    # 'Report'`: the author was `Smith` alone).
    r"(?P<given>(?:[^\W\d_]\.(?:-[^\W\d_]\.)?\s?)+(?=\s*(?:[.(,;]|:\s|$)|\s[^\W\d_]|\s\d{4}(?!\d)"
    r"|\s[\u00ab\u201c\u201e\u2018\"'])"
    # A given name or two (`Smith, Mary Jane.`), and a middle initial; MLA's `et al.` after it, or a comma
    # and the quoted title, as French notes write it (`Dupont, Jean, « Les troupes … »`).
    r"|[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))+(?: [^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))+)?"
    # ... or a semicolon before the next author, as ABNT and others part them (`SMITH, Jane; JONES, Tom.`)
    r"(?: [^\W\d_]\.)?(?=\s*(?:\.|\(|:\s|;\s|,\s+(?:and|&|et\s+al\b)|,\s{0,3}[\u00ab\u201c\u201e\"]|$)"
    # ... or further authors given name first, the last after `and` (`Smith, Jane and Tom Jones.`, Chicago's
    # `Smith, Jane, Tom Jones, and Ann Lee.`): the name was `Smith`, and any Smith's page passed.
    rf"|\s(?:and|&)\s{_LISTED_PERSON}"
    rf"|,\s{_LISTED_PERSON}(?:,\s{_LISTED_PERSON}){{0,8}}+,?\s(?:and|&)\s))"
)
# A further author after the first inverted one, as APA, Harvard, MLA and Chicago list them: family name
# first with initials (`Smith, J., & Jones, T.`, `Smith, J., Doe, J., & Lee, K.`, `Smith, J. and Doe, J.`),
# or, after `and` or `&`, given name first (`Smith, Jane, and Tom Jones.`). A full given name after a bare
# comma is the outlet as often (`Smith, J., Example News, …`): not read. Tried at the end of the name before,
# a few times at most; each try is anchored and its runs are of letters between fixed marks.
_FAMILY_NAME = (
    rf"(?:{_PARTICLE} ){{0,2}}[^\W\d_][\w'\u2019-]+(?: (?:{_PARTICLE} ){{0,2}}[^\W\d_][\w'\u2019-]+)?"
)
_INITIAL = r"[^\W\d_]\.(?:-[^\W\d_]\.)?"  # `J.`, `J.-u.`
_AUTHOR_ENDS = r"(?=\s?(?:[.,(;]|:\s|&\s|and\s)|\s?$|\s\d{4}(?!\d))"
_FURTHER_AUTHOR = on_first_use(
    r"(?:,\s?(?P<joined>(?:&|and)\s)?|\s(?P<and>(?:&|and)\s)|(?P<semicolon>;)\s?)"
    # Initials may end the list before the title's first word (`Smith, J.; Jones, T. Troops at …`).
    rf"(?:(?P<family>{_FAMILY_NAME}), (?P<initials>{_INITIAL}(?: ?{_INITIAL})*)"
    rf"(?:{_AUTHOR_ENDS}|(?=\s[^\W\d_]))"
    rf"|(?P<given>[^\W\d_][\w'\u2019-]+(?: [^\W\d_]\.)?) (?P<named>{_FAMILY_NAME}){_AUTHOR_ENDS}"
    # After a semicolon, family name first and a given name written out (`SMITH, Jane; JONES, Tom.`).
    rf"|(?P<surname>{_FAMILY_NAME}), (?P<forename>[^\W\d_][\w'\u2019-]+(?: [^\W\d_][\w'\u2019-]+)?)"
    rf"{_AUTHOR_ENDS})"
)
_MOST_FURTHER_AUTHORS = 20  # APA lists up to 20 authors before `. . .`
# Initials that are a place's or a body's (`Reuters, U.S., January 21`), not a person's.
_NOT_INITIALS = frozenset(["U.S.", "U.K.", "D.C.", "U.S.A.", "E.U.", "U.N.", "N.Y."])
# A dateline or a publisher's place opening a note (`Kyiv, Ukraine: Ministry of Defence`, `KYIV, Ukraine —
# Reuters`, `Washington, D.C.: Department of State`): a city and its country or state, not a family name and
# a given name (`Ukraine Kyiv` was the note's author). Only places that are no given name: `Kirzner, Israel`
# and `Jordan`, `Georgia` or `India` after a comma name people.
_PLACES = (
    "ukraine|russia|belarus|poland|moldova|romania|hungary|slovakia|lithuania|latvia|estonia|finland|sweden"
    "|norway|denmark|germany|france|spain|italy|portugal|greece|turkey|türkiye|austria|switzerland"
    "|belgium|netherlands|britain|england|scotland|wales|ireland|syria|iraq|iran|lebanon|egypt|libya"
    "|yemen|sudan|afghanistan|pakistan|china|japan|taiwan|mexico|canada|brazil|argentina|venezuela"
    "|colombia|crimea|gaza|kosovo|serbia|croatia|bosnia|kazakhstan|armenia|azerbaijan|australia"
    r"|d\.\s?c\.|dc|u\.\s?s\.(?:a\.)?|usa|u\.\s?k\.|uk|n\.\s?y\.|ny|calif\.|california|texas|virginia"
    "|new york"
)
_DATELINE = deferred_compile(
    rf"^[^\W\d_][\w.'\u2019-]*(?: [^\W\d_][\w.'\u2019-]*){{0,2}}, "
    rf"(?i:{_PLACES})(?=\s*(?:[:\u2013\u2014]|-\s|$))"
)
# GOST writes the family name before the initials, then the title with no comma between: `Иванов И. И.
# Обстановка на фронте // РИА Новости`: the title was part of the author. One word and a comma after the
# initial is a family name, the name written in its usual order (`Antony J. Blinken, …`).
_CAPITAL = r"[A-Z\u0401\u0404\u0406\u0407\u0410-\u042f\u0490]"  # Latin, Russian and Ukrainian
_NAME_BEFORE_INITIALS = deferred_compile(
    rf"^(?P<family>{_CAPITAL}[\w'\u2019-]+) (?P<given>{_CAPITAL}\.(?: ?{_CAPITAL}\.)?)"
    # ... then the title, quoted too (`Иванов И. «Заявление» // Известия`: the title was part of the
    # author), or what ends the name (`Иванов И. И. // Telegram`, `Иванов И. И., Telegram`: the second initial
    # was dropped, read where a word followed the first)
    r"(?= [^\W\d_]| [\u00ab\u201c\u201e\"]|\s{0,3}(?://|[,:(]|$))"
    # ... not a given name, a middle initial and the family name before a comma (`Antony J. Blinken, “…”`:
    # its author was `J. Antony`)
    rf"(?! [^\W\d_][\w'\u2019-]*,)"
)
# GOST's further authors, each as the first is written (`Иванов И. И., Петров П. П. Заявление МИД //
# Известия`): read as the title's words, the title warned against the page's and Петров was never checked.
_FURTHER_NAME_BEFORE_INITIALS = on_first_use(
    rf",\s(?P<family>{_CAPITAL}[\w'\u2019-]+) (?P<given>{_CAPITAL}\.(?: ?{_CAPITAL}\.)?)"
    r"(?= [^\W\d_]|\s{0,3}(?://|[,:(]|$))"
    rf"(?! [^\W\d_][\w'\u2019-]*,)"
)


def _further_names_before_initials(text: str, at: int) -> tuple[list[str], int]:
    """GOST's authors after its first (`_FURTHER_NAME_BEFORE_INITIALS`) from `at`, each given name first, and
    where the list ends."""
    people: list[str] = []
    for _ in range(_MOST_FURTHER_AUTHORS):
        found = _FURTHER_NAME_BEFORE_INITIALS().match(text, at) if text[at : at + 1] == "," else None
        if found is None or found["given"].replace(" ", "") in _NOT_INITIALS:
            break
        people.append(f"{found['given']} {found['family']}")
        at = found.end()
    return people, at


def _authors_end(text: str, name: re.Match[str]) -> int:
    """Where the authors of a note opening with the inverted name `name` end."""
    further = _further_authors if name.re is _INVERTED_NAME else _further_names_before_initials
    return further(text, name.end())[1]


# `Telegram, Jan. 21, 2022.`: an abbreviated month and its day after the comma are a date, not a given name.
_MONTH_AND_DAY = on_first_use(
    r"(?:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)\.?\s*\d{1,2}\b", re.IGNORECASE
)
# `January 21, 2022, https://…`: the month and day before the year's comma open the note, not a name (nor
# does `Jan` of `Jan. 21, 2022`, cut at its point).
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MONTH_AND_DAY_ONLY = deferred_compile(
    rf"(?:{_MONTH_NAME}(?:\s*\d{{1,2}}(?:st|nd|rd|th)?)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME})",
    re.IGNORECASE,
)
# No name holds a month with its day or its year: `On January 21`, `Video posted on January 21`, `Rybar posted
# on January 21`, `January 21-22`, `Mid-January 2022`, `Winter 2022` were each a note's author.
_MONTH_WORD = _MONTH_NAME.removesuffix(r"\.?") + r"(?![a-z])\.?"
_DAY_OR_YEAR_OF_A_MONTH = deferred_compile(
    rf"\b{_MONTH_WORD}(?:\s*\d{{1,2}}|,?\s*\d{{4}})(?!\d)|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD}"
    rf"|\b(?:winter|spring|summer|autumn|fall)\s+(?:of\s+)?\d{{4}}\b",
    re.IGNORECASE,
)
_MAX_NAME_WORDS = 6


@dataclass(frozen=True, repr=False, eq=False)
class ParsedCitation:
    """A footnote's citation, with what reading it found wrong."""

    citation: Citation
    findings: tuple[Finding, ...] = ()
    # The note gives full days, none of them the source's publication (`accessed 5 March 2023`, `as of March
    # 5, 2023`): its missing date is worth saying why (`cite.cite_footnote`).
    only_unpublished_dates: bool = False
    # The note's only days bound a range or are either of two (`January 21, 2022 - February 3, 2022`, `21 or
    # 22 January 2022`): it dates the source, to no one day, and "gives no full date" would be untrue.
    only_a_range_of_days: bool = False
    # The words by which the note cites another note's source (`Ibid.`, `Id.`, `Op. cit.`, `Same as [2]`,
    # `See note 3`): its author is that note's, which it does not repeat (`cite.cite_footnote` says so).
    back_reference: str | None = None
    # The note's Lunar Hijri date (`1443/06/18`), which is not read: said, where "gives no full date" was.
    lunar_hijri_date: str | None = None
    # The note's one day and month without their year (`21 January`), where no year of the note could be
    # read with it: said with its missing or year-only date (`validate_citation`'s `day_without_its_year`).
    day_without_its_year: str | None = None


def _lazy_urls(text: str) -> Iterator[str]:
    yield from find_urls(text)


def _http_urls(footnote: Footnote) -> Iterator[str]:
    # The note's text is searched only when none of the links the reader found will do. A link is judged as
    # it will be cited, stripped: `href="http:// "` has a host (a space) only until then.
    candidates = (url.strip() for url in itertools.chain(footnote.urls, _lazy_urls(footnote.text)))
    return (url for url in candidates if is_http_url(url))


# A Bluesky post named by its AT URI (`at://did:plc:…/app.bsky.feed.post/<rkey>`, as its API and developers'
# tools write it), not by a link: the note named no URL and was unlocatable, though it names one post exactly.
_AT_URI_OF_A_POST = on_first_use(
    r"(?<![\w.+-])at://(?P<repo>did:plc:[a-z2-7]{24}|did:web:[A-Za-z0-9.%:-]{1,253}"
    r"|[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,10})"
    # A record key's last character is no stop: a sentence's full stop after it is prose. One written cut
    # (`…/3kab…`, as a link shown cut) names another post: not read.
    r"/app\.bsky\.feed\.post/(?P<rkey>[\w~-](?:[\w.:~-]{0,510}[\w~-])?)"
    r"(?![\w~/-]|[.:][\w~-]|\.\.|\u2026)",
    re.ASCII,
)


# An account's own page, as its channel's boilerplate links it (`Subscribe: t.me/rybar`, `Follow us:
# https://x.com/rybar`): Telegram's channel (or its preview, `t.me/s/<channel>`), X's profile, Bluesky's.
_ACCOUNT_PAGE_PATHS: dict[Platform, re.Pattern[str]] = {
    Platform.TELEGRAM: re.compile(r"/(?:s/)?(?P<account>[A-Za-z0-9_]{1,64})/?"),
    Platform.TWITTER: re.compile(r"/(?P<account>[A-Za-z0-9_]{1,64})/?"),
    Platform.BLUESKY: re.compile(r"/profile/(?P<account>[A-Za-z0-9.:-]{1,253})/?"),
}
# What `_ACCOUNT_PAGE_PATHS` may match at all, told by one match (a post's link is not split to be told).
_MAY_BE_AN_ACCOUNTS_PAGE = on_first_use(
    r"https?://(?:[\w-]{1,63}\.)?(?:(?:t\.me|telegram\.(?:me|dog))/(?:s/)?|(?:x|twitter)\.com/"
    r"|bsky\.app/profile/)[\w.:-]{1,253}/?$",
    re.IGNORECASE,
)
_MOST_LINKS_BEFORE_THE_POST = 5  # a channel's boilerplate links its account on a platform or two
# The words of a channel's call to subscribe (`Subscribe: t.me/rybar`, `Подписывайтесь на наш канал: …`).
_SUBSCRIPTION_WORDS = (
    r"(?:subscribe|follow us|join us|join our|our channel|наш канал"
    r"|подпи(?:саться|сывайтесь|сывайся|шись|шитесь|ска)"
    r"|підпи(?:сатися|суйтесь|суйся|шись|шіться|ска)"
    r"|присоединяйтесь|приєднуйтесь)(?!\w)"
)
_SUBSCRIPTION_WORD = on_first_use(rf"(?<!\w){_SUBSCRIPTION_WORDS}", re.IGNORECASE)
_SUBSCRIPTION_REACH = 60  # characters before an account's link: `Подписывайтесь на наш канал в Telegram: `
_SCHEME_AND_WWW = on_first_use(r"^https?://(?:www\.)?", re.IGNORECASE)


def _account_of_page(link: str) -> tuple[Platform, str] | None:
    """(platform, account, casefolded) of a link to an account's own page (`https://t.me/rybar`,
    `https://x.com/rybar`), or None for any other link (a post, a web page)."""
    if _MAY_BE_AN_ACCOUNTS_PAGE().match(link) is None:
        return None  # most links: one match, no split
    try:
        parts = urlsplit(link)
        host = parts.hostname or ""
    except ValueError:
        return None
    platform = platform_from_host(host) if host else Platform.WEB
    path = _ACCOUNT_PAGE_PATHS.get(platform)
    page = path.fullmatch(parts.path) if path is not None else None
    return (platform, page["account"].casefold()) if page is not None else None


def _account_of_post(link: str) -> tuple[Platform, str] | None:
    """(platform, account, casefolded) of a link to a post that names its account, or None."""
    account, post_id = post_locator(link)
    if account is None or post_id is None:
        return None
    try:
        host = urlsplit(link).hostname or ""
    except ValueError:
        return None
    return platform_from_host(host), account.casefold()


def _called_to_subscribe(text: str, link: str) -> bool:
    """Whether the note's text writes `link` (an account's page) after a call to subscribe to it
    (`Subscribe: t.me/rybar_en`, `Подписывайтесь на наш канал: https://t.me/rybar`): a channel's
    boilerplate, no source. A link the text does not write (a linked word) is not known to be one."""
    written = _SCHEME_AND_WWW().sub("", link).rstrip("/")
    written_at = rf"(?<![\w./])(?:https?://)?(?:www\.)?{re.escape(written)}/?(?![\w/])"
    at = re.search(written_at, text, re.IGNORECASE) if written else None
    if at is None:
        return False
    return _SUBSCRIPTION_WORD().search(text, max(0, at.start() - _SUBSCRIPTION_REACH), at.start()) is not None


def _first_url(footnote: Footnote) -> str | None:
    """The note's first http(s) link; failing one, the AT URI of a Bluesky post it names (`cited_url` reads
    it as the post's link on bsky.app).

    Links to an account's own page before a post of that account (`Subscribe: t.me/rybar`, the channel's
    boilerplate copied in with its words, then `t.me/rybar/12346`), or written after a call to subscribe
    (`Subscribe: t.me/rybar_en`) before any other link, are passed over: the link after them is the source.
    Cited, the channel's page had no post id (`schema` failed) and the post was an unchecked other link."""
    links = _http_urls(footnote)
    link = next(links, None)
    if link is None and "at://" in footnote.text:
        at_uri = _AT_URI_OF_A_POST().search(footnote.text)
        return at_uri.group() if at_uri is not None else None
    account = _account_of_page(link) if link is not None else None
    if link is None or account is None:
        return link
    accounts = {account}
    called = _called_to_subscribe(footnote.text, link)
    for later in itertools.islice(links, _MOST_LINKS_BEFORE_THE_POST):
        later_account = _account_of_page(later)
        if later_account is not None:
            accounts.add(later_account)
            called = called and _called_to_subscribe(footnote.text, later)
            continue
        # The first link that is no account's page: the post of one of them (or an archive's copy of it, a
        # viewer's link to it), or any link after boilerplate alone; else the link stays the first.
        post = memento_original(later) or cited_url(later)
        return later if called or _account_of_post(post) in accounts else link
    return link


def bluesky_post_of_at_uri(link: str) -> str | None:
    """bsky.app's link to the post an AT URI names (`at://<did or handle>/app.bsky.feed.post/<rkey>` →
    `https://bsky.app/profile/<did or handle>/post/<rkey>`), or None for any other link."""
    if not link.startswith("at://"):
        return None
    at_uri = _AT_URI_OF_A_POST().fullmatch(link)
    if at_uri is None:
        return None
    return f"https://bsky.app/profile/{at_uri.group('repo')}/post/{at_uri.group('rkey')}"


@functools.cache
def _youtube_video_mirrored() -> Callable[[str], str | None]:
    """`side_urls.mirrored_youtube_video`, imported on first use: `side_urls` imports `citations.platforms`,
    whose package imports this module. Imported in `cited_url` itself, the import statement ran for every
    note (1 µs of the 2.6 µs of citing a plain link: the module looked up, its spec asked whether it
    is still loading)."""
    from provenance.side_urls import mirrored_youtube_video

    return mirrored_youtube_video


def cited_url(link: str) -> str:
    """The URL a note's link cites: X's own for a mirror's status link, YouTube's watch page for a mirror's
    or a player's link to a video (`mirror_of_the_cited_post`), Telegram's or Bluesky's own post for a
    viewer's link to one (`platforms.mirrored_post`: `tgstat.com/channel/@rybar/5`, `fxbsky.app/…`),
    bsky.app's link to a Bluesky post named by its AT URI (`bluesky_post_of_at_uri`), else the link as
    written."""
    return (
        mirrored_x_post(link)
        or mirrored_post(link)
        or _youtube_video_mirrored()(link)
        or bluesky_post_of_at_uri(link)
        or link
    )


def mirror_of_the_cited_post(footnote: Footnote, citation: Citation) -> str | None:
    """The note's link to a mirror of X (`https://fxtwitter.com/u/status/1`, `nitter.net`, `xcancel.com`)
    whose post is the cited one, or to a mirror or a player of a YouTube video (`yewtu.be`, `piped.video`,
    `youtube-nocookie.com/embed/…`) that is the cited one, or a viewer's link to a Telegram or Bluesky post
    (`platforms.mirrored_post`: `tgstat.com/channel/@rybar/5`, `fxbsky.app/…`), or None. The mirror's or
    viewer's page is its rewriting of the post, not the platform's word: the citation cites the platform's own
    URL, captured from it (X's page, syndication JSON and oEmbed; YouTube's watch page and oEmbed; Telegram's
    post and widget; Bluesky's post and its AppView answer) in its place."""
    link = _first_url(footnote)
    mirrored = (
        mirrored_x_post(link) or mirrored_post(link) or _youtube_video_mirrored()(link) if link else None
    )
    mirrored = mirrored or (bluesky_post_of_at_uri(link) if link else None)
    return link if mirrored is not None and mirrored != link and citation.url == mirrored else None


_MAX_LINKS_JUDGED = 100  # of a note's links: a note is a few lines, its links a few


def uncited_links(footnote: Footnote, citation: Citation) -> list[str]:
    """The note's links other than its cited source: neither the citation's URL (nor another spelling of
    that page, nor a mirror's status link to the cited X post) nor a web archive's copy of it. A second
    source, or a page beside the first: nothing of them is captured or checked, so the note is not confirmed
    whole. An archive's copy of another page (`…, <post 1>, archived at <a copy of post 2>`) is such a page:
    passed over as the note's archived copy, the note came out verified with its archive link leading to
    another post. A link to an archive that names no original (`https://archive.ph/AbCd1`) cannot be told
    apart and is passed over."""
    # Each page in one spelling: its path as a browser sends it (a Google Docs link to `/wiki/%D0%A0…`
    # showing `/wiki/Рыбарь` was one page, said as another source).
    cited = {
        with_encoded_path(canonical_url(memento_original(url) or url))
        for url in (citation.url, citation.original_url, citation.canonical_url)
        if url is not None
    }
    # The cited post's own account page (`Subscribe: t.me/rybar` after `t.me/rybar/12345`, as the channel
    # signs its posts) is no other source: it says whose the post is, which the author check confirms. Nor
    # is any account's page the note calls to subscribe to (`Subscribe to our English channel: t.me/…`).
    source = citation.original_url or citation.url
    others: dict[str, str] = {}
    # A link is judged once: the reader's link is most often written in the note's text too, and the same
    # link comes to the same judgement.
    judged: set[str] = set()
    for link in itertools.islice(_http_urls(footnote), _MAX_LINKS_JUDGED):
        if link in judged:
            continue
        judged.add(link)
        page_of = _account_of_page(link)
        if page_of is not None and (
            page_of == (_account_of_post(source) if source is not None else None)
            or _called_to_subscribe(footnote.text, link)
        ):
            continue
        original = memento_original(link)
        # A mirror's link to the cited post is the post.
        page = with_encoded_path(canonical_url(original or cited_url(link)))
        if page not in cited and page not in others and (original is not None or not on_web_archive(link)):
            others[page] = link
    return list(others.values())


def _archived_copy(footnote: Footnote, url: str) -> str | None:
    """A memento URL the note gives beside its link that copies that same page (`…, <live URL>; archived at
    <memento URL>`): the archived copy the note itself names. A copy of another page is another source."""
    # A URL found in the note's text is a piece of it (or `https://` before one): a text that names no
    # archive's host (most) is not searched again for URLs, none of which could be a copy.
    written = _lazy_urls(footnote.text) if may_name_archive_host(footnote.text) else ()
    for candidate in (url.strip() for url in itertools.chain(footnote.urls, written)):
        # A Wayback copy: the `archived` check reads it as the original's copy when the link fails.
        original = wayback_original(candidate)
        if original is not None and is_http_url(candidate) and copies_of_one_page(original, url):
            return candidate
    return None


def _title(text: str, quotes: Sequence[Quote] | None = None) -> str | None:
    """The note's quoted title: its first quoted passage but a poster's or a channel's quoted name.
    `quotes`: `_note_quotes(text)`, where the caller has them already (`parse_citation`)."""
    # Lowered once for both looks at the note's words: a note's text is seldom ASCII (its quote marks), and
    # lowering such a text is a character at a time (1 % of `extract`'s instructions a note, done twice).
    lowered = text.lower()
    quote = next(
        itertools.islice(
            _quotes_but_the_posters(text, quotes, lowered), _channel_names_quoted(text, lowered), None
        ),
        None,
    )
    if quote is None:
        return None
    # A title the note's lines break (`“Council<br>vote”`) is one line of words, as it reads.
    title = " ".join(quote.text.split()) if "\n" in quote.text else quote.text
    return title.rstrip(",.;:").strip() or None


# A title a note gives unquoted in its place (`_unquoted_title`): APA's after the parenthesised day
# (`Smith, J. (2023, May 3). Bridge destroyed in overnight strike. TASS.`), Chicago's and MLA's between the
# inverted name and the outlet (`Ivanov, Ivan. Bridge destroyed in overnight strike. TASS, 3 May 2023`). The
# title runs to the next sentence's stop (kept when a question or an exclamation) before a capital, a
# bracket (APA's `[Video]`) or the note's end; the slot is read in the note's opening only.
_APA_DAY_THEN_TITLE = on_first_use(
    r"^[^()]{1,120}?\(\s?(?:\d{4}[^()]{0,30}|n\.\s?d\.)\)\.\s+"
    r"(?P<title>[^\W\d_][^.?!\[\]]{0,300}(?:[?!]|(?=[.\[])))(?:\[[^\[\]]{0,40}\])?\.?(?=\s+[^\W\d_]|\s*$)"
)
# Chicago's author-date notes put the year between the name and the title (`Smith, Jane. 2022. Troops at the
# Border. Example News, January 21, 2022.`): read as no title, a page headlined otherwise was verified.
_CHICAGO_TITLE = on_first_use(
    r"\.\s+(?:\d{4}[a-z]?\.\s+)?"
    r"(?P<title>[^\W\d_][^.?!\[\]]{0,300}(?:[?!]|(?=\.)))\.?\s+(?P<outlet>[^\W\d_][^,.]{0,60})(?:[,.]|$)"
)
# GOST's title after the author's family name and initials, before its statement of responsibility (` / Д.
# Смирнов`) and the source it is in (` // РИА Новости`): `Иванов И. И. Заявление МИД // Известия. — 2022.
# — 21 янв.` gave no title, and a page headlined otherwise was verified on it.
_GOST_TITLE = on_first_use(r"[.,]?\s{1,3}(?P<title>[^\W\d_][^/\n]{0,300}?)\s(?:/\s[^/\n]{0,120}?\s)?//\s")
_SLOT_TITLE_WORDS = 3  # fewer reads as a name or a label (`Telegram post`, `World`), as `checks.title` has it
# Words that describe the source or the note, not a headline: such a piece is no title.
_NOTE_WORDS = frozenset(
    [
        "post",
        "posts",
        "posted",
        "tweet",
        "video",
        "message",
        "statement",
        "screenshot",
        "photo",
        "image",
        "channel",
        "account",
        "accessed",
        "retrieved",
        "archived",
        "archive",
        "available",
        "online",
        "updated",
        "published",
        "interview",
        "briefing",
        "transcript",
    ]
)


# APA's title slot, its day in brackets before it, holds a title of two words too, where the site's name
# follows it (`Smith, J. (2022, January 21). Ceasefire collapses. Example News.`): read as none, it was never
# compared. Not where the link, or APA 6's `Retrieved from`, follows it: `(2022, January 21). Reuters
# Staff. https://…` names the author or site alone. One word is a place or a label as often (`Mariupol.`).
_APA_TITLE_WORDS = 2
_SITE_AFTER = on_first_use(r"\s+(?P<word>[^\W\d_][\w'\u2019-]*)")


def _before_the_site(found: re.Match[str], opening: str) -> bool:
    """Whether `found` is APA's title slot and a name that no word of `_NOTE_WORDS` opens follows it."""
    if found.re is not _APA_DAY_THEN_TITLE():
        return False
    site = _SITE_AFTER().match(opening, found.end())
    return site is not None and site["word"].casefold() not in _NOTE_WORDS


def _unquoted_title(unquoted: str, author: str | None) -> str | None:
    """The title a note without a quoted one gives in a title's place (`_APA_DAY_THEN_TITLE`,
    `_CHICAGO_TITLE` after the note's inverted name, read as its author): three words or more (APA's of two
    before the site's name: `_before_the_site`), opening with a capital, no date, no platform's name and no
    word of `_NOTE_WORDS`; None where there is none.
    `unquoted`: the note's words with its quoted passages blanked."""
    opening = unquoted[:_SLOT_CHARS]
    # Most notes hold neither slot, each of which needs a stop before the title: looked for first.
    if "." not in opening:
        return None
    found = _APA_DAY_THEN_TITLE().match(opening) if "(" in opening else None
    gost = False
    if found is None and author is not None and _inverted_name(opening) is not None:
        # A name, not a name and its platform (`Rybar, Telegram. Arhivirano iz originala 5. februara 2023.`).
        name = _INVERTED_NAME.match(opening) or _NAME_BEFORE_INITIALS.match(opening)
        # After the further authors (`Smith, Jane, and Tom Jones. Troops …`: none was read).
        end = _authors_end(opening, name) if name is not None else 0
        if name is not None and " // " in opening:
            found = _GOST_TITLE().match(opening, end)
            gost = found is not None
        if found is None and name is not None and name.re is _INVERTED_NAME:
            # Initials end the name with their stop (`Smith, J. 2022. Troops …`): the slot opens at it.
            stop = end - (opening[end - 1 : end] == ".")
            found = _CHICAGO_TITLE().match(opening, stop)
    if found is None:
        return None
    title = " ".join(found["title"].split())
    words = title.split()
    if (
        len(words) < (_APA_TITLE_WORDS if gost or _before_the_site(found, opening) else _SLOT_TITLE_WORDS)
        # A stop that ends an abbreviation ends no title: `Bridge destroyed in St. Petersburg` is not
        # `Bridge destroyed in St`, nor `Strike on the U.S. embassy` `Strike on the U`.
        or (title[-1:].isalpha() and (len(words[-1]) == 1 or words[-1] in _ABBREVIATIONS))
        or not title[:1].isupper()
        # A number before the stop is a day's (`… 5. februara 2023`, `am 5. Mai`), not a title's end.
        or title[-1:].isdigit()
        or {word.casefold().strip(",:;") for word in words} & _NOTE_WORDS
        or platform_from_words(title) is not None
        or find_date(title).date is not None
        or holds_date(title)
    ):
        return None
    return title


_SLOT_CHARS = 500
_ABBREVIATIONS = frozenset(
    (*_CIVIL_TITLES, *_RANKS, "St", "Mt", "Ft", "No", "Jr", "Sr", "Co", "Inc", "Ltd", "vs")
)


def _quotes_but_the_posters(
    prose: str, quotes: Iterable[Quote] | None = None, lowered: str | None = None
) -> Iterator[Quote]:
    """The note's quoted passages (`quotes`, else `_note_quotes(prose)`) but the poster's quoted name
    (`_quoted_poster`; `lowered`: `prose.lower()`, where the caller has it): no title or quote of the
    source's, which a correct note's channel name was then said not to hold."""
    poster = _quoted_poster(prose, lowered)
    found = _note_quotes(prose) if quotes is None else quotes
    return (quote for quote in found if poster is None or quote.start != poster.start)


# How far an outer quote's closing mark may be from the quote within it: a headline's length.
_OUTER_QUOTE_REACH = 300
_MOST_OUTER_QUOTES_TRIED = 10  # a note's title and its own quotes are a few


def _outer_quote(text: str, quote: Quote, after: int) -> Quote | None:
    """The quote of the same marks around `quote` (`“Mayor says “we will hold” as shelling continues,”`,
    as a headline quoting someone is cited without turning its inner marks to single ones), opened after
    `after`; None where there is none. `iter_quotes` pairs the innermost marks, and the inner quotation was
    taken for the title."""
    mark = text[quote.start : quote.start + 1]
    if mark not in ('"', "\u201c"):
        return None
    opening = text.rfind(mark, after, quote.start)
    if opening < 0:
        return None
    if mark == "\u201c":
        if "\u201d" in text[opening : quote.start]:
            return None
        # The outer quote's closing mark: the inner quotes after `quote` open and close before it.
        depth, at, reach = 1, quote.end, quote.end + _OUTER_QUOTE_REACH
        while (closing := text.find("\u201d", at, reach)) >= 0:
            depth += text.count("\u201c", at, closing) - 1
            if depth == 0:
                return Quote(text[opening + 1 : closing].strip(), opening, closing + 1)
            at = closing + 1
        return None
    # A straight mark opens at a word's start and closes after a word, as `iter_quotes` has it.
    closing = text.find('"', quote.end, quote.end + _OUTER_QUOTE_REACH)
    if (
        closing < 0
        or (opening > 0 and not text[opening - 1].isspace() and text[opening - 1] not in "([{")
        or text[opening + 1 : opening + 2].isspace()
        or text[closing - 1].isspace()
        or text[closing + 1 : closing + 2].isalnum()
    ):
        return None
    return Quote(text[opening + 1 : closing].strip(), opening, closing + 1)


def _note_quotes(text: str) -> Iterator[Quote]:
    """The note's quoted passages as `iter_quotes` finds them, a quote within a quote of the same marks read
    as the outer one (`_outer_quote`)."""
    done = 0
    for tried, quote in enumerate(iter_quotes(text)):
        if quote.start < done:
            continue  # within the outer quote given
        outer = _outer_quote(text, quote, done) if tried < _MOST_OUTER_QUOTES_TRIED else None
        given = outer if outer is not None and outer.text else quote
        done = given.end
        yield given


def _blank_note_quotes(text: str, quotes: Iterable[Quote] | None = None) -> str:
    """`blank_quotes` of the note's quoted passages as `_note_quotes` reads them (`quotes`, where the caller
    has them already)."""
    pieces: list[str] = []
    last = 0
    for quote in _note_quotes(text) if quotes is None else quotes:
        pieces += (text[last : quote.start], " " * (quote.end - quote.start))
        last = quote.end
    return "".join(pieces) + text[last:] if pieces else text


# What `_CHANNEL_BEFORE_QUOTED_NAME` needs one of (`channel`, `account`, `kanal`, `канал…`, `chaîne`).
_CHANNEL_WORDS = (
    *("channel", "account", "kanal", "\u043a\u0430\u043d\u0430\u043b", "cha\u00eene", "chaine", "canal"),
    "\u0642\u0646\u0627\u0629",
    *("community", "group"),
    *("\u0441\u043e\u043e\u0431\u0449\u0435\u0441\u0442\u0432", "\u043f\u0430\u0431\u043b\u0438\u043a"),
)


def _channel_names_quoted(prose: str, lowered: str | None = None) -> int:
    """1 where the note's first quoted passage is the name of the channel it opens with (`Телеграм-канал
    «Рыбарь», …`, `Telegram channel “Rybar”, …`), else 0: that name is no title, and a correct note naming
    its channel so warned that the post's title is not `Рыбарь`. `lowered`: `prose.lower()`, where the
    caller has it."""
    if prose[:1] in _TITLE_OPENINGS and _quoted_name_before_platform(prose) is not None:
        return 1
    lowered = prose.lower() if lowered is None else lowered
    for word in _CHANNEL_WORDS:  # a loop, not any() over a generator: eight words, most notes holding none
        if word in lowered:
            break
    else:
        return 0  # most notes: three substitutions and a match for every note with a quote
    text = _DECLINED_NAME_OPENING().sub("", _without_name_prefix(_LEADING_PUNCTUATION.sub("", prose)))
    described = _CHANNEL_BEFORE_QUOTED_NAME.match(text)
    quote = next(iter_quotes(text[described.end() :]), None) if described is not None else None
    return 1 if quote is not None and quote.start == 0 else 0


# Telegram right after a note's opening quote, in brackets or as the next segment: `"Rybar" (Telegram),
# 21.01.2022`, `«Два майора», Telegram, 21.01.2022`. A Telegram post has no title, so a few words quoted
# before it are a channel's name; on YouTube or X they may be the video's title or the post's words (`"Kyiv
# Stands" (YouTube)`).
_TELEGRAM_NAMES = r"(?:telegram|\u0442\u0435\u043b\u0435\u0433\u0440\u0430\u043c\u043c?)"
_TELEGRAMS_CHANNEL = r"(?:[- ](?:channel|kanal|\u043a\u0430\u043d\u0430\u043b))?"
_TELEGRAM_ASIDE = on_first_use(
    rf"\s*[(\[]\s*{_TELEGRAM_NAMES}{_TELEGRAMS_CHANNEL}\s*[)\]]"
    rf"|\s*,\s*{_TELEGRAM_NAMES}(?: post)?{_TELEGRAMS_CHANNEL}(?=\s*(?:[,.;(]|$))"
    # `"Two Majors" on Telegram, …`, `«Два майора» в Telegram, …`: the name was the title.
    rf"|\s+(?:on|\u0432)\s+{_TELEGRAM_NAMES}(?=\s*(?:[,.;(]|$))",
    re.IGNORECASE,
)
_MOST_QUOTED_NAME_WORDS = 3
# The name's translation in brackets between it and Telegram (`«Два майора» [Two Majors], Telegram, …`): the
# name was the title, and the URL's channel stood for the author.
_TRANSLATION_ASIDE = on_first_use(r"\s*\[[^\[\]\n]{1,60}\]")


def _quoted_name_before_platform(text: str) -> str | None:
    """The name a note opens with in quotes before Telegram (`"Rybar" (Telegram), …`, `«Два майора»,
    Telegram, …`), as a channel's name is quoted: taken for a title, the URL's channel stood for the author
    (a note naming Two Majors passed on Rybar's post) and the right channel's name warned as the post's
    title. A few words, capitalised (`Два майора`: the first of two), with no stop or comma of a title's or a
    post's words in them (`"The bridge is ours" (Telegram)` quotes the post)."""
    quote = next(iter_quotes(text), None)
    translated = _TRANSLATION_ASIDE().match(text, quote.end) if quote is not None else None
    after = translated.end() if translated is not None else quote.end if quote is not None else 0
    if quote is None or quote.start != 0 or _TELEGRAM_ASIDE().match(text, after) is None:
        return None
    words = quote.text.split()
    if len(words) > _MOST_QUOTED_NAME_WORDS or any(mark in quote.text for mark in ",.;:!?"):
        return None
    capitalised = [word[:1].isupper() or not word[:1].isalpha() for word in words]
    if not capitalised[0] or (len(words) == _MOST_QUOTED_NAME_WORDS and not all(capitalised)):
        return None
    return quote.text if _names_someone(quote.text) else None


def quoted_in_note(footnote: Footnote) -> tuple[str, ...]:
    """The note's own quoted words after its first quoted passage (its title) and a channel's quoted name
    before it: `…, 21 January 2022, quoting the mayor: "we will reopen the bridge"`. The note says the source
    holds them; left out, they were never compared and the footnote came out verified."""
    if not any(mark in footnote.text for mark in QUOTE_MARKS):  # most notes quote nothing
        return ()
    prose = note_prose(footnote)
    quotes = _quotes_but_the_posters(prose)
    return tuple(quote.text for quote in itertools.islice(quotes, 1 + _channel_names_quoted(prose), None))


def names_author_in_genitive(footnote: Footnote) -> bool:
    """Whether the note names its author after what they posted, in Russian or Ukrainian, and so in the
    genitive (`Пост Дмитрия Медведева в Telegram`): the author check compares the nominatives it can come
    from (`Дмитрий Медведев`)."""
    return _DECLINED_NAME_OPENING().match(_LEADING_PUNCTUATION.sub("", note_prose(footnote))) is not None


# A Markdown link definition's title, the note's only words after its link (`[1]: https://… "Rybar,
# Telegram, 21 January 2022"`; CommonMark quotes a title in `"…"`, `'…'` or `(…)`), and the link before it.
_LINK_DEFINITION_TITLE = on_first_use(
    r'"(?P<double>[^"]{1,1000})"|\'(?P<single>[^\']{1,1000})\'|\((?P<paren>[^()]{1,1000})\)'
)
_TITLE_CLOSES = {'"': '"', "'": "'", "(": ")"}


def _link_definition_title(text: str, prose: str) -> str | None:
    """The title of a note that is a link and its Markdown title alone, where the title gives a full date (the
    citation it holds): read as a quoted title, its date and name were no claim and the note gave no date. A
    title with no date (`"Strike on the airfield"`) stays a title."""
    if prose[:1] == "<":  # the link in angle brackets, blanked: `<https://…> "…"`
        prose = prose[1:].lstrip().removeprefix(">").lstrip()
    if prose[:1] not in _TITLE_CLOSES or prose[-1:] != _TITLE_CLOSES[prose[:1]]:
        return None  # most notes: not one quoted passage
    title = _LINK_DEFINITION_TITLE().fullmatch(prose)
    if title is None or not is_http_url(text.lstrip(" \t<").split(maxsplit=1)[0].rstrip(">")):
        return None  # not after a link opening the note
    inner = title["double"] or title["single"] or title["paren"]
    return inner.strip() if holds_date(inner) else None


def note_prose(footnote: Footnote) -> str:
    """The note's words: its text without its label and with its URLs blanked (their `@`, digits and slashes
    are no handle, date or title); the title is its first quoted passage, the rest the note's own quotes. A
    note that is a link and its Markdown title giving a date holds its citation in the title: its words are
    the title's (`_link_definition_title`)."""
    return _note_prose(footnote.text, footnote.label)


# Parsing, the citations file's claims and the locator, author and title checks read a note's words up to
# eight times; keyed by what they depend on (a string hashes once), the words are made once when its note is
# parsed and once when it is checked. Bounded: a note's readings come together (all notes are parsed, then
# each is checked in turn, maybe in another process), so a few notes' worth is all that is ever reused.
@functools.lru_cache(maxsize=64)
def _note_prose(text: str, label: str) -> str:
    prose = blank_urls(text)
    marker = _LABEL_PREFIX.match(prose)
    if marker is not None and (marker["caret"] or marker["label"].isdecimal() or marker["label"] == label):
        prose = prose[marker.end() :]
        text = text[marker.end() :]
    prose = prose.strip()
    return _link_definition_title(text, prose) or prose


def _capitalised(match: re.Match[str]) -> bool:
    """Whether each word of the matched family and given names opens with a capital, a family name's
    particles (`van der Berg`) aside, and no given name's is a body's (`Kyiv Bureau`)."""
    words = f"{match['family']} {match['given']}".split()
    return all(word[:1].isupper() for word in words if word not in _PARTICLES) and not any(
        word.casefold() in _NOT_GIVEN_NAMES for word in match["given"].split()
    )


# Words of a body, not of a person's given names: `Reuters, Kyiv Bureau:` names the desk.
_NOT_GIVEN_NAMES = DESCRIBING_WORDS | ORGANISATION_WORDS | {"bureau", "desk", "staff", "newsroom"}


def _further_authors(text: str, at: int) -> tuple[list[str], int]:
    """The authors an inverted name's list goes on with from `at` (`_FURTHER_AUTHOR`), each given name
    first, and where the list ends. `Smith, J., & Jones, T.` and `Smith, Jane, and Tom Jones` were read as
    Smith alone, and a page crediting Smith only passed the author check of a note naming two."""
    if text[at : at + 1] not in (",", " ", ";"):
        return [], at  # most notes: the name is followed by its stop or its year
    people: list[str] = []
    # Full names after a bare comma, kept only where `and` names the list's last (`Smith, Jane, Tom Jones,
    # and Ann Lee`): the outlet's name as often (`Smith, J., Example News, …`).
    pending: list[str] = []
    end = at
    for _ in range(_MOST_FURTHER_AUTHORS):
        found = _FURTHER_AUTHOR().match(text, at)
        if found is None:
            break
        if found["family"] is not None:
            family, given = found["family"], found["initials"]
        elif found["surname"] is not None:
            if found["semicolon"] is None:
                break  # `Smith, J., Kyiv, Ukraine`: a place as often
            family, given = found["surname"], found["forename"]
        else:
            family, given = found["named"], found["given"]
        words = f"{family} {given}".split()
        if (
            not all(word[:1].isupper() for word in words if word not in _PARTICLES)
            or given.replace(" ", "") in _NOT_INITIALS
            or any(word.casefold() in _NOT_GIVEN_NAMES for word in words)
            or platform_from_words(f"{given} {family}") is not None
        ):
            break
        at = found.end()
        if found["named"] is not None and not (found["joined"] or found["and"]):
            pending.append(f"{given.strip()} {family}")
            continue
        people += (*pending, f"{given.strip()} {family}")
        pending, end = [], at
    return people, end


def _listed(people: list[str]) -> str:
    """People as one author's field, as `checks.matching.people_in` reads it: `A and B`, `A, B and C`."""
    return people[0] if len(people) == 1 else f"{', '.join(people[:-1])} and {people[-1]}"


def _inverted_name(text: str) -> str | None:
    match = _INVERTED_NAME.match(text) or _NAME_BEFORE_INITIALS.match(text)
    # `Dmitry Medvedev, Twitter (Mar. 3, 2023)` (Bluebook): the platform after the comma is no given name, nor
    # one `_PLATFORM_NAMES` leaves out (`Bellingcat, Bluesky (Jan. 21, 2022)` was `Bluesky Bellingcat`).
    if (
        not match
        or not _capitalised(match)
        or match["given"].replace(" ", "") in _NOT_INITIALS
        or _MONTH_AND_DAY().match(text, match.start("given"))
        # `Telegram, Jan. 2022.`: a month and its year, not a given name (`Jan Telegram` was the author).
        or _month_and_year_alone(text[match.start("given") :].split(",", 1)[0])
        or _PLATFORM_ONLY().fullmatch(match["given"])
        or platform_from_words(match["given"]) is not None
        # Two full names, each given name first (`Jane Smith, Tom Jones, and Ann Lee, “…”`): a list, not
        # `Tom Jones Jane Smith`, which a page crediting them warned against.
        or (
            _LISTED_PERSON_WHOLE().fullmatch(match["family"]) is not None
            and _LISTED_PERSON_WHOLE().fullmatch(match["given"]) is not None
        )
    ):
        return None
    first = f"{match.group('given').strip()} {match.group('family')}"
    further = _further_authors if match.re is _INVERTED_NAME else _further_names_before_initials
    return _listed([first, *further(text, match.end())[0]])


# The commonest opening of a note: a plain name, a few capitalised ASCII words and perhaps a number (`Desk
# 12`, `Jane Smith`), then a comma and the quoted title (`Desk 12, “Report …”, January 3, 2022, …`). What
# such an opening is can be told from its words alone (`_plain_name_before_the_title`), without the thirty
# steps of `_opening_name`, most of which look for a shape it cannot have (a comma's inverted name, a
# channel's quoted name, a dateline, a bracket, a list of people). Anchored, and each run is of one class up
# to a fixed mark.
_PLAIN_NAME_BEFORE_THE_TITLE = re.compile(r"(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+(?: [0-9]{1,4})?(?=, [\"\u201c])")
# How a channel's boilerplate opens, lowered (`_SUBSCRIPTION_LABEL`'s words in ASCII): a plain name opening
# so is left to the whole reading.
_SUBSCRIPTION_OPENINGS = ("subscribe", "follow us", "join us", "join our", "our channel")


# The next commonest opening: a plain name, or a platform's, perhaps a word after it (its platform, its
# outlet), then the note's one day and its end (`Interfax, January 22, 2022.`, `Rybar, Telegram, 21 January
# 2022,`), as a note's words are once its link is taken out. Nothing stands after the day for the whole
# reading to take for a name (`…, 2022, midnight UTC`).
_ENGLISH_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_PLAIN_NAME_BEFORE_ITS_DAY = on_first_use(  # not compiled by `check`'s imports, which cite no note first
    r"(?P<name>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+), (?:(?P<second>[A-Z][A-Za-z]+), )?"
    rf"(?:(?:{_ENGLISH_MONTHS}) [0-9]{{1,2}}, [0-9]{{4}}|[0-9]{{1,2}} (?:{_ENGLISH_MONTHS}) [0-9]{{4}})"
    r"[.,]? *"
)


def _plain_name_before_its_day(text: str) -> tuple[str | None] | None:
    """`(name,)` for a note that is only a plain name, perhaps a word after it, then its one day
    (`_PLAIN_NAME_BEFORE_ITS_DAY`), as `_leading_name`'s whole reading finds it, `(None,)` where that name
    is a platform's alone (`Telegram, January 21, 2022.` names no one); None where the note is otherwise,
    or its name may be more than a name's, which that reading is left to tell (`_more_than_a_plain_name`)."""
    opening = _PLAIN_NAME_BEFORE_ITS_DAY().fullmatch(text)
    if opening is None:
        return None
    name = opening["name"]
    # A platform's one word names no one; with other words it may (`Rybar On Telegram`: Rybar), and a word
    # after it may be the name (`Telegram, Rybar, …`).
    if " " not in name and (name.casefold() in _PLATFORM_ONLY_NAMES or platform_from_words(name) is not None):
        return (None,) if opening["second"] is None else None
    return None if _more_than_a_plain_name(text, name) else (name,)


def _plain_name_before_the_title(text: str) -> str | None:
    """The name a note opens with where it opens with a plain name before its quoted title
    (`_PLAIN_NAME_BEFORE_THE_TITLE`), as `_leading_name`'s whole reading finds it; None where the note opens
    otherwise or its words may be more than a name's (a label, a signal, a platform, a month, a place), which
    that reading is left to tell. Of that reading only the steps that the words may decide are taken here: a
    note of this shape holds no handle, no dateline, no inverted name, no quoted channel's name and no people
    listed after the name (a quote mark follows its comma), no year before the name nor a day a name's number
    could make (one number, at its end), and its first comma ends the name."""
    if "@" in text:
        return None
    opening = _PLAIN_NAME_BEFORE_THE_TITLE.match(text)
    if opening is None:
        return None
    name = opening.group()
    return None if _more_than_a_plain_name(text, name) else name


def _more_than_a_plain_name(text: str, name: str) -> bool:
    """Whether the plain name a note opens with (`name`, its words before their comma) may be more than a
    name: a label, a signal, a platform, a month, a place, which the whole reading is left to tell."""
    lowered = name.lower()
    return bool(
        lowered.startswith(_SUBSCRIPTION_OPENINGS)
        or _without_an_exhibit_label(text) is not text
        or len(_without_name_prefix(text)) != len(text)
        or len(_without_the_article_and_whose_post(name)) != len(name)
        or len(_without_the_platform_after(name)) != len(name)
        or (name[-1].isdigit() and _without_a_day_after(name) is not name)
        or _without_description(name) != name
        or name.casefold() in _LABELS_AND_PLATFORM_ONLY_NAMES
        or (_may_open_a_non_name(name) and _NOT_NAMES.match(name) is not None)
        or platform_from_words(name) is not None
        or (
            _may_name_a_month_or_season(name)
            and (_MONTH_AND_DAY_ONLY.fullmatch(name) or _DAY_OR_YEAR_OF_A_MONTH.search(name))
        )
        or _month_and_year_alone(name)
    )


def _leading_name(text: str) -> str | None:
    """The name a note opens with (`Lina Haddad, ...`, `Rybar (@rybar), ...`), if what opens it is a name;
    in a note that opens with its title, the name right after it (`“The bridge is ours,” Two Majors
    (Telegram), …`): else the URL's handle stood for the author, and a note naming another account than the
    post's passed the author check.

    A note may open with the platform, the date or a label before the name (`Telegram, Dmitry Medvedev, …`,
    `January 21, 2022, Dmitry Medvedev, …`, `Telegram / Dmitry Medvedev /`, `Author: …`): those segments are
    passed over, a few at most, and the name looked for after them as at the note's start. A note that
    opens with no name may name the poster after what was posted (`Screenshot of a Telegram post by …`)."""
    plain = _plain_name_before_the_title(text)
    if plain is not None:
        return plain
    before_its_day = _plain_name_before_its_day(text)
    return before_its_day[0] if before_its_day is not None else _leading_name_read_whole(text)


def _leading_name_read_whole(text: str) -> str | None:
    """`_leading_name`, every shape of a note's opening tried."""
    text = _LEADING_PUNCTUATION.sub("", text)
    if "@" not in text:
        return _name_past_opening_segments(text)
    # The handle as it is written beside a name: the person and the account are two claims, and the name
    # the one the author check holds the account's display name to. A note opening with the handle names
    # no one before it: the name after it is looked for first.
    if text[:1] == "@":
        named = _name_after_the_handle(text)
        if named is not None:
            return named
    name = _name_past_opening_segments(_HANDLE_ASIDE().sub("", text))
    if name is None:
        return _name_after_the_handle(text)
    return _with_the_name_before_the_handle(text, name)


def _name_past_opening_segments(text: str) -> str | None:
    """`_leading_name` of a note's text without the handle's aside beside its name."""
    opening = text
    for _ in range(_MOST_SEGMENTS_BEFORE_A_NAME + 1):
        name, after = _opening_name(text)
        if name is not None:
            return name
        if after is None:
            break
        text = after
    return _poster_named_later(opening)


# What follows a note's X handle before the name written after it: `@bob (Bob Jones)`, `@bob, Bob Jones`,
# `@bob — Bob Jones`. Not a colon: `@bob: The bridge is ours` gives the post's words. Bounded: tried once, at
# the note's first handle.
_NAME_AFTER_HANDLE = on_first_use(
    r"(?![@.])\s{0,5}(?:\((?P<aside>[^()@\n]{1,80})\)|(?:[,|/\u2013\u2014]|-(?=\s))\s{0,5}(?=[^\W\d_]))"
)


def _name_after_the_handle(text: str) -> str | None:
    """The name written after the note's first X handle, where the note names none before it: `@bob (Bob
    Jones)`, `@bob, Bob Jones`, `“…,” @bob (Bob Jones)`, `Post by @bob, Bob Jones`. Read as naming no one,
    the handle stood for the author and @bob's post passed shown as anyone. Not a handle the note names as
    another account's (`replying to @bob (Bob Smith)`), nor one in a quoted passage. (A Bluesky or Mastodon
    handle names its platform, and is passed over as `Telegram` is: `_before_a_name`.)"""
    unquoted = blank_quotes(text)
    handle = _HANDLE().search(unquoted)
    after = _NAME_AFTER_HANDLE().match(unquoted, handle.end()) if handle is not None else None
    if handle is None or after is None:
        return None
    before = unquoted[max(0, handle.start() - _OTHER_ACCOUNT_REACH) : handle.start()]
    if _OTHER_ACCOUNT_BEFORE().search(before) is not None:
        return None
    if after["aside"] is not None:
        aside = after["aside"].strip()
        return aside if aside[:1].isupper() and _names_someone(aside) else None
    name = _opening_name(unquoted[after.end() :])[0]  # a name as the note's first is one
    return name if name is not None and name[:1].isupper() else None


# How far past the note's name the handle's aside may be for a second name before it: a few words.
_SECOND_NAME_REACH = 120
# Words of a second segment that say what the first name is, not who else: `Deputy Chairman`, `Ministry`.
_NOT_A_SECOND_NAME = DESCRIBING_WORDS | ORGANISATION_WORDS


def _with_the_name_before_the_handle(text: str, name: str) -> str:
    """`name`, or the name it begins when the handle's aside follows another after a comma: a given name
    (`Jones, Bob (@bob)`: `Bob Jones`; read as `Jones`, the note passed on any Jones's post), or a second
    person's full name (`Alice Jones, Bob Smith (@bob)` credits both, @bob as Bob Smith's; read as `Alice
    Jones` alone, @bob's post shown as Alice Jones passed). A segment that says who the first is (`Dmitry
    Medvedev, Deputy Chairman (@…)`), a platform or a date is neither."""
    start = text.find(name)
    aside = _HANDLE_ASIDE().search(text[: start + _SECOND_NAME_REACH], start) if start >= 0 else None
    if aside is None:
        return name
    between = text[start + len(name) : aside.start()]
    second = between.removeprefix(",").strip()
    if second == between.strip() or any(mark in second for mark in ",;:()[]"):
        return name
    # The aside ends the given name as a stop does (`_INVERTED_NAME`).
    inverted = _INVERTED_NAME.fullmatch(f"{name}, {second}")
    if (
        inverted is not None
        and inverted["given"][:1].isupper()
        # Two words after a comma are a second person's full name (`Alice Jones, Bob Smith (@bob)`).
        and (len(inverted["given"].split()) == 1 or inverted["given"].rstrip()[-1:] == ".")
        and _PLATFORM_ONLY().fullmatch(inverted["given"]) is None
    ):
        return f"{inverted['given'].strip()} {inverted['family']}"
    words = second.split()
    if (
        not 2 <= len(words) <= 4
        or not all(word[:1].isupper() or word in NAME_PARTICLES for word in words)
        or any(word.strip(".").casefold() in _NOT_A_SECOND_NAME for word in words)
        or not _names_someone(second)
    ):
        return name
    return f"{name}, {second}"


# What was posted, then whom by, past words that open no name: `Screenshot of a Telegram post by Rybar`,
# `Post of January 21, 2022 by Rybar on Telegram`. Within one sentence, and a few words apart; each match
# starts at a word for what was posted and looks at most 60 characters on.
# So is a channel's name after what it is called (`A Telegram channel called Rybar`).
_POSTED_BY = on_first_use(
    r"\b(?:(?:(?:post|tweet|video|message|thread|story|reel|statement|comment|speech|address|remarks"
    r"|interview)s?\b(?:[^.;:()\[\]\n]|\.(?!\s)){0,60}?\s(?:posted\s+|shared\s+|published\s+)?"
    r"|(?:posted|published|uploaded|shared|written)\s+)by"
    r"|(?:channel|account)\s+(?:called|named))\s+",
    re.IGNORECASE,
)
# A channel's name between `of the` (`on the`, `from the`) and `channel` (`Telegram post of the Rybar
# channel`, `A post on the Two Majors channel`), a few words; the platform before `channel` is no part of it
# (`on the Two Majors Telegram channel` named no one, and the URL's channel stood for the author).
_OF_THE_CHANNEL = on_first_use(
    r"\b(?:of|on|from)\s+the\s+(?P<name>(?:[^\W\d_][\w'\u2019-]*\s+){1,6}?)"
    rf"(?:{_PLATFORM_NAMES}\s+)?(?:channel|account)\b",
    re.IGNORECASE,
)
# The day after the name (`Published by Two Majors on January 21, 2022`): no part of it.
_ON_A_DAY = on_first_use(rf"(?<!\s)\s+on\s+(?:{_MONTH_WORD}|\d).*$", re.IGNORECASE)


def _poster_named_later(text: str) -> str | None:
    """The name a note that opens with none gives after what was posted (`Screenshot of a Telegram post by
    Two Majors, …`), or as its channel's (`A Telegram channel called Two Majors`, `Telegram post of the Two
    Majors channel`): else the URL's handle stood for the author, and the note crediting another channel
    passed on the URL's channel's post. Not in a quoted title (`"Video posted by Rybar"`): blanked."""
    if _POSTED_BY().search(text) is None and _OF_THE_CHANNEL().search(text) is None:  # most notes
        return None
    quoted = _quoted_poster(text)
    if quoted is not None:
        return quoted.text
    unquoted = blank_quotes(text)
    found = _POSTED_BY().search(unquoted)
    if found is None:
        channel = _OF_THE_CHANNEL().search(unquoted)
        name = channel.group("name").strip() if channel is not None else ""
        return name if _names_someone(name) and name[:1].isupper() else None
    rest = unquoted[found.end() :]
    end = _NAME_END.search(rest)
    segment = _ON_A_DAY().sub("", _without_the_platform_after(rest[: end.start()] if end else rest)).strip()
    # `a post by the channel`, `by its author`: a description, not a name to hold the post to.
    described = segment.split(" ", 1)[0].casefold() in _NOT_A_NAME_OPENING
    return segment if _names_someone(segment) and not described else None


_NOT_A_NAME_OPENING = frozenset(["the", "a", "an", "this", "that", "its", "his", "her", "their", "our"])


def _quoted_poster(text: str, lowered: str | None = None) -> Quote | None:
    """The name quoted right after what was posted and whom by, as Chicago quotes a username (`"Kyiv
    Stands," YouTube video, posted by "Associated Press," January 21, 2022`; `Telegram post by "Two
    Majors"`): its words, stripped, where it lies in `text`. Blanked as a title's words are, it left the
    note naming no one, the URL's channel stood for the author, and the post of another channel passed. A
    few words, with no sentence's marks: not a quoted title. `lowered`: `text.lower()`, where the caller has
    it."""
    if not any(mark in text for mark in QUOTE_MARKS):
        return None
    # Lowered, not case-folded: no character but these ASCII letters matches one of `by`, `called` or
    # `named` case-blind, and none lowers to one (tests/citations/test_parse.py checks every code point).
    lowered = text.lower() if lowered is None else lowered
    if "by" not in lowered and "called" not in lowered and "named" not in lowered:
        return None  # `_POSTED_BY` needs one of them: most notes, whose blanking is then spared
    found = _POSTED_BY().search(blank_quotes(text))
    if found is None:
        return None
    # The match's closing spaces run on over the blanked quote: the name starts past the original's spaces.
    after_by = found.start() + len(found.group().rstrip())
    start = after_by + len(text[after_by:]) - len(text[after_by:].lstrip())
    quote = next(iter_quotes(text[start:]), None)
    if quote is None or quote.start != 0:
        return None
    name = quote.text.strip(" ,.;:\u00a0")
    if (
        len(name.split()) > _MAX_NAME_WORDS
        or any(mark in name for mark in ",;:!?")
        or not _names_someone(name)
    ):
        return None
    return Quote(name, start, start + quote.end)


_MONTH_ALONE = on_first_use(_MONTH_NAME, re.IGNORECASE)


def _month_abbreviated_before_its_day(segment: str, text: str, after_stop: int) -> bool:
    """Whether the stop ending `segment` is an abbreviated month's before its day (`Jan. 21, 2022, Two
    Majors, …`), not a sentence's: read as a sentence's, the name after the date was never looked for, and the
    URL's channel stood for the author."""
    return _MONTH_ALONE().fullmatch(segment) is not None and text[after_stop : after_stop + 1].isdigit()


def _opening_name(text: str) -> tuple[str | None, str | None]:
    """The name `text` opens with, and None; or, where it opens with no name, None and, if what opens it is a
    platform, a date or a label that may stand before a name, the text after that (else None)."""
    if text[:1] in _TITLE_OPENINGS:
        channel = _quoted_name_before_platform(text)
        if channel is not None:
            return channel, None
        after = _after_leading_quote(text)
        if after is None:
            return None, None
        text = _AFTER_TITLE().sub("", after)
        if text[:1] in _TITLE_OPENINGS:  # another quoted passage: no name follows the title
            return None, None
    unprefixed = _without_name_prefix(_without_an_exhibit_label(text))
    if len(unprefixed) != len(text):
        # What stood between the prefix and the name, a blanked link's room among it (`Source: <link> (Two
        # Majors, …)`): the name was never reached, and the URL's channel stood for the author.
        unprefixed = _LEADING_PUNCTUATION.sub("", unprefixed)
    text = unprefixed
    if _may_open_in_cyrillic(text):  # most notes open with neither: two case-blind matches spared
        text = _CHANNEL_BEFORE_LATIN_NAME.sub("", _DECLINED_NAME_OPENING().sub("", text))
    if _DATELINE.match(text):
        return None, None  # a place and its country opens the note: it names nobody
    if text[:1] == "[":
        return _bracketed_opening(text)
    inverted = _inverted_name(text)
    if inverted:
        return inverted, None
    quoted = _quoted_channel_name(text)
    if quoted is not None:
        return quoted or None, None
    end = _NAME_END.search(text)
    opening = text[: end.start()] if end else text
    segment = _without_the_article_and_whose_post(opening)
    segment = _without_the_platform_after(segment)
    segment = (_SAID_AFTER.sub("", segment) if _SAID_WORD().search(segment) is not None else segment).strip()
    if segment[-1:].isdigit():
        segment = _without_a_day_after(segment)
    segment = _YEAR_BEFORE_WORDS.sub("", segment)
    if segment[-1:] in (")", "]") and "(" not in segment and "[" not in segment:
        # The bracket a platform or a handle opened the name with closes after it (`Telegram (Rybar)`,
        # `@alice@mastodon.social (Alice Jones)`): no part of the name the check shows.
        segment = segment[:-1].rstrip()
    if segment.endswith(_CHANNEL_AFTER_THE_NAME):
        segment = _without_the_channel_after(segment, text[end.end() :] if end is not None else "")
    # A channel's description and its owner's name may be more words than a name alone (`Telegram channel of
    # the Ministry of Defence of Ukraine`).
    if len(segment.split()) <= 2 * _MAX_NAME_WORDS:
        segment = _without_description(segment)
    if _names_someone(segment):
        return _with_the_people_listed_after(segment, text, end), None
    # Not past a sentence's stop: what follows a note's first sentence (`Telegram, January 22, 2022. Deleted
    # the same day.`) is no name.
    if end is None or not _before_a_name(segment):
        return None, None
    if end.group().startswith(".") and not _month_abbreviated_before_its_day(segment, text, end.end()):
        return None, None
    return None, _LEADING_PUNCTUATION.sub("", text[end.end() :])


# The channel's word after its name, in lower case (`Rybar channel, Telegram, …`, `The Rybar channel`): no
# part of the name, where the platform follows it or the article opens it. Read whole, `Rybar channel` was
# the author held to the channel's shown name. A capital's `Channel` is a name's own (`History Channel`);
# `Leaked channel, 21.01.2022` (a private channel's note) says what the channel is, and stays whole.
_CHANNEL_AFTER_THE_NAME = (" channel", " account")
_PLATFORM_AFTER_THE_CHANNEL_REACH = 40


def _without_the_channel_after(segment: str, after: str) -> str:
    """`segment` without the channel's word after the name (`_CHANNEL_AFTER_THE_NAME`) and the article before
    it (`The Rybar channel`: `Rybar`), where a name is left and the article opens it or the platform is the
    note's next segment (`after`: the note's words after the segment's end)."""
    name = segment.rsplit(None, 1)[0]
    the = name[:4] in ("The ", "the ")
    name = name[4:] if the else name
    following = _LEADING_PUNCTUATION.sub("", after[:_PLATFORM_AFTER_THE_CHANNEL_REACH]).split(",", 1)[0]
    if not the and _PLATFORM_ONLY().fullmatch(following.strip(" .;")) is None:
        return segment
    return name if name[:1].isupper() and _names_someone(name) else segment


# Further people after a note's first name, given name first, the last after `and` (Chicago's `Jane Smith,
# Tom Jones, and Ann Lee, “…”`): tried once, where the first name is a person's, after its comma. Or, with no
# `and`, the people right before the quoted title (`Jane Smith, Tom Jones, “…,” Outlet`): an outlet follows
# the title. Read as Jane Smith alone, a page crediting her only passed the author check of a note naming two.
_PEOPLE_LISTED_AFTER = on_first_use(
    rf"\s(?P<people>{_LISTED_PERSON}(?:,\s{_LISTED_PERSON}){{0,8}}+)"
    rf"(?:,?\s(?:and|&)\s(?P<last>{_LISTED_PERSON})|(?P<others>,\set\sal\b\.?)|(?=,\s?[\"\u201c\u00ab\u201e]))"
    r"(?=\s?[,.(\u201c\"]|$)"
)


# Words of an outlet's name, listed after a writer's as a person's would be (`Jane Smith, Example News and
# Reuters Television`): no person's.
_OUTLET_WORDS = frozenset(
    ["news", "times", "post", "press", "radio", "television", "tv", "media", "daily", "journal", "herald"]
)


def _with_the_people_listed_after(name: str, text: str, end: re.Match[str] | None) -> str:
    """`name`, and the people the note lists after it (`_PEOPLE_LISTED_AFTER`) where it is a person's full
    name: `Jane Smith, Tom Jones, and Ann Lee, “…”` was read as Jane Smith alone, and a page crediting her
    only passed the author check of a note naming three."""
    if end is None or end.group() != "," or _LISTED_PERSON_WHOLE().fullmatch(name) is None:
        return name
    listed = _PEOPLE_LISTED_AFTER().match(text, end.end())
    if listed is None:
        return name
    people = [name, *listed["people"].split(", ")]
    if listed["last"] is not None:
        people.append(listed["last"])
    if any(
        word.casefold() in _NOT_GIVEN_NAMES or word.casefold() in _OUTLET_WORDS
        for person in people[1:]
        for word in person.split()
    ) or any(platform_from_words(person) is not None for person in people[1:]):
        return name
    # `et al.` after the list: others whom no source need show (`checks.matching.people_in`).
    return ", ".join(people) + " et al." if listed["others"] else _listed(people)


# How many segments (a platform, a date, a label) may stand before a note's name.
_MOST_SEGMENTS_BEFORE_A_NAME = 3
# How many words a segment that names only the platform has (`Telegram`, `X post`, `Telegram channel post`):
# `Screenshot of a Telegram post by Rybar` says more, and what follows it is no name.
_MOST_PLATFORM_WORDS = 3
# A day written as an ordinal, what is left of `Sept. 3rd` once the month's stop ended the segment before it.
_ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)
# Labels a note may put before its name (`Author: Dmitry Medvedev`, `Post: …`, `Source / …`).
# A picture's or a video's credit line too (`Video: Two Majors`, `Photo credit: …`): read as no name before
# the name, the URL's handle stood for the author, or the label itself was the name (`Photo`).
_LABELS = frozenset(
    [
        *("author", "authors", "post", "posts", "source", "sources", "by", "from", "channel"),
        *("video", "photo", "image", "footage", "credit", "photo credit", "image credit", "video credit"),
        "screenshot",
        *("источник", "джерело", "quelle", "fuente"),
        # An investigation's imagery credit (`Satellite image, Maxar Technologies, …`): the label was the
        # author, held to the page's.
        *("satellite image", "satellite images", "satellite imagery", "satellite photo", "aerial image"),
    ]
)
# A channel's boilerplate copied in with its post's words (`Subscribe: t.me/rybar`, `Подписывайтесь на наш
# канал: …`, `Follow us on X:`): a label before a name. Read as a name, the label was the author the post's
# channel was held to.
_SUBSCRIPTION_LABEL = on_first_use(rf"^\W{{0,8}}{_SUBSCRIPTION_WORDS}", re.IGNORECASE)


# Platforms a note may name that have no platform of their own here (their links are `web` pages) and
# Threads and Truth Social, which `platform_from_words` does not read (`threads` is a word): each alone
# names a platform, not a poster. `Weibo, January 21, 2022.` and `Rumble, …` were each the note's author.
_PLATFORM_ONLY_NAMES = frozenset(
    [
        *("sina weibo", "threads", "truth social", "gab", "gettr", "parler", "rumble", "odysee"),
        *("bitchute", "whatsapp", "whatsapp channel", "signal", "line", "naver", "naver blog", "douyin"),
        *("bilibili", "kuaishou", "wechat", "kakaotalk", "discord", "twitch", "snapchat", "pinterest"),
        *("tumblr", "substack", "medium", "dailymotion", "vimeo", "ok.ru", "odnoklassniki", "rutube"),
        *("\u5fae\u535a", "\u6296\u97f3", "\u54d4\u54e9\u54d4\u54e9"),  # Weibo, Douyin, Bilibili in Chinese
    ]
)


# Looked up once where a segment is asked for both (one case-folding of it).
_LABELS_AND_PLATFORM_ONLY_NAMES = _LABELS | _PLATFORM_ONLY_NAMES


def _names_someone(segment: str) -> bool:
    """Whether a note's leading segment is a name: not a title, a link, a platform, a date or a label."""
    return not (
        not segment
        or segment[0] in "\"\u201c\u2018\u00ab'@["
        or "://" in segment
        or segment.lower().startswith("www.")
        or segment.casefold() in _LABELS_AND_PLATFORM_ONLY_NAMES
        or _SUBSCRIPTION_LABEL().match(segment) is not None
        or _ORDINAL_DAY.fullmatch(segment)
        or (_may_open_a_non_name(segment) and _NOT_NAMES.match(segment))
        or platform_from_words(segment) is not None
        or holds_date(segment)
        or (
            _may_name_a_month_or_season(segment)
            and (_MONTH_AND_DAY_ONLY.fullmatch(segment) or _DAY_OR_YEAR_OF_A_MONTH.search(segment))
        )
        or not _holds_a_letter(segment)
        or (len(segment.split()) > _MAX_NAME_WORDS and not _organisations_name(segment))
        or holds_day_without_its_year(segment)
        or _month_and_year_alone(segment)
    )


# The first two characters, lowered, of each ASCII text `_NOT_NAMES` matches that opens with a letter other
# than `w` (`w 2022 r.`): a name opening otherwise (`Desk 605`, `Lina Haddad`: most) is not matched against
# its alternatives (14,000 instructions a note). tests/citations/test_parse.py checks every pair of ASCII
# characters.
_NOT_NAMES_OPENINGS = frozenset(
    [
        *("ab", "ac", "an", "ar", "at", "au", "av", "bl", "ca", "da", "eb", "en", "fa", "fe", "fr", "ib"),
        *("id", "in", "la", "li", "lo", "ma", "me", "mo", "n.", "no", "op", "or", "po", "r.", "re", "ro"),
        *("sa", "sc", "st", "su", "te", "th", "ti", "to", "tr", "tu", "tw", "un", "ur", "vi", "vk", "ye"),
        *("yo", "zu"),
        # `X` and `r` (Polish's year) alone: `$` matches before a last line break too.
        *("x\n", "r\n"),
    ]
)


def _may_open_a_non_name(segment: str) -> bool:
    """Whether `_NOT_NAMES` may match `segment`: false only of an ASCII segment of two characters or more that
    opens with a letter but `w` and two characters none of its alternatives opens with."""
    if len(segment) < 2 or not segment.isascii() or not segment[0].isalpha() or segment[0] in "wW":
        return True
    return segment[:2].lower() in _NOT_NAMES_OPENINGS


# What every match of `_MONTH_AND_DAY_ONLY` and of `_DAY_OR_YEAR_OF_A_MONTH` holds, lowered: a month's first
# three letters or a season's name. An ASCII segment without any (most names) is not searched for them
# (17,000 instructions a note). Searched in the lowered segment: without `re.IGNORECASE`, `re` skips to the
# letters they open with. Compiled on first use, as the others a check's start does not need.
_MONTH_OR_SEASON_STEM = on_first_use(
    "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|winter|spring|summer|autumn|fall"
)


def _may_name_a_month_or_season(segment: str) -> bool:
    """Whether `_MONTH_AND_DAY_ONLY` or `_DAY_OR_YEAR_OF_A_MONTH` may match in `segment`: false only of an
    ASCII segment without a stem `_MONTH_OR_SEASON_STEM` finds (`re.IGNORECASE` takes a few letters beyond
    ASCII for ASCII's: `\u017f` for `s`)."""
    return not segment.isascii() or _MONTH_OR_SEASON_STEM().search(segment.lower()) is not None


def _holds_a_letter(segment: str) -> bool:
    """Whether a character of `segment` is a letter (`str.isalpha`). In ASCII only the letters have another
    case: two conversions in C, not a generator's step for each character."""
    if segment.isascii():
        return segment.lower() != segment.upper()
    return any(char.isalpha() for char in segment)


_MOST_MONTH_AND_YEAR_WORDS = 3  # `Januar 2022`, `Jan. 2022`, and Russian's with its word for year after it


def _may_hold_a_year_read(segment: str) -> bool:
    """Whether `find_month_or_year` may read a year in `segment`: every year it reads opens with `19` or `20`
    (`dates._A_YEAR`), so a segment holding neither (`Desk 1234`, a name without digits) has none, known
    without splitting it or a search. tests/citations/test_parse.py checks the two agree."""
    return "19" in segment or "20" in segment


def _month_and_year_alone(segment: str) -> bool:
    """Whether a note's segment is only a month and its year, in any language the dates are read in
    (`Januar 2022`, `Jan. 2022`, `März 2022`, Russian's): no one's name. English's was passed over as a
    date (`_DAY_OR_YEAR_OF_A_MONTH`); German's and Russian's were read as the author, and `locate` searched
    `Januar 2022` as who posted. Asked only of a few words with a four-digit year: most names are not."""
    if not _may_hold_a_year_read(segment):
        return False  # most names (`Desk 1234`): a third of `_names_someone`'s time for one with four digits
    words = segment.split()
    if not 2 <= len(words) <= _MOST_MONTH_AND_YEAR_WORDS:
        return False
    if not any(len(word.strip(".,;:()")) == 4 and word.strip(".,;:()").isdecimal() for word in words):
        return False
    found = find_month_or_year(segment)
    return found is not None and len(found) == len("2022-01")


# The small words an organisation's long name holds (`Ministry of Defence of the Russian Federation`).
_ORGANISATION_NAME_JOINS = frozenset(
    [
        *("of", "the", "and", "for", "on", "in", "to", "&"),
        # The same in the languages a ministry is named in (`Ministere de l'Europe et des Affaires
        # etrangeres`, `Ministerio de Asuntos Exteriores y Cooperacion`, `Bundesministerium fuer Gesundheit`).
        *("de", "du", "des", "et", "la", "le", "les", "y", "del", "los", "las", "und", "f\u00fcr"),
        *("der", "die"),
        # Spain's ministries are "for" a purpose (`Ministerio para la Transicion Ecologica y el Reto
        # Demografico`).
        *("para", "el", "al"),
    ]
)
# An article or `de` French and Italian elide before a vowel (`l'Europe`, `d'Examplia`): the word after it is
# the name's.
_ELIDED = ("l'", "d'", "l\u2019", "d\u2019")


def _organisations_name(segment: str) -> bool:
    """Whether a segment of more words than a person's name is an organisation's (`Ministry of Defence of
    the Russian Federation`, `Main Directorate of Intelligence of the Ministry of Defence of Ukraine`): its
    words capitalised but for its small joining words, one of them a body's. Read as no name, the URL's
    channel stood for the author, and a note naming another body passed on the channel's post. A name that
    opens with a body's word may write the adjective after a noun in small letters, as French does
    (`Ministere de l'Europe et des Affaires etrangeres`, in its own letters)."""
    words = [word[2:] if word[:2].lower() in _ELIDED and len(word) > 2 else word for word in segment.split()]
    body_first = words[0].casefold() in ORGANISATION_WORDS

    def fits(at: int, word: str) -> bool:
        if word[:1].isupper() or word in _ORGANISATION_NAME_JOINS:
            return True
        return body_first and at > 0 and words[at - 1][:1].isupper()  # `Affaires etrangeres`

    return (
        len(words) <= 2 * _MAX_NAME_WORDS
        and (words[0][:1].isupper() or words[0] == "the")  # `According to the Ministry of …`
        and (words[-1][:1].isupper() or (body_first and fits(len(words) - 1, words[-1])))
        and all(fits(at, word) for at, word in enumerate(words))
        and any(word.casefold() in ORGANISATION_WORDS for word in words)
    )


# What a note written as a sentence opens with before its subject: `On January 21, 2022, Rybar posted …`,
# `In a Telegram post, Rybar wrote …`.
_SENTENCE_OPENING = on_first_use(r"^(?:on|in (?:an?|the|its|his|her|their))\s+", re.IGNORECASE)


# What a day opening a note may be said to be before its month and day, the year after the comma
# (`Filmed January 21, 2022, Two Majors, …`, `Updated January 21, 2022, …`, `Accessed …`): the name after it
# was never looked for, and the URL's channel stood for the author.
_DAY_SAID_TO_BE = on_first_use(
    r"^(?:(?:video|footage|photo|image|post)s?\s+)?(?:filmed|recorded|photographed|(?:last\s+)?updated"
    r"|(?:last\s+)?accessed|archived|retrieved|captured|as\s+(?:of|at))(?:\s+on)?\s+",
    re.IGNORECASE,
)


def _before_a_name(segment: str) -> bool:
    """Whether a segment that names nobody may stand before the note's name: the platform, a date or a
    label; not a title, a link or words that end the note's opening (`Ibid.`, `Accessed …` with its stop)."""
    segment = _DAY_SAID_TO_BE().sub("", _SENTENCE_OPENING().sub("", segment))
    return (
        segment.casefold() in _LABELS_AND_PLATFORM_ONLY_NAMES
        or _SUBSCRIPTION_LABEL().match(segment) is not None
        or (platform_from_words(segment) is not None and len(segment.split()) <= _MOST_PLATFORM_WORDS)
        # `X, Alice Jones, …`: the platform's name alone, which `platform_from_words` takes for a letter.
        or _PLATFORM_ONLY().fullmatch(segment) is not None
        or holds_date(segment)
        or _MONTH_AND_DAY_ONLY.fullmatch(segment) is not None
        or _ORDINAL_DAY.fullmatch(segment) is not None
        or (bool(segment) and not any(char.isalpha() for char in segment) and "://" not in segment)
        or holds_day_without_its_year(segment)
        or _month_and_year_alone(segment)
    )


# The quote marks a note's title opens with (its closing mark is found by `iter_quotes`, as the title is).
_TITLE_OPENINGS = '\u201c"\u00ab\u201e'


def _after_leading_quote(text: str) -> str | None:
    """What follows the quoted passage `text` opens with (as `iter_quotes` pairs its marks); None where that
    quote does not close."""
    quote = next(_note_quotes(text), None)
    return text[quote.end :] if quote is not None and quote.start == 0 else None


# What stands between a title and the name after it: punctuation, an aside (`(post)`, `[video]`), `in`.
_AFTER_TITLE = on_first_use(r"^[\s.,;:\u2013\u2014-]*(?:[(\[][^()\[\]]{0,40}[)\]][\s.,;:]*)?(?:in\s+)?")


# Describing words that also open a note written as a sentence (`Milblogger Rybar, …`, `Journalist Yuri
# Butusov, …`): capitalised there, and no organisation's name starts with them, as `Head of State Press
# Office` or `Chief Rabbi of Ukraine` starts with `Head` and `Chief`.
_OPENING_DESCRIBING_WORDS = frozenset(
    ["Milblogger", "Journalist", "Spokesperson", "Spokesman", "Spokeswoman", "Propagandist"]
)
# A platform's user before the name (`X user Alice Jones`, `Telegram user Two Majors`) describes the name as
# a channel's or an account's does: read whole, the opening named no one and the URL's account stood for it.
_DESCRIBING_WORDS = DESCRIBING_WORDS | {"user"}
# A channel's or an account's description before its name: `the channel of Rybar`, `Telegram account of …`.
_OWNED_BY = frozenset(["channel", "account", "blog", "page"])
# A channel's description before its quoted name, in the languages reports cite channels in: `Telegram
# channel “Rybar”`, `Telegram-канал «Рыбарь»`, `Telegram-Kanal „Rybar“`, `La chaîne Telegram « Rybar »`.
# Only a platform's channel: `History Channel “Secrets of the War”` and `Первый канал «Время»` quote a
# programme's title. The channel alone opening the note (`Канал «Рыбарь»`, `Channel “Rybar”`) is one too: read
# whole as the author, its quoted name was the title, and a correct note warned twice. Anchored, and its words
# are bounded: tried once, at the note's start. The channel in any case a note puts it in: канала, каналу,
# каналом, канале, Ukrainian каналі; German's genitive (`Beitrag des Telegram-Kanals „Rybar“`), Spanish's,
# Portuguese's and Italian's channel before the platform (`Publicación del canal de Telegram «Rybar»`,
# `canale Telegram`) and Arabic's (`منشور قناة "ريبار" على تلغرام`): the quoted name was the post's title,
# and the URL's channel stood for the author.
_CHANNEL_IN_ANY_CASE = r"(?:channel|kanals?|канал(?:\u0430|\u0443|\u043e\u043c|\u0435|\u0456)?)"
# VK's community (`VK community «…»`, `сообщество ВКонтакте «…»`, `паблик «…»`), as a channel is Telegram's.
_VK_COMMUNITY = (
    r"(?:\u0441\u043e\u043e\u0431\u0449\u0435\u0441\u0442\u0432(?:\u043e|\u0430|\u0443|\u043e\u043c|\u0435)"
    r"|\u043f\u0430\u0431\u043b\u0438\u043a(?:\u0430|\u0443|\u043e\u043c|\u0435)?)"
)
_CHANNEL_BEFORE_QUOTED_NAME = deferred_compile(
    rf"^(?:(?:[\w-]+\s+){{0,4}}?(?:(?:telegram|телеграмм?|youtube)[- ]?(?:{_CHANNEL_IN_ANY_CASE}|account)"
    rf"|(?:vk|\u0432\u043a\u043e\u043d\u0442\u0430\u043a\u0442\u0435)[- ]?"
    rf"(?:community|group|{_VK_COMMUNITY})"
    rf"|cha[iî]ne (?:telegram|youtube)|canale?\s(?:(?:de|do|di|del)\s)?(?:telegram|youtube)"
    rf"|\u0642\u0646\u0627\u0629)|{_CHANNEL_IN_ANY_CASE}|{_VK_COMMUNITY}|cha[iî]ne)"
    r"\s+(?:of\s+|named\s+|called\s+)?(?=[\"\u201c\u00ab\u201e])",
    re.IGNORECASE,
)


# The small words an organisation's name holds after `channel of` (`the Ministry of Defence of Ukraine`).
_OWNERS_NAME_JOINS = frozenset(["of", "the", "and", "for"])


def _without_description(segment: str) -> str:
    """The name in a note's opening words without the description before it (`Pro-Kremlin milblogger
    Rybar`: `Rybar`): the author check compared the whole with the post's account and warned on a correct
    note. Words that only describe (`Leaked channel`: a private channel's note has nothing else) stay. The
    owner after a channel or an account (or its `of`) may be an organisation's name, its small words in lower
    case (`Telegram channel of the Ministry of Defence of Ukraine`, `X account Ministry of Defence`): read as
    no name, the URL's channel stood for the author, and the post of another channel passed."""
    words = segment.split()
    if _DESCRIBING_WORDS.isdisjoint(words) and (len(words) < 2 or words[0] not in _OPENING_DESCRIBING_WORDS):
        return segment  # most notes: no word describes the name (a third of the time of the steps below)
    last = max((at for at, word in enumerate(words) if word in _DESCRIBING_WORDS), default=None)
    if last is None and len(words) > 1 and words[0] in _OPENING_DESCRIBING_WORDS:
        last = 0
    owner = last is not None and words[last] in _OWNED_BY
    if last is not None and owner and words[last + 1 : last + 2] == ["of"]:
        last += 1
        name = words[last + 1 :]
        name = name[1:] if name[:1] in (["the"], ["The"]) else name
    else:
        name = words[last + 1 :] if last is not None else []
    joins: frozenset[str] = frozenset()
    if owner and name[:1] and name[0][:1].isupper():
        joins = _OWNERS_NAME_JOINS
    if (
        name
        and name[-1] not in joins
        and all(word[:1].isupper() or word in NAME_PARTICLES or word in joins for word in name)
    ):
        return " ".join(name)
    return segment


# How far a bracketed name's closing bracket may be: a name is a few words.
_BRACKETED_NAME_REACH = 80
# Words of a bracketed aside opening a note that is no one's name: its language, what it is, its state.
_BRACKETED_ASIDE_WORDS = frozenset(
    [
        *("russian", "ukrainian", "english", "german", "french", "arabic", "translated", "translation"),
        *("archived", "deleted", "dead", "link", "pdf", "paywall", "untitled", "description", "screenshot"),
        *("photo", "image", "video", "audio", "map", "thread", "post", "tweet", "no", "author", "unknown"),
    ]
)


def _bracketed_opening(text: str) -> tuple[str | None, str | None]:
    """A note opening in square brackets, as `_opening_name` answers: the name there, as legal notes supply a
    name the source does not print (`[Two Majors], Telegram, January 21, 2022, …`), read as no name, the URL's
    channel stood for the author and another channel's post passed; else what follows an aside that names no
    one (`[Video of the strike]`, `[in Russian]`, `[Russian]`, `[Untitled]`, `[Telegram]`): a name's words
    are each capitalised and none of them says what the source is."""
    close = text.find("]", 1, _BRACKETED_NAME_REACH)
    if close < 0 or text[close + 1 : close + 2] not in ("", ",", ".", ";", ":", "(", " "):
        return None, None
    inside = text[1:close].strip()
    words = inside.split()
    if (
        _names_someone(inside)
        and all(word[:1].isupper() or word in NAME_PARTICLES for word in words)
        and not any(word.casefold() in _BRACKETED_ASIDE_WORDS for word in words)
    ):
        return inside, None
    return None, _LEADING_PUNCTUATION.sub("", text[close + 1 :])


def _quoted_channel_name(text: str) -> str | None:
    """The quoted name after a channel's description (`Telegram channel “Rybar”, …`: `Rybar`); `""` when
    its quote does not close; None when the note does not open so. The URL's handle stood for the author,
    and a note naming another channel than the post's passed the author check."""
    match = _CHANNEL_BEFORE_QUOTED_NAME.match(text)
    if match is None:
        return None
    quote = next(iter_quotes(text[match.end() :]), None)
    name = quote.text.strip(" ,.;:\u00a0") if quote is not None and quote.start == 0 else ""
    return name if len(name.split()) <= _MAX_NAME_WORDS else ""


def _platform(url: str | None, text: str) -> Platform | None:
    # The link decides where the source lives; words decide only when there is no link. (`url` is an http
    # URL with a host, as `_first_url` found: its split is the one `is_http_url` kept.)
    # A Mastodon post is known by its link's path, on any host (`mastodon_platform`).
    return (
        (mastodon_platform(url) or platform_from_host(http_target(url).host))
        if url
        else platform_from_words(text)
    )


# Words before a handle that name it as another account than the poster's: the one replied to, quoted,
# thanked, or that shared the post (`Alice Jones, replying to @bob`, `Tweet by Alice Jones (retweeted by
# @bob)`). Searched for only in the few characters before each handle.
_OTHER_ACCOUNT_BEFORE = on_first_use(
    r"(?:\b(?:repl(?:y|ying|ied)|in reply|respond(?:ing|ed)?|response)\s+to|\bquot(?:ing|ed by)"
    r"|\b(?:re)?tweeted by|\bre-?posted by|\bshared by|\bretweeting|\bmentioning|\btagging|\bh/t"
    r"|\bhat tip(?: to)?|\bcc:?)\s*$",
    re.IGNORECASE,
)
_OTHER_ACCOUNT_REACH = 30  # characters before a handle: the longest such words and their spaces
_MOST_HANDLES_READ = 20  # a note names an account or two


def _handle(url_handle: str | None, text: str, platform: Platform | None = None) -> str | None:
    """The handle the note names in words is its claim of who posted; the URL's is only where the post is
    (and on X any handle in a status URL leads to the post). A handle the note names as another account
    (`replying to @bob`) is no claim, and the URL's handle none either when it is that account: the author
    check took `@bob` for the note's claim, passed on bob's post and never compared the note's author. A
    Bluesky post's handles are domain names (`_BLUESKY_HANDLE`)."""
    if "@" not in text:
        return url_handle
    others: set[str] = set()
    handles = _BLUESKY_HANDLE() if platform is Platform.BLUESKY else _HANDLE()
    for match in itertools.islice(handles.finditer(text), _MOST_HANDLES_READ):
        before = text[max(0, match.start() - _OTHER_ACCOUNT_REACH) : match.start()]
        if _OTHER_ACCOUNT_BEFORE().search(before) is None:
            return match.group("handle")
        others.add(match.group("handle").casefold())
    short = _short_bluesky_handle(url_handle, text) if platform is Platform.BLUESKY else None
    if short is not None:
        return short
    if url_handle is not None and url_handle.casefold() in others:
        return None
    return url_handle


# A Bluesky handle written without its domain (`@dvamajors` for `dvamajors.bsky.social`, `@bellingcat` for
# `bellingcat.com`): not the start of a domain, nor of a Mastodon handle.
_SHORT_BLUESKY_HANDLE = on_first_use(
    r"(?<![\w@.])@(?P<handle>[A-Za-z0-9][A-Za-z0-9-]{0,62})(?![\w@-]|\.[A-Za-z0-9])"
)


def _short_bluesky_handle(url_handle: str | None, text: str) -> str | None:
    """The handle a Bluesky note names without its domain: the URL's where it is that one's first label
    (`@bellingcat`, for bellingcat.com's post), else the name as written, which no domain handle is equal to.
    Passed over, the note's `@dvamajors` named nobody, the URL's `rybar.bsky.social` stood for the author and
    the handle, and the post of another account passed. None where the note writes none, or the URL names
    its account by DID only (no handle there to tell the two apart)."""
    if url_handle is None:
        return None
    for match in itertools.islice(_SHORT_BLUESKY_HANDLE().finditer(text), _MOST_HANDLES_READ):
        before = text[max(0, match.start() - _OTHER_ACCOUNT_REACH) : match.start()]
        if _OTHER_ACCOUNT_BEFORE().search(before) is not None:
            continue
        written = match.group("handle")
        return url_handle if url_handle.split(".", 1)[0].casefold() == written.casefold() else written
    return None


# APA's and Chicago's word that the source gives no date: `Rybar. (n.d.). …`, `Rybar, "…," Telegram, n.d., …`.
# In lower case: `Fargo, N.D.,` is North Dakota, and `(N.D. Cal. …)` a court.
_NO_DATE_WRITTEN = re.compile(r"(?:\(\s?|,\s)n\.\s?d\.(?:\s?\)|,)")


def _says_undated(text: str) -> bool:
    """Whether `text` says its source is undated (`_NO_DATE_WRITTEN`). Every match holds `n.`: a note without
    it (most) is not searched from each place."""
    return "n." in text and _NO_DATE_WRITTEN.search(text) is not None


# A numeric date of a two-digit year, as `dates` finds it ambiguous in a note of East Asian or Thai script,
# and those scripts' characters as `dates` tells them: kana, CJK ideographs, Hangul; Thai.
_SHORT_YEAR_NUMERIC_DATE = on_first_use(r"(?P<a>\d{1,2})(?P<separator>[./])(?P<b>\d{1,2})[./]\d{2}")
_EAST_ASIAN_RANGES = (("\u3040", "\u30ff"), ("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uac00", "\ud7af"))
_THAI_RANGE = ("\u0e01", "\u0e5b")


def _in_script(text: str, first: str, last: str) -> bool:
    return any(first <= character <= last for character in text)


def _why_ambiguous(found_text: str, note: str) -> str:
    """What could be read two ways in an ambiguous date, as `dates` reads it: a two-digit year's numbers in a
    note of Japanese, Chinese or Korean script may be the year first (`22/01/21`: 21 January 2022, or 22
    January 2021); in Thai script, the year may be the Buddhist era's (`21/01/65`: 2565, 2022, or 2065); a
    slash date's first two numbers, each a month's, may be day and month or month and day. "Day and month
    could be swapped" was said of each, untrue of `22/01/21` and `21/01/65`."""
    numeric = _SHORT_YEAR_NUMERIC_DATE().fullmatch(found_text)
    if numeric is None:
        return "day and month could be swapped"
    day_and_month = numeric["separator"] == "/" and max(int(numeric["a"]), int(numeric["b"])) <= 12
    reasons = ["day and month could be swapped"] if day_and_month else []
    if _in_script(note, *_THAI_RANGE):
        reasons.append(
            "its two-digit year could be the Buddhist era's, as Thai writes it, or the Gregorian's"
        )
    elif any(_in_script(note, *bounds) for bounds in _EAST_ASIAN_RANGES):
        reasons.append(
            "its first number could be the year (Japanese, Chinese and Korean write it first) or the day"
        )
    return ", and ".join(reasons) or "day and month could be swapped"


def _date_findings(found_text: str, note: str, line: int) -> tuple[Finding, ...]:
    return (
        Finding(
            code="ambiguous-date",
            message=f"ambiguous date {found_text!r}: {_why_ambiguous(found_text, note)}; "
            "write the month as a word or use YYYY-MM-DD",
            line=line,
            field="date",
        ),
    )


# A legal note citing a court's record by its case (Bluebook's `Order, United States v. Smith, No.
# 1:21-cr-00123 (D.D.C. Jan. 21, 2022), ECF No. 45.`, `Smith v. Jones, 123 F.3d 456 (2d Cir. 2021).`,
# `Complaint \u00b6 12, Doe v. Roe, …`, `In re Grand Jury Subpoena, …`): the document before the caption
# (`Order`, `Mem. Op. at 3`, `Tr. of Hr'g 14:2-5`) and the caption's first party were each read as the
# note's author. The caption is the case's name, followed by its docket number, its reporter's volume and
# page, or the court's parenthetical. Anchored, tried once on a note holding ` v. `, `In re ` or `Ex parte `;
# each part is a bounded run of a few dozen characters.
#
# The parties stand either side of `v.`, or of another word captions write between them: `v` (no stop, as
# OSCOLA and many writers put it in a United States citation too: `Roe v Wade, 410 U.S. 113 (1973)`), `vs` and
# `vs.`, Quebec's and France's `c.`, German's `gegen`. With one of those the caption must be followed by a
# parenthetical's year or the Supreme Court's reporter (`case_note`): `Rybar v Telegram, 2022 SCCS 5` is no
# case. Read as no case, each caption was the note's author (`Roe v Wade`), which no page names.
_CAPTION_SEPARATORS = r"(?:v\.?|vs\.?|c\.|gegen)"
# A court named after the caption's comma, as an English memo writes it without brackets (`Smith v Jones, High
# Court, 3 March 2024`): only a court's name as courts are called (`High Court`, `Court of Appeal`,
# `Employment Appeal Tribunal`), with the words of its country or division after it (`Court of Appeal of New
# Zealand`, `High Court (Chancery Division)`), and nothing else before the next comma or stop. Any other words
# there (`Smith v Jones, London, …`, `Smith v Jones, Example News`) are a place's or a publisher's, no
# court's. Case-sensitive, as names are written; bounded runs.
_COURT_KINDS = (
    r"(?:(?:High|Supreme|Crown|County|Family|Federal|Constitutional|District|Circuit|Magistrates['\u2019]?"
    r"|Youth|Tax|Commercial|Admiralty|Divisional|Superior|Provincial|Labour|Labor|Sheriff|Sheriff\sAppeal"
    r"|Federal\sCircuit(?:\sand\sFamily)?|Land\sand\sEnvironment|General|Regional|Administrative)\sCourt"
    r"|Court\sof\s(?:Appeal|Appeals|Session|Final\sAppeal|Criminal\sAppeal|Protection|Cassation)"
    r"|(?:Upper|First-tier|Employment|Employment\sAppeal|Competition\sAppeal)\sTribunal"
    r"|House\sof\sLords|(?:Judicial\sCommittee\sof\sthe\s)?Privy\sCouncil|High\sCourt\sof\sJusticiary"
    r"|European\sCourt\sof\s(?:Human\sRights|Justice)|Court\sof\sJustice\sof\sthe\sEuropean\sUnion"
    r"|International\sCourt\sof\sJustice)"
)
_COURT_AFTER_A_COMMA = (
    rf",\s{{1,3}}(?P<court>{_COURT_KINDS}"
    r"(?:\s(?:of|for|in)\s(?:the\s)?[A-Z][\w'\u2019]{0,20}(?:\s[A-Z][\w'\u2019]{0,20}){0,3})?"
    r"(?:\s\([A-Z][\w'\u2019]{0,20}(?:\s[A-Z][\w'\u2019]{0,20}){0,3}\))?)(?=\s{0,3}(?:[,.;]|$))"
)
_COURT_AFTER_THE_CAPTION = on_first_use(_COURT_AFTER_A_COMMA)
_CASE_NOTE = on_first_use(
    r"(?:(?P<document>[^,\n]{1,60}),\s{1,3})?"
    r"(?P<caption>(?:In\sre|Ex\sparte)\s[^,()\n]{1,80}?"
    rf"|[A-Z][^,()\n]{{0,80}}?\s(?P<separator>{_CAPTION_SEPARATORS})\s[A-Z\u00c0-\u00de][^,()\n]{{0,80}}?)"
    r"(?=(?:,\s{1,3}et\sal\.)?(?:,\s{1,3}(?:Nos?\.|[Nn]o\.|Nr\.|Case\sNo\.|\d{1,4}\s[A-Z]|\d{4}-Ohio-)|\s{0,3}\()"
    rf"|{_COURT_AFTER_A_COMMA})"
)
# The court and the year (and the day) in the parenthetical after the caption: `(D.D.C. Jan. 21, 2022)`,
# `(2d Cir. 2021)`, `(S.D.N.Y. filed Mar. 3, 2022)`, and as an English memo writes it, the day before its
# month after a comma (`(High Court, 3 March 2024)`: the court was `High Court, 3 March`); `(1964)` names no
# court.
_COURT_PARENTHETICAL = on_first_use(
    r"\((?P<court>[^()\n]{0,40}?)\s{0,3}"
    r"(?:[A-Z][a-z]{2,8}\.?\s{1,3}\d{1,2},\s{1,3}|,?\s{0,3}\d{1,2}(?:st|nd|rd|th)?\s{1,3}"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s{1,3})?"
    r"(?P<year>\d{4})\)"
)
_COURT_PARENTHETICAL_REACH = 160  # past the caption: its docket number, reporter and page
# A court named in words alone in the parenthetical right after the caption, its year given elsewhere or not
# at all (`Smith v Jones (High Court), 3 March 2024`, `(Court of Appeal)`): a few capitalised words and
# `Court` or `Tribunal`, the words of its name after it. Read as naming no court, the note had no author.
_COURT_IN_WORDS = on_first_use(
    r"\s{0,3}\((?P<court>(?:[A-Z][\w'\u2019]{0,20}\s{1,3}){0,5}(?:Court|Tribunal)"
    r"(?:\s{1,3}(?:of|for|in|the|[A-Z][\w'\u2019]{0,20})){0,6})\)"
)
# A case note as OSCOLA and the Commonwealth's styles write it: `v` without a stop, and after the caption a
# year in square brackets with the neutral citation (`Harbourline Shipping Ltd v Port Amal Authority [2024]
# EWHC 611 (Comm)`: the court, its number of the year's judgments, its division) or a law report's volume,
# series and page (`[2024] 1 WLR 123`, `[2024] 2 Lloyd's Rep 45`, `Donoghue v Stevenson [1932] AC 562
# (HL)`), which names no court but in the parenthetical after it (`HL`), save Canada's Supreme Court Reports
# (`[2016] 1 SCR 631`, in French `RCS`), which hold that court's judgments alone; Canada's neutral citation
# has no brackets and follows a comma (`R v Jordan, 2016 SCC 27`). A caption is two parties (`A v B`, with an
# `ex parte` applicant after a comma: `R v Home Secretary, ex p Doody`) or one matter (`Re B (A Child)`, `In
# re X`, `Ex parte X`, `In the matter of X`). Bluebook's `_CASE_NOTE` read neither: the caption's first party
# (or `Re B`) was taken for the author, or no one. Anchored, tried once on a note holding a caption's word
# (`_may_cite_a_case`); each part is a bounded run, and the caption's parties hold no bracket (`R (Miller) v
# ...` holds parentheses) and no comma but the one before `ex parte`, so each run stops at the first comma.
#
# The courts whose neutral citations stand in square brackets: the United Kingdom's and England and Wales's
# (the Employment Appeal Tribunal's `UKEAT 0123_19_0101` as BAILII numbers it), Northern Ireland's,
# Scotland's, Ireland's, Australia's, New Zealand's, Singapore's, Hong Kong's and South Africa's. Matched
# whole (a space after each), so `FCA` is not taken for `FCAFC`, nor a law report's series for a court.
_BRACKETED_NEUTRAL_COURTS = (
    r"(?:UKSC|UKPC|UKHL|UKUT|UKFTT|UKEAT|UKET|UKAIT|UKIAT|UKSIAC|UKIPTrib|EAT|CAT"
    r"|EWCA\s(?:Civ|Crim)|EWHC|EWCOP|EWFC|EWCC|EWMC"
    r"|NICA|NIQB|NIKB|NICh|NIFam|NICC|NIMaster"
    r"|CSOH|CSIH|HCJAC|HCJ|SAC\s\((?:Civ|Crim)\)"
    r"|IESC|IECA|IEHC|IECCA"
    r"|HCA|FCA|FCAFC|FamCA|FamCAFC|FedCFamC[12][AFG]|AATA|NSWCA|NSWSC|NSWCCA|NSWLEC|NSWDC|VSCA|VSC|QCA|QSC"
    r"|WASCA|WASC|SASC|SASCFC|SASCA|TASSC|TASCCA|TASFC|ACTSC|ACTCA|NTSC|NTCA"
    r"|SCC|NZSC|NZCA|NZHC|NZEmpC|NZFC|NZDC|SGCA|SGHC|HKCFA|HKCA|HKCFI|ZACC|ZASCA)(?=\s)"
)
# Canada's courts, whose neutral citation follows the caption's comma without brackets (`2016 SCC 27`, and
# in French `2016 CSC 27`).
_CANADIAN_NEUTRAL_COURTS = (
    r"(?:SCC|CSC|FCA|FC|TCC|CMAC|ONCA|ONSC|ONCJ|BCCA|BCSC|BCPC|ABCA|ABQB|ABKB|ABPC|SKCA|SKQB|SKKB|MBCA|MBQB|MBKB"
    r"|QCCA|QCCS|QCCQ|NBCA|NBQB|NBKB|NSCA|NSSC|NLCA|NLSC|PECA|PESC|YKCA|YKSC|NWTCA|NWTSC|NUCA|NUCJ)(?=\s)"
)
_BRACKETED_CASE_NOTE = on_first_use(
    r"(?P<caption>(?:In\sre|Re|Ex\sparte|In\sthe\smatter\sof)\s[^,\[\]\n]{1,120}?"
    rf"|[A-Z][^,\[\]\n]{{0,120}}?\s{_CAPTION_SEPARATORS}\s[A-Z\u00c0-\u00de(][^,\[\]\n]{{0,120}}?"
    r"(?:,\s{1,3}[Ee]x\sp(?:arte|\.)?\s[A-Z][^,\[\]\n]{0,80}?)?)"
    r"(?:,?\s{1,3}\[(?P<bracketed_year>\d{4})\]\s{1,3}"
    rf"(?:(?P<neutral>{_BRACKETED_NEUTRAL_COURTS})\s{{1,3}}\d{{1,5}}(?:_\d{{1,4}}){{0,2}}"
    r"(?:\s{0,3}\((?P<division>[A-Z][A-Za-z&]{0,11})\))?"
    r"|\d{1,3}\s{1,3}(?P<supreme_court_reports>S\.?\s?C\.?\s?R\.?|R\.?\s?C\.?\s?S\.?)\s{1,3}\d{1,5}\b"
    r"|(?:\d{1,3}\s{1,3})?[A-Z][A-Za-z']{0,7}(?:\s[A-Z][A-Za-z']{0,7}){0,2}\s{1,3}\d{1,5}"
    r"(?:\s{0,3}\((?P<reported_court>[A-Z][A-Za-z.]{0,10}(?:\s[A-Z][A-Za-z.]{0,10}){0,2})\))?)"
    rf"|,\s{{1,3}}(?P<canadian_year>\d{{4}})\s{{1,3}}(?P<canadian>{_CANADIAN_NEUTRAL_COURTS})\s{{1,3}}\d{{1,5}}\b)"
)
# A United States reporter of the Supreme Court's opinions alone, right after the caption (`347 U.S. 483`,
# `140 S. Ct. 1`, `98 L. Ed. 2d 1`): Bluebook names no court in the parenthetical then (`(1954)`), as the
# reporter says which it is.
_SUPREME_COURT_REPORTER = on_first_use(
    r",\s{1,3}\d{1,4}\s{1,3}(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?)\s{1,3}\d"
)
SUPREME_COURT_OF_THE_UNITED_STATES = "U.S. Supreme Court"
# Words after the court in its parenthetical that say what happened to the document, not who wrote it.
_COURT_ACTION_WORDS = frozenset(("filed", "entered", "decided", "argued", "issued", "dated"))
# How a court's own document is named before its caption (case-folded, its stops kept): an order, an
# opinion, a judgment, a transcript of the court's hearing. Any other (`Complaint`, `Mot. to Dismiss`, `Br.
# for Appellant`, `Decl. of …`) is a party's filing: the court is not its author.
_COURTS_DOCUMENTS = (
    *("order", "op.", "opinion", "mem. op", "mem. & order", "memorandum op", "memorandum and order"),
    *("judgment", "j.", "minute order", "min. order", "decision", "ruling", "slip op", "tr.", "transcript"),
    *("hr'g tr", "findings", "report and recommendation", "r. & r.", "verdict", "sentencing"),
)


# A party's filing that names who filed it: a motion, a brief, a petition, a declaration or an affidavit
# `of` or `by` someone (`Motion of Defendant Acme Corp. to Dismiss`, `Decl. of Jane Smith \u00b6 4`, `Br. of
# Amicus Curiae EFF`), up to the words that say what it asks or where (`to`, `in`, `for`, `at`, `\u00b6`).
# Tried on the document's few dozen characters (`_CASE_NOTE`'s), only where the document is no court's.
_NAMED_FILER = on_first_use(
    r"(?:Motion|Mot\.|Declaration|Decl\.|Affidavit|Aff\.|Brief|Br\.|Petition|Pet\.)\s{1,3}(?:of|by)\s{1,3}"
    r"(?P<filer>[^\u00b6\u00a7]{1,60}?)"
    r"(?=\s{1,3}(?:to|in|for|re|at|under|pursuant|regarding|filed)\b|\s{0,3}[\u00b6\u00a7]|\s{0,3}$)"
)
# The words before a filer's name that say only which side filed (`Defendant`, `Amicus Curiae`), lowered:
# a filing `of Defendants` alone names no one.
_PARTY_ROLES = frozenset(
    (
        *("defendant", "defendants", "def.", "defs.", "plaintiff", "plaintiffs", "pl.", "pls.", "the"),
        *("respondent", "respondents", "resp.", "petitioner", "petitioners", "pet.", "appellant"),
        *("appellants", "appellee", "appellees", "intervenor", "intervenors", "amicus", "amici", "curiae"),
        *("non-party", "nonparty", "third-party", "counter-defendant", "counter-plaintiff", "proposed"),
    )
)


def _named_filer(document: str) -> str | None:
    """Who filed a party's filing, where the document's name says (`Motion of Defendant Acme Corp. to
    Dismiss`: Acme Corp.); None where it names only a side (`Motion of Defendants`) or no one
    (`Complaint`)."""
    found = _NAMED_FILER().match(document)
    if found is None:
        return None
    words = found["filer"].split()
    while words and words[0].casefold() in _PARTY_ROLES:
        words.pop(0)
    if not words or not words[0][:1].isupper():
        return None
    return " ".join(words)


@dataclass(frozen=True, repr=False, eq=False)
class CaseNote:
    """What a legal note citing a court's record says of it (`_CASE_NOTE`)."""

    caption: str  # `United States v. Smith`
    document: str | None  # `Order`, `Complaint \u00b6 12`; None for the case itself (its opinion)
    court: str | None  # `D.D.C.`, `2d Cir.`; None where the parenthetical names none
    # The year of a neutral citation (`[2024] EWHC 611`, `2016 SCC 27`) or of a Bluebook parenthetical
    # (`(1st Cir. 2019)`): the judgment's own. None for a law report alone (whose year is its volume's, not
    # always the judgment's).
    year: str | None = None

    @property
    def by_the_court(self) -> bool:
        """Whether the document is the court's own (an order, an opinion), not a party's filing."""
        return self.document is None or self.document.casefold().startswith(_COURTS_DOCUMENTS)

    @property
    def filer(self) -> str | None:
        """Who filed a party's filing, where its name says (`Motion of Acme Corp. to Dismiss`); None for the
        court's own document and a filing that names no one (`Complaint`: the caption's parties are the
        case's, and which of them filed it the note does not say)."""
        return None if self.by_the_court or self.document is None else _named_filer(self.document)


def case_of(footnote: Footnote) -> CaseNote | None:
    """The case whose court record the note cites (`case_note`), read again from its words: asked only where
    its author is missing, to say why (most notes are not read so twice)."""
    return case_note(_blank_note_quotes(note_prose(footnote)))


def case_note(unquoted: str) -> CaseNote | None:
    """The case a legal note cites a court's record of, or None for any other note. `unquoted`: the note's
    words with its quoted passages blanked (a title's `Trump v. Biden` is no case cited)."""
    if not may_cite_a_case(unquoted):
        return None  # most notes
    opening = _without_name_prefix(_LEADING_PUNCTUATION.sub("", unquoted))
    # A company party's comma (`Acme Widgets, Inc.`) masked, so the patterns read it inside its party; the
    # caption is taken from the note's own words at the place found.
    masked = masked_company_commas(opening)
    european = european_case(opening)
    if european is not None:
        ecli = european_case_law_identifier(unquoted) if "ECLI:" in unquoted else None
        return CaseNote(european.caption, None, european.court, ecli[1] if ecli is not None else None)
    if "[" in unquoted or _holds_a_caption_separator(unquoted):
        bracketed = _bracketed_case_note(masked, opening)
        if bracketed is not None:
            return bracketed
    if not _holds_a_caption_separator(unquoted) and "In re " not in unquoted and "Ex parte " not in unquoted:
        return None
    found = _CASE_NOTE().match(masked)
    if found is None:
        return None
    caption = _as_written(found, "caption", opening)
    document = _as_written(found, "document", opening) if found["document"] is not None else None
    parenthetical = _COURT_PARENTHETICAL().search(
        opening, found.end(), found.end() + _COURT_PARENTHETICAL_REACH
    )
    words = parenthetical["court"].split() if parenthetical is not None else []
    while words and words[-1].casefold() in _COURT_ACTION_WORDS:
        words.pop()
    court = " ".join(words).rstrip(",")  # `(High Court, 2024)`
    # `Cal. Ct. App. 2d Dist., Div. 3`: California's court as its opinions name it, its district too.
    if parenthetical is not None and court[:4] == "Cal.":
        court = state_court_in_parenthetical(parenthetical[0][1:-1].strip()) or court
    if parenthetical is None:
        named = _COURT_IN_WORDS().match(opening, found.end()) or _COURT_AFTER_THE_CAPTION().match(
            opening, found.end()
        )
        words = named["court"].split() if named is not None else []
        court = " ".join(words) if len(words) > 1 else ""  # `(Court)` alone names none
    if not _holds_a_letter(court):
        # `Brown v. Board of Education, 347 U.S. 483 (1954)`: the reporter alone names the court.
        at_the_supreme_court = _SUPREME_COURT_REPORTER().match(opening, found.end()) is not None
        court = SUPREME_COURT_OF_THE_UNITED_STATES if at_the_supreme_court else ""
    year = parenthetical["year"] if parenthetical is not None else None
    if not court:
        # `People v. Smith, 2024 IL 128012`, `Smith v. Jones, 123 Cal. App. 5th 456 (2024)`: the public-domain
        # citation or the official reporter names the state's court, as Bluebook then names none.
        state = state_court(opening[found.end() : found.end() + _COURT_PARENTHETICAL_REACH])
        court, year = (state[0], year or state[1]) if state is not None else (court, year)
    if found["separator"] not in (None, "v.") and parenthetical is None and not court:
        # `Rybar v Telegram, 2022 SCCS 5, Example News`: a caption's look, but no year nor reporter of a case.
        return None
    return CaseNote(caption, document or None, court or None, year)


def _dated_by_a_portuguese_act(prose: str) -> DateFind | None:
    """The day of the Portuguese act a note designates (`Decreto-Lei n.º 20/2024, de 12 de março`: the
    Diário da República's day it was published in, the year the act's number's), read where the note gives
    no full date: quoted as its title too, as the designation is the act's name. None for any other note."""
    designation = portuguese_act_designation(prose)
    return DateFind(designation.day, text=designation.written) if designation is not None else None


def may_cite_a_case(unquoted: str) -> bool:
    """Whether the note holds a word of a case's caption, case-sensitive as captions write them (`v`, `In
    re`, `Re`, `Ex parte`): one that holds none (most notes) is not matched against the case notes' patterns.
    Tests in a row, not a generator's steps: every note is asked."""
    return (
        _holds_a_caption_separator(unquoted)
        or "Re " in unquoted
        or "In re " in unquoted
        or "Ex parte " in unquoted
        or "In the matter of " in unquoted
    )


# A note citing legislation by its name or number: a statute (`Data Protection Act 2018, s. 155(1)`), a code
# (`Criminal Code, RSC 1985, c C-46, s 83.18`, `18 U.S.C. \u00a7 1030`, `BGB \u00a7 823`), a regulation or a
# directive (`Regulation (EU) 2016/679, art. 83`), a treaty or a charter (`Treaty on European Union, art. 6`).
# It names no author: its name was read as one, and the author check held a page of the statute to
# `Data Protection Act 2018` as to a person. Anchored at the note's opening: an instrument's name (a
# capitalised run of at most 100 characters holding no comma, ending in a word that names its kind; one
# opening with a writer's name and `on the` is a book on an instrument, not the instrument: `Smith on the
# Data Protection Act 2018, s. 155` is Smith's, where it was read as the Act and named no author), its
# year or chapter, and a provision (`s.`, `art.`, `\u00a7`, `reg.`, `Part`, ...) or the note's end; an
# EU instrument or a United States code by its number alone; an abbreviation (`GDPR`, `StGB`) only before a
# provision. Each part is a bounded run, tried once.
_LEGISLATION_KINDS = (
    r"(?:Act|Code|Regulations?|Directive|Treaty|Convention|Constitution|Charter|Statute|Ordinance|Decree"
    r"|Rules|Gesetz|Gesetzbuch|Grundgesetz|Verordnung)"
)
_PROVISION = (
    r"(?:\u00a7|(?i:ss?|sec|secs|sections?|arts?|articles?|regs?|regulations?|r|rr|rules?|paras?|paragraphs?"
    r"|sch|sched|schedules?|pts?|parts?|ch|chapters?|titles?|recitals?|annex)\.?\s{0,3}[\dIVX])"
)
# The provisions an abbreviated code or statute is cited by (`BGB \u00a7 823`, `GDPR, art. 83`, `DPA 2018, s.
# 155`): fewer than a named one's, as an outlet's letters before a paragraph (`Ofcom, para. 12`) cite no law.
_CODE_PROVISION = r"(?:\u00a7|(?i:ss?|sec|arts?|regs?)\.?\s{0,3}\d)"
_LEGISLATION = on_first_use(
    r"(?P<instrument>"
    r"(?:(?:Council|Commission|Implementing|Delegated)\s{1,3}){0,3}(?:Regulation|Directive|Decision)\s{1,3}"
    r"\((?:EU|EC|EEC|Euratom|EU,\s{0,3}Euratom)\)\s{1,3}(?:No\.?\s{1,3})?\d{1,4}/\d{1,4}"
    r"|\d{1,3}\s{1,3}(?:U\.\s?S\.\s?C\.(?:\s?A\.)?|C\.\s?F\.\s?R\.|USC|CFR|Stat\.)\s{1,3}(?:\u00a7{1,2}\s{0,3})?"
    r"\d[\w-]{0,12}(?:\.\d[\w-]{0,12}){0,3}"
    rf"|(?:[A-Z][^,;:()\[\]\n\u00a7\"\u201c\u201d]{{0,100}}?\s{{1,3}})?{_LEGISLATION_KINDS}\b"
    r"(?:\s{1,3}(?:on|of|for|against|relating\s{1,3}to)\s{1,3}(?:the\s{1,3})?[A-Z][^,;:()\[\]\n\u00a7\"\u201c\u201d]{0,100}?)?"
    r"(?:\s{1,3}(?:of\s{1,3})?\d{4})?(?:\s{0,3}\((?:c\.?\s{0,3}\d{1,4}|[A-Z]{2,4})\))?"
    r"(?=(?:,\s{1,3}(?:R\.?S\.?|S\.?)[A-Z]{0,3}\.?\s{1,3}\d{4}(?:,\s{1,3}c\.?\s{0,3}[A-Z]{0,2}-?\d{1,4}(?:\.\d{1,3})?)?)?"
    rf"(?:,?\s{{1,3}}{_PROVISION}|[\s.;,]{{0,10}}$))"
    rf"|[A-Z][A-Za-z]{{0,6}}[A-Z](?:\s{{1,3}}\d{{4}})?(?=,?\s{{1,3}}{_CODE_PROVISION})"
    r")"
)
_LEGISLATION_OPENING_CHARS = 240


def cited_legislation(unquoted: str) -> str | None:
    """The legislation a note opens by citing (`_LEGISLATION`): `Data Protection Act 2018`, `Regulation (EU)
    2016/679`, `18 U.S.C. \u00a7 1030`, `Criminal Code`; None for any other note. `unquoted`: the note's
    words with its quoted passages and links blanked."""
    head = unquoted[:_LEGISLATION_OPENING_CHARS]
    if not _may_name_legislation(head):
        return None  # most notes
    found = _LEGISLATION().match(_without_name_prefix(_LEADING_PUNCTUATION.sub("", head)))
    if found is None:
        return None
    instrument = " ".join(found["instrument"].split())
    return None if _ON_THE in instrument and writers_on(instrument) is not None else instrument


def legislation_of(footnote: Footnote) -> str | None:
    """The legislation a note cites (`cited_legislation`), read again from its words: asked only where its
    author is missing, to say why (most notes are not read so twice)."""
    return cited_legislation(unquoted_note_words(footnote))


def unquoted_note_words(footnote: Footnote) -> str:
    """A note's words with its quoted passages and links blanked, as the readers of legal notes take them
    (`case_note`, `cited_legislation`): a title's `Trump v. Biden` or `Data Protection Act` is cited by no
    one."""
    return _blank_note_quotes(note_prose(footnote))


def _may_name_legislation(head: str) -> bool:
    """Whether a note's opening may cite legislation as `_LEGISLATION` reads it: a section sign, or a word
    of an instrument's kind before its first comma (an instrument's name holds none: `_LEGISLATION_WORDS`,
    a German statute's compound), or an abbreviation there (`GDPR`, `DPA 2018`). Most notes hold none, and
    are not matched: its words are a set's, as 18 tests in a row cost every note more."""
    first = head.partition(",")[0]
    if "\u00a7" in head or "esetz" in first:
        return True
    return not _LEGISLATION_WORDS.isdisjoint(first.split()) or _abbreviation_before_a_provision(head, first)


_LEGISLATION_WORDS = frozenset(
    (
        *("Act", "Code", "Regulation", "Regulations", "Directive", "Treaty", "Convention", "Constitution"),
        *(
            "Charter",
            "Statute",
            "Ordinance",
            "Decree",
            "Rules",
            "Verordnung",
            "U.S.C.",
            "C.F.R.",
            "USC",
            "CFR",
        ),
    )
)


def _abbreviation_before_a_provision(head: str, first: str) -> bool:
    """Whether a note opens with a short part ending in capitals, alone or before a year (`GDPR`, `DPA
    2018`), and a provision after its comma (`, art. 83`, `, s. 155`)."""
    if len(first) > 15 or not (first[-1:].isupper() or (first[-5:-4] == " " and first[-6:-5].isupper())):
        return False
    return head[len(first) : len(first) + 8].startswith((", art", ", Art", ", s", ", reg", ", \u00a7"))


_ON_THE = " on the "
_MOST_WRITER_WORDS = 3
# The words that join two writers (`Smith and Jones on the Companies Act 2006`), and, case-folded, those that
# name a kind of work, of statement or of instrument, not a writer: `Commentary on the Companies Act 2006`,
# `Statement on the Data Protection Act 2018`, `Convention on the Rights of the Child`, `Treaty on the
# Functioning of the European Union` name no one.
_WRITERS_JOINS = frozenset(("and", "&"))
_NO_WRITER_S_WORDS = frozenset(
    (
        *(word.casefold() for word in _LEGISLATION_WORDS),
        *("a", "an", "the", "protocol", "agreement", "commentary", "commentaries", "guide", "handbook"),
        *("introduction", "notes", "note", "explanatory", "report", "review", "essays", "essay", "article"),
        *("paper", "study", "consultation", "guidance", "lecture", "debate", "debates", "annotations"),
        *("european", "international", "united", "hague", "vienna", "geneva", "council", "commission"),
        *("statement", "statements", "remarks", "speech", "briefing", "testimony", "opinion", "comments"),
        *("comment", "memo", "memorandum", "letter", "submission", "submissions", "evidence", "response"),
        *("update", "factsheet", "summary", "overview", "analysis", "observations", "guidelines", "policy"),
        *("position", "amendment", "amendments", "changes", "reform", "reforms", "questions", "answers"),
        *("faq", "blog", "post", "podcast", "video", "webinar", "seminar", "course", "chapter", "section"),
        *("part", "explainer", "thoughts", "reflections", "perspectives", "notice", "press", "release"),
    )
)


def writers_on(name: str) -> str | None:
    """The writers a work's name opens with before `on the`, as English practitioners' books are named
    (`Smith on the Data Protection Act 2018`: Smith; `Smith & Jones on the ...`: Smith and Jones): a few
    capitalised words, none naming a kind of work or instrument. None where `name` opens with no such
    writer (`Convention on the Rights of the Child`, `Commentary on the Companies Act 2006`)."""
    before, on_the, _ = name[:_LEGISLATION_OPENING_CHARS].partition(_ON_THE)
    words = before.split()
    if not on_the or not 0 < len(words) <= _MOST_WRITER_WORDS or words[-1] in _WRITERS_JOINS:
        return None
    if not all(word[:1].isupper() or word in _WRITERS_JOINS for word in words) or "," in before:
        return None
    if any(word.casefold() in _NO_WRITER_S_WORDS for word in words):
        return None
    return " ".join("and" if word == "&" else word for word in words)


# The words between a caption's parties that no one's name holds (`v.` does: `Alexander v. Humboldt`).
_SEPARATORS_NO_NAME_HOLDS = frozenset(("v", "vs", "vs.", "c.", "gegen"))
_LONGEST_CAPTION_WORDS = 40


def _is_a_caption(name: str) -> bool:
    """Whether a name read from a note is a case's caption: two capitalised parties either side of `v`,
    `vs`, `vs.`, `c.` or `gegen` (`Roe v Wade`, `Ford c. Qu\u00e9bec`), which no author's name holds."""
    if " v " not in name and " vs" not in name and " c. " not in name and " gegen " not in name:
        return False  # most names
    words = name.split()[:_LONGEST_CAPTION_WORDS]
    return (
        words[:1] != []
        and words[0][:1].isupper()
        and any(
            word in _SEPARATORS_NO_NAME_HOLDS and following[:1].isupper()
            for word, following in itertools.pairwise(words[1:])
        )
    )


def _holds_a_caption_separator(unquoted: str) -> bool:
    """Whether the note holds a word captions write between the parties (`_CAPTION_SEPARATORS`), spaced as
    a caption spaces it: ` v. `, ` v `, ` vs `, ` vs. `, ` c. `, ` gegen `."""
    return (
        (" v" in unquoted and (" v. " in unquoted or " v " in unquoted or " vs" in unquoted))
        or " c. " in unquoted
        or " gegen " in unquoted
    )


def _as_written(found: re.Match[str], group: str, opening: str) -> str:
    """A part (`caption`, `document`) a case note's pattern found in the note's masked words
    (`masked_company_commas`), as the note writes it (`Acme Widgets, Inc.`), its spaces made one."""
    return " ".join(opening[found.start(group) : found.end(group)].split())


def _bracketed_case_note(masked: str, opening: str) -> CaseNote | None:
    """The case an OSCOLA or Commonwealth note opening with its caption cites (`_BRACKETED_CASE_NOTE`): its
    court is the neutral citation's, with its division (`EWHC (Comm)`, `EWCA Civ`, `UKSC`), or the one a law
    report's parenthetical names (`HL`); a law report alone names none (`[2024] AC 45`: the series holds
    several courts' judgments), and the court is not guessed from it, but for the Supreme Court Reports
    (`[2016] 1 SCR 631`), the Supreme Court of Canada's alone. Canada's `R v Jordan, 2016 SCC 27` is read so
    too, and a matter's caption (`Re B (A Child) [2013] UKSC 33`, `Ex parte X`). `masked`: `opening` with
    its company parties' commas masked (`masked_company_commas`)."""
    found = _BRACKETED_CASE_NOTE().match(masked)
    if found is None:
        return None
    caption = _as_written(found, "caption", opening)
    if found["neutral"] is not None:
        code = " ".join(found["neutral"].split())
        court = neutral_citation_court(code, found["division"])
        return CaseNote(caption, None, court, found["bracketed_year"])
    if found["canadian"] is not None:
        court = _CANADIAN_COURT_NAMES.get(found["canadian"], found["canadian"])
        return CaseNote(caption, None, court, found["canadian_year"])
    if found["supreme_court_reports"] is not None:
        # The Supreme Court Reports (`[2016] 1 SCR 631`, in French `RCS`) hold that court's judgments alone,
        # a volume's year the judgment's: read as naming no court, the note had no author.
        return CaseNote(caption, None, _CANADIAN_COURT_NAMES["SCC"], found["bracketed_year"])
    return CaseNote(caption, None, found["reported_court"])


# A European Case Law Identifier (`ECLI:EU:C:2014:317`: the country, the court's code, the year and the
# decision's number): the court and the year it encodes. The whole token was read as the note's author.
_ECLI = on_first_use(r"\bECLI:(?P<country>[A-Z]{2}):(?P<court>[A-Za-z0-9.]{1,7}):(?P<year>\d{4}):[\w.]{1,25}")
# The courts of the identifiers a memo cites most, by `country:court`, as their judgments name them; another
# is kept as written (`NL:RBAMS`).
_ECLI_COURTS = {
    "EU:C": "Court of Justice of the European Union",
    "EU:T": "General Court of the European Union",
    "CE:ECHR": "European Court of Human Rights",
    "NL:HR": "Hoge Raad",
    "NL:RVS": "Raad van State",
    "DE:BVERFG": "Bundesverfassungsgericht",
    "DE:BGH": "Bundesgerichtshof",
    "DE:BVERWG": "Bundesverwaltungsgericht",
    "FR:CCASS": "Cour de cassation",
    "FR:CECHR": "Conseil d'\u00c9tat",
    "AT:OGH0002": "Oberster Gerichtshof",
    "ES:TS": "Tribunal Supremo",
    "IT:CASS": "Corte suprema di cassazione",
    "BE:CASS": "Cour de cassation",
}


def european_case_law_identifier(unquoted: str) -> tuple[str, str] | None:
    """The court and the year a note's ECLI encodes (`ECLI:EU:C:2014:317`: the Court of Justice of the
    European Union, 2014); a court not named in `_ECLI_COURTS` as its code (`NL:RBAMS`). None for a note
    holding none."""
    found = _ECLI().search(unquoted)
    if found is None:
        return None
    code = f"{found['country']}:{found['court']}"
    return _ECLI_COURTS.get(code.upper(), code), found["year"]


def neutral_citation_court(code: str, division: str | None = None) -> str:
    """The court a bracketed neutral citation's code stands for (`EWCA Civ`: the Court of Appeal (Civil
    Division); `EWHC` with `(KB)`: the High Court of Justice (King's Bench Division)), as the judgment's own
    heading names it: the code is part of the citation, no author's name, and compared as an author with a
    page it matched nothing. A code not named here is kept as written, with its division (`NSWLEC`); a
    division not named here, as written after the court's name (`Family Court (B)`)."""
    name = _NEUTRAL_COURT_NAMES.get(code)
    if name is None:
        return f"{code} ({division})" if division is not None else code
    if division is None:
        return name
    divisions = _NEUTRAL_COURT_DIVISIONS.get(code, {})
    return f"{name} ({divisions.get(division, division)})"


# The courts the bracketed neutral citations' codes stand for (`_BRACKETED_NEUTRAL_COURTS`), in the words of
# their judgments' headings (`SCC` in square brackets, as a note may write it, is Canada's).
_NEUTRAL_COURT_NAMES = {
    "UKSC": "Supreme Court of the United Kingdom",
    "UKPC": "Judicial Committee of the Privy Council",
    "UKHL": "House of Lords",
    "UKUT": "Upper Tribunal",
    "UKFTT": "First-tier Tribunal",
    "UKEAT": "Employment Appeal Tribunal",
    "EAT": "Employment Appeal Tribunal",
    "UKET": "Employment Tribunal",
    "CAT": "Competition Appeal Tribunal",
    "UKSIAC": "Special Immigration Appeals Commission",
    "UKIPTrib": "Investigatory Powers Tribunal",
    "EWCA Civ": "Court of Appeal (Civil Division)",
    "EWCA Crim": "Court of Appeal (Criminal Division)",
    "EWHC": "High Court of Justice",
    "EWCOP": "Court of Protection",
    "EWFC": "Family Court",
    "EWCC": "County Court",
    "EWMC": "Magistrates' Court",
    "NICA": "Court of Appeal in Northern Ireland",
    "NIQB": "High Court of Justice in Northern Ireland (Queen's Bench Division)",
    "NIKB": "High Court of Justice in Northern Ireland (King's Bench Division)",
    "NICh": "High Court of Justice in Northern Ireland (Chancery Division)",
    "NIFam": "High Court of Justice in Northern Ireland (Family Division)",
    "NICC": "Crown Court in Northern Ireland",
    "CSOH": "Court of Session (Outer House)",
    "CSIH": "Court of Session (Inner House)",
    "HCJAC": "High Court of Justiciary (Court of Criminal Appeal)",
    "HCJ": "High Court of Justiciary",
    "IESC": "Supreme Court of Ireland",
    "IECA": "Court of Appeal of Ireland",
    "IEHC": "High Court of Ireland",
    "IECCA": "Court of Criminal Appeal of Ireland",
    "HCA": "High Court of Australia",
    "FCA": "Federal Court of Australia",
    "FCAFC": "Federal Court of Australia (Full Court)",
    "NSWCA": "New South Wales Court of Appeal",
    "NSWSC": "Supreme Court of New South Wales",
    "NSWCCA": "New South Wales Court of Criminal Appeal",
    "VSCA": "Supreme Court of Victoria (Court of Appeal)",
    "VSC": "Supreme Court of Victoria",
    "NZSC": "Supreme Court of New Zealand",
    "NZCA": "Court of Appeal of New Zealand",
    "NZHC": "High Court of New Zealand",
    "SGCA": "Court of Appeal of Singapore",
    "SGHC": "High Court of Singapore",
    "HKCFA": "Court of Final Appeal of Hong Kong",
    "HKCA": "Court of Appeal of Hong Kong",
    "HKCFI": "Court of First Instance of Hong Kong",
    "ZACC": "Constitutional Court of South Africa",
    "ZASCA": "Supreme Court of Appeal of South Africa",
    "SCC": "Supreme Court of Canada",
    "SAC (Civ)": "Sheriff Appeal Court (Civil)",
    "SAC (Crim)": "Sheriff Appeal Court (Criminal)",
}
# Canada's courts by their unbracketed neutral citations' codes (`_CANADIAN_NEUTRAL_COURTS`): `FCA` is the
# Federal Court of Appeal here, Australia's Federal Court in square brackets.
_CANADIAN_COURT_NAMES = {
    "SCC": "Supreme Court of Canada",
    "CSC": "Supreme Court of Canada",  # Cour supr\u00eame du Canada: French's citation of the same court
    "FCA": "Federal Court of Appeal",
    "FC": "Federal Court",
    "TCC": "Tax Court of Canada",
    "ONCA": "Court of Appeal for Ontario",
    "ONSC": "Ontario Superior Court of Justice",
    "BCCA": "Court of Appeal for British Columbia",
    "BCSC": "Supreme Court of British Columbia",
    "ABCA": "Court of Appeal of Alberta",
    "QCCA": "Court of Appeal of Quebec",
}
# The divisions, lists and chambers a neutral citation names in parentheses after its number, by court.
_NEUTRAL_COURT_DIVISIONS = {
    "EWHC": {
        "KB": "King's Bench Division",
        "QB": "Queen's Bench Division",
        "Ch": "Chancery Division",
        "Fam": "Family Division",
        "Admin": "Administrative Court",
        "Comm": "Commercial Court",
        "TCC": "Technology and Construction Court",
        "Pat": "Patents Court",
        "IPEC": "Intellectual Property Enterprise Court",
        "Admlty": "Admiralty Court",
        "SCCO": "Senior Courts Costs Office",
    },
    "UKUT": {
        "IAC": "Immigration and Asylum Chamber",
        "AAC": "Administrative Appeals Chamber",
        "TCC": "Tax and Chancery Chamber",
        "LC": "Lands Chamber",
    },
    "UKFTT": {"TC": "Tax Chamber", "GRC": "General Regulatory Chamber", "PC": "Property Chamber"},
}


# The words before the day a note retrieved or accessed its source (as Wikipedia's own citations and the
# citation styles write it, in English, German, French, Spanish, Italian, Portuguese and Russian; Bluebook's
# `last visited`), lowered.
_RETRIEVED_WORDS = (
    "retrieved",
    "accessed",
    "last visited",
    "date of access",
    "abgerufen am",
    "zugriff am",
    "consult\u00e9 le",
    "consultado el",
    "consultado em",
    "consultato il",
    "\u0434\u0430\u0442\u0430 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f",
    # Lithuanian's and Latvian's, as their Wikipedias cite (`žiūrėta 2024-05-01`, `skatīts 2024. gada 1.
    # maijā`).
    "\u017ei\u016br\u0117ta",
    "aplankyta",
    "skat\u012bts",
)
_RETRIEVED_DAY_REACH = 60  # characters after the word: `on 21 January 2022`, `: 2022-01-21`
# A note names its access once or twice (`retrieved …; last visited …`); a bound on those read, so a note
# of thousands of such words is not read for a day after each.
_MOST_RETRIEVED_WORDS = 8


def says_accessed(unquoted: str) -> bool:
    """Whether the note may say when its source was retrieved or accessed: a part of one of `_RETRIEVED_WORDS`
    in the case a note writes it (`Retrieved`, `Last accessed`, `Consult\u00e9 le`, `Date of access`,
    `\u0414\u0430\u0442\u0430 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f`). Most notes
    hold none, and are not lowered nor searched further; tests in a row, not a generator's steps, as every
    note is asked."""
    return (
        "etrieved" in unquoted
        or "ccess" in unquoted
        or "ast visited" in unquoted
        or "onsult" in unquoted
        or "bgerufen am" in unquoted
        or "ugriff am" in unquoted
        or "\u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f" in unquoted
        or "i\u016br\u0117ta" in unquoted
        or "plankyta" in unquoted
        or "kat\u012bts" in unquoted
    )


def accessed_day(unquoted: str, cited_at: tuple[int, int] | None = None) -> dt.date | None:
    """The day a note says its source was retrieved or accessed (`retrieved 21 January 2022`, `Last accessed:
    2023-03-05`, `consultado el 5 de marzo de 2023`, `(last visited Jan. 21, 2022)`): when it was read, no
    publication date. `unquoted`: the note's words with its URLs and quoted passages blanked (a title's
    `Accessed 3 May` is no access). A note naming two such days (`retrieved 1 May 2023 from the archive;
    last visited 5 May 2023, https://…`) was read when it says beside its link (`cited_at`: where the cited
    URL stands in `unquoted`); the first was taken, as was a word giving no day before one that gives one.
    Without the link's place, the first of them in the note."""
    if not says_accessed(unquoted):
        return None  # most notes
    lowered = unquoted.lower()
    found: list[tuple[int, int, int]] = []  # each access word's distance from the link, start and end
    for word in _RETRIEVED_WORDS:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            found.append((_distance(at, end, cited_at) if cited_at is not None else at, at, end))
            at = lowered.find(word, end)
    # Nearest the link first (or first in the note), each word's day read until one gives one.
    for _, _, end in sorted(found)[:_MOST_RETRIEVED_WORDS]:
        day = find_date(unquoted[end : end + _RETRIEVED_DAY_REACH]).date
        if day is not None:
            return day
    return None


def _distance(start: int, end: int, cited_at: tuple[int, int]) -> int:
    """How many characters stand between an access word (its day after it) and the cited link."""
    link_start, link_end = cited_at
    return start - link_end if start >= link_end else max(0, link_start - end)


def _cited_url_at(footnote: Footnote, prose: str, url: str | None) -> tuple[int, int] | None:
    """Where the note's cited URL stands in its words (`note_prose`, which keeps each character's place but
    for the label cut before it), or None where that cannot be said (a link definition's title for words)."""
    if url is None:
        return None
    at = footnote.text.find(url)
    blanked = blank_urls(footnote.text).rstrip()
    if at < 0 or not blanked.endswith(prose):
        return None
    opening = len(blanked) - len(prose)
    return (at - opening, at - opening + len(url)) if at >= opening else None


def retrieved_wiki_day(footnote: Footnote, citation: Citation) -> dt.date | None:
    """The day a note citing a wiki page (its link's, or `Wikipedia` named in words) gives as the day it
    retrieved it (`"Battle of X", Wikipedia, retrieved 21 January 2022`), the cited revision's and no
    publication date, kept as its `accessed`; None for any other note."""
    if citation.accessed is None:
        return None
    source_url = citation.original_url or citation.url
    if not (is_wiki_page(source_url) if source_url else "wikipedia" in note_prose(footnote).lower()):
        return None
    return citation.accessed


def parse_citation(footnote: Footnote) -> ParsedCitation:
    link = _first_url(footnote)
    url = cited_url(link) if link else None
    prose = note_prose(footnote)
    # A cited archived copy is the original post kept by an archive: where it lives, whose it is and which
    # post it is are the original's (a Wayback link to a tweet cites a tweet, not a page of archive.org).
    original = memento_original(url) if url else None
    source_url = original or url
    url_handle, post_id = post_locator(source_url) if source_url else (None, None)
    # TikTok's, Reddit's and Misskey's ids, which name no account `post_locator` would read.
    post_id = post_id or (linked_post_id(source_url) if source_url else None)
    # A date or a handle inside a quoted passage (the title, the post's words) is what it says, not the note's
    # claim: `"Strike of 21 January 2022," Telegram, 25 January 2022` was dated the 21st, and a post of that
    # day passed although the note says the 25th; `Dmitry Medvedev, "Reply to @rybar"` claimed @rybar;
    # `"Telegram Channels and the War," Lina Haddad, City News` (no link) was a Telegram post.
    # Found once: the quoted passages blanked here are those the title is read from (`_title`); found again
    # there, they were 2 % of the instructions `extract` spends on a note that quotes its title.
    quotes = tuple(_note_quotes(prose))
    unquoted = _blank_note_quotes(prose, quotes)
    platform = _platform(source_url, unquoted)
    handle = _handle(url_handle, unquoted, platform)
    # On Mastodon a bare `@alice` is the account of the link's instance, not `@alice@other`'s.
    handle = mastodon_note_handle(handle, source_url, unquoted) if source_url else handle
    # On TikTok a username may hold dots: `@scout2015.fan` is not `@scout2015`.
    handle = tiktok_note_handle(handle, source_url, unquoted) if source_url else handle
    handle = meta_note_handle(handle, source_url, unquoted) if source_url else handle  # `@natgeo.fan` too
    handle = reddit_note_handle(handle, source_url, unquoted) if source_url else handle  # `u/<user>`
    date_found = find_date(unquoted, year_apart=True)
    if date_found.date is None and "/" in prose and " de " in prose:  # few notes
        date_found = _dated_by_a_portuguese_act(prose) or date_found
    # `(n.d.)` says the source is undated: a day in the unquoted title after it is the title's (APA gives the
    # post's words unquoted: `Rybar [@rybar]. (n.d.). Footage of the strike of 25 January 2022 [Video]` was
    # dated the 25th, a day the note does not give the post, and the date check failed or passed on it).
    said_undated = date_found.date is not None and _says_undated(unquoted)
    editor = cited_editor(unquoted, source_url)
    back_reference = (
        _BACK_REFERENCE().match(prose) if prose[:2].casefold() in _BACK_REFERENCE_OPENINGS else None
    )
    # Most notes hold none of a caption's words: no call for them.
    case = case_note(unquoted) if back_reference is None and may_cite_a_case(unquoted) else None
    if case is not None:
        # The court wrote its order or opinion; a party's filing is the author's its name gives (`Motion of
        # Acme Corp.`), or no one's (the caption's parties are the case's, not the document's writers).
        author = (case.court if case.by_the_court else case.filer) or handle
    elif back_reference is not None:
        author = None
    else:
        # A wiki note opening with its edit's credit (`Edit by Wahlfuchs, "…", Wikipedia`): the credit is the
        # editor's claim (`wiki_editor`), and the author is what the rest of the note says.
        credit = edit_credit_opening(unquoted, editor) if editor is not None else 0
        leading = _leading_name(prose[credit:]) if cited_legislation(unquoted) is None else None
        # A caption read as the opening name (`M\u00fcller gegen Deutschland, BVerfG, \u2026`, with no year
        # or reporter `case_note` reads a case by) is two parties, no author.
        author = (leading if leading is None or not _is_a_caption(leading) else None) or handle
    ecli = european_case_law_identifier(unquoted) if case is None and "ECLI:" in unquoted else None
    if ecli is not None and (author is None or "ECLI" in author or author == handle):
        author = ecli[0]
    quoted_title = _title(prose, quotes)
    title = quoted_title or (case.caption if case is not None else _unquoted_title(unquoted, author))
    fields: dict[str, Any] = {
        "platform": platform,
        "author": author,
        "handle": handle,
        "date": None if said_undated else date_found.date,
        # `January 2022`, `Annual report 2021`: no day, but a month or a year, read only where the note gives
        # no day (nor a day of two readings or a range's), and does not say the source is undated (`n.d.`).
        "date_month_or_year": (
            find_month_or_year(unquoted)
            or (case.year if case is not None else ecli[1] if ecli is not None else None)
        )
        if date_found.date is None
        and not date_found.ambiguous
        and not date_found.in_a_range
        and not _says_undated(unquoted)
        else None,
        "url": url,
        "canonical_url": canonical_url(url) if url else None,
        "post_id": post_id,
        "title": title,
        "title_quoted": quoted_title is not None or title is None,
        "original_url": original,
        "archived_url": _archived_copy(footnote, url) if url and original is None else None,
        # When the note says it was read (`retrieved 21 January 2022`): kept, never its date.
        "accessed": accessed_day(unquoted, _cited_url_at(footnote, prose, link))
        if says_accessed(unquoted)
        else None,
        "wiki_editor": editor,  # `edit by Wahlfuchs`: the edit's user
    }
    # Only the fields the note gives: a field left out takes its default, None, unvalidated. Given as None,
    # each was checked by its validator in Python (a URL's, a handle's, a month's: four calls for a web
    # note, 8,000 of the 38,000 instructions of making its citation). The citation is the same; no code
    # reads which fields were set (tests/citations/test_parse.py checks the two agree).
    citation = Citation(**{name: value for name, value in fields.items() if value is not None})
    findings = _date_findings(date_found.text, unquoted, footnote.line) if date_found.ambiguous else ()
    # A range's days (`between January 19 and January 23, 2022`) are no access or as-of days: just no date.
    unpublished = (
        date_found.date is None
        and not date_found.ambiguous
        and not date_found.in_a_range
        and holds_date(unquoted)
    )
    return ParsedCitation(
        citation=citation,
        findings=findings,
        only_unpublished_dates=unpublished,
        only_a_range_of_days=date_found.date is None and date_found.in_a_range,
        lunar_hijri_date=lunar_hijri_date(unquoted) if date_found.date is None and not unpublished else None,
        back_reference=back_reference.group() if back_reference is not None else None,
        day_without_its_year=date_found.without_its_year or None,
    )
