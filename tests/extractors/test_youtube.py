"""YouTube: a video oEmbed still names while its watch page says it is gone, and one only kept from this
visitor."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time
from typing import Any

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.captured import check_captured
from provenance.checks.date import check_date
from provenance.checks.quote import check_quote
from provenance.citations import parse_citation
from provenance.extractors import extract_source
from provenance.extractors.pages import MAX_TEXT
from provenance.models import (
    Capture,
    CaptureOutcome,
    CheckResult,
    Citation,
    Context,
    Footnote,
    Platform,
    SourcePost,
)
from provenance.side_urls import youtube_oembed_url
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset, redirect

VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
OEMBED = answer(youtube_oembed_url("dQw4w9WgXcQ"), asset("youtube_oembed.json"), json=True)
TITLE = "Bridge reopening: council session, 21 January 2022"


def _watch_page(status: str, reason: str) -> str:
    player = f'{{"responseContext":{{}},"playabilityStatus":{{"status":"{status}","reason":"{reason}"}}}}'
    return (
        "<html lang='en'><head><title> - YouTube</title></head><body><div id='player'></div>"
        f"<script>var ytInitialPlayerResponse = {player};</script></body></html>"
    )


def test_a_video_oembed_still_names_but_its_watch_page_says_is_gone_is_unavailable() -> None:
    # oEmbed's answer (cached, or slower to forget than the player) named the video: its title and channel
    # passed `captured`, `title` and `author` on a watch page saying "Video unavailable".
    post = extract_source(VIDEO, (answer(VIDEO, _watch_page("ERROR", "Video unavailable")), OEMBED))
    assert post.problem == "unavailable"
    assert post.problem_detail == (
        f"the watch page's player says 'Video unavailable' (ERROR), though oEmbed still names the video "
        f"{TITLE!r}: the two disagree on whether it is there"
    )


@pytest.mark.parametrize("status", ["LOGIN_REQUIRED", "UNPLAYABLE"])
def test_a_private_video_oembed_still_names_is_unavailable_even_where_its_watch_page_keeps_the_metadata(
    status: str,
) -> None:
    # oEmbed's answer from before the video was made private named it, and the watch page still carried its
    # date: `captured`, `title`, `author` and `date` passed, verified on a video nobody may watch.
    page = _with_metadata(_watch_page(status, "This video is private"))
    post = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert post.problem == "unavailable"
    assert post.problem_detail == (
        f"the watch page's player says 'This video is private' ({status}), though oEmbed still names the "
        f"video {TITLE!r}: the two disagree on whether it is there"
    )


# A private video's player as YouTube writes it: no `reason`, its words in `messages`.
_PRIVATE = (
    '{"responseContext":{},"playabilityStatus":{"status":"LOGIN_REQUIRED","messages":["This is a private '
    'video. Please sign in to verify that you may see it."],"playableInEmbed":false}}'
)
_PRIVATE_SAID = "'This is a private video. Please sign in to verify that you may see it.' (LOGIN_REQUIRED)"


@pytest.mark.parametrize(
    "oembed", [OEMBED, answer(youtube_oembed_url("dQw4w9WgXcQ"), "Unauthorized", status=401)]
)
def test_a_private_video_whose_player_gives_its_words_as_messages_is_unavailable(
    oembed: StoredResponse,
) -> None:
    # The player's words were read only from a `reason` right after its status: a private video's (in
    # `messages`) read as no words, and the video as one only kept from this visitor (an age check), so read.
    page = _with_metadata(_watch_page("LOGIN_REQUIRED", "x")).replace(
        '{"responseContext":{},"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"x"}}', _PRIVATE
    )
    post = extract_source(VIDEO, (answer(VIDEO, page), oembed))
    assert post.problem == "unavailable"
    assert _PRIVATE_SAID in (post.problem_detail or "")


@pytest.mark.parametrize(
    "words",
    [
        "Cette vidéo est privée. Connectez-vous pour vérifier que vous êtes autorisé à la voir.",
        "Este vídeo es privado. Inicia sesión para verificar que tienes acceso a él.",
        "Questo è un video privato. Accedi per verificare di poterlo guardare.",
        "To jest film prywatny. Zaloguj się, aby potwierdzić, że masz do niego dostęp.",
        "これは非公開動画です。ログインして、視聴が許可されているか確認してください。",
        "Bu gizli bir video. Videoyu izleme izniniz olduğunu doğrulamak için lütfen oturum açın.",  # noqa: RUF001
        "هذا فيديو خاص. يُرجى تسجيل الدخول للتحقق من أنه مسموح لك بمشاهدته.",
    ],
)
def test_a_private_video_whose_player_speaks_another_language_is_unavailable(words: str) -> None:
    # YouTube writes the player's words in the visitor's language: read as English alone, a private video
    # (in French) was one only kept from this visitor, read from oEmbed's cached answer and the page's
    # metadata, and verified.
    page = _with_metadata(_watch_page("LOGIN_REQUIRED", "x")).replace(
        '{"responseContext":{},"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"x"}}',
        _PRIVATE.replace("This is a private video. Please sign in to verify that you may see it.", words),
    )
    post = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert post.problem == "unavailable"
    assert f"{words!r} (LOGIN_REQUIRED)" in (post.problem_detail or "")


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        ("LOGIN_REQUIRED", "Connectez-vous pour confirmer votre âge"),
        ("LOGIN_REQUIRED", "Melde dich an, um dein Alter zu bestätigen"),
        ("UNPLAYABLE", "Le propriétaire de cette vidéo ne l'a pas rendue disponible dans votre pays"),
        ("UNPLAYABLE", "Únete a este canal para acceder a contenido exclusivo para miembros como este video"),
        ("LOGIN_REQUIRED", "Yaşınızı onaylamak için oturum açın"),  # noqa: RUF001
        ("UNPLAYABLE", "Bu videoya erişmek için bu kanala katılın: kanal üyelerine özel içerik"),  # noqa: RUF001
        ("UNPLAYABLE", "انضم إلى هذه القناة للوصول إلى المحتوى الخاص بالأعضاء مثل هذا الفيديو"),
        ("LOGIN_REQUIRED", "تسجيل الدخول لتأكيد عمرك"),
    ],
)
def test_a_video_only_kept_from_this_visitor_in_another_language_is_still_read(
    status: str, reason: str
) -> None:
    post = extract_source(VIDEO, (answer(VIDEO, _with_metadata(_watch_page(status, reason))), OEMBED))
    assert (post.problem, post.title, post.author) == (None, TITLE, "City Council TV")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("This live stream recording is not available.", "This live stream recording is not available."),
        ("Die Aufzeichnung dieses Livestreams ist nicht verfügbar.", None),
        # YouTube writes an apostrophe as `\u0027`: the words were cut there and read as "L".
        (
            "L\\u0027enregistrement de cette diffusion en direct n\\u0027est pas disponible.",
            "L'enregistrement de cette diffusion en direct n'est pas disponible.",
        ),
        ("La grabación de esta emisión en directo no está disponible.", None),
        ("Nagranie tej transmisji na żywo jest niedostępne.", None),
        ("Bu canlı yayın kaydı kullanılamıyor.", None),  # noqa: RUF001
        ("تسجيل البث المباشر هذا غير متاح.", None),
        ("Запись этой трансляции недоступна.", None),
    ],
)
def test_a_live_stream_whose_recording_is_gone_is_unavailable_though_oembed_names_it(
    written: str, said: str | None
) -> None:
    # UNPLAYABLE also says a stream's recording is not kept: gone for everyone, not kept from this visitor.
    # Read in English alone, a German or French visitor's capture was read from oEmbed's cached answer and
    # the page's metadata, and verified on a recording nobody can watch.
    page = _with_metadata(_watch_page("UNPLAYABLE", written))
    post = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert post.problem == "unavailable"
    assert f"{said or written!r} (UNPLAYABLE)" in (post.problem_detail or "")


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        ("OK", ""),
        ("LOGIN_REQUIRED", "Sign in to confirm your age"),
        ("UNPLAYABLE", "The uploader has not made this video available in your country"),
        ("UNPLAYABLE", "Join this channel to get access to members-only content like this video"),
    ],
)
def test_a_video_oembed_names_is_read_while_its_player_plays_it_or_only_keeps_it_from_this_visitor(
    status: str, reason: str
) -> None:
    # Kept from this visitor, the video is read where its watch page still carries its metadata (see below
    # for one that carries none).
    page = _watch_page(status, reason) if status == "OK" else _with_metadata(_watch_page(status, reason))
    post = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert (post.problem, post.title, post.author) == (None, TITLE, "City Council TV")
    # ... its metadata read, the video itself not seen where the player keeps it (`partial: gated`).
    assert post.partial == (None if status == "OK" else "gated")


def test_only_the_watch_page_s_own_player_says_whether_its_video_is_gone() -> None:
    # A later `playabilityStatus` (another video's, in the page's data) is not the cited video's player.
    page = _watch_page("OK", "").replace(
        "</body>",
        '<script>var other = {"playabilityStatus":{"status":"ERROR","reason":"Video unavailable"}};'
        "</script></body>",
    )
    assert extract_source(VIDEO, (answer(VIDEO, page), OEMBED)).problem is None


def _with_metadata(page: str) -> str:
    """A watch page carrying its video's microdata (as an age-restricted or members-only video's does)."""
    microdata = (
        '<div itemscope itemtype="http://schema.org/VideoObject"><meta itemprop="name" content="Bridge">'
        '<span itemprop="author" itemscope><link itemprop="name" content="City Council TV"></span>'
        '<meta itemprop="datePublished" content="2022-01-21T04:00:11-08:00"></div>'
    )
    return page.replace("<div id='player'>", microdata + "<div id='player'>")


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        ("LOGIN_REQUIRED", "Sign in to confirm your age"),
        ("UNPLAYABLE", "Join this channel to get access to members-only content like this video"),
        ("AGE_VERIFICATION_REQUIRED", "Sign in to confirm your age"),
        ("CONTENT_CHECK_REQUIRED", "The following content may contain suicide or self-harm topics."),
    ],
)
@pytest.mark.parametrize("refused", [401, 403])
def test_a_video_oembed_refuses_but_whose_watch_page_carries_it_is_read_not_called_gone(
    status: str, reason: str, refused: int
) -> None:
    # An age-restricted or members-only video: oEmbed refuses it, the player keeps it from this visitor, but
    # the watch page carries its date and channel. Called unavailable, it failed `captured` as if deleted.
    oembed = answer(youtube_oembed_url("dQw4w9WgXcQ"), "Unauthorized", status=refused)
    post = extract_source(VIDEO, (answer(VIDEO, _with_metadata(_watch_page(status, reason))), oembed))
    assert post.problem is None
    assert post.published is not None and post.published.isoformat() == "2022-01-21T12:00:11+00:00"
    # Read from its metadata alone, the video itself unseen: `captured` warns (it passed, and the footnote
    # was verified on words nobody saw), while `date` still passes on the metadata's day.
    assert post.partial == "gated"
    assert _captured(post).status == "warn"
    assert check_date(_dated(dt.date(2022, 1, 21), post)).status == "pass"


@pytest.mark.parametrize(
    ("page", "said"),
    [
        (_with_metadata(_watch_page("LOGIN_REQUIRED", "This video is private")), "This video is private"),
        (_with_metadata(_watch_page("ERROR", "Video unavailable")), "Video unavailable"),
    ],
)
def test_a_private_or_removed_watch_page_oembed_refuses_stays_unavailable(page: str, said: str) -> None:
    oembed = answer(youtube_oembed_url("dQw4w9WgXcQ"), "Unauthorized", status=401)
    post = extract_source(VIDEO, (answer(VIDEO, page), oembed))
    assert post.problem == "unavailable"
    assert repr(said) in (post.problem_detail or "")


def _player_page(player: dict[str, Any]) -> str:
    """A watch page whose player says what `player` (its `playabilityStatus`) says, as YouTube writes it."""
    status = json.dumps({"responseContext": {}, "playabilityStatus": player}, separators=(",", ":"))
    return _watch_page("OK", "").replace(
        '{"responseContext":{},"playabilityStatus":{"status":"OK","reason":""}}', status
    )


def _error_screen(reason: str, subreason: str | None = None) -> dict[str, Any]:
    """A player's error screen (`errorScreen.playerErrorMessageRenderer`) with its icon and buttons."""
    renderer: dict[str, Any] = {
        "reason": {"runs": [{"text": reason}]},
        "thumbnail": {"thumbnails": [{"url": "//s.ytimg.com/yts/img/meh7-vflGevej7.png", "width": 140}]},
        "icon": {"iconType": "ERROR_OUTLINE"},
    }
    if subreason is not None:
        renderer["subreason"] = {"runs": [{"text": subreason}, {"text": "Learn more"}]}
    return {"playerErrorMessageRenderer": renderer}


