"""Sealing a run as `check` ends it: a signature over the head, then a trusted timestamp from each TSA asked.

The signature comes first so that the timestamps cover it too: they prove that the signature, and everything
it vouches for, existed by their time, which still holds if the key is later lost or replaced. A failing TSA
is a warning, not a lost run: the run and the other seals are kept.

Seals are lines of the run itself, added to the same `LedgerWriter` before anything reaches the file: the run
and its seals are committed in one atomic replacement of the ledger when the check ends cleanly, and a run
stopped while a TSA is asked (Ctrl-C, SIGTERM) leaves the ledger exactly as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # cryptography and the TSA client load only for a run that is sealed
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from provenance.capture.options import NetworkOptions
    from provenance.ledger.writer import LedgerWriter


@dataclass(frozen=True, repr=False, eq=False)
class SealSettings:
    """What `check --sign/--tsa` asks for; the key is loaded (and so proven readable) before any capture."""

    key: Ed25519PrivateKey | None = None
    tsa_urls: tuple[str, ...] = ()
    network: NetworkOptions | None = None  # how TSAs are asked: as captures are (policy, --connect-to, ...)

    @property
    def wanted(self) -> bool:
        return self.key is not None or bool(self.tsa_urls)


def seal_run(ledger: LedgerWriter, settings: SealSettings) -> Sequence[str]:
    """Append the seals `settings` asks for to the run in `ledger`; the warnings for TSAs that failed."""
    if not settings.wanted:
        return ()
    from provenance.capture.options import NetworkOptions
    from provenance.models import SignatureLine, TimestampLine
    from provenance.seal.signing import sign_head
    from provenance.seal.timestamps import TimestampError, request_timestamp

    if settings.key is not None:
        public_key, signature = sign_head(settings.key, ledger.head)
        ledger.add(SignatureLine, public_key=public_key, signature=signature)
    warnings = []
    for url in settings.tsa_urls:
        # Each line chains to the one before, so each TSA is asked over the previous seal in turn.
        try:
            stamp = request_timestamp(url, ledger.last_line, settings.network or NetworkOptions())
        except TimestampError as error:
            warnings.append(f"no timestamp: {error}")
            continue
        ledger.add(TimestampLine, tsa=stamp.tsa, token=stamp.token, gen_time=stamp.gen_time)
    return warnings
