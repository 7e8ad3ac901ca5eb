"""X/Twitter: syndication JSON, oEmbed, the snowflake time, tombstones and the script-shell status page."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.quote import check_quote
from provenance.extractors import extract_source
from provenance.extractors.twitter import other_version_url, read_tweet_result, status_id_time
from provenance.models import CheckResult, Citation, Context, Footnote, Platform, SourcePost
from provenance.side_urls import side_urls, syndication_url, twitter_oembed_url
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset, page, redirect

POST_ID = "1484307299693617728"
STATUS = f"https://x.com/MinPressOffice/status/{POST_ID}"
SYNDICATION = syndication_url(POST_ID)
OEMBED = twitter_oembed_url(f"https://twitter.com/MinPressOffice/status/{POST_ID}")


def test_syndication_json_gives_author_from_the_content_not_the_url() -> None:
    cited = f"https://x.com/SomeoneElse/status/{POST_ID}"  # any handle leads to the post
    post = extract_source(
        cited,
        (
            answer(cited, asset("x_status_shell.html")),
            answer(SYNDICATION, asset("tweet_result.json"), json=True),
        ),
    )
    assert post.problem is None
    assert (post.author, post.handle, post.author_id) == ("Ministry Press Office", "MinPressOffice", "783214")
    assert post.published == dt.datetime(2022, 1, 20, 23, 30, 12, tzinfo=dt.UTC)
    assert post.text.startswith("We never said that.")
    assert post.language == "en"


def test_the_post_text_is_read_with_the_apis_html_escapes_undone() -> None:
    # The syndication API sends `&`, `<` and `>` as `&amp;`, `&lt;`, `&gt;`: a quote of the very words of
    # the post came out a "near match".
    data = {"id_str": POST_ID, "text": "Russia &amp; Belarus drills begin &lt;today&gt; &amp;amp;"}
    post = read_tweet_result(data, SYNDICATION)
    assert post is not None
    assert post.text == "Russia & Belarus drills begin <today> &amp;"


def test_the_post_a_tweet_quotes_is_kept_apart_from_its_own_words() -> None:
    # The syndication document of a quote post carries the quoted post: another account's words, kept (with
    # whose they are) for the quote check to name, never read as the post's text.
    data = json.loads(asset("tweet_result_quoting_another.json"))
    post = read_tweet_result(data, SYNDICATION)
    assert post is not None and "destroyed" not in post.text
    assert post.fields["quoted_post"] == (
        "BREAKING: the bridge at Kherson was destroyed overnight, sources say & more to come."
    )
    assert post.fields["quoted_post_author"] == "Rumour Mill, @rumourmill"


def test_tombstone_is_unavailable_with_what_x_says() -> None:
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, asset("tweet_tombstone.json"), json=True),
        ),
    )
    assert post.problem == "unavailable"
    assert "deleted by the Post author" in (post.problem_detail or "")


def _tombstone(words: str) -> str:
    return json.dumps(
        {"__typename": "TweetTombstone", "tombstone": {"text": {"text": words, "entities": [], "rtl": False}}}
    )


@pytest.mark.parametrize(
    ("words", "problem"),
    [
        (
            "Age-restricted adult content. This content might not be appropriate for people under 18 years "
            "old. To view this media, you\u2019ll need to log in to X. Learn more",
            "login-wall",
        ),
        ("This Post violated the X Rules. Learn more", "unavailable"),
        ("This Post is from a suspended account. Learn more", "unavailable"),
        ("This Post is unavailable. Learn more", "unavailable"),
    ],
)
def test_an_age_restricted_tombstone_is_a_login_wall_and_a_removed_post_s_is_unavailable(
    words: str, problem: str
) -> None:
    # An age-restricted post is there for a signed-in adult: named "deleted or unavailable", the ledger said
    # it may be gone. Either way, oEmbed's copy of it is not read as the post.
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, _tombstone(words), json=True),
            answer(OEMBED, asset("tweet_oembed.json"), json=True),
        ),
    )
    assert post.problem == problem
    assert words[:40] in (post.problem_detail or "")
    assert not post.text


@pytest.mark.parametrize(
    ("words", "problem"),
    [
        (
            "Contenido para adultos con restricción de edad. Es posible que este contenido no sea "
            "apropiado para personas menores de 18 años. Para ver este contenido multimedia, tendrás que "
            "iniciar sesión en X. Más información",
            "login-wall",
        ),
        (
            "Altersbeschränkter Inhalt für Erwachsene. Um dieses Medium anzusehen, musst du dich bei X "
            "anmelden. Mehr erfahren",
            "login-wall",
        ),
        (
            "Контент для взрослых с возрастными ограничениями. Чтобы просмотреть это медиа, войдите в X.",  # noqa: RUF001
            "login-wall",
        ),
        (
            "年齢制限のある成人向けコンテンツ。このメディアを表示するには、Xにログインする必要があります。",
            "login-wall",
        ),
        ("محتوى للبالغين مقيد بالعمر. لعرض هذه الوسائط، ستحتاج إلى تسجيل الدخول إلى X.", "login-wall"),
        ("Esta publicación fue eliminada por su autor. Más información", "unavailable"),
        ("Dieser Post stammt von einem gesperrten Account. Mehr erfahren", "unavailable"),
        ("Этот пост удален его автором. Подробнее", "unavailable"),  # noqa: RUF001
        ("このポストは投稿者により削除されました。詳細はこちら", "unavailable"),
        ("تم حذف هذا المنشور من قبل كاتبه. معرفة المزيد", "unavailable"),
    ],
)
def test_a_tombstone_in_another_language_is_a_login_wall_when_age_restricted_and_unavailable_when_removed(
    words: str, problem: str
) -> None:
    # X writes its tombstone in the reader's language: read in English alone, an age-restricted post told in
    # Spanish, German, Russian, Japanese or Arabic was called deleted or unavailable, though it is there for a
    # signed-in adult. A deleted or suspended account's post stays unavailable whatever its language.
    post = read_tweet_result(json.loads(_tombstone(words)), SYNDICATION, POST_ID)
    assert post is not None
    assert post.problem == problem
    assert words[:20] in (post.problem_detail or "")


@pytest.mark.parametrize(
    "words",
    [
        "This Post from @MinPressOffice has been withheld in Germany based on local law(s). Learn more",
        "This Post from @MinPressOffice has been withheld in India in response to a legal demand. Learn more",
        "This Post is not available in your country. Learn more",
        "Dieser Post von @MinPressOffice wurde in Deutschland aufgrund lokaler Gesetze zurückgehalten.",
        "Ce post de @MinPressOffice n'est pas disponible dans votre pays. En savoir plus",
        "Esta publicación no está disponible en tu país. Más información",
        "Этот пост недоступен в вашей стране. Подробнее",
        "Bu gönderi, yasal bir talebe yanıt olarak Türkiye'de engellendi. Daha fazla bilgi al",  # noqa: RUF001
        "هذا المنشور غير متاح في بلدك. معرفة المزيد",
    ],
)
def test_a_post_x_withholds_in_the_country_it_was_fetched_from_is_a_region_block(words: str) -> None:
    # X withholds a post in a country at a court's or a government's demand: it is there, shown elsewhere.
    # Called only "deleted or unavailable", the ledger told a reader the post may be gone.
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, _tombstone(words), json=True),
            answer(OEMBED, "{}", status=404, json=True),
        ),
    )
    assert post.problem == "unavailable"  # still no post to check: `captured` fails
    assert (post.problem_detail or "").startswith("a region block: X withholds the post in the country")
    assert words[:30] in (post.problem_detail or "")
    assert not post.text


@pytest.mark.parametrize(
    "notice",
    [
        "This Post from @MinPressOffice has been withheld in Germany based on local law(s).",
        "Этот пост недоступен в вашей стране.",
    ],
)
def test_a_status_page_saying_the_post_is_withheld_in_its_place_is_a_region_block(notice: str) -> None:
    # Neither side document answered; the page (a browser's copy) says why no post is shown.
    html = (
        asset("x_status_shell.html")
        .decode()
        .replace(
            '<div id="react-root"></div>',
            f'<div id="react-root"><main><div><span>{notice}</span> '
            '<a href="https://help.x.com">Learn more</a></div></main></div>',
        )
    )
    post = extract_source(STATUS, (answer(STATUS, html),))
    assert post.problem == "unavailable"
    assert (post.problem_detail or "").startswith("a region block: ")
    assert notice[:30] in (post.problem_detail or "")


def _drawn_status_page(shown: str) -> str:
    """The status page as a browser draws it (a `--browser` capture), `shown` in the post's place."""
    return (
        asset("x_status_shell.html")
        .decode()
        .replace(
            '<div id="react-root"></div>',
            f'<div id="react-root"><main><div>{shown}</div></main></div>',
        )
    )


@pytest.mark.parametrize(
    ("shown", "problem", "said"),
    [
        (
            "<span>Hmm...this page doesn\u2019t exist. Try searching for something else.</span>"
            "<a href='/explore'>Search</a>",
            "unavailable",
            "this page doesn\u2019t exist",
        ),
        (
            "<span>This Post was deleted by the Post author.</span> <a>Learn more</a>",
            "unavailable",
            "deleted",
        ),
        ("<span>This Post is from a suspended account.</span> <a>Learn more</a>", "unavailable", "suspended"),
        ("<span>These posts are protected</span>", "unavailable", "protected"),
        (
            "<span>Age-restricted adult content. This content might not be appropriate for people under 18 "
            "years old. To view this media, you\u2019ll need to log in to X.</span>",
            "login-wall",
            "Age-restricted",
        ),
    ],
)
def test_a_drawn_status_page_saying_why_no_post_is_shown_is_said_so(
    shown: str, problem: str, said: str
) -> None:
    # Neither side document answered (X refused both for a while); the page a browser drew says why it shows
    # no post: it was called a page that needs its scripts, which it had run, the ledger saying nothing of
    # what it showed.
    post = extract_source(STATUS, (answer(STATUS, _drawn_status_page(shown)),))
    assert post.problem == problem
    assert (post.problem_detail or "").startswith("the status page says ")
    assert said in (post.problem_detail or "")
    assert "neither the syndication JSON (not in the capture) nor oEmbed" in (post.problem_detail or "")


