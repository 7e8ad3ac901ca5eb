"""What `check` says of each footnote of a fifth set of reports a fact-checker reviews, end to end.

A science fact-check of a viral claim about measles cites a preprint's arXiv abstract page (its second
version), a medRxiv preprint, a journal article by its DOI (doi.org redirecting to the publisher), an article
since retracted and its retraction note, the WHO's fact sheet, the Substack post that spread the claim (its
own words and the WHO's words it quotes) and a YouTube interview cited at a time code. Each footnote's status
is what an honest tool must say: `verified` only where every claim was checked. The servers are local
(`--connect-to`), the URLs the real ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provenance.side_urls import side_urls, youtube_oembed_url
from tests.support import telegram_pages
from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import JSON_HEADERS as JSON
from tests.support.check_runs import checked_on as _check
from tests.support.check_runs import checks_by_name
from tests.support.pdfs import one_page_pdf
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of, redirect
from tests.support.telegram_pages import telegram_page, widget_words
from tests.support.youtube_pages import Video, oembed_answer, watch_page

ASSETS = Path(__file__).parent / "assets" / "fact_checker_5"


def page(name: str) -> bytes:
    return (ASSETS / name).read_bytes()


# --- the science fact-check --------------------------------------------------------------------------------

ARXIV = "https://arxiv.org/abs/2403.01234v2"
MEDRXIV = "https://www.medrxiv.org/content/10.1101/2024.02.27.24303412v1"
PLOS_DOI = "https://doi.org/10.1371/journal.pone.0298765"
PLOS = "https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0298765"
RETRACTED_DOI = "https://doi.org/10.1007/s00431-023-05291-8"
RETRACTED = "https://link.springer.com/article/10.1007/s00431-023-05291-8"
RETRACTION_NOTE = "https://link.springer.com/article/10.1007/s00431-024-05711-2"
WHO = "https://www.who.int/news-room/fact-sheets/detail/measles"
SUBSTACK = "https://lenavarga.substack.com/p/the-measles-numbers-they-dont-show"
VIDEO = "kQ3m9VvT2xA"
YOUTUBE = f"https://www.youtube.com/watch?v={VIDEO}&t=194s"
SCIENCE_HOSTS: tuple[str, ...] = ("arxiv.org", "www.medrxiv.org", "doi.org", "journals.plos.org")
SCIENCE_HOSTS += ("link.springer.com", "www.who.int", "lenavarga.substack.com", "www.youtube.com")

SCIENCE_REPORT = f"""# Fact check: no, vitamin A is not an alternative to the measles vaccine

*The Examplia Verification Desk, 9 December 2024*

## The claim

A post on the newsletter platform Substack by the physician Lena Varga, shared more than 40,000 times, says
that "a randomised trial in Portugal found that vitamin A worked as well as the vaccine".[^substack]

Varga wrote: "Measles vaccination averted 60 million deaths between 2000 and 2023."[^substack-who]

She quoted the WHO's fact sheet, "measles vaccination averted 60 million deaths", only to say that
"nobody can check that figure".[^substack-quoting]

In a video interview she repeated that "parents have been lied to about vitamin A".[^youtube]

## The trial she means

The trial was published in November 2023: its authors wrote that "high-dose vitamin A prevented 94 percent of
measles infections".[^retracted-titled]

Its abstract concluded that "vitamin A may be offered where parents decline vaccination".[^retracted]

The journal retracted it in September 2024, saying "the trial registration and ethics approval cited in it
could not be verified".[^retraction-note]

## What the evidence says

A cohort study in Ghana found that vitamin A "is an adjunct to treatment and does not replace
vaccination".[^medrxiv]

In Poland, "two doses of measles-containing vaccine were 96% effective against hospitalisation".[^plos]

A modelling study put the threshold for herd immunity at "95 percent of each birth cohort receiving two
doses".[^arxiv]

Its revised version, posted two weeks later, kept that figure: "the effective herd immunity threshold rises
to 95 percent".[^arxiv-revised]

