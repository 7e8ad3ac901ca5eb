"""The wiki user a note credits the cited edit to: `edit by Wahlfuchs`, a claim the `author` check compares
with the user the revision's page shows.

A note citing a Wikimedia wiki's revision, diff or page may name who made the edit it cites, besides the
wiki it credits the article to (`Wikipedia, "2024 Verenian parliamentary election", edit by Wahlfuchs, 9
March 2024, <diff link>`): `edit by X`, `edited by X`, `as edited by X`, `revision by X`, `X's edit`, `X's
revision`, `(edit by User:X)`, and in German, Russian and French `Bearbeitung von X`, `bearbeitet von X`,
`правка X`, `правка участника X`, `modification de X`, `modification par X`. Read as nothing, the note was
verified on the wiki's name alone although its page showed the edit as another user's.

A wiki user's name may hold spaces, digits and letters of any script (`Wahl Fuchs 2`, `Вахлфукс`); MediaWiki
writes its first letter as a capital, and a name read here opens with none in lower case (`правка статьи`,
"the article's edit", names no one) unless a namespace stands before it (`User:medic4ever`), which is no
part of it (`User:`, `Benutzer:`, `Участник:`). It runs to a comma, a bracket, a quotation mark, a stop that
ends a sentence, a word in lower case after its first (`edit by Wahlfuchs on 9 March`), a date (`edit by
Wahlfuchs 9 March 2024`; `Wahl Fuchs 2` is a name), and at most `_MOST_NAME_CHARS` characters (MediaWiki's
longest user name). A wiki's own name is no user's (`Wikipedia's revision of 3 March 2024`).

Bounded: only a note citing a wiki's page is read, only its first such words, each scanned for at most
`_MOST_NAME_CHARS` characters.
"""

from __future__ import annotations

import re
import unicodedata

from provenance.citations.dates import ENGLISH_MONTHS, find_date
from provenance.citations.platforms import is_wiki_page
from provenance.deferred_patterns import deferred_compile
from provenance.patterns import on_first_use

_MOST_NAME_CHARS = 85  # MediaWiki's longest user name
# The Wikimedia wikis `platforms.is_wiki_page` does not know by their domains.
_MORE_WIKI_DOMAINS = ("wikinews.org", "wikisource.org", "wikiquote.org", "wikibooks.org", "wikiversity.org")
# The wikis' own names, which a possessive names as no user (`Wikipedia's revision of 3 March 2024`).
_WIKI_NAMES = frozenset(
    (
        *("wikipedia", "wikinews", "wikisource", "wikiquote", "wikibooks", "wikiversity", "wikivoyage"),
        *("wiktionary", "wikidata", "wikimedia", "wikimedia commons", "commons", "wikispecies", "meta-wiki"),
    )
)
# The user's namespace as wikis name it in the languages notes are read in (`User:Wahlfuchs`).
_USER_NAMESPACES = frozenset(
    (
        "user",
        "benutzer",
        "benutzerin",
        "utilisateur",
        "utilisatrice",
        "usuario",
        "usuaria",
        "utente",
        "gebruiker",
        "u\u017cytkownik",
        "\u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a",
        "\u0443\u0447\u0430\u0441\u0442\u043d\u0438\u0446\u0430",
        "\u043a\u043e\u0440\u0438\u0441\u0442\u0443\u0432\u0430\u0447",
        "\u043a\u043e\u0440\u0438\u0441\u0442\u0443\u0432\u0430\u0447\u043a\u0430",
    )
)
# What names the editor after it: English's, German's, Russian's (`правка`, and its `участника`, "of the
# user"), French's. The word `user` may stand before the name (`edit by user Wahlfuchs`).
_EDITOR_AFTER = on_first_use(
    r"\b(?:(?:as\s+)?edited|edit|revision)\s+by\s+(?:user\s+)?"
    r"|\b(?:bearbeitung|bearbeitet)\s+von\s+(?:benutzer(?:in)?\s+)?"
    r"|(?<!\w)\u043f\u0440\u0430\u0432\u043a\u0430\s+(?:\u0443\u0447\u0430\u0441\u0442\u043d\u0438(?:\u043a\u0430|\u0446\u044b)\s+)?"
    r"|\bmodification\s+(?:de|par)\s+(?:l['\u2019]utilisat(?:eur|rice)\s+)?",
    re.IGNORECASE,
)
# What every match of `_EDITOR_AFTER` holds, lowered.
_AFTER_WORDS = (" by", "von", "\u043f\u0440\u0430\u0432\u043a\u0430", "modification")
# What names the editor before it: `Wahlfuchs's edit`, `Wahlfuchs' revision`.
_EDITOR_BEFORE = on_first_use(r"(?:['\u2019]s|(?<=s)['\u2019])\s+(?:edit|revision)\b", re.IGNORECASE)
# Where a name ends (or, before a possessive, starts): a comma, a semicolon, a bracket, a quotation mark, a
# bar, an angle bracket, a colon (a name holds none but after its namespace, read before this).
_NAME_BOUNDARY = deferred_compile(
    r"[,;:()\[\]{}<>|\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2039\u203a\u3001\uff0c]"
)
_SENTENCE_STOP = re.compile(r"\.(?:\s|$)")
_WORD = on_first_use(r"\S+")
_DATE_REACH = 40  # characters a date after a name is read in: `9 September 2024`, `September 9, 2024`
_MONTH_WORDS = frozenset(
    (*(month.casefold() for month in ENGLISH_MONTHS), *(month.casefold()[:3] for month in ENGLISH_MONTHS))
)
# A capitalised word that opens a sentence before a possessive, no part of the name (`See Wahlfuchs's edit`).
_OPENING_WORDS = frozenset(("see", "in", "the", "cf.", "also", "compare", "per"))


