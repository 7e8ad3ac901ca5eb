"""`provenance locate` end to end on loopback copies of Telegram previews, the CDX API and syndication JSON.

The seed-style report cites five posts with no link (three on Telegram, two on X, all on 21 January 2022) and
names the speakers in its body; the registry holds fictional accounts. Then a person confirms a candidate and
`check --citations` captures and checks it; an unconfirmed candidate is never passed as confirmed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from provenance import cli
from provenance.locate import locate as locate_module
from provenance.locate.rank import FoundPost, score_post
from provenance.locate.registry import Account, match_accounts
from provenance.models import Platform
from tests.locate.site import (
    SPACING,
    START,
    Post,
    Site,
    Tweet,
    channel_posts,
    preview_page,
    serve,
    snowflake,
)
from tests.support.converters import pandoc_to_odt
from tests.support.servers import FixtureServer, LocalCA, Reply

QUOTE_1 = "The enemy convoy was struck at dawn near the northern bridge, and three vehicles were destroyed."
QUOTE_2 = "all our fighters returned safely to their positions after the operation"
QUOTE_3 = "the bridge will be rebuilt within a week"
QUOTE_4 = "Dialogue, not drones, is the only way forward for the region."
QUOTE_5 = "a dead end for everyone involved"

REPORT = f"""SITUATION REPORT - 21 January 2022

Abu 'Umar Al-'Amiri, the military spokesman for the Example Brigades, posted a message on Telegram:
"{QUOTE_1}"[1]

Later that day Al-'Amiri wrote that "{QUOTE_2}".[2]

Russian MP Pyotr Zemlyanov wrote on his Telegram channel that "{QUOTE_3}".[3]

Hossein Mir-Karimi (@example_mirkarimi) tweeted: "{QUOTE_4}"[4] He repeated the point that evening,
calling the strikes "{QUOTE_5}".[5]

Sources
[1] Telegram, January 21, 2022.
[2] Telegram, January 21, 2022.
[3] Telegram, January 21, 2022.
[4] Twitter, January 21, 2022.
[5] Twitter, January 21, 2022.
"""

ARABIC_ALIAS = "\u0623\u0628\u0648 \u0639\u0645\u0631 \u0627\u0644\u0639\u0627\u0645\u0631\u064a"
CYRILLIC_NAME = "\u041f\u0451\u0442\u0440 \u0417\u0435\u043c\u043b\u044f\u043d\u043e\u0432"
REGISTRY = f"""name,aliases,platform,handle,notes
Abu Umar al-Amiri,Abu 'Umar al-'Amiri;{ARABIC_ALIAS},telegram,example_brigades_media,fictional
Petr Zemlyanov,{CYRILLIC_NAME},telegram,example_zemlyanov,fictional
Hossein Mirkarimi,,twitter,example_mirkarimi,fictional
"""

# Channel A: the two quoted posts on 21 January (indexes 25 and 33), and a later post echoing the first.
A_QUOTED = {25: f"\u26a1\ufe0f {QUOTE_1} Glory to the fighters!", 33: f"Update: {QUOTE_2}.", 41: QUOTE_1}
B_QUOTED = {30: f"{QUOTE_3[0].upper()}{QUOTE_3[1:]}, I was told today by the regional governor."}
CHANNEL_A = channel_posts(1001, A_QUOTED, salt=0)
CHANNEL_B = channel_posts(5001, B_QUOTED, salt=3)
# Channel C posts in Cyrillic letters: a report quoting it in English quotes a translation.
_TO_CYRILLIC = str.maketrans(
    "abcdeghiklmnoprstuvyzABCDEGHIKLMNOPRSTUVYZ", "абцдегхиклмнопрстуврзАБЦДЕГХИКЛМНОПРСТУВРЗ"
)
CHANNEL_C = [
    replace(post, text=post.text.translate(_TO_CYRILLIC)) for post in channel_posts(7001, {}, salt=1)
]


def _tweets() -> list[Tweet]:
    tweets = [
        Tweet(snowflake(START + index * 7 * SPACING, index), f"Daily note {index}: meetings in the capital.")
        for index in range(9)
    ]
    tweets.append(Tweet(snowflake(START + 28 * SPACING, 41), f"Our position is clear. {QUOTE_4}"))
    tweets.append(Tweet(snowflake(START + 35 * SPACING, 42), f"More strikes are {QUOTE_5}.", deleted=True))
    return tweets


TWEETS = _tweets()
EXPECTED_TOP = {
    "1": f"https://t.me/example_brigades_media/{CHANNEL_A[25].id}",
    "2": f"https://t.me/example_brigades_media/{CHANNEL_A[33].id}",
    "3": f"https://t.me/example_zemlyanov/{CHANNEL_B[30].id}",
    "4": f"https://x.com/example_mirkarimi/status/{TWEETS[-2].id}",
    "5": f"https://x.com/example_mirkarimi/status/{TWEETS[-1].id}",
}


@pytest.fixture
def site() -> Site:
    return Site(
        {
            "example_brigades_media": ("Example Brigades Media", CHANNEL_A),
            "example_zemlyanov": (CYRILLIC_NAME, CHANNEL_B),
            "example_kanal": ("Example Kanal", CHANNEL_C),
        },
        "example_mirkarimi",
        TWEETS,
    )


@pytest.fixture
def server(site: Site, local_ca: LocalCA) -> Iterator[FixtureServer]:
    with FixtureServer(tls=local_ca) as running:
        serve(site, running)
        yield running


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sitrep.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "accounts.csv").write_text(REGISTRY, encoding="utf-8")
    return tmp_path


def _network(server: FixtureServer, local_ca: LocalCA) -> list[str]:
    return ["--connect-to", f"::127.0.0.1:{server.port}", "--ca-bundle", str(local_ca.ca_pem)]


def _locate(
    capsys: pytest.CaptureFixture[str], server: FixtureServer, local_ca: LocalCA, *args: str
) -> tuple[int, dict[str, Any], str]:
    code = cli.main(["locate", *args, "--json", *_network(server, local_ca)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, json.loads(out), err


def _locate_after(
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    server: FixtureServer,
    local_ca: LocalCA,
    name: str,
    above: str,
    passage: str,
) -> tuple[dict[str, Any], str]:
    """The one footnote `locate` reads of a report whose paragraph `above` comes before the citing `passage`
    of a link-less `[1] Telegram, January 21, 2022.`, and what it printed on stderr (its table)."""
    (workdir / name).write_text(
        f"{above}\n\n{passage}\n\n[1] Telegram, January 21, 2022.\n", encoding="utf-8"
    )
    _, document, err = _locate(capsys, server, local_ca, name, "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    return footnote, err


def _by_label(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {footnote["label"]: footnote for footnote in document["reports"][0]["footnotes"]}


def _ledger(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_each_unlinked_footnote_gets_its_cited_post_as_the_top_candidate(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    code, document, table = _locate(
        capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv", "--citations", "found.json"
    )

    assert code == 0
    footnotes = _by_label(document)
    assert {label: f["candidates"][0]["url"] for label, f in footnotes.items()} == EXPECTED_TOP
    first = footnotes["1"]["candidates"][0]
    assert set(first["parts"]) == {"quote", "speaker", "date", "order"}
    assert first["parts"]["quote"] > 0.95 and first["parts"]["date"] == 1.0
    assert footnotes["5"]["candidates"][0]["via"] == "memento", "the deleted post is read from its memento"
    assert {f["unranked"] for f in footnotes.values()} == {None}, "ranked: the first is a proposal"
    assert "verified" not in table, "locate proposes; it never says verified"
    assert "quote 1.00 · speaker 0.90 · date 1.00 · order 1.00" in table, "the table shows the parts"
    assert "then run\n  provenance check sitrep.txt --citations found.json\n" in table, (
        "the command to run next names the report searched, ready to copy"
    )


def test_the_search_is_recorded_in_the_ledger_with_its_pages_in_a_warc_that_verifies(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    _locate(capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv")

    lines = _ledger(workdir / "sitrep.txt.ledger.jsonl")
    assert [line["kind"] for line in lines] == ["run"] + ["locate"] * 5 + ["summary"]
    assert lines[0]["command"] == "locate"
    assert lines[0]["options"]["accounts"]["path"] == "accounts.csv"
    telegram = lines[1]
    assert telegram["capture"]["warc"].startswith("archives/sitrep.txt-fn1_2-locate-")
    assert lines[2]["capture"] == telegram["capture"], "notes 1 and 2 cite one channel that day: one search"
    assert lines[5]["capture"] == lines[4]["capture"] != lines[3]["capture"]
    uris = {record["uri"] for record in telegram["capture"]["records"] if record["type"] == "response"}
    assert "https://t.me/s/example_brigades_media" in uris, "every page read is in the search's WARC"
    x_line = lines[4]
    assert any(
        uri.startswith("https://web.archive.org/cdx/search/cdx?") for uri in x_line["capture"]["redirects"]
    )
    assert any(
        uri.startswith("https://cdn.syndication.twimg.com/tweet-result?")
        for uri in x_line["capture"]["redirects"]
    )
    assert cli.main(["verify", "sitrep.txt.ledger.jsonl"]) == 0


def test_telegram_preview_is_paged_back_with_before_until_older_than_the_window(
    workdir: Path, site: Site, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    _locate(capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv", "--window", "0")

    pages = [path for path in site.preview_requests if path.startswith("/s/example_brigades_media")]
    assert pages.count("/s/example_brigades_media") == 1, "two notes on one channel and day page it once"
    # Newest page (22 Jan), then 21 Jan, then 20 Jan: older than the window, so the search stops there.
    assert pages[:3] == [
        "/s/example_brigades_media",
        f"/s/example_brigades_media?before={CHANNEL_A[40].id}",
        f"/s/example_brigades_media?before={CHANNEL_A[20].id}",
    ]


def test_confirmed_candidate_is_captured_and_checked_and_an_unconfirmed_one_is_never_passed(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    _locate(capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv", "--citations", "found.json")
    items = json.loads((workdir / "found.json").read_text(encoding="utf-8"))
    assert {item["id"]: item["custom"]["located"] for item in items} == dict.fromkeys(
        EXPECTED_TOP, "candidate"
    )
    items[0]["custom"]["located"] = "confirmed"  # a person checked footnote 1's post
    (workdir / "found.json").write_text(json.dumps(items), encoding="utf-8")
    post = CHANNEL_A[25]
    for shown in (post, CHANNEL_A[33]):
        # The post's page as t.me serves it: its channel's name and its words in og: tags.
        page = (
            '<html><head><meta property="og:title" content="Example Brigades Media">'
            f'<meta property="og:description" content="{html.escape(shown.text)}"></head></html>'
        )
        server.routes[f"/example_brigades_media/{shown.id}"] = Reply(body=page.encode())

    code = cli.main(
        ["check", "sitrep.txt", "--citations", "found.json", "--json", *_network(server, local_ca)]
    )
    checks = {
        f["label"]: {c["name"]: c for c in f["checks"]} | {"status": f["status"]}
        for f in json.loads(capsys.readouterr().out)["reports"][0]["footnotes"]
    }

    assert code == 1
    assert checks["1"]["locator"]["status"] == "pass" and checks["1"]["captured"]["status"] == "pass"
    assert server.hits[f"/example_brigades_media/{post.id}"] >= 1, "the confirmed URL was captured"
    assert checks["2"]["locator"]["status"] == "warn"
    assert "not confirmed" in checks["2"]["locator"]["detail"]
    assert checks["2"]["status"] == "unconfirmed", "captured, but a person must confirm it is the cited post"


def test_a_second_run_keeps_what_a_person_confirmed(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("sitrep.txt", "--accounts", "accounts.csv", "--citations", "found.json")
    _locate(capsys, server, local_ca, *args)
    items = json.loads((workdir / "found.json").read_text(encoding="utf-8"))
    items[2]["custom"]["located"] = "confirmed"
    items[2]["URL"] = "https://t.me/example_zemlyanov/5002"  # corrected by hand
    (workdir / "found.json").write_text(json.dumps(items), encoding="utf-8")

    _, document, _ = _locate(capsys, server, local_ca, *args)

    again = {item["id"]: item for item in json.loads((workdir / "found.json").read_text(encoding="utf-8"))}
    assert (
        again["3"]["URL"] == "https://t.me/example_zemlyanov/5002"
        and again["3"]["custom"]["located"] == "confirmed"
    )
    assert "3" in document["reports"][0]["linked"], "a confirmed footnote is not searched again"
    assert len(_ledger(workdir / "sitrep.txt.ledger.jsonl")) == 7 + 6, "the second run is appended"


def test_a_candidate_url_corrected_by_hand_but_still_marked_candidate_is_kept_by_the_next_run(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("sitrep.txt", "--accounts", "accounts.csv", "--citations", "found.json")
    _locate(capsys, server, local_ca, *args)
    items = json.loads((workdir / "found.json").read_text(encoding="utf-8"))
    assert items[2]["URL"] == EXPECTED_TOP["3"] and items[2]["custom"]["located"] == "candidate"
    items[2]["URL"] = "https://t.me/example_zemlyanov/5002"  # corrected by hand, not yet confirmed
    (workdir / "found.json").write_text(json.dumps(items), encoding="utf-8")

    _locate(capsys, server, local_ca, *args)

    again = {item["id"]: item for item in json.loads((workdir / "found.json").read_text(encoding="utf-8"))}
    assert again["3"]["URL"] == "https://t.me/example_zemlyanov/5002", "the person's correction is kept"
    assert again["3"]["custom"]["located"] == "candidate", "still theirs to confirm"
    assert again["1"]["URL"] == EXPECTED_TOP["1"], "an uncorrected candidate is proposed again"


UNKNOWN_SPEAKER = """Brief

Colonel Ivan Nobody-Known wrote on Telegram that "the river is frozen".[1] The Example Brigades Media channel
posted on Telegram: "{repeat}"[2] A quiet day followed: Abu 'Umar Al-'Amiri posted on Telegram
"nothing new".[3]

