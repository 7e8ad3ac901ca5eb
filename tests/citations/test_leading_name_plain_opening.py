"""A note opening with a plain name before its quoted title, or made of a plain name and its day, read the
short way (`parse._plain_name_before_the_title`, `parse._plain_name_before_its_day`): where that way
answers, it answers what the whole reading of the note's opening does."""

from __future__ import annotations

import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.citations import parse, parse_citation
from provenance.citations.dates import _FRENCH_GERMAN_SPANISH_MONTHS, _MORE_EUROPEAN_MONTHS
from provenance.models import Footnote
from provenance.names import DESCRIBING_WORDS, NAME_PARTICLES, ORGANISATION_WORDS
from provenance.urls import find_urls

# Words a note's opening is made of, each as a plain name's capitalised word would be: people's names, desks,
# offices, the labels, signals and platforms that stand before a name, months and seasons in the languages
# the dates are read in, weekdays, places, the words of a back reference or of what was posted, exhibits'
# labels, a day's word after a name (`Olaf Scholz am 21`), a channel's boilerplate.
_PEOPLE_AND_DESKS = [
    *("Jane", "Smith", "Lina", "Haddad", "Tom", "Jones", "Desk", "Rybar", "Two", "Majors", "Dmitry"),
    *("Medvedev", "Ann", "Lee", "Olaf", "Scholz", "Hassan", "Said", "Bob", "Alice", "Reuters", "Kyiv"),
    *("Report", "News", "Times", "Example", "Maxar", "Technologies", "Bellingcat"),
]
_WORDS_BEFORE_NAMES = [
    *("See", "Cf", "Via", "Source", "Sources", "According", "To", "Quoted", "Cited", "In", "As", "Reported"),
    *("By", "From", "Posted", "Published", "Shared", "Reposted", "Video", "Post", "Tweet", "Statement"),
    *("Message", "Memo", "Memorandum", "Letter", "Email", "Von", "De", "Du", "Di", "Wpis", "Beitrag"),
    *("Author", "Authors", "Photo", "Image", "Footage", "Credit", "Screenshot", "Satellite", "Channel"),
    *("Account", "Page", "User", "The", "On", "Am", "Vom", "Le", "El", "Il", "Of", "At", "Exhibit", "Ex"),
    *("Exh", "Annex", "Appendix", "App", "Tab", "Anlage", "Attachment", "Subscribe", "Follow", "Us", "Join"),
    *("Our", "Ibid", "Id", "Idem", "Supra", "Infra", "Ebd", "Retrieved", "Accessed", "Archived", "Captured"),
    *("Anonymous", "Unknown", "Undated", "Today", "Yesterday", "Url", "Link", "Original", "Stand", "Na"),
    *("Monday", "Mon", "Tues", "Wednesday", "Fri", "Sat", "Sunday", "Filmed", "Updated", "Milblogger"),
    *("Journalist", "Spokesperson", "Propagandist", "Said", "Wrote", "Ukraine", "Russia", "Washington"),
]
_PLATFORMS = [
    *("X", "Telegram", "Twitter", "Facebook", "Youtube", "Instagram", "Tiktok", "Vk", "Vkontakte", "Reddit"),
    *("Linkedin", "Bluesky", "Bsky", "Mastodon", "Fediverse", "Threads", "Truth", "Social", "Weibo", "Sina"),
    *("Gab", "Rumble", "Signal", "Line", "Medium", "Substack", "Discord", "Twitch", "Whatsapp", "Naver"),
]
_SEASONS_AND_ENGLISH_MONTHS = [
    *("January", "Jan", "Feb", "March", "Mar", "April", "May", "June", "Jun", "July", "August", "Aug"),
    *("Sept", "Sep", "October", "Nov", "December", "Dec", "Winter", "Spring", "Summer", "Autumn", "Fall"),
]
_OTHER_MONTHS = sorted(
    {
        name.capitalize()
        for months in (*_FRENCH_GERMAN_SPANISH_MONTHS, *_MORE_EUROPEAN_MONTHS)
        for name in months
        if name.isascii() and name.isalpha()
    }
)
_LISTED_WORDS = sorted(
    word.capitalize()
    for word in (*DESCRIBING_WORDS, *ORGANISATION_WORDS, *NAME_PARTICLES, *parse._LABELS)
    if word.isascii() and word.isalpha()
)
_WORDS = sorted(
    {*_PEOPLE_AND_DESKS, *_WORDS_BEFORE_NAMES, *_PLATFORMS, *_SEASONS_AND_ENGLISH_MONTHS, *_OTHER_MONTHS}
    | set(_LISTED_WORDS)
)
# What may stand between the words (most often a space, as a plain name's), and what follows them.
_JOINS = [*[" "] * 30, "-", ". ", " / ", "'s ", ": ", " (", "\u2019s ", "  "]
_NUMBERS = [
    *[""] * 4,
    " 12",
    " 7",
    " 45",
    " 605",
    " 1024",
    " 2022",
    " 1999",
    " 21",
    " 3",
    " 0",
    " 21st",
    " 12345",
]
# Non-Latin and other openings the short way must leave alone.
_OTHER_OPENINGS = [
    *[""] * 12, "@rybar ", "[Two Majors] ", "\u0420\u044b\u0431\u0430\u0440\u044c ", "\u5e7f\u64ad ",
    "\u0642\u0646\u0627\u0629 ", "\u00c9tienne ", "Telegram-\u043a\u0430\u043d\u0430\u043b ",
    "\u201cOpening\u201d ", "(", "\u2014 ", "n.d. ",
]  # fmt: skip
_AFTER_THE_NAME = [
    *[", \u201c", ', "'] * 4,
    ", \u00ab",
    ",\u201c",
    ": \u201c",
    ", ",
    " \u201c",
    ", \u2018",
    ",  \u201c",
]
_TAILS = [
    "Report number 12 on the bridge\u201d, January 13, 2022, https://site12.example/news/2022/01/report-12",
    'Title", Outlet, 3 March 2022',
    "The bridge is ours,\u201d Telegram, 21 January 2022, https://t.me/rybar/5",
    "Council vote\u201d, @rybar, Jan. 21, 2022",
    "Strike\u201d (Telegram), Tom Jones, and Ann Lee, 2022.",
    "Kyiv, Ukraine\u201d, n.d.",
    "",
    "Untitled",
]


