"""`provenance pack`: a verified ledger, its report, its HTML view and every WARC it names, as one WACZ file.

Only an intact ledger is packed, and only the lines that were verified; each WARC is hashed again as it is
copied and must still be what the ledger says. The bundle is written under a temporary name and linked into
place, so it is whole or absent, and an existing file is never replaced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from provenance import __version__
from provenance.errors import InputError
from provenance.files import create_new_file, open_regular_file, read_input
from provenance.hashing import sha256_hex
from provenance.ledger.chain import parse_line
from provenance.ledger.verify import Verification, verify_ledger
from provenance.models import FootnoteLine, LedgerLine, RunLine
from provenance.seal.signing import sign_head
from provenance.wacz.index import index_warc, pages_jsonl
from provenance.wacz.package import (
    ARCHIVE_FOLDER,
    DATAPACKAGE,
    DATAPACKAGE_DIGEST,
    EVIDENCE_FOLDER,
    INDEX,
    PAGES,
    BundleContents,
    BundleSignature,
    DataPackage,
    DataPackageDigest,
    Resource,
)
from provenance.warc.naming import path_from_ledger

_CHUNK = 1 << 20
_RESOURCE_NAME_UNSAFE = re.compile(r"[^-a-z0-9._/]")
_ZIP64_FROM = 1 << 31  # entries this large need ZIP64 headers from the start


@dataclass(frozen=True)
class PackResult:
    bundle: Path
    files: int
    warcs: int
    datapackage_sha256: str
    signed_by: str | None  # base64 public key


def default_view_path(ledger: Path) -> Path:
    """Where `check --html`/`provenance show` put a ledger's HTML view by default."""
    return ledger.with_suffix(".html") if ledger.suffix == ".jsonl" else Path(f"{ledger}.html")


def pack_ledger(
    ledger: Path, bundle: Path, view: Path | None = None, key: Ed25519PrivateKey | None = None
) -> PackResult:
    if bundle.suffix != ".wacz":
        raise InputError(f"{bundle}: a WACZ bundle's name must end in .wacz")
    verification = verify_ledger(ledger)
    if not verification.intact:
        first = verification.problems[0]
        raise InputError(
            f"{ledger}: not intact ({len(verification.problems)} problem(s), first: {first.message}); "
            "run provenance verify to see them; nothing was packed"
        )
    ledger_bytes, lines = _verified_lines(ledger, verification)
    warcs = _bundle_warc_names(lines)
    report = _report_path(ledger, lines) if verification.report_checked else None
    if view is None and default_view_path(ledger).is_file():
        view = default_view_path(ledger)
    evidence = _evidence_names(ledger, report, view)
    footnotes = [line for line in lines if isinstance(line, FootnoteLine)]
    with create_new_file(bundle, "bundle") as out, zipfile.ZipFile(out, "w") as archive:
        writer = _BundleWriter(archive)
        index: list[str] = []
        for recorded, (name, expected) in warcs.items():
            index += writer.add_warc(path_from_ledger(recorded, ledger.parent), name, expected)
        writer.add_bytes(INDEX, "".join(line + "\n" for line in sorted(index)).encode("utf-8"))
        writer.add_bytes(PAGES, pages_jsonl(footnotes).encode("utf-8"))
        writer.add_bytes(evidence["ledger"], ledger_bytes)
        for part in ("report", "view"):
            source = report if part == "report" else view
            if source is not None:
                writer.add_bytes(evidence[part], read_input(source, part))
        package = DataPackage(
            title=f"Evidence for {PurePosixPath(evidence.get('report') or evidence['ledger']).name}",
            description=_description(lines, verification),
            created=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            software=f"provenance {__version__}",
            resources=tuple(writer.resources),
            provenance=BundleContents(
                ledger=evidence["ledger"],
                report=evidence.get("report"),
                view=evidence.get("view"),
                warcs={recorded: name for recorded, (name, _) in warcs.items()},
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
        warcs=len(warcs),
        datapackage_sha256=digest,
        signed_by=signature.public_key if signature else None,
    )


def _verified_lines(ledger: Path, verification: Verification) -> tuple[bytes, list[LedgerLine]]:
    """The ledger's bytes up to the last line that was verified (a run appended since is left out)."""
    data = read_input(ledger, "ledger")
    raw = data.split(b"\n")[: verification.lines]
    if not raw or sha256_hex(raw[-1]) != verification.head:
        raise InputError(f"{ledger}: changed while it was being packed; pack it again")
    return b"".join(line + b"\n" for line in raw), [parse_line(line) for line in raw]


def _bundle_warc_names(lines: Sequence[LedgerLine]) -> dict[str, tuple[str, str]]:
    """Each WARC path the ledger records → (`archive/<its file name>`, its sha256); one name, one file."""
    names: dict[str, tuple[str, str]] = {}
    taken: dict[str, str] = {}
    for line in lines:
        capture = line.capture if isinstance(line, FootnoteLine) else None
        if capture is not None and capture.warc not in names:
            name = f"{ARCHIVE_FOLDER}/{PurePosixPath(capture.warc).name}"
            if name in taken:
                raise InputError(f"two WARC files are named {name}: {taken[name]} and {capture.warc}")
            taken[name] = capture.warc
            names[capture.warc] = (name, capture.warc_sha256)
    return names


def _report_path(ledger: Path, lines: Sequence[LedgerLine]) -> Path | None:
    runs = [line for line in lines if isinstance(line, RunLine)]
    path = path_from_ledger(runs[-1].report.path, ledger.parent) if runs else None
    return path if path is not None and path.is_file() else None


def _evidence_names(ledger: Path, report: Path | None, view: Path | None) -> dict[str, str]:
    names = {"ledger": f"{EVIDENCE_FOLDER}/{ledger.name}"}
    for part, path in (("report", report), ("view", view)):
        if path is not None:
            name = f"{EVIDENCE_FOLDER}/{path.name}"
            if name in names.values():
                raise InputError(f"{path}: has the same file name as another part of the bundle")
            names[part] = name
    return names


def _description(lines: Sequence[LedgerLine], verification: Verification) -> str:
    footnotes = sum(isinstance(line, FootnoteLine) for line in lines)
    return (
        f"A provenance ledger of {verification.runs} run(s) and {footnotes} footnote record(s), with every "
        f"WARC file it names. Ledger head {verification.head}. Re-verify offline with "
        "`provenance verify` on this file."
    )


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
                while chunk := stream.read(_CHUNK):
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