The WHO says that "measles vaccination averted 60 million deaths between 2000 and 2023".[^who]

[^substack]: Lena Varga, "The measles numbers they don't show you", Second Opinion (Substack), 2 December 2024, {SUBSTACK}
[^substack-who]: Lena Varga, "The measles numbers they don't show you", Second Opinion, 2 December 2024, {SUBSTACK}
[^substack-quoting]: Lena Varga, "The measles numbers they don't show you", Second Opinion, 2 December 2024, {SUBSTACK}
[^youtube]: Second Opinion with Dr. Lena Varga, "Vitamin A: what they don't tell parents", YouTube, 3 December 2024, at 3:14, {YOUTUBE}
[^retracted-titled]: Rui Duarte and Ana Ferreira, "High-dose vitamin A as an alternative to measles vaccination in infants: a randomised trial", European Journal of Pediatrics, 20 November 2023, {RETRACTED_DOI}
[^retracted]: Duarte R, Ferreira A, European Journal of Pediatrics, 20 November 2023, {RETRACTED_DOI}
[^retraction-note]: "Retraction Note: High-dose vitamin A as an alternative to measles vaccination in infants: a randomised trial", European Journal of Pediatrics, 12 September 2024, {RETRACTION_NOTE}
[^medrxiv]: Kwame Osei, Abena Mensah and Ibrahim Yakubu, "Vitamin A supplementation and measles case fatality in children under five: a retrospective cohort in northern Ghana", medRxiv, 28 February 2024, {MEDRXIV}
[^plos]: Marta Lindqvist, Piotr Nowak and Ewa Zielinska, "Measles vaccine effectiveness against hospitalisation during the 2023 outbreak in Lower Silesia: A test-negative study", PLOS ONE, 14 March 2024, {PLOS_DOI}
[^arxiv]: Amira Haddad and Jonas Berg, "Herd immunity thresholds for measles under waning vaccine-induced immunity", arXiv:2403.01234, 4 March 2024, {ARXIV}
[^arxiv-revised]: Amira Haddad and Jonas Berg, "Herd immunity thresholds for measles under waning vaccine-induced immunity", arXiv:2403.01234v2, 19 March 2024, {ARXIV}
[^who]: World Health Organization, "Measles", fact sheet, 14 November 2024, {WHO}
"""  # noqa: E501

INTERVIEW = Video(
    video_id=VIDEO,
    title="Vitamin A: what they don't tell parents",
    description=(
        "Dr. Lena Varga on the Portuguese vitamin A trial, and why parents deserve a choice. Subscribe to "
        "Second Opinion for the full interview."
    ),
    channel="Second Opinion with Dr. Lena Varga",
    handle="secondopinionvarga",
    published="2024-12-03T09:00:11-08:00",
    seconds=702,
    keywords="measles, vitamin A, vaccines",
    genre="People &amp; Blogs",
)


@pytest.fixture(scope="module")
def science(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("science")
    ca = make_local_ca(folder, SCIENCE_HOSTS)
    routes: dict[str, Any] = {
        path_of(ARXIV): Reply(body=page("arxiv_abs_v2.html"), headers=HTML),
        path_of(MEDRXIV): Reply(body=page("medrxiv_preprint.html"), headers=HTML),
        path_of(PLOS_DOI): redirect(PLOS),
        path_of(PLOS): Reply(body=page("plos_article.html"), headers=HTML),
        path_of(RETRACTED_DOI): redirect(RETRACTED),
        path_of(RETRACTED): Reply(body=page("springer_retracted_article.html"), headers=HTML),
        path_of(RETRACTION_NOTE): Reply(body=page("springer_retraction_note.html"), headers=HTML),
        path_of(WHO): Reply(body=page("who_fact_sheet.html"), headers=HTML),
        path_of(SUBSTACK): Reply(body=page("substack_skeptic_post.html"), headers=HTML),
        path_of(YOUTUBE): Reply(body=watch_page(INTERVIEW), headers=HTML),
        path_of(youtube_oembed_url(VIDEO)): Reply(body=oembed_answer(INTERVIEW), headers=JSON),
    }
    report = folder / "vitamin-a-fact-check.md"
    report.write_text(SCIENCE_REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, SCIENCE_HOSTS)


# --- the legal memo's evidence annex ------------------------------------------------------------------------

GAZETTE = "https://www.thegazette.co.uk/notice/4571234"
STATEMENT = "https://www.harbourline-shipping.com/news/statement-mv-amal-star/"
JUDGMENT = (
    "https://www.judiciary.example/wp-content/uploads/2024/03/Harbourline-v-Port-Amal-Authority-judgment.pdf"
)
FORWARD = "https://t.me/portamal_news/8812"  # Port Amal News's forward of Harbour Watch's post 311
EDITED = "https://t.me/harbourwatch/315"
ANNEX_HOSTS: tuple[str, ...] = (
    "www.thegazette.co.uk",
    "www.harbourline-shipping.com",
    "www.judiciary.example",
)
ANNEX_HOSTS += ("t.me",)

ANNEX = f"""# Annex B: evidence on the departure of the MV Amal Star

