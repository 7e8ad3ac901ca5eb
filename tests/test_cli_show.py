"""`provenance show` and `check --html`: the view written where asked, re-verified, bad input refused."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from provenance import cli
from provenance.hashing import sha256_file
from provenance.ledger.writer import LedgerWriter
from provenance.models import (
    Counts,
    LocatedCandidate,
    LocateLine,
    Platform,
    ReportFormat,
    ReportRef,
    RunLine,
    SummaryLine,
    ToolInfo,
)
from tests.ledger.builders import make_capture, write_locate_run, write_warc
from tests.outputs.ledgers import sample_footnotes, write_ledger


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    return write_ledger(tmp_path, sample_footnotes(tmp_path, None))


def test_show_writes_the_view_beside_the_ledger_by_default(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "show", str(ledger))
    view = ledger.with_suffix(".html")
    assert code == 0 and out.startswith(f"{view}: view of run 1 of 1 (ledger intact)")
    page = view.read_text(encoding="utf-8")
    assert page.count("<article ") == 4 and "Ledger verified intact" in page


@pytest.mark.tampers_with_evidence
def test_show_of_a_tampered_ledger_says_so_on_the_page_and_exits_1(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = next((tmp_path / "archives").glob("brief.md-fn1-*.warc.gz"))
    warc.write_bytes(warc.read_bytes() + b"extra")
    code, out, _ = _run(capsys, "show", str(ledger), "-o", str(tmp_path / "v.html"))
    assert code == 1 and "problem(s) found in the ledger" in out
    page = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert "This ledger did not verify" in page and warc.name in page


def test_show_of_a_ledger_whose_evidence_moved_points_to_verify_which_lists_and_finds_it(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The line said "2 problem(s) found in the ledger" and no more: not which, nor what to do.
    (tmp_path / "archives").rename(tmp_path / "moved")
    code, out, err = _run(capsys, "show", str(ledger), "-o", str(tmp_path / "v.html"))
    assert code == 1 and "problem(s) found in the ledger" in out
    assert err.count("\n") == 1
    assert f"the ledger is not intact: `provenance verify {ledger}` lists each problem" in err
    assert "--archive-dir DIR" in err
    assert (tmp_path / "v.html").is_file()


def test_show_says_when_it_verified_the_ledger_in_utc(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Verified intact when this view was made" gave no time: a verdict of a moment, read later."""
    before = dt.datetime.now(dt.UTC)
    assert _run(capsys, "show", str(ledger))[0] == 0
    page = ledger.with_suffix(".html").read_text(encoding="utf-8")
    stated = page.split("Ledger verified intact at ", 1)[1].split(" (UTC), when this view was made", 1)[0]
    moment = dt.datetime.fromisoformat(stated.replace("Z", "+00:00"))
    assert stated.endswith("Z") and before - dt.timedelta(seconds=1) <= moment <= dt.datetime.now(dt.UTC)


