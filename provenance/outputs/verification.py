"""`provenance verify` output: a human verdict with every problem named, or one JSON document.

The text quotes the ledger (its URLs, operator, paths): a ledger is untrusted, so what a CI runner would obey
as a workflow command in it is shown escaped (`disarm_workflow_commands`), as control characters are."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence

from provenance.escaping import disarm_workflow_commands, escape_unprintable
from provenance.ledger.verify import Verification
from provenance.models import Problem
from provenance.outputs.json_text import disarm_workflow_commands_json, indented_json
from provenance.seal.timestamps import modifications_said
from provenance.seal.verification import MAX_SEALS_LISTED, SealKind, SealResult, SealStatus
from provenance.verdict import RUNS_LISTED_FIRST, RUNS_LISTED_LAST, RunsNotListed
from provenance.wacz.verify import BundleVerification


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


# A problem said of more ledger lines than this names the first of them and counts the rest.
MAX_LINES_NAMED = 10


def _problem_lines(problems: Sequence[Problem]) -> list[str]:
    """One line per problem, except that a problem found again for other ledger lines (a damaged WARC that
    the footnotes of every later run name, as they reuse its capture) is said once, naming each of its
    lines: a ledger of a daily CI job would otherwise repeat it once a day. Listed where it was first found;
    the JSON document keeps one problem per ledger line."""
    lines_of: dict[tuple[str | None, str, str, str | None, str | None], list[int]] = {}
    for problem in problems:
        key = (problem.file, problem.code, problem.message, problem.expected, problem.actual)
        lines_of.setdefault(key, []).append(problem.line or 0)
    said: list[str] = []
    for (file, _, message, expected, actual), numbers in lines_of.items():
        where = ", ".join(part for part in (_line_numbers(numbers), file or "") if part)
        text = f"{where}: {message}" if where else message
        if expected is not None or actual is not None:
            text += f" (expected {expected}, found {actual})"
        said.append(f"  ✗ {text}")
    return said


def _line_numbers(numbers: Sequence[int]) -> str:
    """`line 4`, `lines 4, 8 and 12`, `lines 3-90 and 95`, `lines 4, 8, … and 40 more`, in the order given
    (file order); 0 stands for no line."""
    pieces: list[list[int]] = []  # runs of consecutive lines
    for number in dict.fromkeys(numbers):
        if not number:
            continue
        if pieces and number == pieces[-1][-1] + 1:
            pieces[-1].append(number)
        else:
            pieces.append([number])
    named = [f"{piece[0]}-{piece[-1]}" if len(piece) > 2 else ", ".join(map(str, piece)) for piece in pieces]
    if not named:
        return ""
    if len(pieces) == 1 and len(pieces[0]) == 1:
        return f"line {named[0]}"
    if len(named) > MAX_LINES_NAMED:
        rest = sum(len(piece) for piece in pieces[MAX_LINES_NAMED:])
        return f"lines {', '.join(named[:MAX_LINES_NAMED])} and {rest} more"
    if len(named) == 1:
        return f"lines {named[0]}"
    return f"lines {', '.join(named[:-1])} and {named[-1]}"


def render_verification_text(result: Verification, with_verdict: bool = True) -> str:
    facts = (
        f"{_count(result.lines, 'line')}"
        + (" (CRLF line ends, read as the LF `check` wrote)" if result.ledger_crlf else "")
        + f", {_count(result.runs, 'run')}, "
        f"{_count(result.warc_files, 'WARC file')}, {_count(result.records, 'record')}"
        + (", report hash checked" if result.report_checked else ", report not checked")
        + (" (its CRLF line ends read as the LF the run hashed)" if result.report_crlf else "")
        + (", its notes compared with the last run's footnote lines" if result.notes_compared else "")
    )
    if result.anchor_line is not None:
        after = result.lines_after_anchor
        facts += f", anchor found at line {result.anchor_line}" + (
            f", {after} line(s) after it" if after else ""
        )
    if result.intact:
        lines = [f"{result.ledger}: intact ({facts}); head {result.head}"]
    else:
        lines = [f"{result.ledger}: {result.problem_count} problem(s) found ({facts})"]
        lines += _problem_lines(result.problems)
        if result.more_problems:
            lines.append(
                f"  … and {result.more_problems} more problem(s), not listed (only the first "
                f"{len(result.problems)} are)"
            )
    lines += _evidence_lines(result)
    lines += _seal_lines(result.seals, result.more_seals, result.last_seals_not_listed)
    if with_verdict:
        lines.append(f"verdict: {verdict(result)}")
    return disarm_workflow_commands("\n".join(lines) + "\n")


def _evidence_lines(result: Verification) -> list[str]:
    """Each earlier run in one line; the last run footnote by footnote, with whether its evidence holds."""
    lines = []
    between = result.runs_not_listed
    for run in result.run_evidence:
        if between is not None and run.line > between.last_line:
            lines.append(_runs_not_listed(between))
            between = None
        damaged = f", {run.damaged} with damaged evidence" if run.damaged else ", evidence intact"
        footnotes = _count(run.footnotes, "footnote")
        if run.command == "locate":
            footnotes += " searched"
        lines.append(
            escape_unprintable(
                f"{run.command} run at line {run.line} ({run.started_at}, operator {run.operator}): "
                f"{footnotes}{damaged if run.footnotes else ''}"
            )
        )
        lines += [escape_unprintable(f"    {route}") for route in run.routes]
    label_width = max((len(footnote.label) for footnote in result.footnotes), default=0) + 2
    if result.footnotes:
        # "[1] verified" under verify's own name read as verify's finding: it is check's, at capture time.
        lines.append(
            "  the last run's footnotes: status as the check recorded it (verify, offline, does not "
            "re-check the sources), evidence as verify found it now"
        )
    for footnote in result.footnotes:
        state = {"intact": "evidence intact", "damaged": "EVIDENCE DAMAGED", "none": "nothing captured"}
        label = f"[{footnote.label}]"
        line = (
            f"  {label:<{label_width}} {footnote.status:<12} {state[footnote.evidence]:<17} "
            f"{footnote.url or ''}"
        )
        lines.append(escape_unprintable(line.rstrip()))
        lines += [escape_unprintable(f"        ✗ {message}") for message in footnote.problems]
        unlike = result.unlike_report.get(footnote.line)
        if unlike:  # what the line says the report said is not what the report (with its hash) says
            lines.append(
                escape_unprintable(
                    f"        ! its ledger line records {unlike}: rewritten since the run, or the report "
                    "read otherwise by the version of provenance that made it (only a seal tells)"
                )
            )
        unsupported = result.unsupported.get(footnote.line)
        if unsupported:  # the status above is the ledger's word; its own line says otherwise
            lines.append(
                f"        ! the ledger records {footnote.status}, but its own line says otherwise "
                f"({unsupported})"
            )
    return lines


_SEAL_STATES = {
    ("signature", "trusted"): "valid, by a --trust key",
    ("signature", "valid"): "valid; whose key it is was not checked (give --trust)",
    ("signature", "untrusted"): "valid, but NOT by a --trust key",
    # The chain is judged at the token's time, offline: what that leaves unknown is said, as the JSON says it.
    ("timestamp", "trusted"): "valid, from a TSA a --tsa-ca root certifies (its certificates valid at the "
    "token's time; revocation not checked: verify reads no CRL or OCSP)",
    ("timestamp", "unchecked"): "its token matches; the TSA's signature was not checked (give --tsa-ca)",
}


def _seal_lines(
    seals: Sequence[SealResult],
    more: Mapping[SealKind, Mapping[SealStatus, int]] | None = None,
    last: Sequence[SealResult] = (),
) -> list[str]:
    if not seals and not more:
        return ["seals: none (the ledger is neither signed nor timestamped)"]
    lines = ["seals:", *(_seal_line(seal) for seal in seals)]
    for kind, statuses in (more or {}).items():
        total = sum(statuses.values())
        by_status = ", ".join(f"{count} {status}" for status, count in sorted(statuses.items()))
        lines.append(
            f"  … and {total} more {kind}{'' if total == 1 else 's'} ({by_status}), not listed "
            f"(only the first {MAX_SEALS_LISTED} {kind}s are)"
            + (", but the last of them:" if any(seal.kind == kind for seal in last) else "")
        )
        # The seal over the latest runs, which a ledger sealed at every run has past the first ones.
        lines += [_seal_line(seal, "  ") for seal in last if seal.kind == kind]
    return lines


def _seal_line(seal: SealResult, indent: str = "") -> str:
    """One seal as verify judged it: where, what, which lines it seals, and its state."""
    where = f"line {seal.line}" if seal.line is not None else "bundle"
    if seal.kind == "signature":
        what = f"signature by {seal.public_key}"
    else:
        tsa = ""
        if seal.tsa_name:  # the token names its signer: only a --tsa-ca root makes that name worth anything
            trusted = seal.status == "trusted"
            tsa = f" ({seal.tsa_name})" if trusted else f" (names itself {seal.tsa_name}, not verified)"
        what = f"timestamp {seal.gen_time}{_accuracy(seal)} from {seal.tsa}{tsa}{_token(seal)}"
    sealed = ""
    if seal.line is not None:  # a seal vouches for its prev: the lines before it, not the ledger's head
        through = seal.sealed_through or seal.line - 1
        sealed = _line_range(1, through) if through > 0 else "no line of this file"
        what += f", sealing {sealed}"
        if seal.sealed_through is not None:  # its prev names an earlier line: those between, not it
            what += f" (not {_line_range(through + 1, seal.line - 1)}, put between them since)"
    state = _SEAL_STATES.get((seal.kind, seal.status), f"{seal.status.upper()}: {seal.detail}")
    if (seal.kind, seal.status) in _SEAL_STATES:
        # Its state in words leaves out its detail, which alone said so (the JSON said it, not the text).
        modified = modifications_said(seal.detail)
        state += f"; {modified}" if modified else ""
    if seal.line == 1:
        state += "; the lines it seals are not in this file (its start cut off?)"
    elif seal.chain_broken_at is not None and seal.status != "invalid":
        # Sound over the head it names, which is not what those lines hash to now: it vouches for
        # what they were, not for what they are.
        state += (
            f"; but NOT over {sealed} as they are now: the chain breaks at line "
            f"{seal.chain_broken_at} (a line changed, removed or inserted since it was sealed)"
        )
    return escape_unprintable(f"  {indent}{where}: {what}: {state}")


def _accuracy(seal: SealResult) -> str:
    """How exact the TSA says its time is: the time a token proves is gen_time within this, either way."""
    if seal.token_serial is None:  # the token could not be read that far
        return ""
    return f" {seal.accuracy}" if seal.accuracy else " (the token states no accuracy)"


def _token(seal: SealResult) -> str:
    """Which token, and which certificate signed it: what a reviewer quotes, and compares with the TSA's."""
    if seal.token_serial is None:
        return ""
    signer = (
        f", signed by the certificate with SHA-256 {seal.tsa_certificate_sha256}{_lifetime(seal)}"
        if seal.tsa_certificate_sha256
        else ", its signing certificate not in the token"
    )
    return f", token serial {seal.token_serial}, policy {seal.policy}{signer}"


