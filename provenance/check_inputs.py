"""What a check reads and proves before anything is fetched or written: which reports (patterns expanded,
one part of a CI matrix), their ledgers, the reports themselves, the citations file, the output paths.

Every mistake a user can make in these is found here, so a run stops with exit 2 before any capture.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from provenance.citations.cite import CitationsFile, load_citations, unmatched_citation_warnings
from provenance.digits import ascii_int
from provenance.errors import UsageError
from provenance.escaping import escape_unprintable
from provenance.files import DEFAULT_MAX_REPORT_BYTES, KeptFiles, check_utf8_name, same_file
from provenance.ledger.paths import ledger_files
from provenance.ledger.runs import last_run_report, run_reports
from provenance.models import Report
from provenance.names import cited_speaker_keys
from provenance.output_files import OutputFiles
from provenance.readers import read_report
from provenance.results import CitedFootnote


def default_ledger_path(report_path: Path) -> Path:
    """The report's whole file name plus `.ledger.jsonl`, beside it."""
    return Path(f"{report_path}.ledger.jsonl")


_GLOB_CHARACTERS = frozenset("*?[")


def _is_report_candidate(match: str) -> bool:
    """A file a pattern may pick up as a report: not one this tool wrote beside a report (a verified copy;
    a ledger, its journal or lock; `locate`'s citations file), which a second run would otherwise check."""
    name = Path(match).name
    tool_made = ".verified." in name or ".ledger.jsonl" in name or name.endswith(".citations.json")
    return Path(match).is_file() and not tool_made


def expand_report_paths(arguments: Sequence[str]) -> list[Path]:
    """The reports named on the command line, with glob patterns expanded by the tool itself.

    Windows shells and CI configuration files hand patterns over unexpanded (`'docs/**/*.md'`); `**` reaches
    into subfolders. A pattern that matches nothing is a usage error: a typo must not pass as "all verified".
    Files the tool writes beside a report (`--attach`'s `NAME.verified.EXT`, ledgers with their journals and
    locks, `locate`'s `REPORT.citations.json`) are not reports of their own and are left out of a pattern's
    matches. Each report is named once, in the order given, however it is spelled
    (`a.md`, `./a.md`, its absolute path, a symlink to it): checked twice in one run, it would wait on its
    own ledger's lock.
    """
    paths: dict[str, Path] = {}
    for argument in arguments:
        if not argument:  # `Path("")` is the current folder
            raise UsageError("an empty report path")
        if _GLOB_CHARACTERS.isdisjoint(argument) or Path(argument).exists():
            found = [Path(argument)]
        else:
            found = [
                Path(match)
                for match in sorted(glob.glob(argument, recursive=True))
                if _is_report_candidate(match)
            ]
            if not found:
                raise UsageError(f"{argument}: no report matches this pattern")
        for path in found:
            paths.setdefault(os.path.realpath(path), path)
    return list(paths.values())


MAX_SHARDS = 10_000


@dataclass(frozen=True, repr=False, eq=False)
class Shard:
    """`--shard I/N`: the I-th of N parts of a report list (1-based), for a CI matrix of N machines."""

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        """`I/N`: whole numbers with 1 <= I <= N <= 10000."""
        index, slash, count = text.partition("/")
        part, parts = ascii_int(index.strip()), ascii_int(count.strip())
        if not slash or part is None or parts is None:
            raise UsageError(f"{text!r} is not I/N (e.g. 2/4: the second of four parts)")
        if not 1 <= parts <= MAX_SHARDS or not 1 <= part <= parts:
            raise UsageError(f"{text!r}: I/N needs 1 <= I <= N <= {MAX_SHARDS}")
        return cls(part, parts)

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def select(self, paths: Sequence[Path]) -> list[Path]:
        """This part's reports: the paths in order of their spelling (separators and `./` normalised), then
        every N-th from the I-th on, so parts differ in size by one report at most. Every machine of the
        matrix that is given the same reports (one checkout, one pattern) takes its own part without talking
        to the others; the order of the command line does not matter."""
        ordered = sorted(paths, key=lambda path: Path(os.path.normpath(path)).as_posix())
        return ordered[self.index - 1 :: self.count]


def shard_part(paths: Sequence[Path], shard: Shard | None) -> tuple[list[Path], tuple[str, ...]]:
    """This part's reports (all of them without `--shard`), and the warning of a part that holds none."""
    if shard is None:
        return list(paths), ()
    part = shard.select(paths)
    if part:
        return part, ()
    return [], (f"--shard {shard}: none of the {len(paths)} reports is in this part; nothing checked",)


def check_one_report_for_citations(report_paths: Sequence[Path], citations: Path | None) -> None:
    """A citations file's ids are the labels of one report's notes: given to several reports (a pattern), it
    would give its URL for note 1 to note 1 of each, and capture and check a source none of them cites."""
    if citations is not None and len(report_paths) > 1:
        raise UsageError(
            f"--citations {escape_unprintable(str(citations))}: its ids name the notes of one report, but "
            f"{len(report_paths)} reports were given; check each report with its own citations file"
        )


