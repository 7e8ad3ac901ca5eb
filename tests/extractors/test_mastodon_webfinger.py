"""An account named on another domain than its server's (`@alice@harbour.example`, served by
social.example: Mastodon's LOCAL_DOMAIN and WEB_DOMAIN): its post is the named account's where the domain's
WebFinger answer and the instance's both say so; one side's word alone changes nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.citations import parse_citation
from provenance.extractors import extract_source
from provenance.extractors.mastodon import cited_account_webfinger_urls
from provenance.models import Capture, CaptureOutcome, Footnote
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset, redirect

POST_ID = "109876543210987654"
INSTANCE, DOMAIN, EVIL = "social.example", "harbour.example", "evil.example"
LINK = f"https://{INSTANCE}/@alice/{POST_ID}"
API = f"https://{INSTANCE}/api/v1/statuses/{POST_ID}"
ACTOR = f"https://{INSTANCE}/users/alice"
AT_DOMAIN = f"https://{DOMAIN}/.well-known/webfinger?resource=acct:alice@{DOMAIN}"
AT_INSTANCE = f"https://{INSTANCE}/.well-known/webfinger?resource=acct:alice@{DOMAIN}"
AT_EVIL = f"https://{EVIL}/.well-known/webfinger?resource=acct:alice@{EVIL}"
AT_INSTANCE_FOR_EVIL = f"https://{INSTANCE}/.well-known/webfinger?resource=acct:alice@{EVIL}"


def _status() -> str:
    """social.example's own alice's post, as its status API answers (`acct` bare: a local account)."""
    data: dict[str, Any] = json.loads(asset("mastodon_status.json"))
    data["uri"] = f"{ACTOR}/statuses/{POST_ID}"
    data["url"] = LINK
    data["account"] = {"id": "1", "username": "alice", "acct": "alice", "display_name": "Alice Harbour"}
    data["account"]["url"] = f"https://{INSTANCE}/@alice"
    return json.dumps(data)


def _webfinger(name: str, actor: str = ACTOR) -> str:
    """A WebFinger answer naming `actor` as the account `name`, as Mastodon writes it."""
    links = [
        {
            "rel": "http://webfinger.net/rel/profile-page",
            "type": "text/html",
            "href": f"https://{INSTANCE}/@alice",
        },
        {"rel": "self", "type": "application/activity+json", "href": actor},
    ]
    return json.dumps({"subject": f"acct:{name}", "aliases": [actor], "links": links})


CAPTURED = (answer(LINK, "<html></html>"), answer(API, _status(), json=True))


def _author_check(note: str, responses: tuple[StoredResponse, ...]) -> tuple[str, str | None]:
    footnote = Footnote(label="1", text=note, line=4, urls=(LINK,))
    post = extract_source(LINK, responses)
    outcome = CaptureOutcome(
        url=LINK,
        capture=Capture(
            url=LINK, final_url=LINK, http_status=200, warc="a.warc.gz", warc_sha256="0" * 64, records=(),
            ip=None, started_at="2026-01-01T00:00:00.000Z", finished_at="2026-01-01T00:00:01.000Z", bytes=10,
            truncated=False,
        ),
    )  # fmt: skip
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=outcome, live=post, source=post
    )
    result = check_author(given)
    return result.status, post.handle


def test_the_named_domains_webfinger_and_the_instances_are_asked_once_the_status_has_answered() -> None:
    assert cited_account_webfinger_urls(LINK, CAPTURED, f"alice@{DOMAIN}") == (AT_DOMAIN, AT_INSTANCE)
    assert cited_account_webfinger_urls(LINK, CAPTURED[:1], f"alice@{DOMAIN}") == ()  # no status yet
    # The instance's own name, or another user's, asks nothing.
    assert cited_account_webfinger_urls(LINK, CAPTURED, f"alice@{INSTANCE}") == ()
    assert cited_account_webfinger_urls(LINK, CAPTURED, f"bob@{DOMAIN}") == ()
    assert cited_account_webfinger_urls(LINK, CAPTURED, "alice@10.0.0.1") == ()  # no public name


@pytest.mark.parametrize(
    "domain_answer",
    [
        answer(AT_DOMAIN, _webfinger(f"alice@{DOMAIN}"), json=True),
        redirect(AT_DOMAIN, AT_INSTANCE, 301),  # the domain sends WebFinger's readers on to the instance
    ],
)
def test_an_account_named_on_another_domain_than_its_servers_passes_where_both_say_so(
    domain_answer: StoredResponse,
) -> None:
    # The note's @alice@harbour.example was another account than the post's @alice@social.example: it warned.
    note = f"Alice Harbour (@alice@{DOMAIN}), February 16, 2023, {LINK}"
    captured = (*CAPTURED, domain_answer, answer(AT_INSTANCE, _webfinger(f"alice@{DOMAIN}"), json=True))
    assert _author_check(note, captured) == ("pass", f"alice@{DOMAIN}")


@pytest.mark.parametrize(
    ("note", "webfinger"),
    [
        (  # the instance alone claims the domain's name: the domain says nothing of it
            f"Alice Harbour (@alice@{DOMAIN}), February 16, 2023, {LINK}",
            (
                answer(AT_DOMAIN, "not found", status=404),
                answer(AT_INSTANCE, _webfinger(f"alice@{DOMAIN}"), json=True),
            ),
        ),
        (  # the domain names another actor
            f"Alice Harbour (@alice@{DOMAIN}), February 16, 2023, {LINK}",
            (
                answer(
                    AT_DOMAIN, _webfinger(f"alice@{DOMAIN}", "https://other.example/users/alice"), json=True
                ),
                answer(AT_INSTANCE, _webfinger(f"alice@{DOMAIN}"), json=True),
            ),
        ),
        (  # a look-alike domain points at alice's actor: her instance knows her by another name
            f"Alice Harbour (@alice@{EVIL}), February 16, 2023, {LINK}",
            (
                answer(AT_EVIL, _webfinger(f"alice@{EVIL}"), json=True),
                answer(AT_INSTANCE_FOR_EVIL, _webfinger(f"alice@{DOMAIN}"), json=True),
            ),
        ),
        (  # a look-alike domain sends its readers on to another name's answer
            f"Alice Harbour (@alice@{EVIL}), February 16, 2023, {LINK}",
            (
                redirect(AT_EVIL, AT_INSTANCE, 301),
                answer(AT_INSTANCE, _webfinger(f"alice@{DOMAIN}"), json=True),
            ),
        ),
    ],
)
def test_one_sides_word_alone_leaves_the_account_its_servers(
    note: str, webfinger: tuple[StoredResponse, ...]
) -> None:
    status, handle = _author_check(note, (*CAPTURED, *webfinger))
    assert (status, handle) == ("warn", f"alice@{INSTANCE}")


def test_the_account_cited_by_its_servers_own_name_still_passes() -> None:
    note = f"Alice Harbour (@alice@{INSTANCE}), February 16, 2023, {LINK}"
    assert _author_check(note, CAPTURED) == ("pass", f"alice@{INSTANCE}")
