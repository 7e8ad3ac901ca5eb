"""`verify` holds each capture to its WARC as a whole and to time, not only to the digests someone stated.

The forger here does what a reviewer did by hand: they take a real check's WARC, edit a record (its digest
headers removed, or a record added), rewrite the ledger line to match (the file's new hash and size, its
records, its times, its URL, address or status) and recompute the chain. Every such ledger used to verify
INTACT; each is now named as a problem of the footnote's line, and an honest check still verifies.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import socket
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from provenance import cli
from provenance.ledger.canonical import canonical_json
from provenance.ledger.verify import Verification, verify_ledger
from provenance.models import Problem
from tests.support.servers import FixtureServer, LocalCA, Reply, redirect

ARTICLE = (
    b"<html><head><title>Council vote</title><meta name='author' content='Lina Haddad'>"
    b"<meta property='article:published_time' content='2022-01-21T09:00:00Z'></head>"
    b"<body><p>The council voted to reopen the bridge.</p></body></html>"
)
REPORT = """# Brief

The council said it \u201cvoted to reopen the bridge\u201d.[^1]

[^1]: Lina Haddad, \u201cCouncil vote\u201d, January 21, 2022, http://news.example/moved
"""
TELEGRAM_POST = (
    b"<html><body><div class='tgme_widget_message' data-post='rybar/12345'>"
    b"<a class='tgme_widget_message_owner_name'><span>Rybar</span></a>"
    b"<div class='tgme_widget_message_text'>The convoy had already crossed.</div>"
    b"<a class='tgme_widget_message_date'><time datetime='2022-01-21T09:15:04+00:00'>09:15</time></a>"
    b"</div></body></html>"
)
# Every kind of honest capture at once: a redirect, a platform's side requests over TLS, a 404, a request
# that got no answer (its attempt kept as a request record), and a note with nothing to capture.
HONEST_REPORT = """# Brief

The council said it \u201cvoted to reopen the bridge\u201d.[^1] The channel disagreed.[^2] A page is gone.[^3]
A dead server.[^4] An unlinked claim.[^5]