def resolve_ledgers(report_paths: Sequence[Path], ledger: Path | None) -> list[Path]:
    if ledger is not None and len(report_paths) > 1:
        raise UsageError("--ledger names one ledger, but several reports were given; drop --ledger")
    return [ledger or default_ledger_path(path) for path in report_paths]


def check_ledger_is_no_input(ledger: Path | None, reports: Sequence[Path], options: InputOptions) -> None:
    """`--ledger` naming a folder, the report, the citations file or the signing key is refused as that,
    before the file is read as a ledger: it was refused as a ledger with a bad line, "repair or move the
    ledger first", which told the user to edit the report."""
    if ledger is None:
        return
    if ledger.is_dir():  # `--ledger .` or `/`: the names made from its name (its lock, journal) had none
        raise UsageError(f"--ledger {escape_unprintable(str(ledger))}: is a directory; a ledger is a file")
    inputs = [(path, "a report being checked") for path in reports]
    inputs += [
        (path, what)
        for path, what in ((options.citations, "the citations file"), (options.key, "the signing key"))
        if path
    ]
    for path, what in inputs:
        if same_file(ledger, path):
            raise UsageError(
                f"--ledger {escape_unprintable(str(ledger))}: is {what}, and a run appends its lines to the "
                "ledger: name another file (or drop --ledger for REPORT.ledger.jsonl beside the report)"
            )
    if not _opens_as_a_ledger(ledger):
        raise UsageError(
            f"--ledger {escape_unprintable(str(ledger))}: is a file but not a ledger (a ledger is the JSON "
            "Lines file a check writes, each line a JSON object): name a ledger or a new file (or drop "
            "--ledger for REPORT.ledger.jsonl beside the report)"
        )


def _opens_as_a_ledger(ledger: Path) -> bool:
    """A `--ledger` that is missing, empty or opens with a JSON object may be a ledger (whether it is one, and
    whole, is the ledger's reader to say). Another file (a report, a CSV, a bundle, an HTML view) is none:
    read as a ledger it was "line 5: not a ledger line; repair or move the ledger first", which told the user
    to edit a file that was never a ledger. What cannot be opened is left to the ledger's reader to name."""
    from provenance.files import open_regular_file

    try:
        with open_regular_file(ledger) as stream:
            head = stream.read(1)
    except OSError:
        return True
    return head in (b"", b"{")


def check_ledger_follows_report(ledger: Path, report: Path) -> None:
    """`--ledger` names a ledger of this report, a new one, or one whose report was renamed: a ledger whose
    last run checked another report that still exists is refused (UsageError), before anything is fetched.

    A report's hash changes between runs and its path may too (a rename), so neither alone tells a ledger
    of another report; a report that is still there under the other name does: with two reports' runs in one
    ledger, `verify --report` of the one whose run is not the last says NOT INTACT."""
    recorded = last_run_report(ledger)
    if recorded is None:
        return
    other = ledger.parent / recorded
    try:
        if not other.is_file() or os.path.samefile(other, report):
            return
    except (OSError, ValueError):  # a path a ledger made up (a NUL in it, say): not a report that exists
        return
    raise UsageError(
        f"--ledger {escape_unprintable(str(ledger))}: its last run checked "
        f"{escape_unprintable(str(other))}, another report that is still there; a ledger follows one report: "
        f"give {escape_unprintable(str(report))} a ledger of its own"
    )


def read_reports(
    paths: Sequence[Path], from_format: str | None = None, max_bytes: int = DEFAULT_MAX_REPORT_BYTES
) -> list[Report]:
    """Read every report before anything is fetched or written, so bad input stops the run cleanly."""
    return [read_report(path, from_format, max_bytes) for path in paths]


@dataclass(frozen=True, repr=False, eq=False)
class CheckInputs:
    """The reports of a check, read, with their ledgers and the citations file; what to warn about."""

    reports: list[Report]
    ledgers: list[Path]
    citations: CitationsFile | None = None
    warnings: tuple[str, ...] = ()

    @property
    def linked(self) -> list[str]:
        """The first link of each footnote that has one (what a run captures, unless a citations file
        names another)."""
        return [note.urls[0] for report in self.reports for note in report.footnotes if note.urls]

    @property
    def quoted(self) -> int:
        """How many footnotes with a link have quoted words to find in the source: reading a page's main
        text for them is most of the work of reading captures back (`extractors.web.read_web_page`)."""
        return sum(
            bool(note.urls) and any(context.quotes for context in note.contexts)
            for report in self.reports
            for note in report.footnotes
        )


@dataclass(frozen=True, repr=False, eq=False)
class InputOptions:
    """How the reports are named and read, and what must be checked about them before the run."""

    ledger: Path | None = None  # one ledger for the one report (default: beside each report)
    shard: Shard | None = None
    from_format: str | None = None
    max_report_bytes: int = DEFAULT_MAX_REPORT_BYTES
    citations: Path | None = None
    strict: bool = False  # a citations item naming no footnote stops the run
    outputs: OutputFiles = field(default_factory=OutputFiles)
    attach: bool = False  # verified copies will be written beside the reports
    archive_dir: Path | None = None  # where the run's WARC files go
    key: Path | None = None  # --sign's private key, read


