"""`quote`: is every passage the report quotes (attributed to this footnote) in the source?

Found verbatim after normalising (`matching.normalise_text`) it passes; so does a quote that writes with its
hyphen or whole a word the source hyphenates over a line break, four letters or more before it
(`counter-offensive` or `counteroffensive` for `counter-` / `offensive`, not `re-sign` nor `resign` for
`re-` / `sign`), and one whose quote within it in single marks the source writes in double ones
(`"Medvedev said 'no'"` for `Medvedev said «no»`),
or in single marks or none, or that leaves the source's inner marks out (`«…, что мы победим»` for `…, что
«мы победим»`),
and one that leaves out the emoji and hashtags' signs the source writes among its words ("we will not retreat
from Kherson" for `We will not retreat 🇷🇺 from #Kherson`; not an emoji that says no: `We will 🚫 retreat`),
or groups a number's thousands otherwise ("1,000" or "1000" for `1 000`; not with a point, `1.500`), or
writes a stop where a platform's post breaks its line before a capital ("We hold. They run" for `We hold` /
`They run`), or spaces French stops and guillemets otherwise ("il a dit: «nous vaincrons»" for `Il a dit : «
nous vaincrons »`), or writes Turkish's dotless i where the source in capitals writes `I` ("k\u0131z" for
`KIZ`).
A quote with elided words (`…`; Russian's `<…>` too) passes
when its parts are there in order within one passage, the words left out do not negate, and it does not join
words of two sentences where either is cut inside its clause ("Russia … won" from "Russia has lost everything;
the only one who won is Ukraine", "我们…赢了" from "我们输了。俄罗斯赢了。"): "we will … close the tunnel"
does not pass on "We will not close the tunnel"; in a platform's post, a line that ends with no stop before
one opening with a capital letter ends its sentence there ("Russia … will win" from "Russia will lose",
"Ukraine will win" on the next line). The two parts of a quote the citing passage interrupts to
name its speaker (`"We will win," he said, "by spring."`, `«…», — написал Рыбарь, — «…»`) are read together
so too: each found apart does not pass ("We will not retreat," he wrote, "from Kherson." on "We will not
retreat. We will leave from Kherson."); so are the words around its speaker's inside its marks, between dashes
(`«Мы не отступим, — написал Рыбарь, — из Херсона»`), when the quote as written is not in the source and that
speaker is the post's author, or the one it quotes. The writer's words in square brackets (`[sic]`, `[t]he`,
`they [the soldiers] crossed`) are not looked for: a bracket stands for the source's words it replaces, as an
ellipsis does, but a negation in one does not pass, nor one that stands for more of the source's words than
whom a pronoun means ("Ukraine [won]" for "Ukraine lost", "[500]" for "50"; after the quote's last words, for
as many of the source's words after them: "we will win [the war]" for "We will win the peace"; before its
first words, for the words before them it repeats and one more: "[Ukraine's army] will win" for "Russia's army
will win", or for the clause before the source's comma: "[Ukraine] will win" for "Russia, not Ukraine, will
win"), and a quote of the writer's words alone (`[the convoy crossed]`) is for a person to compare. A quote is
found in the source's words outside the URLs and e-mail addresses it writes ("resigns" is not in `see
https://news.example/resigns`; a quote that holds one is looked for as written), as whole words (a vowel
sign is part of its word: "कम" is not in "कमी") and whole numbers ("5 percent" is not in "1.5 percent", nor
"five" in "twenty-five", nor "killed 5" in "killed 5 million" or "killed twenty" in "killed twenty thousand",
nor "were 10" in "were 10%"; "attack US" is not "attack us", nor "WHO" "who":
`matching.case_changed_word`; nor "in Massen" "in Maßen", though `ß` case folds to `ss`:
`matching.sharp_s_changed_word`), and it does not pass where the source's word right before or after it
negates it ("sent troops" cut from "we never sent troops", "support the plan" from "we no longer support the
plan", "we dont support the plan", "traitor" from "he is not a traitor", an article between, or "there is no"
in Ukrainian or Polish: "dowodów" cut from "nie ma dowodów"; in Chinese and Thai, which write no spaces, the
characters right before: "是中国的一部分" cut from "台湾不是中国的一部分", "巧合" from "这绝非巧合", "ส่งทหาร"
from "ไม่ได้ส่งทหาร", or a negative complement after: "我们做" from "我们做不到"; in Japanese the ending right
after: "日本の一部" cut from "台湾は日本の一部ではない", "我々は勝つ" from "我々は勝つとは言っていない"; in
Korean the word after or `안` before: "사실이" cut from "사실이 아니다"), or a prefix before it makes its
first word the opposite ("violent protesters" cut from "non-violent protesters", "fly zone" from "no-fly
zone"), or it is cut from a question ("we send troops" from "Did we send troops?", "一部です" from
"一部ですか。", "ส่งทหาร" from "ส่งทหารหรือไม่") or from a sentence the source answers as false right after
("Russia attacked the bridge. Fake!", "… That is a lie.", a rating: "… Mostly false.", "… Needs more
context.", "… - Not true at all", or on the next line, as posts answer; "…是谣言",
"…というのはデマだ"), or from a claim the source reports to deny it ("Officials denied that …", "Nobody
believes …", "There is no evidence …", "FAKE: …" (not a verdict ending a clause before its colon,
"Kyiv's claims are false: …", which says the words after it itself), "Reports that … are false", "…,
he lied", also around the source's own quote marks: 'He never said "…"', '«…», — не писал Рыбарь',
'"…" is not what he said', '„…“ hat er nie gesagt'; not '"…" - he never said it again' or '… did not
say when', which say he said them), from a condition ("If …", "… if we had tanks"), or from words
the source keeps its distance from ("the so-called …", "the alleged …"), unless the source also says
it plainly elsewhere.
A term of a word or two the citing passage quotes after "so-called" (`the so-called “special operation”`, `the
self-proclaimed “DPR”`, `так называемая «…»`) wherever it quotes it is the report's own label, no quotation of
the source: it is not compared (the detail says so; the check skips when it is all the passage quotes); so is
a channel's name in quote marks right after its noun, as Russian writes every such name (`канал «Рыбарь»`,
`телеграм-канале «Два майора»`, `the Telegram channel “Rybar”`). A
quote the citing passage says nobody said (`Rybar never wrote “…”`, `“…” is not what he said`, `The claim
that he wrote “…” is false`: `matching.disowned_in_passage`; `Neither Rybar nor Two Majors wrote “…”`, `It was
not Rybar who wrote “…”`) does not pass on a source that says it: the report claims the opposite of what the
source shows; `Medvedev, not Rybar, wrote “…”` says who wrote them (the speaker is `author`'s to compare).
Words the source sets in its own quote marks (any script's) after naming who said them (`Medvedev wrote: «…»`,
`Medvedev: «…»`, `According to Medvedev, "…"`, `По словам Медведева, «…»`, `Selon X`, `Laut X`, `As X put it`)
or names right after them (`«…», — заявил Медведев`), wherever the source has them
(`matching.quoted_in_source`), are that person's: a citing passage that gives them to another speaker
(`locate.speakers.quote_speaker`, names compared as `author` compares them) without naming that person (`Rybar
quoted Medvedev: "…"` passes) warns, naming whose the source says they are; a passage that names no speaker or
an organisation (`The Kremlin said "…"` of its spokesman's words) or says its speaker passed the words on
(`Rybar reported "…"`, `According to Rybar, "…"`, `Per Rybar, "…"`, `Рыбарь сообщил: «…»`), the source's own
author named (`Рыбарь: «…»` on Rybar's post), a label (`Claim: "…"`, `Перевод: «…»`, `Q: "…"`), the source's
own words to someone (`Reply to Medvedev: "…"`), a headline or scare quotes in quote marks with no name before
them pass as before. A passage's speaker may be a pronoun (`Medvedev replied. He wrote: "…"`, `"…," he said`,
`According to him, "…"`, `His post said "…"`, `«…», — написал он`), the post the sentence before says its
speaker made (`Rybar posted on Monday. It said: "…"`, `WarGonzo shared a video. Its caption read "…"`; not
`Medvedev replied. The post read "…"`: which post?), and so may a sentence that is the quote alone (`WarGonzo
posted a video on Monday. "…"`): it is read as the one speaker the sentence before names plainly (its day
and time aside: `on 21 January`, `at 09:00`; not `Medvedev and Peskov replied`, nor `Medvedev replied to
Peskov`), for the rule above and for words a platform post says as its own: given so to another than its
author (no organisation, not said to have passed them on, the post's author not named beside the pronoun, nor
the one the post quotes saying them, though it repeats them too), they warn naming that person (a named
speaker is `author`'s to compare).
Words a citing passage gives to a person (its named speaker, or the one its pronoun stands for) that a web
page has but never names that person in (nor in its title or address), the page's own writer, publisher or an
organisation aside, warn (`Dmitry Medvedev wrote: "…"` on an article saying `Peskov said that …`): the page
does not give them as that person's, and the author check compares its byline, the article's writer.
Words a reply or a quote post repeats in its own quote marks of the post it answers or quotes
(`@rumourmill You wrote "the port will close tomorrow". Here are the facts: …`, the words also in its
`in_reply_to` or `quoted_post`), and says nowhere outside its marks, are that post's: they warn naming whose,
as words found only in that post do, unless the citing passage names that post's author or says its speaker
answered or repeated them (`The ministry denied that "…"`, `quoted the rumour "…"`; not `Rybar replied: "…"`,
which gives them as the answer), or the post answered is
the account's own (a thread); the reply's own words outside its marks pass. Words it quotes back in the
second person (`@rumourmill You wrote "…"`, `"…," you claimed`, `Вы пишете: «…»`) are those of the one it
answers (the handle before `You`, the author of the post it replies to or quotes, or the one account its
text opens with) even where that post's words were not read: given to the replying account they warn, naming
whose, as words the source gives to another in its marks do.
Words a platform post has only inside the quotation blocks it sets apart (Telegram's quote formatting:
`fields.blockquote`), where its other words are more than handles, hashtags and links (a channel folds its own
long text into one block), warn when a citing passage gives them to the post's author or to no one (`Rybar
wrote that "…"` on Rybar's `Medvedev wrote:` over a block of his words): unless it says the author passed them
on (`Rybar quoted "…"`, `According to Rybar`) or names one the post names (`Rybar posted Medvedev's words`). A
quote found only among a poll's answers (`fields.poll_options`) says so, as one found only in another's words.
Words a citing passage says one account passed on from another (`Rybar quoted Medvedev: "…"`, `Medvedev said,
as reported by Rybar, that "…"`, `According to Rybar, Medvedev said "…"`, `Рыбарь процитировал Медведева:
«…»`, `Рыбарь пишет: «Медведев заявил: „…“»`: `locate.speakers.relayed_speakers`)
warn on a platform post that has them but never names that person (by family name, declined, in either
script), unless it is their own post: the post says them as its own, the report as another's.
Words a citing passage says an image in a platform post shows (`Rybar shared a screenshot reading “…”`, `a
photo of a leaflet saying`, `an image with the words`, `a screenshot of Medvedev's post:`) warn even where the
post's text has them: the image was not read (a web page's text saying what an image shows is what is
cited, and passes). Words of a post the citing passage says was deleted (`Rybar later deleted a post claiming
“…”`, `In a since-deleted post`, `в удалённом посте`) warn where the live capture shows the post saying them:
restored since, or another post? (Read from an archived copy, as a deleted post is cited, they pass.)
Otherwise it is a `warn` that says what a person should look at: what the elision leaves out, or how far apart
its parts are; a near match (score at least `matching.NEAR_QUOTE`) with the best excerpt, and, as for a
paraphrase, the words the quote puts for the source's, adds or leaves out where they are few ("the quote has
'1,500' where the source has '1,200'", "leaves out the source's 'never'"); a translation when
the source is in another language than the quote (a possible one, for a quote too short for its language to be
named, when it is in another than the passage quoting it: `_report_s_language`); or a paraphrase with the best
excerpt, the source part weighed whole against a quote longer than it (a short post). `--strict-quotes`
makes every quote not confirmed as quoted a `fail`, but for one not found in a post edited since it was first
posted (X's versions, Telegram's "edited", Mastodon's `edited_at`): the words may be its first version's,
which only an earlier copy shows, and it warns saying so. A quote found only in X's Community Note under the
post, in a publisher's correction note, in a wiki revision's edit summary or the lines its diff shows an edit
removed, or in an edit a Mastodon status's history shows was made after the day it was posted
(`fields.later_versions`) says so, as one found only in another's words. One found in a
post whose words are an edit's made more than a day after it was posted (`fields.edited_at`), where no edit
history was read, warns: it may not be what the post said on the day cited. One found on a web page only
right after the label of a link to another story (`Read more: …`, `Читайте также: …`), and not in its title,
warns: it is that story's headline, not the article's words.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterator

from provenance.checks.interface import CheckInput
from provenance.checks.live_blogs import (
    cited_live_blog_entry,
    entry_at_the_note_s_time,
    live_blog_entries,
    live_blog_entry,
)
from provenance.checks.matching import (
    LABEL_WORDS,
    NEAR_QUOTE,
    QuoteMatch,
    case_changed_word,
    disowned_in_passage,
    find_quote,
    language_of,
    link_time_code,
    match_names,
    may_disown,
    name_key,
    negations_in,
    normalise_text,
    only_inserted,
    quote_fragments,
    quoted_in_source,
    says_said_again,
    script_of,
    sharp_s_changed_word,
    teaser_label_before,
)
from provenance.checks.wiki_edits import in_the_compared_revision
from provenance.citations.dates import ENGLISH_MONTHS, RUSSIAN_GENITIVE_MONTHS
from provenance.extractors.pages import EMBEDDED_POSTS
from provenance.locate.speakers import (
    CONTRAST_AT_END_SOURCE,
    MAY_RELAY,
    WEEKDAYS,
    LazyPattern,
    Speaker,
    disowning_speakers,
    named_in_full,
    quote_speaker,
    quote_through,
    relayed_speakers,
    split_sentences,
)
from provenance.models import CheckResult, CheckStatus, Context, Platform, SourcePost
from provenance.names import ORGANISATION_WORDS, fold_spelling
from provenance.patterns import on_first_use
from provenance.quotes import MAX_QUOTED_CHARS, QUOTE_MARKS, closes_an_unopened_quote, iter_quotes
from provenance.side_urls import (
    INTERNET_ARCHIVE_ITEM_TEXT,
    INTERNET_ARCHIVE_ITEM_TEXT_CUT,
    INTERNET_ARCHIVE_ITEM_TEXT_FROM,
    internet_archive_item,
)
from provenance.urls import blank_urls

_SHOWN_CHARS = 300


def _short(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


_DOTLESS_I = "\u0131"


def _best_match(quote: str, parts: list[str]) -> QuoteMatch | None:
    """Where `quote` stands best in one of the source's parts: verbatim and as quoted, else verbatim with a
    caution, else the nearest passage."""
    matches = [match for match in (find_quote(quote, part) for part in parts) if match is not None]
    turkish = "I" in quote and any(_DOTLESS_I in part for part in parts)
    if turkish and not any(match.verbatim for match in matches):
        # Turkish writes the capital of its dotless i (U+0131) as `I`, and of `i` as U+0130: "KIZ" is the
        # source's "k\u0131z" (girl), which case folding made "kiz", a near match.
        dotless = quote.replace("I", _DOTLESS_I)
        matches += [match for match in (find_quote(dotless, part) for part in parts) if match is not None]
    in_capitals = _DOTLESS_I in quote and any("I" in part for part in parts)
    if in_capitals and not any(match.verbatim for match in matches):
        # And back: a source in capitals ("KIZ GELD\u0130") writes the quote's "k\u0131z" as "KIZ", which case
        # folding made "kiz": the true quote "k\u0131z geldi" warned. The source's capital I is read as the
        # dotless one's (only so: the quote's "\u0131" is not found in the source's small "i").
        for part in parts:
            read = part.replace("I", _DOTLESS_I)
            match = find_quote(quote, read) if read != part else None
            if match is not None and match.verbatim:
                excerpt = _as_written(match.excerpt, read, part)
                matches.append(QuoteMatch(match.verbatim, match.score, excerpt, match.caution))
    return min(
        matches, key=lambda match: (not match.verbatim, match.caution is not None, -match.score), default=None
    )


def _as_written(excerpt: str, read: str, part: str) -> str:
    """`excerpt` of `read` as `part` writes it, where `read` is `part` with characters changed one for one."""
    core = excerpt.strip("\u2026")
    at = " ".join(read.split()).find(core) if core else -1
    return excerpt if at < 0 else excerpt.replace(core, " ".join(part.split())[at : at + len(core)], 1)


# Other people's words a source shows beside its own (`SourcePost.fields`): the post it quotes or replies to,
# its preview of a page it links to, the answers its poll offers (Telegram's `poll_options`: choices for its
# readers, nothing the channel states), a page's reader comments and its other side blocks. A quote found only
# there is theirs: the detail says whose, and what to do, instead of asking "a paraphrase?".
_OTHERS_WORDS: tuple[tuple[str, str | None, str, str], ...] = (
    ("quoted_post", "quoted_post_author", "the post it quotes", "attribute it there, or cite that post"),
    ("in_reply_to", "in_reply_to_author", "the post it replies to", "attribute it there, or cite that post"),
    (
        "link_preview",
        "link_preview_site",
        "its preview of the page it links to",
        "attribute it there, or cite that page",
    ),
    (
        "poll_options",
        None,
        "one of the answers its poll offers",
        "an answer offered to readers is not what the channel says: cite what it says, or say it asked",
    ),
    (
        "reader_comments",
        None,
        "a reader's comment on the page",
        "attribute it to the commenter, not to the page's author",
    ),
    (
        "elsewhere_on_the_page",
        None,
        "the page's links to other stories or its side blocks (a `Read more:` line, a sidebar)",
        "it is not the article's: cite the page it comes from",
    ),
    (
        "community_note",
        None,
        "the Community Note X shows under the post (readers' context)",
        "the note is not the post's author's words: attribute it to X's readers, or cite the post's own "
        "words",
    ),
    (
        "correction note",
        None,
        "the publisher's correction note (what the article said before, or took out)",
        "the article no longer says it: say so, or cite the article's own words now",
    ),
    # A wiki's revision (`extractors.wikipedia`): its editors' notes on their edits, and the lines a diff
    # shows an edit took out, read as a reader's comment and as the article's words.
    (
        "edit summaries",
        None,
        "the edit summary the page shows over the revision (an editor's note on an edit)",
        "it is no word of the article: quote the revision's own words, or say an editor wrote it",
    ),
    (
        "lines the edit removed",
        None,
        "the lines the diff shows the edit removed (the revision before it)",
        "the revision shown no longer says it: cite the revision before the edit",
    ),
    (
        "later_versions",
        "later_versions_edited",
        "an edit of the post made after the day it was posted",
        "its words when posted are not these: cite the edit, with its day, or the words it had then",
    ),
    # An edited X post's other version, captured beside the cited one (`extractors.twitter`): the words the
    # post shows now, or had when first posted, neither the cited version's.
    (
        "latest_version_text",
        "latest_version_id",
        "the post's latest version (an edit made after the cited one)",
        "cite the latest version's link, or quote the cited version's words",
    ),
    (
        "first_version_text",
        "first_version_id",
        "the post's first version (its words before the edit)",
        "the post no longer says it: say so, or cite the first version's link",
    ),
)


_NOT_ITS_OWN = "is not in the source's own words but in"
# The field naming what a Facebook share shares (`extractors.login_walled.SHARE_OF`), whose words it keeps as
# its `quoted_post`: "the post it quotes" said of the post a page shared.
SHARE_OF = "a share of"
# A Mastodon boost of another account's post (`extractors.mastodon`: its `reblog` field), and a Reddit
# crosspost (`extractors.reddit`: `crosspost` read from a page, `crosspost_parent` with the original's author
# named as `forwarded_from` read from the JSON): each keeps the post it passes on whole as its `quoted_post`,
# which "the post it quotes" misnamed.
_BOOST = "a boost of another account's post"


def _passed_on_as(fields: dict[str, str]) -> str:
    """What a source's `quoted_post` is to it: "the post it shares", "boosts", "crossposts", or "quotes"."""
    if fields.get(SHARE_OF):
        return "the post it shares"  # a Facebook share quotes nothing: it passes the post on whole
    if fields.get("reblog") == _BOOST:
        return "the post it boosts"
    if fields.get("crosspost") or (fields.get("crosspost_parent") and fields.get("forwarded_from")):
        return "the post it crossposts"
    return "the post it quotes"


