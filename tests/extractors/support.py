"""Captured pages for extractor tests, built from the assets in tests/assets/extractors."""

from __future__ import annotations

from pathlib import Path

from provenance.extractors import CapturedPage
from provenance.warc.reader import StoredResponse

ASSETS = Path(__file__).resolve().parent.parent / "assets" / "extractors"
HTML = (("Content-Type", "text/html; charset=utf-8"),)
JSON = (("Content-Type", "application/json; charset=utf-8"),)


def asset(name: str) -> bytes:
    return (ASSETS / name).read_bytes()


def answer(uri: str, body: bytes | str = b"", status: int = 200, json: bool = False) -> StoredResponse:
    data = body.encode() if isinstance(body, str) else body
    return StoredResponse(uri=uri, status=status, headers=JSON if json else HTML, body=data, cut=False)


def redirect(uri: str, location: str, status: int = 302) -> StoredResponse:
    return StoredResponse(uri=uri, status=status, headers=(("Location", location),), body=b"", cut=False)


def page(url: str, *responses: StoredResponse) -> CapturedPage:
    return CapturedPage(url=url, responses=responses)