def _lifetime(seal: SealResult) -> str:
    """Until when the token's certificate is valid; one expired since the token's time leaves it standing (a
    token made outside its certificate's dates is untrusted, and its state says so)."""
    until = seal.tsa_certificate_valid_until
    if until is None or seal.status in ("untrusted", "invalid"):
        return ""
    if seal.tsa_certificate_expired_since:
        return f" (expired since, at {until}: it was valid when the token was made, which stands)"
    return f" (valid until {until})"


def verdict(result: Verification, bundle_trusted: bool = False) -> str:
    """One sentence: intact or not, and exactly what was checked. "Every seal checks out" only when every seal
    was judged against a --trust key or a --tsa-ca root; what no one authenticated is said as such.
    `bundle_trusted`: the ledger is in a bundle a --trust key signed, which vouches for its lines as
    packed."""
    if not result.intact:
        over_changed = result.seals_over_changed_lines
        vouch = "it vouches" if over_changed == 1 else "they vouch"
        changed = (
            f"; {_count(over_changed, 'seal')} over lines changed since: "
            f"{vouch} for what those lines were, not for what they are"
            if over_changed
            else ""
        )
        return f"NOT INTACT: {result.problem_count} problem(s) ({_seal_counts(result.seal_counts)}){changed}"
    compared = ", report compared" if result.report_checked else ""
    if result.notes_compared:
        compared += " (its notes too, with the last run's footnote lines)"
    said = ["hashes and chain consistent" + compared]
    if result.report_crlf:
        said.append(
            "the report has CRLF line ends (a Windows checkout): with LF line ends it has the recorded "
            "hash, so its text is the one the run checked"
        )
    if not result.report_checked:
        said.append("the report was NOT compared with its recorded hash (see the warning)")
    seals = _seals_said(result.seal_counts)
    if bundle_trusted and not result.seal_counts.total():
        seals = "no seals in the ledger, but the bundle's signature by a --trust key covers it as packed"
    said.append(seals)
    unsealed = _unsealed_runs(result)
    if unsealed is not None:
        first, count = unsealed
        runs = "the last run" if count == 1 else f"the last {count} runs"
        are = "is" if count == 1 else "are"
        packed = " in the ledger (the bundle's --trust signature covers it as packed)"
        packed = packed if bundle_trusted else ""
        said.append(f"{runs} (from line {first}) {are} covered by no seal{packed}")
    covered = _trusted_coverage(result)
    if covered:
        said.append(covered)
    said.append(_authentication(result, bundle_trusted))
    other = len(result.warnings)
    if other:
        said.append(_count(other, "warning"))
    return "INTACT: " + "; ".join(said) + f"; head {result.head}"


