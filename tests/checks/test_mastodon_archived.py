"""`archived` on a Mastodon post: a copy made before the post was published cannot hold it."""

from __future__ import annotations

import pytest

from provenance.checks import CheckInput
from provenance.checks.archived import check_archived
from provenance.models import MementoLookup, Platform
from tests.checks.posts import POST, URL
from tests.checks.test_content_checks import CITATION, _given

# The post was published 2022-01-21 09:15 UTC, to the second: Mastodon's `created_at`, as X's and Telegram's.
MASTODON_POST = POST.model_copy(update={"platform": Platform.MASTODON})


def _copy_made(made: str) -> CheckInput:
    lookup = MementoLookup(
        timegate="https://tg.example/" + URL,
        accept_datetime="Fri, 21 Jan 2022 12:00:00 GMT",
        http_status=302,
        memento_url="https://tg.example/2022/x",
        memento_datetime=made,
        captured=True,
    )
    return CheckInput(
        footnote=_given().footnote,
        citation=CITATION,
        outcome=None,
        archive=lookup,
        archive_lookup=True,
        live=MASTODON_POST,
        source=MASTODON_POST,
    )


@pytest.mark.parametrize(
    ("made", "status"),
    [("Fri, 21 Jan 2022 08:00:00 GMT", "warn"), ("Fri, 21 Jan 2022 11:00:00 GMT", "pass")],
)
def test_an_archived_copy_made_before_a_mastodon_post_was_published_is_no_copy_of_it(
    made: str, status: str
) -> None:
    result = check_archived(_copy_made(made))
    assert result.status == status, result.detail
    if status == "warn":
        assert "before the post was published (2022-01-21 09:15:00 UTC): it cannot hold it" in result.detail
