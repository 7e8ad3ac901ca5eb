"""`provenance locate` on a passage giving the words to a role, not a person (`The mayor said: “…”`, `the
ministry's spokeswoman wrote`): the registry account whose alias holds that office is a guess where the
passage says the rest of the alias (`Mayor of Kyiv` after `Kyiv was shelled`); else the footnote says the
passage names a role, and which registry entries hold it. Loopback copy of a fictional channel's preview.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from tests.locate.site import Site, channel_posts, serve
from tests.support.servers import FixtureServer, LocalCA

QUOTE = "The metro stations of the city are open as shelters for everyone tonight."
POSTS = channel_posts(9001, {25: f"{QUOTE} Stay safe."}, salt=2)
REGISTRY = (
    "name,aliases,platform,handle,notes\n"
    "Vitalik Examplenko,Mayor of Kyiv,telegram,example_mayor,fictional\n"
    "Maria Examplova,Foreign Ministry spokeswoman,telegram,example_spokeswoman,fictional\n"
)


@pytest.fixture
def server(local_ca: LocalCA) -> Iterator[FixtureServer]:
    with FixtureServer(tls=local_ca) as running:
        serve(Site({"example_mayor": ("Example Mayor", POSTS)}, "example_nobody", []), running)
        yield running


def _locate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], server: FixtureServer, local_ca: LocalCA, passage: str
) -> dict[str, Any]:
    (tmp_path / "accounts.csv").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "brief.txt").write_text(f"{passage}\n\n[1] Telegram, January 21, 2022.\n", encoding="utf-8")
    network = ["--connect-to", f"::127.0.0.1:{server.port}", "--ca-bundle", str(local_ca.ca_pem)]
    cli.main(["locate", "brief.txt", "--accounts", "accounts.csv", "--json", *network])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    (footnote,) = json.loads(out)["reports"][0]["footnotes"]
    return dict(footnote)


def test_the_registry_account_whose_alias_holds_the_role_the_passage_places_is_a_guess(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server: FixtureServer,
    local_ca: LocalCA,
) -> None:
    # Before: "names nobody who posted", and no candidate.
    monkeypatch.chdir(tmp_path)

    footnote = _locate(
        tmp_path, capsys, server, local_ca, f'Kyiv was shelled again overnight. The mayor wrote: "{QUOTE}"[1]'
    )

    assert footnote["speakers"] == ["Mayor of Kyiv"]
    assert footnote["candidates"][0]["url"] == f"https://t.me/example_mayor/{POSTS[25].id}"
    assert footnote["notes"][0].startswith(
        "the passage gives the words to a role, 'the mayor', not a person: the registry gives that office as "
        "'Mayor of Kyiv', which the passage's words fit; a guess"
    )


@pytest.mark.parametrize(
    ("passage", "office", "entry"),
    [
        (
            f'Russian strikes hit the capital overnight. The mayor said: "{QUOTE}"[1]',
            "mayor",
            "Vitalik Examplenko (telegram @example_mayor) ('Mayor of Kyiv')",
        ),
        (
            # Before: `Moscow`, the passage's subject, was guessed as who posted.
            f'Moscow denied the claims. The ministry\'s spokeswoman wrote: "{QUOTE}"[1]',
            "spokeswoman",
            "Maria Examplova (telegram @example_spokeswoman) ('Foreign Ministry spokeswoman')",
        ),
    ],
)
def test_a_role_the_passage_does_not_place_is_said_to_be_no_person_and_not_searched(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server: FixtureServer,
    local_ca: LocalCA,
    passage: str,
    office: str,
    entry: str,
) -> None:
    monkeypatch.chdir(tmp_path)

    footnote = _locate(tmp_path, capsys, server, local_ca, passage)

    assert footnote["speakers"] == [] and footnote["candidates"] == []
    assert footnote["notes"] == [
        f"the passage gives the words to a role, 'the {office}', not a person: give the person's name in the "
        "passage, the account's handle in the note or the citations file, or a registry alias naming the "
        "office as the report does",
        f"the registry gives the office to {entry}, but the passage does not say which {office}: "
        "not searched",
    ]
