"""The `title` check (`provenance.checks.title`): live pages, subtitles, titles a note gives unquoted."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from provenance.checks import CheckInput
from provenance.checks.title import check_title
from provenance.citations import parse_citation
from provenance.extractors import extract_source
from provenance.models import Footnote, Platform, SourcePost
from tests.extractors.support import answer

_LIVE_URL = "https://www.reuters.com/world/europe/live/russia-ukraine"


def _cited_on(note: str, shown: str, url: str = _LIVE_URL, **fields: str) -> CheckInput:
    """The note `note`, as parsed, citing a web page titled `shown` (its og:title) with `fields`."""
    footnote = Footnote(label="1", text=note, line=3)
    page = SourcePost(
        platform=Platform.WEB, url=url, publisher="Reuters", title=shown, fields=fields, text="Kyiv, March 3."
    )
    return CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, live=page, source=page
    )


@pytest.mark.parametrize(
    ("cited", "shown", "day"),
    [
        # Passed as a part of today's title: the page said nothing of the cited day's.
        ("Ukraine war live", "Ukraine war live: 5 March 2022 - BBC News", "March 5, 2022"),
        (
            "Russia-Ukraine war: live updates",
            "Russia-Ukraine war: live updates, March 5 | Reuters",
            "March 5",
        ),
        # Warned as another title, the numbers differing: the note got nothing wrong.
        (
            "Russia-Ukraine war live: March 3, 2022",
            "Russia-Ukraine war live: March 5, 2022 | Reuters",
            "March 5, 2022",
        ),
        ("Ukraine war live", "Ukraine war live: 2022-03-05 - BBC News", "March 5, 2022"),
    ],
)
def test_title_of_a_live_page_whose_title_now_carries_another_day_warns_saying_so(
    cited: str, shown: str, day: str
) -> None:
    result = check_title(_cited_on(f"\u201c{cited},\u201d Reuters, March 3, 2022, {_LIVE_URL}", shown))
    assert result.status == "warn", result.detail
    assert (
        f"a live page whose title, {shown!r}, now carries {day}, not the note's day 2022-03-03"
        in result.detail
    )
    assert "neither confirmed nor contradicted" in result.detail


def test_title_of_a_live_page_of_the_note_s_day_passes_with_or_without_that_day() -> None:
    note = f"\u201cRussia-Ukraine war: live updates,\u201d Reuters, March 3, 2022, {_LIVE_URL}"
    for shown in [
        "Russia-Ukraine war: live updates, March 3 | Reuters",  # warned as only part of the title
        "Russia-Ukraine war: live updates | Reuters",  # no day: compared as any title is
    ]:
        result = check_title(_cited_on(note, shown))
        assert result.status == "pass", (shown, result.detail)
    dated = f"\u201cRussia-Ukraine war live: March 3, 2022,\u201d Reuters, March 3, 2022, {_LIVE_URL}"
    assert check_title(_cited_on(dated, "Russia-Ukraine war live: March 3, 2022 | Reuters")).status == "pass"
    # Another title on the live page of the day is still another title.
    other = check_title(_cited_on(note, "Bridge destroyed in overnight strike, March 3 | Reuters"))
    assert other.status == "warn" and "live page" not in other.detail


def test_title_naming_another_day_on_a_page_that_is_no_live_page_is_compared_as_before() -> None:
    note = f"\u201cBridge destroyed on March 1,\u201d Reuters, March 3, 2022, {_LIVE_URL}"
    assert check_title(_cited_on(note, "Bridge destroyed on March 1 | Reuters")).status == "pass"
    result = check_title(_cited_on(note, "Bridge destroyed on March 2 | Reuters"))
    assert result.status == "warn" and "live page" not in result.detail


_ATLANTIC = "https://www.theatlantic.com/ideas/archive/2022/03/bridge/1"
_DECK = "Kyiv's main crossing fell in one night. What we know about the strike, and what comes next."


def _atlantic(cited: str, title: str, description: str = _DECK) -> CheckInput:
    note = f"Anne Applebaum, \u201c{cited},\u201d The Atlantic, March 3, 2022, {_ATLANTIC}"
    return _cited_on(note, title, _ATLANTIC, **{"og:description": description})


def test_title_and_subtitle_after_a_colon_pass_where_the_page_shows_the_subtitle_apart() -> None:
    # Chicago's "Title: Subtitle", the page's title the headline alone: it warned as another title.
    cited, shown = "The Bridge Is Gone: What We Know About the Strike", "The Bridge Is Gone - The Atlantic"
    result = check_title(_atlantic(cited, shown))
    assert result.status == "pass", result.detail
    assert "beside it is the page's description" in result.detail
    # A label before the headline passes where one of the page's titles gives it.
    labelled = _cited_on(
        f"\u201cUkraine war: Kyiv bridge reopens,\u201d The Atlantic, March 3, 2022, {_ATLANTIC}",
        "Kyiv bridge reopens - The Atlantic",
        _ATLANTIC,
        title="Kyiv bridge reopens | Ukraine war | The Atlantic",  # its <title>
    )
    assert check_title(labelled).status == "pass"


def test_a_label_before_the_colon_that_only_the_page_s_text_says_is_no_part_of_its_title() -> None:
    # The page's menu offers "Fact check" and its description speaks of the war: neither labels this page.
    for cited in ["Fact check: Kyiv bridge reopens", "Ukraine war: Kyiv bridge reopens"]:
        note = f"\u201c{cited},\u201d The Atlantic, March 3, 2022, {_ATLANTIC}"
        footnote = Footnote(label="1", text=note, line=3)
        page = SourcePost(
            platform=Platform.WEB,
            url=_ATLANTIC,
            publisher="The Atlantic",
            title="Kyiv bridge reopens - The Atlantic",
            fields={"og:description": "The Ukraine war goes on."},
            text="Home Politics Fact check Ideas. Kyiv bridge reopens.",
        )
        given = CheckInput(
            footnote=footnote,
            citation=parse_citation(footnote).citation,
            outcome=None,
            live=page,
            source=page,
        )
        result = check_title(given)
        assert result.status == "warn", (cited, result.detail)
        assert f"which leaves out {cited.split(':')[0]!r}: compare by hand" in result.detail


def test_title_and_a_subtitle_the_page_does_not_show_warns_naming_what_it_leaves_out() -> None:
    result = check_title(
        _atlantic("The Bridge Is Gone: Russia Denies Any Role", "The Bridge Is Gone - The Atlantic")
    )
    assert result.status == "warn"
    assert "which leaves out 'Russia Denies Any Role' (a subtitle the page does not show?)" in result.detail
    # A word alone beside the title is not looked for elsewhere: a speaker or a verdict the title leaves out.
    for cited in ["Kremlin: Bridge destroyed", "Fact check: Bridge destroyed", "Bridge destroyed: false"]:
        result = check_title(
            _atlantic(cited, "Bridge destroyed - The Atlantic", "The Kremlin said it was false.")
        )
        assert result.status == "warn", (cited, result.detail)
    # Neither half the page's title: another title, as before.
    other = check_title(_atlantic("Bridge destroyed: What we know", "Bridge not destroyed - The Atlantic"))
    assert other.status == "warn" and "the source's title is 'Bridge not destroyed" in other.detail


def test_title_cited_without_the_subtitle_the_page_s_title_gives_after_its_colon_passes() -> None:
    shown = "Bridge destroyed in overnight strike: What we know | Reuters"
    result = check_title(_atlantic("Bridge destroyed in overnight strike", shown))
    assert result.status == "pass", result.detail


_BBC = "https://www.bbc.com/news/world-europe-60600001"
_KHERSON = "Kherson: the city after the retreat - BBC News"


def _bbc(
    note: str, title: str = _KHERSON, text: str = "Kherson, March 3.", publisher: str = "BBC News"
) -> CheckInput:
    footnote = Footnote(label="1", text=note, line=3)
    page = SourcePost(platform=Platform.WEB, url=_BBC, publisher=publisher, title=title, text=text)
    return CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, live=page, source=page
    )


@pytest.mark.parametrize(
    "note",
    [
        f"Smith, J. (2022, March 3). Mariupol. BBC News. {_BBC}",  # APA
        f"Smith, John. Mariupol. BBC News, March 3, 2022, {_BBC}",  # Chicago, unquoted
        f"John Smith, Mariupol, BBC News (Mar. 3, 2022), {_BBC}",  # Bluebook
        f"BBC News, Mariupol, March 3, 2022, {_BBC}",  # news-style
    ],
)
def test_title_of_a_word_or_two_a_note_gives_unquoted_beside_the_outlet_is_compared(note: str) -> None:
    # Each was `skip`, "the citation gives no title", and verified on a page of another headline.
    result = check_title(_bbc(note))
    assert result.status == "warn", result.detail
    assert result.detail.startswith(
        "the note's unquoted words 'Mariupol' read as its title: cited 'Mariupol';"
    )
    assert check_title(_bbc(note, "Mariupol - BBC News")).status == "pass"


def test_title_a_news_style_note_gives_after_the_outlet_is_compared() -> None:
    note = f"Reuters, Explainer, March 3, 2022, {_BBC}"
    shown = "Explainer: What is SWIFT and why does it matter? | Reuters"
    result = check_title(_bbc(note, shown, publisher="Reuters"))
    assert result.status == "warn" and "'Explainer' is only part of the page's title" in result.detail
    long = f"BBC News, What is SWIFT and why it matters, March 3, 2022, {_BBC}"
    assert check_title(_bbc(long)).status == "warn"


@pytest.mark.parametrize(
    "note",
    [
        f"John Smith, BBC News, March 3, 2022, {_BBC}",
        f"BBC News, World, March 3, 2022, {_BBC}",  # a section
        f"Ivan Ivanov, Deputy Minister, BBC News, March 3, 2022, {_BBC}",  # an office
        f"Ministry of Defence of Ukraine, Statement, March 3, 2022, {_BBC}",
        f"John Smith, The Kyiv Independent, March 3, 2022, {_BBC}",  # an outlet the page does not name
        f"BBC News, Kherson, March 3, 2022, {_BBC}",  # the dateline the page's text opens with
    ],
)
def test_a_name_an_office_a_section_or_a_dateline_beside_the_outlet_is_no_unquoted_title(note: str) -> None:
    result = check_title(_bbc(note, "Bridge destroyed - BBC News", "KHERSON, March 3 - The bridge fell."))
    assert (result.status, result.detail) == ("skip", "the citation gives no title"), result.detail


def test_a_hostile_title_or_note_of_100_kb_is_read_in_its_bounds() -> None:
    live = "Ukraine war live: " + "March 5, " * 12_000
    assert (
        check_title(
            _cited_on(f"\u201cUkraine war live,\u201d Reuters, March 3, 2022, {_LIVE_URL}", live)
        ).status
        == "warn"
    )
    colons = "Bridge: " * 12_000
    assert check_title(_atlantic(colons, "Bridge - The Atlantic")).status in ("pass", "warn")
    note = "Smith, J. (2022, March 3). " + "Mariupol. " * 10_000 + f"BBC News. {_BBC}"
    assert check_title(_bbc(note)).status in ("skip", "warn")


def test_a_cited_title_of_three_colons_or_more_is_not_read_as_a_title_and_its_subtitle() -> None:
    # Each half was compared as a title in turn, its own colons too: hundreds of them took a second.
    cited = "The Bridge Is Gone: What We Know: Day 8: Latest"
    result = check_title(_atlantic(cited, "The Bridge Is Gone - The Atlantic", "What We Know: Day 8: Latest"))
    assert result.status == "warn" and "the source's title is 'The Bridge Is Gone" in result.detail
    two = check_title(
        _atlantic(
            "The Bridge Is Gone: What We Know: Day 8",
            "The Bridge Is Gone - The Atlantic",
            "What We Know: Day 8",
        )
    )
    assert two.status == "pass", two.detail


_NYT = "https://www.nytimes.com/2022/03/03/world/europe/bridge.html"


def test_the_outlet_s_name_a_note_gives_is_not_its_unquoted_title_where_the_page_names_no_site() -> None:
    # The page names no site (no publisher, no og:site_name; its host `nytimes`): the outlet's name, the
    # last part of its title, passed as the note's title.
    footnote = Footnote(label="1", text=f"John Smith, The New York Times, March 3, 2022, {_NYT}", line=3)
    page = SourcePost(
        platform=Platform.WEB, url=_NYT, title="Bridge destroyed - The New York Times", text="x"
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, live=page, source=page
    )
    assert (check_title(given).status, check_title(given).detail) == ("skip", "the citation gives no title")
    # A title before it is still read, and shown without the outlet's name.
    footnote = Footnote(
        label="1", text=f"John Smith, Bridge destroyed, The New York Times, March 3, 2022, {_NYT}", line=3
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, live=page, source=page
    )
    result = check_title(given)
    assert result.status == "pass"
    assert result.detail.startswith("the note's unquoted words 'Bridge destroyed' read as its title"), (
        result.detail
    )


def test_a_title_cited_with_a_colon_where_the_page_s_title_has_a_dash_passes() -> None:
    # Chicago joins a title and its subtitle with a colon: it warned as another title (83%).
    cited = "Zelensky\u2019s Address to Congress: Full Transcript"
    shown = "Zelenskiy\u2019s address to Congress \u2013 full transcript | The Guardian"
    result = check_title(_atlantic(cited, shown, "He spoke for 20 minutes."))
    assert result.status == "pass", result.detail
    assert "'Full Transcript' beside it is the page's title" in result.detail


_GUARDIAN = "https://www.theguardian.com/world/2022/mar/03/convoy"
_CONVOY = "Ukraine\u2019s defenders dig in as Russian convoy stalls | Ukraine | The Guardian"


def _guardian(note: str) -> CheckInput:
    footnote = Footnote(label="1", text=note, line=3)
    page = SourcePost(
        platform=Platform.WEB, url=_GUARDIAN, publisher="The Guardian", title=_CONVOY, text="Kyiv"
    )
    return CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, live=page, source=page
    )


@pytest.mark.parametrize(
    ("style", "cited", "own"),
    [
        # APA: a headline holding a language's name was read as the note saying the source's language.
        (
            "Smith, J. (2022, March 3). {}. The Guardian. " + _GUARDIAN,
            "Russian convoy breaks through",
            "Ukraine\u2019s defenders dig in as Russian convoy stalls",
        ),
        # Bluebook: the outlet without its "The".
        (
            "John Smith, {}, Guardian (Mar. 3, 2022), " + _GUARDIAN + ".",
            "Russian Convoy Breaks Through",
            "Ukraine\u2019s Defenders Dig In as Russian Convoy Stalls",
        ),
    ],
)
def test_an_unquoted_headline_naming_a_language_or_before_the_outlet_without_its_the_is_compared(
    style: str, cited: str, own: str
) -> None:
    # Each was `skip`, "the citation gives no title", and verified on a page of another headline.
    result = check_title(_guardian(style.format(cited)))
    assert result.status == "warn", result.detail
    assert result.detail.startswith(f"the note's unquoted words {cited!r} read as its title: cited "), (
        result.detail
    )
    assert check_title(_guardian(style.format(own))).status == "pass"


def test_a_note_naming_the_source_s_language_gives_no_unquoted_title() -> None:
    for note in [
        f"The Guardian (in Russian), March 3, 2022, {_GUARDIAN}",
        f"The Guardian, Russian edition, March 3, 2022, {_GUARDIAN}",
    ]:
        result = check_title(_guardian(note))
        assert (result.status, result.detail) == ("skip", "the citation gives no title"), note


def test_another_title_on_a_live_page_says_its_title_changes_as_it_is_updated() -> None:
    cited = "Russia-Ukraine war live: Kyiv braces for assault as convoy nears"
    note = f"\u201c{cited},\u201d Reuters, March 3, 2022, {_LIVE_URL}"
    shown = "Russia-Ukraine war live: Zelenskiy says Ukraine will not give up territory | Reuters"
    result = check_title(_cited_on(note, shown))
    assert result.status == "warn"
    assert result.detail.endswith(
        ": a live page, whose title changes as it is updated; compare a copy of the note's day"
    )
    # Not said of a page that is no live page.
    other = check_title(_cited_on(note.replace(" live:", ":"), shown.replace(" live:", ":")))
    assert other.status == "warn" and "live page" not in other.detail


def test_a_subtitle_of_two_words_is_not_read_from_the_page_s_menu() -> None:
    # "Fact check" in the page's menu, its opening text, passed as the subtitle the note gives.
    text = "Home Politics Fact check Ideas. Kyiv bridge reopens after repairs, officials said on Thursday."
    for subtitle, status in [("Fact check", "warn"), ("Officials said on Thursday", "pass")]:
        note = f"\u201cKyiv bridge reopens: {subtitle},\u201d The Atlantic, March 3, 2022, {_ATLANTIC}"
        footnote = Footnote(label="1", text=note, line=3)
        page = SourcePost(
            platform=Platform.WEB, url=_ATLANTIC, title="Kyiv bridge reopens - The Atlantic", text=text
        )
        given = CheckInput(
            footnote=footnote,
            citation=parse_citation(footnote).citation,
            outcome=None,
            live=page,
            source=page,
        )
        assert check_title(given).status == status, (subtitle, check_title(given).detail)


_PUTIN_MET_ONLINE = (  # Putin held an online meeting
    "\u041f\u0443\u0442\u0438\u043d \u043f\u0440\u043e\u0432\u0435\u043b "
    "\u043e\u043d\u043b\u0430\u0439\u043d-\u0441\u043e\u0432\u0435\u0449\u0430\u043d\u0438\u0435"
)


@pytest.mark.parametrize("headline", ["Kyiv residents live in fear as convoy nears", _PUTIN_MET_ONLINE])
def test_a_title_that_says_live_or_online_in_its_words_is_no_live_page(headline: str) -> None:
    # Each was read as a live page of another day than the note's, the title's part its own headline.
    shown = f"{headline} - March 1, 2022 | Reuters"
    result = check_title(_cited_on(f"\u201c{headline},\u201d Reuters, March 3, 2022, {_LIVE_URL}", shown))
    assert result.status == "pass", result.detail


def test_a_detail_quotes_a_hostile_cited_title_of_100_kb_only_in_part() -> None:
    cited = "Bridge " * 15_000
    result = check_title(
        _cited_on(f"\u201c{cited},\u201d Reuters, March 3, 2022, {_LIVE_URL}", "Kyiv | Reuters")
    )
    assert result.status == "warn"
    assert len(result.detail) < 1_000, len(result.detail)


def test_an_unquoted_title_before_the_outlet_without_its_the_is_shown_without_the_outlet() -> None:
    own = "Ukraine\u2019s Defenders Dig In as Russian Convoy Stalls"
    result = check_title(_guardian(f"John Smith, {own}, Guardian (Mar. 3, 2022), {_GUARDIAN}."))
    assert result.status == "pass"
    # It read "…, Guardian" as the note's title.
    assert result.detail.startswith(f"the note's unquoted words {own!r} read as its title"), result.detail


_RG = "https://rg.example/2023/05/03/most.html"


def test_a_title_the_parser_read_unquoted_is_compared_where_the_note_s_words_name_no_outlet_it_knows() -> (
    None
):
    # "Rossiyskaya gazeta" reads as no name and the page names no site: the note gave no title the check could
    # find, `skip`, and it was verified whatever headline the page had.
    note = f"Petrov, Pavel. Bridge destroyed in overnight strike. Rossiyskaya gazeta, 3 May 2023, {_RG}"
    footnote = Footnote(label="1", text=note, line=3)
    citation = parse_citation(footnote).citation
    for shown, status in [("Crimean bridge reopened to traffic", "warn"), (citation.title, "pass")]:
        page = SourcePost(platform=Platform.WEB, url=_RG, title=shown, text="x")
        result = check_title(
            CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)
        )
        assert result.status == status, result.detail
        assert result.detail.startswith(
            "the note's unquoted words 'Bridge destroyed in overnight strike' read as its title: "
        )


def test_a_post_s_words_a_note_gives_unquoted_are_compared_with_its_opening() -> None:
    # A post has no title: the note's unquoted words in a title's place are the post's words. They were never
    # compared (`skip`): the note was verified whatever words it gave.
    url = "https://t.me/rybar/12345"
    note = f"Ivanov, Ivan. Bridge destroyed in overnight strike. Rybar, 3 May 2023, {url}"
    footnote = Footnote(label="1", text=note, line=3)
    citation = parse_citation(footnote).citation
    for text, status in [
        ("The bridge still stands.", "warn"),
        ("Bridge destroyed in overnight strike. Officials confirmed it.", "pass"),
    ]:
        post = SourcePost(platform=Platform.TELEGRAM, url=url, text=text)
        result = check_title(CheckInput(footnote=footnote, citation=citation, outcome=None, source=post))
        assert result.status == status, result.detail
        assert result.detail.startswith(
            "the note's unquoted words 'Bridge destroyed in overnight strike' read as the post's opening: "
        )


_TASS = "https://tass.com/world/1234567"


@pytest.mark.parametrize(
    "note",
    [
        f"TASS, Moscow, 3 May 2023, {_TASS}",
        f"Ivan Ivanov, TASS, Moscow, May 3, 2023, {_TASS}",
        f"Reuters, Kyiv, March 3, 2022, {_TASS}",
        f"Reuters, St. Petersburg, March 3, 2022, {_TASS}",
    ],
)
def test_the_dateline_a_news_agency_s_note_gives_after_its_name_is_no_unquoted_title(note: str) -> None:
    # The page's text does not open with the dateline: "Moscow" was read as the note's title and warned
    # against the headline on a true note.
    footnote = Footnote(label="1", text=note, line=3)
    page = SourcePost(
        platform=Platform.WEB,
        url=_TASS,
        publisher="Reuters" if "Reuters" in note else "TASS",
        title="Bridge destroyed in overnight strike",
        text="The bridge over the river was destroyed overnight.",
    )
    result = check_title(
        CheckInput(
            footnote=footnote,
            citation=parse_citation(footnote).citation,
            outcome=None,
            live=page,
            source=page,
        )
    )
    assert (result.status, result.detail) == ("skip", "the citation gives no title"), result.detail


def test_a_place_after_an_outlet_that_is_no_news_agency_is_still_compared_as_a_title() -> None:
    # Only an agency's note gives its dateline so: "BBC News, Mariupol" may be the headline "Mariupol".
    result = check_title(_bbc(f"BBC News, Kyiv, March 3, 2022, {_BBC}", "Bridge destroyed - BBC News"))
    assert result.status == "warn" and result.detail.startswith("the note's unquoted words 'Kyiv'"), (
        result.detail
    )


@pytest.mark.parametrize(
    ("note", "url", "outlet"),
    [
        (f"John Smith, Bridge Destroyed, N.Y. Times (Mar. 3, 2022), {_NYT}", _NYT, "The New York Times"),
        (
            "John Smith, Bridge Destroyed, Wash. Post (Mar. 3, 2022), https://www.washingtonpost.com/world/b/",
            "https://www.washingtonpost.com/world/b/",
            "The Washington Post",
        ),
    ],
)
def test_a_title_before_a_bluebook_abbreviated_outlet_is_compared(note: str, url: str, outlet: str) -> None:
    # `N.Y. Times` was no name of the site's (`nytimes`), `Wash. Post` two pieces: the note's title was never
    # read, `skip`, and the note verified whatever headline the page had.
    footnote = Footnote(label="1", text=note, line=3)
    citation = parse_citation(footnote).citation
    for headline, status in [("Kyiv mayor speaks", "warn"), ("Bridge destroyed", "pass")]:
        page = SourcePost(platform=Platform.WEB, url=url, title=f"{headline} - {outlet}", text="x")
        result = check_title(
            CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)
        )
        assert result.status == status, result.detail
        assert result.detail.startswith("the note's unquoted words 'Bridge Destroyed' read as its title")
    # The outlet alone is still no title.
    alone = Footnote(label="1", text=note.replace("Bridge Destroyed, ", ""), line=3)
    page = SourcePost(platform=Platform.WEB, url=url, title=f"Kyiv mayor speaks - {outlet}", text="x")
    given = CheckInput(
        footnote=alone, citation=parse_citation(alone).citation, outcome=None, live=page, source=page
    )
    assert check_title(given).detail == "the citation gives no title"


@pytest.mark.parametrize(
    "cited",
    ["Russia-Ukraine war live: Day 8 of the invasion", "Russia-Ukraine war live: Zelenskiy speaks on day 8"],
)
def test_a_live_page_whose_title_now_counts_another_day_warns_saying_so(cited: str) -> None:
    # It warned that the cited "Day 8 …" was a subtitle the page's title leaves out: no word of the live page.
    shown = cited.replace("8", "9") + " | The Guardian"
    result = check_title(_cited_on(f"\u201c{cited},\u201d The Guardian, March 3, 2022, {_LIVE_URL}", shown))
    assert result.status == "warn", result.detail
    assert f"a live page whose title, {shown!r}, now carries" in result.detail
    assert "neither confirmed nor contradicted" in result.detail
    same = check_title(_cited_on(f"\u201c{cited},\u201d The Guardian, March 3, 2022, {_LIVE_URL}", cited))
    assert same.status == "pass", same.detail


def test_a_post_s_words_the_parser_read_unquoted_are_not_compared_with_the_title_of_its_platform_s_page() -> (
    None
):
    # APA gives a post's opening words in a title's place; a platform's page title ("Rybar | Facebook") is
    # no headline of them: only a web page's article is compared on the parser's unquoted title.
    url = "https://www.facebook.com/rybar/posts/123456"
    footnote = Footnote(label="1", text=f"see the post, {url}", line=3)
    page = SourcePost(
        platform=Platform.FACEBOOK, url=url, title="Rybar | Facebook", text="The bridge is ours."
    )
    # Compared with the post's opening, it passes.
    for platform, status in [(Platform.FACEBOOK, "pass"), (Platform.WEB, "warn")]:
        citation = parse_citation(footnote).citation.model_copy(
            update={"platform": platform, "title": "The bridge is ours", "title_quoted": False}
        )
        result = check_title(
            CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)
        )
        assert result.status == status, result.detail


_COUNTED_URL = "https://www.aljazeera.com/news/liveblog/2022/12/20/russia-ukraine-live"
_COUNTED = "Russia-Ukraine war: day 300 \u2014 live | Al Jazeera"


def _counted(cited: str, shown: str = _COUNTED) -> CheckInput:
    note = f"\u201c{cited},\u201d Al Jazeera, December 20, 2022, {_COUNTED_URL}"
    return _cited_on(note, shown, _COUNTED_URL)


@pytest.mark.parametrize("cited", ["Russia-Ukraine war live", "Russia-Ukraine war \u2014 live"])
def test_a_live_page_s_title_cited_without_its_count_of_days_passes_naming_the_count(cited: str) -> None:
    # It warned as another title ("one says 'live', the other does not"): the count is today's, the note's
    # title the page's but for it.
    result = check_title(_counted(cited))
    assert result.status == "pass", result.detail
    assert f"matches {_COUNTED!r}, a live page's title, its count of days 'day 300' aside" in result.detail
    # Another headline without the count is still another title.
    other = check_title(_counted("Bridge destroyed \u2014 live"))
    assert other.status == "warn" and "the source's title is" in other.detail


def test_a_live_page_s_count_of_days_in_thousands_is_read_whole() -> None:
    # "day 1,000" was read as day 1: a cited "day 1" passed as the part beside the page's title.
    shown = "Russia-Ukraine war live: day 1,000 | Reuters"
    result = check_title(_counted("Russia-Ukraine war live: day 1", shown))
    assert result.status == "warn", result.detail
    assert "now carries 'day 1,000', not the cited 'day 1'" in result.detail
    assert check_title(_counted("Russia-Ukraine war live: day 1,000", shown)).status == "pass"
    hostile = "Russia-Ukraine war live: day " + "1,000," * 20_000
    assert check_title(_counted("Russia-Ukraine war live: day 1", hostile)).status == "warn"


def test_a_subtitle_that_ends_in_a_number_is_not_found_in_a_longer_number_on_the_page() -> None:
    # "deaths rise to 1" passed as the subtitle the description gives, "Deaths rise to 1,000 …".
    result = check_title(_atlantic("Kyiv strike: deaths rise to 1", "Kyiv strike - The Atlantic", _DEATHS))
    assert result.status == "warn", result.detail
    assert "which leaves out 'deaths rise to 1'" in result.detail
    same = check_title(_atlantic("Kyiv strike: deaths rise to 1,000", "Kyiv strike - The Atlantic", _DEATHS))
    assert same.status == "pass", same.detail


_DEATHS = "Deaths rise to 1,000 as rescuers search the rubble."


_FACEBOOK_POST = "https://www.facebook.com/zelenskyy.official/posts/pfbid02abcDEF123"
_FACEBOOK_TEXT = "The bridge is ours. Glory to Ukraine! We will rebuild everything the enemy has destroyed."


def _apa_facebook(words: str, text: str = _FACEBOOK_TEXT) -> CheckInput:
    """An APA note of a Facebook post giving `words` in its title's place, its post's text `text`."""
    note = f"Zelenskyy, V. (2022, January 21). {words}. Facebook. {_FACEBOOK_POST}"
    footnote = Footnote(label="1", text=note, line=3)
    post = SourcePost(
        platform=Platform.FACEBOOK,
        url=_FACEBOOK_POST,
        title="Volodymyr Zelenskyy | The bridge is ours. Glory to Ukraine! We will rebuild... | Facebook",
        text=text,
    )
    citation = parse_citation(footnote).citation
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)


def test_an_apa_note_s_status_update_is_read_as_the_post_s_opening_words_and_its_description() -> None:
    # Its words warned as "only part of the page's title", the platform's; "[Status update]" alone warned
    # that 'Status update' was not the post's title; words the post does not open with were `skip`.
    result = check_title(_apa_facebook("The bridge is ours. Glory to Ukraine! [Status update]"))
    assert result.status == "pass", result.detail
    assert result.detail.startswith(
        "the note's unquoted words 'The bridge is ours' read as the post's opening"
    )
    alone = check_title(_apa_facebook("[Status update]"))
    assert (alone.status, alone.detail) == ("skip", "the citation gives no title")
    other = check_title(_apa_facebook("The bridge is gone [Status update]"))
    assert other.status == "warn", other.detail
    assert "cited 'The bridge is gone'" in other.detail
    # Its page's title alone, where the post's text was not read: compared, not verified unseen.
    unread = check_title(_apa_facebook("The bridge is ours [Status update]", text=""))
    assert unread.status == "warn" and "only part of the page's title" in unread.detail


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("Ukraine\u2014the bridge is gone", "Ukraine \u2013 the bridge is gone | The Atlantic"),
        ("Ukraine \u2013 the bridge is gone", "Ukraine\u2014the bridge is gone | The Atlantic"),
    ],
)
def test_a_title_with_an_unspaced_em_dash_is_the_title_with_a_spaced_one(cited: str, shown: str) -> None:
    # American style's unspaced em dash, British style's spaced en dash: it warned as another title (82%).
    assert check_title(_atlantic(cited, shown)).status == "pass"
    other = check_title(_atlantic(cited.replace("Ukraine", "Russia"), shown))
    assert other.status == "warn", other.detail


_TASS_TITLE = "Мост разрушен ночным ударом"


@pytest.mark.parametrize(
    "cited",
    [
        f"{_TASS_TITLE} [Bridge destroyed in overnight strike]",  # APA's, MLA's and Chicago's way
        f"{_TASS_TITLE} (Bridge destroyed in overnight strike)",
        f"Bridge destroyed in overnight strike [{_TASS_TITLE}]",  # the translation first
        "Die Br\u00fccke ist zerst\u00f6rt [The bridge has been destroyed]",
    ],
)
def test_a_title_given_with_its_translation_in_brackets_passes_on_the_original(cited: str) -> None:
    # It warned as another title, "a translation?", the cited title being both.
    shown = "Die Br\u00fccke ist zerst\u00f6rt | DW" if "Br\u00fccke" in cited else f"{_TASS_TITLE} | TASS"
    result = check_title(_cited_on(f"\u201c{cited},\u201d TASS, March 3, 2022, {_TASS}", shown, _TASS))
    assert result.status == "pass", result.detail
    assert "beside it in brackets, in another script or language, is read as its translation" in result.detail


def test_a_title_with_a_bracketed_translation_whose_original_is_another_title_still_warns() -> None:
    cited = "Мост цел [Bridge destroyed in overnight strike]"  # "the bridge is intact"
    result = check_title(
        _cited_on(f"\u201c{cited},\u201d TASS, March 3, 2022, {_TASS}", f"{_TASS_TITLE} | TASS")
    )
    assert result.status == "warn", result.detail
    # Words in brackets in the title's own language are no translation: compared as before.
    video = check_title(
        _cited_on("\u201cBridge destroyed (video),\u201d TASS, March 3, 2022", "Bridge destroyed")
    )
    assert "translation" not in video.detail
    hostile = "(" * 50_000 + _TASS_TITLE + " [" + "a " * 20_000 + "]"
    assert check_title(_cited_on(f"\u201c{hostile},\u201d TASS", f"{_TASS_TITLE} | TASS")).status == "warn"


_STRIKE = "Bridge destroyed in overnight strike"


@pytest.mark.parametrize(
    "shown",
    [
        f"UPDATE 2-{_STRIKE} | Reuters",  # a wire story's tag, as Reuters writes it
        f"EXCLUSIVE-{_STRIKE} | Reuters",
        f"{_STRIKE} (VIDEO) - Meduza",
        f"{_STRIKE} [UPDATED] | Reuters",
        f"{_STRIKE} (\u0444\u043e\u0442\u043e)",
    ],
)
def test_a_headline_cited_without_the_wire_tag_or_bracketed_label_the_page_adds_passes(shown: str) -> None:
    # Each warned "only part of the page's title", where "Exclusive: …" and "… - video" passed.
    result = check_title(_cited_on(f"\u201c{_STRIKE},\u201d Reuters, March 3, 2022, {_TASS}", shown, _TASS))
    assert result.status == "pass", result.detail
    other = check_title(
        _cited_on(f"\u201cBridge reopened,\u201d Reuters, March 3, 2022, {_TASS}", shown, _TASS)
    )
    assert other.status == "warn", other.detail


@pytest.mark.parametrize(
    "shown",
    [f"CORRECTED-{_STRIKE} | Reuters", f"{_STRIKE} (Kremlin) | Reuters", f"{_STRIKE} (VIDEO) of 2020"],
)
def test_a_correction_s_tag_or_a_bracket_that_is_no_label_still_leaves_the_cited_title_only_part(
    shown: str,
) -> None:
    result = check_title(_cited_on(f"\u201c{_STRIKE},\u201d Reuters, March 3, 2022, {_TASS}", shown, _TASS))
    assert result.status == "warn", result.detail


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("Most razrushen nochnym udarom", f"{_TASS_TITLE} | Известия"),  # Chicago's romanised Russian
        ("Most razrushen nochnym udarom [Bridge destroyed in overnight strike]", f"{_TASS_TITLE} | Известия"),
        ("Ukraïna vidnovyt\u02b9 mist", "Україна відновить міст | Українська правда"),  # ALA-LC's Ukrainian
    ],
)
def test_a_title_romanised_from_the_source_s_script_passes(cited: str, shown: str) -> None:
    # It warned as another title, "a translation?".
    result = check_title(_cited_on(f"\u201c{cited},\u201d TASS, March 3, 2022, {_TASS}", shown, _TASS))
    assert result.status == "pass", result.detail
    assert "written in Latin letters" in result.detail


@pytest.mark.parametrize(
    "cited", ["Most ne razrushen nochnym udarom", "Most vosstanovlen", "Bridge destroyed"]
)
def test_a_romanised_title_of_other_words_still_warns(cited: str) -> None:
    shown = f"{_TASS_TITLE} | Известия"
    result = check_title(_cited_on(f"\u201c{cited},\u201d TASS, March 3, 2022, {_TASS}", shown, _TASS))
    assert result.status == "warn", result.detail


_X_POST = "https://x.com/rybar/status/1499000000000000000"


def _x_post_titled(cited: str, text: str) -> CheckInput:
    """A Chicago note quoting `cited` as an X post's title, the post's text `text`."""
    footnote = Footnote(
        label="1", text=f"Rybar (@rybar), \u201c{cited},\u201d X, March 3, 2022, {_X_POST}", line=3
    )
    post = SourcePost(platform=Platform.TWITTER, url=_X_POST, author="Rybar", handle="rybar", text=text)
    return CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, source=post
    )


@pytest.mark.parametrize(
    "text",
    [
        f"{_STRIKE} #Ukraine https://t.co/AbCdEf1234",  # its hashtag and its media's link
        f"{_STRIKE} #Ukraine #Kyiv",
        f"{_STRIKE} \U0001f447 https://t.co/AbCdEf1234",
        f"{_STRIKE}:\nhttps://t.co/AbCdEf1234",
        f"{_STRIKE} (video)",
        f"@kyivindependent {_STRIKE}",  # a reply, addressed
        f"1/ {_STRIKE}. A thread",
        f"{_STRIKE} 1/5",
    ],
)
def test_a_post_s_opening_passes_without_its_links_hashtags_and_thread_marks(text: str) -> None:
    # Each warned "only part of the post's opening".
    result = check_title(_x_post_titled(_STRIKE, text))
    assert result.status == "pass", result.detail


@pytest.mark.parametrize(
    "text",
    [
        f"{_STRIKE} #fake https://t.co/AbCdEf1234",  # a hashtag that judges it
        f"{_STRIKE} #FakeNews",
        f"{_STRIKE}? No. https://t.co/AbCdEf1234",
        f"{_STRIKE} \U0001f921",  # an emoji that mocks it
        f"@rybar {_STRIKE}? Lies.",
    ],
)
def test_a_post_s_opening_its_tail_judges_still_warns(text: str) -> None:
    result = check_title(_x_post_titled(_STRIKE, text))
    assert result.status == "warn", result.detail


def test_a_post_s_opening_cited_with_its_hashtag_passes_without_its_link() -> None:
    result = check_title(_x_post_titled(f"{_STRIKE} #Ukraine", f"{_STRIKE} #Ukraine https://t.co/AbCdEf1234"))
    assert result.status == "pass", result.detail


@pytest.mark.parametrize(
    ("cited", "tag"),
    [
        (f"{_STRIKE} - BBC News", f"{_STRIKE} - BBC News"),  # the browser tab's title, copied
        (f"{_STRIKE} - BBC News", None),
        (f"{_STRIKE} | BBC", None),  # the host's name
        (f"{_STRIKE} (BBC News)", None),
    ],
)
def test_a_headline_cited_with_the_site_s_name_passes_where_the_og_title_is_the_headline_alone(
    cited: str, tag: str | None
) -> None:
    # It warned as another title ("one says 'bbc'"), or as only the page's <title>.
    url = "https://www.bbc.com/news/world-europe-60600000"
    fields = {"title": tag} if tag else {}
    note = f"\u201c{cited},\u201d BBC News, March 3, 2022, {url}"
    footnote = Footnote(label="1", text=note, line=3)
    page = SourcePost(
        platform=Platform.WEB, url=url, publisher="BBC News", title=_STRIKE, fields=fields, text="x"
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, source=page
    )
    result = check_title(given)
    assert result.status == "pass", result.detail
    assert "beside it is the site's name" in result.detail


def test_a_headline_cited_with_another_outlet_s_name_or_an_edited_headline_still_warns() -> None:
    url = "https://www.bbc.com/news/world-europe-60600000"
    for cited, fields in [
        (f"{_STRIKE} - Reuters", {}),
        (
            "Bridge damaged in overnight strike - BBC News",
            {"title": "Bridge damaged in overnight strike - BBC News"},
        ),
    ]:
        note = f"\u201c{cited},\u201d BBC News, March 3, 2022, {url}"
        footnote = Footnote(label="1", text=note, line=3)
        page = SourcePost(platform=Platform.WEB, url=url, publisher="BBC News", title=_STRIKE, fields=fields)
        given = CheckInput(
            footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, source=page
        )
        assert check_title(given).status == "warn", cited


def test_a_headline_cited_with_another_outlet_s_name_says_the_outlet_is_not_the_page_s() -> None:
    # "Bridge destroyed in overnight strike - Reuters" on the BBC's page warned "cited '…'; the source's title
    # is '…' (84%)", saying nothing of the outlet: the headline is the page's, the outlet the note names is
    # not.
    url = "https://www.bbc.com/news/world-europe-60600000"
    note = f"\u201c{_STRIKE} | The Guardian,\u201d March 3, 2022, {url}"
    footnote = Footnote(label="1", text=note, line=3)
    page = SourcePost(platform=Platform.WEB, url=url, publisher="BBC News", title=_STRIKE)
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, source=page
    )
    assert (check_title(given).status, check_title(given).detail) == (
        "warn",
        "the headline matches, but the cited title names the site 'The Guardian', where the page's is 'BBC "
        "News': another outlet's copy, or the wrong outlet? Compare by hand",
    )
    # Words that give the headline to someone (`- officials say`, `- Ukraine Says`) are no outlet's name.
    for said in ("officials say", "Ukraine Says"):
        note = f"\u201c{_STRIKE} - {said},\u201d March 3, 2022, {url}"
        footnote = Footnote(label="1", text=note, line=3)
        given = CheckInput(
            footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, source=page
        )
        assert "names the site" not in check_title(given).detail, said


def test_a_short_cited_title_sharing_the_page_s_words_is_never_called_a_translation() -> None:
    # "Russia-Ukraine crisis live" beside the live page's "Russia-Ukraine crisis: Biden … - live": the
    # language detector read the short title as French, and the warning asked "a translation? … French".
    shown = "Russia-Ukraine crisis: Biden says he would consider sanctions on Putin \u2013 live"
    result = check_title(
        _cited_on(
            "The Guardian, \u201cRussia-Ukraine crisis live\u201d, January 23, 2022, "
            "https://www.theguardian.com/world/live/2022/jan/21/russia-ukraine-crisis-live",
            shown,
            url="https://www.theguardian.com/world/live/2022/jan/21/russia-ukraine-crisis-live",
        )
    )
    assert result.status == "warn"
    assert "translation" not in result.detail
    assert "French" not in result.detail
    # Titles in two languages with few words in common are still asked about.
    french = check_title(
        _cited_on(
            "Le Monde, \u201cLe conseil municipal vote la r\u00e9ouverture du pont\u201d, January 23, 2022, "
            "https://www.lemonde.fr/2022/01/23/pont",
            "City council votes to reopen the bridge after repairs",
            url="https://www.lemonde.fr/2022/01/23/pont",
        )
    )
    assert "a translation? The source's title is English, the cited one French" in french.detail


_RUSSIA_SAYS = "Russia says it will not attack Ukraine, calls US warnings hysteria | Reuters"
_RUSSIA_URL = "https://www.reuters.com/world/europe/russia-says-it-will-not-attack-ukraine-2022-02-15/"


@pytest.mark.parametrize(
    "cited",
    [
        "Russia says it will not attack Ukraine ...",  # the parser leaves these three dots out
        "Russia says it will not attack Ukraine...",
        "Russia says it will not attack Ukraine \u2026",
        "Russia says it will not \u2026 calls US warnings hysteria",
        "\u2026 calls US warnings hysteria",
    ],
)
def test_title_the_note_cut_with_an_ellipsis_passes_on_the_headline_it_opens_or_runs_through(
    cited: str,
) -> None:
    # Each warned that the cited title is "only part of the page's title" (or another title, 78%).
    result = check_title(
        _cited_on(f"\u201c{cited}\u201d Reuters, February 15, 2022, {_RUSSIA_URL}", _RUSSIA_SAYS)
    )
    assert result.status == "pass", result.detail
    assert _RUSSIA_SAYS in result.detail


@pytest.mark.parametrize(
    ("cited", "said"),
    [
        # The cut leaves out the headline's negation: the cited words say the opposite.
        ("Russia says it will \u2026", "whose rest says 'not'"),
        ("Russia says it will ...", "whose rest says 'not'"),
        ("Russia says \u2026 attack Ukraine \u2026", "whose rest says 'not'"),
        # Other words, or too few to confirm a headline.
        ("Russia says it will now attack Ukraine \u2026", "the source's title is"),
        ("Russia says \u2026", "only part of the page's title"),
    ],
)
def test_title_cut_with_an_ellipsis_still_warns_on_other_words_or_a_negation_left_out(
    cited: str, said: str
) -> None:
    result = check_title(
        _cited_on(f"\u201c{cited}\u201d Reuters, February 15, 2022, {_RUSSIA_URL}", _RUSSIA_SAYS)
    )
    assert result.status == "warn", result.detail
    assert said in result.detail


def test_title_cut_with_an_ellipsis_of_a_part_the_page_s_title_judges_still_warns() -> None:
    shown = "Fact check: Russia says it will not attack Ukraine | Reuters"
    result = check_title(
        _cited_on(f"\u201cRussia says it will not attack \u2026\u201d Reuters, {_RUSSIA_URL}", shown)
    )
    assert result.status == "warn", result.detail
    assert "whose rest says 'fact check'" in result.detail


def test_title_cut_with_an_ellipsis_given_by_hand_passes_as_the_parser_would_give_it() -> None:
    # A citation whose title keeps the ellipsis (a citations file, or the parser once it keeps the dots).
    footnote = Footnote(label="1", text=f"Reuters, February 15, 2022, {_RUSSIA_URL}", line=3)
    page = SourcePost(
        platform=Platform.WEB, url=_RUSSIA_URL, publisher="Reuters", title=_RUSSIA_SAYS, text="x"
    )
    for cited, status in [
        ("Russia says it will not attack ...", "pass"),
        ("Russia says it will ...", "warn"),
    ]:
        citation = parse_citation(footnote).citation.model_copy(update={"title": cited, "title_quoted": True})
        given = CheckInput(footnote=footnote, citation=citation, outcome=None, source=page)
        assert check_title(given).status == status, cited


def test_post_opening_cut_with_three_dots_the_parser_drops_passes_unless_a_negation_is_cut() -> None:
    post = SourcePost(
        platform=Platform.TELEGRAM,
        url="https://t.me/rybar/12345",
        author="Rybar",
        handle="rybar",
        text="We will not close the tunnel under any circumstances, the governor said tonight.",
    )
    for cited, status in [("We will not close the tunnel ...", "pass"), ("We will ...", "warn")]:
        footnote = Footnote(
            label="1", text=f"Rybar, \u201c{cited}\u201d Telegram, https://t.me/rybar/12345", line=3
        )
        given = CheckInput(
            footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, source=post
        )
        assert check_title(given).status == status, (cited, check_title(given).detail)


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        # The detector named the short cited titles French and Estonian: "a translation? The source's title
        # is English, the cited one French".
        ("Sanctions bite as ruble hits record", "Russian economy shrinks as Western measures take hold"),
        (
            "Shoigu visits Donbas troops near Avdiivka",
            "Russian defence minister makes rare trip to front line",
        ),
    ],
)
def test_a_short_english_title_unlike_the_page_s_is_not_called_a_translation(cited: str, shown: str) -> None:
    url = "https://www.reuters.com/world/europe/2023-03-03/"
    result = check_title(
        _cited_on(f"\u201c{cited},\u201d Reuters, March 3, 2023, {url}", f"{shown} | Reuters", url)
    )
    assert result.status == "warn"
    assert "translation" not in result.detail


_MAYOR = 'Mayor says "we will hold" as shelling continues'
_MAYOR_URL = "https://www.reuters.com/world/europe/kyiv-mayor-2022-03-03/"


@pytest.mark.parametrize(
    "note",
    [
        f"\u201cMayor says \u201cwe will hold\u201d as shelling continues,\u201d Reuters, 2022, {_MAYOR_URL}",
        f'"Mayor says "we will hold" as shelling continues," Reuters, March 3, 2022, {_MAYOR_URL}',
        f'"Mayor: "We will hold"," Reuters, March 3, 2022, {_MAYOR_URL}',
    ],
)
def test_a_headline_quoted_whole_with_its_quotation_in_the_same_marks_passes(note: str) -> None:
    # The parser read the inner quotation ("we will hold") as the title, which warned as only part of the
    # headline (or as words the headline gives to the mayor) though the note gives the headline whole.
    shown = _MAYOR if "says" in note else 'Mayor: "We will hold"'
    result = check_title(_cited_on(note, f"{shown} | Reuters", _MAYOR_URL))
    assert result.status == "pass", result.detail
    assert "only part" not in result.detail and shown in result.detail


def test_a_note_quoting_only_the_headline_s_quotation_still_warns() -> None:
    for note in (
        f"\u201cWe will hold,\u201d Reuters, March 3, 2022, {_MAYOR_URL}",
        f"Vitali Klitschko, \u201cwe will hold,\u201d Reuters, March 3, 2022, {_MAYOR_URL}",
    ):
        assert check_title(_cited_on(note, f"{_MAYOR} | Reuters", _MAYOR_URL)).status == "warn", note


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("Zelensky says Ukraine will not surrender", "Zelensky says Ukraine won't surrender"),
        ("NATO chief says Russia can't win the war", "NATO chief says Russia cannot win the war"),
        ("Kremlin says talks aren't over yet", "Kremlin says talks are not over yet"),
    ],
)
def test_a_title_with_its_negation_contracted_or_written_out_is_the_same_title(
    cited: str, shown: str
) -> None:
    # It warned as another title: "one says 'not', the other does not".
    url = "https://www.bbc.com/news/world-europe-60600000"
    for one, other in ((cited, shown), (shown, cited)):
        result = check_title(
            _cited_on(f"\u201c{one},\u201d BBC News, March 3, 2022, {url}", f"{other} - BBC News", url)
        )
        assert result.status == "pass", result.detail


def test_a_title_without_the_page_s_contracted_negation_still_warns() -> None:
    url = "https://www.bbc.com/news/world-europe-60600000"
    note = f"\u201cZelensky says Ukraine will surrender,\u201d BBC News, March 3, 2022, {url}"
    result = check_title(_cited_on(note, "Zelensky says Ukraine won't surrender - BBC News", url))
    assert result.status == "warn"
    assert "one says 'not', the other does not" in result.detail


def _post_saying(text: str, cited: str) -> CheckInput:
    url = "https://t.me/rybar/12345"
    footnote = Footnote(
        label="1", text=f"Rybar, \u201c{cited},\u201d Telegram, January 21, 2022, {url}", line=3
    )
    post = SourcePost(platform=Platform.TELEGRAM, url=url, author="Rybar", handle="rybar", text=text)
    return CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, source=post
    )


@pytest.mark.parametrize(
    "text",
    [
        "#Kherson Bridge destroyed in overnight strike. More to follow.",
        "#Сводка #Херсон\nBridge destroyed in overnight strike. More to follow.",
    ],
)
def test_a_post_s_opening_after_the_hashtags_it_is_tagged_with_passes(text: str) -> None:
    # It warned that the cited title is "only part of the post's opening".
    result = check_title(_post_saying(text, "Bridge destroyed in overnight strike"))
    assert result.status == "pass", result.detail


def test_a_post_opening_with_a_judging_hashtag_or_answering_itself_still_warns() -> None:
    for text in (
        "#fake Bridge destroyed in overnight strike.",
        "#Kherson Bridge destroyed in overnight strike? No.",
    ):
        result = check_title(_post_saying(text, "Bridge destroyed in overnight strike"))
        assert result.status == "warn", (text, result.detail)


_HYSTERIA_POST = "Russia says it will not attack Ukraine, calls US warnings hysteria. More to follow."


@pytest.mark.parametrize(
    ("cited", "status"),
    [
        ("Russia says it will not \u2026 calls US warnings hysteria", "pass"),  # warned as another title
        ("\u2026 calls US warnings hysteria", "pass"),  # warned as only part of the post's opening
        ("Russia says \u2026 attack Ukraine, calls US warnings hysteria", "warn"),  # leaves out "it will not"
    ],
)
def test_a_post_s_opening_cut_inside_with_an_ellipsis_passes_unless_the_cut_leaves_out_a_negation(
    cited: str, status: str
) -> None:
    result = check_title(_post_saying(_HYSTERIA_POST, cited))
    assert result.status == status, result.detail


def test_three_dots_before_the_comma_inside_the_closing_quote_mark_still_cut_the_title() -> None:
    # `“Russia says it will not attack Ukraine ...,”`: the parser leaves out the dots and the comma.
    note = (
        f"\u201cRussia says it will not attack Ukraine ...,\u201d Reuters, February 15, 2022, {_RUSSIA_URL}"
    )
    assert check_title(_cited_on(note, _RUSSIA_SAYS)).status == "pass"
    post = _post_saying(_HYSTERIA_POST, "Russia says it will not attack Ukraine ...")
    assert check_title(post).status == "pass"


@pytest.mark.parametrize(
    "cited",
    [
        "Opinion | Bridge destroyed in overnight strike",  # The New York Times's tab title of a column
        "Explainer: Bridge destroyed in overnight strike",
        "Bridge destroyed in overnight strike | Video",
    ],
)
def test_a_cited_title_keeping_the_site_s_label_for_the_story_passes_on_the_headline(cited: str) -> None:
    # It warned as another title ("one says 'opinion', the other does not") or as leaving out 'Explainer'.
    url = "https://www.nytimes.com/2022/03/03/opinion/bridge.html"
    result = check_title(_cited_on(f"\u201c{cited},\u201d March 3, 2022, {url}", _STRIKE, url))
    assert result.status == "pass", result.detail
    assert "beside it is the site's label for the story" in result.detail


def test_a_verdict_or_other_words_beside_the_headline_are_no_label() -> None:
    url = "https://www.nytimes.com/2022/03/03/opinion/bridge.html"
    for cited in (
        "Fact check: Bridge destroyed in overnight strike",
        "Opinion | Bridge damaged in overnight strike",
    ):
        result = check_title(_cited_on(f"\u201c{cited},\u201d March 3, 2022, {url}", _STRIKE, url))
        assert result.status == "warn", (cited, result.detail)


@pytest.mark.parametrize(
    "shown", ["Bridge destroyed in overnight strike [PHOTOS, VIDEO]", "Мост разрушен (фото + видео)"]
)
def test_a_headline_cited_without_several_labels_in_brackets_passes(shown: str) -> None:
    # One label in brackets was set apart ("(VIDEO)"); two were not, and the headline warned as only part.
    cited = "Bridge destroyed in overnight strike" if shown.startswith("Bridge") else "Мост разрушен"
    result = check_title(
        _cited_on(f"\u201c{cited},\u201d Reuters, March 3, 2022, {_RUSSIA_URL}", shown, _RUSSIA_URL)
    )
    assert result.status == "pass", result.detail


_VOWS_URL = "https://www.reuters.com/world/europe/minister-vows-2022-03-03/"


@pytest.mark.parametrize(
    "shown",
    [
        "Minister vows to \u201cnever surrender\u201d | Reuters",
        "Minister vows to \u2018never surrender\u2019 | Reuters",
        "Minister vows to 'never surrender' | Reuters",
    ],
)
def test_title_with_scare_quotes_the_note_closes_after_its_comma_passes(shown: str) -> None:
    # `"Minister vows to 'never surrender,'" Reuters`, American style's comma inside both closing marks,
    # warned: "one says 'never surrender' where the other says '"never surrender"'", as if the note had
    # left out the page's quote marks.
    note = f"\u201cMinister vows to \u2018never surrender,\u2019\u201d Reuters, March 3, 2022, {_VOWS_URL}"
    result = check_title(_cited_on(note, shown, _VOWS_URL))
    assert result.status == "pass", result.detail


def test_title_whose_scare_quotes_the_note_leaves_out_still_warns() -> None:
    note = f"\u201cMinister vows to never surrender,\u201d Reuters, March 3, 2022, {_VOWS_URL}"
    shown = "Minister vows to \u201cnever surrender\u201d | Reuters"
    result = check_title(_cited_on(note, shown, _VOWS_URL))
    assert result.status == "warn" and "one says 'never surrender' where the other says" in result.detail


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        (
            f"Jane Smith, Minister vows to \u2018never surrender\u2019, Reuters, March 3, 2022, {_VOWS_URL}",
            "Minister vows to \u201cnever surrender\u201d | Reuters",
        ),
        (
            f"Reuters. (2022, March 3). Minister vows to 'never surrender'. {_VOWS_URL}",
            "Minister vows to \u201cnever surrender\u201d | Reuters",
        ),
        (
            f"Smith, J. (2022, March 3). Minister vows to \u201cnever surrender.\u201d Reuters. {_VOWS_URL}",
            "Minister vows to \u2018never surrender\u2019 | Reuters",
        ),
    ],
)
def test_headline_a_note_gives_whole_with_other_quote_marks_than_the_page_s_passes(
    note: str, shown: str
) -> None:
    # The parser reads the scare-quoted words as the title, and the headline the note gives whole, in single
    # marks where the page has double ones (or the other way), warned: "cited 'never surrender' is only part
    # of the page's title"; in marks of the same kind it passed.
    result = check_title(_cited_on(note, shown, _VOWS_URL))
    assert result.status == "pass", result.detail
    assert "the note quotes the headline" in result.detail


def test_headline_a_note_gives_whole_but_for_a_word_still_warns() -> None:
    note = f"Jane Smith, Minister vows to \u2018never surrender\u2019, Reuters, March 3, 2022, {_VOWS_URL}"
    result = check_title(
        _cited_on(note, "Minister refuses to \u201cnever surrender\u201d | Reuters", _VOWS_URL)
    )
    assert result.status == "warn", result.detail


_BRIDGE_URL = "https://www.reuters.com/world/europe/bridge-destroyed-2022-03-03/"


@pytest.mark.parametrize(
    "note",
    [
        f"Jane Smith, Reuters, Thursday, March 3, 2022, {_BRIDGE_URL}",
        f"Jane Smith, Reuters, Thu., March 3, 2022, {_BRIDGE_URL}",
        f"Reuters, Thursday, 3 March 2022, {_BRIDGE_URL}",
        f"Smith, J. (2022, March 3). Reuters. {_BRIDGE_URL}",
    ],
)
def test_a_weekday_or_day_in_a_title_s_place_is_no_title(note: str) -> None:
    # Each warned on a true note: "the note's unquoted words 'Thursday' read as its title: cited 'Thursday';
    # the source's title is 'Bridge destroyed in overnight strike | Reuters' (19%)".
    result = check_title(_cited_on(note, "Bridge destroyed in overnight strike | Reuters", _BRIDGE_URL))
    assert result.status == "skip", result.detail


def test_a_title_in_its_place_before_a_weekday_is_still_compared() -> None:
    note = f"Jane Smith, Reuters, Mariupol, Thursday, March 3, 2022, {_BRIDGE_URL}"
    result = check_title(_cited_on(note, "Bridge destroyed in overnight strike | Reuters", _BRIDGE_URL))
    assert result.status == "warn" and "'Mariupol' read as its title" in result.detail
    assert check_title(_cited_on(note, "Mariupol | Reuters", _BRIDGE_URL)).status == "pass"


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("10 killed in strike on Kharkiv", "Ten killed in strike on Kharkiv | Reuters"),
        ("Ten killed in strike on Kharkiv", "10 killed in strike on Kharkiv | Reuters"),
        ("Five things to know about the strike", "5 things to know about the strike | Reuters"),
    ],
)
def test_title_writing_a_small_number_in_digits_where_the_page_writes_it_in_words_passes(
    cited: str, shown: str
) -> None:
    # Each warned: "the numbers differ: 10 cited, none in the source".
    note = f"\u201c{cited},\u201d Reuters, March 3, 2022, {_BRIDGE_URL}"
    result = check_title(_cited_on(note, shown, _BRIDGE_URL))
    assert result.status == "pass", result.detail


def test_title_writing_another_number_than_the_page_s_words_still_warns() -> None:
    note = f"\u201c11 killed in strike on Kharkiv,\u201d Reuters, March 3, 2022, {_BRIDGE_URL}"
    result = check_title(_cited_on(note, "Ten killed in strike on Kharkiv | Reuters", _BRIDGE_URL))
    assert result.status == "warn" and "the numbers differ" in result.detail


@pytest.mark.parametrize(
    ("cited", "shown"),
    [("Home | Reuters", "Home | Reuters"), ("Reuters", "Reuters"), ("Home", "Home")],
)
def test_title_of_the_site_s_home_page_at_an_article_s_address_warns(cited: str, shown: str) -> None:
    # An article's address that now sends readers to the home page, cited with the home page's title (as a
    # reference manager saved it), passed: "matches 'Home | Reuters'", no page of its own confirmed.
    note = f"\u201c{cited},\u201d Reuters, March 3, 2022, {_BRIDGE_URL}"
    result = check_title(_cited_on(note, shown, _BRIDGE_URL))
    assert result.status == "warn", result.detail
    assert "the title of the site's home page" in result.detail


@pytest.mark.parametrize(
    ("cited", "shown", "url"),
    [
        ("Home | Reuters", "Home | Reuters", "https://www.reuters.com/"),  # the home page cited
        ("Home - BBC News", "Home - BBC News", "https://www.bbc.com/news"),  # a section's front
        ("Bridge destroyed", "Bridge destroyed | Reuters", _BRIDGE_URL),
    ],
)
def test_title_of_a_home_page_cited_at_its_own_address_or_an_article_s_own_title_passes(
    cited: str, shown: str, url: str
) -> None:
    note = f"\u201c{cited},\u201d Reuters, March 3, 2022, {url}"
    result = check_title(_cited_on(note, shown, url))
    assert result.status == "pass", result.detail


@pytest.mark.parametrize(
    ("url", "platform", "content_type", "called"),
    [
        ("https://docs.example/report.pdf", Platform.WEB, "application/pdf", "the document's opening"),
        ("https://t.me/rybar/12345", Platform.TELEGRAM, "text/html; charset=utf-8", "the post's opening"),
    ],
)
def test_a_title_unlike_an_untitled_source_s_opening_names_the_opening_not_a_title(
    url: str, platform: Platform, content_type: str, called: str
) -> None:
    # "the source's title is 'The ministry confirmed …'" of a PDF with no title: a person looked for a title
    # the document does not give; what the cited title was compared with is its opening.
    opening = "The ministry confirmed that 1,200 families were evacuated."
    source = SourcePost(platform=platform, url=url, text=opening, fields={"Content-Type": content_type})
    footnote = Footnote(
        label="1", text=f'Ministry of Emergencies, "Evacuation report", January 21, 2022, {url}', line=3
    )
    given = CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        outcome=None,
        live=source,
        source=source,
    )
    result = check_title(given)
    assert result.status == "warn"
    assert result.detail.startswith(f"cited 'Evacuation report'; {called} is {opening!r}"), result.detail


_COMMENT = (
    "https://www.reddit.com/r/examplia/comments/1bf2k9q/precinct_12_count_stopped_for_three_hours/kv3m1xz/"
)
_THREAD_TITLE = "Precinct 12 count stopped for three hours"


def _reddit_comment_cited_as(title: str) -> CheckInput:
    """A Reddit comment, which has no title (its thread's kept in `fields`), cited with `title`."""
    footnote = Footnote(
        label="9",
        text=f"u/watcher_in_p12, comment on \u201c{title}\u201d, r/examplia, Reddit, March 15, 2024, "
        f"{_COMMENT}",
        line=3,
    )
    comment = SourcePost(
        platform=Platform.REDDIT,
        url=_COMMENT,
        author="u/watcher_in_p12",
        handle="watcher_in_p12",
        text="I was an observer there. The scanner jammed at 9 pm and the count stopped until it was fixed.",
        fields={"post id": "1bf2k9q", "post title": _THREAD_TITLE, "subreddit": "examplia"},
    )
    return CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, source=comment
    )


