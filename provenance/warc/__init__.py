"""Our WARC files, both ways: written by `writer` during capture, read back by `reader` for verification.

WARC/1.1, one gzip member per record, SHA-256 digests.

Conventions (DESIGN.md section 3):
- One file per capture request, `<name>-<UTC yyyymmddThhmmssZ>-<8 hex>.warc.gz`. It is written under a
  hidden temporary name in the same folder, then hard-linked to its final name, so an existing file is an
  error and never overwritten. The file and its folder are synced before any line names it: by the writer,
  or, in `check`, by the thread that follows the captures (`durable`), several files at a time.
- Records: `warcinfo` first; per HTTP exchange a `request` and a `response` record that name each other in
  `WARC-Concurrent-To`; one JSON `metadata` record last.
- `WARC-Target-URI` is the URL as requested; `WARC-IP-Address` is the address actually connected to.
- The response header block is rebuilt from the status line and the raw header list, order, duplicates
  and non-ASCII bytes kept. The body is stored as received: Content-Encoding stays (gzip bytes stay gzip)
  and `Content-Length` stays as sent. urllib3 removes chunked framing, so a `Transfer-Encoding` header is
  stored renamed to `X-Provenance-Orig-Transfer-Encoding`; WARC readers then take the stored body as it is. A
  `Content-Length` sent beside chunked framing (which overrides it) is stored renamed to
  `X-Provenance-Orig-Content-Length`, so no reader takes it for the stored body's length.
- `WARC-Block-Digest` and `WARC-Payload-Digest` are `sha256:<lowercase hex>`, computed once while the body
  streams to a spool file, and set before writing so warcio computes no digest of its own.
- A body cut short carries `WARC-Truncated: length`, `time` or `disconnect`.
"""
