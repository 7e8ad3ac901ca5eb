"""`provenance verify BUNDLE.wacz`: a bundle checked whole and offline, read where it lies.

What is checked, in order: the ZIP itself (see `reader`), `datapackage-digest.json` against
`datapackage.json`, the bundle's signature when it has one, then every file against its size and SHA-256 in
`datapackage.json`: a file missing, a file added that the package does not list, a byte changed, a file
listed that `pack` does not write (one its section of the package names nowhere: a package can be rewritten,
and the ledger vouches for nothing in it). The HTML view is not held to the ledger, but for the head it
shows (a view made before a run or a seal was appended shows an earlier state: a problem): only the bundle's
signature vouches for it. Under --trust a view in a bundle no --trust key signed is a problem (as a run no
--trust key signed is); otherwise a warning says whether anything vouches for it.
The ledger inside is then verified as `verify LEDGER` would (chain, WARC digests, report, signatures,
timestamps), its WARCs read from the bundle. A report given with --report is compared in place of the
bundle's own, and the bundle's own is then held to the last run's hash too: it is what a reader of the
bundle opens.

Last, what a replay tool shows of the bundle is held to the ledger (`_ReplayCheck`): the page list's header
must be what `pack` writes (the package's title and description, when they are not what this version of
`pack` writes of the bundled ledger, are warned of: no evidence, and an earlier `pack` worded them
otherwise), every page of `pages/pages.jsonl` one the ledger's captures make (its URL, time, footnote,
status, and the title and id a replay tool lists it by), and every line of `indexes/index.cdxj` one the
bundle's WARCs give (its key and time, and the URL, file, offset, length, status, type and digest it gives);
and the other way, every page the captures make and every record the WARCs give is listed. Both are hashed in
`datapackage.json`, but an unsigned bundle's package can be rewritten whole: an index pointing a cited URL at
another record, a page naming another footnote's status or titled as verified, or the failed footnote's page
(or its answer's index line) left out replayed the forgery beside a ledger that verified intact. Any other
file in `indexes/` or `pages/` (which a replay tool reads too) is a problem.
"""

from __future__ import annotations

import errno
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO

from pydantic import ValidationError

from provenance.errors import LedgerFormatError
from provenance.escaping import escape_unprintable
from provenance.files import DEFAULT_MAX_REPORT_BYTES, FileTooLarge
from provenance.hashing import sha256_stream
from provenance.ledger.chain import try_parse_line
from provenance.ledger.lines import read_lines
from provenance.ledger.verify import Verification, VerifyContext, verify_stream
from provenance.models import FootnoteLine, Model, Problem, ReportRef, RunLine
from provenance.seal.verification import SealResult, judge_signature
from provenance.wacz.package import (
    DATAPACKAGE,
    DATAPACKAGE_DIGEST,
    INDEX,
    PAGES,
    PAGES_HEADER,
    REPORT_LEFT_OUT_BECAUSE,
    BundleContents,
    DataPackage,
    DataPackageDigest,
    bundle_description,
    bundle_title,
    heads_other_than,
)
from provenance.wacz.reader import BundleEntryError, BundleReader
from provenance.warc.naming import is_warc_file_name
from provenance.warc.reader import WARC_READ_ERRORS

if TYPE_CHECKING:
    from cryptography import x509

_DIGEST_LIMIT = 64 * 1024
_DATAPACKAGE_LIMIT = 16 << 20


class BundleVerification(Model):
    bundle: str
    files_checked: int
    problems: tuple[Problem, ...]  # the bundle's own; the ledger's are in `ledger`
    warnings: tuple[str, ...] = ()
    signature: SealResult | None = None
    package: DataPackage | None = None
    ledger: Verification | None = None  # None when the bundle holds no readable ledger

    @property
    def intact(self) -> bool:
        return not self.problems and self.ledger is not None and self.ledger.intact


