"""The report reader interface: one module per input format, each a `ReportReader`."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.errors import InputError
from provenance.models import Finding, Footnote, ReportFormat


class ReaderError(InputError):
    """The report's bytes cannot be read as its format (bad encoding, broken archive)."""


@dataclass(frozen=True)
class ReadResult:
    """What a reader found: footnotes in order of first appearance, and report-level findings.

    `footnotes` may make each footnote when it is asked for (`assembly.AssembledFootnotes`).
    """

    footnotes: Sequence[Footnote]
    findings: tuple[Finding, ...] = ()


class ReportReader(ABC):
    """Turns the bytes of one report format into footnotes.

    Readers never open files: they receive the bytes (the caller owns the file) and the name to use in
    messages. Binary formats such as DOCX take the bytes as they are; text formats decode them with
    `provenance.readers.decoding.decode_text`.
    """

    format: ReportFormat
    suffixes: tuple[str, ...]

    @abstractmethod
    def read(self, data: bytes, name: str) -> ReadResult:
        """Parse `data`; raise `ReaderError` (naming `name`) when the bytes are not this format."""

    def prose(self, text: str) -> str:
        """`text` (a report of this format, decoded) where a note marker could stand, each line in its place:
        what is looked at for markers of a style not read (`assembly.markers_without_notes`). All of it,
        unless the format has text that is never prose (Markdown's code)."""
        return text
