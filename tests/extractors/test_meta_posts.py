"""Instagram's and Threads' post pages: the post their tags show (its account, words, id and the id's time),
and the pages that are not the post (a profile, another post, "Sorry, this page isn't available", a login
form)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.date import check_date
from provenance.citations import parse_citation
from provenance.extractors import extract_source
from provenance.extractors.pages import MAX_TEXT
from provenance.models import Footnote, Platform, SourcePost
from tests.extractors.support import answer, asset, redirect

CODE = "CEWsh68Kc5C"  # a post of 2020-08-26 13:43:27 UTC, as its media id says
MEDIA_ID = "2384288897814875714"
POST_URL = f"https://www.instagram.com/p/{CODE}/"
THREADS_CODE = "C9wK8SrvY5T"  # Zuckerberg's post of Llama 3.1, 2024-07-23 04:59:40 UTC
THREADS_URL = f"https://www.threads.net/@zuck/post/{THREADS_CODE}"
CAPTION = (
    "Photo by @amivitale | Najin and Fatu, the last two northern white rhinos on the planet, at Ol Pejeta "
    "Conservancy."
)


def _read(url: str, name: str, status: int = 200) -> SourcePost:
    return extract_source(url, (answer(url, asset(name), status=status),))


def test_an_instagram_post_s_tags_are_its_account_its_caption_its_id_and_its_time() -> None:
    post = _read(POST_URL, "instagram_post.html")
    assert post.problem is None, post.problem_detail
    assert post.platform is Platform.INSTAGRAM
    # The display name from og:title, the username from og:description (the page's, never the link's).
    assert (post.author, post.handle, post.post_id) == ("National Geographic", "natgeo", MEDIA_ID)
    assert post.text == CAPTION
    assert post.published == dt.datetime(2020, 8, 26, 13, 43, 27, 313000, tzinfo=dt.UTC)
    assert post.published_from is not None and "media id" in post.published_from
    assert post.fields["day shown"] == "August 26, 2020"
    assert "other publication time" not in post.fields


def test_a_post_shown_beside_a_login_form_is_the_post() -> None:
    # Instagram shows a logged-out visitor the post's tags with a login form in the page: the tags are the
    # post's (read as a web page behind a login wall, its account and time were never known).
    post = _read(f"https://www.instagram.com/natgeo/p/{CODE}/?igsh=MWQ1ZGUxMzBkMA==", "instagram_post.html")
    assert post.problem is None and post.handle == "natgeo"


def test_a_threads_post_s_tags_are_its_account_its_words_its_id_and_its_time() -> None:
    post = _read(THREADS_URL, "threads_post.html")
    assert post.problem is None, post.problem_detail
    assert post.platform is Platform.THREADS
    assert (post.author, post.handle, post.post_id) == ("Mark Zuckerberg", "zuck", "3418280240869117523")
    assert post.text.startswith("Open source AI is the path forward. Today we're releasing Llama 3.1 405B")
    assert post.published == dt.datetime(2024, 7, 23, 4, 59, 40, 720000, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "shown",
    ["auf Threads", "sur Threads", "en Threads", "в Threads", "у Threads", "على Threads"],  # noqa: RUF001
)
def test_a_threads_post_titled_in_the_visitors_language_is_the_post(shown: str) -> None:
    # Meta answers a visitor in the language of their address or browser: read as English alone, a true
    # post's page titled `… (@zuck) auf Threads` was a script shell, failing `captured`.
    page = asset("threads_post.html").decode().replace("(&#064;zuck) on Threads", f"(&#064;zuck) {shown}")
    post = extract_source(THREADS_URL, (answer(THREADS_URL, page),))
    assert post.problem is None, post.problem_detail
    assert (post.author, post.handle, post.post_id) == ("Mark Zuckerberg", "zuck", "3418280240869117523")
    assert post.text.startswith("Open source AI is the path forward.")


def test_a_threads_title_of_a_hostile_length_is_judged_at_once() -> None:
    page = (
        asset("threads_post.html")
        .decode()
        .replace("Mark Zuckerberg (&#064;zuck) on Threads", "(@a) " * 20_000)
    )
    post = extract_source(THREADS_URL, (answer(THREADS_URL, page),))
    assert post.author is None


def test_a_description_of_megabytes_is_read_as_the_post_s_words_only_up_to_any_post_s_length() -> None:
    # A tag of 3.6 MB was the post's text whole, where every reader keeps a post's words to MAX_TEXT: a
    # capture's size, not a post's, bounded what the checks searched and the record kept.
    sentence = b"Open source AI is the path forward. "
    html = asset("threads_post.html").replace(sentence, sentence * 100_000)
    post = extract_source(THREADS_URL, (answer(THREADS_URL, html),))
    assert (post.problem, post.author, post.handle) == (None, "Mark Zuckerberg", "zuck")
    assert len(post.text) == MAX_TEXT
    assert post.text.startswith("Open source AI is the path forward. Open source AI")


def test_threads_net_sends_its_reader_on_to_threads_com_whose_page_is_read() -> None:
    moved = f"https://www.threads.com/@zuck/post/{THREADS_CODE}"
    post = extract_source(
        THREADS_URL, (redirect(THREADS_URL, moved, 301), answer(moved, asset("threads_post.html")))
    )
    assert (post.problem, post.handle, post.url) == (None, "zuck", moved)


@pytest.mark.parametrize(
    ("url", "name"),
    [
        (POST_URL, "instagram_profile.html"),
        (THREADS_URL, "threads_profile.html"),
    ],
)
def test_a_post_s_link_answered_with_its_account_s_profile_is_no_post(url: str, name: str) -> None:
    # Read as a web page, the bio was the post's words and the account's name its author's.
    post = _read(url, name)
    assert post.problem == "unavailable"
    assert "profile" in (post.problem_detail or "")
    assert post.text == "" and post.author is None


@pytest.mark.parametrize(
    "title",
    [
        "National Geographic (@natgeo) &#x2022; Fotos y videos de Instagram",
        "National Geographic (@natgeo) &#x2022; Photos et vidéos Instagram",
        "National Geographic (@natgeo) &#x2022; Zdjęcia i filmy na Instagramie",
        "National Geographic (@natgeo) &#x2022; صور وفيديوهات Instagram",
    ],
)
def test_a_post_s_link_answered_with_a_profile_titled_in_another_language_is_no_post(title: str) -> None:
    # A profile page whose tags name no account's link (no `og:type` profile, no `og:url`: an archive's or
    # a crawler's copy) is known by its title alone: read in English only, its bio was the post's words,
    # and `captured` and a quote of the bio passed.
    page = asset("instagram_profile.html").decode()
    for tag in ('<meta property="og:type" content="profile" />', '<meta property="og:url" content='):
        page = page.replace(tag, "<meta data-removed=" if tag.endswith("content=") else "")
    page = page.replace("National Geographic (@natgeo) &#x2022; Instagram photos and videos", title)
    # Its bio, as the page shows it to a crawler.
    bio = "<main><h2>natgeo</h2><p>Step into wonder and find out what it means to be human.</p></main>"
    page = page.replace('<div id="react-root"></div>', bio)
    post = extract_source(POST_URL, (answer(POST_URL, page),))
    assert post.problem == "unavailable"
    assert "profile" in (post.problem_detail or "")
    assert post.text == ""


def test_sorry_this_page_isn_t_available_is_no_post() -> None:
    post = _read(POST_URL, "instagram_page_not_found.html")
    assert post.problem == "unavailable"
    assert "isn't available" in (post.problem_detail or "") or "not found" in (post.problem_detail or "")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", "Désolé, cette page n’est pas disponible."),  # noqa: RUF001
        ("it", "Spiacenti, questa pagina non è disponibile."),
        ("pt", "Esta página não está disponível."),
        ("uk", "На жаль, ця сторінка недоступна."),  # noqa: RUF001
        ("tr", "Üzgünüz, bu sayfaya ulaşılamıyor."),  # noqa: RUF001
        ("pl", "Przepraszamy, ta strona jest niedostępna."),
        ("nl", "Sorry, deze pagina is niet beschikbaar."),
        ("ar", "عذرًا، هذه الصفحة غير متوفرة."),
        ("de", "Diese Seite ist leider nicht verfügbar."),
        ("es", "Esta página no está disponible."),
    ],
)
def test_sorry_this_page_isn_t_available_in_another_language_is_no_post(language: str, words: str) -> None:
    # Meta answers in the visitor's language: read in English only, the page was read as a web page.
    page = (
        asset("instagram_page_not_found.html")
        .decode()
        .replace('lang="en"', f'lang="{language}"')
        .replace("Page not found &#x2022; Instagram", "Instagram")
        .replace("Sorry, this page isn&#39;t available.", words)
    )
    post = extract_source(POST_URL, (answer(POST_URL, page),))
    assert post.problem == "unavailable"
    assert words.replace("\u060c ", ", ").rstrip(".").split(", ")[-1] in (post.problem_detail or "")


PRIVATE_POST = "https://www.instagram.com/p/CxPRIVATE12/"


def _private_page(notice: str) -> str:
    return asset("instagram_private_account.html").decode().replace("This account is private", notice)


@pytest.mark.parametrize(
    "notice",
    [
        "This account is private",
        "This Account is Private",
        "Dieses Konto ist privat",
        "Ce compte est privé",
        "Esta cuenta es privada",
        "Это закрытый аккаунт",
        "Bu hesap gizli",
    ],
)
def test_a_private_account_s_page_answering_its_post_s_link_says_the_account_is_private(notice: str) -> None:
    # Called "deleted, or made private?" as any profile, or, without the profile's tags, read as a web page
    # whose notice and footer passed `captured` as the post.
    post = extract_source(PRIVATE_POST, (answer(PRIVATE_POST, _private_page(notice)),))
    assert post.problem == "unavailable"
    assert "the post's account is private" in (post.problem_detail or "")
    assert notice in (post.problem_detail or "")
    assert post.text == "" and post.author is None
    untagged = re.sub(r"<meta property=[^>]*>", "", _private_page(notice))
    untagged = untagged.replace("&#x2022; Instagram photos and videos", "").replace("(@olena.koval)", "")
    post = extract_source(PRIVATE_POST, (answer(PRIVATE_POST, untagged),))
    assert post.problem == "unavailable" and "private" in (post.problem_detail or ""), post.problem_detail


def test_a_threads_post_of_a_private_profile_is_no_post() -> None:
    html = (
        "<html lang='en'><head><title>Threads</title></head><body><div id='barcelona-page-layout'>"
        "<h1>This profile is private</h1><p>Follow this profile to see their threads and replies.</p>"
        "</div></body></html>"
    )
    post = extract_source(THREADS_URL, (answer(THREADS_URL, html),))
    assert post.problem == "unavailable" and "private" in (post.problem_detail or "")


def test_a_post_whose_caption_says_an_account_is_private_is_still_the_post() -> None:
    html = asset("instagram_post.html").decode().replace("Najin and Fatu", "This account is private: Najin")
    post = _read_html(POST_URL, html)
    assert post.problem is None and post.handle == "natgeo"


def _read_html(url: str, html: str) -> SourcePost:
    return extract_source(url, (answer(url, html),))


def test_instagram_s_content_unavailable_page_is_no_post() -> None:
    html = (
        "<html lang='en'><head><title>Content unavailable &#x2022; Instagram</title></head><body>"
        "<div id='react-root'><h2>This content isn't available right now</h2><p>When this happens, it's "
        "usually because the owner only shared it with a small group of people, changed who can see it or "
        "it's been deleted.</p></div></body></html>"
    )
    post = _read_html(POST_URL, html)
    assert post.problem == "unavailable"
    assert not post.text


@pytest.mark.parametrize(
    ("url", "notice", "said"),
    [
        (
            POST_URL,
            "<h2>Something went wrong</h2><p>There's an issue and the page could not be loaded.</p>"
            "<a href=''>Reload page</a>",
            "Something went wrong There's an issue and the page could not be loaded",
        ),
        (
            THREADS_URL,
            "<span>Something went wrong</span>"
            "<span>There's an issue and the page could not be loaded.</span>",
            "Something went wrong There's an issue and the page could not be loaded",
        ),
        (
            POST_URL,
            "<h2>Try Again Later</h2><p>We limit how often you can do certain things on Instagram to protect "
            "our community. Tell us if you think we made a mistake.</p>",
            "We limit how often you can do certain things",
        ),
        (
            POST_URL,
            "<p>Please wait a few minutes before you try again.</p>",
            "Please wait a few minutes before you try again",
        ),
    ],
)
def test_meta_s_error_page_in_a_post_s_place_is_a_refusal_never_the_post(
    url: str, notice: str, said: str
) -> None:
    # Instagram's and Threads' error page, which they answer a client they refuse for a while, was read as a
    # web page: `captured` passed with its notice as the post's words.
    html = f"<html lang='en'><head><title>Instagram</title></head><body><div>{notice}</div></body></html>"
    post = _read_html(url, html)
    assert post.problem == "challenge"
    assert (post.problem_detail or "").startswith(f"the page says {said!r} in the post's place: Meta's error")


def test_a_post_whose_caption_says_something_went_wrong_is_still_the_post() -> None:
    html = (
        asset("instagram_post.html")
        .decode()
        .replace(
            "Najin and Fatu", "Something went wrong. There's an issue and the page could not be loaded. Najin"
        )
    )
    post = _read_html(POST_URL, html)
    assert post.problem is None and post.handle == "natgeo"


def _home_page(site: str, blurb: str) -> str:
    """Meta's home page as a visitor gets it in a post's place: its blurb in its tags and in its markup."""
    return (
        f"<html lang='en'><head><title>{site}</title><meta property='og:title' content='{site}'>"
        f"<meta property='og:description' content='{blurb}'>"
        f"<meta property='og:url' content='https://www.{site.lower()}.com/'></head><body><main>"
        f"<h1>{site}</h1><p>{blurb}</p></main><footer>Meta · About · Privacy · Terms</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "html", "problem", "said"),
    [
        (
            POST_URL,
            _home_page("Instagram", "Create an account or log in to Instagram - Share what you are into."),
            "login-wall",
            "the page is Instagram's home page, which asks a visitor to log in or sign up, not the post",
        ),
        (
            THREADS_URL,
            _home_page("Threads", "Join Threads to share ideas, ask questions, post random thoughts."),
            "soft-404",
            "the page is Threads' home page, not the post",
        ),
    ],
)
def test_meta_s_home_page_in_a_post_s_place_is_no_post(url: str, html: str, problem: str, said: str) -> None:
    # Read as a web page, the home page's blurb passed `captured` as the post's words.
    post = extract_source(url, (answer(url, html),))
    assert (post.problem, post.problem_detail) == (problem, said)
    assert not post.text


def test_a_page_of_another_post_is_not_the_cited_one() -> None:
    html = asset("instagram_post.html").decode().replace(CODE, "CEUIzQYpqgl")
    html = html.replace(f"media?id={MEDIA_ID}", "media?id=2383568809444681765")
    post = extract_source(POST_URL, (answer(POST_URL, html),))
    assert post.problem == "soft-404"
    assert "another post" in (post.problem_detail or "")


def test_a_post_s_tags_that_name_no_post_are_not_read_as_one() -> None:
    # A post's title shape without og:url or an app link naming the cited post: nothing says whose page it
    # is (a profile's tags have the same words), so it is not read as the post.
    html = (
        '<html><head><meta property="og:title" content="Mark Zuckerberg (@zuck) on Threads">'
        '<meta property="og:description" content="5.2M followers. Building the future."></head></html>'
    )
    post = extract_source(THREADS_URL, (answer(THREADS_URL, html),))
    assert post.handle is None and post.post_id is None


def test_a_login_page_is_a_login_wall() -> None:
    login = "https://www.instagram.com/accounts/login/?next=%2Fp%2FCEWsh68Kc5C%2F"
    body = asset("instagram_post.html")  # whatever tags it holds, a login page is no post's page
    post = extract_source(POST_URL, (redirect(POST_URL, login), answer(login, body)))
    assert post.problem == "login-wall"


def test_a_private_post_s_share_code_gives_no_id_and_the_day_shown_is_its_day() -> None:
    private = "CpRIVATEshareKEYabcdefghijklmnopqrstuvwxyz0"
    url = f"https://www.instagram.com/p/{private}/"
    html = asset("instagram_post.html").decode().replace(f"/natgeo/p/{CODE}/", f"/p/{private}/")
    html = html.replace(f"instagram://media?id={MEDIA_ID}", "instagram://media?id=")
    post = extract_source(url, (answer(url, html),))
    assert post.problem is None and post.post_id is None
    assert post.published == dt.datetime(2020, 8, 26, tzinfo=dt.UTC) and post.published_day_only


def test_a_day_shown_far_from_the_id_s_time_makes_two_publication_times() -> None:
    html = asset("instagram_post.html").decode().replace("August 26, 2020", "March 3, 2021")
    post = extract_source(POST_URL, (answer(POST_URL, html),))
    assert post.fields["other publication time"] == "March 3, 2021 (og:description)"


@pytest.mark.parametrize(
    ("note", "status"),
    [
        (f"National Geographic (@natgeo), Instagram, August 26, 2020, {POST_URL}", "pass"),
        (f"@natgeo, Instagram, August 26, 2020, https://www.instagram.com/natgeo/p/{CODE}/", "pass"),
        # The note's `@account` on the cited post (its media id) shown under another: renamed, or the note's
        # account is wrong: a person looks, as on X.
        (f"@natgeo_kids, Instagram, August 26, 2020, {POST_URL}", "warn"),
        # The link's account, the note naming no other, is its claim, as on X: another account's post fails.
        (f"Instagram, August 26, 2020, https://www.instagram.com/natgeo_kids/p/{CODE}/", "fail"),
        (f"Instagram, August 26, 2020, https://www.instagram.com/natgeo/p/{CODE}/", "pass"),
        # Another account named by `@`, whose name the post does not show.
        (f"Rhino Watch (@rhinowatch), Instagram, August 26, 2020, {POST_URL}", "fail"),
    ],
)
def test_a_note_s_account_is_held_to_the_post_s(note: str, status: str) -> None:
    post = _read(POST_URL, "instagram_post.html")
    footnote = Footnote(label="1", text=note, line=1)
    citation = parse_citation(footnote).citation
    result = check_author(CheckInput(footnote=footnote, citation=citation, source=post, outcome=None))
    assert result.status == status, result.detail


@pytest.mark.parametrize(
    ("note", "status"),
    [
        (f"Mark Zuckerberg (@zuck), Threads, July 23, 2024, {THREADS_URL}", "pass"),
        (f"Mark Zuckerberg (@zuck), Threads, July 21, 2024, {THREADS_URL}", "fail"),
    ],
)
def test_a_threads_post_is_dated_by_its_id(note: str, status: str) -> None:
    post = _read(THREADS_URL, "threads_post.html")
    footnote = Footnote(label="1", text=note, line=1)
    citation = parse_citation(footnote).citation
    given = CheckInput(footnote=footnote, citation=citation, source=post, outcome=None)
    assert check_date(given).status == status
    assert check_author(given).status == "pass"


@pytest.mark.parametrize(
    ("note", "passes"),
    [
        # A username with a dot: read up to it, the fan account's was @natgeo's, and passed on its post.
        (f"@natgeo.fan, Instagram, August 26, 2020, {POST_URL}", False),
        (f"Rhino fans (@natgeo.fan), Instagram, August 26, 2020, {POST_URL}", False),
        (f"A post by @natgeo. Instagram, August 26, 2020, {POST_URL}", True),  # the dot ends the sentence
    ],
)
def test_an_instagram_username_is_read_whole_with_its_dots(note: str, passes: bool) -> None:
    post = _read(POST_URL, "instagram_post.html")
    footnote = Footnote(label="1", text=note, line=1)
    citation = parse_citation(footnote).citation
    result = check_author(CheckInput(footnote=footnote, citation=citation, source=post, outcome=None))
    assert (result.status == "pass") is passes, result.detail


def _in_german(html: str) -> str:
    """The page as Instagram answers a reader asking for German: its description's words are not read."""
    german = "1 Mio. „Gefällt mir“-Angaben, 4.051 Kommentare - natgeo am 26. August 2020: &quot;Photo&quot;"
    translated, count = re.subn(r'content="1M likes, [^"]*"', f'content="{german}"', html)
    assert count == 2  # `description` and `og:description`
    return translated


