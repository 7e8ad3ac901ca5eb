"""Who posted, read from English shapes that named the wrong one or nobody: a credit opening the words (`Via
Dmitry Medvedev: “…”`; a hat tip credits who pointed to them, not who wrote them), a statement's or a post's
author (`A statement from Dmitry Medvedev read`, `The post, by Dmitry Medvedev, read`), the livelier verbs of
reporters (`mused`, `thundered`, `raged`) and two descriptions between commas (`Medvedev, 57, the deputy
chairman of the Security Council, wrote`)."""

from __future__ import annotations

import time

import pytest

from provenance.locate.speakers import quote_speaker, speakers_in_passage

QUOTE = "we stay."


def _names(passage: str) -> list[str]:
    return [speaker.name for speaker in speakers_in_passage(passage, [QUOTE])]


@pytest.mark.parametrize("verb", ["mused", "thundered", "raged"])
@pytest.mark.parametrize(
    "shape",
    [
        "Dmitry Medvedev {verb}: \u201cwe stay.\u201d",
        "\u201cwe stay,\u201d {verb} Dmitry Medvedev.",
        "\u201cwe stay,\u201d Dmitry Medvedev {verb} on Telegram.",
    ],
)
def test_a_reporters_livelier_verb_gives_the_words_to_its_subject(verb: str, shape: str) -> None:
    # `Dmitry Medvedev mused: “…”` named nobody, and the words passed on any account's post.
    passage = shape.format(verb=verb)
    quote = "we stay," if "stay,\u201d" in passage else QUOTE
    assert [speaker.name for speaker in speakers_in_passage(passage, [quote])] == ["Dmitry Medvedev"]
    speaker = quote_speaker(passage, quote)
    assert speaker is not None and speaker.name == "Dmitry Medvedev"


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        (
            "Medvedev, 57, the deputy chairman of the Security Council, wrote: \u201cwe stay.\u201d",
            "Medvedev",
        ),
        (
            "Dmitry Medvedev, 57, the deputy chairman of the Security Council, wrote: \u201cwe stay.\u201d",
            "Dmitry Medvedev",
        ),
        # The age last: read alone, the body the office is of (`Security Council`) was who wrote.
        (
            "Medvedev, the deputy chairman of the Security Council, 57, wrote: \u201cwe stay.\u201d",
            "Medvedev",
        ),
        (
            "Medvedev, a former president, the deputy chairman of the Security Council, wrote: "
            "\u201cwe stay.\u201d",
            "Medvedev",
        ),
    ],
)
def test_two_descriptions_between_commas_leave_the_name_before_them_the_speaker(
    passage: str, name: str
) -> None:
    # Only the last description was read: the name before it was `57`'s (no one's), or the Security Council's.
    assert _names(passage) == [name]
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and speaker.name == name
    assert "Security Council" in (speakers_in_passage(passage, [QUOTE])[0].role or "")
    # Only a description or an age is passed over: a name between commas stays the one before the verb.
    assert _names("Rybar, WarGonzo, the pro-war channel, wrote: \u201cwe stay.\u201d") == ["WarGonzo"]


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("Via Dmitry Medvedev: \u201cwe stay.\u201d", "Dmitry Medvedev"),
        ("via Dmitry Medvedev: \u201cwe stay.\u201d", "Dmitry Medvedev"),
        ("Via Medvedev on Telegram: \u201cwe stay.\u201d", "Medvedev"),
        ("Via @medvedev_telegram: \u201cwe stay.\u201d", "medvedev_telegram"),
    ],
)
def test_a_credit_opening_the_words_is_no_part_of_the_name(passage: str, name: str) -> None:
    # `Via Dmitry Medvedev` was searched as the name, and compared so with the post's account.
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and speaker.name == name
    assert all(not found.name.casefold().startswith("via") for found in speakers_in_passage(passage, [QUOTE]))
    # Past `Via`, the label is read as a label alone is: an outlet or a place names nobody (`Reuters:`).
    for credit in ("Via Reuters", "Via Kyiv", "Via the Kremlin", "Via Kherson Region"):
        assert quote_speaker(f"{credit}: \u201cwe stay.\u201d", QUOTE) is None, credit
        assert _names(f"{credit}: \u201cwe stay.\u201d") == [], credit


@pytest.mark.parametrize(
    "passage",
    [
        "H/T Dmitry Medvedev: \u201cwe stay.\u201d",
        "h/t Dmitry Medvedev: \u201cwe stay.\u201d",
        "H/T to Dmitry Medvedev: \u201cwe stay.\u201d",
        "Hat tip to Dmitry Medvedev: \u201cwe stay.\u201d",
        "H/T Medvedev on Telegram: \u201cwe stay.\u201d",
        "\u201cwe stay.\u201d (h/t Dmitry Medvedev)",
    ],
)
def test_a_hat_tip_thanks_who_pointed_to_the_words_and_names_no_writer(passage: str) -> None:
    # `H/T Dmitry Medvedev` was searched as a name and given the words; whoever a hat tip thanks pointed to
    # them, and the author check must not pass on their post for it (`unconfirmed`, a person looks).
    assert quote_speaker(passage, QUOTE) is None
    assert all("Medvedev" not in found.name for found in speakers_in_passage(passage, [QUOTE]))


