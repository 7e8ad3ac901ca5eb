"""A series of fetches kept in one WARC, each chosen after reading the ones before: a search's pages.

`provenance locate` pages back through a channel or reads an archive's listing and then the posts it names;
every page it reads is evidence of how a candidate was found, so each goes through the same network policy,
limits and WARC conventions as a capture, into one file per search.

    with CaptureSeries(archive_dir, "brief.md-locate-fn2", options, info, label="2") as series:
        page = series.fetch("https://t.me/s/channel")
        ...
        capture = series.publish()  # None when nothing was exchanged
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from provenance.capture.capture import RedirectTrail, follow_redirects
from provenance.capture.exchange import Exchange, utc_text
from provenance.capture.failure import ArchiveWriteError, CaptureFailure
from provenance.capture.options import NetworkOptions, WarcInfo
from provenance.capture.session import CaptureSession, open_session
from provenance.models import Capture
from provenance.warc.writer import WarcFile


@dataclass(frozen=True)
class Page:
    """What one fetch of a series gave: the last hop's status and its body, Content-Encoding undone."""

    url: str
    final_url: str | None
    status: int | None
    headers: tuple[tuple[str, str], ...]
    body: bytes
    error: str | None
    truncated: bool

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200


def _decoded(hop: Exchange, limit: int) -> tuple[bytes, bool]:
    """The body without its Content-Encoding, at most `limit` bytes (a small gzip can expand enormously)."""
    stored = hop.body or b""
    encoding = next((v for k, v in hop.headers if k.lower() == "content-encoding"), "").strip().lower()
    if encoding in ("", "identity"):
        return stored[:limit], len(stored) > limit
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return b"", True
    window = 16 + zlib.MAX_WBITS if encoding != "deflate" else zlib.MAX_WBITS
    try:
        inflater = zlib.decompressobj(window)
        data = inflater.decompress(stored, limit)
    except zlib.error:
        if encoding != "deflate":
            return b"", True
        try:  # servers send raw deflate as often as zlib-wrapped deflate
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            data = inflater.decompress(stored, limit)
        except zlib.error:
            return b"", True
    return data, bool(inflater.unconsumed_tail)


class CaptureSeries:
    """One WARC and one HTTP session for every page a search reads."""

    def __init__(
        self, archive_dir: Path, name: str, options: NetworkOptions, info: WarcInfo, label: str | None = None
    ) -> None:
        self._archive_dir = archive_dir
        self._name = name
        self._options = options
        self._info = info
        self._label = label
        self._trails: list[RedirectTrail] = []
        self._started = dt.datetime.now(dt.UTC)
        self._warc: WarcFile | None = None
        self._session: CaptureSession | None = None
        self.error: str | None = None  # why nothing could be written, when the archive folder refused

    def __enter__(self) -> CaptureSeries:
        try:
            self._warc = WarcFile(self._archive_dir, self._name, self._started)
            self._warc.write_warcinfo(self._info, self._started)
        except CaptureFailure as failure:
            self.error = str(failure)
            self._warc = None
        self._session = open_session(self._options)
        return self

    def fetch(self, url: str) -> Page:
        """GET `url` (and its redirects) under the network policy; failures come back in `Page.error`."""
        if self._warc is None or self._session is None:
            return Page(url, None, None, (), b"", self.error or "the series is not open", False)
        try:
            trail = follow_redirects(self._session, url, self._warc, keep_body=True)
        except ArchiveWriteError as failure:  # the file cannot be kept: nothing more goes into it
            self.error = str(failure)
            self._warc.discard()
            self._warc = None
            return Page(url, None, None, (), b"", self.error, False)
        self._trails.append(trail)
        if not trail.hops:
            return Page(url, None, None, (), b"", trail.error, False)
        last = trail.hops[-1]
        body, cut = _decoded(last, self._options.max_bytes)
        return Page(
            url, last.url, last.status, last.headers, body, trail.error, cut or last.truncation is not None
        )

    @property
    def exchanged(self) -> bool:
        return any(trail.hops for trail in self._trails)

    def publish(self) -> Capture | None:
        """Write the metadata record and move the WARC to its final name; None when nothing was exchanged."""
        if self._warc is None or not self.exchanged:
            return None
        warc = self._warc
        finished = dt.datetime.now(dt.UTC)
        first = self._trails[0]
        warc.write_metadata(
            first.url,
            finished,
            {
                "label": self._label,
                "purpose": "search",
                "started_at": utc_text(self._started),
                "finished_at": utc_text(finished),
                "fetches": [trail.summary() for trail in self._trails],
            },
        )
        try:
            path, warc_sha256 = warc.publish()
        except CaptureFailure as failure:
            self.error = str(failure)
            return None
        hops = [hop for trail in self._trails for hop in trail.hops]
        last = hops[-1]
        truncation = next((trail.truncation for trail in self._trails if trail.truncation), None)
        return Capture(
            url=first.url,
            final_url=last.url,
            http_status=last.status,
            warc=str(path),
            warc_sha256=warc_sha256,
            records=tuple(warc.records),
            ip=last.ip,
            started_at=utc_text(self._started),
            finished_at=utc_text(finished),
            bytes=sum(hop.body_bytes for hop in hops),
            truncated=truncation is not None,
            truncation=truncation,
            redirects=tuple(hop.url for hop in hops),
            tls=last.tls,
            error=next((trail.error for trail in self._trails if trail.error), None),
        )

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._session is not None:
            self._session.close()
        if self._warc is not None:
            self._warc.discard()
