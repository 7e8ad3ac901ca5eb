"""Operator mistakes: exit 2, one line with one `provenance: error:` prefix, nothing fetched or written.

Each case is a mistake a person makes at a terminal or in a CI file; the folder must look the same afterwards
(no ledger, no archive folder, no lock file), and the fixture server must have seen no request.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import cli
from tests.support.servers import FixtureServer, Reply

REPORT = "Claim.[1] Another.[2]\n\n[1] Desk, January 21, 2022, http://news.example/a\n[2] Desk, January 22.\n"


@pytest.fixture
def report(workdir: Path) -> Path:
    path = workdir / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.fixture
def served(fixture_server: FixtureServer) -> list[str]:
    fixture_server.routes["/a"] = Reply(body=b"<p>ok</p>")
    return ["--connect-to", f"news.example:80:127.0.0.1:{fixture_server.port}"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _files(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def _assert_refused_untouched(
    workdir: Path, server: FixtureServer, code: int, out: str, err: str, *needles: str
) -> None:
    assert (code, out) == (2, ""), err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("provenance: error: ") and err.count("provenance") == 1 + err.count(
        "provenance check --help"
    ), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, err
    assert _files(workdir) == sorted(["report.txt", *_files_before_extra(workdir)]), "nothing written"
    assert sum(server.hits.values()) == 0, "nothing fetched"


def _files_before_extra(workdir: Path) -> list[str]:
    """Files a test put there itself before the run (bundles, citations files)."""
    return [name for name in _files(workdir) if name != "report.txt" and name.startswith("given")]


# --- option values ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bundle", "content", "needles"),
    [
        ("given-missing.pem", None, ["given-missing.pem", "no such file"]),
        ("given-empty.pem", b"", ["given-empty.pem", "not a PEM file of CA certificates"]),
        ("given-text.pem", b"just some text\n", ["given-text.pem", "not a PEM file of CA certificates"]),
        ("given-der.pem", b"\x30\x82\x01\x0a\x02\x82", ["given-der.pem", "binary"]),
        (
            "given-broken.pem",
            b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
            ["given-broken.pem", "not a PEM file"],
        ),
    ],
    ids=["missing", "empty", "not-pem", "der", "broken-pem"],
)
def test_a_ca_bundle_that_is_missing_or_invalid_is_exit_2_before_any_fetch(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
    bundle: str,
    content: bytes | None,
    needles: list[str],
) -> None:
    if content is not None:
        (workdir / bundle).write_bytes(content)

    code, out, err = _run(capsys, "check", "report.txt", "--ca-bundle", bundle, *served)

    _assert_refused_untouched(workdir, fixture_server, code, out, err, *needles)


def test_a_ca_bundle_that_is_a_folder_is_exit_2(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    (workdir / "given-folder").mkdir()

    code, out, err = _run(capsys, "check", "report.txt", "--ca-bundle", "given-folder", *served)

    _assert_refused_untouched(workdir, fixture_server, code, out, err, "given-folder", "directory")


@pytest.mark.parametrize("proxy", ["notaurl", "ftp://proxy.example:21", "http://", "http://proxy:99999"])
def test_a_proxy_that_is_not_an_http_url_is_exit_2_before_any_fetch(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
    proxy: str,
) -> None:
    code, out, err = _run(capsys, "check", "report.txt", "--proxy", proxy, *served)

    _assert_refused_untouched(workdir, fixture_server, code, out, err, "--proxy")


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--timeout", "1e10", "between 0.01 and 3600 seconds"),
        ("--timeout", "inf", "between 0.01 and 3600 seconds"),
        ("--timeout", "1e300", "between 0.01 and 3600 seconds"),
        ("--timeout", "nan", "between 0.01 and 3600 seconds"),
        ("--timeout", "-1", "between 0.01 and 3600 seconds"),
        ("--jobs", "100000000000000000000", "between 1 and 256"),
        ("--per-host", "0", "between 1 and 256"),
        ("--max-bytes", "99999999999G", "between 1 and 10000000000 bytes"),
        ("--max-report-bytes", "0", "between 1 and 1000000000 bytes"),
        ("--lock-timeout", "1e300", "between 0 and 86400 seconds"),
        ("--lock-timeout", "-5", "between 0 and 86400 seconds"),
    ],
)
def test_a_numeric_option_out_of_range_is_exit_2_naming_the_range(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
    option: str,
    value: str,
    says: str,
) -> None:
    code, out, err = _run(capsys, "check", "report.txt", f"{option}={value}", *served)

    _assert_refused_untouched(workdir, fixture_server, code, out, err, option, says)


# --- paths ------------------------------------------------------------------------------------------------


def test_a_ledger_in_a_folder_that_does_not_exist_is_exit_2_and_no_folder_is_made(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(capsys, "check", "report.txt", "--ledger", "nonexistent/dir/x.jsonl", *served)

    _assert_refused_untouched(workdir, fixture_server, code, out, err, "nonexistent/dir", "does not exist")
    assert not (workdir / "nonexistent").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "-"],
        ["check", "report.txt", "--citations", "-"],
        ["check", "report.txt", "--ledger", "-"],
        ["extract", "-"],
        ["verify", "-"],
        ["keygen", "-o", "-"],
    ],
    ids=["check-report", "citations", "ledger", "extract", "verify", "keygen"],
)
def test_a_dash_for_standard_input_or_output_is_named_as_such_not_as_a_file(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    code, out, err = _run(capsys, *argv, *(served if argv[0] == "check" else []))

    assert (code, out) == (2, ""), err
    assert len(err.splitlines()) == 1 and err.startswith("provenance: error: "), err
    assert "'-': standard input and output are not read or written here" in err, err
    assert _files(workdir) == ["report.txt"], "nothing written"
    assert sum(fixture_server.hits.values()) == 0, "nothing fetched"
    assert not (workdir / "-").exists(), "no ledger or key file called -"


def test_a_report_file_called_dash_is_checked_as_dot_slash_dash(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    (workdir / "-").write_text(REPORT, encoding="utf-8")
    code, _, err = _run(capsys, "check", "./-", *served)

    assert code == 1, err  # note 2 names no source: checked, not refused
    assert (workdir / "-.ledger.jsonl").exists()


def test_the_same_report_spelled_two_ways_is_checked_once_not_left_waiting_on_its_own_lock(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = _run(
        capsys, "check", "report.txt", str(workdir / "report.txt"), "--lock-timeout", "5", *served
    )

    assert code == 1, err
    assert fixture_server.hits["/a"] == 1
    assert (workdir / "report.txt.ledger.jsonl").read_bytes().count(b'"kind":"run"') == 1


def test_a_report_over_max_report_bytes_is_exit_2_naming_the_option(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(capsys, "check", "report.txt", "--max-report-bytes", "50", *served)

    _assert_refused_untouched(
        workdir, fixture_server, code, out, err, "report.txt", "over the limit of 50", "--max-report-bytes"
    )


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/urandom", "/proc/self/pagemap", "/proc/self/environ"])
def test_a_device_or_kernel_file_as_the_report_is_exit_2_unread(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    capsys: pytest.CaptureFixture[str],
    special: str,
) -> None:
    code, out, err = _run(capsys, "check", special)

    _assert_refused_untouched(workdir, fixture_server, code, out, err, special, "not a regular file")


@pytest.mark.parametrize(
    ("argv", "told"),
    [
        (["check", "report.txt", "--ledger", "."], "--ledger .: is a directory; a ledger is a file"),
        (["check", "report.txt", "--ledger", "/"], "--ledger: '/' ends in '/', so it names a folder"),
        (
            ["locate", "report.txt", "--accounts", "given.csv", "--ledger", "."],
            "--ledger .: is a directory; a ledger is a file",  # as check says it
        ),
    ],
    ids=["check-dot", "check-root", "locate-dot"],
)
def test_a_ledger_named_as_a_folder_is_exit_2_not_an_internal_error(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    told: str,
) -> None:
    """`--ledger .` had no file name to name its lock and journal from: a ValueError, exit 3."""
    (workdir / "given.csv").write_text("name,platform,handle\nDesk,telegram,desk\n", encoding="utf-8")
    code, out, err = _run(capsys, *argv, *served)

    _assert_refused_untouched(workdir, fixture_server, code, out, err, told)


@pytest.mark.parametrize("size", [4, 4096, 1 << 20])
def test_a_report_of_nul_bytes_only_is_a_binary_file_exit_2_not_a_report_with_no_footnotes(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    capsys: pytest.CaptureFixture[str],
    size: int,
) -> None:
    """A zeroed or sparse file (`truncate -s 40M`) was read as UTF-32 text of NULs: no footnotes, exit 0."""
    (workdir / "given-zeroed.md").write_bytes(bytes(size))
    code, out, err = _run(capsys, "check", "given-zeroed.md")

    _assert_refused_untouched(workdir, fixture_server, code, out, err, "given-zeroed.md: binary file")


@pytest.mark.parametrize(
    ("fifo", "argv"),
    [
        ("given-citations.json", ["report.txt", "--citations", "given-citations.json"]),
        ("given-report.md", ["report.txt", "given-report.md"]),
    ],
    ids=["citations-file", "second-report"],
)
def test_a_fifo_as_an_input_is_exit_2_not_a_hang(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
    fifo: str,
    argv: list[str],
) -> None:
    import os

    os.mkfifo(workdir / fifo)

    code, out, err = _run(capsys, "check", *argv, *served)

    _assert_refused_untouched(workdir, fixture_server, code, out, err, fifo, "FIFO")


def test_citations_nested_a_hundred_thousand_deep_are_exit_2_nested_too_deeply(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    (workdir / "given-deep.json").write_text("[" * 100_000, encoding="utf-8")

    code, out, err = _run(capsys, "check", "report.txt", "--citations", "given-deep.json", *served)

    _assert_refused_untouched(workdir, fixture_server, code, out, err, "given-deep.json", "nested too deeply")


@pytest.mark.parametrize("out_path", ["given-file", "/proc/x"])
def test_schema_out_that_cannot_be_a_folder_is_exit_2(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    capsys: pytest.CaptureFixture[str],
    out_path: str,
) -> None:
    (workdir / "given-file").write_text("not a folder", encoding="utf-8")

    code, out, err = _run(capsys, "schema", "--out", out_path)

    _assert_refused_untouched(workdir, fixture_server, code, out, err, out_path)


# --- the command line itself --------------------------------------------------------------------------------


def test_debug_is_accepted_after_the_command_name(
    workdir: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "extract", "report.txt", "--debug")

    assert code == 0, err


def test_an_argparse_error_has_one_prefix_and_names_the_help_to_read(
    workdir: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "check", "report.txt", "--jobs", "0")

    assert (code, out) == (2, "")
    assert err == (
        "provenance: error: argument --jobs: '0' is not between 1 and 256 (see: provenance check --help)\n"
    )


def test_an_unknown_option_names_the_commands_help_not_the_programs(
    workdir: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # argparse names unknown arguments from the program's parser: `provenance locate x --bogus` sent the user
    # to `provenance --help`, which lists no option of locate's.
    code, out, err = _run(capsys, "locate", "report.txt", "--bogus")
    assert (code, out) == (2, "")
    assert err == "provenance: error: unrecognized arguments: --bogus (see: provenance locate --help)\n"
    code, out, err = _run(capsys, "--bogus")
    assert (code, out) == (2, "")
    assert err == "provenance: error: unrecognized arguments: --bogus (see: provenance --help)\n"


def test_a_commands_option_given_before_the_command_is_told_to_go_after_it(
    workdir: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `provenance --offline check x` said "unrecognized arguments: --offline (see: provenance check --help)",
    # a help that lists --offline.
    code, out, err = _run(capsys, "--offline", "check", "report.txt")
    assert (code, out) == (2, "")
    assert err == (
        "provenance: error: --offline: a command's options go after its name "
        "(provenance check ... --offline)\n"
    )
    assert _files(workdir) == ["report.txt"]
    code, _, err = _run(capsys, "check", "report.txt", "--offline", "--bogus")
    assert code == 2 and "unrecognized arguments: --bogus (see: provenance check --help)" in err


def test_no_command_has_one_prefix(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys)

    assert code == 2
    assert err == "provenance: error: choose a command (see: provenance --help)\n"


def test_a_citations_id_that_matches_no_footnote_is_a_warning_and_an_error_under_strict(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    (workdir / "given-citations.json").write_text('[{"id": "1"}, {"id": "7"}]', encoding="utf-8")

    code, out, err = _run(capsys, "extract", "report.txt", "--citations", "given-citations.json")
    assert code == 0
    assert out.startswith("{")
    assert err == (
        "provenance: warning: given-citations.json: item id '7' matches no footnote of the report\n"
    )

    code, out, err = _run(
        capsys, "check", "report.txt", "--citations", "given-citations.json", "--strict", *served
    )
    _assert_refused_untouched(workdir, fixture_server, code, out, err, "item id '7'", "--strict")


def test_a_citations_id_of_a_hundred_kilobytes_that_matches_no_footnote_is_quoted_clipped(
    workdir: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The warning quoted the whole id: a crafted citations file made a warning line of 100 KB.
    long_id = "7" * 100_000
    (workdir / "given-citations.json").write_text(f'[{{"id": "1"}}, {{"id": "{long_id}"}}]', encoding="utf-8")

    for command in (["extract", "report.txt"], ["check", "report.txt", "--offline"]):
        _, _, err = _run(capsys, *command, "--citations", "given-citations.json")
        warnings = [line for line in err.splitlines() if "matches no footnote" in line]
        assert len(warnings) == 1, command
        assert warnings[0].startswith("provenance: warning: given-citations.json: item id '777")
        assert warnings[0].endswith("… matches no footnote of the report")
        assert len(warnings[0]) < 400


def test_a_citations_id_written_as_its_marker_is_told_the_label_meant(
    workdir: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `"id": "[1]"` (the marker, not the label) matched nothing, and the warning did not say what would.
    (workdir / "given-citations.json").write_text('[{"id": "[1]"}, {"id": "[^9]"}]', encoding="utf-8")
    code, _, err = _run(capsys, "extract", "report.txt", "--citations", "given-citations.json")
    assert code == 0
    assert err.splitlines() == [
        "provenance: warning: given-citations.json: item id '[1]' matches no footnote of the report "
        "(did you mean '1'?)",
        "provenance: warning: given-citations.json: item id '[^9]' matches no footnote of the report",
    ]


@pytest.mark.parametrize(
    ("url", "told"),
    [
        ("example.com/a", "'example.com/a' has no scheme: give https://example.com/a"),
        ("notaurl", "'notaurl' is not an absolute http(s) URL"),
        ("ftp://files.example/a", "'ftp://files.example/a' is not an absolute http(s) URL"),
        # the report, meant for `check`, was told to be https://report.txt
        ("report.txt", "'report.txt' is a file here, not a URL: capture takes URLs"),
        (".", "'.' is a folder here, not a URL"),
    ],
    ids=["no-scheme", "no-url", "ftp", "a-file-here", "a-folder-here"],
)
def test_capture_of_what_is_no_http_url_is_a_usage_error_before_any_folder_is_made(
    workdir: Path, report: Path, capsys: pytest.CaptureFixture[str], url: str, told: str
) -> None:
    code, out, err = _run(capsys, "capture", "http://news.example/a", url, "--timeout", "1")

    assert (code, out) == (2, ""), err  # was exit 1, each URL "failed", the archive folder made
    assert len(err.splitlines()) == 1 and told in err, err
    assert _files(workdir) == ["report.txt"], "no archive folder, no WARC"


def test_capture_of_an_http_url_is_made(
    workdir: Path, fixture_server: FixtureServer, served: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    fixture_server.routes["/a"] = Reply(body=b"<p>ok</p>")
    code, _, err = _run(capsys, "capture", "HTTP://news.example/a", *served)

    assert code == 0, err
    assert fixture_server.hits["/a"] == 1


@pytest.mark.parametrize(
    ("argv", "told"),
    [
        (
            ["check", "report.txt", "--citations", "given-a.json", "--citations", "given-b.json"],
            "--citations",
        ),
        (["check", "report.txt", "--ledger", "a.jsonl", "--ledger=b.jsonl"], "--ledger"),
        (
            ["extract", "report.txt", "--citations", "given-a.json", "--citations", "given-b.json"],
            "--citations",
        ),
        (["check", "report.txt", "--html", "a.html", "--html", "b.html"], "--html"),
        (["extract", "report.txt", "--format", "json", "--format", "csl"], "--format"),
        (
            ["verify", "report.txt.ledger.jsonl", "--report", "report.txt", "--report", "given-a.json"],
            "--report",
        ),
        (["verify", "report.txt.ledger.jsonl", "--archive-dir", "a", "--archive-dir", "b"], "--archive-dir"),
        (["show", "report.txt.ledger.jsonl", "-o", "a.html", "-o", "b.html"], "-o"),
        (["schema", "--out", "a", "--out", "b"], "--out"),
        (["pack", "report.txt.ledger.jsonl", "-o", "a.wacz", "--output", "b.wacz"], "--output"),
    ],
    ids=[
        "check-citations",
        "check-ledger",
        "extract-citations",
        "check-html",
        "extract-format",
        "verify-report",
        "verify-archive-dir",
        "show-output",
        "schema-out",
        "pack-output",
    ],
)
def test_a_file_option_given_twice_with_two_files_is_refused_not_the_first_dropped(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    told: str,
) -> None:
    for name in ("given-a.json", "given-b.json"):
        (workdir / name).write_text('[{"id": "2", "URL": "http://news.example/a"}]', encoding="utf-8")
    code, out, err = _run(capsys, *argv, *(served if argv[0] == "check" else []))

    assert (code, out) == (2, ""), err
    assert len(err.splitlines()) == 1 and f"{told} given twice" in err and "give it once" in err, err
    assert sorted(_files(workdir)) == ["given-a.json", "given-b.json", "report.txt"], "nothing written"
    assert sum(fixture_server.hits.values()) == 0, "nothing fetched"


def test_a_file_option_given_twice_with_one_file_is_taken_once(
    workdir: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "cites.json").write_text('[{"id": "2", "author": [{"literal": "Desk"}]}]', encoding="utf-8")
    code, out, err = _run(
        capsys, "extract", "report.txt", "--citations", "cites.json", "--citations", "cites.json"
    )

    assert code == 0, err
    assert '"label": "2"' in out


@pytest.mark.parametrize(
    ("operator", "needle"),
    [
        ("", "'' names nobody: give who runs it, or leave --operator out for the login name"),
        ("  ", "names nobody: give who runs it"),
        ("Ana\nLima", "'Ana\\nLima' is not one line of printable text"),
    ],
    ids=["empty", "blank", "two-lines"],
)
def test_an_operator_that_names_nobody_is_exit_2_before_any_fetch(
    workdir: Path,
    report: Path,
    fixture_server: FixtureServer,
    served: list[str],
    capsys: pytest.CaptureFixture[str],
    operator: str,
    needle: str,
) -> None:
    # `--operator "$REVIEWER"` with the variable unset: the login name (a CI runner's) was recorded instead,
    # in silence, as who ran the capture.
    code, out, err = _run(capsys, "check", "report.txt", "--operator", operator, *served)

    _assert_refused_untouched(workdir, fixture_server, code, out, err, "argument --operator", needle)


def test_an_operator_s_name_with_spaces_and_punctuation_is_recorded(
    workdir: Path, report: Path, served: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "check", "report.txt", "-q", "--operator", "Ana Lima (fact desk)", *served)
    assert code == 1, err
    assert '"operator":"Ana Lima (fact desk)"' in (workdir / "report.txt.ledger.jsonl").read_text("utf-8")
