"""VK: a wall post read from VK's server-rendered page, from the element whose id names it alone: never a
pinned post, a comment or a repost's words as the post's own; VK's page in place of the post said as such."""

from __future__ import annotations

import datetime as dt

import pytest
from selectolax.lexbor import LexborHTMLParser

from provenance.checks import CheckInput
from provenance.checks.quote import check_quote
from provenance.citations import parse_citation
from provenance.extractors import extract_source, extractor_for, vk
from provenance.extractors.vk import VkExtractor, shown_time
from provenance.extractors.web import WebExtractor
from provenance.models import Context, Footnote, Platform, SourcePost
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset, redirect
from tests.support.authors import author_check_as_parsed

POST = "https://vk.com/wall-12345_678"
OVERLAY = "https://vk.com/harbourwatch?w=wall-12345_678"
MSK_10_15 = dt.datetime(2022, 1, 21, 7, 15, tzinfo=dt.UTC)  # 21 Jan 2022, 10:15 in Moscow


def _read(cited: str, fixture: str, *more: StoredResponse) -> SourcePost:
    return extract_source(cited, (answer(cited, asset(fixture)), *more))


def _quote(post: SourcePost, cited: str, words: str) -> tuple[str, str]:
    footnote = Footnote(
        label="1",
        text=f"Harbour Watch, VK, 22 January 2022, {cited}",
        line=3,
        urls=(cited,),
        contexts=(Context(line=1, text=f"«{words}»", quotes=(words,)),),
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, source=post, outcome=None
    )
    result = check_quote(given)
    return result.status, result.detail or ""


def test_vk_posts_comments_and_media_links_are_read_by_the_vk_extractor_and_its_other_pages_are_not() -> None:
    for url in (
        POST,
        OVERLAY,
        "https://m.vk.com/wall-12345_678",
        "https://vk.ru/wall-12345_678",
        "https://vk.com/video-12345_4",
        "https://vk.com/wall-12345_678?reply=680",
    ):
        assert isinstance(extractor_for(url), VkExtractor)
    for url in ("https://vk.com/harbourwatch", "https://vk.com/@harbourwatch-bridge-closures"):
        assert isinstance(extractor_for(url), WebExtractor)


def test_a_post_is_read_from_its_own_element_its_time_exact_and_its_hidden_rest_its_words() -> None:
    post = _read(POST, "vk_post.html")
    assert post.problem is None
    assert (post.platform, post.author, post.handle, post.author_id, post.post_id) == (
        Platform.VK,
        "Harbour Watch",
        "harbourwatch",
        "-12345",
        "-12345_678",
    )
    assert post.published == MSK_10_15
    assert post.published_from == "the `time` of the post's date on VK's page (Unix time)"
    # "Show more" hides the rest of a long text the page holds whole: the rest is the post's, the button not.
    assert post.text == (
        "We are closing the bridge tonight.\nStay off the river road until the morning, when the repairs end."
    )
    # A comment under it is another's words.
    assert "ferry" not in post.text
    assert post.canonical_url == POST


def test_a_comment_whose_id_is_cited_as_a_post_is_not_read_as_one() -> None:
    # Comments share the wall's numbering and their elements' ids' form (`post-12345_680`).
    post = _read("https://vk.com/wall-12345_680", "vk_post.html")
    assert post.problem == "script-shell"
    assert "shows no element of the post wall-12345_680" in (post.problem_detail or "")
    assert (post.author, post.text) == (None, "")


def test_a_reposts_words_are_the_original_posters_never_the_reposts_own() -> None:
    cited = "https://vk.com/wall-12345_679"
    post = _read(cited, "vk_repost.html")
    assert post.text == "Read this before you travel."
    assert post.fields["quoted_post"] == "All river crossings are suspended until Monday."
    assert post.fields["quoted_post_author"] == "River Transport Office"
    assert post.fields["quoted_post_uri"] == "https://vk.com/wall-999_12"
    status, detail = _quote(post, cited, "All river crossings are suspended until Monday.")
    assert status == "warn"
    assert "in the post it quotes" in detail
    assert _quote(post, cited, "Read this before you travel.")[0] == "pass"


REPOST_MARKS = ' post_copy" data-post-id="-12345_679" data-copy="-999_12"'


def _repost_in_unknown_markup(marks: str) -> str:
    """vk_repost.html, its repost without words of its own and shown in a block of a class this reader does
    not know; the post's element marked a repost by `marks` (VK's own: `post_copy`, `data-copy`)."""
    page = asset("vk_repost.html").decode()
    page = page.replace('<div class="wall_post_text">Read this before you travel.</div>', "")
    page = page.replace('class="copy_quote"', 'class="WallRepostBlock--v9"')
    return page.replace(REPOST_MARKS, marks)