def verify_bundle(
    path: Path,
    trusted_keys: frozenset[str] = frozenset(),
    tsa_roots: tuple[x509.Certificate, ...] = (),
    anchor: str | None = None,
    report: Path | None = None,
    max_report_bytes: int = DEFAULT_MAX_REPORT_BYTES,
) -> BundleVerification:
    """Check the bundle at `path` and the ledger inside; `InputError` only when it is not a readable ZIP, or
    `report` (compared instead of the bundle's own, given from outside it) cannot be read."""
    with BundleReader(path) as reader:
        check = _BundleCheck(str(path), reader, trusted_keys)
        check.run()
        ledger: Verification | None = None
        if check.package is not None:
            evidence = _BundleEvidence(str(path), reader, check.package.provenance)
            inside = _verify_ledger_inside(
                reader,
                check.package,
                VerifyContext(
                    file=f"{path}:{check.package.provenance.ledger}",
                    folder=path.parent,  # not read from: every file comes through the opener
                    report_path=report,
                    anchor=anchor,
                    max_report_bytes=max_report_bytes,
                    trusted_keys=trusted_keys,
                    tsa_roots=tsa_roots,
                    opener=evidence,
                    reopen=lambda: _ledger_entry(reader, check.package),
                ),
            )
            if isinstance(inside, Problem):
                check.problems.append(inside)
            else:
                ledger = inside = _runs_signed_by_the_bundle(inside, check.signature)
                runs = _RunsRecorded.read(reader, check.package.provenance)
                if report is not None:  # then the ledger was compared with it, not with the bundle's
                    check.problems += _bundled_report_problems(str(path), reader, check.package, runs.last)
                check.problems += _run_report_problems(str(path), check.package, runs.held)
                check.warnings += runs.not_held_warnings(str(path))
                if inside.intact:  # then every WARC it names was asked for by name
                    check.problems += evidence.unnamed_warcs()
                check.problems += _view_of_another_head(str(path), reader, check.package, inside.head)
                replay = _ReplayCheck(str(path), reader, check.package, runs.last)
                check.problems += replay.problems(inside.intact)
                if inside.intact:  # what the package says of a ledger that is not intact is moot
                    check.warnings += replay.described(inside)
    return BundleVerification(
        bundle=str(path),
        files_checked=check.files_checked,
        problems=tuple(check.problems),
        warnings=tuple(check.warnings),
        signature=check.signature,
        package=check.package,
        ledger=ledger,
    )


def _runs_signed_by_the_bundle(ledger: Verification, signature: SealResult | None) -> Verification:
    """The ledger's verification with `run-not-signed` (runs no --trust key signed in the ledger) a warning
    where a --trust key signed the bundle: its signature covers `datapackage.json`, which holds the ledger's
    hash, so that key vouches for every line of it as packed. `pack --sign` of an unsigned ledger with the
    trusted key failed `verify --trust` with "nothing vouches for its lines". Only who: a run not timestamped
    under --tsa-ca stays a problem (the bundle's signature says nothing of when a run was written)."""
    if signature is None or signature.status != "trusted":
        return ledger
    unsigned = [problem for problem in ledger.problems if problem.code == "run-not-signed"]
    if not unsigned:
        return ledger
    return ledger.model_copy(
        update={
            "problems": tuple(problem for problem in ledger.problems if problem.code != "run-not-signed"),
            "warnings": (
                *ledger.warnings,
                *(
                    f"{problem.message.split(':', 1)[0]} in the ledger, but the bundle's signature by a "
                    "--trust key vouches for every line of the ledger as packed (not for when it was written)"
                    for problem in unsigned
                ),
            ),
        }
    )


def _ledger_entry(reader: BundleReader, package: DataPackage | None) -> BinaryIO:
    """The bundled ledger's entry opened (again), bounded by its size; OSError when it cannot be."""
    name = package.provenance.ledger if package is not None else ""
    if not reader.has(name):
        raise FileNotFoundError(name)
    return reader.open(name, reader.size(name))


def _verify_ledger_inside(
    reader: BundleReader, package: DataPackage, context: VerifyContext
) -> Verification | Problem:
    """The bundled ledger verified, or the problem that it cannot be: damage inside a bundle is a finding on
    it (exit 1), never an input error (exit 2) that would hide the bundle's own problems."""
    name = package.provenance.ledger
    missing = Problem.at(
        None, context.file, "ledger-missing", "the bundle's ledger is missing or cannot be read"
    )
    if not reader.has(name):
        return missing
    try:
        with reader.open(name, reader.size(name)) as stream:
            return verify_stream(stream, context)
    except (BundleEntryError, OSError):
        return missing
    except LedgerFormatError as error:  # the entry the package names as its ledger holds no ledger lines
        return Problem.at(None, context.file, "ledger-not-a-ledger", str(error))


