"""`provenance locate` on passages naming a writer and the source he cites, or who reported what he wrote.

`Dmitry Medvedev wrote, citing Dmitry Peskov: "…"` (Meduza's and Reuters' word order) and `According to Dmitry
Peskov, Dmitry Medvedev wrote: "…"` (ISW's) both say Medvedev posted the words: his post is the one the note
cites. Peskov's post may hold them too (the original Medvedev cites, or Peskov relaying Medvedev's), so his
account is searched as well, weighed below the writer, and his candidates say why. Loopback copies of two
fictional channels' previews, on 127.0.0.1.
"""

from __future__ import annotations

import pytest

from tests.locate.runs import Locating, Locator
from tests.locate.site import Site, channel_posts

QUOTE = "Nobody will ever take back what was returned to its home."
# Peskov's channel posts the words first (index 24: 21 January 05:18 UTC); Medvedev's an hour later.
PESKOV = channel_posts(3001, {24: f"{QUOTE} That is the position of the Kremlin."}, salt=2)
MEDVEDEV = channel_posts(8001, {25: f"As I have said before: {QUOTE}"}, salt=4)

REGISTRY = """name,aliases,platform,handle,notes
Dmitry Medvedev,,telegram,example_medvedev,fictional
Dmitry Peskov,,telegram,example_peskov,fictional
"""


@pytest.fixture
def locate(locating: Locating) -> Locator:
    channels = {
        "example_medvedev": ("Example Medvedev", MEDVEDEV),
        "example_peskov": ("Example Peskov", PESKOV),
    }
    return locating(Site(channels, "example_nobody", []), REGISTRY)


@pytest.mark.parametrize(
    ("passage", "how"),
    [
        (
            f'Dmitry Medvedev wrote, citing Dmitry Peskov: "{QUOTE}"[1]',
            "the source Dmitry Medvedev cites ('citing Dmitry Peskov')",
        ),
        (
            f'Dmitry Medvedev, citing Dmitry Peskov, wrote: "{QUOTE}"[1]',
            "the source Dmitry Medvedev cites ('citing Dmitry Peskov')",
        ),
        (
            f'According to Dmitry Peskov, Dmitry Medvedev wrote: "{QUOTE}"[1]',
            "who reported what Dmitry Medvedev wrote ('According to Dmitry Peskov')",
        ),
        (
            f"Как сообщил Дмитрий Песков, Дмитрий Медведев написал: «{QUOTE}»[1]",
            "who reported what Дмитрий Медведев wrote ('Как сообщил Дмитрий Песков')",
        ),
    ],
)
def test_the_writer_s_post_comes_first_and_the_cited_one_s_post_is_listed_saying_why(
    locate: Locator,
    passage: str,
    how: str,
) -> None:
    # `wrote, citing Peskov:` and `, citing Peskov, wrote` searched Medvedev alone: Peskov's post, the words'
    # original, was not listed. `According to Peskov, Medvedev wrote` searched Peskov as a speaker (0.85)
    # nearly as sure as Medvedev, with nothing on his post to say the passage names him as no writer.
    _, footnote, table = locate(f"{passage}\n\n[1] Telegram, January 21, 2022.\n")

    candidates = footnote["candidates"]
    assert candidates[0]["url"] == f"https://t.me/example_medvedev/{MEDVEDEV[25].id}"
    assert candidates[0]["parts"]["speaker"] == 0.9
    (peskov,) = [c for c in candidates if c["url"] == f"https://t.me/example_peskov/{PESKOV[24].id}"]
    assert peskov["parts"]["speaker"] == 0.5
    assert peskov["score"] < candidates[0]["score"]
    name = "Дмитрий Песков" if "Песков" in passage else "Dmitry Peskov"
    said = (
        f"{name}'s account: the passage names {name!r} as {how}, not as who posted (speaker part 0.50 of the "
        "name match)"
    )
    assert said in peskov["notes"]
    assert said not in candidates[0]["notes"]
    assert any(
        note.startswith(f"{name!r} is named as {how}, not as who posted") for note in footnote["notes"]
    )
    assert f"~ {said}" in table
    # The speaker line names the source as one, not as a second person who posted.
    assert (
        f"· speaker: {name.replace('Песков', 'Медведев').replace('Peskov', 'Medvedev')}, {name} (as a source)"
        in table
    )
