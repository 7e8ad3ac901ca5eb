"""Does a WARC file still hold what the ledger says was captured into it? Pure comparisons, no I/O."""

from __future__ import annotations

from collections.abc import Iterator

from provenance.models import Capture, Problem, WarcRecordRef
from provenance.warc.reader import ReadLimits, WarcContents, same_digest

# What a WARC holds beyond the response bodies its capture counts (`bytes`): the warcinfo and request records,
# HTTP heads, the metadata record with its TLS certificates. Generous: only a forgery comes near it.
_OVERHEAD_BYTES = 64 << 20
# How far gzip can shrink a real capture; a file that inflates further is a gzip bomb, not evidence.
_MAX_INFLATION = 16


def read_limits(capture: Capture) -> ReadLimits:
    """How much of the capture's WARC `verify` may read: its recorded size, else what `bytes` allows."""
    file_bytes = capture.warc_bytes
    if file_bytes is None:  # a ledger written before the size was recorded
        file_bytes = capture.bytes + capture.bytes // 64 + _OVERHEAD_BYTES
    return ReadLimits(
        file_bytes=file_bytes,
        content_bytes=capture.bytes + _OVERHEAD_BYTES + _MAX_INFLATION * file_bytes,
    )


def check_capture(number: int, file: str, capture: Capture, contents: WarcContents) -> Iterator[Problem]:
    """The ledger line `number`'s capture against the WARC as read: its file hash and each record it names."""
    if contents.sha256 != capture.warc_sha256:
        yield Problem.mismatch(
            number, file, "warc-hash-mismatch", "the WARC file's sha256", capture.warc_sha256, contents.sha256
        )
    for ref in capture.records:
        yield from _check_record_ref(number, file, ref, contents)


def check_warc_itself(number: int, file: str, contents: WarcContents) -> Iterator[Problem]:
    if contents.error is not None:
        yield Problem.at(number, file, "warc-malformed", f"the WARC is malformed: {contents.error}")
    for record_id, digests in contents.records.items():
        checks = (
            ("block", digests.header_block, digests.block),
            ("payload", digests.header_payload, digests.payload),
        )
        for what, recorded, computed in checks:
            if recorded is not None and computed is not None and not same_digest(recorded, computed):
                yield Problem.mismatch(
                    number,
                    file,
                    "record-digest-mismatch",
                    f"{what} digest of {record_id} (WARC header)",
                    recorded,
                    computed,
                )


def _check_record_ref(
    number: int, file: str, ref: WarcRecordRef, contents: WarcContents
) -> Iterator[Problem]:
    digests = contents.records.get(ref.id)
    if digests is None:
        yield Problem.at(
            number, file, "record-missing", f"the WARC has no record {ref.id} that the ledger names"
        )
        return
    if not same_digest(ref.block_digest, digests.block):
        yield Problem.mismatch(
            number,
            file,
            "record-ledger-mismatch",
            f"block digest of {ref.id}",
            ref.block_digest,
            digests.block,
        )
    if (
        ref.payload_digest is not None
        and digests.payload is not None
        and not same_digest(ref.payload_digest, digests.payload)
    ):
        yield Problem.mismatch(
            number,
            file,
            "record-ledger-mismatch",
            f"payload digest of {ref.id}",
            ref.payload_digest,
            digests.payload,
        )