**Privileged and confidential.** Prepared for counsel, 20 March 2024.

B.1 Harbourline Shipping Ltd is being struck off: the registrar gave notice that "the name of the
above-mentioned company will be struck off the register".[^gazette]

B.2 Harbourline's statement gives its chief executive's words: "the vessel was never in danger".[^statement]

B.3 The statement first gave another time of departure: before it was amended it said that the ship "left
Port Amal at 22:40 on 11 March 2024".[^statement-first]

B.4 The High Court found that "the vessel left port without the harbour master's clearance".[^judgment]

B.5 The channel Port Amal News wrote that "the Amal Star sailed with its transponder switched off".[^forward]

B.6 The monitoring channel Harbour Watch reported the same night that "the Amal Star sailed with its
transponder switched off".[^forward-original]

B.7 The next day Harbour Watch wrote that "four crew members have not been paid since December".[^edited]

[^gazette]: The Gazette, "HARBOURLINE SHIPPING LIMITED", Companies Regulation, notice 4571234, 14 March 2024, {GAZETTE}
[^statement]: Harbourline Shipping, "Statement on the MV Amal Star incident", 12 March 2024, {STATEMENT}
[^statement-first]: Harbourline Shipping, "Statement on the MV Amal Star incident", 12 March 2024, {STATEMENT}
[^judgment]: Harbourline Shipping Ltd v Port Amal Authority [2024] EWHC 611 (Comm), judgment of 14 March 2024, {JUDGMENT}
[^forward]: Port Amal News (@portamal_news), Telegram, 12 March 2024, {FORWARD}
[^forward-original]: Harbour Watch, Telegram, 12 March 2024, {FORWARD}
[^edited]: Harbour Watch (@harbourwatch), Telegram, 13 March 2024, {EDITED}
"""  # noqa: E501

# A court's judgment as its clerk's word processor saved it: the file's /Author is the clerk's login.
JUDGMENT_PDF = one_page_pdf(
    b"BT /F1 11 Tf 72 740 Td (Neutral Citation Number: [2024] EWHC 611 \\(Comm\\)) Tj"
    b" 0 -16 Td (IN THE HIGH COURT OF JUSTICE, BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES) Tj"
    b" 0 -16 Td (Date: 14/03/2024) Tj"
    b" 0 -24 Td (Before: THE HONOURABLE MRS JUSTICE OKAFOR) Tj"
    b" 0 -24 Td (Between: HARBOURLINE SHIPPING LIMITED, Claimant, and PORT AMAL AUTHORITY, Defendant) Tj"
    b" 0 -24 Td (APPROVED JUDGMENT) Tj"
    b" 0 -24 Td (41. On the evidence before me I find that the vessel left port without the harbour) Tj"
    b" 0 -14 Td (master's clearance, and that the master knew it had not been given.) Tj ET",
    trailer=b"/Info 6 0 R",
    more=(
        b"<< /Title (Approved Judgment) /Author (jsmith) /Creator (Microsoft Word)"
        b" /CreationDate (D:20240314101500Z) >>",
    ),
)


def telegram_widget(
    post: str, owner: str, when: str, text: str, forwarded: str = "", edited: bool = False
) -> bytes:
    """A post's widget as Telegram serves it (`?embed=1&mode=tme`): `forwarded` is the forward's header,
    `edited` Telegram's mark of a post changed since."""
    blocks = [forwarded, widget_words(text)]
    return telegram_pages.telegram_widget(
        post, owner, when, blocks, peer=1441707350, colour=3, views="9.1K", edited=edited
    )


