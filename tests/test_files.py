"""Opening files named by users and ledgers: special files refused, reads bounded by what `fstat` said."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from provenance.errors import InputError
from provenance.files import FileTooLarge, open_regular_file, read_input


def _open_in_a_thread(path: Path) -> BaseException | None:
    """open_regular_file, given up on after a minute, so that an open that blocks fails rather than hangs."""
    raised: list[BaseException | None] = []

    def attempt() -> None:
        try:
            open_regular_file(path).close()
            raised.append(None)
        except OSError as error:
            raised.append(error)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(60)
    assert raised, "the open blocked"
    return raised[0]


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")

    error = _open_in_a_thread(tmp_path / "pipe")

    assert isinstance(error, OSError) and "FIFO" in str(error)


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("/dev/zero", "character device"),
        ("/dev/urandom", "character device"),
        ("/proc/self/pagemap", "under /proc"),
        ("/proc/self/status", "under /proc"),
        ("/sys/kernel/mm/transparent_hugepage/enabled", "under /sys"),
    ],
)
def test_devices_and_kernel_files_are_refused_unread(path: str, says: str) -> None:
    if not Path(path).exists():
        pytest.skip(f"{path} does not exist on this system")
    with pytest.raises(OSError, match=says):
        open_regular_file(Path(path))


@pytest.mark.tampers_with_evidence  # the suite's own WARC check must not read it either
def test_a_symlink_into_proc_is_refused_by_where_it_leads(tmp_path: Path) -> None:
    (tmp_path / "innocent.warc").symlink_to("/proc/self/pagemap")

    with pytest.raises(OSError, match="under /proc"):
        open_regular_file(tmp_path / "innocent.warc")


def test_a_nul_in_a_path_is_an_os_error_not_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="NUL"):
        open_regular_file(tmp_path / "a\x00b")


def test_a_file_over_the_limit_is_refused_before_a_byte_is_read(tmp_path: Path) -> None:
    big = tmp_path / "sparse"
    with big.open("wb") as stream:
        stream.truncate(10 * 1000**3)

    with pytest.raises(FileTooLarge) as refused:
        open_regular_file(big, max_bytes=1000)

    assert (refused.value.size, refused.value.limit) == (10 * 1000**3, 1000)


def test_a_file_that_grows_while_read_is_read_as_it_was_when_opened(tmp_path: Path) -> None:
    growing = tmp_path / "ledger.jsonl"
    growing.write_bytes(b"first\n")

    with open_regular_file(growing) as stream:
        with growing.open("ab") as writer:
            writer.write(b"appended while reading\n")
        assert stream.read() == b"first\n"


def test_seeks_stay_inside_the_size_at_open(tmp_path: Path) -> None:
    path = tmp_path / "data"
    path.write_bytes(b"0123456789")

    with open_regular_file(path) as stream:
        path.write_bytes(b"0123456789" * 3)  # same inode, now longer
        assert stream.seek(-3, os.SEEK_END) == 7
        assert stream.read() == b"789"
        stream.seek(2)
        assert stream.read(3) == b"234"


def test_read_input_names_the_limit_option_when_a_report_is_too_large(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    report.write_bytes(b"x" * 100)

    with pytest.raises(
        InputError, match=r"report\.md: the report is 100 bytes, over the limit of 10 \(raise it with --max"
    ):
        read_input(report, "report", max_bytes=10, limit_option="--max-report-bytes")
