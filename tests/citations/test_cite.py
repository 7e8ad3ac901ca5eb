"""A footnote cited: its citation with every finding about it, said so that the writer can act."""

from __future__ import annotations

import pytest

from provenance.citations.cite import cite_footnote
from provenance.models import Footnote


def _findings(note: str) -> dict[str, str]:
    cited = cite_footnote(Footnote(label="1", text=note, line=3), None)
    return {finding.code: finding.message for finding in cited.findings}


@pytest.mark.parametrize(
    "note",
    [
        "Ministry of Defence, “Sites list,” https://example.gov/sites (as of March 5, 2023).",
        "Bundesamt, „Register“, https://example.de/register, Stand: 05.03.2023.",
        "City News, https://news.example/a, accessed 5 March 2023.",
        "Rybar, Telegram, deleted January 21, 2022, https://t.me/rybar/5",
        "Rybar, Telegram, posted two days after the 19 January 2022 strike, https://t.me/rybar/5",
    ],
)
def test_a_note_whose_only_days_are_not_its_publication_is_told_why_it_has_no_date(note: str) -> None:
    # "no full date" beside `(as of March 5, 2023)` left the writer wondering what was wrong with the day.
    message = _findings(note)["missing-date"]
    assert "when the source was read, deleted or the state it was cited in" in message
    assert "a day it is counted from" in message
    assert "add the day it was published" in message


@pytest.mark.parametrize(
    "note",
    [
        "City News, https://news.example/a.",
        # A day inside the quoted title is the title's, and the note still gives none of its own.
        "“Strike of 21 January 2022,” City News, https://news.example/a.",
    ],
)
def test_a_note_without_any_day_of_its_own_keeps_the_plain_missing_date(note: str) -> None:
    assert _findings(note)["missing-date"].startswith("no date: the note gives no full date of the source")


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram posts between January 19 and January 23, 2022, https://t.me/rybar/5",
        "Rybar, Telegram, January 21, 2022 \u2013 February 3, 2022, https://t.me/rybar/5",
        "Rybar, Telegram, 21 or 22 January 2022, https://t.me/rybar/5",
    ],
)
def test_a_note_giving_a_range_of_days_is_told_it_gives_no_one_day(note: str) -> None:
    # Its days are no access or as-of days, and "gives no full date" was untrue of a note giving two: the
    # writer is told the range is no one day, and asked for the day.
    message = _findings(note)["missing-date"]
    assert message.startswith("no one date: the note gives a range of days, or either of two")
    assert "give that day" in message


@pytest.mark.parametrize(
    ("note", "written"),
    [
        ("Rybar, Telegram, 1443/06/18, https://t.me/rybar/5", "1443/06/18"),
        ("Rybar, Telegram, 18/06/1443, https://t.me/rybar/5", "18/06/1443"),
        ("Rybar, Telegram, 18 Jumada al-Akhirah 1443, https://t.me/rybar/5", "18 Jumada al-Akhirah 1443"),
    ],
)
def test_a_note_dated_in_the_lunar_hijri_calendar_is_told_its_date_could_not_be_read(
    note: str, written: str
) -> None:
    # "gives no full date" was untrue of a note giving its day in a calendar not read.
    assert _findings(note)["missing-date"] == (
        f"no date: its date could not be read (Lunar Hijri: {written!r}); give the day it was published in "
        "the Gregorian calendar (e.g. January 21, 2022)"
    )


def test_a_note_with_a_gregorian_day_beside_a_lunar_hijri_one_has_its_date() -> None:
    assert "missing-date" not in _findings(
        "Rybar, Telegram, 1443/06/18 (21 January 2022), https://t.me/rybar/5"
    )
    assert "missing-date" not in _findings("Rybar, Telegram, 1400/11/01, https://t.me/rybar/5")  # Solar Hijri


def test_a_note_with_its_publication_date_has_no_date_finding() -> None:
    note = "Rybar, January 21, 2022, https://t.me/rybar/5 (as of March 5, 2023)"
    assert "missing-date" not in _findings(note)


@pytest.mark.parametrize(
    ("note", "reference"),
    [
        ("Ibid.", "Ibid."),
        ("Same as [2], https://t.me/rybar/5", "Same as [2]"),
        # Bluebook's `id.` after a signal: the URL's channel was its author, and schema passed the note.
        ("But see id. (Jan. 22, 2022), https://t.me/rybar/5", "But see id."),
    ],
)
def test_a_note_citing_another_notes_source_is_told_it_is_checked_on_its_own_words(
    note: str, reference: str
) -> None:
    # "the note names no author" beside `Ibid.`: the note means the previous note's author, which is not
    # carried over; the writer is told so and what to add.
    message = _findings(note)["missing-author"]
    assert message.startswith(f"no author: the note cites another note's source ({reference!r})")
    assert "give the author here" in message


def test_a_back_reference_without_a_link_is_told_it_names_no_url_of_its_own() -> None:
    assert "cites another note's source ('Ibid.')" in _findings("Ibid., January 22, 2022.")["missing-url"]
