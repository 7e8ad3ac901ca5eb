"""`provenance verify BUNDLE.wacz`: a bundle checked whole and offline, read where it lies.

What is checked, in order: the ZIP itself (see `reader`), `datapackage-digest.json` against
`datapackage.json`, the bundle's signature when it has one, then every file against its size and SHA-256 in
`datapackage.json`: a file missing, a file added that the package does not list, a byte changed. The ledger
inside is then verified as `verify LEDGER` would (chain, WARC digests, report, signatures, timestamps), its
WARCs read from the bundle.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pydantic import ValidationError

from provenance.models import Model, Problem
from provenance.seal.verification import SealResult, judge_signature
from provenance.wacz.package import DATAPACKAGE, DATAPACKAGE_DIGEST, DataPackage, DataPackageDigest
from provenance.wacz.reader import BundleEntryError, BundleReader

_DIGEST_LIMIT = 64 * 1024
_DATAPACKAGE_LIMIT = 16 << 20


class BundleVerification(Model):
    bundle: str
    files_checked: int
    problems: tuple[Problem, ...]
    warnings: tuple[str, ...] = ()
    signature: SealResult | None = None
    package: DataPackage | None = None

    @property
    def intact(self) -> bool:
        return not self.problems


def verify_bundle(path: Path, trusted_keys: frozenset[str] = frozenset()) -> BundleVerification:
    """Check the bundle at `path`; `InputError` only when it is not a readable ZIP at all."""
    with BundleReader(path) as reader:
        check = _BundleCheck(str(path), reader, trusted_keys)
        check.run()
    return BundleVerification(
        bundle=str(path),
        files_checked=check.files_checked,
        problems=tuple(check.problems),
        warnings=tuple(check.warnings),
        signature=check.signature,
        package=check.package,
    )


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
        self.problems.append(Problem.at(None, f"{self._bundle}:{entry}", code, message))

    def run(self) -> None:
        for entry, code, message in self._reader.problems:
            self._problem(entry, code, message)
        package_bytes = self._read(DATAPACKAGE, _DATAPACKAGE_LIMIT)
        if package_bytes is None:
            return
        self._check_digest(hashlib.sha256(package_bytes).hexdigest())
        try:
            self.package = DataPackage.model_validate_json(package_bytes)
        except ValidationError as error:
            self._problem(DATAPACKAGE, "datapackage-invalid", f"not our package: {_first_error(error)}")
            return
        self._check_files(self.package)

    def _read(self, entry: str, limit: int) -> bytes | None:
        if entry not in self._reader.names:
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
        for resource in package.resources:
            if resource.path not in self._reader.names:
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


def _first_error(error: ValidationError) -> str:
    first = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])
