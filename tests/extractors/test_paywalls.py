"""Paywalled articles: the page is the cited article (its title, date and byline are right) but the capture
may hold only its opening, so the extractor names the paywall (`partial`) instead of passing it as whole.
Only standard, strong signals count: the article item's `isAccessibleForFree` false (JSON-LD or microdata, or
a `hasPart` marked so), an `article:content_tier` of `locked`, or a subscribe-to-continue prompt in an element
named for a paywall (or a gate) beside a short text. An ordinary page with a Subscribe link, or a site whose
other items say "not free", is not paywalled."""

from __future__ import annotations

import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.quote import check_quote
from provenance.extractors import extract_source
from provenance.models import Citation, Context, Footnote, Platform, SourcePost
from tests.extractors.support import answer, asset

ARTICLE = "https://news.example/2022/01/21/harbour-dredging"


def _read(page: str | bytes, main_text: bool = True) -> SourcePost:
    return extract_source(ARTICLE, (answer(ARTICLE, page),), main_text=main_text)


@pytest.mark.parametrize("main_text", [True, False], ids=["with-quotes", "without-quotes"])
@pytest.mark.parametrize(
    ("page", "said"),
    [
        ("paywall_jsonld.html", "JSON-LD isAccessibleForFree false"),
        ("paywall_microdata.html", "microdata isAccessibleForFree false"),
        ("paywall_has_part.html", "JSON-LD hasPart isAccessibleForFree false (.paywalled-body)"),
    ],
)
def test_an_article_item_marked_not_free_is_a_paywall_and_still_the_article(
    page: str, said: str, main_text: bool
) -> None:
    post = _read(asset(page), main_text)
    assert post.partial == "paywall"
    assert post.partial_detail is not None and said in post.partial_detail
    assert "may hold only its opening" in post.partial_detail
    # Not a page problem: the page is the cited article, and what it says of itself is still read.
    assert post.problem is None
    assert post.title == "Port approves harbour dredging plan"
    assert post.author == "Lina Haddad"
    assert post.published is not None and post.published.date().isoformat() == "2022-01-21"
    assert "deepen the harbour channel" in post.text


@pytest.mark.parametrize(
    "written", ['"False"', '"false"', '" FALSE "', '"https://schema.org/False"', "[false]", '"schema:False"']
)
def test_every_way_json_ld_writes_false_is_read(written: str) -> None:
    marked = asset("paywall_jsonld.html").decode()
    page = marked.replace('"isAccessibleForFree":false', f'"isAccessibleForFree":{written}')
    assert page != marked
    assert _read(page).partial == "paywall"


@pytest.mark.parametrize(
    "page",
    [
        "free_article_accessible_for_free.html",
        "article_jsonld.html",  # a Subscribe link in its navigation
        "short_article_with_subscribe_links.html",
        "paywall_only_in_the_website_item.html",
    ],
)
def test_an_ordinary_free_article_is_no_paywall(page: str) -> None:
    post = _read(asset(page))
    assert post.partial is None and post.partial_detail is None
    assert post.problem is None


@pytest.mark.parametrize("written", ["true", '"True"', '"maybe"', "0", "null", "{}"])
def test_anything_but_false_is_not_read_as_not_free(written: str) -> None:
    page = asset("paywall_jsonld.html").decode()
    page = page.replace('"isAccessibleForFree":false', f'"isAccessibleForFree":{written}')
    page = page.replace('<div class="paywall">', '<div class="promo">')  # the prompt alone is judged below
    assert _read(page).partial is None


def test_a_subscribe_prompt_in_a_paywall_box_beside_a_short_text_is_a_paywall() -> None:
    # No structured data: the page shows its opening and a paywall element asking to subscribe to go on.
    post = _read(asset("paywall_prompt_without_structured_data.html"))
    assert post.partial == "paywall", post.partial_detail
    assert post.partial_detail is not None and "subscribe to continue reading" in post.partial_detail.lower()
    assert post.problem is None