def test_a_handle_a_hat_tip_thanks_is_not_a_speaker_beside_the_writer() -> None:
    # `(h/t @journalist)` gave `journalist` as a speaker the passage named, searched beside Medvedev.
    for credit in (
        "(h/t @journalist)",
        "(H/T @journalist)",
        "(hat tip to @journalist)",
        "(Hat tip: @journalist)",
    ):
        passage = f"Medvedev wrote: \u201cwe stay.\u201d {credit}"
        assert _names(passage) == ["Medvedev"], credit
    # A credit `via` an account is kept: the post came through it, and may be its own (`(via Rybar)`).
    assert _names("Medvedev wrote: \u201cwe stay.\u201d (via @journalist)") == ["journalist", "Medvedev"]


@pytest.mark.parametrize(
    "passage",
    [
        "A statement from Dmitry Medvedev read: \u201cwe stay.\u201d",
        "A statement from Dmitry Medvedev said: \u201cwe stay.\u201d",
        "The statement, from Dmitry Medvedev, said: \u201cwe stay.\u201d",
        "The post, by Dmitry Medvedev, read: \u201cwe stay.\u201d",
        "The Telegram post, by Dmitry Medvedev, read: \u201cwe stay.\u201d",
    ],
)
def test_a_statement_or_a_post_by_a_person_speaks_for_its_author(passage: str) -> None:
    # Each named nobody (`read` after a name, `from` read as a place running into it, the commas as an
    # aside), and the words passed on any account's post.
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and speaker.name == "Dmitry Medvedev"
    assert set(_names(passage)) <= {"Dmitry Medvedev"}


@pytest.mark.parametrize(
    "passage",
    [
        "A statement by Russia said: \u201cwe stay.\u201d",
        "A statement from Russia said: \u201cwe stay.\u201d",
        "A statement by the Kremlin said: \u201cwe stay.\u201d",
        "A statement from the Security Council said: \u201cwe stay.\u201d",
        "A statement from Russia read: \u201cwe stay.\u201d",
        "A reply to a statement from Dmitry Medvedev read: \u201cwe stay.\u201d",
    ],
)
def test_a_governments_or_a_bodys_statement_names_no_speaker(passage: str) -> None:
    # As `Russia's statement said` names nobody (a government's channel goes by another name), so does a
    # statement by or from it: `Russia`, `Kremlin` and `Security Council` were who wrote.
    assert quote_speaker(passage, QUOTE) is None
    assert _names(passage) == []


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param("Via " * 25_000 + "Dmitry Medvedev: \u201cwe stay.\u201d", id="credits"),
        pytest.param("H/T " * 25_000 + "Dmitry Medvedev: \u201cwe stay.\u201d", id="hat tips"),
        pytest.param(
            "Medvedev wrote: \u201cwe stay.\u201d" + " (h/t @journalist)" * 6000, id="hat-tipped handles"
        ),
        pytest.param("Medvedev" + ", 57" * 25_000 + ", wrote: \u201cwe stay.\u201d", id="ages"),
        pytest.param(
            "Medvedev"
            + ", the deputy chairman of the Security Council" * 2500
            + ", wrote: \u201cwe stay.\u201d",
            id="descriptions",
        ),
        pytest.param(
            "The statement, from " * 5000 + "Dmitry Medvedev, said: \u201cwe stay.\u201d",
            id="statements from",
        ),
        pytest.param("A post by " * 10_000 + "Dmitry Medvedev said: \u201cwe stay.\u201d", id="posts by"),
        pytest.param("Dmitry Medvedev mused, " * 5000 + "raged: \u201cwe stay.\u201d", id="verbs"),
    ],
)
def test_a_crafted_passage_of_credits_statements_or_descriptions_is_read_in_a_blink(hostile: str) -> None:
    # Each new reading looks at a bounded number of characters before the verb or the quote.
    started = time.process_time()

    speakers_in_passage(hostile, [QUOTE])
    quote_speaker(hostile, QUOTE)

    assert len(hostile) > 100_000 and time.process_time() - started < 2.0


def test_the_quotes_words_before_the_name_are_no_role_of_the_speaker() -> None:
    # `“we stay,” Dmitry Medvedev wrote` gave Medvedev the role `“we stay,”`, as if an office before his name.
    for verb in ("wrote", "mused"):
        (speaker,) = speakers_in_passage(
            f"\u201cwe stay,\u201d Dmitry Medvedev {verb} on Telegram.", ["we stay,"]
        )
        assert (speaker.name, speaker.role) == ("Dmitry Medvedev", None)
    (speaker,) = speakers_in_passage("Kremlin spokesman Dmitry Peskov wrote: \u201cwe stay.\u201d", [QUOTE])
    assert speaker.role == "Kremlin spokesman"
