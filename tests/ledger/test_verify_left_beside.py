"""`verify` names what lies beside a ledger unaccounted for: a run's journal left behind, and WARC files of
the ledger's report that no line names; as warnings (the ledger's evidence is as intact), never in silence."""

from __future__ import annotations

from provenance.ledger.paths import journal_path
from provenance.ledger.verify import verify_ledger
from tests.ledger.builders import LedgerFiles, make_capture, write_run, write_warc

_UNNAMED = "report.md-fn1-20261201T100000Z-0badf00d.warc.gz"


def test_an_untouched_ledger_and_its_archive_draw_no_warning(ledger_files: LedgerFiles) -> None:
    verification = verify_ledger(ledger_files.ledger)
    assert verification.intact and verification.warnings == ()


def test_a_journal_left_by_a_run_that_never_appended_is_a_warning_naming_it(
    ledger_files: LedgerFiles,
) -> None:
    """A killed run's journal says sources were captured that the ledger does not record: a court hears it."""
    journal = journal_path(ledger_files.ledger)
    journal.write_text('{"kind": "capture"}\n', encoding="utf-8")
    verification = verify_ledger(ledger_files.ledger)
    assert verification.intact  # the ledger's own evidence is whole: a warning, counted by --strict
    (warning,) = verification.warnings
    assert f"a run's journal {journal} lies beside the ledger" in warning
    assert "captured sources the ledger does not record" in warning


def test_a_warc_of_the_ledgers_report_that_no_line_names_is_a_warning_naming_it(
    ledger_files: LedgerFiles,
) -> None:
    write_warc(ledger_files.folder / "archives" / _UNNAMED, gzip=True)
    verification = verify_ledger(ledger_files.ledger)
    assert verification.intact
    (warning,) = verification.warnings
    assert warning.startswith("1 WARC file(s) of this ledger's report(s) that no line names: ")
    assert str(ledger_files.folder.resolve() / "archives" / _UNNAMED) in warning
    assert "nothing vouches for them" in warning


def test_two_ledgers_sharing_one_archive_folder_each_verify_without_a_warning(
    ledger_files: LedgerFiles,
) -> None:
    """The default archive folder is shared by every report checked from one place: another report's WARCs
    are its ledger's to account for."""
    other_report = ledger_files.folder / "other.md"
    other_report.write_text(ledger_files.report.read_text(encoding="utf-8"), encoding="utf-8")
    name = "archives/other.md-fn1-20261201T100000Z-12345678.warc"
    records = write_warc(ledger_files.folder / name)
    other_ledger = ledger_files.folder / "other.md.ledger.jsonl"
    other_capture = make_capture(ledger_files.folder, name, records)
    write_run(other_ledger, other_report, [("verified", other_capture), ("unlocatable", None)])
    for ledger in (ledger_files.ledger, other_ledger):
        verification = verify_ledger(ledger)
        assert verification.intact and verification.warnings == (), ledger


def test_a_warc_named_by_two_lines_and_two_runs_is_accounted_for(ledger_files: LedgerFiles) -> None:
    name = f"archives/{_UNNAMED}"
    records = write_warc(ledger_files.folder / name, gzip=True)
    capture = make_capture(ledger_files.folder, name, records)
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture), ("verified", capture)])
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture), ("unlocatable", None)])
    verification = verify_ledger(ledger_files.ledger)
    assert verification.intact and verification.warnings == ()
    assert verification.warc_files == 2


def test_a_moved_archive_folder_given_with_archive_dir_is_looked_in(ledger_files: LedgerFiles) -> None:
    moved = ledger_files.folder / "moved"
    (ledger_files.folder / "archives").rename(moved)
    write_warc(moved / _UNNAMED, gzip=True)
    verification = verify_ledger(ledger_files.ledger, archive_dir=moved)
    assert verification.intact
    (warning,) = verification.warnings
    assert str(moved.resolve() / _UNNAMED) in warning


def test_a_ledger_naming_no_warc_looks_in_no_folder(ledger_files: LedgerFiles) -> None:
    """A ledger naming no WARC (nothing captured) lists no folder, whatever files lie beside it."""
    write_warc(ledger_files.folder / _UNNAMED, gzip=True)
    ledger = ledger_files.folder / "bare.ledger.jsonl"
    write_run(ledger, ledger_files.report, [("unlocatable", None), ("unlocatable", None)])
    assert verify_ledger(ledger).warnings == ()
