"""X/Twitter: a post read from the syndication JSON and oEmbed captured beside it, its time from its id.

The status page itself is a script shell ("JavaScript is not available"); what a post says comes from two side
requests (DESIGN.md section 4), both kept in the footnote's WARC:
- `https://cdn.syndication.twimg.com/tweet-result?id=<id>&token=<t>`: `text`, `created_at`, `user.name`,
  `user.screen_name`, `user.id_str`; `__typename: TweetTombstone`, or `TweetUnavailable` with its `reason`,
  when X does not show the post: unavailable, whatever oEmbed shows (an empty answer says nothing: oEmbed is
  read), but a tombstone saying the post is age-restricted, to be seen signed in (or a `TweetUnavailable`
  whose reason is `NsfwLoggedOut` and the like, or a tombstone that names no reason at all, `"tombstone":{}`,
  as X answers for an age-restricted post while it names why a post was deleted or removed), is a
  `login-wall`; a tombstone saying X withholds the post in the country it is asked from ("withheld in
  Germany based on local law(s)", "not available in your country", in the languages X answers in), or a
  `TweetUnavailable` whose reason says `Withheld`, or a tombstone whose "Learn more" links to X's page on
  posts withheld by country (whatever its words' language), is still `unavailable`, its detail naming a
  region block (the post may be shown elsewhere, or in an archived copy); so is a status page saying so and
  little else, and a tweet object whose text is X's withheld notice in the post's place, told by its marks
  (`withheld_in_countries`, `withheld_copyright`, `withheld_scope`, on the post or its account) or, unmarked,
  by the English notice naming the post's own account: its id, time and author are there, its words are
  not (one withheld on a copyright holder's notice, or in `XX` every country, is withheld from every
  reader). A post X shows, withheld only elsewhere, is read, its `withheld_in_countries` kept. An archived
  copy of the status page whose tags give X's English notice for its own account ("This Tweet from @user
  has been withheld in: Germany.", Twitter's older wording with its colon) is that region block too.
  A post X shows with limits comes
  wrapped (`TweetWithVisibilityResults`), itself under `tweet`. A long post (over 280 characters) has only
  its first part in `text`; its whole text is its note,
  `note_tweet.note_tweet_results.result.text`, which is read as the post's text (a quoted post's note, inside
  `quoted_tweet`, is that post's); a photo's or video's t.co link (`entities.media`) is dropped from the
  text, as X shows the picture, but a link to a page stays as written (`https://t.co/…`): a word of the
  address it leads to is no word of the post; a repost (`retweeted_tweet`, `retweeted_status`, or
  a text opening `RT @handle:`) shows another's post, whose words are kept as that post's (`quoted_post`),
  never the reposter's, and whose account is named as a forward's original author is (`forwarded_from`):
  the repost is the reposter's post of another's words, never passed as their own (another account showing
  the reposter's own name is named with its handle); a repost of the account's own post is read as that
  post, its words and time;
  an edited post lists its versions' ids in `edit_control.edit_tweet_ids` (a version after the first,
  under `edit_control.edit_control_initial`, beside `initial_tweet_id`; one edited since says
  `isStaleEdit`): either is `edited`, and `version_shown` says which of them the answer shows (the first of
  two, edited since, naming the latest; the latest, naming the first); an answer showing another version
  than the cited one (the cited id among its versions) is read as the cited version by its account, time
  and id, its words not (kept as `other_version_text`, `unread` saying so) unless oEmbed shows the cited
  version's; where the cited version is an older one, the latest version's syndication JSON is captured
  beside it (`other_version_url`, asked by `side_urls.redirected_side_follow_ups`), and where it is the
  latest, the first version's: its words kept as `latest_version_text` or `first_version_text` (the cited
  version's stay the post's), `version_shown` saying whether they differ;
  a Community Note X
  shows under the post (`birdwatch_pivot`) is kept, for the record, as `community_note` (its words) and
  `community_note_url`: readers' context, never the post's words, and no check's verdict; the preview X
  shows of a page the post links to (its `card`: the page's title and description) is kept apart, as
  `link_preview`, the page's words (a poll's card, its choices, is not read);
- `https://publish.twitter.com/oembed?url=<status url>&omit_script=1`: `author_name`, `author_url`, and the
  post as a `<blockquote>` (a text opening `RT @handle:` is a repost, its words that account's, as above);
  404 when deleted, 403 "not authorized to see this status" when the account is protected. Either makes
  the post unavailable even when the syndication JSON still shows it: that CDN may serve a post from its
  cache after it is deleted or its account suspended or protected, and the two answers then disagree on
  whether the post is there. The other way round (the syndication JSON answers 404, as it often does for a
  post it has not cached yet, and oEmbed shows the post) the post is read from oEmbed, its time its id's,
  and `unread` says what the syndication JSON would have given (X's time, edits, the post quoted or
  answered, a Community Note).
Where neither side document says anything, a status page a browser drew, saying little else, is read for X's
word in the post's place: deleted or never there ("Hmm...this page doesn't exist", "This Post was deleted by
the Post author"), its account gone, suspended or protected (`unavailable`), or age-restricted (`login-wall`).
A status link followed by `/quotes` (`/retweets/with_comments`, its older name), `/retweets` or `/likes`
shows a list (the posts quoting the post, the accounts that reposted or liked it), not the post: what its
side documents say of the post is kept, but no check passes on it, as on Bluesky's `/quotes` (`bluesky`).
The handle in a status URL is not proof of authorship (any handle leads to the post): the author comes from
the content. The post's time is also in its id (a snowflake), so the date is known even offline; an id given
in sequence, up to 29700859247 (4 November 2010), carries none: X's `created_at` alone dates such a post, if
it is no later.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from provenance.citations.platforms import memento_original, snowflake_time
from provenance.digits import ascii_int, is_ascii_number
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.pages import (
    MAX_TEXT,
    REFUSED_FOR_NOW,
    PublishedTime,
    decode_html,
    json_of,
    linked_out_of_a_copy,
    meta_content,
    meta_tags,
    node_text,
    parse_published,
    raw_fields,
    refused_for_now,
    shown_references,
    squeeze,
    text_value,
    visible_text,
)
from provenance.extractors.pages import page_problem as html_page_problem
from provenance.html_nesting import within_nesting
from provenance.models import Platform, SourcePost
from provenance.patterns import on_first_use
from provenance.side_urls import (
    TWITTER_DOMAINS,
    TWITTER_OEMBED,
    TWITTER_SYNDICATION,
    on_domain,
    side_urls,
    syndication_url,
    twitter_post,
)
from provenance.warc.reader import StoredResponse

_MAX_JSON = 2_000_000
# Ids were given in sequence until 4 November 2010 and carry no time: the last one (TweetedAt's timeline of
# them, from X's own `created_at`) is this post of 21:02:48 UTC that day. Read as a snowflake, it was made at
# 01:43:01 UTC, and X's time of it, hours away, was set aside for that one. A snowflake made after it, that
# evening or later, is at least 15 digits long.
_LAST_SEQUENTIAL_ID = 29_700_859_247
_LAST_SEQUENTIAL_TIME = dt.datetime(2010, 11, 4, 21, 2, 48, tzinfo=dt.UTC)
# A snowflake's top bit (of 64) is never set: a larger number (19 or 20 digits) is no X id, and its "time"
# would be one to come (2080 to 2766).
_SNOWFLAKE_BITS = 63
# How far a `created_at` may be from its id's time and still be that post's: X writes it to the second
# (`.000Z`), the id holds the millisecond.
_ID_TIME_SLACK = dt.timedelta(seconds=2)
_MAX_VERSIONS = 10  # X allows five edits


# A tombstone X puts in place of a post it shows only to a signed-in reader ("Age-restricted adult content.
# This content might not be appropriate for people under 18 years old. To view this media, you'll need to
# log in to X."): the post is there, behind a sign-in, unlike a deleted or suspended account's post ("This
# Post was deleted by the Post author", "This Post is from a suspended account", "This Post violated the X
# Rules"). X writes it in the language asked for (a browser's capture, an archive's copy, a `lang=`
# answer): read in English alone, a Spanish reader's "…tendrás que iniciar sesión en X" called the post
# deleted or unavailable. Compiled on first use: most captures read no tombstone.
_SIGNED_IN_ONLY = on_first_use(
    r"\bAge-restricted\b|\blog in to (?:X|Twitter)\b"
    # es, pt, fr, it, de, nl, pl, tr: "sign in to X", "age-restricted"
    r"|iniciar sesi[oó]n en (?:X|Twitter)\b|restricci[oó]n de edad"
    r"|(?:entrar|fazer login|iniciar sess[aã]o) n[oa] (?:X|Twitter)\b|restri[cç][aã]o de idade"
    r"|(?:vous )?connecter [àa] (?:X|Twitter)\b|soumis [àa] une restriction d['\u2019][aâ]ge"
    r"|accedere a (?:X|Twitter)\b|limitazioni di et[àa]"
    r"|bei (?:X|Twitter) anmelden|altersbeschr[äa]nkt|inloggen (?:bij|op) (?:X|Twitter)\b"
    r"|zalogowa[ćc] si[ęe] (?:do|w) (?:X|Twitter)\b|ograniczeniem wiekowym"
    r"|(?:X|Twitter)['\u2019](?:e|a|te|ta) giri[şs]|ya[şs] s[ıi]n[ıi]rl[ıi]"  # noqa: RUF001
    # ru, uk: "log in to X", "age-restricted"
    r"|войти в (?:X|Twitter)|войдите в (?:X|Twitter)|увійти (?:в|до) (?:X|Twitter)"
    r"|возрастн\w{0,6} ограничени|вікові обмеження|обмеженн\w{0,4} за віком"
    # ar, fa, ja, ko, zh
    r"|تسجيل الدخول (?:إلى|الى|في) (?:X|Twitter|إكس|تويتر)|مقيد (?:بالعمر|حسب العمر)"
    r"|ورود به (?:X|Twitter)"
    r"|(?:X|Twitter)\s?にログイン|年齢制限|(?:X|Twitter)에 로그인|연령 제한|登录\s?(?:X|Twitter)"
    r"|登入\s?(?:X|Twitter)|年龄限制|年齡限制",
    re.IGNORECASE,
)


# X's reasons for not showing such a post to a visitor signed out (`TweetUnavailable`): `NsfwLoggedOut`,
# `NsfwViewerHasNoStatedAge`, `NsfwViewerIsUnderage`.
_SIGNED_IN_ONLY_REASON = "Nsfw"
# X's reason for a post it withholds where it is asked from (`TweetUnavailable`): `Withheld`,
# `WithheldInCountry`, as its tombstone says "withheld in".
_WITHHELD_REASON = "withheld"


# A tombstone X puts in place of a post it withholds in the country it is asked from, by a court's or a
# government's demand ("This Post from @user has been withheld in Germany based on local law(s)", "… in
# India in response to a legal demand", "This Post is not available in your country"): the post is there,
# shown elsewhere. Called "deleted or unavailable", the ledger told a reader it may be gone, where an archive
# or a capture from another country would show it. A post withheld "in response to a report from the
# copyright holder" is withheld everywhere: not this. In the languages X answers in.
_WITHHELD_HERE = on_first_use(
    # Twitter's older wording put a colon before the countries ("has been withheld in: Germany, France.").
    r"\bwithheld in:? (?!response\b)\S|\bwithheld in response to a legal demand"
    r"|\b(?:not available|unavailable) in your (?:country|region|location)\b|\bbased on local laws?\b"
    # de, fr, es, pt, it
    r"|in (?:deinem|ihrem) land nicht verf[üu]gbar|aufgrund (?:lokaler|[öo]rtlicher) gesetze"
    r"|n.est pas disponible dans votre pays|en raison (?:des lois locales|de la l[ée]gislation locale)"
    r"|no est[áa] disponible en (?:tu|su) pa[íi]s|(?:seg[úu]n|de acuerdo con) (?:las )?leyes locales"
    r"|n[ãa]o est[áa] dispon[íi]vel no seu pa[íi]s|(?:com base n|de acordo com )as leis locais"
    r"|non [èe] disponibile nel tuo paese|in base alle leggi locali"
    # ru, uk, tr
    r"|недоступ\w{0,4} в вашей стране|в соответствии с местным законодательством"  # noqa: RUF001
    r"|недоступн\w{0,4} у вашій країні|відповідно до місцевого законодавства"  # noqa: RUF001
    r"|[üu]lkenizde (?:kullan[ıi]lam[ıi]yor|g[öo]r[üu]nt[üu]lenemiyor)"  # noqa: RUF001
    r"|yasal bir talebe yan[ıi]t olarak"  # noqa: RUF001
    r"|yerel yasalar"
    # ar, fa, ja, ko, hi
    r"|غير متا[حج]\w{0,2} في (?:بلدك|دولتك|منطقتك)|القوانين المحلية|در کشور شما"
    r"|お住まいの国|現地の法律|국가에서는? 볼 수 없|현지 법률|आपके देश में",
    re.IGNORECASE,
)


# A status page saying little else: a post's own words about a withheld post, shown on its page among
# X's menus and trends, are no notice.
_NOTICE_CHARS = 1000


# What X's status page, as a browser draws it (`--browser`, or an archive's copy of the drawn page), shows in
# place of a post it does not show, where neither side document said anything (both refused for a while):
# the post deleted or never there ("Hmm...this page doesn't exist. Try searching for something else.", "This
# Post was deleted by the Post author."), its account gone or suspended ("This Post is from an account that
# no longer exists.", "This Post is from a suspended account.", "This account doesn't exist") or protected
# ("These posts are protected"). Called a page that needs its scripts (which it had run), the ledger said
# nothing of what it showed. Only on a page saying little else (`_NOTICE_CHARS`), and only X's own
# sentences: a short post of someone's that says "account suspended" is no notice.
_GONE_NOTICE = on_first_use(
    r"hmm\W{0,5}this page doesn.t exist|this (?:post|tweet) was deleted by the (?:post|tweet) author"
    r"|this (?:post|tweet) is from (?:an account that no longer exists|a suspended account)"
    r"|this account doesn.t exist|these (?:posts|tweets) are protected",
    re.IGNORECASE,
)
# ... and X's sentences over an age-restricted post, shown only to a signed-in adult ("Age-restricted adult
# content. … To view this media, you'll need to log in to X."), not any post's words that name an age.
_AGE_NOTICE = on_first_use(
    r"age-restricted adult content|you.ll need to log in to (?:X|Twitter) to view", re.IGNORECASE
)


def _withheld_detail(shown: str) -> str:
    return (
        f"a region block: X withholds the post in the country it was fetched from, as a court or a "
        f"government asked (it may still be shown elsewhere, or in an archived copy): {shown}"
    )


# How X's tweet objects say a post or its account is withheld (`withheld_in_countries`: two-letter codes; `XX`
# for every country, `XY` for a copyright holder's notice; `withheld_copyright`; `withheld_scope`, `status`
# or `user`), and what they then write as its text in the country asked from: X's notice in the post's
# words' place ("This Post from @user has been withheld in Germany based on local law(s). Learn more",
# "@user's account has been withheld in India in response to a legal demand.").
_WITHHELD_EVERYWHERE = frozenset({"XX", "XY"})
_MAX_COUNTRIES = 250
_WITHHELD_NOTICE = on_first_use(
    r"(?:This (?:Post|Tweet) from @(?P<handle>[A-Za-z0-9_]{1,64})|@(?P<owner>[A-Za-z0-9_]{1,64})['\u2019]s "
    r"account) has been "
    r"withheld in:? \S",
    re.IGNORECASE,
)
_MAX_NOTICE_TEXT = 300  # X's notice is a sentence and "Learn more"; a post quoting one is longer


def _withheld_countries(*holders: dict[str, Any]) -> list[str]:
    """The countries X's tweet objects (the post's, its account's) say they are withheld in, as written."""
    found: list[str] = []
    for holder in holders:
        listed = holder.get("withheld_in_countries")
        for code in listed[:_MAX_COUNTRIES] if isinstance(listed, list) else []:
            upper = code.upper() if isinstance(code, str) and code.isascii() and 1 < len(code) <= 3 else None
            if upper is not None and upper not in found:
                found.append(upper)
    return found


