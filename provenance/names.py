"""Names as reports and transliterations write them: one spelling for the sounds they write differently, and
the words around a name that describe the person rather than name them.

Shared by the `author` check (is the cited author the source's?) and `locate` (which registry account does the
report name?), so both treat Gurulyov and Gurulev, Andrey and Andrei, Zelensky and Zelenskyy as one name; and
by the note parser and the `author` check, which read `Ukrainian President Volodymyr Zelensky` as a
description and a name; and a name in Arabic script compared with its Latin or Cyrillic spelling
(`arabic_script_likeness`: حسن نصر الله is Hassan Nasrallah, and Хасан Насралла).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Literal

from provenance.patterns import on_first_use

# Ю and Я are `yu`/`iu` and `ya`/`ia` (Yulia/Iuliia, Mariya/Maria, Natalya/Natalia), never `u` or `a`: folded
# to those, Yuri was Uri, Yana Ana and Maya Ma, and a cited author passed on another person's name.
_SPELLING_VARIANTS = (
    # German's `tsch` for Cyrillic che, as the Klitschkos write their name (Ukrainian romanises it Klychko).
    ("tsch", "ch"),
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


# News agencies, by their names with letters alone, lower case (`Reuters`, `RIA Novosti` as `rianovosti`): a
# credit naming one (`“…” (via Reuters)`) names a source, not a place.
NEWS_AGENCIES = frozenset(
    [
        *("tass", "reuters", "ap", "associatedpress", "afp", "agencefrancepresse", "interfax"),
        *("rianovosti", "ria", "ukrinform", "unian", "xinhua", "dpa", "efe"),
        *("ansa", "anadolu", "anadoluagency", "kyodo", "yonhap", "bloomberg", "upi"),
    ]
)
# Capitals and the cities a report on the war names most, written as `NEWS_AGENCIES` are: a credit naming one
# (`“…” (via Kyiv)`) says where, not who. A place not listed is told by nothing (`Bakhmut`): no list holds
# every town, so such a credit counts as a source only where the registry or the report shows it is one.
KNOWN_PLACES = frozenset(
    [
        *("moscow", "kyiv", "kiev", "london", "washington", "beijing", "paris"),
        *("berlin", "brussels", "geneva", "warsaw", "minsk", "ankara", "istanbul"),
        *("jerusalem", "telaviv", "tehran", "damascus", "baghdad", "cairo", "tokyo"),
        *("seoul", "newyork", "donetsk", "luhansk", "kharkiv", "odesa", "lviv", "dnipro"),
        *("zaporizhzhia", "kherson", "sevastopol", "simferopol", "stpetersburg", "belgorod", "kursk"),
        *("vilnius", "riga", "tallinn", "chisinau", "bucharest", "budapest", "prague", "vienna"),
        *("rome", "madrid", "helsinki", "stockholm", "oslo", "copenhagen", "tbilisi"),
        *("yerevan", "baku", "kabul", "islamabad", "delhi", "newdelhi", "doha"),
        *("riyadh", "dubai", "beirut", "amman", "gaza", "ramallah", "mariupol", "crimea", "donbas"),
        *_OTHER_SPELLING,
    ]
)
_NOT_A_LETTER = on_first_use(r"[\W\d_]+")


def as_letters(name: str) -> str:
    """`name` as `NEWS_AGENCIES` and `KNOWN_PLACES` write theirs: letters alone, lower case (`Tel Aviv` as
    `telaviv`, `RIA Novosti` as `rianovosti`)."""
    return _NOT_A_LETTER().sub("", name.casefold())


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
        *("lawyer", "attorney", "barrister", "solicitor", "judge", "prosecutor", "professor", "doctor"),
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
        # A ministry's directorate-general signs its resolutions (`Direccion General de Calidad y Evaluacion
        # Ambiental`, `Direction generale de la Prevention des Risques`).
        *("direcci\u00f3n", "direction"),
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
    `Office of President Volodymyr Zelensky` (a description of another's) is read as a whole. An honorific
    before a name of two words or more is left out as well (`Sayyed Hassan Nasrallah` is `Hassan Nasrallah`;
    `names.honorifics_before`). Empty when no describing word or honorific stands before such a name."""
    words = name.split()
    titled = honorifics_before(words)
    if titled:
        # `Sayyed Hassan Nasrallah` is Hassan Nasrallah, as an account or a speaker may be shown without it.
        untitled = " ".join(words[titled:])
        return [untitled, *named_after_description(untitled)]
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