[1] Telegram, January 21, 2022.
[2] Telegram, January 21, 2022.
[3] Telegram, January 25, 2022.
"""


def test_unknown_speaker_twin_posts_and_an_empty_window_are_each_said(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "brief.txt").write_text(UNKNOWN_SPEAKER.format(repeat=QUOTE_1), encoding="utf-8")
    # The channel's own name, beside its spokesman's: one account, so one row, the other name an alias.
    (workdir / "accounts.csv").write_text(
        REGISTRY.replace("al-'Amiri;", "al-'Amiri;Example Brigades Media;"), encoding="utf-8"
    )

    code, document, _ = _locate(capsys, server, local_ca, "brief.txt", "--accounts", "accounts.csv")

    footnotes = _by_label(document)
    assert code == 1
    assert footnotes["1"]["candidates"] == []
    assert any(
        "not in the accounts registry: 'Ivan Nobody-Known'" in note for note in footnotes["1"]["notes"]
    )
    twins = [c["url"] for c in footnotes["2"]["candidates"] if c["parts"]["quote"] > 0.95]
    assert twins[:2] == [EXPECTED_TOP["1"], f"https://t.me/example_brigades_media/{CHANNEL_A[41].id}"], (
        "a quote that matches two posts shows both, the one on the cited day first"
    )
    assert footnotes["3"]["candidates"] == []
    assert any("no post of Abu Umar al-Amiri" in note for note in footnotes["3"]["notes"])


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (429, b"Too Many Requests"),
        (503, b"down"),
        (200, b"<html><body>Log in to view this channel</body></html>"),
    ],
)
def test_an_unreadable_preview_and_an_empty_archive_are_no_proof_that_nothing_was_posted(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    status: int,
    body: bytes,
) -> None:
    # The preview answered 429 (or 5xx, or a login wall) and the archive held no copy: the note said "no post
    # of <account> from … to …", as of a channel read through the window.
    server.routes["/s/example_brigades_media"] = Reply(status, body)

    code, document, _ = _locate(capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv")

    notes = _by_label(document)["1"]["notes"]
    assert code == 1 and _by_label(document)["1"]["candidates"] == []
    (said,) = [note for note in notes if note.startswith("no post of Abu Umar al-Amiri")]
    assert said.startswith("no post of Abu Umar al-Amiri (telegram @example_brigades_media) found from ")
    assert said.endswith(
        "in what could be read (archived copies, or pages cut short: see above); the account may still "
        "have posted then"
    )


def test_a_window_the_preview_was_read_through_without_posts_has_none(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "early.txt").write_text(
        f"Abu 'Umar Al-'Amiri posted on Telegram: \"{QUOTE_1}\"[1]\n\n[1] Telegram, January 10, 2022.\n",
        encoding="utf-8",
    )

    _, document, _ = _locate(capsys, server, local_ca, "early.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert (
        "no post of Abu Umar al-Amiri (telegram @example_brigades_media) from 2022-01-08 10:00 to "
        "2022-01-12 12:00 UTC (the cited day in any time zone, ±1 days)"
    ) in footnote["notes"]


def test_a_speaker_named_in_many_footnotes_is_matched_against_the_registry_once(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each footnote compared the name with every name of the registry again (and once more, on any platform,
    # when it matched none): a second or so a footnote for a registry at its limit.
    notes = "".join(f"Abu 'Umar Al-'Amiri posted on Telegram: \"Update {n}.\"[{n}]\n\n" for n in (1, 2, 3))
    sources = "".join(f"[{n}] Telegram, January {20 + n}, 2022.\n" for n in (1, 2, 3))
    (workdir / "many.txt").write_text(notes + sources, encoding="utf-8")
    asked: list[str] = []

    def counted(speaker: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(speaker)
        return match_accounts(speaker, *args, **kwargs)

    monkeypatch.setattr(locate_module, "match_accounts", counted)

    _, document, _ = _locate(capsys, server, local_ca, "many.txt", "--accounts", "accounts.csv")

    assert asked == ["Abu 'Umar Al-'Amiri"]
    assert {f["accounts"][0] for f in document["reports"][0]["footnotes"]} == {
        "Abu Umar al-Amiri (telegram @example_brigades_media)"
    }


def test_without_a_registry_it_says_who_the_passage_names_and_what_to_add(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    code, document, _ = _locate(capsys, server, local_ca, "sitrep.txt")

    footnotes = _by_label(document)
    assert code == 1
    assert footnotes["1"]["notes"] == [
        "the passage names \"Abu 'Umar Al-'Amiri\"; give --accounts with their telegram handle to search"
    ]
    assert not any(path.startswith("/s/") for path in (r.path for r in server.requests))
    # The X account is named by its handle in the passage, so it is searched all the same.
    assert footnotes["4"]["candidates"][0]["url"] == EXPECTED_TOP["4"]
    items = json.loads((workdir / "sitrep.txt.citations.json").read_text(encoding="utf-8"))
    assert [item["id"] for item in items] == ["4", "5"]


@pytest.mark.parametrize("custom", [{"handle": "example_zemlyanov"}, None], ids=["custom", "custom-null"])
def test_a_persons_own_item_without_a_link_keeps_its_fields_and_gains_the_candidate(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    custom: dict[str, str] | None,
) -> None:
    # `"custom": null` is valid CSL-JSON: joining the candidate to it stopped locate with an internal error.
    own = [{"id": "3", "title": "On the bridge", "custom": custom}]
    (workdir / "found.json").write_text(json.dumps(own), encoding="utf-8")

    _locate(capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv", "--citations", "found.json")

    items = {item["id"]: item for item in json.loads((workdir / "found.json").read_text(encoding="utf-8"))}
    assert items["3"]["title"] == "On the bridge"
    assert items["3"]["URL"] == EXPECTED_TOP["3"] and items["3"]["custom"]["located"] == "candidate"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("found.json", "{not json", "found.json: not JSON"),
        (
            "found.json",
            '[{"id": "1", "custom": {"located": "probably"}}]',
            "\"custom.located\" 'probably' must be",
        ),
        ("accounts.csv", "name,platform,handle\nX,nowhere,x\n", "accounts.csv: line 2: platform 'nowhere'"),
        pytest.param(
            "accounts.csv",
            REGISTRY + "Two Majors,,telegram,Example_Brigades_Media,copied from the row above\n",
            "accounts.csv: line 2 and line 5 both give telegram @example_brigades_media, to 'Abu Umar "
            "al-Amiri' and to 'Two Majors': one handle is one account",
            id="one-handle-for-two-people",
        ),
    ],
)
def test_a_bad_citations_file_or_registry_stops_before_anything_is_fetched_or_written(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str,
    message: str,
) -> None:
    (workdir / name).write_text(content, encoding="utf-8")
    before = sorted(path.name for path in workdir.iterdir())

    code = cli.main(
        [
            "locate",
            "sitrep.txt",
            "--accounts",
            "accounts.csv",
            "--citations",
            "found.json",
            *_network(server, local_ca),
        ]
    )

    out, err = capsys.readouterr()
    assert code == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1
    assert server.total_hits == 0 and sorted(path.name for path in workdir.iterdir()) == before


def test_the_citations_file_is_never_the_ledger_it_would_be_written_over(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # No ledger yet: the search would make it, then write the candidates over it.
    code = cli.main(
        ["locate", "sitrep.txt", "--citations", "sitrep.txt.ledger.jsonl", *_network(server, local_ca)]
    )

    out, err = capsys.readouterr()
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "sitrep.txt.ledger.jsonl: is a ledger; the citations file would replace it" in err
    assert server.total_hits == 0 and not (workdir / "sitrep.txt.ledger.jsonl").exists()


@pytest.mark.tampers_with_evidence
def test_verify_catches_a_changed_search_warc(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    _locate(capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv")
    ledger = workdir / "sitrep.txt.ledger.jsonl"
    warc = workdir / _ledger(ledger)[1]["capture"]["warc"]
    warc.write_bytes(warc.read_bytes() + b"\0")

    assert cli.main(["verify", str(ledger), "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert any(p["code"] == "warc-hash-mismatch" and p["line"] == 2 for p in problems)


def test_an_account_the_report_names_by_handle_is_searched_without_a_registry(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    note = "[1] Example Brigades Media (@example_brigades_media), Telegram, January 21, 2022."
    (workdir / "note.txt").write_text(f'The channel wrote: "{QUOTE_2}".[1]\n\n{note}\n', encoding="utf-8")

    code, document, _ = _locate(capsys, server, local_ca, "note.txt")

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["2"]
    assert footnote["accounts"] == ["example_brigades_media (telegram @example_brigades_media)"]


def test_a_channel_the_registry_gives_by_its_page_is_searched_through_its_preview(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # Searched as archived copies of a website before: the preview was never read, and no post was found.
    (workdir / "accounts.csv").write_text(
        "name,aliases,platform,url\nAbu Umar al-Amiri,,telegram,https://t.me/example_brigades_media\n",
        encoding="utf-8",
    )
    (workdir / "note.txt").write_text(
        f'Abu Umar al-Amiri wrote on Telegram: "{QUOTE_2}".[1]\n\n[1] Telegram, January 21, 2022.\n',
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "note.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["2"]


def test_with_no_quote_the_posts_nearest_the_cited_day_are_listed_in_time_order_saying_how_many_of_how_many(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "quiet.txt").write_text(
        "Abu 'Umar Al-'Amiri posted on Telegram about the bridge.[1]\n\n[1] Telegram, January 21, 2022.\n",
        encoding="utf-8",
    )

    _, document, table = _locate(
        capsys, server, local_ca, "quiet.txt", "--accounts", "accounts.csv", "--window", "0"
    )

    # Numbered 1, 2, 3 in the table, the first post of the day read as the one found. Said to be "42 posts
    # of the window, listed", 40 were: the list's cut was said only at the end of a note.
    listed = (
        "40 of the window's 42 posts (those nearest 2022-01-21), listed in time order "
        "(no quote in the passage)"
    )
    assert f"    listed, not ranked: {listed}\n    - score " in table
    assert "    1. score" not in table
    (footnote,) = document["reports"][0]["footnotes"]
    times = [candidate["posted_at"] for candidate in footnote["candidates"]]
    on_the_day = [
        p
        for p in CHANNEL_A
        if dt.datetime(2022, 1, 20, 10, tzinfo=dt.UTC) <= p.at < dt.datetime(2022, 1, 22, 12, tzinfo=dt.UTC)
    ]
    assert len(on_the_day) == 42, "the cited day in any time zone spans 50 hours"
    # The 40 nearest the cited day's middle in every zone (11:00 UTC), not the first 40 of its 50 hours.
    middle = dt.datetime(2022, 1, 21, 11, tzinfo=dt.UTC)
    nearest = sorted(sorted(on_the_day, key=lambda p: abs(p.at - middle))[:40], key=lambda p: p.at)
    assert nearest != on_the_day[:40]
    assert times == [p.at.strftime("%Y-%m-%dT%H:%M:%SZ") for p in nearest], "in time order, at most 40"
    (note,) = [note for note in footnote["notes"] if note.startswith("no quote in the passage")]
    assert "the window holds 42 posts, more than the 40 listed: those nearest 2022-01-21 are listed" in note
    assert note.endswith("listed in time order, not by score, the other 2 not; read them")
    # A program reading --json took the first listed post for the proposal: only the notes said it was none.
    assert footnote["unranked"] == listed
    # How many the window held, for a program and in the evidence: the list of 40 is not all of it.
    assert footnote["window_posts"] == 42
    (located,) = [line for line in _ledger(workdir / "quiet.txt.ledger.jsonl") if line["kind"] == "locate"]
    assert located["window_posts"] == 42


def test_the_citations_file_says_a_post_nothing_singled_out_is_no_proposal(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # The first post of the window in time order was written as the footnote's candidate, with the note
    # "Proposed by provenance locate": a person reading the file took it for the post locate had found.
    (workdir / "quiet.txt").write_text(
        "Abu 'Umar Al-'Amiri posted on Telegram about the bridge.[1]\n\n[1] Telegram, January 21, 2022.\n",
        encoding="utf-8",
    )

    _locate(capsys, server, local_ca, "quiet.txt", "--accounts", "accounts.csv", "--citations", "found.json")

    (item,) = json.loads((workdir / "found.json").read_text(encoding="utf-8"))
    assert item["custom"]["located"] == "candidate"
    assert item["custom"]["note"].startswith(
        "Not a proposal: nothing singled out this post; it is the first of the 40 of the window's 60 posts "
        "(those nearest 2022-01-21), listed in time order (no quote in the passage)."
    )


def test_the_citations_file_proposes_a_post_its_quote_singled_out(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    _locate(capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv", "--citations", "found.json")

    items = json.loads((workdir / "found.json").read_text(encoding="utf-8"))
    assert {item["id"]: item["URL"] for item in items} == EXPECTED_TOP
    assert {item["custom"]["note"] for item in items} == {
        'Proposed by provenance locate. Check the post; then set "located" to "confirmed".'
    }


def test_a_time_in_the_note_puts_the_post_at_that_time_first_among_posts_quoting_alike(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # Posts 25 (06:30Z on the 21st) and 41 (01:42Z on the 22nd) both hold the quote; the earlier came first.
    (workdir / "timed.txt").write_text(
        f"Abu 'Umar Al-'Amiri posted on Telegram: \"{QUOTE_1}\"[1]\n\n"
        "[1] Telegram, January 21, 2022, 8:42 pm GMT-5.\n",
        encoding="utf-8",
    )

    _, document, table = _locate(capsys, server, local_ca, "timed.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    first, second = footnote["candidates"][:2]
    assert first["url"] == f"https://t.me/example_brigades_media/{CHANNEL_A[41].id}"
    assert first["parts"]["time"] == 1.0 and second["url"] == EXPECTED_TOP["1"]
    assert second["parts"]["time"] == 0.0
    assert "time 1.00" in table


def test_a_day_the_note_gives_in_a_zone_it_names_puts_the_post_of_that_zone_s_day_first(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # Posts 25 (06:30Z on the 21st: the 20th in Pacific time) and 41 (01:42Z on the 22nd: the 21st there) both
    # hold the quote. Judged as any zone's day, both scored date 1, and post 25 was proposed for a note whose
    # date check then warns that it was posted the day before.
    (workdir / "zoned.txt").write_text(
        f"Abu 'Umar Al-'Amiri posted on Telegram: \"{QUOTE_1}\"[1]\n\n"
        "[1] Telegram, January 21, 2022 (Pacific time).\n",
        encoding="utf-8",
    )

    _, document, _ = _locate(capsys, server, local_ca, "zoned.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    first, second = footnote["candidates"][:2]
    assert first["url"] == f"https://t.me/example_brigades_media/{CHANNEL_A[41].id}"
    assert first["parts"]["date"] == 1.0
    assert second["url"] == EXPECTED_TOP["1"] and second["parts"]["date"] < 0.8


def test_with_no_quote_a_time_in_a_german_note_lists_the_post_nearest_it_first(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # Post 25 is at 06:30 UTC: 08:30 in Kyiv in January (UTC+2).
    (workdir / "quiet.txt").write_text(
        "Abu 'Umar Al-'Amiri posted on Telegram about the bridge.[1]\n\n"
        "[1] Telegram, 21. Januar 2022, 8:30 Uhr Kyiv time.\n",
        encoding="utf-8",
    )

    _, document, _ = _locate(capsys, server, local_ca, "quiet.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["1"]
    assert footnote["candidates"][0]["parts"]["time"] == 1.0
    (note,) = [note for note in footnote["notes"] if note.startswith("no quote in the passage")]
    assert "listed nearest the note's time first, not by score" in note


def test_a_quote_no_post_of_the_window_holds_gives_no_candidate_and_says_so(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "nomatch.txt").write_text(
        "Abu 'Umar Al-'Amiri posted on Telegram:\n"
        '"The airport was captured this morning by our fighters."[1]\n\n[1] Telegram, January 21, 2022.\n',
        encoding="utf-8",
    )

    code, document, table = _locate(
        capsys, server, local_ca, "nomatch.txt", "--accounts", "accounts.csv", "--citations", "found.json"
    )

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 1, "a footnote with no candidate"
    assert footnote["candidates"] == [], (
        "the quote, in the posts' script, was compared with each: none holds it"
    )
    (note,) = [
        note for note in footnote["notes"] if note.startswith("no post of the window holds the quoted")
    ]
    assert f"none of its {len(CHANNEL_A)} posts scores quote above 0.50" in note, (
        "the whole window was compared"
    )
    assert "translated" not in table, "the quote and the posts are in one script: no translation to suspect"
    assert not (workdir / "found.json").exists(), "nothing proposed, nothing written"


def test_a_quote_no_archived_tweet_holds_is_not_said_to_be_in_no_post_of_the_window(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # X is searched through the archive's copies only: the note said "no post of the window holds the quoted
    # words", of an account whose other posts of the day nobody archived.
    (workdir / "tweet.txt").write_text(
        "Hossein Mir-Karimi (@example_mirkarimi) tweeted:\n"
        '"The negotiations in Vienna have collapsed for good this time."[1]\n\n'
        "[1] Twitter, January 21, 2022.\n",
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "tweet.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 1 and footnote["candidates"] == [], "no post read holds the words: nothing proposed"
    assert not [note for note in footnote["notes"] if note.startswith("no post of the window holds")]
    (note,) = [note for note in footnote["notes"] if note.startswith("no post read holds the quoted words")]
    assert "the post may be among those not read. " in note, note


def test_a_quote_in_another_script_than_the_posts_lists_them_in_time_order_as_a_translation(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "translated.txt").write_text(
        f'The channel wrote that "{QUOTE_3}".[1]\n\n'
        "[1] Example Kanal (@example_kanal), Telegram, January 21, 2022.\n",
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "translated.txt", "--window", "0")

    (footnote,) = document["reports"][0]["footnotes"]
    times = [candidate["posted_at"] for candidate in footnote["candidates"]]
    assert code == 0 and len(times) == 40 and times == sorted(times), "the window's posts, in time order"
    assert all(candidate["parts"]["quote"] == 0.5 for candidate in footnote["candidates"])
    assert any(
        note.startswith("its quote is in another script or language than the posts (translated?)")
        for note in footnote["notes"]
    )


def test_a_handle_a_person_adds_to_the_citations_file_is_searched(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "quiet.txt").write_text(
        f'The convoy "{QUOTE_2}"[1]\n\n[1] Telegram, January 21, 2022.\n', encoding="utf-8"
    )
    hint = [{"id": "1", "custom": {"platform": "telegram", "handle": "example_brigades_media"}}]
    (workdir / "found.json").write_text(json.dumps(hint), encoding="utf-8")

    code, document, _ = _locate(capsys, server, local_ca, "quiet.txt", "--citations", "found.json")

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0 and footnote["candidates"][0]["url"] == EXPECTED_TOP["2"]
    (item,) = json.loads((workdir / "found.json").read_text(encoding="utf-8"))
    assert item["URL"] == EXPECTED_TOP["2"] and item["custom"]["located"] == "candidate"


@pytest.mark.parametrize("handle", ["example/brigades", "..", "%2fs", "example?before=1"])
def test_a_handle_in_the_citations_file_that_is_no_account_name_is_said_and_not_searched(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    handle: str,
) -> None:
    # It stopped locate as an internal error (exit 3): the handle was made into a registry account.
    (workdir / "quiet.txt").write_text(
        f'The convoy "{QUOTE_1}"[1]\n\n[1] Telegram, January 21, 2022.\n', encoding="utf-8"
    )
    hint = [{"id": "1", "custom": {"platform": "telegram", "handle": handle}}]
    (workdir / "found.json").write_text(json.dumps(hint), encoding="utf-8")

    code, document, _ = _locate(capsys, server, local_ca, "quiet.txt", "--citations", "found.json")

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 1 and footnote["candidates"] == []
    said = f"the handle {handle!r} is no account name (letters, digits, _ . -): it is not searched"
    assert said in footnote["notes"]
    assert server.total_hits == 0, "nothing is fetched for it"


def _locate_a_note_dated(
    day: str, workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> tuple[int, dict[str, Any]]:
    """`locate`'s exit code and footnote for a note dated `day` quoting Abu 'Umar Al-'Amiri's post, the
    channel's preview answering 429 (so that the archive is asked too)."""
    server.routes["/s/example_brigades_media"] = Reply(429, b"")
    (workdir / "far.txt").write_text(
        f"Abu 'Umar Al-'Amiri posted on Telegram: \"{QUOTE_1}\"[1]\n\n[1] Telegram, {day}.\n",
        encoding="utf-8",
    )
    code, document, _ = _locate(capsys, server, local_ca, "far.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    return code, footnote


@pytest.mark.parametrize("day", ["December 31, 9999", "December 28, 9999", "January 1, 0001"])
def test_a_note_dated_at_the_end_of_the_calendar_is_said_and_not_searched(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str], day: str
) -> None:
    # The window around it (or the week after it in which archived copies are looked for) left Python's
    # dates: locate stopped as an internal error (exit 3).
    code, footnote = _locate_a_note_dated(day, workdir, server, local_ca, capsys)
    assert code == 1 and footnote["candidates"] == [] and server.total_hits == 0
    assert any("is at the end of the calendar: there is no window to search" in n for n in footnote["notes"])