def test_a_reddit_comment_cited_with_its_thread_s_title_passes_saying_it_is_the_thread_s() -> None:
    # `comment on "<thread>"` warned that the title was unlike the comment's opening words (41%): a comment
    # has no title, and the note named the thread it is on, as Reddit's answer for the comment does.
    result = check_title(_reddit_comment_cited_as(_THREAD_TITLE))
    assert (result.status, result.detail) == (
        "pass",
        f"matches the title of the thread the comment is on, {_THREAD_TITLE!r} (a comment has no title of "
        "its own)",
    )


def test_a_reddit_comment_cited_with_another_title_still_warns() -> None:
    result = check_title(_reddit_comment_cited_as("Ballots burned at Precinct 12"))
    assert result.status == "warn"
    assert "thread the comment is on" not in result.detail


def test_another_headline_than_the_cited_one_on_a_page_updated_since_says_so() -> None:
    # "cited 'Turnout hit a record 71 percent'; the source's title is 'Turnout reached 61 percent'" said
    # nothing of the page's update a day later, nor of its correction note: the note may have quoted the
    # headline the page had before.
    note = (
        "Daniel Osei, \u201cTurnout hit a record 71 percent\u201d, The Examplia Times, March 14, 2024, "
        + _LIVE_URL
    )
    given = _cited_on(
        note,
        "Turnout reached 61 percent",
        **{"modified": "2024-03-15T10:12:00-04:00", "correction note": "Correction: an earlier version …"},
    )
    assert given.source is not None
    page = given.source.model_copy(update={"published": dt.datetime(2024, 3, 14, 22, 40, tzinfo=dt.UTC)})
    result = check_title(dataclasses.replace(given, source=page, live=page))
    assert result.status == "warn"
    assert result.detail.endswith(
        "; the page was updated 2024-03-15 14:12 UTC, after it was published: its headline may have been "
        "changed since; it carries a correction note"
    )
    # Updated within the hour, no correction note: nothing to say.
    quiet = page.model_copy(update={"fields": {"modified": "2024-03-14T18:50:00-04:00"}})
    assert "updated" not in check_title(dataclasses.replace(given, source=quiet, live=quiet)).detail


