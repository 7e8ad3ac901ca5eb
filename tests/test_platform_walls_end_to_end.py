"""Platform posts that were verified on words nobody saw, or on another post: `check` end to end against a
fixture server standing for www.facebook.com and vk.com, reached by `--connect-to`.

A Facebook share with no words of its own is described by the shared post's words: read as the share's, a
quote of them credited to the sharer passed. A page Facebook answers a `pfbid…` link with, naming the post
by its number, is the cited post: Facebook gives one post both ids and resolved the link itself. A VK post
for VK Donut subscribers shows only its header and a stub: it passed `captured` as a post of no words.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.extractors.support import asset
from tests.support.check_runs import check_json_through, check_named, url_path
from tests.support.servers import FixtureServer, Reply, make_local_ca

SHARE = "https://www.facebook.com/harbour.office/posts/10158000111"
SHARED = "https://www.facebook.com/river.office/posts/10157999000"
PFBID = "https://www.facebook.com/harbour.office/posts/pfbid02abcXYZ"
NUMBERED = "https://www.facebook.com/harbour.office/posts/10158000222"
DONUT = "https://vk.com/wall-12345_678"
THEIRS = "The ferry will not run on Saturday, the river office says."
REPORT = f"""# Harbour

The harbour office wrote: “The ferry will not run on Saturday”.[^share]

The harbour office reopened the bridge.[^pfbid]

The watch closed the bridge.[^donut]

[^share]: Harbour Office, Facebook, January 21, 2022, {SHARE}
[^pfbid]: Harbour Office, Facebook, January 21, 2022, {PFBID}
[^donut]: Harbour Watch, VK, January 21, 2022, {DONUT}
"""
HTML = (("Content-Type", "text/html; charset=utf-8"),)


def _share_page() -> bytes:
    """m.facebook.com's page of Harbour Office's share of River Office's post, with no words of its own."""
    return (
        "<html><head><title>Harbour Office | Facebook</title>"
        "<meta property='og:title' content='Harbour Office'>"
        f"<meta property='og:description' content='{THEIRS}'><meta property='og:url' content='{SHARE}'>"
        "</head><body><div id='m_story_permalink_view'><article><header><h3><strong>"
        "<a href='/harbour.office'>Harbour Office</a></strong> shared "
        f"<a href='/river.office'>River Office</a>&#039;s <a href='{SHARED}'>post</a>.</h3></header>"
        "<article><header><h3><strong>"
        "<a href='/river.office'>River Office</a></strong></h3></header>"
        f"<div><p>{THEIRS}</p></div></article></article></div></body></html>"
    ).encode()


def _numbered_page() -> bytes:
    """A public Facebook post's page naming itself only by its number."""
    return (
        "<html><head><title>Harbour Office - The bridge is open again. | Facebook</title>"
        "<meta property='og:type' content='article'>"
        "<meta property='og:description' content='The bridge is open again.'>"
        f"<meta property='og:url' content='{NUMBERED}'><link rel='canonical' href='{NUMBERED}'></head><body>"
        "<div role='main'><div role='article'><h2><a href='/harbour.office'>Harbour Office</a></h2>"
        "<div dir='auto'>The bridge is open again.</div></div></div></body></html>"
    ).encode()


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    routes: dict[str, Any] = {
        url_path(SHARE): Reply(body=_share_page(), headers=HTML),
        url_path(PFBID): Reply(body=_numbered_page(), headers=HTML),
        url_path(DONUT): Reply(body=asset("vk_post_donut.html"), headers=HTML),
    }
    folder: Path = tmp_path_factory.mktemp("walls")
    hosts = ("www.facebook.com", "vk.com")
    local_ca = make_local_ca(folder, hosts)
    (folder / "harbour.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        _, footnotes = check_json_through(folder / "harbour.md", hosts, server.port, local_ca.ca_pem)
    return footnotes


def test_a_quote_found_only_in_the_post_a_facebook_share_shares_warns_naming_whose_words_they_are(
    checked: dict[str, Any],
) -> None:
    share = checked["share"]
    quote = check_named(share, "quote")
    assert quote["status"] == "warn"
    assert "not in the source's own words but in the post it shares (River Office)" in quote["detail"]
    author = check_named(share, "author")
    assert "the words are theirs" in author["detail"]
    assert "'River Office' (@river.office)" in author["detail"]
    assert share["status"] == "unconfirmed"


def test_a_pfbid_link_answered_with_a_page_naming_its_number_is_read_as_the_cited_post(
    checked: dict[str, Any],
) -> None:
    # The two ids of one post say nothing of each other, but the page is Facebook's answer to the cited link:
    # neither a failure as another post's nor a warning that every numbered page would carry.
    numbered = checked["pfbid"]
    assert check_named(numbered, "captured")["status"] == "pass"
    assert numbered["status"] != "failed"


def test_a_vk_post_for_donut_subscribers_only_is_a_login_wall_not_a_post_of_no_words(
    checked: dict[str, Any],
) -> None:
    donut = checked["donut"]
    captured = check_named(donut, "captured")
    assert captured["status"] == "fail"
    assert captured["detail"].startswith("login wall: a post for VK Donut subscribers only")
    assert donut["status"] == "failed"
