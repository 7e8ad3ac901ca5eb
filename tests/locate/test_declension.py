"""Russian and Ukrainian names read back from the case a passage declined them in to the nominative."""

from __future__ import annotations

import pytest

from provenance.locate.declension import nominative_forms


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [
        ("Марию Захарову", "Мария Захарова"),
        ("Анну", "Анна"),
        ("Зеленскую", "Зеленская"),
        ("Зеленську", "Зеленська"),
        ("Марію", "Марія"),
    ],
)
def test_a_womans_name_in_the_accusative_is_read_back_to_her_nominative(
    declined: str, nominative: str
) -> None:
    # `Рыбарь процитировал Марию Захарову: «…»` (Rybar quoted Maria Zakharova): her name after the verb of
    # quoting is in the accusative, which was kept as written, and her own post did not match it.
    assert nominative in nominative_forms(declined)


def test_a_name_that_does_not_decline_is_kept_as_written_beside_its_readings() -> None:
    # Шойгу ends as an accusative does, but does not decline: it is still read as itself.
    assert "Шойгу" in nominative_forms("Шойгу")
    # A man's genitive (and accusative) still reads only to his nominative, not to a woman's name.
    assert nominative_forms("Медведева") == ("Медведев", "Медведево")


def test_a_ukrainian_genitive_in_i_is_read_back_to_its_nominative_in_ya() -> None:
    # `за словами постпреда Небензі`: before, the genitive was kept as written, and met no registry name.
    assert nominative_forms("\u041d\u0435\u0431\u0435\u043d\u0437\u0456") == (
        "\u041d\u0435\u0431\u0435\u043d\u0437\u044f",  # Небензя
        "\u041d\u0435\u0431\u0435\u043d\u0437\u0456",  # or a name that does not decline, as written
    )
