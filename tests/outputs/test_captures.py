"""`provenance capture`: what it prints of each capture, as a line or as JSON."""

from __future__ import annotations

import json

from provenance.models import CaptureOutcome
from provenance.outputs.captures import render_captures_json
from tests.outputs.builders import capture


def test_capture_json_holds_no_workflow_command_nor_reordering_character_and_reads_back_the_same() -> None:
    # `provenance capture URL --json` in a GitHub Actions step: a redirect's target or a server's error is
    # printed; its `##[stop-commands]` silenced every annotation after it, its U+202E reordered the line.
    final = "https://evil.example/a##[stop-commands]tok\u202egnp.exe"
    taken = capture("https://news.example/a").model_copy(update={"final_url": final})
    outcome = CaptureOutcome(url="https://news.example/a", capture=taken, error="http 404 ##[error]forged")
    printed = render_captures_json([outcome])
    assert "##[" not in printed and "\u202e" not in printed
    (read,) = json.loads(printed)
    assert CaptureOutcome.model_validate(read) == outcome, "the same strings to a JSON reader"


def test_capture_json_of_an_ordinary_capture_is_written_as_before() -> None:
    outcome = CaptureOutcome(url="https://news.example/a#top", capture=capture("https://news.example/a"))
    assert render_captures_json([outcome]) == "[" + outcome.model_dump_json() + "]\n"
