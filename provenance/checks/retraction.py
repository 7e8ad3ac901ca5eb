"""A retracted source the report says is retracted: where the note or its citing passage acknowledges it.

A publisher's retraction makes a page unavailable (`extractors.web`): its words no longer stand, and a
footnote resting on them as if they did fails. A report may cite the piece as retracted all the same ("the
study, since retracted, claimed …", a note's "(retracted)", "Retracted article.", "withdrawn by the
journal"): the piece's words are then what it cites, and they are compared (date, author, quote, title),
while `captured` warns, naming the retraction and where the report says so, and the footnote is at most
unconfirmed (a person must look). The words must speak of the cited piece: the note's own (outside its
quoted title), or a citing passage's words about a study, an article or a paper in the sentence holding the
note's mark (the one holding the words the passage quotes for it; a passage of one sentence whole): "the
minister retracted his claim" says nothing of the source, nor does "the 2019 study was retracted" two
sentences before the mark. A passage of several sentences quoting nothing for the note cannot say which holds
the mark (a reader drops it): it acknowledges nothing.

Read word by word (every word looked at once, a few words around each retraction word): linear in the text.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from provenance.checks.interface import CheckInput
from provenance.escaping import escape_unprintable
from provenance.extractors.pages import RETRACTION
from provenance.models import Context, SourcePost
from provenance.quotes import blank_quotes

# Bounds on what is read: a note or a passage speaks of a retraction in its first sentences, and a crafted
# report of a thousand passages citing one note costs no more than these.
_MOST_CHARS = 4_000
_MOST_PASSAGES = 20
_WORDS_SHOWN = 6  # on each side of the retraction word, in the detail

_TOKEN = re.compile(r"\w+|[^\w\s]")

# Words saying a piece was retracted or withdrawn, lowercased, by how they open (an inflection after): in
# English, Russian, Ukrainian, German, French, Spanish and Italian, the languages `extractors.web` reads a
# retraction note in. An active verb (`withdrew`, `отозвал`) counts only with the piece as its object.
_RETRACTED_STEMS = (
    *("retracted", "withdrawn", "отозван", "відкликан", "zur\u00fcckgezogen", "r\u00e9tract\u00e9"),
    *("retir\u00e9", "retractad", "retirad", "ritirat", "ritrattat"),
)
_ACTIVE_STEMS = ("withdrew", "retracts", "отозвал", "відкликал", "відкликав", "retir\u00f3")
# Words naming a piece of writing: English ones whole, others by how they open (their inflections).
_PIECE_WORDS = frozenset(
    (
        *("study", "studies", "article", "articles", "paper", "papers", "preprint", "preprints", "report"),
        *("piece", "story", "research", "analysis", "publication", "manuscript", "letter", "review"),
        *("column", "essay", "survey", "trial", "trials"),
    )
)
_PIECE_STEMS = (
    *("стат", "исследовани", "публикаци", "работ", "препринт", "материал"),
    *("дослідженн", "публікаці", "робот", "матеріал"),
    *("artikel", "studie", "beitrag", "arbeit", "aufsatz", "publikation", "ver\u00f6ffentlichung"),
    *("\u00e9tude", "article", "publication", "pr\u00e9publication"),
    *("art\u00edculo", "estudio", "publicaci\u00f3n", "trabajo"),
    *("articolo", "studio", "pubblicazion", "lavoro"),
)
# What may stand between a piece's noun and the retraction word after it ("the study, since retracted",
# "Die Studie, die inzwischen zurückgezogen wurde", "l'étude, depuis rétractée"), besides a footnote's mark.
_BETWEEN_PIECE_AND_WORD = frozenset(
    (
        *("since", "now", "later", "subsequently", "eventually", "was", "were", "has", "have", "had"),
        *("been", "being", "is", "are", "which", "that", "itself", "also", "already", "then", "quickly"),
        *("была", "был", "было", "были", "позже", "впоследствии", "затем", "уже", "которая", "который"),
        *("которое", "которые", "ныне", "була", "був", "було", "пізніше", "згодом", "вже", "яка", "який"),
        *("яке", "які", "потім"),
        *("die", "der", "das", "inzwischen", "mittlerweile", "sp\u00e4ter", "wurde", "ist", "worden"),
        *("seither", "bereits", "depuis", "qui", "a", "\u00e9t\u00e9", "entre", "temps", "ensuite"),
        *("d\u00e9j\u00e0", "est", "ya", "luego", "despu\u00e9s", "que", "fue", "ha", "sido"),
        *("posteriormente", "poi", "gi\u00e0", "che", "\u00e8", "stato", "stata", "successivamente"),
    )
)
_MOST_BETWEEN = 4
# What may stand between a retraction word and the piece's noun after it ("the retracted study", "retracted
# the study", "withdrew their 2020 paper", "retracted Smith's paper"): determiners, possessives, numbers,
# and one other word (an adjective, a name).
_DETERMINERS = frozenset(
    (
        *("the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "s"),
        *("эту", "свою", "его", "её", "их", "эта", "данную", "цю", "його", "її", "їх"),  # noqa: RUF001
        *("den", "die", "das", "dem", "der", "seinen", "ihren", "seine", "ihre", "einen", "eine", "diese"),
        *("l", "la", "le", "les", "son", "sa", "ses", "leur", "cet", "cette", "un", "une"),
        *("el", "los", "las", "su", "sus", "este", "esta", "una", "lo", "il", "gli", "suo", "sua", "loro"),
        *("questo", "questa"),
    )
)
# What may follow a retraction word in a note that is the piece's own ("Retracted in 2023", "withdrawn by
# the journal", "(retracted)", "Retracted."): an active verb's object does not ("… retracted his claim").
_AFTER_A_NOTE_S_WORD = frozenset(
    (
        *("by", "in", "on", "from", "after", "since", "per", "at", "von", "im", "am", "durch", "par", "en"),
        *("por", "da", "nel", "dal", "в", "по", "від", "у", "через", "and", "und", "et", "y", "e"),  # noqa: RUF001
    )
)


# Words after which a piece's noun is no subject or object of the retraction word ("funding for the study
# was withdrawn", "she withdrew from the study"): the piece is named, its retraction is not said.
_PREPOSITIONS = frozenset(
    (
        *("for", "of", "from", "about", "in", "on", "to", "with", "over", "into", "against", "under", "at"),
        *("для", "из", "от", "о", "об", "в", "на", "з", "про", "für", "aus", "über", "zu", "mit"),  # noqa: RUF001
        *("pour", "de", "du", "des", "sur", "avec", "para", "del", "con", "sobre", "per", "di", "dello"),
        *("della", "su"),
    )
)


@dataclass(frozen=True)
class Acknowledgement:
    """Where the report says the cited piece was retracted (`the note`, `the citing passage (line 4)`), and
    the words around the retraction word, as written."""

    where: str
    words: str

    def said(self) -> str:
        return f"{self.where}: {escape_unprintable(self.words)!r}"


def _is_piece(word: str) -> bool:
    return word in _PIECE_WORDS or word.startswith(_PIECE_STEMS)


def _is_number(word: str) -> bool:
    return not word.isalpha() and word[:1].isalnum()


def _piece_before(words: list[str], at: int) -> bool:
    """Whether a piece's noun stands before the retraction word at `at`, only fillers and a footnote's mark
    between ("the study [3], since retracted")."""
    between = 0
    for index in range(at - 1, max(-1, at - 12), -1):
        word = words[index]
        if _is_piece(word):
            return not _object_of_a_preposition(words, index)
        if word in ",([]^)" or _is_number(word):
            continue  # a comma, a bracket, a footnote's mark
        if word not in _BETWEEN_PIECE_AND_WORD:
            return False
        between += 1
        if between > _MOST_BETWEEN:
            return False
    return False


def _object_of_a_preposition(words: list[str], at: int) -> bool:
    """Whether the piece's noun at `at` follows a preposition, only determiners and numbers between ("funding
    for the study", "a claim in the 2020 paper")."""
    for word in reversed(words[max(0, at - 4) : at]):
        if word in _PREPOSITIONS:
            return True
        if word not in _DETERMINERS and word not in ("'", "\u2019") and not _is_number(word):
            return False
    return False


