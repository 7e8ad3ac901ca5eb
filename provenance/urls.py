"""Finding http(s) URLs in prose: the one URL finder of the report readers, the citation and date parsers.

Every pattern here runs in linear time on any input (reports are untrusted): no nested quantifiers that can
backtrack, and trimming counts brackets once instead of once per character.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from provenance.deferred_patterns import deferred_compile
from provenance.patterns import on_first_use

# The port a scheme implies, so `https://host:443/` and `https://host/` are one URL: the one table, for URL
# checks, capture targets, the canonicaliser and the browser's proxy.
DEFAULT_PORTS = {"http": 80, "https": 443}
# Control characters end a URL too: none is part of one, and one pasted after it (`\x1b[0m`) is not its end.
_URL_CHARS = r"[^\s<>\"“”«»`|\\^{}\x00-\x1f\x7f-\x9f]"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
# Links written without a scheme, as people paste them into notes: `www.` hosts, and any host name with a
# top-level domain of letters followed by a path (`t.me/chan/1`, `x.com/u/status/1`, `example.org/a`).
# Abbreviations (`e.g.`, `U.S.`, `i.e./`) have one-letter parts and no path, so they are not hosts.
_SCHEMELESS = (
    rf"(?<![\w@./:\-])(?:www\.(?:{_LABEL}\.)*{_LABEL}\.[a-z]{{2,24}}(?![\w-])"
    rf"|(?:{_LABEL}\.)+[a-z]{{2,24}}(?=/))"
)
URL_IN_TEXT = deferred_compile(
    rf"(?P<full>https?://{_URL_CHARS}+)|(?P<bare>{_SCHEMELESS}{_URL_CHARS}*)", re.IGNORECASE
)
# What every match of URL_IN_TEXT holds (a scheme's `://`, `www.`, or a top-level domain and a slash): text
# without it has no URL, found without running the longer pattern at every position.
_MAY_HOLD_URL_PLAIN = r"://|www\.|\.[a-z]{2,24}/"  # with re.IGNORECASE: the matches of `_MAY_HOLD_URL`
# The same matches, spelt to open with a set of characters and without the flag: `re` then skips to a `:`, a
# `.` or a `w` instead of trying three branches at every place of a note (a note without a URL, as a
# citation's text is once blanked, is looked through in a fifth of the time). The letters are those that
# `[a-z]` takes with `re.IGNORECASE` (tests/test_urls.py checks every code point).
_MAY_HOLD_URL = re.compile(
    r"[:.wW](?:(?<=:)//|(?<=[wW])[wW][wW]\.|(?<=\.)[a-zA-Z\u0130\u0131\u017f\u212a]{2,24}/)"
)
_TRAILING_PUNCTUATION = ".,;:!?'\"\u2019\u2026"
_CLOSING_TO_OPENING = {")": "(", "]": "[", "}": "{"}


class FoundUrl(NamedTuple):
    """A URL in prose: where it starts, the URL (`https://` put in front of a link written without a scheme),
    and whether that scheme was added."""

    offset: int
    url: str
    scheme_added: bool


# A URL holds no space, and what is before it is a space or nothing (or it would go on): `URL_IN_TEXT` finds
# in a text what it finds in each of its words on their own, and a word without a mark of `_MAY_HOLD_URL`
# has none. Searched in those words only, a note is read in a third of the time: the long pattern is not
# tried at every other place of the prose.
_UP_TO_LAST_SPACE = re.compile(r"(?s:.*)\s")
_SPACE = re.compile(r"\s")
# A word that is one link with its scheme in small letters (`https://site.example/a`, most links of notes):
# where it matches, `URL_IN_TEXT` finds in the word that one URL, the whole word (its `full` branch, which
# takes every character this takes), known so in half the time its alternatives are tried in.
_LINK_WORD = re.compile(rf"https?://{_URL_CHARS}+")


# Where one match of `URL_IN_TEXT` starts and ends in a text, and whether it is a link without a scheme (its
# `bare` group). A plain tuple: made for every URL of every note, a named one took twice as long to make.
_UrlSpan = tuple[int, int, bool]


def _url_matches(text: str, first_mark: int = 0) -> Iterator[_UrlSpan]:
    """The matches of `URL_IN_TEXT.finditer(text)`, the pattern tried only in the words of `text` that may
    hold a URL (`first_mark`: where the first of `_MAY_HOLD_URL`'s marks is, when it is known).

    Linear time: each word is searched at most once, and each character before a word is looked at once
    to find where the word starts (from the end of the last word searched).
    """
    searched = 0  # the text before this offset is done with
    for mark in _MAY_HOLD_URL.finditer(text, first_mark):
        if mark.start() < searched:
            continue  # in the word just searched
        before = _UP_TO_LAST_SPACE.match(text, searched, mark.start())
        after = _SPACE.search(text, mark.end())
        word_start = before.end() if before else searched
        word_end = after.start() if after else len(text)
        if _LINK_WORD.fullmatch(text, word_start, word_end) is not None:
            yield word_start, word_end, False
        else:
            for match in URL_IN_TEXT.finditer(text, word_start, word_end):
                yield match.start(), match.end(), match.group("bare") is not None
        searched = word_end


# One match of `URL_IN_TEXT` in a text: where it starts and ends, and the URL it gives (None: a scheme alone).
# A plain tuple, as `_UrlSpan`.
_UrlMatch = tuple[int, int, FoundUrl | None]


# A note's text is searched for URLs where the reader reads it, and again where its citation blanks them out
# (`blank_urls`): the second search finds its matches here (9.5 µs → 3.1 µs a note, 2-3 % of citing one).
# Keyed by the text itself (and where its first mark is, which the text decides). Not a few recent texts: each
# process of a long `extract` reads all the notes of its half before it cites the first
# (`forking.map_in_two_processes`), so 64 recent texts held none of them and every note was searched twice
# (25,000 instructions a note). Texts are kept up to `_MAX_CACHED_CHARS` characters in all, then all let go
# at once: a report's notes fit, and a long page's text in `check` is not held (a text longer than the
# whole room is searched each time).
_MAX_CACHED_CHARS = 4_000_000
_CACHED_MATCHES: dict[tuple[str, int], tuple[_UrlMatch, ...]] = {}
_cached_chars = 0  # of the texts in `_CACHED_MATCHES` (between threads, a count that may run a little low)


def _matches(text: str, first_mark: int) -> tuple[_UrlMatch, ...]:
    """The matches of `URL_IN_TEXT` in `text`, each with the URL it gives (`_UrlMatch`), from the cache where
    `text` was searched already."""
    global _cached_chars
    key = (text, first_mark)
    cached = _CACHED_MATCHES.get(key)
    if cached is not None:
        return cached
    found = _searched_matches(text, first_mark)
    if len(text) <= _MAX_CACHED_CHARS:
        if _cached_chars + len(text) > _MAX_CACHED_CHARS:
            _CACHED_MATCHES.clear()
            _cached_chars = 0
        _CACHED_MATCHES[key] = found
        _cached_chars += len(text)
    return found


def _searched_matches(text: str, first_mark: int) -> tuple[_UrlMatch, ...]:
    found = []
    for start, end, bare in _url_matches(text, first_mark):
        url = _trim_url(text[start:end])
        if bare:
            item: FoundUrl | None = FoundUrl(start, f"https://{url}", True)
        else:
            item = None if url.endswith("://") else FoundUrl(start, url, False)
        found.append((start, end, item))
    return tuple(found)


# Characters a reader of the report does not see: a soft hyphen where the line does not break there, a
# zero-width space, a word joiner, a byte order mark; and a zero-width joiner or non-joiner between two
# letters of a handle or an address (`@ry\u200dbar`: elsewhere they join emoji and Persian or Indic letters).
# Kept in a note, `https://t.me/ry\u200bbar/1234` was no post's link, `@ry\u200dbar` the handle `ry`, and
# `21\ufeff January 2022` no date.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]|(?<=[A-Za-z0-9_])[\u200c\u200d](?=[A-Za-z0-9_])")


def without_invisible_characters(text: str) -> str:
    """`text` as its reader sees it: without the characters `_INVISIBLE` names (the readers' notes, and a
    link's shown text, are read so)."""
    return text if text.isascii() else _INVISIBLE.sub("", text)


def iter_urls(text: str) -> Iterator[FoundUrl]:
    """Each URL of `text` with its offset, trailing sentence punctuation removed."""
    first_mark = _MAY_HOLD_URL.search(text)
    if first_mark is None:  # most prose: no word to search
        return
    for _, _, found in _matches(text, first_mark.start()):
        if found is not None:
            yield found


def find_urls(text: str) -> tuple[str, ...]:
    """The URLs of `text` in order of first appearance, without repeats."""
    return tuple(dict.fromkeys(found.url for found in iter_urls(text)))


def cut_short_urls(text: str) -> tuple[str, ...]:
    """The URLs of `text` written with an ellipsis right after them (`https://t.me/rybar/12…`), as a link
    shown cut is: the finder drops the ellipsis as punctuation, and the URL is a piece of a longer one."""
    if "\u2026" not in text and "..." not in text:  # most notes
        return ()
    cut = []
    for found in iter_urls(text):
        end = found.offset + len(found.url) - (len("https://") if found.scheme_added else 0)
        if text.startswith(_ELLIPSES, end):
            cut.append(found.url)
    return tuple(dict.fromkeys(cut))


def schemes_added(found: Iterable[FoundUrl], written: Iterable[str] = ()) -> tuple[str, ...]:
    """The URLs that were found only without a scheme: not also written in full, nor as a link target. A
    target that differs only by `http` for `https` gives the scheme too: Word's AutoFormat links the address
    it shows (`t.me/rybar/1234`) to `http://…`, where the address was said to have no scheme."""
    found = tuple(found)
    if not any(item.scheme_added for item in found):
        return ()
    full = {_any_scheme(item.url) for item in found if not item.scheme_added}
    full |= {_any_scheme(url) for url in written}
    added = (item.url for item in found if item.scheme_added and _any_scheme(item.url) not in full)
    return tuple(dict.fromkeys(added))


def _any_scheme(url: str) -> str:
    """`url` with its `http://` or `https://` left out (case aside), as two spellings of one address."""
    lowered = url[:8].lower()
    for scheme in ("https://", "http://"):
        if lowered.startswith(scheme):
            return url[len(scheme) :]
    return url


def blank_urls(text: str) -> str:
    """`text` with every URL replaced by spaces, so what precedes a date or a name stays where it was."""
    first_mark = _MAY_HOLD_URL.search(text)
    if first_mark is None:  # most prose: no word to search
        return text
    pieces: list[str] = []
    done = 0
    for start, end, _ in _matches(text, first_mark.start()):
        pieces += (text[done:start], " " * (end - start))
        done = end
    if not done:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


@dataclass(frozen=True, repr=False, eq=False)
class HttpTarget:
    """The scheme, host and port an http(s) URL asks for."""

    scheme: str  # lowercase
    host: str  # as urlsplit gives it (lowercase), without a trailing dot
    port: int


class NotAnHttpUrl(ValueError):
    """Why a string is not an absolute http(s) URL; `other_scheme` names the scheme when that is why."""

    def __init__(self, reason: str, other_scheme: str | None = None) -> None:
        super().__init__(reason)
        self.other_scheme = other_scheme


# Most links open with a lowercase scheme and a host of lowercase letters, digits, dots and dashes, ended by
# its path, query, fragment or the URL's end (`https://site.example/a`). `urlsplit` takes such a host as the
# netloc, the hostname and no port: read straight off the match, a link is not split and its netloc not
# parsed twice again for its port and host (tests/test_urls.py checks the two readings agree). Compiled on
# first use, as a check imports this module before its first request.
_PLAIN_HTTP_URL = on_first_use(r"(?P<scheme>https?)://(?P<host>[a-z0-9.-]+)(?=[/?#]|\Z)")


# A URL is checked where it is read, where its citation is made and where that is validated: each is split
# once. The answer is frozen, so sharing it is safe; a URL that is not one raises anew each time.
@lru_cache(maxsize=1024)
def http_target(url: str) -> HttpTarget:
    """The one check that `url` is an absolute http(s) URL with a host; `NotAnHttpUrl` says why it is not."""
    plain = _PLAIN_HTTP_URL().match(url)
    if plain is not None:
        scheme, host = plain.group("scheme", "host")
        return HttpTarget(scheme=scheme, host=host.rstrip("."), port=DEFAULT_PORTS[scheme])
    return _split_http_target(url)


def _split_http_target(url: str) -> HttpTarget:
    """`http_target` of any URL, read by `urlsplit`."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise NotAnHttpUrl(f"{url!r} is not a valid URL ({error})") from None
    scheme = parts.scheme.lower()
    if not scheme:
        raise NotAnHttpUrl(f"{url!r} has no scheme: give an http:// or https:// URL")
    if scheme not in DEFAULT_PORTS:
        raise NotAnHttpUrl(f"scheme {scheme!r} is not http or https", other_scheme=scheme)
    host = parts.hostname  # a property that parses the address again each time it is read
    if not host:
        raise NotAnHttpUrl(f"{url!r} has no host name")
    # `:0` is port 0 (no browser fetches it: `capture.policy`), not the scheme's own.
    port = DEFAULT_PORTS[scheme] if port is None else port
    return HttpTarget(scheme=scheme, host=host.rstrip("."), port=port)


def is_http_url(url: str) -> bool:
    try:
        http_target(url)
    except NotAnHttpUrl:
        return False
    return True


# A dot segment as a browser reads a path: `.` or `..`, its dots escaped or not (`%2e`), after a `/` or a
# `\` (a browser reads `\` as `/` in an http(s) path).
_DOT_SEGMENT = on_first_use(r"(?:^|[/\\])(?:\.|%2e){1,2}(?=[/\\]|$)", re.IGNORECASE)


def has_dot_segment(path: str) -> bool:
    """Whether a browser moves along `path` before it asks for it (`/u/status/1/../2` is `/u/status/2`):
    a post or video read off the path as written is not the one the link opens."""
    return ("." in path or "%" in path) and _DOT_SEGMENT().search(path) is not None


def joined_url(base: str, reference: str) -> str | None:
    """`reference` (a `Location`, a refresh's or a link's target) read against `base`, as `urljoin` does;
    None when the address does not parse (`http://[::1`, `http://[name]/`): what a server sends is
    untrusted, and `urljoin` raises ValueError on it."""
    from urllib.parse import urljoin

    try:
        return urljoin(base, reference)
    except ValueError:
        return None


def _trim_url(url: str) -> str:
    # Prose punctuation sticks to links; a closing bracket belongs to the URL only if the URL opened it.
    # Brackets are counted once (and only for a URL that ends in one), then updated as the end is trimmed,
    # so a run of `)` costs linear time.
    counts: Counter[str] | None = None
    end = len(url)
    while end:
        last = url[end - 1]
        opening = _CLOSING_TO_OPENING.get(last)
        if opening is not None and counts is None:
            counts = Counter(char for char in url if char in "()[]{}")
        if opening is not None and counts is not None and counts[opening] < counts[last]:
            counts[last] -= 1
        elif last not in _TRAILING_PUNCTUATION:
            break
        end -= 1
    return url[:end]


_SHOWN_CHARS = 500  # a link text longer than this is prose, not a URL shown to the reader
_ELLIPSES = ("\u2026", "...")


# Hosts that are one site under another name: a post shown as `twitter.com/…` and linked as `x.com/…` (or the
# mobile site, or `telegram.me` for `t.me`) is the same post.
_SAME_SITE = {
    "twitter.com": "x.com",
    "mobile.twitter.com": "x.com",
    "mobile.x.com": "x.com",
    "telegram.me": "t.me",
    "telegram.dog": "t.me",
    "m.facebook.com": "facebook.com",
    "m.youtube.com": "youtube.com",
}


def _link_key(url: str) -> str:
    """Host (without `www.`, lower case, one name per site) and path (without a final slash): where a link
    leads, whatever its scheme, query or fragment (`?utm_source=…`, `http` for `https`); an old X link's
    `#!/<user>/status/<id>` fragment is its path (`side_urls` reads the post from it). Telegram's preview
    of a channel (`t.me/s/<channel>/<id>`) shows the same post as `t.me/<channel>/<id>`: a link showing
    one and leading to the other was `link-text-differs`."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return url
    hashbang = f"#{parts.fragment}" if parts.fragment.startswith("!") else ""
    site = _SAME_SITE.get(host, host)
    path = _encoded_path(parts.path).rstrip("/")
    if site == "t.me" and path.startswith("/s/"):
        path = path[2:]
    return f"{site}{path}{hashbang}"


# What a path keeps as written when it is put in its encoded form: the characters a URL's path may hold
# unencoded, and `%`, so that an escape written (`%2F`, a slash inside a segment) stays that escape.
_PATH_KEPT = "/%:@!$&'()*+,;=-._~"
_ESCAPE = re.compile(r"%[0-9a-f]{2}")


def with_encoded_path(url: str) -> str:
    """`url` with its path as a browser sends it (`_encoded_path`): one spelling of a link whose path a
    report prints in its letters and a page's markup in escapes."""
    if url.isascii() and "%" not in url:
        return url  # most links: nothing to encode, and nothing to split
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    encoded = _encoded_path(parts.path)
    return url if encoded == parts.path else parts._replace(path=encoded).geturl()


def _encoded_path(path: str) -> str:
    """`path` as a browser sends it: its other characters (`/wiki/Рыбарь`, as a report prints a link) in
    UTF-8 escapes, every escape's hex digits in capitals. A link showing a path in its letters and leading to
    that path's escapes (`/wiki/%D0%A0…`) leads where it shows: compared as written, it got
    `link-text-differs`."""
    if path.isascii() and "%" not in path:
        return path  # most paths: nothing to encode
    return _ESCAPE.sub(lambda escape: escape.group().upper(), quote(path, safe=_PATH_KEPT))


# Query parameters that say how a link was shared, not what it opens (X's `s`, YouTube's `si`, Telegram's
# widget `embed`): the page is the same with them or without.
_SHARING_PARAMETERS = frozenset(
    (
        *("fbclid", "gclid", "igshid", "igsh", "mibextid", "si", "s", "t", "ref", "ref_src", "ref_url"),
        *("feature", "share", "src", "embed", "mode", "__cft__[0]", "__tn__", "rdid"),
        *("_t", "_r", "is_from_webapp", "sender_device", "share_id", "rdt", "context"),  # TikTok's, Reddit's
    )
)


def _query(url: str) -> str:
    try:
        return urlsplit(url).query
    except ValueError:
        return ""


def _named_parameters(url: str) -> set[tuple[str, str]]:
    """The query's parameters that name what the page shows (`v=…` of a YouTube watch page, `id=…`)."""
    return {
        (name, value)
        for name, value in parse_qsl(_query(url))
        if value and not name.startswith("utm_") and name not in _SHARING_PARAMETERS
    }


def shown_link_differs(shown: str, target: str) -> bool:
    """Whether a link whose text is itself a URL points somewhere else than that URL: another host or path,
    or another value of a query parameter the text shows (`watch?v=AAA` linked to `watch?v=BBB`).

    `<a href="https://t.me/fakerybar/1">https://t.me/rybar/12345</a>` shows one post and leads to another; a
    reader of the printed report sees the first, the tool captures the second. A shown URL cut short with an
    ellipsis (`t.me/rybar/12…`) is compared as far as it goes; a text that is not one URL is no claim."""
    text = shown.strip()
    if not text or len(text) > _SHOWN_CHARS:
        return False
    text = without_invisible_characters(text)
    found = list(iter_urls(text))
    if len(found) != 1 or found[0].offset != 0:
        return False
    written = found[0].url.removeprefix("https://") if found[0].scheme_added else found[0].url
    if text.rstrip(_TRAILING_PUNCTUATION) != written:
        return False  # the URL is not the whole text: words around it
    cut = text.endswith(_ELLIPSES)
    shown_url = found[0].url
    shown_key, target_key = _link_key(shown_url), _link_key(target)
    shown_query = _query(shown_url)
    if cut and shown_query:  # cut in its query: the path shown whole, the query as far as it goes
        return shown_key != target_key or not _query(target).startswith(shown_query)
    if cut:
        return not target_key.startswith(shown_key.rstrip("/"))
    # A query shown names what the page shows (`watch?v=AAA`): the target must name the same.
    return shown_key != target_key or not _named_parameters(shown_url) <= _named_parameters(target)


# A host named in prose, not as a link (`twitter.com`, `Reuters.com`): labels and a top-level domain of
# letters, with nothing around it that makes it a longer word, an address or a URL; `e.g.` and `U.S.` have
# one-letter parts. Searched in a note whose URLs are blanked (`blank_urls`).
_NAMED_HOST = on_first_use(rf"(?<![\w.@/\-])(?:{_LABEL}\.)+[a-z]{{2,24}}(?![\w\-/]|\.\w)", re.IGNORECASE)
_NAMED_HOSTS_JUDGED = 20  # of a note's named hosts: a note names a few
_LONGEST_HOST_COMPARED = 64  # letters: the edit distance of longer names is not worked out


def _bare(host: str) -> str:
    return host.lower().rstrip(".").removeprefix("www.")


def _same_site(first: str, second: str) -> bool:
    """Whether two bare host names are one site (`_SAME_SITE`), or one a subdomain of the other."""
    first, second = _SAME_SITE.get(first, first), _SAME_SITE.get(second, second)
    return first == second or first.endswith(f".{second}") or second.endswith(f".{first}")


def _within_edits(first: str, second: str, edits: int) -> bool:
    """Whether one substitution, insertion or deletion at a time turns `first` into `second` within
    `edits` steps (both at most `_LONGEST_HOST_COMPARED` long: the table is small)."""
    if abs(len(first) - len(second)) > edits:
        return False
    row = list(range(len(second) + 1))
    for index, char in enumerate(first, 1):
        previous, row[0] = row[0], index
        for column, other in enumerate(second, 1):
            previous, row[column] = (
                row[column],
                min(row[column] + 1, row[column - 1] + 1, previous + (char != other)),
            )
    return row[-1] <= edits


def _looks_like(named: str, host: str, most_edits: int = 2) -> bool:
    """Whether `host`, another site than the `named` one, may pass for it: it opens with the name and goes
    on (`reuters.com.evil.example`), or a letter or two (at most `most_edits`) make the difference
    (`twltter.com` for `twitter.com`; one for a name of fewer than 8 letters, as `t.co` is not `x.com`'s
    look-alike)."""
    if host.startswith((f"{named}.", f"{named}-")):
        return True
    if max(len(named), len(host)) > _LONGEST_HOST_COMPARED:
        return False
    return _within_edits(named, host, min(most_edits, 1 if min(len(named), len(host)) < 8 else 2))


def named_host_look_alike(
    prose: str, hosts: Iterable[str], also_named: Iterable[str] = ()
) -> tuple[str, str] | None:
    """(a host the prose names, the one of `hosts` that looks like it) when the prose names a host
    (`twitter.com`, a link's text or its words; or one of `also_named`, the hosts of a platform it names in
    words) that none of `hosts` is, and one of them may pass for it (`_looks_like`: `twltter.com`); None
    otherwise."""
    bare_hosts = {_bare(host): host for host in hosts if host}
    also_named = tuple(also_named)
    if not bare_hosts or ("." not in prose and not also_named):  # most notes name no host in words
        return None
    written = _NAMED_HOST().finditer(blank_urls(prose)) if "." in prose else iter(())
    named = [match.group() for match in itertools.islice(written, _NAMED_HOSTS_JUDGED)] + list(also_named)
    if any(_same_site(_bare(name), bare) for name in named for bare in bare_hosts):
        return None  # the note names the link's own host too (`abc.com and nbc.com`, linking nbc.com)
    platforms = frozenset(also_named)
    for name in named:
        # A platform's hosts, named by its name alone, only a letter apart: `telegram.org`, Telegram's own
        # site, is two from `telegram.dog`.
        most_edits = 1 if name in platforms else 2
        for bare, host in bare_hosts.items():
            if _looks_like(_bare(name), bare, most_edits):
                return name, host
    return None


# Cyrillic and Greek letters drawn like Latin ones, and the Latin letter each passes for: a host spelt only
# with them (and an ASCII top-level domain) reads as a Latin name it is not.
_LATIN_LOOK_ALIKES = dict(
    zip(
        "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u04bb\u0501\u051b\u051d\u04cf"
        "\u03bf\u03b1\u03bd\u03b9\u03ba\u03c1\u03c4\u03c5",
        "aeopcyxijshdqwloavikptu",
        strict=True,
    )
)


# Scripts one language writes together (Japanese: kanji, hiragana, katakana; Korean: hangul and hanja): a
# name mixing them is written as its language writes, not spelt to pass for another.
_WRITTEN_TOGETHER = dict.fromkeys(("CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL"), "CJK")


def _script(char: str) -> str:
    import unicodedata

    script = unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
    return _WRITTEN_TOGETHER.get(script, script)


# What a browser and IDNA read as the dot between a host's labels: a user name holding one reads as a host.
_LABEL_DOTS = frozenset(".\u3002\uff0e\uff61")
# The longest host of a platform's that a look-alike opens with is looked for in this much of a host.
_PLATFORM_HOST_CHARS = 64


def _host_in_letters(host: str) -> tuple[str, str] | None:
    """(the host in its letters, the host as it is requested) of a host with letters other than ASCII ones
    (`twitter.com` with a Cyrillic `i`, or `xn--twtter-qvf.com`, the same in punycode); None for a plain
    ASCII name, or a name IDNA refuses (no request is made to it)."""
    if host.isascii():
        if "xn--" not in host:
            return None  # most hosts
        import idna

        try:
            return idna.decode(host), host
        except (idna.IDNAError, UnicodeError):
            return None
    from provenance.capture.uri import host_key  # IDNA as a capture spells the host it asks

    requested = host_key(host)
    return (host, requested) if requested is not None else None


def _platform_host_opening(host: str) -> str | None:
    """A platform's host that the ASCII `host` opens with and goes on after, past a dot or a dash
    (`t.me.evil.example`, `x.com.co`, `telegram.me-news.example`), when `host` is no platform's: a reader
    sees `t.me`. None for any other host."""
    from provenance.citations.platforms import platform_from_host  # platforms reads its URLs with this module
    from provenance.models import Platform

    if platform_from_host(host) is not Platform.WEB:
        return None
    for index, char in enumerate(host[:_PLATFORM_HOST_CHARS]):
        opening = host[:index]
        if char in ".-" and "." in opening and platform_from_host(opening) is not Platform.WEB:
            return f"{opening!r}, {platform_from_host(opening)}'s host,"
    return None


def _host_a_browser_opens(netloc: str) -> str:
    """The host a browser opens for a URL whose host part (as `urlsplit` ends it, at `/`) holds a `\\`: a
    browser ends it at the `\\`, its user name before its last `@`."""
    authority = netloc.split("\\", 1)[0].rpartition("@")[2]
    return (authority if authority.startswith("[") else authority.rpartition(":")[0] or authority).lower()


def look_alike_host(url: str) -> str | None:
    """Why `url`'s host may pass for another name, or None.

    - a label mixing scripts (`t.me` written with a Cyrillic `e`), or one spelt only with Cyrillic or Greek
      letters that look Latin under an ASCII top-level domain (`paypal.com` in Cyrillic letters), in its
      letters or in punycode (`xn--…`); the detail names what it reads as. International names in a script
      of their own (a Russian name under `.rf`) are not flagged;
    - a host whose other characters IDNA drops or maps to ASCII (`t.me` with a zero-width space, in
      full-width letters, with an ideographic full stop): the request goes to `t.me`, which the citation
      did not read as Telegram's;
    - a host that opens with a platform's host and goes on (`t.me.evil.example`, `x.com.co`);
    - a user name before `@` that reads as a host (`https://twitter.com@evil.example/…`, its dot escaped or
      ideographic): the link opens with the name a reader sees, and leads to the host after it;
    - a `\\` in the host part (`https://evil.example\\.x.com/…`, in an HTML link): a browser ends the host
      at it, where `urlsplit` read X's host (and the capture a host no name server knows, or, past a `@`,
      the host a browser does not open); and an escape in the host (`%74.me`), which a browser reads and
      the citation does not.
    """
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return None
    if "\\" in parts.netloc:
        opened = _host_a_browser_opens(parts.netloc)
        return (
            f"the URL's host part {parts.netloc!r} holds a '\\', which a browser reads as '/': it opens "
            f"{opened!r}, where the citation reads {host!r}"
        )
    if "%" in host:
        return f"the host {host!r} holds an escape: a browser reads it as {unquote(host)!r}"
    user = unquote(parts.netloc.rpartition("@")[0])
    if any(char in _LABEL_DOTS for char in user):
        return f"the URL names {user!r} before '@', a user name, not its host: it leads to {host!r}"
    in_letters = _host_in_letters(host)
    letters, requested = in_letters if in_letters is not None else (host, host)
    if not letters.isascii() and "xn--" not in requested:
        return f"the host {letters!r} is requested as {requested!r}, in characters that stand for others"
    opening = _platform_host_opening(requested)
    if opening is not None:
        return f"the host {requested!r} opens with {opening} and is another site"
    if in_letters is None:
        return None
    read_as = "".join(_LATIN_LOOK_ALIKES.get(char, char) for char in letters)
    # What it is, beside what it looks like.
    shown = f"{letters!r} ({requested})" + (f", read as {read_as!r}," if read_as.isascii() else "")
    labels = "".join("." if char in _LABEL_DOTS else char for char in letters).split(".")
    for label in labels:
        scripts = {_script(char) for char in label if char.isalpha()}
        if len(scripts) > 1:
            named = " and ".join(script.title() for script in sorted(scripts))
            return f"the host {shown} mixes {named} letters in {label!r}"
    if labels[-1].isascii():
        for label in labels[:-1]:
            letters_of = [char for char in label if char.isalpha()]
            if letters_of and not label.isascii() and all(char in _LATIN_LOOK_ALIKES for char in letters_of):
                return f"the host {shown} spells {label!r} with letters that look Latin but are not"
    return None