def _withheld_notice_in_place(
    data: dict[str, Any], user: dict[str, Any], words: str
) -> tuple[str | None, bool] | None:
    """(X's notice, whether X withholds the post everywhere) when the tweet object is X's withheld notice in
    the post's place, or X says it withholds the post from every reader; None for a post X shows.

    A withheld post's object keeps its id, time and author, but its text is X's notice ("This Post from @user
    has been withheld in Germany based on local law(s). Learn more"): read as the post, it passed
    `captured`, its id `date` and its account `author`, on a post the answer does not show. The notice is
    told by the object's own marks (`withheld_in_countries`, `withheld_copyright`, `withheld_scope`, on the
    post or its account) and its words' shape (in the languages X answers in), or, without marks, by the
    English notice naming the post's own account."""
    countries = _withheld_countries(data, user)
    everywhere = (
        data.get("withheld_copyright") is True
        or user.get("withheld_copyright") is True
        or any(code in _WITHHELD_EVERYWHERE for code in countries)
    )
    marked = bool(countries) or everywhere or text_value(data.get("withheld_scope")) is not None
    stripped = words.strip()
    short = stripped if len(stripped) <= _MAX_NOTICE_TEXT else ""
    english = _WITHHELD_NOTICE().match(short)
    names_this_account = english is not None and _names_one_of(english, text_value(user.get("screen_name")))
    notice = short if short and (english is not None or _WITHHELD_HERE().search(short)) else None
    if notice is not None and (marked or names_this_account):
        copyright_notice = "copyright holder" in notice.casefold()
        return notice, everywhere or copyright_notice
    if everywhere:
        return None, True  # X withholds it from every reader, whatever its text still says
    return None


