"""What `check` says of each footnote of three more reports a fact-checker reviews, end to end.

A legal memo in Markdown cites a court's press release, a ministry's PDF and two X posts; an OSINT brief
quotes Telegram channels in Russian with English translations; a newsletter in HTML quotes a Bluesky post, a
Mastodon post and a news article with an update line, reader comments and related stories. Each footnote's
status and each check's detail are what a fact-checker reads: a `pass` must be earned, and a `warn` must say
what a person has to do. The servers are local (`--connect-to`), the URLs the real ones.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from provenance.side_urls import bluesky_thread_url, side_urls, syndication_url
from tests.extractors.support import asset
from tests.support.check_runs import checks_by_name
from tests.support.pdfs import one_page_pdf
from tests.support.servers import FixtureServer, LocalCA, Reply, make_local_ca, path_of

JSON = (("Content-Type", "application/json; charset=utf-8"),)
TLS_HOSTS = (
    "t.me",
    "x.com",
    "cdn.syndication.twimg.com",
    "publish.twitter.com",
    "bsky.app",
    "public.api.bsky.app",
    "mastodon.example",
)
WEB_HOSTS = ("court.example", "gov.example", "harbourtimes.example")

MINISTER_TWEET = "1484527450321846272"  # a snowflake of 2022-01-21 14:05:00 UTC
QUOTING_TWEET = "1484541291525046272"  # 2022-01-21 15:00:00 UTC
LATE_TWEET = "1484669637227446272"  # 2022-01-21 23:30:00 UTC: the 22nd in Examplia (UTC+2)


def tweet_result(tweet_id: str, when: str, name: str, screen_name: str, text: str, **more: Any) -> bytes:
    document = json.loads(asset("tweet_result.json"))
    document.update(id_str=tweet_id, created_at=when, text=text, display_text_range=[0, len(text)], **more)
    document["user"] = {**document["user"], "name": name, "screen_name": screen_name}
    document["edit_control"] = {**document["edit_control"], "edit_tweet_ids": [tweet_id]}
    return json.dumps(document).encode()


def oembed(status_url: str, name: str, screen_name: str, text: str) -> bytes:
    return json.dumps(
        {
            "url": status_url,
            "author_name": name,
            "author_url": f"https://twitter.com/{screen_name}",
            "html": f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{text}</p>&mdash; {name} '
            f'(@{screen_name}) <a href="{status_url}">January 21, 2022</a></blockquote>',
            "type": "rich",
            "provider_name": "Twitter",
        }
    ).encode()


def x_routes(
    status_url: str, tweet_id: str, result: bytes, name: str, screen_name: str, text: str
) -> dict[str, Any]:
    (oembed_url,) = (url for url in side_urls(status_url) if "oembed" in url)
    return {
        path_of(status_url): Reply(body=asset("x_status_shell.html")),
        path_of(syndication_url(tweet_id)): Reply(body=result, headers=JSON),
        path_of(oembed_url): Reply(body=oembed(status_url, name, screen_name, text), headers=JSON),
    }


def widget(post: str, owner: str, when: str, text: str, before: str = "") -> bytes:
    """A Telegram widget in Telegram's markup; `before` goes before the post's text (a reply's quote)."""
    return (
        f"<html><body><div class='tgme_widget_message js-widget_message' data-post='{post}'>"
        "<div class='tgme_widget_message_author'><a class='tgme_widget_message_owner_name'>"
        f"<span>{owner}</span></a></div>{before}<div class='tgme_widget_message_text "
        f"js-message_text'>{text}</div>"
        "<span class='tgme_widget_message_meta'><a class='tgme_widget_message_date'>"
        f"<time datetime='{when}'>x</time></a></span></div></body></html>"
    ).encode()


def _check(
    report: Path, platforms: FixtureServer, web: FixtureServer, ca: LocalCA
) -> dict[str, dict[str, Any]]:
    """`check --json` of `report`, its WARCs beside it, no archive asked: its footnotes by label."""
    argv = ["check", str(report), "--json", "--archive-dir", str(report.parent / "archives")]
    argv += ["--ca-bundle", str(ca.ca_pem), "--no-archive-lookup"]
    argv += [arg for host in TLS_HOSTS for arg in ("--connect-to", f"{host}:443:127.0.0.1:{platforms.port}")]
    argv += [arg for host in WEB_HOSTS for arg in ("--connect-to", f"{host}:80:127.0.0.1:{web.port}")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(argv)
    (checked,) = json.loads(out.getvalue())["reports"]
    footnotes = {footnote["label"]: footnote for footnote in checked["footnotes"]}
    assert code == (0 if all(note["status"] == "verified" for note in footnotes.values()) else 1)
    return footnotes


# --- the legal memo ----------------------------------------------------------------------------------------

PRESS_RELEASE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Court sets aside ferry contract award \u2013 Supreme Court of Examplia</title>"
    "<meta property='og:title' content='Court sets aside ferry contract award'>"
    "<meta property='og:site_name' content='Supreme Court of Examplia'>"
    '<script type=\'application/ld+json\'>{"@context": "https://schema.org", "@type": "NewsArticle", '
    '"headline": "Court sets aside ferry contract award", "datePublished": "2022-01-21T10:00:00+02:00", '
    '"author": {"@type": "Organization", "name": "Supreme Court of Examplia"}}</script>'
    "</head><body><header><a href='/'>Supreme Court of Examplia</a></header><main><article>"
    "<h1>Court sets aside ferry contract award</h1><p class='meta'>Press release No. 4/2022 \u00b7 21 "
    "January 2022</p>"
    "<p>The Supreme Court today set aside the award of the ferry contract to Harbour Lines Ltd.</p>"
    "<p>The tender, which the ministry ran in 2020, breached the procurement rules. The award is therefore "
    "set aside"
    "</p><p>and the ministry must run the tender again within 90 days.</p>"
    "<p>The Court did not find that any official acted in bad faith.</p>"
    "</article><aside class='related'><h2>Related press releases</h2><ul>"
    "<li><a href='/press/2021-19'>Court upholds the harbour dredging licence</a></li>"
    "<li><a href='/press/2021-12'>Ministry ordered to publish ferry subsidy figures</a></li></ul></aside>"
    "</main><footer>Supreme Court of Examplia \u00b7 Press office</footer></body></html>"
).encode()

FERRY_PDF = one_page_pdf(
    b"BT /F1 12 Tf 72 720 Td (Ferry Services Annual Report 2021) Tj 0 -30 Td (In 2021 the state ferries "
    b"carried"
    b" 1,500,000 passengers,) Tj 0 -14 Td (up from 1,200,000 in 2020.) Tj ET",
    trailer=b"/Info 6 0 R",
    more=(
        b"<< /Title (Ferry Services Annual Report 2021) /Author (Ministry of Transport)"
        b" /CreationDate (D:20220121090000+02'00') >>",
    ),
)

MEMO = f"""# Memorandum

**To:** Litigation team. **Re:** public statements on the ferry contract ruling.

1. The Court announced that it "set aside the award of the ferry contract to Harbour Lines Ltd."[^court]

2. The Court held that "[t]he tender [\u2026] breached the procurement rules."[^tender]

3. It ordered that "[t]he award is therefore set aside and the ministry must run the tender again within 90 days."[^remedy]

4. The Court also "upholds the harbour dredging licence".[^related]

5. The ministry's own figures show the ferries "carried 1.5 million passengers" in 2021.[^pdf]

6. The Minister responded the same afternoon: "We will appeal [the ruling]."[^minister]

7. The Minister later wrote that "the bridge at Kherson was destroyed overnight".[^quoting]

8. Her last post that day said "the contract will be retendered".[^late]

9. She vowed to "appeal [the fine]".[^bracket]

10. The release ends: "The Court did not find that any official acted in bad faith.

The ministry has already paid the operator in full."[^span]

[^court]: Supreme Court of Examplia, "Court sets aside ferry contract award", Press Release No. 4/2022 (Jan. 21, 2022), http://court.example/press/2022-04
[^tender]: *Id.*, http://court.example/press/2022-04
[^remedy]: Supreme Court of Examplia, "Court sets aside ferry contract award \u2013 Supreme Court of Examplia", 21 January 2022, http://court.example/press/2022-04
[^related]: Supreme Court of Examplia, Press Release No. 4/2022 (Jan. 21, 2022), http://court.example/press/2022-04
[^pdf]: Ministry of Transport, "Ferry Services Annual Report 2021", 21/01/2022, http://gov.example/ferry-report.pdf
[^minister]: Anna Berg (@TransportMin), X (Jan. 21, 2022, 4:05 PM EET), https://x.com/TransportMin/status/{MINISTER_TWEET}
[^quoting]: Anna Berg (@TransportMin), X (Jan. 21, 2022), https://x.com/TransportMin/status/{QUOTING_TWEET}
[^late]: Anna Berg (@TransportMin), X (Jan. 22, 2022), https://x.com/TransportMin/status/{LATE_TWEET}
[^bracket]: Anna Berg (@TransportMin), X (Jan. 21, 2022), https://x.com/TransportMin/status/{MINISTER_TWEET}
[^span]: Supreme Court of Examplia, "Court sets aside ferry contract award", Jan. 21, 2022, http://court.example/press/2022-04
"""  # noqa: E501


@pytest.fixture(scope="module")
def local_tls(tmp_path_factory: pytest.TempPathFactory) -> LocalCA:
    return make_local_ca(tmp_path_factory.mktemp("ca"), TLS_HOSTS)


@pytest.fixture(scope="module")
def platforms(local_tls: LocalCA) -> Iterator[FixtureServer]:
    """One TLS server for X, Telegram, Bluesky and a Mastodon instance; paths tell the posts apart."""
    routes: dict[str, Any] = {}
    minister = f"https://x.com/TransportMin/status/{MINISTER_TWEET}"
    appeal = "We will appeal this ruling. The ferries keep running."
    routes |= x_routes(
        minister,
        MINISTER_TWEET,
        tweet_result(MINISTER_TWEET, "2022-01-21T14:05:00.000Z", "Anna Berg", "TransportMin", appeal),
        "Anna Berg",
        "TransportMin",
        appeal,
    )
    quoting = f"https://x.com/TransportMin/status/{QUOTING_TWEET}"
    doubt = "We have no confirmation of this."
    rumour = {
        "__typename": "Tweet",
        "id_str": "1484300000000000000",
        "lang": "en",
        "created_at": "2022-01-20T22:00:00.000Z",
        "text": "BREAKING: the bridge at Kherson was destroyed overnight, sources say.",
        "user": {"id_str": "99", "name": "Rumour Mill", "screen_name": "rumourmill"},
    }
    routes |= x_routes(
        quoting,
        QUOTING_TWEET,
        tweet_result(
            QUOTING_TWEET, "2022-01-21T15:00:00.000Z", "Anna Berg", "TransportMin", doubt, quoted_tweet=rumour
        ),
        "Anna Berg",
        "TransportMin",
        doubt,
    )
    late = f"https://x.com/TransportMin/status/{LATE_TWEET}"
    retender = "The contract will be retendered. Good night."
    routes |= x_routes(
        late,
        LATE_TWEET,
        tweet_result(LATE_TWEET, "2022-01-21T23:30:00.000Z", "Anna Berg", "TransportMin", retender),
        "Anna Berg",
        "TransportMin",
        retender,
    )
    routes |= {path: Reply(body=page) for path, page in TELEGRAM.items()}
    for rkey, thread in (
        (BSKY_POST, "bsky_post_thread.json"),
        (BSKY_QUOTING, "bsky_post_thread_quoting_another.json"),
    ):
        post_url = f"https://bsky.app/profile/{BSKY_HANDLE}/post/{rkey}"
        routes[path_of(post_url)] = Reply(body=asset("bsky_app_shell.html"))
        routes[path_of(bluesky_thread_url(post_url) or "")] = Reply(body=asset(thread), headers=JSON)
    routes[f"/@harbourwatch/{MASTODON_POST}"] = Reply(body=asset("mastodon_status_page.html"))
    routes[f"/api/v1/statuses/{MASTODON_POST}"] = Reply(body=asset("mastodon_status.json"), headers=JSON)
    with FixtureServer(routes, tls=local_tls) as server:
        yield server


@pytest.fixture(scope="module")
def web() -> Iterator[FixtureServer]:
    routes: dict[str, Any] = {
        "/press/2022-04": Reply(body=PRESS_RELEASE),
        "/2022/01/21/fined": Reply(body=FINED),
        "/ferry-report.pdf": Reply(body=FERRY_PDF, headers=(("Content-Type", "application/pdf"),)),
    }
    with FixtureServer(routes) as server:
        yield server


@pytest.fixture(scope="module")
def memo(
    tmp_path_factory: pytest.TempPathFactory, platforms: FixtureServer, web: FixtureServer, local_tls: LocalCA
) -> dict[str, dict[str, Any]]:
    report = tmp_path_factory.mktemp("memo") / "memo.md"
    report.write_text(MEMO, encoding="utf-8")
    return _check(report, platforms, web, local_tls)


# --- the OSINT brief ---------------------------------------------------------------------------------------

RYBAR = "\u0420\u044b\u0431\u0430\u0440\u044c"
TWO_MAJORS = "\u0414\u0432\u0430 \u043c\u0430\u0439\u043e\u0440\u0430"

TELEGRAM: dict[str, bytes] = {
    # 21:30 UTC on the 20th: 00:30 on the 21st in Moscow.
    "/rybar/20001": widget(
        "rybar/20001",
        RYBAR,
        "2022-01-20T21:30:00+00:00",
        "\u041a\u043e\u043b\u043e\u043d\u043d\u0430 \u0443\u0436\u0435 "
        "\u043f\u0435\u0440\u0435\u0441\u0435\u043a\u043b\u0430 "
        "\u043c\u043e\u0441\u0442 \u0443 \u0425\u0435\u0440\u0441\u043e\u043d\u0430.<br/><br/>"
        "\u041f\u0435\u0440\u0435\u043f\u0440\u0430\u0432\u0430 "
        "\u0440\u0430\u0431\u043e\u0442\u0430\u0435\u0442.",
    ),
    "/dva_majors/3001": widget(
        "dva_majors/3001",
        TWO_MAJORS,
        "2022-01-21T07:00:00+00:00",
        "\u041f\u0440\u043e\u0442\u0438\u0432\u043d\u0438\u043a "
        "\u043e\u0442\u0441\u0442\u0443\u043f\u0438\u043b "
        "\u0438\u0437 \u0434\u0432\u0443\u0445 \u0441\u0451\u043b \u2014 "
        "\u041a\u0440\u044b\u043d\u043a\u0438 "
        "\u0438 \u041a\u043e\u0440\u0441\u0443\u043d\u043a\u0438. \u041d\u0430 "
        "\u043f\u043b\u0430\u0446\u0434\u0430\u0440\u043c\u0435 "
        "\u043e\u043a\u043e\u043b\u043e 1500 \u0432\u043e\u0435\u043d\u043d\u044b\u0445.",
    ),
    "/rybar/20002": widget(
        "rybar/20002",
        RYBAR,
        "2022-01-21T12:00:00+00:00",
        "\u042d\u0442\u043e \u043d\u0435\u043f\u0440\u0430\u0432\u0434\u0430.",
        before="<a class='tgme_widget_message_reply' href='https://t.me/rybar/19990'>"
        "<div class='tgme_widget_message_author'><span class='tgme_widget_message_author_name'>"
        "Grey Zone</span></div><div class='tgme_widget_message_text js-message_reply_text'>"
        "\u041c\u043e\u0441\u0442 \u0443 \u0425\u0435\u0440\u0441\u043e\u043d\u0430 "
        "\u0440\u0430\u0437\u0440\u0443\u0448\u0435\u043d.</div></a>",
    ),
    # 22:30 UTC on the 21st: 01:30 on the 22nd in Moscow.
    "/rybar/20003": widget(
        "rybar/20003",
        RYBAR,
        "2022-01-21T22:30:00+00:00",
        "\u041d\u043e\u0447\u044c\u044e \u0431\u044b\u043b\u043e "
        "\u0441\u043f\u043e\u043a\u043e\u0439\u043d\u043e.",
    ),
}

BRIEF = """# OSINT brief: the Kherson crossing, 20\u201322 January 2022

At 00:30 Moscow time Rybar reported that \u00ab\u043a\u043e\u043b\u043e\u043d\u043d\u0430 \u0443\u0436\u0435 \u043f\u0435\u0440\u0435\u0441\u0435\u043a\u043b\u0430 \u043c\u043e\u0441\u0442 \u0443 \u0425\u0435\u0440\u0441\u043e\u043d\u0430\u00bb ("the convoy has already crossed the bridge at Kherson").[^1]

Rybar added that \u00ab\u043a\u043e\u043b\u043e\u043d\u043d\u0430 [\u2026] \u043f\u0435\u0440\u0435\u0441\u0435\u043a\u043b\u0430 \u043c\u043e\u0441\u0442. \u041f\u0435\u0440\u0435\u043f\u0440\u0430\u0432\u0430 \u0440\u0430\u0431\u043e\u0442\u0430\u0435\u0442\u00bb.[^2]

Two Majors wrote that \u00ab\u043f\u0440\u043e\u0442\u0438\u0432\u043d\u0438\u043a \u043e\u0442\u0441\u0442\u0443\u043f\u0438\u043b \u0438\u0437 \u0434\u0432\u0443\u0445 \u0441\u0451\u043b [\u041a\u0440\u044b\u043d\u043a\u0438 \u0438 \u041a\u043e\u0440\u0441\u0443\u043d\u043a\u0438]\u00bb and that there were \u00ab\u043e\u043a\u043e\u043b\u043e 1 500 \u0432\u043e\u0435\u043d\u043d\u044b\u0445\u00bb on the bridgehead.[^3]

Two Majors put the force at "about 1.5 thousand soldiers".[^4]

Rybar wrote \u00ab\u043c\u043e\u0441\u0442 \u0443 \u0425\u0435\u0440\u0441\u043e\u043d\u0430 \u0440\u0430\u0437\u0440\u0443\u0448\u0435\u043d\u00bb.[^5]

Rybar later said it had been "a quiet night".[^6]

Rybar added that \u00ab\u043a\u043e\u043b\u043e\u043d\u043d\u0430 [\u2026] \u043f\u0435\u0440\u0435\u0441\u0435\u043a\u043b\u0430 \u043c\u043e\u0441\u0442 \u0443 \u0425\u0435\u0440\u0441\u043e\u043d\u0430. \u041f\u0435\u0440\u0435\u043f\u0440\u0430\u0432\u0430 \u0440\u0430\u0431\u043e\u0442\u0430\u0435\u0442\u00bb.[^7]

The bridgehead held \u00ab\u043e\u043a\u043e\u043b\u043e 1,5 \u0442\u044b\u0441. \u0432\u043e\u0435\u043d\u043d\u044b\u0445\u00bb.[^8]

[^1]: \u0420\u044b\u0431\u0430\u0440\u044c, Telegram, 21.01.2022, https://t.me/rybar/20001
[^2]: Rybar, Telegram, 21/01/2022, https://t.me/rybar/20001
[^3]: Dva Majora, Telegram, 21 January 2022, https://t.me/dva_majors/3001
[^4]: Two Majors, Telegram, 21 January 2022, https://t.me/dva_majors/3001
[^5]: Rybar, Telegram, 21 January 2022, https://t.me/rybar/20002
[^6]: Rybar, Telegram, 22 January 2022, https://t.me/rybar/20003
[^7]: Rybar, Telegram, 21/01/2022, https://t.me/rybar/20001
[^8]: Dva Majora (@dva_majors), Telegram, 21 January 2022, https://t.me/dva_majors/3001
"""  # noqa: E501


@pytest.fixture(scope="module")
def osint(
    tmp_path_factory: pytest.TempPathFactory, platforms: FixtureServer, web: FixtureServer, local_tls: LocalCA
) -> dict[str, dict[str, Any]]:
    report = tmp_path_factory.mktemp("osint") / "brief.md"
    report.write_text(BRIEF, encoding="utf-8")
    return _check(report, platforms, web, local_tls)


# --- the newsletter ----------------------------------------------------------------------------------------

BSKY_HANDLE = "harbour.bsky.social"
BSKY_POST = "3lbg46235ui27"  # the asset's post
BSKY_QUOTING = "3lbgynmqc2227"  # the asset's quote post of @rumourmill.bsky.social's
MASTODON_POST = "109876543210987654"

FINED = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Ferry operator fined over safety lapses | Harbour Times</title>"
    "<meta property='og:title' content='Ferry operator fined over safety lapses'>"
    "<meta property='og:site_name' content='Harbour Times'>"
    '<script type=\'application/ld+json\'>{"@context": "https://schema.org", "@type": "NewsArticle", '
    '"headline": "Ferry operator fined over safety lapses", '
    '"datePublished": "2022-01-21T23:10:00-05:00", "dateModified": "2022-01-23T09:00:00-05:00", '
    '"author": {"@type": "Person", "name": "Jane Doe"}, '
    '"publisher": {"@type": "Organization", "name": "Harbour Times"}}</script>'
    "</head><body><header><a href='/'>Harbour Times</a></header><main><article>"
    "<h1>Ferry operator fined over safety lapses</h1>"
    "<p class='byline'>By Jane Doe \u00b7 January 21, 2022 11:10 PM ET \u00b7 Updated January 23, 2022</p>"
    "<p>The regulator fined Harbour Lines \u20ac1,200,000 on Friday for safety lapses on its night "
    "ferries.</p>"
    "<p>\u201cPassengers were put at risk on every crossing we inspected,\u201d the regulator\u2019s chief, "
    "Omar Khalil, said.</p>"
    "<p>The company said it would contest the fine.</p>"
    "</article><section class='comments' id='comments'><h2>Comments</h2>"
    "<div class='comment'><p class='comment-author'>harbourfan</p><p>The regulator is bought and paid for by "
    "the rival operator.</p></div></section>"
    "<aside class='related'><h2>Related stories</h2><ul>"
    "<li><a href='/2022/01/20/strike'>Ferry crews vote to strike over night shifts</a></li></ul></aside>"
    "</main><footer>Harbour Times</footer></body></html>"
).encode()

