"""Who posted, read from the report itself: the speaker named in the passage that cites a footnote.

Reports write "Abu 'Ali Al-'Askari, the military spokesman for the Hizbullah Brigades, posted a message on
Telegram: “…”", "Russian MP Andrei Gurulyov wrote on his Telegram channel that …", "“…,” said Dmitry
Medvedev", "according to Rybar's Telegram channel". The name before an attribution verb (past any appositive
or parenthesis, or set off by commas after its description or its office and what it is of: `Another
milblogger, WarGonzo, wrote`, `The governor of Belgorod, Vyacheslav Gladkov, posted`), the name after an
inverted verb (`Как написал Рыбарь, «…»`) or `according to` (or `according to a post by`, `according to the
Telegram channel`), and the owner of a platform account (its author or admin writing as it: `Rybar's author
wrote`) are read here, in English, Russian and Ukrainian, French and Spanish, and German (where its verb comes
second: the one part before it is the subject only when it is a name, else the name right after the verb is,
`_german_speaker`); every scan is over a sentence's words, so crafted text cannot make it slow. Where the
speaker posted (`_PLACE`: a preposition, perhaps an owner, and a platform or an account's noun of a closed
list) and a few Russian and Ukrainian adverbs may stand between the name and its verb or the verb and the name
behind a quote (`Медведев в своём канале написал: «…»`, `«…», — написал в своём канале Медведев`, `Медведев
опять пишет:`); a name and such a place alone open a sentence before its colon (`Дмитрий Медведев в Telegram:
«…»`, `Medvedev, on Telegram: "…"`, `Rybar, Telegram:`, `WarGonzo, in a statement:`, and an owner's:
`WarGonzo's channel:`); an owner's post speaks for its owner, described or dated or not (`Rybar's post said`,
`Rybar's latest post said`, `Rybar's post on Monday said`, `A Rybar post said`, `Rybar's post read`, `Rybar's
caption read`: `read` only after a post's noun; `Rybar's Telegram channel posted`; a `statement` only a
two-word name's or one written as an account's, `Semyon Pegov's statement said`, `WarGonzo's statement said`,
as `Russia's statement said` is a government's), as does a post by them (`A post by Rybar read: “…”`, not `A
reply to a post by Rybar read`); a name labelling or signing the words speaks them (`As Rybar put it, “…”`,
`“…” — Rybar`, `“…” - Rybar, January 21`, `“…” (Rybar, Telegram)`, `“…” (@rybar)`: whether the one signed said
or reported them, the post must be theirs; a name alone in parentheses as a label's must show it is one, `“…”
(Bakhmut)` names nobody; and `Dmitry Medvedev: “…”` where the name shows it is a person's or an account's:
opening with a common given name, ending with a Slavic family name (`Semyon Pegov:`), written as an account
(`WarGonzo:`, `@wargonzo:`), after a description (`Milblogger Rybar:`), said to speak in another sentence of
the passage, or cited by the report as a source's author or account (`Rybar:`, `Рыбарь:`, `Rybar went
further:` in a report whose notes cite Rybar: `quote_speaker`'s `cited`); `Reuters:`, `Russian:`, `Bakhmut:`,
`Kherson Region:` are an outlet's headline, a label or a place); and the one a speaker writes about is not the
speaker (`Rybar wrote about Medvedev: "…"`, `WarGonzo in a post about Rybar wrote`, `Рыбарь про Медведева
написал` are the writer's; `Comments about Medvedev said` names nobody); a kind of account names nobody either
(`A Russian channel claimed`, `a Kremlin-backed channel`, `a Z-blogger`: `_describes_an_account`), where `the
Rybar channel wrote` names Rybar. A handle is a name as well, its account's (`@rybar wrote`, `@rybar's post
said`, `According to @rybar`). A discourse word or a relative clause between commas (`Rybar, however, wrote`,
`Rybar's channel, which has a million subscribers, wrote`), an aside in parentheses that names no one (`Rybar
claimed (without evidence) that`), `по данным Рыбаря` (as `по словам`; not `по данным Минобороны России`, the
ministry's) and a person's or a cited account's answer (`Semyon Pegov's response:`, `Rybar's take:` where the
report cites Rybar; not `Russia's response:`) name the speaker too, as does a sentence of a name and a verb
alone after a quote ending its own sentence (`“Kherson is ours!” WarGonzo wrote.`), and a post's caption or
title its poster's words (`Rybar posted a video captioned “…”`), a source credited (`As reported by Rybar,
“…”`, `“…,” as reported by Rybar`, `“…” (via Rybar)`) and the language aside (`Rybar wrote, in Russian, “…”`)
too; a channel named in quote marks holding words a plural verb of no one gives (`в канале «Рыбарь» написали:
«…»`) is their speaker; Russian's comma before `что` is no aside (`Рыбарь заявил, что «…»`), and an office in
Cyrillic describes a label's name as an English one does (`Губернатор Гладков: «…»`). The subject of an
infinitive or participle of saying (`Rybar was the first to claim that`, `was quick to say`, `went on to
write`, `would later claim`, `is claiming`; not `did not claim`), past an adverb (`has since`, `even`,
`falsely`) or an aside naming no one (`Rybar, citing unnamed sources, claimed`, `Rybar — a pro-war channel
— claimed`; not `Rybar, citing Medvedev, claimed`), `по утверждению Рыбаря`, an owner's claim opening the
sentence (`Rybar's claim that “…”`, a person's, an account's or a cited name's; not `Russia's claim that`),
the account named before its noun behind the quote (`“…,” the Rybar channel wrote`), a channel's editor
(`Rybar's editor wrote`), a list opening with `Both`, Russian's `Rybar reported this:` and unnamed sources
cited between name and verb (`Рыбарь ссылаясь на источники сообщил`), the one
a passive verb of saying names (`It was claimed by Rybar that`, `The claim, first made by Rybar, that`, `“…”
was posted by Rybar`), an owner's headline (`Rybar's headline read`), the poster titling their post (`Rybar
titled the post “…”`), a post in an owner's account (`A post on Rybar's channel said`) and an owner's post
described before the name (`A now-deleted Rybar post said`) are the speaker too; a speaker's words as
another reported them (`Medvedev said, as reported by Rybar, that`, `According to Rybar, Medvedev said`,
`Rybar reported that Medvedev said`, `По данным Рыбаря, Медведев заявил`, `As Rybar reported, Medvedev said`,
`Как сообщил Рыбарь, Медведев заявил:`, `Rybar, citing Medvedev, wrote`, `Рыбарь процитировал Медведева:`,
`Рыбарь привёл слова Медведева:`, a
quote within a quote, `Рыбарь пишет: «Медведев заявил: „…“»`), as are the words of another's post
in a screenshot one shared (`Rybar shared a screenshot of Medvedev's post:`, `Рыбарь опубликовал скриншот
поста Медведева:`), are on a post of either (`relayed_speakers`). The poster of a post said to hold
the words (`Rybar later deleted a post claiming`, `Rybar deleted a post that said`), the one unnamed sources
told (`Sources told Rybar that`), an account's spokesman where it is written or cited as an account (`A
Rybar spokesman said`; not `A Medvedev spokesman`, `A Hamas spokesman`), the speaker past a post's
participle (`Rybar said in a video posted on Telegram that`) or unnamed sources cited in an aside (`Rybar
wrote, citing a source in the Russian military, that`) name the speaker too, as does the name before one set
against it (`Medvedev, not Rybar, wrote`), past a post described (`Рыбарь в удалённом посте написал`) or
unnamed sources cited (`Рыбарь, ссылаясь на источники в Минобороны, написал`), and the subject of a
clause of small words going on to write them (`Rybar doubled down, writing:`; not `Rybar echoed Medvedev,
writing`), news style's posting (`Medvedev took to Telegram to write`) and what an owner's post
says impersonally (`в посте Рыбаря говорится:`, `«…», — говорится в посте Рыбаря`, `Im Beitrag von Rybar
heißt es:`), German's `as` with its verb last (`Wie Rybar schrieb,`) and French's `according to`
a channel (`Selon la chaîne Telegram Rybar,`); so does a name described behind the quote (`“…,” Rybar, a
pro-war channel, wrote.`, `“…,” wrote the pro-war channel Rybar.`). A name read from another
sentence of the passage than the quote's, which names nobody (`He added “…”`), is a guess, and weighed so
(`elsewhere`). A quote opening with an elision or the writer's bracket (`Medvedev wrote: “… we will`, `“[T]he
city`) is led into by the words before its mark, as any quote is. An honorific before a name of two words or
more (`Sayyed Hassan Nasrallah`, `Sheikh Naim Qassem`, `Шейх Наим Касем`: `names.HONORIFICS`) is said of it,
as an office is, no part of it, and so is a courtesy title or a title's abbreviation (`Mr. Peskov`, `Dr. Ahmed
Yousef`, `Gen. Valery Gerasimov`, `господин Песков`), whose stop ends no sentence; either shows a name alone
before a colon is a person's (`Sayyed Hassan Nasrallah: “…”`, `Dr. Ahmed Yousef: “…”`). A report's livelier
verbs are verbs of saying too (`had this to say`, `went further`, `retorted`, `Медведев съязвил`, `Рибар
пішов далі`), but the words mocked are not the mocker's (`Rybar mocked Medvedev's claim that “…”`). A credit
opening the words is no part of the name, read as a label is (`Via Dmitry Medvedev: “…”`; `Via Reuters:`
names nobody), and a hat tip thanks whoever pointed to them, naming no writer (`H/T Dmitry Medvedev:`,
`(h/t @journalist)`); a statement's or a post's author speaks for it (`A statement from Dmitry Medvedev
read`, `The post, by Rybar, read`; not a government's or a body's, `A statement from Russia said`); and
descriptions or an age between commas after a name leave it the speaker (`Medvedev, 57, the deputy chairman
of the Security Council, wrote`).

Pure: no I/O.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
import sys
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from provenance.citations.dates import ENGLISH_MONTHS, CitedTime, find_date, find_time
from provenance.citations.platforms import platform_from_words
from provenance.locate.cities import CITY_SPELLINGS
from provenance.models import Citation, Context, Footnote, Platform
from provenance.names import (
    COMMON_GIVEN_NAMES,
    DESCRIBING_WORDS,
    HONORIFICS,
    KNOWN_PLACES,
    NEWS_AGENCIES,
    as_letters,
    honorifics_before,
    is_a_persons_name,
    main_script,
    other_place_spellings,
    speaker_key,
    without_arabic_titles,
)
from provenance.patterns import Compiled, on_first_use
from provenance.quotes import Quote, blank_quotes, iter_quotes


class LazyPattern:
    """A regular expression compiled the first time it is used, not when the module loads (every capture's
    checks load it: a start-up cost for rules most passages never reach)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    @functools.cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count=count)

    def fullmatch(self, string: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(string)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string)


SpeakerSource = Literal[
    "note", "note-handle", "passage-handle", "subject", "inverted", "possessive", "elsewhere", "cited"
]

# How much a way of finding a name is worth, when several disagree: a note names its source outright.
SOURCE_WEIGHT: dict[SpeakerSource, float] = {
    "note": 1.0,
    "note-handle": 1.0,
    "passage-handle": 0.95,
    "subject": 0.9,
    "possessive": 0.9,
    "inverted": 0.85,
    # Named in another sentence of the passage than the one holding the quote, which names nobody (`He
    # wrote`, `The ministry said`): a guess at who `he` or `the ministry` is.
    "elsewhere": 0.5,
    # Named as the source the writer cites (`Medvedev wrote, citing Peskov:`), or as the one who reported
    # what the writer wrote (`According to Peskov, Medvedev wrote`): not who posted, but his post may hold
    # the words (the original, or a relay), so it is searched below the writer's (`writers_sources`).
    "cited": 0.5,
}


def speaker_as_searched(name: str, source: SpeakerSource) -> str:
    """`name` as a list of who was searched shows it: a guess (read outside the citing passage) and a source
    the writer cites or who reported him (`Medvedev wrote, citing Peskov`) marked, so the list does not read
    as people the report names as having posted."""
    if source == "elsewhere":
        return f"{name} (guessed)"
    if source == "cited":
        return f"{name} (as a source)"
    return name


_VERBS = (
    "posted|posts|wrote|writes|tweeted|tweets|retweeted|said|says|stated|states|claimed|claims|announced"
    "|announces|reported|reports|published|publishes|shared|shares|declared|declares|warned|warns|added"
    "|noted|notes|commented|boasted|threatened|insisted|argued|alleged|asserted|confirmed|denied|responded"
    "|replied|messaged|told|called|urged|vowed|accused|praised|blamed|released|uploaded|broadcast"
    # The verbs English reports give words with as often (`Medvedev explained: “…”`, `“…,” Rybar admitted`):
    # without them such a passage named nobody, and the words passed on any account's post.
    "|adds|explained|explains|admitted|admits|acknowledged|acknowledges|stressed|stresses|emphasized"
    "|emphasizes|emphasised|emphasises|remarked|concluded|concludes|complained|complains|conceded|quipped"
    "|joked|reiterated|predicted|predicts|cautioned|lamented|exclaimed|recalled|countered|continued"
    "|answered|asked|asks|revealed|pledged|promised|observed|mentioned"
    # And these, as often: `Rybar suggested: “…”`, `WarGonzo insists “…”`.
    "|suggested|suggests|insisted|insists|maintained|maintains|asserts|argues"
    # And the phrasal ones (`Medvedev fired back: “…”`, `“…,” Rybar hit back`, `Medvedev weighed in:`).
    r"|fired\sback|hit\sback|shot\sback|weighed\sin|chimed\sin|doubled\sdown|followed\sup"
    # And these (`Nasrallah had this to say: “…”`, `Rybar went further: “…”`, `“…,” Medvedev retorted`):
    # without them such a passage named nobody, and a post quoting another's words passed as its own.
    r"|had\s(?:this|the\sfollowing)\sto\s(?:say|add)|went\s(?:even\s)?further|retorted|opined|mocked"
    r"|gloated|fumed|hinted|speculated|elaborated|summed\sup|lashed\sout|scoffed|sneered|bragged|taunted"
    r"|clarified"
    # And these (`Medvedev mused: “…”`, `“…,” Medvedev thundered`, `Rybar raged`): without them such a
    # passage named nobody, and the words passed on any account's post.
    r"|mused|muses|thundered|raged|rages"
    # And a report's words for posting at all (`Medvedev took to Telegram on Friday.`), most often in the
    # paragraph before the quote that names its speaker `he`.
    r"|took\sto\s(?:Telegram|Twitter|X|Facebook|Instagram|VK|Bluesky|Mastodon|Threads|social\smedia"
    r"|(?:his|her|their)\s(?:Telegram|channel|account|page))"
)
# Reports in Russian and Ukrainian (or quoting them) attribute with these, in the past (he, she, they) and the
# present: `Пётр Землянов написал в своём Telegram-канале: «…»`.
_SLAVIC_VERBS = (
    "написал|написала|написали|пишет|заявил|заявила|заявили|заявляет|сообщил|сообщила|сообщили|сообщает"
    "|сказал|сказала|сказали|опубликовал|опубликовала|опубликовали|отметил|отметила|подчеркнул|подчеркнула"
    "|добавил|добавила|предупредил|предупредила|объявил|объявила|утверждает|выложил|выложила"
    "|написав|заявив|повідомив|повідомила|повідомили|сказав|опублікував|опублікувала|зазначив|зазначила"
    "|додав|додала|наголосив|наголосила|пише|пишуть"
    # The verbs Russian and Ukrainian reports give words with as often (`Рыбарь отмечает: «…»`, `Гладков
    # уточнил: «…»`, `Зеленський наголошує: «…»`): without them such a passage named nobody.
    "|отмечает|рассказал|рассказала|рассказывает|уточнил|уточнила|признал|признала|подчеркивает"
    "|подчёркивает|подчёркнул|подчёркнула|констатировал|пояснил|пояснила|ответил|ответила|добавляет"
    "|уверяет|розповів|розповіла|наголошує|зазначає|повідомляє|стверджує|пояснив|відповів|відповіла"
    "|додає|підкреслив|підкреслила"
    # And these, in the perfective and the imperfective (`Медведев говорит: «…»`, `Рыбарь заметил: «…»`,
    # `Зеленський нагадав: «…»`, `«…», — каже Подоляк`).
    "|говорит|говорил|говорила|заметил|заметила|напомнил|напомнила|прокомментировал|прокомментировала"
    "|пригрозил|пригрозила|пообещал|пообещала|высказался|высказалась|резюмировал|резюмировала|парировал"
    "|парировала|возразил|возразила|заявлял|заявляла|писал|писала|каже|казав|казала|зауважив|зауважила"
    "|нагадав|нагадала|прокоментував|прокоментувала|пригрозив|пригрозила|пообіцяв|пообіцяла|заявляв"
    "|заявляла|писав|писала|відповіла|наголошував|зазначив|выразился|выразилась|висловився|висловилася"
    "|запевнив|запевнила|попередив|попередила|відзначив|відзначила|визнав|визнала|уточнив|уточнила|заявляє"
    "|коментує|нагадує|підсумував|підсумувала|резюмував|признался|призналась|пожаловался|пожаловалась"
    "|посетовал|посетовала|констатировала|указал|указала|вказав|вказала|підкреслює|відповідає|продолжил"
    "|продолжила|продолжает|предупреждает|попереджає"
    # And these (`Медведев съязвил: «…»`, `Рыбарь пошёл дальше: «…»`, `Медведєв іронізував: «…»`).
    "|съязвил|съязвила|иронизировал|иронизировала|возмутился|возмутилась|отреагировал|отреагировала"
    "|подытожил|подытожила|пошёл дальше|пошел дальше|пошла дальше|поделился|поделилась|іронізував"
    "|іронізувала|обурився|обурилася|відреагував|відреагувала|пішов далі|пішла далі|поділився|поділилася"
    "|дописав|дописала"
)
# French and Spanish put the name before the verb, as English does (`Dmitri Medvedev a écrit sur Telegram :
# « … »`, `Dmitri Medvédev escribió en Telegram: «…»`), or after the quote (`« … », a déclaré X`, `«…»,
# dijo X`).
# The verbs of a list of speakers in Spanish, Portuguese, French and Italian (`Peskov y Zajárova dijeron`,
# `disseram`, `écrivent`, `dicono`), and the auxiliaries a list's participle takes (`ont déclaré`, `hanno
# scritto`): only with one is `y`, `e` or `et` a list's, not a name's (`Ortega y Gasset escribió`).
_ROMANCE_PLURAL_VERBS = frozenset(
    (
        *("dijeron", "escribieron", "afirmaron", "publicaron", "declararon", "advirtieron", "aseguraron"),
        *("se\u00f1alaron", "anunciaron", "a\u00f1adieron", "amenazaron", "tuitearon", "dicen", "escriben"),
        *("afirman", "disseram", "escreveram", "afirmaram", "declararam", "publicaram", "anunciaram"),
        *("acrescentaram", "alertaram", "\u00e9crivent", "d\u00e9clarent", "affirment", "disent", "dicono"),
        *("scrivono", "affermano", "dichiarano"),
    )
)
_ROMANCE_PLURAL_AUXILIARIES = frozenset(("ont", "hanno"))
_ROMANCE_AND_WORDS = frozenset(("y", "e", "et", "ed"))
_ROMANCE_VERBS = (
    "écrit|déclaré|déclare|affirmé|affirme|publié|annoncé|annonce|posté|tweeté|averti|ajouté|ajoute|menacé"
    "|assuré|assure|souligné|souligne|dit|escribió|escribe|dijo|dice|afirmó|afirma|publicó|declaró|advirtió"
    "|advierte|aseguró|asegura|señaló|señala|anunció|tuiteó|añadió|amenazó"
    # Italian (`Dmitri Medvedev ha scritto su Telegram: «…»`, `«…», ha dichiarato X`): the past participle
    # after `ha`, and the present.
    "|scritto|dichiarato|affermato|pubblicato|annunciato|twittato|aggiunto|sottolineato|avvertito|minacciato"
    "|scrive|dichiara|afferma"
    # And Italian's `ha detto` (`Il ministro della Difesa, Oleksii Reznikov, ha detto:`), and Portuguese's
    # past and present (`O ministro da Defesa, Oleksii Reznikov, escreveu:`, `disse X` after a quote): without
    # them such a passage named nobody.
    "|detto|escreveu|escreve|disse|diz|afirmou|declarou|publicou|anunciou|acrescentou|advertiu|alertou"
    "|sublinhou|destacou|tuitou|postou|amea\u00e7ou|garantiu"
    # Several speakers' (`Peskov y Zaj\u00e1rova dijeron`): a list's verb (`_ROMANCE_PLURAL_VERBS`).
    "|" + "|".join(sorted(_ROMANCE_PLURAL_VERBS, key=len, reverse=True))
)
# `read` gives words to a speaker only after a post's noun, where it is what the post says (`WarGonzo's post
# read “…”`: `_strip_between` reads the owner); elsewhere it is reading (`Rybar read the statement`).
_POST_READ = "|".join(
    (
        *(
            f"(?<={noun} )reads?"
            for noun in ("post", "message", "tweet", "update", "caption", "statement", "headline")
        ),
        # And after whom a post was addressed to (`Rybar's message to subscribers read`: `_POST_TO_READERS`).
        *(f"(?<=to {who} )reads?" for who in ("subscribers", "followers", "readers", "fans", "audience")),
    )
)
# `Medvedev was quoted as saying “…”`, `was cited by TASS as saying`: `saying` after `as` is the verb, and
# `_QUOTED_AS` what stands between it and its speaker.
_QUOTED_AS_SAYING = "(?<= as )saying"
_QUOTED_AS = on_first_use(
    r"\s(?:was|is|were|has\sbeen|had\sbeen)\s(?:(?:also|later|widely|reportedly)\s)?(?:quoted|cited)"
    r"(?:\s(?:by|in)\s[^,;:]{1,60}?)?\sas$"
)
# `so-called`, `self-reported`: a verb joined by a hyphen to the word before it is part of that word.
# Compiled on first use (`LazyPattern`), as `_VERB_BEHIND`: each is some 3 ms of every capture's start-up.
_VERB = LazyPattern(
    rf"(?<![\w-])(?:{_VERBS}|{_SLAVIC_VERBS}|{_ROMANCE_VERBS}|{_POST_READ}|{_QUOTED_AS_SAYING})\b"
)
# German after a quote (`„…“, schrieb Dmitri Medwedew`), and before one (`_german_speaker`): there its verb
# comes second whatever opens the sentence (`Am Montag schrieb Medwedew: „…“`), and every noun is
# capitalised, so the words before the verb are a name only when nothing else can be.
_GERMAN_VERBS = (
    "schrieb|sagte|erklärte|betonte|warnte|behauptete|postete|twitterte|drohte|kommentierte|meldete"
)
_VERB_BEHIND = LazyPattern(
    rf"(?<![\w-])(?:{_VERBS}|{_SLAVIC_VERBS}|{_ROMANCE_VERBS}|{_GERMAN_VERBS}|{_QUOTED_AS_SAYING})\b"
)
# Russian and Ukrainian adverbs that stand between a name and its verb, or after the verb before the name:
# `Медведев опять пишет: «…»`, `«…», — написал вчера Медведев`.
_SLAVIC_ADVERBS = frozenset(
    (
        *("опять", "снова", "вновь", "также", "тоже", "уже", "ещё", "еще", "позже", "затем", "ранее"),
        *("вчера", "сегодня", "знову", "також", "теж", "вже", "пізніше", "раніше", "вчора", "сьогодні"),
        # Particles and adverbs of manner and time (`Медведев же написал`, `Рыбарь всё-таки признал`,
        # `Медведєв таки написав`, `Гладков лично сообщил`): without them the passage named nobody.
        *("же", "ж", "ведь", "таки", "всё-таки", "все-таки", "адже", "лично", "особисто"),
        *("сам", "сама", "прямо", "открыто", "відкрито", "потом", "позднее", "сразу", "тогда", "потім"),
        *("одразу", "тоді", "наконец", "нарешті", "публично", "публічно"),
    )
)
# Words that may stand between a subject and its verb: `X later posted`, `X has also said`.
_BETWEEN = _SLAVIC_ADVERBS | frozenset(
    [
        "also",
        "later",
        "then",
        "again",
        "has",
        "had",
        "have",
        "had",
        "reportedly",
        "publicly",
        "soon",
        "separately",
        "subsequently",
        "quickly",
        "himself",
        "herself",
        "itself",
        "themselves",
        "immediately",
        "once",
        "further",
        "first",
        # `Rybar has since claimed`, `Rybar even claimed`, `Rybar falsely claimed`: no name of their own.
        "since",
        "even",
        "now",
        "earlier",
        "previously",
        "recently",
        "repeatedly",
        "falsely",
        "openly",
        "initially",
        "originally",
        # French's auxiliary, and adverbs: `X a écrit`, `X a également déclaré`, `X también escribió`.
        "a",
        "avait",
        "aussi",
        "également",
        "también",
    ]
)
_ACCOUNT_WORDS = frozenset(("channel", "account", "feed", "page", "profile"))
# What an owner's post is called before its verb: `Rybar's post said`, `Rybar's Telegram message said`,
# `Rybar's caption read`. A `statement` only of a name of two words or more (`_PERSONS_ONLY_WORDS`:
# `Dmitry Medvedev's statement said`): `Russia's statement said` is a government's, whose channel goes by
# another name, and one word cannot tell a country from an account (WarGonzo's statement is left unread).
_OWNED_POST_WORDS = frozenset(("post", "message", "tweet", "update", "caption", "headline"))
_PERSONS_ONLY_WORDS = frozenset(("statement",))
# Who writes an owner's channel, after the owner's name: `Rybar's author wrote`, `Rybar's admin wrote` are
# Rybar's posts (not `Putin's spokesman said`: a person of their own).
_CHANNEL_WRITER_WORDS = frozenset(
    ("author", "authors", "admin", "admins", "administrator", "administrators", "editor", "editors")
)
# Where a speaker posted, said between the name and the verb (`Медведев в своём канале написал`), between the
# verb and the name behind a quote (`«…», — написал в своём канале Медведев`), or with no verb before a colon
# (`Дмитрий Медведев в Telegram: «…»`, `Medvedev, on Telegram: "…"`): a preposition, perhaps an owner, and a
# platform or an account's noun, from a closed list (not `в Херсоне`, `in Kherson`: a place runs into a name);
# `X` only as written, a capital (`Musk on X:`).
_PLATFORM_WORDS = (
    "(?-i:X)|Telegram|Телеграме?|Телеграмі|телеге|Twitter|Твиттере|Твіттері|Facebook|Фейсбуке|Фейсбуці|VK|ВКонтакте"
    "|Instagram|Инстаграме|YouTube|Ютубе|TikTok|Тиктоке"
)
_ACCOUNT_NOUNS = (
    "канале|каналі|блоге|блозі|посте|дописі|аккаунте|акаунті|соцсетях|соцсети|соцмережах|соцмережі"
    "|микроблоге|channel|account|feed|page|profile|post|blog"
    # Where as what was posted: `Medvedev, in a statement: “…”`, `Rybar in a Telegram message said`.
    "|statement|message|tweet|video"
)
# A word describing the post where it was said: `в удалённом посте`, `в новом посте`, `in a deleted post`.
_PLACE_DESCRIBED = (
    r"(?:[\u0430-\u044f\u0451\u0456\u0457\u0454]{2,16}(?:ом|ем|ой|ей|ім|ій|ому|ьому)"
    r"|(?:since|now|later)-deleted|deleted|new|latest|recent|separate|lengthy)\s"
)
_PLACE = (
    r"(?:в|во|на|\u0443|in|on)\s(?:(?:сво[её]м|своей|своих|своїй|своєму|його|\u0435\u0433\u043e|её|\u0435\u0435|his|her|its|their|an?|the)\s)?"
    rf"(?:{_PLACE_DESCRIBED})?"
    rf"(?:(?:(?:{_PLATFORM_WORDS}|телеграм)[- ]?)?(?:{_ACCOUNT_NOUNS})|(?:{_PLATFORM_WORDS}))(?!\w)"
)
# `about Rybar`, `про Медведева`: whom a post is about, said between its speaker and the verb.
_TOPIC_AT_END = on_first_use(
    r"\s(?:about|regarding|concerning|\u043e|\u043e\u0431|про)\s(?P<name>(?:[^\s,;:]{1,40}\s){0,3}[^\s,;:]{1,40})\s?$",
    re.IGNORECASE,
)
_TOPIC_WORDS = frozenset(("about", "regarding", "concerning", "\u043e", "\u043e\u0431", "про"))
_PLACE_WORDS = frozenset(("в", "во", "на", "\u0443", "in", "on"))
_PLACE_AT_END = on_first_use(rf"\s{_PLACE}\s?$", re.IGNORECASE)
_PLACE_AT_START = on_first_use(rf"{_PLACE}\s", re.IGNORECASE)
# Also the platform alone after a comma or in parentheses: `Rybar, Telegram:`, `Rybar (Telegram):`.
_PLACE_BEFORE_COLON = on_first_use(
    rf"(?:,?\s(?:{_PLACE}|\({_PLACE}\))|,\s(?:{_PLATFORM_WORDS})|\s\((?:{_PLATFORM_WORDS})\)),?\s?:$",
    re.IGNORECASE,
)
# Not the stop of a German day before its month (`Am 23. Januar schrieb Rybar`), nor of a month's abbreviation
# before its day (`Rybar posted on Jan. 23: “…”`): the sentence goes on.
_MONTH_STOPS = "|".join(
    f"(?<={month}\\.)" for month in ("Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
)
# Nor the stop of a title before a name (`Dr. Ahmed Yousef: “…”`, `Mr. Peskov said`): the sentence named
# `Ahmed Yousef:`, no one it could tell was a person, and `Peskov` without the title that says so.
_TITLE_STOPS = "".join(
    f"(?<!\\b{title}\\.)"
    # `M.` and `Sr.` too: `« … », a écrit M. Medvedev` read `M` as who wrote, in a sentence of its own.
    for title in (
        *("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Capt", "Maj", "Sgt"),
        *("M", "Sr", "Sra", "Srta"),
    )
)
_SENTENCE_END = on_first_use(
    rf"(?<=[.!?…]){_TITLE_STOPS}"
    r"(?!(?<=\d\.)\s{1,3}(?:Jan|Feb|M[aä]r|Apr|Mai|May|Jun|Jul|Aug|Sep|O[ck]t|Nov|De[cz])[a-zä]{0,6}\b)"
    rf"(?!(?:{_MONTH_STOPS})\s{{1,3}}\d{{1,2}}\b)"
    r"[\"”\u2019»)]*\s+(?=[\"“«(]*[A-Z0-9\u0410-\u042f\u0401\u0406\u0407\u0404\u0490])"
)
# And a quote opening a sentence in lower case or with an ellipsis, after a word's stop (`Kadyrov did not
# hold back. “we will not stop,” he wrote.`): glued to the sentence before, its pronoun had no sentence
# before to read its person from, and nobody was guessed. After two letters, so not after an initial's or
# an abbreviation's stop (`the U.S. “peace plan”`). An alternation, not a class: the marks are beyond
# Latin-1. Fixed-width look-arounds: linear.
_LOWER_CASE_QUOTE_OPENS = on_first_use(
    r"(?<=[^\W\d_]{2}[.!?\u2026])\s+(?=(?:\"|\u201c|\u00ab|\u201e)(?:[^\W\d_]|\u2026|\.\.\.))"
)
# `Per Rybar, “…”` and `In the words of Rybar, “…”` say so too (`per cent`, `per day`: no name follows).
_ACCORDING_TO = on_first_use(
    # Italian's too (`Secondo Rybar, «…»`).
    r"\b(?:according to|selon|d['\u2019]après|según|secondo|in the words of|(?<!-)per|(?:as\s)?reported by)"
    r"\s+",
    re.IGNORECASE,
)
# `reported` in `As reported by Rybar, “…”` is no verb of the sentence: it says whose words (`according to`).
_REPORTED_BY = on_first_use(r"\breported(?=\sby\s)", re.IGNORECASE)
# `по словам Зеленского`, `за словами Зеленського`, `по данным Рыбаря` (as Rybar has it), `по информации`,
# `по сообщению`, `за даними`, `за інформацією`: the name after these is in the genitive.
_SLAVIC_ACCORDING_TO_SOURCE = (
    r"(?<!\w)(?:по словам|за словами|\u0441\u043e слов|по данным|по информации|по сообщению|за даними"
    r"|за інформацією|за повідомленням|по утверждению|по мнению|за твердженням|на думку)\s+"
)
_SLAVIC_ACCORDING_TO = on_first_use(_SLAVIC_ACCORDING_TO_SOURCE, re.IGNORECASE)
# The office that may stand, declined, between them and the name: `по словам официального представителя МИД
# Марии Захаровой`, `за словами міністра Дмитра Кулеби` (stems, as each is declined).
_SLAVIC_GENITIVE_TITLES = (
    "официальн",
    "представител",
    "пресс-секретар",
    "секретар",
    "постпред",
    "представник",
    "заступник",
    "очільник",
    "министр",
    "міністр",
    "замминистр",
    "заместител",
    "глав",
    "голов",
    "депутат",
    "губернатор",
    "президент",
    "мэр",
    "мер",
    "командир",
    "командувач",
    "спикер",
    "речник",
    "речниц",
    "спікер",
    "военкор",
    "блогер",
    "журналист",
    "журналіст",
    "генерал",
    "полковник",
    "советник",
    "радник",
    "помощник",
    "руководител",
    "керівник",
    "лидер",
    "лідер",
    "основател",
    "засновник",
    "сенатор",
    "посл",
    "бывш",
    "колишнь",
    # Honorifics (`names.HONORIFICS`): `по словам шейха Наима Касема`, `сейида Хасана Насраллы`.
    "шейх",
    "сейид",
    "сайид",
    "имам",
    "аятолл",
    # Courtesy titles and degrees (`по словам господина Пескова`, `доктора Ахмеда Юсефа`, `пана Подоляка`).
    "господин",
    "госпож",
    "доктор",
    "профессор",
    "пана",
    "пані",
)
# Whose office it is, declined too: `представителя МИД России`, `пресс-секретаря Кремля`.
_SLAVIC_GENITIVE_BODIES = frozenset(
    [
        *("россии", "украины", "україни", "кремля", "минобороны", "міноборони", "беларуси", "белоруссии"),
        *("росії", "білорусі", "держдуми", "думы", "думи"),
    ]
)
# A preposition between an office and the body it sits in (`постпреда России при`, `постпреда Росії в`, the
# UN's acronym after it): read past where a body follows it.
_SLAVIC_OFFICE_PREPOSITIONS = frozenset(["в", "\u0443", "при"])
_MAX_TITLE_WORDS = 6
_POSSESSIVE = on_first_use(
    r"['\u2019]s?\s+(?:(?:official|own|personal|public|verified|main)\s+)?"
    r"(?:Telegram|Twitter|X|Facebook|VK|VKontakte|Instagram|YouTube|TikTok)\b"
)
_HANDLE = on_first_use(r"(?<![\w@.])@(?P<handle>[A-Za-z0-9_]{2,64})\b")
_PARENTHESIS_AT_END = on_first_use(r"\([^()]{0,120}\)\s*$")
_WORD = on_first_use(r"\S+")
# Name particles written in lower case inside transliterated names: al-, bin, ibn, abu, de, van ...
_PARTICLES = frozenset(
    [
        "al",
        "el",
        "ad",
        "ar",
        "as",
        "ash",
        "at",
        "az",
        "an",
        "ul",
        "bin",
        "ibn",
        "bint",
        "ben",
        "abu",
        "abd",
        "abi",
        "umm",
        "de",
        "del",
        "della",
        "der",
        "di",
        "du",
        "da",
        "la",
        "le",
        "van",
        "von",
        "y",
        # The same particles in Cyrillic (al-, el-, ibn, bin, ben, abu, abd).
        "аль",
        "эль",
        "ибн",
        "бин",
        "бен",
        "\u0430\u0431\u0443",
        "\u0430\u0431\u0434",
    ]
)
# Capitalised words that open a sentence or a clause, not a name.
_NOT_NAME_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "but",
        "and",
        "or",
        "so",
        "then",
        "later",
        "meanwhile",
        "earlier",
        "when",
        "after",
        "before",
        "while",
        "since",
        "as",
        "his",
        "her",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "telegram",
        "twitter",
        "x",
        "facebook",
        "instagram",
        "youtube",
        "tiktok",
        "vk",
        "according",
        "however",
        "also",
        "yet",
        "still",
        "one",
        "another",
        "separately",
        # A credit opening the words (`Via Dmitry Medvedev: “…”`, `H/T Rybar:`): read as the name's first
        # word, `Via Dmitry Medvedev` was who wrote (`_CREDIT_OPENING`).
        "via",
        "h/t",
        # Groups named by what they are, capitalised as a sentence's first word (`Officials said`, `Users
        # posted`), and the words that count or deny a subject (`Several`, `Neither`, `Not even X`).
        "officials",
        "authorities",
        "accounts",
        "users",
        "witnesses",
        "analysts",
        "critics",
        "experts",
        "observers",
        "commentators",
        "residents",
        "locals",
        "sources",
        "reports",
        "posts",
        "channels",
        "bloggers",
        "milbloggers",
        "protesters",
        "soldiers",
        "troops",
        "journalists",
        "reporters",
        "counsel",
        "others",
        "some",
        "many",
        "several",
        "both",
        "either",
        "neither",
        "not",
        "no",
        "all",
        "most",
        "so-called",
        # `Only Rybar wrote`, `Even Rybar wrote`: the name is Rybar; `Never`, `Nor` and Russian's and
        # Ukrainian's `not`, `nor`: a negation.
        "only",
        "even",
        "never",
        "nor",
        "\u043d\u0435",
        "\u043d\u0438",
        "\u043d\u0456",
        # Russian's and Ukrainian's `nowhere` and `never`, opening a sentence: `Нигде Рыбарь не писал`.
        "нигде",
        "никогда",
        "ніде",
        "ніколи",
        # Russian's and Ukrainian's `as` opening an inverted clause: `Как сообщил Рыбарь`, `Як написав Рибар`.
        "как",
        "\u044f\u043a",
        # Dates open clauses (`In January Rybar wrote`); `May` is left out, as in Theresa May.
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        # Russian and Ukrainian pronouns and openers: `Он добавил`, `Позже она написала`.
        "он",
        "она",
        "они",
        "оно",
        "він",
        "вона",
        "вони",
        "это",
        "позже",
        "затем",
        "также",
        "пізніше",
        "також",
        # French, Spanish and German pronouns: `Il a écrit`, `Ella escribió`.
        "il",
        "elle",
        "ils",
        "elles",
        "él",
        "ella",
        "ellos",
        "ellas",
        "er",
        "sie",
    ]
)
# Offices and ranks that stand before a name in news style (`Foreign Minister Hossein Amir-Abdollahian`).
_TITLES = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "foreign",
        "deputy",
        "defence",
        "defense",
        "interior",
        "chairman",
        "chairwoman",
        "commander",
        "governor",
        "mayor",
        "senator",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "general",
        "gen.",
        "colonel",
        "col.",
        "lieutenant",
        "lt.",
        "major",
        "maj.",
        "captain",
        "capt.",
        "sergeant",
        "secretary",
        "secretary-general",
        "leader",
        "chief",
        "head",
        "editor",
        "founder",
        "blogger",
        "correspondent",
        "journalist",
        "analyst",
        "official",
        "mp",
        "mk",
        "mep",
        "speaker",
        # Russian and Ukrainian: `Депутат Пётр Землянов написал`, `міністр … заявив`.
        "депутат",
        "министр",
        "міністр",
        "губернатор",
        "глава",
        "голова",
        "генерал",
        "полковник",
        "военкор",
        "блогер",
        "журналист",
        "журналіст",
        "мэр",
        "\u043c\u0435\u0440",  # Ukrainian's mayor, before the city it is of
        "сенатор",
        "президент",
        "спикер",
        "командир",
        "пресс-секретарь",
        "речник",
        # And the offices Russian and Ukrainian reports write before a name as often (`Зампред Совбеза
        # Дмитрий Медведев написал`): read as the name's first word, the registry was searched for
        # `Зампред Совбеза Дмитрий Медведев`.
        "зампред",
        "заместитель",
        "замминистра",
        "основатель",
        "руководитель",
        "керівник",
        "замглавы",
        "вице-премьер",
        "премьер",
        "премьер-министр",
        "прем'єр",
        "прем'єр-міністр",
        "председатель",
        "лидер",
        "лідер",
        "посол",
        "советник",
        "радник",
        "секретарь",
        "секретар",
        "помощник",
        "помічник",
        "заступник",
        "экс-президент",
        "командующий",
        # A channel's noun before its name, as Russian and Ukrainian write it (`Канал «Рыбарь» сообщил`).
        "канал",
        "телеграм-канал",
        "telegram-канал",
        "паблик",
    ]
)
# The last word of an institution's name, after words that are titles elsewhere: `General Staff`, `Defence
# Ministry`, `Foreign Office`.
_INSTITUTIONS = frozenset(
    [
        "ministry",
        "office",
        "staff",
        "service",
        "council",
        "committee",
        "command",
        "agency",
        "department",
        "directorate",
        "administration",
        "headquarters",
        "embassy",
        "bureau",
    ]
)
# Words before a quote that make it a name, a title, a label or the writer's scare quote, not speech.
_NAMING_WORDS = frozenset(
    [
        "so-called",
        "sham",
        "self-styled",
        "self-proclaimed",
        "pseudo",
        "titled",
        "entitled",
        "captioned",
        "headlined",
        "called",
        "named",
        "dubbed",
        "nicknamed",
        "reading",
        "hashtag",
        "hashtags",
        "slogan",
        "slogans",
        "banner",
        "banners",
        "placard",
        "placards",
        "sign",
        "signs",
        "username",
        "nickname",
        "handle",
        "называемый",
        "называемая",
        "называемое",
        "называемые",
        "называемого",
        "называемой",
        "хэштег",
        "хештег",
        "лозунг",
        "лозунгом",
        "званий",
        "звана",
        "зване",
        "звані",
        "гасло",
        "гаслом",
    ]
)
_APOSTROPHES = "'\u2018\u2019\u02bc\u02bb\u02bf\u02be`\u00b4"
_TRIM = '"“”«»\u2018\u2019()[]{}:;,.!?…'
_OPENING = '"\u201c\u201d\u00ab\u00bb()[]{}'
_MAX_NAME_WORDS = 7
_MAX_APPOSITIVE_CHARS = 160
_LOOK = 400  # characters read on each side of a verb: a name, its appositive and parentheses fit
# The words an attribution verb may stand before the quote it leads into (`wrote on his channel that`).
_MAX_WORDS_TO_QUOTE = 10
_QUOTE_MARKS = '"“”«»'
# Lower-case words that may follow a name after its verb (`said Medvedev on Telegram`), unlike the noun a
# lone adjective or owner stands before (`said Russian milblogger Rybar`, `according to Putin's spokesman`).
_AFTER_NAME = frozenset(
    [
        "on",
        "in",
        "at",
        "to",
        "that",
        "the",
        "a",
        "an",
        "and",
        "as",
        "after",
        "before",
        "during",
        "while",
        "when",
        "from",
        "with",
        "via",
        "who",
        "which",
        "whose",
        "yesterday",
        "today",
        "earlier",
        "later",
        "also",
        "again",
        "adding",
        "referring",
        "told",
        "wrote",
        "said",
        # French and Spanish, after a name behind the quote (`« … », a écrit Medvedev sur Telegram.`,
        # `«…», escribió Zelenski en X.`): a name of one word before them was read as an adjective before
        # a noun (`according to Ukrainian officials`), and the words were no one's.
        *("sur", "dans", "en", "que", "et", "y", "hier", "ayer", "hoy", "tras", "desde", "depuis"),
        *("su", "sul", "nel", "ieri", "oggi"),  # Italian's (`«…», ha scritto Medvedev su Telegram.`)
    ]
)
# `On January 22,`, `On Monday, 22 January 2022,`, `Late on January 22,`, `On the evening of January 22,`, `In
# a post on January 22,`: a sentence opening with the day it tells of; French and Spanish open so too (`Le 23
# janvier, Rybar a écrit : « … »`, `El 23 de enero, Rybar escribió: «…»`).
_ON_DAY = on_first_use(
    r"(?:(?:Late|Early|Later|Earlier)\s+on|In\s+an?\s+(?:post|message|tweet|statement|video|update)"
    r"(?:\s+on\s+[A-Z]\w{1,20})?\s+on|On|Le|El)\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?P<day>[^,;:]{3,40}?)(?:,\s*(?P<year>\d{4}))?,\s+"
)
# `Am 23. Januar schrieb Rybar: „…“`, `23 января Рыбарь написал: «…»`, `23 января 2022 года …`: German and
# Russian open with the day, without a comma after it (its month checked by `find_date`).
_DAY_FIRST = on_first_use(
    r"(?:Am\s+)?(?P<day>\d{1,2}\.?\s{0,3}[^\W\d_]{3,12}\.?)(?:\s+(?P<year>\d{4})(?:\s+(?:\u0433\u043e\u0434\u0430|\u0433\.))?)?\s+"
)
# A day after `on` (`le`, `el`, `am`), or none as news style and Russian write it (`Rybar said Jan. 23`,
# `Рыбарь написал 23 января`): `January 23`, `23 January 2022`, `23 janvier`, `23 de enero de 2022`, `23.
# Januar`, `23 января 2022 года` (`_a_day` checks the month: not `wrote 23 posts`).
# Or a weekday, `on` perhaps left out as news style does (`Rybar wrote Sunday`): no date, but one the post's
# time must fall on.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# French's and Spanish's (`Le dimanche, Rybar a écrit :`, `Rybar escribió el domingo:`), named in English.
_ROMANCE_WEEKDAYS = {
    name: english
    for english, names in zip(
        WEEKDAYS,
        (
            ("lundi", "lunes"),
            ("mardi", "martes"),
            ("mercredi", "miércoles", "miercoles"),
            ("jeudi", "jueves"),
            ("vendredi", "viernes"),
            ("samedi", "sábado", "sabado"),
            ("dimanche", "domingo"),
        ),
        strict=True,
    )
    for name in names
}
_ANY_WEEKDAY = "|".join((*WEEKDAYS, *_ROMANCE_WEEKDAYS))
_ON_A_DAY = (
    r"\s+(?:(?:(?:on|le|el|am)\s+)?(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th|er|\.)?\s{1,3}(?:de\s+)?[^\W\d_]{3,10}\.?)(?:,?\s+(?:de\s+)?(?P<year>\d{4})"
    r"(?:\s+(?:\u0433\u043e\u0434\u0430|\u0433\.))?)?"
    rf"|(?:(?:on|le|el)\s+)?(?P<weekday>{_ANY_WEEKDAY})(?!\w))"
)
# `Rybar wrote on January 23: “…”`, `Rybar posted on Telegram on 23 January 2022, “…”`, `Rybar a écrit le 23
# janvier :`, `Rybar publicó el 23 de enero:`: the day after the speaker's verb, right before the quote (not
# `Rybar wrote that the strike on January 20 “…”`: an event's).
# And `Rybar claimed on January 23 that “…”`: the day is the claim's, whatever the clause after `that` tells
# of (unless another speaks in it).
_VERB_ON_DAY = on_first_use(
    rf"{_ON_A_DAY}(?:,?\s+on\s+[A-Z]\w{{1,20}})?(?:\s+that\b(?P<clause>[^\"“”«»\u201e]{{0,120}}?))?"
    r"[\s,:]{0,4}[\"“”«»\u201e]?\s{0,2}$"
)
# `“…,” Rybar wrote on January 23.`, `«…», a écrit Rybar le 23 janvier.`: the day ending the sentence, after
# the speaker named behind the quote.
_DAY_ENDS_SENTENCE = on_first_use(rf"{_ON_A_DAY}\s{{0,3}}[.;!]?\s{{0,3}}$")
# `“…” (Rybar, January 23)`: a name and a day in brackets right after the quote's closing mark.
_NAME_AND_DAY_IN_BRACKETS = on_first_use(
    r"[\s,.;:!?\"“”«»\u2019']{0,6}\((?P<name>[^(),;:]{2,60}),\s{1,3}(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th|er)?\s+(?:de\s+)?[^\W\d_]{3,10}\.?)(?:,?\s+(?P<year>\d{4}))?\)"
    r"(?P<weekday>)"  # never a weekday: a group `_a_day` reads
)
# What may stand between the speaker and that day: the verb (French's and Spanish's with its auxiliary, `a
# écrit`, `ha escrito`), and where it was posted (`posted on Telegram`, `wrote in a Telegram post`, `on his
# Telegram channel`, `a écrit sur Telegram`; not `in the aftermath of the strike`).
_WHERE = r"(?:on|in|sur|en)\s+(?:(?:an?|his|her|its|their|the|son|sa|su)\s+)?(?:[A-Z][\w'-]{0,20}\s+)?[\w'-]+"
_JUST_A_VERB = on_first_use(rf"\s*(?:(?:a|ha)\s+)?[\w']+(?:\s+{_WHERE})?\s*")
_WHERE_POSTED = on_first_use(f"(?:{_WHERE})?")
_MAX_ROLE_WORDS = 4
# Lower-case words inside the name of an institution: `Ministry of Defence`, `Institute for the Study of War`.
_NAME_LINKS = frozenset(["of", "for", "the", "and", "on", "de", "du", "des", "del", "della", "di"])
# Words that join one name to the next in a list of speakers: `Rybar and WarGonzo`, `Rybar & WarGonzo`,
# `Буданов та Сирський`, `Rybar along with WarGonzo` (`such as`, `like`, `including` name one of several).
_LIST_JOINERS = frozenset(
    [
        "and",
        "or",
        "nor",
        "&",
        "+",
        "/",
        "plus",
        "with",  # `along with`, `together with`
        "alongside",
        "as",  # `as well as`, `such as`
        "like",
        "including",
        "even",
        "und",
        "et",
        "и",
        "или",
        "\u0456",  # and (Ukrainian)
        "й",
        "та",
        "\u0430\u0431\u043e",  # or (Ukrainian)
        "чи",
    ]
)
# Words that open a clause before the subject, not a name in a list: `In Kherson, Rybar wrote`, `When the
# strikes began, …`, `Two days later, …`, `Yesterday, …`, `После удара …` (prepositions, subordinators, time).
_CLAUSE_WORDS = frozenset(
    [
        "in",
        "on",
        "at",
        "after",
        "before",
        "when",
        "while",
        "as",
        "since",
        "during",
        "following",
        "despite",
        "amid",
        "from",
        "to",
        "of",
        "for",
        "by",
        "with",
        "about",
        "under",
        "over",
        "against",
        "into",
        "through",
        "than",
        "that",
        "this",
        "which",
        "who",
        "where",
        "if",
        "because",
        "although",
        "though",
        "until",
        "once",
        "like",
        "unlike",
        "near",
        "within",
        "without",
        "per",
        "via",
        "ago",
        "later",
        "earlier",
        "last",
        "next",
        "yesterday",
        "today",
        "tonight",
        "overnight",
        "meanwhile",
        "however",
        "notably",
        "additionally",
        "similarly",
        "likewise",
        "instead",
        "nevertheless",
        "moreover",
        "furthermore",
        "finally",
        "ultimately",
        "previously",
        "recently",
        "initially",
        "в",
        "во",
        "на",
        "по",
        "после",
        "до",
        "при",
        "\u0443",
        "з",
        "із",
        "за",
        "під",
        "\u043e",
        "\u043e\u0431",
        "от",
        "для",
        "когда",
        "коли",
        "після",
        "перед",
        "через",
        "вчера",
        "вчора",
    ]
)


@dataclass(frozen=True)
class Speaker:
    """A name the report gives for who posted, where it came from, and the role said beside it."""

    name: str
    source: SpeakerSource
    role: str | None = None
    handle: str | None = None  # when the report wrote the account itself (`@name`)
    genitive: bool = False  # declined as Russian and Ukrainian do after `по словам`: `Марии Захаровой`
    # Named only by a credit (`“…” (via Bakhmut)`) that nothing in the report shows is a source rather than a
    # place: `locate` searches it only where the accounts registry holds the name.
    credit_only: bool = False

    @property
    def weight(self) -> float:
        return SOURCE_WEIGHT[self.source]


@dataclass(frozen=True)
class LocateQuery:
    """What a search for one unlinked footnote goes on: who, where, when, and the words attributed."""

    label: str
    platform: Platform | None
    date: dt.date | None
    speakers: tuple[Speaker, ...]
    quotes: tuple[str, ...]
    time: CitedTime | None = None  # the time of day the note gives beside its date
    # The month (`2022-01`) or the year (`2022`) a note without a full date gives its post
    # (`Citation.date_month_or_year`): `locate` searches a month whole, a year not at all.
    period: str | None = None


def _squash(text: str) -> str:
    return " ".join(text.split())


_ENGLISH_AS_PARTICLES = frozenset(["as", "at", "an"])


# A handle written as a word of the passage (`@rybar`, `@rybar's`): a name of its own.
_HANDLE_WORD = on_first_use(r"@[A-Za-z0-9_]{2,64}(?:['\u2019]s)?")


def _is_name_word(word: str) -> bool:
    """`Askari`, `'Ali`, `al-'Askari`, `Al-Askari`, `O'Brien`: a word a personal or group name holds."""
    bare = word.strip(_TRIM).lstrip(_APOSTROPHES)
    if not bare:
        return False
    if bare.startswith("@"):  # `@rybar wrote`, `@rybar's post said`: an account names itself
        return _HANDLE_WORD().fullmatch(bare) is not None
    if bare.lower() in _PARTICLES:
        # `as`, `at`, `an` standing alone are English running a clause on from the name (`said Medvedev at
        # Davos`, `as Ukrainian forces advanced`), not the Arabic article, written `as-Sadr`, `at-Tamimi`.
        return bare.lower() not in _ENGLISH_AS_PARTICLES
    if bare[0].isupper():
        return bare.lower() not in _NOT_NAME_WORDS
    # `al-'Askari`, `bin-Salman`: a particle joined to a capitalised part.
    head, _, rest = bare.partition("-")
    rest = rest.lstrip(_APOSTROPHES)
    return head.lower() in _PARTICLES and bool(rest) and rest[0].isupper()


def _name_before(text: str) -> str | None:
    """The name that ends `text`: its last run of name words, without leading particles or a stray `The`."""
    run: list[str] = []
    for word in reversed(text.rsplit(None, _MAX_NAME_WORDS + 4)[-(_MAX_NAME_WORDS + 4) :]):
        if run and word[-1] in ",;:.!?…)" and not _is_title_abbreviation(word):
            break  # the clause before the name ends here (not at `Dr.` in `Dr. Ahmed Yousef`)
        if run and _is_possessive(word):
            break  # `The Kremlin's Peskov`, `Russia's Medvedev`: the name is the one after it
        if not _is_name_word(word):
            break
        run.insert(0, word)
    return _clean_name(run)


def _is_possessive(word: str) -> bool:
    return word.rstrip(_TRIM).endswith(("'s", "\u2019s", "s'"))


def _name_after(text: str) -> str | None:
    """The name that opens `text` (`Dmitry Medvedev, the deputy …`), past an office written before it
    (`_past_office`); None when the name words only describe someone unnamed: `Putin's spokesman`,
    `Ukrainian officials`, `Russian milblogger Rybar`."""
    run: list[str] = []
    for word in _past_office(_WORD().findall(text[:400]))[: _MAX_NAME_WORDS + 2]:
        if not run and (_is_title_abbreviation(word) or _is_courtesy_title(word)):
            continue  # `said Dr. Ahmed Yousef`, `— заявил господин Песков`: the name after the title
        if not run and word in _FORMER_WORDS:
            continue  # `wrote former Russian President Dmitry Medvedev`: the office, then the name
        if not _is_name_word(word) and not (run == [] and word.lower() == "the"):
            bare = word.strip(_TRIM)
            owned = bare in _ACCOUNT_WORDS or bare in ("post", "posts")  # `according to Rybar's channel`
            # `according to Ukrainian officials`, `said Hezbollah's spokesman`: an adjective or an owner
            # before a noun. Only a one-word run: `said Dmitry Medvedev yesterday` is a name.
            noun = bool(run) and bare[:1].isascii() and bare[:1].islower() and bare not in _AFTER_NAME
            owner = bool(run) and _is_possessive(run[-1])
            if noun and ((owner and not owned) or (len(run) == 1 and not owner)):
                return None
            break
        if run and _is_possessive(run[-1]) and platform_from_words(word.strip(_TRIM)) is None:
            return None  # `according to Ukraine's General Staff`: the name is of what Ukraine owns
        if word.lower() != "the":
            run.append(word)
        after_article = len(run) == 2 and run[0].casefold() in _ROMANCE_DEFINITE_ARTICLES
        if word[-1] in ",;:.!?…)" and not (after_article and _is_title_abbreviation(word)):
            break  # not at `Srta.` of `dijo la Srta. López`: the name follows the title
    return _clean_name(run)


# Written before an office, in lower case: when it was held (`former Russian President Dmitry Medvedev`).
_FORMER_WORDS = frozenset(("former", "acting", "outgoing"))


# How far into the words after a verb an office before a name may end (`wrote Deputy Security Council chairman
# Dmitry Medvedev`, `— написал зампред Совбеза Дмитрий Медведев`).
_MAX_OFFICE_WORDS = 6


def _past_office(words: list[str]) -> list[str]:
    """`words` from the name on, past an office ending in a title's word written in lower case (`Deputy
    Security Council chairman`, `зампред`, `the Kremlin spokesman`) and the words saying whose office it
    is (`Совбеза`: `_office_genitives`); `words` as they are where none ends before a name. Read as the
    name, `wrote Deputy Security Council chairman Dmitry Medvedev` named `Security Council`, and `—
    написал зампред Совбеза Дмитрий Медведев` nobody."""
    end = -1
    for at, word in enumerate(words[:_MAX_OFFICE_WORDS]):
        bare = word.strip(_TRIM)
        title = bare.casefold() in _TITLES or bare.casefold() in _SLAVIC_OFFICE_NOUNS
        # What a Russian or Ukrainian office is of, in lower case right after it (`министр обороны`,
        # `міністр закордонних справ`): read as the name, `— заявил министр обороны Сергей Шойгу` named
        # nobody.
        of_what = end >= 0 and end == at - 1 and _is_office_complement(word)
        of_what = of_what or (
            end >= 0 and end == at - 1 and _region_of(bare, " ".join(words[at + 1 : at + 2]))
        )
        if (title and bare[:1].islower()) or of_what:
            end = at
        if word[-1] in ",;:.!?…":
            break
        # An owner's name may stand in the office (`Putin's spokesman Dmitry Peskov`, `the Example Brigades'
        # spokesman Abu 'Umar Al-'Amiri`): the name after the title is the speaker's.
        opening = at == 0 and (bare == "the" or bare.casefold() in _SLAVIC_OFFICE_ADJECTIVES)
        # `wrote former deputy chairman Dmitry Medvedev`, `the former spokesman`: when the office was held.
        opening = opening or (bare in _FORMER_WORDS and all(word == "the" for word in words[:at]))
        if not (bare[:1].isupper() or title or opening or of_what):
            break
    if end < 0 or end + 1 >= len(words) or not words[end + 1].strip(_TRIM)[:1].isupper():
        return words
    rest = words[end + 1 :]
    run = []
    for word in rest[:_MAX_NAME_WORDS]:
        if not word.strip(_TRIM)[:1].isupper():
            break
        run.append(word)
        if word[-1] in ",;:.!?…":
            break
    named = rest[_office_genitives(run) :]
    if run and all(_whose_office(word.strip(_TRIM)) for word in run):
        return words  # `— заявил пресс-секретарь Кремля.`, `представитель МИД России`: no name after it
    return named


def _whose_office(word: str) -> bool:
    """Whether a Cyrillic word after an office can only say whose it is: a body (`Кремля`, `МИД`), an acronym,
    or a country's genitive (`России`, `України`), never a person's name (`Захарова` may be one)."""
    folded = word.casefold()
    return (
        _CYRILLIC_WORD().fullmatch(word) is not None
        and folded not in _GIVEN_NAMES
        and (word.isupper() or folded in _OFFICE_BODIES or folded.endswith(_GENITIVE_ENDINGS))
    )


# Russian's and Ukrainian's office of a spokesperson, after the verb (`— заявила официальный представитель
# МИД Мария Захарова`, `Как заявила представитель МИД Мария Захарова,`): the noun and the adjective before it.
_SLAVIC_OFFICE_NOUNS = frozenset(
    (
        "\u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044c",
        "\u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u043d\u0438\u0446\u0430",
        "\u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u043d\u0438\u043a",
        "\u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u043d\u0438\u0446\u044f",
    )
)
_SLAVIC_OFFICE_ADJECTIVES = frozenset(
    (
        "\u043e\u0444\u0438\u0446\u0438\u0430\u043b\u044c\u043d\u044b\u0439",
        "\u043e\u0444\u0438\u0446\u0438\u0430\u043b\u044c\u043d\u0430\u044f",
        "\u043e\u0444\u0456\u0446\u0456\u0439\u043d\u0438\u0439",
        "\u043e\u0444\u0456\u0446\u0456\u0439\u043d\u0430",
    )
)


# German writes an office or a kind of account as one capitalised noun before the name (`Kremlsprecher Dmitri
# Peskow`, `Militärblogger Rybar`, `der Telegram-Kanal Rybar`): these endings make a word such a noun.
_GERMAN_ROLE_ENDINGS = (
    *("sprecher", "sprecherin", "kanal", "minister", "ministerin", "präsident", "präsidentin", "blogger"),
    *("bloggerin", "chef", "chefin", "leiter", "leiterin", "kommandeur", "gouverneur", "abgeordneter"),
    *("abgeordnete", "politiker", "politikerin", "korrespondent", "korrespondentin"),
    *("b\u00fcrgermeister", "b\u00fcrgermeisterin"),
)


def _is_descriptor(word: str) -> bool:
    """An office, an acronym (`MP`, `IRGC`), a compound such as `Kremlin-backed` or a German office's noun
    (`Kremlsprecher`): said of a name."""
    bare = word.strip(_TRIM)
    head, _, tail = bare.rpartition("-")
    return (
        bare.lower() in _TITLES
        or f"{bare.lower()}." in _TITLES  # `Gen. Valery Gerasimov`
        or bare.lower().endswith(_GERMAN_ROLE_ENDINGS)
        or (len(bare) >= 2 and bare.isupper() and bare.isalpha())
        or (bool(head) and tail[:1].islower() and tail.lower() not in _PARTICLES)
        # `Commander-in-Chief Oleksandr Syrskyi`: a compound of titles alone (and `in`, `of`) is an office.
        or (bool(head) and all(part in _TITLES or part in _TITLE_JOINS for part in bare.lower().split("-")))
    )


_TITLE_JOINS = frozenset(("in", "of", "at"))


def _split_descriptors(words: list[str]) -> tuple[list[str], list[str]]:
    """(`Iranian Foreign Minister`, `Hossein Amir-Abdollahian`): the role words before the name itself.

    An institution's word ends the role before a person's name (`Presidential Office Andriy Yermak`), but
    an institution's name is kept whole: `Ukrainian General Staff`, not `Staff`."""
    last = max(
        (i for i, word in enumerate(words[:-1]) if _is_descriptor(word) or _is_institution(word)),
        default=-1,
    )
    if all(_is_institution(word) for word in words[last + 1 :]):
        return [], words
    # `Sayyed Hassan Nasrallah`, `Hezbollah leader Sheikh Naim Qassem`: an honorific is no part of the name.
    last += honorifics_before(words[last + 1 :])
    # `Mr Peskov`, `Dr. Ahmed Yousef`, `господин Песков`: nor is a courtesy title, before a name of one word.
    while last + 2 < len(words) and _is_courtesy_title(words[last + 1]):
        last += 1
    # `Президент Украины Владимир Зеленский`: whose office it is, in the genitive, is the office's too; so
    # after an office in lower case before the run (`Заместитель председателя Совбеза России Дмитрий
    # Медведев`), its genitives opening the run.
    last += _office_genitives(words[last + 1 :], after_office=last >= 0)
    return words[: last + 1], words[last + 1 :]


def _reads_as_genitive(word: str) -> bool:
    """A capitalised Cyrillic word ending as a country's or a body's genitive (`России`, `Совбеза`,
    `України`) or an acronym (`МИД`), which no given name or particle is."""
    folded = word.casefold()
    if folded in _GIVEN_NAMES or folded in _PARTICLES:
        return False
    return (
        word.isupper()
        or folded in _OFFICE_BODIES
        or folded.endswith((*_GENITIVE_ENDINGS, "\u0430", "\u044f", "\u0443"))
    )


# A Russian or Ukrainian personal name is a family name, a given name and a family name, or those with a
# patronymic between (`Дмитрий Анатольевич Медведев`); the words an office is followed by before them say
# whose office it is, in the genitive (`Президент Украины`, `Зампред Совбеза`, `Глава МИД России`).
_PATRONYMIC = on_first_use(r"(?:ович|евич|йович|ич|овна|евна|ична|івна|ївна)$", re.IGNORECASE)
_CYRILLIC_WORD = on_first_use(r"[\u0400-\u04ff'\u2019\u02bc-]+")
# Of a two-word run, the genitive of a country or a body before a family name (`Президент Украины Зеленский`):
# a given name never ends so.
_GENITIVE_ENDINGS = ("ы", "ии", "ії", "ї")
_OFFICE_BODIES = frozenset(
    (
        *("совбеза", "совфеда", "госдумы", "кремля", "минобороны", "мид", "генштаба", "радбезу", "генштабу"),
        *("мзс", "офісу", "офиса", "рнбо", "снбо", "\u0441\u0431\u0443", "фсб", "лдпр", "кпрф"),
        # The cities a mayor or a governor is of (`Мэр Киева заявил`, `мэр Харькова Игорь Терехов`): read as
        # a name, the city was searched as who posted.
        *(genitive for genitives, _ in CITY_SPELLINGS.values() for genitive in genitives),
    )
)


def _office_genitives(words: Sequence[str], after_office: bool = True) -> int:
    """How many of the Cyrillic words after an office (`Украины Владимир Зеленский`) say whose office it is,
    before the person's name: all but the last two (three, a patronymic second last) of a longer run; of
    two, the first where it is a country's or a body's genitive (`Украины Зеленский`). Not after an office
    (`after_office` False), only words that end as a genitive does, none a given name or a particle
    (`Совбеза России`, not `Габриэль` of `Габриэль Гарсиа Маркес`), before a name of two or three words. 0
    for other scripts, where a name may run longer (`Abu Ali al-Askari`)."""
    bare = [word.strip(_TRIM) for word in words]
    if len(bare) < 2 or not all(_CYRILLIC_WORD().fullmatch(word) for word in bare):
        return 0
    if len(bare) >= 3:
        drop = len(bare) - (3 if _PATRONYMIC().search(bare[-2]) else 2)
        if after_office or all(_reads_as_genitive(word) for word in bare[:drop]):
            return drop
        return 0
    if not after_office:
        return 0
    first = bare[0].casefold()
    genitive = first.endswith(_GENITIVE_ENDINGS) and first not in _GIVEN_NAMES
    return int(genitive or first in _OFFICE_BODIES)


# Courtesy titles written before a name (`Mr. Dmitry Peskov`, `Dr. Ahmed Yousef`, `господин Песков`, its
# abbreviation): read as the name's first word, `Господин Песков` was compared with `Дмитрий Песков` as
# another person's name, and `Dr. Ahmed Yousef:` named nobody. Not `пан`, also a name (`Пан Ги Мун`).
_COURTESY_TITLES = frozenset(
    (
        *("mr", "mrs", "ms", "dr", "prof", "mister", "madam", "madame", "monsieur", "herr", "frau"),
        # French writes `Mme` and `Mlle` without a stop (`Mme Zakharova a écrit`): read as a given name.
        *("mme", "mlle", "mmes"),
        # Spanish writes `Sr`, `Sra` and `Srta` without a stop too (`Sra Pérez escribió`, `dijo el Sr Ruiz`).
        *("sr", "sra", "srta", "sres", "sras", "srtas"),
        *("господин", "госпожа", "пані"),
        *("\u0433-\u043d", "\u0433-\u0436\u0430"),  # the first two abbreviated
    )
)


def _is_courtesy_title(word: str) -> bool:
    return word.strip(_TRIM).casefold() in _COURTESY_TITLES


# The titles written with a stop before a name (`Dr. Ahmed Yousef`, `Gen. Valery Gerasimov`): the stop ends
# no clause (as `_TITLE_STOPS` ends no sentence there).
_TITLE_ABBREVIATIONS = frozenset(
    # And French's and Spanish's (`a écrit M. Medvedev`, `Mme Zakharova`, `escribió el Sr. Medvédev`).
    (
        *("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "maj", "sgt"),
        *("m", "mme", "sr", "sra", "srta"),
    )
)


def _is_title_abbreviation(word: str) -> bool:
    return word.endswith(".") and word[:-1].lstrip(_OPENING).casefold() in _TITLE_ABBREVIATIONS


def _courtesy_title_before(words: list[str]) -> int:
    """1 when `words` (a name as written) open with a courtesy title or a title's abbreviation before a name
    (`Mr. Peskov`, `Dr. Ahmed Yousef`, `господин Песков`), else 0."""
    first = words[0] if len(words) >= 2 else ""
    return int(_is_courtesy_title(first) or _is_title_abbreviation(first))


def _is_institution(word: str) -> bool:
    return word.strip(_TRIM).lower() in _INSTITUTIONS


def _clean_name(words: Sequence[str]) -> str | None:
    # A leading apostrophe is kept: in `'Ali` or `\u2018Umar` it writes the Arabic ayn.
    words = [word.lstrip(_OPENING) for word in words]
    titled = int(len(words) >= 3 and words[0].casefold() in _ROMANCE_DEFINITE_ARTICLES)  # `El Sr. …`
    title = words[titled] if len(words) >= titled + 2 else ""
    if _is_title_abbreviation(title) or (titled and _is_courtesy_title(title)):
        # `M. Medvedev a écrit`, `El Sr. Medvédev escribió`: the title's stop is gone below, and `M` or `Sr`
        # read as a given name (`_COURTESY_TITLES` holds the titles written without one).
        words = words[titled + 1 :]
    words = [word.rstrip(_TRIM) for word in words]
    words = [word for word in words if word]
    if words:
        words[-1] = re.sub(r"['\u2019]s$", "", words[-1])
    words = _split_descriptors(words)[1]
    while words and words[0].lower().lstrip(_APOSTROPHES) in _PARTICLES and len(words) > 1:
        # A name may open with `Abu`/`Umm`/`Abd` but not with a bare article.
        if words[0].lower() in (
            "abu",
            "umm",
            "abd",
            "ibn",
            "bin",
            "ben",
            "\u0430\u0431\u0443",
            "\u0430\u0431\u0434",
            "\u0438\u0431\u043d",
            "\u0431\u0438\u043d",
            "\u0431\u0435\u043d",
        ):
            break
        words = words[1:]
    if words and words[-1].lower() in _PARTICLES:
        words = words[:-1]
    if (
        not words
        or words[-1].lower() in _TITLES  # `The Russian President said`: an office, no name
        or len(words) > _MAX_NAME_WORDS
        or not any(w.lstrip(_APOSTROPHES)[:1].isupper() or w.startswith("@") for w in words)
    ):
        return None
    if "-" in words[-1] and _is_descriptor(words[-1]) and not words[-1].isupper():
        return None  # `A Kremlin-backed channel`, `a Z-blogger`: a kind of speaker, not one named
    name = " ".join(words)
    return name if any(c.isalpha() for c in name) else None


# A discourse word set off by commas between a name and its verb: `Rybar, however, wrote`, `WarGonzo, for
# his part, claimed`. Without it the comma ended the clause and the sentence named nobody.
_ASIDE_AT_END = on_first_use(
    r",\s(?:however|meanwhile|though|too|instead|likewise|similarly|in\sturn|in\sresponse|by\scontrast"
    r"|in\scontrast|for\s(?:his|her|its|their)\spart|for\sexample|for\sinstance|since\sdeleted|now\sdeleted|"
    "однако|в свою очередь|впрочем|тем временем|однак|натомість|своєю чергою"
    r"),?$",
    re.IGNORECASE,
)


# A relative clause set off by commas between a name and its verb: `Rybar's Telegram channel, which has a
# million subscribers, wrote`, `Medvedev, who Rybar quoted, wrote`. Bounded: linear.
_RELATIVE_AT_END = on_first_use(r",\s(?:which|who|whose)\s[^,;:()\[\]\u201c\u201d\"\u00ab\u00bb]{1,100},$")
# An aside of a few words that names no one, between commas or dashes (`Rybar, citing unnamed sources,
# wrote`, `Rybar, Kremlin-aligned, claimed`, `Rybar — a pro-war channel — claimed`): lower-case words, or
# capitalised ones joined by a hyphen. Not `Rybar, citing Medvedev, wrote`: whose words is for a person; nor
# an appositive opening with an article between commas (`X, the spokesman of the group, wrote`): its role.
_ASIDE_WORD = (
    r"(?:[a-z][a-z'-]{0,30}|[A-Za-z]{1,30}-[a-z-]{1,30}"
    # Where and in which language, capitalised (`Medvedev, writing in Russian on Telegram, said`).
    r"|Telegram|Twitter|X|Facebook|VK|Russian|Ukrainian|English|Arabic|Persian|Farsi|Hebrew)"
)
_LONGEST_ASIDE = 240  # characters: six words of 31 and their marks, and `_SLAVIC_CITING_AT_END`'s
_UNNAMED_ASIDE_AT_END = on_first_use(
    rf"(?:,\s(?!(?:the|a|an)\s){_ASIDE_WORD}(?:\s{_ASIDE_WORD}){{0,5}},"
    rf"|\s[\u2014\u2013]\s{_ASIDE_WORD}(?:\s{_ASIDE_WORD}){{0,5}}\s[\u2014\u2013])$"
)


# When a post was made, said after its noun: `Rybar's post on Monday said`, `Rybar's post from January 21`.
_POST_WHEN = on_first_use(
    rf"(?P<noun>post|message|tweet|update|caption)\s(?:on|from)\s(?:{'|'.join(WEEKDAYS)}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2}"
    r"|\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})(?:,?\s\d{4})?$"
)
# Whom a post was addressed to, said after its noun: `Rybar's message to subscribers read`, `Rybar's post to
# his 1.2 million followers said`. Anchored at the end, bounded words: linear.
_POST_TO_READERS = on_first_use(
    r"(?P<noun>post|message|tweet|update|note|statement)\sto\s(?:(?:his|her|its|their)\s)?(?:[\d.,]{1,12}"
    r"(?:\s?(?:[km]|million|thousand))?\s)?(?:subscribers|followers|readers|fans|audience)$"
)
_READERS = ("subscribers", "followers", "readers", "fans", "audience")
# What may describe an owner's post between the owner and the noun: `Rybar's latest post`, `Rybar's deleted
# Telegram post`, `Rybar's January 21 post`.
_POST_DESCRIBING_WORDS = frozenset(
    (
        *("latest", "last", "new", "newest", "recent", "earlier", "first", "second", "pinned", "deleted"),
        *("now-deleted", "since-deleted", "original", "later", "previous", "own", "morning", "evening"),
    )
)
_MOST_POST_DESCRIBING = 3


def _owner_of_described_post(words: list[str]) -> list[str] | None:
    """`words` (ending with a post's noun) up to its owner, where a few words describe the post between them
    (`Rybar's latest post`, `Rybar's deleted Telegram post`, `Rybar's January 21 post`), or where the owner's
    name stands before the noun after an article (`A Rybar post`, `a now-deleted Rybar post`); else None."""
    described = words[:-1]
    for _ in range(_MOST_POST_DESCRIBING):
        if not described:
            return None
        word = described[-1]
        if _is_possessive(word):
            return described
        bare = word.strip(_TRIM)
        describing = bare.casefold() in _POST_DESCRIBING_WORDS or platform_from_words(bare) is not None
        if not (describing or bare.isdigit() or bare[:3] in _MONTH_ABBREVIATIONS):  # `January 21`
            break
        described = described[:-1]
    # `A Rybar post said`: a name, not a kind of post (`A Telegram post`, `A Russian post`), after an article,
    # perhaps describing words between them (`A now-deleted Rybar post`, `An earlier Rybar post`).
    opening = described[:-1]
    for _ in range(_MOST_POST_DESCRIBING):
        if not opening or opening[-1].strip(_TRIM).casefold() not in _POST_DESCRIBING_WORDS:
            break
        opening = opening[:-1]
    if described and opening and opening[-1].casefold() in ("a", "an", "one", "another", "the"):
        name = described[-1].strip(_TRIM)
        kind = platform_from_words(name) is not None or _describes_an_account([name])
        if _is_name_word(name) and not kind:
            return [*described[:-1], f"{name}'s"]
    return None


_MONTH_ABBREVIATIONS = frozenset(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
)


# When, said in Russian or Ukrainian between a name and its verb: `Рыбарь 21 января написал`, `Рыбарь в
# понедельник написал`, `Рыбарь утром написал`, `Рибар 21 січня написав`. Bounded: linear.
_SLAVIC_WHEN_AT_END = on_first_use(
    r"(?:\s(?:утром|днём|днем|вечером|ночью|вранці|ввечері|вночі|вдень))?"
    r"(?:\s\d{1,2}\s(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)"
    r"(?:\s\d{4}(?:\s\u0433\u043e\u0434\u0430|\s\u0440\u043e\u043a\u0443)?)?"  # года, року
    r"|\s[\u0432\u0443]\s(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок"
    r"|середу|четвер|п['\u2019]ятницю|суботу|неділю)"
    r"|\s(?:утром|днём|днем|вечером|ночью|вранці|ввечері|вночі|вдень))$"
)


# Whom the speaker cites, unnamed (lower-case words), between the name and the verb, in Russian or Ukrainian
# (`Рыбарь ссылаясь на источники сообщил`, `Рибар посилаючись на джерела повідомив`: citing sources), as the
# text is squashed to single spaces. Bounded: linear.
_SLAVIC_CITING_AT_END = on_first_use(
    " (?:\u0441\u043e ссылкой на|ссылаясь на|\u0437 посиланням на|посилаючись на)"
    "(?: [\u0430-\u044f\u0451\u0456\u0457\u0454\u0491'-]{1,30}){1,4}$"
)


# The same set off by commas, where what follows the sources may hold a capital (`Рыбарь, ссылаясь на
# источники в Минобороны, написал`): only sources, unnamed (not `ссылаясь на Медведева`). Bounded: linear.
_SLAVIC_CITING_UNNAMED_AT_END = LazyPattern(
    ",\\s(?:\u0441\u043e ссылкой на|ссылаясь на|\u0437 посиланням на|посилаючись на)\\s"
    "(?:(?:свои|свої|собственные|власні|анонимные|анонімні)\\s)?(?:источник[\u0430-\u044f]{0,3}|джерел[\u0430-\u044f]{0,2})"
    "(?:\\s[^,;:]{1,60})?,$"
)


# The most characters a pattern anchored at the end of the words before a verb can match (`_cut_at_end`):
# `_QUOTED_AS` and `_RELATIVE_AT_END` are the longest, about 110.
_LONGEST_AT_END = 128


def _cut_at_end(pattern: re.Pattern[str], text: str, keep: str = "") -> str:
    """`pattern.sub(keep, text)` for a pattern anchored at the end of `text` and matching at most
    `_LONGEST_AT_END` characters: looked for in the last characters only, as a scan of every character of a
    verb's 400 before it, for each of a sentence's verbs, made a crafted 100 kB passage take seconds."""
    found = pattern.search(text, max(0, len(text) - _LONGEST_AT_END))
    if found is None:
        return text
    return text[: found.start()] + (found.expand(keep) if keep else "") + text[found.end() :]


# When, said in English between a name and its verb: `Medvedev on Friday wrote`, `Rybar late on Monday
# posted`, `Rybar on January 21 wrote`. Anchored at the end, bounded words: linear.
_ENGLISH_WHEN_AT_END = on_first_use(
    rf"\s(?:(?:late|early|later|earlier)\s)?on\s(?:{'|'.join(WEEKDAYS)}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2}"
    r"|\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})(?:,?\s\d{4})?$"
)
_DAY_WORD_ENDINGS = "day"


# Italian's auxiliary and adverbs, as written (`X ha scritto`, `X ha anche dichiarato`): lower case only, as
# `Ha` may end a name (`Nguyen Thi Ha`).
_ITALIAN_AUXILIARIES = frozenset(("ha", "aveva", "anche", "inoltre"))


def _capitalised_in_a_name(words: list[str]) -> bool:
    """Whether the last of `words`, an adverb's word (`now`), is written capitalised after a capitalised word:
    a part of the name (`Ukraine Now reported`, a channel's), not an adverb between a name and its verb
    (`Rybar now claims`), which English writes in lower case."""
    return len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].isupper()


def _strip_between(before: str) -> str:
    """`X later`, `X has also`, `the X channel`, `X was quoted by TASS as` (`saying`): the words between a
    name and its verb dropped."""
    before = before.rstrip()
    # Each pattern is tried only where the words end as it must (with `as`, a comma, a dash, a noun), and
    # looked for in the last characters only (each is shorter): a verb's every subject costs a few short
    # scans, not scans of all it is given.
    if before.endswith("as") and before[-3:-2].isspace():
        before = _cut_at_end(_QUOTED_AS(), before)
    if "," in before[-_LONGEST_AT_END:]:
        before = _cut_at_end(_ASIDE_AT_END(), before)
    aside = None
    if before.endswith((",", "\u2014", "\u2013")):
        aside = _UNNAMED_ASIDE_AT_END().search(before, max(0, len(before) - _LONGEST_ASIDE))
    if before.endswith(","):
        aside = aside or _CITING_UNNAMED_AT_END.search(before, max(0, len(before) - _LONGEST_ASIDE))
        aside = aside or CONTRAST_AT_END().search(before, max(0, len(before) - _LONGEST_ASIDE))
        aside = aside or _SLAVIC_CITING_UNNAMED_AT_END.search(before, max(0, len(before) - _LONGEST_ASIDE))
    before = before[: aside.start()] if aside is not None else before
    if before.endswith(","):
        before = _cut_at_end(_RELATIVE_AT_END(), before)
    before = _cut_at_end(_POST_WHEN(), before, r"\g<noun>")
    if before.endswith(_READERS):
        before = _cut_at_end(_POST_TO_READERS(), before, r"\g<noun>")  # `Rybar's message to subscribers read`
    if before[-1:].isdigit() or "\u0400" <= before[-1:] <= "\u04ff":
        before = _cut_at_end(_SLAVIC_WHEN_AT_END(), before)  # `Рыбарь 21 января написал`
    if before.endswith(_DAY_WORD_ENDINGS) or before[-1:].isdigit():
        before = _cut_at_end(_ENGLISH_WHEN_AT_END(), before)  # `Medvedev on Friday wrote`
    if " на " in before[-_LONGEST_ASIDE:]:
        citing = _SLAVIC_CITING_AT_END().search(before, max(0, len(before) - _LONGEST_ASIDE))
        before = before[: citing.start()] if citing is not None else before  # `Рыбарь ссылаясь на источники`
    words = before.rstrip().split(" ")
    while words and (
        (words[-1].lower() in _BETWEEN and not _capitalised_in_a_name(words))
        or words[-1] in _ACCOUNT_WORDS
        or words[-1] in _ITALIAN_AUXILIARIES
        or _adverb_after_a_name(words)
    ):
        if words[-1] in _ACCOUNT_WORDS and _describes_an_account(words[:-1]):
            break  # `A Russian channel claimed`: the noun stays, and no name ends the words before the verb
        words.pop()
    # `Rybar's post said`, `Rybar's Telegram post said`: the owner's post speaks for its owner.
    persons = words[-1:] == ["statement"] and len(words) >= 2 and _a_persons_statement(words[:-1])
    if len(words) >= 2 and words[-1] in _CHANNEL_WRITER_WORDS and _is_possessive(words[-2]):
        words = words[:-1]  # `Rybar's author wrote`: the one who writes Rybar's channel, as Rybar
    elif len(words) >= 2 and (words[-1] in _OWNED_POST_WORDS or persons):
        if _is_possessive(words[-2]):
            words = words[:-1]
        elif len(words) >= 3 and platform_from_words(words[-2]) is not None and _is_possessive(words[-3]):
            words = words[:-2]
        elif (owned := _owner_of_described_post(words)) is not None:
            words = owned
    # `Rybar's Telegram channel posted` (its `channel` dropped above): the owner's, as `Rybar's channel` is.
    elif len(words) >= 2 and platform_from_words(words[-1]) is not None and _is_possessive(words[-2]):
        words = words[:-1]
    return " ".join(words).rstrip()


# An English adverb of manner between a name and its verb (`Medvedev bluntly wrote`, `Rybar defiantly
# claimed`): a lower-case word ending in `-ly` right after a name, not a noun so ending (`A Kremlin ally
# wrote`, `Rybar's reply said`: after a possessive).
_NOUNS_ENDING_IN_LY = frozenset(
    (
        *("ally", "family", "rally", "reply", "supply", "assembly", "anomaly", "monopoly", "bully", "belly"),
        *("jelly", "lily", "daily", "weekly", "monthly", "quarterly", "only", "early", "holy", "ugly"),
        *("homily", "folly", "tally", "gully"),
    )
)


def _adverb_after_a_name(words: list[str]) -> bool:
    """Whether the last of `words` is an adverb of manner right after a name (`_NOUNS_ENDING_IN_LY` aside)."""
    last = words[-1]
    return (
        len(words) >= 2
        and len(last) >= 5
        and last.endswith("ly")
        and last.isalpha()
        and last.islower()
        and last not in _NOUNS_ENDING_IN_LY
        and words[-2][:1].isupper()
        and not _is_possessive(words[-2])
    )


# Nationalities and peoples, capitalised before an account's noun as a name is (`A Russian channel`, `the
# Chechen channel`): they say what kind of account, not which. Words ending as most do (`-ian`, `-ean`,
# `-ese`, `-ish`: Russian, Korean, Chinese, Polish) and these.
_NATIONALITIES = frozenset(
    (
        *("israeli", "iraqi", "pakistani", "afghan", "chechen", "dagestani", "arab", "kazakh", "uzbek"),
        *("tajik", "greek", "french", "dutch", "swiss", "thai", "czech", "slovak", "american", "african"),
        *("mexican", "moldovan", "tatar", "buryat", "houthi", "saudi", "yemeni", "emirati", "qatari"),
        *("azerbaijani", "azeri", "kuwaiti", "omani", "western", "eastern", "russophone", "ukrainophone"),
    )
)
_NATIONALITY_ENDINGS = ("ian", "ean", "ese", "ish")
# Words that make what follows one of a kind, not one named: `A Russian channel`, `another popular channel`.
_INDEFINITE = frozenset(("a", "an", "another", "one", "some", "any", "several", "many", "other"))


def _describes_an_account(words: Sequence[str]) -> bool:
    """Whether the words before an account's noun (`channel`, `account`, `page`) describe it and name none:
    a nationality (`A Russian channel`, `the Chechen channel`), a compound (`a Kremlin-backed channel`), or
    an indefinite determiner among the last three (`A popular Russian channel`, `another Rybar-style
    channel`). Else they end with its name (`the Rybar channel wrote`), read as the speaker."""
    if not words:
        return False
    last = words[-1].strip(_TRIM)
    folded = last.casefold()
    if folded in _NATIONALITIES or (len(folded) >= 5 and folded.endswith(_NATIONALITY_ENDINGS)):
        return True
    if "-" in last and _is_descriptor(last):
        return True
    return any(word.strip(_TRIM).casefold() in _INDEFINITE for word in words[-3:])


def _a_persons_statement(words: Sequence[str]) -> bool:
    """Whether `… WarGonzo's statement` (`words` up to `statement`) is an owner's statement, speaking for
    them: a name of two words (`Semyon Pegov's`), or of one written as an account's (`WarGonzo's`,
    `_ACCOUNT_SHAPED`), not a country's or an institution's (`Russia's`, `The Kremlin's`), whose channels go
    by other names."""
    if not _is_possessive(words[-1]):
        return False
    if len(words) >= 2 and _is_name_word(words[-2]):
        return True
    owner = re.sub(r"['\u2019]s?$", "", words[-1].lstrip(_OPENING))
    return _ACCOUNT_SHAPED().match(owner) is not None


def _without_place(before: str) -> str:
    """`Медведев в своём канале`, `Medvedev on his channel` → the name: where it was posted (`_PLACE`), and
    the adverbs around it (`Медведев опять в Telegram`), dropped from between a name and its verb; and whom
    the post is about, before it (`WarGonzo in a post about Rybar wrote`, `Рыбарь про Медведева написал`)."""
    unstripped = before
    # Each pattern only where its preposition is among the last words (a scan of each verb's words costs).
    topic = (
        _TOPIC_AT_END().search(before[-120:]) if _TOPIC_WORDS & set(before[-120:].lower().split()) else None
    )
    if topic is not None and all(_is_name_word(word) for word in topic["name"].split()):
        before = _strip_between(before[: len(before) - len(before[-120:]) + topic.start()])
    place = _PLACE_AT_END().search(before[-80:]) if _PLACE_WORDS & set(before[-80:].lower().split()) else None
    if place is None:
        # English says whom a post is about after the post (`Comments about Medvedev said` names nobody).
        return unstripped if topic is not None and topic.group(0).lstrip()[:1].isascii() else before
    named = _strip_between(before[: len(before) - len(before[-80:]) + place.start()])
    name = _name_before(named)
    preceding = named[: named.rfind(name)].split()[-1:] if name else []
    if any(word.lower() in _CLAUSE_WORDS for word in preceding):
        return before  # `A reply to Medvedev on Telegram said`: the name is another word's object
    return named


# French's and Spanish's place between a verb and the name behind it (`a écrit sur Telegram le président
# ukrainien, Volodymyr Zelensky`, `escribió en X`, `escribió en su canal de Telegram Dmitri Medvédev`): a
# preposition, perhaps an owner and an account's noun, and a platform or that noun. Without it the name
# behind read as `Telegram`, or nobody. Anchored, no quantifier nested: linear.
_ROMANCE_PLACE_AT_START = on_first_use(
    # Italian's too (`ha scritto su Telegram`, `sul suo canale Telegram`).
    r"(?:sur|en|dans|su|sul|nel)\s(?:(?:son|sa|su|le|la|el|suo|sua)\s)?"
    r"(?:(?:(?:canal|compte|cuenta|cha[i\u00ee]ne|perfil|fil|canale|profilo)\s(?:(?:de|en|sur|su|di)\s)?)?"
    rf"(?:{_PLATFORM_WORDS})|(?:canal|compte|cuenta|cha[i\u00ee]ne|perfil|fil|canale|profilo)"
    r"(?=\s[A-Z\u00c0-\u00de]))\s"
)


def _past_romance_office(after: str) -> str:
    """`le président ukrainien, Volodymyr Zelensky` → `Volodymyr Zelensky`: a French or Spanish office after
    an article (`_ROMANCE_OFFICES` among its first words), set off by a comma or not, dropped before the
    name behind a verb; `after` as it is where no such office opens it."""
    words = after.split(None, _ROMANCE_OFFICE_WORDS + 1)
    if len(words) < 3 or words[0].casefold() not in _ARTICLES_BEFORE_AN_OFFICE:
        return after
    if not any(word.strip(_TRIM).casefold() in _ROMANCE_OFFICES for word in words[1:3]):
        return after
    body_at = -1
    for at in range(1, min(len(words) - 1, _ROMANCE_OFFICE_WORDS + 1)):
        word = words[at]
        # `el portavoz del Kremlin, Dmitri Peskov`: the body the office is of, capitalised after `del`; read
        # as the name, `Kremlin` was searched as who wrote.
        body = words[at - 1].casefold() in _ROMANCE_OF_LINKS and word[:1].isupper()
        body_at = at if body and body_at < 0 else body_at
        if body and _one_word_body(word) and not word.endswith(",") and words[at + 1][:1].isupper():
            # `dijo el portavoz del Kremlin Peskov`: a known body, then the name run on without a comma.
            named = _name_after(" ".join(words[at + 1 :]))
            if named is not None and _may_name_a_person(named.split()):
                return " ".join(words[at + 1 :])
        if not (word[:1].islower() or body):
            # `le président du Conseil Dmitri Medvedev`: which capital opens the name is unsaid; the words
            # from the body on are read as they were (the name matches with the body before it).
            return " ".join(words[body_at:]) if body_at >= 0 else after
        if word.endswith(","):
            return " ".join(words[at + 1 :])
        if words[at + 1][:1].isupper() and not body and word.casefold() not in _ROMANCE_OF_LINKS:
            return " ".join(words[at + 1 :])
    return after


# What joins a French, Spanish, Italian or Portuguese office to its body (`du Conseil`, `del Kremlin`, `del
# Cremlino`, `do Kremlin`, `da Defesa`); read only after an office's word.
_ROMANCE_OF_LINKS = frozenset(
    ("de", "du", "des", "del", "della", "dello", "di", "dei", "degli", "delle", "do", "da", "dos", "das")
)
# After a link, an article may stand before the body (`le ministre de la D\u00e9fense`).
_ROMANCE_BODY_ARTICLES = frozenset(("la", "l'", "l\u2019", "los", "las", "les", "le"))


# Bodies an office is of, one word each, as the Romance languages write them after `del`, `du`, `de`, `da`
# (`el portavoz del Kremlin`, `il portavoce del Cremlino`, `el ministro de Defensa`, `de Asuntos
# Exteriores`): a capital after one begins the name run on without a comma (`del Kremlin Peskov dijo`).
# Lower case; the words no name is (`_may_name_a_person`) kept out as ever.
_ONE_WORD_BODIES = frozenset(
    (
        *("kremlin", "cremlino", "gobierno", "governo", "gouvernement", "pent\u00e1gono", "pentagone"),
        *("pentagono", "\u00e9lys\u00e9e", "el\u00edseo", "eliseo", "vaticano", "vatican", "defensa"),
        *("d\u00e9fense", "difesa", "defesa", "exteriores", "esteri", "estrangeiros", "interior"),
        *("int\u00e9rieur", "interno"),
    )
)
# Months and weekdays a writer may capitalise after a body (`del Kremlin Enero`): no one's name.
_CALENDAR_WORDS = frozenset(
    (
        *(month.casefold() for month in ENGLISH_MONTHS),
        *("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre"),
        *("octubre", "noviembre", "diciembre", "janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin"),
        *("juillet", "ao\u00fbt", "septembre", "octobre", "novembre", "d\u00e9cembre", "gennaio"),
        *("febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre"),
        *("janeiro", "fevereiro", "mar\u00e7o", "maio", "junho", "julho", "setembro", "outubro"),
        *("novembro", "dezembro", *(day.casefold() for day in WEEKDAYS), *_ROMANCE_WEEKDAYS),
    )
)
_MOST_NAME_WORDS_PAST_A_BODY = 3
_ROMANCE_PLACE_PREPOSITIONS = frozenset(("en", "\u00e0", "au", "in", "a", "em", "no", "na"))


def _one_word_body(word: str) -> bool:
    return word.strip(_TRIM).casefold() in _ONE_WORD_BODIES


def _may_name_a_person(words: Sequence[str]) -> bool:
    """Whether the capitalised words after an office's body may be a person's name (`Peskov`, `Dmitri
    Peskov`): a few name words, none a month or a weekday, a known place, an organisation's word or another
    body; else they say more of whose office it is, or where, or when."""
    bare = [word.strip(_TRIM) for word in words]
    return (
        0 < len(bare) <= _MOST_NAME_WORDS_PAST_A_BODY
        and all(word[:1].isupper() and _is_name_word(word) for word in bare)
        and is_a_persons_name(bare)
        and not any(
            word.casefold() in _CALENDAR_WORDS
            or word.casefold() in _ONE_WORD_BODIES
            or as_letters(word) in KNOWN_PLACES
            for word in bare
        )
        and as_letters(" ".join(bare)) not in KNOWN_PLACES
    )


def _name_past_an_office_s_body(rest: str, name: str) -> str | None:
    """`name` read before a verb, where the words before it (`rest`) end with an office and its link (`El
    portavoz del Kremlin dijo`, `Le ministre de la Défense a déclaré`, `O porta-voz do Kremlin escreveu`,
    `Пресс-секретарь Кремля заявил`): the capitalised words say whose office it is, not who spoke, and were
    searched as the speaker (`Kremlin`, `Défense`, `Кремля`). The name after the body where one follows
    (`del Kremlin Dmitri Peskov dijo`: from a given name, or the last two words), else None; `name` as it is
    after anything else."""
    words = name.split()
    before = rest.split()[-_ROMANCE_OFFICE_WORDS:]
    if before and all(_whose_office(word) for word in words) and _is_descriptor(before[-1]):
        return None  # Russian's `press secretary of the Kremlin said`: the body, in the genitive
    while before and before[-1].casefold() in _ROMANCE_BODY_ARTICLES:
        before = before[:-1]
    if (
        len(before) >= 3
        and before[-1].casefold() in _ROMANCE_PLACE_PREPOSITIONS
        and _one_word_body(before[-2])
        and before[-3].casefold() in _ROMANCE_OF_LINKS
    ):
        return None  # `El portavoz del Kremlin en Moscú dijo`: where the office spoke, not who
    if not before or before[-1].casefold() not in _ROMANCE_OF_LINKS:
        return name
    for word in reversed(before[:-1]):
        if word.strip(_TRIM).casefold() in _ROMANCE_OFFICES:
            break
        if not word[:1].islower():
            return name  # `Kyiv de nuevo Zelenski dijo`: no office before the link
    else:
        return name
    given = next((at for at, word in enumerate(words) if at and word.casefold() in _GIVEN_NAMES), None)
    if given is not None:
        return " ".join(words[given:])
    # `del Kremlin Peskov dijo`, `de Asuntos Exteriores Lavrov dijo`: a known body, then the name run on.
    body = max((at for at, word in enumerate(words[:-1]) if _one_word_body(word)), default=None)
    if body is not None:
        return " ".join(words[body + 1 :]) if _may_name_a_person(words[body + 1 :]) else None
    return " ".join(words[-2:]) if len(words) >= 3 else None


def _after_place(after: str) -> str:
    """`в своём канале Медведев` → `Медведев`: where it was posted, and adverbs, dropped from between a verb
    and the name behind it (`«…», — написал вчера в своём канале Медведев`); and French's and Spanish's place
    and office (`a écrit sur Telegram le président ukrainien, Volodymyr Zelensky`)."""
    romance = _ROMANCE_PLACE_AT_START().match(after)
    if romance is not None:
        after = after[romance.end() :].lstrip()
    after = _past_romance_office(after)
    for _ in range(3):
        word, _, rest = after.partition(" ")
        place = _PLACE_AT_START().match(after)
        if place is not None:
            after = after[place.end() :].lstrip()
        elif word.lower() in _SLAVIC_ADVERBS and rest:
            after = rest.lstrip()
        else:
            break
    return after


# The most descriptions set off by commas between a name and its verb (`Medvedev, 57, the deputy chairman of
# the Security Council, wrote`, `Medvedev, a former president, the deputy chairman …, wrote`): bounded, so a
# crafted run of them costs a few short scans.
_MOST_APPOSITIVES = 3


def _appositive(before: str) -> tuple[str, str | None]:
    """Split `X, the spokesman for Y,` into (`X`, `the spokesman for Y`); no appositive: (before, None). Up to
    `_MOST_APPOSITIVES` of them in a row, an age or an aside among them (`Medvedev, 57, the deputy chairman
    of the Security Council,`): read one only, the name was `57`'s, no one's, and where the age came last
    (`Medvedev, the deputy chairman of the Security Council, 57,`) the body's, `Security Council`."""
    roles: list[str] = []
    rest = before
    for _ in range(_MOST_APPOSITIVES):
        shorter, role = _one_appositive(before)
        if shorter == before:
            break
        if role:
            roles.insert(0, role)
        rest, before = shorter, f"{shorter},"
    return rest, ", ".join(roles) or None


def _one_appositive(before: str) -> tuple[str, str | None]:
    """Split `X, the spokesman for Y,` into (`X`, `the spokesman for Y`); no appositive: (before, None)."""
    if not before.endswith(","):
        return before, None
    inner_end = len(before) - 1
    start = before.rfind(",", max(0, inner_end - _MAX_APPOSITIVE_CHARS), inner_end)
    if start < 0:
        return before, None
    role = before[start + 1 : inner_end].strip()
    # An appositive describes: `the spokesman`, `a deputy`, `head of`, `who leads`, `Russia's defence
    # minister`; a list of names does not. An aside says where or how: `X, in a post on Telegram, wrote`.
    first = role.split(" ", 1)[0]
    if first.lower() in ("in", "on") or _is_age(role):
        # `Dmitry Medvedev, 57, wrote`: the age news reports give after a name said nothing of its owner's
        # office, and the name before it was read as no one's.
        return before[:start], None
    # An office written in lower case opens one too (`Dmitry Medvedev, deputy chairman of the Security
    # Council,`, `Maria Zakharova, spokeswoman for the Foreign Ministry,`); capitalised, it may be a name.
    office = first in _TITLES or first in ("former", "acting")
    describes = first.lower() in ("the", "a", "an", "who", "head", "leader", "chief") or _is_possessive(first)
    describes = describes or office or _describes_when(role) or _slavic_office(first)
    # French, Spanish and German appositives: an article (`Medwedew, der Vizechef des Sicherheitsrats,`),
    # or an office in lower case of a body (`Dmitri Medvedev, vice-président du Conseil de sécurité,`,
    # `Volodímir Zelenski, presidente de Ucrania,`): the name was read as no one's.
    describes = describes or first.lower() in _ROMANCE_GERMAN_ARTICLES or _lower_case_office_of(first, role)
    if not role or not describes:
        return before, None
    return before[:start], role


_ROMANCE_GERMAN_ARTICLES = frozenset(
    ("le", "la", "un", "une", "el", "uno", "una", "der", "die", "das", "ein", "eine", "qui", "quien")
)


def _is_age(role: str) -> bool:
    """`57` of `Medvedev, 57, wrote`: a person's age, two or three digits (a year, `2022`, is none)."""
    return 2 <= len(role) <= 3 and role.isascii() and role.isdigit() and 10 <= int(role) <= 120


# The prepositions French and Spanish join an office to its body with (`du Conseil`, `del Consejo`).
_OF_A_BODY = (" de ", " du ", " des ", " del ", " d'", " d\u2019")


def _lower_case_office_of(first: str, role: str) -> bool:
    """Whether an appositive `role` opens with a lower-case word joined to a body (`vice-président du
    Conseil de sécurité`, `portavoz del Kremlin`)."""
    joined = first.replace("-", "")
    if first.lower() in _ROMANCE_ASIDE_OPENERS:
        return False  # `Rybar, selon des sources, a écrit`: an aside naming a source, no office
    return first[:1].islower() and joined.isalpha() and any(joiner in f" {role}" for joiner in _OF_A_BODY)


_ROMANCE_ASIDE_OPENERS = frozenset(("selon", "según", "citant", "citando", "d'après", "d\u2019après", "sans"))


# An appositive may open with when its office was held (`Medvedev, now deputy chair of the Security Council,
# wrote`, `then president`): it describes when a lower-case word, an office or a possessive follows. Not
# `Rybar, then Medvedev, wrote`: a list of names.
_APPOSITIVE_WHEN = frozenset({"now", "then", "currently", "formerly", "once", "still", "previously", "also"})


def _slavic_office(first: str) -> bool:
    """Whether a Russian or Ukrainian appositive opens with an office in lower case (`Дмитрий Медведев,
    зампред Совбеза, написал`, `Мария Захарова, официальный представитель МИД, написала`): Cyrillic has no
    article, and a name would be capitalised. Not a joining word (`Рыбарь, затем Медведев, написали`), nor a
    verb's adverbial form (`Рыбарь, ссылаясь на Медведева, написал`: whose words is for relayed speech)."""
    return (
        first.isalpha()
        and first.islower()
        and all("\u0400" <= letter <= "\u04ff" for letter in first)
        and first not in _SLAVIC_JOINING
        and not first.endswith(_SLAVIC_ADVERBIAL_ENDINGS)
    )


_SLAVIC_JOINING = frozenset(
    {"и", "а", "но", "или", "либо", "затем", "потом", "также", "как", "і", "й", "та", "або", "але"}  # noqa: RUF001
    | {"потім", "також", "як", "даже", "навіть", "не", "ни", "ні", "говоря", "отвечая", "кажучи"}
)
_SLAVIC_ADVERBIAL_ENDINGS = ("уя", "юя", "ясь", "шись", "вши", "учи", "ючи", "учись", "ючись")


def _describes_when(role: str) -> bool:
    words = role.split(" ", 2)
    if len(words) < 2 or words[0].lower() not in _APPOSITIVE_WHEN:
        return False
    following = words[1]
    return following[:1].islower() or following in _TITLES or _is_possessive(following)


def _parenthesis(before: str) -> tuple[str, str | None]:
    """Drop a trailing `(@handle)` or `(in Arabic)`; the handle if the parenthesis held one."""
    match = _PARENTHESIS_AT_END().search(before)
    if not match:
        return before, None
    handle = _HANDLE().search(match.group(0))
    return before[: match.start()].rstrip(), handle.group("handle") if handle else None


def _role_before(text: str) -> str | None:
    """`Kataib Hezbollah spokesman` in `Kataib Hezbollah spokesman Abu Ali al-Askari`: the words before."""
    words = _WORD().findall(text[-120:])
    role: list[str] = []
    for word in reversed(words):
        if word[-1] in ",;:.!?…" or word.lower() in ("the", "a", "an") or not any(c.isalnum() for c in word):
            break  # `Rybar wrote: “Medvedev said`: an opening mark ends the words before the name, no role
        if any(mark in word for mark in _QUOTE_MARKS):
            break  # `“we stay,” Medvedev wrote`: the quote's words before the name are no office of his
        role.insert(0, word)
        if len(role) == 4:
            break
    if all(word.casefold() in _POST_DESCRIBING_WORDS for word in role):
        return None  # `A now-deleted Rybar post`: the post described, no office of its owner's
    return " ".join(role) or None


def _subject_speakers(sentence: str) -> list[Speaker]:
    return [
        speaker
        for verb in _VERB.finditer(sentence)
        if not _NEGATED_LEAD_IN.match(sentence, verb.end()) and (speaker := _speaker_of(sentence, verb))
    ]


# The verb's object denies what it says (`Rybar wrote no such thing as “…”`, `said nothing about`, `wrote
# nowhere that`, `said not a word of`): the subject did not say the words. Not `said nothing but`, `wrote not
# only`, which say them. Anchored after the verb, bounded words: linear.
_NEGATED_LEAD_IN = LazyPattern(
    r"\s(?:(?:also|then|later|again)\s)?(?:nothing(?!\s(?:but|except|other|more|less|else|besides|short)\b)"
    r"|nowhere|never|neither|none\sof|no\s(?:such|words?|mention)"
    r"|not(?!\s(?:only|just|merely|simply|least|long|surprisingly|once\sbut)\b))(?![\w'-])"
)


def _speaker_of(sentence: str, verb: re.Match[str]) -> Speaker | None:
    """Who `verb` of `sentence` says spoke: the name before it, or after it when it follows a quote."""
    # Only the words near the verb can name its subject; a bounded look keeps a long sentence linear.
    before = sentence[max(0, verb.start() - _LOOK) : verb.start()]
    if _is_possessive(before.rstrip()[-3:]):
        return None  # `Kyiv's claims that`: a noun, not a verb
    post_by, author = _author_of_post_before(before)
    if post_by:
        return author  # `A statement from Dmitry Medvedev said`, `The post, by Rybar, said`: its author's
    before, role = _appositive(_without_place(_strip_between(before)))
    before, handle = _parenthesis(_strip_between(before))
    # `X, an aside not read as one, said`: the word before the comma is no subject; but `Another milblogger,
    # WarGonzo, wrote`, `Kremlin spokesman, Dmitry Peskov, said`: a name set off after its description is.
    name = _name_before(before) if not before.endswith(",") else _described_between_commas(before)
    if name is not None:
        rest = before[: before.rfind(name.split(" ")[0])] if role is None else ""
        if _negates_the_name(rest):
            return None  # `Not Rybar wrote`, `Not even Rybar wrote`, `Neither X nor Rybar wrote`: not theirs
        if _RELATED_TO_BEFORE().search(rest[-40:]) is not None:
            return None  # `A source close to Medvedev told Rybar`: whom the subject is close to, no subject
        if not _FALSE_OWNER_WORDS.isdisjoint(word.strip(_TRIM).casefold() for word in rest.split()[-5:]):
            return None  # `An account impersonating Rybar wrote`, `A doctored screenshot of a Rybar post`
        if _object_of_a_described_subject(rest):
            office = rest.split()[-2].strip(_TRIM).casefold()
            words = name.split()
            if office in _OFFICES_OF_A_PLACE and len(words) >= 3:
                # `The governor of Belgorod Vyacheslav Gladkov wrote`: the place, then the office holder.
                return Speaker(" ".join(words[1:]), "subject", f"{rest.strip()} {words[0]}", handle)
            return None  # `An aide to Medvedev said`, `Critics of Medvedev said`: the aide's words
        if _SLAVIC_CITED_BEFORE().search(rest[-40:]) is not None:
            return None  # `Рыбарь, citing (ссылкой на) Медведева, написал`: the one cited, no subject
        # `Под постом Медведева Рыбарь написал`: the owner's name, in the genitive, ran into the writer's.
        if _owns_the_place(rest) or (" " in name and _OWNED_PLACE_OPENING().fullmatch(rest.strip())):
            return None
        if role is None:
            past_body = _name_past_an_office_s_body(rest, name)
            if past_body is None:
                return None
            if past_body != name:
                rest, name = before[: before.rfind(past_body.split(" ")[0])], past_body
        return Speaker(name, "subject", role or _role_before(rest), handle)
    # `“…,” said Dmitry Medvedev`: the name follows the verb.
    after = _after_place(sentence[verb.end() : verb.end() + _LOOK].lstrip())
    # `«…», — написал Пётр Землянов`: Russian and Ukrainian put a dash between the quote and the verb.
    # `Как написал Рыбарь, «…»`, `Як написав Рибар`: Russian's and Ukrainian's `as` opens an inverted clause.
    opens = before.strip().casefold() in _SLAVIC_AS
    if (
        before.rstrip().endswith((",", "”", '"', "\u2019", "»", "\u2014", "\u2013"))
        or not before.strip()
        or opens
    ):
        name = _name_after(after)
        if name is not None:
            return Speaker(name, "inverted")
    return None


# A post's or a statement's author between it and its verb: `A statement from Dmitry Medvedev said`, `The
# post, by Rybar, said`. Anchored at the end of a bounded tail, no quantifier nested: linear.
_POST_BY_AT_END = on_first_use(
    rf"(?<![\w-])(?:an?|the)\s(?:(?:{_PLATFORM_WORDS})\s)?(?P<noun>{'|'.join(sorted(_OWNED_POST_WORDS))}|statement)"
    r",?\s(?:by|from)\s(?P<name>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,5}),?$",
    re.IGNORECASE,
)
_POST_BY_LOOK = 200  # characters before a verb: an article, a post's noun, `by` and a name of six words


def _author_of_post_before(before: str) -> tuple[bool, Speaker | None]:
    """Whether the words before a verb end with a post and its author (`A statement from Dmitry Medvedev`,
    `The post, by Rybar,`), and the author as its speaker: a whole name, and for a statement a person's or
    an account's (`_a_persons_statement`), not a government's or a body's (`A statement from Russia said`,
    `A statement by the Kremlin said`: read as the subject, `Russia` was who wrote). (False, None) where
    they do not, or a post's author is no whole name: the verb's subject is read as before."""
    tail = before.rstrip()[-_POST_BY_LOOK:]
    if " by " not in tail and " from " not in tail:
        return False, None
    match = _POST_BY_AT_END().search(tail)
    if match is None:
        return False, None
    opening = tail[: match.start()].rstrip()
    if opening and not opening.endswith(","):
        return False, None  # `A reply to a post by Rybar said`: the reply's words
    name = _whole_name(match["name"])
    statement = match["noun"].casefold() in _PERSONS_ONLY_WORDS
    if name is None:
        return statement, None
    words = name.split()
    if statement and not _a_persons_statement([*words[:-1], f"{words[-1]}'s"]):
        return True, None
    return True, Speaker(name, "subject")


# A subject described by whom it is close or tied to, right before that one's name: `A source close to
# Medvedev told`, `a channel linked to Wagner said`. Anchored, bounded: linear.
_RELATED_TO_BEFORE = on_first_use(
    r"(?<![\w-])(?:close|closer|linked|loyal|tied|affiliated|allied|connected|related|near|sympathetic|aligned"
    r"|opposed|hostile)\s(?:to|with)\s$"
)
# Prepositions after a lower-case noun whose object, a name, is not the subject: `An aide to Medvedev`,
# `A spokesman for Medvedev`, `Critics of Medvedev`, `Officials in Moscow`. Not `by` or `from` (`A post by
# Rybar`, `A message from Rybar`: whose words), nor after a post's or an account's noun (`The channel of
# Yury Podolyaka`).
_OBJECT_OF_SUBJECT_PREPOSITIONS = frozenset(("to", "for", "of", "in", "at", "with"))
_GROUPS_OF_PEOPLE = frozenset(
    (
        "supporters",
        "critics",
        "allies",
        "opponents",
        "aides",
        "advisers",
        "advisors",
        "friends",
        "fans",
        "people",
    )
)
# Words before a name that say the post or account is not theirs: `An account impersonating Rybar`, `A
# parody account of Rybar`, `A doctored screenshot of a Rybar post`, `posing as Rybar`, `pretending to be`.
_FALSE_OWNER_WORDS = frozenset(
    (
        *("impersonating", "imitating", "mimicking", "posing", "pretending", "parody", "fake", "doctored"),
        *("fabricated", "forged", "spoof", "spoofed", "bogus", "counterfeit", "purported", "copycat"),
    )
)
# Offices held of a place, whose holder's name follows the place's (`The head of Chechnya Ramzan Kadyrov`).
_OFFICES_OF_A_PLACE = frozenset(
    ("governor", "head", "president", "leader", "mayor", "chairman", "chairwoman", "commander", "chief")
)
_OWNED_NOUNS = _ACCOUNT_WORDS | _OWNED_POST_WORDS | frozenset(("blog", "statement", "video", "words"))


def _object_of_a_described_subject(preceding: str) -> bool:
    """Whether the words before a subject's name (`preceding`) end with a lower-case noun and a preposition
    of `_OBJECT_OF_SUBJECT_PREPOSITIONS`, making the name its object: the noun is the subject."""
    words = preceding.split()[-2:]
    if len(words) < 2 or words[-1] not in _OBJECT_OF_SUBJECT_PREPOSITIONS:
        return False
    noun = words[-2].strip(_TRIM)
    if not noun.isalpha() or noun.casefold() in _OWNED_NOUNS:
        return False
    # Capitalised, it opens the sentence as a group does (`Critics of Medvedev said`, `Officials in Moscow`).
    return noun.islower() or noun.casefold() in _NOT_NAME_WORDS or noun.casefold() in _GROUPS_OF_PEOPLE


_SLAVIC_AS = frozenset(("как", "\u044f\u043a", "\u0430 как", "\u0438 как", "\u0456 \u044f\u043a"))
# The words right before a subject's name that say it did not speak: `Not Rybar wrote`, `Not even Rybar`,
# `nor Rybar`, and in Russian and Ukrainian (`not Рыбарь написал`).
_NEGATING_A_NAME = frozenset(
    ("not", "nor", "never", "neither", "no", "\u043d\u0435", "\u043d\u0438", "\u043d\u0456", "nicht", "ni")
)


# Citing (`ссылкой на`, `ссылаясь на`, `з посиланням на`, `посилаючись на`) right before a name.
_SLAVIC_CITED_BEFORE = on_first_use(
    "(?:\u0441\u0441\u044b\u043b\u043a\u043e\u0439|ссылаясь|посиланням|посилаючись)\\s\u043d\u0430\\s?$"
)


def _negates_the_name(preceding: str) -> bool:
    """Whether the words before a subject's name (`preceding`) deny that it spoke."""
    words = [word.casefold() for word in preceding.split()[-2:]]
    return bool(words) and (words[-1] in _NEGATING_A_NAME or words == ["not", "even"])


def _owns_the_place(preceding: str) -> bool:
    """Whether the words before a name make it a preposition's object while someone named before stands as
    the subject: the name owns the account or the post another wrote in or under (`Рыбарь в канале Медведева
    написал`, `Рыбарь под постом Медведева написал`, `Rybar under Medvedev's post wrote`), or is whom another
    answered or followed (`Рыбарь в ответ Медведеву написал`, `Рыбарь вслед за Медведевым написал`). Not
    an office's `of` or `for` (`Head of Wagner Yevgeny Prigozhin said`), nor a place opening the sentence
    (`\u0412 канале Рыбарь написал`: the channel's own name)."""
    words = preceding.split()[-4:]
    if len(words) >= 2 and words[-1].lower() in _OBJECT_PREPOSITIONS:
        opening = words[:-1]
    elif len(words) >= 3 and words[-2].lower() in _OBJECT_PREPOSITIONS and words[-1][:1].islower():
        opening = words[:-2]  # a noun between: `в канале`, `под постом`, `в ответ`
    else:
        return False
    return any(_is_name_word(word) and word.lower() not in _OBJECT_PREPOSITIONS for word in opening[-2:])


# A sentence opening with where one wrote in another's account or post (`Под постом Медведева Рыбарь
# написал`, in a channel, in the comments to a post): the owner's name, in the genitive, runs into the
# writer's.
_OWNED_PLACE_OPENING = on_first_use(
    "(?i:\u0432|во|на|под|\u0443|під|\u0432 комментариях \u043a|\u0432 коментарях до) (?:канале|каналі|постом"
    "|посту|посте|дописом|допису|дописі|публикации|публікації|сообщении|повідомленні|блоге|блозі|аккаунте"
    "|акаунті)"
)


# Prepositions whose object a name after them is, English, Russian, Ukrainian, German, French and Spanish.
_OBJECT_PREPOSITIONS = frozenset((
    *("in", "on", "under", "below", "beneath", "after", "following", "to", "at", "towards", "against"),
    *("\u0432", "во", "на", "под", "\u043a", "ко", "\u0443", "за", "после", "вслед", "під", "до", "після"),
    *("слідом", "unter", "nach", "sous", "après", "bajo", "tras"),
))  # fmt: skip


def _described_between_commas(before: str) -> str | None:
    """The name of `… milblogger, WarGonzo,` or `The governor of Belgorod, Vyacheslav Gladkov,` (`before`: the
    words up to a verb, ending with the comma): a whole name between two commas, after a describing word
    (`names.DESCRIBING_WORDS`: milblogger, spokesman) or an office and what it is of
    (`_ends_with_description`)."""
    opening, _, named = before[:-1].rpartition(",")
    name = _whole_name(named.strip())
    if name is None or not _ends_with_description(opening):
        return None
    return name


# Words an office may name what it is of, between its describing word and the comma: `The governor of
# Belgorod, Vyacheslav Gladkov, posted`, `The head of the Donetsk People's Republic, Denis Pushilin, said`.
_OF_WHAT_WORDS = 5
# What may open the clause before such an office: an article, or an adjective written capitalised (`Former`,
# `Russian`): not `Rybar, replying to the governor of Belgorod, Vyacheslav Gladkov, wrote`, Rybar's words.
_OPENING_AN_OFFICE = frozenset(("the", "a", "an", "another"))
# A region's noun written in lower case after its name (`of Kursk region`, `of the Belgorod oblast`).
_PLACE_KIND_NOUNS = frozenset(("region", "oblast", "province", "district", "krai", "republic", "county"))


# French's and Spanish's offices, written in lower case after an article (`le président ukrainien`, `el
# portavoz del Kremlin`), and the articles; the office and its adjectives or body in a few words.
_ROMANCE_OFFICES = frozenset(
    (
        *("presidente", "président", "expresidente", "ex-président", "vicepresidente", "vice-président"),
        *("portavoz", "porte-parole", "ministro", "ministre", "canciller", "gobernador", "gouverneur"),
        *("alcalde", "maire", "jefe", "chef", "líder", "dirigeant", "bloguero", "blogueur", "comandante"),
        *("commandant", "embajador", "ambassadeur", "primer", "premier"),
        # Italian's (`il presidente ucraino`, `il portavoce del Cremlino`).
        *("portavoce", "ministra", "capo", "leader", "governatore", "sindaco", "ambasciatore"),
        # Portuguese's (`o ministro da Defesa`, `a porta-voz do Kremlin`), and the offices' other genders.
        *("porta-voz", "governador", "governadora", "prefeito", "prefeita", "embaixador", "embaixadora"),
        *("chefe", "presidenta", "présidente", "alcaldesa", "gobernadora", "embajadora", "ambassadrice"),
        *("vocero", "vocera"),
    )
)
_ROMANCE_DEFINITE_ARTICLES = frozenset(("el", "la", "le", "l'", "l\u2019", "il"))
# And Portuguese's (`O ministro da Defesa, Oleksii Reznikov, escreveu`), before an office only: `a` is
# English's too, and an office's word after it makes it the article either way.
_ARTICLES_BEFORE_AN_OFFICE = _ROMANCE_DEFINITE_ARTICLES | frozenset(("o", "a"))
_ROMANCE_OFFICE_WORDS = 6


def _ends_with_description(opening: str) -> bool:
    """Whether the clause `opening` (the words before a name set off by commas) ends with a describing word
    (`names.DESCRIBING_WORDS`: `milblogger`, `spokesman`), or is all an office and what it is of (`The
    governor of Belgorod`, `The head of the Donetsk People's Republic`: `of` or `for`, then capitalised words
    or `the`)."""
    words = opening.split()
    if words[-1:] and words[-1].casefold() in DESCRIBING_WORDS:
        return True
    clause = opening.rpartition(",")[2].split()
    if 2 <= len(clause) <= _ROMANCE_OFFICE_WORDS and clause[0].casefold() in _ARTICLES_BEFORE_AN_OFFICE:
        # `El presidente ucraniano, Volodímir Zelenski, escribió`, `Le porte-parole du Kremlin, Dmitri
        # Peskov, a écrit`: an article, an office and what describes it.
        return any(word.casefold() in _ROMANCE_OFFICES for word in clause[1:3])
    if not 3 <= len(clause) <= _OF_WHAT_WORDS + 4:
        return False
    for at in range(len(clause) - 2, 0, -1):
        office = clause[at - 1].casefold()
        if clause[at] in ("of", "for") and (office in DESCRIBING_WORDS or office in _TITLES):
            what = [word for word in clause[at + 1 :] if word != "the"]
            before = clause[: at - 1]
            if len(what) >= 2 and what[-1] in _PLACE_KIND_NOUNS:
                what = what[:-1]  # `The governor of Kursk region`: the region's noun in lower case
            return (
                0 < len(what) <= _OF_WHAT_WORDS
                and all(word[:1].isupper() for word in what)
                and all(
                    # `The deputy chairman of …`: an office's own words before its describing word.
                    word.casefold() in _OPENING_AN_OFFICE or word[:1].isupper() or word.casefold() in _TITLES
                    for word in before
                )
            )
    return False


def _speaker_at_place(head: str) -> Speaker | None:
    """The name of `Дмитрий Медведев в Telegram:`, `Medvedev, on Telegram:`, `Russian MP Andrei Gurulyov on
    his channel:`: a sentence that opens with a name (its office perhaps before it) and where it posted, with
    no verb, before a colon and the quote; not `Reply to Medvedev on Telegram:` (another word before it) nor
    `Rybar and Medvedev on Telegram:` (several)."""
    place = _PLACE_BEFORE_COLON().search(head[-120:])
    if place is None:
        return None
    lead = head[: len(head) - len(head[-120:]) + place.start()]
    words = lead.split()
    if not words or len(words) > _MAX_NAME_WORDS + _MAX_ROLE_WORDS:
        return None
    if not all(_is_name_word(word) or _is_descriptor(word) for word in words):
        return None
    if any(word[-1] in ",;:.!?…" or word.strip(_TRIM).lower() in _LIST_JOINERS for word in words):
        return None
    name = _name_before(lead)
    return None if name is None else Speaker(name, "subject", _role_before(lead[: lead.rfind(name)]))


def _possessive_speakers(sentence: str) -> list[Speaker]:
    found = []
    for match in _POSSESSIVE().finditer(sentence):
        name = _name_before(sentence[max(0, match.start() - _LOOK) : match.start()])
        if name is not None:
            found.append(Speaker(name, "possessive"))
    return found


# `According to a post by Rybar`, `according to a Telegram message from Rybar`: the post's author.
_POST_BY_SOURCE = (
    rf"(?:an?|the)\s(?:(?:{_PLATFORM_WORDS})\s)?(?:{'|'.join(sorted(_OWNED_POST_WORDS))})\s(?:by|from)\s"
)
_POST_BY = on_first_use(_POST_BY_SOURCE, re.IGNORECASE)


# `A post by Rybar read: “…”`, `The Telegram message from Rybar said`: the post's author, the name whole
# between `by` and the verb (`read` is the post's, as after `Rybar's post`). Bounded: linear.
# Set off by commas too (`The post, by Dmitry Medvedev, read: “…”`), and a statement's author (`A statement
# from Dmitry Medvedev read: “…”`): each named nobody, and the words passed on any account's post.
_POST_BY_READ = on_first_use(
    rf"(?<!\w)(?:an?|the)\s(?:(?:{_PLATFORM_WORDS})\s)?(?P<noun>{'|'.join(sorted(_OWNED_POST_WORDS))}|statement)"
    r",?\s(?:by|from)\s(?P<name>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,5}),?\s(?:reads?|said|says)\b",
    re.IGNORECASE,
)


def _post_by_speakers(sentence: str) -> list[Speaker]:
    """The author of `A post by Rybar read`: the name that is all the words between `by` and the verb, the
    post the sentence's subject (opening it, or after a clause: not `A reply to a post by Rybar read`). A
    statement's only where a person's or an account's (`A statement from Dmitry Medvedev read`; not `A
    statement from Russia read`, a government's: `_a_persons_statement`)."""
    found = []
    for match in _POST_BY_READ().finditer(sentence):
        opening = sentence[: match.start()].rstrip()
        if opening and not opening.endswith(","):
            continue
        name = _name_after(match["name"])
        if name is None or name.split() != match["name"].split():
            continue
        words = name.split()
        if match["noun"].casefold() in _PERSONS_ONLY_WORDS and not _a_persons_statement(
            [*words[:-1], f"{words[-1]}'s"]
        ):
            continue
        found.append(Speaker(name, "inverted"))
    return found


# `According to the Telegram channel Rybar`, `according to the Telegram account @rybar`: the account's noun
# before its name (only after `the`: `according to a channel Rybar follows` is not one).
# Described in lower-case words (`the pro-war channel Rybar`; `the Rybar channel` names Rybar before its
# noun), the name perhaps in quote marks (`the Telegram channel “Two Majors”`).
_THE_ACCOUNT = on_first_use(
    rf"the\s(?-i:[a-z][a-z-]{{1,20}}\s){{0,2}}(?:(?:{_PLATFORM_WORDS})\s)?(?:{'|'.join(sorted(_ACCOUNT_WORDS))})"
    # `according to the Telegram channel of Rybar`, `of the brigades' spokesman …`: whose it is after `of`.
    r"\s(?:of\s(?:the\s)?)?(?=[@\w\u201c\"\u00ab])",
    re.IGNORECASE,
)


def _past_post_by(after: str) -> str:
    """What follows `according to`, past `a post by` (`_POST_BY`) or `the Telegram channel` (`_THE_ACCOUNT`)
    before the name."""
    post_by = _POST_BY().match(after) or _THE_ACCOUNT().match(after)
    return after[post_by.end() :] if post_by is not None else after


def _according_to_speakers(sentence: str) -> list[Speaker]:
    found = []
    for match in _ACCORDING_TO().finditer(sentence):
        # `_name_after` reads a few hundred characters: a slice to the sentence's end copied it all for each
        # `according to` (20,000 of them in one sentence took 2.5 s).
        name = _name_after(_past_post_by(sentence[match.end() : match.end() + _LOOK]))
        if name is not None:
            found.append(Speaker(name, "inverted"))
    return found


def _after_genitive_titles(text: str) -> str:
    """`официального представителя МИД России Марии Захаровой` → `Марии Захаровой`: the declined office
    before a name dropped, with whose office it is (a few words, and only offices: `по словам очевидцев`
    names nobody)."""
    rest = text
    past_office = False
    for _ in range(_MAX_TITLE_WORDS):
        word, _, after = rest.partition(" ")
        office = word.lower().startswith(_SLAVIC_GENITIVE_TITLES) and word[:1].islower()
        body = _a_body(word)
        # What the office is of, in lower case after it (`министра обороны`, `міністра закордонних справ`,
        # `главы Офиса президента`): read as the name, `по словам министра обороны Сергея Шойгу` named nobody.
        of_what = past_office and (_is_office_complement(word) or _region_of(word, after))
        seat = past_office and word in _SLAVIC_OFFICE_PREPOSITIONS and _a_body(after.split(" ", 1)[0])
        if not (office or body or of_what or seat) or not after or word[-1:] in ",;:.!?":
            # `по словам министра, «…»`: the clause ends with the office, and the quote after it was read as
            # a channel's name in guillemets.
            break
        past_office = past_office or office
        rest = after.lstrip()
    return rest


def _a_body(word: str) -> bool:
    """Whether `word` names, declined, a body an office is of or sits in: an acronym (`МИД`, `РФ`, the UN's),
    a country's or a body's genitive (`Кремля`, `Держдуми`)."""
    acronym = len(word) >= 2 and word.isupper() and word.isalpha()
    return acronym or word.lower() in _SLAVIC_GENITIVE_BODIES or word.lower() in _OFFICE_BODIES


# The endings of a Russian or Ukrainian adjective in the genitive naming a region (`Белгородской области`,
# `Донецкой`, `Краснодарского края`, `Харківської області`, `Донецької`).
_REGION_ADJECTIVE_ENDINGS = (
    *("\u0441\u043a\u043e\u0439", "\u0446\u043a\u043e\u0439", "\u0441\u043a\u043e\u0433\u043e"),
    *("\u0446\u043a\u043e\u0433\u043e", "\u0441\u044c\u043a\u043e\u0457", "\u0446\u044c\u043a\u043e\u0457"),
    *("\u0441\u044c\u043a\u043e\u0433\u043e", "\u0446\u044c\u043a\u043e\u0433\u043e"),
)


def _region_of(word: str, after: str) -> bool:
    """Whether `word` is a region's adjective an office is of, before its lower-case noun (`губернатора
    Белгородской области`, `губернатор Курской области`): capitalised, not a name. Read as the name, `по
    словам губернатора Белгородской области Вячеслава Гладкова` named `Белгородской`."""
    following = after.split(" ", 1)[0]
    return (
        word[:1].isupper()
        and _is_office_complement(word[1:])
        and word.endswith(_REGION_ADJECTIVE_ENDINGS)
        and _is_office_complement(following)
    )


def _is_office_complement(word: str) -> bool:
    """A lower-case Cyrillic word and nothing else (no stop, no comma): what an office is of (`обороны`,
    `дел`). A plain test, not a class of Cyrillic letters (which compiles to a large table)."""
    return 2 <= len(word) <= 30 and word.islower() and all("\u0400" <= char <= "\u04ff" for char in word)


# A channel named in quote marks after `по данным` (`по данным канала «Два майора»`: the name stays as
# written after the channel's noun; `по данным «Рыбаря»`: declined). Anchored, bounded: linear.
_QUOTED_CHANNEL_AFTER = on_first_use(
    r"(?P<noun>(?:[Тт]елеграм-|Telegram-|[Тт]\u0433-)?(?:канала|каналу|паблика|пабліку|блога|блогу)\s)?"
    r"\u00ab(?P<name>[^\u00ab\u00bb]{1,60})\u00bb"
)


def _slavic_according_to_speakers(sentence: str) -> list[Speaker]:
    found = []
    for match in _SLAVIC_ACCORDING_TO().finditer(sentence):
        after = _after_genitive_titles(sentence[match.end() : match.end() + _LOOK])
        quoted = _QUOTED_CHANNEL_AFTER().match(after)
        if quoted is not None:
            # `по данным канала «Два майора»`: the channel's own name, as written (it named nobody);
            # `по данным «Двух майоров»`: the whole name, declined (its first word alone, `Двух`, was read).
            found.append(Speaker(quoted["name"].strip(), "inverted", genitive=quoted["noun"] is None))
            continue
        name = _name_after(after)
        if name is not None and name.casefold() not in _SLAVIC_GENITIVE_BODIES:
            # Not `России` of `по данным Минобороны России`: the ministry's, an institution's words.
            found.append(Speaker(name, "inverted", genitive=True))
    return found


# A credit opening a sentence before a name and the words (`Via Dmitry Medvedev: “…”`), or a hat tip (`H/T
# Rybar:`, `Hat tip to @rybar:`), which thanks whoever pointed to the words, not who wrote them (as a note's
# `(h/t @alice)` claims no poster: `citations`). Anchored, no repetition: linear.
_CREDIT_OPENING = on_first_use(r"(?:(?P<via>[Vv]ia|VIA)|[Hh]/[Tt]|[Hh]at[\s-]tip(?:\sto)?)[:\s]\s{0,2}")
# What ends the words before a handle a hat tip thanks (`(h/t @journalist)`, `Hat tip to @rybar`).
_HAT_TIP_BEFORE = (
    "h/t ",
    "h/t: ",
    "h/t to ",
    "hat tip ",
    "hat tip: ",
    "hat tip to ",
    "hat-tip ",
    "hat-tip to ",
)


def _past_credit_opening(head: str) -> tuple[str, bool]:
    """`head` (a sentence up to its quote) past a credit opening it (`Via Dmitry Medvedev:` → `Dmitry
    Medvedev:`, read as a label is), and whether the credit is a hat tip, which names no one who wrote."""
    credit = _CREDIT_OPENING().match(head)
    if credit is None:
        return head, False
    return head[credit.end() :], credit["via"] is None


def _handle_speakers(sentence: str) -> list[Speaker]:
    """Each handle the sentence writes (`@rybar wrote`), not one a hat tip thanks (`(h/t @journalist)`): who
    pointed to the words wrote none of them."""
    return [
        Speaker(match.group("handle"), "passage-handle", handle=match.group("handle"))
        for match in _HANDLE().finditer(sentence)
        if not sentence[max(0, match.start() - 12) : match.start()].casefold().endswith(_HAT_TIP_BEFORE)
    ]


def quote_through(sentences: list[str], index: int, at: int, length: int) -> str:
    """The sentence at `index`, a quote of `length` characters opening at `at` in it, joined with those after
    it that the quote runs on into (`He wrote: "We lost. They won."`: split into sentences, its first held
    only its opening)."""
    spanned, reached = [sentences[index]], len(sentences[index]) - at
    for following in itertools.islice(sentences, index + 1, None):
        if reached >= length:
            break
        spanned.append(following)
        reached += 1 + len(following)
    return " ".join(spanned)


def split_sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END().split(_squash(text)) if part.strip()]


def _placed_speakers(sentence: str) -> list[Speaker]:
    """The name of a sentence opening `Medvedev, on Telegram: “…”` (`_speaker_at_place`): no verb; after a
    credit (`Via Medvedev on Telegram: “…”`), not a hat tip (`_past_credit_opening`)."""
    at = min((at for mark in _QUOTE_MARKS if (at := sentence.find(mark, 0, _LOOK)) > 0), default=-1)
    head, hat_tip = _past_credit_opening(sentence[: max(at, 0)].rstrip(_QUOTE_MARKS + "\u2018' "))
    speaker = _speaker_at_place(head) if head and not hat_tip and _VERB.search(head) is None else None
    return [speaker] if speaker is not None else []


def _sentence_speakers(sentence: str) -> list[Speaker]:
    return [
        *_handle_speakers(sentence),
        *_subject_speakers(sentence),
        *_placed_speakers(sentence),
        *_possessive_speakers(sentence),
        *_according_to_speakers(sentence),
        *_slavic_according_to_speakers(sentence),
        *_arabic_speakers(sentence),
        *_german_speakers(sentence),
    ]


# A channel's name in quote marks after German's noun for it (`der Kanal „Rybar“`, `dem Telegram-Kanal
# „Two Majors“`): one run of at most 40 characters without a mark, so linear.
_GERMAN_CHANNEL_QUOTED = on_first_use(
    # Alternations, not classes, for the marks beyond Latin-1 (a class of them compiles to a large table).
    r"(?P<noun>(?<![\w-])(?:Telegram-)?Kanals?)\s(?:\u201e|\u201c|\")"
    r"(?P<name>(?:(?!\u201e|\u201c|\u201d|\"|\n).){1,40})(?:\u201c|\u201d|\")"
)


# A channel's name in guillemets after Russian's or Ukrainian's noun for it, in any case (`канал «Два
# майора»`, `телеграм-каналу «Военный осведомитель»`): the name is every word in the marks, capitalised or
# not, as the channel writes it; read as name words only up to the first lower-case one (`Два`), the name was
# read as no one's. One bounded run per opening mark, alternations for the Cyrillic letters: linear.
_SLAVIC_CHANNEL_QUOTED = on_first_use(
    r"(?P<noun>(?<![\w-])(?:(?:\u0422|\u0442)\u0435\u043b\u0435\u0433\u0440\u0430\u043c-|Telegram-)?"
    r"(?:\u043a\u0430\u043d\u0430\u043b|\u041a\u0430\u043d\u0430\u043b|\u043f\u0430\u0431\u043b\u0438\u043a"
    r"|\u041f\u0430\u0431\u043b\u0438\u043a)\w{0,3})"
    r"\s\u00ab(?P<name>[^\W\d_][^\u00ab\u00bb\n.!?]{0,40}?)\u00bb"
)
# What joins the words of such a name into one word while the passage is read (a word joiner: no letter, no
# space), each read back as a space in the names found.
_NAME_JOINER = "\u2060"


def _joined_channel_name(match: re.Match[str]) -> str:
    words = match["name"].split()
    if not 2 <= len(words) <= _MAX_QUOTED_NAME_WORDS:
        return match.group()
    return f"{match['noun']} \u00ab{_NAME_JOINER.join(words)}\u00bb"


def speakers_in_passage(text: str, quotes: Sequence[str] = ()) -> tuple[Speaker, ...]:
    """The speakers of the sentences that hold the footnote's quotes; else every speaker of the passage
    (`_speakers_in_passage`), a channel's name of several words in guillemets read whole (`канал «Два
    майора»`)."""
    if "\u00ab" not in text:
        return _speakers_in_passage(text, quotes)
    joined = _SLAVIC_CHANNEL_QUOTED().sub(_joined_channel_name, text)
    if joined == text:
        return _speakers_in_passage(text, quotes)
    return tuple(
        dataclasses.replace(
            speaker,
            name=speaker.name.replace(_NAME_JOINER, " "),
            role=speaker.role.replace(_NAME_JOINER, " ") if speaker.role else speaker.role,
        )
        for speaker in _speakers_in_passage(joined, quotes)
    )


def _speakers_in_passage(text: str, quotes: Sequence[str] = ()) -> tuple[Speaker, ...]:
    """The speakers of the sentences that hold the footnote's quotes; else every speaker of the passage.

    A passage often cites several notes (`A said "x".[1] B said "y".[2]`): the sentence with a note's own
    quote names its speaker; a sentence that holds the quote but names nobody by name (`He added "z"`, `The
    ministry said "z"`) leaves the whole passage, whose speakers are then a guess (source `elsewhere`): they
    were given as the speaker the quote's own sentence names, and `the ministry`'s words searched for in the
    one account the passage names elsewhere, with nothing said.
    """
    # `Der Kanal „Rybar“ schrieb`: German quotes a channel's name as Russian does (`канал «Рыбарь»`), and
    # the name in its marks was no one's.
    text = _GERMAN_CHANNEL_QUOTED().sub(r"\g<noun> \g<name>", text) if "Kanal" in text else text
    quotes = quotes[:_MOST_QUOTES_READ]
    sentences = split_sentences(text)
    quoted_at = [at for at, s in enumerate(sentences) if any(_squash(q)[:40] in s for q in quotes)]
    # `Medvedev, citing Peskov, wrote: “…”`: the post is the writer's, whoever he cites.
    quoted = [_without_writers_source(sentences[at]) for at in quoted_at]
    # A list of speakers first (`Rybar, WarGonzo and Two Majors wrote “…”`): each says the words, where the
    # verb's subject alone read none of them, or the last only (`Both Rybar and WarGonzo wrote`: WarGonzo).
    listed = [speaker for sentence in quoted for speaker in _listed_in(sentence, quotes)]
    own = [
        *listed,
        *(
            speaker
            for sentence in quoted
            for speaker in _sentence_speakers(sentence)
            if not (listed and _joins_the_listed(speaker.name, listed))
        ),
    ]
    # `Der Sprecher schrieb`: German capitalises the office as a name; no one is named.
    own = [speaker for speaker in own if not _an_office_alone(speaker.name)]
    if (
        len(own) > 1
        and len(quotes) <= _MOST_QUOTES_TOLD_APART
        and any(_holds_another_quote(sentence, quotes) for sentence in quoted)
    ):
        own = _each_to_its_quote(text, quotes, own)
    if own:
        return _unique(own)
    office, at = next(
        ((office, at) for at in quoted_at if (office := office_subject(sentences[at])) is not None),
        (None, 0),
    )
    # The sentences up to the quote's, as far back as a passage reads for a name: one scan a passage. The
    # quote's own is read too (its quotes blanked), where a quote opening a sentence ran it into the one
    # before (`… Medwedew. „…“, schrieb der Sprecher`); the office as subject names no one there.
    upto = blank_quotes(" ".join(sentences[: at + 1]))[-_PASSAGE_LOOK_BACK:]
    holder = office_holder(upto, office) if office else None
    if office is not None and holder is not None:
        # `Kremlin spokesman Dmitry Peskov spoke on Monday. The spokesman wrote: “…”`: him, not everyone
        # the passage names; still a guess, as any name from another sentence.
        return (Speaker(holder, "elsewhere", OFFICE_NAMED_BEFORE + office_in_english(office)),)
    # `L'ambassadeur a \u00e9crit`: an office alone, with its article elided, is no one's name here either.
    found = _unique(
        speaker
        for sentence in sentences
        for speaker in _sentence_speakers(sentence)
        if not _an_office_alone(speaker.name)
    )
    if quoted and not found:
        # `Ramzan Kadyrov reacted within hours. He wrote on Telegram: “…”`: the sentence before named him,
        # with no verb of saying, and nobody was searched.
        found = _unique(
            speaker for at in quoted_at if (speaker := _pronoun_s_subject_before(sentences, at)) is not None
        ) or _pronoun_s_subject_before_a_lower_case_quote(sentences, quotes)
    if quoted:
        return tuple(dataclasses.replace(speaker, source="elsewhere") for speaker in found)
    return found


def _joins_the_listed(name: str, listed: Sequence[Speaker]) -> bool:
    """Whether `name` is the names of a list joined by a Romance `and` (`Peskov y Zajárova`, read as one name
    before `dijeron`: `y` is a name's particle too, as in `Ortega y Gasset`)."""
    names = {speaker.name for speaker in listed}
    parts: list[list[str]] = [[]]
    for word in name.split():
        if word.casefold() in _ROMANCE_AND_WORDS and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(word)
    return len(parts) > 1 and all(" ".join(part) in names for part in parts)


# The most quotes of one note told apart from another note's in one sentence (`_each_to_its_quote` reads
# each one's lead-in over the passage): a note's own are a few; more is a passage no pairing read.
_MOST_QUOTES_TOLD_APART = 5


def _quote_key(quote: str) -> str:
    return _squash(quote).strip(_TRIM + " ")[:40]


def _holds_another_quote(sentence: str, quotes: Sequence[str]) -> bool:
    """Whether `sentence` holds a quote other than `quotes` (another note's, in a passage citing several)."""
    openings = {_quote_key(quote) for quote in quotes}
    return any(_quote_key(found.text) not in openings for found in iter_quotes(sentence))


def _each_to_its_quote(text: str, quotes: Sequence[str], named: list[Speaker]) -> list[Speaker]:
    """Of `named`, the ones leading into `quotes` themselves (`quote_speaker`), where one sentence gives
    another note's quote to another: `Rybar wrote that “…”,[1] while Zelensky posted that “…”.[2]`, `Rybar
    claimed “…”[1]; Zelensky answered that it “…”[2]`, `…[1], and Zelensky replied that “…”[2]` (the names
    between the quote before and this one): each note searched both accounts, at full weight. `named` where
    no one of them is read. Each quote's passage read once more: linear."""
    leading: set[str] = set()
    found: list[Quote] | None = None
    for quote in quotes:
        speaker = quote_speaker(text, quote)
        if speaker is not None:
            leading.add(speaker.name)
            continue
        # `…[1], and Zelensky replied that “…”`: the names between the quote before and this one.
        found = list(iter_quotes(text)) if found is None else found
        at = next((i for i, q in enumerate(found) if _quote_key(q.text) == _quote_key(quote)), None)
        if at is not None:
            between = text[found[at - 1].end if at > 0 else 0 : found[at].start]
            leading.update(speaker.name for speaker in named if speaker.name in between)
    mine = [speaker for speaker in named if speaker.name in leading]
    return mine or named


# A pronoun saying who wrote (`He wrote on Telegram:`, `“…,” she posted`, `— написал он`, `— додав він`,
# `schrieb er`): English, Russian, Ukrainian, German; a plural (`they`, `sie`) may be many.
_PRONOUNS = frozenset(
    (
        "he",
        "she",
        "\u043e\u043d",
        "\u043e\u043d\u0430",
        "\u0432\u0456\u043d",
        "\u0432\u043e\u043d\u0430",
        "er",
    )
)
# Words that may stand between a pronoun and its verb (`He later wrote`, `He then added`, `Он также написал`).
_PRONOUN_ADVERBS = frozenset(
    (
        "later",
        "then",
        "also",
        "again",
        "soon",
        "\u0442\u0430\u043a\u0436\u0435",
        "\u0442\u0430\u043a\u043e\u0436",
        "\u0437\u043d\u043e\u0432\u0443",
        "\u0441\u043d\u043e\u0432\u0430",
    )
)


def _pronoun_s_subject_before_a_lower_case_quote(
    sentences: Sequence[str], quotes: Sequence[str]
) -> tuple[Speaker, ...]:
    """`_pronoun_s_subject_before` where the quote opens its sentence in lower case or with an ellipsis
    (`Kadyrov did not hold back. “we will not stop,” he wrote.`), which `split_sentences` leaves in the
    sentence before (a quote set apart after a sentence naming its speaker is that one's words for the
    checks: `Gladkov posted on Telegram. “we will rebuild it.”`): `he` is the one that sentence opens with.
    Each sentence split once more: linear."""
    finer = [piece.strip() for sentence in sentences for piece in _LOWER_CASE_QUOTE_OPENS().split(sentence)]
    if len(finer) == len(sentences):
        return ()
    return _unique(
        speaker
        for at, sentence in enumerate(finer)
        if any(_squash(quote)[:40] in sentence for quote in quotes)
        and (speaker := _pronoun_s_subject_before(finer, at)) is not None
    )


def _pronoun_s_subject_before(sentences: Sequence[str], at: int) -> Speaker | None:
    """For the quote's sentence `sentences[at]` saying a pronoun wrote it (`He wrote on Telegram: “…”`), the
    person the sentence before opens with (`Ramzan Kadyrov reacted within hours.`, `Chechen leader Ramzan
    Kadyrov did not hold back.`): whom a reader takes `he` for. None where that sentence opens with no name
    (`The Kremlin was silent.`, `Kadyrov was furious.`: one word alone may be a place). Bounded words:
    linear."""
    if at == 0:
        return None
    sentence = blank_quotes(sentences[at])
    # Each verb reads a few words on either side: linear in the sentence, however long.
    for verb in _VERB.finditer(sentence):
        words = [word.casefold() for word in sentence[max(0, verb.start() - 40) : verb.start()].split()]
        next_to = [word for word in words if word not in _PRONOUN_ADVERBS][-1:]
        next_to += sentence[verb.end() : verb.end() + 12].split()[:1]
        if any(word.strip(_TRIM).casefold() in _PRONOUNS for word in next_to):
            break
    else:
        return None
    previous = blank_quotes(sentences[at - 1])[:_LOOK].lstrip()
    name = _name_after(previous)
    if name is None:
        return None
    # One word alone may be a place or a body (`Kyiv was quiet.`); after an office it is a person's.
    return Speaker(name, "elsewhere") if len(name.split()) > 1 or not previous.startswith(name) else None


# An office as the subject of the quote's verb, with no name (`The spokesman wrote: “…”`, `Later the Kremlin
# spokesman added`, `“…,” said the spokesman.`, `Der Sprecher schrieb`): a reader takes him for the one named
# with that office before, in the passage or a paragraph above (`Kremlin spokesman Dmitry Peskov said on
# Monday …`, `Dmitry Peskov, the Kremlin spokesman, …`, `Kremlsprecher Dmitri Peskow`). A German office is
# the end of its compound (`Kremlsprecher` is a `Sprecher`).
OFFICE_NAMED_BEFORE = "named before as the "
_OFFICES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "minister", "governor", "mayor", "president", "ambassador"}
    | {"commander", "chairman", "chairwoman", "lawmaker", "senator", "envoy", "blogger", "milblogger"}
)
_GERMAN_OFFICES = (
    *("sprecher", "sprecherin", "minister", "ministerin", "pr\u00e4sident", "pr\u00e4sidentin", "gouverneur"),
    *("b\u00fcrgermeister", "b\u00fcrgermeisterin", "botschafter", "botschafterin", "blogger"),
)
_OFFICE_SUBJECT_AT_END = on_first_use(
    r"(?:^|[\s,;:])(?:the|an?|der|die|ein|eine)\s(?:[^\W\d_][\w'\u2019-]{0,29}\s){0,2}?"
    r"(?P<office>[^\W\d_][\w-]{1,39})\s"
    # German's body after the office, in the genitive (`Der Sprecher des Kremls schrieb`).
    r"(?:(?:des|der)\s[^\W\d_][\w-]{1,39}\s)?"
    r"(?:(?:later|then|also|again|further|soon|had|has)\s)?$",
    re.IGNORECASE,
)
# After the verb, the office ends the clause or runs on into lower-case words (`schrieb der Sprecher auf
# Telegram`), never into a name (`said the spokesman Dmitry Peskov`: his).
_OFFICE_SUBJECT_AFTER = on_first_use(
    r"\s(?:the|an?|der|die|ein|eine)\s(?:[^\W\d_][\w'\u2019-]{0,29}\s){0,2}?(?P<office>[^\W\d_][\w-]{1,39})"
    r"(?:[.!?,;]|$|\s(?P<next>\w))",
)
_ARTICLES = ("the", "a", "an")
_PASSAGE_LOOK_BACK = 5_000
_OFFICE_WORD = on_first_use(r"[^\W\d_][\w'\u2019-]{1,60}[.,;:!?]?")


_SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson")
# The offices of `_OFFICES` in Spanish, French, Italian, Portuguese, Russian and Ukrainian, each with the
# English words a registry alias may give it in (`Kremlin spokesman` for `el portavoz del Kremlin`).
_OFFICES_ELSEWHERE: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("portavoz", "vocero", "vocera", "porte-parole", "portavoce", "porta-voz"), _SPOKESPEOPLE
    ),
    **dict.fromkeys(
        (
            "\u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c",
            "\u043f\u0440\u0435\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440",
            "\u0440\u0435\u0447\u043d\u0438\u043a",
            "\u0440\u0435\u0447\u043d\u0438\u0446\u044f",
        ),
        _SPOKESPEOPLE,
    ),
    **dict.fromkeys(
        (
            "ministro",
            "ministra",
            "ministre",
            "\u043c\u0438\u043d\u0438\u0441\u0442\u0440",
            "\u043c\u0456\u043d\u0456\u0441\u0442\u0440",
        ),
        ("minister",),
    ),
    **dict.fromkeys(
        (
            "presidente",
            "presidenta",
            "pr\u00e9sident",
            "pr\u00e9sidente",
            "\u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442",
        ),
        ("president",),
    ),
    **dict.fromkeys(
        (
            "alcalde",
            "alcaldesa",
            "maire",
            "sindaco",
            "prefeito",
            "prefeita",
            "\u043c\u044d\u0440",
            "\u043c\u0435\u0440",
        ),
        ("mayor",),
    ),
    **dict.fromkeys(
        ("gobernador", "gobernadora", "gouverneur", "governatore", "governador", "governadora"),
        ("governor",),
    ),
    "\u0433\u0443\u0431\u0435\u0440\u043d\u0430\u0442\u043e\u0440": ("governor",),
    **dict.fromkeys(
        (
            "embajador",
            "embajadora",
            "ambassadeur",
            "ambassadrice",
            "ambasciatore",
            "embaixador",
            "embaixadora",
        ),
        ("ambassador",),
    ),
    "\u043f\u043e\u0441\u043e\u043b": ("ambassador",),
}
# Articles before such an office (`el portavoz`, `l'ambassadeur`, `un portavoz`, `o ministro`): with one, and
# nothing but what it is of between it and the verb, it is the verb's subject.
_ARTICLES_ELSEWHERE = frozenset(
    ("el", "la", "le", "il", "lo", "o", "a", "un", "una", "une", "uno", "um", "uma", "l'", "l\u2019", "un'")
)
_LINKS_ELSEWHERE = _ROMANCE_OF_LINKS | _ROMANCE_BODY_ARTICLES | frozenset(("d'", "d\u2019"))
# Auxiliaries and adverbs between an office and its verb (`il portavoce ha scritto`, `le maire a \u00e9crit`).
_BEFORE_A_VERB_ELSEWHERE = frozenset(
    (
        "ha",
        "a",
        "aveva",
        "avait",
        "tamb\u00e9m",
        "tambi\u00e9n",
        "aussi",
        "anche",
        "\u0442\u0430\u043a\u0436\u0435",
        "\u0442\u0430\u043a\u043e\u0436",
    )
)


# The English words a German office gives (`Sprecher`: `spokesman`), where a registry alias is written in
# English; and the bodies German joins to an office as one compound's first part (`Kremlsprecher`: the
# Kremlin's spokesman, `Außenamtssprecherin`, `Verteidigungsminister`), each with the English words it says,
# as `_BODIES_IN_ENGLISH` gives other languages' bodies. Keys as `str.casefold` writes them (`ß` as `ss`).
_GERMAN_OFFICES_IN_ENGLISH: dict[str, tuple[str, ...]] = {
    "sprecher": ("spokesman", "spokesperson"),
    "sprecherin": ("spokeswoman", "spokesperson"),
    **dict.fromkeys(("minister", "ministerin"), ("minister",)),
    **dict.fromkeys(("pr\u00e4sident", "pr\u00e4sidentin"), ("president",)),
    "gouverneur": ("governor",),
    **dict.fromkeys(("b\u00fcrgermeister", "b\u00fcrgermeisterin"), ("mayor",)),
    **dict.fromkeys(("botschafter", "botschafterin"), ("ambassador",)),
    "blogger": ("blogger",),
}
_GERMAN_COMPOUND_BODIES: dict[str, tuple[str, ...]] = {
    body.casefold(): english
    for body, english in {
        "kreml": ("kremlin",),
        "au\u00dfenamt": ("foreign", "ministry", "office"),
        "au\u00dfenministerium": ("foreign", "ministry"),
        "au\u00dfen": ("foreign",),
        "verteidigungsministerium": ("defence", "ministry"),
        "verteidigung": ("defence",),
        "innenministerium": ("interior", "ministry"),
        "innen": ("interior",),
        "regierung": ("government",),
        "pentagon": ("pentagon",),
        "nato": ("nato",),
    }.items()
}


def _german_compound(word: str) -> tuple[str, tuple[str, ...]] | None:
    """A German office written as one word (`Kremlsprecher`, `Außenamtssprecherin`, `Sprecher`) as its office
    (`sprecher`) and the English words of the body its first part names (`kremlin`; none for `Sprecher`, or a
    first part not in `_GERMAN_COMPOUND_BODIES`); None for a word that is no German office. The joining `s` or
    hyphen is no part of the body (`Verteidigungs-`, `Kreml-`)."""
    folded = word.casefold()
    office = next((office for office in _GERMAN_OFFICES if folded.endswith(office)), None)
    if office is None or folded in _OFFICES or folded in _OFFICES_ELSEWHERE:
        return None
    head = folded[: -len(office)].removesuffix("-")
    body = _GERMAN_COMPOUND_BODIES.get(head) or _GERMAN_COMPOUND_BODIES.get(head.removesuffix("s"), ())
    return office, body


def _office(word: str) -> str | None:
    """`word` as an office of `_OFFICES`, `_OFFICES_ELSEWHERE` or `_GERMAN_OFFICES` (lower case), or None."""
    folded = word.casefold()
    if folded.startswith(("l'", "l\u2019")) and folded[2:] in _OFFICES_ELSEWHERE:
        folded = folded[2:]  # `L'ambassadeur a \u00e9crit`: the article elided before the office
    if folded in _OFFICES or folded in _OFFICES_ELSEWHERE:
        return folded
    return next((office for office in _GERMAN_OFFICES if folded.endswith(office)), None)


def office_keys(office: str) -> tuple[str, ...]:
    """The words a registry alias may give `office` (as `office_subject` read it) in: the word itself, and
    for an office in another language than English and German, its English words (`portavoz`: `spokesman`,
    `spokeswoman`, `spokesperson`)."""
    folded = office.casefold()
    compound = _german_compound(folded)
    if compound is not None:
        # `Kremlsprecher`: an alias `Sprecher` or `Kremlin spokesman` holds it.
        return tuple(dict.fromkeys((folded, compound[0], *_GERMAN_OFFICES_IN_ENGLISH.get(compound[0], ()))))
    return (folded, *_OFFICES_ELSEWHERE.get(folded, ()))


# How a note names an office the passage writes in another language: in English, as the note's other words
# are (`el alcalde` is `the mayor`: `the alcalde` read in two languages at once). A word saying nothing of
# who holds it (`portavoz`, `пресс-секретарь`) is `spokesperson`; one that does keeps it (`vocera`,
# `Sprecherin`). German's offices are the ends of their compounds (`_GERMAN_OFFICES`).
_OFFICES_IN_ENGLISH: dict[str, str] = {
    **dict.fromkeys(
        (
            "portavoz",
            "porte-parole",
            "portavoce",
            "porta-voz",
            "\u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c",
            "\u043f\u0440\u0435\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440",
        ),
        "spokesperson",
    ),
    **dict.fromkeys(("vocero", "\u0440\u0435\u0447\u043d\u0438\u043a", "sprecher"), "spokesman"),
    **dict.fromkeys(("vocera", "\u0440\u0435\u0447\u043d\u0438\u0446\u044f", "sprecherin"), "spokeswoman"),
    "ministerin": "minister",
    **dict.fromkeys(("pr\u00e4sident", "pr\u00e4sidentin"), "president"),
    **dict.fromkeys(("b\u00fcrgermeister", "b\u00fcrgermeisterin"), "mayor"),
    **dict.fromkeys(("botschafter", "botschafterin"), "ambassador"),
    "gouverneur": "governor",
}


def office_in_english(office: str) -> str:
    """`office` as `office_subject` read it, named in English for a note (`alcalde`: `mayor`; `Sprecher`,
    `Kremlsprecher`: `spokesman`; `spokesman`: itself), lower case."""
    folded = _office(office) or office.casefold()
    elsewhere = _OFFICES_ELSEWHERE.get(folded)
    return _OFFICES_IN_ENGLISH.get(folded) or (elsewhere[0] if elsewhere else folded)


# Whose an office is, as other languages write it, in English (`del Cremlino`, `Кремля`: `Kremlin`; `МИД`:
# `Foreign Ministry`): with `_OFFICES_ELSEWHERE`, the small table by which `il portavoce del Cremlino` finds
# the registry alias `Kremlin spokesman`, and `the Kremlin spokesman` the alias `Пресс-секретарь Кремля`.
# Lower case, declined forms listed: a table, not a likeness of spellings.
_BODIES_IN_ENGLISH: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (
            "cremlino",
            "kreml",
            "kremls",
            "\u043a\u0440\u0435\u043c\u043b\u044c",
            "\u043a\u0440\u0435\u043c\u043b\u044f",
            "\u043a\u0440\u0435\u043c\u043b\u044e",
            "\u043a\u0440\u0435\u043c\u043b\u0435\u043c",
            "\u043a\u0440\u0435\u043c\u043b\u0451\u043c",
            "\u043a\u0440\u0435\u043c\u043b\u0435",
            "\u043a\u0440\u0435\u043c\u043b\u0456",
        ),
        ("kremlin",),
    ),
    # Russian's and Ukrainian's foreign ministry, by its letters (`\u041c\u0418\u0414`, `\u041c\u0417\u0421`).
    **dict.fromkeys(("\u043c\u0438\u0434", "\u043c\u0437\u0441"), ("foreign", "ministry")),
    **dict.fromkeys(("exteriores", "\u00e9trang\u00e8res", "esteri", "estrangeiros"), ("foreign",)),
    **dict.fromkeys(
        (
            "ministerio",
            "minist\u00e8re",
            "ministero",
            "minist\u00e9rio",
            "\u043c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u0430",
            "\u043c\u0456\u043d\u0456\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u0430",
        ),
        ("ministry",),
    ),
    **dict.fromkeys(
        (
            "defensa",
            "d\u00e9fense",
            "difesa",
            "defesa",
            "\u043e\u0431\u043e\u0440\u043e\u043d\u044b",
            "\u043e\u0431\u043e\u0440\u043e\u043d\u0438",
            "defense",
        ),
        ("defence",),
    ),
    "defence": ("defense",),
    # The cities an office is of (`Mayor of Kyiv`, `Мэр Харькова`, `Bürgermeister von Charkiw`), as each
    # language writes them: `cities.CITY_SPELLINGS`.
    **{
        spelling: tuple(english.split())
        for english, (genitives, others) in CITY_SPELLINGS.items()
        for spelling in (english, *genitives, *others)
    },
}
# A word of an office's alias or of the passage around it: its letters, an apostrophe or a hyphen inside.
_OFFICE_TEXT_WORD = on_first_use(r"\w+(?:['\u2019-]\w+)*")


def office_words(text: str) -> list[str]:
    """The words of `text` as an office's registry alias and the passage naming it are compared: lower case,
    an office or a body of the tables whole (`пресс-секретарь`, `porte-parole`), any other hyphened word in
    its parts (`Kremlin-backed`: `kremlin`, `backed`)."""
    words: list[str] = []
    for word in _OFFICE_TEXT_WORD().findall(text.casefold()):
        if "-" in word and word not in _OFFICES_ELSEWHERE and word not in _BODIES_IN_ENGLISH:
            words.extend(part for part in word.split("-") if part)
        else:
            words.append(word)
    return words


def office_word_said(word: str, said: Collection[str]) -> bool:
    """Whether the passage's words `said` (each with its `office_word_forms`) say `word` of a registry alias:
    itself, its English or its place's other spelling, or every word of the English a body is (`мид`:
    `foreign` and `ministry` both, not the `ministry` of another)."""
    body = _BODIES_IN_ENGLISH.get(word)
    if word in said or (body is not None and all(part in said for part in body)):
        return True
    return any(form in said for form in (*_OFFICES_ELSEWHERE.get(word, ()), *other_place_spellings(word)))


def office_word_forms(word: str) -> tuple[str, ...]:
    """A word of `office_words` and the English the tables give it (`portavoce`: `spokesman`,
    `spokeswoman`, `spokesperson`; `cremlino`, `кремля`: `kremlin`): each form under which an alias holding
    it is found, and by which the passage's words say it; a Ukrainian place in its other spelling too
    (`kiev`: `kyiv`, as Spanish and Italian still write it beside a registry's `Mayor of Kyiv`)."""
    compound = _german_compound(word)
    # `kremlsprecher`: `sprecher`, its English, and the English of its body (`kremlin`).
    german = (
        (compound[0], *_GERMAN_OFFICES_IN_ENGLISH.get(compound[0], ()), *compound[1])
        if compound is not None
        else ()
    )
    return (
        word,
        *_OFFICES_ELSEWHERE.get(word, ()),
        *_BODIES_IN_ENGLISH.get(word, ()),
        *other_place_spellings(word),
        *german,
    )


def _article_and_office(word: str, previous: str | None) -> str | None:
    """`word` as an office of `_OFFICES_ELSEWHERE` opened by an article (`el portavoz`, `l'ambassadeur`),
    or a Cyrillic one (no article: `пресс-секретарь`) opening the words read or after a lower-case
    adjective; else None."""
    bare = word.strip(_TRIM)
    for elided in ("l'", "l\u2019"):
        if bare.casefold().startswith(elided) and bare[len(elided) :].casefold() in _OFFICES_ELSEWHERE:
            return bare[len(elided) :]
    if bare.casefold() not in _OFFICES_ELSEWHERE:
        return None
    if "\u0400" <= bare[:1] <= "\u04ff":
        return bare if previous is None or previous[:1].islower() or previous in "\u2014\u2013-" else None
    return bare if previous is not None and previous.casefold() in _ARTICLES_ELSEWHERE else None


def _body_alone(words: Sequence[str]) -> bool:
    """Whether the words after an office say only what it is of (`del Kremlin`, `de la Défense`, `de
    Asuntos Exteriores`, `Кремля`, lower-case adjectives), no name: a capital only after a link or
    another capital of the body, never a given name (`del Kremlin Dmitri Peskov`), or a Cyrillic genitive
    (`_whose_office`)."""
    in_body = False
    capitals = 0  # of the body's run: `de Seguridad Nacional` is two, `del Kremlin Dmitri Peskov` a name too
    previous = ""  # the capital before in the run
    for word in words:
        bare = word.strip(_TRIM)
        folded = bare.casefold()
        if not bare[:1].isupper():
            in_body, capitals = folded in _LINKS_ELSEWHERE, 0
            continue
        capitals += 1
        if _a_platform(bare):
            continue  # `a \u00e9crit le porte-parole sur Telegram`: where, not who
        if folded in _GIVEN_NAMES or not (in_body or _whose_office(bare)) or capitals > _MOST_BODY_WORDS:
            return False
        if capitals > 1 and _one_word_body(previous) and _may_name_a_person([bare]):
            return False  # `del Kremlin Peskov`: a name run on after a known body
        previous = bare
    return True


_MOST_BODY_WORDS = 2


def _office_subject_elsewhere(blanked: str, verb: re.Match[str]) -> str | None:
    """The office `_OFFICES_ELSEWHERE` gives as the verb's subject with no name: before it (`El portavoz
    del Kremlin dijo`, `Il portavoce ha scritto`, `Пресс-секретарь Кремля заявил`) or behind it (`«…»,
    escribió el portavoz del Kremlin.`, `«…», — заявил пресс-секретарь Кремля.`), as written; else None. A
    bounded number of words each side: linear."""
    head = blanked[max(0, verb.start() - 120) : verb.start()]
    if head.rstrip()[-1:] not in ",;:.!?\u2014\u2013":
        words = head.split()[-_ROMANCE_OFFICE_WORDS - 2 :]
        while words and words[-1].casefold() in _BEFORE_A_VERB_ELSEWHERE:
            words = words[:-1]
        whole = len(head) < 120
        for at in range(len(words) - 1, -1, -1):
            previous = words[at - 1] if at else None if whole else ""
            office = _article_and_office(words[at], previous)
            if office is not None:
                return office if _body_alone(words[at + 1 :]) else None
            if words[at][-1:] in ",;:.!?":
                break
    tail = blanked[verb.end() : verb.end() + 120]
    clause = re.split(r"[.!?,;:]", tail, maxsplit=1)[0].split()[: _ROMANCE_OFFICE_WORDS + 2]
    for at, word in enumerate(clause[:3]):
        office = _article_and_office(word, clause[at - 1] if at else None)
        if office is not None:
            return office if _body_alone(clause[at + 1 :]) else None
    return None


def _an_office_alone(name: str) -> bool:
    """Whether a name read is one office's word (`Sprecher` of `Der Sprecher schrieb`): no one's name."""
    return " " not in name.strip() and _office(name.strip()) is not None


def office_subject(sentence: str) -> str | None:
    """The office a sentence gives as the subject of its verb of saying with no name (`The spokesman
    wrote:`, `“…,” said the spokesman.`, `Der Sprecher schrieb`), as written; else None. Quotes blanked."""
    blanked = blank_quotes(sentence)
    for verb in _VERB_BEHIND.finditer(blanked):
        before = _OFFICE_SUBJECT_AT_END().search(blanked, max(0, verb.start() - 120), verb.start())
        after = _OFFICE_SUBJECT_AFTER().match(blanked[verb.end() : verb.end() + 120])
        if after is not None and after["next"] is not None and not after["next"].islower():
            after = None  # `said the spokesman Dmitry Peskov`: named
        for found in (before, after):
            if found is not None and _office(found["office"]) is not None:
                return str(found["office"])
        elsewhere = _office_subject_elsewhere(blanked, verb)
        if elsewhere is not None:
            return elsewhere
    return None


def _name_after_an_office_s_body(office: str, following: str) -> str | None:
    """The name after an office of `_OFFICES_ELSEWHERE` and what it is of: set off by commas (`el portavoz
    del Kremlin, Dmitri Peskov,`), or run on after the body (`del Kremlin Dmitri Peskov`:
    `_name_past_an_office_s_body`); None where only the body follows (`el portavoz del Kremlin habló`)."""
    words = following.split(None, _ROMANCE_OFFICE_WORDS + 1)
    lead = 0
    while lead < min(len(words), _ROMANCE_OFFICE_WORDS) and words[lead][:1].islower():
        lead += 1
    if lead == 0:
        return _name_after(following)
    for at in range(lead, min(len(words), lead + _ROMANCE_OFFICE_WORDS)):
        if words[at].endswith(","):
            if _body_alone(words[: at + 1]):
                return _name_after(" ".join(words[at + 1 :]))
            break
    name = _name_after(" ".join(words[lead:]))
    return _name_past_an_office_s_body(f"{office} {' '.join(words[:lead])}", name) if name else None


def _same_office(written: str, office: str) -> bool:
    """Whether the office word `written` is `office` (both as written): itself, or a compound ending in it
    (`Kremlsprecher` for `Sprecher`), or the same office in another language, by the English words the
    tables give each (`Kremlin spokesman` for `пресс-секретарь`, `Sprecher` or `portavoz`; not `spokeswoman`
    for `spokesman`, nor `Sprecher` for `Sprecherin`). An office whose compound names its body
    (`Kremlsprecher`) is that compound alone: a `Regierungssprecher` is another body's."""
    if written.casefold().endswith(office.casefold()):
        return True
    compound = _german_compound(office)
    if compound is not None and compound[0] != office.casefold():
        return False
    # `spokesperson` says nothing of who holds it: alone in common, `Sprecher` met `Sprecherin`.
    return bool((set(office_keys(written)) & set(office_keys(office))) - {"spokesperson"})


def office_holder(text: str, office: str) -> str | None:
    """The name `text` last gives with `office` (see `office_subject`): right after it (`Kremlin spokesman
    Dmitry Peskov`, `Kremlsprecher Dmitri Peskow`) or set before it between commas (`Dmitry Peskov, the
    Kremlin spokesman,`); else None. Word by word, each looked at a bounded distance: linear."""
    key = _office(office)
    for word in reversed(list(_OFFICE_WORD().finditer(text)) if key is not None else []):
        bare = word.group().rstrip(".,;:!?")
        if _office(bare) is None or not _same_office(bare, office):
            continue
        if word.group()[-1:] not in ".!?;:":  # `Ukraine's president, Volodymyr Zelensky,` too
            following = text[word.end() : word.end() + 200]
            if bare.casefold().removeprefix("l'").removeprefix("l\u2019") in _OFFICES_ELSEWHERE:
                after = _name_after_an_office_s_body(bare, following)
            else:
                after = _name_after(following)
            if after is not None and not all(_whose_office(part) for part in after.split()):
                return after  # not a Russian office's body alone: no name
        head = text[max(0, word.start() - 80) : word.start()]
        comma = head.rfind(", ")
        between = head[comma + 2 :].split()
        opening = between[0].casefold() if between else ""
        # `Dmitri Peskov, el portavoz del Kremlin,`: an article of another language opens the office too.
        described = bool(between) and (
            opening in _ARTICLES or opening in _ARTICLES_ELSEWHERE or _is_possessive(between[0])
        )
        if comma > 0 and described and not any(mark in head[comma + 2 :] for mark in ".,;:!?"):
            named = _name_before(head[:comma])
            if named is not None:
                return named
    return None


# A source the writer names between his name and his verb (`Medvedev, citing Peskov, wrote`, `Medvedev,
# according to Peskov, wrote`, Russian's and Ukrainian's `with reference to` and `referring to`, `Medwedew,
# unter Berufung auf Peskow, schrieb`): the words went out in the writer's post, and `locate` searches his
# account, not the source's; so does one he answers or echoes (`Medvedev, responding to Peskov, wrote`).
# Only right after a name's letter (`According to Peskov, Medvedev wrote` opens a
# sentence: the source reports what another wrote). The checks keep both (`relayed_speakers`).
_WRITERS_SOURCE = on_first_use(
    r"(?<=[^\W\d_])(?:,\s|\s)(?:citing|quoting|according\sto|referring\sto|echoing|responding\sto"
    r"|replying\sto|reacting\sto|answering"
    # Russian's `with reference to`, `referring to`; Ukrainian's the same.
    r"|\u0441\u043e\s\u0441\u0441\u044b\u043b\u043a\u043e\u0439\s\u043d\u0430"
    r"|\u0441\u0441\u044b\u043b\u0430\u044f\u0441\u044c\s\u043d\u0430"
    r"|\u0437\s\u043f\u043e\u0441\u0438\u043b\u0430\u043d\u043d\u044f\u043c\s\u043d\u0430"
    r"|\u043f\u043e\u0441\u0438\u043b\u0430\u044e\u0447\u0438\u0441\u044c\s\u043d\u0430"
    r"|unter\sBerufung\sauf|mit\sVerweis\sauf)\s",
    re.IGNORECASE,
)
# A cited source's words (`Kremlin spokesman Dmitry Peskov`), each without a stop or a quote mark.
_SOURCE_WORD = on_first_use(r"[^\s,;:.!?\"\u201c\u201d\u201e\u00ab\u00bb]{1,60}")
_SOURCE_WORDS = 6


def _without_writers_source(sentence: str) -> str:
    """`sentence` without a source named between the writer and his verb (`_WRITERS_SOURCE`): up to
    `_SOURCE_WORDS` words, a comma perhaps, then a verb of saying. Each opening scans a bounded run:
    linear."""
    for opening in _WRITERS_SOURCE().finditer(sentence):
        at = opening.end()
        for _ in range(_SOURCE_WORDS):
            word = _SOURCE_WORD().match(sentence, at)
            if word is None:
                break
            at = word.end()
            after = at + 1 if sentence.startswith(",", at) else at
            after += len(sentence[after : after + 2]) - len(sentence[after : after + 2].lstrip())
            if after > at and _VERB_BEHIND.match(sentence, after) is not None:
                return f"{sentence[: opening.start()]} {sentence[after:]}"
            at = after
    return sentence


# Who the writer names as his source (`citing`, `quoting`, `ссылаясь на`, `посилаючись на`, `unter Berufung
# auf`): the writer posted, whatever his verb, wherever the phrase stands (`Medvedev wrote, citing Peskov:`,
# `Medvedev, citing Peskov, wrote`, `Медведев написал, ссылаясь на Пескова:`).
_CITES = (
    r"citing|quoting|referring\sto"
    r"|\u0441\u043e\s\u0441\u0441\u044b\u043b\u043a\u043e\u0439\s\u043d\u0430"
    r"|\u0441\u0441\u044b\u043b\u0430\u044f\u0441\u044c\s\u043d\u0430"
    r"|\u0437\s\u043f\u043e\u0441\u0438\u043b\u0430\u043d\u043d\u044f\u043c\s\u043d\u0430"
    r"|\u043f\u043e\u0441\u0438\u043b\u0430\u044e\u0447\u0438\u0441\u044c\s\u043d\u0430"
    r"|unter\sBerufung\sauf|mit\sVerweis\sauf"
)
# Who reports what the writer wrote (`According to Peskov, Medvedev wrote`, `Medvedev wrote, according to
# Peskov, that`, `По словам Пескова, Медведев написал`, `Як повідомив Пєсков, Медведєв написав`): the writer
# posted the words only where his verb says he wrote them (`wrote`, `posted`, `написал`), not `said`, which
# may have been anywhere, the reporter's post the one the note cites.
_REPORTS = (
    r"according\sto|as\sreported\sby"
    r"|\u043f\u043e\s\u0441\u043b\u043e\u0432\u0430\u043c|\u043f\u043e\s\u0434\u0430\u043d\u043d\u044b\u043c"
    r"|\u0437\u0430\s\u0441\u043b\u043e\u0432\u0430\u043c\u0438|\u0437\u0430\s\u0434\u0430\u043d\u0438\u043c\u0438"
    r"|\u043a\u0430\u043a\s\u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0430?"
    r"|\u044f\u043a\s\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u0438\u0432|\u044f\u043a\s\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u0438\u043b\u0430"
    r"|laut|zufolge"
)
_SOURCE_NAMED = on_first_use(rf"(?<!\w)(?:(?P<cites>{_CITES})|(?P<reports>{_REPORTS}))\s", re.IGNORECASE)
# A verb saying the writer wrote a post himself (not `said`): `wrote`, `posted`, `tweeted`, `написал`,
# `написав`, `опубликовал`, `опублікував`, `пишет`, `пише`, `schrieb`, `postete`.
_WROTE = on_first_use(
    r"(?<!\w)(?:wrote|writes|posted|posts|tweeted|tweets|published"
    r"|\u043d\u0430\u043f\u0438\u0441\u0430\u043b\u0430?|\u043d\u0430\u043f\u0438\u0441\u0430\u0432"
    r"|\u043f\u0438\u0448\u0435\u0442|\u043f\u0438\u0448\u0435"
    r"|\u043e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u043b\u0430?"
    r"|\u043e\u043f\u0443\u0431\u043b\u0456\u043a\u0443\u0432\u0430\u0432"
    r"|\u043e\u043f\u0443\u0431\u043b\u0456\u043a\u0443\u0432\u0430\u043b\u0430|schrieb|postete)(?!\w)",
    re.IGNORECASE,
)
# Where the clause naming the source ends: a stop, a dash, or `that`, `что`, `що` (each a literal: linear).
_CLAUSE_END = on_first_use(r"[,;:.!?\u2014]| that | \u0447\u0442\u043e | \u0449\u043e ")
# Characters after the phrase the source's name is looked for in: an office and a name (`citing Kremlin
# spokesman Dmitry Peskov`), up to the clause's end.
_SOURCE_LOOK = 120
# How far back from the quote the words leading into it are read for a source named.
_LEAD_IN_LOOK = 400
# Endings after `на` (accusative) and `словам`, `даними` (genitive) alike for a man's name: read back to the
# nominative as `по словам`'s are. `як повідомив`, `как сообщил`, `laut`, `according to` take the nominative
# (German's dative is the nominative for most names).
_DECLINED_AFTER = frozenset(
    (
        "\u043d\u0430",
        "\u0441\u043b\u043e\u0432\u0430\u043c",
        "\u0434\u0430\u043d\u043d\u044b\u043c",
        "\u0441\u043b\u043e\u0432\u0430\u043c\u0438",
        "\u0434\u0430\u043d\u0438\u043c\u0438",
    )
)


def writers_sources(text: str, quotes: Sequence[str], named: Sequence[Speaker]) -> tuple[Speaker, ...]:
    """`named` (the speakers read for `quotes`), where a sentence leading into a quote names the writer's
    source: that one marked `cited` (searched, weighed below the writer), and added where not read at all.

    `Medvedev wrote, citing Peskov: “…”` and `Medvedev, citing Peskov, wrote` name Medvedev as who posted,
    Peskov as whom he cites; `According to Peskov, Medvedev wrote` names Medvedev as who posted, Peskov as
    who reported it. Either way Peskov's post may hold the words (the original Medvedev cites, a relay of
    Medvedev's), so his account is searched too, but the writer's post is the one the note cites: a post
    of Peskov's ranks below one of Medvedev's holding the words alike. Nothing is marked where no one else
    is named as the writer (`According to Peskov, “…”`: Peskov's words). Bounded reads around each quote:
    linear."""
    marked = list(named)
    if _SOURCE_NAMED().search(text) is None:
        return tuple(marked)  # most passages: one scan, no sentences split again
    for quote in quotes:
        wanted = _squash(quote).strip(_TRIM + " ")
        for sentence, at in _quote_sentence(text, wanted) if wanted else ():
            head = blank_quotes(sentence[max(0, at - _LEAD_IN_LOOK) : at])
            for opening in _SOURCE_NAMED().finditer(head):
                if opening.group("reports") and _WROTE().search(head) is None:
                    continue
                marked = _marked_as_cited(marked, head, opening)
    return tuple(marked)


def _marked_as_cited(named: list[Speaker], head: str, opening: re.Match[str]) -> list[Speaker]:
    """`named` with the one the phrase `opening` names marked `cited`, when another of `named` is the writer
    (named outside that phrase)."""
    clause = _CLAUSE_END().split(head[opening.end() : opening.end() + _SOURCE_LOOK], maxsplit=1)[0]
    elsewhere = head[: opening.start()] + " " + head[opening.end() + len(clause) :]
    inside = [speaker for speaker in named if speaker.name in clause]
    writers = [
        speaker
        for speaker in named
        if speaker.source != "cited" and speaker not in inside and speaker.name in elsewhere
    ]
    if not writers:
        return named
    writer = writers[0].name
    phrase = " ".join(opening.group().split())
    if inside:
        cited = inside[0]
    else:
        after_declining = phrase.rsplit(" ", 1)[-1].lower() in _DECLINED_AFTER
        # `ссылаясь на пресс-секретаря Кремля Дмитрия Пескова`: the office before the name, declined as it is.
        name = _name_after(_after_genitive_titles(clause) if after_declining else clause)
        if name is None or name in writer or (after_declining and _only_whose_office(name)):
            return named  # `ссылаясь на пресс-секретаря Кремля`: an office alone, no one named
        declined = after_declining and main_script(name) == "CYRILLIC"
        cited = Speaker(name, "cited", genitive=declined)
    how = (
        "the source " + writer + " cites"
        if opening.group("cites")
        else "who reported what " + writer + " wrote"
    )
    marked = dataclasses.replace(cited, source="cited", role=f"{CITED_SOURCE}{how} ('{phrase} {cited.name}')")
    return [marked if speaker is cited else speaker for speaker in named] + ([] if inside else [marked])


# The role of a name the writer cites, or who reported what he wrote (`writers_sources`), then which.
CITED_SOURCE = "not the writer: "


def _listed_in(sentence: str, quotes: Sequence[str]) -> Iterator[Speaker]:
    """The speakers a list of names in `sentence` gives each of `quotes` standing in it to (`_listed_at`)."""
    for quote in quotes:
        wanted = _squash(quote).strip(_TRIM + " ")
        at = _quote_at(sentence, wanted[:40]) if wanted else -1
        if at >= 0:
            yield from _listed_at(sentence, at, wanted)


# Who the sentence leading into a quote says did not say it: a far negation before the name (`At no point did
# Rybar write that`, `Nowhere does Rybar claim`, `Нигде Рыбарь не писал`), one after it (`Rybar never once
# posted`, `Rybar did not write`, `Рыбарь никогда не писал`, `Rybar schrieb das nicht:`), or the one set
# against the speaker (`Medvedev, not Rybar, wrote`, `Nicht Rybar, sondern Dva Mayora schrieb`). Each
# anchored at the end of the words before the quote, bounded: linear.
_SAYING_FORMS = (
    r"write|wrote|written|say|said|post|posted|claim|claimed|tweet|tweeted|publish|published|state|stated"
    r"|писал|писала|написал|написала|заявлял|заявляла|заявил|заявила|публиковал|опубликовал|писав|написав"
    r"|заявляв|заявив|сказал|сказала|сообщал|сообщил|говорил|казав|сказав|schrieb|sagte|behauptete|postete"
)
_DISOWNED_NAME = r"(?P<name>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,3}?)"
_DISOWNING_END = r"(?:,?\s(?:that|что|що|dass))?[,:]?$"
_DISOWNING = (
    LazyPattern(
        r"(?:^|[,;]\s)(?:[Aa]t\sno\s(?:point|time)|[Nn]owhere|[Nn]ever|[Nn]ot\sonce)\s(?:did|does|has|had)\s"
        rf"{_DISOWNED_NAME}\s(?:ever\s)?(?:{_SAYING_FORMS}){_DISOWNING_END}"
    ),
    LazyPattern(
        rf"(?:^|[,;]\s)(?:Нигде|Никогда|Ніде|Ніколи)\s{_DISOWNED_NAME}\s\u043d\u0435\s(?:{_SAYING_FORMS})"
        + _DISOWNING_END
    ),
    LazyPattern(
        rf"(?:^|[,;]\s){_DISOWNED_NAME}\s(?:(?:has|had|have|did|does)\s)?(?:never|not|didn['\u2019]t|hasn['\u2019]t"
        r"|doesn['\u2019]t|at\sno\spoint|nowhere|нигде\s\u043d\u0435|никогда\s\u043d\u0435"
        r"|ни\s\u0440\u0430\u0437\u0443\s\u043d\u0435|ніде\s\u043d\u0435|ніколи\s\u043d\u0435|\u043d\u0435)"
        rf"\s(?:(?:once|ever|actually|even|really)\s)?(?:{_SAYING_FORMS}){_DISOWNING_END}"
    ),
    LazyPattern(
        rf"(?:^|[,;]\s){_DISOWNED_NAME}\s(?:schrieb|sagte|behauptete|postete)\s(?:(?:das|dies|so)\s)?"
        rf"(?:nicht|nie|niemals){_DISOWNING_END}"
    ),
)


def disowning_speakers(text: str, quote: str) -> tuple[Speaker, ...]:
    """Who the passage `text` says did not say `quote`, in the sentence that leads into it (`_DISOWNING`;
    `Medvedev, not Rybar, wrote`: `CONTRAST_AT_END`): a post of theirs holding the words does not confirm
    them, nor the author. Each named whole; () when none is."""
    wanted = _squash(quote).strip(_TRIM + " ")
    for sentence, at in _quote_sentence(text, wanted):
        head = sentence[max(0, at - _LOOK) : at].rstrip(_QUOTE_MARKS + "\u201e\u2018' ")
        names = [found["name"] for pattern in _DISOWNING if (found := pattern.search(head)) is not None]
        contrast = _CONTRASTED_AT_VERB.search(head)
        if contrast is not None:
            names.append(contrast["name"])
        rather = _GERMAN_NOT_BUT().match(head)
        if rather is not None:
            names.append(rather["not"])
        wholes = [name for name in (_whole_name(named) for named in names) if name is not None]
        return _unique(_as_account(Speaker(name, "subject")) for name in wholes)
    return ()


# `Medvedev, not Rybar, wrote`, and in Russian and Ukrainian: the one set against the verb's subject.
_CONTRASTED_AT_VERB = LazyPattern(
    r",\s(?:(?:and|but)\s)?(?:not|rather\sthan|instead\sof|nicht|pas|(?:\u0430\s)?\u043d\u0435)"
    rf"\s(?P<name>[^,;:.!?()\"\u201c\u201d\u00ab\u00bb]{{1,60}}),\s(?:(?:also|later|then)\s)?(?:{_SAYING_FORMS})"
    r"(?:\s(?:on\s[A-Z][a-z]{1,20}|that|что|що))?[,:]?$"
)


def quote_speaker(text: str, quote: str, cited: frozenset[str] = frozenset()) -> Speaker | None:
    """Whom a passage gives `quote` to, when it says so plainly (`_quote_speaker`); a handle read as the
    name (`@rybar wrote “…”`, `According to @rybar's post, “…”`) is that account's (`Speaker.handle`), as
    `@rybar: “…”` is. A name only a credit gives, which may be a place (`(via Bakhmut)`), is said so
    (`Speaker.credit_only`): a check still compares it with the post's author (a person then looks), where
    `locate` searches it only as a name the registry holds."""
    speaker = _quote_speaker(text, quote, cited)
    if speaker is not None and _an_office_alone(speaker.name):
        return None  # `Der Sprecher schrieb`: German capitalises the office as it does a name
    return _as_account(speaker) if speaker is not None else None


def _quote_speaker(text: str, quote: str, cited: frozenset[str]) -> Speaker | None:
    """Whom a passage gives `quote` to, when it says so plainly: the speaker of the attribution verb that
    leads into the quote (`Dmitry Medvedev wrote on Telegram: “…”`, `Peskov told reporters “…”`), of the verb
    right behind it (`“…,” said Dmitry Medvedev`, `“…,” Medvedev wrote`), else the one account owner or source
    its sentence names (`According to Rybar's Telegram channel, “…”`, `По словам Дмитрия Медведева, «…»`: a
    name in the genitive, `Speaker.genitive`).

    A check relies on it, so it answers only where a reader would not hesitate: None for a verb whose
    subject is not a name (`X replied to Y, who wrote “…”`), a verb far from the quote or with another name
    between them (`“A,” said X, “B”` leaves `B` unread), a name that ends a longer one (`the Institute for
    the Study of War said`), a sentence naming several sources, or a list of speakers, with or without a
    conjunction (`Rybar, Two Majors, WarGonzo claimed`, `“…,” said Rybar and WarGonzo`).

    `cited`: the keys (`names.speaker_key`) of the names the report cites as its sources' authors and
    accounts (`names.cited_speaker_keys`), each a speaker's even alone before a colon (`Rybar: “…”`) or in
    a credit (`“…” (Rybar)`), which a word of no account's shape is not otherwise (`Russia: “…”`).
    """
    wanted = _squash(quote).strip(_TRIM + " ")
    for sentence, at in _quote_sentence(text, wanted):
        head = sentence[max(0, at - _LOOK) : at].rstrip(_QUOTE_MARKS + "\u2018' ")  # up to its opening mark
        if _names_the_quote(head, wanted):
            return _poster_of_titled(head)
        titling = (
            _poster_titling(head)
            or _poster_of_a_post_saying(head)
            or _told_by_unnamed(head)
            or _writing_after_a_clause(head)
            or _took_to(head)
            or _said_in_a_post_of(head)
            or _as_or_according_to_a_channel(head)
        )
        if titling is not None:
            return titling
        arabic = _arabic_quote_speaker(head)
        if arabic is not None:
            return arabic
        head = _infinitive_as_past(head)
        verbs = list(_VERB.finditer(head))
        while len(verbs) > 1 and _posted_participle(head, verbs[-1]):
            verbs.pop()  # `Rybar said in a video posted on Telegram that`: `posted` is the video's
        if verbs and _leads_into_quote(head[verbs[-1].end() :], verbs[-1].group()):
            lead_in = head[verbs[-1].end() :].rstrip()
            if verbs[-1].group() in _DENYING_LEAD and lead_in.strip(" ,") and not lead_in.endswith(":"):
                # `Rybar denied writing “…”`: what he denied, not his words (`denied it: “…”` are).
                return None
            if _NEGATED_LEAD_IN.match(lead_in):
                return None  # `Rybar wrote no such thing as “…”`, `said nothing about “…”`: not his words
            in_channel = _IN_CHANNEL().search(head[max(0, verbs[-1].start() - 120) : verbs[-1].start()])
            if in_channel is not None and _is_plural(verbs[-1].group()):
                return Speaker(in_channel["name"].strip(), "subject")  # `в канале «Рыбарь» написали: «…»`
            speaker = _speaker_of(head, verbs[-1]) or _spokesman_of(head[: verbs[-1].start()], cited)
            if speaker is not None and speaker.role in ("As", "as"):
                speaker = dataclasses.replace(speaker, role=None)  # `As Rybar wrote,`: no office
            if speaker is None and (cleft := _CLEFT.search(head[-200:])) is not None:
                named = _whole_name(cleft["name"])  # `It was Medvedev who wrote “…”`
                return Speaker(named, "subject") if named is not None else None
            if speaker is None or _not_alone(head, verbs[-1], speaker):
                # `A post on Rybar's channel said`: its `on` read as a place running into the name.
                return _post_in_owners_account(head)
            return speaker
        passive = _passive_speaker(head)
        if passive is not None:
            return passive
        claimed = _owner_of_claim(head, cited) if not verbs else None
        if claimed is not None:
            return claimed
        as_written = _AS_WRITTEN_BY().match(head) if verbs else None
        if as_written is not None and _VERB.fullmatch(as_written["verb"]):
            name = _name_past_office(as_written["name"])
            if name is not None:
                return Speaker(name, "inverted")
        german = _german_speaker(sentence[:at]) if at <= _LOOK and not verbs else None
        if german is not None:
            return german
        label, hat_tip = _past_credit_opening(head) if not verbs else (head, False)
        placed = _speaker_at_place(label) if at <= _LOOK and not verbs and not hat_tip else None
        if placed is not None:
            return placed
        labelled = (
            _speaker_labelling(label, text, cited) if at <= _LOOK and not verbs and not hat_tip else None
        )
        if labelled is not None:
            return labelled
        end = sentence.find(wanted, at)
        if end >= 0:
            behind = _speaker_behind(sentence[end + len(wanted) : end + len(wanted) + _LOOK])
            if behind is None:
                behind = _passive_speaker_behind(sentence[end + len(wanted) : end + len(wanted) + _LOOK])
            if behind is not None:
                return behind
            impersonal = _said_in_a_post_of_behind(sentence[end + len(wanted) : end + len(wanted) + 160])
            if impersonal is not None:
                return impersonal
            signed = _speaker_signing(
                sentence[end + len(wanted) : end + len(wanted) + _LOOK], text, sentence, cited
            )
            if signed is not None:
                return signed
            closed = not sentence[end + len(wanted) :].strip(_QUOTE_MARKS + "\u2018\u2019' .!?\u2026")
            after = _speaker_of_next(text, sentence) if closed and not head.strip() else None
            if after is not None:
                return after
        if _NEGATED_SAYING.search(head) is not None:
            # `According to Rybar, Medvedev did not write: “…”`, `По данным Рыбаря, Медведев не писал:`: the
            # source reports who did not say the words; they are not the source's either.
            return None
        # A source named after the sentence's verb is the verb's, not the speaker's: `Zelensky responded to
        # Medvedev's Telegram post, writing “…”`, `Peskov responded, according to TASS: “…”`.
        first_verb = _VERB.search(_REPORTED_BY().sub("xxxxxxxx", blank_quotes(sentence)))
        scope = sentence[: first_verb.start()] if first_verb else sentence
        sources = _unique(
            [
                *_post_by_speakers(scope),
                *_possessive_speakers(scope),
                *_according_to_speakers(scope),
                *_slavic_according_to_speakers(scope),
            ]
        )
        return sources[0] if len(sources) == 1 and not _sources_listed(scope) else None
    return None


# A verb of saying negated (`did not write`, `never said`, `не писал`, `n'a pas écrit`, `no escribió`):
# whoever its subject, the sentence says they did not say the words. Bounded alternatives: linear.
_NEGATED_SAYING = LazyPattern(
    r"(?:\bnot|\bnever|n['\u2019]t)\s(?:(?:once|ever|actually|even|really|yet)\s)?(?:write|wrote|written|say"
    r"|said|post|posted|claim|claimed|tweet|tweeted|publish|published|state|stated)\b"
    r"|(?<!\w)(?:\u043d\u0435|\u043d\u0438\s\u0440\u0430\u0437\u0443\s\u043d\u0435|никогда\s\u043d\u0435"
    r"|нигде\s\u043d\u0435|ніколи\s\u043d\u0435|ніде\s\u043d\u0435)\s(?:писал|писала|написал|написала"
    r"|заявлял|заявляла|заявил|заявила|говорил|говорила|сказал|сказала|публиковал|опубликовал|писав|написав"
    r"|заявляв|заявив|казав|сказав|опублікував)(?!\w)"
    r"|n['\u2019](?:a|avait)\s(?:pas|jamais)\s(?:écrit|dit|déclaré|publié|affirmé)"
    r"|(?<!\w)(?:no|nunca)\s(?:escribió|dijo|publicó|afirmó|declaró)(?!\w)",
    re.IGNORECASE,
)
# Verbs of denying that lead into the words denied when a word stands between (`denied writing`, `denied
# that`), and of mocking into the words mocked (`Rybar mocked Medvedev's claim that “…”`, `scoffed at the
# idea that`; `Rybar mocked Medvedev: “…”` are his own).
_DENYING_LEAD = frozenset(
    ("denied", "denies", "rejected", "disputed", "mocked", "scoffed", "sneered", "taunted", "lashed out")
)


# A post's noun right before a participle of posting (`in a video posted on Telegram`, `a statement published
# on its channel`): the participle says where the post went, no verb of the sentence.
_POST_NOUN_AT_END = on_first_use(
    r"(?<![^\W_])(?:a|an|the|his|her|its|their)\s(?:[a-z-]{1,20}\s)?"
    r"(?:video|post|statement|message|clip|recording|interview|address|update|thread|note)\s$"
)
_POSTED_PARTICIPLES = frozenset(("posted", "published", "shared", "released", "uploaded", "broadcast"))


def _posted_participle(head: str, verb: re.Match[str]) -> bool:
    """Whether `verb` is a participle saying where a post went (`in a video posted on Telegram`), not the
    sentence's verb (`Medvedev's post said` keeps its verb)."""
    if verb.group() not in _POSTED_PARTICIPLES:
        return False
    return _POST_NOUN_AT_END().search(head, max(0, verb.start() - 40), verb.start()) is not None


# `Rybar later deleted a post claiming “…”`, `Rybar deleted a post that said`, `Rybar posted, then deleted, a
# message saying`: the post's words are its poster's. A name, a verb of posting or deleting, a post's noun and
# a word saying what it said; bounded words: linear.
_POST_SAYING = LazyPattern(
    r"(?:^|,\s)(?P<name>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,4}?)\s(?:(?:later|since|then|quickly|also|has|had"
    r"|soon|afterwards)\s){0,2}(?:deleted|removed|edited|posted|published|shared|pinned|issued)(?:,\s(?:then|and"
    r"\slater|later)\s(?:deleted|removed|edited),)?\s(?:an?|the|its|his|her|their|this)\s(?:[a-z-]{1,20}\s){0,2}"
    r"(?:post|message|tweet|statement|update|note)(?:\son\s[A-Z]?[a-z]{1,20})?,?\s(?:claiming|saying|stating"
    r"|asserting|announcing|warning|reading|(?:that|which)\s(?:said|read|claimed|stated|warned))(?:\sthat)?[,:]?$"
)


def _poster_of_a_post_saying(head: str) -> Speaker | None:
    """The one who posted (or deleted) the post the sentence says held the quote (`Rybar later deleted a post
    claiming “…”`: `_POST_SAYING`); None for a post of no one named (`A channel deleted a post saying`)."""
    found = _POST_SAYING.search(head)
    if found is None:
        return None
    name = _whole_name(found["name"])
    return Speaker(name, "subject") if name is not None else None


# `Sources told Rybar that “…”`, `A source in the military told Rybar:`, `Two unnamed officials told
# WarGonzo`: the one told, named, reported the words; sources unnamed cannot have posted them. Bounded words:
# linear.
_UNNAMED_SOURCES = (
    r"(?:(?:an?|one|two|three|several|many|its|his|her|their|unnamed|anonymous|military|local|senior|other)\s){0,3}"
    r"(?:sources?|officials?|insiders?|contacts?|informants?|soldiers?|servicemen|residents?|people|someone)"
)
_TOLD_BY_UNNAMED = LazyPattern(
    rf"(?:^|,\s)(?i:{_UNNAMED_SOURCES})(?:\s(?:in|within|from|close\sto|among|at|on)\s(?:the\s)?"
    r"(?:[A-Za-z-]{1,30}\s){0,3}?[A-Za-z-]{1,30})?\s(?:have\s|had\s|also\s)?told\s"
    r"(?P<name>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,4}?)(?:\s(?:that|on\s[A-Z]?[a-z]{1,20}))?[,:]?$"
)


def _told_by_unnamed(head: str) -> Speaker | None:
    """The one unnamed sources told the quoted words (`Sources told Rybar that “…”`): they reported them."""
    found = _TOLD_BY_UNNAMED.search(head)
    if found is None:
        return None
    name = _whole_name(found["name"])
    return Speaker(name, "subject") if name is not None else None


# `Rybar doubled down, writing: “…”`, `Rybar mocked the claim, saying`: the subject of a clause of lower-case
# words goes on to write the words. Not `Rybar echoed Medvedev, writing` (another named: `quote` and
# `relayed_speakers` may read it). Bounded words: linear.
_CLAUSE_WORD = rf"(?:[a-z][a-z'-]{{0,20}}|{'|'.join(WEEKDAYS)})"  # `hit back on Monday, saying`
_WRITING_AFTER_A_CLAUSE = LazyPattern(
    rf"^(?P<name>[^\s,;:]{{1,60}}(?:\s[^\s,;:]{{1,60}}){{0,3}}?)\s(?:{_CLAUSE_WORD}\s){{0,5}}{_CLAUSE_WORD},"
    r"\s(?:writing|saying|adding|claiming|posting|declaring|noting|stating|warning|insisting)"
    r"(?:\s(?:that|on\s[A-Z]?[a-z]{1,20}))?[,:]?$"
)


def _writing_after_a_clause(head: str) -> Speaker | None:
    """The subject of a sentence's clause of lower-case words that goes on to write the quote (`Rybar
    doubled down, writing: “…”`: `_WRITING_AFTER_A_CLAUSE`)."""
    found = _WRITING_AFTER_A_CLAUSE.match(head)
    if found is None:
        return None
    name = _whole_name(found["name"])
    return Speaker(name, "subject") if name is not None and _is_name_word(name.split()[0]) else None


# `Dmitry Medvedev took to Telegram to write: “…”`, `Medvedev took to Telegram, writing:`, `took to X on
# Monday to say that`: news style's posting. Bounded words: linear.
_TOOK_TO = LazyPattern(
    r"(?:^|,\s)(?P<name>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,6}?)\s(?:(?:later|then|also|again|quickly)\s)?"
    r"took\sto\s(?:(?:his|her|its|their)\s)?(?:[A-Z][\w-]{0,20}|social\smedia|(?:[a-z]{1,20}\s)?channel)"
    r"(?:\s(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"(?:\sto\s(?:write|say|claim|declare|post|announce|warn|insist)|,\s(?:writing|saying|claiming|declaring|posting"
    r"|warning))(?:\sthat)?[,:]?$"
)


def _took_to(head: str) -> Speaker | None:
    """The one who took to a platform to write the quote (`Medvedev took to Telegram to write: “…”`)."""
    found = _TOOK_TO.search(head)
    if found is None:
        return None
    words = _split_descriptors(found["name"].split())[1]  # `Former Russian president Dmitry Medvedev`
    name = _whole_name(" ".join(words)) if words else None
    return Speaker(name, "subject") if name is not None else None


# `\u0412 посте Рыбаря говорится: «…»`, `«…», — говорится в посте Рыбаря`, `\u0423 дописі Рибара йдеться:`,
# `Im Beitrag von Rybar heißt es:`: the words are what the owner's post says, impersonally. Bounded: linear.
_IN = "(?:[\u0412\u0432]\u043e?|[\u0423\u0443])"  # the prepositions
_OWNERS_POST_NOUNS = (
    "посте|сообщении|заявлении|публикации|канале|телеграм-канале|Telegram-канале|блоге|дописі|повідомленні"
    "|заяві|публікації|каналі|телеграм-каналі"
)
_IMPERSONAL_SAYING = "говорится|сказано|отмечается|утверждается|пишется|йдеться|сказано|зазначається|пишеться"
_SAID_IN_A_POST_OF = LazyPattern(
    rf"^{_IN}\s(?:(?:своём|новом|последнем|новому|останньому)\s)?(?:{_OWNERS_POST_NOUNS})"
    rf"\s(?P<name>[^\s,;:]{{1,60}}(?:\s[^\s,;:]{{1,60}}){{0,2}})\s(?:{_IMPERSONAL_SAYING})[,:]?$"
    r"|^Im\s(?:Beitrag|Post|Kanal|Telegram-Kanal|Tweet)\svon\s(?P<von>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,2})"
    r"\sheißt\ses[,:]?$"
)
_SAID_IN_A_POST_OF_BEHIND = LazyPattern(
    rf"^[\s,.\"\u00bb\u201c\u201d]{{0,4}}[\u2014\u2013-]?\s?(?:{_IMPERSONAL_SAYING})\s{_IN}\s"
    rf"(?:{_OWNERS_POST_NOUNS})\s(?P<name>[^\s,;:.]{{1,60}}(?:\s[^\s,;:.]{{1,60}}){{0,2}})[.;]?(?:\s|$)"
)


def _said_in_a_post_of(head: str) -> Speaker | None:
    """The owner of the post whose words the sentence gives impersonally (`\u0432 посте Рыбаря
    говорится:`)."""
    found = _SAID_IN_A_POST_OF.match(head.rstrip("\u201e\u201a "))
    if found is None:
        return None
    name = _whole_name(found["name"] or found["von"])
    return Speaker(name, "subject", genitive=found["name"] is not None) if name is not None else None


def _said_in_a_post_of_behind(rest: str) -> Speaker | None:
    """The same said after the quote (`«…», — говорится в посте Рыбаря.`)."""
    found = _SAID_IN_A_POST_OF_BEHIND.match(rest)
    if found is None:
        return None
    name = _whole_name(found["name"])
    return Speaker(name, "subject", genitive=True) if name is not None else None


# `Wie Rybar schrieb, „…“`, `Wie der Kanal Rybar schrieb:`, `Selon la chaîne Telegram Rybar, « … »`, `D'après
# le blogueur Rybar`: German's `as` puts its verb last, and a channel's noun stood before the name. Anchored
# at the sentence's opening: bounded, linear.
_AS_OR_ACCORDING_TO_A_CHANNEL = LazyPattern(
    r"^(?:(?:Wie|So)\s(?:(?:der|die)\s(?:Kanal|Telegram-Kanal|Blogger|Militärblogger|Bloggerin)\s)?"
    r"(?P<wie>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,2}?)\s(?:auf\sTelegram\s)?(?:schrieb|schreibt|erklärte"
    r"|behauptete|sagte|postete|meldete|berichtete|verkündete)"
    r"|(?:Selon|D['\u2019]apr\u00e8s)\s(?:la\scha\u00eene\s(?:Telegram\s)?|le\scanal\s(?:Telegram\s)?|le\sblogueur\s"
    r"|le\scompte\s)(?P<selon>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,2}))\s?[,:]?$"
)


def _as_or_according_to_a_channel(head: str) -> Speaker | None:
    """The speaker of German's `Wie Rybar schrieb,` and French's `Selon la chaîne Telegram Rybar,`."""
    found = _AS_OR_ACCORDING_TO_A_CHANNEL.match(head.rstrip("\u201e\u201a\u00ab "))
    if found is None:
        return None
    name = _whole_name(found["wie"] or found["selon"])
    return Speaker(name, "inverted") if name is not None else None


# `A Rybar spokesman said`, `a WarGonzo representative told reporters`: the one who speaks for an account,
# named right before the word, as it. Anchored at the verb: bounded, linear.
_SPOKESMAN_BEFORE = on_first_use(
    r"(?:^|,\s)[Aa]n?\s(?P<name>[^\s,;:]{1,60})\s(?:spokesman|spokeswoman|spokesperson|representative)\s?$"
)


def _spokesman_of(before: str, cited: frozenset[str]) -> Speaker | None:
    """The account whose spokesman the words before a verb name (`A Rybar spokesman` said), where the name is
    written as an account's (`WarGonzo`) or the report cites it (`quote_speaker`'s `cited`): a spokesman is
    most often an organisation's, which goes by another name on its channel (`A Wagner spokesman`), or a
    person's, who posts as themselves (`A Medvedev spokesman`, as `Putin's spokesman`)."""
    found = _SPOKESMAN_BEFORE().search(before)
    if found is None:
        return None
    name = found["name"]
    if _ACCOUNT_SHAPED().match(name) is None and not (cited and speaker_key(name) in cited):
        return None
    folded = name.casefold()
    if _SLAVIC_FAMILY_NAME().search(folded) is not None or folded in _GIVEN_NAMES:
        return None  # a person's spokesman speaks as themselves
    return Speaker(name, "subject")


# `Rybar quoted Gladkov: “…”`, `Rybar reposted Gladkov's statement:`, `@rybar cited Gladkov as saying`,
# `Рыбарь процитировал Медведева:`, `Рибар процитував Медведєва:`: one account passing on another's words,
# each named whole (the one quoted in Russian's and Ukrainian's accusative, read back as the genitive is).
# Bounded, anchored at the quote's lead-in: linear.
_SLAVIC_QUOTING = (
    "процитировал|процитировала|процитировали|цитирует|цитируют|цитировал|цитировала|процитував|процитувала"
    "|процитували|цитує|цитують|цитував|цитувала|репостнул|репостнула|репостнув"
)
# And these, only before what of the speaker's they pass on (`Рыбарь привёл слова Медведева:`, `Рыбарь
# переслал пост Медведева:`, `Рибар переслав допис Медведєва:`): before a name alone it is in the dative, told
# to them (`Рыбарь передал Медведеву:`), the words the writer's own.
_SLAVIC_PASSING_ON = (
    "привёл|привел|привела|приводит|передаёт|передает|передал|передала|переслал|переслала|навів|навела"
    "|наводить|передав|передає|переслав"
)
# What of the speaker's such a verb passes on, before the name in the genitive (`слова Медведева`).
_SLAVIC_RELAYED_WORDS = frozenset(
    ("слова", "пост", "сообщение", "заявление", "запись", "допис", "повідомлення", "заяву", "слів", "цитату")
)
_NAME_WORDS = r"[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,4}"
_RELAYED = on_first_use(
    rf"(?:^|,\s)(?P<relayer>{_NAME_WORDS})\s(?:(?:also|later|then)\s)?(?:quoted|cited|reposted|forwarded"
    rf"|shared|relayed|repeated|amplified|republished|retweeted|reshared|quote-tweeted|boosted"
    rf"|(?P<slavic>{_SLAVIC_QUOTING})|(?P<passing>{_SLAVIC_PASSING_ON}))"
    rf"\s(?P<speaker>{_NAME_WORDS})"
    r"[,:]?$"
)
# `Medvedev said, as reported by Rybar, that “…”`, `Gladkov wrote, according to Rybar:`: the speaker's words
# as another passed them on, each named whole. Bounded, anchored at the quote's lead-in: linear.
_RELAYED_BY = on_first_use(
    rf"(?:^|,\s)(?P<speaker>{_NAME_WORDS})\s(?:said|wrote|claimed|stated|declared|announced|posted|told\s\w+)"
    r",\s(?:as\sreported\sby|as\squoted\sby|according\sto|per|via|in\sa\spost\sshared\sby)\s"
    rf"(?P<relayer>{_NAME_WORDS}),?(?:\sthat)?[,:]?$"
)
# `According to Rybar, Medvedev said “…”`, `Rybar reported that Medvedev said`, `По данным Рыбаря, Медведев
# заявил:`, `Рыбарь сообщил, что Медведев написал:`, `Selon Rybar, Medvedev a déclaré :`, `Laut Rybar schrieb
# Medwedew:`: the source named first passed on the words of the speaker named after it, each named whole (the
# speaker alone read as the passage's, so Rybar's own post of the words warned). Bounded, anchored at the
# quote's lead-in: linear.
_RELAYED_VERBS = (
    r"said|says|wrote|writes|written|claimed|stated|declared|announced|posted|added|warned|told\s\w+|a\s(?:déclaré|écrit"
    r"|affirmé|dit)|dijo|escribió|afirmó|" + _SLAVIC_VERBS
)
_LAZY_NAME_WORDS = _NAME_WORDS + "?"  # `Medvedev had said`: the name ends before `had`
# `Medvedev told Rybar: “…”`, `Medvedev later told WarGonzo that “…”`, `Medvedev dijo a Rybar:`, `Medvedev a
# déclaré à Rybar :`: the speaker's words, told to one named
# who reported them (`told reporters` names no one: the words are the speaker's alone). Bounded, anchored at
# the quote's lead-in: linear.
_RELAYED_TOLD = on_first_use(
    rf"(?:^|,\s)(?P<speaker>{_LAZY_NAME_WORDS})\s(?:(?:also|later|then|has|had)\s)?(?:told|dijo\sa"
    r"|declaró\sa|a\sdit\sà|a\sdéclaré\sà|a\sconfié\sà)"
    rf"\s(?P<relayer>{_LAZY_NAME_WORDS})(?:\s(?:that|que))?\s?[,:]?$"
)
_SLAVIC_THAT_WORDS = "что|що"
# The verbs a Russian or Ukrainian source reports another's words with (`Рыбарь сообщил, что Медведев …`).
_SLAVIC_REPORTING = (
    "сообщил|сообщила|сообщает|написал|написала|пишет|заявил|заявила|повідомив|повідомила|написав|пише"
)
_RELAYED_FROM = LazyPattern(
    r"(?:^|,\s)(?:(?P<source>according\sto|as\sreported\sby|as\squoted\sby|per|citing|selon|según)\s"
    rf"|(?P<slavic>{_SLAVIC_ACCORDING_TO_SOURCE}))"
    rf"(?P<relayer>{_NAME_WORDS}),\s(?P<speaker>{_LAZY_NAME_WORDS})\s(?:(?:had|has|have|then|also)\s)?"
    rf"(?:{_RELAYED_VERBS})(?:\s(?:that|{_SLAVIC_THAT_WORDS}))?\s?[,:]?$"
    rf"|(?:^|,\s)(?P<reporter>{_NAME_WORDS})\s(?:(?:later|also|then)\s)?(?:reported|reports|wrote|writes|said"
    rf"|says|claimed|claims|alleged|alleges|insisted|asserted|noted|posted|{_SLAVIC_REPORTING})"
    rf"(?:\son\s[A-Z]\w{{0,20}})?(?:,?\s(?:that|{_SLAVIC_THAT_WORDS}))?\s(?P<reported>{_LAZY_NAME_WORDS})\s"
    r"(?:(?:had|has|have)\s)?"
    rf"(?:{_RELAYED_VERBS})\s?[,:]?$"
    rf"|(?:^|,\s)(?:laut|nach\sAngaben\svon)\s(?P<laut>{_NAME_WORDS})\s(?:schrieb|sagte|erklärte|behauptete"
    rf"|warnte|postete)\s(?P<lauted>{_NAME_WORDS})\s?[,:]?$"
    # `As Rybar reported, Medvedev said`, `Как сообщил Рыбарь, Медведев заявил:`, `Як повідомив Рибар,
    # Медведєв заявив:`: the source named in the `as` clause.
    rf"|(?:^|,\s)(?:as\s(?P<as>{_LAZY_NAME_WORDS})\s(?:(?:first|later|also)\s)?(?:reported|wrote|noted|said"
    rf"|posted|claimed)|(?:как|як)\s(?:{_SLAVIC_REPORTING}|передаёт|передает|передал|передав)\s"
    rf"(?P<kak>{_NAME_WORDS})),\s(?P<as_said>{_LAZY_NAME_WORDS})\s(?:(?:had|has|have|then|also)\s)?"
    rf"(?:{_RELAYED_VERBS})(?:,?\s(?:that|{_SLAVIC_THAT_WORDS}))?\s?[,:]?$",
    re.IGNORECASE,
)
# `Rybar shared a screenshot of Medvedev's post: “…”`, `Rybar posted an image of a post by Medvedev reading`,
# `Рыбарь опубликовал скриншот поста Медведева:`: the words are the one whose post the image shows, shown by
# the one who shared it (read as no one's, they passed on any account's post). Bounded, anchored at the
# quote's lead-in: linear.
_IMAGE_NOUNS = r"screenshots?|screengrabs?|images?|photos?|pictures?"
_SHOWN_POST_NOUNS = r"post|message|tweet|statement|words|comment|comments|update"
_SLAVIC_SHARING = (
    "опубликовал|опубликовала|выложил|выложила|поделился|поделилась|показал|показала|опублікував"
    "|опублікувала|виклав|виклала|поділився|поділилася|показав"
)
_SLAVIC_IMAGES = "скриншот|скрин|скриншоты|скріншот|скрін|фото|снимок|изображение|зображення"
_SLAVIC_SHOWN_POSTS = "поста|сообщения|заявления|слов|записи|допису|посту|повідомлення|заяви"
_RELAYED_IMAGE = LazyPattern(
    rf"(?:^|,\s)(?P<relayer>{_NAME_WORDS})\s(?:(?:also|later|then)\s)?(?:shared|posted|published|reposted"
    rf"|tweeted|circulated|showed)\s(?:an?\s|the\s)?(?:{_IMAGE_NOUNS})\s(?:of|from)\s(?:an?\s|the\s)?"
    rf"(?:(?:{_SHOWN_POST_NOUNS})\sby\s(?P<by>{_LAZY_NAME_WORDS})|(?P<owner>{_NAME_WORDS})['\u2019]s?"
    rf"\s(?:[a-z]{{1,20}}\s)?(?:{_SHOWN_POST_NOUNS}))(?:,?\s(?:reading|which\sreads?|which\ssaid|saying"
    r"|showing))?\s?[,:]?$"
    rf"|(?:^|,\s)(?P<sharer>{_NAME_WORDS})\s(?:{_SLAVIC_SHARING})\s(?:{_SLAVIC_IMAGES})\s"
    rf"(?:{_SLAVIC_SHOWN_POSTS})\s(?P<whose>{_NAME_WORDS})\s?[,:]?$",
    re.IGNORECASE,
)
# A word either pattern needs, looked for in the passage once before its sentences are split.
MAY_RELAY = on_first_use(
    r"quoted|cited|citing|reposted|forwarded|shared|relayed|repeated|amplified|republished|reported\sby"
    # `Quoting Rybar, Medvedev wrote`; `Rybar wrote: “Medvedev said \u2018…\u2019”`: quoted within a quote.
    # Russian's `«Медведев заявил: «…»»`: a guillemet opened inside an open one (each try ends at the next).
    r"|\u00ab[^\u00ab\u00bb]*\u00ab"
    r"|tweeted|boosted|[Qq]uoting|[Ee]choing|Citing|\u2018|\u201e|цитир|цитув|привёл|привел|приводит|переда|пересла"
    r"|репост|навів|навела|наводить|(?i:ссылк|ссыла|посила)"
    r"|screenshot|screengrab|image\sof|photo\sof|picture\sof|(?i:скриншот|скрин|скріншот|скрін|фото|снимок"
    r"|изображение|зображення)"
    r"|[Aa]ccording\sto|,\sper\s|,\svia\s|\sthat\s|\b(?:[Pp]er|[Ss]elon|[Ss]egún|[Ll]aut)\s"
    # `As Rybar reported, Medvedev said`, `Как сообщил Рыбарь, Медведев заявил`.
    r"|\s(?:reported|wrote|noted|said|posted|claimed),\s|(?:[Кк]ак|[Яя]к)\s(?:сообщ|пиш|напис|перед|повідом)"
    r"|\s(?:claimed|alleged|reported|said|wrote|insisted|told|dijo\sa|declaró\sa|à)\s[A-Z@]"
    rf"|,\s(?:{_SLAVIC_THAT_WORDS})\s|(?i:{_SLAVIC_ACCORDING_TO_SOURCE})"
)
# `Rybar quoted Gladkov as saying`, `Rybar quoted Gladkov, who wrote:`, `Рыбарь процитировал Медведева,
# который написал:`: what may follow the speaker's name.
_RELAYED_TAIL = on_first_use(
    r",?\s(?:as\s(?:saying|writing|having\s(?:said|written))|who\s(?:wrote|said))(?:\sthat)?[,:]?$"
    # `Рыбарь процитировал Медведева, который написал:`
    r"|,\s(?:который|которая|який|яка)\s(?:написал|написала|заявил|заявила|сказал|сказала|написав|заявив"
    r"|сказав)(?:,?\s(?:что|що))?[,:]?$"
)
# `Quoting Rybar, Medvedev wrote: “…”`, `Medvedev, quoting Rybar, wrote:`: Rybar's words as Medvedev passed
# them on (Medvedev alone was read, or no one). Bounded, anchored at the quote's lead-in: linear.
_RELAYED_QUOTING = on_first_use(
    rf"(?:^|,\s)(?:[Qq]uoting|[Cc]iting|[Ee]choing)\s(?P<speaker>{_NAME_WORDS}),\s(?P<relayer>{_LAZY_NAME_WORDS})"
    r"\s(?:(?:also|later|then)\s)?(?:wrote|said|posted|tweeted|added|claimed)(?:\s(?:on|in)\s[A-Za-z]{1,20})?"
    r"(?:\sthat)?[,:]?$"
)
# `Rybar, citing Medvedev, wrote: “…”`, and in Russian and Ukrainian (`Рыбарь, ссылаясь на Медведева,
# написал:`): the one cited is whose words the writer passed on (the writer alone was named by none, or the
# writer's post never naming the one cited passed).
# Bounded, anchored at the quote's lead-in: linear.
# Russian's and Ukrainian's `citing` (`ссылаясь на`, its `ссылкой на` phrase, `посилаючись на`, `з посиланням
# на` and `із` before it), written as escapes.
_SLAVIC_CITING_ON = "|".join(
    phrase.replace(" ", r"\s")
    for phrase in (
        "\u0441\u043e\u0020\u0441\u0441\u044b\u043b\u043a\u043e\u0439\u0020\u043d\u0430",
        "\u0441\u0441\u044b\u043b\u0430\u044f\u0441\u044c\u0020\u043d\u0430",
        "\u0456\u0437\u0020\u043f\u043e\u0441\u0438\u043b\u0430\u043d\u043d\u044f\u043c\u0020\u043d\u0430",
        "\u0437\u0020\u043f\u043e\u0441\u0438\u043b\u0430\u043d\u043d\u044f\u043c\u0020\u043d\u0430",
        "\u043f\u043e\u0441\u0438\u043b\u0430\u044e\u0447\u0438\u0441\u044c\u0020\u043d\u0430",
    )
)
_RELAYED_CITING = LazyPattern(
    rf"(?:^|,\s)(?P<relayer>{_LAZY_NAME_WORDS})(?:,\s(?:citing|quoting)\s(?P<speaker>{_LAZY_NAME_WORDS}),"
    rf"|,?\s(?P<citing_on>{_SLAVIC_CITING_ON})\s"
    rf"(?P<slavic_speaker>{_LAZY_NAME_WORDS}),?)\s(?:(?:also|later|then)\s)?(?:{_VERBS}|{_SLAVIC_VERBS})"
    rf"(?:\s(?:that|{_SLAVIC_THAT_WORDS}))?\s?[,:]?$"
)
# The writer's source named after his verb (`Rybar wrote, citing Medvedev:`, `Rybar said, quoting Medvedev,
# that`, `Рыбарь написал, ссылаясь на Медведева:`, `Рибар написав, посилаючись на Медведєва:`) or opening the
# sentence before him (`Ссылаясь на Медведева, Рыбарь написал:`, `Посилаючись на Медведєва, Рибар написав:`):
# as `Rybar, citing Medvedev, wrote` and `Citing Medvedev, Rybar wrote`, the writer passed on the words of
# the one he cites, whatever the order (read as `according to`, the writer was taken for whose words they
# were, and the one cited for who passed them on). Bounded, anchored at the quote's lead-in: linear.
_RELAYED_CITING_AROUND = LazyPattern(
    rf"(?:^|,\s)(?P<relayer>{_LAZY_NAME_WORDS})\s(?:(?:also|later|then)\s)?(?:{_VERBS}|{_SLAVIC_VERBS})"
    r"(?:\s(?:on|in|\u0432|\u0443)\s[^\W\d_]{1,20})?"  # `wrote on Telegram`, and in Russian
    rf"(?:,\s(?:citing|quoting)|,?\s(?P<citing_on>{_SLAVIC_CITING_ON}))\s(?P<speaker>{_LAZY_NAME_WORDS}),?"
    rf"(?:\s(?:that|{_SLAVIC_THAT_WORDS}))?\s?[,:]?$"
    rf"|(?:^|,\s)(?P<opening_on>(?i:{_SLAVIC_CITING_ON}))\s(?P<cited_first>{_NAME_WORDS}),\s"
    rf"(?P<writer_after>{_LAZY_NAME_WORDS})\s(?:(?:also|later|then)\s)?(?:{_SLAVIC_VERBS})"
    r"(?:\s(?:\u0432|\u0443)\s[^\W\d_]{1,20})?"
    rf"(?:,?\s(?:{_SLAVIC_THAT_WORDS}))?\s?[,:]?$"
)
# `Medvedev was quoted by Rybar as saying “…”`: the speaker's words as the one named after `by` passed them
# on (Medvedev alone was read, and Rybar's post quoting him warned). Bounded, anchored at the quote's
# lead-in: linear.
_RELAYED_QUOTED_BY = on_first_use(
    rf"(?:^|,\s)(?P<speaker>{_NAME_WORDS})\s(?:was|is|has\sbeen|had\sbeen)\s(?:(?:also|later|widely)\s)?"
    rf"(?:quoted|cited)\sby\s(?P<relayer>{_NAME_WORDS})\sas\s(?:saying|writing|having\s(?:said|written))"
    r"(?:\sthat)?[,:]?$"
)
# Behind the quote: `“…,” Medvedev wrote, according to Rybar.`, `“…” was written by Medvedev, according to
# Rybar.`: the source named last passed on the speaker's words, as `According to Rybar, Medvedev wrote`
# does. Bounded, anchored at the quote's closing: linear.
_RELAYED_BEHIND = on_first_use(
    r"[.!?,\u201d\u2019\"\u00bb]{0,4}\s(?:(?P<before>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,4}?)\s"
    r"(?:said|wrote|claimed|posted|stated|added)|(?:said|wrote|claimed|posted|stated|added)\s"
    r"(?P<after>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,4}?)|(?:was|were)\s(?:written|posted|said|published"
    r"|tweeted)\sby\s(?P<by>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,4}?)),\s(?:according\sto|as\sreported\sby"
    r"|as\squoted\sby|per)\s(?P<relayer>[^\s,;:.!?]{1,60}(?:\s[^\s,;:.!?]{1,60}){0,4}?)[.;!?]?$"
)
# What of the speaker's the relayer passed on: `Rybar reposted Gladkov's statement:`.
_RELAYED_WORDS = frozenset(
    ("words", "post", "message", "statement", "claim", "comment", "comments", "remark", "remarks", "tweet")
)


def relayed_speakers(text: str, quote: str) -> tuple[Speaker, Speaker] | None:
    """(who passed the words on, whose they are) where the passage `text` leads into `quote` with one account
    passing on another's words (`Rybar quoted Gladkov: “…”`, `@rybar reposted Gladkov's statement: “…”`,
    `Rybar cited Gladkov as saying “…”`): `quote_speaker` names no one for it, yet a post of either is what
    the passage says holds the words, and one of neither does not. Else None."""
    if MAY_RELAY().search(text) is None:
        return None  # most passages: no sentence split to find none
    wanted = _squash(quote).strip(_TRIM + " ")
    for sentence, at in _quote_sentence(text, wanted):
        head = sentence[max(0, at - 200) : at].rstrip(_QUOTE_MARKS + "\u2018' ")
        # `Medvedev was quoted by Rybar as saying` first: `_RELAYED` reads `Medvedev was` quoting `by Rybar`.
        found = _RELAYED_QUOTED_BY().search(head) or _RELAYED().search(_RELAYED_TAIL().sub("", head))
        found = (
            found
            or _RELAYED_BY().search(head)
            or _RELAYED_TOLD().search(head)
            or _RELAYED_QUOTING().search(head)
            or _RELAYED_CITING.search(head)
            or _RELAYED_CITING_AROUND.search(head)
        )
        if found is None and (behind := _relayed_behind(sentence, at, wanted)) is not None:
            return behind
        if found is None and (nested := _quoted_within_a_quote(head)) is not None:
            return nested
        if found is None and (passed := _owners_words_passed_on(head, sentence, at, wanted)) is not None:
            return passed
        groups = found.groupdict() if found is not None else {}
        words = (
            groups.get("slavic_speaker") or groups.get("speaker") or groups.get("cited_first") or ""
        ).split()
        slavic = any(
            groups.get(group) is not None for group in ("slavic", "passing", "citing_on", "opening_on")
        )
        if slavic and len(words) >= 2 and words[0].casefold() in _SLAVIC_RELAYED_WORDS:
            words = words[1:]  # `привёл слова Медведева`: Medvedev's
        elif groups.get("passing") is not None:
            words = []  # `Рыбарь передал Медведеву:`: told to him
        if len(words) >= 2 and words[-1] in _RELAYED_WORDS and _is_possessive(words[-2]):
            words = [*words[:-2], _POSSESSIVE_END().sub("", words[-2])]  # `Gladkov's statement`: Gladkov's
        relayer = (
            _name_past_office(groups.get("relayer") or groups.get("writer_after") or "") if found else None
        )
        speaker = _name_past_office(" ".join(words)) if words else None
        if relayer is None or speaker is None:
            # `Rybar shared a screenshot of Medvedev's post:` is no name shared.
            return _relayed_from(head) or _shown_in_image(head)
        declined = slavic  # `процитировал Медведева`, `слова Медведева`: the accusative or the genitive
        return (
            _as_account(Speaker(relayer, "subject")),
            _as_account(Speaker(speaker, "subject", genitive=declined)),
        )
    return None


def _name_past_office(words: str) -> str | None:
    """`words` as a name (`_whole_name`), or the name they end with after an office written before it
    (`Kremlin spokesman Dmitry Peskov`, `the Kremlin spokesman Dmitry Peskov`: `_past_office`). Read whole,
    `Medvedev wrote, citing Kremlin spokesman Dmitry Peskov:` named no pair, and Peskov's post passed as
    Medvedev's."""
    name = _whole_name(words)
    if name is not None:
        return name
    split = words.split()
    named = _past_office(split)
    if named is not split and named:
        return _whole_name(" ".join(named))
    # `ссылаясь на пресс-секретаря Кремля Дмитрия Пескова`, `посилаючись на міністра оборони Олексія
    # Резнікова`: the office declined before the name, as after `по словам`.
    past_declined = _after_genitive_titles(" ".join(split))
    name = _whole_name(past_declined) if past_declined != " ".join(split) else None
    return None if name is None or _only_whose_office(name) else name


def _only_whose_office(name: str) -> bool:
    """Whether a name read past a declined office only says whose office it is (`Кремля` of `пресс-секретаря
    Кремля`, a ministry's acronym): a body, no person."""
    return all(_whose_office(word) or word.casefold() in _SLAVIC_GENITIVE_BODIES for word in name.split())


def _relayed_behind(sentence: str, at: int, wanted: str) -> tuple[Speaker, Speaker] | None:
    """(the source, the speaker) where `sentence` credits the quote `wanted` (standing at `at`) behind it to a
    speaker as a source named last reported it (`“…,” Medvedev wrote, according to Rybar.`:
    `_RELAYED_BEHIND`); else None."""
    end = sentence.find(wanted, at)
    rest = sentence[end + len(wanted) :] if end >= 0 else ""
    behind = _RELAYED_BEHIND().match(rest) if len(rest) <= 200 else None  # the credit ends the sentence
    if behind is None:
        return None
    source = _whole_name(behind["relayer"])
    speaker = _whole_name(behind["before"] or behind["after"] or behind["by"])
    if source is None or speaker is None or speaker.casefold() in _NOT_A_RELAYED_SPEAKER:
        return None
    return _as_account(Speaker(source, "subject")), _as_account(Speaker(speaker, "subject"))


# `Medvedev's words, “…”, were shared by Rybar.`, `Medvedev's post “…” was reposted by Rybar`: an owner's
# words before the quote, passed on by the one named behind it. Bounded, anchored: linear.
_OWNERS_WORDS_BEFORE = on_first_use(
    r"(?:^|[,;:]\s|\s(?:and|but)\s)(?:(?:the|a)\s)?(?P<owner>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,3}?)['\u2019]s?"
    r"\s(?:[a-z-]{1,20}\s)?(?:words|post|message|statement|tweet|claim|comment|remark|remarks),?$"
)
_PASSED_ON_BEHIND = on_first_use(
    r"[.!?,\u201d\u2019\"\u00bb]{0,4}\s(?:was|were|has\sbeen|have\sbeen)\s(?:(?:later|then|also|widely)\s)?"
    r"(?:shared|reposted|forwarded|quoted|retweeted|amplified|republished|relayed|cited|quote-tweeted)\sby\s"
    r"(?P<relayer>[^\s,;:.!?]{1,60}(?:\s[^\s,;:.!?]{1,60}){0,4}?)(?=[\s,;:.!?]|$)"
)


def _owners_words_passed_on(head: str, sentence: str, at: int, wanted: str) -> tuple[Speaker, Speaker] | None:
    """(who passed them on, whose words) where an owner's words stand before the quote and a passive verb of
    passing on names another behind it (`Medvedev's words, “…”, were shared by Rybar.`): Rybar alone was
    read, and Medvedev's own post of the words warned in author."""
    owner = _OWNERS_WORDS_BEFORE().search(head)
    end = sentence.find(wanted, at)
    behind = (
        _PASSED_ON_BEHIND().match(sentence, end + len(wanted)) if owner is not None and end >= 0 else None
    )
    if owner is None or behind is None:
        return None
    speaker, relayer = _whole_name(owner["owner"]), _whole_name(behind["relayer"])
    if speaker is None or relayer is None or speaker_key(speaker) == speaker_key(relayer):
        return None
    return _as_account(Speaker(relayer, "subject")), _as_account(Speaker(speaker, "subject"))


_NESTED_PLACEHOLDER = "xq9zx"


def _quoted_within_a_quote(head: str) -> tuple[Speaker, Speaker] | None:
    """(the outer quote's speaker, the inner's) where the words stand quoted inside another's quote, whose
    mark `head` (the sentence up to the words) opened and did not close (`Rybar wrote: “Medvedev said
    \u2018…\u2019 yesterday.”`): Rybar's post holds Medvedev's words as Rybar passed them on; Medvedev alone
    was read, and Rybar's own post of them warned in author."""
    head = head.rstrip("\u201e\u201a ")  # the inner quote's own opening mark, as Russian writes it: `„`
    opened = max(head.rfind("\u201c"), head.rfind("\u00ab"))
    if opened < 0 or "\u201d" in head[opened:] or "\u00bb" in head[opened:]:
        return None  # no quote left open
    if "\u201e" in head[:opened] and head[opened] == "\u201c":
        return None  # German's, whose `“` closes one (`„A“, schrieb Rybar, „B“`)
    if head[opened] == "\u00ab" and not head[opened + 1 : opened + 2].isalpha():
        return None  # German's `»A«, schrieb Rybar`: a `«` not opening a word closes one
    words = f"\u201c{_NESTED_PLACEHOLDER}\u201d"
    outer = _quote_speaker(f"{head[:opened].rstrip()} {words}", _NESTED_PLACEHOLDER, frozenset())
    inner = _quote_speaker(f"{head[opened + 1 :].strip()} {words}", _NESTED_PLACEHOLDER, frozenset())
    if outer is None or inner is None or speaker_key(outer.name) == speaker_key(inner.name):
        return None
    return _as_account(outer), _as_account(inner)


def _relayed_from(head: str) -> tuple[Speaker, Speaker] | None:
    """(the source, the speaker) where `head`, a sentence up to the quote, names a source and then the
    speaker whose words it passed on (`According to Rybar, Medvedev said`, `Rybar reported that Medvedev
    said`, `По данным Рыбаря, Медведев заявил:`: `_RELAYED_FROM`); else None."""
    found = _RELAYED_FROM.search(head.rstrip("\u201e\u201a "))
    if found is None:
        return None
    relayer = found["relayer"] or found["reporter"] or found["laut"] or found["as"] or found["kak"]
    said = found["speaker"] or found["reported"] or found["lauted"] or found["as_said"]
    words = said.split()
    if len(words) >= 2 and words[-1] in _RELAYED_WORDS and _is_possessive(words[-2]):
        said = " ".join([*words[:-2], _POSSESSIVE_END().sub("", words[-2])])  # `Medvedev's post said`
    source, speaker = _whole_name(relayer), _whole_name(said)
    if source is None or speaker is None or speaker.casefold() in _NOT_A_RELAYED_SPEAKER:
        return None
    # `По данным Рыбаря`: the source in the genitive, compared in the nominative.
    genitive = found["slavic"] is not None
    return (
        _as_account(Speaker(source, "subject", genitive=genitive)),
        _as_account(Speaker(speaker, "subject")),
    )


def _shown_in_image(head: str) -> tuple[Speaker, Speaker] | None:
    """(who shared it, whose post it shows) where `head`, a sentence up to the quote, says an image of
    another's post holds the words (`Rybar shared a screenshot of Medvedev's post:`: `_RELAYED_IMAGE`)."""
    found = _RELAYED_IMAGE.search(head)
    if found is None:
        return None
    relayer = _whole_name(found["relayer"] or found["sharer"])
    shown = _whole_name(found["by"] or found["owner"] or found["whose"])
    if relayer is None or shown is None:
        return None
    return (
        _as_account(Speaker(relayer, "subject")),
        _as_account(Speaker(shown, "subject", genitive=found["whose"] is not None)),
    )


# Words that stand as the subject of the reported clause but name nobody (`Rybar reported that He said`).
_NOT_A_RELAYED_SPEAKER = frozenset(("he", "she", "it", "they", "он", "она", "они", "він", "вона", "вони"))


# What joins the names of a list of speakers (`Rybar, WarGonzo and Two Majors wrote`, `Рыбарь и WarGonzo
# написали`), and what may stand between the list and its verb (`both`, `all`, `все`).
_AND_WORDS = frozenset(("and", "&", "и", "\u0456", "й", "та"))
_LIST_BEFORE_VERB = frozenset(
    (
        "both",
        "all",
        "also",
        "each",
        "\u043e\u0431\u0430",
        "\u043e\u0431\u0435",
        "все",
        "обидва",
        "обидві",
        "всі",
    )
)
# What may open a sentence before its list of speakers: `Later, Rybar and WarGonzo wrote`, `Then Rybar and …`,
# `Both Rybar and WarGonzo wrote`.
_BEFORE_A_LIST = frozenset(("then", "later", "meanwhile", "but", "and", "so", "now", "again", "both"))
_MOST_LISTED = 6


def listed_speakers(text: str, quote: str) -> tuple[Speaker, ...]:
    """The speakers a list of names gives `quote` to, each named whole, before the verb leading into it or
    after the one behind it (`Rybar and WarGonzo both wrote “…”`, `Rybar, WarGonzo and Two Majors claimed
    “…”`, `“…,” wrote Rybar and WarGonzo`, `Рыбарь и WarGonzo написали: «…»`): `quote_speaker` names no one
    for them, yet each says the words, and a post of none of them does not. Else ()."""
    wanted = _squash(quote).strip(_TRIM + " ")
    for sentence, at in _quote_sentence(text, wanted):
        return _listed_at(sentence, at, wanted)
    return ()


def _listed_at(sentence: str, at: int, wanted: str) -> tuple[Speaker, ...]:
    """The speakers a list of names gives the quote `wanted`, standing at `at` of `sentence`, to
    (`listed_speakers`)."""
    head = sentence[max(0, at - _LOOK) : at].rstrip(_QUOTE_MARKS + "\u2018' ")
    verbs = list(_VERB.finditer(head))
    if verbs and _leads_into_quote(head[verbs[-1].end() :]):
        words = head[: verbs[-1].start()].split()
        plural = verbs[-1].group().casefold() in _ROMANCE_PLURAL_VERBS
        while words and words[-1].casefold() in _LIST_BEFORE_VERB | _ROMANCE_PLURAL_AUXILIARIES:
            plural = plural or words.pop().casefold() in _ROMANCE_PLURAL_AUXILIARIES
        return _names_listed(list(reversed(words[-4 * _MOST_LISTED :])), romance_list=plural)
    end = sentence.find(wanted, at, at + len(wanted) + _LOOK)  # where it stands, not a copy far on
    behind = sentence[end + len(wanted) : end + len(wanted) + _LOOK] if end >= 0 and not verbs else ""
    behind = behind.lstrip(_TRIM + " \u2014\u2013-")
    # `«…», ont déclaré Peskov et Zakharova`: a list's auxiliary before the participle.
    first, _, rest = behind.partition(" ")
    auxiliary = first.casefold() in _ROMANCE_PLURAL_AUXILIARIES
    behind = rest if auxiliary else behind
    verb = _VERB_BEHIND.match(behind)
    if verb is not None:
        plural = auxiliary or verb.group().casefold() in _ROMANCE_PLURAL_VERBS
        words = behind[verb.end() :].split()[: 4 * _MOST_LISTED]
        return _names_listed(words, until_stop=True, romance_list=plural)
    return ()


def _names_listed(
    words: Sequence[str], until_stop: bool = False, romance_list: bool = False
) -> tuple[Speaker, ...]:
    """The names a list of them in `words` gives (read from the verb outwards: backwards before it, forwards
    after it), each a whole name, joined by commas and an `and` before the last; () unless two or more and
    the list ends at a clause's edge (nothing more, or a word that is no name, before it; a stop after it).
    `romance_list`: the verb is a list's in Spanish, Portuguese, French or Italian, so `y`, `e`, `et` join
    its names (else `y` is a name's: `Ortega y Gasset`)."""
    names: list[list[str]] = [[]]
    joined_by_and = False
    stopped_at = ""  # the word the list stops at, before it (read backwards)
    for word in words:
        bare = word.strip(_TRIM)
        edge = word[-1:] in ",;" if not until_stop else word[:1] in ","
        joins = bare.casefold() in _AND_WORDS or (romance_list and bare.casefold() in _ROMANCE_AND_WORDS)
        if joins and names[-1]:
            joined_by_and, names = True, [*names, []]
            continue
        if not _is_name_word(word) or len(names) > _MOST_LISTED or bare.casefold() == "both":
            stopped_at = word  # `Both Rybar and WarGonzo wrote`: `Both` opens the list, no name's word
            break
        if not until_stop and edge and names[-1]:
            names.append([])  # `Rybar, WarGonzo and …` read backwards: a comma after this word ends a name
        names[-1].append(bare)
        if until_stop and word[-1:] in ",;":
            names.append([])
        if until_stop and word[-1:] in ".!?\u2026":
            break
    listed = [list(reversed(name)) if not until_stop else name for name in names if name]
    if not joined_by_and or len(listed) < 2:
        return ()
    if (
        not until_stop
        and stopped_at
        and stopped_at[-1:] not in ",;:"
        and stopped_at.casefold() not in _BEFORE_A_LIST
    ):
        return ()  # `Rybar replied to Medvedev and WarGonzo wrote`: the list is no subject
    whole = [_whole_name(" ".join(name)) for name in listed]
    if any(name is None for name in whole):
        return ()
    ordered = whole if until_stop else list(reversed(whole))
    return tuple(_as_account(Speaker(name, "subject")) for name in ordered if name is not None)


def _as_account(speaker: Speaker) -> Speaker:
    """`speaker`, as its account's where its name is a handle (`@rybar`)."""
    handle = _HANDLE().fullmatch(speaker.name)
    return (
        speaker
        if handle is None
        else Speaker(handle["handle"], "passage-handle", speaker.role, handle["handle"])
    )


# Mentions of a family name looked at for the full name it stands for: a passage names a person a few times.
_MAX_MENTIONS = 20


def named_in_full(text: str, speaker: Speaker) -> Speaker:
    """`speaker` under the full name the passage `text` gives them elsewhere, when its name is a family name
    alone, written alone where the passage gives them the words (`Dmitry Medvedev, the deputy chairman, ….
    Medvedev wrote: “…”`): a post shows the full name, and `Medvedev` alone was another person's. Only one
    full name may end with it (`Anna Smith … John Smith … Smith said` names neither), and the passage must
    name them by it alone too (in `Selon Rybar, « … »`, `Selon` is no given name); else `speaker` as it was.
    A name in the genitive or an account's handle is kept as written."""
    if len(speaker.name.split()) != 1 or speaker.genitive or speaker.handle is not None:
        return speaker
    mention = re.compile(rf"(?<![\w-]){re.escape(speaker.name)}(?![\w-])")
    full: set[str] = set()
    alone = False
    for found in itertools.islice(mention.finditer(text), _MAX_MENTIONS):
        before = text[max(0, found.start() - _LOOK) : found.end()]
        name = _name_before(before)
        # Written as one run of words: `Kherson.” Medvedev` is no name, though each word may be one.
        if name is not None and " " in name and f" {before}".endswith(f" {name}"):
            full.add(name)
        else:
            alone = True
    return dataclasses.replace(speaker, name=full.pop()) if alone and len(full) == 1 else speaker


def full_name_ending(text: str) -> str | None:
    """The person's name of two words or more that ends `text` (`Kremlin spokesman Dmitry Peskov`: `Dmitry
    Peskov`), past an office before it; None for one word alone or a run holding a body's or a place's word
    (`del Kremlin Examplov`, `Кремля Песков`). Reads the last `_LOOK` characters: bounded."""
    name = _name_before(text[-_LOOK:])
    words = name.split() if name is not None else []
    if len(words) < 2 or not _may_name_a_person(words):
        return None
    bodies = (
        _whose_office(word.strip(_TRIM)) or word.strip(_TRIM).casefold() in _BODIES_IN_ENGLISH
        for word in words
    )
    return None if any(bodies) else name


# What a quote may open with before its first word (`“… we will`, `“[T]he city`, `«...мы`): the elision or
# the writer's bracket, which `_TRIM` takes off the words looked for.
_OPENING_ELISION = "\u2026.[ "
_QUOTE_OPENING_LOOKED_FOR = 40  # characters of a quote looked for in its passage's sentences


def _quote_sentence(text: str, wanted: str) -> Iterator[tuple[str, int]]:
    """The first sentence of `text` that holds the quote `wanted`, and where in it the quote stands (at its
    elision or bracket, where it opens with one: `Medvedev wrote: “… we will`, `“[T]he city`).

    A quote of several sentences is looked for by its first (`Rybar wrote: “We lost. They won.”`: its first
    40 characters are in no one sentence), and its sentence runs on through the ones it spans, so the words
    behind it are read too (`«Мы не отступим. Противник разбит», — написал Рыбарь`): either named nobody,
    and words another's post quotes passed as the speaker's own."""
    sentences = split_sentences(text) if wanted else []
    opening = wanted[:_QUOTE_OPENING_LOOKED_FOR]
    first = split_sentences(opening)[0] if sentences else ""
    for index, sentence in enumerate(sentences):
        at = _quote_at(sentence, opening)
        if at < 0 and first != opening:
            at = _quote_at(sentence, first)
            at = at if at >= 0 and sentence.endswith(first) else -1  # the first sentence's end is its end
        if at >= 0:
            sentence = quote_through(sentences, index, at, len(wanted))
            if not sentence.startswith(opening, at):
                continue  # its first sentence said alone before it: `Rybar said “We lost.” Medvedev wrote:`
            opened = len(sentence[:at].rstrip(_OPENING_ELISION))
            if opened < at and sentence[opened - 1 : opened] in _QUOTE_MARKS + "\u201e\u2018'":
                at = opened  # the words before it lead into the quote, not into its elision
            yield sentence, at
            return


def quote_day(text: str, quote: str) -> str | None:
    """The day a passage says its speaker posted `quote`, as written (its year perhaps left out), when it
    says so plainly: the sentence opens with it and goes straight on to the speaker `quote_speaker` reads
    (`On January 22, Dmitry Medvedev wrote on Telegram: “…”`, `On Monday, January 22, 2022, Russian MP
    Andrei Gurulyov posted “…”`, `Late on January 22,`, `In a post on January 22,`, `Am 22. Januar schrieb
    Rybar: „…“`, `22 января Рыбарь написал: «…»`, `Le 22 janvier, Rybar a écrit :`, `El 22 de enero,`), or the
    day stands right after the speaker's verb, before the quote (`Rybar wrote on January 22: “…”`, `Rybar
    wrote in a Telegram post on January 22:`, `Rybar claimed on January 22 that “…”`, `Rybar publicó el 22 de
    enero:`), or ends the sentence after the speaker named behind it (`“…,” Rybar wrote on
    January 22.`), or stands with the speaker in brackets after it (`“…” (Rybar, January 22)`); a weekday so
    placed (`On Sunday,`, `“…,” Rybar wrote Sunday.`) is given as one of `WEEKDAYS`. A day
    elsewhere in the sentence may be an event's (`Rybar wrote that the strike on January 20 “…”`, `“…,” Rybar
    wrote of the strike on January 20.`), so it names none."""
    wanted = _squash(quote).strip(_TRIM + " ")
    for sentence, at in _quote_sentence(text, wanted):
        opening = _ON_DAY().match(sentence)
        if opening is None:
            opening = _DAY_FIRST().match(sentence)
            if opening is None or find_date(f"{opening['day']} {opening['year'] or 2000}").date is None:
                after_the_verb = _day_after_the_verb(sentence, at, quote)
                return after_the_verb or _day_behind_the_quote(text, sentence, at, wanted)
        speaker = quote_speaker(sentence, quote) if opening.end() < at else None
        # `Am 23. Januar schrieb Rybar:` puts the verb before its subject.
        if speaker is None or speaker.source not in ("subject", "inverted"):
            return None
        if opening["day"] in WEEKDAYS and opening["year"] is None:
            return opening["day"]  # `On Sunday, Rybar wrote:`
        if opening["day"] in _ROMANCE_WEEKDAYS and opening["year"] is None:
            return _ROMANCE_WEEKDAYS[opening["day"]]  # `Le dimanche, Rybar a écrit :`
        if not any(char.isdigit() for char in opening["day"]):
            return None  # `On Telegram,`, `On the same day,`: no day of its own
        # Only the speaker's office may stand before the name: `On January 22, Russian MP Andrei Gurulyov`.
        lead, named, _ = sentence[opening.end() : at].partition(speaker.name)
        if not named or "," in lead or len(lead.split()) > _MAX_ROLE_WORDS:
            return None
        return " ".join(part for part in (opening["day"], opening["year"]) if part)
    return None


def _day_after_the_verb(sentence: str, at: int, quote: str) -> str | None:
    """The day in `Rybar wrote on January 23: “…”`: the one right after the verb of a speaker `quote_speaker`
    reads as its subject once the day is left out, with nothing else between them."""
    head = sentence[:at]
    dated = _VERB_ON_DAY().search(head[-_LOOK:])
    if dated is None:
        return None
    if dated["clause"] and _VERB_BEHIND.search(dated["clause"].replace("written", "wrote")):
        return None  # `Rybar claimed on January 23 that Medvedev wrote “…”`: the words are another's
    before = head[: len(head) - len(dated.group(0))]
    speaker = quote_speaker(f"{before}: {sentence[at - 1 :]}", quote)
    if speaker is None or speaker.source != "subject":
        return None
    lead, named, verb = before.partition(speaker.name)
    if not named or "," in lead or len(lead.split()) > _MAX_ROLE_WORDS or not _JUST_A_VERB().fullmatch(verb):
        return None
    return _a_day(dated)


def _a_day(dated: re.Match[str]) -> str | None:
    """The day `dated` gives as written, when it is a day (`January 23`, `23 janvier 2022`; not `23
    occasions`), its year perhaps left out (a leap year stands for it), or a weekday (`Sunday`)."""
    if dated["weekday"]:
        return _ROMANCE_WEEKDAYS.get(dated["weekday"], dated["weekday"])
    # The sentence's stop, not an abbreviation's: `le 23 janvier.`
    day, year = dated["day"].rstrip("."), dated["year"]
    if find_date(f"{day} {year or 2000}").date is None:
        return None
    return " ".join(part for part in (day, year) if part)


def _day_behind_the_quote(text: str, sentence: str, at: int, wanted: str) -> str | None:
    """The day in `“…,” Rybar wrote on January 23.` (`«…», a écrit Rybar le 23 janvier.`): ending the
    sentence, after the speaker `quote_speaker` reads behind the quote, with nothing but the verb and where it
    was posted between them; or in brackets with a name right after the quote (`“…” (Rybar, January 23)`,
    which may open a sentence of its own after the quote's stop)."""
    end = sentence.find(wanted, at)
    if end < 0:
        return None
    flat = _squash(text)
    after_quote = flat.find(sentence) + end + len(wanted)
    bracketed = _NAME_AND_DAY_IN_BRACKETS().match(flat, after_quote, after_quote + _LOOK)
    if bracketed is not None:
        name = bracketed["name"].strip()
        if _name_before(name) != name:
            return None
        return _a_day(bracketed)
    rest = sentence[end + len(wanted) : end + len(wanted) + _LOOK]
    dated = _DAY_ENDS_SENTENCE().search(rest)
    if dated is None:
        return None
    said = rest[: dated.start()]
    speaker = _speaker_behind(said)
    said = said.lstrip(_TRIM + " \u2014\u2013-")
    verb = _VERB_BEHIND.search(said, 0, 120)
    if speaker is None or verb is None:
        return None
    before, after = said[: verb.start()].strip(), said[verb.end() :].strip()
    if speaker.source == "inverted":  # `” said Rybar on …`, `», a écrit Rybar le …`
        if not after.startswith(speaker.name):
            return None
        after = after[len(speaker.name) :].strip()
    elif before != speaker.name:
        return None
    if not _WHERE_POSTED().fullmatch(after):
        return None
    return _a_day(dated)


def _quote_at(sentence: str, start: str) -> int:
    """Where the quote opening with `start` stands: the first place after an opening mark, so a short quote
    (`“no.”`) is not found inside an earlier word (`governor`); else its first place, or -1."""
    first = at = sentence.find(start)
    while at >= 0:
        mark = sentence[max(0, at - 8) : at].rstrip(_OPENING_ELISION)[-1:]
        if mark and mark in _QUOTE_MARKS + "\u2018'":
            return at
        at = sentence.find(start, at + 1)
    return first


def _names_the_quote(head: str, quote: str) -> bool:
    """Whether the word before a quote makes it a name, title or label rather than anyone's words: `the
    so-called “referendums”`, `a banner reading “…”`, `the hashtag “…”`, `a post titled “…”`, `the channel
    “Grey Zone”` (a short quote after an account's noun; `wrote on his channel: “…”` leads into words)."""
    last = head[head.rfind(" ") + 1 :].lower()
    if last in _NAMING_WORDS:
        return True
    return last in _ACCOUNT_WORDS | {"user", "channels", "accounts"} and len(quote.split()) <= 3


# What names a post's own words, its caption or title (`Rybar posted a video captioned “…”`), and the verbs
# of posting it after its poster.
_CAPTIONING_WORDS = frozenset(("captioned", "titled", "entitled", "headlined"))
_POSTING_VERBS = frozenset(
    ("posted", "posts", "shared", "shares", "published", "publishes", "uploaded", "tweeted")
)


# `в телеграм-канале «Рыбарь» написали: «…»` (in the channel Rybar they wrote): a plural verb of no one, the
# channel named in its quote marks (a name in them is not declined) its speaker. Bounded: linear.
_IN_CHANNEL = on_first_use(
    r"(?:^|\s)[\u0412\u0432]\s(?:(?:телеграм|telegram|Telegram)-)?(?:канале|паблике)\s[«\"\u201c]"
    r"(?P<name>[^»\"\u201d,;:]{1,60})[»\"\u201d]\s$"
)


def _poster_of_titled(head: str) -> Speaker | None:
    """The one who posted what the quote captions or titles (`Rybar posted a video captioned “…”`, `WarGonzo
    shared a map titled “…”`): a post's caption or title is its own words, its poster's. Only a verb of
    posting, a few small words and the captioning word (`head`: the sentence up to the quote); not a
    banner's or a hashtag's words (`a banner reading “…”`), nor another's post (`a video by Medvedev
    titled`)."""
    last = head[head.rfind(" ") + 1 :].lower()
    if last not in _CAPTIONING_WORDS and last != "reading":
        return None
    verbs = [verb for verb in _VERB.finditer(head) if verb.group() in _POSTING_VERBS]
    if not verbs:
        return None
    between = head[verbs[-1].end() : head.rfind(" ")].split()
    if len(between) > 4 or any(not word.islower() for word in between):
        return None
    if last == "reading" and _IMAGE_WORDS.isdisjoint(between):
        return None  # `Rybar posted a banner reading`: whose words the banner holds is not said
    return _speaker_of(head, verbs[-1])


# What an image a poster shared is called, before `reading` the words it shows (`Rybar shared a screenshot
# reading “…”`): the poster is the one who shared it, the words the image's (`checks.quote` says so).
_IMAGE_WORDS = frozenset(
    (
        "screenshot",
        "screenshots",
        "screengrab",
        "screengrabs",
        "image",
        "images",
        "photo",
        "photos",
        "picture",
    )
)


# `Rybar titled the post “…”`, `WarGonzo captioned his video`: the poster names its post's own words.
# Anchored at the sentence's opening, a name and a few small words: bounded, linear.
_TITLING = on_first_use(
    r"^(?P<name>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,4})\s(?:(?:later|also|then|simply)\s)?"
    r"(?:titled|captioned|headlined|entitled)\s(?:the|his|her|its|their|a|an|this)\s(?:[a-z-]{1,20}\s){0,2}?"
    r"(?:post|video|map|photo|picture|message|article|piece|story|thread|report|clip|footage),?$"
)


def _poster_titling(head: str) -> Speaker | None:
    """The one who titled or captioned their post with the quote (`Rybar titled the post “…”`; `head`: the
    sentence up to the quote): a post's title is its poster's words, as after `posted a video captioned`."""
    if "titled" not in head and "captioned" not in head and "headlined" not in head:
        return None  # nearly every sentence: no pattern tried
    found = _TITLING().match(head)
    name = _whole_name(found["name"]) if found is not None else None
    return Speaker(name, "subject") if name is not None else None


# `Rybar was the first to claim that “…”`, `WarGonzo was quick to say`, `Rybar went on to write`, `Rybar would
# later claim`, `Rybar is claiming`, `Rybar went as far as claiming`: the infinitive or the participle is the
# subject's verb; read as the past it stands for, the name before it is the speaker as in `Rybar claimed
# that`. Not after a negation (`Rybar did not claim`, `would never say`). Bounded alternatives: linear.
_BASE_VERBS = (
    "claim|say|report|write|post|allege|announce|suggest|tweet|share|publish|declare|insist|argue|state"
    "|assert"
)
_ING_VERBS = (
    "claiming|saying|writing|reporting|posting|alleging|insisting|arguing|suggesting|stating|asserting"
    "|declaring|announcing|tweeting"
)
_INFINITIVE_VERB = on_first_use(
    r"\s(?:(?:(?:was|were|is|are|has\sbeen)\s(?:(?:also|again)\s)?(?:(?:among\s)?the\s(?:first|last|only)"
    r"(?:\s(?:one|channel|account|outlet|blogger))?|first|quick|quickest|eager|keen)"
    r"|went\son|went\sso\sfar\sas|rushed|hastened|chose|was\sable)\sto"
    r"|would|will|did|does|could|might|can|may)"
    rf"\s(?:(?:later|also|then|again|even|soon|quickly)\s)?(?P<verb>{_BASE_VERBS})(?![\w-])"
    r"|\s(?:is|was|are|were|has\sbeen|have\sbeen|had\sbeen|went\s(?:as|so)\sfar\sas)"
    rf"\s(?:(?:now|also|still|again|even|openly|falsely)\s)?(?P<ing>{_ING_VERBS})(?![\w-])"
)
_PAST_OF = {
    "claim": "claimed", "say": "said", "report": "reported", "write": "wrote", "post": "posted",
    "allege": "alleged", "announce": "announced", "suggest": "suggested", "tweet": "tweeted",
    "share": "shared", "publish": "published", "declare": "declared", "insist": "insisted",
    "argue": "argued", "state": "stated", "assert": "asserted",
}  # fmt: skip
_PAST_OF_PARTICIPLE = {
    "claiming": "claimed", "saying": "said", "writing": "wrote", "reporting": "reported", "posting": "posted",
    "alleging": "alleged", "insisting": "insisted", "arguing": "argued", "suggesting": "suggested",
    "stating": "stated", "asserting": "asserted", "declaring": "declared", "announcing": "announced",
    "tweeting": "tweeted",
}  # fmt: skip


def _infinitive_as_past(head: str) -> str:
    """`Rybar was the first to claim that` as `Rybar claimed that`, `Rybar is claiming` as `Rybar claimed`:
    the infinitive or the participle its subject's verb (`_INFINITIVE_VERB`)."""
    return _INFINITIVE_VERB().sub(
        lambda found: " " + (_PAST_OF[found["verb"]] if found["verb"] else _PAST_OF_PARTICIPLE[found["ing"]]),
        head,
    )


# `It was claimed by Rybar that “…”`, `The claim, first made by Rybar, that “…”`, `“…” was posted by Rybar`:
# the one a passive verb of saying names after `by` said the words. Anchored at the quote: bounded, linear.
_PASSIVE_PARTICIPLES = (
    r"(?:(?:first|later|also|originally|initially|reportedly|again)\s)?"
    r"(?:claimed|posted|written|said|stated|alleged|tweeted|published|shared|suggested|asserted|declared"
    r"|announced)"
)
_PASSIVE_BEFORE = on_first_use(
    rf"(?:\s(?:was|were|is|are|been)\s{_PASSIVE_PARTICIPLES}|(?:claim|claims|statement|allegation|assertion"
    r"|remark|words),\s(?:(?:first|originally|initially)\s)?made)"
    rf"\sby\s(?P<name>{_NAME_WORDS})$"
)
_THAT_AT_END = on_first_use(r"(?:,?\sthat)?[,:]?$")
_PASSIVE_BEHIND = on_first_use(
    rf"(?:was|were|is|are|has\sbeen|have\sbeen|had\sbeen)\s{_PASSIVE_PARTICIPLES}\sby\s"
)


# `It was Medvedev who wrote “…”`, `It is Rybar that first claimed`: the one a cleft sentence names (not `It
# was not Rybar who wrote`, which `disowning_speakers` reads). Bounded, anchored at the lead-in: linear.
_CLEFT = LazyPattern(
    r"(?:^|[,;]\s)[Ii]t\s(?:was|is)\s(?!not\s|never\s)(?P<name>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,4}?)\s"
    rf"(?:who|that)\s(?:(?:first|also|later|then|had|has)\s)?(?:{_VERBS})(?:\s(?:that|on\s[A-Z][a-z]{{1,20}}))?\s?[,:]?$"
)


def _passive_speaker(head: str) -> Speaker | None:
    """The one named after `by` in a passive verb of saying leading into the quote (`head`: the sentence up to
    it): `It was claimed by Rybar that`, `The claim, first made by Rybar, that`; a name and nothing else."""
    found = _PASSIVE_BEFORE().search(_THAT_AT_END().sub("", head[-200:], count=1))
    name = _whole_name(found["name"]) if found is not None else None
    return Speaker(name, "subject") if name is not None else None


def _passive_speaker_behind(rest: str) -> Speaker | None:
    """The one named after `by` in a passive verb of saying right behind the quote (`rest`: the sentence after
    it): `“…” was posted by Rybar on Monday`, `The words “…” were written by Rybar`; not a list."""
    rest = rest.lstrip(_TRIM + " ")
    found = _PASSIVE_BEHIND().match(rest)
    if found is None:
        return None
    after = rest[found.end() :]
    name = _name_after(after)
    if name is None or _one_of_several_after(name, _following(after, name)):
        return None
    return Speaker(name, "subject")


# `A post on Rybar's channel said “…”`, `A message in Rybar's Telegram channel read:`: a post in an owner's
# account speaks for its owner. Anchored at the quote: bounded, linear.
_OWNERS = r"['\u2019]s"
_POST_IN_OWNERS_ACCOUNT = on_first_use(
    r"(?:^|,\s)(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s(?:[a-z-]{1,20}\s){0,2}?"
    rf"(?:(?:{_PLATFORM_WORDS})\s)?(?:post|message|tweet|update)\s(?:on|in)\s(?P<name>{_NAME_WORDS}){_OWNERS}"
    rf"\s(?:(?:{_PLATFORM_WORDS})\s)?(?:channel|account|feed|page|profile)\s(?:said|says|read|reads|claimed"
    r"|stated)(?:\sthat)?[,:]?$"
)


# `Rybar's claim that “…”`, `Rybar's false assertion that`: the owner's claim, the sentence's subject (no verb
# before it: `Medvedev denied Rybar's claim that` is Medvedev's sentence). Anchored: bounded, linear.
_OWNERS_CLAIM = on_first_use(
    rf"(?P<owner>[^\s,;:]{{1,60}}){_OWNERS}\s(?:(?:latest|earlier|first|false|unfounded|baseless|repeated"
    r"|initial|dubious|original|later|new)\s)?(?:claims?|assertions?|allegations?|insistence|suggestion)"
    r"(?:\sthat)?[,:]?$"
)


def _owner_of_claim(head: str, cited: frozenset[str]) -> Speaker | None:
    """The one whose claim the quote is (`Rybar's claim that “…”`; `head`: the sentence up to it, with no
    verb), where the owner is a person's or an account's name (`_a_persons_statement`) or one the report
    cites (`Rybar's`): not a country's (`Russia's claim that`), whose channels go by other names."""
    found = _OWNERS_CLAIM().search(head[-200:])
    if found is None:
        return None
    owner = head[-200:][: found.end("owner")]
    words = [*owner.split()[-3:-1], f"{found['owner']}'s"]
    if not _a_persons_statement(words) and not _cited_owner(words[-1:], cited):
        return None
    name = _name_before(owner)
    return Speaker(name, "possessive") if name is not None else None


# `“…,” the Rybar channel wrote`: the account named between `the` and its noun, behind the quote.
_THE_NAMED_ACCOUNT = on_first_use(
    rf"^[Tt]he\s(?P<name>[^\s,;:]{{1,60}}(?:\s[^\s,;:]{{1,60}}){{0,4}}?)\s(?:(?:{_PLATFORM_WORDS})\s)?"
    r"(?:channel|account|feed|page)$"
)


def _post_in_owners_account(head: str) -> Speaker | None:
    """The owner of the account a post the sentence's subject is on (`A post on Rybar's channel said`)."""
    found = _POST_IN_OWNERS_ACCOUNT().search(head[-300:])
    name = _whole_name(found["name"]) if found is not None else None
    return Speaker(name, "subject") if name is not None else None


# `Как написал Рыбарь, «…»`, `Як пише Рибар:` (as Rybar wrote), and Russian's `Rybar reported this:` (its
# `about this` first): the verb, then the name, open the sentence.
_AS_WRITTEN_BY = on_first_use(
    "^(?:Как|Як|\u041e\u0431 этом|Про це)"
    r"\s(?:(?:уже|ранее|раніше|вже)\s)?(?P<verb>\w{3,20})"
    # The name perhaps after its office (`Як заявив міністр оборони Олексій Резніков,`): a few words more.
    r"\s(?P<name>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,6})[,:]$"
)
# `As Rybar put it, “…”`, `…, as Dmitry Medvedev put it: “…”`: the words are the name's. Bounded: linear.
_AS_PUT_IT = on_first_use(
    r"(?:^|,\s)[Aa]s\s(?P<name>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,5})\sputs?\sit[,:]?$"
)
# `Dmitry Medvedev: “…”`, `WarGonzo: “…”`: a sentence that is a name and a colon before the quote. A few words
# before a colon are as often a headline's outlet (`Reuters: “…”`), a label (`Breaking News:`, `Russian:`) or
# a place (`Kherson Region:`, `Bakhmut:`), so the name is read only where it shows it is a person's or an
# account's (`_labels_a_speaker`).
_NAME_COLON = on_first_use(r"^(?P<name>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,5}):$")
_GIVEN_NAMES = frozenset(form.casefold() for forms in COMMON_GIVEN_NAMES for form in forms)
# A Slavic family name's ending (Pegov, Zakharova, Medvedev, Zelensky, Poklonskaya, Zakharchenko, Kovalchuk,
# Simonyan): with a capitalised word before it, a person's name, as no place or label of two words ends so.
# Not `-in` or `-ina`, which places end with as often (East Berlin, North Carolina).
_SLAVIC_FAMILY_NAME = on_first_use(
    r"[a-z](?:ov|ova|ev|eva|yov|yova|sky|skiy|skyi|skyy|ski|skaya|ska|enko|chuk|yuk|ovich|evich|yan|aya)$"
    r"|[\u0430-\u044f\u0451\u0456\u0457\u0454](?:ов|ова|ев|ева|ёв|ёва|ский|ская|цкий|цкая|ський|ська|енко|чук|юк|вич|ян|ая)$"
)
# A word written as an account names itself, never as a place or a common word is written: a capital inside
# it after its first letter (`WarGonzo`, `DeepState`, `RVvoenkor`) with small letters too (not `TASS`), or a
# digit or an underscore among its letters (`Voenkor_Kotenok`).
_ACCOUNT_SHAPED = on_first_use(r"^(?=[^\W_]*[a-z])[A-Z][^\W_]*?[A-Z][^\W_]*$|^[^\W\d_]+[_\d]\w*$")
# What an owner's label may call the post or the account before its colon: `Rybar's channel:`.
_OWNED_LABEL_WORDS = _ACCOUNT_WORDS | _OWNED_POST_WORDS | _PERSONS_ONLY_WORDS
# The most sentences of a passage read for a label's name said elsewhere to be a speaker's: bounded.
_MAX_SENTENCES_LOOKED_AT = 40
# `“…” — Rybar`, `"…" - Rybar`: a dash after the quote and a name ending the sentence, as an epigraph is
# signed; `“…” (Rybar, January 21)`: a credit in parentheses. What follows is the note's marker.
_SIGNED = on_first_use(
    r"^(?:[\u2014\u2013]|--?(?=\s))\s{0,3}(?P<signature>[^\[\]^]{1,160})[\s.\[\]^\d]{0,12}$"
)
_CREDITED = on_first_use(r"^\((?P<signature>[^()]{1,160})\)[\s.\[\]^\d]{0,12}$")
_NAME_ALONE = on_first_use(r"[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,5}")
# What a signature or a credit may say after the name: where (`— Rybar on Telegram`, `(Rybar, Telegram)`),
# when (`— Rybar, January 21`, `(Rybar, 21 January 2022)`), or the account (`— Rybar (@rybar)`).
_MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?"
_SIGNATURE_DAY = rf"(?:\d{{1,2}}\s{_MONTH}|{_MONTH}\s\d{{1,2}})(?:,?\s\d{{4}})?|\d{{4}}-\d\d-\d\d"
_SIGNATURE_TAIL = on_first_use(
    rf"(?:,?\s(?:on|via)\s(?:{_PLATFORM_WORDS})|,\s(?:{_PLATFORM_WORDS})|,\s(?:on\s)?(?:{_SIGNATURE_DAY}))$"
)


def _whole_name(words: str) -> str | None:
    """`words` as a name, when they are one and nothing else (`Dmitry Medvedev`; not `he`, `the channel`)."""
    name = _name_after(words)
    return name if name is not None and name.split() == words.split() else None


# Russian and Ukrainian nouns of one's words a label opens with, the speaker after them in the genitive
# (`Словами Медведева:`, `Цитата Рыбаря:`, `Слова Подоляка:`, `Заява Зеленського:`).
_SLAVIC_WORDS_OF = frozenset(
    (
        *("словами", "слова", "цитата", "цитаты", "заявление", "заява", "пост", "сообщение", "повідомлення"),
        *("допис", "реакция", "реакція", "ответ", "відповідь", "комментарий", "коментар", "мнение", "думка"),
    )
)


def _speaker_labelling(head: str, passage: str, cited: frozenset[str] = frozenset()) -> Speaker | None:
    """The speaker of `As Rybar put it, “…”` or `Dmitry Medvedev: “…”` (`head`: the sentence up to its
    quote; `passage`: the whole passage, where a label's name may be said to speak elsewhere; `cited`: as
    `quote_speaker`'s)."""
    head = head.strip()
    found = _AS_PUT_IT().search(head[-200:])
    if found is not None:
        name = _whole_name(found["name"])
        return None if name is None else Speaker(name, "subject")
    # `WarGonzo (Semyon Pegov):`, `Rybar (@rybar):`: the name before what the parenthesis adds of it, or the
    # account it gives.
    label, handle = head, None
    bracketed = _PARENTHESIS_AT_END().search(head[-131:-1]) if head.endswith("):") else None
    if bracketed is not None:
        handle = _HANDLE().fullmatch(bracketed.group().strip()[1:-1].strip())
        label = head[: len(head) - 1 - len(bracketed.group())].rstrip() + ":"
    owner = _owner_labelling(label, cited)
    if owner is not None:
        return owner
    opened = _CITED_OPENS_COLON().match(label) if cited else None
    if opened is not None and _cited_owner([opened["name"]], cited) and not _is_possessive(opened["name"]):
        return Speaker(opened["name"], "subject")
    labelled = _NAME_COLON().match(label)
    if labelled is None:
        return None
    handle = _HANDLE().fullmatch(labelled["name"]) or handle
    if handle is not None:  # `@wargonzo: “…”`, `Rybar (@rybar): “…”`: an account, whoever it is
        return Speaker(handle["handle"], "passage-handle", handle=handle["handle"])
    words = labelled["name"].split()
    if words[0].casefold() in _SLAVIC_WORDS_OF:
        # `Словами Медведева:` (in Medvedev's words), `Цитата Рыбаря:`: the one named after, in the genitive,
        # not a name opening with the noun (`Цитата Медведева` was read as one, and compared so).
        name = _whole_name(" ".join(words[1:])) if len(words) > 1 else None
        return Speaker(name, "subject", genitive=True) if name is not None else None
    role, named = _split_descriptors(words)
    name = _whole_name(" ".join(named))
    if name is None or name.split() != named:
        return None
    # `Milblogger Rybar:`, `Military blogger WarGonzo:`: a person's or an account's description says so.
    # Also an office or a description in Russian or Ukrainian (`Губернатор Гладков:`, `Военкор Пегов:`).
    # And an honorific or a courtesy title before the name (`Sayyed Hassan Nasrallah:`, `Sheikh Naim Qassem:`,
    # `Dr. Ahmed Yousef:`, `Mr. Peskov:`): a person's, where `Reuters:` or `Kherson Region:` is none.
    described = any(
        (bare := word.strip(_TRIM).casefold()) in DESCRIBING_WORDS
        or (bare in _TITLES and not bare.isascii())
        or bare in HONORIFICS
        or bare in _COURTESY_TITLES
        for word in role
    )
    if described or _labels_a_speaker(named, passage, head, cited):
        return Speaker(name, "subject", " ".join(role) or None)
    return None


# What a label may call a person's or an account's answer before its colon: `Rybar's take:`, `Semyon Pegov's
# response:`. Only a person's or an account's, as `statement` is (`Russia's response:` is a government's).
_OWNED_ANSWER_WORDS = frozenset(
    ("take", "response", "reply", "reaction", "answer", "verdict", "comment", "words")
)


# `Rybar went further: “…”`, `WarGonzo was blunt: “…”`: a name the report cites opening a sentence of a few
# small words that ends in a colon before the quote (`_speaker_labelling`; no verb of saying among them).
_CITED_OPENS_COLON = on_first_use(
    r"^(?P<name>[^\W\d_][\w'\u2019-]{1,40})(?:\s[a-z\u0430-\u044f\u0451\u0456\u0457\u0454][\w'\u2019-]{0,20}){1,5}:$"
)


def _owner_labelling(label: str, cited: frozenset[str] = frozenset()) -> Speaker | None:
    """The owner of `Rybar's channel:`, `WarGonzo's Telegram post:`, `Semyon Pegov's statement:` (`label`: the
    sentence up to the quote, a colon ending it), whose post speaks for them as it does before a verb
    (`_strip_between`): not `Russia's statement:`, a government's (`_a_persons_statement`)."""
    words = label[:-1].split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS + 2:
        return None
    noun, owner = words[-1], words[:-1]
    persons_only = noun in _PERSONS_ONLY_WORDS or noun in _OWNED_ANSWER_WORDS
    if persons_only and not _a_persons_statement(owner) and not _cited_owner(owner, cited):
        return None
    if noun not in _OWNED_LABEL_WORDS and noun not in _OWNED_ANSWER_WORDS:
        return None
    if len(owner) >= 2 and platform_from_words(owner[-1]) is not None:
        owner = owner[:-1]  # `Rybar's Telegram post:`
    if not owner[-1].endswith(("'s", "\u2019s")):
        return None  # not a plural's `Readers' message:`
    owner[-1] = owner[-1][:-2]
    name = _whole_name(" ".join(owner))
    return None if name is None or name.split() != owner else Speaker(name, "possessive")


def _cited_owner(owner: Sequence[str], cited: frozenset[str]) -> bool:
    """Whether `owner` (`Rybar's`) is one of the names the report cites (`quote_speaker`'s `cited`)."""
    return bool(cited) and speaker_key(_POSSESSIVE_END().sub("", " ".join(owner))) in cited


def _labels_a_speaker(
    named: Sequence[str], passage: str, head: str, cited: frozenset[str] = frozenset()
) -> bool:
    """Whether the name `named` before a colon and a quote is a person's or an account's, not an outlet's
    headline, a label or a place: it opens with a common given name (`Dmitry Medvedev:`); its two or three
    words end with a Slavic family name (`Semyon Pegov:`); it is written as an account (`WarGonzo:`,
    `_ACCOUNT_SHAPED`); or another sentence of the passage gives it, or a full name it ends, words plainly
    (`WarGonzo posted a video. WarGonzo: “…”`, `Dmitry Medvedev wrote …. Medvedev: “…”`); or the report
    cites it as a source's author or account (`cited`: `Rybar:`, `Рыбарь:` in a report citing Rybar)."""
    if len(named) >= 2 and named[0].casefold() in _GIVEN_NAMES:
        return True
    if 2 <= len(named) <= 3 and is_a_persons_name(list(named)) and _SLAVIC_FAMILY_NAME().search(named[-1]):
        return True
    if len(named) == 1 and _ACCOUNT_SHAPED().match(named[0]):
        return True
    name = " ".join(named)
    if cited and speaker_key(name) in cited:
        return True
    if name not in passage.replace(head, "", 1):
        return False  # named nowhere else: the cheap answer for nearly every passage
    for sentence in itertools.islice(split_sentences(passage), _MAX_SENTENCES_LOOKED_AT):
        # The name itself, or a full name it ends (`Dmitry Medvedev wrote …. Medvedev: “…”`).
        speakers = _sentence_speakers(sentence) if head not in sentence else []
        if any(found.name == name or found.name.endswith(f" {name}") for found in speakers):
            return True
    return False


def _speaker_signing(
    rest: str, passage: str, sentence: str, cited: frozenset[str] = frozenset()
) -> Speaker | None:
    """The name a dash signs the quote with, or a parenthesis credits it to, ending its sentence (`rest`: what
    follows the quote in `sentence`, of `passage`): `” — Rybar`, `” — Rybar, January 21`, `" - Rybar on
    Telegram`, `” (Rybar, January 21)`, `” (@rybar)`, also after the quote's own full stop (`“… lose.”
    (Rybar, January 21).`, read as a sentence of its own). A parenthesis holding a name alone credits it only
    where the name shows it is a person's or an account's (`_labels_a_speaker`): `“…” (Bakhmut)`,
    `(Reuters)` may say where, or an outlet's headline, unless the report cites it (`cited`)."""
    rest = rest.lstrip(_QUOTE_MARKS + "\u2018\u2019' ,.!?…")
    if not rest:
        rest = _credit_after(passage, sentence)
    signed = _SIGNED().match(rest) or _CREDITED().match(rest)
    if signed is None:
        return None
    signature = signed["signature"].strip().rstrip(".")
    # `— Rybar (@rybar)`: the account; `— WarGonzo (Semyon Pegov)`: the name before what the parenthesis adds.
    bracketed = _PARENTHESIS_AT_END().search(signature)
    handle = _HANDLE().fullmatch(bracketed.group().strip()[1:-1].strip()) if bracketed is not None else None
    signature = signature[: bracketed.start()].rstrip() if bracketed is not None else signature
    handle = handle or _HANDLE().fullmatch(signature)
    if handle is not None:
        return Speaker(handle["handle"], "passage-handle", handle=handle["handle"])
    via = signature.startswith("via ")
    signature = signature[4:].strip() if via else signature  # `(via Rybar)`: a credit, saying so
    handle = handle or _HANDLE().fullmatch(signature)
    if handle is not None:
        return Speaker(handle["handle"], "passage-handle", handle=handle["handle"])
    tail = _SIGNATURE_TAIL().search(signature)
    signature = signature[: tail.start()] if tail is not None else signature
    name = _whole_name(signature) if _NAME_ALONE().fullmatch(signature) else None
    if name is None:
        return None
    credited = signed.re is _CREDITED() and tail is None and not via
    if credited and not _labels_a_speaker(name.split(), passage, sentence, cited):
        return None
    if via and not _labels_a_speaker(name.split(), passage, sentence, cited):
        # `“…” (via Bakhmut)` credits a place as often as a source (`(via Reuters)`, `(via Rybar)`): an agency
        # is a source, a capital a place, any other name a source only where the registry holds it.
        letters = as_letters(name)
        if letters in KNOWN_PLACES:
            return None
        return Speaker(name, "subject", credit_only=letters not in NEWS_AGENCIES)
    return Speaker(name, "subject")


# A credit in parentheses after the sentence a quote's full stop ends (its closing mark between them), and the
# note's marker: `(Rybar, January 21).[4]`.
_CREDIT_AFTER = on_first_use(r"[\"\u201d\u2019\u00bb]{0,3}\s{0,3}(\([^()]{1,160}\)[.\[\]^\d]{0,12})(?:\s|$)")


def _credit_after(passage: str, sentence: str) -> str:
    """The credit in parentheses that follows `sentence` in `passage` as a sentence of its own, else ``."""
    squashed = _squash(passage)
    at = squashed.find(sentence)
    credit = _CREDIT_AFTER().match(squashed, at + len(sentence)) if at >= 0 else None
    return credit.group(1) if credit is not None else ""


# The most words after the verb of a sentence that names who said the quote before it (`WarGonzo wrote on
# Telegram.`): more say something else.
_MOST_WORDS_AFTER_NEXT_VERB = 3


def _speaker_of_next(text: str, sentence: str) -> Speaker | None:
    """The speaker of a quote that is its whole sentence, ending with its own stop, named by the sentence
    after it as a name and a verb alone (`“Kherson is ours!” WarGonzo wrote.`, `“We will win.” Rybar
    claimed on Telegram.`): read apart, the quote's sentence named nobody. Not where that sentence says more
    (`Rybar wrote to Medvedev.`, `Rybar wrote a long post about the war.`)."""
    sentences = split_sentences(text)
    try:
        following = sentences[sentences.index(sentence) + 1]
    except IndexError:
        return None
    except ValueError:
        # The sentences a quote of several spans, joined (`_quote_sentence`): the one after the last.
        squashed = _squash(text)
        at = squashed.find(sentence)
        after = squashed[at + len(sentence) :].lstrip(_QUOTE_MARKS + "\u2019) ") if at >= 0 else ""
        rest = split_sentences(after)
        if not rest:
            return None
        following = rest[0]
    # `«…». Так написал Медведев.` (so Medvedev wrote): the verb and the name behind it, as after a dash.
    following = _SO_SAID_OPENING.sub("", following, count=1)
    speaker = _speaker_behind(following)
    if speaker is None:
        return None
    verb = _VERB_BEHIND.search(following)
    tail = following[verb.end() :].strip(" .!?\u2026").split() if verb is not None else []
    # `wrote this on Monday`; `Так написал Медведев`: the speaker's own name behind the verb.
    named = speaker.name.split()
    tail = [word for word in tail if word.strip(_TRIM) not in _WHEN_WORDS and word.strip(_TRIM) not in named]
    if len(tail) > _MOST_WORDS_AFTER_NEXT_VERB:
        return None
    if any(word[:1].isupper() and platform_from_words(word.strip(_TRIM)) is None for word in tail):
        return None  # `Rybar wrote to Medvedev.`: another named
    return speaker


# What opens a sentence after a quote before its verb and speaker, saying the words were what they wrote
# (`Так написал Медведев.`, so wrote Medvedev; `Саме так написав Медведєв.`; and `about this`, in Russian and
# Ukrainian, `Про це написав Медведєв.`). Anchored: linear.
_SO_SAID_OPENING = LazyPattern(
    r"^(?:(?:им\u0435нн\u043e|в\u043eт|\u0441\u0430м\u0435|\u043e\u0441ь)\s)?(?:т\u0430к|\u043e\u0431\sэт\u043eм|п\u0440\u043e\sц\u0435|\u043e\sт\u043eм|в\u043eт\sчт\u043e|\u043e\u0441ь\sщ\u043e"
    r")(?:\s\u0436\u0435)?,?\s(?=\S)",
    re.IGNORECASE,
)
# A day or a demonstrative after the verb of the sentence after a quote says when, or what: no one else.
_WHEN_WORDS = frozenset(
    (
        *WEEKDAYS,
        *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
        *("October", "November", "December", "this", "that", "it", "on", "in", "at", "later", "earlier"),
    )
)


_REPORTED_BY_BEHIND = on_first_use(r"(?:as\s)?reported\sby\s", re.IGNORECASE)


# What kind of account names it after the verb behind a quote (`,” wrote the pro-war channel Rybar`, `the
# Russian milblogger`): lower-case words or a nationality, and an account's noun. Bounded: linear.
_KIND_OF_ACCOUNT_BEFORE = LazyPattern(
    r"^the\s(?:(?:[a-z][a-z-]{0,20}|[A-Z][a-z]{2,20}(?:ian|ean|ese|ish))\s){0,3}"
    r"(?:channel|blogger|milblogger|military\sblogger|war\sblogger|account|Telegram\schannel)\s(?=[A-Z@])"
)


def _speaker_behind(rest: str) -> Speaker | None:
    """The speaker named right after a quote's closing mark: `” said X`, `,” X wrote`, `», — написал X`."""
    rest = rest.lstrip(_TRIM + " \u2014\u2013-")
    reported_by = _REPORTED_BY_BEHIND().match(rest)
    if reported_by is not None:  # `“…,” as reported by Rybar.`
        name = _name_after(rest[reported_by.end() :])
        following = _following(rest[reported_by.end() :], name) if name is not None else ""
        return None if name is None or _one_of_several_after(name, following) else Speaker(name, "inverted")
    verb = _VERB_BEHIND.search(rest, 0, 120)
    if verb is None:
        return None
    if _is_plural(verb.group()):
        return None  # `«…», — написали Рыбарь и WarGonzo`: the verb says several wrote
    # `», a déclaré X`, `», ha dichiarato X`: French's and Italian's auxiliary.
    if rest[: verb.start()].strip().lower() in ("", "a") or rest[: verb.start()].strip() == "ha":
        after = _after_place(rest[verb.end() :].lstrip())
        # `,” wrote the pro-war channel Rybar.`: the account's kind before its name.
        after = _KIND_OF_ACCOUNT_BEFORE.sub("", after, count=1)
        name = _name_after(after)
        if name is None and _GERMAN_VERB().fullmatch(verb.group()) is not None:
            # `„…“, schrieb der ukrainische Präsident Wolodymyr Selenskyj`: its office, an adjective first.
            name = _german_name_after(after.split(None, _MAX_NAME_WORDS + 4)[: _MAX_NAME_WORDS + 4])
        if name is None or _one_of_several_after(name, _following(after, name)):
            return None  # `” said Rybar and WarGonzo`, `” said Rybar, Two Majors and WarGonzo`
        return Speaker(name, "inverted")
    between = _QUOTED_AS().sub("", rest[: verb.start()].rstrip())  # `,” Medvedev was quoted as saying`
    # `,” Rybar's post said`, `,” Rybar's author wrote`: the owner's post, or its writer, speaks for them.
    owner = _strip_between(between)
    owned = owner != between.strip() and _is_possessive(owner)
    between = _POSSESSIVE_END().sub("", owner) if owned else between
    account = _THE_NAMED_ACCOUNT().match(between.strip())
    if account is not None and not _describes_an_account(account["name"].split()):
        name = _whole_name(account["name"])  # `,” the Rybar channel wrote`
        return Speaker(name, "subject") if name is not None else None
    # `,” Rybar, a pro-war channel, wrote.`: the name described between commas.
    described, role = _appositive(between.rstrip())
    between = described if role is not None and described.strip() else between
    name = _name_before(between)
    # `,” Sayyed Hassan Nasrallah said`: the honorifics the name is written with are no part of it.
    titled = honorifics_before(between.split()) or _courtesy_title_before(between.split())
    if name is not None and titled and " ".join(between.split()[titled:]) == name and role is None:
        return Speaker(name, "subject", " ".join(between.split()[:titled]))
    # Only a name between the quote and its verb: `” the channel's author Rybar wrote` says it less plainly.
    if name is None or between.strip() != name or "/" in name:
        return None
    return Speaker(name, "subject", role)


_POSSESSIVE_END = on_first_use(r"(?:['\u2019]s|s['\u2019])$")


# German puts its verb second (`_GERMAN_VERBS`): one part of the sentence stands before it, which is the
# subject only when it is a name (`Kremlsprecher Peskow sagte am Montag, „…“`); else the subject follows the
# verb (`Am Montag schrieb Medwedew: „…“`). The words that open such another part, or stand first after the
# verb, and name nobody: prepositions, adverbs, pronouns, conjunctions, days and months (every German noun is
# capitalised, so a capital says nothing).
_GERMAN_VERB = on_first_use(rf"(?<![\w-])(?:{_GERMAN_VERBS})\b")
_GERMAN_NOT_NAMES = frozenset(
    (
        *("am", "im", "ins", "in", "an", "auf", "nach", "laut", "bei", "beim", "zu", "zum", "zur", "vor"),
        *("seit", "mit", "über", "unter", "gegen", "für", "ohne", "um", "aus", "von", "vom", "durch", "wie"),
        *("dann", "danach", "später", "zuvor", "heute", "gestern", "morgen", "zudem", "außerdem", "dazu"),
        *("daraufhin", "darauf", "auch", "so", "hier", "dort", "damals", "darin", "dabei", "kurz", "bereits"),
        *("schon", "nun", "jetzt", "zuletzt", "zunächst", "erst", "noch", "doch", "aber", "und", "oder"),
        *("denn", "deshalb", "daher", "trotzdem", "dennoch", "ebenfalls", "weiter", "zugleich", "wörtlich"),
        *("er", "sie", "es", "wir", "ihr", "man", "dies", "dieser", "diese", "dieses", "das", "der", "die"),
        *("den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "sein", "seine", "seinem", "ihre"),
        *("ihrem", "dazu", "darüber", "dort", "montag", "dienstag", "mittwoch", "donnerstag", "freitag"),
        *("samstag", "sonntag", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august"),
        *("september", "oktober", "november", "dezember", "telegram", "kanal", "telegram-kanal"),
    )
)
_GERMAN_ARTICLES = frozenset(("der", "die", "das", "den", "dem", "des"))
# German says no with a word after the verb (`Rybar schrieb das nicht:`, `schrieb nie:`), or before the name
# (`Nicht Rybar schrieb:`): the words are then not the one named's.
_GERMAN_NEGATIONS = frozenset(
    (
        *("nicht", "nie", "niemals", "nimmer", "keineswegs", "keinesfalls", "nirgends", "nirgendwo"),
        *("mitnichten", "kein", "keine", "keinen", "keinem", "keiner", "nichts", "weder"),
    )
)
# Nouns the few words between the verb and the quote may hold (`am Montag auf Telegram:`): another capitalised
# word there may be a name (`schrieb über Selenskyj:`), and the words may then be that one's.
_GERMAN_LEAD_IN_NOUNS = frozenset(
    (
        *("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "abend"),
        *("morgen", "vormittag", "nachmittag", "wochenende", "kanal", "telegram-kanal", "beitrag", "post"),
        *("erklärung", "interview", "video", "netzwerk", "netzwerken", "plattform"),
    )
)


# `Nicht Rybar, sondern Dva Mayora schrieb`: the one set against the other, before the verb. Bounded: linear.
_GERMAN_NOT_BUT = on_first_use(
    r"[Nn]icht\s(?P<not>[^,;:]{1,60}),\ssondern\s(?P<name>[^\s,;:]{1,60}(?:\s[^\s,;:]{1,60}){0,4})\s"
)


def _german_speaker(head: str) -> Speaker | None:
    """The speaker of a German sentence `head` (its words up to a quote) whose verb leads into the quote:
    the name that is the whole part before the verb, after its office (`Der frühere Präsident Dmitri
    Medwedew schrieb: „…“`), or, after another part (`Am Montag`, `Gestern`), the name right after the verb
    (`Am Montag schrieb Medwedew auf Telegram: „…“`); None when the words between are not a few of a day's,
    a platform's or a post's (`_GERMAN_LEAD_IN_NOUNS`), or the part is no name."""
    verb = _GERMAN_VERB().search(head)
    if verb is None:
        return None
    before = [word.strip(_TRIM) for word in _WORD().findall(head[: verb.start()])]
    after = _WORD().findall(head[verb.end() :].rstrip(_QUOTE_MARKS + "\u201e\u201a\u2018' "))
    if not before or len(before) > _MAX_NAME_WORDS + 2 or len(after) > _MAX_WORDS_TO_QUOTE:
        return None
    rather = _GERMAN_NOT_BUT().fullmatch(head[: verb.start()])
    if rather is not None:
        # `Nicht Rybar, sondern Dva Mayora schrieb:`: the one after `sondern` wrote them, the other did not.
        name = _clean_name(rather["name"].split())
        if name is None or not _german_name(name.split()) or not _german_lead_in(after):
            return None
        return Speaker(name, "subject")
    if any(word.strip(_TRIM).casefold() in _GERMAN_NEGATIONS for word in (*before, *after)):
        return None  # `Rybar schrieb das nicht:`, `Am Montag schrieb Rybar nie:`: who did not write them
    if before[0].casefold() not in _GERMAN_NOT_NAMES or before[0].casefold() in _GERMAN_ARTICLES:
        if any(mark in head[: verb.start()] for mark in ",;:()"):
            return None  # an aside before the verb: `Medwedew, der …, schrieb`
        name = _clean_name(before)
        office = before[: len(before) - len(name.split())] if name else []
        described = all(
            word.casefold() in _GERMAN_ARTICLES or word[:1].islower() or _is_descriptor(word)
            for word in office
        )
        if name is None or not described or not _german_name(name.split()):
            return None
        return Speaker(name, "subject", " ".join(office) or None) if _german_lead_in(after) else None
    # Another part first: the subject follows the verb, after its office (`schrieb Kremlsprecher Peskow`).
    at = 0
    while at < len(after) and (after[at].casefold() in _GERMAN_ARTICLES or _is_descriptor(after[at])):
        at += 1
    if any(word.casefold() in _GERMAN_ARTICLES for word in after[:at]) and not any(
        _is_descriptor(word) for word in after[:at]
    ):
        return None  # `schrieb die Zeitung`: a noun after an article is no name; an office is
    run: list[str] = []
    for word in after[at : at + _MAX_NAME_WORDS]:
        if not _is_name_word(word) or not _german_name([word.strip(_TRIM)]):
            break
        run.append(word)
        if word[-1] in ",;:.!?…":
            break
    name = _clean_name(run)
    if name is None or not _german_lead_in(after[at + len(run) :]):
        return None
    return Speaker(name, "inverted")


# What `locate` reads of German passages beyond `_german_speaker` (which leads into a quote, for the checks
# too): who a sentence says posted or said something, whether or not it holds the quote, as the paragraph
# before a pronoun's passage tells it (`Dmitri Medwedew, Vizechef des Sicherheitsrats, meldete sich am
# Donnerstag auf Telegram zu Wort.`), `„…“, so Medwedew.`, `Laut Medwedew …`, `„…“, teilte Medwedew mit.`.
# More verbs than `_GERMAN_VERBS` (the present, `teilte … mit`, `fügte … hinzu`), and the perfect's
# auxiliary with a participle of saying later in the sentence (`Medwedew hat auf Telegram geschrieben`).
_GERMAN_MORE_VERBS = (
    "teilte|fügte|ergänzte|veröffentlichte|verbreitete|verkündete|bekräftigte|meinte|antwortete|kritisierte"
    "|versicherte|erwiderte|reagierte|äußerte|schreibt|sagt|erklärt|betont|warnt|postet|twittert|meint"
    "|kommentiert|teilt|fügt|reagiert"
    "|droht|behauptet|meldet"
)
_GERMAN_SAYING = on_first_use(
    rf"(?<![\w-])(?:{_GERMAN_VERBS}|{_GERMAN_MORE_VERBS}|(?P<aux>hat|hatte)|(?P<added>legte|legt))(?![\w-])"
)
_GERMAN_PARTICIPLES = frozenset(
    (
        *("geschrieben", "gesagt", "erklärt", "gepostet", "getwittert", "veröffentlicht", "mitgeteilt"),
        *("gemeldet", "gewarnt", "gedroht", "betont", "geäußert", "kommentiert", "verbreitet", "behauptet"),
    )
)
# `laut` (according to) before a name, and `so` after a quote (`„…“, so Medwedew.`); what may follow `so`'s
# name in its clause (`so Medwedew auf Telegram`): else it is no German `so` (`"…," so Medvedev wrote`).
_GERMAN_LAUT = on_first_use(r"(?<![\w-])[Ll]aut\s")
_GERMAN_SO = on_first_use(r"[\s,]{0,3}so\s")
_GERMAN_AFTER_SO = frozenset(("auf", "in", "im", "am", "bei", "beim", "gegenüber", "via", "über"))
# Nouns `laut` names sources by that are no one's name (`laut Angaben des Ministeriums`, `laut Berichten`).
_GERMAN_SOURCE_NOUNS = frozenset(
    (
        *("angaben", "berichten", "berichte", "bericht", "medienberichten", "informationen", "quellen"),
        *("experten", "schätzungen", "daten", "umfragen", "behörden", "beobachtern", "insidern", "kreisen"),
        *("aussagen", "augenzeugen", "polizeiangaben", "regierungsangaben", "militärangaben", "zahlen"),
    )
)


def _german_speakers(sentence: str) -> list[Speaker]:
    """The speakers of a German sentence (`_GERMAN_SAYING`, `laut`, `so`): `locate`'s reading, whose
    passages and paragraphs may hold no quote; none where the verb is negated or what names the speaker is
    not a name. Bounded to `_LOOK` characters around each reading: linear."""
    blanked = blank_quotes(sentence)
    found: list[Speaker] = []
    verb = _GERMAN_SAYING().search(blanked)
    if verb is not None:
        speaker = _german_subject(blanked, verb)
        if speaker is not None:
            found.append(speaker)
    for match in _GERMAN_LAUT().finditer(blanked):
        name = _german_name_after(blanked[match.end() : match.end() + _LOOK].split()[: _MAX_NAME_WORDS + 4])
        if name is not None and name.split()[0].casefold() not in _GERMAN_SOURCE_NOUNS:
            found.append(Speaker(name, "inverted"))
    for quote in iter_quotes(sentence):
        so = _GERMAN_SO().match(sentence, quote.end)
        if so is None:
            continue
        words = sentence[so.end() : so.end() + _LOOK].split()[: _MAX_NAME_WORDS + 6]
        name = _german_name_after(words)
        if name is None:
            continue
        rest = words[_words_to(words, name) :]
        if (
            not rest
            or rest[0].strip(_TRIM).casefold() in _GERMAN_AFTER_SO
            or words[_words_to(words, name) - 1][-1] in ".;!?"
        ):
            found.append(Speaker(name, "inverted"))
    return found


def _words_to(words: Sequence[str], name: str) -> int:
    """How many of `words` run to the end of `name` (its last word, as `_clean_name` gives it)."""
    last = name.split()[-1]
    for at, word in enumerate(words):
        if word.strip(_TRIM) == last or word.lstrip(_OPENING).rstrip(_TRIM) == last:
            return at + 1
    return len(words)


def _german_subject(blanked: str, verb: re.Match[str]) -> Speaker | None:
    """Who the German verb `verb` of `blanked` (its quotes blanked) says spoke: the whole part before it
    when that is a name after its office, perhaps set off by an aside between commas (`Dmitri Medwedew,
    Vizechef des Sicherheitsrats, meldete sich`), else the name right after it (`Am Donnerstag schrieb
    Medwedew`, `„…“, teilte Medwedew mit`)."""
    before_text = blanked[max(0, verb.start() - _LOOK) : verb.start()]
    after = blanked[verb.end() : verb.end() + _LOOK].split()
    words_after = [word.strip(_TRIM).casefold() for word in blanked[verb.end() :].split()]
    if verb["aux"] is not None and _GERMAN_PARTICIPLES.isdisjoint(words_after):
        return None  # `Medwedew hat recht`: no saying
    if verb["added"] is not None and "nach" not in words_after[:12]:
        return None  # `legte … nach` (added to what he said) says; `legte … vor` (laid out) does not
    if not _GERMAN_NEGATIONS.isdisjoint(words_after[:6]):
        return None  # `Medwedew schrieb das nicht`, `schrieb nie`: who did not write them
    before = before_text.split()
    bare = before_text.strip(" ,")
    if before and before[0].casefold() == "wie" and not any(mark in bare for mark in ",;:()"):
        # `Wie Medwedew auf Telegram schrieb, „…“`: the name between `wie` (as) and the verb, where it wrote
        # after it; the whole clause or no one (`Wie Medwedew über Selenskyj schrieb` names two).
        # `Wie erwartet schrieb Medwedew`: no name after `wie`, the one after the verb, below.
        name = _german_name_after(before[1 : _MAX_NAME_WORDS + 2])
        if name is not None:
            rest = before[1 + _words_to(before[1:], name) :]
            return Speaker(name, "inverted") if _german_lead_in(rest) else None
    if bare and (before[0].casefold() not in _GERMAN_NOT_NAMES or before[0].casefold() in _GERMAN_ARTICLES):
        if any(mark in bare for mark in ";:()") or any(mark in bare for mark in _QUOTE_MARKS + "\u201e"):
            return None
        head, comma, aside = bare.partition(",")
        if comma and (not before_text.rstrip().endswith(",") or "," in aside.strip(" ,")):
            return None  # `Medwedew, der …` not closed before the verb, or a list: no one subject
        if any(word.strip(_TRIM).casefold() in _GERMAN_NEGATIONS for word in head.split()):
            return None  # `Nicht Rybar schrieb`
        words = [word.strip(_TRIM) for word in head.split()]
        if comma and _german_office(words):
            # `Der Vizechef des Sicherheitsrats, Dmitri Medwedew, schrieb`: the name set off after its office.
            named = [word.strip(_TRIM) for word in aside.split()]
            name = _clean_name(named) if 0 < len(named) <= _MAX_NAME_WORDS else None
            if name is None or name != " ".join(named) or not _german_name_words(named):
                return None
            return Speaker(name, "subject", head.strip())
        name = _clean_name(words) if 0 < len(words) <= _MAX_NAME_WORDS + 2 else None
        if name is None or not _german_name_words(name.split()):
            return None
        office = words[: len(words) - len(name.split())]
        return Speaker(name, "subject", " ".join(office) or None) if _german_office(office, True) else None
    if bare and any(mark in bare.split()[-1] for mark in ",;:"):
        return None  # `Am Montag, als …, schrieb`: what stood before may name another
    if after and after[0].casefold() == "sich":
        after = after[1:]  # `meldete sich Medwedew zu Wort`
    name = _german_name_after(after[: _MAX_NAME_WORDS + 4])
    return Speaker(name, "inverted") if name is not None else None


def _german_office(words: Sequence[str], before_name: bool = False) -> bool:
    """Whether German `words` describe an office (`Der frühere Präsident`, `Russlands Ex-Präsident`, `Der
    Vizechef des russischen Sicherheitsrats`): articles, lower-case words, an office's noun, and a place's
    or a body's genitive (`Russlands`, after `des`), with an office's noun among them; before a name, no
    words at all are an office too (`Medwedew schrieb`), an article alone not (`Der Kreml teilte mit`)."""
    if not words:
        return before_name
    office = genitive = False
    for at, word in enumerate(words):
        if _is_descriptor(word):
            office = True
        elif word.casefold() in ("des", "der"):
            genitive = True  # `des russischen Sicherheitsrats`: whose office
        elif not (
            word.casefold() in _GERMAN_ARTICLES
            or word[:1].islower()
            or genitive
            or (word.endswith("s") and at + 1 < len(words) and _is_descriptor(words[at + 1]))  # `Russlands`
        ):
            return False
    return office


def _german_name_after(words: Sequence[str]) -> str | None:
    """The name opening German `words`, past its article and office (`der Kremlsprecher Dmitri Peskow`);
    None after an article with no office (`die Zeitung`), or where the words are no name."""
    at = 0
    while at < len(words) and (
        words[at].strip(_TRIM).casefold() in _GERMAN_ARTICLES
        or _is_descriptor(words[at])
        or (at > 0 and _german_adjective(words[at - 1], words[at]))
    ):
        if words[at][-1:] in ",;:.!?":
            return None
        at += 1
    if any(word.strip(_TRIM).casefold() in _GERMAN_ARTICLES for word in words[:at]) and not any(
        _is_descriptor(word) for word in words[:at]
    ):
        return None  # `schrieb die Zeitung`: a noun after an article is no name; an office is
    run: list[str] = []
    for word in words[at : at + _MAX_NAME_WORDS]:
        bare = word.lstrip(_OPENING).rstrip(_TRIM)
        if (
            not _is_name_word(word)
            or not _german_name_words([bare])
            or bare.casefold() in _GERMAN_LEAD_IN_NOUNS
            or platform_from_words(bare) is not None
        ):
            break
        run.append(word)
        if word[-1] in ",;:.!?…":
            break
    return _clean_name(run) if run else None


# The endings of a German adjective between a determiner and its noun (`dem schweren Angriff`).
_GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _german_adjective(previous: str, word: str) -> bool:
    """Whether `word` is an adjective in lower case after an article or another such adjective (`der
    ukrainische Präsident`, `der frühere russische Präsident`): part of an office before a name."""
    before = previous.strip(_TRIM)
    return (
        word[:1].islower()
        and word.isalpha()
        and word.endswith(_GERMAN_ADJECTIVE_ENDINGS)
        and (before.casefold() in _GERMAN_ARTICLES or (before[:1].islower() and before.isalpha()))
    )


def german_noun_or_function_word(words: Sequence[str], at: int) -> bool:
    """Whether the capitalised word `words[at]` is plainly no one's name in German: a word naming no one
    (`_GERMAN_NOT_NAMES`: `Die`, `Am`, a day, `Telegram`), a post's or a day's noun, or a noun after its
    determiner and adjectives (`Die Nachricht`, `nach dem schweren Angriff`). German capitalises every noun,
    so a paragraph between a name and a pronoun's passage (`Die Nachricht kam kurz nach dem Angriff.`) was
    read as naming someone, and nobody was guessed past it."""
    bare = words[at].strip(_TRIM).casefold()
    if bare in _GERMAN_NOT_NAMES or bare in _GERMAN_LEAD_IN_NOUNS:
        return True
    before = at - 1
    while before >= 0 and at - before <= 3:
        word = words[before].strip(_TRIM)
        if words[before][-1:] in ",;:.!?" or not word:
            return False
        if word.casefold() in _GERMAN_DETERMINERS:
            return True
        if not (word[:1].islower() and word.endswith(_GERMAN_ADJECTIVE_ENDINGS)):
            return False
        before -= 1
    return False


def _german_name_words(words: Sequence[str]) -> bool:
    """`_german_name`, a leading apostrophe (an Arabic ayn: `Abu 'Umar Al-'Amiri`) read past."""
    return _german_name([word.lstrip(_APOSTROPHES) for word in words])


def _german_name(words: Sequence[str]) -> bool:
    """Whether German words may be a name: capitalised, none a word naming no one (`_GERMAN_NOT_NAMES`)."""
    return all(word[:1].isupper() and word.casefold() not in _GERMAN_NOT_NAMES for word in words)


# Words that make the capitalised word after them (past its adjectives) a noun, not a name: `über den
# Angriff`, `in einer Videobotschaft`.
_GERMAN_DETERMINERS = frozenset(
    (
        *_GERMAN_ARTICLES,
        *("ein", "eine", "einer", "einem", "einen", "eines", "sein", "seine", "seiner", "seinem", "seinen"),
        *("ihr", "ihre", "ihrer", "ihrem", "ihren", "dieser", "diesem", "diesen", "dieses", "diese"),
        *("zum", "zur", "am", "im", "vom", "beim", "ins"),
    )
)


def _german_lead_in(words: Sequence[str]) -> bool:
    """Whether the words between a German verb (or its subject after it) and a quote leave the quote the
    speaker's: a few, no aside, no quote, and no capitalised word but a noun after its article (`über den
    Angriff`) or a day's, a platform's or a post's: another may be a name (`über Selenskyj:`), and the words
    that one's."""
    text = " ".join(words)
    if any(mark in text for mark in _QUOTE_MARKS) or any(mark in text.rstrip(",: ") for mark in ",;()"):
        return False
    determined = False
    for word in (word.strip(_TRIM) for word in words):
        if word.casefold() in _GERMAN_DETERMINERS:
            determined = True
        elif word[:1].isupper():
            known = word.casefold() in _GERMAN_LEAD_IN_NOUNS or platform_from_words(word) is not None
            if not (known or determined):
                return False
            determined = False
    return True


# Arabic puts its verb first, the speaker after it, then where it was posted and `that` or a colon
# (`قال أبو علي العسكري في قناته على تيليغرام: «…»`, `وكتب ميدفيديف على تويتر:`,
# `نشر ريبار عبر تيليغرام`): the verbs of saying and posting (he, she), perhaps after `and` or `so`
# and `قد`; a name of up to four words, the first no word of an office, a source or a pronoun, nor
# one opening with the article (`قال المتحدث`, `قالت الوزارة` name nobody). Read for `locate` only
# (whose posts to search): the author check compares names across Latin and Cyrillic, not Arabic, so
# `ريبار` given the words warned on Rybar's own post. Bounded words: linear.
_ARABIC_LETTERS = "\u0621-\u065f\u0670-\u06d3"
_ARABIC_VERBS = (
    "قال|قالت|كتب|كتبت|نشر|نشرت|غر\u0651?د|غر\u0651?دت|[أا]علن|[أا]علنت|صر\u0651?ح|صر\u0651?حت|[أا]ك\u0651?د"
    "|[أا]ك\u0651?دت|[أا]ضاف|[أا]ضافت|ذكر|ذكرت|[أا]فاد|[أا]فادت|زعم|زعمت"
)
# No name word opens with `لل` (`للصحفيين`: to the journalists), nor is a verb of saying (the next one's).
_ARABIC_NAME_WORD = rf"(?!لل)(?![وف]?(?:{_ARABIC_VERBS})(?![{_ARABIC_LETTERS}]))[{_ARABIC_LETTERS}]{{2,30}}"
_ARABIC_ATTRIBUTION = LazyPattern(
    # Not after a negation (`ما قال`, `لم`, `لا`, `لن`): `ما قال ريبار` is what he did not say.
    rf"(?<![{_ARABIC_LETTERS}])(?<!ما\s)(?<!لم\s)(?<!لا\s)(?<!لن\s)[وف]?(?:قد\s)?(?:{_ARABIC_VERBS})\s"
    rf"(?P<name>{_ARABIC_NAME_WORD}(?:\s{_ARABIC_NAME_WORD}){{0,3}}?)"
    rf"(?=\s?[:\u060c,]|\sلل|\s(?:في|على|عبر|[إا]ن|[أا]ن|[إا]نه|[أا]نه|[إا]نها|[أا]نها|يوم|اليوم|[أا]مس)"
    rf"(?![{_ARABIC_LETTERS}]))"
)
_ARABIC_ANY = on_first_use(f"[{_ARABIC_LETTERS}]")
# Words after the verb that name no one: an office, a source, a pronoun, a preposition.
_ARABIC_NOT_NAMES = frozenset(
    (
        *("رئيس", "وزير", "نائب", "مسؤول", "مصدر", "مصادر", "قائد", "زعيم", "متحدث", "ناطق", "مدير", "سفير"),
        *("ممثل", "عضو", "مراسل", "مستشار", "محلل", "خبير", "شاهد", "ضابط", "جندي", "قناة", "حساب", "موقع"),
        *("بيان", "منشور", "تقرير", "صحيفة", "وكالة", "إنه", "انه", "أنه", "إن", "أن", "ان", "له", "لها"),
        *("فيه", "فيها", "في", "على", "عبر", "من", "عن", "مع", "إلى", "الى", "بعد", "قبل", "هو", "هي", "هم"),
        *("يوم", "أمس", "امس", "مجددا", "أيضا", "ايضا", "كذلك", "لاحقا", "حينها"),
    )
)


def _arabic_name(name: str) -> str | None:
    """`name` without the titles before it (`names.ARABIC_TITLES`: `الشيخ نعيم قاسم` is نعيم قاسم), when its
    first word may open a person's or an account's name (`_ARABIC_NOT_NAMES`)."""
    words = without_arabic_titles(name.split())
    if not words or words[0].startswith("ال") or any(word in _ARABIC_NOT_NAMES for word in words):
        return None
    return " ".join(words)


# What stands between an Arabic attribution's name and the quote it leads into (`_arabic_quote_speaker`):
# where it was posted or whom it told (`في قناته على تيليغرام`, `للصحفيين`), then a colon, a comma or `that`
# (`إن`, `أن`); no other verb of saying (`قال ريبار إن ميدفيديف كتب:` gives the words to Medvedev).
_ARABIC_LEAD_IN_CHARS = 80
_ARABIC_THAT = LazyPattern("(?:^|\\s)[\u0625\u0623\u0627]\u0646(?:\u0647|\u0647\u0627)?$")  # إن, أنه, أنها
_ARABIC_VERB_AT = LazyPattern(rf"(?<![{_ARABIC_LETTERS}])[وف]?(?:{_ARABIC_VERBS})(?![{_ARABIC_LETTERS}])")


def _arabic_quote_speaker(head: str) -> Speaker | None:
    """The speaker of the Arabic attribution (`_ARABIC_ATTRIBUTION`) leading into a quote, `head` being the
    sentence up to its opening mark (`قال أبو علي العسكري في قناته على تيليغرام: «…»`); the author check
    compares the name with the post's across scripts (`names.arabic_script_likeness`)."""
    if _ARABIC_ANY().search(head) is None:
        return None
    found = list(_ARABIC_ATTRIBUTION.compiled.finditer(head))  # `head` is bounded (`_LOOK`)
    if not found:
        return None
    last = found[-1]
    lead_in = head[last.end() :].strip()
    if len(lead_in) > _ARABIC_LEAD_IN_CHARS or _ARABIC_VERB_AT.compiled.search(lead_in) is not None:
        return None
    if not lead_in.endswith((":", "\u060c", ",")) and _ARABIC_THAT.search(lead_in) is None:
        return None
    name = _arabic_name(last["name"])
    return Speaker(name, "subject") if name is not None else None


def _arabic_speakers(sentence: str) -> list[Speaker]:
    """Every speaker an Arabic sentence names by its verbs (`_ARABIC_ATTRIBUTION`), for `locate`."""
    if _ARABIC_ANY().search(sentence) is None:
        return []
    return [
        Speaker(name, "subject")
        for found in _ARABIC_ATTRIBUTION.compiled.finditer(sentence)
        if (name := _arabic_name(found["name"])) is not None
    ]


# Russian and Ukrainian set a comma before `что` / `що` (that): `Рыбарь заявил, что «…»`, `пишет, що «…»`;
# read as the comma-less English `wrote that`, not as an aside.
_SLAVIC_THAT = on_first_use(r"^\s?,\s(?=(?:что|що)(?:\s|$))")
# `Rybar wrote, in Russian, “…”`, `wrote (in Ukrainian):`: the language the words were written in.
_IN_A_LANGUAGE = on_first_use(
    r"^\s?[,(]\s?in\s(?:Russian|Ukrainian|English|Belarusian|Arabic|Persian|Farsi|Hebrew|Chinese|French"
    r"|German|Spanish|Turkish|Georgian|Polish)(?:\stranslation)?[,)]?(?=\s|:|$)"
)
# The day the speaker wrote on, between the verb and the quote: `Rybar wrote on Monday:`, `posted on Jan 21,
# 2022, in a thread:`, `wrote on 21 January:`, news style's `wrote Monday:`, `early Monday`, and the time:
# `at 9:15 UTC`. Its capital is no other name. Bounded alternatives: linear.
_ENGLISH_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_DAY_IN_LEAD_IN = on_first_use(
    r"\sat\s\d{1,2}[:.]\d\d(?:\s?(?:UTC|GMT|[AP]M|[ap]\.?m\.?|Moscow\stime|Kyiv\stime|local\stime))?,?(?=\s|:|$)"
    rf"|\s(?:(?:(?:on|last|this|early|late)\s)?(?:{'|'.join(WEEKDAYS)})"
    rf"(?:,?\s(?:{_ENGLISH_MONTHS}\s\d{{1,2}}|\d{{1,2}}\s{_ENGLISH_MONTHS}))?"
    rf"|(?:on\s)?(?:{_ENGLISH_MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s{_ENGLISH_MONTHS}))"
    r"(?:,?\s\d{4})?,?(?=\s|:|$)"
)
# Unnamed sources cited in an aside between commas (`Rybar wrote, citing a source in the Russian military,
# that “…”`, `Rybar, citing sources in the army, claimed`): the capital of a nationality or an institution in
# it names no speaker. Bounded words: linear.
_CITING_UNNAMED = (
    r"(?:citing|quoting)\s(?:(?:an?|its|his|her|their|own|unnamed|anonymous|several|military|local|senior)\s){0,3}"
    r"(?:sources?|officials?|insiders?|contacts?|informants?|soldiers?|servicemen|people|someone)"
    r"(?:\s(?:in|within|from|close\sto|among|at|on)\s(?:the\s)?(?:[A-Za-z-]{1,30}\s){0,3}?"
    r"(?:military|army|ministry|command|forces|government|administration|headquarters|staff|services|kremlin"
    r"|front|unit|units|ranks|field|region|area|city))?"
)
# `Medvedev, not Rybar, wrote “…”`, `Rybar, and not WarGonzo, claimed`, Russian's `, \u0430 не WarGonzo,`: the
# one set against the speaker is who did not say the words; the speaker is the name before. Bounded: linear.
CONTRAST_AT_END_SOURCE = (
    r",\s(?:(?:and|but)\s)?(?:not|rather\sthan|instead\sof|nicht|pas|(?:\u0430\s)?\u043d\u0435)"
    r"\s[^,;:.!?()\"\u201c\u201d\u00ab\u00bb]{1,60},$"
)
CONTRAST_AT_END = on_first_use(CONTRAST_AT_END_SOURCE)
_CITING_UNNAMED_AFTER_VERB = LazyPattern(rf"^\s?,\s{_CITING_UNNAMED},(?=\s)")
_CITING_UNNAMED_AT_END = LazyPattern(rf",\s{_CITING_UNNAMED},$")
# An aside in parentheses with no capital letter, naming no one: `Rybar claimed (without evidence) that “…”`.
_UNNAMED_ASIDE = on_first_use(r"\s?\([^()A-Z\u0410-\u042f\u0401\u0404\u0406\u0407\u0490]{1,60}\)")


def _leads_into_quote(lead_in: str, verb: str = "") -> bool:
    """Whether the words between an attribution verb and a quote leave the quote the verb's: a few words
    (`on Telegram:`, `in a post that`), no other quote, and nobody else named (`said that Medvedev's claim
    that “…”` gives the words to Medvedev) but the one told them (`told TASS:`, `said in an interview with
    Rybar:`, `заявил РИА Новости:`: `verb`'s listener, `_TOLD`), no aside between commas or parentheses; the
    name of a platform does not count as a name; an aside in parentheses that names no one is left out
    (`claimed (without evidence) that`)."""
    told = _TOLD.get(verb)
    listener = told().fullmatch(lead_in) if told is not None else None
    if listener is not None and all(
        _is_name_word(word) and not _is_possessive(word) for word in listener["name"].split()
    ):
        # `Medvedev told TASS: “…”`: the one told is the interviewer or the outlet, the subject speaks.
        return True
    lead_in = _CITING_UNNAMED_AFTER_VERB.sub(
        "", lead_in, count=1
    )  # `wrote, citing sources in the army, that`
    lead_in = _UNNAMED_ASIDE().sub(
        "", _SLAVIC_THAT().sub(" ", _IN_A_LANGUAGE().sub(" ", lead_in, count=1), count=1)
    )
    lead_in = _DAY_IN_LEAD_IN().sub(" ", lead_in)  # `Rybar wrote on Monday:`, `on 21 January, in a thread:`
    words = lead_in.split()
    if len(words) > _MAX_WORDS_TO_QUOTE or any(mark in lead_in for mark in _QUOTE_MARKS):
        return False
    if any(mark in lead_in.rstrip(",: ") for mark in ",;()"):  # an aside: `in the words of one officer,`
        return False
    about = _ABOUT_SOMEONE().fullmatch(lead_in)
    if about is not None:
        # `Rybar wrote about Medvedev: “…”`: whom the words are about, the verb's subject still says them
        # (not `about Medvedev's words:`, which may be his).
        named = about["name"].split()
        if all(_is_name_word(word) and not _is_possessive(word) for word in named):
            return True
    return not any(word.strip(_TRIM)[:1].isupper() and not _a_platform(word.strip(_TRIM)) for word in words)


def _a_platform(word: str) -> bool:
    """Whether `word` names a platform (`Telegram`, `VK`), `X` too, as written (`Musk wrote on X:`)."""
    return word == "X" or platform_from_words(word) is not None


# The one a speaker tells the words to, between the verb and the quote: the outlet or the interviewer
# (`Medvedev told TASS: “…”`, `Medvedev said in an interview with Rybar:`, `Медведев заявил РИА Новости:`,
# `сказал в интервью РИА Новости:`): named there, the words named nobody. Bounded: linear.
_LISTENER = r"(?P<name>[^\s:,;]{1,40}(?:\s[^\s:,;]{1,40}){0,3}?)(?:,?\s(?:that|что|що))?\s?[:,]?\s{0,3}"
_TOLD_DIRECTLY = on_first_use(rf"\s{{0,3}}{_LISTENER}")
_TOLD_IN_AN_INTERVIEW = on_first_use(
    rf"\s{{0,3}}(?:to|in\san?\s(?:interview|conversation)\s(?:with|to))\s(?:the\s)?{_LISTENER}"
)
_SLAVIC_TOLD = on_first_use(
    rf"\s{{0,3}}(?:[\u0432\u0443]\s(?:интервью|беседе\s\u0441|інтерв['\u2019]ю|розмові\sз)\s)?{_LISTENER}"
)
_TOLD: dict[str, Compiled] = {
    "told": _TOLD_DIRECTLY,
    **dict.fromkeys(("said", "wrote", "explained", "stated", "declared", "added"), _TOLD_IN_AN_INTERVIEW),
    **dict.fromkeys(
        (
            *("заявил", "заявила", "сказал", "сказала", "рассказал", "рассказала", "пояснил", "пояснила"),
            *("заявив", "заявила", "сказав", "сказала", "розповів", "розповіла"),
        ),
        _SLAVIC_TOLD,
    ),
}


_ABOUT_SOMEONE = on_first_use(
    r"\s{0,3}(?:about|of|\u043e|\u043e\u0431|про)\s(?P<name>[^\s:,;]{1,40}(?:\s[^\s:,;]{1,40}){0,3})\s?:\s{0,3}"
)


def _not_alone(head: str, verb: re.Match[str], speaker: Speaker) -> bool:
    """Whether the speaker `verb` of `head` has is more than its name: the end of a longer name (`… Ministry
    of Defence said`: `Defence`), or one of several, listed with or without a conjunction (`bloggers such as
    Rybar claimed`, `Rybar, Two Majors, WarGonzo claimed`, `Буданов та Сирський заявили`, `said Rybar and
    WarGonzo`), or a verb that says several spoke (`написали`)."""
    if _is_plural(verb.group()):
        return True
    if head[: verb.start()].split() in (["As", *speaker.name.split()], ["as", *speaker.name.split()]):
        return False  # `As Rybar wrote, “…”`: the clause names one, `As` is no name of a list
    if speaker.source == "inverted":
        after = head[verb.end() :].lstrip()
        return _one_of_several_after(speaker.name, _following(after, speaker.name))
    if speaker.source != "subject":
        return False
    if _author_of_post_before(head[: verb.start()])[1] == speaker:
        return False  # `A statement from Dmitry Medvedev said`: `from` is no place running into the name
    if _LISTED_IN_PARENTHESIS().search(head, max(0, verb.start() - 160), verb.start()) is not None:
        return True  # `Rybar (and later WarGonzo) wrote`: the other says the words too
    preceding = head[: head.rfind(speaker.name, 0, verb.start())]
    before = preceding.split()
    if len(before) >= 2 and before[-1] in _NAME_LINKS and before[-2][:1].isupper():
        return True
    # `In Kherson Rybar wrote`, `Под Херсоном Рыбарь написал`: a place after a preposition ran into the name.
    opening = [speaker.name.split()[0], *before[-1:]]
    if any(word.lower() in _PLACE_PREPOSITIONS for word in opening):
        return True
    # `Rybar in a post about Medvedev wrote`, `Рыбарь про Медведева написал`: whom the post is about.
    if any(word.lower() in _TOPIC_PREPOSITIONS for word in before[-1:]):
        return True
    return "/" in speaker.name or _one_of_several_before(preceding)


# Prepositions of place, English, Russian and Ukrainian, whose object may run into the name after it.
_PLACE_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "on",
        "from",
        "near",
        "outside",
        "inside",
        "\u0432",
        "во",
        "на",
        "\u0443",
        "з",
        "із",
        "из",
        "под",
        "під",
    ]
)


# Prepositions of what a post is about, English, Russian and Ukrainian: the name after one is no subject.
_TOPIC_PREPOSITIONS = frozenset(
    ("about", "regarding", "concerning", "against", "\u043e", "\u043e\u0431", "про", "против", "проти")
)


def _is_plural(verb: str) -> bool:
    """`написали`, `заявили`, `повідомили`: a Russian or Ukrainian verb in the past plural, of several; and
    a Romance list's (`dijeron`, `disseram`: `_ROMANCE_PLURAL_VERBS`)."""
    if verb.casefold() in _ROMANCE_PLURAL_VERBS:
        return True
    return verb.endswith("ли") and _VERB.fullmatch(verb) is not None


# Adverbs between a list's conjunction and its next name: `Rybar and later WarGonzo`, `Rybar and then X`.
_LISTED_LATER = frozenset(("later", "then", "also", "subsequently", "afterwards", "soon", "eventually"))
# Another named in parentheses between the subject and its verb as also saying the words: `Rybar (and later
# WarGonzo) wrote`, `Rybar (as did WarGonzo) wrote`. Bounded: linear.
_LISTED_IN_PARENTHESIS = on_first_use(
    r"\((?:and|as\sdid|as\swell\sas|along\swith|together\swith|with|plus|followed\sby|\u0438|\u0442\u0430"
    r"|\u0430\s\u0442\u0430\u043a\u0436\u0435)\s[^()]{0,60}?[A-Z\u0410-\u042f\u0404\u0406\u0407\u0490@][^()]{0,60}\)\s?$"
)


def _one_of_several_before(preceding: str) -> bool:
    """Whether the words before a subject's name list another subject with it: a conjunction (`Rybar and
    milblogger WarGonzo`, `Рыбарь и Военкор Котенок`, `Rybar along with WarGonzo`, `Rybar / WarGonzo`),
    past the name's office, or a comma after another name (`Rybar, Two Majors, WarGonzo`, `Peskov;
    Zakharova`), but not after a clause that opens the sentence (`In Kherson, Rybar`, `On Monday, Rybar`)."""
    stripped = preceding.rstrip()
    if stripped.endswith(("/", "&", "+")):
        return True
    words = stripped.split()
    # The name's office or description may stand between it and the conjunction: `and milblogger X`.
    for back in range(1, min(len(words), _MAX_ROLE_WORDS + 1) + 1):
        word = words[-back]
        if word[-1] in ",;":
            return _is_list_item(words[: len(words) - back + 1])
        bare = word.strip(_TRIM).lower()
        if bare in _LIST_JOINERS:
            return True
        if (
            bare in _LISTED_LATER
            and back < len(words)
            and words[-back - 1].strip(_TRIM).lower() in _LIST_JOINERS
        ):
            return True  # `Rybar and later WarGonzo wrote`: the adverb says when the second wrote
        # `KYIV, Ukraine (Reuters) - Rybar wrote`: a dateline's dash, or a clause, ends the subject.
        if bare in _CLAUSE_WORDS or bare in ("-", "\u2013", "\u2014") or any(char.isdigit() for char in bare):
            return False
    return False


def _is_list_item(words: Sequence[str]) -> bool:
    """Whether the words that end with a comma before a subject's name are another name of a list (`Rybar,`,
    `Russian milbloggers Rybar,`, `Rybar (@rybar),`), not a clause that opens the sentence (`In Kherson,`,
    `On Monday,`, `When the strikes began,`, `Two days later,`, `Yesterday,`, `Citing Rybar,`) or an office
    before the name (`Kremlin Spokesman, Dmitry Peskov`)."""
    segment: list[str] = []
    for word in reversed(words[-(_MAX_NAME_WORDS + _MAX_ROLE_WORDS + 1) :]):
        if segment and (word[-1] in ",;:" or word in ("-", "\u2013", "\u2014") or word[-1] in _QUOTE_MARKS):
            break
        segment.insert(0, word)
    else:
        if len(words) > _MAX_NAME_WORDS + _MAX_ROLE_WORDS + 1:
            return False  # a long run with no comma: a clause, not a name
    item = _PARENTHESIS_AT_END().sub("", " ".join(segment).rstrip(",; ")).split()
    if not item or not _is_name_word(item[-1]) or item[-1].strip(_TRIM).lower() in _TITLES:
        return False
    if len(item) > 1 and item[0].lower().endswith("ing"):
        return False  # `Citing Rybar, WarGonzo claimed`, `Speaking on Rossiya-1, Medvedev said`
    return not any(
        word.strip(_TRIM).lower() in _CLAUSE_WORDS or any(char.isdigit() for char in word) for word in item
    )


# What joins a name to the next after it: `said Rybar and WarGonzo`, `said Rybar as well as WarGonzo`; `as`,
# `with` alone lead a clause (`said Medvedev as Ukrainian forces advanced`, `said Peskov with a smile`).
_JOINERS_AFTER = frozenset(
    (_LIST_JOINERS - {"as", "with", "like", "including", "even"})
    | {"as well as", "along with", "together with"}
)
_JOINER_AFTER_WORDS = frozenset(word for joiner in _JOINERS_AFTER for word in joiner.split()) | {"the"}


def _following(text: str, name: str) -> str:
    """What follows `name` where `text` opens with it: `, Two Majors and WarGonzo.` after `Rybar`."""
    last = name.split()[-1]
    at = text.find(last)
    return text[at + len(last) :] if at >= 0 else ""


def _one_of_several_after(name: str, following: str) -> bool:
    """Whether a name read after its verb or `according to` is the first of several: `said Rybar and
    WarGonzo`, `said Rybar & WarGonzo`, `said Rybar as well as WarGonzo`, `according to Rybar/WarGonzo`,
    `según Rybar y WarGonzo`,
    `said Rybar, Two Majors and WarGonzo.`, `according to Rybar, WarGonzo, “…”`; not an appositive or a
    clause after the comma (`said Peskov, Kremlin spokesman`, `according to Rybar, Ukrainian forces …`)."""
    rest = following.lstrip()
    if "/" in name or rest[:1] in ("/", "&", "+"):
        return True
    if " y " in f" {name} ":
        return True  # `según Rybar y WarGonzo`: Spanish `and` is also a particle (`Ortega y Gasset`)
    words = rest.split()
    if rest.startswith(","):
        return _is_name_list(rest[1:])
    lead: list[str] = []
    for word in words[:5]:
        bare = word.strip(_TRIM).lower()
        if bare in _JOINER_AFTER_WORDS and word[-1] not in ",;.:!?…":
            lead.append(bare)
            continue
        # `and the Wagner Group`: an article may stand before the next name.
        return " ".join(w for w in lead if w != "the") in _JOINERS_AFTER and _is_name_word(word)
    return False


def _is_name_list(text: str) -> bool:
    """Whether `text` up to its first stop is names alone (`WarGonzo.`, `Two Majors and WarGonzo,`), the
    rest of a list, not an office (`Kremlin Spokesman.`), an owner (`Russia's defence minister`) or words."""
    words = _WORD().findall(text[:200])
    names: list[str] = []
    for word in words[:_MAX_NAME_WORDS]:
        names.append(word)
        if word[-1] in ",;.:!?…" or word.lstrip(_OPENING) != word:
            break
    else:
        return False  # no stop within a name's length: a clause goes on
    if not names or names[0][:1] in _QUOTE_MARKS:
        return False
    for word in names:
        bare = word.strip(_TRIM).lower()
        if bare in _NAME_LINKS:
            continue
        if not _is_name_word(word) or _is_possessive(word) or bare in _TITLES or bare in _INSTITUTIONS:
            return False
    return True


def _sources_listed(scope: str) -> bool:
    """Whether a source `according to` or an account's owner is one of several: `According to Rybar and
    WarGonzo, “…”`, `По словам Рыбаря и WarGonzo, «…»`, `In Rybar and WarGonzo's Telegram posts, “…”`."""
    for according_to in (_ACCORDING_TO(), _SLAVIC_ACCORDING_TO()):
        for match in according_to.finditer(scope):
            after = scope[match.end() : match.end() + _LOOK]
            if according_to is _SLAVIC_ACCORDING_TO():  # the name after its declined office, as read
                after = _after_genitive_titles(after)
            else:
                after = _past_post_by(after)
            name = _name_after(after)
            if name is not None and _one_of_several_after(name, _following(after, name)):
                return True
    for match in _POSSESSIVE().finditer(scope):
        before = scope[max(0, match.start() - _LOOK) : match.start()]
        name = _name_before(before)
        if name is not None and ("/" in name or _one_of_several_before(before[: before.rfind(name)])):
            return True
    return False


def _unique(speakers: Iterable[Speaker]) -> tuple[Speaker, ...]:
    seen: dict[str, Speaker] = {}
    for speaker in speakers:
        # `@rybar wrote`: read as a subject's name and as a handle (`_handle_speakers`, first), one account.
        key = speaker.name.lower().removeprefix("@")
        if key not in seen:
            seen[key] = speaker
    return tuple(seen.values())


# A Reddit note names its account as Reddit writes it, `u/harbour_watch` or `/u/…`: the account, not a name.
_REDDIT_NOTE_USER = on_first_use(r"/?u/(?P<user>[A-Za-z0-9_-]{3,20})")


def _note_speakers(citation: Citation) -> list[Speaker]:
    found = []
    if citation.handle:
        found.append(Speaker(citation.handle, "note-handle", handle=citation.handle))
    reddit_user = (
        _REDDIT_NOTE_USER().fullmatch(citation.author.strip())
        if citation.author and citation.platform is Platform.REDDIT
        else None
    )
    if reddit_user is not None and not citation.handle:
        user = reddit_user.group("user")
        found.append(Speaker(user, "note-handle", handle=user))
    elif (
        citation.author
        and citation.author != citation.handle
        and not _TIME_OF_DAY().match(citation.author)
        and not _the_note_s_month(citation.author, citation)
    ):
        found.append(Speaker(citation.author, "note"))
    return found


# The first letters of the months as English, German, French, Spanish, Russian and Ukrainian write them
# (`Jan`, `Januar`, `März`, `январь`, `січень`), for a note's month read as its author.
_MONTH_STARTS = (
    *("jan", "feb", "mar", "m\u00e4r", "apr", "may", "mai", "jun", "jul", "aug", "sep", "oct", "okt"),
    *("nov", "dec", "dez", "j\u00e4n", "janv", "f\u00e9v", "avr", "juil", "ao\u00fb", "d\u00e9c", "ene"),
    *("\u044f\u043d\u0432", "\u0444\u0435\u0432", "\u043c\u0430\u0440", "\u0430\u043f\u0440"),
    *("\u043c\u0430\u0439", "\u043c\u0430\u044f", "\u0438\u044e\u043d", "\u0438\u044e\u043b"),
    *("\u0430\u0432\u0433", "\u0441\u0435\u043d", "\u043e\u043a\u0442", "\u043d\u043e\u044f"),
    *("\u0434\u0435\u043a", "\u0441\u0456\u0447", "\u043b\u044e\u0442", "\u0431\u0435\u0440"),
    *("\u043a\u0432\u0456", "\u0442\u0440\u0430", "\u0447\u0435\u0440", "\u043b\u0438\u043f"),
    *("\u0441\u0435\u0440", "\u0432\u0435\u0440", "\u0436\u043e\u0432", "\u043b\u0438\u0441"),
    *("\u0433\u0440\u0443",),
)


def _the_note_s_month(author: str, citation: Citation) -> bool:
    """Whether a note's author, for a note giving a month and no day, is its month read as a name
    (`Telegram, Januar 2022.`: `Januar 2022`; `Jan. 2022`: `Jan Telegram`): a month's word, its year or
    the platform's name, each word."""
    if citation.date is not None or citation.date_month_or_year is None:
        return False
    words = [word.strip(".,;:") for word in author.split()]
    year_or_platform = [
        word for word in words if (word.isdigit() and len(word) == 4) or platform_from_words(word) is not None
    ]
    months = [
        word
        for word in words
        if word.casefold().startswith(_MONTH_STARTS) and word.isalpha() and len(word) <= 9
    ]
    # A month and a year or the platform, nothing else: `Mario` alone is a name.
    return bool(year_or_platform) and bool(months) and len(year_or_platform) + len(months) == len(words)


# A note's time of day with its zone, read as its author (`Telegram, January 21, 2022, 14:05 UTC.`: author
# `14:05 UTC`): no one's name, searched for and shown as the speaker.
_TIME_OF_DAY = on_first_use(r"\d{1,2}[:.]\d{2}(?!\d)")


def _platform(citation: Citation, contexts: Sequence[Context]) -> Platform | None:
    if citation.platform is not None and citation.platform is not Platform.WEB:
        return citation.platform
    for context in contexts:
        named = platform_from_words(context.text)
        if named is not None:
            return named
    return citation.platform


def attributed_quotes(footnotes: Sequence[Footnote]) -> dict[str, tuple[str, ...]]:
    """Each footnote's quotes; a passage citing n footnotes with exactly n quotes gives them out in order.

    `A said "x".[1] B said "y".[2]` reaches both notes as one passage with both quotes: markers follow what
    they cite, so the first quote goes to the first note. Any other count keeps every quote for every note.
    """
    # One passage reaches each note it cites with the line of that note's marker: the text is the key.
    sharing: dict[str, list[str]] = {}
    for footnote in footnotes:
        for context in footnote.contexts:
            if footnote.label not in sharing.setdefault(context.text, []):
                sharing[context.text].append(footnote.label)
    quotes: dict[str, list[str]] = {footnote.label: [] for footnote in footnotes}
    for footnote in footnotes:
        for context in footnote.contexts:
            labels = sharing[context.text]
            if len(labels) > 1 and len(context.quotes) == len(labels):
                quotes[footnote.label].append(context.quotes[labels.index(footnote.label)])
            else:
                quotes[footnote.label] += context.quotes
    return {label: tuple(dict.fromkeys(found)) for label, found in quotes.items()}


def _searched_period(citation: Citation) -> str | None:
    """The month, the season or the year a note without a day gives its post (`Citation.date_month_or_year`:
    `2022-01`; a season's code, `2021-24`; a winter of two years, `2021-12/2022-02`; `2022`): `locate`
    searches the months a season may be (`locate._month_days`), never its year alone nor nothing."""
    return citation.date_month_or_year if citation.date is None else None


def _translations_beside(text: str, quoted: Sequence[Quote]) -> set[str]:
    """The quotes a passage gives as another's translation, in parentheses right after it, in another script
    (`«Запад лжёт» ("The West is lying")`, or the original after its translation): one statement, whose
    translation no post holds. Of the two, the one in Latin letters goes (the report's own language, as a
    report in English gives its translation); of two other scripts, the one in parentheses."""
    found: set[str] = set()
    for first, second in itertools.pairwise(quoted):
        between = text[first.end : second.start] if second.start - first.end <= 4 else ""
        if between.strip() != "(" or not text[second.end : second.end + 4].lstrip().startswith(")"):
            continue
        scripts = (main_script(first.text, 400), main_script(second.text, 400))
        if None in scripts or scripts[0] == scripts[1]:
            continue
        found.add(first.text if scripts[0] == "LATIN" else second.text)
    return found


# The nouns an account's name follows in quote marks (`канал «Рыбарь»`, `телеграм-канала «Два майора»`, `the
# Telegram channel “Two Majors”`, `der Kanal „Rybar“`): the name, not words anyone wrote. Stems, as declined.
_ACCOUNT_NOUN_STEMS = (
    "\u043a\u0430\u043d\u0430\u043b",  # канал
    "\u0442\u0435\u043b\u0435\u0433\u0440\u0430\u043c-\u043a\u0430\u043d\u0430\u043b",  # телеграм-канал
    "telegram-\u043a\u0430\u043d\u0430\u043b",
    "\u043f\u0430\u0431\u043b\u0438\u043a",  # паблик
    "\u0430\u043a\u043a\u0430\u0443\u043d\u0442",  # аккаунт
    "\u0430\u043a\u0430\u0443\u043d\u0442",  # акаунт
    "channel",
    "account",
    "kanal",
    "telegram-kanal",
)
# The most words a name in quote marks has (`«Военный осведомитель»`, `“Grey Zone”`); words a post holds run
# longer, or end a sentence.
_MAX_QUOTED_NAME_WORDS = 4


def _account_names_quoted(text: str, quoted: Sequence[Quote]) -> set[str]:
    """The quotes a passage gives as an account's name, right after its noun (`Канал «Рыбарь» написал: «…»`,
    `the Telegram channel “Two Majors” wrote`): searched as a quote, the name made the post that holds the
    words but not the channel's name rank as holding 1 of 2 quotes, with a note that it lacks “Рыбарь”."""
    found: set[str] = set()
    for quote in quoted:
        # The noun right before the mark, no stop between (`Rybar's channel: “we won”` is its words).
        before = text[max(0, quote.start - 40) : quote.start].split()[-1:]
        if (
            not before
            or not before[0][-1:].isalpha()
            or not before[0].casefold().startswith(_ACCOUNT_NOUN_STEMS)
        ):
            continue
        words = quote.text.split()
        if words and len(words) <= _MAX_QUOTED_NAME_WORDS and quote.text.rstrip()[-1:] not in ".!?…":
            found.add(quote.text)
    return found


def _not_words_posted(contexts: Sequence[Context]) -> set[str]:
    """The passages' quotes that are no words a post holds: a translation beside a quote, an account's name
    in quote marks. Each passage's quotes read once."""
    found: set[str] = set()
    for context in contexts:
        quoted = list(iter_quotes(context.text))
        found |= _translations_beside(context.text, quoted) | _account_names_quoted(context.text, quoted)
    return found


# How many of a footnote's quotes are read for who said them: a real note has a handful; each is looked for in
# every sentence of its passages, so a crafted passage of thousands made that quadratic.
_MOST_QUOTES_READ = 100

# How much of a passage is read for a family name's full name (`named_in_full`).
_FULL_NAME_LOOK = 5_000


_NOTE_SOURCES = frozenset(("note", "note-handle", "passage-handle"))


def build_query(footnote: Footnote, citation: Citation, quotes: tuple[str, ...] | None = None) -> LocateQuery:
    """What to search for one footnote: the note's own account or author, then the citing passages'.

    `quotes` are the footnote's own (see `attributed_quotes`); by default every quote of its passages.
    """
    if quotes is None:
        quotes = tuple(dict.fromkeys(q for context in footnote.contexts for q in context.quotes))
    # Neither a translation beside a quote nor a channel's name in quote marks is words a post holds.
    not_quotes = _not_words_posted(footnote.contexts)
    quotes = tuple(quote for quote in quotes if quote not in not_quotes)[:_MOST_QUOTES_READ]
    found = _note_speakers(citation)
    own = frozenset(quotes)  # the note's quotes, looked up for each passage's
    for context in footnote.contexts:
        named = speakers_in_passage(context.text, quotes)
        if not named:
            # What the checks read plainly and the passage's sentences do not: a quote signed with a dash or
            # credited in a parenthesis (`“…” — Rybar, on Telegram.`, `“…” (Rybar, January 21)`).
            named = _unique(
                speaker
                for quote in context.quotes
                if quote in quotes
                and (speaker := quote_speaker(context.text, quote)) is not None
                and not _an_office_alone(speaker.name)
            )
        # `Medvedev wrote, citing Peskov: “…”`: Medvedev posted; Peskov's post may hold the words too.
        named = writers_sources(context.text, [quote for quote in context.quotes if quote in own], named)
        # `Dmitry Medvedev went further. Medvedev wrote: “…”`: the full name is who posted.
        found += [named_in_full(context.text[:_FULL_NAME_LOOK], speaker) for speaker in named]
    # `Moscow denied the claims. The ministry's spokeswoman wrote: “…”`: a capital is no one who posted (a
    # government's name for itself, `Kyiv said`, has no account), though read as the passage's subject.
    found = [
        speaker
        for speaker in found
        if speaker.source in _NOTE_SOURCES or as_letters(speaker.name) not in KNOWN_PLACES
    ]
    # A name one passage gives the quote outright is no guess, nor a source, because another passage leaves
    # it one.
    found.sort(key=lambda speaker: {"cited": 1, "elsewhere": 2}.get(speaker.source, 0))
    return LocateQuery(
        label=footnote.label,
        platform=_platform(citation, footnote.contexts),
        date=citation.date,
        speakers=_unique(found),
        quotes=quotes,
        time=find_time(footnote.text, citation.date) if citation.date else None,
        period=_searched_period(citation),
    )
