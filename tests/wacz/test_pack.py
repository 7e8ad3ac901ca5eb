"""`provenance pack`: a WACZ 1.1.1 bundle that the reference validator accepts and a replay tool can index."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from provenance import cli
from provenance.hashing import sha256_hex
from provenance.ledger.canonical import canonical_json
from provenance.seal.signing import check_signature
from provenance.wacz.verify import verify_bundle
from tests.ledger.builders import make_capture, write_locate_run, write_run, write_warc
from tests.wacz.conftest import ARTICLE, CheckedReport, ledger_of_draft_then_brief


def _pack(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["pack", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_bundle_holds_the_ledger_the_report_and_every_warc_with_their_hashes(
    bundle: Path, checked_report: CheckedReport
) -> None:
    with zipfile.ZipFile(bundle) as archive:
        names = set(archive.namelist())
        package = json.loads(archive.read("datapackage.json"))
        digest = json.loads(archive.read("datapackage-digest.json"))
        contents = {name: archive.read(name) for name in names}
        stored = {info.filename: info.compress_type for info in archive.infolist()}
    assert package["wacz_version"] == "1.1.1" and package["profile"] == "data-package"
    warcs = sorted((checked_report.folder / "archives").iterdir())
    assert len(warcs) == 2
    expected = {f"archive/{w.name}" for w in warcs} | {
        "indexes/index.cdxj",
        "pages/pages.jsonl",
        "provenance/brief.md.ledger.jsonl",
        "provenance/brief.md",
    }
    assert {resource["path"] for resource in package["resources"]} == expected
    assert names == expected | {"datapackage.json", "datapackage-digest.json"}
    for resource in package["resources"]:
        data = contents[resource["path"]]
        assert resource["hash"] == f"sha256:{sha256_hex(data)}" and resource["bytes"] == len(data)
    for warc in warcs:
        assert contents[f"archive/{warc.name}"] == warc.read_bytes()
        assert stored[f"archive/{warc.name}"] == zipfile.ZIP_STORED  # WACZ: WARCs are not compressed again
    assert contents["provenance/brief.md.ledger.jsonl"] == checked_report.ledger.read_bytes()
    assert digest == {
        "path": "datapackage.json",
        "hash": f"sha256:{sha256_hex(contents['datapackage.json'])}",
    }


def test_the_bundle_passes_the_reference_wacz_validator(bundle: Path) -> None:
    validated = subprocess.run(
        [sys.executable, "-m", "wacz", "validate", "-f", str(bundle)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "Validation succeeded" in validated.stdout


def test_the_index_leads_a_replay_tool_to_each_captured_answer(bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as archive:
        index = archive.read("indexes/index.cdxj").decode().splitlines()
        entries = {}
        for line in index:
            key, timestamp, fields = line.split(" ", 2)
            entries[key] = (timestamp, json.loads(fields))
        assert index == sorted(index)
        assert set(entries) == {"example,news)/article", "example,news)/gone"}
        _, article = entries["example,news)/article"]
        assert article["status"] == "200" and article["mime"] == "text/html"
        # As a replay tool does: the bytes at offset/length in the named WARC are the whole answer record.
        warc = archive.read(f"archive/{article['filename']}")
    offset, length = int(article["offset"]), int(article["length"])
    record = next(iter(ArchiveIterator(_Bytes(warc[offset : offset + length]))))
    assert record.rec_type == "response"
    assert record.rec_headers.get_header("WARC-Target-URI") == "http://news.example/article"
    assert record.content_stream().read() == ARTICLE


def test_pages_list_each_captured_url_with_its_title_and_capture_time(
    bundle: Path, checked_report: CheckedReport
) -> None:
    with zipfile.ZipFile(bundle) as archive:
        header, *pages = [json.loads(line) for line in archive.read("pages/pages.jsonl").splitlines()]
    assert header["format"] == "json-pages-1.0"
    footnotes = [json.loads(line) for line in checked_report.ledger.read_bytes().splitlines()][1:3]
    answered = [next(r["uri"] for r in f["capture"]["records"] if r["type"] == "response") for f in footnotes]
    assert answered == ["http://news.example/article", "http://news.example/gone"]
    assert [(page["url"], page["ts"], page["footnote"]) for page in pages] == [
        (url, f["capture"]["started_at"], f["label"]) for url, f in zip(answered, footnotes, strict=True)
    ]
    assert pages[0]["title"] == "[1] Council vote"


def test_a_signed_bundle_carries_a_signature_over_its_datapackage_digest(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    key = str(checked_report.key.private)
    code, out, _ = _pack(capsys, "brief.md.ledger.jsonl", "-o", "signed.wacz", "--sign", key)
    assert code == 0 and checked_report.key.public_key in out
    with zipfile.ZipFile(checked_report.folder / "signed.wacz") as archive:
        digest = json.loads(archive.read("datapackage-digest.json"))
        package_sha256 = sha256_hex(archive.read("datapackage.json"))
    signed = digest["provenance_signature"]
    assert signed["public_key"] == checked_report.key.public_key
    assert check_signature(signed["public_key"], signed["signature"], package_sha256) == "valid"


def test_the_html_view_beside_the_ledger_goes_into_the_bundle(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    view = checked_report.folder / "brief.md.ledger.html"
    view.write_text("<!doctype html><title>view</title>", encoding="utf-8")
    assert _pack(capsys, "brief.md.ledger.jsonl", "-o", "with-view.wacz")[0] == 0
    with zipfile.ZipFile(checked_report.folder / "with-view.wacz") as archive:
        assert archive.read("provenance/brief.md.ledger.html") == view.read_bytes()
        assert json.loads(archive.read("datapackage.json"))["provenance"]["view"] == (
            "provenance/brief.md.ledger.html"
        )


def test_a_view_packed_unsigned_is_a_warning_that_nothing_vouches_for_it(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    # `verify --trust` fails a view no --trust key signed: said when packing, not first when verifying.
    (checked_report.folder / "brief.md.ledger.html").write_text("<title>view</title>", encoding="utf-8")
    code, _, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "unsigned.wacz")
    said = (
        "the HTML view provenance/brief.md.ledger.html is packed in a bundle no key signed: nothing "
        "vouches for what it shows, and `verify --trust` fails it (give --sign)"
    )
    assert code == 0 and said in err
    key = str(checked_report.key.private)
    code, _, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "signed.wacz", "--sign", key)
    assert code == 0 and "HTML view" not in err


def test_a_view_beside_the_ledger_made_before_a_later_run_is_left_out_and_said(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show` made the view of run 1; a later check appended run 2 (every footnote in error, offline): pack
    put the old page in the bundle as its view, showing run 1 of 1 and its statuses as the ledger's."""
    assert cli.main(["show", "brief.md.ledger.jsonl"]) == 0
    capsys.readouterr()
    old_head = sha256_hex(checked_report.ledger.read_bytes().splitlines()[-1])
    assert cli.main(["check", "brief.md", "--offline", "--quiet"]) == 1
    capsys.readouterr()

    code, _, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz")

    assert code == 0
    assert (
        "the HTML view brief.md.ledger.html beside the ledger was made from it as it was before "
        f"(head {old_head})" in err
    )
    with zipfile.ZipFile(checked_report.folder / "brief.wacz") as archive:
        assert "provenance/brief.md.ledger.html" not in archive.namelist()
    assert cli.main(["show", "brief.md.ledger.jsonl"]) == 0  # made again, it shows the ledger as it is
    capsys.readouterr()
    code, _, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "again.wacz")
    assert code == 0 and "made from it as it was before" not in err
    with zipfile.ZipFile(checked_report.folder / "again.wacz") as archive:
        assert "provenance/brief.md.ledger.html" in archive.namelist()


