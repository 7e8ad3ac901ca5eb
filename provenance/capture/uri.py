"""The URI a cited URL is requested as: the URL exactly as cited, changed only where a URI cannot hold it.

A report's link is evidence of what its author pointed to, so the request must be for that very URL: no
canonical host (`twitter.com` stays `twitter.com`), no dropped path or query, no removed dot segments, no
decoded escapes. Only four things change, each because the wire cannot carry the cited form, or does not:

- a non-ASCII host name is sent in its IDNA (punycode) form, as DNS, SNI and the Host header need;
- a character a URI cannot hold (space, non-ASCII, `"<>\\^`{|}`, a `%` that starts no escape) is
  percent-encoded as UTF-8, and existing escapes are written with upper-case hex (RFC 3986 2.1);
- the fragment is dropped (it is never sent), and an empty path is `/` (the request line needs one);
- a user name and password (`https://user:secret@host/`) are dropped: they are never sent (see
  `session.prepare_request`), so the URI the WARC names the request by, the ledger's `final_url` and
  `redirects` and the report's view hold no secret the request did not carry. The cited URL itself
  (`citation.url`, `capture.url`) keeps them: those are the report's own words.
"""

from __future__ import annotations

import functools
import re
import string
from urllib.parse import urlsplit

from provenance.capture.failure import CaptureFailure

_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
_SUB_DELIMS = frozenset("!$&'()*+,;=")
_PATH_SAFE = _UNRESERVED | _SUB_DELIMS | frozenset(":@/")
_QUERY_SAFE = _PATH_SAFE | frozenset("?")
_HEX = frozenset(string.hexdigits)
# Characters whose escaped and literal spellings name one resource: RFC 3986's unreserved ones (section
# 6.2.2.2), and those a browser and `request_uri` spell differently in a URL meant alike (Chromium escapes
# `'` in a query, which a URI may hold as it is; it leaves a query's `^`, `{`, `|`, `}` and backtick, which
# `request_uri` escapes). Delimiters (`/`, `?`, `&`, `=`, ...) are not among them: escaped, they mean data.
_SPELT_EITHER_WAY = _UNRESERVED | frozenset("'\"<>^`{|}")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_AUTHORITY_END = re.compile(r"[/?#]")


def _percent_encode(component: str, safe: frozenset[str]) -> str:
    """`component` with every character outside `safe` percent-encoded; valid escapes kept (hex upper)."""
    out: list[str] = []
    index, length = 0, len(component)
    while index < length:
        char = component[index]
        escape = component[index + 1 : index + 3]
        if char == "%" and len(escape) == 2 and set(escape) <= _HEX:
            out.append("%" + escape.upper())
            index += 3
            continue
        if char in safe:
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
        index += 1
    return "".join(out)


def _idna(host: str) -> str:
    """The IDNA (punycode) form of a non-ASCII host name; ValueError when IDNA refuses it."""
    import idna  # only for non-ASCII names: the option types import this module, and start-up stays light

    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError as error:
        raise ValueError(str(error)) from error


def ascii_host(host: str) -> str:
    """`host` as DNS and the Host header take it: IDNA (punycode) for a non-ASCII name, else unchanged."""
    if host.isascii():
        return host
    try:
        return _idna(host)
    except ValueError as error:
        raise CaptureFailure(
            "url", f"host name {host!r} is not a valid international name: {error}"
        ) from error


def host_key_of(url: str) -> str:
    """The host a per-host limit counts: `bücher.example` and `xn--bcher-kva.example` are one."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host_key(host) or host


@functools.lru_cache(maxsize=1024)
def host_key(host: str) -> str | None:
    """One spelling of a host name for comparing two of them: IDNA form, lower case, no final dot.

    `bücher.example`, `BÜCHER.example.` and `xn--bcher-kva.example` are one host; None for a non-ASCII
    name that IDNA refuses."""
    host = host.rstrip(".")
    if host.isascii():
        return host.lower()
    try:
        return _idna(host)
    except ValueError:
        return None


def _netloc(netloc: str) -> str:
    hostport = netloc.rpartition("@")[2]  # a user name and password are never sent
    if hostport.startswith("["):  # an IPv6 literal: ASCII by definition
        host, bracket, port = hostport.partition("]")
        host += bracket
    else:
        host, colon, port = hostport.partition(":")
        port = colon + port
    return f"{ascii_host(host)}{port}"


# Kept for the run: a capture asks it of its URL five times (the request, its metadata record, the side URLs
# told apart from it, reading the page back), each a walk over every character; a URL refused is asked again.
@functools.lru_cache(maxsize=1024)
def request_uri(url: str) -> str:
    """The absolute URI `url` is requested as (see the module's three rules); `url:` when it has no host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError as error:
        raise CaptureFailure("url", f"{url!r} is not a valid URL ({error})") from error
    if not parts.netloc:
        raise CaptureFailure("url", f"{url!r} has no host name")
    path = _percent_encode(parts.path, _PATH_SAFE) or "/"
    # urlsplit cannot tell `/p?` from `/p`; the cited `?` is kept, as a browser sends it.
    has_query = "?" in url.partition("#")[0]
    query = "?" + _percent_encode(parts.query, _QUERY_SAFE) if has_query else ""
    return f"{parts.scheme.lower()}://{_netloc(parts.netloc)}{path}{query}"


def without_userinfo(url: str) -> str:
    """`url` without a user name and password in its authority (`http://u:pw@host/p` is `http://host/p`),
    everything else as written."""
    scheme, separator, rest = url.partition("://")
    if not separator:
        return url
    end = _AUTHORITY_END.search(rest)
    authority_end = end.start() if end else len(rest)
    authority = rest[:authority_end]
    if "@" not in authority:
        return url
    return f"{scheme}://{authority.rpartition('@')[2]}{rest[authority_end:]}"


def _spelling_key(uri: str) -> str:
    def one_way(escape: re.Match[str]) -> str:
        char = chr(int(escape[1], 16))
        return char if char in _SPELT_EITHER_WAY else f"%{escape[1].upper()}"

    return _ESCAPE.sub(one_way, without_userinfo(uri))


def same_resource(first: str, second: str) -> bool:
    """Whether two request URIs differ at most in how they spell characters that mean the same escaped or
    not (`?q=it's` as cited and sent without a browser, `?q=it%27s` as Chromium sends it), or in a user name
    and password, which are never sent: a capture's records are found by the URL as cited, whoever spelt
    the request."""
    return first == second or _spelling_key(first) == _spelling_key(second)