def _view_of_another_head(
    bundle: str, reader: BundleReader, package: DataPackage, head: str | None
) -> list[Problem]:
    """The bundled HTML view, when it shows the ledger at another head than the bundled ledger's: made
    before a run or a seal was appended, it shows an earlier state (run 1 of 1, its statuses) as the
    bundle's view, whoever signed it. What it shows is otherwise held to nothing (`_judge_view`)."""
    view = package.provenance.view
    if view is None or head is None or not reader.has(view):
        return []  # a view listed but missing is the file checks' problem
    try:
        with reader.open(view, reader.size(view)) as stream:
            shown = heads_other_than(stream, head)
    except (BundleEntryError, OSError):
        return []  # an unreadable entry is the file checks' problem
    if not shown:
        return []
    return [
        Problem(
            line=None,
            file=f"{bundle}:{view}",
            code="view-of-another-head",
            message=(
                "the HTML view shows the ledger as it was at another head than the bundled ledger's (made "
                "before a run or a seal was appended): it is no view of the ledger packed"
            ),
            expected=head,
            actual=", ".join(shown),
        )
    ]


def _bundled_report_problems(
    bundle: str, reader: BundleReader, package: DataPackage, recorded: ReportRef | None
) -> list[Problem]:
    """The report inside the bundle against the hash the bundled ledger's last run recorded, when `--report`
    gave another file to compare in its place: the bundle's own is what a reader of the bundle opens, and it
    was held to nothing but a package anyone can rewrite (rewritten, the bundle verified intact)."""
    inside = package.provenance.report
    if inside is None or not reader.has(inside):
        return []  # left out (the description says why), or missing: named by the file checks
    if recorded is None:  # the last run's report (`_RunsRecorded.last`)
        return []
    try:
        # Streamed whole, whatever its size (the file checks hashed it so already): a report made too large
        # to be compared would otherwise pass uncompared.
        with reader.open(inside, reader.size(inside)) as stream:
            actual = sha256_stream(stream)
    except (BundleEntryError, OSError):
        return []  # unreadable: named by the file checks
    if actual == recorded.sha256:
        return []
    return [
        Problem(
            line=None,
            file=f"{bundle}:{inside}",
            code="report-changed",
            message=(
                "the report inside the bundle is not the one the ledger's last run recorded (the report "
                "given with --report was compared in its place): a reader of the bundle opens another report"
            ),
            expected=recorded.sha256,
            actual=actual,
        )
    ]


def _run_report_problems(bundle: str, package: DataPackage, recorded: set[str]) -> list[Problem]:
    """Each earlier run's report the package files by a hash (`run_reports`) must be listed with that hash
    (the file checks hold its bytes to the listing), and the hash one a run of the bundled ledger recorded
    (`recorded`, of those): a file under a run's name that is not that run's report is what a reader of that
    run would open."""
    run_reports = package.provenance.run_reports or {}
    if not run_reports:
        return []
    listed = {resource.path: resource.hash for resource in package.resources}
    problems = []
    for sha256, inside in run_reports.items():
        file = f"{bundle}:{inside}"
        if sha256 not in recorded:
            problems.append(
                Problem.at(
                    None,
                    file,
                    "report-of-no-run",
                    f"{DATAPACKAGE} files it as a run's report, but no run of the bundled ledger recorded "
                    "its hash: the ledger vouches for nothing in it",
                )
            )
        elif listed.get(inside) != f"sha256:{sha256}":
            problems.append(
                Problem(
                    line=None,
                    file=file,
                    code="run-report-changed",
                    message=(
                        f"{DATAPACKAGE} files it as the report a run recorded, but lists it with another "
                        "hash (or not at all): it is not that run's report"
                    ),
                    expected=f"sha256:{sha256}",
                    actual=listed.get(inside) or "not listed",
                )
            )
    return problems


_NOT_HELD_NAMED = 5  # earlier runs' reports named one warning each when a bundle lacks them; the rest counted
_NOT_HELD_KEPT = 1000  # distinct report hashes kept while the ledger is read (a forged one records millions)


