"""The body a gazette entry's page names as the act's issuer, where no byline does: the Diário da República's
`Emissor` and the Gazzetta Ufficiale's ministry heading the act, kept as the BOE's `Departamento:` row is, for
the author check."""

from __future__ import annotations

import time

import pytest

from provenance.extractors import extract_source
from provenance.extractors.judgments import GAZETTE_ISSUER_SHOWN
from provenance.extractors.web import GAZETTE_DEPARTMENT
from tests.extractors.support import answer

DIARIO = "https://diariodarepublica.pt/dr/detalhe/decreto-lei/20-2024-838450001"
GAZZETTA = "https://www.gazzettaufficiale.it/eli/id/2024/03/12/24A01234/sg"


def _page(body: str) -> str:
    title = "<title>Decreto-Lei n.º 20/2024 | DR</title>"
    return f"<html><head>{title}</head><body><main>{body}</main></body></html>"


@pytest.mark.parametrize(
    ("url", "body", "issuer"),
    [
        (
            DIARIO,
            '<h1>Decreto-Lei n.º 20/2024</h1><div class="diploma-emissor">Presidência do Conselho de '
            "Ministros</div>",
            ("Presidência do Conselho de Ministros", "its 'Emissor'"),
        ),
        (
            DIARIO,
            "<h1>Portaria n.º 88/2024</h1><dl><dt>Tipo de Diploma:</dt><dd>Portaria</dd>"
            "<dt>Emissor:</dt> <dd>Ambiente e Energia</dd></dl>",
            ("Ambiente e Energia", "its 'Emissor'"),
        ),
        (
            GAZZETTA,
            '<div id="testa_atto"><h2 class="consultazione">MINISTERO DELL\'INTERNO</h2>'
            '<span class="dettaglio_atto_testo">DECRETO 5 marzo 2024</span></div>',
            ("MINISTERO DELL'INTERNO", "the ministry heading the act"),
        ),
        # The act's kind heading the entry (a President's decree, a law) is no issuer's name.
        (
            GAZZETTA,
            '<div id="testa_atto"><h2 class="consultazione">DECRETO DEL PRESIDENTE DELLA REPUBBLICA</h2>'
            "</div>",
            None,
        ),
        (DIARIO, "<h1>Decreto-Lei n.º 20/2024</h1><p>Emissor: nobody in a sentence</p>", None),
    ],
)
def test_a_gazette_entry_s_issuer_is_read_where_its_page_names_it(
    url: str, body: str, issuer: tuple[str, str] | None
) -> None:
    post = extract_source(url, (answer(url, _page(body)),))
    read = (post.fields[GAZETTE_DEPARTMENT], post.fields[GAZETTE_ISSUER_SHOWN]) if issuer else None
    assert read == issuer
    assert issuer is not None or GAZETTE_DEPARTMENT not in post.fields


def test_a_page_of_many_labels_is_read_in_bounded_time() -> None:
    body = "<dl>" + "<dt>Número:</dt><dd>1</dd>" * 5_000 + "</dl>"
    started = time.process_time()
    post = extract_source(DIARIO, (answer(DIARIO, _page(body)),))
    assert GAZETTE_DEPARTMENT not in post.fields
    assert time.process_time() - started < 10  # about 0.5 s here, most of it the page's reading as a web page
