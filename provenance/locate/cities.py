"""The cities an office is of (`Mayor of Kharkiv`, `Мэр Харькова`, `Bürgermeister von Charkiw`), as the
languages `locate` reads write them: a table, not code, read by `speakers` to meet a registry alias in one
language with the passage's words in another.

Each city is keyed by the English words a registry alias gives it in (lower case; `st petersburg` is two
words, each of which the passage must say). Beside the key: the Russian and Ukrainian genitives an office is
of (`мэра Харькова`), which `speakers` reads as whose office it is and never as a person's name; then every
other spelling (nominatives, other cases, German, French, Spanish, Italian and Portuguese names, older
English transliterations), lower case as `str.casefold` writes them.
"""

from __future__ import annotations

# English words: (Russian and Ukrainian genitives, other spellings).
CITY_SPELLINGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "kyiv": (
        ("киева", "києва"),
        ("киев", "киеве", "київ", "києві", "kiew", "kyjiw", "kiev", "quieve", "kijów"),
    ),
    "moscow": (
        ("москвы", "москви"),
        ("москва", "москве", "москві", "moskau", "moscou", "moscú", "mosca", "moscovo", "moskwa"),
    ),
    "kharkiv": (
        ("харькова", "харкова"),
        ("харьков", "харькове", "харків", "харкові", "charkiw", "kharkov", "járkov", "jarkov", "charkiv"),
    ),
    "odesa": (
        ("одессы", "одеси"),
        ("одесса", "одессе", "одеса", "одесі", "odessa"),
    ),
    "lviv": (
        ("львова",),
        ("львов", "львове", "львів", "львові", "lwiw", "lemberg", "lvov", "leópolis", "leopoli", "lwów"),
    ),
    "dnipro": (
        ("днепра", "дніпра"),
        ("днепр", "днепре", "дніпро", "дніпрі", "dnjepr", "dniepr", "dnipró"),
    ),
    "mariupol": (
        ("мариуполя", "маріуполя"),
        ("мариуполь", "мариуполе", "маріуполь", "маріуполі", "marioupol", "mariúpol"),
    ),
    "kherson": (
        ("херсона",),
        ("херсон", "херсоне", "херсоні", "cherson", "jersón", "kherson", "quérson"),
    ),
    "zaporizhzhia": (
        ("запорожья", "запоріжжя"),
        ("запорожье", "запоріжжі", "saporischschja", "saporischja", "saporoschje"),
    ),
    "donetsk": (
        ("донецка", "донецька"),
        ("донецк", "донецке", "донецьк", "донецьку", "donezk", "donetzk", "donec'k", "doneck"),
    ),
    "luhansk": (
        ("луганска", "луганська"),
        ("луганск", "луганске", "луганськ", "луганську", "lugansk", "louhansk", "luhans'k"),
    ),
    "belgorod": (
        ("белгорода", "бєлгорода"),
        ("белгород", "белгороде", "бєлгород", "бєлгороді", "bélgorod", "bjelgorod"),
    ),
    "kursk": (
        ("курска", "курська"),
        ("курск", "курске", "курськ", "курську", "koursk"),
    ),
    "st petersburg": (
        ("санкт-петербурга", "петербурга"),
        (
            *("санкт-петербург", "санкт-петербурге", "петербург", "петербурге", "петербурзі", "petersburg"),
            *("sankt-petersburg", "saint-pétersbourg", "pétersbourg", "petersburgo", "pietroburgo"),
        ),
    ),
    # The first word of St Petersburg, as each language writes it (`San Petersburgo`, `Sankt Petersburg`).
    "st": ((), ("saint", "sankt", "san", "são", "санкт")),
    "minsk": (
        ("минска", "мінська"),
        ("минск", "минске", "мінськ", "мінську", "mińsk"),
    ),
    "warsaw": (
        ("варшавы", "варшави"),
        (
            *("варшава", "варшаве", "варшаві", "warschau", "varsovie", "varsovia", "varsavia", "varsóvia"),
            "warszawa",
        ),
    ),
    "berlin": (
        ("берлина", "берліна"),
        ("берлин", "берлине", "берлін", "берліні", "berlín", "berlino", "berlim"),
    ),
    "paris": (
        ("парижа",),
        ("париж", "париже", "парижі", "parís", "parigi"),
    ),
    "london": (
        ("лондона",),
        ("лондон", "лондоне", "лондоні", "londres", "londra"),
    ),
    "washington": (
        ("вашингтона",),
        ("вашингтон", "вашингтоне", "вашингтоні"),
    ),
}
