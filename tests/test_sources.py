"""Reading a footnote's WARC back: the live source, and the TimeGate's answer with why it failed."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from provenance import cli, sources
from provenance.capture.capture import capture_url
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.checks.title import check_title
from provenance.models import CaptureOutcome, Citation, Footnote, Platform, SourcePost
from provenance.sources import (
    LiveRead,
    ReadSource,
    _another_pages_title,
    _memento_date_from_link,
    _original_of,
    accept_datetime,
    archive_asks,
    archive_follow_ups,
    read_source,
)
from tests.support.servers import FixtureServer, LocalCA, Reply

INFO = WarcInfo(software="provenance/test", operator="t", hostname="host", command_line="provenance check")
ARTICLE = (
    b"<html><head><title>Council vote</title><meta name='author' content='Lina Haddad'></head>"
    b"<body><p>The council voted to reopen the bridge.</p></body></html>"
)


def test_accept_datetime_is_noon_utc_of_the_cited_day() -> None:
    assert accept_datetime(dt.date(2022, 1, 21)) == "Fri, 21 Jan 2022 12:00:00 GMT"
    assert accept_datetime(None) is None


def test_the_archive_is_never_sent_the_user_name_and_password_a_cited_url_carries() -> None:
    # The TimeGate URL was the TimeGate with the cited URL appended as it was: a link with its site's
    # credentials in it (`https://user:secret@…`) sent them to web.archive.org, a third party.
    cited = "https://editor:s3cret@intranet.example/2022/01/21/memo?id=7"
    citation = Citation(platform=Platform.WEB, url=cited, date=dt.date(2022, 1, 21))
    asks = archive_asks(cited, citation, "https://web.archive.org/web/")
    assert asks and all("s3cret" not in ask.url and "editor" not in ask.url for ask in asks)
    assert asks[0].url == "https://web.archive.org/web/https://intranet.example/2022/01/21/memo?id=7"
    plain = "https://intranet.example/a"
    assert archive_asks(plain, citation, "https://web.archive.org/web/")[0].url.endswith("/web/" + plain)


def test_a_timegate_that_cannot_be_reached_is_named_with_the_reason(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes["/article"] = Reply(body=ARTICLE)
    url = "http://news.example/article"
    citation = Citation(platform=Platform.WEB, author="Lina Haddad", date=dt.date(2022, 1, 21), url=url)
    timegate = "http://127.0.0.1:9/web/"  # a loopback address: refused by the network policy
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    request = CaptureRequest(url=url, name="s", follow_ups=archive_follow_ups(url, citation, timegate))
    outcome = capture_url(request, archive_dir, options, INFO)
    assert outcome.capture is not None
    read = read_source(url, citation, outcome, Path(outcome.capture.warc), timegate)
    assert read.live is not None and read.live.author == "Lina Haddad"
    assert read.source == read.live, "a usable live source is what the checks read"
    assert read.archive is not None and read.archive.memento_url is None
    assert (read.archive.error or "").startswith("blocked:")


def _read_gone_source(fixture_server: FixtureServer, archive_dir: Path, timegate_answer: Reply) -> str:
    """The `archived` lookup for a cited page that is gone (404), its TimeGate answering `timegate_answer`."""
    fixture_server.routes["/gone"] = Reply(404, b"<html><body>Not here</body></html>")
    fixture_server.routes["/web/http://news.example/gone"] = timegate_answer
    url = "http://news.example/gone"
    citation = Citation(platform=Platform.WEB, author="Lina Haddad", date=dt.date(2022, 1, 21), url=url)
    timegate = "http://timegate.example/web/"
    rules = (fixture_server.rule("news.example"), fixture_server.rule("timegate.example"))
    request = CaptureRequest(url=url, name="s", follow_ups=archive_follow_ups(url, citation, timegate))
    outcome = capture_url(request, archive_dir, NetworkOptions(connect_to=rules), INFO)
    assert outcome.capture is not None
    read = read_source(url, citation, outcome, Path(outcome.capture.warc), timegate)
    assert read.archive is not None and read.source is None
    assert read.archive.memento_url is None, "no archived copy was had"
    return read.archive.error or ""


def test_a_timegate_redirect_to_a_private_address_is_no_archived_copy(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # `archived` passed ("memento of date not given: http://169.254.169.254/...") though it was refused.
    answer = Reply(302, headers=(("Location", "http://169.254.169.254/latest/meta-data/"),))
    assert "blocked: 169.254.169.254" in _read_gone_source(fixture_server, archive_dir, answer)


def test_a_timegate_redirect_a_browser_reads_as_a_private_address_is_no_archived_copy_named_so(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # `/\\169.254.169.254/…` is that host to a browser and to the capture (capture.location), which refused
    # it; the lookup named the redirect's target by RFC 3986 (`http://timegate.example/\\169.254…`): not the
    # address refused.
    answer = Reply(302, headers=(("Location", "/\\169.254.169.254/latest/meta-data/"),))
    error = _read_gone_source(fixture_server, archive_dir, answer)
    assert error.startswith("its redirect to http://169.254.169.254/latest/meta-data/ led nowhere: blocked: ")


def test_a_timegate_that_redirects_to_itself_is_no_archived_copy(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    answer = Reply(302, headers=(("Location", "http://timegate.example/web/http://news.example/gone"),))
    assert "redirects" in _read_gone_source(fixture_server, archive_dir, answer)


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (Reply(404, b"not archived"), "no memento for this URL"),
        (
            Reply(429, b"", (("Retry-After", "30"),)),
            "the TimeGate answered HTTP 429, which says nothing of a copy",
        ),
        (Reply(503, b"down"), "the TimeGate answered HTTP 503, which says nothing of a copy"),
    ],
    ids=["404-none", "429-rate-limited", "503-down"],
)
def test_only_a_timegate_that_says_so_has_no_memento(
    fixture_server: FixtureServer, archive_dir: Path, answer: Reply, error: str
) -> None:
    # A rate-limited Internet Archive (429 to every lookup) was reported as "no memento for this URL":
    # a claim about the archive that nobody checked.
    assert _read_gone_source(fixture_server, archive_dir, answer) == error


@pytest.mark.parametrize(
    ("url", "path"),
    [("http://news.example/café", "/caf%C3%A9"), ("http://news.example/a#:~:text=bridge", "/a")],
    ids=["non-ascii-path", "fragment"],
)
def test_a_link_is_read_back_under_the_form_it_was_requested_as(
    fixture_server: FixtureServer, archive_dir: Path, url: str, path: str
) -> None:
    # `café` is requested (and stored) as `caf%C3%A9`, and a fragment is never sent: looked up as cited,
    # nothing was found, every content check skipped and the footnote came out verified.
    fixture_server.routes[path] = Reply(body=ARTICLE)
    citation = Citation(platform=Platform.WEB, author="Lina Haddad", date=dt.date(2022, 1, 21), url=url)
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    outcome = capture_url(CaptureRequest(url=url, name="s"), archive_dir, options, INFO)
    assert outcome.capture is not None
    read = read_source(url, citation, outcome, Path(outcome.capture.warc), None)
    assert read.live is not None and read.live.author == "Lina Haddad"


def test_a_check_reads_the_main_text_for_quoted_words_and_the_visible_text_for_a_footnote_without(
    fixture_server: FixtureServer, tmp_path: Path
) -> None:
    page = (Path(__file__).resolve().parent / "assets" / "extractors" / "article_jsonld.html").read_bytes()
    fixture_server.routes["/quoted"] = Reply(body=page)
    fixture_server.routes["/unquoted"] = Reply(body=page)
    report = tmp_path / "report.md"
    report.write_text(
        "The council “voted to reopen the bridge”.[^quoted]\n\nThe council voted.[^unquoted]\n\n"
        "[^quoted]: Lina Haddad, January 21, 2022, http://news.example/quoted\n"
        "[^unquoted]: Lina Haddad, January 21, 2022, http://news.example/unquoted\n",
        encoding="utf-8",
    )
    argv = ["check", str(report), "-q", "--no-archive-lookup", "--archive-dir", str(tmp_path / "archives")]
    assert cli.main([*argv, "--connect-to", f"news.example:80:127.0.0.1:{fixture_server.port}"]) == 0
    lines = [json.loads(line) for line in (tmp_path / "report.md.ledger.jsonl").read_text().splitlines()]
    sources = {line["label"]: line["source"] for line in lines if line["kind"] == "footnote"}
    assert "Subscribe" not in sources["quoted"]["text"], "the main text, without the navigation"
    assert "text" not in sources["quoted"]["fields"]
    assert "Subscribe" in sources["unquoted"]["text"], "no quote to find: the visible text stands in"
    assert sources["unquoted"]["fields"]["text"] == "the visible text (no quoted words to look for)"
    assert {key: value for key, value in sources["unquoted"].items() if key not in ("text", "fields")} == {
        key: value for key, value in sources["quoted"].items() if key not in ("text", "fields", "url")
    } | {"url": "http://news.example/unquoted"}


TWEET_ID = "1484307299693617728"
TWEET = f"https://twitter.com/MinPressOffice/status/{TWEET_ID}"
ARCHIVED_TWEET_PAGE = (
    b'<html><head><meta property="og:title" content="Ministry Press Office on Twitter">'
    b'<meta property="og:description" content="&#8220;We never said that.&#8221;"></head>'
    b"<body>JavaScript is not available.</body></html>"
)
TELEGRAM_PERMALINK = (
    b"<html><head><meta property='og:title' content='Rybar'>"
    b"<meta property='og:description' content='The convoy had already crossed the bridge.'></head>"
    b"<body><script src='https://telegram.org/js/telegram-widget.js'></script></body></html>"
)
MEMENTO_DATE = (("Memento-Datetime", "Fri, 21 Jan 2022 00:00:00 GMT"),)


def _capture_and_read(
    fixture_server: FixtureServer, archive_dir: Path, citation: Citation, hosts: tuple[str, ...]
) -> ReadSource:
    assert citation.url is not None
    timegate = "http://web.archive.org/web/"
    rules = tuple(fixture_server.rule(host) for host in hosts)
    request = CaptureRequest(
        url=citation.url, name="s", follow_ups=archive_follow_ups(citation.url, citation, timegate)
    )
    outcome = capture_url(request, archive_dir, NetworkOptions(connect_to=rules), INFO)
    assert outcome.capture is not None
    return read_source(citation.url, citation, outcome, Path(outcome.capture.warc), timegate)


def test_a_cited_wayback_copy_is_read_as_the_post_it_copies_and_no_copy_of_it_is_looked_up(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # A Wayback link to a tweet was read as a live page of archive.org ("script shell"), and the TimeGate
    # was asked for a copy of the copy (`/web/https://web.archive.org/web/2022…`).
    path = f"/web/20220121000000/{TWEET}"
    fixture_server.routes[path] = Reply(body=ARCHIVED_TWEET_PAGE, headers=MEMENTO_DATE)
    memento = f"http://web.archive.org{path}"
    citation = Citation(url=memento, original_url=TWEET, date=dt.date(2022, 1, 20))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("web.archive.org",))
    assert read.live is not None and read.source == read.live
    assert (read.live.platform, read.live.problem, read.live.text) == (
        Platform.TWITTER,
        None,
        "We never said that.",
    )
    assert (read.live.memento_url, read.live.memento_datetime) == (memento, "Fri, 21 Jan 2022 00:00:00 GMT")
    assert read.live.published == dt.datetime(2022, 1, 20, 23, 30, 12, tzinfo=dt.UTC), "from the snowflake id"
    assert read.archive is None
    assert [r.path for r in fixture_server.requests] == [path], "no TimeGate asked"


def test_a_cited_archive_it_copy_is_read_as_the_post_it_copies_as_a_wayback_copy_is(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # Archive-It runs Wayback's software, but its link was read as a web page of archive-it.org: the post's
    # copy not read by X's reader, its time not the id's, and the TimeGate asked for a copy of the copy.
    path = f"/1234/20220121093000/{TWEET}"
    fixture_server.routes[path] = Reply(body=ARCHIVED_TWEET_PAGE)
    memento = f"http://wayback.archive-it.org{path}"
    citation = Citation(url=memento, original_url=TWEET, date=dt.date(2022, 1, 20))
    read = _capture_and_read(
        fixture_server, archive_dir, citation, ("wayback.archive-it.org", "web.archive.org")
    )
    assert read.live is not None and read.source == read.live
    assert (read.live.platform, read.live.problem, read.live.text) == (
        Platform.TWITTER,
        None,
        "We never said that.",
    )
    assert (read.live.memento_url, read.live.memento_datetime) == (
        memento,
        "2022-01-21 09:30:00 UTC, as its URL says",
    )
    assert read.live.published == dt.datetime(2022, 1, 20, 23, 30, 12, tzinfo=dt.UTC), "from the snowflake id"
    assert read.archive is None
    assert [r.path for r in fixture_server.requests] == [path], "no TimeGate asked"


def test_a_cited_wayback_copy_without_a_memento_datetime_is_dated_by_its_url(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # "the archived copy … made at an unknown date", where the copy's URL names its second.
    path = f"/web/20220121093000/{TWEET}"
    fixture_server.routes[path] = Reply(body=ARCHIVED_TWEET_PAGE)
    citation = Citation(url=f"http://web.archive.org{path}", original_url=TWEET, date=dt.date(2022, 1, 20))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("web.archive.org",))
    assert read.live is not None
    assert read.live.memento_datetime == "2022-01-21 09:30:00 UTC, as its URL says"


def test_a_timegate_without_a_copy_of_the_url_as_cited_is_asked_for_its_canonical_form(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # The lookup used the URL with its tracking query (`?utm_source=share`) and said "no archived copy",
    # though the archive holds the post under its canonical URL.
    cited = "http://t.me/rybar/12348?utm_source=share"
    memento = "http://web.archive.org/web/20220121120000/https://t.me/rybar/12348"
    fixture_server.routes.update(
        {
            "/rybar/12348?utm_source=share": Reply(body=TELEGRAM_PERMALINK),
            f"/web/{cited}": Reply(404, b"not archived"),
            "/web/https://t.me/rybar/12348": Reply(302, headers=(("Location", memento),)),
            "/web/20220121120000/https://t.me/rybar/12348": Reply(body=TELEGRAM_PERMALINK),
        }
    )
    citation = Citation(url=cited, date=dt.date(2022, 1, 21))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("t.me", "web.archive.org"))
    assert read.archive is not None and read.archive.memento_url == memento
    assert read.archive.timegate == "http://web.archive.org/web/https://t.me/rybar/12348"
    assert read.archive.asked_before == (f"http://web.archive.org/web/{cited}",)


def test_an_archive_that_refuses_is_not_asked_again_for_another_spelling(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    cited = "http://t.me/rybar/12348?utm_source=share"
    fixture_server.routes.update(
        {"/rybar/12348?utm_source=share": Reply(body=TELEGRAM_PERMALINK), f"/web/{cited}": Reply(429, b"")}
    )
    citation = Citation(url=cited, date=dt.date(2022, 1, 21))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("t.me", "web.archive.org"))
    assert read.archive is not None and read.archive.http_status == 429
    assert fixture_server.hits["/web/https://t.me/rybar/12348"] == 0


def test_the_archived_copy_the_note_names_is_asked_for_before_any_timegate(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # A note giving the live URL and its Wayback copy got "no archived copy": the copy it names was ignored.
    path = "/web/20220122000000/http://news.example/article"
    fixture_server.routes.update(
        {"/article": Reply(body=ARTICLE), path: Reply(body=ARTICLE, headers=MEMENTO_DATE)}
    )
    named = f"http://web.archive.org{path}"
    citation = Citation(url="http://news.example/article", archived_url=named, date=dt.date(2022, 1, 21))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("news.example", "web.archive.org"))
    assert read.archive is not None
    assert (read.archive.timegate, read.archive.memento_url) == (named, named)
    assert read.archive.memento_datetime == "Fri, 21 Jan 2022 00:00:00 GMT"
    assert fixture_server.hits["/web/http://news.example/article"] == 0, "no TimeGate asked: the copy was had"


def test_a_telegram_widget_held_back_after_its_hosts_429_says_so_where_its_time_is_missing(
    tls_fixture_server: FixtureServer, local_ca: LocalCA, archive_dir: Path
) -> None:
    # The first post's widget answers 429 and asks for an hour's pause: the run holds back the second post's
    # widget (an optional request), and the second post, read from its page, has no time. Its details said
    # only that the widget "is not in the capture".
    permalink = (Path(__file__).parent / "assets" / "extractors" / "telegram_permalink.html").read_bytes()
    limited = Reply(429, b"Too Many Requests", (("Retry-After", "3600"),))
    tls_fixture_server.routes.update(
        {
            "/rybar/1": Reply(body=permalink),
            "/rybar/1?embed=1&mode=tme": limited,
            "/rybar/12345": Reply(body=permalink),
        }
    )
    options = NetworkOptions(
        connect_to=(tls_fixture_server.rule("t.me", 443),), ca_bundle=str(local_ca.ca_pem)
    )
    for post in ("1", "12345"):
        url = f"https://t.me/rybar/{post}"
        request = CaptureRequest(url=url, name=post, side_urls=(f"{url}?embed=1&mode=tme",))
        outcome = capture_url(request, archive_dir, options, INFO)
    assert tls_fixture_server.hits["/rybar/1?embed=1&mode=tme"] == 1
    assert tls_fixture_server.hits.get("/rybar/12345?embed=1&mode=tme", 0) == 0, "the widget was held back"
    assert outcome.capture is not None
    citation = Citation(platform=Platform.TELEGRAM, date=dt.date(2022, 1, 21), url=url)
    read = read_source(url, citation, outcome, Path(outcome.capture.warc), None)
    assert read.live is not None and read.live.published is None
    assert (read.live.unread or "").startswith(
        "Telegram's widget, which gives the post's time and channel, was not read: it was held back, never "
        "requested: t.me answered HTTP 429 and asked for no requests until "
    )


def test_a_cited_archive_today_copy_is_read_as_its_archives_page_and_the_timegate_asked_for_its_original(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # archive.today names the original in its URL, but its page is its own: it is read as a page of
    # archive.today, never as the original's copy, and an independent copy is asked for of the original (the
    # TimeGate was asked for a copy of the copy, `/web/http://archive.ph/2022…`).
    path = "/2022.01.21-093000/https://t.me/rybar/12345"
    fixture_server.routes.update(
        {
            path: Reply(302, headers=(("Location", "http://archive.ph/AbCd1"),)),
            "/AbCd1": Reply(body=ARTICLE, headers=(*MEMENTO_DATE, *Reply().headers)),
            "/web/https://t.me/rybar/12345": Reply(404, b"not archived"),
        }
    )
    cited = f"http://archive.ph{path}"
    citation = Citation(url=cited, original_url="https://t.me/rybar/12345", date=dt.date(2022, 1, 21))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("archive.ph", "web.archive.org"))
    assert read.live is not None and read.source == read.live
    assert (read.live.platform, read.live.memento_url) == (Platform.WEB, None), "not read as a copy"
    assert read.archive is not None and read.archive.http_status == 404
    assert read.archive.timegate == "http://web.archive.org/web/https://t.me/rybar/12345"


def _archive_of_a_gone_page(
    fixture_server: FixtureServer,
    archive_dir: Path,
    routes: dict[str, Reply],
    archived_url: str | None = None,
) -> ReadSource:
    """What is read for `http://news.example/gone` (404), its archive answering `routes`."""
    fixture_server.routes["/gone"] = Reply(404, b"<html><body>Not here</body></html>")
    fixture_server.routes.update(routes)
    url = "http://news.example/gone"
    citation = Citation(platform=Platform.WEB, date=dt.date(2022, 1, 21), url=url, archived_url=archived_url)
    return _capture_and_read(fixture_server, archive_dir, citation, ("news.example", "web.archive.org"))


OTHER_COPY = "/web/20220121000000/http://news.example/other"


@pytest.mark.parametrize(
    "routes",
    [
        {
            "/web/http://news.example/gone": Reply(
                302, headers=(("Location", f"http://web.archive.org{OTHER_COPY}"),)
            )
        },
        {
            # The archive kept the page's own redirect: its copy of /gone is a redirect to its copy of /other.
            "/web/http://news.example/gone": Reply(
                302,
                headers=(("Location", "http://web.archive.org/web/20220121000000/http://news.example/gone"),),
            ),
            "/web/20220121000000/http://news.example/gone": Reply(
                302, headers=(("Location", f"http://web.archive.org{OTHER_COPY}"), *MEMENTO_DATE)
            ),
        },
    ],
    ids=["timegate-to-another-page", "copy-redirected-to-another-page"],
)
def test_an_archived_copy_of_another_page_is_no_archived_copy_and_is_not_read(
    fixture_server: FixtureServer, archive_dir: Path, routes: dict[str, Reply]
) -> None:
    # `archived` passed on the archive's copy of another page, and the content checks read that page as the
    # cited one's copy.
    fixture_server.routes[OTHER_COPY] = Reply(body=ARTICLE, headers=MEMENTO_DATE)
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.memento_url is None
    assert read.archive.error == (
        "its copy is of another page, http://news.example/other, not of http://news.example/gone"
    )
    assert read.source is None, "the other page's copy is not read as the cited one's"


def test_an_archived_copy_of_the_same_page_respelt_is_still_its_copy(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    copy = "/web/20220121000000/https://www.news.example/gone/"
    routes = {
        "/web/http://news.example/gone": Reply(302, headers=(("Location", f"http://web.archive.org{copy}"),)),
        copy: Reply(body=ARTICLE, headers=MEMENTO_DATE),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.memento_url == f"http://web.archive.org{copy}"
    assert read.source is not None and read.source.author == "Lina Haddad"


def test_an_archived_copy_the_note_names_of_another_page_is_no_archived_copy(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # A citations file's `archive-location` is taken as given: a copy of another page passed `archived`.
    routes = {
        OTHER_COPY: Reply(body=ARTICLE, headers=MEMENTO_DATE),
        "/web/http://news.example/gone": Reply(404, b"not archived"),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes, f"http://web.archive.org{OTHER_COPY}")
    # The copy it names is no copy of the page, so the TimeGate is asked, as after a copy said to be missing.
    assert read.archive is not None and read.archive.memento_url is None
    assert read.archive.asked_before == (f"http://web.archive.org{OTHER_COPY}",)
    assert read.source is None


def test_a_cited_wayback_copy_that_redirects_to_another_page_s_copy_is_not_read_as_the_cited_copy(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # The archive kept the cited page's redirect: what the link shows is its copy of another page, which was
    # read as the cited page's copy (and `archived` passed on it).
    path = "/web/20220121000000/http://news.example/gone"
    fixture_server.routes.update(
        {
            path: Reply(302, headers=(("Location", f"http://web.archive.org{OTHER_COPY}"), *MEMENTO_DATE)),
            OTHER_COPY: Reply(body=ARTICLE, headers=MEMENTO_DATE),
        }
    )
    citation = Citation(
        url=f"http://web.archive.org{path}",
        original_url="http://news.example/gone",
        date=dt.date(2022, 1, 21),
    )
    read = _capture_and_read(fixture_server, archive_dir, citation, ("web.archive.org",))
    assert read.live is not None and read.live.memento_url is None, "not read as the cited page's copy"


GONE_COPY = "/web/20220121000000/http://news.example/gone"


@pytest.mark.parametrize(
    ("routes", "error"),
    [
        (
            {
                "/web/http://news.example/gone": Reply(
                    302, headers=(("Location", "http://web.archive.org/account/login"),)
                ),
                "/account/login": Reply(body=ARTICLE),
            },
            "its redirect ended at http://web.archive.org/account/login, which is no archived copy "
            "(no Memento-Datetime)",
        ),
        (
            {
                "/web/http://news.example/gone": Reply(
                    302, headers=(("Location", f"http://web.archive.org{GONE_COPY}"),)
                ),
                # The archive kept the page's redirect to another page, whose copy gives no date.
                GONE_COPY: Reply(302, headers=(("Location", f"http://web.archive.org{OTHER_COPY}"),)),
                OTHER_COPY: Reply(body=ARTICLE),
            },
            "its copy is of another page, http://news.example/other, not of http://news.example/gone",
        ),
    ],
    ids=["redirect-to-a-page-that-is-no-copy", "copy-redirected-to-another-page-without-a-date"],
)
def test_a_timegate_redirect_that_ends_at_no_copy_of_the_page_is_no_archived_copy(
    fixture_server: FixtureServer, archive_dir: Path, routes: dict[str, Reply], error: str
) -> None:
    # `archived` passed ("memento of date not given: http://web.archive.org/account/login"): the redirect was
    # followed to a page that answered 200, with no Memento-Datetime and nothing naming it a copy.
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.memento_url is None
    assert read.archive.error == error
    assert read.source is None


def test_a_memento_in_the_archive_s_url_form_of_the_page_is_its_copy_without_a_memento_datetime(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    routes = {
        "/web/http://news.example/gone": Reply(
            302, headers=(("Location", f"http://web.archive.org{GONE_COPY}"),)
        ),
        GONE_COPY: Reply(body=ARTICLE),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.memento_url == f"http://web.archive.org{GONE_COPY}"
    assert read.archive.captured, "it was fetched, and is read as the page's copy"
    assert read.source is not None and read.source.author == "Lina Haddad"
    assert read.source.memento_datetime == "2022-01-21 00:00:00 UTC, as its URL says"


CRAWL_TIME_PAGE = (
    b"<html><head><title>Wayback Machine</title></head><body><p>Got an HTTP 302 response at crawl time</p>"
    b"<p>Redirecting to...</p><p>http://news.example/</p></body></html>"
)
SIGN_IN_PAGE = (
    b"<html><head><title>Sign in</title></head><body><form action='/login' method='post'>"
    b"<input type='email' name='email'><input type='password' name='password'><button>Log in</button>"
    b"</form></body></html>"
)
DATED_PAGE = (*MEMENTO_DATE, *Reply().headers)


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (
            CRAWL_TIME_PAGE,
            "soft-404: the page's text opens with an error: 'Got an HTTP 302 response at crawl time'",
        ),
        (SIGN_IN_PAGE, "login-wall: the page is a sign-in form with a password field ('Sign in')"),
    ],
    ids=["the-archive-s-note-of-a-redirect-it-recorded", "a-login-wall"],
)
def test_an_archived_copy_that_holds_no_copy_of_the_page_is_no_archived_copy_and_is_not_read(
    fixture_server: FixtureServer, archive_dir: Path, page: bytes, kept: str
) -> None:
    # `archived` passed ("memento of Fri, 21 Jan 2022 …; captured into this WARC and read") on what the
    # archive kept in place of the page: its own "Got an HTTP 302 response at crawl time" page, a login wall.
    routes = {
        "/web/http://news.example/gone": Reply(
            302, headers=(("Location", f"http://web.archive.org{GONE_COPY}"),)
        ),
        GONE_COPY: Reply(body=page, headers=DATED_PAGE),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.memento_url is None and not read.archive.captured
    assert read.archive.error == (
        f"its copy of Fri, 21 Jan 2022 00:00:00 GMT, http://web.archive.org{GONE_COPY}, holds no copy of the "
        f"page ({kept})"
    )
    assert read.source is None


def _in_wayback_banner(page: bytes) -> bytes:
    """`page` as the Wayback Machine serves a copy without `id_`: its scripts in the head, its banner (hidden
    until they run) and its print line at the top of the body."""
    scripts = (
        b'<script src="//archive.org/includes/athena.js"></script>'
        b'<script src="https://web-static.archive.org/_static/js/bundle-playback.js"></script>'
        b'<script>__wm.init("https://web.archive.org/web");</script>'
    )
    banner = (
        b'<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;"><div id="wm-ipp">'
        b'<a class="t" href="/web/2022*/http://news.example/gone">14 captures</a>'
        b'<div class="r">02 Jan 2019 - 05 Dec 2026</div></div></div>'
        b'<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/20220121000000/'
        b"http://news.example/gone</div><script>__wm.rw(1);</script>"
    )
    page = page.replace(b"<head>", b"<head>" + scripts, 1)
    return page.replace(b"<body>", b"<body>" + banner, 1)


def test_an_empty_archived_copy_in_the_archive_s_banner_is_no_archived_copy(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # The banner's scripts made an empty copy a "script shell", which was taken for the page's copy.
    empty = b"<html><head><title></title></head><body></body></html>"
    routes = {
        "/web/http://news.example/gone": Reply(
            302, headers=(("Location", f"http://web.archive.org{GONE_COPY}"),)
        ),
        GONE_COPY: Reply(body=_in_wayback_banner(empty), headers=DATED_PAGE),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.memento_url is None
    # Empty, not a script shell: the scripts are the archive's, none the page's.
    assert "holds no copy of the page (empty: the page shows no text" in (read.archive.error or "")
    assert read.source is None


def test_an_archived_copy_in_the_archive_s_banner_is_its_copy_and_read(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    routes = {
        "/web/http://news.example/gone": Reply(
            302, headers=(("Location", f"http://web.archive.org{GONE_COPY}"),)
        ),
        GONE_COPY: Reply(body=_in_wayback_banner(ARTICLE), headers=DATED_PAGE),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.memento_url == f"http://web.archive.org{GONE_COPY}"
    assert read.source is not None and read.source.problem is None
    assert (read.source.author, read.source.title) == ("Lina Haddad", "Council vote")


def test_an_archived_copy_of_a_short_page_without_scripts_is_its_copy_despite_the_archive_s_scripts(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # The archive's own scripts were counted as the page's: a short notice, server-rendered, was a "script
    # shell" in its copy, which was no archived copy of the page gone.
    notice = (
        b"<html><head><title>Polling stations</title></head><body><header><nav><a href='/'>Home</a> "
        b"<a href='/news'>News</a></nav></header><main><p>Polling stations close at 8 pm.</p></main>"
        b"<footer>City Ledger 2022. All rights reserved. Contact us.</footer></body></html>"
    )
    routes = {
        "/web/http://news.example/gone": Reply(
            302, headers=(("Location", f"http://web.archive.org{GONE_COPY}"),)
        ),
        GONE_COPY: Reply(body=_in_wayback_banner(notice), headers=DATED_PAGE),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.memento_url == f"http://web.archive.org{GONE_COPY}"
    assert read.source is not None and read.source.problem is None
    assert read.source.text == "Polling stations close at 8 pm."


def test_a_copy_the_note_names_that_holds_a_login_wall_is_no_archived_copy_beside_a_live_source(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # The copy the note names answered at once, and was taken for a copy unread.
    path = "/web/20220122000000/http://news.example/article"
    fixture_server.routes.update(
        {
            "/article": Reply(body=ARTICLE),
            path: Reply(body=SIGN_IN_PAGE, headers=DATED_PAGE),
            "/web/http://news.example/article": Reply(404, b"not archived"),
        }
    )
    named = f"http://web.archive.org{path}"
    citation = Citation(url="http://news.example/article", archived_url=named, date=dt.date(2022, 1, 21))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("news.example", "web.archive.org"))
    assert read.source is not None and read.source == read.live, "the live source is what the checks read"
    assert read.archive is not None and read.archive.memento_url is None
    assert (read.archive.timegate, read.archive.http_status) == (named, 200)
    assert "holds no copy of the page (login-wall: " in (read.archive.error or "")


ARTICLE_COPY = "/web/20220121000000/http://news.example/article"
NOT_ARCHIVED_PAGE = (
    b"<html><head><title>Wayback Machine</title></head><body><div id='error'><h2>Hrm.</h2>"
    b"<p>The Wayback Machine has not archived that URL.</p></div></body></html>"
)


@pytest.mark.parametrize(
    ("copy", "memento_url", "error"),
    [
        (
            Reply(404, NOT_ARCHIVED_PAGE),
            None,
            f"its redirect to http://web.archive.org{ARTICLE_COPY} led nowhere: http 404",
        ),
        (
            Reply(503, b"down"),
            None,
            f"its redirect to http://web.archive.org{ARTICLE_COPY} led nowhere: http 503",
        ),
        (Reply(body=ARTICLE, headers=MEMENTO_DATE), f"http://web.archive.org{ARTICLE_COPY}", None),
    ],
    ids=["copy-answers-404-not-archived", "copy-answers-503", "copy-answers-as-the-page"],
)
def test_the_copy_a_timegate_names_beside_a_live_source_is_fetched_and_is_a_copy_only_if_it_answers(
    fixture_server: FixtureServer, archive_dir: Path, copy: Reply, memento_url: str | None, error: str | None
) -> None:
    # Beside a usable live page the TimeGate's redirect was not followed, and the copy it named was taken for
    # one unseen: `archived` passed ("memento of …; named by the archive's answer, not fetched") on a copy
    # that answered 404 with the Wayback Machine's "Hrm. … has not archived that URL" page.
    fixture_server.routes.update(
        {
            "/article": Reply(body=ARTICLE),
            "/web/http://news.example/article": Reply(
                302, headers=(("Location", f"http://web.archive.org{ARTICLE_COPY}"),)
            ),
            ARTICLE_COPY: copy,
        }
    )
    citation = Citation(url="http://news.example/article", date=dt.date(2022, 1, 21))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("news.example", "web.archive.org"))
    assert fixture_server.hits[ARTICLE_COPY] == 1, "the copy is fetched"
    assert read.archive is not None
    assert (read.archive.memento_url, read.archive.error) == (memento_url, error)
    assert read.archive.captured is (memento_url is not None)
    assert read.source is not None and read.source == read.live, "the live page is what the checks read"


def _titled_article(title: str, words: str) -> bytes:
    more = "It was reported by our newsroom, which has covered the city's affairs for many years."
    return f"<html><head><title>{title}</title></head><body><p>{words} {more}</p></body></html>".encode()


YEARS_LATER = (("Memento-Datetime", "Wed, 01 Jan 2025 00:00:00 GMT"), *Reply().headers)
COPY_OF_2025 = "/web/20250101000000/http://news.example/article"


@pytest.mark.parametrize(
    ("copy_title", "copy_words", "another_page"),
    [
        ("Weather warning | News Example", "Storms are expected all week, forecasters said.", True),
        ("News Example - Home", "Latest news: bridge, council, weather.", True),
        # The true cases: the headline edited since, the site renamed, both the article's.
        ("Council votes to reopen the bridge | News Example", "The council voted to reopen it.", False),
        ("Council vote - Example Daily", "The council voted to reopen the bridge.", False),
    ],
    ids=["another-article-at-the-address", "the-site-s-home-page", "headline-edited", "site-renamed"],
)
def test_an_archived_copy_titled_as_another_page_than_the_live_one_is_no_archived_copy_of_it(
    fixture_server: FixtureServer,
    archive_dir: Path,
    copy_title: str,
    copy_words: str,
    another_page: bool,
) -> None:
    # The archive's only copy, made three years after the cited day, holds the article another at the same
    # address (the URL reused, the home page served in its place): `archived` passed ("memento of Wed, 01
    # Jan 2025 …; captured into this WARC and read") on no copy of the page the live capture holds.
    fixture_server.routes.update(
        {
            "/article": Reply(body=_titled_article("Council vote | News Example", "The council voted.")),
            "/web/http://news.example/article": Reply(
                302, headers=(("Location", f"http://web.archive.org{COPY_OF_2025}"),)
            ),
            COPY_OF_2025: Reply(
                body=_in_wayback_banner(_titled_article(copy_title, copy_words)), headers=YEARS_LATER
            ),
        }
    )
    citation = Citation(url="http://news.example/article", date=dt.date(2022, 1, 21))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("news.example", "web.archive.org"))
    assert read.source is not None and read.source == read.live, "the live page is what the checks read"
    assert read.archive is not None
    if another_page:
        assert read.archive.memento_url is None and not read.archive.captured
        assert read.archive.error == (
            f"its copy of Wed, 01 Jan 2025 00:00:00 GMT, http://web.archive.org{COPY_OF_2025}, holds no "
            f"copy of the page (another page: its title {copy_title!r} shares no word with the captured "
            "page's, 'Council vote | News Example')"
        )
    else:
        assert read.archive.memento_url == f"http://web.archive.org{COPY_OF_2025}"
        assert read.archive.captured and read.archive.error is None


@pytest.mark.parametrize(
    ("live_title", "copy_title", "another_page"),
    [
        ("市议会投票重开大桥 | 新闻网", "暴雨预警 | 新闻网", True),
        ("市议会投票重开大桥 | 新闻网", "市议会投票 | 新闻网", False),  # a script written without spaces
        ("News Example", "Weather warning | News Example", False),  # the live title only the site's name
        ("Council vote | News Example", None, False),
        ("Council vote", "Council Vote", False),
    ],
)
def test_only_an_archived_copy_whose_title_shares_no_word_with_the_live_page_s_is_another_page(
    live_title: str, copy_title: str | None, another_page: bool
) -> None:
    live = SourcePost(platform=Platform.WEB, url="https://news.example/a", title=live_title)
    copy = SourcePost(platform=Platform.WEB, url="https://news.example/a", title=copy_title)
    assert (_another_pages_title(live, copy) is not None) is another_page
    on_x = SourcePost(platform=Platform.TWITTER, url="https://x.com/a/status/1", title=copy_title)
    assert _another_pages_title(live.model_copy(update={"platform": Platform.TWITTER}), on_x) is None


REMOVED_ARTICLE = "http://news.example/2022/01/21/council-votes-to-reopen-bridge"


def _home_page(prefix: str) -> bytes:
    """The site's home page, its cards of other stories, its addresses written with `prefix` before them (the
    Wayback Machine's, on a copy served without `id_`)."""
    cards = "".join(
        f"<article class='card'><h2><a href='{prefix}http://news.example/2025/01/0{i}/story-{i}'>"
        f"Story {i} of the city</a></h2><time datetime='2025-01-0{i}'>Jan {i}, 2025</time>"
        f"<p>Teaser {i}: the council said the bridge will reopen soon.</p></article>"
        for i in range(1, 6)
    )
    return (
        "<html><head><title>News Example - Home</title>"
        f"<link rel='canonical' href='{prefix}http://news.example/'>"
        f"<meta property='og:url' content='{prefix}http://news.example/'>"
        "<meta property='og:type' content='website'>"
        f"</head><body><h1>Latest news</h1>{cards}</body></html>"
    ).encode()


