"""Cited TikTok videos: `check` end to end against a fixture server standing for www.tiktok.com (its pages and
its oEmbed) and vm.tiktok.com (a share link), each reached by `--connect-to`.

TikTok's page is a script app, read before as a login-walled web page: the video is read from TikTok's oEmbed
answer, captured into the footnote's WARC beside the page, and dated by its id. A video oEmbed names is
verified, also behind a share link; one oEmbed refuses (removed, private) fails; an answer naming another
video than the cited one is never read as it. A photo post is read as a video is, and one its page's
data says is deleted fails, whatever a cached oEmbed answer still says.
"""

from __future__ import annotations

from typing import Any

import pytest

from provenance.side_urls import tiktok_oembed_url
from tests.extractors.support import asset
from tests.support.check_runs import check_json_through
from tests.support.servers import FixtureServer, Reply, make_local_ca

JSON = (("Content-Type", "application/json"),)
VIDEO = "6718335390845095173"  # @scout2015's video of 2019-07-27 13:32:33 UTC, as its id says
REMOVED = "7006694664724122881"  # of 2021-09-11
OTHER = "7495474816057920814"  # of 2025-04-20: its oEmbed answer below is VIDEO's
VIDEO_URL = f"https://www.tiktok.com/@scout2015/video/{VIDEO}"
REMOVED_URL = f"https://www.tiktok.com/@scout2015/video/{REMOVED}"
OTHER_URL = f"https://www.tiktok.com/@scout2015/video/{OTHER}"
QUOTE = "Scramble up ur name & I\u2019ll try to guess it"
PHOTO = "7240568259186019630"  # @chillezy's photo post of 2023-06-03, as its id says
GONE_PHOTO = "7449575367024626974"  # of 2024-12-18: deleted, its oEmbed answer still served from a cache
PHOTO_URL = f"https://www.tiktok.com/@chillezy/photo/{PHOTO}"
GONE_PHOTO_URL = f"https://www.tiktok.com/@chillezy/photo/{GONE_PHOTO}"
PHOTO_QUOTE = "Sunset over the harbour"

REPORT = f"""# Pets

The account posted: "{QUOTE}"[^video]

The account posted: "{QUOTE}"[^short]

The account posted: "{QUOTE}"[^removed]

The account posted: "{QUOTE}"[^other]

The account posted: "{PHOTO_QUOTE}"[^photo]

The account posted: "{PHOTO_QUOTE}"[^gonephoto]

[^video]: Scout & Suki (@scout2015), TikTok, July 27, 2019, {VIDEO_URL}
[^short]: Scout & Suki (@scout2015), TikTok, July 27, 2019, https://vm.tiktok.com/ZMabc123/
[^removed]: Scout & Suki (@scout2015), TikTok, September 11, 2021, {REMOVED_URL}
[^other]: Scout & Suki (@scout2015), TikTok, July 27, 2019, {OTHER_URL}
[^photo]: Chill Ezy (@chillezy), TikTok, June 3, 2023, {PHOTO_URL}
[^gonephoto]: Chill Ezy (@chillezy), TikTok, December 18, 2024, {GONE_PHOTO_URL}
"""
SHELL = (
    b"<!DOCTYPE html><html><head><title>TikTok - Make Your Day</title></head><body><div id='app'></div>"
    b"</body></html>"
)


