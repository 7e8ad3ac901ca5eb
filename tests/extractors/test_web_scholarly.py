"""What a scholarly landing page says of its days: a journal article's day online before its issue's, and a
medRxiv or bioRxiv preprint's versions.

A journal's page gives the day its issue came out (`citation_publication_date`, the page's publication day,
as a note in Vancouver style cites it) and the day the article went online before it
(`citation_online_date`, the "Published 05 March 2024" it shows): that one is kept in
`fields["online first"]`. medRxiv's unversioned link shows the latest version, which its metadata dates; the
page links the earlier ones with their days (`Version 1 (March 12, 2024).`): read into
`fields["preprint versions"]`, as arXiv's submission history is.
"""

from __future__ import annotations

import time

from provenance.extractors import extract_source
from provenance.extractors.pages import parse_html
from provenance.extractors.web import _rxiv_versions
from provenance.models import SourcePost
from tests.extractors.support import answer

ARTICLE = "https://www.bmj.com/content/384/bmj-2023-077412"
PREPRINT = "https://www.medrxiv.org/content/10.1101/2024.03.11.24304050"


def _article(online: str = "2024/03/05", issue: str = "2024/03/16") -> str:
    return (
        "<html><head><title>Risk of GBS after RSV vaccination | The BMJ</title>"
        "<meta name='citation_title' content='Risk of GBS after RSV vaccination'>"
        "<meta name='citation_author' content='Ingrid Solberg'>"
        "<meta name='citation_journal_title' content='BMJ'>"
        f"<meta name='citation_publication_date' content='{issue}'>"
        f"<meta name='citation_online_date' content='{online}'></head><body>"
        "<h1>Risk of GBS after RSV vaccination</h1><p>BMJ 2024; 384 (Published 05 March 2024)</p>"
        "<p>We found an excess of 7.8 cases per million doses.</p></body></html>"
    )


def _read(url: str, html: str) -> SourcePost:
    return extract_source(url, (answer(url, html),))


VERSIONS = (
    "<div class='panel-pane pane-highwire-versions'><h2 class='pane-title'>Version history</h2>"
    "<div class='pane-content'><div class='hw-versions'><ul>"
    "<li class='first'><a href='/content/10.1101/2024.03.11.24304050v1'>Version 1</a> (March 12, 2024).</li>"
    "<li class='last'><a href='/content/10.1101/2024.03.11.24304050v2' class='active'>Version 2</a>"
    " (April 02, 2024).</li></ul></div></div></div>"
)


def _preprint(versions: str = VERSIONS, canonical: str = f"{PREPRINT}v2") -> str:
    return (
        "<html><head><title>GBS after RSVPreF3 vaccination | medRxiv</title>"
        "<meta name='citation_title' content='GBS after RSVPreF3 vaccination'>"
        "<meta name='citation_author' content='Sarah Okonjo'>"
        "<meta name='citation_publication_date' content='2024/01/01'>"
        "<meta name='citation_online_date' content='2024/04/02'>"
        f"<link rel='canonical' href='{canonical}'></head><body>"
        "<h1>GBS after RSVPreF3 vaccination</h1>"
        "<div class='panel-pane pane-custom pane-1'><div class='pane-content'>Posted&nbsp;April 02, 2024."
        f"</div></div>{versions}<p>9 excess cases per million doses.</p></body></html>"
    )


def test_a_journal_article_s_day_online_before_its_issue_s_is_kept_beside_it() -> None:
    article = _read(ARTICLE, _article())
    assert (str(article.published.date()) if article.published else None, article.published_from) == (
        "2024-03-16",
        "meta citation_publication_date",
    )
    assert article.fields["online first"] == "2024-03-05"
    # Not the same day, nor a later one (a preprint server's latest version's day, as arXiv's page gives it).
    for online in ("2024/03/16", "2024/04/02", "2024/02/30", "soon"):
        assert "online first" not in _read(ARTICLE, _article(online=online)).fields, online


def test_a_medrxiv_page_s_versions_are_read_with_their_days() -> None:
    assert _read(PREPRINT, _preprint()).fields["preprint versions"] == "v1 2024-03-12 | v2 2024-04-02"
    # Another preprint's versions are not its own; nor are the days of a blog quoting medRxiv's list.
    other = VERSIONS.replace("2024.03.11.24304050", "2023.12.01.23299999")
    assert "preprint versions" not in _read(PREPRINT, _preprint(other, canonical=PREPRINT)).fields
    assert "preprint versions" not in _read("https://blog.example/2024/04/gbs", _preprint()).fields
    # A first version's page links the current one ("View current version of this article"), with no day.
    current = (
        "<div class='highwire-preprint-replaced'><a href='/content/10.1101/2024.03.11.24304050v2'>"
        "View current version of this article</a></div>"
    )
    post = _read(f"{PREPRINT}v1", _preprint(current, canonical=f"{PREPRINT}v1"))
    assert "preprint versions" not in post.fields


def test_the_version_shown_is_dated_by_its_posted_line_where_its_list_does_not_date_it() -> None:
    # Only the earlier versions linked, with their days; the page's own version named by its canonical link.
    earlier = VERSIONS.split("<li class='last'>")[0] + "</ul></div></div></div>"
    post = _read(f"{PREPRINT}v2", _preprint(earlier))
    assert post.fields["preprint versions"] == "v1 2024-03-12 | v2 2024-04-02"
    biorxiv = "https://www.biorxiv.org/content/10.1101/2024.03.11.24304050"
    assert _read(biorxiv, _preprint(earlier)).fields["preprint versions"] == "v1 2024-03-12 | v2 2024-04-02"


def test_a_hostile_version_list_is_read_in_linear_time() -> None:
    links = "<a href='/content/10.1101/2024.03.11.24304050v1'>March 12, </a>" * 5_000
    words = "Posted " * 10_000 + "March 1, " * 10_000 + "v" * 100_000
    tree = parse_html(f"<ul><li>{links}{words}</li></ul>")
    started = time.perf_counter()
    assert _rxiv_versions(PREPRINT, f"{PREPRINT}v2", tree, words) is None
    assert time.perf_counter() - started < 1
    # Each link followed by an element holding the next: its words are not read again for each.
    nested = "<div><a href='/content/10.1101/2024.03.11.24304050v1'>v</a>" * 2_000 + "x" * 100_000
    tree = parse_html(nested + "</div>" * 2_000)
    started = time.perf_counter()
    assert _rxiv_versions(PREPRINT, f"{PREPRINT}v2", tree, "") is None
    assert time.perf_counter() - started < 1


def test_the_version_a_medrxiv_page_shows_is_named_beside_its_versions() -> None:
    # Its metadata's day is that version's: a failed date names it, and says "posted", medRxiv's word.
    assert _read(PREPRINT, _preprint()).fields["preprint version shown"] == "v2"
    biorxiv = "https://www.biorxiv.org/content/10.1101/2024.03.11.24304050v2"
    assert _read(biorxiv, _preprint(canonical=biorxiv)).fields["preprint version shown"] == "v2"
    # Neither its canonical link nor its address numbers it: the latest, unnamed.
    assert "preprint version shown" not in _read(PREPRINT, _preprint(canonical=PREPRINT)).fields
    # Another site's page, or a page listing no versions: none.
    assert "preprint version shown" not in _read("https://blog.example/2024/04/gbs", _preprint()).fields
    assert "preprint version shown" not in _read(f"{PREPRINT}v2", _preprint(versions="")).fields
