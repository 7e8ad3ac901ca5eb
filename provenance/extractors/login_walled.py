"""Facebook, Instagram, Threads, LinkedIn: pages that often answer a visitor with a login form instead.

A login wall is not the cited content: it is named (`captured: fail`, "login wall") so that an archived
copy is tried.
An Instagram or Threads post's page is read as Meta's pages show a post in their tags
(`threads.read_meta_post`: its account, words, id and the id's time), or said not to be the post (a profile,
another post, "Sorry, this page isn't available"). A Facebook page headed, in another language than English,
"This content isn't available right now" is unavailable (in English, any reader names that heading an error);
one whose `og:url` names no post and whose few words are Meta's error page ("Something went wrong. We're
working on it …") is a `challenge` (`threads.meta_error_page`), never the post.
A page that does show content otherwise is read like any web page (`og:` tags, JSON-LD); but a Facebook
post's page (m.facebook.com's, mbasic's, as a visitor is served it) is the post among its comments in one
markup: its text, byline and times are not read as the post's, its words are the description Facebook gives
the post alone (`og:description`), where it gives one (a comment's words passed `quote` as the post's).
Its time is the post's own, where the page ties one to the post's id: its `article:published_time` (its
`og:url`, if any, the post's), a `"publish_time"` or `"creation_time"` of its data in an object naming the id,
or a time element (`data-utime`, else an `<abbr title>`'s day) inside a link to the post itself; never a
comment's (its link's `comment_id`) or a shared post's (another id), and none where the page ties two.
A share (its header: "Harbour Office shared River Office's post.", "… shared a link.", or in the visitor's
language, "… a partagé une publication.", "… hat einen Beitrag geteilt."; www.facebook.com's posts in
`<div role="article">`) is the sharer's post
of another's: the shared post's words (its `<article>` inside the share's, else Facebook's description of a
share, which gives them) are River Office's (`quoted_post`, a link's `link_preview`), and a share with no
words of its own names whose post it shares (`forwarded_from`), so that neither `quote` nor `author` credits
the sharer with them.
The login popup Facebook puts beside a public post for a visitor ("See more on Facebook",
`#login_popup_cta_form`, with a password field) is no login wall where the page's `og:url` names a post;
Facebook's wall in a post's place names none (its home page, "Log in or sign up to view") or holds its own
login form. A Meta page holding no post whose `og:title` or heading asks to log in ("Log in to see photos
and videos from friends.", "You must log in to continue.", "Log in with your Instagram account"), its form
drawn by its scripts, is a login wall (Instagram's passed `captured` as the post, its prompt its words).
A Facebook post's link answered with an account's or a Page's own page (its address or `og:url`
`/harbour.office`, `/profile.php?id=`, or `og:type` `profile`; on an archived copy, the page the archive's
address copies) is no post: `unavailable` (read as the post, the Page's blurb passed `captured` as its words).
A LinkedIn post's page (`/posts/<slug>-activity-<id>-…`, `/feed/update/urn:li:activity:<id>`) shows the post
beside its comments and others' posts ("More Relevant Posts"), each an `<article>` naming its activity: its
words are the commentary (`main-feed-activity-card__commentary`) of the article that names the cited id, never
another post's (the post's own card, its class saying it is shown "with comments", was read as the comments,
and another member's post below it as the post's words). A comment's link (`?commentUrn=`, `?replyUrn=`)
names a comment under the post, not the post: nothing of the post is read as the comment's. The sign-in
dialog LinkedIn puts beside a public post ("Sign in to view more content", with a password field) is no
login wall where the page holds the cited post's card; a sign-in page in its place still is, and so is the
page whose one script sends its reader to `/authwall` (LinkedIn's answer, HTTP 999 or 200). A page without
JSON-LD (it shows the post's time only as "1y") is credited to the author its card names and dated by the
post's id, which holds its time as X's does (`linkedin_post_time`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.citations.platforms import facebook_post as facebook_post_link
from provenance.citations.platforms import meta_post
from provenance.digits import ascii_int
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.pages import (
    MAX_TEXT,
    PublishedTime,
    decode_html,
    linked_out_of_a_copy,
    meta_content,
    meta_tags,
    node_text,
    page_title,
    parse_published,
    shown_references,
    squeeze,
    visible_text_of,
)
from provenance.extractors.threads import (
    META_ERROR_WORDS,
    meta_error_detail,
    meta_error_page,
    read_meta_post,
)
from provenance.extractors.web import is_html, read_web_page
from provenance.models import Platform, SourcePost
from provenance.patterns import on_first_use
from provenance.side_urls import on_domain

_PLATFORMS: dict[str, Platform] = {
    "facebook.com": Platform.FACEBOOK,
    "fb.com": Platform.FACEBOOK,
    "fb.watch": Platform.FACEBOOK,
    "instagram.com": Platform.INSTAGRAM,
    "linkedin.com": Platform.LINKEDIN,
    "threads.com": Platform.THREADS,
    "threads.net": Platform.THREADS,
}
_LOGIN_PATH = on_first_use(
    r"/(?:login|log-in|signin|sign-in|signup|authwall|checkpoint|accounts/login)\b", re.IGNORECASE
)
_LOGIN_TITLE = on_first_use(r"\b(?:log ?in|log into|sign ?in|sign up|join linkedin)\b", re.IGNORECASE)
# Facebook's heading in place of a post gone, or not shared with this visitor ("This content isn't available
# right now"), in the languages it answers a visitor in (by their address or browser). The English one is a
# page's error heading to any reader (`pages`); in another, the page was read as the post's.
_FACEBOOK_GONE = on_first_use(
    r"ce contenu n.est pas disponible|dieser inhalt ist (?:derzeit|momentan|zurzeit|gerade) nicht verfügbar"
    r"|este contenido no está disponible|questo contenuto non è (?:al momento |attualmente )?disponibile"
    r"|este conteúdo não está disponível|этот контент (?:сейчас )?недоступен"
    r"|цей (?:вміст|контент) (?:зараз )?недоступний|ta treść (?:nie jest teraz dostępna|jest niedostępna)"
    r"|bu içerik şu anda kullanılamıyor"  # noqa: RUF001
    r"|deze (?:content|inhoud) is (?:momenteel |op dit moment )?niet beschikbaar",
    re.IGNORECASE,
)
_MOST_HEADINGS = 20
# A login page's title in the visitor's language (Meta answers one in the language of their address or
# browser), the platform's name before or after it: `Anmelden • Instagram`, `Facebook - Anmelden oder
# Registrieren`, `Войдите на Facebook`, `Facebook - Inicia sesión o regístrate`, `تسجيل الدخول • Instagram`.
# Asked in English alone, such a page (its scripts draw the form: no password field in its markup) passed
# `captured`, its footer read as the post's words. Matched whole (squeezed, at most `_LONGEST_LOGIN_TITLE`):
# a post titled with its words ("Вход в метро закрыт | Facebook") is no login page.
_LOGIN_WORDS = (
    r"(?:anmelden|einloggen|registrieren|connexion|se connecter|inscription|créer un compte|"
    r"iniciar sesión|inicia sesión|regístrate|registrarse|crear cuenta|вход|войти|войдите|регистрация|"
    r"зарегистрируйтесь|вхід|увійти|увійдіть|реєстрація|зареєструйтеся|تسجيل الدخول|قم بتسجيل الدخول|"
    r"الاشتراك|إنشاء حساب)"
)
_PLATFORM_NAMES = r"(?:facebook|instagram|threads|linkedin|فيسبوك|إنستغرام)"
_LOGIN_PLACE = r"(?:bei|auf|à|sur|en|в|на|у|до|في|إلى|عبر)"  # noqa: RUF001
_LOGIN_OR = r"(?:oder|ou|o|или|або|أو)"  # noqa: RUF001
_TITLE_DASH = r"[-–—•|·:]"  # noqa: RUF001


@functools.cache
def _localized_login_title_pattern() -> re.Pattern[str]:
    """`Anmelden • Instagram`, `Facebook - Anmelden oder Registrieren`, `Войдите на Facebook`: compiled once
    a page's title is judged, not when every capture loads this module."""
    return re.compile(
        rf"(?:{_PLATFORM_NAMES} ?{_TITLE_DASH} ?)?(?:{_LOGIN_PLACE} {_PLATFORM_NAMES} )?"
        rf"{_LOGIN_WORDS}(?: {_LOGIN_OR} {_LOGIN_WORDS})?"
        rf"(?: ?{_TITLE_DASH} ?{_PLATFORM_NAMES}| {_LOGIN_PLACE} {_PLATFORM_NAMES})?",
        re.IGNORECASE,
    )


