"""Names as reports and transliterations write them: one spelling for the sounds they write differently, and
the words around a name that describe the person rather than name them.

Shared by the `author` check (is the cited author the source's?) and `locate` (which registry account does the
report name?), so both treat Gurulyov and Gurulev, Andrey and Andrei, Zelensky and Zelenskyy as one name; and
by the note parser and the `author` check, which read `Ukrainian President Volodymyr Zelensky` as a
description and a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from provenance.patterns import on_first_use

# Ю and Я are `yu`/`iu` and `ya`/`ia` (Yulia/Iuliia, Mariya/Maria, Natalya/Natalia), never `u` or `a`: folded
# to those, Yuri was Uri, Yana Ana and Maya Ma, and a cited author passed on another person's name.
_SPELLING_VARIANTS = (
    ("yo", "e"),
    ("ye", "e"),
    ("yu", "iu"),
    ("ya", "ia"),
    ("kh", "h"),
    ("ph", "f"),
    # `ou` is a French or Arabic transliteration's `u` (Mahmoud, Mourad, Oulianov), but not before a vowel,
    # where it is a name's own: Louis and Luis, Louise and Luise are each two names.
    (r"ou(?![aeiouy])", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("dh", "d"),
    ("th", "t"),
    ("gh", "g"),
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("y", "i"),
)
# Each variant as a pattern (most are the letters as written), tried in the order above.
_VARIANT_PATTERNS = tuple((re.compile(written), sound) for written, sound in _SPELLING_VARIANTS)
_DOUBLED = re.compile(r"([a-z])\1+")
_LETTERS = re.compile(r"[a-z]+")
# A word folded shorter than this is left as written: in a short name the letters folded are the name. Lee
# and Li, Khan and Han, Moon and Mun, Lou and Lu, Yan and Ian are each two names, of two people, and a cited
# author passed on the other's page.
_SHORTEST_FOLDED = 4


# A last `y` after a doubled consonant is an English name's ending, no transliteration's `i`: Harry and Hari,
# Kerry and Keri, Sally and Sali are each two names (both folds at once, a cited Hari Kumar passed on Harry
# Kumar's post), where Dmitry and Dmitri, Zelensky and Zelenskyy write one sound two ways.
_DOUBLED_CONSONANT_THEN_Y = re.compile(r"([b-df-hj-np-tv-xz])\1y$")
# So is a last `y` after a consonant in a short word not opening with a transliteration's `y`: Tony and Toni,
# Mary and Mari, Andy and Andi, Randy and Randi are each two names (a cited Toni Blair passed on Tony Blair's
# page), where a transliteration's `y` ends longer words (Dmitry, Gennady, Zelensky) or opens its own (Yury).
_SHORT_WORD_CONSONANT_THEN_Y = re.compile(r"^[^y][a-z]{1,2}[b-df-hj-np-tv-xz]y$")


# Russian given names English writes in its own form, where a transliteration writes the letters (Александр:
# Alexander, Aleksandr): one name, whichever a note writes. A table, not a rule: `x` as `ks` would make Dixon
# Dickson, two families' names.
_GIVEN_NAME_SPELLINGS = {
    "alexander": "aleksandr",
    "alexandr": "aleksandr",
    "aleksander": "aleksandr",
    "alexandra": "aleksandra",
    "alexei": "aleksei",
    "alexey": "aleksei",
    "aleksey": "aleksei",
    "maxim": "maksim",
    # Arabic given names each written several ways (محمد, أحمد, حسين, أسامة): one name, whichever a note or a
    # display name writes (a cited Mohammed bin Salman warned on Muhammad bin Salman's post).
    **dict.fromkeys(("mohammed", "mohammad", "mohamed", "mohamad", "muhammed", "muhamed"), "muhammad"),
    "ahmed": "ahmad",
    **dict.fromkeys(("hussein", "husein", "hussain", "husayn", "hossein"), "husain"),
    "usama": "osama",
}


# Common given names, each as English writes it and as Russian and Arabic write it (the usual
# transliterations): a given name is transliterated, never translated, so another script's display name
# opening with one, or a cited name opening with one, is a person's and is compared as a transliteration
# (`Robert Jones` shown as Алиса Смит, two words as the name has, passed as a translation of it, as `Grey
# Zone` is of Серая Зона). A short table, not a list of all names: one missing only leaves the translation's
# word-count rule, as before. The author check folds each form as it folds a shown name (`_name_words`).
COMMON_GIVEN_NAMES: tuple[tuple[str, ...], ...] = (
    ("Robert", "\u0420\u043e\u0431\u0435\u0440\u0442", "\u0631\u0648\u0628\u0631\u062a"),  # Роберт, روبرت
    ("John", "\u0414\u0436\u043e\u043d", "\u062c\u0648\u0646"),  # Джон, جون
    ("James", "\u0414\u0436\u0435\u0439\u043c\u0441", "\u062c\u064a\u0645\u0633"),  # Джеймс, جيمس
    ("Michael", "\u041c\u0430\u0439\u043a\u043b", "\u0645\u0627\u064a\u0643\u0644"),  # Майкл, مايكل
    (
        "David",
        "\u0414\u044d\u0432\u0438\u0434",
        "\u0414\u0430\u0432\u0438\u0434",
        "\u062f\u064a\u0641\u064a\u062f",
    ),  # Дэвид, Давид, ديفيد
    (
        "William",
        "\u0423\u0438\u043b\u044c\u044f\u043c",
        "\u0648\u064a\u0644\u064a\u0627\u0645",
    ),  # Уильям, ويليام
    ("Thomas", "\u0422\u043e\u043c\u0430\u0441", "\u062a\u0648\u0645\u0627\u0633"),  # Томас, توماس
    ("Peter", "\u041f\u0438\u0442\u0435\u0440", "\u0628\u064a\u062a\u0631"),  # Питер, بيتر
    ("George", "\u0414\u0436\u043e\u0440\u0434\u0436", "\u062c\u0648\u0631\u062c"),  # Джордж, جورج
    (
        "Alice",
        "\u0410\u043b\u0438\u0441\u0430",
        "\u042d\u043b\u0438\u0441",
        "\u0623\u0644\u064a\u0633",
    ),  # Алиса, Элис, أليس
    ("Mary", "\u041c\u044d\u0440\u0438", "\u0645\u0627\u0631\u064a"),  # Мэри, ماري
    ("Maria", "\u041c\u0430\u0440\u0438\u044f", "\u0645\u0627\u0631\u064a\u0627"),  # Мария, ماريا
    ("Anna", "\u0410\u043d\u043d\u0430"),  # Анна
    (
        "Elizabeth",
        "\u042d\u043b\u0438\u0437\u0430\u0431\u0435\u0442",
        "\u0625\u0644\u064a\u0632\u0627\u0628\u064a\u062b",
    ),  # Элизабет, إليزابيث
    ("Sarah", "\u0421\u0430\u0440\u0430", "\u0633\u0627\u0631\u0629"),  # Sara in Cyrillic, سارة
    ("Helen", "\u0425\u0435\u043b\u0435\u043d", "\u0647\u064a\u0644\u064a\u0646"),  # Хелен, هيلين
    # Russian given names English writes as transliterations (a Russian's display name in Cyrillic).
    ("Ivan", "\u0418\u0432\u0430\u043d"),  # Иван
    ("Alexander", "\u0410\u043b\u0435\u043a\u0441\u0430\u043d\u0434\u0440"),  # Александр
    ("Sergei", "\u0421\u0435\u0440\u0433\u0435\u0439"),  # Сергей
    ("Dmitry", "\u0414\u043c\u0438\u0442\u0440\u0438\u0439"),  # Дмитрий
    ("Andrei", "\u0410\u043d\u0434\u0440\u0435\u0439"),  # Андрей
    ("Vladimir", "\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440"),  # Владимир
    ("Olga", "\u041e\u043b\u044c\u0433\u0430"),  # Ольга
    ("Natalia", "\u041d\u0430\u0442\u0430\u043b\u044c\u044f"),  # Наталья
)


def _folded_word(word: str) -> str:
    word = _GIVEN_NAME_SPELLINGS.get(word, word)
    # A word's last `th` is its own, no transliteration's: Smith and Smit, Barth and Bart, Roth and Rot are
    # each two families' names (folded `t`, John Smit passed on John Smith's page), where `th` inside a word
    # (Anthony, Antony) writes one sound two ways.
    stem, tail = (word[:-2], "th") if word.endswith("th") else (word, "")
    if _DOUBLED_CONSONANT_THEN_Y.search(word) or _SHORT_WORD_CONSONANT_THEN_Y.match(word):
        stem, tail = word[:-1], "y"
    folded = stem
    for written, sound in _VARIANT_PATTERNS:
        folded = written.sub(sound, folded)
    folded = _DOUBLED.sub(r"\1", folded) + tail
    return folded if len(folded) >= _SHORTEST_FOLDED else word


def fold_spelling(name: str) -> str:
    """One spelling for the sounds transliterations write differently (`name` in lowercase ASCII), word by
    word: Gurulyov/Gurulev, Andrey/Andrei, Zelensky/Zelenskyy, Alexander/Aleksandr, Mohammed/Muhammad
    (`_GIVEN_NAME_SPELLINGS`); a word that folds to fewer than four letters is left as written (Lee is not
    Li, nor Khan Han), and a word's last `th` is kept (Smith is not Smit), as is a last `y` after a doubled
    consonant (Harry is not Hari) or a short word's after a consonant (Tony is not Toni), and `ou` before a
    vowel (Louis is not Luis)."""
    return _LETTERS.sub(lambda word: _folded_word(word.group()), name)


# Ukrainian places under the spelling taken from Russian that English wrote until 2019-2022, and many old
# headlines still show (each edited to the other on some sites): one place, whichever a title writes. A
# table, not a likeness of spellings: Iran and Iraq are as alike as Lvov and Lviv.
_PLACE_SPELLINGS = {
    "kiev": "kyiv",
    "lvov": "lviv",
    "kharkov": "kharkiv",
    "odessa": "odesa",
    "nikolaev": "mykolaiv",
    "nikolayev": "mykolaiv",
    "zaporozhye": "zaporizhzhia",
    "zaporozhzhye": "zaporizhzhia",
    "zaporizhia": "zaporizhzhia",
    "dnepr": "dnipro",
    "dnepropetrovsk": "dnipropetrovsk",
    "chernigov": "chernihiv",
    "lugansk": "luhansk",
    "rovno": "rivne",
    "vinnitsa": "vinnytsia",
    "zhitomir": "zhytomyr",
    "chernovtsy": "chernivtsi",
    "ternopol": "ternopil",
    "uzhgorod": "uzhhorod",
    "kremenchug": "kremenchuk",
    "severodonetsk": "sievierodonetsk",
    "lisichansk": "lysychansk",
    "slavyansk": "sloviansk",
}


# Each spelling of such a place, and the other.
_OTHER_SPELLING = {**_PLACE_SPELLINGS, **{new: old for old, new in _PLACE_SPELLINGS.items()}}
_PLACE_WORD = on_first_use(r"\b(?:" + "|".join(sorted(_OTHER_SPELLING, key=len, reverse=True)) + r")\b", re.I)


def places_spelt_as_in(text: str, other: str) -> str:
    """`text` with each Ukrainian place it names in the other spelling (`_PLACE_SPELLINGS`) where `other`
    writes that one: "Strikes on Kiev" as "Strikes on kyiv" beside a title naming Kyiv."""
    written = {word.lower() for word in _PLACE_WORD().findall(other)}
    if not written:
        return text

    def respelt(found: re.Match[str]) -> str:
        other_spelling = _OTHER_SPELLING[found.group().lower()]
        return other_spelling if other_spelling in written else found.group()

    return _PLACE_WORD().sub(respelt, text)


# Words that describe who someone is rather than name them (`Pro-Kremlin milblogger Rybar`, `Russian MoD
# spokesperson Igor Konashenkov`, `Kremlin-affiliated Telegram channel Rybar`, `Kyiv Mayor Vitali
# Klitschko`): they end a description, and the name comes after them.
DESCRIBING_WORDS = frozenset(
    [
        *("milblogger", "milbloggers", "blogger", "bloggers", "channel", "account", "outlet"),
        *("spokesperson", "spokesman", "spokeswoman", "journalist", "correspondent", "reporter"),
        *("commander", "official", "analyst", "propagandist", "commentator", "activist", "politician"),
        *("adviser", "advisor", "minister", "governor", "mayor", "head", "chief", "founder", "editor"),
        *("host", "presenter", "deputy", "financier", "leader", "president", "secretary", "ambassador"),
        *("envoy", "ombudsman", "ombudsperson", "lawmaker", "officer", "expert", "researcher", "owner"),
    ]
)
# Lower-case words inside a person's name (`Ursula von der Leyen`, `Ludwig van Beethoven`).
NAME_PARTICLES = frozenset(
    ["von", "van", "der", "den", "de", "da", "del", "di", "du", "la", "le", "bin", "al"]
)
# Words that make a name an organisation's (`Defence Ministry`, `Wagner Group`): no person's name holds one.
ORGANISATION_WORDS = frozenset(
    [
        *("ministry", "office", "staff", "service", "council", "committee", "command", "agency"),
        *("department", "directorate", "administration", "headquarters", "embassy", "bureau", "group"),
        *("forces", "army", "navy", "brigade", "brigades", "battalion", "regiment", "corps", "government"),
        *("kremlin", "parliament", "duma", "rada", "police", "guard", "party", "movement", "channel"),
        # The same in the other languages reports quote in (`Le Ministère de la Défense a écrit`).
        *("ministère", "gouvernement", "armée", "ministerio", "gobierno", "ejército", "ministerium"),
        *("regierung", "armee", "kreml"),
    ]
)


# A describing word after one of these describes whose the name is, not who (`Office of President Volodymyr
# Zelensky` is the office's account, not the president's).
_GOVERNING_WORDS = frozenset(["of", "for", "to", "the", "at"])
# `And` as the languages reports cite in write it between the names of a list (`Rybar y WarGonzo`, `Rybar und
# WarGonzo`, `Рыбарь и WarGonzo`): the author check reads such a name as several people, and a description
# before one names no single person.
AND_WORDS = ("and", "&", "und", "et", "y", "e", "\u0438", "\u0456", "\u0442\u0430")
# The most words a name after a description has (`Ursula von der Leyen`, `Abu Mohammad al-Jawlani`).
_MOST_NAME_WORDS = 6


def named_after_description(name: str) -> list[str]:
    """The person a described name may name, longest first, for comparing it with a name shown without the
    description: `Ukrainian President Volodymyr Zelensky` is `Volodymyr Zelensky`, and `Mayor of Kyiv Vitali
    Klitschko` is `Kyiv Vitali Klitschko` or `Vitali Klitschko` (which words name the place cannot be told
    apart from the name: the name it is compared with tells). Only names of two words or more, each
    capitalised, none an organisation's word: `Minister of Defence of Ukraine` names no person, and
    `Office of President Volodymyr Zelensky` (a description of another's) is read as a whole. Empty when no
    describing word stands before such a name."""
    words = name.split()
    described = [at for at, word in enumerate(words) if word.strip(",.;:").casefold() in DESCRIBING_WORDS]
    if not described:
        return []
    at = described[-1]
    if at > 0 and words[at - 1].casefold() in _GOVERNING_WORDS:
        return []
    if any(word.casefold() in AND_WORDS or word.endswith((",", ";")) for word in words[:at]):
        return []  # `President Volodymyr Zelensky and Mayor Vitali Klitschko` lists two people
    rest = words[at + 1 :]
    of_a_place = rest[:1] == ["of"]  # `Mayor of Kyiv …`: a place, then the name
    rest = rest[1:] if of_a_place else rest
    named: list[str] = []
    for start in range(max(0, len(rest) - _MOST_NAME_WORDS), len(rest) - 1):
        candidate = rest[start:]
        if is_a_persons_name(candidate):
            named.append(" ".join(candidate))
        if not of_a_place:
            break  # `President Volodymyr Zelensky`: what follows the description is the name, whole
    return named


def is_a_persons_name(words: list[str]) -> bool:
    """Whether `words` may be a person's name: each capitalised (or a particle, `von`), none an
    organisation's word (`Defence Ministry`)."""
    return (
        words[0][:1].isupper()
        and all(word[:1].isupper() or word in NAME_PARTICLES for word in words)
        and not any(word.strip(".,'\u2019()").casefold() in ORGANISATION_WORDS for word in words)
    )


def handle_key(handle: str) -> str:
    """An account handle as compared: without `@`, case folded. Handles are compared exactly: `rybar` and
    `rybarr` are two accounts."""
    return handle.strip().lstrip("@").casefold()


# The field of a web page's `SourcePost` naming the `<meta>` author its byline overruled (`extractors.web`: a
# site's owner, set on every page, where a guest wrote the article): the author check says why citing it
# warns.
META_AUTHOR_NOT_THE_BYLINE = "author (meta; the byline names another)"


# The most words of an outlet's name after `for` (`Jane Smith for The New York Times`).
_MOST_OUTLET_WORDS = 6


def writer_for_outlet(name: str) -> str | None:
    """The writer a byline names before the outlet they wrote for: `Jane Smith for Reuters` is Jane Smith,
    whose page shows her byline (the outlet is where, not who). Only a person's name (two words or more, each
    capitalised, no organisation's or describing word: `Institute for the Study of War`, `Commissioner for
    Human Rights` name no writer) before an outlet whose name is capitalised; else None."""
    words = name.split()
    if words.count("for") != 1:
        return None
    at = words.index("for")
    writer, outlet = words[:at], words[at + 1 :]
    if not 2 <= len(writer) <= _MOST_NAME_WORDS or not 1 <= len(outlet) <= _MOST_OUTLET_WORDS:
        return None
    if not outlet[0][:1].isupper() or any(word.casefold() in DESCRIBING_WORDS for word in writer):
        return None
    return " ".join(writer) if is_a_persons_name(writer) else None


_NOT_IN_SPEAKER_KEY = re.compile(r"[^a-z0-9]")
# The shortest key of a name the report cites that makes a lone word before a colon a speaker: a two-letter
# handle (`@ab`) is as often a label's abbreviation (`AB:`, `Q:`).
_SHORTEST_CITED_KEY = 3


def speaker_key(name: str) -> str:
    """A name as `checks.matching.name_key` compares it: transliterated to ASCII, case folded, all but letters
    and digits dropped (`Рыбарь` and `Rybar` are one key)."""
    import unicodedata

    from anyascii import anyascii

    return _NOT_IN_SPEAKER_KEY.sub("", anyascii(unicodedata.normalize("NFKC", name)).casefold())


def cited_speaker_keys(names: Iterable[str | None]) -> frozenset[str]:
    """The keys (`speaker_key`) of the names a report cites as its sources' authors and accounts: the report
    itself treats each as a speaker, so a word that is one of them names one even alone before a colon
    (`Rybar: “…”`), where another such word is as often a label or a place (`Russia:`, `Update:`)."""
    keys = (speaker_key(name) for name in names if name)
    return frozenset(key for key in keys if len(key) >= _SHORTEST_CITED_KEY)
