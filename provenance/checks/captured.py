"""`captured`: was the cited source fetched and preserved, and is what came back the cited content?

A 200 answer can still be a deleted post, a login wall, a page empty without JavaScript, a soft 404, a bot
check, a cookie-consent wall or an empty body: each fails, named, because the capture then holds nothing the
report could rest on. A paywalled article is the cited content, but the capture may hold only its opening:
it warns, named, so the footnote is never `verified` on words the capture may not hold. So does a body cut
short, by the capture's limits or by the server's `206 Partial Content` (a part of the page, answered as to
a range request) or `226 IM Used` (a change to an earlier copy), and so does a `202 Accepted` (a server not
done answering: a bot check, a page still being made): the footnote is then an error, never verified on a
part or on no page. So does a `203` (a proxy on the way changed the page), and so does a third party's copy
of the source (a machine translation, Google's cache, a reader's copy): the date or author it passes on may
be the source's, but the page is not the publisher's, and a person must compare the original. So does a
video captured before it was shown (a premiere or a live stream still scheduled): its page is there, what it
says is not yet published. So does a channel's live page, which shows whatever the channel streams when it is
opened, never one fixed video. So does a
browser capture that kept no rendered DOM of the page: the checks then read the bytes as received, which the
page's scripts may have changed before anyone saw them. A Community Note X shows under a post is said in the
detail, whatever the status: readers' context is no verdict on whether the post says what the report says.
A Google News link (`news.google.com/rss/articles/CBMi…`) opens its story by script: where its id holds the
story's address, the failure names it. Where the cited URL redirected to another page, every detail names
the page read (`the page read at …`), a
warning's and a failure's as a pass's: "soft 404" or "paywall" is said of that page, not of the cited one.
"""

from __future__ import annotations

import base64
import binascii
from urllib.parse import urlsplit

from provenance.checks.interface import CheckInput
from provenance.checks.retraction import Acknowledgement, retraction_acknowledged
from provenance.models import Capture, CheckResult, SourcePart, SourcePost, SourceProblem

_PROBLEMS: dict[SourceProblem, str] = {
    "unavailable": "deleted or unavailable",
    "login-wall": "login wall",
    "script-shell": "script shell",
    "soft-404": "soft 404",
    "challenge": "bot check",
    "consent-wall": "consent wall",
    "empty": "empty answer",
}
_PARTS: dict[SourcePart, str] = {
    "paywall": "paywall",
    "copy": "a third party's copy",
    "undecoded": "body not decoded whole",
    "upcoming": "not yet shown",
    "live-page": "no fixed video",
    "gated": "video behind a gate",
    "elsewhere": "a viewer of a document held elsewhere",
}
# What an error status (a 403, a 503) was, when the page says: it fails either way, and this says why.
_NAMED_WITH_STATUS: frozenset[SourceProblem] = frozenset({"challenge", "login-wall", "consent-wall"})


def _instead(given: CheckInput) -> str:
    source = given.source
    if source is None or not source.memento_url:
        return ""
    # Which copy, by its address: a date alone did not say which archive's copy the checks read.
    when = source.memento_datetime or "unknown date"
    return f"; the archived copy of {when}, {source.memento_url}, was captured and checked instead"


def _cited_copy(given: CheckInput) -> str:
    """Said where the cited URL is itself an archived copy: what was captured is the archive's copy of the
    original, of a date, not the original."""
    live, original = given.live, given.citation.original_url
    if live is None or original is None:
        return ""
    if not live.memento_url:
        # An archive.today copy (its URL names the original, but its page is the archive's own), or a copy
        # that went on by itself to another page: what was read is not the original's copy.
        return (
            f"a page whose URL names it a copy of {original}, read as a page of its own, not as that copy; "
        )
    return f"the archived copy of {original} made {live.memento_datetime or 'at an unknown date'}, "


def _same_page(left: str, right: str) -> bool:
    """Whether two URLs differ only as sites move their own pages: http to https, `www.` on or off, a
    trailing slash."""
    one, other = urlsplit(left), urlsplit(right)
    hosts = [(parts.hostname or "").removeprefix("www.") for parts in (one, other)]
    paths = [parts.path.rstrip("/") for parts in (one, other)]
    return hosts[0] == hosts[1] and paths[0] == paths[1] and one.query == other.query