[^1]: Lina Haddad, \u201cCouncil vote\u201d, January 21, 2022, http://news.example/moved
[^2]: Rybar (@rybar), Telegram, January 21, 2022, https://t.me/rybar/12345
[^3]: City desk, January 20, 2022, http://news.example/gone
[^4]: City desk, January 20, 2022, http://dead.example/page
[^5]: Telegram, January 21, 2022.
"""


@pytest.fixture
def news() -> Iterator[FixtureServer]:
    routes = {
        "/article": Reply(body=ARTICLE),
        "/moved": redirect("/article", 301),
        "/gone": Reply(404, b"gone"),
    }
    with FixtureServer(routes) as server:
        yield server


def _check(folder: Path, capsys: pytest.CaptureFixture[str], *options: str) -> None:
    # The WARCs beside the ledger: by default they went to archives/ in the directory the tests ran from.
    archives = str(folder / "archives")
    cli.main(
        [
            "check",
            str(folder / "brief.md"),
            "--no-archive-lookup",
            "--retries",
            "0",
            "--archive-dir",
            archives,
            *options,
        ]
    )
    capsys.readouterr()


@pytest.fixture
def checked(tmp_path: Path, news: FixtureServer, capsys: pytest.CaptureFixture[str]) -> Forgery:
    """A real check of one note (a redirect, then the article), ready to be forged."""
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    _check(tmp_path, capsys, "--connect-to", f"news.example:80:127.0.0.1:{news.port}")
    forgery = Forgery(tmp_path / "brief.md.ledger.jsonl")
    assert verify_ledger(forgery.ledger).intact, "the honest check verifies before anything is forged"
    return forgery


# --- the forger's tools -----------------------------------------------------------------------------------


@dataclass
class WarcRecord:
    """One record as a forger edits it: its WARC header fields in order, and its block."""

    fields: list[tuple[str, str]]
    block: bytes

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.fields if key.lower() == name.lower()), None)

    def drop(self, *names: str) -> None:
        lowered = {name.lower() for name in names}
        self.fields = [(key, value) for key, value in self.fields if key.lower() not in lowered]

    def set(self, name: str, value: str) -> None:
        self.drop(name)
        self.fields.append((name, value))

    def encoded(self) -> bytes:
        fields = [(key, value) for key, value in self.fields if key.lower() != "content-length"]
        fields.append(("Content-Length", str(len(self.block))))
        head = "WARC/1.1\r\n" + "".join(f"{key}: {value}\r\n" for key, value in fields) + "\r\n"
        return head.encode() + self.block + b"\r\n\r\n"


def read_warc_records(path: Path) -> list[WarcRecord]:
    data = gzip.decompress(path.read_bytes())
    records = []
    at = 0
    while at < len(data):
        end = data.index(b"\r\n\r\n", at)
        version, *lines = data[at:end].decode().split("\r\n")
        assert version.startswith("WARC/")
        fields = [(key, value) for key, _, value in (line.partition(": ") for line in lines)]
        record = WarcRecord(fields, b"")
        length = int(record.header("Content-Length") or 0)
        record.block = data[end + 4 : end + 4 + length]
        records.append(record)
        at = end + 4 + length + 4
    return records


def write_warc_records(path: Path, records: list[WarcRecord]) -> None:
    """The records written back as the capture writes them: each its own gzip member."""
    path.write_bytes(b"".join(gzip.compress(record.encoded()) for record in records))


@dataclass
class Forgery:
    """The ledger of a real check, its lines as JSON objects: edit them, then `write` the chain again."""

    ledger: Path
    lines: list[dict[str, Any]] = field(init=False)

    def __post_init__(self) -> None:
        self.lines = [json.loads(line) for line in self.ledger.read_bytes().splitlines()]

    @property
    def run(self) -> dict[str, Any]:
        return next(line for line in self.lines if line["kind"] == "run")

    @property
    def footnote(self) -> dict[str, Any]:
        return next(line for line in self.lines if line["kind"] == "footnote")

    @property
    def capture(self) -> dict[str, Any]:
        capture: dict[str, Any] = self.footnote["capture"]
        return capture

    @property
    def warc(self) -> Path:
        return self.ledger.parent / str(self.capture["warc"])

    def edit_warc(self, edit: Callable[[list[WarcRecord]], None]) -> None:
        """Edit the WARC's records, and record the file's new hash and size as the capture's."""
        records = read_warc_records(self.warc)
        edit(records)
        write_warc_records(self.warc, records)
        data = self.warc.read_bytes()
        self.capture.update({"warc_sha256": hashlib.sha256(data).hexdigest(), "warc_bytes": len(data)})

    def write(self) -> Verification:
        """The lines written again with every `seq` and `prev` recomputed, then verified."""
        prev, encoded = self.lines[0]["prev"], []
        for seq, line in enumerate(self.lines):
            line.update(seq=seq, prev=prev)
            data = canonical_json(line)
            encoded.append(data + b"\n")
            prev = hashlib.sha256(data).hexdigest()
        self.ledger.write_bytes(b"".join(encoded))
        return verify_ledger(self.ledger)


def _response(records: list[WarcRecord], uri: str = "http://news.example/article") -> WarcRecord:
    return next(
        r for r in records if r.header("WARC-Type") == "response" and r.header("WARC-Target-URI") == uri
    )


def _the(verification: Verification, code: str) -> Problem:
    found = [problem for problem in verification.problems if problem.code == code]
    assert found, verification.problems
    assert not verification.intact
    return found[0]


def _rewrite_article(records: list[WarcRecord]) -> None:
    """The article says the opposite now: the forger keeps the block's length honest, drops its digests."""
    response = _response(records)
    response.block = response.block.replace(b"voted to reopen", b"NEVER voted to reopen")
    response.drop("WARC-Block-Digest", "WARC-Payload-Digest")


# --- what the WARC holds ------------------------------------------------------------------------------------


