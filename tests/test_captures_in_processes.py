"""A large run over many hosts captures in forked processes, one per core, each host in one of them: the
verdicts and the ledger are those of a run in one process, `--jobs` and `--per-host` hold across the
processes, and a signal still leaves nothing behind (no partial file, no lock, no process)."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from provenance.capture.options import NetworkOptions
from provenance.forking import usable_cores
from provenance.pipeline import spread_over_hosts
from tests.support.check_runs import report_citing, verdicts
from tests.support.cli import (
    assert_stopped_cleanly,
    each_stop_signal,
    provenance_command,
    provenance_env,
    run_provenance,
    run_python,
    start_provenance,
    stop_midway,
)
from tests.support.servers import (
    FixtureRequestHandler,
    FixtureServer,
    Reply,
    hold_at_limit,
    hold_until_concurrent,
    stall,
)

pytestmark = pytest.mark.skipif(
    usable_cores() < 2 or not sys.platform.startswith("linux"), reason="captures fork only on Linux, 2+ cores"
)

PAGE = (
    b"<html lang=en><head><title>Bridge reopened</title><meta name=author content='Lina Haddad'>"
    b"<meta property='article:published_time' content='2022-01-21T09:00:00Z'></head><body><article>"
    b"<h1>Bridge reopened</h1><p>The council voted to reopen the bridge on Friday.</p>"
    b"</article></body></html>"
)
HOSTS = ("alpha.example", "beta.example", "gamma.example", "delta.example")
NOTES = 24


def _report(path: str = "page") -> str:
    return report_citing([f"http://{HOSTS[n % len(HOSTS)]}/{path}/{n}" for n in range(1, NOTES + 1)])


def _ledger_kinds(folder: Path) -> list[str]:
    lines = (folder / "report.txt.ledger.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["kind"] for line in lines]


def test_a_run_in_processes_gives_the_verdicts_and_ledger_of_a_run_in_one(
    tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    for n in range(1, NOTES + 1):
        fixture_server.routes[f"/page/{n}"] = Reply(body=PAGE)
    options = ["--json", "--no-archive-lookup", "--connect-to", str(fixture_server.rule())]
    for name in ("forked", "here"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "report.txt").write_text(_report(), encoding="utf-8")
    # A fresh process has one thread when its captures start, so it forks...
    process = start_provenance(["check", "report.txt", "-v", *options], tmp_path / "forked")
    try:
        # ...while this one (the fixture server's threads are running) captures everything itself, meanwhile.
        code = cli.main(["check", str(tmp_path / "here" / "report.txt"), *options])
        out, err = process.communicate(timeout=120)
    finally:
        process.kill()
        process.wait()
    forked = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    assert "captures shared out by host to 2 processes" in forked.stderr
    here = capsys.readouterr().out
    assert forked.returncode == code == 0, forked.stderr
    assert "Exception ignored" not in forked.stderr and "Traceback" not in forked.stderr
    assert verdicts(json.loads(forked.stdout)) == verdicts(json.loads(here))
    assert _ledger_kinds(tmp_path / "forked") == ["run", *["footnote"] * NOTES, "summary"]
    assert len(list((tmp_path / "forked" / "archives").glob("*.warc.gz"))) == NOTES
    assert fixture_server.hits[f"/page/{NOTES}"] == 2  # once each run: nothing fetched twice


@pytest.mark.parametrize(
    ("jobs", "per_host", "most"), [(3, 4, 3), (8, 1, len(HOSTS))], ids=["jobs", "per-host"]
)
def test_jobs_and_per_host_limits_hold_across_the_processes(
    tmp_path: Path, fixture_server: FixtureServer, jobs: int, per_host: int, most: int
) -> None:
    # Each request is held until the limit has been in flight at once, then a moment more: a limit that did
    # not hold across processes would show as more requests in flight than it allows.
    for n in range(1, NOTES + 1):
        fixture_server.routes[f"/page/{n}"] = hold_at_limit(most, then=Reply(body=PAGE))
    (tmp_path / "report.txt").write_text(_report(), encoding="utf-8")
    done = run_provenance(
        ["check", "report.txt", "-v", "--no-archive-lookup", "--connect-to", str(fixture_server.rule()),
         "--jobs", str(jobs), "--per-host", str(per_host)],
        tmp_path,
    )  # fmt: skip
    assert "shared out by host to 2 processes" in done.stderr
    assert done.returncode == 0, done.stderr
    assert fixture_server.max_in_flight == most


def test_per_host_holds_for_the_timegate_that_every_capture_of_every_process_asks(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # The captures' own hosts are limited where captures are scheduled; each capture also asks the TimeGate.
    # Held until the limit has been in flight there, then a moment more: before each request held a slot
    # of its host, every running capture asked at once (16 with `--jobs 16`, tried by hand).
    with FixtureServer() as timegate:
        for n in range(1, NOTES + 1):
            fixture_server.routes[f"/page/{n}"] = Reply(body=PAGE)
            timegate.routes[f"/web/http://{HOSTS[n % len(HOSTS)]}/page/{n}"] = hold_at_limit(
                4, then=Reply(404, b"no memento")
            )
        (tmp_path / "report.txt").write_text(_report(), encoding="utf-8")
        done = run_provenance(
            ["check", "report.txt", "-v", "--timegate", "http://archive.example/web/", "--per-host", "4",
             "--connect-to", str(timegate.rule("archive.example", 80)),
             "--connect-to", str(fixture_server.rule())],
            tmp_path,
        )  # fmt: skip
        assert "shared out by host to 2 processes" in done.stderr
        assert done.returncode == 0, done.stderr
        assert timegate.total_hits == NOTES
        assert timegate.max_in_flight == 4


# Runs a command as a child subreaper (Linux): a process the command leaves unreaped as it exits comes here.
_LEFT_UNREAPED = """
import ctypes, os, subprocess, sys
ctypes.CDLL(None, use_errno=True).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stderr.write(done.stderr)
try:
    left = os.waitpid(-1, os.WNOHANG)
