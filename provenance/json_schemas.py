"""The committed JSON Schemas, generated from the models so they cannot drift from the code."""

from __future__ import annotations

import json
from pathlib import Path
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


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into `folder` (created if needed), each file whole or not at all; their paths."""
    from provenance.files import ensure_folder, write_atomically

    out = ensure_folder(folder, "schema folder")
    written = []
    for name, text in generate_schemas().items():
        write_atomically(out / name, text.encode("utf-8"), "schema file")
        written.append(out / name)
    return written
