"""Facebook's pages as a visitor without an account gets them: its notice that a post is not available, in the
languages Facebook answers in, is no post."""

from __future__ import annotations

import pytest

from provenance.extractors import extract_source
from tests.extractors.support import answer

POST = "https://www.facebook.com/harbour.office/posts/pfbid02abc"


def _page(language: str, heading: str, text: str) -> str:
    return (
        f"<html lang='{language}'><head><title>Facebook</title>"
        "<meta property='og:site_name' content='Facebook'></head><body><div role='main'>"
        f"<h2>{heading}</h2><p>{text}</p><a href='/'>Facebook</a></div></body></html>"
    )


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("fr", "Ce contenu n’est pas disponible pour le moment"),  # noqa: RUF001
        ("de", "Dieser Inhalt ist derzeit nicht verfügbar"),
        ("es", "Este contenido no está disponible en este momento"),
        ("it", "Questo contenuto non è al momento disponibile"),
        ("pt", "Este conteúdo não está disponível no momento"),
        ("ru", "Этот контент сейчас недоступен"),
        ("uk", "Цей вміст зараз недоступний"),
    ],
)
def test_facebooks_content_isnt_available_in_another_language_is_unavailable(
    language: str, heading: str
) -> None:
    # Facebook answers in the visitor's language: read as the post, its notice passed `captured`.
    post = extract_source(POST, (answer(POST, _page(language, heading, "…")),))
    assert post.problem == "unavailable"
    assert post.problem_detail == (
        f"the page's heading is Facebook's notice that the content is not available: {heading!r}"
    )


def test_a_post_that_quotes_the_notice_in_its_words_is_read_as_a_post() -> None:
    words = "Ce contenu n’est pas disponible pour le moment, nous dit Facebook depuis lundi."  # noqa: RUF001
    post = extract_source(POST, (answer(POST, _page("fr", "Capitainerie du port", words)),))
    assert post.problem is None