def _redirected(given: CheckInput, capture: Capture) -> str:
    """Said where the cited URL led to another page: the answer (and the page checked) is that page's, which
    a reader of the report following the link is sent to, but which may not be what the writer saw."""
    if len(capture.redirects) < 2 or given.citation.original_url is not None:
        return ""
    if _same_page(capture.redirects[0], capture.final_url):
        return ""
    return f" at {capture.final_url} (the cited URL redirected there)"


def _reused(capture: Capture) -> str:
    """Said on every result of a reused capture: this run did not fetch it, an earlier one did."""
    reuse = capture.reused
    if reuse is None:
        return ""
    by = (
        f"an earlier run (ledger line {reuse.file_line})"
        if reuse.source == "ledger"
        else "an interrupted run"
    )
    return (
        f" (reused: captured {capture.started_at} by {by}; its WARC still matches its SHA-256 and the "
        "capture's URL, address, status and times)"
    )


def _unrendered(capture: Capture) -> str:
    """What `captured` says of a browser capture whose page was not read as rendered; empty when it was."""
    why = capture.browser.unrendered if capture.browser is not None else None
    return f"not read as rendered ({why}): the checks read the bytes as received" if why else ""


def _went_on(capture: Capture) -> str:
    """What `captured` says of a browser capture whose page went on by itself to another document, read
    instead: the cited URL's own document is not what a reader was left with, and its answer was not checked
    for that document (its status, say); empty when it did not."""
    browser = capture.browser
    if browser is None or browser.went_on_to is None or browser.unrendered:
        return ""  # not read as rendered: said so instead
    return f"the page went on by itself to {browser.went_on_to}: the checks read that page"


def _browser_notes(capture: Capture) -> str:
    """What a browser capture could not do (waits cut short, attachments not made, a file not rendered),
    said on `captured` so that whoever reads its detail (`--json`, the table) knows what the checks rest on;
    empty when it did everything. The notes `_unrendered` and `_went_on` already say are left out."""
    browser = capture.browser
    if browser is None:
        return ""
    said = (browser.unrendered, browser.went_on_to)
    kept = dict.fromkeys(browser.notes)  # each once: a step may be cut short twice (a screenshot's two waits)
    notes = [note for note in kept if not any(text and text in note for text in said)]
    return f"; browser: {'; '.join(notes)}" if notes else ""


# 2xx answers whose body is not the page the request asked for, said as a cut body is (never a pass, the
# footnote an error): each answers a request the plain capture of a cited page never sends (a browser may ask
# a video for a range), and its body was read as if it were the page.
_PARTS_OF_THE_PAGE: dict[int, str] = {
    # AWS WAF answers its bot check so (`x-amzn-waf-action: challenge`), and a server still making the page
    # may: RFC 9110 has the body describe the request's state. It passed as the page, its words unread.
    202: "HTTP 202 Accepted: the server had not finished answering, and the body says how the request stands "
    "(a bot check, a page still being made), not the page",
    206: "HTTP 206 Partial Content: the body may be only a part of the page (an answer to a range request)",
    226: "HTTP 226 IM Used: the body is a change to apply to an earlier copy of the page (an answer to a "
    "request for one), not the page",
}
# A 2xx whose body a proxy on the way changed from its server's answer (RFC 9110, 15.3.4): the page, as a
# third party's copy of it is; a person must compare the server's own.
_CHANGED_ON_THE_WAY = (
    "HTTP 203 Non-Authoritative Information: a proxy on the way changed the page from its server's answer"
)


def _not_the_page(status: int) -> str:
    """What `captured` says of a 2xx whose body is not the server's whole page; empty when it is."""
    return _CHANGED_ON_THE_WAY if status == 203 else _PARTS_OF_THE_PAGE.get(status, "")


def person_must_look(given: CheckInput) -> bool:
    """Whether `captured` warns only for what a person can settle by looking, the capture itself whole: the
    source shows part of its content (a paywall), a proxy changed it on the way (a 203), a browser capture
    kept no rendered DOM of the page or the page went on by itself to another. The checks were made on what
    the capture holds, and a person must read the rest (the footnote is unconfirmed). A body the capture cut
    short is the tool's limit, and a part of the page a server answered (a 206, a 226) is no capture of the
    page: no check could be completed (error)."""
    live, outcome = given.live, given.outcome
    capture = outcome.capture if outcome is not None else None
    if live is None or capture is None or capture.truncated or capture.http_status in _PARTS_OF_THE_PAGE:
        return False
    if live.problem is not None:
        # A retracted source the report says is retracted: its words compared, a person must look.
        return retraction_acknowledged(given) is not None
    changed = capture.http_status == 203
    return live.partial is not None or changed or bool(_unrendered(capture) or _went_on(capture))


