"""Telegram: a post read from its server-rendered widget, its permalink page or its channel's preview page.

- The widget `https://t.me/<channel>/<id>?embed=1&mode=tme` is captured beside every post (DESIGN.md §4):
  `data-post` gives the canonical channel/id, `.tgme_widget_message_owner_name` the channel's display name,
  `.tgme_widget_message_text` the text, `<time datetime>` the UTC time; `.tgme_widget_message_error` means the
  post is deleted or private. A public group's message names its sender before the group
  (`.tgme_widget_message_author_name` in `.tgme_widget_message_owner_name`): the post is the sender's.
  A channel that signs its posts shows the admin who wrote one under it (`.tgme_widget_message_from_author`,
  beside the views): that person is the post's author and the channel its publisher, so a note naming
  either is borne out, and one naming anyone else is not.
- A message the web does not show (a service notice in the widget, a story or paid media shared in a channel)
  has only Telegram's "Please open Telegram to view this post" box in its bubble, where the text would be: it
  is unavailable, as is one whose whole text is Telegram's restriction notice ("This channel can't be
  displayed because it violated Telegram's Terms of Service.", "... is blocked in your country or region",
  "This message is unavailable." alone), in English, Russian, Ukrainian, German, French, Spanish, Polish,
  Turkish or Arabic (the widget speaks the visitor's language). Its channel and time are no post's; a
  notice saying Telegram withholds it where it was fetched from ("… violated local laws", "… in your
  country") names a region block (a capture from elsewhere, or an archived copy, may show it). The
  same box in a post's footer, or over a video this browser cannot play, is not.
- A poll (`.tgme_widget_message_poll`) has no text block: its question (`fields.poll_question`) is the
  channel's words, read as the post's text; its options are answers offered to readers, not anything the
  channel says, so they are kept apart (`fields.poll_options`) and a quote found only there is not confirmed.
- Words a post sets apart in a quotation block (`<blockquote>`, Telegram's quote formatting) stay its text (a
  channel folds its own long text into one as often as it repeats another's words there), and are also kept
  apart (`fields.blockquote`): a quote found only there was set apart by the post, perhaps as another's.
- A channel's public preview `https://t.me/s/<channel>` (optionally `?before=<id>`) holds many posts in the
  same markup; `read_channel_preview` reads them all (the `locate` command pages through them). A post it
  shows pinned (`tgme_widget_message_pinned`) stands above the page's posts, out of their order: it is marked
  (`fields.pinned`), so that paging never takes it for the page's oldest.
A channel's own link (`t.me/<channel>`) answered with its card (name, subscribers, description), or with its
list of posts (redirected to its preview), is the channel's, no post's: its name, and no words or time; a card
whose description is Telegram's restriction notice is a channel no reader can open: unavailable.
An Instant View link (`t.me/iv?url=<page>`) is Telegram's rendering of another site's page: a third party's
copy (`partial: copy`), its text and title not read, never a post whose author is the article's title.
A link into Telegram's web app (`web.telegram.org/k/#@channel`) shows nothing without signing in: it is
named a login wall, never read as a page. A story's link (`t.me/<channel>/s/<id>`) and a boost page's
(`t.me/boost/<channel>`) name no post and open only in the app: unavailable, never read as the channel's card.
A forward names whose post it is in its "Forwarded from …" header (`fields.forwarded_from`): in the name's own
element, or (no such element) in the header's words after Telegram's lead-in; one whose name is the post's
author's own, but whose link names another account or a private chat, or none, names that account too (a
namesake's post is never the channel's own forward). An edited post says "edited"
beside its time. Both words are in the visitor's language: the capture asks in none (Telegram answers in
English), but a browser's capture or an archive's copy may be in another (Russian, Ukrainian, Belarusian,
Spanish, Portuguese, German, French, Italian, Polish, Dutch, Indonesian, Turkish, Persian, Arabic are read).
An album (a media group) is one message whose photos and videos link to their own ids: an item cited by its
id is read from the album that shows it (its caption and time); an item shown alone, without words (its
`?single` link's widget, or one whose own media links to it as an album's item, `?single`), or an album of
several items shown without words for one of them, says the album's caption (on one of its items, perhaps
one not shown) was not read, never that the post has no words. An archived copy's links (the Wayback
Machine's `https://web.archive.org/web/<stamp>/<URL>`, archive.today's `/o/<code>/<URL>`) are read as the
pages they link (`pages.linked_out_of_a_copy`): an album's items, a forward's original and a group member's
account are told on a copy as on Telegram's own page.
Message ids carry no time: the time is only what Telegram shows. A post read from its own page, its widget
not read (a 429, a widget missing from an archived copy), has its page's words but no author: the page's
`og:title` names the chat the post is in (kept in `fields`), never who wrote it (a group's member, a forward's
author).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, parse_qsl, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.digits import is_ascii_number
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.layout import ancestors
from provenance.extractors.pages import (
    MAX_TEXT,
    decode_html,
    linked_out_of_a_copy,
    meta_content,
    meta_tags,
    node_text,
    parse_published,
    raw_fields,
    shown_references,
    squeeze,
)
from provenance.models import Platform, SourcePost
from provenance.patterns import on_first_use
from provenance.side_urls import (
    TELEGRAM_DOMAINS,
    is_telegram_preview_url,
    is_telegram_private_url,
    on_domain,
    telegram_comment,
    telegram_post,
    telegram_widget_url,
)
from provenance.urls import joined_url
from provenance.warc.reader import StoredResponse

_MESSAGE = ".tgme_widget_message[data-post]"
_MAX_POSTS = 500  # a preview page shows about 20; more is not a Telegram page
# A reply shows the post it answers above its own text, in a block of its own with the same text class: that
# text is another post's (another author's, another day's), never this one's.
_REPLY = "tgme_widget_message_reply"
_MAX_TEXT_BLOCKS = 20  # a post has its text and at most a reply's; more is not Telegram's markup
_MAX_DEPTH = 30  # how far up from a text block its reply block is looked for
_MAX_REPLY_SHOWN = 300
# An album (a media group) is one message whose media each link to their own message id.
_ALBUM = ".tgme_widget_message_grouped_wrap"
_MAX_ALBUM_ITEMS = 20  # Telegram groups at most 10 media
# A service notice ("Rybar pinned «…»", "Channel created", "Channel photo updated") has a message's markup
# and a `data-post` id of its own, but no one posted it: a pin's notice shows the pinned post's words with
# the time of the pin.
_SERVICE = ("service_message", "tgme_widget_message_service")
# A channel's preview page shows the post it pinned above its page of posts, whatever their ids and times.
_PINNED = "tgme_widget_message_pinned"
# A message the web does not show at all (a service notice in the widget, a story or paid media shared in a
# channel, a giveaway): Telegram puts its "Please open Telegram to view this post" box in the bubble where the
# text would be. The same box inside `.media_not_supported_cont` (a footer on many posts) or a video player (a
# video this browser cannot play) says nothing of the post's words.
_SHOWN_ONLY_IN_THE_APP = ".tgme_widget_message_bubble > .message_media_not_supported_wrap"
# Media the web does show: a message holding one is a post of it (a photo posted without words), whatever box
# stands beside it.
_SHOWN_MEDIA = ", ".join(
    f".tgme_widget_message_{kind}"
    for kind in (
        *("photo_wrap", "video_player", "roundvideo_player", "document_wrap", "voice_player"),
        *("sticker_wrap", "location_wrap", "grouped_wrap"),
    )
)
# What Telegram shows in place of a restricted chat's or post's words ("This channel can't be displayed
# because it violated Telegram's Terms of Service.", "This post isn't available in your country due to
# copyright."): its notice, never what the channel said. Matched on the whole text only (a post quoting one is
# a post). `\u2019` is the typographic apostrophe Telegram may write. The widget and the post's page speak the
# visitor's language: a Russian or Ukrainian reader's capture says it in theirs ("Этот канал не может быть
# показан, так как он нарушил Условия использования Telegram.", "Це повідомлення недоступне в вашій країні."):
# matched in English only, it was read as the post's words, its channel and time confirming a note's author
# and date. So were a German, French, Spanish, Polish, Turkish or Arabic reader's ("Dieser Kanal kann nicht
# angezeigt werden, …", "لا يمكن عرض هذه القناة …") until they were matched too.
_RESTRICTED = on_first_use(
    r"(?:This (?:channel|group|chat|message|post|media) "
    r"(?:(?:can['\u2019]t|cannot|couldn['\u2019]t|could not) be displayed|"
    r"(?:(?:isn['\u2019]t|is not) available|is unavailable|(?:is|was|has been) blocked) "
    r"in your (?:country|region))"
    # Russian
    r"|(?:Этот|Эта|Это) (?:канал|группа|чат|сообщение|пост|публикация|запись|медиа) "
    r"(?:не (?:может|могут) быть (?:показан|отображ[её]н)[аоы]?|нельзя (?:показать|отобразить)|"
    r"(?:недоступ[а-я]{0,3}|заблокирован[а-я]{0,2}) в вашей стране)"  # noqa: RUF001
    # Ukrainian
    r"|(?:Цей|Ця|Це) (?:канал|група|чат|повідомлення|допис|пост|публікація|медіа) "
    r"(?:не може бути (?:показан|відображен)[а-я]{0,2}|неможливо (?:показати|відобразити)|"  # noqa: RUF001
    r"(?:недоступн[а-яі]{0,2}|заблокован[а-яі]{0,2}) (?:у|в) вашій країні)"  # noqa: RUF001
    # German
    r"|(?:Dieser|Diese|Dieses) (?:Kanal|Gruppe|Chat|Nachricht|Beitrag|Post|Medium) "
    r"(?:kann nicht angezeigt werden|(?:ist|wurde) in (?:deinem|Ihrem|deiner|Ihrer) (?:Land|Region) "
    r"(?:nicht verfügbar|gesperrt))"
    # French
    r"|(?:Ce|Cette|Cet) (?:canal|chaîne|groupe|chat|message|post|publication|média) "
    r"(?:ne peut (?:pas )?être affiché[es]{0,2}|"
    r"(?:n['\u2019]est pas disponible|est indisponible|(?:est|a été) bloqué[es]{0,2}) "
    r"dans votre (?:pays|région))"
    # Spanish
    r"|(?:Este|Esta) (?:canal|grupo|chat|mensaje|post|publicación) "
    r"(?:no (?:puede mostrarse|se puede mostrar|puede ser mostrad[oa])|"
    r"(?:no está disponible|está bloquead[oa]|ha sido bloquead[oa]) en (?:tu|su) (?:país|región))"
    # Polish
    r"|(?:Ten|Ta|To) (?:kanał|grupa|czat|wiadomość|post|wpis) "
    r"(?:nie może (?:zostać|być) wyświetlon[yae]|"
    r"(?:jest niedostępn[yae]|(?:jest|został[ao]?) zablokowan[yae]) w (?:Twoim|Pana|Pani) (?:kraju|regionie))"
    # Turkish: the verb comes last, after the reason ("Bu kanal, … ihlal ettiği için görüntülenemiyor.")
    r"|Bu (?:kanal|grup|sohbet|mesaj|ileti|gönderi),? (?:[^\n]{1,160}? )?"
    r"(?:görüntülenemiyor|gösterilemiyor|"
    r"ülkenizde (?:kullanılamıyor|mevcut değil|engellendi|engellenmiştir))"  # noqa: RUF001
    # Arabic: "لا يمكن عرض هذه القناة لأنها انتهكت شروط خدمة تيليجرام.", "هذه القناة غير متاحة في بلدك."
    r"|لا يمكن عرض (?:هذه|هذا) (?:القناة|المجموعة|الدردشة|الرسالة|المنشور|المحتوى)"
    r"|(?:هذه|هذا) (?:القناة|المجموعة|الدردشة|الرسالة|المنشور|المحتوى) "
    r"(?:غير (?:متاحة|متاح|متوفرة|متوفر)|محظورة|محظور) في (?:بلدك|منطقتك|دولتك)"
    r"|تم حظر (?:هذه|هذا) (?:القناة|المجموعة|الدردشة|الرسالة|المنشور|المحتوى) في (?:بلدك|منطقتك|دولتك))"
    r"\b[^\n]{0,200}",
    re.IGNORECASE,
)
# Telegram's notice for a message it shows nothing of, alone and whole ("This message is unavailable.",
# "Сообщение недоступно."): with words after it, a channel's own notice ("This post is unavailable in Russia,
# read it on our site") is a post.
_UNAVAILABLE_ALONE = on_first_use(
    r"This (?:channel|group|chat|message|post|media) (?:is|was) unavailable\.?"
    r"|(?:(?:Этот|Эта|Это) )?(?:канал|группа|чат|сообщение|пост|публикация|запись|медиа) "
    r"недоступ[а-я]{0,3}\.?"  # noqa: RUF001
    r"|(?:(?:Цей|Ця|Це) )?(?:канал|група|чат|повідомлення|допис|пост|публікація|медіа) "
    r"недоступн[а-яі]{0,2}\.?"  # noqa: RUF001
    r"|(?:(?:Dieser|Diese|Dieses) )?(?:Kanal|Gruppe|Chat|Nachricht|Beitrag|Post|Medium) "
    r"ist nicht verfügbar\.?"
    r"|(?:(?:Ce|Cette|Cet) )?(?:canal|chaîne|groupe|chat|message|post|publication|média) "
    r"(?:n['\u2019]est pas disponible|est indisponible)\.?"
    r"|(?:(?:Este|Esta) )?(?:canal|grupo|chat|mensaje|post|publicación) no está disponible\.?"
    r"|(?:(?:Ten|Ta|To) )?(?:kanał|grupa|czat|wiadomość|post|wpis) jest niedostępn[yae]\.?"
    r"|(?:Bu )?(?:kanal|grup|sohbet|mesaj|ileti|gönderi) (?:kullanılamıyor|mevcut değil)\.?"  # noqa: RUF001
    r"|(?:(?:هذه|هذا) )?(?:القناة|المجموعة|الدردشة|الرسالة|المنشور|المحتوى) "
    r"غير (?:متاحة|متاح|متوفرة|متوفر)\.?",
    re.IGNORECASE,
)
_MAX_RESTRICTION_NOTICE = 300
# A public group's message names who wrote it before the group (`Ivan in Kherson Chat`): the sender is the
# author-name link, the group the owner name a channel's post shows alone. The post is the sender's, not the
# group's (a chat whose name a member's words were credited to).
_SENDER = ".tgme_widget_message_author .tgme_widget_message_author_name"
_MAX_SENDERS = 5  # the message's sender, and a reply's author; more is not Telegram's markup
# A forwarded post's header ("Forwarded from Grey Zone"): the name is its own link or span, or (a person who
# hides their account) only the header's words after Telegram's lead-in, in the visitor's language. The
# capture asks in no language (no Accept-Language: Telegram answers in English), but a browser capture or an
# archive's copy speaks its visitor's: read in English, Russian and Ukrainian only, a Spanish reader's
# "Reenviado de Iván Petrov" named "Reenviado de Iván Petrov" as the forward's author.
_FORWARD_HEADER = ".tgme_widget_message_forwarded_from"
_FORWARD_LEAD_IN = on_first_use(
    r"^(?:Forwarded from|Переслано (?:от|з|від)|Пераслана (?:ад|з)|Reenviado (?:de|desde)|"
    r"(?:Re)?[Ee]ncaminhad[ao] de|Weitergeleitet von|Transféré (?:de|depuis)|Inoltrato da|"
    r"Przekazano (?:od|z)|Doorgestuurd van|Diteruskan dari|Şuradan iletildi|İletildi|"
    r"هدایت شده از|بازارسال از|تمت إعادة التوجيه من|مُ?عاد توجيهه?ا? من)\s*:?\s*",  # noqa: RUF001
    re.IGNORECASE,
)
# The mark of an edited post in its footer's meta, beside its time ("edited 17:00"), in the visitor's
# language as the forward's lead-in is: read in English only, an edited post read from a Russian or Spanish
# copy was never called edited, and a quote of the words it had before the edit failed where it warns.
_EDITED_MARK = on_first_use(
    r"\b(?:edited|изменено|изменён|змінено|редаговано|зменена|editad[oa]|bearbeitet|modifié|modificato|"
    r"düzenlendi|edytowano|bewerkt|diedit)\b|ویرایش[\s\u200c]?شده|تم التعديل|مُ?عدّ?ل",
    re.IGNORECASE,
)
_MAX_META = 300  # a footer's meta is a word and a time
# A poll: its question is the channel's words, its options only choices it offers its readers.
_POLL = ".tgme_widget_message_poll"
_MAX_POLL_OPTIONS = 12  # Telegram allows 10
# Words a post sets apart in a quotation block (`<blockquote>` in its text: Telegram's "quote" formatting).
# Often another's words the channel repeats ("Medvedev: …"), but as often the channel's own (a long text
# folded into an expandable quote): still the post's text, and also kept apart (`fields.blockquote`) so that
# a quote found only there can be named as set apart by the post.
_MAX_BLOCKQUOTES = 20
# A signed channel post names, in its footer, the admin who wrote it: the channel is still who published it.
_SIGNATURE = ".tgme_widget_message_from_author"
# The title of Telegram's generic page, which t.me answers for a link it shows no post for (a private
# channel's `t.me/c/...` link, among others): a post's own page has its channel's name as its `og:title`.
_GENERIC_PAGE_TITLE = "Telegram Messenger"
# A channel's own page (`t.me/<channel>`) shows its card: subscribers and description; a post's page shows
# the post's widget instead.
_CHANNEL_CARD = ".tgme_page_extra, .tgme_page_description"
_POST_PAGE = ".tgme_page_post, [data-telegram-post]"


def _in_reply_block(text_node: LexborNode, message: LexborNode) -> bool:
    for node in ancestors(text_node.parent, _MAX_DEPTH):
        if node == message:
            return False
        if _REPLY in (node.attributes.get("class") or "").split():
            return True
    return True  # nested deeper than Telegram's markup: not taken for the post's own text


def _own_text_node(message: LexborNode) -> tuple[LexborNode | None, LexborNode | None]:
    """The post's own text block, and the text block of the post it replies to (if it is a reply)."""
    own = replied = None
    for text_node in message.css(".tgme_widget_message_text")[:_MAX_TEXT_BLOCKS]:
        if _in_reply_block(text_node, message):
            replied = replied or text_node
        else:
            own = own or text_node
    # Telegram also gives the answered post's text a class of its own (`tgme_widget_message_metatext
    # js-message_reply_text`): never the post's text, but still the words it answers.
    return own, replied or message.css_first(f".{_REPLY} .js-message_reply_text")


