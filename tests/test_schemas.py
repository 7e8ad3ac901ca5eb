"""The committed JSON Schemas must be exactly what the models generate."""

from __future__ import annotations

import json
from pathlib import Path

from provenance.json_schemas import generate_schemas

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def test_committed_schemas_match_the_models() -> None:
    generated = generate_schemas()
    assert sorted(generated) == sorted(p.name for p in SCHEMAS.glob("*.schema.json"))
    for name, text in generated.items():
        assert (SCHEMAS / name).read_text(encoding="utf-8") == text, (
            f"schemas/{name} drifted: run provenance schema"
        )


def test_citation_schema_requires_what_verification_needs() -> None:
    schema = json.loads(generate_schemas()["citation.schema.json"])
    assert {"url", "platform", "date", "author"} <= set(schema["required"])


def test_ledger_schema_covers_every_line_kind() -> None:
    text = generate_schemas()["ledger.schema.json"]
    for kind in ("run", "footnote", "summary", "signature", "timestamp", "verify"):
        assert f'"const": "{kind}"' in text
