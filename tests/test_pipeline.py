"""The check pipeline's order of work (`pipeline`): what waits for what while a report's sources come in."""

from __future__ import annotations

import errno
import json
import os
import re
import threading
from pathlib import Path
from typing import Any

import pytest

from provenance import cli, pipeline
from provenance.models import Platform, SourcePost
from provenance.run_models import CheckResult
from tests.support.check_runs import report_citing
from tests.support.cli import run_python
from tests.support.servers import FixtureRequestHandler, FixtureServer, Reply

PAGE = (
    b'<html><head><title>Bridge reopened</title><meta name="author" content="Lina Haddad">'
    b'<meta property="article:published_time" content="2022-01-21"></head>'
    b"<body><p>The council voted to reopen the bridge.</p></body></html>"
)


def test_a_capture_worker_sends_its_next_request_while_the_capture_before_is_still_being_checked(
    tmp_path: Path,
    fixture_server: FixtureServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # One worker (`--jobs 1`): the first page is read back only once the second page's request has reached the
    # server. A worker that read each capture back itself before its next request would never get there.
    second_asked = threading.Event()
    waited: list[bool] = []

    def second_page(handler: FixtureRequestHandler) -> None:
        second_asked.set()
        handler.reply(Reply(body=PAGE))

    fixture_server.routes["/1"] = Reply(body=PAGE)
    fixture_server.routes["/2"] = second_page
    read_source = pipeline._read_source

    def read_first_after_second_asked(item: Any, *rest: Any) -> Any:
        if item.footnote.label == "1":
            waited.append(second_asked.wait(10))
        return read_source(item, *rest)

    monkeypatch.setattr(pipeline, "_read_source", read_first_after_second_asked)
    report = tmp_path / "report.txt"
    report.write_text(report_citing(["http://news.example/1", "http://news.example/2"]), encoding="utf-8")
    code = cli.main(
        ["check", str(report), "--json", "--jobs", "1", "--no-archive-lookup",
         "--archive-dir", str(tmp_path / "archives"), "--connect-to", str(fixture_server.rule())]
    )  # fmt: skip
    assert waited == [True]
    statuses = [note["status"] for note in json.loads(capsys.readouterr().out)["reports"][0]["footnotes"]]
    assert (code, statuses) == (0, ["verified", "verified"])


def test_the_models_are_built_ahead_only_once_the_workers_have_begun_their_first_captures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = threading.Event()
    monkeypatch.setattr(pipeline, "build_models", built.set)
    monkeypatch.setattr(pipeline, "_MADE_AHEAD_AFTER", 30.0)
    first_requests_going = threading.Event()
    ahead = threading.Thread(target=pipeline._made_ahead, args=(first_requests_going,), daemon=True)
    ahead.start()
    assert not built.wait(0.3)  # not beside the workers' first steps
    first_requests_going.set()
    assert built.wait(10)
    ahead.join(10)


@pytest.mark.parametrize("writes_ledgers", [True, False])
def test_only_the_process_that_writes_the_ledgers_reads_the_library_versions_ahead(
    monkeypatch: pytest.MonkeyPatch, writes_ledgers: bool
) -> None:
    # The run line names the libraries' versions; a forked capture process writes no run line, and reading
    # each package's metadata there was 29 M instructions beside its first requests.
    import provenance.custody

    read: list[bool] = []
    monkeypatch.setattr(pipeline, "build_models", lambda: None)
    monkeypatch.setattr(provenance.custody, "software_versions", lambda: read.append(True))
    first_requests_going = threading.Event()
    first_requests_going.set()
    pipeline._made_ahead(first_requests_going, writes_ledgers)

    assert read == ([True] if writes_ledgers else [])


def test_the_check_pipeline_loads_no_page_reading_code_before_its_first_request() -> None:
    # The extractors (HTML parser), the WARC reader and the checks were a sixth of what a check ran before
    # its first request: they load on first use, while the first answers are awaited.
    done = run_python(
        "import sys; import provenance.pipeline, provenance.cli.commands.check; print(*sys.modules)"
    )
    loaded = set(done.stdout.split())
    assert "provenance.pipeline" in loaded, done.stderr
    reading = {"provenance.extractors", "provenance.warc.reader", "provenance.checks", "selectolax"}
    assert reading.isdisjoint(loaded), reading & loaded


def test_what_reads_a_capture_s_source_back_loads_after_the_first_request() -> None:
    # `sources` (what a capture says, its archived copy's lookup) was 12 M instructions of a check's start,
    # before its first request, in a run with no archive lookup too (`--no-archive-lookup`, the benchmarks):
    # it loads with the code that reads captures back, while the first answers are awaited.
    done = run_python(
        "import sys; import provenance.pipeline, provenance.cli.commands.check; print(*sys.modules)"
    )
    loaded = set(done.stdout.split())
    assert "provenance.pipeline" in loaded, done.stderr
    assert "provenance.sources" not in loaded


# What fetches (requests, our code over it); not urllib3 alone: reading a page back may use its URL parser.
_HTTP_CAPTURE_CODE = {"requests", "provenance.capture.exchange", "provenance.capture.scheduler"}
_CHECK_THEN_MODULES = (
    "import sys\nfrom provenance.cli import main\ncode = main(sys.argv[1:])\n"
    "print('EXIT', code, 'MODULES', *sys.modules)"
)


def test_an_offline_check_never_loads_the_http_capture_code(tmp_path: Path) -> None:
    # requests, urllib3 and warcio's writer are a quarter of a check's start: a check that fetches nothing
    # has no use for them.
    report = tmp_path / "report.txt"
    report.write_text(report_citing(["http://news.example/1", "http://news.example/2"]), encoding="utf-8")
    done = run_python(
        _CHECK_THEN_MODULES, "check", str(report), "--offline", "-q", "--archive-dir", str(tmp_path / "a")
    )
    words = done.stdout.split()
    assert words[:2] == ["EXIT", "1"], done.stderr  # each footnote `error`: nothing was captured
    assert _HTTP_CAPTURE_CODE.isdisjoint(words), _HTTP_CAPTURE_CODE & set(words)


def test_a_check_that_reuses_every_capture_never_loads_the_http_capture_code(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/1"] = Reply(body=PAGE)
    report = tmp_path / "report.txt"
    report.write_text(report_citing(["http://news.example/1"]), encoding="utf-8")
    arguments = ["check", str(report), "-q", "--no-archive-lookup", "--archive-dir", str(tmp_path / "a"),
                 "--connect-to", str(fixture_server.rule())]  # fmt: skip
    first = run_python(_CHECK_THEN_MODULES, *arguments)
    assert first.stdout.split()[:2] == ["EXIT", "0"], first.stderr
    assert "provenance.capture.exchange" in first.stdout.split()  # fetched: the capture code loaded

    again = run_python(_CHECK_THEN_MODULES, *arguments)
    words = again.stdout.split()
    assert words[:2] == ["EXIT", "0"], again.stderr  # verified again, from the capture made before
    assert _HTTP_CAPTURE_CODE.isdisjoint(words), _HTTP_CAPTURE_CODE & set(words)


def test_the_ledger_keeps_a_page_s_words_outside_its_article_cut_as_its_text_is() -> None:
    # Reader comments and side blocks are kept for the quote check to say where a quote stands: the ledger
    # line keeps no more of them than of the article's text (the WARC holds all of it).
    source = SourcePost(
        platform=Platform.WEB,
        url="https://news.example/a",
        text="short",
        fields={"reader_comments": "c" * 5000, "elsewhere_on_the_page": "short", "title": "t"},
    )
    kept = pipeline._ledger_source(source)
    assert kept is not None
    assert kept.fields == {
        "reader_comments": "c" * 2000 + "…",
        "elsewhere_on_the_page": "short",
        "title": "t",
    }
    assert kept.text == "short"
    assert pipeline._ledger_source(source.model_copy(update={"fields": {}})) == source.model_copy(
        update={"fields": {}}
    )


def test_the_ledger_keeps_of_a_live_blog_the_entries_a_check_used_and_counts_the_rest() -> None:
    # A live blog's up to 100 entries of 500 characters each all went into the footnote's ledger line (50 kB),
    # whichever the date check used; the WARC holds the page.
    entries = {
        f"live blog entry {n}": f"2022-01-21T{n:02d}:00:00Z #block-{n} | Entry {n}." for n in range(24)
    }
    source = SourcePost(
        platform=Platform.WEB,
        url="https://news.example/live/war",
        text="short",
        fields={"live blog": "2022-01-21T00:00:00Z to 2022-01-21T23:00:00Z", **entries},
    )
    date = CheckResult(name="date", status="pass", detail="d", found="2022-01-21T05:00:00Z")
    kept = pipeline._ledger_source(source, [date], "https://news.example/live/war#block-9")
    assert kept is not None
    assert [name for name in kept.fields if name.startswith("live blog entry ")] == [
        "live blog entry 5",
        "live blog entry 9",
    ]
    assert kept.fields["live blog entries left out"] == "22 of 24, used by no check"
    assert kept.fields["live blog"] == source.fields["live blog"]


def _disk_events(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Each fsync and each journal write from now on, in order: (what, the file's name, the thread's name),
    a write's name being the line written."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("names descriptors through /proc")
    events: list[tuple[str, str, str]] = []
    real_fsync, real_write = os.fsync, os.write

    def named(descriptor: int) -> str:
        return os.readlink(f"/proc/self/fd/{descriptor}")

    def fsync(descriptor: int) -> None:
        events.append(("fsync", Path(named(descriptor)).name, threading.current_thread().name))
        real_fsync(descriptor)

    def write(descriptor: int, data: Any) -> int:
        if named(descriptor).endswith(".journal"):
            events.append(("journal", bytes(data).decode(), threading.current_thread().name))
        return real_write(descriptor, data)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "write", write)
    return events


def test_with_archive_lookups_each_live_page_is_read_once_for_the_lookup_and_the_checks_alike(
    tmp_path: Path, fixture_server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The lookup read each live page (is it usable?) and the checks read it again from the WARC: the same
    # answers, read the same way (the footnotes quote words: the main text), extracted twice.
    from provenance import sources

    urls = [f"http://news.example/{n}" for n in range(1, 4)]
    for n in range(1, 4):
        fixture_server.routes[f"/{n}"] = Reply(body=PAGE)
    report = tmp_path / "report.txt"
    report.write_text(report_citing(urls), encoding="utf-8")
    read_as: list[tuple[str, bool]] = []
    read_live = sources._read_live

    def counted(url: str, *args: Any, **kwargs: Any) -> Any:
        read_as.append((url, kwargs.get("main_text", args[1] if len(args) > 1 else True)))
        return read_live(url, *args, **kwargs)

    monkeypatch.setattr(sources, "_read_live", counted)
    code = cli.main(
        ["check", str(report), "-q", "--timegate", "http://web.archive.org/web/",
         "--archive-dir", str(tmp_path / "archives"), "--connect-to", str(fixture_server.rule())]
    )  # fmt: skip
    assert code == 0
    assert sorted(read_as) == [(url, True) for url in urls]
    lines = [json.loads(line) for line in (tmp_path / "report.txt.ledger.jsonl").read_text().splitlines()]
    notes = [line for line in lines if line["kind"] == "footnote"]
    checks = [{check["name"]: check["status"] for check in note["checks"]} for note in notes]
    assert [(c["date"], c["author"], c["quote"], c["archived"]) for c in checks] == [
        ("pass", "pass", "pass", "warn")
    ] * 3


def test_each_warc_and_its_folder_are_synced_beside_the_captures_before_any_line_names_the_warc(
    tmp_path: Path, fixture_server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    urls = [f"http://news.example/{n}" for n in range(1, 7)]
    for n in range(1, 7):
        fixture_server.routes[f"/{n}"] = Reply(body=PAGE)
    report = tmp_path / "report.txt"
    report.write_text(report_citing(urls), encoding="utf-8")
    archives = tmp_path / "archives"
    events = _disk_events(monkeypatch)
    code = cli.main(
        ["check", str(report), "-q", "--jobs", "3", "--no-archive-lookup",
         "--archive-dir", str(archives), "--connect-to", str(fixture_server.rule())]
    )  # fmt: skip
    assert code == 0
    warcs = sorted(path.name for path in archives.glob("*.warc.gz"))
    assert len(warcs) == 6
    ledger_synced = next(
        i for i, (what, name, _) in enumerate(events) if name.startswith(".report.txt.ledger")
    )
    folder_syncs = [i for i, (what, name, _) in enumerate(events) if (what, name) == ("fsync", "archives")]
    assert 1 <= len(folder_syncs) <= len(warcs)  # several files published together: one sync
    for warc in warcs:
        synced = next(i for i, (what, name, _) in enumerate(events) if (what, name) == ("fsync", warc))
        journaled = next(i for i, (what, line, _) in enumerate(events) if what == "journal" and warc in line)
        # The file, then the folder holding its new name, then the journal line, then the ledger.
        assert any(synced < folder < journaled for folder in folder_syncs)
        assert journaled < ledger_synced
        assert not events[synced][2].startswith("capture worker")  # the worker went on to its next request


def test_a_warc_that_cannot_be_synced_is_the_footnote_s_disk_error_and_no_line_names_it(
    tmp_path: Path,
    fixture_server: FixtureServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for n in (1, 2):
        fixture_server.routes[f"/{n}"] = Reply(body=PAGE)
    report = tmp_path / "report.txt"
    report.write_text(report_citing(["http://news.example/1", "http://news.example/2"]), encoding="utf-8")
    archives = tmp_path / "archives"
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        if "-fn2-" in os.readlink(f"/proc/self/fd/{descriptor}"):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(descriptor)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("names descriptors through /proc")
    monkeypatch.setattr(os, "fsync", fsync)
    code = cli.main(
        ["check", str(report), "--json", "--jobs", "2", "--no-archive-lookup",
         "--archive-dir", str(archives), "--connect-to", str(fixture_server.rule())]
    )  # fmt: skip
    footnotes = json.loads(capsys.readouterr().out)["reports"][0]["footnotes"]
    assert footnotes[0]["status"] == "verified"
    # As a WARC that could not be written at all: the footnote's error, its evidence not kept.
    assert (footnotes[1]["status"], footnotes[1]["capture"]) == ("error", None)
    captured = next(check for check in footnotes[1]["checks"] if check["name"] == "captured")
    assert captured["detail"].startswith("the evidence could not be kept: archive: cannot write ")
    assert "-fn2-" in captured["detail"]
    assert captured["detail"].endswith(": Input/output error (EIO, errno 5)")
    assert [path.name for path in archives.glob("*.warc.gz") if "-fn2-" in path.name] == []
    ledger = (tmp_path / "report.txt.ledger.jsonl").read_text(encoding="utf-8")
    named = re.findall(r'"warc":"([^"]+)"', ledger)  # the captures' WARCs (the error text names the file)
    assert len(named) == 1 and "-fn1-" in named[0]
    assert code != 0


def _check_three_pages(tmp_path: Path, fixture_server: FixtureServer) -> int:
    """`check` of a report citing three pages the fixture server answers, its ledger beside it."""
    for n in range(1, 4):
        fixture_server.routes[f"/{n}"] = Reply(body=PAGE)
    report = tmp_path / "report.txt"
    report.write_text(report_citing([f"http://news.example/{n}" for n in range(1, 4)]), encoding="utf-8")
    return cli.main(
        ["check", str(report), "-q", "--no-archive-lookup", "--archive-dir", str(tmp_path / "archives"),
         "--connect-to", str(fixture_server.rule())]
    )  # fmt: skip


def test_the_journal_is_removed_once_the_run_is_on_disk_in_the_ledger_and_before_its_lock_is_let_go(
    tmp_path: Path, fixture_server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Removed before the ledger's new name is on disk, a crash could lose both; removed after the lock is let
    # go, it could be another run's journal.
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("names descriptors through /proc")
    events: list[tuple[str, str]] = []
    real_fsync, real_unlink = os.fsync, os.unlink

    def fsync(descriptor: int) -> None:
        events.append(("fsync", Path(os.readlink(f"/proc/self/fd/{descriptor}")).name))
        real_fsync(descriptor)

    def unlink(path: Any, *args: Any, **kwargs: Any) -> None:
        events.append(("unlink", Path(path).name))
        real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "unlink", unlink)
    code = _check_three_pages(tmp_path, fixture_server)
    assert code == 0
    assert not (tmp_path / "report.txt.ledger.jsonl.journal").exists()
    journal_removed = events.index(("unlink", "report.txt.ledger.jsonl.journal"))
    ledger_named_on_disk = max(i for i, event in enumerate(events) if event == ("fsync", tmp_path.name))
    assert ledger_named_on_disk < journal_removed < events.index(("unlink", "report.txt.ledger.jsonl.lock"))


def test_the_journal_s_disk_blocks_are_freed_beside_the_run_s_last_steps_not_in_their_way(
    tmp_path: Path, fixture_server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Freeing a removed file's blocks waits for the file system's journal on a busy disk (13-28 ms for the
    # capture row's journal at a load of 5): the file is held open while its name is removed, and closed,
    # which frees them, by a thread of its own while the run goes on.
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("names descriptors through /proc")
    freed_by: list[str] = []
    freeing, let_free = threading.Event(), threading.Event()
    real_close = os.close

    def close(descriptor: int) -> None:
        try:
            name = os.readlink(f"/proc/self/fd/{descriptor}")
        except OSError:
            name = ""
        if name.endswith(".ledger.jsonl.journal (deleted)"):  # its last descriptor: closing it frees it
            freed_by.append(threading.current_thread().name)
            freeing.set()
            let_free.wait(10)
        real_close(descriptor)

    monkeypatch.setattr(os, "close", close)
    try:
        code = _check_three_pages(tmp_path, fixture_server)
        assert freeing.wait(10), "the journal was removed with its blocks, in the run's way"
    finally:
        let_free.set()
    assert code == 0
    assert not (tmp_path / "report.txt.ledger.jsonl.journal").exists()
    assert freed_by and threading.main_thread().name not in freed_by


@pytest.mark.parametrize("lookup", [("--timegate", "http://timegate.example/"), ("--no-archive-lookup",)])
def test_a_footnotes_own_quoted_words_are_read_once_for_how_its_source_is_read_and_for_its_checks(
    lookup: tuple[str, ...],
    tmp_path: Path,
    fixture_server: FixtureServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # What the archive lookup reads of the live page and whether the source's text is read (`_quoted`), and
    # the quote check (`CheckInput.quotes`), all ask for the note's own quoted words: read each time, they
    # were read three times a footnote (twice without the lookup).
    import provenance.citations.parse as parse

    read: list[str] = []
    real = parse.quoted_in_note

    def counted(footnote: Any) -> tuple[str, ...]:
        read.append(footnote.label)
        return real(footnote)

    monkeypatch.setattr(parse, "quoted_in_note", counted)
    monkeypatch.setattr(pipeline, "quoted_in_note", counted)
    fixture_server.routes["/1"] = Reply(body=PAGE)
    report = tmp_path / "report.txt"
    note = (
        "Lina Haddad, \u201cBridge reopened\u201d, January 21, 2022, quoting the mayor: "
        "\u201cthe bridge is open\u201d"
    )
    report.write_text(
        f"The bridge reopened.[1]\n\nSources\n[1] {note}, http://news.example/1\n", encoding="utf-8"
    )
    code = cli.main(
        ["check", str(report), "--json", *lookup, "--archive-dir", str(tmp_path / "archives"),
         "--connect-to", str(fixture_server.rule())]
    )  # fmt: skip
    checks = json.loads(capsys.readouterr().out)["reports"][0]["footnotes"][0]["checks"]
    quote = next(check for check in checks if check["name"] == "quote")
    assert (code, quote["status"]) == (1, "warn"), quote  # the note's quote is looked for, not on the page
    assert read == ["1"]
