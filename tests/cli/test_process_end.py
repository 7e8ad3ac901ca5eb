"""The `provenance` program ends without the interpreter's teardown (`cli._ProcessEnd`), losing nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.cli import _without_pydantic_plugins
from tests.support.cli import provenance_env, run_provenance


def _run_program(program: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", program], cwd=cwd, env=provenance_env(), capture_output=True, text=True
    )


def test_a_long_output_reaches_its_reader_whole_and_the_exit_code_is_kept(tmp_path: Path) -> None:
    count = 1_200  # enough for `extract` to cite half of the notes in a forked child
    body = "\n\n".join(f"Claim {n}.[^{n}]" for n in range(1, count + 1))
    notes = "\n".join(f"[^{n}]: Desk, January 3, 2022, https://example.org/{n}" for n in range(1, count + 1))
    (tmp_path / "report.md").write_text(f"{body}\n\n{notes}\n", encoding="utf-8")

    done = run_provenance(["extract", "report.md"], cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    labels = [footnote["label"] for footnote in json.loads(done.stdout)["footnotes"]]
    assert labels == [str(n) for n in range(1, count + 1)]


def test_an_error_line_is_flushed_before_the_process_ends_with_code_2(tmp_path: Path) -> None:
    done = run_provenance(["extract", "missing.md"], cwd=tmp_path)

    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("provenance: error:") and done.stderr.count("\n") == 1


_RUN_THAT_REGISTERS_A_HANDLER = """
import atexit, sys
import provenance.cli as cli

def run_that_leaves_work_for_the_exit(argv=None):
    atexit.register(lambda: open("handler-ran", "w").close())  # as a library does during a run
    print("buffered output, no newline", end="")
    return 1

cli.main = run_that_leaves_work_for_the_exit
cli.main_entry()
"""


def test_exit_handlers_registered_during_the_run_still_run_and_output_is_flushed(tmp_path: Path) -> None:
    done = _run_program(_RUN_THAT_REGISTERS_A_HANDLER, tmp_path)

    assert done.returncode == 1, done.stderr
    assert done.stdout == "buffered output, no newline"
    assert (tmp_path / "handler-ran").exists()


_HANDLER_REGISTERED_BEFORE_THE_PROGRAM = """
import atexit, sys
atexit.register(lambda: open("earlier-handler-ran", "w").close())
{tracing}
sys.argv = ["provenance", "extract", "missing.md"]
from provenance.cli import main_entry
main_entry()
"""


def test_the_process_ends_after_the_run_s_handlers_without_the_rest_of_the_exit(
    tmp_path: Path,
) -> None:
    done = _run_program(_HANDLER_REGISTERED_BEFORE_THE_PROGRAM.format(tracing=""), tmp_path)

    assert done.returncode == 2
    assert not (tmp_path / "earlier-handler-ran").exists()


def test_a_traced_run_exits_the_usual_way_so_its_tracer_can_save_what_it_measured(tmp_path: Path) -> None:
    # Coverage traces the process and saves its data in an exit handler registered before the program runs.
    tracing = "sys.settrace(lambda *args: None)"

    done = _run_program(_HANDLER_REGISTERED_BEFORE_THE_PROGRAM.format(tracing=tracing), tmp_path)

    assert done.returncode == 2
    assert (tmp_path / "earlier-handler-ran").exists()


_RUN_WHOSE_OUTPUT_FAILS_AT_THE_LAST_FLUSH = """
import io, sys
import provenance.cli as cli

class OutputOnAFullDisk(io.StringIO):
    def flush(self):
        raise OSError(28, "No space left on device")

def run_that_succeeds(argv=None):
    sys.stdout = OutputOnAFullDisk()
    return 0

cli.main = run_that_succeeds
cli.main_entry()
"""


def test_output_lost_at_the_end_is_never_reported_as_success(tmp_path: Path) -> None:
    done = _run_program(_RUN_WHOSE_OUTPUT_FAILS_AT_THE_LAST_FLUSH, tmp_path)

    assert done.returncode == 120


def test_the_program_skips_the_pydantic_plugin_scan_unless_told(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    _without_pydantic_plugins()
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")  # the user's own setting (plugins on) is kept
    _without_pydantic_plugins()
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == ""


_RUN_THAT_KEEPS_ITS_RESULTS = """
import sys
import provenance.cli as cli

class Results:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        open(self.name, "w").close()

def run_with_results(argv=None):
    cli.keep_until_exit(Results("kept-results-freed"))
    Results("other-results-freed")  # freed at once, as anything a run does not keep
    return 0

cli.main = run_with_results
cli.main_entry()
"""


def test_the_results_a_run_keeps_until_the_exit_are_never_freed_one_by_one(tmp_path: Path) -> None:
    # Freeing a check's results object by object took 3-12 ms just before a process that frees nothing.
    done = _run_program(_RUN_THAT_KEEPS_ITS_RESULTS, tmp_path)

    assert done.returncode == 0, done.stderr
    assert (tmp_path / "other-results-freed").exists()
    assert not (tmp_path / "kept-results-freed").exists()


def test_main_called_by_a_library_or_a_test_keeps_nothing_until_the_exit() -> None:
    # Many commands run in one process there: what each keeps would pile up.
    import gc
    import weakref

    from provenance import cli

    class Results:
        pass

    results = Results()
    freed = weakref.ref(results)
    cli.keep_until_exit(results)
    del results
    gc.collect()
    assert freed() is None
