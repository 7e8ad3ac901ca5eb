"""YouTube: a video's title and channel from oEmbed, its publication time from the watch page's metadata.

`https://www.youtube.com/oembed?url=<watch url>&format=json` is captured beside the video (`title`,
`author_name`, `author_url`); it answers 404 for a deleted or private video (401 only means embedding is off).
The watch page's `datePublished`/`uploadDate` (microdata or meta) gives the time, and where it has none (a
Short's page, `/shorts/<id>`) the player's metadata does (`publishDate`, of the cited video's player); a
live stream's or a premiere's is its broadcast's start (the microdata's BroadcastEvent `startDate`, the day
the page shows it "Streamed live on"; on a page without microdata, the `startTimestamp` of its player's
`liveBroadcastDetails`), as its `datePublished` is the day it was set up, often days before: a
`datePublished` more than two days after the start (a stream made public later) is kept as the page's other
publication time.
A premiere or a live stream captured before it airs (its player's LIVE_STREAM_OFFLINE, its `videoDetails`'
`isUpcoming`, a `liveBroadcastDetails` start with no end) is there, but what it says is not yet published:
`partial: upcoming`, its scheduled time named, so that `captured` warns and the footnote is never verified on
a video nobody had yet seen.

Without scripts the watch page is a shell, which is not held against it. Where oEmbed shows no video (no
answer, or an error other than 404), the watch page is all the capture holds of it, and it is not the video
when its player says so (`playabilityStatus` ERROR, LOGIN_REQUIRED or UNPLAYABLE: deleted, private, blocked;
but see below for a page that still carries the video's metadata) or when it is another kind of page (a
consent wall, a sign-in page, a bot check, a soft 404); a player asking the visitor to "confirm you're not a
bot" (in their language) is a bot check (`challenge`), never a deleted video, and one keeping the video from
the visitor's country names a region block. A page of YouTube's that YouTube answers (200) with an
error alert in its content's place (`ytInitialData`'s `alertRenderer` of type ERROR: "This channel does not
exist.", "This account has been terminated …", "This playlist does not exist.") is unavailable, named with the
alert's words: a terminated channel's page, a shell like any, passed `captured`. Where oEmbed does name the
video but the player says ERROR ("Video unavailable": removed), that it is private (an answer oEmbed gave
before it was made private; the player says so in its `reason`, or in its first `messages` where it gives no
reason, in the visitor's language) or that a live stream's recording is not available, the two disagree on
whether the video is there, and it is unavailable, named so; a video the player only keeps from this visitor
(LOGIN_REQUIRED, AGE_CHECK_REQUIRED or AGE_VERIFICATION_REQUIRED for an age check, CONTENT_CHECK_REQUIRED
for a content warning to accept, UNPLAYABLE in this country or for members only) is still there, and read
where the watch page carries the video's metadata: from oEmbed and the watch page, or, where oEmbed refuses it
(401, 403), from the watch page alone; but its words were never seen (`partial: gated`: `captured` warns
naming the gate, and the footnote is never verified, while `date` and `title` may pass on the metadata). Where
the page holds nothing of the video, it is the wall its player shows (an age check's `login-wall`, a content
warning's `consent-wall`, a region block's `unavailable`) even where oEmbed names the video: oEmbed's title
and channel are kept and said to be all that was seen of it (read as the video, an age-restricted video passed
`captured` on a page that showed none of
it). The watch page's metadata (its `datePublished`; a private video's never counts), credited to the channel
its microdata names (`itemprop="author"`: name, and the `@handle` of its URL, which an archived copy writes
as its own link: `pages.linked_out_of_a_copy`); a page showing only an age check or a content warning (those
three statuses), with nothing of the video and no oEmbed, is that wall (`login-wall`, `consent-wall`), and so
is one whose player says LOGIN_REQUIRED for anything but a private video or a bot check (an age check as
YouTube mostly writes it, "Sign in to confirm your age", or a bare "Please sign in"), and one whose player
says UNPLAYABLE for a members-only video ("Join this channel to get access to members-only content …"): a
`login-wall`, never a deleted video. What the player says is read from all its words: its `reason`, its
`messages`, and its error screen's reason and subreason (`errorScreen.playerErrorMessageRenderer`), where a
private video's "Private video", a bot check's or a region block's words may be alone.

A clip's link (`/clip/<id>`) is its page, which shows the video it is cut from (its title, date and
description): the video and the clip's part of it are kept in `fields` (`clip of`, `clip part`) and said by
`captured`, as the note cites a clip whose words and time are that video's.

A channel's live page (`/@<handle>/live`, `/channel/<id>/live`, `/c/<name>/live`, `/user/<name>/live`, its
player `/embed/live_stream?channel=<id>`) names no video: YouTube shows whatever the channel streams when it
is opened (or its next or last stream, or the channel's page). It is read as the page it was, and said to
show no fixed video (`partial: live-page`, the video it showed named, or none), so that `captured` warns and
the footnote is never verified on the stream one reader happened to see.

A community post's link (`/post/<id>`, or a channel's `/community?lb=<id>`) is read as the post: its channel
(name, `@handle`, channel id) and its words from the `backstagePostRenderer` of its id in `ytInitialData`.
YouTube shows its date only relatively ("2 years ago"): that is kept in `fields` and said, never read as a
day. A post sharing another's (`sharedPostRenderer`) is not read as the post it shares. A page whose
`ytInitialData` holds no post of the link's id (the channel's other posts, none) does not show the post:
unavailable, never the channel's page. A channel's page (`/@<handle>`, `/channel/<id>`, `/c/<name>`,
`/user/<name>`, its tabs) is the channel's, credited to the channel its `ytInitialData` names
(`channelMetadataRenderer`), and has no date.

What the video says aloud is not read (no transcript or caption track is captured): a quote of spoken words
(a link's `t=90`, 1:30 into the video) is searched only in the title and description, and is not found there
unless they repeat it: compare it by hand at the time the link names.

A watch page replaced by a wall (YouTube's cookie-consent page, at `consent.youtube.com` or in the watch
page's place, a sign-in page, a bot check, its player's "Sign in to confirm you're not a bot" on a page
holding none of the video's metadata) is not the video even where oEmbed answers: oEmbed names the
video's title and channel, but gives no date and no description, and the wall's words are not the video's.
Read as the video, the capture passed `captured` on a consent form; it is that wall, named (oEmbed's title
and channel kept for the record), so that an archived copy is tried. A watch page that shows a consent dialog
but still carries the video's metadata (its `datePublished`) is the watch page, read as such.
"""

from __future__ import annotations

import datetime as dt
import html as html_entities
import json
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.pages import (
    MAX_TEXT,
    decode_html,
    json_of,
    linked_out_of_a_copy,
    parse_published,
    raw_fields,
    text_value,
)
from provenance.extractors.web import read_web_page
from provenance.models import Platform, SourcePost, SourceProblem
from provenance.patterns import on_first_use
from provenance.side_urls import (
    YOUTUBE_DOMAINS,
    YOUTUBE_OEMBED,
    on_domain,
    youtube_video_id,
    youtube_watch_url,
)
from provenance.warc.reader import StoredResponse

