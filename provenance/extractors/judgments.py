"""A court's judgment on BAILII and a statute's provision on legislation.gov.uk: dated by the judgment's day
and by the day of the version shown, which neither page gives in any metadata a web page is dated by.

A BAILII judgment gives its day in its title, after the case's name and neutral citation (`Northgate Data Ltd
v Information Commissioner [2024] EWCA Civ 412 (24 April 2024)`), and in its text, beside `Date:`,
`Judgment date` or `Date of judgment` (`24/04/2024`, day first as English courts write it). Read as a web
page, it had no date: a note citing the judgment's day was unconfirmed, and one citing its hearing's day
(`Hearing dates: 5 and 6 March 2024`, which is never read as the judgment's) was too, though the page says
otherwise.

legislation.gov.uk shows a provision as in force on one day (`Point in time view as at 01/01/2024`, or a
version `as in force on 1 January 2024`): the day of the version shown, which a note cites the provision
by. Read as the source's day, it passes the note citing that day and fails (or warns, a day apart) another,
as a web page's day does.

A judgment is its court's: a BAILII judgment names its court in the capitals of its heading (`IN THE COURT
OF APPEAL (CIVIL DIVISION)`, `IN THE HIGH COURT OF JUSTICE ... COMMERCIAL COURT`), as a Canadian judgment
on CanLII does above its citation (`SUPREME COURT OF CANADA`), and a United States
opinion CourtListener shows opens with its court's (`SUPREME COURT OF THE UNITED STATES`). Read as a web page,
neither had an author: a note naming the court (its neutral citation's, or `Court of Appeal` written out)
could not be confirmed. The heading is read as the author, where the page names no other, written as a name
(`Court of Appeal (Civil Division)`), and kept as shown in `fields` (`COURT_HEADING`), which the author
check compares a court's name with (`checks.author`).

The European Union's courts (curia, EUR-Lex), the European Court of Human Rights (HUDOC), the French
courts (Légifrance), the Bundesgerichtshof and the Spanish courts (CENDOJ) head each judgment with its court
and its day, which their pages' metadata does not give: read as web pages, they had neither author nor day.
The heading's court (with its formation: `Court of Justice of the European Union (Grand Chamber)`) is read
as the author, where the page names no other, and its day as the page's; the parties a curia or HUDOC
judgment is headed by are kept in `fields` (`CASE_HEADING`), which the title check holds a cited caption
to, as those sites' titles name no case (`CURIA - Documents`).

Each day is taken as a day alone (no time), with where it came from named. Bounded: the title is read from
its last `_MOST_TITLE_CHARS` characters, the text from the page's first `_MOST_HTML_CHARS` characters (the
day stands in a judgment's heading and above a provision, near the top) and at most `_MOST_TEXT_CHARS` of
its text; each pattern is a run of bounded parts, tried at each place once.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser

from provenance.citations.courts import DECISION_SITES, OPINION, celex_number
from provenance.citations.dates import ENGLISH_MONTHS, find_date
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.web import GAZETTE_DEPARTMENT, WebExtractor, read_as_web_page
from provenance.models import Platform, SourcePost
from provenance.patterns import on_first_use
from provenance.readers.signatures import is_pdf
from provenance.side_urls import on_domain

_MOST_TITLE_CHARS = 120
_MOST_HTML_CHARS = 300_000
_MOST_TEXT_CHARS = 100_000

_MONTHS = tuple(month.casefold() for month in ENGLISH_MONTHS)
_MONTH = "|".join(_MONTHS)
# A day as English courts and legislation.gov.uk write it: `24/04/2024`, `24 April 2024`, `1st January 2024`.
_DAY = (
    rf"(?:(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})|(\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}({_MONTH})\s{{1,3}}(\d{{4}}))"
)
# The day in parentheses that ends a BAILII judgment's title.
_TITLE_DAY = on_first_use(rf"\(\s{{0,3}}{_DAY}\s{{0,3}}\)\s{{0,3}}$", re.IGNORECASE)
# The judgment's day beside its label in the text; never a hearing's (`Hearing date: 5/3/2024`).
_JUDGMENT_DAY = on_first_use(
    r"(?<!hearing )\b(?:judgment\s{1,3}date|date\s{1,3}of\s{1,3}judgment|date)"
    rf"\s{{0,3}}:?\s{{0,3}}{_DAY}\b",
    re.IGNORECASE,
)
# The day of the version of a provision legislation.gov.uk shows.
_VERSION_DAY = on_first_use(
    rf"\b(point\s{{1,3}}in\s{{1,3}}time\s{{1,3}}view\s{{1,3}}as\s{{1,3}}at|as\s{{1,3}}in\s{{1,3}}force\s{{1,3}}on)"
    rf"\s{{1,3}}{_DAY}\b",
    re.IGNORECASE,
)

# A court's heading in capitals, on a line of its own (a text node of the page): `IN THE` (or nothing) and a
# court's name, a few words before `COURT` or `TRIBUNAL` (never `OF` or `THE`: `OPINION OF THE COURT` names
# no court) and the words and bracketed divisions after it, to the line's end or a heading word that
# follows the court's on the same line (`_AFTER_THE_COURT`). Every part is a bounded run of capitals, spaces
# or a bracket's words, tried at each place once, on the judgment's opening `_MOST_HEADING_CHARS`.
_CAPITALS_WORD = r"[A-Z][A-Z'\u2019.&-]{0,24}"
_COURT_HEADING = on_first_use(
    rf"^[ \t]{{0,20}}(?P<in_the>IN[ \t]{{1,3}}THE[ \t]{{1,3}})?"
    rf"(?P<court>(?:(?!OF\b|THE\b|IN\b){_CAPITALS_WORD}[ \t]{{1,3}}){{0,5}}(?:COURT|TRIBUNAL)\b"
    rf"(?:[ \t]{{1,3}}(?:{_CAPITALS_WORD}\b|\([A-Z][A-Z '\u2019.&-]{{0,60}}\))){{0,16}})[ \t]{{0,20}}$",
    re.MULTILINE,
)
# A line in capitals after the court's naming its division, list or chamber (`KING'S BENCH DIVISION`,
# `COMMERCIAL COURT (KBD)`, `BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES`), or its district (a
# California Court of Appeal's `SECOND APPELLATE DISTRICT` over `DIVISION THREE`): part of the heading. Read
# as ending the heading, a district was dropped, and a note naming another district's court passed.
_DIVISION_LINE = on_first_use(
    r"^[ \t]{0,20}(?:[A-Z][A-Z'\u2019.&()-]{0,24}[ \t]{1,3}){0,10}?"
    r"(?:DIVISION|COURTS?|LIST|CHAMBER|BENCH|REGISTRY|DISTRICT)\b"
    r"(?:[ \t]{1,3}\(?[A-Z][A-Z'\u2019.&-]{0,24}\)?){0,6}"
    r"[ \t]{0,20}$"
)
_MOST_HEADING_CHARS = 6_000
_MOST_DIVISION_LINES = 4
# Where a court's heading ends and the judgment's next heading begins: the court appealed from, the parties,
# the judges, the case's number.
_AFTER_THE_COURT = (
    "ON APPEAL",
    "APPEAL FROM",
    "BETWEEN",
    "BEFORE",
    "CASE NO",
    "CLAIM NO",
    "NEUTRAL CITATION",
)
_SMALL_NAME_WORDS = frozenset(("of", "the", "for", "and", "in", "at", "on", "to"))
COURT_HEADING = "court heading"


def _as_a_name(heading: str) -> str:
    """A heading's capitals written as a court's name is (`COURT OF APPEAL (CIVIL DIVISION)`: `Court of Appeal
    (Civil Division)`); a bracketed abbreviation stays (`(KBD)`)."""
    words: list[str] = []
    for at, word in enumerate(heading.split()):
        opening = 1 if word.startswith("(") else 0
        bare = word.strip("()")
        if at and bare.lower() in _SMALL_NAME_WORDS:
            words.append(word.lower())
        elif opening and word.endswith(")") and len(bare) <= 4:
            words.append(word)
        else:
            words.append(word[: opening + 1] + word[opening + 1 :].lower())
    return " ".join(words)


def court_heading(lines: str) -> tuple[str, str] | None:
    """The court a judgment's heading names, as a name (`Court of Appeal (Civil Division)`), and the heading
    as the page shows it (`IN THE COURT OF APPEAL (CIVIL DIVISION)`, its division's lines after it joined
    with ` / `); None where its opening names none. `lines`: the page's text, a line for each text node. A
    heading opening `IN THE` is taken before one that does not (`SUPREME COURT OF THE UNITED STATES`)."""
    opening = lines[:_MOST_HEADING_CHARS]
    taken: tuple[list[str], str, int] | None = None  # the court's words, `IN THE` or not, where it ends
    for found in _COURT_HEADING().finditer(opening):
        court = found["court"]
        cut = min((at for word in _AFTER_THE_COURT if (at := court.find(word)) > 0), default=len(court))
        words = court[:cut].split()
        if len(words) < 2:
            continue  # `COURT` alone: no court's name
        if taken is None or found["in_the"] is not None:
            taken = (words, found["in_the"] or "", found.end())
        if found["in_the"] is not None:
            break
    if taken is None:
        return None
    words, in_the, end = taken
    shown = " ".join((in_the + " ".join(words)).split())
    return _as_a_name(" ".join(words)), " / ".join((shown, *_division_lines(opening[end : end + 600])))


def _division_lines(after: str) -> list[str]:
    """The lines in capitals right after a court's naming its division, list or chamber (`_DIVISION_LINE`),
    a few at most, up to the first that does not."""
    found: list[str] = []
    for line in after.lstrip("\n").split("\n")[:_MOST_DIVISION_LINES]:
        if not line.strip() or any(word in line for word in _AFTER_THE_COURT):
            break
        if _DIVISION_LINE().match(line) is None:
            break
        found.append(" ".join(line.split()))
    return found


BAILII_TITLE = "the judgment's day, in BAILII's title"
BAILII_TEXT = "the judgment's day, beside {label!r} in the judgment"
VERSION_SHOWN = "the day of the version shown, {said!r}"


def _day_of(found: re.Match[str], first_group: int) -> dt.date | None:
    """The calendar day `_DAY`'s groups (from `first_group`) hold; None for no day of the calendar."""
    day, month, year, word_day, month_name, word_year = found.groups()[first_group : first_group + 6]
    try:
        if day is not None:
            return dt.date(int(year), int(month), int(day))
        return dt.date(int(word_year), _MONTHS.index(month_name.casefold()) + 1, int(word_day))
    except ValueError:
        return None  # `31/02/2024`, `24/13/2024`


