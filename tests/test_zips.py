"""A ZIP's entries counted from its end records and directory headers, before `zipfile` reads them all."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from provenance.zips import entries_over


def _zip(entries: int) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        for number in range(entries):
            archive.writestr(f"e{number}", b"")
    return data.getvalue()


def _end(data: bytes) -> int:
    return data.rindex(b"PK\x05\x06")


def _stated(data: bytes, count: int) -> bytes:
    """`data` with its end record stating `count` entries."""
    at = _end(data)
    return data[: at + 8] + struct.pack("<2H", count, count) + data[at + 12 :]


def _as_zip64(data: bytes, count: int) -> bytes:
    """`data` with a ZIP64 end record and locator before its end record, stating `count` entries, the end
    record's own fields saying to look there."""
    at = _end(data)
    _, _, _, _, _, size, offset, comment = struct.unpack_from("<4s4H2LH", data, at)
    record = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, size, offset)
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, at, 1)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, comment)
    return data[:at] + record + locator + end + data[at + 22 :]


@pytest.mark.parametrize("entries", [0, 1, 10])
def test_a_zip_within_the_limit_is_not_over_it(entries: int) -> None:
    assert entries_over(io.BytesIO(_zip(entries)), 10) is None
    assert entries_over(io.BytesIO(_as_zip64(_zip(entries), entries)), 10) is None


def test_the_count_the_end_record_states_is_over_the_limit() -> None:
    assert entries_over(io.BytesIO(_stated(_zip(1), 1_000)), 10) == 1_000


def test_the_count_a_zip64_end_record_states_is_over_the_limit() -> None:
    data = _as_zip64(_zip(1), 10**6)
    assert zipfile.ZipFile(io.BytesIO(_as_zip64(_zip(3), 3))).namelist() == ["e0", "e1", "e2"]
    assert entries_over(io.BytesIO(data), 10) == 10**6


def test_a_directory_holding_more_entries_than_its_end_record_states_is_counted_as_far_as_the_limit() -> None:
    # zipfile reads headers until the directory's stated size is used up, whatever count the end states.
    data = _stated(_zip(50), 1)
    assert len(zipfile.ZipFile(io.BytesIO(data)).infolist()) == 50
    assert entries_over(io.BytesIO(data), 10) == 11
    assert entries_over(io.BytesIO(_as_zip64(_zip(50), 1)), 10) == 11


@pytest.mark.parametrize("data", [b"", b"just text", b"PK\x05\x06", b"x" * 100 + b"PK\x05\x06" + bytes(18)])
def test_what_is_not_a_zip_is_left_to_zipfile_to_name(data: bytes) -> None:
    assert entries_over(io.BytesIO(data), 10) is None