def _withheld_notice_of(words: str, *handles: str | None) -> str | None:
    """`words` (a status page's description of its post) when they are X's English notice in the post's
    place naming one of `handles` ("This Tweet from @user has been withheld in: Germany.", "@user's account
    has been withheld in Germany based on local law(s)."), else None: a post of another account's notice is
    that account's post."""
    stripped = words.strip()
    found = _WITHHELD_NOTICE().match(stripped) if len(stripped) <= _MAX_NOTICE_TEXT else None
    return stripped if found is not None and _names_one_of(found, *handles) else None


def _names_one_of(notice: re.Match[str], *handles: str | None) -> bool:
    """Whether X's withheld notice (`_WITHHELD_NOTICE`'s match) names one of `handles` as its account."""
    named = (notice.group("handle") or notice.group("owner") or "").casefold()
    return any(handle is not None and handle.casefold() == named for handle in handles)


def _withheld_post(
    data: dict[str, Any], user: dict[str, Any], words: str, page_url: str, post_id: str
) -> SourcePost | None:
    """The post as unavailable when its tweet object is X's withheld notice in its place
    (`_withheld_notice_in_place`); None for a post X shows."""
    found = _withheld_notice_in_place(data, user, words)
    if found is None:
        return None
    notice, everywhere = found
    countries = _withheld_countries(data, user)
    listed = f" (withheld_in_countries: {' '.join(countries[:20])})" if countries else ""
    said = f"X's syndication answer gives its notice in the post's place: {notice[:200]!r}" if notice else ""
    if everywhere:
        detail = (
            f"X withholds the post from every reader (a copyright holder's notice, or every country){listed}"
            + (f"; {said}" if said else "")
        )
    else:
        detail = _withheld_detail(f"{said}{listed}")
    handle = text_value(user.get("screen_name"))
    return SourcePost(
        platform=Platform.TWITTER,
        url=page_url,
        post_id=post_id,
        author=text_value(user.get("name")),
        handle=handle,
        # The words are X's notice, never the post's; words X still sends of a post it withholds from every
        # reader are kept in the record, not as the post's text.
        text="",
        problem="unavailable",
        problem_detail=detail,
        fields=raw_fields(
            {
                "id_str": post_id,
                "user.screen_name": handle,
                "withheld_in_countries": " ".join(countries) or None,
                "text": words[:MAX_TEXT],
            }
        ),
    )


# X's help page its tombstone's "Learn more" links to for a post it withholds in a country (`help.twitter.com
# /rules-and-policies/tweet-withheld-by-country`, `help.x.com/…/post-withheld-by-country`), in whatever
# language the tombstone's words are: a tombstone in a language its words are not read in still says so.
_WITHHELD_HELP = ("withheld-by-country",)
_MAX_ENTITIES = 20


def _links_to_withheld_help(words: Any) -> bool:
    """Whether a tombstone's text (`tombstone.text`) links to X's help page on posts withheld in a country
    (its entities' `ref.url`, or `url`)."""
    entities = words.get("entities") if isinstance(words, dict) else None
    for entity in entities[:_MAX_ENTITIES] if isinstance(entities, list) else []:
        if not isinstance(entity, dict):
            continue
        ref = entity.get("ref")
        link = ref.get("url") if isinstance(ref, dict) else entity.get("url")
        if isinstance(link, str) and any(mark in link[:300].casefold() for mark in _WITHHELD_HELP):
            return True
    return False


def _json(response: StoredResponse | None) -> Any:
    return json_of(response.body) if response is not None and response.status == 200 else None


def read_tweet_result(data: Any, page_url: str, wanted_id: str | None = None) -> SourcePost | None:
    """A syndication `tweet-result` document as a post; None when it is not one (not JSON, no id) or, given
    `wanted_id`, when it is another post than the one asked for."""
    if not isinstance(data, dict):
        return None
    if data.get("__typename") == "TweetWithVisibilityResults" and isinstance(data.get("tweet"), dict):
        # A post X shows with limits (no replies, a notice): the post itself, whole, under `tweet`. Not
        # unwrapped, its text, time and author were not read, and the post came from oEmbed alone.
        data = data["tweet"]
    if data.get("__typename") == "TweetUnavailable":
        # X's word that the post is not shown (`reason`: `Suspended`, `Protected`, ...), as a tombstone is:
        # taken for no answer, the post was read from an oEmbed answer (which may be a cache's) and verified.
        reason = text_value(data.get("reason"))
        because = f" (reason {reason[:80]!r})" if reason else ""
        if reason is not None and _WITHHELD_REASON in reason[:80].casefold():
            return SourcePost(
                platform=Platform.TWITTER,
                url=page_url,
                problem="unavailable",
                problem_detail=_withheld_detail(f"X's syndication answer says so{because}"),
            )
        if reason is not None and reason.startswith(_SIGNED_IN_ONLY_REASON):
            # `NsfwLoggedOut`, `NsfwViewerHasNoStatedAge`: an age-restricted post, there for a signed-in
            # adult, as its tombstone says (below).
            return SourcePost(
                platform=Platform.TWITTER,
                url=page_url,
                problem="login-wall",
                problem_detail=f"X shows the post only to a signed-in reader of a stated age{because}",
            )
        return SourcePost(
            platform=Platform.TWITTER,
            url=page_url,
            problem="unavailable",
            problem_detail=f"X's syndication answer says the post is unavailable{because}",
        )
    if data.get("__typename") == "TweetTombstone" or "tombstone" in data:
        tombstone = data.get("tombstone")
        if tombstone is None or tombstone == {}:
            # X names why it shows a tombstone for a deleted post, a suspended account's, one that broke its
            # rules or a protected account's; for an age-restricted post (shown to a signed-in adult) its
            # anonymous answer names nothing, `"tombstone":{}`. Called "deleted or unavailable", the ledger
            # told a reader the post may be gone.
            return SourcePost(
                platform=Platform.TWITTER,
                url=page_url,
                problem="login-wall",
                problem_detail="X shows a tombstone that names no reason, as it does for an age-restricted "
                "post, shown only to a signed-in adult (a deleted or removed post's tombstone says so)",
            )
        words = tombstone.get("text") if isinstance(tombstone, dict) else None
        said = words.get("text") if isinstance(words, dict) else None
        shown = f"X says {said[:200]!r}" if isinstance(said, str) else "X shows a tombstone"
        if isinstance(said, str) and _SIGNED_IN_ONLY().search(said[:1000]):
            # An age-restricted or sensitive post is there, shown to a signed-in adult: called "deleted or
            # unavailable", the ledger told a reader it may be gone.
            return SourcePost(
                platform=Platform.TWITTER,
                url=page_url,
                problem="login-wall",
                problem_detail=f"X shows the post only to a signed-in reader: {shown}",
            )
        if (isinstance(said, str) and _WITHHELD_HERE().search(said[:1000])) or _links_to_withheld_help(words):
            shown = _withheld_detail(shown)
        return SourcePost(
            platform=Platform.TWITTER, url=page_url, problem="unavailable", problem_detail=shown
        )
    post_id = data.get("id_str")
    if not isinstance(post_id, str) or not is_ascii_number(post_id):
        return None
    if wanted_id is not None and wanted_id != post_id:
        return _another_version(data, page_url, wanted_id, post_id)
    user: dict[str, Any] = data["user"] if isinstance(data.get("user"), dict) else {}
    created = parse_published(text_value(data.get("created_at")))
    if created is not None and not _agrees_with_id(created.at, post_id):
        # The id is the post's time, and the cited URL's: a `created_at` far from it is not this post's time
        # (the snowflake is taken instead; an id given in sequence dates it no later than 4 November 2010),
        # whatever the answer says.
        created = None
    handle = text_value(user.get("screen_name"))
    quoted, parent = _other_post(data.get("quoted_tweet")), _other_post(data.get("parent"))
    own_words = _without_media_links(data, html.unescape(_note_text(data) or str(data.get("text") or "")))
    withheld = _withheld_post(data, user, own_words, page_url, post_id)
    if withheld is not None:
        return withheld
    reposted = _reposted(data, own_words)
    reposted_from = (
        _reposted_account(data, own_words, handle, text_value(user.get("name")))
        if reposted is not None
        else None
    )
    own_repost = _own_reposted_post(data, handle) if reposted is not None and reposted_from is None else None
    published_from = "syndication created_at"
    if reposted is not None and own_repost is not None:
        # A repost of the account's own post: its words are the account's own, as it posted them then (X
        # shows a repost's link as the post it reposts). Kept apart as "the post it quotes", a quote of
        # them warned "attribute it there", naming the account itself.
        own_words = reposted[1][0]
        created, published_from = own_repost
        reposted = None
    elif reposted is not None and reposted_from is None and _REPOST_PREFIX().match(own_words):
        # `RT @self: …` written by hand: a new post of the account's, repeating its own words.
        reposted = None
    if reposted is not None:
        # A repost shows another's post as it is: its words are that post's author's, never the reposter's.
        own_words, quoted = reposted
    fields = {
        "id_str": post_id,
        "created_at": text_value(data.get("created_at")),
        "user.name": text_value(user.get("name")),
        "user.screen_name": handle,
        "user.id_str": text_value(user.get("id_str")),
        "lang": text_value(data.get("lang")),
        # Where X withholds the post (shown here, where it was asked from): a reader elsewhere may not see it.
        "withheld_in_countries": " ".join(_withheld_countries(data, user)) or None,
        # The post's versions, oldest first, when it was edited: the cited id may be an older one.
        "edit_tweet_ids": " ".join(_versions(data)) or None,
        "version_shown": _version_shown(_versions(data), post_id, handle),
        # Other people's words shown with the post (the post it quotes, the one it replies to): never taken
        # for the post's own words (a quote found only there is named as theirs).
        "quoted_post": quoted[0] if quoted else None,
        "quoted_post_author": quoted[1] if quoted else None,
        "quoted_post_not_shown": _quoted_tombstone(data.get("quoted_tweet")) if reposted is None else None,
        "forwarded_from": reposted_from,
        "in_reply_to": parent[0] if parent else None,
        "in_reply_to_author": parent[1] if parent else None,
        # The context X's readers added to the post (a Community Note): not the author's words, but what a
        # fact-checker wants to know of them, kept beside them.
        **_community_note(data),
        **_link_preview(data),
    }
    return SourcePost(
        platform=Platform.TWITTER,
        url=page_url,
        canonical_url=f"https://x.com/{handle}/status/{post_id}" if handle else None,
        post_id=post_id,
        author=text_value(user.get("name")),
        handle=handle,
        author_id=text_value(user.get("id_str")),
        published=created.at if created else None,
        published_from=published_from if created else None,
        # The API escapes `&`, `<` and `>` in a post's text as HTML does (`Russia &amp; Belarus`): read as
        # sent, a quote of the post's very words was only a near match.
        text=own_words[:MAX_TEXT],
        language=_post_language(text_value(data.get("lang"))),
        edited=_edited(data),
        fields=raw_fields(fields),
    )