def _piece_after(words: list[str], at: int) -> bool:
    """Whether a piece's noun follows the retraction word at `at`: "retracted study", "withdrew their 2020
    paper", "retracted Smith's paper"."""
    others = 0
    for word in words[at + 1 : at + 6]:
        if _is_piece(word):
            return True
        if word in _DETERMINERS or _is_number(word) or word in ("'", "\u2019"):
            continue
        if not word.isalpha() or others or word in _PREPOSITIONS:
            return False
        others += 1  # an adjective or a name
    return False


def _ends_a_note_s_clause(words: list[str], at: int) -> bool:
    """Whether the retraction word at `at` ends its clause (the text's end, a mark, a preposition or a
    year after it): said of the note's own piece, not a verb with another object."""
    if at + 1 >= len(words):
        return True
    following = words[at + 1]
    return not following.isalnum() or following in _AFTER_A_NOTE_S_WORD or _is_number(following)


_NON_SPACE = re.compile(r"\S+")


def _without_links(text: str) -> str:
    """`text` with each link (a run of non-spaces holding `://` or opening with `www.`) replaced by as many
    spaces: a link's words (`…/minister-retracted-claim`) are its address, not the report's."""
    pieces: list[str] = []
    last = 0
    for run in _NON_SPACE.finditer(text):
        word = run.group()
        if "://" in word or word.lower().startswith("www."):
            pieces += (text[last : run.start()], " " * len(word))
            last = run.end()
    return "".join(pieces) + text[last:] if pieces else text


