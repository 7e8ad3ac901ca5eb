"""A cited shortener's or redirector's link (`t.co`, `bit.ly`, `lnkd.in`, `facebook.com/l.php?u=`,
`google.com/url?q=`) is read by the extractor of the page it led to, from there; any other link by its own."""

from __future__ import annotations

import pytest

from provenance.checks import CheckInput
from provenance.checks.quote import check_quote
from provenance.extractors import extract_source, is_redirector
from provenance.models import Citation, Context, Footnote, Platform, SourcePost
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset, redirect

POST = "https://t.me/durov/123"
ARTICLE = "https://news.example/2022/01/21/council-bridge"
QUOTE = "The council voted on Friday to reopen the bridge to traffic"
PAGE = (
    "<html><head><title>Council votes to reopen the bridge</title></head><body><article>"
    "<h1>Council votes to reopen the bridge</h1>"
    + f"<p>{QUOTE} after engineers confirmed the repairs were complete, and shop owners welcomed it.</p>" * 4
    + "</article></body></html>"
)


def _read(cited: str, *responses: StoredResponse) -> SourcePost:
    return extract_source(cited, responses)


def _quote_status(post: SourcePost, cited: str, quote: str) -> str:
    context = Context(line=1, text=f'"{quote}"', quotes=(quote,))
    footnote = Footnote(label="1", text="x", line=3, contexts=(context,))
    citation = Citation(platform=Platform.WEB, url=cited)
    return check_quote(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    ).status


@pytest.mark.parametrize(
    "cited", ["https://bit.ly/3xYzAbc", "https://t.co/AbCdEf123", "https://lnkd.in/eXyZ12"]
)
def test_a_shortened_link_to_a_deleted_telegram_post_is_unavailable(cited: str) -> None:
    # Read as a web page, Telegram's generic page (what t.me shows for a deleted post) was content: captured
    # passed on a post that is gone.
    post = _read(cited, redirect(cited, POST, 301), answer(POST, asset("telegram_generic_page.html")))
    assert post.problem == "unavailable"
    assert (post.problem_detail or "").startswith(f"{POST} shows no post")
    assert post.fields["shortened link"] == cited


def test_a_shortened_link_to_a_telegram_post_reads_the_post() -> None:
    # Read as a web page, the post's own page was a script shell (captured failed, nothing compared).
    cited = "https://t.co/AbCdEf123"
    post = _read(cited, redirect(cited, POST, 301), answer(POST, asset("telegram_permalink.html")))
    assert (post.platform, post.problem) == (Platform.TELEGRAM, None)
    assert post.text == "The convoy had already crossed the bridge at Kherson."


def test_a_platform_s_redirector_to_an_article_is_read_as_the_article() -> None:
    # YouTube's redirector was read by the YouTube extractor, as a video with no oEmbed.
    cited = f"https://www.youtube.com/redirect?q={ARTICLE}&v=dQw4w9WgXcQ"
    post = _read(cited, redirect(cited, ARTICLE, 303), answer(ARTICLE, PAGE))
    assert (post.platform, post.problem) == (Platform.WEB, None)
    assert _quote_status(post, cited, QUOTE) == "pass"


@pytest.mark.parametrize(
    "cited",
    [
        "https://m.youtube.com/redirect?q=https%3A%2F%2Ft.me%2Fdurov%2F123",
        "https://www.youtube.com/redirect?event=video_description&q=https%3A%2F%2Ft.me%2Fdurov%2F123",
    ],
)
def test_youtube_s_redirector_on_its_mobile_site_to_a_deleted_telegram_post_is_unavailable(
    cited: str,
) -> None:
    # The mobile site's redirector was no redirector: read by the YouTube extractor as a bare page, Telegram's
    # generic page (what t.me shows for a deleted post) passed captured.
    post = _read(cited, redirect(cited, POST, 303), answer(POST, asset("telegram_generic_page.html")))
    assert (post.platform, post.problem) == (Platform.TELEGRAM, "unavailable")
    assert post.fields["shortened link"] == cited


def test_a_redirector_that_goes_through_another_reads_the_page_at_the_end() -> None:
    cited = f"https://l.facebook.com/l.php?u={POST}&h=AT0"
    hop = "https://bit.ly/3xYzAbc"
    post = _read(
        cited,
        redirect(cited, hop),
        redirect(hop, POST, 301),
        answer(POST, asset("telegram_generic_page.html")),
    )
    assert post.problem == "unavailable"


