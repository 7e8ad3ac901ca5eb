"""Cited VK wall posts: `check` end to end against a fixture server on 127.0.0.1 for vk.com and m.vk.com,
reached by `--connect-to`.

A post VK's page shows is verified, whether linked by its own page, m.vk.com's or open over its community's
page (read from its own page, asked beside); a repost's words are not the reposter's; a community page's
pinned post is not the post open over it.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extractors.support import asset
from tests.support.check_runs import check_json_through
from tests.support.servers import FixtureRequestHandler, FixtureServer, Reply, make_local_ca

HOSTS = ("vk.com", "m.vk.com")

REPORT = """# Crossings

Harbour Watch wrote: "We are closing the bridge tonight."[^posted]

Harbour Watch wrote: "We are closing the bridge tonight."[^overlay]

Harbour Watch wrote: «Сегодня ночью мост закрывается.»[^mobile]

Harbour Watch wrote: "All river crossings are suspended until Monday."[^repost]

Harbour Watch wrote: "We are closing the bridge tonight."[^pinned]

[^posted]: Harbour Watch, VK, January 21, 2022, https://vk.com/wall-12345_678
[^overlay]: Harbour Watch, VK, January 21, 2022, https://vk.com/harbourwatch?w=wall-12345_678
[^mobile]: Дозор гавани, VK, 21 January 2022, https://m.vk.com/wall-12345_678
[^repost]: Harbour Watch, VK, January 22, 2022, https://vk.com/wall-12345_679
[^pinned]: Harbour Watch, VK, January 21, 2022, https://vk.com/harbourwatch?w=wall-12345_700
"""


def _post_page(handler: FixtureRequestHandler) -> None:
    """The post's page as the host asked serves it: m.vk.com's markup or the desktop's."""
    mobile = (handler.headers.get("Host") or "").startswith("m.vk.com")
    handler.reply(Reply(body=asset("vk_post_mobile.html" if mobile else "vk_post.html")))


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    routes: dict[str, Any] = {
        "/wall-12345_678": _post_page,
        "/wall-12345_679": Reply(body=asset("vk_repost.html")),
        "/harbourwatch?w=wall-12345_678": Reply(body=asset("vk_community_page.html")),
        "/harbourwatch?w=wall-12345_700": Reply(body=asset("vk_community_page.html")),
        "/wall-12345_700": Reply(body=asset("vk_post_not_found.html")),
    }
    folder = tmp_path_factory.mktemp("vk")
    local_ca = make_local_ca(folder, HOSTS)
    (folder / "crossings.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        code, footnotes = check_json_through(folder / "crossings.md", HOSTS, server.port, local_ca.ca_pem)
    return {"code": code, "footnotes": footnotes}


def _checks(checked: dict[str, Any], label: str) -> dict[str, dict[str, Any]]:
    return {check["name"]: check for check in checked["footnotes"][label]["checks"]}


@pytest.mark.parametrize("label", ["posted", "overlay"])
def test_a_vk_post_its_page_shows_is_verified(checked: dict[str, Any], label: str) -> None:
    footnote = checked["footnotes"][label]
    checks = _checks(checked, label)
    assert footnote["status"] == "verified", footnote["checks"]
    assert {name: checks[name]["status"] for name in ("captured", "date", "author", "quote")} == {
        "captured": "pass",
        "date": "pass",
        "author": "pass",
        "quote": "pass",
    }


def test_m_vk_coms_post_is_verified_its_shown_date_read_in_moscow_time(checked: dict[str, Any]) -> None:
    footnote = checked["footnotes"]["mobile"]
    checks = _checks(checked, "mobile")
    assert footnote["status"] == "verified", footnote["checks"]
    assert "Moscow time" in checks["date"]["detail"]


def test_a_reposts_words_are_not_the_reposters(checked: dict[str, Any]) -> None:
    footnote = checked["footnotes"]["repost"]
    quote = _checks(checked, "repost")["quote"]
    assert footnote["status"] != "verified"
    assert quote["status"] == "warn"
    assert "the post it quotes" in quote["detail"] and "River Transport Office" in quote["detail"]


def test_a_community_pages_pinned_post_is_not_the_post_open_over_it(checked: dict[str, Any]) -> None:
    footnote = checked["footnotes"]["pinned"]
    captured = _checks(checked, "pinned")["captured"]
    assert (footnote["status"], captured["status"]) == ("failed", "fail")
    # Its own page says it is not found; its community's page, beneath, shows a pinned post with the words.
    assert "VK's page says 'post not found' in place of the post wall-12345_700" in captured["detail"]
    assert "(https://vk.com/wall-12345_700)" in captured["detail"]
    assert _checks(checked, "pinned")["quote"]["status"] != "pass"
    assert checked["code"] == 1
