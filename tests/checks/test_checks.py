"""The locator, schema and captured checks, and how their results add up to a footnote's status."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from provenance.checks import CheckInput, footnote_status, run_checks
from provenance.checks.captured import check_captured, person_must_look
from provenance.checks.locator import check_locator
from provenance.checks.schema import check_schema
from provenance.models import (
    Capture,
    CaptureOutcome,
    CheckResult,
    Citation,
    Context,
    Finding,
    Footnote,
    Platform,
    SourcePost,
)
from provenance.readers import read_report_bytes

FOOTNOTE = Footnote(label="1", text="Lina Haddad, January 21, 2022, https://news.example/a", line=9)
COMPLETE = Citation(
    platform=Platform.WEB, author="Lina Haddad", date=dt.date(2022, 1, 21), url="https://news.example/a"
)
SHA = "0" * 64


def _capture(status: int | None = 200, truncated: bool = False) -> Capture:
    return Capture(
        url="https://news.example/a",
        final_url="https://news.example/a",
        http_status=status,
        warc="archives/a.warc.gz",
        warc_sha256=SHA,
        records=(),
        ip="93.184.216.34",
        started_at="2026-11-25T10:00:00.000Z",
        finished_at="2026-11-25T10:00:01.000Z",
        bytes=1234,
        truncated=truncated,
        truncation="length" if truncated else None,
    )


# What the captured page says when it was read back: the cited author, on the cited day.
PAGE = SourcePost(
    platform=Platform.WEB,
    url="https://news.example/a",
    author="Lina Haddad",
    published=dt.datetime(2022, 1, 21, 10, tzinfo=dt.UTC),
)


def _given(
    citation: Citation = COMPLETE,
    outcome: CaptureOutcome | None = None,
    offline: bool = False,
    read_back: bool = True,
) -> CheckInput:
    page = PAGE if outcome is not None and outcome.capture is not None and read_back else None
    return CheckInput(
        footnote=FOOTNOTE, citation=citation, outcome=outcome, offline=offline, live=page, source=page
    )


def _ok(capture: Capture | None = None) -> CaptureOutcome:
    return CaptureOutcome(url="https://news.example/a", capture=capture or _capture())


def test_locator_fails_without_a_url_and_says_nothing_can_be_captured() -> None:
    result = check_locator(_given(Citation(platform=Platform.TELEGRAM, date=dt.date(2022, 1, 21))))
    assert result.status == "fail"
    assert "no URL" in result.detail


def test_locator_passes_with_the_url_as_detail() -> None:
    assert check_locator(_given()) == CheckResult(
        name="locator", status="pass", detail="https://news.example/a"
    )


def test_schema_names_every_missing_field() -> None:
    result = check_schema(_given(Citation(platform=Platform.TELEGRAM)))
    assert result.status == "fail"
    for field in ("URL", "date", "author"):
        assert field.lower() in result.detail.lower()


def test_schema_says_a_date_that_could_be_read_two_ways_is_ambiguous_not_missing() -> None:
    # "no date: the note gives no full date" sent the writer looking for a date the note plainly gives.
    note = Footnote(label="1", text="Lina Haddad, 03/02/2022, https://news.example/a", line=9)
    citation = COMPLETE.model_copy(update={"date": None})
    given = CheckInput(footnote=note, citation=citation, outcome=None)
    result = check_schema(given)
    assert result.status == "fail"
    assert result.detail.startswith("ambiguous date '03/02/2022': day and month could be swapped")


@pytest.mark.parametrize(
    "text",
    [
        "Rybar, January 21, 2022 \u2013 February 3, 2022, https://t.me/rybar/5",
        "Rybar, 21 or 22 January 2022, https://t.me/rybar/5",
    ],
)
def test_schema_says_a_range_of_days_is_no_one_day_not_that_the_note_gives_none(text: str) -> None:
    # "the note gives no full date" was untrue of a note giving two full days.
    given = CheckInput(
        footnote=Footnote(label="1", text=text, line=9),
        citation=COMPLETE.model_copy(update={"date": None}),
        outcome=None,
    )
    result = check_schema(given)
    assert result.status == "fail"
    assert result.detail.startswith("no one date: the note gives a range of days, or either of two")


def test_schema_says_a_note_dated_only_when_read_has_no_day_of_publication() -> None:
    note = "City News, https://news.example/a, accessed 5 March 2023."
    given = CheckInput(
        footnote=Footnote(label="1", text=note, line=9),
        citation=COMPLETE.model_copy(update={"date": None}),
        outcome=None,
    )
    assert "add the day it was published" in check_schema(given).detail


def test_schema_passes_a_complete_citation() -> None:
    assert check_schema(_given()).status == "pass"


def test_captured_skips_offline_and_without_url() -> None:
    assert check_captured(_given(offline=True)).detail.startswith("offline")
    assert check_captured(_given()).status == "skip"


def test_captured_blocked_fetch_fails_with_blocked_detail() -> None:
    outcome = CaptureOutcome(url="http://127.0.0.1/", error="blocked: 127.0.0.1 is a loopback address")
    result = check_captured(_given(outcome=outcome))
    assert result.status == "fail"
    assert result.detail.startswith("blocked:")


def test_captured_404_fails_but_points_at_the_evidence() -> None:
    outcome = CaptureOutcome(url="https://news.example/a", capture=_capture(404), error="http 404")
    result = check_captured(_given(outcome=outcome))
    assert result.status == "fail"
    assert "HTTP 404" in result.detail and "archives/a.warc.gz" in result.detail


def test_captured_truncated_body_warns() -> None:
    result = check_captured(_given(outcome=_ok(_capture(truncated=True))))
    assert result.status == "warn"
    assert "length" in result.detail


def test_captured_a_206_partial_content_is_a_part_of_the_page_never_verified() -> None:
    # A server answered `206 Partial Content` (`Content-Range: bytes 0-99/5000`) to a request that asked for
    # no range: `captured` passed, and the footnote was verified on a part of the page.
    given = _given(outcome=_ok(_capture(206)))
    result = check_captured(given)
    assert result.status == "warn"
    assert result.detail.startswith(
        "HTTP 206 Partial Content: the body may be only a part of the page (an answer to a range request); "
        "1234 bytes in archives/a.warc.gz"
    )
    assert footnote_status(run_checks(given), look=person_must_look(given)) == "error"
    # The whole page, answered 200 or another 2xx, still passes.
    for status in (200, 201):
        whole = _given(outcome=_ok(_capture(status)))
        assert check_captured(whole).status == "pass"
        assert footnote_status(run_checks(whole), look=person_must_look(whole)) == "verified"


def test_captured_a_226_im_used_is_a_change_to_an_earlier_copy_never_verified() -> None:
    # `226 IM Used` answers a request for a delta (`A-IM: vcdiff`), which the capture never sends: its body is
    # a change to apply to an earlier copy of the page, and it passed as the page.
    given = _given(outcome=_ok(_capture(226)))
    result = check_captured(given)
    assert result.status == "warn"
    assert result.detail.startswith("HTTP 226 IM Used: the body is a change to apply to an earlier copy")
    assert footnote_status(run_checks(given), look=person_must_look(given)) == "error"


def test_captured_a_202_accepted_is_no_answer_of_the_page_never_verified() -> None:
    # AWS WAF answers its bot check `202 Accepted` (`x-amzn-waf-action: challenge`), a server still making a
    # page may too: the body says how the request stands, and `captured` passed it as the cited page.
    given = _given(outcome=_ok(_capture(202)))
    result = check_captured(given)
    assert result.status == "warn"
    assert result.detail.startswith("HTTP 202 Accepted: the server had not finished answering")
    assert result.detail.endswith("; 1234 bytes in archives/a.warc.gz")
    assert footnote_status(run_checks(given), look=person_must_look(given)) == "error"


def test_captured_a_203_is_the_page_as_a_proxy_changed_it_for_a_person_to_compare() -> None:
    # `203 Non-Authoritative Information`: a transforming proxy changed the server's answer (RFC 9110): the
    # words verified were the proxy's, and it passed as the publisher's page.
    given = _given(outcome=_ok(_capture(203)))
    result = check_captured(given)
    assert result.status == "warn"
    assert result.detail.startswith(
        "HTTP 203 Non-Authoritative Information: a proxy on the way changed the page from its server's "
        "answer; 1234 bytes in archives/a.warc.gz"
    )
    assert footnote_status(run_checks(given), look=person_must_look(given)) == "unconfirmed"


def test_captured_passes_on_a_2xx_answer() -> None:
    result = check_captured(_given(outcome=_ok()))
    assert result.status == "pass"
    assert "HTTP 200" in result.detail


def test_captured_says_a_community_note_x_shows_under_the_post_without_judging_by_it() -> None:
    # X's readers added context to the post (a Community Note): the post still says what it says, so the
    # capture passes, but a fact-checker citing it must hear of the note, which was kept in the ledger only.
    noted = PAGE.model_copy(update={"fields": {"community_note": "The video is from 2015, not 2022."}})
    outcome = _ok()
    given = CheckInput(footnote=FOOTNOTE, citation=COMPLETE, outcome=outcome, live=noted, source=noted)
    result = check_captured(given)
    assert result.status == "pass"
    assert result.detail.endswith(
        "X shows a Community Note under the post (readers' context, not its words): "
        "'The video is from 2015, not 2022.'"
    )
    assert "Community Note" not in check_captured(_given(outcome=outcome)).detail


def test_captured_names_the_page_the_cited_url_redirected_to() -> None:
    # "HTTP 200" was all it said of a link that led to another page: the page checked is that one.
    moved = _capture().model_copy(
        update={
            "final_url": "https://news.example/2022/01/22/b",
            "redirects": ("https://news.example/a", "https://news.example/2022/01/22/b"),
        }
    )
    result = check_captured(_given(outcome=_ok(moved)))
    assert result.status == "pass"
    assert result.detail.startswith(
        "HTTP 200 at https://news.example/2022/01/22/b (the cited URL redirected there), 1234 bytes in "
    )
    gone = moved.model_copy(update={"http_status": 404})
    outcome = CaptureOutcome(url="https://news.example/a", capture=gone, error="http 404")
    assert check_captured(_given(outcome=outcome)).detail.startswith(
        "HTTP 404 at https://news.example/2022/01/22/b (the cited URL redirected there); kept as evidence"
    )
    # Moving to https, to or from `www.`, or adding a slash is the same page: not said.
    secure = moved.model_copy(
        update={
            "final_url": "https://www.news.example/a/",
            "redirects": ("http://news.example/a", "https://www.news.example/a/"),
        }
    )
    assert check_captured(_given(outcome=_ok(secure))).detail.startswith("HTTP 200, 1234 bytes in ")


def test_captured_names_the_page_the_cited_url_redirected_to_on_a_warning_or_a_failure_too() -> None:
    # "soft 404: …; 1234 bytes in …" was said of a cited article that redirected to the site's home page, and
    # "paywall: …" of one that led to another article: the detail never said that the page read was not the
    # cited URL's.
    moved = _capture().model_copy(
        update={
            "final_url": "https://news.example/",
            "redirects": ("https://news.example/a", "https://news.example/"),
        }
    )
    read_at = "the page read at https://news.example/ (the cited URL redirected there), 1234 bytes in "
    home = PAGE.model_copy(update={"problem": "soft-404", "problem_detail": "the site's home page"})
    given = CheckInput(footnote=FOOTNOTE, citation=COMPLETE, outcome=_ok(moved), live=home, source=home)
    result = check_captured(given)
    assert result.status == "fail"
    assert result.detail.startswith(f"soft 404: the site's home page; {read_at}archives/a.warc.gz")
    paywalled = PAGE.model_copy(update={"partial": "paywall", "partial_detail": "a subscriber's article"})
    given = CheckInput(
        footnote=FOOTNOTE, citation=COMPLETE, outcome=_ok(moved), live=paywalled, source=paywalled
    )
    result = check_captured(given)
    assert result.status == "warn"
    assert result.detail.startswith(f"paywall: a subscriber's article; {read_at}")
    cut = moved.model_copy(update={"truncated": True, "truncation": "length"})
    result = check_captured(_given(outcome=_ok(cut)))
    assert result.detail.startswith(f"HTTP 200 but the body was cut (length); {read_at}")
    # The cited URL's own page, cut, says nothing of a redirect.
    assert check_captured(_given(outcome=_ok(_capture(truncated=True)))).detail == (
        "HTTP 200 but the body was cut (length); 1234 bytes in archives/a.warc.gz"
    )


def test_captured_names_the_archived_copy_read_in_place_of_a_live_page_that_failed() -> None:
    # The live page answered 404, and the content checks read the Wayback Machine's copy: the detail named
    # only its date, not which copy (which archive, which address) the date, author and quote rest on.
    memento = "https://web.archive.org/web/20220121100000/https://news.example/a"
    copy = PAGE.model_copy(
        update={"memento_url": memento, "memento_datetime": "Fri, 21 Jan 2022 10:00:00 GMT"}
    )
    outcome = CaptureOutcome(url="https://news.example/a", capture=_capture(404), error="http 404")
    given = CheckInput(footnote=FOOTNOTE, citation=COMPLETE, outcome=outcome, live=None, source=copy)
    result = check_captured(given)
    assert result.status == "fail"
    assert result.detail.endswith(
        f"; the archived copy of Fri, 21 Jan 2022 10:00:00 GMT, {memento}, was captured and checked instead"
    )


def test_captured_answer_that_could_not_be_read_back_is_not_checked_and_never_verified() -> None:
    # A link with `café` in its path was stored as `caf%C3%A9`; read back under the cited form it was not
    # found, every content check skipped, and the footnote came out verified on a page nobody read.
    given = _given(outcome=_ok(), read_back=False)
    result = check_captured(given)
    assert result.status == "skip" and "could not be read back" in result.detail
    assert footnote_status(run_checks(given)) == "error"


@pytest.mark.parametrize(
    ("citation", "outcome", "offline", "status"),
    [
        (COMPLETE, _ok(), False, "verified"),
        (Citation(platform=Platform.TELEGRAM, date=dt.date(2022, 1, 21)), None, False, "unlocatable"),
        (COMPLETE, CaptureOutcome(url="https://news.example/a", error="dns: no such host"), False, "failed"),
        (COMPLETE.model_copy(update={"author": None}), _ok(), False, "failed"),
        (COMPLETE, None, True, "error"),
        (COMPLETE, _ok(_capture(truncated=True)), False, "error"),
    ],
    ids=["all-pass", "no-url", "capture-failed", "schema-failed", "offline", "truncated"],
)
def test_footnote_status_follows_the_design(
    citation: Citation, outcome: CaptureOutcome | None, offline: bool, status: str
) -> None:
    assert footnote_status(run_checks(_given(citation, outcome, offline))) == status


def test_locator_warns_when_the_link_shows_another_url_than_it_leads_to() -> None:
    # The printed report shows t.me/rybar/12345; the link leads to t.me/fakerybar/1, which is captured.
    misleading = Finding(
        code="link-text-differs",
        message="footnote 1 on line 9: a link shows 'https://t.me/rybar/12345' but leads to "
        "https://t.me/fakerybar/1; the target is what is captured",
        line=9,
    )
    footnote = FOOTNOTE.model_copy(update={"findings": (misleading,)})
    given = CheckInput(footnote=footnote, citation=COMPLETE, outcome=_ok(), live=PAGE, source=PAGE)
    result = check_locator(given)
    assert result.status == "warn" and "fakerybar" in result.detail
    assert footnote_status(run_checks(given)) == "unconfirmed"


def test_locator_warns_when_a_note_of_other_words_repeats_the_footnotes_label() -> None:
    # `[^1]:` defined twice, the second with another date: pandoc prints the second, the checks compared the
    # first, and the footnote came out verified on a date the printed report does not show.
    report = read_report_bytes(
        b"Lina Haddad wrote it.[^1]\n\n[^1]: Lina Haddad, January 21, 2022, https://news.example/a\n\n"
        b"[^1]: Lina Haddad, January 25, 2022, https://news.example/a\n",
        "report.md",
    )
    footnote = report.footnotes[0]
    given = CheckInput(footnote=footnote, citation=COMPLETE, outcome=_ok(), live=PAGE, source=PAGE)
    result = check_locator(given)
    assert result.status == "warn"
    assert "on line 5 repeats the label of the footnote on line 3 with other text" in result.detail
    assert footnote_status(run_checks(given)) == "unconfirmed"
    # The same note pasted twice shows the same claims whichever is printed: verified as before.
    pasted = read_report_bytes(
        b"Lina Haddad wrote it.[^1]\n\n[^1]: Lina Haddad, January 21, 2022, https://news.example/a\n\n"
        b"[^1]: Lina Haddad, January 21, 2022, https://news.example/a\n",
        "report.md",
    )
    given = CheckInput(footnote=pasted.footnotes[0], citation=COMPLETE, outcome=_ok(), live=PAGE, source=PAGE)
    assert check_locator(given) == CheckResult(name="locator", status="pass", detail="https://news.example/a")
    assert footnote_status(run_checks(given)) == "verified"


def test_a_linkedin_link_to_a_comment_under_a_post_is_not_verified_by_the_post() -> None:
    # LinkedIn opens a comment's link on the post's page: the post's words, not the commenter's, were read.
    url = (
        "https://www.linkedin.com/feed/update/urn:li:activity:7152000000000000000"
        "?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7152000000000000000%2C7152000000000000001%29"
    )
    comment = COMPLETE.model_copy(update={"url": url})
    given = CheckInput(footnote=FOOTNOTE, citation=comment, outcome=_ok(), live=PAGE, source=PAGE)
    result = check_locator(given)
    assert result.status == "warn" and "points to a comment under a LinkedIn post" in result.detail
    assert footnote_status(run_checks(given)) == "unconfirmed"
    post = COMPLETE.model_copy(update={"url": url.split("?")[0]})
    cited_post = CheckInput(footnote=FOOTNOTE, citation=post, outcome=_ok(), live=PAGE, source=PAGE)
    assert "comment" not in check_locator(cited_post).detail


def test_a_telegram_link_to_a_comment_under_a_post_is_not_verified_by_the_post() -> None:
    # `?comment=678` names a reader's comment in the channel's discussion group; the widget captured is the
    # channel's post: its author, date and words verified a footnote that cites someone else's comment.
    comment = COMPLETE.model_copy(update={"url": "https://t.me/rybar/12345?comment=678"})
    given = CheckInput(footnote=FOOTNOTE, citation=comment, outcome=_ok(), live=PAGE, source=PAGE)
    result = check_locator(given)
    assert result == CheckResult(
        name="locator",
        status="warn",
        detail="https://t.me/rybar/12345?comment=678 points to comment 678 under the post rybar/12345: the "
        "capture holds the channel's post, not the comment; compare the comment by hand, or cite its own "
        "link in the discussion group",
    )
    assert footnote_status(run_checks(given)) == "unconfirmed"
    # The post itself, an album's `?single` view or a preview page are the post.
    for url in ("https://t.me/rybar/12345", "https://t.me/rybar/12345?single", "https://t.me/s/rybar/12345"):
        note = FOOTNOTE.model_copy(update={"text": f"Rybar, January 21, 2022, {url}"})
        citation = COMPLETE.model_copy(update={"url": url})
        assert check_locator(CheckInput(footnote=note, citation=citation, outcome=None)).status == "pass", url


@pytest.mark.parametrize(
    "text",
    [
        "Rybar, January 21, 2022, https://t.me/rybar/12\u2026",
        "Rybar, January 21, 2022, t.me/rybar/12...",  # written without a scheme
    ],
)
def test_locator_warns_when_the_notes_link_is_written_cut_short(text: str) -> None:
    # X and Telegram show a long link cut (`t.me/rybar/12…`); the ellipsis was dropped as punctuation, and
    # the same channel's post 12 was captured and checked for the 12345 the author copied.
    cut = COMPLETE.model_copy(update={"url": "https://t.me/rybar/12"})
    note = FOOTNOTE.model_copy(update={"text": text})
    given = CheckInput(footnote=note, citation=cut, outcome=_ok(), live=PAGE, source=PAGE)
    assert check_locator(given) == CheckResult(
        name="locator",
        status="warn",
        detail="https://t.me/rybar/12: the note writes the link with an ellipsis after it, as a link shown "
        "cut short is: it may name another post or page than the one meant; give the whole link",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rybar, January 21, 2022, https://t.me/rybar/12.",
        "Rybar, January 21, 2022, https://t.me/rybar/12 \u2026 and a later post",
        "Rybar, January 21, 2022, https://t.me/rybar/12 (and more\u2026)",
    ],
)
def test_locator_passes_a_link_not_followed_by_an_ellipsis(text: str) -> None:
    whole = COMPLETE.model_copy(update={"url": "https://t.me/rybar/12"})
    note = FOOTNOTE.model_copy(update={"text": text})
    assert check_locator(CheckInput(footnote=note, citation=whole, outcome=None)).status == "pass"


@pytest.mark.parametrize(
    ("url", "what"),
    [
        ("https://x.com/search?q=from%3Arybar%20bridge&f=live", "a search's results on x.com"),
        ("https://www.google.com/search?q=rybar+bridge", "a search's results on google.com"),
        ("https://duckduckgo.com/?q=rybar+bridge", "a search's results on duckduckgo.com"),
        ("https://www.youtube.com/results?search_query=rybar", "a search's results on youtube.com"),
        ("https://news.example/search?q=council+bridge", "a search's results on news.example"),
        ("https://t.me/s/rybar?q=bridge", "a search of the channel rybar's posts"),
        ("https://x.com/hashtag/Kherson?src=hashtag_click", "the list of the posts tagged 'Kherson'"),
    ],
)
def test_locator_warns_when_the_link_is_a_search_s_results(url: str, what: str) -> None:
    # A writer who found the post by a search pasted the search's link: `locator` passed it as the source,
    # though it names no one post, and lists other results to each reader and at each time.
    note = FOOTNOTE.model_copy(update={"text": f"Rybar, January 21, 2022, {url}"})
    given = CheckInput(footnote=note, citation=COMPLETE.model_copy(update={"url": url}), outcome=None)
    assert check_locator(given) == CheckResult(
        name="locator",
        status="warn",
        detail=f"{url}: {what}, not one source: what it lists depends on when, and by whom, it is opened; "
        "cite the post or page itself",
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/search-and-rescue-ends",
        "https://news.example/results/2022-election?q=kherson",  # an election's results
        "https://news.example/search",  # no search's words
        "https://t.me/s/rybar",  # the channel's page: `captured` and `date` say it is no one post
        "https://www.google.com/url?q=https://news.example/a",  # a redirector
        "https://webcache.googleusercontent.com/search?q=cache:AbC:https://news.example/a",  # a copy
    ],
)
def test_locator_passes_a_page_that_only_looks_like_a_search(url: str) -> None:
    note = FOOTNOTE.model_copy(update={"text": f"Lina Haddad, January 21, 2022, {url}"})
    given = CheckInput(footnote=note, citation=COMPLETE.model_copy(update={"url": url}), outcome=None)
    assert "not one source" not in check_locator(given).detail


def test_locator_warns_when_the_host_looks_like_another_site() -> None:
    # `t.me` with a Cyrillic `e` is another host (t.xn--m-jtb) that reads as Telegram's.
    look_alike = COMPLETE.model_copy(update={"url": "https://t.m\u0435/rybar/1"})
    result = check_locator(_given(look_alike))
    assert result.status == "warn" and "t.xn--m-jtb" in result.detail


def test_locator_warns_when_an_archived_copys_original_looks_like_another_site() -> None:
    # `web.archive.org/web/…/https://x.com@evil.example/…` reads as an archive of X's post and is a copy of
    # evil.example's page: only the archive's own host was looked at, and the locator passed.
    memento = "https://web.archive.org/web/20220121000000/https://x.com@evil.example/rybar/status/1"
    copy = COMPLETE.model_copy(
        update={"url": memento, "original_url": "https://x.com@evil.example/rybar/status/1"}
    )
    assert check_locator(_given(copy)) == CheckResult(
        name="locator",
        status="warn",
        detail=f"{memento}, a copy of https://x.com@evil.example/rybar/status/1: the URL names 'x.com' "
        "before '@', a user name, not its host: it leads to 'evil.example': a look-alike of another site? "
        "Compare by hand",
    )
    # The true case beside it: an archive's copy of an ordinary page.
    honest = COMPLETE.model_copy(
        update={
            "url": "https://web.archive.org/web/20220121000000/https://news.example/a",
            "original_url": "https://news.example/a",
        }
    )
    assert check_locator(_given(honest)).status == "pass"


def test_locator_warns_when_the_note_names_a_host_its_link_only_looks_like() -> None:
    # `<a href="https://twltter.com/rybar/status/1">twitter.com</a>`: the reader is told of twitter.com, the
    # capture is of twltter.com's page, checked as the cited source: the locator passed.
    report = read_report_bytes(
        b'<html><body><p>A claim.<sup><a href="#fn1" id="r1">1</a></sup></p><ol class="footnotes">'
        b'<li id="fn1">Lina Haddad, January 21, 2022, <a href="https://twltter.com/lina/status/1">'
        b"twitter.com</a></li></ol></body></html>",
        "report.html",
    )
    note = report.footnotes[0]
    look_alike = COMPLETE.model_copy(update={"url": "https://twltter.com/lina/status/1"})
    assert check_locator(CheckInput(footnote=note, citation=look_alike, outcome=None)) == CheckResult(
        name="locator",
        status="warn",
        detail="https://twltter.com/lina/status/1: the note names 'twitter.com', and the link leads to "
        "'twltter.com', another host that looks like it: a look-alike? Compare by hand",
    )
    # The true case beside it: the same words for X's own link.
    own = COMPLETE.model_copy(update={"url": "https://x.com/lina/status/1"})
    honest = note.model_copy(update={"urls": ("https://x.com/lina/status/1",)})
    assert check_locator(CheckInput(footnote=honest, citation=own, outcome=None)).status == "pass"


def test_locator_warns_when_a_shortened_link_led_to_a_look_alike() -> None:
    # `t.co/abc` led to `t.me.evil.example/rybar/1`, whose page was read as the source: only the cited
    # shortener's host was looked at, and the locator passed.
    note = FOOTNOTE.model_copy(update={"text": "Rybar, January 21, 2022, https://t.co/abc"})
    shortened = COMPLETE.model_copy(update={"url": "https://t.co/abc"})
    led = PAGE.model_copy(update={"url": "https://t.me.evil.example/rybar/1"})
    given = CheckInput(footnote=note, citation=shortened, outcome=_ok(), live=led, source=led)
    assert check_locator(given) == CheckResult(
        name="locator",
        status="warn",
        detail="https://t.co/abc led to https://t.me.evil.example/rybar/1: the host 't.me.evil.example' "
        "opens with 't.me', telegram's host, and is another site: a look-alike of another site? Compare by "
        "hand",
    )
    # The true case beside it: a shortener that led to the platform's own post.
    honest = PAGE.model_copy(update={"url": "https://t.me/rybar/1"})
    given = CheckInput(footnote=note, citation=shortened, outcome=_ok(), live=honest, source=honest)
    assert check_locator(given) == CheckResult(name="locator", status="pass", detail="https://t.co/abc")


def test_locator_warns_when_the_link_is_a_letter_from_the_platform_the_note_names() -> None:
    note = FOOTNOTE.model_copy(
        update={"text": "Lina Haddad on Twitter, January 21, 2022, https://twiter.com/l/status/1"}
    )
    typo = COMPLETE.model_copy(update={"url": "https://twiter.com/l/status/1"})
    assert check_locator(CheckInput(footnote=note, citation=typo, outcome=None)) == CheckResult(
        name="locator",
        status="warn",
        detail="https://twiter.com/l/status/1: the note names the platform twitter, at 'twitter.com', and "
        "the link leads to 'twiter.com', another host that looks like it: a look-alike? Compare by hand",
    )
    # The true case beside it: Telegram's own site, for a note that names Telegram.
    note = FOOTNOTE.model_copy(update={"text": "Telegram, Terms of Service, https://telegram.org/tos"})
    own = COMPLETE.model_copy(update={"url": "https://telegram.org/tos"})
    assert check_locator(CheckInput(footnote=note, citation=own, outcome=None)).status == "pass"


def test_name_key_kept_for_a_name_is_the_key_made_afresh() -> None:
    from provenance.checks.matching import name_key

    names = [
        "Lina Haddad",
        "LINA  haddad",
        "Łukasz Żółć",
        "Мария Иванова",
        "Desk",
        "",
        "O'Brien-Smith, Jr.",
        "\uff46\uff55\uff4c\uff4c",  # fullwidth letters, folded by NFKC
    ]
    for name in names * 2:  # the second time from the cache
        assert name_key(name) == name_key.__wrapped__(name)


def _note_citing(text: str, url: str) -> CheckInput:
    note = FOOTNOTE.model_copy(update={"text": text})
    citation = COMPLETE.model_copy(update={"url": url})
    return CheckInput(footnote=note, citation=citation, outcome=_ok(), live=PAGE, source=PAGE)


def test_a_note_giving_a_second_source_is_not_verified_by_its_first() -> None:
    # One source is captured per note: the second link of "…, https://t.me/citynews/12 and
    # https://x.com/mayor/status/1484" was never fetched, and the note came out verified on the first alone.
    given = _note_citing(
        "Lina Haddad, January 21, 2022, https://news.example/a and https://x.com/mayor/status/1484",
        "https://news.example/a",
    )
    assert check_locator(given) == CheckResult(
        name="locator",
        status="warn",
        detail="the note's other link, https://x.com/mayor/status/1484, is not captured or checked (the "
        "cited source is https://news.example/a): check by hand, or give each source its own footnote",
    )
    assert footnote_status(run_checks(given)) == "unconfirmed"
    many = _note_citing(
        "Sources: https://news.example/a, https://b.example/1, https://c.example/2, https://d.example/3, "
        "https://e.example/4.",
        "https://news.example/a",
    )
    assert check_locator(many).detail.startswith(
        "the note's other links, https://b.example/1, https://c.example/2, https://d.example/3 and 1 more, "
        "are not captured or checked"
    )


def test_a_note_giving_its_source_again_or_an_archived_copy_of_it_has_no_other_link() -> None:
    # The same post in another spelling, a Wayback copy of it, an archive.today copy (its short link names
    # no page): all the one cited source.
    given = _note_citing(
        "Rybar, January 21, 2022, https://t.me/rybar/12345 (also https://t.me/s/rybar/12345; archived "
        "https://web.archive.org/web/20220121000000/https://t.me/rybar/12345 and https://archive.ph/AbCd1)",
        "https://t.me/rybar/12345",
    )
    assert check_locator(given).status == "pass"


def test_a_footnote_citing_a_telegram_pin_notice_for_the_pinned_words_is_not_verified() -> None:
    # The notice's link (t.me/rybar/12346: "Рыбарь pinned «…»", dated when the pin was made) was read as a
    # post of the pinned words: date, author and quote all passed, and the footnote came out verified.
    from provenance.extractors import extract_source
    from tests.extractors.support import answer, asset

    url, widget = "https://t.me/rybar/12346", "https://t.me/rybar/12346?embed=1&mode=tme"
    source = extract_source(
        url, (answer(url, "<html></html>"), answer(widget, asset("telegram_widget_service_pinned.html")))
    )
    quoted = "the convoy had already crossed the bridge at Kherson"
    note = Footnote(
        label="1",
        text=f"Rybar, Telegram, 22 January 2022, {url}",
        line=3,
        contexts=(Context(line=3, text=f"\u201c{quoted}\u201d[^1]", quotes=(quoted,)),),
    )
    citation = Citation(platform=Platform.TELEGRAM, author="Rybar", date=dt.date(2022, 1, 22), url=url)
    given = CheckInput(footnote=note, citation=citation, outcome=_ok(), live=source, source=source)
    results = {result.name: result for result in run_checks(given)}
    assert results["captured"].status == "fail"
    assert "service notice" in results["captured"].detail
    assert footnote_status(tuple(results.values())) == "failed"


def _with_citations_file(note: str, item: str) -> CheckInput:
    """The footnote `note` as `check` sees it with a citations file holding `item` (its id "1")."""
    from provenance.citations.cite import CitationsFile, cite_footnote
    from provenance.citations.csl import load_citations_file

    footnote = Footnote(label="1", text=note, line=9, urls=tuple(u for u in note.split() if "://" in u))
    file = CitationsFile(path="c.json", sha256=SHA, overrides=load_citations_file(item.encode(), "c.json"))
    cited = cite_footnote(footnote, file)
    return CheckInput(
        footnote=footnote,
        citation=cited.citation,
        outcome=_ok(),
        live=PAGE,
        source=PAGE,
        findings=cited.findings,
    )


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ('[{"id": "1", "author": [{"literal": "Oleg Tsarev"}]}]', "author 'Oleg Tsarev' where the note says"),
        (
            '[{"id": "1", "issued": {"date-parts": [[2022, 1, 25]]}}]',
            "the date '2022-01-25' where the note says",
        ),
        ('[{"id": "1", "title": "Another headline"}]', "the title 'Another headline' where the note says"),
        ('[{"id": "1", "custom": {"handle": "fakerybar"}}]', "the handle '@fakerybar' where the note says"),
        ('[{"id": "1", "custom": {"post_id": "999"}}]', "the post id '999' where the note says '12345'"),
    ],
)
def test_a_citations_file_claim_other_than_the_notes_is_no_verified_footnote(item: str, said: str) -> None:
    # The checks compare the file's author, date, title, handle or post id; the report's reader sees the
    # note's, which nothing compared: the footnote came out verified on a claim the report never makes.
    note = (
        'Lina Haddad, "Strike on the bridge," Telegram (@rybar), January 21, 2022, https://t.me/rybar/12345'
    )
    given = _with_citations_file(note, item)
    result = check_locator(given)
    assert result.status == "warn" and said in result.detail, result.detail
    assert result.detail.endswith(
        "the checks compare the file's, not what the report's reader sees; make the note and the file agree"
    )
    assert footnote_status(run_checks(given)) != "verified"


NOTE_OF_LINA_HADDAD = (
    'Lina Haddad, "Strike on the bridge," Telegram (@rybar), January 21, 2022, https://t.me/rybar/12345'
)


@pytest.mark.parametrize(
    ("note", "item"),
    [
        # What the note says, said again (in another case and spelling of the handle, with its post id).
        (
            NOTE_OF_LINA_HADDAD,
            '[{"id": "1", "author": [{"literal": "lina haddad"}], "issued": {"date-parts": [[2022, 1, 21]]}}'
            "]",
        ),
        (
            NOTE_OF_LINA_HADDAD,
            '[{"id": "1", "title": "Strike on the Bridge", "custom": {"handle": "@Rybar", "post_id": '
            '"12345"}}]',
        ),
        # A reference manager's whole title and name where the note shortens them: they hold the note's.
        (NOTE_OF_LINA_HADDAD, '[{"id": "1", "title": "Strike on the bridge: what we know"}]'),
        (NOTE_OF_LINA_HADDAD, '[{"id": "1", "author": [{"literal": "Lina M. Haddad"}]}]'),
        # An author the note's parse misread (`Reuters, Lina Haddad` read as Reuters), corrected to the
        # name the note gives.
        (
            "Reuters, Lina Haddad, January 21, 2022, https://news.example/a",
            '[{"id": "1", "author": [{"literal": "Lina Haddad"}]}]',
        ),
    ],
)
def test_a_citations_file_that_repeats_or_corrects_what_the_note_says_leaves_the_locator_passing(
    note: str, item: str
) -> None:
    assert check_locator(_with_citations_file(note, item)).status == "pass"


def test_a_citations_file_day_that_is_neither_reading_of_the_notes_ambiguous_date_is_another_claim() -> None:
    # `03/04/2022` is March 4 or April 3: a file saying which is read for it (the note has no date of its
    # own), but one naming a third day was checked in silence, and the footnote verified on that day.
    note = "Lina Haddad, 03/04/2022, https://news.example/a"
    given = _with_citations_file(note, '[{"id": "1", "issued": {"date-parts": [[2022, 5, 1]]}}]')
    result = check_locator(given)
    assert result.status == "warn"
    assert result.detail.startswith(
        "the citations file gives the date '2022-05-01' where the note says '03/04/2022'"
    )
    for month, day in ((4, 3), (3, 4)):
        item = f'[{{"id": "1", "issued": {{"date-parts": [[2022, {month}, {day}]]}}}}]'
        assert check_locator(_with_citations_file(note, item)).status == "pass", (month, day)


def test_a_confirmed_item_from_locate_for_an_unlinked_note_leaves_the_locator_passing() -> None:
    # `locate` writes the note's own author, date and title, and fills in only what the note leaves out.
    custom = {"platform": "telegram", "handle": "example_brigades_media", "post_id": "1026"}
    item = json.dumps(
        [
            {
                "id": "1",
                "type": "post",
                "URL": "https://t.me/example_brigades_media/1026",
                "author": [{"literal": "Abu Umar al-Amiri"}],
                "issued": {"date-parts": [[2022, 1, 21]]},
                "container-title": "Telegram",
                "custom": {**custom, "located": "confirmed"},
            }
        ]
    )
    given = _with_citations_file("Telegram, January 21, 2022.", item)
    assert given.citation.located == "confirmed"
    assert check_locator(given) == CheckResult(
        name="locator", status="pass", detail="https://t.me/example_brigades_media/1026"
    )


@pytest.mark.parametrize(
    ("text", "url", "said"),
    [
        (
            "Rybar, Twitter, January 21, 2022, https://t.me/rybar/12345",
            "https://t.me/rybar/12345",
            "X/Twitter",
        ),
        (
            "Rybar [@rybar]. (2022, January 21). The bridge is down [Tweet]. X. https://t.me/rybar/12345",
            "https://t.me/rybar/12345",
            "X/Twitter",
        ),
        (
            "Rybar, X post, January 21, 2022, https://t.me/rybar/12345",
            "https://t.me/rybar/12345",
            "X/Twitter",
        ),
        (
            "Rybar, Telegram, January 21, 2022, https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "Telegram",
        ),
    ],
)
def test_locator_warns_when_the_note_names_one_platform_and_its_link_is_on_another(
    text: str, url: str, said: str
) -> None:
    # The reader of the report is told the post is on X (or Telegram); the capture and every check are of a
    # post on another platform, which the note's reader never heard of: the footnote was verified.
    given = _note_citing(text, url)
    linked = "Telegram" if "t.me" in url else "YouTube"
    assert check_locator(given) == CheckResult(
        name="locator",
        status="warn",
        detail=f"{url}: the note says {said}, its link is on {linked}: is this the post the note means? "
        "Compare by hand",
    )
    assert footnote_status(run_checks(given)) == "unconfirmed"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # The platform the words name is the link's.
        ("Rybar, Telegram, January 21, 2022, https://t.me/rybar/12345", "https://t.me/rybar/12345"),
        ("Rybar on X, January 21, 2022, https://x.com/rybar/status/1484", "https://x.com/rybar/status/1484"),
        ("Rybar, Twitter/X, https://x.com/rybar/status/1484", "https://x.com/rybar/status/1484"),
        # The words name where the post was found or passed on, or two platforms.
        ("A Telegram post shared on X: https://t.me/rybar/12345", "https://t.me/rybar/12345"),
        ("Rybar, via Twitter, https://t.me/rybar/12345", "https://t.me/rybar/12345"),
        (
            "Rybar, the Telegram channel's X account, https://x.com/rybar/status/1484",
            "https://x.com/rybar/status/1484",
        ),
        (
            "Rybar's Telegram channel, from X, https://x.com/rybar/status/1484",
            "https://x.com/rybar/status/1484",
        ),
        ("Rybar, screenshot of a Facebook post, https://t.me/rybar/12345", "https://t.me/rybar/12345"),
        (
            "Rybar, a video originally broadcast on YouTube, https://t.me/rybar/12345",
            "https://t.me/rybar/12345",
        ),
        # An archive's copy of a post on the platform named.
        (
            "Rybar, Telegram, https://web.archive.org/web/20220121000000/https://t.me/rybar/12345",
            "https://web.archive.org/web/20220121000000/https://t.me/rybar/12345",
        ),
        # A web page's link (an article about a tweet), and a platform's name in a title or a handle.
        (
            'Lina Haddad, "How Twitter spread the rumour", City News, https://news.example/a',
            "https://news.example/a",
        ),
        ('Rybar, "Why Twitter banned us", https://t.me/rybar/12345', "https://t.me/rybar/12345"),
        ("Rybar (@rybar.bsky.social), https://t.me/rybar/12345", "https://t.me/rybar/12345"),
        # A capital X that is a letter, not the site.
        ("J. X. Smith, January 21, 2022, https://t.me/rybar/12345", "https://t.me/rybar/12345"),
        (
            "Malcolm X. Speech, https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        ),
    ],
)
def test_locator_passes_a_note_whose_words_name_its_links_platform_or_another_things(
    text: str, url: str
) -> None:
    note = FOOTNOTE.model_copy(update={"text": text})
    original = "https://t.me/rybar/12345" if "web.archive.org" in url else None
    citation = COMPLETE.model_copy(update={"url": url, "original_url": original})
    given = CheckInput(footnote=note, citation=citation, outcome=None)
    assert check_locator(given) == CheckResult(name="locator", status="pass", detail=url)


def test_locator_warns_when_the_note_names_another_platform_than_its_mastodon_posts() -> None:
    # A Mastodon post is known by its link's path on any host: read as a web page's link, a note telling its
    # reader of an X post was verified on a toot.
    toot = "https://mastodon.social/@rybar/109876543210"
    given = _note_citing(f"Rybar, Twitter, January 21, 2022, {toot}", toot)
    assert check_locator(given) == CheckResult(
        name="locator",
        status="warn",
        detail=f"{toot}: the note says X/Twitter, its link is on Mastodon: is this the post the note means? "
        "Compare by hand",
    )
    # The true cases beside it: a note that names Mastodon, or no platform.
    for text in (f"Rybar, Mastodon, January 21, 2022, {toot}", f"Rybar, January 21, 2022, {toot}"):
        assert check_locator(_note_citing(text, toot)) == CheckResult(
            name="locator", status="pass", detail=toot
        )


def test_a_platforms_word_in_an_accounts_name_before_its_handle_is_no_claim_of_the_posts_platform() -> None:
    # `Telegram Daily (@tgdaily)` is an X account's name: read as the platform, its X post warned for naming
    # Telegram, and a note saying `X` of a Telegram post named two platforms and passed.
    post = "https://x.com/tgdaily/status/1484"
    for text in (
        f"Telegram Daily (@tgdaily), January 21, 2022, {post}",
        f"Telegram Daily (@tgdaily), X, January 21, 2022, {post}",
        f"YouTube Insider [@YouTubeInsider]. (2022, January 21). Update [Tweet]. X. {post}",
    ):
        assert check_locator(_note_citing(text, post)) == CheckResult(
            name="locator", status="pass", detail=post
        )
    telegram = "https://t.me/tgdaily/5"
    given = _note_citing(f"Telegram Daily (@tgdaily), X, January 21, 2022, {telegram}", telegram)
    assert check_locator(given) == CheckResult(
        name="locator",
        status="warn",
        detail=f"{telegram}: the note says X/Twitter, its link is on Telegram: is this the post the note "
        "means? Compare by hand",
    )
    # Words that are no name (`on Telegram`) and a platform's name alone before a handle still name it.
    for text in (f"Rybar on Telegram (@rybar), {post}", f"Rybar, Telegram (@rybar), {post}"):
        assert check_locator(_note_citing(text, post)).status == "warn", text


def test_locator_warns_when_a_shortened_link_led_to_a_post_on_another_platform_than_the_note_names() -> None:
    # `bit.ly/x` is on no platform: the note told its reader of an X post, the capture and every check read
    # the Telegram post its redirects led to, and the footnote was verified.
    note = FOOTNOTE.model_copy(update={"text": "Rybar, Twitter, January 21, 2022, https://bit.ly/x"})
    shortened = COMPLETE.model_copy(update={"url": "https://bit.ly/x"})
    led = PAGE.model_copy(update={"platform": Platform.TELEGRAM, "url": "https://t.me/rybar/5"})
    given = CheckInput(footnote=note, citation=shortened, outcome=_ok(), live=led, source=led)
    assert check_locator(given) == CheckResult(
        name="locator",
        status="warn",
        detail="https://bit.ly/x led to https://t.me/rybar/5: the note says X/Twitter, its link is on "
        "Telegram: is this the post the note means? Compare by hand",
    )
    # The true cases beside it: a shortener that led to a post on the platform named, and offline, where
    # where it leads is not known.
    honest = PAGE.model_copy(update={"platform": Platform.TWITTER, "url": "https://x.com/rybar/status/1"})
    given = CheckInput(footnote=note, citation=shortened, outcome=_ok(), live=honest, source=honest)
    assert check_locator(given) == CheckResult(name="locator", status="pass", detail="https://bit.ly/x")
    offline = CheckInput(footnote=note, citation=shortened, outcome=None, offline=True)
    assert check_locator(offline) == CheckResult(name="locator", status="pass", detail="https://bit.ly/x")


def test_locator_warns_when_the_note_names_another_platform_than_its_misskey_notes() -> None:
    # A Misskey note is read as the fediverse's post by its path on any host: read as a web page's link, a
    # note telling its reader of an X post was verified on a Misskey note.
    note_link = "https://misskey.io/notes/9abcdef123"
    given = _note_citing(f"Rybar, Twitter, January 21, 2022, {note_link}", note_link)
    assert check_locator(given) == CheckResult(
        name="locator",
        status="warn",
        detail=f"{note_link}: the note says X/Twitter, its link is on Misskey: is this the post the note "
        "means? Compare by hand",
    )
    # The true cases beside it: a note that names the fediverse, or no platform.
    for text in (f"Rybar, fediverse, January 21, 2022, {note_link}", f"Rybar, January 21, 2022, {note_link}"):
        assert check_locator(_note_citing(text, note_link)) == CheckResult(
            name="locator", status="pass", detail=note_link
        )


def test_locator_warns_when_a_platforms_redirector_leads_off_the_platform_the_note_names() -> None:
    # `youtube.com/redirect?q=…` reads as YouTube's link, as the note's `YouTube` does: the capture followed
    # it to an article, whose author and date matched, and a claimed YouTube post was verified on an article.
    article = "https://news.example/a"
    for words, link, platform in (
        ("YouTube", "https://www.youtube.com/redirect?q=https%3A%2F%2Fnews.example%2Fa&v=abc", "YouTube"),
        ("Telegram", "https://vk.com/away.php?to=https%3A%2F%2Fnews.example%2Fa", "VK"),
        ("X", "https://l.facebook.com/l.php?u=https%3A%2F%2Fnews.example%2Fa", "Facebook"),
    ):
        note = FOOTNOTE.model_copy(update={"text": f"Lina Haddad, {words}, January 21, 2022, {link}"})
        cited = COMPLETE.model_copy(update={"url": link})
        said = "X/Twitter" if words == "X" else words
        detail = (
            f"{link}: the note says {said}, its link is {platform}'s redirect to {article}, a page on no "
            "platform: is this the post the note means? Compare by hand"
        )
        given = CheckInput(footnote=note, citation=cited, outcome=_ok(), live=PAGE, source=PAGE)
        assert check_locator(given) == CheckResult(name="locator", status="warn", detail=detail), words
        if words == "YouTube":  # offline, where it leads is read from the link's query
            offline = CheckInput(footnote=note, citation=cited, outcome=None, offline=True)
            assert check_locator(offline) == CheckResult(name="locator", status="warn", detail=detail)
    # The true cases beside it: a redirector leading to a post on the platform named, and a note naming no
    # platform (an article's link, however reached).
    link = "https://vk.com/away.php?to=https%3A%2F%2Ft.me%2Frybar%2F5"
    post = PAGE.model_copy(update={"platform": Platform.TELEGRAM, "url": "https://t.me/rybar/5"})
    note = FOOTNOTE.model_copy(update={"text": f"Rybar, Telegram, January 21, 2022, {link}"})
    given = CheckInput(
        footnote=note,
        citation=COMPLETE.model_copy(update={"url": link}),
        outcome=_ok(),
        live=post,
        source=post,
    )
    assert check_locator(given) == CheckResult(name="locator", status="pass", detail=link)
    link = "https://www.youtube.com/redirect?q=https%3A%2F%2Fnews.example%2Fa"
    given = _note_citing(f"Lina Haddad, January 21, 2022, {link}", link)
    assert check_locator(given) == CheckResult(name="locator", status="pass", detail=link)


def test_a_true_note_dated_to_the_month_only_is_unconfirmed_never_verified_nor_an_error() -> None:
    # `schema` warns for a month-only date and `date` holds the page to that month; the footnote came out
    # `error` (as if offline) beside those checks. Only the month was checked: a person must look, never more.
    month = Footnote(label="1", text="Lina Haddad, January 2022, https://news.example/a", line=9)
    citation = COMPLETE.model_copy(update={"date": None, "date_month_or_year": "2022-01"})
    given = CheckInput(footnote=month, citation=citation, outcome=_ok(), live=PAGE, source=PAGE)
    results = {result.name: result.status for result in run_checks(given)}
    assert (results["schema"], results["date"]) == ("warn", "pass")
    assert footnote_status(run_checks(given)) == "unconfirmed"


def test_a_notes_link_found_again_in_its_text_is_judged_once_as_the_cited_source() -> None:
    # The reader's link is most often written in the note's text too: judged again, its mirror and canonical
    # forms were worked out twice for each footnote (0.08 M instructions a footnote).
    import provenance.citations.parse as parse

    footnote = Footnote(label="1", text=FOOTNOTE.text, line=9, urls=("https://news.example/a",))
    judged: list[str] = []
    real = parse.cited_url

    def counted(link: str) -> str:
        judged.append(link)
        return real(link)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parse, "cited_url", counted)
        result = check_locator(CheckInput(footnote=footnote, citation=COMPLETE, outcome=None))
    assert result.status == "pass", result.detail
    assert judged == ["https://news.example/a"]


def test_the_notes_own_quoted_words_are_read_once_for_every_check_that_asks() -> None:
    note = (
        'Lina Haddad, "Bridge reopened", January 21, 2022, quoting the mayor: "we will reopen it", '
        "https://news.example/a"
    )
    given = CheckInput(footnote=Footnote(label="1", text=note, line=9), citation=COMPLETE, outcome=None)
    assert given.quotes == ("we will reopen it",)
    assert given.quoted_in_note is given.quoted_in_note  # read once, kept by the input


def test_the_notes_own_quoted_words_the_pipeline_read_are_the_ones_the_checks_use() -> None:
    # The pipeline reads them once a footnote (to know whether the source's text is read) and hands them over.
    given = CheckInput(footnote=FOOTNOTE, citation=COMPLETE, outcome=None, note_quotes=("we will reopen it",))
    assert given.quotes == ("we will reopen it",)
