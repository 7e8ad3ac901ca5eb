"""What `check` says of each footnote of a fourth set of reports a fact-checker reviews, end to end.

A human-rights NGO's report cites Instagram, TikTok, Threads, Bluesky and Mastodon posts, the UN human rights
office's press release and two ministries' statements, one in French quoted in translation, one in Spanish
quoted as written; a newspaper's corrections and misinformation brief cites an article whose headline changed
after it was updated, one with a correction note, one since removed (a 200 page saying so), an edited
Mastodon post, X posts quoted with ellipses and brackets, a Facebook page's share of another page's post, a
Reddit comment by its link and by its thread's, and a Medium post whose page lists "More from" its author.
Each footnote's status is what an honest tool must say: `verified` only where every claim was checked. The
servers are local (`--connect-to`), the URLs the real ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from provenance.side_urls import bluesky_thread_url, reddit_json_url, side_urls, tiktok_oembed_url
from tests.extractors.support import asset
from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import JSON_HEADERS as JSON
from tests.support.check_runs import checked_on as _check
from tests.support.check_runs import checks_by_name
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of
from tests.test_fact_checker_reports_2_end_to_end import tweet_result, x_routes

ASSETS = Path(__file__).parent / "assets" / "fact_checker_4"


def page(name: str) -> bytes:
    return (ASSETS / name).read_bytes()


# --- the NGO's report --------------------------------------------------------------------------------------

INSTAGRAM = "https://www.instagram.com/p/C4atWcXgAay/"  # media id of 2024-03-12 14:20:05 UTC
REEL = "https://www.instagram.com/reel/C4bG00HgAOJ/"  # 2024-03-12 18:02:41 UTC, Maria Reyes's
THREADS = "https://www.threads.net/@examplia.watch/post/C4cysAzgABN"  # 2024-03-13 09:45:12 UTC
TIKTOK = "https://www.tiktok.com/@nightshiftnews/video/7345588289035574903"  # 2024-03-12 21:14:09 UTC
BLUESKY = "https://bsky.app/profile/examplia-watch.org/post/3knjth7qji22l"  # a TID of 2024-03-12 22:41:03
MASTODON = "https://mastodon.social/@anaruiz/112087135944708242"  # 2024-03-13 07:12:44 UTC
OHCHR = "https://www.ohchr.org/en/press-releases/2024/03/examplia-turk-urges-release-protesters-detained-port-amal"
FRANCE = (
    "https://www.diplomatie.gouv.fr/fr/dossiers-pays/examplia/evenements/article/"
    "examplia-arrestation-de-manifestants-a-port-amal-13-03-24"
)
SPAIN = (
    "https://www.exteriores.gob.es/es/Comunicacion/Comunicados/Paginas/2024_COMUNICADOS/20240313_COMU041.aspx"
)
NGO_HOSTS: tuple[str, ...] = ("www.instagram.com", "www.threads.net", "www.tiktok.com", "bsky.app")
NGO_HOSTS += ("public.api.bsky.app", "mastodon.social", "www.ohchr.org", "www.diplomatie.gouv.fr")
NGO_HOSTS += ("www.exteriores.gob.es",)

NGO_REPORT = f"""# Port Amal, 12-14 March 2024: arrests of peaceful protesters

*Examplia Watch, briefing paper 2024/03*

## 1. The night of 12 March

On the evening of 12 March some 3,000 people gathered outside the Port Amal courthouse. Our monitors posted
at the time that "police charged a peaceful crowd outside the courthouse" and counted "at least 40 arrests".[^ig]

A video filmed by a local news account shows the police line; its caption reads "Police line outside the
courthouse tonight".[^tiktok]

In the same video an officer can be heard shouting "nobody leaves this square".[^tiktok-spoken]

Maria Reyes, whose brother was among those detained, wrote: "They took my brother from the square at 9 pm.
Nobody will tell us where he is."[^reel]

Our account on Bluesky reported that "the mobile network in Port Amal has been down since 11 March".[^bsky]

## 2. Detention

The next morning we wrote that "41 people are still held after Tuesday's protest in Port Amal".[^threads]

Lawyer Ana Ruiz said she was "refused access to my clients for the second day".[^masto]

Examplia Watch wrote that the families "have not been allowed to see them".[^reel-credited]

## 3. International reaction

The UN High Commissioner for Human Rights said that "[n]o one should be detained for taking part in a
peaceful protest."[^ohchr]

