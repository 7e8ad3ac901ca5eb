"""A report of many linked footnotes and the verdicts a `check --json` run gives it: for tests that compare
two ways of running one check (in one process or several, reading pages here or in a pool); and a `check
--json` run in this process against a local fixture server, for the platforms' end-to-end tests."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from provenance import cli
from tests.support.servers import FixtureServer, LocalCA, make_local_ca

JSON_HEADERS = (("Content-Type", "application/json; charset=utf-8"),)
HTML_HEADERS = (("Content-Type", "text/html; charset=utf-8"),)


def report_citing(urls: Sequence[str]) -> str:
    """A plain-text report whose footnote n cites `urls[n - 1]`, each quoted in the body."""
    count = len(urls)
    body = " ".join(f"The council “voted to reopen the bridge”.[{n}]" for n in range(1, count + 1))
    notes = "\n".join(
        f"[{n}] Lina Haddad, “Bridge reopened”, January 21, 2022, {url}" for n, url in enumerate(urls, 1)
    )
    return f"{body}\n\nSources\n{notes}\n"


Verdict = tuple[str, str, list[tuple[str, str]], str | None]


def verdicts(document: dict[str, Any]) -> list[Verdict]:
    """Each footnote's label, status, checks and the title read from its source, from `check --json`."""
    return [
        (
            note["label"],
            note["status"],
            [(check["name"], check["status"]) for check in note["checks"]],
            (note.get("source") or {}).get("title"),
        )
        for note in document["reports"][0]["footnotes"]
    ]


def check_json_through(
    report: Path, hosts: Sequence[str], port: int, ca_pem: Path
) -> tuple[int, dict[str, dict[str, Any]]]:
    """`check --json` of `report` in this process, each of `hosts` (on port 443) reached on the local server's
    `port`, trusting `ca_pem`, its WARCs under `archives/` beside the report, no archive asked: the exit code
    and the footnotes by label."""
    argv = ["check", str(report), "--json", "--archive-dir", str(report.parent / "archives")]
    argv += ["--ca-bundle", str(ca_pem), "--no-archive-lookup"]
    for host in hosts:
        argv += ["--connect-to", f"{host}:443:127.0.0.1:{port}"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(argv)
    (checked,) = json.loads(out.getvalue())["reports"]
    return code, {footnote["label"]: footnote for footnote in checked["footnotes"]}


def checked_footnotes(
    report: Path, hosts: Sequence[str], port: int, ca_pem: Path
) -> dict[str, dict[str, Any]]:
    """`check_json_through`'s footnotes by label, its exit code checked against them: 0 only where every
    footnote is verified, else 1."""
    code, footnotes = check_json_through(report, hosts, port, ca_pem)
    assert code == (0 if all(note["status"] == "verified" for note in footnotes.values()) else 1)
    return footnotes


def checked_on(
    report: Path, server: FixtureServer, ca: LocalCA, hosts: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """`checked_footnotes` of `report` with each of `hosts` served by `server` over TLS under `ca`: its WARCs
    beside it, no archive asked, its footnotes by label."""
    return checked_footnotes(report, hosts, server.port, ca.ca_pem)


def checked_over_tls(
    report: Path, hosts: Sequence[str], routes: dict[str, Any], folder: Path
) -> dict[str, dict[str, Any]]:
    """`checked_on` of `report`, each of `hosts` served over TLS from `routes` under a CA made in `folder`:
    its footnotes by label."""
    ca = make_local_ca(folder, hosts)
    with FixtureServer(routes, tls=ca) as server:
        return checked_on(report, server, ca, hosts)


def check_named(footnote: dict[str, Any], name: str) -> dict[str, Any]:
    """The check called `name` of a footnote of `check --json`."""
    return next(check for check in footnote["checks"] if check["name"] == name)


def checks_by_name(footnote: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """A footnote's checks of `check --json` by name: (status, detail)."""
    return {check["name"]: (check["status"], check["detail"]) for check in footnote["checks"]}


def url_path(url: str) -> str:
    """The path (and query) a fixture server is asked for `url`."""
    return "/" + url.split("://", 1)[1].partition("/")[2]
