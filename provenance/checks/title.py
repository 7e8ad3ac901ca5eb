"""`title`: does the cited title match the page's or the post's title (or, for a post, its opening words)?

A page's title passes when the cited title is the whole of it, or the whole of one of its parts (a site name
after the headline, a section before it; parted at a bar, a spaced colon, dot or dash, or a spaced bullet,
angle quote or guillemet that opens no quotation: "Bridge News » Bridge destroyed"), or of a run of them its
own separators join ("Bridge destroyed - what we know" of "Bridge destroyed - what we know | Bridge News", a
run holding a part that alone passes), or close to one of those (`matching.SAME_TITLE`): case and
punctuation do not matter (but for the question mark that alone makes the source's title a question: "Bridge
destroyed?" is not "Bridge destroyed"), but a close title whose numbers differ (a currency or percent sign
with them), that puts one word for another ("admits" for "denies", "billion" for "million") or has a word the
other lacks ("by Russia", "alleged"; a word spelt or inflected otherwise, "Zelenskyy", "killed", is the same
word, and an article or a preposition may come and go, but for `to`, `from` and `by`: "Weapons shipped to
Russia" is not "Weapons shipped from Russia", nor "Ukraine joins NATO" "Ukraine to join NATO", nor "Russia
attacks Ukraine" "Russia attacked by Ukraine"; in Chinese or Thai, written without spaces, a negating
character only one of them has: "大桥被摧毁" is not "大桥未被摧毁"), or whose words match only
sorted, is another title; so is a part whose rest of the title negates or judges it ("Fact check: Bridge
destroyed"), calls it a claim ("Russia claims: Bridge destroyed"), corrects it ("Correction: …"), judges it
in another language ("Faktencheck: …"), withdraws it or leaves it unsettled ("RETRACTED: …", "…:
unconfirmed", "… - sources") or shows a search for it
("Search results for: …"), which is only part of it, a part of one word beside the title's own words
("Ukraine" of "Ukraine: Bridge destroyed", a kicker or a tag), which passes only beside the site's or a
section's name ("Ukraine | Bridge News"), and a label of a word or two before the colon a headline follows
("Ukraine war" of "Ukraine war: Kyiv bridge reopens"); so is a quotation the page's title gives to someone
beside it ("We will hold" of 'Mayor: "We will hold"', «Мы выстоим» of "«Мы выстоим», — Кличко"), cited
without them, as the outlet's own words, though a title that is a quotation beside the site's name passes.
A title the page cut with an ellipsis ("Bridge
destroyed in overnight strike, officials…") passes a cited title that goes on from most of it, unless what
goes on negates or judges it. A post without a title passes when the cited title is its opening sentence or
line (emoji that only stress a line's end, "❗️", "⚡️", a flag, set aside; not those that mock or deny),
unless the post's next words only answer it ("Bridge destroyed? No.", "Bridge destroyed. Fake!", "… Das ist
falsch.", "… Nein!"); a close title that lacks a judging word the other has ("FAKE: …") is another title.
A title the note cut with an ellipsis ("Russia says it will not …", "Russia says it will not … calls US
warnings hysteria"; the note's `...` before its closing quote mark too, which the parser leaves out) passes
where its pieces stand in order in the page's title or one part of it, opening it and ending it but where the
ellipsis stands, and the words it leaves out neither negate what it keeps nor judge it ("Russia says it will
…" of "Russia says it will not attack Ukraine" warns naming "not"); a post's opening need only begin with it.
Found only inside a longer title or sentence, the cited words are only part of what the source's title says
("Bridge destroyed" inside "Fake video claims bridge destroyed"): a `warn` showing both. Headlines are often
edited after publication, so a different title is a `warn`, not a `fail`; one in another script or language
than the source's says it may be a translation.

A note that quotes no title may give one unquoted, as Chicago and MLA notes do ("Ivanov, Ivan. Bridge
destroyed in overnight strike. TASS, 3 May 2023, https://…"), which the parser reads in a title's place
only (`Citation.title_quoted` false): the
longest run of the note's pieces (parted at its stops, commas and GOST's ` // `) that is one of the page's
titles, and no author's, channel's or site's name, is compared as if quoted, else its first piece of three
words or more that is no name (the author's, the site's, a few capitalised words: "The New York Times") and no
description of a source or of the note ("Telegram post by Rybar", "Statement of the Ministry of Defence",
"Accessed 4 May 2023"), and that stands before a name, the outlet's (a note's own prose, "Deleted the same
day; an archived copy exists", is no title), else the title the parser read in its place (before an outlet
these rules do not know for a name: "Rossiyskaya gazeta"); a note of none of these, or a post, gives no
title. Such a
note was verified whatever headline it gave.

A retracted piece's title cited as it was before the retraction, without the label its publisher set before
it ("RETRACTED ARTICLE: …", "Retracted: …", "WITHDRAWN: …"), passes saying the page's title now opens with
it, where the page's retraction was found (`captured` judges it and never passes); on a page where none
was, the label is the only sign of it, and the title warns.

A cited title that keeps a label the site sets beside the headline in its tab ("Opinion | …", "Explainer:
…", "… | Video") passes where the page's title is the headline alone, the label named; a verdict beside it
("Fact check: …") is no label.

A PDF's title is its /Title only where its opening pages show it (the extractor's rule): else its opening
is read as a post's is, and a title that does not pass names the /Title its pages do not show. A cited title
unlike such an opening warns naming it as the post's or the document's opening, no title of the source's.

A cited title that is only the page's `<title>`, where its `og:title` or JSON-LD headline (read first) is
another, warns naming both: a site's search headline beside its social one, or a headline edited since.
Where the og:title is read and the article item's headline is another, the headline is weighed too: a cited
title that is both the headline and the `<title>` passes naming the og:title, one that is the headline alone
warns, and one that is only the og:title where the headline and the `<title>` say another (the headline
edited, the og:title left as it was) warns naming them.

A cited title that is a part of the page's title beside a short part, before its colon or after a dash at
its end, that names who says it ("Kremlin: Bridge destroyed", "Bridge destroyed - Ministry of Defence": a
body's word, or a name the report cites as a source's author) gives the claim as the outlet's own words: it
warns naming them. A label beside it ("Ukraine war: …") is no speaker.

A cited title of three words or fewer that is a part of the page's title after its first part, a headline
two or more words longer than it ("Ukraine war" of "Bridge destroyed in overnight strike - Ukraine war",
"What we know" of "Bridge destroyed in strike - What we know"), is only part of it: a section's label or a
tail, not the headline. A first part that is the site's name is no headline.

A cited title that passes on the og:title (read first) where the page's `<title>` or its article item's
headline is that title but for a negation, its numbers, a word put for another ("destroyed", "damaged") or
a question mark warns naming both: the headline edited since, the og:title left as it was (or the reverse).
A `<title>` that only adds words to it (a site's search title) is no such edit.

A cited title that is a part of the page's title (its og:title or its <title>) whose rest says `search`,
`tag` or `topic` ("Bridge destroyed - Search - TASS", "Bridge destroyed | Tag | TASS") names a listing of
pages, not the article: it warns, unless the cited title or the site's name says the word.

A part of a page's title that is only the site's name or a section's confirms no title: "Bridge News"
cited for "Bridge destroyed in overnight strike | Bridge News" says nothing about which of the site's pages
is meant (a footnote that names the outlet where the headline belongs), so it warns. The site's names are
those the page gives (its publisher or `og:site_name`, its `application-name`) and the labels of its host
name (`bridgenews` for bridgenews.example), read from what the page says and where it was found, never
from the citation. So is the name (or handle) of its author or channel, as "DW News" of the video "Bridge
destroyed | DW News", or of a post that opens with it on a line of its own: it warns saying so, though a
page whose whole title (or a post whose whole text) it is passes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable
from urllib.parse import urlsplit

from provenance.checks.eu_documents import held_to_the_eu_document_cited
from provenance.checks.interface import CheckInput
from provenance.checks.matching import (
    TitleMatch,
    home_page_title,
    judges,
    language_of,
    normalise_text,
    same_opening,
    same_title,
    script_of,
)
from provenance.citations.acts import PORTUGUESE_ACT, portuguese_act_designation
from provenance.citations.courts import DECISION_SITES, OPINION, decision_number
from provenance.citations.dates import find_date
from provenance.citations.parse import (
    case_of,
    cited_legislation,
    legislation_of,
    neutral_citation_court,
    note_prose,
    unquoted_note_words,
)
from provenance.extractors.judgments import CASE_CAPTION, CASE_HEADING, EU_DOCUMENT_KIND
from provenance.extractors.pages import RETRACTION
from provenance.models import CheckResult, CheckStatus, Platform, SourcePost
from provenance.names import DESCRIBING_WORDS, NEWS_AGENCIES, ORGANISATION_WORDS, speaker_key
from provenance.patterns import on_first_use
from provenance.quotes import blank_quotes
from provenance.side_urls import on_domain
from provenance.urls import blank_urls

_OPENING_CHARS = 300
_SHOWN_CHARS = 100
_CITED_CHARS = 300
_MAX_HOST_LABELS = 10


# The last source `_site_names` read, with its names: the title check asks for them of one source several
# times (a frozen model, so the same object has the same names). One pair, replaced whole, so a thread never
# reads one source's names for another's.
_last_site_names: tuple[SourcePost | None, tuple[str, ...]] = (None, ())


def _site_names(source: SourcePost) -> tuple[str, ...]:
    """The names a page gives its site, and the labels of its host names (the address read and the page's
    canonical one) but the last: `bridgenews` for www.bridgenews.example, `bbc` and `co` for bbc.co.uk."""
    global _last_site_names
    last, names_of_last = _last_site_names
    if last is source:
        return names_of_last
    found = _site_names_read(source)
    _last_site_names = (source, found)
    return found


def _site_names_read(source: SourcePost) -> tuple[str, ...]:
    names = [source.publisher, source.fields.get("og:site_name"), source.fields.get("application-name")]
    for url in (source.url, source.canonical_url):
        try:
            host = urlsplit(url or "").hostname or ""
        except ValueError:  # a malformed canonical URL names no host
            host = ""
        names.extend(host.split(".")[:-1][-_MAX_HOST_LABELS:])
    return tuple(dict.fromkeys(name for name in names if name))


# Small words a close title may add or drop ("reopen the bridge"), but for those that say which way a thing
# went, that a headline's verb is still to come, or who did it: "Weapons shipped to Russia" is not "Weapons
# shipped from Russia", nor "Ukraine joins NATO" "Ukraine to join NATO", nor "Russia attacks Ukraine" "Russia
# attacked by Ukraine" (each passed as a close title).
_ROLE_WORDS = frozenset({"to", "from", "by"})
# Words in the rest of a page's title that leave unsettled the part a cited title is, that part not being the
# page's word: "Bridge destroyed - sources", "… reportedly". Those that withdraw or judge it ("RETRACTED:",
# ": unconfirmed") are `matching`'s verdicts, read before a title is the same.
# So do the verbs that give it to whoever says it ("Bridge destroyed - Ukraine says", "… - say Russian
# media"), each of which passed as the outlet's own headline beside its site's name.
_STANDING_WORDS = frozenset({"sources", "reportedly", "allegedly", "say", "says", "said"})
# A word, or a number with its marks ("1,000", "2.5"): read as "1" and "000", a cited "deaths rise to 1" was
# found in a page's "deaths rise to 1,000". Linear: a mark must be followed by a digit.
_WORDS = re.compile(r"\w+(?:[.,]\d+)*")


def _words(text: str) -> Counter[str]:
    return Counter(_word_list(text))


def _word_list(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


def _roles_apart(cited: str, part: str) -> tuple[str, str] | None:
    """The `to`, `from` or `by` of each of a cited title and the close part of the page's title it matched,
    where they differ: a word of each, "" for the one that has none."""
    cited_words = Counter({word: n for word, n in _words(cited).items() if word in _ROLE_WORDS})
    part_words = Counter({word: n for word, n in _words(part).items() if word in _ROLE_WORDS})
    if cited_words == part_words:
        return None
    only_cited, only_part = cited_words - part_words, part_words - cited_words
    return next(only_cited.elements(), ""), next(only_part.elements(), "")


def _standing_said(cited: str, shown: str, part: str | None) -> str | None:
    """A word of the page's title `shown` that withdraws or unsettles the cited title, in its rest: not in
    the cited title, nor in the `part` of the page's title a close one matched ("Energy sources hit" cited as
    "Energy source hit")."""
    said = _words(cited) + _words(part or "")
    return next((word for word in _words(shown) if word in _STANDING_WORDS and word not in said), None)


# The negating characters of scripts written without spaces, which `matching`'s close titles do not weigh
# there: "大桥被摧毁" (bridge destroyed) passed as close to "大桥未被摧毁" (bridge not destroyed), and
# "สะพานถูกทำลาย" to "สะพานไม่ถูกทำลาย". Counted in each title: one that only one of them has tells them apart.
_UNSPACED_NEGATING = (
    "\u4e0d",  # 不
    "\u672a",  # 未
    "\u6ca1",  # 没
    "\u6c92",  # 沒
    "\u975e",  # 非
    "\u65e0",  # 无
    "\u7121",  # 無
    "\u5225",  # 別
    "\u522b",  # 别
    "\u52ff",  # 勿
    "\u306a\u3044",  # ない
    "\u0e44\u0e21\u0e48",  # ไม่
    "\u0e21\u0e34\u0e44\u0e14\u0e49",  # มิได้
)
_UNSPACED_SCRIPTS = ("CJK", "Thai")


def _unspaced_negation(cited: str, part: str) -> str | None:
    """A negating character (`_UNSPACED_NEGATING`) one of a cited title and the part of the page's title it
    is close to has more often than the other, where the part is in a script written without spaces."""
    if script_of(part) not in _UNSPACED_SCRIPTS:
        return None
    return next((mark for mark in _UNSPACED_NEGATING if cited.count(mark) != part.count(mark)), None)


def _unlike_in_small_words(cited: str, shown: str | None, match: TitleMatch) -> TitleMatch:
    """A page's title `shown` (None: a post's opening) `matching` passed, held to the words it lets a close
    title add, drop or have around it: `to` for `from`, a `to` or `by` that only one has; `sources`,
    `reportedly` in the rest of a page's title."""
    if match.likeness != "same":
        return match
    standing = _standing_said(cited, shown, match.part) if shown is not None else None
    if standing is not None:
        return TitleMatch("inside", match.score, verdict=standing)
    apart = _roles_apart(cited, match.part) if match.part else None
    if apart:
        return TitleMatch("different", match.score, substituted=apart)
    negating = _unspaced_negation(cited, match.part) if match.part else None
    return TitleMatch("different", match.score, negation=negating) if negating else match


def _translated(cited: str, shown: str, guess: bool = False) -> str:
    """Said of a different title when the two are in other scripts, or in two languages each named with
    certainty: a translated headline, for a person to compare, not an edited one. `guess`: each language as
    `matching.language_of` guesses it from a few words, where the titles' form says one translates the
    other."""
    cited_script, shown_script = script_of(cited), script_of(shown)
    if cited_script and shown_script and cited_script != shown_script:
        return (
            f": a translation? The source's title is in {shown_script} script, the cited one {cited_script}"
        )
    # Titles sharing most of their words are one language's, whatever a detector makes of a short one
    # ("Russia-Ukraine crisis live" was French beside the page's "Russia-Ukraine crisis: … - live").
    cited_words = set(re.findall(r"[^\W\d_]{3,}", cited.casefold()[:_MAX_QUOTED_TITLE]))
    shown_words = set(re.findall(r"[^\W\d_]{3,}", shown.casefold()[: _MAX_QUOTED_TITLE * 4]))
    if cited_words and 2 * len(cited_words & shown_words) >= len(cited_words):
        return ""
    cited_language, shown_language = language_of(cited, guess), language_of(shown, guess)
    if cited_language and shown_language and cited_language != shown_language:
        return f": a translation? The source's title is {shown_language}, the cited one {cited_language}"
    return ""


def _told_apart(match: TitleMatch) -> str:
    """What alone kept a close title from being the same: a negation, the numbers, a word put for another,
    the order of the words."""
    if match.negation:
        return f"; one says {match.negation!r}, the other does not"
    if match.numbers:
        return f"; the numbers differ: {match.numbers[0]} cited, {match.numbers[1]} in the source"
    if match.asked:
        return "; the source's title asks it, the cited one leaves out its question mark"
    if match.substituted:
        cited_word, shown_word = match.substituted
        if not shown_word or not cited_word:
            return f"; one says {cited_word or shown_word!r}, the other does not"
        return f"; one says {cited_word!r} where the other says {shown_word!r}"
    return "; the same words in another order" if match.reordered else ""


# Marks a page's title is parted at as at a bar, spaced ("City Ledger » Council votes", WordPress's own way;
# "Council votes • City Ledger"), that `matching` does not part it at: the headline before or after one
# warned as only part of the title. A guillemet is a quote mark where the title opens and closes a pair of
# them ("Le maire : « Nous tiendrons »").
_SPACED_MARK = re.compile(r"(?<=\s)[\u00bb\u00ab\u203a\u2022](?=\s)")