def test_a_shortened_link_to_an_article_is_still_read_as_the_article_and_its_redirects_judged() -> None:
    cited = "https://bit.ly/3xYzAbc"
    post = _read(cited, redirect(cited, ARTICLE, 301), answer(ARTICLE, PAGE))
    assert (post.platform, post.problem) == (Platform.WEB, None)
    assert _quote_status(post, cited, QUOTE) == "pass"
    # The article the link named redirects to the site's home page: a soft 404, as it was.
    home = "https://news.example/"
    gone = _read(cited, redirect(cited, ARTICLE, 301), redirect(ARTICLE, home), answer(home, PAGE))
    assert gone.problem == "soft-404"


def test_a_redirect_of_a_site_of_its_own_to_a_post_is_read_by_the_cited_url_s_extractor() -> None:
    cited = "https://news.example/go/telegram"
    post = _read(cited, redirect(cited, POST), answer(POST, asset("telegram_permalink.html")))
    assert post.platform == Platform.WEB


@pytest.mark.parametrize(
    ("url", "redirects"),
    [
        ("https://t.co/AbC", True),
        ("https://www.bit.ly/AbC", True),
        ("https://facebook.com/l.php?u=https%3A%2F%2Fnews.example%2F", True),
        ("https://www.google.com/url?q=https://news.example/&sa=D", True),
        ("https://www.google.co.uk/url?q=https://news.example/", True),
        ("https://www.youtube.com/redirect?q=https://news.example/&v=dQw4w9WgXcQ", True),
        ("https://vk.com/away.php?to=https%3A%2F%2Fnews.example%2F", True),
        ("https://l.instagram.com/?u=https%3A%2F%2Fnews.example%2F", True),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", False),
        ("https://vk.com/wall-1_2", False),
        ("https://www.facebook.com/story.php?id=1", False),
        ("https://news.google.com/url", False),
        ("https://www.google.com/search?q=url", False),
        ("https://bit.ly.example/AbC", False),
        ("http://[::1", False),
    ],
)
def test_which_links_are_a_shortener_s_or_a_redirector_s(url: str, redirects: bool) -> None:
    assert is_redirector(url) is redirects


_REDIRECT_NOTICE = (
    "<html><head><title>Redirect Notice</title></head><body><div class='_title'>Redirect Notice</div>"
    f"<div>The previous page is sending you to <a href='{ARTICLE}'>{ARTICLE}</a>.<br><br>If you do not want"
    " to visit that page, you can <a href='#' id='back'>return to the previous page</a>.</div>"
    "<script>document.getElementById('back').onclick=function(){history.back()}</script></body></html>"
)
_LEAVING_LINKEDIN = (
    "<!DOCTYPE html><html lang='en'><head><title>LinkedIn</title></head><body><main><h1>This link will take"
    " you to a page that's not on LinkedIn</h1><p>Because this is an external link, we're unable to verify"
    f" it for safety.</p><a href='{ARTICLE}'>{ARTICLE}</a></main>"
    "<script src='/app.js'></script></body></html>"
)
_LEAVING_FACEBOOK = (
    "<html><head><title>Leaving Facebook</title></head><body><h2>You're leaving Facebook</h2><p>This link is"
    " taking you to a website outside of Facebook. Only continue if you trust the website.</p>"
    f"<a href='{ARTICLE}'>Follow link</a> <a href='/'>Go back</a></body></html>"
)


@pytest.mark.parametrize(
    ("cited", "notice"),
    [
        (f"https://www.google.com/url?q={ARTICLE}&sa=D", _REDIRECT_NOTICE),
        ("https://lnkd.in/eXyZ12", _LEAVING_LINKEDIN),
        (f"https://l.facebook.com/l.php?u={ARTICLE}&h=AT0", _LEAVING_FACEBOOK),
    ],
)
def test_a_redirector_s_own_notice_answered_in_place_of_the_page_it_links_to_is_an_empty_answer(
    cited: str, notice: str
) -> None:
    # Read as content, the notice passed `captured`: a note citing only the link was verified on a page
    # that only says where the link goes.
    post = _read(cited, answer(cited, notice))
    assert post.problem == "empty"
    assert (post.problem_detail or "").endswith(
        "which only sends its reader on to the page its link names (a shortener's or redirector's notice); "
        "that page is not in the capture"
    )


