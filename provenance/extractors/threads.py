"""Instagram's and Threads' post pages, as they answer a visitor without an account (`login_walled` asks).

Meta's pages answer many visitors (crawlers, link previews, a plain request) with the post in their
OpenGraph tags and little else:
- Threads: `og:title` `<name> (@<user>) on Threads`, `og:description` the post's text, `og:url` the post's
  link (`https://www.threads.com/@<user>/post/<code>`), `al:ios:url` `barcelona://media?shortcode=<code>`.
- Instagram: `og:title` `<name> on Instagram: "<caption>"` (in the visitor's language, one word of theirs
  before Instagram's name and its quotes around the caption: `auf Instagram: „…“`, `sur Instagram : « … »`),
  `og:description` `<n> likes, <n> comments -
  <user> on <Month D, YYYY>: "<caption>"` (in English; another language's words are not read; a post
  without words ends at its day, its title without a caption), `og:url` the post's link, `al:ios:url`
  `instagram://media?id=<media id>`. Archived copies keep the description Instagram wrote until about 2022,
  `<n> Likes, <n> Comments - <name> (@<user>) on Instagram: “<caption>”` (or `@<user>` alone), beside a title
  naming no caption (`@<user> posted on Instagram • <day> at <time> UTC`): read alike.
Such a page, on Instagram's or Threads' host (or a Wayback copy of one), is the post only where its tags name
the cited post (`og:url`'s code, on a copy as the archive wrote it, whole or from its root; the app link's
code or media id): a profile's tags have the same words
around an account's bio, and read as a post, a quote of the bio passed.

The post's account is the one the page shows, never the one the cited link writes (any account written in a
link shows the post): Threads' title's, Instagram's description's or, where that is in another language, the
one Instagram's own `og:url` writes. An Instagram page naming no account (or two) shows no author either: a
display name alone is anyone's. The post's id is the media id the page names; its time the id's
(`citations.platforms.meta_id_time`: when the media was made, at or a little before it was posted), as X's
snowflake gives a post's. The day Instagram's `og:description` shows beside it (in a zone it does not say) is
kept, and one the id's time cannot fall on in any zone makes the page one of two publication times (`date`
warns). A private post's share code carries no time: the day shown is then the post's, as a day only.

Not the post: a page naming another post (`soft-404`); a profile answering the post's link (its title's
shape, `og:type` `profile` or an `og:url` of an account: the post deleted or made private, `unavailable`);
"Sorry, this page isn't available" (in English and the languages Meta shows it in) / "Page not found" /
Instagram's "Content unavailable", "This content isn't available right now" (`unavailable`); a private
account's page in the post's place ("This account is private", Threads' "This profile is private", in the
languages Meta answers in: `unavailable`, its detail saying the account is private, its posts shown only to
the followers it accepts, not that the post may be deleted); a page whose `og:url` is the site's home page
(Instagram's, its login page for a visitor: `login-wall`; Threads', others' posts: `soft-404`); Meta's
error page of few words ("Something went wrong. There's an issue and the page could not be loaded.",
"Please wait a few minutes before you try again.", "We limit how often you can do certain things"), which
it answers a client it refuses for a while: `challenge`, saying nothing of whether the post is there. A page
of no such shape is left to the reading of any login-walled page (`read_meta_post` gives None).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from urllib.parse import parse_qs, urlsplit

from selectolax.lexbor import LexborHTMLParser

from provenance.citations.platforms import (
    MetaPost,
    http_date,
    meta_id_time,
    meta_media_id,
    meta_post,
    platform_from_host,
    wayback_original,
)
from provenance.extractors.pages import (
    MAX_TEXT,
    linked_out_of_a_copy,
    meta_content,
    meta_tags,
    page_title,
    raw_fields,
    shown_references,
    visible_text_of,
)
from provenance.models import Platform, SourcePost
from provenance.patterns import on_first_use
from provenance.warc.reader import StoredResponse

# A post's title: `Mark Zuckerberg (@zuck) on Threads`, and in the visitor's language, one word of theirs
# before Threads' name (`auf Threads`, `sur Threads`, `en Threads`, `в Threads`, `على Threads`): read as
# English alone, a true post's page in another language was a script shell, failing `captured`. (A profile's
# title puts `•` there.)
_THREADS_TITLE = on_first_use(
    r"(?P<name>.{0,200}?) ?\(@(?P<user>[A-Za-z0-9_.]{1,30})\) [^\s()•·]{1,12} Threads"
)
# A post's title: `National Geographic on Instagram: "…"`, and in the visitor's language, one word of theirs
# before Instagram's name (`auf Instagram: „…“`, `en Instagram: "…"`, `sur Instagram : « … »`, `в Instagram`,
# `na Instagramie`): read as English alone, a true post's page in another language, its login form beside
# it, was a login wall, failing `captured`. (A profile's title puts `•` there, and no colon after.)
_INSTAGRAM_TITLE = on_first_use(
    r"(?P<name>.{1,200}?) [^\s()•·:\"]{1,12} Instagram[^\W\d_]{0,3} ?: (?P<caption>.*)", re.DOTALL
)
# `1,240 likes, 12 comments - natgeo on August 26, 2020: "…"`: the counts (any number's spelling) and the
# account's username, the day, the caption; a post without words (a photo alone) ends at its day.
_INSTAGRAM_DESCRIPTION = on_first_use(
    r"(?:[0-9][^-]{0,60} - )?(?P<user>[A-Za-z0-9_.]{1,30}) on "
    r"(?P<day>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" [0-9]{1,2}, [0-9]{4})(?:\s?: (?P<caption>.*))?",
    re.DOTALL,
)
# Instagram's description of a post as its pages wrote it until about 2022, kept in archived copies:
# `1M Likes, 4,051 Comments - National Geographic (@natgeo) on Instagram: “…”`, or `@natgeo on Instagram`
# where the account has no display name; its title then `@natgeo posted on Instagram • Aug 26, 2020 at 1:43pm
# UTC`, no caption's. Read as no post's tags, an archived copy of a post was a script shell.
# Compiled when a page's tags match no current shape, not when every capture loads this module.
_INSTAGRAM_FORMER_DESCRIPTION = on_first_use(
    r"[0-9][^-]{0,60} - (?:(?P<name>[^()\n]{1,200}?) \(@(?P<user>[A-Za-z0-9_.]{1,30})\)"
    r"|@(?P<alone>[A-Za-z0-9_.]{1,30})) on Instagram: (?P<caption>.*)",
    re.DOTALL,
)
# The title of a post without words: `National Geographic on Instagram`, with no caption after it.
_INSTAGRAM_TITLE_ALONE = on_first_use(r"(?P<name>.{1,200}?) [^\s()•·:\"]{1,12} Instagram[^\W\d_]{0,3}")
# A profile's title: `NASA (@nasa) • Instagram photos and videos`, `Mark Zuckerberg (@zuck) • Threads, Say
# more`, and in the visitor's language, Instagram's name after other words (`• Fotos y videos de Instagram`,
# `• Photos et vidéos Instagram`, `• صور وفيديوهات Instagram`): read as English alone, such a profile page
# (its bio and posts' words) answering a removed post's link passed `captured` and a quote of its bio.
_PROFILE_TITLE = on_first_use(r"\(@[A-Za-z0-9_.]{1,30}\) [•·] [^()\n•·]{0,60}?(?:Instagram|Threads)")
_USER = on_first_use(r"[A-Za-z0-9_.]{1,30}")
_LONGEST_TITLE = 300  # a title of a post without words holds a name and Instagram's
# Instagram's own pages of one path segment, none an account's.
_INSTAGRAM_PAGES = frozenset(
    {"explore", "accounts", "direct", "stories", "reels", "p", "reel", "tv", "legal"}
)
# What Meta's pages say of a post that is gone, private or never was: in English, and "Sorry, this page isn't
# available" in the languages Meta answers a visitor in by their address or browser (the capturing machine's,
# an archive's crawler's). Read in English only, such a page was read as a web page, whose `captured` passed.
_GONE = on_first_use(
    r"sorry, this page isn.t available|page not found|this (?:post|content) is(?: no longer)? unavailable"
    r"|post unavailable|this content isn.t available|content unavailable"
    r"|cette page n.est pas disponible|questa pagina non (?:è|e) disponibile|esta página não está disponível"
    r"|esta página no está disponible|diese seite ist leider nicht verfügbar|эта страница недоступна"
    r"|ця сторінка недоступна|bu sayfaya ulaşılamıyor|ta strona jest niedostępna"  # noqa: RUF001
    r"|deze pagina is niet beschikbaar"
    # Arabic ("عذرًا، هذه الصفحة غير متوفرة."): read as a web page, whose `captured` passed
    r"|هذه الصفحة غير (?:متوفرة|متاحة)",
    re.IGNORECASE,
)


# What Meta's pages say in place of a private account's post (Instagram's "This account is private", "This
# Account is Private"; Threads' "This profile is private"), in the languages Meta answers in: read as a web
# page, the notice and the page's footer passed `captured` as the post, and its words were the post's.
# Compiled when a page of no post's shape is read, not when every capture loads this module.
_PRIVATE_NOTICE = on_first_use(
    r"this (?:account|profile) is private"
    r"|ce (?:compte|profil) est privé|dieses (?:konto|profil) ist privat|(?:esta|la) cuenta es privada"
    r"|este perfil es privado|esta conta é privada|este perfil é privado"
    r"|questo (?:account|profilo) è privato|это закрытый (?:аккаунт|профиль)"
    r"|це закритий (?:акаунт|профіль|обліковий запис)|bu hesap gizli|to konto jest prywatne"
    r"|dit account is privé|هذا الحساب خاص",
    re.IGNORECASE,
)


# The day shown is in some zone from UTC-12 to UTC+14; the media was made up to an upload's while before.
_EARLIEST_ON_THE_DAY = dt.timedelta(hours=-14, minutes=-60)
_LATEST_ON_THE_DAY = dt.timedelta(days=1, hours=12)


# Meta's own error page in a post's place, which it answers a client it refuses for a while as often as a
# fault of its own: Instagram's and Threads' "Something went wrong. There's an issue and the page could not be
# loaded.", Facebook's "Something went wrong. We're working on it and we'll get it fixed as soon as we can.",
# Instagram's "Please wait a few minutes before you try again." and "Try Again Later. We limit how often you
# can do certain things …". Read as a web page, it passed `captured` with its words as the post's. Only on a
# page of few words: a post that says "something went wrong" is a post.
_META_ERROR = on_first_use(
    r"something went wrong\W+(?:there.s an issue and the page could not be loaded"
    r"|we.re working on it and we.ll get it fixed as soon as we can)"
    r"|please wait a few minutes before you try again|we limit how often you can do certain things",
    re.IGNORECASE,
)
_META_ERROR_CHARS = 1000
# Words of those notices as Meta's markup writes them, looked for before a page is read for them.
META_ERROR_WORDS = ("went wrong", "few minutes before you try again", "how often you can do certain things")


def meta_error_page(text: str) -> str | None:
    """What Meta's error page says in a post's place (`_META_ERROR`), where `text`, the page's visible words,
    are few; None where it says nothing of the kind."""
    found = _META_ERROR().search(text) if len(text) <= _META_ERROR_CHARS else None
    return found.group() if found is not None else None


def meta_error_detail(said: str) -> str:
    return (
        f"the page says {said!r} in the post's place: Meta's error page, which it also answers a client it "
        "refuses for a while, says nothing of whether the post is there; capture it again later, or cite an "
        "archived copy"
    )


def read_meta_post(
    cited: MetaPost, main: StoredResponse, tree: LexborHTMLParser, platform: Platform
) -> SourcePost | None:
    """The post the page of `cited` shows, or the reason it is not the post (a problem); None for a page
    of no shape read here (left to the reading of any other page)."""
    if not _on_meta_host(main.uri):
        return None  # a page another site answered (a redirect away): not Meta's word about its post
    metas = meta_tags(tree)
    # A post's words escaped twice in these tags (`&amp;quot;`, `&amp;#039;`, as X's and Telegram's pages
    # write them) are read as the characters they show: read once, the caption kept its `&quot;` quotes and
    # a quote of the post's very words warned. A reference left is read as the character it writes, as a
    # web page's `og:title` is; words escaped once have none left.
    og_title = shown_references(meta_content(metas, "og:title") or "")
    named = _named_post(metas, main.uri)
    shown = _shown_post(platform, og_title, shown_references(meta_content(metas, "og:description") or ""))
    if shown is not None and named is not None:
        code, media_id, linked_user = named
        cited_id = meta_media_id(cited.code)
        if code != cited.code and (media_id is None or media_id != cited_id):
            return _problem(
                platform,
                main,
                "soft-404",
                f"the page shows another post ({code or media_id}), not the cited {cited.code}",
            )
        post_id = str(cited_id) if cited_id is not None else None
        return _the_post(cited, main, metas, _whose(shown, linked_user), post_id)
    home = _names_the_home_page(metas, main.uri)
    if home is not None:
        # Instagram's home page is its login page for a visitor ("Create an account or log in to
        # Instagram"); Threads' shows others' posts. Read as a web page, its blurb passed `captured` as the
        # post's words.
        problem = "login-wall" if home is Platform.INSTAGRAM else "soft-404"
        asks = ", which asks a visitor to log in or sign up" if home is Platform.INSTAGRAM else ""
        whose = "Instagram's" if home is Platform.INSTAGRAM else "Threads'"
        return _problem(platform, main, problem, f"the page is {whose} home page{asks}, not the post")
    title = page_title(tree) or ""
    shown_text = visible_text_of(tree)[:2000]
    private = _PRIVATE_NOTICE().search(title) or _PRIVATE_NOTICE().search(shown_text)
    if private is not None:
        return _problem(
            platform,
            main,
            "unavailable",
            f"the page says {private.group()!r}: the post's account is private, its posts shown only to the "
            "followers it accepts",
        )
    if (
        _PROFILE_TITLE().search(og_title)
        or _PROFILE_TITLE().search(title)
        or _names_a_profile(metas, main.uri)
    ):
        return _problem(
            platform,
            main,
            "unavailable",
            f"the post's link answers with an account's profile ({og_title or title!r:.100}), not the post: "
            "deleted, or made private?",
        )
    gone = _GONE().search(title) or _GONE().search(shown_text)
    if gone is not None:
        return _problem(platform, main, "unavailable", f"the page says {gone.group()!r}")
    refused = meta_error_page(shown_text)
    if refused is not None:
        return _problem(platform, main, "challenge", meta_error_detail(refused))
    return None


def _on_meta_host(url: str) -> bool:
    """Whether `url` (or the page a Wayback copy at `url` copies) is on Instagram's or Threads' hosts."""
    try:
        host = urlsplit(wayback_original(url) or url).hostname or ""
    except ValueError:
        return False
    return platform_from_host(host) in (Platform.INSTAGRAM, Platform.THREADS)


def _names_the_home_page(metas: dict[str, str], page_uri: str) -> Platform | None:
    """The platform (Instagram, Threads) whose home page the page's `og:url` names (`https://www.instagram
    .com/`), or None."""
    link = _og_url(metas, page_uri)
    try:
        parts = urlsplit(link)
    except ValueError:
        return None
    if not link or parts.path.strip("/") or parts.query or not _on_meta_host(link):
        return None
    return platform_from_host(parts.hostname or "")


def _names_a_profile(metas: dict[str, str], page_uri: str) -> bool:
    """Whether the page's tags say it is an account's page (`og:type` `profile`, or an `og:url` of one path
    segment: Threads' `/@<user>`, Instagram's `/<user>/`), whatever its title: Threads titles some profiles
    `<name> (@<user>) on Threads`, as it titles a post."""
    if (meta_content(metas, "og:type") or "").casefold() == "profile":
        return True
    link = _og_url(metas, page_uri)
    try:
        parts = urlsplit(link)
    except ValueError:
        return False
    segments = [segment for segment in parts.path.split("/") if segment]
    if len(segments) != 1 or not _on_meta_host(link):
        return False
    account = segments[0]
    if platform_from_host(parts.hostname or "") is Platform.THREADS:
        return _USER().fullmatch(account[1:]) is not None and account.startswith("@")
    return _USER().fullmatch(account) is not None and account not in _INSTAGRAM_PAGES


def _problem(platform: Platform, main: StoredResponse, problem: str, detail: str) -> SourcePost:
    return SourcePost.model_validate(
        {"platform": platform, "url": main.uri, "problem": problem, "problem_detail": detail}
    )


def _og_url(metas: dict[str, str], page_uri: str) -> str:
    """The page's `og:url`, or on an archived copy the page the archive's rewritten link copies (the Wayback
    Machine's `https://web.archive.org/web/<stamp>/<URL>`, or `/web/<stamp>/<URL>` from its root:
    `pages.linked_out_of_a_copy`); '' for none."""
    return linked_out_of_a_copy(meta_content(metas, "og:url") or "", page_uri)


def _named_post(metas: dict[str, str], page_uri: str) -> tuple[str | None, int | None, str | None] | None:
    """(shortcode, media id, the account its link writes) of the post the page's tags name (`og:url`,
    `al:ios:url`), any of them unknown; None when they name no post. Read as written, a Wayback copy's
    `og:url` from its root named no post, and the account of a post described in another language than
    English was lost."""
    link = _og_url(metas, page_uri)
    post = meta_post(link) if link else None
    if post is not None:
        return post.code, meta_media_id(post.code), post.user
    app_link = meta_content(metas, "al:ios:url", "al:android:url") or ""
    query = parse_qs(urlsplit(app_link).query) if "://media?" in app_link else {}
    shortcode = query.get("shortcode", [""])[0]
    media = query.get("id", [""])[0]
    if shortcode and meta_media_id(shortcode) is not None:
        return shortcode, meta_media_id(shortcode), None
    if media.isascii() and media.isdigit() and len(media) <= 20:
        return None, int(media), None
    return None


@dataclass(frozen=True)
class _Shown:
    """What a post's tags show: its account's name and username, its words, the day shown beside them, and
    why the account is not known where it is not."""

    name: str | None
    user: str | None
    text: str
    day: str | None
    unknown_account: str | None = None


def _whose(shown: _Shown, linked_user: str | None) -> _Shown:
    """`shown` with the account the page's own link writes (Instagram's `og:url`, `/<user>/p/<code>/`) where
    its words give none (a description in another language than English); without a name where the page
    names no account, or two: a display name alone is anyone's (an impostor's post shown as "National
    Geographic" passed a note naming @natgeo)."""
    user = shown.user or linked_user
    if shown.user and linked_user and shown.user.casefold() != linked_user.casefold():
        why = f"the page names two accounts, @{shown.user} in its words and @{linked_user} in its link"
        return replace(shown, name=None, user=None, unknown_account=why)
    if user is None:
        why = "the page shows no username of the post's account (its description is not in English)"
        return replace(shown, name=None, unknown_account=why)
    return replace(shown, user=user)


