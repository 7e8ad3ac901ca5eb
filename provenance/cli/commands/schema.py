"""`provenance schema`: write the JSON Schemas generated from the models."""

from __future__ import annotations

import argparse
from pathlib import Path

from provenance.cli.common import EXIT_OK, emit
from provenance.cli.parsing import GivenOnce, file_path
from provenance.escaping import escape_unprintable

HELP = "write the JSON Schemas generated from the models"
EPILOG = """\
exit codes: 0 the schemas written; 2 usage error (--out names a file, or a folder that cannot be made);
3 internal error.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        action=GivenOnce,
        type=file_path,
        default=Path("schemas"),
        metavar="DIR",
        help="folder to write to, created if needed (default: schemas/)",
    )


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.json_schemas import write_schemas

    for path in write_schemas(args.out):
        emit(escape_unprintable(f"wrote {path}") + "\n", to_stdout=False)  # a folder's name shown escaped
    return EXIT_OK
