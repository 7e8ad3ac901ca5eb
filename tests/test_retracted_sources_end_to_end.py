"""What `check` says of a report citing a retracted trial and a preprint's versions, end to end.

A fact-check cites a trial its journal retracted: where the report relies on it as if it stood, the footnote
fails; where the report says it was retracted ("the trial, since retracted, …", a note's "(retracted)"), its
words are compared and the footnote is unconfirmed (a person must look), never verified; "retracted" said of
another thing (a minister's claim) is no such acknowledgement. It cites an arXiv preprint by its second
version's day, through the versioned and the unversioned link: the abstract page's submission history dates
it. The servers are local (`--connect-to`), the URLs the real ones.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import checked_on as _check
from tests.support.check_runs import checks_by_name
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of

TRIAL = "https://journals.example/ejp/article/10.1007/s00431-023-05291-8"
ARXIV_V2 = "https://arxiv.org/abs/2201.01234v2"
ARXIV = "https://arxiv.org/abs/2201.01234"
HOSTS = ("journals.example", "arxiv.org")
TITLE = "High-dose vitamin A as an alternative to measles vaccination in infants: a randomised trial"
FOUND = "high-dose vitamin A prevented 94 percent of measles infections"
PREPRINT = "Herd immunity thresholds for measles under waning vaccine-induced immunity"

TRIAL_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | European Journal of Pediatrics</title>
<meta name="citation_title" content="{TITLE}">
<meta name="citation_author" content="Duarte, Rui"><meta name="citation_author" content="Ferreira, Ana">
<meta name="citation_journal_title" content="European Journal of Pediatrics">
<meta name="citation_publication_date" content="2023/11/20">
</head><body><header><nav><a href="/">European Journal of Pediatrics</a></nav></header>
<main><article><h1>{TITLE}</h1>
<div class="retraction-notice"><p>This article was retracted on 12 September 2024. The trial registration and
ethics approval cited in it could not be verified.</p></div>
<section><h2>Abstract</h2><p>In a randomised trial of 1,240 infants in northern Portugal, {FOUND}, as
measured over eighteen months of follow-up. Adverse events were rare and mild in both arms.</p>
<p>Vitamin A may be offered where parents decline vaccination, with counselling on the risks.</p></section>
</article></main><footer>Springer Nature</footer></body></html>
""".encode()

ARXIV_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><title>[2201.01234] {PREPRINT}</title>
<meta name="citation_title" content="{PREPRINT}">
<meta name="citation_author" content="Haddad, Amira"><meta name="citation_author" content="Berg, Jonas">
<meta name="citation_date" content="2022/01/03"><meta name="citation_online_date" content="2022/03/18">
<meta name="citation_arxiv_id" content="2201.01234">
<meta property="og:site_name" content="arXiv.org"><meta property="og:title" content="{PREPRINT}">
</head><body><div id="abs"><h1 class="title mathjax"><span class="descriptor">Title:</span>{PREPRINT}</h1>
<div class="authors"><span class="descriptor">Authors:</span><a href="/a/haddad_a_1">Amira Haddad</a>,
<a href="/a/berg_j_1">Jonas Berg</a></div>
<blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span>We show that the effective herd
immunity threshold rises to 95 percent when vaccine-induced immunity wanes over two decades.
</blockquote></div>
<div class="submission-history"><h2>Submission history</h2> From: Amira Haddad
[<a href="/show-email/8a1c2f3e/2201.01234">view email</a>]<br/>
<strong><a href="/abs/2201.01234v1">[v1]</a></strong> Mon, 3 Jan 2022 18:59:59 UTC (1,204 KB)<br/>
<strong>[v2]</strong> Fri, 18 Mar 2022 09:41:57 UTC (1,211 KB)<br/></div></body></html>
""".encode()

REPORT = f"""# Vitamin A and measles: what the studies say

A trial in Portugal found that "{FOUND}".[^relied]

The trial, since retracted, claimed that "{FOUND}".[^acknowledged-passage]

Its authors wrote that "{FOUND}".[^acknowledged-note]

The health minister retracted his claim after reading that "{FOUND}".[^another-s-retraction]

A modelling study's revised version puts the threshold at 95 percent.[^arxiv-v2]

The same revision, linked without its version, says so too.[^arxiv-unversioned]

An earlier draft was cited by a day no version was submitted on.[^arxiv-no-version]