@dataclass
class _RunsRecorded:
    """What the bundled ledger's run lines record of their reports, read in one pass (only run lines are
    parsed again; none past an unreadable entry, which the file checks name): the last run's report, which
    of the reports the package files by hash (`run_reports`) a run recorded, and the reports earlier runs
    recorded that the bundle does not hold (`not_held_warnings`)."""

    last: ReportRef | None = None
    held: set[str] = field(default_factory=set)  # of `run_reports`' hashes, those a run recorded
    # Each report hash no file of the bundle holds → the first run line recording it, and its path.
    not_held: dict[str, tuple[int, str]] = field(default_factory=dict)
    more_not_held: int = 0  # run lines past `_NOT_HELD_KEPT` recording another such hash

    @classmethod
    def read(cls, reader: BundleReader, contents: BundleContents) -> _RunsRecorded:
        filed = set(contents.run_reports or {})
        runs = cls()
        try:
            with reader.open(contents.ledger, reader.size(contents.ledger)) as stream:
                for line in read_lines(stream):
                    if line.data is not None and _RUN in line.data:
                        parsed = try_parse_line(line.data)
                        if isinstance(parsed, RunLine):
                            runs._see(line.number, parsed.report, filed)
        except (BundleEntryError, OSError):
            pass
        if runs.last is not None:  # the last run's report is the description's to name when left out
            runs.not_held.pop(runs.last.sha256, None)
        return runs

    def _see(self, number: int, report: ReportRef, filed: set[str]) -> None:
        self.last = report
        if report.sha256 in filed:
            self.held.add(report.sha256)
        elif report.sha256 in self.not_held:
            pass
        elif len(self.not_held) < _NOT_HELD_KEPT:
            self.not_held[report.sha256] = (number, report.path)
        else:
            self.more_not_held += 1

    def not_held_warnings(self, bundle: str) -> list[str]:
        """The reports earlier runs recorded that the bundle does not hold (`pack` leaves out one missing,
        changed since or outside the ledger's folder, and says so then; a reader of the bundle later hears it
        only here): that run's verdicts stand on a report no one can read from the bundle."""
        missing = sorted(self.not_held.values())
        warnings = [
            escape_unprintable(
                f"{bundle}: the report {path} the run at line {number} checked is not in the bundle (`pack` "
                "left it out: missing, changed since or outside the ledger's folder): that run's verdicts "
                "cannot be compared with its report from the bundle alone"
            )
            for number, path in missing[:_NOT_HELD_NAMED]
        ]
        if len(missing) + self.more_not_held > _NOT_HELD_NAMED:
            warnings.append(
                f"{bundle}: {len(missing) + self.more_not_held - _NOT_HELD_NAMED} more earlier runs' reports "
                "are not in it"
            )
        return warnings


class _BundleEvidence:
    """The files a bundled ledger names, found where `datapackage.json` says the bundle holds them."""

    def __init__(self, bundle: str, reader: BundleReader, contents: BundleContents) -> None:
        self._bundle = bundle
        self._reader = reader
        self._contents = contents
        self._asked: set[str] = set()  # the WARC paths the ledger named, as the package maps them

    def unnamed_warcs(self) -> list[Problem]:
        """The WARCs the package maps from a path the ledger, verified whole, never named: the ledger vouches
        for nothing in them (`pack` maps only the ones it names)."""
        named = {self._contents.warcs[recorded] for recorded in self._asked}
        return [
            Problem.at(
                None,
                f"{self._bundle}:{inside}",
                "file-not-evidence",
                f"{DATAPACKAGE} maps a WARC path to this file, but the bundled ledger names the path nowhere "
                "and vouches for nothing in it",
            )
            for inside in sorted(set(self._contents.warcs.values()) - named)
        ]

    def _inside(self, recorded: str) -> str | None:
        """The entry a path the ledger records is read from: a WARC's by the package's WARC map, the report's
        only as the bundle's report. A map that named the report's path sent the report check to a true copy
        kept under another name, and the report a reader opens, rewritten, was compared with nothing. The
        bundle's report is the last run's whatever its name (`pack` bundles that one): looked up by the
        recorded name, one put back under another was not found, and went uncompared (a warning)."""
        if is_warc_file_name(recorded):  # a capture's (the ledger reads no WARC of another name)
            inside = self._contents.warcs.get(recorded)
            if inside is not None:
                self._asked.add(recorded)
            return inside
        return self._contents.report  # the report check's, the only other path read through here

    def name(self, recorded: str) -> str:
        return f"{self._bundle}:{self._inside(recorded) or recorded}"

    def size(self, recorded: str) -> int:
        inside = self._inside(recorded)
        if inside is None or not self._reader.has(inside):
            raise FileNotFoundError(errno.ENOENT, "not in the bundle", recorded)
        return self._reader.size(inside)

    def open(self, recorded: str, max_bytes: int) -> BinaryIO:
        inside = self._inside(recorded)
        if inside is None or not self._reader.has(inside):
            raise FileNotFoundError(errno.ENOENT, "not in the bundle", recorded)
        size = self._reader.size(inside)
        if size > max_bytes:
            raise FileTooLarge(Path(inside), size, max_bytes)
        return self._reader.open(inside, max_bytes)


