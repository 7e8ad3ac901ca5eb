"""A post's language as its posting app declares it (Mastodon's `language`, Bluesky's `langs`), held to the
script its words are written in: the declaration is the app's setting, most often its own default."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from provenance.patterns import on_first_use

# The scripts each language's words are written in (the first word of a letter's Unicode name), for the
# languages a script tells apart from many others. A post's language as its posting app declares it
# (Mastodon's `language`, Bluesky's `langs`) is the app's setting, most often its own default, whatever the
# words: a Ukrainian post declared `en` was said to be in English. A language not named here is taken as
# declared: its script tells nothing (a German post declared `en` is not told from an English one).
_LANGUAGE_SCRIPTS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        (
            "en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "sv", "da", "no", "nb", "nn", "fi", "cs",
            "sk", "ro", "hu", "hr", "bs", "sl", "et", "lv", "lt", "id", "ms", "vi", "ca", "eu", "gl", "ga",
            "cy", "is", "sq", "af", "sw", "tl", "eo", "la", "az", "mt",
        ),
        frozenset({"LATIN"}),
    ),
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk", "ky", "tg", "mn"), frozenset({"CYRILLIC"})),
    **dict.fromkeys(("sr", "kk", "uz"), frozenset({"CYRILLIC", "LATIN"})),
    **dict.fromkeys(("ar", "fa", "ur", "ps", "ckb"), frozenset({"ARABIC"})),
    **dict.fromkeys(("he", "yi"), frozenset({"HEBREW"})),
    "el": frozenset({"GREEK"}),
    "ja": frozenset({"CJK", "HIRAGANA", "KATAKANA"}),
    "zh": frozenset({"CJK"}),
    "ko": frozenset({"HANGUL", "CJK"}),
    "th": frozenset({"THAI"}),
    "ka": frozenset({"GEORGIAN"}),
    "hy": frozenset({"ARMENIAN"}),
    **dict.fromkeys(("hi", "mr", "ne"), frozenset({"DEVANAGARI"})),
}  # fmt: skip
_SCRIPT_SAMPLE = 2000  # the characters of a post's words looked at
# A letter outside Latin's plain and accented blocks: where a sample has none, a Latin language's
# declaration stands without counting its letters one by one (a web page's `<html lang>` is checked on
# every capture). One class, linear on any input.
_NOT_LATIN_LETTER = on_first_use(r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]")
# The same for a Cyrillic language: its letters (`_CYRILLIC_LETTERS`) a fifth of the sample's characters other
# than spaces (no fewer than its letters, those of links, handles and hashtags, Latin's, among them).
_CYRILLIC_LETTERS = on_first_use(r"[\u0400-\u04ff]+")
_FEWEST_LETTERS = 20  # fewer letters (a name, a hashtag, a link) say nothing of the words' language
_SHARE_SAID_OTHERWISE = 0.2  # the declared language's scripts write fewer letters: the words say otherwise


def _letter_scripts(text: str) -> dict[str, int]:
    """How many letters of `text` (its first `_SCRIPT_SAMPLE` characters) each script writes, in its words
    alone: a link's, a handle's, a hashtag's or a domain's (a token holding `/`, `@`, `#` or an inner `.`) are
    in Latin letters whatever the post's language."""
    words = " ".join(
        token
        for token in text[:_SCRIPT_SAMPLE].split()
        if not any(mark in token for mark in "/@#") and "." not in token.strip(".,;:!?…\"'()")
    )
    counts: dict[str, int] = {}
    for char in words:
        if char.isascii():
            script = "LATIN" if char.isalpha() else ""
        elif char.isalpha():
            script = _script_of_letter(char)
        else:
            script = ""
        if script:
            counts[script] = counts.get(script, 0) + 1
    return counts


def _script_of_letter(char: str) -> str:
    """The script a letter is written in: the first word of its Unicode name, but Latin's or Greek's for the
    styled letters posts are written in (`MATHEMATICAL BOLD CAPITAL B`, `FULLWIDTH LATIN SMALL LETTER A`,
    `CIRCLED LATIN CAPITAL LETTER K`): words in styled letters are in the language they spell."""
    words = unicodedata.name(char, "").split()
    if "LATIN" in words or "GREEK" in words:
        return "LATIN" if "LATIN" in words else "GREEK"
    if words[:1] == ["MATHEMATICAL"]:
        return "LATIN"  # its Greek letters name GREEK, above
    return words[0] if words else ""


_POSTING_APP = "the posting app (most often its own default setting)"


def declared_language(
    declared: Sequence[str | None], text: str, by: str = _POSTING_APP
) -> tuple[str | None, str | None]:
    """(the post's language: the first its posting app (`by`) declares that its words do not gainsay, else
    None; why the declaration was set aside, or None). Words whose letters are at least `_FEWEST_LETTERS`,
    fewer than a fifth of them in the scripts a declared language writes in, gainsay it."""
    codes = [code for code in declared if code]
    if not codes:
        return None, None
    counts: dict[str, int] | None = None
    latin_only: bool | None = None
    for code in codes:
        scripts = _LANGUAGE_SCRIPTS.get(code.split("-", 1)[0].casefold())
        if scripts is None:
            return code, None
        if "LATIN" in scripts:
            if latin_only is None:
                latin_only = _NOT_LATIN_LETTER().search(text, 0, _SCRIPT_SAMPLE) is None
            if latin_only:
                return code, None  # every letter Latin: none gainsays it
        elif scripts == {"CYRILLIC"}:
            sample = text[:_SCRIPT_SAMPLE]
            cyrillic = len(sample) - len(_CYRILLIC_LETTERS().sub("", sample))
            if cyrillic >= (len(sample) - sample.count(" ")) * _SHARE_SAID_OTHERWISE:
                return code, None
        counts = _letter_scripts(text) if counts is None else counts
        letters = sum(counts.values())
        if letters < _FEWEST_LETTERS or sum(counts.get(name, 0) for name in scripts) >= (
            letters * _SHARE_SAID_OTHERWISE
        ):
            return code, None
    shown = max(counts, key=counts.__getitem__) if counts else "another"
    return None, (
        f"{', '.join(codes)[:100]}: declared by {by}, not the words', which are in {shown.title()} script"
    )