_AGE_WALL = "YouTube shows the video only to a viewer whose age it has checked"
_SIGN_IN_WALL = "YouTube shows the video only to a signed-in viewer"


@pytest.mark.parametrize(
    ("player", "said", "wall"),
    [
        # An age check as YouTube writes it under LOGIN_REQUIRED, its own status (AGE_CHECK_REQUIRED) aside.
        (
            {
                "status": "LOGIN_REQUIRED",
                "reason": "Sign in to confirm your age",
                "errorScreen": _error_screen(
                    "Sign in to confirm your age", "This video may be inappropriate for some users."
                ),
                "desktopLegacyAgeGateReason": 1,
            },
            "Sign in to confirm your age",
            _AGE_WALL,
        ),
        ({"status": "LOGIN_REQUIRED", "reason": "Connectez-vous pour confirmer votre âge"}, None, _AGE_WALL),
        # Its words on its error screen alone.
        (
            {
                "status": "LOGIN_REQUIRED",
                "errorScreen": _error_screen("Melde dich an, um dein Alter zu bestätigen"),
            },
            "Melde dich an, um dein Alter zu bestätigen",
            _AGE_WALL,
        ),
        ({"status": "LOGIN_REQUIRED", "reason": "Please sign in"}, "Please sign in", _SIGN_IN_WALL),
    ],
)
def test_a_watch_page_showing_only_a_sign_in_wall_is_a_login_wall_never_a_deleted_video(
    player: dict[str, Any], said: str | None, wall: str
) -> None:
    # LOGIN_REQUIRED with nothing of the video on the page and oEmbed refusing it was 'deleted or
    # unavailable', while the same age check under AGE_CHECK_REQUIRED was the login wall it is.
    oembed = answer(youtube_oembed_url("dQw4w9WgXcQ"), "Unauthorized", status=401)
    post = extract_source(VIDEO, (answer(VIDEO, _player_page(player)), oembed))
    assert post.problem == "login-wall"
    assert (post.problem_detail or "").startswith(
        f"{wall}: the watch page's player says {said or player['reason']!r} (LOGIN_REQUIRED)"
    )


@pytest.mark.parametrize(
    "reason",
    [
        "Join this channel to get access to members-only content like this video, and other exclusive perks.",
        "Únete a este canal para acceder a contenido exclusivo para miembros como este video",
        "Bu videoya erişmek için bu kanala katılın: kanal üyelerine özel içerik",  # noqa: RUF001
    ],
)
def test_a_members_only_video_showing_nothing_of_itself_is_a_login_wall_never_a_deleted_video(
    reason: str,
) -> None:
    # Called 'deleted or unavailable', the ledger told a reader the video may be gone; it is there for the
    # channel's members. (One whose page carries its metadata is read: see above.)
    oembed = answer(youtube_oembed_url("dQw4w9WgXcQ"), "Unauthorized", status=401)
    post = extract_source(
        VIDEO, (answer(VIDEO, _player_page({"status": "UNPLAYABLE", "reason": reason})), oembed)
    )
    assert post.problem == "login-wall"
    assert (post.problem_detail or "").startswith(
        f"YouTube shows the video only to the channel's members, signed in: the watch page's player says "
        f"{reason!r} (UNPLAYABLE)"
    )
    # A region block, under the same status, stays unavailable, named so.
    blocked = {
        "status": "UNPLAYABLE",
        "reason": "The uploader has not made this video available in your country",
    }
    assert extract_source(VIDEO, (answer(VIDEO, _player_page(blocked)), oembed)).problem == "unavailable"


