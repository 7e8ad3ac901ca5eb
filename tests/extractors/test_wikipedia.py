"""A Wikipedia article cited by a permanent link to one revision is dated by that revision, never by the
article's JSON-LD (its first edit, its latest)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from provenance.extractors import extract_source, extractor_for
from provenance.extractors.wikipedia import WikipediaRevisionExtractor, cited_revision, revision_time
from tests.extractors.support import answer

OLD_REVISION = (
    Path(__file__).parent.parent / "assets" / "fact_checker_7" / "wikipedia_oldid.html"
).read_text(encoding="utf-8")
PERMANENT = "https://en.wikipedia.org/w/index.php?title=Respiratory_syncytial_virus_vaccine&oldid=1211876543"


def _read(url: str, html: str) -> tuple[dt.datetime | None, str | None, dict[str, str]]:
    post = extract_source(url, (answer(url, html),))
    return post.published, post.published_from, post.fields


def test_a_permanent_link_s_page_is_dated_by_its_revision_not_by_the_article_s_first_edit() -> None:
    published, published_from, fields = _read(PERMANENT, OLD_REVISION)
    assert published == dt.datetime(2024, 3, 3, 14, 2, tzinfo=dt.UTC)
    assert published_from == "the time of revision 1211876543, as the page shows it"
    # The article's latest edit is not the shown revision's: kept under a name that says so.
    assert "modified" not in fields
    assert fields["article's modified"] == "2024-12-11T09:30:12Z"


@pytest.mark.parametrize(
    ("url", "revision"),
    [
        (PERMANENT, "1211876543"),
        ("https://en.wikipedia.org/wiki/Respiratory_syncytial_virus_vaccine?oldid=1211876543", "1211876543"),
        ("https://en.m.wikipedia.org/wiki/Special:PermanentLink/1211876543", "1211876543"),
        ("https://de.wikipedia.org/wiki/Spezial:Permanenter_Link/1211876543", None),  # not read here
        # A diff shows two revisions, neither the page alone.
        ("https://en.wikipedia.org/w/index.php?title=X&diff=1211876543&oldid=1211000000", None),
        ("https://en.wikipedia.org/wiki/Respiratory_syncytial_virus_vaccine", None),
        ("https://wikipedia.example.org/w/index.php?oldid=1211876543", None),
    ],
)
def test_a_permanent_link_names_its_revision(url: str, revision: str | None) -> None:
    assert cited_revision(url) == revision
    assert isinstance(extractor_for(url), WikipediaRevisionExtractor) == (revision is not None)


def test_a_page_showing_another_revision_than_the_cited_one_gives_no_time() -> None:
    other = OLD_REVISION.replace('"wgRevisionId":1211876543', '"wgRevisionId":1262110045')
    published, published_from, _ = _read(PERMANENT, other)
    assert (published, published_from) == (None, None)


def test_a_revision_line_in_a_form_not_read_gives_no_time_rather_than_the_article_s() -> None:
    german = OLD_REVISION.replace("14:02, 3 March 2024", "14:02, 3. M\u00e4r. 2024")
    published, published_from, _ = _read(PERMANENT, german)
    assert (published, published_from) == (None, None)


def test_a_hostile_revision_line_is_read_fast() -> None:
    hostile = OLD_REVISION.replace("14:02, 3 March 2024", "1:2, " * 25_000)
    started = time.perf_counter()
    assert revision_time(hostile, "1211876543") is None
    assert time.perf_counter() - started < 1.0