@pytest.mark.parametrize(
    "marks",
    [
        REPOST_MARKS,
        '" data-post-id="-12345_679" data-copy="-999_12"',
        ' post_copy" data-post-id="-12345_679"',
    ],
)
def test_a_repost_shown_in_markup_not_known_as_a_repost_passes_none_of_its_words_as_the_reposters(
    marks: str,
) -> None:
    # VK marks the repost's element (`data-copy`, `post_copy`) but shows the reposted post in a block of
    # another generation's markup than `copy_quote`: read whole, the original poster's words passed a quote
    # attributed to Harbour Watch, which only reposted them.
    cited = "https://vk.com/wall-12345_679"
    post = extract_source(cited, (answer(cited, _repost_in_unknown_markup(marks)),))
    assert (post.problem, post.author, post.text) == (None, "Harbour Watch", "")
    assert "a repost" in post.fields["quoted_post"]
    status, detail = _quote(post, cited, "All river crossings are suspended until Monday.")
    assert status == "warn", detail


def test_a_post_vk_does_not_mark_as_a_repost_is_read_whole() -> None:
    # The true case beside it: a post of its own (no `post_copy`, no `data-copy`) is read from its text.
    cited = "https://vk.com/wall-12345_679"
    post = extract_source(cited, (answer(cited, _repost_in_unknown_markup('" data-post-id="-12345_679"')),))
    assert post.text == "All river crossings are suspended until Monday."
    assert _quote(post, cited, "All river crossings are suspended until Monday.")[0] == "pass"


def test_the_redesigned_desktops_repost_block_is_known_as_one_without_vks_marks_on_the_post() -> None:
    # The redesigned desktop shows a repost in `div.PostCopyQuote PostCopyQuote--redesignV3` (its header
    # `div.copy_post_header`), and its post's element need not say `post_copy` or `data-copy`: read whole,
    # River Transport Office's words passed a quote attributed to Harbour Watch, which only reposted them.
    cited = "https://vk.com/wall-12345_679"
    page = asset("vk_repost.html").decode()
    page = page.replace('<div class="wall_post_text">Read this before you travel.</div>', "")
    page = page.replace('class="copy_quote"', 'class="PostCopyQuote PostCopyQuote--redesignV3"')
    page = page.replace(REPOST_MARKS, ' Post--redesignV3" data-post-id="-12345_679"')
    post = extract_source(cited, (answer(cited, page),))
    assert (post.problem, post.author, post.text) == (None, "Harbour Watch", "")
    assert post.fields["quoted_post"] == "All river crossings are suspended until Monday."
    assert post.fields["quoted_post_author"] == "River Transport Office"
    status, detail = _quote(post, cited, "All river crossings are suspended until Monday.")
    assert status == "warn", detail
    # The true case beside it: the reposter's own words, outside the block, still pass as its own.
    page = page.replace(
        '<div class="PostCopyQuote',
        '<div class="wall_post_text">Read this first.</div><div class="PostCopyQuote',
    )
    post = extract_source(cited, (answer(cited, page),))
    assert post.text == "Read this first."
    assert _quote(post, cited, "Read this first.")[0] == "pass"


def test_m_vk_coms_repost_in_markup_not_known_as_one_still_reads_its_own_words_alone() -> None:
    # The true case on m.vk.com: its own words are the `pi_text` of its `wi_body`, wherever the repost is.
    cited = "https://m.vk.com/wall-12345_678"
    page = asset("vk_post_mobile.html").decode()
    page = page.replace('data-post-id="-12345_678"', 'data-post-id="-12345_678" data-copy="-999_12"')
    page = page.replace('class="pic_body_wrap"', 'class="wi_copy_redesigned"')
    post = extract_source(cited, (answer(cited, page),))
    assert post.text == "Сегодня ночью мост закрывается.\nНе ездите по речной дороге."  # noqa: RUF001
    assert _quote(post, cited, "Все речные переправы закрыты до понедельника.")[0] == "warn"  # noqa: RUF001


SIGNED = '<div class="wall_signed"><a class="wall_signed_by" href="/ivan.petrov">Ivan Petrov</a></div>'


def _author_of(post: SourcePost, cited: str, credited: str) -> tuple[str, str]:
    footnote = Footnote(label="1", text=f"{credited}, VK, 21 January 2022, {cited}", line=3, urls=(cited,))
    result = author_check_as_parsed(footnote, post)
    return result.status, result.detail or ""


def test_a_community_post_signed_by_a_member_is_the_member_s_published_by_the_community() -> None:
    # VK shows the member who wrote a community's post under it (`signer_id`): a note crediting him failed
    # `author` on the community's name alone.
    page = asset("vk_post.html").decode()
    words_end = "when the repairs end.</span></div></div>"
    post = extract_source(POST, (answer(POST, page.replace(words_end, words_end + SIGNED, 1)),))
    assert (post.author, post.publisher, post.handle) == ("Ivan Petrov", "Harbour Watch", "harbourwatch")
    assert post.fields["signed_by"] == "Ivan Petrov"
    assert _author_of(post, POST, "Ivan Petrov")[0] == "pass"
    assert _author_of(post, POST, "Harbour Watch")[0] == "pass"
    assert _author_of(post, POST, "Anna Smirnova")[0] == "fail"


