"""`provenance pack`: a verified ledger, its report, its HTML view and every WARC it names, as one WACZ file.

Only an intact ledger is packed, and only the lines that were verified; each WARC is hashed again as it is
copied and must still be what the ledger says. The bundle is written under a temporary name and linked into
place, so it is whole or absent, and an existing file is never replaced. A file given as the HTML view must
begin as markup does and be neither the bundle nor the ledger: a private key given there was published. A view
showing the ledger at another head than the one verified (made before a run or a seal was appended) is no view
of what is packed: given, it is refused; found beside the ledger, it is left out, and said.

Each run's report goes in where it still lies as its run recorded it, with the hash it recorded: the last
run's as the bundle's report, an earlier run's (the report edited since, or another report checked into the
ledger) as `run-LINE-NAME` beside it, filed by its hash (`run_reports`). One whose file has changed since (or
is missing) is named as left out: a file is never packed under a run's name unless it is that run's report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from provenance import __version__
from provenance.errors import InputError
from provenance.escaping import escape_unprintable
from provenance.files import (
    DEFAULT_MAX_REPORT_BYTES,
    check_output_path,
    create_new_file,
    describe_os_error,
    is_inside,
    open_regular_file,
    same_file,
)
from provenance.hashing import CHUNK_SIZE, sha256_file, sha256_hex
from provenance.ledger.chain import parse_line
from provenance.ledger.lines import read_lines
from provenance.ledger.paths import evidence_path
from provenance.ledger.verify import Verification, verify_ledger
from provenance.models import FootnoteLine, LedgerLine, LocateLine, RunLine
from provenance.seal.signing import sign_head
from provenance.wacz.index import index_warc, pages_jsonl
from provenance.wacz.package import (
    ARCHIVE_FOLDER,
    DATAPACKAGE,
    DATAPACKAGE_DIGEST,
    EVIDENCE_FOLDER,
    INDEX,
    PAGES,
    REPORT_LEFT_OUT_BECAUSE,
    BundleContents,
    BundlePath,
    BundleSignature,
    DataPackage,
    DataPackageDigest,
    Resource,
    bundle_description,
    bundle_title,
    earlier_report_name,
    heads_other_than,
)
from provenance.warc.naming import path_from_ledger

_RESOURCE_NAME_UNSAFE = re.compile(r"[^-a-z0-9._/]")
_ZIP64_FROM = 1 << 31  # entries this large need ZIP64 headers from the start


@dataclass(frozen=True)
class PackResult:
    bundle: Path
    files: int
    warcs: int
    datapackage_sha256: str
    signed_by: str | None  # base64 public key
    missing_report: str | None = None  # the report the ledger names, when it could not be packed
    # Why it was not: "missing", "outside the ledger's folder" (refused unread, as `verify` refuses it) or
    # "unreadable". A report refused for where it is is not missing: nobody should look for a lost file.
    report_left_out_because: str | None = None
    view: str | None = (
        None  # the HTML view packed, by its name in the bundle: only a signature vouches for it
    )
    # The ledger's HTML view beside it (LEDGER.html) left out: it was made from the ledger as it was before
    # (a run or a seal appended since), and would show that as the bundle's view. Its path, and the heads.
    stale_view: str | None = None
    stale_view_heads: tuple[str, ...] = ()
    # Reports earlier runs checked (by hash), other than the last run's: how many are in the bundle, each as
    # `run-LINE-NAME` beside the last run's, and those that are not, each with why (the first few), and
    # how many in all.
    run_reports: int = 0
    left_out_reports: tuple[LeftOutReport, ...] = ()
    left_out_report_count: int = 0
    # The report, with CRLF line ends (a Windows checkout), was packed with LF line ends: the bytes the last
    # run hashed.
    report_line_ends_converted: bool = False
    # The ledger, every line CRLF (a Windows checkout), was packed with LF line ends: as `check` wrote it.
    ledger_line_ends_converted: bool = False
    last_report: str | None = None  # the last run's report, as recorded (packed, unless `missing_report`)
    # The last run's footnote lines that differ from the notes of its report, unchanged (`verify` warns of
    # each): packed as they are, and said.
    lines_unlike_report: int = 0


@dataclass(frozen=True)
class LeftOutReport:
    """An earlier run's report not in the bundle: no file where it recorded it has the hash it recorded."""

    line: int  # the first run line recording its hash
    recorded: str  # its path, as the run recorded it
    why: str  # in the words a message puts after "it was": "changed since", "missing", ...