# The codes X gives a post's `lang` (and its oEmbed paragraph's `lang`) where it names no language: `und`
# (undetermined), `zxx` (no words), and its own `qme` (media links only), `qht` (hashtags only), `qam`
# (mentions only), `qct` (cashtags only), `qst` (too short to tell).
_NO_LANGUAGE = frozenset({"und", "zxx", "qme", "qht", "qam", "qct", "qst"})


def _post_language(code: str | None) -> str | None:
    """The language X names a post's words in; None where its code names none (`_NO_LANGUAGE`): kept, a
    post of hashtags alone was said to be in the language `qht`."""
    return None if code is None or code.casefold() in _NO_LANGUAGE else code


def _community_note(data: dict[str, Any]) -> dict[str, str | None]:
    """The Community Note X shows under the post (`birdwatch_pivot`): `community_note`, its words (its
    `subtitle`, else its `title`), and `community_note_url`, the note's page; {} when there is none."""
    pivot = data.get("birdwatch_pivot")
    if not isinstance(pivot, dict):
        return {}
    subtitle = pivot.get("subtitle")
    words = subtitle.get("text") if isinstance(subtitle, dict) else subtitle
    said = text_value(words) or text_value(pivot.get("title")) or text_value(pivot.get("shorttitle"))
    link = text_value(pivot.get("destinationUrl"))
    return {
        "community_note": html.unescape(said) if said else "a Community Note (its words not given)",
        "community_note_url": link,
    }


def _card_value(values: dict[str, Any], name: str) -> str | None:
    """A card's `binding_values[name].string_value`, as the syndication JSON nests each value."""
    value = values.get(name)
    return text_value(value.get("string_value")) if isinstance(value, dict) else None


def _link_preview(data: dict[str, Any]) -> dict[str, str | None]:
    """The preview X shows of a page the post links to (its `card`): `link_preview`, the page's title and
    description, and `link_preview_site`, its site; {} for no card, or a poll's (its choices are no page's).

    The page's words, not the post's: a quote found only there is named as the linked page's."""
    card = data.get("card")
    values = card.get("binding_values") if isinstance(card, dict) else None
    name = card.get("name") if isinstance(card, dict) else None
    if not isinstance(values, dict) or (isinstance(name, str) and name.startswith("poll")):
        return {}
    words = " ".join(
        part for part in (_card_value(values, "title"), _card_value(values, "description")) if part
    )
    site = _card_value(values, "vanity_url") or _card_value(values, "domain")
    return {"link_preview": words or None, "link_preview_site": site} if words else {}


def _versions(data: dict[str, Any]) -> list[str]:
    """The ids of a post's versions, oldest first, as its `edit_control` lists them: at its top on the first
    version, under `edit_control_initial` on a later one."""
    control = data.get("edit_control")
    if not isinstance(control, dict):
        return []
    initial = control.get("edit_control_initial")
    ids = control.get("edit_tweet_ids")
    if not isinstance(ids, list) and isinstance(initial, dict):
        ids = initial.get("edit_tweet_ids")
    return [str(one) for one in ids[:_MAX_VERSIONS] if isinstance(one, str)] if isinstance(ids, list) else []


def _version_shown(versions: list[str], shown: str, handle: str | None) -> str | None:
    """Which of an edited post's versions the answer shows (`shown`, its id), and the latest one's id where
    it is not it; None when the post has one version, or its list does not name `shown`.

    Each version has an id and a link of its own; a link to the first leads to the first's words, under
    X's notice that there is a newer one. A quote found in them was passed with nothing said of the words
    the post shows now, nor found in the latest's words with nothing said of the words first posted."""
    # Ids of at most 20 digits (`ascii_int`): an answer's 5,000-digit "id" stopped the post's reading
    # (Python reads no number of over 4,300 digits from text).
    numbers = {number for number in map(ascii_int, versions) if number is not None}
    ordered = [str(number) for number in sorted(numbers)]
    if len(ordered) < 2 or shown not in ordered:
        return None
    place, latest = ordered.index(shown) + 1, ordered[-1]
    if shown == latest:
        first = ordered[0]
        return f"the latest of {len(ordered)} versions of the post: first posted as {first}, edited since"
    which = "the first" if place == 1 else f"version {place}"
    link = f" (https://x.com/{handle}/status/{latest})" if handle else ""
    said = f"{which} of {len(ordered)} versions of the post: edited since, its latest version is {latest}"
    return f"{said}{link}{_MAY_DIFFER}"


# What `_version_shown` says of the latest version's words where the capture holds none of them.
_MAY_DIFFER = ", whose words may differ"


def _other_version(post: SourcePost) -> tuple[str, str] | None:
    """(which, id) of the other version of the edited post read as `post` (its versions in `edit_tweet_ids`)
    whose words the capture should hold beside its own: the `latest`, where a later one than `post`'s own id
    exists (what the post shows now); else the `first`, where `post` is a later version (what it said when
    posted). None for a post never edited."""
    own = ascii_int(post.post_id or "")
    if own is None:
        return None
    ids = {
        number
        for one in post.fields.get("edit_tweet_ids", "").split()
        if (number := ascii_int(one)) is not None and not number >> _SNOWFLAKE_BITS
    }
    if any(number > own for number in ids):
        return "latest", str(max(ids))
    if any(number < own for number in ids):
        return "first", str(min(ids))
    return None


