"""Names and the words that describe the person before them (`provenance.names`)."""

from __future__ import annotations

import pytest

from provenance.names import (
    arabic_script_likeness,
    cyrillic_script_likeness,
    fold_spelling,
    honorifics_before,
    named_after_description,
    writer_for_outlet,
)


@pytest.mark.parametrize(
    ("described", "named"),
    [
        ("Ukrainian President Volodymyr Zelensky", ["Volodymyr Zelensky"]),
        ("Kyiv Mayor Vitali Klitschko", ["Vitali Klitschko"]),
        # Which words name the place is left to the name compared with: each reading, longest first.
        ("Mayor of Kyiv Vitali Klitschko", ["Kyiv Vitali Klitschko", "Vitali Klitschko"]),
        ("EU Commission President Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("Deputy Head of the Presidential Office Kyrylo Tymoshenko", ["Kyrylo Tymoshenko"]),
        ("Telegram channel Rybar News", ["Rybar News"]),
    ],
)
def test_the_name_after_a_description_is_read_as_the_person_named(described: str, named: list[str]) -> None:
    assert named_after_description(described) == named


@pytest.mark.parametrize(
    "whole",
    [
        "Vitali Klitschko",  # no description
        "President Zelensky",  # one word: a family name alone, or a place (`Minister of Defence of Ukraine`)
        "Minister of Defence of Ukraine",  # an office, no person
        "Head of State Press Office",  # an organisation's words
        "Office of President Volodymyr Zelensky",  # the office's account, not the president's
        "President Volodymyr Zelensky and Mayor Vitali Klitschko",  # two people
        "Spokesperson for the mayor",
    ],
)
def test_no_person_is_read_where_the_description_names_none_or_another(whole: str) -> None:
    assert named_after_description(whole) == []


def test_only_the_last_words_of_a_long_described_name_are_read_as_the_person() -> None:
    # An author from a citations file can be any length: only its last six words can be a name, so the
    # readings made (and compared) stay few and short.
    words = " ".join(["Mayor", "of"] + ["Kyiv"] * 100_000)
    named = named_after_description(words)
    assert named and all(len(reading.split()) <= 6 for reading in named) and len(named) <= 5


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("zelensky", "zelenskyy"),
        ("sergei markov", "sergey markov"),
        ("andrei gurulyov", "andrey gurulev"),
        ("yulia navalnaya", "iuliia navalnaia"),
        ("pyotr", "petr"),
        ("qais", "qays"),
        ("anthony", "antony"),  # a `th` inside a word is folded still
        ("smyth", "smith"),
        ("dmitry", "dmitri"),
        ("vitali klitschko", "vitaliy klychko"),  # German's `tsch` for ч
        ("gennady", "gennadi"),  # a doubled consonant, then the ending a transliteration writes two ways
        ("filipp", "filip"),
        ("mahmoud", "mahmud"),  # `ou` before a consonant is a transliteration's `u`
        ("mourad", "murad"),
        ("yury", "yuri"),  # a short word opening with a transliteration's `y`
        ("vitaly", "vitali"),
        ("alexander dugin", "aleksandr dugin"),  # English's own form of a Russian given name
        ("alexey navalny", "aleksei navalny"),
        ("maxim", "maksim"),
        # One Arabic given name in its Latin spellings.
        ("mohammed bin salman", "muhammad bin salman"),
        ("mohamad", "muhammed"),
        ("ahmed yassin", "ahmad yassin"),
        ("hussein", "husayn"),
        ("usama", "osama"),
    ],
)
def test_transliterations_of_one_name_fold_to_one_spelling(one: str, other: str) -> None:
    assert fold_spelling(one) == fold_spelling(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("jennifer lee", "jennifer li"),
        ("imran khan", "imran han"),
        ("moon", "mun"),
        ("lou", "lu"),
        ("yan", "ian"),
        ("john smith", "john smit"),
        ("barth", "bart"),
    ],
)
def test_a_short_word_is_not_folded_into_another_name(one: str, other: str) -> None:
    # Folded, Lee was Li and Khan Han: two people's names, and a cited author passed on the other's page.
    assert fold_spelling(one) != fold_spelling(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("tony blair", "toni blair"),
        ("mary jones", "mari jones"),
        ("andy", "andi"),
        ("randy", "randi"),
        ("louis martin", "luis martin"),
        ("louise", "luise"),
        ("dixon", "dickson"),  # `x` is `ks` only in the given names listed
        ("alexander", "alexandra"),
        ("muhammad ali", "mahmud ali"),  # two Arabic names, however each is spelt
        ("ahmad", "hamad"),
        ("klitschko", "klichkov"),  # German's `tsch` folded, a last `v` is still another name's
    ],
)
def test_two_names_a_fold_made_one_stay_two(one: str, other: str) -> None:
    # A short word's last `y` after a consonant is an English name's (Tony is not Toni), and `ou` before a
    # vowel a name's own (Louis is not Luis): folded, a cited Toni Blair passed on Tony Blair's page.
    assert fold_spelling(one) != fold_spelling(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("harry kumar", "hari kumar"),
        ("kerry", "keri"),
        ("sally", "sali"),
        ("terry", "teri"),
        ("bobby", "bobi"),
    ],
)
def test_an_english_name_s_last_y_after_a_doubled_consonant_is_not_folded_into_another_name(
    one: str, other: str
) -> None:
    # Folded, both ways at once (the doubled letter and `y` as `i`), Harry was Hari: a cited Hari Kumar
    # passed on Harry Kumar's post, where John and Jon only come close.
    assert fold_spelling(one) != fold_spelling(other)


