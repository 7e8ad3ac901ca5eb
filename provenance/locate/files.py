"""The files `locate` reads and writes beside the report: the accounts registry, and the citations file its
candidates go into (read first, so a person's confirmed items are known; read again and written whole, only
when a search found a candidate, so what a person wrote in it during the search is kept)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from provenance.citations.cite import MAX_CITATIONS_BYTES
from provenance.citations.csl import CitationOverrides, load_citations_file
from provenance.files import NOTHING_KEPT, KeptFiles, check_output_path, read_input, write_atomically
from provenance.hashing import sha256_hex
from provenance.ledger.paths import ledger_files
from provenance.locate.citations_file import search_hints, update_citations_file
from provenance.locate.locate import FootnoteSearch
from provenance.locate.registry import MAX_REGISTRY_BYTES, Account, load_registry


@dataclass(frozen=True)
class Registry:
    accounts: tuple[Account, ...] = ()
    sha256: str | None = None  # of the file, for the run's record; None when no registry was given


def read_registry(path: Path | None) -> Registry:
    """The accounts registry at `path` (CSV or YAML), or an empty one; InputError names what is wrong."""
    if path is None:
        return Registry()
    # Refused by its size before it is read: a 100 MB file was read whole into memory, then refused.
    data = read_input(path, "accounts registry", max_bytes=MAX_REGISTRY_BYTES)
    return Registry(load_registry(data, str(path)), sha256_hex(data))


def default_citations_path(report: Path) -> Path:
    return Path(f"{report}.citations.json")


def kept_by_locate(report: Path, ledger: Path, registry: Path | None, archive_dir: Path) -> KeptFiles:
    """What `locate` reads or appends to, and where its WARCs go: the citations file, written last, must
    replace none of them."""
    files = [(report, "the report being searched"), *ledger_files(ledger)]
    if registry is not None:
        files.append((registry, "the accounts registry"))
    return KeptFiles(tuple(files), ((archive_dir, "the archive folder"),))


def _read_citations(path: Path) -> bytes:
    """The citations file's bytes, within the size `check --citations` reads."""
    return read_input(path, "citations file", max_bytes=MAX_CITATIONS_BYTES)


@dataclass(frozen=True)
class CitationsTarget:
    """The citations file `locate` updates, as it was before the run."""

    path: Path
    existing: bytes | None = None
    overrides: Mapping[str, CitationOverrides] = field(default_factory=dict)  # what it says, by label
    # What a person wrote, by label: an earlier candidate's own fields left out (they are no hint).
    hints: Mapping[str, CitationOverrides] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path, kept: KeptFiles = NOTHING_KEPT) -> CitationsTarget:
        """The file at `path` (none yet is fine); one that cannot be written, that is a file of `kept` or
        evidence, or that is not CSL-JSON is refused."""
        check_output_path(path, "citations file", kept)
        existing = _read_citations(path) if path.exists() else None
        overrides = load_citations_file(existing, str(path)) if existing else {}
        return cls(path, existing, overrides, search_hints(existing, str(path), overrides))

    def update(self, searches: Sequence[FootnoteSearch]) -> Path | None:
        """Write the searches' best candidates into the file as it is now; its path, or None when none was
        found (then the file is left as it was)."""
        if not any(search.candidates for search in searches):
            return None
        # The file as it is now, not as it was when the run began: a search takes minutes over the network,
        # and what a person confirmed or wrote in it meanwhile is kept, never written over.
        current = _read_citations(self.path) if self.path.exists() else None
        data = update_citations_file(current, str(self.path), searches)
        write_atomically(self.path, data, "citations file")
        return self.path
