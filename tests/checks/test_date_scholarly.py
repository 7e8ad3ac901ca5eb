"""`date` on a scholarly page: a journal article cited by the day it went online, a medRxiv preprint by an
earlier version's day.

A journal's page is dated by its issue's day (`citation_publication_date`), as a note in Vancouver style
cites it; a note citing the day the article was published online first (`citation_online_date`, kept in
`fields["online first"]`) failed. It passes, saying which day it is. A medRxiv page's unversioned link shows
its latest version, which its metadata dates; a note citing the first version's day failed. It passes on the
day the page's version list gives (`fields["preprint versions"]`), a day alone, compared as a whole day.
"""

from __future__ import annotations

import datetime as dt

from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.models import Citation, Footnote, Platform, SourcePost

ARTICLE = SourcePost(
    platform=Platform.WEB,
    url="https://www.bmj.com/content/384/bmj-2023-077412",
    author="Ingrid Solberg, Mads Kjaer, Lise Hovland",
    published=dt.datetime(2024, 3, 16, tzinfo=dt.UTC),
    published_day_only=True,
    published_from="meta citation_publication_date",
    title="Risk of Guillain-Barre syndrome after RSV vaccination in older adults",
    fields={"online first": "2024-03-05"},
)
PREPRINT_URL = "https://www.medrxiv.org/content/10.1101/2024.03.11.24304050"
PREPRINT = SourcePost(
    platform=Platform.WEB,
    url=PREPRINT_URL,
    author="Sarah Okonjo, Daniel Frost",
    published=dt.datetime(2024, 4, 2, tzinfo=dt.UTC),
    published_day_only=True,
    published_from="meta citation_online_date",
    title="Guillain-Barre syndrome after RSVPreF3 vaccination in adults aged 60 and over",
    fields={"preprint versions": "v1 2024-03-12 | v2 2024-04-02"},
)


def _date(source: SourcePost, cited: dt.date, url: str | None = None) -> tuple[str, str]:
    citation = Citation(platform=Platform.WEB, url=url or source.url, date=cited)
    footnote = Footnote(label="1", text=f"Solberg I, et al. BMJ. {cited}. {citation.url}", line=9)
    result = check_date(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=source, source=source)
    )
    return result.status, result.detail


def test_an_article_cited_by_the_day_it_was_published_online_passes_naming_that_day() -> None:
    assert _date(ARTICLE, dt.date(2024, 3, 5)) == (
        "pass",
        "the source gives the day 2024-03-05 (meta citation_online_date), the day it was published online, "
        "before its issue's, 2024-03-16 (meta citation_publication_date)",
    )
    # Another publication day the page gives is not called its issue's.
    dated = ARTICLE.model_copy(update={"published_from": "JSON-LD datePublished"})
    assert _date(dated, dt.date(2024, 3, 5))[1].endswith(
        "published online, before the page's, 2024-03-16 (JSON-LD datePublished)"
    )
    # Its issue's day passes as before.
    assert _date(ARTICLE, dt.date(2024, 3, 16)) == (
        "pass",
        "the source gives the day 2024-03-16 (meta citation_publication_date)",
    )


def test_a_day_neither_the_issue_s_nor_the_online_one_fails_naming_both() -> None:
    for cited in (dt.date(2024, 3, 4), dt.date(2024, 3, 10)):  # the day before the online one: a whole day
        assert _date(ARTICLE, cited) == (
            "fail",
            f"cited {cited}; the source gives 2024-03-16 (meta citation_publication_date); nor was it "
            "published online that day: 2024-03-05 (meta citation_online_date)",
        )


def test_a_preprint_s_unversioned_link_cited_by_its_first_version_s_day_passes_naming_it() -> None:
    assert _date(PREPRINT, dt.date(2024, 3, 12)) == (
        "pass",
        "version v1 of the preprint was posted on 2024-03-12, the cited day (the page's metadata gives "
        "2024-04-02 (meta citation_online_date), the day of the version it shows)",
    )
    # Linking the second version, dated by the first's day: which does the note cite?
    status, detail = _date(PREPRINT, dt.date(2024, 3, 12), f"{PREPRINT_URL}v2")
    assert status == "warn"
    assert detail.endswith("but the link names version v2: compare by hand")


def test_a_version_s_day_alone_is_a_whole_day_not_its_midnight_in_utc() -> None:
    # Read as 2024-03-12 00:00 UTC, the first version's day passed a note of 11 March (its evening west of
    # UTC). The server gives a day, no time.
    assert _date(PREPRINT, dt.date(2024, 3, 11)) == (
        "fail",
        "cited 2024-03-11; the source gives 2024-04-02 (meta citation_online_date); no version was posted "
        "that day: v1 2024-03-12, v2 2024-04-02",
    )