def test_the_member_who_signed_a_reposted_post_is_not_the_repost_s_author() -> None:
    # The original's signer, shown inside the repost, is no one who wrote the reposting community's post.
    cited = "https://vk.com/wall-12345_679"
    page = asset("vk_repost.html").decode()
    original_end = "suspended until Monday.</div></div>"
    post = extract_source(cited, (answer(cited, page.replace(original_end, original_end + SIGNED, 1)),))
    assert (post.author, post.publisher) == ("Harbour Watch", None)
    assert "signed_by" not in post.fields
    assert _author_of(post, cited, "Ivan Petrov")[0] == "fail"


def test_a_community_pages_pinned_post_is_not_the_post_open_over_it() -> None:
    # The pinned post holds the cited words; the cited post is not on the page.
    post = _read(OVERLAY, "vk_community_page.html")
    assert post.problem == "script-shell"
    assert "another post on the page (a pinned one, the wall's first) is not the cited one" in (
        post.problem_detail or ""
    )
    assert (post.text, post.author, post.published) == ("", None, None)


def test_a_post_open_over_a_community_page_is_read_from_its_own_page_asked_beside_it() -> None:
    post = _read(OVERLAY, "vk_community_page.html", answer(POST, asset("vk_post.html")))
    assert (post.post_id, post.published, post.url) == ("-12345_678", MSK_10_15, POST)
    assert post.text.startswith("We are closing the bridge tonight.\n")


def test_a_post_on_the_community_page_beneath_is_read_there_when_it_is_the_cited_one() -> None:
    post = _read("https://vk.com/harbourwatch?w=wall-12345_690", "vk_community_page.html")
    assert (post.post_id, post.text) == ("-12345_690", "The bridge is open again.")


def test_m_vk_coms_post_its_date_read_in_moscow_time_and_its_repost_kept_apart() -> None:
    cited = "https://m.vk.com/wall-12345_678"
    post = _read(cited, "vk_post_mobile.html")
    assert (post.author, post.handle) == ("Дозор гавани", "harbourwatch")
    assert post.published == MSK_10_15
    assert post.published_from == "the post's date as VK's page shows it, read in Moscow time"
    assert post.text == "Сегодня ночью мост закрывается.\nНе ездите по речной дороге."  # noqa: RUF001
    assert post.fields["quoted_post"] == "Все речные переправы закрыты до понедельника."  # noqa: RUF001
    assert post.fields["quoted_post_author"] == "Речной транспорт"


def test_a_windows_1251_page_is_read_in_its_charset() -> None:
    body = asset("vk_post_mobile.html").decode().replace("charset=utf-8", "charset=windows-1251")
    response = StoredResponse(
        uri="https://m.vk.com/wall-12345_678",
        status=200,
        headers=(("Content-Type", "text/html; charset=windows-1251"),),
        body=body.encode("cp1251"),
        cut=False,
    )
    post = extract_source(response.uri, (response,))
    assert post.text.startswith("Сегодня ночью мост закрывается.")


def test_vks_page_in_place_of_a_post_is_unavailable_or_a_login_wall_never_the_post() -> None:
    gone = _read(POST, "vk_post_not_found.html")
    assert gone.problem == "unavailable"
    assert "VK's page says 'post not found' in place of the post wall-12345_678" in (
        gone.problem_detail or ""
    )
    hidden = _read(POST, "vk_page_hidden.html")
    assert hidden.problem == "unavailable"
    assert "'страница скрыта'" in (hidden.problem_detail or "")
    login = _read(POST, "vk_login.html")
    assert login.problem == "login-wall"
    sent = extract_source(
        POST,
        (
            redirect(POST, "https://vk.com/login?u=2&to=d2FsbC0xMjM0NV82Nzg-"),
            answer("https://vk.com/login?u=2&to=d2FsbC0xMjM0NV82Nzg-", asset("vk_login.html")),
        ),
    )
    assert sent.problem == "login-wall"
    assert "sent the visitor to its login page" in (sent.problem_detail or "")


@pytest.mark.parametrize(
    ("notice", "said"),
    [
        (
            "Этот материал заблокирован на территории РФ на основании требования Генеральной прокуратуры.",
            "заблокирован на территории",
        ),
        ("This material is blocked in your country.", "blocked in your country"),
    ],
)
def test_vks_page_withholding_a_post_in_the_country_asked_from_names_a_region_block(
    notice: str, said: str
) -> None:
    # VK's notice that it withholds the post where it was fetched from was not read: the page was said to
    # need its scripts, which no later capture from that country gets past.
    body = asset("vk_post_not_found.html").decode().replace("Post not found", notice)
    post = extract_source(POST, (answer(POST, body),))
    assert post.problem == "unavailable"
    assert (post.problem_detail or "").startswith(
        f"a region block: VK's page says {said!r} in place of the post wall-12345_678"
    )


def test_a_vk_video_whose_description_says_blocked_in_a_country_is_no_region_block() -> None:
    # Only VK's notice box, or a page of few words, says so: a video's own words about a block are not it.
    cited = "https://vk.com/video-12345_456239017"
    about = "<p>Why the messenger was blocked in the Russian Federation: the ruling, read in full.</p>"
    page = _VK_VIDEO_PAGE.format(title="VK Видео", shown=about * 30, json_ld=_VIDEO_JSON_LD)
    post = extract_source(cited, (answer(cited, page),))
    assert post.problem is None