# What to do of a quote found only in an edited post's first version, by platform: an X edit is a new
# post, with a link of its own, where a Mastodon post keeps one link for all its versions (its edit history,
# captured beside it, holds the first); X's advice is the one `_OTHERS_WORDS` gives.
_FIRST_VERSION_ADVICE = {
    Platform.MASTODON: "the post no longer says it, and its link shows the edit: say the post was edited "
    "since, and cite its edit history or an archived copy from before the edit",
}


def _in_others_words(
    quote: str,
    fields: dict[str, str],
    others_words: tuple[tuple[str, str | None, str, str], ...] = _OTHERS_WORDS,
    said: str = _NOT_ITS_OWN,
    platform: Platform | None = None,
) -> tuple[str, str] | None:
    """(note, excerpt) when `quote` is verbatim not in the source's own words but in words it shows of
    another's (`others_words`); the note says `said` of the quote before where, and the advice for the
    source's `platform` where it has its own (`_FIRST_VERSION_ADVICE`)."""
    for text_field, who_field, where, advice in others_words:
        if text_field == "first_version_text" and platform is not None:
            advice = _FIRST_VERSION_ADVICE.get(platform, advice)
        words = fields.get(text_field)
        match = find_quote(quote, words) if words else None
        if match is not None and match.verbatim and match.caution is None:
            if text_field == "quoted_post":
                where = _passed_on_as(fields)
            who = f" ({fields[who_field]})" if who_field and fields.get(who_field) else ""
            if not who and text_field == "reader_comments":
                who = _commenter_saying(quote, fields)  # a Reddit thread's comments name their authors
            note = f"{_short(quote)!r} {said} {where}{who}: {advice}"
            return note, match.excerpt
    return None


# A commenter as a thread's comments are kept (`extractors.reddit`: `u/<author>: <words>`, joined by " | ").
_COMMENTER = on_first_use(r"u/([\w-]{1,40}): ")
_MOST_COMMENTS_READ = 500  # a crafted thread of more costs no more


