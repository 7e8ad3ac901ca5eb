"""The argument parser's own refusals (cli.parsing): one line naming the mistake, exit 2, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import cli


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "report.md").write_text("Claim [1].\n\n[1] https://example.com/a\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("argv", "told"),
    [
        (
            ["check", "--offline", "--citations", "report.md"],
            "REPORT; report.md was taken as the value of --citations, which needs a FILE of its own "
            "(see: provenance check --help)",
        ),
        (
            ["verify", "--archive-dir", "report.md", "--json"],
            "LEDGER; report.md was taken as the value of --archive-dir, which needs a DIR of its own "
            "(see: provenance verify --help)",
        ),
        (
            ["verify", "--report", "report.md"],
            "LEDGER; report.md was taken as the value of --report, which needs a REPORT of its own "
            "(see: provenance verify --help)",
        ),
    ],
)
def test_a_missing_argument_the_option_before_it_took_is_named_as_taken(
    folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str], told: str
) -> None:
    # "the following arguments are required: REPORT", said of a command line naming the report, sent no one
    # to the option that had swallowed it.
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == f"provenance: error: the following arguments are required: {told}\n"
    assert sorted(path.name for path in folder.iterdir()) == ["report.md"]


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--offline"],
        ["check", "--archive-dir", "evidence"],  # a folder's name, no report: the report is missing, no more
        ["check", "--citations", "notes.json"],  # a file not there
    ],
)
def test_a_missing_argument_with_no_file_taken_for_it_is_named_alone(
    folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    (folder / "evidence").mkdir()
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert (
        err
        == "provenance: error: the following arguments are required: REPORT (see: provenance check --help)\n"
    )


@pytest.mark.parametrize(
    ("url", "told"),
    [
        (
            "https://news.example/a b",
            "'https://news.example/a b' holds a space, which no URL holds (in a path or a query, write it "
            "as %20)",
        ),
        ("https://news.example/a\nb", "'https://news.example/a\\nb' holds a line break, which no URL holds"),
        ("https://news.example/\u00a0", "holds the character U+00A0, which no URL holds"),
        (
            "http://1.1.1.1:99999/",
            "'http://1.1.1.1:99999/' is not an absolute http(s) URL (Port out of range 0-65535)",
        ),
        ("https://[::1/", "'https://[::1/' is not an absolute http(s) URL (Invalid IPv6 URL)"),
        ("http://:80/", "'http://:80/' is not an absolute http(s) URL (it names no host)"),
        (
            "ftp://files.example/a",
            "'ftp://files.example/a' is not an absolute http(s) URL (its scheme is ftp:, and only http and "
            "https are fetched)",
        ),
        # was captured as `url:` (exit 1), though no request can ever be made for it
        (
            "http://b\u00fccher..example/",
            "'http://b\u00fccher..example/' cannot be requested (host name 'b\u00fccher..example' is not a "
            "valid international name",
        ),
    ],
    ids=["space", "line-break", "no-break-space", "port", "ipv6", "no-host", "ftp", "idna"],
)
def test_a_url_that_cannot_be_fetched_is_refused_saying_what_is_wrong_with_it(
    folder: Path, capsys: pytest.CaptureFixture[str], url: str, told: str
) -> None:
    # Each was "is not an absolute http(s) URL", of a URL that plainly was one but for a space.
    code = cli.main(["capture", url])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith("provenance: error: argument URL: ") and err.count("\n") == 1
    assert told in err
    assert sorted(path.name for path in folder.iterdir()) == ["report.md"], "no archive folder made"


def test_the_proxy_option_s_help_names_the_one_kind_of_proxy_it_takes(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It said "http(s) proxy URL": an https:// proxy, so invited, was then refused.
    with pytest.raises(SystemExit):
        cli.main(["capture", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "http://[user:password@]host:port" in shown
    assert "https:// and socks proxies are not supported" in shown
    assert cli.main(["capture", "--proxy", "https://proxy.example:3128", "http://news.example/"]) == 2
    assert "https:// and socks proxies are not supported" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("option", "value", "told"),
    [
        (
            "--allow-host",
            "http://intranet.example/",
            "is not a host name (give the host alone: intranet.example)",
        ),
        (
            "--allow-host",
            "intranet.example:8080",
            "is not a host name (give the host alone: intranet.example)",
        ),
        ("--allow-host", "https://b\u00fccher.example/a", "(give the host alone: b\u00fccher.example)"),
        (
            "--allow-host",
            "[::1]:80",
            "is not a host name (e.g. intranet.example)",
        ),  # no host --allow-host takes
        ("--timeout", "30s", "'30s' is not a number of seconds (write it without its unit: 30)"),
        ("--footnote-timeout", "90S", "'90S' is not a number of seconds (write it without its unit: 90)"),
        ("--timeout", "soon", "'soon' is not a number of seconds (see:"),
        ("--contact", "desk@news.example", "(an address is written mailto:desk@news.example)"),
    ],
)
def test_an_option_value_in_a_form_close_to_the_one_taken_names_that_form(
    folder: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, told: str
) -> None:
    code = cli.main(["check", "report.md", "--offline", option, value])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith(f"provenance: error: argument {option}: ") and err.count("\n") == 1
    assert told in err
    assert sorted(path.name for path in folder.iterdir()) == ["report.md"]


@pytest.mark.parametrize(
    ("argv", "told"),
    [
        (["report.md"], "'report.md' is a file here, not a command: to check it, provenance check report.md"),
        (
            ["-v", "drafts"],
            "'drafts' is a folder here, not a command: to check its reports, provenance check "
            "'drafts/**/*.md'",
        ),
        (
            ["report.md.ledger.jsonl"],
            "'report.md.ledger.jsonl' is a file here, not a command: to verify it, "
            "provenance verify report.md.ledger.jsonl",
        ),
        (["chek", "report.md"], "'chek' is not a command: did you mean check?"),
        (["Verify", "x.jsonl"], "'Verify' is not a command: did you mean verify?"),
        (["bogus"], "argument COMMAND: invalid choice: 'bogus' (choose from 'check', "),  # nothing close
    ],
)
def test_a_word_that_is_no_command_is_named_for_what_it_is(
    folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str], told: str
) -> None:
    # Each was "argument COMMAND: invalid choice: 'report.md' (choose from 'check', 'extract', ...)".
    (folder / "drafts").mkdir()
    (folder / "report.md.ledger.jsonl").write_text("", encoding="utf-8")
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith(f"provenance: error: {told}") and err.endswith(" (see: provenance --help)\n")
    assert err.count("\n") == 1


def test_a_settings_file_s_proxy_that_cannot_be_used_is_named_with_the_file_and_key_its_password_hidden(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The run said "--proxy 'socks5://…'", an option the command line never gave.
    (folder / "provenance.toml").write_text(
        'proxy = "socks5://desk:s3cret@proxy.example:1080"\n', encoding="utf-8"
    )
    code = cli.main(["check", "report.md", "--timeout", "1"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == (
        "provenance: error: provenance.toml: key 'proxy': 'socks5://desk:***@proxy.example:1080': give an "
        "HTTP proxy as http://host:port (https:// and socks proxies are not supported)\n"
    )
    code = cli.main(["check", "report.md", "--no-config", "--proxy", "https://KEY@proxy.example:3128"])
    err = capsys.readouterr().err
    assert code == 2 and "s3cret" not in err and "KEY" not in err
    assert err.startswith(
        "provenance: error: argument --proxy: 'https://***@proxy.example:3128': give an HTTP"
    )
    assert sorted(path.name for path in folder.iterdir()) == ["provenance.toml", "report.md"]


@pytest.mark.parametrize(
    "argv",
    [
        [
            "check",
            "--offline",
            "--archive-dir",
            "report.md",
            "report.md",
        ],  # went on: nothing is captured offline
        ["check", "--offline", "--archive-dir", "report.md"],  # "REPORT" required, of a line naming it
        ["capture", "--archive-dir", "report.md", "http://news.example/"],
        ["locate", "report.md", "--archive-dir=report.md"],
    ],
)
def test_a_file_given_as_the_archive_folder_is_refused_before_anything_runs(
    folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == (
        "provenance: error: argument --archive-dir: 'report.md' is a file here, not a folder: it names the "
        f"folder the WARC files go in (see: provenance {argv[0]} --help)\n"
    )
    assert sorted(path.name for path in folder.iterdir()) == ["report.md"]


def test_an_archive_folder_that_is_a_device_is_named_for_what_it_is(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["capture", "--archive-dir", "/dev/null", "http://news.example/"]) == 2
    assert "'/dev/null' is a character device here, not a folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("rule", "told"),
    [
        # matched nothing, in silence: no URL names such a host
        (
            "news example:80:127.0.0.1:8080",
            "'news example:80:127.0.0.1:8080' holds a space, which no host name holds",
        ),
        # the option's name was said twice: "argument --connect-to: --connect-to 'a:1:b': expected ..."
        ("a:1:b", "'a:1:b': expected HOST1:PORT1:HOST2:PORT2 (IPv6 in [..])"),
    ],
)
def test_a_connect_to_rule_that_cannot_match_is_refused_naming_the_option_once(
    folder: Path, capsys: pytest.CaptureFixture[str], rule: str, told: str
) -> None:
    code = cli.main(["check", "report.md", "--offline", "--connect-to", rule])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == f"provenance: error: argument --connect-to: {told} (see: provenance check --help)\n"
    assert sorted(path.name for path in folder.iterdir()) == ["report.md"]


@pytest.mark.parametrize(
    ("argv", "told"),
    [
        (["check", "report.md", "-quiet"], "-quiet: a long option takes two dashes: --quiet"),
        (["check", "report.md", "-verbose"], "-verbose: a long option takes two dashes: --verbose"),
        (["check", "report.md", "-offline"], "unrecognized arguments: -offline (did you mean --offline?)"),
        (["check", "report.md", "-jobs", "3"], "unrecognized arguments: -jobs 3 (did you mean --jobs?)"),
    ],
)
def test_a_long_option_with_one_dash_names_it_with_two(
    folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str], told: str
) -> None:
    # `-quiet` was "argument -q/--quiet: ignored explicit argument 'uiet'"; `-offline` was "unrecognized".
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == f"provenance: error: {told} (see: provenance check --help)\n"
    assert sorted(path.name for path in folder.iterdir()) == ["report.md"]
