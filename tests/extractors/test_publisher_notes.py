"""A publisher's note on its own article: a retraction withdraws its words (no footnote rests on them), a
correction says what it got wrong or took out (a quote found only there is not what the article says)."""

from __future__ import annotations

import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.quote import check_quote
from provenance.extractors import extract_source
from provenance.models import Citation, Context, Footnote, Platform, SourcePost
from tests.extractors.support import answer

ARTICLE = "https://news.example/2022/01/21/council-bridge"
QUOTE = "the bridge will reopen to traffic on Monday"
_STORY = (
    "<p>The council voted on Friday to reopen the bridge after engineers confirmed the repairs were complete."
    " Shop owners near the river welcomed the news.</p><p>Traffic had been diverted through the old town for"
    " three weeks while crews replaced two damaged spans and the lighting along the walkway.</p>"
)
_QUOTED = f"<p>The mayor said {QUOTE}, and the crowd cheered.</p>"


def _page(body: str, title: str = "Council votes to reopen the bridge | City Ledger") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Home</a></nav></header>"
        f"<main><article><h1>Council votes to reopen the bridge</h1>{body}</article></main>"
        "<footer>City Ledger</footer></body></html>"
    )


def _read(page: str) -> SourcePost:
    return extract_source(ARTICLE, (answer(ARTICLE, page),))


def _quote_check(post: SourcePost, quote: str) -> tuple[str, str]:
    citation = Citation(platform=Platform.WEB, url=ARTICLE)
    footnote = Footnote(label="1", text="x", line=3, contexts=(Context(line=1, text="t", quotes=(quote,)),))
    result = check_quote(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )
    return result.status, result.detail


_NOTE = (
    "<div class='editors-note'><strong>Editor's note:</strong> This article has been retracted. An"
    " investigation found that the quotes attributed to the mayor were fabricated.</div>"
)


@pytest.mark.parametrize(
    ("page", "said"),
    [
        (
            _page(_NOTE + _QUOTED + _STORY),
            "the page says \"Editor's note: This article has been retracted. An investigation found that the "
            'quotes attributed to the mayor were fabricated."',
        ),
        (
            _page(_QUOTED + _STORY + "<p><em>City Ledger has withdrawn this story.</em></p>"),
            "the page says 'City Ledger has withdrawn this story.'",
        ),
        (
            _page(_QUOTED + _STORY, "RETRACTED: Council votes to reopen the bridge | City Ledger"),
            "it is headed 'RETRACTED: Council votes to reopen the bridge | City Ledger'",
        ),
        (
            # Springer's label, the article's only sign of its retraction on its own page.
            _page(_QUOTED + _STORY, "RETRACTED ARTICLE: Council votes to reopen the bridge"),
            "it is headed 'RETRACTED ARTICLE: Council votes to reopen the bridge'",
        ),
    ],
    ids=["note above", "note below", "title", "title's article label"],
)
def test_a_retracted_article_is_unavailable_and_its_quote_is_not_checked(page: str, said: str) -> None:
    # The article's words, still shown under the notice, verified the footnote quoting them.
    post = _read(page)
    assert (post.problem, post.problem_detail) == (
        "unavailable",
        f"the publisher retracted the article: {said}",
    )


@pytest.mark.parametrize(
    "extra",
    [
        # A story about a journal's retraction, quoting the notice in its prose or in a blockquote.
        "<p>The journal said on Friday that it had retracted the study. Its page now reads: “This article has"
        " been retracted at the request of the authors,” above the paper's abstract.</p>",
        "<blockquote><p>This article has been retracted at the request of the authors.</p></blockquote>",
        "<p>The Times has retracted this story, its editor said on Friday, after the mayor denied it.</p>",
    ],
    ids=["in prose", "in a blockquote", "a paragraph on another's"],
)
def test_an_article_about_another_s_retraction_is_content(extra: str) -> None:
    post = _read(_page(_QUOTED + extra + _STORY))
    assert post.problem is None
    assert _quote_check(post, QUOTE)[0] == "pass"


