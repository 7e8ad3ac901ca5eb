"""What every HTML page shares: decoding, visible text, publication times, and pages that are not content.

A 200 answer is not yet the cited content. `page_problem` names the ways a page can look fine to a status
check and still say nothing: a *soft 404* (an error text in its title or a heading, a server's own error,
default, maintenance or expiry page, a redirect to the site's home, error or search page, a parked domain),
a *login wall* (a sign-in form, or a redirect to one, on any site), a bot check, a firewall's refusal or a
rate limit (*challenge*), a notice in place of the content (a block by country or by law, an age gate, a
host's suspended account: *unavailable*), a *consent wall* (only a cookie-consent dialog or page, or a
redirect to one), a *script shell* (no text of its own, or a "turn on JavaScript" notice, until scripts run)
and an *empty* page (or a stub that only sends its reader on by a meta refresh). What the page shows "of
its own" is its visible text without the site's navigation, banner, sidebars and footer: menus and footers
are long enough to hide an error page behind them. `third_party_copy` names a page that is another's copy of
the source (a machine translation, Google's cache, a reader's copy, a Perma.cc or Ghostarchive page of an
archived copy), whose words are not the source's.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import html
import json
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.capture.location import redirect_target
from provenance.citations.dates import find_date, other_days
from provenance.extractors.layout import (
    CLOSED_DIALOG,
    HIDDEN_ATTRIBUTE,
    HIDDEN_SELECTOR,
    HIDING_STYLE,
    MAX_NESTING,
    MAX_STYLESHEET,
    Chrome,
    ancestors,
    class_or_id_containing,
    holders,
    names_hidden_by,
    shows_itself,
    stylesheet_hiding,
)
from provenance.html_nesting import within_nesting
from provenance.models import SourceProblem
from provenance.patterns import on_first_use
from provenance.warc.reader import StoredResponse

# Texts longer than this are cut before any search: checks need the passage, not a whole book.
MAX_TEXT = 200_000
# Elements a browser never shows the content of: besides scripts and styles, a `<datalist>`'s suggestions
# and the fallbacks of browsers without plugins or frames (`<noembed>`, `<noframes>`).
_INVISIBLE = [
    *("script", "style", "noscript", "template", "svg", "iframe", "object"),
    *("datalist", "noembed", "noframes"),
]

# What an error page says. A title, heading or short text is an error when one of its parts (a title split at
# its separators, a text at its sentence stops) says only this: "Page not found | City Ledger", "Oops! We
# can't find that page." Words inside a longer phrase are not enough: "Weapons not found at the site,
# inspectors say" and "Flight 404 lands safely" are headlines. An `error` after a 404 is kept once taken
# (`?+`): free to close the 404 before it or open the one after, each `error` between two doubled the ways
# to try, and a title part of nineteen `error 404` took 6 s to judge (only glued runs such as
# `404 error404error` read otherwise).
_ERROR_PHRASE = (
    r"(?:error\W*)?404(?:\W*error)?+(?:\W*not found)?|(?:page|file|article|post|story) not found|not found"
    # The same number in Persian's and Arabic's digits, after their word for an error, or alone.
    r"|(?:(?:خطای|خطا|خطأ)\s*)?(?:\u06f4\u06f0\u06f4|\u0664\u0660\u0664)"
    r"|(?:the |this |that )?(?:page|article|post|story|video|reel|content|file|document)"
    r"(?: you(?:.re| are| were) looking for| you(?: have)? requested)?"
    r" (?:(?:can.t|cannot|could not) be found|(?:was|is) not found"
    r"|(?:does not|doesn.t) exist|(?:has moved or )?no longer exists|(?:isn.t|is not) here(?: anymore)?"
    # Facebook: "This content isn't available right now", "This video isn't available anymore" (a deleted
    # video's, a reel's); TikTok: "Video currently unavailable".
    r"|(?:isn.t|is not|is no longer|no longer|not) available"
    r"(?: right now| at the moment| at this time| anymore| any more)?"
    r"|(?:is )?(?:currently )?unavailable"
    r"|(?:(?:has been|was) )?(?:removed|deleted|withdrawn|taken down)"
    r"(?: by (?:its|the) (?:author|owner|user|poster|publisher|uploader))?"
    # ... or a wire's story a partner may show only for so long: "This content has expired".
    r"|(?:has )?expired)"
    # ... and why, or where: "… due to licensing restrictions", "… on our website", "… for violating our
    # terms"
    r"(?: (?:due to|because of|for) (?:licensing|legal|copyright|rights)(?: restrictions| reasons)"
    r"| (?:on|from) (?:our|this) (?:website|site|platform)"
    r"| for violating (?:our|the) (?:terms(?: of (?:service|use))?|rules|(?:community )?guidelines))?"
    r"|(?:we )?(?:can.t|cannot|couldn.t|could not) (?:seem to )?find"
    r" (?:that|this|the|your|what you.re looking for)"
    r"(?: page| article| post| content| account| video)?"
    r"(?: you(?:.re| are| were) looking for| you requested)?"
    r"|nothing (?:was )?found|video unavailable|no longer (?:available|exists)|410\W*gone"
    r"|no (?:results|matches) (?:were )?found"
    # A server's, a host's or a CMS's own page in place of the site's (some answer it with 200): its error,
    # its default page, its maintenance or expiry notice.
    r"|(?:(?:error|http)\W*)?(?:5\d\d\W*)?(?:internal server error|service (?:temporarily )?unavailable"
    r"|bad gateway|gateway time-?out)"
    r"|error establishing a database connection|database error|whitelabel error page"
    r"|the requested url (?:\S+ )?was not found on this server|301\W*moved permanently"
    r"|the page you are looking for might have been removed, had its name changed, or is temporarily"
    r" unavailable"
    r"|there has been a critical error on (?:this|your) website"
    r"|welcome to nginx|apache2? \w+ default page(?:: it works)?|iis windows server"
    r"|we.ve moved|(?:this )?(?:page|article|story|post|site|website) has (?:been )?moved"
    r"(?: to a new address)?"
    r"|we.ll be back soon|(?:(?:this )?(?:site|website) is )?(?:under|down for) (?:maintenance|construction)"
    r"|(?:this )?(?:website|site|domain|hosting)(?: has)? expired"
    # ... and in the languages below: Russian's and Ukrainian's "technical works", "the domain's registration
    # has expired", French's, Spanish's, German's, Turkish's and Arabic's "site under maintenance"
    # (a notice of works alone, "Технические работы", "Wartungsarbeiten", heads a utility's page of them)
    r"|(?:на сайте )?(?:ведутся|проводятся) технические работы"
    r"|(?:на сайті )?(?:тривають|проводяться|ведуться) технічні роботи|домен не делегирован"
    r"|срок (?:регистрации|действия|оплаты) домена ист[её]к|сайт (?:временно )?недоступен"
    r"|сайт (?:тимчасово )?недоступний|сайт на (?:реконструкции|реконструкції|техническом обслуживании)"
    r"|(?:(?:ce )?site (?:est )?)?en (?:cours de )?(?:maintenance|construction)|maintenance en cours"
    r"|(?:wegen )?wartungsarbeiten (?:vor\u00fcbergehend )?(?:nicht erreichbar|offline|geschlossen)"
    r"|wir f\u00fchren (?:gerade )?wartungsarbeiten durch"
    r"|(?:diese )?(?:website|seite|webseite) ist (?:vor\u00fcbergehend|derzeit) nicht"
    r" erreichbar|(?:(?:el )?sitio(?: web)? (?:est\u00e1 )?)?en (?:mantenimiento|construcci\u00f3n)"
    r"|(?:sitemizde )?bak\u0131m \u00e7al\u0131\u015fmas\u0131 yap\u0131lmaktad\u0131r"
    r"|(?:sitemiz|site) bak\u0131mdad\u0131r"
    r"|الموقع (?:تحت|قيد) (?:الصيانة|الإنشاء)"
    # ... Italian's, Portuguese's, Polish's and Dutch's
    r"|(?:(?:il )?sito (?:è )?)?in (?:manutenzione|costruzione)|(?:(?:o )?site (?:est\u00e1 )?)?em"
    r" (?:manuten\u00e7\u00e3o|constru\u00e7\u00e3o)|(?:strona|serwis) (?:jest )?(?:w budowie"
    r"|w trakcie prac technicznych|tymczasowo niedost\u0119pn[ya])|przerwa techniczna"
    r"|(?:(?:de|onze) )?(?:website|site) is (?:tijdelijk )?(?:in onderhoud|niet beschikbaar)"
    r"|we zijn (?:even )?in onderhoud"
    # The Wayback Machine's own pages for a copy it does not hold: a redirect it recorded (which it shows,
    # answered 200, before sending its reader on), or no copy at all.
    r"|got an http \d{3} response at crawl time|the wayback machine has not archived that url"
    # Reddit: a post its author deleted, or its moderators removed, keeps its page: "[deleted by user]".
    r"|\[(?:deleted|removed)(?: by (?:user|author|moderator))?\]"
    # The same in the languages whose sources reports cite most (their news sites answer 200 too).
    # Russian: Страница не найдена, Такой страницы не существует, Материал удалён, Запись удалена или не
    # существует (VK)
    r"|(?:(?:запрашиваемая|запрашиваемый|такой|эта|этот|это|данная|данный)\s+)?(?:страниц[аы]|материал"
    r"|стать[яи]|публикаци[яи]|новост[ьи]|запис[ьи]|пост)\s+(?:не\s+найден[аоы]?|(?:больше\s+)?не\s+существует"
    r"|(?:был[аио]?\s+)?удал[её]н[аоы]?|(?:больше\s+)?(?:недоступн[аоы]?|недоступен))"
    r"(?:\s+или\s+(?:не\s+существует|недоступн[аоы]?|(?:был[аио]?\s+)?удал[её]н[аоы]?))?"
    # ... a removal's reason (Материал удалён по требованию правообладателя: at the rights holder's demand),
    # or a piece taken off publication ("снят" ...)
    r"(?:\s+по\s+требованию\s+(?:правообладателя|роскомнадзора))?"
    r"|(?:материал|стать[яи]|публикаци[яи]|новост[ьи]|запис[ьи])\s+снят[аоы]?\s+с\s+публикации"  # noqa: RUF001
    r"|ничего не найдено|(?:такой\s+)?страницы\s+(?:нет|не\s+существует)"
    # Ukrainian: Сторінку не знайдено, Сторінка не існує, Такої сторінки не існує
    r"|(?:(?:така|такої|ця|цієї|запитувана|запитувану)\s+)?(?:сторінк[аиу]|матеріал|статт[яі]|публікаці[яї]|новин[аиу]|запис)\s+(?:не\s+(?:знайдено|знайдена|знайден)|(?:більше\s+)?не\s+існує|(?:видалено|видалена|видален)"
    r"|недоступн(?:а|ий|е|ою))"  # noqa: RUF001
    # French: Page introuvable, Cette page est introuvable, La page que vous recherchez n'existe pas
    # ... Cet article n'est pas disponible, Ce contenu n'est plus accessible, Nous n'avons pas trouvé cette
    # page
    r"|(?:(?:la|le|cette|cet|ce|l.)\s*)?(?:page|article|contenu|vidéo|publication)"
    r"(?: que vous (?:recherchez|cherchez|demandez|avez demandée?)| demandée?)?"
    r"\s+(?:(?:est|semble|semble être)\s+)?"
    r"(?:introuvable|indisponible|non trouvée?|n.existe (?:pas|plus)"
    r"|n.est (?:plus|pas|actuellement pas|malheureusement pas) (?:disponible|accessible|en ligne)"
    r"|a été supprimée?(?: ou déplacée?)?|a expiré)"
    r"|nous (?:n.avons pas (?:pu )?trouvé|ne (?:trouvons|pouvons trouver)) (?:pas )?(?:la|cette) page"
    r"(?: que vous (?:recherchez|cherchez|demandez))?"
    # German: Seite nicht gefunden, Die angeforderte Seite existiert nicht (mehr), Die Seite konnte nicht
    # gefunden werden, Diese Seite gibt es leider nicht
    r"|(?:(?:die|diese|der|dieser)\s+)?(?:von ihnen\s+)?(?:(?:angeforderte|gesuchte|aufgerufene)\s+)?"
    r"(?:seite|artikel|inhalt|beitrag)\s+(?:wurde\s+)?(?:leider\s+)?"
    r"(?:nicht gefunden|existiert nicht(?: mehr)?"
    r"|(?:ist\s+)?(?:leider\s+)?nicht (?:mehr )?verfügbar"
    r"|(?:wurde\s+)?gelöscht|konnte nicht gefunden werden|gibt es (?:leider )?nicht(?: mehr)?)"
    r"|(?:wir )?(?:konnten|können) (?:wir )?die (?:angeforderte |gesuchte )?seite nicht finden"
    # Spanish: Página no encontrada, La página que buscas no existe
    r"|(?:(?:la|esta|el|este)\s+)?(?:página|pagina|artículo|articulo|contenido|noticia)"
    r"(?: que (?:buscas|busca|estás buscando|está buscando)| solicitad[ao])?"
    r"\s+(?:no (?:encontrad[ao]|existe|se (?:ha podido encontrar|encuentra)|(?:está )?disponible)"
    r"|ya no existe|ya no está disponible"
    r"|ha sido eliminad[ao])"
    r"|no se (?:ha )?(?:podido )?encontr(?:ó|ado|ar) la página"
    r"|no (?:hemos podido encontrar|pudimos encontrar|encontramos) lo que (?:buscabas|buscas|estás buscando)"
    r"|no (?:hemos podido encontrar|pudimos encontrar|encontramos) la página"
    r"(?: que (?:buscas|busca|estás buscando|está buscando))?"
    # Arabic: الصفحة غير موجودة (the page does not exist), لم يتم العثور على الصفحة (the page was not found),
    # الصفحة التي تبحث عنها غير متوفرة (the page you are looking for is not available)
    r"|(?:هذه )?الصفحة (?:المطلوبة |التي تبحث عنها |التي طلبتها )?(?:غير (?:موجودة|متوفرة|متاحة)"
    r"|لم تعد (?:موجودة|متوفرة|متاحة))"
    r"|(?:المحتوى|المقال|الخبر) (?:المطلوب )?(?:غير (?:موجود|متوفر|متاح)|لم يعد (?:موجودا|متوفرا|متاحا))"
    r"|(?:لم (?:يتم|نتمكن من)|لا يمكن|تعذر) العثور على الصفحة(?: المطلوبة)?"
    # Italian, Portuguese, Polish, Turkish: Pagina non trovata, Página não encontrada, Nie znaleziono strony,
    # Sayfa bulunamad\u0131 (a dotless i)
    r"|(?:la\s+)?pagina(?: che (?:cerchi|stai cercando))?\s+non (?:trovata|esiste|è disponibile)"
    r"|(?:a\s+)?página(?: que (?:procura|você procura|está procurando))?\s+não (?:encontrada|existe)"
    r"|nie znaleziono (?:strony|artykułu)|strona nie (?:istnieje|została znaleziona)"
    # ... an article or a content gone, in Italian, Portuguese, Polish and Dutch: "L'articolo non è più
    # disponibile", "Esta notícia foi removida", "Artykuł został usunięty", "Dit artikel is niet meer
    # beschikbaar", "Pagina niet gevonden"
    r"|(?:(?:l.|la|il|lo|questo|questa)\s*)?(?:articolo|pagina|contenuto|notizia|video)"
    r"(?: che (?:cerchi|stai cercando|hai cercato))?\s+(?:non (?:è (?:più |al momento )?disponibile"
    r"|esiste più|è stat[oa] trovat[oa])|(?:è stat[oa] )?(?:rimoss[oa]|cancellat[oa])|non trovat[oa])"
    r"|(?:(?:a|o|esta|este|essa|esse)\s+)?(?:página|artigo|notícia|conteúdo|matéria|vídeo)"
    r"(?: que (?:procura|procuras|você procura|está procurando)| solicitad[ao]| pedid[ao])?"
    r"\s+(?:não (?:foi encontrad[ao]"
    r"|existe mais|está (?:mais )?disponível|se encontra disponível)|foi (?:removid[ao]|apagad[ao]"
    r"|eliminad[ao])|(?:está )?indisponível|já não (?:existe|está disponível))"
    r"|(?:(?:ten|ta|to)\s+)?(?:artykuł|strona|treść|materiał|wpis|film)(?:,? której szukasz,?)?\s+"
    r"(?:został[ao]? usunięt[yae]|(?:już )?nie istnieje|(?:jest )?(?:już )?niedostępn[yae]"
    r"|nie został[ao]? znalezion[yae])"
    r"|nie (?:znaleźliśmy|znaleziono|udało (?:nam )?się znaleźć) (?:tej |takiej )?(?:strony|artykułu)"
    r"|(?:(?:de|het|deze|dit)\s+)?(?:pagina|artikel|bericht|inhoud|video)(?: die (?:je|u) (?:zoekt|zocht))?"
    r"\s+(?:niet gevonden|bestaat niet(?: meer)?|is niet (?:meer )?beschikbaar|is verwijderd"
    r"|(?:kon|kan) niet (?:worden )?gevonden(?: worden)?)"
    r"|(?:arad\u0131\u011f\u0131n\u0131z\s+)?sayfa bulunamad\u0131"
    r"|b\u00f6yle bir sayfa (?:yok|bulunmamaktad\u0131r)"
    # Turkish's other words for it: "the page you want to reach cannot be reached", "the news item (content)
    # you are looking for was not found", "the news item was (may have been) removed from publication"
    r"|(?:(?:arad\u0131\u011f\u0131n\u0131z|ula\u015fmak istedi\u011finiz|bu)\s+)?"
    r"(?:sayfa|haber|i\u00e7erik|makale)(?:\s+bulunamad\u0131|ya\s+ula\u015f\u0131lam\u0131yor"
    r"|\s+(?:(?:art\u0131k\s+)?mevcut de\u011fil"
    r"|(?:yay\u0131ndan\s+)?kald\u0131r\u0131lm\u0131\u015f(?:\s+olabilir)?))"
    # Persian: صفحه مورد نظر یافت نشد (the page sought was not found), صفحه‌ای که به دنبال آن هستید پیدا نشد
    # (the page you are looking for was not found), مطلب حذف شده است (the item was deleted)
    r"|(?:این )?(?:صفحه|مطلب|خبر)(?:\u200c?ای که (?:به )?دنبال(?: آن|ش) (?:هستید|می\u200c?گردید))?"
    r"(?: مورد نظر| درخواستی)?(?: شما)?\s+(?:یافت نشد|پیدا نشد|وجود ندارد|حذف شده(?: است)?)"
)
# What an error page says before its error: an interjection or "error", in the same languages.
_ERROR_OPENING = (
    r"oops|whoops|sorry|error|uh oh|hmm|упс|ой|извините|ошибка|помилка|вибачте|oups|désolé|erreur|hoppla"
    r"|fehler|entschuldigung|ups|lo sentimos|vaya|parece que|عذرا|عفوا|خطأ|spiacenti|desculpe"
    # Turkish's and Persian's: sorry, error, unfortunately
    r"|\u00fczg\u00fcn\u00fcz|hata|maalesef|متاسفیم|متأسفیم|متاسفانه|خطا"
    # Unfortunately: Russian, Ukrainian, German, French, Spanish, Italian, Polish
    r"|к сожалению|на жаль|leider|malheureusement|lamentablemente|desafortunadamente|purtroppo|niestety"
    # Sorry, oops, error: Dutch, Polish, Portuguese
    r"|helaas|oeps|excuses|przepraszamy|błąd|lamentamos|infelizmente|erro|ops"
)
# Openings, then phrases one after another, each but the last followed by non-word characters, then
# non-word characters and digits ("Oops! Page not found - 404"). The phrase is written once, each one ending
# at non-word characters or where only those and digits are left: as a whole match, the same strings as
# `phrase(?:\W+phrase)*[\W\d]*`, at half the compiling (the 8 KB phrase written twice made this each capture
# process's costliest pattern to compile). Only a whole match means the same: kept as `fullmatch` alone.
_ERROR_PART = on_first_use(
    rf"[¡¿]?(?:(?:{_ERROR_OPENING})\b\W*)*(?:(?:{_ERROR_PHRASE})(?:\W+|(?=[\W\d]*\Z)))+[\W\d]*",
    re.IGNORECASE,
)
# A word each of `_ERROR_PHRASE`'s phrases holds when it matches ASCII text (a phrase that cannot, such as a
# Cyrillic one, needs none): a title part of ASCII without one of these is no error, and the pattern, the
# costliest a capture process compiled, waits for a part that could be. Checked against the pattern's parse
# by tests/extractors/test_pattern_rewrites.py: a phrase added without its word fails there.
_ERROR_WORDS = (
    *("404", "found", "exist", "available", "deleted", "withdrawn", "taken down", "expired", "here", "find"),
    *("410", "error", "gateway", "moved", "nginx", "default page", "iis windows", "back soon", "maintenance"),
    *("construction", "disponible", "accessible", "en ligne", "gefunden", "gibt es", "wartungsarbeiten"),
    *("erreichbar", "encontr", "encuentra", "eliminad", "mantenimiento", "trovat", "esiste", "rimoss"),
    *("cancellat", "manutenzione", "costruzione", "removid", "apagad", "znalezi", "istnieje", "budowie"),
    *("techniczn", "bestaat", "beschikbaar", "verwijderd", "onderhoud", "gevonden", "bulunamad", "bakimdad"),
    *("crawl time", "archived", "trouv"),
)


def _error_part_fullmatch(part: str) -> re.Match[str] | None:
    """`part` as a whole says only "not found" (`_ERROR_PART`), after the cheap test of `_ERROR_WORDS`."""
    if part.isascii() and not _holds_an_error_word(part.lower()):
        return None
    return _ERROR_PART().fullmatch(part)


def _holds_an_error_word(lowered: str) -> bool:
    """Whether `lowered` holds one of `_ERROR_WORDS`. A loop, not any() over a generator: 20 k instructions
    against 31 k for a title part of two words, which holds none of the 53 (one search of them all costs 10 k,
    but compiling it 5 M, which a process reading fewer than some 160 pages does not win back)."""
    for word in _ERROR_WORDS:  # noqa: SIM110
        if word in lowered:
            return True
    return False


_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\u00b7:-]+\s+|\s*\|\s*")
SENTENCE_STOPS = re.compile(r"(?<=[.!?])\s+|\n")
_MAX_ERROR_TEXT = 2000  # an error title, heading or sentence is short; a longer one is read no further
_MAX_ERROR_PART = 200


def error_message(text: str | None, parts: re.Pattern[str] | None = _TITLE_SEPARATORS) -> str | None:
    """The part of a title (or of a short text split into sentences, or a whole heading: `parts` None) that
    says only "not found", if any."""
    text = (text or "")[:_MAX_ERROR_TEXT]
    for part in parts.split(text)[:20] if parts else [text]:
        if len(part) <= _MAX_ERROR_PART and _error_part_fullmatch(part.strip()):
            return part.strip()
    return None


_SCRIPT_NOTICE = on_first_use(
    r"javascript is (?:not available|disabled|required)|enable javascript|(?:requires|need) javascript"
    r"|turn on javascript|javascript (?:must|needs to) be enabled",
    re.IGNORECASE,
)
_SHORT_PAGE_CHARS = 400  # visible text under this many characters is a page with no content of its own
_EMPTY_PAGE_WORDS = 12


_FIELD_CHARS = 500


def raw_fields(fields: Mapping[str, str | None]) -> dict[str, str]:
    """The raw fields an extractor read, for the record: empty ones dropped, each cut at 500 characters."""
    return {name: value[:_FIELD_CHARS] for name, value in fields.items() if value}


# The posts a web page embeds (an X post's `blockquote.twitter-tweet`, …), as the web extractor keeps them in
# `SourcePost.fields`: a line each, `LABEL<tab>WORDS` ("an X post by @hlceo (CEO, January 21, 2022)" and its
# words), read by the quote check, which names the post a quote is found only in.
EMBEDDED_POSTS = "embedded posts"


# The publisher's retraction of the article a web page shows (`problem` unavailable, said as
# `problem_detail` is), as the web extractor keeps it in `SourcePost.fields`: the page's words are read all
# the same, and a report that says the piece was retracted is checked against them (`checks.retraction`).
RETRACTION = "retraction"


# A preprint's versions as the web extractor keeps them in `SourcePost.fields` (arXiv's submission history):
# `v1 2022-01-03T18:59:59Z | v2 2022-03-18T12:00:00Z`, read by the date check. Not `versions`: a Mastodon
# post's field of that name counts its edit history.
PREPRINT_VERSIONS = "preprint versions"
# The version of them the page shows (`v2`: a medRxiv or bioRxiv page's, by its canonical link), whose day its
# metadata gives: named by the date check where the cited day is none of theirs.
PREPRINT_VERSION_SHOWN = "preprint version shown"
# A journal article's day online before its issue's (`2024-03-05`), from its `citation_online_date`, kept by
# the web extractor and read by the date check.
ONLINE_FIRST = "online first"


# A live blog's entries, as the web extractor keeps them in `SourcePost.fields` (`live blog entry 1`, …: `TIME
# #name | text`), and the field a record that leaves some out counts them in.
LIVE_BLOG_ENTRY = "live blog entry "
LIVE_BLOG_ENTRIES_LEFT_OUT = "live blog entries left out"


def live_blog_entries_used(
    fields: Mapping[str, str], used_times: Collection[str], cited_url: str | None = None
) -> dict[str, str]:
    """`fields` as a record keeps them where a live blog's entries fill them (up to 100 of 500 characters
    each: a ledger line of 50 kB): only the entries a check used, the one of a time the date check found
    (`used_times`, as written) and the one the note's link names (`#block-61eb…`, `?post=123`, `/h_1a2b…`),
    and a count of the rest in `LIVE_BLOG_ENTRIES_LEFT_OUT` (the WARC holds the whole page). Unchanged where
    no entry is left out."""
    entries = [name for name in fields if name.startswith(LIVE_BLOG_ENTRY)]
    kept: set[str] = set()
    for name in entries:
        written = fields[name].partition(" | ")[0]
        time, _, named = written.partition(" ")
        if time in used_times or (named and cited_url and _names_the_entry(cited_url, named)):
            kept.add(name)
    if len(kept) == len(entries):
        return dict(fields)
    record = {name: value for name, value in fields.items() if name in kept or name not in entries}
    record[LIVE_BLOG_ENTRIES_LEFT_OUT] = f"{len(entries) - len(kept)} of {len(entries)}, used by no check"
    return record


def _names_the_entry(url: str, named: str) -> bool:
    """Whether a link names a live blog's entry as the web extractor writes its name (`#block-61eb`,
    `?post=123`, `/h_1a2b`): its fragment, one of its query's parts, or its path's last part."""
    address, _, fragment = url[:2000].partition("#")
    path, _, query = address.partition("?")
    if named.startswith("#"):
        return fragment == named[1:]
    if named.startswith("?"):
        return named[1:] in query.split("&")
    return path.rstrip("/").rsplit("/", 1)[-1] == named[1:]


def _html_as_text(content_type: str | None, body: bytes) -> tuple[str, str]:
    """(charset, text) of a page's bytes: its byte order mark's, else its header's, else its `<meta>`'s, else
    `undeclared_charset`'s guess. The order w3lib's `html_to_unicode` takes, written out with its public
    parts because w3lib 2.6 deprecates passing our own guess to it."""
    from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, to_unicode

    marked, mark = read_bom(body)
    if marked is not None and mark is not None:
        return marked, to_unicode(body[len(mark) :], marked)
    encoding = (
        http_content_type_encoding(content_type)
        or html_body_declared_encoding(body)
        or undeclared_charset(body)
        or "utf8"
    )
    return encoding, to_unicode(body, encoding)


def decode_html(response: StoredResponse) -> str:
    """The body as text, in the charset its header or its `<meta>` names (UTF-8 when neither does, but for
    a page whose bytes are not UTF-8: Windows-1251 or KOI8-R for Russian or Ukrainian words, else
    Windows-1252: `undeclared_charset`).

    HTML parsers spend time in proportion to depth for every tag, so markup nested deeper than a browser nests
    it (`html_nesting`; crafted: real pages stay far below) is not read at all: it comes back as "" and the
    page says nothing.
    """
    content_type = response.header("Content-Type")
    encoding, text = _html_as_text(content_type, response.body)
    if encoding == "utf-16-be" and _unmarked_utf_16(content_type, response.body):
        text = response.body.decode("utf-16-le", errors="replace")
    return str(text) if nests_as_a_browser_reads(str(text)) else ""


# An undeclared page's bytes read for its charset: its text comes early, after the `<head>`.
_CHARSET_SAMPLE = 262_144
# A Cyrillic letter in Windows-1251 or KOI8-R: 0xC0-0xFF, and (Windows-1251) Yo, Ukrainian Ye, I and Yi.
_CYRILLIC_BYTE = rb"[\xc0-\xff\xa8\xb8\xaa\xba\xb2\xb3\xaf\xbf]"
# A run of three such bytes: a word of Cyrillic letters. A Western page in Windows-1252 writes its accented
# letters one at a time between plain ones (`café`, `Straße`): they seldom stand three in a row.
_CYRILLIC_RUN = re.compile(_CYRILLIC_BYTE + b"{3,}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_MIN_CYRILLIC_BYTES = 20
# A character UTF-8 writes in two to four bytes: a Windows-1252 text seldom holds one (`Ã©` is mojibake).
_UTF_8_CHARACTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def undeclared_charset(body: bytes) -> str | None:
    """The charset of a page that names none (no BOM, header or `<meta>`), when its bytes are not UTF-8:
    Windows-1251 or KOI8-R when they read as Russian or Ukrainian words, as a Russian reader's browser reads
    them; else Windows-1252 (a Western page's curly quotes and accented letters: a right single quote is
    0x92) when fewer of its high bytes make UTF-8 characters than do not, as a Western reader's browser
    reads it; None (UTF-8) for any other. Read as UTF-8, every such letter came out U+FFFD: the title, the
    text and an error page's words (`Страница не найдена`) unread, a true quote with an apostrophe not
    found. Most of a Cyrillic text's letters are lowercase, which Windows-1251 writes at 0xE0-0xFF and
    KOI8-R at 0xC0-0xDF: the more frequent half names the charset. A UTF-8 page with a stray byte (a
    template's) stays UTF-8."""
    sample = body[:_CHARSET_SAMPLE]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start >= len(sample) - 3:  # a character cut at the sample's end: UTF-8 all the same
            return None
    else:
        return None
    runs = _CYRILLIC_RUN.findall(sample)
    in_runs = sum(len(run) for run in runs)
    high = len(_HIGH_BYTE.findall(sample))
    if in_runs < _MIN_CYRILLIC_BYTES or in_runs * 2 < high:
        in_utf_8 = sum(len(character) for character in _UTF_8_CHARACTER.findall(sample))
        return "cp1252" if in_utf_8 * 2 < high else None
    letters = b"".join(runs)
    lower_1251 = sum(1 for byte in letters if byte >= 0xE0)
    upper_1251 = sum(1 for byte in letters if 0xC0 <= byte < 0xE0)
    return "cp1251" if lower_1251 >= upper_1251 else "koi8-r"


def _unmarked_utf_16(content_type: str | None, body: bytes) -> bool:
    """Whether the answer says `utf-16` without saying which byte order, and its body opens with no BOM: a
    browser then reads it little-endian (the Encoding Standard's `utf-16`, as Windows writes it), where
    w3lib reads it big-endian (RFC 2781), and every character came out another (an error page's words
    unread, a quote not found)."""
    from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

    if read_bom(body)[0] is not None:
        return False
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    return declared == "utf-16"


def nests_as_a_browser_reads(html: str) -> bool:
    """Whether `html` nests no deeper than a browser nests (and reopens few elements left open)."""
    # Each level of nesting opens with a `<`: markup with fewer of them needs no count.
    return html.count("<") <= MAX_NESTING or within_nesting(html) == html


def parse_html(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def first_named(tree: LexborHTMLParser, tag: str) -> LexborNode | None:
    """The page's first element named `tag` (one a page has few of: `h1`, `title`, `html`). Found by name,
    as `tree.tags` finds the elements of a name, in document order: a CSS query parses its selector again
    each time and calls back for each node it matches, five times the instructions on a short article, and
    a page's read asked for its `h1` seven times."""
    found = tree.tags(tag)
    return found[0] if found else None


def squeeze(text: str) -> str:
    """Runs of whitespace made one space, ends stripped."""
    return " ".join(text.split())


def text_value(value: Any) -> str | None:
    """A JSON value that is text with something in it, its whitespace squeezed; None for anything else."""
    return squeeze(value) if isinstance(value, str) and value.strip() else None


# A platform's side document (a post's JSON) is some kilobytes: a larger body is no answer of its API.
MAX_SIDE_JSON = 2_000_000


def json_of(body: bytes, limit: int = MAX_SIDE_JSON) -> Any:
    """The JSON a side document's body holds, or None: over `limit` bytes, not JSON, or nested deeper than
    the parser goes (`[[[[…` some thousands deep). A lone surrogate it escapes is U+FFFD
    (`without_lone_surrogates`)."""
    if len(body) > limit:
        return None
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    return _strings_made_writable(data) if _SURROGATE_ESCAPE.search(body) else data


# A JSON string's escape of a UTF-16 surrogate (`\ud800`): a pair is one character, a lone one no UTF-8
# writes.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """`text` with each lone surrogate made U+FFFD, as a browser shows one. JSON escapes any (`"\\ud800"`),
    and the parser keeps it in the string: no UTF-8 can write it, and a source's name or words holding one
    stopped the run where the ledger line naming it was written (exit 3, "internal error")."""
    return _LONE_SURROGATE.sub("\ufffd", text) if holds_a_lone_surrogate(text) else text


def holds_a_lone_surrogate(text: str) -> bool:
    """Whether `text` holds a lone surrogate: never where it is ASCII (a flag the string keeps) or encodes as
    UTF-8 (which writes every other character), both passes in C; the pattern's search walked each
    character through the regular-expression engine (5 % of reading a page of 8 KB, for its text)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _strings_made_writable(data: Any) -> Any:
    """`data` (parsed JSON) with every string and key `without_lone_surrogates`, walked without recursion."""
    root: list[Any] = [data]
    stack: list[Any] = [root]
    while stack:
        container = stack.pop()
        if isinstance(container, list):
            for index, value in enumerate(container):
                if isinstance(value, str):
                    container[index] = without_lone_surrogates(value)
                elif isinstance(value, (list, dict)):
                    stack.append(value)
        else:
            items = list(container.items())
            container.clear()  # filled again in its order, each key made writable
            for key, value in items:
                if isinstance(value, str):
                    value = without_lone_surrogates(value)
                elif isinstance(value, (list, dict)):
                    stack.append(value)
                container[without_lone_surrogates(key)] = value
    return root[0]


def node_text(node: LexborNode) -> str:
    """A node's text with `<br>` as a line break and inline markup joined without inserted spaces; what a
    browser does not show (a script, a template, an element hidden by attribute or style) is not its text."""
    copy = LexborHTMLParser(node.html or "")
    # A post's words are what its reader sees: a quote found only in a `<script>` or a hidden `<span>` inside
    # the text block (markup the source controls) is not on the page.
    copy.strip_tags(_INVISIBLE)
    _drop_all(copy, HIDDEN_SELECTOR)
    for br in copy.css("br"):
        br.replace_with("\n")
    root = copy.body or copy.root
    text = root.text(separator="") if root is not None else ""
    return "\n".join(squeeze(line) for line in text.splitlines()).strip()


def visible_text(html: str) -> str:
    """What a browser without JavaScript shows of the body, whitespace squeezed, at most MAX_TEXT."""
    return visible_text_of(LexborHTMLParser(html))


def visible_text_of(tree: LexborHTMLParser) -> str:
    """`visible_text` of a parsed page. The tree loses its invisible elements: read it last."""
    _drop_styled_hidden(tree)  # before the `<style>` elements that say what they hide are stripped
    tree.strip_tags(_INVISIBLE)
    # Hidden by attribute or style too: a quote found only in a `hidden` element of a short page (read whole,
    # not by trafilatura) verified the footnote.
    _drop_all(tree, HIDDEN_SELECTOR)
    body = tree.body
    return squeeze(body.text(separator=" ") if body is not None else "")[:MAX_TEXT]


def page_title(tree: LexborHTMLParser) -> str | None:
    node = first_named(tree, "title")
    title = squeeze(shown_references(node.text())) if node is not None else ""
    return title or None


# A character reference with its closing `;` (`&amp;`, `&#039;`, `&#x2019;`): bounded, so linear.
_CHARACTER_REFERENCE = on_first_use(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def shown_references(text: str) -> str:
    """A title with the character references left in it as the character each writes: a page that escapes
    its title twice (`&amp;#039;` in a `<title>` or an `og:title`, as WordPress's themes and SEO plugins
    often do) shows `&#039;` where its headline has an apostrophe, and the true title warned ("the numbers
    differ: 039"). A reference without its `;` ("R&D", "&copy2022") is left as written."""
    if "&" not in text:
        return text
    return _CHARACTER_REFERENCE().sub(lambda found: html.unescape(found.group(0)), text)


MAX_META = 2000  # a page with more `<meta>` tags than this is not telling us anything in the rest


def meta_tags(tree: LexborHTMLParser, kept: Callable[[LexborNode], bool] | None = None) -> dict[str, str]:
    """Each `<meta name|property|itemprop=…>` name (lowercase) and its first non-empty content; of the tags
    `kept` keeps, when given."""
    found: dict[str, str] = {}
    for node in tree.tags("meta")[:MAX_META]:
        if kept is not None and not kept(node):
            continue
        attributes = node.attributes
        key = (
            attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or ""
        ).lower()
        content = squeeze(attributes.get("content") or "")
        if key and content and key not in found:
            found[key] = content
    return found


def meta_content(metas: Mapping[str, str], *names: str) -> str | None:
    """The content of the first of `names` the page's `<meta>` tags give."""
    for name in names:  # a loop, not a generator: a page's read asks some 25 times
        key = name.lower()
        if key in metas:
            return metas[key]
    return None


@dataclass(frozen=True)
class PublishedTime:
    at: dt.datetime  # UTC
    day_only: bool  # the value named a calendar day (or a time without zone): only its day is known


# Times a page can give that the date check can still move by a day either way (`9999-12-31T23:00Z` cannot).
_FIRST_YEAR, _LAST_YEAR = 2, 9998


# An ISO week without its day (`2022-W03`): Python reads it as the week's Monday, a day the page never named.
_WEEK_ONLY = re.compile(r"^\d{4}-?W\d{2}$", re.IGNORECASE)
# The year of an RFC 2822 time as written: `email.utils` reads `0001` as 2001 and `0022` as 2022, as it reads
# the two-digit years the standard allows (`21 Jan 22`).
_RFC_2822_YEAR = on_first_use(r"[A-Za-z]{3}\s+(\d{3,4})\b")


def parse_published(value: str | None, midnight_is_a_day: bool = False) -> PublishedTime | None:
    """An ISO 8601 or RFC 2822 time. A date alone, or a time without a zone, is kept as its calendar day;
    so is a time of exactly midnight in its own zone when `midnight_is_a_day` (a web page's: many sites write
    a date without a time as `2022-01-21T00:00:00Z`, and moved across time zones it confirmed the day
    before). None when it is none of these, a week without its day, or in the years 1 or 9999."""
    if not value:
        return None
    text = value.strip()[:64]
    if _WEEK_ONLY.match(text):
        return None
    parsed: dt.datetime | None = None
    try:
        parsed = dt.datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):  # `+9999999999999999999999` overflows
            return _written_day(text)
        written = _RFC_2822_YEAR().search(text)
        if written is not None and int(written.group(1)) != parsed.year:
            return None
    if not _FIRST_YEAR <= parsed.year <= _LAST_YEAR:
        return None  # no publication time, and one that cannot be moved across time zones
    midnight = midnight_is_a_day and parsed.time() == dt.time(0)
    if parsed.tzinfo is None or midnight:
        day = parsed.date()
        return PublishedTime(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC), day_only=True)
    day_only = len(text) <= len("2022-01-21")
    return PublishedTime(parsed.astimezone(dt.UTC), day_only=day_only)


# A day written out in English, as some sites put it in their JSON-LD or `<time datetime>` (`January 20,
# 2022`, `Jan. 20, 2022`, `20 January 2022`): neither ISO 8601 nor RFC 2822, it gave the page no date.
_WRITTEN_DAY = on_first_use(
    r"(?:(?P<month>[A-Za-z]{3,9})\.?\s{1,3}(?P<day>\d{1,2})(?:st|nd|rd|th)?,?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?P<month2>[A-Za-z]{3,9})\.?,?)\s{1,3}(?P<year>\d{4})"
)
_ENGLISH_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip


# What a day written out in another language may have beside it in such a value: a weekday's name before it
# (`jeudi 20 janvier 2022`), a word after its year (Russian's "g." for "year"), a time of day (`Donnerstag,
# 20. Januar 2022, 10:00`, French's `10h30`): a few words without digits, and one clock.
_WRITTEN_DAY_CLOCK = on_first_use(r"(?<!\d)(?:[01]?\d|2[0-3])\s?[:.h]\s?[0-5]\d(?::[0-5]\d)?(?!\d)")
_MOST_WORDS_BESIDE_THE_DAY = 3
_FOUR_DIGITS = on_first_use(r"\d{4}")
# The stems of an update's label, casefolded, in the languages the note parser reads days in (English,
# French, German, Spanish, Italian, Portuguese, Polish, Turkish, Dutch, Swedish; Russian's and Ukrainian's
# "obnov", "izmen", "onovl", "zmin"; Arabic's "tahdith").
_UPDATE_STEMS = (
    *("updat", "modif", "edit", "revis", "amend", "jour", "actuali", "aktuali", "ge\u00e4nd", "stand"),
    *("aggiorn", "atualiz", "aktualiz", "g\u00fcncel", "a\u017eur", "bijgewerkt", "gewijzigd", "uppdater"),
    "\u00e4ndrad",
    *(
        "\u043e\u0431\u043d\u043e\u0432",
        "\u0438\u0437\u043c\u0435\u043d",
        "\u043e\u043d\u043e\u0432\u043b",
        "\u0437\u043c\u0456\u043d",
        "\u062a\u062d\u062f\u064a\u062b",
    ),
)


def _written_day(text: str) -> PublishedTime | None:
    """The day `text` writes out, whole, as a day alone: in English (`_WRITTEN_DAY`), else in any language
    and order the note parser reads (`20 janvier 2022`, `20. Januar 2022`, `20 de enero de 2022`, Russian's
    and Ukrainian's, `20.01.2022`: `_other_language_day`); else None."""
    found = _WRITTEN_DAY().fullmatch(text)
    if found is None:
        return _other_language_day(text)
    month = _ENGLISH_MONTHS.get((found["month"] or found["month2"]).lower())
    if month is None:  # another language's month in Latin letters (`20 janvier 2022`, `20 Ocak 2022`)
        return _other_language_day(text)
    try:
        day = dt.date(int(found["year"]), month, int(found["day"] or found["day2"]))
    except ValueError:  # no such month or day (`February 30, 2022`, `Foo 20, 2022`)
        return None
    if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
        return None
    return PublishedTime(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC), day_only=True)