def test_a_video_a_clip_a_photo_or_a_comment_is_said_to_be_what_it_is_and_not_read_as_a_post() -> None:
    for cited, what in (
        ("https://vk.com/video-12345_4", "the link names a video, video-12345_4, not a wall post"),
        ("https://vk.com/clip-12345_4", "the link names a clip (a short video), clip-12345_4"),
        ("https://vk.com/harbourwatch?z=photo-12345_4%2Fwall-12345_678", "the link names a photo"),
        ("https://vk.com/wall-12345_678?reply=680", "a comment (reply 680) under the post wall-12345_678"),
    ):
        post = _read(cited, "vk_post.html")
        assert post.problem is None
        assert what in (post.unread or "")
        assert (post.text, post.author, post.published) == ("", None, None)


def test_a_deleted_video_is_unavailable() -> None:
    post = _read("https://vk.com/video-12345_4", "vk_post_not_found.html")
    assert post.problem == "unavailable"


VK_VIDEO = "https://vkvideo.ru/video-12345_456239017"
_VK_VIDEO_PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="VK Видео"><meta property="og:title" content="{title}">{json_ld}</head>
<body><div id="root"><div class="vkuiAppRoot">{shown}</div></div>
<div class="Recommendations"><h2>Рекомендуем</h2><a href="/video-777_1">Мост закрыт на ремонт</a></div>
<script src="/static/app.js"></script></body></html>"""
_VIDEO_JSON_LD = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject",'
    '"name":"Мост закрыт","uploadDate":"2022-01-21T10:15:00+03:00",'
    '"author":{"@type":"Organization","name":"Harbour Watch"}}</script>'
)


# What VK Video shows under its word that a video is gone: enough words that the page is no script shell.
_WHY_GONE = (
    "<p>Владелец ограничил к нему доступ, или оно нарушало правила платформы. Посмотрите другие видео.</p>"
)


def _vk_video_page(title: str, shown: str, json_ld: str = "") -> StoredResponse:
    return answer(VK_VIDEO, _VK_VIDEO_PAGE.format(title=title, shown=shown, json_ld=json_ld))


@pytest.mark.parametrize(
    ("shown", "said"),
    [
        ("<h2>Видео удалено</h2>", "видео удалено"),
        ("<h2>Это видео скрыто настройками приватности</h2>", "скрыто настройками приватности"),
        ("<h2>Видеозапись была изъята из публичного доступа</h2>", "изъята из публичного доступа"),
        ("<h2>Видео недоступно</h2>", "видео недоступно"),
    ],
)
def test_vk_videos_page_saying_its_video_is_deleted_or_private_is_unavailable(shown: str, said: str) -> None:
    # Read as any web page, VK Video's page titled "VK Видео" over its word that the video is gone had no
    # problem: `captured` passed on a deleted video. So did vk.com's own page of a video, in Russian.
    for cited in (VK_VIDEO, "https://vk.com/video-12345_456239017"):
        page = _VK_VIDEO_PAGE.format(title="VK Видео", shown=shown + _WHY_GONE, json_ld="")
        post = extract_source(cited, (answer(cited, page),))
        assert post.problem == "unavailable", cited
        assert f"says {said!r} in place of a video, video-12345_456239017" in (post.problem_detail or "")


def test_vk_videos_page_of_a_video_is_read_as_vk_com_s_a_video_not_a_wall_post() -> None:
    # The true case: the video's own page is there, said to be a video's; its words, its JSON-LD's title,
    # author and date are not read as a post's (as vk.com's own page of a video is not).
    assert isinstance(extractor_for(VK_VIDEO), VkExtractor)
    assert isinstance(extractor_for("https://vkvideo.ru/clip-12345_4"), VkExtractor)
    for other in (
        "https://vkvideo.ru/@harbourwatch",
        "https://vkvideo.ru/",
        "https://notvkvideo.ru/video-1_2",
    ):
        assert isinstance(extractor_for(other), WebExtractor), other
    shown = (
        '<h1 class="VideoTitle">Мост закрыт</h1>'
        '<div class="VideoDescription">Репортаж: мост через реку закрыт на всю ночь.</div>'
    )
    post = extract_source(VK_VIDEO, (_vk_video_page("Мост закрыт | VK Видео", shown, _VIDEO_JSON_LD),))
    assert (post.problem, post.platform) == (None, Platform.VK)
    assert "the link names a video, video-12345_456239017, not a wall post" in (post.unread or "")
    assert (post.text, post.author, post.published) == ("", None, None)


def test_a_shown_date_is_moscow_time_and_one_relative_to_an_unknown_day_is_not_read() -> None:
    assert shown_time("21 Jan 2022 at 10:15 am") == (MSK_10_15, False)
    assert shown_time("Jan 21, 2022 at 10:15 am") == (MSK_10_15, False)
    assert shown_time("21 янв 2022 в 10:15") == (MSK_10_15, False)
    assert shown_time("21 января 2022 в 22:15") == (dt.datetime(2022, 1, 21, 19, 15, tzinfo=dt.UTC), False)
    assert shown_time("3 мая 2013 в 9:00") == (dt.datetime(2013, 5, 3, 5, 0, tzinfo=dt.UTC), False)  # UTC+4
    assert shown_time("21 янв 2022") == (dt.datetime(2022, 1, 21, tzinfo=dt.UTC), True)
    for relative in ("12 авг в 10:30", "today at 10:15 am", "вчера в 9:00", "3 Mar 2010 at 9:00 am", ""):
        assert shown_time(relative) is None


def test_the_redesigned_desktops_post_is_read_its_date_from_the_links_full_title() -> None:
    post = _read(POST, "vk_post_redesign.html")
    assert (post.author, post.handle, post.author_id) == ("Harbour Watch", "harbourwatch", "-12345")
    # The label shows "21 янв в 10:15" (no year: this year's); the link's title gives the date in full.
    assert post.published == MSK_10_15
    assert post.text.endswith("until the morning, when the repairs end.")
    assert "Show more" not in post.text


def test_a_date_shown_without_its_year_is_not_read() -> None:
    html = asset("vk_post_redesign.html").replace(
        b' title="21 \xd1\x8f\xd0\xbd\xd0\xb2 2022 \xd0\xb2 10:15"', b""
    )
    post = extract_source(POST, (answer(POST, html),))
    assert (post.published, post.published_from) == (None, None)
    assert post.fields["date as shown"] == "21 янв в 10:15"
    assert post.author == "Harbour Watch"


def test_a_post_behind_vks_short_link_is_read_as_the_post_its_repost_kept_apart() -> None:
    cited = "https://vk.cc/cAbCdE"
    post = extract_source(
        cited,
        (
            redirect(cited, "https://vk.com/wall-12345_679"),
            answer("https://vk.com/wall-12345_679", asset("vk_repost.html")),
        ),
    )
    assert (post.platform, post.post_id, post.text) == (
        Platform.VK,
        "-12345_679",
        "Read this before you travel.",
    )
    assert post.fields["quoted_post"] == "All river crossings are suspended until Monday."
    assert post.fields["shortened link"] == cited


def _nested_post_page(depth: int, text_blocks: int) -> str:
    """A page whose cited post's element holds another of it, `depth` deep, around `text_blocks` blocks."""
    opening = (
        '<div id="post-12345_678" class="_post post" data-post-id="-12345_678"><div class="post_header">'
        '<a class="author" href="/harbourwatch">Harbour Watch</a></div><div class="wall_post_text">'
    )
    words = '<div class="wall_post_text">We are closing the bridge tonight.</div>' * text_blocks
    return f"<html><body>{opening * depth}{words}{'</div></div>' * depth}</body></html>"