@pytest.mark.parametrize(
    ("byline", "writer"),
    [
        ("Jane Smith for Reuters", "Jane Smith"),
        ("Ursula von der Leyen for The Guardian", "Ursula von der Leyen"),
        ("Institute for the Study of War", None),  # an institution: no writer, and `the` no outlet's name
        ("Center for Strategic and International Studies", None),  # one word is no person's name
        ("Minister for Foreign Affairs Dmytro Kuleba", None),  # an office
        ("Defence Ministry for Reuters", None),  # an organisation's word
        ("Reporter Jane Smith for Reuters", None),  # a description, not the name alone
        ("Jane Smith", None),
    ],
)
def test_the_writer_of_a_byline_for_an_outlet_is_the_name_before_for(byline: str, writer: str | None) -> None:
    assert writer_for_outlet(byline) == writer


@pytest.mark.parametrize(
    ("written", "arabic"),
    [
        ("Hassan Nasrallah", "حسن نصر الله"),
        ("Hasan Nasrallah", "حسن نصر الله"),
        ("Хасан Насралла", "حسن نصر الله"),  # Russian's spelling, transliterated
        ("Yahya Sinwar", "يحيى السنوار"),  # the article left out, as English often does
        ("Yahya al-Sinwar", "يحيى السنوار"),
        ("Яхья Синвар", "يحيى السنوار"),
        ("Abu Ali al-Askari", "أبو علي العسكري"),
        ("Абу Али аль-Аскари", "أبو علي العسكري"),  # noqa: RUF001
        ("Mohammed bin Salman", "محمد بن سلمان"),
        ("Muhammad ibn Salman", "محمد بن سلمان"),
        ("Mahmoud Abbas", "محمود عباس"),
        ("Hussein", "حسين"),
        ("Husayn", "حسين"),
        ("Hossein", "حسين"),
        ("Khalid Mashal", "خالد مشعل"),
        ("Abdul Rahman", "عبد الرحمن"),
        ("Abdurrahman", "عبد الرحمن"),  # the article's `l` spoken as the sun letter after it
        ("Abdullah", "عبد الله"),
        ("Osama bin Laden", "أسامة بن لادن"),
        ("Ismail Haniyeh", "إسماعيل هنية"),
        ("Saleh al-Arouri", "صالح العاروري"),
        ("Amr Moussa", "عمرو موسى"),
        ("Hassan Nasrallah", "حَسَن نَصْرُ الله"),  # vowel marks written
        ("Walid Jumblatt", "وليد جنبلاط"),  # `n` spoken `m` before `b`
        ("Mustafa Badreddine", "مصطفى بدر الدين"),  # French's last `e`
        ("Hashem Safieddine", "هاشم صفي الدين"),
        ("Ahmed al-Sharaa", "أحمد الشرع"),
        ("Abdul-Malik al-Houthi", "عبد الملك الحوثي"),
        ("Abu Mahdi al-Muhandis", "أبو مهدي المهندس"),
        ("Nabih Berri", "نبيه بري"),
        ("Khalil al-Hayya", "خليل الحية"),
        ("Fuad Shukr", "فؤاد شكر"),
        ("Marwan Issa", "مروان عيسى"),
        ("Youssef Ramadan", "يوسف رمضان"),
        ("Sayyid Nasrallah", "سيد نصر الله"),
        # Titles before the Arabic name, as `Sheikh` and `Gen.` before a Latin one: no part of the name.
        ("Hassan Nasrallah", "السيد حسن نصر الله"),
        ("Sayyed Hassan Nasrallah", "السيد حسن نصر الله"),
        ("Hassan Nasrallah", "سماحة السيد حسن نصر الله"),
        ("Naim Qassem", "الشيخ نعيم قاسم"),
        ("Hussein al-Sheikh", "حسين الشيخ"),  # a family name, not a title, after the given name
    ],
)
def test_a_name_in_arabic_script_is_the_same_as_its_latin_or_cyrillic_spelling(
    written: str, arabic: str
) -> None:
    # A report names an Arabic channel's people in Latin letters while the post shows them in Arabic: the
    # author is the one the post shows, either way round.
    assert arabic_script_likeness(written, arabic) == "same"
    assert arabic_script_likeness(arabic, written) == "same"