def check_captured(given: CheckInput) -> CheckResult:
    outcome = given.outcome
    if outcome is None:
        reason = "offline: no capture attempted" if given.offline else "nothing to capture: no URL"
        return CheckResult(name="captured", status="skip", detail=reason)
    capture = outcome.capture
    if capture is None:
        if outcome.local_failure:  # not the source's doing: the check could not be made (status `error`)
            return CheckResult(
                name="captured", status="skip", detail=f"the evidence could not be kept: {outcome.error}"
            )
        return CheckResult(name="captured", status="fail", detail=outcome.error or "nothing was fetched")
    if capture.http_status is None and outcome.error:
        return CheckResult(
            name="captured", status="fail", detail=f"{outcome.error}; no answer{_instead(given)}"
        )
    where = f"{capture.bytes} bytes in {capture.warc}{_reused(capture)}{_browser_notes(capture)}"
    status = capture.http_status
    live = given.live
    # A 2xx with an error is a cut answer (the server hung up inside its headers): never a pass.
    if status is None or not 200 <= status < 300 or outcome.error:
        answer = f"HTTP {status}{_redirected(given, capture)}" if status is not None else "no HTTP answer"
        why = f" ({outcome.error})" if outcome.error and outcome.error != f"http {status}" else ""
        if not why and live is not None and live.problem in _NAMED_WITH_STATUS:
            why = f" ({_PROBLEMS[live.problem]}: {live.problem_detail})"
        return CheckResult(
            name="captured",
            status="fail",
            detail=f"{answer}{why}; kept as evidence: {where}{_instead(given)}",
        )
    if live is None:
        # Captured, but what was stored could not be read back: nothing was compared, so nothing can pass
        # (the footnote is an `error`, never `verified` on an unread page).
        return CheckResult(
            name="captured",
            status="skip",
            detail=f"HTTP {status}, but the answer could not be read back from {capture.warc}: not checked",
        )
    # Where the cited URL led to another page, the page read is that one: said on a warning or a failure too,
    # where "soft 404: …" or "paywall: …" was said of the cited URL's page when it was the one it led to.
    moved = _redirected(given, capture)
    read_at = f"the page read{moved}, " if moved else ""
    acknowledged = retraction_acknowledged(given)
    if live.problem is not None and acknowledged is not None:
        return _retracted_as_the_report_says(given, capture, acknowledged, read_at + where)
    if live.problem is not None:
        problem = f"{_PROBLEMS[live.problem]}: {live.problem_detail}{_opened_by_google_news(given)}"
        return CheckResult(
            name="captured",
            status="fail",
            detail="; ".join(
                part
                for part in (
                    problem,
                    _went_on(capture),
                    _cited_copy(given) + read_at + where + _instead(given),
                )
                if part
            ),
        )
    cut = f"HTTP {status} but the body was cut ({capture.truncation})" if capture.truncated else ""
    not_the_page = "" if cut else _not_the_page(status)
    # Captured, yet a side document in it could not be read (Telegram's widget answered 429): said here, with
    # the capture, since the checks that miss what it gives (a date) only see that it is missing.
    unread = (
        (f"; {live.unread}" if live.unread else "")
        + _version_shown(live)
        + _community_note(live)
        + _clip_of(live)
    )
    partial = f"{_PARTS[live.partial]}: {live.partial_detail}" if live.partial is not None else ""
    warnings = [
        part for part in (partial, cut, not_the_page, _unrendered(capture), _went_on(capture)) if part
    ]
    if warnings:
        return CheckResult(
            name="captured",
            status="warn",
            detail="; ".join([*warnings, _cited_copy(given) + read_at + where]) + unread,
        )
    return CheckResult(
        name="captured",
        status="pass",
        detail=f"HTTP {status}{moved}, {_cited_copy(given)}{where}{unread}",
    )


