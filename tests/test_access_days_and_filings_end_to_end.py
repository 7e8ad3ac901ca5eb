"""`provenance extract` of notes giving the day they retrieved their source (kept as `accessed`, in JSON
and as CSL's `accessed`) and of a party's filing cited by its case (its filer, or a warning that none is
named)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.support.cli import run_provenance

_DOCKET = "https://www.courtlistener.com/docket/1/doe-v-roe/"
_REPORT = f"""# Memo

The battle is described.[^1] The channel posted.[^2] The plaintiff alleged it.[^3] The defendant moved.[^4]

[^1]: "Battle of X", Wikipedia, retrieved 21 January 2022, https://en.wikipedia.org/wiki/Battle_of_X
[^2]: Rybar, Telegram, January 21, 2022, https://t.me/rybar/1
[^3]: Complaint \u00b6 12, Doe v. Roe, No. 1:22-cv-1 (S.D.N.Y. Jan. 21, 2022), ECF No. 1, {_DOCKET}
[^4]: Motion of Defendant Richard Roe to Dismiss at 3, Doe v. Roe, No. 1:22-cv-1 (S.D.N.Y. Feb. 1, 2022), ECF
No. 9, {_DOCKET}
"""


def _extract(tmp_path: Path, *options: str) -> Any:
    report = tmp_path / "memo.md"
    report.write_text(_REPORT, encoding="utf-8")
    done = run_provenance(["extract", str(report), *options], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_extract_keeps_the_day_a_wiki_page_was_retrieved_as_its_accessed(tmp_path: Path) -> None:
    notes = {note["label"]: note for note in _extract(tmp_path)["footnotes"]}
    assert notes["1"]["citation"]["accessed"] == "2022-01-21"  # was only in a finding's message
    assert notes["1"]["citation"]["date"] is None
    assert notes["2"]["citation"]["accessed"] is None


def test_extract_as_csl_writes_accessed_and_a_citations_file_s_accessed_is_read(tmp_path: Path) -> None:
    items = {item["id"]: item for item in _extract(tmp_path, "--format", "csl")}
    assert items["1"]["accessed"] == {"date-parts": [[2022, 1, 21]]}
    assert "accessed" not in items["2"]
    # The file written, with a day the second note's source was read, given back as the citations file.
    items["2"]["accessed"] = {"date-parts": [[2023, 3, 5]]}
    cites = tmp_path / "cites.json"
    cites.write_text(json.dumps(list(items.values())), encoding="utf-8")
    notes = {note["label"]: note for note in _extract(tmp_path, "--citations", str(cites))["footnotes"]}
    assert notes["1"]["citation"]["accessed"] == "2022-01-21"
    assert notes["2"]["citation"]["accessed"] == "2023-03-05"
    assert notes["2"]["citation"]["date"] == "2022-01-21"  # never taken for the publication date


def test_extract_says_a_complaint_names_no_filer_and_reads_a_motions_filer(tmp_path: Path) -> None:
    notes = {note["label"]: note for note in _extract(tmp_path)["footnotes"]}
    complaint = notes["3"]
    assert complaint["citation"]["author"] is None  # not Doe: the note does not say who filed it
    assert [finding["code"] for finding in complaint["findings"]] == ["filing-party-unnamed"]
    assert "a person should confirm who filed it" in complaint["findings"][0]["message"]
    motion = notes["4"]
    assert motion["citation"]["author"] == "Richard Roe"
    assert motion["findings"] == []
