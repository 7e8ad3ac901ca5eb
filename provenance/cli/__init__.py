"""The command line: parse arguments, call the library, render. Errors are caught once, in `main`.

Each command is one module in `provenance.cli.commands` with `add_arguments` and `run`; a module imports the
library inside `run`, so `provenance --version` and a command's `--help` load nothing they do not show.
"""

from __future__ import annotations

import atexit
import gc
import logging
import os
import select
import signal
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType

from provenance.cli.common import output_errors_named
from provenance.cli.config import parse_arguments
from provenance.cli.parsing import command_module
from provenance.errors import ProvenanceError, UsageError

EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
EXIT_OUTPUT_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for a tool whose reader went away (`| head`)
_EXIT_FLUSH_FAILED = 120  # what Python itself exits with when the last flush of its output fails


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so every `with` and `finally` cleans up as for Ctrl-C."""


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated


@contextmanager
def _terminate_like_interrupt() -> Iterator[None]:
    """While a command runs, SIGTERM unwinds the stack (locks released, temporary files removed)."""
    try:
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread (a test calling main): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stderr` is when a record comes, not what it was when the handler was made."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


class _EscapingFormatter(logging.Formatter):
    """A log line names URLs and what servers answered: control characters in them are shown escaped."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        from provenance.escaping import disarm_workflow_commands, escape_unprintable

        return disarm_workflow_commands(escape_unprintable(super().formatMessage(record)))


def configure_logging(verbosity: int) -> None:
    """-v: what the run does (INFO), -vv: in detail (DEBUG), as lines on stderr; else warnings only."""
    level = logging.WARNING if verbosity <= 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    handler = _StderrHandler()
    handler.setFormatter(_EscapingFormatter("provenance: %(name)s: %(message)s"))
    package = logging.getLogger("provenance")
    package.handlers[:] = [handler]
    package.setLevel(level)
    package.propagate = False