def default_view_path(ledger: Path) -> Path:
    """Where `check --html`/`provenance show` put a ledger's HTML view by default."""
    return ledger.with_suffix(".html") if ledger.suffix == ".jsonl" else Path(f"{ledger}.html")


def pack_ledger(
    ledger: Path,
    bundle: Path,
    view: Path | None = None,
    key: Ed25519PrivateKey | None = None,
    archive_dir: Path | None = None,
    report: Path | None = None,
) -> PackResult:
    """Pack `ledger` into `bundle`. `archive_dir` (`--archive-dir`): each WARC is read by its file name
    there, as `verify` reads it, and packed only when its hash is the ledger's; the bundle names it as
    the ledger does, so `verify BUNDLE.wacz` needs nothing from outside it. `report` (`--report`): the
    last run's report read from there, as `verify --report` reads it (a report kept elsewhere than beside
    the ledger), and packed only when its hash, and its notes, are the last run's."""
    if bundle.suffix != ".wacz":
        raise InputError(f"{bundle}: a WACZ bundle's name must end in .wacz")
    if not os.path.lexists(bundle):  # one that exists is never replaced: `create_new_file` says so
        check_output_path(bundle, "bundle")  # a missing folder named, before the ledger is verified
    if view is not None:
        _check_view(view, ledger, bundle)
    verification = verify_ledger(ledger, archive_dir=archive_dir, report_path=report)
    if not verification.intact:
        raise InputError(_not_intact(ledger, verification, archive_dir, report))
    scan = _scan(ledger, verification)
    if report is None:
        report = scan.report if verification.report_checked else None
    # A report that cannot be read is a warning to verify; a bundle without it says so, on packing and inside.
    missing_report = scan.recorded_report if report is None else None
    left_out_because = (
        _why_left_out(path_from_ledger(missing_report, ledger.parent), ledger.parent)
        if missing_report is not None
        else None
    )
    stale_view: str | None = None
    stale_heads: tuple[str, ...] = ()
    head = verification.head or ""  # an empty ledger's: no view shows it
    if view is not None:
        shown = _other_heads_shown(view, head)
        if shown:
            raise InputError(_stale_view_said(view, ledger, head, shown))
    elif default_view_path(ledger).is_file():
        view = default_view_path(ledger)
        shown = _other_heads_shown(view, head)
        if shown:  # left out, and said: a page of the ledger as it was is no view of it as packed
            stale_view, stale_heads, view = str(view), shown, None
    evidence = _evidence_names(ledger, report, view)
    earlier, left_out = _earlier_reports(scan, ledger, set(evidence.values()))
    with create_new_file(bundle, "bundle") as out, zipfile.ZipFile(out, "w") as archive:
        writer = _BundleWriter(archive)
        index: list[str] = []
        for recorded, (name, expected) in scan.warcs.items():
            index += writer.add_warc(evidence_path(recorded, ledger.parent, archive_dir), name, expected)
        writer.add_bytes(INDEX, "".join(line + "\n" for line in sorted(index)).encode("utf-8"))
        writer.add_bytes(PAGES, pages_jsonl(scan.captured).encode("utf-8"))
        if verification.ledger_crlf:
            writer.add_ledger_as_written(ledger, evidence["ledger"], verification, scan.sha256)
        else:
            writer.add_file(ledger, evidence["ledger"], scan.size, scan.sha256)
        if report is not None and verification.report_crlf:
            # CRLF line ends given by a checkout since the run (verify read them as the LF the run hashed):
            # packed as the run hashed it, so that the bundle holds the report its ledger records.
            writer.add_bytes(evidence["report"], _report_as_hashed(report, scan.report_sha256))
        elif report is not None:  # the file verify compared: it must still be the one the last run recorded
            writer.add_file(report, evidence["report"], expected_sha256=scan.report_sha256)
        for sha256, (source, name) in earlier.items():
            writer.add_file(source, name, expected_sha256=sha256)
        if view is not None:
            writer.add_file(view, evidence["view"])
        package = DataPackage(
            title=bundle_title(evidence.get("report") or evidence["ledger"]),
            description=bundle_description(
                verification.runs, scan.footnotes, verification.head, missing_report, left_out_because
            ),
            created=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            software=f"provenance {__version__}",
            resources=tuple(writer.resources),
            provenance=BundleContents(
                ledger=evidence["ledger"],
                report=evidence.get("report"),
                run_reports={sha256: name for sha256, (_, name) in earlier.items()} or None,
                view=evidence.get("view"),
                warcs={recorded: name for recorded, (name, _) in scan.warcs.items()},
            ),
        )
        package_bytes = (package.model_dump_json(indent=2, exclude_none=True) + "\n").encode("utf-8")
        digest = sha256_hex(package_bytes)
        signature = None
        if key is not None:
            public_key, signed = sign_head(key, digest)
            signature = BundleSignature(public_key=public_key, signature=signed)
        digest_file = DataPackageDigest(hash=f"sha256:{digest}", provenance_signature=signature)
        writer.add_bytes(DATAPACKAGE, package_bytes, listed=False)
        writer.add_bytes(
            DATAPACKAGE_DIGEST,
            (digest_file.model_dump_json(indent=2, exclude_none=True) + "\n").encode("utf-8"),
            listed=False,
        )
    return PackResult(
        bundle=bundle,
        files=len(writer.resources) + 2,
        warcs=len(scan.warcs),
        datapackage_sha256=digest,
        signed_by=signature.public_key if signature else None,
        missing_report=missing_report,
        report_left_out_because=left_out_because,
        view=evidence.get("view"),
        stale_view=stale_view,
        stale_view_heads=stale_heads,
        run_reports=len(earlier),
        left_out_reports=tuple(left_out[:_OTHER_REPORTS_NAMED]),
        left_out_report_count=len(left_out) + scan.run_reports_not_kept,
        last_report=scan.recorded_report,
        lines_unlike_report=verification.lines_unlike_report,
        report_line_ends_converted=report is not None and verification.report_crlf,
        ledger_line_ends_converted=verification.ledger_crlf,
    )