def test_a_drawn_short_post_saying_account_suspended_is_no_notice() -> None:
    # A post's own words, drawn on its page while both side documents were refused, are no word of X's.
    shown = "<article><span>Account suspended again, third time this month.</span></article>"
    post = extract_source(STATUS, (answer(STATUS, _drawn_status_page(shown)),))
    assert post.problem == "script-shell"


def test_a_long_page_about_a_deleted_post_is_no_notice() -> None:
    words = "Our reporter explains why this Post was deleted by the Post author and what it said. " * 30
    post = extract_source(STATUS, (answer(STATUS, _drawn_status_page(f"<p>{words}</p>")),))
    assert post.problem == "script-shell"


def test_a_long_page_quoting_a_withheld_notice_is_no_region_block() -> None:
    words = "Our reporter explains why this post has been withheld in Turkey and what it said. " * 30
    html = (
        asset("x_status_shell.html")
        .decode()
        .replace('<div id="react-root"></div>', f'<div id="react-root"><main><p>{words}</p></main></div>')
    )
    post = extract_source(STATUS, (answer(STATUS, html),))
    assert "region block" not in (post.problem_detail or "")


@pytest.mark.parametrize(
    "words",
    [
        # Withheld everywhere on a copyright holder's report: no region's block.
        "This Post from @MinPressOffice has been withheld in response to a report from the copyright "
        "holder. Learn more",
        "This Post was deleted by the Post author. Learn more",
        "This Post is from a suspended account. Learn more",
    ],
)
def test_a_post_withheld_for_copyright_or_deleted_is_no_region_block(words: str) -> None:
    post = read_tweet_result(json.loads(_tombstone(words)), SYNDICATION, POST_ID)
    assert post is not None and post.problem == "unavailable"
    assert "region block" not in (post.problem_detail or "")


def _withheld_tweet(text: str, **marks: object) -> dict[str, object]:
    """The syndication answer's tweet object of the Ministry's post, with X's withheld marks (`marks`, the
    account's under `user`) and `text`."""
    data = json.loads(asset("tweet_result.json"))
    user_marks = marks.pop("user", {})
    assert isinstance(user_marks, dict)
    data["user"].update(user_marks)
    return {**data, "text": text, **marks}


@pytest.mark.parametrize(
    ("text", "marks", "everywhere"),
    [
        (
            "This Post from @MinPressOffice has been withheld in Germany based on local law(s). Learn more",
            {"withheld_in_countries": ["DE"], "withheld_scope": "status"},
            False,
        ),
        (
            "@MinPressOffice's account has been withheld in India in response to a legal demand. Learn more",
            {"user": {"withheld_in_countries": ["IN"]}},
            False,
        ),
        # No marks: X's English notice naming the post's own account.
        (
            "This Post from @MinPressOffice has been withheld in Türkiye based on local law(s). Learn more",
            {},
            False,
        ),
        ("Этот пост недоступен в вашей стране. Подробнее", {"withheld_in_countries": ["RU"]}, False),
        (
            "This Post from @MinPressOffice has been withheld in response to a report from the copyright "
            "holder. Learn more",
            {"withheld_copyright": True, "withheld_in_countries": ["XY"]},
            True,
        ),
    ],
)
def test_a_tweet_object_holding_x_s_withheld_notice_in_the_posts_place_is_never_read_as_the_post(
    text: str, marks: dict[str, object], everywhere: bool
) -> None:
    # X's answer keeps a withheld post's id, time and author, its text X's notice: read as the post, it passed
    # `captured`, `author` and `date` on a post the capture never showed (oEmbed, asked from elsewhere, shows
    # it).
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, json.dumps(_withheld_tweet(text, **marks)), json=True),
            answer(OEMBED, asset("tweet_oembed.json"), json=True),
        ),
    )
    assert post.problem == "unavailable"
    assert post.text == ""
    assert text[:30] in (post.problem_detail or "")
    assert ("region block" in (post.problem_detail or "")) is not everywhere
    assert ("every reader" in (post.problem_detail or "")) is everywhere


def test_a_post_withheld_only_elsewhere_is_read_with_the_countries_it_is_withheld_in() -> None:
    # Shown where it was asked from: the post, its own words, with where X withholds it kept for the record.
    data = _withheld_tweet("We never said that. Check the source.", withheld_in_countries=["de", "FR"])
    post = read_tweet_result(data, SYNDICATION, POST_ID)
    assert post is not None and post.problem is None
    assert post.text == "We never said that. Check the source."
    assert post.fields["withheld_in_countries"] == "DE FR"


def test_a_post_of_another_accounts_withheld_notice_unmarked_is_that_accounts_post() -> None:
    # A reporter posting the notice X showed them of another's post: their own words, no notice in its place.
    words = "This Post from @rumourmill has been withheld in Germany based on local law(s). Learn more"
    post = read_tweet_result(_withheld_tweet(words), SYNDICATION, POST_ID)
    assert post is not None and post.problem is None and post.text == words


def test_a_tombstone_linking_to_x_s_withheld_by_country_help_is_a_region_block_in_any_language() -> None:
    # Its words in a language not read (Indonesian), its "Learn more" link says why X shows no post.
    words = (
        "Postingan dari @MinPressOffice ini ditahan di Jerman berdasarkan hukum setempat. "
        "Pelajari selengkapnya"
    )
    link = "https://help.twitter.com/rules-and-policies/tweet-withheld-by-country"
    data = {
        "__typename": "TweetTombstone",
        "tombstone": {
            "text": {
                "text": words,
                "entities": [
                    {"from_index": 82, "to_index": 102, "ref": {"url": link, "url_type": "ExternalUrl"}}
                ],
                "rtl": False,
            }
        },
    }
    post = read_tweet_result(data, SYNDICATION, POST_ID)
    assert post is not None and post.problem == "unavailable"
    assert (post.problem_detail or "").startswith("a region block: ")


@pytest.mark.parametrize(
    ("reason", "blocked"), [("Withheld", True), ("Suspended", False), ("Protected", False)]
)
def test_x_s_tweet_unavailable_reason_withheld_is_a_region_block(reason: str, blocked: bool) -> None:
    data = {"__typename": "TweetUnavailable", "reason": reason}
    post = read_tweet_result(data, SYNDICATION, POST_ID)
    assert post is not None and post.problem == "unavailable"
    assert ("region block" in (post.problem_detail or "")) is blocked
    assert repr(reason) in (post.problem_detail or "")


@pytest.mark.parametrize(
    "answer_json",
    ['{"__typename":"TweetTombstone","tombstone":{}}', '{"__typename":"TweetTombstone"}'],
)
def test_a_tombstone_naming_no_reason_is_an_age_restricted_post_s_login_wall_not_a_deleted_post(
    answer_json: str,
) -> None:
    # X's anonymous answer names why a post was deleted or removed, but nothing for an age-restricted one:
    # called "deleted or unavailable", the ledger told a reader a post still there may be gone. oEmbed's copy
    # is still not read as the post.
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, answer_json, json=True),
            answer(OEMBED, asset("tweet_oembed.json"), json=True),
        ),
    )
    assert post.problem == "login-wall"
    assert "names no reason" in (post.problem_detail or "")
    assert "age-restricted" in (post.problem_detail or "")
    assert not post.text


def test_oembed_404_is_unavailable() -> None:
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, "{}", json=True),
            answer(OEMBED, "", status=404),
        ),
    )
    assert post.problem == "unavailable"


def test_a_post_oembed_calls_gone_is_unavailable_though_the_syndication_cache_still_shows_it() -> None:
    # oEmbed answers 404 for a deleted post (or a suspended or protected account's) while the syndication
    # CDN may still serve it from its cache: the cache alone won, and the footnote was verified on a post the
    # cited URL no longer shows. `captured` now fails saying the two disagree, with the post kept to read.
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, asset("tweet_result.json"), json=True),
            answer(OEMBED, "", status=404),
        ),
    )
    assert post.problem == "unavailable"
    assert "oEmbed answers 404" in (post.problem_detail or "")
    assert "syndication JSON still shows it" in (post.problem_detail or "")
    assert post.text.startswith("We never said that.") and post.handle == "MinPressOffice"
    assert post.published == dt.datetime(2022, 1, 20, 23, 30, 12, tzinfo=dt.UTC)


def test_a_post_both_syndication_and_oembed_show_is_read_from_the_syndication_json() -> None:
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, asset("tweet_result.json"), json=True),
            answer(OEMBED, asset("tweet_oembed.json"), json=True),
        ),
    )
    assert post.problem is None
    assert (post.author, post.handle) == ("Ministry Press Office", "MinPressOffice")
    assert post.text.startswith("We never said that.")


def test_a_protected_account_s_post_oembed_refuses_is_unavailable_though_the_syndication_cache_shows_it() -> (
    None
):
    # A protected account's posts are for its followers: oEmbed answers 403 "not authorized to see this
    # status", and the syndication cache's copy alone let the footnote be verified on a post no reader of the
    # cited URL can see.
    protected = '{"error":"Sorry, you are not authorized to see this status."}'
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, asset("tweet_result.json"), json=True),
            answer(OEMBED, protected, status=403),
        ),
    )
    assert post.problem == "unavailable"
    assert "oEmbed answers 403 ('not authorized to see this status': the account is protected)" in (
        post.problem_detail or ""
    )
    assert post.text.startswith("We never said that.")
    # Without the syndication JSON too.
    alone = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, "", status=500),
            answer(OEMBED, protected, status=403),
        ),
    )
    assert alone.problem == "unavailable" and "the account is protected" in (alone.problem_detail or "")


@pytest.mark.parametrize(
    ("status", "body"),
    [(429, ""), (500, ""), (503, ""), (403, ""), (403, "<html><title>Access denied</title></html>")],
)
def test_an_oembed_that_failed_otherwise_leaves_the_syndication_post_as_read(status: int, body: str) -> None:
    # Only a 404, or a 403 saying the account is protected, says the post is gone: a rate limit, a server
    # error or a refusal of the asking address says nothing about it.
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, asset("tweet_result.json"), json=True),
            answer(OEMBED, body, status=status),
        ),
    )
    assert post.problem is None and post.handle == "MinPressOffice"


def test_oembed_alone_gives_author_and_text_with_the_snowflake_time() -> None:
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, "", status=500),
            answer(OEMBED, asset("tweet_oembed.json"), json=True),
        ),
    )
    assert (post.author, post.handle) == ("Ministry Press Office", "MinPressOffice")
    assert post.text.startswith("We never said that.")
    assert post.published == dt.datetime(2022, 1, 20, 23, 30, 12, tzinfo=dt.UTC)
    assert post.published_from == "snowflake id"