UN Secretary-General António Guterres said he was "deeply troubled by accounts of detainees being denied
access to lawyers".[^ohchr-sg]

France called on the authorities "to release without delay all those detained for exercising their right
of peaceful assembly".[^france]

Spain asked the authorities "que pongan en libertad a los detenidos".[^spain]

[^ig]: Examplia Watch (@examplia.watch), Instagram, 12 March 2024, {INSTAGRAM}
[^tiktok]: Night Shift News (@nightshiftnews), TikTok, 12 March 2024, {TIKTOK}
[^tiktok-spoken]: Night Shift News (@nightshiftnews), TikTok, 12 March 2024, {TIKTOK}
[^reel]: Maria Reyes (@maria.reyes.pa), Instagram, 12 March 2024, {REEL}
[^bsky]: Examplia Watch (@examplia-watch.org), Bluesky, 12 March 2024, {BLUESKY}
[^threads]: Examplia Watch (@examplia.watch), Threads, 15 March 2024, {THREADS}
[^masto]: Ana Ruiz (@anaruiz@mastodon.social), Mastodon, 13 March 2024, {MASTODON}
[^reel-credited]: Examplia Watch (@examplia.watch), Instagram, 12 March 2024, {REEL}
[^ohchr]: OHCHR, "Examplia: Türk urges release of protesters detained in Port Amal", press release, 13 March 2024, {OHCHR}
[^ohchr-sg]: OHCHR, "Examplia: Türk urges release of protesters detained in Port Amal", 13 March 2024, {OHCHR}
[^france]: Ministère de l'Europe et des Affaires étrangères, "Examplia - Arrestation de manifestants à Port Amal (13 mars 2024)", 13 March 2024, {FRANCE}
[^spain]: Ministerio de Asuntos Exteriores, "Comunicado del Ministerio de Asuntos Exteriores sobre las detenciones en Port Amal (Examplia)", 13 March 2024, {SPAIN}
"""  # noqa: E501

TIKTOK_CAPTION = "Police line outside the courthouse tonight \U0001f6a8 #PortAmal #Examplia #protest"
TIKTOK_SHELL = (
    b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>TikTok - Make Your Day</title>"
    b"<link rel='canonical' href='https://www.tiktok.com/'></head><body><div id='app'></div>"
    b"<script id='__UNIVERSAL_DATA_FOR_REHYDRATION__' type='application/json'>"
    b'{"__DEFAULT_SCOPE__":{"webapp.app-context":{"language":"en"}}}</script></body></html>'
)


def tiktok_oembed() -> bytes:
    document = json.loads(asset("tiktok_oembed.json"))
    video = TIKTOK.rsplit("/", 1)[1]
    document.update(
        title=TIKTOK_CAPTION,
        author_url="https://www.tiktok.com/@nightshiftnews",
        author_name="Night Shift News",
        author_unique_id="nightshiftnews",
        embed_product_id=video,
        html=(
            f'<blockquote class="tiktok-embed" cite="{TIKTOK}" data-video-id="{video}" '
            'data-embed-from="oembed" style="max-width: 605px;min-width: 325px;" > <section> '
            '<a target="_blank" title="@nightshiftnews" href="https://www.tiktok.com/@nightshiftnews?refer=embed">'
            "@nightshiftnews</a> <p>Police line outside the courthouse tonight \U0001f6a8 "
            '<a title="portamal" target="_blank" href="https://www.tiktok.com/tag/portamal?refer=embed">'
            "#PortAmal</a> </p> </section> </blockquote>"
            ' <script async src="https://www.tiktok.com/embed.js"></script>'
        ),
    )
    return json.dumps(document, ensure_ascii=False).encode()


def bluesky_thread() -> bytes:
    document = json.loads(asset("bsky_post_thread.json"))
    post = document["thread"]["post"]
    rkey = BLUESKY.rsplit("/", 1)[1]
    did = "did:plc:q6gjnaw2blty4crticxkmujt"
    post["uri"] = f"at://{did}/app.bsky.feed.post/{rkey}"
    post["author"] = {
        "did": did,
        "handle": "examplia-watch.org",
        "displayName": "Examplia Watch",
        "labels": [],
    }
    post["record"] = {
        "$type": "app.bsky.feed.post",
        "text": "Update 23:40: the mobile network in Port Amal has been down since 11 March. Landlines work. "
        "Send reports to our Signal number.",
        "createdAt": "2024-03-12T22:41:03.118Z",
        "langs": ["en"],
    }
    post["indexedAt"] = "2024-03-12T22:41:04.220Z"
    return json.dumps(document).encode()


def mastodon_status() -> bytes:
    document = json.loads(asset("mastodon_status.json"))
    status_id = MASTODON.rsplit("/", 1)[1]
    document.update(
        id=status_id,
        created_at="2024-03-13T07:12:44.000Z",
        uri=f"https://mastodon.social/users/anaruiz/statuses/{status_id}",
        url=MASTODON,
        content="<p>Second day at the Port Amal police station: refused access to my clients for the second "
        'day. Nine of them are minors.</p><p><a href="https://mastodon.social/tags/PortAmal" '
        'class="mention hashtag" rel="tag">#<span>PortAmal</span></a></p>',
        account={
            "id": "109331",
            "username": "anaruiz",
            "acct": "anaruiz",
            "display_name": "Ana Ruiz \u2696\ufe0f",
            "url": "https://mastodon.social/@anaruiz",
        },
        tags=[{"name": "portamal", "url": "https://mastodon.social/tags/portamal"}],
    )
    return json.dumps(document, ensure_ascii=False).encode()


MASTODON_PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Ana Ruiz \u2696\ufe0f: &quot;Second day at the Port Amal police station: refused access to my "
    "clients\u2026&quot; - Mastodon</title>"
    "<meta content='Ana Ruiz \u2696\ufe0f (@anaruiz@mastodon.social)' property='og:title'>"
    "<meta content='Second day at the Port Amal police station: refused access to my clients for the second "
    "day. Nine of them are minors. #PortAmal' property='og:description'>"
    "<meta content='article' property='og:type'><meta content='Mastodon' property='og:site_name'>"
    "<meta content='2024-03-13T07:12:44Z' property='og:published_time'>"
    "<script src='/packs/js/application.js' crossorigin='anonymous'></script></head>"
    "<body class='app-body'><div class='app-holder' id='mastodon' data-props='{&quot;locale&quot;:&quot;en"
    "&quot;}'><noscript>To use the Mastodon web application, please enable JavaScript.</noscript></div>"
    "</body></html>"
).encode()


@pytest.fixture(scope="module")
def ngo_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("ngo")
    ca = make_local_ca(folder, NGO_HOSTS)
    (mastodon_api,) = side_urls(MASTODON)
    routes: dict[str, Any] = {
        path_of(INSTAGRAM): Reply(body=page("instagram_watch_post.html"), headers=HTML),
        path_of(REEL): Reply(body=page("instagram_reel_of_a_relative.html"), headers=HTML),
        path_of(THREADS): Reply(body=page("threads_watch_post.html"), headers=HTML),
        path_of(TIKTOK): Reply(body=TIKTOK_SHELL, headers=HTML),
        path_of(tiktok_oembed_url(TIKTOK) or ""): Reply(body=tiktok_oembed(), headers=JSON),
        path_of(BLUESKY): Reply(body=asset("bsky_app_shell.html"), headers=HTML),
        path_of(bluesky_thread_url(BLUESKY) or ""): Reply(body=bluesky_thread(), headers=JSON),
        path_of(MASTODON): Reply(body=MASTODON_PAGE, headers=HTML),
        path_of(mastodon_api): Reply(body=mastodon_status(), headers=JSON),
        path_of(OHCHR): Reply(body=page("ohchr_press_release.html"), headers=HTML),
        path_of(FRANCE): Reply(body=page("diplomatie_declaration_fr.html"), headers=HTML),
        path_of(SPAIN): Reply(body=page("exteriores_comunicado_es.html"), headers=HTML),
    }
    report = folder / "port-amal.md"
    report.write_text(NGO_REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, NGO_HOSTS)


# --- the newspaper's corrections and misinformation brief --------------------------------------------------

UPDATED = "https://www.examplia-times.com/politics/2024/03/14/election-commission-turnout/"
REMOVED = "https://www.examplia-times.com/politics/2024/03/13/candidate-arrested-at-rally/"
EDITED = "https://mastodon.social/@cec_examplia/112081305600001201"  # 2024-03-12 06:30 UTC, edited since
CANDIDATE_POST = "1768370271024054272"  # 2024-03-14 20:15:02 UTC
COMMISSION_POST = "1768391779414966272"  # 2024-03-14 21:40:30 UTC
CANDIDATE = f"https://x.com/VictorMarr/status/{CANDIDATE_POST}"
COMMISSION = f"https://x.com/CEC_Examplia/status/{COMMISSION_POST}"
SHARE = "https://www.facebook.com/patriots.examplia/posts/122145678901234567"
SHARED = "https://www.facebook.com/freeexamplianews/posts/122099887766554433"
THREAD = "https://www.reddit.com/r/examplia/comments/1bf2k9q/precinct_12_count_stopped_for_three_hours/"
COMMENT = f"{THREAD}kv3m1xz/"
MEDIUM = "https://medium.com/@tomaslind/what-i-saw-at-precinct-12-8c41d2e9a7f0"
BRIEF_HOSTS: tuple[str, ...] = ("www.examplia-times.com", "mastodon.social", "x.com")
BRIEF_HOSTS += ("cdn.syndication.twimg.com", "publish.twitter.com", "www.facebook.com", "www.reddit.com")
BRIEF_HOSTS += ("medium.com",)

BRIEF = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Corrections and clarifications: the Precinct 12 claims</title></head>
<body><article>
<h1>What we got wrong, and what others got wrong, about the election count</h1>
<p class="standfirst">The Examplia Times's standards desk, 18 March 2024</p>
<h2>Our own corrections</h2>
<p>Our first story on the count ran under the headline \u201cTurnout hit a record 71 percent, election commission says\u201d.<sup><a href="#fn1" id="r1">1</a></sup></p>
<p>It said that \u201cturnout was a record 71 percent\u201d.<sup><a href="#fn2" id="r2">2</a></sup></p>
<p>The story reported that the chair, Leila Haddad, said \u201cevery count has been checked twice\u201d.<sup><a href="#fn3" id="r3">3</a></sup></p>
<p>A story that the opposition candidate had been arrested at a rally was wrong and has been taken down.<sup><a href="#fn4" id="r4">4</a></sup></p>
<h2>The commission\u2019s own correction</h2>
<p>On election morning the commission first wrote that \u201cpolling stations close at 7 pm\u201d.<sup><a href="#fn5" id="r5">5</a></sup></p>
<h2>Claims that spread</h2>
<p>The candidate Victor Marr posted: \u201cWe won this election [\u2026] and [we] will not accept a stolen result.\u201d<sup><a href="#fn6" id="r6">6</a></sup></p>
<p>Posts quoting the commission claimed it had admitted that \u201cofficials \u2026 found destroyed ballots in Precinct 12\u201d.<sup><a href="#fn7" id="r7">7</a></sup></p>
<p>The Facebook page Patriots for Examplia told its followers that \u201cballots were burned in the school yard at Precinct 12\u201d.<sup><a href="#fn8" id="r8">8</a></sup></p>
<p>On Reddit a user who said she was an observer wrote: \u201cThe scanner jammed at 9 pm and the count stopped until it was fixed.\u201d<sup><a href="#fn9" id="r9">9</a></sup></p>
<p>Another user replied that \u201cnobody took the ballots anywhere, I was in the room\u201d.<sup><a href="#fn10" id="r10">10</a></sup></p>
<p>A poll worker, Tomas Lind, wrote that \u201cthe ballots never left the table\u201d.<sup><a href="#fn11" id="r11">11</a></sup></p>
<p>Lind wrote in the same post that \u201cthree ballot boxes left the school at midnight and never came back\u201d.<sup><a href="#fn12" id="r12">12</a></sup></p>
<section class="footnotes"><ol>
<li id="fn1">Daniel Osei, \u201cTurnout hit a record 71 percent, election commission says\u201d, The Examplia Times, March 14, 2024, <a href="{UPDATED}">{UPDATED}</a></li>
<li id="fn2">Daniel Osei, The Examplia Times, March 14, 2024, <a href="{UPDATED}">{UPDATED}</a></li>
<li id="fn3">Daniel Osei, The Examplia Times, March 14, 2024, <a href="{UPDATED}">{UPDATED}</a></li>
<li id="fn4">Daniel Osei, \u201cOpposition candidate arrested at rally\u201d, The Examplia Times, March 13, 2024, <a href="{REMOVED}">{REMOVED}</a></li>
<li id="fn5">Central Election Commission (@cec_examplia@mastodon.social), Mastodon, March 12, 2024, <a href="{EDITED}">{EDITED}</a></li>
<li id="fn6">Victor Marr (@VictorMarr), X, March 14, 2024, <a href="{CANDIDATE}">{CANDIDATE}</a></li>
<li id="fn7">Central Election Commission (@CEC_Examplia), X, March 14, 2024, <a href="{COMMISSION}">{COMMISSION}</a></li>
<li id="fn8">Patriots for Examplia, Facebook, March 14, 2024, <a href="{SHARE}">{SHARE}</a></li>
<li id="fn9">u/watcher_in_p12, comment on \u201cPrecinct 12 count stopped for three hours\u201d, r/examplia, Reddit, March 15, 2024, <a href="{COMMENT}">{COMMENT}</a></li>
<li id="fn10">u/amal_voter, Reddit, March 15, 2024, <a href="{THREAD}">{THREAD}</a></li>
<li id="fn11">Tomas Lind, \u201cWhat I saw at Precinct 12\u201d, Medium, March 15, 2024, <a href="{MEDIUM}">{MEDIUM}</a></li>
<li id="fn12">Tomas Lind, \u201cWhat I saw at Precinct 12\u201d, Medium, March 15, 2024, <a href="{MEDIUM}">{MEDIUM}</a></li>
</ol></section>
</article></body></html>
"""  # noqa: E501


