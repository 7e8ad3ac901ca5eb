"""Whether a post's words, written in Latin letters, gainsay the Latin-script language declared for it.

`languages.declared_language` sets a declaration aside where the words are in another script (a Ukrainian
post declared `en`), but not where both are Latin: a Polish or Spanish post declared `en` (the posting app's
default setting, whatever the words), or a post page whose `<html lang>` is its interface's (the instance's,
the visitor's), was said to be in English. Each language's commonest short words (articles, prepositions,
conjunctions, pronouns) tell apart the languages written in Latin letters most posts are in: a text of at
least `_FEWEST_WORDS` words in which the declared language's own such words are all but absent, and another
language's are many, is not in the declared language. A text too short, mixed, or in a language not named
here says nothing, and the declaration stands.

Imported where it is used, not at start-up: most captures declare no Latin language of a post.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from provenance.extractors.languages import declared_language
from provenance.models import SourcePost
from provenance.patterns import on_first_use

# Each language's commonest short words, by spaces; a word in more than one list (`de`, `la`, `que`, `a`)
# tells none of them apart and is dropped (`_OWN_WORDS`).
_COMMON_WORDS: dict[str, str] = {
    "en": (
        "the and of to is are was were this that with for have has not we they you it will be from at by "
        "our their which what been would there after about who its into these those"
    ),
    "es": (
        "el la los las de que y en un una es por con para del se no su al lo como más pero sus está son "
        "fue este esta hay muy también ya han nos sobre desde hasta están fueron"
    ),
    "pt": (
        "o a os as de que e do da em um uma para com não é no na dos das por mais se foi são está ao pelo "
        "pela também já foram nos sobre isso muito estão"
    ),
    "fr": (
        "le la les de des du et est un une que qui en dans pour pas sur au aux ce cette sont avec il elle "
        "nous vous ont été mais ou par plus leur ces aussi très"
    ),
    "de": (
        "der die das und ist nicht ein eine zu den dem mit sich auf für von im es wir sie ich auch wird "
        "sind noch bei nach aus wurde werden einen einer haben hat über oder"
    ),
    "it": (
        "il lo la gli le di che e è un una per non con del della sono ha nel alla più anche dei delle "
        "questo questa sulla stato come ma dalla nella degli"
    ),
    "nl": (
        "de het een en van is dat niet op te zijn met voor ook wordt aan er maar om bij naar deze wij "
        "hebben heeft werd nog"
    ),
    "pl": (
        "i w z na się nie to że do jest o jak po co ale od za przez są być tak już dla oraz które który "
        "która został została było jego jej ich tylko czy może"
    ),
}
_FEWEST_WORDS = 12  # fewer words (a name, a few hashtags, a slogan) say nothing of a post's language
_SAMPLE = 2000  # the characters of a post's words looked at
_QUICK_WORDS = 6  # of each language's own words, the first, looked for first (`_plainly_its_own`)
# The declared language's own common words at most this share of the words, another's at least
# `_OTHERS_SHARE`, and at least `_OTHERS_FEWEST` of them: plainly another language's text.
_OWN_SHARE = 0.03
_OTHERS_SHARE = 0.1
_OTHERS_FEWEST = 3
_NAMES = {
    "en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French", "de": "German", "it": "Italian",
    "nl": "Dutch", "pl": "Polish",
}  # fmt: skip
# A word: a run of letters (one class, linear on any input).
_WORD = on_first_use(r"[^\W\d_]+")


def _own_words() -> dict[str, frozenset[str]]:
    counts: dict[str, int] = {}
    for words in _COMMON_WORDS.values():
        for word in set(words.split()):
            counts[word] = counts.get(word, 0) + 1
    return {
        code: frozenset(word for word in words.split() if counts[word] == 1)
        for code, words in _COMMON_WORDS.items()
    }


_OWN_WORDS = _own_words()
_WORD_S_LANGUAGE = {word: code for code, words in _OWN_WORDS.items() for word in words}
_QUICK_OWN_WORDS = {
    code: [word for word in _COMMON_WORDS[code].split() if word in own][:_QUICK_WORDS]
    for code, own in _OWN_WORDS.items()
}


# Russian and Ukrainian share their script, not all its letters: `і`, `ї`, `є`, `ґ` are  # noqa: RUF003
# Ukrainian's alone, `ы`, `э`, `ъ`, `ё` Russian's. A Ukrainian article on a page declaring `ru` (a Russian
# site's template, a mirror) was said to be in Russian. A few of the other's letters (a name quoted, `Київ`)
# say nothing: the other's at least `_OTHER_LETTERS_FEWEST`, and `_OTHER_LETTERS_TIMES` the declared one's.
_CYRILLIC_OWN_LETTERS = {"uk": frozenset("іїєґІЇЄҐ"), "ru": frozenset("ыэъёЫЭЪЁ")}
_CYRILLIC_NAMES = {"uk": "Ukrainian", "ru": "Russian"}
_OTHER_LETTERS_FEWEST = 8
_OTHER_LETTERS_TIMES = 8


def _cyrillic_letters_gainsay(declared: str, text: str) -> str | None:
    """Ukrainian where `text`'s letters are plainly Ukrainian's and `declared` is `ru`, Russian where they are
    Russian's and it is `uk`; None where they do not gainsay it."""
    other = "uk" if declared == "ru" else "ru"
    sample = text[:_SAMPLE]
    own = sum(sample.count(letter) for letter in _CYRILLIC_OWN_LETTERS[declared])
    others = sum(sample.count(letter) for letter in _CYRILLIC_OWN_LETTERS[other])
    if others < max(_OTHER_LETTERS_FEWEST, own * _OTHER_LETTERS_TIMES):
        return None
    return _CYRILLIC_NAMES[other]