NEWSLETTER = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour Weekly</title></head><body>
<h1>Harbour Weekly \u2014 22 January 2022</h1>
<p>The harbour authority posted that \u201cthe ferry to Kherson is cancelled until further notice\u201d.<sup><a href="#fn1" id="r1">1</a></sup></p>
<p>It also shared a claim that \u201cthe Kherson bridge was destroyed overnight\u201d.<sup><a href="#fn2" id="r2">2</a></sup></p>
<p>Harbour Watch wrote: \u201cThe ferry to the island is cancelled until Monday. Details [\u2026] from the harbour master.\u201d<sup><a href="#fn3" id="r3">3</a></sup></p>
<p>The regulator fined the operator \u201c\u20ac1.2 million\u201d.<sup><a href="#fn4" id="r4">4</a></sup></p>
<p>Its chief said \u201cpassengers were put at risk on every crossing [the regulator] inspected\u201d.<sup><a href="#fn5" id="r5">5</a></sup></p>
<p>One reader wrote that \u201cthe regulator is bought and paid for by the rival operator\u201d.<sup><a href="#fn6" id="r6">6</a></sup></p>
<p>Crews \u201cvote to strike over night shifts\u201d.<sup><a href="#fn7" id="r7">7</a></sup></p>
<p>The paper reported the fine.<sup><a href="#fn8" id="r8">8</a></sup></p>
<p>The regulator\u2019s chief, Omar Khalil, wrote the story.<sup><a href="#fn9" id="r9">9</a></sup></p>
<p>The Guardian ran the story too.<sup><a href="#fn10" id="r10">10</a></sup></p>
<ol class="footnotes">
<li id="fn1">Harbour Authority (@{BSKY_HANDLE}), Bluesky, November 20, 2024, <a href="https://bsky.app/profile/{BSKY_HANDLE}/post/{BSKY_POST}">https://bsky.app/profile/{BSKY_HANDLE}/post/{BSKY_POST}</a></li>
<li id="fn2">Harbour Authority, Bluesky, November 21, 2024, <a href="https://bsky.app/profile/{BSKY_HANDLE}/post/{BSKY_QUOTING}">https://bsky.app/profile/{BSKY_HANDLE}/post/{BSKY_QUOTING}</a></li>
<li id="fn3">Harbour Watch (@harbourwatch@mastodon.example), Mastodon, February 16, 2023, <a href="https://mastodon.example/@harbourwatch/{MASTODON_POST}">https://mastodon.example/@harbourwatch/{MASTODON_POST}</a></li>
<li id="fn4">Harbour Times, \u201cFerry operator fined over safety lapses\u201d, January 22, 2022, <a href="http://harbourtimes.example/2022/01/21/fined">http://harbourtimes.example/2022/01/21/fined</a></li>
<li id="fn5">Jane Doe, \u201cFerry operator fined over safety lapses | Harbour Times\u201d, January 21, 2022, <a href="http://harbourtimes.example/2022/01/21/fined">http://harbourtimes.example/2022/01/21/fined</a></li>
<li id="fn6">Jane Doe, Harbour Times, January 21, 2022, <a href="http://harbourtimes.example/2022/01/21/fined">http://harbourtimes.example/2022/01/21/fined</a></li>
<li id="fn7">Jane Doe, Harbour Times, January 21, 2022, <a href="http://harbourtimes.example/2022/01/21/fined">http://harbourtimes.example/2022/01/21/fined</a></li>
<li id="fn8">Harbour Times, \u201cFerry operator fined over safety lapses\u201d, January 23, 2022, <a href="http://harbourtimes.example/2022/01/21/fined">http://harbourtimes.example/2022/01/21/fined</a></li>
<li id="fn9">Omar Khalil, \u201cFerry operator fined over safety lapses\u201d, January 21, 2022, <a href="http://harbourtimes.example/2022/01/21/fined">http://harbourtimes.example/2022/01/21/fined</a></li>
<li id="fn10">Jane Doe, \u201cFerry operator fined over safety lapses | The Guardian\u201d, January 21, 2022, <a href="http://harbourtimes.example/2022/01/21/fined">http://harbourtimes.example/2022/01/21/fined</a></li>
</ol></body></html>
"""  # noqa: E501


@pytest.fixture(scope="module")
def newsletter(
    tmp_path_factory: pytest.TempPathFactory, platforms: FixtureServer, web: FixtureServer, local_tls: LocalCA
) -> dict[str, dict[str, Any]]:
    report = tmp_path_factory.mktemp("newsletter") / "weekly.html"
    report.write_text(NEWSLETTER, encoding="utf-8")
    return _check(report, platforms, web, local_tls)


# --- what a fact-checker reads -----------------------------------------------------------------------------


def test_each_footnote_of_the_legal_memo_has_the_status_a_careful_reviewer_would_give(
    memo: dict[str, dict[str, Any]],
) -> None:
    assert {label: footnote["status"] for label, footnote in memo.items()} == {
        "court": "verified",
        "tender": "failed",  # `Id.`: its author and date are the note before's, not repeated
        "remedy": "verified",  # a quote over two of the page's paragraphs; the title with the site's name
        "related": "unconfirmed",  # another press release's headline, listed beside this one
        "pdf": "unconfirmed",  # no date or author on the PDF; a number written otherwise
        "minister": "verified",  # `[the ruling]` for "this ruling"
        "quoting": "unconfirmed",  # the words of the post she quotes
        "late": "verified",  # 23:30 UTC is the 22nd in Examplia
        "bracket": "unconfirmed",  # `[the fine]` for "this ruling"
        "span": "unconfirmed",  # a quotation over two paragraphs, its second never said by the Court
    }
    checks = {label: checks_by_name(footnote) for label, footnote in memo.items()}
    assert checks["remedy"]["title"] == (
        "pass",
        "matches 'Court sets aside ferry contract award'; 'Supreme Court of Examplia' beside it is the "
        "site's name",
    )
    assert checks["remedy"]["quote"][0] == "pass"
    assert checks["minister"]["quote"] == ("pass", "found 'We will appeal [the ruling].'")
    assert checks["bracket"]["quote"] == (
        "warn",
        "the words in brackets '[the fine]' stand for the source's 'this ruling': compare 'appeal [the "
        "fine]' by hand",
    )
    assert checks["quoting"]["quote"] == (
        "warn",
        "'the bridge at Kherson was destroyed overnight' is not in the source's own words but in the post it "
        "quotes (Rumour Mill, @rumourmill): attribute it there, or cite that post",
    )
    assert checks["span"]["quote"] == (
        "warn",
        "the citing passage (line 25) ends a quotation opened in a paragraph before it, whose words were not "
        "read: compare them with the source by hand",
    )
    assert checks["late"]["date"] == (
        "pass",
        "posted 2022-01-21 23:30 UTC (syndication created_at): 2022-01-22 from UTC+00:30 to UTC+14:00",
    )


def test_an_id_note_fails_schema_saying_it_repeats_not_the_author_of_the_note_it_cites(
    memo: dict[str, dict[str, Any]],
) -> None:
    # "no author: the note names no author, outlet or account", of a Bluebook `Id.` naming the note before.
    status, detail = checks_by_name(memo["tender"])["schema"]
    assert status == "fail"
    assert detail.startswith(
        "no author: the note cites another note's source ('Id.'), whose author it does not repeat, and is "
        "checked "
        "only on its own words; give the author here; "
    )


def test_a_ministry_s_figure_quoted_in_millions_is_said_to_be_the_same_number(
    memo: dict[str, dict[str, Any]],
) -> None:
    # "carried 1.5 million passengers" of a PDF saying "1,500,000" warned "not found verbatim (70% at best; a
    # paraphrase?)"; the PDF's /Author, which names the ministry, went unsaid beside "no author found".
    checks = checks_by_name(memo["pdf"])
    assert checks["quote"] == (
        "warn",
        "found 'carried 1.5 million passengers' written otherwise: the quote has '1.5 million' where the "
        "source "
        "has '1,500,000', the same number or day, but not the source's words: compare by hand",
    )
    assert checks["author"] == (
        "warn",
        "no author found in the capture; the PDF's metadata names 'Ministry of Transport', who made the "
        "file, "
        "not always its author: compare 'Ministry of Transport' by hand",
    )


def test_a_headline_quoted_from_the_related_releases_beside_a_press_release_says_so(
    memo: dict[str, dict[str, Any]],
) -> None:
    # It warned as "not found verbatim (50% at best; a paraphrase?)" while side blocks were read run together.
    assert checks_by_name(memo["related"])["quote"] == (
        "warn",
        "'upholds the harbour dredging licence' is not in the source's own words but in the page's links to "
        "other stories or its side blocks (a `Read more:` line, a sidebar): it is not the article's: cite "
        "the "
        "page it comes from",
    )


def test_each_footnote_of_the_osint_brief_has_the_status_a_careful_analyst_would_give(
    osint: dict[str, dict[str, Any]],
) -> None:
    assert {label: footnote["status"] for label, footnote in osint.items()} == {
        "1": "unconfirmed",  # the English translation beside the Russian
        "2": "unconfirmed",  # the quote cuts the post's words after "bridge" without an ellipsis
        "3": "unconfirmed",  # "Two Majors", the channel's name in English: a translation no tool tells
        "4": "unconfirmed",  # an English paraphrase
        "5": "unconfirmed",  # the words of the post it replies to
        "6": "unconfirmed",  # an English translation
        "7": "verified",  # a quote over two of the post's paragraphs, with an elision
        "8": "unconfirmed",  # 1,5 тыс. for 1500
    }
    checks = {label: checks_by_name(footnote) for label, footnote in osint.items()}
    # 21:30 UTC on the 20th is 00:30 on the 21st in Moscow; 22:30 UTC on the 21st is 01:30 on the 22nd.
    assert checks["1"]["date"] == (
        "pass",
        "posted 2022-01-20 21:30 UTC (widget <time datetime>): 2022-01-21 from UTC+02:30 to UTC+14:00",
    )
    assert checks["6"]["date"] == (
        "pass",
        "posted 2022-01-21 22:30 UTC (widget <time datetime>): 2022-01-22 from UTC+01:30 to UTC+14:00",
    )
    assert checks["1"]["quote"][1].startswith(
        "found '\u043a\u043e\u043b\u043e\u043d\u043d\u0430 \u0443\u0436\u0435 "
        "\u043f\u0435\u0440\u0435\u0441\u0435"
        "\u043a\u043b\u0430 \u043c\u043e\u0441\u0442 \u0443 \u0425\u0435\u0440\u0441\u043e\u043d\u0430'; "
        "translation: source is Russian, quote is English; compare 'the convoy has already crossed"
    )
    assert checks["2"]["quote"][1].endswith(
        "the quote leaves out the source's '\u0443\u0436\u0435', the quote leaves out the source's "
        "'\u0443 \u0425\u0435\u0440\u0441\u043e\u043d\u0430'"
    )
    assert checks["3"]["quote"][0] == "pass"  # `[Крынки и Корсунки]`, `1 500` for 1500
    assert checks["5"]["quote"] == (
        "warn",
        "'\u043c\u043e\u0441\u0442 \u0443 \u0425\u0435\u0440\u0441\u043e\u043d\u0430 "
        "\u0440\u0430\u0437\u0440\u0443"
        "\u0448\u0435\u043d' is not in the source's own words but in the post it replies to (Grey Zone): "
        "attribute it there, or cite that post",
    )
    assert checks["8"]["quote"] == (
        "warn",
        "found '\u043e\u043a\u043e\u043b\u043e 1,5 \u0442\u044b\u0441. "
        "\u0432\u043e\u0435\u043d\u043d\u044b\u0445' "
        "written otherwise: the quote has '1,5 \u0442\u044b\u0441.' where the source has '1500', the same "
        "number "
        "or day, but not the source's words: compare by hand",
    )


def test_each_footnote_of_the_newsletter_has_the_status_a_careful_editor_would_give(
    newsletter: dict[str, dict[str, Any]],
) -> None:
    assert {label: footnote["status"] for label, footnote in newsletter.items()} == {
        "1": "verified",
        "2": "unconfirmed",  # the words of the post it quotes
        "3": "verified",  # a quote over the post's two paragraphs, its link elided
        "4": "unconfirmed",  # "€1.2 million" for "€1,200,000"
        "5": "verified",  # `[the regulator]` for "we"; the title with the site's name
        "6": "unconfirmed",  # a reader's comment
        "7": "unconfirmed",  # a related story's headline
        "8": "unconfirmed",  # the day of the page's update
        "9": "unconfirmed",  # a writer the byline does not name
        "10": "unconfirmed",  # the headline, with another outlet's name
    }
    checks = {label: checks_by_name(footnote) for label, footnote in newsletter.items()}
    # Published 23:10 ET on the 21st, 04:10 UTC on the 22nd: either day is the page's.
    assert checks["4"]["date"][0] == "pass" and checks["5"]["date"][0] == "pass"
    assert checks["8"]["date"] == (
        "warn",
        "cited 2022-01-23; the source was posted 2022-01-22 04:10 UTC (JSON-LD datePublished), which is "
        "2022-01-21 to 2022-01-22 across UTC\u221212..UTC+14; the cited day is that of the page's update "
        "(2022-01-23T09:00:00-05:00), not its publication's: compare by hand",
    )
    assert checks["2"]["quote"][1].startswith(
        "'the Kherson bridge was destroyed overnight' is not in the source's own words but in the post it "
        "quotes (Rumour Mill, @rumourmill.bsky.social)"
    )
    assert checks["7"]["quote"][1].startswith(
        "'vote to strike over night shifts' is not in the source's own words but in the page's links to "
        "other "
        "stories"
    )
    assert checks["5"]["title"][1].endswith("'Harbour Times' beside it is the site's name")
    assert checks["10"]["title"] == (
        "warn",
        "the headline matches, but the cited title names the site 'The Guardian', where the page's is "
        "'Harbour "
        "Times': another outlet's copy, or the wrong outlet? Compare by hand",
    )


def test_a_note_naming_the_outlet_passes_saying_whose_byline_the_page_shows(
    newsletter: dict[str, dict[str, Any]],
) -> None:
    # "cited 'Harbour Times'; the source shows 'Harbour Times'" read as if the outlet wrote it; "cited 'Omar
    # Khalil'; the source shows 'Jane Doe / Harbour Times'" said nothing of what to do.
    checks = {label: checks_by_name(footnote) for label, footnote in newsletter.items()}
    assert checks["4"]["author"] == (
        "pass",
        "cited 'Harbour Times'; the source shows 'Harbour Times', its publisher; its byline names 'Jane Doe'",
    )
    assert checks["9"]["author"] == (
        "warn",
        "cited 'Omar Khalil'; the source shows 'Jane Doe / Harbour Times': its byline names 'Jane Doe', not "
        "'Omar Khalil': compare by hand",
    )


def test_a_fine_quoted_in_millions_is_said_to_be_the_page_s_figure(
    newsletter: dict[str, dict[str, Any]],
) -> None:
    # "€1.2 million" of a page saying "€1,200,000" warned "not found verbatim (41% at best; a paraphrase?)".
    assert checks_by_name(newsletter["4"])["quote"] == (
        "warn",
        "found '\u20ac1.2 million' written otherwise: the quote has '1.2 million' where the source has "
        "'1,200,000', the same number or day, but not the source's words: compare by hand",
    )


def test_a_reader_s_comment_quoted_as_the_paper_s_says_it_is_a_comment(
    newsletter: dict[str, dict[str, Any]],
) -> None:
    # It warned as "not found verbatim (53% at best; a paraphrase?)" while comments were read run together.
    assert checks_by_name(newsletter["6"])["quote"] == (
        "warn",
        "'the regulator is bought and paid for by the rival operator' is not in the source's own words but "
        "in a "
        "reader's comment on the page: attribute it to the commenter, not to the page's author",
    )