def _sender(message: LexborNode) -> LexborNode | None:
    """Who wrote a group's message (its header's author name), when the message is a group's; the author a
    reply shows of the post it answers is not."""
    for node in message.css(_SENDER)[:_MAX_SENDERS]:
        if not _in_reply_block(node, message):
            return node
    return None


def _signer(message: LexborNode) -> str | None:
    """The name a signed channel post is signed with (its footer's `from_author`), else None."""
    for node in message.css(_SIGNATURE)[:_MAX_SENDERS]:
        if not _in_reply_block(node, message):
            return squeeze(node.text()) or None
    return None


def _forward_header_name(message: LexborNode) -> str | None:
    """Whose post a message forwards, from its "Forwarded from …" header when the header names them in no
    element of their own (a forward of a person who hides their account): its words, less Telegram's lead-in
    in the languages it is read in. Without it, the forward was read as the channel's own words."""
    header = message.css_first(_FORWARD_HEADER)
    if header is None or _in_reply_block(header, message):
        return None
    return _FORWARD_LEAD_IN().sub("", squeeze(header.text()), count=1)[:_MAX_REPLY_SHOWN] or None


def _poll(message: LexborNode) -> tuple[str, str] | None:
    """(question, options joined by " | ") of the poll a message is, else None; a reply's is not its own."""
    poll = message.css_first(_POLL)
    if poll is None or _in_reply_block(poll, message):
        return None
    question = poll.css_first(".tgme_widget_message_poll_question")
    options = poll.css(".tgme_widget_message_poll_option_text")[:_MAX_POLL_OPTIONS]
    return (
        node_text(question) if question is not None else "",
        " | ".join(squeeze(option.text()) for option in options),
    )