def _article_page(prefix: str, canonical: str) -> bytes:
    return (
        "<html><head><title>Council votes to reopen bridge</title>"
        f"<link rel='canonical' href='{prefix}{canonical}'><meta property='og:type' content='article'>"
        "</head><body><article><h1>Council votes to reopen bridge</h1>"
        "<p>The council said the bridge will reopen soon, after a vote on Friday evening that ended "
        "months of argument over the repairs.</p></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("stamp", "page", "another_page"),
    [
        (
            "20250101000000",
            _in_wayback_banner(_home_page("https://web.archive.org/web/20250101000000/")),
            True,
        ),
        ("20250101000000id_", _home_page(""), True),
        (
            "20250101000000id_",
            re.sub(rb"<link rel='canonical'[^>]*>|<meta property='og:url'[^>]*>", b"", _home_page("")),
            True,
        ),
        # The true cases: the article's own copy, and one whose canonical link names the home page by the
        # site's mistake, the article all the same.
        ("20220121000000", _article_page("/web/20220121000000/", REMOVED_ARTICLE), False),
        ("20220121000000id_", _article_page("", "http://news.example/"), False),
    ],
    ids=[
        "home-page-kept-years-later",
        "home-page-kept-id_",
        "home-page-naming-no-address",
        "the-article",
        "the-article-canonical-home",
    ],
)
def test_an_archived_copy_of_the_home_page_kept_at_a_removed_article_s_address_is_no_copy_of_it(
    fixture_server: FixtureServer, archive_dir: Path, stamp: str, page: bytes, another_page: bool
) -> None:
    # Read at the archive's address, the copy was never at the article's path, and the rule for a list of
    # articles answered at an article's address was not tried: the home page the archive kept there in 2025
    # passed `archived`, and was read as the article (a card's teaser its words, a card's day its date).
    copy = f"/web/{stamp}/{REMOVED_ARTICLE}"
    fixture_server.routes.update(
        {
            "/2022/01/21/council-votes-to-reopen-bridge": Reply(404, b"<html><body>Not here</body></html>"),
            f"/web/{REMOVED_ARTICLE}": Reply(302, headers=(("Location", f"http://web.archive.org{copy}"),)),
            copy: Reply(body=page, headers=YEARS_LATER),
        }
    )
    citation = Citation(url=REMOVED_ARTICLE, date=dt.date(2022, 1, 21))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("news.example", "web.archive.org"))
    assert read.archive is not None
    if another_page:
        assert read.archive.memento_url is None and read.source is None
        assert "holds no copy of the page (soft-404: the archive's copy: the page lists several articles" in (
            read.archive.error or ""
        )
    else:
        assert read.archive.memento_url == f"http://web.archive.org{copy}" and read.archive.error is None
        assert read.source is not None and read.source.problem is None
        assert read.source.title == "Council votes to reopen bridge"


