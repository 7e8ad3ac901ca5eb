"""What `check` says of each footnote of a seventh set of reports a fact-checker reviews, end to end: legal
and academic sources the earlier sets cite least.

A legal memo on a data-protection fine cites the Court of Appeal's judgment on BAILII (by its day, and by its
hearing's), a section of a statute on legislation.gov.uk as in force on a day (and on a day before it), the
regulator's press release and its penalty notice as a PDF the clerk's word processor dated the week before, a
news report corrected since (the report relies on the figure the correction withdrew), a LinkedIn post and a
Facebook post behind Facebook's login wall. A health brief on RSV vaccines cites a journal article by its DOI
(doi.org redirecting to the publisher), a PubMed abstract, a retracted paper's PubMed page the brief still
relies on, a medRxiv preprint by its first version's link and by its unversioned one (which shows its second
version), the WHO's fact sheet rewritten since, a Zenodo dataset, a conference talk on YouTube and a Wikipedia
article by a permanent link to one revision (`oldid`). Each footnote's status is what an honest tool must say:
`verified` only where every claim was checked. The servers are local (`--connect-to`), the URLs the real ones.
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
from tests.support.pdfs import one_page_pdf
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of, redirect
from tests.support.youtube_pages import Video, oembed_answer, watch_page

ASSETS = Path(__file__).parent / "assets" / "fact_checker_7"
PDF = (("Content-Type", "application/pdf"),)


def page(name: str) -> bytes:
    return (ASSETS / name).read_bytes()


# --- the legal memo ----------------------------------------------------------------------------------------

BAILII = "https://www.bailii.org/ew/cases/EWCA/Civ/2024/412.html"
STATUTE = "https://www.legislation.gov.uk/ukpga/2018/12/section/155"
RELEASE = "https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/04/ico-fines-northgate-data/"
NOTICE = "https://ico.org.uk/media/action-weve-taken/mpns/4029123/northgate-data-mpn.pdf"
HERALD = "https://www.examplia-herald.co.uk/technology/2024/apr/25/northgate-data-fined-ico-patient-records"
LINKEDIN_ID = "7189174828452206215"  # 2024-04-25 08:14:07 UTC, as its id says
LINKEDIN = f"https://www.linkedin.com/posts/priya-raman-northgate_dataprotection-activity-{LINKEDIN_ID}-Qx7b"
FACEBOOK = (
    "https://www.facebook.com/NorthgateDataLtd/posts/pfbid02Kq7wYt3mVxRbZ1nUo8sHcLdEfGa4iJkP5rS6tTuW9yXz"
)
MEMO_HOSTS: tuple[str, ...] = ("www.bailii.org", "www.legislation.gov.uk", "ico.org.uk")
MEMO_HOSTS += ("www.examplia-herald.co.uk", "www.linkedin.com", "www.facebook.com", "m.facebook.com")

MEMO = f"""# Memorandum: Northgate Data Ltd, the ICO's penalty and the appeal

*Privileged and confidential. Prepared for the board, 29 April 2024.*

1. The Court of Appeal held that "the failure to encrypt the backup server was a serious
infringement".[^judgment]

2. The appeal was argued over two days.[^judgment-hearing]

3. Section 155 allows the Commissioner to "require the person to pay to the Commissioner an amount in
sterling specified in the notice".[^statute]

3a. The same section applied a year before.[^statute-earlier]

4. Announcing the fine, the Information Commissioner said that "Northgate Data failed in the most basic of
duties".[^release]

5. The penalty notice finds that the records were exposed "for eleven weeks".[^notice]

6. The Examplia Herald reported that the records were "left on a server anyone could reach from the
internet".[^herald]

7. The Herald also reported that the company "had been fined £12m".[^herald-figure]

8. Northgate's chief executive wrote that "we accept the ICO's findings in full".[^linkedin]

9. The company told its customers on Facebook that "no payment details were ever stored on the
server".[^facebook]

