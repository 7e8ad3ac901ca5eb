"""A cited X post behind a shortener (`t.co/…`): `check` end to end against fixture servers on 127.0.0.1.

The side documents of a post (X's syndication JSON and oEmbed) were planned from the cited URL alone, before
any answer: a `t.co` link names no post, so none were asked for, and the post, read from X's page alone, a
script shell, failed `captured` (a Telegram post behind `bit.ly` likewise had no widget, and no time). They
are asked for once the shortener has led to the post.
"""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest

from provenance import cli
from provenance.side_urls import syndication_url, twitter_oembed_url
from tests.extractors.support import asset
from tests.support.servers import TLS_NAMES, FixtureServer, Reply, make_local_ca, path_of

JSON = (("Content-Type", "application/json"),)
POST_ID = "1484307299693617731"  # the asset's post, of 2022-01-20 23:30 UTC, by @new_handle

REPORT = f"""# Ferries

"The ferry to the island is cancelled until Monday."[^shortened]

"The ferry to the island is cancelled until Monday."[^direct]

"The convoy had already crossed the bridge at Kherson."[^telegram]

[^shortened]: Jane Doe (@new_handle), X, January 20, 2022, https://t.co/AbCdEf123
[^direct]: Jane Doe (@new_handle), X, January 20, 2022, https://x.com/new_handle/status/{POST_ID}
[^telegram]: Рыбарь (@rybar), Telegram, January 21, 2022, https://bit.ly/3xYzAbc
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    status_url = f"https://x.com/new_handle/status/{POST_ID}"
    routes: dict[str, Any] = {
        "/AbCdEf123": Reply(301, b"", (("Location", status_url),)),
        "/3xYzAbc": Reply(301, b"", (("Location", "https://t.me/rybar/12345"),)),
        "/rybar/12345": Reply(body=asset("telegram_permalink.html")),
        "/rybar/12345?embed=1&mode=tme": Reply(body=asset("telegram_widget.html")),
        path_of(status_url): Reply(body=asset("x_status_shell.html")),
        path_of(syndication_url(POST_ID)): Reply(
            body=asset("tweet_result_renamed_account.json"), headers=JSON
        ),
        path_of(twitter_oembed_url(f"https://twitter.com/new_handle/status/{POST_ID}")): Reply(
            body=asset("tweet_oembed_renamed_account.json"), headers=JSON
        ),
    }
    folder = tmp_path_factory.mktemp("shortened")
    local_ca = make_local_ca(folder, (*TLS_NAMES, "t.co", "bit.ly"))
    (folder / "ferries.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        argv = ["check", str(folder / "ferries.md"), "--json", "--archive-dir", str(folder / "archives")]
        argv += ["--ca-bundle", str(local_ca.ca_pem), "--no-archive-lookup"]
        for host in ("t.co", "bit.ly", "t.me", "x.com", "cdn.syndication.twimg.com", "publish.twitter.com"):
            argv += ["--connect-to", f"{host}:443:127.0.0.1:{server.port}"]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            cli.main(argv)
    (report,) = json.loads(out.getvalue())["reports"]
    return {f["label"]: f for f in report["footnotes"]}


def _statuses(footnote: dict[str, Any]) -> dict[str, str]:
    return {check["name"]: check["status"] for check in footnote["checks"]}


def test_an_x_post_behind_t_co_is_read_from_its_syndication_json_and_oembed(checked: dict[str, Any]) -> None:
    shortened = checked["shortened"]
    statuses = _statuses(shortened)
    assert statuses["captured"] == "pass", shortened["checks"]
    assert (statuses["date"], statuses["author"], statuses["quote"]) == ("pass", "pass", "pass")


def test_a_telegram_post_behind_bit_ly_is_read_from_its_widget(checked: dict[str, Any]) -> None:
    telegram = checked["telegram"]
    statuses = _statuses(telegram)
    assert (statuses["captured"], statuses["date"], statuses["quote"]) == ("pass",) * 3, telegram["checks"]


def test_the_same_post_cited_by_its_own_url_is_read_as_before(checked: dict[str, Any]) -> None:
    direct = _statuses(checked["direct"])
    assert (direct["captured"], direct["date"], direct["author"], direct["quote"]) == ("pass",) * 4