@pytest.mark.parametrize(
    ("og_url", "status"),
    [
        # Instagram's own link names the impostor's account: not the cited one, whatever the name shown.
        (f"https://www.instagram.com/natgeo_fake/p/{CODE}/", "warn"),
        # Nothing names the account: a display name alone is anyone's, and passed an impostor's post.
        (f"https://www.instagram.com/p/{CODE}/", "warn"),
    ],
)
def test_a_display_name_without_the_account_s_username_confirms_no_account(og_url: str, status: str) -> None:
    html = _in_german(asset("instagram_post.html").decode())
    html = html.replace(f"https://www.instagram.com/natgeo/p/{CODE}/", og_url)
    post = extract_source(POST_URL, (answer(POST_URL, html),))
    note = f"National Geographic (@natgeo), Instagram, August 26, 2020, {POST_URL}"
    footnote = Footnote(label="1", text=note, line=1)
    citation = parse_citation(footnote).citation
    result = check_author(CheckInput(footnote=footnote, citation=citation, source=post, outcome=None))
    assert result.status == status, result.detail


@pytest.mark.parametrize(
    ("shown", "opening", "closing"),
    [
        ("auf Instagram:", "\u201e", "\u201c"),
        ("sur Instagram :", "\u00ab\u00a0", "\u00a0\u00bb"),
        ("en Instagram:", "&quot;", "&quot;"),
        ("в Instagram:", "\u00ab", "\u00bb"),
        ("na Instagramie:", "\u201e", "\u201d"),
        ("على Instagram:", "&quot;", "&quot;"),
    ],
)
def test_an_instagram_post_titled_in_the_visitors_language_is_the_post(
    shown: str, opening: str, closing: str
) -> None:
    # Meta answers in the visitor's language: read as English alone, the post's page (its login form beside
    # the post) was a login wall, and a true footnote failed `captured`.
    html = _in_german(asset("instagram_post.html").decode())
    html = html.replace(
        f"National Geographic on Instagram: &quot;{CAPTION}&quot;",
        f"National Geographic {shown} {opening}{CAPTION}{closing}",
    )
    post = extract_source(POST_URL, (answer(POST_URL, html),))
    assert post.problem is None, post.problem_detail
    assert (post.author, post.handle, post.post_id) == ("National Geographic", "natgeo", MEDIA_ID)
    assert post.text == CAPTION


