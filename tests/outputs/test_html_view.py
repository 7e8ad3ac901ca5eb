"""The HTML view as text: quotes marked, everything escaped, a CSP that names the page's own style."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from provenance import verdict
from provenance.custody import record_verification
from provenance.hashing import sha256_hex
from provenance.ledger.canonical import canonical_json
from provenance.ledger.verify import Verification, verify_ledger
from provenance.models import BrowserCapture, CheckResult, Context, Problem
from provenance.outputs.html_view import (
    STYLE,
    HtmlViewFormat,
    content_security_policy,
    describe_written_view,
    mark_quotes,
)
from provenance.seal.keys import generate_key_files, load_private_key
from provenance.seal.signing import sign_head
from provenance.views import load_view, relative_prefix
from tests.ledger.builders import write_locate_run
from tests.outputs.ledgers import sample_footnotes, write_ledger


def test_quotes_are_marked_where_found_and_the_rest_escaped() -> None:
    text = "He said \u201c<b>stop</b>\u201d, then \u201cgo\u201d & \u201cgo\u201d."
    marked = mark_quotes(text, ["<b>stop</b>", "go", "never said"])
    assert marked == (
        "He said \u201c<mark>&lt;b&gt;stop&lt;/b&gt;</mark>\u201d, then \u201c<mark>go</mark>\u201d &amp; "
        "\u201c<mark>go</mark>\u201d."
    )


def test_overlapping_quotes_are_marked_once() -> None:
    assert mark_quotes("abcdef", ["abcd", "cdef"]) == "<mark>abcdef</mark>"


def test_a_passage_of_thousands_of_recorded_quotes_is_searched_for_the_first_and_says_the_rest_are_not() -> (
    None
):
    # A forged line: 5,000 quotes beside a 100 kB passage were each searched for in it.
    text = "the council voted " * 5_600
    quotes = [f"the council voted {number:05d}" for number in range(5_000)] + ["the council"]
    marked = mark_quotes(text, quotes)
    assert "<mark>" not in marked  # "the council" is the 5,001st: not searched for
    assert marked.endswith(
        '<span class="muted"> [not marked here: 4951 more quoted passages not searched for]</span>'
    )
    assert mark_quotes(text, ["the council"] * 5_000).count("<mark>") == 5_600  # one quote, said 5,000 times


def test_a_quote_found_in_more_places_than_are_marked_says_the_rest_are_not() -> None:
    marked = mark_quotes("ab " * 20_000, ["ab"])
    assert marked.count("<mark>ab</mark>") == 10_000
    assert marked.endswith("[not marked here: only the first 10,000 places found marked]</span>")


def test_the_csp_allows_no_script_and_names_the_style_by_its_hash() -> None:
    policy = content_security_policy()
    assert "script-src 'none'" in policy and "default-src 'none'" in policy
    style_hash = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
    assert f"style-src 'sha256-{style_hash}'" in policy


def test_the_page_embeds_its_style_exactly_as_hashed(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    page = HtmlViewFormat().render([load_view(ledger, tmp_path / "view.html")])
    (style,) = re.findall(r"<style>(.*?)</style>", page, flags=re.S)
    assert style == STYLE, "a byte of difference and Chromium drops the whole style"
    assert "<script" not in page


def test_warc_links_are_relative_to_where_the_page_is_written(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    (tmp_path / "out" / "views").mkdir(parents=True)
    view = load_view(ledger, tmp_path / "out" / "views" / "view.html")
    assert view.warc_links and all(link.startswith("../../archives/") for link in view.warc_links.values())
    page = HtmlViewFormat().render([view])
    assert 'href="../../archives/brief.md-fn1-' in page
    assert relative_prefix(tmp_path, tmp_path) == ""


def test_moved_warcs_are_linked_each_by_its_name_in_the_archive_dir_and_said_to_be_read_there(
    tmp_path: Path,
) -> None:
    # The ledger names `archives/...` and `earlier/...`; both now lie in `moved/`: one prefix before the
    # recorded path linked neither.
    footnotes = sample_footnotes(tmp_path, None)
    captured = [index for index, spec in enumerate(footnotes) if spec.capture is not None]
    assert len(captured) >= 2
    last = footnotes[captured[-1]]
    assert last.capture is not None
    footnotes[captured[-1]] = replace(
        last, capture=last.capture.model_copy(update={"warc": "earlier/" + Path(last.capture.warc).name})
    )
    ledger = write_ledger(tmp_path, footnotes)
    (tmp_path / "archives").rename(tmp_path / "moved")
    (tmp_path / "out").mkdir()

    view = load_view(ledger, tmp_path / "out" / "view.html", archive_dir=tmp_path / "moved")
    page = HtmlViewFormat().render([view])

    assert view.verification is not None and view.verification.intact
    names = sorted(path.name for path in (tmp_path / "moved").iterdir())
    assert sorted(view.warc_links.values()) == [f"../moved/{name}" for name in names]
    for name in names:
        assert f'href="../moved/{name}"' in page
        assert f"read by its name from <code>{tmp_path / 'moved' / name}</code> (--archive-dir)" in page
    assert f"found by name in <code>{tmp_path / 'moved'}</code>, --archive-dir" in page
    assert f"<code>provenance verify {ledger} --archive-dir {tmp_path / 'moved'} --trust KEY" in page


def test_warc_links_escape_a_folder_name_that_a_url_would_read_otherwise(tmp_path: Path) -> None:
    # `#` would start a fragment, `%` an escape, `?` a query: the link would lead nowhere.
    folder = tmp_path / "case #12 50%?"
    folder.mkdir()
    ledger = write_ledger(folder, sample_footnotes(folder, None))
    page = HtmlViewFormat().render([load_view(ledger, tmp_path / "out" / "view.html")])
    assert 'href="../case%20%2312%2050%25%3F/archives/brief.md-fn1-' in page


def test_the_source_text_marks_the_quotes_found_and_lists_those_that_are_not(tmp_path: Path) -> None:
    footnotes = sample_footnotes(tmp_path, None)
    first = footnotes[0]
    contexts = (
        Context(
            line=3,
            text="It \u201cvoted to reopen the bridge\u201d and \u201cwill never reopen\u201d.",
            quotes=("voted to reopen the bridge", "will never reopen"),
        ),
    )
    assert first.source is not None
    source = first.source.model_copy(update={"text": f"{first.source.text} <img src=x onerror=alert(1)>"})
    footnotes[0] = replace(first, contexts=contexts, source=source)
    page = HtmlViewFormat().render([load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")])
    (source_text,) = re.findall(r'<blockquote class="source-text">(.*?)</blockquote>', page, flags=re.S)
    assert "The council <mark>voted to reopen the bridge</mark> on Friday." in source_text
    assert "&lt;img src=x onerror=alert(1)&gt;" in source_text
    assert "not found verbatim in this text:</p><ul><li><q>will never reopen</q></li>" in page
    assert "found: <q>2022-01-21T09:12:00Z</q>" in page, "what a check compared is shown"
    assert "https://archive.example/20220121/https://news.example/article" in page


def test_a_quote_the_check_finds_apart_from_case_apostrophes_and_line_breaks_is_not_listed_as_not_found(
    tmp_path: Path,
) -> None:
    """The page wrote `we won't close it` under "not found verbatim" beside the `quote: pass` that found it
    in the page's `We won\u2019t\nclose it`: it is listed as found, with the source's words around it."""
    footnotes = sample_footnotes(tmp_path, None)
    first = footnotes[0]
    contexts = (
        Context(
            line=3,
            text="It said \u201cwe won't close it\u201d and \u201cwill never reopen\u201d.",
            quotes=("we won't close it", "will never reopen"),
        ),
    )
    assert first.source is not None
    source = first.source.model_copy(
        update={"text": "The mayor: We won\u2019t\nclose it. Work starts in March."}
    )
    footnotes[0] = replace(first, contexts=contexts, source=source)
    page = HtmlViewFormat().render([load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")])
    assert (
        "found in this text as the quote check reads it (case, quote marks, dashes, line breaks and words "
        "left out at an ellipsis aside), not marked above:</p><ul><li><q>we won&#x27;t close it</q>: "
        "<q>The mayor: We won\u2019t close it. Work starts in March.</q></li></ul>"
    ) in page
    assert "not found verbatim in this text:</p><ul><li><q>will never reopen</q></li></ul>" in page


def test_bidirectional_and_control_characters_are_shown_escaped_and_other_text_as_it_is(
    tmp_path: Path,
) -> None:
    # A right-to-left override reorders the rest of its line: `[1] verified ...` could read as another note's.
    footnotes = sample_footnotes(tmp_path, None)
    first = footnotes[0]
    assert first.source is not None
    footnotes[0] = replace(
        first,
        text="Lina Haddad\u202e, \u00ab\u041c\u043e\u0441\u0442\u00bb \u0645\u0631\u062d\u0628\u0627",
        checks=(CheckResult(name="title", status="pass", detail="found 'vote\u2066d'\x1b[2J"),),
        contexts=(
            Context(line=3, text="It \u201cvoted\u202e to\u201d\nreopen.", quotes=("voted\u202e to",)),
        ),
        source=first.source.model_copy(update={"title": "Council\u2028vote", "author": "Lina\u200fHaddad"}),
    )
    page = HtmlViewFormat().render([load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")])

    assert not re.search("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u2028\u2029\x1b]", page)
    assert (
        "Lina Haddad\\u202e, \u00ab\u041c\u043e\u0441\u0442\u00bb \u0645\u0631\u062d\u0628\u0627" in page
    ), "letters kept"
    assert "found &#x27;vote\\u2066d&#x27;\\x1b[2J" in page
    assert "It \u201c<mark>voted\\u202e to</mark>\u201d\nreopen." in page, "marked, lines kept"
    assert "Council\\u2028vote" in page and "Lina\\u200fHaddad" in page


def test_a_link_goes_where_its_url_says_while_its_text_shows_the_escape(tmp_path: Path) -> None:
    footnotes = sample_footnotes(tmp_path, None)
    first = footnotes[0]
    url = "https://news.example/\u202egnp.exe"
    footnotes[0] = replace(first, citation=first.citation.model_copy(update={"url": url}))
    page = HtmlViewFormat().render([load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")])

    assert '<a href="https://news.example/%E2%80%AEgnp.exe"' in page
    assert "<code>https://news.example/\\u202egnp.exe</code>" in page


def test_what_the_browser_noted_is_shown_beside_the_capture(tmp_path: Path) -> None:
    # A page that went on by itself has a screenshot of the other page: without the note, the view shows it
    # beside the first page's text as if it were that page.
    footnotes = sample_footnotes(tmp_path, None)
    first = footnotes[0]
    assert first.capture is not None
    notes = (
        "the page went on by itself to https://news.example/other; the attachments show that page",
        "screenshot cut at 16384 pixels of height",
    )
    browser = BrowserCapture(chromium="120.0", user_agent="UA", viewport="1280x2000", requests=3, notes=notes)
    footnotes[0] = replace(first, capture=first.capture.model_copy(update={"browser": browser}))
    page = HtmlViewFormat().render([load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")])

    card = page[page.index('data-label="1"') : page.index("</article>")]
    start = card.index("<h3>Capture</h3>")
    capture = card[start : card.index("<h3>", start + 1)]
    assert "<dt>browser notes</dt>" in capture
    assert all(f"<li>{note}</li>" in capture for note in notes)


def test_a_warc_path_the_ledger_gives_as_a_network_path_links_to_this_disk(tmp_path: Path) -> None:
    # `//attacker.example/share/a.warc.gz` read as a URL leads to that host (on Windows, an SMB share).
    footnotes = sample_footnotes(tmp_path, None)
    first = footnotes[0]
    assert first.capture is not None
    hostile = first.capture.model_copy(update={"warc": "//attacker.example/share/a.warc.gz"})
    footnotes[0] = replace(first, capture=hostile)
    page = HtmlViewFormat().render([load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")])
    assert 'href="/attacker.example/share/a.warc.gz"><code>//attacker.example/share/a.warc.gz</code>' in page
    assert 'href="//' not in page


def test_the_line_show_prints_counts_every_problem_verify_found_not_only_those_it_listed(
    tmp_path: Path,
) -> None:
    view = load_view(write_ledger(tmp_path, sample_footnotes(tmp_path, None)), tmp_path / "v.html")
    damaged = Problem(line=2, file="a.warc.gz", code="warc-hash-mismatch", message="WARC file hash differs")
    verification = Verification(
        ledger="brief.md.ledger.jsonl",
        lines=7,
        runs=1,
        head="a" * 64,
        warc_files=2,
        records=10,
        report_checked=True,
        problems=(damaged,) * 100,
        more_problems=4900,
    )
    said = describe_written_view("v.html", replace(view, verification=verification))
    assert said == "v.html: view of run 1 of 1 (5000 problem(s) found in the ledger)\n"


def test_a_line_recording_verified_beside_a_failed_check_says_its_checks_add_up_to_less(
    tmp_path: Path,
) -> None:
    footnotes = sample_footnotes(tmp_path, None)
    first = footnotes[0]
    assert first.status == "verified"
    failed_quote = CheckResult(name="quote", status="fail", detail="not in the source")
    checks = tuple(failed_quote if check.name == "quote" else check for check in first.checks)
    footnotes[0] = replace(first, checks=checks)
    page = HtmlViewFormat().render([load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")])
    assert "the ledger records verified, but its own checks say otherwise (quote: fail)" in page
    (counts,) = re.findall(r'<p class="counts">(.*?)</p>', page)
    assert "(1 of the verified recorded beside checks that say otherwise)" in counts, "said in the count too"


def test_a_line_recording_verified_with_nothing_captured_says_so(tmp_path: Path) -> None:
    # verify warns of it; the page showed the badge alone, and counted it verified without a word.
    footnotes = sample_footnotes(tmp_path, None)
    first = footnotes[0]
    assert first.status == "verified"
    footnotes[0] = replace(first, capture=None)
    page = HtmlViewFormat().render([load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")])
    assert "the ledger records verified, but nothing captured" in page
    (counts,) = re.findall(r'<p class="counts">(.*?)</p>', page)
    assert "(1 of the verified recorded with nothing captured)" in counts


def test_a_verified_line_without_its_locator_check_says_its_checks_do_not_add_up_to_it(
    tmp_path: Path,
) -> None:
    # verify warns of it; the page showed the verified badge alone for a line whose locator check (the one
    # that would say the URL was a candidate no person confirmed) had been taken out.
    footnotes = sample_footnotes(tmp_path, None)
    first = footnotes[0]
    assert first.status == "verified"
    footnotes[0] = replace(first, checks=tuple(check for check in first.checks if check.name != "locator"))
    page = HtmlViewFormat().render([load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")])
    assert "the ledger records verified, but its own checks do not add up to it (no locator check" in page
    (counts,) = re.findall(r'<p class="counts">(.*?)</p>', page)
    assert "(1 recorded with a status their own checks do not add up to)" in counts


def test_a_verified_line_whose_checks_add_up_to_it_carries_no_such_note(tmp_path: Path) -> None:
    page = HtmlViewFormat().render(
        [load_view(write_ledger(tmp_path, sample_footnotes(tmp_path, None)), tmp_path / "v.html")]
    )
    assert 'class="badge status-verified"' in page and "say otherwise" not in page
    (counts,) = re.findall(r'<p class="counts">(.*?)</p>', page)
    assert "<strong>" not in counts and counts.startswith("4 footnotes: ")


def _cards(page: str) -> dict[str, str]:
    """Each footnote card's head (badge, label, line and what is said beside them), by label."""
    heads = re.findall(r'<article class="footnote[^>]*data-label="([^"]*)">(.*?)</div>', page, flags=re.S)
    return {label: head for label, head in heads}