class _BundleCheck:
    def __init__(self, bundle: str, reader: BundleReader, trusted_keys: frozenset[str]) -> None:
        self._bundle = bundle
        self._reader = reader
        self._trusted_keys = trusted_keys
        self.files_checked = 0
        self.problems: list[Problem] = []
        self.warnings: list[str] = []
        self.signature: SealResult | None = None
        self.package: DataPackage | None = None

    def _problem(self, entry: str, code: str, message: str) -> None:
        """A problem of one entry, or of the ZIP as a whole when `entry` is empty."""
        file = f"{self._bundle}:{entry}" if entry else self._bundle
        self.problems.append(Problem.at(None, file, code, message))

    def run(self) -> None:
        for entry, code, message in self._reader.problems:
            self._problem(entry, code, message)
        package_bytes = self._read(DATAPACKAGE, _DATAPACKAGE_LIMIT)
        if package_bytes is None:
            return
        self._check_digest(hashlib.sha256(package_bytes).hexdigest())
        if not _has_our_section(package_bytes):
            self._problem(
                DATAPACKAGE,
                "not-our-bundle",
                "a WACZ, but not one `provenance pack` made: datapackage.json names no ledger",
            )
            return
        try:
            self.package = DataPackage.model_validate_json(package_bytes)
        except ValidationError as error:
            self._problem(DATAPACKAGE, "datapackage-invalid", f"not our package: {_first_error(error)}")
            return
        self._check_files(self.package)
        self._check_made_by_pack(self.package)

    def _check_made_by_pack(self, package: DataPackage) -> None:
        """Every file listed is one `pack` writes: a WARC, the index or page list, the ledger, report or view
        its section names. Any other (a WARC the ledger names nowhere, a note beside the ledger) is hashed
        in a package anyone can rewrite, and the ledger vouches for nothing in it: it verified intact."""
        contents = package.provenance
        written = {INDEX, PAGES, contents.ledger, *contents.warcs.values()}
        written.update(part for part in (contents.report, contents.view) if part is not None)
        written.update((contents.run_reports or {}).values())
        # Each path once (one listed 100,000 times is named listed twice); other indexes and page lists are
        # named by the replay check, as what a replay tool reads.
        for path in dict.fromkeys(resource.path for resource in package.resources):
            if path not in written and not path.startswith(_REPLAY_FOLDERS):
                self._problem(
                    path,
                    "file-not-evidence",
                    "a file `provenance pack` does not write: the bundled ledger names it nowhere and "
                    "vouches for nothing in it",
                )
        if contents.view is not None:
            self._judge_view(contents.view)

    def _judge_view(self, view: str) -> None:
        """The HTML view is held to nothing but the bundle's signature: what it shows (a footnote verified
        that the ledger records failed) is vouched for by whoever signed the bundle, or by no one. Under
        --trust a view no --trust key signed is a problem, as a run no --trust key signed is: an intact
        verdict would otherwise cover the file a reader opens to see the findings, which nothing trusted
        covers."""
        unchecked = (
            f"the HTML view {view} is not checked against the ledger: it shows what it showed when packed "
            "(`provenance show` of the bundled ledger makes one from it)"
        )
        if self.signature is not None and self.signature.status == "trusted":
            self.warnings.append(f"{unchecked}; the bundle's signature by a --trust key vouches for it")
        elif self._trusted_keys:
            self._problem(
                view,
                "view-not-signed",
                "the HTML view is checked against nothing and the bundle is signed by no --trust key: "
                "anyone could have changed what it shows (pack --sign with a --trust key vouches for it; "
                "`provenance show` of the bundled ledger makes one from it)",
            )
        else:
            self.warnings.append(
                f"{unchecked}; nothing vouches for it (the bundle is not signed by a --trust key)"
            )

    def _read(self, entry: str, limit: int) -> bytes | None:
        if not self._reader.names_entry(entry):
            self._problem(entry, "file-missing", "the bundle has no such file")
            return None
        try:
            return self._reader.read(entry, limit)
        except BundleEntryError as error:
            self._problem(entry, "file-unreadable", str(error))
            return None

    def _check_digest(self, package_sha256: str) -> None:
        digest_bytes = self._read(DATAPACKAGE_DIGEST, _DIGEST_LIMIT)
        if digest_bytes is None:
            return
        try:
            digest = DataPackageDigest.model_validate_json(digest_bytes)
        except ValidationError as error:
            self._problem(DATAPACKAGE_DIGEST, "digest-invalid", f"not our digest file: {_first_error(error)}")
            return
        if digest.hash != f"sha256:{package_sha256}":
            self.problems.append(
                Problem.mismatch(
                    None,
                    f"{self._bundle}:{DATAPACKAGE}",
                    "datapackage-changed",
                    f"sha256 recorded in {DATAPACKAGE_DIGEST}",
                    digest.hash,
                    f"sha256:{package_sha256}",
                )
            )
        signed = digest.provenance_signature
        if signed is None:
            self.warnings.append(
                "the bundle itself is not signed (pack --sign); its ledger's seals still count"
            )
            return
        # Judged over the digest as computed, so a signature over another datapackage.json cannot pass.
        self.signature = judge_signature(
            signed.public_key, signed.signature, package_sha256, self._trusted_keys
        )
        if self.signature.status in ("invalid", "untrusted"):
            self._problem(
                DATAPACKAGE_DIGEST, f"bundle-signature-{self.signature.status}", self.signature.detail
            )
        elif self.signature.status == "valid":
            self.warnings.append(f"bundle: {self.signature.detail}")

    def _check_files(self, package: DataPackage) -> None:
        listed = {resource.path for resource in package.resources}
        for name in self._reader.names:
            if name not in listed and name not in (DATAPACKAGE, DATAPACKAGE_DIGEST):
                self._problem(name, "file-unlisted", f"the bundle holds a file {DATAPACKAGE} does not list")
        hashed: set[str] = set()
        repeated: set[str] = set()
        for resource in package.resources:
            if resource.path in hashed:
                # Each listing would be read and hashed again: one large entry listed 100,000 times in a
                # datapackage.json of a few megabytes is terabytes of reading. We list each file once.
                if resource.path not in repeated:
                    repeated.add(resource.path)
                    self._problem(
                        resource.path, "file-listed-twice", f"{DATAPACKAGE} lists this file more than once"
                    )
                continue
            hashed.add(resource.path)
            if not self._reader.names_entry(resource.path):
                self._problem(
                    resource.path, "file-missing", f"listed in {DATAPACKAGE}, missing from the bundle"
                )
                continue
            digest, size = hashlib.sha256(), 0
            try:
                for chunk in self._reader.chunks(resource.path, resource.bytes):
                    digest.update(chunk)
                    size += len(chunk)
            except BundleEntryError as error:
                self._problem(resource.path, "file-unreadable", str(error))
                continue
            self.files_checked += 1
            if size != resource.bytes or f"sha256:{digest.hexdigest()}" != resource.hash:
                self.problems.append(
                    Problem.mismatch(
                        None,
                        f"{self._bundle}:{resource.path}",
                        "file-changed",
                        f"sha256 in {DATAPACKAGE}",
                        resource.hash,
                        f"sha256:{digest.hexdigest()}",
                    )
                )