def _seal_counts(counts: Counter[tuple[SealKind, SealStatus]]) -> str:
    said = []
    for kind in ("signature", "timestamp"):
        total = sum(n for (k, _), n in counts.items() if k == kind)
        if total:
            trusted = counts[(kind, "trusted")]
            by = "--trust key" if kind == "signature" else "--tsa-ca TSA"
            said.append(f"{_count(total, kind)}, {trusted} by a {by}")
    return "; ".join(said) if said else "no seals"


_SEAL_WORDS = {
    ("signature", "trusted"): "by a --trust key",
    ("signature", "valid"): "by a key not checked (no --trust)",
    ("timestamp", "trusted"): "from a TSA a --tsa-ca root certifies",
    ("timestamp", "unchecked"): "from a TSA not checked (no --tsa-ca)",
}


def _seals_said(counts: Counter[tuple[SealKind, SealStatus]]) -> str:
    """An intact ledger's seals (none invalid or untrusted): judged against trusted keys and roots, or not.

    Of a ledger with none, what that leaves open: its last lines can be deleted, or its last runs rewritten
    and the chain hashed again from the first line changed, and what remains is as intact as before.
    "INTACT; no seals" alone read as if nothing had been taken away."""
    if not counts.total():
        return "no seals: runs cut from its end, or rewritten with the chain recomputed, would leave no trace"
    listed = ", ".join(
        f"{_count(number, kind)} {_SEAL_WORDS.get((kind, status), status)}"
        for (kind, status), number in sorted(counts.items())
    )
    trusted = sum(number for (_, status), number in counts.items() if status == "trusted")
    if trusted == counts.total():
        return f"every seal checks out ({listed})"
    return f"{'not every seal' if trusted else 'seals not'} checked against a trusted key or root: {listed}"


