"""Facebook's pages as a visitor without an account gets them: its notice that a post is not available, in the
languages Facebook answers in, is no post."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.date import check_date
from provenance.checks.quote import check_quote
from provenance.extractors import extract_source
from provenance.extractors.login_walled import linkedin_post_id, linkedin_post_time
from provenance.models import Citation, Context, Footnote, Platform, SourcePost
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset, redirect

POST = "https://www.facebook.com/harbour.office/posts/pfbid02abc"


def _page(language: str, heading: str, text: str) -> str:
    return (
        f"<html lang='{language}'><head><title>Facebook</title>"
        "<meta property='og:site_name' content='Facebook'></head><body><div role='main'>"
        f"<h2>{heading}</h2><p>{text}</p><a href='/'>Facebook</a></div></body></html>"
    )


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("fr", "Ce contenu n’est pas disponible pour le moment"),  # noqa: RUF001
        ("de", "Dieser Inhalt ist derzeit nicht verfügbar"),
        ("es", "Este contenido no está disponible en este momento"),
        ("it", "Questo contenuto non è al momento disponibile"),
        ("pt", "Este conteúdo não está disponível no momento"),
        ("ru", "Этот контент сейчас недоступен"),
        ("uk", "Цей вміст зараз недоступний"),
    ],
)
def test_facebooks_content_isnt_available_in_another_language_is_unavailable(
    language: str, heading: str
) -> None:
    # Facebook answers in the visitor's language: read as the post, its notice passed `captured`.
    post = extract_source(POST, (answer(POST, _page(language, heading, "…")),))
    assert post.problem == "unavailable"
    assert post.problem_detail == (
        f"the page's heading is Facebook's notice that the content is not available: {heading!r}"
    )


def test_facebooks_error_page_in_a_posts_place_is_a_refusal_never_the_post() -> None:
    # Facebook's "Something went wrong" page, which it answers a client it refuses for a while as often as a
    # fault of its own, was read as the post: `captured` passed on a page with no post in it.
    page = (
        _page("en", "Something went wrong", "We're working on it and we'll get it fixed as soon as we can.")
        .replace("<h2>", "<span>")
        .replace("</h2>", "</span>")
    )
    post = extract_source(POST, (answer(POST, page),))
    assert post.problem == "challenge"
    assert (post.problem_detail or "").startswith(
        "the page says \"Something went wrong We're working on it and we'll get it fixed as soon as we can\" "
        "in the post's place: Meta's error page"
    )


def test_a_facebook_post_that_says_something_went_wrong_is_read_as_a_post() -> None:
    # The post's own page (its `og:url` names it) is the post, whatever its words say.
    page = _page(
        "en",
        "Harbour office",
        "Something went wrong. We're working on it and we'll get it fixed as soon as we can.",
    ).replace("</head>", f"<meta property='og:url' content='{POST}'></head>")
    post = extract_source(POST, (answer(POST, page),))
    assert post.problem is None


def test_a_post_that_quotes_the_notice_in_its_words_is_read_as_a_post() -> None:
    words = "Ce contenu n’est pas disponible pour le moment, nous dit Facebook depuis lundi."  # noqa: RUF001
    post = extract_source(POST, (answer(POST, _page("fr", "Capitainerie du port", words)),))
    assert post.problem is None


STORY = "https://m.facebook.com/story.php?story_fbid=pfbid02abc&id=100064"
POST_AND_COMMENT = (
    "<html><head><title>Harbour Office - The bridge is open again. | Facebook</title>{tag}</head><body>"
    "<div id='m_story_permalink_view'><div><header><h3><a>Harbour Office</a></h3></header>"
    "<p>The bridge is open again. Traffic resumes at noon, said the city council.</p>"
    "<abbr>January 21 at 9:00 AM</abbr></div><div id='ufi_123'><h3><a>Ivan Troll</a></h3>"
    "<div>The troops crossed the river at dawn, I saw them.</div><abbr>January 21 at 9:30 AM</abbr>"
    "</div></div></body></html>"
)


@pytest.mark.parametrize("url", [STORY, POST])
def test_a_comments_words_on_a_facebook_posts_page_are_not_the_posts(url: str) -> None:
    # m.facebook.com serves a post's page with its comments in one markup: read as a web page, a comment's
    # words passed `quote` as the post's.
    post = extract_source(url, (answer(url, POST_AND_COMMENT.format(tag="")),))
    assert "The troops crossed the river" not in post.text
    assert post.author is None and post.published is None
    assert post.fields["not the post's alone"] == (
        f"the page of the Facebook post {url} shows it, the post among its comments in one markup: its text, "
        "byline and times are not the post's alone"
    )


def test_the_description_facebook_gives_a_post_on_its_page_is_read_as_its_words() -> None:
    said = "The bridge is open again. Traffic resumes at noon, said the city council."
    tag = f"<meta property='og:description' content='{said}'>"
    post = extract_source(STORY, (answer(STORY, POST_AND_COMMENT.format(tag=tag)),))
    assert post.text == said
    assert post.title == "Harbour Office - The bridge is open again. | Facebook"


def test_a_facebook_page_that_is_no_posts_is_read_as_it_shows() -> None:
    page = "https://www.facebook.com/harbour.office"
    post = extract_source(page, (answer(page, _page("en", "Harbour Office", "The bridge is open again.")),))
    assert "The bridge is open again." in post.text


INSTAGRAM_POST = "https://www.instagram.com/p/CEWsh68Kc5C/"


def _login_page(title: str) -> str:
    # A login page whose scripts draw its form: no password field in its markup, only a footer.
    return (
        f"<html><head><title>{title}</title></head><body><div id='root'></div>"
        "<footer>Meta · About · Blog · Jobs · Help · API · Privacy · Terms</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "title"),
    [
        (INSTAGRAM_POST, "Anmelden • Instagram"),
        (INSTAGRAM_POST, "Connexion • Instagram"),
        (INSTAGRAM_POST, "Iniciar sesión • Instagram"),
        (INSTAGRAM_POST, "Вход • Instagram"),
        (INSTAGRAM_POST, "Вхід • Instagram"),
        (INSTAGRAM_POST, "تسجيل الدخول • Instagram"),
        (POST, "Facebook – Anmelden oder Registrieren"),  # noqa: RUF001
        (POST, "Facebook - Connexion ou inscription"),
        (POST, "Facebook - Inicia sesión o regístrate"),
        (POST, "Войдите на Facebook"),
        (POST, "Увійдіть у Facebook"),  # noqa: RUF001
    ],
)
def test_a_login_page_titled_in_the_visitors_language_is_a_login_wall(url: str, title: str) -> None:
    # Meta answers in the language of the visitor's address or browser: asked in English alone, such a page
    # passed `captured`, its footer read as the post's words.
    post = extract_source(url, (answer(url, _login_page(title)),))
    assert post.problem == "login-wall", (post.problem, post.text)
    assert title[:40] in (post.problem_detail or "")


@pytest.mark.parametrize(
    "title", ["Вход в метро закрыт | Facebook", "Anmelden bis Freitag: der Hafen lädt ein | Facebook"]
)
def test_a_post_whose_words_hold_a_login_word_is_no_login_page(title: str) -> None:
    post = extract_source(POST, (answer(POST, _login_page(title)),))
    assert post.problem != "login-wall"


LINKEDIN_POST = "https://www.linkedin.com/posts/janedoe_shipping-activity-7152345678901234567-AbCd"
LINKEDIN_ID = "7152345678901234567"
OWN_WORDS = "The harbour at Kherson reopens on Monday, the port authority says."
OTHERS_WORDS = "Grain exports through Odesa doubled in December, shippers say."


def _quote_status(post: SourcePost, quote: str) -> str:
    footnote = Footnote(
        label="1",
        text=f"Jane Doe, LinkedIn, 15 January 2024, {LINKEDIN_POST}",
        line=40,
        urls=(LINKEDIN_POST,),
        contexts=(Context(line=10, text=f"Jane Doe wrote “{quote}”.", quotes=(quote,)),),
    )
    citation = Citation(platform=Platform.LINKEDIN, author="Jane Doe", url=LINKEDIN_POST)
    return check_quote(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    ).status


def test_a_linkedin_posts_words_are_its_own_cards_not_another_members_post_below_it() -> None:
    # The post's card says it is shown "with comments" and was read as the comments; the words read as Jane
    # Doe's were the sign-in bar's and another member's post under "More Relevant Posts", and a quote of
    # that member's words passed as hers.
    post = extract_source(LINKEDIN_POST, (answer(LINKEDIN_POST, asset("linkedin_post.html")),))
    assert post.problem is None
    assert post.text == f"{OWN_WORDS} #shipping"
    assert post.author == "Jane Doe"
    assert _quote_status(post, OWN_WORDS) == "pass"
    assert _quote_status(post, OTHERS_WORDS) != "pass"
    assert _quote_status(post, "The port was mined and will stay closed all year.") != "pass"


def test_a_linkedin_reshare_card_with_two_posts_words_gives_no_words_as_the_resharers() -> None:
    # Which of the two is the resharer's and which the original poster's is not known from the markup.
    page = (
        asset("linkedin_post.html")
        .decode()
        .replace(
            'dir="ltr" data-test-id="main-feed-activity-card__commentary">The harbour',
            'dir="ltr" data-test-id="main-feed-activity-card__commentary">Worth reading.</p>'
            '<p data-test-id="main-feed-activity-card__commentary">The harbour',
        )
    )
    post = extract_source(LINKEDIN_POST, (answer(LINKEDIN_POST, page),))
    assert not post.text
    assert "shows 2 posts' words (a reshare)" in (post.unread or "")


@pytest.mark.parametrize(
    ("url", "post_id"),
    [
        (LINKEDIN_POST, "7152345678901234567"),
        ("https://www.linkedin.com/feed/update/urn:li:activity:7152345678901234567/", "7152345678901234567"),
        (
            "https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7152345678901234567",
            "7152345678901234567",
        ),
        ("https://www.linkedin.com/in/janedoe", None),
        ("https://www.linkedin.com/company/black-sea-freight/posts/", None),
        ("https://example.com/posts/x-activity-7152345678901234567-AbCd", None),
        ("https://www.linkedin.com/posts/" + "activity-" * 12_000 + "1", None),
    ],
)
def test_a_linkedin_posts_id_is_read_from_its_link_and_no_other(url: str, post_id: str | None) -> None:
    assert linkedin_post_id(url) == post_id


def test_a_linkedin_page_without_the_cited_posts_card_is_read_as_before() -> None:
    # Another post's page (the link's id on no card) keeps what the page reader gives: nothing is made up.
    other = LINKEDIN_POST.replace("7152345678901234567", "7150000000000000000")
    post = extract_source(other, (answer(other, asset("linkedin_post.html")),))
    assert post.text != f"{OWN_WORDS} #shipping"


@pytest.mark.parametrize(
    "query",
    [
        "?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7152345678901234567%2C7152360000000000000%29"
        "&dashCommentUrn=urn%3Ali%3Afsd_comment%3A%287152360000000000000%2Curn%3Ali%3Aactivity%3A"
        "7152345678901234567%29",
        "?replyUrn=urn%3Ali%3Acomment%3A%28activity%3A7152345678901234567%2C7152370000000000000%29",
    ],
)
def test_a_linkedin_comments_link_gives_nothing_of_the_post_as_the_comments(query: str) -> None:
    # The comment's page is the post's: read as the post, the commenter was credited with the post's words,
    # its author's name and its time, and a note quoting the post's words as the commenter's passed `quote`.
    cited = f"https://www.linkedin.com/feed/update/urn:li:activity:{LINKEDIN_ID}{query}"
    post = extract_source(cited, (answer(cited, asset("linkedin_post.html")),))
    assert not post.text and post.author is None and post.published is None and post.title is None
    assert f"names a comment (urn:li:comment:(activity:{LINKEDIN_ID}," in (post.unread or "")
    assert _quote_status(post, OWN_WORDS) == "warn"


def test_a_public_linkedin_post_beside_its_sign_in_dialog_is_the_post_not_a_login_wall() -> None:
    # LinkedIn's page of a public post holds, beside the post, its "Sign in to view more content" dialog (an
    # email and a password field): read as a login form, every live post failed `captured`, "login wall".
    page = asset("linkedin_post.html").decode()
    assert 'type="password"' in page
    post = extract_source(LINKEDIN_POST, (answer(LINKEDIN_POST, page),))
    assert post.problem is None
    assert post.text == f"{OWN_WORDS} #shipping"
    assert "Sign in to view more content" not in post.text


@pytest.mark.parametrize(
    "responses",
    [
        # LinkedIn's sign-in page where a visitor is sent instead of the post.
        (
            redirect(LINKEDIN_POST, "https://www.linkedin.com/authwall?trk=gf&sessionRedirect=x"),
            answer("https://www.linkedin.com/authwall?trk=gf&sessionRedirect=x", asset("linkedin_post.html")),
        ),
        # A page holding the same dialog and no card of the cited post.
        (
            answer(
                LINKEDIN_POST,
                asset("linkedin_post.html").decode().replace(LINKEDIN_ID, "7150000000000000000"),
            ),
        ),
    ],
)
def test_a_linkedin_sign_in_page_or_a_dialog_without_the_post_is_still_a_login_wall(
    responses: tuple[StoredResponse, ...],
) -> None:
    post = extract_source(LINKEDIN_POST, responses)
    assert post.problem == "login-wall"


# A post of 2024-01-15T09:12:44Z: LinkedIn's id holds its time in its first 41 bits.
UNDATED_ID = "7152588403245228467"


def _without_json_ld() -> tuple[str, str]:
    """(link, page) of a LinkedIn post whose page has no JSON-LD: its time shown only as "1y", its author
    only in its card, its title LinkedIn's newer one (the words, then the author)."""
    page = re.sub(
        r'<script type="application/ld\+json">.*?</script>', "", asset("linkedin_post.html").decode()
    )
    page = (
        page.replace(LINKEDIN_ID, UNDATED_ID)
        .replace("<title>Jane Doe on LinkedIn: ", "<title>")
        .replace("#shipping | 12 comments</title>", "#shipping | Jane Doe</title>")
    )
    return LINKEDIN_POST.replace(LINKEDIN_ID, UNDATED_ID), page


