"""The models of what a check run makes: captures, source posts, check results, journal entries and ledger
lines.

Kept apart from `provenance.models`, which makes them on first use (its `__getattr__`) or in `build_models`,
once a check's first requests are out: making these classes is 70 M instructions, which `extract`, `--help`
and a check before its first request do not need. Import them from `provenance.models`, as every other model
(the journal's entry from `provenance.reuse.journal`). As there, annotations are objects, not strings.
"""

import base64
import binascii
import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, field_validator

from provenance.models import (
    CheckName,
    CheckStatus,
    Citation,
    Context,
    Finding,
    FootnoteStatus,
    Model,
    Platform,
    PrintableText,
    ReportFormat,
    Sha256Hex,
    Truncation,
    UtcTimestamp,
    WarcRecordRef,
)


class CheckResult(Model):
    name: CheckName
    status: CheckStatus
    detail: str
    cited: str | None = Field(default=None, description="What the citation or its passage says, compared.")
    found: str | None = Field(
        default=None, description="What the source says beside it: its date, author, title or best excerpt."
    )


class TlsPeer(Model):
    """What the server proved about itself over TLS: the certificate it presented and the session it made."""

    version: str | None = Field(default=None, description="TLS protocol version, e.g. `TLSv1.3`.")
    cipher: str | None = None
    certificate_sha256: Sha256Hex | None = Field(
        default=None, description="SHA-256 of the leaf certificate's DER bytes (its usual fingerprint)."
    )
    subject: str | None = None
    issuer: str | None = None
    not_before: str | None = None
    not_after: str | None = None


class Transformation(Model):
    """One thing done to captured bytes between the wire and a check, declared so none is hidden."""

    step: Literal["transfer-decoding", "content-decoding", "charset-decoding", "rendering"]
    uri: str = Field(description="The record's WARC-Target-URI.")
    stored: bool = Field(
        description="True when the WARC holds the result (framing removed, a render made by the tool); "
        "false when only what the checks read was transformed and the WARC keeps the original bytes."
    )
    detail: str


AttachmentKind = Literal["screenshot", "dom", "shown", "pdf"]


class Attachment(Model):
    """Something the browser made from the rendered page, kept in the WARC as a `resource` record linked
    (`WARC-Concurrent-To`) to the page's response record."""

    kind: AttachmentKind = Field(
        description="`screenshot` (full-page PNG), `dom` (the HTML after scripts ran), `shown` (that "
        "DOM with `hidden` set on each element the browser did not render: what the checks read), `pdf` (a "
        "print)."
    )
    record_id: str = Field(description="WARC-Record-ID of the resource record.")
    uri: str = Field(description="Its WARC-Target-URI, e.g. `urn:provenance:screenshot:<page URL>`.")
    content_type: str
    sha256: Sha256Hex = Field(description="SHA-256 of the attachment's bytes.")
    bytes: int = Field(ge=0)
    made_at: UtcTimestamp = Field(description="When the browser made it (also the record's WARC-Date).")


class RefusedRequest(Model):
    """A request the page made that was not fetched: refused by the network policy, or failed."""

    method: str
    url: str
    error: str = Field(description="`blocked: ...` for the network policy, else why it failed.")


class BrowserCapture(Model):
    """How a browser capture rendered the page."""

    chromium: str | None = Field(description="Chromium's version, e.g. `156.0.8078.114`.")
    user_agent: str
    viewport: str = Field(description="Width x height in CSS pixels, e.g. `1280x2000`.")
    requests: int = Field(ge=0, description="Requests the page made (every one is in the WARC or refused).")
    refused: tuple[RefusedRequest, ...] = Field(
        default=(), description="Requests not fetched (at most the first 100; the WARC's metadata has all)."
    )
    refused_count: int = Field(default=0, ge=0)
    notes: tuple[str, ...] = Field(
        default=(), description="Waits cut short, attachments not made: what the capture could not do."
    )
    went_on_to: str | None = Field(
        default=None,
        description="The document the page went on to by itself (a script, a refresh) and ended on, when it "
        "was not its own: what a reader was left with. The attachments show it and the content checks read "
        "it, as rendered.",
    )
    unrendered: str | None = Field(
        default=None,
        description="Why the content checks read the page's bytes as received, not the page as rendered: "
        "no rendered DOM of it was kept (its scripts never yielded, the DOM was over `--max-bytes`). None "
        "when they read the rendered DOM.",
    )


