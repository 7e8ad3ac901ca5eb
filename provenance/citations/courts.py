"""The court a legal note's case is before, where the citation's own form says it and no parenthetical does:
the European Union's courts by their case numbers, the European Court of Human Rights by its application
numbers, and the United States' state courts by their public-domain citations and official reporters.

- `Case C-311/18 Data Protection Commissioner v Facebook Ireland and Maximillian Schrems (Schrems II),
  ECLI:EU:C:2020:559`, as OSCOLA writes it, or `Google and Alphabet v Commission (T-612/17)`: a case number
  `C-` is the Court of Justice's, `T-` the General Court's. Read as no case (`v` without a stop and no
  year in brackets), the note's title was none, and without its ECLI it named no court.
- `Big Brother Watch and Others v. the United Kingdom [GC], nos. 58170/13, 62322/14 and 24960/15`: an
  application's number (`no.`, `nos.`) is the Strasbourg court's, `[GC]` its Grand Chamber. The caption's
  `[GC]`, its second party's `the` and the plural `nos.` read no case, and the note named no author.
- `People v. Smith, 2024 IL 128012` (the Supreme Court of Illinois; `2024 IL App (1st) 123456`, its
  Appellate Court), `State v. Doe, 2023-Ohio-1234` (the Supreme Court of Ohio, or with `(8th Dist.)` a court
  of appeals'), `Smith v. Jones, 123 Cal. App. 5th 456 (2024)` (California's Court of Appeal): Bluebook
  names no court in the parenthetical where the citation says which, and the note named none.

Pure and bounded: each pattern is anchored (at the note's opening or right after the caption) and a run of
bounded parts, tried once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance.patterns import on_first_use

COURT_OF_JUSTICE = "Court of Justice of the European Union"
GENERAL_COURT = "General Court of the European Union"
HUMAN_RIGHTS_COURT = "European Court of Human Rights"
_EU_COURTS = {"C": COURT_OF_JUSTICE, "T": GENERAL_COURT}

_HYPHENS = "-\u2010\u2011"  # curia writes `C\u2011311/18`, a hyphen that does not break
_EU_CASE_NUMBER = rf"[CT][{_HYPHENS}]\d{{1,4}}/\d{{2}}(?:\s?P)?"
# A caption's parties either side of `v` or `v.` (the second may open with `the`: `v. the United Kingdom`),
# no comma nor bracket in them.
_PARTIES = r"[A-Z\u00c0-\u00de][^,()\[\]\n]{0,160}?\sv\.?\s(?:the\s)?[A-Z\u00c0-\u00de][^,()\[\]\n]{0,160}?"
# OSCOLA's: `Case C-311/18 Caption`, `Joined Cases C-293/12 and C-594/12 Caption`, a comma after the numbers
# or not; the caption ends at a comma, a bracket or the note's end.
_EU_CASE_FIRST = on_first_use(
    rf"(?:Joined\s{{1,3}})?Cases?\s{{1,3}}(?P<number>{_EU_CASE_NUMBER})"
    rf"(?:(?:,|\s{{1,3}}and)\s{{1,3}}{_EU_CASE_NUMBER}){{0,9}},?\s{{1,3}}"
    rf"(?P<caption>{_PARTIES})(?=\s{{0,3}}[,(\[]|[\s.;]{{0,3}}$)"
)
# The caption first, its number after it in brackets or after a comma: `Google v Commission (T-612/17)`,
# `Facebook Ireland v Schrems, C-311/18`.
_EU_CASE_AFTER = on_first_use(
    rf"(?P<caption>{_PARTIES})(?:\s{{0,3}}\((?:Case\s{{1,3}})?|,\s{{1,3}}(?:Case\s{{1,3}})?)"
    rf"(?P<number>{_EU_CASE_NUMBER})\b"
)
# Strasbourg's: the caption, its formation (`[GC]`, `(dec.)`) and its application numbers.
_HUMAN_RIGHTS_CASE = on_first_use(
    rf"(?P<caption>{_PARTIES})(?:\s{{0,3}}\[(?P<grand_chamber>GC)\]|\s{{0,3}}\((?:dec|déc)\.\))?,\s{{1,3}}"
    r"(?:[Aa]pplications?\s{1,3}|[Aa]pp\.\s{1,3})?(?:[Nn]os?\.|[Nn]ᵒ|n°|nos)\s{0,3}\d{1,6}/\d{2}\b"
)


@dataclass(frozen=True, repr=False, eq=False)
class ReadCase:
    """A case as `european_case` reads it: its caption, its court and its number (`C-311/18`, `58170/13`)."""

    caption: str
    court: str
    number: str


def european_case(opening: str) -> ReadCase | None:
    """The case of the European Union's courts or of the European Court of Human Rights a note opens by
    citing (`Case C-311/18 A v B`, `A v B (T-612/17)`, `A and Others v. the United Kingdom [GC], nos.
    58170/13 …`); None for any other note. `opening`: the note's words, its quoted passages blanked, from
    its first word."""
    if "/" not in opening[:400]:
        return None  # every case number holds one: most notes are not matched
    found = _EU_CASE_FIRST().match(opening) or _EU_CASE_AFTER().match(opening)
    if found is not None:
        number = found["number"]
        return ReadCase(_spaced(found["caption"]), _EU_COURTS[number[0]], _as_hyphened(number))
    found = _HUMAN_RIGHTS_CASE().match(opening)
    if found is None:
        return None
    court = f"{HUMAN_RIGHTS_COURT} (Grand Chamber)" if found["grand_chamber"] else HUMAN_RIGHTS_COURT
    number = found.group()[found.end("caption") :].rsplit(None, 1)[-1]
    return ReadCase(_spaced(found["caption"]), court, number)


def _spaced(words: str) -> str:
    return " ".join(words.split())


def _as_hyphened(number: str) -> str:
    return number[0] + "-" + number[2:]


# The United States' state courts whose public-domain citations name them: the year, the state's code and
# the number (`2024 IL 128012`; an intermediate court's with its district: `2024 IL App (1st) 123456`),
# and Ohio's (`2023-Ohio-1234`), which is every Ohio court's: a court of appeals' is followed by its
# district in brackets (`(8th Dist.)`), the Supreme Court's by none.
_PUBLIC_DOMAIN_COURTS = {
    "IL": "Supreme Court of Illinois",
    "IL App": "Appellate Court of Illinois",
    "WI": "Supreme Court of Wisconsin",
    "WI App": "Court of Appeals of Wisconsin",
    "ND": "Supreme Court of North Dakota",
    "ND App": "Court of Appeals of North Dakota",
    "UT": "Supreme Court of Utah",
    "UT App": "Court of Appeals of Utah",
    "CO": "Supreme Court of Colorado",
    "COA": "Colorado Court of Appeals",
    "OK": "Supreme Court of Oklahoma",
    "OK CR": "Oklahoma Court of Criminal Appeals",
    "OK CIV APP": "Oklahoma Court of Civil Appeals",
    "VT": "Supreme Court of Vermont",
    "ME": "Supreme Judicial Court of Maine",
    "MT": "Supreme Court of Montana",
    "SD": "Supreme Court of South Dakota",
    "WY": "Supreme Court of Wyoming",
}
SUPREME_COURT_OF_OHIO = "Supreme Court of Ohio"
OHIO_COURT_OF_APPEALS = "Court of Appeals of Ohio"
# A district's number as the courts' headings write it (`FIRST DISTRICT`, `EIGHTH APPELLATE DISTRICT`).
_ORDINAL_NAMES = dict(
    enumerate(
        ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"),
        start=1,
    )
)
_ORDINAL_NAMES |= {11: "Eleventh", 12: "Twelfth"}
_PUBLIC_DOMAIN_CITATION = on_first_use(
    r",\s{1,3}(?P<year>\d{4})\s{1,3}(?P<court>IL\s{1,3}App|WI\s{1,3}App|ND\s{1,3}App|UT\s{1,3}App"
    r"|OK\s{1,3}CIV\s{1,3}APP|OK\s{1,3}CR|COA|IL|WI|ND|UT|CO|OK|VT|ME|MT|SD|WY)\s{1,3}"
    r"(?:\((?P<district>\d(?:st|nd|d|rd|th))\)\s{1,3})?\d{1,7}\b"
    r"|,\s{1,3}(?P<ohio_year>\d{4})-Ohio-\d{1,6}\b(?:,\s{1,3}\u00b6{1,2}\s{0,3}\d{1,4}(?:[-\u2013]\d{1,4})?)?"
    r"(?:\s{1,3}\((?P<ohio_district>\d{1,2}(?:st|nd|d|rd|th)\s{1,3}Dist\.)\))?"
)
# The official reporters of one state court's opinions, which Bluebook names no court beside (`123 Cal. App.
# 5th 456 (2024)`): the reporter's name with its stops and spaces taken out, and its series.
_STATE_REPORTERS = {
    "Cal.": "Supreme Court of California",
    "Cal.App.": "Court of Appeal of California",
    "N.Y.": "New York Court of Appeals",
    "A.D.": "New York Supreme Court, Appellate Division",
    "Ill.": "Supreme Court of Illinois",
    "Ill.App.": "Appellate Court of Illinois",
    "Mass.": "Supreme Judicial Court of Massachusetts",
    "Mass.App.Ct.": "Massachusetts Appeals Court",
    "N.J.": "Supreme Court of New Jersey",
    "N.J.Super.": "Superior Court of New Jersey",
    "Ohio St.": SUPREME_COURT_OF_OHIO,
    "Ohio App.": OHIO_COURT_OF_APPEALS,
    "Wash.": "Supreme Court of Washington",
    "Wash.App.": "Court of Appeals of Washington",
    "Pa.": "Supreme Court of Pennsylvania",
}
# After a comma, as Bluebook writes it, or after the year in brackets, as California's style manual does
# (`Doe v. Acme Widgets, Inc. (2024) 98 Cal.App.5th 1021`).
_STATE_REPORTER = on_first_use(
    r"(?:,|\s{0,3}\((?P<year>\d{4})\))\s{1,3}\d{1,4}\s{1,3}(?P<reporter>Cal\.(?:\s?App\.)?|N\.\s?Y\.|A\.\s?D\.|Ill\.(?:\s?App\.)?"
    r"|Mass\.(?:\s?App\.\s?Ct\.)?|N\.\s?J\.(?:\s?Super\.)?|Ohio\s(?:St|App)\.|Wash\.(?:\s?App\.)?|Pa\.)"
    r"(?:\s?(?:2d|3d|4th|5th))?\s{1,3}\d{1,5}\b"
)


def _district(written: str) -> str:
    """A district's number in words, as its court's heading names it (`8th Dist.`: `Eighth`; `1st`:
    `First`); a number beyond twelve as written."""
    number = int("".join(character for character in written[:4] if character.isdigit()) or 0)
    return _ORDINAL_NAMES.get(number, written)


def state_court(after_caption: str) -> tuple[str, str | None] | None:
    """The state court a United States case is before, by the public-domain citation or the official
    reporter right after its caption (`, 2024 IL 128012`, `, 2023-Ohio-1234`, `, 123 Cal. App. 5th 456`),
    and the year a public-domain citation gives (a reporter's is its parenthetical's); None where neither
    says."""
    found = _PUBLIC_DOMAIN_CITATION().match(after_caption)
    if found is not None:
        if found["ohio_year"] is not None:
            if found["ohio_district"] is None:
                return SUPREME_COURT_OF_OHIO, found["ohio_year"]
            district = _district(found["ohio_district"])
            return f"{OHIO_COURT_OF_APPEALS} ({district} Appellate District)", found["ohio_year"]
        court = _PUBLIC_DOMAIN_COURTS[_spaced(found["court"])]
        district = f" ({_district(found['district'])} District)" if found["district"] is not None else ""
        return court + district, found["year"]
    reported = _STATE_REPORTER().match(after_caption)
    if reported is None:
        return None
    reporter = reported["reporter"].replace(" ", "") if "Ohio" not in reported["reporter"] else None
    return _STATE_REPORTERS[reporter or reported["reporter"]], reported["year"]


CALIFORNIA_COURT_OF_APPEAL = _STATE_REPORTERS["Cal.App."]
# California's courts as a Bluebook parenthetical names them (`(Cal. 2024)`, `(Cal. Ct. App. 2024)`), the
# Court of Appeal's district and division too, as many memos add them (`(Cal. Ct. App. 2d Dist. 2024)`,
# `(Cal. Ct. App. 2d Dist., Div. 3, 2024)`). Kept as written, the abbreviation was compared with no
# opinion's heading (`IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA` / `SECOND APPELLATE DISTRICT` /
# `DIVISION THREE`), and a note naming another district's court was never told from the one cited. Matched
# whole on the parenthetical's court (a few dozen characters).
_CALIFORNIA_PARENTHETICAL = on_first_use(
    r"Cal\.(?P<appeal>\s{0,3}(?:Ct\.\s{0,3})?App\.)?"
    r"(?:,?\s{1,3}(?P<district>\d(?:st|nd|d|rd|th))\s{1,3}(?:App\.\s{1,3})?Dist\."
    r"(?:,?\s{1,3}Div\.\s{1,3}(?P<division>\d))?)?"
    r"(?:,?\s{1,3}(?:[A-Z][a-z]{2,8}\.?\s{1,3}\d{1,2},)?\s{0,3}\d{4})?"  # its day or year
)
_NUMBER_NAMES = dict(
    enumerate(("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"), start=1)
)


def state_court_in_parenthetical(inside: str) -> str | None:
    """The state court a Bluebook parenthetical names by its abbreviation (`_CALIFORNIA_PARENTHETICAL`), as
    the court's opinions are headed: `Cal. Ct. App. 2d Dist., Div. 3, 2024` is the `Court of Appeal of
    California (Second Appellate District, Division Three)`; None for any other court. `inside`: the
    parenthetical's words, its day or year at their end."""
    found = _CALIFORNIA_PARENTHETICAL().fullmatch(inside[:80])
    if found is None:
        return None
    if found["appeal"] is None:
        return None if found["district"] is not None else _STATE_REPORTERS["Cal."]
    if found["district"] is None:
        return CALIFORNIA_COURT_OF_APPEAL
    district = f"{_district(found['district'])} Appellate District"
    division = f", Division {_NUMBER_NAMES[int(found['division'])]}" if found["division"] is not None else ""
    return f"{CALIFORNIA_COURT_OF_APPEAL} ({district}{division})"


# The abbreviations lawyers cite the courts by whose own pages name them in full (`BGH, Urteil vom 12. März
# 2024`: the Bundesgerichtshof), each with that name.
COURT_ABBREVIATIONS = {
    "BGH": "Bundesgerichtshof",
    "BVerfG": "Bundesverfassungsgericht",
    "BVerwG": "Bundesverwaltungsgericht",
    "BAG": "Bundesarbeitsgericht",
    "BFH": "Bundesfinanzhof",
    "BSG": "Bundessozialgericht",
    "EuGH": COURT_OF_JUSTICE,
    "CJEU": COURT_OF_JUSTICE,
    "ECJ": COURT_OF_JUSTICE,
    "EuG": GENERAL_COURT,
    "ECtHR": HUMAN_RIGHTS_COURT,
    "EGMR": HUMAN_RIGHTS_COURT,
    "Cour EDH": HUMAN_RIGHTS_COURT,
    "Cass.": "Cour de cassation",
    "CE": "Conseil d'\u00c9tat",
    "TS": "Tribunal Supremo",
}


