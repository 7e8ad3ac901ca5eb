"""Why one fetch could not go ahead, in the words the capture outcome records."""

from __future__ import annotations

from typing import Literal

FailureKind = Literal["blocked", "dns", "connect", "timeout", "tls", "archive", "url"]


class CaptureFailure(Exception):
    """A fetch that stopped; `str()` is the outcome's error text, `<kind>: <why>` (e.g. `blocked: ...`).

    This never reaches the user as an exception: capture turns it into `CaptureOutcome.error`.
    """

    def __init__(self, kind: FailureKind, why: str) -> None:
        super().__init__(f"{kind}: {' '.join(why.split())}")
        self.kind = kind