def _shown_post(platform: Platform, og_title: str, description: str) -> _Shown | None:
    if platform is Platform.THREADS:
        title = _THREADS_TITLE().fullmatch(og_title)
        if title is None:
            return None
        return _Shown(title.group("name").strip() or None, title.group("user"), description, None)
    title = _INSTAGRAM_TITLE().fullmatch(og_title)
    described = _INSTAGRAM_DESCRIPTION().fullmatch(description)
    if title is None:
        former = _INSTAGRAM_FORMER_DESCRIPTION().fullmatch(description) if described is None else None
        if former is not None:
            name = (former.group("name") or "").strip() or None
            return _Shown(
                name, former.group("user") or former.group("alone"), _unquoted(former.group("caption")), None
            )
        if described is None or described.group("caption") is not None:
            return None
        # A post without words (a photo alone): its description names its account and day, and no caption,
        # and its title none either. Read as no post's, its page's login form beside it made a public post
        # a login wall, failing `captured`.
        alone = _INSTAGRAM_TITLE_ALONE().fullmatch(og_title[:_LONGEST_TITLE])
        name = alone.group("name").strip() or None if alone else None
        return _Shown(name, described.group("user"), "", described.group("day"))
    shown = described.group("caption") if described else None
    caption = _unquoted(shown if shown is not None else title.group("caption"))
    return _Shown(
        title.group("name").strip() or None,
        described.group("user") if described else None,
        caption,
        described.group("day") if described else None,
    )


