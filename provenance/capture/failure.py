"""Why one fetch could not go ahead, in the words the capture outcome records.

Kept free of the HTTP stack (naming its errors is `diagnosis`), so the CLI can import the option types
without loading requests: `provenance --version` stays fast."""

from __future__ import annotations

import errno
from typing import Literal

FailureKind = Literal[
    "blocked",
    "dns",
    "connect",
    "timeout",
    "tls",
    "proxy",
    "disconnect",
    "answer",
    "archive",
    "url",
    "skipped",
]


class CaptureFailure(Exception):
    """A fetch that stopped; `str()` is the outcome's error text, `<kind>: <why>` (e.g. `blocked: ...`).

    This never reaches the user as an exception: capture turns it into `CaptureOutcome.error`.
    """

    def __init__(self, kind: FailureKind, why: str) -> None:
        self.kind = kind
        self.why = " ".join(why.split())
        super().__init__(f"{kind}: {self.why}")


class ArchiveWriteError(CaptureFailure):
    """Keeping the evidence failed on this machine (a full disk, a write error): an error of the run, never
    the server's doing. It ends the whole capture, whatever hop it happened in."""

    def __init__(self, path: str, error: OSError) -> None:
        code = errno.errorcode.get(error.errno or 0, "")
        number = f"{code}, errno {error.errno}" if code else f"errno {error.errno}"
        super().__init__("archive", f"cannot write {path}: {error.strerror or error} ({number})")