# Arabic script against the Latin or Cyrillic spelling of a name (`Hassan Nasrallah`, `Хасан Насралла` for
# حسن نصر الله). Arabic writes a name's consonants and long vowels, not its short ones: each Arabic letter is
# read as the Latin letters that write it (`_ARABIC_LETTERS_WRITTEN`), with room between two letters for one
# short vowel the script leaves out (`a`, `e`, `i`, `o`, `u`), and the Latin name (Cyrillic transliterated)
# must be those letters, in order, and nothing else. Two names alike but for a long vowel (Hasan حسن and
# Hussein حسين, Muhammad محمد and Mahmud محمود, Samar سمر and Samir سمير) are only near: warned, never
# passed.

# Each Arabic letter as Latin letters write it (the common English, French and Russian-derived spellings, all
# lowercase ASCII once Cyrillic is transliterated: `kh` for ح is Russian's kha).
_ARABIC_LETTERS_WRITTEN: dict[str, tuple[str, ...]] = {
    "\u0628": ("b",),  # ب
    "\u062a": ("t",),  # ت
    "\u062b": ("th", "t", "s"),  # ث
    "\u062c": ("j", "g", "dj", "dzh", "zh"),  # ج
    "\u062d": ("h", "kh"),  # ح
    "\u062e": ("kh", "h", "x"),  # خ
    "\u062f": ("d",),  # د
    "\u0630": ("dh", "d", "z", "th"),  # ذ
    "\u0631": ("r",),  # ر
    "\u0632": ("z",),  # ز
    "\u0633": ("s",),  # س
    "\u0634": ("sh", "ch", "sch"),  # ش
    "\u0635": ("s",),  # ص
    "\u0636": ("d", "dh", "z"),  # ض
    "\u0637": ("t",),  # ط
    "\u0638": ("z", "dh", "d", "th"),  # ظ
    "\u0639": ("",),  # ع: an apostrophe or nothing, its vowel the short one after it
    "\u063a": ("gh", "g"),  # غ
    "\u0641": ("f", "ph", "v"),  # ف, also Russian's `v` (ميدفيديف Medvedev)
    "\u0642": ("q", "k", "g"),  # ق
    "\u0643": ("k", "c"),  # ك
    "\u0644": ("l",),  # ل
    "\u0645": ("m",),  # م
    "\u0646": ("n",),  # ن
    "\u0647": ("h", "kh"),  # heh
    "\u0648": ("w", "v"),  # و as a consonant (`_LONG_VOWELS_WRITTEN`: as a vowel)
    "\u064a": ("y",),  # ي as a consonant
    "\u0627": ("a", "aa"),  # alif, inside a word: a long `a`, never `e` (Jamil جميل is not Jamal جمال)
    "\u0622": ("a", "aa"),  # آ
    "\u0623": ("", "a", "e"),  # أ inside a word: a hamza, perhaps with its vowel
    "\u0625": ("i", "e"),  # إ
    "\u0621": ("",),  # ء
    "\u0624": ("", "u", "o", "w"),  # ؤ
    "\u0626": ("", "i", "e", "y"),  # ئ
    "\u0649": ("a", "ah", "e", "i"),  # ى
    "\u0629": ("a", "ah", "at", "e", "eh", "et"),  # ة
    "\u067e": ("p",),  # پ (Persian)
    "\u0686": ("ch",),  # چ
    "\u0698": ("zh",),  # ژ
    "\u06af": ("g",),  # گ
}
# A word's first letter when it only carries a vowel (`أحمد` Ahmad, `إبراهيم` Ibrahim, `اسامة` Osama): a vowel
# always, so Hamad is not read in أحمد.
_OPENING_ALIF_WRITTEN = ("a", "e", "i", "o", "u")
# و and ي as the long vowels (or diphthongs) they also write: Mahmoud, Hussein, Husayn, Yusuf.
_LONG_VOWELS_WRITTEN: dict[str, tuple[str, ...]] = {
    "\u0648": ("u", "o", "oo", "ou", "aw", "au", "ow"),
    "\u064a": ("i", "ee", "ie", "iy", "ai", "ay", "ei", "ey"),
}
# Letters only ever a vowel inside a word: no short vowel before them (the long one is the consonant's).
_VOWEL_LETTERS = frozenset("\u0627\u0622\u0649\u0629")
# A name of three letters (no article) has fewer vowels to read (`_word_steps`): Samar سمر, not Samer سامر;
# Zayd زيد, not Ziyad زياد; Nour نور, not Nawar نوار.
_SHORT_WORD_LETTERS = 3
# Letters spelt otherwise by some writers: the Persian kaf and yeh, the alif wasla, the final heh of Urdu.
_ARABIC_LETTER_FORMS = str.maketrans(
    {"\u06a9": "\u0643", "\u06cc": "\u064a", "\u0671": "\u0627", "\u06c1": "\u0647"}
)
# Vowel marks, the shadda and the tatweel: left out of names as often as written, and no letter of theirs.
_ARABIC_MARKS = on_first_use("[\u064b-\u065f\u0670\u0640]")
_LONG_VOWEL_LETTERS = frozenset("\u0627\u0622\u0648\u064a\u0649\u0629")
_SUN_LETTERS = frozenset(
    "\u062a\u062b\u062f\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0644\u0646"
)
# Words of a name each written a few ways that the letters alone would read too loosely: a short given name
# whose letters are another's with a vowel between (عمر Omar, not Amir or Amr; حسن Hasan, not Hasin), the
# particles of a name (أبو Abu, بن bin), and `الله` as it ends a name (Nasrallah, Abdullah).
_ARABIC_WORDS_WRITTEN: dict[str, tuple[str, ...]] = {
    "\u0623\u0628\u0648": ("abu", "abou", "abo", "aboo"),  # أبو
    "\u0627\u0628\u0648": ("abu", "abou", "abo", "aboo"),  # ابو
    "\u0623\u0628\u064a": ("abi", "abee"),  # أبي
    "\u0628\u0646": ("bin", "ben", "ibn"),  # بن
    "\u0627\u0628\u0646": ("ibn", "bin", "ben"),  # ابن
    "\u0628\u0646\u062a": ("bint",),  # بنت
    "\u0627\u0644\u0644\u0647": ("allah", "alla", "ullah", "ulla", "illah", "illa", "ellah", "ella"),  # الله
    "\u0639\u0628\u062f": ("abd", "abdu", "abdo"),  # عبد
    "\u0639\u0644\u064a": ("ali", "aly", "alee", "aliy"),  # علي
    "\u0639\u0645\u0631": ("omar", "umar", "omer"),  # عمر
    "\u062d\u0633\u0646": ("hasan", "hassan", "hasen", "hassen", "khasan"),  # حسن
    "\u0646\u0635\u0631": ("nasr",),  # نصر (Nasser is ناصر)
    "\u0633\u0639\u062f": ("saad", "sad", "saed"),  # سعد
    "\u0639\u0645\u0631\u0648": ("amr", "amru", "amro"),  # عمرو (Amr: its last letter unspoken)
    "\u062d\u0645\u062f": ("hamad",),  # حمد
    "\u0632\u064a\u062f": ("zaid", "zayd", "zeid", "zeyd"),  # زيد
    "\u0633\u064a\u0641": ("saif", "sayf", "seif", "sayf"),  # سيف
    "\u0646\u0648\u0631": ("nour", "nur", "noor"),  # نور
    "\u0639\u064a\u062f": ("eid", "id", "eyd"),  # عيد
    "\u0641\u062a\u062d": ("fatah", "fateh", "fath"),  # فتح
    "\u0628\u0643\u0631": ("bakr", "bakar"),  # بكر
    "\u0637\u0647": ("taha",),  # طه
    "\u0633\u064a\u062f": ("sayyid", "sayyed", "sayed", "sayid", "seyyed", "seyed"),  # سيد
    "\u0623\u062d\u0645\u062f": ("ahmad", "ahmed", "akhmad", "akhmed"),  # أحمد
    "\u0627\u062d\u0645\u062f": ("ahmad", "ahmed", "akhmad", "akhmed"),  # احمد
    **dict.fromkeys(
        ("\u0645\u062d\u0645\u062f",),  # محمد
        (
            *("muhammad", "mohammed", "mohammad", "mohamed", "mohamad", "muhammed", "muhamed", "muhamad"),
            *("mukhammad", "mukhammed", "magomed", "mohd"),
        ),
    ),
}
# The letters of a Latin or transliterated name as compared: lowercase ASCII letters only.
_NOT_A_LATIN_LETTER = on_first_use(r"[^a-z]+")
_ARABIC_SCRIPT = on_first_use("[\u0600-\u06ff]")
# Anything but an Arabic letter, a mark, or what parts the words of a name: a name in two scripts, or a
# description, is not compared this way.
_NOT_AN_ARABIC_NAME = on_first_use("[^\u0621-\u064a\u064b-\u065f\u0670-\u06d3\u0640\\s\\-]")
# The longest name compared so (each side's letters): a person's name is far shorter.
_MOST_ARABIC_LETTERS = 60
_MOST_LATIN_LETTERS = 100
_LONGEST_COMPARED = 300
_SHORT_VOWELS = ("", "a", "e", "i", "o", "u")
# The short vowel before the last letter of a name of three letters with no long vowel: `a` or none (Samar,
# Nasr), never `e`, `i` or `u`, which write the long vowel of another name (Samir سمير and Samer سامر are not
# Samar سمر, Walid وليد not ولد). Longer names too common to be read so are listed (`_ARABIC_WORDS_WRITTEN`:
# Mahmud is not Muhammad محمد).
_SHORT_VOWELS_BEFORE_LAST = ("", "a")
# The short vowel between the last two letters after a long `a` (Khalid خالد, Samer سامر): `i` or `e`, never
# none or `a` (Nasr نصر, Malak ملك, Salah صلاح are other names).
_SHORT_I_AFTER_LONG_A = ("i", "e")