def judgment_day(title: str, text: str) -> tuple[dt.date, str] | None:
    """The day a BAILII judgment was given and where the page says it: its title's ending `(24 April 2024)`,
    else its text's day beside `Date:`, `Judgment date` or `Date of judgment`; None where neither says."""
    found = _TITLE_DAY().search(title.strip()[-_MOST_TITLE_CHARS:])
    day = _day_of(found, 0) if found is not None else None
    if day is not None:
        return day, BAILII_TITLE
    for beside in _JUDGMENT_DAY().finditer(text[:_MOST_TEXT_CHARS]):
        day = _day_of(beside, 0)
        if day is not None:
            label = " ".join(beside.group().split())[:60]
            return day, BAILII_TEXT.format(label=label)
    return None


def version_day(text: str) -> tuple[dt.date, str] | None:
    """The day of the version of a provision legislation.gov.uk shows (`Point in time view as at
    01/01/2024`, `as in force on 1 January 2024`) and the words that say it; None where none is said."""
    for found in _VERSION_DAY().finditer(text[:_MOST_TEXT_CHARS]):
        day = _day_of(found, 1)
        if day is not None:
            return day, VERSION_SHOWN.format(said=" ".join(found.group().split())[:80])
    return None


def _on_bailii(url: str) -> bool:
    return on_domain(url, "bailii.org") and "/cases/" in urlsplit(url).path[:300]