@pytest.mark.parametrize(
    ("syndication", "said"),
    [
        (answer(SYNDICATION, "", status=404), "it answered HTTP 404"),
        (None, "it is not in the capture"),
        (answer(SYNDICATION, json.dumps({"id_str": "1484307299693617999"}), json=True), "of this id"),
    ],
)
def test_a_post_read_from_oembed_alone_says_the_syndication_json_was_not_read(
    syndication: StoredResponse | None, said: str
) -> None:
    # The syndication JSON answers 404 for a post it has not cached yet (or shows another), and oEmbed shows
    # the post: its words, author and id's time are read from oEmbed, but a pass never said that X's time of
    # it, its edits, the post it quotes and a Community Note under it went unread.
    answers = [
        answer(STATUS, asset("x_status_shell.html")),
        answer(OEMBED, asset("tweet_oembed.json"), json=True),
        *([syndication] if syndication is not None else []),
    ]
    post = extract_source(STATUS, tuple(answers))
    assert post.problem is None and post.published_from == "snowflake id"
    assert (post.author, post.handle) == ("Ministry Press Office", "MinPressOffice")
    assert post.unread is not None
    assert post.unread.startswith("X's syndication JSON was not read (")
    assert said in post.unread.partition(")")[0]
    assert "Community Note" in post.unread and "edited" in post.unread
    # Read from the syndication JSON, nothing is unread.
    both = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, asset("tweet_result.json"), json=True),
            answer(OEMBED, asset("tweet_oembed.json"), json=True),
        ),
    )
    assert both.unread is None


def test_oembed_of_another_post_than_the_one_asked_for_gives_that_post_s_id_and_time() -> None:
    # The post id came from the cited URL whatever the answer showed: another status read as the cited one.
    cited_id = "1484307299693617733"
    cited = f"https://x.com/old_handle/status/{cited_id}"
    oembed = twitter_oembed_url(f"https://twitter.com/old_handle/status/{cited_id}")
    post = extract_source(
        cited,
        (
            answer(cited, asset("x_status_shell.html")),
            answer(syndication_url(cited_id), "", status=503),
            answer(oembed, asset("tweet_oembed_of_another_post.json"), json=True),
        ),
    )
    assert (post.post_id, post.handle) == ("1484307299693617700", "new_handle")
    assert post.published == dt.datetime(2022, 1, 20, 23, 30, 12, tzinfo=dt.UTC)
    assert post.published_from == "snowflake id"


def test_oembed_html_nested_deeper_than_a_browser_nests_is_read_only_that_far() -> None:
    # The oEmbed answer's markup was parsed as it came: 1.6 MB of nested `<div>` took the parser minutes.
    oembed = json.loads(asset("tweet_oembed.json"))
    oembed["html"] = oembed["html"] + "<div>" * 150_000 + "</div>" * 150_000
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, "", status=500),
            answer(OEMBED, json.dumps(oembed), json=True),
        ),
    )
    assert post.text.startswith("We never said that.")


def test_status_page_without_side_json_is_a_script_shell_never_content() -> None:
    post = extract_source(STATUS, (answer(STATUS, asset("x_status_shell.html")),))
    assert post.problem == "script-shell"
    assert (post.problem_detail or "").endswith(
        "neither the syndication JSON (not in the capture) nor oEmbed (not in the capture) was read"
    )
    assert post.published == dt.datetime(2022, 1, 20, 23, 30, 12, tzinfo=dt.UTC)  # still known from the id


@pytest.mark.parametrize(
    ("syndication", "oembed", "said"),
    [
        (429, 429, "neither the syndication JSON (HTTP 429) nor oEmbed (HTTP 429) was read"),
        (404, 429, "neither the syndication JSON (HTTP 404) nor oEmbed (HTTP 429) was read"),
    ],
)
def test_side_documents_refused_for_too_many_requests_are_a_refusal_that_says_nothing_of_the_post(
    syndication: int, oembed: int, said: str
) -> None:
    # Both refused with HTTP 429: the footnote failed as a script shell "neither … was available", which
    # told no one that X refused the client for a while and a later capture may read the post.
    refusal = '{"errors":[{"message":"Rate limit exceeded","code":88}]}'
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, refusal, status=syndication, json=True),
            answer(OEMBED, refusal, status=oembed, json=True),
        ),
    )
    assert post.problem == "challenge"
    detail = post.problem_detail or ""
    assert "the platform refused this client for now (HTTP 429, too many requests)" in detail
    assert said in detail and "says nothing of whether the post is there" in detail


def test_a_side_document_held_back_after_a_429_is_a_refusal_too() -> None:
    held = (
        "skipped: cdn.syndication.twimg.com answered HTTP 429 and asked for no requests until "
        "2026-12-03T10:00:00Z"
    )
    post = extract_source(
        STATUS,
        (answer(STATUS, asset("x_status_shell.html")), answer(OEMBED, "", status=503)),
        failures=((SYNDICATION, held),),
    )
    assert post.problem == "challenge"
    assert f"neither the syndication JSON ({held}) nor oEmbed (HTTP 503) was read" in (
        post.problem_detail or ""
    )


def test_syndication_document_that_is_not_a_tweet_is_refused() -> None:
    assert read_tweet_result({"id_str": "not a number"}, SYNDICATION) is None
    assert read_tweet_result({"id_str": "\u00b2"}, SYNDICATION) is None, "`²` passes isdigit, not int()"
    assert read_tweet_result(["a", "list"], SYNDICATION) is None
    assert read_tweet_result({"id_str": POST_ID, "user": "not an object"}, SYNDICATION) is not None
    assert page(STATUS).answer() is None


@pytest.mark.parametrize("text", [True, 7, ["X says"], None])
def test_a_tombstone_whose_text_is_no_object_still_says_the_post_is_unavailable(text: object) -> None:
    # `tombstone.text` other than an object made the whole page "could not be read" (AttributeError).
    post = read_tweet_result({"tombstone": {"text": text}}, SYNDICATION)
    assert post is not None and post.problem == "unavailable"
    assert post.problem_detail == "X shows a tombstone"


def test_syndication_json_of_another_post_is_not_taken_for_the_cited_one() -> None:
    # The answer to `tweet-result?id=N` that describes post M says nothing about N: without its own side
    # documents the status page is a script shell, never a verified post.
    other = asset("tweet_result.json").replace(POST_ID.encode(), b"1484307299693617999")
    post = extract_source(
        STATUS,
        (answer(STATUS, asset("x_status_shell.html")), answer(SYNDICATION, other, json=True)),
    )
    assert post.problem == "script-shell"
    assert read_tweet_result({"id_str": "1484307299693617999"}, SYNDICATION, POST_ID) is None


def test_a_status_id_longer_than_any_snowflake_has_no_time_and_no_crash() -> None:
    huge = "https://x.com/MinPressOffice/status/" + "9" * 40
    post = extract_source(huge, (answer(huge, asset("x_status_shell.html")),))
    assert post.problem == "script-shell" and post.published is None
    assert "not read" not in post.fields


def _old_post(post_id: str, created_at: str) -> tuple[str, list[StoredResponse]]:
    """The status URL of a post of `post_id`, and its capture: the shell, X's syndication answer (`created_at`
    its time) and oEmbed's."""
    cited = f"https://x.com/MinPressOffice/status/{post_id}"
    data = {**json.loads(asset("tweet_result.json")), "id_str": post_id, "created_at": created_at}
    oembed = asset("tweet_oembed.json").replace(POST_ID.encode(), post_id.encode())
    return cited, [
        answer(cited, asset("x_status_shell.html")),
        answer(syndication_url(post_id), json.dumps(data), json=True),
        answer(side_urls(cited)[1], oembed, json=True),
    ]


def test_the_last_id_given_in_sequence_is_dated_by_x_never_by_a_made_up_snowflake_time() -> None:
    # 29700859247 is the last id X gave in sequence, a post of 21:02:48 UTC on 4 November 2010. Read as a
    # snowflake, its time was 01:43:01 that day, and X's own `created_at`, hours from it, was set aside: a
    # note dating it 5 November (Moscow's day at 00:02) failed, and its time of day warned.
    cited, responses = _old_post("29700859247", "2010-11-04T21:02:48.000Z")
    post = extract_source(cited, tuple(responses))
    assert post.published == dt.datetime(2010, 11, 4, 21, 2, 48, tzinfo=dt.UTC)
    assert post.published_from == "syndication created_at"
    # Without X's answer, nothing dates it: no time made up from its id.
    post = extract_source(cited, (responses[0], responses[2]))
    assert post.problem is None and post.published is None


def test_a_post_of_2009_is_dated_by_x_s_created_at_and_a_snowflake_of_november_2010_by_its_id() -> None:
    cited, responses = _old_post("5012345678", "2009-10-21T18:05:00.000Z")
    post = extract_source(cited, tuple(responses))
    assert (post.published, post.published_from) == (
        dt.datetime(2009, 10, 21, 18, 5, tzinfo=dt.UTC),
        "syndication created_at",
    )
    assert extract_source(cited, (responses[0], responses[2])).published is None
    # One of the first snowflakes, the next morning: its id dates it, and a `created_at` hours away gives way.
    cited, responses = _old_post("517683409846272", "2010-11-04T21:02:48.000Z")
    post = extract_source(cited, tuple(responses))
    assert (post.published, post.published_from) == (
        dt.datetime(2010, 11, 5, 12, 0, tzinfo=dt.UTC),
        "snowflake id",
    )


def test_a_post_given_its_id_in_sequence_is_dated_by_no_created_at_after_the_last_such_id() -> None:
    # Ids were given in sequence until 4 November 2010: an answer dating such a post later is not of its time.
    cited, responses = _old_post("5012345678", "2022-01-20T23:30:12.000Z")
    post = extract_source(cited, tuple(responses))
    assert post.problem is None and post.published is None
    assert post.fields["created_at"] == "2022-01-20T23:30:12.000Z"  # kept in the record, as sent
    # The last of them, of that evening, keeps X's time.
    cited, responses = _old_post("29700859247", "2010-11-04T21:02:48.000Z")
    assert extract_source(cited, tuple(responses)).published_from == "syndication created_at"


