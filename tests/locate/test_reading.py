"""Reading the search pages `locate` fetched: what a hostile page holds is skipped, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.capture.series import Page
from provenance.locate.reading import archived_post, channel_posts, preview_posts


def _preview(*data_posts: str, kind: str = "") -> Page:
    messages = "".join(
        f'<div class="tgme_widget_message {kind}" data-post="{post}"><div class="tgme_widget_message_text">'
        f'Bridge reopened.</div><time datetime="2022-01-21T10:00:00+00:00"></time></div>'
        for post in data_posts
    )
    body = f"<html><body>{messages}</body></html>".encode()
    return Page("https://t.me/s/desk", None, 200, (("Content-Type", "text/html"),), body, None, False)


def test_a_post_id_of_superscript_digits_is_skipped_not_a_crash() -> None:
    # `²` passes str.isdigit but not int(): one such post on a channel page stopped `locate` (exit 3).
    posts = channel_posts(_preview("desk/\u00b2", "desk/\u0663", "desk/41", "desk/" + "9" * 5000), "desk")
    assert [post.id for post in posts] == [41], "nor one of more digits than int() takes"


def test_a_pin_s_service_notice_keeps_its_time_for_paging_but_is_no_candidate_for_a_quote() -> None:
    # "Desk pinned «Bridge reopened.»" holds the pinned post's words: proposed as the quoted post, it would
    # be a notice of a pin, dated when the pin was made.
    posts = channel_posts(_preview("desk/41", kind="service_message"), "desk")
    assert [(post.id, post.text) for post in posts] == [(41, "")]
    assert posts[0].posted_at is not None


def test_an_archived_page_that_gives_only_its_day_says_so() -> None:
    body = (
        b'<html><head><meta property="og:description" content="Bridge reopened.">'
        b'<meta property="article:published_time" content="2022-01-22"></head></html>'
    )
    page = Page("https://web.archive.org/web/2022id_/https://example.org/p", None, 200, (), body, None, False)

    read = archived_post(page, "https://example.org/p")

    assert read is not None and read[0] is not None
    assert (read[0].date().isoformat(), read[1], read[2]) == ("2022-01-22", True, "Bridge reopened.")


def _forward(channel: str, forwarded_from: str, href: str) -> Page:
    body = (
        f'<html><body><div class="tgme_widget_message" data-post="{channel}/41">'
        '<div class="tgme_widget_message_forwarded_from">Forwarded from '
        f'<a class="tgme_widget_message_forwarded_from_name" href="{href}">{forwarded_from}</a></div>'
        '<div class="tgme_widget_message_text">Bridge reopened.</div>'
        '<time datetime="2022-01-21T10:00:00+00:00"></time></div></body></html>'
    ).encode()
    return Page(f"https://t.me/s/{channel}", None, 200, (("Content-Type", "text/html"),), body, None, False)


def test_a_forward_of_another_channel_s_post_says_whose_post_it_is() -> None:
    # Its words are Grey Zone's: read as the desk's own post, it was proposed for words the report gave the
    # desk, with nothing to say it was a forward.
    posts = channel_posts(_forward("desk", "Grey Zone", "https://t.me/grey_zone/5"), "desk")

    assert [(post.text, post.forwarded_from) for post in posts] == [
        ("Bridge reopened.", "'Grey Zone' (@grey_zone)")
    ]


@pytest.mark.parametrize(
    ("href", "original"),
    [
        ("https://t.me/grey_zone/5", "https://t.me/grey_zone/5"),
        ("https://t.me/s/grey_zone/5?single", "https://t.me/grey_zone/5"),
        ("https://t.me/grey_zone", None),  # a person's account or a channel, no post
        ("https://t.me/c/1234567/5", None),  # a private chat's post: no address a reader can open
    ],
)
def test_a_forward_names_the_original_post_its_header_links_to(href: str, original: str | None) -> None:
    # The note said only that 'the original is the post to cite', though the page links to it.
    (post,) = channel_posts(_forward("desk", "Grey Zone", href), "desk")

    assert post.forwarded_url == original


def test_a_forward_of_the_channel_s_own_post_is_its_own_and_names_the_post_it_reposts() -> None:
    posts = channel_posts(_forward("desk", "Desk", "https://t.me/desk/3"), "desk")

    assert [(post.text, post.forwarded_from, post.forwarded_url, post.repost_of) for post in posts] == [
        ("Bridge reopened.", None, None, "https://t.me/desk/3")
    ]
    (other,) = channel_posts(_forward("desk", "Grey Zone", "https://t.me/grey_zone/5"), "desk")
    assert other.repost_of is None, "another's post forwarded is a forward, not a repost"


def test_a_post_the_preview_shows_pinned_is_marked_so_that_paging_passes_it_by() -> None:
    posts = channel_posts(_preview("desk/3", kind="tgme_widget_message_pinned"), "desk")
    assert [(post.id, post.pinned, post.text) for post in posts] == [(3, True, "Bridge reopened.")]
    assert [post.pinned for post in channel_posts(_preview("desk/41"), "desk")] == [False]


def test_a_preview_page_showing_another_channel_s_posts_gives_none_of_them_as_the_channel_s() -> None:
    # `t.me/s/desk` redirected to (or answered with) another channel's page: its posts were proposed as
    # the desk's, at `t.me/other/41`, with the desk's speaker score.
    page = _preview("other/41", "other/42")

    assert channel_posts(page, "desk") == ()
    assert preview_posts(page, "desk") == ((), ("other",))


def test_the_channel_s_own_posts_are_read_whatever_the_case_of_its_name() -> None:
    posts, others = preview_posts(_preview("Desk/41", "other/42"), "desk")

    assert [(post.id, post.url) for post in posts] == [(41, "https://t.me/Desk/41")] and others == ("other",)


def test_a_post_the_preview_says_was_edited_is_marked_so() -> None:
    # Its text is the last version's: the quote a report took before the edit is not in it.
    body = (
        b'<html><body><div class="tgme_widget_message" data-post="desk/41">'
        b'<div class="tgme_widget_message_text">Bridge reopened.</div>'
        b'<span class="tgme_widget_message_meta">edited '
        b'<time datetime="2022-01-21T10:00:00+00:00"></time></span></div></body></html>'
    )
    page = Page("https://t.me/s/desk", None, 200, (("Content-Type", "text/html"),), body, None, False)

    assert [post.edited for post in channel_posts(page, "desk")] == [True]
    assert [post.edited for post in channel_posts(_preview("desk/41"), "desk")] == [False]


def _asset(name: str) -> Page:
    body = (Path(__file__).parents[1] / "assets" / "extractors" / name).read_bytes()
    return Page("https://t.me/s/rybar", None, 200, (("Content-Type", "text/html"),), body, None, False)


def test_a_service_notice_is_marked_so_and_its_words_are_not_said_unseen() -> None:
    # "Rybar pinned «…»" is no one's post: the search leaves it out of the candidates (listed first when no
    # quote told the window's posts apart, it was written to the citations file as the cited post).
    (post,) = channel_posts(_asset("telegram_widget_service_pinned.html"), "rybar")
    assert (post.service_notice, post.words_unseen, post.text) == (True, False, "")


@pytest.mark.parametrize(
    "asset", ["telegram_widget_shown_only_in_the_app.html", "telegram_widget_restricted.html"]
)
def test_a_message_the_preview_shows_no_words_of_is_marked_unseen_not_a_service_notice(asset: str) -> None:
    # Read as a post with no words, it was said to hold none of a quote's, and the footnote was told that no
    # post of the window holds the quoted words.
    (post,) = channel_posts(_asset(asset), "rybar")
    assert (post.service_notice, post.words_unseen) == (False, True)


def test_a_post_with_its_words_shown_is_neither_a_notice_nor_unseen() -> None:
    (post,) = channel_posts(_asset("telegram_widget.html"), "rybar")
    assert (post.service_notice, post.words_unseen) == (False, False) and post.text


def test_a_reply_keeps_the_words_it_answers_apart_from_its_own() -> None:
    # The message a post answers, shown above it, is a lead to the post a report may quote: its words were
    # dropped, and a quote found only there was "in no post of the window".
    body = (
        b'<html><body><div class="tgme_widget_message" data-post="desk/41">'
        b'<a class="tgme_widget_message_reply" href="https://t.me/desk/7">'
        b'<div class="tgme_widget_message_text js-message_reply_text">'
        b"The bridge was struck overnight.</div></a>"
        b'<div class="tgme_widget_message_text js-message_text">Confirmed.</div>'
        b'<time datetime="2022-01-21T10:00:00+00:00"></time></div></body></html>'
    )
    page = Page("https://t.me/s/desk", None, 200, (("Content-Type", "text/html"),), body, None, False)

    (post,) = channel_posts(page, "desk")

    assert (post.text, post.in_reply_to) == ("Confirmed.", "The bridge was struck overnight.")
