"""Pages that answer but are not the cited content (a soft 404 beside a site's menus, a login wall on any
site, a bot check, a consent wall, an empty body, a script shell with a menu, a parked domain), and ordinary
articles beside forms, banners and menus that must still be content."""

from __future__ import annotations

import time

import pytest

from provenance.extractors import extract_source
from provenance.extractors.pages import page_problem, undeclared_charset
from provenance.models import SourcePost
from provenance.side_urls import youtube_oembed_url
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset, redirect

ARTICLE = "https://news.example/2022/01/21/council-bridge"
_SUBHEADING = "<h2>Sorry, we couldn't find that page.</h2>"


def _read(name_or_html: str, url: str = ARTICLE, main_text: bool = True) -> SourcePost:
    body = asset(name_or_html) if name_or_html.endswith(".html") else name_or_html.encode()
    return extract_source(url, (answer(url, body),), main_text=main_text)


def _article(paragraphs: int, extra_body: str = "", head: str = "") -> str:
    paragraph = (
        "<p>The council voted on Friday to reopen the bridge to traffic after engineers confirmed the repairs"
        " were complete, and shop owners near the river welcomed the news.</p>"
    )
    return (
        f"<html><head><title>Council votes to reopen the bridge | City Ledger</title>{head}"
        "<script src='/static/js/site.js'></script></head><body>"
        "<header><a href='/'>City Ledger</a><nav><a href='/'>Home</a> <a href='/city'>City</a>"
        " <a href='/politics'>Politics</a> <a href='/sport'>Sport</a> <a href='/culture'>Culture</a>"
        "</nav></header>"
        f"<main><article><h1>Council votes to reopen the bridge</h1>{paragraph * paragraphs}</article></main>"
        f"{extra_body}<footer>© City Ledger</footer></body></html>"
    )


def test_an_error_in_a_subheading_beside_menus_a_sidebar_and_a_footer_is_a_soft_404() -> None:
    # A 200 titled with the site's name: only an `<h2>` says the page is missing, and the menus, footer and
    # a sidebar of other (dated) stories are longer than the short-page bound.
    post = _read("soft_404_error_in_subheading.html")
    assert post.problem == "soft-404"
    assert post.problem_detail == "the page's heading is an error: \"Sorry, we couldn't find that page.\""


@pytest.mark.parametrize(
    "error",
    [
        "This post was deleted by its author.",
        "This content is no longer available",
        "Page not found",
        # Spellings a second review found missed:
        "The page you requested could not be found",
        "We can't seem to find the page you're looking for.",
        "Sorry, the page you were looking for was not found.",
    ],
)
def test_a_deleted_or_unavailable_notice_in_a_subheading_is_a_soft_404(error: str) -> None:
    page = asset("soft_404_error_in_subheading.html").decode().replace(_SUBHEADING, f"<h2>{error}</h2>")
    post = _read(page)
    assert post.problem == "soft-404" and error in (post.problem_detail or "")


@pytest.mark.parametrize(
    ("asset_name", "detail"),
    [
        ("soft_404_in_russian.html", "the page's title is an error: 'Страница не найдена — РИА Город'"),
        (
            "soft_404_in_french_heading_only.html",
            "the page's heading is an error: 'Oups ! Cette page est introuvable.'",
        ),
    ],
)
def test_an_error_page_in_another_language_is_a_soft_404(asset_name: str, detail: str) -> None:
    # Only English error words were known: a Russian or French news site's "page not found", answered with
    # 200, was content, and its footnote came out "unconfirmed: the source shows no publication date".
    post = _read(asset_name)
    assert (post.problem, post.problem_detail) == ("soft-404", detail)


@pytest.mark.parametrize(
    "error",
    [
        "Страница не найдена",
        "Ошибка 404. Такой страницы не существует",
        "Запрашиваемая страница не найдена",
        "Материал не найден",
        "Сторінку не знайдено",
        "Page introuvable",
        "Erreur 404 : page non trouvée",
        "La page que vous recherchez n'existe pas.",
        "Cet article n\u2019existe plus",
        "Seite nicht gefunden",
        "Hoppla! Diese Seite existiert nicht.",
        "Die angeforderte Seite wurde nicht gefunden",
        "Fehler 404 \u2013 Seite nicht gefunden",
        "Página no encontrada",
        "Lo sentimos, la página que buscas no existe",
        "Error 404: la página solicitada no está disponible",
        "خطأ 404: الصفحة غير موجودة",
    ],
)
def test_an_error_notice_in_another_language_in_a_subheading_is_a_soft_404(error: str) -> None:
    page = asset("soft_404_error_in_subheading.html").decode().replace(_SUBHEADING, f"<h2>{error}</h2>")
    post = _read(page)
    assert post.problem == "soft-404" and error in (post.problem_detail or "")


@pytest.mark.parametrize(
    "error",
    [
        "Такой страницы нет",
        "Такої сторінки не існує",
        "Die Seite konnte nicht gefunden werden",
        "Diese Seite gibt es leider nicht",
        "Oups, la page que vous cherchez semble introuvable",
        "La page demandée n'existe pas",
        "¡Ups! Parece que esta página no existe",
        "عذراً، الصفحة التي تبحث عنها غير موجودة",
        "Pagina non trovata",
        "Página não encontrada",
        "Nie znaleziono strony",
        "Sayfa bulunamad\u0131",
        "This page has moved or no longer exists",
        "Content not available",
        "Article removed",
        "410 Gone",
        # A third review's spellings: "unfortunately" before the error, and more ways to say it.
        "\u041a сожалению, страница не найдена",  # Cyrillic letters that look Latin, escaped
        "\u041d\u0430 жаль, сторінку не знайдено",
        "Материал не найден или был удален",
        "Leider konnten wir die Seite nicht finden",
        "Lo sentimos, no encontramos la página que buscas",
        "عذرا، لم نتمكن من العثور على الصفحة",
        "Purtroppo la pagina che cerchi non esiste",
        "The requested URL was not found on this server.",
        "Whitelabel Error Page",
        "Sorry, no results were found.",
        # The Turkish, Persian, Spanish and French sites reports cite, in their other words for it.
        "Aradığınız sayfaya ulaşılamıyor",  # noqa: RUF001
        "Aradığınız haber bulunamadı",  # noqa: RUF001
        "Üzgünüz, aradığınız içerik bulunamadı",  # noqa: RUF001
        "Haber yayından kaldırılmış olabilir",  # noqa: RUF001
        "صفحه مورد نظر یافت نشد",
        "متاسفیم، صفحه\u200cای که به دنبال آن هستید پیدا نشد",  # noqa: RUF001
        "خطای ۴۰۴",
        "خطأ ٤٠٤",
        "Este contenido ya no está disponible",
        "Contenido no disponible",
        "Article indisponible",
        "Новину не знайдено",  # Ukrainian: the news item was not found
        "Запис видалено",
        "Материал удален по требованию правообладателя",
        "Материал снят с публикации",  # noqa: RUF001
        "Dieser Artikel ist leider nicht mehr verfügbar",
        "La noticia que buscas no existe",
        "عفوا، الصفحة غير موجودة",
        "هذه الصفحة غير موجودة",
        "المحتوى غير متوفر",
        "این صفحه وجود ندارد",
    ],
)
def test_more_error_notices_as_the_heading_of_a_page_with_menus_are_a_soft_404(error: str) -> None:
    # Error pages in these spellings (a hunt for captures read as content) were read as ordinary pages: with a
    # menu, a footer and a sentence pointing to the search box they passed `captured`.
    page = (
        "<html><head><title>City Ledger</title></head><body><header><nav><a href='/'>Home</a>"
        " <a href='/city'>City</a> <a href='/politics'>Politics</a></nav></header><main><h1>"
        f"{error}</h1><p>You could try searching for what you need, or browse the latest stories from our"
        " home page.</p></main><footer>© City Ledger</footer></body></html>"
    )
    post = _read(page)
    assert (post.problem, post.problem_detail) == ("soft-404", f"the page's heading is an error: {error!r}")


_NEWS_SITE_PAGE = (
    "<html><head><title>City Ledger</title></head><body><header><nav><a href='/'>Accueil</a>"
    " <a href='/politique'>Politique</a> <a href='/monde'>Monde</a></nav></header><main><h1>{heading}</h1>"
    "<p>Vous pouvez utiliser notre moteur de recherche ou revenir à la page d'accueil pour retrouver nos"
    " derniers articles et dossiers.</p></main><footer>© City Ledger</footer></body></html>"
)


@pytest.mark.parametrize(
    "error",
    [
        "Cette page n'est pas disponible",
        "Désolé, cet article n'est pas disponible.",
        "Ce contenu n\u2019est plus accessible",
        "La vidéo demandée n'est pas disponible",
        "Cette page a été supprimée ou déplacée",
        "Nous n'avons pas trouvé cette page",
        "Nous ne trouvons pas la page que vous recherchez",
        "Die von Ihnen gesuchte Seite wurde leider nicht gefunden",
        "Bu sayfa mevcut değil",
        "Bu i\u00e7erik art\u0131k mevcut de\u011fil",
        "Сторінка недоступна",
        "Ця сторінка недоступна",
        # A third hunt's: Arabic's "the page you requested does not exist", "the article does not exist",
        # Spanish's "we did not find what you were looking for", Turkish's "there is no such page", "no
        # longer exists" in Ukrainian and Russian.
        "الصفحة التي طلبتها غير موجودة",
        "عذرا، لا يمكن العثور على الصفحة",
        "هذه الصفحة لم تعد موجودة",
        "المقال غير موجود",
        "Ups, no encontramos lo que buscabas",
        "B\u00f6yle bir sayfa yok",
        "Ця сторінка більше не існує",
        "Эта страница больше не существует",
    ],
)
def test_a_news_site_s_not_available_notice_as_its_heading_is_a_soft_404(error: str) -> None:
    # A French site's "n'est pas disponible" (and these German, Turkish and Ukrainian spellings) were no error
    # words: beside a menu and a sentence pointing to the search box, the error page passed `captured`.
    post = _read(_NEWS_SITE_PAGE.format(heading=error))
    assert (post.problem, post.problem_detail) == ("soft-404", f"the page's heading is an error: {error!r}")


@pytest.mark.parametrize(
    "headline",
    [
        "Le vaccin n'est pas disponible en pharmacie",
        "Cette page de l'histoire n'est pas encore tournée",
        "Bu sayfa mevcut de\u011fil mi? Bakanl\u0131k a\u00e7\u0131klama yapt\u0131",
        "Сторінка недоступна для росіян: що сталося з сайтом уряду",
    ],
)
def test_a_headline_that_uses_the_same_words_is_still_an_article(headline: str) -> None:
    post = _read(_NEWS_SITE_PAGE.format(heading=headline))
    assert post.problem is None


_FACEBOOK_POST = "https://www.facebook.com/zelenskyy/posts/pfbid02abc"
_REDDIT_POST = "https://www.reddit.com/r/ukraine/comments/abc123/convoy_footage/"


@pytest.mark.parametrize(
    ("url", "body", "detail"),
    [
        (_FACEBOOK_POST, "<html><head><title>Facebook</title></head><body><div id='content'><h2>This content"
         " isn't available right now</h2><div>When this happens, it's usually because the owner only shared"
         " it with a small group of people, changed who can see it or it's been deleted.</div><a href='/'>Go"
         " to News Feed</a></div></body></html>",
         "the page's heading is an error: \"This content isn't available right now\""),
        (_REDDIT_POST, "<html><head><title>r/ukraine - Reddit</title></head><body><main><shreddit-post>"
         "<h1>[deleted by user]</h1><div>[removed]</div></shreddit-post><section>12 comments</section></main>"
         "</body></html>", "the page's heading is an error: '[deleted by user]'"),
        (_REDDIT_POST, "<html><head><title>Reddit - Dive into anything</title></head><body><div><h1>You've"
         " been blocked by network security.</h1><p>To continue, log in to your Reddit account or use your"
         " developer token</p></div></body></html>",
         "a challenge page stands in for the content (text \"You've been blocked by network security\")"),
        ("https://mastodon.social/@someone/111111111111111111", "<html><head><title>The page you are looking"
         " for isn't here. - Mastodon</title></head><body><div class='dialog'><h1>The page you are looking"
         " for isn't here.</h1></div></body></html>",
         "the page's title is an error: \"The page you are looking for isn't here. - Mastodon\""),
        ("https://vk.com/wall-12345_678", "<html><head><title>Ошибка</title></head><body><div id='page_body'>"
         "<div class='message_page_title'>Ошибка</div><div class='message_page_body'>Запись удалена или не"
         " существует.<br></div></div></body></html>",
         "the page's text opens with an error: 'Запись удалена или не существует.'"),
        (ARTICLE, _article(0).replace("Council votes to reopen the bridge</h1>", "We couldn't find this"
         " account</h1>"), "the page's heading is an error: \"We couldn't find this account\""),
        # Facebook's page (a browser's rendered copy) for a deleted video or reel, its words in spans.
        ("https://www.facebook.com/watch/?v=1234567890", "<html><head><title>Facebook</title></head><body>"
         "<div role='banner'><a href='/'>Facebook</a><a href='/login/'>Log in</a></div><div role='main'>"
         "<span dir='auto'>This video isn't available anymore</span><a href='/watch/'><span>Go to Watch"
         "</span></a></div></body></html>",
         "the page's text opens with an error: \"This video isn't available anymore\""),
        ("https://www.facebook.com/reel/1234567890", "<html><head><title>Facebook</title></head><body>"
         "<div role='main'><span dir='auto'>This reel isn't available anymore</span></div></body></html>",
         "the page's text opens with an error: \"This reel isn't available anymore\""),
    ],
    ids=["facebook", "reddit-deleted", "reddit-blocked", "mastodon", "vk", "account", "facebook-video",
         "facebook-reel"],
)  # fmt: skip
def test_a_platform_s_page_for_a_deleted_or_hidden_post_is_not_content(
    url: str, body: str, detail: str
) -> None:
    # How Facebook, Reddit, Mastodon and VK answer (200) for a post they no longer show: each was read as
    # content and passed `captured` (TikTok's, read by its own extractor: tests/extractors/test_tiktok.py).
    post = _read(body, url)
    assert post.problem_detail == detail


_VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
_VIDEO_OEMBED = youtube_oembed_url("dQw4w9WgXcQ")


