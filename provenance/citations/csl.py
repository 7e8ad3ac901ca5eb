"""CSL-JSON citations files: items whose `id` is a footnote label add or override what the note says.

CSL has no field for a platform, a handle, a post id, the original of a cited archived copy or the wiki user
credited with a cited edit (CSL's `editor` edits a work), so those travel under `custom`, the CSL-JSON
extension object. An archived copy is CSL's `archive` (the archive's name) and `archive_location` (the copy's
URL): the copy the note gives beside its link, or the cited URL itself when
that is the copy. The caller reads the file; this module sees only its bytes and names problems by the name it
is given. An object that gives one name twice is refused: which of its values a person meant is unclear; so is
one spelling a field two ways with two values (`"URL"` and `"url"`), and an `issued` of no one day (a range
of days, `"circa"`, date-parts and a `raw` date of two days). `issued` is read from `date-parts`, `raw` or
CSL's `literal`; one of a month or a year only (`[[2022, 1]]`, `[[2021]]`, `"raw": "January 2022"`) is the
citation's `date_month_or_year`, and `extract --format csl` writes that so; so is one of a season, never a
month: a spring or an autumn (`[[2022, 21]]`, `"season": 1`: spring 2022) as its year, within it in either
hemisphere; a summer or a winter (`[[2021, 24]]`, `[[2021]]` and `"season": 4`) as its code, `2021-24`, which
spans December 2020 to February 2022 (written back as `"season"` beside the year). A name is read from its
`literal` or its given name, particles, family name and suffix.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from provenance.citations.dates import find_date, find_month_or_year, month_or_year_in_words
from provenance.citations.platforms import (
    canonical_url,
    copies_of_one_page,
    linked_post_id,
    mastodon_platform,
    memento_archive,
    memento_original,
    mirrored_x_post,
    platform_from_host,
    platform_from_words,
    post_locator,
    wayback_original,
)
from provenance.digits import is_ascii_number
from provenance.errors import CitationsFileError
from provenance.models import PLATFORM_NAMES, Citation, Located, Platform
from provenance.urls import is_http_url

_DISPLAY_NAMES = {**PLATFORM_NAMES, Platform.TWITTER: "X (formerly Twitter)"}
_BARE_HANDLE = re.compile(r"^[^\s@]+$")
_CUSTOM_KEYS = ("platform", "handle", "post_id", "original_url", "located", "wiki_editor")


@dataclass(frozen=True)
class CitationOverrides:
    """What one CSL-JSON item says about a footnote's source; None means the item leaves that field alone."""

    url: str | None = None
    title: str | None = None
    author: str | None = None
    date: dt.date | None = None
    # An `issued` of a month or a year only (`[[2022, 1]]`, `[[2021]]`, `"raw": "January 2022"`): `2022-01`,
    # `2021`.
    date_month_or_year: str | None = None
    platform: Platform | None = None
    handle: str | None = None
    post_id: str | None = None
    located: Located | None = None
    archived_url: str | None = None
    title_quoted: bool | None = None
    accessed: dt.date | None = None
    wiki_editor: str | None = None


def _json_type(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    return "a number"


# --- the CSL-JSON item, as far as a citations file uses it --------------------------------------------------

_NEEDS_ID = 'needs an "id": the label of the footnote it describes, e.g. "1"'
_AUTHOR_NAME = '"author" entries need a "literal" name or a "family" (and "given") name'
_DATE_PARTS = '"issued" date-parts must look like [[2022, 1, 21]]'

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _CslPart(BaseModel):
    # CSL-JSON has many more fields than provenance reads; they are allowed and ignored.
    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=False)

    @model_validator(mode="before")
    @classmethod
    def _no_misspelt_field(cls, value: Any) -> Any:
        """Refuse a field spelt as one this reads but for case, `-` or `_` (`"url"`, `"container_title"`,
        `"Located"`) where that field is absent: ignored like any other extra field, it left the footnote
        without the URL its author gave it, and the run said only that the footnote had none."""
        if not isinstance(value, dict):
            return value
        known, by_form = _field_names(cls)
        for key in value:
            meant = by_form.get(_field_form(key)) if isinstance(key, str) and key not in known else None
            if meant is not None and meant not in value:
                said = f"{clipped(json.dumps(key))} is not read (names are case-sensitive)"
                raise ValueError(f'{said}: did you mean "{meant}"?')
            if meant is not None and value[key] != value[meant]:
                # Another tool reads the other spelling: the URL a person edited may be the one not read.
                said = f'{clipped(json.dumps(key))} and "{meant}" give different values'
                raise ValueError(f'{said}: which is meant is unclear; keep "{meant}" alone')
        return value


