"""Pleroma and GoToSocial posts cited in a report: `check` end to end against a fixture server on 127.0.0.1.

Their links (`/notice/<flake id>`, `/@<user>/statuses/<ULID>`) were read as plain web pages: a script app's
shell said nothing, and a deleted notice was a page like any other. They are read from the Mastodon client
API those servers speak, captured beside the page, as Mastodon's posts are: the author, time and words; a
deleted notice is unavailable; an answer for another post says nothing.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from tests.support.servers import TLS_NAMES, FixtureServer, Reply, make_local_ca

ASSETS = Path(__file__).resolve().parent / "assets" / "extractors"
JSON = (("Content-Type", "application/json; charset=utf-8"),)
PLEROMA, GOTOSOCIAL = "pleroma.example", "gts.example"
FLAKE = "AbCdEf0123456789Xy"  # the asset's notice, of 2024-03-05 10:15 UTC, by @hafen
DELETED = "AbCdEf0123456789Zz"
OTHER = "AbCdEf0123456789Qq"  # the server answers with another notice than the one asked for
ULID = "01HQ3ZK5V7N2X8Y9A0B1C2D3E4"  # the asset's post, of 2024-02-20 08:00 UTC, by @lighthouse

REPORT = f"""# Ferries

"Die Fähre zur Insel fällt bis Montag aus."[^notice]

"The lighthouse lamp is out tonight."[^gts]

The harbour office's notice is gone.[^deleted]

"Die Fähre zur Insel fällt bis Montag aus."[^other]

[^notice]: Hafenamt (@hafen@{PLEROMA}), March 5, 2024, https://{PLEROMA}/notice/{FLAKE}
[^gts]: Lighthouse Keeper (@lighthouse@{GOTOSOCIAL}), February 20, 2024, https://{GOTOSOCIAL}/@lighthouse/statuses/{ULID}
[^deleted]: Hafenamt (@hafen@{PLEROMA}), March 5, 2024, https://{PLEROMA}/notice/{DELETED}
[^other]: Hafenamt (@hafen@{PLEROMA}), March 5, 2024, https://{PLEROMA}/notice/{OTHER}
"""
SHELL = b"<html><head><title>Pleroma</title></head><body><noscript>Enable JavaScript</noscript></body></html>"


def _asset(name: str) -> bytes:
    return (ASSETS / name).read_bytes()


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    routes: dict[str, Any] = {
        f"/notice/{FLAKE}": Reply(body=SHELL),
        f"/api/v1/statuses/{FLAKE}": Reply(body=_asset("pleroma_status.json"), headers=JSON),
        f"/@lighthouse/statuses/{ULID}": Reply(body=SHELL),
        f"/api/v1/statuses/{ULID}": Reply(body=_asset("gotosocial_status.json"), headers=JSON),
        # The page as a cache may keep it after the post is gone: only the status API says it is.
        f"/notice/{DELETED}": Reply(body=SHELL),
        f"/api/v1/statuses/{DELETED}": Reply(404, b'{"error": "Record not found"}', JSON),
        f"/notice/{OTHER}": Reply(body=SHELL),
        f"/api/v1/statuses/{OTHER}": Reply(body=_asset("pleroma_status.json"), headers=JSON),
    }
    folder = tmp_path_factory.mktemp("fediverse")
    local_ca = make_local_ca(folder, (*TLS_NAMES, PLEROMA, GOTOSOCIAL))
    (folder / "ferries.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        argv = ["check", str(folder / "ferries.md"), "--json", "--archive-dir", str(folder / "archives")]
        argv += ["--ca-bundle", str(local_ca.ca_pem), "--no-archive-lookup"]
        for host in (PLEROMA, GOTOSOCIAL):
            argv += ["--connect-to", f"{host}:443:127.0.0.1:{server.port}"]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            cli.main(argv)
    (report,) = json.loads(out.getvalue())["reports"]
    return {f["label"]: f for f in report["footnotes"]}


def _checks(footnote: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {check["name"]: check for check in footnote["checks"]}


@pytest.mark.parametrize(
    ("label", "found"),
    [
        ("notice", f"Hafenamt / @hafen@{PLEROMA}"),
        ("gts", f"Lighthouse Keeper / @lighthouse@{GOTOSOCIAL}"),
    ],
)
def test_a_pleroma_or_gotosocial_post_is_verified_on_its_status_api(
    checked: dict[str, Any], label: str, found: str
) -> None:
    footnote = checked[label]
    checks = _checks(footnote)
    statuses = {name: check["status"] for name, check in checks.items()}
    assert (statuses["captured"], statuses["date"], statuses["author"], statuses["quote"]) == ("pass",) * 4, (
        footnote["checks"]
    )
    assert footnote["status"] == "verified"
    assert checks["author"]["found"] == found


def test_a_deleted_pleroma_notice_fails_captured(checked: dict[str, Any]) -> None:
    deleted = checked["deleted"]
    captured = _checks(deleted)["captured"]
    assert captured["status"] == "fail", deleted["checks"]
    assert "the post is deleted or not public" in captured["detail"]
    assert deleted["status"] != "verified"


def test_an_answer_for_another_notice_verifies_nothing(checked: dict[str, Any]) -> None:
    other = checked["other"]
    assert other["status"] != "verified", other["checks"]
    assert _checks(other)["quote"]["status"] != "pass"