# A quick look first, as most texts are in the language declared for them: its commonest own words, each
# between spaces, at least `_PLAINLY_OWN` of the text's words (by its spaces) are many more than
# `words_gainsay` asks for to let the declaration stand, counted without reading word by word.
_PLAINLY_OWN = 0.06


def _plainly_its_own(declared: str, sample: str) -> bool:
    """Whether `sample` is plainly in the `declared` language by its commonest own words (see above)."""
    spaced = f" {' '.join(sample.split())} "
    found = sum(spaced.count(f" {word} ") for word in _QUICK_OWN_WORDS[declared])
    return found >= spaced.count(" ") * _PLAINLY_OWN


def words_gainsay(code: str | None, text: str) -> str | None:
    """The language (English name) `text`'s words are plainly written in where that is not `code`, a Latin
    script language named here (`en`, `es-MX`), or Russian or Ukrainian (told apart by their own letters),
    declared for them; None where they do not gainsay it (too few words, mixed, a language not named here, or
    the declared language's own)."""
    declared = (code or "").split("-", 1)[0].split("_", 1)[0].casefold()
    if declared in _CYRILLIC_OWN_LETTERS:
        return _cyrillic_letters_gainsay(declared, text)
    own = _OWN_WORDS.get(declared)
    if own is None or _plainly_its_own(declared, text[:_SAMPLE]):
        return None
    # A link's, a handle's, a hashtag's or a domain's letters are no word of the post's language.
    plain = " ".join(
        token
        for token in text[:_SAMPLE].split()
        if "/" not in token
        and "@" not in token
        and "#" not in token
        and "." not in token.strip(".,;:!?…\"'()")
    )
    # Only words written in small letters count for a language: a capital opens a name as often as a
    # sentence (`Los Angeles`, `El Paso`, `La Paz` in an English post are no Spanish words of it).
    words = [word if word.islower() else "" for word in _WORD().findall(plain)]
    if len(words) < _FEWEST_WORDS:
        return None
    # Counted in one pass (each word's language looked up), not once per language: a web page's `<html
    # lang>` is checked on every capture.
    counted = Counter(map(_WORD_S_LANGUAGE.get, words))
    hits = {name: counted[name] for name in _OWN_WORDS}
    if hits[declared] > len(words) * _OWN_SHARE:
        return None
    other = max((name for name in hits if name != declared), key=hits.__getitem__)
    if hits[other] < max(_OTHERS_FEWEST, len(words) * _OTHERS_SHARE) or hits[other] < 3 * hits[declared]:
        return None
    return _NAMES[other]


POSTING_APP = "the posting app (most often its own default setting)"


def gainsaid_declaration(code: str | None, text: str, by: str = POSTING_APP) -> str | None:
    """Why `code`, declared for `text` by `by` (the posting app's setting, the page's interface), is set
    aside: its words are plainly another language's (`words_gainsay`); None where it stands."""
    other = words_gainsay(code, text)
    if other is None:
        return None
    return f"{(code or '')[:20]}: declared by {by}, not the words', which read as {other}"


def standing_language(
    declared: Sequence[str | None], text: str, by: str = POSTING_APP
) -> tuple[str | None, str | None]:
    """(the post's language: the first `declared` (by `by`) that neither the script of its words
    (`languages.declared_language`) nor, for a Latin language, its words (`words_gainsay`) gainsay, else
    None; why a declaration was set aside, or None)."""
    codes = [code for code in declared if code][:10]
    set_aside: str | None = None
    while codes:
        chosen, by_script = declared_language(codes, text, by)
        if chosen is None:
            return None, set_aside or by_script
        by_words = gainsaid_declaration(chosen, text, by)
        if by_words is None:
            return chosen, None
        set_aside = set_aside or by_words
        codes = codes[codes.index(chosen) + 1 :]
    return None, set_aside


INTERFACE = "the page's `<html lang>`, most often its interface's language (the instance's, the visitor's)"


def interface_language_checked(post: SourcePost) -> SourcePost:
    """`post`, read as a web page from a platform's page of a post, without the language its `<html lang>`
    names where the post's words plainly gainsay it (`words_gainsay`; said in `fields`), or where it has no
    words to be in any language: an instance serves its page in its own or its visitor's language, whatever
    the post's, and a Spanish post read from an English instance's page was said to be in English."""
    if post.language is None:
        return post
    if not post.text.strip():
        return post.model_copy(update={"language": None})
    said = gainsaid_declaration(post.language, post.text, INTERFACE)
    if said is None:
        return post
    return post.model_copy(update={"language": None, "fields": {**post.fields, "declared language": said}})
