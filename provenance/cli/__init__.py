"""The command line: parse arguments, call the library, render. Errors are caught once, in `main`.

Each command is one module in `provenance.cli.commands` with `add_arguments` and `run`; a module imports the
library inside `run`, so `provenance --version` and a command's `--help` load nothing they do not show.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence

from provenance.cli.parsing import build_parser, command_module
from provenance.errors import ProvenanceError, UsageError

EXIT_INTERNAL = 3


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError("provenance: choose a command (see provenance --help)")
        code: int = command_module(args.command).run(args, argv)
        return code
    except ProvenanceError as error:
        print(f"provenance: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("provenance: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: say so in one line, show the traceback only on request
        if debug:
            traceback.print_exc()
        print(
            f"provenance: internal error (a bug): {type(error).__name__}: {error}; "
            "rerun with --debug for details",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def main_entry() -> None:
    sys.exit(main())
