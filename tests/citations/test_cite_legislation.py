"""A note citing legislation names no author: `extract` says why, and `schema` warns rather than failing a
complete note (the footnote is at most unconfirmed)."""

from __future__ import annotations

from provenance.checks import CheckInput
from provenance.checks.schema import check_schema
from provenance.citations.cite import cite_footnote
from provenance.models import Footnote

NOTE = "Data Protection Act 2018, s. 155(1), 1 January 2024, https://www.legislation.gov.uk/ukpga/2018/12/section/155"


def test_a_note_citing_legislation_is_told_it_names_no_author_and_schema_warns() -> None:
    footnote = Footnote(label="1", text=NOTE, line=3, urls=(NOTE.rsplit(" ", 1)[1],))
    cited = cite_footnote(footnote, None)
    authors = [finding for finding in cited.findings if finding.field == "author"]
    assert [finding.code for finding in authors] == ["legislation-names-no-author"]
    assert authors[0].message.startswith("no author: the note cites legislation (Data Protection Act 2018)")
    given = CheckInput(footnote=footnote, citation=cited.citation, outcome=None, findings=cited.findings)
    schema = check_schema(given)
    assert (schema.status, schema.detail) == ("warn", authors[0].message)