_ALTERED = "verify found a problem with this footnote's ledger line or evidence"


def test_a_card_whose_ledger_line_records_the_note_otherwise_than_the_report_says_so_beside_its_badge(
    tmp_path: Path,
) -> None:
    # Note [2]'s line rewritten (its date moved) and the chain hashed again: the card showed the rewritten
    # note as the report's, the difference said only in the banner's list of warnings.
    footnotes = sample_footnotes(tmp_path, None)
    footnotes[1] = replace(footnotes[1], text=footnotes[1].text.replace("January 20", "January 19"))
    view = load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")

    cards = _cards(HtmlViewFormat().render([view]))

    assert "its ledger line records its note otherwise than the report reads it" in cards["2"]
    assert "only a seal tells" in cards["2"]
    assert all("its ledger line records" not in cards[label] for label in ("1", "3", "4"))


def test_the_card_says_so_when_a_locate_run_of_the_report_follows_the_check_run_shown(tmp_path: Path) -> None:
    footnotes = sample_footnotes(tmp_path, None)
    footnotes[1] = replace(footnotes[1], text=footnotes[1].text.replace("January 20", "January 19"))
    ledger = write_ledger(tmp_path, footnotes)
    write_locate_run(ledger, tmp_path / "brief.md", None)  # `provenance locate brief.md`, appended last
    view = load_view(ledger, tmp_path / "v.html")

    cards = _cards(HtmlViewFormat().render([view]))

    assert (view.run_number, view.runs_in_ledger) == (1, 2)
    assert "its ledger line records its note otherwise than the report reads it" in cards["2"]