def test_an_instagram_title_whose_name_is_of_a_hostile_length_is_no_post_s() -> None:
    # A name is at most 200 characters: tried at each of them, never at each of a crafted title's.
    page = asset("instagram_post.html").decode()
    page = page.replace("National Geographic on Instagram:", "a b Instagram " * 20_000 + "c on Instagram:")
    post = extract_source(POST_URL, (answer(POST_URL, page),))
    assert post.handle is None  # no post's title: not read as the post


def test_a_description_in_another_language_takes_the_account_from_instagram_s_own_link() -> None:
    html = _in_german(asset("instagram_post.html").decode())
    post = extract_source(POST_URL, (answer(POST_URL, html),))
    assert (post.author, post.handle) == ("National Geographic", "natgeo")


def test_a_profile_titled_like_a_post_is_no_post() -> None:
    # Threads titles some profiles `<name> (@<user>) on Threads`, as it titles a post; their og:url is the
    # account's. Read as a web page, the bio was the post's words.
    html = (
        '<html><head><meta property="og:title" content="Mark Zuckerberg (@zuck) on Threads">'
        '<meta property="og:description" content="Open source AI is the path forward.">'
        '<meta property="og:url" content="https://www.threads.com/@zuck"></head>'
        "<body><p>Open source AI is the path forward.</p></body></html>"
    )
    post = extract_source(THREADS_URL, (answer(THREADS_URL, html),))
    assert post.problem == "unavailable" and "profile" in (post.problem_detail or "")


