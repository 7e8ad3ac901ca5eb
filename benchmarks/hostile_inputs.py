"""How reading time grows on the hostile report shapes of issue 6: each shape at n and at 4n.

For every shape the report is read as `provenance extract` reads it (the reader chosen by name and content,
then every footnote parsed into a citation, then the extract JSON rendered) and timed at size n and 4n. The
growth factor is the ratio of the two times: about 4 is linear, about 16 quadratic. A benchmark, not a test:
it prints figures and exits 0.

    python3 benchmarks/hostile_inputs.py [--scale 1.0] [--only NAME] [--limit SECONDS]

Each measurement runs in a child process with a time limit, so a shape that is still quadratic prints
`> LIMIT` instead of hanging the run.

The captures' shapes (`CAPTURE_SHAPES`, named `capture: …`) are hostile answers of a cited site, read back as
`check` reads a capture (`extractors.extract_source`, the extractor chosen by the cited link): a page that
cannot be read is said in its `fields` ("not read"), which the table shows as `unread` after the growth, as it
shows an answer taken apart by a RecursionError or any exception: a crash the reader survived, to be fixed;
`unwritable` where what was read cannot be written to the ledger (a lone surrogate: `check` stopped there).
The passages' shapes (`PASSAGE_SHAPES`, named `locate: …`) are one citing passage read for who posted its
quote, as `locate` and the author check read it.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from provenance.warc.reader import StoredResponse
from tests.support.pdfs import one_page_pdf  # the tests' own PDF maker

NOTE = "Telegram, January 21, 2022."


def _markdown_caret_runs(n: int) -> tuple[str, str]:
    return "report.md", "Claim " + "[^" * n + "\n"


def _markdown_inline_note_openings(n: int) -> tuple[str, str]:
    return "report.md", "Claim " + "^[" * n + " text]\n"


def _markdown_inline_notes_nested(n: int) -> tuple[str, str]:
    return "report.md", "Claim " + "^[a " * n + "https://t.me/a/1" + "]" * n + "\n"


def _markdown_inline_notes(n: int) -> tuple[str, str]:
    return "report.md", "".join(f"Claim “{k}”.^[Telegram, https://t.me/a/{k}] " for k in range(n)) + "\n"


def _one_paragraph_markers(n: int) -> tuple[str, str]:
    return "report.txt", "Claim [1]\n" * n + f"\nSources\n[1] {NOTE}\n"


def _one_paragraph_distinct_markers(n: int) -> tuple[str, str]:
    body = "".join(f"Claim [{k % 999 + 1}]\n" for k in range(n))
    notes = "".join(f"[{k}] {NOTE}\n" for k in range(1, 1000))
    return "report.txt", f"{body}\nSources\n{notes}"


def _cr_line_ends(n: int) -> tuple[str, str]:
    return "report.txt", "Claim [1]\r" * n + f"\rSources\r[1] {NOTE}\r"


def _curly_quotes_in_a_note(n: int) -> tuple[str, str]:
    return "report.txt", f"Claim [1]\n\n[1] {'“' * n}\n"


def _single_quotes_in_a_note(n: int) -> tuple[str, str]:
    return "report.txt", "Claim [1]\n\n[1] " + "\u2018" * n + "\n"


def _guillemets_in_a_note(n: int) -> tuple[str, str]:
    return "report.txt", f"Claim [1]\n\n[1] {'«' * n}\n"


def _closing_brackets_after_url(n: int) -> tuple[str, str]:
    return "report.txt", f"Claim [1]\n\n[1] https://example.com/a{')' * n}\n"


def _case_captions_in_a_note(n: int) -> tuple[str, str]:
    return "report.txt", "Claim [1]\n\n[1] Order, " + "A v. " * n + "(D.D.C. 2022)\n"


def _words_of_a_month_s_letter_before_a_year(n: int) -> tuple[str, str]:
    return "report.txt", "Claim [1]\n\n[1] " + "(D " * n + "2022\n"


def _commas_before_a_wiki_retrieval(n: int) -> tuple[str, str]:
    wiki = "retrieved 21 January 2022, https://en.wikipedia.org/wiki/X"
    return "report.txt", f'Claim [1]\n\n[1] "X", Wikipedia, {"," * n} {wiki}\n'


def _archived_copies_before_an_id(n: int) -> tuple[str, str]:
    copies = " ".join(f"https://web.archive.org/web/2022{k:010d}/https://example.org/a" for k in range(n))
    return "report.md", f"Claim.[^1] Again.[^2]\n\n[^1]: https://example.org/a {copies}\n[^2]: Id.\n"


def _spaces_before_marker(n: int) -> tuple[str, str]:
    return "report.txt", f"a{' ' * n}b [1]\n\n[1] {NOTE}\n"


def _html_notes(n: int) -> tuple[str, str]:
    body = "".join(
        f'<p>Claim.<a href="#fn{k}" class="footnote-ref"><sup>{k}</sup></a></p>\n' for k in range(n)
    )
    notes = "".join(f'<li id="fn{k}"><p>{NOTE}</p></li>\n' for k in range(n))
    return "report.html", f"<html><body>{body}<section><ol>{notes}</ol></section></body></html>"


def _html_superscripts_in_one_paragraph(n: int) -> tuple[str, str]:
    # Unlinked `<sup>k</sup>` markers citing a numbered list under a Sources heading (a CMS's export).
    body = "".join(f"Claim \u201cwords {k}\u201d.<sup>{k % 900 + 1}</sup> " for k in range(n))
    notes = "".join(f"<li>{NOTE}</li>" for _ in range(900))
    return "report.html", f"<html><body><p>{body}</p><h2>Sources</h2><ol>{notes}</ol></body></html>"


def _html_sources_headings_after_the_last_superscript(n: int) -> tuple[str, str]:
    # Numbered paragraphs before one `<sup>1</sup>`, then n empty Sources headings: each heading looks for
    # its list (a scan from the start each time was quadratic).
    body = "<p>1. item</p>" * n + "<p>Claim.<sup>1</sup></p>" + "<h2>Sources</h2>" * n
    return "report.html", f"<html><body>{body}</body></html>"


def _html_unlinked_numbers_of_linked_notes(n: int) -> tuple[str, str]:
    # Each linked note cited again without its link, after punctuation: each is read as another citation.
    links = "".join(f'<p>Claim.<sup><a href="#fn{k}">{k}</a></sup></p>' for k in range(1, 101))
    again = "".join(f"<p>Again \u201cwords {k}\u201d.<sup>{k % 100 + 1}</sup></p>" for k in range(n))
    notes = "".join(f'<li id="fn{k}">{NOTE}</li>' for k in range(1, 101))
    return "report.html", f"<html><body>{links}{again}<ol>{notes}</ol></body></html>"


def _set_in_data_lines(n: int) -> tuple[str, str]:
    # Paragraphs of JSON set in as block quotes are, each citing: data, not quotations.
    body = "".join(
        f'Claim {k}.\n\n    {{"url": "https://t.me/a/{k}", "text": "w {k}"}}[1]\n\n' for k in range(n)
    )
    return "report.txt", f"{body}[1] {NOTE}\n"


def _nested_spans_in_a_note(n: int) -> tuple[str, str]:
    # Spans 500 deep (deeper is refused: html_nesting.MAX_NESTING), n times over.
    note = ("<span>" * 500 + NOTE + "</span>" * 500) * n
    return "report.html", (
        '<html><body><p>Claim.<a href="#fn1" class="footnote-ref"><sup>1</sup></a></p>'
        f'<ol><li id="fn1">{note}</li></ol></body></html>'
    )


def _nested_blocks(n: int) -> tuple[str, str]:
    # Blocks 500 deep, n times over: the parser looks through the open elements at each one.
    blocks = ("<div>" * 500 + "Claim." + "</div>" * 500) * n
    return "report.html", (
        f'<html><body>{blocks}<p>Claim.<a href="#fn1" class="footnote-ref"><sup>1</sup></a></p>'
        f'<ol><li id="fn1">{NOTE}</li></ol></body></html>'
    )


def _ranges(n: int) -> tuple[str, str]:
    notes = "".join(f"[{k}] {NOTE}\n" for k in range(1, 51))
    return "report.txt", "[1-50]" * n + f"\n\nSources\n{notes}"


def _plain_text(n: int) -> tuple[str, str]:
    paragraph = "An ordinary sentence of an ordinary report, with nothing cited in it at all.\n"
    return "report.txt", paragraph * (n // len(paragraph) + 1) + f"\nA claim.[1]\n\n[1] {NOTE}\n"


def _markdown_footnotes(n: int) -> tuple[str, str]:
    body = "".join(f"Claim {k}.[^{k}]\n\n" for k in range(n))
    notes = "".join(f"[^{k}]: {NOTE} https://t.me/channel/{k}\n\n" for k in range(n))
    return "report.md", body + notes


def _brackets_in_markdown(n: int) -> tuple[str, str]:
    return "report.md", "[" * n + "\n\n[^1]: note\n"


def _spaces_in_a_markdown_line(n: int) -> tuple[str, str]:
    return "report.md", "Claim" + " " * n + "x\nmore.[^1]\n\n[^1]: " + NOTE + "\n"


def _markdown_lines_each_citing(n: int) -> tuple[str, str]:
    return "report.md", "Claim [^1]\n" * n + "\n[^1]: " + NOTE + "\n"


def _long_url_in_a_note(n: int) -> tuple[str, str]:
    return "report.md", f"Claim.[^1]\n\n[^1]: Desk, {NOTE} https://news.example/{'a' * n} on Telegram\n"


_PDF_LINE = b"BT /F1 12 Tf 72 720 Td (A claim [1].) Tj ET\n"


def _pdf_stream_with_a_wrong_checksum(n: int) -> tuple[str, bytes]:
    # n bytes that do not compress behind a wrong checksum: inflated by pdfminer a byte at a time.
    noise = random.Random(7).randbytes(n).replace(b"\n", b" ").replace(b"\r", b" ")
    stream = zlib.compress(_PDF_LINE + b"%" + noise + b"\n", 9)[:-4] + b"\0\0\0\0"
    return "report.pdf", one_page_pdf(stream, flate_encoded=True)


def _page_drawn_by(content: bytes) -> tuple[str, bytes]:
    return "report.pdf", one_page_pdf(zlib.compress(content), flate_encoded=True)


def _pdf_lines_on_one_spot(n: int) -> tuple[str, bytes]:
    return _page_drawn_by(_PDF_LINE * n)


def _pdf_lines_side_by_side_in_one_row(n: int) -> tuple[str, bytes]:
    # n lines on one baseline, each right of the last: one row, each line with text to its left.
    return _page_drawn_by(b"".join(b"BT /F1 1 Tf %d 700 Td (x) Tj ET\n" % (k % 500) for k in range(n)))


def _pdf_margin_of_line_numbers(n: int) -> tuple[str, bytes]:
    # n numbers counting up in a margin, each beside a line of text: pleading paper's, n times longer.
    rows = (
        b"BT /F1 1 Tf 10 %d Td (%d) Tj ET\nBT /F1 1 Tf 30 %d Td (x) Tj ET\n"
        % (
            k % 700,
            k,
            k % 700,
        )
        for k in range(n)
    )
    return _page_drawn_by(b"".join(rows))


def _pdf_operators_after_loose_operands(n: int) -> tuple[str, bytes]:
    # n operands no operator takes, then n/4 operators: each copied the operands still waiting.
    return _page_drawn_by(_PDF_LINE + b"1 " * n + b"re " * (n // 4) + b"\n")


def _pdf_tokens_drawing_nothing(n: int) -> tuple[str, bytes]:
    return _page_drawn_by(_PDF_LINE + b"1 " * n + b"\n")


# Hostile captures: what a cited site may answer, read back by its platform's extractor.

_HTML_HEAD = (("Content-Type", "text/html; charset=utf-8"),)
_JSON_HEAD = (("Content-Type", "application/json; charset=utf-8"),)
_ACTIVITY_HEAD = (("Content-Type", "application/activity+json; charset=utf-8"),)
_ASSETS = Path(__file__).resolve().parents[1] / "tests" / "assets" / "extractors"

Capture = tuple[str, tuple["StoredResponse", ...]]


def _answer(uri: str, body: str | bytes, headers: tuple[tuple[str, str], ...] = _HTML_HEAD) -> StoredResponse:
    data = body.encode() if isinstance(body, str) else body
    return StoredResponse(uri=uri, status=200, headers=headers, body=data, cut=False)


_VK_POST = "https://vk.com/wall-12345_678"
_VK_POST_HTML = (
    '<div id="post-12345_678" class="post" data-post-id="-12345_678"><div class="post_header">'
    '<a class="author" href="/harbourwatch">Harbour Watch</a><div class="post_date">'
    '<span class="rel_date">{date}</span></div></div>'
    '<div class="wall_post_text">We are closing the bridge tonight.</div></div>'
)


def _vk(body: str) -> Capture:
    return _VK_POST, (_answer(_VK_POST, f"<html><body>{body}</body></html>"),)


def _vk_post_in_nested_divs(n: int) -> Capture:
    # The cited post n `<div>`s deep: the walk up from it to see whether a repost holds it.
    post = _VK_POST_HTML.format(date="21 Jan 2022 at 10:15 am")
    return _vk("<div>" * n + post + "</div>" * n)


def _vk_text_nested_in_its_post(n: int) -> Capture:
    # The post's text block n `<div>`s deep inside the post: the walk up from it to the post.
    post = _VK_POST_HTML.format(date="21 Jan 2022 at 10:15 am")
    deep = "<div>" * n + '<div class="wall_post_text">We are closing the bridge tonight.</div>' + "</div>" * n
    return _vk(post.replace('<div class="wall_post_text">We are closing the bridge tonight.</div>', deep))


def _vk_elements_naming_the_post(n: int) -> Capture:
    return _vk(_VK_POST_HTML.format(date="21 Jan 2022 at 10:15 am") * n)


def _vk_shown_date_repeated(n: int) -> Capture:
    return _vk(_VK_POST_HTML.format(date="21 янв 2022 в " * n))


def _vk_post_of_n_donut_buttons(n: int) -> Capture:
    # n buttons to subscribe to VK Donut in the post's own element, each in a comment: the buttons looked at
    # for the post's Donut stub are bounded.
    post = _VK_POST_HTML.format(date="21 Jan 2022 at 10:15 am")
    buttons = '<div class="reply"><a class="FlatButton" href="/donut/harbourwatch">Subscribe</a></div>' * n
    return _vk(post.replace("</div></div>", f"</div>{buttons}</div>", 1))


def _vk_post_in_quotes(n: int) -> Capture:
    # n reposts nested in one another, each a `copy_quote`: the cited post's element at the bottom.
    post = _VK_POST_HTML.format(date="21 Jan 2022 at 10:15 am")
    return _vk('<div class="copy_quote">' * n + post + "</div>" * n)


def _vk_posts_nested_in_one_another(n: int) -> Capture:
    # 20 elements naming the post, each inside the last, around n bytes of text blocks: each was read whole.
    post = (
        '<div id="post-12345_678" class="post"><div class="post_header"><a class="author" href="/h">H</a>'
        '</div><div class="wall_post_text">'
    )
    block = (
        '<div class="wall_post_text"><a class="wall_post_more">more</a>'
        '<span style="display:none">x</span></div>'
    )
    return _vk(post * 20 + block * (n // len(block)) + "</div></div>" * 20)


_YOUTUBE_POST = "https://www.youtube.com/post/UgkxU2HSeGL_NvmDJ-nQJrlLwllwMDBdGZFs"
_YOUTUBE_CHANNEL = "https://www.youtube.com/@citycounciltv"


def _youtube_page(url: str, script: str) -> Capture:
    page = (
        "<html><head><title>YouTube</title><meta property='og:site_name' content='YouTube'></head>"
        f"<body><div id='content'></div><script>{script}</body></html>"
    )
    return url, (_answer(url, page),)


def _youtube_initial_data_large(n: int) -> Capture:
    # A channel's page whose ytInitialData is n bytes of other data before its metadata.
    filler = ",".join(['{"a":"' + "x" * 90 + '"}'] * (n // 100))
    data = f'{{"filler":[{filler}],"metadata":{{"channelMetadataRenderer":{{"title":"City Council TV"}}}}}}'
    return _youtube_page(_YOUTUBE_CHANNEL, f"var ytInitialData = {data};</script>")


def _youtube_initial_data_nested(n: int) -> Capture:
    return _youtube_page(_YOUTUBE_POST, "var ytInitialData = " + '{"a":[' * n + "]}" * n + ";</script>")


def _youtube_initial_data_wide(n: int) -> Capture:
    # n small objects in one list: the breadth-first walk looking for the post's renderer.
    items = ",".join(['{"b":{"c":[1,2]}}'] * n)
    return _youtube_page(_YOUTUBE_POST, f'var ytInitialData = {{"items":[{items}]}};</script>')


def _youtube_other_posts(n: int) -> Capture:
    # n/80 bytes' worth of other posts' renderers, none the cited one.
    other = {"backstagePostRenderer": {"postId": "other", "contentText": {"runs": [{"text": "w"}]}}}
    data = json.dumps({"items": [other] * (n // 80)})
    return _youtube_page(_YOUTUBE_POST, f"var ytInitialData = {data};</script>")


def _youtube_post_of_many_runs(n: int) -> Capture:
    # The cited post, its channel's name and its words each n/20 runs long.
    runs = {"runs": [{"text": "words "}] * (n // 20)}
    renderer = {"postId": "UgkxU2HSeGL_NvmDJ-nQJrlLwllwMDBdGZFs", "authorText": runs, "contentText": runs}
    data = json.dumps({"backstagePostRenderer": renderer})
    return _youtube_page(_YOUTUBE_POST, f"var ytInitialData = {data};</script>")


def _youtube_script_never_closed(n: int) -> Capture:
    return _youtube_page(_YOUTUBE_POST, 'var ytInitialData = {"a":"' + "x" * n)


def _youtube_json_ld_nested(n: int) -> Capture:
    url, (page,) = _youtube_page(_YOUTUBE_POST, "</script>")
    ld = '<script type="application/ld+json">' + "[" * n + "]" * n + "</script>"
    return url, (_answer(url, page.body.replace(b"</head>", ld.encode() + b"</head>")),)


_THREADS_POST = "https://www.threads.net/@zuck/post/C9wK8SrvY5T"


def _threads_page(**tags: str) -> str:
    metas = "".join(f'<meta property="{name}" content="{value}" />' for name, value in tags.items())
    return f"<!DOCTYPE html><html><head>{metas}</head><body></body></html>"


def _threads_description_long(n: int) -> Capture:
    page = _threads_page(
        **{
            "og:title": "Mark Zuckerberg (&#064;zuck) on Threads",
            "og:description": "Open source AI is the path forward. " * (n // 36),
            "og:url": _THREADS_POST.replace("threads.net", "threads.com"),
        }
    )
    return _THREADS_POST, (_answer(_THREADS_POST, page),)


def _threads_shortcode_long(n: int) -> Capture:
    code = "C" * n
    page = _threads_page(
        **{
            "og:title": "Mark Zuckerberg (&#064;zuck) on Threads",
            "og:description": "Open source AI is the path forward.",
            "og:url": f"https://www.threads.com/@zuck/post/{code}",
            "al:ios:url": f"barcelona://media?shortcode={code}",
        }
    )
    cited = f"https://www.threads.net/@zuck/post/{code}"
    return cited, (_answer(cited, page),)


def _threads_title_long(n: int) -> Capture:
    # A title of n characters that nearly reads as a post's (`name (@user) on Threads`) but does not end so.
    page = _threads_page(**{"og:title": "Zuck (@zuck) on Threads" * (n // 23), "og:description": "words"})
    return _THREADS_POST, (_answer(_THREADS_POST, page),)


def _instagram_description_long(n: int) -> Capture:
    url = "https://www.instagram.com/p/CEWsh68Kc5C/"
    page = _threads_page(
        **{
            "og:title": "natgeo on Instagram: &quot;" + "a" * (n // 2),
            "og:description": "1 - natgeo on " + "1 likes, " * (n // 18),
            "og:url": url,
        }
    )
    return url, (_answer(url, page),)


_MISSKEY_NOTE = "https://misskey.example/notes/9xkz3a0b1c"
_MISSKEY_ACTOR = "https://misskey.example/users/9abcd0001x"


def _misskey(actor: dict[str, object]) -> Capture:
    activity = (_ASSETS / "misskey_note_activity.json").read_bytes()
    return _MISSKEY_NOTE, (
        _answer(_MISSKEY_NOTE, "<html><head><title>Misskey</title></head><body></body></html>"),
        _answer(f"{_MISSKEY_NOTE}/activity", activity, _ACTIVITY_HEAD),
        _answer(_MISSKEY_ACTOR, json.dumps(actor), _ACTIVITY_HEAD),
    )


def _misskey_actor_emoji_tags(n: int) -> Capture:
    actor = json.loads((_ASSETS / "misskey_actor.json").read_bytes())
    actor["tag"] = [
        {"type": "Emoji", "name": f":e{k}:", "icon": {"url": "https://x/e.png"}} for k in range(n)
    ]
    actor["name"] = "Minato Port " + ":ship:" * n
    return _misskey(actor)


def _misskey_actor_lone_surrogates(n: int) -> Capture:
    actor = (_ASSETS / "misskey_actor.json").read_text().replace("Minato Port :ship:", "Minato \\ud800" * n)
    return _MISSKEY_NOTE, (*_misskey({})[1][:2], _answer(_MISSKEY_ACTOR, actor, _ACTIVITY_HEAD))


def _misskey_content_nested(n: int) -> Capture:
    activity = json.loads((_ASSETS / "misskey_note_activity.json").read_bytes())
    activity["object"]["content"] = "<span>" * n + "The ferry is cancelled." + "</span>" * n
    url, (page, _, actor) = _misskey(json.loads((_ASSETS / "misskey_actor.json").read_bytes()))
    return url, (page, _answer(f"{_MISSKEY_NOTE}/activity", json.dumps(activity), _ACTIVITY_HEAD), actor)


_TIKTOK_VIDEO = "https://www.tiktok.com/@scout2015/video/6718335390845095173"
_TIKTOK_OEMBED = "https://www.tiktok.com/oembed?url=https%3A%2F%2Fwww.tiktok.com%2F%40scout2015%2Fvideo%2F6718335390845095173"


def _tiktok(html: str) -> Capture:
    oembed = json.loads((_ASSETS / "tiktok_oembed.json").read_bytes())
    oembed["html"] = html
    page = (_ASSETS / "tiktok_video_page.html").read_bytes()
    return _TIKTOK_VIDEO, (
        _answer(_TIKTOK_VIDEO, page),
        _answer(_TIKTOK_OEMBED, json.dumps(oembed), _JSON_HEAD),
    )


def _tiktok_oembed_html_long(n: int) -> Capture:
    oembed = json.loads((_ASSETS / "tiktok_oembed.json").read_bytes())
    return _tiktok(str(oembed["html"]) + "<p>words</p>" * (n // 12))


def _tiktok_oembed_html_nested(n: int) -> Capture:
    oembed = json.loads((_ASSETS / "tiktok_oembed.json").read_bytes())
    return _tiktok("<div>" * n + str(oembed["html"]) + "</div>" * n)


def _tiktok_page_data_never_closed(n: int) -> Capture:
    page = '<html><body><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__">{"a":"' + "x" * n
    return _TIKTOK_VIDEO, (_answer(_TIKTOK_VIDEO, page),)


_ARTICLE = "https://news.example/floods-close-the-river-road"


def _definition_list_in_german(n: int) -> Capture:
    # n `<dt>` entries before the page's `Veroeffentlicht` label: its labels are read up to a bound.
    entries = "".join(f"<dt>Eintrag {k}</dt><dd>Wert {k}</dd>" for k in range(n))
    page = (
        "<html><body><main><h1>Br\u00fccke</h1><p>Die Stadt \u00f6ffnet die Br\u00fccke.</p>"
        f"<dl>{entries}<dt>Ver\u00f6ffentlicht</dt><dd>21. Januar 2022</dd></dl></main></body></html>"
    )
    return _ARTICLE, (_answer(_ARTICLE, page),)


def _place_line_over_a_long_first_paragraph(n: int) -> Capture:
    # `Baton Rouge | 21 January 2022` under the headline over a first paragraph of n characters that names
    # the place n/11 times, never after "in": the text looked in for it as a place is bounded.
    page = (
        "<html><body><article><h1>Floods</h1><p>Baton Rouge | 21 January 2022</p>"
        f"<p>{'Baton Rouge' * (n // 11)}</p></article></body></html>"
    )
    return _ARTICLE, (_answer(_ARTICLE, page),)


def _share_bar_and_photo_of_n_items_under_the_headline(n: int) -> Capture:
    # A bar of n share links and a wrapper of n images between the headline and its dateline: the elements
    # stepped over under the headline are judged by a bounded look.
    links = '<a href="https://twitter.com/intent/tweet?u=x">X</a>' * n
    page = (
        f"<html><body><article><h1>Floods</h1><div>{links}</div><div>{'<img src=x>' * n}</div>"
        f"<p>New Delhi | 21 January 2022</p><p>{'Rain fell. ' * 40}</p></article></body></html>"
    )
    return _ARTICLE, (_answer(_ARTICLE, page),)


_FACEBOOK_SHARE = "https://m.facebook.com/harbour.office/posts/1234567890"


def _facebook_share_headings_in_every_language(n: int) -> Capture:
    # n headings each naming a sharer by a link and then a share's words in another language whose owner
    # runs on (`ha condiviso il post di x x x ...`): each heading read is bounded, and so is how many.
    owner = "x " * 130  # under the 300 characters a heading is read at, past the 200 a name may run
    starts = (
        "ha condiviso il post di ",
        "compartilhou a publica\u00e7\u00e3o de ",
        "udost\u0119pni\u0142 post u\u017cytkownika ",
        "bir g\u00f6nderi ",
    )
    headings = "".join(f"<h3><a href='/a'>A</a> {starts[i % 4]}{owner}</h3>" for i in range(n))
    page = (
        "<html><head><title>A | Facebook</title><meta property='og:description' content='Words.'></head>"
        f"<body><article>{headings}<p>Words.</p></article></body></html>"
    )
    return _FACEBOOK_SHARE, (_answer(_FACEBOOK_SHARE, page),)


@dataclass(frozen=True)
class CaptureShape:
    name: str
    n: int
    build: Callable[[int], Capture]


CAPTURE_SHAPES = (
    CaptureShape("capture: VK post n `<div>`s deep", 50_000, _vk_post_in_nested_divs),
    CaptureShape("capture: VK text n `<div>`s deep in its post", 50_000, _vk_text_nested_in_its_post),
    CaptureShape("capture: VK post in n nested reposts", 50_000, _vk_post_in_quotes),
    CaptureShape("capture: VK post of n Donut buttons", 50_000, _vk_post_of_n_donut_buttons),
    CaptureShape("capture: VK n elements naming the post", 5_000, _vk_elements_naming_the_post),
    CaptureShape("capture: VK 20 posts in one another, n bytes", 400_000, _vk_posts_nested_in_one_another),
    CaptureShape("capture: VK date `21 янв 2022 в` n times", 25_000, _vk_shown_date_repeated),
    CaptureShape("capture: YouTube ytInitialData n bytes", 5_000_000, _youtube_initial_data_large),
    CaptureShape("capture: YouTube ytInitialData n deep", 100_000, _youtube_initial_data_nested),
    CaptureShape("capture: YouTube ytInitialData n objects", 100_000, _youtube_initial_data_wide),
    CaptureShape("capture: YouTube n other posts' bytes", 600_000, _youtube_other_posts),
    CaptureShape("capture: YouTube post of n bytes of runs", 600_000, _youtube_post_of_many_runs),
    CaptureShape("capture: YouTube script never closed", 1_000_000, _youtube_script_never_closed),
    CaptureShape("capture: YouTube JSON-LD n deep", 100_000, _youtube_json_ld_nested),
    CaptureShape("capture: Threads og:description n bytes", 2_500_000, _threads_description_long),
    CaptureShape("capture: Threads shortcode n characters", 250_000, _threads_shortcode_long),
    CaptureShape("capture: Threads og:title n near-posts", 1_000_000, _threads_title_long),
    CaptureShape("capture: Instagram og:description n bytes", 1_000_000, _instagram_description_long),
    CaptureShape("capture: Misskey actor n emoji tags", 250_000, _misskey_actor_emoji_tags),
    CaptureShape("capture: Misskey name of n lone surrogates", 25_000, _misskey_actor_lone_surrogates),
    CaptureShape("capture: Misskey content n `<span>`s deep", 50_000, _misskey_content_nested),
    CaptureShape("capture: TikTok oEmbed html n bytes", 1_000_000, _tiktok_oembed_html_long),
    CaptureShape("capture: TikTok oEmbed html n deep", 50_000, _tiktok_oembed_html_nested),
    CaptureShape("capture: TikTok page data never closed", 1_000_000, _tiktok_page_data_never_closed),
    CaptureShape("capture: page of n `<dt>`s before its German label", 100_000, _definition_list_in_german),
    CaptureShape(
        "capture: place line over an n-byte paragraph", 1_000_000, _place_line_over_a_long_first_paragraph
    ),
    CaptureShape(
        "capture: n share links and n images under the headline",
        20_000,
        _share_bar_and_photo_of_n_items_under_the_headline,
    ),
    CaptureShape(
        "capture: Facebook n share headings in four languages",
        5_000,
        _facebook_share_headings_in_every_language,
    ),
)


def _ledger_of_run_lines(n: int) -> bytes:
    """A forged ledger of n run lines, chained, each with its own operator (`EvidenceTracker` kept a model of
    each: 1 KB and its text, a gigabyte for a million)."""
    import hashlib

    from provenance.ledger.canonical import canonical_json

    report = hashlib.sha256(_LEDGER_REPORT).hexdigest()
    prev, lines = report, []
    for seq in range(n):
        line = canonical_json(
            {
                "kind": "run", "seq": seq, "at": "2024-01-01T00:00:00Z", "prev": prev, "host": "h",
                "tool": {"name": "provenance", "version": "1"}, "options": {}, "operator": f"operator {seq}",
                "report": {"path": "report.md", "sha256": report, "format": "markdown"},
            }
        )  # fmt: skip
        lines.append(line)
        prev = hashlib.sha256(line).hexdigest()
    return b"".join(line + b"\n" for line in lines)


_LEDGER_REPORT = b"A claim.\n"


@dataclass(frozen=True)
class LedgerShape:
    name: str
    n: int
    build: Callable[[int], bytes]


LEDGER_SHAPES = (LedgerShape("ledger: n run lines (verify)", 25_000, _ledger_of_run_lines),)


# A report's citing passage, read by `locate` for who posted (`build_query`) and by `check`'s author check:
# the same speaker reading. Each shape is one passage of a note with no link.
@dataclass(frozen=True)
class PassageShape:
    name: str
    n: int
    build: Callable[[int], str]


PASSAGE_SHAPES = (
    PassageShape(
        "locate: `he wrote` n times in one sentence",
        10_000,
        lambda n: "Ramzan Kadyrov reacted. He wrote " + "he wrote then " * n + '"We stay."',
    ),
    PassageShape(
        "locate: n `citing` asides before the quote",
        10_000,
        lambda n: "Medvedev wrote" + ", citing Peskov according to Rybar" * n + ': "We stay."',
    ),
    PassageShape(
        "locate: n names listed before the verb",
        10_000,
        lambda n: ", ".join(f"Name{i} Family{i}" for i in range(n)) + ' wrote: "We stay."',
    ),
    PassageShape(
        "locate: n people's quotes in one sentence",
        2_500,
        lambda n: " ".join(f'P{i} Q{i} wrote "w{i} x" and' for i in range(n)) + ' Rybar wrote "We stay."',
    ),
    PassageShape(
        "locate: n channel names in quote marks",
        10_000,
        lambda n: (
            "\u043a\u0430\u043d\u0430\u043b \u00ab\u0420\u044b\u0431\u0430\u0440\u044c\u00bb " * n
            + "\u043d\u0430\u043f\u0438\u0441\u0430\u043b: "
            + "\u00ab\u041c\u044b \u0441\u0442\u043e\u0438\u043c\u00bb"
        ),
    ),
    PassageShape(
        "locate: n `wrote, citing` clauses before the quote",
        10_000,
        lambda n: "Medvedev wrote, citing Peskov" * n + ': "We stay."',
    ),
    PassageShape(
        "locate: n Russian `citing` openers before the quote",
        10_000,
        lambda n: (
            (
                "\u0421\u0441\u044b\u043b\u0430\u044f\u0441\u044c \u043d\u0430 "
                "\u041f\u0435\u0441\u043a\u043e\u0432\u0430, "
            )
            * n
            + "\u041c\u0435\u0434\u0432\u0435\u0434\u0435\u0432 \u043d\u0430\u043f\u0438\u0441\u0430\u043b: "
            + "\u00ab\u041c\u044b \u0441\u0442\u043e\u0438\u043c\u00bb"
        ),
    ),
    PassageShape(
        "locate: n channel names of two words in guillemets",
        10_000,
        lambda n: (
            (
                "\u043a\u0430\u043d\u0430\u043b "
                "\u00ab\u0414\u0432\u0430 \u043c\u0430\u0439\u043e\u0440\u0430\u00bb "
            )
            * n
            + "\u043d\u0430\u043f\u0438\u0441\u0430\u043b: "
            + "\u00ab\u041c\u044b \u0441\u0442\u043e\u0438\u043c\u00bb"
        ),
    ),
    PassageShape(
        "locate: n lower-case quotes opening sentences before a pronoun's",
        10_000,
        lambda n: 'Ramzan Kadyrov reacted. "we go on." ' * n + '"we stay," he wrote.',
    ),
    PassageShape(
        "locate: n French places and offices behind the quote",
        10_000,
        lambda n: (
            "\u00ab we stay. \u00bb, a \u00e9crit "
            + "sur son canal de Telegram le pr\u00e9sident " * n
            + "Volodymyr Zelensky."
        ),
    ),
    PassageShape(
        "locate: n German adjectives after `wie` before the verb",
        10_000,
        lambda n: "Wie der " + "fr\u00fchere " * n + "Pr\u00e4sident Medwedew schrieb, \u201ewe stay.\u201c",
    ),
    PassageShape(
        "locate: n offices before a cited name",
        10_000,
        lambda n: (
            "Medvedev wrote, citing " + "Kremlin spokesman " * n + "Dmitry Peskov: \u201cwe stay.\u201d"
        ),
    ),
)


def _speakers_of(passage: str) -> int:
    """Who `locate` reads as having posted the words `passage` quotes, for a note with no link."""
    import datetime as dt

    from provenance.locate.speakers import build_query
    from provenance.models import Citation, Context, Footnote, Platform
    from provenance.quotes import find_quotes

    context = Context(line=3, text=passage, quotes=find_quotes(passage))
    footnote = Footnote(label="1", text=f"[1] {NOTE}", line=10, contexts=(context,))
    citation = Citation(platform=Platform.TELEGRAM, date=dt.date(2022, 1, 21))
    return len(build_query(footnote, citation).speakers)


def _verify_ledger_bytes(ledger: bytes) -> str:
    """`verify` of the ledger beside its report, in a folder of its own; the runs it listed, as `said`."""
    import tempfile

    from provenance.ledger.verify import verify_ledger

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "report.md").write_bytes(_LEDGER_REPORT)
        path = Path(folder) / "report.md.ledger.jsonl"
        path.write_bytes(ledger)
        return f"{len(verify_ledger(path).run_evidence)} runs listed"


def _sources_headings_over_links(n: int) -> tuple[str, str]:
    # No notes read: each Sources heading is looked at, the links under the last counted.
    return "report.txt", "A claim.\n\n" + "".join(f"Sources\n- https://a.example/{k}\n" for k in range(n))


def _rules_over_list_entries(n: int) -> tuple[str, str]:
    return "report.md", "A claim.\n\n" + "".join(f"---\n- https://a.example/{k}\n" for k in range(n))


def _links_in_a_body_without_notes(n: int) -> tuple[str, str]:
    return "report.md", "".join(f"See [this](https://a.example/{k}).\n" for k in range(n))


def _html_sources_headings_over_links(n: int) -> tuple[str, str]:
    item = '<h2>Sources</h2><ul><li><a href="https://a.example/{}">x</a></li></ul>\n'
    return "report.html", "<p>A claim.</p>\n" + "".join(item.format(k) for k in range(n))


@dataclass(frozen=True)
class Shape:
    name: str
    n: int
    build: Callable[[int], tuple[str, str | bytes]]


SHAPES = (
    Shape("markdown `[^` runs", 5_000, _markdown_caret_runs),
    Shape("markdown `^[` runs", 5_000, _markdown_inline_note_openings),
    Shape("markdown `^[` nested n deep", 5_000, _markdown_inline_notes_nested),
    Shape("markdown inline notes in one paragraph", 2_000, _markdown_inline_notes),
    Shape("`Claim [1]` lines in one paragraph", 8_000, _one_paragraph_markers),
    Shape("distinct markers in one paragraph", 8_000, _one_paragraph_distinct_markers),
    Shape("`Claim [1]` with CR-only line ends", 25_000, _cr_line_ends),
    Shape("`“` run in a note", 100_000, _curly_quotes_in_a_note),
    Shape("`\u2018` run in a note", 100_000, _single_quotes_in_a_note),
    Shape("`«` run in a note", 100_000, _guillemets_in_a_note),
    Shape("`)` run after a URL", 200_000, _closing_brackets_after_url),
    Shape("spaces before a marker", 200_000, _spaces_before_marker),
    Shape("HTML notes", 5_000, _html_notes),
    Shape("HTML unlinked `<sup>` markers in one paragraph", 5_000, _html_superscripts_in_one_paragraph),
    Shape(
        "HTML Sources headings after one `<sup>`", 8_000, _html_sources_headings_after_the_last_superscript
    ),
    Shape("HTML unlinked numbers of linked notes", 5_000, _html_unlinked_numbers_of_linked_notes),
    Shape("plain-text paragraphs of data set in", 5_000, _set_in_data_lines),
    Shape("HTML spans 500 deep in a note, n times", 20, _nested_spans_in_a_note),
    Shape("HTML blocks 500 deep, n times", 100, _nested_blocks),
    Shape("`[1-50]` ranges", 5_000, _ranges),
    Shape("plain text (bytes)", 5_000_000, _plain_text),
    Shape("Markdown footnotes", 4_000, _markdown_footnotes),  # 4n stays within MAX_FOOTNOTES
    Shape("`[` run in Markdown", 100_000, _brackets_in_markdown),
    Shape("spaces inside a Markdown paragraph's line", 200_000, _spaces_in_a_markdown_line),
    Shape("Markdown paragraph of lines each citing", 20_000, _markdown_lines_each_citing),
    Shape("a note's URL of n characters", 50_000, _long_url_in_a_note),
    Shape("PDF stream of n bytes, wrong checksum", 250_000, _pdf_stream_with_a_wrong_checksum),
    Shape("PDF lines drawn on one spot", 500, _pdf_lines_on_one_spot),
    Shape("PDF lines side by side in one row", 5_000, _pdf_lines_side_by_side_in_one_row),
    Shape("PDF margin of n line numbers", 2_000, _pdf_margin_of_line_numbers),
    Shape("PDF operators after n loose operands", 80_000, _pdf_operators_after_loose_operands),
    Shape("PDF tokens drawing nothing", 100_000, _pdf_tokens_drawing_nothing),
    Shape("Sources headings over links, no notes", 50_000, _sources_headings_over_links),
    Shape("rules over list entries, no notes", 50_000, _rules_over_list_entries),
    Shape("links in a body without notes", 50_000, _links_in_a_body_without_notes),
    Shape("HTML Sources headings over links, no notes", 20_000, _html_sources_headings_over_links),
    Shape("` v. ` run in a note (a case caption)", 50_000, _case_captions_in_a_note),
    Shape("commas before a wiki page's retrieval day", 100_000, _commas_before_a_wiki_retrieval),
    Shape("`(D ` run before a note's year", 75_000, _words_of_a_month_s_letter_before_a_year),
    Shape("archived copies of a note's page before `Id.`", 2_000, _archived_copies_before_an_id),
)


def _read_as_extract(name: str, text: str | bytes) -> int:
    from provenance.citations import parse_citation
    from provenance.citations.cite import cite_footnotes
    from provenance.outputs.extract import render_extract_json
    from provenance.readers import read_report_bytes

    report = read_report_bytes(text.encode("utf-8") if isinstance(text, str) else text, name)
    for footnote in report.footnotes:
        parse_citation(footnote)
    return len(render_extract_json(report, cite_footnotes(report, None)))


def _read_capture(cited: str, responses: tuple[StoredResponse, ...]) -> str:
    """What `check` would read of the capture: '' when its page was read and what it says can be written
    to a ledger line, else why not (`unread`, `unwritable`)."""
    from provenance.extractors import extract_source
    from provenance.ledger.canonical import canonical_json

    post = extract_source(cited, responses)
    try:
        canonical_json(post.model_dump(mode="json"))
    except Exception:  # what the ledger refuses: `check` stopped there (exit 3)
        return "unwritable"
    return "unread" if "not read" in post.fields else ""


AnyShape = Shape | CaptureShape | LedgerShape | PassageShape


def _timed(shape: AnyShape, n: int, answer: multiprocessing.Queue[tuple[float, str]]) -> None:
    _read_as_extract(
        "warm-up.md", "A claim.[^1]\n\n[^1]: Telegram, January 21, 2022.\n"
    )  # imports, not timed
    said = ""
    if isinstance(shape, PassageShape):
        passage = shape.build(n)
        _speakers_of('Dmitry Medvedev wrote: "We stay."')  # the speaker patterns compiled, not timed
        started = time.perf_counter()
        _speakers_of(passage)
    elif isinstance(shape, LedgerShape):
        ledger = shape.build(n)
        _verify_ledger_bytes(shape.build(1))  # verify's own imports and models, not timed
        started = time.perf_counter()
        said = _verify_ledger_bytes(ledger)
    elif isinstance(shape, CaptureShape):
        cited, responses = shape.build(n)
        _read_capture(cited, responses)  # parsers' own imports and caches, not timed
        started = time.perf_counter()
        said = _read_capture(cited, responses)
    else:
        name, text = shape.build(n)
        started = time.perf_counter()
        _read_as_extract(name, text)
    answer.put((time.perf_counter() - started, said))


def _measure(shape: AnyShape, n: int, limit: float) -> tuple[float, str] | None:
    answer: multiprocessing.Queue[tuple[float, str]] = multiprocessing.Queue()
    child = multiprocessing.Process(target=_timed, args=(shape, n, answer))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return answer.get() if child.exitcode == 0 else (float("nan"), f"exit {child.exitcode}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n by this")
    parser.add_argument("--only", help="run the shapes whose name contains this")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds allowed per measurement")
    args = parser.parse_args()
    print(f"{'shape':48} {'n':>10} {'t(n) s':>9} {'t(4n) s':>9} {'growth':>7}")
    for shape in (*SHAPES, *CAPTURE_SHAPES, *LEDGER_SHAPES, *PASSAGE_SHAPES):
        if args.only and args.only not in shape.name:
            continue
        n = max(1, int(shape.n * args.scale))
        small = _measure(shape, n, args.limit)
        large = _measure(shape, 4 * n, args.limit) if small is not None else None
        shown_small = f"{small[0]:9.3f}" if small is not None else f"{'>' + str(int(args.limit)):>9}"
        shown_large = f"{large[0]:9.3f}" if large is not None else f"{'>' + str(int(args.limit)):>9}"
        growth = f"{large[0] / small[0]:7.1f}" if small and large and small[0] else f"{'-':>7}"
        said = " ".join(sorted({part[1] for part in (small, large) if part and part[1]}))
        print(f"{shape.name:48} {n:>10} {shown_small} {shown_large} {growth} {said}".rstrip(), flush=True)


if __name__ == "__main__":
    main()