def _runs_not_listed(between: RunsNotListed) -> str:
    damaged = f", {between.damaged} with damaged evidence" if between.damaged else ", evidence intact"
    return (
        f"… {_count(between.runs, 'more run')} (run lines {between.first_line} to {between.last_line}), not "
        f"listed: {_count(between.footnotes, 'footnote')}{damaged if between.footnotes else ''} (only the "
        f"first {RUNS_LISTED_FIRST:,} and the last {RUNS_LISTED_LAST:,} runs are)"
    )


def _unsealed_runs(result: Verification) -> tuple[int, int] | None:
    """The first line and number of the runs no seal that verifies follows, when the ledger has seals: every
    run after the last sound seal (two runs appended after the seals are both unsealed, not only the last)."""
    if result.unsealed_runs is not None:  # counted as verify read the lines, the runs listed or not
        return result.unsealed_runs
    sound = [seal.line for seal in result.seals if seal.line is not None and seal.status != "invalid"]
    if result.last_sound_seal_line is not None:  # past the seals listed
        sound.append(result.last_sound_seal_line)
    if not sound:
        return None
    last_seal = max(sound)
    after = [run.line for run in result.run_evidence if run.line > last_seal]
    return (after[0], len(after)) if after else None


def _trusted_coverage(result: Verification) -> str | None:
    """The lines the last trusted seal covers, and the lines after it that none covers, by line range: "every
    seal checks out" said of a ledger whose last lines (a verify record) follow every trusted seal named the
    head of a line nothing trusted vouches for, as if sealed."""
    last = result.last_trusted_seal_line
    if last is None:
        return None
    said = f"the last trusted seal (line {last}) covers {_line_range(1, last - 1) if last > 1 else 'no line'}"
    if result.after_trusted_seal is not None:
        first, count = result.after_trusted_seal
        verb = "is" if count == 1 else "are"
        said += (
            f"; {_count(count, 'line')} after it (from line {first}, not a seal) {verb} covered by no "
            "trusted seal"
        )
    return said


def _line_range(first: int, last: int) -> str:
    return f"line {first}" if first == last else f"lines {first} to {last}"