def _other_language_day(text: str) -> PublishedTime | None:
    """The day a JSON-LD `datePublished` or a `<time datetime>` writes out in another language than English
    (`_written_day`): it gave the page no date, where the same day in English did. Only a value that is the
    day (`find_date`'s, with a four-digit year, one day plainly) and at most `_MOST_WORDS_BESIDE_THE_DAY`
    words without digits and one time of day beside it: anything more is a sentence, not a date's value."""
    if _FOUR_DIGITS().search(text) is None:
        return None
    found = find_date(text)
    if found.date is None or found.ambiguous or found.in_a_range or _FOUR_DIGITS().search(found.text) is None:
        return None
    if other_days(text, found.date):
        return None
    # A day in English with words beside it (`January 20, 2022 at noon`) is read by `_WRITTEN_DAY` alone,
    # whole or not at all, as before.
    english = _WRITTEN_DAY().fullmatch(found.text)
    if english is not None and (english["month"] or english["month2"]).lower() in _ENGLISH_MONTHS:
        return None
    # An update's label before the day (`Updated 21 January 2022`, French's `Mis a jour le`, German's
    # `Stand:`): no publication's day.
    before = text[: text.find(found.text)].casefold()
    if any(stem in before for stem in _UPDATE_STEMS):
        return None
    rest = _WRITTEN_DAY_CLOCK().sub(" ", text.replace(found.text, " ", 1), count=1)
    words = rest.replace(",", " ").split()
    if len(words) > _MOST_WORDS_BESIDE_THE_DAY or any(character.isdigit() for character in rest):
        return None
    day = found.date
    if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
        return None
    return PublishedTime(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC), day_only=True)