@pytest.mark.parametrize("form", ["posts", "feed"])
def test_a_linkedin_post_without_json_ld_is_credited_to_its_card_s_author_and_dated_by_its_id(
    form: str,
) -> None:
    # Read as a web page, it had no author and no date: `author` and `date` warned on a true note, and the
    # footnote was never verified.
    link, page = _without_json_ld()
    if form == "feed":
        link = f"https://www.linkedin.com/feed/update/urn:li:activity:{UNDATED_ID}/"
    post = extract_source(link, (answer(link, page),))
    assert post.problem is None
    assert post.author == "Jane Doe"  # the card's, never the commenter's (John Roe) or the next post's
    assert post.published is not None and post.published.isoformat() == "2024-01-15T09:12:44+00:00"
    assert post.published_from == "LinkedIn post id"
    assert post.post_id == UNDATED_ID
    citation = Citation(platform=Platform.LINKEDIN, author="Jane Doe", url=link, date=dt.date(2024, 1, 15))
    footnote = Footnote(label="1", text=f"Jane Doe, LinkedIn, 15 January 2024, {link}", line=4, urls=(link,))
    given = CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    assert check_author(given).status == "pass"
    assert check_date(given).status == "pass"


def test_a_linkedin_reshare_without_json_ld_is_credited_to_no_one_of_its_two_posts() -> None:
    link, page = _without_json_ld()
    page = page.replace(
        'data-test-id="main-feed-activity-card__commentary">The harbour',
        'data-test-id="main-feed-activity-card__commentary">Worth reading.</p>'
        '<p data-test-id="main-feed-activity-card__commentary">The harbour',
    )
    post = extract_source(link, (answer(link, page),))
    assert post.author is None
    assert post.published is not None  # the reshare's own id: when it was shared


