"""`check` on a link whose redirect names its target as only a browser reads it (capture.location): the page
the capture reached is the page read back and checked, as it is for any redirect."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from tests.support.servers import FixtureServer, Reply, raw_answer

ARTICLE = (
    b"<html><head><title>Council vote</title><meta name='author' content='Lina Haddad'>"
    b"<meta property='article:published_time' content='2022-01-21T09:00:00Z'></head>"
    b"<body><p>The council voted to reopen the bridge.</p></body></html>"
)
REPORT = """# Brief

The council said it \u201cvoted to reopen the bridge\u201d.[^1]

[^1]: Lina Haddad, \u201cCouncil vote\u201d, January 21, 2022, http://news.example/moved
"""


@pytest.fixture
def news() -> Iterator[FixtureServer]:
    with FixtureServer({"/article": Reply(body=ARTICLE)}) as server:
        yield server


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    return tmp_path


def _check(capsys: pytest.CaptureFixture[str], news: FixtureServer) -> tuple[int, dict[str, Any]]:
    to_news = ["--connect-to", f"news.example:80:127.0.0.1:{news.port}"]
    to_evil = ["--connect-to", f"evil.example:80:127.0.0.1:{news.port}"]
    code = cli.main(["check", "brief.md", "--json", *to_news, *to_evil])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    (footnote,) = json.loads(out)["reports"][0]["footnotes"]
    return code, footnote


@pytest.mark.parametrize("location", [b"/\\news.example/article", b"\\\\news.example/article", b"/article"])
def test_a_redirect_a_browser_follows_to_the_article_is_read_back_as_the_article(
    location: bytes, workdir: Path, news: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    news.routes["/moved"] = raw_answer(
        b"HTTP/1.1 302 Found\r\nLocation: " + location + b"\r\nContent-Length: 0\r\n\r\n"
    )
    # The capture reached the article; reading it back joined the `Location` by RFC 3986, found no page
    # stored there and read the empty redirect ("captured: empty answer", failed).
    code, footnote = _check(capsys, news)
    assert footnote["capture"]["final_url"] == "http://news.example/article"
    assert (code, footnote["status"]) == (0, "verified")


def test_a_redirect_a_browser_follows_to_another_host_is_read_there(
    workdir: Path, news: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    news.routes["/moved"] = raw_answer(
        b"HTTP/1.1 302 Found\r\nLocation: /\\evil.example/article\r\nContent-Length: 0\r\n\r\n"
    )
    # A browser reader lands on evil.example's page: that page is the one captured, read and said, as for a
    # redirect naming evil.example outright; the plain capture asked news.example for `/%5Cevil.example/…`.
    _, footnote = _check(capsys, news)
    assert footnote["capture"]["final_url"] == "http://evil.example/article"
    captured = next(check for check in footnote["checks"] if check["name"] == "captured")
    assert captured["detail"].startswith(
        "HTTP 200 at http://evil.example/article (the cited URL redirected there)"
    )