_PRIVATE_SCREEN = {
    "status": "LOGIN_REQUIRED",
    "errorScreen": _error_screen("Private video", "Sign in if you've been granted access to this video"),
    "playableInEmbed": False,
}


@pytest.mark.parametrize(
    "oembed", [OEMBED, answer(youtube_oembed_url("dQw4w9WgXcQ"), "Unauthorized", status=401)]
)
def test_a_private_video_whose_player_says_so_on_its_error_screen_alone_is_unavailable(
    oembed: StoredResponse,
) -> None:
    # The player's words were read only from a `reason` or `messages` right after its status: a private video
    # saying so on its error screen alone read as one only kept from this visitor (an age check), and with
    # oEmbed's cached answer and the page's metadata it was verified.
    post = extract_source(VIDEO, (answer(VIDEO, _with_metadata(_player_page(_PRIVATE_SCREEN))), oembed))
    assert post.problem == "unavailable"
    assert "'Private video' (LOGIN_REQUIRED)" in (post.problem_detail or "")
    bare = extract_source(VIDEO, (answer(VIDEO, _player_page(_PRIVATE_SCREEN)), oembed))
    assert bare.problem == "unavailable"


def test_a_bot_check_saying_so_on_its_error_screen_alone_is_a_bot_check() -> None:
    player = {
        "status": "LOGIN_REQUIRED",
        "errorScreen": _error_screen(
            "Sign in to confirm you\u2019re not a bot", "This helps protect our community. "
        ),
    }
    post = extract_source(VIDEO, (answer(VIDEO, _player_page(player)),))
    assert post.problem == "challenge"
    assert "'Sign in to confirm you\u2019re not a bot' (LOGIN_REQUIRED)" in (post.problem_detail or "")


def test_a_region_block_said_in_the_error_screen_s_subreason_is_named_a_region_block() -> None:
    # YouTube's "Video unavailable" with the country in its subreason: the block went unnamed.
    player = {
        "status": "UNPLAYABLE",
        "reason": "Video unavailable",
        "errorScreen": _error_screen(
            "Video unavailable", "The uploader has not made this video available in your country"
        ),
    }
    post = extract_source(VIDEO, (answer(VIDEO, _player_page(player)),))
    assert post.problem == "unavailable"
    assert (post.problem_detail or "").startswith(
        "a region block: the watch page's player says 'Video unavailable' (UNPLAYABLE)"
    )


def test_a_player_status_of_hostile_size_is_read_by_its_first_words() -> None:
    # An error screen past what is read whole (100 kB of runs), or one that is no JSON: the words right after
    # the status are still read, and nothing raises.
    player = {
        "status": "LOGIN_REQUIRED",
        "messages": ["This is a private video. Please sign in to verify that you may see it."],
        "errorScreen": {"playerErrorMessageRenderer": {"reason": {"runs": [{"text": "x"}] * 10_000}}},
    }
    post = extract_source(VIDEO, (answer(VIDEO, _with_metadata(_player_page(player))), OEMBED))
    assert post.problem == "unavailable"
    broken = _watch_page("LOGIN_REQUIRED", "This video is private").replace('"}}', '"' + "[" * 100_000)
    assert extract_source(VIDEO, (answer(VIDEO, broken),)).problem == "unavailable"


_GATE_WORDS = {
    "AGE_CHECK_REQUIRED": "Sign in to confirm your age",
    "AGE_VERIFICATION_REQUIRED": "Sign in to confirm your age",
    "CONTENT_CHECK_REQUIRED": "The following content may contain suicide or self-harm topics.",
}


@pytest.mark.parametrize(
    ("status", "problem"),
    [
        ("AGE_CHECK_REQUIRED", "login-wall"),
        ("AGE_VERIFICATION_REQUIRED", "login-wall"),
        ("CONTENT_CHECK_REQUIRED", "consent-wall"),
    ],
)
def test_a_watch_page_showing_only_an_age_check_or_a_content_warning_is_that_wall_never_the_video(
    status: str, problem: str
) -> None:
    # The player's age-check and content-warning statuses were not read: such a page, oEmbed refusing the
    # video and nothing of it on the page, passed `captured` with no video in it.
    oembed = answer(youtube_oembed_url("dQw4w9WgXcQ"), "Unauthorized", status=401)
    post = extract_source(VIDEO, (answer(VIDEO, _watch_page(status, _GATE_WORDS[status])), oembed))
    assert post.problem == problem
    assert f"{_GATE_WORDS[status]!r} ({status})" in (post.problem_detail or "")
    # oEmbed naming the video, it is there, but the page still shows only the gate: that wall (below).
    shown = extract_source(VIDEO, (answer(VIDEO, _watch_page(status, _GATE_WORDS[status])), OEMBED))
    assert (shown.problem, shown.title, shown.author) == (problem, TITLE, "City Council TV")


_AGE_CHECKED = {
    "status": "LOGIN_REQUIRED",
    "reason": "Sign in to confirm your age",
    "errorScreen": _error_screen(
        "Sign in to confirm your age", "This video may be inappropriate for some users."
    ),
    "desktopLegacyAgeGateReason": 1,
}
_SEEN = (
    f"; oEmbed names the video {TITLE!r} by 'City Council TV', but the watch page shows nothing of it (no "
    "date, no description): its title and channel, as oEmbed gives them, are all that was seen of the video"
)


@pytest.mark.parametrize(
    ("player", "problem", "why", "gate"),
    [
        (
            _AGE_CHECKED,
            "login-wall",
            f"{_AGE_WALL}: the watch page's player says 'Sign in to confirm your age'",
            "an age check",
        ),
        (
            {"status": "AGE_CHECK_REQUIRED", "reason": "Sign in to confirm your age"},
            "login-wall",
            "YouTube shows the video only to a viewer whose age it has checked: the watch page's player says "
            "'Sign in to confirm your age' (AGE_CHECK_REQUIRED)",
            "an age check",
        ),
        (
            {"status": "CONTENT_CHECK_REQUIRED", "reason": _GATE_WORDS["CONTENT_CHECK_REQUIRED"]},
            "consent-wall",
            "YouTube shows a content warning the viewer must accept before the video",
            "a content warning",
        ),
        (
            {"status": "LOGIN_REQUIRED", "reason": "Please sign in"},
            "login-wall",
            f"{_SIGN_IN_WALL}: the watch page's player says 'Please sign in' (LOGIN_REQUIRED)",
            "a sign-in wall",
        ),
        (
            {"status": "UNPLAYABLE", "reason": "Join this channel to get access to members-only content"},
            "login-wall",
            "YouTube shows the video only to the channel's members, signed in",
            "a members-only wall",
        ),
        (
            {
                "status": "UNPLAYABLE",
                "reason": "The uploader has not made this video available in your country",
            },
            "unavailable",
            "a region block: the watch page's player says 'The uploader has not made this video available in "
            "your country' (UNPLAYABLE): YouTube does not show the video to this visitor",
            "a block in the country it was fetched from",
        ),
    ],
)
def test_a_video_its_player_walls_off_is_that_wall_though_oembed_names_it_its_title_and_channel_all_seen(
    player: dict[str, Any], problem: str, why: str, gate: str
) -> None:
    # An age-restricted video ("Sign in to confirm your age") whose watch page held nothing of it, oEmbed
    # answering with its title and channel: `captured` passed, as if the video had been seen, `date` alone
    # unconfirmed. The page is a wall; what oEmbed names is kept, and said to be all that was seen.
    post = extract_source(VIDEO, (answer(VIDEO, _player_page(player)), OEMBED))
    assert (post.problem, post.title, post.author) == (problem, TITLE, "City Council TV")
    assert post.published is None
    assert (post.problem_detail or "").startswith(why)
    assert (post.problem_detail or "").endswith(_SEEN)
    assert post.fields["oembed title"] == TITLE
    captured = _captured(post)
    assert captured.status == "fail"
    assert "all that was seen of the video" in captured.detail
    # The same page carrying the video's metadata (its date, its channel) is the watch page, read, but the
    # video itself was behind the gate: `partial: gated`, so `captured` warns (it passed, saying the gate in
    # `unread`, and the footnote was verified on a video whose words were never seen).
    shown = extract_source(VIDEO, (answer(VIDEO, _with_metadata(_player_page(player))), OEMBED))
    assert (shown.problem, shown.title, shown.partial) == (None, TITLE, "gated")
    assert shown.published is not None
    assert (shown.partial_detail or "").startswith(f"the video itself is behind {gate} (its player says")
    assert (shown.partial_detail or "").endswith(
        "its title, channel, description and date were read from oEmbed and the watch page's metadata, the "
        "video was not shown"
    )
    captured = _captured(shown)
    assert captured.status == "warn"
    assert captured.detail.startswith(f"video behind a gate: {shown.partial_detail}")