_UPDATED_PAGE = "https://news.example/turnout"


@pytest.mark.parametrize(
    "line", ["Updated: January 25, 2022", "Aktualisiert am 25.01.2022"], ids=["en", "de"]
)
def test_another_headline_on_a_page_whose_updated_line_gives_a_later_day_says_so(line: str) -> None:
    # The page's "Updated" line, its only word of a change, is kept by its day alone (`2022-01-25`): read
    # only as a moment with its zone, the update went unsaid, and the note may have cited the old headline.
    page = (
        "<html lang='en'><head><title>Turnout reached 61 percent</title>"
        "<meta property='article:published_time' content='2022-01-21T09:00:00-05:00'></head><body><article>"
        f"<h1>Turnout reached 61 percent</h1><p>By Daniel Osei</p><p>{line}</p>"
        f"<p>{'Turnout was counted across the country. ' * 20}</p></article></body></html>"
    )
    source = extract_source(_UPDATED_PAGE, (answer(_UPDATED_PAGE, page),))
    note = (
        f"Daniel Osei, \u201cTurnout hit a record 71 percent\u201d, News, January 21, 2022, {_UPDATED_PAGE}"
    )
    footnote = Footnote(label="1", text=note, line=3)
    given = CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        outcome=None,
        live=source,
        source=source,
    )
    result = check_title(given)
    assert result.status == "warn"
    assert result.detail.endswith(
        "; the page says it was updated on 2022-01-25, a later day than it was published (2022-01-21): its "
        "headline may have been changed since"
    )