def test_a_page_of_another_host_a_post_s_link_led_to_is_not_read_as_meta_s() -> None:
    elsewhere = "https://instagram-viewer.example/p/CEWsh68Kc5C/"
    post = extract_source(
        POST_URL, (redirect(POST_URL, elsewhere), answer(elsewhere, asset("instagram_post.html")))
    )
    assert post.handle is None and post.post_id is None


def test_an_instagram_caption_escaped_twice_is_read_as_the_words_it_shows() -> None:
    # Tags escaped twice (`&amp;quot;`, as X's and Telegram's pages write a post's words): read once, the
    # caption kept Instagram's `&quot;` quotes around it and its own `&amp;`, and a quote of it warned.
    page = (
        asset("instagram_post.html")
        .decode()
        .replace("&quot;", "&amp;quot;")
        .replace("Najin and Fatu", "Najin &amp;amp; Fatu")
    )
    post = extract_source(POST_URL, (answer(POST_URL, page),))
    assert post.problem is None, post.problem_detail
    assert (post.author, post.handle) == ("National Geographic", "natgeo")
    assert post.text == CAPTION.replace("Najin and Fatu", "Najin & Fatu")


def test_a_threads_post_escaped_twice_is_read_as_the_words_it_shows() -> None:
    page = asset("threads_post.html").decode().replace("we&#039;re", "we&amp;#039;re")
    post = extract_source(THREADS_URL, (answer(THREADS_URL, page),))
    assert post.problem is None, post.problem_detail
    assert post.text.startswith("Open source AI is the path forward. Today we're releasing Llama 3.1 405B")