@pytest.mark.parametrize(
    ("written", "arabic"),
    [
        ("Hussein Nasrallah", "حسن نصر الله"),  # Hussein is حسين, Hasan حسن: two names
        ("Hassan Nasrallah", "حسين نصر الله"),
        ("Mahmoud Abbas", "محمد عباس"),  # Mahmud محمود and Muhammad محمد
        ("Muhammad Abbas", "محمود عباس"),
        ("Amir Hassan", "عمر حسن"),  # Amir and Omar: the same consonants
        ("Amer", "عمر"),
        ("Omar", "عامر"),
        ("Hamad Ali", "أحمد علي"),  # Hamad is حمد, not Ahmad
        ("Samar Kassir", "سمير قصير"),  # Samar سمر and Samir سمير
        ("Nasser", "نصر"),  # Nasser is ناصر, Nasr نصر
        # A vowel Latin writes where the Arabic name has none, or a long one where it has a short one.
        ("Jamil", "جمال"),  # Jamil جميل and Jamal جمال
        ("Kamel", "كمال"),
        ("Kamal", "كامل"),
        ("Saleh", "صلاح"),  # Saleh صالح and Salah صلاح
        ("Salah", "صالح"),
        ("Malak", "مالك"),
        ("Samer", "سمر"),  # Samer سامر and Samar سمر
        ("Walid", "ولد"),
        ("Ziyad", "زيد"),  # Ziyad زياد and Zayd زيد
        ("Nawar", "نور"),
        ("Karim", "كرم"),
        ("Hamed", "حمد"),
        ("Hussein", "حسان"),  # Hussein's `ei` is no long `a`
        ("Amr", "عامر"),  # Amr عمرو and Amer عامر
    ],
)
def test_two_arabic_names_alike_but_for_a_vowel_are_only_near(written: str, arabic: str) -> None:
    # Close names may be two people: warned, for a person to look at, never passed.
    assert arabic_script_likeness(written, arabic) == "near"
    assert arabic_script_likeness(arabic, written) == "near"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Yahya Sinwar", "محمد السنوار"),  # another Sinwar
        ("Abu Ali", "أبو علي العسكري"),  # a name the other holds more words than
        ("Hassan Nasrallah", "نصر الله حسن"),  # the words in another order
        ("Hassan Nasrallah", "Hassan Nasrallah"),  # no Arabic script: compared as Latin names are
        ("حسن نصر الله", "حسن نصر الله"),
        ("Hassan Nasrallah", "حسن نصر الله Hassan"),  # a name in two scripts
        ("Sheikh Hassan Nasrallah", "حسن نصر الله"),
        ("Hassan Nasrallah", "السيد"),  # a title alone names no one
        ("Hassan Nasrallah", "حسن نصر الله ٹ"),  # a word of letters not read: not left out
    ],
)
def test_names_not_one_in_arabic_script_and_the_other_its_spelling_are_not_compared_so(
    one: str, other: str
) -> None:
    assert arabic_script_likeness(one, other) is None


def test_a_hostile_name_of_100_kb_is_compared_at_once() -> None:
    # A display name or citations-file author is untrusted: no more than a person's name is read.
    assert arabic_script_likeness("\u0639" * 100_000, "a" * 100_000) is None
    assert arabic_script_likeness("Hassan " * 15_000, "حسن") is None
    # As long as a name may be, every gap a vowel: still one pass over the letters per Arabic letter.
    assert arabic_script_likeness("\u0639" * 60, "a" * 100) == "near"


@pytest.mark.parametrize(
    ("written", "arabic", "likeness"),
    [
        ("Rybar", "ريبار", "same"),
        ("Рыбарь", "ريبار", "same"),
        # Arabic writes a foreign name's `e` with its long `i`, which an Arabic name's `e` never is: near.
        ("Dmitry Medvedev", "دميتري ميدفيديف", "near"),
        ("Elon Musk", "إيلون ماسك", "near"),
    ],
)
def test_a_foreign_name_in_arabic_script_is_compared_with_its_own_spelling(
    written: str, arabic: str, likeness: str
) -> None:
    # Arabic channels write Russian names so (`نشر ريبار عبر تيليغرام`): Rybar's own post is his.
    assert arabic_script_likeness(written, arabic) == likeness


