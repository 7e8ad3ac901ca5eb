"""A share of a run's captures made in one process, and the start of a share in a process forked early.

`capture_share` captures a share's requests, handing each capture to the threads that record and check it
(`capture.after`). `capture_elsewhere` is what an early capture process (`processes.EarlyProcess`) runs: its
requests come as plain data (this module loads no model: pydantic, 80 ms, is not on the way to a first
request), and what recording and checking them needs comes after, unpickled while the first requests are
out.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from provenance.capture.after import AfterCaptures, FollowUp, once_on_disk
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.capture.options import FollowUp as ChosenRequest
from provenance.capture.retry import HostStanding
from provenance.capture.slots import HostSlots
from provenance.warc.durable import WarcSyncs
from provenance.warc.parts import remove_stale_parts

if TYPE_CHECKING:
    from typing import Protocol

    from provenance.capture.processes import Later
    from provenance.capture.scheduler import CaptureFunction
    from provenance.models import CaptureOutcome

    class ShareChecks(Protocol):
        """The second part of an early process's share (`pipeline._ShareChecks`): what records and checks
        its captures (by the index of the request in its share), and each request's follow-ups."""

        def record(self, index: int, outcome: CaptureOutcome) -> None: ...

        def settle(self) -> None: ...

        def checked(self, index: int, outcome: CaptureOutcome) -> Any: ...  # what is sent to the run

        def follow_ups(self, index: int, stream: BinaryIO) -> Sequence[ChosenRequest]: ...


log = logging.getLogger("provenance.capture")


def remove_partial_files_left(archive_dir: Path) -> None:
    """Partial WARC files that a killed run left (no process holds their lock any more) are removed, and
    each is named in a warning. Only files from before this run (whose ledger lock is already held); once
    per run, before its first capture: a file just made by one of its own captures is not locked yet."""
    removed = remove_stale_parts(archive_dir, older_than=time.time())
    for path in removed:
        log.warning("removed %s, a partial WARC file left by an interrupted run", path)


@dataclass(frozen=True, repr=False, eq=False)
class Share:
    """The requests one process captures, and how many at once (its part of `--jobs`)."""

    requests: list[CaptureRequest]
    jobs: int


def capture_share(
    share: Share,
    archive_dir: Path,
    network: NetworkOptions,
    info: WarcInfo,
    per_host: int,
    capture_one: CaptureFunction,
    threads: int,
    follow: tuple[FollowUp, Callable[[], None], FollowUp],
    made_ahead: Callable[[threading.Event], None],
) -> None:
    """Capture a share's requests; each capture is then recorded and checked by `threads` threads beside
    the captures (`follow`: record, settle, check; see `capture.after`). `made_ahead` runs in a thread of
    its own, given an event set once every worker has begun its first capture."""
    from provenance.capture.scheduler import capture_all

    record, settle, check = follow
    workers = min(max(1, share.jobs), len(share.requests))  # as many as `capture_all` starts
    begun = itertools.count(1)
    first_requests_going = threading.Event()
    threading.Thread(target=made_ahead, args=(first_requests_going,), name="made ahead", daemon=True).start()
    # Each WARC's disk sync is left to the threads that follow the captures (37 ms a file under load, which
    # kept its worker from the next request): they sync every file published by then, one folder sync for
    # them all, before the journal names any of them.
    syncs = WarcSyncs()
    network = dataclasses.replace(network, warc_syncs=syncs)

    def on_disk(request: CaptureRequest, outcome: CaptureOutcome) -> CaptureOutcome:
        return once_on_disk(outcome, syncs)

    with syncs, AfterCaptures(threads, record, check, network.cancellation, settle, on_disk) as after:

        def capture(
            request: CaptureRequest, archive_dir: Path, network: NetworkOptions, info: WarcInfo
        ) -> CaptureOutcome:
            if next(begun) == workers:  # the last worker's first capture
                first_requests_going.set()
            outcome = capture_one(request, archive_dir, network, info)
            after.hand_over(request, outcome)
            return outcome

        capture_all(
            share.requests,
            archive_dir,
            network,
            info,
            jobs=share.jobs,
            per_host=per_host,
            capture=capture,
            remove_stale=False,
        )
        after.wait()