def _authentication(result: Verification, bundle_trusted: bool = False) -> str:
    """Who and when, as far as a --trust key, a --tsa-ca root or an --anchor vouch for them (or, for a
    ledger in a bundle a --trust key signed, that key: who vouches for it as packed)."""
    counts = result.seal_counts
    who = counts[("signature", "trusted")] > 0
    when = counts[("timestamp", "trusted")] > 0
    anchored = result.anchor_line is not None
    by_bundle = bundle_trusted and not who
    if not (who or when or anchored or by_bundle):
        return (
            "not authenticated: without --trust, --tsa-ca or --anchor anyone could have rewritten "
            "the whole ledger"
        )
    said = []
    if who:
        said.append("who sealed it authenticated by a --trust key")
    if by_bundle:
        said.append("who vouches for it authenticated by the bundle's --trust signature (as packed)")
    if when:
        said.append("when authenticated by a --tsa-ca TSA")
        if not (who or anchored or by_bundle):
            said.append("who sealed it not authenticated (no --trust)")
    if anchored:
        after = result.lines_after_anchor
        said.append(
            f"lines 1 to {result.anchor_line} match the --anchor head"
            + (f" (the {_count(after, 'line')} after them are not vouched for by it)" if after else "")
        )
    return ", ".join(said)


def render_verification_json(result: Verification) -> str:
    document = result.model_dump(mode="json")
    document["intact"] = result.intact
    document["verdict"] = verdict(result)
    document["lines_after_anchor"] = result.lines_after_anchor
    counts: dict[str, dict[str, int]] = {}
    for (kind, status), count in sorted(result.seal_counts.items()):
        counts.setdefault(kind, {})[status] = count
    document["seal_counts"] = counts  # every seal judged, listed in `seals` or counted in `more_seals`
    return disarm_workflow_commands_json(indented_json(document))


def render_bundle_text(result: BundleVerification) -> str:
    """The bundle's own checks, the ledger inside as `render_verification_text` shows it, one verdict."""
    facts = f"{result.files_checked} files checked against datapackage.json"
    head = "intact" if not result.problems else f"{len(result.problems)} problem(s) found"
    lines = [escape_unprintable(f"{result.bundle}: {head} ({facts})")]
    lines += _problem_lines(result.problems)
    if result.signature is not None:
        lines += [line.replace("  bundle: ", "bundle: ", 1) for line in _seal_lines([result.signature])[1:]]
    text = "\n".join(lines) + "\n"
    if result.ledger is not None:
        text += render_verification_text(result.ledger, with_verdict=False)
    return disarm_workflow_commands(text + f"verdict: {bundle_verdict(result)}\n")


def bundle_verdict(result: BundleVerification) -> str:
    if result.ledger is None:
        return (
            f"NOT INTACT: no readable ledger in the bundle; {len(result.problems)} problem(s) in the bundle"
        )
    if result.intact:
        signature = result.signature
        signed = (
            "the bundle is not signed"
            if signature is None
            else f"the bundle signed {_SEAL_WORDS.get(('signature', signature.status), signature.status)}"
        )
        view = result.package.provenance.view if result.package is not None else None
        if view is not None:
            vouched = signature is not None and signature.status == "trusted"
            # Held to nothing but the bundle's signature: said here, not only in a warning the count hides.
            signed += (
                f", its HTML view {view} vouched for by that signature alone (not checked against the ledger)"
                if vouched
                else f", its HTML view {view} vouched for by no one (not checked against the ledger)"
            )
        # The bundle's own warnings are counted with its ledger's: "1 warning" left out the unchecked view.
        ledger = result.ledger.model_copy(update={"warnings": (*result.warnings, *result.ledger.warnings)})
        trusted = signature is not None and signature.status == "trusted"
        return escape_unprintable(f"INTACT: every file of the bundle as listed, {signed}; ") + verdict(
            ledger, trusted
        ).removeprefix("INTACT: ")
    return (
        f"NOT INTACT: {len(result.problems)} problem(s) in the bundle, "
        f"{result.ledger.problem_count} in its ledger"
    )


def render_bundle_json(result: BundleVerification) -> str:
    document = result.model_dump(mode="json", exclude={"ledger", "package"})
    document["intact"] = result.intact
    document["verdict"] = bundle_verdict(result)
    document["ledger"] = json.loads(render_verification_json(result.ledger)) if result.ledger else None
    return disarm_workflow_commands_json(indented_json(document))
