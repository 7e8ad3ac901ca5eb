"""Opening files named by users and ledgers: special files refused, reads bounded by what `fstat` said; output
paths refused where writing would replace what must be kept."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from provenance.errors import InputError
from provenance.files import (
    FileTooLarge,
    KeptFiles,
    check_output_path,
    check_output_paths,
    create_new_file,
    directory_given_for,
    ensure_folder,
    is_a_written_view,
    open_regular_file,
    read_input,
    same_file,
)


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


@pytest.mark.parametrize(
    ("what", "said"), [("report", "not a report"), ("accounts registry", "not an accounts registry")]
)
def test_a_directory_given_for_a_file_is_named_in_plain_words(tmp_path: Path, what: str, said: str) -> None:
    with pytest.raises(InputError, match=f"is a directory, {said}(;|$)"):
        read_input(tmp_path, what)


@pytest.mark.parametrize("what", ["report", "citations file", "accounts registry", "CA bundle"])
def test_a_link_to_nothing_is_named_as_one_not_as_no_such_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    # "report.md: no such file", of a name `ls` lists, sent the user looking for a typo.
    monkeypatch.chdir(tmp_path)
    Path("report.md").symlink_to("drafts/report.md")
    with pytest.raises(InputError) as raised:
        read_input(Path("report.md"), what)
    assert str(raised.value) == "report.md: a symbolic link to drafts/report.md, which does not exist"
    with pytest.raises(InputError, match=r"^missing\.md: no such file$"):
        read_input(Path("missing.md"), what)


def test_read_input_names_the_limit_option_when_a_report_is_too_large(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    report.write_bytes(b"x" * 100)

    with pytest.raises(
        InputError, match=r"report\.md: the report is 100 bytes, over the limit of 10 \(raise it with --max"
    ):
        read_input(report, "report", max_bytes=10, limit_option="--max-report-bytes")


def _another_name(ledger: Path, naming: str) -> Path:
    """`ledger` named `naming`: as given, through a symlink or a hard link, or through a folder and `..`."""
    other = ledger.with_name("view.html")
    if naming == "symlink":
        other.symlink_to(ledger)
    elif naming == "hard link":
        other.hardlink_to(ledger)
    else:
        (ledger.parent / "archives").mkdir()
        return ledger if naming == "as given" else ledger.parent / "archives" / ".." / ledger.name
    return other


@pytest.mark.parametrize("naming", ["as given", "symlink", "hard link", ".."])
def test_an_output_never_replaces_a_kept_file_under_any_name(tmp_path: Path, naming: str) -> None:
    ledger = tmp_path / "r.md.ledger.jsonl"
    ledger.write_text('{"seq":0}\n', encoding="utf-8")

    with pytest.raises(InputError, match="is a ledger; the HTML view would replace it"):
        check_output_path(_another_name(ledger, naming), "HTML view", KeptFiles(((ledger, "a ledger"),)))


def test_an_output_never_lands_on_a_kept_file_not_written_yet(tmp_path: Path) -> None:
    # A first run's ledger is made by the run, then the view would be written over it.
    ledger = tmp_path / "r.md.ledger.jsonl"

    with pytest.raises(InputError, match="is a ledger"):
        check_output_path(ledger, "HTML view", KeptFiles(((ledger, "a ledger"),)))


def test_an_output_never_replaces_a_file_inside_a_kept_folder(tmp_path: Path) -> None:
    (tmp_path / "archives").mkdir()
    (tmp_path / "archives" / "old.sarif").write_text("kept")
    kept = KeptFiles(folders=((tmp_path / "archives", "the archive folder"),))

    with pytest.raises(
        InputError, match=r"is in the archive folder .*archives; the SARIF file must be written"
    ):
        check_output_path(tmp_path / "archives" / "old.sarif", "SARIF file", kept)


def test_a_new_output_may_be_written_inside_a_kept_folder(tmp_path: Path) -> None:
    # `--archive-dir .` keeps the WARCs beside the report: a new view there replaces nothing.
    (tmp_path / "archives").mkdir()
    kept = KeptFiles(folders=((tmp_path / "archives", "the archive folder"),))

    check_output_path(tmp_path / "archives" / "view.html", "HTML view", kept)


@pytest.mark.tampers_with_evidence  # its "WARC" files are a few bytes, not WARC
@pytest.mark.parametrize("name", ["old.warc", "old.warc.gz", "bundle.WACZ"])
def test_an_existing_warc_or_wacz_file_is_never_an_output_wherever_it_lies(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"evidence")

    with pytest.raises(InputError, match="is evidence"):
        check_output_path(tmp_path / name, "JUnit file")
    check_output_path(tmp_path / f"new-{name}", "JUnit file")  # a new name destroys nothing


def test_a_read_only_file_is_never_replaced_even_by_root(tmp_path: Path) -> None:
    # The rename that writes an output gets past a read-only mode, and root's `access` says yes to anything.
    closed = tmp_path / "closed.html"
    closed.write_text("kept", encoding="utf-8")
    closed.chmod(0o444)

    with pytest.raises(InputError, match=r"closed\.html: is read-only"):
        check_output_path(closed, "HTML view")


def test_two_outputs_in_one_file_are_refused_however_they_are_spelt(tmp_path: Path) -> None:
    outputs = [(tmp_path / "out.xml", "SARIF file"), (tmp_path / "." / "out.xml", "JUnit file")]

    with pytest.raises(InputError, match="named for both the SARIF file and the JUnit file"):
        check_output_paths(outputs)


def test_a_path_with_a_nul_is_no_file_s_even_where_the_other_is_missing(tmp_path: Path) -> None:
    # A ledger may record a report path holding a NUL: `show` crashed (ValueError) when the other path was
    # not there, since the paths were then compared resolved.
    missing, there = tmp_path / "missing.md", tmp_path / "there.md"
    there.write_text("x", encoding="utf-8")
    assert not same_file(missing, Path("report\0.md"))
    assert not same_file(Path("report\0.md"), there)
    assert same_file(there, tmp_path / "." / "there.md")


def test_a_new_evidence_or_key_file_s_name_is_synced_to_disk_before_it_is_reported_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("names descriptors through /proc")
    made = tmp_path / "brief.wacz"
    synced: list[tuple[str, bool]] = []  # (what was synced, whether the new name was there by then)
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        synced.append((os.readlink(f"/proc/self/fd/{descriptor}"), made.exists()))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    with create_new_file(made, "bundle") as out:
        out.write(b"evidence")

    assert made.read_bytes() == b"evidence"
    assert (str(tmp_path), True) in synced, synced  # the folder, once it holds the name


def test_a_new_file_whose_folder_cannot_be_synced_is_not_left_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = tmp_path / "brief.wacz"
    real_fsync = os.fsync

    def folder_sync_fails(descriptor: int) -> None:
        if os.path.isdir(f"/proc/self/fd/{descriptor}"):
            raise OSError(5, "Input/output error")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", folder_sync_fails)
    with pytest.raises(InputError, match="cannot write the bundle"), create_new_file(made, "bundle") as out:
        out.write(b"evidence")

    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("/dev/full", "is a character device, but the archive folder"),
        ("file", "is a file, but the archive folder"),
    ],
)
def test_an_archive_folder_that_is_a_device_or_a_file_is_named_for_what_it_is(
    tmp_path: Path, given: str, said: str
) -> None:
    path = Path(given) if given.startswith("/") else tmp_path / given
    if given == "file":
        path.write_bytes(b"")
    with pytest.raises(InputError, match=said):
        ensure_folder(path, "archive folder")


def test_the_default_archive_folder_refused_says_which_option_names_another(tmp_path: Path) -> None:
    # `archives`, a file in the folder a check ran in: the user never named it, and was not told how to.
    (tmp_path / "archives").write_bytes(b"notes")
    with pytest.raises(InputError) as refused:
        ensure_folder(tmp_path / "archives", "archive folder")
    assert str(refused.value).endswith(
        "is a file, but the archive folder must be a folder; name another with --archive-dir DIR"
    )
    with pytest.raises(InputError, match=r"schema folder must be a folder; name another with --out DIR$"):
        ensure_folder(tmp_path / "archives", "schema folder")
    with pytest.raises(InputError, match=r"the ledger folder must be a folder$"):  # no option names it
        ensure_folder(tmp_path / "archives", "ledger folder")


def test_a_folder_given_as_the_report_says_how_to_check_the_reports_in_it() -> None:
    # `provenance check docs` said only "docs: is a directory, not a report"; check takes glob patterns.
    assert directory_given_for(Path("docs/"), "report") == (
        "docs: is a directory, not a report; to check the reports in it: provenance check 'docs/**/*.md'"
    )


def test_a_folder_given_for_another_file_says_only_what_it_is() -> None:
    assert directory_given_for(Path("keys"), "ledger") == "keys: is a directory, not a ledger"
    assert directory_given_for(Path("cit"), "citations file") == "cit: is a directory, not a citations file"


def test_an_html_view_never_replaces_a_file_no_view_was_written_to(tmp_path: Path) -> None:
    # `check --html note.html` wrote over note.html, an HTML report, without a word.
    report = tmp_path / "note.html"
    report.write_text("<!DOCTYPE html><html><head><title>Brief</title></head><body>…</body></html>", "utf-8")
    with pytest.raises(InputError, match=r"note\.html: is a file no `provenance` view was written to"):
        check_output_path(report, "HTML view")
    check_output_path(report, "SARIF file")  # only a view is held to what it replaces


def test_an_html_view_replaces_an_earlier_view_and_an_empty_file() -> None:
    earlier = (
        b'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Provenance ledger: r.md</title>'
    )
    assert is_a_written_view(earlier)
    assert is_a_written_view(b"") and is_a_written_view(b"\n")
    assert not is_a_written_view(b"<!DOCTYPE html><html><head><title>Brief</title>")
