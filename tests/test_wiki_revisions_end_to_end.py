"""What `check` says of notes citing Wikipedia by links whose page is not a revision's own, end to end: a diff
to the article's current revision (`diff=cur&oldid=<revision>`), which shows whichever revision is current
when it is opened beside the one the link names; and a mobile diff (`Special:MobileDiff/<revision>`), which
shows its revision's user and time in MobileFrontend's own markup.

The servers are local (`--connect-to`), the URLs the real ones' shapes. The pages' markup is written from
memory of MediaWiki's diff page (its two column headings, its `mw.config` ids) and MobileFrontend's
(`#mw-mf-diff-info`, `#mw-mf-userinfo`); the article, its editors and its numbers are made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import checked_on, checks_by_name
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of

ASSETS = Path(__file__).parent / "assets" / "wiki_revisions"
HOSTS = ("en.wikipedia.org", "en.m.wikipedia.org")
CURRENT_DIFF = "https://en.wikipedia.org/w/index.php?title=Harbour_Bridge_of_Tarlin&diff=cur&oldid=1211876543"
MOBILE_DIFF = "https://en.m.wikipedia.org/wiki/Special:MobileDiff/1211876543"
# MediaWiki reads `diff=0` as `diff=cur`: the same page.
ZERO_DIFF = "https://en.wikipedia.org/w/index.php?title=Harbour_Bridge_of_Tarlin&diff=0&oldid=1211876543"

REPORT = f"""# The Tarlin harbour bridge closure

In March the encyclopaedia's article said the port authority "closed the bridge to lorries over 7.5
tonnes".[^revision] A second note gives the same link and day, and no more.[^day-only] A third dates the
revision before any the link shows.[^before] On the phone, the same edit "closed the bridge to lorries over
7.5 tonnes"[^mobile], and a colleague credits it to another user.[^mobile-other]

Repairs were then "expected to take until the end of June"[^left-column], a sentence the article has since
dropped, as a second note on the same words shows "expected to take until the end of June".[^left-day-only]
A link to the diff against revision 0 shows the same.[^zero]

