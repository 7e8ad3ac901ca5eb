"""provenance's speed and memory beside its peers and bounds, every figure measured in the same run.

    python3 benchmarks/run.py [--quick] [--against REF] [--only ROW[,ROW...]] [--repeat N]

Prints one Markdown table (the README keeps the latest): each row is one piece of work, timed for provenance
and, in the same run on the same machine, for the peer tool or the bound it is compared with, so load from
other processes weighs on both sides alike. `--against REF` adds a column with the same work done by the
code at git revision REF (a before/after of a change). `--quick` is a smoke run of the same rows on small
inputs (seconds, for CI); its figures say nothing about speed.

Rows (`--only` takes their names):
- `capture`: 200 footnotes citing 200 pages on 50 hosts, each page answered after 100 ms, `check --jobs 32`;
  beside `wget --warc-file` (one URL after the other, as wget does) and
  `curl -Z --parallel-immediate --parallel-max 32` (no WARC, every transfer started at once), and the floor
  under any tool built on provenance's libraries (`capture_floor.py`: requests and warcio alone, one
  process per core, nothing else). For provenance, curl and the floor, when the server saw the first page
  request and sent the last answer: the start-up before, the end after. Then the same check against a
  server that answers at once (a row of its own): the tool's own work, what the first row would take on a
  network without delay.
- `body`: one 400 MB body of random bytes, `provenance capture`; beside `wget --warc-file` and
  `curl -o /dev/null`; peak RSS of provenance.
- `verify`: `provenance verify` of a ledger whose 50 WARC files hold 1 GB; beside `openssl dgst -sha256` and
  `sha256sum` of the same files.
- `startup`: `provenance --version` and `provenance extract` of a one-footnote report; beside
  `python -c pass`.
- `extract`: `provenance extract` of a Markdown report with 10,000 footnotes, and its peak RSS; beside the
  same notes as plain text.

Every server is on 127.0.0.1 (`latency_server.py`); nothing reaches the internet. Times are wall-clock
seconds (the best of `--repeat` runs for the capture row and the short rows), RSS the peak resident set in MB.
Each goal says whether this tree met it in the run (not in a `--quick` run, whose figures are not
measurements). The table ends with the machine, its load, and the time of a plain Python loop at the start
and at the end of the run: how fast this machine ran the interpreter then (tables from two machines, or from
one machine at two moments, compare only as far as these agree).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVER = Path(__file__).resolve().with_name("latency_server.py")
FLOOR = Path(__file__).resolve().with_name("capture_floor.py")


@dataclass(frozen=True)
class Tree:
    """A copy of provenance's code to measure: this checkout, or an earlier revision's files."""

    label: str
    path: Path


@dataclass(frozen=True)
class Sizes:
    footnotes: int = 200
    hosts: int = 50
    delay: float = 0.1
    jobs: int = 32
    body_bytes: int = 400_000_000
    verify_files: int = 50
    verify_file_bytes: int = 20_000_000
    extract_footnotes: int = 10_000


QUICK = Sizes(
    footnotes=20,
    hosts=5,
    delay=0.02,
    jobs=8,
    body_bytes=5_000_000,
    verify_files=4,
    verify_file_bytes=1_000_000,
    extract_footnotes=500,
)


@dataclass(frozen=True)
class Measure:
    seconds: float
    cpu_seconds: float  # user + system: less disturbed by other work on a busy machine than wall time
    rss_mb: float
    exit_code: int
    launched: float = 0.0  # time.monotonic() when the process was started

    def __str__(self) -> str:
        return f"{self.seconds:.2f} s (CPU {self.cpu_seconds:.2f} s)"


@dataclass
class Row:
    work: str
    ours: dict[str, str] = field(default_factory=dict)  # by tree label
    peers: list[str] = field(default_factory=list)
    goal: str = ""
    met: bool | None = None  # whether this tree met the goal in this run; None: not judged (no peer here)


@dataclass
class Context:
    sizes: Sizes
    trees: list[Tree]
    folder: Path
    port: int
    repeat: int
    notes: list[str] = field(default_factory=list)


def measure(command: Sequence[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Measure:
    """Run `command` to its end: wall-clock seconds and the peak RSS of that very process (wait4).

    What earlier commands wrote is on the disk first (`sync`): a run's writes flushed during the next one's
    made that one slower (the 400 MB body: 2.3 s alone, 5.6 s right after the baseline's 400 MB)."""
    os.sync()
    started, launched = time.perf_counter(), time.monotonic()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    errors = process.stderr.read()  # read to the end first, so a chatty child never blocks on its pipe
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        print(f"warning: {' '.join(command[:4])}... exited {process.returncode}:", file=sys.stderr)
        print(errors.decode(errors="replace")[-2000:], file=sys.stderr)
    return Measure(
        seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode, launched
    )


@dataclass(frozen=True)
class PageTimes:
    """Where a client's time went, as the latency server saw it: its first page request and its last page
    answer, in seconds after the client was started; and its slots' mean cycle, when it kept `slots` requests
    out at once: the seconds from one request of a slot to its next (`cycle`)."""

    first_request: float
    last_answer: float
    cycle: float | None = None

    def __str__(self) -> str:
        said = f"first request at {self.first_request:.2f} s, last answer at {self.last_answer:.2f} s"
        return said + (f", a slot's cycle {self.cycle * 1000:.1f} ms" if self.cycle is not None else "")


def slot_cycle(arrivals: Sequence[float], slots: int) -> float | None:
    """The mean time from a request to the one `slots` requests later, the requests in order of arrival: with
    `slots` requests out at once, the time a slot takes from one request to its next (the server's delay and
    the client's work between an answer and its next request). None for too few requests."""
    ordered = sorted(arrivals)
    if slots < 1 or len(ordered) <= slots:
        return None
    return sum(ordered[k + slots] - ordered[k] for k in range(len(ordered) - slots)) / (len(ordered) - slots)


def page_times(port: int, launched: float | None = None, slots: int = 0) -> PageTimes | None:
    """What the latency server saw since it was last asked (a fresh start for the next client): None when no
    page was asked for, or with no `launched` to count from (asked only to start afresh); the slots' cycle
    for a client that kept `slots` requests out at once."""
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with direct.open(f"http://127.0.0.1:{port}/_times", timeout=30) as answer:
        figures = json.load(answer)
    first, last = figures["first_request"], figures["last_answer"]
    if launched is None or first is None or last is None:
        return None
    return PageTimes(first - launched, last - launched, slot_cycle(figures.get("arrivals", ()), slots))


def measure_pages(port: int, command: Sequence[str], slots: int = 0) -> tuple[Measure, PageTimes | None]:
    """`measure(command)` of a client of the latency server at `port`, and where its time went."""
    page_times(port)
    result = measure(command)
    return result, page_times(port, result.launched, slots)


def best_of(repeat: int, run: Callable[[], Measure]) -> Measure:
    runs = [run() for _ in range(max(1, repeat))]
    return min(runs, key=lambda m: m.seconds)


def provenance(tree: Tree, *arguments: str) -> tuple[list[str], dict[str, str]]:
    """The command line and environment that run `tree`'s provenance (never an installed copy)."""
    env = {key: value for key, value in os.environ.items() if not key.lower().endswith("_proxy")}
    env.update(PYTHONPATH=str(tree.path), PROVENANCE_TIMEGATE="none", COLUMNS="120")
    return [sys.executable, "-m", "provenance", *arguments], env


FAILED: list[str] = []  # provenance commands that ended in a usage or internal error (exit 2 or more)


def run_provenance(tree: Tree, *arguments: str) -> Measure:
    """`provenance ARGUMENTS` from `tree`, run in its folder (`python -m` looks in the working folder
    first)."""
    command, env = provenance(tree, *arguments)
    result = measure(command, env, tree.path)
    if result.exit_code not in (0, 1):
        FAILED.append(f"provenance ({tree.label}) {' '.join(arguments[:2])}: exit {result.exit_code}")
    return result


# ---- rows ----


def capture_report(sizes: Sizes) -> tuple[str, list[str]]:
    urls = [f"http://site{n % sizes.hosts}.example/page/{n}" for n in range(1, sizes.footnotes + 1)]
    body = " ".join(f"Claim {n}.[{n}]" for n in range(1, len(urls) + 1))
    notes = "\n".join(f"[{n}] Desk, “Desk report”, January 21, 2022, {url}" for n, url in enumerate(urls, 1))
    return f"Benchmark report\n\n{body}\n\nSources\n{notes}\n", urls


def _check_report(context: Context, tree: Tree, text: str, run: str, port: int) -> tuple[Measure, str]:
    """`check` of the capture row's report against the latency server at `port`, in a fresh folder (a
    second run of one report would reuse its captures); how long it took, how many WARC files it wrote and
    where its time went."""
    sizes = context.sizes
    folder = context.folder / f"capture-{tree.label}-{run}"
    folder.mkdir()
    (folder / "report.txt").write_text(text, encoding="utf-8")
    page_times(port)
    result = run_provenance(
        tree, "check", str(folder / "report.txt"), "--jobs", str(sizes.jobs), "--per-host", "4", "-q",
        "--connect-to", f"::127.0.0.1:{port}", "--archive-dir", str(folder / "archives"),
    )  # fmt: skip
    warcs = len(list((folder / "archives").glob("*.warc.gz")))
    times = page_times(port, result.launched, sizes.jobs)
    return result, f"{warcs} WARCs; {times}" if times else f"{warcs} WARCs"


def row_capture(context: Context) -> list[Row]:
    sizes = context.sizes
    text, urls = capture_report(sizes)
    row = Row(
        f"{sizes.footnotes} footnotes, {sizes.footnotes} pages on {sizes.hosts} hosts, each answered after "
        f"{sizes.delay * 1000:.0f} ms, `check --jobs {sizes.jobs}`",
        goal="≥ 20x wget and ≤ 1.5x curl",
    )
    # The same check against a server that answers at once: what is left is the tool's own work (start-up,
    # then capturing, reading back and checking), what the row would take on a network without delay.
    at_once = Row(
        f"the same {sizes.footnotes} footnotes, every page answered at once (no network wait: the tool's "
        "own work)"
    )
    runs: dict[str, list[tuple[Measure, str]]] = {tree.label: [] for tree in context.trees}
    instant: dict[str, list[tuple[Measure, str]]] = {tree.label: [] for tree in context.trees}
    with local_server(0.0) as instant_port:
        for n in range(max(1, context.repeat)):  # the trees in turn: a change of load weighs on each alike
            for tree in context.trees:
                runs[tree.label].append(_check_report(context, tree, text, f"{n}", context.port))
                instant[tree.label].append(_check_report(context, tree, text, f"{n}-now", instant_port))
    best = {label: min(measured, key=lambda run: run[0].seconds) for label, measured in runs.items()}
    for label, measured in instant.items():
        result, said = min(measured, key=lambda run: run[0].seconds)
        at_once.ours[label] = f"{result} ({said})"
    folder = context.folder / "capture-peers"
    folder.mkdir()
    (folder / "urls.txt").write_text("\n".join(urls) + "\n", encoding="utf-8")
    if shutil.which("wget"):
        wget = measure(
            ["wget", "-q", "-O", "/dev/null", "--warc-file", str(folder / "wget"),
             "-i", str(folder / "urls.txt"),
             "-e", "use_proxy=on", "-e", f"http_proxy=http://127.0.0.1:{context.port}"]
        )  # fmt: skip
        row.peers.append(f"sequential `wget --warc-file` {wget}")
    else:
        wget = None
    if shutil.which("curl"):
        config = "".join(f'url = "{url}"\noutput = "/dev/null"\n' for url in urls)
        (folder / "curl.conf").write_text(config, encoding="utf-8")
        # `--parallel-immediate`: by default curl first waits to see whether transfers can share a
        # connection, which added 0.1 s to its time here (0.83 s, against 0.73 s at once): the goal is
        # judged against curl at its fastest, as the issue measured it (0.74 s).
        curl, times = measure_pages(
            context.port,
            ["curl", "-sS", "-Z", "--parallel-immediate", "--parallel-max", str(sizes.jobs),
             "--connect-to", f"::127.0.0.1:{context.port}", "-K", str(folder / "curl.conf")],
            sizes.jobs,
        )  # fmt: skip
        row.peers.append(
            f"`curl -Z --parallel-immediate --parallel-max {sizes.jobs}` (no WARC) {curl}"
            + (f" ({times})" if times else "")
        )
    else:
        curl = None
    # The floor: requests and warcio alone, forked per core as provenance is, nothing else (no per-host
    # limit, no reading back, no checks, no ledger): what no tool built on these libraries can beat here.
    floor, times = measure_pages(
        context.port,
        [sys.executable, str(FLOOR), str(context.port), str(folder / "urls.txt"), str(folder / "floor"),
         "--jobs", str(sizes.jobs)],
        sizes.jobs,
    )  # fmt: skip
    row.peers.append(
        f"floor: requests + warcio alone, one WARC per page, nothing else {floor}"
        + (f" ({times})" if times else "")
        + (f": {wget.seconds / floor.seconds:.1f}x wget's speed" if wget is not None else "")
        + (f", {floor.seconds / curl.seconds:.2f}x curl's time" if curl is not None else "")
    )
    waves = -(-sizes.footnotes // min(sizes.jobs, sizes.hosts * 4))
    row.peers.append(f"{waves} waves x {sizes.delay:g} s = {waves * sizes.delay:.2f} s")
    for label, (result, said) in best.items():
        row.ours[label] = f"{result} ({said}){_beside(result, ('wget', wget), ('curl', curl))}"
    ours = best[context.trees[0].label][0]
    if wget is not None and curl is not None:
        row.met = wget.seconds / ours.seconds >= 20 and ours.seconds / curl.seconds <= 1.5
    return [row, at_once]


Peer = tuple[str, Measure | None]  # a peer's name and its figures (None: not installed here)


def _beside(ours: Measure, faster_than: Peer = ("", None), time_of: Peer = ("", None)) -> str:
    """How `ours` compares with its peers, as the goals say it: `Nx wget's speed` (its time over ours),
    `Nx curl's time` (our time over its); nothing for a peer not measured here."""
    said = []
    name, peer = faster_than
    if peer is not None:
        said.append(f"{peer.seconds / ours.seconds:.1f}x {name}'s speed")
    name, peer = time_of
    if peer is not None:
        said.append(f"{ours.seconds / peer.seconds:.2f}x {name}'s time")
    return f": {', '.join(said)}" if said else ""


def row_body(context: Context) -> list[Row]:
    sizes = context.sizes
    megabytes = sizes.body_bytes // 1_000_000
    url = f"http://big.example/body/{sizes.body_bytes}"
    timing = Row(f"one {megabytes} MB body (random bytes)", goal="≥ 4x wget")
    memory = Row(f"peak RSS for the {megabytes} MB body", goal="< 150 MB")
    results: dict[str, Measure] = {}
    for tree in context.trees:
        folder = context.folder / f"body-{tree.label}"
        results[tree.label] = result = run_provenance(
            tree, "capture", url, "--max-bytes", str(sizes.body_bytes + 1), "--archive-dir", str(folder),
            "--connect-to", f"::127.0.0.1:{context.port}",
        )  # fmt: skip
        memory.ours[tree.label] = f"{result.rss_mb:.0f} MB"
        shutil.rmtree(folder, ignore_errors=True)
    wget = None
    if shutil.which("wget"):
        warc = context.folder / "body-wget"
        wget = measure(
            ["wget", "-q", "-O", "/dev/null", "--warc-file", str(warc), url,
             "-e", "use_proxy=on", "-e", f"http_proxy=http://127.0.0.1:{context.port}"]
        )  # fmt: skip
        timing.peers.append(f"`wget --warc-file` {wget}")
        memory.peers.append(f"wget {wget.rss_mb:.0f} MB")
        Path(f"{warc}.warc.gz").unlink(missing_ok=True)
    if shutil.which("curl"):
        curl = measure(["curl", "-sS", "-o", "/dev/null", "--connect-to", f"::127.0.0.1:{context.port}", url])
        timing.peers.append(f"`curl -o /dev/null` {curl}")
    for label, result in results.items():
        timing.ours[label] = f"{result}{_beside(result, ('wget', wget))}"
    ours = results[context.trees[0].label]
    timing.met = None if wget is None else wget.seconds / ours.seconds >= 4
    memory.met = ours.rss_mb < 150
    return [timing, memory]


def row_verify(context: Context) -> Row:
    """Each tree verifies WARCs it wrote itself (how a version writes them is part of how fast they read)."""
    sizes = context.sizes
    total = sizes.verify_files * sizes.verify_file_bytes
    notes = "\n".join(
        f"[{n}] Archive, January 21, 2022, http://archive{n}.example/body/{sizes.verify_file_bytes}"
        for n in range(1, sizes.verify_files + 1)
    )
    body = " ".join(f"Claim {n}.[{n}]" for n in range(1, sizes.verify_files + 1))
    row = Row("", goal="≤ 2.5x openssl")
    results: dict[str, Measure] = {}
    warcs: list[str] = []
    for tree in context.trees:
        folder = context.folder / f"verify-{tree.label}"
        folder.mkdir()
        (folder / "report.txt").write_text(
            f"Archive report\n\n{body}\n\nSources\n{notes}\n", encoding="utf-8"
        )
        run_provenance(
            tree, "check", str(folder / "report.txt"), "-q", "--max-bytes", str(total),
            "--connect-to", f"::127.0.0.1:{context.port}", "--archive-dir", str(folder / "archives"),
        )  # fmt: skip
        ledger = str(folder / "report.txt.ledger.jsonl")
        result = best_of(context.repeat, lambda t=tree, at=ledger: run_provenance(t, "verify", at))  # type: ignore[misc]
        results[tree.label] = result
        if not warcs:  # the peers hash this tree's files
            warcs = sorted(str(path) for path in (folder / "archives").glob("*.warc.gz"))
    size = sum(os.path.getsize(path) for path in warcs)
    row.work = f"`verify` of {len(warcs)} WARCs, {size / 1e9:.2f} GB"
    openssl = None
    if shutil.which("openssl"):
        openssl = best_of(context.repeat, lambda: measure(["openssl", "dgst", "-sha256", *warcs]))
        row.peers.append(f"`openssl dgst -sha256` {openssl}")
    for label, result in results.items():
        row.ours[label] = f"{result} ({result.rss_mb:.0f} MB){_beside(result, time_of=('openssl', openssl))}"
    if openssl is not None:
        row.met = results[context.trees[0].label].seconds / openssl.seconds <= 2.5
    if shutil.which("sha256sum"):
        row.peers.append(f"`sha256sum` {measure(['sha256sum', *warcs])}")
    for tree in context.trees:
        shutil.rmtree(context.folder / f"verify-{tree.label}")
    return row


def row_startup(context: Context) -> list[Row]:
    report = context.folder / "one-note.md"
    report.write_text(
        "A claim.[^1]\n\n[^1]: Desk, January 21, 2022, https://news.example/a\n", encoding="utf-8"
    )
    bare = best_of(context.repeat, lambda: measure([sys.executable, "-c", "pass"]))
    version = Row("`provenance --version`", peers=[f"bare `python -c pass` {bare}"], goal="≤ 0.15 s")
    extract = Row("`provenance extract` of a one-footnote report", peers=[f"bare `python -c pass` {bare}"])
    for tree in context.trees:
        measured = best_of(context.repeat, lambda t=tree: run_provenance(t, "--version"))  # type: ignore[misc]
        version.ours[tree.label] = str(measured)
        if tree is context.trees[0]:
            version.met = measured.seconds <= 0.15
        extract.ours[tree.label] = str(
            best_of(context.repeat, lambda t=tree: run_provenance(t, "extract", str(report)))  # type: ignore[misc]
        )
    return [version, extract]


def _many_notes(count: int) -> list[str]:
    return [
        f"Desk {n}, “Report number {n} on the bridge”, January {n % 28 + 1}, 2022, "
        f"https://site{n % 50}.example/news/2022/01/report-{n}"
        for n in range(1, count + 1)
    ]


def markdown_report(count: int) -> str:
    """The `extract` row's report: `count` claims, each citing its own Markdown footnote."""
    body = "\n\n".join(
        f"Claim {n} about the bridge, said “the bridge is open”.[^{n}]" for n in range(1, count + 1)
    )
    definitions = "\n".join(f"[^{n}]: {note}" for n, note in enumerate(_many_notes(count), 1))
    return f"# Report\n\n{body}\n\n{definitions}\n"


def row_extract(context: Context) -> list[Row]:
    count = context.sizes.extract_footnotes
    notes = _many_notes(count)
    markdown = context.folder / "many.md"
    markdown.write_text(markdown_report(count), encoding="utf-8")
    text = context.folder / "many.txt"
    plain_body = "\n\n".join(
        f"Claim {n} about the bridge, said “the bridge is open”.[{n}]" for n in range(1, count + 1)
    )
    plain_notes = "\n".join(f"[{n}] {note}" for n, note in enumerate(notes, 1))
    text.write_text(f"Report\n\n{plain_body}\n\nSources\n{plain_notes}\n", encoding="utf-8")
    size = markdown.stat().st_size / 1e6
    timing = Row(f"`extract` of a Markdown report with {count:,} footnotes ({size:.1f} MB)", goal="< 1 s")
    memory = Row("peak RSS of that `extract`", goal="< 100 MB")
    plain = run_provenance(context.trees[0], "extract", str(text))
    timing.peers.append(f"the same notes as plain text {plain}")
    memory.peers.append(f"as plain text {plain.rss_mb:.0f} MB")
    for tree in context.trees:
        result = run_provenance(tree, "extract", str(markdown))
        timing.ours[tree.label] = str(result)
        memory.ours[tree.label] = f"{result.rss_mb:.0f} MB"
        if tree is context.trees[0]:
            timing.met, memory.met = result.seconds < 1, result.rss_mb < 100
    return [timing, memory]


ROWS: dict[str, Callable[[Context], Row | list[Row]]] = {
    "capture": row_capture,
    "body": row_body,
    "verify": row_verify,
    "startup": row_startup,
    "extract": row_extract,
}


# ---- running ----


@contextmanager
def local_server(delay: float) -> Iterator[int]:
    server = subprocess.Popen(
        [sys.executable, str(SERVER), "--delay", str(delay)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        yield int(server.stdout.readline())
    finally:
        server.terminate()
        server.wait(timeout=10)


def trees_to_measure(against: str | None, folder: Path) -> list[Tree]:
    """This checkout, and the files of git revision `against` (if given) unpacked under `folder`, each
    compiled to bytecode as an installed package is: once, not at every start of every run."""
    trees = [Tree("this tree", ROOT)]
    if against:
        trees.append(tree_at(against, folder / "against"))
    for tree in trees:
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(tree.path / "provenance")],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return trees


def tree_at(revision: str, folder: Path) -> Tree:
    """The files of `revision` (any git revision name), unpacked into `folder`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision, "provenance"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return Tree(revision, folder)


def _first_line(command: Sequence[str]) -> str:
    try:
        output = subprocess.run(command, capture_output=True, text=True, check=False).stdout
    except OSError:
        return "missing"
    return output.splitlines()[0] if output else "missing"


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), Python "
        f"{platform.python_version()} ({_libraries()}); {_first_line(['wget', '--version'])}; "
        f"{_first_line(['curl', '--version']).split(' (')[0]}; {_first_line(['openssl', 'version'])}"
    )


def _libraries() -> str:
    """The versions of the libraries that weigh most on the figures (pydantic 2.14 imports 25-45 ms slower
    than 2.13 on the same machine; a fresh install takes the newest the project allows)."""
    versions = []
    for name in ("pydantic", "requests", "warcio", "isal"):
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} not installed")
    return ", ".join(versions)


# A yardstick for comparing tables from different machines, or one machine at two moments (a virtual
# machine's speed varies with its neighbours): pure interpreter work, as most of provenance's time is.
_YARDSTICK_STEPS = 3_000_000
_YARDSTICK = (
    f"def count():\n    total = 0\n    for step in range({_YARDSTICK_STEPS}):\n        total += step\ncount()"
)


def interpreter_speed(repeat: int = 3) -> float:
    """Seconds of the best of `repeat` runs of a plain Python loop (start-up included), in a new process."""
    return best_of(repeat, lambda: measure([sys.executable, "-c", _YARDSTICK])).seconds


def render(rows: Sequence[Row], trees: Sequence[Tree], judged: bool = True) -> str:
    """The table; with `judged`, each goal says whether this tree met it in this run (not for a smoke run,
    whose figures are not measurements)."""
    labels = [tree.label for tree in trees]
    header = ["work", *(f"provenance ({label})" for label in labels), "peer / bound", "goal"]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for row in rows:
        goal = row.goal
        if judged and row.goal and row.met is not None:
            goal = f"{row.goal}: {'met' if row.met else '**not met**'}"
        cells = [row.work, *(row.ours.get(label, "") for label in labels), "; ".join(row.peers), goal]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small inputs: a smoke run (for CI)")
    parser.add_argument("--against", metavar="REF", help="also measure the code at git revision REF")
    parser.add_argument("--only", metavar="ROWS", help=f"comma-separated rows of: {', '.join(ROWS)}")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each short row; the best counts")
    args = parser.parse_args()
    only = args.only.split(",") if args.only else list(ROWS)
    unknown = [name for name in only if name not in ROWS]
    if unknown:
        parser.error(f"unknown rows: {', '.join(unknown)}")
    sizes = QUICK if args.quick else Sizes()
    load_before = os.getloadavg()
    speed_before = interpreter_speed()
    with tempfile.TemporaryDirectory(prefix="provenance-bench-") as tmp:
        folder = Path(tmp)
        trees = trees_to_measure(args.against, folder)
        with local_server(sizes.delay) as port:
            context = Context(sizes, trees, folder, port, 1 if args.quick else args.repeat)
            rows: list[Row] = []
            for name in only:
                made = ROWS[name](context)
                rows.extend(made if isinstance(made, list) else [made])
                print(f"measured {name}", file=sys.stderr, flush=True)
    load_after = os.getloadavg()
    speed_after = interpreter_speed()
    print(render(rows, trees, judged=not args.quick))
    print()
    print(f"Machine: {machine()}.")
    print(
        f"Load average (1 min) {load_before[0]:.1f} at the start, {load_after[0]:.1f} at the end"
        f"{'; --quick: smoke run, not a measurement' if args.quick else ''}."
    )
    print(
        f"Interpreter speed (a Python loop of {_YARDSTICK_STEPS:,} steps, best of 3): {speed_before:.2f} s "
        f"at the start, {speed_after:.2f} s at the end: compare it before comparing tables of two machines."
    )
    if FAILED:  # a smoke run (CI) fails when a measured command did not do its work
        sys.exit("benchmark commands failed: " + "; ".join(FAILED))


if __name__ == "__main__":
    main()