def test_a_linkedin_post_s_json_ld_time_and_author_are_kept_over_its_id_s() -> None:
    post = extract_source(LINKEDIN_POST, (answer(LINKEDIN_POST, asset("linkedin_post.html")),))
    assert post.published_from == "JSON-LD datePublished"
    assert post.author == "Jane Doe"


@pytest.mark.parametrize(
    ("post_id", "time"),
    [
        ("7447375118365941761", "2026-04-07T20:09:53.757000+00:00"),
        ("7152588403245228467", "2024-01-15T09:12:44+00:00"),
        ("9" * 20, None),  # longer than 64 bits: no LinkedIn id
        ("12", None),  # 1970: no time LinkedIn gave
    ],
)
def test_a_linkedin_post_s_id_gives_its_time(post_id: str, time: str | None) -> None:
    at = linkedin_post_time(post_id)
    assert (at.isoformat() if at is not None else None) == time


@pytest.mark.parametrize("status", [999, 200])
def test_a_linkedin_page_whose_script_only_sends_to_the_sign_in_wall_is_a_login_wall(status: int) -> None:
    # LinkedIn answers a visitor it will not show the post with a page whose one script sends them to its
    # `/authwall`: read as a script shell, the footnote failed saying the page needed its scripts.
    page = answer(LINKEDIN_POST, asset("linkedin_authwall_redirect.html"), status=status)
    post = extract_source(LINKEDIN_POST, (page,))
    assert post.problem == "login-wall"
    assert (
        post.problem_detail
        == "the page's script only sends its reader to LinkedIn's sign-in wall (/authwall)"
    )


