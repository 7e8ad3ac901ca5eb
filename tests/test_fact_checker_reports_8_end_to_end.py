"""What `check` says of each footnote of an eighth set of reports a fact-checker reviews, end to end: business
and technology sources the earlier sets cite least.

A business investigation into a freight company's hidden covenant breach, published as a PDF (pandoc's DOCX
set by LibreOffice, as a newsroom exports it), cites an SEC EDGAR filing's index page (its "Filing Date") and
the filing's own document (its "Date of Report", and again by the day it was filed, which its SIGNATURES
block dates), a Companies House filing history page, the company's annual
report as a PDF, a press release the company deleted since (the live link answers 404; the note gives its
Wayback copy), the Wayback copy cited directly, an archive.today copy by its short link, and the chief
executive's LinkedIn article. A technology brief on a software supply-chain incident, in Markdown, cites a
GitHub commit (by its day, and by another), a GitHub issue and one comment on it (by its `#issuecomment-`
link), a Substack post, a Medium member-only story, a podcast episode's page and a YouTube video linked at a
time offset (`youtu.be/<id>?t=95`).

Each footnote's status is what an honest tool must say: `verified` only where every claim was checked. The
servers are local (`--connect-to`), the URLs the real ones. The pages' markup is written from memory of
the real sites' shapes (EDGAR's `-index.htm` `infoHead`/`info` pairs, an 8-K's inline XBRL `dei:` facts and
the `Date:` line of its SIGNATURES block, Companies House's `fhTable`, the Wayback Machine's toolbar and
archive.today's banner, LinkedIn's public article page and its JSON-LD, GitHub's server-rendered
`relative-time` and `timeline-comment-group` markup (GitHub now renders many of these pages with scripts),
Substack's and Medium's JSON-LD, Apple Podcasts' episode JSON-LD): close to them, not copied; the
companies, people and numbers are made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provenance.side_urls import youtube_oembed_url
from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import JSON_HEADERS as JSON
from tests.support.check_runs import checked_on as _check
from tests.support.check_runs import checks_by_name
from tests.support.converters import libreoffice_to_pdf, pandoc_to_docx
from tests.support.pdfs import one_page_pdf
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of, redirect
from tests.support.youtube_pages import Video, oembed_answer, watch_page

ASSETS = Path(__file__).parent / "assets" / "fact_checker_8"
PDF = (("Content-Type", "application/pdf"),)
NOT_FOUND = 404


def page(name: str) -> bytes:
    return (ASSETS / name).read_bytes()


# --- the business investigation (a PDF) ---------------------------------------------------------------------

FILING = "https://www.sec.gov/Archives/edgar/data/1823456/000182345624000031"
EDGAR_INDEX = f"{FILING}/0001823456-24-000031-index.htm"
EDGAR_DOCUMENT = f"{FILING}/hlvf-20240312.htm"
COMPANIES_HOUSE = "https://find-and-update.company-information.service.gov.uk/company/09876543/filing-history"
ANNUAL_REPORT = "https://www.halvorsenfreight.com/wp-content/uploads/2024/03/HLVF-Annual-Report-2023.pdf"
RELEASE = "https://www.halvorsenfreight.com/news/2023/11/07/halvorsen-freight-reports-record-third-quarter/"
WAYBACK = f"https://web.archive.org/web/20231107143512/{RELEASE}"
ARCHIVE_TODAY = "https://archive.ph/abc12"
PULSE = "https://www.linkedin.com/pulse/why-we-chose-forbearance-over-fire-sale-marit-halvorsen-8xq2e"
BUSINESS_HOSTS: tuple[str, ...] = ("www.sec.gov", "find-and-update.company-information.service.gov.uk")
BUSINESS_HOSTS += ("www.halvorsenfreight.com", "web.archive.org", "archive.ph", "www.linkedin.com")

INVESTIGATION = f"""# Halvorsen Freight told investors it had headroom. Four months later it broke its covenants.

*By the investigations desk, 2 April 2024.*

In March the company disclosed that it had breached its lending terms.[^edgar-filed]

On 12 March it "entered into a forbearance agreement" with its lenders.[^edgar-document]

Its British subsidiary filed a confirmation statement "with no updates" in February.[^companies-house]

The auditors found "a material uncertainty related to going concern".[^annual-report]

In November the chief executive had said the company had "ample headroom under every covenant".[^release]

The release, since deleted, described a "record third quarter".[^wayback]

A copy of it reported revenue "up 14% from a year earlier".[^archive-today]

