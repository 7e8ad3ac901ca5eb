"""What a bundle says about itself: `datapackage.json`, `datapackage-digest.json`, and where each part lies.

A bundle is a WACZ 1.1.1 file (a ZIP): `archive/` holds the WARC files, `indexes/index.cdxj` their CDXJ index,
`pages/pages.jsonl` one page per captured URL, and `provenance/` the ledger, the report and the HTML view.
`datapackage.json` lists every other file with its SHA-256 and size; `datapackage-digest.json` holds the
SHA-256 of `datapackage.json` and, when the bundle is signed, our Ed25519 signature over that digest.

The signature is our own, not the WACZ signing spec's anonymous `signedData`: that form carries an ECDSA key,
which replay tools check as such, while ours are Ed25519 keys shared with the ledger's `signature` lines. It
signs the ASCII hex of the digest, as a ledger signature signs a head, so `openssl pkeyutl -verify -rawin`
checks both the same way.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Annotated, BinaryIO, Final, Literal

from pydantic import Field, StringConstraints

from provenance.models import Base64, Model, UtcTimestamp

WACZ_VERSION: Final = "1.1.1"
DATAPACKAGE: Final = "datapackage.json"
DATAPACKAGE_DIGEST = "datapackage-digest.json"
ARCHIVE_FOLDER = "archive"
INDEX = "indexes/index.cdxj"
PAGES = "pages/pages.jsonl"
# The page list's first line; a replay tool shows its title as the list's.
PAGES_HEADER: Final = {"format": "json-pages-1.0", "id": "pages", "title": "Cited pages"}
EVIDENCE_FOLDER = "provenance"  # ours; the WACZ folders (archive, indexes, pages) hold only what WACZ defines

PrefixedSha256 = Annotated[str, StringConstraints(pattern=r"^sha256:[0-9a-f]{64}$")]
# A path inside the bundle: one folder and a file name, no way out of the bundle or into a hidden name.
BundlePath = Annotated[str, StringConstraints(pattern=r"^[a-z]+/[^/\\\x00-\x1f.][^/\\\x00-\x1f]{0,254}$")]


class Resource(Model):
    name: str
    path: BundlePath
    hash: PrefixedSha256
    bytes: int = Field(ge=0)


Sha256Hex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class BundleContents(Model):
    """Our part of `datapackage.json`: which file is the ledger, and where each WARC the ledger names lies."""

    ledger: BundlePath
    report: BundlePath | None = None  # the last run's
    # The reports of earlier runs, other than the last run's, by the SHA-256 a run recorded → the file in the
    # bundle with that hash: the report edited between runs, or another report checked into the same ledger.
    # None (left out of the file) when there are none: a bundle of one report's ledger stays one that earlier
    # versions of `verify` read (they refuse a package with a key they do not know).
    run_reports: dict[Sha256Hex, BundlePath] | None = None
    view: BundlePath | None = None
    warcs: dict[str, BundlePath] = Field(
        description="Each WARC path as the ledger records it → its path in the bundle."
    )


class DataPackage(Model):
    profile: Literal["data-package"] = "data-package"
    wacz_version: Literal["1.1.1"] = WACZ_VERSION
    title: str
    description: str
    created: UtcTimestamp
    software: str
    resources: tuple[Resource, ...]
    provenance: BundleContents


class BundleSignature(Model):
    algorithm: Literal["ed25519"] = "ed25519"
    public_key: Base64 = Field(description="Base64 of the raw 32-byte Ed25519 public key.")
    signature: Base64 = Field(description="Base64 of the signature over the ASCII hex of the digest.")


class DataPackageDigest(Model):
    path: Literal["datapackage.json"] = DATAPACKAGE
    hash: PrefixedSha256
    provenance_signature: BundleSignature | None = None


# Why `pack` left the report out, in the words its description puts after "it was".
REPORT_LEFT_OUT_BECAUSE: Final = ("outside the ledger's folder, so not read", "missing", "unreadable")


def earlier_report_name(line: int, recorded: str) -> str:
    """Where the report an earlier run (its run line at `line`) recorded lies in the bundle: beside the last
    run's, named for that run, as the report edited since cannot take the name the last run's has."""
    return f"{EVIDENCE_FOLDER}/run-{line}-{PurePosixPath(recorded).name}"


def bundle_title(report_or_ledger: str) -> str:
    """`datapackage.json`'s title: a replay tool shows it as the archive's name."""
    return f"Evidence for {PurePosixPath(report_or_ledger).name}"


def bundle_description(
    runs: int, footnotes: int, head: str | None, missing_report: str | None, left_out_because: str | None
) -> str:
    """`datapackage.json`'s description, which a replay tool shows beside the title: what `pack` writes of
    the ledger it packs (and `verify` holds a bundle's to)."""
    absent = (
        f" The report {missing_report} is NOT in this bundle: it was {left_out_because} when the bundle was "
        "made; compare a copy of it with `provenance verify BUNDLE.wacz --report REPORT`."
        if missing_report is not None
        else ""
    )
    return (
        f"A provenance ledger of {runs} run(s) and {footnotes} footnote record(s), with every WARC file it "
        f"names. Ledger head {head}. Re-verify offline with `provenance verify` on this file.{absent}"
    )


# How an HTML view (`outputs.html_view`) shows the head of the ledger it was made from, in each run's header.
_VIEW_LEDGER_HEAD = re.compile(rb'<dt>ledger head</dt><dd><span class="mono">([0-9a-f]{64})</span>')
_VIEW_HEAD_OVERLAP = 128  # bytes kept between chunks: a head's row cut by a chunk's end is found whole
_VIEW_CHUNK = 1 << 20
_VIEW_HEADS_KEPT = 8


def heads_other_than(view: BinaryIO, head: str) -> tuple[str, ...]:
    """The ledger heads an HTML view shows (one per ledger it shows), read streamed, when `head` is none of
    them (the first few); () when it shows `head`, or shows none (a page not made by `show`, or by a version
    that did not show it). A page made before a run or a seal was appended shows the head before it: it is
    no view of the ledger as it is now."""
    found: dict[str, None] = {}
    carry = b""
    while chunk := view.read(_VIEW_CHUNK):
        data = carry + chunk
        for match in _VIEW_LEDGER_HEAD.finditer(data):
            shown = match.group(1).decode("ascii")
            if shown == head:
                return ()
            if len(found) < _VIEW_HEADS_KEPT:
                found[shown] = None
        carry = data[-_VIEW_HEAD_OVERLAP:]
    return tuple(found)
