"""Archived copies of platform posts read back from a WARC's answers: what of a copy is the post's."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.date import check_date
from provenance.checks.quote import check_quote
from provenance.checks.title import check_title
from provenance.models import CheckResult, Citation, Context, Footnote, Platform, SourcePost
from provenance.sources import _read_live
from provenance.warc.reader import StoredResponse

HTML = (("Content-Type", "text/html; charset=utf-8"),)
STATUS = "https://twitter.com/pressoffice/status/1484307299693617728"
BANNER = (
    "<div id='HEADER'><table><tr><td>archive.today webpage capture</td>"
    "<td>Saved from <input type='text' name='q' value='{original}'></td></tr>"
    "<tr><td></td><td>archived <time datetime='2022-01-21T09:30:18Z'>21 Jan 2022 09:30:18 UTC</time>"
    "</td></tr></table></div>"
)


def _post_card(name: str, handle: str, words: str) -> str:
    """One post as the platform's scripts drew it, as archive.today keeps it (scripts gone, markup left)."""
    return (
        f"<article role='article'><div><a href='https://archive.ph/o/AbCd1/https://x.com/{handle}'>"
        f"<span>{name}</span></a><span>@{handle}</span></div>"
        f"<div lang='en'><span>{words}</span></div></article>"
    )


def _archive_today_copy(title: str, original: str, *cards: str, stamped: bool = True) -> bytes:
    """archive.today's page: its banner, then the cards drawn; `stamped`: its head gives the time the copy
    was made as `article:published_time`."""
    stamp = "<meta property='article:published_time' content='2022-01-21T09:30:18Z'>" if stamped else ""
    return (
        f"<html><head><title>{title}</title><meta property='og:site_name' content='archive.ph'>"
        f"{stamp}</head><body>"
        f"{BANNER.format(original=original)}<div id='CONTENT'><main role='main'>{''.join(cards)}</main></div>"
        "</body></html>"
    ).encode()


# archive.today's copy of an X status with a reply under it: the page X's scripts drew, the post and others.
X_THREAD = _archive_today_copy(
    "Ministry Press Office on X: &quot;We never said that.&quot; / X",
    STATUS,
    _post_card("Ministry Press Office", "pressoffice", "We never said that."),
    _post_card("Random Replier", "replier", "The troops crossed the river at dawn, I saw them."),
)


def _quote_checked(post: SourcePost, quote: str, author: str, cited: str) -> CheckInput:
    footnote = Footnote(label="1", text="x", line=3, contexts=(Context(line=1, text="t", quotes=(quote,)),))
    citation = Citation(
        platform=Platform.TWITTER, author=author, date=dt.date(2022, 1, 20), url=cited, original_url=STATUS
    )
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)


def _read(
    cited: str, answer_uri: str, body: bytes, headers: tuple[tuple[str, str], ...] = HTML
) -> SourcePost:
    """What is read of the copy cited as `cited`, whose answer (at `answer_uri`, where the cited link
    redirected when it is another) is `body`."""
    answer = StoredResponse(uri=answer_uri, status=200, headers=headers, body=body, cut=False)
    sent_on = StoredResponse(uri=cited, status=302, headers=(("Location", answer_uri),), body=b"", cut=False)
    post, usable = _read_live(cited, (answer,) if answer_uri == cited else (sent_on, answer))
    assert post is not None and usable
    return post


def test_a_replys_words_on_archive_todays_copy_of_a_post_do_not_pass_as_the_posts() -> None:
    # archive.today runs the page's scripts and keeps what they drew: its copy of an X status holds the
    # replies under it, read as the page's text, and a reply's words passed `quote` as the post's.
    cited = f"https://archive.ph/2022.01.21-093018/{STATUS}"
    post = _read(cited, cited, X_THREAD)
    result = check_quote(
        _quote_checked(post, "The troops crossed the river at dawn", "Random Replier", cited)
    )
    assert result.status == "warn"
    assert "not found verbatim" in result.detail
    assert post.text == "" and post.author is None
    assert post.fields["not the post's alone"] == (
        f"archive.today's copy of the post {STATUS} is the page as its scripts drew it, the post among "
        "others (replies, quoted posts, the sidebar): its text, byline and times are not the post's alone"
    )


def test_the_posts_own_words_in_the_title_x_gives_it_still_pass_on_archive_todays_copy() -> None:
    # X titles a status page with the post's own words (`Name on X: "…" / X`), which archive.today keeps.
    cited = f"https://archive.ph/2022.01.21-093018/{STATUS}"
    post = _read(cited, cited, X_THREAD)
    result = check_quote(_quote_checked(post, "We never said that", "Ministry Press Office", cited))
    assert (result.status, result.detail) == ("pass", "found 'We never said that'")


def test_archive_todays_short_link_to_a_post_named_by_its_memento_link_is_not_read_as_the_post_alone() -> (
    None
):
    # A short link names no original; the copy's answer does (`Link: <…>; rel="original"`, as archive.today
    # gives its copies): a Bluesky post's copy, replies drawn under it, is the post among others too.
    original = "https://bsky.app/profile/harbour.bsky.social/post/3kfr5xq2tsk2a"
    page = _archive_today_copy(
        "Harbour Authority (@harbour.bsky.social)",
        original,
        _post_card("Harbour Authority", "harbour.bsky.social", "The port stays open."),
        _post_card("Sam Critic", "sam.bsky.social", "The port was closed all night, by order."),
    )
    link = (("Link", f'<{original}>; rel="original", <https://archive.ph/AbCd1>; rel="memento"'),)
    post = _read("https://archive.ph/AbCd1", "https://archive.ph/AbCd1", page, HTML + link)
    result = check_quote(
        _quote_checked(post, "The port was closed all night", "Sam Critic", "https://archive.ph/AbCd1")
    )
    assert result.status == "warn"
    assert check_author(_quote_checked(post, "x", "Sam Critic", "https://archive.ph/AbCd1")).status != "pass"