_MAX_JSON = 1_000_000
# What the player says of the video, in the watch page's `ytInitialPlayerResponse`: not OK when the video is
# gone, private or blocked, with YouTube's reason ("Video unavailable"), or where it gives none its first
# message (a private video's: `"messages":["This is a private video. Please sign in to verify that you may
# see it."]`; read as no words, it was taken for an age check and the video read).
# Its words are a JSON string, read whole with their escapes (`\u0027`, YouTube's apostrophe: French's
# "L\u0027enregistrement …", cut at its escape, was read as "L", no words of a gone video), their first 200
# characters where they are longer (they were read as none).
_PLAYABILITY = on_first_use(
    r'"playabilityStatus":\{"status":"(ERROR|LOGIN_REQUIRED|UNPLAYABLE|AGE_CHECK_REQUIRED'
    r'|AGE_VERIFICATION_REQUIRED|CONTENT_CHECK_REQUIRED)"'
    r'(?:,"(?:reason":|messages":\[)"((?:[^"\\]|\\.){0,200}))?'
)
# What YouTube answers, with 200, for a channel, a playlist or a post that is not there (terminated, unknown):
# a shell like any page of its without scripts, whose only words are an error alert in `ytInitialData`,
# `"alerts":[{"alertRenderer":{"type":"ERROR","text":{"simpleText":"This channel does not exist."}}}]` (or
# its `runs`); its words are read up to an escape (`YouTube\u0027s`).
_ERROR_ALERT = on_first_use(
    r'"alertRenderer":\{"type":"ERROR","text":\{"(?:simpleText":|runs":\[\{"text":)"([^"\\]{1,200})'
)
# The channel a watch page names in its video's microdata: `<span itemprop="author" itemscope …><link
# itemprop="url" href="http://www.youtube.com/@handle"><link itemprop="name" content="Channel"></span>`.
_AUTHOR_ITEM = on_first_use(r'<span itemprop="author"[^>]{0,200}>')
_AUTHOR_NAME = on_first_use(r'<link itemprop="name" content="([^"<>]{1,200})"')
_AUTHOR_URL = on_first_use(r'<link itemprop="url" href="([^"<>]{1,300})"')
_AUTHOR_SPAN = 600
# What the player's words say of a video gone for everyone (not only kept from this visitor): a private one,
# or a live stream whose recording was not kept. YouTube writes them in the visitor's language (a browser's
# capture sends its own): "private" in English alone, a private video in French ("Cette vidéo est privée")
# read as one kept from this visitor, and with oEmbed's cached answer and the page's metadata it was verified.
# A Turkish ("Bu gizli bir video") or Arabic ("هذا فيديو خاص") private video, and a stream's recording not
# kept in any language but English ("Die Aufzeichnung dieses Livestreams ist nicht verfügbar."), were read
# as videos only kept from this visitor. (Turkish's "özel" and Arabic's "خاص" alone also say "exclusive", a
# members' video's words: only with "video" are they a private one's.)
_GONE_FOR_EVERYONE = (
    *("private", "recording is not available"),
    *("privat", "privé", "privad", "prywatn", "приватн", "ограниченным доступом", "gizli", "özel video"),
    *("فيديو خاص", "الفيديو خاص", "非公開", "비공개", "私享", "私人"),
    # a live stream's recording not kept: German, French, Spanish, Polish, Turkish, Arabic, Russian/Ukrainian
    *("aufzeichnung", "enregistrement", "grabación", "nagranie", "yayın kaydı", "تسجيل البث", "запис"),  # noqa: RUF001
)
_PLAYABILITY_SCAN = 3_000_000
# What the player says where YouTube keeps its video from a visitor it takes for a bot ("Sign in to confirm
# you're not a bot", LOGIN_REQUIRED), in the visitor's language: a bot check, which says nothing of the
# video. Where oEmbed showed none, it was called deleted or unavailable.
_NOT_A_BOT = (
    *("not a bot", "kein bot", "pas un robot", "no eres un bot", "não é um bot", "non sei un bot"),
    *("не бот", "не робот", "bot olmadığınızı", "robotem", "لست روبوت", "ボットではない", "봇이 아닌"),  # noqa: RUF001
    *("não é um robô", "no eres un robot"),
)
# What the player says where it keeps its video behind an age check under LOGIN_REQUIRED ("Sign in to confirm
# your age", "This video may be inappropriate for some users.", "Sorry, this content is age-restricted."), in
# the visitor's language; its `desktopLegacyAgeGateReason` says so too. Only what the wall is called hangs on
# them: any other LOGIN_REQUIRED but a private video's or a bot check's is a sign-in wall all the same.
_AGE_CHECK = (
    *("your age", "age-restricted", "inappropriate for some users", "votre âge", "dein alter", "tu edad"),
    *("sua idade", "la tua età", "возраст", "yaşınızı", "عمرك", "年齢", "연령"),  # noqa: RUF001
)
# ... and where it keeps a members-only video from a visitor who is not one of the channel's paying members
# ("Join this channel to get access to members-only content like this video, and other exclusive perks."), in
# the visitor's language: a sign-in wall, the video there.
_MEMBERS_ONLY = (
    *("members-only", "members only", "join this channel", "miembros", "membres", "mitglieder", "membros"),
    *("membri", "członk", "спонсор", "üyelerine", "الأعضاء", "メンバー限定", "멤버십"),
)
# ... and where it keeps the video from this visitor's country ("The uploader has not made this video
# available in your country", "Video not available in your country"): a region block, named so.
_REGION_BLOCK = (
    *("in your country", "in deinem land", "in ihrem land", "dans votre pays", "en tu país", "en su país"),
    *("no seu país", "nel tuo paese", "в вашей стране", "у вашій країні", "ülkenizde", "في بلدك"),  # noqa: RUF001
)
# A live stream's or a premiere's watch page marks its broadcast in the video's microdata:
# `<span itemprop="publication" itemscope itemtype="http://schema.org/BroadcastEvent">` holding
# `<meta itemprop="isLiveBroadcast" content="True">` and `<meta itemprop="startDate" content="…">`, within a
# few hundred characters.
_BROADCAST_EVENT = on_first_use(
    r'itemtype="https?://schema\.org/BroadcastEvent"|<meta itemprop="isLiveBroadcast" content="True"'
)
_START_DATE = on_first_use(r'<meta itemprop="startDate" content="([^"<>]{1,64})"')
_BROADCAST_SPAN = 1_000
# How much later than its broadcast a stream's `datePublished` may be and still be that day in some zone: a
# later one is the day it was made public (or processed), and which day is the publication's is for a person.
_MADE_PUBLIC_LATER = dt.timedelta(days=2)
# A premiere's or a live stream's watch page captured before it airs: its player says LIVE_STREAM_OFFLINE
# (`"playabilityStatus":{"status":"LIVE_STREAM_OFFLINE","reason":"Premieres in 3 hours",…`, its offline
# slate's `"scheduledStartTime":"1642784400"`), its `videoDetails` say `"isUpcoming":true`, or its
# microformat's `liveBroadcastDetails` give a start and no end while it is not live. (`upcomingEventData` is a
# listed video's, in the related videos beside it, never the watch page's own.)
_OFFLINE = on_first_use(
    r'"playabilityStatus":\{"status":"LIVE_STREAM_OFFLINE"(?:,"reason":"([^"\\]{0,200})")?'
)
_SCHEDULED_START = on_first_use(r'"scheduledStartTime":"(\d{1,12})"')
_SCHEDULED_SPAN = 5_000
_IS_UPCOMING = '"isUpcoming":true'
_DETAILS_SPAN = 50_000  # the watch page's own `videoDetails` (its description's 5,000 characters, escaped)
_NOT_YET_BROADCAST = on_first_use(
    r'"liveBroadcastDetails":\{"isLiveNow":false,"startTimestamp":"([^"\\]{1,64})"\}'
)
# A clip's page (`/clip/<id>`) names the video it is cut from in `ytInitialData`'s
# `"currentVideoEndpoint":{…,"watchEndpoint":{"videoId":"<id>",…` and its part of it in a `loopCommand`
# (`"startTimeMs":"29000","endTimeMs":"39700"`), as yt-dlp reads them.
_CURRENT_VIDEO = '"currentVideoEndpoint":{'
_WATCH_ENDPOINT = on_first_use(r'"watchEndpoint":\{"videoId":"([A-Za-z0-9_-]{11})"')
_LOOP = '"loopCommand":{'
_LOOP_START = on_first_use(r'"startTimeMs":"(\d{1,9})"')
_LOOP_END = on_first_use(r'"endTimeMs":"(\d{1,9})"')
_ENDPOINT_SPAN = 1_000
_LOOP_SPAN = 400
# A channel's live page names the channel, not a video: `/@<handle>/live`, `/channel/<id>/live`,
# `/c/<name>/live`, `/user/<name>/live`, and its player `/embed/live_stream?channel=<id>`. YouTube answers it
# with the watch page of whatever the channel streams when it is opened (or of its next or last stream, or
# the channel's page): another video, or none, to each reader.
_CHANNEL_LIVE_PATHS = frozenset({"channel", "c", "user"})
# A community post's page (`/post/<id>`) holds the post in `ytInitialData`, `var ytInitialData = {…};`, as a
# `backstagePostRenderer` of its `postId` (its `authorText`, `authorEndpoint`, `contentText`, and a
# `publishedTimeText` YouTube writes only relatively, "2 years ago"), as yt-dlp reads it.
_INITIAL_DATA = on_first_use(r"""(?:var ytInitialData|window\[["']ytInitialData["']\])\s{0,4}=\s{0,4}(?={)""")
_MAX_NODES = 200_000
# The player's own metadata in `ytInitialPlayerResponse`: `"videoDetails":{"videoId":"<id>",…}` then
# `"microformat":{"playerMicroformatRenderer":{…,"publishDate":"2022-01-21T04:00:11-08:00",…,"uploadDate":…}}`
# (a date alone, `"2022-01-21"`, on older pages), `"ownerChannelName":"…"`, `"ownerProfileUrl":"…/@handle"`.
# A Short's page (`/shorts/<id>`) has no microdata: this is the only time and channel it gives of its video
# (htmldate's guess was the day in the video's own zone, and without oEmbed no channel was read).
_PLAYER_DETAILS = '"videoDetails":{"videoId":"'
_PLAYER_MICROFORMAT = '"playerMicroformatRenderer":{'
_PLAYER_DATE = on_first_use(r'"(publishDate|uploadDate)":"([^"\\<>]{1,64})"')
_PLAYER_OWNER = on_first_use(r'"ownerChannelName":"((?:[^"\\]|\\.){1,300})"')
_PLAYER_OWNER_URL = on_first_use(r'"ownerProfileUrl":"([^"\\<>]{1,300})"')
_MICROFORMAT_SPAN = 60_000  # the description again (5,000 characters, escaped), the countries it plays in
# The video's description as its uploader wrote it, in its player's own `videoDetails`:
# `"shortDescription":"…"` (5,000 characters at most, JSON-escaped: `\u0027` is six for one). Each character
# of the string is one of two kinds that never overlap (an escape, or anything but a quote or a backslash),
# so the match is linear.
_PLAYER_DESCRIPTION = on_first_use(r'"shortDescription":"((?:[^"\\]|\\.){0,30000})"')
# Where a watch page's time came from when its metadata gave none: a guess from its markup, or nothing.
_UNDATED = (None, "htmldate")
# What a watch page can be instead of the video, whatever oEmbed says of it.
_WALLS = frozenset({"consent-wall", "login-wall", "challenge"})