# An em dash between two words, unspaced as American style writes it ("Ukraine\u2014the bridge is gone"): the
# spaced dash of British style ("Ukraine \u2013 the bridge is gone"), where the cited title warned as another
# (82%). A hyphen or an en dash between words joins them ("Kyiv-based", "Russia\u2013Ukraine").
_WIRE_TAG_CHARS = 20
_UNSPACED_EM_DASH = on_first_use(r"(?<=[^\W\d_])\u2014(?=[^\W\d_])")


# A wire story's tag before its headline, in capitals and joined by a hyphen (Reuters': "UPDATE 2-Bridge
# destroyed", "EXCLUSIVE-…"), and a label in brackets after it ("Bridge destroyed (VIDEO) - Meduza",
# "… [UPDATED]"): the label a colon or a spaced dash would set apart ("Exclusive: …", "… - video"), where a
# cited headline without it warned as only part of the title. Not a correction's ("CORRECTED-"): the words
# cited may be the ones it corrects. Bounded, linear.
_WIRE_TAG = on_first_use(
    r"^(UPDATE \d{1,2}|WRAPUP \d{1,2}|EXCLUSIVE|RPT|INSIGHT|ANALYSIS|FACTBOX|EXPLAINER|TIMELINE|SNAPSHOT"
    r"|BREAKINGVIEWS|GRAPHIC|PREVIEW|INTERVIEW|FOCUS|FEATURE)-(?=\S)"
)
_BRACKET_LABEL = (
    r"(?:videos?|photos?|updated|update|watch|audio|graphics?|maps?|pictures|"
    "\u0432\u0438\u0434\u0435\u043e|\u0444\u043e\u0442\u043e|"  # видео, фото
    "\u043e\u0431\u043d\u043e\u0432\u043b\u0435\u043d\u043e|"  # обновлено
    "\u043e\u043d\u043e\u0432\u043b\u0435\u043d\u043e"  # оновлено
    ")"
)
# One label, or a few a comma or a `+` joins ("[PHOTOS, VIDEO]", "(фото + видео)").
_LABEL_IN_BRACKETS = on_first_use(
    rf"\s[(\[]({_BRACKET_LABEL}(?:\s?[,+&/]\s?{_BRACKET_LABEL}){{0,3}})[)\]]"
    r"(?=\s{0,3}$|\s{1,3}[|\u2010-\u2015-])",
    re.IGNORECASE,
)


# An underscore between two characters of Chinese, Japanese or Korean script, unspaced, as Chinese sites
# part a headline from the site's name in a page's title (`…例行记者会_中华人民共和国外交部`): a separator. A
# title cited without the site's name warned "only part of the page's title".
_CJK_UNDERSCORE = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff60])_(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)


def _cjk_underscores_as_bars(title: str) -> str:
    """`title` with each underscore between two characters of Chinese, Japanese or Korean script written as
    a spaced bar (`_CJK_UNDERSCORE`)."""
    return _CJK_UNDERSCORE.sub(" | ", title)


def _with_bars(title: str) -> str:
    """`title` with each mark of `_SPACED_MARK` that parts it written as a bar, an em dash between two words
    spaced, and a wire story's tag or a label in brackets set apart (`_WIRE_TAG`, `_LABEL_IN_BRACKETS`)."""
    if "\u2014" in title:
        title = _UNSPACED_EM_DASH().sub(" \u2014 ", title)
    if "-" in title[:_WIRE_TAG_CHARS]:
        title = _WIRE_TAG().sub(r"\1: ", title, count=1)
    if ")" in title or "]" in title:
        title = _LABEL_IN_BRACKETS().sub(r" - \1", title)
    if "_" in title:
        title = _cjk_underscores_as_bars(title)
    opened = title.find("\u00ab")
    if opened >= 0 and "\u00bb" in title[opened:]:
        return _SPACED_MARK.sub(
            lambda found: "|" if found.group(0) in "\u203a\u2022" else found.group(0), title
        )
    return _SPACED_MARK.sub("|", title)


def _page_title_match(cited: str, title: str, source: SourcePost) -> TitleMatch:
    cited, title = _with_bars(cited), _with_bars(title)
    return _unlike_in_small_words(cited, title, same_title(cited, title, _site_names(source)))


# Where a page's title parts, as `matching` splits it (a bar, a spaced colon, dot or dash: any dash
# `normalise_text` writes as `-`), kept.
_SEPARATOR = re.compile(r"(\s+[|:\u00b7\u2010-\u2015\u2212-]+\s+|\s*\|\s*)")
_MAX_CITED_SEPARATORS = 5
_MAX_TITLE_PARTS = 20
_JOINED = " / "  # a mark no title is split at, that `matching` keeps as it is and reads as no word


def _across_parts(cited: str, title: str, source: SourcePost) -> TitleMatch | None:
    """The match of a cited title that has separators of its own with the run of as many parts of the page's
    title, each run joined at them: "Bridge destroyed - what we know" is the title "Bridge destroyed - what
    we know | Bridge News" before the site's name, and warned as only part of it, as each part is compared
    alone. The run must hold a part that is the page's own title alone, so that joining makes no title of
    labels ("Ukraine | World" of "Bridge destroyed | Ukraine | World | Bridge News"), and the joined title
    is then held to every rule a part is (the rest of the title judging it, the site's names). None when
    the cited title has no separator, or no run is the same title."""
    # Whitespace squeezed first: a long run of it before no separator would be tried from each of its spaces.
    cited, title = (" ".join(_with_bars(text[:_MAX_QUOTED_TITLE]).split()) for text in (cited, title))
    cited_split = _SEPARATOR.split(cited)
    cited_pieces = cited_split[0::2]
    joins = len(cited_pieces) - 1
    if not 0 < joins <= _MAX_CITED_SEPARATORS:
        return None
    if not any(_page_title_match(piece, title, source).likeness == "same" for piece in cited_pieces):
        return None
    title_split = _SEPARATOR.split(title)
    parts, separators = title_split[0::2], title_split[1::2]
    if len(parts) > _MAX_TITLE_PARTS:
        return None
    joined_cited = _JOINED.join(cited_pieces)
    for first in range(len(parts) - joins):
        candidate = parts[0]
        for at in range(1, len(parts)):
            candidate += (_JOINED if first < at <= first + joins else separators[at - 1]) + parts[at]
        match = _page_title_match(joined_cited, candidate, source)
        if match.likeness == "same":
            return match
    return None


# A quotation in a page's title, once normalised (every double quote mark, `«»` among them, is `"`): in double
# quote marks, or in single ones opened after a space or the start and closed before a space, a mark or the
# end (not an apostrophe: "Russia's"). Bounded runs: linear.
_QUOTED = re.compile(r"\"([^\"]{1,300})\"|(?:^|(?<=[\s(]))'([^']{1,300})'(?=[\s.,:;!?|)-]|$)")
# What parts a title's rest into pieces that each name someone or something: its separators, a colon, a
# comma ("«Мы выстоим», — Кличко").
_REST_PIECES = on_first_use(r"\s*[|:\u00b7,]+\s*|\s+-+\s+")
_MAX_QUOTED_TITLE = 1000
_MAX_PIECES = 20


def _whose_quoted_words(cited: str, title: str, site_names: tuple[str, ...]) -> str | None:
    """The words of the page's title `title` beside a quotation in it that the cited title is (quote marks
    aside), other than the site's or a section's name: "mayor" of 'Mayor: "We will hold"', for the cited title
    "We will hold", which gives as the outlet's own what its title quotes someone saying; None when the
    cited title is no quotation of the title's, or the title says no more than the quotation and its site's
    name."""
    shown = normalise_text(title[:_MAX_QUOTED_TITLE])
    for quoted in _QUOTED.finditer(shown):
        if same_title(cited, quoted.group(1) or quoted.group(2)).likeness != "same":
            continue
        # Within the part of the title between its bars, as a bar rarely gives words to someone: what stands
        # beyond one is the site's name, known or not ('"We will hold" | City News').
        start, end = shown.rfind("|", 0, quoted.start()) + 1, shown.find("|", quoted.end())
        rest = f"{shown[start : quoted.start()]} | {shown[quoted.end() : end if end >= 0 else len(shown)]}"
        for piece in _REST_PIECES().split(rest)[:_MAX_PIECES]:
            piece = piece.strip(" .!?-()[]'\"")
            if _WORDS.search(piece) and same_title(piece, title, site_names).likeness not in _FRAMING:
                return piece
    return None


_FRAMING = ("site-name", "section")


# Emoji a post's line ends with that only stress it, as an exclamation mark would (`❗️`, `‼️`, `⚡️`, `🔥`,
# `🚨`, a red circle, a flag and the marks that draw one as an emoji): "Bridge destroyed❗️" was not the
# opening "Bridge destroyed", though "Bridge destroyed! 🔥" was. Emoji that judge or mock (`❌`, `🤡`, `😂`)
# are kept.
_STRESSING = (
    "\u2757\u203c\u2755\u26a1\u26a0\U0001f525\U0001f534\U0001f6a8\U0001f4a5\ufe0f\ufe0e\u200d"
    + "".join(map(chr, range(0x1F1E6, 0x1F200)))  # the regional letters two of which make a flag
)


def _without_stressing_ends(text: str) -> str:
    """A post's text with the emoji of `_STRESSING` that end its lines dropped."""
    return "\n".join(line.rstrip(_STRESSING + " \t") for line in text.split("\n"))


def _another_headline(cited: str, match: TitleMatch, source: SourcePost) -> str | None:
    """The page's `<title>` where a cited title matches only its og:title (read first) and both its article
    item's headline and its `<title>` are another title: the og:title is the one left as it was when the
    headline was edited (or a headline for social cards), and the page says the other. None where the
    cited title matches either of them, or the page gives no headline beside its og:title."""
    headline, own = source.fields.get("headline"), source.fields.get("title")
    if match.likeness != "same" or not headline or not own:
        return None
    if any(_page_title_match(cited, other, source).likeness == "same" for other in (headline, own)):
        return None
    return own if _page_title_match(headline, own, source).likeness == "same" else None


def _edited_apart(cited: str, source: SourcePost) -> tuple[str, TitleMatch] | None:
    """The page's `<title>` or article item's headline, beside the og:title (read first) a cited title passed
    on, where it is that title but for a negation, its numbers, a word put for another or a question mark:
    "Bridge destroyed in overnight strike" of the og:title, "Bridge damaged in overnight strike | TASS" of
    the `<title>` (and the h1), the headline edited and the og:title left as it was. A `<title>` that only
    adds words (a site's search title) is not one: None."""
    key = " ".join(cited.casefold().split())
    for other in (source.fields.get("title"), source.fields.get("headline")):
        if not other or other == source.title:
            continue
        # Most often the cited title is a whole part of it ("Bridge destroyed | TASS"): no rule to run.
        if key in (" ".join(part.casefold().split()) for part in _SEPARATOR.split(other[:_MAX_QUOTED_TITLE])):
            continue
        match = _page_title_match(cited, other, source)
        # A word put for another, not one only one of them has (a site's search title adds words).
        swapped = match.substituted is not None and all(match.substituted)
        told_apart = match.negation or match.numbers or match.asked or swapped
        if match.likeness == "different" and told_apart:
            return other, match
    return None


def _only_the_author_s_name(cited: str, title: str, source: SourcePost) -> bool:
    """Whether the cited title is only the name (or handle) of the page's author or channel, a part of its
    title beside the page's own words or not in it at all: "DW News" for the video "Bridge destroyed | DW
    News", the channel's, passed as a whole part of its title. Read apart from the site's names, so that a
    word beside the author's name ("Kyiv | Rybar") is still weighed as before."""
    names = tuple(name for name in (source.author, source.handle) if name)
    return bool(names) and same_title(cited, title, names).likeness == "site-name"


# Where a note's unquoted words part into pieces: a stop, a comma or a semicolon before a space, a spaced
# dash, a bracket, GOST's ` // ` before the outlet. A colon parts none: "Kremlin: Bridge destroyed" is one
# piece, a headline's kicker its own.
# Not the stop of an outlet's abbreviated name (Bluebook's `N.Y. Times`, `Wash. Post`, `Wall St. J.`, `L.A.
# Times`, `Chi. Trib.`): `N.Y. Times` was the pieces `N.Y` and `Times`, so no title before it was read.
_ABBREVIATED = "".join(
    rf"(?<!{word})"
    for word in (r"N\.Y", r"L\.A", r"S\.F", r"D\.C", r"\bWash", r"\bSt", r"\bChi", r"\bBos", r"\bFin")
)
_NOTE_STOPS = on_first_use(
    rf"{_ABBREVIATED}[.,;!?]+\s+|[.,;!?]+$|\s+[\u2010-\u2015-]+\s+|\s*[()\[\]]\s*|\s+//\s+"
)
_MAX_NOTE_CHARS = 1000
_MAX_NOTE_PIECES = 12
_MAX_RUN = 3  # pieces a title may span in a note: "Bridge destroyed, officials say, as repairs begin"
_LETTER_WORD = on_first_use(r"[^\W\d_]{2,}")
# Words of a note's piece that describe the source or the note rather than give a headline: "Telegram post by
# Rybar", "Statement of the Ministry of Defence", "Accessed 4 May 2023", "In Russian". Such a piece is no
# claimed title, and a note of them alone names none. A headline that holds one is left uncompared, as before.
_DESCRIBING_WORDS = (
    "post posts video videos tweet thread channel account page website site blog article statement press "
    "release report briefing interview transcript message photo photos screenshot map decree document "
    "comment reply story livestream stream broadcast archived archive accessed retrieved available original "
    "translated translation updated modified published posted see via ibid cited online "
    "telegram youtube twitter facebook instagram tiktok vk "
    # пост, видео, заявление, сообщение, канал, статья, сайт, брифинг, интервью, дата обращения
    "\u043f\u043e\u0441\u0442 \u0432\u0438\u0434\u0435\u043e "
    "\u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0435 "
    "\u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0435 \u043a\u0430\u043d\u0430\u043b "
    "\u0441\u0442\u0430\u0442\u044c\u044f \u0441\u0430\u0439\u0442 "
    "\u0431\u0440\u0438\u0444\u0438\u043d\u0433 \u0438\u043d\u0442\u0435\u0440\u0432\u044c\u044e "
    "\u0434\u0430\u0442\u0430 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f"
)
_DESCRIBING = frozenset(_DESCRIBING_WORDS.split())
# The languages a note names its source's in ("In Russian", "(Ukrainian)", "English translation"): words of
# a headline too ("Russian convoy breaks through", which was never compared), so they describe the note only
# after "in" or in a piece of two words or fewer.
_LANGUAGE_WORDS = frozenset({"russian", "english", "ukrainian"})
_LANGUAGE_PIECE_WORDS = 2


def _describes_a_source(words: list[str]) -> bool:
    """Whether a note's piece, its words `words`, describes the source or the note rather than gives a
    headline (`_DESCRIBING`, `_LANGUAGE_WORDS`)."""
    folded = [word.casefold() for word in words]
    for at, word in enumerate(folded):
        if word in _DESCRIBING:
            return True
        if word in _LANGUAGE_WORDS and (
            len(folded) <= _LANGUAGE_PIECE_WORDS or folded[at - 1 : at] == ["in"]
        ):
            return True
    return False


_CLAIMED_TITLE_WORDS = 3
_NAME_WORDS = 4  # a piece of capitalised words no longer than this is read as a name (an outlet's, a body's)


def _compact(text: str) -> str:
    return "".join(_LETTER_WORD().findall(text.casefold()))


def _names_someone(piece: str, words: list[str], names: tuple[str, ...]) -> bool:
    """Whether a piece of a note is a name: the cited author's, the site's, or a few capitalised words ("The
    New York Times", "Ministry of Defence")."""
    compact = _compact(piece)
    if any(compact and _compact(name) in (compact, compact.removeprefix("the")) for name in names):
        return True
    capitalised = [word for word in words if len(word) > 3]
    return len(words) <= _NAME_WORDS and all(word[:1].isupper() for word in capitalised)


def _note_pieces(given: CheckInput) -> list[str]:
    """The unquoted pieces of the note, in order, at most `_MAX_NOTE_PIECES`."""
    prose = blank_quotes(note_prose(given.footnote)[:_MAX_NOTE_CHARS])
    pieces = (" ".join(piece.split()) for piece in _NOTE_STOPS().split(prose))
    return [piece for piece in pieces if _LETTER_WORD().search(piece)][:_MAX_NOTE_PIECES]