class CaptureReuse(Model):
    """A capture made earlier and reused by a later run instead of fetching the URL again (`--max-age`)."""

    source: Literal["ledger", "journal"] = Field(
        description="`ledger`: an earlier run of this ledger recorded it (line `line`); `journal`: a run "
        "that was interrupted made it and listed it in the journal beside the ledger."
    )
    line: int | None = Field(default=None, ge=0, description="The `seq` of the ledger line that recorded it.")
    checked_at: UtcTimestamp = Field(
        description="When its WARC file was hashed again and found to match `warc_sha256`."
    )

    @property
    def file_line(self) -> int | None:
        """The line of the ledger file that recorded it, counted from 1 as `verify` and an editor count
        (`line` is its `seq`, counted from 0)."""
        return None if self.line is None else self.line + 1


class RetriedAttempt(Model):
    """A request asked again: its first answer (or failure) is kept in the WARC as an exchange of its own."""

    url: str = Field(description="The URL as requested.")
    at: UtcTimestamp = Field(description="When this attempt began.")
    http_status: int | None = Field(description="Its answer (429, 5xx); None when it got none.")
    error: str | None = Field(default=None, description="Why it failed when it got no (whole) answer.")
    retry_after: float | None = Field(
        default=None,
        description="The seconds the server asked to wait, when it did: its `Retry-After`, or for a 429"
        " without one, the time until its rate limit resets (`RateLimit-Reset`, `X-RateLimit-Reset`).",
    )
    waited: float = Field(ge=0, description="Seconds waited before the next attempt.")


class Capture(Model):
    """What was fetched for one footnote and where the evidence lies."""

    url: str = Field(description="The URL as cited (an IRI stays an IRI); `redirects` has it as requested.")
    final_url: str = Field(description="The last URL requested; the one that got no answer, if one did not.")
    http_status: int | None = Field(description="The answer to `final_url`; None when it got none.")
    warc: str = Field(description="Path of the WARC file; in a ledger, relative to the ledger's folder.")
    warc_sha256: Sha256Hex
    warc_bytes: int | None = Field(
        default=None,
        ge=0,
        description="Size of the WARC file in bytes; `verify` reads no more (absent in older ledgers).",
    )
    records: tuple[WarcRecordRef, ...]
    ip: str | None = Field(
        description="The address connected to for `final_url`; None when none answered, or through a proxy."
    )
    started_at: UtcTimestamp
    finished_at: UtcTimestamp
    bytes: int = Field(ge=0, description="Response body bytes stored, over every exchange.")
    truncated: bool
    truncation: Truncation | None = None
    redirects: tuple[str, ...] = Field(
        default=(),
        description="Every URL requested in order, as requested (percent-encoded, IDNA host), the first "
        "and one that got no answer included.",
    )
    tls: TlsPeer | None = Field(
        default=None, description="The TLS peer of the last exchange; None over http."
    )
    transformations: tuple[Transformation, ...] = Field(
        default=(), description="What was done to the bytes between the wire and the checks."
    )
    proxy: str | None = Field(
        default=None,
        description="The proxy every request went through (its URL, never its credentials); the proxy chose "
        "the origin's address, so `ip` is null.",
    )
    error: str | None = None
    attachments: tuple[Attachment, ...] = Field(
        default=(), description="Browser captures: screenshot, rendered DOM and PDF, each a resource record."
    )
    browser: BrowserCapture | None = Field(default=None, description="Browser captures: how it was rendered.")
    local_ip: str | None = Field(
        default=None,
        description="The local address the connection for `final_url` came from: the machine's outward IP "
        "unless a NAT or proxy stood between.",
    )
    retries: tuple[RetriedAttempt, ...] = Field(
        default=(),
        description="Requests asked again after a failure likely to pass (no connection, 429, 5xx), each "
        "first attempt kept in the WARC; the capture describes the last one.",
    )
    reused: CaptureReuse | None = Field(
        default=None,
        description="Set when this run did not fetch the URL but reused this capture, made earlier (its "
        "times and hashes are the original ones).",
    )


