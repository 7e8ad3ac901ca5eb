"""Does a WARC file still hold what the ledger says was captured into it? Pure comparisons, no I/O."""

from __future__ import annotations

from collections.abc import Iterator

from provenance.models import Capture, Problem, WarcRecordRef
from provenance.warc.reader import ReadLimits, WarcContents, excerpt, same_digest

# What a WARC holds beyond the response bodies its capture counts (`bytes`): the warcinfo and request records,
# HTTP heads, the metadata record with its TLS certificates. Generous: only a forgery comes near it.
_OVERHEAD_BYTES = 64 << 20
# How far gzip can shrink a real capture; a file that inflates further is a gzip bomb, not evidence.
_MAX_INFLATION = 16
# The most response bodies one capture can hold: the largest `--max-bytes` the command line accepts (10G, see
# `cli.parsing`). A body is cut there, and the other answers of a capture (redirect hops, side requests) are
# small beside it: whatever a ledger line claims, no real capture's WARC inflates to more than this plus its
# own records.
MAX_CAPTURE_BODY_BYTES = 10 * 1000**3
# How far gzip can shrink the bodies of a real capture: pages, JSON and logs shrink 5 to 50 times, and bodies
# sent compressed (most) not at all; only a body of near-constant bytes shrinks further (deflate's limit is
# 1032), and a body above `_OVERHEAD_BYTES` needs `--max-bytes` raised above its default. A WARC whose bodies
# inflate more than this many times its size, beyond that overhead, is read that far and named as too large.
_MAX_BODY_INFLATION = 100


def read_limits(capture: Capture, file_size: int | None = None) -> ReadLimits:
    """How much of the capture's WARC `verify` may read: its recorded size, else what `bytes` allows.

    Both numbers are the ledger's own, so a forged line could claim any: the bytes its records may inflate to
    are also bounded by what a real capture can hold and, given the `file_size` the WARC has on disk, by what
    a real capture's file of that size holds (a gzip bomb of 10 MB is read to about 1.3 GB, not 10 GB).
    """
    file_bytes = capture.warc_bytes
    if file_bytes is None:  # a ledger written before the size was recorded
        file_bytes = capture.bytes + capture.bytes // 64 + _OVERHEAD_BYTES
    stored = file_bytes if file_size is None else min(file_bytes, file_size)
    bodies = min(capture.bytes, MAX_CAPTURE_BODY_BYTES, _MAX_BODY_INFLATION * stored)
    return ReadLimits(
        file_bytes=file_bytes,
        content_bytes=bodies + _OVERHEAD_BYTES + _MAX_INFLATION * stored,
    )


def largest_read_limits(file_size: int) -> ReadLimits:
    """The largest `read_limits` any capture can give a WARC of `file_size` bytes that it lets be read (its
    recorded size at least `file_size`): one read at these serves every line that names the file."""
    return ReadLimits(
        file_bytes=file_size,
        content_bytes=min(MAX_CAPTURE_BODY_BYTES, _MAX_BODY_INFLATION * file_size)
        + _OVERHEAD_BYTES
        + _MAX_INFLATION * file_size,
    )


def check_capture(
    number: int | None, file: str, capture: Capture, contents: WarcContents
) -> Iterator[Problem]:
    """The ledger line `number`'s capture against the WARC as read: its file hash and each record it names."""
    if contents.sha256 != capture.warc_sha256:
        yield Problem.mismatch(
            number, file, "warc-hash-mismatch", "the WARC file's sha256", capture.warc_sha256, contents.sha256
        )
    unread = [ref.id for ref in capture.records if ref.id not in contents.records]
    if contents.error is not None and unread:
        # A file that cannot be read past its damage (`warc-malformed`, said once) holds none of the records
        # after it: one problem for them all, not one line each that buries the damage in a legal review.
        yield Problem.at(
            number,
            file,
            "record-missing",
            f"{_records(len(unread))} that the ledger names cannot be read past the damage: "
            f"{', '.join(unread[:_MAX_NAMED])}{' …' if len(unread) > _MAX_NAMED else ''}",
        )
    for ref in capture.records:
        if contents.error is None or ref.id in contents.records:
            yield from _check_record_ref(number, file, ref, contents)


# How many unreadable records a problem names by id.
_MAX_NAMED = 3


def _records(count: int) -> str:
    return "the record" if count == 1 else f"{count} records"


def check_warc_itself(number: int | None, file: str, contents: WarcContents) -> Iterator[Problem]:
    if contents.error is not None:
        yield Problem.at(number, file, "warc-malformed", f"the WARC is malformed: {contents.error}")
    for mismatch in contents.mismatches:
        yield Problem.mismatch(
            number,
            file,
            "record-digest-mismatch",
            f"{mismatch.what} digest of {excerpt(mismatch.record_id)} (WARC header)",
            excerpt(mismatch.recorded),
            mismatch.computed,
        )
    if contents.more_mismatches:
        yield Problem.at(
            number,
            file,
            "record-digest-mismatch",
            f"and {contents.more_mismatches} more record digests that do not match their WARC headers",
        )


def _check_record_ref(
    number: int | None, file: str, ref: WarcRecordRef, contents: WarcContents
) -> Iterator[Problem]:
    digests = contents.records.get(ref.id)
    if digests is None:
        yield Problem.at(
            number, file, "record-missing", f"the WARC has no record {ref.id} that the ledger names"
        )
        return
    # The ledger says what each record is and which URL it holds: a line edited to name another URL than the
    # one the WARC recorded (its digests left alone) is evidence misdescribed.
    described = (
        ("type", ref.type, digests.type),
        ("target URI", ref.uri or "(none)", digests.uri or "(none)"),
    )
    for what, recorded, found in described:
        if recorded != found:
            mismatch = f"{what} of {ref.id}"
            yield Problem.mismatch(
                number, file, "record-ledger-mismatch", mismatch, excerpt(recorded), excerpt(found)
            )
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