def test_archive_todays_copy_of_an_article_is_still_read_as_its_page() -> None:
    # Only a platform post's page is its scripts' drawing of many posts: an article's copy keeps its text.
    original = "https://news.example/2022/01/21/bridge"
    page = _archive_today_copy(
        "Council reopens the bridge",
        original,
        "<article><p>The council voted to reopen the bridge.</p></article>",
    )
    cited = f"https://archive.ph/2022.01.21-093018/{original}"
    post = _read(cited, cited, page)
    result = check_quote(_quote_checked(post, "voted to reopen the bridge", "x", cited))
    assert result.status == "pass"
    assert "not the post's alone" not in post.fields


def test_the_post_a_telegram_post_answers_on_archive_todays_copy_does_not_pass_as_the_posts_words() -> None:
    # archive.today keeps a post page as drawn (classes gone, so no block says which words are a reply's):
    # the post it answers, shown above its words, passed `quote` as the channel's own.
    original = "https://t.me/rybar/12345"
    page = _archive_today_copy(
        "Telegram: Contact @rybar",
        original,
        "<div><div><p>Grey Zone</p><p>The bridge at Kherson has fallen.</p></div>"
        "<p>Not confirmed yet, we are checking.</p></div>",
    )
    cited = f"https://archive.ph/newest/{original}"
    post = _read(cited, "https://archive.ph/AbCd1", page)
    result = check_quote(_quote_checked(post, "The bridge at Kherson has fallen", "Rybar", cited))
    assert result.status == "warn"
    assert post.fields["not the post's alone"].startswith(f"archive.today's copy of the post {original} ")


# archive.today's copy of an X reply: the post it answers, with its own time, is drawn above it.
X_REPLY_CARDS = (
    "<article><div><span>Critic</span><time datetime='2022-01-18T08:00:00.000Z'>Jan 18</time></div>"
    "<div lang='en'><span>The ministry said troops would cross at dawn.</span></div></article>",
    "<article><div><span>Ministry Press Office</span><time datetime='2022-01-20T23:30:12.000Z'>Jan 20</time>"
    "</div><div lang='en'><span>We never said that.</span></div></article>",
)
X_REPLY_TITLE = "Ministry Press Office on X: &quot;We never said that.&quot; / X"
X_REPLY = _archive_today_copy(X_REPLY_TITLE, STATUS, *X_REPLY_CARDS)


def _date_checked(post: SourcePost, day: dt.date, cited: str) -> CheckInput:
    given = _quote_checked(post, "x", "Ministry Press Office", cited)
    return dataclasses.replace(given, citation=given.citation.model_copy(update={"date": day}))


def test_the_time_of_the_post_a_reply_answers_on_archive_todays_copy_does_not_date_the_reply() -> None:
    # The copy's `<time>`s are those of every post drawn on it, the answered post's (18 January) first:
    # none is the reply's, whose time is its id's. Read, the answered post's stood beside the reply's.
    cited = f"https://archive.ph/2022.01.21-093018/{STATUS}"
    post = _read(cited, cited, X_REPLY)
    result = check_date(_date_checked(post, dt.date(2022, 1, 18), cited))
    assert result.status == "fail"
    assert "2022-01-20 23:30 UTC (snowflake id)" in result.detail
    assert post.fields["times shown on the copy"] == "2022-01-18T08:00:00.000Z (<time> the page shows)"


def test_an_x_posts_time_on_archive_todays_copy_is_its_ids() -> None:
    cited = f"https://archive.ph/2022.01.21-093018/{STATUS}"
    result = check_date(_date_checked(_read(cited, cited, X_REPLY), dt.date(2022, 1, 21), cited))
    assert result.status == "pass"
    assert result.detail.startswith("posted 2022-01-20 23:30 UTC (snowflake id)")


def test_on_a_copy_that_gives_no_time_of_its_own_the_post_answered_does_not_date_the_reply() -> None:
    # Without the archive's `article:published_time`, the copy's first `<time>`, the answered post's, was
    # read as the page's publication: `date` passed a note dating the reply on the day of the post it answers.
    cited = f"https://archive.ph/2022.01.21-093018/{STATUS}"
    post = _read(cited, cited, _archive_today_copy(X_REPLY_TITLE, STATUS, *X_REPLY_CARDS, stamped=False))
    result = check_date(_date_checked(post, dt.date(2022, 1, 18), cited))
    assert result.status == "fail"
    assert "2022-01-20 23:30 UTC (snowflake id)" in result.detail


def test_archive_todays_short_link_whose_banner_alone_names_the_post_is_not_read_as_the_post_alone() -> None:
    # A short link, answered with no `Link` header: only the copy's banner (`Saved from …`) names the post.
    post = _read("https://archive.ph/AbCd1", "https://archive.ph/AbCd1", X_THREAD)
    result = check_quote(
        _quote_checked(
            post, "The troops crossed the river at dawn", "Random Replier", "https://archive.ph/AbCd1"
        )
    )
    assert result.status == "warn"
    assert post.fields["not the post's alone"].startswith(f"archive.today's copy of the post {STATUS} ")


# Threads' post of Llama 3.1 (23 July 2024), whose shortcode's media id was made 2024-07-23 04:59 UTC.
THREADS_POST = "https://www.threads.com/@zuck/post/C9wK8SrvY5T"
# An Instagram post whose media id 2384288897814875714 was made 2020-08-26 13:43:27 UTC.
INSTAGRAM_POST = "https://www.instagram.com/p/CEWsh68Kc5C/"


def test_a_threads_posts_time_on_archive_todays_copy_is_its_shortcodes_media_id() -> None:
    # archive.today's copy of a Threads post gives no time of the post's own (its `<time>`s are every post's
    # drawn): read as an X post's is, by its id, a true date passes instead of finding nothing to compare.
    page = _archive_today_copy(
        "Mark Zuckerberg (@zuck) on Threads",
        THREADS_POST,
        "<div><span>zuck</span><time datetime='2024-07-19T08:00:00.000Z'>4d</time>"
        "<p>Llama 3.1 is out.</p></div>",
    )
    cited = f"https://archive.ph/2024.07.24-120000/{THREADS_POST}"
    post = _read(cited, cited, page)
    assert post.published_from == "the media id of its shortcode"
    result = check_date(_date_checked(post, dt.date(2024, 7, 23), cited))
    assert result.status == "pass"
    assert result.detail.startswith("posted 2024-07-23 04:59 UTC (the media id of its shortcode)")
    # Another post's `<time>` drawn on the copy does not date the post.
    assert check_date(_date_checked(post, dt.date(2024, 7, 19), cited)).status == "fail"