class YouTubeExtractor(Extractor):
    platform = Platform.YOUTUBE

    def handles(self, url: str) -> bool:
        return on_domain(url, *YOUTUBE_DOMAINS)

    def extract(self, page: CapturedPage) -> SourcePost:
        main = page.answer()
        if _a_channel_s_live_page(page.url):
            return _as_a_live_page(self._read(page, main), main)
        comment = _linked_comment(page.url)
        post = self._read(page, main)
        return post if comment is None else _not_the_comment(post, comment)

    def _read(self, page: CapturedPage, main: StoredResponse | None) -> SourcePost:
        video = youtube_video_id(page.url)
        watch = (
            _dated_by_its_player(read_web_page(page.url, main, self.platform, page.main_text), main, video)
            if main is not None
            else SourcePost(platform=self.platform, url=page.url)
        )
        # The watch page without scripts is nearly empty; oEmbed and the metadata carry the content. Its
        # `<html lang>` is YouTube's interface's, in the language of whoever fetched it (a browser's, an
        # archive's crawler's), never the video's: a Russian video fetched from Germany was said to be `de`.
        post = watch.model_copy(
            update={
                "post_id": video,
                "problem": None,
                "problem_detail": None,
                "language": None,
                "text": _player_description(main, video) or watch.text,
            }
        )
        oembed = page.answer_to(YOUTUBE_OEMBED)
        if oembed is not None and oembed.status == 404:
            return post.model_copy(
                update={"problem": "unavailable", "problem_detail": "oEmbed answers 404: deleted or private"}
            )
        data: Any = json_of(oembed.body, _MAX_JSON) if oembed is not None and oembed.status == 200 else None
        if not isinstance(data, dict):
            return _as_the_watch_page_shows(post, watch, main)
        if watch.problem in _WALLS and watch.published is None:
            # A watch page that carries its video's time is that page under a dialog, its metadata read.
            return _behind_a_wall(post, watch, data)
        player = _player_says(main, first_only=True)
        kept = _walled_where_nothing_shows(player) if player is not None and watch.published is None else None
        if kept is not None:
            # An age check, a content warning, a sign-in, a members' or a country's block, a bot check in the
            # player's place, the page holding nothing of the video: read from oEmbed's title and channel
            # alone, `captured` passed on a page YouTube showed no video on (an age-restricted video's,
            # `date` alone unconfirmed). oEmbed's names are kept and said as all that was seen of it.
            problem, why = kept
            walled = post.model_copy(update={"problem": problem, "problem_detail": why})
            return _behind_a_wall(post, walled, data, _NOTHING_SHOWN if problem != "challenge" else None)
        if player is not None and not _kept_from_this_visitor(player):
            # oEmbed may still name a video its watch page says is gone or private (a cached answer): the two
            # disagree, and oEmbed's title and channel alone passed `captured`, `title` and `author` on a
            # removed video, and with the private page's metadata `date` too (verified on a private video).
            said = f"{player.said!r} " if player.said else ""
            return post.model_copy(
                update={
                    "problem": "unavailable",
                    "problem_detail": f"the watch page's player says {said}({player.status}), though oEmbed "
                    f"still names the video {text_value(data.get('title')) or ''!r}: the two disagree on "
                    "whether it is there",
                }
            )
        author_url = text_value(data.get("author_url")) or ""
        segments = [segment for segment in urlsplit(author_url).path.split("/") if segment]
        # A handle in another script is written percent-encoded (`/@%D0%B3%D0%BE…`): its words are the handle.
        handle = unquote(segments[0][1:]) if segments and segments[0].startswith("@") else None
        fields = {
            **post.fields,
            "oembed title": text_value(data.get("title")),
            "oembed author_name": text_value(data.get("author_name")),
            "oembed author_url": author_url or None,
        }
        read = post.model_copy(
            update={
                "title": text_value(data.get("title")) or post.title,
                "author": text_value(data.get("author_name")) or post.author,
                "handle": handle or post.handle,
                "fields": raw_fields(fields),
            }
        )
        return _said_behind_its_gate(_not_yet_shown(_dated_by_its_broadcast(read, main), main), player)


