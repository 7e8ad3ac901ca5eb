"""The accounts registry a user keeps: who posts where, matched against the names a report gives.

A CSV file (comma-, semicolon- or tab-separated; a header row naming `name`, `aliases`, `platform`, `handle`,
`id`, `url`, `notes`; aliases separated by `;` or `|`) or a YAML list of mappings with the same keys (aliases
as a list); a name or alias has at most 200 characters. A column or key given twice is refused, not settled by
whichever comes last; a handle is one account name with a letter or digit (never `.` or `..`, which a URL
reads as a path step); a url is an http(s) address (its scheme may be left out), on a platform other than
`web` the account's page, not the site's home page. A Bluesky handle is a domain name (`alice.bsky.social`)
or a DID, a Mastodon one `user@instance` whole (the instance a domain name, never an address); either may be
given by the profile's page (`https://bsky.app/profile/<handle>`, `https://<instance>/@<user>`), which must
agree with a handle given beside it. A Reddit handle is the user's name, bare or as `u/<name>` (3 to 20
letters, digits, `_`, `-`), or given by the user's page (`https://www.reddit.com/user/<name>`), which must
agree with a handle given beside it; so may a Telegram channel's or X user's (`https://t.me/<channel>`,
`https://x.com/<user>`). Rows giving one handle on one platform (or no handle and one page: `vk.com/rybar`,
`https://m.vk.com/rybar/`) are one account (the first row's name, every row's aliases) when they name one
person, and refused, naming both rows, when they name two or give two ids.
Names match whatever way they were transliterated: "Abu
'Ali Al-'Askari" = "Abu Ali al-Askari" = its Cyrillic spelling. A family name alone in the registry (an alias
`Medvedev`) matches a speaker who gives a given name only when the account's full name gives it too (`Sergei
Medvedev` is not the `Dmitry Medvedev` aliased so); an honorific (`Mr`, `General`) is no given name.

Matching compares a speaker in full only with the accounts whose names are near it (`RegistryIndex`).
Loading sees only bytes and a name for messages; matching is pure.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import SplitResult, urlsplit

import yaml
from anyascii import anyascii
from pydantic import Field, ValidationError, ValidationInfo, field_validator, model_validator
from rapidfuzz import fuzz, process

from provenance.citations.platforms import is_bluesky_did, platform_from_host
from provenance.errors import InputError
from provenance.locate.declension import differ_in_gendered_ending, nominative_forms, same_final_letter
from provenance.locate.feeds import reddit_account
from provenance.models import Model, Platform
from provenance.names import fold_spelling
from provenance.urls import is_http_url

_COLUMNS = ("name", "aliases", "platform", "handle", "id", "url", "notes")
_ALIAS_SEPARATOR = re.compile(r"\s*[;|]\s*")
_HANDLE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_LETTER_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
# Articles and joiners that transliterations keep, drop or glue on: al-, el-, ad-, ash-; bin / ibn; the.
_NOISE_WORDS = frozenset(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "the"])
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")
MAX_REGISTRY_BYTES = 5_000_000
# PyYAML's pure-Python parser reads some 100-400 kB a second (its C parser crashes on deep nesting, so it is
# not used): a 5 MB YAML file held `locate` for most of a minute. A registry this large is a CSV file's job.
MAX_YAML_REGISTRY_BYTES = 1_000_000
# Every speaker is compared with every name, alias and handle: a file of short aliases (900,000 in 5 MB) took
# seconds for every speaker of every footnote. Far more than a registry of the accounts reports cite holds.
MAX_REGISTRY_NAMES = 50_000
MATCH_THRESHOLD = 0.85
# Every speaker is compared word by word with every name: forty names of 100,000 characters took 4 s a
# speaker. No person's or account's name, written any way, comes near this.
# The longest account page address read (browsers and servers keep to about this much).
MAX_URL_CHARS = 2_048
MAX_NAME_CHARS = 200
# Words that stand before a family name in place of a given name (`Mr Medvedev`, `Sheikh Khazali`): no given
# name of another person. Offices (`President`) are read past before a speaker reaches the registry.
_HONORIFICS = frozenset(
    [
        "mrs",
        "miss",
        "sir",
        "dame",
        "lord",
        "lady",
        "herr",
        "frau",
        "madame",
        "monsieur",
        "mme",
        "mlle",
        "senor",
        "senora",
        "sheikh",
        "shaikh",
        "sayyed",
        "sayyid",
        "sayed",
        "imam",
        "hajji",
        "haji",
        "mullah",
        "general",
        "colonel",
        "captain",
        "major",
        "admiral",
        "sergeant",
        "lieutenant",
        "professor",
        "prof",
        "doctor",
        "comrade",
    ]
)
_SURNAME_ONLY = 0.9
_FAMILY_NAME_RATIO = 85  # as `_similarity` asks of a shorter name's last word


_DOMAIN_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_MASTODON_USER = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")
_MAX_DOMAIN = 253


# A value a message quotes is cut to this many characters: a registry's 100 kB name or platform was echoed
# whole in the one-line error.
_SHOWN_VALUE = 60


def _shown(value: object) -> str:
    """The value as a message quotes it (`repr`), cut to `_SHOWN_VALUE` characters."""
    text = value if isinstance(value, str) else str(value)
    return repr(text[:_SHOWN_VALUE]) + ("…" if len(text) > _SHOWN_VALUE else "")


def _domain_name(value: str) -> str | None:
    """`value` lowercased when it is a domain name of two labels or more whose last is no number (`1.2.3.4`
    is an address, no name: an instance or handle is never one), else None."""
    name = value.lower().rstrip(".")
    labels = name.split(".")
    if len(name) > _MAX_DOMAIN or len(labels) < 2 or labels[-1].isdigit():
        return None
    return name if all(_DOMAIN_LABEL.fullmatch(label) for label in labels) else None


def bluesky_account(value: str) -> str | None:
    """A Bluesky account as the AppView's `actor` takes it, lowercased: a handle (a domain name) or a DID."""
    lowered = value.strip().lower()
    return lowered if is_bluesky_did(lowered) else _domain_name(lowered)