FACEBOOK_POPUP_POST = "https://www.facebook.com/harbour.office/posts/pfbid02abc"
FACEBOOK_POPUP_PAGE = "facebook_post_login_popup.html"


@pytest.mark.parametrize(
    "url", [FACEBOOK_POPUP_POST, "https://m.facebook.com/story.php?story_fbid=pfbid02abc&id=100064"]
)
def test_a_public_facebook_post_beside_its_login_popup_is_the_post_not_a_login_wall(url: str) -> None:
    # Facebook's page of a public post holds, for a visitor, a login popup ("See more on Facebook": an email
    # and a password field, `#login_popup_cta_form`) beside the post: read as a login form, every public
    # post failed `captured`, "login wall".
    page = asset("facebook_post_login_popup.html").decode()
    assert 'id="login_popup_cta_form"' in page and 'type="password"' in page
    post = extract_source(url, (answer(url, page),))
    assert post.problem is None, post.problem_detail
    assert post.text == "The bridge is open again. Traffic resumes at noon, said the city council."
    assert "The troops crossed the river" not in post.text  # a comment's words stay no post's


PAGE_POST = (
    "https://www.facebook.com/NorvikCement/posts/pfbid02kLmN8vQwR3sT5uX7yZ1aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT"
)
TAGS_AND_POPUP = (
    "<html><head><title>Norvik Cement - Our kiln now runs on alternative fuels. | Facebook</title>"
    '<meta property="og:title" content="Norvik Cement">'
    '<meta property="og:description" content="Our kiln now runs on alternative fuels.">'
    f'<meta property="og:url" content="{PAGE_POST}"><meta property="og:site_name" content="Facebook">'
    '</head><body><div id="mount_0_0_ab"></div><div role="dialog">'
    '<form id="login_popup_cta_form" method="post"><input type="email" name="email">'
    '<input type="password" name="pass"><button>Log in</button></form><span>See more on Facebook</span>'
    "</div></body></html>"
)


def test_a_page_s_post_given_only_in_its_tags_beside_the_login_popup_is_the_page_s_post() -> None:
    # The post's words and address are in its tags, the body no more than the popup: read as a sign-in form
    # with a password field it failed `captured`, "login wall"; read with no account, `author` failed the
    # Page the note names against "Facebook", the site's name.
    post = extract_source(PAGE_POST, (answer(PAGE_POST, TAGS_AND_POPUP),))
    assert post.problem is None, post.problem_detail
    assert post.text == "Our kiln now runs on alternative fuels."
    assert post.handle == "NorvikCement"
    assert post.publisher is None
    footnote = Footnote(label="1", text=f"Norvik Cement, Facebook, 28 March 2024, {PAGE_POST}", line=1)
    citation = Citation(
        platform=Platform.FACEBOOK, author="Norvik Cement", handle="NorvikCement", url=PAGE_POST
    )
    given = CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    assert check_author(given).status == "pass"
    other = citation.model_copy(update={"author": "Fjord Climate Watch", "handle": None})
    given = CheckInput(footnote=footnote, citation=other, outcome=None, live=post, source=post)
    assert check_author(given).status != "pass"


