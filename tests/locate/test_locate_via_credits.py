"""`provenance locate` on a quote credited with `via` (`“…” (via Bakhmut)`, `(via Rybar)`, `(via Reuters)`): a
credit alone names a place as often as a source, so a name it gives is who posted only where the accounts
registry holds it, a news agency is a source and a capital a place. Loopback copy of a fictional channel's
preview, on 127.0.0.1.
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

QUOTE = "Three houses in the eastern district were destroyed overnight by artillery fire."
POSTS = channel_posts(8001, {25: f"{QUOTE} Details later."}, salt=4)
REGISTRY = "name,aliases,platform,handle,notes\nRybar,Рыбарь,telegram,example_rybar,fictional\n"


@pytest.fixture
def server(local_ca: LocalCA) -> Iterator[FixtureServer]:
    with FixtureServer(tls=local_ca) as running:
        serve(Site({"example_rybar": ("Example Rybar", POSTS)}, "example_nobody", []), running)
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


@pytest.mark.parametrize(
    "passage",
    [
        f'Russian forces shelled the town. "{QUOTE}" (via Bakhmut)[1]',
        f'Russian forces shelled the town: "{QUOTE}" — via Bakhmut[1]',
    ],
)
def test_a_place_a_credit_names_is_not_searched_as_who_posted(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server: FixtureServer,
    local_ca: LocalCA,
    passage: str,
) -> None:
    # Before: the speaker was `Bakhmut`, and the footnote asked for a registry row for it.
    monkeypatch.chdir(tmp_path)

    footnote = _locate(tmp_path, capsys, server, local_ca, passage)

    assert footnote["speakers"] == [] and footnote["candidates"] == []
    assert footnote["notes"][0].startswith(
        "the passage credits the words to 'Bakhmut' with 'via' alone, which names a place as often as a "
        "source"
    )
    assert not any("not in the accounts registry" in note for note in footnote["notes"])


def test_an_account_the_registry_holds_a_credit_names_is_searched_and_its_post_proposed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server: FixtureServer,
    local_ca: LocalCA,
) -> None:
    monkeypatch.chdir(tmp_path)

    footnote = _locate(
        tmp_path, capsys, server, local_ca, f'Russian forces shelled the town. "{QUOTE}" (via Rybar)[1]'
    )

    assert footnote["candidates"][0]["url"] == f"https://t.me/example_rybar/{POSTS[25].id}"