def mastodon_account(value: str) -> str | None:
    """`user@instance` (the instance lowercased) of a Mastodon account written whole, or None: a bare `user`
    names no server, and an instance on a platform of its own (x.com, t.me) runs no Mastodon."""
    user, at, domain = value.strip().removeprefix("@").partition("@")
    instance = _domain_name(domain) if at else None
    if instance is None or _MASTODON_USER.fullmatch(user) is None:
        return None
    if platform_from_host(instance.removeprefix("www.")) is not Platform.WEB or instance.endswith("bsky.app"):
        return None
    return f"{user}@{instance}"


def _profile_url(url: str) -> tuple[SplitResult, list[str]] | None:
    """A registry row's profile URL (its scheme may be left out) split, with its path's segments; None for
    one that does not parse or names a port (an account's page is at its platform's own)."""
    try:
        parts = urlsplit(url.strip() if "://" in url else f"https://{url.strip()}")
        port = parts.port
    except ValueError:
        return None
    if port is not None:
        return None
    return parts, [segment for segment in parts.path.split("/") if segment]


def bluesky_profile_handle(url: str) -> str | None:
    """The handle or DID of a Bluesky profile's page, `https://bsky.app/profile/<handle or DID>`, or None."""
    split = _profile_url(url)
    if split is None:
        return None
    parts, segments = split
    if (parts.hostname or "").removeprefix("www.") != "bsky.app":
        return None
    if len(segments) != 2 or segments[0] != "profile" or parts.query or parts.fragment:
        return None
    return bluesky_account(segments[1])


def mastodon_profile_handle(url: str) -> str | None:
    """`user@instance` of a Mastodon profile's page, `https://<instance>/@<user>`, or None."""
    split = _profile_url(url)
    if split is None:
        return None
    parts, segments = split
    if "@" in parts.netloc or parts.query or len(segments) != 1:
        return None
    user = segments[0]
    if not user.startswith("@") or "@" in user[1:]:
        return None  # `@user@other` on an instance is another server's account, seen from this one
    return mastodon_account(f"{user[1:]}@{parts.hostname or ''}")


# Paths of Telegram's and X's own pages, never a channel or user (`t.me/joinchat`, `x.com/home`).
_SITE_PAGES = frozenset(
    [
        "s",
        "c",
        "joinchat",
        "addstickers",
        "addemoji",
        "share",
        "proxy",
        "socks",
        "iv",
        "home",
        "i",
        "search",
        "explore",
        "intent",
        "hashtag",
        "settings",
        "notifications",
        "messages",
        "login",
        "signup",
        "tos",
    ]
)


def channel_page_handle(platform: Platform, url: str) -> str | None:
    """The channel or user whose page `url` is on Telegram (`https://t.me/<channel>`, `t.me/s/<channel>`) or
    X (`https://x.com/<user>`, `twitter.com/<user>`), or None for any other address (a post, a site page)."""
    split = _profile_url(url)
    if split is None or platform not in (Platform.TELEGRAM, Platform.TWITTER):
        return None
    parts, segments = split
    # A query names no other account (`x.com/rybar?lang=en`, `t.me/s/rybar?before=100`, as copied).
    if platform_from_host(parts.hostname or "") is not platform:
        return None
    if platform is Platform.TELEGRAM and len(segments) == 2 and segments[0] == "s":
        segments = segments[1:]
    if len(segments) != 1 or segments[0].lower() in _SITE_PAGES or not is_account_handle(segments[0]):
        return None
    return segments[0]


def is_account_handle(value: str) -> bool:
    """Whether `value` (without `@`) is one account name the search can put in a URL."""
    return bool(_HANDLE.match(value) and _LETTER_OR_DIGIT.search(value))


def reddit_profile_user(url: str) -> str | None:
    """The user of a Reddit user's page, `https://www.reddit.com/user/<name>` (or `/u/<name>`, on any of
    Reddit's hosts), or None."""
    split = _profile_url(url)
    if split is None:
        return None
    parts, segments = split
    host = (parts.hostname or "").rstrip(".")
    if host != "reddit.com" and not host.endswith(".reddit.com"):
        return None
    if len(segments) < 2 or segments[0].lower() not in ("user", "u") or parts.query or parts.fragment:
        return None
    return reddit_account(segments[1])