def _on_legislation_gov_uk(url: str) -> bool:
    return on_domain(url, "legislation.gov.uk")


def _on_canlii(url: str) -> bool:
    """A judgment's page on CanLII (`/en/ca/scc/doc/2019/2019scc41/2019scc41.html`): its court named in the
    heading of the judgment's text (`SUPREME COURT OF CANADA`), dated as a web page is (its `Date:` row)."""
    return on_domain(url, "canlii.org") and "/doc/" in urlsplit(url).path[:300]


# The European and foreign courts' own sites, each of which shows a judgment under a heading that names its
# court and its day, where a web page's metadata names neither:
# - curia.europa.eu and EUR-Lex (a judgment's CELEX number, `62018CJ0311`): `JUDGMENT OF THE COURT (Grand
#   Chamber)` or `JUDGMENT OF THE GENERAL COURT (Ninth Chamber)`, the day after it (`16 July 2020`; EUR-Lex's
#   title: `Judgment of the Court (Grand Chamber) of 16 July 2020.`);
# - HUDOC: the Strasbourg court's formation (`GRAND CHAMBER`, `FIRST SECTION`), `CASE OF …` and its day after
#   `STRASBOURG`;
# - Légifrance: the decision's heading, its court before the first comma and its day in French (`Cour de
#   cassation, criminelle, Chambre criminelle, 12 mars 2024, 23-81.234, Inédit`);
# - the Bundesgerichtshof's decisions: `BUNDESGERICHTSHOF` above the decision, its day after `vom` or
#   `Verkündet am` (`12. März 2024`);
# - CENDOJ (poderjudicial.es): its rows `Órgano: Tribunal Supremo. Sala de lo Penal` and `Fecha: 12/03/2024`
#   (day first, as Spain writes it).
# Each reader reads the page's text once, a bounded pattern tried at each place once.
_EU_JUDGMENT = on_first_use(
    r"\b(?:JUDGMENT|ORDER)\s{1,3}OF\s{1,3}THE\s{1,3}(?P<court>GENERAL\s{1,3}COURT|COURT)"
    r"(?:\s{0,3}\((?P<formation>[A-Za-z ,]{1,60})\))?(?:\s{1,3}of)?\s{1,3}"
    rf"(?P<day>\d{{1,2}}\s{{1,3}}(?:{_MONTH})\s{{1,3}}\d{{4}})",
    re.IGNORECASE,
)
_EU_COURT_NAMES = {
    "court": "Court of Justice of the European Union",
    "general court": "General Court of the European Union",
}
_HUMAN_RIGHTS_JUDGMENT = on_first_use(
    r"\b(?P<formation>GRAND\s{1,3}CHAMBER|(?:FIRST|SECOND|THIRD|FOURTH|FIFTH)\s{1,3}SECTION)\s{1,20}"
    r"(?:DECISION\s{1,3})?CASE\s{1,3}OF\s{1,3}[^\n]{1,300}?\bSTRASBOURG\s{1,3}"
    rf"(?P<day>\d{{1,2}}\s{{1,3}}(?:{_MONTH})\s{{1,3}}\d{{4}})",
    re.IGNORECASE,
)
HUMAN_RIGHTS_COURT = "European Court of Human Rights"
_FEDERAL_COURT_OF_JUSTICE = on_first_use(
    r"^[ \t]{0,20}BUNDESGERICHTSHOF[ \t]{0,20}$[^\u00a7]{0,600}?"
    r"(?P<said>(?:\bvom|Verk\u00fcndet\s{1,3}am:?)\s{1,3}(?P<day>\d{1,2}\.\s{0,3}[A-Za-z\u00e4]{3,9}\s{1,3}\d{4}))",
    re.MULTILINE,
)
_SPANISH_ROWS = on_first_use(
    r"\b(?:\u00d3rgano:[ \t]{0,5}(?P<court>[^\n]{3,120})"
    r"|Fecha:[ \t]{0,5}(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}))"
)
_MOST_ROWS = 20
# The parties a judgment's heading names, as the page shows them: curia's after `in the proceedings` (up to
# the interveners or `THE COURT (…)`: `Data Protection Commissioner v Facebook Ireland Ltd, Maximillian
# Schrems`), HUDOC's after `CASE OF` (up to its applications' numbers: `BIG BROTHER WATCH AND OTHERS v. THE
# UNITED KINGDOM`). Kept in `fields` (`CASE_HEADING`), which the title check holds a cited caption to
# (`checks.title`): such a site's title names no case (`CURIA - Documents`).
_EU_PARTIES = on_first_use(
    r"\bin\s{1,3}the\s{1,3}proceedings\s{1,3}(?P<parties>[^\n]{3,400}?)[\s,]{1,5}"
    r"(?:intervening\s{1,3}part|interveners?\b|other\s{1,3}part|THE\s{1,3}(?:GENERAL\s{1,3})?COURT\s{0,3}\()"
)
_HUMAN_RIGHTS_PARTIES = on_first_use(
    r"\bCASE\s{1,3}OF\s{1,3}(?P<parties>[^\n]{3,300}?)\s{1,3}\((?:Applications?|Requ\u00eates?)\b"
)
CASE_HEADING = "case heading"
COURT_S_HEADING = "the judgment's day, in its heading: {said!r}"