# The sites of European and foreign courts' decisions whose pages head a decision with its court, its day
# and its number (`extractors.judgments`).
DECISION_SITES = (
    "curia.europa.eu",
    "eur-lex.europa.eu",
    "hudoc.echr.coe.int",
    "legifrance.gouv.fr",
    "juris.bundesgerichtshof.de",
    "poderjudicial.es",
)
# A decision's number as a note cites it: the Cour de cassation's appeal (`n° 23-81.234`), a German court's
# file number (`VI ZR 123/23`, `1 BvR 2017/21`: the chamber, the register, the number and the year), a
# Spanish judgment's (`STS 1234/2024`) or appeal's (`recurso 4567/2022`). Bounded runs, searched once.
_DECISION_NUMBER = on_first_use(
    r"\bn(?:\u00b0|o\.?|\u00ba)\s{0,3}(?P<french>\d{2}-\d{2}\.\d{3})\b"
    r"|(?<![\w/])(?P<german>(?:[IVX]{1,5}|\d{1,2})\s{1,3}[A-Z][A-Za-z]{0,3}\s{1,3}\d{1,5}/\d{2})(?![\w/])"
    r"|\b(?P<spanish>STS\s{1,3}\d{1,5}/\d{4})\b"
    r"|\b[Rr]ecurso\s{1,3}(?:n(?:\u00ba|\u00b0|o\.?)\s{0,3})?(?P<appeal>\d{1,6}/\d{4})\b"
)
_MOST_NUMBER_CHARS = 2_000