def _unquoted_title(given: CheckInput, source: SourcePost) -> str | None:
    """The title a note gives without quote marks, as a Chicago or MLA note often does ("Ivanov, Ivan. Bridge
    destroyed in overnight strike. TASS, 3 May 2023, https://…"): the longest run of its pieces that is one of
    the page's titles (its og:title or headline, else its <title>, else its article item's headline) and
    no name of its author's, channel's or site's, else its first piece of three words or more that names no
    one, describes no source and stands before a name ("Kremlin: Bridge destroyed. TASS"); None
    where the note gives none. Read before the title the parser reads in a title's place (`parse.
    _unquoted_title`, text only), which knows no page's titles: such a note was `skip`, "the citation gives
    no title", and verified whatever headline it gave."""
    pieces = _note_pieces(given)
    titles = [
        title for title in (source.title, source.fields.get("title"), source.fields.get("headline")) if title
    ]
    title_words = set().union(*(_words(title) for title in titles))
    # Each piece's words and how many of them no title of the page holds: only a run most of whose words
    # the titles hold is compared, a cheap test before the rules.
    counts = [
        (len(words), sum(word not in title_words for word in words)) for words in map(_word_list, pieces)
    ]
    names = (
        *(name for name in (given.citation.author, source.publisher, source.author, source.handle) if name),
        *_site_names(source),
    )
    named = {_compact(name) for name in names}
    # The longest run that is the first of the page's titles it can be (the og:title, read first): a name
    # the title holds ("DW News" of "Bridge destroyed | DW News") is a part of it too, and was read as the
    # note's title where the note gave the headline beside it.
    runs: list[tuple[str, str]] = []  # each run, and its last piece
    for start in range(len(pieces)):
        for end in range(start + 1, min(start + _MAX_RUN, len(pieces)) + 1):
            total, unknown = map(sum, zip(*counts[start:end], strict=False))
            run = ", ".join(pieces[start:end])
            if unknown * 2 <= total and _compact(run) not in named:
                runs.append((run, pieces[end - 1]))
    runs.sort(key=lambda each: len(each[0]), reverse=True)
    found = next(
        (
            run
            for title in titles
            for run, last in runs
            if _page_title_match(run, title, source).likeness == "same"
            and not _in_the_outlet_s_place(last, title, names)
        ),
        None,
    )
    if found is not None:
        return found
    for at, (piece, after) in enumerate(itertools.pairwise(pieces)):
        words = _LETTER_WORD().findall(piece)
        if not words or _describes_a_source(words):
            continue
        # A headline stands before the outlet that ran it ("… strike. TASS, 3 May 2023"); the note's own
        # prose ("Deleted the same day; an archived copy exists", "A second paragraph of the note") does
        # not, and compared as a title it warned on a true citation.
        if piece[:1].islower():
            continue  # a headline opens with a capital; a clause of the note's prose may not
        if (
            len(words) >= _CLAIMED_TITLE_WORDS
            and not _names_someone(piece, words, names)
            and _names_someone(after, _LETTER_WORD().findall(after), names)
        ):
            return piece
        if _in_a_title_s_place(pieces[at - 1] if at else None, piece, after, given, source, named):
            return piece
    return None


def _in_the_outlet_s_place(piece: str, title: str, names: tuple[str, ...]) -> bool:
    """Whether a note's piece, the last of a run that is a part of the page's title, is the title's last
    part, after the headline, and reads as a name (a few capitalised words): the outlet's name where the page
    names no site ("The New York Times" of "Bridge destroyed - The New York Times", its host `nytimes`). It
    passed as the note's title where the note named the outlet and gave none, and a run ending in it
    ("Mariupol, BBC News") was shown as the note's title in place of the title before it."""
    parts = _SEPARATOR.split(" ".join(_with_bars(title[:_MAX_QUOTED_TITLE]).split()))[0::2][:_MAX_TITLE_PARTS]
    # With or without its "The" (Bluebook's "Guardian" of "… | The Guardian").
    key = normalise_text(piece).strip(" .!").removeprefix("the ")
    if len(parts) < 2 or normalise_text(parts[-1]).strip(" .!").removeprefix("the ") != key:
        return False
    return _names_someone(piece, _LETTER_WORD().findall(piece), names)


def _is_day(piece: str) -> bool:
    """Whether a note's piece is a day or a part of one ("March 3", "3 May 2023", Bluebook's "Mar" of "Mar.
    3, 2022", the weekday before it: "Thursday", "Thu." of "Thursday, March 3, 2022"): month and weekday
    names (and numbers) only, or a full date in another language."""
    words = [word.casefold() for word in _LETTER_WORD().findall(piece)]
    named = (*_MONTHS, *_WEEKDAYS)
    if words and all(len(word) >= 3 and any(name.startswith(word) for name in named) for word in words):
        return True
    return find_date(piece).date is not None


def _in_a_title_s_place(
    before: str | None, piece: str, after: str, given: CheckInput, source: SourcePost, named: set[str]
) -> bool:
    """Whether a note's piece, of any length, stands where a title stands beside the outlet, as a
    news-style, APA or Chicago note gives one unquoted: after the outlet and before a day (`Reuters,
    Explainer, March 3, 2022`), or before the outlet and after the cited author or APA's day (`Smith, J.
    (2022, March 3). Mariupol. BBC News.`). Such a title of a word or two, or one after the outlet, was never
    compared (the note was verified whatever headline it gave), as a piece of a few capitalised words reads
    as a name. The outlet is a name the page gives its site, so an outlet the page does not name is no title
    beside the author (`John Smith, The New York Times, March 3`). Not the outlet's or the author's name, a
    person's office or a body (`Deputy Minister`, `Ministry of Defence`), a section's name (`World`), nor
    the dateline the page's text opens with (`Moscow` of `MOSCOW, May 3 (TASS) - …`) or a news agency's note
    gives after its name (`TASS, Moscow, 3 May 2023`)."""
    if before is None or _is_day(piece):
        return False  # `Reuters, Thursday, March 3, 2022`: the weekday warned as the note's title
    compact, author = _compact(piece), _compact(given.citation.author or "")
    if not compact or compact in named or compact.removeprefix("the") in named or compact in author:
        return False
    # An outlet's name with or without its "The" (Bluebook's "Guardian" of "The Guardian").
    sites = {_compact(name).removeprefix("the") for name in (source.publisher, *_site_names(source)) if name}
    before_key, after_key = _compact(before).removeprefix("the"), _compact(after).removeprefix("the")
    beside_author = bool(author and before_key and before_key in author) or _is_day(before)
    outlet_after = after_key in sites or not sites.isdisjoint(_abbreviated_outlet(after))
    if not ((before_key in sites and _is_day(after)) or (outlet_after and beside_author)):
        return False
    words = {word.casefold() for word in _LETTER_WORD().findall(piece)}
    if words & (DESCRIBING_WORDS | ORGANISATION_WORDS):
        return False
    if same_title(piece, f"- | {piece}").likeness == "section":
        return False  # a section's name: "World", "Opinion", "Politics"
    dateline = re.split(r"[,(\u2010-\u2015-]", source.text[:_DATELINE_CHARS], maxsplit=1)[0]
    if compact == _compact(dateline):
        return False
    # A news agency's note gives the story's dateline after the agency's name (`TASS, Moscow, 3 May 2023`,
    # `Reuters, Kyiv, March 3, 2022`): read as the title where the page's text does not open with it, a true
    # note warned "the note's unquoted words 'Moscow' read as its title".
    return not (before_key in NEWS_AGENCIES and compact in _DATELINE_PLACES)


_DATELINE_CHARS = 60
# Bluebook's abbreviations of the words of an outlet's name (`Wash. Post`, `Wall St. J.`, `Chi. Trib.`).
_OUTLET_ABBREVIATIONS = {
    "wash": "washington",
    "st": "street",
    "j": "journal",
    "chi": "chicago",
    "trib": "tribune",
    "bos": "boston",
    "fin": "financial",
}
_OUTLET_INITIALS = {"n.y.": "new york", "l.a.": "los angeles", "s.f.": "san francisco"}


def _abbreviated_outlet(piece: str) -> set[str]:
    """The names (as `_compact` writes them, "The" left out) an outlet's name a note abbreviates may stand
    for: `N.Y. Times` for `nytimes` (a host's label) and `newyorktimes`, `Wash. Post` for `washingtonpost`.
    A Bluebook note's outlet was not known for the site's, and the title before it never compared."""
    folded = piece.casefold()[:_MAX_OUTLET_CHARS]
    plain = "".join(re.findall(r"[^\W\d_]+", folded))
    for initials, words in _OUTLET_INITIALS.items():
        folded = folded.replace(initials, f" {words} ")
    expanded = "".join(_OUTLET_ABBREVIATIONS.get(word, word) for word in re.findall(r"[^\W\d_]+", folded))
    return {plain.removeprefix("the"), expanded.removeprefix("the")}


_MAX_OUTLET_CHARS = 100
# Places a dateline names: capitals and the cities of the war's reporting, as `_compact` writes them.
_DATELINE_PLACES = frozenset(
    [
        *("moscow", "kyiv", "kiev", "london", "washington", "beijing", "paris"),
        *("berlin", "brussels", "geneva", "warsaw", "minsk", "ankara", "istanbul"),
        *("jerusalem", "telaviv", "tehran", "damascus", "baghdad", "cairo", "tokyo"),
        *("seoul", "newyork", "donetsk", "luhansk", "kharkiv", "kharkov", "odesa"),
        *("odessa", "lviv", "dnipro", "zaporizhzhia", "zaporozhye", "kherson", "sevastopol"),
        *("simferopol", "stpetersburg", "saintpetersburg", "belgorod", "kursk", "rostovondon", "vilnius"),
        *("riga", "tallinn", "chisinau", "bucharest", "budapest", "prague", "vienna"),
        *("rome", "madrid", "helsinki", "stockholm", "oslo", "copenhagen", "tbilisi"),
        *("yerevan", "baku", "kabul", "islamabad", "delhi", "newdelhi", "doha"),
        *("riyadh", "dubai", "beirut", "amman", "gaza", "ramallah", "unitednations"),
    ]
)


# Words in the rest of a page's title (its og:title or its <title>) that make it a listing of pages, not the
# article a cited title names: "Bridge destroyed - Search - TASS", "Bridge destroyed | Tag | TASS" (its
# og:title "Bridge destroyed"). Each passed on its part. A live page's headline ("Live updates: Bridge
# destroyed") is its own title.
_LISTING_WORDS = frozenset({"search", "tag", "tags", "tagged", "topic", "topics"})


def _listing_title(cited: str, source: SourcePost) -> tuple[str, str] | None:
    """The page's title (its og:title or headline, or its <title>) and a word of `_LISTING_WORDS` in it that
    neither the cited title nor the site's names say; None when there is none."""
    titles = (source.title or "", source.fields.get("title") or "")
    if not any(word in title.casefold() for title in titles for word in _LISTING_WORDS):
        return None  # most titles: no word to weigh
    said = _words(cited)
    for name in _site_names(source):
        said.update(_words(name))
    for title in (source.title, source.fields.get("title")):
        word = next(
            (word for word in _word_list(title or "") if word in _LISTING_WORDS and word not in said), None
        )
        if title and word:
            return title, word
    return None


_SHORT_PART_WORDS = 3
_HEADLINE_WORDS_MORE = 2


def _headline_beside(cited: str, title: str, source: SourcePost) -> str | None:
    """The page title's first part, a headline, where the cited title is only a short part after it (three
    words or fewer, the headline two or more words longer): "Ukraine war" of "Bridge destroyed in overnight
    strike - Ukraine war" (a section's label), "What we know" of "Bridge destroyed in strike - What we
    know"; each passed as a whole part of the title. None where the first part is the site's name, or the
    cited title is no later part."""
    cited_words = len(_word_list(cited))
    if not cited_words or cited_words > _SHORT_PART_WORDS:
        return None
    parts = _SEPARATOR.split(" ".join(_with_bars(title[:_MAX_QUOTED_TITLE]).split()))[0::2][:_MAX_TITLE_PARTS]
    key = normalise_text(cited).strip(" .!")
    if len(parts) < 2 or not any(normalise_text(part).strip(" .!") == key for part in parts[1:]):
        return None
    headline = parts[0]
    if len(_word_list(headline)) < max(_SHORT_PART_WORDS, cited_words + _HEADLINE_WORDS_MORE):
        return None
    names = {_compact(name) for name in _site_names(source)}
    return None if _compact(headline) in names else headline


# Words that make a short part of a page's title, before its colon or after a dash at its end, the one who
# says the rest ("Kremlin: Bridge destroyed", "Bridge destroyed - Ministry of Defence", "Russian media: …"),
# as TASS and RIA write a claim: cited without it, the claim was passed as the outlet's own words. A label
# ("Ukraine war: …") has none.
_SPEAKING = (
    "kremlin pentagon ministry minister president spokesman spokeswoman spokesperson governor mayor army "
    "police government officials official mod military prosecutor prosecutors media"
)
_SPEAKING_WORDS = frozenset(_SPEAKING.split())
# `_SEPARATOR`, and a colon with no space before it ("Kremlin: …").
_SEPARATOR_OR_COLON = re.compile(r"(:\s+|\s+[|:\u00b7\u2010-\u2015\u2212-]+\s+|\s*\|\s*)")
_SPEAKER_WORDS = 4


def _attributed_to(cited: str, title: str, speakers: frozenset[str], source: SourcePost) -> str | None:
    """The short part of the page's title beside the part the cited title is, before a colon or after a dash,
    that names someone speaking (`_SPEAKING_WORDS`, or a name the report cites as a source's author), but
    for the site's name ("Bridge destroyed - Army Times"); None where there is none."""
    split = _SEPARATOR_OR_COLON.split(" ".join(_with_bars(title[:_MAX_QUOTED_TITLE]).split()))
    parts, separators = split[0::2][:_MAX_TITLE_PARTS], split[1::2]
    if len(parts) < 2:  # most og:titles: no part beside another
        return None
    key = normalise_text(cited).strip(" .!")
    for at, part in enumerate(parts):
        if normalise_text(part).strip(" .!") != key:
            continue
        before = parts[at - 1] if at > 0 and ":" in separators[at - 1] else None
        after = parts[at + 1] if at + 1 < len(parts) and not set(separators[at]) & set(":|") else None
        for beside in (before, after):
            words = _word_list(beside or "")
            if (
                words
                and len(words) <= _SPEAKER_WORDS
                and (any(word in _SPEAKING_WORDS for word in words) or speaker_key(beside or "") in speakers)
                and _compact(beside or "") not in {_compact(name) for name in _site_names(source)}
            ):
                return beside
    return None


@dataclasses.dataclass(frozen=True)
class _Compared:
    """A cited title and the source's title it was compared with, as each rule of `check_title` reads them:
    `match`, how `matching` (and this module's small-word rules) compare them; `shown`, the source's title
    (or a post's opening) as the detail shows it; `what`, what that is called in a detail ("the page's
    title", "the post's opening"); `where`, the end of every detail (which copy was read)."""

    given: CheckInput
    cited: str
    source: SourcePost
    match: TitleMatch
    shown: str
    what: str
    where: str

    def warn(self, detail: str, found: str | None = None) -> CheckResult:
        """A `warn` with `detail` (the `where` added), showing `found` (the source's title by default)."""
        return CheckResult(
            name="title",
            status="warn",
            detail=f"{detail}{self.where}",
            cited=self.cited,
            found=self.shown if found is None else found,
        )

    @property
    def same(self) -> bool:
        return self.match.likeness == "same"

    @property
    def said(self) -> str:
        """The cited title as a detail quotes it: a note's quoted title of 100 kB gave a detail as long."""
        return repr(self.cited[:_CITED_CHARS])


# A rule of `check_title`: its verdict on a compared title, or None where it has nothing to say and the next
# rule is read. Each says why in its docstring; the first to answer decides.
_Rule = Callable[[_Compared], CheckResult | None]


# Words by which a page's title names it a live page, one rewritten as the news comes in ("Russia-Ukraine war:
# live updates", "Ukraine war live: March 5, 2022", "Day 8 as it happened"), in the languages of `matching`'s
# sections (normalised: case folded, words joined by one space).
_LIVE_PHRASES = (
    "liveblog", "live blog", "live updates", "live news", "as it happened", "latest updates", "live ticker",
    "newsblog", "newsticker", "en direct", "en vivo", "en directo", "minuto a minuto",
    # онлайн-трансляция, прямая трансляция
    "\u043e\u043d\u043b\u0430\u0439\u043d \u0442\u0440\u0430\u043d\u0441\u043b\u044f\u0446\u0438\u044f",
    "\u043f\u0440\u044f\u043c\u0430\u044f \u0442\u0440\u0430\u043d\u0441\u043b\u044f\u0446\u0438\u044f",
)  # fmt: skip
# "Live" alone where it opens or ends a part of the title ("Live: …", "Ukraine war live: …", "… | Live"), not
# the verb of a headline ("Kyiv residents live in fear"). Linear: no quantifier beside another over the same.
_LIVE_WORD = on_first_use(
    r"(?:^|[|:\u2010-\u2015-])\s*live\b|\blive\s*(?:[|:\u2010-\u2015-]|$)", re.IGNORECASE
)
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A day of a month in English, with or without its year ("March 5", "5 March 2022", "Mar. 5th"), and an ISO
# day; other full dates are `find_date`'s. Each part bounded: linear.
_DAY_OF_MONTH = on_first_use(
    r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?P<month>[a-z]{3,9})\.?"
    r"|(?P<month2>[a-z]{3,9})\.?\s{1,3}(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b)(?:,?\s{1,3}(?P<year>\d{4}))?"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
_MAX_LIVE_TITLE = 300


@dataclasses.dataclass(frozen=True)
class _TitleDay:
    """A day a title names: its month and day, its year where it gives one, and the words that say it."""

    month: int
    day: int
    year: int | None
    written: str

    def is_(self, day: dt.date) -> bool:
        return (self.month, self.day) == (day.month, day.day) and self.year in (None, day.year)

    def __str__(self) -> str:
        return f"{_MONTHS[self.month - 1].title()} {self.day}" + (f", {self.year}" if self.year else "")