except ChildProcessError:
    left = None
print(done.returncode, "left a process" if left else "left none")
"""
# `provenance ARGS` whose capture processes take half a second to end after their last result (as a large
# process freeing its memory takes a while): the run has let them go by then, and must still reap them.
_CAPTURE_PROCESSES_ENDING_SLOWLY = """
import os, sys, time
parent = os.getpid()
real_exit = os._exit

def exit_slowly(code):
    if os.getpid() != parent:
        time.sleep(0.5)
    real_exit(code)

os._exit = exit_slowly
sys.argv = ["provenance", *sys.argv[1:]]
from provenance.entry import run
run()
"""


def test_a_check_reaps_its_capture_processes_before_it_exits_so_its_cpu_time_counts_theirs(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # The run goes on once a capture process has sent its last result, not once it has ended; it is reaped
    # by the time the check exits: one left to end unreaped would be no child of the check any more, and its
    # CPU time would go uncounted by `time` and by the benchmarks, which would show the check as cheaper.
    for n in range(1, NOTES + 1):
        fixture_server.routes[f"/page/{n}"] = Reply(body=PAGE)
    (tmp_path / "report.txt").write_text(_report(), encoding="utf-8")
    check = ["check", "report.txt", "-v", "--no-archive-lookup", "--connect-to", str(fixture_server.rule())]
    command = [sys.executable, "-c", _CAPTURE_PROCESSES_ENDING_SLOWLY, *check]
    done = run_python(_LEFT_UNREAPED, *command, cwd=tmp_path)
    assert "shared out by host to 2 processes" in done.stderr
    assert done.stdout.split() == ["0", "left", "none"], done.stderr


def _processes_naming(folder: Path) -> list[int]:
    """The processes still running whose command line or working folder is in `folder`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if str(folder) in os.readlink(entry / "cwd") and (entry / "stat").read_text().split()[2] != "Z":
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@each_stop_signal
def test_a_signal_while_processes_capture_leaves_no_partial_file_no_lock_and_no_process(
    tmp_path: Path, fixture_server: FixtureServer, signum: signal.Signals, exit_code: int
) -> None:
    _stalled_report(tmp_path, fixture_server)
    code, err = stop_midway(
        ["check", "report.txt", "--no-archive-lookup", "--connect-to", str(fixture_server.rule())],
        tmp_path, fixture_server, 16, signum,  # both processes capturing: 2 hosts each, 4 at once per host
    )  # fmt: skip
    assert code == exit_code, err
    assert not _processes_naming(tmp_path), "every capture process ends with the run"
    assert_stopped_cleanly(tmp_path, "report.txt", err)