@pytest.mark.parametrize(
    ("published", "day_only", "updated", "said"),
    [
        # Published in the page's own offset: the next day is a later one.
        (
            dt.datetime(2022, 1, 21, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            False,
            "2022-01-22",
            True,
        ),
        (
            dt.datetime(2022, 1, 21, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            False,
            "2022-01-21",
            False,
        ),
        # Given in UTC, the page's zone unknown: 23:30 UTC is 22 January in Asia, and an update that day may
        # have come minutes later. Two days on is later in any zone.
        (dt.datetime(2022, 1, 21, 23, 30, tzinfo=dt.UTC), False, "2022-01-22", False),
        (dt.datetime(2022, 1, 21, 23, 30, tzinfo=dt.UTC), False, "2022-01-23", True),
        # The publication's day alone, as the page gives it.
        (dt.datetime(2022, 1, 21, tzinfo=dt.UTC), True, "2022-01-22", True),
        # Not a day: nothing said.
        (dt.datetime(2022, 1, 21, tzinfo=dt.UTC), True, "January 25", False),
    ],
)
def test_an_update_known_by_its_day_is_said_only_on_a_surely_later_day(
    published: dt.datetime, day_only: bool, updated: str, said: bool
) -> None:
    note = "Daniel Osei, \u201cTurnout hit a record 71 percent\u201d, The Examplia Times, 2022, " + _LIVE_URL
    given = _cited_on(note, "Turnout reached 61 percent", modified=updated)
    assert given.source is not None
    page = given.source.model_copy(update={"published": published, "published_day_only": day_only})
    result = check_title(dataclasses.replace(given, source=page, live=page))
    assert result.status == "warn"
    assert ("the page says it was updated on" in result.detail) is said


_SHORT = "https://www.youtube.com/shorts/Xb3kP0q9LmA"


def _short_cited_as(cited: str) -> CheckInput:
    """A YouTube Short whose title ends with its uploader's tags, cited with `cited` as its title."""
    footnote = Footnote(
        label="4",
        text=f"Marlow County Clerk, \u201c{cited}\u201d, YouTube, November 7, 2024, {_SHORT}",
        line=3,
    )
    short = SourcePost(
        platform=Platform.YOUTUBE,
        url=_SHORT,
        author="Marlow County Clerk",
        title="Why the canal ballots were sample ballots #shorts #election",
        text="Sample ballots from 2020, not cast votes.",
    )
    return CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, source=short
    )


def test_a_video_cited_by_its_title_without_the_tags_it_ends_with_passes() -> None:
    # A Short cited without the `#shorts #election` its title ends with warned "only part of the page's
    # title": the tags are the uploader's labels, no words of the title.
    result = check_title(_short_cited_as("Why the canal ballots were sample ballots"))
    assert result.status == "pass", result.detail


def test_a_video_cited_by_part_of_its_title_before_the_tags_still_warns() -> None:
    assert check_title(_short_cited_as("Why the canal ballots")).status == "warn"


@pytest.mark.parametrize(
    "shown",
    [
        "Approved Judgment",
        "Judgment",
        "Neutral Citation Number: [2019] EWHC 5 (Ch)",
        "Reasons for Judgment",
        "Opinion of the Court",
    ],
)
def test_a_judgments_generic_heading_is_not_compared_with_the_case_name(shown: str) -> None:
    # `Re B (A Child)` was compared with `Approved Judgment` (27% alike) as if it were the page's title.
    given = _cited_on(
        "Re B (A Child) [2013] UKSC 33, https://www.bailii.org/uk/cases/UKSC/2013/33.html", shown
    )
    result = check_title(given)
    assert result.status == "warn"
    assert f"the page calls the judgment {shown!r}, a judgment's heading and not its name" in result.detail
    assert "the case's name 'Re B (A Child)' is not compared with it" in result.detail


def test_a_page_titled_with_the_case_name_is_compared_as_before() -> None:
    given = _cited_on("Doe v Roe [2019] EWHC 5 (Ch), https://www.bailii.org/x.html", "Judgment in Doe v Roe")
    assert "a judgment's heading" not in check_title(given).detail
    # A note citing no case keeps its comparison with a page called "Judgment".
    plain = _cited_on(
        'Jane Smith, "Judgment day", Example News, January 21, 2022, https://news.example/a', "Judgment"
    )
    assert "a judgment's heading" not in check_title(plain).detail


_RETRACTED_URL = "https://journal.example/articles/bridge-loads-2022"
_RETRACTED_TITLE = "Bridge loads under flood conditions"


def _retracted_page(label: str) -> CheckInput:
    """A retracted article whose title opens with `label`, cited by its title before the retraction, the
    note saying it is retracted (so its words are compared: `checks.retraction.as_retracted_words`)."""
    headline = f"{label}{_RETRACTED_TITLE}"
    html = (
        f"<html><head><title>{headline} | The Journal</title>"
        f"<meta name='citation_title' content='{headline}'></head><body><main><article><h1>{headline}</h1>"
        "<p><em>This article has been retracted.</em></p><p>We modelled river bridges.</p>"
        "</article></main></body></html>"
    )
    live = extract_source(_RETRACTED_URL, (answer(_RETRACTED_URL, html),))
    note = f'Lina Haddad, "{_RETRACTED_TITLE}", The Journal, 18 March 2022 (retracted), {_RETRACTED_URL}'
    footnote = Footnote(label="1", text=note, line=3)
    readable = live.model_copy(update={"problem": None, "problem_detail": None})
    return CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        outcome=None,
        live=live,
        source=readable,
    )


