"""`provenance schema`: write the JSON Schemas generated from the models."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from provenance.cli.common import EXIT_OK, emit

HELP = "write the JSON Schemas generated from the models"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("schemas"),
        metavar="DIR",
        help="folder to write to, created if needed (default: schemas/)",
    )


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.errors import InputError
    from provenance.files import ensure_folder
    from provenance.json_schemas import generate_schemas

    out = ensure_folder(args.out, "schema folder")
    for name, text in generate_schemas().items():
        temp = out / f".{name}.tmp"
        try:
            temp.write_text(text, encoding="utf-8")
            os.replace(temp, out / name)
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise InputError(f"{out / name}: cannot be written ({error.strerror or error})") from None
        emit(f"wrote {out / name}\n", to_stdout=False)
    return EXIT_OK
