"""Facebook posts whose page holds words that are not the cited post's own: a share of another's post."""

from __future__ import annotations

import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.quote import check_quote
from provenance.citations import parse_citation
from provenance.extractors import extract_source
from provenance.extractors.login_walled import the_share_on_a_copy
from provenance.models import CheckResult, Context, Footnote, SourcePost
from tests.extractors.support import answer

SHARE = "https://www.facebook.com/harbour.office/posts/10158000111"
SHARED = "https://www.facebook.com/river.office/posts/10157999000"
THEIRS = "The ferry will not run on Saturday, the river office says."
_SHARE_DATA = (
    '{"top_level_post_id":"10158000111","content_owner_id_new":"100064","original_content_id":"10157999000",'
    '"original_content_owner_id":"100099"}'
).replace('"', "&quot;")


def _share_page(heading: str, own: str = "", description: str = THEIRS) -> str:
    """m.facebook.com's page of a share as a visitor is served it: the sharer's `<article>`, its header saying
    what it shares, its own words (if any), the shared post's `<article>` inside it, then the comments."""
    own_words = f"<div><p>{own}</p></div>" if own else ""
    return (
        "<html><head><title>Harbour Office | Facebook</title>"
        "<meta property='og:title' content='Harbour Office'>"
        f"<meta property='og:description' content='{description}'>"
        f"<meta property='og:url' content='{SHARE}'></head><body><div id='m_story_permalink_view'>"
        f'<article data-ft="{_SHARE_DATA}"><header><h3>{heading}</h3>'
        "<abbr>January 21 at 9:00 AM</abbr></header>"
        f"{own_words}<article><header><h3><strong><a href='/river.office'>River Office</a></strong></h3>"
        f"<abbr>December 30, 2021</abbr></header><div><p>{THEIRS}</p></div></article></article>"
        "<div id='ufi_10158000111'><h3><a href='/ivan.troll'>Ivan Troll</a></h3><div>Nonsense.</div></div>"
        "</div></body></html>"
    )


_SHARED_THEIR_POST = (
    "<strong><a href='/harbour.office'>Harbour Office</a></strong> shared "
    f"<a href='/river.office'>River Office</a>&#039;s <a href='{SHARED}'>post</a>."
)
_SHARED_A_POST = (
    f"<strong><a href='/harbour.office'>Harbour Office</a></strong> shared a <a href='{SHARED}'>post</a>."
)


def _checked(post: SourcePost, credited: str, quote: str) -> tuple[CheckResult, CheckResult]:
    """`quote` and `author` on `post` for a note crediting `credited` with `quote`."""
    footnote = Footnote(
        label="1",
        text=f"{credited}, Facebook, 21 January 2022, {SHARE}",
        line=3,
        urls=(SHARE,),
        contexts=(Context(line=1, text=f"{credited} wrote: \u201c{quote}\u201d", quotes=(quote,)),),
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, live=post, source=post
    )
    return check_quote(given), check_author(given)


@pytest.mark.parametrize("heading", [_SHARED_THEIR_POST, _SHARED_A_POST], ids=["their-post", "a-post"])
def test_a_share_without_words_of_its_own_gives_the_shared_post_s_words_as_theirs_never_the_sharer_s(
    heading: str,
) -> None:
    # Facebook describes a share with no words of its own by the shared post's words: read as the share's,
    # a quote of River Office's words credited to Harbour Office, which only shared them, passed `quote`.
    post = extract_source(SHARE, (answer(SHARE, _share_page(heading)),))
    assert post.problem is None and post.text == ""
    assert (post.fields["quoted_post"], post.fields["quoted_post_author"]) == (THEIRS, "River Office")
    assert post.fields["quoted_post_uri"] == SHARED
    assert (post.fields["forwarded_from"], post.fields["forwarded_from_url"]) == ("River Office", SHARED)
    quote, author = _checked(post, "Harbour Office", "The ferry will not run on Saturday")
    assert quote.status == "warn"
    assert "not in the source's own words but in the post it shares (River Office)" in (quote.detail or "")
    assert author.status == "warn" and "the words are theirs" in (author.detail or "")
    # Credited to River Office, the words are theirs, but the post captured is Harbour Office's share.
    quote, author = _checked(post, "River Office", "The ferry will not run on Saturday")
    assert quote.status == "warn" and author.status == "warn"
    assert f"cite the original post ({SHARED})" in (author.detail or "")


