"""Progress lines say what happened to a capture: a cut body or a blocked redirect is not just "HTTP 200"."""

from __future__ import annotations

import io
from pathlib import Path

from provenance.capture.options import CaptureRequest
from provenance.cli.progress import CheckProgress, outcome_text
from provenance.models import CaptureOutcome
from tests.outputs.builders import capture
from tests.support.cli import run_provenance
from tests.support.servers import FixtureServer, Reply

URL = "https://news.example/a"


def test_a_cut_body_is_named_as_cut() -> None:
    cut = capture(URL).model_copy(update={"truncated": True, "truncation": "length"})
    text = outcome_text(CaptureOutcome(url=URL, capture=cut))
    assert text == "HTTP 200, body cut (length): not the whole page"


def test_a_blocked_redirect_is_named_as_blocked_not_as_its_302() -> None:
    hop = capture(URL, http_status=302)
    blocked = CaptureOutcome(
        url=URL, capture=hop, error="blocked: redirect to 169.254.169.254 (link-local address)"
    )
    assert outcome_text(blocked) == "blocked: redirect to 169.254.169.254 (link-local address)"


def test_a_plain_answer_and_a_failure() -> None:
    assert outcome_text(CaptureOutcome(url=URL, capture=capture(URL))) == "HTTP 200"
    assert outcome_text(CaptureOutcome(url=URL, error="connect: refused")) == "connect: refused"


def test_a_log_gets_one_counted_line_per_finished_capture() -> None:
    stream = io.StringIO()
    with CheckProgress(stream) as progress:
        progress.start_report("brief.md", 2)
        for label in ("1", "2"):
            request = CaptureRequest(url=URL, name=f"brief.md-fn{label}", label=label)
            progress.finished(request, CaptureOutcome(url=URL, capture=capture(URL)))
    assert stream.getvalue().splitlines() == [f"  1/2 [1] HTTP 200  {URL}", f"  2/2 [2] HTTP 200  {URL}"]


def test_capture_shows_the_progress_of_check_in_a_log(tmp_path: Path, fixture_server: FixtureServer) -> None:
    # `capture` printed progress only on a terminal, in a line of its own making: a CI log had none.
    fixture_server.routes["/a"] = Reply(body=b"<p>a</p>")
    rule = fixture_server.rule("news.example")
    urls = ["http://news.example/a", "http://news.example/gone"]
    done = run_provenance(["capture", *urls, "--connect-to", str(rule), "--jobs", "1"], cwd=tmp_path)
    progress = [line for line in done.stderr.splitlines() if line.startswith("  ")]
    assert progress == [f"  1/2 HTTP 200  {urls[0]}", f"  2/2 HTTP 404  {urls[1]}"], done.stderr


def test_a_progress_line_holds_no_workflow_command_a_ci_runner_would_obey() -> None:
    # A capture's outcome can quote a page ("the page's heading is an error: '…'"), and a URL is the report's:
    # `##[stop-commands]` printed raw in a GitHub Actions log silences every annotation after it.
    stream = io.StringIO()
    with CheckProgress(stream) as progress:
        progress.start_report("brief.md", 1)
        request = CaptureRequest(url=f"{URL}?##[stop-commands]tok", name="brief.md-fn1", label="1")
        progress.finished(request, CaptureOutcome(url=URL, error="refused ##[error]forged"))
    assert "##[" not in stream.getvalue()
    assert "#\\x23[stop-commands]tok" in stream.getvalue()


def test_an_error_line_holds_no_workflow_command_a_ci_runner_would_obey(tmp_path: Path) -> None:
    done = run_provenance(["extract", "##[stop-commands]tok.md"], cwd=tmp_path)
    assert done.returncode == 2 and "##[" not in done.stderr and "#\\x23[stop-commands]tok" in done.stderr