def _field_form(name: str) -> str:
    return name.lower().replace("-", "_")


@functools.cache
def _field_names(model: type[BaseModel]) -> tuple[frozenset[str], dict[str, str]]:
    """The fields `model` reads as they are spelt, and each by its form (`_field_form`): made once a model,
    not again for every item of a file."""
    known = frozenset(field.alias or name for name, field in model.model_fields.items())
    # `archive-location`: another tool's spelling of a field read leniently (often a shelf mark).
    return known, {_field_form(name): name for name in known if name != "archive_location"}


class CslName(_CslPart):
    literal: str | None = None
    given: str | None = None
    family: str | None = None

    @model_validator(mode="after")
    def _has_a_name(self) -> CslName:
        if not self.name:
            raise ValueError(_AUTHOR_NAME)
        return self

    # CSL's particles and suffix (`Charles de Gaulle`, `Ludwig van Beethoven`, `Martin Luther King Jr.`), as
    # Zotero and Mendeley export them: left out, the name checked was another than the one the file gives.
    dropping_particle: str | None = Field(default=None, alias="dropping-particle")
    non_dropping_particle: str | None = Field(default=None, alias="non-dropping-particle")
    suffix: str | None = None

    @property
    def name(self) -> str:
        if self.literal and self.literal.strip():
            return self.literal.strip()
        parts = (self.given, self.dropping_particle, self.non_dropping_particle, self.family)
        family_name = " ".join(part.strip() for part in parts if part and part.strip())
        suffix = self.suffix.strip() if self.suffix and family_name else ""
        return f"{family_name} {suffix}" if suffix else family_name


class CslDate(_CslPart):
    date_parts: list[list[StrictInt | str]] | None = Field(default=None, alias="date-parts")
    raw: str | None = None
    # CSL's date as written for a reader (`"21 January 2022"`): read as `raw` is.
    literal: str | None = None
    # An approximate date (`"circa": true`): no day it names is the source's claimed day.
    circa: Any = None
    # CSL's season beside a year (`"season": 1`, spring; or `"spring"`): a spring's or an autumn's year alone,
    # a summer's or a winter's code (`2021-24`).
    season: Any = None

    @model_validator(mode="after")
    def _is_one_day(self) -> CslDate:
        _one_day(self)  # raises the one-line reason when it is not one calendar day, month or year
        return self

    @property
    def day(self) -> dt.date | str:
        """The one day it gives, or the one month (`2022-01`) or year (`2022`) where it gives no day."""
        return _one_day(self)