def test_a_share_with_words_of_its_own_is_the_sharer_s_post_the_shared_words_kept_apart() -> None:
    own = "Please plan your trips: the ferry is out this weekend."
    post = extract_source(SHARE, (answer(SHARE, _share_page(_SHARED_THEIR_POST, own=own, description=own)),))
    assert post.text == own and post.fields["quoted_post"] == THEIRS
    assert "forwarded_from" not in post.fields
    quote, author = _checked(post, "Harbour Office", "the ferry is out this weekend")
    assert quote.status == "pass" and author.status == "pass"
    quote, _ = _checked(post, "Harbour Office", "The ferry will not run on Saturday")
    assert quote.status == "warn" and "(River Office)" in (quote.detail or "")


def test_a_shared_link_s_words_are_its_preview_s_not_the_sharer_s() -> None:
    heading = (
        "<strong><a href='/harbour.office'>Harbour Office</a></strong> shared "
        "<a href='/river.office'>River Office</a>&#039;s link."
    )
    post = extract_source(SHARE, (answer(SHARE, _share_page(heading)),))
    assert post.text == "" and post.fields["link_preview"] == THEIRS
    assert "forwarded_from" not in post.fields and "quoted_post" not in post.fields
    quote, _ = _checked(post, "Harbour Office", "The ferry will not run on Saturday")
    assert quote.status == "warn" and "its preview of the page it links to" in (quote.detail or "")


def test_a_post_whose_heading_says_shared_without_naming_a_sharer_by_link_is_no_share() -> None:
    page = _share_page("Why we shared the post").replace(
        "<article><header><h3><strong><a href='/river.office'>River Office</a></strong></h3>", "<div><header>"
    )
    post = extract_source(SHARE, (answer(SHARE, page),))
    assert post.text == THEIRS and "quoted_post" not in post.fields


def test_a_share_s_heading_of_hostile_length_is_read_fast() -> None:
    heading = "<a href='/x'>x</a> shared " + "a " * 100_000 + "post."
    started = time.process_time()
    post = extract_source(SHARE, (answer(SHARE, _share_page(heading)),))
    assert time.process_time() - started < 2
    assert "quoted_post" not in post.fields


_SHARER = "<strong><a href='/harbour.office'>Harbour Office</a></strong> "
_SHARED_IN_OTHER_LANGUAGES = {
    "french": f"{_SHARER}a partag\u00e9 une <a href='{SHARED}'>publication</a>.",
    "french, whose": (
        f"{_SHARER}a partag\u00e9 la <a href='{SHARED}'>publication</a> de "
        "<a href='/river.office'>River Office</a>."
    ),
    "german": f"{_SHARER}hat einen <a href='{SHARED}'>Beitrag</a> geteilt.",
    "german, whose": (
        f"{_SHARER}hat den <a href='{SHARED}'>Beitrag</a> von "
        "<a href='/river.office'>River Office</a> geteilt."
    ),
    "spanish": f"{_SHARER}comparti\u00f3 una <a href='{SHARED}'>publicaci\u00f3n</a>.",
    "russian": f"{_SHARER}\u043f\u043e\u0434\u0435\u043b\u0438\u043b\u0441\u044f <a href='{SHARED}'>"
    "\u043f\u0443\u0431\u043b\u0438\u043a\u0430\u0446\u0438\u0435\u0439</a>.",
    "ukrainian": f"{_SHARER}\u043f\u043e\u0434\u0456\u043b\u0438\u0432\u0441\u044f <a href='{SHARED}'>"
    "\u0434\u043e\u043f\u0438\u0441\u043e\u043c</a>.",
    "italian": f"{_SHARER}ha condiviso un <a href='{SHARED}'>post</a>.",
    "italian, whose": (
        f"{_SHARER}ha condiviso il <a href='{SHARED}'>post</a> di <a href='/river.office'>River Office</a>."
    ),
    "portuguese": f"{_SHARER}compartilhou uma <a href='{SHARED}'>publica\u00e7\u00e3o</a>.",
    "portuguese, whose": (
        f"{_SHARER}compartilhou a <a href='{SHARED}'>publica\u00e7\u00e3o</a> de "
        "<a href='/river.office'>River Office</a>."
    ),
    "polish": f"{_SHARER}udost\u0119pni\u0142 <a href='{SHARED}'>post</a>.",
    "polish, whose": (
        f"{_SHARER}udost\u0119pni\u0142a <a href='{SHARED}'>post</a> u\u017cytkownika "
        "<a href='/river.office'>River Office</a>."
    ),
    "turkish": f"{_SHARER}bir <a href='{SHARED}'>g\u00f6nderi</a> payla\u015ft\u0131.",
}