def decision_number(unquoted: str) -> str | None:
    """The number of the decision a note cites (`_DECISION_NUMBER`: `23-81.234`, `VI ZR 123/23`, `STS
    1234/2024`, `4567/2022`), spaced as written; None where it gives none."""
    found = _DECISION_NUMBER().search(unquoted[:_MOST_NUMBER_CHARS])
    if found is None:
        return None
    number = found["french"] or found["german"] or found["spanish"] or found["appeal"]
    return " ".join(number.split())


# The kinds of document of the European Union's courts a note cites and a page shows: the court's judgment,
# its order, and an Advocate General's opinion in the case (delivered before the judgment, on another day,
# and no word of the court's).
JUDGMENT = "judgment"
ORDER = "order"
OPINION = "opinion"
EU_DOCUMENT_KINDS = {
    JUDGMENT: "the court's judgment",
    ORDER: "the court's order",
    OPINION: "an Advocate General's opinion",
}
# A CELEX number of the courts' case law (sector 6): the year the case was brought, the court (`C` the Court
# of Justice, `T` the General Court, `F` the Civil Service Tribunal), the document's type (`J` a judgment, `O`
# an order, `C` an Advocate General's opinion) and the case's number: `62018CJ0311`, `62018CC0311`. A type
# not among those (a communication, a third party's proceedings) is read as no kind.
# Its colon may be escaped in an address (`uri=CELEX%3A62018CC0311`).
_CELEX_CASE_LAW = on_first_use(r"(?:(?<![0-9A-Za-z])|(?<=%3[Aa]))6(\d{4})([CTF])([A-Z])(\d{4})(?![0-9])")
_CELEX_TYPES = {"J": JUDGMENT, "O": ORDER, "C": OPINION}
_MOST_CELEX_CHARS = 2_000


