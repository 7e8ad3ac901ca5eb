"""TikTok: a video read from oEmbed's answer captured beside its page, and the page's word that it is gone."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.title import check_title
from provenance.citations import parse_citation
from provenance.extractors import extract_source
from provenance.extractors.tiktok import read_tiktok_oembed
from provenance.models import CheckResult, Citation, Footnote, Platform, SourcePost
from provenance.side_urls import tiktok_oembed_url
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset, redirect

VIDEO = "6718335390845095173"  # @scout2015's video of 2019-07-27 13:32:33 UTC, as its id says
VIDEO_URL = f"https://www.tiktok.com/@scout2015/video/{VIDEO}"
OEMBED = f"https://www.tiktok.com/oembed?url=https%3A%2F%2Fwww.tiktok.com%2F%40scout2015%2Fvideo%2F{VIDEO}"
OTHER_VIDEO = "7495474816057920814"
POSTED = dt.datetime(2019, 7, 27, 13, 32, 33, tzinfo=dt.UTC)


def _oembed(name: str) -> object:
    return json.loads(asset(name))


def test_oembed_s_answer_is_the_video_by_its_account() -> None:
    post = read_tiktok_oembed(200, _oembed("tiktok_oembed.json"), OEMBED, VIDEO)
    assert post is not None and post.problem is None
    assert (post.author, post.handle, post.post_id) == ("Scout & Suki", "scout2015", VIDEO)
    # The caption whole, its hashtags as the words they are.
    caption = "Scramble up ur name & I\u2019ll try to guess it\U0001f60d\u2764\ufe0f"
    assert post.text == f"{caption} #foryoupage #petsoftiktok #aesthetic"
    assert post.canonical_url == VIDEO_URL


@pytest.mark.parametrize(
    ("name", "wanted"),
    [
        ("tiktok_oembed.json", OTHER_VIDEO),  # the answer is another video's
        ("tiktok_oembed_two_video_ids.json", VIDEO),  # its blockquote and its embed_product_id disagree
        ("tiktok_oembed_two_usernames.json", VIDEO),  # author_unique_id and author_url name two accounts
        ("tiktok_oembed_without_username.json", VIDEO),  # a handle would be held to the display name alone
    ],
)
def test_an_oembed_answer_that_is_not_plainly_the_cited_video_is_not_read(name: str, wanted: str) -> None:
    assert read_tiktok_oembed(200, _oembed(name), OEMBED, wanted) is None


@pytest.mark.parametrize(
    ("status", "name", "said"),
    [
        (400, "tiktok_oembed_removed_400.json", "answers HTTP 400 ('Something went wrong', code 400)"),
        (404, None, "answers HTTP 404"),
        (
            200,
            "tiktok_oembed_error_under_200.json",
            "answers with an error ('Something went wrong', code 10204)",
        ),
    ],
)
def test_oembed_s_refusal_makes_the_video_unavailable(status: int, name: str | None, said: str) -> None:
    post = read_tiktok_oembed(status, _oembed(name) if name else None, OEMBED, VIDEO)
    assert post is not None
    assert (post.problem, post.problem_detail) == (
        "unavailable",
        f"TikTok's oEmbed {said}: the video is removed or private, or never was",
    )


def _captured(
    page: str, oembed: str | None = "tiktok_oembed.json", status: int = 200
) -> tuple[StoredResponse, ...]:
    responses: tuple[StoredResponse, ...] = (answer(VIDEO_URL, asset(page)),)
    if oembed is not None:
        responses += (answer(OEMBED, asset(oembed), status=status, json=True),)
    return responses


def test_a_video_is_read_from_oembed_and_dated_by_its_id() -> None:
    post = extract_source(VIDEO_URL, _captured("tiktok_video_page.html"))
    assert post.platform is Platform.TIKTOK and post.problem is None
    assert (post.author, post.handle, post.published) == ("Scout & Suki", "scout2015", POSTED)
    assert post.published_from == "the video id (its upper 32 bits: Unix seconds)"


@pytest.mark.parametrize(
    ("page", "detail"),
    [
        (
            "tiktok_video_page_gone.html",
            "the video's page says statusCode 10204 (\"item doesn't exist\"): the video is removed or "
            "private, though oEmbed still answers for it",
        ),
        (
            "tiktok_video_page_notice.html",
            "the video's page shows TikTok's notice 'Video currently unavailable': the video is removed or "
            "private, though oEmbed still answers for it",
        ),
    ],
)
def test_a_video_whose_page_says_it_is_gone_is_unavailable_whatever_oembed_says(
    page: str, detail: str
) -> None:
    # oEmbed (a cache's answer) still names the video: the two disagree on whether it is there.
    post = extract_source(VIDEO_URL, _captured(page))
    assert (post.problem, post.problem_detail) == ("unavailable", detail)


def test_a_video_whose_oembed_answer_is_another_video_s_is_a_shell() -> None:
    url = f"https://www.tiktok.com/@scout2015/video/{OTHER_VIDEO}"
    oembed = tiktok_oembed_url(url)
    assert oembed is not None
    responses = (
        answer(url, asset("tiktok_video_page.html")),
        answer(oembed, asset("tiktok_oembed.json"), json=True),
    )
    post = extract_source(url, responses)
    assert post.problem == "script-shell"
    assert post.problem_detail is not None and post.problem_detail.endswith(
        f"TikTok's oEmbed answered for another video, {VIDEO}, not the cited {OTHER_VIDEO}"
    )
    assert post.author is None and post.text == ""


def test_a_video_without_oembed_s_answer_is_a_shell() -> None:
    post = extract_source(VIDEO_URL, _captured("tiktok_video_page.html", oembed=None))
    assert post.problem == "script-shell"
    assert post.problem_detail == (
        "TikTok's video page is a script app that shows no video without JavaScript; TikTok's oEmbed was not "
        "captured"
    )


def test_a_video_behind_a_login_wall_is_the_wall() -> None:
    responses = (
        redirect(VIDEO_URL, "https://www.tiktok.com/login?redirect_url=x"),
        answer("https://www.tiktok.com/login?redirect_url=x", "<html><title>Log in | TikTok</title></html>"),
        answer(OEMBED, asset("tiktok_oembed.json"), json=True),
    )
    assert extract_source(VIDEO_URL, responses).problem == "login-wall"


MARCH = "Sign up for the march on Saturday, then log in to vote! #vote #kherson"


def _titled(title: str, caption: str | None = MARCH, form: str = "") -> tuple[StoredResponse, ...]:
    """The video's page titled `title` (with `form` in its body), and oEmbed's answer with `caption`."""
    page = asset("tiktok_video_page.html").decode().replace("TikTok - Make Your Day", title)
    responses: tuple[StoredResponse, ...] = (answer(VIDEO_URL, page.replace("<body>", f"<body>{form}")),)
    if caption is not None:
        oembed = json.loads(asset("tiktok_oembed.json")) | {"title": caption}
        responses += (answer(OEMBED, json.dumps(oembed), json=True),)
    return responses


@pytest.mark.parametrize(
    "title",
    [
        f"{MARCH} | TikTok",
        "Sign up for the march on Saturday, then log… | TikTok",  # TikTok cuts a long caption short
        "Scout & Suki on TikTok: sign up for the march on Saturday, then log in to vote! #vote #kherson",
    ],
)
def test_a_video_s_page_titled_with_its_caption_s_login_words_is_no_login_wall(title: str) -> None:
    # `Sign up for the march… | TikTok` matched the login-title rule: the video, which oEmbed answered for,
    # was a login wall for its own caption's words, and the footnote unverifiable.
    post = extract_source(VIDEO_URL, _titled(title))
    assert (post.problem, post.handle, post.text) == (None, "scout2015", MARCH)


@pytest.mark.parametrize(
    ("title", "caption", "form"),
    [
        ("Log in | TikTok", MARCH, ""),  # the rest of the title asks to log in
        ("Log in | TikTok", "Log in to vote! #vote", ""),  # two words shared: TikTok's wall's own title
        ("Log in | TikTok", "Log in", ""),  # a caption as short as the wall's title
        (f"{MARCH} | TikTok", MARCH, '<form><input type="password"></form>'),  # a password form
        (f"{MARCH} | TikTok", None, ""),  # no oEmbed answer: no caption to tell the title's words apart
    ],
)
def test_a_video_s_page_asking_to_log_in_beyond_its_caption_is_still_a_login_wall(
    title: str, caption: str | None, form: str
) -> None:
    post = extract_source(VIDEO_URL, _titled(title, caption, form))
    assert post.problem == "login-wall", post.problem_detail


def test_a_share_link_is_read_as_the_video_it_led_to() -> None:
    short = "https://vm.tiktok.com/ZMabc123/"
    responses = (redirect(short, VIDEO_URL, 301), *_captured("tiktok_video_page.html"))
    post = extract_source(short, responses)
    assert (post.problem, post.handle, post.published) == (None, "scout2015", POSTED)
    assert post.fields["shortened link"] == short


def test_a_profile_is_read_as_the_web_page_it_is() -> None:
    profile = "https://www.tiktok.com/@scout2015"
    page = (
        "<html><head><title>Scout & Suki (@scout2015) | TikTok</title></head><body><p>Pets.</p></body></html>"
    )
    post = extract_source(profile, (answer(profile, page),))
    assert post.platform is Platform.TIKTOK and post.problem != "unavailable"


@pytest.mark.parametrize(
    ("note", "status"),
    [
        (f"Scout & Suki (@scout2015), TikTok, July 27, 2019, {VIDEO_URL}", "pass"),
        (f"@SCOUT2015, TikTok, July 27, 2019, {VIDEO_URL}", "pass"),  # usernames are compared in any case
        # `@suki` is another account, whatever the display name holds: it is compared with the username.
        (f"Suki (@suki), TikTok, July 27, 2019, https://www.tiktok.com/@suki/video/{VIDEO}", "fail"),
        # The link's username is the claim when the note names no account: @suki's link to @scout2015's video
        # is the same video (its id), so @suki renamed, or the link's username is wrong: a person looks.
        (f"TikTok, July 27, 2019, https://www.tiktok.com/@suki/video/{VIDEO}", "warn"),
        (f"TikTok, July 27, 2019, {VIDEO_URL}", "pass"),
        (
            f"Scout & Suki, TikTok, July 27, 2019, https://www.tiktok.com/@suki/video/{VIDEO}",
            "warn",
        ),  # renamed?
    ],
)
def test_a_note_s_handle_is_held_to_the_video_s_username(note: str, status: str) -> None:
    post = read_tiktok_oembed(200, _oembed("tiktok_oembed.json"), OEMBED, VIDEO)
    assert post is not None
    footnote = Footnote(label="1", text=note, line=1)
    citation = parse_citation(footnote).citation
    result = check_author(CheckInput(footnote=footnote, citation=citation, source=post, outcome=None))
    assert result.status == status, result.detail


@pytest.mark.parametrize(
    ("note", "passes"),
    [
        # A username with a dot: read up to it, the fan account's was @scout2015's, and passed on its video.
        (
            f"@scout2015.fan, TikTok, July 27, 2019, https://www.tiktok.com/@scout2015.fan/video/{VIDEO}",
            False,
        ),
        (f"Scout fans (@scout2015.fan), TikTok, July 27, 2019, {VIDEO_URL}", False),
        (f"A video by @scout2015. TikTok, July 27, 2019, {VIDEO_URL}", True),  # the dot ends the sentence
    ],
)
def test_a_tiktok_username_is_read_whole_with_its_dots(note: str, passes: bool) -> None:
    post = read_tiktok_oembed(200, _oembed("tiktok_oembed.json"), OEMBED, VIDEO)
    assert post is not None
    footnote = Footnote(label="1", text=note, line=1)
    citation = parse_citation(footnote).citation
    result = check_author(CheckInput(footnote=footnote, citation=citation, source=post, outcome=None))
    assert (result.status == "pass") is passes, result.detail


def test_an_archived_copy_of_a_video_s_page_is_read_as_the_web_page_it_is() -> None:
    # No oEmbed answer is archived with it: named a script shell for want of one, the archive's copy was never
    # read at all, where before TikTok had an extractor of its own its tags were.
    memento = f"https://web.archive.org/web/20200101000000id_/{VIDEO_URL}"
    copy = (
        "<html><head><title>Scout &amp; Suki on TikTok</title>"
        "<meta property='og:title' content='Scout &amp; Suki on TikTok'></head><body></body></html>"
    )
    post = extract_source(VIDEO_URL, (answer(memento, copy),), start=memento)
    assert post.title == "Scout & Suki on TikTok"
    assert "oEmbed" not in (post.problem_detail or "")


def _archived_video_page(data: dict[str, object]) -> str:
    """A Wayback copy of a video's page as TikTok served it to the archive's crawler: TikTok's own title,
    videos it suggests drawn in the markup, the cited video's caption only in the page's own data."""
    return (
        "<html><head><title>TikTok - Make Your Day</title></head><body><div id='app'><h2>You may like</h2>"
        "<p>The troops crossed the river at dawn #news</p></div>"
        f'<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{json.dumps(data)}'
        "</script></body></html>"
    )


def _video_detail(video: str, caption: str) -> dict[str, object]:
    author = {"uniqueId": "scout2015", "nickname": "Scout & Suki"}
    item: dict[str, object] = {"id": video, "desc": caption, "createTime": "1564234353", "author": author}
    return {"__DEFAULT_SCOPE__": {"webapp.video-detail": {"statusCode": 0, "itemInfo": {"itemStruct": item}}}}


def test_an_archived_copy_of_a_video_s_page_is_read_by_the_data_it_keeps_of_the_cited_video() -> None:
    # A Wayback copy keeps no oEmbed answer: the caption is only in the page's data, the suggested videos'
    # captions in its markup, which were read as the video's words.
    memento = f"https://web.archive.org/web/20200101000000id_/{VIDEO_URL}"
    copy = _archived_video_page(_video_detail(VIDEO, "Scout and Suki at the beach #dogs"))
    post = extract_source(VIDEO_URL, (answer(memento, copy),), start=memento)
    assert post.problem is None
    assert post.text == "Scout and Suki at the beach #dogs"
    assert (post.author, post.handle, post.post_id, post.published) == (
        "Scout & Suki",
        "scout2015",
        VIDEO,
        POSTED,
    )


def test_an_archived_copy_of_a_page_whose_data_is_another_video_s_is_not_read_as_the_cited_one() -> None:
    memento = f"https://web.archive.org/web/20200101000000id_/{VIDEO_URL}"
    copy = _archived_video_page(_video_detail(OTHER_VIDEO, "The troops crossed the river at dawn #news"))
    post = extract_source(VIDEO_URL, (answer(memento, copy),), start=memento)
    assert post.problem == "script-shell"
    assert post.problem_detail == (
        f"the archived copy of TikTok's video page describes another video ({OTHER_VIDEO}), not the cited "
        f"{VIDEO}: what it shows without scripts is not the cited video's"
    )
    assert post.text == "" and post.author is None


def test_an_archived_copy_of_an_older_page_is_read_by_its_sigi_state_item_of_the_cited_video() -> None:
    memento = f"https://web.archive.org/web/20210101000000id_/{VIDEO_URL}"
    module = {
        OTHER_VIDEO: {"id": OTHER_VIDEO, "desc": "The troops crossed the river", "author": "news"},
        VIDEO: {
            "id": VIDEO,
            "desc": "Scout and Suki at the beach",
            "author": "scout2015",
            "nickname": "Scout",
        },
    }
    copy = (
        "<html><head><title>TikTok</title></head><body><p>The troops crossed the river</p>"
        f'<script id="SIGI_STATE" type="application/json">{json.dumps({"ItemModule": module})}</script>'
        "</body></html>"
    )
    post = extract_source(VIDEO_URL, (answer(memento, copy),), start=memento)
    assert (post.text, post.author, post.handle) == ("Scout and Suki at the beach", "Scout", "scout2015")


def _title_checked(post: SourcePost, title: str) -> CheckResult:
    footnote = Footnote(label="1", text="x", line=1)
    citation = Citation(platform=Platform.TIKTOK, title=title, url=VIDEO_URL)
    return check_title(CheckInput(footnote=footnote, citation=citation, source=post, outcome=None))


def test_tiktoks_own_title_on_an_archived_copy_of_a_video_s_page_is_no_title_of_the_video() -> None:
    # TikTok titles its home page, and a video's page its scripts did not title, `TikTok - Make Your Day`:
    # read as the video's title, a cited title "Make Your Day" passed `title`.
    memento = f"https://web.archive.org/web/20200101000000id_/{VIDEO_URL}"
    copy = _archived_video_page(_video_detail(VIDEO, "Scout and Suki at the beach #dogs"))
    post = extract_source(VIDEO_URL, (answer(memento, copy),), start=memento)
    assert post.title is None
    assert post.fields["TikTok's own title"] == "TikTok - Make Your Day"
    assert _title_checked(post, "Make Your Day").status == "warn"
    # The video's caption, its words, is still its title's claim.
    passed = _title_checked(post, "Scout and Suki at the beach #dogs")
    assert (passed.status, passed.detail) == ("pass", "matches 'Scout and Suki at the beach #dogs'")


def test_the_videos_it_suggests_on_an_archived_copy_keeping_no_data_of_the_video_are_not_its_words() -> None:
    # Without the video's data the copy's markup is TikTok's frame and the videos it suggests: their captions
    # were read as the video's words, and a suggested video's passed `quote`.
    memento = f"https://web.archive.org/web/20200101000000id_/{VIDEO_URL}"
    copy = (
        "<html><head><title>Scout &amp; Suki at the beach #dogs | TikTok</title></head><body><div id='app'>"
        "<nav><a>For You</a><a>Following</a></nav><main><h2>You may like</h2>"
        "<p>The troops crossed the river at dawn, I saw them #news #war</p>"
        "<p>Another suggested video about the front line and what happened there today, a long caption.</p>"
        "</main></div></body></html>"
    )
    post = extract_source(VIDEO_URL, (answer(memento, copy),), start=memento)
    assert post.problem is None and post.text == ""
    assert post.unread is not None and post.unread.startswith(
        "an archived copy of TikTok's video page that keeps no data of the video: what its markup shows "
        "(TikTok's frame, the videos it suggests) is not the video's words"
    )
    # Its tags are the video's: its title, the caption, is read.
    assert post.title == "Scout & Suki at the beach #dogs | TikTok"


@pytest.mark.parametrize("title", ["<title>TikTok - Make Your Day</title>", ""])
def test_an_archived_copy_keeping_no_data_of_the_video_nor_a_title_of_its_own_shows_nothing_of_it(
    title: str,
) -> None:
    # TikTok's frame under TikTok's own title: `captured` and `archived` passed on a copy of no video.
    memento = f"https://web.archive.org/web/20200101000000id_/{VIDEO_URL}"
    copy = (
        f"<html><head>{title}</head><body><div id='app'><nav><a>For You</a><a>Following</a></nav>"
        "<main><h2>You may like</h2><p>The troops crossed the river at dawn, I saw them #news #war</p>"
        "<p>Another suggested video about the front line and what happened there today, a long caption.</p>"
        "</main></div></body></html>"
    )
    post = extract_source(VIDEO_URL, (answer(memento, copy),), start=memento)
    assert post.problem == "script-shell"
    assert post.problem_detail == (
        "the archived copy of TikTok's video page keeps no data of the video and no title of its own "
        "(TikTok's, or none): what it shows without scripts is TikTok's frame, nothing of the video"
    )


def test_an_archived_copy_of_an_older_page_is_read_by_its_next_data_item_of_the_cited_video() -> None:
    # TikTok's page of 2020 kept the video in `__NEXT_DATA__`, under TikTok's own title: unread, the copy
    # showed nothing of the video.
    memento = f"https://web.archive.org/web/20200801000000id_/{VIDEO_URL}"
    author = {"uniqueId": "scout2015", "nickname": "Scout & Suki"}
    item = {
        "id": VIDEO,
        "desc": "Scout and Suki at the beach #dogs",
        "createTime": 1564234353,
        "author": author,
    }
    data = {"props": {"pageProps": {"statusCode": 0, "itemInfo": {"itemStruct": item}}}}
    copy = (
        "<html><head><title>TikTok - Make Your Day</title></head><body><div id='app'><h2>You may like</h2>"
        "<p>The troops crossed the river at dawn #news</p></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>'
    )
    post = extract_source(VIDEO_URL, (answer(memento, copy),), start=memento)
    assert post.problem is None
    assert (post.text, post.author, post.handle, post.published) == (
        "Scout and Suki at the beach #dogs",
        "Scout & Suki",
        "scout2015",
        POSTED,
    )


def test_an_archived_copy_of_an_older_page_whose_next_data_says_the_video_is_gone_is_unavailable() -> None:
    memento = f"https://web.archive.org/web/20200801000000id_/{VIDEO_URL}"
    data = {"props": {"pageProps": {"statusCode": 10204, "statusMsg": "item doesn't exist"}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    copy = f"<html><body>{script}</body></html>"
    post = extract_source(VIDEO_URL, (answer(memento, copy),), start=memento)
    assert post.problem == "unavailable"


def test_an_archived_copy_gives_the_captions_language_never_the_pages_interface_language() -> None:
    # The page's `<html lang>` is TikTok's interface's, in the crawler's language: a Russian caption's copy,
    # made from Germany, said the video was in German.
    memento = f"https://web.archive.org/web/20200101000000id_/{VIDEO_URL}"
    detail = _video_detail(VIDEO, "Колонна пересекла мост на рассвете #news")
    item = detail["__DEFAULT_SCOPE__"]["webapp.video-detail"]["itemInfo"]["itemStruct"]  # type: ignore[index]
    item["textLanguage"] = "ru"
    copy = _archived_video_page(detail).replace("<html>", "<html lang='de-DE'>")
    post = extract_source(VIDEO_URL, (answer(memento, copy),), start=memento)
    assert post.problem is None and post.language == "ru"
    item["textLanguage"] = "un"  # TikTok names none
    copy = _archived_video_page(detail).replace("<html>", "<html lang='de-DE'>")
    assert extract_source(VIDEO_URL, (answer(memento, copy),), start=memento).language is None


@pytest.mark.parametrize(("status", "problem"), [(429, "challenge"), (502, "script-shell")])
def test_oembed_refusing_too_many_requests_is_a_refusal_that_says_nothing_of_the_video(
    status: int, problem: str
) -> None:
    # HTTP 429: the footnote failed as a script shell, which told no one that a later capture may read it.
    post = extract_source(
        VIDEO_URL,
        (answer(VIDEO_URL, asset("tiktok_video_page.html")), answer(OEMBED, "", status=status)),
    )
    assert post.problem == problem
    refused = "the platform refused this client for now (HTTP 429" in (post.problem_detail or "")
    assert refused is (status == 429)


PHOTO = "7240568259186019630"  # @chillezy's photo post of 2023-06-03 21:02:48 UTC, as its id says
PHOTO_URL = f"https://www.tiktok.com/@chillezy/photo/{PHOTO}"
PHOTO_POSTED = dt.datetime(2023, 6, 3, 21, 2, 48, tzinfo=dt.UTC)
PHOTO_CAPTION = "Sunset over the harbour, 3 June #kherson #sunset"


def _photo_captured(page: str) -> tuple[StoredResponse, ...]:
    """A photo post's page, and oEmbed's answer asked with its `/video/<id>` link."""
    oembed = tiktok_oembed_url(PHOTO_URL)
    assert oembed is not None and "%2Fvideo%2F" in oembed  # TikTok's oEmbed reads no `/photo/` link
    return (answer(PHOTO_URL, asset(page)), answer(oembed, asset("tiktok_photo_oembed.json"), json=True))


def test_a_photo_post_is_read_from_oembed_and_dated_by_its_id_as_a_video_is() -> None:
    post = extract_source(PHOTO_URL, _photo_captured("tiktok_photo_page.html"))
    assert post.problem is None, post.problem_detail
    assert (post.author, post.handle, post.text, post.post_id) == (
        "Chill Ezy",
        "chillezy",
        PHOTO_CAPTION,
        PHOTO,
    )
    assert (post.published, post.published_from) == (
        PHOTO_POSTED,
        "the video id (its upper 32 bits: Unix seconds)",
    )


def test_a_photo_post_whose_page_data_says_it_is_gone_is_unavailable_whatever_oembed_says() -> None:
    # A photo post's page describes it in `webapp.photo-detail`, not `webapp.video-detail`: its `statusCode`
    # 10204 was never read, and a deleted photo post whose oEmbed answer a cache kept passed as there.
    post = extract_source(PHOTO_URL, _photo_captured("tiktok_photo_page_gone.html"))
    assert (post.problem, post.problem_detail) == (
        "unavailable",
        "the photo post's page says statusCode 10204 (\"item doesn't exist\"): the photo post is removed or "
        "private, though oEmbed still answers for it",
    )
    assert post.author is None and post.text == ""


def test_an_archived_copy_of_a_photo_post_s_page_is_read_by_its_photo_detail_data() -> None:
    # Its data unread, the copy was TikTok's frame and the videos it suggests: their captions were its text.
    memento = f"https://web.archive.org/web/20230701000000id_/{PHOTO_URL}"
    copy = (
        asset("tiktok_photo_page.html")
        .decode()
        .replace(
            '<div id="app"></div>',
            "<div id='app'><h2>You may like</h2><p>The troops crossed the river #news</p></div>",
        )
    )
    post = extract_source(PHOTO_URL, (answer(memento, copy),), start=memento)
    assert post.problem is None, post.problem_detail
    assert (post.text, post.author, post.handle, post.language, post.published) == (
        PHOTO_CAPTION,
        "Chill Ezy",
        "chillezy",
        "en",
        PHOTO_POSTED,
    )
    gone = extract_source(PHOTO_URL, (answer(memento, asset("tiktok_photo_page_gone.html")),), start=memento)
    assert gone.problem == "unavailable"


def test_oembed_s_refusal_of_a_photo_post_s_link_is_said_of_a_photo_post_not_a_video() -> None:
    # oEmbed is asked with the photo post's `/video/<id>` link; its refusal said "the video is removed" of a
    # photo post, a post the note never called a video.
    oembed = tiktok_oembed_url(PHOTO_URL)
    assert oembed is not None
    responses = (
        answer(PHOTO_URL, asset("tiktok_photo_page.html")),
        answer(oembed, asset("tiktok_oembed_removed_400.json"), status=400, json=True),
    )
    post = extract_source(PHOTO_URL, responses)
    assert (post.problem, post.problem_detail) == (
        "unavailable",
        "TikTok's oEmbed answers HTTP 400 ('Something went wrong', code 400): the photo post is removed or "
        "private, or never was",
    )
    shell = extract_source(PHOTO_URL, (answer(PHOTO_URL, asset("tiktok_photo_page.html")),))
    assert shell.problem_detail == (
        "TikTok's photo post page is a script app that shows no photo post without JavaScript; TikTok's "
        "oEmbed was not captured"
    )