def gather_inputs(arguments: Sequence[str], options: InputOptions) -> CheckInputs:
    """Expand the report arguments, take this shard's part, resolve the ledgers, check the output paths, read
    the reports and the citations file: a user's mistake in any of them is a UsageError or InputError here.

    A shard with no report is not an error (a matrix of N machines over fewer reports leaves parts empty):
    no reports, and a warning that says so; its options are still checked, so a mistake is one on every
    machine of the matrix, whichever reports its part holds.

    First, an earlier run's SARIF file, JUnit file or view at this run's output paths is removed: a run that
    stops before writing its own (a missing report, a bad key) left it for the CI step after it to read as
    this run's results (`OutputFiles.retire`: only a file this tool wrote as that output)."""
    given = [Path(argument) for argument in arguments]
    options.outputs.retire([*given, *([options.citations] if options.citations else [])], options.archive_dir)
    paths = expand_report_paths(arguments)
    check_one_report_for_citations(paths, options.citations)  # on every part of a matrix alike
    for path in paths:
        check_utf8_name(path, "report")
    if options.archive_dir is not None:
        check_utf8_name(options.archive_dir, "archive folder")
    check_ledger_is_no_input(options.ledger, paths, options)
    # Against every report named, whichever part of a matrix this is: no part's outputs may replace any.
    check_outputs(paths, resolve_ledgers(paths, options.ledger), options)
    paths, nothing = shard_part(paths, options.shard)
    if nothing:
        load_citations(options.citations)
        return CheckInputs([], [], warnings=nothing)
    ledgers = resolve_ledgers(paths, options.ledger)
    reports = read_reports(paths, options.from_format, options.max_report_bytes)
    if options.ledger is not None and paths:
        check_ledger_follows_report(options.ledger, paths[0])
    citations = load_citations(options.citations)
    warnings = unmatched_citations(reports, citations, options)
    if options.attach:
        from provenance.verified_copies import check_attachable  # its renderers load only for --attach

        check_attachable(reports)
    return CheckInputs(reports, ledgers, citations, warnings)


def kept_files(reports: Sequence[Path], ledgers: Sequence[Path], options: InputOptions) -> KeptFiles:
    """What a check reads or appends to, and the archive folder: no output of the run may replace them."""
    files = [(path, "a report being checked") for path in reports]
    files += [named for ledger in ledgers for named in ledger_files(ledger)]
    # The reports the ledgers' earlier runs checked too: a report renamed (`draft.md`, then `final.md`) and
    # its draft restored beside it, `check final.md --html draft.md` replaced the draft with the page.
    files += [
        (ledger.parent / report, "a report an earlier run of the ledger checked")
        for ledger in ledgers
        for report in run_reports(ledger)
    ]
    files += [
        (path, what)
        for path, what in ((options.citations, "the citations file"), (options.key, "the signing key"))
        if path
    ]
    folders = [(options.archive_dir, "the archive folder")] if options.archive_dir is not None else []
    return KeptFiles(tuple(files), tuple(folders))


def check_outputs(reports: Sequence[Path], ledgers: Sequence[Path], options: InputOptions) -> None:
    """The output files asked for, with `--attach`'s verified copies: each writable, none replacing a file
    the run reads or appends to or any evidence, no two the same file."""
    copies: list[tuple[Path, str]] = []
    if options.attach:
        from provenance.verified_copies import verified_copy_path  # its renderers load only for --attach

        copies = [(verified_copy_path(path), "verified copy") for path in reports]
    options.outputs.check(kept_files(reports, ledgers, options), copies)


def unmatched_citations(
    reports: Sequence[Report], citations: CitationsFile | None, options: InputOptions
) -> tuple[str, ...]:
    """A warning for each item of the citations file that names no footnote of the reports (a typo in an
    id leaves a footnote without what the file says of it); with `--strict`, the first one is a UsageError."""
    warnings = []
    labels = (footnote.label for report in reports for footnote in report.footnotes)
    for message in unmatched_citation_warnings(labels, citations, options.citations):
        if options.strict:
            raise UsageError(f"{message} (--strict)")
        warnings.append(message)
    return tuple(warnings)


def cited_speakers(cited: Iterable[CitedFootnote]) -> frozenset[str]:
    """The names one report cites as its sources' authors and accounts, every note's author and handle (the
    handle of its post's address too: a Telegram channel's, an X account's), as keys (`names.speaker_key`):
    the report itself treats each as a speaker, so a citing passage that gives words to one alone before a
    colon (`Rybar: “…”[1]`) gives them to that speaker, whichever note it cites (`CheckInput.cited_speakers`).
    Computed once per report from its parsed notes; pure and linear."""
    return cited_speaker_keys(name for item in cited for name in (item.citation.author, item.citation.handle))