def _watch_page(status: str, reason: str) -> str:
    player = f'{{"responseContext":{{}},"playabilityStatus":{{"status":"{status}","reason":"{reason}"}}}}'
    return (
        "<html lang='en'><head><title> - YouTube</title></head><body><div id='player'></div><footer>About"
        " Press Copyright Contact us Creators</footer>"
        f"<script>var ytInitialPlayerResponse = {player};</script>"
        "<script src='/s/desktop/base.js'></script></body></html>"
    )


@pytest.mark.parametrize(
    ("status", "reason", "oembed"),
    [
        ("ERROR", "Video unavailable", None),
        ("ERROR", "Video unavailable", 403),
        ("LOGIN_REQUIRED", "This video is private", 401),
    ],
)
def test_a_watch_page_whose_player_says_the_video_is_gone_is_unavailable_without_oembed(
    status: str, reason: str, oembed: int | None
) -> None:
    # oEmbed (its 404 said gone) gave no answer or another error: the watch page's own "Video unavailable"
    # was cleared with its shell, and `captured` passed on a page with no video.
    responses: tuple[StoredResponse, ...] = (answer(_VIDEO, _watch_page(status, reason)),)
    if oembed is not None:
        responses += (answer(_VIDEO_OEMBED, "Unauthorized", status=oembed),)
    post = extract_source(_VIDEO, responses)
    assert post.problem == "unavailable"
    assert post.problem_detail == (
        f"the watch page's player says {reason!r} ({status}), and oEmbed shows no video"
    )


def test_a_watch_page_redirected_to_a_consent_page_without_oembed_is_a_consent_wall() -> None:
    consent = "https://consent.youtube.com/m?continue=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DdQw4w9WgXcQ"
    page = "<html><head><title>Before you continue to YouTube</title></head><body>cookies</body></html>"
    post = extract_source(_VIDEO, (redirect(_VIDEO, consent), answer(consent, page)))
    assert (post.problem, post.problem_detail) == ("consent-wall", f"redirected to a consent page {consent}")


_CONSENT = "https://consent.youtube.com/m?continue=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DdQw4w9WgXcQ"
# Google's consent page as YouTube answers a visitor from the EU who has not yet answered it.
_CONSENT_PAGE = (
    "<html lang='en'><head><title>Before you continue to YouTube</title></head><body><div><h1>Before you "
    "continue to YouTube</h1><p>We use cookies and data to deliver and maintain Google services, track "
    "outages and protect against spam, fraud and abuse.</p><form action='https://consent.youtube.com/save' "
    "method='POST'><input type='hidden' name='continue' value='https://www.youtube.com/watch?v=dQw4w9WgXcQ'>"
    "<button>Reject all</button></form><form action='https://consent.youtube.com/save' method='POST'>"
    "<button>Accept all</button></form></div></body></html>"
)


@pytest.mark.parametrize(
    "responses",
    [
        (redirect(_VIDEO, _CONSENT), answer(_CONSENT, _CONSENT_PAGE)),
        (answer(_VIDEO, _CONSENT_PAGE),),  # the consent page in the watch page's place
    ],
    ids=["redirected", "in-place"],
)
def test_a_watch_page_behind_a_consent_wall_is_that_wall_even_where_oembed_names_the_video(
    responses: tuple[StoredResponse, ...],
) -> None:
    # oEmbed answered with the title and channel: the wall was cleared as the watch page's shell, and the
    # consent form passed `captured` as the video, its words read as the video's.
    oembed = answer(_VIDEO_OEMBED, asset("youtube_oembed.json"), json=True)
    post = extract_source(_VIDEO, (*responses, oembed))
    assert post.problem == "consent-wall"
    assert post.problem_detail is not None and post.problem_detail.endswith(
        "; oEmbed names the video 'Bridge reopening: council session, 21 January 2022' by 'City Council TV', "
        "but the watch page (its date, its description) was not captured"
    )
    assert (post.text, post.published) == ("", None)
    assert post.fields["oembed title"] == "Bridge reopening: council session, 21 January 2022"


def test_a_watch_page_with_its_video_s_metadata_under_a_consent_dialog_is_the_video() -> None:
    dialog = (
        "<body><div id='consent-bump' class='consent-dialog'><h2>Before you continue to YouTube</h2><p>We "
        "use cookies and data to deliver and maintain Google services</p><button>Reject all</button></div>"
    )
    watch = asset("youtube_watch.html").decode().replace("<body>", dialog)
    oembed = answer(_VIDEO_OEMBED, asset("youtube_oembed.json"), json=True)
    post = extract_source(_VIDEO, (answer(_VIDEO, watch), oembed))
    assert (post.problem, post.published_from) == (None, "microdata datePublished")


def test_a_playable_watch_page_with_oembed_is_the_video() -> None:
    oembed = answer(_VIDEO_OEMBED, asset("youtube_oembed.json"), json=True)
    post = extract_source(_VIDEO, (answer(_VIDEO, _watch_page("OK", "")), oembed))
    assert (post.problem, post.title) == (None, "Bridge reopening: council session, 21 January 2022")


@pytest.mark.parametrize("oembed", [None, 401])
def test_a_playable_watch_page_is_the_video_with_or_without_oembed(oembed: int | None) -> None:
    # Its shell (no text without scripts) is YouTube's ordinary page; 401 only means embedding is off.
    responses: tuple[StoredResponse, ...] = (answer(_VIDEO, _watch_page("OK", "")),)
    if oembed is not None:
        responses += (answer(_VIDEO_OEMBED, "Unauthorized", status=oembed),)
    assert extract_source(_VIDEO, responses).problem is None


@pytest.mark.parametrize(
    ("url", "body", "problem", "detail"),
    [
        ("https://www.dropbox.com/s/abc/report.pdf", "<html><head><title>Dropbox - Error</title></head><body>"
         "<h1>That file isn't here anymore</h1><p>It may have been deleted or the link may have expired.</p>"
         "</body></html>", "soft-404", "the page's heading is an error: \"That file isn't here anymore\""),
        ("https://docs.google.com/document/d/1AbC/edit", "<html><head><title>Google Docs</title></head><body>"
         "<h2>Sorry, the file you have requested does not exist.</h2></body></html>", "soft-404",
         "the page's heading is an error: 'Sorry, the file you have requested does not exist.'"),
        ("https://docs.google.com/document/d/1AbC/edit", "<html><head><title>Google Docs: Sign-in</title>"
         "</head><body><h1>You need access</h1><p>Request access, or switch to an account with access.</p>"
         "<form><textarea name='message'></textarea><button>Request access</button></form></body></html>",
         "unavailable", "the page says 'You need access' in place of the content"),
    ],
    ids=["dropbox", "google-docs-missing", "google-docs-no-access"],
)  # fmt: skip
def test_a_shared_file_s_page_for_a_file_gone_or_shut_is_not_content(
    url: str, body: str, problem: str, detail: str
) -> None:
    # A shared document cited in a report, deleted or no longer shared: its host's page passed `captured`.
    post = _read(body, url)
    assert (post.problem, post.problem_detail) == (problem, detail)


@pytest.mark.parametrize(
    "headline",
    [
        "This content isn't available right now, Facebook tells users in Canada",
        "This video isn't available anymore: why YouTube removed the council's recording",
        "People in Canada can't see this content, Meta tells the country's news outlets",
        "Reddit users find posts marked [deleted by user] after the ban",
        "Запись удалена или не существует: как ВКонтакте скрывает посты",
    ],
)
def test_an_article_quoting_a_platform_s_notice_in_its_headline_is_content(headline: str) -> None:
    page = _article(6).replace("Council votes to reopen the bridge", headline)
    assert _read(page).problem is None


_IIS_ERROR = "The page you are looking for might have been removed, had its name changed, or is " + (
    "temporarily unavailable."
)
_MOST_READ = "".join(
    f"<li><a href='/2022/01/{day:02d}/story'>Minister says talks on the river crossing will resume next week,"
    f" officials confirm ({day})</a></li>"
    for day in range(1, 11)
)


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        ("<p class='error-title'>Page not found</p><p>Sorry, the page you requested may have been moved or"
         " deleted.</p>", "Page not found"),
        ("<div class='big'>404</div><p>We can't find the page you're looking for.</p>", "404"),
        (f"<strong>Oops!</strong><p>{_IIS_ERROR}</p>", _IIS_ERROR),
    ],
    ids=["p", "div", "iis"],
)  # fmt: skip
def test_an_error_page_whose_error_is_no_heading_beside_a_list_of_stories_is_a_soft_404(
    error: str, shown: str
) -> None:
    # The error stood in a paragraph, not a heading, and the "most read" list beside it made the page too
    # long to be judged by its text: it passed `captured`.
    page = (
        "<html><head><title>City Ledger</title></head><body><header><nav><a href='/'>Home</a></nav></header>"
        f"<main><div class='error-page'>{error}</div><section><h2>Most read</h2><ul>{_MOST_READ}</ul>"
        "</section></main><footer>© City Ledger</footer></body></html>"
    )
    post = _read(page)
    assert (post.problem, post.problem_detail) == (
        "soft-404",
        f"the page's text opens with an error: {shown!r}",
    )


@pytest.mark.parametrize("kicker", ["<p class='kicker'>Fact check</p>", ""])
def test_an_article_whose_first_words_mention_errors_or_quote_one_is_content(kicker: str) -> None:
    # A standfirst about an error, and a screenshot's caption or a quote that is one: the article's subject.
    standfirst = "<p>Page not found, said the ministry's site after the post was deleted.</p>"
    caption = "<figure><img src='/shot.png'><figcaption>Page not found</figcaption></figure>"
    quote = "<blockquote><p>This content isn't available right now</p></blockquote>"
    for shown in (caption, quote, standfirst + caption):
        page = _article(4).replace("<main><article>", f"<main><article>{kicker}")
        assert _read(page.replace("</h1>", f"</h1>{shown}")).problem is None


@pytest.mark.parametrize(
    ("title", "body", "detail"),
    [
        ("500 Internal Server Error", "<h1>Internal Server Error</h1><p>The server encountered an internal"
         " error or misconfiguration and was unable to complete your request.</p>",
         "the page's title is an error: '500 Internal Server Error'"),
        ("503 Service Unavailable", "<h1>Service Unavailable</h1><p>The server is temporarily unable to"
         " service your request due to maintenance downtime or capacity problems.</p>",
         "the page's title is an error: '503 Service Unavailable'"),
        ("Database Error", "<h1>Error establishing a database connection</h1>",
         "the page's title is an error: 'Database Error'"),
        ("WordPress &rsaquo; Error", "<div class='wp-die-message'><p>There has been a critical error on this"
         " website.</p></div>", "the page's text opens with an error: 'There has been a critical error on"
         " this website.'"),
        ("Welcome to nginx!", "<h1>Welcome to nginx!</h1><p>If you see this page, the nginx web server is"
         " successfully installed and working. Further configuration is required.</p>",
         "the page's title is an error: 'Welcome to nginx!'"),
        ("Apache2 Ubuntu Default Page: It works", "<div class='main_page'>It works! This is the default"
         " welcome page used to test the correct operation of the Apache2 server.</div>",
         "the page's title is an error: 'Apache2 Ubuntu Default Page: It works'"),
        ("Maintenance | City Ledger", "<h1>We'll be back soon!</h1><p>Sorry for the inconvenience but we're"
         " performing some maintenance at the moment.</p>",
         "the page's heading is an error: \"We'll be back soon!\""),
        ("Website Expired", "<h1>This website has expired</h1><p>The owner of this domain needs to renew"
         " their hosting plan.</p>", "the page's title is an error: 'Website Expired'"),
        ("301 Moved Permanently", "<h1>Moved Permanently</h1><p>The document has moved <a href='/'>here</a>."
         "</p>", "the page's title is an error: '301 Moved Permanently'"),
    ],
    ids=["500", "503", "database", "wordpress", "nginx", "apache", "maintenance", "expired", "301"],
)  # fmt: skip
def test_a_server_s_or_a_host_s_page_in_place_of_the_site_s_is_a_soft_404(
    title: str, body: str, detail: str
) -> None:
    # A server error, a web server's default page, a maintenance or an expiry notice, answered with 200:
    # none is the cited page, and each passed `captured`.
    post = _read(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    assert (post.problem, post.problem_detail) == ("soft-404", detail)


@pytest.mark.parametrize(
    "headline",
    [
        "Internal server error took down the tax office's site for a day",
        "Under maintenance: the bridge closes for a month",
        "We'll be back soon, the striking workers say",
        "Database error exposed a million voters' addresses",
        "The document you requested does not exist, the ministry now says",
        "You need access: how the archive locks out researchers",
    ],
)
def test_an_article_whose_headline_holds_a_server_s_words_is_content(headline: str) -> None:
    page = _article(6).replace("Council votes to reopen the bridge", headline)
    assert _read(page).problem is None


@pytest.mark.parametrize(
    "headline",
    [
        "Страницы нет в реестре: суд отказал",
        "Die Seite, die es nicht gibt: wie ein Ministerium Meldungen löschte",
        "Pagina non trovata, il mistero del registro comunale",
        "Article removed from the archive after the minister's complaint",
        "\u041a сожалению, страница не найдена в архиве суда",
        "No results found in the search for the missing hikers",
        "The video was removed hours after it was posted",
        "Content not available in Russia: how the ban works",
    ],
)
def test_an_article_whose_headline_holds_the_new_error_words_is_content(headline: str) -> None:
    page = _article(6).replace("Council votes to reopen the bridge", headline)
    assert _read(page).problem is None


def test_a_long_article_with_an_error_phrase_as_a_section_heading_is_content() -> None:
    # "Not found" is the article's own section heading: after the headline, in a page that says much more.
    page = _article(12).replace("</article>", "<h2>Not found</h2><p>The missing records were never found.</p>"
                                "</article>")  # fmt: skip
    assert _read(page).problem is None


def test_a_password_form_with_little_else_is_a_login_wall_on_any_site() -> None:
    post = _read("login_wall_password_form.html")
    assert post.problem == "login-wall"
    assert post.problem_detail == "the page is a sign-in form with a password field ('City Ledger')"


@pytest.mark.parametrize(
    "login",
    [
        "/login?next=/2022/01/21/council-bridge",
        "/signin",
        "/accounts/login/?next=%2F2022%2F01%2F21%2Fcouncil-bridge",
        "/wp-login.php?redirect_to=https%3A%2F%2Fnews.example%2F2022",
    ],
)
def test_a_redirect_to_a_sign_in_page_is_a_login_wall(login: str) -> None:
    # What the sign-in page shows does not matter: the cited page sent the reader away to sign in.
    final = f"https://news.example{login}"
    responses = (redirect(ARTICLE, login), answer(final, _article(5)))
    post = extract_source(ARTICLE, responses)
    assert post.problem == "login-wall"
    assert post.problem_detail == f"redirected to a sign-in page {final}"


@pytest.mark.parametrize(
    ("final", "where"),
    [
        ("https://news.example/404", "error"),
        ("https://news.example/404.html", "error"),
        ("https://news.example/Error.aspx?aspxerrorpath=/2022/01/21/council-bridge", "error"),
        ("https://news.example/page-not-found/", "error"),
        ("https://news.example/search?q=council+bridge", "search"),
        ("https://news.example/?s=council-bridge", "search"),
        ("https://news.example/index.html", "home"),
        ("https://news.example/en/", "home"),
        ("https://news.example/pt-br/index.php", "home"),
    ],
)
def test_a_redirect_to_the_site_s_error_search_or_home_page_is_a_soft_404(final: str, where: str) -> None:
    # Sites send the link of a page they took down to these: the page there, with a grid of other stories
    # or a search box, was read as content and passed `captured`.
    responses = (redirect(ARTICLE, final), answer(final, _article(5)))
    post = extract_source(ARTICLE, responses)
    assert post.problem == "soft-404"
    assert post.problem_detail == f"redirected to the site's {where} page {final}"


@pytest.mark.parametrize(
    ("cited", "final"),
    [
        # An article that moved: its slug names errors, searches or a language.
        (ARTICLE, "https://news.example/en/2022/01/21/council-bridge"),
        (ARTICLE, "https://news.example/2022/01/21/search-for-the-missing-engineer-ends"),
        (ARTICLE, "https://news.example/2022/01/21/error-in-the-bridge-budget"),
        # A search or a home page that was cited as such.
        ("https://news.example/search?q=bridge", "https://news.example/search/?q=bridge"),
        ("https://news.example/", "https://news.example/en/"),
    ],
)
def test_a_redirect_to_an_article_or_from_a_page_of_the_same_kind_is_not_a_soft_404(
    cited: str, final: str
) -> None:
    post = extract_source(cited, (redirect(cited, final), answer(final, _article(5))))
    assert (post.problem, post.problem_detail) == (None, None)


_COPY = "https://web.archive.org/web/20220121093000/https://news.example/2022/01/21/council-bridge"


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ("<div id='error'><p class='impatient'><a href='/web/20220121093001/https://news.example/'>Impatient?"
         "</a></p><div id='doc'><h2 class='blue'>Got an HTTP 301 response at crawl time</h2><p class='code'>"
         "Redirecting to...</p><p class='code shift target'>https://news.example/</p></div></div>",
         "the page's heading is an error: 'Got an HTTP 301 response at crawl time'"),
        ("<div id='error'><h2>Hrm.</h2><p>The Wayback Machine has not archived that URL.</p><p>This page is"
         " available on the web!</p></div>",
         "the page's text opens with an error: 'The Wayback Machine has not archived that URL.'"),
    ],
    ids=["recorded-redirect", "no-copy"],
)  # fmt: skip
def test_the_wayback_machine_s_own_page_for_a_copy_it_does_not_hold_is_a_soft_404(
    body: str, detail: str
) -> None:
    # Read as the copy of the cited page, the archive's "Got an HTTP 301 response at crawl time" (answered
    # 200 before it sends its reader on) passed `captured`.
    page = f"<html><head><title>Wayback Machine</title></head><body>{body}</body></html>"
    post = extract_source(ARTICLE, (answer(_COPY, page),), start=_COPY)
    assert (post.problem, post.problem_detail) == ("soft-404", detail)


