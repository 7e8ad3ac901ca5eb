"""`--proxy`: an HTTP proxy every request goes through, and how it is written down without its password."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from provenance.errors import UsageError


@dataclass(frozen=True, repr=False, eq=False)
class Proxy:
    """An `http://[user:password@]host:port` proxy. https reaches the origin through a CONNECT tunnel (the TLS
    session is the origin's); plain http is forwarded, the request line in absolute form."""

    host: str
    port: int
    credentials: tuple[str, str] | None = None

    @classmethod
    def parse(cls, url: str) -> Proxy:
        """The proxy `url` names; UsageError when it cannot be used."""
        try:
            parts = urlsplit(url.strip())
            port = parts.port
        except ValueError as error:
            raise UsageError(f"--proxy {redacted(url)!r} is not a URL ({error})") from None
        if parts.scheme.lower() != "http" or not parts.hostname:
            raise UsageError(
                f"--proxy {redacted(url)!r}: give an HTTP proxy as http://host:port "
                "(https:// and socks proxies are not supported)"
            )
        credentials = None
        if parts.username is not None:
            credentials = (unquote(parts.username), unquote(parts.password or ""))
        return cls(host=parts.hostname, port=port or 80, credentials=credentials)

    @property
    def url(self) -> str:
        """The proxy as the record names it: never with its credentials."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def authorization(self) -> str | None:
        """The `Proxy-Authorization` value its credentials make (Basic), if it has any."""
        if self.credentials is None:
            return None
        return "Basic " + base64.b64encode(":".join(self.credentials).encode("utf-8")).decode("ascii")


def redacted(url: str) -> str:
    """`url` with its password replaced by `***`, for anything that is printed or recorded.

    A user name given without a password (`http://KEY@proxy:8010`) is the credential itself, as a proxy's
    API key often is: it is replaced whole. A URL that does not parse keeps nothing between `//` and its
    last `@`, for its error message names it."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        scheme, slashes, rest = url.partition("//")
        authority, at, _ = rest.partition("/")[0].rpartition("@")
        return f"{scheme}{slashes}***@{rest[len(authority) + 1 :]}" if slashes and at else url
    userinfo, at, hostport = parts.netloc.rpartition("@")
    if not at:
        return url
    user = userinfo.partition(":")[0]
    kept = "***" if password is None else f"{user}:***"
    return parts._replace(netloc=f"{kept}@{hostport}").geturl()