def _not_intact(
    ledger: Path, verification: Verification, archive_dir: Path | None, report: Path | None
) -> str:
    """Why nothing was packed, in one line: the first problem, with the file it is in (`the WARC file is
    missing` named none), and the `verify` command that lists them all, with the same --archive-dir."""
    import shlex

    first = verification.problems[0]
    where = f"{first.file}: " if first.file != verification.ledger else ""
    command = f"provenance verify {shlex.quote(str(ledger))}"
    if archive_dir is not None:
        command += f" --archive-dir {shlex.quote(str(archive_dir))}"
    if report is not None:
        command += f" --report {shlex.quote(str(report))}"
    moved = ""
    if archive_dir is None and any(problem.code == "warc-missing" for problem in verification.problems):
        moved = " (evidence moved elsewhere: --archive-dir DIR finds each WARC by its name there)"
    count = verification.problem_count
    return escape_unprintable(
        f"{ledger}: not intact ({count} problem(s), first: {where}{first.message}){moved}; `{command}` lists "
        "them; nothing was packed"
    )


def _why_left_out(report: Path, folder: Path) -> str:
    """Why the report the ledger names is not packed, in the words a message puts after "the report X is"."""
    outside, missing, unreadable = REPORT_LEFT_OUT_BECAUSE
    if not is_inside(report, folder):
        return outside
    if not os.path.lexists(report):
        return missing
    return unreadable


def _earlier_reports(
    scan: _Scan, ledger: Path, taken: set[str]
) -> tuple[dict[str, tuple[Path, str]], list[LeftOutReport]]:
    """The reports of earlier runs that lie where their runs recorded them (in the ledger's folder, as
    `verify` reads a report) with the hash recorded, by that hash → (the file, its name in the bundle); and
    those that do not, with why. A report edited since a run has another hash: it is the later runs' report,
    not that run's, and never goes into the bundle under that run's name."""
    outside, missing, unreadable = REPORT_LEFT_OUT_BECAUSE
    packed: dict[str, tuple[Path, str]] = {}
    left_out: list[LeftOutReport] = []
    for sha256, (line, recorded) in scan.run_reports.items():
        if sha256 == scan.report_sha256:
            continue  # the last run's, packed as the report (or said to be missing)
        path = path_from_ledger(recorded, ledger.parent)
        name = earlier_report_name(line, recorded)
        why: str | None = None
        if not is_inside(path, ledger.parent):
            why = outside
        else:
            try:
                actual = sha256_file(path, DEFAULT_MAX_REPORT_BYTES)
            except FileNotFoundError:
                why = missing
            except OSError:
                why = unreadable
            else:
                if actual != sha256:
                    why = "changed since: another hash than the run recorded"
        if why is None and (name in taken or not _fits_a_bundle(name)):
            why = "named so that the bundle cannot hold it beside the others"
        if why is None:
            packed[sha256] = (path, name)
            taken.add(name)
        else:
            left_out.append(LeftOutReport(line=line, recorded=recorded, why=why))
    return packed, left_out