_FOOTNOTE = b'"kind":"footnote"'
_NO_CAPTURE = b'"capture":null'
_RUN = b'"kind":"run"'
_REPLAY_FOLDERS = (f"{PurePosixPath(INDEX).parent}/", f"{PurePosixPath(PAGES).parent}/")
# A CDXJ line as a replay tool finds a record by it: key and time, then these (the fields every version of
# `cdxj-indexer` writes: an index made by another version is still the same index).
_INDEXED = ("url", "filename", "offset", "length", "status", "mime", "digest")
_IndexEntry = tuple[str, ...]
# A page as a replay tool lists it: URL and time, the footnote and status it names, the title it is listed by
# and its id; each field as JSON text (sorted keys), so that a field of any JSON type is looked up as it is.
_PAGE_FIELDS = ("url", "ts", "footnote", "status", "title", "id")
_Page = tuple[str, ...]


class _ReplayCheck:
    """`pages/pages.jsonl` and `indexes/index.cdxj` held to the bundled ledger and WARCs (see the module)."""

    def __init__(
        self, bundle: str, reader: BundleReader, package: DataPackage, last_report: ReportRef | None
    ) -> None:
        self._bundle = bundle
        self._reader = reader
        self._package = package
        self._last_report = last_report  # the report the bundled ledger's last run records

    def problems(self, ledger_intact: bool) -> list[Problem]:
        # A replay tool reads every index and page list of these folders, not only the ones we write.
        found = [
            Problem.at(
                None,
                f"{self._bundle}:{name}",
                "replay-not-the-evidence",
                f"an index or page list `provenance pack` does not write (it writes {INDEX} and {PAGES}): "
                "a replay tool would read it beside them",
            )
            for name in self._reader.names
            if name.startswith(_REPLAY_FOLDERS) and name not in (INDEX, PAGES)
        ]
        if self._reader.has(PAGES):
            found += self._pages_header()
        found += self._unmade(PAGES, self._pages_made(), _page, _page_said, skip_first=True)
        # The WARCs are indexed again only when the ledger verified intact: each was then read whole within
        # the bounds its ledger line sets, and an index of a file that is not what the ledger says is moot.
        if ledger_intact:
            made = self._index_made()
            if made is not None:
                found += self._unmade(INDEX, made, _index_entry, _index_entry_said, skip_first=False)
        return found

    def described(self, ledger: Verification) -> list[str]:
        """What differs in the title and description of `datapackage.json`, which a replay tool shows as the
        archive's name and summary, from what `pack` writes of the bundled ledger: in a package rewritten
        unsigned they said anything ("all footnotes verified") beside a bundle that verified intact, and
        nothing said so. Warned, not a problem: they are no evidence, and a bundle packed by an earlier
        version of `pack` words them otherwise (a bundle's signature, where there is one, covers them)."""
        contents = self._package.provenance
        footnotes = sum(run.footnotes for run in ledger.run_evidence if run.command == "check")
        if ledger.runs_not_listed is not None:
            footnotes += ledger.runs_not_listed.check_footnotes
        if contents.report is None:  # then the description names the report left out, and why
            recorded = self._last_report.path if self._last_report is not None else None
            made = {
                bundle_description(ledger.runs, footnotes, ledger.head, recorded, because)
                for because in REPORT_LEFT_OUT_BECAUSE
            }
        else:
            made = {bundle_description(ledger.runs, footnotes, ledger.head, None, None)}
        said = (
            ("title", self._package.title, {bundle_title(contents.report or contents.ledger)}),
            ("description", self._package.description, made),
        )
        return [
            escape_unprintable(
                f"{self._bundle}:{DATAPACKAGE}: its {field} is not what this version of `provenance pack` "
                f"writes of the bundled ledger, and a replay tool shows it: read the ledger's findings, not "
                f"it: {text[:120]}"
            )
            for field, text, expected in said
            if text not in expected
        ]

    def _pages_header(self) -> list[Problem]:
        """The page list's first line, its header, which a replay tool shows as the list's title."""
        try:
            with self._reader.open(PAGES, self._reader.size(PAGES)) as stream:
                first = next(read_lines(stream), None)
        except (BundleEntryError, OSError):
            return []  # unreadable: named by the file checks
        try:
            header = json.loads(first.data) if first is not None and first.data is not None else None
        except (ValueError, RecursionError):
            header = None
        if header == PAGES_HEADER:
            return []
        return [
            Problem.at(
                None,
                f"{self._bundle}:{PAGES}",
                "replay-not-the-evidence",
                f"line 1 is not the header `provenance pack` writes ({json.dumps(PAGES_HEADER)}), so a "
                "replay tool would show other than the evidence",
            )
        ]

    def _pages_made(self) -> frozenset[_Page]:
        """The pages `provenance pack` makes of the bundled ledger's footnotes."""
        name = self._package.provenance.ledger
        try:
            with self._reader.open(name, self._reader.size(name)) as stream:
                # Canonical JSON holds these members as written only as members (in a string, a quote is
                # escaped): only the lines of captured footnotes are parsed again, not every line.
                footnotes = (
                    parsed
                    for line in read_lines(stream)
                    if line.data is not None
                    and _FOOTNOTE in line.data
                    and _NO_CAPTURE not in line.data
                    and isinstance(parsed := try_parse_line(line.data), FootnoteLine)
                    and parsed.capture is not None
                )
                from provenance.wacz.index import pages_jsonl  # cdxj_indexer's imports load requests

                made = pages_jsonl(footnotes).splitlines()[1:]
        except (BundleEntryError, OSError):
            return frozenset()  # the ledger's own problem, named already
        return frozenset(page for line in made if (page := _page(line)) is not None)

    def _index_made(self) -> frozenset[_IndexEntry] | None:
        """The CDXJ lines `provenance pack` makes of the bundle's WARCs; None when one cannot be read."""
        # Loaded only for a bundle: cdxj_indexer's imports (surt, tldextract) load requests, which verify of
        # a ledger never needs (tests/cli/test_help_and_startup.py).
        from provenance.wacz.index import index_warc

        made: set[_IndexEntry] = set()
        for inside in sorted(set(self._package.provenance.warcs.values())):
            try:
                with self._reader.open(inside, self._reader.size(inside)) as stream:
                    lines = index_warc(stream, PurePosixPath(inside).name, digest_records=False)
            except (BundleEntryError, KeyError, *WARC_READ_ERRORS):
                return None  # its damage is the ledger's finding
            made.update(entry for line in lines if (entry := _index_entry(line)) is not None)
        return frozenset(made)

    def _unmade(
        self,
        entry: str,
        made: frozenset[Any],
        parse: Callable[[str], Any],
        said: Callable[[Any], str],
        skip_first: bool,
    ) -> list[Problem]:
        """One problem naming the first line of `entry` that is not one of `made`, and how many are not; and
        the first of `made` that no line holds, and how many none does (an entry the bundle lacks holds none).
        """
        first: tuple[int, str] | None = None
        count = 0
        held: set[Any] = set()  # of `made`: what the lines hold, so what they leave out is known at the end
        if self._reader.has(entry):
            try:
                with self._reader.open(entry, self._reader.size(entry)) as stream:
                    for line in read_lines(stream):
                        text = None if line.data is None else line.data.decode("utf-8", "replace")
                        if (skip_first and line.number == 1) or (text is not None and not text.strip()):
                            continue
                        parsed = parse(text) if text is not None else None
                        if parsed is not None and parsed in made:
                            held.add(parsed)
                        else:  # a line too long to be one is none
                            count += 1
                            first = first or (line.number, text or "(a line too long to show)")
            except (BundleEntryError, OSError):
                return []  # unreadable: named by the file checks
        left_out = made - held
        if first is None and not left_out:
            return []
        pages = entry == PAGES
        parts = []
        if first is not None:
            what = "a page the ledger's captures do not make" if pages else "a record the WARCs do not hold"
            more = f" ({count - 1} more line(s) like it)" if count > 1 else ""
            parts.append(
                f"line {first[0]} names {what}, so a replay tool would show other than the evidence{more}: "
                f"{first[1][:120]}"
            )
        if left_out:
            # A page or record left out is evidence a replay tool does not show: the failed footnote's page
            # dropped from the list, or a capture's answer from the index (the tool then finds no capture of
            # the URL, or another one made at another time), and the bundle verified intact.
            what = "a page the ledger's captures make" if pages else "a record the WARCs hold"
            more = f" ({len(left_out) - 1} more like it)" if len(left_out) > 1 else ""
            shown = min(left_out, key=repr)  # the same one named each time
            parts.append(
                f"{'it' if first is None else 'and it'} leaves out {what}, so a replay tool would not show "
                f"all the evidence{more}: {said(shown)[:240]}"
            )
        return [
            Problem.at(
                None,
                f"{self._bundle}:{entry}",
                "replay-not-the-evidence",
                escape_unprintable("; ".join(parts)),
            )
        ]