@pytest.mark.parametrize("heading", list(_SHARED_IN_OTHER_LANGUAGES))
def test_a_share_whose_header_is_in_the_visitor_s_language_gives_the_shared_words_as_theirs(
    heading: str,
) -> None:
    # Only the English header (" shared ") was read: a French visitor's page of a share was the sharer's
    # post, Facebook's description of it (the shared post's words) its own, and a quote of River Office's
    # words credited to Harbour Office passed `quote`.
    post = extract_source(SHARE, (answer(SHARE, _share_page(_SHARED_IN_OTHER_LANGUAGES[heading])),))
    assert post.text == "" and post.author == "Harbour Office"
    assert (post.fields["quoted_post"], post.fields["quoted_post_author"]) == (THEIRS, "River Office")
    assert post.fields["forwarded_from"] == "River Office"
    quote, author = _checked(post, "Harbour Office", "The ferry will not run on Saturday")
    assert quote.status == "warn" and author.status == "warn"


@pytest.mark.parametrize(
    "heading",
    [
        "a partag\u00e9 un lien.",
        "ha condiviso un link.",
        "compartilhou um link.",
        "udost\u0119pni\u0142 link.",
        "bir ba\u011flant\u0131 payla\u015ft\u0131.",
    ],
    ids=["fr", "it", "pt", "pl", "tr"],
)
def test_a_shared_link_in_another_language_is_its_preview_s(heading: str) -> None:
    post = extract_source(SHARE, (answer(SHARE, _share_page(f"{_SHARER}{heading}")),))
    assert post.text == "" and post.fields["link_preview"] == THEIRS


@pytest.mark.parametrize(
    "heading",
    [
        # The sharer's link first, then words that only look like a share's.
        f"{_SHARER}a partag\u00e9 une publication sur le ferry et bien d'autres choses encore ce matin.",
        # A heading opening with no link: no sharer named.
        "Nous avons partag\u00e9 une publication.",
    ],
    ids=["more words", "no sharer"],
)
def test_a_heading_that_only_looks_like_a_share_in_another_language_is_none(heading: str) -> None:
    post = extract_source(SHARE, (answer(SHARE, _share_page(heading)),))
    assert "quoted_post" not in post.fields and post.text == THEIRS


def _www_share_page(heading: str) -> str:
    """www.facebook.com's page of a share as a browser draws it: posts in `<div role="article">`, their
    words in `<div dir="auto">`s, no `<p>`."""
    return (
        "<html><head><title>Harbour Office | Facebook</title>"
        f"<meta property='og:description' content='{THEIRS}'><meta property='og:url' content='{SHARE}'>"
        "</head><body><div role='main'><div role='article' aria-posinset='1'>"
        f"<h2><span>{heading}</span></h2><span><a href='{SHARE}'>January 21 at 9:00 AM</a></span>"
        "<div role='article'><h3><span><a href='/river.office'>River Office</a></span></h3>"
        f"<div data-ad-preview='message'><div dir='auto'>{THEIRS}</div></div></div></div>"
        "<div role='article' aria-label='Comment by Ivan Troll'><a href='/ivan.troll'>Ivan Troll</a>"
        "<div dir='auto'>Nonsense.</div></div></div></body></html>"
    )


@pytest.mark.parametrize("heading", [_SHARED_A_POST, _SHARED_IN_OTHER_LANGUAGES["german"]], ids=["en", "de"])
def test_a_share_in_www_facebook_s_markup_gives_the_shared_words_as_theirs(heading: str) -> None:
    # www.facebook.com's posts are `<div role="article">`s, their words in no `<p>`: the shared post was not
    # found inside the share, and the description, its words, was the sharer's own.
    post = extract_source(SHARE, (answer(SHARE, _www_share_page(heading)),))
    assert post.text == "" and post.author == "Harbour Office"
    assert (post.fields["quoted_post"], post.fields["quoted_post_author"]) == (THEIRS, "River Office")
    quote, _ = _checked(post, "Harbour Office", "The ferry will not run on Saturday")
    assert quote.status == "warn"


_ARCHIVE_BANNER = (
    "<div id='HEADER'><table><tr><td>archive.today webpage capture</td>"
    f"<td>Saved from <input type='text' name='q' value='{SHARE}'></td></tr></table></div>"
)