def test_a_page_s_tags_without_its_words_beside_a_login_form_are_still_a_login_wall() -> None:
    page = TAGS_AND_POPUP.replace(
        '<meta property="og:description" content="Our kiln now runs on alternative fuels.">', ""
    )
    post = extract_source(PAGE_POST, (answer(PAGE_POST, page),))
    assert post.problem == "login-wall"


def test_a_facebook_post_s_description_escaped_twice_is_read_as_the_words_it_shows() -> None:
    # Its words are Facebook's description of the post: escaped twice (`&amp;quot;`, as X's and Telegram's
    # pages write a post's words), read once, a quote of the post's very words warned on `&quot;`.
    page = (
        asset(FACEBOOK_POPUP_PAGE)
        .decode()
        .replace(
            'property="og:description" content="The bridge is open again. Traffic resumes at noon, said the '
            'city council."',
            'property="og:description" content="The bridge is open again. &amp;quot;Traffic resumes at '
            'noon,&amp;quot; said the city council."',
        )
    )
    post = extract_source(FACEBOOK_POPUP_POST, (answer(FACEBOOK_POPUP_POST, page),))
    assert post.problem is None, post.problem_detail
    assert post.text == 'The bridge is open again. "Traffic resumes at noon," said the city council.'


def _facebook_wall_with_popup(page: str) -> str:
    """Facebook's page in place of a post a visitor may not see: the same popup, its tags naming no post."""
    return (
        page.replace(
            'content="https://www.facebook.com/harbour.office/posts/pfbid02abc" />',
            'content="https://www.facebook.com/" />',
        )
        .replace(
            'property="og:title" content="Harbour Office - The bridge is open again. Traffic resumes at '
            'noon, said the city council."',
            'property="og:title" content="Log in or sign up to view"',
        )
        .replace(
            'property="og:description" content="The bridge is open again. Traffic resumes at noon, said the '
            'city council."',
            'property="og:description" content="See posts, photos and more on Facebook."',
        )
    )


@pytest.mark.parametrize(
    "responses",
    [
        # The popup on a page whose tags name no post: Facebook's wall in the post's place.
        (answer(FACEBOOK_POPUP_POST, _facebook_wall_with_popup(asset(FACEBOOK_POPUP_PAGE).decode())),),
        # The popup beside Facebook's own login form (`#login_form`): a login page, whatever its tags.
        (
            answer(
                FACEBOOK_POPUP_POST,
                asset("facebook_post_login_popup.html")
                .decode()
                .replace(
                    '<div role="main">',
                    '<div role="main"><form id="login_form" action="/login/device-based/regular/login/" '
                    'method="post"><input type="text" name="email"><input type="password" name="pass">'
                    "</form>",
                ),
            ),
        ),
        # Sent to the login page, whatever the page there holds.
        (
            redirect(FACEBOOK_POPUP_POST, "https://www.facebook.com/login/?next=%2Fharbour.office"),
            answer(
                "https://www.facebook.com/login/?next=%2Fharbour.office",
                asset("facebook_post_login_popup.html"),
            ),
        ),
        # Facebook's login page at the post's address.
        (answer(FACEBOOK_POPUP_POST, asset("facebook_login_wall.html")),),
        # The popup on a page titled as a login page, whatever its tags.
        *(
            (
                answer(
                    FACEBOOK_POPUP_POST,
                    re.sub(
                        "<title>[^<]*</title>",
                        f"<title>{title}</title>",
                        asset(FACEBOOK_POPUP_PAGE).decode(),
                    ),
                ),
            )
            for title in ("Log into Facebook", "Facebook – log in or sign up", "Войдите на Facebook")  # noqa: RUF001
        ),
    ],
)
def test_a_facebook_login_page_or_a_popup_without_a_post_is_still_a_login_wall(
    responses: tuple[StoredResponse, ...],
) -> None:
    post = extract_source(FACEBOOK_POPUP_POST, responses)
    assert post.problem == "login-wall"


def _prompt_page(heading: str, og_title: str = "") -> str:
    """Meta's page in a post's place, its login form drawn by its scripts: a heading asking to log in."""
    tag = f'<meta property="og:title" content="{og_title}">' if og_title else ""
    return (
        f"<html><head><title>Instagram</title>{tag}<script src='/static/bundle.js'></script></head><body>"
        f"<div id='react-root'><main><div><h2>{heading}</h2><a href='/accounts/login/'>Log in</a> "
        "<a href='/accounts/emailsignup/'>Sign up</a></div></main></div>"
        "<footer>Meta · About · Blog · Jobs · Help · API · Privacy · Terms</footer></body></html>"
    )


THREADS_POST = "https://www.threads.com/@zuck/post/C9wK8SrvY5T"