@pytest.mark.parametrize("post_id", ["9223372036854775808", "18446744073709551616", "99999999999999999999"])
def test_a_status_id_above_any_snowflake_has_no_time(post_id: str) -> None:
    # A snowflake's top bit is never set: such a number, of 19 or 20 digits, was read as a post of 2080 to
    # 2766, a time no X post has, kept as the capture's time.
    cited = f"https://x.com/MinPressOffice/status/{post_id}"
    post = extract_source(cited, (answer(cited, asset("x_status_shell.html")),))
    assert post.problem == "script-shell" and post.published is None
    # The largest snowflake still carries its time.
    assert status_id_time("9223372036854775807") == dt.datetime(
        2080, 7, 10, 17, 30, 30, 208000, tzinfo=dt.UTC
    )


MEMENTO = f"https://web.archive.org/web/20220121000000/https://twitter.com/MinPressOffice/status/{POST_ID}"
ARCHIVED_STATUS_PAGE = (
    '<html><head><meta property="og:title" content="Ministry Press Office on Twitter">'
    '<meta property="og:description" content="&#8220;We never said that. Check the source.&#8221;">'
    "</head><body>JavaScript is not available.</body></html>"
)


def test_an_archived_status_page_gives_the_post_from_its_og_tags_with_the_snowflake_time() -> None:
    # A Wayback copy of a tweet was a "script shell": its og: tags, which hold the post, were not read.
    post = extract_source(STATUS, (answer(MEMENTO, ARCHIVED_STATUS_PAGE),), start=MEMENTO)
    assert post.problem is None
    assert post.text == "We never said that. Check the source."
    assert (post.author, post.handle) == ("Ministry Press Office", None), "the title names no account"
    assert post.published == dt.datetime(2022, 1, 20, 23, 30, 12, tzinfo=dt.UTC)
    assert post.published_from == "snowflake id"
    assert post.fields["og:description"].startswith("\u201cWe never said that.")


# X's page for a reader it shows no post to (a login prompt, its generic shell), as archives kept many status
# links from 2023 on: its tags are X's own, naming no post.
X_GENERIC_PAGE = (
    '<html><head><title>X</title><meta property="og:title" content="X">'
    '<meta property="og:description" content="From breaking news and entertainment to sports and politics, '
    'get the full story with all the live commentary."><meta property="og:site_name" content="X">'
    "</head><body>JavaScript is not available.</body></html>"
)


def test_an_archived_status_page_whose_tags_name_no_post_is_not_read_as_the_post() -> None:
    # X's generic description was read as the post's words: the copy passed `captured`, and the status id's
    # time `date`, on a copy that holds no post.
    post = extract_source(STATUS, (answer(MEMENTO, X_GENERIC_PAGE),), start=MEMENTO)
    assert post.problem == "script-shell"
    assert post.text == "" and post.author is None


def test_an_archived_status_page_whose_og_url_names_the_status_is_read_whatever_its_titles_language() -> None:
    page = (
        '<html><head><meta property="og:title" content="Ministry Press Office en Twitter">'
        '<meta property="og:description" content="&#8220;Nunca dijimos eso.&#8221;">'
        f'<meta property="og:url" content="https://twitter.com/MinPressOffice/status/{POST_ID}">'
        "</head><body>JavaScript is not available.</body></html>"
    )
    post = extract_source(STATUS, (answer(MEMENTO, page),), start=MEMENTO)
    assert (post.problem, post.text, post.post_id) == (None, "Nunca dijimos eso.", POST_ID)


@pytest.mark.parametrize(
    ("title", "description", "author", "handle", "words"),
    [
        (
            "Ministry Press Office en Twitter",
            "\u201cNunca dijimos eso.\u201d",
            "Ministry Press Office",
            None,
            "Nunca dijimos eso.",
        ),
        (
            'Ministry Press Office (@MinPressOffice) auf X: "Das haben wir nie gesagt." / X',
            "\u201eDas haben wir nie gesagt.\u201c",
            "Ministry Press Office",
            "MinPressOffice",
            "Das haben wir nie gesagt.",
        ),
        (
            "Ministry Press Office sur X : \u00ab Nous n\u2019avons jamais dit cela. \u00bb / X",
            "\u00ab Nous n\u2019avons jamais dit cela. \u00bb",
            "Ministry Press Office",
            None,
            "Nous n\u2019avons jamais dit cela.",
        ),
        (
            "Пресс-служба в Twitter",
            "\u00abМы этого не говорили.\u00bb",  # noqa: RUF001
            "Пресс-служба",
            None,
            "Мы этого не говорили.",
        ),
    ],
)
def test_an_archived_status_page_in_another_language_names_its_author_and_is_read_without_og_url(
    title: str, description: str, author: str, handle: str | None, words: str
) -> None:
    # Its title was read in English alone ("Name on Twitter"): a Spanish, German, French or Russian copy
    # named no author (`author` warned on a true note) and, with no `og:url`, was no post at all (a script
    # shell, though the copy holds the post).
    page = (
        f'<html><head><meta property="og:title" content="{title}">'
        f'<meta property="og:description" content="{description}">'
        "</head><body>JavaScript is not available.</body></html>"
    )
    post = extract_source(STATUS, (answer(MEMENTO, page),), start=MEMENTO)
    assert post.problem is None
    assert (post.author, post.handle, post.text) == (author, handle, words)
    assert post.post_id == POST_ID


def test_the_live_status_page_is_a_script_shell_even_with_og_tags() -> None:
    # Live, the side documents are the post's evidence: the page's own tags are not read as the post.
    post = extract_source(STATUS, (answer(STATUS, ARCHIVED_STATUS_PAGE),))
    assert post.problem == "script-shell"


def test_a_syndication_created_at_far_from_its_id_s_time_gives_way_to_the_snowflake() -> None:
    # The id is the cited URL's and carries the post's time: a `created_at` five days later was taken as
    # the post's time, and a note citing that later day was verified.
    data = json.loads(asset("tweet_result.json"))
    data["created_at"] = "2022-01-25T12:00:00.000Z"
    post = extract_source(
        STATUS,
        (answer(STATUS, asset("x_status_shell.html")), answer(SYNDICATION, json.dumps(data), json=True)),
    )
    assert post.published == dt.datetime(2022, 1, 20, 23, 30, 12, tzinfo=dt.UTC)
    assert post.published_from == "snowflake id"
    assert post.fields["created_at"] == "2022-01-25T12:00:00.000Z"  # kept in the record, as sent


def test_a_syndication_created_at_within_its_id_s_second_is_the_post_s_time() -> None:
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, asset("tweet_result.json"), json=True),
        ),
    )
    assert post.published == dt.datetime(2022, 1, 20, 23, 30, 12, tzinfo=dt.UTC)
    assert post.published_from == "syndication created_at"


@pytest.mark.parametrize(
    "hiding",
    [
        "<script>var words = '{text}'</script>",
        "<span hidden>{text}</span>",
        "<span style='display:none'>{text}</span>",
    ],
)
def test_oembed_words_a_reader_does_not_see_are_not_the_post_s_text(hiding: str) -> None:
    # The blockquote's text was read with its scripts and hidden elements: a quote found only there passed.
    oembed = json.loads(asset("tweet_oembed.json"))
    hidden = hiding.format(text="The statement circulating tonight is fabricated.")
    oembed["html"] = oembed["html"].replace(
        "We never said that. The statement circulating tonight is fabricated. Check the source.",
        f"We never said that.{hidden}",
    )
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, "", status=503),
            answer(OEMBED, json.dumps(oembed), json=True),
        ),
    )
    assert post.text == "We never said that."


def test_a_syndication_post_without_a_display_name_takes_none_from_an_oembed_of_another_post() -> None:
    # The syndication answer (the cited id, @old_handle, no `user.name`) was given the display name of
    # whatever post the oEmbed answer showed: another account's name read as the cited post's author.
    cited_id = "1484307299693617733"
    cited = f"https://x.com/old_handle/status/{cited_id}"
    data = {
        "__typename": "Tweet",
        "id_str": cited_id,
        "text": "The harbour is closed.",
        "user": {"screen_name": "old_handle", "id_str": "1"},
    }
    oembed = twitter_oembed_url(f"https://twitter.com/old_handle/status/{cited_id}")
    responses = (
        answer(cited, asset("x_status_shell.html")),
        answer(syndication_url(cited_id), json.dumps(data), json=True),
    )
    another = extract_source(
        cited, (*responses, answer(oembed, asset("tweet_oembed_of_another_post.json"), json=True))
    )
    assert (another.post_id, another.handle, another.author) == (cited_id, "old_handle", None)
    same = json.loads(asset("tweet_oembed_of_another_post.json"))
    same["html"] = same["html"].replace("1484307299693617700", cited_id)
    this = extract_source(cited, (*responses, answer(oembed, json.dumps(same), json=True)))
    assert this.author == "Jane Doe"


RETWEETED_ID = "1483348431467446272"  # a snowflake of 2022-01-18 08:00:00 UTC
RETWEET_ID = "1485975743493046272"  # a snowflake of 2022-01-25 14:00:00 UTC
RETWEET = f"https://twitter.com/MinPressOffice/status/{RETWEET_ID}"
RETWEET_MEMENTO = f"https://web.archive.org/web/20220126000000/{RETWEET}"
RETWEETED_MEMENTO = (
    f"https://web.archive.org/web/20220126000001/https://twitter.com/rumourmill/status/{RETWEETED_ID}"
)


def _archived_retweeted_post(og_url: str | None) -> str:
    link = f'<meta property="og:url" content="{og_url}">' if og_url else ""
    return (
        '<html><head><meta property="og:title" content="Rumour Mill on Twitter">'
        '<meta property="og:description" '
        'content="&#8220;The bridge at Kherson was destroyed overnight.&#8221;">'
        f"{link}</head><body>JavaScript is not available.</body></html>"
    )