def _forward_told_apart(
    name: str | None, link: str | None, author: str | None, account: str | None
) -> str | None:
    """Whose post a forward shows (`name`), told apart from the name of the message's author (the channel,
    or a group's member: `account`, their username) where the two are one.

    `checks.author` tells a chat's forward of its own post from another's by the post its link names, else by
    the names: a forward of a person's message (its link `t.me/<username>`, or none where they hide their
    account) under the channel's own name (a namesake, an impersonator) was read as the channel's own, and a
    note crediting its words to the channel passed `author`. A public chat's own forward links to its post."""
    if not name or not author:
        return name
    from provenance.names import speaker_key  # the key `checks.author` compares names by

    if speaker_key(name) != speaker_key(author):
        return name
    linked_chat, linked_post = telegram_post(link) if link else (None, None)
    if linked_post is not None:
        # A post of a public chat is told apart by its username; a private chat's (`t.me/c/<chat>/<id>`)
        # names none, and is another chat than this public one.
        return name if linked_chat is not None else f"{name} (a private chat)"
    segments = [segment for segment in urlsplit(link or "").path.split("/") if segment]
    user = segments[0] if link and on_domain(link, *TELEGRAM_DOMAINS) and len(segments) == 1 else None
    if user is not None and account is not None and user.casefold() == account.casefold():
        return name  # the author's own account
    return f"{name} (@{user})" if user else f"{name} (an account whose link Telegram does not show)"


