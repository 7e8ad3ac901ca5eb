"""`archived`: when a copy was made is the earliest of the times it is known by, and a copy of another
archive's copy shows what that copy kept, when it was made."""

from __future__ import annotations

import dataclasses

import pytest

from provenance.checks import CheckInput
from provenance.checks.archived import check_archived
from provenance.models import MementoLookup, Platform
from tests.checks.posts import POST, URL
from tests.checks.test_content_checks import CITATION, _given

# The cited day is 2022-01-21; the post was published at 09:15 UTC.
WAYBACK = "https://web.archive.org/web"


def _named_copy(memento_url: str, made: str | None) -> CheckInput:
    """The TimeGate's answer naming the copy at `memento_url` (fetched), dated `made` by its `Link` header."""
    lookup = MementoLookup(
        timegate=f"{WAYBACK}/{URL}",
        accept_datetime="Fri, 21 Jan 2022 12:00:00 GMT",
        http_status=302,
        memento_url=memento_url,
        memento_datetime=made,
        captured=True,
    )
    return CheckInput(
        footnote=_given().footnote, citation=CITATION, outcome=None, archive=lookup, archive_lookup=True
    )


URL_SAYS_2019 = "2019-01-01 00:00:00 UTC, as its URL says"


@pytest.mark.parametrize(
    ("made", "said"),
    [
        (
            "Sat, 22 Jan 2022 10:00:00 GMT",
            URL_SAYS_2019,
        ),  # its URL says 2019: the Link's date is not the copy's
        ("Tue, 01 Jan 2019 00:00:00 GMT", "Tue, 01 Jan 2019 00:00:00 GMT"),
        (None, URL_SAYS_2019),
    ],
    ids=["link-says-after", "link-agrees", "no-link-date"],
)
def test_a_copy_whose_url_dates_it_before_the_cited_day_is_no_copy_whatever_its_link_says(
    made: str | None, said: str
) -> None:
    # The TimeGate's `Link` dated its copy the day after the post, while the copy's own Wayback address says
    # it was made in 2019: the Link's date alone was read, and `archived` passed on a copy of the URL made
    # three years before the post existed.
    result = check_archived(_named_copy(f"{WAYBACK}/20190101000000/{URL}", made))
    assert (result.status, result.detail) == (
        "warn",
        f"the archived copy {WAYBACK}/20190101000000/{URL} was made {said}, before the cited day "
        "(2022-01-21) began in any time zone: it cannot hold a source published that day",
    )


def test_a_copy_whose_url_and_link_agree_on_the_day_passes() -> None:
    copy = f"{WAYBACK}/20220121100000/{URL}"
    result = check_archived(_named_copy(copy, "Fri, 21 Jan 2022 10:00:00 GMT"))
    assert result.status == "pass"
    assert result.detail.startswith(f"memento of Fri, 21 Jan 2022 10:00:00 GMT: {copy}")


INNER_2019 = f"{WAYBACK}/20190101000000/{URL}"
INNER_ON_THE_DAY = f"{WAYBACK}/20220121100000/{URL}"


def _cited_copy_of(inner: str) -> CheckInput:
    """A cited Wayback copy, made on the cited day, of the archive's copy `inner` of the post, read."""
    outer = f"{WAYBACK}/20220121093000/{inner}"
    read = POST.model_copy(update={"memento_url": outer, "memento_datetime": "Fri, 21 Jan 2022 09:30:00 GMT"})
    citation = CITATION.model_copy(update={"url": outer, "original_url": inner})
    return CheckInput(
        footnote=_given().footnote,
        citation=citation,
        outcome=None,
        live=read,
        source=read,
        archive_lookup=True,
    )


def test_a_cited_copy_of_an_archives_copy_made_before_the_cited_day_is_no_copy_of_the_source() -> None:
    # A Wayback link to a Wayback link: what it shows is the inner copy, made in 2019, but only the outer
    # copy's time was read, and `archived` passed "the cited URL is an archived copy of …: memento of Fri, 21
    # Jan 2022" on a copy of the post's address made three years before the post.
    result = check_archived(_cited_copy_of(INNER_2019))
    assert result.status == "warn"
    assert result.detail == (
        f"the archived copy {WAYBACK}/20220121093000/{INNER_2019} is of the archive's copy {INNER_2019}, "
        "made 2019-01-01 00:00:00 UTC, as its URL says, before the cited day (2022-01-21) began in any time "
        "zone: it cannot hold a source published that day"
    )