def _found_in(text: str, own_piece: bool) -> str | None:
    """The words around the first retraction word of `text` (its quotations blanked) that speaks of a piece
    (`own_piece`: the text is the note, the piece's own citation), else None."""
    unquoted = _without_links(blank_quotes(text[:_MOST_CHARS]))
    lowered = unquoted.lower()
    if not any(stem in lowered for stem in (*_RETRACTED_STEMS, *_ACTIVE_STEMS)):
        return None
    tokens = list(_TOKEN.finditer(unquoted))
    words = [token.group().lower() for token in tokens]
    for at, word in enumerate(words):
        active = word.startswith(_ACTIVE_STEMS)
        if not active and not word.startswith(_RETRACTED_STEMS):
            continue
        about_a_piece = _piece_after(words, at) or (
            not active and (_piece_before(words, at) or (own_piece and _ends_a_note_s_clause(words, at)))
        )
        if about_a_piece:
            first = tokens[max(0, at - _WORDS_SHOWN)].start()
            last = tokens[min(len(tokens) - 1, at + _WORDS_SHOWN)].end()
            return " ".join(text[first:last].split())  # as written, its quotations too
    return None


# Where a sentence ends: its stop (and the closing quote marks or brackets after it), then a space. Each
# character is looked at once or twice: linear. Alternation, not a class, for the marks beyond Latin-1.
_SENTENCE_END = re.compile("(?:[.!?]|\u2026)+(?:[\"')\\]\u00bb]|\u201d|\u2019)*\\s+")


def _sentences(text: str) -> list[tuple[int, int]]:
    """Where each sentence of `text` starts and ends."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        spans.append((start, end.end()))
        start = end.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _citing_sentences(context: Context) -> str:
    """The sentences of a citing passage that hold its mark, as far as the passage shows: those holding the
    words it quotes for the note (the mark follows them; a quote of several sentences, each); the whole
    passage where it is one sentence; else none (a reader drops the mark from the passage, and a long
    paragraph's other sentences speak of other things: "A 2019 study was retracted. … The trial found
    …[1]" acknowledges nothing of the trial's)."""
    text = context.text[:_MOST_CHARS]
    spans = _sentences(text)
    if len(spans) <= 1:
        return text
    quoted = [
        (found, found + len(quote))
        for quote in context.quotes[:_MOST_PASSAGES]
        if quote and (found := text.find(quote[:_MOST_CHARS])) >= 0
    ]
    # A quote of several sentences: each of them holds it, the one it opens in too.
    held = [
        text[start:end]
        for start, end in spans
        if any(start < quote_end and quote_start < end for quote_start, quote_end in quoted)
    ]
    return " ".join(held)


def acknowledged_retraction(given: CheckInput) -> Acknowledgement | None:
    """Where the note or a citing passage's sentence holding the note's mark (`_citing_sentences`) says the
    cited piece was retracted or withdrawn; None where neither does."""
    said = _found_in(given.footnote.text, own_piece=True)
    if said is not None:
        return Acknowledgement("the note", said)
    for context in given.contexts[:_MOST_PASSAGES]:
        said = _found_in(_citing_sentences(context), own_piece=False)
        if said is not None:
            where = context.location or f"line {context.line}"
            return Acknowledgement(f"the citing passage ({where})", said)
    return None


def retracted(post: SourcePost | None) -> bool:
    """Whether the source is unavailable as its publisher retracted it (its words read all the same)."""
    return post is not None and post.problem == "unavailable" and bool(post.fields.get(RETRACTION))


def retraction_acknowledged(given: CheckInput) -> Acknowledgement | None:
    """Where the report acknowledges the retraction of the retracted page its capture shows; None where the
    page is not retracted (or shows another problem) or the report does not say so."""
    if not retracted(given.live):
        return None
    return acknowledged_retraction(given)


def as_retracted_words(given: CheckInput) -> CheckInput:
    """The input the content checks (date, author, quote, title) read where the report acknowledges the
    retraction of the source: the retracted page read as the words the report cites; else `given`."""
    if retraction_acknowledged(given) is None:
        return given
    # The page read is the live one (`sources.read_source` gives the content checks no source for a page
    # with a problem), or an archived copy retracted too; a copy from before the retraction is read as it is.
    source = given.source if given.source is not None else given.live
    if source is None or not retracted(source):
        return given
    readable = source.model_copy(update={"problem": None, "problem_detail": None})
    return dataclasses.replace(given, source=readable)