def _said_behind_its_gate(post: SourcePost, player: _Player | None) -> SourcePost:
    """`post`, read from oEmbed and its watch page's metadata, said to be behind the gate its player shows
    this visitor (an age check, a content warning, members only, a country block, a sign-in), where it shows
    one (`partial: gated`, which `captured` warns on: the footnote unconfirmed): its title, channel,
    description and date were read, but the video, its words, was never shown."""
    if player is None or not _kept_from_this_visitor(player):
        return post
    age = player.status in ("AGE_CHECK_REQUIRED", "AGE_VERIFICATION_REQUIRED") or (
        player.status == "LOGIN_REQUIRED"
        and (player.age_gate or any(words in player.words for words in _AGE_CHECK))
    )
    if age:
        gate = "an age check"
    elif player.status == "CONTENT_CHECK_REQUIRED":
        gate = "a content warning"
    elif any(words in player.words for words in _MEMBERS_ONLY):
        gate = "a members-only wall"
    elif any(words in player.words for words in _REGION_BLOCK):
        gate = "a block in the country it was fetched from"
    else:
        gate = "a sign-in wall"
    said = f"{player.said!r} " if player.said else ""
    why = (
        f"the video itself is behind {gate} (its player says {said}({player.status})): its title, channel, "
        "description and date were read from oEmbed and the watch page's metadata, the video was not shown"
    )
    if post.problem is not None or post.partial is not None:
        # Already not the video, or already a part of it (not yet shown): the gate is said beside that.
        return post.model_copy(update={"unread": f"{post.unread}; {why}" if post.unread else why})
    # `partial: gated`, never only `unread`: said there, `captured` passed and the footnote was verified on
    # a video whose words nobody here saw (its metadata may still pass `date` and `title`).
    return post.model_copy(update={"partial": "gated", "partial_detail": why})


_MOST_OF_A_COMMENT_ID = 100


def _linked_comment(url: str) -> str | None:
    """The comment a video's link names (`watch?v=<id>&lc=<comment id>`: YouTube's link to one of its
    comments, which opens the video's page with that comment on top), as the link writes it; None for any
    other link."""
    if youtube_video_id(url) is None:
        return None
    try:
        query = urlsplit(url).query[:2000]
    except ValueError:
        return None
    named = parse_qs(query).get("lc", [""])[0].strip()
    return named[:_MOST_OF_A_COMMENT_ID] or None


def _not_the_comment(post: SourcePost, comment: str) -> SourcePost:
    """`post`, the video read from the page a comment's link opens (`&lc=`), as the comment it is not: none of
    the video's title, channel, time or words are the comment's, whose writer is a viewer and which the
    watch page holds none of (YouTube's scripts load its comments). Read as the comment, the channel passed
    `author`, the video's day `date` and its title `title`, for words someone else wrote under it. The video
    shown is kept in `fields`. A page that is no video (deleted, a wall) stays what it is."""
    if post.problem is not None:
        return post
    what = f"a comment ({comment}) under the YouTube video {post.post_id}"
    shown = " · ".join(
        part
        for part in (
            post.title or "",
            post.author or "",
            post.published.date().isoformat() if post.published else "",
        )
        if part
    )
    return SourcePost(
        platform=Platform.YOUTUBE,
        url=post.url,
        canonical_url=post.canonical_url,
        unread=f"the link names {what}, not the video: the watch page shows the video, whose title, channel, "
        "time and words are not the comment's, which the capture does not hold (YouTube's scripts load it)",
        fields=raw_fields({"link names": what[:500], "video shown, not the comment": shown[:500] or None}),
    )


def _a_channel_s_live_page(url: str) -> bool:
    """Whether `url` is a channel's live page (`_CHANNEL_LIVE_PATHS`, `_CHANNEL_LIVE_EMBED`), which names no
    video."""
    try:
        segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    except ValueError:
        return False
    if segments == ["embed", "live_stream"]:
        return True
    if not segments or segments[-1] != "live":
        return False
    return (len(segments) == 2 and segments[0].startswith("@")) or (
        len(segments) == 3 and segments[0] in _CHANNEL_LIVE_PATHS
    )


def _as_a_live_page(post: SourcePost, main: StoredResponse | None) -> SourcePost:
    """A channel's live page, said to show no fixed video (`partial: live-page`), naming the video it showed
    when captured (its `currentVideoEndpoint`, else its canonical watch link) or that it showed none: read as
    the web page it is, the stream it showed that day passed `captured`, `date` and `title` for a link that
    shows another stream, or the channel's page, to whoever opens it next. A page that is not the channel's
    (an error alert, a wall) stays what it is."""
    if post.problem is not None or post.partial is not None:
        return post
    html = decode_html(main)[:_PLAYABILITY_SCAN] if main is not None and main.status == 200 else ""
    current = html.find(_CURRENT_VIDEO)
    endpoint = _WATCH_ENDPOINT().search(html, current, current + _ENDPOINT_SPAN) if current >= 0 else None
    video = (
        endpoint.group(1)
        if endpoint is not None
        else youtube_video_id(post.canonical_url)
        if post.canonical_url and on_domain(post.canonical_url, *YOUTUBE_DOMAINS)
        else None
    )
    shown = f"it showed {youtube_watch_url(video)}" if video else "it showed no video"
    fields = {**post.fields, "live page showed": youtube_watch_url(video) if video else None}
    return post.model_copy(
        update={
            "partial": "live-page",
            "partial_detail": f"the link is a channel's live page, which shows whatever the channel streams "
            f"when it is opened, never one fixed video: when captured {shown}; cite the video's own link",
            "fields": raw_fields(fields),
        }
    )


def _not_yet_shown(post: SourcePost, main: StoredResponse | None) -> SourcePost:
    """`post`, said to be a video not yet shown (`partial: upcoming`) where its watch page is a premiere's or
    a live stream's captured before it aired (`_OFFLINE`, `_IS_UPCOMING`, `_NOT_YET_BROADCAST`): oEmbed's
    title and channel and the page's scheduled time passed `captured`, `title`, `author` and `date`, verified
    on a video nobody had yet seen. Its page is there (no problem), so `captured` warns, naming the time."""
    if main is None or main.status != 200 or post.problem is not None or post.partial is not None:
        return post
    html = decode_html(main)[:_PLAYABILITY_SCAN]
    first = html.find('"playabilityStatus":')
    offline = _OFFLINE().match(html, first) if first >= 0 else None
    waiting = _NOT_YET_BROADCAST().search(html)
    details = html.find('"videoDetails":{')
    upcoming = details >= 0 and html.find(_IS_UPCOMING, details, details + _DETAILS_SPAN) >= 0
    if offline is None and waiting is None and not upcoming:
        return post
    scheduled = (
        _SCHEDULED_START().search(html, first, first + _SCHEDULED_SPAN) if offline is not None else None
    )
    when = (
        dt.datetime.fromtimestamp(int(scheduled.group(1)), dt.UTC).isoformat()
        if scheduled is not None and int(scheduled.group(1)) < 10**11
        else waiting.group(1)
        if waiting is not None
        else post.published.isoformat()
        if post.published is not None
        else "an unknown time"
    )
    said = f" (the page says {offline.group(1)!r})" if offline is not None and offline.group(1) else ""
    return post.model_copy(
        update={
            "partial": "upcoming",
            "partial_detail": f"scheduled for {when}{said}: a premiere or a live stream captured before it "
            "was shown, its title and description are there but what it says is not yet published",
        }
    )