@pytest.mark.parametrize(
    ("url", "html"),
    [
        (INSTAGRAM_POST, _prompt_page("Log in to see photos and videos from friends.")),
        (INSTAGRAM_POST, _prompt_page("Sign up to see photos and videos from your friends.")),
        (INSTAGRAM_POST, _prompt_page("Melde dich an, um Fotos und Videos deiner Freunde zu sehen.")),
        (THREADS_POST, _prompt_page("Log in with your Instagram account")),
        (POST, _prompt_page("You must log in to continue.")),
        (POST, _prompt_page("", og_title="Log in or sign up to view")),
    ],
)
def test_meta_s_page_asking_to_log_in_in_a_post_s_place_is_a_login_wall(url: str, html: str) -> None:
    # Its form drawn by its scripts, no password field in the markup: Instagram's passed `captured` as the
    # post, its prompt and footer the post's words; Facebook's and Threads' were called script shells.
    post = extract_source(url, (answer(url, html),))
    assert post.problem == "login-wall", (post.problem, post.problem_detail)
    assert "asks to log in" in (post.problem_detail or "")
    assert not post.text


@pytest.mark.parametrize(
    "heading",
    ["Sign up for the harbour run on Saturday", "Log in times at the harbour office change today"],
)
def test_a_facebook_post_whose_heading_opens_with_login_words_is_the_post(heading: str) -> None:
    page = (
        asset(FACEBOOK_POPUP_PAGE)
        .decode()
        .replace('<span><a href="https://www.facebook.com/harbour.office">Harbour Office</a></span>', heading)
    )
    post = extract_source(FACEBOOK_POPUP_POST, (answer(FACEBOOK_POPUP_POST, page),))
    assert post.problem is None, post.problem_detail


def test_a_heading_longer_than_any_login_prompt_is_none() -> None:
    # Judged on at most 1,000 characters of a heading; a prompt is a line: a hostile heading costs nothing.
    post = extract_source(INSTAGRAM_POST, (answer(INSTAGRAM_POST, _prompt_page("log in to " * 50_000)),))
    assert "asks to log in" not in (post.problem_detail or "")


def _facebook_page_of(account: str, og_type: str = "profile") -> str:
    """A Facebook Page's own page, as a visitor is served it: its blurb in its tags, its posts drawn by its
    scripts."""
    return (
        "<html lang='en'><head><title>Harbour Office | Kherson | Facebook</title>"
        f"<meta property='og:type' content='{og_type}'><meta property='og:title' content='Harbour Office'>"
        "<meta property='og:description' content='Harbour Office, Kherson. 12,345 likes. City harbour "
        f"authority.'><meta property='og:url' content='{account}'></head><body><div role='main'>"
        "<h1>Harbour Office</h1><p>City harbour authority.</p></div></body></html>"
    )


@pytest.mark.parametrize(
    "responses",
    [
        (answer(POST, _facebook_page_of("https://www.facebook.com/harbour.office")),),
        (
            answer(
                POST, _facebook_page_of("https://www.facebook.com/profile.php?id=100064", og_type="website")
            ),
        ),
        (
            redirect(POST, "https://www.facebook.com/harbour.office/"),
            answer("https://www.facebook.com/harbour.office/", _facebook_page_of("", og_type="website")),
        ),
    ],
)
def test_a_facebook_post_s_link_answered_with_its_page_s_profile_is_no_post(
    responses: tuple[StoredResponse, ...],
) -> None:
    # Read as the post, the Page's blurb was the post's words and `captured` passed on no post.
    post = extract_source(POST, responses)
    assert post.problem == "unavailable"
    assert "answers with an account's or a Page's page" in (post.problem_detail or "")
    assert not post.text


_WAYBACK = "https://web.archive.org/web/20240101000000/"


def test_a_wayback_copy_where_a_facebook_post_s_link_led_to_its_page_s_profile_is_no_post() -> None:
    # The archive followed the post's link to the Page's own page: its address, the archive's copy of
    # `/harbour.office/`, was read as no account's, and the Page's blurb passed `captured` as the post's
    # words.
    memento, page = _WAYBACK + POST, _WAYBACK + "https://www.facebook.com/harbour.office/"
    responses = (redirect(memento, page), answer(page, _facebook_page_of("", og_type="website")))
    post = extract_source(POST, responses, start=memento)
    assert post.problem == "unavailable"
    assert "answers with an account's or a Page's page (https://www.facebook.com/harbour.office/)" in (
        post.problem_detail or ""
    )
    assert not post.text
    # A copy of the post itself is still the post.
    kept = extract_source(POST, (answer(memento, asset(FACEBOOK_POPUP_PAGE)),), start=memento)
    assert kept.problem is None, kept.problem_detail