@pytest.mark.parametrize("label", ["RETRACTED ARTICLE: ", "Retracted: ", "WITHDRAWN: "])
def test_a_title_cited_as_it_was_before_its_retraction_passes_saying_the_page_s_label(label: str) -> None:
    # It warned ("only part of the page's title, … whose rest says 'retracted'"): the note cited the title
    # the piece had, and the retraction itself is `captured`'s to judge (a warning, never verified).
    given = _retracted_page(label)
    assert given.live is not None and given.live.problem == "unavailable"
    result = check_title(given)
    assert result.status == "pass", result.detail
    assert result.detail.endswith(f"the page's title now opens with {label.strip()!r}, set at its retraction")
    # With no retraction found on the page, `captured` passes: the label is then the only sign of it, and a
    # title passing without it would let the footnote come out verified.
    assert given.source is not None
    kept = {name: value for name, value in given.source.fields.items() if name != "retraction"}
    unflagged = given.source.model_copy(update={"fields": kept})
    result = check_title(dataclasses.replace(given, live=unflagged, source=unflagged))
    assert result.status == "warn" and "whose rest says" in result.detail, result.detail


def test_a_pages_site_names_are_read_once_for_the_title_checks_many_asks() -> None:
    # The title check asks for the site's names of one page several times (three for a plain article):
    # worked out each time, they were 0.05 M instructions a footnote.
    from provenance.checks.title import _site_names

    page = _cited_on(
        f"\u201cBridge reopened\u201d, Reuters, March 3, 2022, {_LIVE_URL}", "Bridge reopened"
    ).source
    assert page is not None
    names = _site_names(page)
    assert names == ("Reuters", "www", "reuters")
    assert _site_names(page) is names
    # Another page (a copy with another publisher) has its own.
    other = page.model_copy(update={"publisher": "BBC News", "url": "https://www.bbc.co.uk/news/1"})
    assert _site_names(other) == ("BBC News", "www", "bbc", "co")
    assert _site_names(page) == names


