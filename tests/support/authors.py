"""The author check of a note as the parser reads it, against a post: for the parser's tests, which must show
that a claim they read (or stopped reading) is the one the check then holds to the source."""

from __future__ import annotations

import datetime as dt

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.citations import parse_citation
from provenance.models import CheckResult, Footnote, Platform, SourcePost

RYBARS_POST_URL = "https://t.me/rybar/1234"
# Rybar's Telegram post, its channel shown in Cyrillic as Telegram shows it.
RYBARS_POST = SourcePost(
    platform=Platform.TELEGRAM,
    url=RYBARS_POST_URL,
    author="Рыбарь",
    handle="rybar",
    published=dt.datetime(2022, 1, 21, 16, 45, tzinfo=dt.UTC),
    text="The bridge is ours.",
)


def author_check_as_parsed(footnote: Footnote, post: SourcePost) -> CheckResult:
    """`check_author` of the citation `parse_citation` reads from `footnote`, against `post`."""
    citation = parse_citation(footnote).citation
    return check_author(CheckInput(footnote=footnote, citation=citation, source=post, outcome=None))