def _href(link: LexborNode, page_url: str) -> str:
    """Where a link of the page at `page_url` leads: an archived copy's link as the page it links
    (`pages.linked_out_of_a_copy`), any other as written."""
    return linked_out_of_a_copy(link.attributes.get("href") or "", page_url)


def _account(link: LexborNode, page_url: str) -> str | None:
    """The account a `t.me/<username>` link names; None for another link, or none."""
    href = _href(link, page_url)
    segments = [segment for segment in urlsplit(href).path.split("/") if segment]
    return segments[0] if on_domain(href, *TELEGRAM_DOMAINS) and len(segments) == 1 else None


def read_message(node: LexborNode, page_url: str) -> SourcePost:
    """One `.tgme_widget_message` (widget or preview page) as a post: a channel's, or a group member's."""
    channel, _, post_id = (node.attributes.get("data-post") or "").partition("/")
    owner = node.css_first(".tgme_widget_message_owner_name")
    sender = _sender(node)
    sender_name = squeeze(sender.text()) if sender is not None else ""
    text_node, replied_node = _own_text_node(node)
    time_node = node.css_first(".tgme_widget_message_date time[datetime]") or node.css_first("time[datetime]")
    raw_time = time_node.attributes.get("datetime") if time_node is not None else None
    published = parse_published(raw_time)
    views = node.css_first(".tgme_widget_message_views")
    forwarded = node.css_first(".tgme_widget_message_forwarded_from_name")
    forwarded_name = squeeze(forwarded.text()) if forwarded is not None else _forward_header_name(node)
    replied_author = node.css_first(f".{_REPLY} .tgme_widget_message_author_name")
    preview = node.css_first(".tgme_widget_message_link_preview")
    preview_site = preview.css_first(".link_preview_site_name") if preview is not None else None
    preview_parts = (
        [preview.css_first(f".link_preview_{part}") for part in ("title", "description")]
        if preview is not None
        else []
    )
    # The linked page's title and description, as Telegram copied them from its tags: a page escaping them
    # twice (`&amp;#039;`, as WordPress's SEO plugins write) shows `&#039;` in the preview, read as the
    # character it writes, as a web page's `og:title` is.
    preview_words = shown_references(
        " | ".join(squeeze(part.text()) for part in preview_parts if part is not None)
    )
    meta = " ".join(squeeze(meta.text()) for meta in node.css(".tgme_widget_message_meta"))
    owner_name = squeeze(owner.text()) if owner is not None else None
    # In a group, the member who wrote it and their account (none when they have no public username): the
    # group is only where it was written.
    author = sender_name or owner_name
    handle = _account(sender, page_url) if sender is not None and sender_name else channel
    # An archived copy's link as the page it links: the Wayback Machine's, read as a link off Telegram, made a
    # channel's forward of its own post another account's.
    forwarded_url = (_href(forwarded, page_url) or None) if forwarded is not None else None
    forwarded_name = _forward_told_apart(forwarded_name, forwarded_url, author, handle)
    # A channel's post signed by the admin who wrote it: theirs, published by the channel.
    signer = None if sender_name else _signer(node)
    text = node_text(text_node)[:MAX_TEXT] if text_node is not None else ""
    blockquotes = text_node.css("blockquote")[:_MAX_BLOCKQUOTES] if text_node is not None else []
    quoted_apart = " | ".join(part for part in (node_text(quote) for quote in blockquotes) if part)
    poll = _poll(node)
    if poll is not None and not text:
        text = poll[0][:MAX_TEXT]
    service = _is_service_notice(node)
    app_only = (
        not text
        and poll is None
        and node.css_first(_SHOWN_ONLY_IN_THE_APP) is not None
        and not any(not _in_reply_block(media, node) for media in node.css(_SHOWN_MEDIA)[:_MAX_ALBUM_ITEMS])
    )
    restricted = _restriction_notice(text)
    fields = {
        "data-post": node.attributes.get("data-post"),
        # The chat's numeric id (`c1326223284_-1`): its username (`data-post`) can pass to another chat, which
        # then shows its own post under the same link; the id stays the chat's, for a reviewer to compare.
        "data-peer": node.attributes.get("data-peer"),
        "owner_name": owner_name,
        "sender_name": sender_name or None,
        "sender_url": _href(sender, page_url) or None if sender is not None and sender_name else None,
        "signed_by": signer,
        "time datetime": raw_time,
        "views": squeeze(views.text()) if views is not None else None,
        "forwarded_from": forwarded_name or None,
        # A forward's name links to the original post (`t.me/<channel>/<id>`) when that is public.
        "forwarded_from_url": forwarded_url,
        # Other people's words the widget shows beside the post's own: shown for a reviewer, and never taken
        # for the post's words (a quote found only there is named as theirs).
        "in_reply_to": squeeze(replied_node.text())[:_MAX_REPLY_SHOWN] if replied_node is not None else None,
        "in_reply_to_author": squeeze(replied_author.text()) if replied_author is not None else None,
        # The words the post shows in a quotation block: its text still (they are often the channel's own),
        # kept apart so that a reviewer, and the quote check, can see a quote was set apart as one.
        "blockquote": quoted_apart or None,
        "link_preview": preview_words or None,
        "link_preview_site": squeeze(preview_site.text()) if preview_site is not None else None,
        "poll_question": poll[0] or None if poll is not None else None,
        # The options a poll offers its readers: not what the channel says (a quote of one is no fact it
        # states), never its text.
        "poll_options": poll[1] or None if poll is not None else None,
        "pinned": "shown pinned, above the page's posts"
        if _PINNED in (node.attributes.get("class") or "").split()
        else None,
    }
    return SourcePost(
        platform=Platform.TELEGRAM,
        url=page_url,
        canonical_url=f"https://t.me/{channel}/{post_id}" if channel and post_id else None,
        post_id=post_id or None,
        author=signer or author or None,
        handle=handle or None,
        publisher=owner_name if signer else None,
        published=published.at if published else None,
        published_day_only=published.day_only if published else False,
        published_from="widget <time datetime>" if published else None,
        text=text,
        edited=_EDITED_MARK().search(meta[:_MAX_META]) is not None,
        fields=raw_fields(fields),
        problem="unavailable" if service or app_only or restricted else None,
        problem_detail=_not_a_post(service, app_only, restricted, text),
    )