[^relied]: Rui Duarte and Ana Ferreira, "{TITLE}", European Journal of Pediatrics, 20 November 2023, {TRIAL}
[^acknowledged-passage]: Rui Duarte and Ana Ferreira, "{TITLE}", European Journal of Pediatrics, 20 November 2023, {TRIAL}
[^acknowledged-note]: Rui Duarte and Ana Ferreira, "{TITLE}", European Journal of Pediatrics, 20 November 2023 (retracted), {TRIAL}
[^another-s-retraction]: Rui Duarte and Ana Ferreira, "{TITLE}", European Journal of Pediatrics, 20 November 2023, {TRIAL}
[^arxiv-v2]: Amira Haddad and Jonas Berg, "{PREPRINT}", arXiv:2201.01234v2, 18 March 2022, {ARXIV_V2}
[^arxiv-unversioned]: Amira Haddad and Jonas Berg, "{PREPRINT}", arXiv, 18 March 2022, {ARXIV}
[^arxiv-no-version]: Amira Haddad and Jonas Berg, "{PREPRINT}", arXiv, 1 February 2022, {ARXIV_V2}
"""  # noqa: E501


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("retracted")


@pytest.fixture(scope="module")
def checked(folder: Path) -> dict[str, dict[str, Any]]:
    ca = make_local_ca(folder, HOSTS)
    routes: dict[str, Any] = {
        path_of(TRIAL): Reply(body=TRIAL_PAGE, headers=HTML),
        path_of(ARXIV_V2): Reply(body=ARXIV_PAGE, headers=HTML),
        path_of(ARXIV): Reply(body=ARXIV_PAGE, headers=HTML),
    }
    report = folder / "vitamin-a.md"
    report.write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, HOSTS)


def test_a_retracted_trial_relied_on_as_if_it_stood_fails(checked: dict[str, dict[str, Any]]) -> None:
    for label in ("relied", "another-s-retraction"):
        checks = checks_by_name(checked[label])
        assert checked[label]["status"] == "failed", label
        assert checks["captured"][0] == "fail"
        assert checks["captured"][1].startswith(
            "deleted or unavailable: the publisher retracted the article: the page says 'This article was "
            "retracted on 12 September 2024"
        )
        assert checks["quote"][0] == "skip"


def test_a_retracted_trial_the_report_says_is_retracted_is_checked_and_unconfirmed(
    checked: dict[str, dict[str, Any]],
) -> None:
    for label, where in (
        ("acknowledged-passage", "the citing passage (line 5): 'The trial, since retracted, claimed that"),
        ("acknowledged-note", "the note: 'Pediatrics, 20 November 2023 (retracted),'"),
    ):
        checks = checks_by_name(checked[label])
        assert checked[label]["status"] == "unconfirmed", checks
        status, detail = checks["captured"]
        assert status == "warn"
        assert detail.startswith(
            "the publisher retracted the article: the page says 'This article was retracted"
        )
        assert f"the report says it was retracted ({where}" in detail, detail
        assert (
            "the checks read the retracted words it cites, which no longer stand; a person must look"
            in detail
        )
        assert [checks[name][0] for name in ("date", "author", "quote", "title")] == ["pass"] * 4, checks


def test_an_arxiv_preprint_cited_by_its_second_version_s_day_is_verified(
    checked: dict[str, dict[str, Any]],
) -> None:
    for label in ("arxiv-v2", "arxiv-unversioned"):
        assert checked[label]["status"] == "verified", label
        assert checks_by_name(checked[label])["date"] == (
            "pass",
            "version v2 of the preprint was submitted 2022-03-18 09:41 UTC, on the cited 2022-03-18 in some "
            "zone from UTC\u221212 to UTC+14 (the page's metadata gives 2022-01-03 (meta citation_date), its "
            "first version's)",
        )


def test_an_arxiv_preprint_cited_by_a_day_no_version_was_submitted_on_names_the_versions(
    checked: dict[str, dict[str, Any]],
) -> None:
    assert checked["arxiv-no-version"]["status"] == "failed"
    status, detail = checks_by_name(checked["arxiv-no-version"])["date"]
    assert status == "fail"
    assert detail.endswith(
        "no version was submitted that day: v1 2022-01-03 18:59 UTC, v2 2022-03-18 09:41 UTC"
    ), detail


def test_the_ledger_of_a_retraction_the_report_acknowledges_is_intact_under_strict(
    folder: Path, checked: dict[str, dict[str, Any]]
) -> None:
    # An unconfirmed footnote whose captured check warns: a status its checks add up to (`verify` refutes
    # one they do not).
    assert checked["acknowledged-note"]["status"] == "unconfirmed"
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = cli.main(["verify", str(folder / "vitamin-a.md.ledger.jsonl"), "--strict"])
    assert code == 0, out.getvalue()


def test_the_ledger_keeps_the_retracted_page_s_words_the_checks_compared(
    folder: Path, checked: dict[str, dict[str, Any]]
) -> None:
    # The checks compared the retracted page's words, yet the ledger's `source` was null, as for a page whose
    # problem stopped every check: a reviewer could not see what the date, author and quote passes read.
    lines = [
        json.loads(line)
        for line in (folder / "vitamin-a.md.ledger.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    by_label = {line["label"]: line for line in lines if line["kind"] == "footnote"}
    for label in ("acknowledged-passage", "acknowledged-note"):
        source = by_label[label]["source"]
        assert source is not None and FOUND in source["text"], label
    assert by_label["relied"]["source"] is None  # relied on as if it stood: no check read its words