# A site's home page, as sites write it: `/`, `/index.html`, `/default.aspx`, `/home`, and a language's home
# (`/en/`, `/pt-br/index.php`).
_HOME_PATH = re.compile(
    r"/?(?:[a-z]{2}(?:[-_][a-z]{2})?/?)?(?:(?:index|default)\.(?:html?|php|aspx?|jsp)|home/?)?", re.IGNORECASE
)


def is_home_url(url: str) -> bool:
    """Whether `url` is a site's home page (`_HOME_PATH`), with no query."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return _HOME_PATH.fullmatch(parts.path[:40]) is not None and not parts.query


# A query's parameters that say how a reader came (a campaign's `utm_*`, a click id, a referrer), that the
# page was sent there in a removed page's place (`?redirected=1`, `?from=/2022/01/21/…`), or the home page's
# language: none names a page of its own (WordPress's `?p=123`, a CMS's `?id=` do).
_NO_PAGE_S_PARAMETERS = frozenset(
    (
        *("fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "ref", "ref_src", "referrer", "source", "from"),
        *("redirect", "redirected", "redirect_from", "redirectedfrom", "old_url", "notfound", "lang", "hl"),
    )
)
_MAX_HOME_PARAMETERS = 10
_MAX_QUERY_CHARS = 2000


def _redirected_home(url: str) -> bool:
    """Whether `url` is a site's home page (`is_home_url`), or its home page's address with a query of only
    parameters that name no page (`_NO_PAGE_S_PARAMETERS`, `utm_*`): `/?utm_source=old_article`,
    `/?redirected=1`, `/index.php?lang=en`, where sites send the link of an article they took down."""
    if is_home_url(url):
        return True
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if _HOME_PATH.fullmatch(parts.path[:40]) is None or len(parts.query) > _MAX_QUERY_CHARS:
        return False
    names = [pair.partition("=")[0].lower() for pair in parts.query.split("&") if pair]
    return 0 < len(names) <= _MAX_HOME_PARAMETERS and all(
        name.startswith("utm_") or name in _NO_PAGE_S_PARAMETERS for name in names
    )


# Path segments (whole, before any extension) that name a site's error page or its search page: where sites
# send the link of a page they no longer have (`/404`, `/error.aspx?aspxerrorpath=…`, `/search?q=<slug>`).
_ERROR_SEGMENTS = frozenset(
    {"404", "410", "error", "errors", "not-found", "notfound", "page-not-found", "pagenotfound", "error-404"}
    | {"error404", "404-error", "404-page"}
)
_SEARCH_SEGMENTS = frozenset(
    {"search", "search-results", "suche", "recherche", "buscar", "busqueda", "cerca", "szukaj", "zoeken"}
    | {"poisk", "пошук", "поиск"}
)
_SEARCH_KEYS = frozenset({"s", "q", "query", "search"})
# Where sites send a visitor who has not yet answered their cookie question: a consent host (Google's and
# YouTube's `consent.`, Yahoo's `guce.`, DPG Media's `myprivacy.`) or a consent path on the site itself
# (`/zustimmung?url=…`, `/cookiewall`).
_CONSENT_HOSTS = ("consent.", "guce.", "myprivacy.")
_CONSENT_SEGMENTS = frozenset(
    {"consent", "cookiewall", "cookie-wall", "cookie-consent", "privacy-gate", "privacygate", "zustimmung"}
    | {"einwilligung", "privacy-consent"}
)


def _named_segments(url: str) -> frozenset[str]:
    """The path segments of `url`, lowercase, each without its extension."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return frozenset()
    return frozenset(part.lower().partition(".")[0] for part in path[:2000].split("/")[:_MAX_SEGMENTS])