def _fits_a_bundle(name: str) -> bool:
    try:
        _check_bundle_name(name, name)
    except InputError:
        return False
    return True


@dataclass
class _Scan:
    """What packing needs from the verified lines, read once: sizes, hashes, the WARCs, the pages."""

    size: int = 0  # bytes of the verified lines, newlines included
    sha256: str = ""
    footnotes: int = 0
    captured: list[FootnoteLine] = field(default_factory=list)  # footnotes with a capture, for the pages
    warcs: dict[str, tuple[str, str]] = field(default_factory=dict)  # recorded → (bundle name, sha256)
    report: Path | None = None
    recorded_report: str | None = None  # the last run's report path, as the ledger records it
    report_sha256: str | None = None  # the last run's report hash, as recorded
    # Each report hash a run recorded → the first run line recording it and its path; the first
    # _REPORTS_KEPT, the rest counted (a forged ledger records millions).
    run_reports: dict[str, tuple[int, str]] = field(default_factory=dict)
    run_reports_not_kept: int = 0


def _report_as_hashed(report: Path, sha256: str | None) -> bytes:
    """The report's bytes with its CRLF line ends as LF, which must hash to `sha256` (the last run's)."""
    try:
        with open_regular_file(report, DEFAULT_MAX_REPORT_BYTES) as stream:
            data = stream.read().replace(b"\r\n", b"\n")
    except OSError as error:
        raise InputError(f"{report}: cannot be read ({describe_os_error(error)})") from None
    if sha256_hex(data) != sha256:
        raise InputError(f"{report}: changed while it was being packed; pack it again")
    return data


def _scan(ledger: Path, verification: Verification) -> _Scan:
    """The lines `verify` checked, streamed (a run appended since is left out, a rewrite is refused)."""
    scan, digest, last = _Scan(), hashlib.sha256(), ""
    taken: dict[str, str] = {}
    try:
        stream = open_regular_file(ledger)
    except OSError as error:
        raise InputError(f"cannot read ledger {ledger}: {describe_os_error(error)}") from None
    with stream:
        for raw in read_lines(stream):
            if raw.number > verification.lines:
                break
            if raw.data is None:
                raise InputError(f"{ledger}: changed while it was being packed; pack it again")
            data = _as_written(raw.data, verification)
            digest.update(data + b"\n")
            scan.size += raw.size + 1
            last = sha256_hex(data) if data is not raw.data else raw.sha256
            _note_line(scan, raw.number, parse_line(data), ledger, taken)
    if last != verification.head:
        raise InputError(f"{ledger}: changed while it was being packed; pack it again")
    scan.sha256 = digest.hexdigest()
    return scan


def _as_written(data: bytes, verification: Verification) -> bytes:
    """A ledger line as `check` wrote it: without the CR of a ledger whose every line ends CRLF (a Windows
    checkout), which `verify` read so and found intact. Packed so, the bundle holds the ledger as written."""
    return data[:-1] if verification.ledger_crlf and data.endswith(b"\r") else data


def _note_line(scan: _Scan, number: int, line: LedgerLine, ledger: Path, taken: dict[str, str]) -> None:
    if isinstance(line, RunLine):
        path = path_from_ledger(line.report.path, ledger.parent)
        scan.report = path if path.is_file() else None
        scan.recorded_report = line.report.path
        scan.report_sha256 = line.report.sha256
        if line.report.sha256 not in scan.run_reports:
            if len(scan.run_reports) < _REPORTS_KEPT:
                scan.run_reports[line.report.sha256] = (number, line.report.path)
            else:
                scan.run_reports_not_kept += 1
        return
    if not isinstance(line, FootnoteLine | LocateLine) or line.capture is None:
        scan.footnotes += isinstance(line, FootnoteLine)
        return
    capture = line.capture
    if isinstance(line, FootnoteLine):
        scan.footnotes += 1
        scan.captured.append(line)  # a page to replay; a locate line's WARC holds search pages
    if capture.warc in scan.warcs:
        return
    # Each WARC goes in as archive/<its file name>: two files of one name cannot both.
    name = f"{ARCHIVE_FOLDER}/{PurePosixPath(capture.warc).name}"
    if name in taken:
        raise InputError(f"two WARC files are named {name}: {taken[name]} and {capture.warc}")
    _check_bundle_name(name, capture.warc)
    taken[name] = capture.warc
    scan.warcs[capture.warc] = (name, capture.warc_sha256)


