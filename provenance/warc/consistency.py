"""Does a capture, as a ledger line or a journal entry records it, agree with time and with its own WARC?
Pure comparisons, no I/O: `verify` holds every capture a ledger names to them, and reuse every capture it
would hand out instead of fetching (`reuse.consistency` words the first problem as a warning).

A ledger line is untrusted input: a WARC beside it can be edited, its digest headers removed, and the line
rewritten to match (the chain recomputed). What can be checked without the network:

- Time (`check_times`): a capture started before it finished, did not finish in the future (beyond
  `CLOCK_SKEW`: machines that share a ledger may disagree a little), and not after a line that records it
  (a capture is recorded once it has finished, by the same clock).
- What its WARC holds (`check_listing`): every record of the file is one the capture lists (the writer lists
  every record it writes, `warcinfo` and `metadata` included), so each record's content is covered by the
  ledger's digest of it; a record the ledger does not list, and above all one no WARC-Block-Digest covers
  either, is content nothing vouches for. A record id is one record: a second record by the same id is named.
- What the records it lists say of themselves, in their WARC headers (`check_agreement`): a request for the
  URL it requested first (the cited URL, as requested), a response from `final_url` with the capture's HTTP
  status and from its IP address (when it got an answer), and every record dated between `started_at` and
  `finished_at` (WARC-Date has microseconds, the capture milliseconds).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from provenance import models  # `models.Problem`: the run's models are made on first use (`run_models`)
from provenance.escaping import escape_unprintable

# The WARC reader and the run's models load on first use, not before a check's first request.
if TYPE_CHECKING:
    from provenance.models import Capture, Problem
    from provenance.warc.reader import OtherRecord, RecordDigests, WarcContents

# How far the clocks of two machines that share a ledger (a laptop, a CI runner) may be taken to disagree.
CLOCK_SKEW = dt.timedelta(minutes=1)
_WARC_DATE_SLACK = dt.timedelta(seconds=1)
_EXCERPT_CHARS = 120
# Records the capture does not list, named one by one per capture; the rest are counted in one problem.
_OTHERS_NAMED = 20
# URLs or values quoted from a WARC in one problem's "found".
_VALUES_QUOTED = 3


def excerpt(text: str) -> str:
    """Text from a ledger or a WARC as a problem quotes it: cut short, its unprintable characters escaped."""
    return escape_unprintable(text if len(text) <= _EXCERPT_CHARS else text[: _EXCERPT_CHARS - 1] + "…")


def parse_utc(text: str | None) -> dt.datetime | None:
    """An ISO 8601 time as the ledger or a WARC writes it (`Z` or an offset; none read as UTC); None when
    it is not one."""
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, repr=False, eq=False)
class Recorder:
    """A line or entry that records a capture, by its `at`: the capture finished before it was written."""

    at: str | None
    name: str  # as a problem names it: "line 2", "the journal entry that lists it"
    judged: bool = False  # whether its own time was judged already (a run line, judged as itself)


def check_times(
    number: int | None, file: str, capture: Capture, recorders: Sequence[Recorder], now: dt.datetime
) -> Iterator[Problem]:
    """Why the capture's times cannot be true, as problems of ledger line `number` in `file`."""
    started, finished = parse_utc(capture.started_at), parse_utc(capture.finished_at)
    if started is None or finished is None:
        yield models.Problem(
            line=number,
            file=file,
            code="capture-time-impossible",
            message="the capture's started_at or finished_at is not a time",
            expected="two UTC times",
            actual=excerpt(f"{capture.started_at} to {capture.finished_at}"),
        )
        return
    if finished < started:
        yield models.Problem(
            line=number,
            file=file,
            code="capture-time-impossible",
            message="the capture finished before it started",
            expected=f"a finished_at from {capture.started_at} on",
            actual=capture.finished_at,
        )
    latest = max(started, finished)
    if latest > now + CLOCK_SKEW:
        yield models.Problem(
            line=number,
            file=file,
            code="capture-time-impossible",
            message="the capture is dated in the future",
            expected=f"times before {_utc(now)}",
            actual=f"{capture.started_at} to {capture.finished_at}",
        )
    for recorder in recorders:
        yield from _recorded_after(number, file, capture, latest, recorder, now)


