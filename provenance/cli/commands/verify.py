"""`provenance verify LEDGER|BUNDLE.wacz`: a ledger and its evidence, or a bundle, re-verified offline."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from provenance.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    emit,
    refuse_a_missing_ledger,
    refuse_what_is_no_ledger,
    warn,
)
from provenance.cli.parsing import GivenOnce, add_report_size_option, file_path, operator_text, sha256_hex
from provenance.loading import CodeLoading

if TYPE_CHECKING:
    from provenance.ledger.verify import Verification
    from provenance.wacz.verify import BundleVerification

HELP = "re-verify a ledger (or a WACZ bundle) and its evidence offline"
EPILOG = """\
exit codes: 0 intact; 1 a problem found (each named: line, file, expected and found), or, with --strict,
something that could not be checked; 2 usage or input error (not a ledger, unreadable file); 3 internal error.
A missing report (named by the ledger) is a warning: it was not compared; --strict makes that exit 1.
So are a run's journal left beside the ledger and a WARC of the ledger's report that no line names (in a
folder its WARCs are in): sources captured that the ledger does not account for. So is a ledger named for
a report beside it (REPORT.ledger.jsonl) whose last run names another file: REPORT was not compared.
A valid signature by a key not given with --trust, and a timestamp not checked against a --tsa-ca root, are
warnings: who and when were not checked. With --trust, a signature by another key, or a last run no trusted
key signed, is a problem; with --tsa-ca, likewise for timestamps. Without them, a last run that no seal
covers (added after the seals) is a warning. The verdict says what was checked and what no --trust key,
--tsa-ca root or --anchor authenticated.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "ledger",
        type=file_path,
        metavar="LEDGER",
        help="the ledger (REPORT.ledger.jsonl), or a bundle (.wacz)",
    )
    parser.add_argument(
        "--report",
        action=GivenOnce,  # two reports named: the ledger was compared with the last, the first dropped
        type=file_path,
        help="the report the ledger belongs to (default: the path its last run recorded; for a bundle, the "
        "report inside it)",
    )
    parser.add_argument(
        "--archive-dir",
        action=GivenOnce,
        type=file_path,
        metavar="DIR",
        help="find each WARC by its file name in DIR (after the evidence moved); each is proved by its hash",
    )
    parser.add_argument(
        "--anchor",
        type=sha256_hex,
        metavar="HEAD",
        help="a head recorded elsewhere (e.g. printed by an earlier check): it must still be in the chain",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when something could not be checked (a missing report), not only on problems",
    )
    add_report_size_option(parser)
    seals = parser.add_argument_group("seals and custody")
    seals.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="PUBKEY",
        help="a signer's public key (KEYFILE.pub, or the base64 key); repeat for several",
    )
    seals.add_argument(
        "--tsa-ca",
        type=file_path,
        action="append",
        default=[],
        metavar="CERT",
        help="PEM root certificate(s) of the time-stamping authorities to trust; repeat for several",
    )
    seals.add_argument(
        "--record",
        action="store_true",
        help="append a `verify` line (who, when, the result) to the ledger; nothing is appended otherwise",
    )
    seals.add_argument(
        "--operator", type=operator_text, help="who verifies, for --record (default: the login name)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")


def run(args: argparse.Namespace, argv: list[str]) -> int:
    with CodeLoading():
        from provenance.seal.timestamps import load_tsa_roots
        from provenance.wacz.reader import looks_like_bundle

    if args.archive_dir is not None:
        from provenance.ledger.paths import refuse_what_is_no_archive_dir

        refuse_what_is_no_archive_dir(args.archive_dir, args.ledger)
    trusted = _trusted_keys(args.trust)
    roots = load_tsa_roots(args.tsa_ca)
    if looks_like_bundle(args.ledger):
        return _verify_bundle(args, trusted, roots)
    refuse_a_missing_ledger(args.ledger)
    refuse_what_is_no_ledger(args.ledger, "verify")
    with CodeLoading():
        from provenance.ledger.verify import verify_ledger
        from provenance.outputs.verification import render_verification_json, render_verification_text

    result = verify_ledger(
        args.ledger,
        args.report,
        args.anchor,
        archive_dir=args.archive_dir,
        max_report_bytes=args.max_report_bytes,
        trusted_keys=trusted,
        tsa_roots=roots,
    )
    for warning in result.warnings:
        warn(warning)
    if args.strict:
        result = _strictly(result)
    render = render_verification_json if args.json else render_verification_text
    emit(render(result), to_stdout=True, document=args.json)
    if args.record:
        _record(args, result, trusted, roots)
    if not result.intact:
        return EXIT_FINDINGS
    return EXIT_OK