_OTHER_REPORTS_NAMED = 3  # in a warning; the rest counted
_REPORTS_KEPT = 1000  # distinct reports remembered while scanning (the count says "at least" beyond)

_VIEW_HEAD_BYTES = 64  # what is read of an --html file to tell an HTML page from another file


def _check_view(view: Path, ledger: Path, bundle: Path) -> None:
    """An `--html` file that is not the ledger's HTML view is refused before anything is packed: the bundle
    would carry it to whoever receives it as "the view" (a signing key given as --html for --sign was
    published in it)."""
    if same_file(view, bundle):
        raise InputError(f"--html {view}: is the bundle -o makes, not an HTML view of the ledger")
    if same_file(view, ledger):
        raise InputError(f"--html {view}: is the ledger, which is packed anyway; --html takes its HTML view")
    try:
        with open_regular_file(view) as stream:
            head = stream.read(_VIEW_HEAD_BYTES)
    except OSError as error:
        raise InputError(f"--html {view}: cannot be read ({describe_os_error(error)})") from None
    said = not_an_html_view(head)
    if said is not None:
        raise InputError(f"--html {view}: {said}; `provenance show LEDGER -o VIEW.html` makes the view")


def _other_heads_shown(view: Path, head: str) -> tuple[str, ...]:
    """`heads_other_than` of the view file at `view`."""
    try:
        with open_regular_file(view) as stream:
            return heads_other_than(stream, head)
    except OSError as error:
        raise InputError(f"{view}: the HTML view cannot be read ({describe_os_error(error)})") from None


def _stale_view_said(view: Path, ledger: Path, head: str, shown: tuple[str, ...]) -> str:
    import shlex

    was = f"the ledger at head {shown[0]}" if len(shown) == 1 else f"ledgers at heads {', '.join(shown)}"
    return escape_unprintable(
        f"--html {view}: shows {was}, not {ledger} as it is now (head {head}): a run or a seal appended "
        f"since is not in it; `provenance show {shlex.quote(str(ledger))} -o {shlex.quote(str(view))}` "
        "makes it again"
    )


def not_an_html_view(head: bytes) -> str | None:
    """What the first bytes of a file given as an HTML view say it is instead, or None for markup (an HTML
    page begins with a tag, after a byte order mark and white space)."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<"):
        return None
    if b"PRIVATE KEY" in text:
        return (
            "a private key, which the bundle would publish, not an HTML view (a signing key goes with --sign)"
        )
    return (
        "an empty file, not an HTML view" if not text else "not an HTML view (it does not begin with a tag)"
    )


def _check_bundle_name(name: str, path: Path | str) -> None:
    """A file whose name a WACZ resource path cannot hold (a control character, a backslash, a leading dot,
    over 255 characters) is refused by name: `datapackage.json` could not list it, and packing a ledger
    called `e\\x1b[2J.md.ledger.jsonl` was an internal error."""
    from pydantic import TypeAdapter, ValidationError

    try:
        TypeAdapter(BundlePath).validate_python(name)
    except ValidationError:
        raise InputError(
            f"{path}: its file name cannot name a file in a WACZ bundle (a control character, a backslash or "
            "a leading dot in it, or over 255 characters); rename it"
        ) from None


def _evidence_names(ledger: Path, report: Path | None, view: Path | None) -> dict[str, str]:
    _check_bundle_name(f"{EVIDENCE_FOLDER}/{ledger.name}", ledger)
    names = {"ledger": f"{EVIDENCE_FOLDER}/{ledger.name}"}
    paths = {"ledger": ledger}
    for part, path in (("report", report), ("view", view)):
        if path is not None:
            name = f"{EVIDENCE_FOLDER}/{path.name}"
            taken = next((other for other, given in names.items() if given == name), None)
            if taken is not None:
                if same_file(path, paths[taken]):
                    raise InputError(f"{path}: is the {taken}, packed anyway; it cannot be the {part} too")
                raise InputError(
                    f"{path}: the {part} would be packed as {name}, as the {taken} {paths[taken]} is; "
                    f"give the {part} another file name"
                )
            _check_bundle_name(name, path)
            names[part], paths[part] = name, path
    return names


def _opened(source: Path) -> BinaryIO:
    """`source` opened for reading (a regular file only); a user's error where it cannot be."""
    try:
        return open_regular_file(source)
    except OSError as error:
        raise InputError(f"{source}: cannot be read ({describe_os_error(error)})") from None