@pytest.mark.parametrize("og_url", [f"https://twitter.com/rumourmill/status/{RETWEETED_ID}", None])
def test_an_archived_retweet_link_that_ended_at_the_retweeted_post_is_that_post(og_url: str | None) -> None:
    # Twitter sent a retweet's link to the retweeted post, and the Wayback Machine followed: the copy shows
    # that post, but it was read as the cited retweet, with the retweet's id and time: a note giving the
    # retweeted author and the retweet's day was verified on a post made a week before.
    post = extract_source(
        RETWEET,
        (
            redirect(RETWEET_MEMENTO, RETWEETED_MEMENTO),
            answer(RETWEETED_MEMENTO, _archived_retweeted_post(og_url)),
        ),
        start=RETWEET_MEMENTO,
    )
    assert post.text == "The bridge at Kherson was destroyed overnight."
    assert post.post_id == RETWEETED_ID
    assert post.published == dt.datetime(2022, 1, 18, 8, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "og_url",
    [
        f"https://twitter.com/rumourmill/status/{RETWEETED_ID}",
        RETWEETED_MEMENTO,
        # The Wayback Machine's link from its root: read as written, the copy was the retweet, dated a week
        # after the post it shows.
        RETWEETED_MEMENTO.removeprefix("https://web.archive.org"),
    ],
    ids=["as-x-wrote-it", "as-the-archive-rewrote-it", "from-the-archive-s-root"],
)
def test_an_archived_retweet_link_served_as_the_retweeted_post_is_that_post(og_url: str) -> None:
    # No redirect in the capture: the archive answered the retweet's link with the retweeted post's page.
    page = _archived_retweeted_post(og_url)
    post = extract_source(RETWEET, (answer(RETWEET_MEMENTO, page),), start=RETWEET_MEMENTO)
    assert post.post_id == RETWEETED_ID
    assert post.published == dt.datetime(2022, 1, 18, 8, 0, tzinfo=dt.UTC)


def test_an_archived_status_page_of_the_cited_post_keeps_its_id_and_time() -> None:
    own = _archived_retweeted_post(f"https://twitter.com/rumourmill/status/{RETWEETED_ID}")
    cited = f"https://twitter.com/rumourmill/status/{RETWEETED_ID}"
    post = extract_source(cited, (answer(RETWEETED_MEMENTO, own),), start=RETWEETED_MEMENTO)
    assert (post.post_id, post.author) == (RETWEETED_ID, "Rumour Mill")
    assert post.published == dt.datetime(2022, 1, 18, 8, 0, tzinfo=dt.UTC)
    post = extract_source(STATUS, (answer(MEMENTO, ARCHIVED_STATUS_PAGE),), start=MEMENTO)  # no og:url
    assert post.post_id == POST_ID


def test_a_long_post_s_text_is_its_whole_note_not_the_cut_text() -> None:
    # X cuts a long post's `text` after about 280 characters (`…`); its note holds all of it. Read from
    # `text`, a quote of the later words warned as a paraphrase on the post's very words.
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, asset("tweet_result_long_post.json"), json=True),
        ),
    )
    assert post.problem is None
    assert post.text.startswith("Statement on the events of last night.")
    assert post.text.endswith(
        "are false & we will hand the full log of our positions to the monitoring mission by Friday."
    )
    assert "…" not in post.text


def test_a_quoted_long_post_s_note_is_that_post_s_words_never_the_quoting_post_s() -> None:
    # The note of the post it quotes sits inside `quoted_tweet`: the other account's whole words, kept for
    # the quote check to name, never the quoting post's text.
    data = json.loads(asset("tweet_result_quoting_another.json"))
    data["quoted_tweet"]["note_tweet"] = {
        "note_tweet_results": {"result": {"text": "BREAKING: the bridge at Kherson was destroyed overnight."}}
    }
    post = read_tweet_result(data, SYNDICATION)
    assert post is not None
    assert post.text == "This is false. We will publish the inspection report. https://t.co/AbCdEf"
    assert post.fields["quoted_post"] == "BREAKING: the bridge at Kherson was destroyed overnight."


@pytest.mark.parametrize(
    ("quoted", "said"),
    [
        (
            {
                "__typename": "TweetTombstone",
                "tombstone": {"text": {"text": "This Post was deleted by the Post author. Learn more"}},
            },
            "X shows a tombstone for the post it quotes: 'This Post was deleted by the Post author.",
        ),
        ({"__typename": "TweetUnavailable", "reason": "Protected"}, "as unavailable (Protected)"),
    ],
)
def test_a_quote_post_whose_quoted_post_x_no_longer_shows_says_so_and_keeps_its_own_words(
    quoted: dict[str, object], said: str
) -> None:
    # The quoted post deleted since (or its account protected): the quoting post stands; the record said
    # nothing of the post it quotes, and a note quoting that post's words was told only "not found".
    data = json.loads(asset("tweet_result_quoting_another.json"))
    data["quoted_tweet"] = quoted
    post = read_tweet_result(data, SYNDICATION)
    assert post is not None and post.problem is None
    assert post.text == "This is false. We will publish the inspection report. https://t.co/AbCdEf"
    assert "quoted_post" not in post.fields
    assert said in post.fields["quoted_post_not_shown"]
    shown = read_tweet_result(json.loads(asset("tweet_result_quoting_another.json")), SYNDICATION)
    assert shown is not None and "quoted_post_not_shown" not in shown.fields


@pytest.mark.parametrize(
    "note", [None, {}, {"note_tweet_results": {}}, {"note_tweet_results": {"result": 3}}, {"text": " "}]
)
def test_a_post_without_a_note_is_read_from_its_text(note: object) -> None:
    data = {"id_str": POST_ID, "text": "We never said that.", "note_tweet": note}
    post = read_tweet_result(data, SYNDICATION)
    assert post is not None and post.text == "We never said that."


LATER_VERSION = "1484307299693617999"


def _older_version(**marks: object) -> dict[str, object]:
    """The syndication answer for the cited id when it is an older version of a post edited since: its own
    words, and its versions listed under `edit_control_initial`."""
    data = json.loads(asset("tweet_result.json"))
    data["edit_control"] = {
        "initial_tweet_id": POST_ID,
        "edit_control_initial": {
            "edit_tweet_ids": [POST_ID, LATER_VERSION],
            "editable_until_msecs": "1642723212000",
            "is_edit_eligible": True,
            "edits_remaining": "4",
        },
    }
    return {**data, **marks}


@pytest.mark.parametrize("marks", [{}, {"isStaleEdit": True, "isEdited": False}])
def test_an_older_version_of_an_edited_post_says_it_was_edited(marks: dict[str, object]) -> None:
    # Its versions are under `edit_control_initial`: read as never edited, a quote of the later version's
    # words warned as a paraphrase without saying the post has another version.
    post = read_tweet_result(_older_version(**marks), SYNDICATION, POST_ID)
    assert post is not None and post.edited
    assert post.fields["edit_tweet_ids"] == f"{POST_ID} {LATER_VERSION}"
    assert post.text.startswith("We never said that.")
    quote = "We never said that. The statement circulating tonight is genuine."
    footnote = Footnote(
        label="1",
        text=f"Ministry Press Office, X, January 20, 2022, {STATUS}",
        line=40,
        urls=(STATUS,),
        contexts=(Context(line=10, text=f"The ministry wrote “{quote}”.", quotes=(quote,)),),
    )
    citation = Citation(platform=Platform.TWITTER, author="Ministry Press Office", url=STATUS)
    result = check_quote(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )
    assert result.status == "warn"
    assert "the post was edited after it was first posted" in result.detail


def test_the_first_version_of_an_edited_post_says_so_and_links_its_latest_version() -> None:
    # A quote found in the first version's words passed with nothing said of the words the post shows now.
    post = read_tweet_result(_older_version(isStaleEdit=True), SYNDICATION, POST_ID)
    assert post is not None and post.text.startswith("We never said that.")
    assert post.fields["version_shown"] == (
        f"the first of 2 versions of the post: edited since, its latest version is {LATER_VERSION} "
        f"(https://x.com/MinPressOffice/status/{LATER_VERSION}), whose words may differ"
    )


def _later_version(words: str) -> dict[str, object]:
    """The syndication answer of the later version of the Ministry's edited post, as X nests a later
    version's `edit_control` (`initial_tweet_id`, its versions under `edit_control_initial`)."""
    data: dict[str, object] = json.loads(asset("tweet_result.json"))
    data.update(id_str=LATER_VERSION, text=words, isEdited=True, isStaleEdit=False)
    data["edit_control"] = {
        "initial_tweet_id": POST_ID,
        "edit_control_initial": {
            "edit_tweet_ids": [POST_ID, LATER_VERSION],
            "editable_until_msecs": "1642723212000",
            "is_edit_eligible": True,
            "edits_remaining": "4",
        },
    }
    return data


EDITED_WORDS = "We never said that. The statement circulating tonight is genuine but out of context."


def test_the_latest_version_of_an_edited_post_says_so_and_names_the_first() -> None:
    post = read_tweet_result(_later_version(EDITED_WORDS), SYNDICATION, LATER_VERSION)
    assert post is not None and post.edited and post.text == EDITED_WORDS
    assert post.fields["version_shown"] == (
        f"the latest of 2 versions of the post: first posted as {POST_ID}, edited since"
    )


def _first_version_cited(*more: StoredResponse) -> SourcePost:
    """The Ministry's first version, cited, where X's syndication JSON answers with its later version."""
    return extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, json.dumps(_later_version(EDITED_WORDS)), json=True),
            *more,
        ),
    )


def test_a_later_version_the_syndication_json_shows_is_never_read_as_the_cited_version_s_words() -> None:
    # Read as the cited post, or not at all: the edited words passed a quote given to the first version
    # (which may never have said them), or the post was said not to be in the capture.
    post = _first_version_cited()
    assert post.problem is None and post.edited
    assert (post.post_id, post.author, post.handle) == (POST_ID, "Ministry Press Office", "MinPressOffice")
    # The cited version's time is its own id's, not the later version's `created_at`.
    assert (post.published, post.published_from) == (status_id_time(POST_ID), "snowflake id")
    assert post.text == "" and post.fields["other_version_text"] == EDITED_WORDS
    assert post.unread is not None and f"not the cited version {POST_ID}" in post.unread
    assert post.fields["version_shown"].startswith("the cited version is the first of 2 versions")
    said = _quote_of(EDITED_WORDS, post)
    assert said.startswith("warn: the source's text was not searched (X's syndication JSON shows another")


def test_the_cited_version_of_an_edited_post_is_read_from_oembed_where_it_shows_it() -> None:
    post = _first_version_cited(answer(OEMBED, asset("tweet_oembed.json"), json=True))
    assert post.problem is None and post.edited and post.post_id == POST_ID
    assert post.text.startswith("We never said that. The statement circulating tonight is fabricated.")
    assert post.fields["edit_tweet_ids"] == f"{POST_ID} {LATER_VERSION}"
    assert post.fields["version_shown"].startswith("the cited version is the first of 2 versions")
    assert _quote_of("The statement circulating tonight is fabricated.", post).startswith("pass")
    assert "the post was edited after it was first posted" in _quote_of(EDITED_WORDS, post)