def edited_status() -> bytes:
    """The commission's Mastodon post as its API shows it now: edited two hours after it was posted."""
    document = json.loads(asset("mastodon_status.json"))
    status_id = EDITED.rsplit("/", 1)[1]
    document.update(
        id=status_id,
        created_at="2024-03-12T06:30:00.000Z",
        edited_at="2024-03-12T08:41:27.000Z",
        uri=f"https://mastodon.social/users/cec_examplia/statuses/{status_id}",
        url=EDITED,
        content="<p>Election day: polling stations are open from 7 am. Polling stations close at 8 pm. Bring "
        "your ID card.</p>",
        account={
            "id": "110553",
            "username": "cec_examplia",
            "acct": "cec_examplia",
            "display_name": "Central Election Commission",
            "url": "https://mastodon.social/@cec_examplia",
        },
    )
    return json.dumps(document).encode()


EDITED_PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Central Election Commission: &quot;Election day: polling stations are open from 7 "
    "am\u2026&quot; - "
    "Mastodon</title><meta content='Central Election Commission (@cec_examplia@mastodon.social)' "
    "property='og:title'><meta content='Election day: polling stations are open from 7 am. Polling stations "
    "close at 8 pm. Bring your ID card.' property='og:description'>"
    "<meta content='article' property='og:type'>"
    "<meta content='Mastodon' property='og:site_name'></head><body class='app-body'>"
    "<div class='app-holder' id='mastodon'><noscript>To use the Mastodon web application, please enable "
    "JavaScript.</noscript></div></body></html>"
).encode()