def _searches(url: str) -> bool:
    """Whether `url` is a site's search page: a search segment, or the home page asked a search (`/?s=…`)."""
    if _named_segments(url) & _SEARCH_SEGMENTS:
        return True
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    keys = {pair.partition("=")[0].lower() for pair in parts.query[:2000].split("&")[:_MAX_SEGMENTS]}
    return parts.path in ("", "/") and bool(keys & _SEARCH_KEYS)


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""


_MAX_LABELS = 10


def _domain_among(host: str, domains: frozenset[str]) -> str | None:
    """The one of `domains` that `host` is, or is a subdomain of."""
    labels = host.split(".")[-_MAX_LABELS:]
    suffixes = (".".join(labels[at:]) for at in range(len(labels)))
    return next((suffix for suffix in suffixes if suffix in domains), None)


# Path segments that name a sign-in page (`/login`, `/user/login`, `/accounts/login/`, `/signin`,
# `/wp-login.php`), whole segments only: `/2022/01/login-outage-hits-banks` is an article.
_LOGIN_SEGMENTS = frozenset(
    {"login", "log-in", "logon", "log-on", "signin", "sign-in", "signon", "sign-on", "authwall", "wp-login"}
    | {"servicelogin"}
)
_MAX_SEGMENTS = 50


def _login_path(url: str) -> str | None:
    """The path of `url` when one of its segments names a sign-in page."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    segments = path[:2000].split("/")[:_MAX_SEGMENTS]
    return path[:120] if any(part.lower().partition(".")[0] in _LOGIN_SEGMENTS for part in segments) else None


# Where an expired domain's pages are sent to be sold or parked: none of them is the cited content.
_DOMAIN_SELLERS = frozenset(
    {"hugedomains.com", "dan.com", "afternic.com", "sedo.com", "sedoparking.com", "buydomains.com"}
    | {"domainmarket.com", "undeveloped.com", "atom.com", "squadhelp.com", "brandbucket.com", "godaddy.com"}
    | {"parkingcrew.net", "bodis.com", "above.com", "domainnamesales.com"}
)
# What a parked domain's page says of itself.
_PARKED = on_first_use(
    r"\b(?:this|the) domain(?: name)?(?: \S{1,100})? (?:is|may be|might be|could be)"
    r" (?:for sale|available for purchase)\b"
    r"|\bbuy this domain\b|\bdomain (?:name )?(?:is )?parked\b|\bparked (?:free|domain)\b"
    # The same on German, French, Spanish, Russian, Ukrainian, Turkish and Arabic registrars' parking pages:
    # "Diese Domain steht zum Verkauf", "Ce nom de domaine est à vendre", "Этот домен продаётся" ...
    r"|\b(?:diese|die) domain(?:name)?(?: \S{1,100})? (?:steht zum verkauf|ist zu verkaufen)\b"
    r"|\bdiese domain kaufen\b"
    # (a French `domaine` is an estate too: "Le domaine viticole est à vendre" is a story)
    r"|\b(?:(?:ce|le) )?nom de domaine(?: \S{1,100})? est à vendre\b"
    r"|\b(?:ce|le) domaine \S{1,100}\.\w+ est à vendre\b"
    r"|\b(?:este|el) dominio(?: \S{1,100})? (?:está en venta|está a la venta|se vende)\b"
    r"|\b(?:этот |данный |цей )?домен(?: \S{1,100})? (?:прода[её]тся|выставлен на продажу|продається)\b"
    r"|\b(?:bu )?alan ad\u0131(?: \S{1,100})? sat\u0131l\u0131k(?:t\u0131r)?\b"
    r"|(?:هذا )?(?:اسم النطاق|النطاق|الدومين)(?: \S{1,100})? (?:معروض )?للبيع",
    re.IGNORECASE,
)
# ... and in fewer words, read after those (which say more, where a page says both).
_PARKED_TERSELY = on_first_use(
    r"\bget this domain\b|\bdomain (?:name )?for sale\b"
    # A parking service's ads, by the words it must show beside them.
    r"|\bthe sponsored listings displayed above are served automatically by a third party\b",
    re.IGNORECASE,
)

# A bot check shown instead of the page (Cloudflare, DataDome, PerimeterX): its title, its words, its markup.
_CHALLENGE_TITLE = re.compile(
    r"(?:just a moment|checking your browser|attention required|one more step|please wait|ddos-guard"
    r"|verifying you are human|security check"
    # Russian sites' bot checks: Yandex's SmartCaptcha (Вы не робот?), DDoS-Guard's and Qrator's (Проверка
    # браузера), in Russian and Ukrainian.
    r"|вы не робот|ви не робот|проверка браузера|проверяем (?:ваш )?браузер|перевірка браузера"
    # Cloudflare's "Just a moment..." in the visitor's language: Russian, Ukrainian, French, German, Spanish,
    # Turkish, Arabic.
    r"|один момент|одну хвилину|зачекайте|un instant|(?:nur )?einen moment(?: bitte)?|un momento"
    r"|bir dakika(?: l\u00fctfen)?|لحظة(?: من فضلك)?)\W*",
    re.IGNORECASE,
)
_CHALLENGE_TEXT = on_first_use(
    r"checking (?:your browser|if the site connection is secure)|verifying you are (?:a )?human"
    r"|our systems have detected unusual traffic|incapsula incident id"
    r"|you(?:.ve| have) (?:sent|made) too many requests|we(?:.ve| have) received too many requests from you"
    r"|your request has been blocked due to a network policy|you.ve been blocked by network security"
    r"|needs to review the security of your connection|enable javascript and cookies to continue"
    r"|please complete the security check|press (?:&|and) hold to confirm|please verify you are a human"
    # ... and its "Verifying you are human" in those languages.
    r"|проверя(?:ем|ется), (?:что вы|человек ли вы)|перевіряємо, чи ви людина"
    r"|v\u00e9rification que vous \u00eates (?:un )?humain"
    r"|\u00fcberpr\u00fcfen(?: sie)?, ob sie ein mensch sind|verificando que (?:eres|es) (?:un ser )?humano"
    r"|insan oldu\u011funuz do\u011frulan\u0131yor"
    r"|(?:جار(?:ٍ|ي)? )?التحقق من أنك إنسان",
    re.IGNORECASE,
)
# Cloudflare injects `/cdn-cgi/challenge-platform/.../jsd/main.js` into ordinary pages too: only its
# challenge page's own names count (`cf_chl_opt`, the `orchestrate` script, the verification box).
_CHALLENGE_MARKUP = on_first_use(
    r"cf-browser-verification|cf_chl_opt|cf-challenge|id=[\"']?challenge-form|/cdn-cgi/challenge-platform/\S{0,40}"
    r"orchestrate|px-captcha|captcha-delivery\.com|_incapsula_resource\?cwudnsai|/checkcaptcha\b"
)
# A firewall's or a rate limiter's refusal, answered (by some) with 200: its title or a heading says only this
# (Cloudflare's "Access denied | … used Cloudflare to restrict access" and "Sorry, you have been blocked",
# Akamai's and Sucuri's "Access Denied", PerimeterX's "Access to this page has been denied").
_BLOCK_TITLE = re.compile(
    r"(?:access denied|access to this page has been denied|(?:sorry, )?you have been blocked"
    r"|request unsuccessful|(?:error\W*)?(?:429\W*)?too many requests|rate limit(?:ed| exceeded)"
    r"|you.re temporarily blocked|доступ (?:запрещ[её]н|ограничен)|доступ заборонено|слишком много запросов"
    # Russian providers' stubs for a site Roskomnadzor blocks: "access to the requested resource is
    # restricted", "the resource is blocked"
    r"|доступ к (?:запрашиваемому |информационному )?(?:ресурсу|сайту|странице) (?:ограничен|заблокирован)"  # noqa: RUF001
    r"|(?:ресурс|сайт|страница) заблокирован(?:а)?"  # noqa: RUF001
    r"|забагато запитів"
    # "Access denied" in French, German, Spanish, Turkish and Arabic.
    r"|acc\u00e8s (?:refus\u00e9|interdit)|(?:zugriff|zugang) verweigert|acceso denegado"
    r"|eri\u015fim (?:engellendi|reddedildi)|تم رفض الوصول|الوصول (?:مرفوض|ممنوع))\W*",
    re.IGNORECASE,
)
# What a page says in place of content its visitor may not see: a block by country (or by law: HTTP 451's
# words, which some sites send with 200), an age gate, a host's notice that the site's account is suspended.
# Only on a page that says little else: an age gate or a region notice can stand over a whole article.
# Compiled on first use: only a page that says little is judged by it.
_GATE = on_first_use(
    r"(?:(?:we.re )?sorry\W+|unfortunately\W+)?(?:(?:this|the|our) )?(?:content|video|page|site|website"
    r"|article|service|programme|program|stream|post|reel)? ?(?:is )?(?:currently )?"
    # Meta writes "isn't": "This content isn't available in your country"
    # ... or "no longer" so: "This content is no longer available in your region"
    r"(?:not available|isn.t available|no longer available|unavailable|blocked|restricted)"
    r" (?:in|from|for (?:users|visitors|viewers) in) (?:your (?:country|region|location|area)"
    # ... as American news sites answered European readers in 2018 rather than meet the GDPR
    r"|(?:most )?european (?:countries|union countries)|the (?:eu|european union|european economic area|eea))"
    # ... and the reason a site gives for it ("… in your country due to legal restrictions")
    r"(?: due to (?:legal|licensing|copyright|regulatory) (?:restrictions|reasons))?"
    # ... as Facebook and Instagram answer readers in Canada for a news outlet's posts since 2023 ("People in
    # Canada can't see this content", "News content can't be viewed in Canada")
    r"|(?:people|users|viewers|readers) in \w{2,30} (?:can.t|cannot) (?:see|view) this (?:content|post|video)"
    r"|news (?:content|posts?|links?) (?:can.t|cannot) be (?:viewed|seen|shared) in \w{2,30}"
    # ... in Italian, Portuguese, Polish and Dutch
    r"|(?:(?:questo|questa|il|la)\s+)?(?:contenuto|video|pagina|articolo|sito)?\s?non (?:è )?disponibile"
    r" (?:nel tuo paese|nella tua (?:zona|regione)|nel (?:tuo|suo) territorio)"
    r"|(?:(?:este|esta)\s+)?(?:conteúdo|vídeo|página|artigo|site)?\s?(?:não está disponível|está indisponível"
    r"|indisponível) (?:no seu país|na sua região|no teu país|na tua região)"
    r"|(?:(?:ten|ta|to)\s+)?(?:treść|materiał|film|strona|artykuł|serwis)?\s?(?:jest )?niedostępn[yae]"
    r" (?:w twoim kraju|w twoim regionie|w twojej lokalizacji)"
    r"|(?:(?:deze|dit|de|het)\s+)?(?:inhoud|video|pagina|artikel|website)?\s?is"
    r" (?:niet beschikbaar|geblokkeerd) in (?:jouw|uw) (?:land|regio)"
    r"|(?:451\W*)?unavailable for legal reasons|(?:(?:error|ошибка|помилка|erreur|fehler|hata)\W*)?451"
    r"|(?:451\W*)?недоступно по (?:юридическим|правовым) причинам|you need (?:access|permission)"
    # A block by country in the languages of the sites reports cite: Russian, Ukrainian, French, German,
    # Spanish, Arabic, Turkish and Persian ("this content is not available in your country/region").
    r"|(?:(?:этот|эта|это|данный|данная)\s+)?(?:материал|контент|видео|сайт|ресурс|страница|статья|публикация"  # noqa: RUF001
    r"|новость)?\s?"
    r"(?:недоступ(?:ен|на|но|ны)|заблокирован[аоы]?)\s+(?:в вашем регионе|в вашей стране"
    r"|для (?:вашего региона|вашей страны))"
    r"|(?:(?:цей|ця|це)\s+)?(?:матеріал|контент|відео|сайт|сторінка)?\s?недоступн(?:ий|а|е)"  # noqa: RUF001
    r"\s+(?:у|в)\s+(?:вашому регіоні|вашій країні)"  # noqa: RUF001
    r"|(?:(?:ce|cette|cet)\s+)?(?:contenu|vidéo|page|article|service)?\s?(?:n.est pas disponible|est"
    r" indisponible|indisponible) dans votre (?:pays|région)"
    r"|(?:(?:dieser|diese|dieses)\s+)?(?:inhalt|video|seite|artikel|angebot)?\s?(?:ist\s+)?in ihrem land"
    r"(?: leider)? nicht verfügbar"
    r"|(?:(?:este|esta)\s+)?(?:contenido|vídeo|video|página|artículo)?\s?no (?:está )?disponible en"
    r" (?:tu|su) (?:país|región)"
    r"|(?:هذا\s+)?(?:المحتوى|الفيديو|الموقع)?\s?غير (?:متاح|متاحة|متوفر) في (?:بلدك|منطقتك|دولتك)"
    r"|(?:bu\s+)?(?:i\u00e7erik|video|sayfa)?\s?(?:\u00fclkenizde|b\u00f6lgenizde)"
    r" (?:kullan\u0131lam\u0131yor|eri\u015fime kapal\u0131|mevcut de\u011fil)"
    r"|(?:این\s+)?(?:محتوا|ویدیو|ویدئو)?\s?در کشور شما (?:در دسترس نیست|قابل دسترسی نیست)"
    r"|age verification(?: required)?|(?:please )?(?:verify|confirm) your age|are you (?:over )?(?:18|21)"
    r"(?: years old| or older| years of age or older)?"
    r"|(?:this )?(?:account|website|site) (?:has been |is )?suspended"
    # ... in Russian, French, German, Spanish, Turkish and Arabic
    r"|(?:этот )?(?:аккаунт|сайт) приостановлен|аккаунт заблокирован|(?:ce )?(?:compte|site) a \u00e9t\u00e9"
    r" suspendu|(?:dieses )?(?:konto|website) wurde gesperrt|(?:esta )?cuenta (?:ha sido )?suspendida"
    r"|hesap ask\u0131ya al\u0131nd\u0131|(?:تم )?تعليق (?:الحساب|الموقع)|الحساب معلق",
    re.IGNORECASE,
)
_BLOCK_PAGE_CHARS = 1000  # a refusal says a few sentences: a brief headlined "Access denied" says more
# A refusal's heading is its page's first: an article's section headed "Access denied" is a section.
_BLOCK_HEADINGS = 1
_MARKUP_SCAN = 100_000  # a challenge page is small: its markers come early

# Words a cookie-consent dialog uses (cookie is the same word in most European languages; Russian sites write
# it `cookie` or `куки`, Turkish ones `çerez`, Arabic ones "ملفات تعريف الارتباط", Persian ones `کوکی`).
_CONSENT_WORDS = on_first_use(
    r"cookie|consent|privacy|gdpr|datenschutz|confidentialit|privacidad|prywatno\u015b\u0107|куки|\u00e7erez"
    r"|تعريف الارتباط|کوکی",
    re.IGNORECASE,
)
# Google's and Yahoo's own consent pages, which their sites answer in place of the page: "Before you continue
# to YouTube", "Yahoo is part of the Yahoo family of brands", and as they say so in German, French, Spanish,
# Italian and more.
_CONSENT_TITLE = re.compile(
    r"before you continue(?: to \S+(?: \S+)?)?|bevor sie zu \S+(?: \S+)? weitergehen"
    r"|(?:avant d.accéder à|antes de (?:ir|continuar) a|prima di continuare su) \S+(?: \S+)?"
    # ... in Russian, Ukrainian, Turkish and Arabic: "Прежде чем перейти к Google", "Google'a devam etmeden
    # önce" ...
    # (Google's own name in them: "Прежде чем перейти к делу" heads a story)
    r"|(?:(?:прежде чем|перед тем как) перейти (?:к|в|на)|перш ніж перейти (?:до|в|на)"
    r"|قبل (?:المتابعة|الانتقال) إلى) (?:google|youtube)(?: \S+)?"
    r"|(?:google|youtube)\S{0,4}(?: \S+)? devam etmeden \u00f6nce"
    # ... in Portuguese, Polish and Dutch: "Antes de continuar para o Google", "Zanim przejdziesz do
    # Google", "Voordat je verdergaat naar Google"
    r"|(?:antes de continuar (?:para|no|na) (?:o )?|zanim przejdziesz do |voordat (?:je|u) verdergaat naar )"
    r"(?:google|youtube)\S{0,4}(?: \S+)?"
    # Yahoo's (for Yahoo's and AOL's news), in English, French, German, Spanish and Italian.
    r"|(?:o )?(?:yahoo|aol) (?:is (?:now )?part of (?:the yahoo family of brands|verizon media)"
    r"|fait partie de la famille de marques yahoo|ist teil der yahoo markenfamilie"
    r"|forma parte de la familia de marcas(?: de)? yahoo|fa parte della famiglia di brand yahoo"
    r"|faz parte da fam\u00edlia de marcas(?: do)? yahoo|maakt deel uit van de yahoo[- ]merkenfamilie"
    r"|jest cz\u0119\u015bci\u0105 rodziny marek yahoo)",
    re.IGNORECASE,
)
_CONSENT_CHOICE = on_first_use(
    r"\b(?:accept|agree|reject|allow all|manage (?:options|preferences|cookies)|akzeptieren|accepter)\b"
    r"|\b(?:akkoord|zustimmen|einverstanden|ablehnen|aceptar|acepto|rechazar|accetta|accetto|rifiuta|refuser"
    r"|aceitar|zgadzam|akceptuj|akceptuję|zaakceptuj|accepteren|accepteer|acconsento|consenti|aceito|concordo"
    # Russian's, Ukrainian's, Turkish's, Arabic's and Persian's: accept, I agree
    r"|принять|принимаю|согласен|согласна|прийняти|приймаю|погоджуюсь|погоджуюся|kabul et|kabul ediyorum"
    r"|قبول|موافق|أوافق|موافقم)\b",
    re.IGNORECASE,
)
# What a consent page calls itself, in its title or its first heading, in the languages of the sites that
# answer one in place of the page (the Netherlands', Germany's, France's, Spain's and Italy's).
_CONSENT_HEADING = re.compile(
    r"(?:we value |we care about )?your privacy(?: (?:matters|choices|settings|is important to us))?"
    r"|(?:cookie|privacy)(?: (?:settings|consent|preferences|notice|choices))?|cookies"
    r"|(?:wir brauchen |bitte erteilen sie )?ihre zustimmung|zustimmung|einwilligung"
    r"|datenschutz(?:einstellungen|hinweis)?|toestemming|\S+(?: \S+)? vraagt (?:je|uw) toestemming"
    r"|tu privacidad(?: es importante(?: para nosotros)?)?|(?:il )?rispetto (?:della tua|per la tua) privacy"
    r"(?: è la nostra priorità)?|vos choix concernant (?:l.utilisation de(?:s)? )?cookies|gestion des cookies"
    r"|consentement|respect de votre vie privée"
    # Italian's, Dutch's, Polish's and Portuguese's: "Informativa", "Questo sito utilizza cookie", "Wij
    # gebruiken cookies", "Twoja prywatność jest dla nas ważna", "A sua privacidade é importante para nós"
    r"|informativa(?: (?:sui|sull.uso dei) cookie| cookie| privacy)?|(?:questo sito|noi) (?:web )?"
    r"(?:utilizza|usa|utilizziamo|usiamo) (?:i )?cookie|(?:wij|we) gebruiken cookies"
    r"|(?:deze )?(?:website|site) gebruikt cookies|(?:uw|jouw) privacy(?: is belangrijk(?: voor ons)?)?"
    r"|cookie-?(?:instellingen|toestemming|melding)|(?:szanujemy |dbamy o )?(?:twoja|twoją) prywatność"
    r"(?: jest dla nas ważna)?|ta strona (?:używa|wykorzystuje) (?:plików )?cookies?"
    r"|(?:a )?(?:sua|tua) privacidade(?: é importante(?: para nós)?)?|valorizamos a sua privacidade"
    r"|(?:este (?:site|sítio)|nós) (?:utiliza|utilizamos|usa|usamos) cookies"
    # English's as the Dutch and Italian say it: "Cookies on The Herald", "This site uses cookies", "We use
    # cookies"; and Germany's "pay or okay" walls: read with advertising, or pay for a plan without it ("Lesen
    # Sie SPIEGEL.de mit Werbung oder mit dem Pur-Abo", "Zustimmung erforderlich").
    r"|cookies on (?:the )?\S+(?: \S+){0,3}"
    r"|(?:this (?:web)?site uses|we use) cookies(?: and similar technologies)?"
    r"|zustimmung erforderlich|(?:lesen sie |nutzen sie )?(?:\S+ ){0,2}mit werbung (?:lesen |nutzen )?oder"
    r" (?:mit dem |mit |im )?(?:\S+ )?pur[- ]?abo(?: lesen| nutzen| abschließen)?"
    r"|(?:mit werbung|werbefrei) (?:weiter)?lesen",
    re.IGNORECASE,
)
_CONSENT_PAGE_CHARS = 1000  # a consent page explains itself in a few paragraphs ...
_CONSENT_PAGE_MAX_CHARS = 5000  # ... Google's, in some languages, in some more
_LOGIN_TITLE = on_first_use(
    r"(?:(?:log|sign)\s?(?:in|on)(?:to)?|login|(?:member|account) login|sign up|register"
    r"|create (?:an|your) account"
    # ... in Russian, Ukrainian, French, German, Spanish, Turkish and Arabic: "Войти", "Connexion",
    # "Anmelden", "Iniciar sesión", "Giriş yap", "تسجيل الدخول"
    r"|войти|вход|авторизация|увійти|вхід|авторизація|connexion|se connecter|identifiez-vous|anmelden"
    r"|einloggen|iniciar sesi\u00f3n|inicia sesi\u00f3n|giri\u015f(?: yap)?|oturum a\u00e7|تسجيل الدخول)"
    r"(?:\s+(?:to|into|with)\b.{0,80})?",
    re.IGNORECASE,
)

# The parts of a page that are the site's, not the page's: navigation, banner, footer, sidebars ...
_SITE_CHROME = Chrome("nav", "header", "footer", "aside")
# ... and cookie-consent dialogs, by the names consent managers give them (anywhere in a class or id).
_CONSENT = (
    class_or_id_containing(("consent", "cookie", "gdpr"))
    + ", [aria-label*=cookie i], [aria-label*=consent i], [id^=didomi], [id^=sp_message], [class*=qc-cmp]"
)
# Neither is removed when it holds the page's own content: an unclosed `<header>` swallows what follows it.
_CONTENT_MARKS = "main, [role=main], h1"
_MEDIA = "img, picture, video, audio, iframe, frame, object, embed"
_DRAWING = "svg, canvas"  # a diagram is content; a spinner drawn in an empty script shell is not
# A wall (a sign-in form, a consent dialog) leaves the page next to nothing of its own: a short article or a
# brief beside one (a headline and a paragraph: 200 characters and more) is content.
_WALL_OWN_CHARS = 150
# An error page's first words are its error, in whatever element it sets them (`<p class="error-title">`,
# `<div class="big">404</div>`); an article's are its headline, kicker or byline, never an error alone.
_OPENINGS = 3
_MAX_OPENING_NODES = 300
_QUOTING = frozenset({"figure", "figcaption", "blockquote", "q", "table"})
_MAX_QUOTING_DEPTH = 30
_MAX_REGIONS = 200  # elements of each kind removed; past these (a crafted page), the rest counts as content
_MAX_MARKS = 50
_MAX_HEADINGS = 30
_MAX_HEADING_TEXT = 500
_MAX_CONSENT_TEXT = 5000
_DEEP_READ_TEXT = 50_000  # a page showing this much text is content: its regions are not read


@dataclass(frozen=True)
class _Regions:
    """What a page shows of its own, apart from the site's navigation, banner, sidebars and footer."""

    own: str  # its visible text without those and without cookie-consent dialogs
    consent: str  # the text of its cookie-consent dialogs
    headings: tuple[str, ...]  # its h1-h3 headings outside navigation, banner, sidebars and footer
    password: bool  # a password field outside them (a login form in the banner does not count)
    form_chars: int  # how much of `own` is inside forms
    media: bool  # an image, video, audio or embedded frame outside them
    drawing: bool  # an SVG drawing or a canvas outside them
    openings: tuple[str, ...] = ()  # the texts of its first few elements with text of their own
    email: bool = False  # an email field outside them (a sign-in form that asks for the email first)
    refresh: str | None = None  # its `<meta http-equiv=refresh>` content


