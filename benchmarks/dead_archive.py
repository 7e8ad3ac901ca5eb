"""How long `provenance check` takes when the archive it asks for copies answers nothing (the Internet
Archive down), or answers every lookup `429 Too Many Requests` (`--busy SECONDS`: rate-limited, with that
`Retry-After`; `--busy none`: without one), and when the first N footnotes cite a host that answers
nothing (`--blocked N`: a platform blocked where the check runs), beside the code at a git revision
(`--against REF`).

    python3 benchmarks/dead_archive.py [--against REF] [--footnotes 200] [--timeout 2]
                                       [--busy SECONDS|none | --no-archive-lookup] [--blocked N]

The report is the capture row's of `run.py` (N footnotes, N pages on 50 hosts, each answered after 0.1 s,
`check --jobs 32`); every footnote's archive lookup goes to a TimeGate (`archive.example`) on a second local
server that waits an hour before it answers (or answers 429 at once). Prints, per tree: seconds, exit code,
and how the footnotes' `archived` details end (the lookups that timed out, the ones skipped, the ones the
budget cut). A benchmark, not a test: it exits 0 unless a run ended in a usage or internal error.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import FAILED, Sizes, capture_report, local_server, run_provenance, trees_to_measure

_DEAD = 3600.0  # seconds the TimeGate waits before it answers: longer than any run here


def _why_no_copy(ledger: Path) -> collections.Counter[str]:
    """The first words of each footnote's `archived` detail after "no archived copy found at URL (...": why
    no copy was found."""
    reasons: collections.Counter[str] = collections.Counter()
    for line in ledger.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if entry["kind"] != "footnote":
            continue
        detail = next(check["detail"] for check in entry["checks"] if check["name"] == "archived")
        reason = detail.partition(" (")[2] or detail
        reasons[" ".join(reason.split()[:4])] += 1
    return reasons


def _blocked_attempts(ledger: Path) -> tuple[int, int]:
    """How many footnotes cite the blocked host, and how many attempts their captures made."""
    captures = attempts = 0
    for line in ledger.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if entry["kind"] == "footnote" and "//blocked.example/" in (entry["citation"] or {}).get("url", ""):
            captures += 1
            attempts += 1 + len((entry["capture"] or {}).get("retries") or ())
    return captures, attempts


def _busy(value: str) -> str:
    if value != "none" and not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is neither seconds nor none")
    return value


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--against", metavar="REF", help="also measure the code at git revision REF")
    parser.add_argument("--footnotes", type=int, default=200)
    parser.add_argument("--timeout", default="2", help="check's --timeout (default 2; the tool's own is 30)")
    parser.add_argument(
        "--busy",
        type=_busy,
        metavar="SECONDS",
        help="the TimeGate answers 429 with this Retry-After instead (none: without a Retry-After)",
    )
    parser.add_argument("--no-archive-lookup", action="store_true", help="no TimeGate at all")
    parser.add_argument(
        "--blocked",
        type=int,
        default=0,
        metavar="N",
        help="the first N footnotes cite a host that never answers",
    )
    args = parser.parse_args()
    sizes = Sizes(footnotes=args.footnotes)
    text, urls = capture_report(sizes)
    for n, url in enumerate(urls[: args.blocked], 1):
        text = text.replace(f"{url}\n", f"http://blocked.example/page/{n}\n")
    with tempfile.TemporaryDirectory(prefix="provenance-dead-archive-") as tmp:
        folder = Path(tmp)
        trees = trees_to_measure(args.against, folder)
        archive_says = "never answers" if args.busy is None else f"answers 429, Retry-After {args.busy}"
        if args.busy == "none":
            archive_says = "answers 429 without a Retry-After"
        if args.no_archive_lookup:
            archive_says = "is not asked"
        blocked = f" ({args.blocked} on a host that never answers)" if args.blocked else ""
        print(f"{args.footnotes} footnotes{blocked}, pages after {sizes.delay:g} s, the TimeGate "
              f"{archive_says}, `check --jobs {sizes.jobs} --timeout {args.timeout}`\n")  # fmt: skip
        timegate = "http://archive.example/" + (f"busy/{args.busy}/" if args.busy is not None else "web/")
        print("| tree | seconds | exit | why no archived copy (footnotes) | blocked host: captures, attempts "
              "|\n| --- | --- | --- | --- | --- |")  # fmt: skip
        with local_server(sizes.delay) as pages, local_server(_DEAD) as archive:
            for tree in trees:
                run = folder / f"run-{len(list(folder.glob('run-*')))}"
                run.mkdir()
                (run / "report.txt").write_text(text, encoding="utf-8")
                measured = run_provenance(
                    tree, "check", str(run / "report.txt"), "--jobs", str(sizes.jobs), "-q",
                    "--timeout", args.timeout,
                    *(("--no-archive-lookup",) if args.no_archive_lookup else ("--timegate", timegate)),
                    "--connect-to", f"archive.example::127.0.0.1:{archive}",
                    "--connect-to", f"blocked.example::127.0.0.1:{archive}",
                    "--connect-to", f"::127.0.0.1:{pages}", "--archive-dir", str(run / "archives"),
                )  # fmt: skip
                reasons = _why_no_copy(run / "report.txt.ledger.jsonl")
                said = "; ".join(f"{reason}…: {count}" for reason, count in reasons.most_common())
                captures, attempts = _blocked_attempts(run / "report.txt.ledger.jsonl")
                print(
                    f"| {tree.label} | {measured.seconds:.1f} | {measured.exit_code} | {said} | "
                    f"{captures}, {attempts} |",
                    flush=True,
                )
    if FAILED:
        print("\n".join(FAILED), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