def _not_a_post(service: bool, app_only: bool, restricted: bool, text: str) -> str | None:
    """Why a message Telegram shows is no post to check against, or None when it is one."""
    if service:
        return f"Telegram shows a service notice here, not a post: {squeeze(text)[:120]!r}"
    if app_only:
        # Read as a post with no words, its channel and time confirmed a note's author and date for a message
        # no reader of the web can see (a pin's or a photo change's notice, a shared story, paid media).
        return (
            "Telegram's widget shows nothing of this message, only 'Please open Telegram to view this post': "
            "a service notice, a story or paid media, which the web does not show"
        )
    if restricted:
        return _region_block(
            text, f"Telegram shows a restriction notice in place of the post: {squeeze(text)[:120]!r}"
        )
    return None


# What Telegram's restriction notice says where it withholds a chat or a post in the country it is asked from
# ("… is blocked in your country because it violated local laws.", "… violated local laws.", as channels
# blocked by a government's order answer in the countries that ordered it), in the languages its notices are
# read in: the post may be shown elsewhere, or in an archived copy. Compiled on first use: few captures show
# a notice.
_REGIONAL_NOTICE = on_first_use(
    r"\bin your (?:country|region)\b|\blocal laws?\b"
    r"|в вашей стране|местн\w{0,4} закон|(?:у|в) вашій країні|місцев\w{0,4} закон"  # noqa: RUF001
    r"|in (?:deinem|Ihrem|deiner|Ihrer) (?:Land|Region)|dans votre (?:pays|région)"
    r"|en (?:tu|su) (?:país|región)"
    r"|w (?:Twoim|Pana|Pani) (?:kraju|regionie)|ülkenizde|في (?:بلدك|منطقتك|دولتك)",
    re.IGNORECASE,
)


def _region_block(notice: str, said: str) -> str:
    """`said` (why a page shows no post: Telegram's restriction `notice`), named a region block where the
    notice says Telegram withholds the chat or post where it was fetched from: called only restricted, the
    ledger did not say that a capture from elsewhere, or an archived copy, may still show the post."""
    if _REGIONAL_NOTICE().search(notice[:_MAX_RESTRICTION_NOTICE]) is None:
        return said
    return (
        "a region block: Telegram withholds it in the country it was fetched from (it may still be shown "
        f"elsewhere, or in an archived copy); {said}"
    )


def _restriction_notice(text: str) -> bool:
    """Whether a message's whole text is Telegram's notice for a restricted chat or post."""
    shown = squeeze(text)
    return len(shown) <= _MAX_RESTRICTION_NOTICE and (
        _RESTRICTED().fullmatch(shown) is not None or _UNAVAILABLE_ALONE().fullmatch(shown) is not None
    )


def _is_service_notice(message: LexborNode) -> bool:
    """Whether a `.tgme_widget_message` is a channel's service notice (a pin, the channel's creation, a new
    photo or name), not a post."""
    classes = (message.attributes.get("class") or "").split()
    return (
        any(name in classes for name in _SERVICE)
        or message.css_first(".tgme_widget_message_service") is not None
    )


def read_widget(
    html: str, page_url: str, channel: str | None, post_id: str | None, single: bool = False
) -> SourcePost | None:
    """The post a widget (or any page in widget markup) shows for channel/id; unavailable on its error block.
    `single`: the cited link names one item of an album (`?single`), which may show alone (`_alone`).

    None when the page holds neither that post nor an error: it is not a widget page.
    """
    tree = LexborHTMLParser(html)
    error = tree.css_first(".tgme_widget_message_error")
    if error is not None:
        return SourcePost(
            platform=Platform.TELEGRAM,
            url=page_url,
            post_id=post_id,
            handle=channel,
            problem="unavailable",
            problem_detail=f"the widget says {squeeze(error.text())[:120]!r}: deleted or private",
        )
    wanted = f"{channel}/{post_id}".lower() if channel and post_id else None
    messages = tree.css(_MESSAGE)[:_MAX_POSTS]
    for node in messages:
        if wanted is None or (node.attributes.get("data-post") or "").lower() == wanted:
            post = read_message(node, page_url)
            if single or _an_album_item_alone(node, page_url):
                return _alone(post, node, single)
            return _album_words_unshown(post, node, wanted, page_url) if wanted is not None else post
    for node in messages:
        if wanted is not None and _album_holds(node, wanted, page_url):
            item = _as_album_item(read_message(node, page_url), post_id)
            return _album_words_unshown(item, node, wanted, page_url)
    return None


def names_one_album_item(url: str) -> bool:
    """Whether a Telegram post's link names one item of an album (`t.me/<channel>/<id>?single`, the link of
    each photo or video of a media group), which its page may show alone."""
    try:
        query = urlsplit(url).query[:2000]
    except ValueError:
        return False
    return any(name == "single" for name, _ in parse_qsl(query, keep_blank_values=True))


