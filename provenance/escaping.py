"""Text from evidence made safe to print: every character that is not printable is shown as an escape.

A damaged or forged WARC or ledger can hold terminal control sequences (ESC), bidirectional overrides or line
breaks; printed raw they repaint a terminal, reorder a line or forge a second one. `\\xNN`, `\\uNNNN` and
`\\UNNNNNNNN` show such a character instead, as Python's `repr` would; ordinary text is left alone.

A CI log obeys printable text too: a GitHub Actions runner reads every line of a step's output for workflow
commands (`disarm_workflow_commands`), so the human outputs show the characters that would start one escaped
the same way; an XML or HTML document printed there writes them as character references
(`disarm_workflow_commands_markup`), the same document to its reader.
"""

from __future__ import annotations


def _escape(character: str) -> str:
    code = ord(character)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def escape_unprintable(text: str) -> str:
    """`text` with each character `str.isprintable` refuses (controls, format characters, line and paragraph
    separators, surrogates, unassigned code points) replaced by its escape; the space is kept."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


# The runner's two spellings of a workflow command: `::name::` at a line's start (after its blanks) and the
# older `##[name]` anywhere in a line (actions/runner `ActionCommand.TryParseV2` and `TryParse`).
_LEGACY_COMMAND = "##["
_COMMAND = "::"


def disarm_workflow_commands(text: str) -> str:
    """`text` as a human output prints it in a CI log, with nothing in it a GitHub Actions runner obeys: each
    line's `##[` is shown `#\\x23[`, and a `::` that starts a line (after its blanks) `:\\x3a`.

    A report or a captured page is printed in the table and the other human outputs; printed raw,
    `##[stop-commands]token` silences every annotation after it (the footnotes that failed go unmarked),
    `##[error]` or `::warning::` forges one and `##[add-mask]failed` hides a word in the log. Nothing else
    changes, so a line the tool means as a command is never passed through this."""
    return _disarm(text, "#\\x23[", ":\\x3a")


def disarm_workflow_commands_markup(text: str) -> str:
    """An XML or HTML document (`--junit -`, `--html -` print one in a CI log) with nothing in it a runner
    obeys, and the same document to its reader: `##[` written `#&#35;[`, and a `::` that starts a line
    `:&#58;`, the character references of the same characters.

    Only for a document whose report and page text stands in element text and attribute values, where a
    reference is read as its character: not in a comment, CDATA, a tag's name or a `<style>` or `<script>`."""
    return _disarm(text, "#&#35;[", ":&#58;")


def _disarm(text: str, legacy_escaped: str, command_escaped: str) -> str:
    if _LEGACY_COMMAND not in text and _COMMAND not in text:
        return text
    lines = []
    for line in text.replace(_LEGACY_COMMAND, legacy_escaped).split("\n"):
        opening = len(line) - len(line.lstrip())
        if line.startswith(_COMMAND, opening):
            line = line[:opening] + command_escaped + line[opening + len(_COMMAND) :]
        lines.append(line)
    return "\n".join(lines)