[^judgment]: Northgate Data Ltd v Information Commissioner [2024] EWCA Civ 412, 24 April 2024, {BAILII}
[^judgment-hearing]: Northgate Data Ltd v Information Commissioner [2024] EWCA Civ 412, 5 March 2024, {BAILII}
[^statute]: Data Protection Act 2018, s. 155(1), legislation.gov.uk, as in force on 1 January 2024, {STATUTE}
[^statute-earlier]: Data Protection Act 2018, s. 155(1), legislation.gov.uk, as in force on 1 January 2023, {STATUTE}
[^release]: Information Commissioner's Office, "ICO fines Northgate Data £1.2 million for failing to protect patients' records", 25 April 2024, {RELEASE}
[^notice]: Information Commissioner, Monetary Penalty Notice to Northgate Data Ltd, 24 April 2024, {NOTICE}
[^herald]: Tom Whitfield, "NHS records firm Northgate fined after patient data left exposed", The Examplia Herald, 25 April 2024, {HERALD}
[^herald-figure]: Tom Whitfield, "NHS records firm Northgate fined after patient data left exposed", The Examplia Herald, 25 April 2024, {HERALD}
[^linkedin]: Priya Raman, LinkedIn, 25 April 2024, {LINKEDIN}
[^facebook]: Northgate Data Ltd, Facebook, 25 April 2024, {FACEBOOK}
"""  # noqa: E501

# The notice as the regulator's word processor saved it: drafted (`/CreationDate`) the Friday before it was
# signed and dated.
NOTICE_PDF = one_page_pdf(
    b"BT /F1 11 Tf 72 740 Td (DATA PROTECTION ACT 2018 \\(PART 6, SECTION 155\\)) Tj"
    b" 0 -16 Td (MONETARY PENALTY NOTICE) Tj"
    b" 0 -16 Td (To: Northgate Data Limited, 14 Wellington Street, Leeds LS1 4DL) Tj"
    b" 0 -24 Td (1. The Commissioner has decided to issue Northgate Data Limited with a penalty of) Tj"
    b" 0 -14 Td (1,200,000 GBP.) Tj"
    b" 0 -24 Td (2. The appointment records of 410,000 patients were exposed for eleven weeks,) Tj"
    b" 0 -14 Td (from 14 June to 2 September 2022, on a backup server reachable from the internet) Tj"
    b" 0 -14 Td (without a password.) Tj"
    b" 0 -24 Td (Dated the 24th day of April 2024) Tj"
    b" 0 -16 Td (Stephen Eckersley, Director of Investigations, Information Commissioner's Office) Tj ET",
    trailer=b"/Info 6 0 R",
    more=(
        b"<< /Title (Monetary Penalty Notice - Northgate Data Ltd) /Author (seckersley) /Creator (Microsoft"
        b" Word) /CreationDate (D:20240419163000+01'00') /ModDate (D:20240419163000+01'00') >>",
    ),
)

LINKEDIN_WORDS = (
    "Today the ICO fined Northgate Data \u00a31.2m. We accept the ICO's findings in full: a backup server "
    "was left unencrypted in 2022 and we let our patients and our NHS partners down. Every backup is now "
    "encrypted and independently audited."
)


def linkedin_post() -> bytes:
    words = LINKEDIN_WORDS
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Priya Raman on LinkedIn: Today the ICO fined Northgate Data \u00a31.2m. | 37 comments</title>
<meta name="description" content="{words} | 37 comments on LinkedIn">
<meta property="og:title" content="Priya Raman on LinkedIn: Today the ICO fined Northgate Data \u00a31.2m. | 37 comments">
<meta property="og:description" content="{words} | 37 comments on LinkedIn">
<meta property="og:url" content="{LINKEDIN}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="LinkedIn">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"DiscussionForumPosting","@id":"{LINKEDIN}","datePublished":"2024-04-25T08:14:07.512Z","author":{{"@type":"Person","name":"Priya Raman","url":"https://uk.linkedin.com/in/priya-raman-northgate"}},"articleBody":"{words}","headline":"Today the ICO fined Northgate Data \u00a31.2m.","interactionStatistic":[{{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction","userInteractionCount":37}}]}}</script>
</head>
<body class="overflow-hidden">
<header class="global-nav"><a href="https://www.linkedin.com/?trk=public_post_nav-header-logo">LinkedIn</a>
<a class="nav__button-secondary" href="https://www.linkedin.com/login?trk=public_post_nav-header-signin">Sign in</a></header>
<main class="main" id="main-content" role="main">
<article class="relative main-feed-activity-card" data-activity-urn="urn:li:activity:{LINKEDIN_ID}" data-featured-activity-urn="urn:li:activity:{LINKEDIN_ID}">
<div data-test-id="main-feed-activity-card__entity-lockup" class="flex items-center font-sans mb-1">
<a class="text-sm link-styled" href="https://uk.linkedin.com/in/priya-raman-northgate?trk=public_post_feed-actor-name" data-tracking-control-name="public_post_feed-actor-name">Priya Raman</a>
<p class="!text-xs text-color-text-low-emphasis">Chief Executive at Northgate Data</p>
<span class="text-color-text-low-emphasis text-xs"><time class="flex-none">7mo</time></span></div>
<p class="attributed-text-segment-list__content text-color-text !text-sm whitespace-pre-wrap break-words" dir="ltr" data-test-id="main-feed-activity-card__commentary">{words} <a href="https://www.linkedin.com/feed/hashtag/dataprotection?trk=public_post-text">#dataprotection</a></p>
</article>
</main>
<footer class="li-footer"><ul><li>\u00a9 2024</li></ul></footer>
</body>
</html>
""".encode()  # noqa: E501


