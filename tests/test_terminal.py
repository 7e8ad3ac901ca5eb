"""How wide the table is drawn: the terminal's width, else COLUMNS, else 120; never the 0 columns of a
terminal nobody sized (`script` without `stty cols`), where rich drew no table at all. What a terminal whose
encoding is not UTF-8 is given: human text it can show, documents in UTF-8, never an internal error."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

from provenance.terminal import terminal_width, wants_color, write_text
from tests.support.cli import on_a_terminal, provenance_command, provenance_env

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


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_on_a_terminal_unless_no_color_is_set_to_a_value() -> None:
    assert wants_color(_Terminal(), {})
    assert not wants_color(_Terminal(), {"NO_COLOR": "1"})
    assert not wants_color(_Terminal(), {"NO_COLOR": "0"}), "any value, as no-color.org says"
    assert wants_color(_Terminal(), {"NO_COLOR": ""}), "empty is not set (no-color.org)"


QUOTED_REPORT = """The mayor said “the bridge is closed”.[^citação]

[^citação]: News, [story](https://news.example/a), January 21, 2022.
"""


def _run_with_encoding(args: list[str], cwd: Path, encoding: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        provenance_command(*args),
        cwd=cwd,
        env=provenance_env({"PYTHONIOENCODING": encoding}),
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_a_check_on_an_ascii_terminal_shows_its_table_and_exits_with_its_verdict(tmp_path: Path) -> None:
    (tmp_path / "brief.md").write_text(QUOTED_REPORT, encoding="utf-8")
    done = _run_with_encoding(["check", "brief.md", "--offline"], tmp_path, "ascii")
    shown = done.stdout.decode("ascii")  # every byte the terminal was given is one it can show
    assert done.returncode == 1, done.stderr  # was 3: `→` in the table's title was an internal error
    assert b"internal error" not in done.stderr
    assert "what did not pass" in shown and "1 footnote: 1 error" in shown
    assert "brief.md \\u2192 brief.md.ledger.jsonl" in shown, "what ASCII lacks is shown escaped"
    assert "\\u2500" not in shown, "the table's rules are drawn in ASCII, not as escapes"


def test_json_on_a_latin1_terminal_is_the_utf8_document_json_requires(tmp_path: Path) -> None:
    (tmp_path / "brief.md").write_text(QUOTED_REPORT, encoding="utf-8")
    for args in (["check", "brief.md", "--offline", "--json"], ["extract", "brief.md"]):
        done = _run_with_encoding(args, tmp_path, "latin-1")
        assert done.returncode in (0, 1), done.stderr
        document = json.dumps(json.loads(done.stdout.decode("utf-8")), ensure_ascii=False)
        assert "citação" in document, args
    assert "“the bridge is closed”" in document


def test_text_a_stream_cannot_encode_is_escaped_and_a_document_is_utf8() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii", write_through=True)
    write_text(stream, "a → b\n")
    write_text(stream, '{"q": "“é”"}\n', document=True)
    assert raw.getvalue() == b"a \\u2192 b\n" + '{"q": "“é”"}\n'.encode()


def test_text_on_a_utf8_stream_is_written_as_it_is() -> None:
    stream = io.StringIO()
    write_text(stream, "a → b")
    assert stream.getvalue() == "a → b"
