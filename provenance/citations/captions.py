"""A case caption's company parties, whose names hold a comma before their kind of company (`Doe v. Acme
Widgets, Inc., 98 Cal. App. 5th 1021 (2024)`, `United States v. Example Holdings, LLC, No. 23-cv-1234`).

The case notes' patterns end a party at its first comma, as a caption's comma most often ends it: such a
caption was read as no case (`Acme Widgets` was followed by `Inc.`, no reporter nor docket number), and the
note's opening words were taken for its author. A pattern allowing the company's comma in a party backtracked
on a crafted note of many commas, so the commas are found by a scan instead: `masked_company_commas` gives the
note's words with each such comma replaced by a character no pattern reads as a comma, the same length, so
what a pattern finds in the masked words stands at the same place in the note's own.

Pure and linear: one pass over the note's commas, each compared with a few short words.
"""

from __future__ import annotations

# What a company's name ends with after its comma, as United States captions write it: stops and capitals
# as written. Each must be followed by something not a letter nor a digit (`LP` is not `LPs`).
_KINDS_OF_COMPANY = (
    *("Inc.", "Inc", "LLC", "L.L.C.", "Ltd.", "Ltd", "Co.", "Corp.", "Corp", "LLP", "L.L.P.", "L.P.", "LP"),
    *("PLLC", "P.L.L.C.", "P.C.", "N.A.", "PLC", "plc", "S.A.", "N.V.", "B.V.", "GmbH", "AG", "S.p.A."),
)
_FIRST_LETTERS = frozenset(kind[0] for kind in _KINDS_OF_COMPANY)
_MOST_SPACES_AFTER_THE_COMMA = 3
# Not a comma to any pattern, not a space nor a letter: the Unicode private use area's first character.
COMPANY_COMMA_MASK = "\ue000"


def masked_company_commas(words: str) -> str:
    """`words` with each comma that stands inside a company's name (`Acme Widgets, Inc.`, `Example Holdings,
    LLC`) replaced by `COMPANY_COMMA_MASK`: the same length, every other character where it was."""
    masked: list[str] = []
    start = 0
    comma = words.find(",")
    while comma != -1:
        after = comma + 1
        spaces = 0
        while after < len(words) and words[after] == " " and spaces < _MOST_SPACES_AFTER_THE_COMMA:
            after += 1
            spaces += 1
        if spaces and words[after : after + 1] in _FIRST_LETTERS and _company_kind_at(words, after):
            masked.append(words[start:comma])
            masked.append(COMPANY_COMMA_MASK)
            start = comma + 1
        comma = words.find(",", comma + 1)
    if not masked:
        return words  # most notes
    masked.append(words[start:])
    return "".join(masked)


def _company_kind_at(words: str, at: int) -> bool:
    """Whether a kind of company (`_KINDS_OF_COMPANY`) stands at `at`, whole."""
    for kind in _KINDS_OF_COMPANY:
        if words.startswith(kind, at):
            following = words[at + len(kind) : at + len(kind) + 1]
            if not following.isalnum():
                return True
    return False
