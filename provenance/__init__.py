"""provenance: verify that a report's footnotes lead to sources that say what the report says."""

__version__ = "0.1.0"