def test_elements_of_the_post_nested_in_one_another_are_read_once_not_each_around_the_whole_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Twenty elements naming the post, each inside the last, around the page's text: each was read as a
    # candidate, its whole subtree parsed again, twenty times over (some 20 s for a page of 3 MB). An
    # element of the post inside another of it is part of that one, read with it.
    parsed: list[int] = []
    real_parser = LexborHTMLParser

    def counting_parser(html: str) -> LexborHTMLParser:
        parsed.append(len(html))
        return real_parser(html)

    monkeypatch.setattr(vk, "LexborHTMLParser", counting_parser)
    post = extract_source(POST, (answer(POST, _nested_post_page(20, 2_000)),))
    assert (post.problem, post.author, post.handle) == (None, "Harbour Watch", "harbourwatch")
    assert "We are closing the bridge tonight." in post.text
    assert len([size for size in parsed if size > 100_000]) <= 2  # the page, and the post's text once


def test_a_post_shown_twice_apart_is_still_read_from_its_copy_with_the_most_words() -> None:
    # The true case beside it: VK repeats a pinned post further down with less markup, apart from the first.
    short = _nested_post_page(1, 1)
    long = _nested_post_page(1, 3)
    page = short.replace("</body></html>", "") + long.replace("<html><body>", "")
    post = extract_source(POST, (answer(POST, page),))
    assert post.text.count("We are closing the bridge tonight.") == 3


POST_2024 = "https://vk.com/wall-12345_690"
_2024_WORDS = (
    "Перекрываем мост сегодня ночью.\nНе выезжайте на речную дорогу до утра, пока не закончится ремонт."  # noqa: RUF001
)


def _page_2024(old: str = "", new: str = "") -> str:
    page = asset("vk_post_2024.html").decode()
    return page.replace(old, new, 1) if old else page


