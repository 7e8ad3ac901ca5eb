"""`check` end to end over 127.0.0.1 on pages whose only date is written in numbers whose day and month could
swap (`12/03/2024`), which htmldate reads day first on every page: a US outlet's page that writes its
other dates month first in words is read month first, a British one day first, and one nothing on the page
orders is read both ways: its notes warn, where a true note citing 3 December failed and one citing 12
March passed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.check_runs import check_named, checked_over_tls
from tests.support.servers import Reply

_STORY = "<p>" + "The council voted on Tuesday to approve the budget after a long debate. " * 4 + "</p>"


def _page(lang: str, day: str, aside: str = "") -> bytes:
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Council approves budget'
        '</title></head><body><main><article><h1>Council approves budget</h1><div class="byline">By Dana '
        f'Whitfield</div><div class="meta"><span class="date">{day}</span></div>{_STORY}</article>{aside}'
        "</main></body></html>"
    ).encode()


# A US outlet's story: the site lists its other stories under their days in words, month first.
_US_STORY = _page(
    "en-US",
    "12/03/2024",
    '<aside class="more"><h2>More local news</h2><ul><li><a href="/news/park">Park reopens</a> '
    "<span>November 28, 2024</span></li></ul></aside>",
)
# A British council's notice: `en-GB`.
_BRITISH_NOTICE = _page("en-GB", "12/03/2024")
# A blog whose CMS declares `en-US` and which shows nothing else of its order.
_BLOG_POST = _page("en-US", "12/03/2024")

_REPORT = """# Brief

The council approved the budget.[^1] So did the county.[^2] A blogger disagreed.[^3] Another said so too.[^4]

[^1]: Dana Whitfield, \u201cCouncil approves budget\u201d, Dayton Ledger, December 3, 2024, https://www.daytonledger.com/news/budget
[^2]: Dana Whitfield, \u201cCouncil approves budget\u201d, Eastbourne Council, March 12, 2024, https://www.eastbourne.example/budget
[^3]: Dana Whitfield, \u201cCouncil approves budget\u201d, River Notes, March 12, 2024, https://rivernotes.example/posts/budget
[^4]: Dana Whitfield, \u201cCouncil approves budget\u201d, River Notes, June 20, 2024, https://rivernotes.example/posts/budget
"""


_ROUTES = {
    "/news/budget": Reply(body=_US_STORY),
    "/budget": Reply(body=_BRITISH_NOTICE),
    "/posts/budget": Reply(body=_BLOG_POST),
}
_HOSTS = ("www.daytonledger.com", "www.eastbourne.example", "rivernotes.example")


def _check(folder: Path, text: str) -> dict[str, dict[str, Any]]:
    """`check --json` of a report of `text`, its hosts served from `_ROUTES`: its footnotes by label."""
    report = folder / "brief.md"
    report.write_text(text, encoding="utf-8")
    return checked_over_tls(report, _HOSTS, _ROUTES, folder)


def test_check_reads_a_page_s_numeric_date_in_its_own_order_and_never_on_a_guess(
    tmp_path: Path,
) -> None:
    footnotes = _check(tmp_path, _REPORT)
    date = {label: check_named(note, "date") for label, note in footnotes.items()}
    # The US outlet's 12/03/2024 is 3 December (its `November 28, 2024` and `en-US`): it failed as 12 March.
    assert date["1"]["status"] == "pass", date["1"]
    assert "2024-12-03" in date["1"]["detail"]
    # The British notice's is 12 March.
    assert date["2"]["status"] == "pass", date["2"]
    # The blog's reads either way: the note citing 12 March passed on htmldate's guess.
    assert date["3"]["status"] == "warn", date["3"]
    assert "reads 12 March 2024 or 3 December 2024" in date["3"]["detail"]
    assert footnotes["3"]["status"] == "unconfirmed"
    # A day neither reading gives still fails.
    assert date["4"]["status"] == "fail", date["4"]
    assert footnotes["4"]["status"] == "failed"


_NOTES_READ_TWO_WAYS = """# Brief

The council approved the budget.[^1] It did so in spring.[^2]

[^1]: Dana Whitfield, \u201cCouncil approves budget\u201d, Eastbourne Council, 12/03/2024, https://www.eastbourne.example/budget
[^2]: Dana Whitfield, \u201cCouncil approves budget\u201d, Eastbourne Council, 05/06/2024, https://www.eastbourne.example/budget
"""


def test_check_holds_a_note_s_numeric_date_that_reads_two_ways_to_both_readings(
    tmp_path: Path,
) -> None:
    # Skipped as "the citation gives no date", the check said nothing of a source of neither day.
    footnotes = _check(tmp_path, _NOTES_READ_TWO_WAYS)
    first, second = check_named(footnotes["1"], "date"), check_named(footnotes["2"], "date")
    assert first["status"] == "warn", first
    assert first["detail"].startswith(
        "the note's 12/03/2024 reads 12 March 2024 or 3 December 2024, day or month first; read day first, "
        "the source gives the day 2024-03-12"
    )
    assert second["status"] == "fail", second
    assert (
        "reads 5 June 2024 or 6 May 2024, day or month first, and the source is of neither"
        in second["detail"]
    )
    # `schema` still asks for a date written one way.
    assert check_named(footnotes["1"], "schema")["status"] == "fail"


# The report's third note, of a day over 12 (`25/03/2024`), proves it writes its days first: its `03/12/2024`
# is 3 December, which the British notice (12 March) is not.
_NOTES_OF_A_DAY_FIRST_REPORT = """# Brief

The council approved the budget.[^1] The county followed.[^2]

[^1]: Dana Whitfield, \u201cCouncil approves budget\u201d, Eastbourne Council, 03/12/2024, https://www.eastbourne.example/budget
[^2]: Dana Whitfield, \u201cCounty follows\u201d, Eastbourne Council, 25/03/2024, https://www.eastbourne.example/budget
"""


def test_check_reads_a_note_s_numeric_date_in_the_order_the_report_proves_and_fails_the_other_day(
    tmp_path: Path,
) -> None:
    # Held to both readings, the note warned "read month first, the source gives the day 2024-03-12": a
    # source of the day the report does not mean passed for a person to guess which.
    footnotes = _check(tmp_path, _NOTES_OF_A_DAY_FIRST_REPORT)
    date, schema = check_named(footnotes["1"], "date"), check_named(footnotes["1"], "schema")
    assert date["status"] == "fail", date
    assert footnotes["1"]["status"] == "failed"
    # `schema` warns: a reading the report's notes make likely, not one the note makes certain.
    assert schema["status"] == "warn", schema
    assert schema["detail"].startswith("date '03/12/2024' read day first (3 December 2024), as the report's")
