"""Facebook, Instagram, LinkedIn: pages that often answer a visitor with a login form instead.

A login wall is not the cited content: it is named (`captured: fail`, "login wall") so that an archived
copy is tried.
A page that does show content is read like any web page (`og:` tags, JSON-LD).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.pages import decode_html, page_title
from provenance.extractors.web import is_html, read_web_page
from provenance.models import Platform, SourcePost
from provenance.side_urls import on_domain

_PLATFORMS: dict[str, Platform] = {
    "facebook.com": Platform.FACEBOOK,
    "fb.com": Platform.FACEBOOK,
    "fb.watch": Platform.FACEBOOK,
    "instagram.com": Platform.INSTAGRAM,
    "linkedin.com": Platform.LINKEDIN,
}
_LOGIN_PATH = re.compile(
    r"/(?:login|log-in|signin|sign-in|signup|authwall|checkpoint|accounts/login)\b", re.IGNORECASE
)
_LOGIN_TITLE = re.compile(r"\b(?:log ?in|log into|sign ?in|sign up|join linkedin)\b", re.IGNORECASE)


def login_wall(final_url: str, html: str) -> str | None:
    """Why this answer is a login wall, or None: a login path, or a password form under a login title."""
    path = urlsplit(final_url).path
    if _LOGIN_PATH.search(path):
        return f"redirected to a login page ({path})"
    tree = LexborHTMLParser(html)
    title = page_title(tree) or ""
    if tree.css_first("input[type=password]") is not None:
        return f"the page is a login form ({title[:80]!r})" if title else "the page is a login form"
    if _LOGIN_TITLE.search(title):
        return f"the page's title asks to log in ({title[:80]!r})"
    return None


class LoginWalledExtractor(Extractor):
    platform = Platform.FACEBOOK  # the first of several; each post says its own

    def handles(self, url: str) -> bool:
        return on_domain(url, *_PLATFORMS)

    def extract(self, page: CapturedPage) -> SourcePost:
        platform = next((p for domain, p in _PLATFORMS.items() if on_domain(page.url, domain)), self.platform)
        main = page.answer()
        if main is None:
            return SourcePost(platform=platform, url=page.url)
        if is_html(main):
            wall = login_wall(main.uri, decode_html(main))
            if wall is not None:
                return SourcePost(platform=platform, url=main.uri, problem="login-wall", problem_detail=wall)
        return read_web_page(page.url, main, platform, page.main_text)
