"""`provenance extract` of a legal memo as lawyers and fact-checkers write its notes: a page cited with its
archived copy and `Id.` after it, a court order cited by its case, a Wikipedia page dated by its retrieval."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.support.cli import run_provenance

_PAGE = "https://news.example/council-vote"
_COPY = f"https://web.archive.org/web/20220121120000/{_PAGE}"
_MEMO = f"""# Memo

The council voted on January 21.[^1] It said so again.[^2] The court ordered a stay.[^3] See the
background.[^4]

[^1]: Jane Smith, "Council vote," Example News, January 21, 2022, <{_PAGE}> (archived at <{_COPY}>).
[^2]: Id. at 2.
[^3]: Order, United States v. Smith, No. 1:21-cr-00123 (D.D.C. Jan. 21, 2022), ECF No. 45.
[^4]: "Battle of X", Wikipedia, retrieved 21 January 2022, https://en.wikipedia.org/wiki/Battle_of_X
"""


def _extract(tmp_path: Path, *options: str) -> Any:
    report = tmp_path / "memo.md"
    report.write_text(_MEMO, encoding="utf-8")
    done = run_provenance(["extract", str(report), *options], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_extract_gives_an_id_note_the_page_before_it_cites_with_its_archived_copy(tmp_path: Path) -> None:
    notes = {note["label"]: note for note in _extract(tmp_path)["footnotes"]}
    cited, by_reference = notes["1"]["citation"], notes["2"]["citation"]
    # The cited page is the original; the copy stays the archived copy (it was unclear: "cites 2 links").
    assert by_reference["url"] == cited["url"] == _PAGE
    assert by_reference["archived_url"] == cited["archived_url"] == _COPY
    assert by_reference["author"] == "Jane Smith" and by_reference["date"] == "2022-01-21"
    codes = [finding["code"] for finding in notes["2"]["findings"]]
    assert codes == ["cites-note"]


def test_extract_reads_a_court_order_as_the_courts_and_a_wiki_page_by_its_retrieval(tmp_path: Path) -> None:
    notes = {note["label"]: note for note in _extract(tmp_path)["footnotes"]}
    order = notes["3"]["citation"]
    assert order["author"] == "D.D.C."  # was `Order`
    assert order["title"] == "United States v. Smith"
    assert order["date"] == "2022-01-21"
    wiki = notes["4"]
    assert wiki["citation"]["date"] is None
    assert [finding["code"] for finding in wiki["findings"]] == ["wiki-page-undated"]
    assert "(2022-01-21) is its access date" in wiki["findings"][0]["message"]


def test_extract_as_csl_keeps_the_archived_copy_of_the_page_an_id_note_cites(tmp_path: Path) -> None:
    items = {item["id"]: item for item in _extract(tmp_path, "--format", "csl")}
    assert items["2"]["URL"] == _PAGE
    assert items["2"]["archive_location"] == _COPY
