"""`PinnedAdapter.build_response`: the response requests' own adapter builds, but that an answer setting no
cookie is not read for cookies (its jar stays empty, as cookielib would leave it)."""

from __future__ import annotations

import pytest
import requests
from requests.adapters import HTTPAdapter
from requests.cookies import RequestsCookieJar

from provenance.capture.guard import HopGuard
from provenance.capture.options import NetworkOptions
from provenance.capture.policy import parse_target, plan_dial
from provenance.capture.session import open_session, prepare_request, send
from tests.support.servers import FixtureServer, Reply

_ROUTES = {
    "/plain": Reply(200, b"plain", (("Content-Type", "text/html; charset=koi8-r"),)),
    "/sets": Reply(404, b"sets", (("Set-Cookie", "sid=7; Path=/"), ("Set-Cookie", "b=2"))),
    "/sets2": Reply(200, b"sets2", (("SET-COOKIE2", 'c=3; Version="1"'),)),
}


def _answers(fixture_server: FixtureServer, path: str) -> tuple[requests.Response, requests.Response]:
    """The response the capture's adapter built for `path`, and the one requests' own would build."""
    fixture_server.routes.update(_ROUTES)
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    capture_session = open_session(options)
    url = f"http://news.example{path}"
    prepared = prepare_request(capture_session, "GET", url)
    with HopGuard(5.0, options.cancellation) as guard:
        dial = plan_dial(parse_target(url), options, timeout=5.0)
        response = send(capture_session, prepared, dial, guard)
    plain = HTTPAdapter.build_response(capture_session.adapter, prepared, response.raw)
    response.close()
    capture_session.close()
    return response, plain


def _seen(response: requests.Response) -> tuple[object, ...]:
    return (
        response.status_code,
        list(response.headers.items()),
        response.encoding,
        response.reason,
        response.url,
        sorted(response.cookies.items()),
        response.request,
        response.connection,
        response.raw,
    )


@pytest.mark.parametrize("path", sorted(_ROUTES))
def test_the_response_is_the_one_requests_builds(fixture_server: FixtureServer, path: str) -> None:
    built, plain = _answers(fixture_server, path)
    assert _seen(built) == _seen(plain)


def test_an_answer_that_sets_no_cookie_is_not_read_for_cookies(
    fixture_server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed: list[object] = []
    extract = RequestsCookieJar.extract_cookies

    def counted(jar: RequestsCookieJar, response: object, request: object) -> None:
        handed.append(response)
        extract(jar, response, request)  # type: ignore[arg-type]

    monkeypatch.setattr(RequestsCookieJar, "extract_cookies", counted)
    built, _ = _answers(fixture_server, "/plain")
    assert len(handed) == 1  # requests' own build, in `_answers`: the capture's adapter handed it none
    assert built.cookies.items() == []