def test_an_instagram_posts_time_on_archive_todays_copy_is_its_shortcodes_media_id() -> None:
    page = _archive_today_copy("Instagram", INSTAGRAM_POST, "<div><p>A photo of the harbour.</p></div>")
    cited = f"https://archive.ph/2020.08.27-100000/{INSTAGRAM_POST}"
    post = _read(cited, cited, page)
    assert post.published is not None
    assert post.published.replace(microsecond=0) == dt.datetime(2020, 8, 26, 13, 43, 27, tzinfo=dt.UTC)
    assert check_date(_date_checked(post, dt.date(2020, 8, 26), cited)).status == "pass"


def test_a_wayback_copy_of_a_mirrors_page_of_an_x_post_does_not_pass_the_mirrors_words_as_the_posts() -> None:
    # A Wayback copy is read as its original, here FxTwitter's page: its byline and its copy of the words
    # passed `quote` and `author` as X's post, which X was never asked for.
    mirror = "https://fxtwitter.com/pressoffice/status/1484307299693617728"
    cited = f"https://web.archive.org/web/20220121093018/{mirror}"
    page = (
        b"<html><head><title>Ministry Press Office (@pressoffice)</title>"
        b"<meta name='author' content='Ministry Press Office'></head><body><article><p>We never said "
        b"that, the troops crossed at dawn, the ministry repeated twice at the briefing.</p></article>"
        b"</body></html>"
    )
    made = (("Memento-Datetime", "Fri, 21 Jan 2022 09:30:18 GMT"),)
    post = _read(cited, cited, page, HTML + made)
    result = check_quote(_quote_checked(post, "We never said that", "Ministry Press Office", cited))
    assert result.status == "warn"
    assert "a copy of a post shown by FxTwitter" in result.detail


# archive.today's copies of a Reddit thread, a VK wall post and a TikTok video, each drawn with others' words
# under it (comments, suggested videos): their links' ids are no `post_locator`'s, and their copies were read
# as any page, whole.
REDDIT_POST = "https://www.reddit.com/r/ukraine/comments/abc123/bridge_is_open/"
REDDIT_COMMENT = f"{REDDIT_POST}kq7x1z/"
VK_POST = "https://vk.com/wall-12345_678"
TIKTOK_VIDEO = "https://www.tiktok.com/@scout2015/video/6718335390845095173"  # its id: 2019-07-27 13:32:33
A_COMMENT = _post_card("Random Replier", "replier", "The troops crossed the river at dawn, I saw them.")


def _copy_of(original: str, title: str, own_words: str) -> SourcePost:
    page = _archive_today_copy(title, original, _post_card("Poster", "poster", own_words), A_COMMENT)
    cited = f"https://archive.ph/2022.01.21-093018/{original}"
    return _read(cited, cited, page)


@pytest.mark.parametrize(
    ("original", "title"),
    [
        (REDDIT_POST, "Bridge is open : r/ukraine"),
        (REDDIT_COMMENT, "Bridge is open : r/ukraine"),
        (VK_POST, "Council of Kherson | VK"),
        ("https://vk.com/video-12345_456239017", "Bridge at dawn | VK"),
        (TIKTOK_VIDEO, "Dogs at the beach #scout | TikTok"),
    ],
)
def test_a_comments_words_on_archive_todays_copy_of_a_reddit_vk_or_tiktok_post_do_not_pass_as_the_posts(
    original: str, title: str
) -> None:
    post = _copy_of(original, title, "Bridge is open, says the council.")
    result = check_quote(_quote_checked(post, "The troops crossed the river at dawn", "Poster", original))
    assert result.status == "warn"
    assert result.found != "The troops crossed the river at dawn"
    assert post.text == "" and post.author is None
    assert post.fields["not the post's alone"].startswith(f"archive.today's copy of the post {original} ")


@pytest.mark.parametrize(
    ("original", "title", "quote"),
    [
        (REDDIT_POST, "Bridge is open : r/ukraine", "Bridge is open"),
        (TIKTOK_VIDEO, "Dogs at the beach #scout | TikTok", "Dogs at the beach"),
    ],
)
def test_the_posts_own_words_in_the_title_reddit_or_tiktok_gives_it_still_pass_on_archive_todays_copy(
    original: str, title: str, quote: str
) -> None:
    post = _copy_of(original, title, "x")
    result = check_quote(_quote_checked(post, quote, "Poster", original))
    assert (result.status, result.detail) == ("pass", f"found {quote!r}")


def test_a_reddit_comments_page_title_on_archive_todays_copy_is_not_the_comments_words() -> None:
    # A comment's page is titled with its post's title: the post's words, never the comment's.
    post = _copy_of(REDDIT_COMMENT, "Bridge is open : r/ukraine", "x")
    assert check_quote(_quote_checked(post, "Bridge is open", "Poster", REDDIT_COMMENT)).status == "warn"
    assert post.fields["title of the comment's page (its post's)"] == "Bridge is open : r/ukraine"


def test_a_tiktok_videos_time_on_archive_todays_copy_is_its_ids() -> None:
    post = _copy_of(TIKTOK_VIDEO, "Dogs at the beach | TikTok", "x")
    assert post.published == dt.datetime(2019, 7, 27, 13, 32, 33, tzinfo=dt.UTC)
    assert check_date(_date_checked(post, dt.date(2019, 7, 27), TIKTOK_VIDEO)).status == "pass"