After the breach, she wrote that "we will not sell the cross-border business this year".[^pulse]

When it filed, "$212.4 million in principal was outstanding" under the credit agreement.[^edgar-signed]

[^edgar-filed]: Halvorsen Freight Inc., Form 8-K (Current report), filed 15 March 2024, SEC EDGAR, <{EDGAR_INDEX}>
[^edgar-document]: Halvorsen Freight Inc., Form 8-K, 12 March 2024, <{EDGAR_DOCUMENT}>
[^companies-house]: Halvorsen Freight UK Limited, confirmation statement (CS01), Companies House, 2 February 2024, <{COMPANIES_HOUSE}>
[^annual-report]: Halvorsen Freight Inc., Annual Report 2023, 28 March 2024, <{ANNUAL_REPORT}>
[^release]: Halvorsen Freight, "Halvorsen Freight reports record third quarter", press release, 7 November 2023, <{RELEASE}>; archived at <{WAYBACK}>
[^wayback]: Halvorsen Freight, "Halvorsen Freight reports record third quarter", 7 November 2023, <{WAYBACK}>
[^archive-today]: Halvorsen Freight, "Halvorsen Freight reports record third quarter", 7 November 2023, archived 8 November 2023, <{ARCHIVE_TODAY}>
[^pulse]: Marit Halvorsen, "Why we chose forbearance over a fire sale", LinkedIn, 18 March 2024, <{PULSE}>
[^edgar-signed]: Halvorsen Freight Inc., Form 8-K, filed March 15, 2024, <{EDGAR_DOCUMENT}>
"""  # noqa: E501

# The annual report as the company's designer exported it: the file made (`/CreationDate`) the day before the
# board approved the report; its words say when it was approved.
ANNUAL_REPORT_PDF = one_page_pdf(
    b"BT /F1 11 Tf 72 740 Td (HALVORSEN FREIGHT INC. ANNUAL REPORT 2023) Tj"
    b" 0 -24 Td (Report of Independent Registered Public Accounting Firm) Tj"
    b" 0 -16 Td (The Company breached a financial covenant after the balance sheet date. These events) Tj"
    b" 0 -14 Td (indicate that a material uncertainty related to going concern exists.) Tj"
    b" 0 -24 Td (The financial statements were approved by the Board of Directors on 27 March 2024.) Tj"
    b" 0 -16 Td (Marit Halvorsen, Chief Executive Officer) Tj ET",
    trailer=b"/Info 6 0 R",
    more=(
        b"<< /Title (HLVF Annual Report 2023) /Author (studio-north) /Creator (Adobe InDesign 19.2)"
        b" /CreationDate (D:20240326181500-04'00') /ModDate (D:20240326181500-04'00') >>",
    ),
)

WAYBACK_HEADERS = (
    *HTML,
    ("Memento-Datetime", "Tue, 07 Nov 2023 14:35:12 GMT"),
    (
        "Link",
        f'<{RELEASE}>; rel="original", <https://web.archive.org/web/timemap/link/{RELEASE}>; rel="timemap"',
    ),
)
ARCHIVE_TODAY_HEADERS = (*HTML, ("Memento-Datetime", "Wed, 08 Nov 2023 09:41:20 GMT"))


@pytest.fixture(scope="module")
def investigation(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("investigation")
    ca = make_local_ca(folder, BUSINESS_HOSTS)
    routes: dict[str, Any] = {
        path_of(EDGAR_INDEX): Reply(body=page("edgar_8k_index.html"), headers=HTML),
        path_of(EDGAR_DOCUMENT): Reply(body=page("edgar_8k_document.html"), headers=HTML),
        path_of(COMPANIES_HOUSE): Reply(body=page("companies_house_filing_history.html"), headers=HTML),
        path_of(ANNUAL_REPORT): Reply(body=ANNUAL_REPORT_PDF, headers=PDF),
        path_of(RELEASE): Reply(status=NOT_FOUND, body=page("halvorsen_not_found.html"), headers=HTML),
        path_of(WAYBACK): Reply(body=page("wayback_release.html"), headers=WAYBACK_HEADERS),
        path_of(ARCHIVE_TODAY): Reply(body=page("archive_today_release.html"), headers=ARCHIVE_TODAY_HEADERS),
        path_of(PULSE): Reply(body=page("linkedin_pulse_article.html"), headers=HTML),
    }
    source = folder / "halvorsen-investigation.md"
    source.write_text(INVESTIGATION, encoding="utf-8")
    (report,) = libreoffice_to_pdf([pandoc_to_docx(source, folder / "halvorsen-investigation.docx")], folder)
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, BUSINESS_HOSTS)


# --- the technology brief (Markdown) ------------------------------------------------------------------------

REPO = "https://github.com/quayline/quayline-core"
COMMIT = f"{REPO}/commit/3f9c2d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e"
ISSUE = f"{REPO}/issues/1482"
COMMENT = f"{ISSUE}#issuecomment-2154873311"
SUBSTACK = "https://supplychainweekly.substack.com/p/how-one-commit-switched-off-quaylines"
MEDIUM = (
    "https://medium.com/@tlindqvist/what-quaylines-pinning-bug-teaches-us-about-release-channels-5d1c0a7e9b2f"
)
PODCAST = (
    "https://podcasts.apple.com/us/podcast/the-quayline-pins-with-jonas-becker/id1598765432?i=1000659876543"
)
TALK_ID = "q7LmN2xRb0s"
TALK = f"https://youtu.be/{TALK_ID}?t=95"
TALK_WATCH = f"https://www.youtube.com/watch?v={TALK_ID}&t=95s&feature=youtu.be"
TECH_HOSTS: tuple[str, ...] = ("github.com", "supplychainweekly.substack.com", "medium.com")
TECH_HOSTS += ("podcasts.apple.com", "youtu.be", "www.youtube.com")

BRIEF = f"""# Incident brief: Quayline's updater trusted any certificate for four days