@pytest.mark.parametrize(
    ("written", "honorifics"),
    [
        ("Sayyed Hassan Nasrallah", 1),
        ("Sheikh Naim Qassem", 1),
        ("Grand Ayatollah Ali al-Sistani", 2),
        ("Шейх Наим Касем", 1),
        # A name of one word left, or none: the first word may be a given name (Sayed Kashua).
        ("Sayed Kashua", 0),
        ("Sheikh Tamim", 0),
        ("Hassan Nasrallah", 0),
        ("Grand Hotel Plaza", 0),
    ],
)
def test_the_honorifics_written_before_a_name_in_latin_or_cyrillic_letters_are_counted(
    written: str, honorifics: int
) -> None:
    # `Sayyed Hassan Nasrallah wrote: "…"` gave the words to "Sayyed Hassan Nasrallah", and his own account,
    # Hassan Nasrallah, warned as another's.
    assert honorifics_before(written.split()) == honorifics


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Vitali Klitschko", "Віталій Кличко"),  # as German writes ч
        ("Vitaliy Klychko", "Віталій Кличко"),
        ("Vitaly Klitschko", "Виталий Кличко"),  # in Russian
        ("Andriy Yermak", "Андрій Єрмак"),
        ("Oleh Synehubov", "Олег Синєгубов"),  # as English writes є
        ("Oleh Syniehubov", "Олег Синєгубов"),  # as Ukrainian romanises it
        ("Volodymyr Zelenskyy", "Володимир Зеленський"),
        ("Zelensky", "Зеленський"),
        ("Alexei Navalny", "Алексей Навальный"),
        ("Alexei Naval'ny", "Алексей Навальный"),
        ("Natalia Poklonskaya", "Наталья Поклонская"),
        ("Maria Zakharova", "Мария Захарова"),
        ("Viktor Yushchenko", "Віктор Ющенко"),
        ("Viktor Yuschenko", "Віктор Ющенко"),
        ("Mikhail Gorbachev", "Михаил Горбачёв"),
        (
            "Maryana Bezuhla",
            "\u041c\u0430\u0440'\u044f\u043d\u0430 \u0411\u0435\u0437\u0443\u0433\u043b\u0430",
        ),  # the apostrophe before я
    ],
)
def test_a_latin_spelling_of_a_cyrillic_name_is_the_same_name(latin: str, cyrillic: str) -> None:
    # Each warned against the other on a post or byline: "the same person, or another with a similar name?",
    # or "the note names 'Vitali Klitschko' and the source shows 'Віталій Кличко': compare by hand".
    assert cyrillic_script_likeness(latin, cyrillic) == "same"
    assert cyrillic_script_likeness(cyrillic, latin) == "same"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Vitali Klichkov", "Віталій Кличко"),  # a `v` Кличко has not
        ("Vitali Klitschko", "Віталій Кличков"),  # Klichkov
        ("Andriy Yarmak", "Андрій Єрмак"),  # Yarmak is Ярмак
        ("Ana Ivanova", "Яна Иванова"),  # Yana is not Ana
        ("Uri Ivanov", "Юрий Иванов"),  # Yuri is not Uri
        ("Kirill Budanov", "Кирило Буданов"),  # Kirill is Кирилл
        ("Vitali", "Віталій Кличко"),  # a part of the name
        ("Vitali Klitschko", "Кличко Віталій"),  # another order
        ("Vitali Klitschko", "Vitali Klitschko"),  # no Cyrillic: compared as Latin names are
        ("Vitali Klitschko", "Віталій Klitschko"),  # a name in two scripts
        ("Rybar 2", "Рыбарь"),  # another channel's name, its number no letter
        ("Vitali Klitschko", "мер Києва: Віталій"),  # more than letters
    ],
)
def test_a_latin_name_is_not_read_in_another_cyrillic_one(latin: str, cyrillic: str) -> None:
    assert cyrillic_script_likeness(latin, cyrillic) is None
    assert cyrillic_script_likeness(cyrillic, latin) is None


def test_a_hostile_cyrillic_name_of_100_kb_is_compared_at_once() -> None:
    assert cyrillic_script_likeness("й" * 100_000, "y" * 100_000) is None


def test_agencies_and_places_are_known_by_their_letters_alone() -> None:
    from provenance.names import KNOWN_PLACES, NEWS_AGENCIES, as_letters

    assert as_letters("RIA Novosti") in NEWS_AGENCIES and as_letters("Reuters") in NEWS_AGENCIES
    assert as_letters("Tel Aviv") in KNOWN_PLACES and as_letters("Kharkov") in KNOWN_PLACES
    assert as_letters("Kyiv Independent") not in KNOWN_PLACES, "an outlet named after a place is none"
    assert as_letters("Bakhmut") not in KNOWN_PLACES, "no list of every town: the registry tells"