def test_a_note_dated_ten_days_before_the_calendar_ends_is_searched(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    code, footnote = _locate_a_note_dated("December 21, 9999", workdir, server, local_ca, capsys)
    assert code == 1 and server.total_hits > 0, "searched, and no post of that day found"
    assert not any("end of the calendar" in note for note in footnote["notes"])


def test_a_tweet_of_before_snowflakes_is_no_candidate_for_the_day_its_id_would_give(
    capsys: pytest.CaptureFixture[str], server: FixtureServer, local_ca: LocalCA, workdir: Path
) -> None:
    # Its id, given in sequence in 2007, read as a snowflake gave 01:42 UTC on 4 November 2010: the old tweet
    # was proposed for a note of that day, "posted" on it.
    original = "https://twitter.com/example_mirkarimi/status/29700859247"
    header = ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]
    row = ["com,twitter)/x", "20101104050000", original, "text/html", "200", "D", "1"]
    server.routes["/cdx/search/cdx"] = Reply(body=json.dumps([header, row]).encode())
    page = f'<html><head><meta property="og:description" content="{QUOTE_4}"></head></html>'
    server.routes[f"/web/20101104050000id_/{original}"] = Reply(body=page.encode())
    (workdir / "old.txt").write_text(
        f'Hossein Mir-Karimi (@example_mirkarimi) tweeted: "{QUOTE_4}"[1]\n\n'
        "[1] Twitter, November 4, 2010.\n",
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "old.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 1 and footnote["candidates"] == []


def test_a_tweet_cited_before_snowflakes_says_why_it_cannot_be_searched(
    capsys: pytest.CaptureFixture[str], server: FixtureServer, local_ca: LocalCA, workdir: Path
) -> None:
    # Nothing was asked, and the note said only that no listing of the account's posts could be read.
    (workdir / "old.txt").write_text(
        f'Hossein Mir-Karimi (@example_mirkarimi) tweeted: "{QUOTE_4}"[1]\n\n[1] Twitter, May 4, 2009.\n',
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "old.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 1 and server.total_hits == 0
    assert (
        "@example_mirkarimi: X status ids of before November 2010 carry no time, so the archive's listing "
        "cannot be kept to the window; find the post by other means"
    ) in footnote["notes"]


def test_an_archived_status_id_longer_than_any_snowflake_is_no_candidate_and_no_crash(
    capsys: pytest.CaptureFixture[str], server: FixtureServer, local_ca: LocalCA, workdir: Path
) -> None:
    # A crafted CDX answer: its id's time overflowed the date arithmetic (exit 3 for the whole locate run).
    original = "https://twitter.com/example_mirkarimi/status/" + "9" * 40
    header = ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]
    row = ["com,twitter)/x", "20220121120000", original, "text/html", "200", "D", "1"]
    server.routes["/cdx/search/cdx"] = Reply(body=json.dumps([header, row]).encode())
    code, result, _ = _locate(capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv")
    assert code == 1
    footnotes = _by_label(result)
    assert (footnotes["4"]["candidates"], footnotes["5"]["candidates"]) == ([], [])


def test_a_second_run_does_not_take_its_own_earlier_candidate_for_a_handle_the_report_names(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("sitrep.txt", "--accounts", "accounts.csv", "--citations", "found.json")
    _, first, _ = _locate(capsys, server, local_ca, *args)

    _, second, _ = _locate(capsys, server, local_ca, *args)

    before, after = _by_label(first)["1"], _by_label(second)["1"]
    assert after["speakers"] == before["speakers"] == ["Abu 'Umar Al-'Amiri"], (
        "the candidate's handle was read back as a speaker the report names"
    )
    assert after["candidates"][0]["parts"]["speaker"] == 0.9, "the speaker part is the registry's name match"
    assert after["candidates"][0]["score"] == before["candidates"][0]["score"]
    items = {item["id"]: item for item in json.loads((workdir / "found.json").read_text(encoding="utf-8"))}
    assert items["1"]["custom"]["score"] == before["candidates"][0]["score"]


def test_a_persons_hint_is_still_searched_after_a_candidate_joined_it(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "quiet.txt").write_text(
        f'The convoy "{QUOTE_2}"[1]\n\n[1] Telegram, January 21, 2022.\n', encoding="utf-8"
    )
    custom = {"platform": "telegram", "handle": "example_brigades_media"}
    hint = {"id": "1", "note": "my own", "custom": custom}
    (workdir / "found.json").write_text(json.dumps([hint]), encoding="utf-8")
    args = ("quiet.txt", "--citations", "found.json")
    _locate(capsys, server, local_ca, *args)

    code, document, _ = _locate(capsys, server, local_ca, *args)

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0 and footnote["candidates"][0]["url"] == EXPECTED_TOP["2"]
    (item,) = json.loads((workdir / "found.json").read_text(encoding="utf-8"))
    assert item["note"] == "my own" and item["custom"]["given"] == hint, "the person's item is kept as given"
    assert item["URL"] == EXPECTED_TOP["2"] and item["custom"]["located"] == "candidate"


# Abu Umar al-Amiri in Cyrillic letters (escaped: several look like Latin ones).
ABU_UMAR_CYRILLIC = (
    "\u0410\u0431\u0443 \u0423\u043c\u0430\u0440 \u0430\u043b\u044c-\u0410\u043c\u0438\u0440\u0438"
)


def test_a_report_in_russian_names_its_speakers_and_gets_their_posts(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "ru.txt").write_text(
        f"Депутат Пётр Землянов написал в своём Telegram-канале: «{QUOTE_3}».[1] "
        f"«{QUOTE_2.capitalize()}», — \u043d\u0430\u043f\u0438\u0441\u0430\u043b {ABU_UMAR_CYRILLIC} "
        "\u0432 Telegram.[2]\n\n"
        "[1] Telegram, 21.01.2022.\n[2] Telegram, 21.01.2022.\n",
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "ru.txt", "--accounts", "accounts.csv")

    footnotes = _by_label(document)
    assert code == 0
    assert footnotes["1"]["speakers"] == ["Пётр Землянов"]
    assert footnotes["2"]["speakers"] == [ABU_UMAR_CYRILLIC]
    assert footnotes["1"]["candidates"][0]["url"] == EXPECTED_TOP["3"]
    assert footnotes["2"]["candidates"][0]["url"] == EXPECTED_TOP["2"]


def test_a_speaker_named_in_the_genitive_after_po_slovam_gets_the_registry_account_and_its_post(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # The registry has `Пётр Землянов`; the report declines him: Петра Землянова.
    (workdir / "ru.txt").write_text(
        f"По словам депутата Петра Землянова, «{QUOTE_3}».[1]\n\n[1] Telegram, 21.01.2022.\n",
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "ru.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0
    assert footnote["speakers"] == ["Петра Землянова"]
    assert footnote["accounts"] == ["Petr Zemlyanov (telegram @example_zemlyanov)"]
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["3"]


def test_a_source_cited_after_his_declined_office_gets_the_registry_account_and_its_post(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # `ссылаясь на депутата Госдумы Петра Землянова`: read whole, the office and the declined name were no
    # name, and the one whose words the writer passed on was not searched at all.
    (workdir / "ru.txt").write_text(
        f"Рыбарь написал, ссылаясь на депутата Госдумы Петра Землянова: «{QUOTE_3}».[1]\n\n"
        "[1] Telegram, 21.01.2022.\n",
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "ru.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0
    assert footnote["speakers"] == ["Рыбарь", "Петра Землянова"]
    assert footnote["accounts"] == ["Petr Zemlyanov (telegram @example_zemlyanov)"]
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["3"]


def test_the_order_part_is_judged_only_against_posts_a_quote_singled_out(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # Note 2's quote is in no post, so it has no candidate: its best-scoring post of the day (posted before
    # note 1's) broke note 1's order (0.00, score 0.97 -> 0.88) all the same.
    (workdir / "order.txt").write_text(
        f"Abu 'Umar Al-'Amiri posted on Telegram: \"{QUOTE_1}\"[1] Al-'Amiri also wrote that "
        '"Xylophone quartz jukebox wizardry".[2]\n\n'
        "[1] Telegram, January 21, 2022.\n[2] Telegram, January 21, 2022.\n",
        encoding="utf-8",
    )

    _, document, _ = _locate(capsys, server, local_ca, "order.txt", "--accounts", "accounts.csv")

    footnotes = _by_label(document)
    assert footnotes["2"]["candidates"] == []
    first = footnotes["1"]["candidates"][0]
    assert first["url"] == EXPECTED_TOP["1"]
    assert first["parts"]["order"] is None, "no other footnote's post to keep an order with"


def test_a_speaker_the_registry_has_on_another_platform_is_said_to_be_there_not_missing(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "elsewhere.txt").write_text(
        f'Hossein Mir-Karimi posted on Telegram: "{QUOTE_4}"[1]\n\n[1] Telegram, January 21, 2022.\n',
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "elsewhere.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 1 and footnote["candidates"] == []
    assert footnote["notes"] == [
        "in the accounts registry only on twitter: 'Hossein Mir-Karimi'; the note cites telegram: "
        "add a row with the name, telegram and the handle"
    ], "the registry has the name: on X, not on the platform the note cites"


def test_a_report_whose_notes_could_not_be_read_says_so_not_that_every_note_is_linked(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "nonotes.txt").write_text(
        f'Zemlyanov wrote on Telegram: "{QUOTE_3}".[1]\n\nMore text.\n', encoding="utf-8"
    )

    code, document, table = _locate(capsys, server, local_ca, "nonotes.txt", "--accounts", "accounts.csv")

    assert "no footnote without a link" not in table, "no note was read, so none was found linked"
    assert "no notes could be read, though the text cites (--allow-empty if it has none)" in table
    assert "nothing to locate" not in table, "the notes are there, in a style that was not read"
    assert "! markers found but no notes: unsupported style?" in table
    (report,) = document["reports"]
    assert "markers-without-notes" in {finding["code"] for finding in report["findings"]}
    assert code == 1, "as check exits on the same report: notes it cannot read are no pass"
    assert cli.main(["check", "nonotes.txt", "--offline", "-q"]) == 1
    capsys.readouterr()


def test_a_report_whose_unread_notes_are_allowed_or_that_cites_nothing_exits_0_as_check_does(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "nonotes.txt").write_text(
        f'Zemlyanov wrote on Telegram: "{QUOTE_3}".[1]\n\nMore text.\n', encoding="utf-8"
    )
    (workdir / "plain.txt").write_text("A memo that cites nothing.\n", encoding="utf-8")

    allowed, _, _ = _locate(
        capsys, server, local_ca, "nonotes.txt", "--accounts", "accounts.csv", "--allow-empty"
    )
    plain, _, table = _locate(capsys, server, local_ca, "plain.txt", "--accounts", "accounts.csv")

    assert (allowed, plain) == (0, 0)
    assert "no footnotes read from the report: nothing to locate" in table
    assert cli.main(["check", "plain.txt", "--offline", "-q"]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("namesake", [True, False], ids=["namesake", "one-account"])
def test_a_candidate_of_an_account_whose_name_the_registry_gives_another_says_so(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    namesake: bool,
) -> None:
    # A namesake or a parody account matched as surely: its candidates showed speaker 1.00 with nothing to
    # say the name gave no reason to take that account rather than the other.
    if namesake:
        (workdir / "accounts.csv").write_text(
            REGISTRY + "Petr Zemlyanov,,telegram,example_kanal,parody\n", encoding="utf-8"
        )

    _, document, _ = _locate(capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv")

    best = _by_label(document)["3"]["candidates"][0]
    assert best["url"] == EXPECTED_TOP["3"]
    said = (
        "the registry gives 'Pyotr Zemlyanov' to Petr Zemlyanov (telegram @example_kanal) as well: the name "
        "does not tell which account the report means"
    )
    assert best["notes"] == ([said] if namesake else [])


ONE_NOTE = """Brief

Abu 'Umar Al-'Amiri posted on Telegram: "{quote}"[1]

Sources
[1] Telegram, January 21, 2022.
"""


@pytest.mark.parametrize("twice", [True, False], ids=["posted-twice", "posted-once"])
def test_posts_that_score_alike_at_the_top_are_said_to(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    twice: bool,
) -> None:
    # The channel posted the quoted words twice on the cited day (a repost): both scored 0.97 and the
    # earlier came first, with nothing to say the score could not tell them apart.
    (workdir / "brief.txt").write_text(ONE_NOTE.format(quote=QUOTE_1 if twice else QUOTE_2), encoding="utf-8")

    _, document, _ = _locate(capsys, server, local_ca, "brief.txt", "--accounts", "accounts.csv")

    footnote = _by_label(document)["1"]
    first, second = (f"https://t.me/example_brigades_media/{CHANNEL_A[i].id}" for i in (25, 41))
    alike = [note for note in footnote["notes"] if "score alike" in note]
    if twice:
        assert [c["url"] for c in footnote["candidates"][:2]] == [first, second]
        assert alike == [], "two posts of one score tie; they are not merely alike"
        (tied,) = [note for note in footnote["notes"] if "tie at the top" in note]
        assert tied == (
            f"2 posts tie at the top ({first} 0.972, {second} 0.972): the score does not tell them apart, "
            "and no post is proposed (those tied are listed in time order); read each and give the cited "
            "one's URL"
        )
    else:
        assert footnote["candidates"][0]["url"] == EXPECTED_TOP["2"] and alike == []


def test_posts_tied_at_the_top_are_each_said_to_tie_and_neither_is_written_as_the_located_url(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # The channel posted the quoted words twice on the cited day: both scored 0.972, the earlier was ranked
    # first by its date alone, its ledger line said nothing of the tie, and the citations file wrote it as
    # the located URL, which `check --citations` then captured and checked as the candidate.
    (workdir / "brief.txt").write_text(ONE_NOTE.format(quote=QUOTE_1), encoding="utf-8")

    code, document, table = _locate(
        capsys, server, local_ca, "brief.txt", "--accounts", "accounts.csv", "--citations", "found.json"
    )

    first, second = (f"https://t.me/example_brigades_media/{CHANNEL_A[i].id}" for i in (25, 41))
    # The table gives both the first place, and `--json` names them: a program taking `candidates[0]` for
    # the proposal is told that it is none.
    assert f"1= score 0.97  {first}" in table and f"1= score 0.97  {second}" in table
    assert _by_label(document)["1"]["tied"] == [first, second]
    (line,) = [line for line in _ledger(workdir / "brief.txt.ledger.jsonl") if line["kind"] == "locate"]
    notes = {c["url"]: c["notes"] for c in line["candidates"]}
    assert notes[first] == [
        f"tied with {second} at score 0.972: the score does not tell them apart, and none is proposed over "
        "the others (listed in time order); read each"
    ]
    assert notes[second][0].startswith(f"tied with {first} at score 0.972")
    assert f"~ tied with {second} at score 0.972" in table
    (item,) = json.loads((workdir / "found.json").read_text(encoding="utf-8"))
    assert "URL" not in item and item["custom"]["located"] == "candidate"
    assert [tied["URL"] for tied in item["custom"]["tied"]] == [first, second]
    assert item["custom"]["note"].startswith(
        f"Not a proposal: 2 posts tie at score 0.972 ({first}, {second}); the score does not tell them apart."
    )
    assert code == 0, "the footnote has candidates to read"

    # A person reads both and writes the cited one's URL, still marked candidate: the next run keeps it.
    item["URL"] = second
    (workdir / "found.json").write_text(json.dumps([item]), encoding="utf-8")
    _locate(capsys, server, local_ca, "brief.txt", "--accounts", "accounts.csv", "--citations", "found.json")
    (again,) = json.loads((workdir / "found.json").read_text(encoding="utf-8"))
    assert again["URL"] == second


TWO_DAYS_NOTE = """Brief

Abu 'Umar Al-'Amiri posted on Telegram: "{quote}" Three days later he wrote: "the bridge is ours again".[1]

[1] Telegram, January 21, 2022; Telegram, {other}.
"""


@pytest.mark.parametrize(
    ("other", "window", "said"),
    [
        ("January 24, 2022", "1", "2022-01-24, outside the window searched around 2022-01-21 (±1 days)"),
        ("January 22, 2022", "1", None),
        ("January 24, 2022", "3", None),
        ("March 1, 2022", "1", "it is more than 30 days away (the widest --window): give that post's URL"),
    ],
    ids=["three-days-on", "within-the-window", "window-widened", "beyond-any-window"],
)
def test_a_note_citing_posts_of_two_days_says_the_day_outside_the_window_was_not_searched(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    other: str,
    window: str,
    said: str | None,
) -> None:
    # The note cites a post of 21 January and one of 24 January; only the days around the 21st were read,
    # and the second quote's post was never looked for, nothing saying so.
    (workdir / "brief.txt").write_text(TWO_DAYS_NOTE.format(quote=QUOTE_2, other=other), encoding="utf-8")

    _, document, _ = _locate(
        capsys, server, local_ca, "brief.txt", "--accounts", "accounts.csv", "--window", window
    )

    footnote = _by_label(document)["1"]
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["2"]
    notes = [note for note in footnote["notes"] if note.startswith("the note gives another day too")]
    if said is None:
        assert notes == []
    else:
        (note,) = notes
        assert said in note


RENAMED_NOTE = """Brief

Hossein Mir-Karimi tweeted: "{quote}"[1]

[1] Twitter, January 21, 2022.
"""


@pytest.mark.parametrize("with_id", [True, False], ids=["registry-gives-its-id", "no-id"])
def test_an_x_account_renamed_since_the_archive_copied_its_post_is_told_by_its_id(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    with_id: bool,
) -> None:
    # The archive lists the post under @example_mirkarimi; the account is @mirkarimi_fa now, and X's
    # syndication JSON names that. The post was refused as "@mirkarimi_fa's; not this account's", and the
    # footnote had no candidate, though the registry gave the account's id, which the JSON gives too.
    (workdir / "brief.txt").write_text(RENAMED_NOTE.format(quote=QUOTE_4), encoding="utf-8")
    (workdir / "accounts.csv").write_text(
        "name,platform,handle,id\nHossein Mirkarimi,twitter,example_mirkarimi,"
        + ("4242" if with_id else "")
        + "\n",
        encoding="utf-8",
    )

    def renamed(handler: Any) -> None:
        post_id = parse_qs(urlsplit(handler.path).query)["id"][0]
        tweet = next(t for t in TWEETS if str(t.id) == post_id)
        user = {"screen_name": "mirkarimi_fa", "id_str": "4242"}
        body = {"__typename": "Tweet", "id_str": post_id, "text": tweet.text, "user": user}
        handler.reply(Reply(body=json.dumps(body).encode(), headers=(("Content-Type", "application/json"),)))

    server.routes["/tweet-result"] = renamed

    code, document, _ = _locate(capsys, server, local_ca, "brief.txt", "--accounts", "accounts.csv")

    footnote = _by_label(document)["1"]
    if with_id:
        assert code == 0
        assert footnote["candidates"][0]["url"] == f"https://x.com/mirkarimi_fa/status/{TWEETS[-2].id}"
        assert (
            "@example_mirkarimi: the account (id 4242) is @mirkarimi_fa now, renamed since the archive "
            "copied its posts: they are given at the addresses that name @mirkarimi_fa"
        ) in footnote["notes"]
    else:
        assert footnote["candidates"] == [] and code == 1
        said = f"https://x.com/example_mirkarimi/status/{TWEETS[-2].id}: listed under @example_mirkarimi, but"
        (note,) = [note for note in footnote["notes"] if note.startswith(said)]
        assert note.endswith(
            "the post is @mirkarimi_fa's (account id 4242); not this account's, unless it was renamed: the "
            "registry's id column tells"
        )


def test_a_preview_answered_with_another_channel_s_posts_proposes_none_of_them(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # `t.me/s/example_brigades_media` answered with another channel's page (a redirect, a hostile page): its
    # post holding the quote was proposed at `t.me/impostor/1026`, as Al-'Amiri's, speaker 0.90.
    page = preview_page("impostor", "Impostor", CHANNEL_A, None)
    server.routes["/s/example_brigades_media"] = Reply(body=page)

    _, document, _ = _locate(capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv")

    footnote = _by_label(document)["1"]
    assert not any("impostor" in candidate["url"] for candidate in footnote["candidates"])
    assert (
        "https://t.me/s/example_brigades_media: the page shows posts of @impostor, not of "
        "@example_brigades_media"
    ) in footnote["notes"]
    assert _by_label(document)["3"]["candidates"][0]["url"] == EXPECTED_TOP["3"], "another channel is read"


def test_a_speaker_read_from_outside_the_quote_s_sentence_is_said_to_be_a_guess(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # `He later added “…”`: the account of the one name elsewhere in the passage was searched, and its post
    # proposed under "speaker: Abu 'Umar Al-'Amiri", speaker 0.90, with nothing to say who `he` was taken for.
    (workdir / "he.txt").write_text(
        f"Abu 'Umar Al-'Amiri posted on Telegram at dawn. He later added that \"{QUOTE_2}\".[1]\n\n"
        "[1] Telegram, January 21, 2022.\n",
        encoding="utf-8",
    )

    _, document, _ = _locate(capsys, server, local_ca, "he.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["2"], "the guess still finds the post"
    assert footnote["candidates"][0]["parts"]["speaker"] == 0.5, "not 0.90: a guess"
    assert (
        "the sentence with the quote names nobody who posted (a pronoun or a title: 'he wrote', 'the "
        "ministry said'): \"Abu 'Umar Al-'Amiri\", named elsewhere in the passage, is a guess, weighed 0.50 "
        "in the speaker part; confirm who posted"
    ) in footnote["notes"]


_CUT_BEFORE_THE_QUOTE = (
    "More strikes tonight: the air defence of the region was reinforced, and the governor asked the "
    "residents to stay inside until…"
)


def test_an_archived_post_whose_text_the_page_shows_cut_before_the_quote_is_listed_not_said_to_lack_it(
    workdir: Path, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # The deleted post's memento gives its text cut (`…`) before the quoted words: it scored quote 0, the
    # footnote had no candidate, and the note said no post of the window holds the quoted words.
    cut = Tweet(TWEETS[-1].id, _CUT_BEFORE_THE_QUOTE, deleted=True)
    site = Site({}, "example_mirkarimi", [*TWEETS[:-1], cut])
    (workdir / "cut.txt").write_text(
        f'Hossein Mir-Karimi (@example_mirkarimi) tweeted that the strikes were "{QUOTE_5}".[1]\n\n'
        "[1] Twitter, January 21, 2022.\n",
        encoding="utf-8",
    )

    with FixtureServer(tls=local_ca) as server:
        serve(site, server)
        code, document, _ = _locate(capsys, server, local_ca, "cut.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert [c["url"] for c in footnote["candidates"]] == [EXPECTED_TOP["5"]] and code == 0
    assert footnote["candidates"][0]["parts"]["quote"] == 0.5
    assert (
        "the page shows the post's text cut ('…'): the quoted words may stand past the cut, where nothing "
        "was compared (quote counts 0.50)"
    ) in footnote["candidates"][0]["notes"]
    assert not any(note.startswith("no post of the window holds") for note in footnote["notes"])
    # X is searched through archived copies only: what was read is not the whole window.
    assert (
        "no post read shows the quoted words (the window was not read whole: see above), but 1 of the 11 "
        "posts read may hold them where the page does not show them (text cut '…', an earlier version of a "
        "post edited since, or a post whose words the page does not show): those are listed in time order, "
        "not by score; read them whole"
    ) in footnote["notes"]


def test_a_lone_surrogate_in_the_syndication_json_is_written_to_the_ledger_as_u_fffd(
    capsys: pytest.CaptureFixture[str], server: FixtureServer, local_ca: LocalCA, workdir: Path
) -> None:
    # JSON escapes a lone surrogate (`"\ud800"`), and `json.loads` keeps it: no UTF-8 writes it, and the
    # locate line quoting the post stopped the whole run (exit 3, "internal error").
    site_tweet = TWEETS[-2]
    document = {
        "__typename": "Tweet",
        "id_str": str(site_tweet.id),
        "text": f"Our position is clear \ud800. {QUOTE_4}",
        "user": {"screen_name": "example_mirkarimi"},
    }
    syndication = server.routes["/tweet-result"]

    def answer(handler: Any) -> None:
        if parse_qs(urlsplit(handler.path).query)["id"] == [str(site_tweet.id)]:
            handler.reply(Reply(body=json.dumps(document).encode()))
        else:
            syndication(handler)  # type: ignore[operator]

    server.routes["/tweet-result"] = answer

    code, result, _ = _locate(capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv")

    assert code in (0, 1)
    assert _by_label(result)["4"]["candidates"][0]["url"] == EXPECTED_TOP["4"], "the post is still found"
    excerpt = _by_label(result)["4"]["candidates"][0]["excerpt"]
    assert excerpt.startswith("Our position is clear \ufffd."), "shown as a browser shows it"
    (line,) = [line for line in _ledger(workdir / "sitrep.txt.ledger.jsonl") if line.get("label") == "4"]
    assert line["candidates"][0]["excerpt"] == excerpt
    assert cli.main(["verify", "sitrep.txt.ledger.jsonl"]) == 0
    capsys.readouterr()


def test_a_lone_surrogate_in_a_cdx_row_is_no_crash_and_the_ledger_verifies(
    capsys: pytest.CaptureFixture[str], server: FixtureServer, local_ca: LocalCA, workdir: Path
) -> None:
    # A guard beside the syndication case: CDX rows holding one in every column are no status of the account
    # (or none whose memento answers), and the tweet is found by its syndication JSON as before.
    original = f"https://twitter.com/example_mirkarimi\ud800/status/{TWEETS[-2].id}"
    header = ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]
    row = ["com,twitter)/x\udfff", "20220121120000\ud800", original, "text/html\ud800", "200", "D", "1"]
    row2 = [
        "com,twitter)/x",
        "20220121120000",
        original.replace("\ud800", ""),
        "text/html",
        "200\udbff",
        "D",
        "1",
    ]
    server.routes["/cdx/search/cdx"] = Reply(body=json.dumps([header, row, row2]).encode())

    code, result, _ = _locate(capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv")

    assert code in (0, 1)
    assert _by_label(result)["4"]["candidates"][0]["url"] == EXPECTED_TOP["4"]
    assert cli.main(["verify", "sitrep.txt.ledger.jsonl"]) == 0
    capsys.readouterr()


def test_a_post_archived_under_a_renamed_channel_s_old_handle_is_one_candidate_at_its_live_address(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # The report names the channel's old handle; its preview shows nothing now, so its posts are read from the
    # archive, and the same post (same id, words and time) came first there, at speaker 1.00 for the handle
    # the report gives, above itself under the handle the registry gives the channel now.
    old, post = "example_brigades_old", CHANNEL_A[25]
    original = f"https://t.me/{old}/{post.id}?embed=1"
    stamp = (post.at + dt.timedelta(hours=3)).strftime("%Y%m%d%H%M%S")
    listing = [
        ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"],
        [f"me,t)/{old}/{post.id}", stamp, original, "text/html", "200", "D", "1"],
    ]
    copy = (
        f'<html><head><meta property="og:description" content="{html.escape(post.text)}"></head><body>'
        f'<time datetime="{post.at.isoformat()}">{post.at:%H:%M}</time></body></html>'
    )
    server.routes[f"/s/{old}"] = Reply(body=b"<html><body><div class='tgme_page'>No post</div></body></html>")
    server.routes["/cdx/search/cdx"] = Reply(
        body=json.dumps(listing).encode(), headers=(("Content-Type", "application/json"),)
    )
    server.routes[f"/web/{stamp}id_/{original}"] = Reply(body=copy.encode())
    (workdir / "renamed.txt").write_text(
        f"Abu 'Umar Al-'Amiri (@{old}) posted on Telegram: \"{QUOTE_1}\"[1]\n\n[1] Telegram, January 21, "
        "2022.\n",
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "renamed.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    urls = [c["url"] for c in footnote["candidates"]]
    copied = f"https://t.me/{old}/{post.id}"  # the copy's post, at its own address
    assert code == 0 and urls[0] == EXPECTED_TOP["1"] and copied not in urls and original not in urls
    top = footnote["candidates"][0]
    # The handle the report names (0.95 as read from the passage), not the registry's other (0.90 of it).
    assert top["parts"]["speaker"] == 0.95, "the post under the handle the report names is this post"
    assert any(
        note.startswith(f"the same post (its id, words and time) is archived as {copied}, under @{old}")
        for note in top["notes"]
    )
    assert not any(note.startswith("tied with") for c in footnote["candidates"] for note in c["notes"])


@pytest.mark.parametrize(
    ("words", "minutes", "one"),
    [
        (QUOTE_1, 0, True),
        (f"{QUOTE_1[:60]}…", 0, True),  # the archive's description, cut
        (f"{QUOTE_1} Glory!", 0, False),  # other words: another post
        (QUOTE_1, 90, False),  # another time: another post of the same id on another channel
    ],
)
def test_an_archived_copy_is_one_with_the_live_post_only_when_its_words_and_time_are_the_post_s(
    words: str, minutes: int, one: bool
) -> None:
    match = match_accounts("Rybar", [Account(name="Rybar", platform=Platform.TELEGRAM, handle="rybar")])[0]
    at = dt.datetime(2022, 1, 21, 6, 30, tzinfo=dt.UTC)
    live = FoundPost("https://t.me/rybar/1026", at, QUOTE_1, match, "telegram preview")
    copy = FoundPost(
        "https://t.me/rybar_old/1026", at + dt.timedelta(minutes=minutes), words, match, "memento"
    )
    scored = [c for post in (live, copy) if (c := score_post(post, [QUOTE_1], at.date(), 1))]

    kept = locate_module._one_per_post(scored)

    assert [c.post.url for c in kept] == (
        ["https://t.me/rybar/1026"] if one else ["https://t.me/rybar/1026", "https://t.me/rybar_old/1026"]
    )


def test_a_channel_s_repost_of_its_own_post_is_joined_to_it_not_tied_with_it() -> None:
    # `Forwarded from <itself>` later that day: the same words, scored alike, tied with the post it repeats,
    # and no post was proposed ("the score does not tell them apart").
    match = match_accounts("Rybar", [Account(name="Rybar", platform=Platform.TELEGRAM, handle="rybar")])[0]
    at = dt.datetime(2022, 1, 21, 6, 30, tzinfo=dt.UTC)
    original = FoundPost("https://t.me/rybar/1026", at, QUOTE_1, match, "telegram preview")
    repost = FoundPost(
        "https://t.me/rybar/1031",
        at + dt.timedelta(hours=5),
        QUOTE_1,
        match,
        "telegram preview",
        repost_of="https://t.me/rybar/1026",
    )
    scored = [c for post in (repost, original) if (c := score_post(post, [QUOTE_1], at.date(), 1))]

    (kept,) = locate_module._reposts_joined(scored)

    assert kept.post.url == "https://t.me/rybar/1026"
    assert kept.notes[-1] == (
        "the account reposted this post as https://t.me/rybar/1031 (2022-01-21T11:30:00Z): the same words "
        "again, not another post"
    )
    assert "a repost of the account's own post https://t.me/rybar/1026" in scored[0].notes[0]


def test_a_repost_of_the_channel_s_own_post_on_the_cited_day_stays_when_the_original_is_days_before() -> None:
    match = match_accounts("Rybar", [Account(name="Rybar", platform=Platform.TELEGRAM, handle="rybar")])[0]
    at = dt.datetime(2022, 1, 21, 6, 30, tzinfo=dt.UTC)
    original = FoundPost(
        "https://t.me/rybar/1026", at - dt.timedelta(days=1), QUOTE_1, match, "telegram preview"
    )
    repost = replace(original, url="https://t.me/rybar/1031", posted_at=at, repost_of=original.url)
    scored = [c for post in (repost, original) if (c := score_post(post, [QUOTE_1], at.date(), 1))]

    assert [c.post.url for c in locate_module._reposts_joined(scored)] == [repost.url, original.url]


def _serve_channel(server: FixtureServer, channel: str, posts: list[Any]) -> None:
    """A channel preview of `posts` (site.Post) at `/s/<channel>`, paged with `?before=`."""

    def send(handler: Any) -> None:
        before = parse_qs(urlsplit(handler.path).query).get("before", [None])[0]
        handler.reply(Reply(body=preview_page(channel, channel, posts, int(before) if before else None)))

    server.routes[f"/s/{channel}"] = send


def test_a_time_in_the_note_just_after_midnight_in_kathmandu_puts_that_post_first(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # 00:05 on 21 January in Nepal (UTC+5:45) is 18:20 UTC on the 20th. Judged by half-hour zones only, it
    # was 15 minutes from 00:05 in every zone (time 0), tied with a repost at 18:50 UTC, and neither was
    # proposed.
    channel = "example_kathmandu"
    kathmandu = dt.datetime(2022, 1, 20, 18, 20, tzinfo=dt.UTC)
    posts = [
        replace(post, id=9000 + index)
        for index, post in enumerate(channel_posts(9000, {}, salt=2)[:20])
        if post.at < kathmandu - dt.timedelta(hours=1)
    ]
    posts.append(replace(posts[-1], id=9100, at=kathmandu, text=f"Breaking: {QUOTE_1}"))
    posts.append(replace(posts[-1], id=9101, at=kathmandu + dt.timedelta(minutes=30)))
    _serve_channel(server, channel, posts)
    (workdir / "nepal.txt").write_text(
        f'The brigade\'s spokesman (@{channel}) posted on Telegram: "{QUOTE_1}"[1]\n\n'
        "[1] Telegram, January 21, 2022, 00:05.\n",
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "nepal.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    first, second = footnote["candidates"][:2]
    assert code == 0 and first["url"] == f"https://t.me/{channel}/9100"
    assert first["parts"]["time"] == 1.0 and first["parts"]["date"] == 1.0
    assert second["url"] == f"https://t.me/{channel}/9101" and second["parts"]["time"] == 0.0
    assert not any(note.startswith("tied with") for note in first["notes"])


def test_a_post_holding_the_quote_with_a_contraction_written_out_is_proposed_as_near_not_as_written(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # Compared letter by letter, "won't" against "will not" scored quote 0.82 with nothing to say the words
    # differ (a quote of three words, "we won't retreat", 0.09: no candidate at all).
    channel = "example_bridge_guard"
    quoted = {24: "We will not retreat from the northern bridge, whatever it costs.", 30: "We will hold."}
    _serve_channel(server, channel, channel_posts(3001, quoted, salt=4))
    (workdir / "near.txt").write_text(
        f"The bridge commander (@{channel}) wrote on Telegram: \"We won't retreat from the northern "
        'bridge."[1]\n\n[1] Telegram, January 21, 2022.\n',
        encoding="utf-8",
    )

    code, document, table = _locate(capsys, server, local_ca, "near.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    first = footnote["candidates"][0]
    assert code == 0 and first["url"] == f"https://t.me/{channel}/3025"
    assert first["parts"]["quote"] == 0.95, "near, below the words as written"
    assert any(
        note.startswith("holds the quote nearly, not as written (quote 0.95)")
        and note.endswith('the post says "will not" for "won\'t"')
        for note in first["notes"]
    )
    assert "quote 0.95 · speaker" in table and "(quote near, not as written)" in table


def _busy_channel(server: FixtureServer, channel: str, per_day: int, quoted_at: dt.datetime) -> int:
    """A channel posting `per_day` posts a day, evenly, from 1 January 2022 for 25 days, whose post nearest
    `quoted_at` holds QUOTE_1; its id."""
    base = dt.datetime(2022, 1, 1, tzinfo=dt.UTC)
    step = dt.timedelta(days=1) / per_day
    quoted = round((quoted_at - base) / step)
    posts = [
        Post(i, base + i * step, QUOTE_1 if i == quoted else f"Update {i}: shelling in sector {i % 11}.")
        for i in range(1, 25 * per_day)
    ]
    ids = [post.id for post in posts]

    def send(handler: Any) -> None:
        before = parse_qs(urlsplit(handler.path).query).get("before", [None])[0]
        below = len(ids) if before is None else bisect.bisect_left(ids, int(before))
        shown = posts[max(0, below - 20) : below]
        handler.reply(Reply(body=preview_page(channel, channel, shown, None)))

    server.routes[f"/s/{channel}"] = send
    return quoted


@pytest.mark.parametrize("per_day", [2_000, 4_000])
def test_a_channel_of_thousands_of_posts_a_day_is_read_from_the_cited_day_s_middle_and_says_what_it_read(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str], per_day: int
) -> None:
    # Read from 12:00 UTC on the day after back, the 80 pages ended at 17:00 UTC on the cited day: a post of
    # 05:00 UTC was never read, and the footnote was told no post read holds the quoted words.
    channel = "example_busy_feed"
    quoted = _busy_channel(server, channel, per_day, dt.datetime(2022, 1, 21, 5, tzinfo=dt.UTC))
    (workdir / "busy.txt").write_text(
        f'The feed (@{channel}) posted on Telegram: "{QUOTE_1}"[1]\n\n[1] Telegram, January 21, 2022.\n',
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "busy.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    (said,) = [note for note in footnote["notes"] if note.startswith(f"https://t.me/s/{channel}: ")]
    assert "the channel posted more than " in said and "posts in the cited day in every time zone" in said
    assert said.endswith(
        "a post of the cited day outside those hours was not read (give the note's time of "
        "day, or the post's link)"
    )
    if per_day == 2_000:
        assert code == 0 and footnote["candidates"][0]["url"] == f"https://t.me/{channel}/{quoted}"
    else:
        # 05:00 UTC lies outside the nine hours 80 pages hold of 4,000 posts a day: said, not "no post".
        assert code == 1 and footnote["candidates"] == []
        assert any("the post may be among those not read" in note for note in footnote["notes"])


def test_a_day_the_passage_gives_the_post_widens_the_window_to_it_when_the_note_gives_a_later_one(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # The note's date is the report's (24 January), the passage says the post was made on the 21st: only
    # the days around the 24th were read, and the footnote was told no post of the window holds the words.
    (workdir / "dated.txt").write_text(
        f"On January 21, Abu 'Umar Al-'Amiri posted on Telegram: \"{QUOTE_2}\"[1]\n\n"
        "[1] Telegram, January 24, 2022.\n",
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "dated.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0 and footnote["candidates"][0]["url"] == EXPECTED_TOP["2"]
    assert footnote["candidates"][0]["parts"]["date"] == 1.0, "the passage's day counts as cited"
    assert (
        "the passage gives the post's day as 2022-01-21, the note 2022-01-24 (a report's or access date?): "
        "the window was widened to ±3 days to read both" in " ".join(footnote["notes"])
    )
    (line,) = [entry for entry in _ledger(workdir / "dated.txt.ledger.jsonl") if entry["kind"] == "locate"]
    assert line["window"] == 3, "the ledger says how far was searched"


def test_preview_pages_cut_at_max_bytes_are_said_and_no_post_is_said_to_lack_the_quote_for_them(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # A page cut at --max-bytes shows its oldest posts only, and the search read on below them: the posts
    # after each cut, the quoted one among them, were never read, and the footnote was told "no post of the
    # window holds the quoted words: none of its 30 posts" of a channel of 60.
    _, document, _ = _locate(
        capsys, server, local_ca, "sitrep.txt", "--accounts", "accounts.csv", "--max-bytes", "4000"
    )

    footnote = _by_label(document)["2"]
    assert footnote["candidates"] == []
    assert any(
        "preview page(s) were cut at --max-bytes: the posts after each cut were not read" in note
        for note in footnote["notes"]
    )
    assert not any(note.startswith("no post of the window holds") for note in footnote["notes"])
    assert any(
        note.startswith("no post read holds the quoted words") and "may be among those not read" in note
        for note in footnote["notes"]
    )


@pytest.mark.parametrize(
    ("passage", "found"),
    [
        ('The Defence Minister said on Telegram: "{quote}"', True),
        ('As the defence minister wrote on Telegram, "{quote}"', True),
        ('According to the Defence Minister, "{quote}"', True),
        ('An aide to the Defence Minister said on Telegram: "{quote}"', False),
        ('A spokesman for the Defence Minister wrote: "{quote}"', False),
    ],
)
def test_a_speaker_named_only_by_a_title_the_registry_gives_is_searched_as_a_guess(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    passage: str,
    found: bool,
) -> None:
    # The registry gives Al-Amiri's account the alias `Defence Minister`; the passage names him by it alone:
    # "names nobody who posted", and nothing was searched.
    registry = REGISTRY.replace("Abu 'Umar al-'Amiri;", "Abu 'Umar al-'Amiri;Defence Minister;")
    (workdir / "titled.csv").write_text(registry, encoding="utf-8")
    (workdir / "titled.txt").write_text(
        passage.format(quote=QUOTE_2) + "[1]\n\n[1] Telegram, January 21, 2022.\n", encoding="utf-8"
    )

    code, document, _ = _locate(capsys, server, local_ca, "titled.txt", "--accounts", "titled.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    if not found:
        # Words of an aide or a spokesman are not the minister's: nobody is searched.
        assert code == 1 and footnote["candidates"] == [] and footnote["speakers"] == []
        return
    first = footnote["candidates"][0]
    assert code == 0 and first["url"] == EXPECTED_TOP["2"]
    assert first["parts"]["speaker"] == 0.5, "a guess: half the name match"
    assert (
        "the passage names nobody who posted but by a title the registry gives an account: 'Defence "
        "Minister'; a guess, weighed 0.50 in the speaker part; confirm who posted"
    ) in footnote["notes"]


def test_a_channel_too_busy_for_its_cited_day_is_read_around_the_time_the_note_gives(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # 4,000 posts a day, read around 11:00 UTC: the post of 05:00 UTC the note names was never read.
    channel = "example_busy_feed"
    quoted = _busy_channel(server, channel, 4_000, dt.datetime(2022, 1, 21, 5, tzinfo=dt.UTC))
    (workdir / "timed_busy.txt").write_text(
        f'The feed (@{channel}) posted on Telegram: "{QUOTE_1}"[1]\n\n'
        "[1] Telegram, January 21, 2022, 05:00 UTC.\n",
        encoding="utf-8",
    )

    code, document, _ = _locate(capsys, server, local_ca, "timed_busy.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0 and footnote["candidates"][0]["url"] == f"https://t.me/{channel}/{quoted}"
    assert any("read around the note's time (2022-01-21 05:00 UTC)" in note for note in footnote["notes"])


# A channel posting every `every` from 20 December 2021 to 10 February 2022, the quoted words on 14 January,
# on 25 December (before the month) and on 5 February (after it).
def _month_channel(
    site: Site, server: FixtureServer, every: dt.timedelta, cited: dt.date = dt.date(2022, 1, 14)
) -> list[Post]:
    first = dt.datetime(2021, 12, 20, 0, 10, tzinfo=dt.UTC)
    count = int((dt.datetime(2022, 2, 10, tzinfo=dt.UTC) - first) / every)
    quoted = {
        dt.datetime(2021, 12, 25, 9, tzinfo=dt.UTC): f"Again: {QUOTE_1}",
        dt.datetime.combine(cited, dt.time(9), dt.UTC): f"\u26a1\ufe0f {QUOTE_1} Glory to the fighters!",
        dt.datetime(2022, 2, 5, 9, tzinfo=dt.UTC): f"A reminder: {QUOTE_1}",
    }
    posts = []
    for index in range(count):
        at = first + index * every
        text = next((words for moment, words in quoted.items() if at <= moment < at + every), None)
        filler = f"Situation update {index}: sector {index % 11} quiet."
        posts.append(Post(30_001 + index, at, text or filler))
    monthly = Site({"example_brigades_media": ("Example Brigades Media", posts)}, "nobody", [])
    server.routes["/s/example_brigades_media"] = monthly._preview("example_brigades_media")
    site.preview_requests = monthly.preview_requests
    return posts


def _locate_a_month_note(
    date: str,
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    opening: str = "",
) -> tuple[int, dict[str, Any], str]:
    (workdir / "month.txt").write_text(
        f"{opening}Abu 'Umar Al-'Amiri posted on Telegram: \"{QUOTE_1}\"[1]\n\n[1] Telegram, {date}.\n",
        encoding="utf-8",
    )
    code, document, table = _locate(capsys, server, local_ca, "month.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    return code, footnote, table


def test_a_note_dated_to_a_month_is_searched_over_the_whole_month_and_finds_the_quoted_post(
    workdir: Path,
    site: Site,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `[1] Telegram, January 2022.`: "the note gives no full date: there is no day to search around", no
    # candidate, though the passage names the speaker and quotes the post.
    posts = _month_channel(site, server, dt.timedelta(hours=6))
    code, footnote, table = _locate_a_month_note("January 2022", workdir, server, local_ca, capsys)
    cited = next(post for post in posts if post.text.startswith("\u26a1"))
    assert code == 0 and footnote["date"] is None and footnote["period"] == "2022-01"
    assert "[1] telegram, 2022-01 (no day) · speaker: Abu 'Umar Al-'Amiri" in table
    best = footnote["candidates"][0]
    assert best["url"] == f"https://t.me/example_brigades_media/{cited.id}"
    assert best["parts"]["date"] == 1.0
    assert any("the note gives the month (2022-01), not the day" in note for note in best["notes"])
    # The posts of the same words in December and February are outside the month and its day of margin.
    urls = {candidate["url"] for candidate in footnote["candidates"]}
    channel = "https://t.me/example_brigades_media"
    others = {f"{channel}/{p.id}" for p in posts if p.text.startswith(("Again", "A "))}
    assert len(others) == 2 and others & urls == set()
    assert not any("no day to search around" in note for note in footnote["notes"])
    assert any(
        "the note gives the month, 2022-01, not the day: the whole month was read, in every time zone, "
        "±1 days (2021-12-30 10:00 to 2022-02-02 12:00 UTC)" in note
        for note in footnote["notes"]
    )
    # The ledger's search line names the month searched, where its `date` is null.
    (searched,) = [line for line in _ledger(workdir / "month.txt.ledger.jsonl") if line["kind"] == "locate"]
    assert (searched["date"], searched["period"]) == (None, "2022-01")


def test_window_widens_a_cited_month_by_its_days_each_side_as_it_does_a_day(
    workdir: Path,
    site: Site,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    posts = _month_channel(site, server, dt.timedelta(hours=6))
    (workdir / "month.txt").write_text(
        f"Abu 'Umar Al-'Amiri posted on Telegram: \"{QUOTE_1}\"[1]\n\n[1] Telegram, January 2022.\n",
        encoding="utf-8",
    )
    args = ("month.txt", "--accounts", "accounts.csv", "--window", "5")
    _, document, _ = _locate(capsys, server, local_ca, *args)
    (footnote,) = document["reports"][0]["footnotes"]
    by_url = {candidate["url"]: candidate for candidate in footnote["candidates"]}
    cited = next(post for post in posts if post.text.startswith("\u26a1"))
    february = next(post for post in posts if post.text.startswith("A reminder"))
    assert footnote["candidates"][0]["url"] == f"https://t.me/example_brigades_media/{cited.id}"
    # 5 February is four days past the month in every zone: within ±5 days, a candidate below the month's.
    late = by_url[f"https://t.me/example_brigades_media/{february.id}"]
    assert 0 < late["parts"]["date"] < 1 and late["score"] < footnote["candidates"][0]["score"]
    assert any("±5 days (2021-12-26 10:00 to 2022-02-06 12:00 UTC)" in note for note in footnote["notes"])


def test_a_month_of_a_channel_too_busy_for_the_page_budget_says_which_hours_were_read(
    workdir: Path,
    site: Site,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # 72 posts a day: a month is over 110 preview pages, more than the 80 a search reads.
    _month_channel(site, server, dt.timedelta(minutes=20))
    _, footnote, _ = _locate_a_month_note("January 2022", workdir, server, local_ca, capsys)
    pages = [path for path in site.preview_requests if path.startswith("/s/example_brigades_media")]
    assert len(pages) <= 80
    notes = " | ".join(footnote["notes"])
    assert "in the cited month (2022-01) in every time zone" in notes
    assert "a post of the cited month (2022-01) outside those hours was not read" in notes
    assert "the whole month was read" not in notes
    assert "the month was searched (2021-12-30 10:00 to 2022-02-02 12:00 UTC), but not all of it" in notes
    assert "the hours where the day falls in most zones" not in notes  # a month's middle is no day's


def test_a_note_dated_to_a_winter_of_two_years_is_searched_over_its_three_months(
    workdir: Path,
    site: Site,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `[1] Telegram, Winter 2021-22.` (`2021-12/2022-02`): "the note gives no full date", nothing searched.
    posts = _month_channel(site, server, dt.timedelta(hours=6))
    code, footnote, table = _locate_a_month_note("Winter 2021-22", workdir, server, local_ca, capsys)
    assert code == 0 and footnote["date"] is None
    assert "[1] telegram, December 2021 to February 2022 (no day) · speaker:" in table
    # The posts of the quoted words on 25 December, 14 January and 5 February are all of the season.
    channel = "https://t.me/example_brigades_media"
    quoted = {f"{channel}/{p.id}" for p in posts if QUOTE_1 in p.text}
    by_url = {candidate["url"]: candidate for candidate in footnote["candidates"]}
    assert len(quoted) == 3 and quoted <= set(by_url)
    assert all(by_url[url]["parts"]["date"] == 1.0 for url in quoted)
    assert any(
        "the note gives a span of months (December 2021 to February 2022), not the day" in note
        for note in by_url[min(quoted)]["notes"]
    )
    assert any(
        "the note gives a span of months, December 2021 to February 2022, not the day: the whole span was "
        "read, in every time zone, ±1 days (2021-11-29 10:00 to 2022-03-02 12:00 UTC)" in note
        for note in footnote["notes"]
    )
    assert not any("no full date" in note for note in footnote["notes"])
    # The season's three posts of the words tie: none is proposed over the others, as none is named by day.
    assert any(note.startswith("3 posts tie at the top") for note in footnote["notes"])
    # The ledger's line names the span searched (it held no period for it), and is valid.
    (searched,) = [line for line in _ledger(workdir / "month.txt.ledger.jsonl") if line["kind"] == "locate"]
    assert searched["period"] == "2021-12/2022-02" and searched["candidates"]


def test_a_season_code_from_the_citations_file_is_searched_over_every_reading_of_it(
    workdir: Path,
    site: Site,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A citations file's winter 2022 (CSL `[[2022, 24]]`, `2022-24`) was read as the year 2022: "give the
    # month or the day to search", nothing searched, though the winter's readings run December 2021 to
    # February 2023.
    posts = _month_channel(site, server, dt.timedelta(hours=6))
    (workdir / "found.json").write_text(
        json.dumps([{"id": "1", "type": "post", "issued": {"date-parts": [[2022, 24]]}}]), encoding="utf-8"
    )
    (workdir / "month.txt").write_text(
        f"Abu 'Umar Al-'Amiri posted on Telegram: \"{QUOTE_1}\"[1]\n\n[1] Telegram.\n", encoding="utf-8"
    )
    args = ("month.txt", "--accounts", "accounts.csv", "--citations", "found.json")
    code, document, _ = _locate(capsys, server, local_ca, *args)
    (footnote,) = document["reports"][0]["footnotes"]
    cited = next(post for post in posts if post.text.startswith("\u26a1"))
    assert code == 0
    assert f"https://t.me/example_brigades_media/{cited.id}" in {c["url"] for c in footnote["candidates"]}
    assert not any("give the month or the day" in note for note in footnote["notes"])
    assert any(
        "winter 2022, every reading of it: December 2021 to February 2023" in note
        for note in footnote["notes"]
    )
    # The ledger's line names the season searched (it held no period for it).
    (searched,) = [line for line in _ledger(workdir / "month.txt.ledger.jsonl") if line["kind"] == "locate"]
    assert searched["period"] == "2022-24"


def test_a_note_dated_to_a_year_only_is_not_searched_and_says_to_give_the_month_or_the_day(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    code, footnote, _ = _locate_a_month_note("2022", workdir, server, local_ca, capsys)
    assert code == 1 and footnote["candidates"] == [] and server.total_hits == 0
    assert "the note dates the post to 2022 only: give the month or the day to search" in footnote["notes"]
    assert not any("no day to search around" in note for note in footnote["notes"])


def test_a_year_only_note_whose_passage_gives_the_post_s_day_is_searched_around_that_day(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # The passage dates the post (`On January 21, … posted`): that day is searched, not the year.
    (workdir / "year.txt").write_text(
        f"On January 21, Abu 'Umar Al-'Amiri posted on Telegram: \"{QUOTE_1}\"[1]\n\n[1] Telegram, 2022.\n",
        encoding="utf-8",
    )
    code, document, _ = _locate(capsys, server, local_ca, "year.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0 and footnote["candidates"][0]["url"] == EXPECTED_TOP["1"]
    assert footnote["date"] == "2022-01-21"
    assert any(
        "the note dates the post to 2022 only; the passage gives its day, 2022-01-21: searched around "
        "that day" in note
        for note in footnote["notes"]
    )
    assert not any("give the month or the day" in note for note in footnote["notes"])


def test_an_x_account_is_searched_over_a_cited_month_through_its_archived_statuses(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # A tweet every two days of January 2022, the quoted one on the 25th; one of the same words in March.
    every_other_day = [
        Tweet(
            snowflake(dt.datetime(2022, 1, 1, 9, tzinfo=dt.UTC) + dt.timedelta(days=2 * n), n), f"Note {n}."
        )
        for n in range(16)
    ]
    quoted = Tweet(snowflake(dt.datetime(2022, 1, 25, 17, tzinfo=dt.UTC), 99), f"Our position: {QUOTE_4}")
    march = Tweet(snowflake(dt.datetime(2022, 3, 2, 17, tzinfo=dt.UTC), 98), f"Again: {QUOTE_4}")
    serve(Site({}, "example_mirkarimi", [*every_other_day, quoted, march]), server)
    (workdir / "month.txt").write_text(
        f'Hossein Mir-Karimi (@example_mirkarimi) tweeted: "{QUOTE_4}"[4]\n\n[4] Twitter, January 2022.\n',
        encoding="utf-8",
    )
    code, document, _ = _locate(capsys, server, local_ca, "month.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0
    assert footnote["candidates"][0]["url"] == f"https://x.com/example_mirkarimi/status/{quoted.id}"
    assert footnote["candidates"][0]["parts"]["date"] == 1.0
    assert str(march.id) not in " ".join(candidate["url"] for candidate in footnote["candidates"])
    # Archived copies are what someone saved: the month is searched, never called read whole.
    assert any("the month was searched" in note for note in footnote["notes"])
    assert not any("the whole month was read" in note for note in footnote["notes"])


def test_an_x_account_with_more_archived_statuses_in_a_month_than_are_read_names_the_days_read(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    # Three tweets a day: 93 in January, more than the 60 read one by one.
    tweets = [
        Tweet(
            snowflake(dt.datetime(2022, 1, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=8 * n), n), f"Note {n}."
        )
        for n in range(93)
    ]
    serve(Site({}, "example_mirkarimi", tweets), server)
    (workdir / "month.txt").write_text(
        f'Hossein Mir-Karimi (@example_mirkarimi) tweeted: "{QUOTE_4}"[4]\n\n[4] Twitter, January 2022.\n',
        encoding="utf-8",
    )
    _, document, _ = _locate(capsys, server, local_ca, "month.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    notes = " | ".join(footnote["notes"])
    assert "read the 60 posted nearest the middle of the cited month (2022-01), from 2022-01-0" in notes
    assert "a post of the cited month (2022-01) outside those was not read (give the post's day" in notes


def test_a_busy_channel_s_month_is_read_around_the_day_the_passage_gives_the_post(
    workdir: Path,
    site: Site,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Read from the month's middle (4 to 26 January), the post of 27 January was never read, though the
    # passage says `On January 27, … posted`.
    posts = _month_channel(site, server, dt.timedelta(minutes=20), cited=dt.date(2022, 1, 27))
    _, footnote, _ = _locate_a_month_note(
        "January 2022", workdir, server, local_ca, capsys, opening="On January 27, "
    )
    cited = next(post for post in posts if post.text.startswith("\u26a1"))
    assert footnote["candidates"][0]["url"] == f"https://t.me/example_brigades_media/{cited.id}"
    notes = " | ".join(footnote["notes"])
    assert "the passage gives the post's day, 2022-01-27, in the note's month" in notes
    assert "read around the day the passage gives (2022-01-27)" in notes
    pages = [path for path in site.preview_requests if path.startswith("/s/example_brigades_media")]
    assert len(pages) <= 80


def _month_and_day_notes(workdir: Path, day: int) -> None:
    """Two notes citing one channel: [1] by its day, [2] by the month only, its passage naming the day."""
    (workdir / "month.txt").write_text(
        f"Abu 'Umar Al-'Amiri posted on Telegram that \"{QUOTE_2}\".[1]\n\n"
        f"On January {day}, Abu 'Umar Al-'Amiri posted on Telegram: \"{QUOTE_1}\"[2]\n\n"
        f"[1] Telegram, January {day}, 2022.\n[2] Telegram, January 2022.\n",
        encoding="utf-8",
    )


def test_a_month_note_and_a_day_note_on_one_channel_fetch_each_preview_page_once_into_one_warc(
    workdir: Path,
    site: Site,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The month's search and the day's each paged the channel: three pages fetched twice, each in two WARCs.
    posts = _month_channel(site, server, dt.timedelta(hours=6), cited=dt.date(2022, 1, 21))
    _month_and_day_notes(workdir, 21)
    _, document, _ = _locate(capsys, server, local_ca, "month.txt", "--accounts", "accounts.csv")
    pages = site.preview_requests
    assert pages and len(pages) == len(set(pages)), "no preview page is asked for twice"
    found = _by_label(document)
    cited = next(post for post in posts if post.text.startswith("\u26a1"))
    assert found["2"]["candidates"][0]["url"] == f"https://t.me/example_brigades_media/{cited.id}"
    lines = [line for line in _ledger(workdir / "month.txt.ledger.jsonl") if line["kind"] == "locate"]
    assert lines[0]["capture"] == lines[1]["capture"], "one WARC holds every page both notes' searches read"
    assert lines[0]["capture"]["warc"].startswith("archives/month.txt-fn1_2-locate-")
    uris = [record["uri"] for record in lines[0]["capture"]["records"] if record["type"] == "response"]
    assert len(uris) == len(set(uris)) == len(pages)
    assert cli.main(["verify", "month.txt.ledger.jsonl"]) == 0


def test_a_busy_channel_s_month_note_gets_the_post_its_day_note_companion_s_search_read(
    workdir: Path,
    site: Site,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # 72 posts a day: the month's search reads from its middle (to 26 January) and never reads 30 January,
    # which the day note's search reads whole. Ranked from its own pages only, [2] said no post read holds
    # the quote, though the run had read the post.
    posts = _month_channel(site, server, dt.timedelta(minutes=20), cited=dt.date(2022, 1, 30))
    _month_and_day_notes(workdir, 30)
    # The passage's day is not in the passage of [2] here: the month is read from its middle.
    text = (workdir / "month.txt").read_text(encoding="utf-8").replace("On January 30, ", "")
    (workdir / "month.txt").write_text(text, encoding="utf-8")
    _, document, _ = _locate(capsys, server, local_ca, "month.txt", "--accounts", "accounts.csv")
    found = _by_label(document)
    cited = next(post for post in posts if post.text.startswith("\u26a1"))
    assert found["2"]["candidates"][0]["url"] == f"https://t.me/example_brigades_media/{cited.id}"
    assert found["2"]["candidates"][0]["parts"]["quote"] == 1.0
    assert len(site.preview_requests) == len(set(site.preview_requests))


def test_with_no_quote_a_month_note_lists_the_posts_nearest_the_day_its_passage_gives_and_says_how_many(
    workdir: Path,
    site: Site,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Four posts a day: the month and its margin hold 136. Listed were the first 40 in time order, 30 December
    # to 8 January, though the passage says the post was made on 21 January, and the line said "136 posts of
    # the window, listed in time order" of the 40 shown.
    _month_channel(site, server, dt.timedelta(hours=6), cited=dt.date(2022, 1, 21))
    (workdir / "month.txt").write_text(
        "On January 21, Abu 'Umar Al-'Amiri posted on Telegram about the bridge.[1]\n\n"
        "[1] Telegram, January 2022.\n",
        encoding="utf-8",
    )
    _, document, table = _locate(capsys, server, local_ca, "month.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    listed = (
        "40 of the window's 136 posts (those nearest 2022-01-21), listed in time order "
        "(no quote in the passage)"
    )
    assert footnote["unranked"] == listed and f"listed, not ranked: {listed}" in table
    days = sorted({candidate["posted_at"][:10] for candidate in footnote["candidates"]})
    assert len(footnote["candidates"]) == 40 and "2022-01-21" in days
    assert days[0] == "2022-01-16" and days[-1] == "2022-01-26"
    assert any(
        "the window holds 136 posts, more than the 40 listed: those nearest 2022-01-21 are listed in time "
        "order, not by score, the other 96 not" in note
        for note in footnote["notes"]
    )


@pytest.mark.parametrize(
    ("alias", "renamed"),
    [("@example_brigades_old", True), ("https://t.me/example_brigades_old", True), ("Brigades Old", False)],
    ids=["at-handle", "channel-page", "a-name"],
)
def test_a_handle_the_registry_gives_as_an_account_s_alias_is_searched_as_that_account_not_as_its_own(
    workdir: Path,
    site: Site,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    alias: str,
    renamed: bool,
) -> None:
    # The channel renamed from @example_brigades_old; another channel took the old name and copies its posts.
    # The report's @example_brigades_old was searched as an account of its own at full match and its copies
    # proposed above the registry's account, whose alias gives that old handle, at 0.90.
    site.channels["example_brigades_old"] = ("Brigades (copy)", CHANNEL_A)
    server.routes.update(site.routes())  # type: ignore[arg-type]
    (workdir / "renamed.csv").write_text(
        f"name,aliases,platform,handle\nAbu Umar al-Amiri,{alias},telegram,example_brigades_media\n",
        encoding="utf-8",
    )
    (workdir / "old.txt").write_text(
        f"Abu 'Umar Al-'Amiri (@example_brigades_old) posted on Telegram: \"{QUOTE_1}\"[1]\n\n"
        "[1] Telegram, January 21, 2022.\n",
        encoding="utf-8",
    )
    _, document, _ = _locate(capsys, server, local_ca, "old.txt", "--accounts", "renamed.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    copies = [c for c in footnote["candidates"] if c["url"].startswith("https://t.me/example_brigades_old/")]
    asked = {path.split("?")[0] for path in site.preview_requests}
    if renamed:
        assert footnote["accounts"] == ["Abu Umar al-Amiri (telegram @example_brigades_media)"]
        assert copies == [] and "/s/example_brigades_old" not in asked
        assert footnote["candidates"][0]["url"] == EXPECTED_TOP["1"]
        assert any(
            "the report names @example_brigades_old, which the registry gives as an alias of Abu Umar "
            "al-Amiri (telegram @example_brigades_media) (a former handle?): that account is searched" in note
            for note in footnote["notes"]
        )
    else:
        # An alias written as a name is a name: the report's handle may be another channel, searched too.
        assert copies and "/s/example_brigades_old" in asked


_NAMED_ABOVE = (
    "Abu 'Umar Al-'Amiri, the military spokesman for the Example Brigades, posted a message on Telegram: "
    f'"{QUOTE_1}"[1]\n\n'
)


@pytest.mark.parametrize(
    ("between", "guessed"),
    [("", True), ("Governor Petrenko disagreed with every word of it.\n\n", False)],
    ids=["passage-before", "an-uncited-paragraph-between"],
)
def test_a_speaker_named_only_in_the_passage_before_a_pronoun_s_is_searched_as_a_guess(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    between: str,
    guessed: bool,
) -> None:
    # `Later that day he wrote that "…"[2]` after Al-'Amiri's passage: "the citing passage names nobody who
    # posted", no candidate, where a reader takes `he` for Al-'Amiri.
    (workdir / "he.txt").write_text(
        f'{_NAMED_ABOVE}{between}Later that day he wrote that "{QUOTE_2}".[2]\n\n'
        "[1] Telegram, January 21, 2022.\n[2] Telegram, January 21, 2022.\n",
        encoding="utf-8",
    )
    _, document, _ = _locate(capsys, server, local_ca, "he.txt", "--accounts", "accounts.csv")
    footnote = _by_label(document)["2"]
    if guessed:
        assert footnote["speakers"] == ["Abu 'Umar Al-'Amiri"]
        best = footnote["candidates"][0]
        assert best["url"] == EXPECTED_TOP["2"] and best["parts"]["speaker"] == 0.5  # a guess's weight
        assert any(
            "the passage names nobody who posted but by a pronoun ('he wrote', 'she posted'): \"Abu 'Umar "
            "Al-'Amiri\", named in the passage before it, is a guess at who" in note
            for note in footnote["notes"]
        )
    else:
        # The paragraph between may name who `he` is: nobody is guessed from the passage before it.
        assert footnote["speakers"] == [] and footnote["candidates"] == []


_UNCITED_ABOVE = (
    "Abu 'Umar Al-'Amiri, the military spokesman for the Example Brigades, posted on his channel late on "
    "Friday."
)


@pytest.mark.parametrize(
    ("above", "passage", "name", "label"),
    [
        # The quote set apart in a paragraph of its own, as Meduza and the Kyiv Independent print a post.
        (
            _UNCITED_ABOVE,
            f'"{QUOTE_2}."[1]',
            "Abu 'Umar Al-'Amiri",
            "2",
        ),
        (
            "Пётр Землянов написал в своём телеграм-канале поздно вечером.",
            f"«{QUOTE_3}».[1]",
            "Пётр Землянов",
            "3",
        ),
    ],
)
def test_a_quote_alone_after_a_paragraph_naming_who_posted_is_searched_as_that_one_s_guess(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    above: str,
    passage: str,
    name: str,
    label: str,
) -> None:
    # No pronoun, no name: "the citing passage names nobody who posted", no candidate, where a reader takes
    # the words for the post the paragraph before tells of.
    footnote, table = _locate_after(workdir, capsys, server, local_ca, "alone.txt", above, passage)

    assert footnote["speakers"] == [name]
    best = footnote["candidates"][0]
    assert best["url"] == EXPECTED_TOP[label] and best["parts"]["speaker"] == 0.5  # a guess's weight
    assert (
        f"the passage names nobody who posted (it is the quote alone): {name!r}, named in the paragraph "
        "before it, is a guess at who, weighed 0.50 in the speaker part; confirm who posted"
    ) in footnote["notes"]
    assert f"speaker: {name} (guessed)" in table


# The same report in each format whose paragraphs `locate` reads again: the speaker in a paragraph that cites
# no note, the quote's passage naming him `he` only.
_UNCITED_ABOVE_REPORTS = {
    "he.txt": f'{_UNCITED_ABOVE}\n\n"{QUOTE_2}," he wrote.[1]\n\n[1] Telegram, January 21, 2022.\n',
    "he.md": f'# Overnight\n\n{_UNCITED_ABOVE}\n\n"{QUOTE_2}," he wrote.[^1]\n\n'
    "[^1]: Telegram, January 21, 2022.\n",
    "he.html": f"<html><body><h1>Overnight</h1><p>{_UNCITED_ABOVE}</p><p>&ldquo;{QUOTE_2},&rdquo; he wrote."
    '<sup><a href="#fn1" id="r1">1</a></sup></p><ol><li id="fn1">Telegram, January 21, 2022. '
    '<a href="#r1">&#8617;</a></li></ol></body></html>\n',
    # As Wikipedia writes it: the name a link, the post's words set apart in a block quote between.
    "he-wiki.html": "<html><body><p><a href='/wiki/A'>Abu 'Umar Al-'Amiri</a>, the military spokesman for "
    "the Example Brigades, posted on his channel late on Friday.</p><blockquote><p>Glory to the West Brigade."
    f"</p></blockquote><p>&ldquo;{QUOTE_2},&rdquo; he wrote."
    '<sup><a href="#fn1" id="r1">1</a></sup></p><ol><li id="fn1">Telegram, January 21, 2022. '
    '<a href="#r1">&#8617;</a></li></ol></body></html>\n',
}


@pytest.mark.parametrize("name", list(_UNCITED_ABOVE_REPORTS))
def test_a_speaker_named_in_the_uncited_paragraph_before_a_pronoun_s_is_searched_as_a_guess(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    name: str,
) -> None:
    # `[1] Telegram, January 21, 2022.` cited by `"…," he wrote.` after a paragraph naming Al-'Amiri that
    # cites nothing: "the citing passage names nobody who posted", no candidate.
    (workdir / name).write_text(_UNCITED_ABOVE_REPORTS[name], encoding="utf-8")
    _, document, table = _locate(capsys, server, local_ca, name, "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert footnote["speakers"] == ["Abu 'Umar Al-'Amiri"]
    # The table's line says so too: "speaker: Abu 'Umar Al-'Amiri" read as the report naming him.
    assert "2022-01-21 · speaker: Abu 'Umar Al-'Amiri (guessed)" in table
    best = footnote["candidates"][0]
    assert best["url"] == EXPECTED_TOP["2"] and best["parts"]["speaker"] == 0.5  # a guess's weight
    assert any(
        "the passage names nobody who posted but by a pronoun ('he wrote', 'she posted'): \"Abu 'Umar "
        "Al-'Amiri\", named in the paragraph before it, is a guess at who" in note
        for note in footnote["notes"]
    )
    (line,) = [line for line in _ledger(workdir / f"{name}.ledger.jsonl") if line["kind"] == "locate"]
    assert line["candidates"][0]["url"] == EXPECTED_TOP["2"]


def test_an_odt_report_s_uncited_paragraph_before_a_pronoun_s_passage_names_the_guessed_speaker(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The same report saved by Writer: its paragraphs were not read, and `"…," he wrote.[1]` had no speaker.
    (workdir / "he.md").write_text(_UNCITED_ABOVE_REPORTS["he.md"], encoding="utf-8")
    pandoc_to_odt(workdir / "he.md", workdir / "he.odt")
    _, document, table = _locate(capsys, server, local_ca, "he.odt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    named = "Abu \u2019Umar Al-\u2019Amiri"  # as pandoc writes its apostrophes
    assert footnote["speakers"] == [named]
    assert f"speaker: {named} (guessed)" in table
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["2"]


@pytest.mark.parametrize(
    ("above", "speakers"),
    [
        # The nearest paragraph names nobody: the one before it is read.
        (f"{_UNCITED_ABOVE}\n\nThe statement came an hour after the strike.\n\n", ["Abu 'Umar Al-'Amiri"]),
        # It names someone who did not post, who may be `he`: nobody is guessed past it.
        (f"{_UNCITED_ABOVE}\n\nGovernor Petrenko disagreed with every word of it.\n\n", []),
        # It names someone in its first word, who may be `he`: nobody is guessed past it.
        (f"{_UNCITED_ABOVE}\n\nPeskov declined to comment.\n\n", []),
        # Three paragraphs up is farther than a reader looks.
        (f"{_UNCITED_ABOVE}\n\nIt was late.\n\nThe statement came an hour later.\n\n", []),
    ],
    ids=[
        "over-a-paragraph-naming-nobody",
        "not-past-another-name",
        "not-past-a-name-opening-a-sentence",
        "not-three-paragraphs-up",
    ],
)
def test_the_paragraph_before_a_pronoun_s_passage_is_read_no_farther_than_a_reader_would(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    above: str,
    speakers: list[str],
) -> None:
    (workdir / "far.txt").write_text(
        f'{above}"{QUOTE_2}," he wrote.[1]\n\n[1] Telegram, January 21, 2022.\n', encoding="utf-8"
    )
    _, document, _ = _locate(capsys, server, local_ca, "far.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert footnote["speakers"] == speakers


@pytest.mark.parametrize(
    ("edited", "first"),
    [
        # The edit changed the quoted words: the version that says them is the candidate.
        ("Our position is clear. Talks, not drones, are the way forward.", 0),
        # The edit left them alone: one post, the latest version, not two tied candidates.
        (f"Our position is clear. {QUOTE_4} (corrected a typo)", 1),
    ],
    ids=["words-edited", "words-kept"],
)
def test_the_versions_of_an_edited_x_post_are_one_candidate(
    workdir: Path,
    site: Site,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    edited: str,
    first: int,
) -> None:
    # Each version of an edited post has an id, a time and words of its own: both stood as candidates, the
    # second a post of its own, or the two tied and none proposed.
    original = TWEETS[-2]
    later = Tweet(original.id + (10 * 60 * 1000 << 22), edited)
    versions = (original.id, later.id)
    site.tweets[str(original.id)] = replace(original, versions=versions)
    site.tweets[str(later.id)] = replace(later, versions=versions)
    server.routes.update(site.routes())  # type: ignore[arg-type]
    (workdir / "edited.txt").write_text(
        f"Hossein Mir-Karimi (@example_mirkarimi) tweeted: “{QUOTE_4}”[1]\n\n"
        "[1] Twitter, January 21, 2022.\n",
        encoding="utf-8",
    )
    code, document, _ = _locate(capsys, server, local_ca, "edited.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    urls = [f"https://x.com/example_mirkarimi/status/{version}" for version in versions]
    found = [candidate["url"] for candidate in footnote["candidates"]]
    assert code == 0 and found[0] == urls[first] and urls[1 - first] not in found
    assert not footnote.get("tied")
    (note,) = [note for note in footnote["candidates"][0]["notes"] if note.startswith("an edited post")]
    assert f"its other version {urls[1 - first]} (" in note


@pytest.mark.parametrize(
    "above",
    [_NAMED_ABOVE, f"{_UNCITED_ABOVE}\n\n"],
    ids=["a-cited-passage-before", "an-uncited-paragraph-before"],
)
def test_a_pronoun_after_a_sentence_of_its_own_passage_is_not_given_the_name_before_it(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    above: str,
) -> None:
    # `Petrenko did not hold back. "…," he wrote.`: `he` is Petrenko, not Al-'Amiri of the paragraph
    # before, who was searched as the guessed speaker.
    (workdir / "own.txt").write_text(
        f'{above}Governor Petrenko did not hold back. "{QUOTE_2}," he wrote.[2]\n\n'
        "[1] Telegram, January 21, 2022.\n[2] Telegram, January 21, 2022.\n",
        encoding="utf-8",
    )
    _, document, _ = _locate(capsys, server, local_ca, "own.txt", "--accounts", "accounts.csv")
    assert "Abu 'Umar Al-'Amiri" not in _by_label(document)["2"]["speakers"]


@pytest.mark.parametrize(
    ("above", "passage"),
    [
        ("Пётр Землянов написал в своём телеграм-канале поздно вечером.", f"«{QUOTE_3}», — написал он.[1]"),
        ("Петро Землянов написав у своєму каналі пізно ввечері.", f"«{QUOTE_3}», — додав він.[1]"),  # noqa: RUF001
        (
            "Petr Zemlyanov posted on his channel late on Friday.",
            f'He then noted that "{QUOTE_3}".[1]',
        ),
        (
            "Petr Zemlyanov, a regional deputy, posted a video on Friday.",
            f'The channel wrote that "{QUOTE_3}".[1]',
        ),
        (
            "Petr Zemlyanov, a regional deputy, posted a video on Friday.",
            f'According to the channel, "{QUOTE_3}".[1]',
        ),
        ("Petr Zemlyanov posted late on Friday.", f'The post read: "{QUOTE_3}."[1]'),
    ],
    ids=[
        "russian-verb-then-pronoun",
        "ukrainian",
        "english-noted",
        "the-channel",
        "according-to-the-channel",
        "the-post-read",
    ],
)
def test_a_pronoun_speaker_in_russian_ukrainian_or_with_another_verb_takes_the_name_before_it(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    above: str,
    passage: str,
) -> None:
    # `«…», — написал он.` after a paragraph naming Землянов: nobody was read as the pronoun's, and the
    # footnote had no candidate ("the citing passage names nobody who posted").
    footnote, _ = _locate_after(workdir, capsys, server, local_ca, "ru.txt", above, passage)
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["3"]
    assert any("named in the paragraph before it, is a guess" in note for note in footnote["notes"])


@pytest.mark.parametrize(
    ("report", "note"),
    [
        # The speaker in the paragraph before, a German pronoun after the quote.
        (
            "Abu 'Umar Al-'Amiri, Milit\u00e4rsprecher der Example Brigades, meldete sich am Freitag auf "
            f"Telegram zu Wort.\n\n\u201e{QUOTE_2}\u201c, schrieb er.[1]\n\n",
            "named in the paragraph before it, is a guess",
        ),
        # Named in the passage itself, after the quote (`so X`) or with `teilte … mit`.
        (f"Am Abend legte Al-'Amiri nach. \u201e{QUOTE_2}\u201c, so Al-'Amiri.[1]\n\n", None),
        (f"\u201e{QUOTE_2}\u201c, teilte Al-'Amiri auf Telegram mit.[1]\n\n", None),
        # A paragraph between naming no one, its nouns capitalised as German writes every noun: read past.
        (
            "Abu 'Umar Al-'Amiri, Milit\u00e4rsprecher der Example Brigades, meldete sich am Freitag auf "
            "Telegram zu Wort.\n\nDie Nachricht kam kurz nach dem schweren Angriff.\n\n"
            f"\u201e{QUOTE_2}\u201c, schrieb er.[1]\n\n",
            "named in the paragraph before it, is a guess",
        ),
    ],
    ids=["pronoun-after-a-paragraph-naming-him", "so-x", "teilte-x-mit", "past-a-paragraph-of-nouns"],
)
def test_a_german_passage_s_speaker_is_searched(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    report: str,
    note: str | None,
) -> None:
    # locate read no German speaker: "the citing passage names nobody who posted", no candidate.
    (workdir / "de.txt").write_text(f"{report}[1] Telegram, 21. Januar 2022.\n", encoding="utf-8")
    _, document, _ = _locate(capsys, server, local_ca, "de.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["2"]
    # A guess weighs 0.5; a family name alone (`so Al-'Amiri`) matches the registry's name less surely.
    speaker = footnote["candidates"][0]["parts"]["speaker"]
    assert speaker == 0.5 if note else speaker > 0.5
    assert (note is not None) == any(note and note in line for line in footnote["notes"])


@pytest.mark.parametrize(
    "passage",
    [
        f"Президент Украины Владимир Зеленский написал: «{QUOTE_3}»[1]",
        f"«{QUOTE_3}», — написал президент Украины Владимир Зеленский.[1]",
    ],
    ids=["office-before", "office-after-the-verb"],
)
def test_the_office_written_before_a_name_is_not_searched_as_the_name(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    passage: str,
) -> None:
    # `Украины Владимир Зеленский` (or nobody, after the verb) was the speaker: no registry name is near it,
    # and the footnote had no account and no candidate.
    (workdir / "titled.csv").write_text(
        "name,platform,handle\nVolodymyr Zelensky,telegram,example_zemlyanov\n", encoding="utf-8"
    )
    (workdir / "titled.txt").write_text(f"{passage}\n\n[1] Telegram, January 21, 2022.\n", encoding="utf-8")
    _, document, _ = _locate(capsys, server, local_ca, "titled.txt", "--accounts", "titled.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert footnote["speakers"] == ["Владимир Зеленский"]
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["3"]


@pytest.mark.parametrize(
    ("notes", "said"),
    [
        ("[1] Telegram, January 21, 2022.\n[2] Ibid.\n", "[1]'s telegram, 2022-01-21"),
        ("[1] Telegram, January 21, 2022.\n[2] Same as [1].\n", "[1]'s telegram, 2022-01-21"),
        # Its own day is kept: only what it lacks is taken.
        ("[1] Telegram, January 21, 2022.\n[2] Id., January 21, 2022.\n", "[1]'s telegram"),
    ],
    ids=["ibid", "same-as", "id-with-its-own-day"],
)
def test_a_note_citing_another_note_s_source_is_searched_with_that_note_s_platform_and_date(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    notes: str,
    said: str,
) -> None:
    # `[2] Ibid.` after `[1] Telegram, January 21, 2022.`: "the note gives no full date: there is no day to
    # search around", no candidate, exit 1, though the note names the source [1] cites.
    (workdir / "ibid.txt").write_text(
        f"Abu 'Umar Al-'Amiri posted on Telegram: \"{QUOTE_1}\"[1]\n\nLater that day Al-'Amiri wrote that "
        f'"{QUOTE_2}".[2]\n\n{notes}',
        encoding="utf-8",
    )
    code, document, _ = _locate(capsys, server, local_ca, "ibid.txt", "--accounts", "accounts.csv")
    footnote = _by_label(document)["2"]
    assert code == 0 and footnote["candidates"][0]["url"] == EXPECTED_TOP["2"]
    assert footnote["date"] == "2022-01-21"
    (note,) = [note for note in footnote["notes"] if note.startswith("the note cites [1]'s source")]
    assert note.endswith(f"searched with {said}")
    assert not any("no full date" in note for note in footnote["notes"])


@pytest.mark.parametrize(
    "passage",
    [
        f"\"{QUOTE_2}\" \u2014 Abu 'Umar Al-'Amiri, on Telegram.[1]",
        f"\"{QUOTE_2}\" (Abu 'Umar Al-'Amiri, January 21).[1]",
    ],
    ids=["signed-with-a-dash", "credited-in-a-parenthesis"],
)
def test_a_quote_signed_or_credited_with_a_name_is_searched_as_that_speaker_s(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    passage: str,
) -> None:
    # The author check reads the name a dash signs the quote with; locate read nobody ("the citing passage
    # names nobody who posted"), and the footnote had no candidate.
    (workdir / "signed.txt").write_text(f"{passage}\n\n[1] Telegram, January 21, 2022.\n", encoding="utf-8")
    code, document, _ = _locate(capsys, server, local_ca, "signed.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0 and footnote["speakers"] == ["Abu 'Umar Al-'Amiri"]
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["2"]


def test_a_german_spelling_of_the_speaker_s_name_finds_the_registry_s_account(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `so Semljanow` against the registry's `Petr Zemlyanov`: no account ("not in the accounts registry").
    (workdir / "latin.csv").write_text(
        "name,platform,handle\nPetr Zemlyanov,telegram,example_zemlyanov\n", encoding="utf-8"
    )
    (workdir / "semljanow.txt").write_text(
        f"\u201e{QUOTE_3}\u201c, so Semljanow.[1]\n\n[1] Telegram, 21. Januar 2022.\n", encoding="utf-8"
    )
    _, document, _ = _locate(capsys, server, local_ca, "semljanow.txt", "--accounts", "latin.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert [account.split(" (")[0] for account in footnote["accounts"]] == ["Petr Zemlyanov"]
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["3"]


_TWO_PLATFORMS = """name,platform,handle
Hossein Mirkarimi,twitter,example_mirkarimi
Hossein Mirkarimi,telegram,example_kanal
Abu Umar al-Amiri,telegram,example_brigades_media
"""


def test_a_passage_naming_another_platform_than_the_note_has_the_speaker_s_account_there_searched_too(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `Mir-Karimi wrote on X: "…"[1]` with `[1] Telegram, …`: only his Telegram channel was searched, its
    # posts listed as a translation's, and his X post holding the words never read.
    (workdir / "two.csv").write_text(_TWO_PLATFORMS, encoding="utf-8")
    (workdir / "mixed.txt").write_text(
        f'Hossein Mir-Karimi wrote on X: "{QUOTE_4}"[1]\n\n[1] Telegram, January 21, 2022.\n',
        encoding="utf-8",
    )
    code, document, _ = _locate(capsys, server, local_ca, "mixed.txt", "--accounts", "two.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0 and footnote["candidates"][0]["url"] == EXPECTED_TOP["4"]
    assert any(
        note.startswith(
            "the note cites telegram, the passage says the post was on twitter: Hossein Mirkarimi "
            "(twitter @example_mirkarimi) searched too"
        )
        for note in footnote["notes"]
    )


@pytest.mark.parametrize("platforms", ["Telegram and X", "Telegram/X", "Telegram, X"])
def test_a_note_naming_two_platforms_has_the_speaker_s_accounts_on_both_searched(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    platforms: str,
) -> None:
    # `[1] Telegram and X, January 21, 2022.`: read as Telegram's alone, the X post holding the words was
    # never read, and his Telegram channel's posts were listed as a translation's.
    (workdir / "two.csv").write_text(_TWO_PLATFORMS, encoding="utf-8")
    (workdir / "both.txt").write_text(
        f'Hossein Mir-Karimi wrote: "{QUOTE_4}"[1]\n\n[1] {platforms}, January 21, 2022.\n', encoding="utf-8"
    )
    code, document, _ = _locate(capsys, server, local_ca, "both.txt", "--accounts", "two.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0 and footnote["candidates"][0]["url"] == EXPECTED_TOP["4"]
    assert (
        "the note names telegram and twitter: Hossein Mirkarimi (twitter @example_mirkarimi) searched too"
        in footnote["notes"]
    )


def test_a_passage_citing_two_notes_does_not_give_one_the_other_s_platform(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (workdir / "two.csv").write_text(_TWO_PLATFORMS, encoding="utf-8")
    (workdir / "both.txt").write_text(
        f"Abu 'Umar Al-'Amiri posted on Telegram that \"{QUOTE_2}\"[1] while Hossein Mir-Karimi wrote: "
        f'"{QUOTE_4}"[2]\n\n[1] Telegram, January 21, 2022.\n[2] X, January 21, 2022.\n',
        encoding="utf-8",
    )
    _, document, _ = _locate(capsys, server, local_ca, "both.txt", "--accounts", "two.csv")
    footnote = _by_label(document)["2"]
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["4"]
    assert not any("the passage says the post was on" in note for note in footnote["notes"])


def test_a_pronoun_s_speaker_is_read_past_a_cited_passage_naming_nobody(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The passage just before cites a note but names nobody (`The post came after the strike.[1]`): the one
    # before it names who `he` is, and nobody was guessed.
    (workdir / "past.txt").write_text(
        f"{_UNCITED_ABOVE}\n\nThe post came an hour after the strike.[1]\n\n"
        f'"{QUOTE_2}," he wrote.[2]\n\n'
        "[1] Telegram, January 21, 2022.\n[2] Telegram, January 21, 2022.\n",
        encoding="utf-8",
    )
    _, document, _ = _locate(capsys, server, local_ca, "past.txt", "--accounts", "accounts.csv")
    footnote = _by_label(document)["2"]
    assert footnote["speakers"] == ["Abu 'Umar Al-'Amiri"]
    assert footnote["candidates"][0]["url"] == EXPECTED_TOP["2"]


@pytest.mark.parametrize(
    ("above", "passage"),
    [
        (
            "Petr Zemlyanov, a regional deputy, criticised the strikes. Abu 'Umar Al-'Amiri, the military "
            "spokesman for the Example Brigades, answered him at a briefing on Friday.",
            f'The spokesman wrote: "{QUOTE_2}"[1]',
        ),
        (
            "Milit\u00e4rsprecher Abu 'Umar Al-'Amiri antwortete am Freitag auf Petr Zemlyanov.",
            f"Der Sprecher schrieb auf Telegram: \u201e{QUOTE_2}\u201c[1]",
        ),
        (
            # Before: `El portavoz` was no office, and nobody was searched.
            "El portavoz militar de las Brigadas Ejemplo, Abu 'Umar Al-'Amiri, respondi\u00f3 el viernes a "
            "Petr Zemlyanov.",
            f"El portavoz escribi\u00f3 en Telegram: \u00ab{QUOTE_2}\u00bb[1]",
        ),
        (
            "Le porte-parole des Brigades Exemple, Abu 'Umar Al-'Amiri, a r\u00e9pondu vendredi \u00e0 Petr "
            "Zemlyanov.",
            f"\u00ab {QUOTE_2} \u00bb, a \u00e9crit le porte-parole sur Telegram.[1]",
        ),
    ],
    ids=[
        "english-appositive",
        "german-compound-office",
        "spanish-office-and-body",
        "french-behind-the-quote",
    ],
)
def test_an_office_as_the_speaker_takes_the_one_named_with_it_in_the_paragraph_before(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    above: str,
    passage: str,
) -> None:
    # `The spokesman wrote: "…"` after a paragraph naming Al-'Amiri as the spokesman: nobody was searched
    # ("the citing passage names nobody who posted"), and no candidate.
    footnote, table = _locate_after(workdir, capsys, server, local_ca, "office.txt", above, passage)
    assert footnote["speakers"] == ["Abu 'Umar Al-'Amiri"]
    best = footnote["candidates"][0]
    assert best["url"] == EXPECTED_TOP["2"] and best["parts"]["speaker"] == 0.5  # a guess's weight
    # The office in English, as the note's other words are (before: `'the Sprecher'`, `'the portavoz'`).
    office = next(
        english
        for word, english in (
            ("spokesman", "spokesman"),
            ("Sprecher", "spokesman"),
            ("portavoz", "spokesperson"),
            ("porte-parole", "spokesperson"),
        )
        if word in passage
    )
    assert any(
        f"the passage names who posted only as 'the {office}': \"Abu 'Umar Al-'Amiri\", named as the "
        f"{office} before it, is a guess" in note
        for note in footnote["notes"]
    )
    assert "speaker: Abu 'Umar Al-'Amiri (guessed)" in table


@pytest.mark.parametrize(
    "opening",
    [
        "Am 21. Januar schrieb Abu 'Umar Al-'Amiri auf Telegram:",
        "Am Freitag, dem 21. Januar, schrieb Abu 'Umar Al-'Amiri auf Telegram:",
        "Abu 'Umar Al-'Amiri schrieb am 21.01. auf Telegram:",
    ],
    ids=["am-21-januar", "am-freitag-dem", "numeric"],
)
def test_a_year_only_note_whose_german_passage_gives_the_post_s_day_is_searched_around_that_day(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    opening: str,
) -> None:
    # `Am 21. Januar schrieb …` was not read as the post's day: "give the month or the day to search", no
    # candidate.
    (workdir / "jahr.txt").write_text(
        f"{opening} \u201e{QUOTE_1}\u201c[1]\n\n[1] Telegram, 2022.\n", encoding="utf-8"
    )
    code, document, _ = _locate(capsys, server, local_ca, "jahr.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0 and footnote["candidates"][0]["url"] == EXPECTED_TOP["1"]
    assert footnote["date"] == "2022-01-21"
    assert any(
        "the passage gives its day, 2022-01-21: searched around that day" in n for n in footnote["notes"]
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Am 21. Januar 2022 schrieb Abu 'Umar Al-'Amiri auf Telegram: \u201e",
        "Am Freitag, dem 21. Januar 2022, schrieb Abu 'Umar Al-'Amiri auf Telegram: \u201e",
        "On January 21, 2022, Abu 'Umar Al-'Amiri posted on Telegram: \"",
    ],
    ids=["german", "german-weekday", "english"],
)
def test_a_note_without_a_date_whose_passage_gives_the_post_s_full_day_is_searched_around_it(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    opening: str,
) -> None:
    # `[1] Telegram.` with the passage dating the post to the day: "the note gives no full date: there is no
    # day to search around", no candidate.
    close = "\u201c" if opening.endswith("\u201e") else '"'
    (workdir / "undated.txt").write_text(f"{opening}{QUOTE_1}{close}[1]\n\n[1] Telegram.\n", encoding="utf-8")
    code, document, _ = _locate(capsys, server, local_ca, "undated.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0 and footnote["candidates"][0]["url"] == EXPECTED_TOP["1"]
    assert footnote["date"] == "2022-01-21"
    notes = " | ".join(footnote["notes"])
    assert "the note gives no date; the passage gives the post's day, 2022-01-21: searched around it" in notes
    assert "no day to search around" not in notes


def test_a_busy_channel_s_month_is_read_around_the_day_a_german_passage_gives_the_post(
    workdir: Path,
    site: Site,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `Am 27. Januar schrieb …`: read from the month's middle, the post of 27 January was never read.
    posts = _month_channel(site, server, dt.timedelta(minutes=20), cited=dt.date(2022, 1, 27))
    (workdir / "monat.txt").write_text(
        f"Am 27. Januar schrieb Abu 'Umar Al-'Amiri auf Telegram: \u201e{QUOTE_1}\u201c[1]\n\n"
        "[1] Telegram, Januar 2022.\n",
        encoding="utf-8",
    )
    _, document, _ = _locate(capsys, server, local_ca, "monat.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    cited = next(post for post in posts if post.text.startswith("\u26a1"))
    assert footnote["candidates"][0]["url"] == f"https://t.me/example_brigades_media/{cited.id}"
    assert "the passage gives the post's day, 2022-01-27, in the note's month" in " | ".join(
        footnote["notes"]
    )


@pytest.mark.parametrize(
    ("opening", "note"),
    [
        ("21 января Абу Умар аль-Амири написал в Telegram:", "Telegram, 2022."),  # noqa: RUF001
        ("21 января 2022 года Абу Умар аль-Амири написал в Telegram:", "Telegram."),  # noqa: RUF001
    ],
    ids=["year-note", "undated-note"],
)
def test_a_russian_passage_s_day_of_the_post_is_searched_for_a_note_without_one(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    opening: str,
    note: str,
) -> None:
    # `21 января … написал` was not read as the post's day: no day to search, no candidate.
    (workdir / "ru.txt").write_text(f'{opening} "{QUOTE_1}"[1]\n\n[1] {note}\n', encoding="utf-8")
    code, document, _ = _locate(capsys, server, local_ca, "ru.txt", "--accounts", "accounts.csv")
    (footnote,) = document["reports"][0]["footnotes"]
    assert code == 0 and footnote["candidates"][0]["url"] == EXPECTED_TOP["1"]
    assert footnote["date"] == "2022-01-21"


@pytest.mark.parametrize(
    ("passage", "name", "label"),
    [
        # ISW and Reuters open the sentence with the quote, lower case where the post's words run on.
        (
            "Abu 'Umar Al-'Amiri, the military spokesman for the Example Brigades, did not hold back. "
            f'"{QUOTE_2}," he wrote on Telegram.[1]',
            "Abu 'Umar Al-'Amiri",
            "2",
        ),
        (
            "Abu 'Umar Al-'Amiri reacted within hours. "
            f"\u201c\u2026and {QUOTE_2},\u201d he wrote on Telegram.[1]",
            "Abu 'Umar Al-'Amiri",
            "2",
        ),
        # Meduza.
        (f"Пётр Землянов не стал сдерживаться. «{QUOTE_3}», — написал он.[1]", "Пётр Землянов", "3"),
    ],
)
def test_a_pronoun_s_quote_opening_in_lower_case_is_given_to_the_one_the_sentence_before_names(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    passage: str,
    name: str,
    label: str,
) -> None:
    # A quote opening its sentence with a lower-case letter or an ellipsis ran into the sentence before (a
    # sentence was read to begin only at a capital): `he` had no sentence before to be read from, and the
    # footnote "names nobody who posted", no candidate.
    (workdir / "he.txt").write_text(f"{passage}\n\n[1] Telegram, January 21, 2022.\n", encoding="utf-8")

    _, document, table = _locate(capsys, server, local_ca, "he.txt", "--accounts", "accounts.csv")

    (footnote,) = document["reports"][0]["footnotes"]
    assert footnote["speakers"] == [name]
    assert f"speaker: {name} (guessed)" in table
    best = footnote["candidates"][0]
    assert best["url"] == EXPECTED_TOP[label] and best["parts"]["speaker"] == 0.5  # a guess's weight