def _streamed(published: str, start: str) -> str:
    """The watch page of a past live stream: its VideoObject's `datePublished` and its BroadcastEvent."""
    broadcast = (
        '<span itemprop="publication" itemscope itemtype="http://schema.org/BroadcastEvent">'
        '<meta itemprop="isLiveBroadcast" content="True">'
        f'<meta itemprop="startDate" content="{start}">'
        '<meta itemprop="endDate" content="2022-01-21T19:31:52+00:00"></span>'
    )
    return (
        asset("youtube_watch.html")
        .decode()
        .replace("2022-01-21T04:00:11-08:00", published)
        .replace("</div>", f"{broadcast}</div>", 1)
    )


@pytest.mark.parametrize("typed", [True, False])
@pytest.mark.parametrize(
    "oembed", [OEMBED, answer(youtube_oembed_url("dQw4w9WgXcQ"), "Unauthorized", status=401)]
)
def test_a_live_stream_is_dated_by_its_broadcast_not_by_the_day_it_was_set_up(
    typed: bool, oembed: StoredResponse
) -> None:
    # A stream scheduled on the 16th and broadcast on the 21st: its `datePublished` is the 16th, when
    # nothing had been said in it. A note dating it the 16th was verified; one dating the broadcast failed.
    page = _streamed("2022-01-16T09:12:40-08:00", "2022-01-21T17:00:04+00:00")
    page = page if typed else page.replace(' itemtype="http://schema.org/BroadcastEvent"', "")
    post = extract_source(VIDEO, (answer(VIDEO, page), oembed))
    assert post.published is not None and post.published.isoformat() == "2022-01-21T17:00:04+00:00"
    assert post.published_from == "microdata BroadcastEvent startDate"
    assert "other publication time" not in post.fields


@pytest.mark.parametrize(("day", "status"), [(dt.date(2022, 1, 16), "fail"), (dt.date(2022, 1, 21), "pass")])
def test_a_note_dating_a_live_stream_is_held_to_its_broadcast_s_day(day: dt.date, status: str) -> None:
    page = _streamed("2022-01-16T09:12:40-08:00", "2022-01-21T17:00:04+00:00")
    post = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert check_date(_dated(day, post)).status == status


def _dated(day: dt.date, post: SourcePost, url: str = VIDEO) -> CheckInput:
    citation = Citation(platform=Platform.YOUTUBE, author="City Council TV", url=url, date=day)
    footnote = Footnote(label="1", text=f"City Council TV, YouTube, {day}, {url}", line=30, urls=(url,))
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)


def test_a_live_stream_made_public_days_after_its_broadcast_names_both_days() -> None:
    page = _streamed("2022-01-28T10:00:00-08:00", "2022-01-21T17:00:04+00:00")
    post = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert post.published is not None and post.published.isoformat() == "2022-01-21T17:00:04+00:00"
    assert post.fields["other publication time"] == "2022-01-28T18:00:00+00:00 (microdata datePublished)"


def test_a_video_never_broadcast_live_is_dated_by_its_date_published() -> None:
    post = extract_source(VIDEO, (answer(VIDEO, asset("youtube_watch.html")), OEMBED))
    assert post.published is not None and post.published.isoformat() == "2022-01-21T12:00:11+00:00"
    assert post.published_from == "microdata datePublished"


CHANNEL = "https://www.youtube.com/@citycounciltv"


def _channel_page(initial_data: str) -> str:
    """A channel's page as YouTube answers it without scripts: a shell, its content in `ytInitialData`."""
    return (
        "<html lang='en'><head><title>YouTube</title><meta property='og:site_name' content='YouTube'></head>"
        f"<body><div id='content'></div><script>var ytInitialData = {initial_data};</script></body></html>"
    )


@pytest.mark.parametrize(
    ("alert", "said"),
    [
        (
            '{"simpleText":"This account has been terminated for a violation of YouTube\\u0027s Terms of '
            'Service."}',
            "This account has been terminated for a violation of YouTube",
        ),
        ('{"simpleText":"This channel does not exist."}', "This channel does not exist."),
        ('{"runs":[{"text":"This playlist does not exist."}]}', "This playlist does not exist."),
    ],
)
def test_a_channel_or_playlist_page_youtube_answers_with_an_error_alert_is_unavailable(
    alert: str, said: str
) -> None:
    # YouTube answers 200 for a terminated or unknown channel, its only words an alert in ytInitialData: read
    # as the shell every channel page is without scripts, `captured` passed on a terminated account.
    data = f'{{"responseContext":{{}},"alerts":[{{"alertRenderer":{{"type":"ERROR","text":{alert}}}}}]}}'
    post = extract_source(CHANNEL, (answer(CHANNEL, _channel_page(data)),))
    assert post.problem == "unavailable"
    assert (
        post.problem_detail
        == f"the page says {said!r} (YouTube's error alert): no such channel, playlist or post"
    )


def test_a_channel_page_without_an_error_alert_is_read_as_the_page_it_is() -> None:
    data = '{"responseContext":{},"alerts":[{"alertRenderer":{"type":"INFO","text":{"simpleText":"Hi"}}}]}'
    assert extract_source(CHANNEL, (answer(CHANNEL, _channel_page(data)),)).problem is None


@pytest.mark.parametrize("refused", [401, 403])
def test_a_video_oembed_refuses_is_credited_to_the_channel_its_watch_page_names(refused: int) -> None:
    # Embedding turned off (oEmbed 401) or an age check: the watch page names the channel in the video's
    # microdata, which was not read: `author` failed a true note, "the source shows 'YouTube'".
    oembed = answer(youtube_oembed_url("dQw4w9WgXcQ"), "Unauthorized", status=refused)
    post = extract_source(VIDEO, (answer(VIDEO, asset("youtube_watch.html")), oembed))
    assert (post.problem, post.author, post.handle) == (None, "City Council TV", "citycounciltv")
    assert check_author(_dated(dt.date(2022, 1, 21), post)).status == "pass"


def test_a_video_oembed_names_is_credited_to_oembed_s_channel_not_the_watch_page_s() -> None:
    page = (
        asset("youtube_watch.html").decode().replace('content="City Council TV"', 'content="Other Channel"')
    )
    post = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert post.author == "City Council TV"


def test_a_channel_s_handle_in_another_script_is_read_as_the_words_it_spells() -> None:
    # oEmbed writes a Cyrillic or Japanese handle percent-encoded (`/@%D0%B3%D0%BE…`): kept so, the channel
    # was shown as @%D0%B3%D0%BE… and a note's @горсовет was held to those escapes.
    oembed = answer(
        youtube_oembed_url("dQw4w9WgXcQ"),
        asset("youtube_oembed.json").replace(
            b"/@citycounciltv", b"/@%D0%B3%D0%BE%D1%80%D1%81%D0%BE%D0%B2%D0%B5%D1%82"
        ),
        json=True,
    )
    for page in (asset("youtube_watch.html"), b"<html><body></body></html>"):
        assert extract_source(VIDEO, (answer(VIDEO, page), oembed)).handle == "горсовет"
    assert (
        extract_source(VIDEO, (answer(VIDEO, asset("youtube_watch.html")), OEMBED)).handle == "citycounciltv"
    )


