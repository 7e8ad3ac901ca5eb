"""Words a report gives as said in a video, found only on its page (its title, its description or caption,
which its channel wrote): the channel's account of what was said, not the video's words."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from provenance.checks import CheckInput
from provenance.checks.quote import check_quote
from provenance.models import Citation, Context, Footnote, Platform, SourcePost

VIDEO = "https://www.youtube.com/watch?v=Qm7vT2xLk9A"
RIGGED = "rigged from the first box"
DESCRIPTION = (
    "Runner-up Jung Ha-neul spoke to GBS News outside the Gaon count. Jung said the count had been "
    f"\u201c{RIGGED}\u201d and that her camp would ask for a recount."
)


def _video_quoted(passage: str, platform: Platform = Platform.YOUTUBE, url: str = VIDEO) -> CheckInput:
    page = SourcePost(
        platform=platform,
        url=url,
        author="GBS News",
        published=dt.datetime(2024, 3, 12, 15, 55, tzinfo=dt.UTC),
        title="Jung Ha-neul: 'I will not concede tonight' | Gaon re-run",
        text=DESCRIPTION,
    )
    footnote = Footnote(
        label="1",
        text=f"GBS News, YouTube, 12 March 2024, {url}",
        line=9,
        contexts=(Context(line=3, text=passage, quotes=(RIGGED,)),),
    )
    citation = Citation(platform=platform, author="GBS News", date=dt.date(2024, 3, 12), url=url)
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)


@pytest.mark.parametrize(
    "passage",
    [
        f"In a video interview, Jung said the count had been \u201c{RIGGED}\u201d.",
        f"In the video, Jung can be heard saying the count was \u201c{RIGGED}\u201d.",
    ],
)
def test_words_given_as_said_in_a_video_found_in_its_description_are_not_confirmed(passage: str) -> None:
    # Found in the description GBS News wrote, they passed as Jung's words in the video.
    result = check_quote(_video_quoted(passage))
    assert (result.status, result.detail) == (
        "warn",
        f"found {RIGGED!r} in the video's title or description, GBS News's words, not in what is said in the "
        "video, which no capture holds: watch it for the words",
    )


def test_words_found_in_the_description_of_a_video_linked_at_a_time_are_not_confirmed() -> None:
    given = _video_quoted(f"Jung said the count had been \u201c{RIGGED}\u201d.")
    at_1_05 = dataclasses.replace(given, citation=given.citation.model_copy(update={"url": f"{VIDEO}&t=65s"}))
    result = check_quote(at_1_05)
    assert result.status == "warn"
    assert "(cited at 1:05 of it, the link's time code)" in result.detail


@pytest.mark.parametrize(
    ("passage", "platform"),
    [
        # The description itself is cited, or the page is no video's.
        (f"The channel's description says the count was \u201c{RIGGED}\u201d.", Platform.YOUTUBE),
        (f"In a video interview, Jung said the count had been \u201c{RIGGED}\u201d.", Platform.WEB),
    ],
)
def test_words_cited_as_a_description_s_or_on_a_page_that_is_no_video_pass(
    passage: str, platform: Platform
) -> None:
    url = VIDEO if platform is Platform.YOUTUBE else "https://news.example/gaon-count"
    assert check_quote(_video_quoted(passage, platform, url)).status == "pass"
