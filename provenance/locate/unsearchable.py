"""Platforms a footnote may name that `locate` has no listing of posts to read on: Truth Social, Threads, Gab,
Rumble, Parler, Gettr, Odysee, BitChute, a WhatsApp channel.

The citation parser knows none of these names (`[4] Truth Social, March 2, 2024.` is read as a note of no
platform), so `locate` searched every account of the speaker the registry holds, on any platform: his X
account's posts were proposed for a Truth Social post, and a Threads note said only "no candidates". Read
here, the footnote says which platform it names, that `locate` cannot read it, and what a person can do; only
an account the registry gives on that platform's site (its `url`) is searched, through archived copies.

Pure: no I/O. Every pattern is a fixed alternation of ASCII words: linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from provenance.models import Context, Platform
from provenance.patterns import on_first_use
from provenance.quotes import blank_quotes


@dataclass(frozen=True)
class UnsearchablePlatform:
    """A platform named in a footnote or its passage that `locate` cannot list posts of."""

    name: str  # as a person writes it: `Truth Social`
    page: str  # an account's page there, its handle a placeholder: `truthsocial.com/@<handle>`
    hosts: tuple[str, ...]  # the sites its accounts' pages are on
    platform: Platform  # how the registry writes its accounts: `web` with a url, or `threads`
    where: str  # `note` or `passage`: where the report names it

    @property
    def example_page(self) -> str:
        return f"https://{self.page}"

    def account_page(self, handle: str) -> str:
        """The page of the account `handle` (a Threads row gives its handle, not its page)."""
        return f"https://{self.page.replace('<handle>', handle)}"


# Each platform by the words a report names it with: its name, the page of an account on it (the first
# site's), its other sites, and how a registry row gives its accounts.
_PLATFORMS: dict[str, tuple[str, str, tuple[str, ...], Platform]] = {
    "truth social": ("Truth Social", "truthsocial.com/@<handle>", (), Platform.WEB),
    "truthsocial": ("Truth Social", "truthsocial.com/@<handle>", (), Platform.WEB),
    "threads": ("Threads", "www.threads.net/@<handle>", ("threads.com",), Platform.THREADS),
    "gab": ("Gab", "gab.com/<handle>", (), Platform.WEB),
    "rumble": ("Rumble", "rumble.com/c/<channel>", (), Platform.WEB),
    "parler": ("Parler", "parler.com/<handle>", (), Platform.WEB),
    "gettr": ("Gettr", "gettr.com/user/<handle>", (), Platform.WEB),
    "odysee": ("Odysee", "odysee.com/@<channel>", (), Platform.WEB),
    "bitchute": ("BitChute", "www.bitchute.com/channel/<channel>/", (), Platform.WEB),
    "whatsapp": ("WhatsApp", "whatsapp.com/channel/<id>", (), Platform.WEB),
}

# The names as written, capitalised: `Threads`, `Gab` and `Rumble` are words too (`threads of the story`,
# `the rumble of guns`), so a note or a passage names the platform only with its capital.
_NAMES = r"Truth\sSocial|TruthSocial|Threads|Gab|Rumble|Parler|GETTR|Gettr|Odysee|BitChute|Bitchute|WhatsApp"
# A note's platform stands as a part of its own before the date (`Truth Social, March 2, 2024.`,
# `Donald Trump, Truth Social, …`, `@realDonaldTrump on Truth Social, …`, `WhatsApp channel, …`).
_IN_NOTE = on_first_use(
    rf"(?:^|[,;(]\s{{0,3}}|\s(?:on|via|auf|en|sur|in)\s)(?P<name>{_NAMES})"
    r"(?:\s(?:channel|account|post|video|page|group|Kanal|canal))?\s{0,3}(?=[,.;:)]|$)"
)
# A passage says where the post was: `wrote on Truth Social`, `took to Gab`, `on his Rumble channel`, `in a
# WhatsApp channel`, `auf Truth Social`, `en Truth Social`, and the Russian and Ukrainian prepositions
# for `in` and `at`.
_IN_PASSAGE = on_first_use(
    r"(?:^|\s)(?:on|to|in|auf|en|sur|dans|\u0432|\u0443)\s"
    r"(?:(?:a|an|the|his|her|their|its|seinem|seiner|ihrem|ihrer|su|sa|son)\s)?"
    rf"(?P<name>{_NAMES})\b"
)
_NOTE_READ = 400  # characters of a note: its platform stands before its title or quote
_PASSAGE_READ = 5_000  # characters of a passage read for where it says the post was


def _named(word: str, where: str) -> UnsearchablePlatform:
    name, page, other_sites, platform = _PLATFORMS[" ".join(word.split()).casefold()]
    site = page.split("/", 1)[0].removeprefix("www.")
    return UnsearchablePlatform(name, page, (site, *other_sites), platform, where)


def unsearchable_platform(
    note: str, note_platform: Platform | None, contexts: Sequence[Context]
) -> UnsearchablePlatform | None:
    """The platform `locate` cannot search that the note names (`note`: its text; `note_platform`: the one the
    citation parser read, if any), else, for a note naming no platform, the one platform of that kind its
    passages say the post was on (`wrote on Truth Social`); None when neither names one."""
    if note_platform is not None and note_platform not in (Platform.WEB, Platform.THREADS):
        return None  # `Telegram, …`: the note names a platform locate reads
    found = _IN_NOTE().search(blank_quotes(note[:_NOTE_READ]))
    if found is not None:
        return _named(found["name"], "note")
    if note_platform is not None:
        return None
    named = {
        _PLATFORMS[" ".join(match["name"].split()).casefold()][0]: match["name"]
        for context in contexts
        for match in _IN_PASSAGE().finditer(blank_quotes(context.text[:_PASSAGE_READ]))
    }
    if len(named) != 1:
        return None  # none, or several: which one the post was on is not said
    (word,) = named.values()
    return _named(word, "passage")


def on_platform_site(url: str | None, platform: UnsearchablePlatform) -> bool:
    """Whether an account's page `url` is on one of the platform's sites (`truthsocial.com/@x`)."""
    if not url:
        return False
    host = (urlsplit(url if "://" in url else f"https://{url}").hostname or "").removeprefix("www.")
    return any(host == site or host.endswith(f".{site}") for site in platform.hosts)
