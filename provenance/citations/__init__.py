"""Citations: free-text footnotes parsed into citations, the citation schema, and CSL-JSON citations files."""

from provenance.citations.csl import apply_overrides, citation_to_csl, load_citations_file
from provenance.citations.parse import ParsedCitation, parse_citation
from provenance.citations.validation import validate_citation

__all__ = [
    "ParsedCitation",
    "apply_overrides",
    "citation_to_csl",
    "load_citations_file",
    "parse_citation",
    "validate_citation",
]
