"""A link whose text is one URL and whose target is another: the printed report shows one source, the tool
captures the other. Each reader says so in a `link-text-differs` finding (and the `locator` check warns)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from provenance.models import Footnote
from provenance.readers import read_report, read_report_bytes
from provenance.urls import shown_link_differs
from tests.support.converters import pandoc_to_docx

MISLEADING_NOTE = "Rybar, Telegram, January 21, 2022, [https://t.me/rybar/12345](https://t.me/fakerybar/1)"


def _link_findings(footnotes: Sequence[Footnote]) -> list[str]:
    return [f.message for note in footnotes for f in note.findings if f.code == "link-text-differs"]


@pytest.mark.parametrize(
    ("shown", "target", "differs"),
    [
        ("https://t.me/rybar/12345", "https://t.me/fakerybar/1", True),
        ("t.me/rybar/12…", "https://t.me/other/12345", True),
        ("bit.ly/abc", "https://news.example/a", True),
        ("https://t.me/rybar/12345", "https://t.me/rybar/12345?single", False),
        ("http://www.news.example/a/", "https://news.example/a", False),
        ("t.me/rybar/12…", "https://t.me/rybar/12345", False),
        ("Telegram", "https://t.me/x/1", False),
        ("see https://t.me/a/1", "https://t.me/b/1", False),
        # One site under two names: the same post, shown as the writer copied it and linked as the app shares
        # it ("link-text-differs" kept such a footnote from `verified`).
        ("twitter.com/MinPressOffice/status/148", "https://x.com/MinPressOffice/status/148", False),
        ("https://x.com/MinPress/status/148", "https://mobile.twitter.com/MinPress/status/148?s=20", False),
        ("https://telegram.me/rybar/12345", "https://t.me/rybar/12345", False),
        ("https://x.com/MinPressOffice/status/148", "https://x.com/fakeoffice/status/1", True),
        ("https://twitter.com/rybar", "https://t.me/rybar", True),
    ],
)  # fmt: skip
def test_a_link_text_that_is_another_url_than_the_target(shown: str, target: str, differs: bool) -> None:
    assert shown_link_differs(shown, target) is differs


def test_markdown_link_showing_one_post_and_leading_to_another_is_a_finding() -> None:
    report = read_report_bytes(f"A claim.[^1]\n\n[^1]: {MISLEADING_NOTE}\n".encode(), "r.md")
    assert _link_findings(report.footnotes) == [
        "footnote 1 on line 3: a link shows 'https://t.me/rybar/12345' but leads to "
        "https://t.me/fakerybar/1; the target is what is captured"
    ]
    honest = read_report_bytes(b"A claim.[^1]\n\n[^1]: [Rybar on Telegram](https://t.me/rybar/1)\n", "r.md")
    assert _link_findings(honest.footnotes) == []


def test_html_link_showing_one_post_and_leading_to_another_is_a_finding() -> None:
    html = (
        '<p>A claim.<sup><a href="#fn1" id="r1">1</a></sup></p><ol><li id="fn1">Rybar, '
        '<a href="https://t.me/fakerybar/1">https://t.me/rybar/12345</a> <a href="#r1">↩</a></li>'
        '<li id="fn2">Rybar, <a href="https://www.google.com/url?q=https://t.me/rybar/2&amp;sa=D">'
        "https://t.me/rybar/2</a></li></ol><p>More.<sup><a href='#fn2'>2</a></sup></p>"
    )
    report = read_report_bytes(html.encode(), "r.html")
    assert [note.label for note in report.footnotes] == ["1", "2"]
    assert len(_link_findings(report.footnotes[:1])) == 1
    assert _link_findings(report.footnotes[1:]) == [], "a Google Docs redirector to the shown URL is honest"


def test_docx_hyperlink_showing_one_post_and_leading_to_another_is_a_finding(tmp_path: Path) -> None:
    source = tmp_path / "memo.md"
    source.write_text(f"A claim.[^1]\n\n[^1]: {MISLEADING_NOTE}\n", encoding="utf-8")
    report = read_report(pandoc_to_docx(source, tmp_path / "memo.docx"))
    assert len(_link_findings(report.footnotes)) == 1