@pytest.mark.parametrize(
    "cited", ["https://archive.ph/AbCd1", f"https://archive.ph/2022.01.21-093018/{SHARE}"]
)
@pytest.mark.parametrize("heading", [_SHARED_A_POST, _SHARED_IN_OTHER_LANGUAGES["french"]], ids=["en", "fr"])
def test_archive_today_s_copy_of_a_share_credits_the_sharer_with_none_of_the_shared_words(
    cited: str, heading: str
) -> None:
    # Already right (pinned): archive.today's copy of a share (its short link or its dated one) is no page
    # of the sharer's words: a quote of the shared post's words credited to the sharer never passes.
    from provenance.sources import _read_live

    page = (
        _share_page(heading)
        .replace("<body>", f"<body>{_ARCHIVE_BANNER}<div id='CONTENT'>", 1)
        .replace("</body>", "</div></body>")
    )
    post, usable = _read_live(cited, (answer(cited, page),))
    assert post is not None and usable
    assert THEIRS not in post.text and post.author != "Harbour Office"
    quote, author = _checked(post, "Harbour Office", "The ferry will not run on Saturday")
    assert quote.status == "warn" and author.status != "pass"


def _archive_today_copy(heading: str) -> str:
    """archive.today's copy of the share's page: its banner, the page inside `#CONTENT`, its links to Facebook
    rewritten through the archive (`/o/<code>/<URL>`)."""
    return (
        _share_page(heading)
        .replace("<body>", f"<body>{_ARCHIVE_BANNER}<div id='CONTENT'>", 1)
        .replace("</body>", "</div></body>")
        .replace("href='/", "href='https://archive.ph/o/AbCd1/https://www.facebook.com/")
    )


@pytest.mark.parametrize(
    "heading",
    [_SHARED_A_POST, _SHARED_THEIR_POST, _SHARED_IN_OTHER_LANGUAGES["italian"]],
    ids=["a", "their", "it"],
)
def test_archive_today_s_copy_of_a_share_names_whose_words_a_quote_of_the_shared_post_is(
    heading: str,
) -> None:
    # Read as a page of no post's alone (its text and byline set aside), the copy of a share said of a quote
    # of the shared post's words only "not found verbatim": whose they are, and that the post shares them,
    # unsaid.
    from provenance.sources import _read_live

    cited = f"https://archive.ph/2022.01.21-093018/{SHARE}"
    page = _archive_today_copy(heading)
    post, _ = _read_live(cited, (answer(cited, page),))
    assert post is not None
    shown = the_share_on_a_copy(SHARE, page, cited)
    assert (shown["quoted_post"], shown["quoted_post_author"]) == (THEIRS, "River Office")
    assert shown["a share of"].startswith("River Office's post")
    assert "forwarded_from" not in shown  # the copy's byline is not the post's alone: `author` stays unsure
    read = post.model_copy(update={"fields": {**post.fields, **shown}})
    quote, author = _checked(read, "Harbour Office", "The ferry will not run on Saturday")
    assert quote.status == "warn"
    assert "not in the source's own words but in the post it shares (River Office)" in (quote.detail or "")
    assert author.status != "pass"


def test_a_share_another_account_made_on_the_copy_of_a_post_names_nothing_of_it() -> None:
    # The copy is the page as its scripts drew it, other posts among the cited one: a share whose sharer is
    # not the cited link's account is another post's.
    page = _archive_today_copy(_SHARED_A_POST.replace("/harbour.office", "/ferry.fans"))
    cited = f"https://archive.ph/2022.01.21-093018/{SHARE}"
    assert the_share_on_a_copy(SHARE, page, cited) == {}
    assert the_share_on_a_copy(SHARE, _archive_today_copy(_SHARED_A_POST), cited) != {}


@pytest.mark.parametrize("heading", [_SHARED_A_POST, _SHARED_IN_OTHER_LANGUAGES["french"]], ids=["en", "fr"])
def test_archive_today_s_copy_of_a_share_says_a_quote_of_the_shared_post_is_in_the_post_it_shares(
    heading: str,
) -> None:
    from provenance.sources import _read_live

    cited = f"https://archive.ph/2022.01.21-093018/{SHARE}"
    post, _ = _read_live(cited, (answer(cited, _archive_today_copy(heading)),))
    assert post is not None and post.text == "" and post.author is None
    quote, author = _checked(post, "Harbour Office", "The ferry will not run on Saturday")
    assert quote.status == "warn"
    assert "not in the source's own words but in the post it shares (River Office)" in (quote.detail or "")
    assert author.status != "pass"