def test_a_view_given_to_pack_that_shows_the_ledger_as_it_was_packs_nothing(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["show", "brief.md.ledger.jsonl", "-o", "old.html"]) == 0
    assert cli.main(["check", "brief.md", "--offline", "--quiet"]) == 1
    capsys.readouterr()

    code, out, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz", "--html", "old.html")

    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert "--html old.html: shows the ledger at head " in err
    assert "`provenance show brief.md.ledger.jsonl -o old.html` makes it again" in err
    assert not (checked_report.folder / "brief.wacz").exists()


def test_a_missing_report_is_a_warning_and_the_bundle_says_it_holds_none(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bundle for a lawyer without the report it vouches for is never made quietly."""
    checked_report.report.unlink()
    code, out, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz")
    assert code == 0 and "NO REPORT" in out
    assert "warning: the report brief.md named by the ledger is missing: the bundle holds no report" in err
    assert "--report REPORT" in err
    with zipfile.ZipFile(checked_report.folder / "brief.wacz") as archive:
        package = json.loads(archive.read("datapackage.json"))
    assert "report" not in package["provenance"]
    assert "The report brief.md is NOT in this bundle" in package["description"]


def test_a_report_linked_out_of_the_ledgers_folder_is_said_to_be_outside_not_missing(
    checked_report: CheckedReport,
    capsys: pytest.CaptureFixture[str],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The report is there, refused for where it is (as verify refuses it): whoever receives the bundle must
    not go looking for a lost file."""
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "brief.md"
    elsewhere.write_bytes(checked_report.report.read_bytes())
    checked_report.report.unlink()
    checked_report.report.symlink_to(elsewhere)
    code, out, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz")
    assert code == 0 and "NO REPORT" in out
    assert "the report brief.md named by the ledger is outside the ledger's folder, so not read" in err
    assert "missing" not in err
    with zipfile.ZipFile(checked_report.folder / "brief.wacz") as archive:
        package = json.loads(archive.read("datapackage.json"))
    description = package["description"]
    assert "The report brief.md is NOT in this bundle: it was outside the ledger's folder" in description


def test_a_report_kept_elsewhere_is_packed_with_report_and_the_bundle_verifies_it(
    checked_report: CheckedReport,
    capsys: pytest.CaptureFixture[str],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A report kept apart from its ledger (the reports in one folder, the ledgers in another) could not be
    packed at all: the bundle held no report, and pack had no way to be given it."""
    elsewhere = tmp_path_factory.mktemp("reports") / "brief.md"
    checked_report.report.rename(elsewhere)
    code, _, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "without.wacz")
    assert code == 0 and "`pack --report REPORT` packs it from where it is" in err

    code, out, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz", "--report", str(elsewhere))

    assert code == 0 and "NO REPORT" not in out and "holds no report" not in err
    with zipfile.ZipFile(checked_report.folder / "brief.wacz") as archive:
        package = json.loads(archive.read("datapackage.json"))
        assert archive.read("provenance/brief.md") == elsewhere.read_bytes()
    assert package["provenance"]["report"] == "provenance/brief.md"
    assert cli.main(["verify", "brief.wacz"]) == 0
    assert "report compared" in capsys.readouterr().out


def test_a_report_given_to_pack_that_is_not_the_one_the_last_run_checked_packs_nothing(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "other.md"
    other.write_text(checked_report.report.read_text(encoding="utf-8") + "An added line.\n", encoding="utf-8")

    code, out, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz", "--report", str(other))

    assert code == 2 and out == "" and "not intact" in err and "nothing was packed" in err
    assert f"--report {other}" in err  # the verify command it names compares the same report
    assert not (checked_report.folder / "brief.wacz").exists()


@pytest.mark.tampers_with_evidence
def test_a_ledger_that_is_not_intact_is_not_packed(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = next((checked_report.folder / "archives").glob("brief.md-fn1-*"))
    data = bytearray(gzip.decompress(warc.read_bytes()))
    data[data.index(b"council")] ^= 0x20
    warc.write_bytes(gzip.compress(bytes(data)))
    code, out, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz")
    assert code == 2 and "not intact" in err and "nothing was packed" in err and out == ""
    assert not (checked_report.folder / "brief.wacz").exists()


def test_an_existing_bundle_is_never_replaced(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    (checked_report.folder / "brief.wacz").write_bytes(b"an earlier bundle")
    code, _, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz")
    assert code == 2 and "never overwritten" in err
    assert (checked_report.folder / "brief.wacz").read_bytes() == b"an earlier bundle"
    assert not [p for p in checked_report.folder.iterdir() if p.name.startswith(".brief.wacz")]


def test_a_bundle_name_must_end_in_wacz(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.zip")
    assert code == 2 and "must end in .wacz" in err
    assert not (checked_report.folder / "brief.zip").exists()


@pytest.mark.parametrize(
    ("given", "told"),
    [
        ("brief.wacz", "--html brief.wacz: is the bundle -o makes, not an HTML view of the ledger"),
        ("brief.md.ledger.jsonl", "--html brief.md.ledger.jsonl: is the ledger, which is packed anyway"),
        ("brief.md", "--html brief.md: not an HTML view (it does not begin with a tag)"),
        ("keys/signing.key", "--html keys/signing.key: a private key, which the bundle would publish"),
        ("empty.html", "--html empty.html: an empty file, not an HTML view"),
    ],
    ids=["the-bundle", "the-ledger", "the-report", "a-private-key", "empty"],
)
def test_an_html_option_naming_no_html_view_is_one_line_and_nothing_is_packed(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str], given: str, told: str
) -> None:
    """A signing key given as --html (meant for --sign) was packed as the bundle's view, to be published;
    the bundle's own name was "cannot be read (no such file)"."""
    (checked_report.folder / "empty.html").write_bytes(b"")
    code, out, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz", "--html", given)
    assert (code, out) == (2, "") and err.startswith(f"provenance: error: {told}") and err.count("\n") == 1
    assert not (checked_report.folder / "brief.wacz").exists()


def test_a_view_of_the_reports_file_name_is_told_to_take_another_name_and_an_html_view_packs(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    (checked_report.folder / "views").mkdir()
    (checked_report.folder / "views" / "brief.md").write_text("<!DOCTYPE html><title>v</title>")
    code, _, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "a.wacz", "--html", "views/brief.md")
    assert code == 2 and err == (
        "provenance: error: views/brief.md: the view would be packed as provenance/brief.md, as the report "
        "brief.md is; give the view another file name\n"
    )
    (checked_report.folder / "views" / "view.html").write_text("\ufeff\n<!DOCTYPE html><title>v</title>")
    assert _pack(capsys, "brief.md.ledger.jsonl", "-o", "a.wacz", "--html", "views/view.html")[0] == 0


def test_two_bundles_named_or_one_in_a_missing_folder_is_one_line_naming_it(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "a.wacz", "-o", "b.wacz")
    assert code == 2 and "-o given twice (a.wacz, then b.wacz)" in err and err.count("\n") == 1
    code, _, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "no/such/a.wacz")
    assert code == 2 and err == (
        "provenance: error: no/such: no such folder for the bundle; create it first or name another\n"
    )
    assert not list(checked_report.folder.glob("*.wacz"))


@pytest.mark.parametrize("name", ["brief\x1b[2J.ledger.jsonl", ".brief.ledger.jsonl"], ids=["escape", "dot"])
def test_a_ledger_whose_name_no_bundle_can_hold_is_refused_by_name_not_a_bug(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    checked_report.ledger.rename(checked_report.folder / name)
    code, out, err = _pack(capsys, name, "-o", "brief.wacz")
    assert (code, out) == (2, "") and err.count("\n") == 1, err
    assert "its file name cannot name a file in a WACZ bundle" in err and "rename it" in err
    assert not (checked_report.folder / "brief.wacz").exists()


class _Bytes:
    """Just enough of a stream for warcio."""

    def __init__(self, data: bytes) -> None:
        self._data, self._at = data, 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._data) if size < 0 else self._at + size
        chunk, self._at = self._data[self._at : end], min(end, len(self._data))
        return chunk


def test_the_search_pages_of_a_locate_run_go_into_the_bundle_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "sitrep.txt"
    report.write_text("[1] Telegram, January 21, 2022.\n", encoding="utf-8")
    (tmp_path / "archives").mkdir()
    records = write_warc(tmp_path / "archives" / "search.warc")
    ledger = tmp_path / "sitrep.txt.ledger.jsonl"
    write_locate_run(ledger, report, make_capture(tmp_path, "archives/search.warc", records))
    assert _pack(capsys, ledger.name, "-o", "sitrep.wacz")[0] == 0
    with zipfile.ZipFile(tmp_path / "sitrep.wacz") as archive:
        assert archive.read("archive/search.warc") == (tmp_path / "archives" / "search.warc").read_bytes()
    assert cli.main(["verify", "sitrep.wacz"]) == 0, capsys.readouterr().out


MOVED = "case/evidence"


def _move_evidence(checked_report: CheckedReport) -> Path:
    """The archive folder moved away from the ledger (handed over, restored elsewhere): `case/evidence`."""
    moved = checked_report.folder / "case" / "evidence"
    moved.parent.mkdir()
    (checked_report.folder / "archives").rename(moved)
    return moved


def test_moved_evidence_is_packed_from_archive_dir_and_the_bundle_verifies_intact(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = _move_evidence(checked_report)
    code, out, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz")
    assert (code, out) == (2, "") and err.count("\n") == 1, err
    assert "the WARC file is missing" in err and "brief.md-fn" in err, "the file missing is named"
    assert "--archive-dir DIR" in err and "nothing was packed" in err

    code, out, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz", "--archive-dir", MOVED)
    assert code == 0, err
    assert "2 WARC files" in out
    with zipfile.ZipFile(checked_report.folder / "brief.wacz") as archive:
        package = json.loads(archive.read("datapackage.json"))
        for warc in moved.iterdir():
            assert archive.read(f"archive/{warc.name}") == warc.read_bytes()
    # The bundle names each WARC as the ledger does (archives/...), not where it was found.
    assert sorted(package["provenance"]["warcs"]) == sorted(f"archives/{w.name}" for w in moved.iterdir())
    assert cli.main(["verify", "brief.wacz"]) == 0, capsys.readouterr().out
    assert "intact" in capsys.readouterr().out


@pytest.mark.tampers_with_evidence
def test_a_warc_in_archive_dir_whose_hash_is_not_the_ledgers_is_never_packed(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = _move_evidence(checked_report)
    warc = next(moved.glob("brief.md-fn1-*"))
    # Another capture under the same name (another case's folder of evidence): a whole, valid WARC, not the
    # ledger's.
    warc.write_bytes(next(moved.glob("brief.md-fn2-*")).read_bytes())

    code, out, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz", "--archive-dir", MOVED)

    assert (code, out) == (2, "") and err.count("\n") == 1, err
    assert "not intact" in err and warc.name in err and "nothing was packed" in err
    assert "`provenance verify brief.md.ledger.jsonl --archive-dir case/evidence` lists them" in err
    assert not (checked_report.folder / "brief.wacz").exists()


@pytest.mark.parametrize(
    ("given", "told"),
    [
        ("nowhere", "--archive-dir nowhere: does not exist (taken from the current folder)"),
        ("brief.md", "--archive-dir brief.md: is not a folder"),
    ],
    ids=["missing", "a-file"],
)
def test_an_archive_dir_that_is_no_folder_is_one_line_and_nothing_is_packed(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str], given: str, told: str
) -> None:
    code, out, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz", "--archive-dir", given)
    assert (code, out, err) == (2, "", f"provenance: error: {told}\n")
    assert not (checked_report.folder / "brief.wacz").exists()


def test_a_relative_archive_dir_meant_from_the_ledgers_folder_names_the_one_meant(
    checked_report: CheckedReport, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    case = checked_report.folder / "case"
    case.mkdir()
    for name in ("brief.md", "brief.md.ledger.jsonl"):
        (checked_report.folder / name).rename(case / name)
    (checked_report.folder / "archives").rename(case / "evidence")

    code, out, err = _pack(capsys, "case/brief.md.ledger.jsonl", "-o", "b.wacz", "--archive-dir", "evidence")

    assert (code, out) == (2, "") and err.count("\n") == 1, err
    assert "did you mean --archive-dir case/evidence?" in err
    code, _, err = _pack(capsys, "case/brief.md.ledger.jsonl", "-o", "b.wacz", "--archive-dir", MOVED)
    assert code == 0, err


@pytest.mark.parametrize("located", ["brief.md", "sitrep.txt"], ids=["same-report", "another-report"])
def test_a_report_an_earlier_run_checked_that_the_bundle_leaves_out_is_named_on_packing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], located: str
) -> None:
    # `locate sitrep.txt --ledger brief.md.ledger.jsonl` appended last: the bundle was titled for sitrep.txt
    # and held it, and brief.md, whose footnotes the ledger verifies, was left out without a word.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "archives").mkdir()
    brief = tmp_path / "brief.md"
    brief.write_text("A claim.[^1]\n\n[^1]: https://example.org/post/1\n", encoding="utf-8")
    (tmp_path / "sitrep.txt").write_text("[1] Telegram, January 21, 2022.\n", encoding="utf-8")
    ledger = tmp_path / "brief.md.ledger.jsonl"
    records = write_warc(tmp_path / "archives" / "brief.md-fn1.warc")
    write_run(ledger, brief, [("verified", make_capture(tmp_path, "archives/brief.md-fn1.warc", records))])
    records = write_warc(tmp_path / "archives" / "search.warc")
    write_locate_run(ledger, tmp_path / located, make_capture(tmp_path, "archives/search.warc", records))

    code, out, err = _pack(capsys, ledger.name, "-o", "b.wacz")

    assert code == 0 and "2 WARC files" in out
    assert err == "", "each run's report is in the bundle: nothing is left out"
    with zipfile.ZipFile(tmp_path / "b.wacz") as archive:
        package = json.loads(archive.read("datapackage.json"))
        if located == "brief.md":
            # One report, searched after its check: the package has no key an earlier verify does not know.
            assert "run_reports" not in package["provenance"]
            return
        # brief.md, whose footnotes the ledger verifies, went in beside the last run's sitrep.txt.
        assert archive.read("provenance/run-1-brief.md") == brief.read_bytes()
        assert package["provenance"]["run_reports"] == {
            sha256_hex(brief.read_bytes()): "provenance/run-1-brief.md"
        }
    assert cli.main(["verify", "b.wacz"]) == 0


def _two_runs_of_an_edited_report(tmp_path: Path, edited: str) -> Path:
    """brief.md checked, then edited (`edited` its text) and checked again into the same ledger."""
    (tmp_path / "archives").mkdir()
    brief = tmp_path / "brief.md"
    brief.write_text("A claim.[^1]\n\n[^1]: https://example.org/post/1\n", encoding="utf-8")
    ledger = tmp_path / "brief.md.ledger.jsonl"
    records = write_warc(tmp_path / "archives" / "brief.md-fn1.warc")
    capture = make_capture(tmp_path, "archives/brief.md-fn1.warc", records)
    write_run(ledger, brief, [("verified", capture)])
    brief.write_text(edited, encoding="utf-8")
    write_run(ledger, brief, [("verified", capture)])
    return ledger


def test_the_report_an_earlier_run_checked_edited_since_is_named_as_left_out_never_packed_under_its_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # brief.md checked, edited, checked again: the bundle held the edited report alone, under the name both
    # runs record, and said nothing of the first run's report being gone.
    monkeypatch.chdir(tmp_path)
    ledger = _two_runs_of_an_edited_report(tmp_path, "A new claim.[^1]\n\n[^1]: https://example.org/post/1\n")

    code, _, err = _pack(capsys, ledger.name, "-o", "b.wacz")

    assert code == 0, err
    assert err == (
        "provenance: warning: the reports of earlier runs not in the bundle: brief.md of the run at line 1 "
        "(changed since: another hash than the run recorded); it holds those runs and their "
        "evidence, and the last run's report (brief.md), each with the hash its run recorded\n"
    )
    with zipfile.ZipFile(tmp_path / "b.wacz") as archive:
        assert [name for name in archive.namelist() if name.startswith("provenance/")] == [
            "provenance/brief.md.ledger.jsonl",
            "provenance/brief.md",
        ]
        assert "run_reports" not in json.loads(archive.read("datapackage.json"))["provenance"]


def test_a_copy_of_the_report_as_an_earlier_run_checked_it_goes_into_the_bundle_under_that_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The desk checked draft.md, then copied it to brief.md, edited that and checked it into the same ledger
    # (`check --ledger`): draft.md, still as the first run hashed it, was left out of the bundle.
    monkeypatch.chdir(tmp_path)
    ledger = ledger_of_draft_then_brief(tmp_path)
    draft, brief = tmp_path / "draft.md", tmp_path / "brief.md"

    code, _, err = _pack(capsys, ledger.name, "-o", "b.wacz")

    assert (code, err) == (0, "")
    with zipfile.ZipFile(tmp_path / "b.wacz") as archive:
        assert archive.read("provenance/run-1-draft.md") == draft.read_bytes()
        assert archive.read("provenance/brief.md") == brief.read_bytes()
        contents = json.loads(archive.read("datapackage.json"))["provenance"]
    assert contents["run_reports"] == {sha256_hex(draft.read_bytes()): "provenance/run-1-draft.md"}
    assert cli.main(["verify", "b.wacz"]) == 0


def test_footnote_lines_rechained_unlike_the_report_beside_the_ledger_are_said_on_packing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Note [1]'s line rewritten (its date moved) and the chain hashed again: the ledger is intact, verify
    # warns of the line, and pack bundled it without a word.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "archives").mkdir()
    brief = tmp_path / "brief.md"
    brief.write_text("A claim.[^1]\n\n[^1]: Desk, 2024-05-01, https://example.org/post/1\n", encoding="utf-8")
    ledger = tmp_path / "brief.md.ledger.jsonl"
    records = write_warc(tmp_path / "archives" / "brief.md-fn1.warc")
    write_run(ledger, brief, [("verified", make_capture(tmp_path, "archives/brief.md-fn1.warc", records))])
    prev, written = json.loads(ledger.read_bytes().splitlines()[0])["prev"], []
    for raw in ledger.read_bytes().splitlines():
        line = json.loads(raw)
        if line["kind"] == "footnote":
            line["text"] = line["text"].replace("2024-05-01", "2023-05-01")
        line["prev"] = prev
        encoded = canonical_json(line)
        prev = sha256_hex(encoded)
        written.append(encoded + b"\n")
    ledger.write_bytes(b"".join(written))

    code, _, err = _pack(capsys, ledger.name, "-o", "b.wacz")

    assert code == 0
    assert err.startswith(
        "provenance: warning: 1 difference(s) between the last run's footnote lines and the notes of the "
        "report brief.md, which has the hash the run recorded"
    ), err
    assert "`provenance verify brief.md.ledger.jsonl` names them" in err


def test_a_ledger_given_crlf_line_ends_by_a_checkout_is_packed_as_check_wrote_it(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    # verify finds a ledger whose every line ends CRLF intact (read as written); pack then refused it,
    # "changed while it was being packed", the lines' hashes taken with their CRs.
    ledger = checked_report.folder / "brief.md.ledger.jsonl"
    written = ledger.read_bytes()
    ledger.write_bytes(written.replace(b"\n", b"\r\n"))

    code, _, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz")

    assert code == 0, err
    assert "the ledger has CRLF line ends (a Windows checkout's): packed with LF ends" in err
    with zipfile.ZipFile(checked_report.folder / "brief.wacz") as archive:
        assert archive.read("provenance/brief.md.ledger.jsonl") == written
    result = verify_bundle(checked_report.folder / "brief.wacz")
    assert result.intact, (result.problems, result.ledger)
    assert result.ledger is not None and not result.ledger.ledger_crlf


def test_a_report_given_crlf_line_ends_since_its_run_is_packed_as_the_run_hashed_it(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    # A Windows checkout gave brief.md CRLF line ends: verify reads it as the report checked, but pack
    # refused it, "changed while it was being packed; pack it again", however often it was packed again.
    hashed = checked_report.report.read_bytes()
    checked_report.report.write_bytes(hashed.replace(b"\n", b"\r\n"))

    code, _, err = _pack(capsys, "brief.md.ledger.jsonl", "-o", "brief.wacz")

    assert code == 0, err
    assert "CRLF line ends (a Windows checkout's): packed with LF ends" in err
    with zipfile.ZipFile(checked_report.folder / "brief.wacz") as archive:
        assert archive.read("provenance/brief.md") == hashed
    result = verify_bundle(checked_report.folder / "brief.wacz")
    assert result.intact, (result.problems, result.ledger)
    assert result.ledger is not None and not result.ledger.report_crlf and result.ledger.notes_compared