def _page(line: str) -> _Page | None:
    try:
        page = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(page, dict):
        return None
    try:
        return tuple(json.dumps(page.get(name), sort_keys=True, ensure_ascii=False) for name in _PAGE_FIELDS)
    except (ValueError, RecursionError):  # a field nested too deep to write again: no page made
        return None


def _page_said(page: _Page) -> str:
    url, timestamp, footnote, status, title, _ = (json.loads(field) for field in page)
    return f"footnote {footnote}, {url} captured {timestamp} ({status}), titled {title}"


def _index_entry_said(entry: _IndexEntry) -> str:
    return f"{entry[2]} at {entry[1]} in {entry[3]}"  # its URL, time and file


def _index_entry(line: str) -> _IndexEntry | None:
    key, _, rest = line.partition(" ")
    timestamp, _, fields = rest.partition(" ")
    try:
        record = json.loads(fields)
    except (ValueError, RecursionError):
        return None
    if not isinstance(record, dict):
        return None
    return (key, timestamp, *(str(record.get(name)) for name in _INDEXED))


def _first_error(error: ValidationError) -> str:
    first = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


def _has_our_section(package_bytes: bytes) -> bool:
    try:
        document = json.loads(package_bytes)
    except (ValueError, RecursionError):
        return True  # not JSON at all, or nested too deep to be ours: the model's error says so
    return not isinstance(document, dict) or "provenance" in document