def _as_a_clip(post: SourcePost, main: StoredResponse | None) -> SourcePost:
    """A clip's page (`/clip/<id>`) with the video it is cut from, and its part of it, in `fields` (`clip
    of`, `clip part`), for `captured` to say: the clip's words and time are that video's (its page's title,
    date and description are the video's), and the note cites a clip of it, not the video. Any other page,
    or a clip whose page names no video, as read."""
    segments = [segment for segment in urlsplit(post.url).path.split("/") if segment]
    if len(segments) != 2 or segments[0] != "clip" or main is None or main.status != 200:
        return post
    html = decode_html(main)[:_PLAYABILITY_SCAN]
    current = html.find(_CURRENT_VIDEO)
    video = _WATCH_ENDPOINT().search(html, current, current + _ENDPOINT_SPAN) if current >= 0 else None
    if video is None:
        return post
    fields = {**post.fields, "clip of": youtube_watch_url(video.group(1))}
    loop = html.find(_LOOP)
    start = _LOOP_START().search(html, loop, loop + _LOOP_SPAN) if loop >= 0 else None
    end = _LOOP_END().search(html, loop, loop + _LOOP_SPAN) if loop >= 0 else None
    if start is not None and end is not None:
        fields["clip part"] = f"{_clock(int(start.group(1)))}-{_clock(int(end.group(1)))}"
    return post.model_copy(update={"fields": fields})


def _community_post_id(url: str) -> str | None:
    """The id of the community post a link names (`/post/<id>`, or `/@<handle>/community?lb=<id>` and
    `/channel/<id>/community?lb=<id>`); None for any other link."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    if len(segments) == 2 and segments[0] == "post":
        return segments[1]
    if segments[-1:] == ["community"] and 2 <= len(segments) <= 3:
        ids = parse_qs(parts.query).get("lb", [])
        return ids[0] if len(ids) == 1 else None
    return None


def _initial_data(html: str) -> Any:
    """The page's `ytInitialData` object (`_INITIAL_DATA`), or None where it holds none that parses."""
    found = _INITIAL_DATA().search(html)
    if found is None:
        return None
    try:
        return json.JSONDecoder().raw_decode(html, found.end())[0]
    except (ValueError, RecursionError):
        return None


# The renderers `ytInitialData` shows a community post in: its own (`backstagePostRenderer`), or one sharing
# another's (`sharedPostRenderer`, whose `originalPost` is the other's own).
_POST_RENDERERS = ("backstagePostRenderer", "sharedPostRenderer")


@dataclass(frozen=True)
class _PostsShown:
    """What a page's `ytInitialData` shows of the community post of an id, and of others."""

    renderer: dict[str, Any] | None  # the post's own `backstagePostRenderer`
    shared: bool  # a `sharedPostRenderer` of that id: the post shares another's
    others: bool  # another post's renderer
    whole: bool  # whether every value was looked at (not cut at `_MAX_NODES`)


def _post_renderers(data: Any, post_id: str) -> _PostsShown:
    """What `data` shows of the post `post_id` and others, walked breadth-first over at most `_MAX_NODES`
    values. A shared post's own renderer is a `sharedPostRenderer`, the post it shares another's, never the
    cited one's."""
    queue: list[Any] = [data]
    shared = others = False
    for seen in range(_MAX_NODES):
        if seen >= len(queue):
            return _PostsShown(None, shared, others, whole=True)
        node = queue[seen]
        if isinstance(node, dict):
            for kind in _POST_RENDERERS:
                renderer = node.get(kind)
                if not isinstance(renderer, dict):
                    continue
                if renderer.get("postId") != post_id:
                    others = True
                elif kind == "backstagePostRenderer":
                    return _PostsShown(renderer, shared, others, whole=False)
                else:
                    shared = True
            queue.extend(node.values())
        elif isinstance(node, list):
            queue.extend(node)
    return _PostsShown(None, shared, others, whole=False)


def _runs_text(value: Any) -> str | None:
    """The text of a `{"runs":[{"text":…},…]}` or `{"simpleText":…}` value, its runs joined."""
    if not isinstance(value, dict):
        return None
    runs = value.get("runs")
    if isinstance(runs, list):
        joined = "".join(
            run["text"] for run in runs if isinstance(run, dict) and isinstance(run.get("text"), str)
        )
        return joined.strip() or None
    return text_value(value.get("simpleText"))


def _as_a_community_post(post: SourcePost, main: StoredResponse | None) -> SourcePost:
    """A community post's page read as the post (`_community_post_id`): its channel (name, `@handle`, channel
    id) and its words, from the `backstagePostRenderer` of its id in `ytInitialData`; its date, which YouTube
    shows only relatively ("2 years ago"), is kept in `fields` and never read as a day. Read as a bare page,
    a channel's post was credited to 'YouTube' (`author` failed a true note) and its words not found. A page
    whose post of that id shares another's (`sharedPostRenderer`, whose words are another's) is as read; one
    whose data shows no post of that id is unavailable."""
    post_id = _community_post_id(post.url)
    if post_id is None or post.problem is not None or main is None or main.status != 200:
        return post
    data = _initial_data(decode_html(main)[:_PLAYABILITY_SCAN])
    found = _post_renderers(data, post_id)
    renderer = found.renderer
    if renderer is None and not found.shared and found.whole and isinstance(data, dict):
        # The page's data shows no post of that id (the channel's tab, its other posts, a deleted post's
        # page): read as the channel's page, a `?lb=` link's was credited to the channel, and a note citing
        # the post by its channel alone was verified on a post no one can see there.
        what = "the channel's other posts" if found.others else "no community post"
        return post.model_copy(
            update={
                "problem": "unavailable",
                "problem_detail": f"the page shows {what}, not the post {post_id[:80]}: deleted, or not "
                "this channel's",
            }
        )
    if renderer is None:
        return post
    endpoint = renderer.get("authorEndpoint")
    browse = endpoint.get("browseEndpoint") if isinstance(endpoint, dict) else None
    browse = browse if isinstance(browse, dict) else {}
    base = text_value(browse.get("canonicalBaseUrl")) or ""
    handle = unquote(base[2:]) if base.startswith("/@") and "/" not in base[2:] else None
    shown = _runs_text(renderer.get("publishedTimeText"))
    text = _runs_text(renderer.get("contentText"))
    return post.model_copy(
        update={
            "post_id": post_id,
            "author": _runs_text(renderer.get("authorText")) or post.author,
            "handle": handle or post.handle,
            "author_id": text_value(browse.get("browseId")) or post.author_id,
            "text": (text or "")[:MAX_TEXT],
            "published": None,
            "published_day_only": False,
            "published_from": None,
            "unread": f"YouTube shows a community post's date only as {shown!r}, no day"
            if shown
            else "YouTube shows no date of the community post",
            "fields": raw_fields({**post.fields, "community post": post_id, "shown date": shown}),
        }
    )


