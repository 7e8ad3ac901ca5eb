"""A report of many linked footnotes and the verdicts a `check --json` run gives it: for tests that compare
two ways of running one check (in one process or several, reading pages here or in a pool)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


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