def test_an_answer_listing_a_version_id_of_thousands_of_digits_is_still_read() -> None:
    # Python reads no number of over 4,300 digits from text: sorting the versions by their numbers raised,
    # and the whole post went unread ("the page could not be read").
    data = _older_version(isStaleEdit=True)
    data["edit_control"] = {"edit_control_initial": {"edit_tweet_ids": [POST_ID, LATER_VERSION, "1" * 5000]}}
    post = extract_source(
        STATUS,
        (answer(STATUS, asset("x_status_shell.html")), answer(SYNDICATION, json.dumps(data), json=True)),
    )
    assert post.problem is None and post.text.startswith("We never said that.")
    assert post.fields["version_shown"].startswith("the first of 2 versions of the post")


def test_a_post_never_edited_is_not_called_edited() -> None:
    post = read_tweet_result(json.loads(asset("tweet_result.json")), SYNDICATION, POST_ID)
    assert post is not None and not post.edited
    assert "edit_tweet_ids" in post.fields  # its one version


LATEST_SYNDICATION = syndication_url(LATER_VERSION)


def _first_version_with_its_latest(latest: object) -> SourcePost:
    """The Ministry's first version, cited, its answer listing a later version, and the later version's
    syndication JSON (`latest`) captured beside it."""
    return extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, json.dumps(_older_version(isStaleEdit=True)), json=True),
            answer(LATEST_SYNDICATION, json.dumps(latest), json=True),
        ),
    )


def test_an_edited_post_s_latest_version_captured_beside_the_cited_first_is_kept_and_said_to_differ() -> None:
    # Only the cited version's words were in the capture: `captured` said the latest "may differ", and no
    # one could tell from the record what the post says now.
    post = _first_version_with_its_latest(_later_version(EDITED_WORDS))
    assert post.problem is None and post.edited and post.post_id == POST_ID
    assert post.text.startswith("We never said that. The statement circulating tonight is fabricated.")
    assert (post.fields["latest_version_id"], post.fields["latest_version_text"]) == (
        LATER_VERSION,
        EDITED_WORDS,
    )
    assert post.fields["version_shown"] == (
        f"the first of 2 versions of the post: edited since, its latest version is {LATER_VERSION} "
        f"(https://x.com/MinPressOffice/status/{LATER_VERSION}), captured too, whose words differ (kept as "
        "latest_version_text)"
    )
    assert _quote_of("The statement circulating tonight is fabricated.", post).startswith("pass")


def test_an_edited_post_s_latest_version_with_the_same_words_is_said_to_have_them() -> None:
    same = _later_version(str(json.loads(asset("tweet_result.json"))["text"]))
    post = _first_version_with_its_latest(same)
    assert post.fields["version_shown"].endswith(", captured too, whose words are the same")


@pytest.mark.parametrize(
    "latest",
    [
        {
            "__typename": "TweetTombstone",
            "tombstone": {"text": {"text": "This Post was deleted by the Post author."}},
        },
        # Another account's post under the later version's id, or another post's versions.
        {
            **_later_version(EDITED_WORDS),
            "user": {"id_str": "1", "name": "Someone", "screen_name": "someone"},
        },
        {**_later_version(EDITED_WORDS), "edit_control": {"edit_tweet_ids": [LATER_VERSION]}},
    ],
)
def test_a_latest_version_s_answer_that_is_not_that_version_of_the_post_is_not_kept(latest: object) -> None:
    post = _first_version_with_its_latest(latest)
    assert post.problem is None and post.text.startswith("We never said that.")
    assert "latest_version_text" not in post.fields
    assert post.fields["version_shown"].endswith(", whose words may differ")


def test_another_version_s_syndication_json_is_asked_only_for_an_edited_post() -> None:
    shell = answer(STATUS, asset("x_status_shell.html"))
    older = answer(SYNDICATION, json.dumps(_older_version(isStaleEdit=True)), json=True)
    assert other_version_url(STATUS, (shell, older)) == LATEST_SYNDICATION
    # The latest version cited: its first, the words as posted.
    cited_latest = f"https://x.com/MinPressOffice/status/{LATER_VERSION}"
    latest = answer(LATEST_SYNDICATION, json.dumps(_later_version(EDITED_WORDS)), json=True)
    assert other_version_url(cited_latest, (answer(cited_latest, b""), latest)) == SYNDICATION
    # Never edited; a tombstone; no answer yet; a later "version" no X id can be.
    never = answer(SYNDICATION, asset("tweet_result.json"), json=True)
    assert other_version_url(STATUS, (shell, never)) is None
    gone = answer(
        SYNDICATION, b'{"__typename":"TweetTombstone","tombstone":{"text":{"text":"Gone"}}}', json=True
    )
    assert other_version_url(STATUS, (shell, gone)) is None
    assert other_version_url(STATUS, (shell,)) is None
    huge = _older_version(isStaleEdit=True)
    huge["edit_control"] = {"edit_control_initial": {"edit_tweet_ids": [POST_ID, "9" * 30, "1" * 5000]}}
    assert other_version_url(STATUS, (shell, answer(SYNDICATION, json.dumps(huge), json=True))) is None


def test_an_edited_post_cited_by_its_latest_version_keeps_its_first_version_s_words_beside_it() -> None:
    # The report quotes the words as first posted, citing the link X shows now: only the latest's words were
    # captured, and `quote` could only say they "may be from before the edit".
    cited = f"https://x.com/MinPressOffice/status/{LATER_VERSION}"
    post = extract_source(
        cited,
        (
            answer(cited, asset("x_status_shell.html")),
            answer(LATEST_SYNDICATION, json.dumps(_later_version(EDITED_WORDS)), json=True),
            answer(SYNDICATION, json.dumps(_older_version(isStaleEdit=True)), json=True),
        ),
    )
    assert post.problem is None and post.post_id == LATER_VERSION and post.text == EDITED_WORDS
    assert post.fields["first_version_id"] == POST_ID
    assert post.fields["first_version_text"].startswith(
        "We never said that. The statement circulating tonight is fabricated."
    )
    assert post.fields["version_shown"] == (
        f"the latest of 2 versions of the post: first posted as {POST_ID}, edited since; its first version "
        "was captured too, whose words differ (kept as first_version_text)"
    )


def _quote_of(post_text_quote: str, post: SourcePost | None) -> str:
    """What `quote` says of a note quoting the Ministry's post, read from `post`."""
    footnote = Footnote(
        label="1",
        text=f"Ministry Press Office, X, January 20, 2022, {STATUS}",
        line=40,
        urls=(STATUS,),
        contexts=(
            Context(line=10, text=f"The ministry wrote “{post_text_quote}”.", quotes=(post_text_quote,)),
        ),
    )
    citation = Citation(platform=Platform.TWITTER, author="Ministry Press Office", url=STATUS)
    assert post is not None
    result = check_quote(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )
    return f"{result.status}: {result.detail}"


RUMOUR = "BREAKING: the bridge at Kherson was destroyed overnight, sources say"
_RETWEETED = {
    "id_str": "1484300000000000000",
    "text": f"{RUMOUR} &amp; more to come.",
    "user": {"id_str": "99", "name": "Rumour Mill", "screen_name": "rumourmill"},
}


@pytest.mark.parametrize(
    "repost",
    [
        {"text": f"RT @rumourmill: {RUMOUR} &amp; more…", "retweeted_tweet": _RETWEETED},
        {"text": f"RT @rumourmill: {RUMOUR} &amp; more…", "retweeted_status": _RETWEETED},
        {"text": f"RT @rumourmill: {RUMOUR} &amp; more…"},  # the repost's text alone
    ],
)
def test_a_repost_s_words_are_the_reposted_author_s_never_the_reposter_s(repost: dict[str, object]) -> None:
    # A repost's syndication answer is the reposter's (their `user`, their time) with the reposted words in
    # its text: read as the post's own words, a quote attributed to the ministry that only reposted a rumour
    # passed as the ministry's.
    data = {
        "__typename": "Tweet",
        "id_str": POST_ID,
        "created_at": "2022-01-20T23:30:12.000Z",
        "user": {"id_str": "783214", "name": "Ministry Press Office", "screen_name": "MinPressOffice"},
        **repost,
    }
    post = read_tweet_result(data, SYNDICATION, POST_ID)
    assert post is not None and "destroyed" not in post.text
    assert post.fields["quoted_post"].startswith(RUMOUR)
    assert "@rumourmill" in post.fields["quoted_post_author"]
    said = _quote_of(RUMOUR, post)
    assert said.startswith("warn: ") and "not in the source's own words" in said and "@rumourmill" in said


def _author_of(post: SourcePost | None, author: str) -> CheckResult:
    assert post is not None
    footnote = Footnote(label="1", text=f"{author}, X, {STATUS}", line=40, urls=(STATUS,))
    citation = Citation(platform=Platform.TWITTER, author=author, url=STATUS)
    return check_author(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )


@pytest.mark.parametrize(
    ("repost", "whose"),
    [
        ({"text": f"RT @rumourmill: {RUMOUR} &amp; more…", "retweeted_tweet": _RETWEETED}, "Rumour Mill"),
        ({"text": f"RT @rumourmill: {RUMOUR} &amp; more…"}, "@rumourmill"),
    ],
)
def test_a_repost_credited_to_the_reposter_is_never_passed_as_their_own_post(
    repost: dict[str, object], whose: str
) -> None:
    # A repost is the reposter's post of another's words, as a Telegram forward is: with no quote to search,
    # `author` passed on the reposter's name, and a note crediting the repost to them was verified.
    data = {
        "id_str": POST_ID,
        "user": {"id_str": "783214", "name": "Ministry Press Office", "screen_name": "MinPressOffice"},
        **repost,
    }
    post = read_tweet_result(data, SYNDICATION, POST_ID)
    assert post is not None and post.fields["forwarded_from"] == whose
    result = _author_of(post, "Ministry Press Office")
    assert result.status == "warn" and "the words are theirs, not @MinPressOffice's own" in result.detail
    # So from oEmbed alone, and from an archived copy.
    rumour_link = '<a href="https://twitter.com/rumourmill?ref_src=twsrc%5Etfw">@rumourmill</a>'
    shown = _oembed_alone(f"RT {rumour_link}: {RUMOUR} &amp; more to come.")
    assert shown.fields["forwarded_from"] == "@rumourmill"
    assert _author_of(shown, "Ministry Press Office").status == "warn"
    page = ARCHIVED_STATUS_PAGE.replace(
        "We never said that. Check the source.", f"RT @rumourmill: {RUMOUR} &amp; more to come."
    )
    archived = extract_source(STATUS, (answer(MEMENTO, page),), start=MEMENTO)
    assert archived.fields["forwarded_from"] == "@rumourmill"