_LONGEST_LOGIN_TITLE = 120


def _localized_login_title(title: str) -> bool:
    """Whether `title` is a Meta or LinkedIn login page's, in another language than English: the login words
    alone, with the platform's name (`Anmelden • Instagram`)."""
    shown = " ".join(title.split())
    if len(shown) > _LONGEST_LOGIN_TITLE or not re.search(_PLATFORM_NAMES, shown, re.IGNORECASE):
        return False
    return _localized_login_title_pattern().fullmatch(shown) is not None


def login_wall(final_url: str, html: str) -> str | None:
    """Why this answer is a login wall, or None: a login path, or a password form under a login title."""
    path = urlsplit(final_url).path
    if _LOGIN_PATH().search(path):
        return f"redirected to a login page ({path})"
    tree = LexborHTMLParser(html)
    title = page_title(tree) or ""
    if tree.css_first("input[type=password]") is not None:
        return f"the page is a login form ({title[:80]!r})" if title else "the page is a login form"
    if _LOGIN_TITLE().search(title) or _localized_login_title(title):
        return f"the page's title asks to log in ({title[:80]!r})"
    return None


def _facebook_gone(tree: LexborHTMLParser) -> str | None:
    """The heading (`h1`, `h2`) of a Facebook page saying, in another language than English, that the
    content is not available (deleted, or not shared with this visitor); None where none says so."""
    for heading in tree.css("h1, h2")[:_MOST_HEADINGS]:
        words = " ".join(heading.text().split())
        if len(words) <= 200 and _FACEBOOK_GONE().search(words):
            return words
    return None


# A heading of Meta's in a post's place asking its visitor to log in, its form drawn by its scripts (no
# password field in the markup): "Log in to see photos and videos from friends.", "You must log in to
# continue.", "Log in with your Instagram account", "Sign up to see photos and videos from your friends.".
# Read as a web page, Instagram's passed `captured` as the post, its prompt the post's words; Facebook's and
# Threads' were script shells, which named no login. Matched whole: a post's heading only opening so is none.
_LONGEST_LOGIN_HEADING = 120


_LOGIN_HEADING = on_first_use(
    r"(?:you must |you need to |please )?(?:log ?in|sign ?in|sign up|log into \w{1,20})"
    r"(?: (?:to|with|or|for)\b.{0,100})?[.!]?"
    rf"|(?:{_LOGIN_WORDS}|melde dich an|connecte-toi|connectez-vous)"
    r"(?:,? (?:um|pour|para|чтобы|щоб)\b.{0,100})?[.!]?",
    re.IGNORECASE,
)


def _login_heading(tree: LexborHTMLParser) -> str | None:
    """Why a Meta page with no post in it is a login wall: its `og:title` ("Log in or sign up to view",
    Facebook's wall) or a heading (`h1`, `h2`) asks to log in; None where none does."""
    og_title = meta_content(meta_tags(tree), "og:title") or ""
    shown = [("og:title", og_title)]
    shown += [("heading", node.text()[:1000]) for node in tree.css("h1, h2")[:_MOST_HEADINGS]]
    for where, text in shown:
        words = " ".join(text.split())
        if words and len(words) <= _LONGEST_LOGIN_HEADING and _LOGIN_HEADING().fullmatch(words):
            return f"the page's {where} asks to log in ({words!r})"
    return None


# A Facebook post's page, by its path's first segments (lowercased): a page's or a group's post, photo or
# video (`/<page>/posts/<id>`, `/groups/<group>/permalink/<id>`), or a file or path naming it by its query
# (`/permalink.php?story_fbid=`, `/photo/?fbid=`, `/watch/?v=`) or its last segment (`/reel/<id>`,
# `/share/p/<code>`).
_FACEBOOK_POST_SEGMENTS = frozenset({"posts", "videos", "photos", "permalink"})
_FACEBOOK_POST_FILES: dict[str, str] = {
    "permalink.php": "story_fbid",
    "story.php": "story_fbid",
    "photo.php": "fbid",
    "photo": "fbid",
    "video.php": "v",
    "watch": "v",
}
_FACEBOOK_POST_PATHS = frozenset({"reel", "share"})


def facebook_post(url: str) -> tuple[str, str] | None:
    """(the post's id as its link gives it, the comment's id or "") of a Facebook post's link, on any of its
    hosts (`www.`, `m.`, `mbasic.`, `web.`); None for any other link (a page's or an account's, a group's,
    Facebook's own). Its page is the post among its comments (`comment_id=`: the link of one of them), as
    Facebook serves it (m.facebook.com's, mbasic's) and as archive.today keeps it, drawn by its scripts."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if not on_domain(url, "facebook.com", "fb.com"):
        return None
    segments = [segment for segment in parts.path[:300].split("/") if segment][:6]
    named = [segment.lower() for segment in segments]  # an id's case is its own (`pfbid02abcDEF…`)
    query = dict(parse_qsl(parts.query[:2000], keep_blank_values=True))
    comment = query.get("comment_id", "")
    post_id: str | None = None
    if len(named) >= 3 and named[1] in _FACEBOOK_POST_SEGMENTS:
        post_id = segments[-1]
    elif len(named) >= 4 and named[0] == "groups" and named[2] in _FACEBOOK_POST_SEGMENTS:
        post_id = segments[3]
    elif len(named) == 1 and named[0] in _FACEBOOK_POST_FILES:
        post_id = query.get(_FACEBOOK_POST_FILES[named[0]]) or None
    elif len(named) >= 2 and named[0] in _FACEBOOK_POST_PATHS:
        post_id = segments[-1]
    return (post_id, comment) if post_id else None


# Facebook's own pages of one path segment, none an account's or a Page's.
_FACEBOOK_PAGES = frozenset(
    {
        "login", "checkpoint", "recover", "reg", "help", "policies", "privacy", "legal", "watch", "photo",
        "reel", "share", "groups", "events", "marketplace", "gaming", "pages", "people", "hashtag", "search",
        "home", "notifications", "messages", "friends", "bookmarks", "settings", "stories", "dialog",
        "plugins", "sharer", "l.php", "login.php", "home.php", "r.php",
    }
)  # fmt: skip


def _facebook_account(link: str) -> bool:
    """Whether `link` is a Facebook account's or Page's own page (`/harbour.office`, `/profile.php?id=`),
    no post's."""
    try:
        parts = urlsplit(link.strip())
    except ValueError:
        return False
    if not on_domain(link, "facebook.com", "fb.com") or facebook_post(link) is not None:
        return False
    segments = [segment.lower() for segment in parts.path[:300].split("/") if segment]
    if segments == ["profile.php"]:
        return "id=" in parts.query[:2000]
    return len(segments) == 1 and segments[0] not in _FACEBOOK_PAGES and not segments[0].endswith(".php")