class Account(Model):
    """One account in the registry: whose it is, on which platform, and how to reach it."""

    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    platform: Platform
    handle: str | None = Field(default=None, description="Channel or screen name, without `@`.")
    id: str | None = Field(default=None, description="A stable account id, when the platform has one.")
    url: str | None = Field(default=None, description="The account's page, for platforms without handles.")
    notes: str | None = None

    @field_validator("handle")
    @classmethod
    def _bare_handle(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        value = value.strip().removeprefix("@")
        platform = info.data.get("platform")
        if platform is Platform.BLUESKY:
            # A domain name (`alice.bsky.social`) or a DID: it goes into the AppView's query as the actor.
            account = bluesky_account(value)
            if account is None:
                raise ValueError(
                    f"handle {_shown(value)} must be a Bluesky handle (alice.bsky.social) or DID"
                )
            return account
        if platform is Platform.MASTODON:
            # `user@instance` whole: the instance is the server asked, a bare `user` names nobody.
            found = mastodon_account(value)
            if found is None:
                raise ValueError(
                    f"handle {_shown(value)} must be a Mastodon account whole: user@instance (a domain name)"
                )
            return found
        if platform is Platform.REDDIT:
            # The user's name as `u/harbour_watch` or bare: it goes into the listings' URLs.
            user = reddit_account(value)
            if user is None:
                raise ValueError(
                    f"handle {_shown(value)} must be a Reddit user name (u/name: 3-20 letters, digits, _ -)"
                )
            return user
        if platform is not None and (named := channel_page_handle(platform, value)) is not None:
            raise ValueError(
                f"handle {_shown(value)} is the account's page: write its handle, {named}, or put the page "
                "in the url column"
            )
        # `.` and `..` are path steps in the URLs a handle goes into (`t.me/s/..` is t.me's home page).
        if not is_account_handle(value):
            raise ValueError(f"handle {_shown(value)} must be one account name (letters, digits, _ . -)")
        return value

    @field_validator("url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        # An address without its scheme (`facebook.com/outlet`) is as registries are often written.
        if value is not None and len(value) > MAX_URL_CHARS:
            # A 100 kB address was kept, shown whole beside each footnote and sent to the archive's listing.
            raise ValueError(
                f"url {_shown(value)} of {len(value):,} characters: an account's page has at most "
                f"{MAX_URL_CHARS:,}"
            )
        if value is not None and not is_http_url(value if "://" in value else f"https://{value}"):
            raise ValueError(f"url {_shown(value)} must be the http(s) address of the account's page")
        return value

    @model_validator(mode="before")
    @classmethod
    def _reddit_user_from_page(cls, data: Any) -> Any:
        # A Reddit user's page (`https://www.reddit.com/user/<name>/`, `/u/<name>`) names the account its
        # listings are read by; a handle given beside it must be that user.
        if not isinstance(data, dict) or data.get("platform") not in (Platform.REDDIT, Platform.REDDIT.value):
            return data
        url = data.get("url")
        named = reddit_profile_user(url) if isinstance(url, str) else None
        if named is None:
            return data
        given = data.get("handle")
        user = reddit_account(given) if isinstance(given, str) else None
        if isinstance(given, str) and (user or given).lower() != named.lower():
            raise ValueError(
                f"handle {_shown(given)} is not the account {_shown(url)} is the page of (u/{named})"
            )
        return {**data, "handle": named}

    @model_validator(mode="before")
    @classmethod
    def _handle_from_page(cls, data: Any) -> Any:
        # A Bluesky or Mastodon account's page names the account: `https://bsky.app/profile/<handle>`,
        # `https://<instance>/@<user>`. It is searched by that handle, which must agree with one given.
        if not isinstance(data, dict) or data.get("platform") not in (Platform.BLUESKY, Platform.MASTODON):
            return data
        url = data.get("url")
        if not isinstance(url, str):
            return data
        platform = Platform(data["platform"])
        named = (bluesky_profile_handle if platform is Platform.BLUESKY else mastodon_profile_handle)(url)
        if named is None:
            shape = (
                "https://bsky.app/profile/<handle>"
                if platform is Platform.BLUESKY
                else "https://<instance>/@<user>"
            )
            raise ValueError(f"url {_shown(url)} is no {platform.value} account's page ({shape})")
        given = data.get("handle")
        if isinstance(given, str) and given.strip().removeprefix("@").lower() != named:
            raise ValueError(
                f"handle {_shown(given)} is not the account {_shown(url)} is the page of ({named})"
            )
        return {**data, "handle": named}

    @model_validator(mode="before")
    @classmethod
    def _channel_from_page(cls, data: Any) -> Any:
        # A Telegram channel's or X user's page (`https://t.me/<channel>`, `https://x.com/<user>`) names the
        # account, searched as if its handle were given (the channel's preview, the user's archived statuses),
        # and a handle given beside it must be that account.
        if not isinstance(data, dict) or data.get("platform") not in (Platform.TELEGRAM, Platform.TWITTER):
            return data
        url = data.get("url")
        named = channel_page_handle(Platform(data["platform"]), url) if isinstance(url, str) else None
        if named is None:
            return data
        given = data.get("handle")
        if isinstance(given, str) and given.strip().removeprefix("@").lower() != named.lower():
            raise ValueError(
                f"handle {_shown(given)} is not the account {_shown(url)} is the page of ({named})"
            )
        return data if isinstance(given, str) else {**data, "handle": named}

    @model_validator(mode="after")
    def _account_page(self) -> Account:
        # Every archived page under the url is taken for the account's: a platform's home page would make
        # every account's posts on it this one's. A website (`web`) may be the account whole.
        if self.url is not None and self.platform is not Platform.WEB:
            path = urlsplit(self.url if "://" in self.url else f"https://{self.url}").path
            if not path.strip("/"):
                raise ValueError(
                    f"url {_shown(self.url)} is the {self.platform.value} site, not the account's page on it"
                )
        return self

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *((self.handle,) if self.handle else ()))

    @property
    def label(self) -> str:
        where = f"@{self.handle}" if self.handle else (self.url or self.id or "?")
        return f"{self.name} ({self.platform.value} {where})"


@dataclass(frozen=True)
class AccountMatch:
    account: Account
    score: float  # 0..1
    speaker: str  # the name as the report gave it
    matched: str  # the registry name or alias it matched


def normalise_name(name: str) -> str:
    """A name in plain lowercase ASCII words, articles and apostrophes gone: `abu ali askari`."""
    words = _NOT_LETTERS.sub(" ", anyascii(name).lower().replace("'", "").replace("`", "")).split()
    kept = [word for word in words if word not in _NOISE_WORDS]
    return " ".join(kept or words)


def _similarity(left: str, right: str) -> float:
    whole = fuzz.token_sort_ratio(left, right) / 100
    # Glued and split spellings: `amirabdollahian` against `amir abdollahian`.
    glued = fuzz.ratio(left.replace(" ", ""), right.replace(" ", "")) / 100
    short, long = sorted((left.split(), right.split()), key=len)
    partners = [max(fuzz.ratio(word, other) for other in long) / 100 for word in short]
    # A shorter name inside a longer one counts when it keeps the family name (the last word):
    # `Mohammad Zarif` in `Mohammad Javad Zarif`, but not the bare kunya `Abu Ali` in `Abu Ali al-Askari`.
    keeps_last = fuzz.ratio(short[-1], long[-1]) >= 85
    contained = min(partners) if keeps_last and (len(short) >= 2 or len(long) == 1) else 0.0
    # A family name alone (`Al-'Amiri wrote`) names the person less surely than the whole name.
    surname_only = partners[0] * _SURNAME_ONLY if keeps_last and len(short) == 1 < len(long) else 0.0
    return max(whole, glued, contained, surname_only)


@functools.lru_cache(maxsize=MAX_REGISTRY_NAMES + 1_000)
def _forms(name: str) -> tuple[str, str]:
    """The name normalised, and its spelling folded: worked out once per name, not once per comparison."""
    normal = normalise_name(name)
    return normal, fold_spelling(normal)


def name_similarity(a: str, b: str) -> float:
    """0..1: how surely two written names are one name, whatever the script or transliteration; 0 for
    names that would match but whose family names (last words) are a man's and a woman's of one stem:
    `Зеленская` is not `Зеленский`, `Zakharova` not `Zakharov`."""
    (left, left_folded), (right, right_folded) = _forms(a), _forms(b)
    if not left or not right:
        return 0.0
    score = max(_similarity(left, right), _similarity(left_folded, right_folded))
    # Looked at only for a match: most registry names are far from the speaker, and the registry is large.
    if score >= MATCH_THRESHOLD and differ_in_gendered_ending(
        left_folded.rsplit(" ", 1)[-1], right_folded.rsplit(" ", 1)[-1]
    ):
        return 0.0
    return score


# German writes Russian and Ukrainian names in its own romanisation (`Wolodymyr Selenskyj`, `Sacharowa`,
# `Prigoschin`, `Jermak`): the family name alone, as German reports go on to write it, was too far from the
# registry's English spelling or its Cyrillic to match (`Selenskyj` 0.54 of `Volodymyr Zelensky`), and the
# footnote had no account. Its English readings: `w` as `v`, `j` as `y`, `ch` as `kh`, `tsch` as `ch`, `sch`
# as `sh` or `zh` (German has one spelling for both), and a word's first `s` before a vowel as `s` or `z`
# (`Sergej`, `Selenskyj`). Read only in names that write one of them, besides the name as written.
_GERMAN_MARKS = re.compile(r"sch|w|j", re.IGNORECASE)
_GERMAN_SPELLINGS = (
    *(("schtsch", "\x02"), ("tsch", "\x00"), ("sch", "\x01"), ("ch", "kh"), ("\x00", "ch")),
    *(("\x02", "shch"), ("w", "v"), ("j", "y")),
)
_FIRST_S = re.compile(r"\bs(?=[aeiouy])")
_MAX_NAME_CHARS = 120  # a name's readings are made from this much of it


def german_readings(name: str) -> tuple[str, ...]:
    """`name`, and its English readings where it is written in German romanisation (`Selenskyj`:
    `selenskyy`, `zelenskyy`); lowercase ASCII, as `normalise_name` gives names."""
    if not _GERMAN_MARKS.search(name[:_MAX_NAME_CHARS]) or not name.isascii():
        return (name,)
    read = name[:_MAX_NAME_CHARS].lower()
    for written, sound in _GERMAN_SPELLINGS:
        read = read.replace(written, sound)
    readings = {name}
    for hushing in ("sh", "zh"):
        spelt = read.replace("\x01", hushing)
        readings |= {spelt, _FIRST_S.sub("z", spelt)}
    return tuple(sorted(readings, key=lambda reading: reading != name))


# Telegram handles and older romanisations write Cyrillic's iotated letters with `j` (`dva_majors` for «Два
# майора», `Sergej`, `Jurij`), where `normalise_name`'s romanisation writes `y`: `dva mayora` was 0.80 of
# `dva majors`, under a match, and a channel named in Cyrillic had no account. A second reading writes them
# so, then romanises as every name is. Cyrillic letters as escapes: ruff reads them as look-alikes.
_J_ROMANISED = str.maketrans(
    {
        **{"\u0439": "j", "\u0419": "J", "\u044f": "ja", "\u042f": "Ja", "\u044e": "ju", "\u042e": "Ju"},
        **{"\u0451": "jo", "\u0401": "Jo", "\u0454": "je", "\u0404": "Je", "\u0457": "ji", "\u0407": "Ji"},
    }
)


def j_reading(name: str) -> tuple[str, ...]:
    """`name` with `j` written for its iotated Cyrillic letters (`Два майора`, romanised `dva majora`), or
    nothing where it has none."""
    read = name[:_MAX_NAME_CHARS].translate(_J_ROMANISED)
    return (read,) if read != name[:_MAX_NAME_CHARS] else ()


# Ukrainian writes a Russian name's `e` (U+0435) after a consonant with its own `є` (Пєсков, Медведєв), and
# its `ё` after a consonant as `ьо` (Гурульов, Корольов), romanised `ie` and `o`: `Пєсков` scored 0.83 of
# `Dmitry Peskov` and of its Russian spelling, `Гурульов` 0.84 of `Andrei Gurulyov`, under a match, and
# `за словами речника Кремля Пєскова` found no account. A second reading writes the Russian letters.
_RUSSIAN_E = str.maketrans({"\u0454": "\u0435", "\u0404": "\u0415"})
_UKRAINIAN_YO, _RUSSIAN_YO = "\u044c\u043e", "\u0451"


def russian_spelling(name: str) -> tuple[str, ...]:
    """`name` with the Russian letters for Ukrainian's `є` and `ьо` (`Пєскова`, `Гурульова` read as Russian
    spells them), or nothing where it has neither."""
    written = name[:_MAX_NAME_CHARS]
    read = written.translate(_RUSSIAN_E).replace(_UKRAINIAN_YO, _RUSSIAN_YO)
    return (read,) if read != written else ()


def _another_gender(readings: Sequence[str], name: str) -> bool:
    """Whether a reading's family name is `name`'s of the other gender (`zakharova`, `Zakharov`)."""
    theirs = _forms(name)[1].rsplit(" ", 1)[-1]
    return any(
        differ_in_gendered_ending(_forms(reading)[1].rsplit(" ", 1)[-1], theirs) for reading in readings
    )


def _family_name_partner(reading: str, name: str) -> bool:
    """Whether the reading's last word (its family name) has a word of `name` that spells it, ending alike:
    `Захаров` has none in `Мария Захарова`, though all but its last letter match."""
    family = _forms(reading)[1].rsplit(" ", 1)[-1]
    return any(
        fuzz.ratio(family, word) >= _FAMILY_NAME_RATIO and same_final_letter(family, word)
        for word in _forms(name)[1].split()
    )


def genitive_similarity(genitive: str, name: str) -> float:
    """0..1: how surely a name the report declined in the genitive (`по словам Марии Захаровой`) is the
    registry's nominative `name`: the best of its nominative readings whose family name ends as one of the
    registry name's words does. A genitive is never read as itself where its ending is a genitive one, so
    `Захарова` (Захаров's genitive) is not `Захарова`."""
    readings = tuple(
        reading
        for written in (genitive, *russian_spelling(genitive))
        for reading in nominative_forms(written)
    )
    family_names = {reading.rsplit(" ", 1)[-1] for reading in readings}
    # Most registry names share no family name with the speaker: ruled out before any whole comparison.
    kept = {family for family in family_names if _family_name_partner(family, name)}
    return max(
        (name_similarity(reading, name) for reading in readings if reading.rsplit(" ", 1)[-1] in kept),
        default=0.0,
    )


def _names_another_person(speaker: str, account: Account) -> bool:
    """Whether the speaker's given names are none of those the account's full names give with the same family
    name: `Sergei Medvedev` is not the `Dmitry Medvedev` whose alias is `Medvedev`, though he matches it."""
    words = _forms(speaker)[1].split()
    given = [word for word in words[:-1] if len(word) >= 3 and word not in _HONORIFICS]
    if not given:
        return False
    known_given = []
    for name in (account.name, *account.aliases):
        name_words = _forms(name)[1].split()
        if len(name_words) >= 2 and fuzz.ratio(name_words[-1], words[-1]) >= _FAMILY_NAME_RATIO:
            known_given += name_words[:-1]
    if not known_given:
        return False
    return not any(fuzz.ratio(word, known) >= _FAMILY_NAME_RATIO for word in given for known in known_given)


def match_accounts(
    speaker: str,
    accounts: Iterable[Account],
    platform: Platform | None = None,
    handle: str | None = None,
    genitive: bool = False,
) -> list[AccountMatch]:
    """Registry accounts whose name, alias or handle matches `speaker`, best first, on `platform` if given;
    `genitive` when the report declined the name so (`по словам Зеленского`)."""
    readings = (speaker,) if genitive else german_readings(speaker)
    j_readings = () if genitive else (*j_reading(speaker), *russian_spelling(speaker))

    def similarity(speaker: str, name: str) -> float:
        if genitive:
            return genitive_similarity(speaker, name)
        if len(readings) > 1 and _another_gender(readings[1:], name):
            return 0.0  # `Sacharowa` read `zakharova` is not `Dmitry Zakharov`, whichever its reading
        return max(name_similarity(reading, name) for reading in (*readings, *j_readings))

    found = []
    for account in accounts:
        if platform is not None and account.platform is not platform:
            continue
        if handle and account.handle and account.handle.lower() == handle.lower():
            found.append(AccountMatch(account, 1.0, speaker, account.handle))
            continue
        score, matched = max((similarity(speaker, name), name) for name in account.names)
        if score < MATCH_THRESHOLD:
            continue
        # A family name alone (an alias, a handle) matches anyone of that family name: a speaker who gives
        # another given name than the account's full name is another person.
        by_family_name = len(_forms(matched)[1].split()) == 1 < len(_forms(speaker)[1].split())
        if not (by_family_name and _names_another_person(speaker, account)):
            found.append(AccountMatch(account, round(score, 3), speaker, matched))
    return sorted(found, key=lambda match: -match.score)


# A name scores a match (MATCH_THRESHOLD, 85 of 100) only where the whole names (their words in any order),
# the names glued, or their last words (the family names: `_similarity` asks them to agree before it counts a
# shorter name inside a longer one, or a family name alone) are that alike: a little lower here, so that no
# rounding leaves out a name the full comparison would match.
_NEAR = 84


def _sorted_words(form: str) -> str:
    """A name's words in sorted order: `fuzz.token_sort_ratio` is `fuzz.ratio` of these, sorted once here."""
    return " ".join(sorted(form.split()))


class RegistryIndex:
    """The registry's names laid out for a first pass in rapidfuzz's compiled loops: which accounts have a
    name near a speaker's, so that only those are compared in full (`match_accounts`). Comparing every name
    in Python took one to two seconds a speaker for a registry at its limit; the first pass leaves out only
    names that could not match, so the matches are the same."""

    def __init__(self, accounts: Sequence[Account]) -> None:
        self.accounts = tuple(accounts)
        self._owners: list[int] = []
        # For the normalised and the folded spelling: whole names, names glued, last words.
        self._columns: tuple[list[str], ...] = ([], [], [], [], [], [])
        self._by_handle: dict[str, list[int]] = {}
        for position, account in enumerate(self.accounts):
            if account.handle:
                self._by_handle.setdefault(account.handle.lower(), []).append(position)
            for name in account.names:
                forms = _forms(name)
                if not forms[0]:
                    continue  # no letter or digit: it scores nothing against anyone
                self._owners.append(position)
                for offset, form in zip((0, 3), forms, strict=True):
                    self._columns[offset].append(_sorted_words(form))
                    self._columns[offset + 1].append(form.replace(" ", ""))
                    self._columns[offset + 2].append(form.rsplit(" ", 1)[-1])

    def near(self, speaker: str, handle: str | None = None, genitive: bool = False) -> list[Account]:
        """The accounts `match_accounts` could match with `speaker` (or the handle), in registry order."""
        readings = (
            tuple(
                reading
                for written in (speaker, *russian_spelling(speaker))
                for reading in nominative_forms(written)
            )
            if genitive
            else (*german_readings(speaker), *j_reading(speaker), *russian_spelling(speaker))
        )
        found: set[int] = set(self._by_handle.get(handle.lower(), ())) if handle else set()
        for reading in readings:
            for offset, form in zip((0, 3), _forms(reading), strict=True):
                if not form:
                    continue
                queries = (_sorted_words(form), form.replace(" ", ""), form.rsplit(" ", 1)[-1])
                for column, query in zip(range(offset, offset + 3), queries, strict=True):
                    for _, _, index in process.extract(
                        query, self._columns[column], scorer=fuzz.ratio, score_cutoff=_NEAR, limit=None
                    ):
                        found.add(self._owners[index])
        return [self.accounts[position] for position in sorted(found)]


# --- loading ----------------------------------------------------------------------------------------------


def _text(value: object, where: str, column: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(f"{where}: {_shown(column)} must be text")
    text = str(value).strip()
    return text or None


def _aliases(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items: Sequence[object] = _ALIAS_SEPARATOR.split(value)
    elif isinstance(value, list):
        items = value
    else:
        raise InputError(f"{where}: 'aliases' must be text or a list of names")
    return tuple(text for item in items if (text := _text(item, where, "aliases")))


def _platform(value: str | None, where: str) -> Platform:
    known = {platform.value: platform for platform in Platform}
    if value is None:
        raise InputError(f"{where}: no platform (one of: {', '.join(known)})")
    word = value.lower()
    word = {"x": "twitter", "vkontakte": "vk"}.get(word, word)
    if word not in known:
        raise InputError(f"{where}: platform {_shown(value)} is not one of: {', '.join(known)}")
    return known[word]


def _account(row: dict[str, Any], where: str) -> Account:
    unknown = sorted(str(key) for key in row if key not in _COLUMNS)
    if unknown:
        raise InputError(f"{where}: unknown column {_shown(unknown[0])} (known: {', '.join(_COLUMNS)})")
    fields = {column: _text(row.get(column), where, column) for column in _COLUMNS if column != "aliases"}
    if fields["name"] is None:
        raise InputError(f"{where}: no name")
    if not (fields["handle"] or fields["id"] or fields["url"]):
        raise InputError(f"{where}: {_shown(fields['name'])} needs a handle, an id or a url to be searched")
    aliases = _aliases(row.get("aliases"), where)
    for written in (str(fields["name"]), *aliases):
        if len(written) > MAX_NAME_CHARS:
            raise InputError(
                f"{where}: a name or alias of {len(written):,} characters ({written[:40]!r}…); a name has at "
                f"most {MAX_NAME_CHARS}"
            )
    try:
        return Account(
            name=str(fields["name"]),
            aliases=aliases,
            platform=_platform(fields["platform"], where),
            handle=fields["handle"],
            id=fields["id"],
            url=fields["url"],
            notes=fields["notes"],
        )
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        raise InputError(f"{where}: {first['msg'].removeprefix('Value error, ')}") from None


def _delimiter(text: str) -> str:
    """The header row's separator: a comma, or the semicolon or tab that spreadsheets export in many locales
    (a comma is their decimal mark), when it is that one which names the columns."""
    header = text.split("\n", 1)[0]
    for delimiter in (",", ";", "\t"):
        columns = {column.strip().strip('"').lower() for column in header.split(delimiter)}
        if {"name", "platform"} <= columns:
            return delimiter
    return ","


def _twice(keys: Iterable[str]) -> str | None:
    """The first of `keys` given a second time, if any."""
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            return key
        seen.add(key)
    return None


_UNNAMED = "\x00unnamed column "


def _csv_rows(text: str, name: str) -> list[tuple[str, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""), restkey="\x00extra", delimiter=_delimiter(text))
    # A column the first row leaves unnamed (a spreadsheet's export ending each row in a separator) is no
    # column the registry has: empty, it is left out; each is kept apart, so a value in one is seen.
    fieldnames = reader.fieldnames or ()
    header = [column.strip().lower() or f"{_UNNAMED}{index + 1}" for index, column in enumerate(fieldnames)]
    if "name" not in header or "platform" not in header:
        raise InputError(f"{name}: the first row must name the columns, at least name and platform")
    # A row is read into a mapping by column name: of two `handle` columns only the last would be searched.
    if (twice := _twice(column for column in header if column)) is not None:
        raise InputError(f"{name}: the first row names the column {_shown(twice)} twice")
    reader.fieldnames = header
    rows: list[tuple[str, dict[str, Any]]] = []
    try:
        for row in reader:
            if len(rows) > MAX_REGISTRY_NAMES:  # each row names someone: stop reading, not after the file
                raise InputError(_too_many_names(name))
            where = f"{name}: line {reader.line_num}"
            if row.pop("\x00extra", None):
                raise InputError(f"{where}: more fields than the header names")
            for column in [column for column in row if column.startswith(_UNNAMED)]:
                value = row.pop(column)
                if value and value.strip():
                    number = column.removeprefix(_UNNAMED)
                    raise InputError(
                        f"{where}: {value.strip()[:40]!r} is in column {number}, which the first row "
                        "does not name"
                    )
            if any(value and value.strip() for value in row.values()):
                rows.append((where, row))
    except csv.Error as error:  # a field over the csv module's limit (128 KB), a quote left open, ...
        raise InputError(f"{name}: not CSV ({error})") from None
    return rows


class _KeyTwice(Exception):
    def __init__(self, key: str, line: int) -> None:
        super().__init__(key, line)
        self.key, self.line = key, line


class _RegistryLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing a mapping that gives a key twice: PyYAML keeps the last value and says
    nothing, so `{handle: a, handle: b}` searched only `b`."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value != "<<":  # `<<` merges another mapping in
                if key.value in seen:
                    raise _KeyTwice(key.value, key.start_mark.line + 1)
                seen.add(key.value)
        return super().construct_mapping(node, deep)


def _yaml_hint(problem: object) -> str | None:
    """How to write what YAML refused, for the mistakes registries are written with: a handle with its `@`
    (`handle: @rybar`; `@` and a backquote begin no YAML value) or a name holding `: ` left out of quotes."""
    if not isinstance(problem, str):
        return None
    if problem.startswith("found character '") and problem.endswith("' that cannot start any token"):
        character = problem.removeprefix("found character '")[:1]
        return f"a value beginning with {character!r} must be in quotes"
    if problem == "mapping values are not allowed here":
        return "a value holding ': ' must be in quotes"
    return None


def _yaml_rows(text: str, name: str) -> list[tuple[str, dict[str, Any]]]:
    try:
        document = yaml.load(text, Loader=_RegistryLoader)  # a SafeLoader
    except _KeyTwice as given_twice:
        raise InputError(
            f"{name}: line {given_twice.line}: the key {_shown(given_twice.key)} is given twice"
        ) from None
    except RecursionError:
        raise InputError(f"{name}: YAML nested too deeply to be an accounts registry") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        hint = _yaml_hint(getattr(error, "problem", None))
        where = f" (line {mark.line + 1}{f': {hint}' if hint else ''})" if mark is not None else ""
        raise InputError(f"{name}: not YAML{where}") from None
    except ValueError:  # a number of more digits than Python converts (4,300)
        raise InputError(f"{name}: a number of more than 4,300 digits: not an accounts registry") from None
    if isinstance(document, dict) and isinstance(document.get("accounts"), list):
        document = document["accounts"]
    if not isinstance(document, list):
        raise InputError(f"{name}: expected a list of accounts (name, platform, handle ...)")
    if len(document) > MAX_REGISTRY_NAMES:
        raise InputError(_too_many_names(name))
    rows = []
    for index, item in enumerate(document):
        where = f"{name}: account {index + 1}"
        if not isinstance(item, dict):
            raise InputError(f"{where}: must be a mapping such as {{name: ..., platform: ..., handle: ...}}")
        keys = [str(key).strip().lower() for key in item]
        if (twice := _twice(keys)) is not None:  # `Handle` and `handle`: one column, given twice
            raise InputError(f"{where}: the key {_shown(twice)} is given twice")
        rows.append((where, dict(zip(keys, item.values(), strict=True))))
    return rows


def load_registry(data: bytes, name: str) -> tuple[Account, ...]:
    """The accounts of a CSV or YAML registry; InputError names the file, the row and the problem."""
    if len(data) > MAX_REGISTRY_BYTES:
        raise InputError(
            f"{name}: larger than {MAX_REGISTRY_BYTES // 1_000_000} MB; not an accounts registry"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text; save the registry as UTF-8 CSV or YAML") from None
    if "\x00" in text:
        raise InputError(f"{name}: binary data, not an accounts registry")
    is_yaml = name.lower().endswith((".yaml", ".yml"))
    if is_yaml and len(data) > MAX_YAML_REGISTRY_BYTES:
        raise InputError(
            f"{name}: larger than {MAX_YAML_REGISTRY_BYTES // 1_000_000} MB of YAML, which is slow to read; "
            "write a registry this large as CSV (name,platform,handle,...)"
        )
    rows = _yaml_rows(text, name) if is_yaml else _csv_rows(text, name)
    if not rows:
        raise InputError(f"{name}: no accounts")
    accounts: dict[object, _SameHandle] = {}
    names = 0
    for index, (where, row) in enumerate(rows):
        account = _account(row, where)
        names += len(account.names)
        if names > MAX_REGISTRY_NAMES:  # said at the account that passes the limit, the rest never built
            raise InputError(_too_many_names(name))
        # One account per handle on a platform (its case aside, as the platforms read it), or, for a row
        # without one, per page: `Rybar` and `Рыбарь` both at `vk.com/rybar` were two accounts, searched
        # twice, each said to be the other's namesake.
        key: object = (
            (account.platform, account.handle.casefold())
            if account.handle
            else (account.platform, _page_key(account.platform, account.url))
            if account.url
            else index
        )
        if key in accounts:
            accounts[key].add(account, name, where)
        else:
            accounts[key] = _SameHandle(account, where.removeprefix(f"{name}: "))
    return tuple(rows_of_one.account() for rows_of_one in accounts.values())


def _page_key(platform: Platform, url: str) -> str:
    """An account's page as one key however a registry writes it: no scheme, `www.` or `m.` (a platform's
    mobile site), trailing `/` or fragment; the host in lower case, and the path too on a platform, whose
    account names are read in any case (a website's own paths may not be)."""
    parts = urlsplit(url.strip() if "://" in url else f"https://{url.strip()}")
    host = (parts.hostname or "").rstrip(".").removeprefix("www.")
    if platform is not Platform.WEB:
        host = host.removeprefix("m.")
    path = parts.path.rstrip("/")
    if platform is not Platform.WEB:
        path = path.casefold()
    return host + path + (f"?{parts.query}" if parts.query else "")


class _SameHandle:
    """The rows of a registry that give one handle on one platform (or, giving none, one page of it): one
    account when they agree (the first row's name, every row's aliases, and what any gives of its id, page
    and notes), an InputError naming the file and both rows when two name different people or give two ids.
    Searched for either person, the handle's posts were proposed as theirs."""

    def __init__(self, first: Account, where: str) -> None:
        self.first, self.where = first, where
        self.aliases: dict[str, None] = dict.fromkeys(first.aliases)
        # Its names normalised, worked out at the handle's second row: most rows give a handle once.
        self.written: set[str] = set()
        self.id, self.url = first.id, first.url
        self.notes: dict[str, None] = dict.fromkeys([first.notes] if first.notes else [])
        self.merged = False

    def add(self, other: Account, name: str, where: str) -> None:
        first = self.first
        if not self.merged:
            self.written = {form for written in (first.name, *first.aliases) for form in _forms(written)}
        what = f"@{first.handle}" if first.handle else f"the page {first.url}"
        given = (
            f"{name}: {self.where} and {where.removeprefix(f'{name}: ')} both give {first.platform.value} "
            f"{what}"
        )
        if not self._one_person(other):
            mistake = "handle" if first.handle else "page"
            raise InputError(
                f"{given}, to {_shown(first.name)} and to {_shown(other.name)}: one {mistake} is one "
                f"account; if both are its names, give one row with the other as an alias, else correct the "
                f"{mistake}"
            )
        if self.id and other.id and self.id != other.id:
            raise InputError(
                f"{given}, with the ids {_shown(self.id)} and {_shown(other.id)}: one account has one id; "
                "correct one row"
            )
        for alias in (other.name, *other.aliases):
            self.aliases[alias] = None
            self.written.update(_forms(alias))
        self.id, self.url = self.id or other.id, self.url or other.url
        if other.notes:
            self.notes[other.notes] = None
        self.merged = True

    def _one_person(self, other: Account) -> bool:
        """Whether the row names the first row's person: a name or alias of it is one of the rows' so far,
        normalised or with its spelling folded (`Rybar` and `Рыбарь`, `Gurulyov` and `Gurulev`), or its name
        is the first row's, compared as speakers are (one comparison a row: a file of 25,000 rows of one
        handle, each compared with the first row's names, took seconds)."""
        theirs = (other.name, *other.aliases)
        if any(not self.written.isdisjoint(_forms(written)) for written in theirs):
            return True
        return name_similarity(self.first.name, other.name) >= MATCH_THRESHOLD

    def account(self) -> Account:
        if not self.merged:
            return self.first
        aliases = dict(self.aliases)
        aliases.pop(self.first.name, None)
        return self.first.model_copy(
            update={
                "aliases": tuple(aliases),
                "id": self.id,
                "url": self.url,
                "notes": " | ".join(self.notes) or None,
            }
        )


def _too_many_names(name: str) -> str:
    return (
        f"{name}: more than {MAX_REGISTRY_NAMES:,} names, aliases and handles, the limit; "
        "not an accounts registry"
    )
