"""Cited Facebook posts: `check` end to end against a fixture server standing for www.facebook.com, reached by
`--connect-to`.

A Facebook post's page shows the post among its comments and the posts it shares, each with its time: every
time it showed was dropped, and a true date warned. The post's own time (its permalink's `data-utime`, its
data's `creation_time` naming its link) dates it; a comment's or a shared post's never does; a login wall
stays a login wall.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.check_runs import check_json_through, check_named, url_path
from tests.support.servers import FixtureServer, Reply, make_local_ca

POST = "https://www.facebook.com/harbour.office/posts/10158000111"
SHARING = "https://www.facebook.com/harbour.office/posts/10158000222"
WALLED = "https://www.facebook.com/harbour.office/posts/10158000333"
REPORT = f"""# Bridge

The harbour office announced the reopening.[^post]

The harbour office announced the reopening.[^sharing]

The harbour office announced the reopening.[^walled]

[^post]: Harbour Office, Facebook, January 21, 2022, {POST}
[^sharing]: Harbour Office, Facebook, January 21, 2022, {SHARING}
[^walled]: Harbour Office, Facebook, January 21, 2022, {WALLED}
"""


def _page(url: str, own: str) -> bytes:
    """A post's page: the post it shares (of 2021-12-30) and a comment (of 2022-01-25) first, then `own`."""
    shared = (
        "<a href='/river.desk/posts/10157999000'><abbr data-utime='1640865600'>Dec 30</abbr></a>"
        "<p>Old news from the river desk.</p>"
    )
    comment = f"<a href='{url}?comment_id=4455'><abbr data-utime='1643112000'>4d</abbr></a><p>I saw it.</p>"
    return (
        "<html><head><title>Harbour Office - The bridge is open again. | Facebook</title>"
        f"<meta property='og:url' content='{url}'>"
        "<meta property='og:description' content='The bridge is open again.'></head><body><div role='main'>"
        f"<div>{shared}</div><div>{comment}</div><div><h3>Harbour Office</h3>{own}"
        "<p>The bridge is open again.</p></div></div></body></html>"
    ).encode()


_WALL = (
    b"<html><head><title>Facebook</title></head><body><div id='react-root'><main><div>"
    b"<h2>You must log in to continue.</h2>"
    b"<a href='/harbour.office/posts/10158000333'><abbr data-utime='1642766400'>3h</abbr></a>"
    b"</div></main></div></body></html>"
)


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    own = "<a href='/harbour.office/posts/10158000111'><abbr data-utime='1642766400'>Jan 21</abbr></a>"
    routes: dict[str, Any] = {
        url_path(POST): Reply(body=_page(POST, own)),
        url_path(SHARING): Reply(body=_page(SHARING, "")),
        url_path(WALLED): Reply(body=_WALL),
    }
    folder = tmp_path_factory.mktemp("facebook")
    local_ca = make_local_ca(folder, ("www.facebook.com",))
    (folder / "bridge.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        _, footnotes = check_json_through(
            folder / "bridge.md", ("www.facebook.com",), server.port, local_ca.ca_pem
        )
    return footnotes


def test_a_facebook_post_is_dated_by_its_own_time(checked: dict[str, Any]) -> None:
    date = check_named(checked["post"], "date")
    assert date["status"] == "pass", checked["post"]["checks"]


def test_a_facebook_post_showing_only_its_shared_post_s_and_a_comment_s_times_is_not_dated_by_them(
    checked: dict[str, Any],
) -> None:
    date = check_named(checked["sharing"], "date")
    assert date["status"] == "warn", checked["sharing"]["checks"]
    assert checked["sharing"]["status"] != "verified"


def test_a_facebook_login_wall_holding_a_time_stays_a_login_wall(checked: dict[str, Any]) -> None:
    walled = checked["walled"]
    captured = check_named(walled, "captured")
    assert captured["status"] == "fail"
    assert captured["detail"].startswith("login wall:")
    assert check_named(walled, "date")["status"] != "pass"