def _facebook_account_in_a_posts_place(cited: str, final: str, tree: LexborHTMLParser) -> str | None:
    """Why the page a Facebook post's link answered with is an account's or a Page's, not the post: its
    address or its `og:url` is the account's (`_facebook_account`), or its `og:type` says `profile`; None
    otherwise. Read as the post, the Page's blurb ("Harbour Office. 12,345 likes. City harbour authority.")
    passed `captured` as the post's words."""
    if facebook_post(cited) is None:
        return None
    # On an archived copy, the address the post's link ended at is the archive's copy of that page (the
    # Wayback Machine's `/web/<stamp>/<URL>`): read as written, a copy of the Page in the post's place was
    # no account's page, and its blurb passed as the post's words.
    final = linked_out_of_a_copy(final)
    metas = meta_tags(tree)
    linked = linked_out_of_a_copy(meta_content(metas, "og:url") or "")
    named = next((link for link in (final, linked) if link and _facebook_account(link)), None)
    if named is None and (meta_content(metas, "og:type") or "").casefold() == "profile":
        named = linked or final
    if named is None:
        return None
    return (
        f"the post's link answers with an account's or a Page's page ({named[:200]}), not the post: deleted, "
        "or not shown to a visitor?"
    )


def without_a_facebook_posts_comments(post: SourcePost, original: str, copy: bool = False) -> SourcePost:
    """`post` read from a Facebook post's page (`facebook_post`), live or an archived `copy` of it, without
    the text, byline and times its markup shows: the post among its comments (m.facebook.com's and mbasic's
    page, as a visitor or an archive's crawler is served it, holds both in one markup), a comment's words
    passed `quote` as the post's. Its words are those of the description tag Facebook gives the post alone,
    where it gives one; its title, the post's, is kept, but for a comment's link (its post's title)."""
    facebook = facebook_post(original)
    if facebook is None or post.problem is not None:
        return post
    if copy:
        page = f"the archived copy of the Facebook post {original} is its page"
    else:
        page = f"the page of the Facebook post {original} shows it"
    why = (
        f"{page}, the post among its comments in one markup: its text, byline and times are not the post's "
        "alone"
    )
    # Escaped twice (`&amp;quot;`, as X's and Telegram's pages write a post's words), read as the characters
    # it shows: read once, a quote of the post's very words warned on `&quot;`.
    described = shown_references(post.fields.get("og:description") or "")
    fields = {**post.fields, "not the post's alone": why}
    if post.author:
        fields["author shown on the copy"] = post.author
    # A time read already as the post's own (tied to its id: `facebook_post_time`) is kept; any other time
    # the page shows may be a comment's or a shared post's.
    own_time = post.published_from is not None and post.published_from.startswith(FACEBOOK_OWN_TIME)
    if post.published is not None and not own_time:
        fields["times shown on the copy"] = f"{post.published.isoformat()} ({post.published_from})"
    title = post.title
    if facebook[1] and title:
        fields["title of the comment's page (its post's)"] = title
        title = None
    own_words = described if described and not facebook[1] else ""
    if SHARE_OF in post.fields:
        own_words = post.text  # a share, read already: the description is the shared post's words
    if own_words:
        why = f"{why}; its words are Facebook's description of the post (`og:description`)"
    undated: dict[str, object] = (
        {} if own_time else {"published": None, "published_day_only": False, "published_from": None}
    )
    return post.model_copy(
        update={
            "text": own_words,
            "title": title,
            "author": None,
            **undated,
            "unread": f"{why}; {post.unread}" if post.unread else why,
            "fields": fields,
        }
    )


# What a Facebook share's header says (`Harbour Office shared River Office's post.`, `… shared a link.`), as
# m.facebook.com and mbasic show it: the sharer, " shared ", and what, its last word.
_SHARED = " shared "
_SHARED_POSTS = frozenset({"post", "video", "photo", "photos", "reel", "memory", "event", "album", "status"})
_SHARED_LINKS = frozenset({"link"})
_SHARE_HEADINGS = "h1, h2, h3, h4"
_MOST_SHARE_HEADINGS = 30
_MOST_HEADING = 300  # a header's few words: a paragraph saying " shared " is no header
# The shared post in the sharer's (m.facebook.com's `<article>` inside the post's own), and the share's
# `data-ft` naming the post it shares (`original_content_id`).
_SHARED_ARTICLE = "article article"
# A post's element: m.facebook.com's and mbasic's `<article>`, www.facebook.com's `<div role="article">`.
_POST_ELEMENTS = 'article, [role="article"]'
_SHARE_DATA = '[data-ft*="original_content_id"]'
_MOST_PARAGRAPHS = 200
SHARE_OF = "a share of"  # the field naming what a share shares, read as the share's by later readers


