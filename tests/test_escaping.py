"""What the human outputs print is shown, never obeyed: by a terminal (`escape_unprintable`) or by the GitHub
Actions runner that reads a CI step's log for workflow commands (`disarm_workflow_commands`)."""

from __future__ import annotations

from provenance.escaping import disarm_workflow_commands, disarm_workflow_commands_markup


def test_the_older_command_spelling_is_shown_escaped_wherever_it_stands_in_a_line() -> None:
    # The runner obeys `##[` anywhere in a line: `stop-commands` would silence the annotations that follow.
    shown = disarm_workflow_commands("News ##[stop-commands]tok, and ###[error]forged")
    assert shown == "News #\\x23[stop-commands]tok, and ##\\x23[error]forged"
    assert "##[" not in shown


def test_a_command_that_starts_a_line_after_its_blanks_is_shown_escaped() -> None:
    shown = disarm_workflow_commands("first ::error::kept\n      ::add-mask::failed\n::warning::x")
    assert shown.split("\n") == ["first ::error::kept", "      :\\x3aadd-mask::failed", ":\\x3awarning::x"]


def test_ordinary_text_with_colons_and_hashes_is_left_as_it_is() -> None:
    text = "std::vector, #hashtag, ## heading, [##], http://[::1]:8080/a#[x]\n  a::b"
    assert disarm_workflow_commands(text) == text


def test_a_document_in_markup_writes_what_a_runner_obeys_as_character_references_of_the_same_text() -> None:
    # `--junit -` and `--html -`: `&#35;` and `&#58;` are `#` and `:` to an XML or HTML reader.
    shown = disarm_workflow_commands_markup("<p>News ##[error]x\n  ::warning::y a::b</p>")
    assert shown == "<p>News #&#35;[error]x\n  :&#58;warning::y a::b</p>"
    text = "<p>std::vector, #hashtag, [##], http://[::1]:8080/a#[x]\n  a::b</p>"
    assert disarm_workflow_commands_markup(text) == text