def facebook_share() -> bytes:
    """m.facebook.com's page of Patriots for Examplia's share of Free Examplia News's post, as a visitor gets
    it: the share's header, the shared post inside it, then comments."""
    theirs = (
        "BREAKING: ballots were burned in the school yard at Precinct 12 last night. Share before they "
        "delete it!"
    )
    share_data = (
        '{"top_level_post_id":"122145678901234567","content_owner_id_new":"61551234","original_content_id":'
        '"122099887766554433","original_content_owner_id":"61559876"}'
    ).replace('"', "&quot;")
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Patriots for Examplia | Facebook</title>"
        "<meta property='og:title' content='Patriots for Examplia'>"
        f"<meta property='og:description' content='{theirs}'>"
        f"<meta property='og:url' content='{SHARE}'><meta property='og:type' content='article'></head>"
        "<body><div id='viewport'><div id='objects_container'><div id='m_story_permalink_view'>"
        f'<article data-ft="{share_data}"><header><h3><strong><a href="/patriots.examplia">Patriots for '
        "Examplia</a></strong> shared <a href='/freeexamplianews'>Free Examplia News</a>&#039;s "
        f"<a href='{SHARED}'>post</a>.</h3><abbr>March 14 at 11:02 PM</abbr></header>"
        "<article><header><h3><strong><a href='/freeexamplianews'>Free Examplia News</a></strong></h3>"
        f"<abbr>March 14 at 10:40 PM</abbr></header><div><p>{theirs}</p></div></article></article>"
        "<div id='ufi_122145678901234567'><div><h3><a href='/people/anna.k'>Anna K</a></h3>"
        "<div>Source? The commission says no ballots were destroyed.</div></div>"
        "<div><h3><a href='/people/mark.t'>Mark T</a></h3><div>Shared!</div></div></div>"
        "</div></div></div></body></html>"
    ).encode()