def _refreshing(content: str, body: str) -> str:
    return (
        f"<html><head><meta http-equiv='refresh' content=\"{content}\"><title>Redirecting…</title></head>"
        f"<body>{body}</body></html>"
    )


@pytest.mark.parametrize(
    ("content", "body", "problem", "detail"),
    [
        ("0; url=https://news.example/", "<p>Redirecting to <a href='/'>news.example</a>…</p>", "soft-404",
         "the page only sends the reader on to https://news.example/ (a meta refresh) and shows"
         " 'Redirecting to news.example …' of its own"),
        ("2;URL='/2022/01/21/council-bridge-2'", "<p>This page has moved. If you are not redirected,"
         " <a href='/2022/01/21/council-bridge-2'>click here</a>.</p>", "empty",
         "the page only sends the reader on to https://news.example/2022/01/21/council-bridge-2 (a meta"
         " refresh) and shows 'This page has moved. If you are not redirected, click here .' of its own"),
        # A browser reads `\` as `/`: the refresh goes to evil.example, which RFC 3986 read as a path.
        ("0; url=/\\evil.example/", "<p>Redirecting…</p>", "soft-404",
         "the page only sends the reader on to https://evil.example/ (a meta refresh) and shows"
         " 'Redirecting…' of its own"),
    ],
    ids=["to-the-home-page", "to-the-moved-article", "backslash-to-another-host"],
)  # fmt: skip
def test_a_stub_that_only_sends_its_reader_on_by_a_meta_refresh_is_not_content(
    content: str, body: str, problem: str, detail: str
) -> None:
    # A capture that follows no refresh holds only "Redirecting…": it was read as the page, and passed.
    post = _read(_refreshing(content, body))
    assert (post.problem, post.problem_detail) == (problem, detail)


def test_a_stub_that_only_sends_its_reader_on_by_a_refresh_header_is_not_content() -> None:
    # Browsers follow `Refresh: 0; url=…` as they follow the meta tag: the stub was read as the page, and its
    # footnote left for a person, where the same stub with the meta tag failed, named.
    stub = "<html><head><title>Redirecting…</title></head><body><p>Redirecting…</p></body></html>"
    headers = (("Content-Type", "text/html"), ("Refresh", "0; url=/2022/01/21/council-bridge-2"))
    post = extract_source(
        ARTICLE, (StoredResponse(uri=ARTICLE, status=200, headers=headers, body=stub.encode(), cut=False),)
    )
    assert post.problem == "empty"
    assert post.problem_detail == (
        "the page only sends the reader on to https://news.example/2022/01/21/council-bridge-2 (a Refresh "
        "header) and shows 'Redirecting…' of its own"
    )
    # A whole article sent with the same header (a page that reloads itself elsewhere) is still read.
    article = _article(12).encode()
    post = extract_source(
        ARTICLE, (StoredResponse(uri=ARTICLE, status=200, headers=headers, body=article, cut=False),)
    )
    assert post.problem is None


@pytest.mark.parametrize("target", ["http://[::1", "http://[news.example]/"])
def test_an_address_that_does_not_parse_stops_no_reading(target: str) -> None:
    # urljoin raised ValueError on a server's Location or a page's refresh: the run stopped (exit 3).
    moved = extract_source(ARTICLE, (redirect(ARTICLE, target),))
    assert moved.problem is not None
    refreshing = _read(_refreshing(f"0; url={target}", "<p>Redirecting…</p>"))
    assert refreshing.problem is None or "sends the reader on" not in (refreshing.problem_detail or "")


@pytest.mark.parametrize("content", ["1800; url=https://news.example/", "300", f"0; url={ARTICLE}"])
def test_a_short_article_that_reloads_itself_or_refreshes_to_itself_is_content(content: str) -> None:
    # A news page reloads itself every few minutes; a stub sends its reader on at once, and elsewhere.
    head = f"<meta http-equiv='refresh' content='{content}'>"
    assert _read(_article(1, head=head)).problem is None


def test_a_sign_in_form_that_asks_for_the_email_first_is_a_login_wall() -> None:
    # No password field (it comes on the next page): the sign-in page passed `captured`.
    form = "<form><input type='email' name='email'><button>Continue</button></form>"
    page = (
        "<html><head><title>City Ledger</title></head><body><header><nav><a href='/'>Home</a></nav></header>"
        f"<main><h1>Sign in to continue reading</h1><p>Enter your email address.</p>{form}</main>"
        "</body></html>"
    )
    post = _read(page)
    assert (post.problem, post.problem_detail) == (
        "login-wall",
        "the page is a sign-in form: 'Sign in to continue reading'",
    )


def test_a_short_article_beside_a_newsletter_sign_up_box_is_content() -> None:
    box = (
        "<div class='newsletter'><h3>Sign up</h3><form><input type='email' name='email'>"
        "<button>Sign up</button></form></div>"
    )
    assert _read(_BRIEF.replace("</article>", f"</article>{box}")).problem is None


def test_a_redirect_to_an_article_about_logins_is_not_a_login_wall() -> None:
    moved = "https://news.example/2022/01/21/login-outage-hits-banks"
    post = extract_source(ARTICLE, (redirect(ARTICLE, moved), answer(moved, _article(5))))
    assert post.problem is None


@pytest.mark.parametrize("status", [200, 403, 503])
def test_a_bot_check_is_named_whatever_its_status(status: int) -> None:
    body = asset("challenge_cloudflare.html")
    post = extract_source(ARTICLE, (answer(ARTICLE, body, status=status),))
    assert post.problem == "challenge"
    assert post.problem_detail == "a challenge page stands in for the content (title 'Just a moment...')"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("City Ledger", "<p>Checking your browser before accessing news.example.</p>"),
        ("City Ledger", "<div id='cf-browser-verification'>Please wait.</div>"),
    ],
)
def test_a_bot_check_is_named_by_its_words_or_its_markup(title: str, body: str) -> None:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    assert _read(page).problem == "challenge"


_CLOUDFLARE_1020 = (
    "<html><head><title>Access denied | news.example used Cloudflare to restrict access</title></head><body>"
    "<div id='cf-wrapper'><div id='cf-error-details'><h1><span>Error</span> <span>1020</span></h1>"
    "<h2 class='cf-subheadline'>Access denied</h2><h2>What happened?</h2><p>This website is using a security"
    " service to protect itself from online attacks.</p><p>Cloudflare Ray ID: <strong>86a1f2b1b8c1</strong>"
    "</p></div></div></body></html>"
)
_CLOUDFLARE_BLOCKED = (
    "<html><head><title>news.example</title></head><body><div id='cf-wrapper'>"
    "<h1>Sorry, you have been blocked</h1><h2>You are unable to access news.example</h2><h2>Why have I been"
    " blocked?</h2><p>This website is using a security service to protect itself from online attacks.</p>"
    "</div></body></html>"
)
_AKAMAI = (
    "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY><H1>Access Denied</H1>You don't have permission to"
    ' access "http&#58;&#47;&#47;news&#46;example&#47;2022&#47;01&#47;21&#47;council&#45;bridge" on this'
    " server.<P>Reference&#32;&#35;18&#46;6f2d3e17&#46;1710254477</BODY></HTML>"
)
_SUCURI = (
    "<html><head><title>Sucuri WebSite Firewall - Access Denied</title></head><body><section>"
    "<h1>Access Denied - Sucuri Website Firewall</h1><p>If you are the site owner, please whitelist your"
    " IP.</p><h2>Block details:</h2><table><tr><td>Block reason:</td><td>Bad bot access attempt.</td></tr>"
    "</table></section></body></html>"
)
_PERIMETERX = (
    "<html><head><title>Access to this page has been denied</title></head><body><h1>Access to this page has"
    " been denied.</h1><p>Access to this page has been denied because we believe you are using automation"
    " tools to browse the website.</p><p>Reference ID: #a1b2c3d4</p></body></html>"
)
_INCAPSULA = (
    "<html style='height:100%'><head><META NAME='ROBOTS' CONTENT='NOINDEX, NOFOLLOW'></head><body>"
    "<iframe id='main-iframe' src='/_Incapsula_Resource?CWUDNSAI=24&incident_id=1234-5678&edet=22'>Request"
    " unsuccessful. Incapsula incident ID: 1234-5678</iframe></body></html>"
)
_GOOGLE_SORRY = (
    "<html><head><title>https://www.google.com/search?q=bridge</title></head><body><form id='captcha-form'>"
    "<div class='g-recaptcha' data-sitekey='6Lfw'></div></form><div><b>About this page</b><br><br>Our"
    " systems have detected unusual traffic from your computer network. This page checks to see if it's"
    " really you sending the requests, and not a robot.</div></body></html>"
)
_RATE_LIMITED = (
    "<html><head><title>Too Many Requests</title></head><body><h1>Too Many Requests</h1><p>You have sent"
    " too many requests in a given amount of time.</p></body></html>"
)
_RATE_LIMITED_WITH_MENUS = (
    "<html><head><title>City Ledger</title></head><body><header><nav><a href='/'>Home</a>"
    " <a href='/city'>City</a></nav></header><main><h1>Slow down!</h1><p>We've received too many requests"
    " from your network. Please wait a few minutes and try again.</p></main><footer>© City Ledger</footer>"
    "</body></html>"
)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (_CLOUDFLARE_1020, "it says 'Access denied'"),
        (_CLOUDFLARE_BLOCKED, "it says 'Sorry, you have been blocked'"),
        (_AKAMAI, "it says 'Access Denied'"),
        (_SUCURI, "it says 'Access Denied'"),
        (_PERIMETERX, "it says 'Access to this page has been denied'"),
        (_INCAPSULA, "markup '_incapsula_resource?cwudnsai'"),
        (_GOOGLE_SORRY, "text 'Our systems have detected unusual traffic'"),
        (_RATE_LIMITED, "text 'You have sent too many requests'"),
        (_RATE_LIMITED_WITH_MENUS, "text \"We've received too many requests from you\""),
    ],
    ids=["cloudflare-1020", "cloudflare-blocked", "akamai", "sucuri", "perimeterx", "incapsula",
         "google-unusual-traffic", "rate-limited", "rate-limited-with-menus"],
)  # fmt: skip
def test_a_firewall_s_refusal_or_a_rate_limit_answered_200_is_a_bot_check(body: str, said: str) -> None:
    # Refusals that some sites answer with 200 were read as content: "Access denied" passed `captured`.
    post = _read(body)
    assert post.problem == "challenge"
    assert said in (post.problem_detail or "")