# One step of the comparison: the Latin spellings one Arabic letter (or word, or gap) may have.
_Step = tuple[str, ...]


# A loose gap between two letters (`_word_steps`): up to two of these, any.
_ANY_TWO_VOWELS: _Step = ("*",)
_LOOSE_VOWELS = frozenset("aeiouwy")


def _word_steps(word: str, loose: bool) -> list[_Step]:
    """The steps (`_Step`) of one Arabic word: an article (`ال`: al-, el-, as- before a sun letter, or left
    out as English often does: Sinwar for السنوار), then its letters, each with the short vowel that may
    follow it. Empty for a word holding a letter no name is read with. `loose`: any two vowels between
    letters, each long vowel perhaps left out."""
    if word == "\u0627\u0644\u0644\u0647" or (not loose and word in _ARABIC_WORDS_WRITTEN):
        return [_ARABIC_WORDS_WRITTEN[word]]
    steps: list[_Step] = []
    if word.startswith("\u0627\u0644") and len(word) > 3:
        word = word[2:]
        article = ["al", "el", "il", "ul", ""]
        if word[0] in _SUN_LETTERS:
            article += [vowel + written for vowel in "aeu" for written in _ARABIC_LETTERS_WRITTEN[word[0]]]
        steps.append(tuple(article))
    if loose:
        return [*steps, *_loose_steps(word)]
    if word in _ARABIC_WORDS_WRITTEN:
        return [*steps, _ARABIC_WORDS_WRITTEN[word]]
    # A first و or ي is a consonant (Walid وليد, Yusuf): no long vowel (ولد is not Walid).
    has_long_vowel = any(letter in _LONG_VOWEL_LETTERS for letter in word[1:])
    short = not steps and len(word) == _SHORT_WORD_LETTERS
    for at, letter in enumerate(word):
        following = word[at + 1] if at + 1 < len(word) else ""
        if at == 0 and letter in "\u0627\u0623":
            steps.append(_OPENING_ALIF_WRITTEN)  # a vowel: Ahmad, Osama, Ibrahim
            continue
        if at == len(word) - 1 and letter == "\u0647":
            steps.append(("h", "ha", ""))  # a last heh, often unwritten
            continue
        if at > 0 and letter in _VOWEL_LETTERS:
            steps.append(_ARABIC_LETTERS_WRITTEN[letter])
            continue
        written = _ARABIC_LETTERS_WRITTEN.get(letter, ())
        if not written:
            return []  # not a letter of a name
        if letter == "\u0646" and following == "\u0628":
            written = ("n", "m")  # Jumblatt جنبلاط
        elif letter == "\u0646" and not following:
            written = ("n", "ne")  # French's Eddine, Hassine
        elif letter == "\u0639" and not following:
            written = ("", "a")  # Sharaa الشرع
        written = _doubled_too(written)
        if not following or following in _VOWEL_LETTERS or following in _LONG_VOWELS_WRITTEN:
            after: _Step = ("",)  # a long vowel next, or the word's end: no short vowel between
        elif at == len(word) - 2 and short and not has_long_vowel:
            after = _SHORT_VOWELS_BEFORE_LAST
        elif at == len(word) - 2 and at > 0 and word[at - 1] == "\u0627":
            after = _SHORT_I_AFTER_LONG_A
        else:
            after = _SHORT_VOWELS
        step = tuple(spelt + vowel for spelt in written for vowel in after)
        if at > 0 and letter in _LONG_VOWELS_WRITTEN:
            # و or ي after a letter: its short vowel before it when a consonant (Marwan, Husayn), none when
            # itself the vowel (Mahmoud, Hussein's `ei` a diphthong); in a short word not both before and
            # after it (Zayd زيد is not Ziyad).
            step = tuple(
                vowel + spelt
                for vowel in _SHORT_VOWELS
                for spelt in step
                if not (short and vowel and spelt[-1] in "aeiou")
            )
            step = (*step, *_LONG_VOWELS_WRITTEN[letter])
        steps.append(step)
    return steps


