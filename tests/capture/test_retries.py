"""Politeness and resilience: a request is asked again after a failure likely to pass (429, 5xx, no answer),
honouring Retry-After within bounds and the footnote's budget, each attempt kept in the WARC as its own
exchange; requests to one host keep --host-interval apart; the User-Agent names the tool and --contact."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from provenance.capture.cancel import Cancellation, Cancelled
from provenance.capture.capture import capture_url
from provenance.capture.options import CaptureRequest, FollowUp, NetworkOptions
from provenance.capture.retry import (
    GivenUp,
    HostPacer,
    HostStanding,
    asked_wait_seconds,
    backoff_seconds,
    retry_after_seconds,
    sleep_unless_cancelled,
)
from provenance.capture.slots import HostSlots
from provenance.models import CaptureOutcome
from tests.capture.conftest import INFO, Capturer
from tests.support.servers import (
    FixtureRequestHandler,
    FixtureServer,
    Handler,
    Reply,
    raw_answer,
    stall,
    trickle_headers,
)
from tests.support.warcs import read_records

WAIT = 30.0  # seconds: only reached when the behaviour under test is broken
PAGE = Reply(body=b"<html><body><p>Here at last.</p></body></html>")


def _first_then(first: Reply | Handler, then: Reply, path: str = "/post") -> Handler:
    """`first` for the first request to `path`, `then` for every later one."""

    def send(handler: FixtureRequestHandler) -> None:
        answer = first if handler.fixture.hits[path] == 1 else then
        if isinstance(answer, Reply):
            handler.reply(answer)
        else:
            answer(handler)

    return send


def _exchanges(outcome: CaptureOutcome) -> tuple[list[str], list[int], dict[str, Any]]:
    """The WARC's record types, the statuses of its responses in order, and its metadata document."""
    assert outcome.capture is not None, outcome.error
    records = read_records(Path(outcome.capture.warc))
    statuses = [int(r["http_status_line"].split()[1]) for r in records if r["type"] == "response"]
    return [r["type"] for r in records], statuses, json.loads(records[-1]["payload"])


def test_429_with_retry_after_1_is_asked_again_once_and_both_exchanges_are_in_the_warc(
    capture: Capturer, fixture_server: FixtureServer
) -> None:
    too_many = Reply(429, b"slow down", (("Content-Type", "text/plain"), ("Retry-After", "1")))
    fixture_server.routes["/post"] = _first_then(too_many, PAGE)
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), retries=2)

    outcome = capture("http://news.example/post", options)

    assert fixture_server.hits["/post"] == 2
    assert outcome.error is None and outcome.capture is not None and outcome.capture.http_status == 200
    types, statuses, metadata = _exchanges(outcome)
    assert types == ["warcinfo", "request", "response", "request", "response", "metadata"]
    assert statuses == [429, 200]
    (retried,) = outcome.capture.retries
    assert (retried.url, retried.http_status, retried.retry_after, retried.waited) == (
        "http://news.example/post",
        429,
        1.0,
        1.0,
    )
    assert metadata["retried"] == [retried.model_dump()]


def test_a_5xx_that_persists_is_asked_again_retries_times_and_the_last_answer_stands(
    capture: Capturer, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/post"] = Reply(503, b"down for maintenance")
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), retries=2, retry_base=0.01)

    outcome = capture("http://news.example/post", options)

    assert fixture_server.hits["/post"] == 3
    assert outcome.error == "http 503" and outcome.capture is not None
    assert _exchanges(outcome)[1] == [503, 503, 503]
    assert [r.http_status for r in outcome.capture.retries] == [503, 503]
    assert all(r.retry_after is None and r.waited > 0 for r in outcome.capture.retries)


def test_a_server_that_hung_up_without_a_word_is_asked_again_and_the_failed_attempt_is_kept(
    capture: Capturer, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/post"] = _first_then(raw_answer(b""), PAGE)
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), retries=1, retry_base=0.01)

    outcome = capture("http://news.example/post", options)

    assert outcome.error is None and outcome.capture is not None and outcome.capture.http_status == 200
    types, statuses, _ = _exchanges(outcome)
    assert types == ["warcinfo", "request", "request", "response", "metadata"]
    assert statuses == [200]
    (retried,) = outcome.capture.retries
    assert retried.http_status is None and retried.error is not None


@pytest.mark.parametrize(
    ("answer", "options", "why"),
    [
        (Reply(404, b"gone"), {"retries": 2}, "a 404 will not pass"),
        (Reply(429, b"", (("Retry-After", "3600"),)), {"retries": 2}, "an hour is beyond the bound"),
        (
            Reply(429, b"", (("Retry-After", "5"),)),
            {"retries": 2, "footnote_timeout": 2.0},
            "past the budget",
        ),
        (Reply(503, b""), {"retries": 0}, "retries are off"),
    ],
    ids=["404", "retry-after-beyond-bound", "retry-after-beyond-budget", "retries-0"],
)
def test_no_second_request_when_it_would_not_help_or_would_not_fit(
    capture: Capturer, fixture_server: FixtureServer, answer: Reply, options: dict[str, Any], why: str
) -> None:
    fixture_server.routes["/post"] = answer
    outcome = capture(
        "http://news.example/post",
        NetworkOptions(connect_to=(fixture_server.rule("news.example"),), **options),
    )
    assert fixture_server.hits["/post"] == 1, why
    assert outcome.capture is not None and outcome.capture.retries == ()


def test_retry_after_is_read_as_seconds_or_as_an_http_date_and_garbage_is_ignored() -> None:
    now = dt.datetime(2026, 1, 21, 12, 0, 0, tzinfo=dt.UTC)
    assert retry_after_seconds((("Retry-After", "7"),), now) == 7.0
    assert retry_after_seconds((("retry-after", "Wed, 21 Jan 2026 12:00:30 GMT"),), now) == 30.0
    assert retry_after_seconds((("Retry-After", "Wed, 21 Jan 2026 11:00:00 GMT"),), now) == 0.0
    assert retry_after_seconds((("Retry-After", "soon"),), now) is None
    assert retry_after_seconds((), now) is None