class CaptureOutcome(Model):
    """The result of trying to capture one URL: a capture, an error, or both (e.g. a 404 or a cut body)."""

    url: str
    capture: Capture | None = None
    error: str | None = Field(default=None, description="Why the capture failed; `blocked: ...` for policy.")

    @property
    def blocked(self) -> bool:
        return self.error is not None and self.error.startswith("blocked:")

    @property
    def local_failure(self) -> bool:
        """The evidence could not be kept on this machine (`archive: ...`, a full disk say): an error of the
        run, which says nothing about the source."""
        return self.error is not None and self.error.startswith("archive:")


SourceProblem = Literal[
    "unavailable", "login-wall", "script-shell", "soft-404", "challenge", "consent-wall", "empty"
]
# Why a capture that is the cited content may hold only part of it: a `paywall` (the page marks its article as
# not free to read, or shows a subscribe-to-continue prompt beside a short text); a `copy`, a third party's
# copy of the source (a machine translation, a cache, a reader's copy), which passes on some of the source's
# metadata but whose words are not the source's; `undecoded`, a body whose Content-Encoding did not decode to
# its end (the server's stream is cut short or damaged), of which only a part was read; `upcoming`, a video
# captured before it was shown (a premiere or a live stream scheduled, not yet aired): its page is there, what
# it says is not yet published; `live-page`, a YouTube channel's live page (`/@<handle>/live`), which shows
# whatever the channel streams when it is opened, never one fixed video; `gated`, a video behind a gate its
# player shows this visitor (an age check, a content warning, a sign-in, members only, a country block) whose
# watch page still carries its metadata: its title, channel and date were read, the video was never seen;
# `elsewhere`, a page that only shows a document held at another address (a PDF in a viewer): its own words
# are not the document's.
SourcePart = Literal["paywall", "copy", "undecoded", "upcoming", "live-page", "gated", "elsewhere"]


