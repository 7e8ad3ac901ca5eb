"""One family of errors a user can cause; `cli.main` catches the root once and prints its message."""

from __future__ import annotations


class ProvenanceError(Exception):
    """Root of every error a user can cause and act on.

    The message is shown to the user as one line, so it names the file or value and the problem.
    """

    exit_code = 2

    def __str__(self) -> str:
        # Keep the user-facing message on one line whatever the cause text held.
        return " ".join(super().__str__().split())


class UsageError(ProvenanceError):
    """A bad command line: unknown option, bad option value, missing argument."""


class InputError(ProvenanceError):
    """An input file is missing, unreadable, binary, or not in the expected form."""


class CitationsFileError(InputError):
    """The `--citations` CSL-JSON file cannot be read or is malformed."""


class LedgerFormatError(InputError):
    """A ledger file cannot be parsed at all (as opposed to a ledger that parses but fails verification)."""


class OutputError(ProvenanceError):
    """The output cannot be written (a full disk, an I/O error): no bug of the tool's, exit 2."""


class InstallationError(ProvenanceError):
    """The installed dependencies cannot do what was asked safely (a library too old): exit 3, one line."""

    exit_code = 3
