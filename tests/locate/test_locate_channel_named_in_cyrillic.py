"""`provenance locate` on a passage naming a channel in Cyrillic, in guillemets (`телеграм-канал «Два
майора»`), whose registry row gives it only by its Latin name and handle (`dva_majors`), as Meduza and
Ukrainska Pravda write such channels and as users copy handles into the registry. Loopback copies of
fictional channels' previews, on 127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance import cli
from tests.locate.site import Post, Site, channel_posts, serve
from tests.support.servers import FixtureServer, LocalCA

QUOTE = "Противник отступает от реки под огнём нашей артиллерии"
# Each channel's post of the words on 21 January (06:30 UTC), which does not give its own name.
MAJORS_POSTS = channel_posts(5001, {25: f"{QUOTE}. Подробности позже."}, salt=2)
RYBAR_POSTS = channel_posts(6001, {25: f"{QUOTE}. Карта позже."}, salt=3)
# Neither row gives the Cyrillic name: the handle is the channel's only spelling of it in Latin letters.
REGISTRY = (
    "name,aliases,platform,handle,notes\n"
    "Two Majors,,telegram,dva_majors,fictional\n"
    "Mikhail Zvinchuk,,telegram,rybar,fictional\n"
)


@pytest.fixture
def server(local_ca: LocalCA) -> Iterator[FixtureServer]:
    with FixtureServer(tls=local_ca) as running:
        channels = {"dva_majors": ("Два майора", MAJORS_POSTS), "rybar": ("Рыбарь", RYBAR_POSTS)}
        serve(Site(channels, "example_nobody", []), running)
        yield running


@pytest.mark.parametrize(
    ("passage", "handle", "posts"),
    [
        # Meduza: the channel's name of two words, the second in lower case, as the channel writes it.
        (f"Прокремлевский телеграм-канал «Два майора» написал: «{QUOTE}».[1]", "dva_majors", MAJORS_POSTS),
        (f"Как написал канал «Два майора», «{QUOTE}».[1]", "dva_majors", MAJORS_POSTS),
        (f"По данным канала «Два майора», «{QUOTE}».[1]", "dva_majors", MAJORS_POSTS),
        # Ukrainska Pravda.
        (f"Російський телеграм-канал «Два майора» написав: «{QUOTE}».[1]", "dva_majors", MAJORS_POSTS),
        (f"Канал «Рыбарь» написал: «{QUOTE}».[1]", "rybar", RYBAR_POSTS),
    ],
)
def test_a_channel_named_in_cyrillic_matches_its_registry_handle_by_transliteration(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server: FixtureServer,
    local_ca: LocalCA,
    passage: str,
    handle: str,
    posts: list[Post],
) -> None:
    # «Два майора» read no speaker (`майора`, in lower case, ended the name at `Два`), and, named, was 0.80
    # of `dva_majors` (`dva mayora`): the footnote had no account, and no candidate.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "accounts.csv").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "brief.txt").write_text(f"{passage}\n\n[1] Telegram, 21 января 2022.\n", encoding="utf-8")
    network = ["--connect-to", f"::127.0.0.1:{server.port}", "--ca-bundle", str(local_ca.ca_pem)]

    code = cli.main(["locate", "brief.txt", "--accounts", "accounts.csv", "--json", *network])

    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert code == 0, err
    (footnote,) = json.loads(out)["reports"][0]["footnotes"]
    best = footnote["candidates"][0]
    assert best["url"] == f"https://t.me/{handle}/{posts[25].id}"
    assert best["parts"]["quote"] == 1.0