FACEBOOK_LOGIN = b"""<!DOCTYPE html>
<html lang="en" id="facebook"><head><meta charset="utf-8"><title>Log into Facebook</title>
<meta property="og:site_name" content="Facebook"><meta name="robots" content="noodp,noydir"></head>
<body class="_6luv _52jv"><div id="globalContainer">
<div class="_9ay7">See posts, photos and more on Facebook.</div>
<form id="login_form" action="/login/device-based/regular/login/?login_attempt=1" method="post">
<input type="text" class="inputtext" name="email" id="email" placeholder="Email or phone number">
<input type="password" class="inputtext" name="pass" id="pass" placeholder="Password">
<button value="1" class="_42ft _4jy0" id="loginbutton" name="login" type="submit">Log In</button></form>
<a href="https://www.facebook.com/recover/initiate/">Forgotten password?</a>
<a role="button" href="/r.php">Create new account</a></div></body></html>
"""


@pytest.fixture(scope="module")
def memo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("memo")
    ca = make_local_ca(folder, MEMO_HOSTS)
    routes: dict[str, Any] = {
        path_of(BAILII): Reply(body=page("bailii_judgment.html"), headers=HTML),
        path_of(STATUTE): Reply(body=page("legislation_section.html"), headers=HTML),
        path_of(RELEASE): Reply(body=page("ico_news_release.html"), headers=HTML),
        path_of(NOTICE): Reply(body=NOTICE_PDF, headers=PDF),
        path_of(HERALD): Reply(body=page("news_corrected.html"), headers=HTML),
        path_of(LINKEDIN): Reply(body=linkedin_post(), headers=HTML),
        path_of(FACEBOOK): Reply(body=FACEBOOK_LOGIN, headers=HTML),
    }
    report = folder / "northgate-memo.md"
    report.write_text(MEMO, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, MEMO_HOSTS)


# --- the health brief --------------------------------------------------------------------------------------

BMJ_DOI = "https://doi.org/10.1136/bmj-2023-077412"
BMJ = "https://www.bmj.com/content/384/bmj-2023-077412"
PUBMED = "https://pubmed.ncbi.nlm.nih.gov/38354215/"
RETRACTED = "https://pubmed.ncbi.nlm.nih.gov/37881122/"
MEDRXIV = "https://www.medrxiv.org/content/10.1101/2024.03.11.24304050"
MEDRXIV_V1 = f"{MEDRXIV}v1"
WHO = "https://www.who.int/news-room/fact-sheets/detail/respiratory-syncytial-virus-(rsv)"
ZENODO = "https://zenodo.org/records/13912345"
TALK_ID = "hB3vQ9sL2kE"
TALK = f"https://www.youtube.com/watch?v={TALK_ID}"
WIKIPEDIA = "https://en.wikipedia.org/w/index.php?title=Respiratory_syncytial_virus_vaccine&oldid=1211876543"
HEALTH_HOSTS: tuple[str, ...] = ("doi.org", "www.bmj.com", "pubmed.ncbi.nlm.nih.gov", "www.medrxiv.org")
HEALTH_HOSTS += ("www.who.int", "zenodo.org", "www.youtube.com", "en.wikipedia.org")

