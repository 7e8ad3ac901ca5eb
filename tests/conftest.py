"""Shared fixtures: local HTTP(S) servers on 127.0.0.1 and a test CA (see tests/support/servers.py)."""

from __future__ import annotations

import logging
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from provenance.capture.browser.chromium import BASE_FLAGS, find_chromium
from tests.support.converters import Converted, convert_examples
from tests.support.servers import FixtureServer, LocalCA, make_local_ca
from tests.support.warcs import check_warc

# No time limit on one hypothesis example. Its default (200 ms) fails a property test whose example a loaded
# machine or a full collection of the session's heap (one process for the whole suite) held up for longer:
# DeadlineExceeded, or "Unreliable test timings" when the replay was quick. The tests that bound a parser's
# time set a deadline of their own (10 s), which this leaves as it is.
settings.register_profile("provenance", deadline=None)
settings.load_profile("provenance")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "tampers_with_evidence: the test damages WARC files on purpose")
    # The tests send Ctrl-C to the processes they start, as a terminal does to its foreground job. A session
    # started as a shell script's background job inherits SIGINT ignored, and passes it on to every process
    # it starts (an ignored signal survives exec): `provenance`, which keeps an ignored Ctrl-C ignored as it
    # must for a background job of the user's, would then ignore each test's Ctrl-C. Restored here, the
    # processes the tests start get the default, as under a terminal.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def every_warc_passes_warcio_check(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test, warcio's checker must pass on every WARC it left in its tmp_path (none can forget)."""
    checked = "tmp_path" in request.fixturenames and not request.node.get_closest_marker(
        "tampers_with_evidence"
    )
    # Asked for before the test runs, so tmp_path is torn down after this check, not before.
    tmp_path: Path | None = request.getfixturevalue("tmp_path") if checked else None
    yield
    for path in sorted(tmp_path.rglob("*.warc.gz")) if tmp_path else ():
        # A test may plant a symlink to a kernel file (/proc/self/pagemap) named like a WARC: the check reads
        # only the regular files the test wrote, or it would hang where the code under test did not.
        if not path.is_symlink() and path.is_file():
            check_warc(path)


# The `provenance` logger as the session found it, before any test ran `cli.main`.
_PACKAGE_LOGGER = logging.getLogger("provenance")
_LOGGER_AT_START = (_PACKAGE_LOGGER.handlers[:], _PACKAGE_LOGGER.level, _PACKAGE_LOGGER.propagate)


@pytest.fixture(autouse=True)
def logging_left_as_it_was() -> Iterator[None]:
    """`cli.main` sets up the `provenance` logger for its run (its own handler, no propagation to the root):
    a test that calls it must not keep a later test's `caplog` from seeing the package's records. Put back
    as the session found it, not as this test found it: a module-scoped fixture that ran `cli.main` (set up
    before this fixture) left it changed for every test after, in any module."""
    yield
    handlers, level, propagate = _LOGGER_AT_START
    _PACKAGE_LOGGER.handlers[:], _PACKAGE_LOGGER.propagate = handlers, propagate
    _PACKAGE_LOGGER.setLevel(level)


@pytest.fixture(autouse=True)
def no_archive_lookup_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test asks the real Memento TimeGate: archive lookups are off unless a test passes --timegate."""
    monkeypatch.setenv("PROVENANCE_TIMEGATE", "none")


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Converted:
    """brief.md, sitrep.txt and a long report as DOCX (pandoc) and PDF (LibreOffice), made once."""
    return convert_examples(tmp_path_factory.mktemp("converted"))


@pytest.fixture(scope="session")
def local_ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCA:
    """A test CA and a server certificate for TLS_NAMES and 127.0.0.1; trust it with `ca_bundle`."""
    return make_local_ca(tmp_path_factory.mktemp("local-ca"))


@pytest.fixture
def fixture_server() -> Iterator[FixtureServer]:
    """A started plain-HTTP FixtureServer on 127.0.0.1 with an empty route table (add to `.routes`)."""
    with FixtureServer() as server:
        yield server


@pytest.fixture
def tls_fixture_server(local_ca: LocalCA) -> Iterator[FixtureServer]:
    """A started HTTPS FixtureServer on 127.0.0.1 whose certificate `local_ca` signed."""
    with FixtureServer(tls=local_ca) as server:
        yield server


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    """An empty folder for WARC files."""
    folder = tmp_path / "archives"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def base_url() -> str | None:
    """No base URL: the view tests open files. This replaces pytest-playwright's own `base_url`, a fixture
    written as a method, which pytest 9.2 warns will stop working."""
    return None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's browser: the system Chromium (`playwright install` cannot download one here),
    with the flags `--browser` uses, which keep it off the network."""
    return {**browser_type_launch_args, "executable_path": str(find_chromium()), "args": list(BASE_FLAGS)}
