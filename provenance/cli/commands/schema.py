"""`provenance schema`: write the JSON Schemas generated from the models."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from provenance.cli.common import EXIT_OK, emit

HELP = "write the JSON Schemas generated from the models"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=Path("schemas"), help="folder to write to (schemas/)")


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.json_schemas import generate_schemas

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for name, text in generate_schemas().items():
        temp = out / f".{name}.tmp"
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, out / name)
        emit(f"wrote {out / name}\n", to_stdout=False)
    return EXIT_OK