def test_a_post_of_its_own_or_a_repost_of_its_own_post_is_the_account_s_own() -> None:
    own = read_tweet_result(json.loads(asset("tweet_result.json")), SYNDICATION, POST_ID)
    assert own is not None and "forwarded_from" not in own.fields
    assert _author_of(own, "Ministry Press Office").status == "pass"
    data = {
        "id_str": POST_ID,
        "text": "RT @MinPressOffice: We never said that.",
        "user": {"id_str": "783214", "name": "Ministry Press Office", "screen_name": "MinPressOffice"},
    }
    reposted_own = read_tweet_result(data, SYNDICATION, POST_ID)
    assert reposted_own is not None and "forwarded_from" not in reposted_own.fields


def test_a_repost_of_another_account_showing_the_reposters_name_never_passes_as_the_reposters() -> None:
    # Another account (a namesake, an impersonator) under the reposter's own display name: named by the name
    # alone, the repost was read as one of the account's own post, and `author` passed on the reposter.
    namesake = {
        "id_str": "98",
        "text": RUMOUR,
        "user": {"name": "Ministry Press Office", "screen_name": "MinPressOffic3"},
    }
    data = {
        "id_str": POST_ID,
        "text": f"RT @MinPressOffic3: {RUMOUR}",
        "retweeted_tweet": namesake,
        "user": {"id_str": "783214", "name": "Ministry Press Office", "screen_name": "MinPressOffice"},
    }
    post = read_tweet_result(data, SYNDICATION, POST_ID)
    assert post is not None and post.fields["forwarded_from"] == "Ministry Press Office (@MinPressOffic3)"
    result = _author_of(post, "Ministry Press Office")
    assert result.status == "warn" and "the words are theirs, not @MinPressOffice's own" in result.detail


def test_a_repost_of_the_accounts_own_post_is_read_as_that_posts_words_and_time() -> None:
    # Its words were kept apart as "the post it quotes", and a quote of them warned "attribute it there",
    # naming the account itself; X shows a repost's link as the post it reposts, dated when that was posted.
    own_post = {
        "id_str": "1484300000000000000",  # made 2022-01-20 23:01:11.617 UTC, as its id says
        "created_at": "2022-01-20T23:01:11.000Z",
        "text": "We never said that. Check the source.",
        "user": {"id_str": "783214", "name": "Ministry Press Office", "screen_name": "MinPressOffice"},
    }
    data = {
        "id_str": POST_ID,
        "created_at": "2022-01-21T09:15:04.000Z",  # the repost's
        "text": "RT @MinPressOffice: We never said that. Check the source.",
        "retweeted_tweet": own_post,
        "user": own_post["user"],
    }
    post = read_tweet_result(data, SYNDICATION, POST_ID)
    assert post is not None and post.text == "We never said that. Check the source."
    assert "quoted_post" not in post.fields and "forwarded_from" not in post.fields
    assert post.published == dt.datetime(2022, 1, 20, 23, 1, 11, tzinfo=dt.UTC)
    assert post.published_from is not None and "1484300000000000000" in post.published_from
    assert _quote_of("We never said that.", post).startswith("pass: ")
    # `RT @self:` written by hand, with no reposted post: a post of its own, its words whole.
    by_hand = read_tweet_result({**data, "retweeted_tweet": None}, SYNDICATION, POST_ID)
    assert by_hand is not None and by_hand.text == data["text"]


def test_a_post_of_its_own_that_mentions_a_repost_is_read_whole() -> None:
    data = {
        "id_str": POST_ID,
        "text": "We never said that. Do not RT @rumourmill: it is false.",
        "user": {"name": "Ministry Press Office", "screen_name": "MinPressOffice"},
    }
    post = read_tweet_result(data, SYNDICATION, POST_ID)
    assert post is not None and post.text == data["text"] and "quoted_post" not in post.fields
    assert _quote_of("We never said that.", post).startswith("pass: ")


def test_an_archived_repost_s_words_are_the_reposted_author_s_never_the_reposter_s() -> None:
    # An archived post that opens `RT @handle:` (a repost as X wrote it, or one typed so by hand) gave the
    # reposted words to the account that only passed them on.
    page = ARCHIVED_STATUS_PAGE.replace(
        "We never said that. Check the source.", f"RT @rumourmill: {RUMOUR} &amp; more to come."
    )
    post = extract_source(STATUS, (answer(MEMENTO, page),), start=MEMENTO)
    assert post.problem is None and post.text == "RT @rumourmill:"
    assert post.fields["quoted_post"] == f"{RUMOUR} & more to come."
    assert post.fields["quoted_post_author"] == "@rumourmill"
    said = _quote_of(RUMOUR, post)
    assert said.startswith("warn: ") and "@rumourmill" in said
    own = extract_source(STATUS, (answer(MEMENTO, ARCHIVED_STATUS_PAGE),), start=MEMENTO)
    assert "quoted_post" not in own.fields
    assert _quote_of("We never said that.", own).startswith("pass: ")


def _oembed_alone(words: str) -> SourcePost:
    """The Ministry's post as oEmbed alone gives it (the syndication answer failed), its words `words`."""
    shown = json.loads(asset("tweet_oembed.json"))
    shown["html"] = shown["html"].replace(
        "We never said that. The statement circulating tonight is fabricated. Check the source.", words
    )
    return extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, "", status=500),
            answer(OEMBED, json.dumps(shown), json=True),
        ),
    )


def test_a_repost_oembed_alone_shows_gives_its_words_to_the_reposted_author_never_the_reposter() -> None:
    # With the syndication answer gone, oEmbed's blockquote of a post opening `RT @handle:` (a repost as
    # X wrote it, or typed so by hand) was read whole: the rumour passed as the ministry's words.
    rumour_link = '<a href="https://twitter.com/rumourmill?ref_src=twsrc%5Etfw">@rumourmill</a>'
    post = _oembed_alone(f"RT {rumour_link}: {RUMOUR} &amp; more to come.")
    assert (post.problem, post.author, post.text) == (None, "Ministry Press Office", "RT @rumourmill:")
    assert post.fields["quoted_post"] == f"{RUMOUR} & more to come."
    said = _quote_of(RUMOUR, post)
    assert said.startswith("warn: ") and "@rumourmill" in said


def test_a_post_of_its_own_oembed_alone_shows_is_read_whole() -> None:
    post = _oembed_alone(f"We never said that. Do not RT @rumourmill: {RUMOUR}")
    assert "quoted_post" not in post.fields
    assert _quote_of("We never said that.", post).startswith("pass: ")


@pytest.mark.parametrize(
    ("tail", "shown"),
    [
        ("quotes", "the posts quoting the post"),
        ("retweets/with_comments", "the posts quoting the post"),
        ("retweets", "the accounts that reposted the post"),
        ("likes", "the accounts that liked the post"),
    ],
)
def test_a_link_to_a_post_s_quotes_reposts_or_likes_says_it_shows_them_and_names_the_post_s_own_link(
    tail: str, shown: str
) -> None:
    # X shows a list there, not the post: read from its side documents, the post was verified on a link a
    # reader opens to find others' posts or accounts, as Bluesky's `/quotes` is not.
    cited = f"{STATUS}/{tail}"
    post = extract_source(
        cited,
        (
            answer(cited, asset("x_status_shell.html")),
            answer(SYNDICATION, asset("tweet_result.json"), json=True),
            answer(OEMBED, asset("tweet_oembed.json"), json=True),
        ),
    )
    assert post.problem == "script-shell"
    assert (
        post.problem_detail
        == f"the X link shows {shown}, not the post ({STATUS}): no post of its own to check"
    )


@pytest.mark.parametrize("tail", ["", "/photo/1", "/video/1", "/history"])
def test_a_post_s_own_link_or_one_of_its_photos_or_videos_is_read_as_the_post(tail: str) -> None:
    cited = f"{STATUS}{tail}"
    post = extract_source(
        cited,
        (
            answer(cited, asset("x_status_shell.html")),
            answer(SYNDICATION, asset("tweet_result.json"), json=True),
            answer(OEMBED, asset("tweet_oembed.json"), json=True),
        ),
    )
    assert post.problem is None and post.text.startswith("We never said that.")


def test_an_old_hashbang_status_link_is_read_as_its_post() -> None:
    # `twitter.com/#!/<user>/status/<id>` (2010 to 2012): the fragment is never sent, so only X's home page
    # was captured, no side document was asked for, and the post was a script shell.
    hashbang = f"https://twitter.com/#!/MinPressOffice/status/{POST_ID}"
    assert side_urls(hashbang) == (SYNDICATION, OEMBED)
    post = extract_source(
        hashbang,
        (
            answer("https://twitter.com/", asset("x_status_shell.html")),
            answer(SYNDICATION, asset("tweet_result.json"), json=True),
            answer(OEMBED, asset("tweet_oembed.json"), json=True),
        ),
    )
    assert (post.problem, post.post_id, post.handle) == (None, POST_ID, "MinPressOffice")
    assert post.text.startswith("We never said that.")
    assert side_urls("https://twitter.com/#!/MinPressOffice") == ()  # an account, no post


@pytest.mark.parametrize("reason", ["NsfwLoggedOut", "NsfwViewerHasNoStatedAge"])
def test_a_post_x_keeps_from_a_visitor_signed_out_for_its_age_rating_is_a_login_wall(reason: str) -> None:
    # Called "deleted or unavailable", the ledger said an age-restricted post may be gone; oEmbed's copy of
    # it is still not read as the post.
    unavailable = {"__typename": "TweetUnavailable", "reason": reason}
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, json.dumps(unavailable), json=True),
            answer(OEMBED, asset("tweet_oembed.json"), json=True),
        ),
    )
    assert post.problem == "login-wall"
    assert repr(reason) in (post.problem_detail or "") and "signed-in" in (post.problem_detail or "")
    assert not post.text