class FirstPart:
    """What an early capture process needs for its first requests, as plain data: each request without its
    follow-ups (`follows`: whether it has any; they come with the second part), and the run's options.
    A plain class, not a dataclass: made only for an early process, its class costs every check's start."""

    __slots__ = ("archive_dir", "info", "jobs", "network", "per_host", "requests", "slots", "standing")

    def __init__(
        self,
        requests: list[
            tuple[str, str, str | None, tuple[str, ...], bool]
        ],  # url, name, label, sides, follows
        jobs: int,
        archive_dir: Path,
        info: WarcInfo,
        per_host: int,
        network: dict[str, Any],  # the options' fields, but for the run's shared state (made again there)
        slots: HostSlots | None,
        standing: Path | None,  # the folder of the run's host standing, when it is kept over its processes
    ) -> None:
        self.requests, self.jobs, self.archive_dir, self.info = requests, jobs, archive_dir, info
        self.per_host, self.network, self.slots, self.standing = per_host, network, slots, standing


# The fields of `NetworkOptions` that hold one process's state, not options: made again in each process.
_PROCESS_STATE = frozenset({"cancellation", "target_addresses", "pacer", "standing", "slots", "warc_syncs"})


def first_part(
    share: Share, archive_dir: Path, network: NetworkOptions, info: WarcInfo, per_host: int
) -> FirstPart:
    """A share's first part (`FirstPart`), to be pickled."""
    return FirstPart(
        requests=[(r.url, r.name, r.label, r.side_urls, r.follow_ups is not None) for r in share.requests],
        jobs=share.jobs,
        archive_dir=archive_dir,
        info=info,
        per_host=per_host,
        network={
            field.name: getattr(network, field.name)
            for field in dataclasses.fields(network)
            if field.name not in _PROCESS_STATE
        },
        slots=network.slots,
        standing=network.standing.folder,
    )


class _LateFollowUps:
    """A request's follow-ups, asked of the second part (which has them) once it has come."""

    __slots__ = ("index", "later")

    def __init__(self, later: Later, index: int) -> None:
        self.later, self.index = later, index

    def __call__(self, stream: BinaryIO) -> Sequence[ChosenRequest]:
        checks: ShareChecks = self.later.get()
        return checks.follow_ups(self.index, stream)


def capture_elsewhere(first: FirstPart, later: Later, send: Callable[[Any], None]) -> None:
    """An early capture process's share: its requests made at once from `first`; each capture recorded and
    checked by the second part (`later`), taken from the pipe while the first requests are out."""
    from provenance.capture.capture import capture_url

    requests = [
        CaptureRequest(url, name, label, sides, _LateFollowUps(later, index) if follows else None)
        for index, (url, name, label, sides, follows) in enumerate(first.requests)
    ]
    places = {id(request): index for index, request in enumerate(requests)}
    standing = HostStanding(folder=first.standing) if first.standing is not None else HostStanding()
    network = NetworkOptions(**first.network, slots=first.slots, standing=standing)

    def record(request: CaptureRequest, outcome: CaptureOutcome) -> None:
        later.get().record(places[id(request)], outcome)

    def settle() -> None:
        later.get().settle()

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> None:
        send(later.get().checked(places[id(request)], outcome))

    def made_ahead(first_requests_going: threading.Event) -> None:
        from provenance import pipeline

        pipeline._made_ahead(first_requests_going, writes_ledgers=False)
        with contextlib.suppress(Exception):  # raised again to the capture that asks for it next
            later.get()

    capture_share(
        Share(requests, first.jobs),
        first.archive_dir,
        network,
        first.info,
        first.per_host,
        capture_url,
        1,
        (record, settle, check),
        made_ahead,
    )
