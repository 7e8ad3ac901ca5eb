"""An outlet's name with its word for "news" written on in Japanese, Chinese or Korean (`NHKニュース`,
`CCTV新闻`, `KBS뉴스`), as the author check reads it: the outlet a note names without it."""

from __future__ import annotations

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.models import Citation, Footnote, Platform, SourcePost

URL = "https://www3.nhk.or.jp/news/html/20240312/k10014387651000.html"


def _credited(cited: str, site: str) -> CheckInput:
    """A note crediting `cited`, on a page whose only name is its site's, `site` (no byline)."""
    page = SourcePost(platform=Platform.WEB, url=URL, publisher=site, text="捜索は夜を徹して続ける")
    footnote = Footnote(label="1", text=f"{cited}, 12 March 2024, {URL}", line=5)
    citation = Citation(platform=Platform.WEB, url=URL, author=cited)
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)


@pytest.mark.parametrize(
    ("cited", "site", "status"),
    [
        ("NHK", "NHK\u30cb\u30e5\u30fc\u30b9", "pass"),
        ("CCTV", "CCTV\u65b0\u95fb", "pass"),
        ("KBS", "KBS\ub274\uc2a4", "pass"),
        ("TBS", "NHK\u30cb\u30e5\u30fc\u30b9", "warn"),  # another outlet before the word for news
    ],
)
def test_an_outlet_named_without_its_word_for_news_written_on_is_the_site_s_name(
    cited: str, site: str, status: str
) -> None:
    # `NHK` warned against `NHKニュース` ("NHK News"), where `NHK` passed against `NHK News`.
    assert check_author(_credited(cited, site)).status == status
