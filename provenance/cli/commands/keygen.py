"""`provenance keygen -o KEYFILE`: make an Ed25519 key pair for signing ledgers (`check --sign KEYFILE`).

KEYFILE names the private key; the public one goes beside it as KEYFILE.pub. A KEYFILE that itself ends in
`.pub` is refused: the private key was written under a public key's name (`-o signing.pub` made `signing.pub`,
secret, and `signing.pub.pub`), the file a user hands out as the public key.
"""

from __future__ import annotations

import argparse

from provenance.cli.common import EXIT_OK, emit
from provenance.cli.parsing import written_file_path
from provenance.escaping import escape_unprintable

HELP = "make an Ed25519 key pair for signing ledgers"
EPILOG = """\
exit codes: 0 the key pair written; 2 usage error (a KEYFILE that exists is never overwritten, nothing
written); 3 internal error.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        type=written_file_path,
        required=True,
        metavar="KEYFILE",
        help="private key file to create (mode 0600, never overwritten); the public key goes to KEYFILE.pub",
    )


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.errors import UsageError
    from provenance.seal.keys import generate_key_files

    if args.output.name.lower().endswith(".pub"):
        private = escape_unprintable(str(args.output.with_suffix("")))
        raise UsageError(
            f"-o {escape_unprintable(str(args.output))}: a public key's name; -o names the private key, and "
            f"its public key goes beside it with .pub added (-o {private} writes {private} and {private}.pub)"
        )
    made = generate_key_files(args.output)
    # A file name is anything a shell let through: its control characters are shown escaped, not obeyed.
    wrote = f"wrote {made.private} (private key, mode 0600: keep it secret) and {made.public}"
    emit(escape_unprintable(wrote) + "\n", False)
    emit(f"{made.public_key}\n", to_stdout=True)
    return EXIT_OK