def _doubled_too(written: _Step) -> _Step:
    """Spellings of a letter, and each with its first consonant doubled, as the shadda Arabic leaves out is
    written (Hassan, Muhammad)."""
    return (*written, *(spelt[0] + spelt for spelt in written if spelt and spelt[0] not in "aeiou"))


def _loose_steps(word: str) -> list[_Step]:
    """A word's letters read loosely (`_word_steps`): any two vowels between two letters, and a long vowel,
    a hamza or an ayn perhaps left out."""
    steps: list[_Step] = []
    for at, letter in enumerate(word):
        if at == 0 and letter in "\u0627\u0623":
            written: _Step = (*_OPENING_ALIF_WRITTEN, "")
        else:
            written = (*_ARABIC_LETTERS_WRITTEN.get(letter, ()), *_LONG_VOWELS_WRITTEN.get(letter, ()))
            if not written:
                return []
            written = _doubled_too(written)
            if letter in _LONG_VOWEL_LETTERS or letter in "\u0621\u0623\u0625\u0624\u0626\u0639\u0647":
                written = (*written, "")
        steps.append(written)
        if at < len(word) - 1:
            steps.append(_ANY_TWO_VOWELS)
    return steps


def _spelt_by(latin: str, steps: list[_Step]) -> bool:
    """Whether `latin` is, letter for letter, one spelling of each step in turn: the places in `latin` each
    step may end at, kept as a set (linear in the steps, no backtracking)."""
    places = {0}
    for step in steps:
        if step is _ANY_TWO_VOWELS:
            places |= {place + 1 for place in places if latin[place : place + 1] in _LOOSE_VOWELS}
            places |= {place + 1 for place in places if latin[place : place + 1] in _LOOSE_VOWELS}
            continue
        places = {place + len(spelt) for place in places for spelt in step if latin.startswith(spelt, place)}
        if not places:
            return False
    return len(latin) in places