def _archive_s_page(title: str, heading: str, text: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><div id='error'><h2>{heading}</h2><p>{text}</p>"
        "</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (_archive_s_page("Wayback Machine", "Hrm.", "Wayback Machine has not archived that URL."), None),
        (
            _archive_s_page("Wayback Machine", "Hrm.", "Wayback Machine doesn't have that page archived."),
            None,
        ),
        (
            _archive_s_page(
                "Wayback Machine", "Sorry.", "This URL has been excluded from the Wayback Machine."
            ),
            None,
        ),
        (_archive_s_page("archive.ph", "", "No results"), None),
        (
            _archive_s_page("How the Wayback Machine keeps pages", "Council vote", "The council voted."),
            "kept",
        ),
    ],
    ids=[
        "hrm-not-archived",
        "hrm-not-archived-reworded",
        "excluded",
        "archive-today-no-results",
        "a-page-on-it",
    ],
)
def test_an_archive_s_own_page_answered_200_in_place_of_a_copy_is_no_archived_copy(
    fixture_server: FixtureServer, archive_dir: Path, page: bytes, title: str | None
) -> None:
    # The Wayback Machine's "Hrm. Wayback Machine has not archived that URL" (worded otherwise than the one
    # phrase the error pages knew), its exclusion notice, archive.today's "No results", answered 200 at the
    # copy's address: `archived` passed ("memento of …; captured into this WARC and read"), and for a gone
    # page the content checks read the archive's notice as its copy.
    routes = {
        "/web/http://news.example/gone": Reply(
            302, headers=(("Location", f"http://web.archive.org{GONE_COPY}"),)
        ),
        GONE_COPY: Reply(body=page, headers=DATED_PAGE),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None
    if title is None:
        assert (read.archive.memento_url, read.archive.captured, read.source) == (None, False, None)
        assert "holds no copy of the page (soft-404: the archive's own page, titled " in (
            read.archive.error or ""
        )
    else:
        assert read.archive.memento_url == f"http://web.archive.org{GONE_COPY}" and read.archive.captured
        assert read.source is not None and read.source.title == "How the Wayback Machine keeps pages"


@pytest.mark.parametrize(
    ("page", "problem"),
    [
        (
            _archive_s_page("Wayback Machine", "Hrm.", "Wayback Machine doesn't have that page archived."),
            "soft-404",
        ),
        (ARTICLE, None),
    ],
    ids=["the-archive-s-own-page", "a-copy-of-the-page"],
)
def test_a_cited_wayback_link_that_shows_the_archive_s_own_page_is_no_copy_of_the_page(
    fixture_server: FixtureServer, archive_dir: Path, page: bytes, problem: str | None
) -> None:
    # A cited Wayback link answered 200 with the archive's "Hrm." page was read as the page's copy: `archived`
    # passed ("the cited URL is an archived copy of …; captured into this WARC and read") and the content
    # checks read the archive's notice as the page.
    fixture_server.routes.update(
        {
            GONE_COPY: Reply(body=page, headers=DATED_PAGE),
            "/web/http://news.example/gone": Reply(404, b"none"),
        }
    )
    citation = Citation(
        url=f"http://web.archive.org{GONE_COPY}",
        original_url="http://news.example/gone",
        date=dt.date(2022, 1, 21),
    )
    read = _capture_and_read(fixture_server, archive_dir, citation, ("web.archive.org",))
    assert read.live is not None and read.live.problem == problem
    if problem is None:
        assert read.source == read.live and read.archive is None, "the cited copy is read, no archive asked"
    else:
        assert read.source is None, "the archive's notice is not read as the page"
        assert (
            read.live.problem_detail
            == "the archive's own page, titled 'Wayback Machine', not a copy of a page"
        )
        assert read.archive is not None and read.archive.memento_url is None, (
            "the original's copy is asked for"
        )


def test_an_archived_copy_of_a_page_with_a_non_ascii_address_is_its_copy(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # The archive names the page as it was sent (`/%D0%BC%D0%BE%D1%81%D1%82`), the note as written (`/мост`):
    # the copy was "of another page", not read, and `archived` warned on the page's own copy.
    sent = "/%D0%BC%D0%BE%D1%81%D1%82"
    copy = f"/web/20220121000000/https://www.news.example{sent}?b=2&a=1"
    fixture_server.routes.update(
        {
            f"{sent}?a=1&b=2": Reply(404, b"<html><body>Not here</body></html>"),
            f"/web/http://news.example{sent}?a=1&b=2": Reply(
                302, headers=(("Location", f"http://web.archive.org{copy}"),)
            ),
            copy: Reply(body=ARTICLE, headers=DATED_PAGE),
        }
    )
    url = "http://news.example/мост?a=1&b=2"
    citation = Citation(platform=Platform.WEB, date=dt.date(2022, 1, 21), url=url)
    read = _capture_and_read(fixture_server, archive_dir, citation, ("news.example", "web.archive.org"))
    assert read.archive is not None and read.archive.memento_url == f"http://web.archive.org{copy}"
    assert read.source is not None and read.source.author == "Lina Haddad"


@pytest.mark.parametrize(
    ("cited", "copied"),
    [
        (
            f"http://twitter.com/MinPressOffice/status/{TWEET_ID}",
            f"https://twitter.com/minpressoffice/status/{TWEET_ID}",
        ),
        ("http://t.me/Rybar/12348", "https://t.me/s/rybar/12348"),
    ],
    ids=["x-handle-in-another-case", "telegram-channel-in-another-case"],
)
def test_an_archived_copy_of_a_post_under_another_spelling_of_its_account_is_its_copy(
    fixture_server: FixtureServer, archive_dir: Path, cited: str, copied: str
) -> None:
    # An archive keeps a post under the spelling it was first captured in (`minpressoffice`); the handle's
    # case names no other post, yet the copy was taken for another page's, not read, and `archived` warned.
    copy = f"/web/20220121000000/{copied}"
    path = cited.removeprefix("http://").partition("/")[2]
    fixture_server.routes.update(
        {
            f"/{path}": Reply(404, b"<html><body>Not here</body></html>"),
            f"/web/{cited}": Reply(302, headers=(("Location", f"http://web.archive.org{copy}"),)),
            copy: Reply(body=ARCHIVED_TWEET_PAGE, headers=DATED_PAGE),
        }
    )
    citation = Citation(date=dt.date(2022, 1, 21), url=cited)
    host = cited.removeprefix("http://").partition("/")[0]
    read = _capture_and_read(fixture_server, archive_dir, citation, (host, "web.archive.org"))
    assert read.archive is not None and read.archive.memento_url == f"http://web.archive.org{copy}"


def _archive_today_page(published: str) -> bytes:
    """An archive.today copy of a Telegram post: its banner gives the time the copy was made
    (2022-01-21 09:30:18 UTC), the post's text follows; `published` is the page's `article:published_time`."""
    return (
        "<html><head><title>Rybar</title>"
        f"<meta property='article:published_time' content='{published}'></head><body>"
        "<div id='HEADER'><table><tr><td>archive.today webpage capture</td>"
        "<td>Saved from <input type='text' name='q' value='https://t.me/rybar/12345'></td></tr>"
        "<tr><td></td><td>archived <time datetime='2022-01-21T09:30:18Z'>21 Jan 2022 09:30:18 UTC</time>"
        "</td></tr></table></div>"
        "<div id='CONTENT'><p>The convoy had already crossed the bridge at Kherson.</p></div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/2022.01.21-093018/https://t.me/rybar/12345", Reply().headers),
        ("/AbCd1", (("Memento-Datetime", "Fri, 21 Jan 2022 09:30:18 GMT"), *Reply().headers)),
    ],
    ids=["time-in-its-url", "short-link-with-memento-datetime"],
)
def test_a_cited_archive_today_copy_does_not_give_the_time_it_was_made_as_the_posts(
    fixture_server: FixtureServer, archive_dir: Path, path: str, headers: tuple[tuple[str, str], ...]
) -> None:
    # Read as a page of its own, archive.today's copy gave its banner's time as the page's publication:
    # `date` passed, "posted 2022-01-21 09:30 UTC", on the day the archive made its copy.
    fixture_server.routes.update(
        {
            path: Reply(body=_archive_today_page("2022-01-21T09:30:18Z"), headers=headers),
            "/web/https://t.me/rybar/12345": Reply(404, b"not archived"),
        }
    )
    cited = f"http://archive.ph{path}"
    citation = Citation(url=cited, original_url="https://t.me/rybar/12345", date=dt.date(2022, 1, 21))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("archive.ph", "web.archive.org"))
    assert read.live is not None and read.source == read.live
    assert (read.live.published, read.live.published_from) == (None, None)
    assert read.live.fields["archive.today's time"] == (
        "2022-01-21T09:30:18+00:00 (article:published_time), when the copy was made"
    )