def test_another_story_s_retraction_in_a_sidebar_or_a_reader_s_comment_is_not_the_article_s() -> None:
    note = "<p>Editor's note: This article has been retracted.</p>"
    sidebar = f"<aside class='related'><h2>Related</h2>{note}</aside>"
    comments = "<div id='comments'><p>This article has been retracted elsewhere, you know.</p></div>"
    post = _read(_page(_QUOTED + _STORY).replace("</main>", f"</main>{sidebar}{comments}"))
    assert post.problem is None


def test_a_government_page_withdrawn_on_a_day_as_superseded_is_content() -> None:
    # GOV.UK's banner on guidance no longer current: the page still says what it said.
    banner = "<div class='gem-c-notice'><p>This page was withdrawn on 24 January 2022.</p></div>"
    post = _read(_page(banner + _QUOTED + _STORY))
    assert post.problem is None
    assert _quote_check(post, QUOTE)[0] == "pass"


def test_a_journal_s_retraction_notice_cited_as_itself_is_content() -> None:
    post = _read(_page(_STORY, "Retraction: Council votes to reopen the bridge | The Journal"))
    assert post.problem is None


@pytest.mark.parametrize(
    "note",
    [
        "<div class='correction'><strong>Correction, January 22:</strong> An earlier version of this article"
        f" quoted the mayor as saying “{QUOTE}”. She did not give a day.</div>",
        "<p><em>Update, January 22: This story has been updated to remove a quote attributed to the mayor,"
        f" “{QUOTE}”, which she disputes.</em></p>",
        "<p><em>This article was amended on 22 January 2022 to remove a quote attributed to the mayor,"
        f" “{QUOTE}”.</em></p>",
    ],
    ids=["correction", "update", "amended on a day"],
)
def test_a_quote_found_only_in_a_correction_note_is_not_the_article_s(note: str) -> None:
    # The note says the article no longer says it (or never should have): `quote` passed on the note's words.
    post = _read(_page(_STORY + note))
    status, detail = _quote_check(post, QUOTE)
    assert status == "warn" and "in the publisher's correction note" in detail, detail
    assert QUOTE not in post.text
    assert QUOTE in post.fields["correction note"]
    assert "voted on Friday to reopen the bridge" in post.text


def test_a_quote_in_an_article_with_a_correction_or_an_update_with_news_passes() -> None:
    corrected = (
        "<p><em>An earlier version of this article misstated the day of the vote. It was Friday.</em></p>"
    )
    update = f"<div class='update'><strong>Update, 3:15 p.m.:</strong> The mayor said {QUOTE}.</div>"
    post = _read(_page(_STORY + update + corrected))
    assert _quote_check(post, QUOTE)[0] == "pass"
    assert "misstated the day" in post.fields["correction note"]


@pytest.mark.parametrize(
    "note",
    [
        "<p><i>Редакция: эта статья отозвана, так как цитаты мэра не подтвердились.</i></p>",
        "<p><i>Anmerkung der Redaktion: Dieser Artikel wurde zurückgezogen.</i></p>",
        "<p><i>Note de la rédaction : cet article a été retiré.</i></p>",
        "<p><i>Nota del editor: este artículo ha sido retirado.</i></p>",
    ],
    ids=["ru", "de", "fr", "es"],
)
def test_a_retraction_note_in_another_language_makes_the_article_unavailable(note: str) -> None:
    post = _read(_page(note + _QUOTED + _STORY))
    assert post.problem == "unavailable"
    assert (post.problem_detail or "").startswith("the publisher retracted the article: the page says ")


@pytest.mark.parametrize(
    "note",
    [
        f"<p><i>Исправление: в первоначальной версии статьи мэру приписывались слова «{QUOTE}».</i></p>",
        f"<p><i>Korrektur: In einer früheren Version dieses Artikels hieß es, „{QUOTE}“.</i></p>",
        f"<p><i>Correctif : une version précédente de cet article citait le maire : « {QUOTE} ».</i></p>",
        f"<p><i>Corrección: una versión anterior de este artículo citaba al alcalde: «{QUOTE}».</i></p>",
    ],
    ids=["ru", "de", "fr", "es"],
)
def test_a_quote_found_only_in_a_correction_note_in_another_language_is_not_the_article_s(note: str) -> None:
    post = _read(_page(_STORY + note))
    assert _quote_check(post, QUOTE)[0] == "warn"
    assert QUOTE in post.fields["correction note"]


