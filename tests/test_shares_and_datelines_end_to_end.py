"""`check` end to end over 127.0.0.1 on what a fact-checker meets most on pages and platform posts: a Facebook
share served in the visitor's language (French), whose words are the shared post's, never the sharer's; and a
news page whose dateline stands under a share bar and a photo."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.check_runs import check_json_through, check_named, url_path
from tests.support.servers import FixtureServer, Reply, make_local_ca

SHARE = "https://www.facebook.com/harbour.office/posts/10158000111"
SHARED = "https://www.facebook.com/river.office/posts/10157999000"
STORY = "https://news.example/2022/floods-close-the-river-road"
THEIRS = "The ferry will not run on Saturday, the river office says."
REPORT = f"""# Ferry

The harbour office said \u201cThe ferry will not run on Saturday\u201d.[^share]

The river road was closed.[^story]

[^share]: Harbour Office, Facebook, January 21, 2022, {SHARE}
[^story]: \u201cFloods close the river road\u201d, January 21, 2022, {STORY}
"""

# m.facebook.com's markup as a French visitor is served it: the sharer's `<article>`, its header, the shared
# post's `<article>` inside it; Facebook's description of the share is the shared post's words.
_SHARE_PAGE = (
    "<html lang='fr'><head><title>Harbour Office | Facebook</title>"
    f"<meta property='og:description' content='{THEIRS}'><meta property='og:url' content='{SHARE}'></head>"
    "<body><div id='m_story_permalink_view'><article><header><h3><strong><a href='/harbour.office'>"
    f"Harbour Office</a></strong> a partag\u00e9 une <a href='{SHARED}'>publication</a>.</h3></header>"
    "<article><header><h3><strong><a href='/river.office'>River Office</a></strong></h3></header>"
    f"<div><p>{THEIRS}</p></div></article></article></div></body></html>"
)
_STORY_PAGE = (
    "<html lang='en'><head><meta charset='utf-8'><title>Floods close the river road</title></head><body>"
    "<article><h1>Floods close the river road</h1>"
    "<div class='share-tools'><a href='https://twitter.com/intent/tweet?url=x'>Share on X</a> "
    "<a href='https://www.facebook.com/sharer/sharer.php?u=x'>Facebook</a></div>"
    "<figure><img src='/road.jpg' alt=''><figcaption>The river road on Friday. Photo: Omar Khalil"
    "</figcaption></figure><p>New Delhi | 21 January 2022</p>"
    + "<p>The council met on Friday and discussed the river road with residents and engineers.</p>" * 4
    + "</article></body></html>"
)


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    routes: dict[str, Any] = {
        url_path(SHARE): Reply(body=_SHARE_PAGE.encode()),
        url_path(STORY): Reply(body=_STORY_PAGE.encode()),
    }
    folder = tmp_path_factory.mktemp("shares")
    hosts = ("www.facebook.com", "news.example")
    local_ca = make_local_ca(folder, hosts)
    (folder / "ferry.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        _, footnotes = check_json_through(folder / "ferry.md", hosts, server.port, local_ca.ca_pem)
    return footnotes


def test_a_french_share_s_words_are_not_credited_to_the_sharer(checked: dict[str, Any]) -> None:
    # The French header was not read as a share: Facebook's description (River Office's words) was Harbour
    # Office's post, `quote` passed and the footnote crediting the sharer with them came out verified.
    share = checked["share"]
    quote = check_named(share, "quote")
    assert quote["status"] == "warn", share["checks"]
    assert "River Office" in quote["detail"]
    assert share["status"] != "verified"


def test_a_dateline_under_a_share_bar_and_a_photo_dates_the_page(checked: dict[str, Any]) -> None:
    # The line under the headline was the share bar: `New Delhi | 21 January 2022` was read nowhere, the date
    # warned "no publication date" and a true note was unconfirmed.
    story = checked["story"]
    assert check_named(story, "date")["status"] == "pass", story["checks"]