def _path(url: str | None) -> str:
    assert url is not None
    return "/" + url.split("://", 1)[1].partition("/")[2]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    routes: dict[str, Any] = {
        _path(VIDEO_URL): Reply(body=asset("tiktok_video_page.html")),
        _path(tiktok_oembed_url(VIDEO_URL)): Reply(body=asset("tiktok_oembed.json"), headers=JSON),
        "/ZMabc123/": Reply(301, b"", (("Location", VIDEO_URL),)),
        _path(REMOVED_URL): Reply(body=SHELL),
        _path(tiktok_oembed_url(REMOVED_URL)): Reply(400, asset("tiktok_oembed_removed_400.json"), JSON),
        _path(OTHER_URL): Reply(body=SHELL),
        # A wrong answer: the other video's oEmbed names VIDEO (its account, its caption, the quoted words).
        _path(tiktok_oembed_url(OTHER_URL)): Reply(body=asset("tiktok_oembed.json"), headers=JSON),
        # A photo post: its page's data is its `webapp.photo-detail`; oEmbed is asked with its `/video/` link.
        _path(PHOTO_URL): Reply(body=asset("tiktok_photo_page.html")),
        _path(tiktok_oembed_url(PHOTO_URL)): Reply(body=asset("tiktok_photo_oembed.json"), headers=JSON),
        _path(GONE_PHOTO_URL): Reply(
            body=asset("tiktok_photo_page_gone.html").replace(PHOTO.encode(), GONE_PHOTO.encode())
        ),
        _path(tiktok_oembed_url(GONE_PHOTO_URL)): Reply(
            body=asset("tiktok_photo_oembed.json").replace(PHOTO.encode(), GONE_PHOTO.encode()), headers=JSON
        ),
    }
    folder = tmp_path_factory.mktemp("tiktok")
    local_ca = make_local_ca(folder, ("www.tiktok.com", "vm.tiktok.com"))
    (folder / "pets.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        _, footnotes = check_json_through(
            folder / "pets.md", ("www.tiktok.com", "vm.tiktok.com"), server.port, local_ca.ca_pem
        )
    return footnotes


def _statuses(footnote: dict[str, Any]) -> dict[str, str]:
    return {check["name"]: check["status"] for check in footnote["checks"]}


def test_a_tiktok_video_is_verified_from_its_oembed_answer_and_its_id_s_time(checked: dict[str, Any]) -> None:
    video = checked["video"]
    statuses = _statuses(video)
    assert (statuses["captured"], statuses["date"], statuses["author"], statuses["quote"]) == ("pass",) * 4
    assert video["status"] == "verified", video["checks"]


def test_a_tiktok_share_link_is_read_as_the_video_it_led_to(checked: dict[str, Any]) -> None:
    short = checked["short"]
    statuses = _statuses(short)
    assert (statuses["captured"], statuses["date"], statuses["author"], statuses["quote"]) == ("pass",) * 4
    assert short["status"] == "verified", short["checks"]


def test_a_video_oembed_refuses_is_unavailable(checked: dict[str, Any]) -> None:
    removed = checked["removed"]
    captured = next(check for check in removed["checks"] if check["name"] == "captured")
    assert captured["status"] == "fail"
    assert "TikTok's oEmbed answers HTTP 400" in captured["detail"]
    assert removed["status"] != "verified"


def test_an_oembed_answer_for_another_video_never_passes_as_the_cited_one(checked: dict[str, Any]) -> None:
    other = checked["other"]
    statuses = _statuses(other)
    captured = next(check for check in other["checks"] if check["name"] == "captured")
    assert captured["status"] == "fail"
    assert f"answered for another video, {VIDEO}, not the cited {OTHER}" in captured["detail"]
    assert "pass" not in (statuses.get("author"), statuses.get("quote"))
    assert other["status"] != "verified"


def test_a_tiktok_photo_post_is_verified_as_a_video_is(checked: dict[str, Any]) -> None:
    photo = checked["photo"]
    statuses = _statuses(photo)
    assert (statuses["captured"], statuses["date"], statuses["author"], statuses["quote"]) == ("pass",) * 4
    assert photo["status"] == "verified", photo["checks"]


def test_a_deleted_tiktok_photo_post_fails_though_a_cache_still_serves_its_oembed_answer(
    checked: dict[str, Any],
) -> None:
    # Its page's `webapp.photo-detail` says statusCode 10204: read for a video's `webapp.video-detail` alone,
    # the cached oEmbed answer verified a deleted photo post.
    gone = checked["gonephoto"]
    captured = next(check for check in gone["checks"] if check["name"] == "captured")
    assert captured["status"] == "fail"
    assert "the photo post's page says statusCode 10204" in captured["detail"]
    assert gone["status"] == "failed"
