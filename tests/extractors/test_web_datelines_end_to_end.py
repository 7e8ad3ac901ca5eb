"""`check` end to end over 127.0.0.1 on the dates and bylines of ordinary pages a fact-checker meets: a page
dated only by its facts' label in its own language, and a place under the headline that is no writer."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from tests.support.servers import FixtureServer, Reply

_TEXT = (
    "<p>Die Stadt hat am Freitag beschlossen, die Br\u00fccke wieder f\u00fcr den Verkehr zu \u00f6ffnen, "
    "nachdem Ingenieure die Reparaturen abgeschlossen hatten.</p>"
) * 3
# A German authority's page: its facts in a definition list (published, then updated), no dated metadata.
_GERMAN_NOTICE = (
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Br\u00fccke wieder offen</title>'
    '<meta name="author" content="Lina Haddad"></head><body><main><h1>Br\u00fccke wieder offen</h1>'
    "<p>Die Stadt \u00f6ffnet die Br\u00fccke am Montag wieder f\u00fcr den Verkehr.</p>"
    "<dl><dt>Herausgeber</dt><dd>Stadt Musterstadt</dd>"
    "<dt>Ver\u00f6ffentlicht am:</dt><dd>21. Januar 2022</dd>"
    f"<dt>Aktualisiert:</dt><dd>25. Januar 2022</dd></dl>{_TEXT}</main></body></html>"
).encode()
# A small site's story: a dateline's place and day under the headline, no writer named anywhere.
_FLOOD_STORY = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floods close the river road</title>'
    "</head><body><article><h1>Floods close the river road</h1><p>Baton Rouge | 21 January 2022</p>"
    "<p>Heavy rain flooded streets in Baton Rouge on Friday, officials said, and the river road near the "
    "port was closed to traffic for the weekend while engineers checked the bridge.</p>"
    + "<p>The council met on Friday and discussed the river road with residents and engineers.</p>" * 3
    + "</article></body></html>"
).encode()

# A story whose only `<time>` is in a sentence set in title case under its headline: the day the bridge
# would open, not the day the story was published.
_BRIDGE_STORY = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge to reopen</title></head>'
    '<body><article><h1>Bridge to reopen</h1><p>On <time datetime="2024-03-02">2024-03-02</time> Officials '
    "Said The Bridge Would Open</p>"
    + "<p>The council met on Friday and discussed the bridge with residents and engineers.</p>" * 3
    + "</article></body></html>"
).encode()

_REPORT = """# Brief

The city said it would reopen the bridge.[^1] Floods closed the road.[^2]

[^1]: Lina Haddad, \u201cBr\u00fccke wieder offen\u201d, January 21, 2022, http://amt.example/bruecke
[^2]: Jane Doe, \u201cFloods close the river road\u201d, January 21, 2022, http://news.example/floods
"""


@pytest.fixture
def site() -> Iterator[FixtureServer]:
    routes = {
        "/bruecke": Reply(body=_GERMAN_NOTICE),
        "/floods": Reply(body=_FLOOD_STORY),
        "/bridge": Reply(body=_BRIDGE_STORY),
    }
    with FixtureServer(routes) as server:
        yield server


def _check(report: Path, server: FixtureServer) -> dict[str, dict[str, Any]]:
    argv = ["check", str(report), "--json", "--archive-dir", str(report.parent / "archives")]
    argv += ["--no-archive-lookup"]
    for host in ("amt.example", "news.example"):
        argv += ["--connect-to", f"{host}:80:127.0.0.1:{server.port}"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli.main(argv)
    (checked,) = json.loads(out.getvalue())["reports"]
    return {footnote["label"]: footnote for footnote in checked["footnotes"]}


def test_check_dates_a_german_page_by_its_label_and_credits_no_place_under_a_headline(
    tmp_path: Path, site: FixtureServer
) -> None:
    report = tmp_path / "brief.md"
    report.write_text(_REPORT, encoding="utf-8")
    footnotes = _check(report, site)
    checks = {label: {c["name"]: c for c in note["checks"]} for label, note in footnotes.items()}
    # `Ver\u00f6ffentlicht am: 21. Januar 2022`: the date was "not on the page", and a true note unconfirmed.
    assert checks["1"]["date"]["status"] == "pass", checks["1"]["date"]
    assert footnotes["1"]["status"] == "verified", checks["1"]
    # `Baton Rouge | 21 January 2022`: the place was the page's author ("the source shows 'Baton Rouge'",
    # sending the fact-checker after a writer of that name). The page names no writer (a person must
    # look), and its dateline's day confirms the date.
    assert checks["2"]["date"]["status"] == "pass", checks["2"]["date"]
    assert checks["2"]["author"]["status"] != "fail", checks["2"]["author"]
    assert "Baton Rouge" not in checks["2"]["author"]["detail"]
    assert footnotes["2"]["status"] == "unconfirmed", checks["2"]


def test_check_never_confirms_a_date_by_the_day_a_title_case_sentence_under_the_headline_tells_of(
    tmp_path: Path, site: FixtureServer
) -> None:
    # `On <time>2024-03-02</time> Officials Said The Bridge Would Open`: read as the page's dateline, its
    # day passed a note citing 2 March 2024 for a story that says when the bridge would open, and the
    # footnote was verified. The page shows no day of its own: a person must look.
    report = tmp_path / "bridge.md"
    report.write_text(
        "# Brief\n\nThe bridge would open.[^1]\n\n"
        "[^1]: Jane Doe, \u201cBridge to reopen\u201d, March 2, 2024, http://news.example/bridge\n",
        encoding="utf-8",
    )
    footnote = _check(report, site)["1"]
    date = next(check for check in footnote["checks"] if check["name"] == "date")
    assert date["status"] == "warn", date
    assert footnote["status"] == "unconfirmed", footnote["checks"]