def test_the_2024_desktops_post_is_read_its_words_from_its_show_more_text() -> None:
    # The redesigned desktop of 2024 on shows a post's words in its `vkit` "show more" block, not in
    # `div.wall_post_text`: the post was read with no words, and every quote of it warned as not found.
    post = extract_source(POST_2024, (answer(POST_2024, _page_2024()),))
    assert post.problem is None
    assert (post.author, post.handle, post.published) == ("Harbour Watch", "harbourwatch", MSK_10_15)
    assert post.text == _2024_WORDS
    assert "Показать ещё" not in post.text and "взорвали" not in post.text
    assert _quote(post, POST_2024, "Перекрываем мост сегодня ночью")[0] == "pass"
    assert _quote(post, POST_2024, "Мост взорвали ещё вчера")[0] != "pass"


def test_a_2024_post_of_a_photo_alone_is_not_given_its_first_comments_words() -> None:
    # A comment under the post shows its words in the same "show more" block as a post's.
    start = '<div class="vkitShowMoreText__root--kQcJ5" data-testid="showmoretext">'
    page = _page_2024()
    own = page[
        page.index(start) : page.index("</button>", page.index(start)) + len("</button>\n          </div>")
    ]
    post = extract_source(POST_2024, (answer(POST_2024, page.replace(own, "", 1)),))
    assert post.problem is None and post.author == "Harbour Watch"
    assert post.text == ""


def test_a_2024_posts_date_is_read_from_its_date_block_by_its_test_id_alone() -> None:
    page = _page_2024(
        '<a class="PostHeaderSubtitle__link" href="/wall-12345_690" data-testid="post_date_block_preview" '
        'title="21 янв 2022 в 10:15"><span class="PostHeaderSubtitle__item">21 янв 2022 в 10:15</span></a>',
        '<span data-testid="post_date_block_preview">21 янв 2022 в 10:15</span>',
    )
    post = extract_source(POST_2024, (answer(POST_2024, page),))
    assert post.published == MSK_10_15


def test_a_2024_reposts_show_more_text_is_the_reposted_posts_not_the_posts_own() -> None:
    repost = (
        '<div class="PostCopyQuote PostCopyQuote--redesignV3"><div class="PostHeader"><a class="copy_author" '
        'href="/rumourmill">Rumour Mill</a></div><div class="vkitShowMoreText__root--kQcJ5" '
        'data-testid="showmoretext"><div class="vkitShowMoreText__text--ULCyL"><span>Мост взорван.</span>'
        "</div></div></div>"
    )
    start = '<div class="vkitShowMoreText__root--kQcJ5" data-testid="showmoretext">'
    page = _page_2024(start, repost + start)
    post = extract_source(POST_2024, (answer(POST_2024, page),))
    assert post.text == _2024_WORDS
    assert (post.fields["quoted_post"], post.fields["quoted_post_author"]) == ("Мост взорван.", "Rumour Mill")


def _repost_without_words(
    original_author: str = "River Transport Office", link: str = "/rivertransport"
) -> str:
    """vk_repost.html, Harbour Watch's repost of another's post with no words of its own."""
    page = asset("vk_repost.html").decode()
    page = page.replace('<div class="wall_post_text">Read this before you travel.</div>', "")
    return page.replace(
        '<a class="copy_author" href="/rivertransport" data-from-id="-999">River Transport Office</a>',
        f'<a class="copy_author" href="{link}" data-from-id="-999">{original_author}</a>',
    )


def test_a_repost_without_words_of_its_own_is_never_passed_as_the_reposters_own_post() -> None:
    # Read only as the reposted words, a note crediting the repost to Harbour Watch, with no quote to search,
    # passed `author` (and was verified), and one crediting River Transport Office, whose words they are,
    # failed it.
    cited = "https://vk.com/wall-12345_679"
    post = extract_source(cited, (answer(cited, _repost_without_words()),))
    assert post.text == "" and post.fields["forwarded_from"] == "River Transport Office"
    assert post.fields["forwarded_from_url"] == "https://vk.com/wall-999_12"
    status, detail = _author_of(post, cited, "Harbour Watch")
    assert status == "warn" and "the words are theirs, not @harbourwatch's own" in detail
    status, detail = _author_of(post, cited, "River Transport Office")
    assert status == "warn" and "the post captured, and its time, are @harbourwatch's" in detail


def test_a_repost_of_a_namesakes_post_names_the_other_account_and_one_of_its_own_post_none() -> None:
    cited = "https://vk.com/wall-12345_679"
    namesake = _repost_without_words("Harbour Watch", "/harbourwatch_news")
    post = extract_source(cited, (answer(cited, namesake),))
    assert post.fields["forwarded_from"] == "Harbour Watch (@harbourwatch_news)"
    assert _author_of(post, cited, "Harbour Watch")[0] == "warn"
    own = _repost_without_words("Harbour Watch", "/harbourwatch").replace(
        'data-from-id="-999"', 'data-from-id="-12345"'
    )
    post = extract_source(cited, (answer(cited, own),))
    assert "forwarded_from" not in post.fields


def test_a_repost_with_words_of_its_own_is_the_reposters_post() -> None:
    cited = "https://vk.com/wall-12345_679"
    post = _read(cited, "vk_repost.html")
    assert "forwarded_from" not in post.fields
    assert _author_of(post, cited, "Harbour Watch")[0] == "pass"