_CAPTIONED = (
    ": &quot;Photo by @amivitale | Najin and Fatu, the last two northern white rhinos on the planet, at Ol "
    "Pejeta Conservancy.&quot;"
)


@pytest.mark.parametrize(
    ("title", "name"), [("National Geographic on Instagram", "National Geographic"), ("Instagram", None)]
)
def test_an_instagram_post_without_words_is_the_post_its_description_names(
    title: str, name: str | None
) -> None:
    # A photo posted without a caption: its description ends at the day (`… - natgeo on August 26, 2020`),
    # and its title has no caption. Read as no post's tags, the login form beside it made a public post a
    # login wall, failing `captured`.
    page = (
        asset("instagram_post.html")
        .decode()
        .replace(_CAPTIONED + ". ", "")
        .replace(_CAPTIONED, "")
        .replace('content="National Geographic on Instagram"', f'content="{title}"')
    )
    assert "Najin" not in page
    post = extract_source(POST_URL, (answer(POST_URL, page),))
    assert post.problem is None, post.problem_detail
    assert (post.author, post.handle, post.post_id, post.text) == (name, "natgeo", MEDIA_ID, "")
    assert post.published == dt.datetime(2020, 8, 26, 13, 43, 27, 313000, tzinfo=dt.UTC)


def test_a_page_whose_description_has_no_caption_and_whose_tags_name_no_post_is_not_read_as_one() -> None:
    page = (
        asset("instagram_post.html")
        .decode()
        .replace(_CAPTIONED + ". ", "")
        .replace(_CAPTIONED, "")
        .replace("https://www.instagram.com/natgeo/p/CEWsh68Kc5C/", "https://www.instagram.com/natgeo/")
        .replace("instagram://media?id=2384288897814875714", "instagram://user?username=natgeo")
    )
    post = extract_source(POST_URL, (answer(POST_URL, page),))
    assert post.problem is not None