def test_a_page_without_a_note_s_word_is_searched_for_no_note_and_one_with_it_is() -> None:
    # The visible text is asked once whether it may hold a note (`_note_text`), for both searches: a page
    # without such a word gives them no text; a retraction or a correction is still found beside it.
    from provenance.extractors.web import _note_text

    assert _note_text("The council voted on Friday to reopen the bridge.") == ""
    noted = "Correction: An earlier version of this article misstated the date."
    assert _note_text(noted) == noted
    plain = _read(_page(_STORY))
    assert plain.problem is None and "correction note" not in plain.fields
    retracted = _read(_page("<p><em>Editor's note: This article has been retracted.</em></p>" + _STORY))
    assert retracted.problem == "unavailable"
    correction = "<p><em>An earlier version of this article misstated the date.</em></p>"
    corrected = _read(_page(correction + _STORY))
    assert corrected.problem is None and "earlier version" in corrected.fields["correction note"]


_WITHDRAWN = (
    f"An earlier version of this article quoted the mayor as saying \u201c{QUOTE}\u201d."
    " She did not give a day."
)


@pytest.mark.parametrize(
    ("note", "inside"),
    [
        (
            f"<aside class='correction'><p><strong>Correction, January 22:</strong> {_WITHDRAWN}</p></aside>",
            True,
        ),
        (f"<aside><div class='correction'>Correction: {_WITHDRAWN}</div></aside>", True),
        (f"<aside><p><em>{_WITHDRAWN}</em></p></aside>", True),
        # A box of the `complementary` role: its words were read as the article's, and the quote passed.
        (f"<div role='complementary' class='c-correction'><p>{_WITHDRAWN}</p></div>", True),
        # ... and an aside after the article, beside it in the page's `<main>`.
        (f"<aside class='article-correction'><p>Correction: {_WITHDRAWN}</p></aside>", False),
    ],
    ids=[
        "aside",
        "div.correction in an aside",
        "aside in italics",
        "complementary role",
        "after the article",
    ],
)
def test_a_correction_note_set_apart_in_an_aside_is_the_publisher_s_correction(
    note: str, inside: bool
) -> None:
    # Read as a side block, the words the note withdrew were the sidebar's (or, in a `complementary` box, the
    # article's own): never what the publisher corrected.
    page = _page(_STORY + note) if inside else _page(_STORY).replace("</article>", f"</article>{note}")
    post = _read(page)
    status, detail = _quote_check(post, QUOTE)
    assert status == "warn" and "in the publisher's correction note" in detail, detail
    assert QUOTE in post.fields["correction note"]
    assert QUOTE not in post.fields.get("elsewhere_on_the_page", "")
    assert QUOTE not in post.text


@pytest.mark.parametrize(
    "sidebar",
    [
        # A sidebar of related stories, named so, quoting another story's correction.
        f"<aside class='related'><h2>Related</h2><p>Correction: {_WITHDRAWN}</p></aside>",
        # An aside of other stories' teasers: more words than a note and its label.
        "<aside><h2>Most read</h2><ul>"
        + "".join(
            f"<li><a href='/s/{n}'>Harbour works begin on the east quay, week {n}</a></li>" for n in range(30)
        )
        + f"<li><p>{_WITHDRAWN}</p></li></ul></aside>",
    ],
    ids=["named related", "a list of stories"],
)
def test_another_story_s_correction_in_a_sidebar_aside_is_not_the_article_s(sidebar: str) -> None:
    post = _read(_page(_STORY).replace("</main>", f"</main>{sidebar}"))
    assert "correction note" not in post.fields
    assert QUOTE in post.fields["elsewhere_on_the_page"]


def test_a_hostile_page_of_nested_asides_holding_note_words_is_read_fast() -> None:
    nested = "<aside>" * 400 + "An earlier version of this article said " + "x " * 50_000 + "</aside>" * 400
    many = "<aside><p>An earlier version of this article said so.</p></aside>" * 1_500
    for body in (nested, many):
        started = time.process_time()
        _read(_page(_STORY + body))
        assert time.process_time() - started < 3.0