@pytest.mark.parametrize(
    ("url", "body", "said"),
    [
        ("https://dzen.ru/a/ZabcDEF123", "<html><head><title>Вы не робот?</title></head><body><form"
         " method='POST' action='/x'><h1>Подтвердите, что запросы отправляли вы</h1><input"
         " type='checkbox'><label>Я не робот</label></form></body></html>", "title 'Вы не робот?'"),
        ("https://dzen.ru/a/ZabcDEF123", "<html><head><title>Dzen</title></head><body><form method='POST'"
         " action='/checkcaptcha?key=abc'><input type='checkbox'></form></body></html>",
         "markup '/checkcaptcha'"),
        (ARTICLE, "<html><head><title>Проверка браузера</title></head><body><h1>Проверяем ваш браузер</h1>"
         "<p>Это займёт несколько секунд.</p></body></html>", "title 'Проверка браузера'"),
        (ARTICLE, "<html><head><title>Доступ запрещён</title></head><body><h1>Доступ запрещён</h1><p>Ваш"
         " IP-адрес заблокирован.</p></body></html>", "it says 'Доступ запрещён'"),
        ("https://www.facebook.com/zelenskyy/posts/pfbid02abc", "<html><head><title>Facebook</title></head>"
         "<body><div><h2>You\u2019re Temporarily Blocked</h2><p>It looks like you were misusing this"
         " feature by going too fast.</p></div></body></html>", "it says 'You\u2019re Temporarily Blocked'"),
    ],
    ids=["yandex-title", "yandex-markup", "browser-check-ru", "access-denied-ru", "facebook-blocked"],
)  # fmt: skip
def test_a_russian_site_s_bot_check_or_a_platform_s_block_is_a_bot_check(
    url: str, body: str, said: str
) -> None:
    # Yandex's captcha, a Russian browser check and Facebook's temporary block were read as content.
    post = _read(body, url)
    assert post.problem == "challenge"
    assert said in (post.problem_detail or "")


def test_an_article_whose_headline_or_section_names_a_russian_block_is_content() -> None:
    page = _article(3).replace("Council votes to reopen the bridge", "Доступ запрещён: суд закрыл сайт")
    assert _read(page.replace("</h1>", "</h1><h2>Доступ запрещён</h2>")).problem is None


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Access denied | City Ledger", "Access denied"),
        ("City Ledger", "Too many requests"),
    ],
)
def test_an_article_headlined_with_a_refusal_s_words_is_content(title: str, headline: str) -> None:
    page = _article(8).replace("Council votes to reopen the bridge | City Ledger", title)
    page = page.replace("<h1>Council votes to reopen the bridge</h1>", f"<h1>{headline}</h1>")
    assert _read(page).problem is None


@pytest.mark.parametrize("section", ["Access denied", "Not available in your region", "Too many requests"])
def test_a_short_article_with_a_section_headed_as_a_refusal_is_content(section: str) -> None:
    page = _article(3).replace("</h1>", f"</h1><h2>{section}</h2>")
    assert _read(page).problem is None


def test_an_article_about_a_firewall_blocking_readers_is_content() -> None:
    words = (
        "<p>Readers saw a page saying Access denied, or Sorry, you have been blocked, when Cloudflare's"
        " firewall misread their requests as an attack.</p>"
    )
    page = _article(4).replace("</article>", words + "</article>")
    assert _read(page).problem is None


def _notice_page(title: str, notice: str, footer_links: int = 6) -> str:
    links = "".join(f"<li><a href='/section/{n}'>Section {n}: news, features and analysis</a></li>"
                    for n in range(footer_links))  # fmt: skip
    return (
        f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Home</a>"
        f" <a href='/city'>City</a></nav></header><main>{notice}</main><footer><ul>{links}</ul></footer>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("title", "notice", "said"),
    [
        ("City Ledger", "<h1>This content is not available in your region</h1><p>Due to legal restrictions"
         " this website is unavailable to visitors from the European Economic Area.</p>",
         "This content is not available in your region"),
        ("City Ledger", "<h2>Sorry, this video is not available in your country.</h2>",
         "Sorry, this video is not available in your country."),
        ("451 Unavailable For Legal Reasons", "<h1>Unavailable For Legal Reasons</h1><p>Our website is"
         " currently unavailable in most European countries.</p>", "Unavailable For Legal Reasons"),
        ("Age verification | City Ledger", "<h1>Are you over 18?</h1><p>You must be 18 or older to view this"
         " content.</p><form><button>Yes</button><button>No</button></form>", "Are you over 18?"),
        ("Account Suspended", "<h1>Account Suspended</h1><p>This Account has been suspended. Contact your"
         " hosting provider for more information.</p>", "Account Suspended"),
    ],
    ids=["region", "country", "451", "age-gate", "hosting-suspended"],
)  # fmt: skip
@pytest.mark.parametrize("footer_links", [6, 80], ids=["short-footer", "long-footer"])
def test_a_notice_in_place_of_the_content_is_unavailable(
    title: str, notice: str, said: str, footer_links: int
) -> None:
    # A block by country or by law, an age gate and a host's suspension notice, answered 200, were read as
    # content and passed `captured`; with a footer long enough, the page's own part was not even read.
    post = _read(_notice_page(title, notice, footer_links))
    assert post.problem == "unavailable"
    assert post.problem_detail == f"the page says {said!r} in place of the content"


@pytest.mark.parametrize(
    ("url", "notice", "said"),
    [
        ("https://www.facebook.com/harbour.office/posts/pfbid02abc", "<span dir='auto'>This content isn't"
         " available in your country</span><span dir='auto'>Due to a legal restriction, this content can't"
         " be shown.</span>", "This content isn't available in your country"),
        ("https://www.facebook.com/cbcnews/posts/pfbid02abc", "<span dir='auto'>People in Canada can't see"
         " this content</span><span dir='auto'>In response to Canadian government legislation, news content"
         " can't be viewed in Canada.</span><a href='/help/'>Learn more</a>",
         "People in Canada can't see this content"),
        ("https://www.instagram.com/p/C1abcDEFghi/", "<span>People in Canada can't see this content</span>"
         "<span>In response to Canadian government legislation, news content can't be viewed in Canada."
         "</span>", "People in Canada can't see this content"),
    ],
    ids=["facebook-country", "facebook-canada", "instagram-canada"],
)  # fmt: skip
def test_meta_s_notice_in_place_of_a_post_kept_from_the_readers_country_is_unavailable(
    url: str, notice: str, said: str
) -> None:
    # Meta writes "isn't", and tells readers in Canada that a news outlet's post is kept from them: read as
    # a post with no words, each passed `captured`.
    body = f"<html><head><title>Facebook</title></head><body><div role='main'>{notice}</div></body></html>"
    post = _read(body, url)
    assert (post.problem, post.problem_detail) == (
        "unavailable",
        f"the page says {said!r} in place of the content",
    )


@pytest.mark.parametrize(
    "notice",
    [
        "Этот материал недоступен в вашем регионе",
        "Контент недоступен в вашей стране",
        "Недоступно по юридическим причинам",
        "Цей матеріал недоступний у вашому регіоні",  # noqa: RUF001
        "Ce contenu n\u2019est pas disponible dans votre pays",
        "Dieser Inhalt ist in Ihrem Land leider nicht verfügbar",
        "Este contenido no está disponible en tu país",
        "هذا المحتوى غير متاح في بلدك",
        "Bu içerik ülkenizde kullanılamıyor",  # noqa: RUF001
        "این محتوا در کشور شما در دسترس نیست",
    ],
)
def test_a_notice_of_a_block_by_country_in_the_page_s_language_is_unavailable(notice: str) -> None:
    # Only English words of a block by country were read: a Russian, French or Arabic site's "not available in
    # your region", answered 200 under the article's own title, was content and passed `captured`.
    post = _read(_notice_page("City Ledger", f"<h1>{notice}</h1><p>Sorry.</p>"))
    assert post.problem == "unavailable"
    assert post.problem_detail == f"the page says {notice!r} in place of the content"


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Доступ к запрашиваемому ресурсу ограничен", "Доступ к запрашиваемому ресурсу ограничен"),  # noqa: RUF001
        ("Ресурс заблокирован", "Ресурс заблокирован"),  # noqa: RUF001
    ],
)
def test_a_russian_provider_s_stub_for_a_blocked_site_is_a_block(title: str, said: str) -> None:
    # A Russian provider's page in place of a site Roskomnadzor blocks, in the words it uses besides "Доступ
    # ограничен", was read as content.
    body = (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Доступ к информационному ресурсу"  # noqa: RUF001
        " ограничен на основании Федерального закона от 27.07.2006 № 149-ФЗ.</p></body></html>"
    )
    post = _read(body)
    assert post.problem == "challenge"
    assert f"it says {said!r}" in (post.problem_detail or "")


@pytest.mark.parametrize(
    "headline",
    [
        "Роскомнадзор заблокировал сайт «Медузы» в России",
        "Почему сайт Медузы недоступен в вашем регионе и как это обойти",
        "Le contenu de la BBC indisponible en Russie",
        "Bu içerik neden ülkenizde kullanılamıyor?",  # noqa: RUF001
    ],
)
def test_an_article_about_a_block_by_country_in_another_language_is_content(headline: str) -> None:
    page = _article(3).replace("Council votes to reopen the bridge", headline)
    assert _read(page).problem is None


@pytest.mark.parametrize(
    "headline",
    [
        "Материал удален по требованию Роскомнадзора, заявили в редакции",
        "Новину видалено з сайту міністерства після скандалу",
        "La noticia que buscas no existe: así se inventan los bulos",
    ],
)
def test_an_article_headlined_with_a_removal_s_words_in_another_language_is_content(headline: str) -> None:
    page = _article(3).replace("Council votes to reopen the bridge", headline)
    assert _read(page).problem is None


def test_a_short_explainer_titled_as_a_gate_is_content() -> None:
    title = "Council votes to reopen the bridge | City Ledger"
    assert _read(_article(3).replace(title, "Age verification | City Ledger")).problem is None


def test_an_article_under_an_age_gate_s_heading_is_content() -> None:
    # The gate's dialog stands over the whole article, which the capture holds: the article is content.
    gate = "<div class='age-gate'><h2>Are you over 18?</h2><button>Yes</button></div>"
    assert _read(_article(12).replace("<main>", gate + "<main>")).problem is None


@pytest.mark.parametrize(
    "headline",
    [
        "Not available in your country: how Russia blocks the news",
        "Account suspended after the minister's post, the platform says",
    ],
)
def test_an_article_about_blocks_and_suspensions_is_content(headline: str) -> None:
    page = _article(3).replace("Council votes to reopen the bridge", headline)
    assert _read(page).problem is None


def test_a_cookie_consent_dialog_alone_is_a_consent_wall() -> None:
    post = _read("consent_wall.html")
    assert post.problem == "consent-wall"
    assert (post.problem_detail or "").startswith(
        "the page shows only a cookie-consent dialog: 'We value your privacy We and our 842 partners"
    )


def test_a_redirect_to_a_consent_site_is_a_consent_wall() -> None:
    final = "https://consent.yahoo.com/v2/collectConsent?sessionId=3_cc-session_abc"
    post = extract_source(ARTICLE, (redirect(ARTICLE, final), answer(final, _article(5))))
    assert post.problem == "consent-wall"
    assert post.problem_detail == f"redirected to a consent page {final}"


def _google_consent(service: str, title: str) -> str:
    save = "<form action='https://consent.google.com/save' method='POST'><button>{}</button></form>"
    return (
        f"<html lang='en'><head><title>{title}</title></head><body><div><h1>{title}</h1><div>We use"
        " <a href='https://policies.google.com/technologies/cookies'>cookies</a> and data to</div><ul>"
        f"<li>Deliver and maintain {service} services</li>"
        "<li>Track outages and protect against spam, fraud, and abuse</li></ul>"
        "<div>If you choose to “Accept all,” we will also use cookies and data to develop and improve new"
        " services.</div><div>If you choose to “Reject all,” we will not use cookies for these additional"
        f" purposes.</div>{save.format('Reject all')}{save.format('Accept all')}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("service", "title"),
    [
        ("Google", "Before you continue to Google"),
        ("YouTube", "Before you continue to YouTube"),
        ("YouTube", "Bevor Sie zu YouTube weitergehen"),
        ("Google", "Avant d'accéder à Google Maps"),
        # Its title in Russian, Ukrainian, Turkish and Arabic: the page was content (a second hunt).
        ("Google", "Прежде чем перейти к Google"),
        ("YouTube", "Перш ніж перейти в YouTube"),
        ("Google", "Google'a devam etmeden \u00f6nce"),
        ("Google", "قبل المتابعة إلى Google"),
        # ... in Portuguese, Polish and Dutch.
        ("Google", "Antes de continuar para o Google"),
        ("YouTube", "Zanim przejdziesz do YouTube"),
        ("Google", "Voordat je verdergaat naar Google"),
    ],
)
def test_google_s_consent_page_in_place_of_the_page_is_a_consent_wall(service: str, title: str) -> None:
    # Answered at the cited URL itself (not by a redirect to consent.google.com), it was content: its cookie
    # text is longer than a dialog's, and no consent manager named it.
    post = _read(_google_consent(service, title), "https://news.google.com/articles/CBMiXWh0dHBz")
    assert post.problem == "consent-wall"
    assert post.problem_detail == f"the page is a cookie-consent page: {title!r}"


def _yahoo_consent(title: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><div class='con-wizard'><h2>{title}</h2><p>When you"
        " use our sites and apps, we use cookies to: provide our sites and apps to you; authenticate users,"
        " apply security measures, and prevent spam and abuse; and measure your use of our sites and apps."
        "</p><p>If you click 'Accept all', we and our partners, including 239 who are part of the IAB"
        " Transparency &amp; Consent Framework, will also store and/or access information on a device (in"
        " other words, use cookies) and use precise geolocation data and other personal data such as IP"
        " address and browsing and search data, for personalised advertising and content, advertising and"
        " content measurement, audience research and services development.</p><p>If you do not want us and"
        " our partners to use cookies and personal data for these additional purposes, click 'Reject all'."
        "</p><button>Accept all</button><button>Reject all</button><a href='#'>Manage privacy settings</a>"
        "</div></body></html>"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Yahoo is part of the Yahoo family of brands",
        "Yahoo fait partie de la famille de marques Yahoo",
        "Yahoo ist Teil der Yahoo Markenfamilie",
        "AOL is part of the Yahoo family of brands",
        "O Yahoo faz parte da família de marcas Yahoo",
        "Yahoo maakt deel uit van de Yahoo-merkenfamilie",
        "Yahoo jest częścią rodziny marek Yahoo",
    ],
)
def test_yahoo_s_consent_page_at_the_article_s_address_is_a_consent_wall(title: str) -> None:
    # Captured at the cited article's address (from the EU), Yahoo's consent page was content: its cookie text
    # is longer than a dialog's, and its title was not known as a consent page's.
    post = _read(_yahoo_consent(title), "https://fr.news.yahoo.com/ukraine-conseil-vote-123456789.html")
    assert (post.problem, post.problem_detail) == (
        "consent-wall",
        f"the page is a cookie-consent page: {title!r}",
    )