def cited_editor(unquoted: str, source_url: str | None) -> str | None:
    """The wiki user a note citing a wiki's page (`source_url`) credits the cited edit to, as the note writes
    the name (its namespace left out); None for a note naming none, or citing another site. `unquoted`: the
    note's words with its URLs and quoted passages blanked (a title's `Edit by committee` is no claim)."""
    if source_url is None or "wiki" not in source_url:
        return None  # most notes
    # Most wiki notes name no edit's user: none of the words that name one, and nothing more is read.
    lowered = unquoted.lower()
    named_after = any(word in lowered for word in _AFTER_WORDS)
    possessive = "'" in unquoted or "\u2019" in unquoted
    if not (named_after or possessive) or not _on_a_wiki(source_url):
        return None
    after = _EDITOR_AFTER().search(unquoted) if named_after else None
    if after is not None:
        named = _name_from(unquoted[after.end() : after.end() + _MOST_NAME_CHARS + 40])
        if named is not None:
            return named
    before = _EDITOR_BEFORE().search(unquoted) if possessive else None
    if before is not None:
        return _name_before(unquoted[max(0, before.start() - _MOST_NAME_CHARS) : before.start()])
    return None


# What may follow the credit a note opens with, before what it cites: `Wahlfuchs's edit to "…"`, `Edit by
# Wahlfuchs, "…"`, `Wahlfuchs's revision of "…"`.
_CREDIT_TAIL = on_first_use(r"(?:\s+(?:to|of|on|in)\b)?[\s,;:.\u2013\u2014-]*", re.IGNORECASE)
_CREDIT_NAME_REACH = 30  # characters a namespace may take before the name (`User:`, `Benutzerin:`)


def edit_credit_opening(unquoted: str, editor: str) -> int:
    """How many characters of a wiki note's words (`unquoted`, as `cited_editor` reads them) are the credit to
    the edit's user (`editor`, as it read it) that the note opens with: `Edit by Wahlfuchs, ` of `Edit by
    Wahlfuchs, "…", Wikipedia, …`, `Wahlfuchs's edit to ` of `Wahlfuchs's edit to "…", Wikipedia, …`; 0
    where it opens with none. A label, as `parse._NAME_PREFIX`'s are: the note's author is what the rest of
    it says (the edit's user was the author, or none was read and the note was missing its author)."""
    start = len(unquoted) - len(unquoted.lstrip())
    after = _EDITOR_AFTER().match(unquoted, start)
    if after is not None:
        at = unquoted.find(editor, after.end(), after.end() + len(editor) + _CREDIT_NAME_REACH)
        if at < 0:
            return 0
        return _past_the_credit(unquoted, at + len(editor))
    at = unquoted.find(editor, start, start + len(editor) + _CREDIT_NAME_REACH)
    if at < 0 or (at > start and _without_namespace(unquoted[start : at + len(editor)]) != editor):
        return 0
    before = _EDITOR_BEFORE().match(unquoted, at + len(editor))
    if before is None:
        return 0
    return _past_the_credit(unquoted, before.end())