@dataclass(frozen=True, repr=False, eq=False)
class CelexNumber:
    """A CELEX number of the EU courts' case law as written (`62018CC0311`), and the kind of document its type
    letters name (`OPINION`; None for a type of no judgment, order or opinion)."""

    number: str
    kind: str | None

    def with_kind(self, kind: str) -> str:
        """The CELEX number of the same case's document of `kind` (`62018CJ0311` for `62018CC0311`'s
        judgment)."""
        letter = next(letter for letter, named in _CELEX_TYPES.items() if named == kind)
        return f"{self.number[:6]}{letter}{self.number[7:]}"


def celex_number(text: str) -> CelexNumber | None:
    """The first CELEX number of the EU courts' case law in `text` (a EUR-Lex address's `uri=CELEX:…`, its
    title's `EUR-Lex - 62018CC0311 - EN`), within its first `_MOST_CELEX_CHARS` characters; None where none
    stands there."""
    found = _CELEX_CASE_LAW().search(text[:_MOST_CELEX_CHARS])
    if found is None:
        return None
    return CelexNumber(found.group(), _CELEX_TYPES.get(found[3]))


# What a note says it cites of an EU court's case: an Advocate General's opinion names the Advocate General
# (`Opinion of Advocate General Varela`, `AG Varela's Opinion`, `Opinion of the Advocate General`) and the
# word opinion; a judgment names itself (`Judgment of the Court (Grand Chamber) of 14 March 2023`,
# `judgment of 14 March 2023`); an order by whose it is (`Order of the Court`, `Order of the President of the
# General Court`). Each a few words, found apart, once each.
# `AG` only before a name (`AG Varela`): a company's `AG` stands before `v` or a comma (`Lumenhaus AG v …`).
_ADVOCATE_GENERAL = on_first_use(
    r"\b(?i:advocate[\s-]{1,3}general)\b|\bAG\s{1,3}[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]"
)
_OPINION_WORD = on_first_use(r"\bopinion\b", re.IGNORECASE)
_JUDGMENT_WORD = on_first_use(r"\bjudge?ment\b", re.IGNORECASE)
_ORDER_OF = on_first_use(
    r"\border\s{1,3}of\s{1,3}the\s{1,3}(?:court|general\s{1,3}court|(?:vice-)?president)\b", re.IGNORECASE
)
_MOST_NOTE_CHARS = 2_000


def cited_eu_document_kinds(words: str) -> frozenset[str]:
    """The kinds of document of an EU court's case a note's `words` say it cites (`OPINION`, `JUDGMENT`,
    `ORDER`; more than one where it names several): empty where it names none, as a note citing a case by
    its number and caption alone does (the court's decision, judgment or order). Read from the words'
    first `_MOST_NOTE_CHARS` characters."""
    head = words[:_MOST_NOTE_CHARS]
    kinds: set[str] = set()
    if _OPINION_WORD().search(head) is not None and _ADVOCATE_GENERAL().search(head) is not None:
        kinds.add(OPINION)
    if _JUDGMENT_WORD().search(head) is not None:
        kinds.add(JUDGMENT)
    if _ORDER_OF().search(head) is not None:
        kinds.add(ORDER)
    return frozenset(kinds)
