"""The ledger: an append-only, hash-chained JSON Lines record of every check run (DESIGN.md section 3)."""