@functools.lru_cache(maxsize=256)
def _arabic_likeness(arabic: str, latin: str) -> Literal["same", "near"] | None:
    words = _ARABIC_MARKS().sub("", arabic.translate(_ARABIC_LETTER_FORMS)).replace("-", " ").split()
    if not words or sum(map(len, words)) > _MOST_ARABIC_LETTERS or not latin:
        return None
    for loose in (False, True):
        each_word = [_word_steps(word, loose) for word in words]
        if not all(each_word):
            continue  # a short word (`_FEWEST_LETTERS_READ`), or a letter no name is read with: none left out
        if _spelt_by(latin, [step for steps in each_word for step in steps]):
            return "near" if loose else "same"
    return None


# Honorifics and ranks written before an Arabic name (`السيد حسن نصر الله`, `الشيخ نعيم قاسم`, `اللواء`):
# no part of it, as `Sheikh` and `Gen.` are not of a Latin one.
ARABIC_TITLES = frozenset(
    (
        *("\u0627\u0644\u0634\u064a\u062e", "\u0627\u0644\u0633\u064a\u062f"),  # الشيخ السيد
        "\u0633\u0645\u0627\u062d\u0629",  # سماحة
        "\u0627\u0644\u062f\u0643\u062a\u0648\u0631",  # الدكتور
        "\u0627\u0644\u062d\u0627\u062c",  # الحاج
        "\u0627\u0644\u0623\u0633\u062a\u0627\u0630",  # الأستاذ
        "\u0627\u0644\u0644\u0648\u0627\u0621",  # اللواء
        "\u0627\u0644\u0639\u0645\u064a\u062f",  # العميد
        "\u0627\u0644\u0639\u0642\u064a\u062f",  # العقيد
        "\u0627\u0644\u0641\u0631\u064a\u0642",  # الفريق
        "\u0627\u0644\u0645\u0634\u064a\u0631",  # المشير
        "\u0627\u0644\u062c\u0646\u0631\u0627\u0644",  # الجنرال
    )
)
# The most titles read before a name (`سماحة السيد`).
_MOST_TITLES = 2
# The same honorifics and religious titles as Latin and Cyrillic letters write them before a name (`Sayyed
# Hassan Nasrallah`, `Sheikh Naim Qassem`, `Ayatollah Ali Khamenei`, `Шейх Наим Касем`): no part of it either.
HONORIFICS = frozenset(
    (
        *("sayyed", "sayyid", "sayed", "sayid", "seyyed", "seyed", "sayyad", "syed"),
        *("sheikh", "shaikh", "shaykh", "sheik", "sheikha", "shaikha", "imam", "ayatollah", "ayatullah"),
        *("hojatoleslam", "hojjatoleslam", "mullah", "mufti", "hajj", "haj"),
        *("\u0441\u0435\u0439\u0438\u0434", "\u0441\u0435\u0439\u0435\u0434"),  # сейид, сейед
        *("\u0441\u0430\u0439\u0438\u0434", "\u0448\u0435\u0439\u0445"),  # сайид, шейх
        *("\u0438\u043c\u0430\u043c", "\u043c\u0443\u0444\u0442\u0438\u0439"),  # имам, муфтий
        "\u0430\u044f\u0442\u043e\u043b\u043b\u0430",  # аятолла
        "\u0430\u044f\u0442\u043e\u043b\u0430",  # аятола
    )
)
# The fewest words of a name left after its honorifics: `Sayed Kashua` and `Imam Hussein` may be a given name
# and a family name, or a title and a given name; `Sayyed Hassan Nasrallah` is a title and a name.
_FEWEST_AFTER_HONORIFICS = 2