# The same header in the visitor's language (`Harbour Office a partagé une publication.`, `… hat einen
# Beitrag geteilt.`, `… compartió una publicación.`, `… поделился публикацией.`, `… поділився дописом.`,
# `… ha condiviso un post.`, `… compartilhou uma publicação.`, `… udostępnił post.`, `… bir gönderi
# payla\u015ft\u0131.`), whose post where it names one (`la publication de River Office`, `den Beitrag
# von River Office`, `il post di River Office`, `post użytkownika River Office`): the words after
# the sharer's name, read whole. Read only in English, a French visitor's share was the sharer's post, and
# the shared post's words passed `quote` as the sharer's.
_OTHER_LANGUAGE_SHARE = on_first_use(
    r"(?:a partag\u00e9 (?:une|la|un|le) (?P<fr>publication|vid\u00e9o|photo|lien)"
    r"(?: de (?P<fr_whose>.{1,200}))?"
    r"|hat (?:einen|den|ein|das) (?P<de>Beitrag|Link|Video|Foto)(?: von (?P<de_whose>.{1,200}))? geteilt"
    r"|comparti\u00f3 (?:una|la|un|el) (?P<es>publicaci\u00f3n|video|v\u00eddeo|foto|enlace)"
    r"(?: de (?P<es_whose>.{1,200}))?"
    r"|\u043f\u043e\u0434\u0435\u043b\u0438\u043b(?:\u0441\u044f|\u0430\u0441\u044c|\u0438\u0441\u044c) "
    r"(?P<ru>\u043f\u0443\u0431\u043b\u0438\u043a\u0430\u0446\u0438\u0435\u0439|\u0437\u0430\u043f\u0438\u0441\u044c\u044e"
    r"|\u0441\u0441\u044b\u043b\u043a\u043e\u0439|\u0432\u0438\u0434\u0435\u043e|\u0444\u043e\u0442\u043e)"
    r"|\u043f\u043e\u0434\u0456\u043b\u0438\u0432(?:\u0441\u044f|\u0430\u0441\u044f|\u0438\u0441\u044f) "
    r"(?P<uk>\u0434\u043e\u043f\u0438\u0441\u043e\u043c|\u043f\u0443\u0431\u043b\u0456\u043a\u0430\u0446\u0456\u0454\u044e"
    r"|\u043f\u043e\u0441\u0438\u043b\u0430\u043d\u043d\u044f\u043c|\u0432\u0456\u0434\u0435\u043e|\u0444\u043e\u0442\u043e)"
    r"|ha condiviso (?:un|il|una|la) (?P<it>post|video|foto|link)(?: di (?P<it_whose>.{1,200}))?"
    r"|(?:com)?partilhou (?:uma|a|um|o) (?P<pt>publica\u00e7\u00e3o|post|v\u00eddeo|foto|link)"
    r"(?: de (?P<pt_whose>.{1,200}))?"
    r"|udost\u0119pni\u0142(?:a|\(a\))? (?P<pl>post|link|film|zdj\u0119cie)"
    r"(?: u\u017cytkownika (?P<pl_whose>.{1,200}))?"
    r"|bir (?P<tr>g\u00f6nderi|ba\u011flant\u0131|video|foto\u011fraf) payla\u015ft\u0131)"
    r"\s?\.?",
    re.IGNORECASE,
)
_SHARE_LANGUAGES = ("fr", "de", "es", "ru", "uk", "it", "pt", "pl", "tr")
# Its words for a link (a shared page's preview, not a post).
_OTHER_LANGUAGE_LINKS = frozenset(
    (
        "lien",
        "link",
        "enlace",
        "\u0441\u0441\u044b\u043b\u043a\u043e\u0439",
        "\u043f\u043e\u0441\u0438\u043b\u0430\u043d\u043d\u044f\u043c",
        "ba\u011flant\u0131",
    )
)
# What the page's bytes hold where a header may say a share, in any of its languages (the pages of most posts
# say none, and are not parsed again for it).
SHARE_MARKS = (
    " shared ",
    " a partag",
    " geteilt",
    " comparti",
    "\u043f\u043e\u0434\u0435\u043b\u0438\u043b",
    "\u043f\u043e\u0434\u0456\u043b\u0438\u0432",
    " ha condiviso",
    "partilhou",
    "udost\u0119pni\u0142",
    "payla\u015ft\u0131",
)


def _share_in_another_language(node: LexborNode, text: str) -> tuple[str, str, str] | None:
    """(the sharer's name, whose, what: `post` or `link`) where `text`, a heading's words, is the sharer's
    name as its first link shows it, then a share's words in another language than English
    (`_OTHER_LANGUAGE_SHARE`); else None."""
    first = node.css_first("a")
    sharer = squeeze(first.text(separator=" ")) if first is not None else ""
    if not sharer or not text.startswith(sharer):
        return None
    said = _OTHER_LANGUAGE_SHARE().fullmatch(text[len(sharer) :].strip())
    if said is None:
        return None
    language = next(name for name in _SHARE_LANGUAGES if said.group(name))
    whose = said.groupdict().get(f"{language}_whose") or ""
    what = "link" if said.group(language).casefold() in _OTHER_LANGUAGE_LINKS else "post"
    return sharer, whose.strip().rstrip(".").strip(), what


def _share_heading(tree: LexborHTMLParser) -> tuple[LexborNode, str, str, str] | None:
    """(the heading, the sharer's name, whose, and what it shares: `post` or `link`) of a Facebook share's
    page, from its header's words (`Harbour Office shared River Office's post.`, or in another language:
    `_share_in_another_language`): whose is the other's name, or "" where it says none (`shared a post`);
    None for a page whose headings say no share."""
    for node in tree.css(_SHARE_HEADINGS)[:_MOST_SHARE_HEADINGS]:
        text = squeeze(node.text(separator=" "))[: _MOST_HEADING + 1]
        if len(text) > _MOST_HEADING:
            continue
        sharer, said, rest = text.partition(_SHARED)
        if not said:
            other = _share_in_another_language(node, text)
            if other is not None:
                return node, *other
            continue
        if not sharer.strip():
            continue
        words = rest.rstrip(" .").split()
        if not words or words[-1].casefold() not in _SHARED_POSTS | _SHARED_LINKS:
            continue
        sharer = sharer.strip()
        if not any(squeeze(link.text(separator=" ")) == sharer for link in node.css("a")[:10]):
            continue  # the sharer is named by a link to them: a heading saying "we shared the post" is none
        what = "link" if words[-1].casefold() in _SHARED_LINKS else "post"
        owner = " ".join(words[:-1])
        whose = next((owner[: -len(mark)].strip() for mark in ("'s", "\u2019s") if owner.endswith(mark)), "")
        return node, sharer, whose, what
    return None


def _ancestor(node: LexborNode, tag: str) -> LexborNode | None:
    """The nearest `tag` element holding `node` (at most 50 levels up), or None; for `article`, an element
    whose ARIA role is `article` too (www.facebook.com's post: `<div role="article">`)."""
    current = node.parent
    for _ in range(50):
        if current is None:
            return None
        if current.tag == tag or (tag == "article" and current.attributes.get("role") == "article"):
            return current
        current = current.parent
    return None


def _paragraphs(node: LexborNode, outside: LexborNode | None = None) -> str:
    """The words of `node`'s paragraphs (`<p>`), those inside `outside` left out."""
    kept = []
    for paragraph in node.css("p")[:_MOST_PARAGRAPHS]:
        if outside is not None and _within(paragraph, outside):
            continue
        kept.append(node_text(paragraph).strip())
    return "\n".join(part for part in kept if part)[:MAX_TEXT]


def _within(node: LexborNode, holder: LexborNode) -> bool:
    """Whether `node` is `holder` or inside it (nested deeper than any page's: taken as inside)."""
    current: LexborNode | None = node
    for _ in range(200):
        if current is None:
            return False
        if current.mem_id == holder.mem_id:
            return True
        current = current.parent
    return True


def _shared_post_link(nodes: list[LexborNode], cited_id: str, page_uri: str) -> str | None:
    """The first link among `nodes`' to a Facebook post other than the cited one (the shared post's)."""
    for node in nodes:
        for link in node.css("a[href]")[:50]:
            href = urljoin(
                "https://www.facebook.com/", linked_out_of_a_copy(link.attributes.get("href") or "", page_uri)
            )
            named = facebook_post(href)
            if named is not None and not named[1] and named[0] != cited_id:
                return href[:300]
    return None


