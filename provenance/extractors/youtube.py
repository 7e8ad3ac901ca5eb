"""YouTube: a video's title and channel from oEmbed, its publication time from the watch page's metadata.

`https://www.youtube.com/oembed?url=<watch url>&format=json` is captured beside the video (`title`,
`author_name`, `author_url`); it answers 404 for a deleted or private video (401 only means embedding is off).
The watch page's `datePublished`/`uploadDate` (microdata or meta) gives the time.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.pages import raw_fields, squeeze
from provenance.extractors.web import read_web_page
from provenance.models import Platform, SourcePost
from provenance.side_urls import YOUTUBE_DOMAINS, YOUTUBE_OEMBED, on_domain, youtube_video_id

_MAX_JSON = 1_000_000


def _text(value: Any) -> str | None:
    return squeeze(value) if isinstance(value, str) and value.strip() else None


class YouTubeExtractor(Extractor):
    platform = Platform.YOUTUBE

    def handles(self, url: str) -> bool:
        return on_domain(url, *YOUTUBE_DOMAINS)

    def extract(self, page: CapturedPage) -> SourcePost:
        video = youtube_video_id(page.url)
        main = page.answer()
        post = (
            read_web_page(page.url, main, self.platform, page.main_text)
            if main is not None
            else SourcePost(platform=self.platform, url=page.url)
        )
        # The watch page without scripts is nearly empty; oEmbed and the metadata carry the content.
        post = post.model_copy(update={"post_id": video, "problem": None, "problem_detail": None})
        oembed = page.answer_to(YOUTUBE_OEMBED)
        if oembed is not None and oembed.status == 404:
            return post.model_copy(
                update={"problem": "unavailable", "problem_detail": "oEmbed answers 404: deleted or private"}
            )
        data: Any = None
        if oembed is not None and oembed.status == 200 and len(oembed.body) <= _MAX_JSON:
            try:
                data = json.loads(oembed.body)
            except (ValueError, RecursionError):
                data = None
        if not isinstance(data, dict):
            return post
        author_url = _text(data.get("author_url")) or ""
        segments = [segment for segment in urlsplit(author_url).path.split("/") if segment]
        handle = segments[0][1:] if segments and segments[0].startswith("@") else None
        fields = {
            **post.fields,
            "oembed title": _text(data.get("title")),
            "oembed author_name": _text(data.get("author_name")),
            "oembed author_url": author_url or None,
        }
        return post.model_copy(
            update={
                "title": _text(data.get("title")) or post.title,
                "author": _text(data.get("author_name")) or post.author,
                "handle": handle or post.handle,
                "fields": raw_fields(fields),
            }
        )