@pytest.mark.tampers_with_evidence
def test_a_record_no_digest_covers_is_named_when_the_ledger_lists_no_records(
    checked: Forgery, capsys: pytest.CaptureFixture[str]
) -> None:
    # The reviewer's case: the response rewritten, its digest headers gone, `records: []` in the ledger.
    checked.edit_warc(_rewrite_article)
    response_id = _response(read_warc_records(checked.warc)).header("WARC-Record-ID")
    checked.capture["records"] = []
    verification = checked.write()

    problem = _the(verification, "record-undigested")
    assert problem.line == 2 and problem.file is not None and problem.file.endswith(checked.warc.name)
    assert f"response record {response_id} has no WARC-Block-Digest" in problem.message
    assert "no digest covers its content" in problem.message
    code = cli.main(["verify", str(checked.ledger)])
    out = capsys.readouterr().out
    assert code == 1
    assert "NOT INTACT" in out and "EVIDENCE DAMAGED" in out


@pytest.mark.tampers_with_evidence
def test_a_record_no_digest_covers_is_named_when_the_ledger_leaves_it_out(checked: Forgery) -> None:
    checked.edit_warc(_rewrite_article)
    response_id = _response(read_warc_records(checked.warc)).header("WARC-Record-ID")
    checked.capture["records"] = [r for r in checked.capture["records"] if r["id"] != response_id]

    problem = _the(checked.write(), "record-undigested")

    assert response_id is not None and response_id in problem.message


@pytest.mark.tampers_with_evidence
def test_a_record_the_ledger_does_not_list_is_named(checked: Forgery) -> None:
    # A second answer for the cited URL, digested as the capture digests, added after the first.
    def add_answer(records: list[WarcRecord]) -> None:
        original = _response(records)
        block = original.block.replace(b"voted to reopen", b"NEVER voted to reopen")
        added = WarcRecord(list(original.fields), block)
        added.set("WARC-Record-ID", f"<urn:uuid:{uuid.uuid4()}>")
        added.set("WARC-Block-Digest", "sha256:" + hashlib.sha256(block).hexdigest())
        added.drop("WARC-Payload-Digest")
        records.insert(records.index(original) + 1, added)

    checked.edit_warc(add_answer)

    problem = _the(checked.write(), "record-unlisted")

    assert "the WARC holds a response record <urn:uuid:" in problem.message
    assert "that the ledger does not list" in problem.message


@pytest.mark.tampers_with_evidence
def test_a_record_repeating_a_listed_records_id_is_named(checked: Forgery) -> None:
    # The forged answer goes first under the real one's id: only the real one was compared with the ledger.
    def shadow(records: list[WarcRecord]) -> None:
        original = _response(records)
        forged = WarcRecord(list(original.fields), original.block.replace(b"voted", b"VOTED"))
        forged.drop("WARC-Block-Digest", "WARC-Payload-Digest")
        records.insert(records.index(original), forged)

    checked.edit_warc(shadow)

    problem = _the(checked.write(), "record-repeated")

    assert "a second response record" in problem.message


# --- what the WARC says against what the ledger says ------------------------------------------------------


@pytest.mark.tampers_with_evidence
def test_a_capture_whose_target_uri_its_warc_does_not_hold_is_named(checked: Forgery) -> None:
    # The ledger now says this WARC is the capture of another page (its records' digests left alone).
    other = "http://news.example/other"
    checked.capture.update(url=other, final_url=other, redirects=[other])
    checked.footnote["citation"]["url"] = other

    verification = checked.write()

    assert _the(verification, "capture-request-missing").expected == other
    missing = _the(verification, "capture-response-missing")
    assert (missing.expected, missing.actual) == (
        other,
        "http://news.example/article, http://news.example/moved",
    )


