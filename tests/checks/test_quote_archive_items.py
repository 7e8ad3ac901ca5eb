"""`quote` on an Internet Archive item's page (`archive.org/details/<item>`): what the page shows is its
uploader's description of the item, not the item's files, so words found there never pass as the
document's."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.checks import CheckInput
from provenance.checks.quote import check_quote
from provenance.models import Citation, Context, Footnote, Platform, SourcePost
from provenance.side_urls import (
    INTERNET_ARCHIVE_ITEM_TEXT,
    INTERNET_ARCHIVE_ITEM_TEXT_CUT,
    INTERNET_ARCHIVE_ITEM_TEXT_FROM,
    internet_archive_item,
)

ITEM = "https://archive.org/details/norvik-slemmestad-eia-2019"
DESCRIPTION = (
    "Environmental impact assessment submitted by Norvik Cement AS for the extension of the Slemmestad "
    'limestone quarry, May 2019. The assessment finds that the extension would "remove 14 hectares of '
    "coastal pine forest\" and proposes replanting on the company's own land."
)
QUOTE = "remove 14 hectares of coastal pine forest"


def _item_page(url: str = ITEM) -> SourcePost:
    return SourcePost(
        platform=Platform.WEB,
        url=url,
        title="Norvik Cement Slemmestad quarry extension : environmental impact assessment (2019)",
        publisher="Internet Archive",
        published=dt.datetime(2019, 5, 2, tzinfo=dt.UTC),
        published_day_only=True,
        text=DESCRIPTION,
    )


def _quoting(source: SourcePost, quote: str = QUOTE, cited: str = ITEM, strict: bool = False) -> CheckInput:
    citation = Citation(platform=Platform.WEB, author="Norvik Cement AS", url=cited)
    footnote = Footnote(label="6", text="x", line=9, contexts=(Context(line=3, text="t", quotes=(quote,)),))
    return CheckInput(
        footnote=footnote, citation=citation, outcome=None, live=source, source=source, strict_quotes=strict
    )


def test_a_quote_found_in_an_archive_item_s_description_warns_and_points_to_the_file() -> None:
    # The words stood only in the uploader's summary of the assessment: `quote` passed them as the document's.
    result = check_quote(_quoting(_item_page()))
    assert result.status == "warn", result.detail
    assert result.detail == (
        f"found {QUOTE!r} in the uploader's description, not in the item's files: open the file "
        "(https://archive.org/download/norvik-slemmestad-eia-2019/) and compare the quote with it"
    )
    assert result.found is not None and QUOTE in result.found


def test_a_quote_in_an_archive_item_s_description_fails_under_strict_quotes() -> None:
    assert check_quote(_quoting(_item_page(), strict=True)).status == "fail"


def test_the_same_words_on_a_publisher_s_own_page_pass() -> None:
    page = _item_page("https://www.norvikcement.com/sustainability/slemmestad-eia")
    result = check_quote(_quoting(page, cited=page.url))
    assert (result.status, result.detail) == ("pass", f"found {QUOTE!r}")


def test_a_quote_missing_from_an_archive_item_s_page_is_not_said_to_be_in_its_description() -> None:
    result = check_quote(_quoting(_item_page(), quote="plant 40 hectares of oak on the quarry floor"))
    assert result.status == "warn"
    assert "uploader's description" not in result.detail


@pytest.mark.parametrize(
    ("url", "item"),
    [
        (ITEM, "norvik-slemmestad-eia-2019"),
        ("https://www.archive.org/details/norvik-eia/norvik-eia.pdf", "norvik-eia"),
        ("http://ARCHIVE.ORG/details/norvik-eia?q=quarry#page/n3", "norvik-eia"),
        ("https://archive.org/details/@fjordwatch", None),  # an uploader's own page
        ("https://archive.org/details/", None),
        ("https://archive.org/search?query=norvik", None),
        ("https://web.archive.org/web/2022/https://www.norvikcement.com/", None),  # a Wayback copy
        ("https://archive.org.example/details/norvik-eia", None),
        ("http://[::1/details/norvik-eia", None),  # malformed: no item
        (None, None),
    ],
)
def test_an_internet_archive_item_is_known_by_its_details_path(url: str | None, item: str | None) -> None:
    assert internet_archive_item(url) == item


TEXT_URL = "https://archive.org/stream/norvik-slemmestad-eia-2019/norvik-slemmestad-eia-2019_djvu.txt"
OWN_TEXT = (
    "4.1 The extension would remove 14 hectares of coastal pine forest on the ridge north-east of the\n"
    "present working face."
)


def _with_own_text(text: str, cut: str | None = None) -> SourcePost:
    page = _item_page()
    fields = {INTERNET_ARCHIVE_ITEM_TEXT: text, INTERNET_ARCHIVE_ITEM_TEXT_FROM: TEXT_URL}
    if cut is not None:
        fields[INTERNET_ARCHIVE_ITEM_TEXT_CUT] = cut
    return page.model_copy(update={"fields": fields})


def test_a_quote_the_item_s_own_text_holds_passes_as_the_document_s_words() -> None:
    result = check_quote(_quoting(_with_own_text(OWN_TEXT)))
    assert (result.status, result.detail) == ("pass", f"found {QUOTE!r}")


def test_a_quote_only_the_item_s_own_text_holds_passes() -> None:
    quote = "on the ridge north-east of the present working face"
    result = check_quote(_quoting(_with_own_text(OWN_TEXT), quote=quote))
    assert (result.status, result.detail) == ("pass", f"found {quote!r}")


def test_a_quote_the_item_s_text_read_whole_does_not_hold_is_the_uploader_s() -> None:
    result = check_quote(_quoting(_with_own_text("4.1 The extension would take 11 hectares of pine.")))
    assert result.status == "warn"
    assert result.detail == (
        f"found {QUOTE!r} in the uploader's description, not in the item's own text ({TEXT_URL}), read "
        "whole: open the file (https://archive.org/download/norvik-slemmestad-eia-2019/) and compare the "
        "quote with it"
    )


def test_a_quote_missing_from_a_cut_text_says_it_may_stand_after_the_cut() -> None:
    cut = "its body was cut short; at most 4,000,000 bytes of it are kept"
    in_description = check_quote(_quoting(_with_own_text("Chapter 1. Introduction.", cut)))
    assert in_description.status == "warn"
    assert f"nor in the item's text as far as it was read ({TEXT_URL}: {cut}; " in in_description.detail
    nowhere = check_quote(
        _quoting(
            _with_own_text("Chapter 1. Introduction.", cut), quote="plant 40 hectares of oak", strict=True
        )
    )
    # Not "not found" alone, which fails under --strict-quotes: the text holds part of the document.
    assert nowhere.status == "warn"
    assert (
        f"the item's own text ({TEXT_URL}) was cut ({cut}): the quoted words may stand after"
        in nowhere.detail
    )
