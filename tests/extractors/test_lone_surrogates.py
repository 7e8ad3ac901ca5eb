"""A capture's JSON escaping a lone surrogate (`"\\ud800"`): what a source says is written to the ledger,
whose canonical JSON is UTF-8, which has no such character. Read as it was, the run stopped with an internal
error (exit 3) where the footnote's line was written."""

from __future__ import annotations

from provenance.extractors import extract_source
from provenance.extractors.pages import json_of
from provenance.ledger.canonical import canonical_json
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset

NOTE = "https://misskey.example/notes/9xkz3a0b1c"
ACTOR = "https://misskey.example/users/9abcd0001x"
ACTIVITY_JSON = (("Content-Type", "application/activity+json; charset=utf-8"),)


def _ap(uri: str, body: str) -> StoredResponse:
    return StoredResponse(uri=uri, status=200, headers=ACTIVITY_JSON, body=body.encode(), cut=False)


def test_a_lone_surrogate_a_json_answer_escapes_is_read_as_the_replacement_character() -> None:
    data = json_of(rb'{"name\ud800": ["Minato \udc00 Port", {"emoji": "\ud83d\ude00"}], "n": 1}')
    assert data == {"name\ufffd": ["Minato \ufffd Port", {"emoji": "\U0001f600"}], "n": 1}
    assert list(data) == ["name\ufffd", "n"]  # its members in their order


def test_a_misskey_actor_and_note_escaping_lone_surrogates_are_read_and_can_be_written() -> None:
    actor = asset("misskey_actor.json").decode().replace("Minato Port :ship:", "Minato Port \\ud800")
    activity = asset("misskey_note_activity.json").decode()
    activity = activity.replace("until Monday.</span>", "until Monday. \\udc00</span>")
    responses = (answer(NOTE, "<html></html>"), _ap(f"{NOTE}/activity", activity), _ap(ACTOR, actor))
    post = extract_source(NOTE, responses)
    assert (post.author, post.handle) == ("Minato Port \ufffd", "minato@misskey.example")
    assert post.text.endswith("The ferry is cancelled until Monday. \ufffd")
    canonical_json(post.model_dump(mode="json"))  # as the footnote's ledger line is written


def test_a_web_page_s_json_ld_escaping_lone_surrogates_is_read_and_can_be_written() -> None:
    # JSON-LD is parsed by a library, not `json_of`: what the page says is made writable where it is read.
    url = "https://news.example/bridge"
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge '
        '\\ud800", "author": {"name": "Jane \\udc00 Doe"}}</script><title>Bridge</title></head><body>'
        "<article><p>The bridge reopens.</p></article></body></html>"
    )
    post = extract_source(url, (answer(url, page),))
    assert (post.author, post.title) == ("Jane \ufffd Doe", "Bridge \ufffd")
    canonical_json(post.model_dump(mode="json"))


def test_a_page_without_them_is_read_as_it_was() -> None:
    # The true case: an emoji escaped as its pair is one character, kept.
    url = "https://news.example/bridge"
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge '
        '\\ud83c\\udf09", "author": {"name": "Jane Doe"}}</script><title>Bridge</title></head><body>'
        "<article><p>The bridge reopens.</p></article></body></html>"
    )
    post = extract_source(url, (answer(url, page),))
    assert (post.author, post.title) == ("Jane Doe", "Bridge \U0001f309")


def test_a_lone_surrogate_among_accented_words_is_made_the_replacement_character_where_it_is_said() -> None:
    # Text that is not ASCII is looked at character by character only where UTF-8 cannot write it: the name
    # keeps its accents, and the surrogate beside them is replaced in the author and in the fields alike.
    url = "https://noticias.example/puente"
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "El puente '
        'reabre", "author": {"name": "José \\ud800 Núñez"}}</script><title>El puente reabre</title></head>'
        "<body><article><p>El puente reabre el lunes, según el ministerio.</p></article></body></html>"
    )
    post = extract_source(url, (answer(url, page),))
    assert post.author == "José \ufffd Núñez"
    assert post.fields["author"] == "José \ufffd Núñez"
    assert "\ufffd" not in post.text and "según" in post.text
    canonical_json(post.model_dump(mode="json"))


def test_accented_words_without_a_lone_surrogate_are_kept_as_they_are() -> None:
    url = "https://noticias.example/puente"
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "El puente '
        'reabre \\ud83c\\udf09", "author": {"name": "José Núñez"}}</script><title>El puente reabre</title>'
        "</head><body><article><p>El puente reabre el lunes — según el ministerio.</p></article>"
        "</body></html>"
    )
    post = extract_source(url, (answer(url, page),))
    assert (post.author, post.title) == ("José Núñez", "El puente reabre \U0001f309")
    assert "\ufffd" not in post.text and "lunes — según" in post.text