def other_version_url(url: str, responses: Sequence[StoredResponse]) -> str | None:
    """The syndication JSON of the other version of the edited X post `url` names (`_other_version`: its
    latest, or where the latest is cited its first), to capture beside the cited one, where the capture's
    syndication answer for the cited id shows that very version (no tombstone, not another version) and lists
    others among its versions (`edit_control`): each version's words are at its own id, and the cited
    version's answer holds none of the others'. None for any other post or answer (a post never edited, no
    answer yet): one request at most, to X's syndication host."""
    _, post_id = twitter_post(url)
    if post_id is None:
        return None
    asked = syndication_url(post_id)
    answer = next((response for response in responses if response.uri == asked), None)
    cited = read_tweet_result(_json(answer), asked, post_id) if answer is not None else None
    if cited is None or cited.problem is not None or cited.post_id != post_id:
        return None
    other = _other_version(cited)
    return syndication_url(other[1]) if other is not None else None


def _with_other_version(post: SourcePost, page: CapturedPage) -> SourcePost:
    """The cited version of an edited post (`post`) with its other version's words kept beside it (the
    latest's, `latest_version_text` and `latest_version_id`; where the latest is cited, the first's,
    `first_version_text` and `first_version_id`), where the capture holds that version's syndication JSON
    (`other_version_url`) and it shows that version of the same post, by the same account; `version_shown`
    then says whether its words differ. The cited version's own words stay the post's: a note citing a
    version's link cites the words that link shows. Any other post as read."""
    other = _other_version(post)
    answer = page.first(syndication_url(other[1])) if other is not None else None
    if other is None or answer is None:
        return post
    which, version = other
    read = read_tweet_result(_json(answer), answer.uri, version)
    if (
        read is None
        or read.problem is not None
        or read.post_id != version
        or post.post_id not in read.fields.get("edit_tweet_ids", "").split()
        or (post.author_id is not None and read.author_id != post.author_id)
    ):
        return post  # a tombstone (the post deleted since), another post's answer, another account's
    same = squeeze(read.text) == squeeze(post.text)
    differ = "whose words are the same" if same else f"whose words differ (kept as {which}_version_text)"
    shown = post.fields.get("version_shown", "")
    fields = {**post.fields, f"{which}_version_id": version}
    if which == "latest" and shown.endswith(_MAY_DIFFER):
        fields["version_shown"] = f"{shown.removesuffix(_MAY_DIFFER)}, captured too, {differ}"
    elif which == "first" and shown:
        fields["version_shown"] = f"{shown}; its first version was captured too, {differ}"
    if read.text:
        # Whole, as a post's words are kept (a long post's note is thousands of characters), not cut as a
        # field read for the record is.
        fields[f"{which}_version_text"] = read.text[:MAX_TEXT]
    return post.model_copy(update={"fields": fields})


# What `read_tweet_result` says of an answer that shows another version of the cited post than the cited
# one: the capture holds the post, but not the cited version's words.
ANOTHER_VERSION = "X's syndication JSON shows another version of the post than the cited one"


def _another_version(data: dict[str, Any], page_url: str, wanted_id: str, shown_id: str) -> SourcePost | None:
    """The cited version `wanted_id` of an edited post, where the answer shows another of its versions
    (`shown_id`, which its `edit_control` lists with `wanted_id`): its account's, with no words, the
    answer's kept in `fields` (`other_version_text`) for the record; None when the answer is of another
    post altogether.

    Read as the cited post, the other version's words passed a quote of them as the cited version's, which
    may not hold them; the cited version's time is its id's (`_with_snowflake_time`)."""
    versions = _versions(data)
    if wanted_id not in versions:
        return None
    user: dict[str, Any] = data["user"] if isinstance(data.get("user"), dict) else {}
    handle = text_value(user.get("screen_name"))
    words = _without_media_links(data, html.unescape(_note_text(data) or str(data.get("text") or "")))
    shown = _version_shown(versions, shown_id, handle)
    cited = _version_shown(versions, wanted_id, handle)
    return SourcePost(
        platform=Platform.TWITTER,
        url=page_url,
        canonical_url=f"https://x.com/{handle}/status/{wanted_id}" if handle else None,
        post_id=wanted_id,
        author=text_value(user.get("name")),
        handle=handle,
        author_id=text_value(user.get("id_str")),
        text="",
        edited=True,
        unread=f"{ANOTHER_VERSION} ({shown_id}, {shown or 'edited'}), not the cited version {wanted_id}: "
        "the cited version's words are not in it",
        fields=raw_fields(
            {
                "id_str": shown_id,
                "user.name": text_value(user.get("name")),
                "user.screen_name": handle,
                "user.id_str": text_value(user.get("id_str")),
                "edit_tweet_ids": " ".join(versions),
                "version_shown": f"the cited version is {cited}" if cited else None,
                "other_version_text": words[:MAX_TEXT] or None,
            }
        ),
    )


def _shows_another_version(post: SourcePost) -> bool:
    """Whether `post` is `_another_version`'s: the cited version of an edited post, its words not read."""
    return post.unread is not None and post.unread.startswith(ANOTHER_VERSION)


def _cited_version_from_oembed(from_oembed: SourcePost, from_syndication: SourcePost) -> SourcePost:
    """The cited version of an edited post as oEmbed shows it (its words, its author), where the syndication
    JSON (`from_syndication`) shows another version: said to be edited, its versions kept from the JSON."""
    kept = {
        name: value
        for name, value in from_syndication.fields.items()
        if name in ("edit_tweet_ids", "version_shown", "other_version_text")
    }
    return from_oembed.model_copy(
        update={
            "edited": True,
            "author": from_oembed.author or from_syndication.author,
            "author_id": from_syndication.author_id,
            "fields": from_oembed.fields | kept | {"syndication id_str": from_syndication.fields["id_str"]},
            "unread": f"{from_syndication.unread}; the cited version was read from oEmbed, its time from its "
            "id",
        }
    )


def _edited(data: dict[str, Any]) -> bool:
    """Whether the post was edited, or is an older version of one edited since (`isStaleEdit`): the words a
    report quotes may be another version's. An older version's `edit_control` lists its versions under
    `edit_control_initial`, not at its top, and was read as never edited."""
    return data.get("isEdited") is True or data.get("isStaleEdit") is True or len(_versions(data)) > 1


def _note_text(data: dict[str, Any]) -> str | None:
    """The whole text of a long post, its note (`note_tweet.note_tweet_results.result.text`, or
    `note_tweet.text` as some answers nest it), when `data` (one post's object) has one; None otherwise.

    X cuts a long post's `text` after about 280 characters: read alone, a quote of its later words warned
    as a paraphrase, or failed under --strict-quotes, on the post's very words."""
    note = data.get("note_tweet")
    if not isinstance(note, dict):
        return None
    results = note.get("note_tweet_results")
    result = results.get("result") if isinstance(results, dict) else None
    nested = result if isinstance(result, dict) else note
    words = nested.get("text")
    return words if isinstance(words, str) and words.strip() else None


# A link X shortened in a post's text (`entities.media[].url`): t.co's own address.
_TCO_LINK = on_first_use(r"https?://t\.co/[A-Za-z0-9]{1,32}")
_MAX_LINKS = 50  # a post holds a few photos; a longer list is read only this far


def _media_links(data: dict[str, Any]) -> set[str]:
    """The t.co links of a post's photos and videos (`entities.media[].url`, and its note's
    `entity_set.media`), at most `_MAX_LINKS`."""
    found: set[str] = set()
    note = data.get("note_tweet")
    results = note.get("note_tweet_results") if isinstance(note, dict) else None
    result = results.get("result") if isinstance(results, dict) else None
    for holder in (data.get("entities"), result.get("entity_set") if isinstance(result, dict) else None):
        listed = holder.get("media") if isinstance(holder, dict) else None
        for entity in listed[:_MAX_LINKS] if isinstance(listed, list) else []:
            short = entity.get("url") if isinstance(entity, dict) else None
            if isinstance(short, str) and _TCO_LINK().fullmatch(short):
                found.add(short)
    return found


