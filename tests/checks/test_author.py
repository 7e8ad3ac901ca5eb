"""`author` when the note names nobody: the speaker its citing passage gives the quoted words to.

A note that is only a post's URL (`https://t.me/rybar/12345`) used to pass `author` on the URL's own channel,
whoever the report said had written the words; the passage's plainly named speaker is now the claim.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

import provenance.checks.author as author_check
from provenance.checks import CheckInput, footnote_status, run_checks
from provenance.checks.author import check_author
from provenance.checks.interface import MAX_PASSAGE_QUOTES
from provenance.citations import parse_citation
from provenance.models import Capture, CaptureOutcome, Citation, Context, Footnote, Platform, SourcePost
from provenance.names import cited_speaker_keys
from tests.checks.posts import POST, URL, WORDS

# What the citation parser makes of a note that is only the URL: the channel as handle and author.
URL_ONLY = Citation(
    platform=Platform.TELEGRAM, author="rybar", handle="rybar", url=URL, date=dt.date(2022, 1, 21)
)
NOTE = f"January 21, 2022, {URL}"
QUOTE = WORDS
CAPTURED = CaptureOutcome(
    url=URL,
    capture=Capture(
        url=URL, final_url=URL, http_status=200, warc="a.warc.gz", warc_sha256="0" * 64, records=(), ip=None,
        started_at="2026-01-01T00:00:00.000Z", finished_at="2026-01-01T00:00:01.000Z", bytes=10,
        truncated=False,
    ),
)  # fmt: skip


def _given(
    passages: tuple[str, ...],
    citation: Citation = URL_ONLY,
    source: SourcePost = POST,
    note: str = NOTE,
) -> CheckInput:
    contexts = tuple(
        Context(line=10 + i, text=text, quotes=(QUOTE,) if QUOTE in text else ())
        for i, text in enumerate(passages)
    )
    footnote = Footnote(label="1", text=note, line=40, urls=(URL,), contexts=contexts)
    return CheckInput(footnote=footnote, citation=citation, outcome=CAPTURED, live=source, source=source)


GROUP_URL = "https://t.me/kherson_chat/4471"
GROUP_MESSAGE = SourcePost(
    platform=Platform.TELEGRAM,
    url=GROUP_URL,
    author="Іван Петренко",
    handle="ivan_petrenko_ks",
    published=dt.datetime(2022, 1, 21, 9, 15, tzinfo=dt.UTC),
    text=WORDS,
    fields={"data-post": "kherson_chat/4471", "owner_name": "Херсон Чат", "sender_name": "Іван Петренко"},
)


def test_a_group_message_cited_by_its_url_alone_warns_that_the_group_is_where_not_who() -> None:
    # The URL names the group a member wrote in: a note that names nobody claims no author, so the member's
    # message is no wrong author (a fail), but nobody confirmed it either.
    citation = URL_ONLY.model_copy(
        update={"author": "kherson_chat", "handle": "kherson_chat", "url": GROUP_URL}
    )
    given = _given((), citation, GROUP_MESSAGE, note=f"January 21, 2022, {GROUP_URL}")
    result = check_author(given)
    assert result.status == "warn"
    assert "a message by 'Іван Петренко / @ivan_petrenko_ks' in the group @kherson_chat" in result.detail


def test_a_note_crediting_the_group_with_a_member_s_message_fails() -> None:
    citation = URL_ONLY.model_copy(
        update={"author": "Херсон Чат", "handle": "kherson_chat", "url": GROUP_URL}
    )
    given = _given((), citation, GROUP_MESSAGE, note=f"Херсон Чат, Telegram, January 21, 2022, {GROUP_URL}")
    assert check_author(given).status == "fail"


def test_a_passage_giving_the_words_to_another_speaker_warns_where_the_url_alone_passed() -> None:
    given = _given((f"Dmitry Medvedev wrote on Telegram: \u201c{QUOTE}\u201d",))
    result = check_author(given)
    assert result.status == "warn"
    assert "line 10" in result.detail and "'Dmitry Medvedev'" in result.detail and "Рыбарь" in result.detail
    assert result.cited == "Dmitry Medvedev (citing passage, line 10)"
    assert "but the post is by 'Рыбарь / @rybar': another account posting or quoting" in result.detail
    assert footnote_status(run_checks(given)) == "unconfirmed"  # a person must look, not verified


def test_the_passage_s_speaker_shown_by_the_post_passes_across_scripts() -> None:
    result = check_author(_given((f"\u201c{QUOTE}\u201d, wrote Rybar.",)))
    assert result.status == "pass"
    assert "citing passage (line 10)" in result.detail and "Рыбарь" in result.detail
    assert footnote_status(run_checks(_given((f"\u201c{QUOTE}\u201d, wrote Rybar.",)))) == "verified"


@pytest.mark.parametrize("passage", ["По словам {name}, «{q}»", "\u0417\u0430 словами {name}, «{q}»"])
def test_a_speaker_named_in_the_genitive_after_according_to_is_the_passage_s_speaker(passage: str) -> None:
    # `По словам Дмитрия Медведева, «…»` gives the words to Medvedev as plainly as `Medvedev wrote`: a note
    # that is only Rybar's URL passed on Rybar's post.
    given = _given((passage.format(name="Дмитрия Медведева", q=QUOTE),))
    result = check_author(given)
    assert result.status == "warn"
    assert "gives the quoted words to 'Дмитрия Медведева'" in result.detail
    assert footnote_status(run_checks(given)) == "unconfirmed"


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        ("Dmitri Medvedev a écrit sur Telegram : « {q} »", "Dmitri Medvedev"),
        ("Selon Dmitri Medvedev, « {q} »", "Dmitri Medvedev"),
        ("Dmitri Medvédev escribió en Telegram: «{q}»", "Dmitri Medvédev"),
        ("„{q}“, schrieb Dmitri Medwedew.", "Dmitri Medwedew"),
        ("Dmitri Medwedew schrieb am Montag auf Telegram: „{q}“", "Dmitri Medwedew"),
        ("Am Montag schrieb Dmitri Medwedew: „{q}“", "Dmitri Medwedew"),
    ],
)
def test_a_speaker_named_in_french_spanish_or_german_is_the_passage_s_speaker(
    passage: str, speaker: str
) -> None:
    # Fact-checking desks write in these: a note that is only Rybar's URL passed on Rybar's post for words the
    # passage gives to Medvedev.
    given = _given((passage.format(q=QUOTE),))
    result = check_author(given)
    assert result.status == "warn"
    assert f"gives the quoted words to {speaker!r}" in result.detail
    assert check_author(_given((passage.format(q=QUOTE).replace(speaker, "Rybar"),))).status == "pass"


def test_the_genitive_speaker_passes_on_their_own_post_compared_in_the_nominative() -> None:
    # `по словам Рыбаря` on Рыбарь's own post: the name is compared in the forms it can come from.
    result = check_author(_given((f"По словам Рыбаря, «{QUOTE}»",)))
    assert result.status == "pass"
    assert "citing passage (line 10)" in result.detail


@pytest.mark.parametrize(
    "passage",
    [
        "Zelensky responded to Medvedev, who wrote \u201c{q}\u201d",  # the verb's subject is no name
        "Russia's Ministry of Defence said \u201c{q}\u201d",  # `Defence` ends a longer name
        "Rybar said that Medvedev's claim that \u201c{q}\u201d was wrong.",  # another named before the quote
        "The channel wrote: \u201c{q}\u201d",  # nobody named
        # Organisations, whose channels go by other names (`Минобороны России`, @mod_russia).
        "The Russian Defence Ministry said \u201c{q}\u201d",
        "The Wagner Group wrote \u201c{q}\u201d",
        "NATO said \u201c{q}\u201d",
    ],
)
def test_a_passage_that_does_not_name_the_speaker_plainly_leaves_the_url_s_channel(passage: str) -> None:
    result = check_author(_given((passage.format(q=QUOTE),)))
    assert result.status == "pass" and "citing passage" not in result.detail


MEDVEDEV_URL = "https://t.me/medvedev_telegram/1"
MEDVEDEV_POST = POST.model_copy(
    update={"author": "Дмитрий Медведев", "handle": "medvedev_telegram", "url": MEDVEDEV_URL}
)
MEDVEDEV_URL_ONLY = URL_ONLY.model_copy(
    update={"author": "medvedev_telegram", "handle": "medvedev_telegram", "url": MEDVEDEV_URL}
)


@pytest.mark.parametrize(
    "passage",
    [
        f"Dmitry Medvedev, deputy chairman of the Security Council, posted. Medvedev wrote: “{QUOTE}”",
        f"Former president Dmitry Medvedev threatened Kyiv again. “{QUOTE}”, Medvedev wrote.",
        f"Дмитрий Медведев снова угрожал. Медведев написал: «{QUOTE}»",
    ],
)
def test_a_speaker_named_by_family_name_after_the_full_name_passes_on_their_post(passage: str) -> None:
    # `Medvedev wrote` after `Dmitry Medvedev` earlier in the passage: `Medvedev` alone was compared with the
    # post's `Дмитрий Медведев`, and his own post warned as another account's.
    given = _given((passage,), MEDVEDEV_URL_ONLY, MEDVEDEV_POST, note=f"January 21, 2022, {MEDVEDEV_URL}")
    result = check_author(given)
    assert result.status == "pass"
    assert "gives the quoted words to" in result.detail and "Медведев" in result.detail
    # The same passage on another channel's post still warns, naming him in full.
    other = check_author(_given((passage,)))
    assert other.status == "warn"
    assert "'Dmitry Medvedev'" in other.detail or "'Дмитрий Медведев'" in other.detail


def test_the_speaker_is_read_where_the_passage_quotes_the_words_not_at_an_unquoted_copy_before() -> None:
    # `Medvedev wrote that …. According to Rybar, “…”`: the speaker was read at the words' first, unquoted
    # copy, and Rybar's own post of the quoted words warned as Medvedev's words on another account.
    passage = f"Dmitry Medvedev wrote that {QUOTE} According to Rybar, \u201c{QUOTE}\u201d"
    result = check_author(_given((passage,)))
    assert result.status == "pass", result.detail
    assert "gives the quoted words to 'Rybar'" in result.detail
    # Quoted where Medvedev is given them, after Rybar's unquoted copy, they are still Medvedev's.
    passage = f"Rybar wrote that {QUOTE} Dmitry Medvedev wrote: \u201c{QUOTE}\u201d"
    result = check_author(_given((passage,)))
    assert result.status == "warn" and "gives the quoted words to 'Dmitry Medvedev'" in result.detail


def test_a_post_read_names_its_owner_as_the_passage_s_speaker() -> None:
    # `WarGonzo's post read “…”` on Rybar's post passed on the note's URL: `read` was no attribution verb,
    # and the passage gave the words to nobody.
    for passage in (
        "WarGonzo's post read",
        "WarGonzo's post reads",
        "WarGonzo\u2019s Telegram channel posted",
        "According to a post by WarGonzo,",
        # A caption's, and a post's by the owner: they passed on the note's URL, giving the words to nobody.
        "WarGonzo's caption read",
        "A post by WarGonzo read:",
        "On Monday, a post by WarGonzo said",
    ):
        result = check_author(_given((f"{passage} \u201c{QUOTE}\u201d",)))
        assert result.status == "warn", passage
        assert "gives the quoted words to 'WarGonzo', but the post is by 'Рыбарь / @rybar'" in result.detail
    assert check_author(_given((f"Rybar's post read \u201c{QUOTE}\u201d",))).status == "pass"
    assert check_author(_given((f"Rybar's caption read \u201c{QUOTE}\u201d",))).status == "pass"
    assert check_author(_given((f"A post by Rybar read: \u201c{QUOTE}\u201d",))).status == "pass"


def test_words_a_passage_says_its_speaker_explained_or_admitted_are_the_speaker_s() -> None:
    # `Dmitry Medvedev explained: “…”` gave the words to nobody: Rybar's post of them passed on its URL.
    for passage in (
        f"Dmitry Medvedev explained: \u201c{QUOTE}\u201d",
        f"\u201c{QUOTE}\u201d, Dmitry Medvedev admitted.",
    ):
        result = check_author(_given((passage,)))
        assert result.status == "warn", passage
        assert "but the post is by 'Рыбарь / @rybar'" in result.detail
    assert check_author(_given((f"Rybar explained: \u201c{QUOTE}\u201d",))).status == "pass"


def test_words_per_or_in_the_words_of_a_speaker_are_the_speaker_s() -> None:
    # `Per WarGonzo, “…”` gave the words to nobody: Rybar's post of them passed on its URL.
    for passage in (f"Per WarGonzo, \u201c{QUOTE}\u201d", f"In the words of WarGonzo, \u201c{QUOTE}\u201d"):
        result = check_author(_given((passage,)))
        assert result.status == "warn", passage
        assert "gives the quoted words to 'WarGonzo', but the post is by 'Рыбарь / @rybar'" in result.detail
    assert check_author(_given((f"Per Rybar, \u201c{QUOTE}\u201d",))).status == "pass"


def test_a_person_s_statement_names_its_owner_but_a_country_s_names_nobody() -> None:
    # `Semyon Pegov's statement said “…”` on Rybar's post passed on the note's URL; `Russia's statement`
    # is a government's (its channel goes by another name), and a reply to a post is not the post's owner's.
    for verb in ("said", "read"):
        result = check_author(_given((f"Semyon Pegov's statement {verb} \u201c{QUOTE}\u201d",)))
        assert result.status == "warn", verb
        assert (
            "gives the quoted words to 'Semyon Pegov', but the post is by 'Рыбарь / @rybar'" in result.detail
        )
    # One word written as an account's names its owner too (it passed on Rybar's post, words to nobody).
    for passage in ("WarGonzo's statement said", "On Monday, WarGonzo\u2019s statement read:"):
        result = check_author(_given((f"{passage} \u201c{QUOTE}\u201d",)))
        assert result.status == "warn", passage
        assert "gives the quoted words to 'WarGonzo', but the post is by 'Рыбарь / @rybar'" in result.detail
    for passage in (
        "Russia's statement said",
        "On Monday, Russia's statement said",
        "NATO's statement said",
        "The Kremlin's statement said",
        "A reply to a post by WarGonzo read:",
    ):
        result = check_author(_given((f"{passage} \u201c{QUOTE}\u201d",)))
        assert result.status == "pass", passage
        assert "citing passage" not in result.detail


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        (f"As WarGonzo put it, \u201c{QUOTE}\u201d", "WarGonzo"),
        (f"The front moved, as Semyon Pegov put it: \u201c{QUOTE}\u201d", "Semyon Pegov"),
        (f"\u201c{QUOTE}\u201d \u2014 WarGonzo", "WarGonzo"),
        (f"Dmitry Medvedev: \u201c{QUOTE}\u201d", "Dmitry Medvedev"),
        # A label's name that shows it is a person's or an account's: these passed on Rybar's post, the
        # words given to nobody.
        (f"WarGonzo: \u201c{QUOTE}\u201d", "WarGonzo"),
        (f"Semyon Pegov: \u201c{QUOTE}\u201d", "Semyon Pegov"),
        (f"Milblogger Alexander Kots: \u201c{QUOTE}\u201d", "Alexander Kots"),
        (f"Military blogger Starshe Eddy: \u201c{QUOTE}\u201d", "Starshe Eddy"),
        (f"WarGonzo (Semyon Pegov): \u201c{QUOTE}\u201d", "WarGonzo"),
        (f"@wargonzo: \u201c{QUOTE}\u201d", "wargonzo"),
        (f"WarGonzo (@wargonzo): \u201c{QUOTE}\u201d", "wargonzo"),
        (f"WarGonzo posted a video from the bridge. WarGonzo: \u201c{QUOTE}\u201d", "WarGonzo"),
        (f"Two Majors wrote about the bridge. Two Majors: \u201c{QUOTE}\u201d", "Two Majors"),
        # A signature or a credit with the day or the platform: given to nobody before.
        (f"\u201c{QUOTE}\u201d \u2014 WarGonzo, January 21", "WarGonzo"),
        (f"\u201c{QUOTE}\u201d (WarGonzo, January 21, 2022)", "WarGonzo"),
        (f"\u201c{QUOTE}\u201d (Semyon Pegov on Telegram)", "Semyon Pegov"),
        # Where or whose post, before the colon.
        (f"WarGonzo, in a statement: \u201c{QUOTE}\u201d", "WarGonzo"),
        (f"WarGonzo, Telegram: \u201c{QUOTE}\u201d", "WarGonzo"),
        (f"WarGonzo's channel: \u201c{QUOTE}\u201d", "WarGonzo"),
    ],
)
def test_words_labelled_or_signed_with_a_name_are_that_name_s(passage: str, speaker: str) -> None:
    # `As X put it, “…”`, `“…” — X` and `Dmitry Medvedev: “…”` gave the words to nobody: Rybar's post of
    # them passed on the note's URL.
    result = check_author(_given((passage,)))
    assert result.status == "warn", passage
    assert f"gives the quoted words to {speaker!r}, but the post is by 'Рыбарь / @rybar'" in result.detail


@pytest.mark.parametrize(
    "passage",
    [
        f"As Rybar put it, \u201c{QUOTE}\u201d",  # the post's own owner
        f"\u201c{QUOTE}\u201d \u2014 Rybar",
        # A word or two before a colon is as often an outlet's headline, a label or a place as a speaker.
        f"Reuters: \u201c{QUOTE}\u201d",
        f"Breaking News: \u201c{QUOTE}\u201d",
        f"Kherson Region: \u201c{QUOTE}\u201d",
        f"As he put it, \u201c{QUOTE}\u201d",
        # One word before a colon names a speaker only written as an account's or said to speak elsewhere.
        f"Bakhmut: \u201c{QUOTE}\u201d",
        f"Russia: \u201c{QUOTE}\u201d",
        f"Russian: \u201c{QUOTE}\u201d",
        f"TASS: \u201c{QUOTE}\u201d",
        f"Bakhmut (Donetsk region): \u201c{QUOTE}\u201d",
        f"North Carolina: \u201c{QUOTE}\u201d",
        f"Russian Ministry: \u201c{QUOTE}\u201d",
        f"Rybar: \u201c{QUOTE}\u201d",
        f"Rybar (@rybar): \u201c{QUOTE}\u201d",
        f"Bakhmut saw heavy fighting. Bakhmut: \u201c{QUOTE}\u201d",
        f"\u201c{QUOTE}\u201d (Rybar, January 21)",
        f"Rybar's channel: \u201c{QUOTE}\u201d",
        f"Russia's statement: \u201c{QUOTE}\u201d",
        f"\u201c{QUOTE}\u201d (Bakhmut)",
    ],
)
def test_a_label_that_names_no_person_or_the_post_s_owner_still_passes(passage: str) -> None:
    assert check_author(_given((passage,))).status == "pass", passage


def test_a_family_name_alone_is_not_the_post_s_full_name() -> None:
    # Nobody named in full, or two people of that name: which Medvedev is for a person to say.
    for passage in (
        f"Medvedev wrote: \u201c{QUOTE}\u201d",
        f"Svetlana Medvedev and Dmitry Medvedev spoke. Medvedev wrote: \u201c{QUOTE}\u201d",
    ):
        given = _given((passage,), MEDVEDEV_URL_ONLY, MEDVEDEV_POST, note=f"January 21, 2022, {MEDVEDEV_URL}")
        assert check_author(given).status == "warn", passage


def test_passages_naming_a_speaker_in_full_and_by_family_name_name_one() -> None:
    # `Dmitry Medvedev wrote` in one passage and `Medvedev wrote` in another were two speakers, so none, and
    # the note that is only Rybar's URL passed on Rybar's post for Medvedev's words.
    passages = (f"Dmitry Medvedev wrote on Telegram: “{QUOTE}”", f"Medvedev wrote: “{QUOTE}”")
    result = check_author(_given(passages))
    assert result.status == "warn" and "'Dmitry Medvedev'" in result.detail
    own = _given(passages, MEDVEDEV_URL_ONLY, MEDVEDEV_POST, note=f"January 21, 2022, {MEDVEDEV_URL}")
    assert check_author(own).status == "pass"
    # Two full names the family name may end: which Medvedev is left open, each speaker named.
    two = (*passages, f"Ilya Medvedev wrote: “{QUOTE}”")
    assert "'Medvedev' (line 11)" in check_author(_given(two)).detail


def test_passages_naming_two_speakers_name_none() -> None:
    passages = (f"Dmitry Medvedev wrote: \u201c{QUOTE}\u201d", f"Rybar wrote: \u201c{QUOTE}\u201d")
    result = check_author(_given(passages))
    assert "citing passage" not in result.detail


@pytest.mark.parametrize("note_names_rybar", [False, True])
def test_passages_giving_the_words_to_several_speakers_none_the_post_s_warn(note_names_rybar: bool) -> None:
    # Two speakers named no one, and the note (Rybar's URL, or naming Rybar) passed on Rybar's post, though
    # the report gives its words to Medvedev in one passage and to Peskov in another.
    passages = (f"Dmitry Medvedev wrote: “{QUOTE}”", f"Dmitry Peskov said: “{QUOTE}”")
    citation = URL_ONLY.model_copy(update={"author": "Rybar"}) if note_names_rybar else URL_ONLY
    note = f"Rybar, {NOTE}" if note_names_rybar else NOTE
    result = check_author(_given(passages, citation, note=note))
    assert result.status == "warn"
    assert (
        "'Dmitry Medvedev' (line 10) and 'Dmitry Peskov' (line 11), none of them the post's" in result.detail
    )
    assert footnote_status(run_checks(_given(passages, citation, note=note))) == "unconfirmed"


def test_a_note_naming_the_post_s_account_for_words_the_passage_gives_another_warns() -> None:
    # `Rybar, Telegram, …` is Rybar's post, as the note says; the words are Medvedev's by the report's body.
    named = URL_ONLY.model_copy(update={"author": "Rybar"})
    result = check_author(
        _given((f"Dmitry Medvedev wrote: \u201c{QUOTE}\u201d",), named, note=f"Rybar, {NOTE}")
    )
    assert result.status == "warn"
    assert result.detail.startswith(
        "cited 'rybar'; the source shows 'Рыбарь', but the citing passage (line 10)"
    )
    assert "'Dmitry Medvedev'" in result.detail


def test_a_note_naming_the_speaker_the_passage_names_passes_on_the_note() -> None:
    named = URL_ONLY.model_copy(update={"author": "Rybar"})
    result = check_author(_given((f"Rybar wrote: \u201c{QUOTE}\u201d",), named, note=f"Rybar, {NOTE}"))
    assert result.status == "pass" and result.detail == "cited 'rybar'; the source shows 'Рыбарь'"


def test_an_account_the_accounts_registry_tied_to_the_speaker_is_not_held_to_the_passage() -> None:
    # `provenance locate` proposed @rybar's post for the Medvedev quote from the user's own registry, and a
    # person confirmed it: the registry is the user's word on where that speaker posts.
    confirmed = URL_ONLY.model_copy(update={"located": "confirmed"})
    result = check_author(_given((f"Dmitry Medvedev wrote: \u201c{QUOTE}\u201d",), confirmed))
    assert result.status == "pass" and "citing passage" not in result.detail


def test_with_nothing_read_a_note_naming_another_than_the_passage_s_speaker_warns() -> None:
    # `--offline` and `--lint`: the note cites Rybar for words the passage gives to Medvedev.
    named = URL_ONLY.model_copy(update={"author": "Rybar"})
    given = _given((f"Dmitry Medvedev wrote: \u201c{QUOTE}\u201d",), named, note=f"Rybar, {NOTE}")
    result = check_author(dataclasses.replace(given, source=None, live=None))
    assert result.status == "warn"
    assert result.detail.startswith("the note names 'Rybar', but the citing passage (line 10) gives")
    same = _given((f"Rybar wrote: \u201c{QUOTE}\u201d",), named, note=f"Rybar, {NOTE}")
    assert check_author(dataclasses.replace(same, source=None, live=None)).status == "skip"
    url_only = _given((f"Dmitry Medvedev wrote: \u201c{QUOTE}\u201d",))  # nothing to set the speaker against
    assert check_author(dataclasses.replace(url_only, source=None, live=None)).status == "skip"


def test_a_web_page_s_byline_is_not_compared_with_the_person_it_quotes() -> None:
    page = POST.model_copy(update={"platform": Platform.WEB, "handle": None, "author": "Lina Haddad"})
    web = Citation(platform=Platform.WEB, url="https://news.example/a")
    result = check_author(_given((f"Dmitry Medvedev said: \u201c{QUOTE}\u201d",), web, page))
    assert result.status == "skip"


def test_a_forward_of_the_speaker_s_post_warns_that_the_post_is_the_forwarder_s() -> None:
    forward = POST.model_copy(
        update={"fields": {"forwarded_from": "Grey Zone", "forwarded_from_url": "https://t.me/grey_zone/5"}}
    )
    result = check_author(_given((f"Grey Zone wrote on Telegram: \u201c{QUOTE}\u201d",), source=forward))
    assert result.status == "warn" and "forwarded by @rybar" in result.detail


def test_a_repost_on_x_names_the_original_post_by_its_own_link_not_a_telegram_one() -> None:
    # The original's link was built as `https://t.me/<handle>/<id>` whatever the platform.
    repost = POST.model_copy(
        update={
            "platform": Platform.TWITTER,
            "fields": {
                "forwarded_from": "Grey Zone",
                "forwarded_from_url": "https://x.com/grey_zone/status/5",
            },
        }
    )
    citation = Citation(platform=Platform.TWITTER, author="Grey Zone", url="https://x.com/rybar/status/9")
    result = check_author(_given((), citation, repost, note="Grey Zone, X, https://x.com/rybar/status/9"))
    assert result.status == "warn"
    assert "cite the original post (https://x.com/grey_zone/status/5)" in result.detail
    assert "t.me" not in result.detail


def test_the_speaker_s_own_post_forwarding_another_s_words_warns() -> None:
    forward = POST.model_copy(
        update={"fields": {"forwarded_from": "Grey Zone", "forwarded_from_url": "https://t.me/grey_zone/5"}}
    )
    result = check_author(_given((f"Rybar wrote on Telegram: \u201c{QUOTE}\u201d",), source=forward))
    assert result.status == "warn" and "'Grey Zone' (@grey_zone)" in result.detail


def test_the_speaker_s_handle_in_the_passage_must_be_the_post_s() -> None:
    # A display name can be anyone's: `Elon Musk` on @elonmusk_fan is not the @elonmusk the report names.
    url = "https://x.com/elonmusk_fan/status/1484307299693617728"
    fan = POST.model_copy(
        update={"platform": Platform.TWITTER, "author": "Elon Musk", "handle": "elonmusk_fan"}
    )
    citation = Citation(platform=Platform.TWITTER, author="elonmusk_fan", handle="elonmusk_fan", url=url)
    result = check_author(_given((f"Elon Musk (@elonmusk) tweeted \u201c{QUOTE}\u201d",), citation, fan, url))
    assert result.status == "warn" and "@elonmusk posting" in result.detail


def test_a_footnote_quoted_by_thousands_of_passages_reads_a_bounded_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[str] = []

    def counting(text: str, quote: str, cited: frozenset[str] = frozenset()) -> None:
        read.append(quote)

    monkeypatch.setattr(author_check, "quote_speaker", counting)
    check_author(_given(tuple(f"Dmitry Medvedev wrote: \u201c{QUOTE}\u201d" for _ in range(5000))))
    assert len(read) == MAX_PASSAGE_QUOTES


X_URL = "https://x.com/bob/status/1484307299693617731"
BOBS_POST = SourcePost(
    platform=Platform.TWITTER,
    url=X_URL,
    post_id="1484307299693617731",
    author="Bob Smith",
    handle="bob",
    published=dt.datetime(2022, 1, 20, 9, 15, tzinfo=dt.UTC),
    text=WORDS,
)


def _note_on(note: str, source: SourcePost = BOBS_POST) -> CheckInput:
    footnote = Footnote(label="1", text=note, line=40, urls=(X_URL,))
    citation = parse_citation(footnote).citation
    return CheckInput(footnote=footnote, citation=citation, outcome=CAPTURED, live=source, source=source)


def test_a_note_naming_a_person_beside_the_post_s_own_handle_warns_when_the_post_shows_another() -> None:
    # `Alice Jones (@bob)` on @bob's post shown as Bob Smith passed on the handle alone: the note credits
    # Alice, whom the post does not show.
    result = check_author(_note_on(f"Alice Jones (@bob), X, January 20, 2022, {X_URL}"))
    assert result.status == "warn"
    assert "the note credits 'Alice Jones'; the post is @bob's, shown as 'Bob Smith'" in result.detail
    near = BOBS_POST.model_copy(update={"author": "Alice Jonas"})
    result = check_author(_note_on(f"Alice Jones (@bob), X, January 20, 2022, {X_URL}", near))
    assert result.status == "warn" and "close to, not the same as, 'Alice Jones'" in result.detail


def test_a_note_crediting_several_people_beside_the_post_s_own_handle_warns_when_it_shows_one() -> None:
    # `Alice Jones & Bob Smith (@bob)` on @bob's post shown as Bob Smith passed: the display name, one of the
    # names cited, read as a shortening of them all. Without the handle the same note warned.
    for note in ("Alice Jones & Bob Smith (@bob)", "Bob Smith and Alice Jones (@bob)"):
        result = check_author(_note_on(f"{note}, X, January 20, 2022, {X_URL}"))
        assert result.status == "warn", result.detail
        assert "shown as 'Bob Smith', which does not name 'Alice Jones'" in result.detail
    both = BOBS_POST.model_copy(update={"author": "Bob Smith & Alice Jones"})
    note = f"Alice Jones & Bob Smith (@bob), X, January 20, 2022, {X_URL}"
    assert check_author(_note_on(note, both)).status == "pass"


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        ("Bob Smith (@bob)", "Bob Smith"),
        ("Alice Jones (@bob)", "Alice Jones"),  # the account shows the person the note names
        ("Smith (@bob)", "Bob Smith"),  # a family name alone
        ("President Zelensky (@bob)", "Volodymyr Zelenskyy"),  # a description, and a spelling of the name
        ("Institute for the Study of War (@bob)", "ISW"),  # the initials the account goes by
        ("Dr. Alice Jones (@bob)", "Alice Jones"),  # an honorific
        ("A. Jones (@bob)", "Alice Jones"),  # an initial
        (
            "UK Ministry of Defence (@bob)",
            "Ministry of Defence \U0001f1ec\U0001f1e7",
        ),  # a shorter display name
        ("Alice Jones via @bob", "Bob Smith"),  # Alice's words, posted by @bob: the post is @bob's
        ("Bob Smith quoting Alice Jones (@bob)", "Bob Smith"),
        ("@bob (quoting Alice Jones)", "Bob Smith"),
    ],
)
def test_a_name_beside_the_post_s_own_handle_that_is_the_account_s_passes(note: str, shown: str) -> None:
    source = BOBS_POST.model_copy(update={"author": shown})
    result = check_author(_note_on(f"{note}, X, January 20, 2022, {X_URL}", source))
    assert result.status == "pass", result.detail


def _robertjones_post(display_name: str, handle: str = "robertjones") -> SourcePost:
    url = f"https://x.com/{handle}/status/1484307299693617731"
    return BOBS_POST.model_copy(update={"author": display_name, "handle": handle, "url": url})


@pytest.mark.parametrize(
    ("note", "handle", "shown"),
    [
        ("Robert Jones", "robertjones", "Alice"),
        ("Robert Jones", "robertjones", "Alice Smith"),
        ("Jones", "robertjones", "Alice"),
        ("Eliot Higgins", "EliotHiggins", "Dr. Strangelove"),
        ("Eliot Higgins", "eliothiggins", "Alice Smith"),
        ("Grey Zone", "grey_zone", "Alice"),
        # Another script's name that is neither the cited name transliterated nor a translation of it word
        # for word (Алиса, Alisa): it passed as though it were one.
        ("Robert Jones", "robertjones", "\u0410\u043b\u0438\u0441\u0430"),
        ("Grey Zone", "grey_zone", "\u0410\u043b\u0438\u0441\u0430"),
        # The name transliterated but for its family name (Роберт Смит, Robert Smit): one of its words is the
        # name's, so it is no translation, and the handle stood in for the family name it does not show.
        ("Robert Jones", "robertjones", "\u0420\u043e\u0431\u0435\u0440\u0442 \u0421\u043c\u0438\u0442"),
        # Another person's name in another script with as many words as the name (Алиса Смит, Alisa Smit;
        # Алиса Джонс; أليس سميث): it passed as a translation. A given name is transliterated, not translated.
        ("Robert Jones", "robertjones", "\u0410\u043b\u0438\u0441\u0430 \u0421\u043c\u0438\u0442"),
        ("Robert Jones", "robertjones", "\u0410\u043b\u0438\u0441\u0430 \u0414\u0436\u043e\u043d\u0441"),
        ("Robert Jones", "robertjones", "\u0623\u0644\u064a\u0633 \u0633\u0645\u064a\u062b"),
        ("Grey Zone", "grey_zone", "\u0410\u043b\u0438\u0441\u0430 \u0421\u043c\u0438\u0442"),
        ("Michael Jones", "robertjones", "\u041c\u0430\u0439\u043a\u043b \u0421\u043c\u0438\u0442"),
        # Another common given name in the place of the name's (John Jones; Анна Захарова): the handle stood
        # in for the given name the display name does not show.
        ("Robert Jones", "robertjones", "John Jones"),
        ("Maria Zakharova", "mariazakharova", "Anna Zakharova"),
        (
            "Maria Zakharova",
            "mariazakharova",
            "\u0410\u043d\u043d\u0430 \u0417\u0430\u0445\u0430\u0440\u043e\u0432\u0430",
        ),
        # Another word in the place of the name's last (a family name's): the handle stood in for it.
        ("Robert Jones", "robertjones", "Robert Smith"),
        ("Robert Jones", "robertjones", "Robert (Bob) Smith"),
        ("Grey Zone", "grey_zone", "Grey Area"),
    ],
)
def test_a_name_that_is_only_the_handle_s_words_warns_when_the_account_shows_someone_else(
    note: str, handle: str, shown: str
) -> None:
    # `Robert Jones (@robertjones)` on @robertjones's post shown as Alice passed: the name read as the
    # handle itself, and each of its words as in the handle. The account is the one cited; the person the
    # note credits is not the one it shows.
    url = f"https://x.com/{handle}/status/1484307299693617731"
    result = check_author(
        _note_on(f"{note} (@{handle}), X, January 20, 2022, {url}", _robertjones_post(shown, handle))
    )
    assert result.status == "warn", result.detail
    assert (
        f"the note credits {note!r}; the post is @{handle}'s, shown as {shown!r}, which is not"
        in result.detail
    )


@pytest.mark.parametrize(
    ("note", "handle", "shown", "status"),
    [
        ("Robert Jones", "robertjones", "Alice", "warn"),
        ("Eliot Higgins", "EliotHiggins", "Dr. Strangelove", "warn"),
        ("Robert Jones", "robertjones", "\u0410\u043b\u0438\u0441\u0430", "warn"),  # Алиса, Alisa
        ("Robert Jones", "robertjones", "Bob Jones", "pass"),
        ("Robert Jones", "robertjones", "RJ", "pass"),
        ("Eliot Higgins", "EliotHiggins", "Eliot Higgins", "pass"),
        ("Eliot Higgins", "EliotHiggins", "EliotHiggins", "pass"),  # a display name written as the handle
        ("Rybar", "rybar", "Alice Smith", "pass"),  # the account's name, as its handle writes it
        # A channel's name in another script: its handle is the name the note translates.
        (
            "Military Informant",
            "militaryinformant",
            "\u0412\u043e\u0435\u043d\u043d\u044b\u0439 "
            "\u043e\u0441\u0432\u0435\u0434\u043e\u043c\u0438\u0442\u0435\u043b\u044c",
            "pass",
        ),
    ],
)
def test_a_name_read_only_as_the_post_s_handle_passes_only_where_the_display_name_may_be_it(
    note: str, handle: str, shown: str, status: str
) -> None:
    # `Robert Jones, X, x.com/robertjones/status/…` on the post shown as Alice passed: the name, its words
    # run together, was the handle, and the display name was never looked at.
    url = f"https://x.com/{handle}/status/1484307299693617731"
    result = check_author(_note_on(f"{note}, X, January 20, 2022, {url}", _robertjones_post(shown, handle)))
    assert result.status == status, result.detail
    if status == "warn":
        assert f"the note credits {note!r}; the post is @{handle}'s, shown as {shown!r}" in result.detail


@pytest.mark.parametrize(
    ("note", "handle", "shown"),
    [
        ("Robert Jones", "robertjones", "Bob Jones"),  # a nickname beside the family name
        ("Robert Jones", "robertjones", "Robert"),  # the given name alone
        ("Robert Jones", "robertjones", "Robert J."),  # the family name's initial
        ("Robert Jones", "robertjones", "Bob Jones (he/him)"),
        ("Robert Jones", "robertjones", "RJ"),  # initials
        ("Robert Jones", "robertjones", "robert jones"),
        ("Robert Jones", "robertjones", "robertjones"),  # a display name written as the handle
        ("Robert Jones", "robertjones", "\U0001f1fa\U0001f1e6"),  # no name shown to compare
        # The handle's words found in it folded one by one: folded whole, `eliothiggins` read `eliotiggins`
        # (the `t` and `h` across the words' boundary as one `th`), and Eliot Higgins's own post warned.
        ("Eliot Higgins", "eliothiggins", "\U0001f1fa\U0001f1e6"),
        ("Eliot Higgins", "eliothiggins", "Eliot"),
        (
            "Robert Jones",
            "robertjones",
            "\u0420\u043e\u0431\u0435\u0440\u0442 \u0414\u0436\u043e\u043d\u0441",
        ),
        # Each word transliterated, as a transliteration writes it (Джонсон, `dzhonson`, for Johnson).
        (
            "Robert Johnson",
            "robertjohnson",
            "\u0420\u043e\u0431\u0435\u0440\u0442 \u0414\u0436\u043e\u043d\u0441\u043e\u043d",
        ),
        # A common given name as another script writes it (Майкл, Элис, Иван), and the family name's sounds.
        ("Michael Jones", "robertjones", "\u041c\u0430\u0439\u043a\u043b \u0414\u0436\u043e\u043d\u0441"),
        ("Alice Jones", "robertjones", "\u042d\u043b\u0438\u0441 \u0414\u0436\u043e\u043d\u0441"),
        ("Ivan Petrov", "ivanpetrov", "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432"),
        (
            "Maria Zakharova",
            "mariazakharova",
            "\u041c\u0430\u0440\u0438\u044f \u0417\u0430\u0445\u0430\u0440\u043e\u0432\u0430",
        ),
        # A channel's name in another script, a translation no word of which can be compared: the handle's.
        ("Grey Zone", "grey_zone", "\u0421\u0435\u0440\u0430\u044f \u0417\u043e\u043d\u0430"),
        ("Rybar", "rybar", "Alice Smith"),  # the note names the account only
    ],
)
def test_a_name_in_the_handle_passes_where_the_display_name_shows_part_of_it_or_cannot_be_compared(
    note: str, handle: str, shown: str
) -> None:
    url = f"https://x.com/{handle}/status/1484307299693617731"
    result = check_author(
        _note_on(f"{note} (@{handle}), X, January 20, 2022, {url}", _robertjones_post(shown, handle))
    )
    assert result.status == "pass", result.detail


def test_an_english_name_spelt_as_another_only_comes_close() -> None:
    # A cited Hari Kumar passed on Harry Kumar's post: both folds at once (the doubled r, `y` as `i`) made one
    # name of two. Dmitry and Dmitri, a transliteration's two spellings, still pass.
    result = check_author(
        _note_on(f"Hari Kumar, X, January 20, 2022, {X_URL}", _robertjones_post("Harry Kumar", "bob"))
    )
    assert result.status == "warn" and "the source shows 'Harry Kumar', a near match" in result.detail
    result = check_author(
        _note_on(f"Dmitri Ivanov, X, January 20, 2022, {X_URL}", _robertjones_post("Dmitry Ivanov", "bob"))
    )
    assert result.status == "pass", result.detail


@pytest.mark.parametrize(("cited", "shown"), [("Toni Blair", "Tony Blair"), ("Louis Martin", "Luis Martin")])
def test_two_names_spelt_alike_only_come_close(cited: str, shown: str) -> None:
    # Toni and Tony, Louis and Luis are each two names: folded to one, a cited Toni Blair passed on Tony
    # Blair's post.
    result = check_author(_note_on(f"{cited}, X, January 20, 2022, {X_URL}", _robertjones_post(shown, "bob")))
    assert result.status == "warn" and f"the source shows {shown!r}, a near match" in result.detail


def test_a_russian_given_name_in_english_s_own_form_is_the_transliterated_name() -> None:
    # Aleksandr Dugin warned on Alexander Dugin's post: one name, written by a transliteration or in English.
    result = check_author(
        _note_on(
            f"Aleksandr Dugin, X, January 20, 2022, {X_URL}", _robertjones_post("Alexander Dugin", "bob")
        )
    )
    assert result.status == "pass", result.detail
    result = check_author(
        _note_on(
            f"Aleksandr Dugin, X, January 20, 2022, {X_URL}", _robertjones_post("Aleksandra Dugin", "bob")
        )
    )
    assert result.status == "warn", result.detail


def _telegram_channel_post(display_name: str, handle: str = "rybar_news_ru") -> SourcePost:
    return POST.model_copy(
        update={"author": display_name, "handle": handle, "url": f"https://t.me/{handle}/12345"}
    )


# Russian "parody" as an adjective (`пародийный аккаунт`, a parody account).
_PARODY_RU = "\u043f\u0430\u0440\u043e\u0434\u0438\u0439\u043d\u044b\u0439"


@pytest.mark.parametrize(
    ("display_name", "said"),
    [
        ("Ryb\u0430r", "'Ryb\u0430r' mixes the letters of two scripts"),  # a Cyrillic a (U+0430)
        ("Ryb\u03b1r", "mixes the letters of two scripts"),  # a Greek alpha
        ("Ry\u200bbar", "it hides an invisible character inside a word"),
        ("Rybar | parody", "it calls itself 'parody'"),
        ("Rybar, fan account", "it calls itself 'fan account'"),
        (f"Rybar | {_PARODY_RU} \u0430\u043a\u043a\u0430\u0443\u043d\u0442", f"itself '{_PARODY_RU}'"),
        ("Rybar | not official", "it calls itself 'not official'"),
        ("Rybar | inoffiziell", "it calls itself 'inoffiziell'"),
        ("Rybar, fan-made", "it calls itself 'fan made'"),
    ],
)
def test_a_look_alike_hidden_or_disowned_display_name_is_no_pass_for_the_name_it_reads_as(
    display_name: str, said: str
) -> None:
    # `Rybar, Telegram, …` on another channel's post: the display name alone was compared, and each of these
    # read as `Rybar` (transliterated, invisible marks and the parts of a list dropped) and passed.
    url = "https://t.me/rybar_news_ru/12345"
    note = f"Rybar, Telegram, January 21, 2022, {url}"
    citation = URL_ONLY.model_copy(update={"author": "Rybar", "handle": "rybar_news_ru", "url": url})
    result = check_author(_given((), citation, _telegram_channel_post(display_name), note=note))
    assert result.status == "warn" and said in result.detail, result.detail


def test_a_display_name_written_plainly_or_as_the_note_writes_it_still_passes() -> None:
    url = "https://t.me/rybar_news_ru/12345"
    for cited, display_name in [
        ("Rybar", "Рыбарь"),
        ("Rybar", "Rybar"),
        ("Zapad", "Z\u0430\u043f\u0430\u0434"),  # a slogan's Latin Z in a Cyrillic word is no look-alike
        ("Ryb\u0430r", "Ryb\u0430r"),  # the note wrote the same letters
        ("Rybar", "Rybar | official"),  # `official` is no `not official`
    ]:
        note = f"{cited}, Telegram, January 21, 2022, {url}"
        citation = URL_ONLY.model_copy(update={"author": cited, "handle": "rybar_news_ru", "url": url})
        result = check_author(_given((), citation, _telegram_channel_post(display_name), note=note))
        assert result.status == "pass", (display_name, result.detail)


def test_a_note_naming_a_parody_account_s_handle_for_the_person_warns() -> None:
    # `Rybar (@rybar)` on @rybar's post shown as `Rybar | parody` passed on the handle: the account says it is
    # not the one the note names. The cited handle with a look-alike display name is still the account.
    url = "https://t.me/rybar/12345"
    note = f"Rybar (@rybar), Telegram, January 21, 2022, {url}"
    citation = URL_ONLY.model_copy(update={"author": "Rybar", "handle": "rybar"})
    result = check_author(_given((), citation, _telegram_channel_post("Rybar | parody", "rybar"), note=note))
    assert result.status == "warn" and "an account calling itself 'parody'" in result.detail
    look_alike = _telegram_channel_post("Ryb\u0430r", "rybar")
    assert check_author(_given((), citation, look_alike, note=note)).status == "pass"


def test_a_display_name_of_a_person_called_fan_is_no_fan_account() -> None:
    url = "https://t.me/fbb_official/12345"
    note = f"Fan Bingbing, Telegram, January 21, 2022, {url}"
    citation = URL_ONLY.model_copy(update={"author": "Fan Bingbing", "handle": "fbb_official", "url": url})
    post = _telegram_channel_post("Fan Bing-bing", "fbb_official")
    assert check_author(_given((), citation, post, note=note)).status == "pass"


@pytest.mark.parametrize(
    ("note", "handle"),
    [
        ("Rybar, Telegram, January 21, 2022, https://t.me/rybar_parody/12345", "rybar_parody"),
        ("Rybar (@rybar_parody), Telegram, January 21, 2022", "rybar_parody"),
        ("Joe Biden (@JoeBidenParody), Telegram, January 21, 2022", "JoeBidenParody"),
    ],
)
def test_a_post_by_an_account_whose_handle_says_parody_is_no_pass_for_the_person(
    note: str, handle: str
) -> None:
    # Each passed on the display name (or the handle the note gave), though the account's handle says it is
    # not the person.
    author = note.partition(" (")[0].partition(",")[0]
    url = f"https://t.me/{handle}/12345"
    citation = URL_ONLY.model_copy(update={"author": author, "handle": handle, "url": url})
    post = _telegram_channel_post(author, handle)
    result = check_author(_given((), citation, post, note=note))
    assert result.status == "warn" and "itself 'parody'" in result.detail, result.detail


def test_a_note_that_says_parody_itself_or_names_only_the_parody_account_still_passes() -> None:
    url = "https://t.me/rybar_parody/12345"
    for note, author in [
        (f"Rybar parody, Telegram, January 21, 2022, {url}", "Rybar parody"),
        (f"@rybar_parody, Telegram, January 21, 2022, {url}", "rybar_parody"),
    ]:
        citation = URL_ONLY.model_copy(update={"author": author, "handle": "rybar_parody", "url": url})
        post = _telegram_channel_post("Rybar", "rybar_parody")
        assert check_author(_given((), citation, post, note=note)).status == "pass", note
    # A fact-checker's name holds `fake` in one word: no disowning.
    stopfake = "https://t.me/StopFake/12345"
    citation = URL_ONLY.model_copy(update={"author": "StopFake", "handle": "StopFake", "url": stopfake})
    note = f"StopFake, Telegram, January 21, 2022, {stopfake}"
    assert (
        check_author(_given((), citation, _telegram_channel_post("StopFake", "StopFake"), note=note)).status
        == "pass"
    )


@pytest.mark.parametrize(
    ("note", "handle", "said"),
    [
        ("Rybar, Telegram, January 21, 2022, https://t.me/notrybar/12345", "notrybar", "itself 'not'"),
        ("Rybar, Telegram, January 21, 2022, https://t.me/rybar_not/12345", "rybar_not", "itself 'not'"),
        ("Rybar, Telegram, January 21, 2022, https://t.me/rybarfake/12345", "rybarfake", "itself 'fake'"),
        ("Rybar (@notrybar), Telegram, January 21, 2022", "notrybar", "an account calling itself 'not'"),
        ("Joe Biden, Telegram, January 21, 2022, https://t.me/NotJoeBiden/12345", "NotJoeBiden", "'not'"),
    ],
)
def test_a_post_by_an_account_whose_handle_says_not_or_fake_beside_the_name_is_no_pass_for_the_person(
    note: str, handle: str, said: str
) -> None:
    # Each passed on the display name: the handle holds the cited name and a word saying it is not the
    # person's (`fake` and `not` only beside the name, as @StopFake's handle holds `fake`).
    author = note.partition(" (")[0].partition(",")[0]
    url = f"https://t.me/{handle}/12345"
    citation = URL_ONLY.model_copy(update={"author": author, "handle": handle, "url": url})
    post = _telegram_channel_post(author, handle)
    result = check_author(_given((), citation, post, note=note))
    assert result.status == "warn" and said in result.detail, result.detail


def test_a_bluesky_or_mastodon_handle_saying_not_beside_the_name_is_read_up_to_its_domain() -> None:
    # `notrybar.bsky.social` and `not-rybar@mastodon.social` held `.bsky.social` and `@mastodon.social` beside
    # the name: read whole, they said nothing, and the display name `Rybar` passed.
    for platform, handle in [
        (Platform.BLUESKY, "notrybar.bsky.social"),
        (Platform.MASTODON, "not-rybar@mastodon.social"),
    ]:
        citation = Citation(platform=platform, author="Rybar", url="https://social.example/post/1")
        post = POST.model_copy(update={"platform": platform, "author": "Rybar", "handle": handle})
        result = check_author(_given((), citation, post, note="Rybar, January 21, 2022"))
        assert result.status == "warn" and "itself 'not'" in result.detail, result.detail
        own = post.model_copy(update={"handle": handle.replace("not", "", 1).lstrip("-")})
        assert check_author(_given((), citation, own, note="Rybar, January 21, 2022")).status == "pass"


def test_an_account_whose_handle_holds_the_name_and_other_words_still_passes() -> None:
    # A channel's other-language, backup or `real` account names the person as its own; which account is
    # the person's is the accounts registry's to say (`provenance locate`), not a word list's.
    for handle in ("rybar_en", "rybar_ru_backup", "realrybar", "rybar2"):
        url = f"https://t.me/{handle}/12345"
        note = f"Rybar, Telegram, January 21, 2022, {url}"
        citation = URL_ONLY.model_copy(update={"author": "Rybar", "handle": handle, "url": url})
        result = check_author(_given((), citation, _telegram_channel_post("Rybar", handle), note=note))
        assert result.status == "pass", (handle, result.detail)
    # The note that names the account itself names it as it is.
    url = "https://t.me/notrybar/12345"
    citation = URL_ONLY.model_copy(update={"author": "notrybar", "handle": "notrybar", "url": url})
    post = _telegram_channel_post("Rybar", "notrybar")
    note = f"@notrybar, Telegram, January 21, 2022, {url}"
    assert check_author(_given((), citation, post, note=note)).status == "pass"


def test_the_passage_s_speaker_on_an_account_calling_itself_parody_warns() -> None:
    # `“…,” wrote Rybar.` cited by @rybar_parody's URL alone passed on its display name `Rybar`.
    url = "https://t.me/rybar_parody/12345"
    citation = URL_ONLY.model_copy(update={"author": "rybar_parody", "handle": "rybar_parody", "url": url})
    post = _telegram_channel_post("Rybar", "rybar_parody")
    result = check_author(_given((f"\u201c{QUOTE}\u201d, wrote Rybar.",), citation, post, note=url))
    assert result.status == "warn" and "calls itself 'parody'" in result.detail, result.detail
    assert check_author(_given((f"\u201c{QUOTE}\u201d, wrote Rybar.",))).status == "pass"


TIKTOK_URL = "https://www.tiktok.com/@rybar_tiktok/video/7300000000000000000"


def _on_tiktok(note: str, display_name: str) -> CheckInput:
    video = SourcePost(
        platform=Platform.TIKTOK,
        url=TIKTOK_URL,
        author=display_name,
        handle="rybar_tiktok",
        published=dt.datetime(2022, 1, 20, 9, 15, tzinfo=dt.UTC),
        text=WORDS,
    )
    footnote = Footnote(label="1", text=f"{note}, TikTok, January 20, 2022, {TIKTOK_URL}", line=40)
    citation = parse_citation(footnote).citation
    return CheckInput(footnote=footnote, citation=citation, outcome=CAPTURED, live=video, source=video)


@pytest.mark.parametrize("note", ["Rybar (@rybar on X)", "Rybar (X: @rybar)", "Rybar (@rybar (Telegram))"])
def test_a_handle_the_note_gives_on_another_platform_is_no_claim_of_the_post_s_account(note: str) -> None:
    # `Rybar (@rybar on X)` on @rybar_tiktok's video shown as Rybar failed as though the note named another
    # TikTok account: the name is the one shown, and whether this account is the person's the note leaves
    # open.
    result = check_author(_on_tiktok(note, "Rybar"))
    assert result.status == "warn", result.detail
    assert (
        "cited 'Rybar', whose account the note gives as @rybar on another platform; the post is "
        "@rybar_tiktok's, shown as 'Rybar': the same person's account here?" in result.detail
    )


def test_a_handle_on_another_platform_still_fails_a_post_showing_someone_else() -> None:
    assert check_author(_on_tiktok("Rybar (@rybar on X)", "Alice Smith")).status == "fail"
    assert check_author(_on_tiktok("Rybar (@rybar on TikTok)", "Rybar")).status == "fail"  # this platform's
    assert check_author(_on_tiktok("Rybar (@rybar_tiktok)", "Rybar")).status == "pass"


# @oldname's video, the account since renamed @newname: TikTok serves the id under any username in the link.
RENAMED_TIKTOK_URL = "https://www.tiktok.com/@oldname/video/7300000000000000000"


def _renamed_tiktok(
    note: str, display_name: str = "Jane Doe", shown_id: str = "7300000000000000000"
) -> CheckInput:
    video = SourcePost(
        platform=Platform.TIKTOK,
        url=RENAMED_TIKTOK_URL,
        post_id=shown_id,
        author=display_name,
        handle="newname",
        text=WORDS,
    )
    footnote = Footnote(label="1", text=f"{note}TikTok, January 20, 2022, {RENAMED_TIKTOK_URL}", line=40)
    citation = parse_citation(footnote).citation
    return CheckInput(footnote=footnote, citation=citation, outcome=CAPTURED, live=video, source=video)


@pytest.mark.parametrize("note", ["", "Jane Doe, "])
def test_a_tiktok_video_under_a_new_username_than_its_link_s_warns_as_a_rename(note: str) -> None:
    # `TikTok, …, tiktok.com/@oldname/video/<id>` on the same video, now @newname's, failed `author`
    # ('cited oldname; the source shows Jane Doe / @newname'): the id names one video whatever the account, as
    # X's does, so the account was renamed or the link's username is wrong; a person must look.
    result = check_author(_renamed_tiktok(note))
    assert result.status == "warn", result.detail
    assert (
        "the note gives @oldname; the post is under @newname now (the post id 7300000000000000000 matches)"
        in result.detail
    )


def test_a_tiktok_video_under_another_username_never_passes() -> None:
    # Another video than the cited one, or the same one shown as someone else, is not the cited author's.
    another = check_author(_renamed_tiktok("", shown_id="7300000000000000001"))
    assert (
        another.status == "fail" and "the capture shows another post, 7300000000000000001" in another.detail
    )
    someone = check_author(_renamed_tiktok("Jane Doe, ", display_name="Harbour Watch Bot"))
    assert someone.status == "fail", someone.detail
    # A note naming an account by `@` claims that account's video, its link's username or not.
    assert check_author(_renamed_tiktok("@oldname, ")).status == "fail"
    assert check_author(_renamed_tiktok("@someone_else, ")).status == "fail"
    assert check_author(_on_tiktok("Rybar (@rybar on TikTok)", "Rybar")).status == "fail"
    # The video's own username, in the note or its link, passes.
    assert check_author(_renamed_tiktok("Jane Doe (@newname), ")).status == "pass"


REDDIT_URL = "https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed/"
REDDIT_POST = SourcePost(
    platform=Platform.REDDIT,
    url=REDDIT_URL,
    author="u/harbour_watch",  # Reddit shows its user name, no other
    handle="harbour_watch",
    published=dt.datetime(2024, 3, 3, 8, 15, tzinfo=dt.UTC),
    text=WORDS,
)


@pytest.mark.parametrize(
    ("note", "status"),
    [
        ("Harbour Watch (u/harbour_watch)", "pass"),
        ("Harbour Watch", "pass"),
        ("Alice Jones (u/harbour_watch)", "warn"),  # a name the handle does not spell
    ],
)
def test_a_reddit_user_name_shown_as_the_display_name_is_no_other_person_s_name(
    note: str, status: str
) -> None:
    # `Harbour Watch (u/harbour_watch)` warned as though the post showed someone else: `u/harbour_watch` is
    # only the handle, and the name beside it is the one the handle spells.
    footnote = Footnote(label="1", text=f"{note}, Reddit, March 3, 2024, {REDDIT_URL}", line=40)
    citation = parse_citation(footnote).citation
    given = CheckInput(
        footnote=footnote, citation=citation, outcome=CAPTURED, live=REDDIT_POST, source=REDDIT_POST
    )
    result = check_author(given)
    assert result.status == status, result.detail


THREADS_URL = "https://www.threads.com/@rybar/post/C9wK8SrvY5T"


def _on_threads(note: str, display_name: str, handle: str = "rybar") -> CheckInput:
    post = SourcePost(
        platform=Platform.THREADS,
        url=THREADS_URL,
        author=display_name,
        handle=handle,
        published=dt.datetime(2022, 1, 20, 9, 15, tzinfo=dt.UTC),
        text=WORDS,
    )
    footnote = Footnote(label="1", text=f"{note}, January 20, 2022, {THREADS_URL}", line=40)
    citation = parse_citation(footnote).citation
    return CheckInput(footnote=footnote, citation=citation, outcome=CAPTURED, live=post, source=post)


def test_a_handle_the_note_ties_to_threads_is_held_to_a_threads_post() -> None:
    # Threads was a platform this tool read no post of: `Rybar (@rybar on Threads)` on @rybar_threads's
    # Threads post read @rybar as the person's account elsewhere, and only warned ("the same person's account
    # here?"), where the note names this platform's account and the post is another's.
    result = check_author(_on_threads("Rybar (@rybar on Threads)", "Rybar", handle="rybar_threads"))
    assert result.status == "fail", result.detail
    assert "another platform" not in result.detail
    assert check_author(_on_threads("Rybar (@rybar on Threads)", "Rybar")).status == "pass"
    # A handle tied to another platform than the post's still is the person's account there.
    result = check_author(_on_threads("Rybar (@rybar on X)", "Rybar", handle="rybar_threads"))
    assert result.status == "warn" and "on another platform" in result.detail, result.detail


def test_a_display_name_of_megabytes_is_cut_to_compare_and_confirms_nothing() -> None:
    # A hostile page's or a broken header's name of a megabyte took 4 s a megabyte to compare, was written
    # whole into the detail, and passed on the handle: no account's name is so long.
    url = "https://x.com/robertjones/status/1484307299693617731"
    note = f"Robert Jones (@robertjones), X, January 20, 2022, {url}"
    result = check_author(_note_on(note, _robertjones_post("Robert Jones " + "x" * 1_000_000)))
    assert result.status == "warn"
    assert "the source's author runs to 1,000,013 characters, no name's length" in result.detail
    assert len(result.detail) + len(result.found or "") < 3_000
    # A byline of many writers, as a page lists them, is a name's length, and still passes.
    writers = ", ".join(f"Writer{number} Surname{number}" for number in range(19)) + ", Robert Jones"
    assert 300 < len(writers) < 1_000
    assert check_author(_note_on(note, _robertjones_post(writers))).status == "pass"


@pytest.mark.parametrize("note", ["Bellingcat", "Bellingcat (@bob)"])
def test_an_outlet_named_beside_a_person_s_display_name_is_not_the_account_s(note: str) -> None:
    # `Bellingcat` on the post of `Alice Jones | Bellingcat` passed: the display name was read as listing
    # two, and the outlet she names beside her name was taken for the account.
    journalist = BOBS_POST.model_copy(update={"author": "Alice Jones | Bellingcat"})
    result = check_author(_note_on(f"{note}, X, January 20, 2022, {X_URL}", journalist))
    assert result.status == "warn"
    assert (
        "the post is @bob's, shown as 'Alice Jones | Bellingcat': the account of 'Alice Jones'"
        in result.detail
    )


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        ("Alice Jones", "Alice Jones | Bellingcat"),  # the person, whose account it is
        ("Rybar", "\u0420\u044b\u0431\u0430\u0440\u044c | Rybar"),  # a name and its transliteration
        ("UWT", "Ukraine Weapons Tracker | UWT"),  # a name and its initials
        ("Reuters", "Reuters | Jane Smith"),  # the outlet's own account, naming who posts
    ],
)
def test_a_display_name_of_parts_one_of_them_the_account_s_still_passes(note: str, shown: str) -> None:
    source = BOBS_POST.model_copy(update={"author": shown})
    assert check_author(_note_on(f"{note}, X, January 20, 2022, {X_URL}", source)).status == "pass"


@pytest.mark.parametrize(
    "shown",
    [
        "\U0001f1fa\U0001f1e6 Eliot Higgins \U0001f1fa\U0001f1e6",  # flags, which read as letters (`ua`)
        "Eliot Higgins \u2728",
        "\U0001f534 Eliot Higgins",
        "Eliot\U0001f44d\U0001f3fdHiggins",
    ],
)
def test_a_display_name_with_emoji_around_the_name_is_the_name(shown: str) -> None:
    # `🇺🇦 Eliot Higgins 🇺🇦` was compared as `ua eliot higgins ua`, no match for the note's Eliot Higgins:
    # his own post warned (and failed under another handle than the URL's).
    source = BOBS_POST.model_copy(update={"author": shown})
    result = check_author(_note_on(f"Eliot Higgins, X, January 20, 2022, {X_URL}", source))
    assert result.status == "pass", result.detail
    assert f"the source shows {shown!r}" in result.detail
    # Another person's name among the emoji is still another's; a hidden character inside a word tells.
    other = BOBS_POST.model_copy(
        update={"author": shown.replace("Eliot", "Elliot").replace("Higgins", "Hggins")}
    )
    assert check_author(_note_on(f"Eliot Higgins, X, January 20, 2022, {X_URL}", other)).status != "pass"
    hidden = BOBS_POST.model_copy(update={"author": shown.replace("Higgins", "Hig\u200bgins")})
    assert check_author(_note_on(f"Eliot Higgins, X, January 20, 2022, {X_URL}", hidden)).status != "pass"
    # Letters drawn as symbols are a word, no emoji: `🅿🅰🆁🅾🅳🆈` beside the name is not left out.
    spelt = BOBS_POST.model_copy(
        update={"author": "Eliot Higgins \U0001f17f\U0001f170\U0001f181\U0001f17e\U0001f173\U0001f188"}
    )
    assert check_author(_note_on(f"Eliot Higgins, X, January 20, 2022, {X_URL}", spelt)).status != "pass"


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("Gen. Mark Milley", "Mark Milley"),
        ("Lt. Gen. Ben Hodges", "Ben Hodges"),
        ("Sen. Lindsey Graham", "Lindsey Graham"),
        ("Sheikh Ahmed Yassin", "Ahmed Yassin"),
        ("Alice Jones", "Dr. Alice Jones"),
        # Each warned that the post is another's ("compare by hand"), as `Sayyed`, `Ayatollah` or `Prime
        # Minister` were read as words of the name.
        ("Sayyed Hassan Nasrallah", "Hassan Nasrallah"),
        ("Sayyid Hassan Nasrallah", "Hassan Nasrallah"),
        ("Ayatollah Ali Khamenei", "Ali Khamenei"),
        ("Grand Ayatollah Ali al-Sistani", "Ali al-Sistani"),
        ("Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu"),
    ],
)
def test_a_title_one_name_gives_and_the_other_leaves_out_is_the_same_name(cited: str, shown: str) -> None:
    # `Gen. Mark Milley` on the post shown as Mark Milley did not match (`gen` read as a word of the name):
    # his own post warned, or failed under another handle.
    source = BOBS_POST.model_copy(update={"author": shown})
    result = check_author(_note_on(f"{cited}, X, January 20, 2022, {X_URL}", source))
    assert result.status == "pass", result.detail
    # The same title before another's name is still another's; `Mr.` and `Mrs.` still tell two people apart.
    for other_cited, other in (
        (cited, shown.replace(shown.split()[-1], "Smith")),
        ("Mr. Smith", "Mrs. Smith"),
    ):
        source = BOBS_POST.model_copy(update={"author": other})
        assert check_author(_note_on(f"{other_cited}, X, January 20, 2022, {X_URL}", source)).status != "pass"


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("President Putin", "Vladimir Putin"),
        ("Sayyed Nasrallah", "Hassan Nasrallah"),
        ("Prime Minister Netanyahu", "Benjamin Netanyahu"),
        ("President Zelensky", "Volodymyr Zelenskyy"),
        ("Ayatollah Khamenei", "Ali Khamenei"),
        ("Sayyed Nasrallah", "السيد حسن نصر الله"),  # Nasrallah in two Arabic words
    ],
)
def test_a_title_and_the_family_name_pass_on_the_account_whose_name_ends_so(cited: str, shown: str) -> None:
    # `President Putin` on the post of the account named Vladimir Putin warned ("compare by hand").
    source = BOBS_POST.model_copy(update={"author": shown})
    result = check_author(_note_on(f"{cited}, X, January 20, 2022, {X_URL}", source))
    assert result.status == "pass", result.detail
    assert f"cited {cited!r}; the source shows {shown!r}" in result.detail


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("Dr. Ahmed", "Ahmed Hassan"),  # Ahmed is the given name shown: Dr. Ahmed is another
        ("President Biden", "Vladimir Putin"),
        ("Putin", "Vladimir Putin"),  # a family name alone, as before: which Putin is for a person to say
        ("Mr. Putin", "Vladimir Putin"),
        ("Sheikh Tamim", "Tamim bin Hamad Al Thani"),
    ],
)
def test_a_title_before_a_given_name_or_another_family_name_does_not_pass(cited: str, shown: str) -> None:
    source = BOBS_POST.model_copy(update={"author": shown})
    result = check_author(_note_on(f"{cited}, X, January 20, 2022, {X_URL}", source))
    assert result.status != "pass", result.detail


@pytest.mark.parametrize(
    ("note", "source", "shown"),
    [
        (f"Smith, X, January 20, 2022, {X_URL}", BOBS_POST, "Bob Smith"),
        (
            f"Medvedev, Telegram, January 21, 2022, {MEDVEDEV_URL}",
            MEDVEDEV_POST.model_copy(update={"post_id": None}),
            "Дмитрий Медведев",
        ),
    ],
)
def test_a_short_note_s_family_name_alone_warns_on_its_post_naming_whose_it_ends(
    note: str, source: SourcePost, shown: str
) -> None:
    # `Smith, X, …` (a short note's family name, as Chicago's second note gives it) on Bob Smith's own post
    # failed as a wrong author, and the footnote with it: the name is the post's as far as it goes.
    result = check_author(_note_on(note, source))
    assert result.status == "warn", result.detail
    assert f"only the family name of {shown!r}, whom the source shows" in result.detail


def test_a_short_note_s_family_names_of_two_writers_say_whose_they_are() -> None:
    # `Haddad and Said, …` of a page by Lina Haddad and Omar Said warned "cited 'Haddad and Said'; the source
    # shows 'Lina Haddad and Omar Said'", not saying what a person should look at.
    page = SourcePost(
        platform=Platform.WEB, url="https://news.example/a", author="Lina Haddad and Omar Said", text=WORDS
    )
    footnote = Footnote(label="1", text="Haddad and Said, January 21, 2022, https://news.example/a", line=40)
    citation = parse_citation(footnote).citation
    given = CheckInput(footnote=footnote, citation=citation, outcome=CAPTURED, live=page, source=page)
    result = check_author(given)
    assert result.status == "warn"
    assert "only the family names of 'Lina Haddad' and 'Omar Said', whom the source shows" in result.detail
    # One of them not the family name of anyone shown: no such reading.
    other = dataclasses.replace(given, citation=citation.model_copy(update={"author": "Haddad and Jones"}))
    assert "family name" not in check_author(other).detail


def test_a_one_word_name_that_ends_no_shown_name_is_not_called_its_family_name() -> None:
    other = BOBS_POST.model_copy(update={"handle": "bsmith"})  # not the URL's handle either
    for cited in ("Jones", "Robert"):  # another family name; a given name
        result = check_author(_note_on(f"{cited}, X, January 20, 2022, {X_URL}", other))
        assert result.status != "pass" and "family name" not in result.detail, result.detail


def test_a_family_name_alone_on_a_web_page_says_why_it_warns() -> None:
    # It warned "cited 'Haddad'; the source shows 'Lina Haddad'", not saying what a person should look at.
    page = SourcePost(platform=Platform.WEB, url="https://news.example/a", author="Lina Haddad", text=WORDS)
    footnote = Footnote(label="1", text="Haddad, January 21, 2022, https://news.example/a", line=40)
    citation = parse_citation(footnote).citation
    given = CheckInput(footnote=footnote, citation=citation, outcome=CAPTURED, live=page, source=page)
    result = check_author(given)
    assert result.status == "warn"
    assert "cited 'Haddad', only the family name of 'Lina Haddad'" in result.detail


def test_a_passage_giving_the_words_to_a_titled_speaker_passes_on_their_post() -> None:
    # `Sayyed Hassan Nasrallah said: “…”` on the post of the channel shown as Hassan Nasrallah warned:
    # "another account posting or quoting their words?"
    url = "https://t.me/nasrallah_speeches/512"
    post = POST.model_copy(
        update={"url": url, "author": "Hassan Nasrallah", "handle": "nasrallah_speeches", "fields": {}}
    )
    citation = URL_ONLY.model_copy(
        update={"url": url, "author": "nasrallah_speeches", "handle": "nasrallah_speeches"}
    )
    for speaker, status in (("Sayyed Hassan Nasrallah", "pass"), ("Sheikh Naim Qassem", "warn")):
        given = _given(
            (f"{speaker} said: \u201c{QUOTE}\u201d",), citation, post, note=f"January 21, 2022, {url}"
        )
        result = check_author(given)
        assert result.status == status, (speaker, result.detail)


def test_a_lone_word_the_report_cites_elsewhere_is_the_passages_speaker() -> None:
    # `Kotsnews: “…”[1]` on Rybar's post passed: one plain word before a colon named nobody (it may be a
    # place or a label), though another note of the report cites Kotsnews (`CheckInput.cited_speakers`).
    cited = cited_speaker_keys(["Rybar", "rybar", "Kotsnews", "kotsnews"])
    passage = f"Kotsnews: \u201c{QUOTE}\u201d"
    given = dataclasses.replace(_given((passage,)), cited_speakers=cited)
    result = check_author(given)
    assert result.status == "warn"
    assert "gives the quoted words to 'Kotsnews'" in result.detail
    # The post's own author so named passes, in either script; the word alone, no note citing it, as before.
    for own in (f"Rybar: \u201c{QUOTE}\u201d", f"\u0420\u044b\u0431\u0430\u0440\u044c: \u00ab{QUOTE}\u00bb"):
        assert check_author(dataclasses.replace(_given((own,)), cited_speakers=cited)).status == "pass"
    assert check_author(_given((passage,))).status == "pass"


def test_words_given_to_an_unnamed_channel_hold_the_post_to_the_note() -> None:
    # `A Russian channel claimed “…”[1]` gave the words to `Russian` and warned on the very channel the note
    # names; an unnamed channel is the note's to name.
    citation = parse_citation(Footnote(label="1", text=f"Rybar, Telegram, January 21, 2022, {URL}", line=40))
    result = check_author(_given((f"A Russian channel claimed \u201c{QUOTE}\u201d",), citation.citation))
    assert result.status == "pass", result.detail
    other = POST.model_copy(update={"author": "WarGonzo", "handle": "wargonzo"})
    assert (
        check_author(
            _given((f"A Russian channel claimed \u201c{QUOTE}\u201d",), citation.citation, other)
        ).status
        == "fail"
    )


def test_words_a_passage_gives_to_a_handle_hold_the_post_to_that_account() -> None:
    # `@wargonzo wrote “…”[1]` on Rybar's post passed: a handle as the subject named nobody.
    for passage in (f"@wargonzo wrote \u201c{QUOTE}\u201d", f"@wargonzo's post said \u201c{QUOTE}\u201d"):
        result = check_author(_given((passage,)))
        assert result.status == "warn" and "'wargonzo'" in result.detail, result.detail
    assert check_author(_given((f"@rybar wrote \u201c{QUOTE}\u201d",))).status == "pass"


def test_words_one_account_passed_on_from_another_are_on_a_post_of_either() -> None:
    # `Rybar quoted Gladkov: “…”[1]` on WarGonzo's post passed: the passage named no speaker.
    passage = f"Rybar quoted Gladkov: \u201c{QUOTE}\u201d"
    wargonzo = POST.model_copy(update={"author": "WarGonzo", "handle": "wargonzo"})
    result = check_author(
        _given(
            (passage,),
            source=wargonzo,
            citation=URL_ONLY.model_copy(update={"author": "wargonzo", "handle": "wargonzo"}),
        )
    )
    assert result.status == "warn" and "'Rybar' (line 10) and 'Gladkov' (line 10)" in result.detail, (
        result.detail
    )
    # A post of either passes: the relayer's, or the one whose words they are (named in full, as posts show).
    passage = f"Rybar quoted Vyacheslav Gladkov: \u201c{QUOTE}\u201d"
    gladkov = POST.model_copy(update={"author": "Вячеслав Гладков", "handle": "vvgladkov"})
    for post, handle in ((POST, "rybar"), (gladkov, "vvgladkov")):
        citation = URL_ONLY.model_copy(update={"author": handle, "handle": handle})
        assert check_author(_given((passage,), citation, post)).status == "pass"


@pytest.mark.parametrize(
    "passage",
    [
        "According to Rybar, Dmitry Medvedev said \u201c{q}\u201d",
        "Rybar reported that Dmitry Medvedev had said \u201c{q}\u201d",
        "По данным Рыбаря, Дмитрий Медведев заявил: \u00ab{q}\u00bb",
        # Told to one named: the words named nobody, and any account's post passed.
        "Dmitry Medvedev told Rybar: \u201c{q}\u201d",
        "Dmitry Medvedev later told Rybar that \u201c{q}\u201d",
    ],
)
def test_words_a_source_reports_another_said_are_on_a_post_of_either(passage: str) -> None:
    # `According to Rybar, Medvedev said “…”[1]` on Rybar's post warned that the post reports another's
    # words: the passage says so itself, and names Rybar as the source.
    text = passage.format(q=QUOTE)
    result = check_author(_given((text,)))
    assert result.status == "pass", result.detail
    medvedev = check_author(
        _given((text,), MEDVEDEV_URL_ONLY, MEDVEDEV_POST, f"January 21, 2022, {MEDVEDEV_URL}")
    )
    assert medvedev.status == "pass", medvedev.detail
    wargonzo = POST.model_copy(update={"author": "WarGonzo", "handle": "wargonzo"})
    citation = URL_ONLY.model_copy(update={"author": "wargonzo", "handle": "wargonzo"})
    third = check_author(_given((text,), citation, wargonzo))
    assert third.status == "warn" and "none of them the post's author" in third.detail, third.detail


def test_a_screenshot_of_anothers_post_is_the_sharers_post_of_their_words() -> None:
    # `Rybar shared a screenshot of Medvedev's post: “…”[1]` named no speaker: any account's post passed,
    # and Rybar's said nothing of whose the words are.
    passage = f"Rybar shared a screenshot of Dmitry Medvedev's post: \u201c{QUOTE}\u201d"
    result = check_author(_given((passage,)))
    assert result.status == "pass", result.detail
    assert "gives the quoted words to 'Dmitry Medvedev', passed on by 'Rybar', whose post" in result.detail
    wargonzo = POST.model_copy(update={"author": "WarGonzo", "handle": "wargonzo"})
    citation = URL_ONLY.model_copy(update={"author": "wargonzo", "handle": "wargonzo"})
    assert check_author(_given((passage,), citation, wargonzo)).status == "warn"


def test_a_note_naming_the_one_whose_words_the_passage_says_were_passed_on_warns_on_the_relayers_post() -> (
    None
):
    # `Dmitry Medvedev, Telegram, t.me/rybar/…` for words the passage says Rybar showed in a screenshot of his
    # post: the report says whose post it is, so no wrong author to fail, but the post is not Medvedev's.
    note = f"Dmitry Medvedev, Telegram, January 21, 2022, {URL}"
    citation = URL_ONLY.model_copy(update={"author": "Dmitry Medvedev", "handle": None})
    for passage in (
        f"Rybar shared a screenshot of Medvedev's post: \u201c{QUOTE}\u201d",
        f"Rybar quoted Dmitry Medvedev: \u201c{QUOTE}\u201d",
        f"Рыбарь опубликовал скриншот поста Медведева: \u00ab{QUOTE}\u00bb",
    ):
        result = check_author(_given((passage,), citation, note=note))
        assert result.status == "warn", result.detail
        assert "so this post is the one of" in result.detail and "not of 'Dmitry Medvedev'" in result.detail
    # Another relayer, or another person's words: still a wrong author.
    for passage in (
        f"WarGonzo shared a screenshot of Medvedev's post: \u201c{QUOTE}\u201d",
        f"Rybar shared a screenshot of Peskov's post: \u201c{QUOTE}\u201d",
    ):
        assert check_author(_given((passage,), citation, note=note)).status == "fail", passage


@pytest.mark.parametrize(
    "passage",
    [
        "Rybar later deleted a post claiming \u201c{q}\u201d",
        "Sources told Rybar that \u201c{q}\u201d",
        "Rybar said in a video posted on Telegram that \u201c{q}\u201d",
        "Rybar wrote, citing a source in the Russian military, that \u201c{q}\u201d",
    ],
)
def test_words_of_a_post_the_passage_says_rybar_made_hold_the_note_to_rybar_s_post(passage: str) -> None:
    # Each named nobody, and a note that is only Medvedev's URL passed on his post for words the report
    # gives Rybar's post.
    text = passage.format(q=QUOTE)
    given = _given((text,), MEDVEDEV_URL_ONLY, MEDVEDEV_POST, f"January 21, 2022, {MEDVEDEV_URL}")
    result = check_author(given)
    assert result.status == "warn" and "gives the quoted words to 'Rybar'" in result.detail, result.detail
    assert check_author(_given((text,))).status == "pass"


def test_words_the_passage_says_someone_other_than_the_post_s_author_wrote_warn() -> None:
    # `Rybar, not Dmitry Medvedev, wrote “…”[1]` citing Medvedev's post passed: the passage says he did not.
    passage = f"Rybar, not Dmitry Medvedev, wrote \u201c{QUOTE}\u201d"
    note = f"January 21, 2022, {MEDVEDEV_URL}"
    result = check_author(_given((passage,), MEDVEDEV_URL_ONLY, MEDVEDEV_POST, note))
    assert result.status == "warn" and "gives the quoted words to 'Rybar'" in result.detail, result.detail
    assert check_author(_given((passage,))).status == "pass"


def test_a_speaker_set_off_by_a_discourse_word_is_still_the_speaker() -> None:
    # `WarGonzo, however, wrote: “…”[1]` on Rybar's post passed: the comma ended the clause before the verb.
    result = check_author(_given((f"WarGonzo, however, wrote: \u201c{QUOTE}\u201d",)))
    assert result.status == "warn" and "'WarGonzo'" in result.detail, result.detail
    assert check_author(_given((f"Rybar, however, wrote: \u201c{QUOTE}\u201d",))).status == "pass"


def test_words_a_passage_gives_to_a_list_of_speakers_are_on_a_post_of_one_of_them() -> None:
    # `Rybar and WarGonzo both wrote “…”[1][2]`: note 2 citing Two Majors' post passed.
    passage = f"Rybar and WarGonzo both wrote \u201c{QUOTE}\u201d"
    majors = POST.model_copy(update={"author": "Two Majors", "handle": "dva_majors"})
    citation = URL_ONLY.model_copy(update={"author": "Two Majors", "handle": "dva_majors"})
    result = check_author(_given((passage,), citation, majors))
    assert result.status == "warn" and "'Rybar' (line 10) and 'WarGonzo' (line 10)" in result.detail, (
        result.detail
    )
    assert check_author(_given((passage,))).status == "pass"  # Rybar's own post


@pytest.mark.parametrize(
    "passage",
    [
        f"Rybar was the first to claim that \u201c{QUOTE}\u201d",
        f"It was claimed by Rybar that \u201c{QUOTE}\u201d",
        f"The claim, first made by Rybar, that \u201c{QUOTE}\u201d spread fast.",
        f"\u201c{QUOTE}\u201d was posted by Rybar on Monday.",
        f"Rybar's headline read \u201c{QUOTE}\u201d",
        f"Rybar titled the post \u201c{QUOTE}\u201d",
        f"A now-deleted Rybar post said \u201c{QUOTE}\u201d",
        f"A post on Rybar's channel said \u201c{QUOTE}\u201d",
        f"Medvedev said, as reported by Rybar, that \u201c{QUOTE}\u201d",
    ],
)
def test_words_given_to_rybar_in_other_shapes_hold_the_note_to_rybar_s_post(passage: str) -> None:
    # Each named nobody, so a note naming WarGonzo passed on WarGonzo's post for words the report gives Rybar.
    wargonzo = POST.model_copy(update={"author": "WarGonzo", "handle": "wargonzo"})
    note = f"WarGonzo, Telegram, January 21, 2022, {URL}"
    citation = parse_citation(Footnote(label="1", text=note, line=40)).citation
    given = _given((passage,), citation, wargonzo, note=note)
    result = check_author(given)
    assert result.status == "warn" and "'Rybar'" in result.detail, result.detail
    assert footnote_status(run_checks(given)) == "unconfirmed"
    # On Rybar's own post, as the note names it, the same passage passes.
    rybar_note = f"Rybar, Telegram, January 21, 2022, {URL}"
    rybar = parse_citation(Footnote(label="1", text=rybar_note, line=40)).citation
    assert check_author(_given((passage,), rybar, note=rybar_note)).status == "pass"


PESKOV_URL = "https://t.me/peskov_d/1"
PESKOV_POST = POST.model_copy(update={"author": "Дмитрий Песков", "handle": "peskov_d", "url": PESKOV_URL})
DVA_MAJORS_URL = "https://t.me/dva_majors/1"
DVA_MAJORS_POST = POST.model_copy(
    update={"author": "Два майора", "handle": "dva_majors", "url": DVA_MAJORS_URL}
)
# The channel's name with its translation beside it, in brackets, as legal and news notes give it.
DVA_MAJORS_TRANSLATED = f"\u00abДва майора\u00bb [Two Majors], Telegram, January 21, 2022, {DVA_MAJORS_URL}"  # noqa: RUF001


def _noted(note: str, passage: str, source: SourcePost) -> CheckInput:
    return _given((passage,), parse_citation(Footnote(label="1", text=note, line=40)).citation, source, note)


def test_a_family_name_the_note_gives_in_full_for_the_post_s_author_passes() -> None:
    # `Peskov said “…”` with `Dmitry Peskov, Telegram, …` on Дмитрий Песков's post warned that the post
    # reports another's words: the note names the passage's Peskov in full.
    given = _noted(
        f"Dmitry Peskov, Telegram, January 21, 2022, {PESKOV_URL}",
        f"Peskov said \u201c{QUOTE}\u201d",
        PESKOV_POST,
    )
    result = check_author(given)
    assert result.status == "pass", result.detail
    assert "gives the quoted words to 'Peskov', the family name of 'Dmitry Peskov', whom the note names" in (
        result.detail
    )


def test_a_family_name_or_a_translation_the_note_does_not_pair_with_the_post_s_name_still_warns() -> None:
    # No note naming the full name: which Peskov is for a person to say.
    url_only = _noted(PESKOV_URL, f"Peskov said \u201c{QUOTE}\u201d", PESKOV_POST)
    assert check_author(url_only).status == "warn"
    # Another family name than the note's.
    other = _noted(
        f"Dmitry Peskov, Telegram, January 21, 2022, {PESKOV_URL}",
        f"Medvedev said \u201c{QUOTE}\u201d",
        PESKOV_POST,
    )
    assert check_author(other).status == "warn"
    # A translation the note does not give beside the channel's name.
    for note in (
        f"Два майора, Telegram, January 21, 2022, {DVA_MAJORS_URL}",
        DVA_MAJORS_TRANSLATED,
    ):
        passage = "Three Majors" if "[" in note else "Two Majors"
        result = check_author(_noted(note, f"{passage} wrote \u201c{QUOTE}\u201d", DVA_MAJORS_POST))
        assert result.status == "warn", (note, result.detail)


@pytest.mark.parametrize(
    "note",
    [
        DVA_MAJORS_TRANSLATED,
        f"Два майора (Two Majors), Telegram, January 21, 2022, {DVA_MAJORS_URL}",
    ],
)
def test_a_channel_s_translated_name_the_note_gives_beside_it_passes(note: str) -> None:
    # `Two Majors wrote “…”` on Два майора's post, cited so, warned: a translation matches no spelling.
    result = check_author(_noted(note, f"Two Majors wrote \u201c{QUOTE}\u201d", DVA_MAJORS_POST))
    assert result.status == "pass", result.detail
    assert "gives the quoted words to 'Two Majors', which the note gives beside 'Два майора'" in result.detail


def test_words_the_passage_says_one_denied_writing_are_not_compared_as_theirs() -> None:
    # `Rybar denied writing “…”[1]` on Rybar's post passed saying the passage gives the words to Rybar: it
    # says he denied them (the quote check compares what the post says of them).
    result = check_author(_given((f"Rybar denied writing \u201c{QUOTE}\u201d",)))
    assert result.status == "pass", result.detail
    assert "gives the quoted words to 'Rybar'" not in result.detail, result.detail


_YAHOO_URL = "https://news.yahoo.com/bridge-destroyed-overnight-strike-093000123.html"


def _on_a_page(note: str, author: str | None, publisher: str, url: str = _YAHOO_URL) -> CheckInput:
    footnote = Footnote(label="1", text=note, line=40, urls=(url,))
    page = SourcePost(
        platform=Platform.WEB, url=url, author=author, publisher=publisher, title="Bridge destroyed", text="x"
    )
    return CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        outcome=CAPTURED,
        live=page,
        source=page,
    )


@pytest.mark.parametrize(
    ("cited", "shown", "publisher"),
    [
        ("AP", "Associated Press", "Yahoo News"),
        ("The Associated Press", "AP", "Yahoo News"),
        ("AFP", "Agence France-Presse", "Yahoo News"),
        ("NYT", "Jane Smith", "The New York Times"),
    ],
)
def test_an_outlet_credited_by_its_acronym_passes_on_its_name(cited: str, shown: str, publisher: str) -> None:
    # Each warned: "cited 'AP'; the source shows 'Associated Press / Yahoo News'".
    result = check_author(
        _on_a_page(f"{cited}, \u201cBridge destroyed,\u201d March 3, 2022, {_YAHOO_URL}", shown, publisher)
    )
    assert result.status == "pass", result.detail


def test_a_note_naming_the_outlet_passes_saying_the_byline_names_a_person() -> None:
    # "cited 'Harbour Times'; the source shows 'Harbour Times'" read as if the outlet wrote the article, where
    # its byline names Jane Doe: a fact-checker crediting the writer needs her name.
    note = f"Harbour Times, \u201cBridge destroyed,\u201d March 3, 2022, {_YAHOO_URL}"
    result = check_author(_on_a_page(note, "Jane Doe", "Harbour Times"))
    assert (result.status, result.detail) == (
        "pass",
        "cited 'Harbour Times'; the source shows 'Harbour Times', its publisher; its byline names 'Jane Doe'",
    )
    # The byline that is the outlet's own name, or the person cited, adds nothing.
    assert check_author(_on_a_page(note, "Harbour Times", "Harbour Times")).detail == (
        "cited 'Harbour Times'; the source shows 'Harbour Times'"
    )
    note = f"Jane Doe, \u201cBridge destroyed,\u201d March 3, 2022, {_YAHOO_URL}"
    assert check_author(_on_a_page(note, "Jane Doe", "Harbour Times")).detail == (
        "cited 'Jane Doe'; the source shows 'Jane Doe'"
    )


_SPRINGER_NOTE = "https://link.springer.com/article/10.1007/s00431-024-05711-2"


def _on_a_journal_s_page(note: str) -> CheckInput:
    given = _on_a_page(note, "Rui Duarte, Ana Ferreira", "SpringerLink", _SPRINGER_NOTE)
    assert given.source is not None
    page = given.source.model_copy(update={"fields": {"journal": "European Journal of Pediatrics"}})
    return dataclasses.replace(given, live=page, source=page)


def test_a_note_naming_a_page_s_journal_passes_as_one_naming_its_site_does_saying_whose_byline_it_shows() -> (
    None
):
    # A retraction note is its journal's: "cited 'European Journal of Pediatrics'; the source shows 'Rui
    # Duarte, Ana Ferreira / SpringerLink'" warned, its byline the retracted article's authors.
    note = f"\u201cRetraction Note\u201d, European Journal of Pediatrics, 12 September 2024, {_SPRINGER_NOTE}"
    result = check_author(_on_a_journal_s_page(note))
    assert (result.status, result.detail) == (
        "pass",
        "cited 'European Journal of Pediatrics'; the source shows 'European Journal of Pediatrics', its "
        "journal; its byline names 'Rui Duarte, Ana Ferreira'",
    )
    # Another journal's name is not the page's.
    note = f"\u201cRetraction Note\u201d, Journal of Pediatric Surgery, 12 September 2024, {_SPRINGER_NOTE}"
    assert check_author(_on_a_journal_s_page(note)).status == "warn"


def test_a_writer_a_web_page_does_not_show_warns_saying_what_to_look_for() -> None:
    # "cited 'Jane Doe'; the source shows 'Harbour Times'" said nothing of what to do: the page credits only
    # its outlet (the article may name her in a byline not read), or another writer's byline.
    note = f"Jane Doe, \u201cBridge destroyed,\u201d March 3, 2022, {_YAHOO_URL}"
    result = check_author(_on_a_page(note, None, "Harbour Times"))
    assert (result.status, result.detail) == (
        "warn",
        "cited 'Jane Doe'; the source shows 'Harbour Times': the page credits only its outlet, no writer: "
        "see whether the article names 'Jane Doe'",
    )
    result = check_author(_on_a_page(note, "Omar Khalil", "Harbour Times"))
    assert (result.status, result.detail) == (
        "warn",
        "cited 'Jane Doe'; the source shows 'Omar Khalil / Harbour Times': its byline names 'Omar Khalil', "
        "not 'Jane Doe': compare by hand",
    )


def test_an_unauthored_pdf_names_its_metadata_s_author_beside_no_author_found() -> None:
    # A ministry's report whose /Author names the ministry warned only "no author found in the capture":
    # a person comparing by hand had to open the file's properties to see it.
    note = "Ministry of Transport, \u201cFerry Services Annual Report 2021\u201d, 21/01/2022, http://gov.example/r.pdf"
    given = _on_a_page(note, None, "", url="http://gov.example/r.pdf")
    assert given.source is not None
    pdf = given.source.model_copy(
        update={"publisher": None, "fields": {"PDF /Author": "Ministry of Transport"}}
    )
    result = check_author(dataclasses.replace(given, source=pdf, live=pdf))
    assert (result.status, result.detail) == (
        "warn",
        "no author found in the capture; the PDF's metadata names 'Ministry of Transport', who made the "
        "file, not always its author: compare 'Ministry of Transport' by hand",
    )


def test_an_acronym_is_no_person_s_name_whose_initials_it_is() -> None:
    note = f"AP, \u201cBridge destroyed,\u201d March 3, 2022, {_YAHOO_URL}"
    assert check_author(_on_a_page(note, "Anna Petrova", "Yahoo News")).status == "warn"
    note = f"AFP, \u201cBridge destroyed,\u201d March 3, 2022, {_YAHOO_URL}"
    assert check_author(_on_a_page(note, "Associated Press", "Yahoo News")).status == "warn"


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("Volodymyr Zelensky", "Володимир Зеленський"),
        ("Oleksandr Syrskyi", "Олександр Сирський"),
    ],
)
def test_a_ukrainian_name_with_a_soft_sign_passes_on_its_latin_spelling(cited: str, shown: str) -> None:
    # Володимир Зеленський, read `zelens'kiy`, was only near Zelensky: the post warned "the same person, or
    # another with a similar name?".
    source = BOBS_POST.model_copy(update={"author": shown})
    result = check_author(_note_on(f"{cited}, X, January 20, 2022, {X_URL}", source))
    assert result.status == "pass", result.detail


def test_another_name_than_the_soft_signed_one_still_does_not_pass() -> None:
    shown = "Олександр Ковальський"
    source = BOBS_POST.model_copy(update={"author": shown})
    result = check_author(_note_on(f"Oleksandr Kovalenko, X, January 20, 2022, {X_URL}", source))
    assert result.status != "pass", result.detail


@pytest.mark.parametrize(
    ("cited", "shown"),
    [("Denys Shmyhal", "Денис Шмигаль"), ("Hanna Maliar", "Ганна Маляр"), ("Igor Girkin", "Игорь Гиркин")],
)
def test_a_cyrillic_g_passes_as_ukrainian_romanises_it_and_as_russian_does(cited: str, shown: str) -> None:
    # Денис Шмигаль, read `Denis Shmigal`, was another name than Denys Shmyhal: the post warned.
    source = BOBS_POST.model_copy(update={"author": shown})
    result = check_author(_note_on(f"{cited}, X, January 20, 2022, {X_URL}", source))
    assert result.status == "pass", result.detail


def test_an_organisation_spelt_in_american_english_passes_on_its_british_spelling() -> None:
    # "Defense of Ukraine" on @DefenceU's post shown as "Defence of Ukraine" warned: "a near match: the same
    # person, or another with a similar name?".
    url = "https://x.com/DefenceU/status/1484307299693617731"
    post = BOBS_POST.model_copy(update={"author": "Defence of Ukraine", "handle": "DefenceU", "url": url})
    footnote = Footnote(
        label="1", text=f"Defense of Ukraine, X, January 20, 2022, {url}", line=40, urls=(url,)
    )
    given = CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        outcome=CAPTURED,
        live=post,
        source=post,
    )
    assert check_author(given).status == "pass"
    other = post.model_copy(update={"author": "Defence of Russia"})
    assert check_author(dataclasses.replace(given, live=other, source=other)).status != "pass"


@pytest.mark.parametrize("shown", ["Jane Smith (Reuters)", "Jane Smith - Reuters"])
def test_a_byline_naming_the_writer_s_outlet_after_the_name_is_the_writer_s(shown: str) -> None:
    # An aggregator's byline of a wire story warned against the note naming its writer.
    url = "https://news.yahoo.com/bridge-destroyed-overnight-strike-093000123.html"
    note = f"Jane Smith, \u201cBridge destroyed,\u201d Reuters, March 3, 2022, {url}"
    assert check_author(_on_a_page(note, shown, "Yahoo News", url)).status == "pass"
    other = f"Tom Jones, \u201cBridge destroyed,\u201d Reuters, March 3, 2022, {url}"
    assert check_author(_on_a_page(other, shown, "Yahoo News", url)).status == "warn"


@pytest.mark.parametrize(
    ("cited", "shown"),
    [("Jane M. Smith", "Jane Smith"), ("Jane Smith", "Jane M. Smith"), ("George W. Bush", "George Bush")],
)
def test_a_name_but_for_a_middle_initial_is_the_same_name(cited: str, shown: str) -> None:
    # It warned as a near match: "the same person, or another with a similar name?".
    note = f"{cited}, \u201cBridge destroyed,\u201d March 3, 2022, {_YAHOO_URL}"
    result = check_author(_on_a_page(note, shown, "Yahoo News"))
    assert result.status == "pass", result.detail


def test_names_giving_each_their_own_middle_initial_are_not_the_same_name() -> None:
    note = f"Jane M. Smith, \u201cBridge destroyed,\u201d March 3, 2022, {_YAHOO_URL}"
    assert check_author(_on_a_page(note, "Jane K. Smith", "Yahoo News")).status != "pass"


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("Vitali Klitschko", "Віталій Кличко"),
        ("Віталій Кличко", "Vitali Klitschko"),
        ("Vitali Klitschko", "Виталий Кличко"),
        ("Andriy Yermak", "Андрій Єрмак"),
        ("Natalia Poklonskaya", "Наталья Поклонская"),
    ],
)
def test_a_name_in_cyrillic_passes_on_its_latin_spelling_and_the_other_way(cited: str, shown: str) -> None:
    # Each warned: "the note names 'Vitali Klitschko' and the source shows 'Віталій Кличко': compare by hand",
    # or "a near match: the same person, or another with a similar name?".
    source = BOBS_POST.model_copy(update={"author": shown})
    result = check_author(_note_on(f"{cited}, X, January 20, 2022, {X_URL}", source))
    assert result.status == "pass", result.detail


def test_another_family_name_than_the_cyrillic_one_does_not_pass_on_it() -> None:
    source = BOBS_POST.model_copy(update={"author": "Віталій Кличко"})
    result = check_author(_note_on(f"Vitali Klichkov, X, January 20, 2022, {X_URL}", source))
    assert result.status != "pass", result.detail


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("Иванов И. И.", "Иван Иванов"),
        ("И. И. Иванов", "Иван Иванов"),
        ("Петренко П. Ф.", "Петро Петренко"),  # a Ukrainian name
        ("Ivanov I. I.", "Иван Иванов"),  # GOST's name transliterated, the byline in Cyrillic
    ],
)
def test_a_gost_name_s_patronymic_initial_passes_on_a_byline_without_the_patronymic(
    cited: str, shown: str
) -> None:
    # GOST writes every author's patronymic initial; a Russian or Ukrainian byline seldom shows it: each
    # warned, "cited 'И. И. Иванов'; the source shows 'Иван Иванов / Интерфакс'".
    note = f"{cited}, «Удар по мосту», Интерфакс, 3 марта 2022, {_YAHOO_URL}"
    result = check_author(_on_a_page(note, shown, "Интерфакс"))
    assert result.status == "pass", result.detail


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("Иванов И. П.", "Иван Иванович Иванов"),  # the byline's patronymic is another
        ("Иванов И. И.", "Пётр Иванов"),
        ("Smith, J. M.", "Jane Smith"),  # no patronymic: an initial more than the byline shows
    ],
)
def test_initials_more_or_other_than_the_byline_s_given_names_do_not_pass(cited: str, shown: str) -> None:
    note = f"{cited}, «Удар по мосту», Интерфакс, 3 марта 2022, {_YAHOO_URL}"
    assert check_author(_on_a_page(note, shown, "Интерфакс")).status != "pass"


@pytest.mark.parametrize(
    "shown",
    [
        "Story by Jane Smith",  # MSN's byline
        "Words by Jane Smith",
        "Posted by Jane Smith",
        "Author: Jane Smith",
        "By: Jane Smith",
        "Jane Smith \u00b7 Reuters",
        "Jane Smith / Reuters",
    ],
)
def test_a_byline_with_its_site_s_label_or_separator_is_the_writer_s(shown: str) -> None:
    # Each warned: "cited 'Jane Smith'; the source shows 'Story by Jane Smith / Reuters'".
    note = f"Jane Smith, \u201cBridge destroyed,\u201d Reuters, March 3, 2022, {_YAHOO_URL}"
    result = check_author(_on_a_page(note, shown, "Reuters"))
    assert result.status == "pass", result.detail
    other = f"Tom Jones, \u201cBridge destroyed,\u201d Reuters, March 3, 2022, {_YAHOO_URL}"
    assert check_author(_on_a_page(other, shown, "Reuters")).status == "warn"


def test_a_russian_byline_s_label_is_no_part_of_the_name() -> None:
    note = f"Иван Иванов, «Удар по мосту», Интерфакс, 3 марта 2022, {_YAHOO_URL}"
    for shown in ("Автор: Иван Иванов", "Текст: Иван Иванов"):
        result = check_author(_on_a_page(note, shown, "Интерфакс"))
        assert result.status == "pass", (shown, result.detail)


@pytest.mark.parametrize("cited", ["Jane Smith", "John Doe", "Jane Smith and John Doe"])
def test_a_byline_listing_people_family_name_first_names_each_of_them(cited: str) -> None:
    # `Smith, Jane; Doe, John` (a page's `citation_author` tags, joined) was read as four people, Smith, Jane,
    # Doe and John: each true note warned.
    note = f"{cited}, \u201cBridge destroyed,\u201d Reuters, March 3, 2022, {_YAHOO_URL}"
    result = check_author(_on_a_page(note, "Smith, Jane; Doe, John", "Reuters"))
    assert result.status == "pass", result.detail


@pytest.mark.parametrize("cited", ["Jane Doe", "John Smith", "Jane Smith and Ann Lee"])
def test_a_byline_listing_people_family_name_first_names_no_one_else(cited: str) -> None:
    note = f"{cited}, \u201cBridge destroyed,\u201d Reuters, March 3, 2022, {_YAHOO_URL}"
    assert check_author(_on_a_page(note, "Smith, Jane; Doe, John", "Reuters")).status == "warn"


def test_a_name_as_german_spells_it_passes_on_ukrainian_s_romanisation_of_it() -> None:
    # `Vitali Klitschko` on a post shown as `Vitalii Klychko` (Ukrainian's romanisation) warned.
    source = BOBS_POST.model_copy(update={"author": "Vitalii Klychko"})
    assert check_author(_note_on(f"Vitali Klitschko, X, January 20, 2022, {X_URL}", source)).status == "pass"
    other = BOBS_POST.model_copy(update={"author": "Vitalii Klychkov"})
    assert check_author(_note_on(f"Vitali Klitschko, X, January 20, 2022, {X_URL}", other)).status != "pass"


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("Andriy Yermak", "Андрій Єрмак (офіційний)"),
        ("Andriy Yermak", "Андрій Єрмак, Офіс Президента"),
        ("Andriy Yermak and Vitali Klitschko", "Андрій Єрмак та Віталій Кличко"),
    ],
)
def test_a_cyrillic_display_name_holding_more_than_the_name_passes_on_its_latin_spelling(
    cited: str, shown: str
) -> None:
    # The name in brackets or beside the office, or each of two people, was compared whole and only came
    # near: "a near match: the same person, or another with a similar name?".
    source = BOBS_POST.model_copy(update={"author": shown})
    result = check_author(_note_on(f"{cited}, X, January 20, 2022, {X_URL}", source))
    assert result.status == "pass", result.detail


def test_a_cyrillic_display_name_holding_another_name_does_not_pass() -> None:
    source = BOBS_POST.model_copy(update={"author": "Андрій Ярмак (офіційний)"})
    result = check_author(_note_on(f"Andriy Yermak, X, January 20, 2022, {X_URL}", source))
    assert result.status != "pass", result.detail


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("Yermak, A.", "Андрій Єрмак"),
        ("A. Yermak", "Андрій Єрмак"),
        ("Synehubov, O.", "Олег Синєгубов"),
    ],
)
def test_initials_and_the_latin_family_name_pass_on_the_cyrillic_byline(cited: str, shown: str) -> None:
    # APA's `Yermak, A.` warned on Андрій Єрмак's byline: its family name was compared as `anyascii` writes
    # Єрмак, `Iermak`.
    note = f"{cited} (2022, March 3). Bridge destroyed. Ukrinform. {_YAHOO_URL}"
    result = check_author(_on_a_page(note, shown, "Ukrinform"))
    assert result.status == "pass", result.detail
    other = f"Yarmak, A. (2022, March 3). Bridge destroyed. Ukrinform. {_YAHOO_URL}"
    assert check_author(_on_a_page(other, shown, "Ukrinform")).status != "pass"


def test_a_reddit_crosspost_s_warning_names_the_original_post_s_link() -> None:
    # No locator reads a Reddit post's account and id: the original's link was left out of the hint.
    crosspost = POST.model_copy(
        update={
            "platform": Platform.REDDIT,
            "handle": "u/harbour_watch",
            "author": "u/harbour_watch",
            "fields": {
                "forwarded_from": "u/port_diary",
                "forwarded_from_url": "https://www.reddit.com/r/ports/comments/abc123/night_shift/",
            },
        }
    )
    url = "https://www.reddit.com/r/shipping/comments/def456/night_shift/"
    citation = Citation(platform=Platform.REDDIT, author="u/port_diary", url=url)
    result = check_author(_given((), citation, crosspost, note=f"u/port_diary, Reddit, {url}"))
    assert result.status == "warn"
    original = "https://www.reddit.com/r/ports/comments/abc123/night_shift/"
    assert f"cite the original post ({original})" in result.detail


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        ("Иванов Иван, Telegram, January 21, 2022", "Иван Иванов"),  # Russian order
        ("ИВАНОВ Иван, Telegram, January 21, 2022", "Иван Иванов"),  # GOST's capitals
        ("HADDAD Lina, Telegram, January 21, 2022", "Lina Haddad"),  # French notes' capitals
        ("Viktor Orbán, Telegram, January 21, 2022", "Orbán Viktor"),  # shown family name first
    ],
)
def test_a_name_written_family_name_first_without_a_comma_passes_on_its_post(note: str, shown: str) -> None:
    # `Иванов Иван, Telegram, …` on Иван Иванов's post warned that the note names someone the post does not
    # show: family name first is how Russian, Hungarian and French notes write a person's names.
    url = "https://t.me/ivanov_official/7"
    post = POST.model_copy(update={"author": shown, "handle": "ivanov_official", "url": url})
    footnote = Footnote(label="1", text=f"{note}, {url}", line=40, urls=(url,))
    citation = parse_citation(footnote).citation
    given = CheckInput(footnote=footnote, citation=citation, outcome=CAPTURED, live=post, source=post)
    result = check_author(given)
    assert result.status == "pass", result.detail


def test_a_name_in_another_order_that_is_another_name_still_does_not_pass() -> None:
    url = "https://t.me/ivanov_official/7"
    post = POST.model_copy(update={"author": "Иван Иванов", "handle": "ivanov_official", "url": url})
    note = f"Петров Иван, Telegram, January 21, 2022, {url}"
    footnote = Footnote(label="1", text=note, line=40, urls=(url,))
    citation = parse_citation(footnote).citation
    given = CheckInput(footnote=footnote, citation=citation, outcome=CAPTURED, live=post, source=post)
    assert check_author(given).status != "pass"


@pytest.mark.parametrize(
    "passage",
    [
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday. The spokesman wrote: "
        f"\u201c{QUOTE}\u201d",
        "Dmitry Peskov, the Kremlin spokesman, was asked about the bridge. "
        f"\u201c{QUOTE}\u201d, the spokesman wrote.",
    ],
)
def test_the_spokesman_named_before_in_the_passage_is_the_speaker_the_post_must_be(passage: str) -> None:
    # `The spokesman wrote: “…”` after `Kremlin spokesman Dmitry Peskov` named no one to the check: a note
    # that is only Rybar's URL passed `author` on Rybar's channel and the footnote came out verified, though
    # the report gives the words to Peskov.
    on_rybar = _given((passage,))
    result = check_author(on_rybar)
    assert result.status == "warn", result.detail
    assert result.detail.startswith(
        "the citing passage (line 10) gives the quoted words to 'Dmitry Peskov' (named before as the "
        "spokesman), but the post is by 'Рыбарь / @rybar'"
    )
    assert footnote_status(run_checks(on_rybar)) == "unconfirmed"
    # On his own post the same passage passes, saying whom `the spokesman` was read as.
    on_peskov = _noted(f"Telegram, January 21, 2022, {PESKOV_URL}", passage, PESKOV_POST)
    assert check_author(on_peskov).status == "pass"
    assert "'Dmitry Peskov' (named before as the spokesman); the source shows 'Дмитрий Песков'" in (
        check_author(on_peskov).detail
    )


def test_an_office_a_spanish_passage_never_names_is_named_in_english_in_the_warning() -> None:
    # The warning read "the portavoz it does not name": a Spanish word in an English sentence, where the
    # locate notes already say "the spokesperson".
    given = _given((f"El puente fue cerrado el viernes. El portavoz escribi\u00f3: \u201c{QUOTE}\u201d",))
    result = check_author(given)
    assert result.status == "warn", result.detail
    assert "gives the quoted words to the spokesperson it does not name" in result.detail, result.detail


def test_words_a_passage_gives_to_a_spokesman_it_never_names_warn_on_a_note_naming_no_one() -> None:
    # `The spokesman wrote: “…”` with no one named so before: a note that is only Rybar's URL passed on
    # Rybar's channel and the footnote came out verified, though the report says a spokesman wrote them.
    given = _given((f"The bridge was closed on Friday. The spokesman wrote: \u201c{QUOTE}\u201d",))
    result = check_author(given)
    assert result.status == "warn", result.detail
    assert result.detail == (
        "cited 'rybar'; the source shows 'Рыбарь', but the citing passage (line 10) gives the quoted words "
        "to the spokesman it does not name: is 'Рыбарь / @rybar' theirs? Compare by hand"
    )
    assert footnote_status(run_checks(given)) == "unconfirmed"
    # A note naming the post's author says whose the words are: `the spokesman` may well be him.
    named = _noted(
        f"Dmitry Peskov, Telegram, January 21, 2022, {PESKOV_URL}",
        f"The spokesman wrote: \u201c{QUOTE}\u201d",
        PESKOV_POST,
    )
    assert check_author(named).status == "pass"


_THREAD = "https://www.reddit.com/r/examplia/comments/1bf2k9q/precinct_12_count_stopped_for_three_hours/"


def _thread_cited_as(credited: str) -> CheckInput:
    """A Reddit thread by u/harbourroad_dad, its comments kept apart as `extractors.reddit` would keep them
    (`u/<author>: <words>`), cited as `credited`'s."""
    thread = SourcePost(
        platform=Platform.REDDIT,
        url=_THREAD,
        author="u/harbourroad_dad",
        handle="harbourroad_dad",
        title="Precinct 12 count stopped for three hours",
        text="The count at Precinct 12 just stopped around 9 pm.",
        fields={
            "reader_comments": "u/watcher_in_p12: The scanner jammed at 9 pm. | u/amal_voter: Nobody took "
            "the ballots anywhere, I was in the room."
        },
    )
    footnote = Footnote(label="10", text=f"{credited}, Reddit, March 15, 2024, {_THREAD}", line=3)
    return CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        outcome=None,
        live=thread,
        source=thread,
    )