def _premiere(player: str) -> str:
    """A premiere's watch page captured before it airs: its microdata's broadcast scheduled for 17:00 UTC on
    the 21st, set up on the 16th, and `player` as its `ytInitialPlayerResponse`."""
    page = _streamed("2022-01-16T09:12:40-08:00", "2022-01-21T17:00:00+00:00")
    return page.replace('{"playabilityStatus":{"status":"OK"}}', player)


_OFFLINE_PLAYER = (
    '{"responseContext":{},"playabilityStatus":{"status":"LIVE_STREAM_OFFLINE",'
    '"reason":"Premieres in 3 hours",'
    '"liveStreamability":{"liveStreamabilityRenderer":{"videoId":"dQw4w9WgXcQ","offlineSlate":'
    '{"liveStreamOfflineSlateRenderer":{"scheduledStartTime":"1642784400"}}}}}}'
)
_UPCOMING_DETAILS = (
    '{"responseContext":{},"playabilityStatus":{"status":"OK"},"videoDetails":{"videoId":"dQw4w9WgXcQ",'
    '"isLiveContent":true,"isUpcoming":true}}'
)
_WAITING_MICROFORMAT = (
    '{"responseContext":{},"playabilityStatus":{"status":"OK"},"microformat":{"playerMicroformatRenderer":'
    '{"liveBroadcastDetails":{"isLiveNow":false,"startTimestamp":"2022-01-21T09:00:00-08:00"}}}}'
)


def _captured(post: SourcePost) -> CheckResult:
    capture = Capture(
        url=VIDEO,
        final_url=VIDEO,
        http_status=200,
        warc="archives/a.warc.gz",
        warc_sha256="0" * 64,
        records=(),
        ip="93.184.216.34",
        started_at="2022-01-21T14:00:00.000Z",
        finished_at="2022-01-21T14:00:01.000Z",
        bytes=1234,
        truncated=False,
    )
    given = dataclasses.replace(
        _dated(dt.date(2022, 1, 21), post), outcome=CaptureOutcome(url=VIDEO, capture=capture)
    )
    return check_captured(given)


@pytest.mark.parametrize(
    ("player", "scheduled"),
    [
        (_OFFLINE_PLAYER, "scheduled for 2022-01-21T17:00:00+00:00 (the page says 'Premieres in 3 hours')"),
        (_UPCOMING_DETAILS, "scheduled for 2022-01-21T17:00:00+00:00: "),
        (_WAITING_MICROFORMAT, "scheduled for 2022-01-21T09:00:00-08:00: "),
    ],
)
def test_a_premiere_captured_before_it_airs_is_no_video_shown_and_captured_warns_naming_its_time(
    player: str, scheduled: str
) -> None:
    # oEmbed's title and channel, and the broadcast's scheduled start as its date, passed `captured`,
    # `title`, `author` and `date`: verified on a video nobody had yet seen.
    post = extract_source(VIDEO, (answer(VIDEO, _premiere(player)), OEMBED))
    assert (post.problem, post.partial) == (None, "upcoming")
    result = _captured(post)
    assert result.status == "warn"
    assert result.detail.startswith(f"not yet shown: {scheduled}")


def test_a_premiere_or_stream_already_shown_passes_captured() -> None:
    # After it aired the player plays it, and its broadcast has an end: the video, read as before.
    aired = (
        '{"responseContext":{},"playabilityStatus":{"status":"OK"},"videoDetails":{"videoId":"dQw4w9WgXcQ",'
        '"isLiveContent":true},"microformat":{"playerMicroformatRenderer":{"liveBroadcastDetails":{"isLiveNow"'
        ':false,"startTimestamp":"2022-01-21T09:00:00-08:00","endTimestamp":"2022-01-21T11:31:52-08:00"}}}}'
    )
    post = extract_source(VIDEO, (answer(VIDEO, _premiere(aired)), OEMBED))
    assert (post.problem, post.partial, post.title) == (None, None, TITLE)
    assert _captured(post).status == "pass"


CLIP = "https://www.youtube.com/clip/UgkxU2HSeGL_NvmDJ-nQJrlLwllwMDBdGZFs"
# A clip's `ytInitialData` as YouTube writes it: the video it is cut from, and the part of it it loops.
_CLIP_DATA = (
    '{"responseContext":{},"currentVideoEndpoint":{"clickTrackingParams":"CAAQg2ciEwj","commandMetadata":'
    '{"webCommandMetadata":{"url":"/watch?v=dQw4w9WgXcQ","webPageType":"WEB_PAGE_TYPE_WATCH"}},'
    '"watchEndpoint":{"videoId":"dQw4w9WgXcQ","startTimeSeconds":29}},"engagementPanels":[{"loopCommand":'
    '{"startTimeMs":"29000","endTimeMs":"39700","postId":"UgkxU2HSeGL_NvmDJ-nQJrlLwllwMDBdGZFs"}}]}'
)


def test_a_clip_s_link_is_said_to_be_a_clip_of_the_video_it_is_cut_from() -> None:
    # A clip's page shows the video's title, date and description: read as a page of its own, `captured`
    # passed without a word that the note cites a clip, whose words and time are another video's.
    page = (
        asset("youtube_watch.html")
        .decode()
        .replace("</body>", f"<script>var ytInitialData = {_CLIP_DATA};</script></body>")
    )
    post = extract_source(CLIP, (answer(CLIP, page),))
    assert post.fields["clip of"] == VIDEO
    assert post.fields["clip part"] == "0:29-0:39"
    result = _captured(post)
    assert result.status == "pass"
    assert result.detail.endswith(
        f"; the link is a clip of {VIDEO} (0:29-0:39 of it): its words, title and time are that video's"
    )


def test_a_watch_page_naming_its_own_video_is_no_clip() -> None:
    # Every watch page names its own video as its current one: only a `/clip/` link is a clip.
    page = (
        asset("youtube_watch.html")
        .decode()
        .replace("</body>", f"<script>var ytInitialData = {_CLIP_DATA};</script></body>")
    )
    post = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert "clip of" not in post.fields
    assert "clip" not in _captured(post).detail


@pytest.mark.parametrize(
    "link",
    [
        "https://www.youtube.com/@citycounciltv/live",
        "https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv/live",
        "https://www.youtube.com/c/citycounciltv/live",
        "https://www.youtube.com/user/citycounciltv/live",
        "https://m.youtube.com/@citycounciltv/live",
        "https://www.youtube.com/embed/live_stream?channel=UCabcdefghijklmnopqrstuv",
    ],
)
def test_a_channel_s_live_page_is_no_fixed_video_and_captured_warns_naming_what_it_showed(link: str) -> None:
    # YouTube answers a channel's live page with the watch page of whatever it streams when opened: read as
    # the web page it is, that day's stream passed `captured`, `date` and `title` for a link that shows
    # another stream, or the channel's page, to whoever opens it next.
    post = extract_source(link, (answer(link, asset("youtube_watch.html")),))
    assert post.partial == "live-page"
    result = _captured(post)
    assert result.status == "warn"
    assert result.detail.startswith(
        "no fixed video: the link is a channel's live page, which shows whatever the channel streams when it "
        f"is opened, never one fixed video: when captured it showed {VIDEO}; cite the video's own link"
    )


def test_a_channel_s_live_page_showing_the_channel_says_it_showed_no_video() -> None:
    link = "https://www.youtube.com/@citycounciltv/live"
    post = extract_source(link, (answer(link, _channel_page('{"responseContext":{}}')),))
    assert post.partial == "live-page"
    assert "when captured it showed no video;" in (post.partial_detail or "")


@pytest.mark.parametrize(
    "link",
    [
        "https://www.youtube.com/live/dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLa&index=3",
    ],
)
def test_a_stream_s_own_link_is_one_fixed_video_and_passes_captured(link: str) -> None:
    post = extract_source(link, (answer(link, asset("youtube_watch.html")), OEMBED))
    assert (post.partial, post.author, post.title) == (None, "City Council TV", TITLE)
    assert _captured(post).status == "pass"


