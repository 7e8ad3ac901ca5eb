"""Cited YouTube videos behind an age check: `check` end to end against a fixture server standing for
www.youtube.com (its watch pages and its oEmbed), reached by `--connect-to`.

A watch page whose player asks the visitor to confirm their age ("Sign in to confirm your age",
LOGIN_REQUIRED), holding nothing of the video, is that wall even where oEmbed names the video: read from
oEmbed's title and channel alone, `captured` passed as if the video had been seen. The same page carrying the
video's metadata is read, and `captured` warns that the video itself was behind the age check: its title,
channel and date were read, the video never seen (the footnote unconfirmed, never verified).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from provenance.side_urls import youtube_oembed_url
from tests.extractors.support import asset
from tests.support.check_runs import check_json_through, check_named, url_path
from tests.support.servers import FixtureServer, Reply, make_local_ca

JSON = (("Content-Type", "application/json"),)
WALLED, SHOWN = "AgeGate0001", "AgeGate0002"
TITLE = "Bridge reopening: council session, 21 January 2022"
REPORT = f"""# Council

The council filmed its session.[^walled]

The council filmed its session.[^shown]

[^walled]: City Council TV, "{TITLE}," YouTube, January 21, 2022, https://www.youtube.com/watch?v={WALLED}
[^shown]: City Council TV, "{TITLE}," YouTube, January 21, 2022, https://www.youtube.com/watch?v={SHOWN}
"""
_PLAYER = {
    "status": "LOGIN_REQUIRED",
    "reason": "Sign in to confirm your age",
    "messages": ["This video may be inappropriate for some users."],
    "desktopLegacyAgeGateReason": 1,
}
_MICRODATA = (
    '<div itemscope itemtype="http://schema.org/VideoObject"><meta itemprop="name" content="Bridge">'
    '<span itemprop="author" itemscope><link itemprop="name" content="City Council TV"></span>'
    '<meta itemprop="datePublished" content="2022-01-21T04:00:11-08:00"></div>'
)


def _age_checked(metadata: str) -> bytes:
    player = json.dumps({"responseContext": {}, "playabilityStatus": _PLAYER}, separators=(",", ":"))
    return (
        "<html lang='en'><head><title> - YouTube</title></head><body>"
        f"{metadata}<div id='player'></div>"
        f"<script>var ytInitialPlayerResponse = {player};</script></body></html>"
    ).encode()


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    routes: dict[str, Any] = {
        f"/watch?v={WALLED}": Reply(body=_age_checked("")),
        f"/watch?v={SHOWN}": Reply(body=_age_checked(_MICRODATA)),
        url_path(youtube_oembed_url(WALLED)): Reply(body=asset("youtube_oembed.json"), headers=JSON),
        url_path(youtube_oembed_url(SHOWN)): Reply(body=asset("youtube_oembed.json"), headers=JSON),
    }
    folder = tmp_path_factory.mktemp("youtube")
    local_ca = make_local_ca(folder, ("www.youtube.com",))
    (folder / "council.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        _, footnotes = check_json_through(
            folder / "council.md", ("www.youtube.com",), server.port, local_ca.ca_pem
        )
    return footnotes


def test_an_age_checked_video_whose_page_shows_nothing_of_it_is_a_login_wall_though_oembed_names_it(
    checked: dict[str, Any],
) -> None:
    walled = checked["walled"]
    captured = check_named(walled, "captured")
    assert captured["status"] == "fail"
    assert captured["detail"].startswith(
        "login wall: YouTube shows the video only to a viewer whose age it has checked: the watch page's "
        "player says 'Sign in to confirm your age' (LOGIN_REQUIRED)"
    )
    assert (
        "its title and channel, as oEmbed gives them, are all that was seen of the video"
        in captured["detail"]
    )
    assert walled["status"] == "failed"


def test_an_age_checked_video_whose_page_carries_its_metadata_is_read_saying_the_video_was_not_shown(
    checked: dict[str, Any],
) -> None:
    # Its title, channel and date read from the metadata, the video itself unseen: `captured` passed and the
    # footnote was verified on a video whose words nobody saw. It warns, and the footnote is unconfirmed.
    shown = checked["shown"]
    captured = check_named(shown, "captured")
    assert captured["status"] == "warn"
    assert captured["detail"].startswith("video behind a gate: the video itself is behind an age check")
    assert "the video was not shown" in captured["detail"]
    assert check_named(shown, "date")["status"] == "pass"
    assert shown["status"] == "unconfirmed"