_RESET_NOW = dt.datetime(2026, 1, 21, 12, 0, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("name", "value", "seconds"),
    [
        ("RateLimit-Reset", "30", 30.0),  # the IETF draft: seconds
        ("X-RateLimit-Reset", str(int(_RESET_NOW.timestamp()) + 900), 900.0),  # GitHub: a POSIX time
        ("x-rate-limit-reset", str(int(_RESET_NOW.timestamp()) + 60), 60.0),  # X's spelling
        ("X-RateLimit-Reset", f"{_RESET_NOW.timestamp() + 1.5:.3f}", 1.5),  # a POSIX time to the millisecond
        ("X-RateLimit-Reset", "45", 45.0),  # seconds, as some sites fill it
        # A POSIX time in milliseconds, as some APIs write it: read in seconds, it was a time in the year
        # 55,000, and a pause of a whole day (MAX_PAUSE) said as "asked for no requests until" tomorrow.
        ("X-RateLimit-Reset", str(int(_RESET_NOW.timestamp() * 1000) + 90_000), 90.0),
    ],
    ids=[
        "ratelimit-reset",
        "x-ratelimit-reset-time",
        "x-rate-limit-reset",
        "fractional-time",
        "seconds",
        "milliseconds",
    ],
)
def test_a_429_without_retry_after_waits_until_its_rate_limit_reset_header_says(
    name: str, value: str, seconds: float
) -> None:
    assert asked_wait_seconds(429, ((name, value),), _RESET_NOW) == pytest.approx(seconds)


@pytest.mark.parametrize(
    ("status", "headers", "why"),
    [
        (503, (("RateLimit-Reset", "30"),), "a reset header on an answer that is no rate limit says nothing"),
        (429, (("X-RateLimit-Reset", str(int(_RESET_NOW.timestamp()) - 5)),), "a reset already past"),
        (429, (("RateLimit-Reset", "0"),), "a reset now"),
        (429, (("RateLimit-Reset", "soon"),), "garbage"),
        (429, (("RateLimit-Reset", "\xb2"),), "a digit that is not ASCII"),
        (429, (("RateLimit-Reset", "9" * 21),), "more digits than any time"),
        (429, (("RateLimit-Reset", "-30"),), "a negative wait"),
        (429, (), "nothing said"),
    ],
)
def test_a_rate_limit_reset_header_that_says_no_wait_to_come_is_not_read_as_one(
    status: int, headers: tuple[tuple[str, str], ...], why: str
) -> None:
    assert asked_wait_seconds(status, headers, _RESET_NOW) is None, why


@pytest.mark.parametrize(
    ("fields", "seconds"),
    [
        (('"default";r=0;t=30',), 30.0),  # the draft's list of policies (2024 on)
        (('"burst";r=0;t=10, "daily";r=0;t=3600',), 3600.0),  # two used up: the longer wait
        (('"burst";r=0;t=10, "daily";r=40;t=3600',), 10.0),  # only the used-up policy's wait
        (('"burst";r=0;t=10', '"daily";r=0;t=60'), 60.0),  # two field lines are one list
        (('"a,b;\\"c";r=0;t=7',), 7.0),  # a policy name with a comma, a semicolon and a quote
        (('"default"; r=0; t=12.5',), 12.5),  # spaces around parameters, a fraction
        (("limit=100, remaining=0, reset=30",), 30.0),  # the draft's earlier dictionary
    ],
    ids=["one-policy", "longest-of-two", "used-up-only", "two-lines", "quoted-name", "spaces", "dictionary"],
)
def test_a_429_without_retry_after_waits_as_long_as_its_ratelimit_field_says_a_quota_is_used_up(
    fields: tuple[str, ...], seconds: float
) -> None:
    headers = tuple(("RateLimit", field) for field in fields)
    assert asked_wait_seconds(429, headers, _RESET_NOW) == pytest.approx(seconds)


@pytest.mark.parametrize(
    ("field", "why"),
    [
        ('"default";r=5;t=30', "units left: the field says of no quota used up"),
        ("limit=100, remaining=3, reset=30", "the same in the dictionary form"),
        ('"default";r=0', "no time given"),
        ('"default";r=0;t=0', "back now"),
        ('"default";r=0;t=-30', "a negative wait"),
        ('"default";r=0;t=soon', "garbage"),
        ('"default;r=0;t=30', "a quote never closed: all of it is the policy's name"),
        (",,;;==", "separators only"),
    ],
)
def test_a_ratelimit_field_that_says_no_wait_to_come_is_not_read_as_one(field: str, why: str) -> None:
    assert asked_wait_seconds(429, (("RateLimit", field),), _RESET_NOW) is None, why


def test_a_reset_header_wins_over_the_ratelimit_field() -> None:
    headers = (("RateLimit", '"default";r=0;t=3600'), ("RateLimit-Reset", "30"))
    assert asked_wait_seconds(429, headers, _RESET_NOW) == 30.0


def test_a_retry_after_date_no_calendar_holds_is_no_wait_not_a_crash() -> None:
    # parsedate_to_datetime raises OverflowError on an hour of twenty digits: one site's header was exit 3
    # for the whole run (it is read from every answer, a 200 too).
    headers = (("Retry-After", "Mon, 01 Jan 2024 99999999999999999999:00:00 GMT"),)
    assert retry_after_seconds(headers, _RESET_NOW) is None


def test_a_reset_figure_after_a_control_character_is_read_as_the_figure_not_a_crash() -> None:
    # The figure was checked stripped (`strip` takes \x1c-\x1f too) but read unstripped: ValueError, exit 3.
    assert asked_wait_seconds(429, (("X-RateLimit-Reset", "\x1c5"),), _RESET_NOW) == 5.0
    assert asked_wait_seconds(429, (("RateLimit", '"d";r=0;t=\x1c5'),), _RESET_NOW) == 5.0


def test_a_retry_after_wins_over_a_rate_limit_reset_header() -> None:
    headers = (("X-RateLimit-Reset", str(int(_RESET_NOW.timestamp()) + 900)), ("Retry-After", "7"))
    assert asked_wait_seconds(429, headers, _RESET_NOW) == 7.0
    assert asked_wait_seconds(503, (("Retry-After", "7"),), _RESET_NOW) == 7.0, "any answer's Retry-After"


def test_a_429_whose_rate_limit_resets_in_a_second_is_asked_again_a_second_later(
    capture: Capturer, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/post"] = _first_then(Reply(429, b"", (("RateLimit-Reset", "1"),)), PAGE)
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), retries=1)

    outcome = capture("http://news.example/post", options)

    assert outcome.capture is not None and outcome.capture.http_status == 200, outcome.error
    (retried,) = outcome.capture.retries
    assert (retried.http_status, retried.retry_after, retried.waited) == (429, 1.0, 1.0)


def _paused_host_capture(
    capture: Capturer, fixture_server: FixtureServer, seconds: float, asked: bool = True, **options: Any
) -> tuple[CaptureOutcome, float]:
    """A capture of a cited URL on `news.example` while that host is in a pause of `seconds`, and how long
    after the capture began its request reached the server."""
    arrived: list[float] = []

    def answer(handler: FixtureRequestHandler) -> None:
        arrived.append(time.monotonic())
        handler.reply(PAGE)

    fixture_server.routes["/post"] = answer
    standing = HostStanding()
    standing.pause("news.example", 429, seconds, time.time(), asked=asked)
    network = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), standing=standing, **options)
    started = time.monotonic()
    outcome = capture("http://news.example/post", network)
    assert arrived, outcome.error
    return outcome, arrived[0] - started