def _recorded_after(
    number: int | None, file: str, capture: Capture, latest: dt.datetime, recorder: Recorder, now: dt.datetime
) -> Iterator[Problem]:
    if recorder.at is None:
        return
    recorded = parse_utc(recorder.at)
    if recorded is None:
        if recorder.judged:
            return
        yield models.Problem(
            line=number,
            file=file,
            code="capture-time-impossible",
            message=f"{recorder.name} has no readable time",
            expected="a UTC time",
            actual=excerpt(recorder.at),
        )
        return
    if recorded > now + CLOCK_SKEW and not recorder.judged:
        yield models.Problem(
            line=number,
            file=file,
            code="capture-time-impossible",
            message=f"{recorder.name} is dated in the future",
            expected=f"a time before {_utc(now)}",
            actual=recorder.at,
        )
    if latest > recorded:
        yield models.Problem(
            line=number,
            file=file,
            code="capture-time-impossible",
            message=f"the capture finished after {recorder.name} was written",
            expected=f"times up to {recorder.at}",
            actual=_utc(latest),
        )


def check_listing(
    number: int | None, file: str, capture: Capture, contents: WarcContents
) -> Iterator[Problem]:
    """Each record of the WARC the capture does not list (or one repeating a record's id), as read: the
    records `contents` kept beyond the capture's, and those it read and did not keep (`contents.others`)."""
    listed = {ref.id for ref in capture.records}
    kept_beyond = (
        (record_id, digests) for record_id, digests in contents.records.items() if record_id not in listed
    )
    named = 0
    beyond = 0
    for record_id, record_type, digested, repeated in _others(kept_beyond, contents.others):
        beyond += 1
        if named < _OTHERS_NAMED:
            named += 1
            yield _other_problem(number, file, record_id, record_type, digested, repeated)
    beyond += contents.more_others
    if beyond > named:
        yield models.Problem.at(
            number,
            file,
            "record-unlisted",
            f"and {beyond - named} more records of the WARC that the ledger does not list",
        )


def _others(
    kept: Iterable[tuple[str, RecordDigests]], others: Iterable[OtherRecord]
) -> Iterator[tuple[str, str, bool, bool]]:
    for record_id, digests in kept:
        yield (
            excerpt(record_id or "(no WARC-Record-ID)"),
            excerpt(digests.type),
            digests.header_block is not None,
            False,
        )
    for other in others:
        yield other.record_id, other.type, other.digested, other.repeated


def _other_problem(
    number: int | None, file: str, record_id: str, record_type: str, digested: bool, repeated: bool
) -> Problem:
    if repeated:
        return models.Problem.at(
            number,
            file,
            "record-repeated",
            f"the WARC holds a second {record_type} record {record_id}: a record id names one record, and "
            "the ledger's digests were compared with the first",
        )
    if not digested:
        return models.Problem.at(
            number,
            file,
            "record-undigested",
            f"the WARC's {record_type} record {record_id} has no WARC-Block-Digest and the ledger does not "
            "list it: no digest covers its content",
        )
    return models.Problem.at(
        number,
        file,
        "record-unlisted",
        f"the WARC holds a {record_type} record {record_id} that the ledger does not list",
    )


def check_agreement(
    number: int | None, file: str, capture: Capture, contents: WarcContents
) -> Iterator[Problem]:
    """What the capture says against what the records it lists say of themselves, in its WARC's headers
    (a record it does not list is named by `check_listing`)."""
    listed = {ref.id for ref in capture.records}
    records = [digests for record_id, digests in contents.records.items() if record_id in listed]
    requested = capture.redirects[0] if capture.redirects else None
    if requested is not None and not _same_url(capture.url, requested):
        yield models.Problem(
            line=number,
            file=file,
            code="capture-url-mismatch",
            message="the first URL the capture requested (its redirects) is not its url",
            expected=excerpt(capture.url),
            actual=excerpt(requested),
        )
    if requested is None and capture.http_status is not None:
        requested = capture.url  # answered, so asked: a line without its redirects (never written so)
    if requested is not None and not any(r.type == "request" and r.uri == requested for r in records):
        yield models.Problem(
            line=number,
            file=file,
            code="capture-request-missing",
            message="no record the capture lists is a request for the URL it requested first",
            expected=excerpt(requested),
            actual=_quoted(r.uri or "" for r in records if r.type == "request"),
        )
    if capture.http_status is not None:  # None: the last request got no answer, so no response says more
        yield from _answer_problems(number, file, capture, records)
    yield from _tls_problems(number, file, capture, records)
    yield from _date_problems(number, file, capture, records)


