"""`extract` of a report of thousands of footnotes: on two cores a forked child writes the second half; the
output must be the very text one process writes, and a reader that goes away must still end it quietly."""

from __future__ import annotations

from pathlib import Path

from provenance.citations.cite import cite_footnotes
from provenance.forking import MIN_FORKED_ITEMS
from provenance.outputs.extract import render_extract_json
from provenance.readers import read_report
from tests.cli.test_closed_output import _run_into_a_closed_pipe
from tests.support.cli import run_provenance

COUNT = MIN_FORKED_ITEMS + 201  # an odd count: the halves differ by one


def _long_report(folder: Path) -> Path:
    body = "\n\n".join(f"Claim {n} said “the bridge is open”.[^{n}]" for n in range(1, COUNT + 1))
    notes = "\n".join(
        f"[^{n}]: Desk {n}, “Report {n}”, January {n % 28 + 1}, 2022, https://t.me/desk/{n}"
        if n % 3
        else f"[^{n}]: @desk{n} on X, 03/04/2022, x.com/desk/status/{n}"
        for n in range(1, COUNT + 1)
    )
    report = folder / "long.md"
    report.write_text(f"# Report\n\n{body}\n\n{notes}\n[^{COUNT}]: a repeated label\n", encoding="utf-8")
    return report


def test_extract_of_a_long_report_writes_what_one_process_writes(workdir: Path) -> None:
    _long_report(workdir)
    done = run_provenance(["extract", "long.md"], cwd=workdir)

    one_process = read_report(Path("long.md"), None, 10**9)
    assert done.returncode == 0, done.stderr
    assert done.stdout == render_extract_json(one_process, cite_footnotes(one_process, None))


def test_extract_of_a_long_report_into_a_closed_pipe_ends_quietly(workdir: Path) -> None:
    _long_report(workdir)

    assert _run_into_a_closed_pipe(["extract", "long.md"], workdir) == (141, "")


def test_extract_of_a_long_report_gives_notes_citing_earlier_ones_the_source_one_process_gives(
    workdir: Path,
) -> None:
    # The child writing the second half starts at its first note: an `Id.` there means the last note of the
    # first half, and `Supra note 2` a note the child never saw; each takes that note's source, as in `check`.
    half = COUNT // 2
    body = "\n\n".join(f"Claim {n} said “the bridge is open”.[^{n}]" for n in range(1, COUNT + 1))
    notes = []
    for n in range(1, COUNT + 1):
        if n == half + 1:
            notes.append(f"[^{n}]: Id.")
        elif n == COUNT - 5:
            notes.append(f"[^{n}]: Supra note 2.")
        else:
            notes.append(f"[^{n}]: Desk {n}, “Report {n}”, January {n % 28 + 1}, 2022, https://t.me/desk/{n}")
    (workdir / "long.md").write_text(f"# Report\n\n{body}\n\n" + "\n".join(notes) + "\n", encoding="utf-8")
    done = run_provenance(["extract", "long.md"], cwd=workdir)

    one_process = read_report(Path("long.md"), None, 10**9)
    assert done.returncode == 0, done.stderr
    assert done.stdout == render_extract_json(one_process, cite_footnotes(one_process, None))
    assert f'"url": "https://t.me/desk/{half}"' in done.stdout
    assert "cites note 2's source ('Supra note 2')" in done.stdout