def as_a_share(post: SourcePost, cited: str, tree: LexborHTMLParser, page_uri: str) -> SourcePost:
    """`post`, a Facebook post's page read (`without_a_facebook_posts_comments`), as the share it is where
    its header says so (`Harbour Office shared River Office's post.`, `… shared a link.`): the shared
    post's words (its `<article>` inside the share's, else the description Facebook gives the share) are
    kept as another's (`quoted_post`, with its author and link; a link's as `link_preview`), never the
    share's own, and a share with no words of its own names whose post it shares (`forwarded_from`), so that
    `author` never credits the sharer with them. Read as the post, a share's description, the shared post's
    words, passed `quote` as the sharer's. The sharer the header names is the post's author."""
    facebook = facebook_post(cited)
    if facebook is None or facebook[1] or post.problem is not None:
        return post
    heading = _share_heading(tree)
    if heading is None:
        return post
    node, sharer, whose, what = heading
    outer = _ancestor(node, "article") or tree.css_first(_SHARE_DATA)
    # The first `<article>` inside the share's (a query from an element may answer with the element itself).
    inner = outer.css(_POST_ELEMENTS)[:3] if outer is not None else []
    shared = next((each for each in inner if outer is not None and each.mem_id != outer.mem_id), None)
    shared_words = _paragraphs(shared) if shared is not None else ""
    # The sharer's own words: its element's paragraphs outside the shared post (none known without it).
    own_words = _paragraphs(outer, shared) if outer is not None and shared is not None else ""
    described = post.text
    theirs = shared_words or described
    if not whose and shared is not None:
        name = shared.css_first("header h3, header strong, h3")
        whose = squeeze(name.text(separator=" "))[:200] if name is not None else ""
    link = _shared_post_link([node, *([shared] if shared is not None else [])], facebook[0], page_uri)
    fields: dict[str, str | None] = {
        **post.fields,
        SHARE_OF: f"{whose or 'another'}'s {what}" + (f" ({link})" if link else ""),
    }
    if what == "link":
        fields |= {"link_preview": theirs, "link_preview_site": whose or None}
    else:
        fields |= {"quoted_post": theirs, "quoted_post_author": whose or None, "quoted_post_uri": link}
    if not own_words and what == "post" and whose and whose.casefold() != sharer.casefold():
        # No words of its own: the sharer's post of another's words, as a forward is.
        fields |= {"forwarded_from": whose, "forwarded_from_url": link}
    # The description is the share's words only where it is none of the shared post's: its paragraphs, or
    # where it writes none (www.facebook.com sets a post's words in `<div dir="auto">`s) its whole text.
    # Compared with nothing there, the shared post's words were the sharer's own.
    shared_text = shared_words or (
        squeeze(shared.text(separator=" "))[:MAX_TEXT] if shared is not None else ""
    )
    own = described if described and (not shared_text or squeeze(described) not in shared_text) else ""
    own = own if shared is not None or own_words else ""  # no shared post found: whose they are is unknown
    why = f"a share of {whose or 'another'}'s {what}" + (
        ": the words shown are the shared one's, not the share's own"
        if not own
        else ": the shared one's words are kept apart"
    )
    return post.model_copy(
        update={
            "text": own_words or own,
            "author": sharer[:200],
            "fields": {key: value for key, value in fields.items() if value},
            "unread": f"{post.unread}; {why}" if post.unread else why,
        }
    )


# What a share's reading names of the shared post, kept from an archived copy of the share's page.
_SHARE_FIELDS = ("a share of", "quoted_post", "quoted_post_author", "quoted_post_uri", "link_preview")
_ACCOUNT_FILES = frozenset({"profile.php", "permalink.php", "story.php"})  # the account by its `id=`


def _account_named(url: str) -> str:
    """The account a Facebook link names (`harbour.office` of `/harbour.office/posts/1`, or `id 100064` of
    `permalink.php?story_fbid=1&id=100064`), lowercased; "" for a link naming none."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    if not on_domain(url, "facebook.com", "fb.com"):
        return ""
    first = next((segment.lower() for segment in parts.path[:300].split("/") if segment), "")
    if first in _ACCOUNT_FILES:
        number = dict(parse_qsl(parts.query[:2000])).get("id", "")
        return f"id {number}" if number.isdigit() else ""
    return "" if first in _FACEBOOK_PAGES or first.endswith(".php") else first


def the_share_on_a_copy(original: str, html: str, page_uri: str) -> dict[str, str]:
    """Whose post a Facebook share shares and its words (`a share of`, `quoted_post` with its author and link,
    a link's `link_preview`), read from an archived copy of the share's page (archive.today's, whose
    `page_uri` its links go through) as `as_a_share` reads the page, where the share's header names as the
    sharer the account the cited link `original` names; else {}. The copy is the page as its scripts drew
    it, other posts among the cited one: a header whose sharer is another account is another post's, and
    names nothing of the cited one. Read as a page of no post's alone, a quote of the shared post's words
    was "not found verbatim", whose words they are unsaid."""
    facebook = facebook_post(original)
    account = _account_named(original)
    if facebook is None or facebook[1] or not account or not any(mark in html for mark in SHARE_MARKS):
        return {}
    tree = LexborHTMLParser(html)
    heading = _share_heading(tree)
    first = heading[0].css_first("a") if heading is not None else None
    href = linked_out_of_a_copy(first.attributes.get("href") or "", page_uri) if first is not None else ""
    if _account_named(urljoin("https://www.facebook.com/", href)) != account:
        return {}
    shared = as_a_share(
        SourcePost(platform=Platform.FACEBOOK, url=original, text=""), original, tree, page_uri
    )
    return {name: value for name in _SHARE_FIELDS if (value := shared.fields.get(name))}


# Where a Facebook post's own time was read from (`published_from` opens with it): tied to the cited post, not
# one of the times its page shows beside it (its comments', a shared post's).
FACEBOOK_OWN_TIME = "Facebook post's own time"
# The times a Facebook post's page gives in its data: `"publish_time":1642766400` (its `data-ft` attribute's
# `post_context`, mbasic's and the old desktop's), `"creation_time":1642766400` (the newer page's JSON, the
# story's `metadata`), Unix seconds. Each is a post's, any post's the page shows (a shared post's too), and is
# read as the cited one's only where the JSON object holding it names the cited post's id (`story_fbid`,
# `top_level_post_id`, its link).
_FACEBOOK_DATA_TIME = on_first_use(r'"(publish_time|creation_time)":"?(\d{9,11})(?!\d)')
_MOST_DATA_TIMES = 200
_DATA_OBJECT_SPAN = 2_000  # characters either side of a time, within which its object's bounds are looked for
_FACEBOOK_SCAN = 3_000_000
_DATA_BOUNDS = ("{", "}", "<", ">")
# A time element of the page's markup: the old desktop's `<abbr data-utime="1642766400" title="Friday,
# January 21, 2022 at 1:00 PM">`, its post's permalink around it (a comment's links to `?comment_id=`, a
# shared post's to that post). Its `title` alone, in the visitor's zone, gives the day in some zone.
_MOST_TIME_ELEMENTS = 200
_MOST_LINK_HOPS = 6  # from a time element up to the permalink that holds it
_TITLED_DAY = on_first_use(r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}")
_FIRST_EPOCH, _LAST_EPOCH = 1_075_000_000, 4_102_444_800  # Facebook opened in February 2004; 2100


_SHORTEST_TIED_ID = 6  # Facebook's ids are longer; a shorter one (`/posts/12`) may be any number in the data


def _names_the_post(text: str, post_id: str) -> bool:
    """Whether `text` names `post_id` as a whole token (`"10158000111"`, `/posts/pfbid02abc`), not inside
    another id."""
    if len(post_id) < _SHORTEST_TIED_ID:
        return False
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(post_id)}(?![A-Za-z0-9])", text) is not None


def _epoch(seconds: str) -> dt.datetime | None:
    number = ascii_int(seconds)
    if number is None or not _FIRST_EPOCH <= number <= _LAST_EPOCH:
        return None
    return dt.datetime.fromtimestamp(number, dt.UTC)


def _data_times(html: str, post_id: str) -> set[dt.datetime]:
    """The times the page's data gives the cited post (`_FACEBOOK_DATA_TIME`), each in a JSON object (its
    fields between its nested objects) that names the post's id and no comment."""
    found: set[dt.datetime] = set()
    for count, match in enumerate(_FACEBOOK_DATA_TIME().finditer(html)):
        if count >= _MOST_DATA_TIMES:
            break
        # Its object's own fields: from the nearest brace (or tag: the JSON's bounds in the markup) before it
        # to the nearest after it, nested objects left out.
        low = max(0, match.start() - _DATA_OBJECT_SPAN)
        left = max(html.rfind(mark, low, match.start()) for mark in _DATA_BOUNDS)
        high = min(len(html), match.end() + _DATA_OBJECT_SPAN)
        ends = [html.find(mark, match.end(), high) for mark in _DATA_BOUNDS]
        right = min((at for at in ends if at >= 0), default=high)
        around = html[left + 1 if left >= 0 else low : right]
        if "comment" in around.casefold() or not _names_the_post(around, post_id):
            continue
        at = _epoch(match.group(2))
        if at is not None:
            found.add(at)
    return found


