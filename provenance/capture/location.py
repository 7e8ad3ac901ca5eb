"""A redirect's `Location` as a browser reads it (the WHATWG URL standard), before it is joined to the hop.

Plain capture joins a `Location` to the hop's URL by RFC 3986 (`urls.joined_url`); a browser parses it by
the WHATWG URL standard, and for the special schemes (`http`, `https`) the two part on the host itself:

- `\\` is `/` before the query: `Location: /\\evil.example/x` is `//evil.example/x` to a browser, which leaves
  the cited host, while RFC 3986 keeps the host and asks it for `/%5Cevil.example/x`; `//evil.example\\@a/` is
  evil.example's path `/@a/` to a browser, a user `evil.example\\` at host `a` to requests;
- slashes after the scheme or the leading `//` are skipped, however many: `///evil.example/x` and
  `https:evil.example` (from an `http` page) name the host evil.example, where RFC 3986 reads a path;
- tabs and newlines anywhere are dropped, and C0 controls and spaces at either end (`/x  ` is `/x`, not
  `/x%20%20`);
- a host's escapes are decoded (`//%65vil.example/` is evil.example; requests asked DNS for `%65vil.example`),
  unless the decoded host holds what no host may (`%2F`, `%40`: a browser refuses the address, and so does
  the capture, whose name lookup fails on it as before).

A plain capture and a `--browser` capture of one link must end on the same host, and the redirect target
recorded must be the one a reader reaches: the `Location` is rewritten here to the reference RFC 3986 joins
to that very address, then joined and checked by the network policy as every hop is. A reference of another
scheme (`javascript:`, `data:`, `file:`, `mailto:`) is left as it is: the capture follows none of them.
Reading a capture back walks its redirects by the same rule (`redirect_target`), so the page read is the
page the capture reached. A user name and password in the target (`http://user:secret@10.0.0.1/`) are left
out of it: they are never sent (`session.prepare_request`), and what the capture says of a hop (a `blocked:`
detail, the log) is read by whoever reads the ledger, the CI log or the SARIF file. Pure, and linear in the
value's length.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from provenance.capture.uri import without_userinfo
from provenance.urls import joined_url

__all__ = ["as_a_browser_reads", "redirect_target"]

_SPECIAL_SCHEMES = ("http", "https")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_C0_CONTROL_OR_SPACE = "".join(chr(code) for code in range(0x21))
_TAB_OR_NEWLINE = str.maketrans("", "", "\t\n\r")
# What WHATWG forbids in a domain once its escapes are decoded: the address fails in a browser.
_FORBIDDEN_IN_HOST = frozenset(" #%/:<>?@[\\]^|\x7f") | frozenset(chr(code) for code in range(0x20))


def redirect_target(url: str, location: str) -> str | None:
    """Where a browser goes from `url` (an http or https address) on `Location: <location>`, without a user
    name and password (see above); None when the address does not parse (`urls.joined_url`)."""
    target = joined_url(url, as_a_browser_reads(location, urlsplit(url).scheme))
    return None if target is None else without_userinfo(target)


def as_a_browser_reads(location: str, base_scheme: str) -> str:
    """`location`, sent by a page of `base_scheme` (`http` or `https`), as the reference RFC 3986 joins to
    the address a browser reaches (see above)."""
    reference = location.strip(_C0_CONTROL_OR_SPACE).translate(_TAB_OR_NEWLINE)
    query_at = min((at for at in (reference.find("?"), reference.find("#")) if at >= 0), default=None)
    head, tail = (reference, "") if query_at is None else (reference[:query_at], reference[query_at:])
    scheme_match = _SCHEME.match(head)
    if scheme_match is None:
        head = head.replace("\\", "/")
        # A scheme-relative reference: a browser skips every slash after the first two.
        return ("//" + _host_decoded(head.lstrip("/")) if head.startswith("//") else head) + tail
    scheme = scheme_match.group()[:-1].lower()
    if scheme not in _SPECIAL_SCHEMES:
        return reference  # never followed (capture.policy refuses other schemes)
    rest = head[scheme_match.end() :].replace("\\", "/")
    if scheme == base_scheme.lower() and not rest.startswith("//"):
        return f"{scheme}:{rest}{tail}"  # a path on the same host, as RFC 3986 reads it too
    return f"{scheme}://{_host_decoded(rest.lstrip('/'))}{tail}"


def _host_decoded(after_slashes: str) -> str:
    """`after_slashes` (an authority, then a path) with the host's escapes decoded, as a browser's host parser
    decodes them; as it is when the decoded host is one no browser accepts (see above)."""
    authority, slash, path = after_slashes.partition("/")
    user, at, host_and_port = authority.rpartition("@")
    if "%" not in host_and_port or host_and_port.startswith("["):
        return after_slashes
    host, colon, port = host_and_port.rpartition(":") if ":" in host_and_port else (host_and_port, "", "")
    try:
        decoded = unquote(host, errors="strict")
    except UnicodeDecodeError:  # escapes of no UTF-8: a browser refuses the host
        return after_slashes
    if _FORBIDDEN_IN_HOST.intersection(decoded):
        return after_slashes
    return f"{user}{at}{decoded}{colon}{port}{slash}{path}"