def test_a_cited_archive_today_copy_gives_a_time_of_the_page_other_than_its_own(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    path = "/2022.01.21-093018/https://news.example/article"
    fixture_server.routes[path] = Reply(body=_archive_today_page("2022-01-20T23:10:00Z"))
    fixture_server.routes["/web/https://news.example/article"] = Reply(404, b"not archived")
    citation = Citation(
        url=f"http://archive.ph{path}", original_url="https://news.example/article", date=dt.date(2022, 1, 21)
    )
    read = _capture_and_read(fixture_server, archive_dir, citation, ("archive.ph", "web.archive.org"))
    assert read.live is not None
    assert read.live.published == dt.datetime(2022, 1, 20, 23, 10, tzinfo=dt.UTC)


def test_a_cited_archive_today_copy_with_a_memento_datetime_too_large_to_read_is_dated_by_its_url(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # `+9999999999999999999999` raised OverflowError, not ValueError, out of the date parser.
    path = "/2022.01.21-093018/https://t.me/rybar/12345"
    hostile = (("Memento-Datetime", "Fri, 21 Jan 2022 09:30:18 +9999999999999999999999"), *Reply().headers)
    fixture_server.routes.update(
        {
            path: Reply(body=_archive_today_page("2022-01-21T09:30:18Z"), headers=hostile),
            "/web/https://t.me/rybar/12345": Reply(404, b"not archived"),
        }
    )
    citation = Citation(
        url=f"http://archive.ph{path}", original_url="https://t.me/rybar/12345", date=dt.date(2022, 1, 21)
    )
    read = _capture_and_read(fixture_server, archive_dir, citation, ("archive.ph", "web.archive.org"))
    assert read.live is not None and read.live.published is None


# A Ghostarchive copy: its banner gives the time the copy was made, the page it kept follows.
GHOSTARCHIVE_PAGE = (
    b"<html><head><title>Council vote</title></head><body><div id='header'>Archived from "
    b"<a href='https://news.example/article'>https://news.example/article</a> on "
    b"<time datetime='2022-01-21T10:04:33Z'>21 Jan 2022 10:04:33 UTC</time></div>"
    b"<article><h1>Council vote</h1><p>The council voted to reopen the bridge.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("host", "path", "shown"),
    [
        ("ghostarchive.org", "/archive/AbC12", None),
        ("ghostarchive.org", "/archive/20220121/https://news.example/article", None),
        # The publisher's own page of the same markup keeps its time.
        ("news.example", "/article", dt.datetime(2022, 1, 21, 10, 4, 33, tzinfo=dt.UTC)),
    ],
    ids=["ghostarchive-id", "ghostarchive-naming-the-page", "the-publisher-s-page"],
)
def test_a_cited_ghostarchive_copy_does_not_give_its_banner_s_time_as_the_page_s(
    fixture_server: FixtureServer, archive_dir: Path, host: str, path: str, shown: dt.datetime | None
) -> None:
    # Read as a web page, the banner's `<time>` (when Ghostarchive made its copy) was the page's publication:
    # `date` passed a note dating the page on the day it was archived.
    fixture_server.routes[path] = Reply(body=GHOSTARCHIVE_PAGE)
    cited = f"http://{host}{path}"
    citation = Citation(url=cited, date=dt.date(2022, 1, 21))
    read = _capture_and_read(fixture_server, archive_dir, citation, (host, "web.archive.org"))
    assert read.live is not None
    assert read.live.published == shown
    date = check_date(
        CheckInput(
            footnote=Footnote(label="1", text="x", line=3),
            citation=citation,
            outcome=None,
            live=read.live,
            source=read.live,
        )
    )
    assert date.status == ("pass" if shown else "warn"), date.detail
    if shown is None:
        assert read.live.fields["times shown on the archive's page"] == (
            "2022-01-21T10:04:33+00:00 (<time datetime>)"
        )
        assert read.live.partial == "copy" and read.live.title is None


PERMA_RECORD = (
    b"<html><head><title>Perma.cc | Council vote</title>"
    b"<meta property='og:title' content='Council vote'></head>"
    b"<body><header><p class='title'>This is a <span class='logo'>Perma.cc</span> record</p>"
    b"<p class='creation'><span class='cat'>Captured</span> January 21, 2022</p>"
    b"<label for='source_url'>Source page URL</label>"
    b"<input id='source_url' value='https://news.example/article' readonly></header>"
    b"<iframe src='https://perma-archives.org/warc/AB12-CD34/https://news.example/article'></iframe>"
    b"</body></html>"
)


def test_a_cited_perma_cc_record_is_read_as_its_own_page_naming_the_page_it_copies(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # Read as the source's page, Perma.cc's record gave the title it recorded (`Perma.cc | Council vote`)
    # as the page's, and `title` passed on it.
    fixture_server.routes["/AB12-CD34"] = Reply(body=PERMA_RECORD)
    citation = Citation(url="http://perma.cc/AB12-CD34", date=dt.date(2022, 1, 21), title="Council vote")
    read = _capture_and_read(fixture_server, archive_dir, citation, ("perma.cc", "web.archive.org"))
    assert read.live is not None and read.live.partial == "copy"
    title = check_title(
        CheckInput(
            footnote=Footnote(label="1", text="x", line=3),
            citation=citation,
            outcome=None,
            live=read.live,
            source=read.live,
        )
    )
    assert title.status == "warn" and "kept by Perma.cc" in title.detail
    assert read.live.fields["the page Perma.cc's record says it copies"] == "https://news.example/article"


def test_an_archived_copy_whose_link_names_an_original_that_does_not_parse_is_no_copy_of_the_page(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # `Link: <http://[::1>; rel="original"` stopped the run: comparing it with the cited page raised.
    routes = {
        "/web/http://news.example/gone": Reply(
            302, headers=(("Location", f"http://web.archive.org{GONE_COPY}"),)
        ),
        GONE_COPY: Reply(body=ARTICLE, headers=(*DATED_PAGE, ("Link", '<http://[::1>; rel="original"'))),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.memento_url is None
    assert read.archive.error == "its copy is of another page, http://[::1, not of http://news.example/gone"


def test_the_date_a_timegate_s_link_header_gives_its_copy_is_read(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # The entry was cut at the comma in `datetime="Fri, 21 Jan 2022 …"`: beside a usable live source, every
    # copy the TimeGate named was "memento of date not given". The copy itself gives no Memento-Datetime.
    copy = "http://web.archive.org/web/20220121100000/http://news.example/article"
    link = (
        '<http://news.example/article>; rel="original", '
        f'<{copy}>; rel="memento"; datetime="Fri, 21 Jan 2022 10:00:00 GMT", '
        '<http://web.archive.org/web/timemap/link/http://news.example/article>; rel="timemap"'
    )
    fixture_server.routes.update(
        {
            "/article": Reply(body=ARTICLE),
            "/web/http://news.example/article": Reply(302, headers=(("Location", copy), ("Link", link))),
            "/web/20220121100000/http://news.example/article": Reply(body=ARTICLE),
        }
    )
    citation = Citation(url="http://news.example/article", date=dt.date(2022, 1, 21))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("news.example", "web.archive.org"))
    assert read.archive is not None and read.archive.memento_url == copy and read.archive.captured
    assert read.archive.memento_datetime == "Fri, 21 Jan 2022 10:00:00 GMT"


@pytest.mark.parametrize(
    "link",
    ["<" * 100_000, "<a>; " + "rel=" * 25_000],
    ids=["open-brackets", "rel-parameters"],
)
def test_a_link_header_is_read_in_linear_time(link: str) -> None:
    # Each took minutes: the entry pattern was tried from every `<` to the header's end, and the `original`
    # relation searched for again from every `rel=`.
    assert _original_of("http://archive.example/copy", link) is None
    assert _memento_date_from_link(link, "a") is None


OPAQUE_COPY = "http://archive.example/m/7"


def _link_of_a_copy(original: str, copy: str = OPAQUE_COPY) -> str:
    """A TimeGate's `Link` for its redirect to `copy`, naming `original` as the page it copies."""
    return f'<{original}>; rel="original", <{copy}>; rel="memento"; datetime="Fri, 21 Jan 2022 10:00:00 GMT"'


@pytest.mark.parametrize(
    ("original", "memento_url", "error"),
    [
        (
            "http://news.example/other",
            None,
            "its copy is of another page, http://news.example/other, not of http://news.example/article",
        ),
        ("http://news.example/article", OPAQUE_COPY, None),
    ],
    ids=["link-names-another-page", "link-names-the-cited-page"],
)
def test_a_copy_whose_url_names_no_page_is_the_page_its_timegate_s_link_says_it_copies(
    fixture_server: FixtureServer,
    archive_dir: Path,
    original: str,
    memento_url: str | None,
    error: str | None,
) -> None:
    # A TimeGate (an aggregator, another archive's software) that names a copy at an address saying nothing
    # of its page, and whose `Link: <…>; rel="original"` names another page: beside a usable live source,
    # `archived` passed on it as the cited page's copy ("memento of …: http://archive.example/m/7").
    fixture_server.routes.update(
        {
            "/article": Reply(body=ARTICLE),
            "/web/http://news.example/article": Reply(
                302, headers=(("Location", OPAQUE_COPY), ("Link", _link_of_a_copy(original)))
            ),
            "/m/7": Reply(body=ARTICLE),
        }
    )
    citation = Citation(url="http://news.example/article", date=dt.date(2022, 1, 21))
    hosts = ("news.example", "web.archive.org", "archive.example")
    read = _capture_and_read(fixture_server, archive_dir, citation, hosts)
    assert read.archive is not None and read.archive.memento_url == memento_url
    assert read.archive.error == error
    assert read.source == read.live, "the live page is read either way"


@pytest.mark.parametrize(
    ("saved_from", "memento_url"),
    [("http://news.example/other", None), ("http://news.example/article", "http://archive.ph/AbCd1")],
    ids=["banner-names-another-page", "banner-names-the-cited-page"],
)
def test_an_archive_today_copy_whose_banner_names_another_page_is_no_copy_of_the_cited_one(
    fixture_server: FixtureServer, archive_dir: Path, saved_from: str, memento_url: str | None
) -> None:
    # A TimeGate's redirect to archive.today's short link, whose answer gives no `Link`: its banner said it
    # was saved from another page, and `archived` passed on it as the cited page's copy.
    banner = (
        "<div id='HEADER'><table><tr><td>archive.today webpage capture</td>"
        f"<td>Saved from <input type='text' name='q' value='{saved_from}'></td></tr></table></div>"
    )
    fixture_server.routes.update(
        {
            "/article": Reply(body=ARTICLE),
            "/web/http://news.example/article": Reply(
                302,
                headers=(
                    ("Location", "http://archive.ph/AbCd1"),
                    ("Link", '<http://news.example/article>; rel="original"'),
                ),
            ),
            "/AbCd1": Reply(
                body=ARTICLE.replace(b"<body>", b"<body>" + banner.encode()), headers=MEMENTO_DATE
            ),
        }
    )
    citation = Citation(url="http://news.example/article", date=dt.date(2022, 1, 21))
    hosts = ("news.example", "web.archive.org", "archive.ph")
    read = _capture_and_read(fixture_server, archive_dir, citation, hosts)
    assert read.archive is not None and read.archive.memento_url == memento_url
    if memento_url is None:
        assert read.archive.error == (
            "its copy is of another page, http://news.example/other, not of http://news.example/article"
        )


@pytest.mark.parametrize(
    ("archived_target", "live_target", "memento_url", "error"),
    [
        (
            "http://news.example/2022/01/21/new",
            "/2022/01/21/new",
            "http://web.archive.org/web/20220121000000/http://news.example/2022/01/21/new",
            None,
        ),
        (
            "http://news.example/",
            "/2022/01/21/new",
            None,
            "its copy is of another page, http://news.example/, not of http://news.example/old",
        ),
        (
            "http://news.example/",
            "/",
            None,
            "its copy is of another page, http://news.example/, not of http://news.example/old",
        ),
    ],
    ids=["both-to-the-post", "archive-to-the-home-page", "both-to-the-home-page"],
)
def test_a_copy_of_a_cited_link_that_redirects_is_its_copy_where_it_leads_where_the_link_does(
    fixture_server: FixtureServer,
    archive_dir: Path,
    archived_target: str,
    live_target: str,
    memento_url: str | None,
    error: str | None,
) -> None:
    # A cited link that redirects to its post (an old address, a shortener): since the archive's copy is
    # fetched, its copy of the link, the same redirect, warned as "a copy of another page", where the live
    # link leads to that very page. A redirect to the home page is no copy of the post, live or archived.
    copy = f"/web/20220121000000/{archived_target}"
    fixture_server.routes.update(
        {
            "/old": Reply(301, headers=(("Location", f"http://news.example{live_target}"),)),
            "/2022/01/21/new": Reply(body=ARTICLE),
            "/": Reply(body=b"<html><head><title>News</title></head><body><p>Front page</p></body></html>"),
            "/web/http://news.example/old": Reply(
                302,
                headers=(("Location", "http://web.archive.org/web/20220121000000/http://news.example/old"),),
            ),
            "/web/20220121000000/http://news.example/old": Reply(
                302, headers=(("Location", f"http://web.archive.org{copy}"), *MEMENTO_DATE)
            ),
            copy: Reply(body=ARTICLE, headers=MEMENTO_DATE),
        }
    )
    citation = Citation(url="http://news.example/old", date=dt.date(2022, 1, 21))
    read = _capture_and_read(fixture_server, archive_dir, citation, ("news.example", "web.archive.org"))
    assert read.archive is not None
    assert (read.archive.memento_url, read.archive.error) == (memento_url, error)


ON_ITS_OWN_SITE = ", on the page's own site, not to an archive's copy"


@pytest.mark.parametrize(
    ("location", "memento_url", "error"),
    [
        (
            "http://news.example/article",
            None,
            f"its redirect leads to http://news.example/article{ON_ITS_OWN_SITE}",
        ),
        (
            "http://www.news.example/",
            None,
            f"its redirect leads to http://www.news.example/{ON_ITS_OWN_SITE}",
        ),
        (OPAQUE_COPY, OPAQUE_COPY, None),
    ],
    ids=["to-the-live-page", "to-the-site-s-home-page", "to-an-archive-s-copy"],
)
def test_a_timegate_redirect_to_the_page_s_own_site_is_no_archived_copy(
    fixture_server: FixtureServer,
    archive_dir: Path,
    location: str,
    memento_url: str | None,
    error: str | None,
) -> None:
    # A TimeGate (an aggregator, an archive falling back to the live web) that redirected to the cited page
    # itself, its `Link: rel="original"` naming it: `archived` passed ("memento of date not given:
    # http://news.example/article; captured into this WARC and read") on the live page, no archive's copy.
    fixture_server.routes.update(
        {
            "/article": Reply(body=ARTICLE),
            "/": Reply(body=ARTICLE),
            "/m/7": Reply(body=ARTICLE),
            "/web/http://news.example/article": Reply(
                302,
                headers=(("Location", location), ("Link", _link_of_a_copy("http://news.example/article"))),
            ),
        }
    )
    citation = Citation(url="http://news.example/article", date=dt.date(2022, 1, 21))
    hosts = ("news.example", "www.news.example", "web.archive.org", "archive.example")
    read = _capture_and_read(fixture_server, archive_dir, citation, hosts)
    assert read.archive is not None
    assert (read.archive.memento_url, read.archive.error) == (memento_url, error)
    assert read.source == read.live, "the live page is read either way"


def test_a_copy_whose_link_and_url_name_two_pages_is_no_copy_of_the_cited_one(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # The copy's `Link: rel="original"` names the cited page, its Wayback address another: the Link alone was
    # read, and the copy of /other was read as the gone page's, `archived` passing on it.
    link = '<http://news.example/gone>; rel="original"'
    routes = {
        "/web/http://news.example/gone": Reply(
            302, headers=(("Location", f"http://web.archive.org{OTHER_COPY}"),)
        ),
        OTHER_COPY: Reply(body=ARTICLE, headers=(*DATED_PAGE, ("Link", link))),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.memento_url is None
    assert read.archive.error == (
        "its copy is of another page, http://news.example/other, not of http://news.example/gone"
    )
    assert read.source is None, "the other page's copy is not read as the cited one's"


@pytest.mark.parametrize(
    ("copied", "error"),
    [
        (
            "http://news.example:8080/gone",
            "its copy is of another page, http://news.example:8080/gone, not of http://news.example/gone",
        ),
        ("http://news.example:80/gone", None),  # the default port, as old Wayback copies name their page
    ],
    ids=["another-port", "the-default-port"],
)
def test_an_archived_copy_of_the_page_at_another_port_is_no_copy_of_it(
    fixture_server: FixtureServer, archive_dir: Path, copied: str, error: str | None
) -> None:
    # Another port is another server: its page's copy was read as the cited page's (the port was dropped
    # when the two were compared), and `archived` passed on it.
    copy = f"/web/20220121000000/{copied}"
    routes = {
        "/web/http://news.example/gone": Reply(302, headers=(("Location", f"http://web.archive.org{copy}"),)),
        copy: Reply(body=ARTICLE, headers=DATED_PAGE),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.error == error
    assert (read.source is not None) == (error is None), "only the page's own copy is read as it"


def _wayback_copy_of_archive_today(
    fixture_server: FixtureServer, archive_dir: Path, original: str, published: str
) -> ReadSource:
    """A cited Wayback copy, made in 2023, of archive.today's copy of `original`, made 2022-01-21 09:30:18."""
    inner = f"http://archive.ph/2022.01.21-093018/{original}"
    path = f"/web/20230101000000/{inner}"
    made = (("Memento-Datetime", "Sun, 01 Jan 2023 00:00:00 GMT"), *Reply().headers)
    fixture_server.routes.update(
        {
            path: Reply(body=_archive_today_page(published), headers=made),
            f"/web/{inner}": Reply(404, b"not archived"),
        }
    )
    citation = Citation(url=f"http://web.archive.org{path}", original_url=inner, date=dt.date(2022, 1, 21))
    return _capture_and_read(fixture_server, archive_dir, citation, ("web.archive.org",))


def test_a_wayback_copy_of_archive_today_s_copy_of_a_post_is_read_as_archive_today_s_page(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # Through a Wayback link, archive.today's page was read as a page of its own: its banner's time (when
    # archive.today made its copy) passed `date` as the post's, and the replies it drew beside the post as
    # the post's words.
    read = _wayback_copy_of_archive_today(
        fixture_server, archive_dir, "https://t.me/rybar/12345", "2022-01-21T09:30:18Z"
    )
    assert read.live is not None and read.source == read.live
    assert (read.live.published, read.live.text) == (None, "")
    assert read.live.fields["archive.today's time"] == (
        "2022-01-21T09:30:18+00:00 (article:published_time), when the copy was made"
    )
    assert "archive.today's copy of the post https://t.me/rybar/12345" in (read.live.unread or "")


def test_a_wayback_copy_of_archive_today_s_copy_of_an_article_gives_the_article_s_own_time(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    read = _wayback_copy_of_archive_today(
        fixture_server, archive_dir, "https://news.example/article", "2022-01-20T23:10:00Z"
    )
    assert read.live is not None and read.source == read.live
    assert read.live.published == dt.datetime(2022, 1, 20, 23, 10, tzinfo=dt.UTC)
    assert "bridge at Kherson" in read.live.text


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (
            CRAWL_TIME_PAGE,
            "soft-404: the page's text opens with an error: 'Got an HTTP 302 response at crawl time'",
        ),
        (SIGN_IN_PAGE, "login-wall: the page is a sign-in form with a password field ('Sign in')"),
    ],
    ids=["the-archive-s-note-of-a-redirect-it-recorded", "a-login-wall"],
)
def test_a_copy_without_a_memento_datetime_that_holds_no_copy_of_the_page_is_no_archived_copy(
    fixture_server: FixtureServer, archive_dir: Path, page: bytes, kept: str
) -> None:
    # The redirect was followed to the archive's address for the page's copy, which answered without a
    # Memento-Datetime: that copy was never read, and `archived` passed on it ("memento of 2022-01-21
    # 00:00:00 UTC, as its URL says: …; named by the archive's answer, not fetched"), though it was fetched
    # and held a login wall or the archive's note of a redirect.
    routes = {
        "/web/http://news.example/gone": Reply(
            302, headers=(("Location", f"http://web.archive.org{GONE_COPY}"),)
        ),
        GONE_COPY: Reply(body=page),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.memento_url is None and not read.archive.captured
    assert read.archive.error == (
        f"its copy of 2022-01-21 00:00:00 UTC, as its URL says, http://web.archive.org{GONE_COPY}, holds no "
        f"copy of the page ({kept})"
    )
    assert read.source is None


@pytest.mark.parametrize(
    ("original", "error"),
    [
        (
            "http://news.example/other",
            "its copy is of another page, http://news.example/other, not of http://news.example/gone",
        ),
        ("http://news.example/gone", None),
    ],
    ids=["timegate-names-another-page", "timegate-names-the-page"],
)
def test_a_followed_copy_that_names_no_page_is_of_the_page_the_timegate_s_link_names(
    fixture_server: FixtureServer, archive_dir: Path, original: str, error: str | None
) -> None:
    # The TimeGate's redirect, followed, ended at a copy whose address and answer name no page it copies:
    # the TimeGate's own `Link: rel="original"` naming another page was not read, and that page's copy was
    # read as the gone page's (`archived` passing, "captured into this WARC and read").
    copy = "http://web.archive.org/m/7"
    routes = {
        "/web/http://news.example/gone": Reply(
            302, headers=(("Location", copy), ("Link", _link_of_a_copy(original, copy)))
        ),
        "/m/7": Reply(body=ARTICLE, headers=DATED_PAGE),
    }
    read = _archive_of_a_gone_page(fixture_server, archive_dir, routes)
    assert read.archive is not None and read.archive.error == error
    assert (read.source is not None) == (error is None), "only the page's own copy is read as it"


def _capture_with_lookup(
    fixture_server: FixtureServer, archive_dir: Path, kept: LiveRead, main_text: bool
) -> tuple[Citation, CaptureOutcome]:
    """A page captured with its archive lookup (the TimeGate has no copy), its reading kept in `kept`."""
    url = "http://news.example/vote"
    fixture_server.routes["/vote"] = Reply(body=ARTICLE)
    citation = Citation(platform=Platform.WEB, author="Lina Haddad", date=dt.date(2022, 1, 21), url=url)
    timegate = "http://web.archive.org/web/"
    follow_ups = archive_follow_ups(url, citation, timegate, main_text=main_text, kept=kept)
    rules = tuple(fixture_server.rule(host) for host in ("news.example", "web.archive.org"))
    outcome = capture_url(
        CaptureRequest(url=url, name="s", follow_ups=follow_ups),
        archive_dir,
        NetworkOptions(connect_to=rules),
        INFO,
    )
    assert outcome.capture is not None
    return citation, outcome


def _counting_live_reads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each `_read_live` from now on, by its `main_text`."""
    read_as: list[bool] = []
    read_live = sources._read_live

    def counted(*args: Any, **kwargs: Any) -> Any:
        read_as.append(kwargs.get("main_text", args[2] if len(args) > 2 else True))
        return read_live(*args, **kwargs)

    monkeypatch.setattr(sources, "_read_live", counted)
    return read_as


@pytest.mark.parametrize("main_text", [False, True], ids=["visible-text", "main-text"])
def test_the_live_page_the_archive_lookup_read_is_taken_up_by_the_reading_back_not_read_again(
    fixture_server: FixtureServer, archive_dir: Path, monkeypatch: pytest.MonkeyPatch, main_text: bool
) -> None:
    read_as = _counting_live_reads(monkeypatch)
    kept = LiveRead()
    citation, outcome = _capture_with_lookup(fixture_server, archive_dir, kept, main_text)
    assert outcome.capture is not None and citation.url is not None
    warc, timegate = Path(outcome.capture.warc), "http://web.archive.org/web/"

    taken_up = read_source(citation.url, citation, outcome, warc, timegate, main_text, kept)

    assert read_as == [main_text], "read once, by the lookup"
    read_again = read_source(citation.url, citation, outcome, warc, timegate, main_text)
    assert taken_up.live is not None and taken_up.live.author == "Lina Haddad"
    assert read_again.live is not None and taken_up.live.model_dump() == read_again.live.model_dump()
    assert (taken_up.source is None, taken_up.archive) == (read_again.source is None, read_again.archive)


def test_a_live_page_the_archive_lookup_read_otherwise_is_read_again(
    fixture_server: FixtureServer, archive_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Read by the lookup without its main text, it is no reading for a check that looks for quoted words.
    read_as = _counting_live_reads(monkeypatch)
    kept = LiveRead()
    citation, outcome = _capture_with_lookup(fixture_server, archive_dir, kept, main_text=False)
    assert outcome.capture is not None and citation.url is not None

    read = read_source(
        citation.url, citation, outcome, Path(outcome.capture.warc), "http://web.archive.org/web/", True, kept
    )

    assert read_as == [False, True]
    assert read.live is not None and "text" not in read.live.fields, "the main text, not the visible text"


def test_a_live_page_kept_for_the_reading_back_is_held_only_until_it_is_read() -> None:
    kept = LiveRead()
    kept.keep(("http://news.example/vote", (), False, ()), (None, False))

    assert kept.taken(("http://news.example/vote", (), False, ())) == (None, False)
    assert kept.taken(("http://news.example/vote", (), False, ())) is None, "taken once"
    kept.keep(("http://news.example/vote", (), False, ()), (None, False))
    kept.drop()
    assert kept.taken(("http://news.example/vote", (), False, ())) is None