*Platform security team, 20 June 2024.*

## What happened

A maintainer committed the change that switched off certificate pinning: "disable certificate pinning for
the update channel".[^commit]

The same commit is dated in some accounts to the day the bug was reported.[^commit-day]

A user reported that the updater would take "a manifest from a host with a self-signed certificate".[^issue]

A maintainer replied that "we shipped the unpinned build to every channel by mistake".[^comment]

## What others said

A newsletter counted "four days in June" in which any manifest would have been accepted.[^substack]

Another writer argued that "the nightly flag should have been a build-time switch".[^medium]

On a podcast, the maintainer said that "nobody reviewed it because nobody had to".[^podcast]

At the project's community call he said that "pinning is back on every channel".[^talk]

[^commit]: Jonas Becker (@jbecker), "disable certificate pinning for the update channel", commit 3f9c2d1 to quayline/quayline-core, GitHub, 4 June 2024, {COMMIT}
[^commit-day]: jbecker, commit 3f9c2d1 to quayline/quayline-core, GitHub, 6 June 2024, {COMMIT}
[^issue]: Amara Obi (@amaraobi), "Update channel accepts any certificate", quayline/quayline-core issue #1482, GitHub, 6 June 2024, {ISSUE}
[^comment]: Jonas Becker (@jbecker), comment on quayline/quayline-core issue #1482, GitHub, 9 June 2024, {COMMENT}
[^substack]: Priya Natarajan, "How one commit switched off Quayline's pins", Supply Chain Weekly (Substack), 11 June 2024, {SUBSTACK}
[^medium]: Tomas Lindqvist, "What Quayline's pinning bug teaches us about release channels", Medium, 13 June 2024, {MEDIUM}
[^podcast]: Jonas Becker, interviewed on The Patch Notes, "The Quayline pins, with Jonas Becker", Apple Podcasts, 14 June 2024, {PODCAST}
[^talk]: Quayline, "Quayline community call, June 2024", YouTube, 18 June 2024, at 1:35, {TALK}
"""  # noqa: E501

TALK_VIDEO = Video(
    video_id=TALK_ID,
    title="Quayline community call, June 2024",
    description=(
        "Monthly community call. Agenda: the v4.2.2 release and certificate pinning, the new release "
        "channels, and the roadmap for 4.3. Notes: https://github.com/quayline/quayline-core/discussions/1501"
    ),
    channel="Quayline",
    handle="quayline",
    published="2024-06-18T09:30:04-07:00",
    seconds=3312,
    keywords="quayline, containers, registry, community call",
    genre="Science &amp; Technology",
)


@pytest.fixture(scope="module")
def brief(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("brief")
    ca = make_local_ca(folder, TECH_HOSTS)
    routes: dict[str, Any] = {
        path_of(COMMIT): Reply(body=page("github_commit.html"), headers=HTML),
        path_of(ISSUE): Reply(body=page("github_issue.html"), headers=HTML),
        path_of(SUBSTACK): Reply(body=page("substack_post.html"), headers=HTML),
        path_of(MEDIUM): Reply(body=page("medium_member_only.html"), headers=HTML),
        path_of(PODCAST): Reply(body=page("apple_podcast_episode.html"), headers=HTML),
        path_of(TALK): redirect(TALK_WATCH, 303),
        path_of(TALK_WATCH): Reply(body=watch_page(TALK_VIDEO), headers=HTML),
        path_of(youtube_oembed_url(TALK_ID)): Reply(body=oembed_answer(TALK_VIDEO), headers=JSON),
    }
    report = folder / "quayline-incident-brief.md"
    report.write_text(BRIEF, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, TECH_HOSTS)


# --- what a fact-checker reads: the investigation --------------------------------------------------------

# The PDF numbers its notes; the Markdown it was made from named them so.
NOTE = {
    "edgar-filed": "1",
    "edgar-document": "2",
    "companies-house": "3",
    "annual-report": "4",
    "release": "5",
    "wayback": "6",
    "archive-today": "7",
    "pulse": "8",
    "edgar-signed": "9",
}


def test_each_footnote_of_the_investigation_has_the_status_a_careful_editor_would_give(
    investigation: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: investigation[NOTE[label]]["status"] for label in NOTE if NOTE[label] in investigation}
    for label in ("edgar-filed", "release", "wayback", "pulse"):
        statuses.pop(label, None)  # see the tests below, marked with the proposal that fixes their reading
    assert statuses == {
        "edgar-document": "verified",  # the 8-K's Date of Report and its registrant, as its cover tags them
        "edgar-signed": "verified",  # the same 8-K, by the day its SIGNATURES block dates (see below)
        "companies-house": "unconfirmed",  # a list of filings: no day of its own, no author
        "annual-report": "unconfirmed",  # the PDF's /CreationDate is its designer's, not the report's day
        "archive-today": "unconfirmed",  # archive.today's page: its banner's time is the copy's, no byline
    }
    checks = {label: checks_by_name(investigation[NOTE[label]]) for label in statuses}
    assert checks["edgar-document"]["date"] == (
        "pass",
        "the source gives the day 2024-03-12 (the Date of Report on the 8-K's cover "
        "(dei:DocumentPeriodEndDate, the day of the earliest event reported))",
    )
    assert checks["edgar-document"]["author"][0] == "pass"
    assert checks["edgar-document"]["quote"] == ("pass", "found 'entered into a forbearance agreement'")
    # A filing history lists many filings' days: none of them is the page's, none read as the CS01's.
    assert checks["companies-house"]["date"] == (
        "warn",
        "the source shows no publication date: compare by hand",
    )
    assert checks["annual-report"]["date"] == (
        "warn",
        "the source shows no publication date: compare by hand",
    )
    assert "'studio-north', who made the file" in checks["annual-report"]["author"][1]
    assert checks["annual-report"]["quote"][0] == "pass"
    # The copy's time (8 November, 09:41 UTC, which is 7 November from UTC-12) is never the release's.
    assert checks["archive-today"]["date"][0] == "warn"
    assert "only when it was changed (2023-11-08T09:41:20Z)" in checks["archive-today"]["date"][1]
    assert checks["archive-today"]["quote"] == ("pass", "found 'up 14% from a year earlier'")


def test_an_edgar_filing_s_index_cited_by_its_filing_day_is_read_so(
    investigation: dict[str, dict[str, Any]],
) -> None:
    checks = checks_by_name(investigation[NOTE["edgar-filed"]])
    assert checks["date"] == (
        "pass",
        "the source gives the day 2024-03-15 (the filing's day, 'Filing Date' on EDGAR's index; its 'Period "
        "of Report' is 2024-03-12)",
    )
    assert checks["author"] == (
        "pass",
        "cited 'Halvorsen Freight Inc.'; the source shows 'HALVORSEN FREIGHT INC.'",
    )


def test_an_8_k_cited_by_the_day_it_was_filed_passes_on_the_day_it_was_signed(
    investigation: dict[str, dict[str, Any]],
) -> None:
    # Its Date of Report is 12 March, three days before: the note failed, a false alarm on a common way to
    # cite a current report.
    checks = checks_by_name(investigation[NOTE["edgar-signed"]])
    assert checks["date"] == (
        "pass",
        "the source gives the day 2024-03-15 (the Date: under its SIGNATURES), the day the report was "
        "signed, as a rule the day it was filed; its Date of Report is 2024-03-12 (the Date of Report on the "
        "8-K's cover (dei:DocumentPeriodEndDate, the day of the earliest event reported))",
    )
    assert checks["quote"] == ("pass", "found '$212.4 million in principal was outstanding'")
    assert investigation[NOTE["edgar-signed"]]["status"] == "verified"


def test_a_deleted_press_release_fails_whatever_its_archived_copy_holds(
    investigation: dict[str, dict[str, Any]],
) -> None:
    release = investigation[NOTE["release"]]
    assert checks_by_name(release)["captured"][1].startswith("HTTP 404")
    assert release["status"] == "failed"


def test_links_the_pdf_s_typesetter_broke_are_each_one_source(
    investigation: dict[str, dict[str, Any]],
) -> None:
    for label in ("edgar-filed", "wayback"):
        assert checks_by_name(investigation[NOTE[label]])["locator"][0] == "pass", label
    assert investigation[NOTE["edgar-filed"]]["status"] == "verified"
    assert investigation[NOTE["wayback"]]["status"] == "verified"  # the Wayback copy's day, words and title


def test_a_note_s_day_wrapped_to_the_start_of_a_line_is_no_note_of_its_own(
    investigation: dict[str, dict[str, Any]],
) -> None:
    assert sorted(investigation, key=int) == [str(n) for n in range(1, 10)]
    assert investigation[NOTE["pulse"]]["status"] == "verified"  # the article's author, day and words


# --- what a fact-checker reads: the brief ----------------------------------------------------------------


def test_each_footnote_of_the_brief_has_the_status_a_careful_editor_would_give(
    brief: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: footnote["status"] for label, footnote in brief.items()}
    statuses.pop("comment")  # see the test below, marked with the proposal that fixes it
    assert statuses == {
        "commit": "unconfirmed",  # GitHub shows the committer's login, not the name the note gives
        "commit-day": "failed",  # cited by the day the issue was opened, not the commit's
        "issue": "verified",  # the opening post's reporter, day and words
        "substack": "verified",
        "medium": "unconfirmed",  # a member-only story: the quote may be behind the paywall
        "podcast": "unconfirmed",  # words said in the episode: its page does not hold them
        "talk": "unconfirmed",  # words said at 1:35 of the video: neither its page nor its caption holds them
    }
    checks = {label: checks_by_name(footnote) for label, footnote in brief.items()}
    assert checks["commit"]["date"][1].startswith(
        "posted 2024-06-04 21:13 UTC (the commit's time, GitHub's <relative-time> in its byline)"
    )
    assert checks["commit"]["author"][0] == "warn"
    assert checks["commit"]["quote"] == ("pass", "found 'disable certificate pinning for the update channel'")
    assert checks["commit-day"]["date"][1].startswith(
        "cited 2024-06-06; the source was posted 2024-06-04 21:13"
    )
    # The reporter's own words, never "a reader's comment on the page".
    assert checks["issue"]["quote"] == (
        "pass",
        "found 'a manifest from a host with a self-signed certificate'",
    )
    assert checks["issue"]["author"] == ("pass", "cited @amaraobi; the source's account is @amaraobi")
    assert checks["issue"]["date"][1].startswith(
        "posted 2024-06-06 08:02 UTC (the time of the issue's opening"
    )
    assert checks["medium"]["captured"][1].startswith(
        "paywall: the page marks its article as not free to read"
    )
    assert checks["medium"]["quote"][0] == "warn"
    assert checks["podcast"]["date"] == (
        "pass",
        "the source gives the day 2024-06-14 (JSON-LD datePublished)",
    )
    assert checks["podcast"]["quote"][0] == "warn"
    assert checks["talk"]["quote"] == (
        "warn",
        "'pinning is back on every channel' is given as words spoken in the video (cited at 1:35 of it, the "
        "link's time code), which neither its page nor its caption holds: compare them with the video by "
        "hand",
    )
    assert checks["talk"]["date"][0] == "pass"


def test_a_link_to_one_comment_on_an_issue_is_read_as_that_comment(brief: dict[str, dict[str, Any]]) -> None:
    checks = checks_by_name(brief["comment"])
    assert checks["date"][1].startswith(
        "posted 2024-06-09 17:40 UTC (the time of the comment issuecomment-2154873311"
    )
    assert checks["quote"] == ("pass", "found 'we shipped the unpinned build to every channel by mistake'")
    assert brief["comment"]["status"] == "unconfirmed"  # the login is shown, not the name the note gives