def test_a_new_partial_file_of_one_process_is_never_swept_by_another_as_left_by_a_killed_run(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # A partial WARC is created, then locked: in between it looks like one a killed run left. Here that moment
    # is stretched (the lock comes 0.3 s late, through a sitecustomize module the run loads), so a process
    # that swept the folder while another was capturing would take the other's new file.
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(
        "import time\nimport provenance.warc.parts as parts\n_lock = parts.lock_part\n"
        "def lock_late(descriptor):\n    time.sleep(0.3)\n    return _lock(descriptor)\n"
        "parts.lock_part = lock_late\n",
        encoding="utf-8",
    )
    for n in range(1, NOTES + 1):
        fixture_server.routes[f"/page/{n}"] = Reply(body=PAGE)
    (tmp_path / "report.txt").write_text(_report(), encoding="utf-8")
    env = provenance_env({"PYTHONPATH": f"{hooks}{os.pathsep}{provenance_env()['PYTHONPATH']}"})
    done = run_provenance(
        ["check", "report.txt", "-v", "--no-archive-lookup", "--connect-to", str(fixture_server.rule())],
        tmp_path,
        env=env,
    )
    assert "shared out by host to 2 processes" in done.stderr
    assert "a partial WARC file left by an interrupted run" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "archives").glob("*.warc.gz"))) == NOTES


