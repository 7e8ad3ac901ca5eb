"""A preprint cited by a later version's day: arXiv's submission history dates each version.

An arXiv abstract page's metadata dates its first version (`citation_date`); its submission history lists
every version with when it was submitted (`[v2] Fri, 18 Mar 2022 09:41:57 UTC`). A note dating the
preprint by its second version's day failed (or warned as the page's update): it passes, naming the
version; a day no version was submitted on fails, naming them.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.extractors import extract_source
from provenance.extractors.web import _arxiv_versions
from provenance.models import Citation, Footnote, Platform, SourcePost
from tests.extractors.support import answer

V2 = "https://arxiv.org/abs/2201.01234v2"
HISTORY = (
    "<div class='submission-history'><h2>Submission history</h2> From: Amira Haddad<br/>"
    "<strong><a href='/abs/2201.01234v1'>[v1]</a></strong> Mon, 3 Jan 2022 18:59:59 UTC (1,204 KB)<br/>"
    "<strong>[v2]</strong> Fri, 18 Mar 2022 23:41:57 UTC (1,211 KB)<br/></div>"
)


def _page(history: str = HISTORY) -> str:
    return (
        "<html><head><title>[2201.01234] Herd immunity thresholds</title>"
        "<meta name='citation_title' content='Herd immunity thresholds'>"
        "<meta name='citation_author' content='Haddad, Amira'>"
        "<meta name='citation_date' content='2022/01/03'>"
        "<meta name='citation_online_date' content='2022/03/18'></head><body>"
        "<div id='abs'><h1>Herd immunity thresholds</h1>"
        "<blockquote>We model the threshold.</blockquote></div>"
        f"{history}</body></html>"
    )


def _read(url: str = V2, history: str = HISTORY) -> SourcePost:
    return extract_source(url, (answer(url, _page(history)),))


def _date(cited: dt.date, url: str = V2, post: SourcePost | None = None) -> tuple[str, str]:
    source = post or _read()
    citation = Citation(platform=Platform.WEB, url=url, date=cited)
    footnote = Footnote(label="1", text=f"Amira Haddad, arXiv, {cited}, {url}", line=3)
    result = check_date(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=source, source=source)
    )
    return result.status, result.detail


def test_an_arxiv_page_s_submission_history_is_read_as_its_versions() -> None:
    assert _read().fields["preprint versions"] == "v1 2022-01-03T18:59:59Z | v2 2022-03-18T23:41:57Z"


def test_a_submission_history_on_another_site_s_page_is_no_version_of_it() -> None:
    # A blog quoting an arXiv history: its days are the preprint's, not the page's.
    assert "versions" not in _read("https://blog.example/2022/03/herd-immunity").fields


@pytest.mark.parametrize("url", [V2, "https://arxiv.org/abs/2201.01234"], ids=["v2", "unversioned"])
def test_a_note_dated_by_the_second_version_s_day_passes_naming_it(url: str) -> None:
    # It failed: the page's metadata gives the first version's day alone.
    assert _date(dt.date(2022, 3, 18), url) == (
        "pass",
        "version v2 of the preprint was submitted 2022-03-18 23:41 UTC, on the cited 2022-03-18 in some zone "
        "from UTC\u221212 to UTC+14 (the page's metadata gives 2022-01-03 (meta citation_date), its first "
        "version's)",
    )


def test_a_version_s_day_in_a_zone_east_of_utc_passes() -> None:
    # 23:41 UTC on 18 March is 19 March from UTC+01:00 east.
    assert _date(dt.date(2022, 3, 19))[0] == "pass"


def test_a_note_dated_by_one_version_linking_another_warns() -> None:
    status, detail = _date(dt.date(2022, 3, 18), "https://arxiv.org/abs/2201.01234v1")
    assert status == "warn"
    assert detail.endswith("but the link names version v1: compare by hand")


def test_a_day_no_version_was_submitted_on_fails_naming_the_versions() -> None:
    assert _date(dt.date(2022, 2, 1)) == (
        "fail",
        "cited 2022-02-01; the source gives 2022-01-03 (meta citation_date); no version was submitted that "
        "day: v1 2022-01-03 18:59 UTC, v2 2022-03-18 23:41 UTC",
    )


def test_the_first_version_s_day_passes_as_before() -> None:
    assert _date(dt.date(2022, 1, 3)) == ("pass", "the source gives the day 2022-01-03 (meta citation_date)")


def test_a_hostile_history_is_read_in_linear_time() -> None:
    shown = "[v1] " * 20_000 + "[v1] Mon, 3 Jan 2022 " * 5_000
    started = time.perf_counter()
    assert _arxiv_versions(V2, shown) is None
    assert time.perf_counter() - started < 1


def test_a_day_no_medrxiv_version_was_posted_on_fails_in_medrxiv_s_words_naming_the_version_shown() -> None:
    from tests.extractors.test_web_scholarly import PREPRINT, _preprint

    post = extract_source(PREPRINT, (answer(PREPRINT, _preprint()),))
    assert _date(dt.date(2024, 3, 20), PREPRINT, post) == (
        "fail",
        "cited 2024-03-20; the source gives 2024-04-02 (meta citation_online_date), the day of version v2, "
        "which it shows; no version was posted that day: v1 2024-03-12, v2 2024-04-02",
    )