[^revision]: Wikipedia, "Harbour Bridge of Tarlin", revision of 3 March 2024, <{CURRENT_DIFF}>
[^day-only]: Wikipedia, "Harbour Bridge of Tarlin", 3 March 2024, <{CURRENT_DIFF}>
[^before]: Wikipedia, "Harbour Bridge of Tarlin", revision of 1 February 2024, <{CURRENT_DIFF}>
[^mobile]: Wikipedia, "Harbour Bridge of Tarlin", edit by Pontifex Maris, 3 March 2024, <{MOBILE_DIFF}>
[^mobile-other]: Wikipedia, "Harbour Bridge of Tarlin", edit by Wahlfuchs, 3 March 2024, <{MOBILE_DIFF}>
[^left-column]: Wikipedia, "Harbour Bridge of Tarlin", revision of 3 March 2024, <{CURRENT_DIFF}>
[^left-day-only]: Wikipedia, "Harbour Bridge of Tarlin", 3 March 2024, <{CURRENT_DIFF}>
[^zero]: Wikipedia, "Harbour Bridge of Tarlin", revision of 3 March 2024, <{ZERO_DIFF}>
"""


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("wiki-revisions")
    report = folder / "tarlin-bridge.md"
    report.write_text(REPORT, encoding="utf-8")
    routes = {
        path_of(url): Reply(body=(ASSETS / name).read_bytes(), headers=HTML)
        for url, name in (
            (CURRENT_DIFF, "en_wikipedia_diff_cur.html"),
            (ZERO_DIFF, "en_wikipedia_diff_cur.html"),
            (MOBILE_DIFF, "en_m_wikipedia_mobile_diff.html"),
        )
    }
    ca = make_local_ca(folder, HOSTS)
    with FixtureServer(routes, tls=ca) as server:
        return checked_on(report, server, ca, HOSTS)


def test_a_diff_to_the_current_revision_is_dated_by_the_revision_the_note_cites_not_failed(
    notes: dict[str, dict[str, Any]],
) -> None:
    # The page shows the current revision, of 4 December 2024: read as its alone, each note failed.
    statuses = {
        label: note["status"] for label, note in notes.items() if label in ("revision", "day-only", "before")
    }
    assert statuses == {
        "revision": "verified",  # `revision of 3 March 2024`: the revision the left column dates
        "day-only": "unconfirmed",  # a day alone: the revision's, or the day its writer read the diff?
        "before": "failed",  # no revision the link ever showed was made before the one it compares
    }
    revision = checks_by_name(notes["revision"])
    assert revision["date"][0] == "pass"
    assert revision["date"][1].startswith(
        "the source gives 2024-03-03T14:02:00Z (revision 1211876543, the diff's left column), the cited day; "
        "the link (diff=cur) shows the article's current revision, 1261375012"
    )
    assert revision["quote"][0] == "pass"
    day_only = checks_by_name(notes["day-only"])["date"]
    assert day_only[0] == "warn"
    assert "posted 2024-12-04 08:37 UTC" in day_only[1]
    assert "was made 2024-03-03T14:02:00Z" in day_only[1]
    assert checks_by_name(notes["before"])["date"][0] == "fail"


def test_a_mobile_diff_s_user_and_time_are_read_from_its_own_markup(notes: dict[str, dict[str, Any]]) -> None:
    # MobileFrontend shows the edit's user without `mw-userlink`: the note crediting the edit to the user the
    # page shows warned as unconfirmed, as did one crediting it to another user.
    mobile = checks_by_name(notes["mobile"])
    assert notes["mobile"]["status"] == "verified", [c for c in mobile.items() if c[1][0] != "pass"]
    assert mobile["author"][1].endswith(
        "the page shows the edit as 'Pontifex Maris''s, as the note credits it"
    )
    assert mobile["date"] == (
        "pass",
        "posted 2024-03-03 14:02 UTC (the time of revision 1211876543, as the page shows it): 2024-03-03 "
        "from UTC\u221212:00 to UTC+09:57",
    )
    assert mobile["quote"][0] == "pass"
    other = checks_by_name(notes["mobile-other"])["author"]
    assert notes["mobile-other"]["status"] == "failed"
    assert other[0] == "fail"
    assert other[1].startswith(
        "the note credits the edit to 'Wahlfuchs'; the page shows it as 'Pontifex Maris''s"
    )


def test_words_a_diff_to_the_current_revision_shows_only_in_its_left_column_are_the_cited_revision_s(
    notes: dict[str, dict[str, Any]],
) -> None:
    # Revision 1211876543's sentence, which the current revision dropped: it warned "not in the source's own
    # words but in the lines the diff shows the edit removed (the revision before it)", though the left column
    # is the revision the link names.
    cited = checks_by_name(notes["left-column"])
    assert notes["left-column"]["status"] == "verified", cited
    assert cited["quote"] == (
        "pass",
        "found 'expected to take until the end of June' in revision 1211876543, the one the link's oldid "
        "names (the diff's left column), which the note cites; the article's current revision, beside it, no "
        "longer says it",
    )
    # The day alone: the revision's words, or the article's as its writer read it? A person looks.
    assert notes["left-day-only"]["status"] == "unconfirmed"
    status, detail = checks_by_name(notes["left-day-only"])["quote"]
    assert status == "warn"
    assert "only in revision 1211876543" in detail


def test_a_diff_to_revision_zero_is_read_as_the_diff_to_the_current_revision_it_is(
    notes: dict[str, dict[str, Any]],
) -> None:
    # Read as a diff to a revision 0, its page dated nothing: "no publication date".
    assert notes["zero"]["status"] == "verified", checks_by_name(notes["zero"])
    assert checks_by_name(notes["zero"])["date"][1].startswith(
        "the source gives 2024-03-03T14:02:00Z (revision 1211876543, the diff's left column), the cited day; "
        "the link (diff=0) shows the article's current revision"
    )
    # The detail named "(diff=cur)", words a reader of the note's link would not find in it.
    assert "diff=cur" not in checks_by_name(notes["zero"])["date"][1]