def _without_its_prompt(page: str) -> str:
    start, end = page.index('<div id="regwall-container"'), page.index("</div>") + len("</div>")
    return page[:start] + page[end:]


@pytest.mark.parametrize(
    ("head", "box", "said"),
    [
        # OpenGraph's tier of an article: `locked` is behind the wall.
        ('<meta property="article:content_tier" content="locked">', "", "article:content_tier locked"),
        # A prompt in a box named a gate (a paygate, an article gate) as some sites call their wall.
        (
            "",
            '<div class="article-gate"><p>Subscribe to continue reading.</p></div>',
            "Subscribe to continue",
        ),
        ("", '<div id="paygate"><p>Already a subscriber? Log in.</p></div>', "Already a subscriber"),
    ],
    ids=["content tier locked", "article gate", "paygate"],
)
def test_a_locked_tier_or_a_prompt_in_a_gate_beside_a_short_text_is_a_paywall(
    head: str, box: str, said: str
) -> None:
    # captured passed these as whole articles: a quote from past the opening was "not found", but the
    # footnote's other claims were verified on a capture that holds only the opening.
    page = _without_its_prompt(asset("paywall_prompt_without_structured_data.html").decode())
    post = _read(page.replace("</head>", f"{head}</head>").replace("</h1>", f"</h1>{box}"))
    assert post.partial == "paywall" and post.problem is None
    assert post.partial_detail is not None and said in post.partial_detail


@pytest.mark.parametrize(
    ("box", "said"),
    [
        (
            '<div class="paywall"><h2>Keep reading with a 7-day free trial</h2><p>Subscribe to The Ledger '
            "Letter to keep reading this post and get 7 days of free access to the archives.</p></div>",
            "Keep reading with a 7-day free trial",
        ),
        (
            '<div class="paywall"><p>Subscribe to The Ledger Letter to keep reading this post.</p></div>',
            "Subscribe to The Ledger Letter to keep reading",
        ),
    ],
    ids=["trial", "subscribe to the publication"],
)
def test_substack_s_paywall_prompt_beside_a_short_text_is_a_paywall(box: str, said: str) -> None:
    # A paid Substack post without `isAccessibleForFree` shows its opening and this box: the capture was
    # taken for the whole post, and a quote from past the wall was only "not found verbatim (a paraphrase?)".
    post = _read(
        _without_its_prompt(asset("paywall_prompt_without_structured_data.html").decode()).replace(
            "</h1>", f"</h1>{box}"
        )
    )
    assert post.partial == "paywall" and post.problem is None
    assert post.partial_detail is not None and said in post.partial_detail


@pytest.mark.parametrize(
    ("prompt", "said"),
    [
        (
            "Il vous reste 82.23% de cet article à lire. La suite est réservée aux abonnés.",  # Le Monde
            "Il vous reste 82.23% de cet article à lire",
        ),
        (
            "Il vous reste 85 % de cet article à lire. La suite est réservée aux abonnés.",
            "Il vous reste 85 % de cet article à lire",
        ),
        ("Cet article est réservé aux abonnés. Déjà abonné ? Se connecter", "réservé aux abonnés"),
        ("Jetzt weiterlesen mit SPIEGEL+", "Jetzt weiterlesen mit SPIEGEL+"),
        ("Weiterlesen mit Abo. Sie sind bereits Abonnent? Anmelden", "Weiterlesen mit Abo"),
        ("Suscríbete para seguir leyendo", "Suscríbete para seguir leyendo"),  # El País
        ("Este contenido es exclusivo para suscriptores.", "exclusivo para suscriptores"),
        ("Только для подписчиков. Оформите подписку, чтобы продолжить чтение.", "Только для подписчиков"),
        ("Тільки для передплатників", "Тільки для передплатників"),
        ("Матеріал доступний лише для передплатників", "лише для передплатників"),
        ("Материал доступен только подписчикам", "доступен только подписчикам"),
        ("Article réservé à nos abonnés", "réservé à nos abonnés"),  # Le Monde's badge
        ("Exklusiv für Abonnenten", "Exklusiv für Abonnenten"),
        ("Okumaya devam etmek için abone olun", "Okumaya devam etmek için abone olun"),
        ("اشترك الآن لمواصلة القراءة", "اشترك الآن لمواصلة القراءة"),
    ],
)
def test_a_paywall_s_prompt_in_the_page_s_language_beside_a_short_text_is_a_paywall(
    prompt: str, said: str
) -> None:
    # Only English prompts were read: a French, German, Spanish, Russian, Turkish or Arabic site's paywall,
    # without structured data, was taken for the whole article, and a footnote was verified on its opening.
    box = f'<div class="paywall"><p>{prompt}</p></div>'
    page = _without_its_prompt(asset("paywall_prompt_without_structured_data.html").decode())
    post = _read(page.replace("</h1>", f"</h1>{box}"))
    assert post.partial == "paywall" and post.problem is None
    assert post.partial_detail is not None and said in post.partial_detail