def _permalink_of(node: LexborNode, page_uri: str) -> str | None:
    """The link (absolute, out of an archive's copy) of the nearest `<a href>` holding `node`, or None."""
    current: LexborNode | None = node
    for _ in range(_MOST_LINK_HOPS):
        if current is None:
            return None
        if current.tag == "a" and current.attributes.get("href"):
            href = current.attributes.get("href") or ""
            try:
                return linked_out_of_a_copy(urljoin(page_uri[:2000], href[:2000]), page_uri)
            except ValueError:
                return None
        current = current.parent
    return None


def _marked_times(tree: LexborHTMLParser, post_id: str, page_uri: str) -> list[tuple[PublishedTime, str]]:
    """The times of the page's time elements (`data-utime`, else an `<abbr>`'s `title`, its day) held by a
    link to the cited post itself (`facebook_post`: its id, no comment)."""
    found: list[tuple[PublishedTime, str]] = []
    for node in tree.css("[data-utime], abbr[title]")[:_MOST_TIME_ELEMENTS]:
        link = _permalink_of(node, page_uri)
        named = facebook_post(link) if link else None
        if named is None or named != (post_id, ""):
            continue
        at = _epoch(node.attributes.get("data-utime") or "")
        if at is not None:
            found.append((PublishedTime(at, day_only=False), "data-utime"))
            continue
        day = _TITLED_DAY().search((node.attributes.get("title") or "")[:200])
        when = parse_published(day.group(0).replace(".", "")) if day else None
        if when is not None:
            found.append((PublishedTime(when.at, day_only=True), "<abbr title> (its day)"))
    return found


def facebook_post_time(
    cited: str, html: str, tree: LexborHTMLParser, page_uri: str
) -> tuple[PublishedTime, str] | str | None:
    """The cited Facebook post's own time as its page gives it, and where from: its `article:published_time`
    (where its `og:url`, if any, names that post), the time its data gives it (`_data_times`), or the time
    element its permalink holds (`_marked_times`); never a comment's or a shared post's, whose times the
    page shows beside it. A string saying why none was read where the page gives the post several times;
    None where it gives none (or the link is a comment's: the post's time is not the comment's)."""
    named = facebook_post(cited)
    if named is None or named[1]:
        return None
    post_id = named[0]
    metas = meta_tags(tree)
    linked = linked_out_of_a_copy(meta_content(metas, "og:url") or "", page_uri)
    linked_post = facebook_post(linked) if linked else None
    if linked_post is not None and linked_post[0] != post_id:
        return None  # the page's tags are another post's
    published = parse_published(meta_content(metas, "article:published_time"))
    if published is not None:
        return published, "article:published_time"
    data = _data_times(html[:_FACEBOOK_SCAN].replace("&quot;", '"'), post_id)
    if len(data) > 1:
        times = ", ".join(sorted(at.isoformat() for at in data))
        return f"the page's data gives the post {len(data)} times ({times}): none is read as its own"
    if data:
        return PublishedTime(data.pop(), day_only=False), "its data's publish_time or creation_time"
    marked = _marked_times(tree, post_id, page_uri)
    exact = {when.at for when, _ in marked if not when.day_only}
    if len(exact) > 1:
        times = ", ".join(sorted(at.isoformat() for at in exact))
        return f"the page's permalinks give the post {len(exact)} times ({times}): none is read as its own"
    return next(((when, where) for when, where in marked if not when.day_only), marked[0] if marked else None)


def dated_as_the_facebook_post_s_own(
    post: SourcePost, cited: str, html: str, tree: LexborHTMLParser, page_uri: str
) -> SourcePost:
    """`post`, a Facebook post's page, dated by the post's own time (`facebook_post_time`), where its page
    gives one: its comments' and a shared post's times are never read as the post's, and its byline's
    relative time ("3h") none."""
    if post.problem is not None or facebook_post(cited) is None:
        return post
    found = facebook_post_time(cited, html, tree, page_uri)
    if found is None:
        return post
    if isinstance(found, str):
        return post.model_copy(update={"fields": {**post.fields, "post time not read": found[:500]}})
    when, where = found
    return post.model_copy(
        update={
            "published": when.at,
            "published_day_only": when.day_only,
            "published_from": f"{FACEBOOK_OWN_TIME} ({where})",
        }
    )


# A LinkedIn post's id as its link writes it: `-activity-<id>-` in a `/posts/` slug, `urn:li:activity:<id>`
# (or `share`, `ugcPost`) in a `/feed/update/` path.
_LINKEDIN_POST_ID = on_first_use(r"(?:activity|share|ugcpost)(?:-|:|%3a)(\d{15,25})(?!\d)", re.IGNORECASE)
# The attributes of a post's `<article>` that name it (its activity, the share it shows, the one featured).
_LINKEDIN_URN_ATTRIBUTES = ("data-activity-urn", "data-featured-activity-urn", "data-attributed-urn")
_LINKEDIN_COMMENTARY = '[data-test-id="main-feed-activity-card__commentary"]'
_MOST_LINKEDIN_ARTICLES = 200
# The link naming who posted a card (its entity lockup): `public_post_feed-actor-name`; a commenter's is
# `public_post_comment_actor-name`, another card's `public_post_main-feed-card_feed-actor-name`.
_LINKEDIN_ACTOR = 'a[data-tracking-control-name="public_post_feed-actor-name"]'
_MOST_LINKEDIN_ACTORS = 5
_LINKEDIN_AUTHWALL = '"/authwall?'
_LINKEDIN_AUTHWALL_SCAN = 20_000  # the redirecting page is its one script, about 2,000 characters
# A LinkedIn id holds its time as X's does: its first 41 bits of 64 are milliseconds since 1970.
_LINKEDIN_ID_BITS = 63
_LINKEDIN_TIME_SHIFT = 22
_LINKEDIN_FIRST_YEAR, _LINKEDIN_LAST_YEAR = 2003, 2100  # LinkedIn opened in May 2003