def honorifics_before(words: list[str]) -> int:
    """How many of `words`, a name as written, are honorifics before it (`HONORIFICS`, after `Grand`: `Grand
    Ayatollah Ali al-Sistani`), at most two, when a name of two words or more is left after them: 0 for
    `Sayed Kashua`, whose first word may be his given name."""
    grand = int(len(words) > 1 and words[0].casefold() == "grand" and words[1].casefold() in HONORIFICS)
    at = grand
    while at < grand + _MOST_TITLES and at < len(words) and words[at].strip(".,").casefold() in HONORIFICS:
        at += 1
    return at if at and len(words) - at >= _FEWEST_AFTER_HONORIFICS else 0


def without_arabic_titles(words: list[str]) -> list[str]:
    """An Arabic name's words without the titles before it (`ARABIC_TITLES`: `السيد حسن نصر الله` is
    حسن نصر الله); empty when only titles are left (`قال الشيخ`: the sheikh, unnamed)."""
    at = 0
    while at < min(len(words), _MOST_TITLES) and words[at] in ARABIC_TITLES:
        at += 1
    return words[at:]


def arabic_script_likeness(one: str, other: str) -> Literal["same", "near"] | None:
    """How a name in Arabic script compares with the same name in Latin or Cyrillic letters, either way round:
    `same` when the Latin letters spell the Arabic ones (`Hassan Nasrallah`, `Хасан Насралла` and
    حسن نصر الله; `Yahya Sinwar` and يحيى السنوار, its article left out; `Abu Ali al-Askari` and
    أبو علي العسكري); `near` when they spell its consonants with other vowels (`Hussein Nasrallah`: Hussein is
    حسين, not حسن), for a person to look at; else None, as for names not one in Arabic script and the other
    not (a name mixing the two, or longer than a person's, is not compared)."""
    if len(one) > _LONGEST_COMPARED or len(other) > _LONGEST_COMPARED:
        return None
    arabic, latin = (one, other) if _ARABIC_SCRIPT().search(one) else (other, one)
    if (
        _ARABIC_SCRIPT().search(latin)
        or not _ARABIC_SCRIPT().search(arabic)
        or _NOT_AN_ARABIC_NAME().search(arabic)
    ):
        return None
    import unicodedata

    from anyascii import anyascii

    letters = _NOT_A_LATIN_LETTER().sub("", anyascii(unicodedata.normalize("NFKC", latin)).casefold())
    if len(letters) > _MOST_LATIN_LETTERS:
        return None
    # With its titles and without (`Sayyed Hassan Nasrallah`, `Hassan Nasrallah` for السيد حسن نصر الله).
    readings = {" ".join(arabic.split()), " ".join(without_arabic_titles(arabic.split()))}
    likenesses = {_arabic_likeness(reading, letters) for reading in readings}
    return "same" if "same" in likenesses else "near" if "near" in likenesses else None