def _read_unusable(cited: str, body: bytes) -> SourcePost:
    answer = StoredResponse(uri=cited, status=200, headers=HTML, body=body, cut=False)
    post, usable = _read_live(cited, (answer,))
    assert post is not None and not usable
    return post


@pytest.mark.parametrize(
    ("original", "title", "notice"),
    [
        (STATUS, "X", "Hmm...this page doesn\u2019t exist. Try searching for something else."),
        (
            REDDIT_POST,
            "Reddit - Dive into anything",
            "Sorry, this post was deleted by the person who originally posted it.",
        ),
        (REDDIT_POST, "Reddit", "Sorry, this post has been removed by the moderators of r/ukraine."),
    ],
)
def test_archive_todays_copy_of_a_post_showing_the_platforms_notice_that_it_is_gone_is_no_copy_of_it(
    original: str, title: str, notice: str
) -> None:
    # The copy was read as the post's page, its text blanked: the date its id gives and `captured` passed on
    # a copy of X's "this page doesn't exist", and `archived` on a copy of no post.
    cited = f"https://archive.ph/2022.01.21-093018/{original}"
    post = _read_unusable(cited, _archive_today_copy(title, original, f"<div><span>{notice}</span></div>"))
    assert post.problem == "unavailable"
    assert post.problem_detail is not None and post.problem_detail.startswith(
        f"archive.today's copy of the post {original} shows the platform's notice "
    )


def test_a_deleted_comments_notice_on_archive_todays_copy_of_a_reddit_post_that_is_there_keeps_it_read() -> (
    None
):
    # Only the page's own word that the post is gone makes the copy none: a comment deleted under it is not.
    cited = f"https://archive.ph/2022.01.21-093018/{REDDIT_POST}"
    deleted = "<div><span>Comment deleted by user</span></div><div><span>[deleted]</span></div>"
    page = _archive_today_copy("Bridge is open : r/ukraine", REDDIT_POST, _post_card("P", "p", "x"), deleted)
    post = _read(cited, cited, page)
    result = check_quote(_quote_checked(post, "Bridge is open", "Poster", cited))
    assert (result.status, result.detail) == ("pass", "found 'Bridge is open'")


def _read_redirected(cited: str, saved_from: str, title: str, *cards: str) -> tuple[SourcePost, bool]:
    """The cited copy, redirected by archive.today to its short link, whose banner says it was saved from
    `saved_from`."""
    short = "https://archive.ph/XyZ12"
    answer = StoredResponse(
        uri=short, status=200, headers=HTML, body=_archive_today_copy(title, saved_from, *cards), cut=False
    )
    sent_on = StoredResponse(uri=cited, status=302, headers=(("Location", short),), body=b"", cut=False)
    post, usable = _read_live(cited, (sent_on, answer))
    assert post is not None
    return post, usable


def test_archive_todays_copy_of_another_post_is_no_copy_of_the_post_its_cited_link_names() -> None:
    # The cited link names the press office's status; what archive.today showed was saved from another
    # account's post, whose title (its words, kept as a post's) passed `quote` as the press office's.
    other = "https://twitter.com/someoneelse/status/1484300000000000000"
    cited = f"https://archive.ph/2022.01.21-093018/{STATUS}"
    post, usable = _read_redirected(
        cited,
        other,
        "Someone Else on X: &quot;The bridge is mined.&quot; / X",
        _post_card("Someone Else", "someoneelse", "The bridge is mined."),
    )
    assert not usable
    assert (post.problem, post.problem_detail) == (
        "soft-404",
        f"archive.today's copy cited as one of {STATUS} is of another page, {other}: no copy of the cited "
        "post",
    )


@pytest.mark.parametrize(
    ("cited_post", "saved_from"),
    [
        (STATUS, "https://x.com/PressOffice/status/1484307299693617728?s=20"),
        ("https://old.reddit.com/r/ukraine/comments/abc123/", REDDIT_POST),
        ("https://www.tiktok.com/@scout/video/6718335390845095173", TIKTOK_VIDEO),
        ("https://m.vk.com/wall-12345_678", VK_POST),
        ("https://t.me/Rybar/12345", "https://t.me/rybar/12345"),
        ("https://www.instagram.com/p/CEWsh68Kc5C/", "https://www.instagram.com/natgeo/p/CEWsh68Kc5C/"),
    ],
)
def test_archive_todays_copy_of_the_cited_post_under_another_spelling_is_its_copy(
    cited_post: str, saved_from: str
) -> None:
    cited = f"https://archive.ph/2022.01.21-093018/{cited_post}"
    post, usable = _read_redirected(cited, saved_from, "Post", _post_card("P", "p", "words"))
    assert usable and post.problem is None


def test_a_suggested_videos_title_or_a_comment_on_archive_todays_youtube_copy_is_not_the_videos_words() -> (
    None
):
    original = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    page = _archive_today_copy(
        "Ministry briefing, 21 January - YouTube",
        original,
        "<div><h1>Ministry briefing, 21 January</h1><p>The minister answers questions.</p></div>",
        "<div><p>Up next</p><p>Troops crossed the river at dawn, says eyewitness</p></div>",
        "<div><p>@viewer123</p><p>They blew up the bridge themselves</p></div>",
    )
    cited = f"https://archive.ph/2022.01.21-093018/{original}"
    post = _read(cited, cited, page)
    for words in ("Troops crossed the river at dawn", "They blew up the bridge themselves"):
        assert check_quote(_quote_checked(post, words, "x", cited)).status == "warn"
    # Its title, YouTube's for the video alone, is kept.
    assert check_quote(_quote_checked(post, "Ministry briefing", "x", cited)).status == "pass"


def _wayback_redirected(cited: str, final: str, body: bytes) -> tuple[SourcePost, bool]:
    made = (("Memento-Datetime", "Fri, 21 Jan 2022 09:30:20 GMT"),)
    answer = StoredResponse(uri=final, status=200, headers=HTML + made, body=body, cut=False)
    sent_on = StoredResponse(uri=cited, status=302, headers=(("Location", final),), body=b"", cut=False)
    post, usable = _read_live(cited, (sent_on, answer))
    assert post is not None
    return post, usable