def _headed(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], dt.date] | None:
    """Where `pattern` first finds a judgment's heading in `text`, and the day its `day` group says; None
    where it finds none, or no day of the calendar."""
    found = pattern.search(text[:_MOST_TEXT_CHARS])
    day = find_date(found["day"]).date if found is not None else None
    return (found, day) if found is not None and day is not None else None


def european_judgment(text: str) -> tuple[str, dt.date, str] | None:
    """The court (with its formation) and the day a judgment of the European Union's courts is headed by
    (`JUDGMENT OF THE COURT (Grand Chamber)`, `16 July 2020`), and the words that say it; None for a page
    headed by neither court's judgment (an Advocate General's opinion)."""
    headed = _headed(_EU_JUDGMENT(), text)
    if headed is None:
        return None
    found, day = headed
    court = _EU_COURT_NAMES[" ".join(found["court"].split()).casefold()]
    formation = found["formation"]
    named = f"{court} ({' '.join(formation.split())})" if formation else court
    return named, day, " ".join(found.group().split())


def human_rights_judgment(text: str) -> tuple[str, dt.date, str] | None:
    """The Strasbourg court with its formation (`European Court of Human Rights (Grand Chamber)`) and the day
    after `STRASBOURG` a HUDOC judgment is headed by; None for a page without that heading."""
    headed = _headed(_HUMAN_RIGHTS_JUDGMENT(), text)
    if headed is None:
        return None
    found, day = headed
    formation = " ".join(word.capitalize() for word in found["formation"].split())
    return f"{HUMAN_RIGHTS_COURT} ({formation})", day, f"STRASBOURG {' '.join(found['day'].split())}"


def french_decision(heading: str) -> tuple[str, dt.date, str] | None:
    """The court and the day Légifrance heads a decision with (`Cour de cassation, criminelle, Chambre
    criminelle, 12 mars 2024, 23-81.234, Inédit`): the words before its first comma and the day in it; None
    for a heading of no decision."""
    court, comma, rest = heading[: _MOST_TITLE_CHARS * 3].partition(",")
    court = " ".join(court.split())
    if not comma or not 2 <= len(court.split()) <= 8:
        return None
    day = find_date(rest).date
    return (court, day, " ".join(heading.split())[:160]) if day is not None else None


def federal_court_of_justice_decision(lines: str) -> tuple[str, dt.date, str] | None:
    """The Bundesgerichtshof and the day its decision is headed by (`BUNDESGERICHTSHOF`, then `Urteil vom 12.
    März 2024` or `Verkündet am: 12. März 2024`); None for a page without that heading."""
    headed = _headed(_FEDERAL_COURT_OF_JUSTICE(), lines[:_MOST_HEADING_CHARS])
    if headed is None:
        return None
    found, day = headed
    return "Bundesgerichtshof", day, f"BUNDESGERICHTSHOF, {' '.join(found['said'].split())}"


def spanish_decision(lines: str) -> tuple[str | None, dt.date | None, str]:
    """The court and the day CENDOJ's rows give a decision (`Órgano: Tribunal Supremo. Sala de lo Penal`,
    `Fecha: 12/03/2024`, day first); each None where the page gives no such row."""
    court: str | None = None
    day: dt.date | None = None
    for found in itertools.islice(_SPANISH_ROWS().finditer(lines[:_MOST_TEXT_CHARS]), _MOST_ROWS):
        if found["court"] is not None and court is None:
            court = " ".join(found["court"].split())
        elif found["day"] is not None and day is None:
            try:
                day = dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
            except ValueError:
                continue
    return court, day, f"Fecha: {day:%d/%m/%Y}" if day is not None else ""


def _on_european_or_foreign_court_s_site(url: str) -> bool:
    """A judgment's page on a site of European or foreign courts' decisions (`DECISION_SITES`), which
    `european_judgment`, `human_rights_judgment`, `french_decision`, `federal_court_of_justice_decision`
    and `spanish_decision` read."""
    return on_domain(url, *DECISION_SITES)