def reddit_listing(comment_only: bool) -> bytes:
    """Reddit's JSON of the thread (its post, then its comments) or of one comment's permalink (the post,
    then that comment alone)."""
    post = {
        "kind": "t3",
        "data": {
            "subreddit": "examplia",
            "selftext": "Anyone else see this? The count at Precinct 12 (the school on Harbour Road) just "
            "stopped around 9 pm and nobody is saying why.",
            "author_fullname": "t2_a81kq",
            "title": "Precinct 12 count stopped for three hours",
            "subreddit_name_prefixed": "r/examplia",
            "name": "t3_1bf2k9q",
            "is_self": True,
            "over_18": False,
            "removed_by_category": None,
            "edited": False,
            "id": "1bf2k9q",
            "author": "harbourroad_dad",
            "permalink": "/r/examplia/comments/1bf2k9q/precinct_12_count_stopped_for_three_hours/",
            "url": THREAD,
            "created_utc": 1710462840.0,
            "num_comments": 2,
            "score": 211,
        },
    }

    def comment(comment_id: str, author: str, body: str, created: float) -> dict[str, Any]:
        return {
            "kind": "t1",
            "data": {
                "subreddit": "examplia",
                "id": comment_id,
                "name": f"t1_{comment_id}",
                "author": author,
                "author_fullname": f"t2_{comment_id[:4]}",
                "body": body,
                "parent_id": "t3_1bf2k9q",
                "link_id": "t3_1bf2k9q",
                "created_utc": created,
                "edited": False,
                "permalink": f"{path_of(THREAD)}{comment_id}/",
                "replies": "",
                "score": 96,
            },
        }

    observer = comment(
        "kv3m1xz",
        "watcher_in_p12",
        "I was an observer there. The scanner jammed at 9 pm and the count stopped until it was fixed. "
        "Everything stayed in the room.",
        1710464523.0,
    )
    voter = comment(
        "kv3q8rd",
        "amal_voter",
        "Nobody took the ballots anywhere, I was in the room until 1 am.",
        1710470830.0,
    )
    comments = [observer] if comment_only else [observer, voter]
    listing = [
        {"kind": "Listing", "data": {"after": None, "dist": 1, "children": [post], "before": None}},
        {
            "kind": "Listing",
            "data": {"after": None, "dist": len(comments), "children": comments, "before": None},
        },
    ]
    return json.dumps(listing).encode()