ATTRIBUTION = (
    "https://www.youtube.com/attribution_link?a=xYz_12&u=%2Fwatch%3Fv%3DdQw4w9WgXcQ%26feature%3Dshare"
)


def test_an_attribution_link_is_read_as_the_video_it_leads_to_with_the_oembed_asked_for_it() -> None:
    # With no oEmbed asked for it (test_side_urls), the watch page it led to was read as a bare page: no
    # channel (`author` failed a true note, "the source shows 'YouTube'"). With it, the video is read as its
    # own link's is, a premiere not yet shown included.
    shared = f"{VIDEO}&feature=share"
    led = (redirect(ATTRIBUTION, shared, status=303), answer(shared, asset("youtube_watch.html")), OEMBED)
    post = extract_source(ATTRIBUTION, led)
    assert (post.problem, post.partial, post.author, post.handle) == (
        None,
        None,
        "City Council TV",
        "citycounciltv",
    )
    assert check_author(_dated(dt.date(2022, 1, 21), post)).status == "pass"
    upcoming = (
        redirect(ATTRIBUTION, shared, status=303),
        answer(shared, _premiere(_UPCOMING_DETAILS)),
        OEMBED,
    )
    assert extract_source(ATTRIBUTION, upcoming).partial == "upcoming"


POST = "https://www.youtube.com/post/UgkxU2HSeGL_NvmDJ-nQJrlLwllwMDBdGZFs"
_POST_ID = "UgkxU2HSeGL_NvmDJ-nQJrlLwllwMDBdGZFs"


def _backstage(post_id: str, channel: str, words: str) -> dict[str, Any]:
    endpoint = {"browseId": "UCabcdefghijklmnopqrstuv", "canonicalBaseUrl": "/@citycounciltv"}
    return {
        "backstagePostRenderer": {
            "postId": post_id,
            "authorText": {"runs": [{"text": channel}]},
            "authorEndpoint": {"browseEndpoint": endpoint},
            "contentText": {"runs": [{"text": words}, {"text": " Details below."}]},
            "publishedTimeText": {"runs": [{"text": "2 years ago"}]},
        }
    }


def _post_page(thread: dict[str, Any]) -> str:
    """A community post's page as YouTube answers it without scripts: the post in `ytInitialData`."""
    items = {"contents": [{"backstagePostThreadRenderer": {"post": thread}}]}
    section = {"sectionListRenderer": {"contents": [{"itemSectionRenderer": items}]}}
    tabs = {"tabs": [{"tabRenderer": {"content": section}}]}
    return _channel_page(
        json.dumps({"responseContext": {}, "contents": {"twoColumnBrowseResultsRenderer": tabs}})
    )


def test_a_community_post_is_read_as_its_channel_s_post_and_its_relative_date_never_as_a_day() -> None:
    # Read as a bare page, the post was credited to 'YouTube' (`author` failed a true note) and its words
    # were not read; YouTube shows its date only as "2 years ago", which is no day.
    page = _post_page(_backstage(_POST_ID, "City Council TV", "The council voted to reopen the bridge."))
    post = extract_source(POST, (answer(POST, page),))
    assert (post.problem, post.author, post.handle, post.author_id, post.published) == (
        None,
        "City Council TV",
        "citycounciltv",
        "UCabcdefghijklmnopqrstuv",
        None,
    )
    assert post.text == "The council voted to reopen the bridge. Details below."
    given = dataclasses.replace(_dated(dt.date(2022, 1, 21), post), citation=_post_citation())
    assert check_author(given).status == "pass"
    date = check_date(given)
    assert date.status == "warn"
    assert "YouTube shows a community post's date only as '2 years ago', no day" in date.detail


def test_a_community_post_of_megabytes_of_runs_is_read_only_up_to_any_post_s_length() -> None:
    # Its runs joined were its text whole (up to the 3 MB of the page read), where every reader keeps a
    # post's words to MAX_TEXT.
    page = _post_page(_backstage(_POST_ID, "City Council TV", "The council voted. " * 20_000))
    post = extract_source(POST, (answer(POST, page),))
    assert (post.problem, post.author) == (None, "City Council TV")
    assert len(post.text) == MAX_TEXT
    assert post.text.startswith("The council voted. The council voted.")


def _post_citation() -> Citation:
    return Citation(platform=Platform.YOUTUBE, author="City Council TV", url=POST, date=dt.date(2022, 1, 21))


def test_a_community_post_sharing_another_s_post_is_not_read_as_the_one_it_shares() -> None:
    # The cited post is a `sharedPostRenderer`; the post it shares is another channel's, its words not the
    # sharer's: neither is read as the cited post's.
    original = _backstage("UgkxOTHERPOSTid", "Other Channel", "The council voted to reopen the bridge.")
    shared = {"sharedPostRenderer": {"postId": _POST_ID, "originalPost": original}}
    post = extract_source(POST, (answer(POST, _post_page(shared)),))
    assert post.author != "Other Channel"
    assert "voted to reopen" not in post.text


_CHANNEL_METADATA = {
    "title": "City Council TV",
    "externalId": "UCabcdefghijklmnopqrstuv",
    "vanityChannelUrl": "http://www.youtube.com/@citycounciltv",
}
_HIGHLIGHTED = f"https://www.youtube.com/@citycounciltv/community?lb={_POST_ID}"


def _community_tab(*posts: dict[str, Any]) -> str:
    """A channel's community tab (its name in `channelMetadataRenderer`) showing `posts`."""
    items = {"contents": [{"backstagePostThreadRenderer": {"post": post}} for post in posts]}
    section = {"sectionListRenderer": {"contents": [{"itemSectionRenderer": items}]}}
    tabs = {"tabs": [{"tabRenderer": {"content": section}}]}
    data = {
        "metadata": {"channelMetadataRenderer": _CHANNEL_METADATA},
        "contents": {"twoColumnBrowseResultsRenderer": tabs},
    }
    return _channel_page(json.dumps(data))


@pytest.mark.parametrize(
    ("link", "shown"),
    [
        (_HIGHLIGHTED, (_backstage("UgkxOTHERPOSTid", "City Council TV", "Budget meeting tonight."),)),
        (_HIGHLIGHTED, ()),
        (POST, (_backstage("UgkxOTHERPOSTid", "City Council TV", "Budget meeting tonight."),)),
    ],
)
def test_a_community_post_s_link_whose_page_shows_no_post_of_its_id_is_unavailable(
    link: str, shown: tuple[dict[str, Any], ...]
) -> None:
    # A deleted post's `?lb=` link shows the channel's tab: read as the channel's page, it was credited to the
    # channel, and a note citing the post by its channel (no date, no quote) was verified on a post that is
    # not there.
    post = extract_source(link, (answer(link, _community_tab(*shown)),))
    assert post.problem == "unavailable"
    assert f"not the post {_POST_ID}" in (post.problem_detail or "")
    citation = Citation(platform=Platform.YOUTUBE, author="City Council TV", url=link)
    given = dataclasses.replace(_dated(dt.date(2022, 1, 21), post), citation=citation)
    assert check_author(given).status != "pass"


def test_a_community_post_s_link_whose_page_shows_it_is_the_channel_s_post() -> None:
    shown = (
        _backstage("UgkxOTHERPOSTid", "City Council TV", "Budget meeting tonight."),
        _backstage(_POST_ID, "City Council TV", "The council voted to reopen the bridge."),
    )
    post = extract_source(_HIGHLIGHTED, (answer(_HIGHLIGHTED, _community_tab(*shown)),))
    assert (post.problem, post.author, post.post_id) == (None, "City Council TV", _POST_ID)
    assert post.text == "The council voted to reopen the bridge. Details below."
    citation = Citation(platform=Platform.YOUTUBE, author="City Council TV", url=_HIGHLIGHTED)
    given = dataclasses.replace(_dated(dt.date(2022, 1, 21), post), citation=citation)
    assert check_author(given).status == "pass"
    # A post sharing another's is the sharer's page, as read: never unavailable.
    original = _backstage("UgkxOTHERPOSTid", "Other Channel", "The council voted to reopen the bridge.")
    shared = {"sharedPostRenderer": {"postId": _POST_ID, "originalPost": original}}
    sharing = extract_source(_HIGHLIGHTED, (answer(_HIGHLIGHTED, _community_tab(shared)),))
    assert sharing.problem is None and "voted to reopen" not in sharing.text


