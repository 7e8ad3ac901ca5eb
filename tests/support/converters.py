"""Real converters for reader tests: pandoc (Markdown → DOCX or ODT) and LibreOffice (DOCX or text → PDF or
ODT).

The files they write are the oracle's other side: what the Markdown reader finds in an example, the DOCX and
PDF readers must find in the same example converted by the programs people use. CI installs both (.ci/run).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

CONVERT_TIMEOUT = 180


def pandoc_to_odt(source: Path, target: Path) -> Path:
    return pandoc_to_docx(source, target)  # pandoc writes the format the target's suffix names


def pandoc_to_docx(source: Path, target: Path) -> Path:
    subprocess.run(
        ["pandoc", str(source), "--from", "markdown", "--output", str(target)],
        check=True,
        timeout=CONVERT_TIMEOUT,
        capture_output=True,
    )
    return target


def libreoffice_to_pdf(sources: Sequence[Path], folder: Path) -> list[Path]:
    """Each source converted to PDF in `folder`, in one LibreOffice run with a profile of its own (two runs
    sharing the default profile would fight over it)."""
    return libreoffice_convert(sources, folder, "pdf")


def libreoffice_convert(sources: Sequence[Path], folder: Path, to: str) -> list[Path]:
    """Each source converted to the format `to` names (`pdf`, `odt`) in `folder`, as `libreoffice_to_pdf`."""
    profile = folder / "lo-profile"
    soffice = shutil.which("soffice") or "soffice"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(folder),
            *(str(source) for source in sources),
        ],
        check=True,
        timeout=CONVERT_TIMEOUT,
        capture_output=True,
    )
    targets = [folder / f"{source.stem}.{to}" for source in sources]
    missing = [str(target) for target in targets if not target.exists()]
    assert not missing, f"LibreOffice wrote no {missing}"
    return targets


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# Long enough for footnotes at the foot of several pages; note 7 is a link whose URL is not in its text.
# Paragraphs 30 and 35 are block quotes (pandoc's "Block Text" style in DOCX, set in from the margin in
# PDF): the first cites note 30 from inside, the second is cited by note 36's marker opening the paragraph
# after it (in PDF, set as large as the text: body, not a footnote).
LONG_REPORT = "\n\n".join(
    [
        ("> " if n in (30, 35) else "")
        + ("[^36] " if n == 36 else "")
        + f"Paragraph {n}. The channel repeated the claim that the convoy “had crossed”, and the ministry "
        "denied it again in a statement that was itself quoted at length by several outlets that day."
        + (f"[^{n}]" if n % 3 == 0 and n != 36 else "")
        for n in range(1, 61)
    ]
    + [
        f"[^{n}]: Telegram, January {n % 28 + 1}, 2022, https://t.me/rybar/{n}"
        if n != 21
        else "[^21]: Ministry of Defence, [the statement of January 22](https://mod.example/statement/22)."
        for n in range(3, 61, 3)
    ]
)


@dataclass(frozen=True)
class Converted:
    brief_md: Path
    brief_docx: Path
    brief_pdf: Path
    long_md: Path
    long_docx: Path
    long_pdf: Path
    sitrep_txt: Path
    sitrep_pdf: Path


def convert_examples(folder: Path) -> Converted:
    """The examples (and a long report) converted by pandoc and LibreOffice into `folder`."""
    brief_md = EXAMPLES / "brief.md"
    long_md = folder / "long.md"
    long_md.write_text(LONG_REPORT + "\n", encoding="utf-8")
    sitrep_txt = folder / "sitrep.txt"
    sitrep_txt.write_bytes((EXAMPLES / "sitrep.txt").read_bytes())
    brief_docx = pandoc_to_docx(brief_md, folder / "brief.docx")
    long_docx = pandoc_to_docx(long_md, folder / "long.docx")
    brief_pdf, long_pdf, sitrep_pdf = libreoffice_to_pdf([brief_docx, long_docx, sitrep_txt], folder)
    return Converted(brief_md, brief_docx, brief_pdf, long_md, long_docx, long_pdf, sitrep_txt, sitrep_pdf)