# Each phrase as `_is_live` looks for it, between spaces: made once, not for each title asked (two a page).
_SPACED_LIVE_PHRASES = tuple(f" {phrase} " for phrase in _LIVE_PHRASES)


def _is_live(title: str) -> bool:
    """Whether a page's title names it a live page (`_LIVE_PHRASES`, `_LIVE_WORD`)."""
    said = f" {' '.join(_word_list(title[:_MAX_LIVE_TITLE]))} "
    return any(phrase in said for phrase in _SPACED_LIVE_PHRASES) or bool(
        _LIVE_WORD().search(" ".join(title[:_MAX_LIVE_TITLE].split()))
    )


def _days_in(title: str, year: int) -> list[_TitleDay]:
    """The days a title names (`_DAY_OF_MONTH`, and its first full date in another language, `find_date`);
    `year` only tests that a month and day with no year make a day."""
    title = title[:_MAX_LIVE_TITLE]
    days: list[_TitleDay] = []
    for found in _DAY_OF_MONTH().finditer(title):
        if found["iso"]:
            try:
                day = dt.date.fromisoformat(found["iso"])
            except ValueError:
                continue
            days.append(_TitleDay(day.month, day.day, day.year, found[0]))
            continue
        name = (found["month"] or found["month2"] or "").casefold()
        month = next(
            (at for at, full in enumerate(_MONTHS, 1) if full.startswith(name) and len(name) >= 3), 0
        )
        number = int(found["day"] or found["day2"] or 0)
        try:
            dt.date(int(found["year"] or year), month, number)
        except ValueError:
            continue
        days.append(_TitleDay(month, number, int(found["year"]) if found["year"] else None, found[0]))
    full = find_date(title)
    if full.date is not None and full.text and not any(day.is_(full.date) for day in days):
        days.append(_TitleDay(full.date.month, full.date.day, full.date.year, full.text))
    return days


def _live_page_of_another_day(compared: _Compared) -> CheckResult | None:
    """A live page ("Russia-Ukraine war: live updates") whose title now carries another day than the note's:
    its title is rewritten every day, so today's title neither confirms the cited one (it passed where it was
    the same but for the day, or had none) nor says the note got it wrong (it warned as another title, for a
    person to weigh as an edit): it warns saying so, for the copy of the cited day to be compared. Where the
    title carries the note's day, the cited title may leave that day out ("… live updates" of "… live
    updates, March 3"): it was only part of the title."""
    cited_day, source = compared.given.citation.date, compared.source
    titles = [title for title in (source.title, source.fields.get("title")) if title]
    if not any(_is_live(title) for title in titles):
        return None
    counted = _live_page_of_another_day_count(compared, titles)
    if counted is not None or cited_day is None:
        return counted
    said = _days_in(compared.cited, cited_day.year)
    for title in titles:
        days = _days_in(title, cited_day.year)
        today = [day for day in days if day.is_(cited_day)]
        if today:
            return _live_page_of_the_day(compared, title, today)
        other = next(
            (
                day
                for day in days
                if not any(day.is_(dt.date(cited_day.year, each.month, each.day)) for each in said)
            ),
            None,
        )
        if other is None:
            continue
        return compared.warn(
            f"cited {compared.said}; the page is a live page whose title, {title[:_SHOWN_CHARS]!r}, now "
            f"carries {other}, not the note's day {cited_day.isoformat()}: a live page's title changes as "
            "it is updated, so the cited title is neither confirmed nor contradicted; compare a copy of that "
            "day",
            found=title,
        )
    return None


# A day counted in a live page's title ("Day 8 of the invasion", "day 1,000"): its count grouped in thousands
# or not, bounded, linear. "day 1,000" was read as day 1: a cited "day 1" passed as beside the page's title.
_DAY_COUNT = on_first_use(
    r"\bday\s{1,3}(?P<count>\d{1,3}(?:[,.\u00a0\u202f]\d{3})+|\d{1,5})\b", re.IGNORECASE
)
# What stands between a day's count and the rest of a title: its separators and the spaces around them.
_AROUND_A_COUNT = " \t,;:|\u00b7\u2010\u2011\u2012\u2013\u2014\u2015\u2212-"


def _count_of(found: re.Match[str]) -> int:
    return int(re.sub(r"\D", "", found["count"]))


def _without_the_count(title: str, found: re.Match[str]) -> tuple[str, ...]:
    """A title without the day's count `found` in it, and without the separator before or after it (each a
    way it is read: "Russia-Ukraine war — live" and "Russia-Ukraine war: live" of "Russia-Ukraine war: day
    300 — live")."""
    before, after = title[: found.start()], title[found.end() :]
    tidy = (
        f"{before.rstrip(_AROUND_A_COUNT)} {after.lstrip()}",
        f"{before.rstrip()} {after.lstrip(_AROUND_A_COUNT)}",
    )
    return tuple(dict.fromkeys(" ".join(each.split()).strip(_AROUND_A_COUNT) for each in tidy))


def _passes_on(compared: _Compared, title: str) -> bool:
    """Whether the cited title passes on the page's title `title` alone (its other titles left out), held to
    every rule."""
    fields = {key: value for key, value in compared.source.fields.items() if key not in ("title", "headline")}
    source = compared.source.model_copy(update={"title": title, "fields": fields})
    return check_title(dataclasses.replace(compared.given, source=source)).status == "pass"


def _live_page_of_another_day_count(compared: _Compared, titles: list[str]) -> CheckResult | None:
    """A live page whose title counts the days ("Russia-Ukraine war: day 300 — live"), rewritten every day.
    A cited title that is the page's title but for another count ("… day 299 — live") is neither confirmed nor
    contradicted: it warns saying so, where it warned that the cited count was a subtitle the page's title
    leaves out. One that leaves the count out ("Russia-Ukraine war — live") is the page's title, its count of
    today aside: it passes, where it warned as another title ("one says 'live', the other does not")."""
    cited = _DAY_COUNT().search(compared.cited[:_MAX_LIVE_TITLE])
    for title in titles:
        counts = list(_DAY_COUNT().finditer(title[:_MAX_LIVE_TITLE]))
        if not counts:
            continue
        if cited is None:
            if compared.same:
                return None
            if any(_passes_on(compared, each) for each in _without_the_count(title, counts[0])):
                detail = (
                    f"matches {title[:_SHOWN_CHARS]!r}, a live page's title, its count of days "
                    f"{counts[0][0]!r} aside (the count changes as the page is updated){compared.where}"
                )
                return CheckResult(
                    name="title", status="pass", detail=detail, cited=compared.cited, found=title
                )
            continue
        if any(_count_of(found) == _count_of(cited) for found in counts):
            continue
        return compared.warn(
            f"cited {compared.said}; the page is a live page whose title, {title[:_SHOWN_CHARS]!r}, now "
            f"carries {counts[0][0]!r}, not the cited {cited[0]!r}: a live page's title changes as it "
            "is updated, so the cited title is neither confirmed nor contradicted; compare a copy of "
            "that day",
            found=title,
        )
    return None


def _live_page_of_the_day(compared: _Compared, title: str, days: list[_TitleDay]) -> CheckResult | None:
    """A pass for a cited title that is a live page's title of the note's day but for that day, which the
    note gives as its date; None where it is not (the other rules weigh it)."""
    if compared.same:
        return None
    without = title[:_MAX_LIVE_TITLE]
    for day in days:
        without = without.replace(day.written, " ")
    without = re.sub(r"\s+([,:;|])", r"\1", " ".join(without.split())).strip(" ,:;-")
    # The title without the day, held to every rule (the day aside, it carries no day of its own).
    if not _passes_on(compared, without):
        return None
    detail = (
        f"matches {compared.shown[:_SHOWN_CHARS]!r}, a live page's title of the note's day ({days[0]}), "
        f"that day aside{compared.where}"
    )
    return CheckResult(name="title", status="pass", detail=detail, cited=compared.cited, found=compared.shown)


def _quoted_for_someone(compared: _Compared) -> CheckResult | None:
    """Only the words the page's title quotes someone saying ("We will hold" of 'Mayor: "We will hold"'):
    cited without whom, the outlet is made to say them."""
    title = compared.source.title or ""
    speaker = (
        _whose_quoted_words(compared.cited, _with_bars(title), _site_names(compared.source))
        if compared.same
        else None
    )
    if speaker is None:
        return None
    return compared.warn(
        f"cited {compared.said} is only the words the page's title {compared.shown[:_SHOWN_CHARS]!r} "
        f"quotes, which it gives to {speaker!r}"
    )


def _given_to_a_speaker(compared: _Compared) -> CheckResult | None:
    """A part of the page's title beside a short part naming who says it ("Kremlin: Bridge destroyed"): the
    claim cited as the outlet's own words."""
    attributed = (
        _attributed_to(
            compared.cited, compared.source.title or "", compared.given.cited_speakers, compared.source
        )
        if compared.same
        else None
    )
    if attributed is None:
        return None
    return compared.warn(
        f"cited {compared.said} is only part of the page's title {compared.shown[:_SHOWN_CHARS]!r}, which "
        f"gives it to {attributed!r}: cited as the outlet's own words"
    )


def _og_title_left_as_it_was(compared: _Compared) -> CheckResult | None:
    """Only the og:title, where the article item's headline and the `<title>` both say another: the headline
    edited, the og:title left as it was."""
    stale = _another_headline(compared.cited, compared.match, compared.source)
    if stale is None:
        return None
    return compared.warn(
        f"matches the page's og:title {compared.shown[:_SHOWN_CHARS]!r}, but its headline and <title> are "
        f"{stale[:_SHOWN_CHARS]!r}: compare by hand",
        found=stale,
    )


def _headline_edited(compared: _Compared) -> CheckResult | None:
    """The og:title, where the `<title>` or the headline is that title but for a negation, a number, a word
    or a question mark: one of them edited since."""
    edited = _edited_apart(compared.cited, compared.source) if compared.same else None
    if edited is None:
        return None
    other, apart = edited
    return compared.warn(
        f"matches the page's title {compared.shown[:_SHOWN_CHARS]!r}, but the page also gives "
        f"{other[:_SHOWN_CHARS]!r}{_told_apart(apart)}: the headline edited since? Compare by hand",
        found=other,
    )


# A path segment of an article's address rather than a site's or a section's front (`/news`, `/en/`): one
# with a word break, a digit or a file's extension (`bridge-destroyed`, `60525350`, `story.html`).
_ARTICLE_SEGMENT = on_first_use(r"[-_.\d]")
_ARTICLE_SEGMENTS = 2


def _an_article_s_address(url: str, source: SourcePost) -> bool:
    """Whether `url` is the address of an article on the site `source` was read from (its host the page's,
    `www.` aside) rather than of a site's or a section's home (`https://www.bbc.com/news`): a path of two
    segments or more, or of one that reads as an article's (`_ARTICLE_SEGMENT`)."""
    try:
        parts = urlsplit(url)
        hosts = {urlsplit(each).hostname or "" for each in (source.url, source.canonical_url) if each}
    except ValueError:
        return False
    if (parts.hostname or "").removeprefix("www.") not in {host.removeprefix("www.") for host in hosts}:
        return False
    segments = [segment for segment in parts.path.split("/") if segment]
    return len(segments) >= _ARTICLE_SEGMENTS or any(_ARTICLE_SEGMENT().search(each) for each in segments)


def _a_home_page_s_title(compared: _Compared) -> CheckResult | None:
    """A page titled as its site's home page (`Home | Reuters`) at the address of an article the note cites:
    the article may be gone, its address sending readers home, and the cited title, the home page's too
    (a reference manager saving the title it was shown), confirms no page of its own. It passed."""
    source, url = compared.source, compared.given.citation.url
    if not compared.same or not source.title or not url or not _an_article_s_address(url, source):
        return None
    if not home_page_title(source.title, _site_names(source)):
        return None
    return compared.warn(
        f"cited {compared.said} is the title of the site's home page, {source.title[:_SHOWN_CHARS]!r}, "
        f"not of the article the note's address names: moved or gone, its address sending readers home? "
        "Compare by hand"
    )


def _listing_page(compared: _Compared) -> CheckResult | None:
    """A part of a title whose rest says `search`, `tag` or `topic`: a listing of pages, not the article."""
    listing = _listing_title(compared.cited, compared.source) if compared.same else None
    if listing is None:
        return None
    title, word = listing
    return compared.warn(
        f"cited {compared.said} is only part of the page's title {title[:_SHOWN_CHARS]!r}, whose rest "
        f"says {word!r}: a search or tag page, not the article?",
        found=title,
    )


def _only_the_page_s_author(compared: _Compared) -> CheckResult | None:
    """Only the name of the page's author or channel ("DW News" of "Bridge destroyed | DW News"): it says
    nothing of which of their pages is meant."""
    source = compared.source
    if compared.match.likeness in _FRAMING or not _only_the_author_s_name(
        compared.cited, source.title or "", source
    ):
        return None
    named = "the channel's name" if source.platform is Platform.YOUTUBE else "its author's name"
    return compared.warn(
        f"cited {compared.said} is only {named}, not the page's own title {compared.shown[:_SHOWN_CHARS]!r}"
    )


def _short_part_after_headline(compared: _Compared) -> CheckResult | None:
    """A short part after the page's headline ("Ukraine war" of "Bridge destroyed … - Ukraine war"): a
    section's label or a tail, not the headline."""
    headline = (
        _headline_beside(compared.cited, compared.source.title or "", compared.source)
        if compared.same
        else None
    )
    if headline is None:
        return None
    return compared.warn(
        f"cited {compared.said} is only part of the page's title {compared.shown[:_SHOWN_CHARS]!r}, after "
        f"its headline {headline[:_SHOWN_CHARS]!r}"
    )


def _the_article_s_headline(compared: _Compared) -> CheckResult | None:
    """The article item's headline where the og:title, read first, is another (edited since, or a social
    card's): with the <title> too it is the page's headline and passes; alone, a person compares."""
    source, cited, shown = compared.source, compared.cited, compared.shown
    headline, own = source.fields.get("headline"), source.fields.get("title")
    if compared.same or not headline or _page_title_match(cited, headline, source).likeness != "same":
        return None
    if (
        own
        and _page_title_match(cited, own, source).likeness == "same"
        and _whose_quoted_words(cited, _with_bars(headline), _site_names(source)) is None
    ):
        detail = (
            f"matches the article's headline {headline[:_SHOWN_CHARS]!r} and the page's <title>; its "
            f"og:title is {shown[:_SHOWN_CHARS]!r}{compared.where}"
        )
        return CheckResult(name="title", status="pass", detail=detail, cited=cited, found=headline)
    return compared.warn(
        f"matches the article's headline {headline[:_SHOWN_CHARS]!r}, but its og:title is "
        f"{shown[:_SHOWN_CHARS]!r}: compare by hand",
        found=headline,
    )


def _only_the_title_tag(compared: _Compared) -> CheckResult | None:
    """The page's <title> where its og:title or headline is another: a site's search headline beside its
    social one, or a headline edited since and a <title> left as it was; which the page's title is, a person
    sees. The detail said only that the cited title was not the headline."""
    source, own = compared.source, compared.source.fields.get("title")
    if (
        compared.same
        or not own
        or own == source.title
        or _page_title_match(compared.cited, own, source).likeness != "same"
    ):
        return None
    return compared.warn(
        f"matches the page's <title> {own[:_SHOWN_CHARS]!r}, but its headline is "
        f"{compared.shown[:_SHOWN_CHARS]!r}: compare by hand",
        found=own,
    )


def _post_opens_with_its_author(compared: _Compared) -> CheckResult | None:
    """A post that opens with its channel's name on a line of its own ("Rybar\nBridge destroyed."): the name
    cited as its title passed as the post's first line."""
    if not compared.same or not _only_the_author_s_name(compared.cited, compared.shown, compared.source):
        return None
    # Where the copy was read from alone: a PDF's unshown /Title is no part of this finding.
    detail = (
        f"cited {compared.said} is only its author's name, not the post's opening "
        f"{compared.shown[:_SHOWN_CHARS]!r}{compared.given.read_from}"
    )
    return CheckResult(name="title", status="warn", detail=detail, cited=compared.cited, found=compared.shown)


# A colon and the space after it, where Chicago and APA join a title and its subtitle ("Bridge destroyed: What
# we know about the strike"), and where a kicker ends ("Ukraine war: Kyiv bridge reopens").
_SUBTITLE_COLON = on_first_use(r":\s+")
_SUBTITLE_WORDS = 2  # a half found among the page's words that is one word confirms nothing ("Kremlin")
_PAGE_WORDS_READ = 1000
_MAX_SUBTITLE_COLONS = 2
_SUBTITLE_TEXT_WORDS = 3


