"""A YouTube video's watch page and oEmbed answer as YouTube serves them to a client without scripts: the
metadata and the player's response naming the video, nothing of what is said in it. For the end-to-end
reports that cite a video."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Video:
    video_id: str
    title: str
    description: str
    channel: str  # the channel's name, as its author
    handle: str  # the channel's handle, without its `@`
    published: str  # ISO 8601 with the offset YouTube writes (`2022-01-21T03:00:07-08:00`)
    seconds: int
    keywords: str
    genre: str  # as HTML writes it (`News &amp; Politics`)


def watch_page(video: Video) -> bytes:
    """`video`'s watch page (`https://www.youtube.com/watch?v=<id>`)."""
    url = f"https://www.youtube.com/watch?v={video.video_id}"
    minutes, seconds = divmod(video.seconds, 60)
    player = json.dumps(
        {
            "playabilityStatus": {"status": "OK"},
            "videoDetails": {
                "videoId": video.video_id,
                "title": video.title,
                "lengthSeconds": str(video.seconds),
                "author": video.channel,
                "shortDescription": video.description,
            },
        },
        separators=(",", ":"),
    )
    return f"""<!DOCTYPE html>
<html style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" lang="en" darker-dark-theme>
<head>
<meta charset="utf-8">
<title>{video.title} - YouTube</title>
<meta name="title" content="{video.title}">
<meta name="description" content="{video.description}">
<meta name="keywords" content="{video.keywords}">
<meta property="og:site_name" content="YouTube">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{video.title}">
<meta property="og:description" content="{video.description}">
<meta property="og:type" content="video.other">
<link rel="canonical" href="{url}">
</head>
<body dir="ltr" no-y-overflow>
<div id="watch7-content" class="watch-main-col" itemscope itemid="" itemtype="http://schema.org/VideoObject">
<link itemprop="url" href="{url}">
<meta itemprop="name" content="{video.title}">
<meta itemprop="description" content="{video.description}">
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="url" href="http://www.youtube.com/@{video.handle}"><link itemprop="name" content="{video.channel}"></span>
<meta itemprop="duration" content="PT{minutes}M{seconds}S">
<meta itemprop="datePublished" content="{video.published}">
<meta itemprop="uploadDate" content="{video.published}">
<meta itemprop="genre" content="{video.genre}">
</div>
<script>var ytInitialPlayerResponse = {player};</script>
<script src="/s/desktop/7a1b2c3d/jsbin/desktop_polymer.vflset/desktop_polymer.js"></script>
</body>
</html>
""".encode()  # noqa: E501


def oembed_answer(video: Video) -> bytes:
    """YouTube's oEmbed answer for `video`."""
    return json.dumps(
        {
            "title": video.title,
            "author_name": video.channel,
            "author_url": f"https://www.youtube.com/@{video.handle}",
            "type": "video",
            "height": 113,
            "width": 200,
            "version": "1.0",
            "provider_name": "YouTube",
            "provider_url": "https://www.youtube.com/",
            "thumbnail_url": f"https://i.ytimg.com/vi/{video.video_id}/hqdefault.jpg",
            "html": f'<iframe width="200" height="113" src="https://www.youtube.com/embed/{video.video_id}'
            f'?feature=oembed" frameborder="0" allowfullscreen title="{video.title}"></iframe>',
        }
    ).encode()