def _one_day(issued: CslDate) -> dt.date | str:
    if issued.circa not in (None, False, 0, ""):
        raise ValueError(
            '"issued" is "circa", an approximate date: give the one day the source was published'
        )
    written = {
        name: text for name, text in (("raw", issued.raw), ("literal", issued.literal)) if text is not None
    }
    if issued.date_parts is not None:
        day = _date_from_parts(issued.date_parts)
        season = _season(issued)
        if isinstance(day, str) and "-" not in day and season in ("summer", "winter"):
            # `[[2021]]` and `"season": 4`: winter 2021, its code as `[[2021, 24]]`'s.
            day = f"{day}-{_SEASONS.index(season) + _SEASON_MONTHS.start}"
        for name, text in written.items():
            other = _day_or_month_or_year(text)
            if isinstance(other, str) and _a_reading_of_the_season(day, other):
                # `[[2021, 24]]` beside `"raw": "Winter 2021-22"`: the raw says which winter, one reading.
                day = other
                continue
            # A month or a year written beside the day (`"raw": "January 2022"`, as Zotero exports one) is
            # the day's own: only one that does not hold it is another date.
            if other is not None and not _one_holds_the_other(day, other):
                # Another tool reads the other: the day a person sees in the file may not be the one checked.
                season = _season(issued)
                given = day.isoformat() if isinstance(day, dt.date) else day
                if isinstance(day, str) and ("/" in day or day[5:] in ("22", "24")):
                    given = month_or_year_in_words(day)  # `winter 2021`
                elif season is not None and not isinstance(day, dt.date):
                    given = f"{season} {given}"
                kind = "day" if isinstance(other, dt.date) else "month or year"
                raise ValueError(
                    f'"issued" date-parts give {given}, its {name} {text!r} another {kind}: which is '
                    "meant is unclear; keep one"
                )
        return day
    days = {_written_day(name, text) for name, text in written.items()}
    if len(days) > 1:
        raise ValueError('"issued" raw and literal give two days: which is meant is unclear; keep one')
    if days:
        return days.pop()
    raise ValueError('"issued" needs "date-parts", "raw" or "literal"')


def _a_reading_of_the_season(season: dt.date | str, other: str) -> bool:
    """Whether `other` is a winter or a summer of two years (`2021-12/2022-02`) that a summer's or a winter's
    code (`2021-24`, December 2020 to February 2022) may be: December of its year or the year before on."""
    if not (isinstance(season, str) and season[5:] in ("22", "24")):
        return False
    return "/" in other and int(other[:4]) in (int(season[:4]) - 1, int(season[:4]))


def _one_holds_the_other(first: dt.date | str, second: dt.date | str) -> bool:
    """Whether two dates agree: the same day, or a day and a month or year (`2022-01`, `2022`) holding it."""
    one = first.isoformat() if isinstance(first, dt.date) else first
    other = second.isoformat() if isinstance(second, dt.date) else second
    return one.startswith(other) or other.startswith(one)


def _day_or_month_or_year(text: str) -> dt.date | str | None:
    """The one full day a date written as text gives, or where it gives none, its one month or year (as
    `Citation.date_month_or_year` holds it: `January 2022` is `2022-01`); None where it gives none of them."""
    found = find_date(text)
    if found.date is not None or found.ambiguous or found.in_a_range:
        return found.date
    return find_month_or_year(text)


# A winter's or a summer's name (`"raw": "Winter 2021-22"`): no one year (December to February, the southern
# hemisphere's summer too), where a spring's or an autumn's is its year. Refused as "not one full date", the
# writer was not told why a season was no date.
_SEASONS_OF_TWO_YEARS = frozenset(
    (
        *("winter", "summer", "hiver", "\u00e9t\u00e9", "sommer", "invierno", "verano", "inverno"),
        *("ver\u00e3o", "zima", "lato", "\u0437\u0438\u043c\u0430", "\u043b\u0435\u0442\u043e"),
        "\u043b\u0456\u0442\u043e",
    )
)


def _written_day(name: str, text: str) -> dt.date | str:
    """The one full day a date written as text (`raw`, `literal`) gives, or its one month or year, or
    ValueError naming it."""
    found = _day_or_month_or_year(text)
    if found is None:
        words = {word.strip(",.;:()") for word in text.casefold().split()}
        seasons = sorted(_SEASONS_OF_TWO_YEARS & words)
        why = (
            f": {seasons[0]} may fall in two years (December to February); give the day it was published"
            if seasons
            else ""
        )
        raise ValueError(
            f'"issued" {name} date {text!r} is not one full, unambiguous date such as 2022-01-21 (or one '
            f"month, January 2022, or year){why}"
        )
    return found


# CSL's seasons, as its date-parts give one in place of a month (`[[2022, 21]]`, EDTF's 21 to 24) or its
# `season` beside a year (1 to 4): spring, summer, autumn, winter. A season names no month (where it falls
# depends on the hemisphere, and winter spans two years): the year alone, as a report of one is dated. Read as
# a month, `[[2022, 21]]` was refused as "not a calendar date" and a true file stopped the run.
_SEASONS = ("spring", "summer", "autumn", "winter")
_SEASON_MONTHS = range(21, 25)
# Summer and winter, which may cross the year's end: kept as their code (`2021-24`), not the year.
_SEASONS_ACROSS_THE_YEAR = frozenset((22, 24))