def _as_a_channel_s_page(post: SourcePost, main: StoredResponse | None) -> SourcePost:
    """A channel's page (`/@<handle>`, `/channel/<id>`, `/c/<name>`, `/user/<name>`, any of its tabs)
    credited to the channel its `ytInitialData` names (`metadata.channelMetadataRenderer`: `title`, the
    `@handle` of its `vanityChannelUrl`, its `externalId`): read as a bare page, it was credited to 'YouTube'
    (`og:site_name`), and `author` failed a true note citing the channel. A page already credited (a community
    post), a video's, or one that is no channel's is as read."""
    if post.author is not None or post.problem is not None or main is None or main.status != 200:
        return post
    try:
        segments = [segment for segment in urlsplit(post.url).path.split("/") if segment]
    except ValueError:
        return post
    if not segments or not (
        segments[0].startswith("@") or (segments[0] in _CHANNEL_LIVE_PATHS and len(segments) >= 2)
    ):
        return post
    data = _initial_data(decode_html(main)[:_PLAYABILITY_SCAN])
    metadata = data.get("metadata") if isinstance(data, dict) else None
    channel = metadata.get("channelMetadataRenderer") if isinstance(metadata, dict) else None
    if not isinstance(channel, dict) or text_value(channel.get("title")) is None:
        return post
    vanity = [
        part for part in urlsplit(text_value(channel.get("vanityChannelUrl")) or "").path.split("/") if part
    ]
    handle = unquote(vanity[0][1:]) if len(vanity) == 1 and vanity[0].startswith("@") else None
    return post.model_copy(
        update={
            "author": text_value(channel.get("title")),
            "handle": handle or post.handle,
            "author_id": text_value(channel.get("externalId")) or post.author_id,
        }
    )