@pytest.mark.parametrize("reason", ["Suspended", "Protected", None])
def test_a_post_the_syndication_answer_calls_unavailable_is_unavailable_though_oembed_shows_it(
    reason: str | None,
) -> None:
    # `TweetUnavailable` is X's word that it does not show the post, as a tombstone is: taken for no answer,
    # the post was read from oEmbed (a cache may keep a suspended account's post) and verified.
    unavailable = {"__typename": "TweetUnavailable", **({"reason": reason} if reason else {})}
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, json.dumps(unavailable), json=True),
            answer(OEMBED, asset("tweet_oembed.json"), json=True),
        ),
    )
    assert post.problem == "unavailable"
    assert "syndication answer says the post is unavailable" in (post.problem_detail or "")
    assert reason is None or repr(reason) in (post.problem_detail or "")


def test_an_empty_syndication_answer_says_nothing_and_oembed_s_post_is_read() -> None:
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, "{}", json=True),
            answer(OEMBED, asset("tweet_oembed.json"), json=True),
        ),
    )
    assert post.problem is None
    assert post.text.startswith("We never said that.")


def test_a_post_shown_with_limits_is_read_from_inside_its_visibility_wrapper() -> None:
    # A post X shows with limits comes as `{"__typename": "TweetWithVisibilityResults", "tweet": {...}}`: not
    # unwrapped, nothing of it was read, and without oEmbed the footnote failed on a post X shows.
    wrapped = {"__typename": "TweetWithVisibilityResults", "tweet": json.loads(asset("tweet_result.json"))}
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("x_status_shell.html")),
            answer(SYNDICATION, json.dumps(wrapped), json=True),
            answer(OEMBED, "", status=503),
        ),
    )
    assert post.problem is None
    assert (post.author, post.handle, post.post_id) == ("Ministry Press Office", "MinPressOffice", POST_ID)
    assert post.published_from == "syndication created_at"
    assert post.text.startswith("We never said that.")


def test_a_community_note_under_the_post_is_kept_beside_it_never_as_its_words() -> None:
    data = json.loads(asset("tweet_result.json"))
    data["birdwatch_pivot"] = {
        "title": "Readers added context they thought people might want to know",
        "shorttitle": "Readers added context",
        "subtitle": {"text": "The ministry confirmed the statement on 19 January &amp; later withdrew it."},
        "destinationUrl": "https://twitter.com/i/birdwatch/n/1484400000000000000",
    }
    post = read_tweet_result(data, SYNDICATION)
    assert post is not None and post.problem is None
    assert post.fields["community_note"] == (
        "The ministry confirmed the statement on 19 January & later withdrew it."
    )
    assert post.fields["community_note_url"] == "https://twitter.com/i/birdwatch/n/1484400000000000000"
    assert "confirmed" not in post.text


def test_a_post_without_a_community_note_records_none() -> None:
    post = read_tweet_result(json.loads(asset("tweet_result.json")), SYNDICATION)
    assert post is not None and "community_note" not in post.fields


def test_a_photo_s_link_is_no_word_of_the_post() -> None:
    # The syndication JSON ends a post with a photo with the photo's t.co link, which X does not show (it
    # shows the photo): a photo-only post's text was its link.
    post = read_tweet_result(json.loads(asset("tweet_result_with_links.json")), SYNDICATION, POST_ID)
    assert post is not None
    assert post.text == (
        "Ferries run as usual. Our statement in full: https://t.co/Zr8kQ2LmNa & the timetable is unchanged "
        "tonight."
    )
    assert _quote_of("the timetable is unchanged tonight.", post).startswith("pass: ")
    photo_only = json.loads(asset("tweet_result_with_links.json"))
    photo_only["text"] = "https://t.co/Hw3cV9pXtE"
    post = read_tweet_result(photo_only, SYNDICATION, POST_ID)
    assert post is not None and post.text == ""


def test_a_word_of_the_address_a_post_links_to_is_no_word_of_the_post() -> None:
    # Read as the address it leads to, the link passed a one-word quote found in that address's words
    # (`…/traitor-or-hero`): the post never wrote it.
    data = json.loads(asset("tweet_result_with_links.json"))
    data["entities"]["urls"][0]["expanded_url"] = "https://news.example/2022/01/20/traitor-or-hero"
    post = read_tweet_result(data, SYNDICATION, POST_ID)
    assert post is not None and "traitor" not in post.text
    assert _quote_of("traitor", post).startswith("warn: ")


def test_only_a_photo_s_own_t_co_link_is_dropped() -> None:
    # `t.co/Ab`'s entry does not drop `t.co/AbC`, nor an entry that is no t.co link drop words.
    data = {
        "id_str": POST_ID,
        "text": "See https://t.co/AbC and the port https://t.co/Ab",
        "entities": {"media": [{"url": "https://t.co/Ab"}, {"url": "the port"}]},
    }
    post = read_tweet_result(data, SYNDICATION, POST_ID)
    assert post is not None and post.text == "See https://t.co/AbC and the port"


def test_a_linked_page_s_preview_is_named_as_that_page_s_words_never_the_post_s() -> None:
    # X shows a preview (a card) of the page a post links to: its title is the page's. A quote of it was
    # "not found verbatim (a paraphrase?)", with nothing said of where the words are.
    post = read_tweet_result(json.loads(asset("tweet_result_with_card.json")), SYNDICATION, POST_ID)
    assert post is not None and "resigns" not in post.text
    assert post.fields["link_preview_site"] == "news.example"
    said = _quote_of("Minister resigns over port scandal", post)
    assert said.startswith("warn: ") and "its preview of the page it links to (news.example)" in said
    assert _quote_of("Our answer to this story", post).startswith("pass: ")


def test_a_poll_s_choices_are_neither_the_post_s_words_nor_a_linked_page_s() -> None:
    data = json.loads(asset("tweet_result.json"))
    data["text"] = "Should the port reopen tomorrow?"
    data["card"] = {
        "name": "poll2choice_text_only",
        "url": "https://t.co/Pl9wR2mXcV",
        "binding_values": {
            "choice1_label": {"string_value": "Yes, reopen it", "type": "STRING"},
            "choice2_label": {"string_value": "No", "type": "STRING"},
            "title": {"string_value": "Reopen the port", "type": "STRING"},
        },
    }
    post = read_tweet_result(data, SYNDICATION, POST_ID)
    assert post is not None and post.text == "Should the port reopen tomorrow?"
    assert "link_preview" not in post.fields
    assert _quote_of("Yes, reopen it", post).startswith("warn: not found verbatim")


def test_an_archived_status_pages_tags_escaped_twice_are_read_as_the_posts_words() -> None:
    # Twitter's pages wrote the API's text (`&amp;` already) into their tags, escaped again: read once, the
    # post's words held `&amp;` and `&quot;`, and a quote of them warned.
    archived = (
        '<html><head><meta property="og:title" content="Ministry Press Office &amp;amp; Co on Twitter">'
        '<meta property="og:description" content="&#8220;Russia &amp;amp; Belarus: &amp;quot;drills'
        ' only&amp;quot;.&#8221;"></head><body>JavaScript is not available.</body></html>'
    )
    post = extract_source(STATUS, (answer(MEMENTO, archived),), start=MEMENTO)
    assert post.text == 'Russia & Belarus: "drills only".'
    assert post.author == "Ministry Press Office & Co"
    assert _quote_of('Russia & Belarus: "drills only".', post).startswith("pass")


@pytest.mark.parametrize("code", ["und", "qme", "qht", "qst", "zxx"])
def test_a_lang_code_x_gives_where_it_names_no_language_is_no_post_language(code: str) -> None:
    # X writes `qht` for a post of hashtags alone, `qme` for media alone, `und` where it cannot tell: kept,
    # the post was said to be in the language "qht".
    data = {**json.loads(asset("tweet_result.json")), "lang": code}
    post = read_tweet_result(data, SYNDICATION, POST_ID)
    assert post is not None and post.language is None
    assert post.fields["lang"] == code  # kept in the record, as sent
    oembed = json.loads(asset("tweet_oembed.json"))
    oembed["html"] = oembed["html"].replace('lang="en"', f'lang="{code}"')
    assert 'lang="en"' in json.loads(asset("tweet_oembed.json"))["html"]
    from_oembed = extract_source(STATUS, (answer(OEMBED, json.dumps(oembed), json=True),))
    assert from_oembed.problem is None and from_oembed.language is None


@pytest.mark.parametrize(
    "notice",
    [
        "This Tweet from @MinPressOffice has been withheld in: Germany.",
        "@MinPressOffice's account has been withheld in: Germany, France.",
        "This Post from @MinPressOffice has been withheld in Germany based on local law(s). Learn more",
    ],
)
def test_an_archived_status_page_holding_x_s_withheld_notice_is_no_post(notice: str) -> None:
    # A copy made where X withholds the post keeps X's notice in its tags: read as the post, the notice passed
    # `captured` and the id's time `date` on a copy holding no word of the post.
    memento = f"https://archive.ph/20220121000000/https://twitter.com/MinPressOffice/status/{POST_ID}"
    archived = ARCHIVED_STATUS_PAGE.replace("We never said that. Check the source.", notice)
    post = extract_source(STATUS, (answer(memento, archived),), start=memento)
    assert post.problem == "unavailable"
    assert (post.problem_detail or "").startswith("a region block: ")
    assert post.text == ""


def test_twitter_s_older_withheld_in_colon_tombstone_is_a_region_block() -> None:
    words = "This Tweet from @MinPressOffice has been withheld in: Turkey. Learn more"
    post = read_tweet_result(json.loads(_tombstone(words)), SYNDICATION, POST_ID)
    assert post is not None and post.problem == "unavailable"
    assert (post.problem_detail or "").startswith("a region block: ")


def test_a_post_x_withholds_from_every_reader_is_unavailable_though_its_text_is_still_sent() -> None:
    # Withheld on a copyright holder's notice (`XY`), or in every country (`XX`): no reader of the cited link
    # sees it, whatever words the answer still carries (kept in the record, never read as the post's).
    for marks in ({"withheld_copyright": True}, {"withheld_in_countries": ["XX"]}):
        data = _withheld_tweet("We never said that. Check the source.", **marks)
        post = read_tweet_result(data, SYNDICATION, POST_ID)
        assert post is not None and post.problem == "unavailable" and post.text == ""
        assert "from every reader" in (post.problem_detail or "")
        assert post.fields["text"] == "We never said that. Check the source."