def _season(issued: CslDate) -> str | None:
    """The season an `issued` names (`spring`), from its date-parts' second number or its `season`."""
    parts = issued.date_parts[0] if issued.date_parts else []
    month = str(parts[1]).strip() if len(parts) == 2 else ""
    if month.isascii() and month.isdigit() and int(month) in _SEASON_MONTHS:
        return _SEASONS[int(month) - _SEASON_MONTHS.start]
    season = str(issued.season).strip().casefold() if issued.season is not None else ""
    if season in ("1", "2", "3", "4"):
        return _SEASONS[int(season) - 1]
    return season if season in _SEASONS else None


def _date_from_parts(parts: list[list[int | str]]) -> dt.date | str:
    if not parts:
        raise ValueError(_DATE_PARTS)
    if len(parts) == 2 and all(len(part) == 2 for part in parts):
        first, last = _date_from_parts(parts[:1]), _date_from_parts(parts[1:])
        if isinstance(first, str) and first[5:] == "12" and last == f"{int(first[:4]) + 1:04d}-02":
            # December to February of the next year (`[[2021, 12], [2022, 2]]`): a winter of two years, as a
            # note's `Winter 2021-22` is, and as `extract --format csl` writes it.
            return f"{first}/{last}"
    if len(parts) > 1 and _date_from_parts(parts[1:2]) != _date_from_parts(parts[:1]):
        # CSL's range (`[[2022, 1, 21], [2022, 1, 23]]`): its first day was checked, a day it does not claim.
        raise ValueError(
            '"issued" date-parts give a range of days: give the one day the source was published, '
            'e.g. {"date-parts": [[2022, 1, 21]]}'
        )
    for part in parts[0]:
        if not is_ascii_number(str(part)):
            raise ValueError(f'"issued" date-parts must be numbers, found {part!r}')
    try:
        numbers = [int(part) for part in parts[0]]
    except ValueError as error:  # a string of more digits than Python converts (4,300)
        raise ValueError(f'"issued" date-parts: {_too_long_number(error)}') from None
    if not 1 <= len(numbers) <= 3:
        raise ValueError(
            '"issued" needs year, month and day, e.g. {"date-parts": [[2022, 1, 21]]} (or a month, [[2022, '
            "1]], or a year, [[2022]])"
        )
    if len(numbers) > 1 and numbers[1] in _SEASON_MONTHS:
        season = _SEASONS[numbers[1] - _SEASON_MONTHS.start]
        if len(numbers) == 3:
            raise ValueError(
                f'"issued" {numbers} gives a day of {season} ({numbers[1]} is CSL\'s season, no month): give '
                'the day the source was published, e.g. {"date-parts": [[2022, 1, 21]]}'
            )
        if numbers[1] in _SEASONS_ACROSS_THE_YEAR:
            # `[[2021, 24]]`, winter 2021: its code, December 2020 to February 2022 (every reading); read as
            # the year, a post of 2022-01-15 cited so failed.
            if not dt.MINYEAR <= numbers[0] <= dt.MAXYEAR:
                raise ValueError(f'"issued" {numbers} is not a calendar date')
            return f"{numbers[0]:04d}-{numbers[1]}"
        numbers = numbers[:1]  # `[[2022, 21]]`, spring 2022: the year alone, within it in either hemisphere
    try:
        # A month or a year alone (`[[2022, 1]]`, `[[2021]]`, as Zotero exports a report of a month) is the
        # citation's `date_month_or_year`: refused, a true item of no day stopped the run.
        day = dt.date(*numbers, *(1,) * (3 - len(numbers)))
    except (ValueError, OverflowError, TypeError):
        raise ValueError(f'"issued" {numbers} is not a calendar date') from None
    if len(numbers) == 3:
        return day
    return f"{day.year:04d}" if len(numbers) == 1 else f"{day.year:04d}-{day.month:02d}"