@pytest.mark.parametrize(
    "box",
    [
        '<div class="paywall"><p>Abonnez-vous à notre newsletter.</p></div>',
        '<div class="paywall"><p>Suscríbete a nuestro boletín.</p></div>',
        '<div class="paywall"><p>Подпишитесь на наш канал в Telegram.</p></div>',
        '<div class="paywall"><p>Jetzt weiterlesen.</p></div>',
    ],
)
def test_a_newsletter_box_in_the_page_s_language_is_no_paywall(box: str) -> None:
    page = _without_its_prompt(asset("paywall_prompt_without_structured_data.html").decode())
    assert _read(page.replace("</h1>", f"</h1>{box}")).partial is None


@pytest.mark.parametrize(
    ("head", "box"),
    [
        ('<meta property="article:content_tier" content="metered">', ""),  # shown whole under the meter
        ('<meta property="article:content_tier" content="free">', ""),
        ("", '<div class="gate"><p>Subscribe to our newsletter.</p></div>'),  # no prompt to go on reading
    ],
    ids=["metered", "free", "newsletter gate"],
)
def test_a_metered_or_free_tier_or_a_gate_without_a_prompt_is_no_paywall(head: str, box: str) -> None:
    page = _without_its_prompt(asset("paywall_prompt_without_structured_data.html").decode())
    assert _read(page.replace("</head>", f"{head}</head>").replace("</h1>", f"</h1>{box}")).partial is None


def test_a_subscribe_prompt_in_a_paywall_box_beside_a_whole_article_is_no_paywall() -> None:
    # A metered site shows its prompt box on free articles too: with the whole article there, nothing is cut.
    paragraph = (
        "<p>The authority said the work would begin in the spring and last about eight months, and that"
        " ferries would keep to their timetable while the dredgers worked at night.</p>"
    )
    page = asset("paywall_prompt_without_structured_data.html").decode()
    page = page.replace("</h1>", "</h1>" + paragraph * 12)
    assert _read(page).partial is None


@pytest.mark.parametrize(
    "box",
    [
        '<div class="paywall" hidden><p>Subscribe to continue reading.</p></div>',  # not shown
        # An offer to sign in, which free articles end with too, counts only in a box named for a paywall.
        '<div class="parameter-list"><p>Already a subscriber? Log in.</p></div>',  # not a paywall's name
        '<div class="diameter"><p>Already a subscriber? Log in.</p></div>',
        '<div class="no-paywall"><p>Already a subscriber? Log in.</p></div>',  # a state, not a box
        '<nav class="paywall"><a href="/subscribe">Subscribe to continue reading</a></nav>',  # the site's
        '<div class="paywall"><p>Subscribe to our newsletter.</p></div>',  # no prompt to go on reading
        # Words of an article's own: not a prompt to subscribe to go on reading.
        '<div class="paywall"><p>Subscribe to the plan. Then to keep reading is easy.</p></div>',
    ],
)
def test_a_prompt_or_a_box_alone_is_no_paywall(box: str) -> None:
    page = asset("paywall_prompt_without_structured_data.html").decode()
    start, end = page.index('<div id="regwall-container"'), page.index("</div>") + len("</div>")
    assert _read(page[:start] + box + page[end:]).partial is None