def test_an_article_about_yahoo_s_owners_is_still_an_article() -> None:
    page = _article(4).replace("Council votes to reopen the bridge", "Yahoo is now part of Verizon Media")
    assert _read(page, "https://news.yahoo.com/yahoo-verizon-media-deal-123456789.html").problem is None


@pytest.mark.parametrize(
    ("title", "notice"),
    [
        ("Toestemming | Het Dagblad", "<h1>Het Dagblad vraagt je toestemming</h1><p>Het Dagblad en haar"
         " partners gebruiken cookies en vergelijkbare technieken om je een betere ervaring te bieden. Kies"
         " 'Akkoord' om verder te gaan.</p><button>Akkoord</button><a href='/instellingen'>Instellingen"
         " aanpassen</a>"),
        ("Zustimmung | Der Kurier", "<h2>Wir brauchen Ihre Zustimmung</h2><p>Wir verwenden Cookies und"
         " ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren. Weitere Informationen finden"
         " Sie in unserer Datenschutzerklärung.</p><button>Zustimmen und weiter</button>"
         "<button>Ablehnen</button>"),
        ("El Diario", "<h2>Tu privacidad es importante para nosotros</h2><p>Nosotros y nuestros socios"
         " utilizamos cookies para almacenar y acceder a información personal como tu visita en este sitio."
         "</p><button>Aceptar y continuar</button><button>Rechazar</button>"),
        ("Il Giornale", "<h2>Il rispetto della tua privacy è la nostra priorità</h2><p>Noi e i nostri"
         " fornitori utilizziamo cookie e altre tecnologie per archiviare e accedere a informazioni su un"
         " dispositivo.</p><button>Accetta</button><button>Rifiuta</button>"),
        ("Le Quotidien", "<div id='didomi-host'><div id='didomi-notice'><h1>Vos choix concernant"
         " l'utilisation de cookies</h1><p>Avec votre accord, nos partenaires et nous utilisons des cookies"
         " ou technologies similaires pour stocker et accéder à des informations personnelles comme votre"
         " visite sur ce site.</p><button>Accepter &amp; Fermer</button>"
         "<button>Continuer sans accepter</button></div></div>"),
        ("The Example Herald", "<div class='cookie-wall'><h1>Cookies on The Example Herald</h1><p>We use"
         " cookies and similar technologies to improve your experience and to show you personalised"
         " advertising. To continue to the site you must accept cookies or subscribe.</p><button>Accept and"
         " continue</button><a href='/subscribe'>Subscribe without cookies</a></div>"),
        ("Zustimmung erforderlich | Die Abendpost", "<h1>Lesen Sie mit Werbung oder mit dem Pur-Abo</h1><p>"
         "Wir und unsere Partner nutzen Cookies und ähnliche Technologien, um personenbezogene Daten zu"
         " verarbeiten und Anzeigen zu personalisieren. Details finden Sie in unserer Datenschutzerklärung."
         " Mit dem Pur-Abo lesen Sie werbefrei und ohne Tracking für 2,99 € im Monat.</p><button>Zustimmen"
         " und weiter</button><a href='/pur'>Jetzt Pur-Abo abschließen</a>"),
    ],
    ids=["nl", "de", "es", "it", "fr-didomi-with-a-heading", "en-cookies-on", "de-pay-or-okay"],
)  # fmt: skip
def test_a_consent_page_longer_than_a_dialog_that_calls_itself_one_is_a_consent_wall(
    title: str, notice: str
) -> None:
    # Its text (a paragraph or two) was too long for a dialog with nothing beside it, its choices were not
    # English, or (Didomi) its heading kept it as the page's content: each passed `captured`.
    page = f"<html><head><title>{title}</title></head><body><main>{notice}</main></body></html>"
    post = _read(page)
    assert post.problem == "consent-wall"
    assert (post.problem_detail or "").startswith("the page shows only a cookie-consent notice: ")


def test_an_article_headlined_like_a_cookie_wall_is_content() -> None:
    # The English and German consent headings ("We use cookies", "mit Werbung oder Pur-Abo") read whole: a
    # story about them, longer than a consent page's few paragraphs, is the story.
    words = (
        "<p>Publishers that ask readers to accept tracking or pay for a plan without it must offer a fair"
        " choice, the regulator said on Friday, after complaints that readers could not reject cookies.</p>"
    ) * 3
    for headline in ("We use cookies", "Mit Werbung oder Pur-Abo lesen"):
        page = _article(4, head="").replace("Council votes to reopen the bridge", headline)
        assert _read(page.replace("</h1>", f"</h1>{words}<button>Accept</button>")).problem is None


def test_a_short_explainer_titled_cookies_is_content() -> None:
    words = "<p>Sites must let readers accept or reject cookies that track them, the regulator said.</p>"
    page = _article(2, head="").replace(
        "Council votes to reopen the bridge | City Ledger", "Cookies | City Ledger"
    )
    assert _read(page.replace("</h1>", f"</h1>{words}")).problem is None


def test_a_short_article_about_cookie_consent_beside_an_unnamed_banner_is_content() -> None:
    banner = "<div class='bottom-bar'>We use cookies. <button>Akkoord</button><button>Accept</button></div>"
    page = _article(3, banner).replace("Council votes to reopen the bridge", "Cookie consent rules tightened")
    assert _read(page).problem is None


@pytest.mark.parametrize(
    ("heading", "text", "choice"),
    [
        (
            "Мы используем файлы cookie",
            "Продолжая использовать сайт, вы соглашаетесь с использованием файлов cookie.",  # noqa: RUF001
            "Принять",
        ),
        (
            "Ми використовуємо файли cookie",
            "Продовжуючи, ви погоджуєтесь з використанням cookie.",
            "Прийняти",
        ),
        ("Çerez Politikası", "Sitemizde çerezler kullanılmaktadır.", "Kabul Et"),  # noqa: RUF001
        ("ملفات تعريف الارتباط", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.", "موافق"),
        ("استفاده از کوکی\u200cها", "ما از کوکی\u200cها استفاده می\u200cکنیم.", "قبول دارم"),  # noqa: RUF001
    ],
)
def test_a_cookie_dialog_alone_in_the_page_s_language_is_a_consent_wall(
    heading: str, text: str, choice: str
) -> None:
    # A Russian, Ukrainian, Turkish, Arabic or Persian site's cookie dialog, alone on the page, was content:
    # its choice ("Принять", "Kabul Et", "موافق") and Turkish's, Arabic's and Persian's word for a cookie were
    # not known, and it passed `captured`.
    page = (
        f"<html><head><title>News</title></head><body><div class='modal'><h2>{heading}</h2><p>{text}</p>"
        f"<button>{choice}</button></div></body></html>"
    )
    post = _read(page)
    assert post.problem == "consent-wall"
    assert (post.problem_detail or "").startswith("the page shows only a cookie-consent notice")


def test_an_article_beside_a_cookie_dialog_in_another_language_is_content() -> None:
    banner = "<div class='bottom-bar'>Мы используем файлы cookie. <button>Принять</button></div>"
    assert _read(_article(3, banner)).problem is None


_LONG_FOOTER = "<footer>" + "".join(
    f"<a href='/section/{n}'>Section {n}: news, features, analysis and opinion</a> " for n in range(70)
) + "</footer>"  # fmt: skip


def test_a_bot_check_behind_a_long_footer_is_still_a_bot_check() -> None:
    # The page's whole text (its footer) was long enough that its own part was not read: the challenge,
    # judged there, passed `captured`.
    page = asset("challenge_cloudflare.html").decode().replace("</body>", f"{_LONG_FOOTER}</body>")
    post = _read(page)
    assert (post.problem, post.problem_detail) == (
        "challenge",
        "a challenge page stands in for the content (title 'Just a moment...')",
    )


def test_a_consent_page_longer_than_most_under_its_title_is_a_consent_wall() -> None:
    # Google's consent page says more in some languages: over 3,000 characters, it was not read as one.
    more = "<div>Wir verwenden Cookies und Daten, um die Qualität unserer Dienste zu verbessern.</div>" * 30
    page = _google_consent("YouTube", "Bevor Sie zu YouTube weitergehen").replace("</ul>", f"</ul>{more}")
    post = _read(page, "https://news.google.com/articles/CBMiXWh0dHBz")
    assert (post.problem, post.problem_detail) == (
        "consent-wall",
        "the page is a cookie-consent page: 'Bevor Sie zu YouTube weitergehen'",
    )


@pytest.mark.parametrize("title", ["Just a moment | City Ledger", "Access denied | City Ledger"])
def test_a_long_article_whose_title_names_a_wall_is_content(title: str) -> None:
    page = _article(20, _LONG_FOOTER).replace("Council votes to reopen the bridge | City Ledger", title)
    assert _read(page).problem is None


def test_an_article_titled_before_you_continue_is_content() -> None:
    page = _article(3).replace("Council votes to reopen the bridge", "Before you continue to Kherson")
    assert _read(page).problem is None


@pytest.mark.parametrize(
    "final",
    [
        "https://news.example/zustimmung?url=https%3A%2F%2Fnews.example%2F2022%2F01%2F21%2Fcouncil-bridge",
        "https://news.example/cookiewall?return=%2F2022%2F01%2F21%2Fcouncil-bridge",
        "https://myprivacy.dpgmedia.example/consent?siteKey=abc&callbackUrl=https%3A%2F%2Fnews.example%2F",
    ],
)
def test_a_redirect_to_a_consent_path_or_a_privacy_host_is_a_consent_wall(final: str) -> None:
    post = extract_source(ARTICLE, (redirect(ARTICLE, final), answer(final, _article(5))))
    assert post.problem == "consent-wall"
    assert post.problem_detail == f"redirected to a consent page {final}"


def test_a_redirect_to_an_article_about_consent_is_not_a_consent_wall() -> None:
    moved = "https://news.example/2022/01/21/consent-law-passes"
    assert extract_source(ARTICLE, (redirect(ARTICLE, moved), answer(moved, _article(5)))).problem is None


@pytest.mark.parametrize(
    ("headers", "body", "said"),
    [
        ((("Content-Type", "text/html"),), b"", "0 bytes, Content-Type 'text/html'"),
        ((), b"", "0 bytes, no Content-Type"),
        ((("Content-Type", "text/plain"),), b" \r\n", "3 bytes of whitespace, Content-Type 'text/plain'"),
    ],
)  # fmt: skip
def test_an_empty_answer_is_named_with_or_without_a_content_type(
    headers: tuple[tuple[str, str], ...], body: bytes, said: str
) -> None:
    response = StoredResponse(uri=ARTICLE, status=200, headers=headers, body=body, cut=False)
    post = extract_source(ARTICLE, (response,))
    assert post.problem == "empty"
    assert post.problem_detail == f"the body is {said}"


def _cut(html: str, at: int) -> StoredResponse:
    return StoredResponse(uri=ARTICLE, status=200, headers=HTML_HEAD, body=html.encode()[:at], cut=True)


HTML_HEAD = (("Content-Type", "text/html; charset=utf-8"),)


@pytest.mark.parametrize("at", [100, 250, 350], ids=["inside-head", "inside-the-menu", "inside-the-heading"])
def test_an_article_cut_short_is_not_judged_by_the_little_it_shows(at: int) -> None:
    # `check --max-bytes 500` of an article whose head is longer: the capture showed no text, and the page
    # was failed as a "script shell" where only the capture's bound was to blame (the footnote is an error).
    post = extract_source(ARTICLE, (_cut(_article(paragraphs=8), at),))
    assert (post.problem, post.problem_detail) == (None, None)


def test_a_cut_page_is_still_judged_by_what_it_does_show() -> None:
    error_page = "<html><head><title>Page not found | City Ledger</title><script></script></head><body>"
    assert extract_source(ARTICLE, (_cut(error_page + "x" * 200, 150),)).problem == "soft-404"


def test_an_answer_cut_before_its_body_is_not_called_empty() -> None:
    response = StoredResponse(uri=ARTICLE, status=200, headers=HTML_HEAD, body=b"", cut=True)
    assert extract_source(ARTICLE, (response,)).problem is None


def test_a_page_with_markup_but_nothing_to_show_is_empty() -> None:
    post = _read("<html><head><title>Statement</title></head><body><div></div></body></html>")
    assert post.problem == "empty"


def test_a_script_shell_showing_only_a_menu_is_a_script_shell() -> None:
    # Twelve menu links are twelve words: the whole text passes the word count, the page's own part is empty.
    post = _read("script_shell_with_nav.html")
    assert post.problem == "script-shell"
    assert (post.problem_detail or "").startswith(
        "the page shows no text of its own (besides navigation, banner and footer: 'Home Politics Business"
    )


def test_a_redirect_to_a_domain_seller_is_a_soft_404() -> None:
    cited = "https://oldnews.example/2019/05/03/harbour-report"
    final = "https://www.hugedomains.com/domain_profile.cfm?d=oldnews.example"
    responses = (redirect(cited, final), answer(final, asset("parked_domain.html")))
    post = extract_source(cited, responses)
    assert post.problem == "soft-404"
    assert post.problem_detail == f"redirected to a domain seller (hugedomains.com): {final}"


def test_a_parked_domain_page_is_a_soft_404() -> None:
    post = _read("parked_domain.html", "https://oldnews.example/2019/05/03/harbour-report")
    assert post.problem == "soft-404"
    assert (
        post.problem_detail == "the domain is parked: the page says 'The domain oldnews.example is for sale'"
    )


@pytest.mark.parametrize(
    ("title", "body", "detail"),
    [
        ("oldnews.example is available for purchase - HugeDomains", "<h1>oldnews.example</h1><p>This domain"
         " is available for purchase!</p><a>Buy now for $2,495</a>",
         "the domain is parked: the page says 'This domain is available for purchase'"),
        ("oldnews.example", "<h1>oldnews.example</h1><p>Get this domain</p><p>Related searches: News Online"
         "</p>", "the domain is parked: the page says 'Get this domain'"),
        ("oldnews.example", "<div id='relatedsearches1'></div><p>The Sponsored Listings displayed above are"
         " served automatically by a third party. Neither the service provider nor the domain owner maintain"
         " any relationship with the advertisers.</p>", "the domain is parked: the page says 'The Sponsored"
         " Listings displayed above are served automatically by a third party'"),
        ("Domain for sale: oldnews.example", "<h1>oldnews.example</h1><p>Make an offer</p>",
         "the domain is parked: its title says 'Domain for sale'"),
    ],
    ids=["available-for-purchase", "get-this-domain", "parking-ads", "title"],
)  # fmt: skip
def test_more_parked_domain_pages_are_a_soft_404(title: str, body: str, detail: str) -> None:
    # An expired news site's domain, parked or for sale, said so in words the parked-page rule did not know.
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    post = _read(page, "https://oldnews.example/2019/05/03/harbour-report")
    assert (post.problem, post.problem_detail) == ("soft-404", detail)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("<h1>Diese Domain steht zum Verkauf!</h1><p>Jetzt ein Angebot abgeben.</p>",
         "Diese Domain steht zum Verkauf"),
        ("<h1>Ce nom de domaine est \u00e0 vendre</h1><p>Faites une offre.</p>",
         "Ce nom de domaine est \u00e0 vendre"),
        ("<h1>Este dominio est\u00e1 en venta</h1><p>Haga una oferta.</p>",
         "Este dominio est\u00e1 en venta"),
        ("<h1>Домен oldnews.example продаётся</h1><p>Сделайте предложение.</p>",
         "Домен oldnews.example продаётся"),
        ("<h1>Цей домен продається</h1>", "Цей домен продається"),
        ("<h1>Bu alan ad\u0131 sat\u0131l\u0131kt\u0131r</h1><p>Teklif verin.</p>",
         "Bu alan ad\u0131 sat\u0131l\u0131kt\u0131r"),
        ("<h1>هذا النطاق للبيع</h1>", "هذا النطاق للبيع"),
    ],
    ids=["german", "french", "spanish", "russian", "ukrainian", "turkish", "arabic"],
)  # fmt: skip
def test_a_parked_domain_page_in_another_language_is_a_soft_404(body: str, said: str) -> None:
    # A registrar's parking page in the expired site's language said "for sale" in words only English knew:
    # the page passed `captured` as the cited article.
    page = f"<html><head><title>oldnews.example</title></head><body>{body}</body></html>"
    post = _read(page, "https://oldnews.example/2019/05/03/harbour-report")
    assert (post.problem, post.problem_detail) == (
        "soft-404",
        f"the domain is parked: the page says {said!r}",
    )