def test_a_repost_in_markup_not_known_is_never_passed_as_the_reposters_own_post() -> None:
    # Whose the reposted words are is not read, but the post is a repost: crediting it to Harbour Watch
    # passed `author` on a post whose words are another's.
    cited = "https://vk.com/wall-12345_679"
    post = extract_source(cited, (answer(cited, _repost_in_unknown_markup(REPOST_MARKS)),))
    assert post.fields["forwarded_from"] == "the author of the post it reposts (https://vk.com/wall-999_12)"
    assert _author_of(post, cited, "Harbour Watch")[0] == "warn"


_WAYBACK = "https://web.archive.org/web/20220121093018/"


@pytest.mark.parametrize("prefix", [_WAYBACK, "/web/20220121093018/"], ids=["whole", "from-the-root"])
def test_a_wayback_copy_of_a_post_is_read_through_the_links_the_archive_wrote(prefix: str) -> None:
    # The copy writes each of VK's links as its own: the post's author had no account, its repost's link was
    # `https://vk.com/web/20220121093018/https://vk.com/wall-999_12`, a page that never was, and a community's
    # repost of its own post was "another account's".
    cited = "https://vk.com/wall-12345_679"
    memento = f"{_WAYBACK}{cited}"
    page = asset("vk_repost.html").decode().replace('href="/', f'href="{prefix}https://vk.com/')
    post = extract_source(cited, (answer(memento, page),), start=memento)
    assert (post.problem, post.author, post.handle) == (None, "Harbour Watch", "harbourwatch")
    assert post.fields["quoted_post_uri"] == "https://vk.com/wall-999_12"
    assert post.fields["quoted_post_author_link"] == "https://vk.com/rivertransport"
    # Its repost, without words of its own, of its own earlier post (no account ids shown): its own.
    own = page.replace('<div class="wall_post_text">Read this before you travel.</div>', "")
    own = own.replace("rivertransport", "harbourwatch").replace("River Transport Office", "Harbour Watch")
    own = own.replace(' data-from-id="-12345"', "").replace(' data-from-id="-999"', "")
    post = extract_source(cited, (answer(memento, own),), start=memento)
    assert post.fields.get("forwarded_from") is None, post.fields.get("forwarded_from")


def _captured(post: SourcePost, cited: str = POST) -> tuple[str, str]:
    """`captured` on `post`, read from a 200 capture of `cited`."""
    from provenance.checks.captured import check_captured
    from provenance.models import Capture, CaptureOutcome

    capture = Capture(
        url=cited,
        final_url=cited,
        http_status=200,
        warc="archives/a.warc.gz",
        warc_sha256="0" * 64,
        records=(),
        ip="87.240.132.72",
        started_at="2022-01-21T14:00:00.000Z",
        finished_at="2022-01-21T14:00:01.000Z",
        bytes=1234,
        truncated=False,
    )
    footnote = Footnote(label="1", text=f"Harbour Watch, VK, 21 January 2022, {cited}", line=3, urls=(cited,))
    given = CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        outcome=CaptureOutcome(url=cited, capture=capture),
        live=post,
        source=post,
    )
    result = check_captured(given)
    return result.status, result.detail or ""


_DONUT_STUB = "Запись доступна только подписчикам VK Donut"
_DONUT_STUB_EN = "This post is only available to VK Donut subscribers"


@pytest.mark.parametrize("words", [_DONUT_STUB, _DONUT_STUB_EN])
@pytest.mark.parametrize("marked", [True, False], ids=["stub-markup", "words-in-the-text-block"])
def test_a_post_for_vk_donut_subscribers_only_is_a_login_wall_its_header_still_read(
    words: str, marked: bool
) -> None:
    # VK shows anyone not subscribed a Donut post's header over a stub in its words' place: read as the post,
    # with the stub's words or none as its own, `captured` passed and a note without a quote was verified.
    page = asset("vk_post_donut.html").decode().replace(_DONUT_STUB, words)
    if not marked:  # the stub's words in the post's own text block, no markup naming Donut
        page = page.replace('<div class="donut_stub wall_post_donut_stub">', '<div class="wall_post_text">')
        page = page.replace("donut_stub__", "stub__")
    post = extract_source(POST, (answer(POST, page),))
    assert post.problem == "login-wall"
    assert (post.problem_detail or "").startswith(
        f"a post for VK Donut subscribers only: VK's page shows '{words}"
    )
    assert post.text == ""
    # Its header is the post's own: who posted it and when, as shown.
    assert (post.author, post.handle, post.published) == ("Harbour Watch", "harbourwatch", MSK_10_15)
    status, detail = _captured(post)
    assert status == "fail" and detail.startswith("login wall: a post for VK Donut subscribers only")


def test_vks_page_saying_only_that_a_post_is_for_vk_donut_subscribers_is_a_login_wall_not_deleted() -> None:
    # A page of VK's notice alone, no element of the post: read as a page of few words, it was a script shell.
    body = asset("vk_post_not_found.html").decode().replace("Post not found", _DONUT_STUB)
    post = extract_source(POST, (answer(POST, body),))
    assert post.problem == "login-wall"
    assert (post.problem_detail or "").startswith(
        "a post for VK Donut subscribers only: VK's page says so in place of the post wall-12345_678"
    )


