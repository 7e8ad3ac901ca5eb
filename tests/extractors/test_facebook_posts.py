"""Facebook posts whose page may not be the cited post's words or post: a share with no words of its own,
and a page naming the post by another kind of id (a number for a `pfbid…` link, or the reverse)."""

from __future__ import annotations

import pytest

from provenance.checks import CheckInput
from provenance.checks.captured import check_captured
from provenance.citations import parse_citation
from provenance.extractors import extract_source
from provenance.models import Capture, CaptureOutcome, CheckResult, Footnote, SourcePost
from tests.extractors.support import answer, redirect

PFBID = "https://www.facebook.com/harbour.office/posts/pfbid02abcXYZ"
NUMERIC = "https://www.facebook.com/harbour.office/posts/10158000111"
STORY = "https://www.facebook.com/story.php?story_fbid=10158000111&id=100064"


def _post_page(og_url: str = "", canonical: str = "", description: str = "The bridge is open again.") -> str:
    """A public Facebook post's page as a visitor is served it: its tags name it (or not)."""
    tags = f"<meta property='og:url' content='{og_url}'>" if og_url else ""
    tags += f"<link rel='canonical' href='{canonical}'>" if canonical else ""
    return (
        "<html><head><title>Harbour Office - The bridge is open again. | Facebook</title>"
        "<meta property='og:type' content='article'>"
        f"<meta property='og:description' content='{description}'>{tags}</head><body><div role='main'>"
        "<div role='article'><h2><a href='https://www.facebook.com/harbour.office'>Harbour Office</a></h2>"
        f"<div data-ad-preview='message'><div dir='auto'>{description}</div></div></div></div></body></html>"
    )


def _captured(post: SourcePost, cited: str) -> CheckResult:
    capture = Capture(
        url=cited,
        final_url=cited,
        http_status=200,
        warc="archives/a.warc.gz",
        warc_sha256="0" * 64,
        records=(),
        ip="157.240.1.35",
        started_at="2022-01-21T14:00:00.000Z",
        finished_at="2022-01-21T14:00:01.000Z",
        bytes=1234,
        truncated=False,
    )
    footnote = Footnote(
        label="1", text=f"Harbour Office, Facebook, 21 January 2022, {cited}", line=3, urls=(cited,)
    )
    given = CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        outcome=CaptureOutcome(url=cited, capture=capture),
        live=post,
        source=post,
    )
    return check_captured(given)


@pytest.mark.parametrize(
    ("cited", "named", "kinds"),
    [
        (PFBID, NUMERIC, ("a pfbid", "10158000111 (a numeric id)")),
        (NUMERIC, PFBID, ("a numeric id", "pfbid02abcXYZ (a pfbid)")),
        (STORY, PFBID, ("a numeric id", "pfbid02abcXYZ (a pfbid)")),
    ],
    ids=["pfbid-link-numeric-page", "numeric-link-pfbid-page", "story-link-pfbid-page"],
)
def test_a_page_naming_the_post_only_by_the_other_kind_of_id_is_not_compared_and_captured_warns(
    cited: str, named: str, kinds: tuple[str, str]
) -> None:
    # Facebook's pfbid and numeric ids of one post say nothing of each other: taken as one post, a page of
    # another post passed `captured` (and was verified) on a link that names the cited one by a pfbid.
    post = extract_source(cited, (answer(cited, _post_page(og_url=named, canonical=named)),))
    assert post.problem is None and post.partial == "id-unmatched"
    detail = post.partial_detail or ""
    assert f"({kinds[0]}), the page names itself only as {kinds[1]}" in detail
    assert "whether the page is the cited post could not be compared; compare by hand" in detail
    captured = _captured(post, cited)
    assert captured.status == "warn"
    assert captured.detail.startswith("which post the link names could not be compared: the link names")


def test_a_page_naming_the_cited_pfbid_itself_maps_the_two_ids_and_is_compared_as_any() -> None:
    # Its `og:url` names the link's pfbid, its canonical link the number: the page says they are one post.
    post = extract_source(PFBID, (answer(PFBID, _post_page(og_url=PFBID, canonical=NUMERIC)),))
    assert post.partial is None
    assert _captured(post, PFBID).status == "pass"
    # So does the cited link itself, answered where it asked, naming the number in its tags.
    numeric = extract_source(NUMERIC, (answer(NUMERIC, _post_page(og_url=NUMERIC, canonical=PFBID)),))
    assert numeric.partial is None


def test_a_page_naming_no_post_id_or_one_of_the_link_s_own_kind_is_left_as_read() -> None:
    assert extract_source(PFBID, (answer(PFBID, _post_page()),)).partial is None
    other = "https://www.facebook.com/harbour.office/posts/pfbid07other"
    assert extract_source(PFBID, (answer(PFBID, _post_page(og_url=other)),)).partial is None


def test_a_numeric_link_facebook_redirected_to_a_pfbid_page_is_not_compared() -> None:
    # The answer's address is the pfbid page's, which names only its pfbid: the link's number is not on it.
    post = extract_source(
        NUMERIC, (redirect(NUMERIC, PFBID), answer(PFBID, _post_page(og_url=PFBID, canonical=PFBID)))
    )
    assert post.partial == "id-unmatched"