def _where_the_page_says(words: list[str], source: SourcePost, titles_only: bool) -> str | None:
    """Which of the page's words hold `words` in order (case and punctuation aside): its title (another part
    of it), its <title>, its article item's headline, and unless `titles_only` its description and the
    opening of its text; None where none does."""
    wanted = f" {' '.join(words)} "
    for name, text in (
        ("title", source.title),  # another part of it: "Title - Subtitle" cited as "Title: Subtitle"
        ("<title>", source.fields.get("title")),
        ("headline", source.fields.get("headline")),
        ("description", None if titles_only else source.fields.get("og:description")),
        # A word or two there may be a menu's ("Fact check", "Live updates"), not a subtitle.
        ("opening text", None if titles_only or len(words) < _SUBTITLE_TEXT_WORDS else source.text),
    ):
        if text and wanted in f" {' '.join(_word_list(text[:_PAGE_WORDS_READ]))} ":
            return name
    return None


def _title_and_subtitle(compared: _Compared) -> CheckResult | None:
    """A cited title of a title and its subtitle, or a kicker and a headline, joined at a colon ("Bridge
    destroyed: What we know about the strike"), where the page's title shows only one of them: it was
    another title. The half that passes on its own (held to every rule) is the page's title; the other passes
    where the page says it too (its <title>, its headline, and for a subtitle its description, where sites
    keep it, or its opening text), and warns naming it where it does not (a subtitle the page does not
    show). Words before the colon are a label only a title gives ("Fact check: …" passed on a page whose
    menu, in its opening text, offered "Fact check")."""
    if compared.match.likeness not in ("different", "inside") or compared.match.verdict:
        return None
    cited = compared.cited[:_MAX_QUOTED_TITLE]
    # A title of more colons is no title and subtitle; each half is checked as a title, its own colons too.
    if not 0 < len(_SUBTITLE_COLON().findall(cited)) <= _MAX_SUBTITLE_COLONS:
        return None
    halves = _SUBTITLE_COLON().split(cited, maxsplit=1)
    if not all(_word_list(half) for half in halves):
        return None
    given = compared.given
    for (half, other), subtitle in zip((halves, halves[::-1]), (True, False), strict=True):
        half, other = half.strip(), other.strip()
        alone = check_title(
            dataclasses.replace(given, citation=given.citation.model_copy(update={"title": half}))
        )
        if alone.status != "pass":
            continue
        words = _word_list(other)
        said = (
            _where_the_page_says(words, compared.source, titles_only=not subtitle)
            if len(words) >= _SUBTITLE_WORDS
            else None
        )
        if said is None:
            # A word alone may stand anywhere on the page in another sense ("Kremlin", "false"): not read.
            asked = (
                " (a subtitle the page does not show?)" if subtitle and len(words) >= _SUBTITLE_WORDS else ""
            )
            return compared.warn(
                f"cited {compared.said}: {half[:_CITED_CHARS]!r} is the page's title "
                f"{compared.shown[:_SHOWN_CHARS]!r}, which leaves out {other[:_SHOWN_CHARS]!r}{asked}: "
                "compare by hand"
            )
        detail = (
            f"matches {compared.shown[:_SHOWN_CHARS]!r} ({half[:_CITED_CHARS]!r}), and "
            f"{other[:_SHOWN_CHARS]!r} beside it is the page's {said}{compared.where}"
        )
        return CheckResult(
            name="title", status="pass", detail=detail, cited=compared.cited, found=compared.shown
        )
    return None


# A cited title's last words in brackets ("Мост разрушен [Bridge destroyed]"), and the words before them.
# Bounded, linear: no bracket inside.
_BRACKETED_END = on_first_use(
    r"^(?P<before>[^\[\]()]{0,499}[^\[\]()\s])\s{0,20}"
    r"(?:\[(?P<square>[^\[\]]{1,500})\]|\((?P<round>[^()]{1,500})\))\s{0,20}\.?$"
)


def _with_its_translation(compared: _Compared) -> CheckResult | None:
    """A cited title and its translation in brackets, in another script or language (APA, MLA and Chicago
    give a title so: "Мост разрушен ночным ударом [Bridge destroyed in overnight strike]", or the translation
    first): the half that is the source's title passes, the other its translation, where the whole warned as
    another title ("a translation?")."""
    if compared.same or compared.match.verdict:
        return None
    found = _BRACKETED_END().match(compared.cited.strip()[:_MAX_QUOTED_TITLE])
    if found is None:
        return None
    before, inside = found["before"].strip(), (found["square"] or found["round"]).strip()
    if not _word_list(before) or not _word_list(inside):
        return None
    # A translation is in another script or language than the title beside it, or than the source's title
    # where the cited one is romanised ("Most razrushen nochnym udarom [Bridge destroyed …]").
    if not _translated(before, inside, guess=True) and script_of(inside) in (None, script_of(compared.shown)):
        return None
    given = compared.given
    for half, other in ((before, inside), (inside, before)):
        alone = check_title(
            dataclasses.replace(given, citation=given.citation.model_copy(update={"title": half}))
        )
        if alone.status == "pass":
            detail = (
                f"{alone.detail}; {other[:_SHOWN_CHARS]!r} beside it in brackets, in another script or "
                "language, is read as its translation and not compared"
            )
            return alone.model_copy(update={"detail": detail, "cited": compared.cited})
    return None


# A site's name the cited title ends with in brackets ("Bridge destroyed (BBC News)"). Bounded, linear.
_SITE_IN_BRACKETS = on_first_use(r"^(?P<title>.{1,500}?)\s{0,3}\((?P<site>[^()]{1,80})\)\s{0,3}$")


def _with_the_site_s_name(compared: _Compared) -> CheckResult | None:
    """A cited title that adds the site's name to the page's title, as a browser's tab shows it ("Bridge
    destroyed - BBC News", "… | BBC", "… (BBC News)") where the page's title (its og:title) is the headline
    alone: the headline passes, the site's name beside it is the page's own (`_site_names`, never the
    note's). It warned as another title, or as only the page's <title> where that was the headline and the
    site's name."""
    if compared.same or compared.match.verdict:
        return None
    cited = " ".join(compared.cited[:_MAX_QUOTED_TITLE].split())
    candidates = _end_pieces(cited, last_first=True)
    bracketed = _SITE_IN_BRACKETS().match(cited)
    if bracketed is not None:
        candidates.append((bracketed["title"], bracketed["site"]))
    sites = {_compact(name).removeprefix("the") for name in _site_names(compared.source)}
    for headline, site in candidates:
        if not _word_list(headline) or _compact(site).removeprefix("the") not in sites:
            continue
        alone = _passed_alone(
            compared, headline, f"{site.strip()[:_SHOWN_CHARS]!r} beside it is the site's name"
        )
        if alone is not None:
            return alone
    return None


# Small words an outlet's name holds in lower case ("The Times of India", "El País de la Mañana").
_NAME_PARTICLES = frozenset({"the", "of", "and", "de", "la", "el", "le", "du", "des", "der", "die", "&"})
_MAX_OUTLET_WORDS = 5


def _looks_like_an_outlet(piece: str) -> bool:
    """Whether a cited title's last piece reads as a site's name (`The Guardian`, `BBC News`, `Reuters`):
    a few capitalised words, no label of a story's kind (`Video`, `Opinion`), no verb of attribution in
    any case (`officials say`, `Ukraine Says`: `_STANDING_WORDS`' concern)."""
    words = piece.split()
    if not 0 < len(words) <= _MAX_OUTLET_WORDS or piece.strip().casefold() in _STORY_LABELS:
        return False
    if any(word.casefold() in _STANDING_WORDS for word in words):
        return False  # `… - Ukraine Says`, capitalised as a headline's words are
    return all(word[0].isupper() or word[0].isdigit() or word.casefold() in _NAME_PARTICLES for word in words)


def _with_another_site_s_name(compared: _Compared) -> CheckResult | None:
    """A cited title that adds another site's name than the page's to its headline ("… | The Guardian" on
    Harbour Times's page): the headline passes alone, but the note names another outlet than the page's, the
    wrong one or one whose copy it read. It warned as another title ("84%"), saying nothing of the outlet."""
    if compared.same or compared.match.verdict:
        return None
    names = _site_names(compared.source)
    page_s = compared.source.publisher or compared.source.fields.get("og:site_name")
    if not page_s:
        return None
    sites = {_compact(name).removeprefix("the") for name in names}
    cited = " ".join(compared.cited[:_MAX_QUOTED_TITLE].split())
    for headline, site in _end_pieces(cited, last_first=True)[:1]:
        if not _word_list(headline) or not _looks_like_an_outlet(site):
            continue
        if _compact(site).removeprefix("the") in sites:
            continue  # the page's own site: `_with_the_site_s_name`
        alone = _passed_alone(compared, headline, "")
        if alone is not None:
            return compared.warn(
                f"the headline matches, but the cited title names the site {site.strip()[:_SHOWN_CHARS]!r}, "
                f"where the page's is {page_s[:_SHOWN_CHARS]!r}: another outlet's copy, or the wrong outlet? "
                "Compare by hand"
            )
    return None


def _end_pieces(cited: str, last_first: bool) -> list[tuple[str, str]]:
    """(the rest, the piece) for the last and the first piece of a title split at its separators
    (`_SEPARATOR`), in the order asked; none for a title of one piece."""
    pieces = _SEPARATOR.split(cited)
    if len(pieces) < 3:  # a piece, a separator, a piece, ...
        return []
    last, first = ("".join(pieces[:-2]), pieces[-1]), ("".join(pieces[2:]), pieces[0])
    return [last, first] if last_first else [first, last]


def _passed_alone(compared: _Compared, headline: str, beside: str) -> CheckResult | None:
    """The title check of `headline` alone, what the note cites beside it set aside (`beside` says what
    it is), where that passes; else None."""
    given = compared.given
    alone = check_title(
        dataclasses.replace(given, citation=given.citation.model_copy(update={"title": headline.strip()}))
    )
    if alone.status != "pass":
        return None
    return alone.model_copy(update={"detail": f"{alone.detail}; {beside}", "cited": compared.cited})


# Labels a site sets before or after a story's headline in its tab's title, the og:title leaving them out
# ("Opinion | …", as The New York Times titles a column; "Explainer: …", "… | Video"): no words of the
# headline, and a cited title keeping one warned as another title ("one says 'opinion'"). Not a verdict's
# ("Fact check: …"), nor a correction's: those judge the words beside them.
_STORY_LABELS = frozenset({
    "opinion", "analysis", "explainer", "exclusive", "watch", "video", "videos", "live", "interview",
    "review", "editorial", "commentary", "comment", "feature", "factbox", "timeline", "in pictures",
    "in photos", "photos", "podcast", "breaking", "breaking news", "long read", "q&a",
})  # fmt: skip
_LABEL_BEFORE_COLON = on_first_use(r"^(?P<label>[^\W\d_][\w&' ]{0,20}?):\s+(?P<headline>\S.*)$", re.DOTALL)


def _with_a_story_label(compared: _Compared) -> CheckResult | None:
    """A cited title that keeps a label the site sets beside the headline (`_STORY_LABELS`: "Opinion |
    Bridge destroyed", "Explainer: Bridge destroyed") where the page's title is the headline alone: the
    headline passes, the label said. It warned as another title, or as one that leaves out the label."""
    if compared.same or compared.match.verdict:
        return None
    cited = " ".join(compared.cited[:_MAX_QUOTED_TITLE].split())
    candidates = _end_pieces(cited, last_first=False)
    before = _LABEL_BEFORE_COLON().match(cited)
    if before is not None:
        candidates.append((before["headline"], before["label"]))
    for headline, label in candidates:
        if normalise_text(label).strip() not in _STORY_LABELS or not _word_list(headline):
            continue
        alone = _passed_alone(
            compared, headline, f"{label.strip()!r} beside it is the site's label for the story"
        )
        if alone is not None:
            return alone
    return None


# Runs of letters, to be written in Latin ones (`anyascii`), the marks between them kept (guillemets would
# be `<<` and `>>`).
_LETTER_RUN = on_first_use(r"[^\W\d_]+")
# Russian's and Ukrainian's hard and soft signs, which romanisations write as a prime or leave out, and
# `anyascii` as an apostrophe inside the word.
_SIGNS = str.maketrans(dict.fromkeys("\u044c\u044a\u042c\u042a"))


def _in_latin_letters(text: str) -> str:
    from anyascii import anyascii

    return _LETTER_RUN().sub(lambda run: anyascii(run[0].translate(_SIGNS)), text[:_MAX_QUOTED_TITLE])


def _romanised(compared: _Compared) -> CheckResult | None:
    """A cited title in Latin letters of a source's title in another script, romanised as Chicago asks of a
    Russian or Ukrainian title ("Most razrushen nochnym udarom" of TASS's title in Cyrillic): it passes where
    the source's title, so written, passes it (held to every rule), where it warned as another title ("a
    translation?")."""
    shown = compared.shown
    if compared.same or script_of(compared.cited) != "Latin" or script_of(shown) in (None, "Latin"):
        return None
    latin = _in_latin_letters(shown)
    if not _passes_on(compared, latin):
        return None
    detail = (
        f"matches {shown[:_SHOWN_CHARS]!r} written in Latin letters, {latin[:_SHOWN_CHARS]!r}{compared.where}"
    )
    return CheckResult(name="title", status="pass", detail=detail, cited=compared.cited, found=shown)


# A bracketed neutral citation (`[2024] EWCA Civ 412`, `[2024] EWHC 611 (Comm)`): its year, its court's code
# (a court `neutral_citation_court` names, else no citation read), its number and the division after it.
# Each run bounded, and the code's letters are no digit or space: linear, tried where a `[` stands.
_NEUTRAL_CITATION = on_first_use(
    r"\[(?P<year>\d{4})\]\s{1,3}(?P<code>[A-Z][A-Za-z]{1,9}(?:\s{1,3}(?:Civ|Crim))?)\s{1,3}"
    r"(?P<number>\d{1,5})(?!\d)(?:\s{0,3}\((?P<division>[A-Z][A-Za-z&]{0,11})\))?"
)
_MAX_JUDGMENT_TITLE_CHARS = 400
_MAX_DAY_CHARS = 40
_NeutralCitation = tuple[str, str, int, str | None]  # year, court's code, number, division


def _neutral_citation(found: re.Match[str] | None) -> _NeutralCitation | None:
    """The citation `_NEUTRAL_CITATION` found, None where it found none or its code is no court's it knows
    (a law report's series, `[2024] AC 45`, is no neutral citation)."""
    if found is None:
        return None
    code = " ".join(found["code"].split())
    if neutral_citation_court(code) == code:
        return None
    return found["year"], code, int(found["number"]), found["division"]


def _written(citation: _NeutralCitation) -> str:
    year, code, number, division = citation
    return f"[{year}] {code} {number}" + (f" ({division})" if division else "")


def _same_judgment(note_s: _NeutralCitation, page_s: _NeutralCitation) -> bool:
    """Whether a note's neutral citation is the page's: its year, court and number alike, and its division
    too where the note gives one. A note's citation without its division (`[2024] EWHC 611` of `[2024] EWHC
    611 (Comm)`) is the same judgment: a court numbers its judgments of a year in one run across its
    divisions, the division in brackets after the number only naming where it was given."""
    year, code, number, division = note_s
    return (year, code, number) == page_s[:3] and division in (None, page_s[3])


def _citation_left_aside(own: _NeutralCitation, page_s: _NeutralCitation) -> str:
    """The page's neutral citation left aside, as the title check names it: the note's own, or the page's
    with the division the note leaves out named."""
    if own == page_s:
        return f"the note's own neutral citation {_written(page_s)!r}"
    return (
        f"the neutral citation {_written(page_s)!r}, the note's own {_written(own)!r} with the division "
        f"({page_s[3]}) it leaves out"
    )


def _caption_and_citation(title: str) -> tuple[str, _NeutralCitation | None, str | None] | None:
    """A judgment's title as BAILII writes it (`Halvorsen v Information Commissioner [2024] EWCA Civ 412 (24
    April 2024)`): the caption, the neutral citation after it and the judgment's day in brackets at its end
    (either may be missing); None where the title ends in neither. Read from the end (`rfind`), each piece
    once: linear."""
    shown = " ".join(title[: _MAX_JUDGMENT_TITLE_CHARS + 1].split())
    if len(shown) > _MAX_JUDGMENT_TITLE_CHARS:
        return None
    rest, day = shown, None
    if rest.endswith(")"):
        opened = rest.rfind("(")
        inside = rest[opened + 1 : -1].strip()
        # The whole of the brackets a day: `(24 April 2024)`, not `(hearing of 5 March 2024)`.
        if opened > 0 and len(inside) <= _MAX_DAY_CHARS and find_date(inside).text.strip() == inside:
            rest, day = rest[:opened].rstrip(), inside
    opened = rest.rfind("[")
    citation = _neutral_citation(_NEUTRAL_CITATION().fullmatch(rest, opened)) if opened > 0 else None
    if citation is not None:
        rest = rest[:opened].rstrip(" ,")
    if citation is None and day is None:
        return None
    return rest, citation, day


