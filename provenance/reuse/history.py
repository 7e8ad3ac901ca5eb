"""The captures a ledger's earlier runs recorded, read as candidates for reuse.

Read as far as the hash chain holds: a line whose `prev` is not the hash of the line before it means the
ledger was changed or damaged, and then nothing in it is reused (`provenance verify` names the problem).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from provenance.hashing import sha256_hex
from provenance.models import Capture
from provenance.reuse import Candidate, capture_profile, qualifies, started


def ledger_candidates(
    ledger: Path, profile: str | None, since: dt.datetime
) -> tuple[list[Candidate], str | None]:
    """The captures in `ledger` made with capture settings `profile`, since `since`, that qualify for reuse
    (none when `profile` is None: the chain is only walked); and a warning when the ledger could not be
    trusted for it: a run appended after a break in its chain should not go unsaid."""
    not_reused = "" if profile is None else "captures not reused: "
    from provenance.files import describe_os_error, open_regular_file

    try:
        stream = open_regular_file(ledger)
    except FileNotFoundError:
        return [], None
    except OSError as error:
        return [], f"{not_reused}the ledger cannot be read ({describe_os_error(error)})"
    found: list[Candidate] = []
    previous: str | None = None
    run_profile: str | None = None
    with stream:
        for number, raw in enumerate(stream, start=1):
            encoded = raw.removesuffix(b"\n")
            line = _object(encoded)
            chained = line is not None and previous in (None, line.get("prev"))
            if line is None or not chained or not raw.endswith(b"\n"):
                return [], (
                    f"{not_reused}the ledger's hash chain does not hold at line {number} "
                    "(provenance verify names the problem)"
                )
            previous = sha256_hex(encoded)
            kind = line.get("kind")
            if kind == "run":
                options = line.get("options")
                run_profile = capture_profile(options) if isinstance(options, dict) else None
            elif (
                profile is not None
                and kind == "footnote"
                and run_profile == profile
                and isinstance(line.get("capture"), dict)
            ):
                capture = _capture(line["capture"])
                if capture is not None and qualifies(capture) and started(capture) >= since:
                    seq = line.get("seq")
                    found.append(Candidate(capture, "ledger", seq if isinstance(seq, int) else None))
    return found, None


def _object(encoded: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(encoded)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _capture(value: dict[str, Any]) -> Capture | None:
    try:
        return Capture.model_validate(value)
    except ValidationError:
        return None
