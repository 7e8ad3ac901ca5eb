"""Words a press conference's transcript holds only in a reporter's question, as the quote check reads them
(`quote._in_a_question_put`): given by a report as said, they are the one asking's, not the answer's."""

from __future__ import annotations

import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.quote import _TURN_LABEL, check_quote
from provenance.models import Citation, Context, Footnote, Platform, SourcePost

URL = "https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202403/t20240312_11259981.shtml"
QUESTION = (
    "\u4e2d\u65b9\u8239\u53ea\u6545\u610f\u5236\u9020\u7684\u4e8b\u6545"  # "an accident China's ships made"
)
ANSWER = (
    "\u4e8b\u53d1\u6d77\u57df\u5e76\u975e\u4e2d\u65b9\u7ba1\u8f96\u6d77\u57df"  # "not waters China governs"
)
# The ministry's transcript as its page reads: a reporter's question, the spokesperson's answer, each opened
# by its speaker's label and a full-width colon.
TRANSCRIPT = (
    "2024\u5e743\u670812\u65e5\u5916\u4ea4\u90e8\u53d1\u8a00\u4eba\u4e3b\u6301\u4f8b\u884c\u8bb0\u8005\u4f1a "
    f"\u6cd5\u65b0\u793e\u8bb0\u8005\uff1a\u6709\u8bc4\u8bba\u8ba4\u4e3a\u8fd9\u662f{QUESTION}\u3002"
    "\u5916\u4ea4\u90e8\u5bf9\u6b64\u6709\u4f55\u8bc4\u8bba\uff1f "
    f"\u9648\u7acb\u8a00\uff1a\u636e\u4e86\u89e3\uff0c{ANSWER}\u3002"
)
ENGLISH = (
    "Q: Some say the crash was a deliberate provocation by Chinese vessels. What is your response? "
    "A: The waters where it happened are not under China's jurisdiction."
)


def _quoted(passage: str, quote: str, text: str = TRANSCRIPT) -> CheckInput:
    page = SourcePost(platform=Platform.WEB, url=URL, text=text)
    context = Context(line=13, text=passage, quotes=(quote,))
    footnote = Footnote(
        label="3", text=f"Ministry of Foreign Affairs, 12 March 2024, {URL}", line=30, contexts=(context,)
    )
    citation = Citation(platform=Platform.WEB, url=URL)
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)


@pytest.mark.parametrize(
    ("passage", "quote", "text", "label"),
    [
        (
            f"The spokesperson said the collision was \u201c{QUESTION}\u201d.",
            QUESTION,
            TRANSCRIPT,
            "\u6cd5\u65b0\u793e\u8bb0\u8005",
        ),
        (
            'The ministry said it was "a deliberate provocation by Chinese vessels".',
            "a deliberate provocation by Chinese vessels",
            ENGLISH,
            "Q",
        ),
    ],
)
def test_words_of_a_reporter_s_question_given_as_said_warn(
    passage: str, quote: str, text: str, label: str
) -> None:
    # They passed as the ministry's words, found on its page.
    result = check_quote(_quoted(passage, quote, text))
    assert result.status == "warn"
    assert result.detail == (
        f"{quote!r} stands in the source only in a question put by {label!r}, not in an answer; the citing "
        "passage (line 13) gives them as said: see whose words they are"
    )


def test_words_of_the_answer_or_a_question_said_to_be_asked_pass() -> None:
    assert check_quote(_quoted(f"The spokesperson said \u201c{ANSWER}\u201d.", ANSWER)).status == "pass"
    asked = f"A reporter asked whether it was \u201c{QUESTION}\u201d."
    assert check_quote(_quoted(asked, QUESTION)).status == "pass"


def test_turn_labels_are_found_in_linear_time_on_a_crafted_page() -> None:
    for crafted in ("a" * 100_000, "\u8bb0" * 29 + " " + "x\uff1a " * 30_000, " a" * 50_000 + ":"):
        started = time.process_time()
        list(_TURN_LABEL().finditer(crafted))
        assert time.process_time() - started < 1.0