HEALTH = f"""# Briefing: RSV vaccines for older adults and Guillain-Barré syndrome

*Evidence unit, 9 December 2024. For the immunisation committee.*

## What the studies found

A Norwegian cohort found "an excess of 7.8 cases per million doses".[^bmj]

In the pivotal trial, "two cases of Guillain-Barré syndrome occurred among 12,466 vaccine recipients".[^pubmed]

A prospective cohort put the risk at "one in 2,000 recipients".[^retracted]

An English case series first estimated "15 excess cases per million doses".[^medrxiv-v1]

The same preprint is often quoted as finding "15 excess cases per million doses".[^medrxiv-latest]

Its weekly counts are public; the authors note that "counts below five are suppressed".[^zenodo]

## What agencies and experts say

The WHO's fact sheet said that "national immunization programmes may consider RSV vaccination of adults aged
75 and over".[^who]

At ESPID 2024, Hanna Berg said that "the signal is real but the absolute risk is very small".[^talk]

Wikipedia's article put the FDA's estimate at "about 9 cases per million doses".[^wikipedia]

[^bmj]: Ingrid Solberg, Mads Kjær and Lise Hovland, "Risk of Guillain-Barré syndrome after RSV vaccination in older adults: nationwide cohort study", BMJ, 5 March 2024, {BMJ_DOI}
[^pubmed]: Ortiz L, Nakamura K, Brandt M, "Respiratory syncytial virus prefusion F vaccine in adults 60 years of age or older: two seasons of efficacy", N Engl J Med, 15 February 2024, {PUBMED}
[^retracted]: Havel P, Lindgren S, "Guillain-Barré syndrome in one in 2,000 recipients of RSV vaccine: a prospective cohort", Vaccine Res Rep, 20 October 2023, {RETRACTED}
[^medrxiv-v1]: Sarah Okonjo and Daniel Frost, "Guillain-Barré syndrome after RSVPreF3 vaccination in adults aged 60 and over: a self-controlled case series in England", medRxiv, 12 March 2024, {MEDRXIV_V1}
[^medrxiv-latest]: Sarah Okonjo and Daniel Frost, "Guillain-Barré syndrome after RSVPreF3 vaccination in adults aged 60 and over: a self-controlled case series in England", medRxiv, 12 March 2024, {MEDRXIV}
[^zenodo]: Sarah Okonjo and Daniel Frost, "Guillain-Barré syndrome admissions by RSV vaccination status, England 2023-2024 (weekly counts and linkage code)", Zenodo, 8 October 2024, {ZENODO}
[^who]: World Health Organization, "Respiratory syncytial virus (RSV)", fact sheet, 10 January 2024, {WHO}
[^talk]: Hanna Berg, "RSV vaccines and Guillain-Barré syndrome: what we know", talk at ESPID 2024, YouTube, 24 May 2024, {TALK}
[^wikipedia]: "Respiratory syncytial virus vaccine", Wikipedia, revision of 3 March 2024, {WIKIPEDIA}
"""  # noqa: E501

TALK_VIDEO = Video(
    video_id=TALK_ID,
    title="Hanna Berg: RSV vaccines and Guillain-Barré syndrome: what we know | ESPID 2024",
    description=(
        "Plenary lecture at the 42nd Annual Meeting of the European Society for Paediatric Infectious "
        "Diseases, Copenhagen, 20-24 May 2024. Speaker: Dr Hanna Berg, Karolinska Institutet."
    ),
    channel="ESPID",
    handle="espidsociety",
    published="2024-05-24T02:30:00-07:00",
    seconds=1834,
    keywords="ESPID 2024, RSV, vaccines, Guillain-Barré syndrome",
    genre="Education",
)