def _retracted_as_the_report_says(
    given: CheckInput, capture: Capture, acknowledged: Acknowledgement, where: str
) -> CheckResult:
    """`captured` of a retracted source the report says is retracted: a warning naming the retraction and
    where the report says so. The checks compare the retracted words the report cites, but they no longer
    stand: a person must look (never verified)."""
    live = given.live
    retraction = live.problem_detail if live is not None else None
    partial = f"; {_PARTS[live.partial]}: {live.partial_detail}" if live and live.partial is not None else ""
    said = (
        f"{retraction}; the report says it was retracted ({acknowledged.said()}): the checks read the "
        f"retracted words it cites, which no longer stand; a person must look{partial}"
    )
    return CheckResult(
        name="captured",
        status="warn",
        detail="; ".join(part for part in (said, _went_on(capture), _cited_copy(given) + where) if part),
    )


def _version_shown(live: SourcePost) -> str:
    """Which version of an edited post the capture shows (X's `edit_control`, `version_shown`), said beside
    it: kept in the ledger only, a capture of the first version passed with nothing said of the words the
    post shows now."""
    version = live.fields.get("version_shown")
    return f"; {version}" if version else ""


def _clip_of(live: SourcePost) -> str:
    """A YouTube clip's video, said beside the capture: the clip's page shows that video's title, date and
    description, and its words are that video's, while the note cites a clip of it."""
    video = live.fields.get("clip of")
    if not video:
        return ""
    part = f" ({live.fields['clip part']} of it)" if live.fields.get("clip part") else ""
    return f"; the link is a clip of {video}{part}: its words, title and time are that video's"


_NOTE_SHOWN = 160  # characters of a Community Note said in the detail; the whole note is in the ledger


def _community_note(live: SourcePost) -> str:
    """A Community Note X shows under the post, said beside the capture: readers' context is no check's
    verdict (the post still says what it says), but a fact-checker citing the post wants to know of it."""
    note = live.fields.get("community_note")
    if not note:
        return ""
    shown = note if len(note) <= _NOTE_SHOWN else note[:_NOTE_SHOWN] + "…"
    return f"; X shows a Community Note under the post (readers' context, not its words): {shown!r}"


_GOOGLE_NEWS_HOSTS = frozenset({"news.google.com"})
# The path parts before a Google News article's id (`/rss/articles/<id>`, `/articles/<id>`, `/read/<id>`).
_GOOGLE_NEWS_ARTICLE_PARTS = frozenset({"articles", "read"})
_GOOGLE_NEWS_ID_CHARS = 4_000
# An id's bytes, where it holds the address: a message whose field 4 (`0x22` after `0x08 0x13`) is the
# story's address, its length a varint of one or two bytes.
_GOOGLE_NEWS_ID_OPENING = b"\x08\x13\x22"


def google_news_target(url: str | None) -> str | None:
    """The story's address a Google News article link (`https://news.google.com/rss/articles/CBMi…?oc=5`)
    opens, where its id holds it (base64 of a message whose field 4 is the address, as Google News wrote
    its ids until 2024); None for any other link, or an id that holds no address (later ids name the story
    by a key only Google reads)."""
    if not url:
        return None
    try:
        parts = urlsplit(url[:_GOOGLE_NEWS_ID_CHARS])
    except ValueError:  # a malformed address names no story
        return None
    segments = parts.path.split("/")
    if (parts.hostname or "").lower() not in _GOOGLE_NEWS_HOSTS or len(segments) < 3:
        return None
    if segments[-2] not in _GOOGLE_NEWS_ARTICLE_PARTS or not segments[-1]:
        return None
    key = segments[-1]
    try:
        raw = base64.urlsafe_b64decode(key + "=" * (-len(key) % 4))
    except (binascii.Error, ValueError):
        return None
    if not raw.startswith(_GOOGLE_NEWS_ID_OPENING) or len(raw) < 5:
        return None
    length, start = raw[3], 4
    if length & 0x80:  # a varint of two bytes
        length, start = (length & 0x7F) | (raw[4] << 7), 5
    address = raw[start : start + length]
    if len(address) != length or not address.startswith((b"https://", b"http://")):
        return None
    if not address.isascii() or any(byte <= 0x20 or byte == 0x7F for byte in address):
        return None
    return address.decode("ascii")


def _opened_by_google_news(given: CheckInput) -> str:
    """Where the cited link is a Google News article's, the address it opens by script, named: the page
    fetched showed nothing of the story, and the detail said only that its scripts did not run."""
    target = google_news_target(given.citation.url)
    if target is None:
        return ""
    return f"; a Google News link, which opens {target} by script: cite that address"