def test_a_title_of_a_hostile_length_beside_a_description_without_caption_names_no_one() -> None:
    page = (
        asset("instagram_post.html")
        .decode()
        .replace(_CAPTIONED + ". ", "")
        .replace(_CAPTIONED, "")
        .replace('content="National Geographic on Instagram"', f'content="{"a " * 50_000}on Instagram"')
    )
    post = extract_source(POST_URL, (answer(POST_URL, page),))
    assert (post.problem, post.author, post.handle) == (None, None, "natgeo")


@pytest.mark.parametrize(
    ("described", "name"),
    [
        ("1M Likes, 4,051 Comments - National Geographic (@natgeo) on Instagram: ", "National Geographic"),
        ("1M Likes, 4,051 Comments - @natgeo on Instagram: ", None),  # an account without a display name
    ],
)
def test_a_post_page_as_instagram_wrote_it_until_2022_is_the_post(described: str, name: str | None) -> None:
    # Archived copies keep Instagram's former tags: its description `… - Name (@user) on Instagram: “…”`, its
    # title `@natgeo posted on Instagram • Aug 26, 2020 at 1:43pm UTC`. Read as no post's tags, such a copy
    # of a post was a script shell (or, beside a login form, a login wall), failing `captured`.
    page = (
        asset("instagram_post.html")
        .decode()
        .replace(
            f'content="National Geographic on Instagram{_CAPTIONED}"',
            'content="@natgeo posted on Instagram • Aug 26, 2020 at 1:43pm UTC"',
        )
        .replace(
            f"1M likes, 4,051 comments - natgeo on August 26, 2020{_CAPTIONED}. ",
            f"{described}\u201cPhoto by @amivitale | Najin and Fatu.\u201d",
        )
    )
    assert "posted on Instagram" in page and "Likes, 4,051 Comments" in page
    post = extract_source(POST_URL, (answer(POST_URL, page),))
    assert post.problem is None, post.problem_detail
    assert (post.author, post.handle, post.post_id) == (name, "natgeo", MEDIA_ID)
    assert post.text == "Photo by @amivitale | Najin and Fatu."
    assert post.published == dt.datetime(2020, 8, 26, 13, 43, 27, 313000, tzinfo=dt.UTC)