def _without_media_links(data: dict[str, Any], words: str) -> str:
    """`words` (a post's text) without its photos' and videos' t.co links: X shows the picture, not a link
    (a photo-only post's text was its link).

    A link to a page stays as the answer writes it (`https://t.co/…`), not the address it leads to
    (`entities.urls[].expanded_url`): a quote is found as whole words, and a word of that address
    (`…/traitor-or-hero`) passed a one-word quote ("traitor") the post never wrote. A quote holding the
    address warns, for a person to compare."""
    if "t.co/" not in words:
        return words
    media = _media_links(data)
    if not media:
        return words
    # One pass over the text, each whole t.co address looked up: `t.co/Ab` is not the start of `t.co/AbC`.
    return _TCO_LINK().sub(lambda link: "" if link.group(0) in media else link.group(0), words).strip()


# How X writes a repost's text (`RT @handle: words`, cut near 140 characters): the words after it are the
# reposted post's, and so were those of a post written so by hand before reposts existed.
_REPOST_PREFIX = on_first_use(r"RT @(?P<handle>[A-Za-z0-9_]{1,64}):\s?")


def _reposted(data: dict[str, Any], own_words: str) -> tuple[str, tuple[str, str | None]] | None:
    """(the reposter's own words, (the reposted post's words, "Name, @handle")) when `data` is a repost
    (`retweeted_tweet` or `retweeted_status`, or a text opening `RT @handle:`); None for a post of its own.

    The reposter's own words are at most the `RT @handle:` that opens the text: read whole, the reposted
    words passed a quote attributed to the account that only reposted them."""
    original = _other_post(data.get("retweeted_tweet")) or _other_post(data.get("retweeted_status"))
    prefix = _REPOST_PREFIX().match(own_words)
    if original is None and prefix is None:
        return None
    own = prefix.group(0).strip() if prefix else ""
    if original is None and prefix is not None:
        original = (own_words[prefix.end() :].strip(), f"@{prefix.group('handle')}")
    return (own, original) if original is not None else None


def _own_reposted_post(data: dict[str, Any], handle: str | None) -> tuple[PublishedTime, str] | None:
    """The time (and where it is from) of the account's own post that `data`, its repost, shows
    (`retweeted_tweet` or `retweeted_status` by the same account), as that post's `created_at` (where its id
    agrees) or its id say; None where it reposts none of its own, or no time of it is known."""
    original = next(
        (
            other
            for key in ("retweeted_tweet", "retweeted_status")
            if isinstance(other := data.get(key), dict)
        ),
        None,
    )
    user = original.get("user") if original is not None else None
    shown = text_value(user.get("screen_name")) if isinstance(user, dict) else None
    original_id = original.get("id_str") if original is not None else None
    if shown is None or handle is None or shown.casefold() != handle.casefold():
        return None
    if not isinstance(original_id, str) or not is_ascii_number(original_id):
        return None
    created = parse_published(text_value(original.get("created_at"))) if original is not None else None
    if created is not None and _agrees_with_id(created.at, original_id):
        return created, f"syndication created_at of the reposted post {original_id} (the account's own)"
    from_id = status_id_time(original_id)
    if from_id is None:
        return None
    return PublishedTime(
        at=from_id, day_only=False
    ), f"the reposted post's id {original_id} (the account's own)"


def _reposted_account(
    data: dict[str, Any], words: str, own_handle: str | None, own_name: str | None = None
) -> str | None:
    """Whose post a repost shows (its name, else `@handle`), named as a Telegram forward names its original's
    author (`forwarded_from`), so that `checks.author` never passes the repost as the reposter's own words:
    read only as the reposted words, a note crediting the repost to the reposter, with no quote to search,
    passed `author` and was verified. None where it reposts the account's own post. Another account showing
    the reposter's own name (`own_name`: a namesake, an impersonator) is named with its handle (`Jane Doe
    (@janedoe_news)`): `checks.author` tells one's own repost from another's by the names, and the repost
    passed as the reposter's own post."""
    name = handle = None
    for key in ("retweeted_tweet", "retweeted_status"):
        other = data.get(key)
        user = other.get("user") if isinstance(other, dict) else None
        if isinstance(user, dict):
            name, handle = text_value(user.get("name")), text_value(user.get("screen_name"))
            break
    if name is None and handle is None:
        prefix = _REPOST_PREFIX().match(words)
        handle = prefix.group("handle") if prefix else None
    if handle is not None and own_handle is not None and handle.casefold() == own_handle.casefold():
        return None
    if name and handle and own_name:
        from provenance.names import speaker_key  # the key `checks.author` compares names by

        if speaker_key(name) == speaker_key(own_name):
            return f"{name} (@{handle})"
    return name or (f"@{handle}" if handle else None)


def _quoted_tombstone(data: Any) -> str | None:
    """What X shows in place of the post a post quotes, where it shows a tombstone for it (`quoted_tweet`
    a `TweetTombstone`, or a `TweetUnavailable` with its `reason`: deleted since, its account suspended or
    protected): the quoting post stands, but words a note gives the quoted post are not in the capture.
    None where the quoted post is shown, or there is none."""
    if not isinstance(data, dict):
        return None
    if data.get("__typename") == "TweetUnavailable":
        reason = text_value(data.get("reason"))
        return f"X shows the post it quotes as unavailable ({reason[:100]})" if reason else None
    if data.get("__typename") != "TweetTombstone" and "tombstone" not in data:
        return None
    tombstone = data.get("tombstone")
    words = tombstone.get("text") if isinstance(tombstone, dict) else None
    said = words.get("text") if isinstance(words, dict) else None
    return (
        f"X shows a tombstone for the post it quotes: {said[:200]!r}"
        if isinstance(said, str) and said.strip()
        else "X shows a tombstone for the post it quotes"
    )


def _other_post(data: Any) -> tuple[str, str | None] | None:
    """(text, "Name, @handle") of a post the syndication document shows with the post it is about (the one
    it quotes, `quoted_tweet`, or answers, `parent`); None when there is none."""
    if not isinstance(data, dict):
        return None
    words = _note_text(data) or data.get("text")
    text = text_value(_without_media_links(data, html.unescape(words))) if isinstance(words, str) else None
    if text is None:
        return None
    user: dict[str, Any] = data["user"] if isinstance(data.get("user"), dict) else {}
    name, handle = text_value(user.get("name")), text_value(user.get("screen_name"))
    who = ", ".join(part for part in (name, f"@{handle}" if handle else None) if part) or None
    return text, who


def read_oembed(data: Any, page_url: str) -> SourcePost | None:
    """An oEmbed answer as a post: the author, and the text of its `<blockquote>`."""
    if not isinstance(data, dict) or not isinstance(data.get("html"), str):
        return None
    author_url = text_value(data.get("author_url")) or ""
    segments = [segment for segment in urlsplit(author_url).path.split("/") if segment]
    # The answer's markup, as deep as a browser nests it: a crafted answer cannot make the parse quadratic.
    tree = LexborHTMLParser(within_nesting(data["html"][:_MAX_JSON]))
    paragraph = tree.css_first("blockquote p")
    blockquote = tree.css_first("blockquote")
    language = _post_language(paragraph.attributes.get("lang")) if paragraph is not None else None
    # The post's own link closes the blockquote (`<a href=".../status/<id>?ref_src=...">date</a>`): its id
    # says which post the answer shows, which may be another than the one asked for.
    links = [
        twitter_post(node.attributes.get("href") or "")[1] for node in tree.css("blockquote a[href]")[-1:]
    ]
    words = node_text(paragraph) if paragraph is not None else ""
    # A post that opens `RT @handle:` gives that account's words, as the syndication JSON's repost does: read
    # whole, when oEmbed alone answered, the reposted words passed a quote given to the reposter.
    reposted = _reposted({}, words)
    handle = segments[0] if len(segments) == 1 else None
    reposted_from = _reposted_account({}, words, handle) if reposted is not None else None
    own_words, (others, whose) = reposted if reposted is not None else (words, (None, None))
    return SourcePost(
        platform=Platform.TWITTER,
        url=page_url,
        post_id=next((post_id for post_id in links if post_id and is_ascii_number(post_id)), None),
        author=text_value(data.get("author_name")),
        handle=handle,
        text=own_words[:MAX_TEXT],
        language=language,
        fields=raw_fields(
            {
                "oembed author_name": text_value(data.get("author_name")),
                "oembed author_url": author_url,
                "oembed blockquote": squeeze(blockquote.text()) if blockquote is not None else None,
                "quoted_post": others,
                "quoted_post_author": whose,
                "forwarded_from": reposted_from,
            }
        ),
    )


