"""A Telegram post's own page and its widget (`?embed=1&mode=tme`) as Telegram serves them to a client
without scripts, for the end-to-end reports that cite a post."""

from __future__ import annotations

import base64
from collections.abc import Sequence


def telegram_page(post: str, owner: str, text: str) -> bytes:
    """A post's own page (`t.me/<channel>/<id>`) as Telegram serves it to a client without scripts."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>Telegram: Contact @{post.split('/')[0]}</title>"
        f"<meta property='og:title' content='{owner}'><meta property='og:description' content='{text}'>"
        "<meta property='og:site_name' content='Telegram'>"
        f"<meta name='twitter:title' content='{owner}'></head><body class='no_transition'>"
        "<div class='tgme_page_wrap'><div class='tgme_head_wrap'><div class='tgme_head'>"
        "<a href='//telegram.org/' class='tgme_head_brand'>Telegram</a></div></div>"
        f"<div class='tgme_page_widget'><script async src='https://telegram.org/js/telegram-widget.js?22' "
        f"data-telegram-post='{post}' data-width='100%'></script></div></div></body></html>"
    ).encode()


def widget_words(text: str) -> str:
    """A widget's block of the post's words."""
    return f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>'


def widget_photos(post: str, photos: int) -> str:
    """A widget's blocks of `photos` photos of one post (no album's)."""
    channel = post.split("/")[0]
    return "".join(
        f'<a class="tgme_widget_message_photo_wrap {index}" href="https://t.me/{post}" '
        f"style=\"width:800px;background-image:url('https://cdn4.cdn-telegram.org/file/{channel}{index}.jpg')\">"
        '<div class="tgme_widget_message_photo" style="padding-top:75%"></div></a>'
        for index in range(photos)
    )


def telegram_widget(
    post: str,
    owner: str,
    when: str,
    blocks: Sequence[str],
    *,
    peer: int,
    colour: int,
    views: str,
    edited: bool = False,
) -> bytes:
    """A post's widget: `blocks` go between the author's name and the footer, a line each (a forward's header,
    photos, words); `peer` is the channel's id, `colour` its avatar's colour, `edited` Telegram's mark of a
    post changed since."""
    channel = post.split("/")[0]
    # Telegram gives the peer's id twice: in `data-view`, as unpadded base64 of a JSON object, and as is.
    view = base64.b64encode(f'{{"c":-{peer}}}'.encode()).decode().rstrip("=")
    bubble = "".join(f"      {block}\n" for block in blocks)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{owner} \u2013 Telegram</title>
<link href="//telegram.org/css/widget-frame.css" rel="stylesheet">
</head>
<body class="widget_frame_base emoji_image nodark">
<div class="tgme_widget_message_wrap js-widget_message_wrap">
  <div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{post}" data-view="{view}" data-peer="c{peer}_-1">
    <div class="tgme_widget_message_user"><a href="https://t.me/{channel}"><i class="tgme_widget_message_user_photo bgcolor{colour}" data-content="{owner[0]}"></i></a></div>
    <div class="tgme_widget_message_bubble">
      <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{channel}"><span dir="auto">{owner}</span></a></div>
{bubble}      <div class="tgme_widget_message_footer compact js-message_footer">
        <div class="tgme_widget_message_info short js-message_info">
          <span class="tgme_widget_message_views">{views}</span><span class="copyonly"> views</span>
          <span class="tgme_widget_message_meta">{"edited " if edited else ""}<a class="tgme_widget_message_date" href="https://t.me/{post}"><time datetime="{when}" class="time">x</time></a></span>
        </div>
      </div>
    </div>
  </div>
</div>
<script src="//telegram.org/js/widget-frame.js"></script>
</body>
</html>
""".encode()  # noqa: E501