def _drop_all(tree: LexborHTMLParser, selector: str) -> None:
    """Removes every element `selector` matches, however many (`_remove` stops at _MAX_REGIONS, past which a
    crafted page's 201st hidden element would count as shown); `<html>` and `<body>` lose what they hold.

    Last first: the matches come in document order, so an element inside another is removed before the one
    around it, and no removed element is touched again; each match costs the same, in linear time."""
    for node in reversed(tree.css(selector)):
        if node.tag in ("html", "body"):  # `<body hidden>`: nothing of it is shown
            for child in list(node.iter(include_text=True)):
                child.decompose()
        else:
            node.decompose()


_MAX_STYLES = 100  # `<style>` elements read
_EVERY_READERS_MEDIA = frozenset(("all", "screen", ""))
_ARTICLE_FRAME = "h1, main, article, [role=main]"
_MAX_FRAME_MARKS = 50
_MAX_HIDING_SELECTORS = 64  # bare names `layout.stylesheet_hiding` allows: `[A-Za-z0-9_-]`, quoted safely


@functools.lru_cache(maxsize=1024)
def _parses(selector: str) -> bool:
    """Whether the page's parser reads `selector` (asked of a page of one element: it costs only its
    parsing; a page of its own, as parsers are not shared between the threads that read captures)."""
    try:
        LexborHTMLParser("<p>").css_first(selector)
    except Exception:  # selectolax's `SelectolaxError`, for a selector its parser refuses
        return False
    return True