@pytest.mark.tampers_with_evidence
def test_show_counts_every_problem_not_only_those_listed(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ledger.open("ab") as stream:  # 150 lines that are no ledger lines: a problem each
        stream.write(b"{}\n" * 150)
    code, out, _ = _run(capsys, "verify", str(ledger), "--json")
    total = len(json.loads(out)["problems"]) + json.loads(out)["more_problems"]
    assert code == 1 and total >= 150
    assert _run(capsys, "show", str(ledger), "-o", str(tmp_path / "v.html"))[0] == 1
    page = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert "did not verify at " in page and f"(UTC): {total} problems.</strong>" in page
    assert "The first 100 are listed." in page


def test_show_of_an_earlier_run_says_a_later_one_exists(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_ledger(tmp_path, sample_footnotes(tmp_path, None)[:1])
    code, _, _ = _run(capsys, "show", str(ledger), "--run", "1", "-o", str(tmp_path / "v.html"))
    assert code == 0
    page = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert "run 1 of 2" in page and "A later run of this report exists" in page


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["missing.jsonl"], "cannot read ledger missing.jsonl: no such file (a ledger is"),
        (["LEDGER", "--run", "3"], "--run 3: the ledger holds runs 1 to 1"),
        (["LEDGER", "-o", "nowhere/v.html"], "no such folder for the HTML view"),
        (["LEDGER", "-o", "."], "is a directory"),
        (["."], ".: is a directory, not a ledger"),  # an internal error: a view named from no name
        (["notes.md"], "notes.md: a report, not a ledger; no check of it has written notes.md.ledger.jsonl"),
        (
            ["brief.wacz"],
            "brief.wacz: a WACZ bundle, not a ledger; check it with `provenance verify brief.wacz`",
        ),
    ],
)
def test_show_refuses_bad_input_in_one_line_and_writes_nothing(
    ledger: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.md").write_text("A report, given for its ledger.[^1]\n\n[^1]: Desk.\n")
    with zipfile.ZipFile(tmp_path / "brief.wacz", "w") as bundle:  # `pack`'s bundle, given for its ledger
        bundle.writestr("datapackage.json", "{}")
    code, out, err = _run(capsys, "show", *[str(ledger) if a == "LEDGER" else a for a in argv])
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert message in err
    assert not list(tmp_path.glob("*.html"))


@pytest.mark.parametrize(
    ("target", "says"),
    [
        ("brief.md.ledger.jsonl", "is a ledger"),
        ("brief.md.ledger.jsonl.journal", "is a ledger's journal"),
        ("brief.md", "is the report the ledger's last run checked"),
        ("archives/brief.md-fn1-*.warc.gz", "is in the archive folder"),
    ],
)
def test_show_never_writes_its_view_over_the_ledger_its_report_or_evidence(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, says: str
) -> None:
    # The rename that writes a view gets past a read-only mode: a closed ledger is protected by name too.
    (tmp_path / "brief.md.ledger.jsonl.journal").write_text("", encoding="utf-8")
    ledger.chmod(0o444)
    output = next(tmp_path.glob(target))
    before = output.read_bytes()

    code, out, err = _run(capsys, "show", str(ledger), "-o", str(output))

    assert code == 2 and out == "" and len(err.splitlines()) == 1 and says in err
    assert output.read_bytes() == before


@pytest.mark.parametrize("name", ["brief.md-fn9-20220121T000000Z-0a1b2c3d.warc.gz", "view.WARC", "all.wacz"])
def test_show_never_names_its_view_as_evidence_in_the_archive_folder(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    # `show -o archives/brief.md-fn9-….warc.gz` wrote a web page there: verify then warned of a WARC file of
    # the report that no line names, and a replay tool took the page for a capture.
    output = tmp_path / "archives" / name

    code, out, err = _run(capsys, "show", str(ledger), "-o", str(output))

    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert "the HTML view would be named as a WARC or WACZ file, and taken for evidence" in err
    assert not output.exists()
    assert _run(capsys, "show", str(ledger), "-o", str(tmp_path / "archives" / "view.html"))[0] == 0


def test_show_never_replaces_a_file_already_in_the_ledgers_archive_folder_as_check_html_does_not(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `check --html archives/view.html` refused to replace a file there (evidence may have any name);
    # `show -o` replaced it. A new file there is the user's choice, for both.
    view = tmp_path / "archives" / "view.html"
    assert _run(capsys, "show", str(ledger), "-o", str(view))[0] == 0
    before = view.read_bytes()

    code, out, err = _run(capsys, "show", str(ledger), "-o", str(view))

    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert f"is in the archive folder {tmp_path / 'archives'}; the HTML view must be written elsewhere" in err
    assert view.read_bytes() == before


def test_check_html_writes_one_view_of_every_report_it_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("One.[^1]\n\n[^1]: Telegram, January 21, 2022.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Two.[^x]\n\n[^x]: Desk, http://news.example/b\n", encoding="utf-8")
    code, out, _ = _run(capsys, "check", "a.md", "b.md", "--offline", "--html", "view.html", "--json")
    assert code == 1
    heads = [report["head"] for report in json.loads(out)["reports"]]
    page = (tmp_path / "view.html").read_text(encoding="utf-8")
    assert page.count("<article ") == 2
    assert all(head in page for head in heads), "each ledger's head is on the page"
    assert "not re-verified by this view" in page


def _append_locate_run(ledger: Path, report: Path, recorded: str = "brief.md") -> None:
    """A `provenance locate` run of the report recorded as `recorded` after the check: one candidate post for
    unlinked footnote [3]."""
    candidate = LocatedCandidate(
        url="https://t.me/rybar/999",
        score=0.82,
        parts={"quote": 1.0, "speaker": 0.9, "date": 1.0, "order": None},
        posted_at="2022-01-21T10:00:00Z",
        excerpt="The convoy had already crossed the river.",
        account="rybar",
        via="telegram preview",
    )
    with LedgerWriter(ledger, sha256_file(report)) as writer:
        writer.add(
            RunLine,
            tool=ToolInfo(name="provenance", version="0.1.0"),
            report=ReportRef(path=recorded, sha256=sha256_file(report), format=ReportFormat.MARKDOWN),
            operator="Ada Reviewer",
            host="newsroom-laptop",
            command="locate",
            options={},
        )
        writer.add(
            LocateLine,
            label="3",
            platform=Platform.TELEGRAM,
            date=dt.date(2022, 1, 21),
            window=3,
            speakers=("Rybar",),
            quotes=("had already crossed",),
            accounts=(),
            candidates=(candidate,),
            capture=None,
        )
        writer.add(SummaryLine, counts=Counts(), total=1, seconds=1.0)


def test_show_puts_later_locate_candidates_beside_the_check_run_they_follow(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _append_locate_run(ledger, tmp_path / "brief.md")
    code, out, _ = _run(capsys, "show", str(ledger), "-o", str(tmp_path / "v.html"))
    assert code == 0 and "view of run 1 of 2 (ledger intact)" in out, "the check run, not the locate run"
    page = (tmp_path / "v.html").read_text(encoding="utf-8")
    card = page[page.index('data-label="3"') :]
    card = card[: card.index("</article>")]
    assert "https://t.me/rybar/999" in card and "Not verified" in card
    assert "The convoy <mark>had already crossed</mark> the river." in card

    code, _, _ = _run(capsys, "show", str(ledger), "--run", "2", "-o", str(tmp_path / "locate.html"))
    assert code == 0 and "https://t.me/rybar/999" in (tmp_path / "locate.html").read_text(encoding="utf-8")


def test_show_never_puts_a_locate_of_another_report_beside_the_check_runs_footnotes(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `locate sitrep.txt --ledger brief.md.ledger.jsonl`: its note [3] is not the brief's [3]; the brief's
    # card showed the sitrep's candidates as leads for it.
    sitrep = tmp_path / "sitrep.txt"
    sitrep.write_text("[3] Rybar, Telegram, January 21, 2022.\n", encoding="utf-8")
    _append_locate_run(ledger, sitrep, recorded="sitrep.txt")

    code, out, _ = _run(capsys, "show", str(ledger), "-o", str(tmp_path / "v.html"))

    assert code == 0 and "view of run 1 of 2" in out
    page = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert 'data-label="3"' in page
    assert "https://t.me/rybar/999" not in page and "Candidates from provenance locate" not in page
    code, _, _ = _run(capsys, "show", str(ledger), "--run", "2", "-o", str(tmp_path / "locate.html"))
    assert code == 0 and "https://t.me/rybar/999" in (tmp_path / "locate.html").read_text(encoding="utf-8")


def test_the_view_says_a_locate_candidates_score_ranks_it_and_is_no_probability(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A bold 0.82 beside the post's link read as "82% sure": it ranks the candidates against the note.
    _append_locate_run(ledger, tmp_path / "brief.md")
    code, _, _ = _run(capsys, "show", str(ledger), "-o", str(tmp_path / "v.html"))
    page = (tmp_path / "v.html").read_text(encoding="utf-8")
    card = page[page.index('data-label="3"') :]
    card = card[: card.index("</article>")]
    assert code == 0 and "</a> score <strong>0.82</strong> rybar" in card
    assert (
        "The score ranks the candidates against the note (quote, speaker, date, order), 0 to 1: it is not "
        "the probability that a post is the one cited." in card
    )


def test_show_names_a_view_whose_name_spells_a_workflow_command_without_a_ci_runner_obeying_it(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A report a pull request adds is named by its author: its ledger's view, `##[add-mask]…` printed raw in a
    # CI log, was a command the runner obeyed (the word masked in every later line of the log).
    named = ledger.with_name("##[add-mask]brief.ledger.jsonl")
    ledger.rename(named)
    code, out, _ = _run(capsys, "show", str(named))
    assert code == 0 and "##[" not in out
    assert out.startswith(f"{named.parent}/#\\x23[add-mask]brief.ledger.html: view of run 1 of 1")


def test_show_with_archive_dir_verifies_moved_evidence_and_links_and_shows_it_from_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, png))
    (tmp_path / "handed-over").mkdir()
    (tmp_path / "archives").rename(tmp_path / "handed-over" / "evidence")
    monkeypatch.chdir(tmp_path)

    code, out, err = _run(
        capsys, "show", ledger.name, "-o", "v.html", "--archive-dir", "handed-over/evidence"
    )

    assert (code, err) == (0, "") and out.startswith("v.html: view of run 1 of 1 (ledger intact)"), err
    page = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert "Ledger verified intact" in page
    warc = next((tmp_path / "handed-over" / "evidence").glob("brief.md-fn1-*"))
    assert f'href="handed-over/evidence/{warc.name}"' in page
    assert 'href="archives/' not in page, "no link leads where the evidence no longer is"
    assert "data:image/png;base64," in page, "the screenshot is read from where the WARC is now"


@pytest.mark.tampers_with_evidence
def test_show_with_archive_dir_holding_another_file_of_the_name_says_not_intact_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    (tmp_path / "archives").rename(tmp_path / "evidence")
    first, second = sorted((tmp_path / "evidence").glob("brief.md-fn*"))[:2]
    first.write_bytes(second.read_bytes())  # a whole WARC of the same name: not the one the ledger hashed
    monkeypatch.chdir(tmp_path)

    code, out, err = _run(capsys, "show", ledger.name, "-o", "v.html", "--archive-dir", "evidence")

    assert code == 1 and "problem(s) found in the ledger" in out
    assert err == (
        "provenance: warning: the ledger is not intact: `provenance verify brief.md.ledger.jsonl "
        "--archive-dir evidence` lists each problem and what to do\n"
    )
    page = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert "This ledger did not verify" in page and f"evidence/{first.name}" in page


@pytest.mark.parametrize(
    ("given", "told"),
    [
        ("nowhere", "--archive-dir nowhere: does not exist (taken from the current folder)"),
        ("brief.md", "--archive-dir brief.md: is not a folder"),
    ],
    ids=["missing", "a-file"],
)
def test_show_with_an_archive_dir_that_is_no_folder_is_one_line_and_writes_nothing(
    ledger: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    given: str,
    told: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, "show", ledger.name, "--archive-dir", given)
    assert (code, out, err) == (2, "", f"provenance: error: {told}\n")
    assert not list(tmp_path.glob("*.html"))


def test_show_of_a_locate_run_links_its_search_pages_warc_where_it_is_now(
    ledger: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A locate run's only evidence is the WARC of the search pages it fetched: its view linked none of it.
    records = write_warc(tmp_path / "archives" / "brief.md-search.warc")
    capture = make_capture(tmp_path, "archives/brief.md-search.warc", records)
    write_locate_run(ledger, tmp_path / "brief.md", capture)
    monkeypatch.chdir(tmp_path)

    code, _, _ = _run(capsys, "show", ledger.name, "--run", "2", "-o", "locate.html")
    assert code == 0
    page = (tmp_path / "locate.html").read_text(encoding="utf-8")
    assert '<a href="archives/brief.md-search.warc"><code>archives/brief.md-search.warc</code></a>' in page
    assert capture.warc_sha256 in page

    (tmp_path / "archives").rename(tmp_path / "moved")
    code, out, err = _run(
        capsys, "show", ledger.name, "--run", "2", "-o", "moved.html", "--archive-dir", "moved"
    )
    assert (code, err) == (0, "") and "(ledger intact)" in out
    page = (tmp_path / "moved.html").read_text(encoding="utf-8")
    assert '<a href="moved/brief.md-search.warc">' in page
    assert "read by its name from <code>moved/brief.md-search.warc</code> (--archive-dir)" in page
