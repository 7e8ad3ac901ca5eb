"""Seals anchor a ledger outside itself: Ed25519 signatures, RFC 3161 timestamps, and the keys they use."""
