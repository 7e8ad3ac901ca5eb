"""A local write error while keeping evidence is an error of the run, never the server's doing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support.cli import provenance_command, provenance_env
from tests.support.servers import FixtureServer, Reply

# Runs provenance with a limit on the size of any file it writes: past it, write() fails with EFBIG, a real
# error from the kernel (Python ignores SIGXFSZ, so the process is not killed but told).
_WITH_FILE_SIZE_LIMIT = (
    "import os, resource, sys; limit = int(sys.argv[1]); "
    "resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)); os.execv(sys.executable, sys.argv[2:])"
)
BODY = os.urandom(600_000)  # does not compress: two of them make a WARC bigger than the limit


def test_a_write_error_on_the_archive_disk_is_an_error_of_the_run_not_a_server_disconnect(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    fixture_server.routes.update(
        {"/old": Reply(301, BODY, (("Location", "/new"),)), "/new": Reply(body=BODY)}
    )
    report = tmp_path / "r.md"
    report.write_text(
        "Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/old\n", encoding="utf-8"
    )
    command = provenance_command(
        "check", "r.md", "--json", "--connect-to", f"news.example::127.0.0.1:{fixture_server.port}"
    )
    result = subprocess.run(
        [sys.executable, "-c", _WITH_FILE_SIZE_LIMIT, str(1_000_000), *command],
        cwd=tmp_path,
        env=provenance_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    footnote = json.loads(result.stdout)["reports"][0]["footnotes"][0]
    assert footnote["status"] == "error"
    captured = next(check for check in footnote["checks"] if check["name"] == "captured")
    assert captured["status"] == "skip"
    assert "disconnect" not in captured["detail"]
    assert "cannot write" in captured["detail"] and "archives/" in captured["detail"]
    assert "EFBIG" in captured["detail"] and "errno 27" in captured["detail"]
    assert list((tmp_path / "archives").iterdir()) == [], "no WARC and no partial file is left"
    line = json.loads((tmp_path / "r.md.ledger.jsonl").read_text(encoding="utf-8").splitlines()[1])
    assert line["capture"] is None and line["status"] == "error"