def _strictly(result: Verification) -> Verification:
    """Under --strict, what could not be checked is a problem: the verdict, --json and the exit code agree."""
    from provenance.models import Problem

    unchecked = tuple(
        Problem.at(None, result.ledger, "not-checked", f"not checked (--strict): {warning}")
        for warning in result.warnings
    )
    return result.model_copy(update={"problems": (*result.problems, *unchecked)})


def _trusted_keys(given: list[str]) -> frozenset[str]:
    if not given:  # cryptography only when keys were given: it is most of a small `verify`'s start-up
        return frozenset()
    from provenance.errors import InputError
    from provenance.seal.keys import load_trusted_key

    keys = set()
    for key in given:
        try:
            keys.add(load_trusted_key(key))
        except InputError as error:
            raise InputError(f"--trust {error}") from None
    return frozenset(keys)


def _verify_bundle(args: argparse.Namespace, trusted: frozenset[str], roots: tuple[Any, ...]) -> int:
    from provenance.errors import UsageError
    from provenance.outputs.verification import render_bundle_json, render_bundle_text
    from provenance.wacz.verify import verify_bundle

    for given, option in ((args.archive_dir, "--archive-dir"), (args.record, "--record")):
        if given:
            raise UsageError(
                f"{option} does not apply to a bundle: it holds its own evidence and is never changed"
            )
    # --report does: a bundle packed without its report is compared with one given from outside it.
    result = verify_bundle(args.ledger, trusted, roots, args.anchor, args.report, args.max_report_bytes)
    warnings = [*result.warnings, *(result.ledger.warnings if result.ledger else ())]
    for warning in warnings:
        warn(warning)
    if args.strict:
        result = _bundle_strictly(result)
    emit(
        (render_bundle_json if args.json else render_bundle_text)(result), to_stdout=True, document=args.json
    )
    if not result.intact:
        return EXIT_FINDINGS
    return EXIT_OK


def _bundle_strictly(result: BundleVerification) -> BundleVerification:
    """`_strictly` for a bundle: its own warnings and its ledger's become problems, so the verdict, --json
    (`intact`) and the exit code agree."""
    from provenance.models import Problem

    unchecked = tuple(
        Problem.at(None, result.bundle, "not-checked", f"not checked (--strict): {warning}")
        for warning in result.warnings
    )
    ledger = _strictly(result.ledger) if result.ledger is not None else None
    return result.model_copy(update={"problems": (*result.problems, *unchecked), "ledger": ledger})


def _record(args: argparse.Namespace, result: Any, trusted: frozenset[str], roots: tuple[Any, ...]) -> None:
    """The verification as a `verify` line of the ledger: who checked, with what, what they found."""
    import socket

    from cryptography.hazmat.primitives import hashes

    from provenance.cli.common import operator_name
    from provenance.custody import record_verification

    head = record_verification(
        args.ledger,
        result.head,
        operator=operator_name(args),
        host=socket.gethostname(),
        intact=result.intact,
        problems=result.problem_count,
        warnings=len(result.warnings),
        options={
            "trust": sorted(trusted),
            "tsa_ca": [root.fingerprint(hashes.SHA256()).hex() for root in roots],
            "anchor": args.anchor,
            "strict": args.strict,
            # What "intact" was said of: the report compared (the one given, else the one the last run
            # names) or not at all, and the WARCs read from where the ledger names them or from DIR.
            "report": str(args.report) if args.report is not None else None,
            "report_compared": result.report_checked,
            "notes_compared": result.notes_compared,
            "archive_dir": str(args.archive_dir) if args.archive_dir is not None else None,
        },
    )
    emit(f"recorded: a verify line appended to {args.ledger}; head {head}\n", to_stdout=False)