class CslCustom(_CslPart):
    """CSL-JSON's extension object: what CSL has no field for (platform, handle, post id)."""

    platform: str | None = None
    handle: str | None = None
    post_id: StrictInt | Text | None = None
    located: Located | None = None
    # False: the item's `title` is the note's unquoted words in a title's place (`Citation.title_quoted`).
    title_quoted: StrictBool | None = None
    # Written for a reader of the file; read back only to refuse one that contradicts the item's `URL`.
    original_url: Text | None = None
    # The wiki user the cited edit is credited to (`Citation.wiki_editor`): CSL's `editor` is a work's.
    wiki_editor: Text | None = None

    @field_validator("original_url")
    @classmethod
    def _http_original(cls, value: str | None) -> str | None:
        if value is not None and not is_http_url(value):
            raise ValueError(f'"custom.original_url" {value!r} is not an absolute http(s) URL')
        return value

    @field_validator("platform")
    @classmethod
    def _known_platform(cls, value: str | None) -> str | None:
        known = [platform.value for platform in Platform]
        if value is not None and value.lower() not in known:
            raise ValueError(f'"custom.platform" {value!r} is not one of: {", ".join(known)}')
        return value.lower() if value is not None else None

    @field_validator("handle")
    @classmethod
    def _bare_handle(cls, value: str | None) -> str | None:
        if value is not None and not _BARE_HANDLE.match(value.removeprefix("@")):
            raise ValueError(f'"custom.handle" {value!r} must be one account name without spaces')
        return value.removeprefix("@") if value is not None else None


class CslItem(_CslPart):
    """One item of a citations file: `id` names the footnote; the other fields override what it says."""

    id: StrictInt | Text
    URL: Text | None = None
    title: Text | None = None
    author: Annotated[list[CslName], Field(min_length=1)] | None = None
    issued: CslDate | None = None
    # The day the source was read (`{"date-parts": [[2022, 1, 21]]}`): kept for the record, never checked, so
    # one that gives no one day (a month, a range) is left out rather than refusing a file that was read
    # before this field was.
    accessed: Any = None
    container_title: Text | None = Field(default=None, alias="container-title")
    # In other tools' files `archive_location` is often a shelf mark ("Box 3, folder 2"): only a URL is a
    # copy.
    archive_location: Any = None
    custom: CslCustom | None = None

    @field_validator("URL")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not is_http_url(value):
            raise ValueError(f'"URL" {value!r} is not an absolute http(s) URL')
        return value

    @model_validator(mode="after")
    def _original_of_the_url(self) -> CslItem:
        given = self.custom.original_url if self.custom else None
        if given is None:
            return self
        original = memento_original(self.URL) if self.URL else None
        if original is None or not copies_of_one_page(given, original):
            where = f"the archived copy {self.URL!r}" if original else 'an archived copy given as "URL"'
            raise ValueError(
                f'"custom.original_url" {given!r} is not the original of {where}: the original of a cited '
                "copy is read from the copy's URL (https://web.archive.org/web/<timestamp>/<original>)"
            )
        return self

    def _post_id(self, custom: CslCustom) -> str | None:
        """`custom.post_id`, where the item's `URL` names no post of its own. A URL that does is the post
        meant: a person corrects a located candidate's URL and leaves its post id, and the X author check
        then failed the post captured as another than the stale id it was cited for."""
        url = mirrored_x_post(self.URL) or self.URL if self.URL else None
        linked = _linked_post_id(memento_original(url) or url) if url else None
        return str(custom.post_id) if custom.post_id is not None and linked is None else None

    def _archived_copy(self) -> str | None:
        location = self.archive_location
        if not isinstance(location, str) or not is_http_url(location.strip()):
            return None
        location = location.strip()
        # The cited URL itself, when that is the copy (`archive_location` says where it is held), adds
        # nothing.
        return None if self.URL is not None and location == self.URL else location

    def overrides(self) -> CitationOverrides:
        custom = self.custom or CslCustom()
        issued = self.issued.day if self.issued else None
        container = platform_from_words(self.container_title) if self.container_title else None
        return CitationOverrides(
            url=self.URL,
            title=self.title,
            author=_people(self.author) if self.author else None,
            date=issued if isinstance(issued, dt.date) else None,
            date_month_or_year=issued if isinstance(issued, str) else None,
            platform=Platform(custom.platform) if custom.platform else container,
            handle=custom.handle,
            post_id=self._post_id(custom),
            located=custom.located,
            archived_url=self._archived_copy(),
            title_quoted=custom.title_quoted,
            accessed=_accessed_day(self.accessed),
            wiki_editor=custom.wiki_editor,
        )