# An X status page's title names its author: `Name on Twitter`, `Name (@handle) on X`, and (older pages)
# `Name on Twitter: "text"`, `Name on X: "text" / X`; in the language X served the archive's crawler or
# visitor: `Name en Twitter`, `auf`, `sur`, `su`, `no`, `op`, `na Twitterze`, `в Twitter`, `على X`. Read in
# English alone, a Spanish copy named no author, and one without `og:url` was no post at all.
_STATUS_TITLE = on_first_use(
    r"^(?P<name>.+?)(?:\s*\(@(?P<handle>[A-Za-z0-9_]{1,64})\))?\s+"
    r"(?:on|en|auf|sur|su|no|na|op|på|di|в|على)\s+(?:Twitter(?:ze)?|X|Твиттере|تويتر)(?:\s*:.*)?$",
    re.DOTALL,
)
_MAX_TITLE = 2_000  # a title holds at most a name and a post's words
_QUOTE_PAIRS = (
    ("\u201c", "\u201d"),
    ('"', '"'),
    ("\u00ab", "\u00bb"),  # « » (French, Russian, Ukrainian)
    ("\u201e", "\u201c"),  # „ “ (German, Polish)
    ("\u300c", "\u300d"),  # 「 」 (Japanese)
)


def _unquoted(text: str) -> str:
    """The post's words without the quotation marks an X page puts around them in its description."""
    for opening, closing in _QUOTE_PAIRS:
        if len(text) >= 2 and text.startswith(opening) and text.endswith(closing):
            return text[len(opening) : -len(closing)].strip()
    return text


def read_archived_status_page(html: str, page_url: str) -> SourcePost | None:
    """A status page as an archive kept it: its `og:` tags give the post's text (`og:description`), its
    author (`og:title`: "Name on Twitter") and its id (`og:url`, else the status the copy's URL names), as X
    served them to crawlers; None when they give no text, or name no post (no author in the title, no status
    in `og:url`: X's generic page, whose description is its own blurb). A text opening `RT @handle:` is a
    repost: the words after it are that account's (`quoted_post`), not the post's own.

    Only an archived copy is read this way: it is what the archive holds of the post, and `memento_url` says
    so. The live page's tags are not the post's evidence while the syndication JSON and oEmbed answer."""
    metas = meta_tags(LexborHTMLParser(html[:_MAX_JSON]))
    # Twitter's pages wrote into these tags the post's text as its API gives it, escaped once already
    # (`Russia &amp; Belarus`), and escaped it again (`&amp;amp;`, `&amp;quot;`): read once, a quote of the
    # post's very words warned on `&amp;` and `&quot;`. A reference still left is read as the character it
    # writes, as a web page's `og:title` is.
    description = shown_references(meta_content(metas, "og:description", "twitter:description") or "")
    if not description:
        return None
    title = shown_references(meta_content(metas, "og:title", "twitter:title") or "") or None
    # Squeezed first: each `\s+` of the pattern is then one space, never a run tried from every character.
    named = _STATUS_TITLE().match(" ".join(title[:_MAX_TITLE].split())) if title else None
    # Which post the copy shows: its `og:url` (as the archive may have rewritten it), else the status the
    # archive's answer ended at. Twitter sent a retweet's link to the retweeted post, and the archive
    # followed: that post's words, author and id.
    # (The archive's link is also read from its root, `/web/<stamp>/<URL>`: `pages.linked_out_of_a_copy`.)
    tagged = meta_content(metas, "og:url", "twitter:url")
    page_link = linked_out_of_a_copy(tagged, page_url) if tagged else None
    linked_id = twitter_post(page_link)[1] if page_link else None
    if named is None and linked_id is None:
        # Tags that name no post, neither by its author (`Name on Twitter`) nor by its link: X's page for
        # whoever it shows no post to (a login prompt, a generic shell), whose description is X's own blurb
        # ("From breaking news and entertainment to sports and politics…"): read as the post's words, the
        # copy passed `captured` and the status id's time passed `date` on a copy holding no post.
        return None
    shown_ids = (twitter_post(memento_original(link) or link)[1] for link in (page_link, page_url) if link)
    shown_id = next((found for found in shown_ids if found is not None), None)
    words = _unquoted(description)
    handle = named.group("handle") if named else None
    notice = _withheld_notice_of(words, handle, twitter_post(memento_original(page_url) or page_url)[0])
    if notice is not None:
        # A copy made where X withholds the post (archive.today's crawlers are in Europe, among others) keeps
        # X's notice in its tags in the post's words' place: read as the post, the notice passed `captured`
        # and the id's time `date` on a copy that holds no word of it.
        return SourcePost(
            platform=Platform.TWITTER,
            url=page_url,
            post_id=shown_id if shown_id and is_ascii_number(shown_id) else None,
            problem="unavailable",
            problem_detail=_withheld_detail(f"the archived copy's tags give X's notice: {notice[:200]!r}"),
            fields=raw_fields({"og:title": title, "og:description": description, "og:url": tagged}),
        )
    # A post that opens `RT @handle:` gives that account's words, as the syndication JSON's repost does.
    reposted = _reposted({}, words)
    reposted_from = _reposted_account({}, words, handle) if reposted is not None else None
    own_words, (others, whose) = reposted if reposted is not None else (words, (None, None))
    return SourcePost(
        platform=Platform.TWITTER,
        url=page_url,
        post_id=shown_id if shown_id and is_ascii_number(shown_id) else None,
        author=squeeze(named.group("name")) if named else None,
        handle=handle,
        text=own_words[:MAX_TEXT],
        fields=raw_fields(
            {
                "og:title": title,
                "og:description": description,
                "og:url": tagged,
                "quoted_post": others,
                "quoted_post_author": whose,
                "forwarded_from": reposted_from,
            }
        ),
    )


def status_id_time(post_id: str) -> dt.datetime | None:
    """The time a snowflake id carries; None for an older (sequential) id or one larger than any snowflake."""
    number = ascii_int(post_id)
    if number is None or number <= _LAST_SEQUENTIAL_ID or number >> _SNOWFLAKE_BITS:
        return None
    return snowflake_time(post_id)


def _agrees_with_id(created: dt.datetime, post_id: str) -> bool:
    """Whether `created` is the time the id carries (X gives it to the second, the id to the millisecond); for
    an id given in sequence, which carries none, whether it is no later than the last of them was given."""
    number = ascii_int(post_id)
    if number is not None and number <= _LAST_SEQUENTIAL_ID:
        # Taken as it came, a `created_at` of 2022 dated a post of 2009 to 2022.
        return created <= _LAST_SEQUENTIAL_TIME + _ID_TIME_SLACK
    from_id = status_id_time(post_id)
    return from_id is None or abs(created - from_id) <= _ID_TIME_SLACK


def _with_snowflake_time(post: SourcePost, post_id: str | None) -> SourcePost:
    """Fill in the time from the id when the content gave none (ids before Nov 2010 carry none)."""
    post_id = post.post_id or post_id  # an id the content shows is the post's, whatever the URL says
    if post.published is not None or post_id is None:
        return post
    published = status_id_time(post_id)
    if published is None:
        return post
    return post.model_copy(
        update={
            "published": published,
            "published_from": "snowflake id",
            "post_id": post_id,
        }
    )


# What oEmbed answers, with a 403, for a protected account's post: only its followers may see it. A 403 that
# does not say so may be a refusal of the asking address (a rate limit, a block): nothing of the post.
_PROTECTED = b"not authorized to see this status"


def _oembed_gone(oembed: StoredResponse | None) -> str | None:
    """Why oEmbed says the post is not public (`answers 404`, `answers 403: the account is protected`); None
    when it says nothing of the kind."""
    if oembed is None:
        return None
    if oembed.status == 404:
        return "answers 404"
    if oembed.status == 403 and _PROTECTED in oembed.body[:2000].lower():
        return "answers 403 ('not authorized to see this status': the account is protected)"
    return None


def _gone_from_oembed(from_syndication: SourcePost, oembed_uri: str, gone: str) -> SourcePost:
    """The post as the syndication JSON shows it, named unavailable because oEmbed says it is gone (`gone`).

    oEmbed answers 404 once a post is deleted or its account suspended, and 403 once the account is
    protected (its posts shown to followers only), while X's syndication
    CDN may still serve the post from its cache: the two disagree on whether the post is there, and the
    syndication answer alone let the footnote be verified on a post the cited URL no longer shows. What the
    syndication JSON said is kept (its fields, text and author) for a person to read; no check passes on
    it."""
    return from_syndication.model_copy(
        update={
            "problem": "unavailable",
            "problem_detail": (
                f"oEmbed {gone} ({oembed_uri}): the post is deleted or not public, though the "
                "syndication JSON still shows it (a cache may keep a post after it is gone): the two "
                "disagree on whether the post is there"
            ),
        }
    )