def _alone(post: SourcePost, message: LexborNode, single: bool = True) -> SourcePost:
    """`post`, read from a `message` showing one item of an album alone (a `?single` link's, or one whose
    own media link names itself as an album's item: `_an_album_item_alone`), without the album's words where
    it shows none: an album's words are the caption of one of its items, most often another than the one
    cited. Read as a post with no words, a quote of the album's caption warned "not found" (failed under
    `--strict-quotes`), where its words were never read."""
    if post.problem is not None or post.text or message.css_first(_ALBUM) is not None:
        return post
    named = (
        "the link names one item of an album (`?single`)"
        if single
        else "the post is one item of an album (its media links to it as one: `?single`)"
    )
    why = (
        f"{named}, which Telegram shows alone, without words: the album's words are the caption of one of "
        "its items, perhaps another, which was not read"
    )
    return post.model_copy(update={"unread": f"{why}; {post.unread}" if post.unread else why})


def _an_album_item_alone(message: LexborNode, page_url: str) -> bool:
    """Whether a message shows one item of an album alone: a photo or video of its own (no album around it)
    whose link is an album item's (`t.me/<channel>/<id>?single`, as Telegram links each item of a media
    group). A post of one photo links to its post without `?single`; a reply's media is the answered post's.
    Its widget, asked for a cited item that is no caption's (`t.me/rybar/12347`), showed it so: read as a post
    with no words, the album's caption on another item was never read, and a quote of it warned "the source
    has no text to search"."""
    if message.css_first(_ALBUM) is not None:
        return False
    for media in message.css(_SHOWN_MEDIA)[:_MAX_ALBUM_ITEMS]:
        if _in_reply_block(media, message):
            continue
        if names_one_album_item(_href(media, page_url)):
            return True
    return False


def _album_words_unshown(post: SourcePost, message: LexborNode, wanted: str, page_url: str) -> SourcePost:
    """`post`, read from a `message` showing an album of several items (one of them the cited post,
    `wanted`) without any words, as one whose words were not read: an album's words are the caption of one
    of its items, and the view Telegram gives one item's link may show the album without it. Read as a
    post with no words, a note quoting the album's caption was told "the source has no text to search", as
    if the channel had said nothing. A poll's, an unavailable message's, or an album with words is left."""
    if post.problem is not None or post.text or post.unread is not None:
        return post
    album = message.css_first(_ALBUM)
    if album is None or _in_reply_block(album, message):
        return post
    items: set[str] = set()
    for link in album.css("a[href]")[:_MAX_ALBUM_ITEMS]:
        found_channel, found_id = telegram_post(_href(link, page_url))
        if found_channel is not None and found_id is not None:
            items.add(f"{found_channel}/{found_id}".lower())
    if not items - {wanted}:
        return post  # an album of the cited item alone: its words, none, are shown
    shown = post.fields.get("data-post") or wanted
    why = (
        f"the post is one item of an album ({shown}, {len(items | {wanted})} items) that Telegram shows here "
        "without words: an album's words are the caption of one of its items, which this view may not show; "
        "they were not read"
    )
    return post.model_copy(update={"unread": why})


def _album_holds(message: LexborNode, wanted: str, page_url: str) -> bool:
    """Whether `message` is an album (a media group) one of whose items is the post `wanted` (channel/id).

    Telegram shows an album as one message under one of its ids (`data-post`); each photo or video in it
    links to its own message (`t.me/<channel>/<id>`, `?single`). Only the album's own media count: a reply's
    link to the post it answers is not that post."""
    for link in message.css(f"{_ALBUM} a[href]")[:_MAX_ALBUM_ITEMS]:
        found_channel, found_id = telegram_post(_href(link, page_url))
        if (
            found_channel is not None
            and found_id is not None
            and f"{found_channel}/{found_id}".lower() == wanted
        ):
            return True
    return False


def _as_album_item(album: SourcePost, post_id: str | None) -> SourcePost:
    """The album, read as the cited item of it: its caption and time are the item's, as Telegram shows it."""
    channel = album.fields.get("data-post", "").partition("/")[0]  # its chat's, not its sender's
    return album.model_copy(
        update={
            "post_id": post_id,
            "canonical_url": f"https://t.me/{channel}/{post_id}" if channel and post_id else None,
            "fields": {**album.fields, "album": album.fields.get("data-post", "")},
        }
    )


@dataclass(frozen=True)
class ChannelPreview:
    """A `t.me/s/<channel>` page: the channel, its posts in page order, and the URL of the older page."""

    channel: str | None
    title: str | None
    posts: tuple[SourcePost, ...]
    older_url: str | None


def read_channel_preview(html: str, page_url: str) -> ChannelPreview:
    """Every post a channel preview page shows (at most 500), and the link to older posts if there is one."""
    tree = LexborHTMLParser(html)
    posts = tuple(read_message(node, page_url) for node in tree.css(_MESSAGE)[:_MAX_POSTS])
    title_node = tree.css_first(".tgme_channel_info_header_title")
    older = tree.css_first("link[rel=prev]") or tree.css_first("a.tme_messages_more[data-before]")
    older_url = None
    if older is not None and older.attributes.get("href"):
        older_url = joined_url(page_url, older.attributes.get("href") or "")
    segments = [segment for segment in urlsplit(page_url).path.split("/") if segment]
    channel = segments[1] if segments[:1] == ["s"] and len(segments) > 1 else None
    return ChannelPreview(
        channel=next((post.handle for post in posts if post.handle), channel),
        title=squeeze(title_node.text()) if title_node is not None else None,
        posts=posts,
        older_url=older_url,
    )


def _channel_page(html: str, page_url: str) -> SourcePost:
    """A channel's preview page cited without a post id (`t.me/s/<channel>`): the channel's, whose posts it
    lists, but no one post. Its first post was read as the cited one, so a date and a quote passed against
    whatever the channel posted last."""
    preview = read_channel_preview(html, page_url)
    return SourcePost(
        platform=Platform.TELEGRAM,
        url=page_url,
        handle=preview.channel,
        author=preview.title,
        fields=raw_fields(
            {"page": f"the channel's list of its latest {len(preview.posts)} posts, not one post"}
        ),
    )


def _channel_card(title: str, page_url: str, metas: dict[str, str]) -> SourcePost:
    """A channel's own page (`t.me/<channel>`: its name, subscribers and description), cited as the channel:
    the channel's, with no post's words or time (its description is no post's text, kept in `fields`)."""
    description = _tag_words(metas, "og:description", "twitter:description") or None
    if description and _restriction_notice(description):
        # A channel Telegram restricts shows its notice in its description's place: read as the channel's
        # page, its name passed `captured` and `author` on a channel no reader can open.
        return _unavailable(
            page_url,
            None,
            _region_block(
                description,
                f"{page_url} shows Telegram's restriction notice for the channel: {description[:160]!r}",
            ),
        )
    return SourcePost(
        platform=Platform.TELEGRAM,
        url=page_url,
        author=title,
        fields=raw_fields(
            {"page": "the channel's own page, not one post", "og:title": title, "og:description": description}
        ),
    )


