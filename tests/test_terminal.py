"""How wide the table is drawn: the terminal's width, else COLUMNS, else 120; never the 0 columns of a
terminal nobody sized (`script` without `stty cols`), where rich drew no table at all."""

from __future__ import annotations

import io
from pathlib import Path

from provenance.terminal import terminal_width, wants_color
from tests.support.cli import on_a_terminal

REPORT = """A claim.[^1]

[^1]: News, [story](https://news.example/a), January 21, 2022.
"""


def test_a_terminal_that_reports_no_width_still_gets_the_whole_table(tmp_path: Path) -> None:
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    shown = on_a_terminal(["check", "brief.md", "--offline"], tmp_path, columns=0, env={"COLUMNS": ""})
    assert "what did not pass" in shown and "https://news.example/a" in shown, shown
    assert "1 footnote: 1 error" in shown


def test_a_narrow_terminal_is_drawn_at_its_own_width(tmp_path: Path) -> None:
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    shown = on_a_terminal(["check", "brief.md", "--offline"], tmp_path, columns=60)
    assert "what did not pass" in shown
    (rule,) = [line.strip() for line in shown.splitlines() if "──" in line]
    assert 40 < len(rule) <= 60, "the table fills the terminal's 60 columns, no more"


def test_a_file_gets_columns_when_it_is_a_width_else_120() -> None:
    stream = io.StringIO()
    assert terminal_width(stream, {"COLUMNS": "80"}) == 80
    assert terminal_width(stream, {"COLUMNS": "0"}) == 120
    assert terminal_width(stream, {"COLUMNS": "wide"}) == 120
    assert terminal_width(stream, {"COLUMNS": "\u00b2"}) == 120, "`²` passes isdigit, not int()"
    assert terminal_width(stream, {"COLUMNS": "9" * 5000}) == 120, "more digits than int() takes"
    assert terminal_width(stream, {}) == 120


def test_no_colour_in_a_file() -> None:
    assert not wants_color(io.StringIO(), {})
