"""The `provenance` program's first code. Loading the command line takes a few tens of milliseconds; Ctrl-C
then (a command started and stopped at once, a script's loop interrupted) ends the program as Ctrl-C does in
a command: one line and exit 130, not a traceback. Nothing is loaded before but `provenance.loading` (the
garbage collector paused while the command line loads), so the window in which Ctrl-C still meets Python's
own handling is the interpreter's start and the few lines of the script pip writes."""

import sys

from provenance.loading import CodeLoading

_EXIT_INTERRUPTED = 130  # as `cli.EXIT_INTERRUPTED`, not imported: importing it is what may be interrupted


def run() -> None:
    try:
        with CodeLoading():
            from provenance.cli import main_entry
    except KeyboardInterrupt:
        sys.stderr.write("provenance: interrupted\n")
        sys.exit(_EXIT_INTERRUPTED)
    main_entry()