class _BundleWriter:
    """Adds files to the ZIP, hashing each as it goes in, and keeps `datapackage.json`'s resource list."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive
        self._now = dt.datetime.now(dt.UTC).timetuple()[:6]
        self.resources: list[Resource] = []

    def add_bytes(self, name: str, data: bytes, listed: bool = True) -> None:
        info = zipfile.ZipInfo(name, date_time=self._now)
        info.compress_type = zipfile.ZIP_DEFLATED
        self._archive.writestr(info, data)
        if listed:
            self._list(name, sha256_hex(data), len(data))

    def add_file(
        self, source: Path, name: str, size: int | None = None, expected_sha256: str | None = None
    ) -> None:
        """Copy a file in, streamed and hashed; only its first `size` bytes when given (a ledger's
        verified lines), which must then hash to `expected_sha256`."""
        stream = _opened(source)
        digest, copied = hashlib.sha256(), 0
        large = (size if size is not None else source.stat().st_size) >= _ZIP64_FROM
        with stream, self._deflated_entry(name, large) as entry:
            while chunk := stream.read(CHUNK_SIZE if size is None else min(CHUNK_SIZE, size - copied)):
                digest.update(chunk)
                entry.write(chunk)
                copied += len(chunk)
        if expected_sha256 is not None and digest.hexdigest() != expected_sha256:
            raise InputError(f"{source}: changed while it was being packed; pack it again")
        self._list(name, digest.hexdigest(), copied)

    def add_ledger_as_written(
        self, source: Path, name: str, verification: Verification, expected_sha256: str
    ) -> None:
        """The ledger's verified lines, streamed, each with its CR taken out (`_as_written`), which must
        hash to `expected_sha256`: the bundle holds the ledger as `check` wrote it."""
        stream = _opened(source)
        digest, copied = hashlib.sha256(), 0
        with stream, self._deflated_entry(name, source.stat().st_size >= _ZIP64_FROM) as entry:
            for raw in read_lines(stream):
                if raw.number > verification.lines:
                    break
                if raw.data is None:
                    raise InputError(f"{source}: changed while it was being packed; pack it again")
                line = _as_written(raw.data, verification) + b"\n"
                digest.update(line)
                entry.write(line)
                copied += len(line)
        if digest.hexdigest() != expected_sha256:
            raise InputError(f"{source}: changed while it was being packed; pack it again")
        self._list(name, digest.hexdigest(), copied)

    def _deflated_entry(self, name: str, large: bool) -> IO[bytes]:
        """A new deflated member `name` of the bundle, open for writing (ZIP64 for a large one)."""
        info = zipfile.ZipInfo(name, date_time=self._now)
        info.compress_type = zipfile.ZIP_DEFLATED
        return self._archive.open(info, "w", force_zip64=large)

    def add_warc(self, source: Path, name: str, expected_sha256: str) -> list[str]:
        """Copy a WARC in as it is stored (WACZ wants WARCs uncompressed by the ZIP); its CDXJ lines."""
        try:
            stream = open_regular_file(source)
        except OSError as error:
            raise InputError(f"{source}: cannot be read ({error.strerror or error})") from None
        with stream:
            index = index_warc(stream, PurePosixPath(name).name)
            stream.seek(0)
            info = zipfile.ZipInfo(name, date_time=self._now)
            info.compress_type = zipfile.ZIP_STORED
            digest, size = hashlib.sha256(), 0
            large = source.stat().st_size >= _ZIP64_FROM
            with self._archive.open(info, "w", force_zip64=large) as entry:
                while chunk := stream.read(CHUNK_SIZE):
                    digest.update(chunk)
                    entry.write(chunk)
                    size += len(chunk)
        if digest.hexdigest() != expected_sha256:
            raise InputError(f"{source}: changed since it was verified; nothing was packed")
        self._list(name, digest.hexdigest(), size)
        return index

    def _list(self, path: str, sha256: str, size: int) -> None:
        # Frictionless wants names of lowercase letters, digits and `-._/`, each used once.
        base = name = _RESOURCE_NAME_UNSAFE.sub("-", path.lower())
        taken = {resource.name for resource in self.resources}
        suffix = 1
        while name in taken:
            name, suffix = f"{base}-{suffix}", suffix + 1
        self.resources.append(Resource(name=name, path=path, hash=f"sha256:{sha256}", bytes=size))
