"""`verify` judges seals: who signed (--trust), when a TSA saw the head (--tsa-ca), and what was stripped."""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from provenance import cli
from provenance.capture.options import NetworkOptions
from provenance.hashing import sha256_hex
from provenance.ledger.canonical import canonical_json
from provenance.models import Counts, LedgerLine, Problem, SummaryLine, TimestampLine
from provenance.seal.keys import KeyFiles, generate_key_files, load_private_key
from provenance.seal.signing import sign_head
from provenance.seal.timestamps import utc_text
from provenance.seal.verification import MAX_SEALS_LISTED, SealCheck, SealTally
from tests.support.tsa import TSA_POLICY, LocalTSA

# No link in the note: nothing is fetched, so the only network use is the TSA's.
REPORT = "A claim.[^1]\n\n[^1]: Lina Haddad, interview, January 21, 2022.\n"


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str

    def json(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(self.out)
        return document


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Any:
    def run(*argv: str) -> Ran:
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    return tmp_path


LEDGER = "brief.md.ledger.jsonl"


def _lines(folder: Path) -> list[bytes]:
    return (folder / LEDGER).read_bytes().splitlines()


def _write(folder: Path, lines: list[bytes]) -> None:
    (folder / LEDGER).write_bytes(b"".join(line + b"\n" for line in lines))


def _codes(result: Ran) -> set[str]:
    return {problem["code"] for problem in result.json()["problems"]}


def _statuses(result: Ran) -> list[tuple[str, str]]:
    return [(seal["kind"], seal["status"]) for seal in result.json()["seals"]]


@pytest.fixture
def sealed(folder: Path, signing_key: KeyFiles, local_tsa: LocalTSA, run: Any) -> Path:
    """One run signed, then timestamped by the local TSA: run, footnote, summary, signature, timestamp."""
    assert run(
        "check", "brief.md", "--sign", str(signing_key.private), "--tsa", local_tsa.url, "--allow-private"
    ).code
    return folder


def test_a_signed_and_timestamped_ledger_passes_when_its_key_and_tsa_are_trusted(
    sealed: Path, signing_key: KeyFiles, local_tsa: LocalTSA, run: Any
) -> None:
    ran = run(
        "verify", LEDGER, "--json", "--trust", str(signing_key.public), "--tsa-ca", str(local_tsa.ca_pem)
    )
    assert ran.code == 0, ran.out
    assert _statuses(ran) == [("signature", "trusted"), ("timestamp", "trusted")]
    assert ran.json()["verdict"].startswith("INTACT") and ran.err == ""


def test_without_trust_a_valid_signature_is_a_warning_about_who(sealed: Path, run: Any) -> None:
    ran = run("verify", LEDGER, "--json")
    assert ran.code == 0
    assert _statuses(ran) == [("signature", "valid"), ("timestamp", "unchecked")]
    assert "give --trust" in ran.err and "give --tsa-ca" in ran.err


def test_a_flipped_signature_byte_fails(folder: Path, signing_key: KeyFiles, run: Any) -> None:
    run("check", "brief.md", "--sign", str(signing_key.private))
    lines = _lines(folder)
    signature = json.loads(lines[-1])
    raw = bytearray(base64.b64decode(signature["signature"]))
    raw[10] ^= 0x01
    signature["signature"] = base64.b64encode(bytes(raw)).decode()
    _write(folder, [*lines[:-1], json.dumps(signature, separators=(",", ":"), sort_keys=True).encode()])
    ran = run("verify", LEDGER, "--json")
    assert ran.code == 1 and _codes(ran) == {"signature-invalid"}
    assert ran.json()["verdict"].startswith("NOT INTACT")


def test_a_ledger_re_signed_with_another_key_fails_under_trust(
    folder: Path, signing_key: KeyFiles, tmp_path: Path, run: Any
) -> None:
    run("check", "brief.md", "--sign", str(signing_key.private))
    lines = _lines(folder)
    original = json.loads(lines[-1])
    other = generate_key_files(tmp_path / "keys" / "other.key")
    public_key, signature = sign_head(load_private_key(other.private), original["prev"])
    forged = {**original, "public_key": public_key, "signature": signature}
    _write(folder, [*lines[:-1], json.dumps(forged, separators=(",", ":"), sort_keys=True).encode()])
    trusted = run("verify", LEDGER, "--json", "--trust", signing_key.public_key)
    assert trusted.code == 1 and _codes(trusted) == {"signature-untrusted", "run-not-signed"}
    untrusted = run("verify", LEDGER, "--json")  # a valid signature by some key: who it is was not asked
    assert untrusted.code == 0 and _statuses(untrusted) == [("signature", "valid")]


def test_seals_stripped_off_the_end_fail_when_trust_is_asked_for(
    sealed: Path, signing_key: KeyFiles, local_tsa: LocalTSA, run: Any
) -> None:
    _write(sealed, _lines(sealed)[:-2])  # the chain stays whole: only what follows the summary is gone
    assert run("verify", LEDGER, "--json").code == 0
    ran = run(
        "verify", LEDGER, "--json", "--trust", str(signing_key.public), "--tsa-ca", str(local_tsa.ca_pem)
    )
    assert ran.code == 1 and _codes(ran) == {"run-not-signed", "run-not-timestamped"}


def test_an_unsigned_run_appended_after_the_seals_fails_under_trust(
    sealed: Path, signing_key: KeyFiles, run: Any
) -> None:
    run("check", "brief.md")
    ran = run("verify", LEDGER, "--json", "--trust", str(signing_key.public))
    assert ran.code == 1 and _codes(ran) == {"run-not-signed"}


def test_a_run_appended_after_the_seals_is_a_warning_without_trust(sealed: Path, run: Any) -> None:
    """The seals of a first run say nothing of a second one: verify says so, though no trust was asked for."""
    run("check", "brief.md", "--operator", "Mallory")  # lines 6-8, after the signature (4) and timestamp (5)
    ran = run("verify", LEDGER)
    assert ran.code == 0
    assert "the last run (lines 6 to 8) is covered by no seal" in ran.err
    assert "after the last seal (line 5)" in ran.err
    seals = ran.out.split("seals:\n", 1)[1].splitlines()
    # each seal names the lines it seals, not the ledger's head printed above it
    assert "sealing lines 1 to 3" in seals[0] and "sealing lines 1 to 4" in seals[1]
    assert "over this head" not in ran.out + ran.err
    assert run("verify", LEDGER, "--strict").code == 1
    sealed_only = run("verify", LEDGER, "--json")  # the warning is one of the ledger's, as --json lists them
    assert any("covered by no seal" in warning for warning in sealed_only.json()["warnings"])


def test_two_runs_appended_after_the_seals_are_both_named_as_unsealed(
    sealed: Path, signing_key: KeyFiles, run: Any
) -> None:
    """A forger's run and a later one after the seals: naming only the last said the first was sealed."""
    run("check", "brief.md", "--operator", "Mallory")  # lines 6-8, after the signature (4) and timestamp (5)
    run("check", "brief.md")  # lines 9-11
    ran = run("verify", LEDGER)
    assert ran.code == 0
    assert "the last 2 runs (lines 6 to 11) are covered by no seal" in ran.err
    assert "after the last seal (line 5)" in ran.err
    assert "the last 2 runs (from line 6) are covered by no seal" in ran.out  # the verdict says so too
    trusted = run("verify", LEDGER, "--json", "--trust", str(signing_key.public))
    assert trusted.code == 1 and _codes(trusted) == {"run-not-signed"}
    (problem,) = trusted.json()["problems"]
    assert "the last 2 runs are not signed with a --trust key" in problem["message"]


def test_runs_appended_after_the_seals_are_all_counted_as_unsealed_when_not_all_are_listed(
    sealed: Path, run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The verdict counted the unsealed runs among the runs listed: of a ledger with more runs than are
    listed (the ones between counted, not listed), it named too few."""
    monkeypatch.setattr("provenance.verdict.RUNS_LISTED_FIRST", 1)
    monkeypatch.setattr("provenance.verdict.RUNS_LISTED_LAST", 1)
    run("check", "brief.md", "--operator", "Mallory")  # lines 6-8: counted, not listed
    run("check", "brief.md")  # lines 9-11
    ran = run("verify", LEDGER, "--json")
    assert [r["line"] for r in ran.json()["run_evidence"]] == [1, 9]
    assert "the last 2 runs (from line 6) are covered by no seal" in ran.json()["verdict"]


def test_runs_appended_before_a_seal_are_covered_by_it(folder: Path, signing_key: KeyFiles, run: Any) -> None:
    run("check", "brief.md", "--sign", str(signing_key.private))
    run("check", "brief.md")  # unsealed until the next run's signature covers it
    run("check", "brief.md", "--sign", str(signing_key.private))
    ran = run("verify", LEDGER, "--trust", str(signing_key.public))
    assert ran.code == 0, ran.out
    assert "covered by no seal" not in ran.out + ran.err


def test_a_ledger_rewritten_after_timestamping_fails_its_seals_though_its_chain_is_whole(
    sealed: Path, signing_key: KeyFiles, local_tsa: LocalTSA, run: Any
) -> None:
    lines = [json.loads(line) for line in _lines(sealed)]
    lines[1]["text"] = "A note the author wished they had written."
    rewritten: list[bytes] = []
    for line in lines:  # a careful forger recomputes every prev, so the chain itself holds
        if rewritten:
            line["prev"] = sha256_hex(rewritten[-1])
        rewritten.append(json.dumps(line, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode())
    _write(sealed, rewritten)
    ran = run("verify", LEDGER, "--json", "--tsa-ca", str(local_tsa.ca_pem))
    assert ran.code == 1
    assert _codes(ran) == {"signature-invalid", "timestamp-invalid", "run-not-timestamped"}


def _change_line(folder: Path, index: int, text: str) -> None:
    """Line `index` (0-based) of the ledger with its footnote text changed, the chain left as it was."""
    lines = _lines(folder)
    changed = json.loads(lines[index])
    changed["text"] = text
    lines[index] = canonical_json(changed)
    _write(folder, lines)


def test_seals_after_a_changed_line_are_not_said_to_seal_the_lines_as_they_are_now(
    sealed: Path, signing_key: KeyFiles, local_tsa: LocalTSA, run: Any
) -> None:
    """A line changed after sealing: each seal still verifies over the head it names, but that head is not
    what lines 1 to N hash to now. "sealing lines 1 to 3: valid, by a --trust key" read as the key holder
    vouching for the changed line; the seal, the verdict and the view say they do not."""
    _change_line(sealed, 1, "A note the author wished they had written.")
    trust = ("--trust", str(signing_key.public), "--tsa-ca", str(local_tsa.ca_pem))
    ran = run("verify", LEDGER, "--json", *trust)
    assert ran.code == 1 and _codes(ran) == {"line-changed", "prev-mismatch"}
    seals = ran.json()["seals"]
    assert [(seal["status"], seal["chain_broken_at"]) for seal in seals] == [("trusted", 2), ("trusted", 2)]
    assert "2 seals over lines changed since" in ran.json()["verdict"]
    text = run("verify", LEDGER, *trust).out.split("seals:\n", 1)[1].splitlines()
    assert "sealing lines 1 to 3: valid, by a --trust key; but NOT over lines 1 to 3 as they are" in text[0]
    assert "the chain breaks at line 2" in text[0] and "NOT over lines 1 to 4 as they are now" in text[1]
    assert run("show", LEDGER, "-o", "view.html").code == 1
    page = (sealed / "view.html").read_text(encoding="utf-8")
    assert "it matches lines 1 to" not in page
    assert "<strong>it no longer matches lines 1 to 3</strong>: the chain breaks at line 2" in page


def test_seals_before_a_changed_line_still_seal_the_lines_before_them(
    sealed: Path, signing_key: KeyFiles, local_tsa: LocalTSA, run: Any
) -> None:
    """A second signed run, then a line of it changed: the first run's seals still cover lines 1 to 4."""
    # lines 6 to 9: run, footnote, summary, signature
    run("check", "brief.md", "--sign", str(signing_key.private))
    _change_line(sealed, 6, "Changed in the second run.")
    ran = run("verify", LEDGER, "--json", "--trust", str(signing_key.public))
    assert ran.code == 1
    assert [(seal["line"], seal["chain_broken_at"]) for seal in ran.json()["seals"]] == [
        (4, None),
        (5, None),
        (9, 7),
    ]
    assert "1 seal over lines changed since: it vouches" in ran.json()["verdict"]


def test_a_timestamp_from_a_tsa_the_root_does_not_certify_fails_under_tsa_ca(
    folder: Path, local_tsa: LocalTSA, tmp_path: Path, run: Any
) -> None:
    with LocalTSA(tmp_path / "elsewhere", name="another TSA") as other:
        run("check", "brief.md", "--tsa", other.url, "--allow-private")
    ran = run("verify", LEDGER, "--json", "--tsa-ca", str(local_tsa.ca_pem))
    assert ran.code == 1 and _codes(ran) == {"timestamp-untrusted", "run-not-timestamped"}


def test_a_timestamp_is_shown_with_its_accuracy_serial_policy_and_signing_certificate(
    sealed: Path, local_tsa: LocalTSA, run: Any
) -> None:
    """ "timestamp 2026-…Z from URL (CN=…)" gave neither how exact that time is (genTime ± accuracy) nor which
    certificate signed the token: a name any certificate can carry. A reviewer compares the fingerprint with
    the one the TSA publishes, as `openssl x509 -fingerprint -sha256` prints it."""
    certificate = x509.load_pem_x509_certificate(local_tsa.files.cert_pem.read_bytes())
    fingerprint = certificate.fingerprint(hashes.SHA256()).hex()
    ran = run("verify", LEDGER, "--json", "--tsa-ca", str(local_tsa.ca_pem))
    timestamp = ran.json()["seals"][1]
    assert timestamp["kind"] == "timestamp" and timestamp["status"] == "trusted"
    assert timestamp["accuracy"] == "\u00b11 s" and timestamp["policy"] == TSA_POLICY
    assert timestamp["tsa_certificate_sha256"] == fingerprint and timestamp["token_serial"].isdigit()
    text = run("verify", LEDGER).out
    assert (
        f"timestamp {timestamp['gen_time']} \u00b11 s from {local_tsa.url} (names itself "
        f"CN=provenance test TSA, not verified), token serial {timestamp['token_serial']}, policy "
        f"{TSA_POLICY}, signed by the certificate with SHA-256 {fingerprint} (valid until "
        f"{utc_text(certificate.not_valid_after_utc)}), sealing lines 1 to 4"
    ) in text
    assert run("show", LEDGER, "-o", "view.html").code == 0
    page = (sealed / "view.html").read_text(encoding="utf-8")
    assert f"\u00b11 s, token serial {timestamp['token_serial']}, signing certificate SHA-256" in page
    assert fingerprint in page


def test_a_token_that_states_no_accuracy_is_said_to(folder: Path, tmp_path: Path, run: Any) -> None:
    with LocalTSA(tmp_path / "vague", name="vague TSA") as vague:
        config = vague.files.config.read_text(encoding="ascii")
        vague.files.config.write_text(config.replace("accuracy = secs:1\n", ""), encoding="ascii")
        run("check", "brief.md", "--tsa", vague.url, "--allow-private")
    ran = run("verify", LEDGER, "--json")
    assert ran.json()["seals"][0]["accuracy"] is None
    assert "(the token states no accuracy) from" in run("verify", LEDGER).out


def test_a_timestamp_granted_with_modifications_is_said_so_in_verify_s_text_and_the_view_as_in_its_json(
    sealed: Path, local_tsa: LocalTSA, run: Any
) -> None:
    # Only `verify --json`'s detail said the TSA granted it with modifications (RFC 3161 grantedWithMods):
    # the text and the HTML view showed the timestamp in their own words, which left that out.
    lines = _lines(sealed)
    stamp = json.loads(lines[4])
    reply = base64.b64decode(stamp["token"])
    at = reply.index(b"\x30\x03\x02\x01\x00")  # PKIStatusInfo { granted }: outside the signed token
    stamp["token"] = base64.b64encode(reply[: at + 4] + b"\x01" + reply[at + 5 :]).decode()
    _write(sealed, [*lines[:4], canonical_json(stamp)])
    modified = "the TSA granted it with modifications (grantedWithMods), a token all the same"
    (judged,) = [
        seal for seal in run("verify", LEDGER, "--json").json()["seals"] if seal["kind"] == "timestamp"
    ]
    assert judged["status"] == "unchecked" and judged["detail"].endswith(modified)
    trusted = run("verify", LEDGER, "--tsa-ca", str(local_tsa.ca_pem))
    (said,) = [line for line in trusted.out.splitlines() if line.startswith("  line 5: timestamp")]
    assert said.endswith(
        "valid, from a TSA a --tsa-ca root certifies (its certificates valid at the token's time; revocation "
        f"not checked: verify reads no CRL or OCSP); {modified}"
    )
    assert run("show", LEDGER, "-o", "view.html").code == 0
    assert "which TSA signed it was not checked" in (sealed / "view.html").read_text(encoding="utf-8")
    assert modified in (sealed / "view.html").read_text(encoding="utf-8")


def test_a_timestamp_granted_as_asked_says_nothing_of_modifications(sealed: Path, run: Any) -> None:
    assert "modifications" not in run("verify", LEDGER).out
    assert run("show", LEDGER, "-o", "view.html").code == 0
    assert "modifications" not in (sealed / "view.html").read_text(encoding="utf-8")


def test_verify_appends_nothing_unless_asked_to_record(sealed: Path, signing_key: KeyFiles, run: Any) -> None:
    before = (sealed / LEDGER).read_bytes()
    assert run("verify", LEDGER).code == 0
    assert (sealed / LEDGER).read_bytes() == before
    ran = run(
        "verify", LEDGER, "--record", "--operator", "Reviewer, legal desk", "--trust", signing_key.public_key
    )
    assert ran.code == 0 and "recorded" in ran.err
    lines = _lines(sealed)
    assert lines[:-1] == before.splitlines()
    record = json.loads(lines[-1])
    assert record["kind"] == "verify" and record["prev"] == sha256_hex(lines[-2])
    assert (record["operator"], record["verdict"], record["problems"]) == (
        "Reviewer, legal desk",
        "intact",
        0,
    )
    assert record["options"]["trust"] == [signing_key.public_key]
    again = run("verify", LEDGER, "--json", "--trust", signing_key.public_key)
    assert again.code == 0  # a verify line stands between runs; the run's signature still covers the run


def test_verify_names_per_footnote_whether_its_evidence_is_intact(sealed: Path, run: Any) -> None:
    document = run("verify", LEDGER, "--json").json()
    assert [(f["label"], f["status"], f["evidence"]) for f in document["footnotes"]] == [
        ("1", "unlocatable", "none")
    ]
    text = run("verify", LEDGER).out
    assert (
        "[1] unlocatable" in text
        and "nothing captured" in text
        and text.splitlines()[-1].startswith("verdict:")
    )
    # whose word each status is: the check's at capture time, not a finding of this offline verify
    lines = text.splitlines()
    heading = lines.index(next(line for line in lines if line.lstrip().startswith("[1]"))) - 1
    assert lines[heading] == (
        "  the last run's footnotes: status as the check recorded it (verify, offline, does not re-check "
        "the sources), evidence as verify found it now"
    )


def test_record_onto_a_bundle_is_a_usage_error(sealed: Path, run: Any) -> None:
    assert run("pack", LEDGER, "-o", "brief.wacz").code == 0
    ran = run("verify", "brief.wacz", "--record")
    assert ran.code == 2 and "--record does not apply to a bundle" in ran.err


def test_a_tsa_root_file_without_a_certificate_is_an_input_error(sealed: Path, run: Any) -> None:
    (sealed / "notes.pem").write_text("not a certificate")
    ran = run("verify", LEDGER, "--tsa-ca", "notes.pem")
    assert ran.code == 2 and "notes.pem: no PEM certificate" in ran.err and ran.out == ""


NOT_AUTHENTICATED = "not authenticated: without --trust, --tsa-ca or --anchor anyone could have rewritten"


def _verdict(ran: Ran) -> str:
    last = ran.out.splitlines()[-1]
    assert last.startswith("verdict: ")
    return last.removeprefix("verdict: ")


def test_the_verdict_claims_no_seal_checks_out_when_no_key_or_root_judged_it(sealed: Path, run: Any) -> None:
    """A forger who rewrites the ledger re-signs and re-timestamps it: without --trust/--tsa-ca, say so."""
    ran = run("verify", LEDGER)
    said = _verdict(ran)
    assert ran.code == 0 and said.startswith("INTACT: hashes and chain consistent, report compared")
    assert "every seal" not in said and NOT_AUTHENTICATED in said
    assert "1 signature by a key not checked (no --trust)" in said
    assert "1 timestamp from a TSA not checked (no --tsa-ca)" in said
    # the name a token gives its TSA is its own claim until a --tsa-ca root vouches for it
    assert "(names itself CN=provenance test TSA, not verified)" in ran.out
    assert run("verify", LEDGER, "--json").json()["verdict"] == said


def test_the_verdict_says_every_seal_checks_out_only_when_judged_by_trusted_keys_and_roots(
    sealed: Path, signing_key: KeyFiles, local_tsa: LocalTSA, run: Any
) -> None:
    both = _verdict(
        run("verify", LEDGER, "--trust", str(signing_key.public), "--tsa-ca", str(local_tsa.ca_pem))
    )
    assert "every seal checks out" in both and NOT_AUTHENTICATED not in both
    assert (
        "who sealed it authenticated by a --trust key" in both and "when authenticated by a --tsa-ca" in both
    )
    signer_only = _verdict(run("verify", LEDGER, "--trust", str(signing_key.public)))
    assert "not every seal checked against a trusted key or root" in signer_only
    assert "1 timestamp from a TSA not checked (no --tsa-ca)" in signer_only
    assert "(CN=provenance test TSA)" in run("verify", LEDGER, "--tsa-ca", str(local_tsa.ca_pem)).out


def test_the_verdict_names_the_lines_the_last_trusted_seal_covers(
    sealed: Path, signing_key: KeyFiles, local_tsa: LocalTSA, run: Any
) -> None:
    trust = ("--trust", str(signing_key.public), "--tsa-ca", str(local_tsa.ca_pem))
    said = _verdict(run("verify", LEDGER, *trust))
    assert (
        "the last trusted seal (line 5) covers lines 1 to 4;" in said and "covered by no trusted" not in said
    )
    # With --trust alone the timestamp (line 5) is not trusted: the signature on line 4 is the last one.
    assert "the last trusted seal (line 4) covers lines 1 to 3;" in _verdict(
        run("verify", LEDGER, "--trust", str(signing_key.public))
    )


def test_a_line_after_the_last_trusted_seal_is_said_to_be_covered_by_none(
    sealed: Path, signing_key: KeyFiles, local_tsa: LocalTSA, run: Any
) -> None:
    # A verify record (here appended by --record; anyone can append one saying anything) follows the seals:
    # "every seal checks out ... head <its hash>" named a line no trusted seal covers as if sealed.
    trust = ("--trust", str(signing_key.public), "--tsa-ca", str(local_tsa.ca_pem))
    assert run("verify", LEDGER, "--record", *trust).code == 0
    ran = run("verify", LEDGER, "--json", *trust)
    assert ran.code == 0 and ran.json()["after_trusted_seal"] == [6, 1]
    said = ran.json()["verdict"]
    assert (
        "the last trusted seal (line 5) covers lines 1 to 4; 1 line after it (from line 6, not a seal) is "
        "covered by no trusted seal;"
    ) in said


def test_the_verdict_says_no_seals_and_an_unchecked_report_as_such(folder: Path, run: Any) -> None:
    run("check", "brief.md")
    said = _verdict(run("verify", LEDGER))
    assert "; no seals: " in said and "every seal" not in said and NOT_AUTHENTICATED in said
    (folder / "brief.md").unlink()
    ran = run("verify", LEDGER)
    assert ran.code == 0  # a missing report stays a warning (exit 0); the verdict no longer hides it
    assert "the report was NOT compared with its recorded hash" in _verdict(ran)
    assert "report compared" not in _verdict(ran)


UNSEALED_END = "no seals: runs cut from its end, or rewritten with the chain recomputed, would leave no trace"


def test_an_unsealed_ledger_cut_back_to_its_first_run_is_intact_and_the_verdict_says_a_cut_leaves_no_trace(
    folder: Path, run: Any
) -> None:
    """Nothing proves that lines were not removed from the end of a ledger no seal covers: "INTACT ... no
    seals" must not read as "nothing was taken away"."""
    run("check", "brief.md")
    whole = _verdict(run("verify", LEDGER))
    run("check", "brief.md")
    _write(folder, _lines(folder)[:3])  # the second run deleted: what a forger who wanted it gone leaves
    ran = run("verify", LEDGER)
    cut = _verdict(ran)
    assert ran.code == 0 and cut.startswith("INTACT: ")  # an intact unsealed ledger still exits 0 (DESIGN §2)
    assert UNSEALED_END in cut and UNSEALED_END in whole
    assert run("verify", LEDGER, "--json").json()["verdict"] == cut


def test_a_sealed_ledger_is_not_said_to_have_no_seals(sealed: Path, run: Any) -> None:
    said = _verdict(run("verify", LEDGER))
    assert "no seals" not in said and "would leave no trace" not in said


def test_the_verdict_names_what_an_anchor_vouches_for(sealed: Path, run: Any) -> None:
    anchor = sha256_hex(_lines(sealed)[2])  # the summary: the run's head, as check prints it
    said = _verdict(run("verify", LEDGER, "--anchor", anchor))
    assert "lines 1 to 3 match the --anchor head (the 2 lines after them are not vouched for by it)" in said
    assert NOT_AUTHENTICATED not in said


def test_show_gives_seals_and_recorded_verifications_as_recorded_not_as_judged(
    sealed: Path, signing_key: KeyFiles, run: Any
) -> None:
    """A verify line anyone can append, and seals no key or root judged, are not vouched for by the view."""
    examiner = "Dr. A. Expert, court-appointed examiner"
    assert run("verify", LEDGER, "--record", "--operator", examiner).code == 0
    assert run("show", LEDGER, "-o", "view.html").code == 0
    page = (sealed / "view.html").read_text(encoding="utf-8")
    # the key as keygen and verify print it, to compare by eye; not a hash of it
    assert f'signed (as recorded)</dt><dd>by key <span class="mono">{signing_key.public_key}</span>' in page
    assert "key SHA-256" not in page and "whose key it is was not checked" in page
    assert "timestamped (as recorded)" in page and "which TSA signed it was not checked" in page
    assert "verification (as recorded)" in page and "verified</dt>" not in page
    assert f"says {examiner}" in page and "their word, not checked" in page
    assert "<strong>unsealed</strong>: no seal follows it" in page
    assert "Not authenticated by this page" in page
    lines = _lines(sealed)
    signature = json.loads(lines[3])
    raw = bytearray(base64.b64decode(signature["signature"]))
    raw[10] ^= 0x01
    signature["signature"] = base64.b64encode(bytes(raw)).decode()
    lines[3] = json.dumps(signature, separators=(",", ":"), sort_keys=True).encode()
    _write(sealed, lines)
    assert run("show", LEDGER, "-o", "forged.html").code == 1
    assert "<strong>DOES NOT VERIFY</strong>" in (sealed / "forged.html").read_text(encoding="utf-8")


def test_show_of_an_earlier_run_names_the_seal_after_a_later_run_that_covers_it(
    folder: Path, signing_key: KeyFiles, run: Any
) -> None:
    """Run 1 unsigned, run 2 signed: the signature on line 7 seals lines 1 to 6, run 1's too, but run 1's
    page named no seal (read as unsealed). A run after the seal is not said to be covered by it."""
    run("check", "brief.md")
    run("check", "brief.md", "--sign", str(signing_key.private))
    run("check", "brief.md")
    assert run("show", LEDGER, "--run", "1", "-o", "first.html").code == 0
    first = (folder / "first.html").read_text(encoding="utf-8")
    assert "<dt>sealed later</dt><dd>by a signature after a later run, line 7," in first
    assert "it matches lines 1 to 6" in first
    assert run("show", LEDGER, "--run", "3", "-o", "third.html").code == 0
    assert "sealed later" not in (folder / "third.html").read_text(encoding="utf-8")
    assert run("show", LEDGER, "--run", "2", "-o", "second.html").code == 0
    second = (folder / "second.html").read_text(encoding="utf-8")
    assert "signed (as recorded)" in second and "sealed later" not in second


def test_show_of_an_earlier_run_says_a_later_seal_that_does_not_verify_does_not(
    folder: Path, signing_key: KeyFiles, run: Any
) -> None:
    run("check", "brief.md")
    run("check", "brief.md", "--sign", str(signing_key.private))
    lines = _lines(folder)
    signature = json.loads(lines[6])
    raw = bytearray(base64.b64decode(signature["signature"]))
    raw[10] ^= 0x01
    signature["signature"] = base64.b64encode(bytes(raw)).decode()
    lines[6] = json.dumps(signature, separators=(",", ":"), sort_keys=True).encode()
    _write(folder, lines)
    assert run("show", LEDGER, "--run", "1", "-o", "first.html").code == 1
    first = (folder / "first.html").read_text(encoding="utf-8")
    assert "<dt>sealed later</dt><dd>by a signature after a later run, line 7," in first
    assert "<strong>DOES NOT VERIFY</strong>" in first and "it matches lines" not in first


def test_a_signature_over_the_head_a_bundle_was_packed_at_after_a_later_run_names_the_lines_between(
    folder: Path, signing_key: KeyFiles, run: Any
) -> None:
    """The head printed when the ledger was packed (line 3), signed and appended after a later check: verify
    said line 6, the later run's summary, "changed", which it had not (a footnote line there showed its
    evidence DAMAGED), and the signature "sealing lines 1 to 6", which it does not."""
    run("check", "brief.md")  # lines 1-3: packed at this head
    packed_head = sha256_hex(_lines(folder)[2])
    run("check", "brief.md")  # lines 4-6, after the pack
    lines = _lines(folder)
    public_key, signature = sign_head(load_private_key(signing_key.private), packed_head)
    seal = {
        "kind": "signature", "seq": 6, "at": json.loads(lines[-1])["at"], "prev": packed_head,
        "algorithm": "ed25519", "public_key": public_key, "signature": signature,
    }  # fmt: skip
    _write(folder, [*lines, canonical_json(seal)])

    ran = run("verify", LEDGER, "--json", "--trust", str(signing_key.public))

    assert ran.code == 1
    not_signed, problem = ran.json()["problems"]  # in file order
    assert (problem["line"], problem["code"]) == (7, "prev-names-an-earlier-line")
    assert (not_signed["line"], not_signed["code"]) == (4, "run-not-signed")
    assert problem["message"].startswith(
        "line 7's prev is the hash of line 3, not of line 6 before it: it was written over the head of "
        "line 3, and lines 4 to 6 were put between them"
    )
    (signed,) = ran.json()["seals"]
    assert (signed["status"], signed["sealed_through"], signed["chain_broken_at"]) == ("trusted", 3, None)
    # The run after line 3 no trusted signature covers: said as for a run appended after the seals.
    assert "the last run is not signed with a --trust key" in not_signed["message"]
    warnings = run("verify", LEDGER, "--json").json()["warnings"]
    said = "the last run (lines 4 to 7) is covered by no seal: added after line 3, the last a seal covers"
    assert any(w.startswith(said) for w in warnings), warnings
    text = run("verify", LEDGER, "--trust", str(signing_key.public)).out
    assert "sealing lines 1 to 3 (not lines 4 to 6, put between them since): valid, by a --trust key" in text


def _append_signatures(folder: Path, key: KeyFiles, count: int, *, valid: bool) -> None:
    """`count` more signature lines, chained, each over the head before it; its signature broken unless
    `valid` (one byte flipped)."""
    lines = _lines(folder)
    last = json.loads(lines[-1])
    private = load_private_key(key.private)
    for _ in range(count):
        head = sha256_hex(lines[-1])
        public_key, signature = sign_head(private, head)
        if not valid:
            raw = bytearray(base64.b64decode(signature))
            raw[10] ^= 0x01
            signature = base64.b64encode(bytes(raw)).decode()
        line = {
            **last,
            "seq": last["seq"] + 1,
            "prev": head,
            "public_key": public_key,
            "signature": signature,
        }
        lines.append(canonical_json(line))
        last = line
    _write(folder, lines)


def test_many_invalid_signatures_are_counted_and_only_the_first_of_their_kind_listed(
    folder: Path, signing_key: KeyFiles, run: Any
) -> None:
    """Every seal is judged, but verify keeps and prints only the first MAX_SEALS_LISTED of a kind, and counts
    the rest by status: 320,000 invalid seal lines kept a result each (705 MB) and printed them all."""
    run("check", "brief.md", "--sign", str(signing_key.private))  # line 4: its valid signature
    _append_signatures(folder, signing_key, 250, valid=False)
    ran = run("verify", LEDGER, "--json")
    document = ran.json()
    assert ran.code == 1 and _codes(ran) == {"signature-invalid"}
    assert [seal["line"] for seal in document["seals"]] == list(range(4, 4 + MAX_SEALS_LISTED))
    assert document["more_seals"] == {"signature": {"invalid": 151}}
    assert document["seal_counts"] == {"signature": {"invalid": 250, "valid": 1}}
    assert (len(document["problems"]), document["more_problems"]) == (100, 150)
    assert document["verdict"].startswith("NOT INTACT: 250 problem(s) (251 signatures, 0 by a --trust key)")
    text = run("verify", LEDGER)
    seals = text.out.split("seals:\n", 1)[1].splitlines()
    assert sum(seal.startswith("  line ") for seal in seals) == MAX_SEALS_LISTED
    assert seals[MAX_SEALS_LISTED] == (
        "  … and 151 more signatures (151 invalid), not listed (only the first 100 signatures are), but the "
        "last of them:"
    )
    assert seals[MAX_SEALS_LISTED + 1].startswith("    line 254: signature by ")
    assert ", sealing lines 1 to 253: INVALID: the signature does not verify" in seals[MAX_SEALS_LISTED + 1]
    (last,) = document["last_seals_not_listed"]
    assert (last["line"], last["status"]) == (254, "invalid")


def test_many_valid_signatures_warn_about_their_key_only_as_far_as_they_are_listed(
    folder: Path, signing_key: KeyFiles, run: Any
) -> None:
    """A warning per valid seal (whose key was not checked) was one more line kept and printed per seal."""
    run("check", "brief.md", "--sign", str(signing_key.private))
    _append_signatures(folder, signing_key, 250, valid=True)
    ran = run("verify", LEDGER, "--json")
    assert ran.code == 0
    assert ran.err.count("give --trust") == MAX_SEALS_LISTED
    summary = (
        "… and 151 more signatures warned about as above, not listed (only the first 100 signatures are)"
    )
    assert ran.json()["warnings"][-1] == summary
    assert "seals not checked against a trusted key or root: 251 signatures by a key" in ran.json()["verdict"]


def test_a_run_sealed_by_a_seal_past_those_listed_is_covered(
    folder: Path, signing_key: KeyFiles, run: Any
) -> None:
    """The last run's own signature, the 152nd, is not listed: the verdict still knows it covers the run."""
    run("check", "brief.md", "--sign", str(signing_key.private))
    _append_signatures(folder, signing_key, 150, valid=True)
    run("check", "brief.md", "--sign", str(signing_key.private))
    ran = run("verify", LEDGER, "--json")
    assert ran.code == 0 and len(ran.json()["seals"]) == MAX_SEALS_LISTED
    assert "covered by no seal" not in ran.json()["verdict"] + ran.err


def test_show_says_a_seal_past_those_verify_lists_was_only_counted(
    folder: Path, signing_key: KeyFiles, run: Any
) -> None:
    """The page judges each seal by what verify kept: one past those it lists is not said to be unchecked,
    nor to verify, but counted, and invalid ones among those counted stand out. The last one, over the
    latest lines, verify keeps as judged."""
    run("check", "brief.md", "--sign", str(signing_key.private))
    _append_signatures(folder, signing_key, 150, valid=False)
    assert run("show", LEDGER, "-o", "view.html").code == 1
    page = (folder / "view.html").read_text(encoding="utf-8")
    counted = "past the first 100 signatures, which are judged one by one"
    assert page.count(f"<strong>{counted}") == 50
    assert "of those past them, verify counted 51 invalid</strong>" in page
    assert page.count("<strong>DOES NOT VERIFY</strong>") == 100
    assert "line 154: <strong>DOES NOT VERIFY</strong>" in page


def test_the_signature_of_a_daily_signed_checks_latest_run_past_those_listed_is_judged(
    folder: Path, signing_key: KeyFiles, run: Any
) -> None:
    """A check signed at every run, for more runs than verify lists seals: the latest run's page said "this
    page does not say whether this one verifies" of its own signature, and verify's text did not name it."""
    run("check", "brief.md", "--sign", str(signing_key.private))  # lines 1 to 4: run, note, summary, signed
    lines = _lines(folder)
    private = load_private_key(signing_key.private)
    for _ in range(MAX_SEALS_LISTED):  # the same run again, as the next day's check records it, signed
        for line in lines[:4]:
            again = {**json.loads(line), "seq": len(lines), "prev": sha256_hex(lines[-1])}
            if again["kind"] == "signature":
                again["signature"] = sign_head(private, again["prev"])[1]
            lines.append(canonical_json(again))
    _write(folder, lines)
    last = 4 * (MAX_SEALS_LISTED + 1)

    assert run("show", LEDGER, "-o", "view.html").code == 0
    page = (folder / "view.html").read_text(encoding="utf-8")
    assert f"line {last}: it matches lines 1 to {last - 1}; whose key it is was not checked" in page
    assert "past the first 100 signatures" not in page

    text = run("verify", LEDGER).out
    assert (
        f"\n    line {last}: signature by {signing_key.public_key}, sealing lines 1 to {last - 1}: valid"
        in text
    )


@dataclass(frozen=True)
class _Entry:
    number: int
    parsed: LedgerLine | None


def _judge_stamped_summary(
    tsa: LocalTSA,
    written_after_stamp: dt.timedelta,
    next_written_after_stamp: dt.timedelta | None = None,
    stamp_line_after_token: dt.timedelta = dt.timedelta(0),
) -> list[Problem]:
    """A summary line dated `written_after_stamp` from now, then a real token over it (the TSA: now) in a
    line dated `stamp_line_after_token` from the token's time, then, if asked, the next run's line dated
    `next_written_after_stamp` from the token's time."""
    from provenance.seal.timestamps import request_timestamp

    written = (dt.datetime.now(dt.UTC) + written_after_stamp).isoformat().replace("+00:00", "Z")
    summary = SummaryLine(seq=0, at=written, prev="0" * 64, counts=Counts(), total=0, seconds=0)
    summary_bytes = canonical_json(summary.model_dump(mode="json"))
    stamp = request_timestamp(tsa.url, summary_bytes, NetworkOptions(allow_private=True, timeout=10))
    stamped = dt.datetime.fromisoformat(stamp.gen_time.replace("Z", "+00:00"))
    line = TimestampLine(
        seq=1, at=(stamped + stamp_line_after_token).isoformat().replace("+00:00", "Z"),
        prev=sha256_hex(summary_bytes), tsa=stamp.tsa, token=stamp.token, gen_time=stamp.gen_time,
    )  # fmt: skip
    roots = tuple(x509.load_pem_x509_certificates(tsa.ca_pem.read_bytes()))
    check = SealCheck("ledger", frozenset(), roots, SealTally(), [])
    problems = [*check.see(_Entry(1, summary)), *check.see(_Entry(2, line))]
    if next_written_after_stamp is not None:
        next_written = (stamped + next_written_after_stamp).isoformat().replace("+00:00", "Z")
        later = summary.model_copy(update={"seq": 2, "at": next_written, "prev": "1" * 64})
        problems += check.see(_Entry(3, later))
        problems += check.see(_Entry(4, later.model_copy(update={"seq": 3})))  # said once, at the first
    assert [seal.status for seal in check.seals.listed] == ["trusted"]
    return problems


def test_a_token_dated_before_a_line_it_seals_is_a_problem(local_tsa: LocalTSA) -> None:
    """A run recorded on a clock 10 minutes ahead, then timestamped: the trusted token said the head existed
    at 12:00 and the lines it seals said they were written at 12:10, and verify said nothing of it."""
    problems = _judge_stamped_summary(local_tsa, dt.timedelta(minutes=10))
    assert [problem.code for problem in problems] == ["timestamp-before-sealed-lines"]
    assert "line 1, which it seals, says it was written at" in problems[0].message
    assert (problems[0].expected or "").startswith("at or after ") and problems[0].actual is not None


def test_a_token_dated_after_the_lines_it_seals_or_within_a_minute_of_them_is_no_problem(
    local_tsa: LocalTSA,
) -> None:
    assert _judge_stamped_summary(local_tsa, dt.timedelta(seconds=-5)) == []
    assert _judge_stamped_summary(local_tsa, dt.timedelta(seconds=30)) == []  # clocks a few seconds apart


def test_a_line_after_a_timestamp_dated_before_its_token_is_a_problem(local_tsa: LocalTSA) -> None:
    """A run appended on a clock set ten days back, after a run timestamped today: it chains over the token
    the TSA made today, so it was written after it, but it said (with its captures) it was ten days old."""
    problems = _judge_stamped_summary(local_tsa, dt.timedelta(seconds=-5), dt.timedelta(days=-10))
    assert [(problem.code, problem.line) for problem in problems] == [("line-before-timestamp", 3)]
    assert "follows the timestamp on line 2, whose token the TSA made at" in problems[0].message
    assert (problems[0].expected or "").endswith("(line 2's token)") and problems[0].actual is not None


def test_a_timestamp_line_dated_before_the_token_it_holds_is_a_problem_said_once(local_tsa: LocalTSA) -> None:
    """A timestamp line dated ten days before the TSA made its token (its time edited back, or written on a
    clock set back): it was written once the TSA had answered, and verify said it was intact, as long as it
    was not dated before the line above it. The run after it, on the same clock, is not said again."""
    ten_days_back = dt.timedelta(days=-10)
    problems = _judge_stamped_summary(local_tsa, dt.timedelta(days=-11), ten_days_back, ten_days_back)
    assert [(problem.code, problem.line) for problem in problems] == [("line-before-timestamp", 2)]
    assert "this timestamp line says it was written at" in problems[0].message
    assert "but the token it holds was made by the TSA at" in problems[0].message


def test_a_timestamp_line_written_after_its_token_or_within_a_minute_of_it_is_no_problem(
    local_tsa: LocalTSA,
) -> None:
    assert _judge_stamped_summary(local_tsa, dt.timedelta(seconds=-5), None, dt.timedelta(seconds=2)) == []
    assert _judge_stamped_summary(local_tsa, dt.timedelta(seconds=-5), None, dt.timedelta(seconds=-30)) == []


def test_a_line_after_a_timestamp_dated_after_its_token_or_within_a_minute_is_no_problem(
    local_tsa: LocalTSA,
) -> None:
    assert _judge_stamped_summary(local_tsa, dt.timedelta(seconds=-5), dt.timedelta(days=3)) == []
    assert _judge_stamped_summary(local_tsa, dt.timedelta(seconds=-5), dt.timedelta(seconds=-30)) == []