def linkedin_post_id(url: str) -> str | None:
    """The id a LinkedIn post's link names (its activity's, share's or ugcPost's); None for another link."""
    if not on_domain(url, "linkedin.com"):
        return None
    try:
        path = urlsplit(url.strip()).path[:1000]
    except ValueError:
        return None
    segments = [segment for segment in path.split("/") if segment][:4]
    if len(segments) < 2 or segments[0].lower() not in ("posts", "feed", "embed"):
        return None
    found = _LINKEDIN_POST_ID().search(path)
    return found.group(1) if found else None


def _linkedin_comment(url: str) -> str | None:
    """The comment a LinkedIn post's link names (`?commentUrn=urn:li:comment:(activity:<post>,<comment>)`, or
    a reply's `replyUrn`), as the link writes it (at most 200 characters), or None."""
    try:
        query = dict(parse_qsl(urlsplit(url.strip()).query[:2000]))
    except ValueError:
        return None
    named = (query.get("replyUrn") or query.get("commentUrn") or "").strip()
    return named[:200] if named else None


# The login form Facebook's page of a public post holds for a visitor beside the post ("See more on Facebook":
# an email and a password field), as LinkedIn's holds its sign-in dialog.
_FACEBOOK_POPUP = "#login_popup_cta_form"
_MOST_PASSWORD_FIELDS = 20


def _facebook_popup_beside_a_post(tree: LexborHTMLParser) -> bool:
    """Whether a Facebook page is a post's, its only password fields those of the login popup Facebook puts
    beside a public post for a visitor (`#login_popup_cta_form`): its `og:url` names a post
    (`facebook_post`). Read as a login form, every public post captured so failed `captured`, "login wall".
    Facebook's wall in a post's place names no post (`og:url` its home page, `og:title` "Log in or sign up
    to view"), holds its own login form (`#login_form`) or is titled as a login page ("Log into Facebook",
    "Facebook - log in or sign up", "Войдите на Facebook"), whatever its tags."""
    fields = tree.css("input[type=password]")[:_MOST_PASSWORD_FIELDS]
    in_popup = tree.css(f"{_FACEBOOK_POPUP} input[type=password]")[:_MOST_PASSWORD_FIELDS]
    if not fields or len(in_popup) != len(fields):
        return False
    title = (page_title(tree) or "")[:_LONGEST_LOGIN_TITLE]
    own = re.sub(r"^facebook ?[-–—|•] ?|(?: ?[-–—|•] ?facebook)$", "", title, flags=re.IGNORECASE)  # noqa: RUF001
    if _LOGIN_HEADING().fullmatch(own) or _localized_login_title(title):
        return False
    return _names_a_facebook_post(tree)


def _of_the_page_its_address_names(post: SourcePost, tree: LexborHTMLParser) -> SourcePost:
    """`post`, a Facebook post's page that names no account, with the Page whose post Facebook says it is:
    the name before `/posts/<id>` in the page's own address (`og:url`, Facebook's, wherever the link
    pointed). A Page's post shown to a visitor gives its words and address in its tags only: read with no
    account, its author was Facebook's site name (`og:site_name`), and `author` failed the Page the note
    names. The site's name is no display name of the Page's: it is not kept as the post's publisher."""
    if post.problem is not None or post.handle or post.author:
        return post
    address = linked_out_of_a_copy(meta_content(meta_tags(tree), "og:url") or "")
    located = facebook_post_link(address)
    if located is None or located[0] is None:
        return post
    fields = {**post.fields, "account": f"the Page its address names ({address[:300]})"}
    publisher = None if (post.publisher or "").casefold() == "facebook" else post.publisher
    return post.model_copy(update={"handle": located[0], "publisher": publisher, "fields": fields})


def _not_walled_by_its_popup(post: SourcePost) -> SourcePost:
    """`post`, a Facebook post's page beside its login popup (`_facebook_popup_beside_a_post`), without the
    login wall a web page's reading finds in it: a page whose post Facebook gives only in its tags (its words
    the description, `og:description`), its body no more than the popup, is still the post's, and read as a
    sign-in form with a password field it failed `captured`, "login wall"."""
    if post.problem != "login-wall" or not (post.fields.get("og:description") or "").strip():
        return post
    return post.model_copy(update={"problem": None, "problem_detail": None})


def _names_a_facebook_post(tree: LexborHTMLParser) -> bool:
    """Whether a Facebook page's `og:url` names a post (`facebook_post`), also as an archive's replay wrote
    it (the Wayback Machine's, pywb's: `https://web.archive.org/web/<stamp>/<URL>`,
    `pages.linked_out_of_a_copy`): read as written, a copy of a public post beside its login popup was a
    login wall."""
    link = linked_out_of_a_copy(meta_content(meta_tags(tree), "og:url") or "")
    return facebook_post(link) is not None


def _linkedin_card(tree: LexborHTMLParser, post_id: str) -> LexborNode | None:
    """The `<article>` of a LinkedIn page that names the post `post_id` (its activity, share or ugcPost), or
    None where none does."""
    return next(
        (
            article
            for article in tree.css("article")[:_MOST_LINKEDIN_ARTICLES]
            if any(
                (article.attributes.get(name) or "").rpartition(":")[2] == post_id
                for name in _LINKEDIN_URN_ATTRIBUTES
            )
        ),
        None,
    )


def _shows_the_linkedin_post(url: str, tree: LexborHTMLParser) -> bool:
    """Whether a LinkedIn page shows the post its link names (the post's card is in its markup:
    `_linkedin_card`). LinkedIn's page of a public post also holds a sign-in dialog ("Sign in to view more
    content": an email and a password field, `#public_post_contextual-sign-in`), an offer beside the post, not
    a wall in its place."""
    post_id = linkedin_post_id(url)
    return post_id is not None and _linkedin_card(tree, post_id) is not None


def linkedin_post_time(post_id: str) -> dt.datetime | None:
    """The time a LinkedIn post's id holds (its first 41 bits, milliseconds since 1970, as X's ids hold
    theirs); None for an id too long to be one, or whose time is none LinkedIn could have given."""
    number = ascii_int(post_id)
    if number is None or number >> _LINKEDIN_ID_BITS:
        return None
    at = dt.datetime.fromtimestamp((number >> _LINKEDIN_TIME_SHIFT) / 1000, dt.UTC)
    return at if _LINKEDIN_FIRST_YEAR <= at.year <= _LINKEDIN_LAST_YEAR else None


def _as_its_card_and_id_say(post: SourcePost, card: LexborNode, post_id: str, one_post: bool) -> SourcePost:
    """`post` (the cited LinkedIn post's page, read as a web page) with its id, and, where its metadata
    (JSON-LD) named none, the time its id holds and, on a card of one post's words (`one_post`: no reshare,
    whose two authors are not told apart), the author the card names (its own actor link, not a
    commenter's). A page without JSON-LD shows the post's time only as "1y" or "3w": read as a web page, the
    post had no author and no date, and `author` and `date` warned on a true note."""
    update: dict[str, object] = {"post_id": post_id}
    actors = card.css(_LINKEDIN_ACTOR)[:_MOST_LINKEDIN_ACTORS]
    if post.author is None and one_post and len(actors) == 1:
        update["author"] = node_text(actors[0]).strip()[:200] or None
    guessed = post.published is None or post.published_from == "htmldate"
    at = linkedin_post_time(post_id) if guessed else None
    if at is not None:
        update |= {"published": at, "published_day_only": False, "published_from": "LinkedIn post id"}
    return post.model_copy(update=update)