def _accessed_day(accessed: object) -> dt.date | None:
    """The one day an item's `accessed` gives, or None where it gives none (or no one day)."""
    if not isinstance(accessed, dict):
        return None
    try:
        day = CslDate.model_validate(accessed).day
    except ValidationError:
        return None
    return day if isinstance(day, dt.date) else None


_MOST_AUTHORS_NAMED = 20  # as APA names them; the rest are `et al.`, whom no source need show


def _people(authors: list[CslName]) -> str:
    """An item's authors as one author's field, each checked (`checks.matching.people_in` reads `A and B`,
    `A, B and C`): only the first was, and a page crediting the first of two writers passed."""
    names = [author.name for author in authors[:_MOST_AUTHORS_NAMED]]
    if len(authors) > _MOST_AUTHORS_NAMED:
        return f"{', '.join(names)} et al."
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


# What to say when pydantic's own words would not help a person fix the file, by the field in error.
_FIELD_PROBLEMS = {
    "id": _NEEDS_ID,
    "URL": '"URL" must be a non-empty string',
    "title": '"title" must be a non-empty string',
    "container-title": '"container-title" must be a non-empty string',
    "author": '"author" must be a non-empty array of names',
    "issued": '"issued" must be an object such as {"date-parts": [[2022, 1, 21]]}',
    "custom": '"custom" must be an object such as {"platform": "telegram", "handle": "rybar"}',
}
_CUSTOM_PROBLEMS = {
    "platform": '"custom.platform" {value!r} is not one of: ' + ", ".join(p.value for p in Platform),
    "handle": '"custom.handle" {value!r} must be one account name without spaces',
    "post_id": '"custom.post_id" {value!r} must be a string or a number',
    "located": '"custom.located" {value!r} must be "candidate" (found by provenance locate) '
    'or "confirmed" (checked by a person)',
    "original_url": '"custom.original_url" {value!r} must be an absolute http(s) URL',
    "wiki_editor": '"custom.wiki_editor" {value!r} must be a wiki user\'s name (a non-empty string)',
}


_MAX_PROBLEM_CHARS = 300  # a message quotes the value it refuses: a value of 100 KB is not a one-line message


def clipped(problem: str) -> str:
    """`problem` cut to the length of a one-line message (a value it quotes may be of any size)."""
    return problem if len(problem) <= _MAX_PROBLEM_CHARS else problem[: _MAX_PROBLEM_CHARS - 1] + "…"


def _item_problem(error: ValidationError, item: object) -> str:
    """The first thing wrong with an item, in the words of the field it is in."""
    first = error.errors(include_url=False)[0]
    location, value = first["loc"], first.get("input")
    if first["type"] == "value_error":
        return str(first["ctx"]["error"])
    if not location:
        return f"must be an object, found {_json_type(item)}"
    field, inner = location[0], location[1:]
    if field == "author" and inner:
        if first["type"] == "model_type":
            return (
                f'"author" entries must be objects such as {{"literal": "Rybar"}}, found {_json_type(value)}'
            )
        return _AUTHOR_NAME
    if field == "issued" and inner:
        return _DATE_PARTS
    if field == "custom" and inner and str(inner[0]) in _CUSTOM_PROBLEMS:
        return _CUSTOM_PROBLEMS[str(inner[0])].format(value=value)
    return _FIELD_PROBLEMS.get(str(field), f"{field!r}: {first['msg']}")


# --- the file -----------------------------------------------------------------------------------------------