_LETTERHEAD = "REPUBLIC OF EXAMPLIA\nMINISTRY OF EMERGENCIES\n"


def _pdf_cited_as(title: str, text: str) -> CheckInput:
    url = "https://docs.example/evacuation-report.pdf"
    source = SourcePost(platform=Platform.WEB, url=url, text=text, fields={"Content-Type": "application/pdf"})
    footnote = Footnote(
        label="1", text=f'Ministry of Emergencies, "{title}", January 21, 2022, {url}', line=3
    )
    citation = parse_citation(footnote).citation
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=source, source=source)


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Evacuation of the river districts", "line 3"),
        ("Evacuation of the river districts: interim report on the spring floods", "lines 3-4"),
        ("Evacuation of the river districts. Interim report on the spring floods", "lines 3-4"),
    ],
)
def test_a_pdf_s_title_that_is_whole_lines_under_its_letterhead_passes_naming_the_lines(
    title: str, named: str
) -> None:
    text = (
        f"{_LETTERHEAD}Evacuation of the river districts\ninterim report on the spring floods\n\n1. In March"
    )
    result = check_title(_pdf_cited_as(title, text))
    assert result.status == "pass", result.detail
    assert f"({named} of the document's opening, under 'REPUBLIC OF EXAMPLIA MINISTRY OF EMERGENCIES')" in (
        result.detail
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # only part of its line
        (
            "Evacuation of the river districts",
            f"{_LETTERHEAD}Evacuation of the river districts in March\n1. The",
        ),
        # its words on two lines with another line between
        (
            "Evacuation of the river districts",
            f"{_LETTERHEAD}Evacuation of the\nDraft\nriver districts\n1. The",
        ),
        # the first sentence of a line that goes on
        ("Evacuation halted", f"{_LETTERHEAD}Evacuation halted. The ministry denies it\n1. The"),
    ],
)
def test_a_pdf_s_title_that_is_only_part_of_a_line_or_spread_over_lines_still_warns(
    title: str, text: str
) -> None:
    result = check_title(_pdf_cited_as(title, text))
    assert result.status == "warn", result.detail
    assert "of the document's opening, under" not in result.detail


def test_a_pdf_s_title_on_the_line_its_opening_is_cut_in_still_warns() -> None:
    # The opening read is the document's first characters: a line cut there is no whole line of it.
    text = f"{_LETTERHEAD}{'x' * 300}\nEvacuation of the river districts in March and April"
    result = check_title(_pdf_cited_as("Evacuation of the river districts", text))
    assert result.status == "warn", result.detail