def test_a_cited_url_waits_out_the_pause_its_host_asked_for_instead_of_being_answered_429_in_it(
    capture: Capturer, fixture_server: FixtureServer
) -> None:
    """Sent into a pause the host asked for (another footnote's `429` with `Retry-After`), a cited URL was
    answered `429` too and waited as long to be asked again: one more request into the rate limit per
    footnote, and a `429` in its evidence. It now waits first, and is asked once."""
    outcome, waited = _paused_host_capture(capture, fixture_server, 1.0)

    assert waited >= 0.9, f"sent {waited:.2f}s after the capture began, inside the pause"
    assert outcome.capture is not None and outcome.capture.http_status == 200
    assert outcome.capture.retries == () and fixture_server.hits["/post"] == 1


def test_a_cited_url_that_waited_for_its_host_s_slot_waits_out_a_pause_that_began_meanwhile(
    capture: Capturer, fixture_server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Footnotes citing one host queue for its `--per-host` slots: when the footnote holding a slot is
    answered `429` with a `Retry-After`, the next one, judged before it queued, would be sent into the pause.
    Judged again once it holds the slot, it lets the slot go, waits the pause out, and is asked once."""
    answered_429: list[float] = []
    arrived: list[float] = []
    # Each step waited for, not slept through (a loaded machine can be slower than any short sleep): the
    # first footnote's request has arrived (it holds the slot), the second waits for the slot, and only
    # then is the first answered 429.
    first_asked, second_queued = threading.Event(), threading.Event()

    def rate_limited(handler: FixtureRequestHandler) -> None:
        if handler.fixture.hits["/first"] == 1:
            first_asked.set()
            second_queued.wait(WAIT)
            answered_429.append(time.monotonic())
            handler.reply(Reply(429, b"", (("Retry-After", "1"),)))
        else:
            handler.reply(PAGE)

    def second_answer(handler: FixtureRequestHandler) -> None:
        arrived.append(time.monotonic())
        handler.reply(PAGE)

    fixture_server.routes.update({"/first": rate_limited, "/second": second_answer})
    with HostSlots.for_run(1) as slots:
        assert slots is not None
        held = slots.held

        def held_noting_a_wait(host: str, wait: Callable[[float], None]) -> Any:
            def noted(seconds: float) -> None:
                second_queued.set()  # all slots taken: this capture waits for one
                wait(seconds)

            return held(host, noted)

        monkeypatch.setattr(slots, "held", held_noting_a_wait)
        options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), slots=slots)
        first = threading.Thread(target=capture, args=("http://news.example/first", options, "f1"))
        first.start()
        assert first_asked.wait(WAIT), "the first footnote's request never arrived"
        second = capture("http://news.example/second", options, "f2")
        first.join()

    assert second_queued.is_set(), "the second footnote never waited for the slot"
    assert second.capture is not None and second.capture.http_status == 200
    assert arrived[0] - answered_429[0] >= 0.9, "sent inside the pause the first footnote's answer opened"
    assert fixture_server.hits["/second"] == 1 and second.capture.retries == ()


@pytest.mark.parametrize(
    ("seconds", "asked", "options", "why"),
    [
        (600.0, True, {}, "longer than a retry would wait (MAX_RETRY_AFTER)"),
        (5.0, True, {"footnote_timeout": 2.5}, "longer than the footnote's budget"),
        # Waited out, it left the request 0.5 s of the budget (less than the least it keeps): a pause ending
        # just inside the budget left no time to send the cited URL at all.
        (5.0, True, {"footnote_timeout": 5.5}, "ending too near the budget's end for a request after it"),
        (30.0, False, {}, "a pause the host did not ask for (a 429 alone): this run's own guess"),
    ],
    ids=["beyond-max-retry-after", "beyond-budget", "at-the-budget-s-end", "not-asked-for"],
)
def test_a_cited_url_is_asked_at_once_in_a_pause_it_would_not_wait_out(
    capture: Capturer,
    fixture_server: FixtureServer,
    seconds: float,
    asked: bool,
    options: dict[str, Any],
    why: str,
) -> None:
    outcome, waited = _paused_host_capture(capture, fixture_server, seconds, asked, **options)

    # Half the shortest pause here (5 s): a request asked at once is far inside it even on a loaded machine.
    assert waited < 2.5, why
    assert outcome.capture is not None and outcome.capture.http_status == 200


def test_a_retry_after_of_digits_that_are_not_ascii_is_garbage_not_a_crash() -> None:
    # `²` (byte B2, read as Latin-1) passes str.isdigit but not float(): a server's one byte stopped the run.
    now = dt.datetime(2026, 1, 21, 12, 0, 0, tzinfo=dt.UTC)
    for value in ("\xb2", "\xb9\xb2", "\u0663"):
        assert retry_after_seconds((("Retry-After", value),), now) is None


def test_a_429_with_a_retry_after_of_a_superscript_is_captured_and_asked_again_after_a_backoff(
    capture: Capturer, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/post"] = _first_then(Reply(429, b"", (("Retry-After", "\xb2"),)), PAGE)
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), retries=1, retry_base=0.01)

    outcome = capture("http://news.example/post", options)

    assert outcome.capture is not None and outcome.capture.http_status == 200, outcome.error
    (retried,) = outcome.capture.retries
    assert (retried.http_status, retried.retry_after) == (429, None)


def test_backoff_doubles_with_half_of_it_random() -> None:
    assert [backoff_seconds(n, 1.0, jitter=lambda: 0.0) for n in range(3)] == [0.5, 1.0, 2.0]
    assert [backoff_seconds(n, 1.0, jitter=lambda: 1.0) for n in range(3)] == [1.0, 2.0, 4.0]


def test_host_pacer_spaces_the_starts_at_one_host_first_come_first_served() -> None:
    now = [100.0]
    pacer = HostPacer(clock=lambda: now[0])
    assert [pacer.reserve("news.example", 0.5) for _ in range(3)] == [0.0, 0.5, 1.0]
    assert pacer.reserve("t.me", 0.5) == 0.0, "another host does not wait"
    now[0] = 101.0
    assert pacer.reserve("news.example", 0.5) == 0.5, "the slot taken at 101.0 is 101.5, after the queue"


def test_a_cancel_wakes_a_retry_wait_at_once() -> None:
    cancellation = Cancellation()
    raised: list[BaseException] = []

    def wait() -> None:
        try:
            sleep_unless_cancelled(600, cancellation)
        except Cancelled as error:
            raised.append(error)

    waiter = threading.Thread(target=wait)
    waiter.start()
    cancellation.cancel()
    waiter.join(timeout=30)
    assert not waiter.is_alive() and len(raised) == 1


def test_the_user_agent_names_the_tool_and_the_contact_and_the_run_records_the_politeness_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixture_server: FixtureServer
) -> None:
    monkeypatch.chdir(tmp_path)
    fixture_server.routes["/post"] = PAGE
    (tmp_path / "brief.md").write_text(
        "Here.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/post\n"
    )

    cli.main(
        [
            "check",
            "brief.md",
            "-q",
            "--connect-to",
            f"::127.0.0.1:{fixture_server.port}",
            "--contact",
            "https://newsroom.example/about-our-checks",
            "--host-interval",
            "250",
            "--retries",
            "3",
        ]
    )

    agent = dict(fixture_server.requests[0].headers)["User-Agent"]
    assert agent.startswith("provenance/") and agent.endswith("(+https://newsroom.example/about-our-checks)")
    run = json.loads((tmp_path / "brief.md.ledger.jsonl").read_text().splitlines()[0])
    options = run["options"]
    assert (options["contact"], options["host_interval_ms"], options["retries"]) == (
        "https://newsroom.example/about-our-checks",
        250,
        3,
    )


@pytest.mark.parametrize(
    "contact",
    [
        "newsroom.example",
        "mailto:nobody",
        "ftp://newsroom.example/",
        # A line break passes urlsplit (which drops it) and would end the User-Agent header: every capture
        # then failed as `url:` (requests refuses the header) instead of the run stopping at once.
        "https://newsroom.example/\nX-Forged: 1",
        "mailto:desk@newsroom.example\r\n",
    ],
)
def test_a_contact_that_is_no_url_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], contact: str
) -> None:
    assert cli.main(["capture", "http://news.example/", "--contact", contact]) == 2
    assert "is not an http(s) URL or a mailto: address" in capsys.readouterr().err


@pytest.mark.parametrize("agent", ["desk\nX-Forged: 1", "desk\r", "   ", "desk\x00"])
def test_a_user_agent_that_is_not_one_printable_line_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], agent: str
) -> None:
    assert cli.main(["capture", "http://news.example/", "--user-agent", agent]) == 2
    assert "is not one line of printable text" in capsys.readouterr().err


_START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _failed(hosts: HostStanding, began: float, after: float = 1.0, host: str = "archive.example") -> None:
    """An attempt at `host` that began `began` seconds after `_START` and got no answer `after` later."""
    hosts.not_answered(
        host, _START + dt.timedelta(seconds=began), _START + dt.timedelta(seconds=began + after)
    )


@pytest.mark.parametrize("shared", [False, True], ids=["one-process", "in-the-run-folder"])
def test_a_host_is_given_up_after_the_limit_of_unanswered_attempts_over_the_span(
    tmp_path: Path, shared: bool
) -> None:
    hosts = HostStanding(limit=3, span=10.0, folder=tmp_path if shared else None)
    _failed(hosts, 0)
    _failed(hosts, 1)
    hosts.answered("archive.example")  # an answer between them: the count starts again
    _failed(hosts, 2)
    _failed(hosts, 3)
    _failed(hosts, 4)
    assert hosts.given_up("archive.example") is None, "three attempts, but within 3 s: a short outage"
    _failed(hosts, 11)
    given_up = hosts.given_up("archive.example")
    assert given_up is not None and (given_up.attempts, given_up.seconds) == (4, 10.0)
    assert (
        str(given_up) == "archive.example gave no answer to the run's last 4 attempts to reach it, over 10s"
    )
    assert hosts.given_up("news.example") is None, "each host counts on its own"
    hosts.answered("archive.example")
    assert hosts.given_up("archive.example") is None


def test_attempts_that_time_out_together_span_their_whole_wait() -> None:
    hosts = HostStanding(limit=3, span=10.0)
    for _ in range(3):  # three lookups at once, each failing after a 30 s timeout
        _failed(hosts, 0, after=30)
    given_up = hosts.given_up("archive.example")
    assert given_up is not None and (given_up.attempts, given_up.seconds) == (3, 30.0)


def test_the_run_s_processes_count_unanswered_attempts_together(tmp_path: Path) -> None:
    """`--per-host` is shared by the capture processes, so each sees only some of the first attempts that
    time out together: counted apart, no process would reach the limit in the first round."""
    first, second = HostStanding(folder=tmp_path), HostStanding(folder=tmp_path)
    _failed(first, 0, after=30)
    _failed(second, 0, after=30)
    assert first.given_up("archive.example") is None
    _failed(first, 0, after=30)
    assert first.given_up("archive.example") is not None and second.given_up("archive.example") is not None
    second.answered("archive.example")
    assert first.given_up("archive.example") is None, "an answer in one process counts for all"


@pytest.mark.parametrize("shared", [False, True], ids=["one-process", "in-the-run-folder"])
def test_a_host_given_up_is_probed_by_one_optional_request_after_a_minute_then_less_and_less_often(
    tmp_path: Path, shared: bool
) -> None:
    """An archive down for a minute early in a long run lost every later footnote's lookup: nothing asked
    it again, so it never had the chance to answer."""
    hosts = HostStanding(limit=3, span=10.0, probe_after=60.0, folder=tmp_path if shared else None)
    for began in (0, 5, 10):
        _failed(hosts, began)  # given up when the third fails, 11 s after _START
    start = _START.timestamp()
    assert isinstance(hosts.holding_back("archive.example", start + 70), GivenUp), "59 s after: not yet"
    assert hosts.holding_back("archive.example", start + 71) is None, "a minute after its last failure"
    assert isinstance(hosts.holding_back("archive.example", start + 72), GivenUp), "one probe at a time"
    _failed(hosts, 71, after=30)  # the probe gets no answer either, at 101 s
    assert isinstance(hosts.holding_back("archive.example", start + 101 + 119), GivenUp), "then 2 minutes"
    assert hosts.holding_back("archive.example", start + 101 + 120) is None
    hosts.answered("archive.example")  # a probe got an answer: every optional request may go again
    assert hosts.holding_back("archive.example", start + 222) is None
    assert hosts.holding_back("archive.example", start + 223) is None


def test_no_probe_is_spent_while_the_host_s_pause_lasts() -> None:
    hosts = HostStanding(limit=1, span=0.0, probe_after=60.0)
    _failed(hosts, 0)
    start = _START.timestamp()
    hosts.pause("archive.example", 503, 120, start)  # answered a cited URL: 503, Retry-After 120
    _failed(hosts, 1)  # and then nothing
    assert isinstance(hosts.holding_back("archive.example", start + 100), GivenUp)
    assert hosts.holding_back("archive.example", start + 121) is None, "the probe was kept for now"


def test_an_optional_request_waits_two_seconds_after_a_failure_for_the_attempts_that_went_out_with_it() -> (
    None
):
    hosts = HostStanding(limit=3, span=10.0, settle=2.0)
    start = _START.timestamp()
    assert hosts.settling("archive.example", start) == 0.0, "no failure: no wait"
    _failed(hosts, 0, after=30)  # failed at 30 s
    assert hosts.settling("archive.example", start + 30.5) == pytest.approx(1.5)
    _failed(hosts, 0.1, after=30)  # a second one, 0.1 s later: the wait runs from it
    assert hosts.settling("archive.example", start + 30.5) == pytest.approx(1.6)
    assert hosts.settling("archive.example", start + 33) == 0.0
    _failed(hosts, 0.2, after=30)
    assert hosts.settling("archive.example", start + 30.3) == 0.0, "given up: nothing left to wait for"


def test_a_run_folder_that_is_gone_never_gives_a_host_up(tmp_path: Path) -> None:
    hosts = HostStanding(limit=1, span=0.0, folder=tmp_path / "gone")
    _failed(hosts, 0)
    hosts.answered("archive.example")
    assert hosts.given_up("archive.example") is None


_NOON = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC).timestamp()


@pytest.mark.parametrize("shared", [False, True], ids=["one-process", "in-the-run-folder"])
def test_a_retry_after_holds_a_host_s_optional_requests_back_until_it_ends(
    tmp_path: Path, shared: bool
) -> None:
    hosts = HostStanding(folder=tmp_path if shared else None)
    assert hosts.holding_back("archive.example", _NOON) is None
    hosts.pause("archive.example", 429, 30, _NOON)
    pause = hosts.holding_back("archive.example", _NOON + 29.9)
    assert str(pause) == (
        "archive.example answered HTTP 429 and asked for no requests until 2026-01-01T12:00:30Z"
    )
    hosts.pause("archive.example", 503, 5, _NOON + 10)  # a shorter pause asked later
    held_back = str(hosts.holding_back("archive.example", _NOON + 20))
    assert held_back == str(pause), "a shorter pause never cuts a longer one short"
    assert hosts.holding_back("archive.example", _NOON + 30) is None, "the pause is over"
    assert hosts.holding_back("news.example", _NOON + 1) is None, "each host pauses on its own"
    hosts.pause("archive.example", 503, 60, _NOON + 40)
    hosts.answered("archive.example")
    assert hosts.holding_back("archive.example", _NOON + 41) is not None, (
        "an answer ends a silence, not a pause (the pause came with an answer)"
    )


@pytest.mark.parametrize("shared", [False, True], ids=["one-process", "in-the-run-folder"])
def test_a_pause_no_header_asked_for_says_so(tmp_path: Path, shared: bool) -> None:
    hosts = HostStanding(folder=tmp_path if shared else None)
    hosts.pause("archive.example", 429, 30, _NOON, asked=False)
    assert str(hosts.holding_back("archive.example", _NOON + 1)) == (
        "archive.example answered HTTP 429 without saying how long to wait: not asked again until "
        "2026-01-01T12:00:30Z"
    )
    hosts.pause("archive.example", 429, 60, _NOON + 10)  # then a Retry-After of a minute
    assert "asked for no requests until 2026-01-01T12:01:10Z" in str(
        hosts.holding_back("archive.example", _NOON + 11)
    )


def test_a_pause_asked_in_one_process_holds_the_others_back(tmp_path: Path) -> None:
    first, second = HostStanding(folder=tmp_path), HostStanding(folder=tmp_path)
    first.pause("archive.example", 429, 30, _NOON)
    assert second.holding_back("archive.example", _NOON + 1) is not None


@pytest.mark.parametrize("shared", [False, True], ids=["one-process", "in-the-run-folder"])
def test_an_answer_other_than_429_ends_a_pause_the_host_did_not_ask_for(tmp_path: Path, shared: bool) -> None:
    # A 429 that said nothing opened a 30 s guess; the host then answered 200 and its side documents (a
    # Telegram widget) were still skipped as "not asked again" for the rest of the 30 s.
    hosts = HostStanding(folder=tmp_path if shared else None)
    hosts.pause("t.me", 429, 30, _NOON, asked=False)
    # A request sent before the 429 (it went out with the one answered 429) says nothing of the limit now.
    hosts.lift_unsaid_pause("t.me", sent=_NOON - 1, now=_NOON + 1)
    assert hosts.holding_back("t.me", _NOON + 2) is not None
    hosts.lift_unsaid_pause("t.me", sent=_NOON + 1, now=_NOON + 2)
    assert hosts.holding_back("t.me", _NOON + 3) is None
    hosts.pause("t.me", 429, 30, _NOON + 3, asked=False)  # a 429 again: a new guess
    assert hosts.holding_back("t.me", _NOON + 4) is not None
    hosts.pause("t.me", 429, 60, _NOON + 5)  # a pause the host asked for: it said until when
    hosts.lift_unsaid_pause("t.me", sent=_NOON + 6, now=_NOON + 6)
    assert "asked for no requests until 2026-01-01T12:01:05Z" in str(hosts.holding_back("t.me", _NOON + 7))


def test_a_host_answering_after_a_429_that_said_nothing_gets_its_side_documents(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes.update(
        {"/desk/1": _first_then(Reply(429, b""), PAGE, "/desk/1"), "/desk/1/widget": PAGE}
    )
    options = NetworkOptions(connect_to=(fixture_server.rule(),), retries=1, retry_base=0.1)
    request = CaptureRequest(url="http://t.me/desk/1", name="f1", side_urls=("http://t.me/desk/1/widget",))
    outcome = capture_url(request, archive_dir, options, INFO)
    assert outcome.capture is not None and outcome.capture.http_status == 200
    assert fixture_server.hits["/desk/1/widget"] == 1, "the widget was skipped after the host answered 200"


@pytest.mark.parametrize(
    ("answer", "lookups"),
    [(Reply(503, b""), 0), (PAGE, 1)],  # a 503 is no sign that the host takes requests again
    ids=["503", "200"],
)
def test_only_an_answer_that_is_no_refusal_ends_a_pause_after_a_bare_429(
    fixture_server: FixtureServer, archive_dir: Path, answer: Reply, lookups: int
) -> None:
    fixture_server.routes.update({"/post": _first_then(Reply(429, b""), answer), "/lookup": PAGE})
    options = NetworkOptions(connect_to=(fixture_server.rule(),), retries=0)
    capture = _capturing_with_a_lookup(archive_dir, options)
    capture("http://archive.example/post", "f1")  # answered 429: its lookup, at the same host, is skipped
    capture("http://archive.example/post", "f2")  # the answer judged; then its lookup, if the pause ended
    assert fixture_server.hits["/lookup"] == lookups


def test_of_two_pauses_written_at_once_the_longer_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each writer read the pause kept, then appended its own if longer: a shorter pause read before a longer
    # one was written, and written after it, cut the longer one short (only the last record counts).
    read = HostStanding._pause

    def slow_read(self: HostStanding, host: str) -> Any:
        kept = read(self, host)
        time.sleep(0.1)  # the other writer reads meanwhile
        return kept

    monkeypatch.setattr(HostStanding, "_pause", slow_read)
    longer, shorter = HostStanding(folder=tmp_path), HostStanding(folder=tmp_path)
    writers = [
        threading.Thread(target=longer.pause, args=("web.archive.org", 429, 120, _NOON)),
        threading.Thread(target=shorter.pause, args=("web.archive.org", 503, 5, _NOON)),
    ]
    for writer in writers:
        writer.start()
        time.sleep(0.02)  # the shorter one reads second, and would write last
    for writer in writers:
        writer.join()
    monkeypatch.undo()
    assert "until 2026-01-01T12:02:00Z" in str(HostStanding(folder=tmp_path).paused("web.archive.org", _NOON))


def test_a_disk_that_refuses_the_run_s_records_fails_no_capture(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A full temporary folder: its records of unanswered attempts and pauses are lost, and the run goes on
    # (it was an internal error, exit 3).
    def full(descriptor: int, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    hosts = HostStanding(folder=tmp_path)
    monkeypatch.setattr("provenance.capture.retry.os.write", full)
    hosts.not_answered("t.me", dt.datetime.now(dt.UTC), dt.datetime.now(dt.UTC))
    hosts.pause("t.me", 429, 30, _NOON)
    monkeypatch.undo()
    assert hosts.paused("t.me", _NOON + 1) is None and hosts.given_up("t.me") is None


def test_a_pause_of_years_is_held_for_a_day_and_still_said_plainly() -> None:
    # A `Retry-After` of 400 nines is read as infinity; the pause must still be a time that can be told.
    hosts = HostStanding()
    hosts.pause("archive.example", 429, float("9" * 400), _NOON)
    assert str(hosts.holding_back("archive.example", _NOON)).endswith("until 2026-01-02T12:00:00Z")


def _lookup_error(outcome: CaptureOutcome) -> str | None:
    """Why the capture's one follow-up (its archive lookup) failed, as its metadata record says."""
    (side,) = _exchanges(outcome)[2]["side_requests"]
    assert side["url"] == "http://archive.example/lookup"
    error: str | None = side["error"]
    return error


def _capturing_with_a_lookup(
    archive_dir: Path, options: NetworkOptions
) -> Callable[[str, str], CaptureOutcome]:
    """A capture of a URL (named) whose one follow-up is an archive lookup at `archive.example/lookup`."""

    def capture(url: str, name: str) -> CaptureOutcome:
        lookup = FollowUp("http://archive.example/lookup")
        request = CaptureRequest(url=url, name=name, follow_ups=lambda _: (lookup,))
        return capture_url(request, archive_dir, options, INFO)

    return capture


def _lookups_of_a_dead_archive(
    fixture_server: FixtureServer, archive_dir: Path, standing: HostStanding, timeout: float = 0.2
) -> Callable[[str], str | None]:
    """For a capture (named) of a page, why its archive lookup failed, or None. The lookup gets no answer in
    its `timeout` until the test gives `/lookup` a route that answers; `standing` keeps what the answers
    say."""
    fixture_server.routes.update({"/page": PAGE, "/lookup": stall(5)})
    options = NetworkOptions(
        connect_to=(fixture_server.rule(),), timeout=timeout, retries=0, standing=standing
    )
    capture = _capturing_with_a_lookup(archive_dir, options)

    def lookup_error(name: str) -> str | None:
        return _lookup_error(capture("http://news.example/page", name))

    return lookup_error


def _archived_checks(
    tmp_path: Path, fixture_server: FixtureServer, lookup: Reply | Handler, *options: str
) -> list[dict[str, str]]:
    """`check` (with `options`) of a report of four linked notes, one capture at a time, whose every
    TimeGate lookup gets `lookup`: each footnote's `archived` check, in order."""
    notes = range(1, 5)
    body = " ".join(f"Claim {n}.[^{n}]" for n in notes)
    definitions = "".join(f"[^{n}]: Desk, January 21, 2022, http://news.example/post/{n}\n" for n in notes)
    for n in notes:
        fixture_server.routes[f"/post/{n}"] = PAGE
        fixture_server.routes[f"/web/http://news.example/post/{n}"] = lookup
    (tmp_path / "brief.md").write_text(f"{body}\n\n{definitions}")
    cli.main(
        ["check", str(tmp_path / "brief.md"), "-q", "--connect-to", f"::127.0.0.1:{fixture_server.port}",
         "--jobs", "1", "--timegate", "http://archive.example/web/", "--archive-dir",
         str(tmp_path / "archives"), *options]
    )  # fmt: skip
    lines = [json.loads(line) for line in (tmp_path / "brief.md.ledger.jsonl").read_text().splitlines()]
    return [
        next(check for check in line["checks"] if check["name"] == "archived")
        for line in lines
        if line["kind"] == "footnote"
    ]


def _lookups_sent(fixture_server: FixtureServer) -> int:
    return sum(hits for path, hits in fixture_server.hits.items() if path.startswith("/web/"))


def test_a_dead_archive_is_not_asked_again_after_three_unanswered_lookups_but_cited_urls_always_are(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    """An archive that answers nothing held every footnote's capture for its whole timeout (with retries,
    a minute and a half each at the defaults): after three attempts in a row got no answer, later lookups
    fail at once as `skipped:`, and nothing is sent to it, but a cited URL on that host is still asked."""
    fixture_server.routes.update({"/page": PAGE, "/lookup": stall(5), "/cited": PAGE})
    # Given up from the third attempt without an answer, however short the three took (and judged at once).
    standing = HostStanding(span=0.0, settle=0.0)
    options = NetworkOptions(connect_to=(fixture_server.rule(),), timeout=0.2, retries=0, standing=standing)

    capture = _capturing_with_a_lookup(archive_dir, options)

    errors = [_lookup_error(capture(f"http://news.example/page?n={n}", f"f{n}")) for n in range(5)]
    assert all(error and error.startswith("timeout: archive.example sent no answer") for error in errors[:3])
    assert all(
        error and error.startswith("skipped: archive.example gave no answer to the run's last 3 attempts")
        for error in errors[3:]
    ), errors
    assert fixture_server.hits["/lookup"] == 3, "a skipped lookup sends nothing"
    cited = capture("http://archive.example/cited", "f-cited")
    assert cited.capture is not None and cited.capture.http_status == 200, "the cited URL is asked"
    assert _lookup_error(cited) is not None and fixture_server.hits["/lookup"] == 4, (
        "the host answered the cited URL: its next lookup is asked again"
    )


def test_check_with_a_dead_archive_says_which_lookups_were_skipped(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # One capture at a time, each lookup waiting 2.1 s, each after a failure first waiting 2 s for others
    # to settle (`retry.UNANSWERED_SETTLE`): the third unanswered one ends 10.3 s after the first began
    # (`retry.UNANSWERED_SPAN` is 10), and the fourth is not made.
    archived = _archived_checks(tmp_path, fixture_server, stall(5), "--timeout", "2.1", "--retries", "0")

    assert [check["status"] for check in archived] == ["warn"] * 4, "never a failure: no copy is a warning"
    details = [check["detail"] for check in archived]
    assert all("(timeout: archive.example sent no answer" in detail for detail in details[:3]), details
    assert "(skipped: archive.example gave no answer to the run's last 3 attempts to reach it" in details[3]
    assert _lookups_sent(fixture_server) == 3


def _x_rate_limited(handler: FixtureRequestHandler) -> None:
    """X's syndication's rate limit: a `429` whose `x-rate-limit-reset` is the POSIX time the limit ends."""
    handler.reply(Reply(429, b"", (("x-rate-limit-reset", str(int(time.time()) + 900)),)))


_ASKED_PAUSE = "skipped: archive.example answered HTTP 429 and asked for no requests until"


@pytest.mark.parametrize(
    ("too_many", "skipped"),
    [
        (Reply(429, b"slow down", (("Retry-After", "30"),)), _ASKED_PAUSE),
        (Reply(429, b"", (("RateLimit-Reset", "30"),)), _ASKED_PAUSE),
        (Reply(429, b"", (("RateLimit", '"default";r=0;t=30'),)), _ASKED_PAUSE),
        (_x_rate_limited, _ASKED_PAUSE),
        (
            Reply(429, b"slow down"),
            "skipped: archive.example answered HTTP 429 without saying how long to wait: not asked again",
        ),
    ],
    ids=[
        "retry-after",
        "ratelimit-reset",
        "ratelimit-field",
        "x-rate-limit-reset-as-a-posix-time",
        "429-alone",
    ],
)
def test_an_archive_that_asks_for_a_pause_gets_no_lookups_until_it_ends_but_cited_urls_are_asked(
    fixture_server: FixtureServer, archive_dir: Path, too_many: Reply | Handler, skipped: str
) -> None:
    """A rate-limited archive (429 with Retry-After 30 to every lookup) made each footnote's lookup wait
    out the same pause on its own and ask again into it: a 200-footnote check took 7 minutes. After the
    first 429, later lookups fail at once as `skipped:` and nothing is sent; a cited URL there is asked.
    A 429 that says when its limit resets in another header or in the `RateLimit` field pauses as long; one
    that says nothing, 30 s, or until the host answers something else."""
    fixture_server.routes.update({"/page": PAGE, "/lookup": too_many, "/cited": PAGE})
    # A footnote's budget shorter than the pause: the cited URL is asked at once, not after the pause.
    options = NetworkOptions(connect_to=(fixture_server.rule(),), retries=0, footnote_timeout=10.0)

    capture = _capturing_with_a_lookup(archive_dir, options)

    errors = [_lookup_error(capture(f"http://news.example/page?n={n}", f"f{n}")) for n in range(3)]
    assert errors[0] == "http 429"
    assert all(error and error.startswith(skipped) for error in errors[1:]), errors
    assert fixture_server.hits["/lookup"] == 1, "a skipped lookup sends nothing"
    cited = capture("http://archive.example/cited", "f-cited")
    assert cited.capture is not None and cited.capture.http_status == 200, "the cited URL is asked"
    if skipped is _ASKED_PAUSE:
        assert fixture_server.hits["/lookup"] == 1, "the pause asked for holds, whatever the host answered"
    else:  # the guess is over: the host took a request since
        assert fixture_server.hits["/lookup"] == 2, "a 200 ends a pause the host did not ask for"


def test_check_with_a_rate_limited_archive_asks_it_once_and_says_why_the_rest_were_skipped(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    archived = _archived_checks(tmp_path, fixture_server, Reply(429, b"", (("Retry-After", "60"),)))

    assert [check["status"] for check in archived] == ["warn"] * 4
    details = [check["detail"] for check in archived]
    assert "the TimeGate answered HTTP 429, which says nothing of a copy" in details[0], details
    assert all(
        "(skipped: archive.example answered HTTP 429 and asked for no requests until" in detail
        for detail in details[1:]
    ), details
    assert _lookups_sent(fixture_server) == 1


def test_an_archive_lookup_waits_out_a_short_retry_after_and_asks_again(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # Only a long pause (over `MAX_OPTIONAL_RETRY_AFTER`) is not waited out for an optional request.
    too_many = Reply(429, b"slow down", (("Retry-After", "1"),))
    fixture_server.routes.update({"/page": PAGE, "/lookup": _first_then(too_many, PAGE, "/lookup")})
    options = NetworkOptions(connect_to=(fixture_server.rule(),), retries=2)

    outcome = _capturing_with_a_lookup(archive_dir, options)("http://news.example/page", "f1")

    assert _lookup_error(outcome) is None and fixture_server.hits["/lookup"] == 2


def test_a_cited_url_on_a_host_silent_to_the_run_s_last_attempts_is_asked_once_not_again(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    """With a platform blocked where the check runs, every footnote citing it waited out its timeout three
    times (retries), four at a time: each cited URL is still asked (its own evidence of no answer), but
    a host silent to the run's last attempts is not failing for a moment, and is not asked again."""
    fixture_server.routes["/desk/1"] = stall(5)
    standing = HostStanding(span=0.0)  # silent from the third attempt without an answer, however quick
    options = NetworkOptions(
        connect_to=(fixture_server.rule(),), timeout=0.2, retries=2, retry_base=0.01, standing=standing
    )

    def capture(name: str) -> CaptureOutcome:
        return capture_url(CaptureRequest(url="http://t.me/desk/1", name=name), archive_dir, options, INFO)

    first = capture("f1")
    assert first.error is not None and first.error.startswith("timeout: t.me sent no answer")
    assert fixture_server.hits["/desk/1"] == 3, "an attempt and its two retries, until the host fell silent"
    second = capture("f2")
    assert second.error is not None and second.error.startswith("timeout: t.me sent no answer")
    assert "(not asked again: t.me gave no answer to the run's last 4 attempts to reach it, over " in (
        second.error
    )
    assert fixture_server.hits["/desk/1"] == 4, "asked once: the attempt is its own evidence"
    assert second.capture is not None and second.capture.warc, "that attempt is kept in a WARC"


def test_a_cited_url_on_a_silent_host_is_waited_for_less_than_the_timeout_and_says_so(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    """With a platform blocked where the check runs, each footnote citing it still waited out a whole
    `--timeout` once (40 footnotes, four at a time: five minutes at the defaults). Once its host is silent
    to the run's last attempts, a cited URL is asked, and waited for `silent_timeout` at most."""
    fixture_server.routes.update({"/desk/1": stall(5), "/desk/2": stall(5)})
    standing = HostStanding(limit=1, span=0.0, silent_timeout=0.3)  # silent from its first attempt
    # A --timeout of 4 s: the cut wait (0.3 s) is far below the bound of 2.5 s even on a loaded machine, and
    # the whole --timeout far above it.
    options = NetworkOptions(connect_to=(fixture_server.rule(),), timeout=4.0, retries=2, standing=standing)

    def capture(path: str, name: str) -> tuple[CaptureOutcome, float]:
        started = time.monotonic()
        request = CaptureRequest(url=f"http://t.me{path}", name=name)
        return capture_url(request, archive_dir, options, INFO), time.monotonic() - started

    first, _ = capture("/desk/1", "f1")
    assert first.error is not None and first.error.startswith("timeout: t.me sent no answer within 4s")
    second, took = capture("/desk/2", "f2")
    assert second.error is not None and second.error.startswith(
        "timeout: t.me sent no answer within 0.3s (each wait cut to 0.3s from --timeout's 4s, and not asked "
        "again: t.me gave no answer to the run's last 1 attempts to reach it"
    ), second.error
    assert took < 2.5, f"waited {took:.1f}s: the whole --timeout"
    assert fixture_server.hits["/desk/2"] == 1, "asked once: the attempt is its own evidence"
    assert second.capture is not None and second.capture.warc, "that attempt is kept in a WARC"


def test_a_silent_host_trickling_its_head_is_cut_at_the_shorter_wait_s_head_deadline(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # Each read came within the shorter wait, so the attempt lasted the head deadline of `--timeout` (four
    # of it), though its error said its waits were cut.
    fixture_server.routes.update({"/desk/1": stall(5), "/desk/2": trickle_headers(100, 0.1)})
    standing = HostStanding(limit=1, span=0.0, silent_timeout=0.3)
    options = NetworkOptions(connect_to=(fixture_server.rule(),), timeout=2.0, retries=0, standing=standing)

    def capture(path: str) -> tuple[CaptureOutcome, float]:
        started = time.monotonic()
        request = CaptureRequest(url=f"http://t.me{path}", name=path.replace("/", "-"))
        return capture_url(request, archive_dir, options, INFO), time.monotonic() - started

    capture("/desk/1")
    second, took = capture("/desk/2")
    assert second.error is not None and "each wait cut to 0.3s from --timeout's 2s" in second.error
    assert "within 1.2s" in second.error, second.error
    assert took < 4.0, f"took {took:.1f}s: the head deadline of --timeout (8s)"


def test_a_silent_host_that_answers_within_the_shorter_wait_is_captured_and_waited_for_fully_again(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes.update({"/desk/1": stall(5), "/desk/2": PAGE, "/desk/3": stall(5)})
    # A shorter wait of 1 s, not less: the page must be answered within it, on a loaded machine too.
    standing = HostStanding(limit=1, span=0.0, silent_timeout=1.0)
    options = NetworkOptions(connect_to=(fixture_server.rule(),), timeout=2.0, retries=0, standing=standing)

    def capture(path: str) -> CaptureOutcome:
        request = CaptureRequest(url=f"http://t.me{path}", name=path.replace("/", "-"))
        return capture_url(request, archive_dir, options, INFO)

    assert capture("/desk/1").error is not None
    assert standing.given_up("t.me") is not None
    back = capture("/desk/2")  # asked with the shorter wait, and answered within it
    assert back.error is None and back.capture is not None and back.capture.http_status == 200
    assert standing.given_up("t.me") is None
    later = capture("/desk/3").error
    assert later is not None and later.startswith("timeout: t.me sent no answer within 2s"), (
        "its answer gave the host back the whole --timeout"
    )
    assert "not asked again" not in later


def test_an_archive_back_from_an_outage_is_found_by_a_probe_and_asked_again(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # A timeout of 1 s, not 0.2 s: the archive back must answer the probe within it, on a loaded machine too.
    lookup_error = _lookups_of_a_dead_archive(
        fixture_server, archive_dir, HostStanding(span=0.0, probe_after=0.5, settle=0.0), timeout=1.0
    )
    assert [lookup_error(f"f{n}") for n in range(3)] == [
        "timeout: archive.example sent no answer within 1s"
    ] * 3
    assert (lookup_error("f3") or "").startswith("skipped: archive.example gave no answer")
    fixture_server.routes["/lookup"] = PAGE  # the archive is back
    time.sleep(0.6)
    assert lookup_error("f4") is None, "the probe, half a second after the last failure, got its answer"
    assert lookup_error("f5") is None and fixture_server.hits["/lookup"] == 5


def test_a_lookup_that_comes_while_a_wave_of_lookups_fails_waits_for_the_wave_and_is_skipped(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    """With the archive dead, the lookups that went out together fail together, a few milliseconds apart;
    one that took the slot the first failure let go went out too, and held its footnote for a whole second
    timeout (a 200-footnote check: 62 s where 32 s would do)."""
    # The wave settles 2 s after its first failure: the second failure, 0.3 s after, lands inside that wait
    # even when a loaded machine runs the timer late.
    standing = HostStanding(limit=2, span=0.0, settle=2.0)
    lookup_error = _lookups_of_a_dead_archive(fixture_server, archive_dir, standing)
    assert (lookup_error("f1") or "").startswith("timeout: archive.example sent no answer")
    # The second lookup of the wave fails while the next footnote's lookup waits for the wave to settle.
    now = dt.datetime.now(dt.UTC)
    threading.Timer(0.3, standing.not_answered, ("archive.example", now, now)).start()
    assert (lookup_error("f2") or "").startswith(
        "skipped: archive.example gave no answer to the run's last 2"
    )
    assert fixture_server.hits["/lookup"] == 1, "the waiting lookup was never sent"