@pytest.fixture(scope="module")
def brief(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("brief")
    ca = make_local_ca(folder, BRIEF_HOSTS)
    (edited_api,) = side_urls(EDITED)
    extractors = Path(__file__).parent / "assets" / "extractors"
    routes: dict[str, Any] = {
        path_of(UPDATED): Reply(body=page("times_updated_article.html"), headers=HTML),
        path_of(REMOVED): Reply(body=page("times_removed_article.html"), headers=HTML),
        path_of(EDITED): Reply(body=EDITED_PAGE, headers=HTML),
        path_of(edited_api): Reply(body=edited_status(), headers=JSON),
        path_of(SHARE): Reply(body=facebook_share(), headers=HTML),
        path_of(THREAD): Reply(body=(extractors / "reddit_post_shell.html").read_bytes(), headers=HTML),
        path_of(reddit_json_url(THREAD) or ""): Reply(body=reddit_listing(False), headers=JSON),
        path_of(COMMENT): Reply(body=(extractors / "reddit_post_shell.html").read_bytes(), headers=HTML),
        path_of(reddit_json_url(COMMENT) or ""): Reply(body=reddit_listing(True), headers=JSON),
        path_of(MEDIUM): Reply(body=page("medium_poll_worker.html"), headers=HTML),
    }
    won = (
        "We won this election. The numbers from Precinct 12 prove it, and we will not accept a stolen "
        "result. #Examplia"
    )
    routes |= x_routes(
        CANDIDATE,
        CANDIDATE_POST,
        tweet_result(CANDIDATE_POST, "2024-03-14T20:15:02.000Z", "Victor Marr", "VictorMarr", won),
        "Victor Marr",
        "VictorMarr",
        won,
    )
    none_found = (
        "Officials did not find any destroyed ballots in Precinct 12. The count was paused for three hours "
        "after a scanner fault and resumed under observation."
    )
    routes |= x_routes(
        COMMISSION,
        COMMISSION_POST,
        tweet_result(
            COMMISSION_POST,
            "2024-03-14T21:40:30.000Z",
            "Central Election Commission",
            "CEC_Examplia",
            none_found,
        ),
        "Central Election Commission",
        "CEC_Examplia",
        none_found,
    )
    report = folder / "corrections.html"
    report.write_text(BRIEF, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, BRIEF_HOSTS)


# --- what a fact-checker reads -----------------------------------------------------------------------------


def test_each_footnote_of_the_ngo_report_has_the_status_a_careful_researcher_would_give(
    ngo_report: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: footnote["status"] for label, footnote in ngo_report.items()}
    statuses.pop("masto")  # see the test below: a passage's `Lawyer Ana Ruiz` is not read as Ana Ruiz
    statuses.pop("france")  # see the test below: the French ministry's name is not read as the note's author
    assert statuses == {
        "ig": "verified",  # the caption's words, by the account that posted it, on the day its id gives
        "tiktok": "verified",  # the caption TikTok's oEmbed gives, an emoji and hashtags after it
        "tiktok-spoken": "unconfirmed",  # words spoken in the video: neither its page nor oEmbed holds them
        "reel": "verified",  # the relative's own reel
        "bsky": "verified",  # 22:41 UTC, the day Bluesky's AppView saw it
        "threads": "failed",  # cited the 15th: its id says the 13th
        "reel-credited": "failed",  # the relative's reel credited to the NGO, with words of another post
        "ohchr": "verified",  # `[n]o one` for the release's "No one"; the outlet as its author
        "ohchr-sg": "unconfirmed",  # the High Commissioner's words given to the Secretary-General
        "spain": "verified",  # Spain, named España in its ministry's words, as the speaker of its statement
    }
    checks = {label: checks_by_name(footnote) for label, footnote in ngo_report.items()}
    assert checks["tiktok-spoken"]["quote"] == (
        "warn",
        "'nobody leaves this square' is given as words spoken in the video, which neither its page nor its "
        "caption holds: compare them with the video by hand",
    )
    assert checks["threads"]["date"] == (
        "fail",
        "cited 2024-03-15; the source was posted 2024-03-13 09:45 UTC (the media id of its shortcode), which "
        "is 2024-03-12 to 2024-03-13 across UTC\u221212..UTC+14",
    )
    assert checks["reel-credited"]["author"] == (
        "fail",
        "cited 'Examplia Watch / examplia.watch'; the source shows 'Maria Reyes / @maria.reyes.pa': the post "
        "id 3322279167768134537 matches, but the display name 'Maria Reyes' is not 'Examplia Watch'",
    )
    assert checks["ohchr"]["quote"] == (
        "pass",
        "found '[n]o one should be detained for taking part in a peaceful protest.'",
    )
    assert checks["ohchr-sg"]["quote"] == (
        "warn",
        "the citing passage (line 34) gives 'deeply troubled by accounts of detainees being denied access to "
        "lawyers' to Ant\u00f3nio Guterres, whom the source never names: whose words does it give them as? "
        "Compare by hand",
    )


def test_words_a_report_gives_to_a_state_on_its_ministry_s_statement_in_its_own_language_are_verified(
    ngo_report: dict[str, dict[str, Any]],
) -> None:
    # "Spain asked the authorities «…»" on a Spanish statement naming the state `España`: the quote warned
    # that the report gave the words to one the source never names, as if Spain were a person.
    assert checks_by_name(ngo_report["spain"])["quote"] == (
        "pass",
        "found 'que pongan en libertad a los detenidos'",
    )


def test_a_lawyer_named_with_her_profession_is_the_author_of_her_own_post(
    ngo_report: dict[str, dict[str, Any]],
) -> None:
    # "Lawyer Ana Ruiz said …" on Ana Ruiz's own post warned "the post reports another's words?".
    assert checks_by_name(ngo_report["masto"])["author"][0] == "pass"
    assert ngo_report["masto"]["status"] == "verified"


def test_a_french_ministry_named_in_french_is_the_note_s_author_and_its_words_in_translation_unconfirmed(
    ngo_report: dict[str, dict[str, Any]],
) -> None:
    checks = checks_by_name(ngo_report["france"])
    assert checks["schema"][0] == "pass"
    assert checks["quote"][1].startswith("translation: source is French, quote is English")
    assert ngo_report["france"]["status"] == "unconfirmed"


def test_each_footnote_of_the_corrections_brief_has_the_status_a_careful_editor_would_give(
    brief: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: footnote["status"] for label, footnote in brief.items()}
    statuses.pop("10")  # see the test below: a commenter's words cited by the thread's link
    assert statuses == {
        "1": "unconfirmed",  # the headline before the update: the page's is another now
        "2": "unconfirmed",  # words only the correction note repeats: the article no longer says them
        "3": "verified",
        "4": "failed",  # removed: a 200 page saying the article is no longer available
        "5": "unconfirmed",  # the post edited since: "7 pm" may be its first version's
        "6": "verified",  # `[…]` and `[we]` for the post's own words
        "7": "unconfirmed",  # the elision drops the post's "did not": the claim the brief debunks
        "8": "unconfirmed",  # the words of the post the page shared, not the page's own
        "9": "verified",  # a comment by its own link, the thread's title as the note's
        "11": "verified",
        "12": "unconfirmed",  # the blurb of another post of his, under "More from Tomas Lind"
    }
    checks = {label: checks_by_name(footnote) for label, footnote in brief.items()}
    assert checks["1"]["title"] == (
        "warn",
        "cited 'Turnout hit a record 71 percent, election commission says'; the source's title is 'Turnout "
        "reached 61 percent, election commission says' (88%; the numbers differ: 71 cited, 61 in the "
        "source); the page was updated 2024-03-15 14:12 UTC, after it was published: its headline may have "
        "been changed since; it carries a correction note",
    )
    assert checks["2"]["quote"] == (
        "warn",
        "'turnout was a record 71 percent' is not in the source's own words but in the publisher's "
        "correction note (what the article said before, or took out): the article no longer says it: say so, "
        "or cite the article's own words now",
    )
    assert checks["4"]["captured"][1].startswith(
        "soft 404: the page's heading is an error: 'This article is no longer available'"
    )
    assert checks["5"]["quote"][1].startswith(
        "near match (96%) for 'polling stations close at 7 pm', the quote has '7' where the source has '8': "
        "compare by hand; the post was edited after it was first posted"
    )
    assert checks["6"]["quote"] == (
        "pass",
        "found 'We won this election [\u2026] and [we] will not accept a stolen result.'",
    )
    assert checks["7"]["quote"][0] == "warn" and "did not find any" in checks["7"]["quote"][1]
    # A share, said so: "the post it quotes", "a forward from", of a page's share of another's post.
    assert checks["8"]["quote"] == (
        "warn",
        "'ballots were burned in the school yard at Precinct 12' is not in the source's own words but in the "
        "post it shares (Free Examplia News): attribute it there, or cite that post",
    )
    assert checks["8"]["author"] == (
        "warn",
        "cited 'Patriots for Examplia'; the source shows 'Patriots for Examplia', but the post is a share of "
        "a post by 'Free Examplia News' (@freeexamplianews): the words are theirs, not 'Patriots for "
        "Examplia''s own",
    )


def test_a_headline_cited_as_it_was_before_the_page_s_update_says_the_page_was_updated(
    brief: dict[str, dict[str, Any]],
) -> None:
    # The page's "Updated March 15" and its correction note went unsaid: the title warned as if the note had
    # misquoted a headline the page always had.
    assert checks_by_name(brief["1"])["title"][1].endswith(
        "the page was updated 2024-03-15 14:12 UTC, after it was published: its headline may have been "
        "changed since; it carries a correction note"
    )


def test_a_reddit_comment_cited_with_the_thread_s_title_is_verified(brief: dict[str, dict[str, Any]]) -> None:
    # `u/…, comment on "<thread>"` warned that the title was unlike the comment's opening words (41%).
    assert checks_by_name(brief["9"])["title"] == (
        "pass",
        "matches the title of the thread the comment is on, 'Precinct 12 count stopped for three hours' (a "
        "comment has no title of its own)",
    )


def test_a_commenter_s_words_cited_by_the_thread_s_link_say_whose_they_are(
    brief: dict[str, dict[str, Any]],
) -> None:
    checks = checks_by_name(brief["10"])
    assert checks["quote"][0] == "warn" and "comment" in checks["quote"][1]
    assert checks["author"][0] == "warn"
    assert brief["10"]["status"] == "unconfirmed"


def test_a_blurb_under_more_from_the_author_says_it_is_not_the_post_s(
    brief: dict[str, dict[str, Any]],
) -> None:
    assert checks_by_name(brief["12"])["quote"][1].startswith(
        "'three ballot boxes left the school at midnight and never came back' is not in the source's own "
        "words but in the page's links to other stories or its side blocks"
    )
