"""The data that crosses a boundary: footnotes, citations, captures, check results and ledger lines.

Every model is frozen and refuses unknown fields, so a value that exists is a valid one. The JSON Schemas in
`schemas/` are generated from these models (`provenance schema`). Those of what a check run makes (captures,
check results, ledger lines) are made on first use, from `provenance.run_models`.

Annotations here are objects, not strings (no `from __future__ import annotations`): pydantic would evaluate
each string when its class is made, compiling it (230 of them, 0.014 G instructions before a check's first
request); a name used before its class is made is quoted.
"""

import datetime as dt
import re
import threading
import time
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, field_validator

from provenance.escaping import escape_unprintable
from provenance.urls import is_http_url

Sha256Hex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
# Text taken from evidence (a ledger, a WARC) into what `verify` prints: every unprintable character escaped.
PrintableText = Annotated[str, AfterValidator(escape_unprintable)]
UtcTimestamp = Annotated[
    str,
    StringConstraints(
        pattern=r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?Z$"
    ),
]
CheckName = Literal["locator", "schema", "captured", "date", "author", "quote", "title", "archived"]
CheckStatus = Literal["pass", "fail", "warn", "skip"]
FootnoteStatus = Literal["verified", "unconfirmed", "failed", "unlocatable", "error"]
# What the source says against what the citation claims: a warning here leaves the claim unconfirmed, so no
# footnote whose line records one of them warning (or any check failing) is `verified` (DESIGN.md section 3).
# `archived` is not among them: an archived copy elsewhere is not a claim of the citation.
CONTENT_CHECKS: tuple[CheckName, ...] = ("date", "author", "quote", "title")
Truncation = Literal["length", "time", "disconnect"]
Located = Literal["candidate", "confirmed"]

_FINDING_CODE = re.compile(r"^[a-z][a-z0-9-]*$")


