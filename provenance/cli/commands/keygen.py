"""`provenance keygen -o KEYFILE`: make an Ed25519 key pair for signing ledgers (`check --sign KEYFILE`)."""

from __future__ import annotations

import argparse

from provenance.cli.common import EXIT_OK, emit
from provenance.cli.parsing import file_path
from provenance.escaping import escape_unprintable

HELP = "make an Ed25519 key pair for signing ledgers"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        type=file_path,
        required=True,
        metavar="KEYFILE",
        help="private key file to create (mode 0600, never overwritten); the public key goes to KEYFILE.pub",
    )


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.seal.keys import generate_key_files

    made = generate_key_files(args.output)
    # A file name is anything a shell let through: its control characters are shown escaped, not obeyed.
    wrote = f"wrote {made.private} (private key, mode 0600: keep it secret) and {made.public}"
    emit(escape_unprintable(wrote) + "\n", False)
    emit(f"{made.public_key}\n", to_stdout=True)
    return EXIT_OK
