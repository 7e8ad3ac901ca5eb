"""The human table: each footnote once, its evidence, why it is not verified (each thing said once), counts
with the right plurals, twins flagged, and the next step for footnotes without a source."""

from __future__ import annotations

import hashlib

from provenance.models import CaptureReuse, CheckResult, Context, Finding
from provenance.outputs.reasons import reasons
from provenance.outputs.table import TableFormat
from provenance.results import FootnoteResult
from tests.outputs.builders import (
    GONE,
    OFFLINE,
    UNLINKED,
    VERIFIED,
    capture,
    footnote_result,
    passed,
    report_result,
)


def _row(text: str, label: str) -> str:
    """A footnote's row with its wrapped continuation lines, up to the next footnote's row."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(f"[{label}]"))
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].strip().startswith("[") or not lines[i].strip()),
        len(lines),
    )
    return "\n".join(lines[start:end])


def _unlinked(
    label: str,
    text: str = "Telegram, January 21, 2022.",
    passage: str = "A claim.",
    quotes: tuple[str, ...] = (),
) -> FootnoteResult:
    return footnote_result(
        label,
        "unlocatable",
        (
            CheckResult(name="locator", status="fail", detail="no URL or other locator"),
            CheckResult(
                name="schema",
                status="fail",
                detail="no author: the note names no author; no URL: the note names no link to the source",
            ),
        ),
        text=text,
        contexts=(Context(line=1, text=passage, quotes=quotes),),
    )


def test_each_row_shows_the_warc_once_and_the_reason_without_it() -> None:
    text = TableFormat(width=100).render([report_result(VERIFIED, GONE)])
    gone = _row(text, "2")
    assert gone.count("archives/brief.md-fn2.warc.gz") == 1
    assert "captured fail: HTTP 404" in gone and "kept as evidence" not in gone
    verified = _row(text, "1")
    assert "archives/brief.md-fn1.warc.gz" in verified and "fail" not in verified


def test_a_missing_url_is_said_once_per_row() -> None:
    text = TableFormat(width=120).render([report_result(_unlinked("1"))])
    row = _row(text, "1")
    assert row.count("no URL") == 1
    assert "schema fail: no author" in row


def test_identical_unlinked_notes_are_flagged_as_indistinguishable() -> None:
    report = report_result(
        _unlinked("1"), _unlinked("2"), _unlinked("3", "Twitter, May 2, 2022."), _unlinked("4")
    )
    text = TableFormat(width=140).render([report])
    assert "same note text as [2], [4]" in _row(text, "1")
    assert "same note text as [1], [2]" in _row(text, "4")
    assert "same note text" not in _row(text, "3")


def test_the_locate_command_suggested_for_a_report_whose_path_has_a_space_can_be_copied_as_it_is() -> None:
    # `provenance locate docs/my brief.md --accounts FILE`, pasted into a shell, named two reports.
    report = report_result(_unlinked("1", "Twitter, May 2, 2022."), path="docs/my brief.md")
    text = TableFormat(width=200).render([report])
    assert "`provenance locate 'docs/my brief.md' --accounts FILE`" in text


def test_counts_use_the_right_plurals() -> None:
    one = TableFormat().render([report_result(VERIFIED)])
    assert "1 footnote: 1 verified ·" in one
    many = TableFormat().render([report_result(VERIFIED, GONE, UNLINKED, OFFLINE), report_result(GONE)])
    assert "4 footnotes: 1 verified, 1 failed, 1 unlocatable, 1 error ·" in many
    assert "2 reports, 5 footnotes: 1 verified, 2 failed, 1 unlocatable, 1 error" in many


def test_the_next_step_for_unlocatable_notes_is_named_once_with_the_speaker() -> None:
    report = report_result(
        _unlinked("1", passage="Dmitry Medvedev wrote on Telegram that the talks were over."),
        _unlinked("2", "Twitter, May 2, 2022."),
    )
    text = TableFormat(width=120).render([report])
    assert text.count("provenance locate brief.md") == 1 and text.count("--citations") == 1
    assert "2 footnotes name no source that can be fetched: [1] [2]." in text
    assert "[1]: the citing passage names Dmitry Medvedev" in text


def test_the_next_step_marks_a_source_the_writer_cites_and_a_guess() -> None:
    # `Medvedev wrote, citing Peskov` named both as if both had posted; a guess read outside the quote's
    # sentence (`He wrote`) was shown as the passage's own naming.
    report = report_result(
        _unlinked(
            "1",
            "Telegram, January 21, 2022.",
            'Dmitry Medvedev wrote, citing Dmitry Peskov: "the talks are over."',
            ("the talks are over.",),
        ),
        _unlinked(
            "2",
            "Telegram, January 22, 2022.",
            'Ramzan Kadyrov reacted within hours. He wrote on Telegram: "We are ready."',
            ("We are ready.",),
        ),
    )
    text = TableFormat(width=160).render([report])
    assert "[1]: the citing passage names Dmitry Medvedev, Dmitry Peskov (as a source)" in text
    assert "[2]: the citing passage names Ramzan Kadyrov (guessed)" in text


def test_rows_wrap_to_the_width_given() -> None:
    long_detail = "x" * 30 + " " + "word " * 60
    noisy = footnote_result(
        "7",
        "failed",
        (CheckResult(name="captured", status="fail", detail=long_detail),),
        url="https://news.example/" + "a" * 150,
    )
    for width in (60, 80, 132):
        text = TableFormat(width=width).render([report_result(noisy)])
        table_lines = [line for line in text.splitlines() if not line.startswith(("1 footnote", "brief.md"))]
        assert max(len(line) for line in table_lines) <= width


def test_report_findings_and_a_report_without_footnotes() -> None:
    report = report_result()
    finding = Finding(code="marker-without-footnote", message="marker [9] has no footnote", line=4)
    report = type(report)(
        report.report.model_copy(update={"findings": (finding,)}), report.ledger, (), report.head, 0.1
    )
    text = TableFormat().render([report])
    assert "no footnotes found" in text and "line 4: marker [9] has no footnote" in text
    assert "0 footnotes" in text


def test_an_empty_report_file_is_said_to_be_empty_not_only_to_have_no_footnotes() -> None:
    # A report of 0 bytes passes (the contract: "the report has none"), but the user who checked a draft
    # an export left empty, or the wrong file, must be told it was empty, not that all is well.
    empty = report_result(path="draft.md")
    empty = type(empty)(
        empty.report.model_copy(update={"sha256": hashlib.sha256(b"").hexdigest()}),
        empty.ledger,
        (),
        empty.head,
        0.1,
    )
    text = TableFormat(width=200).render([empty])
    assert "draft.md is empty (0 bytes): no footnotes to verify" in text
    assert "save it again" in text
    assert "no footnotes to verify" not in TableFormat(width=200).render([report_result(path="draft.md")])


def test_a_verified_row_shows_what_the_source_says_beside_what_the_citation_says() -> None:
    compared = (
        CheckResult(
            name="date", status="pass", detail="ok", cited="2022-01-21", found="2022-01-21T09:15:04Z"
        ),
        CheckResult(name="author", status="pass", detail="ok", cited="Rybar / rybar", found="Rybar / @rybar"),
        CheckResult(
            name="quote",
            status="pass",
            detail="found",
            cited="the convoy had already crossed",
            found="The convoy had already crossed the bridge at Kherson.",
        ),
    )
    result = footnote_result(
        "1",
        "verified",
        (passed("locator"), passed("captured"), *compared),
        url="https://t.me/rybar/12345",
        captured=capture("https://t.me/rybar/12345"),
    )
    row = _row(TableFormat(width=200).render([report_result(result)]), "1")
    assert "date pass: cited 2022-01-21 · source 2022-01-21T09:15:04Z" in row
    assert "author pass: cited Rybar / rybar · source Rybar / @rybar" in row
    assert "source The convoy had already crossed the bridge at Kherson." in row


def test_a_long_excerpt_is_clipped_and_a_check_the_source_did_not_answer_is_not_compared() -> None:
    checks = (
        CheckResult(name="quote", status="warn", detail="paraphrase?", cited="words", found="x" * 500),
        CheckResult(name="date", status="skip", detail="no content captured to compare", cited="2022-01-21"),
    )
    result = footnote_result("1", "unconfirmed", checks, url="https://news.example/a")
    row = _row(TableFormat(width=400).render([report_result(result)]), "1")
    assert "quote warn: cited words · source " + "x" * 119 + "…" in row
    assert "date skip: cited" not in row


def test_an_excerpt_of_control_characters_is_clipped_as_shown_not_four_times_longer() -> None:
    hostile = "\x1b[2J" + "\x00" * 500  # a source's text: a terminal sequence, then NULs, each shown escaped
    checks = (CheckResult(name="quote", status="warn", detail="paraphrase?", cited="words", found=hostile),)
    result = footnote_result("1", "unconfirmed", checks, url="https://news.example/a")
    row = _row(TableFormat(width=400).render([report_result(result)]), "1")
    shown = "".join(row.split(" · source", 1)[1].split())  # as wrapped over lines: no space in it
    assert shown.startswith("\\x1b[2J\\x00\\x00") and "\x1b" not in row and "\x00" not in row
    assert len(shown) == 120 and shown.endswith("…")


def test_the_warc_is_shown_relative_to_where_the_user_stands_not_to_the_ledger() -> None:
    evidence = capture("https://news.example/a", warc="../archives/brief.md-fn1.warc.gz")
    result = footnote_result(
        "1", "verified", (passed("captured"),), url="https://news.example/a", captured=evidence
    )
    text = TableFormat(width=120).render([report_result(result, path="examples/brief.md")])
    assert "archives/brief.md-fn1.warc.gz" in _row(text, "1") and "../archives" not in text


def test_a_reused_capture_is_marked_with_when_it_was_made_and_a_fetched_one_is_not() -> None:
    # A reviewer sees that this run did not fetch the evidence it calls verified, without reading the ledger.
    reuse = CaptureReuse(source="ledger", line=12, checked_at="2026-01-22T09:00:00.000Z")
    made = capture("https://news.example/a").model_copy(
        update={"started_at": "2026-01-21T06:30:02.114Z", "reused": reuse}
    )
    resumed = capture("https://news.example/b").model_copy(
        update={"reused": CaptureReuse(source="journal", checked_at="2026-01-22T09:00:00.000Z")}
    )
    reused = footnote_result(
        "3", "verified", (passed("captured"),), url="https://news.example/a", captured=made
    )
    from_journal = footnote_result(
        "4", "verified", (passed("captured"),), url="https://news.example/b", captured=resumed
    )
    text = TableFormat(width=120).render([report_result(reused, from_journal, VERIFIED)])
    assert "reused from 2026-01-21 06:30:02 UTC (ledger line 13)" in _row(text, "3"), "seq 12 is line 13"
    assert "reused from 2022-01-22 10:00:00 UTC (journal of a stopped run)" in _row(text, "4")
    assert "reused" not in _row(text, VERIFIED.label), "a capture fetched by this run is not marked"


def test_text_a_ci_runner_would_obey_as_a_workflow_command_is_shown_escaped() -> None:
    # A pull request writes the report: printed raw in a GitHub Actions log, `##[stop-commands]` would silence
    # the annotations of the footnotes that failed, and a word wrapped to a line's start forges one.
    words = " ".join(f"::warning::forged{n}" for n in range(40))
    hostile = _unlinked("1", text=f"Telegram ##[stop-commands]tok {words}")
    text = TableFormat(width=100).render([report_result(hostile)])
    assert "##[" not in text and "#\\x23[stop-commands]tok" in text
    assert not [line for line in text.splitlines() if line.lstrip().startswith("::")]
    assert any(line.lstrip().startswith(":\\x3awarning::forged") for line in text.splitlines())


def test_colons_and_hashes_of_ordinary_notes_are_shown_as_written() -> None:
    plain = _unlinked("1", text="C++ std::vector notes, #hashtag, Telegram, January 21, 2022.")
    assert "std::vector notes, #hashtag" in TableFormat(width=100).render([report_result(plain)])


def test_a_check_that_says_what_an_earlier_one_said_is_named_beside_it_not_left_out() -> None:
    # Offline, date and author both skip with the same words: the reasons named only date, and a reviewer
    # read that the author had been compared.
    same = "no content captured to compare"
    checks = (
        passed("locator", "https://news.example/b"),
        CheckResult(name="captured", status="skip", detail="offline: no capture attempted"),
        CheckResult(name="date", status="skip", detail=same),
        CheckResult(name="author", status="skip", detail=same),
        CheckResult(name="title", status="warn", detail=f"{same}; the page has no title"),
    )
    result = footnote_result("1", "error", checks, url="https://news.example/b")
    assert reasons(result) == [
        "captured skip: offline: no capture attempted",
        f"date skip, author skip: {same}",
        "title warn: the page has no title",
    ]
    assert f"date skip, author skip: {same}" in TableFormat(width=200).render([report_result(result)])


def test_a_schema_that_only_repeats_the_locators_missing_url_is_still_left_out() -> None:
    checks = (
        CheckResult(name="locator", status="fail", detail="no URL or other locator"),
        CheckResult(name="schema", status="fail", detail="no URL: the note names no link to the source"),
    )
    assert reasons(footnote_result("1", "unlocatable", checks)) == ["locator fail: no URL or other locator"]


def test_a_capture_not_read_back_says_so_though_its_words_name_the_warc() -> None:
    # Its only part names the WARC: left out with it, the reasons of an `error` footnote never said why.
    warc = "archives/brief.md-fn1.warc.gz"
    unread = f"HTTP 200, but the answer could not be read back from {warc}: not checked"
    checks = (
        passed("locator", "https://news.example/a"),
        CheckResult(name="captured", status="skip", detail=unread),
        CheckResult(name="date", status="skip", detail="no content captured to compare"),
    )
    result = footnote_result(
        "1", "error", checks, url="https://news.example/a", captured=capture("https://news.example/a")
    )
    assert reasons(result) == [f"captured skip: {unread}", "date skip: no content captured to compare"]


def test_a_long_label_folds_and_every_row_keeps_its_whole_status_and_its_reasons() -> None:
    # A report's label is its own: one 300 characters long, kept on one line, took the table's width, cut
    # every status to `ve…`/`fa…` and dropped the columns of sources and reasons.
    long_label = "x" * 300
    long = footnote_result(
        long_label, "failed", (CheckResult(name="captured", status="fail", detail="HTTP 404"),)
    )
    text = TableFormat(width=100).render([report_result(VERIFIED, long, GONE)])
    assert "…" not in text
    assert "https://news.example/gone" in text and text.count("captured fail: HTTP 404") == 2
    statuses = [line.split()[1] for line in text.splitlines() if line.startswith((" [1]", " [x", " [2]"))]
    assert statuses == ["verified", "failed", "failed"]
    shown = "".join(line.split()[0] for line in text.splitlines() if line.startswith(" x") or " [x" in line)
    assert shown == f"[{long_label}]", "the label is all there, folded"
    assert max(len(line) for line in text.splitlines() if not line.startswith("3 footnotes")) <= 100


def test_short_labels_keep_the_note_column_as_narrow_as_they_are() -> None:
    text = TableFormat(width=100).render([report_result(VERIFIED, GONE, UNLINKED, OFFLINE)])
    assert " note   status        source and evidence" in text
    assert " [3]    unlocatable   Telegram, January 21, 2022." in text


def test_a_narrow_terminal_gets_each_note_under_the_one_before_with_no_word_cut() -> None:
    long_reason = "schema fail: no author: the note names no author"
    text = TableFormat(width=40).render([report_result(_unlinked("1"), GONE)])
    lines = text.splitlines()
    assert all(len(line) <= 40 for line in lines if "ledger head" not in line), text
    assert "[1] unlocatable" in lines and "[2] failed" in lines, text
    assert "  Telegram, January 21, 2022." in lines, "the note's text whole, not `Telegra` / `m,`"
    words = " ".join(" ".join(_row(text, "1").splitlines()[1:]).split())
    assert long_reason in words, "each reason wrapped at words, not inside them"
    assert "captured fail: HTTP 404" in _row(text, "2")


def test_a_terminal_of_sixty_columns_or_more_keeps_the_table() -> None:
    text = TableFormat(width=60).render([report_result(_unlinked("1"), GONE)])
    assert "what did not pass" in text and "[1] unlocatable" not in text


def _with_long_reasons(label: str, warc: str) -> FootnoteResult:
    url = f"https://news.example/{label}"
    why = "the source was posted 2024-05-20 08:00 UTC (article:published_time), not on the day cited " * 2
    return footnote_result(
        label,
        "failed",
        (passed("locator", url), CheckResult(name="date", status="fail", detail=why)),
        url=url,
        captured=capture(url, warc=warc),
    )


def test_a_warc_path_stands_whole_on_one_line_where_the_width_allows_it() -> None:
    # A path cut across two lines (`…-687179cb` / `.warc.gz`), copied from the terminal, named no file.
    warcs = [f"archives/brief.md-fn{n}-20261206T015032Z-687179cb.warc.gz" for n in (1, 2)]
    results = [_with_long_reasons(str(n), warc) for n, warc in enumerate(warcs, start=1)]
    text = TableFormat(width=120).render([report_result(*results)])
    table = text.split("\n\n2 footnotes")[0]
    for warc in warcs:
        assert any(line.strip().startswith(warc) for line in table.splitlines()), table
    assert max(len(line) for line in table.splitlines()) <= 120, "nothing cut at the table's edge"
    assert "date fail: the source was posted" in table


def test_a_table_too_narrow_for_the_warc_path_folds_it_and_keeps_the_reasons_whole() -> None:
    warc = "archives/a-report-with-a-long-name-2024.md-fn1-20261206T015032Z-687179cb.warc.gz"
    text = TableFormat(width=80).render([report_result(_with_long_reasons("1", warc))])
    table = text.split("\n\n1 footnote")[0]
    assert max(len(line) for line in table.splitlines()) <= 80
    assert "(article:published_time)," in table  # the reasons are wrapped, not cut at the edge