def _judgment_s_caption(compared: _Compared) -> CheckResult | None:
    """A pass where the page's title is a judgment's caption beside its neutral citation and its day, as
    BAILII titles a judgment (`Halvorsen v Information Commissioner [2024] EWCA Civ 412 (24 April 2024)`),
    the cited title is that caption (with that citation or without it), and the citation is the note's own,
    the first the note gives (year, court's code, number and division alike): the citation and the day are
    left aside, named (the date check compares the day). Such a caption warned as "only part of the page's
    title", and every judgment so cited stayed unconfirmed. A page's citation other than the note's, or a
    note giving none, is no such title: None, and the title is compared as any is."""
    if compared.same or compared.what != _PAGE_TITLE:
        return None
    page = _caption_and_citation(compared.shown)
    cited = _caption_and_citation(compared.cited) or (" ".join(compared.cited.split()), None, None)
    if page is None or cited[2] is not None:
        return None
    caption, citation, day = page
    prose = note_prose(compared.given.footnote)[:_MAX_NOTE_CHARS]
    own = _neutral_citation(_NEUTRAL_CITATION().search(prose))
    if own is None or (citation is not None and not _same_judgment(own, citation)):
        return None
    if cited[1] is not None and (citation is None or not _same_judgment(cited[1], citation)):
        return None
    if not caption or _word_list(cited[0]) != _word_list(caption):
        return None
    left = [_citation_left_aside(own, citation)] if citation is not None else []
    left += [f"the judgment's day {day!r} (the date check compares it)"] if day is not None else []
    shown = compared.shown
    detail = (
        f"matches {caption[:_SHOWN_CHARS]!r}, the judgment's caption in the page's title "
        f"{shown[:_SHOWN_CHARS]!r}; left aside: {' and '.join(left)}{compared.where}"
    )
    return CheckResult(name="title", status="pass", detail=detail, cited=compared.cited, found=shown)


# A Canadian neutral citation (`2019 SCC 41`): its year, its court's code and its number, CanLII's mark
# `(CanLII)` after it on its pages; and a Supreme Court Reports citation (`[2019] 3 SCR 212`, `S.C.R.`,
# French's `RCS`). Bounded runs of digits and capitals, tried on a note's and a title's first characters.
_CANADIAN_CITATION = on_first_use(
    r"(?<![\w\[])(?P<year>\d{4})\s{1,3}(?P<code>[A-Z]{2,5})\s{1,3}(?P<number>\d{1,5})(?!\w)"
)
_SUPREME_COURT_REPORTS = on_first_use(
    r"\[(?P<year>\d{4})\]\s{1,3}(?P<volume>\d{1,2})\s{1,3}(?:S\.?\s?C\.?\s?R|R\.?\s?C\.?\s?S)\.?\s{1,3}"
    r"(?P<page>\d{1,5})(?!\w)"
)
_CANLII_MARK = " (CanLII)"
_CANLII_SITE = " | CanLII"


def _canlii_title(title: str) -> tuple[str, re.Match[str], str] | None:
    """A judgment's title as CanLII writes it (`R. v. Thornbury, 2019 SCC 41 (CanLII), [2019] 3 SCR 212 |
    CanLII`): its caption, its neutral citation and what follows it (the law reports' citations); None for
    any other title. Read with `partition` and one anchored match: linear."""
    shown = " ".join(title[: _MAX_JUDGMENT_TITLE_CHARS + 1].split()).removesuffix(_CANLII_SITE)
    if len(shown) > _MAX_JUDGMENT_TITLE_CHARS or _CANLII_MARK not in shown:
        return None
    caption, comma, rest = shown.partition(", ")
    citation = _CANADIAN_CITATION().match(rest) if comma else None
    if citation is None or not rest.startswith(_CANLII_MARK, citation.end()):
        return None
    return caption, citation, rest[citation.end() + len(_CANLII_MARK) :]


def _canadian_judgment_s_caption(compared: _Compared) -> CheckResult | None:
    """A pass where the page's title is a Canadian judgment's as CanLII writes it (`R. v. Thornbury, 2019
    SCC 41 (CanLII), [2019] 3 SCR 212 | CanLII`), the cited title is its caption (`R v Thornbury`: its stops
    aside), and the note gives the page's neutral citation (year, court and number alike) or its Supreme
    Court Reports citation: the citations and CanLII's mark are left aside, named. It warned as another
    title (38% alike), and a judgment cited by its caption and citation stayed unconfirmed. None for any
    other title, or a note giving another citation or none."""
    if compared.same or compared.what != _PAGE_TITLE or "(CanLII)" not in compared.shown:
        return None  # most titles: not normalised
    page = _canlii_title(compared.shown)
    if page is None:
        return None
    caption, citation, reports = page
    if not caption or _word_list(compared.cited) != _word_list(caption):
        return None
    prose = note_prose(compared.given.footnote)[:_MAX_NOTE_CHARS]
    own = _CANADIAN_CITATION().search(prose)
    report = _SUPREME_COURT_REPORTS().search(prose)
    page_report = _SUPREME_COURT_REPORTS().search(reports[:_MAX_JUDGMENT_TITLE_CHARS])
    others = reports.strip(" ,")
    if own is not None and own.group("year", "code", "number") == citation.group("year", "code", "number"):
        left = f"the note's own neutral citation {citation.group()!r} (CanLII's mark beside it)"
        left += f" and the law reports' {others[:_SHOWN_CHARS]!r}" if others else ""
    elif (
        own is None
        and report is not None
        and page_report is not None
        and report.group("year", "volume", "page") == page_report.group("year", "volume", "page")
    ):
        left = f"the neutral citation {citation.group()!r} and the note's own report {page_report.group()!r}"
    else:
        return None
    shown = compared.shown
    detail = (
        f"matches {caption[:_SHOWN_CHARS]!r}, the judgment's caption in the page's title "
        f"{shown[:_SHOWN_CHARS]!r}; left aside: {left}{compared.where}"
    )
    return CheckResult(name="title", status="pass", detail=detail, cited=compared.cited, found=shown)


# The ids a gazette's page opens its title with, before the entry's own title: Spain's BOE
# (`BOE-A-2023-11247`), France's Journal officiel (`JORF n°0110 du 12 mai 2023`) and its NOR
# (`NOR : TREL2312345A`), Italy's Gazzetta Ufficiale (its issue, `GU Serie Generale n.60 del 12-03-2024`,
# and an entry's codice redazionale, `24A01234`), Portugal's Diário da República (its issue, `Diário da
# República n.º 51/2024, Série I de 2024-03-12`, and the act's number, `Decreto-Lei n.º 20/2024`); one to
# three of them, with the marks between them and the title. Each begins with its own letters and each run is
# bounded: anchored at the title's start, linear.
_PORTUGUESE_ACT = PORTUGUESE_ACT
_GAZETTE_ID = (
    r"BOE-[A-Z]-\d{4}-\d{1,7}"
    r"|JORF\s{0,3}n\s?[°º]\s{0,3}\d{1,5}(?:\s{1,3}du\s{1,3}\d{1,2}(?:er)?\s{1,3}[^\W\d_]{3,9}\s{1,3}\d{4})?"
    r"|NOR\s{0,3}:?\s{0,3}[A-Z]{4}\d{7}[A-Z]"
    r"|GU\s{0,3}(?:Serie\s{1,3}Generale\s{1,3})?n\.\s{0,3}\d{1,4}(?:\s{1,3}del\s{1,3}\d{1,2}-\d{1,2}-\d{4})?"
    r"|\d{2}[AGE]\d{5}"
    r"|Di[aá]rio\s{1,3}da\s{1,3}Rep[uú]blica\s{1,3}n\.?\s{0,3}[°º]\s{0,3}\d{1,4}/\d{4}"
    r"(?:,?\s{1,3}S[ée]rie\s{1,3}I{1,3}(?:\s{1,3}de\s{1,3}\d{4}-\d\d-\d\d)?)?"
    rf"|{_PORTUGUESE_ACT}"
)
_GAZETTE_IDS = on_first_use(rf"\s{{0,3}}(?:(?:{_GAZETTE_ID})[\s:,;\u2010-\u2015-]{{1,5}}){{1,3}}")
_MAX_GAZETTE_TITLE_CHARS = 1000
_NOTE_S_GAZETTE_ID = on_first_use(rf"(?<![\w-])(?:{_GAZETTE_ID})(?![\w-])")


# What a gazette's id opens with (`_GAZETTE_ID`): a title that opens otherwise, as nearly every page's does,
# is not matched against the ids, whose pattern costs as much to compile as a hundred titles to compare.
_GAZETTE_ID_OPENINGS = ("BOE-", "JORF", "NOR", "GU", "Di", "Decreto", "Lei", "Portaria", "Despacho")


def _may_open_with_a_gazette_id(title: str) -> bool:
    opening = title[:_MAX_GAZETTE_TITLE_CHARS].lstrip()
    return opening.startswith(_GAZETTE_ID_OPENINGS) or opening[:2].isdigit()


def without_the_gazette_s_ids(title: str) -> str:
    """A gazette entry's page title without the ids it opens with (`_GAZETTE_IDS`: `GU Serie Generale n.60 del
    12-03-2024 - DECRETO 5 marzo 2024 …` is `DECRETO 5 marzo 2024 …`); any other title as it is."""
    ids = (
        _GAZETTE_IDS().match(title[:_MAX_GAZETTE_TITLE_CHARS]) if _may_open_with_a_gazette_id(title) else None
    )
    return title[ids.end() :] if ids is not None else title


def _gazette_key(written: str) -> str:
    """A gazette's id as two writings of it compare: without its spaces, and a `JORF` issue's number without
    the day after it (`JORF n°0110` is `JORF n° 0110 du 13 mai 2023`'s issue)."""
    return "".join(written.partition(" du ")[0].split())


# The Gazzetta Ufficiale's code for an entry (its codice redazionale) in brackets after the entry's title,
# as the gazette prints it: `… colpite dalla siccità. (24A01234)`. Anchored at the end, bounded: linear.
_ENTRY_S_CODE = on_first_use(r"\s{0,3}\((\d{2}[AGE]\d{5})\)\s{0,3}$")


def _without_the_entry_s_code(entry: str) -> tuple[str, str]:
    """A gazette entry's title without the code after it (`_ENTRY_S_CODE`), and that code ('' where none)."""
    code = _ENTRY_S_CODE().search(entry[-_MAX_ENTRY_CODE_CHARS:])
    if code is None:
        return entry, ""
    return entry[: len(entry) - len(code.group())].rstrip(), code.group(1)


_MAX_ENTRY_CODE_CHARS = 20


def _gazette_entry_s_title(compared: _Compared) -> CheckResult | None:
    """A pass where the page's title is a gazette entry's title after the gazette's id for it, as the BOE
    titles an entry's page (`BOE-A-2023-11247 Resolución de 3 de mayo de 2023, …`) and Légifrance may give
    `JORF n°…` or `NOR` before a text's title, and the cited title is the rest of it: the id is left aside,
    named. It warned "only part of the page's title", and every gazette entry cited by its title stayed
    unconfirmed. A note giving an id of its own that is not one the page's title opens with, or a title
    whose rest is another entry's, is no such title: None, compared as any title is."""
    if compared.same or compared.what != _PAGE_TITLE or not _may_open_with_a_gazette_id(compared.shown):
        return None
    # An entry's title may be long (a resolution names its project and place), but bounded: the rest is
    # compared with the cited title whole.
    head = compared.shown[:_MAX_GAZETTE_TITLE_CHARS]
    ids = _GAZETTE_IDS().match(head)
    if ids is None:
        return None
    entry, code = _without_the_entry_s_code(head[ids.end() :].strip())
    if not entry or _page_title_match(compared.cited, entry, compared.source).likeness != "same":
        return None
    page_s = {_gazette_key(found) for found in _NOTE_S_GAZETTE_ID().findall(f"{ids.group()} {code}")}
    prose = note_prose(compared.given.footnote)[:_MAX_NOTE_CHARS]
    note_s = {_gazette_key(found) for found in _NOTE_S_GAZETTE_ID().findall(prose)}
    if note_s - page_s:
        return None  # the note names another entry than the page's
    left = ids.group().strip(" :,;\u2010\u2011\u2012\u2013\u2014\u2015-")
    owned = " (the note's own)" if note_s else ""
    after = f" and its code {code!r} after it" if code else ""
    shown = compared.shown
    detail = (
        f"matches {entry[:_SHOWN_CHARS]!r}, the entry's title in the page's title {shown[:_SHOWN_CHARS]!r}; "
        f"left aside: the gazette's id {left!r}{owned} before it{after}{compared.where}"
    )
    return CheckResult(name="title", status="pass", detail=detail, cited=compared.cited, found=shown)


_NOTE_S_ACT = on_first_use(rf"(?<![\w-]){_PORTUGUESE_ACT}(?![\w-])")
_MAX_SUMMARY_REACH = 2000  # characters of the page's opening text an act's summary is looked for in
_LEAST_SUMMARY_WORDS = 4


def _gazette_act_s_summary(compared: _Compared) -> CheckResult | None:
    """A pass where the page's title is only the act's id (Portugal's Diário da República titles an act's page
    `Decreto-Lei n.º 20/2024`), the note gives that id, and the cited title is the summary (sumário) the
    page's opening shows, whole: such an act is cited by its number and its summary, and the summary warned
    "not the page's title". A note giving no id, or another, and words the opening does not hold, or a few
    words only, are compared as any title is (None)."""
    if compared.same or compared.what != _PAGE_TITLE or not _may_open_with_a_gazette_id(compared.shown):
        return None
    shown = compared.shown[:_MAX_GAZETTE_TITLE_CHARS]
    if _GAZETTE_IDS().fullmatch(f"{shown} ") is None:
        return None
    page_s = {_gazette_key(found) for found in _NOTE_S_GAZETTE_ID().findall(shown)}
    prose = note_prose(compared.given.footnote)[:_MAX_NOTE_CHARS]
    note_s = {_gazette_key(found) for found in _NOTE_S_GAZETTE_ID().findall(prose)}
    # The note may give the issue beside the act (`Diário da República n.º 51/2024`), never another act.
    note_s_acts = {_gazette_key(found) for found in _NOTE_S_ACT().findall(prose)}
    cited = normalise_text(compared.cited).rstrip(" .")
    if page_s - note_s or note_s_acts - page_s or len(cited.split()) < _LEAST_SUMMARY_WORDS:
        return None
    if cited not in normalise_text(compared.source.text[:_MAX_SUMMARY_REACH]):
        return None
    detail = (
        f"the page's title is the act's id {shown!r}, which the note gives; the cited title is the summary "
        f"the page opens with, found whole{compared.where}"
    )
    return CheckResult(name="title", status="pass", detail=detail, cited=compared.cited, found=shown)


def _gazette_act_s_designation(compared: _Compared) -> CheckResult | None:
    """A pass where the page's title is only the act's id (`Decreto-Lei n.º 20/2024`) and the cited title is
    that act's designation with its day (`Decreto-Lei n.º 20/2024, de 12 de março`, as Portuguese law cites
    an act), the day the one the page is dated by (the Diário da República's issue it was published in). It
    warned as a title of other words. Another act, or another day, is compared as any title is (None)."""
    if compared.same or compared.what != _PAGE_TITLE or compared.cited[:1] not in ("D", "L", "P"):
        return None
    designation = portuguese_act_designation(compared.cited)
    published = compared.source.published
    if designation is None or published is None or designation.day != published.date():
        return None
    cited, shown = normalise_text(compared.cited).rstrip(" ."), normalise_text(compared.shown)
    if cited != normalise_text(designation.written) or normalise_text(designation.act) != shown:
        return None
    detail = (
        f"the page's title is the act's id {compared.shown!r}; the cited title adds the day it was published "
        f"in the Diário da República, {designation.day.isoformat()}, the day the page gives{compared.where}"
    )
    return CheckResult(name="title", status="pass", detail=detail, cited=compared.cited, found=compared.shown)


# The rules read in order for a page with a title, then for a post (its opening read as its title); where
# none answers, `_verdict` says what the match is.
_PAGE_RULES: tuple[_Rule, ...] = (
    _judgment_s_caption,
    _gazette_entry_s_title,
    _gazette_act_s_summary,
    _gazette_act_s_designation,
    _canadian_judgment_s_caption,
    _a_home_page_s_title,
    _with_its_translation,
    _with_the_site_s_name,
    _with_a_story_label,
    _romanised,
    _live_page_of_another_day,
    _quoted_for_someone,
    _given_to_a_speaker,
    _og_title_left_as_it_was,
    _headline_edited,
    _listing_page,
    _only_the_page_s_author,
    _short_part_after_headline,
    _the_article_s_headline,
    _only_the_title_tag,
    _title_and_subtitle,
    _with_another_site_s_name,
)
_POST_RULES: tuple[_Rule, ...] = (_with_its_translation, _post_opens_with_its_author)