def test_a_profile_described_as_instagram_once_described_posts_is_no_post() -> None:
    page = (
        asset("instagram_post.html")
        .decode()
        .replace(f'content="National Geographic on Instagram{_CAPTIONED}"', 'content="National Geographic"')
        .replace(
            f"1M likes, 4,051 comments - natgeo on August 26, 2020{_CAPTIONED}. ",
            "280M Followers, 150 Following, 30,000 Posts - National Geographic (@natgeo) on Instagram: "
            "\u201cTaking our understanding and awareness of the world further.\u201d",
        )
        .replace("https://www.instagram.com/natgeo/p/CEWsh68Kc5C/", "https://www.instagram.com/natgeo/")
        .replace("instagram://media?id=2384288897814875714", "instagram://user?username=natgeo")
    )
    post = extract_source(POST_URL, (answer(POST_URL, page),))
    assert post.problem is not None
    assert "Taking our understanding" not in post.text


_FROM_ITS_ROOT = "/web/20240101000000/"  # how the Wayback Machine writes a link to its copy of a page


def _from_its_root(page: str) -> str:
    """`page` as a Wayback copy may keep it: its `og:url` written as the archive's copy, from its root."""
    return page.replace('og:url" content="https://', f'og:url" content="{_FROM_ITS_ROOT}https://')


