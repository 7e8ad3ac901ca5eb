"""A book on a statute, named as English practitioners' books are (`Smith on the Data Protection Act 2018, s.
155`): its writer is the note's author and the book its subject, not the statute. Read as the statute, the
note named no author, and `schema` asked a person to confirm the page was the Act."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from provenance.citations.cite import cite_footnote
from provenance.citations.legal import work_on_legislation
from provenance.citations.parse import cited_legislation, writers_on
from provenance.models import Footnote
from tests.support.cli import run_provenance


def _cited(text: str) -> tuple[str | None, str | None, list[str]]:
    """The author and the title `extract` gives the note `text`, and its findings' codes."""
    cited = cite_footnote(Footnote(label="1", text=text, line=3), None)
    return cited.citation.author, cited.citation.title, [finding.code for finding in cited.findings]


@pytest.mark.parametrize(
    ("note", "writers", "name"),
    [
        ("Smith on the Data Protection Act 2018, s. 155.", "Smith", "Smith on the Data Protection Act 2018"),
        ("Smith on the Data Protection Act 2018.", "Smith", "Smith on the Data Protection Act 2018"),
        (
            "Smith & Jones on the Companies Act 2006, s. 172, 3rd edn, 2023.",
            "Smith and Jones",
            "Smith & Jones on the Companies Act 2006",
        ),
        ("Haddad on the Criminal Code, s 83.18.", "Haddad", "Haddad on the Criminal Code"),
    ],
)
def test_a_book_on_a_statute_is_its_writer_s_not_the_statute(note: str, writers: str, name: str) -> None:
    assert cited_legislation(note) is None
    work = work_on_legislation(note)
    assert work is not None and (work.writers, work.name) == (writers, name)
    author, title, codes = _cited(note)
    assert (author, title) == (writers, name)
    assert "legislation-names-no-author" not in codes and "missing-author" not in codes


@pytest.mark.parametrize(
    ("note", "instrument"),
    [
        # The statute's own name holds `on the`, or a work's kind names no writer: legislation as before.
        ("Convention on the Rights of the Child, art. 3.", "Convention on the Rights of the Child"),
        (
            "Treaty on the Functioning of the European Union, art. 101.",
            "Treaty on the Functioning of the European Union",
        ),
        (
            "European Convention on the Suppression of Terrorism, art. 1.",
            "European Convention on the Suppression of Terrorism",
        ),
        ("Data Protection Act 2018, s. 155.", "Data Protection Act 2018"),
        ("Commentary on the Companies Act 2006, s. 172.", "Commentary on the Companies Act 2006"),
    ],
)
def test_an_instrument_whose_name_holds_on_the_is_still_legislation(note: str, instrument: str) -> None:
    assert cited_legislation(note) == instrument
    assert work_on_legislation(note) is None
    author, _, codes = _cited(note)
    assert author is None and "legislation-names-no-author" in codes


@pytest.mark.parametrize(
    "name",
    [
        "Convention on the Rights of the Child",
        "Commentary on the Companies Act 2006",
        "Statement on the Data Protection Act 2018",
        "Press Release on the Data Protection Act 2018",
        "smith on the Data Protection Act 2018",
        "Jane Ann Mary Smith on the Data Protection Act 2018",
        "Smith, Jones on the Companies Act 2006",
        "Smith and on the Companies Act 2006",
        "Smith said the Data Protection Act 2018",
    ],
)
def test_only_a_few_capitalised_names_before_on_the_are_a_book_s_writers(name: str) -> None:
    assert writers_on(name) is None


def test_a_note_of_a_book_on_a_statute_names_a_writer_only_where_the_subject_is_legislation() -> None:
    # `on the` before anything but an instrument: the note is read as before.
    assert work_on_legislation("Smith on the bridge, Telegram, January 21, 2022") is None
    assert work_on_legislation("Smith on the Data Protection Regime, Example Law Review, 2020") is None


def test_a_hostile_note_of_writers_and_on_the_is_read_in_linear_time() -> None:
    hostile = [
        "Smith on the " * 8_000 + "Act 2018, s. 1",
        "A " * 50_000 + "on the Act, s. 1",
        "Smith on the " + "A " * 50_000 + "Act 2018, s. 1",
        "S on the " + "Data Protection Act 2018 " * 4_000,
    ]
    started = time.process_time()
    for text in hostile:
        assert len(text) >= 100_000
        work_on_legislation(text)
        _cited(text)
    assert time.process_time() - started < 3.0


_MEMO = """# Memo

Smith reads section 155 so.[^1] The Act says so.[^2]

[^1]: Smith on the Data Protection Act 2018, s. 155, 2nd edn, 2023, https://books.example/smith-dpa
[^2]: Data Protection Act 2018, s. 155, https://www.legislation.gov.uk/ukpga/2018/12/section/155
"""


def test_extract_names_the_writer_of_a_book_on_a_statute_and_none_for_the_statute(tmp_path: Path) -> None:
    report = tmp_path / "memo.md"
    report.write_text(_MEMO, encoding="utf-8")
    done = run_provenance(["extract", str(report), "--format", "json"], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    notes = {note["label"]: note for note in json.loads(done.stdout)["footnotes"]}
    book, statute = notes["1"], notes["2"]
    assert (book["citation"]["author"], book["citation"]["title"]) == (
        "Smith",
        "Smith on the Data Protection Act 2018",
    )
    assert "legislation-names-no-author" not in [finding["code"] for finding in book["findings"]]
    assert statute["citation"]["author"] is None
    assert "legislation-names-no-author" in [finding["code"] for finding in statute["findings"]]