def _linkedin_authwall_script(url: str, html: str) -> str | None:
    """Why a LinkedIn post's page that does not show the post is its sign-in wall, where its script only
    sends the reader there (`window.location.href = "https://" + domain + "/authwall?trk=" + …`, the page
    LinkedIn answers, with HTTP 999 or 200, to a visitor it will not show the post to); None otherwise.
    Read as a script shell, the footnote failed saying the page needed its scripts, not that LinkedIn asked
    the visitor to sign in (so that an archived copy is the way to the post)."""
    if linkedin_post_id(url) is None or _LINKEDIN_AUTHWALL not in html[:_LINKEDIN_AUTHWALL_SCAN]:
        return None
    return "the page's script only sends its reader to LinkedIn's sign-in wall (/authwall)"


def _linkedin_post_words(post: SourcePost, original: str, tree: LexborHTMLParser) -> SourcePost:
    """`post` with the words of the cited LinkedIn post's own card: the commentary of the `<article>` that
    names its id. Unchanged where no card names it; without words where its card shows several commentaries
    (a reshare: whose words are which is not read)."""
    post_id = linkedin_post_id(original)
    if post_id is None or post.problem is not None:
        return post
    comment = _linkedin_comment(original)
    if comment is not None:
        # The page shows the post, its comments under it: read as the post, a comment's link credited the
        # commenter with the post's words, and the post's author and time as theirs.
        what = f"a comment ({comment}) under the LinkedIn post {post_id}"
        return SourcePost(
            platform=post.platform,
            url=post.url,
            canonical_url=post.canonical_url,
            language=post.language,
            unread=f"the link names {what}, not the post: its page is not read as the comment",
            fields={"link names": what[:500]},
        )
    card = _linkedin_card(tree, post_id)
    if card is None:
        return post
    commentaries = card.css(_LINKEDIN_COMMENTARY)
    post = _as_its_card_and_id_say(post, card, post_id, one_post=len(commentaries) <= 1)
    if len(commentaries) != 1:
        why = (
            f"the card of the LinkedIn post {post_id} shows {len(commentaries)} posts' words (a reshare): "
            "whose are which is not read"
            if commentaries
            else f"the card of the LinkedIn post {post_id} shows no words of its own"
        )
        return post.model_copy(update={"text": "", "unread": f"{why}; {post.unread}" if post.unread else why})
    return post.model_copy(update={"text": node_text(commentaries[0])[:MAX_TEXT]})


class LoginWalledExtractor(Extractor):
    platform = Platform.FACEBOOK  # the first of several; each post says its own

    def handles(self, url: str) -> bool:
        return on_domain(url, *_PLATFORMS)

    def extract(self, page: CapturedPage) -> SourcePost:
        platform = next((p for domain, p in _PLATFORMS.items() if on_domain(page.url, domain)), self.platform)
        main = page.answer()
        if main is None:
            return SourcePost(platform=platform, url=page.url)
        html = decode_html(main) if is_html(main) else None
        # A LinkedIn page, parsed once: whether it shows the cited post, and the post's card.
        linkedin = platform is Platform.LINKEDIN and html is not None and main.status == 200
        tree = LexborHTMLParser(html) if linkedin and html is not None else None
        facebook = platform is Platform.FACEBOOK and html is not None and main.status == 200
        # A Meta page, parsed once for its post's tags (which leave it without its hidden parts), its
        # notice and its headings.
        meta = html is not None and main.status == 200 and platform is not Platform.LINKEDIN
        meta_tree = LexborHTMLParser(html) if meta and html is not None else None
        shown = False  # the cited post is shown beside a login form (LinkedIn's dialog, Facebook's popup)
        if html is not None:
            cited = meta_post(page.url) if main.status == 200 else None
            # A post's tags are read before the login form beside them: Instagram shows a post to a visitor
            # with one, and its tags are the post's. A login page's path is no post's page, whatever it holds.
            if (
                cited is not None
                and meta_tree is not None
                and not _LOGIN_PATH().search(urlsplit(main.uri).path)
            ):
                post = read_meta_post(cited, main, meta_tree, platform)
                if post is not None:
                    return post
            gone = _facebook_gone(meta_tree) if facebook and meta_tree is not None else None
            if gone is not None:
                return SourcePost(
                    platform=platform,
                    url=main.uri,
                    problem="unavailable",
                    problem_detail=f"the page's heading is Facebook's notice that the content is not "
                    f"available: {gone!r}",
                )
            # Meta's error page in the post's place (its words looked for in the markup first, so that no
            # other page is read again for them).
            refused = (
                meta_error_page(visible_text_of(meta_tree))
                if facebook
                and meta_tree is not None
                and any(words in html for words in META_ERROR_WORDS)
                and not _names_a_facebook_post(meta_tree)
                else None
            )
            if refused is not None:
                return SourcePost(
                    platform=platform,
                    url=main.uri,
                    problem="challenge",
                    problem_detail=meta_error_detail(refused),
                )
            # A public LinkedIn post's page holds a sign-in dialog with a password field beside the post: read
            # as a login form, every live post failed `captured`, "login wall".
            # So does Facebook's page of a public post, its login popup beside the post.
            shown = not _LOGIN_PATH().search(urlsplit(main.uri).path) and (
                (tree is not None and _shows_the_linkedin_post(page.url, tree))
                or (
                    facebook
                    and _FACEBOOK_POPUP[1:] in html
                    and _facebook_popup_beside_a_post(LexborHTMLParser(html))
                )
            )
            wall = None if shown else login_wall(main.uri, html) or _linkedin_authwall_script(page.url, html)
            if (
                wall is None
                and meta_tree is not None
                and not (facebook and _names_a_facebook_post(meta_tree))
            ):
                wall = _login_heading(meta_tree)
            if wall is not None:
                return SourcePost(platform=platform, url=main.uri, problem="login-wall", problem_detail=wall)
            account = (
                _facebook_account_in_a_posts_place(page.url, main.uri, meta_tree)
                if facebook and meta_tree is not None
                else None
            )
            if account is not None:
                return SourcePost(
                    platform=platform, url=main.uri, problem="unavailable", problem_detail=account
                )
        # The page's `<html lang>` is the site's interface's, in the language of whoever fetched it, never
        # the post's: a Polish post's page, fetched in English, was said to be `en`.
        post = read_web_page(page.url, main, platform, page.main_text).model_copy(update={"language": None})
        if facebook and shown:
            post = _not_walled_by_its_popup(post)
        if platform is Platform.FACEBOOK:
            post = without_a_facebook_posts_comments(post, page.url)
            if html is None or meta_tree is None:
                return post
            if any(mark in html for mark in SHARE_MARKS):  # most posts' pages say none: not parsed again
                post = as_a_share(post, page.url, LexborHTMLParser(html), main.uri)
            post = dated_as_the_facebook_post_s_own(post, page.url, html, meta_tree, main.uri)
            return _of_the_page_its_address_names(post, meta_tree)
        if tree is not None:
            return _linkedin_post_words(post, page.url, tree)
        return post