# Elements found and walked through to read a page's plain selectors (`_found_by`).
_MAX_SELECTOR_STEPS = 200_000


def _holders_above(
    node: LexborNode | None, holding: set[int], known: dict[int, bool], limit: int | None = None
) -> bool | None:
    """Whether `node` or an element around it is in `holding`, by a walk up that stops at the first element
    whose answer is `known`, and adds the answer of each element it passed: every element is walked through
    once, however many ask. None once `known` would hold more than `limit` answers."""
    passed: list[int] = []
    answer = False
    while node is not None:
        if limit is not None and len(known) + len(passed) >= limit:
            return None
        identifier = node.mem_id
        if identifier in known:
            answer = known[identifier]
            break
        if identifier in holding:
            answer = True
            break
        passed.append(identifier)
        node = node.parent
    known.update(dict.fromkeys(passed, answer))
    return answer


def _found_by(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> dict[int, LexborNode]:
    """The elements the plain selectors (`layout.stylesheet_hiding`) find, by their `mem_id`. The parser
    finds what a selector without a descendant combinator names; one with (`article .note p`) is read here
    part by part: each part is asked of the outermost elements found for the part before (the parser looks
    through each one's elements once). At most `_MAX_SELECTOR_STEPS` elements are found or walked through
    for all of them: past that (a crafted page), the rest are not read."""
    found: dict[int, LexborNode] = {}
    budget = _MAX_SELECTOR_STEPS
    for selector in selectors:
        first, *parts = selector.split(" ")
        kept = tree.css(first)
        budget -= len(kept)
        for part in parts:
            if budget <= 0:
                return found
            known: dict[int, bool] = {}
            around = _outermost({node.mem_id: node for node in kept}, known, budget)
            budget -= len(known)
            if around is None:
                return found
            kept = [node for holder in around for node in holder.css(part) if node.mem_id != holder.mem_id]
            budget -= len(kept)
        if budget <= 0:
            return found
        found.update((node.mem_id, node) for node in kept)
    return found


def _outermost(
    nodes: dict[int, LexborNode], known: dict[int, bool] | None = None, limit: int | None = None
) -> list[LexborNode] | None:
    """The nodes (by `mem_id`) that no other of them holds, each walk up stopping where another's ended
    (`known`); None once more than `limit` elements were walked through."""
    known = {} if known is None else known
    ids = set(nodes)
    kept = []
    for node in nodes.values():
        inside = _holders_above(node.parent, ids, known, limit)
        if inside is None:
            return None
        if not inside:
            kept.append(node)
    return kept


def _drop_styled_hidden(tree: LexborHTMLParser) -> bool:
    """Removes the elements the page's own stylesheet hides from every reader (`layout.stylesheet_hiding`
    of its `<style>` elements for every medium, outside `<noscript>`: `.gone{display:none}` hides
    `<p class="gone">`, `div.note p{display:none}` the note's paragraphs), except `<html>`, `<body>` and the
    elements that hold the article (its `<h1>`, `<main>`, `<article>`): a page that hides itself by class
    until a script shows it is shown to its reader. Whether any was removed. Linear in the page: every
    element with a class or id asked at most once, and every element matched against at most
    `layout.MAX_HIDING_SELECTORS` selectors."""
    styles = [
        style
        for style in tree.tags("style")[:_MAX_STYLES]
        # A stylesheet for print or a narrow screen is not every reader's, nor one only a browser without
        # scripts applies (`<noscript><style>`: AMP's).
        if (style.attributes.get("media") or "all").strip().lower() in _EVERY_READERS_MEDIA
        and (style.parent is None or style.parent.tag != "noscript")
    ]
    if not styles:
        return False
    css, read = [], 0
    for style in styles:
        text = style.text()[: MAX_STYLESHEET - read]
        css.append(text)
        read += len(text)
    hiding, showing, selectors = stylesheet_hiding("\n".join(css))
    selectors = tuple(selector for selector in selectors if _parses(selector))
    if not hiding and not selectors:
        return False
    frame = holders(tree.css(_ARTICLE_FRAME)[:_MAX_FRAME_MARKS])
    # A few names are found by the parser; many (a crafted stylesheet) by asking each element once.
    by_name = (
        ", ".join(f'[class~="{name[1:]}"]' if name[0] == "." else f'[id="{name[1:]}"]' for name in hiding)
        if len(hiding) <= _MAX_HIDING_SELECTORS
        else "[class], [id]"
    )
    named = tree.css(by_name) if hiding else []
    selected = _found_by(tree, selectors)
    hidden = {
        node.mem_id: node
        for node in [*named, *selected.values()]
        if node.tag not in ("html", "body")
        and node.mem_id not in frame
        and (
            names_hidden_by(node.attributes, hiding, showing)
            or (node.mem_id in selected and not shows_itself(node.attributes, showing))
        )
    }
    # The outermost only: an element inside another goes with it, and is not touched once it has gone.
    for node in _outermost(hidden) or ():
        node.decompose()
    return bool(hidden)


def _remove(tree: LexborHTMLParser, selector: str, kept: set[int]) -> list[str]:
    """Removes the outermost elements `selector` matches, except `<html>`, `<body>` and those in `kept`;
    gives their texts."""
    chosen: list[LexborNode] = []
    chosen_ids: set[int] = set()
    for node in tree.css(selector)[:_MAX_REGIONS]:
        if node.tag in ("html", "body") or node.mem_id in kept:
            continue
        # Decided on the whole tree first: a removed element's descendants are no longer there to ask.
        if any(parent.mem_id in chosen_ids for parent in ancestors(node.parent)):
            continue
        chosen.append(node)
        chosen_ids.add(node.mem_id)
    texts = [squeeze(node.text(separator=" "))[:_MAX_CONSENT_TEXT] for node in chosen]
    for node in chosen:
        node.decompose()
    return texts


def _read_regions(html: str) -> _Regions:
    tree = LexborHTMLParser(html)
    refresh_node = tree.css_first("meta[http-equiv=refresh i]")
    refresh = refresh_node.attributes.get("content") if refresh_node is not None else None
    tree.strip_tags(["script", "style", "noscript", "template"])
    marks = tree.css(_CONTENT_MARKS)[:_MAX_MARKS]
    kept = holders(marks)
    _remove(tree, _SITE_CHROME.selector, kept)
    # What a browser does not show until a script shows it: a login dialog waiting in the page, a hidden form.
    _remove(tree, HIDDEN_SELECTOR, kept)
    headings = tuple(
        squeeze(node.text())[:_MAX_HEADING_TEXT] for node in tree.css("h1, h2, h3")[:_MAX_HEADINGS]
    )
    password = tree.css_first("input[type=password]") is not None
    email = tree.css_first("input[type=email]") is not None
    media = tree.css_first(_MEDIA) is not None
    drawing = tree.css_first(_DRAWING) is not None
    consent = " ".join(_remove(tree, _CONSENT, kept))[:_MAX_CONSENT_TEXT]
    forms = tree.tags("form")[:_MAX_REGIONS]
    form_chars = sum(len(squeeze(form.text(separator=" "))) for form in forms)
    own = visible_text_of(tree)  # the tree keeps only what is shown: the openings are read from it
    return _Regions(
        own, consent, headings, password, form_chars, media, drawing, _openings(tree), email, refresh
    )


def _openings(tree: LexborHTMLParser) -> tuple[str, ...]:
    """The texts of the first elements that hold text of their own, in page order (at most `_OPENINGS`)."""
    body = tree.body
    if body is None:
        return ()
    found: list[str] = []
    read: set[int] = set()
    for count, node in enumerate(body.traverse(include_text=True)):
        if count >= _MAX_OPENING_NODES or len(found) >= _OPENINGS:
            break
        parent = node.parent
        if node.tag != "-text" or parent is None or parent.mem_id in read or not (node.text() or "").strip():
            continue
        read.add(parent.mem_id)
        if any(around.tag in _QUOTING for around in ancestors(parent, _MAX_QUOTING_DEPTH)):
            continue  # a screenshot's caption or a quote is what an article shows, not what it says
        found.append(squeeze(parent.text(separator=" ")[: _MAX_HEADING_TEXT * 4])[:_MAX_HEADING_TEXT])
    return tuple(found)


# What a browser never shows, which the main-text extractor still reads: a `<template>`'s content is inert,
# the `hidden` attribute hides an element as `display:none` does, and a `<noscript>` shows nothing where
# scripts run. The extractor drops `display:none`, `visibility:hidden` and `<noscript>` itself, but only
# written in lowercase, and not at all where it falls back on its other readers (a short article): a quote
# found only in a `<p style="DISPLAY:NONE">`, or in a short article's hidden `<div>`, verified the footnote.
# Nor does a browser show a closed `<dialog>` (until a script opens it), a `<datalist>`'s suggestions or
# the fallbacks `<noembed>` and `<noframes>`, which the extractor reads as text.
_NEVER_SHOWN = (
    f"template, noscript, datalist, noembed, noframes, {CLOSED_DIALOG}, {HIDDEN_ATTRIBUTE}, {HIDING_STYLE}"
)
# `hidden` is in `visibility:hidden` too.
_NEVER_SHOWN_MARKS = (
    *("<template", "<noscript", "<datalist", "<noembed", "<noframes", "<dialog"),
    *("hidden", "display:none", "display: none", "display :"),
)


def without_never_shown(html: str) -> str:
    """The markup without its `<template>`, `<noscript>`, `hidden` elements and elements styled hidden (by
    their `style`, or by a class or id the page's stylesheet hides: `_drop_styled_hidden`); `html` itself
    when it has none (the common case: the markup is then not parsed here nor written back)."""
    folded = html.lower()
    if not any(mark in folded for mark in _NEVER_SHOWN_MARKS):
        return html
    tree = LexborHTMLParser(html)
    styled_hidden = _drop_styled_hidden(tree)
    if tree.css_first(_NEVER_SHOWN) is None and not styled_hidden:
        return html
    _drop_all(tree, _NEVER_SHOWN)
    return tree.html or html


def own_text(html: str) -> str:
    """What a page shows of its own: its visible text without the site's navigation, banner, sidebars and
    footer, hidden elements and cookie-consent dialogs."""
    return _read_regions(html).own


@dataclass(frozen=True)
class PageProblem:
    problem: SourceProblem
    detail: str


def empty_answer(response: StoredResponse) -> PageProblem | None:
    """An answer with nothing in its body (or only whitespace), whatever its type says it is; not one whose
    body was cut (the server hung up before it sent the rest: the answer is incomplete, not empty)."""
    body = response.body
    if response.cut or len(body) > _MAX_BLANK_BODY or body.strip():
        return None
    kind = response.header("Content-Type")
    size = f"{len(body)} bytes of whitespace" if body else "0 bytes"
    said = f"Content-Type {kind[:60]!r}" if kind else "no Content-Type"
    return PageProblem("empty", f"the body is {size}, {said}")


_MAX_BLANK_BODY = 65_536
_ERROR_PAGE_CHARS = 1500  # an error in a sub-heading (h2, h3) names the page only when it says little else
_CHALLENGE_PAGE_CHARS = 2000
_PARKED_PAGE_CHARS = 3000


def _shown(text: str, length: int = 120) -> str:
    return f"{squeeze(text)[:length]!r}"


def redirect_problem(cited_url: str, final_url: str) -> PageProblem | None:
    """Where a redirect ended when that is not the cited content: the home page, a sign-in page, the site's
    error or search page, a consent page, a domain seller."""
    if cited_url == final_url:
        return None
    if not _redirected_home(cited_url) and _redirected_home(final_url):
        return PageProblem("soft-404", f"redirected to the site's home page {final_url[:200]}")
    login = _login_path(final_url)
    if login is not None and _login_path(cited_url) is None:
        return PageProblem("login-wall", f"redirected to a sign-in page {final_url[:200]}")
    if _named_segments(final_url) & _ERROR_SEGMENTS and not _named_segments(cited_url) & _ERROR_SEGMENTS:
        return PageProblem("soft-404", f"redirected to the site's error page {final_url[:200]}")
    if _searches(final_url) and not _searches(cited_url):
        return PageProblem("soft-404", f"redirected to the site's search page {final_url[:200]}")
    if _named_segments(final_url) & _CONSENT_SEGMENTS and not _named_segments(cited_url) & _CONSENT_SEGMENTS:
        return PageProblem("consent-wall", f"redirected to a consent page {final_url[:200]}")
    cited_host, final_host = _host(cited_url), _host(final_url)
    if final_host == cited_host:
        return None
    if final_host.startswith(_CONSENT_HOSTS):
        return PageProblem("consent-wall", f"redirected to a consent page {final_url[:200]}")
    seller = _domain_among(final_host, _DOMAIN_SELLERS)
    if seller is not None and _domain_among(cited_host, frozenset({seller})) is None:
        return PageProblem("soft-404", f"redirected to a domain seller ({seller}): {final_url[:200]}")
    return None


def title_parts(title: str | None) -> list[str]:
    """A title's parts, split at its separators (`Page not found | City Ledger`), at most 20."""
    return [part.strip() for part in _TITLE_SEPARATORS.split((title or "")[:_MAX_ERROR_TEXT])[:20]]


def _names_a_wall(title_part: str) -> bool:
    """Whether a part of a title names a bot check, a refusal or a consent page."""
    return bool(
        _CHALLENGE_TITLE.fullmatch(title_part)
        or _CONSENT_TITLE.fullmatch(title_part)
        or _says_consent(title_part)
        or _says_refusal(title_part)
    )


def _parked(text: str) -> str | None:
    """What `text` says of a parked domain, if anything."""
    opening = text[:_MAX_ERROR_TEXT]
    found = _PARKED().search(opening) or _PARKED_TERSELY().search(opening)
    return found.group(0) if found else None


def _says_consent(text: str) -> bool:
    return _CONSENT_HEADING.fullmatch(text.rstrip(" .!?")) is not None


def says_gate(text: str) -> bool:
    """Whether `text` says only what a page says in place of content its reader may not see: a block by
    country or by law, an age gate, a suspended account (`_GATE`)."""
    return _GATE().fullmatch(text.rstrip(" .!?")) is not None


def _says_refusal(text: str) -> bool:
    """Whether a heading says only what a refusal says in place of the content: a gate or a firewall's."""
    return says_gate(text) or _BLOCK_TITLE.fullmatch(text) is not None


def _region_problem(regions: _Regions, title: str | None, html: str, has_scripts: bool) -> PageProblem | None:
    """What a page's own part (without the site's navigation, banner, sidebars and footer) says it is."""
    own = regions.own
    for number, heading in enumerate(regions.headings):
        found = error_message(heading, None)
        if found and (len(own) < _ERROR_PAGE_CHARS or number == 0):
            return PageProblem("soft-404", f"the page's heading is an error: {_shown(heading)}")
    for opening in regions.openings:
        if error_message(opening, None):
            return PageProblem("soft-404", f"the page's text opens with an error: {_shown(opening)}")
    if len(own) < _CHALLENGE_PAGE_CHARS:
        title_says = any(_CHALLENGE_TITLE.fullmatch(part) for part in title_parts(title))
        text_says = _CHALLENGE_TEXT().search(own)
        markup_says = _CHALLENGE_MARKUP().search(html[:_MARKUP_SCAN].lower())
        if title_says or text_says or markup_says:
            seen = f"title {title[:80]!r}" if title_says and title else ""
            seen = seen or (f"text {text_says.group(0)!r}" if text_says else "")
            seen = seen or (f"markup {markup_says.group(0)[:60]!r}" if markup_says else "")
            return PageProblem("challenge", f"a challenge page stands in for the content ({seen})")
    if len(own) < _BLOCK_PAGE_CHARS:
        said = [part for part in title_parts(title) if _BLOCK_TITLE.fullmatch(part)]
        said += [heading for heading in regions.headings[:_BLOCK_HEADINGS] if _BLOCK_TITLE.fullmatch(heading)]
        if said:
            shown = f"it says {said[0][:80]!r}"
            return PageProblem("challenge", f"a block or rate-limit page stands in for the content ({shown})")
    if len(own) < _ERROR_PAGE_CHARS:
        # A title alone says so only of a page without a heading: an explainer titled "Age verification"
        # heads its text with its own headline.
        gate = [heading for heading in regions.headings[:_BLOCK_HEADINGS] if says_gate(heading)]
        gate += [part for part in title_parts(title) if not regions.headings and says_gate(part)]
        # ... or the first sentence of its text, where a notice has no heading ("Unfortunately, our website
        # is currently unavailable in most European countries. We are engaged on the issue …").
        firsts = [SENTENCE_STOPS.split(opening, maxsplit=1)[0] for opening in regions.openings[:1]]
        gate += [first for first in firsts if says_gate(first)]
        if gate:
            return PageProblem("unavailable", f"the page says {gate[0][:120]!r} in place of the content")
    if regions.password:
        says_login = any(_LOGIN_TITLE().fullmatch(part) for part in title_parts(title))
        if says_login or len(own) - regions.form_chars < _WALL_OWN_CHARS:
            named = f" ({title[:80]!r})" if title else ""
            return PageProblem("login-wall", f"the page is a sign-in form with a password field{named}")
    # A sign-in that asks for the email first (the password comes on the next page): a form under a title or
    # a heading that says to sign in, and next to nothing else.
    if regions.email and len(own) - regions.form_chars < _WALL_OWN_CHARS:
        asks = [
            part for part in [*title_parts(title), *regions.headings[:3]] if _LOGIN_TITLE().fullmatch(part)
        ]
        if asks:
            return PageProblem("login-wall", f"the page is a sign-in form: {_shown(asks[0], 80)}")
    # Google's consent page in place of the page: its title says so, and it asks about cookies with a choice.
    asks_consent = any(_CONSENT_TITLE.fullmatch(part) for part in title_parts(title))
    asked = f"{own} {regions.consent}"
    if (
        asks_consent
        and _CONSENT_WORDS().search(asked)
        and _CONSENT_CHOICE().search(asked)
        and len(own) < _CONSENT_PAGE_MAX_CHARS
    ):
        return PageProblem("consent-wall", f"the page is a cookie-consent page: {_shown(title or '')}")
    walled = len(own) < _WALL_OWN_CHARS
    if walled and _CONSENT_WORDS().search(regions.consent) and len(regions.consent.split(maxsplit=5)) > 5:
        return PageProblem(
            "consent-wall", f"the page shows only a cookie-consent dialog: {_shown(regions.consent)}"
        )
    # A dialog without a consent manager's name: next to nothing of its own but cookie words and a choice;
    # or a little more, under a title or a first heading that names the page a consent page.
    named_by = regions.headings[:1] or title_parts(title)  # as a gate is (a title alone names little)
    calls_itself = any(_says_consent(part) for part in named_by)
    short = walled or (calls_itself and len(own) < _CONSENT_PAGE_CHARS)
    if short and _CONSENT_WORDS().search(own) and _CONSENT_CHOICE().search(own):
        return PageProblem("consent-wall", f"the page shows only a cookie-consent notice: {_shown(own)}")
    if len(own) < _PARKED_PAGE_CHARS and (parked := _parked(own)):
        return PageProblem("soft-404", f"the domain is parked: the page says {parked!r}")
    # A title says so of a page that shows next to nothing: "Domain for sale: oldnews.example".
    if len(own) < _SHORT_PAGE_CHARS and (parked := _parked(title or "")):
        return PageProblem("soft-404", f"the domain is parked: its title says {parked!r}")
    return None


# `<meta http-equiv=refresh content="0; url=…">`: the delay, and where to.
_REFRESH = on_first_use(
    r"\s*(\d{1,6})(?:\.\d{0,6})?\s*[;,]\s*(?:url\s*=\s*)?[\'\"]?([^\'\"\s]{1,2000})", re.IGNORECASE
)
_MAX_REFRESH_DELAY = 30  # a stub sends its reader on at once; a page reloading itself waits minutes


def _refreshed_away(regions: _Regions, final_url: str, header: str | None = None) -> PageProblem | None:
    """A stub that only sends its reader on to another page by a meta refresh ("Redirecting…"), or by the
    HTTP `Refresh` header browsers follow alike: what it shows is not the content, which a capture that
    follows no refresh does not hold."""
    how = "a meta refresh" if regions.refresh else "a Refresh header"
    found = _REFRESH().match(regions.refresh or header or "")
    if found is None or int(found.group(1)) > _MAX_REFRESH_DELAY or len(regions.own) >= _SHORT_PAGE_CHARS:
        return None
    # Read as a browser reads it, as a redirect's `Location` is: `/\evil.example/` leaves the cited host.
    target = redirect_target(final_url, found.group(2).strip())
    if target is None or urldefrag(target).url == urldefrag(final_url).url:
        return None
    shown = f"{_shown(regions.own, 80)} of its own" if regions.own.strip() else "nothing of its own"
    said = f"the page only sends the reader on to {target[:200]} ({how}) and shows {shown}"
    moved = redirect_problem(final_url, target)
    return PageProblem(moved.problem if moved is not None else "empty", said)


def _may_say_more(text: str, tree: LexborHTMLParser | None) -> bool:
    """Whether the page's own part (read by parsing the page again, which doubled the cost of reading an
    ordinary page) could show a problem the whole page does not: every rule on it needs less text than the
    page shows in all (`_PARKED_PAGE_CHARS` at most), but an error heading, a refusal's heading (a gate, a
    firewall's block) and a sign-in form, which this tree shows anywhere on the page, and a title that names
    a bot check, a refusal or a consent page (behind a long footer, the page's own part may still be short).
    """
    if len(text) < _PARKED_PAGE_CHARS or tree is None:
        return True
    # By name, not by a query (`first_named`); lexbor's `[type=password]` takes the value in any case.
    if any((node.attributes.get("type") or "").lower() == "password" for node in tree.tags("input")):
        return True
    if any(_names_a_wall(part) for part in title_parts(page_title(tree))):
        return True
    headings = [squeeze(node.text())[:_MAX_HEADING_TEXT] for node in _first_headings(tree)]
    return any(error_message(heading, None) or _says_refusal(heading) for heading in headings)


def _first_headings(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's first `_MAX_HEADINGS` h1-h3 elements: every one, by name (`tree.tags`, a list a name, at
    half the instructions of the query of the three), where it has no more; else the first in document
    order, by a query. Asked of each only whether one says something: their order does not count."""
    found = [*tree.tags("h1"), *tree.tags("h2"), *tree.tags("h3")]
    return found if len(found) <= _MAX_HEADINGS else tree.css("h1, h2, h3")[:_MAX_HEADINGS]


# The title X gives a page that drew a post: `Name on X: "text" / X`, `Name (@handle) on X`, `Name on Twitter:
# "text"` ...
_X_POST_TITLE = on_first_use(r"[^\n]{1,200}?\son (?:X|Twitter)(?::\s[^\n]*)?")
# ... where "This post is unavailable" is the box of a post it quotes, deleted or withheld: not the page's.
_QUOTED_POST_NOTICE = on_first_use(r"this (?:post|tweet) is unavailable\.?(?: learn more)?", re.IGNORECASE)


def _without_quoted_post_notices(text: str, title: str | None) -> str:
    """`text` without the notices an X post's page shows for a post it quotes, on a page titled as X titles a
    post it drew: a short post quoting a deleted one was "the page's text is an error" and its true quote
    went unchecked (a page X drew no post on is titled `X`, and its own notice is `_ERROR_PHRASE`'s)."""
    if title is None or not _X_POST_TITLE().fullmatch(title[:_MAX_ERROR_TEXT]):
        return text
    return _QUOTED_POST_NOTICE().sub(" ", text)


def page_problem(
    cited_url: str,
    final_url: str,
    title: str | None,
    text: str,
    has_scripts: bool,
    heading: str | None = None,
    html: str | None = None,
    tree: LexborHTMLParser | None = None,
    cut: bool = False,
    refresh_header: str | None = None,
) -> PageProblem | None:
    """Why a page that answered is not the cited content, judged from what it shows without running scripts:
    a soft 404, a login wall, a bot check, a consent wall, a script shell or an empty page; None when it is
    content.

    A page whose body was `cut` (at `--max-bytes`, or by the server) is judged only by what it does show: a
    redirect, an error as its title or heading. Every other rule needs a page that says little, and a cut
    page says little because it was cut (a body cut inside its `<head>` showed no text: a "script shell").

    `text` is its whole visible text, `heading` its first `<h1>`. With its markup (`html`), the page's own
    part is read too: its visible text without the site's navigation, banner, sidebars, footer and
    cookie-consent dialogs, every h1-h3 heading there, and its forms. Without, only the whole text is judged.
    `tree`, the page as parsed, lets a page with plenty of text and nothing that could be a problem of its own
    part (no error heading, no password field) skip that second reading.
    """
    moved = redirect_problem(cited_url, final_url)
    if moved is not None:
        return moved
    if title and error_message(title):
        return PageProblem("soft-404", f"the page's title is an error: {title[:120]!r}")
    if heading and error_message(heading, None):
        return PageProblem("soft-404", f"the page's heading is an error: {squeeze(heading)[:120]!r}")
    if cut:
        return None
    deep = html is not None and len(text) < _DEEP_READ_TEXT and _may_say_more(text, tree)
    regions = _read_regions(html) if html and deep else None
    if regions is not None:
        found = _region_problem(regions, title, html or "", has_scripts)
        if found is not None:
            return found
        refreshed = _refreshed_away(regions, final_url, refresh_header)
        if refreshed is not None:
            return refreshed
    own = regions.own if regions is not None else text
    short = len(own) < _SHORT_PAGE_CHARS
    if short and _SCRIPT_NOTICE().search(own):  # only a short page can be a notice (a long search, else)
        return PageProblem("script-shell", f"the page shows only {_shown(own)} without JavaScript")
    if short and error_message(_without_quoted_post_notices(own, title), SENTENCE_STOPS):
        return PageProblem("soft-404", f"the page's text is an error: {_shown(own)}")
    # Words counted only as far as the threshold: a long page is not split into all of its words.
    if has_scripts and len(text.split(maxsplit=_EMPTY_PAGE_WORDS)) < _EMPTY_PAGE_WORDS:
        shown = _shown(text, 80) if text.strip() else "no text"
        return PageProblem("script-shell", f"the page shows {shown} until its scripts run")
    if regions is None:
        return None
    few_words = len(own.split(maxsplit=_EMPTY_PAGE_WORDS)) < _EMPTY_PAGE_WORDS
    if has_scripts and few_words and not regions.media:
        shown = _shown(own, 80) if own.strip() else "no text"
        return PageProblem(
            "script-shell",
            f"the page shows {shown} of its own (besides navigation, banner and footer: {_shown(text, 80)}) "
            "until its scripts run",
        )
    if not own.strip() and not regions.media and not regions.drawing:
        besides = f" (only navigation, banner or footer: {_shown(text, 80)})" if text.strip() else ""
        return PageProblem("empty", f"the page shows no text or image of its own{besides}")
    return None


# ---- a link of an archived copy, as the archive wrote it ----

_MAX_HREF = 2_000


def linked_out_of_a_copy(href: str, page_url: str = "") -> str:
    """The page a link of an archived copy (at `page_url`) leads to, where the archive wrote it as its own:
    the Wayback Machine's copy of the page linked (`https://web.archive.org/web/<stamp>/<URL>`, or
    `/web/<stamp>/<URL>` on its own pages) or archive.today's link out of its copy to the live web
    (`https://archive.ph/o/<code>/<URL>`); `href` itself for any other link. Read as it stands, a link to a
    post on the platform's host was a link off it: a Telegram album's items, a forward's or a crossposted
    post's original were not told on an archived copy."""
    from provenance.citations.platforms import ARCHIVE_TODAY_HOSTS, memento_original

    link = href.strip()[:_MAX_HREF]
    if link.startswith("/web/") and page_url:
        try:
            link = urljoin(page_url[:_MAX_HREF], link)
        except ValueError:
            return href
    kept = memento_original(link)
    if kept is not None:
        return kept
    try:
        parts = urlsplit(link)
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return href
    kind, _, rest = parts.path.lstrip("/").partition("/")
    code, _, linked = rest.partition("/")
    if host in ARCHIVE_TODAY_HOSTS and kind == "o" and code and linked.startswith(("https://", "http://")):
        return linked + (f"?{parts.query}" if parts.query else "")
    return href


# ---- a page that is another's copy of the source: a machine translation, a cache, a reader's copy ----

_MAX_QUERY_FIELDS = 50


def _query_fields(url: str) -> dict[str, str]:
    """The first value of each of `url`'s first query fields (keys lowercase); {} for a URL that does not
    parse."""
    from urllib.parse import parse_qsl

    try:
        query = urlsplit(url).query[:4000]
    except ValueError:
        return {}
    fields: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True)[:_MAX_QUERY_FIELDS]:
        fields.setdefault(key.lower(), value)
    return fields


def _translated_host(label: str) -> str:
    """The host a `<label>.translate.goog` host translates: `www-example-com` is `www.example.com`, and a
    `-` of the host itself is written `--`."""
    return label.replace("--", "\0").replace("-", ".").replace("\0", "-")


def _translate_goog_original(url: str) -> str:
    """The page a `*.translate.goog` URL serves translated: its host decoded, the proxy's fields
    (`_x_tr_sl=ru&_x_tr_tl=en`) dropped."""
    parts = urlsplit(url)
    host = _translated_host((parts.hostname or "").removesuffix(".translate.goog"))
    kept = "&".join(
        pair
        for pair in parts.query[:4000].split("&")[:_MAX_QUERY_FIELDS]
        if not pair.lower().startswith("_x_tr_")
    )
    return parts._replace(netloc=host, query=kept).geturl()


def _named_original(fields: Mapping[str, str], *keys: str) -> str | None:
    """The URL of the page a proxy serves, as one of its query fields names it (an absolute http(s) URL)."""
    for key in keys:
        value = fields.get(key, "").strip()
        if value.lower().startswith(("http://", "https://")):
            return value[:500]
    return None


def _path_original(url: str, prefix: str = "/") -> str | None:
    """The URL a reader proxy names in its path (`12ft.io/https://…`, `r.jina.ai/https://…`)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    rest = parts.path.removeprefix(prefix)
    if not rest.lower().startswith(("http://", "https://", "http:/", "https:/")):
        return None
    return (rest + (f"?{parts.query}" if parts.query else ""))[:500]


@dataclass(frozen=True)
class ThirdPartyCopy:
    """A page that is a third party's copy of another: what it is, and whether its words are a translator's
    (a byline's too: a name may come out translated, `Любовь` as `Love`)."""

    what: str  # "a machine translation by Google Translate of https://…"
    translated: bool
    # A web archive's own page of its copy (Perma.cc's record, Ghostarchive's), whose banner gives when the
    # archive made it: no time it shows is read as the source's publication.
    archived: bool = False


def _turbopages_original(url: str) -> str | None:
    """The page Yandex's translation proxy serves translated, as its path names it:
    `/proxy_u/<languages>/<scheme>/<host>/<path>`."""
    parts = urlsplit(url)
    segments = parts.path[:2000].split("/", 5)  # "", "proxy_u", languages, scheme, host, path
    if len(segments) < 5 or segments[1] != "proxy_u" or segments[3] not in ("http", "https"):
        return None
    path = segments[5] if len(segments) > 5 else ""
    return f"{segments[3]}://{segments[4]}/{path}" + (f"?{parts.query}" if parts.query else "")


def _of(original: str | None) -> str:
    return f" of {original}" if original else " of another page"


@functools.lru_cache(maxsize=1024)  # asked of the cited URL and of the page's, for each capture
def third_party_copy(url: str) -> ThirdPartyCopy | None:
    """What `url` is when it is a third party's copy of another page, not the page itself: a machine
    translation (Google Translate's `*.translate.goog` and `translate.google.*/translate?u=`, Bing's and
    Yandex's translators, Yandex's `translated.turbopages.org` proxy), Google's cache, or a reader's copy
    (12ft.io, Jina Reader, Outline, Instapaper), or a viewer's page of one post of X, of a Telegram channel
    or of Bluesky (FxTwitter, Nitter, xcancel, TwStalker, TGStat, Telemetr, tlgrm.eu, FxBluesky, SkyView,
    deer.social: one whose link names the post is cited as the platform's own in its place; one whose does
    not, or a web archive's copy of one, is read here), or a web archive's own page of its copy
    (a Perma.cc record, a Ghostarchive copy: `archived`, whose times are the archive's, which
    `provenance.sources` does not read as the source's). Their words are the translator's or the
    copier's (made when, by whom, the page does not say), not the publisher's. None for any other URL.

    An AMP cache (`cdn.ampproject.org/c/s/…`) is not among them: it serves the publisher's own AMP document.
    Nor is an `archive.org/details/…` item page: an upload is a source of its own. Nor is the publisher's
    page under Google's `_x_tr_sl` fields (pasted from a translation's address): the publisher answers it,
    in its own language.
    """
    host = _host(url).lower()
    if not host:
        return None
    fields = _query_fields(url)
    if host.endswith(".translate.goog"):
        return ThirdPartyCopy(
            f"a machine translation by Google Translate{_of(_translate_goog_original(url))}", translated=True
        )
    labels = host.split(".")
    translator = labels[1] if labels[0] == "translate" and len(labels) > 2 else None
    named = _named_original(fields, "url" if translator == "yandex" else "u")
    if translator in ("google", "googleusercontent", "yandex") and named is not None:
        by = "Yandex Translate" if translator == "yandex" else "Google Translate"
        return ThirdPartyCopy(f"a machine translation by {by}{_of(named)}", translated=True)
    if host == "translated.turbopages.org":
        return ThirdPartyCopy(
            f"a machine translation by Yandex Translate{_of(_turbopages_original(url))}", translated=True
        )
    bing = _domain_among(host, frozenset({"translatetheweb.com", "microsofttranslator.com", "bing.com"}))
    bing_proxy = _domain_among(host, frozenset({"translatoruser-int.com", "translatoruser.net"}))
    if (bing and (bing != "bing.com" or _named_segments(url) & {"translator"})) or bing_proxy:
        original = _named_original(fields, "a", "u")
        if bing == "bing.com" and original is None:
            return None  # Bing's translator's own page, translating no page
        return ThirdPartyCopy(
            f"a machine translation by Microsoft's Bing Translator{_of(original)}", translated=True
        )
    if host == "webcache.googleusercontent.com":
        query = fields.get("q", "")
        cached = query.partition("cache:")[2] if "cache:" in query else ""
        # `cache:<id>:<URL>`: the URL follows the cache's own id, where one is given.
        start = max(cached.find("http://"), cached.find("https://"))
        original = (cached[start:] if start >= 0 else cached.partition(":")[2] or cached).strip(" +") or None
        return ThirdPartyCopy(
            f"Google's cached copy{_of(original)}, made by Google at a time of its own", translated=False
        )
    # The reader services' own hosts only: another service's subdomain of one is no reader's copy.
    readers = {"12ft.io": "12ft.io", "r.jina.ai": "Jina Reader", "outline.com": "Outline"}
    reader = host.removeprefix("www.")
    if reader in readers:
        original = _path_original(url) or _named_original(fields, "q", "url")
        return ThirdPartyCopy(
            f"a reader's copy{_of(original)} made by {readers[reader]}, not the publisher's page",
            translated=False,
        )
    if _domain_among(host, frozenset({"instapaper.com"})) and _named_segments(url) & {"read", "text"}:
        original = _named_original(fields, "u", "url")
        return ThirdPartyCopy(
            f"a reader's copy{_of(original)} made by Instapaper, not the publisher's page", translated=False
        )
    archived = _archive_viewer_copy(url, host.removeprefix("www."))
    if archived is not None:
        return archived
    nitter = host.removeprefix("www.").split(".", 1)[0] == "nitter"  # `nitter.<any>`, as platforms reads it
    viewer = _domain_among(host, _POST_VIEWER_DOMAINS) or ("nitter" if nitter else None)
    if viewer is not None and _shows_a_post(url, fields):
        # A link of theirs that names its post's channel and id cites the platform's own post in its place
        # (`citations.platforms.mirrored_post`); one that does not (a private channel's invite hash) is read
        # here, and its byline and its copy of the words are the viewer's rendering.
        return ThirdPartyCopy(
            f"a copy of a post shown by {_POST_VIEWERS[viewer]}, a third party's viewer, not the platform's "
            "page",
            translated=False,
        )
    return None


# A Perma.cc record's id (`AB12-CD34`; its first links, `0CZ4VyaN8ho`), its replay of the copy
# (`/warc/<id>/<URL>`), and a Ghostarchive copy's id (`AbC12`, `/varchive/<video id>`) or the address that
# names the page and a time (`/archive/20221009/<URL>`, `citations.platforms.memento_original`).
_PERMA_RECORD = on_first_use(r"^/(?:[A-Za-z0-9]{4}-[A-Za-z0-9]{4}|[A-Za-z0-9]{11})/?$")
_PERMA_REPLAY = on_first_use(r"^/warc/[A-Za-z0-9-]{4,20}/(?P<original>https?:/.*)$")
_GHOSTARCHIVE_COPY = on_first_use(r"^/(?:v?archive/[A-Za-z0-9_-]{3,20}/?|archive/[0-9]{1,14}/[^/].*)$")


_COLLAPSED_SCHEME = on_first_use(r"^(https?):/+(?=[^/])")


def _archive_viewer_copy(url: str, host: str) -> ThirdPartyCopy | None:
    """A Perma.cc record's page (`perma.cc/AB12-CD34`, its replay `perma-archives.org/warc/<id>/<URL>`) or
    a Ghostarchive copy's (`ghostarchive.org/archive/<id>`): the archive's viewer of its copy, its banner
    (when the copy was made) and the title the archive recorded, not the source's page; None for any other
    URL (the archives' own pages, a search among their copies)."""
    if host not in ("perma.cc", "perma-archives.org", "ghostarchive.org"):
        return None
    try:
        path = urlsplit(url).path[:4000]
    except ValueError:
        return None
    if host == "ghostarchive.org":
        copy = _GHOSTARCHIVE_COPY().match(path)
        name = "Ghostarchive"
    else:
        copy = _PERMA_RECORD().match(path) if host == "perma.cc" else _PERMA_REPLAY().match(path)
        name = "Perma.cc"
    if copy is None:
        return None
    from provenance.citations.platforms import memento_original

    replayed = copy.groupdict().get("original")
    original = _COLLAPSED_SCHEME().sub(r"\1://", replayed) if replayed else memento_original(url)
    return ThirdPartyCopy(
        f"a web archive's copy{_of(original)} kept by {name}, shown in the archive's "
        "own page (its banner, its times, the title it recorded), not the publisher's page",
        translated=False,
        archived=True,
    )


def _shows_a_post(url: str, fields: Mapping[str, str]) -> bool:
    """Whether a viewer's page shows one post (`/channel/<hash>/<id>`, `/profile/<h>/post/<rkey>`,
    `?url=<post>`), not its own work (a channel's statistics, its search): that is the viewer's to say."""
    try:
        path = urlsplit(url).path[:2000].rstrip("/")
    except ValueError:
        return False
    return path.rpartition("/")[2].isdigit() or "/post/" in path or "url" in fields


# Third parties' viewers of X, Telegram and Bluesky posts (each host `citations.platforms` maps a link of to
# the platform's own post: tests/extractors/test_pages.py holds the two alike): their post pages render
# others' posts. A link of theirs cited is the platform's post, but a web archive's copy of their page is
# read as its original, their page: read as a page of its own, its byline and its copy of the words passed
# `author` and `quote` as the post's.
_POST_VIEWERS = {
    "fxtwitter.com": "FxTwitter",
    "vxtwitter.com": "vxTwitter",
    "fixupx.com": "FixupX",
    "fixvx.com": "FixvX",
    "twittpr.com": "twittpr.com",
    "xcancel.com": "xcancel.com",
    "twstalker.com": "TwStalker",
    "nitter": "a Nitter instance",  # `nitter.<any>`: no one domain
    "tgstat.com": "TGStat",
    "tgstat.ru": "TGStat",
    "telemetr.io": "Telemetr",
    "tlgrm.eu": "tlgrm.eu",
    "fxbsky.app": "FxBluesky",
    "bskx.app": "bskx.app",
    "bskye.app": "bskye.app",
    "skyview.social": "SkyView",
    "deer.social": "deer.social",
}
_POST_VIEWER_DOMAINS = frozenset(_POST_VIEWERS)


# Said of a platform's side document that refused the capture for a while: its answer is no word on the post.
REFUSED_FOR_NOW = (
    "the platform refused this client for now (HTTP 429, too many requests), which says nothing of whether "
    "the post is there; capture it again later, or cite an archived copy"
)
_HELD_BACK = "skipped: "  # how the capture names a request it held back (`CapturedPage.failures`)


def refused_for_now(answer: StoredResponse | None, failure: str | None) -> bool:
    """Whether a platform's side document refused the capture for a while: its answer is HTTP 429, or, with
    no answer, the capture held its request back after its host answered 429 (`failure`: "skipped: … answered
    HTTP 429 and asked for no requests until …")."""
    if answer is not None:
        return answer.status == 429
    return failure is not None and failure.startswith(_HELD_BACK) and "HTTP 429" in failure[:300]