# Cyrillic against the Latin spelling of a name (`Vitali Klitschko`, `Vitaliy Klychko` for Віталій Кличко and
# Виталий Кличко; `Zelenskyy` for Зеленський; `Navalny` for Навальный): each Cyrillic letter is read as the
# Latin letters the Ukrainian and Russian national romanisations and the common English (and, for the
# Klitschkos and others known by them, German) spellings write it, and the Latin name must be those
# letters, in order, and nothing else: Klichkov is not Кличко, its last `v` no letter's. The few letters
# written differently at a word's start and after a consonant (`Я`: Yana is not Ana; `Вячеслав` is not
# Vacheslav) are read so (`_cyrillic_steps`).
def _cyrillic_letters_written() -> dict[str, tuple[str, ...]]:
    return {
        "\u0430": ("a",),  # a
        "\u0431": ("b",),  # be
        "\u0432": ("v", "w"),  # ve (German's `w`: Wladimir, Witali)
        "\u0433": ("g", "h"),  # ghe: Russian's `g`, Ukrainian's `h` (Hlib, Shmyhal)
        "\u0491": ("g",),  # ghe with upturn
        "\u0434": ("d",),  # de
        "\u0435": ("e",),  # ie after a consonant (`_CYRILLIC_AFTER_A_VOWEL`: Yevgeny, Sergeyev)
        "\u0451": ("yo", "io", "jo", "e", "ye", "o"),  # io: Solovyov, Solovev; `o` after zhe, che, sha, shcha
        "\u0454": ("ye", "ie", "je", "e"),  # Ukrainian ie: Yermak, Syniehubov, Synehubov
        "\u0436": ("zh", "j"),  # zhe
        "\u0437": ("z",),  # ze
        "\u0438": ("i", "y"),  # i: Russian's `i`, Ukrainian's `y` (Mykola)
        "\u0456": ("i", "y"),  # Ukrainian i: Vitalii, Vitaly
        "\u0457": ("yi", "i", "ji"),  # yi
        "\u0439": ("y", "i", "j", ""),  # short i: Zelenskyy, Zelenskyi, Zelensky; Sergei, Sergey
        "\u043a": ("k",),  # ka
        "\u043b": ("l",),  # el
        "\u043c": ("m",),  # em
        "\u043d": ("n",),  # en
        "\u043e": ("o",),  # o
        "\u043f": ("p",),  # pe
        "\u0440": ("r",),  # er
        "\u0441": ("s",),  # es
        "\u0442": ("t",),  # te
        "\u0443": ("u",),  # u
        "\u0444": ("f",),  # ef
        "\u0445": ("kh", "h", "ch"),  # ha: Mikhail, Mihail, Michail
        "\u0446": ("ts", "tz", "c"),  # tse
        "\u0447": ("ch", "tch", "tsch"),  # che: Kravchuk; Klitschko, as German writes it
        "\u0448": ("sh", "sch"),  # sha
        "\u0449": ("shch", "sch", "sh", "schtsch"),  # shcha: Yushchenko, Yuschenko
        "\u044a": ("",),  # hard sign
        "\u044b": ("y", "i"),  # yeru: Navalny, Navalnyy, Navalni
        "\u044c": ("", "y", "i"),  # soft sign: left out (Navalny), or a `y` before a vowel (Ilyin)
        "\u044d": ("e",),  # e
        "\u044e": ("yu", "iu", "ju", "u"),  # yu: `u` only after a consonant (Ludmila; Yuri is not Uri)
        "\u044f": ("ya", "ia", "ja", "a"),  # ya: `a` only after i (Maria; Yana is not Ana)
    }


_CYRILLIC_VOWELS = frozenset("\u0430\u0435\u0451\u0454\u0438\u0456\u0457\u043e\u0443\u044b\u044d\u044e\u044f")
# Letters that write a `y` sound at a word's start and after a vowel or a sign (Yevgeny, Sergeyev, Ananyev).
_CYRILLIC_AFTER_A_VOWEL = {"\u0435": ("e", "ye", "je", "ie")}
# The Ukrainian apostrophe (Mar'yana, V'yacheslav), as a hard sign: the letter after it opens a syllable.
_UKRAINIAN_APOSTROPHES = frozenset("'\u2019\u02bc")
_CYRILLIC_NAME = on_first_use("^[\u0400-\u045f\u0490\u0491\\s'\u2019\u02bc-]+$")
_CYRILLIC_LETTER = on_first_use("[\u0400-\u045f\u0490\u0491]")
# Latin letters whose doubling writes no other name (Vassily, Mikhailo written Mikhaillo).
_DOUBLED_ALIKE = frozenset("bdfklmnprst")
# What stands between the letters of a Latin name: spaces, hyphens, apostrophes, an initial's stop.
_IN_A_NAME = frozenset(" \t-.'\u2019\u02bc")