def _prose_of(note: str) -> str:
    """The note's words as `_leading_name` is given them: its links and quoted passages taken out."""
    return parse.note_prose(Footnote(label="1", text=note, line=1, urls=find_urls(note)))


@st.composite
def _openings(draw: st.DrawFn, joins: list[str]) -> str:
    """A note's opening up to the comma after its name: words joined by `joins`, perhaps another opening
    before them and a number after."""
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3))
    between = [draw(st.sampled_from(joins)) for _ in words[1:]]
    opening = words[0] + "".join(join + word for join, word in zip(between, words[1:], strict=True))
    return draw(st.sampled_from(_OTHER_OPENINGS)) + opening + draw(st.sampled_from(_NUMBERS))


@st.composite
def _notes(draw: st.DrawFn) -> str:
    return draw(_openings(_JOINS)) + draw(st.sampled_from(_AFTER_THE_NAME)) + draw(st.sampled_from(_TAILS))


@settings(max_examples=1500, deadline=None)
@given(_notes())
@example("Desk 12, \u201cReport number 12 on the bridge\u201d, January 13, 2022, https://site12.example/a")
@example('Jane Smith, "Title", Outlet, 3 March 2022')
@example("See Jane Smith, \u201cTitle\u201d, 2022")
@example("Tab 12, \u201cTitle\u201d, 2022")
@example("Olaf Scholz Am 21, \u201cTitle\u201d")
@example("The Rybar Telegram Channel, \u201cTitle\u201d")
@example("Rybar On Telegram, \u201cTitle\u201d")
@example("Posted By Rybar, \u201cTitle\u201d")
@example("Subscribe, \u201cTitle\u201d")
@example("Mai 12, \u201cTitle\u201d")
@example("January 21, \u201cTitle\u201d")
@example("Spring 2022, \u201cTitle\u201d")
@example("Januar 2022, \u201cTitle\u201d")
@example("Friday, \u201cTitle\u201d")
@example("Ibid, \u201cTitle\u201d")
@example("Telegram, \u201cTitle\u201d")
@example("Satellite Image, \u201cTitle\u201d")
@example("Milblogger Rybar, \u201cTitle\u201d")
@example("Jane Smith, \u201cTitle\u201d, @rybar")
@example("Kyiv, \u201cUkraine\u201d")
def test_a_plain_name_read_the_short_way_is_the_name_the_whole_reading_finds(note: str) -> None:
    # Read the short way wrongly, a note's author was another than its whole reading's: a label, a signal, a
    # platform or a month taken for the name the author check holds the source to.
    prose = _prose_of(note)
    short = parse._plain_name_before_the_title(prose)
    if short is not None:
        assert short == parse._leading_name_read_whole(prose)


@pytest.mark.parametrize(
    ("note", "author"),
    [
        (
            "Desk 12, \u201cReport number 12 on the bridge\u201d, January 13, 2022, https://site1.example/a",
            "Desk 12",
        ),
        ('Jane Smith, "Title", Outlet, 3 March 2022', "Jane Smith"),
        (
            "Lina Haddad, \u201cCouncil vote\u201d, January 21, 2022, http://contract.example/article",
            "Lina Haddad",
        ),
        ("Desk 1024, \u201cReport number 1024\u201d, January 18, 2022", "Desk 1024"),
    ],
)
def test_the_commonest_note_is_read_the_short_way_and_names_its_author(note: str, author: str) -> None:
    # The short way is taken for the notes it was made for (else it saves nothing), and their author is read.
    prose = _prose_of(note)
    assert parse._plain_name_before_the_title(prose) == author
    assert parse_citation(Footnote(label="1", text=note, line=1)).citation.author == author


