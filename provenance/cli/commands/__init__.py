"""One module per command: `HELP`, `add_arguments(parser)` and `run(args, argv) -> int`.

Modules here import only the standard library and `provenance.cli` at the top; the library is imported inside
`run`, so building the parser stays fast.
"""