# An Advocate General's opinion, as curia and EUR-Lex head it (`OPINION OF ADVOCATE GENERAL` / `VARELA` /
# `delivered on 8 September 2022`; EUR-Lex's title: `Opinion of Advocate General Varela delivered on 8
# September 2022.`): the Advocate General's name, a few words, and the day it was delivered. Its text cites
# the court's earlier judgments (`the judgment of the Court of 28 October 2020`), which are none of its own.
_EU_OPINION = on_first_use(
    r"\bOPINION\s{1,3}OF\s{1,3}ADVOCATE\s{1,3}GENERAL\s{1,3}"
    r"(?P<name>[^\W\d_][\w'\u2019.-]{0,30}(?:\s{1,3}[^\W\d_][\w'\u2019.-]{0,30}){0,3}?)\s{1,3}"
    rf"delivered\s{{1,3}}on\s{{1,3}}(?P<day>\d{{1,2}}\s{{1,3}}(?:{_MONTH})\s{{1,3}}\d{{4}})",
    re.IGNORECASE,
)
# The first heading of an EU court's document on the page, which says what it is where no CELEX number does
# (curia's addresses name a `docid`): an Advocate General's opinion, or the court's judgment or order. A
# judgment's text names the Advocate General's opinion only as `the Opinion of the Advocate General`.
_EU_DOCUMENT_HEADING = on_first_use(
    r"\b(?:(?P<opinion>OPINION\s{1,3}OF\s{1,3}ADVOCATE\s{1,3}GENERAL)"
    r"|(?P<decision>JUDGMENT|ORDER)\s{1,3}OF\s{1,3}THE\s{1,3}(?:GENERAL\s{1,3})?COURT)\b",
    re.IGNORECASE,
)
# The parties an opinion is headed by, after its case's number and before the reference's bracket (`Case
# C-418/21 Lumenhaus GmbH v Bundesamt für Güterverkehr (Request for a preliminary ruling …)`), looked for in
# the opinion's opening `_MOST_OPINION_HEADING_CHARS` characters after its heading.
_EU_OPINION_PARTIES = on_first_use(
    r"\bCase\s{1,3}[CT][-\u2010\u2011]\d{1,4}/\d{2}(?:\s?P)?\s{1,3}(?P<parties>[^()]{3,400}?)\s{0,3}\("
)
_MOST_OPINION_HEADING_CHARS = 3_000
EU_DOCUMENT_KIND = "EU document kind"
EU_DOCUMENT_KIND_FROM = "EU document kind read from"
OPINION_S_HEADING = "the opinion's day, in its heading: {said!r}"


def eu_document_kind(url: str, title: str, spaced: str) -> tuple[str, str] | None:
    """What document of an EU court's case a curia or EUR-Lex page is (`citations.courts.JUDGMENT`, `ORDER`
    or `OPINION`) and where that is read: the CELEX number in its address (`uri=CELEX:62021CC0418`) or its
    title (`EUR-Lex - 62021CC0418 - EN`), else its first heading (`_EU_DOCUMENT_HEADING`); None where
    neither says. `spaced`: the page's text, its runs of spaces and lines one space."""
    celex = celex_number(unquote(url[:2_000])) or celex_number(title)
    if celex is not None and celex.kind is not None:
        return celex.kind, f"its CELEX number, {celex.number}"
    heading = _EU_DOCUMENT_HEADING().search(spaced[:_MOST_TEXT_CHARS])
    if heading is None:
        return None
    kind = OPINION if heading["opinion"] is not None else heading["decision"].casefold()
    return kind, f"its heading, {' '.join(heading.group().split())!r}"


def _name_in_capitals_as_written(name: str) -> str:
    """An Advocate General's name as a heading's capitals give it, written as a name (`SAUGMANDSGAARD ØE`:
    `Saugmandsgaard Øe`, `CAMPOS SÁNCHEZ-BORDONA`: `Campos Sánchez-Bordona`); a name not all in capitals as
    written."""
    if not name.isupper():
        return name
    return " ".join("-".join(part.capitalize() for part in word.split("-")) for word in name.split())


def european_opinion(spaced: str) -> tuple[str, dt.date, str, str | None] | None:
    """The Advocate General (`Advocate General Varela`) and the day an opinion is headed by, the words that
    say it, and the parties its heading names after its case's number (None where it names none); None for
    a page without that heading."""
    headed = _headed(_EU_OPINION(), spaced)
    if headed is None:
        return None
    found, day = headed
    after = spaced[found.end() : found.end() + _MOST_OPINION_HEADING_CHARS]
    named = _EU_OPINION_PARTIES().search(after)
    parties = named["parties"].rstrip(" ,") if named is not None and " v " in named["parties"] else None
    name = _name_in_capitals_as_written(" ".join(found["name"].split()))
    return f"Advocate General {name}", day, " ".join(found.group().split()), parties


def _as_an_opinion(post: SourcePost, spaced: str) -> SourcePost:
    """An Advocate General's opinion's page, read for what its heading says (`european_opinion`): the
    Advocate General as its author, where the page names no other, the day it was delivered, and the parties
    it names (`CASE_HEADING`). As it was where its heading is not read."""
    opinion = european_opinion(spaced)
    if opinion is None:
        return post
    advocate_general, day, said, parties = opinion
    update = _dated_by(day, OPINION_S_HEADING.format(said=said))
    if post.author is None:
        update["author"] = advocate_general
    if parties is not None:
        update["fields"] = {**post.fields, CASE_HEADING: parties}
    return post.model_copy(update=update)


def _on_eu_courts_site(url: str) -> bool:
    return on_domain(url, "curia.europa.eu") or on_domain(url, "eur-lex.europa.eu")


# Légifrance's collections of decisions: the courts', the administrative courts', the Conseil
# constitutionnel's, the financial courts' and the CNIL's.
_LEGIFRANCE_DECISIONS = frozenset(("/juri/", "/ceta/", "/cons/", "/jufi/", "/cnil/"))