def kept_comments(fields: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(author, words) of each comment a source keeps with its author (Reddit's `reader_comments`), the first
    `_MOST_COMMENTS_READ`; a web page's reader comments, kept without their authors, give none."""
    for comment in fields.get("reader_comments", "").split(" | ")[:_MOST_COMMENTS_READ]:
        named = _COMMENTER().match(comment)
        if named is not None:
            yield named.group(1), comment[named.end() :]


def _commenter_saying(quote: str, fields: dict[str, str]) -> str:
    """` (u/<author>)` of the first kept comment that has `quote` verbatim (`kept_comments`); else ""."""
    for author, words in kept_comments(fields):
        match = find_quote(quote, words)
        if match is not None and match.verbatim:
            return f" (u/{author})"
    return ""


def _in_an_embedded_post(quote: str, fields: dict[str, str]) -> tuple[str, str] | None:
    """(note, excerpt) when `quote` is verbatim in a post the page embeds (`fields["embedded posts"]`, a line
    each: its label, a tab, its words) and so not in the article's own words: the note names the post."""
    for line in fields.get(EMBEDDED_POSTS, "").split("\n"):
        label, _, words = line.partition("\t")
        match = find_quote(quote, words) if words else None
        if match is not None and match.verbatim and match.caution is None:
            note = (
                f"{_short(quote)!r} found in {label} the article embeds, not in the article's own words: "
                "cite the post itself"
            )
            return note, match.excerpt
    return None


# The post a reply answers and the one a quote post quotes: words the source repeats of it in its own quote
# marks ('@rumourmill You wrote "the port will close tomorrow". Here are the facts: …') are that post's. Given
# to the replying account ('The ministry wrote "the port will close tomorrow"'), the ministry was said to have
# written the rumour it answered, and the quote passed as found.
_ANSWERED_POSTS = tuple(others for others in _OTHERS_WORDS if others[0] in ("quoted_post", "in_reply_to"))
_SHORTEST_AUTHOR_KEY = 4  # of a name or handle looked for in the citing passage
# Words by which a citing passage says its speaker answered or repeated the words, not that they are his
# ('The ministry denied that "…"', 'The ministry quoted the rumour "…"'), read as `_reported` reads its own.
_ANSWERING_WORDS = frozenset({
    "quoted", "quotes", "quoting", "cited", "cites", "citing", "repeated", "repeats", "repeating", "answered",
    "answers", "answering", "replied", "replies", "replying", "responded", "responds", "responding", "denied",
    "denies", "denying", "refuted", "refutes", "refuting", "rejected", "rejects", "rejecting", "dismissed",
    "dismisses", "dismissing", "debunked", "debunks", "опроверг", "опровергло", "опровергли", "ответил",
    "ответило", "ответили", "процитировал", "процитировало", "dementiert", "démenti", "desmintió",
})  # fmt: skip


def quoted_first(text: str, quote: str) -> str:
    """`text` with each place it writes `quote`'s words before it first quotes them blanked: the passage is
    read where it quotes them. 'Reports say we will win. Rybar wrote "we will win".' was read at its first
    words, whose sentence names no speaker, and Rybar's quote of Medvedev's words passed as his own."""
    quoted = next((found.start for found in iter_quotes(text) if quote in found.text), None)
    if quoted is None:
        return text
    pieces: list[str] = []
    done = 0
    at = text.find(quote, 0, quoted)
    while at >= 0:
        pieces += (text[done:at], " " * len(quote))
        done = at + len(quote)
        at = text.find(quote, done, quoted)
    return "".join(pieces) + text[done:] if pieces else text


def _quoting(
    given: CheckInput, quote: str, needs: re.Pattern[str] | None = None
) -> Iterator[tuple[Context, str]]:
    """Each citing passage that quotes `quote` (of `passage_quotes`) with its text read where it quotes them
    (`quoted_first`); only those `needs` finds a word in, where given (a rule's cheap first look)."""
    for context, quoted in given.passage_quotes:
        if quoted == quote and (needs is None or needs.search(context.text) is not None):
            yield context, quoted_first(context.text, quote)


# A verb of answering leading straight into the quote (`Rybar replied: "…"`, `The ministry responded on X,
# "…"`): the words are given as the answer's own, not as what it answered. Anchored at the lead-in's end:
# linear.
_REPLY_LEADS_IN = on_first_use(
    r"(?<!\w)(?:replied|replies|responded|responds|answered|answers|ответил|ответила|ответило|ответили"
    r"|відповів|відповіла|відповіли)(?:\s(?:on|in|to\sit)\s?[\w-]{0,20})?\s?[:,]?\s?$",
    re.IGNORECASE,
)


def _lead_in(text: str, quote: str) -> str:
    """The words of `text` right before `quote`'s first place, its opening mark left out."""
    at = text.find(quote)
    return text[max(0, at - _REPORTED_REACH) : max(at, 0)].rstrip(_OPENING_MARKS + " ")


def _repeated_from_answered(
    quote: str, parts: list[str], given: CheckInput, source: SourcePost
) -> tuple[str, str] | None:
    """(note, excerpt) when `quote` stands in the source only inside its own quote marks
    (`matching.quoted_in_source`) and verbatim in the post it answers or quotes (`_ANSWERED_POSTS`), another
    account's, and no citing passage names that post's author beside it; else None."""
    fields = source.fields
    repeating = "is in the source only inside its own quote marks, repeating"
    others = _in_others_words(quote, fields, _ANSWERED_POSTS, repeating)  # most posts answer none: no search
    if others is None:
        return None
    quoted_somewhere = False
    for part in parts:
        places = quoted_in_source(quote, part)
        if places is None:
            return None  # the source says the words itself, outside its marks
        quoted_somewhere = quoted_somewhere or bool(places)
    if not quoted_somewhere:
        return None
    authors = {
        key
        for field in ("quoted_post_author", "in_reply_to_author")
        for name in fields.get(field, "").split(",")
        if len(key := name_key(name)) >= _SHORTEST_AUTHOR_KEY
    }
    own = {name_key(name) for name in (source.author, source.handle) if name}
    if not own.isdisjoint(authors):
        return None  # a thread's next post repeating the account's own words: they are its own
    for _, text in _quoting(given, quote):
        if any(key in name_key(_around_quote(text, quote)) for key in authors):
            return None  # 'The ministry answered Rumour Mill's "…"': the report says whose the words are
        answer = _REPLY_LEADS_IN().search(_lead_in(text, quote))  # `Rybar replied: "…"`: his answer's words
        if _reported(text, quote, _ANSWERING_WORDS) and answer is None:
            return None  # 'The ministry denied that "…"': the report says its speaker answered the words
    return others


_EDITED = (
    "the post was edited after it was first posted: the quoted words may be from before the edit (an "
    "archived copy made before it may show them)"
)


# A web page's time of its last change (`extractors.web` keeps its `article:modified_time` or `dateModified`
# as `fields["modified"]`): an hour or more after it was published, words quoted from it and not found as
# quoted may be those it had before the update (`Updated 13 March: this statement has been amended`).
_PAGE_UPDATE = dt.timedelta(hours=1)
_LONGEST_TIME = 40  # characters of an ISO 8601 time, read from a page


def _page_updated_since(source: SourcePost) -> str | None:
    """What to say of a web page updated an hour or more after it was published, where a quote was not found
    as quoted; None for a post (its edits are `source.edited`'s), or a page not so updated."""
    if source.platform is not Platform.WEB or source.published is None or source.edited:
        return None
    try:
        modified = dt.datetime.fromisoformat((source.fields.get("modified") or "")[:_LONGEST_TIME].strip())
    except ValueError:
        return None
    if modified.tzinfo is None or modified - source.published < _PAGE_UPDATE:
        return None
    return (
        f"the page was updated {modified.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC, after it was published: the "
        "quoted words may be from before the update (an archived copy made before it may show them)"
    )


# How long after a post an edit still gives its words as published (a typo fixed that day): as
# `extractors.mastodon` reads an edit history.
_SAME_DAY_EDIT = dt.timedelta(hours=24)


def _edited_days_later(source: SourcePost) -> str | None:
    """What to say of words found in a post whose words are an edit's made more than a day after it was
    posted (its `fields.edited_at`: a Mastodon status's, a GoToSocial page's last edit), where no edit history
    was read (`fields.versions`, which gives the words as published): None for any other post."""
    edited_at = source.fields.get("edited_at")
    if not source.edited or not edited_at or source.published is None or "versions" in source.fields:
        return None
    try:
        edited = dt.datetime.fromisoformat(edited_at.strip()[:40])
    except ValueError:
        return None
    if edited.tzinfo is None or edited - source.published <= _SAME_DAY_EDIT:
        return None
    when = f"{edited.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"
    return (
        f"the post's words are those of an edit made {when}, more than a day after it was posted, and its "
        "edit history was not read: the quoted words may not be what it said on the day cited (an archived "
        "copy made before the edit may show it)"
    )


def _left_out(count: int) -> str:
    passages = "passage" if count == 1 else "passages"
    return (
        f"{count} quoted {passages} citing this footnote not compared: more quoted text than "
        f"{MAX_QUOTED_CHARS:,} characters before one marker; compare by hand"
    )


# A term of a word or two the report sets in quote marks after "so-called" (`the so-called “special
# operation”`, `the self-proclaimed “DPR”`, `так называемая «спецоперация»`): the report's own label for what
# others call it, no quotation of the cited source. Compared, it passed when the source happened to use the
# word, which confirms nothing, and warned when not, which was noise: it is not compared, and the detail says
# so. Only after these words: a short quote after a verb (`Rybar called it a “victory”`) may be the source's
# word, and is compared as any quote is.
_LABEL_BEFORE = on_first_use(
    r"(?<![^\W_])(so[- ]called|self-styled|self-proclaimed|так называем[^\W\d_]{0,3}|так зван[^\W\d_]{0,3}"
    r"|самопровозглашенн[^\W\d_]{0,3}|самопровозглашённ[^\W\d_]{0,3}|sogenannt[^\W\d_]{0,2}"
    r"|soi-disant[^\W\d_]{0,2}|autoproclam[^\W\d_]{1,4}) ?$",
    re.IGNORECASE,
)
# A name the report sets in quote marks after an account's or an outlet's noun, as Russian and Ukrainian write
# every such name (`канал «Рыбарь»`, `телеграм-канал «Два майора»`, `the Telegram channel “Rybar”`): the
# channel's name, no quotation of the source. Compared, it warned on the channel's own post, whose text need
# not name itself. Only a name (its first letter a capital) right after the noun.
_NAME_AFTER_NOUN = on_first_use(
    r"(?<![^\W_])((?:телеграм-|telegram-)?канал[\u0430-\u044f]{0,3}|паблик[\u0430-\u044f]{0,3}|(?:telegram\s)?channel)\s?$",
    re.IGNORECASE,
)
_LABEL_WORDS = 2
_LABEL_PLACES = 20
# The quotes a passage's words outside them are read without (`_CitingPassages`): beyond these, the rest of
# its quoted words are read as well, which can only look at more.
_QUOTES_LEFT_OUT = 50
_LABEL_REACH = 30  # characters before the quote's opening mark: the longest word above and a space


def _label_of(text: str, quote: str) -> str | None:
    """The labelling word (`_LABEL_BEFORE`) before each place `text` quotes `quote` (inside quote marks),
    when there is one before every such place and `text` shows it quoted at all (at most `_LABEL_PLACES`
    places); else None."""
    label = None
    at = text.find(quote)
    for _ in range(_LABEL_PLACES):
        if at < 0:
            return label
        before = text[max(0, at - 2) : at].rstrip()  # the opening mark, maybe a space after it (`« …`)
        if before and before[-1] in QUOTE_MARKS:  # not the same words unquoted, or inside another word
            opening = text.rfind(before[-1], 0, at)
            found = _LABEL_BEFORE().search(text, max(0, opening - _LABEL_REACH), opening)
            if found is None and quote[:1].isupper():
                found = _NAME_AFTER_NOUN().search(text, max(0, opening - _LABEL_REACH), opening)
            if found is None:
                return None
            label = label or found.group(1)
        at = text.find(quote, at + len(quote))
    return None  # quoted in more places than are looked at: compared, as any quote


def _report_labels(given: CheckInput) -> dict[str, str]:
    """The quotes of the citing passages that are the report's own labels wherever they stand, each with the
    word that makes it one (`_LABEL_BEFORE`); not the note's own quoted words."""
    labels: dict[str, str] = {}
    refused: set[str] = set()
    for context in given.contexts:
        for quote in context.quotes:
            if len(quote.split()) > _LABEL_WORDS or quote in refused:
                continue
            label = _label_of(context.text, quote)
            if label is None:
                refused.add(quote)
            else:
                labels.setdefault(quote, label)
    if labels:
        refused.update(given.quoted_in_note)
    return {quote: label for quote, label in labels.items() if quote not in refused}


# `Neither Rybar nor Two Majors wrote “…”`, `Weder Rybar noch WarGonzo schrieben „…“`, `Ni Rybar ni Two Majors
# n'ont écrit « … »`, `It was not Rybar who wrote “…”`: the passage says the ones it names did not write the
# words (`matching.disowned_in_passage` reads a negation only within two words of the verb, and passed them as
# confirmed). Read in the clause right before the quote's opening mark, at most six words between `nor` and
# the verb (`Neither Rybar nor WarGonzo retracted the post in which they wrote` says they wrote them):
# bounded, each part lazy between fixed words, linear.
_SAYING_VERBS = (
    r"wrote|write|written|said|say|posted|post|tweeted|claimed|published|stated|schrieben|schrieb|geschrieben"
    r"|sagten|sagte|gesagt|écrit|dit|déclaré|affirmé|publié|escribieron|escribió|dijeron|dijo"
)
_NEITHER_NOR = LazyPattern(
    r"(?<![^\W_])(?P<said>(?:neither|weder|ni)\s[^.!?;:]{1,80}?\s(?:nor|noch|ni)\s(?:[^\s.!?;:,]{1,40}\s){1,6}"
    rf"(?:{_SAYING_VERBS}))(?:\s(?:that|the\swords|dass|que))?\s?[,:]?$"
    r"|(?<![^\W_])(?P<cleft>it\s(?:was|is)\s(?:not|n['\u2019]t)\s(?:[A-Z@][^\s,;:]{0,40}\s){1,4}who\s"
    rf"(?:first\s)?(?:{_SAYING_VERBS}))(?:\sthat)?[,:]?$",
    re.IGNORECASE,
)
_NEITHER_WORD = on_first_use(r"(?<![^\W_])(?:neither|weder|ni|it\s(?:was|is)\sn)", re.IGNORECASE)
_NEITHER_REACH = 200  # characters before the quote's opening mark


def _denied_to_each_named(text: str, quote: str) -> str | None:
    """What a citing passage (`text`, as written) says of `quote` where it says each one it names did not
    write it (`_NEITHER_NOR`), in its words; else None."""
    if _NEITHER_WORD().search(text) is None:
        return None  # most passages
    at = text.find(quote)
    before = text[max(0, at - _NEITHER_REACH) : max(at, 0)]
    opening = before.rstrip(" ")
    if at < 0 or not opening or opening[-1] not in _OPENING_MARKS:
        return None
    clause = re.split(r"[.!?;]\s", opening[:-1].rstrip(" "))[-1]
    found = _NEITHER_NOR.search(clause)
    return " ".join((found["said"] or found["cleft"]).split()) if found is not None else None


# `Medvedev, not Rybar, wrote “…”`: the `not` sets another against the speaker, who wrote the words
# (`locate.speakers.CONTRAST_AT_END`, and the verb with a word or two after it); read right before the quote's
# opening mark. Bounded: linear.
_CONTRASTED = on_first_use(
    CONTRAST_AT_END_SOURCE.removesuffix("$")
    + r"\s(?:(?:also|later|then|had|has|have)\s)?[^\W\d_]{2,20}(?:\s(?:that|on\s[A-Z]?[a-z]{1,20}))?\s?[,:]?$"
)


# The first word after the contrast's `not` (`, not Rybar,`, `, \u0430 не Рыбарь,`): a name when capitalised.
_CONTRASTED_ONE = on_first_use(
    r"^,\s(?:(?:and|but)\s)?(?:not|rather\sthan|instead\sof|nicht|pas|(?:\u0430\s)?\u043d\u0435)"
    r"\s(?:the\s)?(?P<one>[@A-Z\u0400-\u042f\u0490\u0404\u0406\u0407][^\s,]{0,40})"
)
_NOT_A_CONTRASTED_ONE = frozenset(("even", "once", "ever", "one", "a", "all", "только", "даже", "разу"))


def _contrasted_speaker(text: str, quote: str) -> bool:
    """Whether the citing passage (`text`) sets someone against its speaker right before `quote` (`Medvedev,
    not Rybar, wrote “…”`): a negation that says who did not write them, not that nobody did."""
    at = text.find(quote)
    before = text[max(0, at - _NEITHER_REACH) : max(at, 0)].rstrip(" ")
    if at < 0 or not before or before[-1] not in _OPENING_MARKS:
        return False
    found = _CONTRASTED().search(before[:-1].rstrip(" "))
    if found is None:
        return False
    # The one set against the speaker is named (`not Rybar`), not `not once`, `not even Rybar`; and the
    # speaker is someone, not `No one` or `Nobody`: `Rybar has never, not once, written “…”` and `No one, not
    # even Rybar, wrote “…”` say nobody did.
    opening = before[: found.start()]
    subject = re.split(r"[.!?;:,]\s", opening)[-1]
    set_against = _CONTRASTED_ONE().search(found.group(0))
    named = set_against is not None and set_against["one"].casefold() not in _NOT_A_CONTRASTED_ONE
    return named and not negations_in(normalise_text(subject))


class _CitingPassages:
    """The citing passages each quote stands in, and each passage's normalised text once it is asked what it
    says of its quotes (`disowned`)."""

    def __init__(self, contexts: tuple[Context, ...]) -> None:
        self._contexts = contexts
        self._quoting: dict[str, list[Context]] | None = None
        self._normalised: dict[str, str | None] = {}

    def _quoting_passages(self, quote: str) -> list[Context]:
        if self._quoting is None:
            self._quoting = {}
            for context in self._contexts:
                for quoted in dict.fromkeys(context.quotes):
                    self._quoting.setdefault(quoted, []).append(context)
        return self._quoting.get(quote, [])

    def language(self, quote: str) -> str | None:
        """The language the first passage quoting `quote` is written in, where `matching.language_of` is
        sure of it; else None."""
        passages = self._quoting_passages(quote)
        return language_of(passages[0].text) if passages else None

    def disowned(self, quote: str) -> str | None:
        """What a passage that quotes `quote` says of it when it says nobody said it
        (`matching.disowned_in_passage`), or None."""
        for context in self._quoting_passages(quote):
            neither = _denied_to_each_named(context.text, quote)
            if neither is not None:
                return neither
            if _contrasted_speaker(context.text, quote):
                continue  # `Medvedev, not Rybar, wrote “…”`: someone wrote them, as the report says
            if context.text not in self._normalised:
                # Only the words outside its quotes may say so: most passages hold none (not normalised).
                outside = context.text
                for quoted in context.quotes[:_QUOTES_LEFT_OUT]:
                    outside = outside.replace(quoted, " ")
                self._normalised[context.text] = normalise_text(context.text) if may_disown(outside) else None
            text = self._normalised[context.text]
            said = disowned_in_passage(text, quote) if text is not None else None
            if said is not None:
                return said
        return None


# Words a source sets in its own quote marks after naming who said them (`Medvedev wrote: «…»`, `According to
# Medvedev, "…"`, `По словам Медведева, «…»`, `Selon X, « … »`, `Медведев: «…»`, `As Medvedev put it, "…"`,
# `Как заявил Медведев, «…»`, `Laut Medwedew „…“`), or names after them (`«…», — заявил Медведев`), are that
# person's, not the source's: a report that gives them to another (`Rybar wrote "…"` on Rybar's post quoting
# Medvedev) misattributes them. Who is named is read by the report's own speaker reader
# (`locate.speakers.quote_speaker`) on the source's words around its marks, a quoted placeholder for the
# words; a name alone before a colon, or after `as`, `как`, `laut` (and a verb), is read as it reads one
# before `said:` when it is the whole clause and each word is capitalised, unless it is a label
# (`matching.LABEL_WORDS`, one word in capitals or of two letters).
_PLACEHOLDER = "the words quoted here"
_NAME_BEFORE_COLON = on_first_use(r"([^\W\d_][\w'.-]{0,30}(?: [^\W\d_][\w'.-]{0,30}){0,3}) ?:$")
_NAME_IN_LEAD_IN = on_first_use(
    r"(?:as|wie|как|як|laut|zufolge) (?:(?:said|wrote|заявил|сказал|написал|пишет|заявив|сказав|написав)"
    r"[аи]? )?"
    r"([^\W\d_][\w'.-]{0,30}(?: [^\W\d_][\w'.-]{0,30}){0,3}?)"
    r"(?: (?:put it|puts it|said|says|wrote|writes|noted|schrieb|sagte|сказал|написал|сказав|написав))?,?$",
    re.IGNORECASE,
)
_NAME_PARTICLES = frozenset({"de", "da", "di", "del", "van", "von", "der", "al", "bin", "ibn", "la", "le"})
_OPENING_MARKS = "\"'(\u201c\u00ab\u2018\u201e["
_FAMILY_NAME_ENDING = 3  # letters a declined name may add (`Медведева` for `Медведев`)
_SHORTEST_STEM = 4
_QUOTE_OPENING_CHARS = 40  # of a quote, looked for in its passage's sentences, as `quote_speaker` looks


# A reply's words quoting back the one it answers, in the second person (`@rumourmill You wrote "…"`, `you
# claimed that "…"`, `Вы пишете «…»`, `"…," you wrote`): that one's words, not the reply's. Bounded, anchored
# at the lead-in's end or the tail's opening: linear.
_YOU = r"(?:you|вы|ты|ви|ти)"
_YOU_SAID = (
    r"(?:(?:just|also|yourself|once|even|have|had|then)\s)?(?:wrote|write|said|say|says|claimed|claim|posted"
    r"|tweeted|stated|пишете|пишешь|написали|написал|написала|заявили|заявляете|заявил|заявила|говорите"
    r"|сказали|сказал|сказала|пишеш|написав|заявив|стверджуєте|стверджували)"
)
_SECOND_PERSON_LEAD_IN = on_first_use(
    rf"(?:^|\s)(?:@(?P<handle>[A-Za-z0-9_]{{2,64}}),?\s)?{_YOU}\s{_YOU_SAID}(?:,?\s(?:that|что|що))?\s?[,:]?$",
    re.IGNORECASE,
)
_SECOND_PERSON_TAIL = on_first_use(rf"[,.!?]?\s?(?:[\u2014\u2013-]\s)?{_YOU}\s{_YOU_SAID}\b", re.IGNORECASE)


def _handle_named_in(text: str, speaker: Speaker) -> bool:
    """Whether `text` names the account `speaker` is by its handle's words (`Rumour Mill` for @rumourmill)."""
    return speaker.handle is not None and name_key(speaker.handle) in name_key(text)


def _quoted_back(quote: str, parts: list[str]) -> bool:
    """Whether the source quotes `quote` back in the second person somewhere (`You wrote "…"`)."""
    return any(
        _SECOND_PERSON_LEAD_IN().search(lead_in) is not None or _SECOND_PERSON_TAIL().match(tail) is not None
        for part in parts
        for lead_in, tail in quoted_in_source(quote, part) or ()
    )


def named_by_source(lead_in: str, tail: str, addressed: str | None = None) -> Speaker | None:
    """Whom the source's words around its quote marks give the quoted words to, when they name one; words
    it quotes back to the one it answers (`@rumourmill You wrote "…"`) are theirs: the account named before
    `You`, else `addressed` (the one the source replies to or quotes, when known)."""
    you = _SECOND_PERSON_LEAD_IN().search(lead_in) or _SECOND_PERSON_TAIL().match(tail)
    if you is not None:
        whom = you.groupdict().get("handle") or addressed
        if whom is None:
            return None
        return Speaker(whom, "subject", handle=whom if you.groupdict().get("handle") else None)
    joined = f"{lead_in} \u201c{_PLACEHOLDER}\u201d{tail if tail[:1] in ',.;:' else ' ' + tail}".strip()
    speaker = quote_speaker(joined, _PLACEHOLDER)
    if speaker is not None:
        return speaker
    # The whole clause before the mark is the name: 'Reply to Medvedev: «…»' is the source's own answer.
    alone = _NAME_BEFORE_COLON().fullmatch(lead_in) or _NAME_IN_LEAD_IN().fullmatch(lead_in)
    if alone is None:
        return None
    name = alone.group(1)
    if not all(word[0].isupper() or word in _NAME_PARTICLES for word in name.split()):
        return None  # 'We say to Medvedev: «…»', 'Мы ответили Медведеву: «…»': the source's own words to him
    if name.casefold() in LABEL_WORDS or (" " not in name and (len(name) < 3 or name.isupper())):
        return None  # "Claim: «…»", "UPD: «…»", "Q: «…»": a label, no one's name
    return quote_speaker(f"{name} said: \u201c{_PLACEHOLDER}\u201d", _PLACEHOLDER)


def _quoted_as_theirs(quote: str, parts: list[str], speaker: Speaker) -> bool:
    """Whether the source gives `quote`, in its own quote marks, to `speaker` somewhere, though it may say the
    words itself elsewhere too."""
    for part in parts:
        for lead_in, tail in quoted_in_source(quote, part, marked_only=True) or ():
            named = named_by_source(lead_in, tail)
            if named is not None and _same_person(named, [speaker.name]):
                return True
    return False


def _same_person(named: Speaker, names: list[str]) -> bool:
    """Whether `names` name the person `named` (declined as the source wrote it: `Медведева`)."""
    key = name_key(named.name)
    if any(name_key(name) == key for name in names):
        return True
    return bool(names) and match_names(named.name, names, declined=named.genitive).likeness is not None


# States by the names an English report gives them as speakers (`Spain asked the authorities "…"`), case
# folded, without `the`: a state speaks through its government, as an organisation does, and its name on a
# page in its own language is another word (`España`): read as a person's, the passage's words of a Spanish
# ministry's statement warned as given to one whom the source never names. Not the names that are also
# people's (Chad, Jordan, Georgia, Israel, India, Kenya, America, Ireland): a person so named stays a person.
_STATES = frozenset(
    [
        *("afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia"),
        *("austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium"),
        *("belize", "benin", "bhutan", "bolivia", "bosnia and herzegovina", "botswana", "brazil", "brunei"),
        *("bulgaria", "burkina faso", "burundi", "cambodia", "cameroon", "canada", "cape verde"),
        *("central african republic", "chile", "china", "colombia", "comoros", "congo", "costa rica"),
        *("croatia", "cuba", "cyprus", "czechia", "czech republic", "denmark", "djibouti", "dominica"),
        *("dominican republic", "ecuador", "egypt", "el salvador", "equatorial guinea", "eritrea", "estonia"),
        *("eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "germany"),
        *("ghana", "greece", "grenada", "guatemala", "guinea", "guinea-bissau", "guyana", "haiti"),
        *("honduras", "hungary", "iceland", "indonesia", "iran", "iraq"),
        *("italy", "ivory coast", "jamaica", "japan", "kazakhstan", "kiribati", "kosovo"),
        *("kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya"),
        *("liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali"),
        *("malta", "mauritania", "mauritius", "mexico", "moldova", "monaco", "mongolia", "montenegro"),
        *("morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "new zealand"),
        *("nicaragua", "niger", "nigeria", "north korea", "north macedonia", "norway", "oman", "pakistan"),
        *("palau", "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland"),
        *("portugal", "qatar", "romania", "russia", "rwanda", "samoa", "san marino", "saudi arabia"),
        *("senegal", "serbia", "seychelles", "sierra leone", "singapore", "slovakia", "slovenia", "somalia"),
        *("south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden"),
        *("switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "timor-leste", "togo"),
        *("tonga", "trinidad and tobago", "tunisia", "turkey", "t\u00fcrkiye", "turkmenistan", "tuvalu"),
        *("uganda", "ukraine", "united arab emirates", "uae", "united kingdom", "uk", "britain"),
        *("great britain", "united states", "usa", "uruguay", "uzbekistan", "vanuatu"),
        *("vatican", "holy see", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe"),
    ]
)


def _an_organisation(name: str) -> bool:
    """Whether a name is an organisation's (`the Kremlin`, `Russia's Defence Ministry`, `NATO`), as `author`
    tells one (`names.ORGANISATION_WORDS`, or one word in capitals), or a state's (`_STATES`: `Spain`)."""
    words = [word.strip(".,'\u2019()").casefold() for word in name.split()]
    if (len(words) == 1 and len(name) >= 2 and name.isupper()) or not ORGANISATION_WORDS.isdisjoint(words):
        return True
    return " ".join(words[1:] if words[:1] == ["the"] else words) in _STATES


# Words by which a passage says its speaker passed the words on, not that they are his: 'Rybar reported "…"',
# 'According to Rybar, "…"', 'Rybar cited …', 'Рыбарь сообщил: «…»' (read case folded, in the clause before
# the quote, `_REPORTED_REACH` characters at most).
_REPORTING_WORDS = frozenset({
    "reported", "reports", "reporting", "relayed", "relays", "cited", "cites", "citing", "quoted", "quotes",
    "quoting", "shared", "shares", "reposted", "forwarded", "according", "сообщил", "сообщила", "сообщили",
    "сообщает", "сообщают", "передает", "передаёт", "процитировал", "цитирует", "повідомив", "повідомила",
    "повідомляє", "selon", "laut", "zufolge", "según", "per",
})  # fmt: skip
# Of them, those by which a passage gives the words to whom it names (`According to him, "…"`): a speaker who
# passed another's words on in the source's marks, but not the source's own.
_ACCORDING_WORDS = frozenset({"according", "selon", "laut", "zufolge", "según", "per"})
_REPORTED_REACH = 120
_CLAUSE_STOPS = ".!?;"


def _reported(text: str, quote: str, words: frozenset[str] = _REPORTING_WORDS) -> bool:
    """Whether the clause before `quote`'s first place in the passage `text` says its speaker reported them
    (`_REPORTING_WORDS`, or `words`)."""
    at = text.find(quote)
    if at < 0:
        return False
    before = text[max(0, at - _REPORTED_REACH) : at]
    clause = before[max(before.rfind(stop) for stop in _CLAUSE_STOPS) + 1 :]
    return not words.isdisjoint(
        word.strip("\"'\u201c\u201d\u00ab\u00bb,:()").casefold() for word in clause.split()
    )


def _quote_span(sentences: list[str], quote: str) -> tuple[int, str] | None:
    """Where among a passage's `sentences` `quote` opens, and the sentences it spans joined; None when no
    sentence holds its opening. A quote of several sentences is looked for by its first where its opening runs
    past it (`He wrote: "We lost. They won."`), as `quote_speaker` looks: it was in no sentence, and the
    speaker a pronoun or the sentence before named was never read."""
    squashed = " ".join(quote.split())
    opening = squashed[:_QUOTE_OPENING_CHARS]
    first = split_sentences(opening)[0] if opening.strip() else ""
    for index, sentence in enumerate(sentences):
        at = sentence.find(opening)
        if at < 0 and first and first != opening and sentence.endswith(first):
            at = len(sentence) - len(first)
        if at < 0:
            continue
        joined = quote_through(sentences, index, at, len(squashed))
        if joined.startswith(opening, at):  # not its first sentence alone, said before it (`"We lost."`)
            return index, joined
    return None


def _around_quote(text: str, quote: str) -> str:
    """The sentence of `text` that holds `quote` and the one before it (`Rybar quoted Medvedev. "…," the post
    read.`); all of `text` when no sentence holds its opening."""
    sentences = split_sentences(text)
    span = _quote_span(sentences, quote)
    return text if span is None else " ".join((*sentences[max(0, span[0] - 1) : span[0]], span[1]))


def _mentioned_in(text: str, speaker: Speaker) -> bool:
    """Whether `text` names `speaker` by their family name, declined or not (`Rybar quoted Medvedev: "…"`,
    `Rybar cited Medvedev's words`, `Рыбарь процитировал Медведева`)."""
    family = name_key(speaker.name.split()[-1])
    if len(family) < 3:
        return False
    for word in text.split():
        key = name_key(word)
        shorter, longer = sorted((key, family), key=len)
        if key == family or (
            len(shorter) >= _SHORTEST_STEM
            and longer.startswith(shorter)
            and len(longer) - len(shorter) <= _FAMILY_NAME_ENDING
        ):
            return True  # not 'put' for 'Putin': a stem shorter than four letters is only itself
    return False


# A reply's or quote post's opening handle (X writes the one it answers first: `@rumourmill You wrote …`).
_OPENING_HANDLE = on_first_use(r"\s*@(?P<handle>[A-Za-z0-9_]{2,64})\b(?!\s*@)")


def addressee(source: SourcePost) -> str | None:
    """The one a post answers or quotes, whom its `you` means: the author of the post it replies to or
    quotes (`fields.in_reply_to_author`, `fields.quoted_post_author`: its name before the handle), else the
    one account its text opens with; None when it is neither (a channel's `you` may be its readers)."""
    for field in ("in_reply_to_author", "quoted_post_author"):
        name = source.fields.get(field, "").split(",")[0].strip()
        if name:
            return name
    opening = _OPENING_HANDLE().match(source.text or "")
    return opening["handle"] if opening is not None else None


def _named_in_source(quote: str, parts: list[str], addressed: str | None = None) -> Speaker | None:
    """The one person the source gives `quote` to, in its own quote marks, wherever it has them (`addressed`:
    whom its `you` means); None when it says the words itself somewhere, names nobody for them, or gives
    them to several."""
    named: Speaker | None = None
    for part in parts:
        places = quoted_in_source(quote, part)
        if places is None:
            return None  # the source says the words itself (a headline without marks, its text)
        for lead_in, tail in places:
            person = named_by_source(lead_in, tail, addressed)
            if person is None or (named is not None and name_key(person.name) != name_key(named.name)):
                return None  # the source says the words itself somewhere, or gives them to several
            named = person
    return named


# A singular personal pronoun a citing passage gives a quote to (`Medvedev replied. He wrote: "…"`, `"…," she
# said`, `According to him, "…"`, `His post said "…"`, `«…», — написал он`, `По её словам, «…»`):
# `quote_speaker` names nobody for it, and the words passed as the cited post's own though the report gives
# them to the person the sentence before names. `sie` and `they` are left out: they may be several.
_PRONOUN = on_first_use(
    r"(?<!\w)(?:(?P<subject>he|she|он|она|він|вона|il|elle|él|ella|er)|(?P<object>him|her)|(?P<owner>his)"
    r"|(?P<post>it|(?:the|its)\s(?:post|message|caption|tweet|thread|text))"
    r"|(?P<slavic>(?P<by>по|за) (?:\u0435\u0433\u043e|её|\u0435\u0435|його|її) (?P<words>словам|словами))"
    r")(?!\w)",
    re.IGNORECASE,
)
# The sentence before a post's `It` or `The caption` says its speaker made one: `Rybar posted on Monday.`,
# `WarGonzo shared a video.`
_POSTED = on_first_use(r"(?<!\w)(?:posted|shared|published|uploaded|tweeted)(?!\w)")
_PRONOUNS_TRIED = 4  # in the quote's sentence: the one before its verb is among the first
# When a sentence says its speaker spoke (`on Monday`, `on January 21, 2022`): no other name there.
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY_SAID = on_first_use(
    rf"(?:\sat\s\d{{1,2}}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|UTC|GMT)?)?\s(?:on|last|this)\s"
    rf"(?:{'|'.join(WEEKDAYS)}|{_MONTHS}\s\d{{1,2}}|\d{{1,2}}\s{_MONTHS})(?:,?\s\d{{4}})?(?=[\s.,!?])"
    rf"|\sat\s\d{{1,2}}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|UTC|GMT)?(?=[.,!?]?$)"
)
# What a sentence that is a quote alone holds beside its words: the marks, its stop, the note's marker.
_BARE_QUOTE_REST = on_first_use(r"[\s\"'\u201c\u201d\u00ab\u00bb\u2018\u2019\u201e.,!?\u2026\[\]^\d]{0,24}")


def _in_place_of(pronoun: re.Match[str], name: str) -> list[str]:
    """What `name` is written as in the place of `pronoun` (`_PRONOUN`): `her` may be `him`'s or `his`'."""
    if pronoun["slavic"]:
        return [f"{pronoun['by']} {pronoun['words']} {name}"]  # `По её словам` is `По словам Анны`
    if pronoun["owner"]:
        return [f"{name}'s"]
    if pronoun["post"]:
        return [f"{name}'s post"]  # `Rybar posted on Monday. It said: “…”`, `The caption read “…”`
    if pronoun["object"] and pronoun["object"].casefold() == "her":
        return [name, f"{name}'s"]
    return [name]


def _named_plainly(sentence: str) -> Speaker | None:
    """The speaker `sentence` names when read as leading into a quote: one, plainly (`Medvedev replied.`), not
    a list (`Medvedev and Peskov replied.`) nor one beside another (`Medvedev replied to Peskov.`)."""
    before = sentence.rstrip(".!?\u2026 ")
    return quote_speaker(f"{before}: \u201c{_PLACEHOLDER}\u201d", _PLACEHOLDER)


def _sentence_and_before(text: str, quote: str) -> tuple[str, str] | None:
    """The sentence of the passage `text` that holds `quote` (as `_around_quote` finds it) and the one before
    it; None when no sentence holds it, or none stands before it."""
    sentences = split_sentences(text)
    span = _quote_span(sentences, quote)
    return (span[1], sentences[span[0] - 1]) if span is not None and span[0] else None


def _speaker_before(text: str, quote: str) -> Speaker | None:
    """The speaker the sentence before the one of the passage `text` that holds `quote` names plainly."""
    sentences = _sentence_and_before(text, quote)
    return _named_plainly(sentences[1]) if sentences is not None else None


def _pronoun_speaker(text: str, quote: str) -> tuple[Speaker, str] | None:
    """(speaker, pronoun) when the sentence of the passage `text` that holds `quote` gives it to a pronoun
    (read as `quote_speaker` reads a name in its place) and the sentence before names one speaker plainly
    (read as leading into a quote), whom the pronoun is read as; else None."""
    sentences = _sentence_and_before(text, quote)
    if sentences is None:
        return None
    sentence, before = sentences
    if quote_speaker(sentence, quote) is not None:
        return None
    if _BARE_QUOTE_REST().fullmatch(sentence.replace(" ".join(quote.split()), "", 1)):
        # `WarGonzo posted a video on Monday. “…”`: a sentence that is the quote alone is the words of the one
        # the sentence before leads into them (its day aside).
        undated = _named_plainly(_DAY_SAID().sub("", before))
        return (undated, "") if undated is not None else None
    named = _named_plainly(_DAY_SAID().sub("", before))  # `Rybar posted a thread on Monday. He claimed …`
    if named is None:
        return None
    for pronoun in itertools.islice(_PRONOUN().finditer(sentence), _PRONOUNS_TRIED):
        if pronoun["post"] and not _POSTED().search(before):
            continue  # `Medvedev replied. The post read “…”`: which post? Only one the sentence says was made
        for name in _in_place_of(pronoun, named.name):
            speaker = quote_speaker(sentence[: pronoun.start()] + name + sentence[pronoun.end() :], quote)
            if speaker is not None and name_key(speaker.name) == name_key(named.name):
                return named, pronoun.group().split()[1] if pronoun["slavic"] else pronoun.group()
    return None


def _passage_speaker(text: str, quote: str, cited: frozenset[str] = frozenset()) -> Speaker | None:
    """Whom the passage `text` gives `quote` to: its named speaker (`quote_speaker`; `cited`, the names the
    report cites, as there), else the one a pronoun stands for (`_pronoun_speaker`), under the full name the
    passage gives them (`named_in_full`)."""
    speaker = quote_speaker(text, quote, cited)
    if speaker is None:
        by_pronoun = _pronoun_speaker(text, quote)
        speaker = by_pronoun[0] if by_pronoun is not None else None
    return named_in_full(text, speaker) if speaker is not None else None


def _denied_to_the_source(quote: str, given: CheckInput, source: SourcePost) -> Speaker | None:
    """The one a citing passage says did not write `quote` (`locate.speakers.disowning_speakers`: `At no
    point did Rybar write "…"`, `Rybar schrieb das nicht: „…“`, `Nowhere does Rybar claim that "…"`) when
    the source is theirs (author, handle or publisher, compared as `author` compares names); else None. Read
    beside `disowned_in_passage`, which hears a negation only within two words of the verb: Rybar's own post
    holding the words confirmed the quote the report says he never wrote. Another's post holding them
    (`Nicht Rybar, sondern Dva Mayora schrieb`) is as the report says."""
    own = [name for name in (source.author, source.handle, source.publisher) if name]
    if not own:
        return None
    for context, text in _quoting(given, quote):
        if not may_disown(context.text) or says_said_again(context.text):
            continue  # no negation (most passages), or one of a second time: 'did not write "…" again'
        if quote_speaker(text, quote, given.cited_speakers) is not None:
            continue  # 'Medvedev, not Rybar, wrote "…"': the words are another's, whom `author` compares
        for speaker in disowning_speakers(text, quote):
            if _same_person(speaker, own):
                return speaker
    return None


def _given_as_anothers(quote: str, parts: list[str], given: CheckInput, source: SourcePost) -> Speaker | None:
    """The person the source gives `quote` to, in its own quote marks, when the citing passage gives it to
    another (its speaker: `_passage_speaker`) without saying the source quotes that person; else None."""
    named = _named_in_source(quote, parts, addressee(source))
    if named is None:
        return None
    answered = _quoted_back(quote, parts)
    if answered and _in_others_words(quote, source.fields, _ANSWERED_POSTS) is not None:
        return None  # the post answered holds them: `_repeated_from_answered` says whose, and names that post
    misattributed = False
    for _, text in _quoting(given, quote):
        speaker = _passage_speaker(text, quote, given.cited_speakers)
        if speaker is None:
            continue
        family = Speaker(named.name.split()[-1], named.source, genitive=named.genitive)
        if _same_person(named, [speaker.name]) or _same_person(family, [speaker.name.split()[-1]]):
            # The report gives the words to the person the source does ('Volodymyr Zelensky' for 'Зеленский').
            return None
        if _an_organisation(speaker.name) and not answered:
            # 'The Kremlin said "…"' for its spokesman's words: it speaks through its people; not the words it
            # quotes back to the one it answers ('The ministry wrote "…"' of the rumour its reply quotes).
            return None
        if _reported(text, quote):
            return None  # 'Rybar reported "…"', 'According to Rybar, "…"': he passed the words on, as he did
        around = _around_quote(text, quote)
        if _mentioned_in(around, named) or (answered and _handle_named_in(around, named)):
            return None  # 'Rybar quoted Medvedev: "…"': the report says the source quotes them
        misattributed = True
    own = [name for name in (source.author, source.handle, source.publisher) if name]
    if not misattributed or _same_person(named, own):
        return (
            None  # no speaker in the report, or the source's own author ('Rybar wrote: «…»' in Rybar's post)
        )
    return named


# The most capitalised words of a page read for the names it holds: a crafted page of a million names costs
# no more (a person named that deep in it is not found, and the quote warns for a person to look).
_MOST_PAGE_NAMES = 20_000


@functools.lru_cache(maxsize=4)
def _names_on_page(page: str) -> tuple[str, ...]:
    """The page's capitalised words (a name's), each folded as names are compared (`name_key`, then
    `names.fold_spelling`), once each: read once for the several passages and quotes of one check."""
    capitalised = (word for word in page.split() if word.lstrip(_OPENING_MARKS)[:1].isupper())
    words = itertools.islice(dict.fromkeys(capitalised), _MOST_PAGE_NAMES)
    return tuple(dict.fromkeys(fold_spelling(name_key(word)) for word in words))


def _named_on_page(page: str, speaker: Speaker) -> bool:
    """Whether the page's text names `speaker` by family name, as written, declined (`Медведева`) or as
    another transliteration spells it (`Зеленський` for Zelensky); a name the citing passage declined
    (`Speaker.genitive`: `процитировал Марию Захарову`) in each nominative it can come from too."""
    lasts = [speaker.name.split()[-1]]
    if speaker.genitive:
        from provenance.locate.declension import nominative_forms

        lasts += [form.split()[-1] for form in nominative_forms(speaker.name)]
    folded = page.casefold()
    return any(last.casefold() in folded or _capitalised_on_page(page, last) for last in dict.fromkeys(lasts))


def _capitalised_on_page(page: str, name: str) -> bool:
    """Whether a capitalised word of the page is the one-word `name`, declined (`Медведева`) or as another
    transliteration spells it (`Зеленський` for Zelensky)."""
    family = fold_spelling(name_key(name))
    if len(family) < _SHORTEST_STEM:
        return False
    for key in _names_on_page(page):
        shorter, longer = sorted((key, family), key=len)
        declined = len(shorter) >= _SHORTEST_STEM and len(longer) - len(shorter) <= _FAMILY_NAME_ENDING
        if declined and longer.startswith(shorter):
            return True
    return False


# A turn of a transcript's questions and answers: its speaker's label, a word of at most 30 letters after a
# space or the text's start, and a colon (full-width, as Chinese and Japanese write it; an ASCII one before
# a space): `法新社记者` and its colon, `Reporter: …`, `Q: …`. Each start tries at most 30 characters: linear.
_TURN_LABEL = on_first_use(
    r"(?:(?<=\s)|^)(?P<label>[^\s:\uff1a\uff0c\u3002\u3001\uff1f\uff01,.;?!\"\u201c\u201d]{1,30})(?:\uff1a|:(?=\s))"
)
# A label that names one asking (casefolded): a reporter of an agency (`法新社记者`, `共同社記者`, `연합뉴스
# 기자`), a `Reporter`, `Journalist`, `Question`, or `Q`.
_ASKING_LABELS = ("\u8bb0\u8005", "\u8a18\u8005", "\uae30\uc790", "reporter", "journalist", "question")
# Words a passage says a question with (`asked whether "…"`, `a reporter's question`), casefolded.
_ASKING_WORDS = ("ask", "question", "\u95ee", "\u554f", "\uc9c8\ubb38")


def _turns(text: str) -> list[tuple[str, str]]:
    """A transcript's turns (`_TURN_LABEL`), each its speaker's label and its words up to the next label; the
    text before the first label is no turn."""
    labels = list(_TURN_LABEL().finditer(text))
    ends = [label.start() for label in labels[1:]] + [len(text)]
    return [(label["label"], text[label.end() : end]) for label, end in zip(labels, ends, strict=False)]


def _asking(label: str) -> bool:
    """Whether a turn's label names one asking (`_ASKING_LABELS`, or `Q`)."""
    folded = label.casefold()
    return folded == "q" or any(word in folded for word in _ASKING_LABELS)


def _in_a_question_put(quote: str, parts: list[str], given: CheckInput) -> str | None:
    """A note when `quote` stands in a transcript's questions only (a turn a reporter's label opens,
    `法新社记者` and its colon, then the question), and a citing passage gives it as said, not asked: the
    words are the one asking's, not the answer's. It passed, or warned that the page never names the speaker
    the passage gives them to, who answered."""
    if given.on_a_platform:
        return None
    text = "\n".join(parts)
    # Most pages have no reporter's turn: looked for first, before any turn is read.
    folded = text.casefold()
    if "q:" not in folded and not any(
        f"{word}\uff1a" in folded or f"{word}:" in folded for word in _ASKING_LABELS
    ):
        return None
    holding = [
        label
        for label, words in _turns(text)
        if (there := find_quote(quote, words)) is not None and there.verbatim
    ]
    if not holding or not all(_asking(label) for label in holding):
        return None  # prose before any turn, or an answer, holds them
    for context, passage in _quoting(given, quote):
        if any(word in passage.casefold() for word in _ASKING_WORDS):
            continue  # 'A reporter asked whether "…"': the report says it was asked
        return (
            f"{_short(quote)!r} stands in the source only in a question put by {holding[0]!r}, not in an "
            f"answer; the citing passage (line {context.line}) gives them as said: see whose words they are"
        )
    return None


def _speaker_the_page_never_names(
    quote: str, parts: list[str], given: CheckInput, source: SourcePost
) -> str | None:
    """A note when a citing passage gives `quote` to a person (`_passage_speaker`) whom the web page it cites
    names nowhere, though it has the words: it does not give them as that person's (`Dmitry Medvedev wrote:
    "…"` on an article saying `Peskov said that …`), and its byline is its writer, not the speaker, so the
    author check compares nothing. None on a platform's post (its account is `author`'s to compare with the
    speaker), or where the speaker is an organisation, the page's own author or publisher, or is named in it
    (by family name, declined or not) or in its address."""
    if given.on_a_platform:
        return None
    own = [name for name in (source.author, source.handle, source.publisher) if name]
    page = "\n".join(parts)
    address = (source.url or given.citation.url or "").casefold()
    for context, text in _quoting(given, quote):
        speaker = _passage_speaker(text, quote, given.cited_speakers)
        if speaker is None or _an_organisation(speaker.name) or _same_person(speaker, own):
            continue
        if _named_on_page(page, speaker) or name_key(speaker.name.split()[-1]) in address:
            continue
        return (
            f"the citing passage (line {context.line}) gives {_short(quote)!r} to {speaker.name}, whom the "
            f"source never names: whose words does it give them as? Compare by hand"
        )
    return None


def _given_by_pronoun(quote: str, parts: list[str], given: CheckInput, source: SourcePost) -> str | None:
    """A note when a citing passage gives `quote`, which the source says as its own (no one named for it in
    its marks), by a pronoun (`_pronoun_speaker`) to another person than the post's author; else None.

    A speaker the passage names (`Medvedev wrote: "…"`) is the author check's to compare with the post's
    account; one a pronoun stands for is read nowhere else. As there, only a platform post's author is held to
    it (a web page's byline is its writer), an organisation speaks through its people, an accounts registry
    may tie the speaker to the account, and a passage that names the post's author beside the pronoun may mean
    them by it (`Medvedev attacked Rybar. He wrote: "…"`)."""
    if not given.on_a_platform or given.citation.located is not None:
        return None
    own = [name for name in (source.author, source.handle, source.publisher) if name]
    for context, text in _quoting(given, quote):
        if (by_pronoun := _pronoun_speaker(text, quote)) is None:
            continue
        speaker, pronoun = named_in_full(text, by_pronoun[0]), by_pronoun[1]
        if _same_person(speaker, own) or _an_organisation(speaker.name):
            continue
        if _reported(text, quote, _REPORTING_WORDS - _ACCORDING_WORDS):
            continue  # 'Medvedev replied. He quoted "…"': he repeated the post's words
        around = _around_quote(text, quote)
        if any(_mentioned_in(around, Speaker(name, "subject")) for name in own):
            continue
        if _named_in_source(quote, parts, addressee(source)) is not None:
            continue  # the source's marks give them to someone: `_given_as_anothers` compares them
        if _quoted_as_theirs(quote, parts, speaker):
            continue  # 'Medvedev wrote: "…" …' and the post repeats them: the report gives them as it quotes
        whom = f"whom its {pronoun!r} stands for" if pronoun else "named in the sentence before the quote"
        post_word = _PRONOUN().fullmatch(pronoun) if pronoun else None
        if post_word is not None and post_word["post"]:  # `It said`, `The caption read`: the post
            whom = f"whose post its {pronoun!r} is"
        return (
            f"the citing passage (line {context.line}) gives {_short(quote)!r} to {speaker.name}, {whom}, "
            f"but the source says them as its own ({', '.join(own)}): attribute them to its author, or cite "
            f"where {speaker.name} said them"
        )
    return None


def _relayed_from_one_never_named(
    quote: str, parts: list[str], given: CheckInput, source: SourcePost
) -> str | None:
    """A note when a citing passage says one account passed on another's words (`Rybar quoted Medvedev:
    "…"`, `Medvedev said, as reported by Rybar, that "…"`: `relayed_speakers`) and the platform post it cites,
    not the speaker's own, has the words but never names that speaker (by family name, declined, in either
    script): the post says them as its own, and the report gives them to someone it does not name. None on a
    web page (`_speaker_the_page_never_names` reads those), for an organisation, or where the post names
    them."""
    if not given.on_a_platform:
        return None
    own = [name for name in (source.author, source.handle, source.publisher) if name]
    page = "\n".join(parts)
    for context, text in _quoting(given, quote, MAY_RELAY()):
        relayed = relayed_speakers(text, quote)
        if relayed is None:
            continue
        relayer, speaker = relayed[0], named_in_full(text, relayed[1])
        if _an_organisation(speaker.name) or _named_on_page(page, speaker):
            continue
        if _same_person(speaker, own) or _named_on_page(" ".join(own), speaker):
            continue  # the speaker's own post (`Medvedev` of `Дмитрий Медведев`'s), which need not name them
        answered = addressee(source)
        if answered is not None and _same_person(speaker, [answered]):
            continue  # the post answers or quotes the speaker's (`@rumourmill You wrote "…"`)
        return (
            f"the citing passage (line {context.line}) gives {_short(quote)!r} to {speaker.name}, passed on "
            f"by {relayer.name}, but the source never names {speaker.name}: it says them as its own "
            f"({', '.join(own)}); compare by hand"
        )
    return None


# `a screenshot reading “…”`, `a photo of the leaflet, which read`, `an image with the words`: the citing
# passage says an image shows the words. Read in the last characters before the quote: bounded, linear.
# So does one of another's post, introducing the words with a colon (`Rybar shared a screenshot of Medvedev's
# post: “…”`, `Рыбарь опубликовал скриншот поста Медведева:`).
_SLAVIC_IMAGE_WORDS = "скриншоты?|скрин|скріншоти?|скрін|фото|снимок|изображение|зображення"
_SLAVIC_POST_WORDS = "поста|сообщения|заявления|записи|допису|посту|повідомлення|заяви"
_PICTURED_LEAD_IN = on_first_use(
    r"(?<![\w-])(?P<image>screenshots?|screengrabs?|images?|photos?|photographs?|pictures?|scans?)"
    r"\s(?:(?:(?:of|from)\s[^\"\u201c\u201d\u00ab\u00bb]{1,60}?\s)?(?:reading|which\sreads?|that\sreads?"
    r"|which\ssaid|that\ssaid|saying|showing|with\sthe\s(?:words|text|inscription))[:,]?"
    r"|(?:of|from)\s[^\"\u201c\u201d\u00ab\u00bb:]{1,60}?(?:post|message|tweet|statement|comment|update):)$"
    rf"|(?<![\w-])(?P<slavic_image>{_SLAVIC_IMAGE_WORDS})\s(?:{_SLAVIC_POST_WORDS})\s[^\"\u201c\u201d\u00ab\u00bb:]{{1,60}}:$",
    re.IGNORECASE,
)
_PICTURED_REACH = 120  # characters before the quote's opening mark
# The same words anywhere in a passage: looked for before the passage is read where it quotes the words.
_PICTURE_WORD = on_first_use(
    rf"(?<![\w-])(?:screenshots?|screengrabs?|images?|photos?|photographs?|pictures?|scans?|{_SLAVIC_IMAGE_WORDS})"
    r"\s",
    re.IGNORECASE,
)


def _said_to_be_pictured(quote: str, given: CheckInput) -> str | None:
    """What to say where a citing passage says an image shows `quote` (`Rybar shared a screenshot reading
    “…”`), found in the post's text: the image itself was not read, so the words there are no check of it. A
    web page's text that says what an image shows (an article describing a screenshot) is what is cited."""
    if not given.on_a_platform:
        return None
    for context, text in _quoting(given, quote, _PICTURE_WORD()):
        at = text.find(quote)
        before = text[max(0, at - _PICTURED_REACH) : max(at, 0)].rstrip(_OPENING_MARKS + " ")
        pictured = _PICTURED_LEAD_IN().search(before) if at >= 0 else None
        if pictured is not None:
            image = (pictured["image"] or "picture").lower()
            return (
                f"found {_short(quote)!r} in the post's text, but the citing passage (line {context.line}) "
                f"says a {image.rstrip('s')} shows it: the image was not read; compare it by hand"
            )
    return None


# `Rybar later deleted a post claiming “…”`, `In a since-deleted post, Rybar wrote`, `в удалённом посте`: the
# citing passage says the post holding the words is gone. Bounded words before the quote: linear.
_POST_NOUNS = r"(?:post|posts|message|tweet|video|statement|thread|update)"
_SAID_DELETED = LazyPattern(
    rf"(?:(?:since|now|later)[-\s]deleted|(?:deleted|removed|took\sdown)\s(?:(?:an?|the|its|his|her|their|this)\s)?"
    rf"(?:[a-z-]{{1,20}}\s)?{_POST_NOUNS}|{_POST_NOUNS},?\s(?:since|later|now)\s(?:deleted|removed)"
    r"|gelöschten?\s(?:Post|Beitrag|Tweet)|(?:post|message|tweet)\s(?:depuis\s)?supprimé)",
    re.IGNORECASE,
)
_SLAVIC_SAID_DELETED = LazyPattern(
    "удал[её]нн[\u0430-\u044f]{0,3}\\s(?:пост|сообщени|запис)[\u0430-\u044f]{0,4}|удалил[\u0430-\u044f]{0,2}\\s(?:пост|сообщение|запись)"
    "|видален[\u0430-\u044f]{0,3}\\s(?:пост|допис|повідомлен)[\u0430-\u044f]{0,4}|видалив[\u0430-\u044f]{0,2}\\s(?:пост|допис|повідомлення)",
    re.IGNORECASE,
)
_DELETED_REACH = 160  # characters of the passage before the quote's opening mark
_CLAUSE_BREAK = on_first_use(r"[.;!?]\s|\s(?:then|but|and\slater|afterwards|instead|before|after)\s")
_DELETED_WORD = on_first_use("delet|remov|took\\sdown|gelöscht|supprimé|удал|видал", re.IGNORECASE)


def _said_to_be_deleted(quote: str, given: CheckInput) -> str | None:
    """What to say where a citing passage says the post holding `quote` was deleted and the post was read
    live, the words in it: the report's claim and the capture disagree (restored since? another copy?). None
    where the words were read from an archived copy, as a deleted post is cited."""
    if not given.on_a_platform or given.read_from:
        return None
    for context, text in _quoting(given, quote, _DELETED_WORD()):
        at = text.find(quote)
        # Only the quote's own clause: `Rybar deleted a post, then wrote: “…”` says the new one holds them.
        before = _CLAUSE_BREAK().split(text[max(0, at - _DELETED_REACH) : max(at, 0)])[-1]
        said = _SAID_DELETED.search(before) or _SLAVIC_SAID_DELETED.search(before) if at >= 0 else None
        if said is not None:
            return (
                f"found {_short(quote)!r}, but the citing passage (line {context.line}) says "
                f"{' '.join(said.group().split())!r} of the post, which the live capture shows: restored "
                "since, or another post? Compare by hand"
            )
    return None


# A Telegram post's quotation blocks (`fields.blockquote`, each block's words joined by " | "): words it sets
# apart as a quotation, often another's it repeats with no quote marks ('Medvedev wrote:' above the block),
# as often its own long text folded into one. Handles, hashtags and links outside the blocks are no words of
# the post's own (a folded text signed '@rybar').
_BLOCKQUOTE_JOINER = " | "
_NO_WORDS_OF_ITS_OWN = on_first_use(r"(?:https?://|www\.|[@#])\S*")
_SHORTEST_NAME_KEY = 4  # of a capitalised word of the citing passage looked for in the post
_LEAD_IN_CHARS = 120  # of the post's words before a quotation block, and of its opening, read for a name


def _outside_blockquotes(text: str, blockquotes: str) -> str | None:
    """The post's `text` with each of its quotation blocks (`blockquotes`) taken out; None when a block is not
    in it as written (then nothing is said of them)."""
    outside = text
    for block in blockquotes.split(_BLOCKQUOTE_JOINER):
        if block not in outside:
            return None
        outside = outside.replace(block, "\n", 1)
    return outside


def _names_one_the_post_names(around: str, quote: str, text: str, own: list[str]) -> bool:
    """Whether the passage's words `around` the quote name, beside the post's own author (`own`) and the
    quote's own words, someone the post's words `text` name (`Rybar posted Medvedev's words: "…"` on
    `Медведев: <block>`), as a capitalised word there."""
    quoted = {name_key(word) for word in quote.split()}
    for word in around.split()[:_PASSAGE_WORDS_READ]:
        word = word.strip(_OPENING_MARKS + "\"'\u201c\u201d\u00ab\u00bb\u2019,.:;!?()")
        if word.endswith(("'s", "\u2019s")):
            word = word[:-2]
        key = name_key(word)
        if not word[:1].isupper() or len(key) < _SHORTEST_NAME_KEY or key in quoted:
            continue
        if not _same_person(Speaker(word, "subject"), own) and _capitalised_on_page(text, word):
            return True
    return False


_PASSAGE_WORDS_READ = 200  # of the sentences around a quote: a crafted passage costs no more


def _verbatim_caution(
    quote: str, parts: list[str], given: CheckInput, source: SourcePost, passages: _CitingPassages
) -> tuple[str, str | None] | None:
    """Why words found as quoted still do not confirm the quote as the report gives them, the first reason
    that holds, with what of the source to show (None: the match's own excerpt); None where none does. Each
    reason is asked only when the ones before it found nothing, in this order:
    - the words found case folded as another word ("US" for "us", "Massen" for "Maßen");
    - 'Rybar never wrote "we will win"' on a post that says it: the report's claim is the opposite of what the
      source shows (`_CitingPassages.disowned`);
    - 'Rybar wrote "we will win"' on Rybar's post 'Medvedev wrote: «we will win»': words the post quotes,
      which the report gives to another (`_given_as_anothers`);
    - 'Medvedev replied. He wrote "we will win"' on Rybar's post saying it: Medvedev's, says the report, which
      the post shows as Rybar's own (`_given_by_pronoun`);
    - the reply's own quote marks around the words of the post it answers: that post's
      (`_repeated_from_answered`, which names the excerpt to show);
    - 'The spokesperson said "…"' on a press conference's transcript where a reporter's question holds
      them (`_in_a_question_put`);
    - 'Dmitry Medvedev wrote: "…"' on an article saying 'Peskov said that …': nowhere the words of the one the
      report gives them to (`_speaker_the_page_never_names`);
    - 'Rybar wrote "the bridge will be rebuilt"' on Rybar's post 'Medvedev wrote:' over a quotation block of
      those words: set apart as a quotation, perhaps of Medvedev's (`_set_apart_by_post`);
    - 'Rybar shared a screenshot reading "…"': the report says an image shows them, and no image was read
      (`_said_to_be_pictured`; before the next: a screenshot of Medvedev's post is the image's words);
    - 'Rybar quoted Medvedev: "…"' on Rybar's post naming Medvedev nowhere (`_relayed_from_one_never_named`);
    - 'Rybar later deleted a post claiming "…"' on the live post saying it (`_said_to_be_deleted`);
    - words a link's story only links to (`_in_a_teaser`), or a live blog's entry other than the one the
      note's link, or else its time of day (`BBC live, 12 March 2024, 14:05 GMT`), names holds
      (`_in_another_entry`);
    - words on an Internet Archive item's page, which are its uploader's (`_in_an_uploaders_description`);
    - 'In a video interview, Jung said "…"' on a video whose description holds them: its channel's words,
      not the video's (`_in_a_video_s_description`)."""
    text = "\n".join(parts)
    changed = case_changed_word(quote, text) or sharp_s_changed_word(quote, text)
    if changed is not None:
        return (
            f"the quote writes {changed[0]!r} where the source writes {changed[1]!r}: compare "
            f"{_short(quote)!r} by hand",
            None,
        )
    disowned = passages.disowned(quote)
    if disowned is not None:
        said = f"the report says {disowned!r} of {_short(quote)!r}, but the source says it: compare by hand"
        return said, None
    denied = _denied_to_the_source(quote, given, source)
    if denied is not None:
        return (
            f"the report says {denied.name} did not write {_short(quote)!r}, but the source, "
            f"{denied.name}'s, holds them: compare by hand",
            None,
        )
    speaker = _given_as_anothers(quote, parts, given, source)
    if speaker is not None:
        return (
            f"the source gives {_short(quote)!r} as the words of {speaker.name}, not its own: attribute them "
            f"there, or say the source quotes {speaker.name}",
            None,
        )
    cautions: tuple[Callable[[], str | tuple[str, str] | None], ...] = (
        lambda: _given_by_pronoun(quote, parts, given, source),
        lambda: _repeated_from_answered(quote, parts, given, source),
        lambda: _in_a_question_put(quote, parts, given),
        lambda: _speaker_the_page_never_names(quote, parts, given, source),
        lambda: _set_apart_by_post(quote, given, source),
        lambda: _said_to_be_pictured(quote, given),
        lambda: _relayed_from_one_never_named(quote, parts, given, source),
        lambda: _said_to_be_deleted(quote, given),
        lambda: _in_a_teaser(quote, given, source),
        lambda: _in_another_entry(quote, given, source),
        lambda: _in_an_uploaders_description(quote, given, source),
        lambda: _in_a_video_s_description(quote, given, source),
    )
    for caution in cautions:
        reason = caution()
        if reason is not None:
            return reason if isinstance(reason, tuple) else (reason, None)
    return None


def _in_a_teaser(quote: str, given: CheckInput, source: SourcePost) -> str | None:
    """A note when `quote` stands in a web page's text only as a link to another story under its label
    (`Read more: …`, `matching.teaser_label_before`), and not in the page's own title: another page's
    headline, which the article only links to."""
    if given.on_a_platform or not source.text:
        return None
    if source.title and (in_title := find_quote(quote, source.title)) is not None and in_title.verbatim:
        return None
    label = teaser_label_before(quote, source.text)
    if label is None:
        return None
    return (
        f"{_short(quote)!r} is on the page only as a link to another story ({label!r}): it is not the "
        "article's words: cite the page it links to"
    )


def _in_an_uploaders_description(quote: str, given: CheckInput, source: SourcePost) -> str | None:
    """A note when the words were found on an Internet Archive item's page: what that page shows (its
    title, its description, its metadata) is what the uploader wrote of the item, not the item's own files
    (a scan, a PDF), which the page only links to. A report quoting the document is confirmed by the file,
    not by the uploader's summary of it, which may quote it wrongly or not at all. None where the item's own
    text, read beside the page (`_item_s_own_text`), holds the words: they are the document's."""
    item = internet_archive_item(source.url) or internet_archive_item(given.citation.url)
    if item is None:
        return None
    own_text = _item_s_own_text(source)
    if own_text and _holds_words(own_text, quote):
        return None
    where = source.fields.get(INTERNET_ARCHIVE_ITEM_TEXT_FROM, "")[:300]
    cut = source.fields.get(INTERNET_ARCHIVE_ITEM_TEXT_CUT)
    if own_text and cut:
        read = f", nor in the item's text as far as it was read ({where}: {cut}; the words may be after it)"
    elif own_text:
        read = f", not in the item's own text ({where}), read whole"
    else:
        read = ", not in the item's files"
    return (
        f"found {_short(quote)!r} in the uploader's description{read}: open the file "
        f"(https://archive.org/download/{item}/) and compare the quote with it"
    )


def _item_s_own_text(source: SourcePost) -> str:
    """The Internet Archive item's own text read beside its page (`extractors.internet_archive`: the words
    derived from its file), or "" for any other source or where none was read."""
    return source.fields.get(INTERNET_ARCHIVE_ITEM_TEXT, "") if source.platform is Platform.WEB else ""


def _item_s_text_cut(source: SourcePost) -> str | None:
    """Why quoted words missing from an Internet Archive item's own text may still be the document's: that
    text was cut (its body at the capture's cap for it, or longer than is read), naming where it was read."""
    cut = source.fields.get(INTERNET_ARCHIVE_ITEM_TEXT_CUT) if _item_s_own_text(source) else None
    if not cut:
        return None
    where = source.fields.get(INTERNET_ARCHIVE_ITEM_TEXT_FROM, "")[:300]
    return f"the item's own text ({where}) was cut ({cut}): the quoted words may stand after the cut"


def _in_another_entry(quote: str, given: CheckInput, source: SourcePost) -> str | None:
    """A note when the note's link names one entry of a live blog (`…/live/…#block-61eb…`, as the page's own
    entries name themselves) and `quote` stands in another of its entries, not in that one: the page holds
    the words, but not as the entry the note cites (another hour's, another day's, perhaps another writer's).
    Each was found on the page, and passed as the cited entry's."""
    cited = cited_live_blog_entry(given.citation.url, source) if not given.on_a_platform else None
    if cited is None:
        return None if given.on_a_platform else _in_another_entry_than_the_note_s_time(quote, given, source)
    if _holds_words(cited.text, quote):
        return None  # an entry the page does not hold is said by `captured`; the cited one holds them
    other = next((entry for entry in live_blog_entries(source) if _holds_words(entry.text, quote)), None)
    if other is None:
        return None
    return (
        f"{_short(quote)!r} stands in the live blog's entry of {other.time} ({other.name or 'unnamed'}), not "
        f"in the one the note's link names ({cited.name}, of {cited.time}): cite that entry, or compare by "
        "hand"
    )


def _in_another_entry_than_the_note_s_time(quote: str, given: CheckInput, source: SourcePost) -> str | None:
    """A note when the note names an entry of a live blog by its time alone (`BBC live, 12 March 2024, 14:05
    GMT`, the blog's own address: `entry_at_the_note_s_time`) and `quote` stands in another of its entries,
    not in the one of that time, or no entry is of that time. Each was found on the page, and passed as the
    entry of the note's time."""
    if live_blog_entry(given.citation.url) is not None:
        return None  # the address names an entry the page does not hold: `captured` says so
    timed = entry_at_the_note_s_time(given.footnote.text, given.citation.date, source)
    if timed is None or (timed.entry is not None and _holds_words(timed.entry.text, quote)):
        return None
    other = next((entry for entry in live_blog_entries(source) if _holds_words(entry.text, quote)), None)
    if other is None:
        return None
    where = f"the live blog's entry of {other.time} ({other.name or 'unnamed'})"
    if timed.entry is None:
        return (
            f"{_short(quote)!r} stands in {where}; the note gives {timed.written}, and no entry of the blog "
            "is of that time: cite the entry that holds them, or compare by hand"
        )
    return (
        f"{_short(quote)!r} stands in {where}, not in the one of the note's time ({timed.written}: "
        f"{timed.entry.name or 'unnamed'}, of {timed.entry.time}): cite that entry, or compare by hand"
    )


def _holds_words(text: str, quote: str) -> bool:
    """Whether `text` holds `quote` word for word."""
    found = find_quote(quote, text)
    return found is not None and found.verbatim


def _by_surname(named: Speaker, names: list[str]) -> bool:
    """Whether `named` is one word, the last of a name of two or more in `names` (`Varga wrote: "…"` of Dr.
    Lena Varga's page): a report names a writer by surname once it has named her in full."""
    words = named.name.split()
    if len(words) != 1 or len(name_key(words[0])) < _SHORTEST_NAME_KEY:
        return False
    key = name_key(words[0])
    return any(len(name.split()) > 1 and name_key(name.split()[-1]) == key for name in names)


def _set_apart_by_post(quote: str, given: CheckInput, source: SourcePost) -> str | None:
    """A note when `quote` stands in a platform post (or a web page) only inside the quotation blocks it sets
    apart (`fields.blockquote`: Telegram's quote formatting, a page's `<blockquote>` where its extractor
    keeps it), and a citing passage gives it to the post's author or
    to nobody, without saying the author passed it on or naming one the post names where it leads into the
    block: the post may quote another there. None when the blocks are its whole text (a channel folds its own
    long text into one)."""
    # A web page's own quotation blocks (a newsletter's `<blockquote>` of the fact sheet it disputes) are
    # read as a post's, where its extractor keeps them apart.
    blockquotes = source.fields.get("blockquote")
    if not blockquotes or not source.text:
        return None
    outside = _outside_blockquotes(source.text, blockquotes)
    if outside is None or not any(char.isalnum() for char in _NO_WORDS_OF_ITS_OWN().sub("", outside)):
        return None
    block = next(
        (
            block
            for block in blockquotes.split(_BLOCKQUOTE_JOINER)
            if (found := find_quote(quote, block)) is not None and found.verbatim
        ),
        None,
    )
    if block is None:
        return None
    # Whom the post names where it leads into the block (the sentence before it, 'Medvedev wrote:', or its
    # opening, 'Медведев: …'): not a place it names anywhere ('Belgorod'), which a report names as often.
    at = source.text.find(block)
    before = source.text[max(0, at - _LEAD_IN_CHARS) : at].rstrip()
    before = before[max(before.rfind(stop) for stop in ".!?\n") + 1 :]  # its last sentence: 'Medvedev wrote:'
    lead_in = f"{before}\n{block[:_LEAD_IN_CHARS]}"
    elsewhere = find_quote(quote, outside)
    if elsewhere is not None and elsewhere.verbatim and elsewhere.caution is None:
        return None  # the post says them outside its blocks too
    own = [
        name
        for name in (source.author, source.handle, source.publisher, source.fields.get("signed_by"))
        if name
    ]
    for context, text in _quoting(given, quote):
        speaker = _passage_speaker(text, quote, given.cited_speakers)
        if speaker is not None and not (_same_person(speaker, own) or _by_surname(speaker, own)):
            continue  # given to another: the author check compares them with the post's account
        if _reported(text, quote, _REPORTING_WORDS | _ANSWERING_WORDS):
            continue  # 'Rybar quoted "…"', 'According to Rybar, "…"': the report says the post passed them on
        if _names_one_the_post_names(_around_quote(text, quote), quote, lead_in, own):
            continue  # 'Rybar posted Medvedev's words: "…"': the report names whom the post quotes
        kind = "post" if given.on_a_platform else "page"
        whose = f"to {speaker.name}, the {kind}'s author" if speaker is not None else "to no one"
        return (
            f"{_short(quote)!r} stands in the source only in a quotation block the {kind} sets apart, "
            f"perhaps another's words it repeats; the citing passage (line {context.line}) gives them "
            f"{whose}: see whom the {kind} quotes, and attribute them there"
        )
    return None


# A quote a passage interrupts to name its speaker (`"We will win," he said, "by spring."`, `«Мы не
# отступим», — написал Рыбарь, — «из Херсона»`) is one quote: each part was found apart, anywhere in the
# source, and "We will not retreat … from Kherson" passed on "We will not retreat. We will leave from
# Kherson." Read together as an elided quote, its parts must stand in order in one passage, joining no two
# sentences where either is cut. The first part ends at a comma, a few words (a speaker and a verb) end at
# one, and the second opens in lower case.
_INTERRUPTION = on_first_use(
    r",?[ \t]*[\u2014\u2013-]?[ \t]*[^\W\d_][^.!?;:\n\"\u201c\u201d\u00ab\u00bb\u201e]{0,80}"
    r",[ \t]*[\u2014\u2013-]?[ \t]*"
)
_INTERRUPTION_WORDS = 6


def _interrupted_quotes(contexts: tuple[Context, ...]) -> list[tuple[str, str]]:
    """The quotes of the citing passages that stand as the two parts of one quote interrupted by its speaker
    (`_INTERRUPTION`), each pair once, in order."""
    pairs: dict[tuple[str, str], None] = {}
    for context in contexts:
        kept = set(context.quotes)
        if len(kept) < 2:
            continue
        found = itertools.islice(iter_quotes(context.text), _QUOTES_LEFT_OUT)
        for first, second in itertools.pairwise(found):
            if first.text not in kept or second.text not in kept:
                continue
            between = context.text[first.end : second.start]
            opening = next((char for char in second.text if char.isalpha()), "")
            words = sum(any(char.isalpha() for char in word) for word in between.split())
            if (
                (first.text.endswith(",") or between.lstrip().startswith(","))
                and opening.islower()
                and words <= _INTERRUPTION_WORDS
                and _INTERRUPTION().fullmatch(between)
            ):
                pairs[first.text, second.text] = None
    return list(pairs)


# Russian and Ukrainian interrupt a quote inside its marks, between dashes (`«Мы не отступим, — написал
# Рыбарь, — из Херсона»`): the author's words are no words of the source, and the true quote warned as not
# found. When the quote as written is not in the source, it is read without them, as an elided quote, if they
# name its speaker (`quote_speaker`) or are a few words with a pronoun (`— написал он, —`), and that speaker
# (for a pronoun, whom the sentence before names, if it names one) is the post's author, an organisation, or
# the one the source's marks give the words to: `— написал Медведев, —` on Rybar's own words stays unfound.
_INTERRUPTION_INSIDE = on_first_use(
    r"(?<=[,.!?\u2026]) [\u2014\u2013] ([^\u2014\u2013\n]{1,80}?)[,.:] [\u2014\u2013] "
)
_INTERRUPTION_PRONOUN_WORDS = 4


def _without_interruption(quote: str, parts: list[str], given: CheckInput, source: SourcePost) -> str | None:
    """`quote` with the author's words interrupting it between dashes (`_INTERRUPTION_INSIDE`) elided, when
    it has such words and they give it to its source's speaker; else None."""
    found = _INTERRUPTION_INSIDE().search(quote)
    if found is None:
        return None
    head, words = quote[: found.start()].rstrip(",.!?\u2026 "), found.group(1)
    named = quote_speaker(f"\u00ab{head}\u00bb, \u2014 {words}.", head) if head else None
    if named is None and (len(words.split()) > _INTERRUPTION_PRONOUN_WORDS or not _PRONOUN().search(words)):
        return None
    elided = f"{head} \u2026 {quote[found.end() :]}"
    speakers = (
        [named]
        if named is not None
        else [
            before
            for _, text in _quoting(given, quote)
            if (before := _speaker_before(text, quote)) is not None
        ]
    )
    own = [name for name in (source.author, source.handle, source.publisher) if name]
    in_source = _named_in_source(elided, parts) if speakers else None
    for speaker in speakers:
        if not (
            _same_person(speaker, own)
            or _an_organisation(speaker.name)
            or (in_source is not None and _same_person(in_source, [speaker.name]))
        ):
            return None
    return elided


def _read_together(first: str, second: str, parts: list[str]) -> str | None:
    """What to look at when the two parts of an interrupted quote, each found, are not one passage of the
    source read together (`_interrupted_quotes`); None when they are."""
    joined = f"{first.rstrip(',').rstrip()} \u2026 {second}"
    match = _best_match(joined, parts)
    if match is not None and match.verbatim and match.caution is None:
        return None
    why = match.caution if match is not None and match.verbatim else "not found so in the source"
    return (
        f"{_short(first)!r} and {_short(second)!r}, one quote the passage interrupts, read together as "
        f"{_short(joined)!r}: {why}; compare by hand"
    )


# A post's author ends a sentence with a line break as often as with a full stop ("Russia will lose" on one
# line, "Ukraine will win" on the next): read as one sentence, "Russia … will win" passed, joining its
# subject to what the next line says. A line that ends with no stop before one that opens with a capital
# letter is read as a sentence ending there; one going on in small letters (`We will win` / `the war`) is
# the same sentence. Only a platform's post (a page's or a PDF's lines are wrapped), and only for a quote
# with elided words, whose parts must not join two sentences: a quote as written stays found over a line
# break before a name (`Our troops entered` / `Kherson`). The stop set there is the one dot leader (U+2024),
# a full stop once normalised (NFKC), taken out again of the excerpts shown.
_LINE_STOP = "\u2024"
_LINE_ENDING_NO_SENTENCE = on_first_use(r"(?<=[^\W_])([ \t]*\n[ \t\n]*)(?=[^\W\d_])")


def _lines_as_sentences(text: str) -> str:
    """`text` with a stop (`_LINE_STOP`) where a line ends with a letter or a digit before a line that opens
    with a capital letter."""
    return _LINE_ENDING_NO_SENTENCE().sub(
        lambda found: _LINE_STOP + found.group(1) if text[found.end()].isupper() else found.group(1), text
    )


# A word the source hyphenates at the end of a line (a PDF's or a page's wrapped line: `counter-` /
# `offensive`) is one word, and a quote that writes it with its hyphen (`counter-offensive`) quotes it: it
# warned as a near match. So does one that writes it whole (`counteroffensive`, `engineers` for a justified
# PDF's `engi-` / `neers`, where the hyphen is the typesetter's): with four letters or more before the hyphen
# the two readings differ by the hyphen alone, never by a word, and the true quote warned as a near match.
# Only there: a short prefix's hyphen may be the line's alone and the two readings different words (`re-` /
# `sign`: `resign` or `re-sign`).
_HYPHENATED_OVER_LINES = on_first_use(r"(?<=[^\W\d_]{4})-[ \t]*\n[ \t\n]*(?=[^\W\d_])")


# A post's emoji and the sign of its hashtags are no words, and a report quoting it leaves them out (`We
# will not retreat 🇷🇺 from #Kherson` quoted as "we will not retreat from Kherson"): it warned as a near
# match. Read again without them only where the quote is not found as written; not the emoji that say no (🚫
# ❌ ⛔ ✖ ❎ 🙅 👎 🛑: `We will 🚫 retreat` does not say "we will retreat"), nor a keycap's digit. A run of
# pictographs, each one character, no quantifier over another: linear.
_NO_EMOJI = "\U0001f6ab\u274c\u26d4\u2716\u274e\U0001f645\U0001f44e\U0001f6d1"
_EMOJI_OR_TAG_SIGN = on_first_use(
    rf"(?:(?![{_NO_EMOJI}])[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d])+"
    r"|(?<![\w#])#(?=[^\W\d_])"
)


# A number's thousands as one writer groups them and another does not (`1 000`, `1\u00a0000`, `1,000`,
# `1'000` and `1000`): one number, which warned as a near match. Read again with no separators in a number
# grouped so (one to three digits, then groups of three), in the quote and the source alike, only where the
# quote is not found as written; not a point, which may be a decimal one (`1.500`), nor a year before a
# number (`in 2022 300 soldiers`). Each try runs over one number's digits: linear.
_SEPARATORS = " \u00a0\u202f\u2009,'\u2019"
_GROUPED_NUMBER = on_first_use(f"(?<![\\d.,])\\d{{1,3}}(?:[{_SEPARATORS}]\\d{{3}})+(?![\\d])")
_SEPARATOR = on_first_use(f"[{_SEPARATORS}]")


def _ungrouped(text: str) -> str:
    """`text` with its grouped numbers' thousands separators left out (`_GROUPED_NUMBER`)."""
    return _GROUPED_NUMBER().sub(lambda number: _SEPARATOR().sub("", number.group()), text)


# A number written with its scale's word (`1.5 million`, `2 bn`, `1,5 млн`, `3 тыс.`) where the source writes
# its digits (`1,500,000`), a percentage in words where it writes `%`, a day written otherwise (`21/01` for
# `January 21`), or the other way round: the same number or day, but not the source's words, so the quote is
# never found; said so in place of "a paraphrase?", which sent a person looking for a figure that is there.
# Each form is read to a key both sides share (`1500000`, `45%`, `21 1`). A decimal part of one or two
# digits only (`1,500 million` is English for 1.5 billion: not read); a day written in digits only where it
# cannot be read two ways (`21/01`, `01/21`; not `03/02`), and with a point only beside its year (`21.01` may
# be a decimal). Each pattern's tries run over one number and a word or two after it: linear.
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_SCALES |= {f"\u0442\u044b\u0441\u044f\u0447{ending}": 10**3 for ending in ("\u0430", "\u0438", "")}
# Abbreviations, whose stop is no sentence's (`1,5 тыс. военных`): read with it.
_ABBREVIATED_SCALES = {"mln": 10**6, "bn": 10**9}
_ABBREVIATED_SCALES |= {
    "\u0442\u044b\u0441": 10**3,
    "\u043c\u043b\u043d": 10**6,
    "\u043c\u043b\u0440\u0434": 10**9,
}
_SCALED_NUMBER = on_first_use(
    r"(?<![\d.,])(?P<whole>\d{1,3})(?:[.,](?P<part>\d{1,2}))?[ \u00a0]?"
    rf"(?:(?P<scale>{'|'.join(_SCALES)})|(?P<abbreviation>{'|'.join(_ABBREVIATED_SCALES)})\.?)(?![^\W\d_])",
    re.IGNORECASE,
)
_PERCENTAGE = on_first_use(
    r"(?<![\d.,])(?P<number>\d{1,6}(?:[.,]\d{1,3})?)[ \u00a0\u202f]?(?:%|(?:per ?cent|pct\.?"
    r"|\u043f\u0440\u043e\u0446\u0435\u043d\u0442(?:\u0430|\u043e\u0432)?)(?![^\W\d_]))",
    re.IGNORECASE,
)
_MONTH_WORDS: tuple[tuple[str, ...], ...] = (
    tuple(month.lower() for month in ENGLISH_MONTHS),
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    # Russian's genitive, as a day names its month.
    RUSSIAN_GENITIVE_MONTHS,
)
_MONTH_NUMBERS = {name: number for names in _MONTH_WORDS for number, name in enumerate(names, 1)} | {
    "sept": 9
}
# A month's name, or its abbreviation with the stop that may follow it (a name's stop ends a sentence).
_MONTH = "|".join(sorted((name for name in _MONTH_NUMBERS if len(name) > 4), key=len, reverse=True))
_MONTH_ABBREVIATION = "|".join(
    sorted((name for name in _MONTH_NUMBERS if len(name) <= 4), key=len, reverse=True)
)
_DAY_IN_WORDS = on_first_use(
    rf"(?<![\w.])(?:(?:(?P<month>{_MONTH})|(?P<month_abbreviation>{_MONTH_ABBREVIATION})\.?)"
    r" (?P<day>\d{1,2})(?:st|nd|rd|th)?"
    rf"|(?P<day_first>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?"
    rf"(?:(?P<month_after>{_MONTH})|(?P<abbreviation_after>{_MONTH_ABBREVIATION})\.?))(?![^\W\d_])"
    r"(?:,? (?P<year>\d{4})(?!\d))?",
    re.IGNORECASE,
)
_DAY_IN_DIGITS = on_first_use(
    r"(?<![\d./-])(?P<first>\d{1,2})(?:/(?P<second>\d{1,2})(?:/(?P<year>\d{4}))?"
    r"|\.(?P<dotted>\d{1,2})\.(?P<dotted_year>\d{4}))(?![\d]|[./-]\d)"
)
_ISO_DAY = on_first_use(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d]|-\d)")
# A number in digits alone, grouped or not (`1,500,000`, `1 500 000`, `1500000`), not one with a decimal part.
_NUMBER_IN_DIGITS = on_first_use(
    f"(?<![\\d.,])\\d{{1,3}}(?:[{_SEPARATORS}]\\d{{3}})+(?!\\d)|(?<![\\d.,])\\d+(?![\\d]|[.,]\\d)"
)


# A form's key (`1500000`, `45%`, `d21m1`): what it is written as in both the quote and the source, and what
# pairs the quote's form with the source's in the detail; and its year, written after the key where given
# (`January 21, 2022` is `d21m1 2022`), so that a quote of the day alone is found in a source giving its year
# too, and another year is never the same day.
_Keyed = tuple[str, str | None]


def _scaled_key(number: re.Match[str]) -> _Keyed | None:
    """The whole number a scale's word makes of `number` (`1.5 million` is `1500000`), else None."""
    word = (number["scale"] or number["abbreviation"]).casefold()
    scale = _SCALES.get(word) or _ABBREVIATED_SCALES[word]
    part = number["part"] or ""
    # In whole numbers: `1.5 million` is 15 * 10**6 / 10, whole only where the division leaves nothing.
    value, left = divmod(int(number["whole"] + part) * scale, 10 ** len(part))
    return (str(value), None) if left == 0 else None


def _percentage_key(number: re.Match[str]) -> _Keyed:
    return f"{number['number'].replace(',', '.')}%", None


def _day_key(day: str, month: int, year: str | None) -> _Keyed | None:
    return (f"d{int(day)}m{month}", year) if 1 <= month <= 12 and 1 <= int(day) <= 31 else None


def _day_in_words_key(written: re.Match[str]) -> _Keyed | None:
    named = written["month"] or written["month_abbreviation"] or written["month_after"]
    month = _MONTH_NUMBERS[(named or written["abbreviation_after"]).casefold()]
    return _day_key(written["day"] or written["day_first"], month, written["year"])


def _day_in_digits_key(written: re.Match[str]) -> _Keyed | None:
    first = written["first"]
    if written["dotted"] is not None:  # `21.01.2022`: day first, as every such dating writes it
        return _day_key(first, int(written["dotted"]), written["dotted_year"])
    second = written["second"]
    if int(first) > 12 >= int(second):
        return _day_key(first, int(second), written["year"])
    if int(second) > 12 >= int(first):
        return _day_key(second, int(first), written["year"])
    return None  # `03/02`: the 3rd of February, or March the 2nd


def _iso_day_key(written: re.Match[str]) -> _Keyed | None:
    return _day_key(written["day"], int(written["month"]), written["year"])


_WRITTEN_FORMS: tuple[tuple[Callable[[], re.Pattern[str]], Callable[[re.Match[str]], _Keyed | None]], ...] = (
    (_SCALED_NUMBER, _scaled_key),
    (_PERCENTAGE, _percentage_key),
    (_DAY_IN_WORDS, _day_in_words_key),
    (_ISO_DAY, _iso_day_key),
    (_DAY_IN_DIGITS, _day_in_digits_key),
)


def _as_keys(text: str) -> str:
    """`text` with each number, percentage and day of `_WRITTEN_FORMS` written as its key, and its year."""
    for pattern, key_of in _WRITTEN_FORMS:

        def keyed(written: re.Match[str], key_of: Callable[[re.Match[str]], _Keyed | None] = key_of) -> str:
            keys = key_of(written)
            return written.group() if keys is None else " ".join(key for key in keys if key)

        text = pattern().sub(keyed, text)
    return _ungrouped(text)


def _forms_of(text: str) -> dict[str, str]:
    """Each number, percentage and day `text` writes, by its key, as it first writes it."""
    written: dict[str, str] = {}
    for pattern, key_of in _WRITTEN_FORMS:
        for form in pattern().finditer(text):
            keys = key_of(form)
            if keys is not None:
                written.setdefault(keys[0], form.group())
        text = pattern().sub(" ", text)
    for number in _NUMBER_IN_DIGITS().finditer(text):
        # Keyed by its digits, not read as an int: a hostile page's run of 100,000 digits is no int to read.
        written.setdefault(_SEPARATOR().sub("", number.group()).lstrip("0") or "0", number.group())
    return written


class _SourceForms:
    """The source's parts with their numbers, percentages and days written as keys (`_as_keys`), and the forms
    it writes them in (`_forms_of`): read once for every quote of a footnote, not once a quote (a hostile page
    of 100,000 digits read again for each of a thousand quotes)."""

    def __init__(self, parts: list[str]) -> None:
        self.parts = parts

    @functools.cached_property
    def keyed(self) -> list[str]:
        return [_as_keys(part) for part in self.parts]

    @functools.cached_property
    def unchanged(self) -> bool:
        return self.keyed == [_ungrouped(part) for part in self.parts]

    @functools.cached_property
    def shown(self) -> dict[str, str]:
        shown: dict[str, str] = {}
        for part in self.parts:
            shown = _forms_of(part) | shown  # the text's first, then the title's
        return shown


def _written_otherwise(quote: str, source: _SourceForms) -> tuple[str, str] | None:
    """Where `quote` is in one of the source's parts once each number, percentage and day of both is written
    as its key, but not as written: what the quote writes otherwise (`'1.5 million' where the source has
    '1,500,000'`) and the source's words, else None."""
    said = _as_keys(quote)
    if said == _ungrouped(quote) and source.unchanged:
        return None  # nothing either writes has another form
    match = _best_match(said, source.keyed)
    if match is None or not match.verbatim or match.caution is not None:
        return None
    shown = source.shown
    pairs = [
        f"{written!r} where the source has {shown[key]!r}"
        for key, written in _forms_of(quote).items()
        if key in shown and shown[key].casefold() != written.casefold()
    ]
    if not pairs:
        return None
    return ", ".join(pairs), match.excerpt


def _without_emoji(part: str) -> str:
    """`part` without its emoji (but those that say no) and its hashtags' signs (`_EMOJI_OR_TAG_SIGN`)."""
    return _EMOJI_OR_TAG_SIGN().sub("", part)


# A quote within a quote is written in single marks (`"Medvedev said 'no'"`) where the source writes double
# ones or guillemets (`Medvedev said «no»`): a mark's kind changes no word, and the true quote warned as a
# near match. Only the quote's own inner quotes (as `iter_quotes` pairs them) are read as double marks.
_SINGLE_MARKS = "'\u2018\u2019\u201a\u2039\u203a"


def _inner_quotes_double(quote: str) -> str:
    """`quote` with the marks of each quote inside it in single marks written as double marks."""
    pieces: list[str] = []
    done = 0
    for inner in iter_quotes(quote):
        if quote[inner.start] in _SINGLE_MARKS and quote[inner.end - 1] in _SINGLE_MARKS:
            pieces += (quote[done : inner.start], "\u201c", quote[inner.start + 1 : inner.end - 1], "\u201d")
            done = inner.end
    return "".join(pieces) + quote[done:]


# A quote within the quote (`«Медведев заявил: „мы победим“ вчера»`, `"Medvedev said 'no' today"`) the
# source writes in single marks (`'мы победим'`, a German low single mark), or with none (`Медведев заявил: мы
# победим вчера`), or the source's quote within its words that the report leaves unmarked (`«Медведев
# заявил, что мы победим»` for `…, что «мы победим»`): the marks change no word, and the true quote warned as
# a near match. Read again
# with the marks of each quote (as `iter_quotes` pairs them) left out of both, only where the quote is not
# found as written; the words and their order are the source's.
def _quote_marks_left_out(text: str) -> str:
    """`text` without the opening and closing marks of each quote in it (`iter_quotes`)."""
    pieces: list[str] = []
    done = 0
    for inner in iter_quotes(text):
        pieces += (text[done : inner.start], text[inner.start + 1 : inner.end - 1])
        done = inner.end
    return "".join(pieces) + text[done:] if pieces else text


# French sets a space before its colon, semicolon, question and exclamation marks, percent sign and closing
# guillemet, and after its opening one (`Il a dit : « nous vaincrons »`, `5 %`, a no-break or narrow space
# as often as not), where English and a report quoting it may set none (`il a dit: « nous vaincrons »`,
# `5%`), or the other way: the spacing changes no word, and the true quote warned as a near match. Read
# again without those spaces, in the quote and the source alike, only where the quote is not found as
# written. A run of spaces is tried from its
# first one only (the look-behind): linear.
_SPACES = " \t\u00a0\u202f\u2009"
_SPACE_BY_STOP = on_first_use(
    f"(?<![{_SPACES}])[{_SPACES}]+(?=[:;!?%\u00bb\u203a])|(?<=[\u00ab\u2039])[{_SPACES}]+"
)


def _unspaced_stops(text: str) -> str:
    """`text` without the spaces before its stops and inside its guillemets (`_SPACE_BY_STOP`)."""
    return _SPACE_BY_STOP().sub("", text)


# Russian writes the words it leaves out of a quote as `<...>` or `<…>` (`«мы не отступим <…> из
# Херсона»`), as English writes `[…]`: read as words, the true quote warned as a paraphrase. Read again as an
# ellipsis, whose words left out are weighed as any elision's (`matching.find_quote`).
_ANGLED_ELISION = on_first_use(r"<\s?(?:\.{3}|\u2026)\s?>")


def _angled_elisions(quote: str) -> str:
    """`quote` with each elision in angle brackets (`<...>`, `<…>`) written as an ellipsis."""
    return _ANGLED_ELISION().sub("\u2026", quote) if "<" in quote else quote


def _found_or(retried: QuoteMatch | None, match: QuoteMatch | None) -> QuoteMatch | None:
    """`retried` where it found the quote verbatim, else `match`."""
    return retried if retried is not None and retried.verbatim else match


# A quote of a few words from a page in another language than the report's, in the report's language ("the
# bridge will reopen on Monday" of a Spanish page): too short for its language to be named surely, it warned
# as "not found verbatim (44% at best; a paraphrase?)", and a person looked for a paraphrase in Spanish words.
# Said to be a translation where the source's language and the citing passage's are each named surely and
# differ, and the quote itself, guessed, reads as the passage's language or as none (not as another: a
# Spanish quote missing from a Spanish page stays a paraphrase). A report and a source in one language are
# never told so: a short quote's guess alone named English quotes missing from English posts translations.
def _report_s_language(quote: str, source_language: str | None, passages: _CitingPassages) -> str | None:
    """The citing passage's language, where a quote not found in the source reads as a translation into it
    (see above); else None."""
    if source_language is None or len(quote.split()) < _TRANSLATED_WORDS:
        return None
    passage_language = passages.language(quote)
    if passage_language is None or passage_language == source_language:
        return None
    guessed = language_of(quote, guess=True)
    return passage_language if guessed in (None, passage_language) else None


_TRANSLATED_WORDS = 3


# What a quote found only nearly changes of the source's words, where it changes a few: "1,500 soldiers were
# killed" of a page saying 1,200 was a "near match (98%)", and a person told only to compare by hand waved a
# changed count, a place (Kharkiv for Kherson) or a dropped "never" through. The quote's words against those
# of the excerpt it is closest to (its context beside it left aside), each put for another, added or left out.
_MAX_DIFFERENCES = 3
_MAX_COMPARED_CHARS = 600  # a quote's; the excerpt's, twice that: each word paired with each, bounded
_MAX_SHOWN_WORDS = 4
_EDGE_MARKS = ".,;:!?\"'(){}\u2026-\u2013\u2014\u201c\u201d\u2018\u2019\u00ab\u00bb"


def _percent(score: float) -> str:
    """A score not found verbatim, as a detail shows it: rounded down, so a word changed in a long quote is
    never "near match (100%)", which read as no difference at all."""
    return f"{int(score)}%"  # a score is never negative: its whole part is its floor


def _plain_words(text: str) -> list[tuple[str, str]]:
    """`text`'s words without the marks at their edges, each normalised (`matching.normalise_text`: what is
    compared) and as written (what a detail shows)."""
    words = (word.strip(_EDGE_MARKS) for word in text.replace("...", " ").replace("\u2026", " ").split())
    # A bracket is the writer's (`[T]he`, `ha[d]`): compared without it, shown with it where it closes.
    return [(normalise_text(word.strip("[]")), word) for word in words if word.strip("[]")]


def _words_that_differ(quote: str, excerpt: str) -> str:
    """How `quote` differs from the source's `excerpt` it is nearest to, as a detail goes on (`, the quote has
    '1,500' where the source has '1,200'`), where it differs in one to `_MAX_DIFFERENCES` places; else ""."""
    import difflib

    if len(quote) > _MAX_COMPARED_CHARS or len(excerpt) > 2 * _MAX_COMPARED_CHARS:
        return ""  # a quote of a page or more: its differences are no few words, and their search costs more
    said, shown = _plain_words(quote), _plain_words(excerpt)
    if not said or not shown:
        return ""
    keys = ([key for key, _ in said], [key for key, _ in shown])
    steps = difflib.SequenceMatcher(None, *keys, autojunk=False).get_opcodes()
    kept = [at for at, step in enumerate(steps) if step[0] == "equal"]
    if not kept:
        return ""
    differences: list[str] = []
    for at, (kind, said_from, said_to, shown_from, shown_to) in enumerate(steps):
        if kind == "equal" or (kind == "insert" and not kept[0] < at < kept[-1]):
            continue  # the excerpt's words around the quote are its context
        quoted = " ".join(word for _, word in said[said_from:said_to])
        source_words = [word for _, word in shown[shown_from:shown_to]]
        if at < kept[0]:
            source_words = source_words[-(said_to - said_from) :]  # the context before the quote left aside
        elif at > kept[-1]:
            source_words = source_words[: said_to - said_from]
        if said_to - said_from > _MAX_SHOWN_WORDS or len(source_words) > _MAX_SHOWN_WORDS:
            return ""
        if kind == "delete":
            differences.append(f"the quote adds {quoted!r}")
        elif kind == "insert":
            differences.append(f"the quote leaves out the source's {' '.join(source_words)!r}")
        else:
            differences.append(f"the quote has {quoted!r} where the source has {' '.join(source_words)!r}")
    if not 0 < len(differences) <= _MAX_DIFFERENCES:
        return ""
    return ", " + ", ".join(differences)


def _words_may_be_elsewhere(source: SourcePost) -> str | None:
    """Why quoted words missing from the page as captured may still be the source's, where the page says so:
    a paywall's teaser (`partial: paywall`), a live blog or an article going on over more pages than the one
    captured (`fields["continues at"]`), a cited entry no element of the page holds. Said beside a quote not
    found, which then warns even under `--strict-quotes`: the capture holds part of the source, and a bare
    "not found" failed a true quote from behind the paywall or on the blog's second page."""
    said = []
    if source.partial == "paywall":
        detail = f" ({source.partial_detail[:120]})" if source.partial_detail else ""
        said.append(f"the page is paywalled{detail}: the quoted words may be behind it")
    continues = source.fields.get("continues at")
    if continues:
        said.append(
            f"the page goes on over more pages ({continues[:200]}): the quoted words may be on one not "
            "captured"
        )
    entry = source.fields.get("cited entry not on the page")
    if entry:
        said.append(f"the cited entry {entry[:100]} is not on the captured page")
    # A quote post whose quoted post is gone or withheld: the words may be that post's, which no one can read
    # now (a bare "not found" failed them under --strict-quotes as if the writer had made them up).
    gone = source.fields.get("quoted_post_not_shown")
    if gone:
        said.append(f"the post it quotes is not shown ({gone[:160]}): the quoted words may be that post's")
    item_s_text_cut = _item_s_text_cut(source)
    if item_s_text_cut:
        said.append(item_s_text_cut)
    # Words of the source the capture holds but its reading did not take (a gallery's captions, an edited
    # post's cited version): "not found" said nothing of them, and failed a true quote under --strict-quotes.
    if source.unread and source.text:
        said.append(f"not all of the source was read ({source.unread[:200]}): the quoted words may be there")
    return "; ".join(said) or None


# Platforms whose posts are videos: words spoken in one are in no capture (its page holds its title and
# caption), and "a paraphrase?" sent a person looking through the caption for them.
_VIDEO_PLATFORMS = frozenset({Platform.TIKTOK, Platform.YOUTUBE})
# Words by which a citing passage gives a quote as heard in a video (`an officer can be heard shouting "…"`,
# `In the video the mayor says "…"`), read case folded in its clause before the quote.
_SPOKEN_WORDS = (
    "heard", "hear ", "shout", "in the video", "in the clip", "in the footage", "on camera", "on the tape",
    "voice", "narrat", "chant", "sings", "sang", "yell", "scream",
)  # fmt: skip
# ... and, where the words were found on the video's page, words by which a passage gives them as said in
# the video (`In a video interview, Jung said "…"`: the interview is the video): found in its description,
# they are its channel's account of what was said.
_SAID_IN_A_VIDEO = (*_SPOKEN_WORDS, "in a video", "in a clip", "video interview", "interview")


def _in_a_video_s_description(quote: str, given: CheckInput, source: SourcePost) -> str | None:
    """A note when `quote` was found on a video's page (YouTube's, TikTok's: its title and its description
    or caption, which its channel wrote) and a citing passage gives it as words spoken in the video
    (`_given_as_spoken`), or the link starts the video at a time in it: the channel's account of what was
    said, not the video's words, which no capture holds. Found in the description, a channel's summary of
    an interview passed as the speaker's words."""
    if source.platform not in _VIDEO_PLATFORMS:
        return None
    at = link_time_code(given.citation.url)
    if at is None and not _given_as_spoken(given, quote, _SAID_IN_A_VIDEO):
        return None
    channel = f", {source.author}'s words" if source.author else ""
    where = "" if at is None else f" (cited at {at // 60}:{at % 60:02d} of it, the link's time code)"
    return (
        f"found {_short(quote)!r} in the video's title or description{channel}, not in what is said in "
        f"the video{where}, which no capture holds: watch it for the words"
    )


# A note's time code in an episode (`…, 14 March 2024, at 12:34, https://…`, `at 1:02:03`): bounded, over
# the note's opening alone.
_NOTE_TIME_CODE = on_first_use(r"(?<![\w:])at\s{1,3}((?:\d{1,2}:)?\d{1,2}:\d{2})(?![\w:])")
_NOTE_TIME_CODE_REACH = 2_000


def _said_at_the_note_s_time_code(given: CheckInput, source: SourcePost, quote: str) -> str | None:
    """Why `quote`, not on the page of an episode (a podcast's: `fields[RECORDING]`) whose note places it at
    a time in it (`at 12:34`), is for a person to hear there; None for any other page or note. "A
    paraphrase?" sent a person looking through the episode's notes for words said in its recording."""
    from provenance.extractors.web import RECORDING  # here: only a quote not found is looked at again

    recording = source.fields.get(RECORDING)
    if not recording:
        return None
    at = _NOTE_TIME_CODE().search(blank_urls(given.footnote.text[:_NOTE_TIME_CODE_REACH]))
    if at is None:
        return None
    return (
        f"{_short(quote)!r} is given as words spoken in the episode (cited at {at.group(1)} of it, the "
        f"note's time code; its page is a {recording.removeprefix('JSON-LD ')}'s), which its page does not "
        "hold: compare them with the recording by hand"
    )


def _given_as_spoken(given: CheckInput, quote: str, words: tuple[str, ...] = _SPOKEN_WORDS) -> bool:
    """Whether a citing passage gives `quote` as words heard in a video (`words`, `_SPOKEN_WORDS` unless told,
    in the clause before it, `_REPORTED_REACH` characters at most)."""
    for _, text in _quoting(given, quote):
        at = text.find(quote)
        before = text[max(0, at - _REPORTED_REACH) : at].casefold() if at >= 0 else ""
        clause = before[max(before.rfind(stop) for stop in _CLAUSE_STOPS) + 1 :]
        if any(word in clause for word in words):
            return True
    return False


def _ends_a_quotation(passage: str) -> bool:
    """`closes_an_unopened_quote`, asked only of a passage holding a quote mark: most citing passages hold
    none, and one without a mark closes nothing. A plain `in` test each spares them two pattern searches over
    the whole passage (a paragraph citing many notes is searched once for each). A loop, not any() over a
    generator: most passages hold none of the marks, and each is tried."""
    for mark in QUOTE_MARKS:
        if mark in passage:
            return closes_an_unopened_quote(passage)
    return False


def check_quote(given: CheckInput) -> CheckResult:
    quotes, source, left_out = given.quotes, given.source, given.quotes_left_out
    missed: CheckStatus = "fail" if given.strict_quotes else "warn"
    if not quotes and not left_out:
        ended = next((context for context in given.contexts if _ends_a_quotation(context.text)), None)
        if ended is not None:
            # A quotation over paragraphs whose opening marks are not repeated: its words, in the paragraphs
            # before the marker's, are quoted, and "no quoted words" let the footnote be verified unread.
            return CheckResult(
                name="quote",
                status=missed,
                detail=f"the citing passage (line {ended.line}) ends a quotation opened in a paragraph "
                "before it, whose words were not read: compare them with the source by hand",
            )
        return CheckResult(name="quote", status="skip", detail="no quoted words cite this footnote")
    cited = " | ".join(quotes) or None
    if source is None or source.problem is not None:
        return CheckResult(name="quote", status="skip", detail="no content captured to compare", cited=cited)
    if not quotes:
        return CheckResult(name="quote", status=missed, detail=_left_out(left_out), cited=cited)
    # The title and the text are searched apart: a quote is not pieced together from the end of a headline and
    # the opening of the text.
    # An Internet Archive item's own text, read beside its page, is searched as a part of its own too.
    parts = [part for part in (source.text, source.title, _item_s_own_text(source)) if part and part.strip()]
    lined = source.text is not None and "\n" in source.text and given.on_a_platform
    line_parts = [_lines_as_sentences(part) for part in parts] if lined else None
    if not parts:
        unsearched = (
            f"the source's text was not searched ({source.unread}): compare by hand"
            if source.unread
            else f"the source has no text to search{given.read_from}"
        )
        # A post that passes another's on whole (a Mastodon boost read from its status API) has no words of
        # its own but keeps those it passes on: a quote of them is said to be theirs, as on a post with
        # text (`_passed_on_as`). "Not searched" said nothing of whose words they are.
        passed_on = [
            others
            for quote in quotes
            if (others := _in_others_words(quote, source.fields, platform=source.platform))
        ]
        if not passed_on:
            return CheckResult(name="quote", status="warn", detail=unsearched, cited=cited)
        # Why it was not searched (an archived copy of an X repost: whose words the title gives) still said.
        unsaid = len(passed_on) < len(quotes) or source.unread
        said = [note for note, _ in passed_on] + ([unsearched] if unsaid else [])
        return CheckResult(
            name="quote",
            status=missed,
            detail="; ".join(said),
            cited=cited,
            found=" | ".join(excerpt for _, excerpt in passed_on).replace(_LINE_STOP, ""),
        )
    elsewhere = _words_may_be_elsewhere(source)
    not_found: CheckStatus = "warn" if source.edited or elsewhere else missed
    missing = False  # a quote not found as quoted in the source as captured
    unlike_now = False  # near it, or not found at all: words the page may have had before an update
    notes: list[str] = []
    found: list[str] = []
    confirmed: set[str] = set()  # the quotes found as quoted
    status: CheckStatus = missed if left_out else "pass"
    source_language: str | None = None
    labels = _report_labels(given)
    passages = _CitingPassages(given.contexts)
    labelled = [f"{labels[quote]} {_short(quote)!r}" for quote in quotes if quote in labels]
    if labelled and len(labelled) == len(quotes) and not left_out:
        return CheckResult(
            name="quote",
            status="skip",
            detail=f"the quoted words are the report's own label ({', '.join(labelled)}): not compared",
            cited=cited,
        )
    if labelled:
        notes.append(f"the report's own label, not compared: {', '.join(labelled)}")
    rejoined = [_HYPHENATED_OVER_LINES().sub("-", part) for part in parts]
    joined: list[str] = []  # `parts` with each such word written whole, once a quote is not found otherwise
    unmarked_parts: list[str] = []  # `parts` without their quote marks, once a quote is not found as written
    plain_forms: _SourceForms | None = None  # `plain`'s numbers and days, read once a quote needs them
    for quote in quotes:
        if quote in labels:
            continue
        match = _best_match(quote, parts)
        if (match is None or not match.verbatim) and (angled := _angled_elisions(quote)) != quote:
            match = _found_or(_best_match(angled, parts), match)
        if (match is None or not match.verbatim) and rejoined != parts and "-" in quote:
            match = _found_or(_best_match(quote, rejoined), match)
        if (match is None or not match.verbatim) and rejoined != parts:
            joined = joined or [_HYPHENATED_OVER_LINES().sub("", part) for part in parts]
            match = _found_or(_best_match(quote, joined), match)
        if (match is None or not match.verbatim) and (nested := _inner_quotes_double(quote)) != quote:
            match = _found_or(_best_match(nested, parts), match)
        if match is None or not match.verbatim:
            unmarked_parts = unmarked_parts or [_quote_marks_left_out(part) for part in parts]
            unmarked = _quote_marks_left_out(quote)
            if unmarked != quote or unmarked_parts != parts:
                match = _found_or(_best_match(unmarked, unmarked_parts), match)
        if match is None or not match.verbatim:
            unspaced = [_unspaced_stops(part) for part in parts]
            if unspaced != parts or _unspaced_stops(quote) != quote:
                match = _found_or(_best_match(_unspaced_stops(quote), unspaced), match)
        plain = [_without_emoji(part) for part in parts] if match is None or not match.verbatim else parts
        if plain != parts:
            match = _found_or(_best_match(quote, plain), match)
        if (match is None or not match.verbatim) and lined and "." in quote:
            # A post's line break ends its sentence where a report quoting it on one line writes a stop
            # (`«Мы не отступим из Херсона. Противник разбит»` for `Мы не отступим из Херсона🇷🇺` / `Противник
            # разбит💪`): the true quote warned as a near match.
            stopped = [_lines_as_sentences(part) for part in plain]
            if stopped != plain:
                match = _found_or(_best_match(quote, stopped), match)
        if (match is None or not match.verbatim) and any(char.isdigit() for char in quote):
            ungrouped = [_ungrouped(part) for part in plain]
            if ungrouped != plain or _ungrouped(quote) != quote:
                match = _found_or(_best_match(_ungrouped(quote), ungrouped), match)
        uninterrupted = (
            _without_interruption(quote, parts, given, source)
            if match is None or not match.verbatim
            else None
        )
        elided = _best_match(uninterrupted, parts) if uninterrupted is not None else None
        match = elided if elided is not None and elided.verbatim else match
        if line_parts and match is not None and match.verbatim and match.caution is None:
            by_lines = _best_match(quote, line_parts) if len(quote_fragments(quote)) > 1 else None
            match = by_lines if by_lines is not None and by_lines.caution is not None else match
        if match is None:
            if only_inserted(quote):  # a paraphrase in brackets still says what the source said
                status = missed
                notes.append(f"only the writer's words, in brackets: compare {_short(quote)!r} by hand")
            continue
        if match.verbatim and match.caution is not None:
            status = missed  # each part is there, but not saying what the quote says, or not as one passage
            notes.append(f"{match.caution}: compare {_short(quote)!r} by hand")
            found.append(match.excerpt)
            continue
        caution = _verbatim_caution(quote, parts, given, source, passages) if match.verbatim else None
        if caution is not None:
            status = missed  # found as written, but not as the words the report says they are
            notes.append(caution[0])
            found.append(caution[1] if caution[1] is not None else match.excerpt)
            continue
        if match.verbatim:
            notes.append(f"found {_short(quote)!r}")
            found.append(match.excerpt)
            confirmed.add(quote)
            continue
        in_the_compared = in_the_compared_revision(given, quote) if source.platform is Platform.WEB else None
        if in_the_compared is not None:
            # A diff to the current revision: its left column is the revision its link names.
            cited_there, where, excerpt = in_the_compared
            notes.append(f"found {_short(quote)!r} {where}")
            found.append(excerpt)
            if cited_there:
                confirmed.add(quote)
            else:
                status = "fail" if status == "fail" else "warn"
            continue
        # Not in the post as it stands: on a post edited since (`source.edited`) the words may be its first
        # version's, which only an earlier copy shows, so `--strict-quotes` does not fail them.
        status = "fail" if status == "fail" else not_found
        missing = True
        if plain_forms is None or plain_forms.parts != plain:
            plain_forms = _SourceForms(plain)
        otherwise = _written_otherwise(quote, plain_forms) if any(c.isdigit() for c in quote) else None
        if otherwise is not None:
            notes.append(
                f"found {_short(quote)!r} written otherwise: the quote has {otherwise[0]}, the same number "
                "or day, but not the source's words: compare by hand"
            )
            found.append(otherwise[1])
            continue
        others = _in_an_embedded_post(quote, source.fields) or _in_others_words(
            quote, source.fields, platform=source.platform
        )
        if others is not None:
            status = missed  # another's words the source shows beside its own: no edit's doing
            notes.append(others[0])
            found.append(others[1])
            continue
        if match.score >= NEAR_QUOTE:
            differs, score = _words_that_differ(quote, match.excerpt), _percent(match.score)
            notes.append(f"near match ({score}) for {_short(quote)!r}{differs}: compare by hand")
            unlike_now = True
            found.append(match.excerpt)
            continue
        source_text = source.text or parts[-1]
        source_language = source_language or language_of(source_text)
        quote_language = language_of(quote)
        source_script, quote_script = script_of(source_text), script_of(quote)
        # A translation only where it shows: another script, or two languages each named with certainty.
        # A guess on a few words called an English quote missing from an English post a translation.
        if (source_script and quote_script and source_script != quote_script) or (
            source_language and quote_language and source_language != quote_language
        ):
            notes.append(
                f"translation: source is {source_language or f'in {source_script} script'}, quote is "
                f"{quote_language or f'in {quote_script} script'}; compare {_short(quote)!r} by hand"
            )
            found.append(_short(source.text or parts[-1], _SHOWN_CHARS))
        elif (passage_language := _report_s_language(quote, source_language, passages)) is not None:
            notes.append(
                f"translation? source is {source_language}, the quote is in a passage in {passage_language}; "
                f"compare {_short(quote)!r} by hand"
            )
            found.append(_short(source.text or parts[-1], _SHOWN_CHARS))
        elif source.platform in _VIDEO_PLATFORMS and (
            (at := link_time_code(given.citation.url)) is not None or _given_as_spoken(given, quote)
        ):
            # Cited at a place in the video (its link's `t=194s`): words said there, not its caption's.
            where = "" if at is None else f" (cited at {at // 60}:{at % 60:02d} of it, the link's time code)"
            notes.append(
                f"{_short(quote)!r} is given as words spoken in the video{where}, which neither its page nor "
                "its caption holds: compare them with the video by hand"
            )
            found.append(_short(source.text or parts[-1], _SHOWN_CHARS))
        elif (spoken := _said_at_the_note_s_time_code(given, source, quote)) is not None:
            notes.append(spoken)
            found.append(_short(source.text or parts[-1], _SHOWN_CHARS))
        else:
            differs, score = _words_that_differ(quote, match.excerpt), _percent(match.score)
            notes.append(f"not found verbatim ({score} at best; a paraphrase?): {_short(quote)!r}{differs}")
            found.append(match.excerpt)
            unlike_now = True
    for first, second in _interrupted_quotes(given.contexts) if len(confirmed) > 1 else ():
        apart = _read_together(first, second, parts) if {first, second} <= confirmed else None
        if apart is not None:
            status = missed
            notes.append(apart)
    if left_out:
        notes.append(_left_out(left_out))
    elif not notes:  # every quoted passage was punctuation alone (`“…”`): nothing was compared
        return CheckResult(
            name="quote", status="skip", detail="the quoted passages hold no words", cited=cited
        )
    if status != "pass" and source.edited and "versions" not in source.fields:
        # Telegram marks a changed post "edited", X lists its versions: what the report quoted may have been
        # the words before the change, which only an earlier copy can show. (Not where its edit history was
        # read: its words are then as first published, and a later edit's are named where they are found. An
        # edited X post's other version captured beside it does not settle it: a post edited twice has a
        # version between, not captured.)
        notes.append(_EDITED)
    elif unlike_now and (updated := _page_updated_since(source)) is not None:
        notes.append(updated)
    if missing and elsewhere:
        notes.append(elsewhere)
    edited_later = _edited_days_later(source) if status == "pass" else None
    if edited_later is not None:
        # Found in the post as it stands, whose words are an edit's made days after it was posted, and no
        # edit history read (`extractors.mastodon`): they may be words it did not have on the day cited.
        status = "warn"
        notes.append(edited_later)
    return CheckResult(
        name="quote",
        status=status,
        detail="; ".join(notes) + given.read_from,
        cited=cited,
        found=" | ".join(found).replace(_LINE_STOP, "") or None,
    )