def utc_now() -> str:
    """The current time as the ledger writes it: UTC, millisecond precision, `Z` suffix."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# One model built at a time, in any thread (reentrant: building one model can build those it refers to).
_BUILDING = threading.RLock()


class Model(BaseModel):
    # Each model's validator is built when the model is first used, not when this module is imported: a
    # command builds only the models it uses (`extract`, `verify`), and a check's capture processes build the
    # rest while their first requests are out (`build_models`), not before the first request (40 ms).
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    @classmethod
    def model_rebuild(
        cls,
        *,
        force: bool = False,
        raise_errors: bool = True,
        _parent_namespace_depth: int = 2,
        _types_namespace: Any = None,
    ) -> bool | None:
        """pydantic's build, one at a time, and never again for a model already built unless forced.

        Before pydantic 2.14 its build is not safe between threads: building a model that another thread has
        just built removes the validator it made, and until the new one is in place an instance is validated
        by `Model`'s, which refuses every field ("validation errors for Model": a check's capture workers
        beside its models built ahead, exit 3). A first use in another thread (pydantic builds the model
        then, through this method) waits here until the build under way is done, then uses it. (pydantic
        2.14 takes a lock of its own inside this one, always after it: the two cannot wait on each other.)"""
        with _BUILDING:
            if cls.__pydantic_complete__ and not force:
                return None
            return super().model_rebuild(
                force=force,
                raise_errors=raise_errors,
                # this method is one more frame between pydantic's caller and the build
                _parent_namespace_depth=_parent_namespace_depth + 1 if _parent_namespace_depth > 0 else 0,
                _types_namespace=_types_namespace,
            )


class Finding(Model):
    """Something worth telling the user about the report or a citation, short of a crash."""

    code: str = Field(
        description="Stable kebab-case identifier, e.g. `unreferenced-footnote`, `missing-url`."
    )
    message: str
    line: int | None = Field(default=None, ge=1, description="1-based line in the report, when known.")
    field: str | None = Field(default=None, description="The citation field concerned, for schema findings.")

    @field_validator("code")
    @classmethod
    def _code_is_kebab(cls, value: str) -> str:
        if not _FINDING_CODE.match(value):
            raise ValueError(f"finding code {value!r} is not kebab-case")
        return value


class Context(Model):
    """A body passage that points to a footnote, with the quoted passages in it."""

    line: int = Field(ge=1)
    text: str
    quotes: tuple[str, ...] = ()
    quotes_left_out: int | None = Field(
        default=None,
        ge=1,
        description="Quoted passages attributed to the footnote here but not kept (more quoted text than one"
        " context holds), when there are any. The quote check cannot confirm them: it never passes.",
    )
    location: str | None = Field(
        default=None,
        description="Where the passage is, for formats without lines: `paragraph 12` (DOCX),"
        " `page 3, line 14` (PDF). `line` is then the paragraph number or the line counted through the"
        " whole document.",
    )


class Footnote(Model):
    label: str = Field(min_length=1)
    text: str
    line: int = Field(ge=1, description="1-based line of the footnote's start in the report file.")
    urls: tuple[str, ...] = ()
    contexts: tuple[Context, ...] = ()
    findings: tuple[Finding, ...] = ()
    location: str | None = Field(
        default=None,
        description="Where the note is, for formats without lines: `footnote 3, cited in paragraph 12`"
        " (DOCX), `page 2, line 40` (PDF).",
    )


class ReportFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    DOCX = "docx"
    ODT = "odt"
    PDF = "pdf"


class Report(Model):
    """A report as a reader saw it: its footnotes, and findings that belong to no single footnote."""

    path: str
    format: ReportFormat
    sha256: Sha256Hex
    footnotes: tuple[Footnote, ...] = ()
    findings: tuple[Finding, ...] = ()


class Platform(StrEnum):
    TELEGRAM = "telegram"
    TWITTER = "twitter"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    YOUTUBE = "youtube"
    TIKTOK = "tiktok"
    VK = "vk"
    REDDIT = "reddit"
    LINKEDIN = "linkedin"
    BLUESKY = "bluesky"
    MASTODON = "mastodon"
    THREADS = "threads"
    WEIBO = "weibo"
    WEB = "web"


# How readers know each platform by name (a web page has none): the CSL container title and the details
# that name a platform; each says X/Twitter its own way.
PLATFORM_NAMES: dict[Platform, str] = {
    Platform.TELEGRAM: "Telegram",
    Platform.TWITTER: "X",
    Platform.FACEBOOK: "Facebook",
    Platform.INSTAGRAM: "Instagram",
    Platform.YOUTUBE: "YouTube",
    Platform.TIKTOK: "TikTok",
    Platform.VK: "VK",
    Platform.REDDIT: "Reddit",
    Platform.LINKEDIN: "LinkedIn",
    Platform.BLUESKY: "Bluesky",
    Platform.MASTODON: "Mastodon",
    Platform.THREADS: "Threads",
    Platform.WEIBO: "Weibo",
}


def _check_http_url(value: str | None) -> str | None:
    if value is not None and not is_http_url(value):
        raise ValueError(f"{value!r} is not an absolute http(s) URL")
    return value


class Citation(Model):
    """What a footnote says about its source; any field may be unknown."""

    platform: Platform | None = None
    author: str | None = Field(default=None, description="Person, outlet or channel name as cited.")
    handle: str | None = Field(default=None, description="Account handle or channel name, without `@`.")
    date: dt.date | None = None
    date_month_or_year: str | None = Field(
        default=None,
        pattern=r"^[0-9]{4}(-(0[1-9]|1[0-2]|2[1-4])|-12/[0-9]{4}-02)?$",
        description="Where the note gives no full day but dates the source to a month (`2022-01`: `January "
        "2022`, `Jan. 2022`, `2022-01`), a season (EDTF's and CSL's codes 21 to 24: spring, summer, autumn, "
        "winter; `2021-24`: CSL's winter 2021) or a year (`2022`: `Annual report 2022`): that month, season "
        "or year. A summer or a winter, which may cross the year's end, keeps its code and spans December of "
        "the year before to February of the year after (both northern readings and the southern "
        "hemisphere's); a spring or an autumn, within its year in either hemisphere, is written as the year. "
        "A winter or a summer a note names by its two years (`Winter 2021-22`, `winter 2021/2022`) is EDTF's "
        "interval `2021-12/2022-02`, December of the first to February of the second. "
        "Null where `date` is given. The `date` check holds the source's time to it; `schema` warns, as the "
        "post cannot be checked to the day.",
    )
    accessed: dt.date | None = Field(
        default=None,
        description="The day the note says its source was retrieved or accessed (`retrieved 21 January "
        "2022`, `accessed`, `abgerufen am`, `consult\u00e9 le`, `consultado el`, "
        "`\u0434\u0430\u0442\u0430 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f`; CSL's "
        "`accessed`): when the cited source (a wiki page's revision) was read, kept for the record. Never "
        "a publication date: the `date` check does not compare it.",
    )
    wiki_editor: str | None = Field(
        default=None,
        description="The wiki user a note citing a Wikimedia wiki's revision, diff or page credits the cited "
        "edit to (`edit by Wahlfuchs`, `as edited by`, `revision by`, `Wahlfuchs's edit`, `(edit by "
        "User:Wahlfuchs)`, `Bearbeitung von`, `\u043f\u0440\u0430\u0432\u043a\u0430`, `modification de`; "
        "a citations file's `custom.wiki_editor`), its namespace left out. The `author` check holds it to "
        "the user the page shows as the shown revision's editor.",
    )
    url: str | None = Field(
        default=None, description="The link exactly as the report (or the citations file) gives it."
    )
    canonical_url: str | None = Field(
        default=None,
        description="One spelling per post (`https://x.com/<user>/status/<id>`, `https://t.me/<channel>/<id>`);"
        " fetched beside `url`, never instead of it.",
    )
    post_id: str | None = None
    title: str | None = None
    title_quoted: bool = Field(
        default=True,
        description="False when the note gives `title` unquoted in a title's place (APA's after the day, "
        "Chicago's between the author and the outlet): the `title` check then first reads the note's words "
        "against the page's titles.",
    )
    original_url: str | None = Field(
        default=None,
        description="Set when `url` is an archived copy whose URL names its original (a Wayback Machine "
        "memento, `https://web.archive.org/web/<timestamp>/<original>`, or Archive-It's "
        "`https://wayback.archive-it.org/<collection>/<timestamp>/<original>`, archive.today's "
        "`https://archive.ph/<timestamp>/<original>` and `https://archive.ph/newest/<original>`, or "
        "Ghostarchive's `https://ghostarchive.org/archive/<date>/<original>`): the URL it "
        "is a copy of. Platform, handle and post id are the original's; the copy is what is captured and "
        "read (a Wayback copy as the original's copy, an archive.today copy as a page of its own).",
    )
    archived_url: str | None = Field(
        default=None,
        description="An archived copy of `url` (a Wayback Machine memento URL) that the note gives beside "
        "it: the copy the `archived` check asks for first.",
    )
    located: Located | None = Field(
        default=None,
        description="Set when the URL came from `provenance locate`: a `candidate` until a person marks it "
        "`confirmed` in the citations file.",
    )

    @field_validator("url", "canonical_url", "original_url", "archived_url")
    @classmethod
    def _url_is_http(cls, value: str | None) -> str | None:
        return _check_http_url(value)

    @field_validator("date_month_or_year")
    @classmethod
    def _interval_of_following_years(cls, value: str | None) -> str | None:
        # `2021-12/2022-02`: December of one year to February of the next, no other span.
        if value is not None and "/" in value and int(value[8:12]) != int(value[:4]) + 1:
            raise ValueError(f"{value!r} is not December of one year to February of the next")
        return value

    @field_validator("handle")
    @classmethod
    def _handle_is_bare(cls, value: str | None) -> str | None:
        if value is not None and (not value or value.startswith("@") or any(c.isspace() for c in value)):
            raise ValueError(f"handle {value!r} must be a bare name without '@' or spaces")
        return value


class VerifiableCitation(Citation):
    """The citation schema: what a citation needs before its source can be verified."""

    platform: Platform
    author: str = Field(min_length=1)
    date: dt.date
    url: str

    @field_validator("url")
    @classmethod
    def _url_is_http(cls, value: str | None) -> str | None:
        return _check_http_url(value)


class WarcRecordRef(Model):
    id: str = Field(description="WARC-Record-ID, e.g. `<urn:uuid:...>`.")
    type: str
    uri: str | None = None
    block_digest: str
    payload_digest: str | None = None


# The answers of a TimeGate that name no copy and say it has none (a 200 that is no memento: a page saying
# so). Any other answer without a memento (429, 5xx, no answer at all) leaves unknown whether it holds one.
SAYS_NO_MEMENTO = frozenset({200, 404, 410})


# The models of what a check run makes are made on first use: see `provenance.run_models`.
_RUN_MODELS = frozenset(
    {
        "Attachment",
        "AttachmentKind",
        "Base64",
        "BrowserCapture",
        "Capture",
        "CaptureOutcome",
        "CaptureReuse",
        "CheckResult",
        "Counts",
        "FootnoteLine",
        "LedgerLine",
        "LocateLine",
        "LocatedAccount",
        "LocatedCandidate",
        "MementoLookup",
        "Problem",
        "RefusedRequest",
        "ReportRef",
        "RetriedAttempt",
        "RunLine",
        "SignatureLine",
        "SourcePart",
        "SourcePost",
        "SourceProblem",
        "SummaryLine",
        "TimestampLine",
        "TlsPeer",
        "ToolInfo",
        "Transformation",
        "VerifyLine",
        "_LineBase",
    }
)


if TYPE_CHECKING:  # what `__getattr__` gives, as the type checker should see it
    from provenance.run_models import Attachment as Attachment
    from provenance.run_models import AttachmentKind as AttachmentKind
    from provenance.run_models import Base64 as Base64
    from provenance.run_models import BrowserCapture as BrowserCapture
    from provenance.run_models import Capture as Capture
    from provenance.run_models import CaptureOutcome as CaptureOutcome
    from provenance.run_models import CaptureReuse as CaptureReuse
    from provenance.run_models import CheckResult as CheckResult
    from provenance.run_models import Counts as Counts
    from provenance.run_models import FootnoteLine as FootnoteLine
    from provenance.run_models import LedgerLine as LedgerLine
    from provenance.run_models import LocatedAccount as LocatedAccount
    from provenance.run_models import LocatedCandidate as LocatedCandidate
    from provenance.run_models import LocateLine as LocateLine
    from provenance.run_models import MementoLookup as MementoLookup
    from provenance.run_models import Problem as Problem
    from provenance.run_models import RefusedRequest as RefusedRequest
    from provenance.run_models import ReportRef as ReportRef
    from provenance.run_models import RetriedAttempt as RetriedAttempt
    from provenance.run_models import RunLine as RunLine
    from provenance.run_models import SignatureLine as SignatureLine
    from provenance.run_models import SourcePart as SourcePart
    from provenance.run_models import SourcePost as SourcePost
    from provenance.run_models import SourceProblem as SourceProblem
    from provenance.run_models import SummaryLine as SummaryLine
    from provenance.run_models import TimestampLine as TimestampLine
    from provenance.run_models import TlsPeer as TlsPeer
    from provenance.run_models import ToolInfo as ToolInfo
    from provenance.run_models import Transformation as Transformation
    from provenance.run_models import VerifyLine as VerifyLine
    from provenance.run_models import _LineBase as _LineBase


def __getattr__(name: str) -> Any:
    if name in _RUN_MODELS:
        from provenance import run_models

        globals().update({each: getattr(run_models, each) for each in _RUN_MODELS})  # the next time, at once
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def build_models() -> None:
    """Build every model not built yet, one at a time with the interpreter lock handed over between them, so
    that threads with other work (a capture's first request) go first; each after the models its fields hold,
    whose schemas it then takes as built. Built before them, it made their schemas inside its own, and each
    was then made again on its own: 249 M instructions in each capture process of a check, 122 M in order."""
    import provenance.run_models  # noqa: F401 (its models are built too)

    for model in in_build_order(_every_model()):
        if not model.__pydantic_complete__:
            time.sleep(0)  # the interpreter lock to any thread that waits for it
            model.model_rebuild()  # not forced: another thread may have built it meanwhile


def _every_model() -> list[type[Model]]:
    """Every subclass of `Model` made so far, and theirs."""
    found: list[type[Model]] = []
    pending = list(Model.__subclasses__())
    while pending:
        model = pending.pop()
        found.append(model)
        pending.extend(model.__subclasses__())
    return found


def in_build_order(models: list[type[Model]]) -> list[type[Model]]:
    """`models`, each after every model of `models` that its fields hold (as such, or inside a list, a union,
    an `Annotated` …); a field not resolved yet (a quoted name) orders nothing."""
    given = set(models)
    held = {model: _held_models(model) & given for model in models}
    order: list[type[Model]] = []
    placed: set[type[Model]] = set()

    def place(model: type[Model], within: frozenset[type[Model]]) -> None:
        if model in placed or model in within:  # a model that holds itself, or one that holds it
            return
        for inner in sorted(held[model], key=lambda each: each.__qualname__):
            place(inner, within | {model})
        placed.add(model)
        order.append(model)

    for model in models:
        place(model, frozenset())
    return order


def _held_models(model: type[Model]) -> set[type[Model]]:
    """The models `model`'s fields name, at any depth of their types (not through the models they name)."""
    found: set[type[Model]] = set()
    pending: list[Any] = [field.annotation for field in model.model_fields.values()]
    while pending:
        annotation = pending.pop()
        if isinstance(annotation, type) and issubclass(annotation, Model):
            found.add(annotation)
        else:
            pending.extend(get_args(annotation))
    found.discard(model)
    return found