def test_a_public_post_that_mentions_vk_donut_is_read_as_the_post() -> None:
    words = (
        "We are closing the bridge tonight. Our reports for VK Donut subscribers only come out on Fridays; "
        "this one is for everyone. " + "Stay off the river road until the morning. " * 10
    )
    page = asset("vk_post.html").decode().replace("We are closing the bridge tonight.<br>", words)
    post = extract_source(POST, (answer(POST, page),))
    assert post.problem is None and post.text.startswith("We are closing the bridge tonight. Our reports")


def test_m_vk_coms_post_for_vk_donut_subscribers_only_is_a_login_wall() -> None:
    cited = "https://m.vk.com/wall-12345_678"
    page = asset("vk_post_mobile.html").decode()
    body = page[page.index('<div class="wi_body">') : page.index("</div>\n</div>\n</div></div>")]
    stub = (
        '<div class="wi_body"><div class="DonutPlaceholder"><div class="DonutPlaceholder__title">'
        f'{_DONUT_STUB}</div><a class="Button" href="/donut/harbourwatch">Оформить подписку</a></div></div>'
    )
    post = extract_source(cited, (answer(cited, page.replace(body, stub)),))
    assert post.problem == "login-wall" and post.text == ""
    assert (post.author, post.published) == ("Дозор гавани", MSK_10_15)


def test_a_post_whose_header_wears_a_donut_badge_and_shows_its_photo_alone_is_read_as_the_post() -> None:
    # A badge in the header names no stub: the post (a photo, no words) is shown to everyone.
    page = asset("vk_post.html").decode()
    page = page.replace(
        '<h5 class="post_author">', '<span class="PostHeaderDonutBadge"></span><h5 class="post_author">'
    )
    start, end = page.index('<div class="wall_post_text">'), page.index("</span></div></div></div>")
    page = page[:start] + '<div class="page_post_sized_thumbs"></div>' + page[end + len("</span></div>") :]
    post = extract_source(POST, (answer(POST, page),))
    assert post.problem is None and post.text == ""


_SHOW_MORE = '<div class="vkitShowMoreText__root--kQcJ5" data-testid="showmoretext">'
_OWN_STUB = "Этот пост только для донов."
_SUBSCRIBE = (
    '<a class="vkuiButton" href="/donut/harbourwatch">'
    "\u041e\u0444\u043e\u0440\u043c\u0438\u0442\u044c \u043f\u043e\u0434\u043f\u0438\u0441\u043a\u0443</a>"
)


def _2024_with(content: str) -> str:
    """The 2024 desktop's page of the post with `content` in place of its "show more" words."""
    page = _page_2024()
    own = page[
        page.index(_SHOW_MORE) : page.index("</button>", page.index(_SHOW_MORE))
        + len("</button>\n          </div>")
    ]
    return page.replace(own, content, 1)


def _shown_more(words: str) -> str:
    return f'{_SHOW_MORE}<div class="vkitShowMoreText__text--ULCyL"><span>{words}</span></div></div>'


@pytest.mark.parametrize(
    "content",
    [
        _shown_more(_DONUT_STUB),
        f'<div class="PostDonutPlaceholder"><div>{_OWN_STUB}</div>{_SUBSCRIBE}</div>',
        # A community's own stub (VK's Donut placeholder need not name VK Donut), as the post's words.
        _shown_more(_OWN_STUB) + _SUBSCRIBE,
        f'<div class="PostDonutPlaceholder">{_shown_more(_OWN_STUB)}</div>',
    ],
    ids=["vk's words", "marked block", "own words and subscribe button", "own words in a marked block"],
)
def test_a_2024_post_for_vk_donut_subscribers_is_a_login_wall_whatever_its_stub_says(content: str) -> None:
    # Its stub in the community's own words, not naming VK Donut, was read as the post's words: `captured`
    # passed, and a note without a quote was verified on the stub.
    post = extract_source(POST_2024, (answer(POST_2024, _2024_with(content)),))
    assert post.problem == "login-wall" and post.text == ""
    assert (post.author, post.published) == ("Harbour Watch", MSK_10_15)
    assert _captured(post)[0] == "fail"


@pytest.mark.parametrize(
    "content",
    [
        # A link in the post's words to the community's Donut page is no subscribe button.
        _shown_more(f'{_OWN_STUB} <a href="/donut/harbourwatch">vk.com/donut/harbourwatch</a>'),
        # A long post under the button: its words are the post's.
        _shown_more("\u041c\u043e\u0441\u0442 \u0437\u0430\u043a\u0440\u044b\u0442. " * 80) + _SUBSCRIBE,
    ],
    ids=["link in the words", "long post"],
)
def test_a_2024_post_that_only_links_vk_donut_is_read_as_the_post(content: str) -> None:
    post = extract_source(POST_2024, (answer(POST_2024, _2024_with(content)),))
    assert post.problem is None and post.text