@pytest.mark.tampers_with_evidence
def test_a_404s_footnote_rewritten_verified_with_captured_passing_is_a_warning_naming_it(
    tmp_path: Path, news: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # The WARC and the capture stay as captured (a 404); only the line's checks, status and the summary's
    # counts are rewritten, the chain computed again: verify said INTACT, [1] verified, evidence intact.
    (tmp_path / "brief.md").write_text(REPORT.replace("/moved", "/gone"), encoding="utf-8")
    _check(tmp_path, capsys, "--connect-to", f"news.example:80:127.0.0.1:{news.port}")
    forgery = Forgery(tmp_path / "brief.md.ledger.jsonl")
    assert forgery.capture["http_status"] == 404 and forgery.footnote["status"] == "failed"
    for check in forgery.footnote["checks"]:
        if check["name"] == "captured":
            check["status"] = "pass"
    forgery.footnote["status"] = "verified"
    summary = forgery.lines[-1]
    summary["counts"].update(verified=1, failed=0)

    verification = forgery.write()

    assert verification.problem_count == 0, verification.problems
    assert verification.unsupported[2] == "captured passes beside HTTP 404"
    assert any("do not add up to" in warning for warning in verification.warnings), verification.warnings


# --- the order the capture wrote ---------------------------------------------------------------------------


def _reorder(checked: Forgery, order: Callable[[list[WarcRecord]], list[WarcRecord]]) -> Verification:
    """The WARC's records put in another order, the line's listing put in the same order (so the two agree),
    the file's hash and the chain made again: every record's digests still hold."""

    def edit(records: list[WarcRecord]) -> None:
        records[:] = order(records)

    checked.edit_warc(edit)
    by_id = {ref["id"]: ref for ref in checked.capture["records"]}
    checked.capture["records"] = [by_id[r.header("WARC-Record-ID")] for r in read_warc_records(checked.warc)]
    return checked.write()


def _types(records: list[WarcRecord]) -> list[str]:
    return [f"{r.header('WARC-Type')} {r.header('WARC-Target-URI') or ''}".strip() for r in records]


@pytest.mark.tampers_with_evidence
def test_a_warc_reordered_response_before_its_request_listing_alike_is_named(checked: Forgery) -> None:
    # Each exchange's request, then its response, written whole: an answer before its question was not
    # captured so. The listing reordered alike verified INTACT.
    def answer_first(records: list[WarcRecord]) -> list[WarcRecord]:
        assert _types(records)[1:3] == [
            "request http://news.example/moved",
            "response http://news.example/moved",
        ]
        return [records[0], records[2], records[1], *records[3:]]

    problem = _the(_reorder(checked, answer_first), "record-order-impossible")

    assert problem.line == 2
    assert (problem.expected, problem.actual) == (
        "a request for http://news.example/moved",
        "a warcinfo record",
    )


@pytest.mark.tampers_with_evidence
def test_a_warc_reordered_warcinfo_last_listing_alike_is_named(checked: Forgery) -> None:
    problem = _the(_reorder(checked, lambda records: [*records[1:], records[0]]), "record-order-impossible")

    assert (problem.expected, problem.actual) == ("warcinfo", "request")
    assert "first record" in problem.message


@pytest.mark.tampers_with_evidence
def test_a_warc_reordered_redirect_hops_swapped_listing_alike_is_named(checked: Forgery) -> None:
    # The article's exchange before the redirect that led to it, each exchange whole: the hops are out of
    # the order the capture followed them (its redirects: moved, then article).
    def hops_swapped(records: list[WarcRecord]) -> list[WarcRecord]:
        assert _types(records)[1:5] == [
            "request http://news.example/moved",
            "response http://news.example/moved",
            "request http://news.example/article",
            "response http://news.example/article",
        ]
        return [records[0], *records[3:5], *records[1:3], *records[5:]]

    problem = _the(_reorder(checked, hops_swapped), "record-order-impossible")

    assert (problem.expected, problem.actual) == (
        "http://news.example/moved before http://news.example/article",
        "http://news.example/article before http://news.example/moved",
    )


@pytest.mark.tampers_with_evidence
def test_a_warc_whose_metadata_record_moved_first_after_its_warcinfo_is_not_judged(checked: Forgery) -> None:
    # Where the writer leaves the order open (its metadata record, side requests), no order is evidence:
    # an honest capture's file could hold it so.
    def metadata_early(records: list[WarcRecord]) -> list[WarcRecord]:
        assert _types(records)[-1].startswith("metadata")
        return [records[0], records[-1], *records[1:-1]]

    verification = _reorder(checked, metadata_early)

    assert verification.intact, verification.problems


@pytest.mark.tampers_with_evidence
def test_a_capture_whose_url_is_not_its_first_request_is_named(checked: Forgery) -> None:
    checked.capture["url"] = "http://news.example/other"

    problem = _the(checked.write(), "capture-url-mismatch")

    assert (problem.expected, problem.actual) == ("http://news.example/other", "http://news.example/moved")


@pytest.mark.tampers_with_evidence
def test_a_capture_whose_ip_is_not_its_warcs_is_named(checked: Forgery) -> None:
    checked.capture["ip"] = "93.184.216.34"  # a public address, for a page served from this machine

    problem = _the(checked.write(), "capture-ip-mismatch")

    assert (problem.expected, problem.actual) == ("93.184.216.34", "127.0.0.1")
    assert problem.line == 2


@pytest.mark.tampers_with_evidence
def test_a_capture_whose_http_status_is_not_its_warcs_is_named(checked: Forgery) -> None:
    checked.capture["http_status"] = 404

    problem = _the(checked.write(), "capture-status-mismatch")

    assert (problem.expected, problem.actual) == ("404", "200")


@pytest.mark.tampers_with_evidence
def test_a_capture_whose_warc_is_dated_outside_its_times_is_named(checked: Forgery) -> None:
    # Moved a year back (to fall on the cited day's side of some deadline, say); still before its line.
    capture = checked.capture
    for name in ("started_at", "finished_at"):
        capture[name] = str(int(capture[name][:4]) - 1) + capture[name][4:]

    problem = _the(checked.write(), "capture-date-mismatch")

    assert problem.expected == f"{capture['started_at']} to {capture['finished_at']}"


# --- time ---------------------------------------------------------------------------------------------------


@pytest.mark.tampers_with_evidence
def test_a_capture_that_finished_before_it_started_is_named(checked: Forgery) -> None:
    capture = checked.capture
    capture["started_at"], capture["finished_at"] = capture["finished_at"], capture["started_at"]

    problem = _the(checked.write(), "capture-time-impossible")

    assert problem.message == "the capture finished before it started"


@pytest.mark.tampers_with_evidence
def test_a_capture_dated_in_the_future_is_named(checked: Forgery) -> None:
    checked.capture["started_at"] = "2099-01-01T00:00:00.000Z"

    messages = {problem.message for problem in checked.write().problems}

    assert "the capture is dated in the future" in messages
    assert "the capture finished before it started" in messages


@pytest.mark.tampers_with_evidence
def test_a_capture_after_its_run_line_is_named(checked: Forgery) -> None:
    # A run that claims 2020, its own times made to agree, whose capture (and WARC) say otherwise.
    checked.run.update(at="2020-01-01T00:00:00.000Z", started_at="2020-01-01T00:00:00.000Z")
    checked.run["finished_at"] = "2020-01-01T00:00:00.000Z"

    problem = _the(checked.write(), "capture-time-impossible")

    assert problem.line == 2
    assert problem.message == "the capture finished after its run's line 1 was written"
    assert problem.expected == "times up to 2020-01-01T00:00:00.000Z"


@pytest.mark.tampers_with_evidence
def test_a_run_line_dated_before_its_own_end_is_named(checked: Forgery) -> None:
    # The reviewer's forge_trusted_tsa case: only the run's `at` (and start) moved to 2020.
    checked.run.update(at="2020-01-01T00:00:00.000Z", started_at="2020-01-01T00:00:00.000Z")

    verification = checked.write()

    problem = _the(verification, "run-time-impossible")
    assert (problem.line, problem.message) == (1, "the run line's at is before its finished_at")
    assert {p.line for p in verification.problems if p.code == "capture-time-impossible"} == {2}


@pytest.mark.tampers_with_evidence
def test_a_footnote_line_dated_in_the_future_is_named(checked: Forgery) -> None:
    checked.footnote["at"] = "2099-01-01T00:00:00.000Z"

    problem = _the(checked.write(), "capture-time-impossible")

    assert problem.message == "its line 2 is dated in the future"


# --- honest captures ----------------------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def checked_over_tls(
    tmp_path: Path, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> Iterator[Forgery]:
    """A real check of one Telegram post over TLS, ready to be forged."""
    (tmp_path / "brief.md").write_text(
        "The channel disagreed.[^1]\n\n[^1]: Rybar (@rybar), Telegram, January 21, 2022, "
        "https://t.me/rybar/12345\n",
        encoding="utf-8",
    )
    with FixtureServer({"/rybar/12345": Reply(body=TELEGRAM_POST)}, tls=local_ca) as telegram:
        rule = f"t.me:443:127.0.0.1:{telegram.port}"
        _check(tmp_path, capsys, "--connect-to", rule, "--ca-bundle", str(local_ca.ca_pem))
    forgery = Forgery(tmp_path / "brief.md.ledger.jsonl")
    assert forgery.capture["tls"]["certificate_sha256"], "a capture over TLS names the certificate"
    assert verify_ledger(forgery.ledger).intact, "the honest check verifies before anything is forged"
    yield forgery


@pytest.mark.tampers_with_evidence
def test_a_capture_naming_another_tls_certificate_than_its_warc_holds_is_named(
    checked_over_tls: Forgery, local_ca: LocalCA
) -> None:
    """The certificate the ledger (and the view) names as who answered, against the certificate the metadata
    record keeps: a ledger naming another certificate, or another subject and issuer for the same one,
    verified intact."""
    tls = checked_over_tls.capture["tls"]
    honest = tls["certificate_sha256"]
    assert (
        honest
        == hashlib.sha256(
            x509.load_pem_x509_certificate(local_ca.cert_pem.read_bytes()).public_bytes(Encoding.DER)
        ).hexdigest()
    )
    tls["certificate_sha256"] = "ab" * 32  # a publicly trusted certificate's fingerprint, say

    problem = _the(checked_over_tls.write(), "capture-tls-mismatch")

    assert (problem.expected, problem.actual) == ("ab" * 32, honest)
    assert problem.line == 2 and "not one its WARC's metadata record holds" in problem.message


@pytest.mark.tampers_with_evidence
def test_a_capture_naming_another_subject_for_its_tls_certificate_is_named(checked_over_tls: Forgery) -> None:
    checked_over_tls.capture["tls"].update(subject="commonName=t.me,organizationName=Telegram FZ-LLC")
    checked_over_tls.capture["tls"].update(issuer="commonName=a public CA")

    problem = _the(checked_over_tls.write(), "capture-tls-mismatch")

    assert "the capture's TLS issuer, subject are not what" in problem.message
    assert problem.expected is not None and "Telegram FZ-LLC" in problem.expected
    assert problem.actual is not None and "provenance test CA" in problem.actual


def test_honest_captures_of_every_kind_verify_intact_and_so_does_a_run_that_reuses_them(
    tmp_path: Path, news: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "brief.md").write_text(HONEST_REPORT, encoding="utf-8")
    with FixtureServer({"/rybar/12345": Reply(body=TELEGRAM_POST)}, tls=local_ca) as telegram:
        served = [
            "--connect-to", f"news.example:80:127.0.0.1:{news.port}",
            "--connect-to", f"t.me:443:127.0.0.1:{telegram.port}",
            "--connect-to", f"dead.example:80:127.0.0.1:{_closed_port()}",
            "--ca-bundle", str(local_ca.ca_pem),
        ]  # fmt: skip
        _check(tmp_path, capsys, *served)
        _check(tmp_path, capsys, *served)  # the second run reuses the first one's answered captures
    ledger = tmp_path / "brief.md.ledger.jsonl"
    lines = [json.loads(line) for line in ledger.read_bytes().splitlines()]
    captures = [line["capture"] for line in lines if line["kind"] == "footnote" and line["capture"]]
    assert {c["http_status"] for c in captures} == {200, 404, None}, "an answer, a 404 and no answer"
    assert any(len(c["redirects"]) == 2 for c in captures) and any(c["reused"] for c in captures)
    assert any(len({r["uri"] for r in c["records"] if r["type"] == "request"}) > 1 for c in captures), (
        "a platform's side requests"
    )

    verification = verify_ledger(ledger)

    assert verification.intact, verification.problems
