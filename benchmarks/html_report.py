"""`provenance extract` of a large HTML report: time and peak RSS, beside the same report read by the code
at a git revision (`--against REF`, unpacked with `git archive` as `run.py --against` does).

The report is Pandoc's shape: 5,000 claims, each a paragraph with a link, a quoted phrase and a footnote
marker, and 5,000 notes with a link and a backlink (about 3.5 MB). A benchmark, not a test: it prints
figures and exits 0.

    python3 benchmarks/html_report.py [--footnotes 5000] [--against REF] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import ROOT, Tree, best_of, run_provenance, tree_at


def html_report(count: int) -> str:
    claims = "".join(
        f'<p id="p{n}">Claim {n} about the bridge at <em>kilometre {n % 90}</em>, which the ministry said '
        f"“the bridge is open to traffic again” while local channels reported <strong>repeated shelling"
        f'</strong> near the crossing and a convoy of <a href="https://map.example/{n}">{n % 40} vehicles'
        f'</a> waiting on the eastern bank.<sup id="fnref{n}"><a href="#fn{n}" class="footnote-ref" '
        f'role="doc-noteref">{n}</a></sup></p>\n'
        for n in range(1, count + 1)
    )
    notes = "".join(
        f'<li id="fn{n}" role="doc-endnote"><p>Desk {n}, “Report number {n} on the bridge”, January '
        f'{n % 28 + 1}, 2022, <a href="https://site{n % 50}.example/news/2022/01/report-{n}">'
        f"https://site{n % 50}.example/news/2022/01/report-{n}</a> "
        f'<a href="#fnref{n}" class="footnote-back" role="doc-backlink">↩︎</a></p></li>\n'
        for n in range(1, count + 1)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Report</title>'
        "<style>body { max-width: 40em }</style></head>\n<body>\n<h1>Report</h1>\n"
        f"{claims}"
        '<section id="footnotes" class="footnotes" role="doc-endnotes">\n<hr />\n<ol>\n'
        f"{notes}</ol>\n</section>\n</body>\n</html>\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--footnotes", type=int, default=5_000)
    parser.add_argument("--against", metavar="REF", help="also measure the code at git revision REF")
    parser.add_argument("--repeat", type=int, default=1, help="best of this many runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="provenance-bench-") as tmp:
        folder = Path(tmp)
        report = folder / "report.html"
        report.write_text(html_report(args.footnotes), encoding="utf-8")
        trees = [Tree("this tree", ROOT)]
        if args.against:
            trees.append(tree_at(args.against, folder / "against"))
        size = report.stat().st_size / 1e6
        print(f"`extract` of an HTML report with {args.footnotes:,} footnotes ({size:.1f} MB)")
        for tree in trees:
            measured = best_of(args.repeat, partial(run_provenance, tree, "extract", str(report)))
            print(f"  {tree.label}: {measured}, peak RSS {measured.rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