def _tag_words(metas: dict[str, str], *names: str) -> str:
    """The words of the first of the page's `<meta>` tags named, "" when none: a post's page writes its
    text there escaped twice where the text holds a quotation mark or an ampersand (`&amp;quot;`): read
    once, a quote of the post's very words warned on `&quot;`, and a reference left is read as the
    character it writes, as a web page's `og:title` is."""
    return shown_references(meta_content(metas, *names) or "")


def _read_permalink(html: str, page_url: str, channel: str | None, post_id: str | None) -> SourcePost:
    """The post page itself: its `og:` tags give the channel name and text, but never a time.

    Unavailable when the page names no channel (Telegram's generic page, among others), is the channel's
    own page (its photo, subscribers and description, and no post), lists other posts than the cited one
    (its preview page), or describes the post with Telegram's restriction notice: it shows no post, or not
    this one.
    """
    tree = LexborHTMLParser(html)
    metas = meta_tags(tree)
    title = _tag_words(metas, "og:title", "twitter:title") or None
    if title is None or title == _GENERIC_PAGE_TITLE:
        return _unavailable(
            page_url, post_id, f"{page_url} shows no post: like Telegram's generic page, it names no channel"
        )
    others = [node.attributes.get("data-post") or "" for node in tree.css(_MESSAGE)[:_MAX_POSTS]]
    if others:
        # The channel's list of its posts (its preview page) without the cited one: its `og:description` is
        # the channel's description, and none of its posts is the cited one.
        shown = ", ".join(others[:3]) + (", …" if len(others) > 3 else "")
        return _unavailable(
            page_url, post_id, f"{page_url} shows other posts ({shown[:120]}), not post {channel}/{post_id}"
        )
    if tree.css_first(_CHANNEL_CARD) is not None and tree.css_first(_POST_PAGE) is None:
        if post_id is None:
            # The link names the channel itself (`t.me/rybar`), whose card this is: called unavailable, as a
            # post's link answered with it is, a note citing the channel failed `captured` ("not post
            # None/None").
            return _channel_card(title, page_url, metas)
        # Its `og:description` is the channel's description: read as the post's text, it stood for the post.
        return _unavailable(
            page_url, post_id, f"{page_url} shows the channel {title[:80]!r}, not post {channel}/{post_id}"
        )
    text = _tag_words(metas, "og:description", "twitter:description")
    if _restriction_notice(text):
        # A restricted channel's post page describes itself with Telegram's notice: no words of the post.
        return _unavailable(
            page_url,
            post_id,
            _region_block(
                text, f"{page_url} shows Telegram's restriction notice, not the post: {text[:160]!r}"
            ),
        )
    return SourcePost(
        platform=Platform.TELEGRAM,
        url=page_url,
        post_id=post_id,
        handle=None,  # the URL's channel is what was cited, not what the page proves
        author=title,
        text=text[:MAX_TEXT],
        fields=raw_fields({"og:title": title, "og:description": text}),
    )


# Telegram's web app: a script shell that shows chats only to a signed-in user, whatever chat its link's
# fragment (`#@rybar`, `#-1001326223284`) names, a fragment no request even sends.
_WEB_APP = "web.telegram.org"


class TelegramExtractor(Extractor):
    platform = Platform.TELEGRAM

    def handles(self, url: str) -> bool:
        return on_domain(url, *TELEGRAM_DOMAINS, _WEB_APP)

    def extract(self, page: CapturedPage) -> SourcePost:
        post = self._read(page)
        comment = telegram_comment(page.url)
        return post if comment is None else _not_the_comment(post, page.url, comment)

    def _read(self, page: CapturedPage) -> SourcePost:
        channel, post_id = telegram_post(page.url)
        main = page.answer()
        if on_domain(page.url, _WEB_APP):
            # Read as a web page, its sign-in shell passed `captured`: the post was never in the capture.
            return SourcePost(
                platform=self.platform,
                url=main.uri if main is not None else page.url,
                problem="login-wall",
                problem_detail=f"{page.url} opens Telegram's web app, which shows a chat only to a signed-in "
                "user: no post can be captured from it; cite the post's t.me link (t.me/<channel>/<id>)",
            )
        viewed = _instant_view_of(page.url)
        if viewed is not None:
            # Telegram's rendering of another site's article: read as a post's page, the article's title was
            # its author and the article's lead the words of a post.
            what = "Telegram's Instant View of " + (viewed[:300] or "another site's page")
            return SourcePost(
                platform=self.platform,
                url=main.uri if main is not None else page.url,
                unread=f"its text and title are not the source's: the page is {what}; cite and check the "
                "original",
                partial="copy",
                partial_detail=f"the page is {what}",
                fields=raw_fields({"not the source": what}),
            )
        shown_only_in_the_app = _story_or_boost(page.url)
        if shown_only_in_the_app is not None:
            # Its page is the channel's card (name, description, a button that opens the app): read as a post
            # page, the channel's description stood for the story's words.
            return _unavailable(
                main.uri if main is not None else page.url,
                None,
                f"{page.url} is {shown_only_in_the_app}, which Telegram shows only in its app: not a post; "
                "cite the post's t.me link (t.me/<channel>/<id>)",
            )
        if is_telegram_private_url(page.url):
            # Such a link opens the post in the app, for the chat's members only: the web answers every one of
            # them with Telegram's generic page, whatever the post says.
            return _unavailable(
                main.uri if main is not None else page.url,
                post_id,
                f"{page.url} is a private channel's link: its post opens only for the channel's members "
                "and cannot be captured publicly",
            )
        if post_id is None and main is not None and main.status == 200:
            html = decode_html(main)
            # A link naming no post (`t.me/rybar`) answered with the channel's list of posts (redirected to
            # its preview, an archived copy of it): read as a widget, its first post, whatever it said and
            # whenever, was the cited one, and confirmed a note's date and words.
            if is_telegram_preview_url(page.url) or _lists_posts(html):
                return _channel_page(html, main.uri)
        # A preview page holds its posts itself: no widget is asked for it.
        widget = None if is_telegram_preview_url(page.url) else telegram_widget_url(page.url)
        widget_answer = page.answer(widget) if widget else None
        for response in (widget_answer, main):
            if response is None or response.status != 200:
                continue
            post = read_widget(
                decode_html(response), response.uri, channel, post_id, names_one_album_item(page.url)
            )
            if post is not None:
                return post
        post = _read_without_widget(page, main, channel, post_id)
        if widget is None:
            return post
        # Only the widget gives the post's time and proves its channel: say why it was not read, so that a
        # check finding them missing says why.
        unread = _widget_unread(widget_answer, page.failure(widget), channel, post_id)
        shown = _post_shown(widget_answer)
        if shown is not None:
            # Said, so that a reader knows what Telegram answered for the link: of another channel, the
            # channel may have changed its username since it was cited, or the username is another's now.
            moved = shown.partition("/")[0].lower() != (channel or "").lower()
            hint = " (the link's username may be another channel's now)" if moved else ""
            unread = f"{unread}: it shows post {shown[:120]}{hint}"
        if post.problem is not None:
            return post.model_copy(update={"problem_detail": f"{post.problem_detail}; {unread}"})
        # The post's page names only the chat it is in (its `og:title`, kept in `fields`), whoever wrote the
        # post: a public group's member, a forwarded post's original author, a channel's signed admin. Read as
        # the author, it credited the group with a member's words, and the forwarding channel with another's,
        # where the widget says whose they are: who wrote the post is not known without it.
        return post.model_copy(update={"unread": unread, "author": None})


