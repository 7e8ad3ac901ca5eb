"""`check` end to end on a Bluebook memo: an `Id.` note is captured and checked, against the citing passage's
own quotes, as the post the note before it cites (a local server reached by --connect-to)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from tests.support.servers import FixtureServer, LocalCA, Reply

TELEGRAM_POST = (
    b"<html><body><div class='tgme_widget_message' data-post='rybar/12345'>"
    b"<a class='tgme_widget_message_owner_name'><span>Rybar</span></a>"
    b"<div class='tgme_widget_message_text'>The convoy had already crossed the river at dawn.</div>"
    b"<a class='tgme_widget_message_date'><time datetime='2022-01-21T09:15:04+00:00'>09:15</time></a>"
    b"</div></body></html>"
)

MEMO = """# Memorandum

The channel reported that \u201cthe convoy had already crossed\u201d.[^1] It added that it crossed
\u201cthe river at dawn\u201d.[^2] It also said \u201cthe bridge was closed\u201d.[^3] Nor is this known.[^4]

[^1]: Rybar (@rybar), Telegram, January 21, 2022, https://t.me/rybar/12345
[^2]: Id.
[^3]: See id.
[^4]: Op. cit.
"""


@pytest.fixture
def telegram(local_ca: LocalCA) -> Iterator[FixtureServer]:
    with FixtureServer({"/rybar/12345": Reply(body=TELEGRAM_POST)}, tls=local_ca) as server:
        yield server


def test_an_id_note_is_captured_and_verified_as_the_post_the_note_before_cites(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    telegram: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.md").write_text(MEMO, encoding="utf-8")
    route = ["--connect-to", f"t.me:443:127.0.0.1:{telegram.port}", "--ca-bundle", str(local_ca.ca_pem)]
    code = cli.main(["check", "memo.md", *route, "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    footnotes = {note["label"]: note for note in json.loads(out)["reports"][0]["footnotes"]}
    checks: dict[str, dict[str, Any]] = {
        label: {check["name"]: check for check in note["checks"]} for label, note in footnotes.items()
    }
    assert code == 1
    assert footnotes["1"]["status"] == "verified"
    # `Id.`: note 1's post, captured and held to the passage's own quote.
    assert footnotes["2"]["status"] == "verified"
    assert footnotes["2"]["url"] == "https://t.me/rybar/12345"
    assert checks["2"]["schema"]["status"] == "pass"
    assert checks["2"]["quote"]["status"] == "pass"
    # The same post does not hold the third passage's quote: not verified.
    assert footnotes["3"]["url"] == "https://t.me/rybar/12345"
    assert footnotes["3"]["status"] != "verified"
    assert checks["3"]["quote"]["status"] != "pass"
    # `Op. cit.` names no note: today's behaviour, a person must look.
    assert footnotes["4"]["status"] == "unlocatable"