def test_a_page_of_many_paywall_boxes_and_items_is_read_in_bounded_time() -> None:
    boxes = '<div class="paywall meter"><p>Subscribe to continue</p></div>' * 5_000
    item = '{"@type":"NewsArticle","hasPart":[' + '{"isAccessibleForFree":true},' * 50 + "{}]}"
    items = ",".join([item] * 100)
    page = (
        f'<html><head><script type="application/ld+json">[{items}]</script></head><body><article>'
        f"<h1>Port</h1><p>Short text.</p>{boxes}</article></body></html>"
    )
    started = time.process_time()
    post = _read(page)
    assert time.process_time() - started < 10
    # Every box's prompt is text the page shows: far more than an opening.
    assert post.partial is None


def _teaser(prompt: str) -> str:
    """A teaser page: the headline, a byline, an opening paragraph and a prompt in a box no class names a
    paywall's (`story-cta`), with a link to the offers."""
    return asset("paywall_teaser_without_markup.html").decode().replace("{PROMPT}", prompt)


@pytest.mark.parametrize("main_text", [True, False], ids=["with-quotes", "without-quotes"])
@pytest.mark.parametrize(
    ("prompt", "said"),
    [
        ("Subscribe to continue reading.", "Subscribe to continue reading"),
        ("Subscribe now to keep reading. Already a subscriber? Sign in", "Subscribe now to keep reading"),
        ("To continue reading, please subscribe.", "To continue reading, please subscribe"),
        ("Suscríbete para seguir leyendo", "Suscríbete para seguir leyendo"),
        ("Il vous reste 85 % de cet article à lire.", "Il vous reste 85 % de cet article à lire"),
    ],
)
def test_a_subscribe_prompt_closing_a_short_article_in_no_paywall_box_is_a_paywall(
    prompt: str, said: str, main_text: bool
) -> None:
    # No structured data and no box named for a paywall: the teaser was read as the whole article, and a
    # quote from past its opening failed where it should only warn.
    post = _read(_teaser(prompt), main_text)
    assert post.partial == "paywall" and post.problem is None
    assert post.partial_detail is not None and f"a prompt {said!r}" in post.partial_detail


def test_a_quote_from_past_an_unmarked_paywall_s_prompt_warns_that_it_may_be_behind_it() -> None:
    post = _read(_teaser("Subscribe to continue reading."))
    citation = Citation(platform=Platform.WEB, url=ARTICLE)
    quoted = "the dredgers would work at night"
    footnote = Footnote(label="1", text="x", line=3, contexts=(Context(line=1, text="t", quotes=(quoted,)),))
    result = check_quote(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )
    assert result.status == "warn"
    assert "the quoted words may be behind it" in result.detail


@pytest.mark.parametrize(
    "prompt",
    [
        # An offer to sign in, ending free articles too.
        "Already a subscriber? Sign in to see your saved stories.",
        # A newsletter's offer.
        "Subscribe to our morning newsletter to continue reading the day's top stories.",
        # A sentence of the article's own.
        "The fishermen said they would subscribe to the plan if the work stopped at night.",
    ],
)
def test_an_offer_or_a_sentence_closing_a_short_free_article_is_no_paywall(prompt: str) -> None:
    assert _read(_teaser(prompt)).partial is None


def test_an_unnamed_subscribe_prompt_beside_a_whole_article_is_no_paywall() -> None:
    # A metered site's prompt on a free article shown whole: nothing is cut.
    paragraph = (
        "<p>The authority said the work would begin in the spring and last about eight months, and that"
        " ferries would keep to their timetable while the dredgers worked at night.</p>"
    )
    page = _teaser("Subscribe to continue reading.").replace(
        '<div class="story-cta">', paragraph * 12 + '<div class="story-cta">'
    )
    assert _read(page).partial is None