def test_a_replayed_copy_whose_og_url_the_archive_rewrote_is_read_by_the_page_it_names() -> None:
    # A replay (the Wayback Machine's, pywb's) writes a tag's `https://` link as its own copy of the page:
    # read as written, a copy of a public post beside its login popup named no post and was a login wall,
    # and a copy of the Page in the post's place was no account's page.
    memento = _WAYBACK + POST
    popup = (
        asset(FACEBOOK_POPUP_PAGE)
        .decode()
        .replace(f'property="og:url" content="{POST}"', f'property="og:url" content="{memento}"')
    )
    assert memento in popup
    post = extract_source(POST, (answer(memento, popup),), start=memento)
    assert post.problem is None, post.problem_detail
    assert post.text == "The bridge is open again. Traffic resumes at noon, said the city council."
    account = _facebook_page_of(_WAYBACK + "https://www.facebook.com/harbour.office", og_type="website")
    gone = extract_source(POST, (answer(memento, account),), start=memento)
    assert gone.problem == "unavailable" and not gone.text


def test_a_facebook_page_s_own_link_is_still_read_as_its_page() -> None:
    page = "https://www.facebook.com/harbour.office"
    post = extract_source(page, (answer(page, _facebook_page_of(page)),))
    assert post.problem is None
    assert post.text == "Harbour Office City harbour authority."


def test_a_linkedin_posts_language_is_never_its_pages_interface_language() -> None:
    # LinkedIn answers in the fetcher's language (`<html lang="de">`): the post, in English, was said to be
    # in German.
    page = asset("linkedin_post.html").decode().replace('<html lang="en">', '<html lang="de">')
    post = extract_source(LINKEDIN_POST, (answer(LINKEDIN_POST, page),))
    assert post.problem is None and post.text == f"{OWN_WORDS} #shipping"
    assert post.language is None


# A Facebook post's page as its visitor gets it: the post, a post it shares and a comment under it, each with
# its time in the shapes Facebook writes (its permalink's `<abbr data-utime>`, `data-ft`'s `publish_time`, the
# newer page's `creation_time`). The post: 2022-01-21 12:00 UTC; the shared post: 2021-12-30; the comment:
# 2022-01-25. The shared post's and the comment's come first in the markup.
FB_NUMERIC = "https://www.facebook.com/harbour.office/posts/10158000111"
_SHARED_AT, _POST_AT, _COMMENT_AT = 1640865600, 1642766400, 1643112000


def _facebook_post_page(post_time: str, shared_time: str = "", comment_time: str = "", head: str = "") -> str:
    return (
        "<html><head><title>Harbour Office - The bridge is open again. | Facebook</title>"
        f"<meta property='og:url' content='{FB_NUMERIC}'>{head}</head><body><div role='main'>"
        f"<div class='shared'>{shared_time}<p>Old news from the river desk.</p></div>"
        f"<div class='comments'>{comment_time}<p>I saw them at dawn.</p></div>"
        f"<div class='post'><h3>Harbour Office</h3>{post_time}<p>The bridge is open again.</p></div>"
        "</div></body></html>"
    )


def _abbr(href: str, seconds: int) -> str:
    return f"<a href='{href}'><abbr data-utime='{seconds}' title='Friday'><span>3h</span></abbr></a>"


def _data_ft(story: str, seconds: int) -> str:
    escaped = (
        f'{{"top_level_post_id":"{story}","page_insights":{{"100064":{{"page_id":"100064","post_context":'
        f'{{"object_fbtype":266,"publish_time":{seconds},"story_name":"EntStatusCreationStory",'
        f'"story_fbid":["{story}"]}},"role":1}}}}}}'
    ).replace('"', "&quot;")
    return f'<div data-ft="{escaped}"></div>'


def _comet(url: str, seconds: int) -> str:
    escaped_url = url.replace("/", "\\/")
    return (
        '<script type="application/json">{"metadata":[{"__typename":'
        '"CometFeedStoryMinimizedTimestampStrategy",'
        f'"story":{{"creation_time":{seconds},"url":"{escaped_url}","id":"UzpfSTEwMDA2NDoxMDE1OA=="}}}}]}}'
        "</script>"
    )


_OTHER_POST = "https://www.facebook.com/river.desk/posts/10157999000"
_COMMENT_LINK = f"{FB_NUMERIC}?comment_id=4455"


