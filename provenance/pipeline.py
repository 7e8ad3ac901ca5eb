"""The check pipeline: report → citations → captures → checks → ledger.

Each stage is a function the CLI calls; nothing here prints. File and network I/O happen in the stages'
own modules (readers, capture, ledger); this module only wires them together.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import itertools
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance import __version__
from provenance.capture.after import MOST_HELD_BACK, AfterCaptures, FollowUp, once_on_disk
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo, joined_follow_ups
from provenance.capture.processes import (
    can_fork_captures,
    capture_in_processes,
    share_out,
    split_by_host,
)
from provenance.capture.retry import HostStanding
from provenance.capture.slots import HostSlots
from provenance.capture.uri import host_key_of
from provenance.check_inputs import (
    InputOptions,
    check_ledger_follows_report,
    check_one_report_for_citations,
    cited_speakers,
    default_ledger_path,
    expand_report_paths,
    read_reports,
    shard_part,
    unmatched_citations,
)
from provenance.citations.cite import CitationsFile, cite_footnotes, load_citations
from provenance.citations.parse import quoted_in_note
from provenance.files import ensure_folder
from provenance.forking import usable_cores
from provenance.ledger.chain import PreparedLine, prepare_line
from provenance.ledger.writer import LedgerWriter
from provenance.loading import CodeLoading
from provenance.models import (
    Report,
    build_models,
    utc_now,
)
from provenance.results import (
    STOPPED_REPORT,
    CheckStopped,
    CitedFootnote,
    FootnoteResult,
    LintResult,
    ReportResult,
    count_statuses,
    not_checked,
)
from provenance.reuse import ReusableCaptures, capture_profile
from provenance.reuse.history import ledger_candidates
from provenance.reuse.journal import Journal, discard_journal, journal_candidates
from provenance.seal.sealing import seal_run
from provenance.settings import CheckSettings
from provenance.side_urls import (
    internet_archive_text_follow_ups,
    mastodon_origin_follow_ups,
    reddit_page_follow_ups,
    redirected_side_follow_ups,
    side_urls,
)
from provenance.warc.durable import WarcSyncs
from provenance.warc.naming import capture_stem, path_in_ledger, warc_in_ledger

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from provenance.capture.rush import Rush
    from provenance.models import (
        Capture,
        CaptureOutcome,
        CheckResult,
        SourcePost,
        ToolInfo,
        Transformation,
    )
    from provenance.sources import LiveRead, ReadSource

# What reads a capture back and checks it (`sources`, extractors, WARC reader, checks: a sixth of the
# instructions a check ran before its first request) loads on first use, in each capture process, while its
# first requests are out (`_made_ahead`): imported at the top, it held up every first request.

log = logging.getLogger("provenance.check")
_LEDGER_TEXT = 2000  # characters of the source's text kept in the ledger


@functools.cache
def tool_info() -> ToolInfo:
    """This program as a run line names it: made on first use (a run's end), since making a model builds its
    validator (0.03 G instructions), which at import held up the first request."""
    from provenance.models import ToolInfo  # see `provenance.run_models`

    return ToolInfo(name="provenance", version=__version__)


def capture_requests(
    report: Report,
    cited: Sequence[CitedFootnote],
    settings: CheckSettings,
    live_reads: list[LiveRead | None] | None = None,
    note_quotes: list[tuple[str, ...] | None] | None = None,
) -> list[CaptureRequest | None]:
    """Per footnote, what to capture: None where nothing is attempted (no URL, or `--offline`). Given
    `live_reads` (one per footnote), each footnote's archive lookup keeps there what it read of the live
    answers, for the footnote's reading back to take up (`sources.LiveRead`): where the reading is done in
    this process, not by a reading pool's. Given `note_quotes`, each footnote's own quoted words
    (`quoted_in_note`) are kept there where they were read to decide what the lookup reads, for its reading
    back and its checks (None where not read)."""
    if settings.offline:
        return [None] * len(cited)
    if settings.timegate:
        from provenance.sources import LiveRead, archive_follow_ups

        if live_reads is not None and settings.readers is None:
            live_reads[:] = [LiveRead() if item.citation.url else None for item in cited]
    kept = live_reads if live_reads else [None] * len(cited)
    # Read once here where the lookup asks (`_quoted`), and kept for the footnote's reading back.
    in_notes = [
        quoted_in_note(item.footnote) if reads is not None and item.citation.url else None
        for item, reads in zip(cited, kept, strict=True)
    ]
    if note_quotes is not None:
        note_quotes[:] = in_notes
    return [
        CaptureRequest(
            url=url,
            name=capture_stem(report.path, item.footnote.label),
            label=item.footnote.label,
            # The cited URL is what is captured; its canonical form and the platform's side documents
            # (widget, oEmbed, JSON) are more requests in the same WARC, and so is the archive lookup.
            side_urls=(
                *((item.citation.canonical_url,) if item.citation.canonical_url else ()),
                *side_urls(url),
            ),
            # The side documents of the post a shortened link led to are asked for once it has led there,
            # and a Mastodon post another instance keeps a copy of, of its author's instance once it is named.
            follow_ups=joined_follow_ups(
                redirected_side_follow_ups(url),
                mastodon_origin_follow_ups(url, item.citation.handle),
                reddit_page_follow_ups(url),
                internet_archive_text_follow_ups(url),  # an item's own text, which its page links to
                # The lookup reads the live page's text only where its reading is kept for the checks.
                archive_follow_ups(
                    url, item.citation, settings.timegate, reads is not None and _quoted(item, in_note), reads
                )
                if settings.timegate
                else None,
            ),
        )
        if (url := item.citation.url)
        else None
        for item, reads, in_note in zip(cited, kept, in_notes, strict=True)
    ]


def _journal_form(capture: Capture, ledger_dir: Path) -> Capture:
    """A capture as the journal lists it: its WARC named as the ledger would, with its size (what else the
    ledger adds is read from the WARC when the capture is reused)."""
    warc = Path(capture.warc)
    try:
        size: int | None = warc.stat().st_size
    except OSError:
        size = None  # then the reuse check hashes the whole file, whatever its size
    return capture.model_copy(update={"warc": warc_in_ledger(warc, ledger_dir), "warc_bytes": size})


def _ledger_capture(
    outcome: CaptureOutcome | None, ledger_dir: Path, transformations: tuple[Transformation, ...] | None
) -> CaptureOutcome | None:
    """The outcome as the ledger stores it: its WARC path relative to the ledger's folder, the WARC's size
    (which bounds how much of the file `verify` will ever read), and what was done to the captured bytes on
    their way to the checks (`transformations`, read with the source; else read from the WARC now)."""
    if outcome is None or outcome.capture is None:
        return outcome
    from provenance.custody import capture_transformations

    warc = Path(outcome.capture.warc)
    update = {
        "warc": warc_in_ledger(warc, ledger_dir),
        "warc_bytes": warc.stat().st_size,
        "transformations": capture_transformations(warc) if transformations is None else transformations,
    }
    return outcome.model_copy(update={"capture": outcome.capture.model_copy(update=update)})


def _recorded_options(settings: CheckSettings) -> dict[str, Any]:
    """The run's options as its ledger line keeps them; the citations file by path and hash."""
    citations = settings.citations
    return {
        **settings.recorded_options,
        "citations": {"path": citations.path, "sha256": citations.sha256} if citations else None,
    }


def _footnote_line_fields(result: FootnoteResult) -> dict[str, Any]:
    footnote = result.cited.footnote
    return {
        "label": footnote.label,
        "text": footnote.text,
        "line": footnote.line,
        "contexts": footnote.contexts,
        "citation": result.cited.citation,
        "findings": result.cited.findings,
        "capture": result.outcome.capture if result.outcome else None,
        "checks": result.checks,
        "status": result.status,
        "source": _ledger_source(result.source, result.checks, result.cited.citation.url),
        "archive": result.archive,
        "location": footnote.location,
    }


# Fields that hold a page's words outside its article (`extractors.web`): cut as its text is.
_LEDGER_CUT_FIELDS = ("reader_comments", "elsewhere_on_the_page")


def _ledger_source(
    source: SourcePost | None, checks: Sequence[CheckResult] = (), cited_url: str | None = None
) -> SourcePost | None:
    """What the source says, as the ledger keeps it: the text, and the words outside a page's article, cut
    short, and of a live blog's entries (up to 100 of 500 characters each) only those a check used (the WARC
    holds all of it): the entry whose time the date check found (`checks`), and the one `cited_url` names."""
    if source is None:
        return None
    from provenance.extractors.pages import live_blog_entries_used

    used_times = {check.found for check in checks if check.name == "date" and check.found}
    fields = live_blog_entries_used(source.fields, used_times, cited_url)
    if fields != source.fields:
        source = source.model_copy(update={"fields": fields})
    long_fields = {
        name: source.fields[name][:_LEDGER_TEXT] + "…"
        for name in _LEDGER_CUT_FIELDS
        if len(source.fields.get(name, "")) > _LEDGER_TEXT
    }
    if len(source.text) <= _LEDGER_TEXT and not long_fields:
        return source
    update: dict[str, object] = {"fields": source.fields | long_fields}
    if len(source.text) > _LEDGER_TEXT:
        update["text"] = source.text[:_LEDGER_TEXT] + "…"
    return source.model_copy(update=update)


def _will_capture(cited: Sequence[CitedFootnote], settings: CheckSettings) -> bool:
    return not settings.offline and any(item.citation.url is not None for item in cited)


@dataclass(repr=False, eq=False)
class _ReportRun:
    """One report in a run: its footnotes, its ledger, and what its captures gave so far."""

    report: Report
    cited: Sequence[CitedFootnote]
    ledger_path: Path
    ledger: LedgerWriter
    requests: list[CaptureRequest | None]
    # Each footnote's result, made where its capture was read back (or at the start, for a capture reused
    # from an earlier run); None until then, and for a footnote with nothing to capture.
    checked: list[FootnoteResult | None]
    waiting: int  # captures not finished yet
    journal: Journal  # each capture made, as it finishes: what a stopped run leaves for the next
    # Each footnote's ledger line, validated and encoded where its result was made, while other captures
    # were still out (`chain.prepare_line`); None for one made at the end.
    lines: list[PreparedLine | None]
    # The names the report's notes cite as authors and accounts (`check_inputs.cited_speakers`): each of its
    # footnotes is checked knowing them (`CheckInput.cited_speakers`).
    speakers: frozenset[str] = frozenset()
    reuse_warnings: tuple[str, ...] = ()
    kept: ReportResult | None = None  # the report's result, once its ledger keeps its run even on a stop
    # What each footnote's archive lookup read of its live answers, for its reading back (`capture_requests`).
    live_reads: list[LiveRead | None] = dataclasses.field(default_factory=list)
    # Each footnote's own quoted words where `capture_requests` read them (`quoted_in_note`), else None.
    note_quotes: list[tuple[str, ...] | None] = dataclasses.field(default_factory=list)

    @classmethod
    def start(
        cls,
        report: Report,
        cited: Sequence[CitedFootnote],
        ledger_path: Path,
        ledger: LedgerWriter,
        settings: CheckSettings,
    ) -> _ReportRun:
        live_reads: list[LiveRead | None] = []
        note_quotes: list[tuple[str, ...] | None] = []
        requests = capture_requests(report, cited, settings, live_reads, note_quotes)
        checked: list[FootnoteResult | None] = [None] * len(cited)
        speakers = cited_speakers(cited)
        earlier, warnings = _earlier_captures(ledger_path, settings)
        for index, request in enumerate(requests):
            reused = earlier.take(request.url) if earlier is not None and request is not None else None
            if reused is not None:  # made before and still matching its hash: not fetched again
                requests[index] = None
                checked[index] = _footnote_result(
                    cited[index], reused, ledger_path.parent, settings, speakers
                )
        waiting = sum(request is not None for request in requests)
        journal = Journal(ledger_path, capture_profile(settings.recorded_options), settings.seal.key)
        lines: list[PreparedLine | None] = [None] * len(cited)
        return cls(
            report,
            cited,
            ledger_path,
            ledger,
            requests,
            checked,
            waiting,
            journal,
            lines,
            speakers,
            warnings,
            live_reads=live_reads,
            note_quotes=note_quotes,
        )


def check_reports(
    reports: Sequence[Report], ledger_paths: Sequence[Path], settings: CheckSettings
) -> list[ReportResult]:
    """Run every stage for each report and append one run to each report's ledger.

    Every ledger is locked and proved writable (folder, mode, whole last line) before anything is fetched for
    any report, so a ledger that cannot take a run stops the whole check with nothing written, and two checks
    of one report cannot interleave (a `--ledger` is asked again under its lock to follow the report: another
    report's check may have taken it meanwhile); the archive folder is created only then, and only if
    something will be captured. Locks are taken in one order (by path), so two checks of the same reports
    never wait on each other.

    The captures of all reports share one pool (`--jobs` workers, `--per-host` limits across reports). A
    footnote's WARC is read back and checked as soon as it is published, beside the captures (whose workers
    go on to their next request at once), and a report's run is made as soon as its last capture is in; the
    runs are appended when the check ends, or, when it is stopped (Ctrl-C, SIGTERM), those made by then; the
    stop then comes back as `CheckStopped`, with every report's result as far as it got, for the outputs.
    """
    started = time.monotonic(), utc_now()
    cited = [cite_footnotes(report, settings.citations) for report in reports]
    heads: dict[Path, str] = {}  # each ledger's head before this check: what a stopped check reports
    runs: list[_ReportRun] = []
    results: list[ReportResult | None] = [None] * len(reports)
    try:
        with ExitStack() as held:
            writers: dict[Path, LedgerWriter] = {}
            for index in sorted(range(len(reports)), key=lambda i: os.path.realpath(ledger_paths[i])):
                writer = LedgerWriter(ledger_paths[index], reports[index].sha256, settings.lock_timeout)
                writers[ledger_paths[index]] = held.enter_context(writer)
                report_path = Path(reports[index].path)
                if ledger_paths[index] != default_ledger_path(report_path):
                    # `--ledger` was checked to follow this report before the lock; another report's check
                    # that held the lock meanwhile may have appended its run since: asked again under it.
                    check_ledger_follows_report(ledger_paths[index], report_path)
                heads[ledger_paths[index]] = writer.head
                writer.on_commit(functools.partial(discard_journal, ledger_paths[index]))
            if any(_will_capture(items, settings) for items in cited):
                ensure_folder(settings.archive_dir, "archive folder")
            for report, items, ledger_path in zip(reports, cited, ledger_paths, strict=True):
                runs.append(_ReportRun.start(report, items, ledger_path, writers[ledger_path], settings))
            for index, run in enumerate(runs):
                if run.waiting == 0:
                    results[index] = _finish_report(run, settings, started)
            if any(run.waiting for run in runs):
                # `--per-host` for every request of the run, in whatever process it is made (`capture.slots`).
                slots = held.enter_context(HostSlots.for_run(settings.per_host))
                # What the hosts' answers (or silence) say of them is kept there too, over its processes.
                standing = HostStanding(folder=slots.folder) if slots else settings.network.standing
                network = dataclasses.replace(settings.network, slots=slots, standing=standing)
                settings = dataclasses.replace(settings, network=network)
            _capture_reports(runs, results, settings, started)
    except Exception:
        raise
    except BaseException as stop:  # Ctrl-C, SIGTERM (`cli.Terminated`): the ledgers kept what was whole
        if len(heads) < len(set(ledger_paths)):  # stopped while the ledgers were locked: nothing checked
            raise
        stopped = _stopped_results(reports, cited, ledger_paths, heads, runs, started)
        raise CheckStopped(stop, stopped) from stop
    return [result for result in results if result is not None]


def _stopped_results(
    reports: Sequence[Report],
    cited: Sequence[Sequence[CitedFootnote]],
    ledger_paths: Sequence[Path],
    heads: dict[Path, str],
    runs: Sequence[_ReportRun],
    started: tuple[float, str],
) -> list[ReportResult]:
    """Every report of a stopped check: a report whose run its ledger kept, as it was made; any other with
    the footnotes checked by then as they were checked, and every other footnote `error` (`not_checked`)."""
    seconds = round(time.monotonic() - started[0], 3)
    stopped = []
    for index, report in enumerate(reports):
        run = runs[index] if index < len(runs) else None
        if run is not None and run.kept is not None:
            stopped.append(run.kept)
            continue
        checked = list(run.checked) if run is not None else [None] * len(cited[index])
        footnotes = tuple(
            result or not_checked(item) for item, result in zip(cited[index], checked, strict=True)
        )
        ledger = ledger_paths[index]
        stopped.append(
            ReportResult(report, ledger, footnotes, heads[ledger], seconds, (STOPPED_REPORT,), stopped=True)
        )
    return stopped


def _capture_reports(
    runs: Sequence[_ReportRun],
    results: list[ReportResult | None],
    settings: CheckSettings,
    started: tuple[float, str],
) -> None:
    """Capture every report's footnotes in one pool; each report is finished as soon as its last footnote is
    captured and read back. On Linux with more than one core, a large run's hosts are shared out between
    forked processes (`capture.processes`), one per core, each capturing and reading back its own share."""
    places: dict[int, tuple[int, int]] = {}  # id(request) -> (report, footnote)
    requests: list[CaptureRequest] = []
    for run_index, run in enumerate(runs):
        for footnote_index, request in enumerate(run.requests):
            if request is not None:
                places[id(request)] = (run_index, footnote_index)
                requests.append(request)
    if not requests:
        return
    counting, reporting = threading.Lock(), threading.Lock()
    readers = settings.readers

    def record(request: CaptureRequest, outcome: CaptureOutcome) -> None:
        """Each capture made, as it finishes: found again if the run is stopped before its end."""
        run = runs[places[id(request)][0]]
        if outcome.capture is not None:
            # On disk before the capture is checked: `settle`, once for the captures recorded together.
            run.journal.record(_journal_form(outcome.capture, run.ledger_path.parent), synced=False)

    def settle() -> None:
        for run in runs:
            run.journal.sync()

    def checked(request: CaptureRequest, outcome: CaptureOutcome) -> tuple[FootnoteResult, PreparedLine]:
        """The footnote's result and its ledger line: made as its capture comes in, while other captures
        wait on the network, not all at the end when the report's last capture is in."""
        run_index, footnote_index = places[id(request)]
        run = runs[run_index]
        item = run.cited[footnote_index]
        given = run.note_quotes[footnote_index] if run.note_quotes else None
        in_note = given if given is not None else _in_note_if_read(item, outcome)
        if readers is None:
            kept = run.live_reads[footnote_index] if run.live_reads else None
            read = _read_source(item, outcome, settings.timegate, kept, in_note)
            if kept is not None:  # the live answers are held no longer, whether or not they were read
                kept.drop()
        else:  # this thread waits without the interpreter lock while a process reads
            read = readers.submit(_read_source, item, outcome, settings.timegate, None, in_note).result()
        result = _checked_result(item, outcome, read, run.ledger_path.parent, settings, run.speakers, in_note)
        from provenance.models import FootnoteLine

        return result, prepare_line(FootnoteLine, **_footnote_line_fields(result))

    def finish(place: tuple[int, int], result: FootnoteResult, line: PreparedLine) -> None:
        run_index, footnote_index = place
        run = runs[run_index]
        run.checked[footnote_index] = result
        run.lines[footnote_index] = line
        with counting:
            run.waiting -= 1
            last = run.waiting == 0
        if last and not settings.network.cancellation.cancelled:
            results[run_index] = _finish_report(run, settings, started)
        request, outcome = run.requests[footnote_index], result.outcome
        if settings.on_capture is not None and request is not None and outcome is not None:
            with reporting:
                settings.on_capture(request, outcome)

    def check_here(request: CaptureRequest, outcome: CaptureOutcome) -> None:
        finish(places[id(request)], *checked(request, outcome))

    def capture_there(share: _Share, send: Callable[[Any], None]) -> None:
        def check_and_send(request: CaptureRequest, outcome: CaptureOutcome) -> None:
            result, line = checked(request, outcome)
            # The parent has the footnote itself: what only this process knows goes back.
            send((places[id(request)], _sent_fields(result), line))

        _capture_share(share, settings, record, settle, check_and_send, writes_ledgers=False)

    def finish_sent(place: tuple[int, int], fields: tuple[Any, ...], line: PreparedLine) -> None:
        finish(place, FootnoteResult(runs[place[0]].cited[place[1]], *fields), line)

    if settings.on_captures_start is not None:
        label = runs[0].report.path if len(runs) == 1 else f"{len(runs)} reports"
        settings.on_captures_start(label, len(requests))
    shares = _capture_shares(requests, settings)
    # The capture code (requests, urllib3, warcio) loads here, once something is to be captured: a check that
    # captures nothing (`--offline`, every capture reused) never loads it. The collector paused meanwhile, as
    # for the command's other code (`loading.CodeLoading`).
    with CodeLoading():
        from provenance.capture.scheduler import remove_partial_files_left

    # Once, before any capture: a share's sweep could take another share's new file, not locked yet, for one
    # a killed run left.
    remove_partial_files_left(settings.archive_dir)
    if len(shares) > 1:
        log.info(
            "captures shared out by host to %d processes: %s",
            len(shares),
            ", ".join(f"{len(share.requests)} captures, {share.jobs} at once" for share in shares),
        )
    capture_in_processes(
        shares,
        lambda share: _capture_share(share, settings, record, settle, check_here, writes_ledgers=True),
        capture_there,
        lambda sent: finish_sent(*sent),
        settings.network.cancellation.cancel,  # a capture process failed: the run stops, whole or not at all
    )


@dataclass(frozen=True, repr=False, eq=False)
class _Share:
    """The requests one process captures, and how many at once (its part of `--jobs`)."""

    requests: list[CaptureRequest]
    jobs: int


def _capture_shares(requests: Sequence[CaptureRequest], settings: CheckSettings) -> list[_Share]:
    """The run's requests in one share per capture process: one share (this process) for a small run, a
    browser run, a run paced by `--host-interval`, one core, or where forking is unsafe; else a share per core
    (at most one per `_CAPTURES_PER_PROCESS` captures, and never more processes than `--jobs`), each host in
    one share so that `--per-host` holds, and `--jobs` shared out so that the processes together never
    capture more at once."""
    parts = min(usable_cores(), _MAX_CAPTURE_PROCESSES, len(requests) // _CAPTURES_PER_PROCESS, settings.jobs)
    if not settings.fork_captures or _paced(settings.network) or parts < 2 or not can_fork_captures():
        return [_Share(list(requests), settings.jobs)]
    indices = split_by_host([host_key_of(request.url) for request in requests], parts)
    jobs = share_out(settings.jobs, [len(share) for share in indices])
    return [_Share([requests[i] for i in share], n) for share, n in zip(indices, jobs, strict=True)]


def spread_over_hosts(urls: Sequence[str], jobs: int, network: NetworkOptions) -> bool:
    """Whether captures of `urls` can be shared out to processes (`_capture_shares`): enough of them, on
    more than one host, more than one at once, and no `--host-interval` in `network`."""
    return (
        jobs >= 2
        and len(urls) >= 2 * _CAPTURES_PER_PROCESS
        and len({host_key_of(url) for url in urls}) >= 2
        and not _paced(network)
    )


def _paced(network: NetworkOptions) -> bool:
    """`--host-interval` holds over every request of the run only where one process makes them all: each
    process paces its own requests, and a host that captures of every share ask (the TimeGate, a platform's
    side host, a redirect's target) would be asked as often as each of them allows."""
    return network.host_interval > 0


def _made_ahead(
    first_requests_going: threading.Event, writes_ledgers: bool = True, rush: Rush | None = None
) -> None:
    """What a capture process needs once answers come, made while its first requests are out: the models
    (built on first use otherwise, by the capture with the first answer), the code that reads a capture
    back and checks it, and, in the process that writes the ledgers, the libraries' versions the run line
    names (each read from its package's metadata: 5 ms at the run's end otherwise; 29 M instructions that
    a forked capture process, which writes no run line, has no use for).

    Only once every worker has begun its first capture (or `_MADE_AHEAD_AFTER` seconds have passed), and
    then sent its first request (`rush`, within `MOST_HELD_BACK`): building models is 50 ms of interpreter
    work, and done beside the workers' first steps it held those up (a 200-capture run took 40 ms longer)."""
    first_requests_going.wait(_MADE_AHEAD_AFTER)
    if rush is not None:  # and once the workers' first requests are out (`capture.rush`)
        rush.calm(MOST_HELD_BACK)
    # Made with the collector paused, and frozen after, as a command's code loads (`loading.CodeLoading`):
    # the validators and modules made here are long-lived, and some 40 collections walked them as they came.
    with CodeLoading():
        build_models()
        import provenance.checks
        import provenance.extractors
        import provenance.sources
        from provenance.custody import software_versions

        del provenance  # the name only: the modules stay loaded
        if writes_ledgers:
            software_versions()


_MADE_AHEAD_AFTER = 0.05


def _capture_share(
    share: _Share,
    settings: CheckSettings,
    record: FollowUp,
    settle: Callable[[], None],
    check: FollowUp,
    writes_ledgers: bool,
) -> None:
    """Capture a share's requests; each capture is then recorded and checked by threads beside the captures
    (`capture.after`): one, unless processes read the pages (one per reading process, each waiting on its
    own), since reading and checking here is interpreter work that threads would only take turns at. What
    reading a page back loads on first use (`extractors.pages`, `checks.matching`) loads there too, in each
    process, while the first requests are out: loaded before them, it held them up (10 ms)."""
    from provenance.capture.capture import Unpublished, capture_answers, capture_url
    from provenance.capture.rush import Rush, do_left_work, leave_for_next_request
    from provenance.capture.scheduler import capture_all  # loaded by `_capture_reports` already
    from provenance.settings import capture_over_http

    over_http = settings.capture in (capture_over_http, capture_url)

    workers = min(max(1, share.jobs), len(share.requests))  # as many as `capture_all` starts
    begun = itertools.count(1)
    first_requests_going = threading.Event()
    threads = 1 if settings.readers is None else min(usable_cores(), _MAX_READERS)
    # Each WARC's disk sync is left to the threads that follow the captures (37 ms a file under load, which
    # kept its worker from the next request): they sync every file published by then, one folder sync for
    # them all, before the journal names any of them.
    syncs = WarcSyncs()
    # The checks give way to the workers' work between an answer and their next request (`capture.rush`).
    rush = Rush()
    network = dataclasses.replace(settings.network, warc_syncs=syncs, rush=rush)
    threading.Thread(
        target=_made_ahead, args=(first_requests_going, writes_ledgers, rush), name="made ahead", daemon=True
    ).start()

    def on_disk(request: CaptureRequest, outcome: CaptureOutcome) -> CaptureOutcome:
        return once_on_disk(outcome, syncs)

    after = AfterCaptures(threads, record, check, network.cancellation, settle, on_disk, rush)
    with syncs, after:

        def capture(
            request: CaptureRequest, archive_dir: Path, network: NetworkOptions, info: WarcInfo
        ) -> None:
            if next(begun) == workers:  # the last worker's first capture
                first_requests_going.set()
            if over_http:
                answered = capture_answers(request, archive_dir, network, info)
                do_left_work()  # the last capture's, if this one sent no request to do it beside
                if isinstance(answered, Unpublished):
                    # Published once this worker's next request is out, while its answer is awaited: done
                    # here, it held up that request and each answer of the wave behind it (`capture.rush`).
                    leave_for_next_request(lambda: published_and_handed_over(request, answered))
                else:
                    after.hand_over(request, answered)
            else:
                after.hand_over(request, settings.capture(request, archive_dir, network, info))

        def published_and_handed_over(request: CaptureRequest, answered: Unpublished) -> None:
            try:
                outcome = answered.publish()
            except BaseException as crash:  # a bug; it must not raise where it runs (`capture.rush`)
                after.hand_over_crash(crash)
                return
            after.hand_over(request, outcome)

        capture_all(
            share.requests,
            settings.archive_dir,
            network,
            settings.info,
            jobs=share.jobs,
            per_host=settings.per_host,
            capture=capture,
            remove_stale=False,
        )
        after.wait()


# A forked process pays for itself from this many captures (each holds ~5 ms of interpreter work); more than
# this many processes share little more of the work than they cost to start and to hear from.
_CAPTURES_PER_PROCESS = 8
_MAX_CAPTURE_PROCESSES = 8


# Reading a capture back (parsing the page, its dates, its main text) is CPU work in Python: for a run of
# many captures whose main text is read it goes to worker processes, one per core, while this process keeps
# fetching. Without the main text a page is read in about a millisecond, less than handing it to a process.
POOL_FROM_CAPTURES = 16
_MAX_READERS = 8


@contextlib.contextmanager
def reading_pool(captures: int, browser: bool = False) -> Iterator[ProcessPoolExecutor | None]:
    """Processes that read captures back (`CheckSettings.readers`), for a run of about `captures` captures
    whose main text is read (`CheckInputs.quoted`).

    They are forked when this is entered, which must be before any other thread starts (a progress display,
    a browser, the captures): a fork copies only the thread that makes it, and a lock another thread held
    would stay locked in the copy. None for a small run, one core, a browser run (its pages are read in
    this process), a system other than Linux (macOS's own libraries are not safe to fork, Windows cannot),
    or when another thread is already running. One process per core, at most 8, and one per 8 captures."""
    pool = None
    processes = min(os.cpu_count() or 1, _MAX_READERS, captures // 8)
    if (
        captures >= POOL_FROM_CAPTURES
        and processes >= 2
        and not browser
        and sys.platform.startswith("linux")
        and threading.active_count() == 1
    ):
        import multiprocessing  # here: a run without a reading pool does not load them (5 ms)
        from concurrent.futures import ProcessPoolExecutor

        _load_readers()  # once, here: the forked processes share the loaded code
        pool = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_ignore_interrupts,
        )
        pool.submit(int).result()  # a fork context starts every process at the first task
    try:
        yield pool
    finally:
        if pool is not None:
            # Waited for (a read is bounded, and after a stop no new one starts): the processes and their
            # manager thread end here, not in the interpreter's exit, where CPython 3.11 can write to the
            # manager's closed wakeup pipe and print "Exception ignored ... Bad file descriptor".
            pool.shutdown(wait=True, cancel_futures=True)


def _load_readers() -> None:
    """Import what reading a capture back imports on first use (each forked process would import it again)."""
    import extruct
    import htmldate
    import trafilatura

    import provenance.extractors
    import provenance.sources

    del extruct, htmldate, trafilatura, provenance  # the names only: the modules stay loaded


def _ignore_interrupts() -> None:
    """Ctrl-C is the main process's to handle (it cancels the run and ends the pool)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _finish_report(run: _ReportRun, settings: CheckSettings, started: tuple[float, str]) -> ReportResult:
    """Check a report's footnotes against what was captured and append the run to its ledger."""
    from provenance.custody import software_versions
    from provenance.models import FootnoteLine, ReportRef, RunLine, SummaryLine

    report, ledger = run.report, run.ledger
    ledger_dir = run.ledger_path.parent
    results = tuple(
        checked or _footnote_result(item, None, ledger_dir, settings, run.speakers)
        for item, checked in zip(run.cited, run.checked, strict=True)
    )
    outcomes = [result.outcome for result in results]
    started_clock, started_at = started
    # The run line comes first in the ledger but is sealed once the run's end is known, for the record.
    ledger.add(
        RunLine,
        tool=tool_info(),
        report=ReportRef(
            path=path_in_ledger(report.path, ledger_dir), sha256=report.sha256, format=report.format
        ),
        operator=settings.info.operator,
        host=settings.info.hostname,
        options=_recorded_options(settings),
        findings=report.findings,
        started_at=started_at,
        finished_at=utc_now(),
        software=software_versions(_browser_versions(outcomes)),
        local_addresses=sorted({c.local_ip for c in _captures(outcomes) if c.local_ip}),
    )
    for result, line in zip(results, run.lines, strict=True):
        if line is None:
            ledger.add(FootnoteLine, **_footnote_line_fields(result))
        else:
            ledger.add_prepared(line)
    seconds = round(time.monotonic() - started_clock, 3)
    ledger.add(SummaryLine, counts=count_statuses(results), total=len(results), seconds=seconds)
    warnings = (*run.reuse_warnings, *seal_run(ledger, settings.seal))
    made = ReportResult(
        report, run.ledger_path, results, head=ledger.head, seconds=seconds, warnings=warnings
    )
    if not settings.network.cancellation.cancelled:
        # Whole, seals and all: a stop (a CI step's time limit) from here on keeps this report's run. A stop
        # that came while it was sealed may have cut a seal short: a run must not be kept without its seals.
        ledger.complete()
        run.kept = made  # what a stopped check's outputs show of this report
    return made


def _earlier_captures(
    ledger_path: Path, settings: CheckSettings
) -> tuple[ReusableCaptures | None, tuple[str, ...]]:
    """What this run may reuse instead of fetching: the ledger's earlier captures and an interrupted run's
    journal, younger than `max_age` and made with the same capture settings; under `--sign`, only what the
    signing key vouches for (runs it sealed, journal entries it signed). Where nothing is reused, the
    ledger's chain is still walked: a break in it is said before a run is appended after it."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=max(settings.max_age, 0))
    if settings.offline or settings.max_age <= 0:
        _, broken = ledger_candidates(ledger_path, None, since)
        return None, (broken,) if broken else ()
    profile = capture_profile(settings.recorded_options)
    signer = None
    if settings.seal.key is not None:
        from provenance.seal.keys import public_key_base64

        signer = public_key_base64(settings.seal.key.public_key())
    recorded, warning = ledger_candidates(ledger_path, profile, since, signer)
    candidates = [*recorded, *journal_candidates(ledger_path, profile, since, signer)]
    return ReusableCaptures(ledger_path.parent, candidates), (warning,) if warning else ()


def _captures(outcomes: Sequence[CaptureOutcome | None]) -> list[Capture]:
    return [outcome.capture for outcome in outcomes if outcome is not None and outcome.capture is not None]


def _browser_versions(outcomes: Sequence[CaptureOutcome | None]) -> dict[str, str]:
    """Chromium's version, for the run's record, when a capture used it (one version per run)."""
    versions = sorted({c.browser.chromium for c in _captures(outcomes) if c.browser and c.browser.chromium})
    return {"chromium": ", ".join(versions)} if versions else {}


def _read_source(
    item: CitedFootnote,
    outcome: CaptureOutcome | None,
    timegate: str | None,
    kept: LiveRead | None = None,
    in_note: tuple[str, ...] | None = None,
) -> ReadSource:
    """What the footnote's WARC says (read before its path is made relative to the ledger); `kept`: what
    its archive lookup read of the live answers; `in_note`: `quoted_in_note` of the footnote, where the
    caller has it."""
    from provenance.sources import ReadSource, read_source

    url = item.citation.url
    if url is None or outcome is None or outcome.capture is None:
        return ReadSource(None, None, None)
    warc = Path(outcome.capture.warc)
    main_text = _quoted(item, in_note)
    return read_source(url, item.citation, outcome, warc, timegate, main_text=main_text, kept=kept)


def _in_note_if_read(item: CitedFootnote, outcome: CaptureOutcome | None) -> tuple[str, ...] | None:
    """The note's own quoted words (`quoted_in_note`) where its capture is to be read: read once, for how the
    source is read (`_quoted`) and for the checks (`CheckInput.note_quotes`). None where nothing is read: a
    check that asks finds them itself."""
    if item.citation.url is None or outcome is None or outcome.capture is None:
        return None
    return quoted_in_note(item.footnote)


def _quoted(item: CitedFootnote, in_note: tuple[str, ...] | None = None) -> bool:
    """Whether the quote check looks for words in the source's text: the citing passages' quotes, or the
    note's own beyond its title (`in_note`: `quoted_in_note` of the footnote, where the caller has it)."""
    if any(context.quotes for context in item.footnote.contexts):
        return True
    return bool(quoted_in_note(item.footnote) if in_note is None else in_note)


def _sent_fields(result: FootnoteResult) -> tuple[Any, ...]:
    """A result's fields after its footnote (`FootnoteResult(cited, *fields)` makes it again)."""
    return tuple(getattr(result, field.name) for field in dataclasses.fields(result)[1:])


def _footnote_result(
    item: CitedFootnote,
    outcome: CaptureOutcome | None,
    ledger_dir: Path,
    settings: CheckSettings,
    speakers: frozenset[str],
) -> FootnoteResult:
    """The footnote checked against its capture (read back here), or without one."""
    in_note = _in_note_if_read(item, outcome)
    read = _read_source(item, outcome, settings.timegate, None, in_note)
    return _checked_result(item, outcome, read, ledger_dir, settings, speakers, in_note)


def _checked_result(
    item: CitedFootnote,
    outcome: CaptureOutcome | None,
    read: ReadSource,
    ledger_dir: Path,
    settings: CheckSettings,
    speakers: frozenset[str],
    in_note: tuple[str, ...] | None = None,
) -> FootnoteResult:
    """The footnote checked against what its capture says (`read`), the capture as the ledger keeps it
    (`in_note`: `quoted_in_note` of the footnote, where the caller has it)."""
    return _checked(
        item,
        _ledger_capture(outcome, ledger_dir, read.transformations),
        read,
        settings.offline,
        settings.timegate is not None,
        settings.strict_quotes,
        speakers,
        in_note,
    )


def _checked(
    item: CitedFootnote,
    outcome: CaptureOutcome | None,
    read: ReadSource,
    offline: bool,
    archive_lookup: bool,
    strict_quotes: bool,
    speakers: frozenset[str],
    in_note: tuple[str, ...] | None = None,
) -> FootnoteResult:
    from provenance.checks import CheckInput, footnote_status, person_must_look, run_checks
    from provenance.checks.retraction import retraction_acknowledged

    given = CheckInput(
        footnote=item.footnote,
        citation=item.citation,
        outcome=outcome,
        offline=offline,
        live=read.live,
        source=read.source,
        archive=read.archive,
        archive_lookup=archive_lookup,
        strict_quotes=strict_quotes,
        findings=item.findings,
        cited_speakers=speakers,
        note_quotes=in_note,
    )
    checks = run_checks(given)
    # A retracted page the report says is retracted: its words were compared, and the ledger keeps them.
    source = read.live if read.source is None and retraction_acknowledged(given) is not None else read.source
    return FootnoteResult(
        cited=item,
        outcome=outcome,
        checks=checks,
        status=footnote_status(checks, look=person_must_look(given)),
        source=source,
        archive=read.archive,
    )


def lint_reports(
    arguments: Sequence[str], options: InputOptions, strict_quotes: bool = False
) -> tuple[list[LintResult], tuple[str, ...]]:
    """`check --lint`: every report read and each footnote checked without the network; nothing written.
    With the warnings a check gives of its inputs (a citations item naming no footnote)."""
    # A lint in a CI matrix takes its part of the reports as a check does (`--shard I/N`).
    named = expand_report_paths(arguments)
    check_one_report_for_citations(named, options.citations)
    paths, nothing = shard_part(named, options.shard)
    reports = read_reports(paths, options.from_format, options.max_report_bytes)
    citations = load_citations(options.citations)
    if nothing:  # a part with no report: its citations file is checked, not matched against nothing
        return [], nothing
    warnings = unmatched_citations(reports, citations, options)
    return [lint_report(report, citations, strict_quotes) for report in reports], warnings


def lint_report(report: Report, citations: CitationsFile | None, strict_quotes: bool = False) -> LintResult:
    """Every check that needs no network, for each footnote of `report`; nothing fetched, nothing written."""
    from provenance.sources import ReadSource

    empty = ReadSource(None, None, None)
    cited = cite_footnotes(report, citations)
    speakers = cited_speakers(cited)
    return LintResult(
        report,
        tuple(
            _checked(
                item,
                None,
                empty,
                offline=True,
                archive_lookup=False,
                strict_quotes=strict_quotes,
                speakers=speakers,
            )
            for item in cited
        ),
    )