@pytest.mark.parametrize(
    ("cited", "listing"),
    [
        ("https://www.reddit.com/r/worldnews/s/AbCd1234", "https://www.reddit.com/r/worldnews/"),
        ("https://bit.ly/3xYzAbc", "https://www.reddit.com/user/alice/submitted/"),
        ("https://vm.tiktok.com/ZMabc1234/", "https://www.tiktok.com/@someone"),
        ("https://bit.ly/3xYzAbc", "https://www.youtube.com/@channel/videos"),
        ("https://bit.ly/3xYzAbc", "https://t.me/s/durov"),
        ("https://t.co/AbCdEf123", "https://mastodon.social/@alice"),
        ("https://bit.ly/3xYzAbc", "https://news.example/"),
        ("https://bit.ly/3xYzAbc", "https://news.example/search?q=council+bridge"),
    ],
)
def test_a_share_link_or_shortener_leading_to_a_page_listing_posts_is_a_soft_404_naming_it(
    cited: str, listing: str
) -> None:
    # Read as that web page, a quote found among the listing's previews passed: the note cites one post.
    post = _read(cited, redirect(cited, listing, 301), answer(listing, PAGE))
    assert post.problem == "soft-404"
    assert (post.problem_detail or "").startswith(f"the link {cited} ")
    assert listing in (post.problem_detail or "")
    assert _quote_status(post, cited, QUOTE) != "pass"


@pytest.mark.parametrize(
    "destination",
    [
        ARTICLE,
        "https://www.youtube.com/@channel/community?lb=UgkxAbCd",
        "https://www.reddit.com/r/worldnews/wiki/index",
        "https://medium.com/@alice/council-votes-to-reopen-the-bridge-1a2b3c",
        "https://vk.com/@citycouncil-the-bridge-reopens",  # a VK article, no profile
    ],
)
def test_a_shortener_leading_to_an_article_or_a_post_s_page_is_read_as_it(destination: str) -> None:
    cited = "https://bit.ly/3xYzAbc"
    post = _read(cited, redirect(cited, destination, 301), answer(destination, PAGE))
    assert post.problem is None
    assert _quote_status(post, cited, QUOTE) == "pass"


@pytest.mark.parametrize(
    ("destination", "problem"),
    [
        ("https://news.example/account/signin", "login-wall"),
        ("https://news.example/errors/404", "soft-404"),
    ],
)
def test_a_shortener_that_led_to_a_sign_in_or_error_page_is_judged_as_a_cited_page_s_redirect_there(
    destination: str, problem: str
) -> None:
    # Read as the page at the end, its words (an article's opening beside the sign-in form) were content: the
    # quote passed, where the article's own link redirecting there is a login wall.
    cited = "https://bit.ly/3xYzAbc"
    post = _read(cited, redirect(cited, destination, 301), answer(destination, PAGE))
    assert post.problem == problem
    assert (post.problem_detail or "").startswith(f"the link {cited} redirected to ")
    assert _quote_status(post, cited, QUOTE) != "pass"


@pytest.mark.parametrize(
    "listing",
    [
        "https://www.facebook.com/CityCouncil",
        "https://www.instagram.com/citycouncil/",
        "https://www.linkedin.com/company/citycouncil/",
    ],
)
def test_a_shortener_leading_to_a_facebook_instagram_or_linkedin_account_s_page_is_a_soft_404(
    listing: str,
) -> None:
    # Read as that page, a quote among the account's latest posts passed for a note citing one of them.
    cited = "https://bit.ly/3xYzAbc"
    post = _read(cited, redirect(cited, listing, 301), answer(listing, PAGE))
    assert post.problem == "soft-404"
    assert listing in (post.problem_detail or "")


@pytest.mark.parametrize(
    "post_link",
    [
        "https://www.facebook.com/permalink.php?story_fbid=1234&id=5678",
        "https://www.facebook.com/CityCouncil/posts/pfbid0AbCdEf",
        "https://www.instagram.com/p/AbC123xyz/",
        "https://www.linkedin.com/posts/alice_bridge-activity-7123456789012345678-AbCd",
    ],
)
def test_a_shortener_leading_to_a_facebook_instagram_or_linkedin_post_is_no_listing(post_link: str) -> None:
    cited = "https://bit.ly/3xYzAbc"
    post = _read(cited, redirect(cited, post_link, 301), answer(post_link, PAGE))
    assert post.problem != "soft-404"