OTHER_POSTS_PAGE = (
    b"<html><head><title>Someone Else on Twitter: &quot;The bridge is mined.&quot;</title></head><body>"
    b"<article><p>The bridge is mined. Everyone stay away from the river road tonight.</p></article>"
    b"</body></html>"
)


@pytest.mark.parametrize(
    ("cited_post", "went_to"),
    [
        ("https://t.me/rybar/12345", "https://t.me/rybar"),  # a post gone: Telegram sends it to its channel
        (REDDIT_POST, "https://www.reddit.com/r/ukraine/comments/zzz999/another_post/"),
    ],
)
def test_a_cited_wayback_copy_of_a_post_that_went_on_to_another_pages_copy_is_no_copy_of_it(
    cited_post: str, went_to: str
) -> None:
    # The archive kept the post's address redirecting to another page: read as a page of its own, what it
    # showed (the channel's words, another post's) passed `quote` as the cited post's.
    cited = f"https://web.archive.org/web/20220121093018/{cited_post}"
    final = f"https://web.archive.org/web/20220121093020/{went_to}"
    post, usable = _wayback_redirected(cited, final, OTHER_POSTS_PAGE)
    assert not usable
    assert (post.problem, post.problem_detail) == (
        "soft-404",
        f"the cited copy of the post {cited_post} went on to the archive's copy of another page, {went_to}: "
        "no copy of the cited post",
    )


def test_a_cited_wayback_copy_of_an_x_retweet_link_that_went_on_to_the_retweeted_post_is_read_as_it() -> None:
    # X sent a retweet's link to the retweeted post: what the link shows is that post.
    other = "https://twitter.com/someoneelse/status/1484300000000000000"
    cited = f"https://web.archive.org/web/20220121093018/{STATUS}"
    post, usable = _wayback_redirected(
        cited, f"https://web.archive.org/web/20220121093020/{other}", OTHER_POSTS_PAGE
    )
    assert usable and post.problem is None


def test_a_cited_wayback_copy_of_a_reddit_post_that_went_on_to_its_own_slugged_address_is_still_read() -> (
    None
):
    cited = "https://web.archive.org/web/20220121093018/https://www.reddit.com/comments/abc123/"
    final = f"https://web.archive.org/web/20220121093020/{REDDIT_POST}"
    post, _ = _wayback_redirected(cited, final, OTHER_POSTS_PAGE)
    assert post.problem != "soft-404"


@pytest.mark.parametrize(
    ("original", "title"),
    [(STATUS, "X"), ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube")],
)
def test_archive_todays_copy_of_a_post_titled_only_with_the_platforms_name_shows_none_of_it(
    original: str, title: str
) -> None:
    # X's scripts failed (or asked to log in) when the copy was made: the page drew no post, its title X's
    # own, and `captured` and the status id's `date` passed on it.
    cited = f"https://archive.ph/2022.01.21-093018/{original}"
    page = _archive_today_copy(
        title, original, "<div><span>Something went wrong. Try reloading.</span></div>"
    )
    post = _read_unusable(cited, page)
    assert post.problem == "script-shell"
    assert post.problem_detail == (
        f"archive.today's copy of the post {original} shows none of it: its title is the platform's own "
        f"({title!r}), which it gives a page whose post it did not draw (an error, a login wall)"
    )


FACEBOOK_POST = "https://www.facebook.com/kyivcityofficial/posts/pfbid02abcDEF123"
FACEBOOK_STORY = "https://m.facebook.com/story.php?story_fbid=pfbid02abcDEF123&id=100064"


@pytest.mark.parametrize("original", [FACEBOOK_POST, FACEBOOK_STORY])
def test_a_comments_words_on_archive_todays_copy_of_a_facebook_post_do_not_pass_as_the_posts(
    original: str,
) -> None:
    # archive.today keeps a Facebook post's page as its scripts drew it, the post among its comments: read
    # as a page of its own, a comment's words passed `quote` as the post's.
    post = _copy_of(original, "Kyiv City | The bridge is open again. | Facebook", "The bridge is open again.")
    result = check_quote(_quote_checked(post, "The troops crossed the river at dawn", "Kyiv City", original))
    assert result.status == "warn"
    assert post.text == "" and post.author is None
    assert post.fields["not the post's alone"].startswith(f"archive.today's copy of the post {original} ")
    # Its title, Facebook's for the post alone, is kept.
    own = check_quote(_quote_checked(post, "The bridge is open again", "Kyiv City", original))
    assert (own.status, own.detail) == ("pass", "found 'The bridge is open again'")


def test_a_facebook_comments_page_title_on_archive_todays_copy_is_not_the_comments_words() -> None:
    comment = f"{FACEBOOK_POST}?comment_id=987654321"
    post = _copy_of(comment, "Kyiv City | The bridge is open again. | Facebook", "x")
    assert check_quote(_quote_checked(post, "The bridge is open again", "x", comment)).status == "warn"


@pytest.mark.parametrize(
    "saved_from",
    [
        "https://m.facebook.com/kyivcityofficial/posts/pfbid02abcDEF123",
        f"{FACEBOOK_POST}?__cft__[0]=AZX&__tn__=%2CO%2CP-R",
    ],
)
def test_archive_todays_copy_of_a_facebook_post_under_another_spelling_is_its_copy(saved_from: str) -> None:
    cited = f"https://archive.ph/2022.01.21-093018/{FACEBOOK_POST}"
    post, usable = _read_redirected(
        cited, saved_from, "Kyiv City | Bridge | Facebook", _post_card("P", "p", "w")
    )
    assert usable and post.problem is None


def test_archive_todays_copy_of_another_facebook_post_is_no_copy_of_the_cited_one() -> None:
    cited = f"https://archive.ph/2022.01.21-093018/{FACEBOOK_POST}"
    other = "https://www.facebook.com/kyivcityofficial/posts/pfbid0zzzOTHER999"
    post, usable = _read_redirected(cited, other, "Kyiv City | Mined | Facebook", _post_card("P", "p", "w"))
    assert not usable and post.problem == "soft-404"


def _title_checked(post: SourcePost, title: str, cited: str) -> CheckResult:
    footnote = Footnote(label="1", text="x", line=3)
    citation = Citation(platform=Platform.TIKTOK, title=title, url=cited, original_url=TIKTOK_VIDEO)
    return check_title(CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post))