@pytest.mark.parametrize(
    "link",
    [
        CHANNEL,
        f"{CHANNEL}/videos",
        f"{CHANNEL}/community",
        "https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv",
        "https://www.youtube.com/c/citycounciltv",
        "https://www.youtube.com/user/citycounciltv/about",
    ],
)
def test_a_channel_s_page_is_credited_to_the_channel_it_names(link: str) -> None:
    # Read as a bare page, a channel's page was credited to 'YouTube' (its og:site_name): `author` failed a
    # true note citing the channel.
    page = _channel_page(json.dumps({"metadata": {"channelMetadataRenderer": _CHANNEL_METADATA}}))
    post = extract_source(link, (answer(link, page),))
    assert (post.author, post.handle, post.author_id, post.published) == (
        "City Council TV",
        "citycounciltv",
        "UCabcdefghijklmnopqrstuv",
        None,
    )
    citation = Citation(
        platform=Platform.YOUTUBE, author="City Council TV", url=link, date=dt.date(2022, 1, 21)
    )
    given = dataclasses.replace(_dated(dt.date(2022, 1, 21), post), citation=citation)
    assert check_author(given).status == "pass"


def test_a_playlist_s_page_is_not_credited_to_a_channel_it_names() -> None:
    link = "https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG"
    page = _channel_page(json.dumps({"metadata": {"channelMetadataRenderer": _CHANNEL_METADATA}}))
    assert extract_source(link, (answer(link, page),)).author is None


SHORT = "https://www.youtube.com/shorts/Zq3bXk9TtA0"
SHORT_OEMBED = answer(youtube_oembed_url("Zq3bXk9TtA0"), asset("youtube_oembed.json"), json=True)


def _short_page(published: str = "2022-01-20T22:00:00-08:00") -> str:
    """A Short's page as YouTube answers it without scripts: no microdata, its time in the player's
    microformat only (`publishDate`, `uploadDate`), the next Shorts of the feed in `ytInitialData`."""
    return asset("youtube_shorts.html").decode().replace("2022-01-21T04:00:11-08:00", published)


@pytest.mark.parametrize("oembed", [SHORT_OEMBED, answer(SHORT_OEMBED.uri, "Unauthorized", status=401)])
def test_a_short_is_dated_by_its_player_s_publish_time_to_the_second(oembed: StoredResponse) -> None:
    # Posted at 22:00 in the channel's zone (-08:00), 06:00 UTC on the 21st, 08:00 in Kyiv: htmldate's guess
    # from the markup was the day 2022-01-20 alone, and a note dating it the 21st warned "compare by hand".
    post = extract_source(SHORT, (answer(SHORT, _short_page()), oembed))
    assert post.published is not None and post.published.isoformat() == "2022-01-21T06:00:00+00:00"
    assert not post.published_day_only
    assert post.published_from == "player microformat publishDate"
    assert check_date(_dated(dt.date(2022, 1, 21), post, SHORT)).status == "pass"


def test_a_short_whose_player_gives_a_date_alone_is_dated_that_day() -> None:
    page = _short_page("2022-01-21").replace('"uploadDate":"2022-01-21"', '"uploadDate":"2022-01-19"')
    post = extract_source(SHORT, (answer(SHORT, page), SHORT_OEMBED))
    assert post.published is not None and post.published.date() == dt.date(2022, 1, 21)
    assert post.published_day_only
    assert post.published_from == "player microformat publishDate"


def test_a_short_page_whose_player_shows_another_video_takes_no_time_from_it() -> None:
    # The page's player is another Short's (the feed moved on): its time is not the cited video's.
    page = _short_page().replace(
        '"videoDetails":{"videoId":"Zq3bXk9TtA0"', '"videoDetails":{"videoId":"pL8fQk2mXw4"'
    )
    post = extract_source(SHORT, (answer(SHORT, page), SHORT_OEMBED))
    assert post.published_from != "player microformat publishDate"
    assert "player publishDate" not in post.fields


SHORT_WORDS = (
    "The Pivnichnyi bridge reopened to traffic this morning after eight months of repairs. #kyiv #shorts"
)


def _quoting(post: SourcePost, words: str, url: str = VIDEO) -> CheckInput:
    given = _dated(dt.date(2022, 1, 21), post, url)
    context = Context(line=3, text=f'The council said the bridge "{words}".', quotes=(words,))
    return dataclasses.replace(given, footnote=given.footnote.model_copy(update={"contexts": (context,)}))


def test_a_short_s_description_its_own_player_gives_is_its_words_and_a_quote_of_it_is_found() -> None:
    # Without scripts the page shows none of the video's words: a quote of its description, the uploader's
    # own words the capture holds in the player's `videoDetails`, was "not found verbatim (a paraphrase?)".
    post = extract_source(SHORT, (answer(SHORT, _short_page()), SHORT_OEMBED))
    assert post.text == SHORT_WORDS
    assert check_quote(_quoting(post, "reopened to traffic this morning", SHORT)).status == "pass"
    # A page whose player is another Short's (the feed moved on) gives none of that one's words as the cited
    # video's.
    moved_on = _short_page().replace(
        '"videoDetails":{"videoId":"Zq3bXk9TtA0"', '"videoDetails":{"videoId":"pL8fQk2mXw4"'
    )
    assert extract_source(SHORT, (answer(SHORT, moved_on), SHORT_OEMBED)).text == ""


def test_a_watch_page_s_description_with_escapes_is_read_as_the_words_they_write() -> None:
    # As YouTube writes it: an apostrophe as `\u0027`, quotes and line breaks escaped.
    player = r'{"videoDetails":{"videoId":"dQw4w9WgXcQ","shortDescription":"Mayor\u0027s \"yes\"\nvote"}}'
    page = (
        asset("youtube_watch.html")
        .decode()
        .replace("</body>", f"<script>var ytInitialPlayerResponse = {player};</script></body>")
    )
    post = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert post.text == 'Mayor\'s "yes"\nvote'


def test_a_description_never_closed_is_read_in_linear_time() -> None:
    # A hostile page: the description's string never ends, 100,000 escapes and letters long.
    hostile = '"shortDescription":"' + "\\a" * 50_000
    page = _short_page().replace('"shortDescription":"', hostile, 1)
    started = time.perf_counter()
    post = extract_source(SHORT, (answer(SHORT, page), SHORT_OEMBED))
    assert time.perf_counter() - started < 2.0
    assert post.published is not None


def test_a_watch_page_s_microdata_time_is_kept_over_its_player_s() -> None:
    page = (
        asset("youtube_watch.html")
        .decode()
        .replace(
            "</body>",
            '<script>var ytInitialPlayerResponse = {"videoDetails":{"videoId":"dQw4w9WgXcQ"},"microformat":'
            '{"playerMicroformatRenderer":{"publishDate":"2022-01-25T00:00:00-08:00"}}};</script></body>',
        )
    )
    post = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert post.published is not None and post.published.isoformat() == "2022-01-21T12:00:11+00:00"
    assert post.published_from == "microdata datePublished"


def test_a_short_oembed_refuses_is_credited_to_the_channel_its_own_player_names() -> None:
    # oEmbed refuses a video whose embedding is off (401); a Short's page has no microdata, and the author
    # went unread: `author` warned on a true note.
    refused = answer(SHORT_OEMBED.uri, "Unauthorized", status=401)
    post = extract_source(SHORT, (answer(SHORT, _short_page()), refused))
    assert (post.author, post.handle) == ("City Council TV", "citycounciltv")
    assert check_author(_dated(dt.date(2022, 1, 21), post, SHORT)).status == "pass"


def test_a_short_page_whose_player_is_another_video_s_credits_no_channel_from_it() -> None:
    refused = answer(SHORT_OEMBED.uri, "Unauthorized", status=401)
    page = _short_page().replace(
        '"videoDetails":{"videoId":"Zq3bXk9TtA0"', '"videoDetails":{"videoId":"pL8fQk2mXw4"'
    )
    post = extract_source(SHORT, (answer(SHORT, page), refused))
    assert post.author is None