def test_a_commenter_cited_by_the_thread_s_link_warns_naming_the_comment_not_a_wrong_author() -> None:
    # `u/amal_voter, Reddit, <thread>` failed as if u/amal_voter had not written the words the page shows as
    # his comment: the note's link names the thread, not his comment.
    result = check_author(_thread_cited_as("u/amal_voter"))
    assert (result.status, result.detail) == (
        "warn",
        "cited 'u/amal_voter / amal_voter', who commented on the thread (a comment the page shows under its "
        "post), not its poster 'u/harbourroad_dad': cite the comment's own link, or compare by hand",
    )
    # An account that neither posted nor commented still fails; the poster still passes.
    assert check_author(_thread_cited_as("u/someone_else")).status == "fail"
    assert check_author(_thread_cited_as("u/harbourroad_dad")).status == "pass"


_SHARE = "https://www.facebook.com/harbour.office/posts/10158000111"
_SHARED = "https://www.facebook.com/river.office/posts/10157999000"


def _share_credited_to(credited: str) -> CheckInput:
    """Harbour Office's Facebook share of River Office's post, with no words of its own (as
    `extractors.login_walled.as_a_share` reads it), cited as `credited`'s."""
    share = SourcePost(
        platform=Platform.FACEBOOK,
        url=_SHARE,
        author="Harbour Office",
        handle="harbour.office",
        text="",
        fields={
            "a share of": f"River Office's post ({_SHARED})",
            "quoted_post": "The ferry will not run on Saturday.",
            "quoted_post_author": "River Office",
            "forwarded_from": "River Office",
            "forwarded_from_url": _SHARED,
        },
    )
    footnote = Footnote(label="1", text=f"{credited}, Facebook, 21 January 2022, {_SHARE}", line=3)
    return CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, live=share, source=share
    )


def test_a_facebook_share_is_called_a_share_not_a_forward() -> None:
    # "the post is a forward from 'River Office'": Facebook's reader saw Harbour Office share the post.
    sharer = check_author(_share_credited_to("Harbour Office"))
    assert (sharer.status, sharer.detail) == (
        "warn",
        "cited 'Harbour Office'; the source shows 'Harbour Office', but the post is a share of a post by "
        "'River Office' (@river.office): the words are theirs, not @harbour.office's own",
    )
    assert sharer.found == "Harbour Office / @harbour.office, shared from River Office / @river.office"
    original = check_author(_share_credited_to("River Office"))
    assert original.status == "warn"
    assert (
        "the words are those of 'River Office' (@river.office), shared by @harbour.office" in original.detail
    )