# The quotes Instagram writes around a caption in its title, by the visitor's language.
_CAPTION_QUOTES = (
    ('"', '"'),
    ("\u201e", "\u201c"),  # „ “ (German)
    ("\u201e", "\u201d"),  # „ ” (Polish)
    ("\u00ab", "\u00bb"),  # « » (French, Russian)
    ("\u201c", "\u201d"),
)


def _unquoted(caption: str) -> str:
    """A caption without the quotes Instagram writes around it (`"…".`, `„…“`, `« … »`)."""
    caption = caption.strip()
    for opening, closing in _CAPTION_QUOTES:
        if caption.endswith(f"{closing}."):
            caption = caption[:-1]
        if len(caption) >= 2 and caption[0] == opening and caption[-1] == closing:
            return caption[1:-1].strip()
    return caption.strip()


def _the_post(
    cited: MetaPost, main: StoredResponse, metas: dict[str, str], shown: _Shown, post_id: str | None
) -> SourcePost:
    stamp = main.header("Date")
    captured = http_date(stamp) if stamp else None
    id_time = meta_id_time(cited.code, cited.platform, captured)
    day = _day(shown.day)
    published: dt.datetime | None = id_time
    published_from = "the media id of its shortcode" if id_time else None
    fields = raw_fields(
        {
            "og:title": meta_content(metas, "og:title"),
            "og:description": meta_content(metas, "og:description"),
            "og:url": meta_content(metas, "og:url"),
            "day shown": shown.day,
        }
    )
    if id_time is None and day is not None:
        published, published_from = day, "og:description's day"
    elif id_time is not None and day is not None and not _on_the_day(id_time, day):
        fields["other publication time"] = f"{shown.day} (og:description)"
    return SourcePost(
        platform=cited.platform,
        url=main.uri,
        post_id=post_id,
        author=shown.name,
        handle=shown.user,
        published=published,
        published_day_only=published is not None and id_time is None,
        published_from=published_from,
        text=shown.text[:MAX_TEXT],  # as every post's words are read: a tag of megabytes is no post's
        unread=shown.unknown_account,
        fields=fields,
    )


def _on_the_day(id_time: dt.datetime, day: dt.datetime) -> bool:
    """Whether the id's time can be the post's on the day shown (its midnight, UTC), in some zone."""
    return day + _EARLIEST_ON_THE_DAY <= id_time < day + _LATEST_ON_THE_DAY


def _day(shown: str | None) -> dt.datetime | None:
    """The day Instagram shows (`August 26, 2020`) as its midnight, UTC; None when it shows none."""
    if shown is None:
        return None
    try:
        return dt.datetime.strptime(shown, "%B %d, %Y").replace(tzinfo=dt.UTC)
    except ValueError:
        return None