def _court_s_own_heading(
    url: str, tree: LexborHTMLParser, lines: str, spaced: str
) -> tuple[str | None, dt.date | None, str]:
    """The court and the day a European or foreign court's site heads its judgment with, and the words that
    say the day, by the site (`DECISION_SITES`). `lines`: the page's text, a line for each text node;
    `spaced`: the same, its runs of spaces and lines one space."""
    read: tuple[str | None, dt.date | None, str] | None = None
    if on_domain(url, "curia.europa.eu") or on_domain(url, "eur-lex.europa.eu"):
        read = european_judgment(spaced)
    elif on_domain(url, "hudoc.echr.coe.int"):
        read = human_rights_judgment(spaced)
    elif on_domain(url, "legifrance.gouv.fr"):
        # Its decisions' pages only (`/juri/`, `/ceta/`, `/cons/`, …): a statute's heading names no court.
        heading = tree.css_first("h1") if urlsplit(url).path[:6] in _LEGIFRANCE_DECISIONS else None
        read = french_decision(heading.text()) if heading is not None else None
    elif on_domain(url, "juris.bundesgerichtshof.de"):
        read = federal_court_of_justice_decision(lines)
    else:
        read = spanish_decision(lines)
    return read or (None, None, "")


def case_heading(url: str, text: str) -> str | None:
    """The parties a European court's judgment is headed by (`_EU_PARTIES`, `_HUMAN_RIGHTS_PARTIES`), as
    shown, its trailing comma aside; None where the page names none, or is on another site."""
    if on_domain(url, "curia.europa.eu") or on_domain(url, "eur-lex.europa.eu"):
        found = _EU_PARTIES().search(text[:_MOST_TEXT_CHARS])
    elif on_domain(url, "hudoc.echr.coe.int"):
        found = _HUMAN_RIGHTS_PARTIES().search(text[:_MOST_TEXT_CHARS])
    else:
        return None
    return found["parties"].rstrip(" ,") if found is not None else None


def _on_courtlistener(url: str) -> bool:
    """An opinion's page on CourtListener (`/opinion/<id>/<name>/`): its court named in the heading of the
    opinion's text (`IN THE SUPREME COURT OF THE STATE OF ILLINOIS`), as a BAILII judgment's is."""
    return on_domain(url, "courtlistener.com") and urlsplit(url).path[:9] == "/opinion/"


# A United States court's own site, where its opinions are PDFs (a state supreme court's slip opinion):
# a host under `.gov` or `.us` one of whose names is a court's or a judiciary's (`illinoiscourts.gov`,
# `supremecourt.ohio.gov`, `www.courts.ca.gov`, `jud.ct.gov`, `ca9.uscourts.gov`).
_COURT_HOST_TOPS = frozenset(("gov", "us"))
_COURT_HOST_WORDS = ("court", "judic")
# A slip opinion's first page: its court's heading in capitals, often centred over several short lines (`IN
# THE` / `SUPREME COURT` / `OF` / `THE STATE OF ILLINOIS`), and the day it was filed or decided, at a line's
# start or after a dash (`Opinion filed March 21, 2024.`, `Filed 3/12/24`, `(Submitted January 10,
# 2024—Decided March 12, 2024.)`), never the day of a filing it tells of (`Notice of appeal filed …` is
# within a line). Bounded runs, on the first `_MOST_FIRST_PAGE_CHARS` characters.
_MOST_FIRST_PAGE_CHARS = 4_000
_HEADING_LINE = on_first_use(r"[A-Z][A-Z .,'\u2019&-]{0,59}")
_US_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SLIP_OPINION_DAY = on_first_use(
    r"(?:^|[\u2014\u2013(-])[ \t]{0,20}(?P<said>(?:opinion\s{1,3})?(?:filed|decided)\s{0,3}:?\s{0,3}"
    r"(?:(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s{1,3}(?P<day>\d{1,2}),?\s{1,3}"
    r"(?P<year>\d{4})|(?P<numeric_month>\d{1,2})/(?P<numeric_day>\d{1,2})/(?P<numeric_year>\d{4}|\d{2})))\b",
    re.IGNORECASE | re.MULTILINE,
)
SLIP_OPINION_DAY = "the opinion's day, on its first page: {said!r}"
# The caption on a slip opinion's first page: each party from a line's start (or after `v.`), up to its
# role (`THE PEOPLE OF THE STATE OF ILLINOIS, Appellee,` / `v.` / `DARNELL OKAFOR, Appellant.`; `MARISOL
# QUINTERO, Plaintiff and Appellant, v. HARBORVIEW LOGISTICS, INC., Defendant and Respondent.`). Kept in
# `fields` (`CASE_CAPTION`), which the title check holds a cited caption to, by its parties' surnames as a
# caption is cited (`People v. Okafor`): the PDF has no title a note's caption could be compared with.
_ROLE = (
    r"(?i:(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellees?|Appellants?|Relators?)"
    r"(?:(?:\s{1,3}and\s{1,3}|-)(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellees?|Appellants?))?)"
)
_SLIP_OPINION_CAPTION = on_first_use(
    rf"^[ \t]{{0,20}}(?P<first>[A-Z][^\n,()]{{0,120}}?),\s{{1,3}}{_ROLE}[,.]?\s{{1,3}}v(?:s)?\.?\s{{1,3}}"
    rf"(?P<second>[A-Z][^\n()]{{0,120}}?),\s{{1,3}}{_ROLE}\b",
    re.MULTILINE,
)
CASE_CAPTION = "case caption"


def _on_a_us_court_s_own_site(url: str) -> bool:
    """Whether `url` is on a United States court's own site (`_COURT_HOST_WORDS` in a name of a `.gov` or
    `.us` host)."""
    labels = (urlsplit(url[:2_000]).hostname or "").split(".")
    if len(labels) < 2 or labels[-1] not in _COURT_HOST_TOPS:
        return False
    return any(word in label for label in labels[:-1] for word in _COURT_HOST_WORDS) or "jud" in labels