@pytest.mark.parametrize(
    "reason",
    [
        "Sign in to confirm you\\u2019re not a bot",
        "Melde dich an, um zu best\\u00e4tigen, dass du kein Bot bist",
        "Connectez-vous pour confirmer que vous n\\u0027\\u00eates pas un robot",
        "\\u0412\\u043e\\u0439\\u0434\\u0438\\u0442\\u0435, \\u0447\\u0442\\u043e\\u0431\\u044b "
        "\\u043f\\u043e\\u0434\\u0442\\u0432\\u0435\\u0440\\u0434\\u0438\\u0442\\u044c, "
        "\\u0447\\u0442\\u043e "
        "\\u0432\\u044b \\u043d\\u0435 \\u0431\\u043e\\u0442",
        "Faça login para confirmar que você não é um robô",
    ],
)
def test_youtube_s_not_a_bot_check_in_the_video_s_place_is_a_bot_check_not_a_deleted_video(
    reason: str,
) -> None:
    # YouTube keeps its videos from a visitor it takes for a bot; with no oEmbed answer beside the page, the
    # player's words made a live video "deleted or unavailable".
    post = extract_source(VIDEO, (answer(VIDEO, _watch_page("LOGIN_REQUIRED", reason)),))
    assert post.problem == "challenge"
    assert "YouTube took the capture for a bot" in (post.problem_detail or "")


def test_a_bot_check_in_the_player_s_place_is_a_bot_check_even_where_oembed_names_the_video() -> None:
    # YouTube's bot check on a page holding nothing of the video (its player's LOGIN_REQUIRED "not a bot"):
    # read from oEmbed's title and channel alone, `captured` passed on a page no one was shown the video on.
    page = _watch_page("LOGIN_REQUIRED", "Sign in to confirm you\\u2019re not a bot")
    post = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert post.problem == "challenge"
    assert (post.title, post.author, post.published) == (TITLE, "City Council TV", None)
    assert (post.problem_detail or "").startswith(
        "the watch page's player says 'Sign in to confirm you\u2019re not a bot' (LOGIN_REQUIRED): YouTube "
        f"took the capture for a bot and showed no video; oEmbed names the video {TITLE!r} by "
        "'City Council TV'"
    )
    # A page that still carries the video's metadata under the check is the watch page, read as such.
    shown = extract_source(VIDEO, (answer(VIDEO, _with_metadata(page)), OEMBED))
    assert (shown.problem, shown.title) == (None, TITLE)
    assert shown.published is not None


def test_a_video_kept_from_this_visitor_s_country_is_named_a_region_block() -> None:
    said = "The uploader has not made this video available in your country"
    post = extract_source(VIDEO, (answer(VIDEO, _watch_page("UNPLAYABLE", said)),))
    assert post.problem == "unavailable"
    assert post.problem_detail == (
        f"a region block: the watch page's player says {said!r} (UNPLAYABLE), and oEmbed shows no video"
    )


def test_a_removed_video_s_player_is_neither_a_bot_check_nor_a_region_block() -> None:
    post = extract_source(VIDEO, (answer(VIDEO, _watch_page("ERROR", "Video unavailable")),))
    assert post.problem == "unavailable"
    assert (post.problem_detail or "").startswith("the watch page's player says 'Video unavailable'")


def test_a_videos_language_is_never_its_watch_pages_interface_language() -> None:
    # YouTube answers its watch page in the fetcher's language (`<html lang="de-DE">` for a browser in
    # Germany): a Russian video was said to be in German.
    page = asset("youtube_watch.html").decode().replace('<html lang="en"', '<html lang="de-DE"')
    post = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert post.problem is None
    assert post.language is None


def _streamed_without_microdata(video: str = "Zq3bXk9TtA0") -> str:
    """A page of no microdata (as a Short's is served) for a past live stream set up on the 16th and
    broadcast on the 21st: its player's `publishDate` the day it was set up, its `liveBroadcastDetails` the
    broadcast."""
    broadcast = (
        '"liveBroadcastDetails":{"isLiveNow":false,"startTimestamp":"2022-01-21T17:00:04+00:00",'
        '"endTimestamp":"2022-01-21T19:31:52+00:00"},'
    )
    page = _short_page("2022-01-16T09:12:40-08:00").replace(
        '"playerMicroformatRenderer":{', '"playerMicroformatRenderer":{' + broadcast, 1
    )
    return page.replace('"videoDetails":{"videoId":"Zq3bXk9TtA0"', f'"videoDetails":{{"videoId":"{video}"')


def test_a_live_stream_on_a_page_without_microdata_is_dated_by_its_players_broadcast_start() -> None:
    # Dated by its player's `publishDate`, the 16th, when nothing had been said in it: a note dating it the
    # 16th was verified, and one dating its broadcast, the 21st, failed.
    post = extract_source(SHORT, (answer(SHORT, _streamed_without_microdata()), SHORT_OEMBED))
    assert post.published is not None and post.published.isoformat() == "2022-01-21T17:00:04+00:00"
    assert post.published_from == "player liveBroadcastDetails startTimestamp"
    assert post.fields["broadcast startTimestamp"] == "2022-01-21T17:00:04+00:00"
    assert check_date(_dated(dt.date(2022, 1, 21), post, SHORT)).status == "pass"
    assert check_date(_dated(dt.date(2022, 1, 16), post, SHORT)).status == "fail"


def test_another_videos_broadcast_in_the_pages_player_does_not_date_the_cited_one() -> None:
    page = _streamed_without_microdata("pL8fQk2mXw4")
    post = extract_source(SHORT, (answer(SHORT, page), SHORT_OEMBED))
    assert post.published_from != "player liveBroadcastDetails startTimestamp"


def test_a_comment_s_link_is_not_read_as_the_video_its_page_shows() -> None:
    # `&lc=`: YouTube's link to a viewer's comment, which opens the video's page with the comment on top
    # (drawn by its scripts: the capture holds none of it). Read as the comment, the channel passed `author`
    # and the video's day `date` for words a viewer wrote under it.
    cited = f"{VIDEO}&lc=UgzQ5b0Xx3v8h2Kf1wJ4AaABAg"
    page = _with_metadata(_watch_page("OK", ""))
    video = extract_source(VIDEO, (answer(VIDEO, page), OEMBED))
    assert (video.author, video.published) == (
        "City Council TV",
        dt.datetime(2022, 1, 21, 12, 0, 11, tzinfo=dt.UTC),
    )
    post = extract_source(cited, (answer(cited, page), OEMBED))
    assert post.problem is None
    assert (post.author, post.handle, post.published, post.title, post.text) == (None, None, None, None, "")
    assert "a comment (UgzQ5b0Xx3v8h2Kf1wJ4AaABAg) under the YouTube video dQw4w9WgXcQ" in (post.unread or "")
    assert post.fields["video shown, not the comment"] == f"{TITLE} · City Council TV · 2022-01-21"
    footnote = Footnote(
        label="1", text=f"City Council TV, YouTube, 21 January 2022, {cited}", line=3, urls=(cited,)
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, source=post, outcome=None
    )
    assert check_author(given).status != "pass"
    assert check_date(given).status != "pass"


def test_a_wayback_copy_of_a_watch_page_names_its_channel_s_handle_through_the_archive_s_link() -> None:
    # The copy writes the channel's link in the video's microdata as its own copy's
    # (`https://web.archive.org/web/<stamp>/http://www.youtube.com/@handle`): read as written, the channel had
    # no handle, and a note naming it by its `@handle` was held to its display name alone.
    wayback = "https://web.archive.org/web/20220121093018/"
    memento = f"{wayback}{VIDEO}"
    channel = 'href="http://www.youtube.com/@citycounciltv"'
    page = asset("youtube_watch.html").decode()
    assert channel in page
    copy = page.replace(channel, f'href="{wayback}http://www.youtube.com/@citycounciltv"')
    post = extract_source(VIDEO, (answer(memento, copy),), start=memento)
    assert (post.problem, post.author, post.handle) == (None, "City Council TV", "citycounciltv")