def _past_the_credit(unquoted: str, at: int) -> int:
    """Where the words the credit ends at (`at`) are followed by what the note cites."""
    tail = _CREDIT_TAIL().match(unquoted, at)
    return tail.end() if tail is not None else at


def _on_a_wiki(url: str) -> bool:
    if is_wiki_page(url):
        return True
    from provenance.side_urls import on_domain  # here: `side_urls` imports this package

    return on_domain(url, *_MORE_WIKI_DOMAINS)


def _without_namespace(words: str) -> str:
    namespace, colon, rest = words.partition(":")
    return rest.lstrip() if colon and namespace.strip().casefold() in _USER_NAMESPACES else words


def _name_from(following: str) -> str | None:
    """The user name that opens `following` (the words after `edit by`), or None where none does."""
    following = following.lstrip()
    user = _without_namespace(following)
    # A word in lower case is no name's first unless a namespace says it is one (`User:medic4ever`).
    if user is following and following[:1].islower():
        return None
    following = user
    boundary = _NAME_BOUNDARY.search(following)
    words = following[: boundary.start()] if boundary is not None else following
    kept: list[str] = []
    for found in _WORD().finditer(words):
        word = found.group()
        if kept and (word[0].islower() or _opens_a_date(word, following[found.start() :])):
            break
        kept.append(word)
        if word.endswith(".") and len(word.rstrip(".")) > 1:
            break  # a stop that ends a sentence, not an initial's (`J. Smith`)
    return _as_name(" ".join(kept))


def _opens_a_date(word: str, rest: str) -> bool:
    """Whether the words from `word` on (`rest`) open with a date (`9 March 2024`, `March 9, 2024`, `9. März
    2024`), which follows a name and is none of it (`Wahl Fuchs 2` is a name)."""
    if not (word[0].isdigit() or word.rstrip(".").casefold() in _MONTH_WORDS):
        return False
    found = find_date(rest[:_DATE_REACH])
    return found.date is not None and rest.startswith(found.text)


def _name_before(preceding: str) -> str | None:
    """The user name that ends `preceding` (the words before `'s edit`), or None where none does: its last
    words that open with no letter in lower case, after the last comma, bracket or stop."""
    starts = [found.end() for found in _NAME_BOUNDARY.finditer(preceding)]
    starts += [found.end() for found in _SENTENCE_STOP.finditer(preceding)]
    words = _without_namespace(preceding[max(starts, default=0) :].strip()).split()
    kept: list[str] = []
    for word in reversed(words):
        if word[0].islower():
            break
        kept.insert(0, word)
    while kept and kept[0].casefold() in _OPENING_WORDS:
        kept.pop(0)
    return _as_name(" ".join(kept))


def _as_name(words: str) -> str | None:
    name = words.strip().rstrip(".")
    if not name or len(name) > _MOST_NAME_CHARS or not any(c.isalnum() for c in name):
        return None
    if name.casefold() in _WIKI_NAMES:
        return None
    return name


def wiki_user_key(name: str) -> str:
    """A wiki user's name as a key two spellings of one user share: its namespace left out (`User:`), `_`
    read as a space (as MediaWiki does), spaces squeezed, case folded, Unicode composed."""
    name = _without_namespace(unicodedata.normalize("NFC", name).strip())
    return " ".join(name.replace("_", " ").split()).casefold()


# The words a note calls what it cites a revision by (`revision of 3 March 2024`, `version of`, `oldid`,
# `permanent link`, `as edited`, German's `Version vom`, Russian's `версия`, French's `révision`).
_REVISION_WORDS = on_first_use(
    r"(?<!\w)(?:revision|r\u00e9vision|version|oldid|permanent\s{1,3}link|as\s{1,3}edited"
    r"|\u0432\u0435\u0440\u0441\u0438\u044f|\u0432\u0435\u0440\u0441\u0456\u044f)(?!\w)",
    re.IGNORECASE,
)


def calls_it_a_revision(note: str, revision: str) -> bool:
    """Whether a note's words (outside its links) cite one revision of a wiki's article: they call what they
    cite a revision (`_REVISION_WORDS`) or name `revision`'s id. A note giving only a day and a link to a
    diff with the current revision (`diff=cur&oldid=N`) may give the day it read the diff, not N's."""
    from provenance.urls import blank_urls  # here: only a note citing a diff to the current revision

    words = blank_urls(note)
    return (
        _REVISION_WORDS().search(words) is not None
        or re.search(rf"(?<!\d){revision}(?!\d)", words) is not None
    )