@pytest.mark.parametrize("title", ["TikTok - Make Your Day", "Reddit - Dive into anything"])
def test_the_platforms_own_title_on_archive_todays_copy_of_a_post_is_no_title_of_the_post(title: str) -> None:
    # TikTok titles its home page, and a video's page its scripts did not title, `TikTok - Make Your Day`:
    # kept as the video's title, a cited title "Make Your Day" passed `title`, and quoted words `quote`.
    post = _copy_of(TIKTOK_VIDEO, title, "Dogs at the beach #scout")
    cited = f"https://archive.ph/2022.01.21-093018/{TIKTOK_VIDEO}"
    assert post.title is None and post.fields["the platform's own title"] == title
    assert _title_checked(post, "Make Your Day", cited).status == "warn"
    assert check_quote(_quote_checked(post, "Make Your Day", "Poster", cited)).status == "warn"


def test_a_tiktok_videos_own_title_on_archive_todays_copy_still_passes_the_cited_title() -> None:
    post = _copy_of(TIKTOK_VIDEO, "Dogs at the beach #scout | TikTok", "x")
    cited = f"https://archive.ph/2022.01.21-093018/{TIKTOK_VIDEO}"
    result = _title_checked(post, "Dogs at the beach #scout", cited)
    assert (result.status, result.detail) == ("pass", "matches 'Dogs at the beach #scout | TikTok'")


REPOSTED_TITLE = "Someone Else on X: &quot;The bridge is mined.&quot; / X"
REPOST_MARK = "<div><a href='https://archive.ph/o/AbCd1/https://x.com/pressoffice'><span><span>Ministry Press Office</span> reposted</span></a></div>"  # noqa: E501
REPOSTED_CARD = _post_card("Someone Else", "someoneelse", "The bridge is mined.")
REPOSTED = "https://twitter.com/someoneelse/status/1484300000000000000"


@pytest.mark.parametrize("saved_from", [STATUS, REPOSTED])
def test_the_reposted_posts_words_on_archive_todays_copy_of_an_x_repost_are_not_the_reposters(
    saved_from: str,
) -> None:
    # The cited link is the press office's repost: X shows "Ministry Press Office reposted" over another
    # account's post and titles the page with that post's words, which passed `quote` as the press office's
    # (or, the copy saved from the reposted post's link X sent it to, the copy was called another page's).
    cited = f"https://archive.ph/2022.01.21-093018/{STATUS}"
    post, usable = _read_redirected(cited, saved_from, REPOSTED_TITLE, REPOST_MARK, REPOSTED_CARD)
    assert usable and post.problem is None and post.title is None
    assert (post.fields["quoted_post"], post.fields["quoted_post_author"]) == (
        "The bridge is mined.",
        "Someone Else",
    )
    result = check_quote(_quote_checked(post, "The bridge is mined", "Ministry Press Office", cited))
    assert result.status == "warn"
    assert (
        "X shows the post as Ministry Press Office's repost of Someone Else's post, whose words its title "
        "gives ('The bridge is mined.'): they are Someone Else's, not the reposter's" in result.detail
    )
    # Dated by the repost's own id, the cited link's: when the press office reposted it.
    assert post.published == dt.datetime(2022, 1, 20, 23, 30, 12, tzinfo=dt.UTC)


def test_an_accounts_repost_of_its_own_post_on_archive_todays_copy_still_passes_its_words() -> None:
    cited = f"https://archive.ph/2022.01.21-093018/{STATUS}"
    own = "Ministry Press Office on X: &quot;We never said that.&quot; / X"
    card = _post_card("Ministry Press Office", "pressoffice", "We never said that.")
    post, usable = _read_redirected(cited, STATUS, own, REPOST_MARK, card)
    assert usable
    result = check_quote(_quote_checked(post, "We never said that", "Ministry Press Office", cited))
    assert (result.status, result.detail) == ("pass", "found 'We never said that'")


INSTAGRAM_POST = "https://www.instagram.com/p/CEWsh68Kc5C/"


@pytest.mark.parametrize(
    ("original", "title", "shown", "said"),
    [
        (
            INSTAGRAM_POST,
            "Login \u2022 Instagram",
            "<p>Log in to see photos and videos from friends.</p><a>Sign up</a>",
            "its title is 'Login \u2022 Instagram'",
        ),
        (
            FACEBOOK_POST,
            "Facebook",
            "<h2>You must log in to continue.</h2><a>Log in</a><a>Create new account</a>",
            "it says 'you must log in to continue'",
        ),
    ],
)
def test_archive_todays_copy_of_a_platforms_login_page_in_a_posts_place_shows_none_of_it(
    original: str, title: str, shown: str, said: str
) -> None:
    # No password field: the web reader saw no login form, and `captured` (and the Instagram shortcode's
    # `date`) passed on a copy of a login page.
    cited = f"https://archive.ph/2022.01.21-093018/{original}"
    post = _read_unusable(cited, _archive_today_copy(title, original, f"<div>{shown}</div>"))
    assert (post.problem, post.problem_detail) == (
        "login-wall",
        f"archive.today's copy of the post {original} is the platform's login page in its place ({said}): "
        "it shows none of the post",
    )


def test_a_comment_asking_to_log_in_on_archive_todays_copy_of_a_post_keeps_it_read() -> None:
    post = _copy_of(FACEBOOK_POST, "Kyiv City | The bridge is open again. | Facebook", "Log in to reply")
    assert post.problem is None


MADE = (("Memento-Datetime", "Fri, 21 Jan 2022 09:30:20 GMT"),)