@pytest.mark.parametrize(
    "brief",
    [
        "<h1>Le domaine viticole est \u00e0 vendre</h1><p>Le ch\u00e2teau cherche un repreneur.</p>",
        "<h1>Ein Artikel \u00fcber Domains</h1><p>Die Domain des Vereins bleibt online.</p>",
    ],
)
def test_a_short_brief_about_an_estate_or_a_domain_is_still_an_article(brief: str) -> None:
    post = _read(f"<html><head><title>City Ledger</title></head><body><main>{brief}</main></body></html>")
    assert post.problem != "soft-404"


def test_a_short_article_titled_domain_for_sale_is_content() -> None:
    title = "Council votes to reopen the bridge | City Ledger"
    page = _article(3).replace(title, "Domain for sale: how squatters profit | City Ledger")
    assert _read(page).problem is None


@pytest.mark.parametrize("main_text", [True, False])
def test_an_article_beside_a_login_form_a_newsletter_box_and_a_cookie_banner_is_content(
    main_text: bool,
) -> None:
    # A password field in the banner's login form, an email box in the sidebar, a cookie banner, Cloudflare's
    # injected detection script, "page not found" in the text and an error-word section heading: all ordinary.
    post = _read("article_beside_forms_and_banners.html", main_text=main_text)
    assert post.problem is None
    assert "botched migration" in post.text


def test_a_short_article_beside_a_login_form_is_content() -> None:
    login = (
        "<form><input type=email name=email><input type=password name=pass><button>Sign in</button></form>"
    )
    assert _read(_article(3).replace("</header>", login + "</header>")).problem is None


def test_an_article_with_a_cookie_banner_beside_its_text_is_content() -> None:
    banner = (
        "<div id='onetrust-consent-sdk'><p>We and our partners use cookies to personalise content and ads."
        " You can accept all cookies or manage your preferences.</p><button>Accept all</button></div>"
    )
    assert _read(_article(4, banner)).problem is None


def test_a_photo_page_with_a_short_caption_is_not_a_script_shell() -> None:
    # Its own words are fewer than twelve (its menu makes them more): its photo is its content.
    photo = "<figure><img src='/photos/bridge.jpg'><figcaption>The bridge at dawn.</figcaption></figure>"
    page = _article(0).replace("<h1>Council votes to reopen the bridge</h1>", photo)
    assert _read(page).problem is None


def test_a_page_that_mentions_bot_checks_in_a_long_text_is_content() -> None:
    words = "<p>Readers saw a page saying Just a moment while the site was checking your browser.</p>"
    assert _read(_article(20, words)).problem is None


def test_the_old_reading_without_markup_is_unchanged() -> None:
    # Callers that give no markup (the X extractor) get the whole-text rules only.
    menu = " ".join(["Home"] * 12)
    assert page_problem(ARTICLE, ARTICLE, "A page", menu, has_scripts=True) is None


def test_a_crafted_page_of_many_menus_and_headings_is_read_in_bounded_time() -> None:
    # Each scan stops at its bound: 20 000 navigation elements nested, 20 000 headings, a long title.
    nested = "<nav><a>x</a>" * 400 + "</nav>" * 400
    flat = "<aside><h2>Not found</h2></aside>" * 20_000
    headings = "<h3>Section</h3>" * 20_000
    page = f"<html><head><title>{'Page | ' * 5000}</title></head><body>{nested}{flat}{headings}</body></html>"
    started = time.process_time()
    _read(page, main_text=False)
    assert time.process_time() - started < 10


# --- short articles beside walls that are not shown: content (a second review's false alarms) --------------

_BRIEF = _article(2)  # a headline and two sentences: about 300 characters of its own


def test_a_short_article_beside_a_cookie_banner_is_content_not_a_consent_wall() -> None:
    banner = (
        "<div id='onetrust-consent-sdk'><p>We and our partners use cookies to store and access information on"
        " your device, for personalised ads and content.</p><button>Accept all</button></div>"
    )
    assert _read(_BRIEF.replace("<footer>", banner + "<footer>")).problem is None


def test_a_short_article_with_a_hidden_sign_in_dialog_is_content_not_a_login_wall() -> None:
    dialog = (
        "<div class='modal' style='display:none'><form><input name=user><input type=password name=pw>"
        "<button>Sign in</button></form></div>"
    )
    assert _read(_BRIEF.replace("<footer>", dialog + "<footer>")).problem is None


def test_a_short_post_beside_a_sidebar_sign_in_widget_is_content_not_a_login_wall() -> None:
    widget = (
        "<div id='secondary' class='widget-area'><form><label>Username</label><input name=log>"
        "<label>Password</label><input type=password name=pwd><button>Log In</button></form></div>"
    )
    assert _read(_BRIEF.replace("<footer>", widget + "<footer>")).problem is None


def test_an_error_heading_above_a_long_grid_of_other_stories_is_still_read_as_a_soft_404() -> None:
    # A page showing this much text skips the second reading of its own part unless something could be a
    # problem there: an error heading anywhere is such a thing.
    grid = "".join(
        f"<div class='card'><a href='/s/{n}'>Council story {n} about the bridge and the river</a></div>"
        for n in range(80)
    )
    page = (
        "<html><head><title>City Ledger</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<div class='content'><h2>Sorry, we couldn't find that page.</h2>{grid}</div></body></html>"
    )
    post = _read(page)
    assert post.problem == "soft-404", post.problem_detail


def test_a_consent_notice_without_a_consent_managers_name_is_a_consent_wall() -> None:
    # A dialog in `<main>` with no consent-named class: the page has nothing of its own but it.
    notice = (
        "<h2>We value your privacy</h2><p>We and our partners use cookies.</p>"
        "<button>Accept all</button><button>Reject all</button>"
    )
    page = f"<html><head><title>City Ledger</title></head><body><main>{notice}</main></body></html>"
    post = _read(page)
    assert post.problem == "consent-wall", post.problem_detail
    assert "cookie-consent notice" in (post.problem_detail or "")


def _encoded(html: str, encoding: str, charset: str) -> StoredResponse:
    headers = (("Content-Type", f"text/html; charset={charset}"),)
    return StoredResponse(uri=ARTICLE, status=200, headers=headers, body=html.encode(encoding), cut=False)


_ERROR_PAGE_RU = (
    "<html><head><title>Страница не найдена</title></head><body><header><nav><a href='/'>Главная</a></nav>"
    "</header><main><h1>Страница не найдена</h1><p>Проверьте адрес.</p></main></body></html>"
)


def _undeclared(html: str, encoding: str) -> StoredResponse:
    return StoredResponse(
        uri=ARTICLE,
        status=200,
        headers=(("Content-Type", "text/html"),),
        body=html.encode(encoding),
        cut=False,
    )


_ARTICLE_RU = (
    "<html><head><title>Совет открыл мост | Городские вести</title></head><body><main><article>"
    "<h1>Совет открыл мост</h1>"
    + "<p>Городской совет в пятницу проголосовал за открытие моста после ремонта, сообщили инженеры.</p>" * 3
    + "<p>Мэр заявил: мост никогда не был безопасным.</p></article></main></body></html>"
)


_ENGLISH = (
    "<html><head><title>Council votes | City Ledger</title></head><body><article><h1>Council votes</h1>"
    "<p>The mayor said \u201cwe\u2019re not going to reopen the bridge\u201d on Friday, and the "
    "council\u2019s engineers agreed with the caf\u00e9 owners.</p></article></body></html>"
)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_a_russian_page_naming_no_charset_is_read_in_its_windows_1251_or_koi8_r(encoding: str) -> None:
    # Named by no header, `<meta>` or BOM, it was read as UTF-8: every Cyrillic letter came out U+FFFD, an
    # error page's words unread (`captured` passed it) and an article's title and quotes not found.
    error = extract_source(ARTICLE, (_undeclared(_ERROR_PAGE_RU, encoding),))
    assert (error.problem, error.problem_detail) == (
        "soft-404",
        "the page's title is an error: 'Страница не найдена'",
    )
    article = extract_source(ARTICLE, (_undeclared(_ARTICLE_RU, encoding),))
    assert article.problem is None and article.title == "Совет открыл мост | Городские вести"
    assert "мост никогда не был безопасным" in article.text


@pytest.mark.parametrize(
    ("body", "read_as"),
    [
        (_ARTICLE_RU.encode("cp1251"), "cp1251"),
        (_ARTICLE_RU.encode("koi8-r"), "koi8-r"),
        ("<p>Відповідь міністерства є офіційною: їх немає.</p>".encode("cp1251") * 3, "cp1251"),
        (_ARTICLE_RU.encode("utf-8"), None),
        (_ARTICLE_RU.encode("utf-8")[:-40] + "мост".encode()[:3], None),  # UTF-8 cut inside a letter
        (_ARTICLE_RU.encode("utf-8") + b"\xa0", None),  # UTF-8 with a stray byte: still mostly UTF-8's
        (_ENGLISH.encode("utf-8") + b"\x92" + _ENGLISH.encode("utf-8"), None),  # a template's stray byte
        (
            "<p>Le café du marché a réouvert après les dégâts, a déclaré le maire.</p>".encode("cp1252") * 9,
            "cp1252",
        ),
        (
            "<p>Die Straße über den Fluß wird am Dienstag geöffnet, sagte der Bürgermeister.</p>".encode(
                "cp1252"
            ),
            "cp1252",
        ),
        (_ENGLISH.encode("cp1252"), "cp1252"),
        (b"<p>plain ASCII only</p>", None),
    ],
    ids=[
        "windows-1251",
        "koi8-r",
        "ukrainian",
        "utf-8",
        "utf-8 cut",
        "utf-8 stray byte",
        "utf-8 stray byte inside",
        "french",
        "german",
        "english",
        "ascii",
    ],
)
def test_an_undeclared_page_not_in_utf_8_is_read_as_windows_1251_koi8_r_or_windows_1252(
    body: bytes, read_as: str | None
) -> None:
    # Russian words in Windows-1251 or KOI8-R, else a Western page's Windows-1252, as browsers read them: the
    # curly quotes and accented letters of a Windows-1252 page came out U+FFFD, and a true quote warned.
    assert undeclared_charset(body) == read_as


def test_a_western_page_naming_no_charset_is_read_in_windows_1252() -> None:
    article = extract_source(ARTICLE, (_undeclared(_ENGLISH, "cp1252"),))
    assert "we\u2019re not going to reopen the bridge" in article.text
    assert "agreed with the caf\u00e9 owners" in article.text
    # A UTF-8 page with one stray byte is still read as UTF-8: its quotes and letters stay whole.
    stray = _ENGLISH.encode("utf-8").replace(b"on Friday", b"on Friday\x92")
    read = extract_source(
        ARTICLE, (StoredResponse(ARTICLE, 200, (("Content-Type", "text/html"),), stray, cut=False),)
    )
    assert "we\u2019re not going to reopen the bridge" in read.text


