"""A bundle checked in place: each file against datapackage.json; a hostile ZIP refused before it is read."""

from __future__ import annotations

import base64
import io
import json
import socket
import stat
import struct
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from provenance.errors import InputError
from provenance.hashing import sha256_hex
from provenance.seal.keys import generate_key_files, load_private_key
from provenance.seal.signing import sign_head
from provenance.wacz.verify import verify_bundle
from tests.wacz.conftest import CheckedReport, ledger_of_draft_then_brief, rewrite_bundle

pytestmark = pytest.mark.tampers_with_evidence  # the WARCs left in tmp_path are damaged on purpose


@pytest.fixture
def bundle(checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]) -> Path:
    key = str(checked_report.key.private)
    assert cli.main(["pack", "brief.md.ledger.jsonl", "-o", "brief.wacz", "--sign", key]) == 0
    capsys.readouterr()
    return checked_report.folder / "brief.wacz"


def _codes(bundle: Path, trusted: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each problem's code by the file it names inside the bundle."""
    result = verify_bundle(bundle, trusted)
    return {problem.file.partition(".wacz:")[2]: problem.code for problem in result.problems if problem.file}


def _warc_name(entries: dict[str, bytes]) -> str:
    return next(name for name in entries if name.startswith("archive/") and "-fn1-" in name)


def test_a_clean_bundle_is_intact_and_its_signature_checks_out(
    bundle: Path, checked_report: CheckedReport
) -> None:
    result = verify_bundle(bundle, frozenset({checked_report.key.public_key}))
    assert result.intact, result.problems
    assert result.files_checked == 6
    assert result.signature is not None and result.signature.status == "trusted"


def test_one_byte_changed_in_a_warc_inside_is_found(bundle: Path, tmp_path: Path) -> None:
    def flip(entries: dict[str, bytes]) -> dict[str, bytes]:
        name = _warc_name(entries)
        data = bytearray(entries[name])
        data[len(data) // 2] ^= 0x01
        return {**entries, name: bytes(data)}

    damaged = rewrite_bundle(bundle, tmp_path / "damaged.wacz", flip)
    codes = _codes(damaged)
    assert list(codes.values()) == ["file-changed"] and next(iter(codes)).startswith("archive/")


def test_a_file_removed_from_the_bundle_is_found(bundle: Path, tmp_path: Path) -> None:
    def remove(entries: dict[str, bytes]) -> dict[str, bytes]:
        return {name: data for name, data in entries.items() if name != "provenance/brief.md"}

    assert _codes(rewrite_bundle(bundle, tmp_path / "less.wacz", remove)) == {
        "provenance/brief.md": "file-missing"
    }


def test_a_file_added_to_the_bundle_is_found(bundle: Path, tmp_path: Path) -> None:
    def add(entries: dict[str, bytes]) -> dict[str, bytes]:
        return {**entries, "archive/extra.warc.gz": b"a WARC the ledger never named"}

    assert _codes(rewrite_bundle(bundle, tmp_path / "more.wacz", add)) == {
        "archive/extra.warc.gz": "file-unlisted"
    }


def test_a_bundle_zipped_again_with_its_folders_as_entries_is_intact(
    bundle: Path, tmp_path: Path, checked_report: CheckedReport
) -> None:
    # Unzipped to look inside and zipped again (`zip -r`, Finder, 7-Zip add an entry for each folder):
    # every file as packed, but each folder was "a file datapackage.json does not list" and `indexes/`,
    # `pages/` "an index a replay tool would read": NOT INTACT, 6 problems.
    rezipped = tmp_path / "rezipped.wacz"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(rezipped, "w") as target:
        folders: set[str] = set()
        for info in source.infolist():
            folder = info.filename.rpartition("/")[0]
            if folder and folder not in folders:
                folders.add(folder)
                target.mkdir(folder)
            target.writestr(info, source.read(info))
    assert {"archive/", "indexes/", "pages/", "provenance/"} <= set(zipfile.ZipFile(rezipped).namelist())

    result = verify_bundle(rezipped, frozenset({checked_report.key.public_key}))

    assert result.intact, result.problems
    assert result.signature is not None and result.signature.status == "trusted"


def test_a_folder_entry_that_holds_bytes_is_still_an_unlisted_file(bundle: Path, tmp_path: Path) -> None:
    def add(entries: dict[str, bytes]) -> dict[str, bytes]:
        return {**entries, "pages/": b"bytes a folder entry does not hold"}

    codes = _codes(rewrite_bundle(bundle, tmp_path / "folder.wacz", add))
    assert codes["pages/"] in {"file-unlisted", "replay-not-the-evidence"}


def test_a_datapackage_rewritten_to_match_a_changed_file_breaks_its_digest(
    bundle: Path, tmp_path: Path
) -> None:
    def rewrite(entries: dict[str, bytes]) -> dict[str, bytes]:
        old = entries["provenance/brief.md"]
        new = old.replace(b"council", b"COUNCIL")
        package = entries["datapackage.json"].replace(sha256_hex(old).encode(), sha256_hex(new).encode())
        return {**entries, "provenance/brief.md": new, "datapackage.json": package}

    codes = _codes(rewrite_bundle(bundle, tmp_path / "rewritten.wacz", rewrite))
    assert codes["datapackage.json"] == "datapackage-changed"
    assert codes["datapackage-digest.json"] == "bundle-signature-invalid"


def test_a_bundle_resigned_with_another_key_fails_under_trust(
    bundle: Path, tmp_path: Path, checked_report: CheckedReport
) -> None:
    other = generate_key_files(tmp_path / "other.key")
    package = zipfile.ZipFile(bundle).read("datapackage.json")
    public_key, signature = sign_head(load_private_key(other.private), sha256_hex(package))
    signed = {"algorithm": "ed25519", "public_key": public_key, "signature": signature}
    digest = json.dumps(
        {"path": "datapackage.json", "hash": f"sha256:{sha256_hex(package)}", "provenance_signature": signed}
    ).encode()

    def resign(entries: dict[str, bytes]) -> dict[str, bytes]:
        return {**entries, "datapackage-digest.json": digest}

    resigned = rewrite_bundle(bundle, tmp_path / "resigned.wacz", resign)
    trusted = frozenset({checked_report.key.public_key})
    assert _codes(resigned, trusted) == {"datapackage-digest.json": "bundle-signature-untrusted"}
    assert _codes(resigned) == {}  # without --trust, a valid signature by any key is only a warning


def test_a_flipped_bundle_signature_byte_is_invalid(bundle: Path, tmp_path: Path) -> None:
    def flip(entries: dict[str, bytes]) -> dict[str, bytes]:
        digest = entries["datapackage-digest.json"].decode()
        start = digest.index('"signature": "') + len('"signature": "')
        raw = bytearray(base64.b64decode(digest[start : start + 88]))
        raw[0] ^= 0x80
        return {
            **entries,
            "datapackage-digest.json": (
                digest[:start] + base64.b64encode(raw).decode() + digest[start + 88 :]
            ).encode(),
        }

    assert _codes(rewrite_bundle(bundle, tmp_path / "flipped.wacz", flip)) == {
        "datapackage-digest.json": "bundle-signature-invalid"
    }


def test_a_zip_bomb_entry_is_refused_without_being_inflated(bundle: Path, tmp_path: Path) -> None:
    def bomb(entries: dict[str, bytes]) -> dict[str, bytes]:
        return {**entries, "provenance/brief.md": bytes(64 << 20)}  # 64 MB of zeros deflate to ~64 KB

    bombed = rewrite_bundle(bundle, tmp_path / "bomb.wacz", bomb)
    assert bombed.stat().st_size < 2 << 20
    result = verify_bundle(bombed)
    refused = {
        p.code: p.message for p in result.problems if p.file and p.file.endswith(":provenance/brief.md")
    }
    assert "zip bomb" in refused["entry-refused"]
    # Not hashed at all: had it been inflated, the datapackage's size and hash would have been compared.
    assert "file-changed" not in refused and "zip bomb" in refused["file-unreadable"]


def test_an_entry_whose_size_lies_is_reported_as_damaged(bundle: Path, tmp_path: Path) -> None:
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as archive:
        info = archive.getinfo("provenance/brief.md")
    # Both headers say 10 bytes fewer than the entry holds: a reader trusting them stops short of the CRC.
    struct.pack_into("<I", data, info.header_offset + 22, info.file_size - 10)
    struct.pack_into("<I", data, _central_record(data, info.filename) + 24, info.file_size - 10)
    lying = tmp_path / "lying.wacz"
    lying.write_bytes(bytes(data))
    codes = _codes(lying)
    assert codes["provenance/brief.md"] in ("file-unreadable", "file-changed")


def test_an_entry_named_twice_is_refused(bundle: Path, tmp_path: Path) -> None:
    twice = tmp_path / "twice.wacz"
    twice.write_bytes(bundle.read_bytes())
    with warnings.catch_warnings(), zipfile.ZipFile(twice, "a") as archive:
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name we add on purpose
        archive.writestr("provenance/brief.md", b"a second, different report")
    assert _codes(twice)["provenance/brief.md"] in ("entry-duplicated", "file-unreadable")
    assert "entry-duplicated" in {p.code for p in verify_bundle(twice).problems}


def test_entries_that_overlap_are_refused(bundle: Path, tmp_path: Path) -> None:
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as archive:
        first, second = archive.infolist()[:2]
    # Point the second entry's directory record at the first entry's bytes.
    struct.pack_into("<I", data, _central_record(data, second.filename) + 42, first.header_offset)
    overlapping = tmp_path / "overlap.wacz"
    overlapping.write_bytes(bytes(data))
    problems = verify_bundle(overlapping).problems
    assert "entry-refused" in {p.code for p in problems}
    # The bytes the second entry's record left are outside every entry; where it overlaps the first, none
    # are (it was said to leave as many "between entries" as it overlaps).
    outside = [p.message for p in problems if p.code == "bytes-outside-entries"]
    assert len(outside) == 1 and f"(before {second.filename})" not in outside[0]


def test_a_file_that_is_not_a_zip_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.wacz"
    path.write_bytes(io.BytesIO(b"just text").read())
    with pytest.raises(InputError, match="not a WACZ bundle"):
        verify_bundle(path)


def _problems_of(bundle: Path, entry: str) -> dict[str, str]:
    """Each problem's message by its code, for one entry of the bundle."""
    return {
        p.code: p.message for p in verify_bundle(bundle).problems if p.file and p.file.endswith(f":{entry}")
    }


def test_an_encrypted_entry_is_refused_not_a_crash(bundle: Path, tmp_path: Path) -> None:
    # zipfile would ask for a password (RuntimeError) and the run ended as an internal error.
    data = bytearray(bundle.read_bytes())
    data[_central_record(data, "provenance/brief.md") + 8] |= 0x01
    encrypted = tmp_path / "encrypted.wacz"
    encrypted.write_bytes(bytes(data))
    problems = _problems_of(encrypted, "provenance/brief.md")
    assert "encrypted" in problems["entry-refused"] and "encrypted" in problems["file-unreadable"]


def test_an_entry_of_corrupt_lzma_data_is_reported_as_damaged(bundle: Path, tmp_path: Path) -> None:
    # lzma.LZMAError is no OSError: it went past the reader as an internal error.
    packed = tmp_path / "lzma.wacz"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(packed, "w") as target:
        for info in source.infolist():
            lzma = info.filename == "provenance/brief.md"
            target.writestr(
                info.filename, source.read(info), zipfile.ZIP_LZMA if lzma else info.compress_type
            )
    with zipfile.ZipFile(packed) as archive:
        info = archive.getinfo("provenance/brief.md")
    data = bytearray(packed.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for at in range(start + 10, start + 40):
        data[at] ^= 0x55
    packed.write_bytes(bytes(data))
    assert _problems_of(packed, "provenance/brief.md") == {"file-unreadable": "damaged: Corrupt input data"}


def test_an_entry_said_to_start_before_the_zip_is_refused_not_a_crash(bundle: Path, tmp_path: Path) -> None:
    # The end record places the directory a megabyte later than it lies, so every entry seems to start
    # before the file does: the seek to check its extent raised OSError.
    data = bytearray(bundle.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    struct.pack_into("<I", data, end + 16, struct.unpack_from("<I", data, end + 16)[0] + 1_000_000)
    shifted = tmp_path / "shifted.wacz"
    shifted.write_bytes(bytes(data))
    assert "overlaps" in _problems_of(shifted, "provenance/brief.md")["entry-refused"]


def test_a_zip_of_a_later_format_version_is_an_input_error(bundle: Path, tmp_path: Path) -> None:
    data = bytearray(bundle.read_bytes())
    data[_central_record(data, "provenance/brief.md") + 6] = 0xFF  # version needed: 25.5 (zipfile reads 6.3)
    later = tmp_path / "later.wacz"
    later.write_bytes(bytes(data))
    with pytest.raises(InputError, match="not a WACZ bundle"):
        verify_bundle(later)


def _central_record(data: bytearray, name: str) -> int:
    """Where the central directory record of entry `name` starts (its file name is at +46)."""
    wanted = name.encode()
    at = data.index(b"PK\x01\x02")
    while (struct.unpack_from("<H", data, at + 28)[0], bytes(data[at + 46 : at + 46 + len(wanted)])) != (
        len(wanted),
        wanted,
    ):
        at = data.index(b"PK\x01\x02", at + 4)
    return at


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a socket fails the test: verifying a bundle must need no network at all."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("verify tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_verify_of_a_clean_bundle_passes_with_no_network(
    bundle: Path, checked_report: CheckedReport, no_network: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["verify", "brief.wacz", "--json", "--trust", checked_report.key.public_key])
    document = json.loads(capsys.readouterr().out)
    assert code == 0 and document["intact"] is True and document["verdict"].startswith("INTACT")
    ledger = document["ledger"]
    assert [(f["label"], f["evidence"]) for f in ledger["footnotes"]] == [("1", "intact"), ("2", "intact")]
    assert ledger["report_checked"] and ledger["warc_files"] == 2
    assert [seal["status"] for seal in ledger["seals"]] == ["trusted"]
    assert document["signature"]["status"] == "trusted"
    assert document["verdict"].startswith(
        "INTACT: every file of the bundle as listed, the bundle signed by a --trust"
    )


def test_a_warc_changed_inside_the_bundle_is_named_by_the_bundle_and_by_its_footnote(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def flip(entries: dict[str, bytes]) -> dict[str, bytes]:
        name = _warc_name(entries)
        data = bytearray(entries[name])
        data[len(data) // 2] ^= 0x01
        return {**entries, name: bytes(data)}

    rewrite_bundle(bundle, tmp_path / "damaged.wacz", flip)
    code = cli.main(["verify", "damaged.wacz", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1 and document["verdict"].startswith("NOT INTACT")
    assert [p["code"] for p in document["problems"]] == ["file-changed"]
    ledger = document["ledger"]
    assert "warc-hash-mismatch" in {p["code"] for p in ledger["problems"]}
    assert [(f["label"], f["evidence"]) for f in ledger["footnotes"]] == [("1", "damaged"), ("2", "intact")]
    text_code = cli.main(["verify", "damaged.wacz"])
    text = capsys.readouterr().out
    assert text_code == 1 and "EVIDENCE DAMAGED" in text and text.splitlines()[-1].startswith("verdict: NOT")


def test_a_wacz_another_tool_made_is_named_as_such(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = next((checked_report.folder / "archives").glob("brief.md-fn1-*"))
    subprocess.run(
        [sys.executable, "-m", "wacz", "create", "-o", "other.wacz", str(warc)],
        cwd=checked_report.folder,
        check=True,
        capture_output=True,
        timeout=120,
    )
    code = cli.main(["verify", "other.wacz"])
    out = capsys.readouterr().out
    assert code == 1 and "not one `provenance pack` made" in out
    assert out.splitlines()[-1].startswith("verdict: NOT INTACT")


def test_strict_on_a_bundle_without_its_report_says_not_intact_as_its_exit_code_does(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    """--strict turns what could not be checked into problems for a bundle too: the exit code, `intact` and
    the verdict agree; and the advice to give the report with --report can be followed for a bundle."""
    report = checked_report.report.read_bytes()
    checked_report.report.unlink()
    key = checked_report.key
    assert cli.main(["pack", "brief.md.ledger.jsonl", "-o", "brief.wacz", "--sign", str(key.private)]) == 0
    capsys.readouterr()
    trust = ["--trust", key.public_key]
    assert cli.main(["verify", "brief.wacz", *trust]) == 0  # without --strict: a warning, exit 0
    assert "give it with --report REPORT" in capsys.readouterr().err
    code = cli.main(["verify", "brief.wacz", *trust, "--strict", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1 and document["intact"] is False and document["verdict"].startswith("NOT INTACT")
    assert [p["code"] for p in document["ledger"]["problems"]] == ["not-checked"]
    assert cli.main(["verify", "brief.wacz", *trust, "--strict"]) == 1
    assert capsys.readouterr().out.splitlines()[-1].startswith("verdict: NOT INTACT")
    (checked_report.folder / "kept-elsewhere.md").write_bytes(report)
    code = cli.main(["verify", "brief.wacz", *trust, "--strict", "--report", "kept-elsewhere.md", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0 and document["intact"] is True and document["ledger"]["report_checked"] is True
    (checked_report.folder / "kept-elsewhere.md").write_bytes(report + b"an added line\n")
    assert cli.main(["verify", "brief.wacz", *trust, "--report", "kept-elsewhere.md", "--json"]) == 1
    ledger = json.loads(capsys.readouterr().out)["ledger"]
    # The line added after the last note reads as part of it: that note is named too.
    assert [p["code"] for p in ledger["problems"]] == ["report-changed", "report-note-changed"]


def test_a_bundled_report_rewritten_is_found_when_the_true_report_is_given_with_report(
    bundle: Path, checked_report: CheckedReport, tmp_path: Path
) -> None:
    # --report compared the file given, and the report inside the bundle (what a reader of the bundle opens)
    # was held to nothing but a package anyone can rewrite: rewritten, the bundle verified intact.
    def rewrite(entries: dict[str, bytes]) -> dict[str, bytes]:
        forged = entries["provenance/brief.md"].replace(b"reopen the bridge", b"close the bridge")
        return _repackaged(entries, {"provenance/brief.md": forged})

    rewritten = rewrite_bundle(bundle, tmp_path / "report.wacz", rewrite)
    result = verify_bundle(rewritten, report=checked_report.report)

    (problem,) = result.problems
    assert (problem.file, problem.code) == (f"{rewritten}:provenance/brief.md", "report-changed")
    assert problem.expected == sha256_hex(checked_report.report.read_bytes())
    assert result.ledger is not None and result.ledger.intact  # the report given is the one recorded


def test_a_bundle_verified_with_its_own_report_given_with_report_is_intact(
    bundle: Path, checked_report: CheckedReport
) -> None:
    result = verify_bundle(bundle, report=checked_report.report)
    assert result.intact, result.problems


def test_a_bundled_report_rewritten_with_the_true_one_mapped_as_a_warc_is_found(
    bundle: Path, tmp_path: Path
) -> None:
    # The package's WARC map sent the report's recorded path to the true report, kept under another name:
    # the report check read that, and the report a reader opens, rewritten, was compared with nothing.
    def rewrite(entries: dict[str, bytes]) -> dict[str, bytes]:
        true_report = entries["provenance/brief.md"]
        forged = true_report.replace(b"reopen the bridge", b"close the bridge")
        package = json.loads(entries["datapackage.json"])
        package["provenance"]["warcs"]["brief.md"] = "provenance/kept.md"
        package["resources"].append(
            {
                "name": "kept",
                "path": "provenance/kept.md",
                "hash": f"sha256:{sha256_hex(true_report)}",
                "bytes": len(true_report),
            }
        )
        entries = {
            **entries,
            "provenance/kept.md": true_report,
            "datapackage.json": json.dumps(package).encode(),
        }
        return _repackaged(entries, {"provenance/brief.md": forged})

    rewritten = rewrite_bundle(bundle, tmp_path / "mapped.wacz", rewrite)
    result = verify_bundle(rewritten)

    assert not result.intact
    assert result.ledger is not None
    assert [(p.file, p.code) for p in result.ledger.problems] == [
        (f"{rewritten}:provenance/brief.md", "report-changed"),
        # "close the bridge" now, in the passage citing each note (one paragraph cites both)
        (f"{rewritten}:provenance/brief.md", "report-passage-changed"),
        (f"{rewritten}:provenance/brief.md", "report-passage-changed"),
    ]


def test_a_bundled_report_rewritten_under_another_name_is_found(bundle: Path, tmp_path: Path) -> None:
    # The report put back under another name, the package naming it as the bundle's report: the report check
    # found no entry of the recorded name, warned that it was not compared, and the bundle verified intact.
    def rename(entries: dict[str, bytes]) -> dict[str, bytes]:
        forged = entries.pop("provenance/brief.md").replace(b"reopen the bridge", b"close the bridge")
        package = json.loads(entries["datapackage.json"])
        package["provenance"]["report"] = "provenance/brief-final.md"
        for resource in package["resources"]:
            if resource["path"] == "provenance/brief.md":
                resource["path"] = "provenance/brief-final.md"
        entries = {**entries, "datapackage.json": json.dumps(package).encode()}
        return _repackaged(entries, {"provenance/brief-final.md": forged})

    rewritten = rewrite_bundle(bundle, tmp_path / "renamed.wacz", rename)
    result = verify_bundle(rewritten)

    assert result.ledger is not None
    assert [(p.file, p.code) for p in result.ledger.problems] == [
        (f"{rewritten}:provenance/brief-final.md", "report-changed"),
        # "close the bridge" now, in the passage citing each note (one paragraph cites both)
        (f"{rewritten}:provenance/brief-final.md", "report-passage-changed"),
        (f"{rewritten}:provenance/brief-final.md", "report-passage-changed"),
    ]


# --- a datapackage.json from anyone -------------------------------------------------------------------------


def _hostile_bundle(path: Path, package: bytes, entries: dict[str, bytes]) -> Path:
    """A bundle of `entries`, stored, with `package` as its datapackage.json (and a digest that does not
    match it, which is one more problem, not the one tested)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("datapackage-digest.json", json.dumps({"hash": "sha256:" + "0" * 64}))
        for name, data in entries.items():
            archive.writestr(name, data)
        archive.writestr("datapackage.json", package)
    return path


def _package(resources: list[dict[str, object]]) -> bytes:
    return json.dumps(
        {
            "title": "t",
            "description": "d",
            "created": "2024-05-01T10:00:00.000Z",
            "software": "s",
            "resources": resources,
            # Each file a WARC the ledger names, as `pack` writes them: only what is asked of it is wrong.
            "provenance": {
                "ledger": "provenance/x.jsonl",
                "warcs": {str(r["path"]): r["path"] for r in resources},
            },
        }
    ).encode()


def test_a_datapackage_nested_too_deep_to_parse_is_a_named_problem_not_a_crash(tmp_path: Path) -> None:
    # json.loads raised RecursionError out of `verify B.wacz` (exit 3, "internal error") on it.
    for package in (b"[" * 1_000_000, b'{"provenance":' + b"[" * 1_000_000):
        bundle = _hostile_bundle(tmp_path / "deep.wacz", package, {})

        codes = _problems_of(bundle, "datapackage.json")

        assert "datapackage-invalid" in codes and "recursion" in codes["datapackage-invalid"]
        bundle.unlink()


def test_one_entry_listed_many_times_in_the_datapackage_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each listing was read and hashed again: a 10 MB entry listed 400 times took 7.7 s, and a
    # datapackage.json of 16 MB can list one entry 100,000 times.
    from provenance.wacz.reader import BundleReader

    data = bytes(range(256)) * 4096  # 1 MB
    resource = {
        "name": "a",
        "path": "archive/a.warc",
        "hash": f"sha256:{sha256_hex(data)}",
        "bytes": len(data),
    }
    bundle = _hostile_bundle(tmp_path / "listed.wacz", _package([resource] * 50), {"archive/a.warc": data})
    read = []
    chunks = BundleReader.chunks

    def counted(reader: BundleReader, name: str, limit: int) -> Iterator[bytes]:
        for chunk in chunks(reader, name, limit):
            read.append(len(chunk))
            yield chunk

    monkeypatch.setattr(BundleReader, "chunks", counted)

    codes = _problems_of(bundle, "archive/a.warc")

    assert sum(read) < 2 * len(data), f"{sum(read)} bytes read for one entry of {len(data)}"
    assert codes == {"file-listed-twice": "datapackage.json lists this file more than once"}


def test_many_resources_and_entries_are_matched_by_name_in_linear_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each resource was looked for in the list of entry names: 100,000 resources and 50,000 entries took 54 s.
    from provenance.wacz import reader as reader_module

    compared = [0]

    class CountingList(list[str]):
        def __contains__(self, name: object) -> bool:
            compared[0] += len(self)
            return super().__contains__(name)

    init = reader_module.BundleReader.__init__

    def counting_init(self: reader_module.BundleReader, path: Path) -> None:
        init(self, path)
        self.names = CountingList(self.names)

    monkeypatch.setattr(reader_module.BundleReader, "__init__", counting_init)
    entries = {f"a/{number}": b"" for number in range(2000)}
    resources: list[dict[str, object]] = [
        {"name": "b", "path": f"b/{number}", "hash": "sha256:" + "0" * 64, "bytes": 0}
        for number in range(2000)
    ]
    bundle = _hostile_bundle(tmp_path / "many.wacz", _package(resources), entries)

    problems = verify_bundle(bundle).problems

    assert sum(p.code == "file-missing" for p in problems) == 2000
    assert sum(p.code == "file-unlisted" for p in problems) == 2000
    assert compared[0] < 100_000, f"{compared[0]} names compared for 2,000 entries and 2,000 resources"


@pytest.mark.parametrize("stated", [1_000_000, 1], ids=["stated", "understated"])
def test_a_bundle_of_too_many_entries_is_refused_before_zipfile_reads_its_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stated: int
) -> None:
    # zipfile reads (and keeps) a ZIP's whole central directory before it can be counted: a million empty
    # entries (86 MB) took 563 MB and 10 s to be refused. Here 100,001 headers, their end stating `stated`.
    header = struct.Struct("<4s4B4HL2L5H2L")
    directory = b"".join(
        header.pack(b"PK\x01\x02", 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0) + b"e%07d" % number
        for number in range(100_001)
    )
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, stated & 0xFFFF, stated & 0xFFFF, len(directory), 0, 0)
    if stated > 0xFFFF:
        end = (
            struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, stated, stated, len(directory), 0)
            + struct.pack("<4sLQL", b"PK\x06\x07", 0, len(directory), 1)
            + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
        )
    path = tmp_path / "many.wacz"
    path.write_bytes(directory + end)

    def no_zipfile(*args: object, **kwargs: object) -> None:
        raise AssertionError("zipfile read the central directory")

    monkeypatch.setattr("provenance.wacz.reader.zipfile.ZipFile", no_zipfile)
    over = stated if stated > 100_000 else 100_001
    with pytest.raises(InputError, match=f"{over} entries, over 100000: not a bundle we made"):
        verify_bundle(path)


def test_a_ledger_inside_overwritten_with_what_is_no_ledger_is_damage_not_an_input_error(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Outside a bundle, a file none of whose lines is JSON is the wrong file given (exit 2); inside one, the
    # entry its package names as the ledger is evidence, and its damage is a finding (exit 1) beside the
    # bundle's own problems, which an input error would have hidden.
    def overwrite(entries: dict[str, bytes]) -> dict[str, bytes]:
        return {**entries, "provenance/brief.md.ledger.jsonl": b"not a ledger line\n" * 200}

    rewrite_bundle(bundle, tmp_path / "overwritten.wacz", overwrite)
    code = cli.main(["verify", "overwritten.wacz", "--json"])
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    assert code == 1 and document["verdict"].startswith("NOT INTACT"), captured.err
    assert [p["code"] for p in document["problems"]] == ["file-changed", "ledger-not-a-ledger"]
    assert document["ledger"] is None


def _repackaged(entries: dict[str, bytes], changed: dict[str, bytes]) -> dict[str, bytes]:
    """The entries with `changed` put in, `datapackage.json` made to match and its digest made again,
    unsigned: what anyone can do to a bundle whose package no trusted key signed."""
    package = json.loads(entries["datapackage.json"])
    for resource in package["resources"]:
        if resource["path"] in changed:
            data = changed[resource["path"]]
            resource["hash"], resource["bytes"] = f"sha256:{sha256_hex(data)}", len(data)
    package_bytes = json.dumps(package).encode()
    digest = {"path": "datapackage.json", "hash": f"sha256:{sha256_hex(package_bytes)}"}
    return {
        **entries,
        **changed,
        "datapackage.json": package_bytes,
        "datapackage-digest.json": json.dumps(digest).encode(),
    }


@pytest.mark.parametrize(
    "field",
    [
        ("title", "Evidence for brief.md: every footnote verified by the desk"),
        ("description", "A provenance ledger of 1 run(s): all 2 footnotes verified."),
    ],
)
def test_a_package_title_or_description_rewritten_unsigned_is_found(
    bundle: Path, tmp_path: Path, field: tuple[str, str]
) -> None:
    # A replay tool shows them as the archive's name and summary: they said anything, the bundle intact.
    name, text = field

    def rewrite(entries: dict[str, bytes]) -> dict[str, bytes]:
        package = json.loads(entries["datapackage.json"])
        package[name] = text
        return _repackaged({**entries, "datapackage.json": json.dumps(package).encode()}, {})

    rewritten = rewrite_bundle(bundle, tmp_path / "described.wacz", rewrite)
    # Warned, not a problem: no evidence, and a bundle of an earlier `pack` words them otherwise.
    result = verify_bundle(rewritten)
    assert result.intact
    assert any(
        f"datapackage.json: its {name} is not what this version of `provenance pack` writes" in warning
        and warning.endswith(text)
        for warning in result.warnings
    ), result.warnings


def test_a_page_list_header_rewritten_unsigned_is_found(bundle: Path, tmp_path: Path) -> None:
    def rewrite(entries: dict[str, bytes]) -> dict[str, bytes]:
        first, rest = entries["pages/pages.jsonl"].split(b"\n", 1)
        header = {**json.loads(first), "title": "Pages verified by the desk"}
        return _repackaged(entries, {"pages/pages.jsonl": json.dumps(header).encode() + b"\n" + rest})

    rewritten = rewrite_bundle(bundle, tmp_path / "header.wacz", rewrite)
    assert list(_problems_of(rewritten, "pages/pages.jsonl")) == ["replay-not-the-evidence"]


def test_a_bundle_packed_without_its_report_keeps_its_description_and_verifies_intact(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    checked_report.report.unlink()
    assert cli.main(["pack", "brief.md.ledger.jsonl", "-o", "no-report.wacz"]) == 0
    capsys.readouterr()
    result = verify_bundle(checked_report.folder / "no-report.wacz")
    assert result.intact, result.problems
    assert result.package is not None and "The report brief.md is NOT in this bundle: it was missing" in (
        result.package.description
    )


def test_an_index_pointing_a_cited_url_at_another_record_is_found(bundle: Path, tmp_path: Path) -> None:
    # The article's index line given the 404 page's file, offset and length: a replay tool shows the 404
    # as the article. The package was made to match, and verify found the bundle intact.
    def point_elsewhere(entries: dict[str, bytes]) -> dict[str, bytes]:
        article, gone = (
            json.loads(line.split(b" ", 2)[2]) for line in entries["indexes/index.cdxj"].splitlines()
        )
        lines = entries["indexes/index.cdxj"].splitlines()
        moved = {**article, **{key: gone[key] for key in ("filename", "offset", "length")}}
        forged = lines[0].rsplit(b" {", 1)[0] + b" " + json.dumps(moved).encode()
        index = b"\n".join([forged, *lines[1:]]) + b"\n"
        return _repackaged(entries, {"indexes/index.cdxj": index})

    assert _codes(rewrite_bundle(bundle, tmp_path / "index.wacz", point_elsewhere)) == {
        "indexes/index.cdxj": "replay-not-the-evidence"
    }


def test_a_page_list_naming_a_failed_footnote_verified_is_found(bundle: Path, tmp_path: Path) -> None:
    def promote(entries: dict[str, bytes]) -> dict[str, bytes]:
        pages = entries["pages/pages.jsonl"].replace(b'"status": "failed"', b'"status": "verified"')
        return _repackaged(entries, {"pages/pages.jsonl": pages})

    result = verify_bundle(rewrite_bundle(bundle, tmp_path / "pages.wacz", promote))

    (problem,) = result.problems
    assert (problem.file, problem.code) == (
        f"{tmp_path / 'pages.wacz'}:pages/pages.jsonl",
        "replay-not-the-evidence",
    )
    assert problem.message.startswith("line 3 names a page the ledger's captures do not make")


def test_a_page_list_that_leaves_out_the_failed_footnotes_page_is_found(bundle: Path, tmp_path: Path) -> None:
    # The 404 footnote's page dropped, the package made to match: a replay tool listed only the verified
    # footnote's page, and the bundle verified intact (every page left was one the ledger makes).
    def drop_failed(entries: dict[str, bytes]) -> dict[str, bytes]:
        lines = entries["pages/pages.jsonl"].splitlines()
        kept = [line for line in lines if b'"status": "failed"' not in line]
        assert len(kept) == len(lines) - 1
        return _repackaged(entries, {"pages/pages.jsonl": b"\n".join(kept) + b"\n"})

    result = verify_bundle(rewrite_bundle(bundle, tmp_path / "fewer-pages.wacz", drop_failed))

    (problem,) = result.problems
    assert (problem.file, problem.code) == (
        f"{tmp_path / 'fewer-pages.wacz'}:pages/pages.jsonl",
        "replay-not-the-evidence",
    )
    assert problem.message.startswith("it leaves out a page the ledger's captures make")
    assert "http://news.example/gone" in problem.message


def test_an_index_that_leaves_out_a_record_is_found(bundle: Path, tmp_path: Path) -> None:
    # The 404 answer's index line dropped: a replay tool finds no capture of the cited URL, and the bundle
    # verified intact (every line left was one the WARCs give).
    def drop_gone(entries: dict[str, bytes]) -> dict[str, bytes]:
        lines = entries["indexes/index.cdxj"].splitlines()
        kept = [line for line in lines if b"/gone" not in line.split(b" ", 1)[0]]
        assert len(kept) == len(lines) - 1
        return _repackaged(entries, {"indexes/index.cdxj": b"\n".join(kept) + b"\n"})

    result = verify_bundle(rewrite_bundle(bundle, tmp_path / "fewer-records.wacz", drop_gone))

    (problem,) = result.problems
    assert (problem.file, problem.code) == (
        f"{tmp_path / 'fewer-records.wacz'}:indexes/index.cdxj",
        "replay-not-the-evidence",
    )
    assert problem.message.startswith("it leaves out a record the WARCs hold")


@pytest.mark.parametrize("entry", ["pages/pages.jsonl", "indexes/index.cdxj"])
def test_a_bundle_without_its_page_list_or_index_is_found(bundle: Path, tmp_path: Path, entry: str) -> None:
    # `pack` always writes both; removed with their listing, nothing was missing that the package listed.
    def remove(entries: dict[str, bytes]) -> dict[str, bytes]:
        package = json.loads(entries["datapackage.json"])
        package["resources"] = [r for r in package["resources"] if r["path"] != entry]
        kept = {name: data for name, data in entries.items() if name != entry}
        return _repackaged({**kept, "datapackage.json": json.dumps(package).encode()}, {})

    assert _codes(rewrite_bundle(bundle, tmp_path / "without.wacz", remove)) == {
        entry: "replay-not-the-evidence"
    }


def test_a_page_title_rewritten_is_found(bundle: Path, tmp_path: Path) -> None:
    # A replay tool lists each page by its title: the 404 footnote's page titled as verified, the package made
    # to match, verified intact (only the page's URL, time, footnote and status were held to the ledger).
    def retitle(entries: dict[str, bytes]) -> dict[str, bytes]:
        header, *pages = entries["pages/pages.jsonl"].splitlines()
        rewritten = []
        for line in pages:
            page = json.loads(line)
            if page["status"] == "failed":
                page["title"] = f"{page['title']} (verified by the desk)"
            rewritten.append(json.dumps(page).encode())
        return _repackaged(entries, {"pages/pages.jsonl": b"\n".join([header, *rewritten]) + b"\n"})

    assert _codes(rewrite_bundle(bundle, tmp_path / "retitled.wacz", retitle)) == {
        "pages/pages.jsonl": "replay-not-the-evidence"
    }


def test_a_page_whose_fields_are_not_text_is_named_not_a_crash(bundle: Path, tmp_path: Path) -> None:
    # A page's URL given as a list could not be looked up among the pages made (unhashable): internal error.
    def listed_url(entries: dict[str, bytes]) -> dict[str, bytes]:
        header, first, *rest = entries["pages/pages.jsonl"].splitlines()
        page = {**json.loads(first), "url": [json.loads(first)["url"]]}
        pages = b"\n".join([header, json.dumps(page).encode(), *rest]) + b"\n"
        return _repackaged(entries, {"pages/pages.jsonl": pages})

    assert _codes(rewrite_bundle(bundle, tmp_path / "listed.wacz", listed_url)) == {
        "pages/pages.jsonl": "replay-not-the-evidence"
    }


def test_a_bundle_repackaged_with_its_index_and_pages_as_made_is_intact(bundle: Path, tmp_path: Path) -> None:
    # Lines in another order, and the package rewritten around them: the same index and pages.
    def reorder(entries: dict[str, bytes]) -> dict[str, bytes]:
        index = b"\n".join(reversed(entries["indexes/index.cdxj"].splitlines())) + b"\n"
        header, *pages = entries["pages/pages.jsonl"].splitlines()
        return _repackaged(
            entries,
            {
                "indexes/index.cdxj": index,
                "pages/pages.jsonl": b"\n".join([header, *reversed(pages)]) + b"\n",
            },
        )

    result = verify_bundle(rewrite_bundle(bundle, tmp_path / "reordered.wacz", reorder))

    assert result.intact, result.problems


def test_another_index_listed_beside_ours_is_found(bundle: Path, tmp_path: Path) -> None:
    # A replay tool reads every index in indexes/: one more, listed in a package made to match, went unseen.
    def add_index(entries: dict[str, bytes]) -> dict[str, bytes]:
        package = json.loads(entries["datapackage.json"])
        extra = entries["indexes/index.cdxj"]
        package["resources"].append(
            {
                "name": "extra",
                "path": "indexes/extra.cdxj",
                "hash": f"sha256:{sha256_hex(extra)}",
                "bytes": len(extra),
            }
        )
        entries = {**entries, "datapackage.json": json.dumps(package).encode()}
        return _repackaged({**entries, "indexes/extra.cdxj": extra}, {})

    assert _codes(rewrite_bundle(bundle, tmp_path / "extra.wacz", add_index)) == {
        "indexes/extra.cdxj": "replay-not-the-evidence"
    }


def _outside_entries(bundle: Path) -> list[str]:
    """What verify says of the bundle's bytes that no entry holds (problems of the ZIP as a whole)."""
    result = verify_bundle(bundle)
    assert not result.intact
    return [p.message for p in result.problems if p.code == "bytes-outside-entries" and p.file == str(bundle)]


def test_a_self_extracting_stub_before_the_bundle_is_named_as_bytes_no_hash_covers(
    bundle: Path, tmp_path: Path
) -> None:
    # zipfile finds the entries past any prefix: 5 KB of a program before them verified intact.
    stubbed = tmp_path / "stub.wacz"
    stubbed.write_bytes(b"MZ" + bytes(5000) + bundle.read_bytes())
    assert _outside_entries(stubbed) == [
        f"5002 bytes before the first entry (before {zipfile.ZipFile(bundle).infolist()[0].filename}) "
        "belong to no entry: no hash covers them"
    ]


def test_another_zip_before_the_bundle_is_named(bundle: Path, tmp_path: Path) -> None:
    # A reader going from the front (a streaming unzip) opens the other ZIP's datapackage.json first.
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("datapackage.json", b"{}")
    two = tmp_path / "two.wacz"
    two.write_bytes(other.getvalue() + bundle.read_bytes())
    assert "before the first entry" in _outside_entries(two)[0]


def test_bytes_after_the_end_record_are_named(bundle: Path, tmp_path: Path) -> None:
    trailing = tmp_path / "trailing.wacz"
    trailing.write_bytes(bundle.read_bytes() + b"appended later" * 100)
    assert _outside_entries(trailing) == [
        "1400 bytes after the ZIP's end record belong to no entry: no hash covers them"
    ]


def test_a_zip_comment_is_named_as_text_no_hash_covers(bundle: Path, tmp_path: Path) -> None:
    # `unzip -l` prints it: 62 KB saying anything, beside a verdict of intact.
    commented = tmp_path / "commented.wacz"
    commented.write_bytes(bundle.read_bytes())
    with zipfile.ZipFile(commented, "a") as archive:
        archive.comment = b"Verified intact by the court's expert. " * 1600
    assert _outside_entries(commented) == ["the ZIP has a comment of 62400 bytes: no hash covers it"]


def test_a_local_entry_the_directory_does_not_name_is_named(bundle: Path, tmp_path: Path) -> None:
    # Between two listed entries, one a local-header reader sees and the directory hides.
    hidden = tmp_path / "hidden.wacz"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(hidden, "w") as target:
        infos = source.infolist()
        for number, info in enumerate(infos):
            target.writestr(info, source.read(info))
            if number == 0:
                target.writestr("provenance/brief.md.ledger.jsonl", b"another ledger\n")
                target.filelist.pop()
                target.NameToInfo.pop("provenance/brief.md.ledger.jsonl")
    assert f"between entries (before {infos[1].filename})" in _outside_entries(hidden)[0]


def test_an_entry_that_unzips_as_a_symbolic_link_is_refused(bundle: Path, tmp_path: Path) -> None:
    data = bytearray(bundle.read_bytes())
    record = _central_record(data, "provenance/brief.md")
    struct.pack_into("<H", data, record + 4, (3 << 8) | 20)  # made by Unix: the attributes hold its mode
    struct.pack_into("<I", data, record + 38, (stat.S_IFLNK | 0o777) << 16)
    linked = tmp_path / "linked.wacz"
    linked.write_bytes(bytes(data))
    refused = _problems_of(linked, "provenance/brief.md")["entry-refused"]
    assert refused == "its attributes make it a symbolic link when unzipped, not a file"


class _Unseekable(io.RawIOBase):
    """A write-only stream that cannot seek: zipfile then writes each entry's sizes in a data descriptor."""

    def __init__(self, target: io.BufferedWriter) -> None:
        super().__init__()
        self._target = target

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return self._target.write(data)


def _rezipped_with_descriptors(bundle: Path, target: Path) -> Path:
    """The bundle's entries written again through a stream that cannot seek, as ZIP64 entries: each entry's
    CRC and sizes follow its data in a signed data descriptor of 8-byte sizes."""
    with (
        zipfile.ZipFile(bundle) as source,
        target.open("wb") as out,
        zipfile.ZipFile(_Unseekable(out), "w") as archive,
    ):
        for info in source.infolist():
            with archive.open(zipfile.ZipInfo(info.filename, info.date_time), "w", force_zip64=True) as entry:
                entry.write(source.read(info))
    with zipfile.ZipFile(target) as archive:
        assert all(info.flag_bits & 0x8 for info in archive.infolist())
    return target


def test_a_bundle_rezipped_with_data_descriptors_and_zip64_records_is_intact(
    bundle: Path, tmp_path: Path
) -> None:
    # The true case beside the bytes no entry holds: a descriptor after each entry's data is the format's.
    result = verify_bundle(_rezipped_with_descriptors(bundle, tmp_path / "rezipped.wacz"))
    assert result.intact, result.problems


def test_a_data_descriptor_stating_other_sizes_than_the_directory_is_named(
    bundle: Path, tmp_path: Path
) -> None:
    # zipfile reads the directory's sizes; a reader going from the front takes the descriptor's.
    rezipped = _rezipped_with_descriptors(bundle, tmp_path / "rezipped.wacz")
    with zipfile.ZipFile(rezipped) as archive:
        first, second = sorted(archive.infolist(), key=lambda info: info.header_offset)[:2]
    data = bytearray(rezipped.read_bytes())
    descriptor = second.header_offset - 24
    assert data[descriptor : descriptor + 4] == b"PK\x07\x08"
    struct.pack_into("<Q", data, descriptor + 16, first.file_size - 100)  # its uncompressed size
    lying = tmp_path / "lying-descriptor.wacz"
    lying.write_bytes(bytes(data))
    assert _outside_entries(lying) == [
        f"the data descriptor after {first.filename} states CRC {first.CRC:08x} and sizes "
        f"{first.compress_size}, {first.file_size - 100}; the ZIP's directory {first.CRC:08x} and "
        f"{first.compress_size}, {first.file_size}"
    ]


def test_a_local_header_stating_other_sizes_than_the_directory_is_refused(
    bundle: Path, tmp_path: Path
) -> None:
    # zipfile reads the directory's sizes; a streaming unzip the local header's, so another file's bytes.
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as archive:
        info = archive.getinfo("provenance/brief.md")
    struct.pack_into("<I", data, info.header_offset + 18, info.compress_size - 10)  # its compressed size
    lying = tmp_path / "lying-local-header.wacz"
    lying.write_bytes(bytes(data))
    assert _problems_of(lying, "provenance/brief.md")["entry-refused"] == (
        f"its local header states compressed size {info.compress_size - 10} (the directory: "
        f"{info.compress_size}): a reader going from the front reads other bytes"
    )


def test_a_bundle_rezipped_as_zip64_in_place_is_intact(bundle: Path, tmp_path: Path) -> None:
    # The true case beside it: as `pack` writes a large WARC, the local header's sizes left to ZIP64 fields.
    rezipped = tmp_path / "zip64.wacz"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(rezipped, "w") as archive:
        for info in source.infolist():
            with archive.open(zipfile.ZipInfo(info.filename, info.date_time), "w", force_zip64=True) as entry:
                entry.write(source.read(info))
    first = rezipped.read_bytes()[:30]
    assert struct.unpack_from("<II", first, 18) == (0xFFFFFFFF, 0xFFFFFFFF)
    result = verify_bundle(rezipped)
    assert result.intact, result.problems


def _listed_beside(path: str, data: bytes) -> Callable[[dict[str, bytes]], dict[str, bytes]]:
    """A change adding a file at `path`, listed in a `datapackage.json` made to match (unsigned)."""

    def add(entries: dict[str, bytes]) -> dict[str, bytes]:
        package = json.loads(entries["datapackage.json"])
        package["resources"].append(
            {"name": path, "path": path, "hash": f"sha256:{sha256_hex(data)}", "bytes": len(data)}
        )
        return _repackaged({**entries, "datapackage.json": json.dumps(package).encode(), path: data}, {})

    return add


@pytest.mark.parametrize(
    "path", ["archive/extra.warc.gz", "provenance/notes.txt", "provenance/brief.md.ledger.html"]
)
def test_a_file_the_ledger_names_nowhere_listed_in_a_rewritten_package_is_found(
    bundle: Path, tmp_path: Path, path: str
) -> None:
    # A WARC beside the evidence, a note, a view the package's own section does not name: hashed in a
    # package anyone can rewrite, vouched for by nothing, and the bundle verified intact.
    added = rewrite_bundle(bundle, tmp_path / "added.wacz", _listed_beside(path, b"<p>All verified.</p>"))
    assert _codes(added) == {path: "file-not-evidence"}


VIEW = "provenance/brief.md.ledger.html"


def _pack_with_view(checked_report: CheckedReport, name: str, *sign: str) -> Path:
    (checked_report.folder / "brief.md.ledger.html").write_text("<title>view</title>", encoding="utf-8")
    assert cli.main(["pack", "brief.md.ledger.jsonl", "-o", name, *sign]) == 0
    return checked_report.folder / name


def _view_forged(entries: dict[str, bytes]) -> dict[str, bytes]:
    """The view rewritten to show the 404 footnote verified, the package made to match, unsigned."""
    return _repackaged(entries, {VIEW: b"<title>view</title><p>[2] verified</p>"})


def test_a_forged_view_in_an_unsigned_bundle_fails_under_trust_though_the_ledger_is_trusted(
    checked_report: CheckedReport, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The ledger's seal is by the --trust key and every file matches the rewritten package: the bundle was
    # INTACT, "who sealed it authenticated", with a view showing the failed footnote verified.
    packed = _pack_with_view(checked_report, "with-view.wacz", "--sign", str(checked_report.key.private))
    forged = rewrite_bundle(packed, tmp_path / "forged-view.wacz", _view_forged)
    capsys.readouterr()
    assert _codes(forged, frozenset({checked_report.key.public_key})) == {VIEW: "view-not-signed"}
    assert cli.main(["verify", str(forged), "--trust", checked_report.key.public_key]) == 1
    out = capsys.readouterr().out
    assert "the HTML view is checked against nothing and the bundle is signed by no --trust key" in out
    assert out.splitlines()[-1].startswith("verdict: NOT INTACT")


def test_a_view_in_a_bundle_signed_by_a_trusted_key_is_intact_and_said_to_rest_on_that_signature(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    packed = _pack_with_view(checked_report, "with-view.wacz", "--sign", str(checked_report.key.private))
    capsys.readouterr()
    assert cli.main(["verify", str(packed), "--trust", checked_report.key.public_key]) == 0
    verdict = capsys.readouterr().out.splitlines()[-1]
    assert verdict.startswith("verdict: INTACT")
    assert f"its HTML view {VIEW} vouched for by that signature alone (not checked against the ledger)" in (
        verdict
    )


def test_a_view_in_an_unsigned_bundle_is_a_warning_without_trust_and_the_verdict_says_no_one_vouches(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    packed = _pack_with_view(checked_report, "with-view.wacz")
    capsys.readouterr()
    result = verify_bundle(packed)
    assert result.intact, result.problems
    assert (
        f"the HTML view {VIEW} is not checked against the ledger: it shows what it showed when packed "
        "(`provenance show` of the bundled ledger makes one from it); nothing vouches for it (the bundle is "
        "not signed by a --trust key)"
    ) in result.warnings
    assert cli.main(["verify", str(packed)]) == 0
    verdict = capsys.readouterr().out.splitlines()[-1]
    assert f"its HTML view {VIEW} vouched for by no one (not checked against the ledger)" in verdict
    # The bundle's own warnings (unsigned, the view) are counted with its ledger's (its key not trusted).
    assert verdict.endswith(f"; 3 warnings; head {result.ledger.head if result.ledger else ''}")


def test_a_warc_the_package_maps_from_a_path_the_ledger_never_names_is_found(
    bundle: Path, tmp_path: Path
) -> None:
    # Named in the package's own section, so "written by pack": but the ledger names no such path.
    def map_another(entries: dict[str, bytes]) -> dict[str, bytes]:
        added = _listed_beside("archive/extra.warc.gz", b"WARC/1.1\r\n")(entries)
        package = json.loads(added["datapackage.json"])
        package["provenance"]["warcs"]["archives/extra.warc.gz"] = "archive/extra.warc.gz"
        return _repackaged({**added, "datapackage.json": json.dumps(package).encode()}, {})

    mapped = rewrite_bundle(bundle, tmp_path / "mapped.wacz", map_another)
    assert _problems_of(mapped, "archive/extra.warc.gz") == {
        "file-not-evidence": "datapackage.json maps a WARC path to this file, but the bundled ledger names "
        "the path nowhere and vouches for nothing in it"
    }


def test_a_run_unsigned_in_its_ledger_passes_trust_in_a_bundle_that_trusted_key_signed(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    """A run appended unsigned after the signed one, then `pack --sign` with the same key: its signature
    covers the package, which holds the ledger's hash, so that key vouches for every line. `verify --trust`
    said "the last run is not signed with a --trust key: nothing vouches for its lines", exit 1."""
    key = checked_report.key
    assert cli.main(["check", "brief.md", "--offline"]) == 1  # a second run, not signed in the ledger
    assert cli.main(["pack", "brief.md.ledger.jsonl", "-o", "signed.wacz", "--sign", str(key.private)]) == 0
    assert cli.main(["pack", "brief.md.ledger.jsonl", "-o", "unsigned.wacz"]) == 0
    capsys.readouterr()
    code = cli.main(["verify", "signed.wacz", "--json", "--trust", key.public_key])
    document = json.loads(capsys.readouterr().out)
    assert code == 0 and document["intact"] is True
    assert "run-not-signed" not in {problem["code"] for problem in document["ledger"]["problems"]}
    assert (
        "the last run is not signed with a --trust key in the ledger, but the bundle's signature by a "
        "--trust key vouches for every line of the ledger as packed (not for when it was written)"
    ) in document["ledger"]["warnings"]
    assert (
        "the last run (from line 6) is covered by no seal in the ledger (the bundle's --trust signature "
        "covers it as packed)"
    ) in document["verdict"]
    # Unsigned, or signed by a key not trusted, the bundle vouches for nothing: the run is unsigned.
    assert cli.main(["verify", "unsigned.wacz", "--json", "--trust", key.public_key]) == 1
    unsigned = json.loads(capsys.readouterr().out)
    assert {problem["code"] for problem in unsigned["ledger"]["problems"]} == {"run-not-signed"}
    other = generate_key_files(checked_report.folder / "keys" / "other.key")
    trusted_other = ["--trust", other.public_key]
    assert cli.main(["verify", "signed.wacz", "--json", *trusted_other]) == 1
    assert "run-not-signed" in {p["code"] for p in json.loads(capsys.readouterr().out)["ledger"]["problems"]}


def test_a_ledger_without_seals_in_a_bundle_a_trusted_key_signed_is_not_said_to_be_unauthenticated(
    checked_report: CheckedReport, capsys: pytest.CaptureFixture[str]
) -> None:
    """The verdict said "no seals: … would leave no trace; not authenticated: … anyone could have rewritten
    the whole ledger" of a ledger the bundle's --trust signature covers."""
    key = checked_report.key
    (checked_report.folder / "plain.md").write_text("A claim.[^1]\n\n[^1]: A note.\n", encoding="utf-8")
    assert cli.main(["check", "plain.md", "--offline"]) == 1
    assert cli.main(["pack", "plain.md.ledger.jsonl", "-o", "plain.wacz", "--sign", str(key.private)]) == 0
    capsys.readouterr()
    assert cli.main(["verify", "plain.wacz", "--json", "--trust", key.public_key]) == 0
    verdict = json.loads(capsys.readouterr().out)["verdict"]
    assert "no seals in the ledger, but the bundle's signature by a --trust key covers it" in verdict
    assert "who vouches for it authenticated by the bundle's --trust signature (as packed)" in verdict
    assert "not authenticated" not in verdict and "would leave no trace" not in verdict


def test_a_bundled_view_of_the_ledger_as_it_was_before_a_later_run_is_a_problem_naming_both_heads(
    checked_report: CheckedReport, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The view of run 1 of 1 (made before a later check appended run 2) put in as the bundle's view: it
    # showed the earlier statuses as the bundle's, and verify said only that nothing vouched for it.
    assert cli.main(["show", "brief.md.ledger.jsonl", "-o", "before.html"]) == 0
    before = (checked_report.folder / "before.html").read_bytes()
    assert cli.main(["check", "brief.md", "--offline", "--quiet"]) == 1
    assert cli.main(["show", "brief.md.ledger.jsonl", "-o", "now.html"]) == 0
    assert cli.main(["pack", "brief.md.ledger.jsonl", "-o", "now.wacz", "--html", "now.html"]) == 0
    capsys.readouterr()
    packed = checked_report.folder / "now.wacz"
    assert "view-of-another-head" not in _codes(packed).values()
    head = sha256_hex(checked_report.ledger.read_bytes().splitlines()[-1])

    stale = rewrite_bundle(
        packed, tmp_path / "stale.wacz", lambda e: _repackaged(e, {"provenance/now.html": before})
    )

    result = verify_bundle(stale)
    (problem,) = [p for p in result.problems if p.code == "view-of-another-head"]
    assert problem.file is not None and problem.file.endswith("stale.wacz:provenance/now.html")
    assert problem.expected == head and problem.actual is not None and problem.actual != head
    assert not result.intact


def test_a_bundled_ledger_rechained_unlike_its_bundled_report_is_named_in_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # An unsealed ledger whose note [1] was edited (a date moved) and its chain hashed again, packed with
    # the report it claims, unsigned: the bundle verified INTACT in silence, its report's hash being the
    # recorded one. A warning (an unsigned bundle's ledger proves nothing against a rewrite; another version
    # of provenance may read the report otherwise), named at the footnote's line.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.md").write_text(
        "A claim.[^1]\n\n[^1]: Desk, https://news.example/a, 2024-05-01.\n", encoding="utf-8"
    )
    assert cli.main(["check", "brief.md", "--offline", "--quiet"]) == 1
    assert cli.main(["pack", "brief.md.ledger.jsonl", "-o", "brief.wacz"]) == 0
    capsys.readouterr()
    name = "provenance/brief.md.ledger.jsonl"

    def rechained(entries: dict[str, bytes]) -> dict[str, bytes]:
        lines = [json.loads(raw) for raw in entries[name].splitlines()]
        prev, written = lines[0]["prev"], b""
        for line in lines:
            if line["kind"] == "footnote":
                line["text"] = line["text"].replace("2024-05-01", "2023-05-01")
            line["prev"] = prev
            encoded = json.dumps(line, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
            prev, written = sha256_hex(encoded), written + encoded + b"\n"
        return _repackaged(entries, {name: written})

    forged = rewrite_bundle(tmp_path / "brief.wacz", tmp_path / "forged.wacz", rechained)
    result = verify_bundle(forged)

    assert result.ledger is not None and result.ledger.problems == ()
    (said,) = [
        warning
        for warning in result.ledger.warnings
        if warning.startswith("line 2: footnote line 2 (note [1]) records the note otherwise")
    ]
    # Quoted from the bundled ledger read again (verify keeps a digest of each line's note, not its text).
    assert (
        "the report: '…k, https://news.example/a, 2024-05-01.'; "
        "the line: '…k, https://news.example/a, 2023-05-01.'" in said
    )


def _bundle_of_two_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """draft.md checked, then brief.md into the same ledger, packed: draft.md is in as run 1's report."""
    monkeypatch.chdir(tmp_path)
    ledger = ledger_of_draft_then_brief(tmp_path)
    assert cli.main(["pack", ledger.name, "-o", "two.wacz"]) == 0
    return tmp_path / "two.wacz"


def test_an_earlier_runs_report_rewritten_in_an_unsigned_bundle_is_not_that_runs_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The package lists the forged draft with its own hash (anyone can rewrite an unsigned package): the
    # file checks hold, and a reader of run 1 would open a report run 1 never checked.
    bundle = _bundle_of_two_reports(tmp_path, monkeypatch)
    assert verify_bundle(bundle).intact

    def rewrite(entries: dict[str, bytes]) -> dict[str, bytes]:
        forged = entries["provenance/run-1-draft.md"].replace(b"A claim.", b"A forged claim.")
        return _repackaged(entries, {"provenance/run-1-draft.md": forged})

    result = verify_bundle(rewrite_bundle(bundle, tmp_path / "forged.wacz", rewrite))

    assert [(str(p.file).rsplit(":", 1)[-1], p.code) for p in result.problems] == [
        ("provenance/run-1-draft.md", "run-report-changed")
    ]
    assert not result.intact


def test_a_file_filed_as_a_runs_report_whose_hash_no_run_recorded_is_no_evidence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _bundle_of_two_reports(tmp_path, monkeypatch)

    def rewrite(entries: dict[str, bytes]) -> dict[str, bytes]:
        note = b"The desk's own summary of what run 1 found.\n"
        package = json.loads(entries["datapackage.json"])
        package["resources"].append(
            {
                "name": "provenance-run-1-notes.md",
                "path": "provenance/run-1-notes.md",
                "hash": f"sha256:{sha256_hex(note)}",
                "bytes": len(note),
            }
        )
        package["provenance"]["run_reports"][sha256_hex(note)] = "provenance/run-1-notes.md"
        package_bytes = json.dumps(package).encode()
        digest = {"path": "datapackage.json", "hash": f"sha256:{sha256_hex(package_bytes)}"}
        return {
            **entries,
            "provenance/run-1-notes.md": note,
            "datapackage.json": package_bytes,
            "datapackage-digest.json": json.dumps(digest).encode(),
        }

    result = verify_bundle(rewrite_bundle(bundle, tmp_path / "added.wacz", rewrite))

    assert [(str(p.file).rsplit(":", 1)[-1], p.code) for p in result.problems] == [
        ("provenance/run-1-notes.md", "report-of-no-run")
    ]


def test_an_earlier_runs_report_pack_left_out_is_named_by_verify_of_the_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # draft.md was deleted before `pack`: pack warned then, but whoever verifies the bundle later must hear
    # that run 1's verdicts stand on a report the bundle cannot show them.
    monkeypatch.chdir(tmp_path)
    ledger = ledger_of_draft_then_brief(tmp_path)
    (tmp_path / "draft.md").unlink()
    assert cli.main(["pack", ledger.name, "-o", "two.wacz"]) == 0
    capsys.readouterr()

    result = verify_bundle(tmp_path / "two.wacz")

    assert result.intact
    named = [warning for warning in result.warnings if "draft.md" in warning]
    assert len(named) == 1 and "the run at line 1" in named[0] and "not in the bundle" in named[0], named
    assert cli.main(["verify", "two.wacz"]) == 0
    assert "draft.md the run at line 1 checked is not in the bundle" in capsys.readouterr().err


def test_a_bundle_holding_every_runs_report_names_none_as_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = verify_bundle(_bundle_of_two_reports(tmp_path, monkeypatch))

    assert result.intact
    assert not [warning for warning in result.warnings if "not in the bundle" in warning], result.warnings