def test_a_wayback_copy_s_og_url_from_the_archive_s_root_still_names_the_post_s_account() -> None:
    # Described in another language than English, the post's account is the one its `og:url` writes: read as
    # written (`/web/<stamp>/https://www.instagram.com/natgeo/p/<code>/`), the link named no post, and the
    # copy named no account.
    memento = f"https://web.archive.org/web/20240101000000/{POST_URL}"
    page = _from_its_root(_in_german(asset("instagram_post.html").decode()))
    assert f"{_FROM_ITS_ROOT}https://www.instagram.com/natgeo/p/{CODE}/" in page
    post = extract_source(POST_URL, (answer(memento, page),), start=memento)
    assert post.problem is None, post.problem_detail
    assert (post.author, post.handle, post.text) == ("National Geographic", "natgeo", CAPTION)


def test_a_wayback_copy_of_a_profile_titled_like_a_post_is_known_by_its_og_url_from_the_archive_s_root() -> (
    None
):
    # Threads titles some profiles as it titles a post; their `og:url`, the account's, says which. Read as
    # written, the copy's link from the archive's root named no account, and the bio passed as the post.
    memento = f"https://web.archive.org/web/20240101000000/{THREADS_URL}"
    page = _from_its_root(
        '<html><head><meta property="og:title" content="Mark Zuckerberg (@zuck) on Threads">'
        '<meta property="og:description" content="Open source AI is the path forward.">'
        '<meta property="og:url" content="https://www.threads.com/@zuck"></head>'
        "<body><p>Open source AI is the path forward.</p></body></html>"
    )
    post = extract_source(THREADS_URL, (answer(memento, page),), start=memento)
    assert post.problem == "unavailable" and "profile" in (post.problem_detail or "")
    assert post.text == ""