def test_a_page_said_to_be_utf_16_without_a_bom_is_read_little_endian_as_a_browser_reads_it() -> None:
    # w3lib read an unmarked `charset=utf-16` big-endian: an error page's words came out as other characters
    # and `captured` passed it, an article's words were not found. A browser reads it little-endian.
    error = extract_source(ARTICLE, (_encoded(_ERROR_PAGE_RU, "utf-16-le", "utf-16"),))
    assert (error.problem, error.problem_detail) == (
        "soft-404",
        "the page's title is an error: 'Страница не найдена'",
    )
    article = extract_source(ARTICLE, (_encoded(_article(paragraphs=3), "utf-16-le", "UTF-16"),))
    assert article.problem is None and "voted on Friday to reopen the bridge" in article.text
    # A byte order the answer names, or a BOM, is read as it says.
    for encoding, charset in (("utf-16-be", "utf-16be"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16le")):
        named = extract_source(ARTICLE, (_encoded(_article(paragraphs=3), encoding, charset),))
        assert "voted on Friday to reopen the bridge" in named.text, (encoding, charset)


_X_COPY = "https://archive.ph/AbCdE"
_X_POST = (
    "<html><head><title>{title}</title></head><body><main role='main'><div><h2>Post</h2><article"
    " data-testid='tweet'><div data-testid='User-Name'>Volodymyr Zelenskyy @ZelenskyyUa</div><div"
    " data-testid='tweetText'>We will rebuild every bridge in Kherson. Together.</div><div role='link'><div>"
    "This post is unavailable.</div></div><time datetime='2022-11-14T10:00:00.000Z'>10:00 AM · Nov 14, 2022"
    "</time></article></div></main></body></html>"
)


@pytest.mark.parametrize(
    "title",
    [
        'Volodymyr Zelenskyy on X: "We will rebuild every bridge in Kherson. Together." / X',
        "Volodymyr Zelenskyy (@ZelenskyyUa) on X",
    ],
)
def test_a_copy_of_an_x_post_quoting_a_deleted_post_is_the_post(title: str) -> None:
    # The box of the deleted post it quotes says "This post is unavailable.": one sentence of a short page, it
    # made the copy of a post that is there "the page's text is an error" (a true quote went unchecked).
    post = _read(_X_POST.format(title=title), _X_COPY)
    assert post.problem is None
    assert "We will rebuild every bridge in Kherson" in post.text


@pytest.mark.parametrize("title", ["X", "Post / X", "City Ledger"])
def test_a_short_page_that_says_the_post_is_unavailable_under_another_title_is_still_a_soft_404(
    title: str,
) -> None:
    page = (
        f"<html><head><title>{title}</title></head><body><main><h2>Post</h2><div>Volodymyr Zelenskyy"
        " @ZelenskyyUa</div><div>This post is unavailable.</div></main></body></html>"
    )
    post = _read(page, _X_COPY)
    assert post.problem == "soft-404"


_CHALLENGE = "a challenge page stands in for the content"
_REFUSAL = "a block or rate-limit page stands in for the content"


@pytest.mark.parametrize(
    ("title", "body", "detail"),
    [
        ("Один момент…", "<h1>news.example</h1><p>news.example проверяет подключение.</p>",
         f"{_CHALLENGE} (title 'Один момент…')"),
        ("Un instant…", "<h1>news.example</h1>", f"{_CHALLENGE} (title 'Un instant…')"),
        ("Bir dakika l\u00fctfen…", "<h1>news.example</h1>",
         f"{_CHALLENGE} (title 'Bir dakika l\u00fctfen…')"),
        ("news.example", "<h1>news.example</h1><h2>V\u00e9rification que vous \u00eates un humain. Cela peut"
         " prendre quelques secondes.</h2>",
         f"{_CHALLENGE} (text 'V\u00e9rification que vous \u00eates un humain')"),
        ("news.example", "<h2>\u00dcberpr\u00fcfen Sie, ob Sie ein Mensch sind. Dies kann einige Sekunden"
         " dauern.</h2>",
         f"{_CHALLENGE} (text '\u00dcberpr\u00fcfen Sie, ob Sie ein Mensch sind')"),
        ("Acc\u00e8s refus\u00e9", "<h1>Acc\u00e8s refus\u00e9</h1><p>Vous n'avez pas"
         " l'autorisation d'acc\u00e9der \u00e0 cette page.</p>",
         f"{_REFUSAL} (it says 'Acc\u00e8s refus\u00e9')"),
        ("news.example", "<h1>Zugriff verweigert</h1><p>Referenz #18.2f3c1402</p>",
         f"{_REFUSAL} (it says 'Zugriff verweigert')"),
        ("Acceso denegado", "<p>No tiene permiso para acceder a este recurso.</p>",
         f"{_REFUSAL} (it says 'Acceso denegado')"),
        ("Eri\u015fim engellendi", "<p>Bu sayfaya eri\u015fim izniniz yok.</p>",
         f"{_REFUSAL} (it says 'Eri\u015fim engellendi')"),
    ],
    ids=["ru-title", "fr-title", "tr-title", "fr-text", "de-text", "fr-denied", "de-denied", "es-denied",
         "tr-denied"],
)  # fmt: skip
def test_a_bot_check_or_a_refusal_in_the_visitor_s_language_is_a_challenge(
    title: str, body: str, detail: str
) -> None:
    # Cloudflare says "Just a moment..." and Akamai "Access denied" in the visitor's language: answered with
    # 200 (as an archive keeps them), those pages passed `captured` as the cited article.
    post = _read(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    assert (post.problem, post.problem_detail) == ("challenge", detail)


@pytest.mark.parametrize(
    "title",
    [
        "Un instant de gr\u00e2ce au conseil | City Ledger",
        "Un momento hist\u00f3rico para el puente | City Ledger",
    ],
)
def test_an_article_whose_title_opens_with_those_words_is_still_content(title: str) -> None:
    page = _article(3).replace("Council votes to reopen the bridge | City Ledger", title)
    assert _read(page).problem is None


def test_a_story_headed_before_getting_down_to_business_beside_a_cookie_banner_is_content() -> None:
    banner = (
        "<div id='cookie-notice'><p>Мы используем cookie, чтобы сайт работал лучше.</p><button>Принять"
        "</button></div>"
    )
    page = _article(3, extra_body=banner).replace(
        "Council votes to reopen the bridge | City Ledger", "Прежде чем перейти к делу | City Ledger"
    )
    assert _read(page).problem is None


@pytest.mark.parametrize(
    ("heading", "button"),
    [
        ("Войти", "Продолжить"),
        ("Увійти", "Далі"),
        ("Connexion", "Continuer"),
        ("Anmelden", "Weiter"),
        ("Iniciar sesi\u00f3n", "Continuar"),
        ("Giri\u015f yap", "Devam"),
        ("تسجيل الدخول", "متابعة"),
    ],
)
def test_a_sign_in_form_that_asks_for_the_email_first_in_the_site_s_language_is_a_login_wall(
    heading: str, button: str
) -> None:
    # Only English's "sign in" was known: a news site's own sign-in page, answered at the article's address,
    # passed `captured`.
    page = (
        "<html><head><title>City Ledger</title></head><body><header><nav><a href='/'>Home</a></nav></header>"
        f"<main><h1>{heading}</h1><form><input type='email' name='email'><button>{button}</button></form>"
        "</main></body></html>"
    )
    post = _read(page)
    assert (post.problem, post.problem_detail) == ("login-wall", f"the page is a sign-in form: {heading!r}")


def test_a_short_article_headed_with_those_words_beside_a_newsletter_box_is_content() -> None:
    box = (
        "<div class='newsletter'><h3>Newsletter</h3><form><input type='email' name='email'>"
        "<button>Anmelden</button></form></div>"
    )
    page = _BRIEF.replace("</article>", f"</article>{box}")
    assert _read(page).problem is None


@pytest.mark.parametrize(
    "notice",
    [
        "Срок регистрации домена истёк",
        "Сайт временно недоступен",
        "На сайте ведутся технические работы",  # noqa: RUF001
        "Сайт тимчасово недоступний",
        "Site en maintenance",
        "Diese Website ist vor\u00fcbergehend nicht erreichbar",
        "Wegen Wartungsarbeiten vor\u00fcbergehend nicht erreichbar",
        "Sitio en mantenimiento",
        "Sitemiz bak\u0131mdad\u0131r",
        "الموقع تحت الصيانة",
    ],
)
def test_a_host_s_maintenance_or_expiry_page_in_another_language_is_a_soft_404(notice: str) -> None:
    # Only English's "under maintenance" and "domain expired" were known: a Russian registrar's expiry stub or
    # a French site's maintenance page, answered 200 at the article's address, passed `captured`.
    page = (
        f"<html><head><title>news.example</title></head><body><h1>{notice}</h1><p>Please come back later or"
        " contact support.</p></body></html>"
    )
    post = _read(page)
    assert (post.problem, post.problem_detail) == ("soft-404", f"the page's heading is an error: {notice!r}")


@pytest.mark.parametrize(
    "notice",
    [
        "Аккаунт заблокирован",
        "Ce compte a \u00e9t\u00e9 suspendu",
        "Dieses Konto wurde gesperrt",
        "Esta cuenta ha sido suspendida",
        "Hesap ask\u0131ya al\u0131nd\u0131",
    ],
)
def test_a_host_s_suspended_account_page_in_another_language_is_unavailable(notice: str) -> None:
    page = (
        f"<html><head><title>news.example</title></head><body><h1>{notice}</h1><p>Please contact your hosting"
        " provider.</p></body></html>"
    )
    post = _read(page)
    assert (post.problem, post.problem_detail) == (
        "unavailable",
        f"the page says {notice!r} in place of the content",
    )


@pytest.mark.parametrize(
    "headline", ["Технические работы", "Wartungsarbeiten", "Bak\u0131m \u00e7al\u0131\u015fmas\u0131"]
)
def test_a_utility_s_page_of_planned_works_is_still_content(headline: str) -> None:
    page = (
        f"<html><head><title>{headline} | Stadtwerke</title></head><body><main><h1>{headline}</h1>"
        "<p>21.01.2022: Wasserversorgung in der Innenstadt von 8 bis 14 Uhr unterbrochen.</p></main>"
        "</body></html>"
    )
    assert _read(page).problem is None


@pytest.mark.parametrize(
    "error",
    [
        "This story has been taken down",
        "L'articolo non è più disponibile",
        "Questo contenuto è stato rimosso",
        "Ops! La pagina che cerchi non esiste",
        "Esta notícia foi removida",
        "Erro 404: Página não encontrada",
        "O artigo que procura já não existe",
        "Artykuł został usunięty",
        "Przepraszamy, strona, której szukasz, nie istnieje",
        "Dit artikel is niet meer beschikbaar",
        "Pagina niet gevonden",
        "Helaas, de pagina die je zoekt bestaat niet",
        "Deze pagina kan niet worden gevonden",
        "Ten artykuł jest już niedostępny",
        "Niestety, nie znaleźliśmy strony",
        "A página solicitada não foi encontrada",
        "This page has moved",
        "We've moved!",
    ],
)
def test_an_italian_portuguese_polish_or_dutch_error_notice_as_the_heading_is_a_soft_404(error: str) -> None:
    # Only English's "removed" and Italian's, Portuguese's and Polish's "page not found" were known: these
    # pages, beside a menu and a pointer to the search box, passed `captured`.
    post = _read(_NEWS_SITE_PAGE.format(heading=error))
    assert (post.problem, post.problem_detail) == ("soft-404", f"the page's heading is an error: {error!r}")


@pytest.mark.parametrize(
    "headline",
    [
        "Weapons taken down in overnight raid, police say",
        "Pagina niet gevonden? Zo vindt u de archieven van de gemeente",
        "L'articolo 18 non è più in vigore: cosa cambia",
        "Artykuł 7 nie istnieje w nowej konstytucji, mówi rzecznik",
        "The embassy has moved to Lviv, officials say",
    ],
)
def test_a_headline_with_a_removal_s_words_in_these_languages_is_content(headline: str) -> None:
    page = _article(3).replace("Council votes to reopen the bridge", headline)
    assert _read(page).problem is None


@pytest.mark.parametrize(
    ("notice", "said"),
    [
        (
            "<p>Unfortunately, our website is currently unavailable in most European countries. We are"
            " engaged on the issue and committed to looking at options that support our full range of digital"
            " offerings to the EU market.</p>",
            "Unfortunately, our website is currently unavailable in most European countries.",
        ),
        ("<h1>Questo contenuto non è disponibile nel tuo paese</h1>", None),
        ("<h1>Este conteúdo não está disponível no seu país</h1>", None),
        ("<h1>Ta treść jest niedostępna w Twoim kraju</h1>", None),
        ("<h1>Deze video is niet beschikbaar in jouw land</h1>", None),
    ],
    ids=["gdpr", "it", "pt", "pl", "nl"],
)
def test_a_block_by_region_without_a_heading_or_in_these_languages_is_unavailable(
    notice: str, said: str | None
) -> None:
    # An American site's page for European readers (2018, the GDPR's start) says so in its first sentence,
    # under no heading; an Italian, Portuguese, Polish or Dutch site's in its own words: each passed
    # `captured`.
    post = _read(_notice_page("City Ledger", notice))
    shown = said or notice.removeprefix("<h1>").removesuffix("</h1>")
    assert (post.problem, post.problem_detail) == (
        "unavailable",
        f"the page says {shown!r} in place of the content",
    )


def test_an_article_opening_with_a_sentence_about_a_block_in_europe_is_content() -> None:
    page = _article(3).replace(
        "<h1>Council votes to reopen the bridge</h1>",
        "<p>Some US news sites are currently unavailable in most European countries, readers say.</p>",
    )
    assert _read(page).problem is None


@pytest.mark.parametrize(
    ("heading", "text", "choice"),
    [
        (
            "Informativa",
            "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e,"
            " con il tuo consenso, anche per altre finalità come specificato nella cookie policy.",
            "Accetta",
        ),
        (
            "Wij gebruiken cookies",
            "Wij en onze partners gebruiken cookies en vergelijkbare technieken om je een betere ervaring te"
            " bieden en advertenties te personaliseren.",
            "Alles accepteren",
        ),
        (
            "Twoja prywatność jest dla nas ważna",
            "Wykorzystujemy pliki cookies oraz podobne technologie w celu świadczenia usług, dostosowania"
            " treści i reklam oraz analizy ruchu.",
            "Akceptuję i przechodzę do serwisu",
        ),
        (
            "A sua privacidade é importante para nós",
            "Nós e os nossos parceiros utilizamos cookies e tecnologias semelhantes para personalizar"
            " conteúdos e anúncios e analisar o tráfego do site.",
            "Aceitar e fechar",
        ),
    ],
    ids=["it", "nl", "pl", "pt"],
)
def test_a_consent_page_in_italian_dutch_polish_or_portuguese_is_a_consent_wall(
    heading: str, text: str, choice: str
) -> None:
    # Under a heading these languages give it, in a box no consent manager names, the page passed `captured`.
    page = (
        f"<html><head><title>Il Quotidiano</title></head><body><div class='wall'><h2>{heading}</h2><p>{text}"
        f"</p><button>Impostazioni</button><button>{choice}</button></div></body></html>"
    )
    post = _read(page)
    assert post.problem == "consent-wall"
    assert (post.problem_detail or "").startswith("the page shows only a cookie-consent notice: ")


def test_a_short_polish_article_about_privacy_beside_a_cookie_bar_is_content() -> None:
    banner = "<div class='bottom-bar'>Ta strona używa cookies. <button>Akceptuję</button></div>"
    page = _article(3, banner).replace(
        "Council votes to reopen the bridge", "Twoja prywatność w sieci: nowe przepisy od stycznia"
    )
    assert _read(page).problem is None


def test_a_block_by_region_under_no_heading_on_a_page_with_the_article_s_metadata_is_unavailable() -> None:
    # The article's template with its headline, day and byline in its metadata, and a notice in place of its
    # text: `captured` passed, and the title, date and author checks passed on the metadata alone.
    head = (
        '<meta property="og:title" content="Council votes to reopen the bridge">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council votes to reopen the'
        ' bridge", "datePublished": "2022-01-21T10:00:00Z", "author": {"@type": "Person", "name": "Lina'
        ' Haddad"}}</script>'
    )
    notice = (
        "<div class='geo-block'><p>This content is not available in your region.</p><p>Due to rights"
        " restrictions we cannot show it to readers in your location.</p></div>"
    )
    page = _article(0, head=head).replace("<h1>Council votes to reopen the bridge</h1>", notice)
    post = _read(page)
    assert (post.problem, post.problem_detail) == (
        "unavailable",
        "the page says 'This content is not available in your region.' in place of the content",
    )


@pytest.mark.parametrize(
    "notice",
    [
        "This content has expired.",
        "Sorry, this story has expired.",
        "This article is no longer available due to licensing restrictions.",
        "This story is no longer available on our website.",
        "This video has been removed for violating our terms.",
        "Этот материал больше недоступен.",
        "Ce contenu a expiré.",
    ],
)
def test_an_article_s_template_whose_text_says_it_expired_or_is_gone_is_a_soft_404(notice: str) -> None:
    # A wire story a partner may show only for so long keeps its headline, byline and metadata and says this
    # in place of its text: `captured` passed, and the title, date and author checks on the metadata alone.
    head = '<meta property="og:type" content="article">'
    page = _article(0, head=head).replace(
        "</h1>", f"</h1><p class='byline'>By Lina Haddad</p><p>{notice}</p>"
    )
    post = _read(page)
    assert (post.problem, post.problem_detail) == (
        "soft-404",
        f"the page's text opens with an error: {notice!r}",
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Passports expired: thousands stranded at the border",
        "Content removed from the archive, the ministry says",
        "Video has expired? How the streaming rules work",
    ],
)
def test_a_headline_about_expiry_or_removal_is_still_an_article(headline: str) -> None:
    page = _article(3).replace("Council votes to reopen the bridge", headline)
    assert _read(page).problem is None


@pytest.mark.parametrize(
    "notice",
    [
        "Sito in manutenzione",
        "Site em manutenção",
        "Strona w budowie",
        "Przerwa techniczna",
        "De website is tijdelijk in onderhoud",
    ],
)
def test_a_maintenance_page_in_italian_portuguese_polish_or_dutch_is_a_soft_404(notice: str) -> None:
    # Only English's, Russian's, French's, German's, Spanish's, Turkish's and Arabic's words were known: a
    # host's maintenance page in these passed `captured`.
    post = _read(_notice_page("City Ledger", f"<h1>{notice}</h1><p>Torneremo presto.</p>"))
    assert (post.problem, post.problem_detail) == ("soft-404", f"the page's heading is an error: {notice!r}")


_HOME_PAGE = (
    "<html><head><title>City Ledger</title></head><body><main><h1>City Ledger</h1><p>The council voted to "
    "reopen the bridge. City Ledger is the independent newsroom of the harbour city, covering the council, "
    "the courts and the port since 1998.</p></main></body></html>"
)


@pytest.mark.parametrize(
    "home",
    [
        "https://news.example/?utm_source=old_article&utm_medium=redirect",
        "https://news.example/?redirected=1",
        "https://news.example/index.php?lang=en",
    ],
    ids=["campaign", "redirected-mark", "language"],
)
def test_a_redirect_to_the_home_page_with_a_query_that_names_no_page_is_a_soft_404(home: str) -> None:
    # A removed article's link sent to the home page with a campaign's or a redirect's mark in its query: the
    # home page was read as the article, and a quote its welcome text holds passed.
    post = extract_source(ARTICLE, (redirect(ARTICLE, home, 301), answer(home, _HOME_PAGE)))
    assert (post.problem, post.problem_detail) == ("soft-404", f"redirected to the site's home page {home}")


@pytest.mark.parametrize(
    "moved",
    [
        "https://news.example/?p=4812",
        "https://news.example/index.php?id=4812",
        "https://news.example/?s=bridge",
    ],
    ids=["wordpress-post-id", "cms-id", "search"],
)
def test_a_redirect_to_a_page_the_home_address_s_query_names_is_not_the_home_page(moved: str) -> None:
    post = extract_source(ARTICLE, (redirect(ARTICLE, moved, 301), answer(moved, _HOME_PAGE)))
    assert post.problem_detail is None or "home page" not in post.problem_detail


def _removed_article(notice: str) -> str:
    """A news page that kept its title, byline, dates and metadata, its article's text a notice in its
    place (and a line pointing to the standards editor), beside menus, a sidebar of dated stories, a footer"""
    return asset("article_removed_at_the_author_s_request.html").decode().replace("{NOTICE}", notice)


@pytest.mark.parametrize(
    "notice",
    [
        "This article has been removed at the request of the author.",
        "This story has been removed at the request of its author.",
        "Editor's note: This article was unpublished by our editors.",
        "Статья удалена по просьбе автора.",
        "Cet article a été supprimé à la demande de son auteur.",
        "Dieser Artikel wurde auf Wunsch des Autors entfernt.",
        "Este artículo fue eliminado a petición del autor.",
        # A site's own "no longer available", in the languages reports cite ...
        "This article is no longer available.",
        "Sorry, this article is no longer available.",
        "This story has been removed from our website.",
        "Cet article n'est plus disponible.",
        "Diese Seite ist nicht mehr verfügbar.",
        "Este contenido ya no está disponible.",
        "Материал недоступен.",
        # ... and a removal on a court's or a regulator's demand.
        "This article has been removed following a court order.",
        "Материал удален по требованию Роскомнадзора.",
        "Статья удалена по решению суда.",
        "Матеріал видалено на вимогу суду.",
    ],
)
def test_an_article_whose_text_is_only_a_removal_notice_is_a_soft_404_named_with_its_words(
    notice: str,
) -> None:
    # Its title, JSON-LD date and byline all matched the note: the page came out verified.
    post = _read(_removed_article(notice))
    assert (post.problem, post.problem_detail) == (
        "soft-404",
        f"the article's text is only a notice: the page says {notice!r}",
    )


@pytest.mark.parametrize(
    "notice",
    [
        "This content is no longer available in your region.",
        "Sorry, this content is not available in your country.",
        "This article is not available in your location.",
        # ... with its reason, or naming the article.
        "This content is not available in your country due to legal restrictions.",
        "Статья недоступна в вашем регионе.",
    ],
)
def test_an_article_whose_text_is_only_a_region_notice_is_unavailable_named_with_its_words(
    notice: str,
) -> None:
    post = _read(_removed_article(notice))
    assert (post.problem, post.problem_detail) == (
        "unavailable",
        f"the page says {notice!r} in place of the article",
    )


_STORY_PARAGRAPH = (
    "<p>Officials declined to say who asked for the statement to be taken down, and the ministry's press"
    " office did not answer calls on Friday.</p>"
)


@pytest.mark.parametrize(
    "body",
    [
        # A live article quoting the notice in its prose, or setting it apart as a quotation.
        "<p>The ministry's statement was taken offline within hours. By Friday its page read: “This article"
        f" has been removed at the request of the author.”</p>{_STORY_PARAGRAPH * 4}",
        "<blockquote><p>This article has been removed at the request of the author.</p></blockquote>"
        f"{_STORY_PARAGRAPH * 3}",
        # ... a paragraph of its own saying so, in a long story
        f"<p>The article has been removed.</p>{_STORY_PARAGRAPH * 4}",
        # ... a short brief telling of another's removal
        "<p>The regional paper's report on the dam was taken offline on Friday. The article has been removed"
        " at the request of the author, its editor said.</p>",
        # ... a short brief beside a video blocked in the reader's country
        "<figure><div>This video is not available in your country</div></figure><p>The mayor spoke to"
        " reporters on Friday about the bridge, which will reopen to traffic on Monday.</p>",
    ],
    ids=["quoted in prose", "in a blockquote", "a paragraph of a long story", "a brief", "a blocked video"],
)
def test_a_live_article_that_mentions_a_removal_or_a_region_block_is_content(body: str) -> None:
    post = _read(_removed_article("{NOTICE}").replace("<p>{NOTICE}</p>", body))
    assert post.problem is None


@pytest.mark.parametrize(
    "body",
    [
        # 100 kB of a notice's words in one paragraph: a long text, no notice, its sentence read so far only.
        "<p>" + "This article has been removed at the request of the author " * 1700 + "</p>",
        # ... and in 20,000 short elements, each one saying it: far past the elements walked.
        "<p>This content is no longer available in your region.</p>" * 20_000,
    ],
    ids=["one paragraph", "many elements"],
)
def test_a_crafted_page_of_notice_words_is_read_as_content_without_a_crash(body: str) -> None:
    post = _read(_removed_article("{NOTICE}").replace("<p>{NOTICE}</p>", body))
    assert post.problem is None


_EMPTY_ARTICLE = (
    '<article class="story"><header class="story-head"><h1>Council votes to reopen the bridge</h1>'
    '<p class="byline">By <a href="/author/lina-haddad">Lina Haddad</a></p>'
    '<time datetime="2022-01-21T09:00:00Z">January 21, 2022</time></header></article>'
)
_REMOVED = "This article has been removed at the request of the author."
_REGION = "This content is no longer available in your region."


def _removed_article_laid_out(main: str) -> str:
    """The removed article's page (`_removed_article`) with its `<main>` block in another layout."""
    page = _removed_article("{NOTICE}")
    return page[: page.index("<main>")] + main + page[page.index("</main>") + len("</main>") :]


@pytest.mark.parametrize(
    ("main", "problem", "notice"),
    [
        # The article element holds only the headline, byline and date; the notice follows it in `<main>` ...
        (
            f"<main>{_EMPTY_ARTICLE}<div class='notice'><p>{_REMOVED}</p>"
            "<p>Questions about this decision can be sent to our standards editor.</p></div></main>",
            "soft-404",
            _REMOVED,
        ),
        (
            f"<main>{_EMPTY_ARTICLE}<div class='geo-block'><p>{_REGION}</p></div></main>",
            "unavailable",
            _REGION,
        ),
        # ... in a `<main>` beside the article ...
        (f"{_EMPTY_ARTICLE}<main><p>{_REMOVED}</p></main>", "soft-404", _REMOVED),
        # ... after the `<main>` that holds it, as a loose block of the body ...
        (f"<main>{_EMPTY_ARTICLE}</main><div class='geo-block'>{_REGION}</div>", "unavailable", _REGION),
        # ... or the headline stands in a header of its own, beside an empty `<article>` and a `<main>`.
        (
            "<header class='story-head'><h1>Council votes to reopen the bridge</h1>"
            f"<p class='byline'>By Lina Haddad</p></header><article></article><main><p>{_REMOVED}</p></main>",
            "soft-404",
            _REMOVED,
        ),
    ],
    ids=[
        "after-the-article-in-main",
        "region-after-the-article",
        "sibling-main",
        "after-main",
        "empty-article",
    ],
)
def test_a_notice_after_an_article_that_shows_only_its_headline_is_not_the_content(
    main: str, problem: str, notice: str
) -> None:
    # Its title, JSON-LD date and byline all matched the note, and the notice stood outside the `<article>`
    # element: the page came out verified.
    post = _read(_removed_article_laid_out(main))
    detail = (
        f"the article shows no text, only a notice after it: the page says {notice!r}"
        if problem == "soft-404"
        else f"the page says {notice!r} in place of the article"
    )
    assert (post.problem, post.problem_detail) == (problem, detail)


@pytest.mark.parametrize(
    "after",
    [
        # The article's text follows its headline's block: a line of it saying the words, and a long story.
        f"<div class='story-body'><p>The article has been removed.</p>{_STORY_PARAGRAPH * 4}</div>",
        # ... the notice quoted, set apart, before the story
        f"<div class='story-body'><blockquote><p>{_REMOVED}</p></blockquote>{_STORY_PARAGRAPH * 3}</div>",
        # ... a short story, after a video blocked in the reader's country
        f"<div class='video'><p>This video is not available in your country</p></div>{_STORY_PARAGRAPH * 3}",
        # ... a notice at the end of the page, after the story
        f"<div class='story-body'>{_STORY_PARAGRAPH * 3}</div><div class='geo'>{_REGION}</div>",
    ],
    ids=["a line of a long story", "a quotation", "a blocked video", "after the story"],
)
def test_a_live_article_after_its_headline_s_block_that_mentions_a_removal_is_content(after: str) -> None:
    post = _read(_removed_article_laid_out(f"<main>{_EMPTY_ARTICLE}{after}</main>"))
    assert post.problem is None


@pytest.mark.parametrize(
    "after",
    [
        "<p>" + f"{_REMOVED[:-1]} " * 1700 + "</p>",
        f"<div><p>{_REGION}</p></div>" * 20_000,
        f"<p>{_REGION}</p>" + "<div></div>" * 20_000,
    ],
    ids=["one paragraph", "many notices", "many empty blocks"],
)
def test_a_crafted_page_of_notices_after_an_article_is_read_quickly_without_a_crash(after: str) -> None:
    # The article's text is not extracted (a check reading it takes the extractor's own time).
    started = time.process_time()
    post = _read(_removed_article_laid_out(f"<main>{_EMPTY_ARTICLE}{after}</main>"), main_text=False)
    assert time.process_time() - started < 3
    assert post.problem is None


@pytest.mark.parametrize(
    "body",
    [
        # A brief whose first sentence says something else is no longer available.
        "<p>Tickets are no longer available.</p><p>The concert on Friday sold out within an hour, the"
        " organisers said.</p>",
        # A story telling of a court's order to remove another's article.
        "<p>The court ordered the regional paper to take down its report on the dam. Материал удален по"
        " требованию Роскомнадзора, its editor wrote.</p>",
    ],
    ids=["tickets", "a court's order told"],
)
def test_a_brief_that_tells_of_something_no_longer_available_is_content(body: str) -> None:
    post = _read(_removed_article("{NOTICE}").replace("<p>{NOTICE}</p>", body))
    assert post.problem is None
