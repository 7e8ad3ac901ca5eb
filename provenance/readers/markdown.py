"""Markdown reports: Pandoc/GFM `[^label]` references and `[^label]: text` definitions."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.footnote.index import footnote_ref

from provenance.models import ReportFormat
from provenance.readers.assembly import (
    MARK,
    MarkerDraft,
    NoteDraft,
    ParagraphDraft,
    assemble_footnotes,
    unique,
    without_marks,
)
from provenance.readers.decoding import decode_text
from provenance.readers.interface import ReadResult, ReportReader
from provenance.readers.plaintext import read_plain_text
from provenance.urls import iter_urls, schemes_added, shown_link_differs


def _parser() -> MarkdownIt:
    # Definitions stay in place (move_to_end off), so each keeps its line and a duplicate or unreferenced one
    # is not dropped; references to missing labels still become tokens (always_match_refs) to be reported.
    parser = (
        MarkdownIt("commonmark")
        .enable(["table", "strikethrough"])
        .use(footnote_plugin, inline=False, move_to_end=False, always_match_refs=True)
    )
    parser.inline.ruler.at("footnote_ref", _footnote_ref_in_linear_time)
    return parser


# markdown-it's core rules, in order: those that build the block tokens, then those that work on one inline
# token at a time.
BLOCK_RULES = ("normalize", "block")
INLINE_RULES = ("inline", "text_join")


def _tokens(text: str) -> Iterator[Token]:
    """What `MarkdownIt.parse(text)` returns, token by token, each inline token's children parsed only when it
    is reached, and every token let go once read: a report of 10,000 footnotes never holds its whole token
    tree (it was most of `extract`'s memory).

    The same rules run in the same order as in `parse`: the block rules over the whole text (so every link
    reference and footnote definition is known), then the inline rules on each inline token alone.
    """
    parser = _parser()
    names = parser.core.ruler.get_active_rules()
    if tuple(names) != (*BLOCK_RULES, *INLINE_RULES):  # a markdown-it that works otherwise: parse as it does
        yield from parser.parse(text, {})
        return
    rules = dict(zip(names, parser.core.ruler.getRules(""), strict=True))
    state = StateCore(text, parser, {})
    for name in BLOCK_RULES:
        rules[name](state)
    tokens, state.tokens = state.tokens, []
    for index, token in enumerate(tokens):
        tokens[index] = None  # type: ignore[call-overload]  # let go of the token once read
        if token.type == "inline":
            state.tokens = [token]
            for name in INLINE_RULES:
                rules[name](state)
        yield token


_LABEL_STOP = re.compile(r"[ \n\]]")
_STOP_CACHE = "provenance_footnote_label_stop"
_plugin_footnote_ref = partial(footnote_ref, always_match=True)


def _footnote_ref_in_linear_time(state: StateInline, silent: bool) -> bool:
    """mdit-py-plugins' `footnote_ref` rule, called only where it can succeed.

    The plugin's rule scans from every `[^` to the next `]`, space or newline, so a run of `[^` without a `]`
    costs quadratic time (10 s for 5,000; issue 6). Where the scan would end is remembered for the whole
    stretch it covers, so each character is scanned once. To report upstream (mdit-py-plugins, and
    markdown-it-footnote it ports): the reference rule should give up on a `[^` run in linear time.
    """
    src, start = state.src, state.pos
    if not src.startswith("[^", start):
        return False
    cached = state.env.get(_STOP_CACHE)
    if cached is not None and cached[0] is src and cached[1] <= start + 2 <= cached[2]:
        stop = cached[2]
    else:
        found = _LABEL_STOP.search(src, start + 2)
        stop = found.start() if found else len(src)
        state.env[_STOP_CACHE] = (src, start + 2, stop)
    if stop >= state.posMax or src[stop] != "]":
        return False
    return bool(_plugin_footnote_ref(state, silent))


@dataclass(frozen=True)
class _InlineMarker:
    label: str
    line_offset: int


@dataclass(frozen=True)
class _InlineText:
    """One block's inline content as text (`MARK` where each reference stood), its URLs and references."""

    text: str
    urls: tuple[str, ...]
    markers: tuple[_InlineMarker, ...]
    schemes_added: tuple[str, ...]
    misleading_links: tuple[tuple[str, str], ...] = ()


@dataclass
class _NoteBuilder:
    label: str
    line: int
    paragraphs: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    schemes_added: list[str] = field(default_factory=list)
    misleading_links: list[tuple[str, str]] = field(default_factory=list)

    def build(self) -> NoteDraft:
        return NoteDraft(
            label=self.label,
            text="\n\n".join(self.paragraphs),
            line=self.line,
            urls=unique(self.urls),
            schemes_added=unique(url for url in self.schemes_added if url in self.urls),
            misleading_links=tuple(self.misleading_links),
        )


class MarkdownReader(ReportReader):
    format = ReportFormat.MARKDOWN
    suffixes = (".md", ".markdown", ".mdown", ".mkd")

    def read(self, data: bytes, name: str) -> ReadResult:
        text = decode_text(data, name)
        result = read_markdown(text)
        if result.footnotes:
            return result
        # No Markdown footnotes: a draft written with `[1]` or `¹` notes, read by the plain-text rules.
        plain = read_plain_text(text)
        return plain if plain.footnotes else result


def read_markdown(text: str) -> ReadResult:
    notes: list[NoteDraft] = []
    markers: list[MarkerDraft] = []
    open_notes: list[_NoteBuilder] = []
    block_line = 1
    for token in _tokens(text):
        if token.map is not None:
            block_line = token.map[0] + 1
        if token.type == "footnote_reference_open":
            open_notes.append(_NoteBuilder(label=token.meta["label"], line=block_line))
        elif token.type == "footnote_reference_close":
            notes.append(open_notes.pop().build())
        elif token.type == "inline":
            inline = _inline_text(token.children or [])
            token.children = None
            paragraph = ParagraphDraft(inline.text)
            markers.extend(
                MarkerDraft(
                    label=marker.label, line=block_line + marker.line_offset, paragraph=paragraph, mark=mark
                )
                for mark, marker in enumerate(inline.markers)
            )
            note_text = without_marks(inline.text)
            if open_notes and note_text:
                open_notes[-1].paragraphs.append(note_text)
                open_notes[-1].urls.extend(inline.urls)
                open_notes[-1].schemes_added.extend(inline.schemes_added)
                open_notes[-1].misleading_links.extend(inline.misleading_links)
    # Notes are reported in the order they are defined, whatever order their references come in.
    return assemble_footnotes(notes, markers)


def _inline_text(children: Sequence[Token]) -> _InlineText:
    parts: list[str] = []
    links: list[tuple[int, str]] = []
    open_link: tuple[int, str] | None = None  # where the text of the link being read starts, and its target
    misleading: list[tuple[str, str]] = []
    markers: list[_InlineMarker] = []
    line_offset = 0
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "link_close" and open_link is not None:
            shown = "".join(parts[open_link[0] :])
            if shown_link_differs(shown, open_link[1]):
                misleading.append((shown.strip(), open_link[1]))
            open_link = None
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
            line_offset += 1
        elif child.type == "html_inline":
            line_offset += child.content.count("\n")
        elif child.type == "link_open":
            href = str(child.attrs.get("href", ""))
            if href.lower().startswith(("http://", "https://")):
                links.append((len("".join(parts)), href))
                open_link = (len(parts), href)
        elif child.type == "footnote_ref":
            parts.append(MARK)
            markers.append(_InlineMarker(label=child.meta["label"], line_offset=line_offset))
    raw = "".join(parts)
    # A link target comes before a bare URL at the same place, so an autolink's target and text are one URL.
    found = list(iter_urls(raw))
    located = sorted([*links, *((item.offset, item.url) for item in found)], key=lambda pair: pair[0])
    return _InlineText(
        text=raw,
        urls=unique(url for _, url in located),
        markers=tuple(markers),
        schemes_added=schemes_added(found, (href for _, href in links)),
        misleading_links=tuple(misleading),
    )