def _side_documents_unread(
    page: CapturedPage, sides: tuple[StoredResponse | None, StoredResponse | None]
) -> tuple[str, bool]:
    """(why neither the syndication JSON nor oEmbed was read, in a detail's words: each one's HTTP status, or
    why it is not in the capture; whether X refused either with HTTP 429, or the capture held it back after
    such an answer)."""
    said: list[str] = []
    refused = False
    planned = side_urls(page.url)
    for answer, url in zip(sides, (*planned, None, None)[:2], strict=True):
        failure = page.failure(url) if answer is None and url else None
        refused = refused or refused_for_now(answer, failure)
        if answer is not None:
            said.append(f"HTTP {answer.status}" if answer.status != 200 else "no post of this id")
        else:
            said.append(failure[:200] if failure is not None else "not in the capture")
    return f"neither the syndication JSON ({said[0]}) nor oEmbed ({said[1]}) was read", refused


def _syndication_unread(syndication: StoredResponse | None) -> str:
    """Why X's syndication JSON was not read, where the post was read from oEmbed alone."""
    if syndication is None:
        why = "it is not in the capture"
    elif syndication.status != 200:
        why = f"it answered HTTP {syndication.status}"
    else:
        why = "its answer shows no post of this id"
    return (
        f"X's syndication JSON was not read ({why}): the post was read from oEmbed alone, its time from "
        "its id; whether it was edited, the post it quotes or answers and any Community Note under it were "
        "not read"
    )


# What X shows at a status link's tail that is no post: a list of others' posts or accounts.
_POST_LISTS = {
    ("quotes",): "the posts quoting the post",
    ("retweets", "with_comments"): "the posts quoting the post",
    ("retweets",): "the accounts that reposted the post",
    ("likes",): "the accounts that liked the post",
}
_MAX_TAIL = 4  # segments after `<user>/status/<id>` looked at


def what_the_link_shows(url: str) -> str | None:
    """What an X status link shows in the post's place when its path goes on to a list
    (`…/status/<id>/quotes`, `/retweets`, `/retweets/with_comments`, `/likes`), in words for a detail; None
    for the post's own link, or one of its photos or videos (`/photo/1`, `/video/1`: the post beside it)."""
    try:
        segments = [segment for segment in urlsplit(url).path.split("/") if segment][: 4 + _MAX_TAIL]
    except ValueError:
        return None
    at = next(
        (index for index, segment in enumerate(segments[:4]) if segment in ("status", "statuses")), None
    )
    if at is None:
        return None
    return _POST_LISTS.get(tuple(segment.lower() for segment in segments[at + 2 :]))


class TwitterExtractor(Extractor):
    platform = Platform.TWITTER

    def handles(self, url: str) -> bool:
        return on_domain(url, *TWITTER_DOMAINS)

    def extract(self, page: CapturedPage) -> SourcePost:
        post = self._post(page)
        shows = what_the_link_shows(page.url)
        if shows is None or post.problem is not None:
            return post
        # The post was read from its side documents, but the link shows a list: a reader who opens it does
        # not see the post there, and a pass on the post would vouch for a link that does not show it.
        handle, post_id = twitter_post(page.url)
        return post.model_copy(
            update={
                "problem": "script-shell",
                "problem_detail": f"the X link shows {shows}, not the post "
                f"(https://x.com/{handle or 'i'}/status/{post_id}): no post of its own to check",
            }
        )

    def _post(self, page: CapturedPage) -> SourcePost:
        _, post_id = twitter_post(page.url)
        syndication = page.answer_to(TWITTER_SYNDICATION)
        oembed = page.answer_to(TWITTER_OEMBED)
        from_syndication = (
            read_tweet_result(_json(syndication), syndication.uri, post_id) if syndication else None
        )
        if from_syndication is not None and from_syndication.problem is None:
            gone = _oembed_gone(oembed)
            if oembed is not None and gone is not None:
                return _with_snowflake_time(_gone_from_oembed(from_syndication, oembed.uri, gone), post_id)
            from_oembed = read_oembed(_json(oembed), oembed.uri) if oembed else None
            # The oEmbed answer names the author only of the post it shows: another post's (a retweet's
            # original, another status of the account) is not this one's.
            shows_this_post = from_oembed is not None and from_oembed.post_id == from_syndication.post_id
            if from_oembed is not None and shows_this_post and _shows_another_version(from_syndication):
                # The syndication JSON shows another version of the edited post; oEmbed, the cited one.
                cited_version = _cited_version_from_oembed(from_oembed, from_syndication)
                return _with_snowflake_time(cited_version, post_id)
            if (
                from_oembed is not None
                and shows_this_post
                and from_oembed.author
                and not from_syndication.author
            ):
                from_syndication = from_syndication.model_copy(update={"author": from_oembed.author})
            return _with_snowflake_time(_with_other_version(from_syndication, page), post_id)
        if from_syndication is not None:  # a tombstone
            return _with_snowflake_time(from_syndication, post_id)
        gone = _oembed_gone(oembed)
        if oembed is not None and gone is not None:
            return _with_snowflake_time(
                SourcePost(
                    platform=self.platform,
                    url=oembed.uri,
                    problem="unavailable",
                    problem_detail=f"oEmbed {gone}: the post is deleted or not public",
                ),
                post_id,
            )
        from_oembed = read_oembed(_json(oembed), oembed.uri) if oembed else None
        if from_oembed is not None:
            # Said beside the post, as Telegram's unread widget is: oEmbed gives the post's words and
            # author, but not X's time of it (its id's is taken), whether it was edited, the post it quotes
            # or answers, nor a Community Note under it, which a reader of a pass never learnt went unread.
            unread = _syndication_unread(syndication)
            return _with_snowflake_time(from_oembed.model_copy(update={"unread": unread}), post_id)
        return _with_snowflake_time(self._status_page(page, (syndication, oembed)), post_id)

    def _status_page(
        self, page: CapturedPage, sides: tuple[StoredResponse | None, StoredResponse | None] = (None, None)
    ) -> SourcePost:
        """Neither side document says anything: all there is is the status page, a script shell; an archived
        copy of it may still show the post in its `og:` tags."""
        main = page.answer()
        if main is None:
            return SourcePost(platform=self.platform, url=page.url)
        html = decode_html(main)
        archived = (
            read_archived_status_page(html, main.uri)
            if page.start is not None and main.status == 200
            else None
        )
        if archived is not None:
            return archived
        text = visible_text(html)
        withheld = _WITHHELD_HERE().search(text) if len(text) <= _NOTICE_CHARS else None
        if withheld is not None:
            # The page (a browser's or an archive's copy made in that country) says so in the post's place.
            said = " ".join(text[max(0, withheld.start() - 100) : withheld.end() + 100].split())
            return SourcePost(
                platform=self.platform,
                url=main.uri,
                problem="unavailable",
                problem_detail=_withheld_detail(f"the status page says {said!r}"),
            )
        notice = text[:_NOTICE_CHARS] if len(text) <= _NOTICE_CHARS else ""
        signed_in_only = _AGE_NOTICE().search(notice) if notice else None
        found = signed_in_only or (_GONE_NOTICE().search(notice) if notice else None)
        if found is not None:
            said = " ".join(text[max(0, found.start() - 60) : found.end() + 60].split())
            unread, _ = _side_documents_unread(page, sides)
            return SourcePost(
                platform=self.platform,
                url=main.uri,
                problem="login-wall" if signed_in_only is not None else "unavailable",
                problem_detail=(
                    f"the status page says {said!r}: X shows the post only to a signed-in reader"
                    if signed_in_only is not None
                    else f"the status page says {said!r} in the post's place: deleted, never there, or its "
                    "account gone, suspended or protected"
                )
                + f"; {unread}",
            )
        problem = html_page_problem(page.url, main.uri, None, text, "<script" in html.lower())
        unread, refused = _side_documents_unread(page, sides)
        if refused and (problem is None or problem.problem == "script-shell"):
            # X refused this client for a while (HTTP 429): said as a bot check is, not only as a page that
            # needs its scripts (which says nothing of why the post was not read, nor that a later capture
            # may read it).
            return SourcePost(
                platform=self.platform,
                url=main.uri,
                problem="challenge",
                problem_detail=f"{unread}: {REFUSED_FOR_NOW}",
            )
        return SourcePost(
            platform=self.platform,
            url=main.uri,
            problem=problem.problem if problem else "script-shell",
            problem_detail=(problem.detail if problem else "the status page shows no post without JavaScript")
            + f"; {unread}",
        )
