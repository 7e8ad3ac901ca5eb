"""WACZ bundles: a ledger, its report and the WARCs it names in one file that replays and re-verifies."""