def _clock(milliseconds: int) -> str:
    """A time into a video as YouTube shows it: `0:29`, `1:02:03`."""
    hours, rest = divmod(milliseconds // 1000, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class _Player(NamedTuple):
    """What a watch page's player says of a video it does not play."""

    status: str  # `playabilityStatus.status`
    said: str  # its words as quoted: its `reason`, else its first `messages`, else its error screen's reason
    # All its words, casefolded, for what they say of the video: its `reason`, `messages`, and its error
    # screen's reason and subreason (`errorScreen.playerErrorMessageRenderer`).
    words: str
    age_gate: bool  # `desktopLegacyAgeGateReason`: the player keeps the video behind an age check


# The player's `playabilityStatus` object, read whole where it is at most this long (its error screen's
# thumbnails, buttons and links are some kilobytes): its words may be in its error screen alone.
_STATUS_SPAN = 40_000
_MOST_MESSAGES = 5
_MOST_WORDS = 200  # of each


def _player_says(main: StoredResponse | None, first_only: bool = False) -> _Player | None:
    """What a watch page's player says where it says its video cannot be played (`_PLAYABILITY`); None when
    it says nothing of the kind, or there is no 200 watch page. `first_only`: only what the page's first
    `playabilityStatus` says, the cited video's player's, counts."""
    if main is None or main.status != 200:
        return None
    html = decode_html(main)[:_PLAYABILITY_SCAN]
    if first_only:
        first = html.find('"playabilityStatus":')
        found = _PLAYABILITY().match(html, first) if first >= 0 else None
    else:
        found = _PLAYABILITY().search(html)
    if found is None:
        return None
    start = found.start() + len('"playabilityStatus":')
    try:
        status: Any = json.JSONDecoder().raw_decode(html[start : start + _STATUS_SPAN])[0]
    except (ValueError, RecursionError):
        status = None  # cut, or not JSON: the words the pattern read
    words = _status_words(status) if isinstance(status, dict) else []
    quoted = _json_string(found.group(2) or "")
    said = quoted or (words[0] if words else "")
    every = [quoted, *words] if quoted else words
    return _Player(
        status=found.group(1),
        said=said,
        words=" | ".join(every).casefold(),
        age_gate=isinstance(status, dict) and bool(status.get("desktopLegacyAgeGateReason")),
    )


def _status_words(status: dict[str, Any]) -> list[str]:
    """The words of a player's `playabilityStatus`: its `reason`, its `messages`, its error screen's reason
    and subreason (a bot check's "This helps protect our community.", a region block's "The uploader has not
    made this video available in your country.", a private video's "Private video"), each as written."""
    messages = status.get("messages")
    messages = messages[:_MOST_MESSAGES] if isinstance(messages, list) else []
    screen = status.get("errorScreen")
    renderer = screen.get("playerErrorMessageRenderer") if isinstance(screen, dict) else None
    renderer = renderer if isinstance(renderer, dict) else {}
    found = [
        text_value(status.get("reason")) or _runs_text(status.get("reason")),
        *(
            text_value(message)
            for message in (messages if isinstance(messages, list) else [])[:_MOST_MESSAGES]
        ),
        _runs_text(renderer.get("reason")),
        _runs_text(renderer.get("subreason")),
    ]
    return [words[:_MOST_WORDS] for words in found if words]


def _json_string(escaped: str) -> str:
    """The words of a JSON string's inside as written in the page (`L\\u0027enregistrement`), its escapes
    read; as written where they do not read (a string cut inside an escape)."""
    try:
        words = json.loads(f'"{escaped}"')
    except ValueError:
        return escaped
    return words if isinstance(words, str) else escaped


# The player's statuses for a video it shows only past a gate, never a gone one's: an age check
# (`AGE_CHECK_REQUIRED`; `AGE_VERIFICATION_REQUIRED`, "Sign in to confirm your age" where YouTube must verify
# a viewer's age) and a content warning the viewer must accept (`CONTENT_CHECK_REQUIRED`: "The following
# content may contain suicide or self-harm topics"). Unread, a watch page showing only that gate (oEmbed
# refusing the video, no metadata) passed `captured` on a page with no video in it.
_GATES: dict[str, tuple[SourceProblem, str]] = {
    "AGE_CHECK_REQUIRED": ("login-wall", "YouTube shows the video only to a viewer whose age it has checked"),
    "AGE_VERIFICATION_REQUIRED": (
        "login-wall",
        "YouTube shows the video only to a signed-in viewer whose age it has verified",
    ),
    "CONTENT_CHECK_REQUIRED": (
        "consent-wall",
        "YouTube shows a content warning the viewer must accept before the video",
    ),
}


def _kept_from_this_visitor(player: _Player) -> bool:
    """Whether what the player says keeps the video from this visitor only (an age check, a content warning,
    members only, a country block), not from everyone (removed, private, a stream's recording not kept)."""
    return player.status in ("LOGIN_REQUIRED", "UNPLAYABLE", *_GATES) and not any(
        gone in player.words for gone in _GONE_FOR_EVERYONE
    )


_NOT_CAPTURED = "but the watch page (its date, its description) was not captured"
# Said where the watch page is there but its player shows a wall in the video's place.
_NOTHING_SHOWN = (
    "but the watch page shows nothing of it (no date, no description): its title and channel, as oEmbed "
    "gives them, are all that was seen of the video"
)


def _walled_where_nothing_shows(player: _Player) -> tuple[SourceProblem, str] | None:
    """What stands in the video's place where its player keeps it from this visitor (an age check, a content
    warning, a sign-in, members only, a country's block: `_kept_from_this_visitor`) or takes the visitor for
    a bot, on a watch page holding nothing of the video, and why; None where the player says nothing of the
    kind, or that the video is gone for everyone (read elsewhere as unavailable)."""
    walled = _what_the_player_keeps(player)
    if walled is not None or not _kept_from_this_visitor(player):
        return walled
    said = f"{player.said!r} " if player.said else ""
    blocked = "a region block: " if any(words in player.words for words in _REGION_BLOCK) else ""
    return "unavailable", (
        f"{blocked}the watch page's player says {said}({player.status}): YouTube does not show the video to "
        "this visitor, and the page holds none of the video's metadata"
    )


def _behind_a_wall(
    post: SourcePost, watch: SourcePost, data: dict[str, Any], shown: str | None = None
) -> SourcePost:
    """The video as oEmbed names it, behind the wall its watch page was (`_WALLS`): the wall, not the video,
    with what oEmbed says kept for the record; none of the wall's words, title or time are the video's.
    `shown`: what the detail says of the watch page after oEmbed's names (by default, that it was not
    captured: another page stood in its place)."""
    title, channel = text_value(data.get("title")), text_value(data.get("author_name"))
    named = f"; oEmbed names the video {title!r}" if title else ""
    named += f" by {channel!r}" if title and channel else ""
    return SourcePost(
        platform=post.platform,
        url=post.url,
        post_id=post.post_id,
        title=title,
        author=channel,
        problem=watch.problem,
        problem_detail=f"{watch.problem_detail}{named}, {shown or _NOT_CAPTURED}",
        fields=raw_fields(
            {
                "oembed title": title,
                "oembed author_name": channel,
                "oembed author_url": text_value(data.get("author_url")),
            }
        ),
    )


def _as_the_watch_page_shows(post: SourcePost, watch: SourcePost, main: StoredResponse | None) -> SourcePost:
    """The video as its watch page alone shows it (oEmbed showed none): unavailable where its player says the
    video cannot be played, or the page is not a watch page at all (a consent wall, a sign-in page, …)."""
    player = _player_says(main)
    if player is not None and _kept_from_this_visitor(player) and watch.published is not None:
        # An age check or a members' video (oEmbed answers 401 or 403) whose watch page still carries the
        # video's metadata: the video is there, only not played to this visitor. Called unavailable, the
        # footnote failed `captured` as if the video were deleted.
        credited = _dated_by_its_broadcast(_credited_as_the_page_shows(post, main), main)
        return _said_behind_its_gate(_not_yet_shown(credited, main), player)
    if player is None:
        return _as_the_page_shows(post, watch, main)
    kept = _what_the_player_keeps(player)
    if kept is None:
        said = f"{player.said!r} " if player.said else ""
        blocked = "a region block: " if any(words in player.words for words in _REGION_BLOCK) else ""
        return post.model_copy(
            update={
                "problem": "unavailable",
                "problem_detail": f"{blocked}the watch page's player says {said}({player.status}), and "
                "oEmbed shows no video",
            }
        )
    problem, why = kept
    return post.model_copy(update={"problem": problem, "problem_detail": f"{why}, and oEmbed shows no video"})


def _what_the_player_keeps(player: _Player) -> tuple[SourceProblem, str] | None:
    """The wall a watch page's player puts in its video's place, with nothing of the video on the page, and
    why, as said (`… the page holds none of the video's metadata`): an age check or a content warning, a bot
    check, a sign-in (LOGIN_REQUIRED: an age check most often), a members-only video; None where the player
    says the video is gone, private or blocked (`unavailable`)."""
    said = f"{player.said!r} " if player.said else ""
    nothing = "the page holds none of the video's metadata"
    if player.status in _GATES:
        # Behind the gate, with nothing of the video on the page: no video to check, but none gone either.
        problem, why = _GATES[player.status]
        return problem, f"{why}: the watch page's player says {said}({player.status}), {nothing}"
    if any(words in player.words for words in _NOT_A_BOT):
        # A bot check, not the video's state: the video may well be there.
        return "challenge", (
            f"the watch page's player says {said}({player.status}): YouTube took the capture for a bot and "
            "showed no video"
        )
    if player.status == "LOGIN_REQUIRED" and _kept_from_this_visitor(player):
        # A sign-in wall (an age check, most often: "Sign in to confirm your age", "This video may be
        # inappropriate for some users", in the visitor's language) with nothing of the video on the page:
        # called unavailable, the footnote failed as if the video were deleted, while the same check under
        # its own status (AGE_CHECK_REQUIRED) was the login wall it is.
        age = player.age_gate or any(words in player.words for words in _AGE_CHECK)
        why = "viewer whose age it has checked" if age else "signed-in viewer"
        return "login-wall", (
            f"YouTube shows the video only to a {why}: the watch page's player says {said}(LOGIN_REQUIRED), "
            f"{nothing}"
        )
    if (
        player.status == "UNPLAYABLE"
        and _kept_from_this_visitor(player)
        and any(words in player.words for words in _MEMBERS_ONLY)
    ):
        # A members-only video ("Join this channel to get access to members-only content like this video"),
        # nothing of it on the page: there, for the channel's paying members signed in. Called unavailable,
        # the ledger told a reader it may be deleted.
        return "login-wall", (
            "YouTube shows the video only to the channel's members, signed in: the watch page's player says "
            f"{said}(UNPLAYABLE), {nothing}"
        )
    return None


def _as_the_page_shows(post: SourcePost, watch: SourcePost, main: StoredResponse | None) -> SourcePost:
    """The page as read where its player says nothing against its video: a wall or another kind of page
    where it is one, a channel's, a playlist's or a post's page, or the video its metadata shows."""
    if watch.problem is not None and watch.problem != "script-shell":
        return post.model_copy(update={"problem": watch.problem, "problem_detail": watch.problem_detail})
    alert = _error_alert(main)
    if alert is not None:
        # Read as the shell every channel page is without scripts, `captured` passed on a terminated account.
        return post.model_copy(
            update={
                "problem": "unavailable",
                "problem_detail": f"the page says {alert!r} (YouTube's error alert): no such channel, "
                "playlist or post",
            }
        )
    if post.post_id is None:
        # A channel's, a playlist's, a post's page: no video's channel or broadcast.
        return _as_a_channel_s_page(_as_a_community_post(_as_a_clip(post, main), main), main)
    return _not_yet_shown(_dated_by_its_broadcast(_credited_as_the_page_shows(post, main), main), main)


def _credited_as_the_page_shows(post: SourcePost, main: StoredResponse | None) -> SourcePost:
    """The video credited to the channel its watch page names in its microdata (`_AUTHOR_ITEM`), where oEmbed
    named none (it refuses a video whose embedding is off, 401, or behind an age check): unread, `author`
    failed a true note on such a video ("the source shows 'YouTube'")."""
    if post.author is not None or main is None or main.status != 200:
        return post
    html = decode_html(main)[:_PLAYABILITY_SCAN]
    item = _AUTHOR_ITEM().search(html)
    if item is None:
        return _credited_as_its_player_says(post, html)
    span = html[item.end() : item.end() + _AUTHOR_SPAN]
    span = span[: span.find("</span>")] if "</span>" in span else span
    name, url = _AUTHOR_NAME().search(span), _AUTHOR_URL().search(span)
    if name is None:
        return post
    # An archived copy's link as the page it links (the Wayback Machine's
    # `https://web.archive.org/web/<stamp>/http://www.youtube.com/@handle`): read as written, a copy's
    # channel had no handle.
    linked = linked_out_of_a_copy(html_entities.unescape(url.group(1)), main.uri) if url else ""
    segments = [part for part in urlsplit(linked).path.split("/") if part]
    handle = unquote(segments[0][1:]) if len(segments) == 1 and segments[0].startswith("@") else None
    return post.model_copy(
        update={
            "author": html_entities.unescape(name.group(1)).strip() or None,
            "handle": handle or post.handle,
        }
    )


def _credited_as_its_player_says(post: SourcePost, html: str) -> SourcePost:
    """The video credited to the channel its own player names (`ownerChannelName`, and the `@handle` of its
    `ownerProfileUrl`), where the page has no microdata (a Short's page) and oEmbed named none (it refuses a
    video whose embedding is off, or behind an age check): `author` warned on a true note."""
    microformat = _player_microformat(html, post.post_id) if post.post_id else None
    name = _PLAYER_OWNER().search(microformat) if microformat is not None else None
    if microformat is None or name is None:
        return post
    profile = _PLAYER_OWNER_URL().search(microformat)
    segments = [part for part in urlsplit(profile.group(1)).path.split("/") if part] if profile else []
    handle = unquote(segments[0][1:]) if len(segments) == 1 and segments[0].startswith("@") else None
    return post.model_copy(
        update={"author": _json_string(name.group(1)).strip() or None, "handle": handle or post.handle}
    )


def _error_alert(main: StoredResponse | None) -> str | None:
    """The words of the error alert (`_ERROR_ALERT`) a 200 page of YouTube's shows in its content's place;
    None where it shows none."""
    if main is None or main.status != 200:
        return None
    found = _ERROR_ALERT().search(decode_html(main)[:_PLAYABILITY_SCAN])
    return found.group(1).strip() if found is not None else None


def _player_microformat(html: str, video: str) -> str | None:
    """The part of a page holding its player's metadata (`playerMicroformatRenderer`, at most
    `_MICROFORMAT_SPAN` characters), where the player is `video`'s (`videoDetails`' `videoId`); None where
    the page's player is another video's, or it has none."""
    details = html.find(f'{_PLAYER_DETAILS}{video}"')
    if details < 0:
        return None
    microformat = html.find(_PLAYER_MICROFORMAT, details, details + _DETAILS_SPAN)
    return html[microformat : microformat + _MICROFORMAT_SPAN] if microformat >= 0 else None


def _player_description(main: StoredResponse | None, video: str | None) -> str:
    """The video's description, as its own player gives it (`videoDetails`' `shortDescription` of the player
    whose `videoId` is `video`), its escapes read, up to MAX_TEXT; empty where the page's player is another
    video's (a Shorts feed moved on), or it has none. Without scripts the watch page shows no words of the
    video: a quote of its description was "not found verbatim (a paraphrase?)", though the capture held the
    uploader's own words."""
    if video is None or main is None or main.status != 200:
        return ""
    html = decode_html(main)[:_PLAYABILITY_SCAN]
    details = html.find(f'{_PLAYER_DETAILS}{video}"')
    if details < 0:
        return ""
    # Within the player's `videoDetails`: it ends where its `microformat` begins (a quote inside a JSON
    # string is escaped, so no description can write that key).
    end = html.find('"microformat":', details, details + _DETAILS_SPAN)
    found = _PLAYER_DESCRIPTION().search(html, details, end if end >= 0 else details + _DETAILS_SPAN)
    return _json_string(found.group(1)).strip()[:MAX_TEXT] if found else ""


def _dated_by_its_player(watch: SourcePost, main: StoredResponse, video: str | None) -> SourcePost:
    """The video dated by its player's metadata (`publishDate`, else `uploadDate`, of the player of `video`:
    `_PLAYER_DATE`), where the page's microdata gave no time: a Short's page has none, and htmldate's guess
    from the markup was the day in the channel's zone (`-08:00`), a day before the day a note dated it in
    its reader's, with no time to move across zones (`date` warned on a true date). A page whose player
    shows another video, or none, is left as read."""
    if video is None or watch.published_from not in _UNDATED or main.status != 200:
        return watch
    microformat = _player_microformat(decode_html(main)[:_PLAYABILITY_SCAN], video)
    if microformat is None:
        return watch
    said: dict[str, str] = {}
    for found in _PLAYER_DATE().finditer(microformat):
        said.setdefault(found.group(1), found.group(2))  # the player's own, the first of each
    name = "publishDate" if "publishDate" in said else "uploadDate"
    when = parse_published(said.get(name))
    if when is None:
        return watch
    fields = {**watch.fields, f"player {name}": said[name]}
    return watch.model_copy(
        update={
            "published": when.at,
            "published_day_only": when.day_only,
            "published_from": f"player microformat {name}",
            "fields": fields,
        }
    )


def _dated_by_its_broadcast(post: SourcePost, main: StoredResponse | None) -> SourcePost:
    """A live stream or a premiere dated by its broadcast's start (the microdata's BroadcastEvent
    `startDate`: the day YouTube shows it "Streamed live on" or "Premiered"), not by its `datePublished`,
    which for a stream is when it was set up, often days before it was broadcast: a note dating the stream
    the day it was scheduled, when nothing had yet been said in it, was verified, and one dating its broadcast
    failed. A `datePublished` more than `_MADE_PUBLIC_LATER` after the start (a stream made public later) is
    kept as the page's other publication time, so that neither day is confirmed alone. Any other video is as
    read."""
    found = _broadcast_start(main, post.post_id)
    if found is None:
        return post
    start, said_by = found
    when = parse_published(start)
    if when is None:
        return post
    fields = {**post.fields, f"broadcast {said_by.rpartition(' ')[2]}": start}
    if post.published is not None and post.published - when.at > _MADE_PUBLIC_LATER:
        published = post.published.isoformat()
        fields["other publication time"] = f"{published} ({post.published_from or 'datePublished'})"
    return post.model_copy(
        update={
            "published": when.at,
            "published_day_only": when.day_only,
            "published_from": said_by,
            "fields": fields,
        }
    )


# The start of a broadcast in the player's metadata (`playerMicroformatRenderer`'s `liveBroadcastDetails`:
# `{"isLiveNow":false,"startTimestamp":"2022-01-21T09:00:04-08:00","endTimestamp":"…"}`).
_PLAYER_BROADCAST = '"liveBroadcastDetails":{'
_PLAYER_BROADCAST_START = on_first_use(r'"startTimestamp":"([^"\\<>]{1,64})"')
_PLAYER_BROADCAST_SPAN = 300


def _broadcast_start(main: StoredResponse | None, video: str | None) -> tuple[str, str] | None:
    """(the start, as written, and where it is from) of the watch page's broadcast: its BroadcastEvent's
    `startDate` (`_BROADCAST_EVENT`), else, on a page without microdata (a Short's, a stream's page served
    without it), the `startTimestamp` of `video`'s player's `liveBroadcastDetails`, where the page's player
    is `video`'s: dated by that player's `publishDate`, the day the stream was set up, a note dating it the
    day it was broadcast failed. None for a video never broadcast live or premiered, or no 200 watch page."""
    if main is None or main.status != 200:
        return None
    html = decode_html(main)[:_PLAYABILITY_SCAN]
    event = _BROADCAST_EVENT().search(html)
    if event is not None:
        found = _START_DATE().search(html, event.end(), event.end() + _BROADCAST_SPAN)
        return (found.group(1), "microdata BroadcastEvent startDate") if found is not None else None
    if video is None or _PLAYER_BROADCAST not in html:
        return None
    microformat = _player_microformat(html, video)
    details = microformat.find(_PLAYER_BROADCAST) if microformat is not None else -1
    if microformat is None or details < 0:
        return None
    start = _PLAYER_BROADCAST_START().search(microformat, details, details + _PLAYER_BROADCAST_SPAN)
    return (start.group(1), "player liveBroadcastDetails startTimestamp") if start is not None else None
