"""Reading a bundle where it lies, never extracted: each entry checked before it is read, each read bounded.

A ZIP is untrusted input. Its central directory can name one entry twice (so two tools see two different
files), point two entries at the same bytes (the overlapping-entry zip bomb), claim sizes the data does not
have, or hold a kilobyte that inflates to gigabytes. So before anything is read: entry count and names are
checked, each entry's extent is checked to end before the next begins, and an entry that inflates more than
`zips.MAX_INFLATION` times is not read at all. Reads stop at the size the central directory declares; a
lying size then fails the CRC and is reported as damage.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from provenance.errors import InputError
from provenance.files import open_regular_file
from provenance.hashing import CHUNK_SIZE
from provenance.zips import ZIP_MEMBER_ERRORS, ZIP_OPEN_ERRORS, entries_over, inflation_over, is_encrypted

MAX_ENTRIES = 100_000
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"


def looks_like_bundle(path: Path) -> bool:
    """A `.wacz` name, or a ZIP's first bytes: `verify` then reads it as a bundle, not as a ledger."""
    if path.suffix.lower() == ".wacz":
        return True
    try:
        with open_regular_file(path) as stream:
            return stream.read(len(_LOCAL_SIGNATURE)) == _LOCAL_SIGNATURE
    except OSError:
        return False  # verify names what is wrong with it as a ledger


class BundleEntryError(Exception):
    """An entry that must not be read, or whose reading failed; `str()` says why, for a Problem."""


class BundleReader:
    """An open bundle: `names` are its entries, `problems` what is wrong with the ZIP structure itself."""

    def __init__(self, path: Path) -> None:
        try:
            self._stream = open_regular_file(path)
        except OSError as error:
            raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
        try:
            # Counted before `zipfile` reads the whole central directory into memory (`zips.entries_over`).
            over = entries_over(self._stream, MAX_ENTRIES)
            if over is None:
                self._zip = zipfile.ZipFile(self._stream)
        except ZIP_OPEN_ERRORS:
            self._stream.close()
            raise InputError(f"{path}: not a WACZ bundle (not a ZIP file)") from None
        if over is not None:
            self._stream.close()
            raise InputError(f"{path}: {over} entries, over {MAX_ENTRIES}: not a bundle we made")
        infos = self._zip.infolist()
        if len(infos) > MAX_ENTRIES:
            self.close()
            raise InputError(f"{path}: {len(infos)} entries, over {MAX_ENTRIES}: not a bundle we made")
        counts = Counter(info.filename for info in infos)
        self.problems: list[tuple[str, str, str]] = []  # (entry, code, message)
        self.problems += [
            (name, "entry-duplicated", f"the ZIP names this entry {count} times: which is meant is unclear")
            for name, count in counts.items()
            if count > 1
        ]
        self._unreadable: dict[str, str] = {}
        for info in infos:
            why = _unsafe_name(info.filename) or inflation_over(info) or _encrypted(info)
            if why is not None:
                self._unreadable[info.filename] = why
        for name, why in self._overlaps(infos):
            self._unreadable[name] = why
        self.problems += [(name, "entry-refused", why) for name, why in self._unreadable.items()]
        self._infos = {info.filename: info for info in infos if counts[info.filename] == 1}
        self.names = [info.filename for info in infos]
        self._named = frozenset(self.names)

    def names_entry(self, name: str) -> bool:
        """The ZIP names an entry `name`, once or more (a set: `names` is a list, and looking each of a
        datapackage's resources up in it was quadratic)."""
        return name in self._named

    def has(self, name: str) -> bool:
        """The bundle holds exactly one entry of this name (a name used twice is no entry to read)."""
        return name in self._infos

    def size(self, name: str) -> int:
        return self._infos[name].file_size

    def chunks(self, name: str, limit: int) -> Iterator[bytes]:
        """The entry's bytes in chunks, at most `limit`; BundleEntryError if it must not or cannot be read."""
        info = self._infos.get(name)
        if info is None:
            raise BundleEntryError("not in the bundle, or named more than once")
        if name in self._unreadable:
            raise BundleEntryError(self._unreadable[name])
        if info.file_size > limit:
            raise BundleEntryError(f"the ZIP says {info.file_size} bytes, over the {limit} expected")
        try:
            with self._zip.open(info) as entry:
                read = 0
                while chunk := entry.read(min(CHUNK_SIZE, limit + 1 - read)):
                    read += len(chunk)
                    if read > limit:
                        raise BundleEntryError(f"holds more than the {limit} bytes expected")
                    yield chunk
        except ZIP_MEMBER_ERRORS as error:
            raise BundleEntryError(f"damaged: {error}") from None
        if read != info.file_size:
            raise BundleEntryError(f"holds {read} bytes, not the {info.file_size} the ZIP says")

    def read(self, name: str, limit: int) -> bytes:
        return b"".join(self.chunks(name, limit))

    def open(self, name: str, limit: int) -> BinaryIO:
        """The entry as a stream (for warcio), bounded as `chunks` is; its errors surface as OSError."""
        return io.BufferedReader(_ChunkStream(self.chunks(name, limit)))

    def close(self) -> None:
        self._zip.close()
        self._stream.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _overlaps(self, infos: list[zipfile.ZipInfo]) -> Iterator[tuple[str, str]]:
        """Entries whose bytes run into the next entry's, or past where the central directory starts."""
        ordered = sorted(infos, key=lambda info: info.header_offset)
        ends = [info.header_offset for info in ordered[1:]] + [self._zip.start_dir]
        for info, limit in zip(ordered, ends, strict=True):
            end = self._data_end(info)
            if end is None or end > limit:
                yield info.filename, "its data overlaps another entry's or the ZIP's directory (a zip bomb?)"

    def _data_end(self, info: zipfile.ZipInfo) -> int | None:
        if info.header_offset < 0:
            return None  # an offset before the start: the directory says the zip begins earlier than it does
        self._stream.seek(info.header_offset)
        header = self._stream.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size:
            return None
        fields = _LOCAL_HEADER.unpack(header)
        if fields[0] != _LOCAL_SIGNATURE:
            return None
        name_length: int = fields[9]
        extra_length: int = fields[10]
        return info.header_offset + _LOCAL_HEADER.size + name_length + extra_length + info.compress_size


def _unsafe_name(name: str) -> str | None:
    path = PurePosixPath(name)
    if name.startswith("/") or "\\" in name or "\x00" in name or ".." in path.parts:
        return "its name points outside the bundle"
    return None


def _encrypted(info: zipfile.ZipInfo) -> str | None:
    return "it is encrypted: a bundle holds its evidence in the clear" if is_encrypted(info) else None


class _ChunkStream(io.RawIOBase):
    """A raw, read-only stream over an iterator of chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._pending = b""
        self._position = 0  # bytes handed out

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        """Where reading is (the indexer of a bundle's WARCs asks; the stream cannot seek)."""
        return self._position

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            try:
                self._pending = next(self._chunks)
            except StopIteration:
                return 0
            except BundleEntryError as error:
                raise OSError(str(error)) from None
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        self._position += size
        return size