def _verdict(compared: _Compared) -> CheckResult:
    """What the match alone says, where no rule answered: the same title passes; a site's or a section's name,
    a part of the title, or another title warns (headlines are edited: never a `fail`)."""
    match, cited, shown = compared.match, compared.cited, compared.shown
    if match.likeness == "same":
        return CheckResult(
            name="title",
            status="pass",
            detail=f"matches {shown[:_SHOWN_CHARS]!r}{compared.where}",
            cited=cited,
            found=shown,
        )
    if match.likeness in ("site-name", "section"):
        named = "the site's name" if match.likeness == "site-name" else "the name of a section of the site"
        return compared.warn(
            f"cited {compared.said} is only {named}, not the page's own title {shown[:_SHOWN_CHARS]!r}"
        )
    if match.likeness == "inside":
        verdict = f", whose rest says {match.verdict!r}" if match.verdict else ""
        return compared.warn(
            f"cited {compared.said} is only part of {compared.what}, {shown[:_SHOWN_CHARS]!r}{verdict}"
        )
    # A live page's title is rewritten as the news comes in: another title there is no edit of the cited one.
    live = (
        ": a live page, whose title changes as it is updated; compare a copy of the note's day"
        if compared.source.title and _is_live(compared.source.title)
        else ""
    )
    # A post's or an untitled PDF's opening is no title it has: "the source's title is 'The ministry
    # confirmed …'" sent a person looking for a title the document does not give.
    compared_with = "the source's title" if compared.what == _PAGE_TITLE else compared.what
    return compared.warn(
        f"cited {compared.said}; {compared_with} is {shown[:_SHOWN_CHARS]!r} ({match.score:.0f}%"
        f"{_told_apart(match)}){_translated(cited, shown)}{live}"
    )


def _compared_with_page(given: CheckInput, cited: str, source: SourcePost, title: str) -> _Compared:
    """The cited title against the page's title (its parts, and a run of them where the cited title has
    separators of its own)."""
    match = _page_title_match(cited, title, source)
    if match.likeness in ("inside", "different"):
        match = _across_parts(cited, title, source) or match
    if match.likeness != "same" and source.platform in _TITLED_PLATFORMS:
        # A video's title ends with the tags its uploader gave it (`… #shorts`): no words of the title, as a
        # post's line's are not (`_POST_LINE_TAIL`); a title cited without them warned "only part of".
        tail = _POST_LINE_TAIL().search(title)
        if tail is not None and tail.start() > 0 and "#" in tail[0] and not judges(tail[0]):
            untagged = _page_title_match(cited, title[: tail.start()], source)
            match = untagged if untagged.likeness == "same" else match
    return _Compared(given, cited, source, match, title, _PAGE_TITLE, given.read_from)


_PAGE_TITLE = "the page's title"


# What a post's line ends with that is no word of its sentence: a link (blanked before), its hashtags, a
# thread's count ("1/5", "(2/3)"), a label in brackets ("(video)"), an emoji pointing at its media or a
# thread, a colon before them. Each line read within `_OPENING_CHARS`: linear enough.
_POST_LINE_TAIL = on_first_use(
    r"(?:\s*(?:#[^\W_]\w{0,60}|\(?\d{1,2}/\d{0,2}\)?|[(\[](?:videos?|photos?|watch|thread|map)[)\]]"
    "|[\U0001f447\u2b07\u2935\U0001f4f9\U0001f3a5\U0001f4f8\U0001f9f5\ufe0f]+|:))+\\s*$",
    re.IGNORECASE,
)
# What a post opens with that is no word of its sentence: the accounts an X reply is addressed to, a
# thread's count ("1/").
_POST_OPENING_HEAD = on_first_use(r"^\s*(?:(?:@\w{1,50}\s+)+|\d{1,2}/\d{0,2}\s+)")


# The hashtags a post opens with before its first sentence ("#Kherson Bridge destroyed…", "#Сводка\n…"), as
# Telegram channels tag a post's place or series, and the mark of a hashtag inside a sentence ("#Russia
# attacks #Ukraine"). Bounded runs: linear.
_POST_OPENING_TAGS = on_first_use(r"^\s*(?:#[^\W_]\w{0,60}[ \t]*(?:\n\s*)?)+")
_HASHTAG_MARK = on_first_use(r"(?<![\w#])#(?=[^\W_])")


def _post_s_own_words(opening: str) -> str:
    """A post's opening without its links, and without what `_POST_LINE_TAIL` and `_POST_OPENING_HEAD` find
    at its lines' ends and its start, nor the hashtags it opens with (`_POST_OPENING_TAGS`; not one that
    judges it, "#fake"); its other hashtags read as the words they mark."""
    lines = []
    for line in blank_urls(opening).split("\n"):
        tail = _POST_LINE_TAIL().search(line)
        # "… #fake", "… #FakeNews": a tail that judges the line is kept, and the post answers it.
        lines.append(line[: tail.start()] if tail is not None and not judges(tail[0]) else line)
    own = _POST_OPENING_HEAD().sub("", "\n".join(lines), count=1)
    tags = _POST_OPENING_TAGS().match(own)
    # Tags before the sentence: on their own line, or before its capital ("#Russia attacks …" is its subject).
    apart = tags is not None and tags.end() < len(own) and ("\n" in tags[0] or own[tags.end()].isupper())
    if tags is not None and apart and not judges(tags[0]):
        own = own[tags.end() :]
    return _HASHTAG_MARK().sub("", own)


def _compared_with_post(given: CheckInput, cited: str, source: SourcePost, opening: str) -> _Compared:
    """The cited title against a post's opening sentence or line (a PDF whose /Title its pages do not show is
    read so too, the /Title named in the detail for a person to weigh; never a pass of its own). Where it is
    not, against the post's own words (`_post_s_own_words`): "Bridge destroyed" of "Bridge destroyed #Kyiv
    https://t.co/…" warned as only part of the post's opening."""
    match = _unlike_in_small_words(cited, None, same_opening(cited, _without_stressing_ends(opening)))
    if match.likeness != "same" and not match.verdict:
        # Its links alone left out ("… #Kyiv" cited with its hashtag), then all of that.
        for own in dict.fromkeys((blank_urls(opening), _post_s_own_words(opening))):
            if own == opening:
                continue
            bare = _unlike_in_small_words(cited, None, same_opening(cited, _without_stressing_ends(own)))
            if bare.likeness == "same":
                match = bare
                break
    where = given.read_from
    pdf = "pdf" in (source.fields.get("Content-Type") or "").casefold()
    what = "the document's opening" if pdf else "the post's opening"
    metadata = source.fields.get("PDF /Title") if source.fields.get("PDF /Title unread") else None
    if metadata:
        what = "the document's opening"
        where = f"; its file's /Title, {metadata[:_SHOWN_CHARS]!r}, is not on its pages{where}"
    shown = " ".join(opening.split())
    if match.likeness != "same" and what == "the document's opening":
        on_its_lines = _whole_lines_of_the_opening(cited, opening, cut=len(source.text) > len(opening))
        if on_its_lines is not None:
            match, shown, named = on_its_lines
            where = f" ({named}){where}"
    return _Compared(given, cited, source, match, shown, what, where)


_LETTERHEAD_LINES = 8  # lines of a document's opening a cited title is looked for on, whole


def _whole_lines_of_the_opening(cited: str, opening: str, *, cut: bool) -> tuple[TitleMatch, str, str] | None:
    """The run of whole lines of a document's `opening` (a PDF's first characters; `cut`, where its last
    line goes on past them) that the cited title is, after the lines above it (a letterhead, "UNITED NATIONS
    HUMAN RIGHTS OFFICE …"): its match, the lines as one, and where they stand as a detail names it. None
    where it is no such run: a part of a line, or words of lines with others between, are not (the title
    warns as only part of the opening)."""
    lines = [" ".join(line.split()) for line in _without_stressing_ends(opening).split("\n")]
    if cut and lines:
        lines.pop()  # cut where the opening ends: no whole line
    shown = [line for line in lines if line][:_LETTERHEAD_LINES]
    cited_words = _WORD().findall(normalise_text(cited))
    for first in range(1, len(shown)):
        for last in range(first, len(shown)):
            run = " ".join(shown[first : last + 1])
            run_words = _WORD().findall(normalise_text(run))
            if len(run_words) > len(cited_words):
                break  # longer runs from this line only add words the cited title has not
            match = same_opening(cited, run)
            # The whole run, every word of it: a title that is its first sentence alone is only part of it.
            if match.likeness == "same" and run_words == cited_words:
                above = " ".join(shown[:first])
                lines_named = f"line {first + 1}" if first == last else f"lines {first + 1}-{last + 1}"
                named = f"{lines_named} of the document's opening, under {above[:_SHOWN_CHARS]!r}"
                return match, run, named
    return None


_WORD = on_first_use(r"\w+")


# Platforms whose pages give a title of their own (a video's, a thread's), which APA's words in a title's
# place are (`DW News. (2023, March 3). Bridge destroyed [Video]. YouTube.`); a post elsewhere has none.
_TITLED_PLATFORMS = frozenset({Platform.YOUTUBE, Platform.REDDIT})


def _post_s_words(given: CheckInput, cited: str | None, source: SourcePost | None) -> CheckResult:
    """The words an APA note gives unquoted in a post's title's place (`Zelenskyy, V. (2022, January 21). The
    bridge is ours [Status update]. Facebook.`): the post's opening words, compared with its opening as a
    quoted title of a post is (with its page's title where its text was not read). Its bracketed description
    ("[Status update]") and the platform's page title ("Volodymyr Zelenskyy | … | Facebook") give none: a
    note of the post's own words warned as "only part of the page's title", one of "[Status update]" alone
    warned that 'Status update' was not the post's title, and one of words the post does not open with
    was `skip`, verified whatever words it gave."""
    if not cited or source is None or source.problem is not None or not (source.text.strip() or source.title):
        return CheckResult(name="title", status="skip", detail="the citation gives no title")
    quoted = given.citation.model_copy(update={"title": cited, "title_quoted": True})
    if source.text.strip():
        # Its opening, whatever its page calls it: a platform's page title is no headline of the post.
        source = source.model_copy(update={"title": None})
    result = check_title(dataclasses.replace(given, citation=quoted, source=source))
    detail = f"the note's unquoted words {cited[:_SHOWN_CHARS]!r} read as the post's opening: {result.detail}"
    return result.model_copy(update={"detail": detail})


# An ellipsis closing a note's quoted title, before its closing quote mark (`"Russia says it will not ..."`,
# `“… not ...,”` with the comma Chicago puts inside): the writer cut the headline there. Bounded runs: linear.
_CUT_BEFORE_CLOSING = on_first_use(r"[ \t]{0,3}(?:\.{3}|\u2026)[ \t]{0,3}[,;:]?[\"'\u201d\u2019\u00bb\u201c]")
_MAX_NOTE_SEARCHED = 5000


def _as_the_note_cut_it(given: CheckInput, cited: str) -> str:
    """The quoted title `cited` with the ellipsis the note closes it with (`"Russia says it will not ..."`),
    which the parser's title leaves out with its trailing stops: a title cut so need only open the page's or
    the post's, where without it the headline's first words warned as "only part" of it."""
    if cited.endswith(("...", "\u2026")):
        return cited
    text = given.footnote.text[:_MAX_NOTE_SEARCHED]
    at = text.find(cited)
    if at < 0 or _CUT_BEFORE_CLOSING().match(text, at + len(cited)) is None:
        return cited
    return f"{cited} \u2026"


def _marks_of_one_kind(text: str) -> str:
    """`text` (normalised) with its double quote marks as single ones, and a comma or stop American style
    puts inside a closing mark after it: a headline quoting `"never surrender"` is the one a note writes
    `Minister vows to 'never surrender,'` (it warned as "only part" of the headline the note gives whole)."""
    return text.replace('"', "'").replace(",'", "',").replace(".'", "'.")


def _headline_the_note_quotes_whole(given: CheckInput, cited: str, source: SourcePost) -> str | None:
    """The part of the page's title (`_SEPARATOR`'s, three words or more) that holds the quoted title
    `cited` and that the note's text holds whole, quote marks and all, where the note quotes the headline
    with the marks the headline quotes in (`“Mayor says “we will hold” as shelling continues,”`, `"Mayor:
    "We will hold"," BBC News`): the parser took the inner quotation for the title, which then warned as
    "only part" of the headline the note gives whole. None where there is none."""
    title = source.title or ""
    note = _marks_of_one_kind(normalise_text(given.footnote.text[:_MAX_NOTE_SEARCHED]))
    said = _marks_of_one_kind(normalise_text(cited))
    if not said or said not in note:
        return None
    parts = _SEPARATOR.split(title[:_MAX_QUOTED_TITLE])[0::2][:_MAX_TITLE_PARTS]
    for part in sorted((part.strip() for part in parts), key=len, reverse=True):
        whole = _marks_of_one_kind(normalise_text(part))
        longer = len(whole) > len(said) and len(whole.split()) >= _CLAIMED_TITLE_WORDS
        if longer and said in whole and whole in note:
            return part
    return None


# The page's time of its last change (`extractors.web`: its `article:modified_time`, `dateModified`) and its
# publisher's correction notes, as the web extractor keeps them: a headline unlike the cited one may be the
# one it was given in an update, or a correction.
_MODIFIED = "modified"
_CORRECTION_NOTE = "correction note"
_LONGEST_TIME = 40  # characters of an ISO 8601 time, read from a page


def _said_since(result: CheckResult, source: SourcePost) -> CheckResult:
    """`result`, where it says the page's title is another than the cited one (`_ANOTHER_TITLE`), with what
    the page says of its changes since it was published: an update an hour or more after its publication
    (the headline the note cites may be the one the page had before), a correction note. The status stays:
    the page's headline is what it is now, and a person compares."""
    if _ANOTHER_TITLE not in result.detail:
        return result  # a part of the page's title, its site's name beside it: no headline changed
    said: list[str] = []
    modified = _page_time(source.fields.get(_MODIFIED) or "")
    if modified is not None and source.published is not None and modified - source.published >= _AN_UPDATE:
        said.append(
            f"the page was updated {modified.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC, after it was published: "
            "its headline may have been changed since"
        )
    elif modified is None and source.published is not None:
        said.extend(_updated_on_a_later_day(source.fields.get(_MODIFIED) or "", source))
    if source.fields.get(_CORRECTION_NOTE):
        said.append("it carries a correction note")
    if not said:
        return result
    return result.model_copy(update={"detail": f"{result.detail}; {'; '.join(said)}"})


_AN_UPDATE = dt.timedelta(hours=1)
_ISO_DAY = len("2022-01-25")


def _updated_on_a_later_day(value: str, source: SourcePost) -> list[str]:
    """What to say of a page whose update is known by its day alone (`value`: the day its "Updated" line
    shows, `Updated: January 25, 2022`, as `extractors.web` keeps it, or its metadata's day) where that day
    is later than the one it was published on: read only as a moment with its zone, an update the page
    gives by its day went unsaid.
    The line's day is in the page's zone: the publication's day is read in its time's own offset where that
    is not UTC (the page's, as a publication line or metadata gives it) or where only its day is known; else
    two days later are asked, an update on a later day in any zone."""
    published = source.published
    if published is None or len(value.strip()) != _ISO_DAY:
        return []
    try:
        updated = dt.date.fromisoformat(value.strip())
    except ValueError:
        return []
    in_the_page_s_zone = source.published_day_only or bool(published.utcoffset())
    published_day = (
        published.date()
        if in_the_page_s_zone or published.tzinfo is None
        else published.astimezone(dt.UTC).date()
    )
    if (updated - published_day).days < (1 if in_the_page_s_zone else 2):
        return []
    return [
        f"the page says it was updated on {updated.isoformat()}, a later day than it was published "
        f"({published_day.isoformat()}): its headline may have been changed since"
    ]


# How `_verdict` says the page's title is another than the cited one.
_ANOTHER_TITLE = "; the source's title is "