def _facebook_page(description: str = "") -> bytes:
    """m.facebook.com's page of a post as the Wayback Machine's crawler was served it: the post, then its
    comments, in one markup."""
    tag = f"<meta property='og:description' content='{description}'>" if description else ""
    return (
        "<html><head><title>Kyiv City - The bridge is open again. | Facebook</title>"
        f"{tag}</head><body><div id='m_story_permalink_view'><div><header><h3><a>Kyiv City</a></h3></header>"
        "<p>The bridge is open again. Traffic resumes at noon, said the city council.</p>"
        "<abbr>January 21 at 9:00 AM</abbr></div><div id='ufi_123'><h3><a>Ivan Troll</a></h3>"
        "<div>The troops crossed the river at dawn, I saw them.</div><abbr>January 21 at 9:30 AM</abbr>"
        "</div></div></body></html>"
    ).encode()


@pytest.mark.parametrize("original", [FACEBOOK_STORY, FACEBOOK_POST])
def test_a_comments_words_on_a_wayback_copy_of_a_facebook_post_do_not_pass_as_the_posts(
    original: str,
) -> None:
    cited = f"https://web.archive.org/web/20220121093018/{original}"
    post = _read(cited, cited, _facebook_page(), HTML + MADE)
    result = check_quote(_quote_checked(post, "The troops crossed the river at dawn", "Kyiv City", cited))
    assert result.status == "warn"
    assert post.fields["not the post's alone"] == (
        f"the archived copy of the Facebook post {original} is its page, the post among its comments in one "
        "markup: its text, byline and times are not the post's alone"
    )
    # Its title, Facebook's for the post alone, still passes the post's words.
    own = check_quote(_quote_checked(post, "The bridge is open again", "Kyiv City", cited))
    assert (own.status, own.detail) == (
        "pass",
        "found 'The bridge is open again' (read from the archived copy of Fri, 21 Jan 2022 09:30:20 GMT)",
    )


def test_the_description_facebook_gives_a_post_on_a_wayback_copy_of_it_is_read_as_its_words() -> None:
    cited = f"https://web.archive.org/web/20220121093018/{FACEBOOK_POST}"
    said = "The bridge is open again. Traffic resumes at noon, said the city council."
    post = _read(cited, cited, _facebook_page(said), HTML + MADE)
    assert post.text == said
    result = check_quote(_quote_checked(post, "Traffic resumes at noon", "Kyiv City", cited))
    assert (result.status, result.detail) == (
        "pass",
        "found 'Traffic resumes at noon' (read from the archived copy of Fri, 21 Jan 2022 09:30:20 GMT)",
    )


YOUTUBE_VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
YOUTUBE_MICRODATA = (
    "<div itemscope itemtype='http://schema.org/VideoObject'>"
    "<meta itemprop='name' content='Ministry briefing'><meta itemprop='datePublished' content='2022-01-21'>"
    "<meta itemprop='uploadDate' content='2022-01-21'><link itemprop='url' href='https://archive.ph/o/AbCd1/https://www.youtube.com/watch?v=dQw4w9WgXcQ'>"
    "</div>"
)
SUGGESTED = "<div><p>Up next</p><p>Troops crossed the river, says eyewitness</p><p>Jan 19, 2022</p></div>"


def test_a_youtube_videos_day_on_archive_todays_copy_is_its_microdatas() -> None:
    # The copy gave no date: YouTube's microdata names the watched video's day, and no other's.
    page = _archive_today_copy("Ministry briefing - YouTube", YOUTUBE_VIDEO, YOUTUBE_MICRODATA, SUGGESTED)
    cited = f"https://archive.ph/2022.01.21-093018/{YOUTUBE_VIDEO}"
    post = _read(cited, cited, page)
    assert (post.published, post.published_day_only, post.published_from) == (
        dt.datetime(2022, 1, 21, tzinfo=dt.UTC),
        True,
        "the video's microdata datePublished",
    )
    assert check_date(_date_checked(post, dt.date(2022, 1, 21), cited)).status == "pass"
    assert check_date(_date_checked(post, dt.date(2022, 1, 19), cited)).status == "fail"


@pytest.mark.parametrize(
    "items",
    [
        "",  # a copy without microdata: a suggested video's day is no day of the video
        YOUTUBE_MICRODATA + YOUTUBE_MICRODATA.replace("2022-01-21", "2022-01-19"),  # two videos': which?
        YOUTUBE_MICRODATA.replace("</div>", "<meta itemprop='videoId' content='aaaaaaaaaaa'></div>"),
    ],
)
def test_no_other_day_on_archive_todays_youtube_copy_dates_the_video(items: str) -> None:
    page = _archive_today_copy("Ministry briefing - YouTube", YOUTUBE_VIDEO, items, SUGGESTED)
    cited = f"https://archive.ph/2022.01.21-093018/{YOUTUBE_VIDEO}"
    assert _read(cited, cited, page).published is None


def test_a_youtube_comments_link_on_archive_todays_copy_is_not_the_videos_title() -> None:
    # `&lc=` opens the video's page with the comment on top: its title is the video's, not the comment's.
    comment = f"{YOUTUBE_VIDEO}&lc=UgzABCdefGHI123"
    post = _copy_of(comment, "Ministry briefing, 21 January - YouTube", "x")
    assert check_quote(_quote_checked(post, "Ministry briefing", "viewer123", comment)).status == "warn"
    assert (
        post.fields["title of the comment's page (its post's)"] == "Ministry briefing, 21 January - YouTube"
    )


@pytest.mark.parametrize(
    "went_to",
    [
        # Facebook sends a numbered post's link, and story.php's, to the post's pfbid address.
        "https://www.facebook.com/kyivcityofficial/posts/pfbid02abcDEF123",
    ],
)
@pytest.mark.parametrize(
    "cited_post",
    [
        "https://www.facebook.com/kyivcityofficial/posts/1234567890",
        "https://www.facebook.com/story.php?story_fbid=1234567890&id=100064",
    ],
)
def test_a_wayback_copy_of_a_facebook_post_that_went_on_to_its_own_pfbid_address_is_still_read(
    cited_post: str, went_to: str
) -> None:
    cited = f"https://web.archive.org/web/20220121093018/{cited_post}"
    final = f"https://web.archive.org/web/20220121093020/{went_to}"
    post, usable = _wayback_redirected(cited, final, _facebook_page())
    assert usable and post.problem is None