def _start_check(folder: Path, server: FixtureServer, **popen: Any) -> subprocess.Popen[str]:
    """`provenance check report.txt` started in `folder`, every host sent to `server`."""
    return subprocess.Popen(
        provenance_command("check", "report.txt", "--no-archive-lookup", "--connect-to", str(server.rule())),
        cwd=folder,
        env=provenance_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def _stalled_report(folder: Path, server: FixtureServer) -> None:
    """`folder/report.txt`, whose every page `server` holds unanswered."""
    for n in range(1, NOTES + 1):
        server.routes[f"/slow/{n}"] = stall(60)
    (folder / "report.txt").write_text(_report("slow"), encoding="utf-8")


def _once_all_capture(process: subprocess.Popen[str], server: FixtureServer, act: Callable[[], None]) -> str:
    """`act` once both processes of the run are capturing (16 requests in flight: 2 hosts each, 4 at once
    per host), then the run's stderr when it has ended."""
    try:
        # Until 16 have been in flight at once, now or before: held only until the 16th arrives (the test of
        # an ignored Ctrl-C), they may all have been answered by the time this thread is woken on a loaded
        # machine; waiting for 16 in flight now then waited out its whole minute, and `act` came after the
        # run had ended.
        server.wait_for_max_in_flight(16, 60)
        assert server.max_in_flight == 16, "the captures never all reached the server"
        act()
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
        process.wait()
    return err


def _only_child_of(pid: int) -> int:
    (child,) = (
        int(entry.name)
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit() and _parent_of(entry) == pid
    )
    return child


def _parent_of(entry: Path) -> int | None:
    try:  # the fields after the command's name, which is in parentheses and may hold spaces
        return int((entry / "stat").read_text().rpartition(")")[2].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def test_a_capture_process_killed_by_someone_else_ends_the_run_at_once_saying_what_happened(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    _stalled_report(tmp_path, fixture_server)
    process = _start_check(tmp_path, fixture_server)
    # Its captures stall: only the parent's reaction to the loss ends the run now.
    child: list[int] = []

    def kill_the_capture_process() -> None:
        child.append(_only_child_of(process.pid))
        os.kill(child[0], signal.SIGKILL)

    err = _once_all_capture(process, fixture_server, kill_the_capture_process)
    assert process.returncode == 3, err
    assert err == (
        f"provenance: error: capture process {child[0]} was killed (SIGKILL: by someone, or by the system "
        "out of memory) before its captures were done; the run stopped and wrote nothing to the ledger\n"
    )
    assert not (tmp_path / "report.txt.ledger.jsonl").exists(), "no ledger is written for a run cut short"
    assert not (tmp_path / "report.txt.ledger.jsonl.lock").exists()


def test_a_run_whose_ctrl_c_is_ignored_is_not_stopped_by_it_in_any_of_its_processes(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # A script's background job (`provenance check ... &`) starts with Ctrl-C ignored; its capture
    # processes must ignore it too, or a Ctrl-C in that terminal would kill half of the run.
    # Each page is held until all 16 are asked for (Ctrl-C comes then); the patience only bounds a broken run,
    # and a loaded machine can take more than a moment to send all 16.
    for n in range(1, NOTES + 1):
        fixture_server.routes[f"/page/{n}"] = hold_until_concurrent(16, patience=10, then=Reply(body=PAGE))
    (tmp_path / "report.txt").write_text(_report(), encoding="utf-8")
    process = _start_check(
        tmp_path,
        fixture_server,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    # As a terminal's Ctrl-C: every process of the group.
    err = _once_all_capture(process, fixture_server, lambda: os.killpg(process.pid, signal.SIGINT))
    assert process.returncode == 0, err
    assert len(list((tmp_path / "archives").glob("*.warc.gz"))) == NOTES


def test_ctrl_c_in_the_terminal_stops_every_process_of_the_run_and_leaves_nothing_behind(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    _stalled_report(tmp_path, fixture_server)
    process = _start_check(tmp_path, fixture_server, start_new_session=True)
    # The parent and its capture process at once.
    err = _once_all_capture(process, fixture_server, lambda: os.killpg(process.pid, signal.SIGINT))
    assert process.returncode == 130, err
    assert not _processes_naming(tmp_path), "every capture process ends with the run"
    assert_stopped_cleanly(tmp_path, "report.txt", err)


def test_a_run_is_shared_out_only_with_many_captures_on_several_hosts_and_more_than_one_at_once() -> None:
    # Otherwise the run stays in one process, where a run of quoted pages may still read them in a pool.
    urls = [f"http://{HOSTS[n % len(HOSTS)]}/page/{n}" for n in range(NOTES)]
    network = NetworkOptions()
    assert spread_over_hosts(urls, 16, network)
    assert not spread_over_hosts(urls, 1, network), "--jobs 1 asks for one capture at a time"
    assert not spread_over_hosts(urls[:15], 16, network)
    assert not spread_over_hosts([f"http://news.example/page/{n}" for n in range(NOTES)], 16, network)
    assert not spread_over_hosts(urls, 16, NetworkOptions(host_interval=0.1)), "one process paces them all"


def test_host_interval_holds_for_the_timegate_that_every_capture_asks_in_a_run_that_could_be_shared_out(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # Every footnote's archive lookup goes to one host, whatever host the footnote cites. Shared out to two
    # processes, each pacing its own requests, the lookups came 17 ms apart with `--host-interval 500`.
    arrived: list[float] = []

    def lookup(handler: FixtureRequestHandler) -> None:
        arrived.append(time.monotonic())
        handler.reply(Reply(404, b"no memento"))

    for n in range(1, NOTES + 1):
        fixture_server.routes[f"/page/{n}"] = Reply(body=PAGE)
        fixture_server.routes[f"/web/http://{HOSTS[n % len(HOSTS)]}/page/{n}"] = lookup
    (tmp_path / "report.txt").write_text(_report(), encoding="utf-8")
    done = run_provenance(
        ["check", "report.txt", "-v", "--timegate", "http://archive.example/web/", "--host-interval", "150",
         "--connect-to", str(fixture_server.rule())],
        tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "shared out" not in done.stderr
    starts = sorted(arrived)
    assert len(starts) == NOTES
    # 150 ms apart at the client, so the last lookup starts 23 x 150 ms = 3.45 s after the first. What the
    # server sees of single gaps says little on a loaded machine (one request delayed on its way, the next
    # not: at a load of 30, 10 of 23 gaps were under 100 ms, one of 1 ms after one of 623 ms), but the span
    # from the first to the last arrival is shortened only by how late the first one is. Two processes
    # pacing on their own take about half of it (12 lookups each: 1.65 s), and unpaced lookups far less.
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    span = starts[-1] - starts[0]
    assert span >= 0.7 * 0.150 * (NOTES - 1), (round(span, 3), [round(gap, 3) for gap in gaps])
