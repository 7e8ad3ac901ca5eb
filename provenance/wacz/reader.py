"""Reading a bundle where it lies, never extracted: each entry checked before it is read, each read bounded.

A ZIP is untrusted input. Its central directory can name one entry twice (so two tools see two different
files), point two entries at the same bytes (the overlapping-entry zip bomb), claim sizes the data does not
have, or hold a kilobyte that inflates to gigabytes. So before anything is read: entry count and names are
checked, each entry's extent is checked to end before the next begins, and an entry that inflates more than
`zips.MAX_INFLATION` times is not read at all. Reads stop at the size the central directory declares; a
lying size then fails the CRC and is reported as damage. An entry whose Unix mode makes it a symbolic link
when unzipped is not read either, nor one whose local header states another method, CRC or size than the
directory (a reader going from the front would read other bytes as it). And the bytes no entry holds are named
(`BundleReader._bytes_outside_entries`): `zipfile` reads past a prefix, trailing bytes and a comment, none of
which any hash covers.
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from provenance.errors import InputError
from provenance.files import open_regular_file
from provenance.hashing import CHUNK_SIZE
from provenance.zips import (
    ZIP_MEMBER_ERRORS,
    ZIP_OPEN_ERRORS,
    end_of_zip,
    entries_over,
    inflation_over,
    is_encrypted,
)

MAX_ENTRIES = 100_000
BYTES_OUTSIDE_ENTRIES = "bytes-outside-entries"
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_HAS_DESCRIPTOR = 0x8  # bit 3 of the general purpose flags: sizes and CRC follow the data (APPNOTE 4.4.4)
_DESCRIPTOR_SIGNATURE = b"PK\x07\x08"
_ZIP64_SIZE = 0xFFFFFFFF  # a local header's size that the ZIP64 extra field gives instead
_DESCRIPTOR_SIZES = (
    12,
    16,
    20,
    24,
)  # CRC and 4-byte sizes, or 8-byte sizes, each with or without the signature
_UNIX = 3  # "version made by" upper byte: the external attributes hold a Unix mode


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
        self._local_headers: dict[int, tuple[Any, ...] | None] = {}  # by offset: `_local_header`
        for info in infos:
            why = (
                _unsafe_name(info.filename)
                or inflation_over(info)
                or _encrypted(info)
                or _not_a_regular_file(info)
                or self._local_header_disagrees(info)
            )
            if why is not None:
                self._unreadable[info.filename] = why
        for name, why in self._overlaps(infos):
            self._unreadable[name] = why
        self.problems += [(name, "entry-refused", why) for name, why in self._unreadable.items()]
        self.problems += [("", BYTES_OUTSIDE_ENTRIES, why) for why in self._bytes_outside_entries(infos)]
        # An empty folder entry (`archive/`) is no file: `zip -r`, Finder and 7-Zip add one for each folder
        # when a bundle is unzipped and zipped again, and each was a problem ("a file datapackage.json does
        # not list", "an index a replay tool would read") of a bundle whose every file was as packed. A
        # folder entry that holds bytes, or whose name or attributes are refused above, is still an entry.
        files = [info for info in infos if not _empty_folder(info) or info.filename in self._unreadable]
        self._infos = {info.filename: info for info in files if counts[info.filename] == 1}
        self.names = [info.filename for info in files]
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

    def _bytes_outside_entries(self, infos: list[zipfile.ZipInfo]) -> Iterator[str]:
        """Bytes of the file that no entry, directory or end record holds, and comments: no hash covers them.

        `pack` writes its entries one after the other from the file's first byte, then the directory and the
        end record, with no comment. A stub before the first entry (a self-extracting ZIP, or a whole other
        ZIP that a reader going from the front would open), bytes between entries (a local entry the
        directory does not name), bytes past the end record, or a comment (`unzip -l` prints it) are
        evidence of nothing, and a bundle holding them verified intact.
        """
        expected, previous = 0, None
        for info in sorted(infos, key=lambda info: info.header_offset):
            where = "before the first entry" if previous is None else "between entries"
            gap = self._gap(previous, expected, info.header_offset, f"{where} (before {info.filename})")
            if gap is not None:
                yield gap
            end = self._data_end(info)
            if end is None:
                return  # its own damage, named as such; where the next entry should begin is unknown
            expected, previous = end, info
            if info.comment:
                yield f"{info.filename} has a comment of {len(info.comment)} bytes: no hash covers it"
        gap = self._gap(
            previous, expected, self._zip.start_dir, "between the last entry and the ZIP's directory"
        )
        if gap is not None:
            yield gap
        file_end = self._stream.seek(0, 2)
        zip_end = end_of_zip(self._stream)
        if zip_end is not None and zip_end < file_end:
            outside = file_end - zip_end
            yield f"{outside} bytes after the ZIP's end record belong to no entry: no hash covers them"
        if self._zip.comment:
            yield f"the ZIP has a comment of {len(self._zip.comment)} bytes: no hash covers it"

    def _gap(self, previous: zipfile.ZipInfo | None, data_end: int, start: int, where: str) -> str | None:
        """What is wrong between the data of `previous` (ending at `data_end`) and what starts at `start`:
        None when nothing lies between but the data descriptor its flags say it has (APPNOTE 4.3.9: its CRC
        and sizes, with or without a signature, the sizes in 4 or 8 bytes), stating what the directory does.
        """
        gap = start - data_end
        if gap <= 0:
            return None  # none, or entries that overlap: refused as such (`_overlaps`)
        unaccounted = f"{gap} bytes {where} belong to no entry: no hash covers them"
        if previous is None or not previous.flag_bits & _HAS_DESCRIPTOR or gap not in _DESCRIPTOR_SIZES:
            return unaccounted
        self._stream.seek(data_end)
        descriptor = self._stream.read(gap)
        signed = gap in (16, 24)
        if len(descriptor) != gap or (signed and descriptor[:4] != _DESCRIPTOR_SIGNATURE):
            return unaccounted
        fields = descriptor[4:] if signed else descriptor
        stated = struct.unpack("<IQQ" if len(fields) == 20 else "<III", fields)
        if stated != (previous.CRC, previous.compress_size, previous.file_size):
            # A reader going from the front takes an entry's end and CRC from its descriptor.
            return (
                f"the data descriptor after {previous.filename} states CRC {stated[0]:08x} and sizes "
                f"{stated[1]}, {stated[2]}; the ZIP's directory {previous.CRC:08x} and "
                f"{previous.compress_size}, {previous.file_size}"
            )
        return None

    def _local_header_disagrees(self, info: zipfile.ZipInfo) -> str | None:
        """What the entry's local header states otherwise than the directory: its method, CRC or sizes.

        `zipfile` reads an entry by the directory's; a reader going from the front (a streaming unzip) by
        its local header's: a local header stating fewer bytes, say, has it read another file out of the same
        bytes. The CRC and sizes are left to a data descriptor when bit 3 is set (zero here), and to the ZIP64
        extra field when they read 0xFFFFFFFF (`pack` writes a large WARC so).
        """
        fields = self._local_header(info)
        if fields is None:
            return None  # named by the overlap check, and by zipfile when read
        _, _, _, method, _, _, crc, compressed, size, _, _ = fields
        stated = [("method", method, info.compress_type)]
        if not info.flag_bits & _HAS_DESCRIPTOR:
            stated.append(("CRC", crc, info.CRC))
            if _ZIP64_SIZE not in (compressed, size):
                stated += [
                    ("compressed size", compressed, info.compress_size),
                    ("size", size, info.file_size),
                ]
        differ = [
            f"{what} {local} (the directory: {central})"
            for what, local, central in stated
            if local != central
        ]
        if not differ:
            return None
        return f"its local header states {', '.join(differ)}: a reader going from the front reads other bytes"

    def _local_header(self, info: zipfile.ZipInfo) -> tuple[Any, ...] | None:
        """The fields of the entry's local header, read once (three checks ask for them); None when the
        directory points before the file or at no local header."""
        if info.header_offset < 0:
            return None  # an offset before the start: the directory says the zip begins earlier than it does
        if info.header_offset not in self._local_headers:
            self._stream.seek(info.header_offset)
            header = self._stream.read(_LOCAL_HEADER.size)
            valid = len(header) == _LOCAL_HEADER.size and header[:4] == _LOCAL_SIGNATURE
            self._local_headers[info.header_offset] = _LOCAL_HEADER.unpack(header) if valid else None
        return self._local_headers[info.header_offset]

    def _data_end(self, info: zipfile.ZipInfo) -> int | None:
        fields = self._local_header(info)
        if fields is None:
            return None
        name_length: int = fields[9]
        extra_length: int = fields[10]
        return info.header_offset + _LOCAL_HEADER.size + name_length + extra_length + info.compress_size


def _unsafe_name(name: str) -> str | None:
    path = PurePosixPath(name)
    if name.startswith("/") or "\\" in name or "\x00" in name or ".." in path.parts:
        return "its name points outside the bundle"
    return None


def _empty_folder(info: zipfile.ZipInfo) -> bool:
    """A folder entry (its name ends with `/`) of no bytes, stored or deflated to nothing."""
    return info.is_dir() and info.file_size == 0 and info.compress_size <= 2  # an empty deflate stream: 2


def _not_a_regular_file(info: zipfile.ZipInfo) -> str | None:
    """A Unix entry whose mode is not a regular file's: unzipped, a symbolic link points wherever its bytes
    say (`pack` writes only regular files)."""
    mode = info.external_attr >> 16
    # Permission bits alone (no file type) are a file's: `zipfile` writes a `writestr` entry so.
    if info.create_system != _UNIX or stat.S_IFMT(mode) == 0 or stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "its attributes make it a symbolic link when unzipped, not a file"
    if stat.S_ISDIR(mode):
        return None  # a folder holds no bytes: an empty one is no entry (`_empty_folder`), others unlisted
    return "its attributes make it a special file when unzipped, not a regular file"


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