def _null_for_closed_standard_streams() -> None:
    """A standard output the shell closed (`>&-`, `2>&-`) is the null device for the run: what would go there
    is discarded, as the user asked, instead of failing on a missing stream; and the descriptor is taken, so
    no file the run opens (a ledger, a WARC) gets number 1 or 2, where a child process would write."""
    for descriptor, name in ((1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        try:
            os.fstat(descriptor)
        except OSError:  # closed: the null device takes its number
            null = os.open(os.devnull, os.O_WRONLY)
            if null != descriptor:
                os.dup2(null, descriptor)
                os.close(null)
            setattr(sys, name, open(descriptor, "w", encoding="utf-8", closefd=False))  # noqa: SIM115 (for the run)
        else:  # the number is taken by something else: write nowhere rather than into it
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (for the run)


def main(argv: Sequence[str] | None = None) -> int:
    _null_for_closed_standard_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        with _terminate_like_interrupt():
            args = parse_arguments(argv)
            if args.command is None:
                raise UsageError("choose a command (see: provenance --help)")
            configure_logging(args.verbose)
            code: int = command_module(args.command).run(args, argv)
            with output_errors_named():
                sys.stdout.flush()  # here, not at exit: a reader gone by now is caught below
            return code
    except ProvenanceError as error:
        print(f"provenance: error: {_shown(str(error))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("provenance: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("provenance: terminated", file=sys.stderr)
        return 128 + signal.SIGTERM
    except BrokenPipeError as error:
        if _silence_closed_outputs():  # `provenance verify LEDGER | head -1`: the reader has what it wanted
            return EXIT_OUTPUT_CLOSED
        return _internal_error(error, debug)
    except Exception as error:  # a bug: say so in one line, show the traceback only on request
        return _internal_error(error, debug)


def _shown(message: str) -> str:
    """An error's message as one line on stderr: it may name a file a glob found, quote a report or, for a
    bug, repeat what a page or a ledger held, so control characters are escaped and nothing in it is a
    command a CI runner would obey."""
    from provenance.escaping import disarm_workflow_commands, escape_unprintable

    return disarm_workflow_commands(escape_unprintable(message))


def _internal_error(error: Exception, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    print(
        f"provenance: internal error (a bug): {type(error).__name__}: {_shown(str(error))}; "
        "rerun with --debug for details",
        file=sys.stderr,
    )
    return EXIT_INTERNAL


def _silence_closed_outputs() -> bool:
    """Point stdout and stderr, where their reader has closed them, at the null device, so that nothing more
    (the interpreter's flush at exit neither) fails on them; False when neither was closed (the broken pipe
    was another one: a bug to report)."""
    closed = False
    for stream in (sys.stdout, sys.stderr):
        try:
            descriptor = stream.fileno()
        except (AttributeError, OSError, ValueError):  # replaced by a test, or already closed
            continue
        if _reader_gone(descriptor):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, descriptor)
            os.close(null)
            closed = True
    return closed


def _reader_gone(descriptor: int) -> bool:
    """A pipe or socket whose other end is closed polls as an error or a hang-up."""
    if not hasattr(select, "poll"):  # Windows: no way to ask; the broken pipe was the output's
        return True
    poller = select.poll()
    poller.register(descriptor, select.POLLOUT)
    return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))


# The `provenance` program's end, once `main_entry` runs it (None where `main` is called otherwise).
_program_end: _ProcessEnd | None = None


def main_entry() -> None:
    """The `provenance` program: `main`, then an exit without the interpreter's teardown (`_ProcessEnd`)."""
    global _program_end
    ending = _program_end = _ProcessEnd()
    atexit.register(ending.run)
    _without_pydantic_plugins()
    try:
        ending.code = main()
    finally:
        # Frozen, what is left is not walked by a last collection if the exit does go through the
        # interpreter's teardown (after `main` raised): after a check of 200 footnotes that walk took 0.15 s.
        gc.freeze()
    sys.exit(ending.code)


def _without_pydantic_plugins() -> None:
    """The program's models are validated without pydantic's plugins, unless the user set
    PYDANTIC_DISABLE_PLUGINS (then as they said).

    Pydantic looks its plugins up when it builds the first validator, by reading the entry points of every
    installed package (`importlib.metadata`): 5-8 ms and 32 M instructions of a check's start-up, before its
    first request, to find plugins that observe validation (tracing, metrics) of the program's own internal
    models, which tell a user of the command line nothing. A library caller (`provenance.cli.main`, tests)
    keeps pydantic's default: this is set for the `provenance` program only."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def keep_until_exit(value: object) -> None:
    """Hold `value` (a run's results) until the `provenance` program ends, so that it is never freed: freed
    object by object as the command returned, the results of a check of 200 footnotes (their captures,
    sources and checks) took 3-12 ms, just before the process ended without the teardown that would free
    them (`_ProcessEnd`). Nothing is held where the program is not running (a test or a library calling
    `main`, which may run many commands in one process): there `value` goes as usual."""
    if _program_end is not None:
        _program_end.kept.append(value)


class _ProcessEnd:
    """The exit handler registered as the program starts, so it runs after every handler registered during the
    run (they run last-in, first-out).

    By the time it runs, Python has waited for the run's threads and every handler a library registered
    during the run has run (thread pools joined, temporary files removed). It then ends the process with
    `main`'s code, skipping the teardown that would follow, which only frees memory the process is about to
    give back (15-20 ms a run). Every file the run wrote is closed by then (written atomically, or closed by
    its `with`); standard output and error are flushed here, and logging, whose own handler was registered
    before this one, is shut down here. A traced or profiled process (coverage, a profiler) exits the usual
    way, so that the tool watching it runs its own exit handler and saves what it measured.
    """

    def __init__(self) -> None:
        self.code: int | None = None  # None: `main` raised, and the exit goes the usual way
        self.kept: list[object] = []  # what the run left to the process's end (`keep_until_exit`)

    def run(self) -> None:
        if self.code is None or sys.gettrace() is not None or sys.getprofile() is not None:
            return
        logging.shutdown()
        code = self.code
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (AttributeError, OSError, ValueError):
                # Output lost (a full disk, a closed stream): never a success, as Python's own exit says.
                code = code or _EXIT_FLUSH_FAILED
        os._exit(code)