def _heading_lines_joined(opening: str) -> str:
    """`opening`'s lines, each run of short lines in capitals (`_HEADING_LINE`: a heading centred over
    several lines) joined into one line."""
    joined: list[str] = []
    run: list[str] = []
    for line in opening.split("\n"):
        shown = " ".join(line.split())
        # A party's line ends with a comma (`STATE OF OHIO,`): a caption's, never the court's heading.
        if shown and not shown.endswith(",") and _HEADING_LINE().fullmatch(shown) is not None:
            run.append(shown)
            continue
        if run:
            joined.append(" ".join(run))
            run = []
        joined.append(line)
    if run:
        joined.append(" ".join(run))
    return "\n".join(joined)


def slip_opinion_day(first_page: str) -> tuple[dt.date, str] | None:
    """The day a United States court's opinion was filed or decided as its first page says it (`Opinion
    filed March 21, 2024.`, `Filed 3/12/24`), and the words that say it; None where it says none, or no
    day of the calendar."""
    found = _SLIP_OPINION_DAY().search(first_page[:_MOST_FIRST_PAGE_CHARS])
    if found is None:
        return None
    try:
        if found["month"] is not None:
            month = _US_MONTHS.index(found["month"][:3].casefold()) + 1
            day = dt.date(int(found["year"]), month, int(found["day"]))
        else:
            year = int(found["numeric_year"])
            year += 2000 if year < 100 else 0
            day = dt.date(year, int(found["numeric_month"]), int(found["numeric_day"]))
    except ValueError:
        return None  # `Filed 2/30/24`
    return day, SLIP_OPINION_DAY.format(said=" ".join(found["said"].split()))


def slip_opinion_caption(first_page: str) -> str | None:
    """The parties a United States court's opinion's first page names (`_SLIP_OPINION_CAPTION`), as `A v.
    B` with their roles left out; None where it names none so."""
    found = _SLIP_OPINION_CAPTION().search(first_page[:_MOST_FIRST_PAGE_CHARS])
    if found is None:
        return None
    return f"{' '.join(found['first'].split())} v. {' '.join(found['second'].split())}"


def _as_a_slip_opinion(post: SourcePost) -> SourcePost:
    """A United States court's opinion as a PDF on its own site, read for what its first page says: its
    court's heading (as a BAILII judgment's is, `_by_the_court`; over several lines of capitals, as one), its
    caption (`CASE_CAPTION`) and the day it was filed. As it was where the page says none of them, its day
    where another reading dated it."""
    opening = post.text[:_MOST_FIRST_PAGE_CHARS]
    caption = slip_opinion_caption(opening)
    if caption is not None:
        post = post.model_copy(update={"fields": {**post.fields, CASE_CAPTION: caption}})
    update = _by_the_court(post, _heading_lines_joined(opening)) or _by_the_court(post, opening)
    dated = slip_opinion_day(opening) if post.published is None else None
    if dated is not None:
        update.update(_dated_by(*dated))
    return post.model_copy(update=update) if update else post


# HUDOC is a script app: its page, as received, is an empty frame its scripts fill with the judgment.
HUDOC_NEEDS_A_BROWSER = "check again with --browser, which runs HUDOC's scripts and reads the judgment"


def _a_hudoc_shell_said(post: SourcePost, page: CapturedPage) -> SourcePost:
    """A HUDOC page read as a script shell from the bytes received, its detail saying that HUDOC draws its
    judgments with scripts and that a capture with `--browser` reads them: the plain shell's words named only
    the site's banner, with nothing for a person to act on. As it was where a browser rendered it."""
    main = page.answer()
    if post.problem != "script-shell" or main is None or main.rendered:
        return post
    return post.model_copy(update={"problem_detail": f"{post.problem_detail}; {HUDOC_NEEDS_A_BROWSER}"})


# The gazettes whose entry's page names the body that issued the act, where no byline does: the Diário da
# República's `Emissor` (`<div class="diploma-emissor">Presidência do Conselho de Ministros</div>`, or a
# labelled row), and the Gazzetta Ufficiale's ministry heading the act (`<h2 class="consultazione">MINISTERO
# DELL'AGRICOLTURA, …</h2>`, in capitals). Kept in `fields` as the BOE's `Departamento:` row is
# (`GAZETTE_DEPARTMENT`), which the author check holds a note's author to: a note crediting the ministry
# warned that the page credits only its outlet.
_ISSUERS_GAZETTES = ("diariodarepublica.pt", "dre.pt", "gazzettaufficiale.it")
_ISSUER_LABELS = frozenset(("emissor", "entidade emitente"))
# A Gazzetta Ufficiale heading naming the act's kind, not who issued it (a President's decree, a law).
_ACT_KINDS = ("DECRETO", "LEGGE", "ORDINANZA", "COMUNICATO")
_MOST_ISSUER_CHARS = 200
_MOST_ISSUER_ROWS = 60
GAZETTE_ISSUER_SHOWN = "gazette department shown"


def _on_an_issuer_s_gazette(url: str) -> bool:
    return on_domain(url, *_ISSUERS_GAZETTES)