@pytest.mark.parametrize(
    ("page", "day_only", "where"),
    [
        (
            _facebook_post_page(
                _abbr("/harbour.office/posts/10158000111", _POST_AT),
                _abbr("/river.desk/posts/10157999000", _SHARED_AT),
                _abbr("/harbour.office/posts/10158000111?comment_id=4455", _COMMENT_AT),
            ),
            False,
            "data-utime",
        ),
        (
            _facebook_post_page(
                _data_ft("10158000111", _POST_AT),
                _data_ft("10157999000", _SHARED_AT),
                "<abbr>January 25 at 9:30 AM</abbr>",
            ),
            False,
            "its data's publish_time or creation_time",
        ),
        (
            _facebook_post_page(
                _comet(FB_NUMERIC, _POST_AT),
                _comet(_OTHER_POST, _SHARED_AT),
                _comet(_COMMENT_LINK, _COMMENT_AT),
            ),
            False,
            "its data's publish_time or creation_time",
        ),
        (
            _facebook_post_page(
                "<a href='/harbour.office/posts/10158000111'>"
                "<abbr title='Friday, January 21, 2022 at 1:00 PM'>Jan 21</abbr></a>",
                "<a href='/river.desk/posts/10157999000'>"
                "<abbr title='Thursday, December 30, 2021'>Dec 30</abbr></a>",
            ),
            True,
            "<abbr title> (its day)",
        ),
        (
            _facebook_post_page(
                "",
                _abbr("/river.desk/posts/10157999000", _SHARED_AT),
                head="<meta property='article:published_time' content='2022-01-21T12:00:00+00:00'>",
            ),
            False,
            "article:published_time",
        ),
    ],
    ids=["data-utime", "data-ft", "creation_time", "abbr-title", "article-meta"],
)
def test_a_facebook_post_is_dated_by_its_own_time_never_its_comment_s_or_its_shared_post_s(
    page: str, day_only: bool, where: str
) -> None:
    # Every time a Facebook post's page showed was dropped (its comments' among them): a true date warned.
    # Read as a web page, the first time in the markup, a shared post's or a comment's, was the post's.
    post = extract_source(FB_NUMERIC, (answer(FB_NUMERIC, page),))
    assert post.problem is None
    assert post.published is not None
    assert post.published.date() == dt.date(2022, 1, 21)
    assert post.published_day_only is day_only
    if not day_only:
        assert post.published.isoformat() == "2022-01-21T12:00:00+00:00"
    assert post.published_from == f"Facebook post's own time ({where})"
    citation = Citation(platform=Platform.FACEBOOK, url=FB_NUMERIC, date=dt.date(2022, 1, 21))
    footnote = Footnote(label="1", text=f"Harbour Office, Facebook, 21 January 2022, {FB_NUMERIC}", line=4)
    given = CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    assert check_date(given).status == "pass"


def test_a_facebook_post_s_page_showing_only_others_times_a_comment_s_link_and_a_wall_are_undated() -> None:
    own = _abbr("/harbour.office/posts/10158000111", _POST_AT)
    shared = _abbr("/river.desk/posts/10157999000", _SHARED_AT) + _data_ft("10157999000", _SHARED_AT)
    comment = _abbr(f"{_COMMENT_LINK[len('https://www.facebook.com') :]}", _COMMENT_AT)
    comment += _comet(_COMMENT_LINK, _COMMENT_AT)
    dated = extract_source(FB_NUMERIC, (answer(FB_NUMERIC, _facebook_post_page(own, shared, comment)),))
    assert dated.published is not None and dated.published.isoformat() == "2022-01-21T12:00:00+00:00"
    # Without the post's own time, its shared post's and its comment's are not read in its place.
    undated = _facebook_post_page("<abbr>January 21 at 9:00 AM</abbr>", shared, comment)
    assert extract_source(FB_NUMERIC, (answer(FB_NUMERIC, undated),)).published is None
    # Tags naming another post than the link's give that post's time.
    tagged = _facebook_post_page(own).replace(
        f"content='{FB_NUMERIC}'>",
        f"content='{_OTHER_POST}'><meta property='article:published_time' content='2021-12-30T12:00:00Z'>",
    )
    assert extract_source(FB_NUMERIC, (answer(FB_NUMERIC, tagged),)).published is None
    # A comment's link is the comment's, not dated by the post above it.
    page = _facebook_post_page(own)
    assert extract_source(_COMMENT_LINK, (answer(_COMMENT_LINK, page),)).published is None
    # A login wall holding the post's time stays a wall.
    wall = _prompt_page("You must log in to continue.").replace("</main>", own + "</main>")
    walled = extract_source(FB_NUMERIC, (answer(FB_NUMERIC, wall),))
    assert (walled.problem, walled.published) == ("login-wall", None)


def test_a_facebook_post_its_page_gives_two_times_is_not_dated_by_either() -> None:
    page = _facebook_post_page(_data_ft("10158000111", _POST_AT) + _comet(FB_NUMERIC, _SHARED_AT))
    post = extract_source(FB_NUMERIC, (answer(FB_NUMERIC, page),))
    assert post.published is None
    assert post.fields["post time not read"].startswith("the page's data gives the post 2 times")


def test_a_facebook_post_s_time_is_read_fast_from_a_hostile_page() -> None:
    hostile = _facebook_post_page(
        _abbr("/harbour.office/posts/10158000111", _POST_AT)
        + '"publish_time":1642766400,' * 20_000
        + "{" * 100_000
        + '"creation_time":1642766400'
        + "}" * 100_000
    )
    started = time.process_time()
    post = extract_source(FB_NUMERIC, (answer(FB_NUMERIC, hostile),))
    assert time.process_time() - started < 5
    assert post.published is not None and post.published_from == "Facebook post's own time (data-utime)"


def test_a_short_post_id_is_never_taken_as_naming_the_post_in_the_page_s_data() -> None:
    # `/posts/12345`: any number of the data (a count, another object's id) could read as it.
    short = "https://www.facebook.com/harbour.office/posts/12345"
    page = _facebook_post_page(
        f'<div data-x="{{&quot;like_count&quot;:12345,&quot;publish_time&quot;:{_SHARED_AT}}}">'
    )
    page = page.replace(FB_NUMERIC, short)
    assert extract_source(short, (answer(short, page),)).published is None