def test_a_wayback_copy_of_a_facebook_post_that_went_on_to_another_numbered_post_is_no_copy_of_it() -> None:
    cited = "https://web.archive.org/web/20220121093018/https://www.facebook.com/kyivcityofficial/posts/123"
    final = "https://web.archive.org/web/20220121093020/https://www.facebook.com/kyivcityofficial/posts/456"
    post, usable = _wayback_redirected(cited, final, _facebook_page())
    assert not usable and post.problem == "soft-404"


def test_a_reddit_posts_time_on_archive_todays_copy_is_the_one_its_own_element_keeps() -> None:
    # The copy gave no date; where it keeps new Reddit's element of the cited post, named by its id, its
    # `created-timestamp` is the post's (a comment's element, its `created`, is never read).
    kept = (
        "<shreddit-post id='t3_abc123' post-title='Bridge is open' author='kyiv_mod' "
        "created-timestamp='2022-01-21T09:00:00.000000+0000'>"
        "<div slot='text-body'><p>x</p></div></shreddit-post>"
    )
    comment = (
        "<shreddit-comment author='troll' created='2022-01-19T10:00:00.000000+0000' thingid='t1_xyz789'>"
        "<div slot='comment'><p>The troops crossed the river at dawn.</p></div></shreddit-comment>"
    )
    cited = f"https://archive.ph/2022.01.21-093018/{REDDIT_POST}"
    post = _read(cited, cited, _archive_today_copy("Bridge is open : r/ukraine", REDDIT_POST, kept, comment))
    assert post.published == dt.datetime(2022, 1, 21, 9, tzinfo=dt.UTC)
    assert check_date(_date_checked(post, dt.date(2022, 1, 19), cited)).status == "fail"
    # Nor does a copy that kept only a comment's element give the post a time.
    bare = _read(cited, cited, _archive_today_copy("Bridge is open : r/ukraine", REDDIT_POST, comment))
    assert bare.published is None


def test_a_reddit_post_on_archive_todays_copy_is_read_by_its_own_element_not_its_comments() -> None:
    # Only the time was read from the post's own element: its author and words were blanked, so a note
    # crediting u/kyiv_mod was never compared, and its quote never found. A comment's words are not the
    # post's.
    kept = (
        "<shreddit-post id='t3_abc123' post-title='Bridge is open' author='kyiv_mod' "
        "created-timestamp='2022-01-21T09:00:00.000000+0000'>"
        "<div slot='text-body'><p>The bridge is open to traffic again.</p></div></shreddit-post>"
    )
    comment = (
        "<shreddit-comment author='troll' created='2022-01-19T10:00:00.000000+0000' thingid='t1_xyz789'>"
        "<div slot='comment'><p>The troops crossed the river at dawn.</p></div></shreddit-comment>"
    )
    cited = f"https://archive.ph/2022.01.21-093018/{REDDIT_POST}"
    post = _read(cited, cited, _archive_today_copy("Bridge is open : r/ukraine", REDDIT_POST, kept, comment))
    assert post.problem is None
    assert post.handle == "kyiv_mod"
    assert "The bridge is open to traffic again." in (post.text or "")
    assert "The troops crossed" not in (post.text or "")
    # A copy that kept only a comment's element reads nothing of the post, as before.
    bare = _read(cited, cited, _archive_today_copy("Bridge is open : r/ukraine", REDDIT_POST, comment))
    assert bare.handle is None and not bare.text


def test_a_vk_posts_time_on_archive_todays_copy_is_the_one_its_own_element_keeps() -> None:
    # The copy gave no date; where it keeps VK's element of the cited post, named by its id, its header's
    # time is the post's (a comment's, in its own element, is never read).
    post_element = (
        "<div id='post-12345_678' class='post' data-post-id='-12345_678'><div class='post_header'>"
        "<div class='post_date'><a class='post_link'><span class='rel_date' time='1642749300'>21 Jan 2022 at "
        "10:15 am</span></a></div></div><div class='wall_post_text'>We are closing the bridge.</div></div>"
    )
    reply = (
        "<div id='post-12345_680' class='reply'><div class='reply_date'><span class='rel_date' "
        "time='1642500000'>18 Jan 2022</span></div><div class='reply_text'>The troops crossed.</div></div>"
    )
    cited = f"https://archive.ph/2022.01.21-093018/{VK_POST}"
    post = _read(cited, cited, _archive_today_copy("Harbour Watch | VK", VK_POST, post_element, reply))
    assert post.published == dt.datetime(2022, 1, 21, 7, 15, tzinfo=dt.UTC)
    bare = _read(cited, cited, _archive_today_copy("Harbour Watch | VK", VK_POST, reply))
    assert bare.published is None


def test_a_repost_mark_in_a_reply_below_the_post_on_archive_todays_copy_does_not_make_it_a_repost() -> None:
    # X's mark of a repost is over the page's post or in its card, never in a reply's below it.
    cited = f"https://archive.ph/2022.01.21-093018/{STATUS}"
    own = "Ministry Press Office on X: &quot;We never said that.&quot; / X"
    post_card = _post_card("Ministry Press Office", "pressoffice", "We never said that.")
    mark = "<div><span><span>Random Replier</span> reposted</span></div>"
    reply = _post_card("Random Replier", "replier", "Some reply").replace("<div>", mark + "<div>", 1)
    post = _read(cited, cited, _archive_today_copy(own, STATUS, post_card, reply))
    assert "quoted_post" not in post.fields
    result = check_quote(_quote_checked(post, "We never said that", "Ministry Press Office", cited))
    assert (result.status, result.detail) == ("pass", "found 'We never said that'")