def test_a_cited_copy_of_an_archives_copy_made_on_the_cited_day_passes() -> None:
    result = check_archived(_cited_copy_of(INNER_ON_THE_DAY))
    assert result.status == "pass"
    assert result.detail.startswith(f"the cited URL is an archived copy of {INNER_ON_THE_DAY}: memento of ")


@pytest.mark.parametrize(
    ("inner", "status"),
    [
        (f"https://archive.ph/2019.01.01-000000/{URL}", "warn"),
        (f"https://archive.ph/2022.01.21-100000/{URL}", "pass"),
        (f"https://archive.ph/AbCd1#{URL}", "pass"),  # a short link's URL says nothing of when: nothing said
    ],
    ids=["made-in-2019", "made-on-the-day", "short-link"],
)
def test_a_cited_wayback_copy_of_archive_today_s_copy_is_held_to_the_day_that_copy_was_made(
    inner: str, status: str
) -> None:
    # A Wayback link to archive.today's copy shows what archive.today kept, when its URL says it was made:
    # only the Wayback copy's own time was read, and `archived` passed on a copy of the post's address made
    # three years before the post.
    result = check_archived(_cited_copy_of(inner))
    assert result.status == status, result.detail
    if status == "warn":
        assert result.detail == (
            f"the archived copy {WAYBACK}/20220121093000/{inner} is of the archive's copy {inner}, made "
            "2019-01-01 00:00:00 UTC, as its URL says, before the cited day (2022-01-21) began in any time "
            "zone: it cannot hold a source published that day"
        )


# An X status whose snowflake id says it was made 2022-01-20 23:30:12 UTC.
STATUS = "https://x.com/pressoffice/status/1484307299693617728"


def _undated_note_of(url: str) -> CheckInput:
    """The note citing `url` with no date, its live post deleted (nothing read live): a copy stands in."""
    citation = CITATION.model_copy(update={"url": url, "date": None, "platform": Platform.TWITTER})
    return CheckInput(footnote=_given().footnote, citation=citation, outcome=None, archive_lookup=True)


@pytest.mark.parametrize(
    ("made", "status"),
    [("Sat, 01 Jan 2022 00:00:00 GMT", "warn"), ("Fri, 21 Jan 2022 10:00:00 GMT", "pass")],
    ids=["before-the-id", "after-the-id"],
)
def test_a_copy_made_before_the_posts_id_says_it_was_made_is_no_copy_of_it(made: str, status: str) -> None:
    # The note gives no day and the post is gone (its copy stands in): a copy of the status's address made
    # before the status was, as its snowflake says, passed as its copy.
    copy = f"{WAYBACK}/{'20220101000000' if status == 'warn' else '20220121100000'}/{STATUS}"
    lookup = MementoLookup(
        timegate=f"{WAYBACK}/{STATUS}",
        http_status=302,
        memento_url=copy,
        memento_datetime=made,
        captured=True,
    )
    result = check_archived(dataclasses.replace(_undated_note_of(STATUS), archive=lookup))
    assert result.status == status, result.detail
    if status == "warn":
        assert result.detail == (
            f"the archived copy {copy} was made {made}, before the post was made (2022-01-20 23:30:12 UTC: "
            "snowflake id): it cannot hold it"
        )


def test_a_cited_copy_made_before_the_posts_id_says_it_was_made_is_no_copy_of_it() -> None:
    cited = f"{WAYBACK}/20220101000000/{STATUS}"
    read = POST.model_copy(
        update={"memento_url": cited, "memento_datetime": "Sat, 01 Jan 2022 00:00:00 GMT", "published": None}
    )
    given = _undated_note_of(cited)
    citation = given.citation.model_copy(update={"original_url": STATUS})
    result = check_archived(dataclasses.replace(given, citation=citation, live=read, source=read))
    assert result.status == "warn"
    assert "before the post was made (2022-01-20 23:30:12 UTC: snowflake id)" in result.detail
