"""`provenance locate` on Russian and Ukrainian passages naming who posted only by an office and a family
name in the genitive (`по словам пресс-секретаря Пескова`, `за словами речника Кремля Пєскова`): the
registry's account for that name, in Latin or Cyrillic letters, is searched and its post found. Loopback copy
of a fictional channel's preview; the registry's row is fictional."""

from __future__ import annotations

import pytest

from tests.locate.runs import Locating
from tests.locate.site import Site, channel_posts

# Cyrillic as escapes: ruff reads its letters as look-alikes of Latin ones.
QUOTE_RU = (  # Никаких переговоров не будет до весны
    "\u041d\u0438\u043a\u0430\u043a\u0438\u0445 "
    "\u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u043e\u0432 "
    "\u043d\u0435 \u0431\u0443\u0434\u0435\u0442 \u0434\u043e \u0432\u0435\u0441\u043d\u044b"
)
QUOTE_UK = (  # Ніяких переговорів не буде до весни
    "\u041d\u0456\u044f\u043a\u0438\u0445 \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u0456\u0432 "
    "\u043d\u0435 \u0431\u0443\u0434\u0435 \u0434\u043e \u0432\u0435\u0441\u043d\u0438"
)
# по словам пресс-секретаря (Кремля) Пескова; за словами речника (Кремля) Пєскова
BY_THE_PRESS_SECRETARY = (
    "\u041f\u043e \u0441\u043b\u043e\u0432\u0430\u043c "
    "\u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044f"
)
KREMLIN = "\u041a\u0440\u0435\u043c\u043b\u044f"
PESKOV_RU = "\u041f\u0435\u0441\u043a\u043e\u0432\u0430"
BY_THE_SPOKESMAN = (
    "\u0417\u0430 \u0441\u043b\u043e\u0432\u0430\u043c\u0438 \u0440\u0435\u0447\u043d\u0438\u043a\u0430"
)
PESKOV_UK = "\u041f\u0454\u0441\u043a\u043e\u0432\u0430"
PESKOV_IN_RUSSIAN = "\u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u041f\u0435\u0441\u043a\u043e\u0432"
POSTS = channel_posts(9001, {25: f"{QUOTE_RU}.", 30: f"{QUOTE_UK}."}, salt=2)
NOTE = "\n\n[1] Telegram, January 21, 2022.\n"


@pytest.mark.parametrize("registered", ["Dmitry Peskov", PESKOV_IN_RUSSIAN])
@pytest.mark.parametrize(
    ("passage", "posted"),
    [
        (f"{BY_THE_PRESS_SECRETARY} {PESKOV_RU}, \u00ab{QUOTE_RU}\u00bb.[1]", 25),
        (f"{BY_THE_PRESS_SECRETARY} {KREMLIN} {PESKOV_RU}, \u00ab{QUOTE_RU}\u00bb.[1]", 25),
        (f"{BY_THE_SPOKESMAN} {KREMLIN} {PESKOV_UK}, \u00ab{QUOTE_UK}\u00bb.[1]", 30),
        (f"{BY_THE_SPOKESMAN} {PESKOV_UK}, \u00ab{QUOTE_UK}\u00bb.[1]", 30),
    ],
    ids=["russian", "russian-of-the-kremlin", "ukrainian-of-the-kremlin", "ukrainian"],
)
def test_an_office_and_a_family_name_in_the_genitive_find_the_registry_account(
    locating: Locating, registered: str, passage: str, posted: int
) -> None:
    # Before: the Ukrainian `Пєскова` met neither spelling of the name: "not in the accounts registry".
    registry = f"name,aliases,platform,handle,notes\n{registered},,telegram,example_office,fictional\n"
    site = Site({"example_office": ("Example Office", POSTS)}, "example_nobody", [])

    code, footnote, _ = locating(site, registry)(passage + NOTE)

    assert code == 0
    assert footnote["accounts"] == [f"{registered} (telegram @example_office)"]
    assert footnote["candidates"][0]["url"] == f"https://t.me/example_office/{9001 + posted}"


def test_an_envoy_at_a_body_named_in_the_genitive_finds_the_registry_account(locating: Locating) -> None:
    # `за словами постпреда Росії в` the UN `Небензі`: before, the envoy's office and where he sits ended the
    # reading, and the passage named no one.
    passage = (
        f"{BY_THE_SPOKESMAN.split()[0]} \u0441\u043b\u043e\u0432\u0430\u043c\u0438 "
        "\u043f\u043e\u0441\u0442\u043f\u0440\u0435\u0434\u0430 \u0420\u043e\u0441\u0456\u0457 \u0432 "
        "\u041e\u041e\u041d \u041d\u0435\u0431\u0435\u043d\u0437\u0456"
        f", \u00ab{QUOTE_UK}\u00bb.[1]"
    )
    registry = "name,aliases,platform,handle,notes\nVasily Nebenzya,,telegram,example_office,fictional\n"
    site = Site({"example_office": ("Example Office", POSTS)}, "example_nobody", [])

    code, footnote, _ = locating(site, registry)(passage + NOTE)

    assert code == 0
    assert footnote["accounts"] == ["Vasily Nebenzya (telegram @example_office)"]
    assert footnote["candidates"][0]["url"] == "https://t.me/example_office/9031"
