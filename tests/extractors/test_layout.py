"""Where an element stands in a page (`provenance.extractors.layout`): the site's chrome, hidden elements,
side blocks named by class or id, and the bounded walk to the elements around one."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Iterator

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.extractors import layout
from provenance.extractors.layout import Chrome, ancestors, holders


def _node(html: str, selector: str = "#it") -> LexborNode:
    node = LexborHTMLParser(html).css_first(selector)
    assert node is not None
    return node


def _holds(chrome: Chrome, node: LexborNode, by_element: bool = True) -> bool:
    return chrome.holds(node, node.attributes, by_element)


def _ids(html: str, selector: str) -> list[str]:
    return [node.attributes.get("id") or "" for node in LexborHTMLParser(html).css(selector)]


def test_the_ancestor_walk_goes_innermost_first_and_stops_at_its_limit() -> None:
    node = _node("<div id=a><section id=b><p id=it>x</p></section></div>")
    assert [around.tag for around in ancestors(node)] == ["p", "section", "div", "body", "html", "-document"]
    assert [around.tag for around in ancestors(node, limit=2)] == ["p", "section"]
    assert list(ancestors(None)) == []
    deep = _node("<div>" * 2000 + "<p id=it>x</p>" + "</div>" * 2000)
    assert len(list(ancestors(deep))) == 512 + 16, "a crafted page cannot make the walk long"


def test_the_frame_is_the_anchors_and_every_element_around_them() -> None:
    tree = LexborHTMLParser("<div class=wrap><header><h1 id=it>Title</h1></header></div><aside>x</aside>")
    heading, aside = tree.css_first("h1"), tree.css_first("aside")
    assert heading is not None and aside is not None
    frame = holders((heading, None))
    assert len(frame) == len(["h1", "header", "div", "body", "html", "-document"])
    assert frame == {node.mem_id for node in ancestors(heading)}
    assert aside.mem_id not in frame
    assert holders((None,)) == set()


def test_chrome_is_found_by_element_or_by_its_aria_role() -> None:
    banner = Chrome("nav", "header")
    assert _holds(banner, _node("<nav id=it>x</nav>"))
    assert _holds(banner, _node("<div id=it role=' Banner '>x</div>")), "a role read as a browser reads it"
    assert not _holds(banner, _node("<footer id=it>x</footer>")), "a part not asked for"
    assert not _holds(banner, _node("<div id=it role=main>x</div>"))
    # An element counted only by its role (an article's own footer, say) is chrome only with one.
    assert not _holds(banner, _node("<nav id=it>x</nav>"), by_element=False)
    assert _holds(banner, _node("<nav id=it role=navigation>x</nav>"), by_element=False)


def test_the_chrome_selector_finds_the_parts_by_element_and_by_role_as_written() -> None:
    page = (
        "<nav id=n>x</nav><header id=h>x</header><div id=r role=banner>x</div><footer id=f>x</footer>"
        "<div id=c role=Banner>x</div><p id=p>x</p>"
    )
    assert _ids(page, Chrome("nav", "header").selector) == ["n", "h", "r"]


def test_an_element_is_hidden_by_its_attribute_aria_or_style_whatever_its_spacing() -> None:
    for hidden in (
        "<div id=it hidden>x</div>",
        "<div id=it aria-hidden=TRUE>x</div>",
        "<div id=it style='color: red; display : none'>x</div>",
        "<div id=it style='VISIBILITY:hidden'>x</div>",
    ):
        assert layout.hides(_node(hidden).attributes), hidden
    for shown in (
        "<div id=it aria-hidden=false>x</div>",
        "<div id=it style='display:block'>x</div>",
        "<div id=it class=hidden-xs>x</div>",
        "<div id=it style='" + "color:red;" * 30 + "display:none'>x</div>",  # past the style read
    ):
        assert not layout.hides(_node(shown).attributes), shown


def test_an_element_is_shown_outside_chrome_when_nothing_around_it_is_hidden_or_chrome() -> None:
    chrome = Chrome("nav", "footer")
    assert chrome.shows(_node("<main><div><p id=it>x</p></div></main><nav>menu</nav>"))
    assert not chrome.shows(_node("<nav><div><p id=it>x</p></div></nav>"))
    assert not chrome.shows(_node("<div role=contentinfo><p id=it>x</p></div>"))
    assert not chrome.shows(_node("<div style='display: none'><p id=it>x</p></div>"))
    assert not chrome.shows(_node("<p id=it hidden>x</p>"))
    assert chrome.shows(_node("<aside><p id=it>x</p></aside>")), "a part not asked for"


def test_the_hidden_selector_finds_each_way_of_hiding_an_element() -> None:
    page = (
        "<div id=a hidden>x</div><div id=b aria-hidden=true>x</div><div id=c style='Display: None'>x</div>"
        "<div id=d style='visibility:hidden'>x</div><div id=e style='display:block'>x</div>"
        "<dialog id=f>x</dialog><dialog id=g open>x</dialog>"
    )
    assert _ids(page, layout.HIDDEN_SELECTOR) == ["a", "b", "c", "d", "f"]


def test_candidates_are_elements_whose_class_or_id_contains_a_part_in_any_case() -> None:
    page = "<div id=a class=TopPaywall>x</div><div id=x-paywall-2>x</div><div id=c class=wall>x</div>"
    assert _ids(page, layout.class_or_id_containing(("paywall",))) == ["a", "x-paywall-2"]


def test_class_words_are_split_at_dashes_underscores_and_capitals_and_states_are_passed_over() -> None:
    assert list(layout.naming_words("c-more-stories__list relatedStories")) == [
        ["c", "more", "stories", "list"],
        ["related", "stories"],
    ]
    assert list(layout.naming_words("has-sidebar no-comments is-latest category-comment tag-trending")) == []
    assert len(list(layout.naming_words("a " * 100))) == 20, "the first 20 tokens"
    assert list(layout.naming_words("x" * 300)) == [["x" * 200]], "the first 200 characters"


def test_a_class_names_a_word_or_two_words_joined_never_a_part_of_a_word() -> None:
    names = frozenset(("paywall", "tpmodal", "meter"))
    assert layout.names_one_of("article tp-modal", names)
    assert layout.names_one_of("site-paywall", names)
    assert not layout.names_one_of("diameter parameter-list", names)
    assert not layout.names_one_of("no-paywall", names)


def test_a_side_block_is_named_by_a_word_of_its_class_or_id() -> None:
    for side in (
        "<div id=it class=comments-area>x</div>",
        "<ul id=it class=relatedStories>x</ul>",
        "<div id=disqus_thread>x</div>",
        "<section id=it class='widget most-read'>x</section>",
    ):
        assert layout.names_side_block(_node(side, "div, ul, section").attributes), side
    for content in (
        "<div id=it class=commentary>x</div>",
        "<div id=it class='has-sidebar no-comments'>x</div>",
        "<article id=it class='post category-comment'>x</article>",
    ):
        assert not layout.names_side_block(_node(content).attributes), content


def test_a_section_hidden_until_found_is_shown_and_any_other_hidden_one_is_not() -> None:
    # `hidden="until-found"` (a mobile Wikipedia page's collapsed sections) is found by find-in-page and
    # opened by a click: its words are the page's. Every other `hidden` value hides as `display:none` does.
    page = (
        "<section id=a hidden=until-found>a</section><section id=b hidden='Until-Found'>b</section>"
        "<p id=c hidden>c</p><p id=d hidden=''>d</p><p id=e hidden=hidden>e</p><p id=f>f</p>"
    )
    assert _ids(page, layout.HIDDEN_SELECTOR) == ["c", "d", "e"]
    assert [layout.hides(_node(page, f"#{name}").attributes) for name in "abcdef"] == [
        False,
        False,
        True,
        True,
        True,
        False,
    ]


def test_a_stylesheet_hides_a_bare_class_or_id_it_sets_to_display_none_or_visibility_hidden() -> None:
    css = ".gone{display:none} #note, .aside-x { Visibility : Hidden !important } .keep{color:red}"
    assert layout.stylesheet_hiding(css)[0] == frozenset((".gone", "#note", ".aside-x"))


def test_a_stylesheet_hides_nothing_a_reader_may_see_or_hear() -> None:
    # A screen reader reads a clipped or off-screen text aloud, and a text at opacity 0 fades in once the
    # page has loaded: a reader sees or hears each; so are rules this reader does not resolve.
    css = (
        ".sr-only{position:absolute;width:1px;height:1px;clip:rect(0 0 0 0);overflow:hidden}"
        ".off{position:absolute;left:-9999px}.fade{opacity:0}.tiny{font-size:0}"
        "@media (max-width:600px){.desktop{display:none}}"  # a phone's layout, not every reader's
        ".b:hover{display:none}.c:not(.open) .d{display:none}"  # hidden only in a state
        "/* .commented{display:none} */"
        ".mobile{display:none}@media (max-width:600px){.mobile{display:block}}"  # shown on a phone
        ".gone{display:none}.open .gone{display:block}"  # shown once opened
    )
    hiding, showing, selectors = layout.stylesheet_hiding(css)
    assert hiding == frozenset()
    assert selectors == ()
    assert {".mobile", ".gone", ".open"} <= showing


def test_a_stylesheet_hides_what_a_plain_selector_finds_unless_a_rule_shows_a_name_in_it() -> None:
    # `div.note p`, `.a > .b`, `[data-hidden]`: hidden from every reader as a bare class is, and read as
    # shown. A selector naming a class some rule shows is a tab's or a toggle's (`.tabs .active`).
    css = (
        "div.note  p{display:none} .a>.b, [data-hidden]{visibility:hidden} p.x{display:none}"
        ".tabs .pane{display:none}.tabs .active{display:block}"
        "article .note  > p + p{display:none}"
        "a::before{display:none}.e\\:f .g{display:none}"  # a pseudo-element, an escape: not read
        ".a ~ .b{display:none}.a .b .c .d .e{display:none}"  # found only by long walks: not read
        "@media (max-width:600px){main p{display:none}}"
    )
    hiding, _, selectors = layout.stylesheet_hiding(css)
    assert hiding == frozenset()
    assert selectors == ("div.note p", ".a>.b", "[data-hidden]", "p.x", "article .note>p+p")


def test_a_stylesheet_that_makes_anything_visible_again_hides_nothing_by_visibility() -> None:
    # `.box{visibility:hidden} .shown{visibility:visible}`: `<div class=box><p class=shown>` shows its
    # paragraph, and removing the box removed it too.
    hiding, _, selectors = layout.stylesheet_hiding(
        ".box{visibility:hidden}.gone{display:none}.shown{visibility:visible}div .box{visibility:hidden}"
        "div .gone{display:none}"
    )
    assert hiding == frozenset((".gone",))
    assert selectors == ("div .gone",)


def test_an_element_is_hidden_by_the_stylesheet_unless_a_class_of_it_or_its_own_style_shows_it() -> None:
    hiding, showing, _ = layout.stylesheet_hiding(
        ".d-none{display:none!important}@media (min-width:768px){.d-md-block{display:block!important}}"
    )
    assert layout.names_hidden_by({"class": "note d-none"}, hiding, showing)
    assert not layout.names_hidden_by({"class": "d-none d-md-block"}, hiding, showing)  # shown on a desktop
    assert not layout.names_hidden_by({"class": "d-none", "style": "display: block"}, hiding, showing)
    assert not layout.names_hidden_by({"class": "note"}, hiding, showing)


def test_a_hostile_stylesheet_is_read_in_linear_time() -> None:
    many_selectors = "".join(f".a{n} p{{display:none}}" for n in range(60_000))
    for css in (
        *("{" * 500_000, "}" * 500_000, ".a{display:none}" * 60_000, "/*" * 500_000, "@m{" * 300_000),
        many_selectors,
    ):
        started = time.process_time()
        layout.stylesheet_hiding(css)
        assert time.process_time() - started < 3, css[:10]


def test_a_stylesheet_hides_by_a_rule_among_many_setting_other_properties_however_it_spells_it() -> None:
    others = "".join(f".c{n}{{margin:{n % 9}px 0;color:#{n:03x};font:12px/1.5 serif}}" for n in range(300))
    css = (
        f"{others}.gone{{ DISPLAY :\n none }}{others}#note{{color:red; Visi\tbility: hidden}}"
        f".shown{{font-size:1em;display : block}}{others}"
    )
    hiding, showing, _ = layout.stylesheet_hiding(css)
    assert hiding == frozenset((".gone", "#note"))
    assert ".shown" in showing and ".c7" not in showing


def test_passing_over_rules_that_name_neither_display_nor_visibility_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Property names as `_declared` reads them (any case, spaces inside) and ones that only look alike.
    pick = random.Random(5)
    names = ("display", "DISPLAY", "dis play", "Dis\nplay", "visibility", "visi bility", "displays", "color")
    values = ("none", "block", "hidden", "visible", "collapse", "red", "none!important")
    selectors = (".a", "#b", ".c .d", "div.e", "p", ".a, #b", ".f:hover")

    def rule() -> str:
        declarations = ";".join(
            f"{pick.choice(names)}:{pick.choice(values)}" for _ in range(pick.randint(1, 3))
        )
        written = f"{pick.choice(selectors)}{{{declarations}}}"
        return f"@media x{{{written}}}" if pick.random() < 0.1 else written

    sheets = ["".join(rule() for _ in range(pick.randint(1, 8))) for _ in range(300)]
    passed_over = [layout.stylesheet_hiding(css) for css in sheets]
    assert sum(bool(hiding) for hiding, _, _ in passed_over) > 20
    monkeypatch.setattr(layout, "_may_set_display_or_visibility", lambda declarations: True)
    assert passed_over == [layout.stylesheet_hiding(css) for css in sheets]


def _rules_brace_by_brace(css: str) -> Iterator[tuple[str, str, bool]]:
    """`layout._css_rules` as it was written, over a pattern's matches of each brace."""
    preludes: list[str] = []
    start, leaf, skipped = 0, False, 0
    for brace in re.finditer(r"[{}]", css):
        at = brace.start()
        if brace.group() == "{":
            if skipped or len(preludes) >= layout._MAX_RULE_DEPTH:
                skipped += 1
            else:
                preludes.append(css[start:at].rsplit(";", 1)[-1].strip())
            leaf = True
        elif skipped:
            skipped -= 1
            leaf = False
        elif preludes:
            prelude = preludes.pop()
            if leaf:
                yield prelude, css[start:at], any(open_.startswith("@") for open_ in preludes)
            leaf = False
        start = at + 1


def test_a_stylesheet_s_rules_are_its_blocks_holding_no_block_whatever_its_braces() -> None:
    pick = random.Random(11)
    parts = ("{", "}", "{", "}", ".a", "@media x", ";", "b:c", " ", "@font-face", "p .d", "{{", "}}")
    sheets = ["".join(pick.choice(parts) for _ in range(pick.randint(0, 80))) for _ in range(500)]
    sheets += ["{" * 40 + ".a{x:y}" + "}" * 40, ".a{b}" * 3 + "}" * 5 + "@m{.c{d}}", "{" * 1000]
    for css in sheets:
        assert list(layout._css_rules(css)) == list(_rules_brace_by_brace(css)), css
    assert list(layout._css_rules("@media x{.a{display:none}}.b{color:red}")) == [
        (".a", "display:none", True),
        (".b", "color:red", False),
    ]