@pytest.fixture(scope="module")
def health(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("health")
    ca = make_local_ca(folder, HEALTH_HOSTS)
    routes: dict[str, Any] = {
        path_of(BMJ_DOI): redirect(BMJ),
        path_of(BMJ): Reply(body=page("bmj_article.html"), headers=HTML),
        path_of(PUBMED): Reply(body=page("pubmed_abstract.html"), headers=HTML),
        path_of(RETRACTED): Reply(body=page("pubmed_retracted.html"), headers=HTML),
        path_of(MEDRXIV_V1): Reply(body=page("medrxiv_v1.html"), headers=HTML),
        path_of(MEDRXIV): Reply(body=page("medrxiv_v2.html"), headers=HTML),
        path_of(WHO): Reply(body=page("who_updated.html"), headers=HTML),
        path_of(ZENODO): Reply(body=page("zenodo_record.html"), headers=HTML),
        path_of(TALK): Reply(body=watch_page(TALK_VIDEO), headers=HTML),
        path_of(youtube_oembed_url(TALK_ID)): Reply(body=oembed_answer(TALK_VIDEO), headers=JSON),
        path_of(WIKIPEDIA): Reply(body=page("wikipedia_oldid.html"), headers=HTML),
    }
    report = folder / "rsv-gbs-briefing.md"
    report.write_text(HEALTH, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, HEALTH_HOSTS)


# --- what a fact-checker reads -----------------------------------------------------------------------------


def test_each_footnote_of_the_legal_memo_has_the_status_a_careful_lawyer_would_give(
    memo: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: footnote["status"] for label, footnote in memo.items()}
    statuses.pop("herald-figure")  # see the test below: the figure the correction note withdrew, verified
    assert statuses == {
        "judgment": "verified",  # caption and citation as BAILII's title gives them
        "judgment-hearing": "failed",  # the hearing's day: the page's title gives the judgment's
        "statute": "unconfirmed",  # the version's day passes; legislation names no author: schema warns
        "statute-earlier": "failed",  # the page shows the version as at another day
        "release": "verified",
        "notice": "unconfirmed",  # the PDF's /CreationDate is the draft's, not the notice's day
        "herald": "verified",
        "linkedin": "verified",
        "facebook": "failed",  # Facebook's login form in the post's place
    }
    checks = {label: checks_by_name(footnote) for label, footnote in memo.items()}
    assert checks["judgment"]["quote"] == (
        "pass",
        "found 'the failure to encrypt the backup server was a serious infringement'",
    )
    # BAILII's title is the caption, the neutral citation and the day: the note's caption and its own
    # citation pass, the day left to the date check (it warned "only part of the page's title").
    assert checks["judgment"]["title"] == (
        "pass",
        "the note's unquoted words 'Northgate Data Ltd v Information Commissioner' read as its title: "
        "matches 'Northgate Data Ltd v Information Commissioner', the judgment's caption in the page's "
        "title 'Northgate Data Ltd v Information Commissioner [2024] EWCA Civ 412 (24 April 2024)'; left "
        "aside: the note's own neutral citation '[2024] EWCA Civ 412' and the judgment's day '24 April "
        "2024' (the date check compares it)",
    )
    # The judgment's day is in BAILII's title (and its heading), never the hearing's.
    assert checks["judgment"]["date"] == (
        "pass",
        "the source gives the day 2024-04-24 (the judgment's day, in BAILII's title)",
    )
    assert checks["judgment-hearing"]["date"] == (
        "fail",
        "cited 2024-03-05; the source gives 2024-04-24 (the judgment's day, in BAILII's title)",
    )
    # The neutral citation's court, by its name: `EWCA Civ` is part of the citation, no author; the
    # judgment's heading names it.
    assert checks["judgment"]["author"] == (
        "pass",
        "cited 'Court of Appeal (Civil Division)'; the judgment's heading names its court: 'IN THE COURT OF "
        "APPEAL (CIVIL DIVISION)'",
    )
    # A statute names no author: the Act's name is no byline to compare.
    assert checks["statute"]["author"] == (
        "skip",
        "the note cites legislation ('Data Protection Act 2018'), which names no author: none to compare",
    )
    assert checks["statute"]["schema"] == (
        "warn",
        "no author: the note cites legislation (Data Protection Act 2018), which names none, so no author is "
        "checked; a person should confirm the page is that legislation",
    )
    # A section as in force on a day: the point in time the page shows is the version's day.
    assert checks["statute"]["date"] == (
        "pass",
        "the source gives the day 2024-01-01 (the day of the version shown, 'Point in time view as at "
        "01/01/2024')",
    )
    assert checks["statute-earlier"]["date"] == (
        "fail",
        "cited 2023-01-01; the source gives 2024-01-01 (the day of the version shown, 'Point in time view "
        "as at 01/01/2024')",
    )
    # A file's maker and its making are not the notice's signatory and day.
    assert checks["notice"]["date"] == ("warn", "the source shows no publication date: compare by hand")
    assert "the PDF's metadata names 'seckersley', who made the file" in checks["notice"]["author"][1]
    assert checks["notice"]["quote"] == ("pass", "found 'for eleven weeks'")
    assert checks["release"]["author"][0] == "pass"
    assert checks["linkedin"]["date"][1].startswith("posted 2024-04-25 08:14 UTC")
    assert checks["facebook"]["captured"][0] == "fail"
    assert checks["facebook"]["captured"][1].startswith(
        "login wall: the page is a login form ('Log into Facebook')"
    )


def test_words_a_correction_note_withdrew_are_never_verified(memo: dict[str, dict[str, Any]]) -> None:
    quote = checks_by_name(memo["herald-figure"])["quote"]
    assert quote[0] == "warn"
    assert "correction note" in quote[1]
    assert memo["herald-figure"]["status"] == "unconfirmed"


def test_each_footnote_of_the_health_brief_has_the_status_a_careful_editor_would_give(
    health: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: footnote["status"] for label, footnote in health.items()}
    for label in ("bmj", "pubmed", "retracted", "medrxiv-latest", "talk"):
        statuses.pop(label)  # see the tests below, each marked with the proposal that fixes it
    assert statuses == {
        "medrxiv-v1": "verified",  # the first version's link, its day and its words
        "zenodo": "verified",  # a dataset's creators, its day of publication, its description's words
        "who": "failed",  # the fact sheet as it stands is dated after the cited day
        "wikipedia": "verified",  # the revision's day, its words, and the site the note credits
    }
    checks = {label: checks_by_name(footnote) for label, footnote in health.items()}
    assert checks["medrxiv-v1"]["date"] == (
        "pass",
        "the source gives the day 2024-03-12 (meta citation_online_date)",
    )
    assert checks["zenodo"]["author"][0] == "pass"
    assert checks["zenodo"]["date"] == ("pass", "the source gives the day 2024-10-08 (JSON-LD datePublished)")
    assert checks["who"]["date"][1].startswith("cited 2024-01-10; the source gives 2025-09-11")
    # A permanent link's revision, not the article's first edit (2014): its day is the note's.
    assert checks["wikipedia"]["date"][1].startswith(
        "posted 2024-03-03 14:02 UTC (the time of revision 1211876543, as the page shows it)"
    )
    assert checks["wikipedia"]["quote"] == ("pass", "found 'about 9 cases per million doses'")
    # The wiki's collective author ("Contributors to Wikimedia projects") is named as the wiki names it.
    assert checks["wikipedia"]["author"] == (
        "pass",
        "cited 'Wikipedia'; the source shows 'Wikipedia', its publisher; its byline names 'Wikipedia "
        "contributors'",
    )
    # Words said in a talk: no capture holds them, whatever the author check says.
    assert checks["talk"]["quote"][0] == "warn"
    assert checks["talk"]["date"][0] == "pass"


def test_an_article_cited_by_the_day_it_was_published_online_is_verified(
    health: dict[str, dict[str, Any]],
) -> None:
    # The day (16 March) is the page's publication day; the note's is the one it went online.
    assert checks_by_name(health["bmj"])["date"] == (
        "pass",
        "the source gives the day 2024-03-05 (meta citation_online_date), the day it was published online, "
        "before its issue's, 2024-03-16 (meta citation_publication_date)",
    )
    assert health["bmj"]["status"] == "verified"


def test_a_pubmed_abstract_cited_by_its_authors_in_vancouver_style_is_verified(
    health: dict[str, dict[str, Any]],
) -> None:
    assert checks_by_name(health["pubmed"])["author"][0] == "pass"
    assert health["pubmed"]["status"] == "verified"


def test_a_retracted_paper_s_pubmed_page_is_never_verified(health: dict[str, dict[str, Any]]) -> None:
    assert health["retracted"]["status"] != "verified"


def test_a_brief_relying_on_a_paper_pubmed_marks_retracted_fails(health: dict[str, dict[str, Any]]) -> None:
    assert checks_by_name(health["retracted"])["captured"][1].startswith(
        "deleted or unavailable: the publisher retracted the article"
    )
    assert health["retracted"]["status"] == "failed"


def test_a_preprint_s_unversioned_link_cited_by_its_first_version_s_day_is_unconfirmed(
    health: dict[str, dict[str, Any]],
) -> None:
    # Its first version's day, as the page's list of versions gives it (its metadata dates the second).
    assert checks_by_name(health["medrxiv-latest"])["date"] == (
        "pass",
        "version v1 of the preprint was posted on 2024-03-12, the cited day (the page's metadata gives "
        "2024-04-02 (meta citation_online_date), the day of the version it shows)",
    )
    assert health["medrxiv-latest"]["status"] == "unconfirmed"  # its words changed in the second version


def test_a_talk_cited_by_its_speaker_on_a_conference_s_channel_is_unconfirmed_not_failed(
    health: dict[str, dict[str, Any]],
) -> None:
    assert checks_by_name(health["talk"])["author"][0] == "warn"
    assert health["talk"]["status"] == "unconfirmed"