class SourcePost(Model):
    """What a captured source says, read by its platform's extractor from the bytes stored in its WARC.

    Every field may be unknown. `problem` says when the capture is not the cited content at all: a deleted or
    private post (`unavailable`), a `login-wall`, a page empty without JavaScript (`script-shell`), a page
    that answers 200 with an error, the site's home page or a parked domain (`soft-404`), a bot check
    (`challenge`), a page showing only a cookie-consent dialog (`consent-wall`), or no content at all
    (`empty`). `partial` says when it is the cited content but may hold only part of it (`paywall`), or
    only a third party's copy of it (`copy`), or a body that did not decode whole (`undecoded`), or a video
    not yet shown (`upcoming`, a premiere or a live stream scheduled), or a channel's live page showing no
    fixed video (`live-page`), or a video behind a gate (an age check, members only) whose metadata alone was
    read (`gated`), or a page showing only a document held elsewhere (`elsewhere`: a PDF in a viewer):
    what it says of itself (title, date, byline) is read and compared (a copy's
    words excepted, and a viewer's own `<title>` and words, kept in `fields`), yet what it does not show was
    not checked.
    `unread` says why a side document the platform's time or author comes from was not read (Telegram's
    widget answered 429), or why the page itself was not (a PDF), so that a check finding them missing says
    why.
    """

    platform: Platform
    url: str = Field(description="The URL whose answer was read (after redirects).")
    canonical_url: str | None = None
    post_id: str | None = None
    author: str | None = Field(default=None, description="Author or channel display name as shown.")
    handle: str | None = Field(default=None, description="Account handle or channel name, without `@`.")
    author_id: str | None = Field(default=None, description="A stable account id, where one is shown.")
    publisher: str | None = Field(default=None, description="Site or outlet name (`og:site_name`).")
    published: dt.datetime | None = Field(default=None, description="Publication time, UTC.")
    published_day_only: bool = Field(
        default=False, description="The source gives a calendar day without a time of day."
    )
    published_from: str | None = Field(default=None, description="Which field gave the time.")
    title: str | None = None
    text: str = Field(
        default="",
        description="The post's text or the page's main text; a page's whole visible text when no quoted "
        "words were to be found in it (then `fields.text` says so).",
    )
    language: str | None = Field(default=None, description="Language the source declares (ISO 639-1).")
    problem: SourceProblem | None = None
    problem_detail: str | None = None
    partial: SourcePart | None = Field(
        default=None,
        description="The page is the cited content but the capture may hold only part of it (`paywall`), "
        "or a third party's copy of it (`copy`: a machine translation, a cache, a reader's copy), or a video "
        "behind a gate whose metadata alone was read (`gated`), or a page that only shows a document held "
        "elsewhere (`elsewhere`: a PDF in a viewer).",
    )
    partial_detail: str | None = None
    unread: str | None = Field(
        default=None,
        description="Why a side document that gives the post's time or author was not read (Telegram's "
        "widget answered HTTP 429): what was read came from the rest of the capture; or why the page itself "
        "was not read (a PDF: `its application/pdf body is not read`).",
    )
    edited: bool = False
    memento_url: str | None = Field(
        default=None, description="Set when read from an archived copy (a Memento), not the live page."
    )
    memento_datetime: str | None = None
    fields: dict[str, str] = Field(default_factory=dict, description="The raw fields read, by name.")

    @field_validator("published")
    @classmethod
    def _published_is_utc(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a publication time must carry its time zone")
        return value.astimezone(dt.UTC)


class MementoLookup(Model):
    """An archived copy asked of a Memento TimeGate (RFC 7089), and what it answered."""

    timegate: str = Field(
        description="The URL asked: the TimeGate base + the cited URL (or its canonical form), or the "
        "archived copy the note names (`citation.archived_url`)."
    )
    asked_before: tuple[str, ...] = Field(
        default=(),
        description="URLs asked before `timegate`, each of which said it has no copy (the archived copy the "
        "note names, the URL as cited before its canonical form).",
    )
    accept_datetime: str | None = Field(default=None, description="`Accept-Datetime` sent: the cited day.")
    http_status: int | None = None
    memento_url: str | None = None
    memento_datetime: str | None = Field(default=None, description="`Memento-Datetime` as given.")
    captured: bool = Field(default=False, description="The memento itself is in the footnote's WARC.")
    error: str | None = None


class Problem(Model):
    """One thing `verify` found wrong, by ledger line and file, with expected vs found where it applies.

    Its text can quote evidence (a WARC's bytes, a ledger's paths), so every unprintable character in it is
    escaped when the problem is made: what `verify` prints, on a terminal or as JSON, holds no control codes.
    """

    line: int | None
    file: PrintableText | None
    code: str
    message: PrintableText
    expected: PrintableText | None = None
    actual: PrintableText | None = None

    @classmethod
    def at(cls, line: int | None, file: str, code: str, message: str) -> "Problem":
        return cls(line=line, file=file, code=code, message=message)

    @classmethod
    def mismatch(
        cls, line: int | None, file: str, code: str, what: str, expected: object, actual: object
    ) -> "Problem":
        return cls(
            line=line,
            file=file,
            code=code,
            message=f"{what} does not match",
            expected=str(expected),
            actual=str(actual),
        )


# --- ledger lines ------------------------------------------------------------------------------------------


class ToolInfo(Model):
    name: str
    version: str


class ReportRef(Model):
    path: str = Field(description="Path of the report, relative to the ledger's folder.")
    sha256: Sha256Hex
    format: ReportFormat


class _LineBase(Model):
    seq: int = Field(ge=0)
    at: UtcTimestamp
    prev: Sha256Hex


class RunLine(_LineBase):
    kind: Literal["run"] = "run"
    command: Literal["check", "locate"] = Field(
        default="check", description="What the run did: `check` footnotes, or `locate` unlinked ones."
    )
    tool: ToolInfo
    report: ReportRef
    operator: str
    host: str
    options: dict[str, Any]
    findings: tuple[Finding, ...] = ()
    started_at: UtcTimestamp | None = Field(default=None, description="When the run began (UTC).")
    finished_at: UtcTimestamp | None = Field(
        default=None, description="When its captures and checks ended (UTC); the seals come after."
    )
    software: dict[str, str] = Field(
        default_factory=dict, description="The tool, Python and the libraries that did the work, by version."
    )
    local_addresses: tuple[str, ...] = Field(
        default=(),
        description="The local addresses the run's captures came from, where known: the machine's outward IP "
        "unless a NAT or proxy stood between (then the servers saw another).",
    )


class FootnoteLine(_LineBase):
    kind: Literal["footnote"] = "footnote"
    label: str
    text: str
    line: int = Field(ge=1)
    contexts: tuple[Context, ...]
    citation: Citation
    findings: tuple[Finding, ...]
    capture: Capture | None
    checks: tuple[CheckResult, ...]
    status: FootnoteStatus
    source: SourcePost | None = Field(default=None, description="What the source says (text cut short).")
    archive: MementoLookup | None = None
    location: str | None = Field(
        default=None,
        description="Where the note is in a DOCX, ODT or PDF report (`line` is then not a text line).",
    )


class Counts(Model):
    verified: int = Field(default=0, ge=0)
    unconfirmed: int = Field(default=0, ge=0)
    failed: int = Field(default=0, ge=0)
    unlocatable: int = Field(default=0, ge=0)
    error: int = Field(default=0, ge=0)


class SummaryLine(_LineBase):
    kind: Literal["summary"] = "summary"
    counts: Counts
    total: int = Field(ge=0)
    seconds: float = Field(ge=0)


Base64 = Annotated[
    str, StringConstraints(pattern=r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$")
]


class SignatureLine(_LineBase):
    """An Ed25519 signature over `prev`, the head it seals: the key holder vouches for every line before."""

    kind: Literal["signature"] = "signature"
    algorithm: Literal["ed25519"] = "ed25519"
    public_key: Base64 = Field(description="Base64 of the raw 32-byte Ed25519 public key.")
    signature: Base64 = Field(description="Base64 of the signature over the ASCII hex of `prev`.")


class TimestampLine(_LineBase):
    """An RFC 3161 token over `prev`: a time-stamping authority says the head existed at `gen_time`."""

    kind: Literal["timestamp"] = "timestamp"
    tsa: str = Field(description="URL of the time-stamping authority asked.")
    token: Base64 = Field(
        description="Base64 of the whole DER TimeStampResp; its message imprint is SHA-256 with `prev`'s "
        "32 bytes as the hashed message."
    )
    gen_time: UtcTimestamp = Field(description="The token's genTime, as the authority signed it.")


class VerifyLine(_LineBase):
    """A `verify --record` of this ledger: who checked it, when, with what, and what they found."""

    kind: Literal["verify"] = "verify"
    tool: ToolInfo
    operator: str
    host: str
    verdict: Literal["intact", "not intact"]
    problems: int = Field(ge=0)
    warnings: int = Field(ge=0)
    options: dict[str, Any] = Field(
        description="What the check was asked to judge by (trusted keys, TSA root)."
    )


class LocatedAccount(Model):
    """A registry account searched for a footnote, and how well its name matched the speaker."""

    name: str
    platform: Platform
    handle: str | None
    speaker: str = Field(description="The name as the report gave it.")
    score: float = Field(ge=0, le=1)


class LocatedCandidate(Model):
    """A post proposed for an unlinked footnote: a person confirms it, `check` verifies it; never `locate`."""

    url: str
    score: float = Field(
        ge=0,
        le=1,
        description="How well the post fits the passage: the weighted mean of the judged parts, a ranking "
        "for a person to review, never a verdict.",
    )
    parts: dict[str, float | None] = Field(
        description="The score's parts (quote, speaker, date, order; time when the note gives one), each "
        "0..1 or null when not judged."
    )
    posted_at: UtcTimestamp | None
    excerpt: str
    account: str
    via: str = Field(description="How the post was read: telegram preview, syndication, memento.")
    notes: tuple[str, ...] = ()


class LocateLine(_LineBase):
    """One unlinked footnote searched by `provenance locate`: the search, what it found, and its evidence."""

    kind: Literal["locate"] = "locate"
    label: str
    platform: Platform | None
    date: dt.date | None
    period: str | None = Field(
        default=None,
        pattern=r"^[0-9]{4}(-(0[1-9]|1[0-2]|2[1-4]))?(/[0-9]{4}-(0[1-9]|1[0-2]))?$",
        description="The month (`2022-01`), the year (`2022`), the season (`2022-24`, CSL's code: every "
        "month it may mean was searched) or the span of months (`2021-12/2022-02`, a note's "
        "`Winter 2021-22`) a note with no day dates the post to (`Citation.date_month_or_year`): a month, "
        "season or span was searched, a year not. Null where `date` is given.",
    )
    window: int = Field(ge=0, description="Days searched on each side of the cited day (or month).")
    window_posts: int | None = Field(
        default=None,
        ge=0,
        description="Where the candidates are listed unranked (no quote told the posts apart): how many "
        "posts the window held; the candidates are those listed (at most 40, the nearest the cited day). "
        "Null where they are ranked.",
    )
    speakers: tuple[str, ...]
    quotes: tuple[str, ...]
    accounts: tuple[LocatedAccount, ...]
    candidates: tuple[LocatedCandidate, ...]
    capture: Capture | None = Field(description="The WARC of every page read while searching.")
    notes: tuple[str, ...] = ()


class JournalEntry(Model):
    """One finished capture, as the ledger would record it (its WARC path relative to the ledger's folder)."""

    kind: Literal["capture"] = "capture"
    at: UtcTimestamp
    profile: str  # the run's capture settings (reuse.capture_profile)
    capture: Capture
    # Under `--sign`: the signing key (base64 of the raw 32 bytes) and its signature (base64) over
    # `signed_bytes()`, so a run with the same key knows the entry is one of its own.
    public_key: str | None = None
    signature: str | None = None

    def signed_bytes(self) -> bytes:
        """What the signature covers: the entry's canonical JSON without `public_key` and `signature`."""
        from provenance.ledger.canonical import canonical_json

        return canonical_json(self.model_dump(mode="json", exclude={"public_key", "signature"}))

    def signed_by(self, public_key: str) -> bool:
        """Whether the entry carries a valid signature by `public_key` (base64 raw)."""
        if self.public_key != public_key or self.signature is None:
            return False
        from cryptography.exceptions import InvalidSignature

        from provenance.seal.keys import public_key_from_base64

        key = public_key_from_base64(public_key)
        try:
            signature = base64.b64decode(self.signature, validate=True)
        except (binascii.Error, ValueError):
            return False
        if key is None:
            return False
        try:
            key.verify(signature, self.signed_bytes())
        except (InvalidSignature, ValueError, RecursionError):  # ValueError: a value JCS cannot write
            return False
        return True


LedgerLine = Annotated[
    RunLine | FootnoteLine | SummaryLine | LocateLine | SignatureLine | TimestampLine | VerifyLine,
    Field(discriminator="kind"),
]