SAILED = (
    "Our AIS feed: the Amal Star sailed with its transponder switched off at 23:40. Port control did not "
    "answer."
)
UNPAID = "Update from the crew: four crew members have not been paid since December. They are still on board."


@pytest.fixture(scope="module")
def annex(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("annex")
    ca = make_local_ca(folder, ANNEX_HOSTS)
    forwarded = (
        '<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a '
        'class="tgme_widget_message_forwarded_from_name" href="https://t.me/harbourwatch/311">'
        '<span dir="auto">Harbour Watch</span></a></div>'
    )
    (forward_widget,) = side_urls(FORWARD)
    (edited_widget,) = side_urls(EDITED)
    routes: dict[str, Any] = {
        path_of(GAZETTE): Reply(body=page("gazette_strike_off_notice.html"), headers=HTML),
        path_of(STATEMENT): Reply(body=page("harbourline_statement.html"), headers=HTML),
        path_of(JUDGMENT): Reply(body=JUDGMENT_PDF, headers=(("Content-Type", "application/pdf"),)),
        path_of(FORWARD): Reply(
            body=telegram_page("portamal_news/8812", "Port Amal News", SAILED), headers=HTML
        ),
        path_of(forward_widget): Reply(
            body=telegram_widget(
                "portamal_news/8812", "Port Amal News", "2024-03-12T00:05:12+00:00", SAILED, forwarded
            ),
            headers=HTML,
        ),
        path_of(EDITED): Reply(body=telegram_page("harbourwatch/315", "Harbour Watch", UNPAID), headers=HTML),
        path_of(edited_widget): Reply(
            body=telegram_widget(
                "harbourwatch/315", "Harbour Watch", "2024-03-13T08:31:40+00:00", UNPAID, edited=True
            ),
            headers=HTML,
        ),
    }
    report = folder / "annex-b.md"
    report.write_text(ANNEX, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, ANNEX_HOSTS)


# --- what a fact-checker reads -----------------------------------------------------------------------------


def test_each_footnote_of_the_science_fact_check_has_the_status_a_careful_editor_would_give(
    science: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: footnote["status"] for label, footnote in science.items()}
    statuses.pop("substack-who")  # see the test below: the WHO's words the post quotes, given to its writer
    statuses.pop("retraction-note")  # see the test below: the journal named as the note's author
    assert statuses == {
        "substack": "verified",  # the writer's own words, in her own post
        "substack-quoting": "verified",  # the words she quotes, said to be quoted, and her own after them
        "youtube": "unconfirmed",  # words said 3:14 into the video: no capture holds them
        "retracted-titled": "failed",  # retracted by its journal: its words withdrawn
        "retracted": "failed",
        "medrxiv": "verified",  # its year written as its first day, the day it was posted beside it
        "plos": "verified",  # doi.org's redirect to the publisher, read there
        "arxiv": "verified",  # `citation_date`: the first version's day
        "arxiv-revised": "verified",  # the second version's day, as the page's submission history lists it
        "who": "verified",
    }
    checks = {label: checks_by_name(footnote) for label, footnote in science.items()}
    # `at 3:14` beside `&t=194s` is a place in the video, not the time of day it was posted.
    assert checks["youtube"]["date"][0] == "pass"
    assert checks["youtube"]["quote"] == (
        "warn",
        "'parents have been lied to about vitamin A' is given as words spoken in the video (cited at 3:14 of "
        "it, the link's time code), which neither its page nor its caption holds: compare them with the "
        "video by hand",
    )
    assert checks["retracted"]["captured"][1].startswith(
        "deleted or unavailable: the publisher retracted the article: the page says 'This article was "
        "retracted on 12 September 2024"
    )
    # medRxiv writes the preprint's year alone as its first day, and the day it was posted beside it.
    assert checks["medrxiv"]["date"] == (
        "pass",
        "the source gives the day 2024-02-28 (meta citation_online_date)",
    )
    assert checks["plos"]["captured"][1].startswith(f"HTTP 200 at {PLOS} (the cited URL redirected there)")
    assert checks["arxiv"]["date"] == ("pass", "the source gives the day 2024-03-04 (meta citation_date)")
    assert checks["arxiv-revised"]["date"] == (
        "pass",
        "version v2 of the preprint was submitted 2024-03-19 09:41 UTC, on the cited 2024-03-19 in some zone "
        "from UTC\u221212 to UTC+14 (the page's metadata gives 2024-03-04 (meta citation_date), its first "
        "version's)",
    )


def test_words_a_post_quotes_in_a_quotation_block_given_as_its_writer_s_own_are_unconfirmed(
    science: dict[str, dict[str, Any]],
) -> None:
    assert science["substack-who"]["status"] == "unconfirmed"
    assert "quotation block" in checks_by_name(science["substack-who"])["quote"][1]


def test_a_retraction_note_cited_with_its_journal_as_its_author_is_verified(
    science: dict[str, dict[str, Any]],
) -> None:
    assert checks_by_name(science["retraction-note"])["quote"][0] == "pass"
    assert checks_by_name(science["retraction-note"])["author"] == (
        "pass",
        "cited 'European Journal of Pediatrics'; the source shows 'European Journal of Pediatrics', its "
        "journal; its byline names 'Rui Duarte, Ana Ferreira'",
    )
    assert science["retraction-note"]["status"] == "verified"


def test_each_footnote_of_the_evidence_annex_has_the_status_a_careful_lawyer_would_give(
    annex: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: footnote["status"] for label, footnote in annex.items()}
    statuses.pop("judgment")  # see the test below: a judgment cited by its case name and neutral citation
    assert statuses == {
        "gazette": "verified",
        "statement": "verified",  # the chief executive's words, in the company's own statement
        "statement-first": "unconfirmed",  # words of the statement before it was amended
        "forward": "unconfirmed",  # the forwarding channel credited with Harbour Watch's words
        "forward-original": "unconfirmed",  # Harbour Watch's words, whose own post was not captured
        "edited": "verified",  # edited since, but the quoted words are in it as it stands
    }
    checks = {label: checks_by_name(footnote) for label, footnote in annex.items()}
    assert checks["statement-first"]["quote"] == (
        "warn",
        "near match (97%) for 'left Port Amal at 22:40 on 11 March 2024', the quote has '22:40' where the "
        "source has '23:40': compare by hand; the page was updated 2024-03-13 18:02 UTC, after it was "
        "published: the quoted words may be from before the update (an archived copy made before it may "
        "show them)",
    )
    assert checks["forward"]["author"] == (
        "warn",
        "cited @portamal_news; the source's account is @portamal_news, but the post is a forward from "
        "'Harbour Watch' (@harbourwatch): the words are theirs, not @portamal_news's own",
    )
    assert checks["forward-original"]["date"][0] == "warn"
    assert "cite the original post (https://t.me/harbourwatch/311)" in checks["forward-original"]["author"][1]
    assert checks["judgment"]["quote"] == (
        "pass",
        'found "the vessel left port without the harbour master\'s clearance"',
    )


def test_a_judgment_cited_by_its_case_name_and_neutral_citation_is_no_note_missing_its_author(
    annex: dict[str, dict[str, Any]],
) -> None:
    assert checks_by_name(annex["judgment"])["schema"][0] != "fail"
    assert annex["judgment"]["status"] == "unconfirmed"  # the PDF gives no publication date to compare