def _page_time(value: str) -> dt.datetime | None:
    """An ISO 8601 time with its zone, as a page's metadata gives it; None otherwise."""
    try:
        moment = dt.datetime.fromisoformat(value[:_LONGEST_TIME].strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


# The field in which a comment's extractor keeps the title of the thread it is on (`extractors.reddit`): a
# comment has no title of its own.
_THREAD_TITLE = "post title"


def _the_thread_s_title(given: CheckInput, cited: str, source: SourcePost) -> CheckResult | None:
    """A pass where the source is a comment, which has no title (`SourcePost.title` None), and the cited title
    is the title of the thread it is on (`fields["post title"]`): `u/…, comment on "…", r/…, Reddit` names
    the thread the comment answers, and warned as unlike the comment's opening words. None otherwise: the
    cited title is read against the comment's words as before."""
    thread = source.fields.get(_THREAD_TITLE)
    if source.title or not thread:
        return None
    compared = _compared_with_page(given, cited, source, thread)
    result = _verdict(compared)
    if result.status != "pass":
        return None
    return result.model_copy(
        update={
            "detail": f"matches the title of the thread the comment is on, {thread[:_SHOWN_CHARS]!r} (a "
            f"comment has no title of its own){given.read_from}"
        }
    )


# The heading a court's judgment is published under in place of its name: England and Wales's `Approved
# Judgment` and `Neutral Citation Number: [2024] EWHC 611 (Comm)`, `Judgment`, `Reasons for Judgment`,
# `Opinion of the Court`. Matched whole (the site's name aside): a case's name holding one of these words
# is no such heading. Bounded runs only.
_GENERIC_JUDGMENT_TITLE = on_first_use(
    r"(?:approved\s)?judge?ment(?:\sof\sthe\s(?:court|tribunal))?(?:\s\(?approved\)?)?"
    r"|neutral\scitation(?:\s(?:number|no\.?))?\s?:?(?:\s[^\n]{0,80})?"
    r"|reasons\sfor\s(?:judge?ment|decision)|(?:majority\s)?opinion(?:\sof\sthe\scourt)?",
    re.IGNORECASE,
)


def _judgment_s_generic_title(given: CheckInput) -> CheckResult | None:
    """A `warn` where the note cites a court's judgment by its case (`Re B (A Child) [2013] UKSC 33`) and the
    page's title is only a judgment's generic heading (`Approved Judgment`): the case's name cannot be held
    to it, and the 27% likeness of `Re B (A Child)` to `Approved Judgment` said nothing; a person confirms
    the caption on the judgment's first page."""
    source = given.source
    if source is None or source.problem is not None or not source.title:
        return None
    shown = " ".join(source.title.split())
    if len(shown) > 200 or _GENERIC_JUDGMENT_TITLE().fullmatch(shown) is None:
        return None
    case = case_of(given.footnote)
    if case is None:
        return None
    return CheckResult(
        name="title",
        status="warn",
        detail=(
            f"the page calls the judgment {shown[:_SHOWN_CHARS]!r}, a judgment's heading and not its name: "
            f"the case's name {case.caption[:_SHOWN_CHARS]!r} is not compared with it; confirm it on the "
            f"judgment's first page{given.read_from}"
        ),
        cited=case.caption,
    )


# The words a caption and a judgment's heading may write or leave out of the same parties: the joining
# `and`, `the`, and a company's form (`Facebook Ireland Ltd` is the party a note calls `Facebook Ireland`).
_PARTIES_OTHER_WORDS = frozenset(
    (
        *("and", "the", "ltd", "limited", "inc", "plc", "llc", "llp", "gmbh", "ag", "sa", "sas", "sarl"),
        *("bv", "nv", "spa", "srl", "corp", "corporation", "co", "company", "se"),
    )
)
_CASE_OF = ("case", "of")


def _parties(caption: str) -> tuple[list[str], ...]:
    """A caption's parties either side of `v` (`_word_list`'s words of each, `_PARTIES_OTHER_WORDS`
    aside), `CASE OF` before them dropped."""
    words = _word_list(caption[:_MAX_JUDGMENT_TITLE_CHARS])
    words = words[2:] if tuple(words[:2]) == _CASE_OF else words
    sides: list[list[str]] = [[]]
    for word in words:
        if word == "v":
            sides.append([])
        elif word not in _PARTIES_OTHER_WORDS:
            sides[-1].append(word)
    return tuple(sides)


# The words a caption names a sovereign party by (`People v. Okafor` for `The People of the State of
# Illinois v. Darnell Okafor`, `State v. Doe`, `Commonwealth v. Roe`, `United States v. Smith`).
_SOVEREIGN_WORDS = (("people",), ("state",), ("commonwealth",), ("united", "states"))


def _cited_by_surnames(cited: tuple[list[str], ...], shown: tuple[list[str], ...]) -> bool:
    """Whether a caption as cited names a first page's parties as captions cite them: on each side of `v`,
    words all of which the page's party holds, the last of them its last (`Okafor` for `DARNELL OKAFOR`,
    `Harborview Logistics` for `HARBORVIEW LOGISTICS, INC.`), or the word a sovereign is cited by that its
    party opens with (`People` for `THE PEOPLE OF THE STATE OF ILLINOIS`)."""
    if len(cited) != 2 or len(shown) != 2:
        return False
    for named, party in zip(cited, shown, strict=True):
        if not named or not party or not set(named) <= set(party):
            return False
        sovereign = tuple(named) in _SOVEREIGN_WORDS and tuple(party[: len(named)]) == tuple(named)
        if named[-1] != party[-1] and not sovereign:
            return False
    return True


def _judgment_s_case_heading(given: CheckInput) -> CheckResult | None:
    """The case a note cites by its caption (`Data Protection Commissioner v Facebook Ireland and
    Maximillian Schrems`, `Big Brother Watch and Others v. the United Kingdom`) against the parties a
    European court's judgment is headed by (`CASE_HEADING`), where the site's title names no case (`CURIA -
    Documents`, `HUDOC - European Court of Human Rights`): a pass where each side names the same parties
    (their joining words and companies' forms aside), else a warning naming both. The caption warned
    against the site's title, and every such judgment stayed unconfirmed. None where the page shows no such
    heading, or the note cites no case. A United States court's opinion's caption read from its first page
    (`CASE_CAPTION`) passes too where the note cites its parties as captions do (`_cited_by_surnames`)."""
    source = given.source
    read = source if source is not None and source.problem is None else None
    caption = read.fields.get(CASE_CAPTION) if read is not None else None
    shown = read.fields.get(CASE_HEADING) or caption if read is not None else None
    case = case_of(given.footnote) if shown else None
    if case is None or shown is None:
        return None
    shown = " ".join(shown.split())
    cited, heading = _parties(case.caption), _parties(shown)
    opinion = read is not None and read.fields.get(EU_DOCUMENT_KIND) == OPINION
    headed_by = "the opinion's heading" if opinion else "the judgment's heading"
    headed_by = "the opinion's first page" if shown == caption else headed_by
    if len(heading) == 2 and cited == heading:
        status: CheckStatus = "pass"
        detail = f"matches {shown[:_SHOWN_CHARS]!r}, the parties {headed_by} names"
    elif shown == caption and _cited_by_surnames(cited, heading):
        status = "pass"
        detail = (
            f"matches {shown[:_SHOWN_CHARS]!r}, the parties {headed_by} names, as a caption cites them (by "
            "surname, the State or the People by that word)"
        )
    else:
        status = "warn"
        detail = (
            f"cited {case.caption[:_SHOWN_CHARS]!r}; {headed_by} names the parties "
            f"{shown[:_SHOWN_CHARS]!r}: compare by hand"
        )
    return CheckResult(
        name="title", status=status, detail=detail + given.read_from, cited=case.caption, found=shown
    )


# A provision as a note and a legislation page's title name it (`s. 155(1)`, `Section 155`, `art. 83`, `Part
# 6`, `Schedule 1`): its kind and its number. A bounded run after a word's start, tried on a note's few
# hundred characters after the instrument's name and on a title's after it.
_PROVISION = on_first_use(
    r"(?<![A-Za-z])(?P<kind>ss?|secs?|sections?|arts?|articles?|regs?|regulations?|sch|sched|schedules?"
    r"|paras?|paragraphs?|pts?|parts?)\.?\s{0,3}(?P<number>\d{1,4}[A-Z]{0,2})(?![\dA-Za-z])",
    re.IGNORECASE,
)
# Each kind of provision by the first letters its names share (`s`, `sec` and `Section` are one kind), a
# longer opening before a shorter (`sch` before `s`, `para` before `p`).
_PROVISION_KINDS = (
    *(("sch", "schedule"), ("s", "section"), ("a", "article")),
    *(("r", "regulation"), ("para", "paragraph"), ("p", "part")),
)
_PROVISION_REACH = 200
_MAX_LEGISLATION_TITLE_CHARS = 300
# What stands between an instrument's name and the part of it a page shows (`Data Protection Act 2018,
# Section 155`, `... - Part 6`).
_BEFORE_A_PART = (",", " -", " \u2013", " \u2014", ":")


def _provision(text: str, *, opening: bool = False) -> tuple[str, str] | None:
    """The first provision `text` names (or, `opening`, the one it opens with), as its kind (`section`) and
    its number (`155`); None for none."""
    found = (_PROVISION().match if opening else _PROVISION().search)(text[:_PROVISION_REACH])
    if found is None:
        return None
    kind = found["kind"].casefold()
    name = next(name for opening, name in _PROVISION_KINDS if kind.startswith(opening))
    return name, found["number"].upper()


# A decision's heading and the rows above its text: no further, as its reasons cite other decisions by
# their numbers, and a page of another decision citing the one a note names is not that decision's.
_MOST_DECISION_PAGE_CHARS = 2_000


def _the_decision_s_number(given: CheckInput) -> CheckResult | None:
    """A note citing a European or foreign court's decision by its court, its day and its number, and no
    title (`BGH, Urteil vom 12. März 2024 - VI ZR 123/23`, `Cour de cassation, …, n° 23-81.234`), against
    the page of a site of such decisions (`DECISION_SITES`): a pass where the page's title or its heading
    shows that number, else a warning. The title was skipped, and a page of another decision of the same
    court and day was verified. None for any other note."""
    source, url = given.source, given.citation.url
    if source is None or source.problem is not None or not url:
        return None
    try:
        on_a_decision_site = on_domain(url, *DECISION_SITES)
    except ValueError:
        return None
    number = decision_number(unquoted_note_words(given.footnote)) if on_a_decision_site else None
    if number is None:
        return None
    page = " ".join(f"{source.title or ''} {source.text[:_MOST_DECISION_PAGE_CHARS]}".split())
    if re.search(rf"(?<![\w/.-]){re.escape(number)}(?![\w/]|\.\d)", page) is not None:
        detail = f"the page shows the decision's number the note cites, {number!r} (the note gives no title)"
        return CheckResult(name="title", status="pass", detail=detail, cited=number, found=number)
    detail = (
        f"the note cites the decision numbered {number!r} (and no title), a number the page does not show: "
        "compare by hand"
    )
    return CheckResult(name="title", status="warn", detail=detail, cited=number)


def _the_legislation_s_name(given: CheckInput) -> CheckResult | None:
    """The name of the legislation a note cites (`Data Protection Act 2018, s. 155`), which it gives in place
    of a title, against the page's title (legislation.gov.uk's `Data Protection Act 2018, Section 155`): a
    pass where the title is that name, alone or before the part of it the page shows (`, Section 155`), and
    that part is the note's provision (or the note names none); a warning where it shows another provision,
    or names another instrument (`Freedom of Information Act 2000`). The check skipped ("the citation gives
    no title"): a page of another Act passed every check the note could be held to. None where the note
    cites no legislation, or the title says more than the name and a part of it and names no other
    instrument `cited_legislation` reads (the check skips, as before)."""
    source = given.source
    if source is None or source.problem is not None or not source.title:
        return None
    instrument = legislation_of(given.footnote)
    if instrument is None:
        return None
    # Its chapter or its country in brackets after it (`Data Protection Act 2018 (c. 12)`) no title gives.
    name = (instrument.rpartition(" (")[0] if instrument.endswith(")") else "") or instrument
    shown = " ".join(source.title[: _MAX_LEGISLATION_TITLE_CHARS + 1].split())
    if len(shown) > _MAX_LEGISLATION_TITLE_CHARS:
        return None

    def result(status: CheckStatus, detail: str) -> CheckResult:
        return CheckResult(
            name="title", status=status, detail=detail + given.read_from, cited=instrument, found=shown
        )

    rest = shown[len(name) :] if shown.casefold().startswith(name.casefold()) else None
    if rest is None or (rest and not rest.startswith(_BEFORE_A_PART)):
        other = cited_legislation(shown)
        if other is None or _word_list(other) == _word_list(name):
            return None
        return result(
            "warn",
            f"the note cites {instrument!r}; the page's title {shown[:_SHOWN_CHARS]!r} names {other!r}: "
            "another instrument? Compare by hand",
        )
    shown_part = _provision(rest.lstrip(",-\u2013\u2014: "), opening=True) if rest else None
    if rest and shown_part is None:
        return None  # more than the name and a part of it (`... - Explanatory Notes`): compared by no rule
    prose = note_prose(given.footnote)[:_MAX_NOTE_CHARS]
    cited_part = _provision(prose[max(prose.find(name), 0) + len(name) :])
    said = f"matches {name!r}, the legislation the note cites, in the page's title {shown[:_SHOWN_CHARS]!r}"
    if shown_part is None:
        return result("pass", f"{said}; the title names no part of it")
    if cited_part is None or cited_part == shown_part:
        return result("pass", f"{said}; the part it shows, {' '.join(shown_part)}, is the note's")
    return result(
        "warn",
        f"{said}, but the part it shows is {' '.join(shown_part)}, where the note cites "
        f"{' '.join(cited_part)}: another provision? Compare by hand",
    )


# The labels a publisher sets before a retracted piece's title (Springer's "RETRACTED ARTICLE:", others'
# "Retracted:", "WITHDRAWN:"), lowercased, each with its colon: a title cited as it was before the retraction
# lacks them.
_RETRACTION_LABELS = ("retracted article:", "retracted:", "withdrawn article:", "withdrawn:")


def _without_retraction_label(title: str) -> tuple[str, str] | None:
    """`title` without the retraction label it opens with, and the label as the page writes it; None where it
    opens with none."""
    stripped = title.lstrip()
    lowered = stripped[: max(len(label) for label in _RETRACTION_LABELS)].lower()
    label = next((label for label in _RETRACTION_LABELS if lowered.startswith(label)), None)
    if label is None:
        return None
    rest = stripped[len(label) :].strip()
    return (rest, stripped[: len(label)]) if rest else None


def _as_before_the_retraction(given: CheckInput, source: SourcePost) -> CheckResult | None:
    """The title check of a retracted page (its extractor found the publisher's retraction: `captured`
    judges it, never passing) whose title opens with the retraction's label ("RETRACTED ARTICLE: …"), read
    without it: a cited title the piece had before its retraction passes, saying the page now carries the
    label. None where the page is not retracted, its title has no such label, or the title still does not
    pass without it (the check's first answer then stands: a person compares)."""
    if not source.fields.get(RETRACTION) or source.title is None:
        return None
    unlabelled = _without_retraction_label(source.title)
    if unlabelled is None:
        return None
    title, label = unlabelled
    fields = {
        name: (without[0] if (without := _without_retraction_label(value)) is not None else value)
        for name, value in source.fields.items()
    }
    before = source.model_copy(update={"title": title, "fields": fields})
    again = check_title(dataclasses.replace(given, source=before))
    if again.status != "pass":
        return None
    said = f"{again.detail}; the page's title now opens with {label!r}, set at its retraction"
    return again.model_copy(update={"detail": said})


def check_title(given: CheckInput) -> CheckResult:
    """The cited title (or the one a note gives unquoted) against the source's: the rules of `_PAGE_RULES` or
    `_POST_RULES` in order, the first to answer deciding, else the match alone (`_verdict`)."""
    cited, source = given.citation.title, given.source
    generic = (
        _judgment_s_generic_title(given) or _judgment_s_case_heading(given)
        if cited and not given.citation.title_quoted
        else None
    )
    if generic is not None:
        return held_to_the_eu_document_cited(
            given, generic
        )  # an Advocate General's opinion, not the judgment
    if not cited or not given.citation.title_quoted:
        # A title the parser read unquoted in its place (`parse._unquoted_title`) is only where it stands: the
        # run of the note's words that is one of the page's titles, read first, may say more of it.
        page = source is not None and source.problem is None and bool(source.title)
        # The parser's title only for a web page's article: APA gives a post's opening words as its title
        # (`The bridge is ours [Post]. Facebook.`), no title of a page a platform shows it on.
        article = given.citation.platform in (None, Platform.WEB)
        if not article and given.citation.platform not in _TITLED_PLATFORMS:
            return _post_s_words(given, cited, source)
        unquoted = (_unquoted_title(given, source) if source is not None and page else None) or (
            cited if page and article else None
        )
        if unquoted is None:
            named = _the_legislation_s_name(given) if cited is None else None
            named = named or (_the_decision_s_number(given) if cited is None else None)
            return named or CheckResult(name="title", status="skip", detail="the citation gives no title")
        as_quoted = check_title(
            dataclasses.replace(
                given, citation=given.citation.model_copy(update={"title": unquoted, "title_quoted": True})
            )
        )
        detail = (
            f"the note's unquoted words {unquoted[:_SHOWN_CHARS]!r} read as its title: {as_quoted.detail}"
        )
        return as_quoted.model_copy(update={"detail": detail})
    if source is None or source.problem is not None:
        return CheckResult(name="title", status="skip", detail="no content captured to compare", cited=cited)
    cited = _as_the_note_cut_it(given, cited)
    opening = source.text[:_OPENING_CHARS]
    if not source.title and not opening:
        unread = f" ({source.unread})" if source.unread else ""
        return CheckResult(
            name="title",
            status="warn",
            detail=f"the source shows no title{unread}{given.read_from}",
            cited=cited,
        )
    on_its_thread = _the_thread_s_title(given, cited, source)
    if on_its_thread is not None:
        return on_its_thread
    # Read first: the page's title without its retraction label is the one the note could cite (a rule
    # passed it with the label read as a part of the title beside it).
    before_the_retraction = _as_before_the_retraction(given, source)
    if before_the_retraction is not None:
        return before_the_retraction
    if source.title:
        compared, rules = _compared_with_page(given, cited, source, source.title), _PAGE_RULES
    else:
        compared, rules = _compared_with_post(given, cited, source, opening), _POST_RULES
    for rule in rules:
        result = rule(compared)
        if result is not None:
            break
    else:
        result = _verdict(compared)
    if result.status == "pass" or not source.title:
        return result
    headline = _headline_the_note_quotes_whole(given, cited, source)
    if headline is None:
        return _said_since(result, source)
    whole = check_title(
        dataclasses.replace(given, citation=given.citation.model_copy(update={"title": headline}))
    )
    if whole.status != "pass":
        return result
    detail = (
        f"the note quotes the headline {headline[:_SHOWN_CHARS]!r} whole, its quotation "
        f"{cited[:_SHOWN_CHARS]!r} in quote marks as the headline has it: {whole.detail}"
    )
    return whole.model_copy(update={"detail": detail})
