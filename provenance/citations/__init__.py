"""Citations: free-text footnotes parsed into citations, the citation schema, and CSL-JSON citations files."""

from typing import TYPE_CHECKING

from provenance.citations.parse import ParsedCitation, parse_citation
from provenance.citations.validation import validate_citation

if TYPE_CHECKING:
    from provenance.citations.csl import apply_overrides, citation_to_csl, load_citations_file

_CSL_NAMES = ("apply_overrides", "citation_to_csl", "load_citations_file")


def __getattr__(name: str) -> object:
    # The CSL-JSON side (citations files, `--format csl`) is loaded only when one of its names is asked for:
    # `extract` and `check` without a citations file do not pay for its models at start-up.
    if name in _CSL_NAMES:
        from provenance.citations import csl

        return getattr(csl, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ParsedCitation",
    "apply_overrides",
    "citation_to_csl",
    "load_citations_file",
    "parse_citation",
    "validate_citation",
]