def test_a_verified_footnote_whose_warc_no_longer_matches_says_so_beside_its_badge(tmp_path: Path) -> None:
    # The card showed VERIFIED alone: only the run's banner listed "line 2: the WARC file's sha256 does not
    # match", by a ledger line no card shows (the card shows the report's line 7). `verify` marks it.
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    warc = next((tmp_path / "archives").glob("brief.md-fn1-*.warc.gz"))
    warc.write_bytes(warc.read_bytes()[:-8])
    cards = _cards(HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html")]))
    assert "verified" in cards["1"] and _ALTERED in cards["1"]
    assert "sha256 does not match" in cards["1"]
    assert _ALTERED not in cards["2"], "the other footnote's WARC is intact"


def test_the_runs_count_says_how_many_of_the_verified_have_a_problem_verify_found(tmp_path: Path) -> None:
    # A reviewer reads the count first: "verified 1" stood there alone beside a WARC that no longer matched.
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    for warc in (tmp_path / "archives").glob("*.warc.gz"):  # footnote 1 (verified) and 2 (failed)
        warc.write_bytes(warc.read_bytes()[:-8])
    page = HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html")])
    (counts,) = re.findall(r'<p class="counts">(.*?)</p>', page)
    assert "(1 of the verified with a problem verify found in its line or evidence)" in counts


def test_the_count_of_verified_footnotes_with_a_problem_is_a_lower_bound_when_verify_did_not_list_all(
    tmp_path: Path,
) -> None:
    # verify lists the first 100 problems and counts the rest: a footnote of an earlier run among the rest
    # has no mark (the last run's footnote lines it keeps each with its problems).
    footnotes = sample_footnotes(tmp_path, None)
    write_ledger(tmp_path, footnotes)
    ledger = write_ledger(tmp_path, footnotes)
    warc = next((tmp_path / "archives").glob("brief.md-fn1-*.warc.gz"))
    warc.write_bytes(warc.read_bytes()[:-8])
    view = load_view(ledger, tmp_path / "v.html", run_number=1)
    assert view.verification is not None
    unlisted = replace(view, verification=view.verification.model_copy(update={"more_problems": 250}))
    (counts,) = re.findall(r'<p class="counts">(.*?)</p>', HtmlViewFormat().render([unlisted]))
    assert "(at least 1 of the verified with a problem verify found in its line or evidence)" in counts


def test_a_changed_footnote_line_is_marked_on_its_card_not_on_the_next_one_whose_link_breaks(
    tmp_path: Path,
) -> None:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    lines = ledger.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace("Haddad", "Hadad", 1)  # footnote 1's line; line 3's prev no longer matches
    ledger.write_text("".join(lines), encoding="utf-8")
    cards = _cards(HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html")]))
    assert _ALTERED in cards["1"] and "line 2 changed" in cards["1"]
    assert [label for label, head in cards.items() if _ALTERED in head] == ["1"]


def test_an_intact_ledger_marks_no_footnote_card(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    cards = _cards(HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html")]))
    assert sorted(cards) == ["1", "2", "3", "4"] and not any(_ALTERED in head for head in cards.values())


def test_an_intact_ledger_beside_a_capture_no_line_names_says_in_its_banner_what_was_not_checked(
    tmp_path: Path,
) -> None:
    # A capture of the report that no line names (a footnote's line rewritten with none, the chain made
    # again): verify said "INTACT ...; 1 warning" and warned of it; the page said "Ledger verified intact"
    # in green, and `show` "(ledger intact)", without a word of it.
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    warc = next((tmp_path / "archives").glob("brief.md-fn1-*.warc.gz"))
    (warc.parent / "brief.md-fn9-dropped.warc.gz").write_bytes(warc.read_bytes())
    view = load_view(ledger, tmp_path / "v.html")
    assert view.verification is not None and view.verification.intact

    page = HtmlViewFormat().render([view])

    (banner,) = re.findall(r'<div class="banner note">Ledger verified intact(.*?)</div>', page, flags=re.S)
    assert "But 1 thing could not be checked" in banner
    assert "brief.md-fn9-dropped.warc.gz" in html.unescape(banner)
    assert 'class="banner ok"' not in page
    said = describe_written_view("v.html", view)
    assert said == "v.html: view of run 1 of 1 (ledger intact, 1 warning)\n"


def test_an_intact_ledger_with_nothing_unchecked_has_a_plain_intact_banner(tmp_path: Path) -> None:
    view = load_view(write_ledger(tmp_path, sample_footnotes(tmp_path, None)), tmp_path / "v.html")
    page = HtmlViewFormat().render([view])
    assert '<div class="banner ok">Ledger verified intact' in page and "could not be checked" not in page
    assert describe_written_view("v.html", view) == "v.html: view of run 1 of 1 (ledger intact)\n"


def test_the_page_on_stdout_holds_no_workflow_command_a_ci_runner_obeys_and_shows_the_same_text(
    tmp_path: Path,
) -> None:
    # `--html -` in a GitHub Actions step: a note's line starting `::error` forged an annotation, and a page's
    # `##[stop-commands]` anywhere silenced every annotation after it.
    footnotes = sample_footnotes(tmp_path, None)
    first = footnotes[0]
    footnotes[0] = replace(
        first,
        text="Note one\n::error file=a.md::forged\n  ::add-mask::failed",
        checks=(CheckResult(name="title", status="fail", detail="title ##[stop-commands]tok"),),
    )
    page = HtmlViewFormat().render([load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")])
    obeyed = [line for line in page.split("\n") if "##[" in line or line.lstrip().startswith("::")]
    assert obeyed == []
    shown = html.unescape(page)
    assert "Note one\n::error file=a.md::forged\n  ::add-mask::failed" in shown, "the same text to a reader"
    assert "title ##[stop-commands]tok" in shown
    (style,) = re.findall(r"<style>(.*?)</style>", page, flags=re.S)
    assert style == STYLE


def test_a_card_of_a_pdf_note_says_the_page_and_line_a_reader_finds_it_at_not_a_line_of_no_page(
    tmp_path: Path,
) -> None:
    # A PDF's note and passages are recorded at lines counted through the whole document (a DOCX's at
    # paragraph numbers): the card said `line 7`, which nobody finds in the PDF. A text report says its line.
    footnotes = sample_footnotes(tmp_path, None)
    passage = Context(line=19, text="A claim.[1]", location="page 1, line 19")
    footnotes[0] = replace(footnotes[0], location="page 2, line 40", contexts=(passage,))
    page = HtmlViewFormat().render([load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")])
    cards = _cards(page)
    assert '<span class="where">page 2, line 40</span>' in cards[footnotes[0].label]
    assert '<p class="where">page 1, line 19</p>' in page and '<p class="where">line 19</p>' not in page
    assert '<span class="where">line 12</span>' in cards[footnotes[1].label]


def test_a_view_of_a_stopped_check_names_the_reports_it_has_no_run_of(tmp_path: Path) -> None:
    # The view showed the finished report's run alone, saying nothing of the report the stop left unrecorded:
    # a reviewer took the page for the whole check.
    view = load_view(write_ledger(tmp_path, sample_footnotes(tmp_path, None)), tmp_path / "view.html")
    page = HtmlViewFormat(unrecorded=["docs/<b>slow</b>.md"]).render([view])
    assert "Not shown: the check was stopped" in page
    assert "<li>docs/&lt;b&gt;slow&lt;/b&gt;.md</li>" in page
    assert page.index("Not shown") < page.index("<main>")
    assert "Not shown" not in HtmlViewFormat().render([view])


def test_an_intact_ledger_whose_report_was_not_compared_says_not_compared_not_not_found(
    tmp_path: Path,
) -> None:
    # The banner said "the report itself not found" whenever verify did not compare the report, also when it
    # was there but outside the ledger's folder (not read, as a warning said): the page stated a fact it did
    # not know.
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    (tmp_path / "brief.md").unlink()
    page = HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html")])
    (banner,) = re.findall(r'<div class="banner [a-z]+">Ledger verified intact(.*?)</div>', page, flags=re.S)
    assert "the report NOT compared" in banner and "not found" not in banner


def _banner(page: str) -> str:
    found = re.search(r'<div class="banner bad">(.*?)<ul class="problems">', page, flags=re.S)
    assert found is not None
    return found.group(1)


def test_a_report_edited_after_its_check_is_said_to_have_changed_not_the_ledger_to_be_altered(
    tmp_path: Path,
) -> None:
    """A sentence added to the report after its check: the banner said "What it records below may have been
    altered" of a ledger whose lines and evidence all re-hashed as recorded."""
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    report = tmp_path / "brief.md"
    report.write_text(report.read_text(encoding="utf-8") + "\nA sentence added later.\n", encoding="utf-8")
    banner = _banner(HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html")]))
    assert "The report is not the one the last run checked (changed since)" in banner
    assert "Its lines and evidence re-hashed as recorded." in banner
    assert "may have been altered" not in banner


def test_a_report_edited_and_a_warc_damaged_still_say_the_records_may_have_been_altered(
    tmp_path: Path,
) -> None:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    report = tmp_path / "brief.md"
    report.write_text(report.read_text(encoding="utf-8") + "\nA sentence added later.\n", encoding="utf-8")
    warc = next((tmp_path / "archives").glob("brief.md-fn1-*.warc.gz"))
    warc.write_bytes(warc.read_bytes()[:-8])
    banner = _banner(HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html")]))
    assert "What it records below may have been altered." in banner
    assert "re-hashed as recorded" not in banner


def _ledger_of_runs(folder: Path, runs: int) -> Path:
    """`runs` check runs of the sample report, one after another, each recording the same four footnotes."""
    footnotes = sample_footnotes(folder, None)
    for _ in range(runs - 1):
        write_ledger(folder, footnotes)
    return write_ledger(folder, footnotes)


def _counts_of(page: str) -> str:
    found = re.search(r'<p class="counts">(.*?)</p>', page)
    assert found is not None
    return found.group(1)


def _list_fewer_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """verify lists the first 2 and the last 3 runs and counts those between (10,100 of a real ledger)."""
    monkeypatch.setattr(verdict, "RUNS_LISTED_FIRST", 2)
    monkeypatch.setattr(verdict, "RUNS_LISTED_LAST", 3)


def test_a_damaged_warc_of_the_last_run_is_marked_on_its_card_in_a_ledger_of_more_runs_than_verify_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Past the runs verify lists (10,100: a CI check a day for years), its runs no longer numbered as many as
    # the view's: no card was marked, and the count said "verified 1" beside a WARC that no longer matched.
    _list_fewer_runs(monkeypatch)
    ledger = _ledger_of_runs(tmp_path, 7)
    warc = next((tmp_path / "archives").glob("brief.md-fn1-*.warc.gz"))
    warc.write_bytes(warc.read_bytes()[:-8])
    for run in (7, 6, 1):  # the last run (the default view), one before it and the first, each listed
        view = load_view(ledger, tmp_path / "v.html", run_number=run)
        assert view.verification is not None and view.verification.runs_not_listed is not None
        page = HtmlViewFormat().render([view])
        cards = _cards(page)
        assert _ALTERED in cards["1"] and "sha256 does not match" in cards["1"], run
        assert [label for label, head in cards.items() if _ALTERED in head] == ["1"], run
        assert "(1 of the verified with a problem verify found in its line or evidence)" in _counts_of(page)


def test_a_run_verify_counts_without_listing_says_its_cards_cannot_say_which_has_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _list_fewer_runs(monkeypatch)
    ledger = _ledger_of_runs(tmp_path, 7)
    warc = next((tmp_path / "archives").glob("brief.md-fn1-*.warc.gz"))
    warc.write_bytes(warc.read_bytes()[:-8])
    view = load_view(ledger, tmp_path / "v.html", run_number=4)  # runs 3 and 4 are counted, not listed
    page = HtmlViewFormat().render([view])
    counts = html.unescape(_counts_of(page))
    assert "verify lists the first 2 and the last 3 runs of this ledger by line and counts the 2 between" in (
        counts
    )
    assert "which of these footnotes the problems it found name is not known here, and no card is marked" in (
        counts
    )
    assert not any(_ALTERED in head for head in _cards(page).values())


def test_an_intact_ledger_of_more_runs_than_verify_lists_says_nothing_of_unmarked_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _list_fewer_runs(monkeypatch)
    ledger = _ledger_of_runs(tmp_path, 7)
    page = HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html", run_number=4)])
    assert "not known here" not in page and not any(_ALTERED in head for head in _cards(page).values())


def test_a_view_whose_runs_verify_read_otherwise_says_its_cards_cannot_say_which_has_a_problem(
    tmp_path: Path,
) -> None:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    warc = next((tmp_path / "archives").glob("brief.md-fn1-*.warc.gz"))
    warc.write_bytes(warc.read_bytes()[:-8])
    view = load_view(ledger, tmp_path / "v.html")
    assert view.verification is not None
    runs = view.verification.run_evidence
    other = replace(view, verification=view.verification.model_copy(update={"run_evidence": runs * 2}))
    page = HtmlViewFormat().render([other])
    counts = html.unescape(_counts_of(page))
    assert "verify read 2 runs in this ledger where this page reads 1" in counts
    assert not any(_ALTERED in head for head in _cards(page).values())


def _sign_over(ledger: Path, sealed_line: int, key: Path) -> None:
    """A signature line appended to `ledger`, over the head of its line `sealed_line` (1-based), not of the
    line before it: the head a bundle was packed at, signed after a later run."""
    lines = ledger.read_bytes().splitlines()
    head = sha256_hex(lines[sealed_line - 1])
    public_key, signature = sign_head(load_private_key(key), head)
    seal = {
        "kind": "signature", "seq": len(lines), "at": json.loads(lines[-1])["at"], "prev": head,
        "algorithm": "ed25519", "public_key": public_key, "signature": signature,
    }  # fmt: skip
    ledger.write_bytes(b"".join(line + b"\n" for line in [*lines, canonical_json(seal)]))


def _header_rows(page: str) -> dict[str, str]:
    """The run header's rows as text (tags taken out), by name."""
    rows = re.findall(r"<dt>([^<]*)</dt><dd>(.*?)</dd>", page, flags=re.S)
    return {name: html.unescape(re.sub(r"<[^>]+>", "", value)) for name, value in rows}


def test_a_signature_over_the_first_runs_head_after_the_second_run_is_not_said_to_seal_the_second(
    tmp_path: Path,
) -> None:
    # Lines 1-6 run 1, lines 7-12 run 2, line 13 a signature whose prev is line 6's hash. Run 2's page said
    # "it matches lines 1 to 12" beside the signature, and run 1's "which seals every line before it".
    footnotes = sample_footnotes(tmp_path, None)
    write_ledger(tmp_path, footnotes)
    ledger = write_ledger(tmp_path, footnotes)
    _sign_over(ledger, 6, generate_key_files(tmp_path / "signing.key").private)

    second = _header_rows(HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html", run_number=2)]))
    signed = second["signed (as recorded)"]
    assert "line 13: it matches lines 1 to 6; it does not seal lines 7 to 12, this run's among them" in signed
    assert "lines 1 to 12" not in signed and "sealed later" not in second

    first = _header_rows(HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html", run_number=1)]))
    later = first["sealed later"]
    assert later.startswith("by a signature after a later run, line 13, which seals lines 1 to 6, this run's")
    assert "every line before it" not in later and "it matches lines 1 to 6" in later


def test_a_run_a_seal_over_an_earlier_head_follows_is_said_sealed_by_a_later_seal_only_as_far_as_it_holds(
    tmp_path: Path,
) -> None:
    # The seal right after run 2 does not cover it, so the page looks past it, to the one after run 3; whose
    # chain runs from line 13 to line 6: it does not reach run 2's lines either, and the row says so.
    footnotes = sample_footnotes(tmp_path, None)
    write_ledger(tmp_path, footnotes)
    ledger = write_ledger(tmp_path, footnotes)
    key = generate_key_files(tmp_path / "signing.key").private
    _sign_over(ledger, 6, key)  # line 13: over run 1 only
    write_ledger(tmp_path, footnotes)  # run 3, lines 14-19
    _sign_over(ledger, 19, key)  # line 20: over the line before it

    second = _header_rows(HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html", run_number=2)]))
    assert "it does not seal lines 7 to 12, this run's among them" in second["signed (as recorded)"]
    later = second["sealed later"]
    assert later.startswith("by a signature after a later run, line 20,")
    assert "it no longer matches lines 1 to 19: the chain breaks at line 13" in later
    assert "it matches lines" not in later


def test_a_recorded_verification_a_seal_over_an_earlier_head_follows_is_said_unsealed(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    verified = verify_ledger(ledger)
    record_verification(  # line 7
        ledger,
        verified.head,
        operator="Dr. A. Expert",
        host="lab",
        intact=True,
        problems=0,
        warnings=0,
        options={},
    )
    _sign_over(ledger, 6, generate_key_files(tmp_path / "signing.key").private)  # line 8, over line 6

    rows = _header_rows(HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html")]))

    said = rows["verification (as recorded)"]
    assert "unsealed: the seals after it seal only lines before it" in said
    assert "a later seal covers the line" not in said


def test_a_ledger_an_editor_saved_with_a_byte_order_mark_says_so_in_its_banner_not_that_it_may_be_altered(
    tmp_path: Path,
) -> None:
    # Saved by an editor that puts a BOM first: verify names it, reads line 1 without it, and finds every line
    # and WARC as recorded; the banner said "What it records below may have been altered."
    footnotes = sample_footnotes(tmp_path, None)
    write_ledger(tmp_path, footnotes)
    ledger = write_ledger(tmp_path, footnotes)
    ledger.write_bytes(b"\xef\xbb\xbf" + ledger.read_bytes())
    banner = html.unescape(_banner(HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html")])))
    assert "The ledger file begins with a byte order mark, which <code>check</code> never writes" in banner
    assert "Its lines and evidence re-hashed as recorded." in banner
    assert "may have been altered" not in banner


def test_a_ledger_with_a_byte_order_mark_and_a_damaged_warc_still_says_it_may_have_been_altered(
    tmp_path: Path,
) -> None:
    footnotes = sample_footnotes(tmp_path, None)
    write_ledger(tmp_path, footnotes)
    ledger = write_ledger(tmp_path, footnotes)
    ledger.write_bytes(b"\xef\xbb\xbf" + ledger.read_bytes())
    warc = next((tmp_path / "archives").glob("brief.md-fn1-*.warc.gz"))
    warc.write_bytes(warc.read_bytes()[:-8])
    banner = _banner(HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html")]))
    assert "What it records below may have been altered." in banner
    assert "re-hashed as recorded" not in banner


def test_the_last_runs_damaged_footnote_is_marked_when_earlier_runs_fill_the_problems_verify_lists(
    tmp_path: Path,
) -> None:
    # 120 runs naming the one WARC that no longer matches: verify lists the first 100 problems, all of
    # earlier runs, and the last run's verified footnote showed no mark, its count nothing of it.
    footnotes = sample_footnotes(tmp_path, None)
    for _ in range(120):
        ledger = write_ledger(tmp_path, footnotes)
    warc = next((tmp_path / "archives").glob("brief.md-fn1-*.warc.gz"))
    warc.write_bytes(warc.read_bytes()[:-8])
    view = load_view(ledger, tmp_path / "v.html")
    assert view.verification is not None and view.verification.more_problems == 20

    page = HtmlViewFormat().render([view])

    cards = _cards(page)
    assert _ALTERED in cards["1"] and "sha256 does not match" in cards["1"]
    assert [label for label, head in cards.items() if _ALTERED in head] == ["1"]
    assert "(1 of the verified with a problem verify found in its line or evidence)" in _counts_of(page)


def _record_intact(ledger: Path) -> None:
    """`verify --record`'s line, appended as it records an intact ledger."""
    head = verify_ledger(ledger).head
    record_verification(
        ledger, head, operator="Ada", host="lab", intact=True, problems=0, warnings=0, options={}
    )


def test_recorded_verifications_before_a_seal_are_covered_by_it_and_one_after_it_is_unsealed(
    tmp_path: Path,
) -> None:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    for _ in range(3):  # lines 7, 8 and 9
        _record_intact(ledger)
    _sign_over(ledger, 9, generate_key_files(tmp_path / "signing.key").private)  # line 10
    _record_intact(ledger)  # line 11

    page = HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html")])

    said = [
        html.unescape(re.sub(r"<[^>]+>", "", value))
        for value in re.findall(r"<dt>verification \(as recorded\)</dt><dd>(.*?)</dd>", page, flags=re.S)
    ]
    assert [re.findall(r"line (\d+): their word", s) for s in said] == [["7"], ["8"], ["9"], ["11"]]
    assert all(s.endswith("; a later seal covers the line") for s in said[:3])
    assert said[3].endswith("unsealed: no seal follows it: anyone could have written it")


def test_a_footnote_of_thousands_of_recorded_quotes_says_how_many_its_source_text_was_not_searched_for(
    tmp_path: Path,
) -> None:
    footnotes = sample_footnotes(tmp_path, None)
    first = footnotes[0]
    quotes = (*(f"voted {number:04d} times" for number in range(1_000)), "voted to reopen the bridge")
    footnotes[0] = replace(first, contexts=(Context(line=3, text="It voted.", quotes=quotes),))
    page = HtmlViewFormat().render([load_view(write_ledger(tmp_path, footnotes), tmp_path / "v.html")])
    card = page[page.index('data-label="1"') : page.index('data-label="2"')]
    said = "951 more quoted passages of this footnote not searched for in this text by this page"
    assert f"<strong>{said}</strong>" in card
    assert card.count("<li><q>voted ") == 50  # the first 50, each listed as not found verbatim
