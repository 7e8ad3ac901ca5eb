"""The committed JSON Schemas, generated from the models so they cannot drift from the code."""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from provenance.models import LedgerLine, VerifiableCitation


def _document(title: str, schema: dict[str, Any]) -> str:
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    schema["title"] = title
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def generate_schemas() -> dict[str, str]:
    """File name → JSON Schema text for every schema `provenance schema` writes."""
    return {
        "citation.schema.json": _document(
            "A citation that can be verified",
            VerifiableCitation.model_json_schema(),
        ),
        "ledger.schema.json": _document(
            "One line of a provenance ledger",
            TypeAdapter(LedgerLine).json_schema(),
        ),
    }
