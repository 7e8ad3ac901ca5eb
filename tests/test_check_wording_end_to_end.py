"""What `check` says, end to end, where its words once claimed more or less than it had checked.

An OSINT brief cites a Telegram channel renamed since the post (by its old title, and by its old username
whose link now shows the post under the new one), a retracted trial by its title before the retraction
(the page's title now opens with "RETRACTED ARTICLE:"), and the same trial where the citing paragraph says
another study was retracted two sentences before the one holding the mark (that is no acknowledgement of
the cited trial's retraction). The servers are local
(`--connect-to`), the URLs the real ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provenance.side_urls import side_urls
from tests.support import telegram_pages
from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import checked_on as _check
from tests.support.check_runs import checks_by_name
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of
from tests.support.telegram_pages import telegram_page, widget_words

RETITLED = "https://t.me/z_front_kupiansk/1877"  # the channel is called Frontline Chronicle now
MOVED = "https://t.me/z_front_kupiansk/1878"  # its username is @frontline_chronicle now
TRIAL = "https://journals.example/ejp/article/10.1007/s00431-023-05291-8"
HOSTS = ("t.me", "journals.example")

CLAIM = "A deployment point of the Armed Forces of Ukraine was hit in Kupiansk."
SECOND = "The unit hit was the 14th brigade."
TITLE = "High-dose vitamin A as an alternative to measles vaccination in infants: a randomised trial"
FOUND = "high-dose vitamin A prevented 94 percent of measles infections"

REPORT = f"""# Brief 8/24: claims about Kupiansk and a measles trial

The channel Z Front Kupiansk claimed that "{CLAIM}"[^retitled]

The same channel then wrote that "{SECOND}"[^moved]

The trial, since retracted, reported that "{FOUND}".[^retracted-title]

An earlier study, since retracted, had claimed the opposite. Many doctors doubted it. A trial in Portugal
found that "{FOUND}".[^retracted-elsewhere]

[^retitled]: Z Front Kupiansk (@z_front_kupiansk), Telegram, 10 March 2024, {RETITLED}
[^moved]: Z Front Kupiansk, Telegram, 10 March 2024, {MOVED}
[^retracted-title]: Rui Duarte and Ana Ferreira, "{TITLE}", European Journal of Pediatrics, 20 November 2023, {TRIAL}
[^retracted-elsewhere]: Rui Duarte and Ana Ferreira, "{TITLE}", European Journal of Pediatrics, 20 November 2023, {TRIAL}
"""  # noqa: E501

TRIAL_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>RETRACTED ARTICLE: {TITLE} | European Journal of Pediatrics</title>
<meta name="citation_title" content="RETRACTED ARTICLE: {TITLE}">
<meta name="citation_author" content="Duarte, Rui"><meta name="citation_author" content="Ferreira, Ana">
<meta name="citation_journal_title" content="European Journal of Pediatrics">
<meta name="citation_publication_date" content="2023/11/20">
</head><body><main><article><h1>RETRACTED ARTICLE: {TITLE}</h1>
<div class="retraction-notice"><p>This article was retracted on 12 September 2024. The trial registration and
ethics approval cited in it could not be verified.</p></div>
<section><h2>Abstract</h2><p>In a randomised trial of 1,240 infants in northern Portugal, {FOUND}, as
measured over eighteen months of follow-up.</p></section></article></main></body></html>
""".encode()  # noqa: E501


def _widget(post: str, when: str, words: str) -> bytes:
    return telegram_pages.telegram_widget(
        post, "Frontline Chronicle", when, [widget_words(words)], peer=1873310552, colour=4, views="8.1K"
    )


def _telegram(url: str, post: str, when: str, words: str) -> dict[str, Reply]:
    (widget_url,) = side_urls(url)
    return {
        path_of(url): Reply(body=telegram_page(post, "Frontline Chronicle", words), headers=HTML),
        path_of(widget_url): Reply(body=_widget(post, when, words), headers=HTML),
    }


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder: Path = tmp_path_factory.mktemp("wording")
    ca = make_local_ca(folder, HOSTS)
    routes: dict[str, Any] = {
        **_telegram(RETITLED, "z_front_kupiansk/1877", "2024-03-09T23:31:20+00:00", CLAIM),
        # Telegram answers the old username's link with the post under the channel's new one.
        **_telegram(MOVED, "frontline_chronicle/1878", "2024-03-09T23:45:02+00:00", SECOND),
        path_of(TRIAL): Reply(body=TRIAL_PAGE, headers=HTML),
    }
    report = folder / "brief-8-24.md"
    report.write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, HOSTS)


def test_a_channel_cited_by_its_old_title_asks_whether_it_was_renamed_and_is_unconfirmed(
    checked: dict[str, dict[str, Any]],
) -> None:
    # It asked only whether the post held another's words or the note the wrong name or handle.
    status, detail = checks_by_name(checked["retitled"])["author"]
    assert status == "warn"
    assert (
        "shown as 'Frontline Chronicle', which is not 'Z Front Kupiansk': a renamed channel "
        "(@z_front_kupiansk is called 'Frontline Chronicle' now)" in detail
    ), detail
    assert checked["retitled"]["status"] == "unconfirmed"


def test_a_channel_cited_by_its_old_username_asks_whether_it_was_renamed_and_is_unconfirmed(
    checked: dict[str, dict[str, Any]],
) -> None:
    # It said only that no author was found, the widget's other username one "that may be another channel's".
    status, detail = checks_by_name(checked["moved"])["author"]
    assert status == "warn"
    assert detail.endswith(
        "the link names @z_front_kupiansk; Telegram shows its post 1878 under @frontline_chronicle now: a "
        "renamed channel? Compare 'Z Front Kupiansk / z_front_kupiansk' by hand"
    ), detail
    assert checked["moved"]["status"] == "unconfirmed"


def test_a_retracted_trial_cited_by_its_title_before_the_retraction_passes_title_and_stays_unconfirmed(
    checked: dict[str, dict[str, Any]],
) -> None:
    # Its title passed as a part of "RETRACTED ARTICLE: …" beside another, saying nothing of the label.
    checks = checks_by_name(checked["retracted-title"])
    assert checks["title"] == (
        "pass",
        f"matches '{TITLE} | Europe'; the page's title now opens with 'RETRACTED ARTICLE:', set at its "
        "retraction",
    )
    assert checks["captured"][0] == "warn"  # the retraction is judged here: never verified
    assert checked["retracted-title"]["status"] == "unconfirmed"


def test_a_retraction_said_of_another_study_two_sentences_before_the_mark_acknowledges_nothing(
    checked: dict[str, dict[str, Any]],
) -> None:
    # "An earlier study, since retracted" counted as the report saying the cited trial was: its
    # retracted words were compared as the report's citation of them, and the footnote came out unconfirmed.
    checks = checks_by_name(checked["retracted-elsewhere"])
    assert checks["captured"][0] == "fail"
    assert "the report says it was retracted" not in checks["captured"][1]
    assert checked["retracted-elsewhere"]["status"] == "failed"