def _too_long_number(error: ValueError) -> str:
    return (
        "a number of more than 4,300 digits: not a citations file" if "digits" in str(error) else "not JSON"
    )


class _RepeatedName(ValueError):
    """An object of the file gives one name twice (`{"URL": "…/1", "URL": "…/2"}`)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object_without_repeated_names(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object of the file, refused where it gives a name twice: `json` keeps the last value and other
    tools the first, so the URL a person sees in the file may be the one not captured, the other checked and
    passed in its place."""
    document = dict(pairs)
    if len(document) == len(pairs):  # every object of a well-formed file
        return document
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise _RepeatedName(key)
        seen.add(key)
    raise AssertionError("unreachable: fewer names than pairs means a name is repeated")


def _items(data: bytes, name: str) -> list[Any]:
    try:
        document = json.loads(data, object_pairs_hook=_object_without_repeated_names)
    except _RepeatedName as repeated:
        said = clipped(json.dumps(repeated.key, ensure_ascii=False))
        raise CitationsFileError(
            f"{name}: {said} is given twice in one object: which value is meant is unclear; keep one"
        ) from None
    except UnicodeDecodeError:
        raise CitationsFileError(f"{name}: not UTF-8 text; save the citations file as UTF-8 JSON") from None
    except json.JSONDecodeError as error:
        # What to do, for the user who wrote YAML or BibTeX (the message alone said only "Expecting value").
        raise CitationsFileError(
            f"{name}: not JSON (line {error.lineno}, column {error.colno}: {error.msg}); a citations file "
            "is a JSON array of CSL-JSON items: `provenance extract REPORT --format csl` prints one to edit"
        ) from None
    except RecursionError:
        raise CitationsFileError(f"{name}: JSON nested too deeply to be a citations file") from None
    except ValueError as error:  # a number of more digits than Python converts (4,300)
        raise CitationsFileError(f"{name}: {_too_long_number(error)}") from None
    if not isinstance(document, list):
        raise CitationsFileError(
            f"{name}: expected a JSON array of CSL-JSON items, found {_json_type(document)}"
        )
    return document


def load_citations_file(data: bytes, name: str) -> dict[str, CitationOverrides]:
    """The overrides for each footnote label; CitationsFileError names the first malformed item and why."""
    overrides: dict[str, CitationOverrides] = {}
    positions: dict[str, int] = {}
    for index, raw in enumerate(_items(data, name)):
        try:
            item = CslItem.model_validate(raw)
            label = str(item.id)
            if label in positions:
                # The id quoted as far as a problem is: an id of 100 KB made a message of 100 KB.
                quoted = clipped(repr(label))
                raise CitationsFileError(
                    f"{name}: item {index}: duplicate id {quoted} (also item {positions[label]})"
                )
            overrides[label] = item.overrides()
        except ValidationError as error:
            raise CitationsFileError(f"{name}: item {index}: {clipped(_item_problem(error, raw))}") from None
        positions[label] = index
    return overrides


def _linked_post_id(url: str) -> str | None:
    """The id of the post a link names, as where a note is parsed: `post_locator`'s (Telegram, X, Bluesky,
    Mastodon, Instagram, Threads, Facebook), else `linked_post_id`'s (TikTok, YouTube, Reddit, VK, ...).
    With `post_locator`'s alone, a file's URL of a TikTok video or a YouTube video gave no post id, where the
    same link in the note gave one."""
    return post_locator(url)[1] or linked_post_id(url)


