"""Politeness and resilience: a request is asked again after a failure likely to pass (429, 5xx, no answer),
honouring Retry-After within bounds and the footnote's budget, each attempt kept in the WARC as its own
exchange; requests to one host keep --host-interval apart; the User-Agent names the tool and --contact."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from provenance.capture.cancel import Cancellation, Cancelled
from provenance.capture.options import NetworkOptions
from provenance.capture.retry import HostPacer, backoff_seconds, retry_after_seconds, sleep_unless_cancelled
from provenance.models import CaptureOutcome
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureRequestHandler, FixtureServer, Handler, Reply, raw_answer
from tests.support.warcs import read_records

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


@pytest.mark.parametrize("contact", ["newsroom.example", "mailto:nobody", "ftp://newsroom.example/"])
def test_a_contact_that_is_no_url_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], contact: str
) -> None:
    assert cli.main(["capture", "http://news.example/", "--contact", contact]) == 2
    assert "is not an http(s) URL or a mailto: address" in capsys.readouterr().err
