"""Hostile input against the command line, as an attacker or a careless operator would try it: special files,
huge and deep inputs, out-of-range numbers, broken ledgers and locks. Prints the tally (tried / defended).

An attack is defended when `provenance` exits with the expected code (2 for bad input, one line on stderr, no
traceback; 0 or 1 where the input is merely damaged) within the time limit (and the peak memory an attack
allows, where it says) and leaves no lock, temporary or partial file behind. Each attack runs in a fresh
folder, as a real process, with no network.

    python3 benchmarks/hostile_cli.py [--timeout 90] [--only NAME]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REPORT = "Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n"
Setup = Callable[[Path], object]


@dataclass(frozen=True)
class Attack:
    name: str
    argv: Sequence[str]
    expected: tuple[int, ...]
    setup: Setup | None = None
    max_mb: int | None = None  # peak memory allowed (for attacks that exhaust memory rather than time)


def _run(argv: Sequence[str], folder: Path, timeout: float) -> tuple[int | None, str, float, int]:
    """Exit code (None: killed at the time limit), stderr, seconds and the child's peak memory in MB."""
    started = time.perf_counter()
    peak = 0
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(
            [sys.executable, "-m", "provenance", *argv],
            cwd=folder,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        while child.poll() is None:
            peak = max(peak, _peak_kb(child.pid))
            if time.perf_counter() - started > timeout:
                child.kill()
                child.wait()
                return None, "", time.perf_counter() - started, peak // 1024
            time.sleep(0.01)
        err.seek(0)
        text = err.read().decode("utf-8", errors="replace")
    return child.returncode, text, time.perf_counter() - started, peak // 1024


def _peak_kb(pid: int) -> int:
    """The process's peak resident memory so far (VmHWM, its own since exec: the rusage of a child also holds
    the peak of the process it was forked from); 0 once it has exited."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _checked_ledger(folder: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "provenance", "check", "report.md", "--offline"],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        check=False,
    )


def _write(name: str, data: bytes) -> Setup:
    return lambda folder: (folder / name).write_bytes(data)


def _sparse(name: str, size: int) -> Setup:
    def setup(folder: Path) -> None:
        with (folder / name).open("wb") as stream:
            stream.truncate(size)

    return setup


def _fifo(name: str) -> Setup:
    return lambda folder: os.mkfifo(folder / name)


def _folder(name: str) -> Setup:
    return lambda folder: (folder / name).mkdir()


def _symlink(name: str, target: str) -> Setup:
    return lambda folder: (folder / name).symlink_to(target)


def _ledger_and_fifo(folder: Path) -> None:
    _checked_ledger(folder)
    os.mkfifo(folder / "pipe")


def _lock_held(folder: Path) -> None:
    """A checked ledger whose lock another process holds for the next 20 seconds."""
    _checked_ledger(folder)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import filelock, sys, time\n"
            "lock = filelock.FileLock(sys.argv[1]); lock.acquire()\n"
            "print('held', flush=True); time.sleep(20)",
            str(folder / "report.md.ledger.jsonl.lock"),
        ],
        stdout=subprocess.PIPE,
    )
    assert holder.stdout is not None
    holder.stdout.readline()


def _ledger_and_key(folder: Path) -> None:
    _checked_ledger(folder)
    (folder / "signing.key").write_text(
        "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n"
    )


def _ledger_renamed(name: str) -> Setup:
    def setup(folder: Path) -> None:
        _checked_ledger(folder)
        (folder / LEDGER).rename(folder / name)

    return setup


def _closed_ledger(folder: Path) -> None:
    _checked_ledger(folder)
    (folder / "report.md.ledger.jsonl").chmod(0o444)


LEDGER = "report.md.ledger.jsonl"
SIGNATURE = {
    "algorithm": "ed25519",
    "at": "2024-05-01T10:00:02.000Z",
    "kind": "signature",
    "prev": "0" * 64,
    "public_key": "A" * 44,
    "seq": 4,
    "signature": "A" * 88,
}


def _canonical(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), sort_keys=True).encode()


def _ledger_then(data: bytes) -> Setup:
    """A checked ledger with `data` appended after its run."""

    def setup(folder: Path) -> None:
        _checked_ledger(folder)
        with (folder / LEDGER).open("ab") as stream:
            stream.write(data)

    return setup


def _ledger_with_line_inside(line: bytes) -> Setup:
    """A checked ledger with `line` planted after its run line, its last line left whole."""

    def setup(folder: Path) -> None:
        _checked_ledger(folder)
        lines = (folder / LEDGER).read_bytes().splitlines()
        (folder / LEDGER).write_bytes(b"".join(x + b"\n" for x in [lines[0], line, *lines[1:]]))

    return setup


def _gzip_bomb_warc(inflated: int) -> bytes:
    """One gzip member holding a WARC resource record of `inflated` zero bytes."""
    head = (
        "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:bomb>\r\nWARC-Target-URI: urn:x\r\n"
        f"Content-Type: application/octet-stream\r\nContent-Length: {inflated}\r\n\r\n"
    ).encode()
    deflate = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 24)
    parts = [deflate.compress(head), *(deflate.compress(block) for _ in range(inflated >> 24))]
    return b"".join([*parts, deflate.compress(b"\r\n\r\n"), deflate.flush()])


def _footnotes_naming_a_bomb(count: int, records: bool = False) -> Setup:
    """A checked ledger whose run holds `count` footnote lines, each a capture with a screenshot in one WARC
    that inflates to 4 GiB before it (each spelling the path another way; with `records`, each listing a
    record of its own too)."""

    def setup(folder: Path) -> None:
        _checked_ledger(folder)
        (folder / "archives").mkdir(exist_ok=True)
        (folder / "archives" / "bomb.warc.gz").write_bytes(_gzip_bomb_warc(4 << 30))
        lines = (folder / LEDGER).read_bytes().splitlines()
        footnote = json.loads(lines[1])
        planted = []
        for number in range(count):
            footnote["label"] = str(number + 1)
            footnote["capture"] = {
                "url": "http://news.example/a",
                "final_url": "http://news.example/a",
                "http_status": 200,
                "warc": "archives/" + "../archives/" * number + "bomb.warc.gz",
                "warc_sha256": "0" * 64,
                "records": [
                    {
                        "id": f"<urn:uuid:r{number}>",
                        "type": "response",
                        "uri": "http://news.example/a",
                        "block_digest": "sha256:" + "0" * 64,
                        "payload_digest": None,
                    }
                ]
                if records
                else [],
                "ip": None,
                "started_at": "2024-05-01T10:00:00.000Z",
                "finished_at": "2024-05-01T10:00:01.000Z",
                "bytes": 10_000_000_000,
                "truncated": False,
                "attachments": [
                    {
                        "kind": "screenshot",
                        "record_id": "<urn:uuid:shot>",
                        "uri": "urn:s",
                        "content_type": "image/png",
                        "sha256": "0" * 64,
                        "bytes": 10,
                        "made_at": "2024-05-01T10:00:00.500Z",
                    }
                ],
            }
            planted.append(_canonical(footnote))
        (folder / LEDGER).write_bytes(b"".join(x + b"\n" for x in [lines[0], *planted, *lines[1:]]))

    return setup


def _bundle(package: bytes, entries: dict[str, bytes]) -> Setup:
    """b.wacz: `entries` stored, `package` as its datapackage.json."""

    def setup(folder: Path) -> None:
        with zipfile.ZipFile(folder / "b.wacz", "w", zipfile.ZIP_STORED) as archive:
            archive.writestr("datapackage-digest.json", json.dumps({"hash": "sha256:" + "0" * 64}))
            for name, data in entries.items():
                archive.writestr(name, data)
            archive.writestr("datapackage.json", package)

    return setup


def _package(resources: list[dict[str, object]]) -> bytes:
    return json.dumps(
        {
            "title": "t",
            "description": "d",
            "created": "2024-05-01T10:00:00.000Z",
            "software": "s",
            "resources": resources,
            "provenance": {"ledger": "provenance/x.jsonl", "warcs": {}},
        }
    ).encode()


def _one_entry_listed(times: int, size: int) -> Setup:
    data = bytes(size)
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    resource = {"name": "a", "path": "archive/a.warc", "hash": digest, "bytes": size}
    return _bundle(_package([resource] * times), {"archive/a.warc": data})


def _resources_and_entries(count: int) -> Setup:
    resources: list[dict[str, object]] = [
        {"name": "b", "path": f"b/{n}", "hash": "sha256:" + "0" * 64, "bytes": 0} for n in range(count)
    ]
    return _bundle(_package(resources), {f"a/{n}": b"" for n in range(count)})


def _empty_entries(count: int) -> Setup:
    """b.wacz: a central directory of `count` empty entries (its end records say so), no data."""

    def setup(folder: Path) -> None:
        header = struct.Struct("<4s4B4HL2L5H2L")
        empty = header.pack(b"PK\x01\x02", 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0)
        with (folder / "b.wacz").open("wb") as out:
            for start in range(0, count, 100_000):
                out.write(b"".join(empty + b"e%07d" % n for n in range(start, min(start + 100_000, count))))
            size = out.tell()
            out.write(struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, size, 0))
            out.write(struct.pack("<4sLQL", b"PK\x06\x07", 0, size, 1))
            out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0))

    return setup


def _attacks() -> list[Attack]:
    usage = (2,)
    check = ["check", "report.md"]
    offline = [*check, "--offline"]
    attacks = [
        Attack("report /dev/zero", ["check", "/dev/zero"], usage),
        Attack("report /dev/stdin", ["check", "/dev/stdin"], usage),
        Attack("report FIFO", ["check", "pipe"], usage, _fifo("pipe")),
        Attack("report /proc/self/environ", ["check", "/proc/self/environ"], usage),
        Attack(
            "report symlink to /proc/self/pagemap",
            ["check", "p.md"],
            usage,
            _symlink("p.md", "/proc/self/pagemap"),
        ),
        Attack("report of 40 MB of NUL bytes (sparse)", ["check", "z.md"], usage, _sparse("z.md", 40 << 20)),
        Attack("report is a folder", ["check", "."], usage),
        Attack("report of 60 MB", ["check", "big.md"], usage, _write("big.md", b"a" * 60_000_000)),
        Attack("--citations FIFO", [*offline, "--citations", "pipe"], usage, _fifo("pipe")),
        Attack(
            "--citations [ x 100,000",
            [*offline, "--citations", "c.json"],
            usage,
            _write("c.json", b"[" * 100_000),
        ),
        Attack(
            "--citations {...} nested 100,000",
            [*offline, "--citations", "c.json"],
            usage,
            _write("c.json", b'{"a":' * 100_000),
        ),
        Attack("--citations /dev/zero", [*offline, "--citations", "/dev/zero"], usage),
        Attack(
            "--citations id is a list",
            [*offline, "--citations", "c.json"],
            usage,
            _write("c.json", b'[{"id": [1]}]'),
        ),
        Attack(
            "--citations year 10**20",
            [*offline, "--citations", "c.json"],
            usage,
            _write("c.json", b'[{"id": "1", "issued": {"date-parts": [[99999999999999999999, 1, 1]]}}]'),
        ),
        Attack(
            "--citations 10 MB title",
            [*offline, "--citations", "c.json"],
            (1,),
            _write("c.json", json.dumps([{"id": "1", "title": "x" * 10_000_000}]).encode()),
        ),
        Attack("--ledger FIFO", [*offline, "--ledger", "pipe"], usage, _fifo("pipe")),
        Attack("--ledger /dev/null", [*offline, "--ledger", "/dev/null"], usage),
        Attack("--ledger under /proc", [*offline, "--ledger", "/proc/self/x.jsonl"], usage),
        Attack("--ledger in a missing folder", [*offline, "--ledger", "no/x.jsonl"], usage),
        Attack("--ledger .", [*offline, "--ledger", "."], usage),
        Attack(
            "locate --ledger /",
            ["locate", "report.md", "--accounts", "a.csv", "--ledger", "/", "--connect-to", "::127.0.0.1:9"],
            usage,
            _write("a.csv", b"name,platform,handle\nDesk,telegram,desk\n"),
        ),
        Attack("--ledger is a folder", [*offline, "--ledger", "folder"], usage, _folder("folder")),
        Attack("ledger chmod 444", offline, usage, _closed_ledger),
        Attack(
            "ledger symlink to /dev/zero", offline, usage, _symlink("report.md.ledger.jsonl", "/dev/zero")
        ),
        Attack(
            "ledger of one 10 MB line, no newline",
            offline,
            usage,
            _write("report.md.ledger.jsonl", b"x" * 10_000_000),
        ),
        Attack(
            "ledger of binary garbage",
            offline,
            usage,
            _write("report.md.ledger.jsonl", bytes(range(256)) * 100 + b"\n"),
        ),
        Attack(
            "lock file is a FIFO",
            [*offline, "--lock-timeout", "2"],
            (1, 2),
            _fifo("report.md.ledger.jsonl.lock"),
        ),
        Attack("--lock-timeout 0, the lock held", [*offline, "--lock-timeout", "0"], usage, _lock_held),
        Attack(
            "lock file is a folder",
            [*offline, "--lock-timeout", "2"],
            usage,
            _folder("report.md.ledger.jsonl.lock"),
        ),
        Attack(
            "lock file symlink elsewhere",
            [*offline, "--lock-timeout", "2"],
            (1, 2),
            _symlink("report.md.ledger.jsonl.lock", "/tmp/x"),
        ),
        *(
            Attack(f"--timeout {value}", [*check, "--timeout", value], usage)
            for value in ("1e10", "inf", "1e300", "nan", "-1", "0")
        ),
        Attack("--offline --browser", [*offline, "--browser"], usage),
        Attack("--jobs 10**30", [*check, "--jobs", "1" + "0" * 30], usage),
        Attack("--max-bytes 10**30", [*check, "--max-bytes", "1" + "0" * 30], usage),
        Attack("--footnote-timeout inf", [*check, "--footnote-timeout", "inf"], usage),
        Attack("--lock-timeout inf", [*check, "--lock-timeout", "inf"], usage),
        Attack("--ca-bundle /dev/zero", [*check, "--ca-bundle", "/dev/zero"], usage),
        Attack("--ca-bundle FIFO", [*check, "--ca-bundle", "pipe"], usage, _fifo("pipe")),
        Attack(
            "--ca-bundle broken PEM",
            [*check, "--ca-bundle", "ca.pem"],
            usage,
            _write("ca.pem", b"-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n"),
        ),
        Attack("--proxy notaurl", [*check, "--proxy", "notaurl"], usage),
        Attack("--proxy http://[::1", [*check, "--proxy", "http://[::1"], usage),
        Attack(
            "--archive-dir under a file",
            [*check, "--archive-dir", "report.md/x", "--connect-to", "::127.0.0.1:9"],
            usage,
        ),
        Attack(
            "--archive-dir under /proc",
            [*check, "--archive-dir", "/proc/x", "--connect-to", "::127.0.0.1:9"],
            usage,
        ),
        Attack("schema --out twice", ["schema", "--out", "a", "--out", "b"], usage),
        Attack(
            "extract --format json --format csl",
            ["extract", "report.md", "--format", "json", "--format", "csl"],
            usage,
        ),
        Attack(
            "verify --report twice",
            ["verify", LEDGER, "--report", "report.md", "--report", "other.md"],
            usage,
            _checked_ledger,
        ),
        Attack("schema --out a file", ["schema", "--out", "report.md"], usage),
        Attack("schema --out /proc/x", ["schema", "--out", "/proc/x"], usage),
        Attack("schema --out /dev/null", ["schema", "--out", "/dev/null"], usage),
        Attack("keygen -o .", ["keygen", "-o", "."], usage),
        Attack("keygen -o in a missing folder", ["keygen", "-o", "no/such/key"], usage),
        Attack("keygen -o inside a file", ["keygen", "-o", "report.md/key"], usage),
        Attack(
            "pack --html a private key",
            ["pack", LEDGER, "-o", "b.wacz", "--html", "signing.key"],
            usage,
            _ledger_and_key,
        ),
        Attack(
            "pack --html the bundle",
            ["pack", LEDGER, "-o", "b.wacz", "--html", "b.wacz"],
            usage,
            _checked_ledger,
        ),
        Attack(
            "pack a ledger named .x", ["pack", ".x.jsonl", "-o", "b.wacz"], usage, _ledger_renamed(".x.jsonl")
        ),
        Attack("pack -o twice", ["pack", LEDGER, "-o", "a.wacz", "-o", "b.wacz"], usage, _checked_ledger),
        Attack("pack -o in a missing folder", ["pack", LEDGER, "-o", "no/b.wacz"], usage, _checked_ledger),
        Attack("verify /dev/zero", ["verify", "/dev/zero"], usage),
        Attack("verify /dev/urandom", ["verify", "/dev/urandom"], usage),
        Attack("verify FIFO", ["verify", "pipe"], usage, _fifo("pipe")),
        Attack("verify a report", ["verify", "report.md"], usage),
        Attack("verify an empty file", ["verify", "l.jsonl"], (1,), _write("l.jsonl", b"")),
        Attack(
            "verify 200,000 lines of {}", ["verify", "l.jsonl"], (1,), _write("l.jsonl", b"{}\n" * 200_000)
        ),
        Attack(
            "verify one 100 MB line",
            ["verify", "l.jsonl"],
            (1,),
            _write("l.jsonl", b'{"a":"' + b"x" * 100_000_000 + b'"}\n'),
        ),
        Attack(
            "verify a line of [ x 100,000",
            ["verify", "l.jsonl"],
            (1,),
            _write("l.jsonl", b"{}\n" + b"[" * 100_000 + b"\n"),
        ),
        Attack(
            "verify a line nested 100,000 deep",
            ["verify", "l.jsonl"],
            (1,),
            _write("l.jsonl", b"{}\n" + b'{"a":' * 100_000 + b"\n"),
        ),
        Attack(
            "verify --report FIFO",
            ["verify", "report.md.ledger.jsonl", "--report", "pipe"],
            usage,
            _ledger_and_fifo,
        ),
        Attack(
            "verify --report /dev/zero",
            ["verify", "report.md.ledger.jsonl", "--report", "/dev/zero"],
            usage,
            _checked_ledger,
        ),
        Attack(
            "verify --archive-dir /proc/self",
            ["verify", "report.md.ledger.jsonl", "--archive-dir", "/proc/self"],
            (0, 1),
            _checked_ledger,
        ),
        Attack(
            "verify --anchor junk",
            ["verify", "report.md.ledger.jsonl", "--anchor", "zz"],
            usage,
            _checked_ledger,
        ),
        Attack(
            "a status URL with a 5,000-digit post id",
            ["check", "long.md", "--no-archive-lookup", "--timeout", "1", "--connect-to", "::127.0.0.1:9"],
            (1,),
            _write("long.md", ("Claim.[^1]\n\n[^1]: https://x.com/a/status/" + "9" * 5000 + "\n").encode()),
        ),
        Attack("show a folder", ["show", "."], usage),
        Attack(
            "show a ledger with a 300 MB line",
            ["show", LEDGER, "-o", "v.html"],
            (1,),
            _ledger_then(b'{"a":"' + b"x" * 300_000_000 + b'"}\n'),
            max_mb=400,
        ),
        Attack(
            "show 200,000 seals after one run",
            ["show", LEDGER, "-o", "v.html", "--no-verify"],
            (0,),
            _ledger_then((_canonical(SIGNATURE) + b"\n") * 200_000),
        ),
        Attack(
            "show 1,000 footnotes, one 4 GiB gzip bomb",
            ["show", LEDGER, "-o", "v.html", "--no-verify"],
            (0,),
            _footnotes_naming_a_bomb(1000),
        ),
        Attack(
            "verify 1,000 footnotes, one 4 GiB gzip bomb, each by its own path and record",
            ["verify", LEDGER],
            (1,),
            _footnotes_naming_a_bomb(1000, records=True),
        ),
        Attack(
            "check reusing a ledger line nested 100,000",
            ["check", "report.md", "--no-archive-lookup", "--timeout", "1", "--connect-to", "::127.0.0.1:9"],
            (1,),
            _ledger_with_line_inside(b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
        ),
        Attack(
            "check reusing a ledger line of 300 MB",
            ["check", "report.md", "--no-archive-lookup", "--timeout", "1", "--connect-to", "::127.0.0.1:9"],
            (1,),
            _ledger_with_line_inside(b'{"a":"' + b"x" * 300_000_000 + b'"}'),
            max_mb=400,
        ),
        Attack(
            "verify a bundle, datapackage [ x 1,000,000",
            ["verify", "b.wacz"],
            (1,),
            _bundle(b"[" * 1_000_000, {}),
        ),
        Attack(
            "verify a bundle listing a 10 MB file 100,000x",
            ["verify", "b.wacz"],
            (1,),
            _one_entry_listed(100_000, 10_000_000),
        ),
        Attack(
            "verify a bundle of 1,000,000 empty entries",
            ["verify", "b.wacz"],
            usage,
            _empty_entries(10**6),
            100,
        ),
        Attack(
            "verify a bundle, 100,000 entries and resources",
            ["verify", "b.wacz"],
            (1,),
            _resources_and_entries(90_000),
        ),
        Attack("extract /dev/zero", ["extract", "/dev/zero"], usage),
        Attack("extract --max-report-bytes 0", ["extract", "report.md", "--max-report-bytes", "0"], usage),
        Attack("capture of the report, meant for check", ["capture", "report.md"], usage),
        Attack("--offline before the command", ["--offline", "check", "report.md"], usage),
        Attack("unknown command", ["frobnicate"], usage),
    ]
    return attacks


def _leftovers(folder: Path, before: set[str]) -> list[str]:
    return [
        path.name
        for path in folder.rglob("*")
        if path.name not in before and path.name.endswith((".lock", ".tmp", ".part", ".probe"))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=90.0, help="seconds an attack may take (a hang)")
    parser.add_argument("--only", help="run the attacks whose name contains this")
    options = parser.parse_args()
    defended = 0
    attacks = [attack for attack in _attacks() if not options.only or options.only in attack.name]
    with tempfile.TemporaryDirectory() as root:
        for index, attack in enumerate(attacks):
            folder = Path(root) / str(index)
            folder.mkdir()
            (folder / "report.md").write_text(REPORT, encoding="utf-8")
            if attack.setup is not None:
                attack.setup(folder)
            before = {path.name for path in folder.rglob("*")}
            code, err, seconds, mb = _run(attack.argv, folder, options.timeout)
            lines = err.strip().splitlines()
            left = _leftovers(folder, before)
            ok = (
                code in attack.expected
                and "Traceback" not in err
                and not left
                and (code != 2 or len(lines) == 1)
                and (attack.max_mb is None or mb <= attack.max_mb)
            )
            defended += ok
            said = lines[-1][:100] if lines else ""
            print(
                f"{'ok ' if ok else 'BAD'} {attack.name:42} exit {code!s:4} {seconds:5.1f}s {mb:5} MB  {said}"
            )
            shutil.rmtree(folder, ignore_errors=True)
    print(f"\n{len(attacks)} attacks tried, {defended} defended")


if __name__ == "__main__":
    main()