def tls_facts_text(facts: object) -> str:
    """TLS facts as one text, the same whoever writes them: as the WARC reader keeps a metadata record's
    (beside each certificate's SHA-256) and as a ledger's capture is compared with them."""
    return json.dumps(facts, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def _tls_problems(
    number: int | None, file: str, capture: Capture, records: list[RecordDigests]
) -> Iterator[Problem]:
    """The TLS certificate the capture names (shown as who answered) against the certificate itself, which
    the metadata record keeps: its SHA-256 must be one the record holds, with the same facts beside it. A
    line naming another certificate, subject or issuer verified intact: nothing compared them."""
    tls = capture.tls
    if tls is None or tls.certificate_sha256 is None:
        return
    held: dict[str, set[str]] = {}
    for record in records:
        if record.type == "metadata" and record.tls_evidence:
            for line in record.tls_evidence.splitlines():
                sha256, _, facts = line.partition("\t")
                held.setdefault(sha256, set()).add(facts)
    recorded = tls_facts_text(tls.model_dump(mode="json"))
    if tls.certificate_sha256 not in held:
        yield models.Problem(
            line=number,
            file=file,
            code="capture-tls-mismatch",
            message="the capture's TLS certificate is not one its WARC's metadata record holds",
            expected=tls.certificate_sha256,
            actual=_quoted(held) if held else "no certificate",
        )
    elif recorded not in held[tls.certificate_sha256]:
        claimed = tls.model_dump(mode="json")
        kept = _facts(min(held[tls.certificate_sha256]))
        differ = [name for name in sorted(claimed) if claimed[name] != kept.get(name)]
        yield models.Problem(
            line=number,
            file=file,
            code="capture-tls-mismatch",
            message=f"the capture's TLS {', '.join(differ)} {'is' if len(differ) == 1 else 'are'} not what "
            "its WARC's metadata record keeps beside the certificate",
            expected=excerpt("; ".join(f"{name}={claimed[name]}" for name in differ)),
            actual=excerpt("; ".join(f"{name}={kept.get(name)}" for name in differ)),
        )


def _facts(text: str) -> dict[str, object]:
    try:
        facts = json.loads(text)
    except ValueError:
        return {}
    return facts if isinstance(facts, dict) else {}


def _answer_problems(
    number: int | None, file: str, capture: Capture, records: list[RecordDigests]
) -> Iterator[Problem]:
    answers = [r for r in records if r.type == "response" and r.uri == capture.final_url]
    if not answers:
        yield models.Problem(
            line=number,
            file=file,
            code="capture-response-missing",
            message="no record the capture lists is a response from its final_url",
            expected=excerpt(capture.final_url),
            actual=_quoted(r.uri or "" for r in records if r.type == "response"),
        )
        return
    where = f"the WARC's response from {excerpt(capture.final_url)}"
    if not any(r.status == capture.http_status for r in answers):
        yield models.Problem(
            line=number,
            file=file,
            code="capture-status-mismatch",
            message=f"the capture's http_status is not the status of {where}",
            expected=str(capture.http_status),
            actual=_quoted(str(r.status) for r in answers),
        )
    elif not any(r.status == capture.http_status and r.ip == capture.ip for r in answers):
        yield models.Problem(
            line=number,
            file=file,
            code="capture-ip-mismatch",
            message=f"the capture's ip is not the WARC-IP-Address of {where}",
            expected=capture.ip or "none",
            actual=_quoted(r.ip or "none" for r in answers if r.status == capture.http_status),
        )


def _date_problems(
    number: int | None, file: str, capture: Capture, records: list[RecordDigests]
) -> Iterator[Problem]:
    started, finished = parse_utc(capture.started_at), parse_utc(capture.finished_at)
    if started is None or finished is None:
        return  # named by `check_times`
    # Said as differences, which cannot overflow: a capture that started in year 1 (or finished in 9999) has
    # no moment a second before (after) it, and `started - slack` crashed verify.
    outside = [
        record
        for record in records
        if (date := parse_utc(record.date)) is None
        or not (started - date <= _WARC_DATE_SLACK and date - finished <= _WARC_DATE_SLACK)
    ]
    if outside:
        more = f" (and {len(outside) - 1} more)" if len(outside) > 1 else ""
        yield models.Problem(
            line=number,
            file=file,
            code="capture-date-mismatch",
            message=f"a record the capture lists is dated outside its started_at to finished_at{more}",
            expected=f"{capture.started_at} to {capture.finished_at}",
            actual=excerpt(f"{outside[0].date or 'no WARC-Date'} ({outside[0].type})"),
        )


def _quoted(values: Iterable[str]) -> str:
    distinct = sorted({excerpt(value) for value in values})
    if not distinct:
        return "none"
    more = f" and {len(distinct) - _VALUES_QUOTED} more" if len(distinct) > _VALUES_QUOTED else ""
    return ", ".join(distinct[:_VALUES_QUOTED]) + more


def _same_url(cited: str, requested: str) -> bool:
    from provenance.capture.failure import CaptureFailure
    from provenance.capture.uri import request_uri, same_resource

    # Chromium spells some characters otherwise than the tool (`?q=it%27s` for `?q=it's`): the same request.
    try:
        return same_resource(request_uri(cited), requested)
    except CaptureFailure:
        return False