def apply_overrides(citation: Citation, overrides: CitationOverrides) -> Citation:
    """The citation with each field the file gives replaced; a new URL re-derives platform and post."""
    fields = citation.model_dump()
    if overrides.url is not None:
        # A mirror's status link cites X's own post, and a mirror's or a player's link to a video YouTube's
        # watch page, as where a note is parsed (`parse.cited_url`).
        from provenance.citations.parse import cited_url  # its module imports this one's package

        url = cited_url(overrides.url)
        # An archived copy's platform and post are its original's, as where a note is parsed.
        original = memento_original(url)
        source_url = original or url
        handle, _ = post_locator(source_url)
        archived = citation.archived_url
        fields.update(
            url=url,
            canonical_url=canonical_url(url),
            # A Mastodon post is known by its link's path, on any host.
            platform=mastodon_platform(source_url) or platform_from_host(urlsplit(source_url).hostname or ""),
            handle=handle or citation.handle,
            post_id=_linked_post_id(source_url),
            original_url=original,
            # The note's archived copy stays only while it copies the URL that is cited.
            archived_url=archived
            if archived is not None
            and original is None
            and copies_of_one_page(wayback_original(archived) or archived, url)
            else None,
        )
    given = {key: value for key, value in dataclasses.asdict(overrides).items() if value is not None}
    given.pop("url", None)
    # A day the file gives replaces the note's month or year, and a month or a year the note's day.
    if "date" in given:
        given["date_month_or_year"] = None
    elif "date_month_or_year" in given:
        given["date"] = None
    # A title the file gives is the file's word, as quoted, unless the file says it is the note's unquoted
    # words (as `extract --format csl` writes them); without a title, the note's own stands as it was read.
    if "title" in given:
        given.setdefault("title_quoted", True)
    else:
        given.pop("title_quoted", None)
    archived = given.pop("archived_url", None)
    fields.update(given)
    if archived is not None and _copies_the_cited_page(archived, fields["url"], fields["original_url"]):
        fields.update(archived_url=archived)
    return Citation.model_validate(fields)


def _copies_the_cited_page(archived: str, url: str | None, original: str | None) -> bool:
    """Whether an archived copy a file names is a copy of the page the citation cites, as a note's own
    (`parse._archived_copy`): a copy of another page, or a URL whose original is unknown, copies nothing."""
    copied = wayback_original(archived)
    return url is not None and original is None and copied is not None and copies_of_one_page(copied, url)


def citation_to_csl(label: str, citation: Citation) -> dict[str, Any]:
    """One CSL-JSON item for a footnote; loading it back and applying it gives the same citation."""
    social = citation.platform is not None and citation.platform is not Platform.WEB
    item: dict[str, Any] = {"id": label, "type": "post" if social else "webpage"}
    if citation.title:
        item["title"] = citation.title
    if citation.url:
        item["URL"] = citation.url
    if citation.author:
        item["author"] = [{"literal": citation.author}]
    if citation.date:
        item["issued"] = {"date-parts": [[citation.date.year, citation.date.month, citation.date.day]]}
    elif citation.date_month_or_year:
        # CSL's month or year alone: `[[2022, 1]]`, `[[2021]]`; a season as CSL's `season` beside its year
        # (`2021-24`: `[[2021]]`, `"season": 4`), not a month.
        year, _, month = citation.date_month_or_year.partition("-")
        if "/" in month:  # `2021-12/2022-02`, a note's `Winter 2021-22`: CSL's range of its months
            item["issued"] = {"date-parts": [[int(year), 12], [int(year) + 1, 2]]}
        elif month.isdigit() and int(month) in _SEASON_MONTHS:
            item["issued"] = {"date-parts": [[int(year)]], "season": int(month) - _SEASON_MONTHS.start + 1}
        else:
            item["issued"] = {"date-parts": [[int(part) for part in citation.date_month_or_year.split("-")]]}
    if citation.accessed:
        item["accessed"] = {
            "date-parts": [[citation.accessed.year, citation.accessed.month, citation.accessed.day]]
        }
    if citation.platform in _DISPLAY_NAMES:
        item["container-title"] = _DISPLAY_NAMES[citation.platform]
    # The archived copy: the one the note gives beside its link, or the cited URL when it is itself the copy.
    copy = citation.archived_url or (citation.url if citation.original_url else None)
    if copy:
        archive = memento_archive(copy)
        item.update({"archive": archive} if archive else {})
        item["archive_location"] = copy
    custom = citation.model_dump(mode="json", include=set(_CUSTOM_KEYS), exclude_none=True)
    if citation.title and not citation.title_quoted:
        custom["title_quoted"] = False
    if custom:
        item["custom"] = custom
    return item