def gazette_issuer(url: str, tree: LexborHTMLParser) -> tuple[str, str] | None:
    """The body a gazette entry's page names as the act's issuer (`_ISSUERS_GAZETTES`), and where the page
    names it; None where it names none, or a name longer than a body's."""
    if on_domain(url, "gazzettaufficiale.it"):
        heading = tree.css_first("#testa_atto h2.consultazione")
        shown = " ".join(heading.text()[: _MOST_ISSUER_CHARS * 2].split()) if heading is not None else ""
        if not shown or shown.startswith(_ACT_KINDS):
            return None
        where = "the ministry heading the act"
    else:
        block = tree.css_first(".diploma-emissor")
        shown = " ".join(block.text()[: _MOST_ISSUER_CHARS * 2].split()) if block is not None else ""
        where = "its 'Emissor'"
        for label in tree.css("dt")[:_MOST_ISSUER_ROWS] if not shown else ():
            value = label.next
            while value is not None and value.tag == "-text":
                value = value.next
            named = " ".join(label.text()[:40].split()).rstrip(":").strip().casefold()
            if named in _ISSUER_LABELS and value is not None and value.tag == "dd":
                shown = " ".join(value.text()[: _MOST_ISSUER_CHARS * 2].split())
                break
    return (shown, where) if 0 < len(shown) <= _MOST_ISSUER_CHARS else None


def _with_the_gazette_s_issuer(page: CapturedPage) -> SourcePost:
    """A gazette entry's page read as a web page, with the body its page names as the act's issuer
    (`gazette_issuer`) in `fields`, where the web page's reading named no department."""
    post, tree = read_as_web_page(page, _MOST_HTML_CHARS)
    if tree is None or post.fields.get(GAZETTE_DEPARTMENT):
        return post
    issuer = gazette_issuer(page.url, tree)
    if issuer is None:
        return post
    read = {GAZETTE_DEPARTMENT: issuer[0], GAZETTE_ISSUER_SHOWN: issuer[1]}
    return post.model_copy(update={"fields": {**post.fields, **read}})


def _answered_a_pdf(page: CapturedPage) -> bool:
    main = page.answer()
    return main is not None and main.status == 200 and is_pdf(main.body)


class JudgmentDayExtractor(Extractor):
    """A BAILII judgment's or a legislation.gov.uk provision's page, read as a web page dated by the
    judgment's day or by the day of the version shown; a BAILII or CanLII judgment's by the court its
    heading names; a European or foreign court's judgment (`DECISION_SITES`) by the court and the day its
    heading names."""

    platform = Platform.WEB

    def handles(self, url: str) -> bool:
        try:
            return (
                _on_bailii(url)
                or _on_legislation_gov_uk(url)
                or _on_canlii(url)
                or _on_courtlistener(url)
                or _on_european_or_foreign_court_s_site(url)
                or _on_a_us_court_s_own_site(url)
                or _on_an_issuer_s_gazette(url)
            )
        except ValueError:
            return False

    def extract(self, page: CapturedPage) -> SourcePost:
        if _on_a_us_court_s_own_site(page.url):
            post = WebExtractor().extract(page)  # its HTML pages are web pages; its opinions are PDFs
            return _as_a_slip_opinion(post) if _answered_a_pdf(page) and post.problem is None else post
        if _on_an_issuer_s_gazette(page.url):
            return _with_the_gazette_s_issuer(page)
        post, tree = read_as_web_page(page, _MOST_HTML_CHARS)
        if tree is None:
            return _a_hudoc_shell_said(post, page) if on_domain(page.url, "hudoc.echr.coe.int") else post
        body = tree.body
        text = body.text(separator=" ")[:_MOST_TEXT_CHARS] if body is not None else ""
        update: dict[str, object] = {}
        dated: tuple[dt.date, str] | None = None
        if _on_bailii(page.url) or _on_canlii(page.url) or _on_courtlistener(page.url):
            lines = body.text(separator="\n")[:_MOST_TEXT_CHARS] if body is not None else ""
            update.update(_by_the_court(post, lines))
        if _on_bailii(page.url):
            title_element = tree.css_first("title")
            title = title_element.text()[:_MOST_HTML_CHARS] if title_element is not None else ""
            dated = judgment_day(title, text)
        elif _on_legislation_gov_uk(page.url):
            dated = version_day(text)
        elif _on_european_or_foreign_court_s_site(page.url):
            lines = body.text(separator="\n")[:_MOST_TEXT_CHARS] if body is not None else ""
            spaced = " ".join(lines.split())
            kind = (
                eu_document_kind(page.url, post.title or "", spaced) if _on_eu_courts_site(page.url) else None
            )
            if kind is not None:
                read = {EU_DOCUMENT_KIND: kind[0], EU_DOCUMENT_KIND_FROM: kind[1]}
                post = post.model_copy(update={"fields": {**post.fields, **read}})
            if kind is not None and kind[0] == OPINION:
                # Its text cites the court's judgments, none of them its own: no court nor day is read there.
                return _as_an_opinion(post, spaced)
            court, day, said = _court_s_own_heading(page.url, tree, lines, spaced)
            if court is not None and post.author is None:
                update["author"] = court
            parties = case_heading(page.url, spaced)
            if parties is not None:
                update["fields"] = {**post.fields, CASE_HEADING: parties}
            dated = (day, COURT_S_HEADING.format(said=said)) if day is not None else None
        if dated is not None:
            update.update(_dated_by(*dated))
        return post.model_copy(update=update) if update else post


def _dated_by(day: dt.date, said: str) -> dict[str, object]:
    """What a judgment's day adds to its page's reading: the day alone (no time), and the words saying it."""
    return {
        "published": dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC),
        "published_from": said,
        "published_day_only": True,
    }


def _by_the_court(post: SourcePost, lines: str) -> dict[str, object]:
    """What a judgment's court heading adds to its page's reading: the court as its author, where the page
    names no other, and the heading as shown in `fields` (`COURT_HEADING`)."""
    heading = court_heading(lines)
    if heading is None:
        return {}
    court, shown = heading
    update: dict[str, object] = {"fields": {**post.fields, COURT_HEADING: shown}}
    if post.author is None:
        update["author"] = court
    return update
