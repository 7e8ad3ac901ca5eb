"""Russian and Ukrainian names in the genitive (or a woman's in the accusative), read back to the nominative a
registry keeps.

`по словам Зеленского`, `по словам Марии Захаровой`, `за словами Зеленського`: the name after these words is
declined, and a registry lists `Зеленский`, `Мария Захарова`. Each word's ending gives the few nominatives it
can come from (`Зеленского` from `Зеленский`, `Толстого` from `Толстой`; `Захаровой` from `Захарова`,
`Зеленской` from `Зеленская`; `Медведева` from `Медведев` ...); a word whose ending no genitive has
(`Шевченко`, `Шмидт`, `Али`) is kept as written, as such names do not decline.

Conservative on purpose: the ending that a genitive leaves is what tells `Захаров` (genitive `Захарова`) from
`Захарова` (genitive `Захаровой`), so a form is never read as itself when its ending is a genitive one, and
`same_final_letter` lets a caller refuse a match whose family name ends otherwise than the registry's.
`differ_in_gendered_ending` does the same for names as written (nominative, any script once transliterated):
`Зеленская` is not `Зеленский`, `Zakharova` not `Zakharov`, `Новакова` not `Новак`.

Pure: no I/O. Bounded: a name of at most `MAX_WORDS` words gives at most `MAX_FORMS` readings.
"""

from __future__ import annotations

import itertools

from rapidfuzz import fuzz

MAX_WORDS = 4
MAX_FORMS = 24

# Genitive ending → the nominative endings it comes from, longest ending first; `keep` when the word may also
# be one that does not decline. Russian and Ukrainian in one table: their endings do not clash.
_ENDINGS: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    # Adjectival family names: Зеленского/Зеленського → Зеленский/Зеленський, Толстого → Толстой.
    ("\u043e\u0433\u043e", ("ий", "\u043e\u0439", "ый"), False),
    ("\u0435\u0433\u043e", ("ий",), False),
    # Their feminine, and the feminine of -ов/-ев/-ин: Зеленской → Зеленская, Захаровой → Захарова.
    ("\u043e\u0439", ("ая", "\u0430"), False),
    # Ukrainian feminine: Зеленської → Зеленська, Захарової → Захарова.
    ("ої", ("\u0430",), False),
    # Nouns: Ивана/Медведева/Путина → Иван/Медведев/Путин; Ukrainian Дмитра → Дмитро.
    ("\u0430", ("", "\u043e"), False),
    # Сергея/Дмитрия/Андрія → Сергей/Дмитрий/Андрій; Игоря → Игорь; Ukrainian Ігоря, the ending dropped.
    ("я", ("\u0439", "ь", ""), False),
    # Анны/Никиты/Кулебы → Анна/Никита/Кулеба.
    ("ы", ("\u0430",), False),
    # Ольги/Кулеби/Олени → Ольга/Кулеба/Олена; Марии/Натальи → Мария/Наталья; Любови → Любовь; and names that
    # do not decline end so too (Али, аль-Аскари).
    ("и", ("\u0430", "я", "ь"), True),
    # Ukrainian Марії/Юлії → Марія/Юлія; Небензі/Іллі → Небензя/Ілля, and names that do not decline end so
    # too (Алі).
    ("ї", ("я",), False),
    ("\u0456", ("я",), True),
    # A woman's name in the accusative, after a verb of quoting (`процитировал Марию Захарову`; a man's is his
    # genitive): Зеленскую → Зеленская, Захарову/Анну → Захарова/Анна, Марию/Марію → Мария/Марія; names that
    # do not decline end so too (Шойгу).
    ("ую", ("ая",), False),
    ("\u0443", ("\u0430",), True),
    ("ю", ("я",), True),
)


def _word_forms(word: str) -> tuple[str, ...]:
    """The nominatives one genitive word can be, most likely first."""
    lowered = word.lower()
    for ending, nominatives, keep in _ENDINGS:
        if lowered.endswith(ending) and len(lowered) > len(ending) + 1:
            stem = word[: len(word) - len(ending)]
            forms = tuple(stem + nominative for nominative in nominatives)
            return (*forms, word) if keep else forms
    return (word,)


def nominative_forms(name: str) -> tuple[str, ...]:
    """The nominative names a genitive `name` can be (`Марии Захаровой` → `Мария Захарова`, ...); empty for
    a name of more words than a person's name has, or of no Cyrillic letter (nothing to read back)."""
    words = name.split()
    if not words or len(words) > MAX_WORDS or not any("\u0400" <= char <= "\u04ff" for char in name):
        return ()
    choices = [_word_forms(word) for word in words]
    return tuple(" ".join(forms) for forms in itertools.islice(itertools.product(*choices), MAX_FORMS))


def same_final_letter(left: str, right: str) -> bool:
    """Whether two spellings of a family name end alike: `Zakharov` and `Zakharova` do not."""
    return bool(left) and bool(right) and left[-1] == right[-1]


# A family name's masculine and feminine endings, as `provenance.names.fold_spelling` leaves them in ASCII
# (`-ская`/`-skaya` is `skaia`, `-ский`/`-skyi` is `ski`): a man's and a woman's name of one stem, whom a
# spelling ratio alone took for one person (Зеленский/Зеленская 0.875, Захаров/Захарова 0.94).
_ADJECTIVAL = tuple(
    (masculine, feminine) for masculine in ("i", "ij", "oi", "oj") for feminine in ("a", "aja", "aia")
)
_GENDERED_ENDINGS: tuple[tuple[str, str], ...] = (
    # Russian, Ukrainian, Bulgarian: Захаров/Захарова, Медведев/Медведева, Путин/Путина.
    ("ov", "ova"),
    ("ev", "eva"),
    ("in", "ina"),
    # Adjectival (Russian, Ukrainian, Polish, Czech): Зеленский/Зеленская, Толстой/Толстая, Novotný/Novotná.
    *_ADJECTIVAL,
    # Czech and Slovak: Novák/Nováková, Svoboda/Svobodová, Havlíček/Havlíčková, Němec/Němcová.
    ("", "ova"),
    ("a", "ova"),
    ("ek", "kova"),
    ("ec", "cova"),
    # Lithuanian: Kazlauskas/Kazlauskienė/Kazlauskaitė, Adamkus/Adamkienė.
    ("as", "iene"),
    ("as", "aite"),
    ("is", "iene"),
    ("is", "ite"),
    ("us", "iene"),
    ("us", "ute"),
)
_SAME_STEM_RATIO = 85  # a stem spelt with a typo is still the stem: the ending is what tells them apart


def differ_in_gendered_ending(left: str, right: str) -> bool:
    """Whether two folded family names are one stem with a man's ending on one and a woman's on the other:
    `zaharov`/`zaharova`, `zelenski`/`zelenska`, `novak`/`novakova`. Equal names never differ so."""
    if left == right:
        return False
    for masculine, feminine in _GENDERED_ENDINGS:
        for man, woman in ((left, right), (right, left)):
            if not (man.endswith(masculine) and woman.endswith(feminine)):
                continue
            man_stem, woman_stem = man[: len(man) - len(masculine)], woman[: len(woman) - len(feminine)]
            if man_stem and (man_stem == woman_stem or fuzz.ratio(man_stem, woman_stem) >= _SAME_STEM_RATIO):
                return True
    return False
