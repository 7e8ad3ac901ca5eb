"""Telegram: the widget, the channel preview page and the permalink page, read from captured answers."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author, forward_of_another
from provenance.checks.date import check_date
from provenance.checks.quote import check_quote
from provenance.citations import parse_citation
from provenance.extractors import extract_source, extractor_for
from provenance.extractors.telegram import TelegramExtractor, read_channel_preview
from provenance.models import CheckResult, Citation, Context, Footnote, Platform, SourcePost
from tests.extractors.support import answer, asset, redirect

POST = "https://t.me/rybar/12345"
WIDGET = "https://t.me/rybar/12345?embed=1&mode=tme"


def test_every_telegram_host_and_form_is_read_by_the_telegram_extractor() -> None:
    for url in (
        POST,
        "https://telegram.me/rybar/12345",
        "https://t.me/s/rybar/12345?single",
        "http://t.me/rybar/12345",
        "https://t.me/c/1326223284/77",
    ):
        assert isinstance(extractor_for(url), TelegramExtractor)


def test_widget_gives_channel_author_time_and_text() -> None:
    post = extract_source(
        POST, (answer(POST, asset("telegram_permalink.html")), answer(WIDGET, asset("telegram_widget.html")))
    )
    assert post.problem is None
    assert (post.handle, post.post_id, post.author) == ("rybar", "12345", "Рыбарь")
    assert post.published == dt.datetime(2022, 1, 21, 9, 15, 4, tzinfo=dt.UTC)
    assert post.text == "The convoy had already crossed the bridge at Kherson.\nMore footage follows."
    assert post.canonical_url == POST
    assert post.fields["views"] == "48.2K"


def test_a_comment_s_link_is_not_read_as_the_post_telegram_shows_for_it() -> None:
    # `?comment=678`: a reader's message in the channel's discussion group, under the post. Telegram's widget
    # shows the channel's post: read as the comment, a note crediting it to the channel passed `author`, the
    # post's day passed `date` and the post's words `quote`, for a comment someone else wrote.
    comment = f"{POST}?comment=678"
    post = extract_source(
        comment,
        (answer(comment, asset("telegram_permalink.html")), answer(WIDGET, asset("telegram_widget.html"))),
    )
    assert post.problem is None
    assert (post.text, post.author, post.handle, post.published, post.post_id) == ("", None, None, None, None)
    assert "comment 678 under the Telegram post rybar/12345" in (post.unread or "")
    assert post.fields["post shown, not the comment"].startswith("Рыбарь (rybar/12345) 2022-01-21T09:15:04")
    footnote = Footnote(
        label="1",
        text=f"Rybar, Telegram, 21 January 2022, {comment}",
        line=3,
        urls=(comment,),
        contexts=(
            Context(
                line=1, text='"The convoy had already crossed"', quotes=("The convoy had already crossed",)
            ),
        ),
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, source=post, outcome=None
    )
    assert check_author(given).status != "pass"
    assert check_date(given).status != "pass"
    assert check_quote(given).status != "pass"


def test_the_chat_s_numeric_id_is_kept_beside_its_username() -> None:
    # A username can pass to another channel, whose post of the same id the same link then shows: the id the
    # widget gives the chat is what tells the two apart in the record.
    post = _widget_post("telegram_widget.html")
    assert (post.fields["data-post"], post.fields["data-peer"]) == ("rybar/12345", "c1326223284_-1")


def test_words_only_in_a_script_or_hidden_elements_of_the_text_block_are_not_the_post_s_text() -> None:
    # The text block was read with its scripts, templates and hidden elements: a quote of words no reader of
    # the post sees was found, and the footnote verified.
    post = extract_source(
        POST,
        (
            answer(POST, asset("telegram_permalink.html")),
            answer(WIDGET, asset("telegram_widget_words_only_in_a_script_and_hidden_elements.html")),
        ),
    )
    assert post.text == "Footage from the river crossing."


def test_words_in_a_text_block_past_two_hundred_hidden_elements_are_not_the_post_s_text() -> None:
    # Hidden elements were removed up to 200 (a bound made for the site's chrome): the 201st, holding the
    # quoted words, was read as the post's text.
    widget = asset("telegram_widget.html").decode()
    hidden = "<span hidden>.</span>" * 300 + "<span style='display:none'>words nobody sees</span>"
    marked = widget.replace(
        '<div class="tgme_widget_message_text js-message_text" dir="auto">',
        '<div class="tgme_widget_message_text js-message_text" dir="auto">' + hidden,
        1,
    )
    assert marked != widget
    post = extract_source(
        POST, (answer(POST, asset("telegram_permalink.html")), answer(WIDGET, marked.encode()))
    )
    assert "words nobody sees" not in post.text
    assert post.text


def test_a_reply_is_read_as_its_own_text_not_the_text_of_the_post_it_answers() -> None:
    # Telegram shows the post a reply answers above the reply's own text, with the same text class: a quote of
    # the answered post must not be confirmed by the reply.
    post = extract_source(
        POST, (answer(POST, "<html></html>"), answer(WIDGET, asset("telegram_widget_reply.html")))
    )
    assert post.text == "The convoy had already crossed the bridge at Kherson.\nMore footage follows."
    assert "withdrew" not in post.text
    assert post.fields["in_reply_to"] == "The enemy withdrew from the bridge overnight."


def test_the_reply_s_author_and_a_link_preview_are_kept_apart_from_the_post_s_own_words() -> None:
    # A link preview shows the linked page's title and description inside the post: another's words, kept
    # (with the site) for the quote check to name, never read as the post's text.
    reply = extract_source(
        POST, (answer(POST, "<html></html>"), answer(WIDGET, asset("telegram_widget_reply.html")))
    )
    assert reply.fields["in_reply_to_author"] == "Рыбарь"
    post = extract_source(
        POST, (answer(POST, "<html></html>"), answer(WIDGET, asset("telegram_widget_link_preview.html")))
    )
    assert post.text == "Read the city's statement: citynews.example/2022/01/21/mayor"
    assert (post.fields["link_preview"], post.fields["link_preview_site"]) == (
        "Mayor: the bridge will stay closed | The mayor said the bridge would stay closed until the spring "
        "inspection.",
        "City News",
    )


def test_words_a_post_sets_apart_in_a_quotation_block_are_kept_apart_and_stay_its_text() -> None:
    # A channel repeating another's words in Telegram's quote formatting: kept apart, so that a reviewer (and
    # the quote check) sees the post set them apart as a quotation; still the post's text, which a channel's
    # own long text folded into an expandable quote is too.
    widget = asset("telegram_widget.html").decode()
    marked = widget.replace(
        "The convoy had <b>already</b> crossed the bridge at Kherson.<br/>More footage follows.",
        "<blockquote>Medvedev: the bridge will be rebuilt by spring.</blockquote>Our comment: nonsense.",
    )
    assert marked != widget
    post = extract_source(POST, (answer(POST, "<html></html>"), answer(WIDGET, marked.encode())))
    assert post.fields["blockquote"] == "Medvedev: the bridge will be rebuilt by spring."
    assert "rebuilt by spring" in post.text
    assert "Our comment: nonsense." in post.text
    assert "blockquote" not in _widget_post("telegram_widget.html").fields


def test_widget_error_block_means_deleted_or_private() -> None:
    post = extract_source(
        POST, (answer(POST, "<html></html>"), answer(WIDGET, asset("telegram_widget_deleted.html")))
    )
    assert post.problem == "unavailable"
    assert "Post not found" in (post.problem_detail or "")


def test_permalink_alone_gives_text_but_no_time_and_no_proven_channel() -> None:
    post = extract_source(POST, (answer(POST, asset("telegram_permalink.html")),))
    assert post.text == "The convoy had already crossed the bridge at Kherson."
    assert post.published is None
    assert post.handle is None


def test_channel_preview_page_lists_every_post_with_time_and_the_older_page() -> None:
    preview = read_channel_preview(asset("telegram_channel_preview.html").decode(), "https://t.me/s/rybar")
    assert preview.channel == "rybar"
    assert preview.title == "Рыбарь"
    assert [post.post_id for post in preview.posts] == ["12343", "12344", "12345"]
    assert preview.posts[0].published == dt.datetime(2022, 1, 20, 22, 5, tzinfo=dt.UTC)
    assert preview.posts[1].edited and not preview.posts[0].edited
    assert preview.posts[1].text == "Morning update: map attached."
    assert preview.older_url == "https://t.me/s/rybar?before=12343"


def test_a_preview_url_reads_its_post_from_the_page() -> None:
    url = "https://t.me/s/rybar/12344"
    post = extract_source(url, (answer(url, asset("telegram_channel_preview.html")),))
    assert post.post_id == "12344"
    assert post.published == dt.datetime(2022, 1, 21, 6, 40, 12, tzinfo=dt.UTC)


def test_a_channel_page_cited_without_a_post_id_is_the_channels_not_its_first_post() -> None:
    # `t.me/s/rybar` was read as the first post it lists: a date and a quote passed against whatever the
    # channel had posted, though no post was cited (the schema check failed the footnote, but its `date` and
    # `quote` said pass).
    url = "https://t.me/s/rybar"
    post = extract_source(url, (answer(url, asset("telegram_channel_preview.html")),))
    assert (post.handle, post.author, post.post_id) == ("rybar", "Рыбарь", None)
    assert post.published is None and post.text == "" and post.problem is None
    assert post.fields["page"] == "the channel's list of its latest 3 posts, not one post"


def test_a_preview_page_without_the_cited_post_says_so() -> None:
    url = "https://t.me/s/rybar/99999"
    post = extract_source(url, (answer(url, asset("telegram_channel_preview.html")),))
    assert post.problem == "unavailable"
    assert "rybar/99999" in (post.problem_detail or "")


def test_a_service_notice_of_a_pin_is_unavailable_not_read_as_a_post_of_the_pinned_words() -> None:
    # Telegram gives a pin its own message id, shown in message markup: "Рыбарь pinned «…»" with the time of
    # the pin. Read as a post, a quote of the pinned post's words passed on the day of the pin, and the
    # footnote citing the notice's link came out verified.
    notice, notice_widget = "https://t.me/rybar/12346", "https://t.me/rybar/12346?embed=1&mode=tme"
    post = extract_source(
        notice,
        (
            answer(notice, "<html></html>"),
            answer(notice_widget, asset("telegram_widget_service_pinned.html")),
        ),
    )
    assert post.problem == "unavailable"
    assert "service notice" in (post.problem_detail or "") and "pinned" in (post.problem_detail or "")


def test_a_service_notice_on_a_preview_page_keeps_its_time_but_is_no_post() -> None:
    html = asset("telegram_widget_service_pinned.html").decode()
    preview = read_channel_preview(html, "https://t.me/s/rybar")
    assert [(post.post_id, post.problem) for post in preview.posts] == [("12346", "unavailable")]
    assert preview.posts[0].published == dt.datetime(2022, 1, 22, 8, tzinfo=dt.UTC)


def _widget_post(widget_asset: str) -> SourcePost:
    return extract_source(
        POST, (answer(POST, asset("telegram_permalink.html")), answer(WIDGET, asset(widget_asset)))
    )


def test_custom_emoji_a_spoiler_and_a_link_are_read_as_the_reader_sees_them() -> None:
    # Telegram's markup: a custom emoji is its character in `<b>` under a `<tg-emoji>`, a spoiler's words are
    # in the page (a click shows them), a link shows its own words, not its address.
    words = (
        '<tg-emoji emoji-id="5447545246172850059"><i class="emoji" style="background-image:url('
        "'//telegram.org/img/emoji/40/F09F938D.png')\"><b>📍</b></i></tg-emoji>The convoy had "
        '<tg-spoiler>already</tg-spoiler> crossed the <a href="https://news.example/kherson" target="_blank" '
        'rel="noopener">bridge at Kherson</a>.'
    )
    widget = asset("telegram_widget.html").decode()
    marked = widget.replace(
        "The convoy had <b>already</b> crossed the bridge at Kherson.<br/>More footage follows.", words
    )
    assert marked != widget
    post = extract_source(POST, (answer(POST, "<html></html>"), answer(WIDGET, marked.encode())))
    assert post.text == "📍The convoy had already crossed the bridge at Kherson."


def test_a_message_the_widget_shows_only_as_please_open_telegram_is_unavailable() -> None:
    # A service notice, a shared story or paid media: the widget shows the channel, a time and only
    # Telegram's "Please open Telegram to view this post" box. Read as a post without words, its channel and
    # time passed a note's author and date, and the footnote citing a message no reader of the web can see
    # verified.
    post = _widget_post("telegram_widget_shown_only_in_the_app.html")
    assert post.problem == "unavailable"
    assert "Please open Telegram to view this post" in (post.problem_detail or "")


def test_a_post_with_its_words_and_the_footer_s_please_open_telegram_box_is_still_the_post() -> None:
    # Telegram puts the same box in a footer (`media_not_supported_cont`) of many ordinary posts.
    post = _widget_post("telegram_widget_not_supported_footer.html")
    assert post.problem is None
    assert post.text == "The convoy had already crossed the bridge at Kherson.\nMore footage follows."


def test_a_photo_or_video_posted_without_words_is_a_post_with_no_text() -> None:
    # Its channel and time are shown: a note's author and date are borne out; a quote has nothing to match.
    post = _widget_post("telegram_widget_media_without_words.html")
    assert (post.problem, post.text, post.author) == (None, "", "Рыбарь")
    assert post.published == dt.datetime(2022, 1, 21, 9, 15, 4, tzinfo=dt.UTC)


def test_a_photo_beside_the_please_open_telegram_box_is_still_a_post_of_the_photo() -> None:
    # The web shows the photo, its channel and its time: whatever box stands beside it, a note's author and
    # date are borne out by what a reader sees.
    photo = (
        '<a class="tgme_widget_message_photo_wrap" href="https://t.me/rybar/12345" '
        "style=\"background-image:url('https://cdn4.cdn-telegram.org/file/photo.jpg')\"></a>"
    )
    widget = asset("telegram_widget_shown_only_in_the_app.html").decode()
    marked = widget.replace(
        '<div class="message_media_not_supported_wrap">',
        photo + '<div class="message_media_not_supported_wrap">',
        1,
    )
    assert marked != widget
    post = extract_source(POST, (answer(POST, "<html></html>"), answer(WIDGET, marked.encode())))
    assert (post.problem, post.text) == (None, "")


@pytest.mark.parametrize(
    "notice",
    [
        "This channel is blocked in your country because it violated local laws.",
        "This post isn\u2019t available in your country due to copyright.",
        "This message couldn't be displayed on your device because it contains pornographic materials.",
        # The widget speaks the visitor's language: in English only, these were the post's words, and its
        # channel and time verified a note's author and date.
        "Этот канал не может быть показан, так как он нарушил Условия использования Telegram.",
        "Это сообщение недоступно в вашей стране из-за нарушения авторских прав.",
        "Этот канал заблокирован в вашей стране, поскольку нарушает местные законы.",
        "Цей канал не може бути показаний, оскільки він порушив Умови використання Telegram.",
        "Це повідомлення недоступне у вашій країні.",  # noqa: RUF001
        "Цей канал заблоковано у вашій країні.",  # noqa: RUF001
        # Its notice for a message it shows nothing of, alone, and "region" for "country".
        "This message is unavailable.",
        "This channel is unavailable in your country due to local laws.",
        "This post is not available in your region.",
        "Сообщение недоступно.",
        "Це повідомлення недоступне.",
        # A German, French, Spanish, Polish, Turkish or Arabic reader's capture: read as the post's words.
        "Dieser Kanal kann nicht angezeigt werden, da er gegen die Nutzungsbedingungen verstoßen hat.",
        "Diese Nachricht ist in deinem Land nicht verfügbar.",
        "Diese Nachricht ist nicht verfügbar.",
        "Ce canal ne peut pas être affiché car il a enfreint les conditions d\u2019utilisation de Telegram.",
        "Ce message n'est pas disponible dans votre pays.",
        "Ce message n\u2019est pas disponible.",
        "Este canal no puede mostrarse porque infringió los Términos de Servicio de Telegram.",
        "Este mensaje no está disponible en tu país.",
        "Este mensaje no está disponible.",
        "Ten kanał nie może zostać wyświetlony, ponieważ naruszył Warunki korzystania z Telegrama.",
        "Ta wiadomość jest niedostępna w Twoim kraju.",
        "Ta wiadomość jest niedostępna.",
        "Bu kanal, Telegram Hizmet Şartlarını ihlal ettiği için görüntülenemiyor.",  # noqa: RUF001
        "Bu mesaj ülkenizde kullanılamıyor.",  # noqa: RUF001
        "Bu mesaj kullanılamıyor.",  # noqa: RUF001
        "لا يمكن عرض هذه القناة لأنها انتهكت شروط خدمة تيليجرام.",
        "هذه الرسالة غير متاحة في بلدك.",
        "هذه الرسالة غير متوفرة.",
    ],
)
def test_each_of_telegram_s_restriction_notices_stands_for_no_post(notice: str) -> None:
    widget = asset("telegram_widget.html").decode()
    marked = widget.replace(
        "The convoy had <b>already</b> crossed the bridge at Kherson.<br/>More footage follows.", notice
    )
    assert marked != widget
    post = extract_source(POST, (answer(POST, "<html></html>"), answer(WIDGET, marked.encode())))
    assert post.problem == "unavailable"


def test_a_restriction_notice_in_place_of_the_post_is_unavailable_not_the_post_s_words() -> None:
    # A channel blocked for its Terms of Service (or in the reader's country) shows Telegram's notice where
    # the post's words were: read as the post, its channel and time passed a note's author and date.
    post = _widget_post("telegram_widget_restricted.html")
    assert post.problem == "unavailable"
    assert "restriction notice" in (post.problem_detail or "")
    assert "Terms of Service" in (post.problem_detail or "")


@pytest.mark.parametrize(
    "notice",
    [
        "This channel can&#39;t be displayed because it violated Telegram&#39;s Terms of Service.",
        "Этот канал не может быть показан, так как он нарушил Условия использования Telegram.",
        "Dieser Kanal kann nicht angezeigt werden, da er gegen die Nutzungsbedingungen verstoßen hat.",
        "لا يمكن عرض هذه القناة لأنها انتهكت شروط خدمة تيليجرام.",
    ],
)
def test_a_post_page_describing_the_post_with_the_restriction_notice_is_unavailable(notice: str) -> None:
    # With no widget read, the page's `og:description` (Telegram's notice) was the post's text, and its
    # `og:title` the channel's name that passed a note's author.
    page = asset("telegram_permalink.html").decode()
    restricted = page.replace("The convoy had already crossed the bridge at Kherson.", notice)
    assert restricted != page
    post = extract_source(POST, (answer(POST, restricted),))
    assert post.problem == "unavailable"
    assert "restriction notice" in (post.problem_detail or "")


@pytest.mark.parametrize(
    "words",
    [
        "This post is available in English below.",
        # A channel's own notice to its readers, not Telegram's: it names no reader's country.
        "This channel is blocked in Russia: follow our backup channel @rybar_backup.",
        "Breaking: This channel can't be displayed because it violated Telegram's rules, users report.",
        "Этот канал заблокирован в России: подписывайтесь на резервный канал @rybar_backup.",
        "Цей канал заблоковано в Росії, тому підписуйтесь на резервний.",
        "Срочно: этот канал не может быть показан в России, сообщают пользователи.",
        # A channel's own notice that goes on: not Telegram's, which says it alone.
        "This post is unavailable in Russia, read it on our site: rybar.example/kherson",
        "Сообщение недоступно в России, читайте на сайте rybar.example.",
        "Dieser Kanal ist in Russland gesperrt: folgt unserem Ersatzkanal @rybar_backup.",
        "Eilmeldung: Dieser Kanal kann nicht angezeigt werden, berichten Nutzer.",
        "Ce message n'est pas disponible en Russie, lisez-le sur notre site.",
        "Este canal está bloqueado en Rusia: síguenos en @rybar_backup.",
        "Ta wiadomość jest niedostępna w Rosji, przeczytaj ją na naszej stronie.",
        "Bu kanal Rusya'da engellendi, yedek kanalımıza abone olun.",  # noqa: RUF001
        "هذه القناة محظورة في روسيا، تابعونا على القناة الاحتياطية.",
    ],
)
def test_a_post_whose_words_only_mention_a_restriction_is_still_the_post(words: str) -> None:
    widget = asset("telegram_widget.html").decode()
    marked = widget.replace(
        "The convoy had <b>already</b> crossed the bridge at Kherson.<br/>More footage follows.", words
    )
    assert marked != widget
    post = extract_source(
        POST, (answer(POST, asset("telegram_permalink.html")), answer(WIDGET, marked.encode()))
    )
    assert (post.problem, post.text) == (None, words)


def test_an_album_item_cited_by_its_own_id_is_read_from_its_album_not_called_deleted() -> None:
    # Telegram shows an album as one message under one id (data-post rybar/12349); its other items (12347,
    # 12348) are only the links of its photos and videos. The preview page of a cited item "did not show the
    # post": a post anyone can open came out deleted, and the footnote failed.
    for item in ("12347", "12348"):
        url = f"https://t.me/s/rybar/{item}"
        post = extract_source(url, (answer(url, asset("telegram_channel_preview_album.html")),))
        assert post.problem is None
        assert (post.post_id, post.canonical_url) == (item, f"https://t.me/rybar/{item}")
        assert post.text == "Footage from the river crossing at dawn."
        assert post.published == dt.datetime(2022, 1, 21, 8, 30, tzinfo=dt.UTC)
        assert post.fields["album"] == "rybar/12349"


def test_an_album_item_s_widget_showing_its_album_is_read_as_the_item() -> None:
    item, item_widget = "https://t.me/rybar/12347", "https://t.me/rybar/12347?embed=1&mode=tme"
    post = extract_source(
        item,
        (answer(item, "<html></html>"), answer(item_widget, asset("telegram_channel_preview_album.html"))),
    )
    assert (post.problem, post.post_id, post.unread) == (None, "12347", None)
    assert post.published == dt.datetime(2022, 1, 21, 8, 30, tzinfo=dt.UTC)


def test_an_album_item_s_single_link_is_read_from_its_album_s_widget_with_the_album_s_words() -> None:
    # A photo's link in an album (`?single`, as each item of a channel's preview links): its widget, asked
    # without `single`, shows the album, whose words are the caption of another item.
    item, item_widget = "https://t.me/rybar/12348?single", "https://t.me/rybar/12348?embed=1&mode=tme"
    post = extract_source(
        item,
        (answer(item, "<html></html>"), answer(item_widget, asset("telegram_channel_preview_album.html"))),
    )
    assert (post.problem, post.post_id, post.unread) == (None, "12348", None)
    assert post.text == "Footage from the river crossing at dawn."


def test_an_album_item_shown_alone_without_words_says_the_album_s_words_were_not_read() -> None:
    # Shown alone (its own message, no album around it), the item has no words: the album's are on another
    # item. Read as a post with no words, a quote of the album's caption said "the source has no text to
    # search" (failed under --strict-quotes) as if the post said nothing.
    item = "https://t.me/rybar/12345?single"
    post = extract_source(
        item,
        (answer(item, "<html></html>"), answer(WIDGET, asset("telegram_widget_media_without_words.html"))),
    )
    assert (post.problem, post.text, post.author) == (None, "", "Рыбарь")
    assert "one item of an album (`?single`)" in (post.unread or "")
    words = "Footage from the river crossing at dawn."
    footnote = Footnote(
        label="1",
        text=f"Rybar, Telegram, 21 January 2022, {item}",
        line=3,
        urls=(item,),
        contexts=(Context(line=1, text=f'"{words}"', quotes=(words,)),),
    )
    given = CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        source=post,
        outcome=None,
        strict_quotes=True,
    )
    quote = check_quote(given)
    assert quote.status == "warn" and "one item of an album" in (quote.detail or "")


def test_an_album_item_cited_by_its_plain_link_whose_widget_shows_it_alone_is_not_a_post_with_no_text() -> (
    None
):
    # `t.me/rybar/12347` (no `?single`): one photo of an album whose caption sits on another item (12349).
    # Its widget shows the photo alone, linked as an album's item (`?single`), without words: read as a post
    # with no text, a quote of the album's caption warned "the source has no text to search" as if the
    # channel had said nothing.
    item, item_widget = "https://t.me/rybar/12347", "https://t.me/rybar/12347?embed=1&mode=tme"
    post = extract_source(
        item,
        (answer(item, "<html></html>"), answer(item_widget, asset("telegram_widget_album_item_alone.html"))),
    )
    assert (post.problem, post.text, post.author, post.post_id) == (None, "", "Рыбарь", "12347")
    assert post.published == dt.datetime(2022, 1, 21, 8, 30, tzinfo=dt.UTC)
    assert "one item of an album" in (post.unread or "")
    words = "Footage from the river crossing at dawn."
    footnote = Footnote(
        label="1",
        text=f"Rybar, Telegram, 21 January 2022, {item}",
        line=3,
        urls=(item,),
        contexts=(Context(line=1, text=f'"{words}"', quotes=(words,)),),
    )
    given = CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        source=post,
        outcome=None,
        strict_quotes=True,
    )
    quote = check_quote(given)
    assert quote.status == "warn" and "caption of one of its items" in (quote.detail or "")


_CAPTION = (
    '<div class="tgme_widget_message_text js-message_text" dir="auto"><div class="tgme_widget_message_text '
    'js-message_text" dir="auto">Footage from the river crossing at dawn.</div></div>'
)


@pytest.mark.parametrize(
    "shown_as", ["rybar/12347", "rybar/12349"], ids=["under-its-own-id", "under-another"]
)
def test_an_album_shown_for_one_of_its_items_without_words_says_its_caption_was_not_read(
    shown_as: str,
) -> None:
    # The widget of item 12347 shows the whole album (12347-12349), under the item's id or the album's,
    # without the caption Telegram keeps on another item: read as a post with no text, a quote of the caption
    # was told "the source has no text to search", as if the channel had said nothing.
    album = asset("telegram_channel_preview_album.html").decode()
    album = album[album.index('<div class="tgme_widget_message_wrap', album.index("rybar/12346")) :]
    assert _CAPTION in album
    album = album.replace(_CAPTION, "").replace('data-post="rybar/12349"', f'data-post="{shown_as}"')
    item, item_widget = "https://t.me/rybar/12347", "https://t.me/rybar/12347?embed=1&mode=tme"
    post = extract_source(item, (answer(item, "<html></html>"), answer(item_widget, f"<html><body>{album}")))
    assert (post.problem, post.text, post.post_id) == (None, "", "12347")
    assert post.published == dt.datetime(2022, 1, 21, 8, 30, tzinfo=dt.UTC)
    assert f"one item of an album ({shown_as}, 3 items)" in (post.unread or "")


def test_an_album_shown_with_its_caption_is_read_with_it_and_nothing_said_unread() -> None:
    item, item_widget = "https://t.me/rybar/12349", "https://t.me/rybar/12349?embed=1&mode=tme"
    post = extract_source(
        item,
        (answer(item, "<html></html>"), answer(item_widget, asset("telegram_channel_preview_album.html"))),
    )
    assert (post.text, post.unread) == ("Footage from the river crossing at dawn.", None)


def test_a_photo_without_words_whose_link_names_no_album_item_is_a_post_with_no_text() -> None:
    post = extract_source(
        POST,
        (answer(POST, "<html></html>"), answer(WIDGET, asset("telegram_widget_media_without_words.html"))),
    )
    assert (post.problem, post.text, post.unread) == (None, "", None)


def test_a_reply_s_link_to_the_post_it_answers_does_not_make_the_reply_that_post() -> None:
    # Only an album's own media name its items: the reply (12346) links to 12347, and is not 12347.
    html = asset("telegram_channel_preview_album.html").decode()
    without_album = html[: html.index('<div class="tgme_widget_message_wrap', html.index("rybar/12346"))]
    url = "https://t.me/s/rybar/12347"
    post = extract_source(url, (answer(url, without_album + "</section></body></html>"),))
    assert post.problem == "unavailable"


def test_a_widget_for_another_post_is_not_taken_for_the_cited_one() -> None:
    other = "https://t.me/rybar/11111"
    other_widget = "https://t.me/rybar/11111?embed=1&mode=tme"
    post = extract_source(
        other,
        (answer(other, "<html><body>x</body></html>"), answer(other_widget, asset("telegram_widget.html"))),
    )
    assert post.published is None
    assert post.post_id == "11111"


def test_a_post_that_redirects_to_its_channel_page_is_unavailable_not_read_as_the_post() -> None:
    # The channel's page carries the channel's name and description in its og: tags; read as the post, a
    # quote from the description "passed".
    missing, channel = "https://t.me/rybar/404404", "https://t.me/s/rybar"
    post = extract_source(
        missing,
        (redirect(missing, channel), answer(channel, asset("telegram_channel_preview.html"))),
    )
    assert post.problem == "unavailable"
    assert "https://t.me/s/rybar" in (post.problem_detail or "")


_CHANNEL_CARD = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Telegram: Contact @rybar</title>"
    "<meta property='og:title' content='Рыбарь'><meta property='og:description' content='Вылавливаем"
    " интересную нам информацию из мутной воды.'></head><body><div class='tgme_page_wrap'><div"
    " class='tgme_page'><div class='tgme_page_title'><span dir='auto'>Рыбарь</span></div><div"
    " class='tgme_page_extra'>1 280 000 subscribers</div><div class='tgme_page_description'>Вылавливаем"
    " интересную нам информацию из мутной воды.</div><div class='tgme_page_action'><a"
    " href='tg://resolve?domain=rybar'>View in Telegram</a></div></div></div></body></html>"
)


def test_a_post_url_answered_with_its_channel_s_own_page_is_unavailable_not_read_as_the_post() -> None:
    # The post's URL itself (no redirect) answered with the channel's card: its og:description, the channel's
    # description, was read as the post's text and its name as the author; `captured` passed.
    post = extract_source(POST, (answer(POST, _CHANNEL_CARD),))
    assert post.problem == "unavailable"
    assert (post.problem_detail or "").startswith(
        "https://t.me/rybar/12345 shows the channel 'Рыбарь', not post rybar/12345"
    )
    assert post.text == ""


def test_a_channel_s_own_link_answered_with_its_card_is_the_channel_s_page_not_an_unavailable_post() -> None:
    # `t.me/rybar`, a note citing the channel itself: its card was taken for a post's link answered with its
    # channel's page, and `captured` failed ("shows the channel 'Рыбарь', not post None/None").
    channel = "https://t.me/rybar"
    page = extract_source(channel, (answer(channel, _CHANNEL_CARD),))
    assert page.problem is None
    assert (page.author, page.text, page.published, page.post_id) == ("Рыбарь", "", None, None)
    assert page.fields["page"] == "the channel's own page, not one post"
    # A post's link answered with the same card is still no post (above).
    assert extract_source(POST, (answer(POST, _CHANNEL_CARD),)).problem == "unavailable"


@pytest.mark.parametrize(
    "notice",
    [
        "This channel can\u2019t be displayed because it was used to spread pornographic content.",
        "Этот канал не может быть показан, так как он нарушил Условия использования Telegram.",
        "Dieser Kanal kann nicht angezeigt werden, da er gegen die Nutzungsbedingungen verstoßen hat.",
    ],
)
def test_a_channel_s_own_link_answered_with_a_restricted_channel_s_card_is_unavailable(notice: str) -> None:
    # Read as the channel's page, the restricted channel's name passed `captured` and `author` on a channel
    # no reader can open.
    channel = "https://t.me/rybar"
    card = _CHANNEL_CARD.replace("Вылавливаем интересную нам информацию из мутной воды.", notice)
    assert card != _CHANNEL_CARD
    page = extract_source(channel, (answer(channel, card),))
    assert page.problem == "unavailable"
    assert "restriction notice for the channel" in (page.problem_detail or "")


def test_a_channel_s_link_answered_with_its_list_of_posts_is_the_channel_s_page_not_its_first_post() -> None:
    # `t.me/rybar` redirected to (or captured as) the channel's preview: read as a widget, the oldest post on
    # the page was the cited one, its time and words confirming a note citing the channel.
    channel, preview = "https://t.me/rybar", "https://t.me/s/rybar"
    for responses in (
        (redirect(channel, preview), answer(preview, asset("telegram_channel_preview.html"))),
        (answer(channel, asset("telegram_channel_preview.html")),),
    ):
        page = extract_source(channel, responses)
        assert (page.problem, page.text, page.published, page.post_id) == (None, "", None, None)
        assert (page.author, page.handle) == ("Рыбарь", "rybar")
        assert page.fields["page"] == "the channel's list of its latest 3 posts, not one post"


def _preview_with_og_tags(shown_ids: tuple[str, ...]) -> str:
    page = asset("telegram_channel_preview.html").decode()
    for old, new in zip(("12343", "12344", "12345"), shown_ids, strict=True):
        page = page.replace(f"rybar/{old}", f"rybar/{new}")
    og = (
        "<meta property='og:title' content='Рыбарь'><meta property='og:description' content='Вылавливаем"
        " интересную нам информацию из мутной воды.'>"
    )
    return page.replace("</title>", f"</title>{og}", 1)


def test_a_post_url_answered_with_the_channel_s_list_of_other_posts_is_unavailable() -> None:
    # The post's URL itself answered with the channel's preview page, which does not show the post: its
    # og:description (the channel's description) was read as the post's text, and `captured` passed.
    post = extract_source(POST, (answer(POST, _preview_with_og_tags(("12346", "12347", "12348"))),))
    assert post.problem == "unavailable"
    assert (post.problem_detail or "").startswith(
        "https://t.me/rybar/12345 shows other posts (rybar/12346, rybar/12347, rybar/12348), not post"
        " rybar/12345"
    )


def test_a_post_url_answered_with_the_channel_s_list_holding_the_post_reads_the_post() -> None:
    post = extract_source(POST, (answer(POST, _preview_with_og_tags(("12343", "12344", "12345"))),))
    assert (post.problem, post.post_id, post.handle) == (None, "12345", "rybar")
    assert post.published is not None


def test_a_private_channel_link_is_unavailable_not_read_as_the_post() -> None:
    # `t.me/c/<chat>/<id>` opens only in the app, for the chat's members; the web answers Telegram's generic
    # page with a 200, which was taken for a capture of the post.
    private = "https://t.me/c/1234567890/55"
    post = extract_source(private, (answer(private, asset("telegram_generic_page.html")),))
    assert post.problem == "unavailable"
    assert "private channel" in (post.problem_detail or "")
    assert "cannot be captured publicly" in (post.problem_detail or "")


@pytest.mark.parametrize(
    "generic_page",
    [
        asset("telegram_generic_page.html").decode(),
        '<html><head><meta property="og:title" content="Telegram Messenger"></head></html>',
    ],
    ids=["no og tags", "og title of Telegram's own"],
)
def test_a_public_post_link_answered_by_telegrams_generic_page_is_unavailable(generic_page: str) -> None:
    # With no widget to read, the page itself must show the post (its channel's name as og:title); Telegram's
    # generic page shows none, and its title is no channel's name.
    post = extract_source(POST, (answer(POST, generic_page), answer(WIDGET, "Too Many Requests", status=429)))
    assert post.problem == "unavailable"
    assert "generic page" in (post.problem_detail or "")
    assert post.author is None


def test_a_post_page_with_its_channel_s_name_but_no_words_is_still_the_post() -> None:
    # A post of a photo alone has an empty og:description; its og:title (the channel's name) shows the post.
    media_only = (
        '<html><head><meta property="og:title" content="Рыбарь">'
        '<meta property="og:description" content=""></head></html>'
    )
    post = extract_source(POST, (answer(POST, media_only),))
    assert post.problem is None
    assert (post.fields["og:title"], post.text) == ("Рыбарь", "")


def test_a_forward_keeps_the_name_and_the_post_link_of_its_original_author() -> None:
    forwarded, widget = "https://t.me/rybar/12372", "https://t.me/rybar/12372?embed=1&mode=tme"
    widget_answer = answer(widget, asset("telegram_widget_forwarded.html"))
    post = extract_source(forwarded, (answer(forwarded, "<html></html>"), widget_answer))
    assert (post.handle, post.author) == ("rybar", "Рыбарь")  # the post is the forwarder's
    assert post.fields["forwarded_from"] == "Grey Zone"
    assert post.fields["forwarded_from_url"] == "https://t.me/grey_zone/5"


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("Forwarded from Ivan Petrov", "Ivan Petrov"),
        ("Переслано от Иван Петров", "Иван Петров"),
        # A browser's capture, or an archive's copy, speaks its visitor's language: the lead-in read as the
        # author's name gave "Reenviado de Iván Petrov" as whose post the forward was.
        ("Reenviado de Iván Petrov", "Iván Petrov"),
        ("Weitergeleitet von Iwan Petrow", "Iwan Petrow"),
        ("Transféré de Ivan Petrov", "Ivan Petrov"),
        ("Şuradan iletildi: Ivan Petrov", "Ivan Petrov"),
        ("هدایت شده از ایوان پتروف", "ایوان پتروف"),
        ("تمت إعادة التوجيه من إيفان بتروف", "إيفان بتروف"),
    ],
)
def test_a_forward_whose_header_names_its_author_in_no_element_of_their_own_is_still_a_forward(
    header: str, name: str
) -> None:
    # A person who hides their account is named in the header's words alone: with no name element, the
    # forward was read as the channel's own words, and a note crediting them to the channel verified.
    forwarded, widget = "https://t.me/rybar/12372", "https://t.me/rybar/12372?embed=1&mode=tme"
    page = asset("telegram_widget_forwarded.html").decode()
    hidden = re.sub(
        r"Forwarded from <a class=\"tgme_widget_message_forwarded_from_name\".*?</a>", header, page
    )
    assert hidden != page
    post = extract_source(forwarded, (answer(forwarded, "<html></html>"), answer(widget, hidden.encode())))
    assert post.fields["forwarded_from"] == name
    assert forward_of_another(post) == repr(name)
    # A forward naming its author in their own element keeps that name alone.
    own = extract_source(
        forwarded,
        (answer(forwarded, "<html></html>"), answer(widget, asset("telegram_widget_forwarded.html"))),
    )
    assert own.fields["forwarded_from"] == "Grey Zone"
    assert "forwarded_from" not in _widget_post("telegram_widget.html").fields


@pytest.mark.parametrize(
    ("header", "whose"),
    [
        # A person's message forwarded: their name links to their account, not to a post.
        (
            'Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/rybar_fan">'
            "<span>Рыбарь</span></a>",
            "Рыбарь (@rybar_fan)",
        ),
        # A person who hides their account: named by the header's words alone.
        ("Forwarded from Рыбарь", "Рыбарь (an account whose link Telegram does not show)"),
        # A private chat's post: its link names no username.
        (
            'Forwarded from <a class="tgme_widget_message_forwarded_from_name" '
            'href="https://t.me/c/1326223284/5"><span>Рыбарь</span></a>',
            "Рыбарь (a private chat)",
        ),
    ],
)
def test_a_forward_of_another_account_under_the_channels_own_name_is_never_the_channels_own(
    header: str, whose: str
) -> None:
    # Told apart by the names alone, a forward of a namesake's (an impersonator's) message was read as the
    # channel's forward of its own post, and a note crediting its words to the channel passed `author`.
    forwarded, widget = "https://t.me/rybar/12372", "https://t.me/rybar/12372?embed=1&mode=tme"
    page = asset("telegram_widget_forwarded.html").decode()
    namesake = re.sub(
        r"Forwarded from <a class=\"tgme_widget_message_forwarded_from_name\".*?</a>", header, page
    )
    assert namesake != page
    post = extract_source(forwarded, (answer(forwarded, "<html></html>"), answer(widget, namesake.encode())))
    assert post.author == "Рыбарь" and post.fields["forwarded_from"] == whose
    assert forward_of_another(post) == repr(whose)
    # The channel's forward of its own post (linked) stays its own.
    own = page.replace("https://t.me/grey_zone/5", "https://t.me/rybar/5").replace(">Grey Zone<", ">Рыбарь<")
    post = extract_source(forwarded, (answer(forwarded, "<html></html>"), answer(widget, own.encode())))
    assert post.fields["forwarded_from"] == "Рыбарь" and forward_of_another(post) is None


def test_a_widget_that_was_not_read_is_named_beside_what_the_page_gave() -> None:
    # The widget alone gives the post's time: when it answered an error, is missing, or shows another post,
    # the post is read from its page, and what is missing must be said with why.
    permalink = answer(POST, asset("telegram_permalink.html"))
    for widget_answer, why in [
        (answer(WIDGET, "Too Many Requests", status=429), "it answered HTTP 429"),
        (None, "it is not in the capture"),
        (answer(WIDGET, "<html><body>x</body></html>"), "it does not show post rybar/12345"),
    ]:
        post = extract_source(POST, (permalink,) if widget_answer is None else (permalink, widget_answer))
        assert post.problem is None and post.published is None
        assert post.text == "The convoy had already crossed the bridge at Kherson."
        assert (
            post.unread == f"Telegram's widget, which gives the post's time and channel, was not read: {why}"
        )


def test_a_widget_showing_another_channel_s_post_says_which_post_it_shows() -> None:
    # `t.me/rybar/12345` answered with `newname/12345`'s widget (the channel renamed, or its old username
    # another channel's now): the post is not read from it, and the reader is told what Telegram showed.
    other = (
        asset("telegram_widget.html").decode().replace('data-post="rybar/12345"', 'data-post="newname/12345"')
    )
    post = extract_source(POST, (answer(POST, asset("telegram_permalink.html")), answer(WIDGET, other)))
    assert post.published is None
    assert "it does not show post rybar/12345: it shows post newname/12345 (the link's username may be" in (
        post.unread or ""
    )


def test_a_widget_read_or_not_asked_for_leaves_nothing_unread() -> None:
    read = extract_source(POST, (answer(WIDGET, asset("telegram_widget.html")),))
    preview = "https://t.me/s/rybar/12344"
    from_preview = extract_source(preview, (answer(preview, asset("telegram_channel_preview.html")),))
    assert read.unread is None and from_preview.unread is None


def test_a_generic_page_with_a_widget_not_read_says_both() -> None:
    post = extract_source(
        POST,
        (answer(POST, asset("telegram_generic_page.html")), answer(WIDGET, "Too Many Requests", status=429)),
    )
    assert post.problem == "unavailable"
    assert "generic page" in (post.problem_detail or "")
    assert (post.problem_detail or "").endswith("was not read: it answered HTTP 429")


def test_a_widget_with_no_answer_says_why_the_capture_has_none() -> None:
    # A widget not in the capture was said to be only that: held back after the host's 429 earlier in the
    # run, or asked and unanswered, it must say which.
    permalink = answer(POST, asset("telegram_permalink.html"))
    unread = "Telegram's widget, which gives the post's time and channel, was not read: "
    for failure, why in [
        (
            "skipped: t.me answered HTTP 429 and asked for no requests until 2026-12-03T10:00:00Z",
            "it was held back, never requested: t.me answered HTTP 429 and asked for no requests until "
            "2026-12-03T10:00:00Z",
        ),
        (
            "timeout: t.me sent no answer within 30s",
            "its request got no answer (timeout: t.me sent no answer within 30s)",
        ),
    ]:
        post = extract_source(POST, (permalink,), failures=((WIDGET, failure),))
        assert post.published is None and post.unread == unread + why
    assert extract_source(POST, (permalink,)).unread == unread + "it is not in the capture"


GROUP_POST = "https://t.me/kherson_chat/4471"
GROUP_WIDGET = "https://t.me/kherson_chat/4471?embed=1&mode=tme"


def test_a_group_member_s_message_is_the_member_s_not_the_group_s() -> None:
    # A public group's message shows `Іван Петренко in Херсон Чат`: the group's name (the owner name a
    # channel's post shows alone) was read as the author, so a note crediting the group with a member's words
    # passed the author check.
    post = extract_source(
        GROUP_POST,
        (
            answer(GROUP_POST, "<html></html>"),
            answer(GROUP_WIDGET, asset("telegram_widget_group_member.html")),
        ),
    )
    assert (post.author, post.handle) == ("Іван Петренко", "ivan_petrenko_ks")
    assert post.canonical_url == GROUP_POST  # where it was written: the group's post link
    assert post.fields["owner_name"] == "Херсон Чат"
    assert post.fields["sender_url"] == "https://t.me/ivan_petrenko_ks"
    assert post.text == "The bridge was hit twice tonight, I heard both explosions 💥"


def test_a_group_members_forward_of_their_own_message_stays_theirs() -> None:
    # Its link names the member's own account: a forward of their own, not of a namesake's.
    forward = (
        '<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a '
        'class="tgme_widget_message_forwarded_from_name" href="https://t.me/ivan_petrenko_ks">'
        "<span>Іван Петренко</span></a></div>"
    )
    page = asset("telegram_widget_group_member.html").decode()
    widget = page.replace(
        '<div class="tgme_widget_message_text', forward + '<div class="tgme_widget_message_text', 1
    )
    assert widget != page
    post = extract_source(GROUP_POST, (answer(GROUP_POST, "<html></html>"), answer(GROUP_WIDGET, widget)))
    assert post.fields["forwarded_from"] == "Іван Петренко" and forward_of_another(post) is None


TOPIC_POST = "https://t.me/kherson_chat/12/4471"  # message 4471 in the group's topic 12


def test_a_group_topic_s_message_is_read_from_its_widget_as_the_member_s() -> None:
    # A message in a public group's topic (`t.me/<group>/<topic>/<id>`) had no widget asked for: its page's
    # `og:title`, the group's name, was read as the author of a member's words, with no time.
    topic_page = (
        '<html><head><meta property="og:title" content="Херсон Чат">'
        '<meta property="og:description" content="The bridge was hit twice tonight, I heard both explosions">'
        '</head><body><div class="tgme_page tgme_page_post"></div></body></html>'
    )
    post = extract_source(
        TOPIC_POST,
        (
            answer(TOPIC_POST, topic_page),
            answer(GROUP_WIDGET, asset("telegram_widget_group_member.html")),
        ),
    )
    assert (post.author, post.handle) == ("Іван Петренко", "ivan_petrenko_ks")
    assert post.fields["owner_name"] == "Херсон Чат"
    assert post.published is not None and post.published_from == "widget <time datetime>"


def test_a_group_message_sent_as_the_group_and_a_channel_s_reply_stay_the_chat_s() -> None:
    # The group writing as itself names itself as the sender; a channel's reply shows the author of the post
    # it answers in the same class, which is not who wrote the reply.
    as_group = (
        asset("telegram_widget_group_member.html")
        .decode()
        .replace(
            'href="https://t.me/ivan_petrenko_ks"><span dir="auto">Іван Петренко',
            'href="https://t.me/kherson_chat"><span dir="auto">Херсон Чат',
        )
    )
    assert "Іван Петренко" not in as_group
    post = extract_source(GROUP_POST, (answer(GROUP_POST, "<html></html>"), answer(GROUP_WIDGET, as_group)))
    assert (post.author, post.handle) == ("Херсон Чат", "kherson_chat")
    reply = (
        asset("telegram_widget_reply.html")
        .decode()
        .replace(
            '<span class="tgme_widget_message_author_name" dir="auto">Рыбарь</span>',
            '<span class="tgme_widget_message_author_name" dir="auto">Grey Zone</span>',
        )
    )
    assert "Grey Zone" in reply
    post = extract_source(POST, (answer(POST, "<html></html>"), answer(WIDGET, reply)))
    assert (post.author, post.handle) == ("Рыбарь", "rybar")
    assert post.fields["in_reply_to_author"] == "Grey Zone"


def test_the_answered_post_s_words_in_their_own_reply_class_are_kept_for_the_quote_check() -> None:
    # Telegram also marks the answered post's text `tgme_widget_message_metatext js-message_reply_text`: it
    # was not the reply's text, but not kept either, so a quote of the answered post was only "not found"
    # instead of named as that post's words.
    reply = asset("telegram_widget_reply.html").decode()
    metatext = reply.replace(
        "tgme_widget_message_text js-message_reply_text", "tgme_widget_message_metatext js-message_reply_text"
    )
    assert metatext != reply
    post = extract_source(POST, (answer(POST, "<html></html>"), answer(WIDGET, metatext)))
    assert post.text == "The convoy had already crossed the bridge at Kherson.\nMore footage follows."
    assert post.fields["in_reply_to"] == "The enemy withdrew from the bridge overnight."
    assert post.fields["in_reply_to_author"] == "Рыбарь"


def test_a_group_member_without_a_public_username_is_named_with_no_account() -> None:
    # Telegram shows such a sender as a name without a link: the group's account is not theirs.
    no_username = (
        asset("telegram_widget_group_member.html")
        .decode()
        .replace(
            '<a class="tgme_widget_message_author_name" href="https://t.me/ivan_petrenko_ks">'
            '<span dir="auto">Іван Петренко</span></a>',
            '<span class="tgme_widget_message_author_name" dir="auto">Іван Петренко</span>',
        )
    )
    assert 'https://t.me/ivan_petrenko_ks"><span' not in no_username
    post = extract_source(
        GROUP_POST, (answer(GROUP_POST, "<html></html>"), answer(GROUP_WIDGET, no_username))
    )
    assert (post.author, post.handle) == ("Іван Петренко", None)
    assert post.fields["owner_name"] == "Херсон Чат"


_GROUP_POST_PAGE = (
    '<html><head><meta property="og:title" content="Херсон Чат">'
    '<meta property="og:description" content="The bridge was hit twice tonight, I heard both explosions">'
    '</head><body><div class="tgme_page tgme_page_post"><div class="tgme_page_widget">'
    '<script async src="https://telegram.org/js/telegram-widget.js?22" '
    'data-telegram-post="kherson_chat/4471"></script></div></div></body></html>'
)


def _group_note_author(post: SourcePost, author: str) -> CheckResult:
    citation = Citation(platform=Platform.TELEGRAM, author=author, url=GROUP_POST)
    footnote = Footnote(label="1", text=f"{author}, Telegram, {GROUP_POST}", line=40, urls=(GROUP_POST,))
    return check_author(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )


def test_a_post_read_from_its_page_alone_has_no_author_its_chat_s_name_names_no_writer() -> None:
    # The widget answered 429: the post's page gives its words, and as `og:title` only the chat's name. Read
    # as the author, it passed a note crediting the group with its member's words (the widget says they are
    # Іван Петренко's, and that note fails), as it passed one crediting a forwarding channel with another's.
    post = extract_source(
        GROUP_POST,
        (answer(GROUP_POST, _GROUP_POST_PAGE), answer(GROUP_WIDGET, "Too Many Requests", status=429)),
    )
    assert post.problem is None and post.text.startswith("The bridge was hit twice tonight")
    result = _group_note_author(post, "Херсон Чат")
    assert result.status == "warn", result.detail
    assert result.detail.startswith("no author found in the capture (Telegram's widget, which gives the")
    assert (post.author, post.handle) == (None, None)
    assert post.fields["og:title"] == "Херсон Чат"  # kept, for a reviewer
    # The widget read, the same note fails and one naming the member passes.
    read = extract_source(
        GROUP_POST,
        (
            answer(GROUP_POST, _GROUP_POST_PAGE),
            answer(GROUP_WIDGET, asset("telegram_widget_group_member.html")),
        ),
    )
    assert _group_note_author(read, "Херсон Чат").status == "fail"
    assert _group_note_author(read, "Іван Петренко").status == "pass"


def _author_of_what_was_read(source: SourcePost, author: str | None, note: str) -> CheckResult:
    """The author check's result for a note naming `author` (and the post's URL), against `source`."""
    citation = Citation(platform=Platform.TELEGRAM, author=author or "rybar", handle="rybar", url=POST)
    footnote = Footnote(label="1", text=note, line=40, urls=(POST,))
    return check_author(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=source, source=source)
    )


def _signed_post() -> SourcePost:
    return extract_source(
        POST,
        (
            answer(POST, asset("telegram_permalink.html")),
            answer(WIDGET, asset("telegram_widget_signed.html")),
        ),
    )


def test_a_signed_channel_post_is_its_signer_s_published_by_the_channel() -> None:
    post = _signed_post()
    assert (post.author, post.publisher, post.handle) == ("Mikhail Zvinchuk", "Рыбарь", "rybar")
    assert post.fields["signed_by"] == "Mikhail Zvinchuk"
    assert "Zvinchuk" not in post.text


@pytest.mark.parametrize(
    ("author", "status"),
    [
        ("Mikhail Zvinchuk", "pass"),  # who signed it: the post shows him as its author
        ("Rybar", "pass"),  # the channel that published it
        # Someone else: not borne out (a warn, as for any note naming another than the URL's channel).
        ("Dmitry Medvedev", "warn"),
    ],
)
def test_a_note_naming_a_signed_post_s_signer_or_channel_is_borne_out_and_anyone_else_is_not(
    author: str, status: str
) -> None:
    # The signer was not read: a note naming who wrote the post warned on the channel's name alone.
    result = _author_of_what_was_read(_signed_post(), author, f"{author}, Telegram, January 21, 2022, {POST}")
    assert result.status == status, result.detail


def test_an_unsigned_channel_post_is_the_channel_s_alone() -> None:
    post = extract_source(
        POST, (answer(POST, asset("telegram_permalink.html")), answer(WIDGET, asset("telegram_widget.html")))
    )
    assert (post.author, post.publisher) == ("Рыбарь", None)
    note = f"Mikhail Zvinchuk, Telegram, January 21, 2022, {POST}"
    assert _author_of_what_was_read(post, "Mikhail Zvinchuk", note).status == "warn"


def test_a_poll_s_question_is_the_channel_s_words_and_its_options_are_not() -> None:
    # A poll has no text block: its question, which the channel asks, was not read (a quote of it warned),
    # and its options are choices offered to readers, never what the channel says as fact.
    post = extract_source(
        POST,
        (answer(POST, asset("telegram_permalink.html")), answer(WIDGET, asset("telegram_widget_poll.html"))),
    )
    assert post.problem is None
    assert post.text == "Who blew up the dam at Nova Kakhovka?"
    assert post.fields["poll_options"] == (
        "Ukraine shelled the dam to flood the left bank | It collapsed on its own"
    )
    assert "shelled" not in post.text
    assert post.author == "Рыбарь"


def test_an_instant_view_link_is_telegram_s_copy_of_another_site_s_page_not_a_post() -> None:
    # `t.me/iv?url=…` was read as a post's page: the article's title was the post's author, its lead the
    # post's words, and `captured` passed on Telegram's rendering of another site's article.
    url = "https://t.me/iv?url=https%3A%2F%2Fnews.example%2Fbridge&rhash=5c1f0e2a9b7d3e"
    page = (
        '<html><head><meta property="og:title" content="Bridge hit at dawn">'
        '<meta property="og:description" content="Officials said the bridge was hit at dawn."></head>'
        '<body><article class="article"><h1>Bridge hit at dawn</h1><address><a rel="author">Jane Doe</a>'
        "</address><p>Officials said the bridge was hit at dawn.</p></article></body></html>"
    )
    post = extract_source(url, (answer(url, page),))
    assert (post.partial, post.partial_detail) == (
        "copy",
        "the page is Telegram's Instant View of https://news.example/bridge",
    )
    assert (post.author, post.text) == (None, "")
    # A post of a channel is still its post.
    read = extract_source(POST, (answer(WIDGET, asset("telegram_widget.html")),))
    assert (read.partial, read.author) == (None, "Рыбарь")


_CHANNEL_CARD_PAGE = (
    '<html><head><meta property="og:title" content="Рыбарь">'
    '<meta property="og:description" content="The convoy had already crossed the bridge at Kherson.">'
    '</head><body><div class="tgme_page"><div class="tgme_page_title">Рыбарь</div>'
    '<a class="tgme_action_button_new" href="tg://resolve?domain=rybar&amp;story=5">View in Telegram</a>'
    "</div></body></html>"
)


@pytest.mark.parametrize(
    ("url", "what"),
    [
        ("https://t.me/rybar/s/5", "a story"),
        ("https://t.me/boost/rybar", "a channel's boost page"),
        ("https://t.me/boost?c=1326223284", "a channel's boost page"),
    ],
)
def test_a_story_or_a_boost_link_is_no_post(url: str, what: str) -> None:
    # Read as a post page, the channel's card gave the post's author and its description a quote's words.
    post = extract_source(url, (answer(url, _CHANNEL_CARD_PAGE),))
    assert post.problem == "unavailable"
    assert f"is {what}, which Telegram shows only in its app" in (post.problem_detail or "")


def test_a_channel_named_like_a_story_path_s_post_is_still_a_post() -> None:
    # Only `<channel>/s/<id>` is a story: `t.me/s/<channel>/<id>` is the post on the channel's preview page.
    url = "https://t.me/s/rybar/12344"
    assert extract_source(url, (answer(url, asset("telegram_channel_preview.html")),)).problem is None


_WEB_APP_SHELL = (
    "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Telegram Web</title>"
    '<meta name=description content="Telegram is a cloud-based mobile and desktop messaging app with a focus'
    ' on security and speed."><script type=module src="./index-abc.js"></script></head><body>'
    "<div id=page-chats></div><div id=auth-pages><h4>Sign in to Telegram</h4><p>Please confirm your country"
    " code and enter your phone number.</p></div>"
    "</body></html>"
)


@pytest.mark.parametrize(
    "url", ["https://web.telegram.org/k/#@rybar", "https://web.telegram.org/a/#-1001326223284_77"]
)
def test_a_link_into_telegram_s_web_app_is_a_login_wall_never_the_post(url: str) -> None:
    # Read as a web page, the web app's sign-in shell passed `captured`: the post was never in the capture.
    post = extract_source(url, (answer(url.partition("#")[0], _WEB_APP_SHELL),))
    assert (post.platform, post.problem) == (Platform.TELEGRAM, "login-wall")
    assert "cite the post's t.me link" in (post.problem_detail or "")


def test_a_page_of_telegram_s_own_site_is_read_as_a_web_page() -> None:
    assert extractor_for("https://telegram.org/blog/channels-2-0").platform == Platform.WEB
    assert extractor_for("https://t.me/rybar/12345").platform == Platform.TELEGRAM


@pytest.mark.parametrize(
    "mark", ["edited", "изменено", "змінено", "editado", "bearbeitet", "modifié", "düzenlendi", "ویرایش شده"]
)
def test_an_edited_post_is_called_edited_in_the_language_its_copy_speaks(mark: str) -> None:
    # The footer says "edited" beside the time in the visitor's language: read in English only, a Russian or
    # Spanish copy's edited post was never called edited, and a quote of its words before the edit failed
    # where it warns, saying the post was edited.
    page = asset("telegram_widget.html").decode()
    marked = page.replace(
        '<span class="tgme_widget_message_meta"><a', f'<span class="tgme_widget_message_meta">{mark} <a', 1
    )
    assert marked != page
    post = extract_source(POST, (answer(POST, "<html></html>"), answer(WIDGET, marked.encode())))
    assert post.edited


def test_a_post_whose_footer_says_nothing_but_its_time_is_not_called_edited() -> None:
    assert not _widget_post("telegram_widget.html").edited
    assert not _widget_post("telegram_widget_signed.html").edited


# A post's own page as Telegram writes it where the post holds quotation marks and an ampersand: the text in
# its tags escaped twice.
TWICE_ESCAPED_PERMALINK = (
    '<html><head><meta property="og:title" content="Grey &amp;amp; Zone">'
    '<meta property="og:description" content="The governor said &amp;quot;no retreat&amp;quot; '
    '&amp;amp; left at 9:00.">'
    '</head><body><div class="tgme_page tgme_page_post">'
    '<div class="tgme_page_widget" data-telegram-post="rybar/12345"></div></div></body></html>'
)


def test_a_permalinks_tags_escaped_twice_are_read_as_the_words_the_post_shows() -> None:
    # Read once, the text held `&quot;` and `&amp;`: a quote of the post's very words ("no retreat" & left)
    # warned as a paraphrase, and the channel's name was "Grey &amp; Zone".
    post = extract_source(POST, (answer(POST, TWICE_ESCAPED_PERMALINK), answer(WIDGET, "", status=429)))
    assert post.problem is None
    assert post.text == 'The governor said "no retreat" & left at 9:00.'
    assert post.fields["og:title"] == "Grey & Zone"


def test_a_link_previews_references_left_by_a_page_escaping_its_tags_twice_are_read_as_characters() -> None:
    # The linked page wrote its title escaped twice; Telegram's preview shows what its tags hold, `&#039;`:
    # read as written, a quote of the headline ("Mayor's plan") was not found in the preview at all.
    title = "Mayor&amp;#039;s plan: the bridge &amp;amp; the ferry"
    widget = (
        asset("telegram_widget_link_preview.html")
        .decode()
        .replace("Mayor: the bridge will stay closed", title)
    )
    post = extract_source(POST, (answer(POST, "<html></html>"), answer(WIDGET, widget)))
    assert post.fields["link_preview"].startswith("Mayor's plan: the bridge & the ferry | ")


@pytest.mark.parametrize(
    ("notice", "regional"),
    [
        # A state channel blocked in the EU by a government's order, captured from there.
        ("This channel can't be displayed because it violated local laws.", True),
        ("This channel is blocked in your country because it violated local laws.", True),
        ("Это сообщение недоступно в вашей стране из-за нарушения авторских прав.", True),
        ("Diese Nachricht ist in deinem Land nicht verfügbar.", True),
        ("This channel can't be displayed because it violated Telegram's Terms of Service.", False),
        ("This message is unavailable.", False),
    ],
)
def test_a_restriction_notice_for_the_country_it_was_fetched_from_is_named_a_region_block(
    notice: str, regional: bool
) -> None:
    # Called only a restriction, the ledger did not say that a capture from elsewhere, or an archived copy,
    # may still show the post.
    widget = asset("telegram_widget.html").decode()
    marked = widget.replace(
        "The convoy had <b>already</b> crossed the bridge at Kherson.<br/>More footage follows.", notice
    )
    post = extract_source(POST, (answer(POST, "<html></html>"), answer(WIDGET, marked.encode())))
    assert post.problem == "unavailable"
    assert (post.problem_detail or "").startswith("a region block: ") is regional
    assert "restriction notice" in (post.problem_detail or "")
    page = asset("telegram_permalink.html").decode()
    restricted = page.replace("The convoy had already crossed the bridge at Kherson.", notice)
    from_page = extract_source(POST, (answer(POST, restricted),))
    assert from_page.problem == "unavailable"
    assert (from_page.problem_detail or "").startswith("a region block: ") is regional


_WAYBACK = "https://web.archive.org/web/20220121093018/"


def _as_the_wayback_machine_serves_it(html: str, relative: bool) -> str:
    """`html` as the Wayback Machine serves its copy: each link to t.me written as its own copy's link, whole
    (`https://web.archive.org/web/<stamp>/https://t.me/…`) or from its root (`/web/<stamp>/https://t.me/…`)."""
    prefix = _WAYBACK.removeprefix("https://web.archive.org") if relative else _WAYBACK
    return html.replace('href="https://t.me/', f'href="{prefix}https://t.me/')


@pytest.mark.parametrize("relative", [False, True], ids=["whole", "from-the-root"])
def test_an_album_item_on_a_wayback_copy_of_the_channel_preview_is_read_from_its_album(
    relative: bool,
) -> None:
    # The album's items are named only by its media's links, which the copy writes as its own: a cited item
    # of an album the copy shows was "not shown", and a post anyone can open came out deleted.
    url = "https://t.me/s/rybar/12347"
    memento = f"{_WAYBACK}{url}"
    html = _as_the_wayback_machine_serves_it(asset("telegram_channel_preview_album.html").decode(), relative)
    post = extract_source(url, (answer(memento, html),), start=memento)
    assert post.problem is None, post.problem_detail
    assert (post.post_id, post.text) == ("12347", "Footage from the river crossing at dawn.")
    assert post.fields["album"] == "rybar/12349"


def test_a_channels_forward_of_its_own_post_on_a_wayback_copy_stays_its_own() -> None:
    # The forward's link, as the copy writes it, was read as a link off Telegram: the channel's forward of its
    # own post was named another account's, and a note crediting the channel was told the words are another's.
    cited = "https://t.me/s/rybar/12372"
    memento = f"{_WAYBACK}{cited}"
    page = asset("telegram_widget_forwarded.html").decode()
    own = page.replace("https://t.me/grey_zone/5", "https://t.me/rybar/5").replace(">Grey Zone<", ">Рыбарь<")
    post = extract_source(
        cited, (answer(memento, _as_the_wayback_machine_serves_it(own, False)),), start=memento
    )
    assert post.fields["forwarded_from"] == "Рыбарь" and forward_of_another(post) is None
    assert post.fields["forwarded_from_url"] == "https://t.me/rybar/5"
