"""`html_nesting`: the sketch of a browser's stack of open elements, read from the tags alone, never says
markup nests less deep than Lexbor nests it (which is what makes Lexbor's tree building slow), and says
real markup nests as deep as it does."""

from __future__ import annotations

import random
import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from provenance import html_nesting
from provenance.html_nesting import TagReader, TooDeeplyNested, within_nesting

# Tags of every kind the tree builder treats apart: blocks, implied ends, formatting, tables, SVG and MathML
# with their integration points, raw text, ignored tags.
_NAMES = (
    *("div", "p", "span", "b", "i", "a", "font", "li", "ul", "dd", "dt", "table", "tr", "td", "th"),
    *("tbody", "caption", "colgroup", "svg", "math", "g", "foreignObject", "mi", "annotation-xml"),
    *("desc", "title", "style", "script", "textarea", "button", "form", "select", "option", "template"),
    *("h1", "h2", "blockquote", "nobr", "object", "marquee", "pre", "br", "img", "hr", "rt", "ruby"),
    *("rb", "noscript", "plaintext", "body", "head", "x", "sup", "em"),
)
_ATTRIBUTES = ("", "", " id=1", ' encoding="text/html"', " color=red", ' d="M0"', " class=a/")


def _token(pick: random.Random) -> str:
    roll = pick.random()
    if roll < 0.45:
        slash = "/" if pick.random() < 0.15 else ""
        return f"<{pick.choice(_NAMES)}{pick.choice(_ATTRIBUTES)}{slash}>"
    if roll < 0.85:
        return f"</{pick.choice(_NAMES)}>"
    return pick.choice(("x", " ", "<!-- c -->", "<![CDATA[x]]>"))


def _lexbor_depth(markup: str) -> int:
    """How deep Lexbor nests the elements of `markup` (`<html>` counted)."""
    root = LexborHTMLParser(markup).root
    deepest = 0
    pending = [(root, 1)] if root is not None else []
    while pending:
        node, depth = pending.pop()
        deepest = max(deepest, depth)
        child = node.child
        while child is not None:
            if child.is_element_node:
                pending.append((child, depth + 1))
            child = child.next
    return deepest


def _sketched_depth(markup: str) -> int:
    reader = TagReader(markup, max_depth=1_000_000)
    for _ in reader:
        pass
    return reader.deepest


@pytest.mark.parametrize("seed", range(8))
def test_a_pattern_repeated_nests_no_deeper_in_lexbor_than_twice_what_the_sketch_says(seed: int) -> None:
    # A pattern repeated is how crafted markup nests deep: were the sketch to miss a level the parser keeps
    # at each repeat, it would say "shallow" for markup the parser nests without end. (A table's implied
    # sections and rows, and a few of Lexbor's own ways, make its depth a little more than the sketch's.)
    pick = random.Random(seed)
    for _ in range(60):
        pattern = "".join(_token(pick) for _ in range(pick.randint(2, 10)))
        markup = "<!DOCTYPE html><html><body>" + pattern * 60
        assert _lexbor_depth(markup) <= 2 * _sketched_depth(markup) + 4, pattern


@pytest.mark.parametrize(
    ("markup", "depth"),
    [
        pytest.param("<p>a<p>b<ul><li>a<li>b<li><p>c</ul><dl><dt>a<dd>b<dt>c</dl>", 3, id="implied-ends"),
        pytest.param("<table><tr><td>a<td>b<tr><td>c</table>", 4, id="table-cells-in-an-implied-body"),
        # An end tag closes what is left open in its element; a `<b>` left open is opened again in the next
        # block, alike ones at most three times.
        pytest.param("<div><span><b>x</div>" * 100, 6, id="end-tags-close-what-is-open-inside"),
        pytest.param("<p><b>x</p>" * 50, 5, id="formatting-opened-again"),
        pytest.param("<select><option>a<option>b<optgroup><option>c</select>", 3, id="options"),
        pytest.param('<svg><path d="M0"/><g/><g id=a/></svg>', 2, id="svg-self-closed"),  # `a/` is a value
        pytest.param("<script><div></script><style><div></style><!-- <div> --><textarea><div></textarea>", 1),
        pytest.param("<svg><style><div><div>", 2, id="svg-style-is-markup-and-div-breaks-out"),
        pytest.param("<svg><title><div><div>", 4, id="svg-title-holds-html"),
        pytest.param("<svg><g><sup><g>", 4, id="lexbor-keeps-sup-in-svg"),
    ],
)
def test_markup_is_sketched_as_deep_as_lexbor_nests_it(markup: str, depth: int) -> None:
    assert _sketched_depth(markup) == depth
    assert _lexbor_depth(f"<body>{markup}") == depth + 2  # with `<html>` and `<body>`


def test_markup_past_the_nesting_bound_is_cut_at_the_tag_that_passes_it() -> None:
    markup = "<div>" * 600 + "x"
    with pytest.raises(TooDeeplyNested, match="nested more than 512 deep") as refused:
        list(TagReader(markup))
    assert refused.value.offset == 512 * len("<div>")
    assert within_nesting(markup) == "<div>" * 512
    assert within_nesting("<p>x" * 600) == "<p>x" * 600


def test_a_raw_text_element_ends_at_its_own_end_tag_in_any_ascii_case_and_nowhere_else() -> None:
    # A script's `</div>`, `</scripts>`, a `</script` at the markup's end and a dotted capital I (which is
    # no ASCII letter) end nothing; `</SCRIPT >` does, and the tags after it are read.
    script = 'var a = "</div>", b = "</scripts>"; c = "</SCR\u0130PT>"; '
    markup = f"<div><script>{script}</SCRIPT ><p>after</p></div><style>x{{}}</style"
    names = [name for _, name in TagReader(markup)]
    assert names == ["div", "script", "p", "style"]
    assert _sketched_depth("<title>" + "</b>" * 3 + "<div>" * 5 + "</TITLE/>" + "<div>" * 2) == 2


@pytest.mark.parametrize("seed", range(4))
def test_where_raw_text_ends_is_where_the_end_tag_pattern_said(seed: int) -> None:
    # Against the pattern it replaces, which tried the end tag at every character.
    pick = random.Random(seed)
    pieces = (
        "</",
        "<",
        "/",
        ">",
        " ",
        "\n",
        "script",
        "SCRIPT",
        "Style",
        "styl",
        "x",
        "\u0130",
        "title",
        "k",
    )
    for _ in range(400):
        name = pick.choice(sorted(html_nesting._RAW_TEXT))
        markup = "".join(pick.choice(pieces) for _ in range(pick.randint(0, 30)))
        position = pick.randint(0, len(markup))
        pattern = re.compile(rf"(?:.*?(?=</{name}[\t\n\f\r />])|.*+)", re.IGNORECASE | re.ASCII | re.DOTALL)
        expected = pattern.match(markup, position)
        assert expected is not None
        assert html_nesting._raw_text_end(markup, position, name) == expected.end(), (markup, position, name)