def _cyrillic_steps(name: str) -> list[_Step] | None:
    """The steps (`_Step`) of a Cyrillic name, letter by letter, as `_spelt_by` reads them; None for a name
    holding a letter no name is read with."""
    letters = _cyrillic_letters_written()
    steps: list[_Step] = []
    before = ""  # the letter before, "" at a word's start or after a sign or apostrophe
    at = 0
    folded = name.casefold()
    while at < len(folded):
        letter = folded[at]
        at += 1
        if letter.isspace() or letter == "-" or letter in _UKRAINIAN_APOSTROPHES:
            before = ""
            continue
        if letter == "\u043a" and folded[at : at + 1] == "\u0441":
            steps.append(("ks", "x", "kss"))  # ka and es: Aleksei, Alexei; Kseniya, Xenia
            before, at = "\u0441", at + 1
            continue
        written = letters.get(letter)
        if written is None:
            return None
        opening = not before or before in _CYRILLIC_VOWELS or before in "\u044c\u044a"
        if letter in _CYRILLIC_AFTER_A_VOWEL and opening:
            written = _CYRILLIC_AFTER_A_VOWEL[letter]
        elif letter == "\u044f" and before not in ("\u0438", "\u0456"):
            written = written[:-1]  # Yana is not Ana, nor Vyacheslav Vacheslav
        elif letter == "\u044e" and opening:
            written = written[:-1]  # Yuri is not Uri
        elif letter == "\u0439" and not before:
            written = written[:-1]  # Yosyp, never Osyp
        elif letter == "\u0451" and (not before or before not in "\u0436\u0447\u0448\u0449"):
            written = written[:-1]  # Fyodor is not Fodor
        if len(written) == 1 and written[0] in _DOUBLED_ALIKE:
            written = (written[0], written[0] * 2)
        steps.append(written)
        before = "" if letter in "\u044c\u044a" else letter
    return steps


@functools.lru_cache(maxsize=256)
def _cyrillic_spells(cyrillic: str, latin: str) -> bool:
    steps = _cyrillic_steps(cyrillic)
    return steps is not None and bool(steps) and _spelt_by(latin, steps)


def cyrillic_script_likeness(one: str, other: str) -> Literal["same"] | None:
    """`same` when one name is in Cyrillic and the other is its spelling in Latin letters, either way round
    (`Vitali Klitschko`, `Vitaliy Klychko`, `Vitaly Klitschko` and Віталій Кличко or Виталий Кличко;
    `Andriy Yermak` and Андрій Єрмак; `Natalia` and Наталья), as the Ukrainian and Russian national
    romanisations and the common English spellings write it; else None: for another name (`Klichkov`, whose
    last letter Кличко has not), a translated given name (Kirill for Кирило), a name mixing scripts or
    holding more than letters, or one longer than a person's."""
    if len(one) > _LONGEST_COMPARED or len(other) > _LONGEST_COMPARED:
        return None
    cyrillic, latin = (one, other) if _CYRILLIC_LETTER().search(one) else (other, one)
    if _CYRILLIC_LETTER().search(latin) or not _CYRILLIC_NAME().match(cyrillic.strip()):
        return None
    import unicodedata

    from anyascii import anyascii

    if _ARABIC_SCRIPT().search(latin) or not all(char.isalpha() or char in _IN_A_NAME for char in latin):
        return None  # `Rybar 2` is another channel than Рыбарь: only a name's letters are read so
    letters = _NOT_A_LATIN_LETTER().sub("", anyascii(unicodedata.normalize("NFKC", latin)).casefold())
    if not letters or len(letters) > _MOST_LATIN_LETTERS:
        return None
    return "same" if _cyrillic_spells(" ".join(cyrillic.split()), letters) else None


def main_script(text: str, reach: int = 2000) -> str | None:
    """The writing system most letters of `text`'s first `reach` characters are in (`LATIN`, `CYRILLIC`,
    `ARABIC`, ...), as Unicode names a letter's script; None where it has no letters."""
    counts: dict[str, int] = {}
    for char in text[:reach]:
        if char.isalpha():
            script = unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda script: counts[script]) if counts else None


def other_place_spellings(word: str) -> tuple[str, ...]:
    """A lower-case word naming a Ukrainian place of `_PLACE_SPELLINGS` in its other spelling (`kiev`:
    `kyiv`, `kyiv`: `kiev`), else (): one place, whichever a report or a registry writes."""
    other = _OTHER_SPELLING.get(word)
    return (other,) if other is not None else ()