_MOST_OF_THE_POST_SHOWN = 300


def _not_the_comment(post: SourcePost, url: str, comment: str) -> SourcePost:
    """`post`, read from the widget and page of the post a comment's link names (`t.me/<channel>/<id>?comment=
    <n>`: a reader's message in the channel's discussion group, under the post), as the comment it is not:
    none of the post's words, author or time. Telegram shows the channel's post for such a link; read as the
    comment, the channel's name passed `author`, the post's day `date` and its words `quote` for a comment
    someone else wrote, maybe days later. The post shown is kept in `fields`. A link whose post is not shown
    (deleted, private) stays what it is."""
    if post.problem is not None:
        return post
    channel, post_id = telegram_post(url)
    what = f"comment {comment} under the Telegram post {channel}/{post_id}"
    shown = " ".join(
        part
        for part in (
            post.fields.get("owner_name") or post.author or "",
            f"({post.fields['data-post']})" if post.fields.get("data-post") else "",
            post.published.isoformat() if post.published else "",
        )
        if part
    )
    words = squeeze(post.text)[:_MOST_OF_THE_POST_SHOWN]
    return SourcePost(
        platform=Platform.TELEGRAM,
        url=post.url,
        canonical_url=post.canonical_url,
        unread=f"the link names {what}, not the post: Telegram shows the channel's post for it, whose "
        "words, author and time are not the comment's, which the capture does not hold",
        fields=raw_fields(
            {
                "link names": what[:500],
                "post shown, not the comment": f"{shown}: {words}" if words else shown or None,
            }
        ),
    )


def _lists_posts(html: str) -> bool:
    """Whether a page shows messages in Telegram's markup (a channel's preview, a widget)."""
    return LexborHTMLParser(html).css_first(_MESSAGE) is not None


def _post_shown(answer: StoredResponse | None) -> str | None:
    """The `data-post` of the message a widget answered with (another post than the one asked for), if any."""
    if answer is None or answer.status != 200:
        return None
    message = LexborHTMLParser(decode_html(answer)).css_first(_MESSAGE)
    return (message.attributes.get("data-post") or None) if message is not None else None


def _instant_view_of(url: str) -> str | None:
    """The page a Telegram Instant View link shows (`t.me/iv?url=<page>&rhash=…`: Telegram's rendering of
    another site's article), "" when it names none; None for any other link."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not on_domain(url, *TELEGRAM_DOMAINS) or [part for part in parts.path.split("/") if part] != ["iv"]:
        return None
    return parse_qs(parts.query).get("url", [""])[0]


def _story_or_boost(url: str) -> str | None:
    """What a Telegram link that names no post opens in the app: a story (`t.me/<channel>/s/<id>`) or a
    channel's boost page (`t.me/boost/<channel>`, `t.me/boost?c=<id>`); None for any other link."""
    try:
        segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    except ValueError:
        return None
    if len(segments) == 3 and segments[1] == "s" and is_ascii_number(segments[2]):
        return "a story"
    if segments[:1] == ["boost"]:
        return "a channel's boost page"
    return None


# How the capture names a side request it did not send (`capture.exchange._skip_if_held_back`): the host
# answered 429 (or asked for a pause) earlier in the run, or gave no answer to its last attempts.
_HELD_BACK = "skipped: "


def _widget_unread(
    answer: StoredResponse | None, failure: str | None, channel: str | None, post_id: str | None
) -> str:
    """Why the widget was not read: its answer is missing (with why, when the capture says: held back after
    the host asked for a pause, or no answer), an error, or not the post's widget."""
    if answer is None and failure is not None and failure.startswith(_HELD_BACK):
        why = f"it was held back, never requested: {failure.removeprefix(_HELD_BACK)}"
    elif answer is None and failure is not None:
        why = f"its request got no answer ({failure})"
    elif answer is None:
        why = "it is not in the capture"
    elif answer.status != 200:
        why = f"it answered HTTP {answer.status}"
    else:
        why = f"it does not show post {channel}/{post_id}"
    return f"Telegram's widget, which gives the post's time and channel, was not read: {why}"


def _read_without_widget(
    page: CapturedPage, main: StoredResponse | None, channel: str | None, post_id: str | None
) -> SourcePost:
    """The post as the cited page itself shows it, when no widget markup showed it."""
    if main is None:
        return SourcePost(platform=Platform.TELEGRAM, url=page.url, post_id=post_id)
    if is_telegram_preview_url(page.url):
        return _unavailable(
            main.uri, post_id, f"the channel's preview page does not show post {channel}/{post_id}"
        )
    if page.start is None and not _same_post(main.uri, channel, post_id):
        # Telegram sends a post it cannot show to the channel's page: that page's description and
        # name are the channel's, not the post's, and must not be read as the post.
        return _unavailable(
            main.uri, post_id, f"{page.url} leads to {main.uri}, which does not show the post"
        )
    return _read_permalink(decode_html(main), main.uri, channel, post_id)


def _unavailable(url: str, post_id: str | None, why: str) -> SourcePost:
    return SourcePost(
        platform=Platform.TELEGRAM, url=url, post_id=post_id, problem="unavailable", problem_detail=why
    )


def _same_post(url: str, channel: str | None, post_id: str | None) -> bool:
    """Whether `url` is the permalink of channel/post_id (any Telegram host or form, channel in any case)."""
    found_channel, found_id = telegram_post(url)
    return found_id == post_id and (found_channel or "").lower() == (channel or "").lower()