@pytest.mark.parametrize(
    "note",
    [
        "See Jane Smith, \u201cTitle\u201d, 2022",  # a signal before the name
        "Tab 12, \u201cTitle\u201d, 2022",  # an exhibit's label
        "Telegram, \u201cTitle\u201d, 2022",  # the platform alone
        "Spring 2022, \u201cTitle\u201d",  # a season and its year
        "Olaf Scholz Am 21, \u201cTitle\u201d",  # a day after the name
        "Jane Smith, \u201cTitle\u201d, @jsmith",  # a handle beside the name
    ],
)
def test_an_opening_that_may_be_more_than_a_name_is_left_to_the_whole_reading(note: str) -> None:
    prose = _prose_of(note)
    assert parse._plain_name_before_the_title(prose) is None


@pytest.mark.parametrize(
    "opening",
    [
        "A" + "a" * 100_000,  # one word that never ends
        "Aa " * 33_000,  # words past the three a plain name has
        "Desk " + "1" * 100_000,  # a number past four digits
        "Jane Smith" + " " * 100_000,  # spaces where the comma should be
    ],
)
def test_a_long_opening_is_read_in_linear_time(opening: str) -> None:
    # A hostile note of 100 kB: the short way's pattern tries each of its few words once.
    started = time.process_time()
    parse._leading_name(opening + ", \u201cTitle\u201d")
    assert time.process_time() - started < 1.0  # about 40 ms


# A note's one day and its end, as its words are once its link is taken out, and what may follow the day.
_DAYS = ["January 21, 2022", "21 January 2022", "May 3, 2021", "3 December 1999", "September 30, 2024"]
_ENDS = [*[".", ",", ""] * 3, ", ", ".  ", ", midnight UTC", " (Pacific time)", ", 14:05", "; Rybar", ":"]


@st.composite
def _notes_of_a_name_and_its_day(draw: st.DrawFn) -> str:
    return (
        draw(_openings([*[" "] * 8, "-", ". ", " / "]))
        + draw(st.sampled_from([*[", "] * 6, ",  ", " ", ": ", " - "]))
        + draw(st.sampled_from(["", "", "", *(f"{word}, " for word in _WORDS)]))
        + draw(st.sampled_from(_DAYS))
        + draw(st.sampled_from(_ENDS))
    )


@settings(max_examples=1500, deadline=None)
@given(_notes_of_a_name_and_its_day())
def test_a_plain_name_before_its_day_read_the_short_way_is_what_the_whole_reading_finds(note: str) -> None:
    # Read the short way wrongly, a platform, a label or a place was the note's author, or its name was lost.
    _assert_read_the_short_way_as_whole(note)


def _assert_read_the_short_way_as_whole(note: str) -> None:
    prose = _prose_of(note)
    short = parse._plain_name_before_its_day(prose)
    assert short is None or short[0] == parse._leading_name_read_whole(prose)


@pytest.mark.parametrize(
    "note",
    [
        "Interfax, January 22, 2022.",
        "Telegram, January 21, 2022,",
        "Truth Social, January 21, 2022.",
        "Rybar Telegram, 21 January 2022",
        "Rybar On Telegram, January 21, 2022.",
        "Rybar, Telegram, January 21, 2022,",
        "Haddad, Lina, January 21, 2022,",
        "Jane Smith, Reuters, January 21, 2022,",
        "Telegram, Rybar, January 21, 2022,",
        "Kyiv, January 21, 2022.",
        "Telegram, January 21, 2022, midnight UTC",
        "See Rybar, January 21, 2022.",
        "Spring, January 21, 2022.",
    ],
)
def test_a_name_before_its_day_that_the_short_way_may_misread_is_read_as_the_whole_reading_does(
    note: str,
) -> None:
    # A platform's word with others (`Rybar On Telegram`) or before a name (`Telegram, Rybar`), words after
    # the day (`midnight UTC`), a signal or a season: each of the short way's tests is needed for one.
    _assert_read_the_short_way_as_whole(note)


@pytest.mark.parametrize(
    ("note", "author"),
    [
        ("Interfax, January 22, 2022. https://interfax.example/a", "Interfax"),
        ("Telegram, January 21, 2022, https://t.me/rybar/5", None),
        ("Lina Haddad, 21 January 2022,", "Lina Haddad"),
        ("Rybar, Telegram, 21 January 2022, https://t.me/rybar/5", "Rybar"),
    ],
)
def test_a_name_and_its_day_alone_is_read_the_short_way(note: str, author: str | None) -> None:
    prose = _prose_of(note)
    assert parse._plain_name_before_its_day(prose) == (author,)
