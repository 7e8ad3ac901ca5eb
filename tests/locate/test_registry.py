"""The accounts registry: CSV and YAML as users write them, names matched across transliterations."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from provenance.errors import InputError
from provenance.locate import registry
from provenance.locate.files import read_registry
from provenance.locate.registry import (
    MAX_REGISTRY_BYTES,
    MAX_REGISTRY_NAMES,
    MAX_YAML_REGISTRY_BYTES,
    Account,
    load_registry,
    match_accounts,
    name_similarity,
)
from provenance.models import Platform

real_account = registry._account
ARABIC = "\u0623\u0628\u0648 \u0639\u0644\u064a"
CYRILLIC = "\u0410\u0431\u0443 \u0410\u043b\u0438 \u0430\u043b\u044c-\u0410\u0441\u043a\u0430\u0440\u0438"
CSV = f"""name,aliases,platform,handle,id,notes
Abu Ali al-Askari,Abu 'Ali Al-'Askari;{ARABIC},telegram,example_askari,,fictional
Andrei Gurulyov,Andrey Gurulev,telegram,example_gurulyov,,fictional
Hossein Amirabdollahian,,X,example_fm,12345,fictional
""".encode()

YAML = f"""
accounts:
  - name: Abu Ali al-Askari
    aliases: ["Abu 'Ali Al-'Askari", "{CYRILLIC}"]
    platform: telegram
    handle: "@example_askari"
  - name: Example Outlet
    platform: facebook
    url: https://www.facebook.com/example.outlet
"""


def test_csv_registry_reads_aliases_platform_words_and_ids() -> None:
    accounts = load_registry(CSV, "accounts.csv")

    assert [a.name for a in accounts] == ["Abu Ali al-Askari", "Andrei Gurulyov", "Hossein Amirabdollahian"]
    assert accounts[0].aliases[0] == "Abu 'Ali Al-'Askari" and len(accounts[0].aliases) == 2
    assert accounts[2].platform is Platform.TWITTER and accounts[2].id == "12345"


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_a_spreadsheets_semicolon_or_tab_separated_export_is_read_as_its_columns(delimiter: str) -> None:
    # Spreadsheets save "CSV" with semicolons where a comma is the decimal mark, and as tab-separated text.
    text = CSV.decode().replace(",", delimiter).replace("Abu 'Ali Al-'Askari;", "Abu 'Ali Al-'Askari|")

    accounts = load_registry(text.encode(), "accounts.csv")

    assert accounts == load_registry(CSV, "accounts.csv")


def test_yaml_registry_reads_lists_handles_with_at_and_url_only_accounts() -> None:
    accounts = load_registry(YAML.encode(), "accounts.yaml")

    assert accounts[0].handle == "example_askari"
    assert accounts[1].url == "https://www.facebook.com/example.outlet" and accounts[1].handle is None


@pytest.mark.parametrize(
    ("speaker", "registry_name"),
    [
        ("Abu 'Ali Al-'Askari", "Abu Ali al-Askari"),  # apostrophes for ayn and hamza, capital article
        (CYRILLIC, "Abu Ali al-Askari"),
        ("Andrei Gurulyov", "Andrey Gurulev"),  # Russian: -yov/-ev, -ei/-ey
        ("Yevgeny Prigozhin", "Evgeniy Prigozhin"),
        ("Hossein Amir-Abdollahian", "Hossein Amirabdollahian"),  # Persian compound, glued or hyphenated
        ("Qais al-Khazali", "Qays al-Khazaali"),
        ("Mohammad Zarif", "Mohammad Javad Zarif"),  # a middle name left out
        ("Al-'Askari", "Abu Ali al-Askari"),  # the family name alone
    ],
)
def test_names_match_across_transliterations(speaker: str, registry_name: str) -> None:
    assert name_similarity(speaker, registry_name) >= 0.85


@pytest.mark.parametrize(
    ("speaker", "registry_name"),
    [
        ("Abu Ali", "Abu Ali al-Askari"),  # a bare kunya is shared by many
        ("Abu Ali al-Askari", "Abu Ali al-Maliki"),
        ("Ali Khamenei", "Ali Larijani"),
    ],
)
def test_different_people_do_not_match(speaker: str, registry_name: str) -> None:
    assert name_similarity(speaker, registry_name) < 0.85


def test_matching_keeps_to_the_cited_platform_and_a_handle_matches_outright() -> None:
    accounts = load_registry(CSV, "accounts.csv")

    on_x = match_accounts("Abu Ali al-Askari", accounts, Platform.TWITTER)
    by_handle = match_accounts("whoever", accounts, None, handle="EXAMPLE_FM")

    assert on_x == []
    assert [(m.account.name, m.score) for m in by_handle] == [("Hossein Amirabdollahian", 1.0)]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "a.csv",
            b"who,where\nx,y\n",
            "a.csv: the first row must name the columns, at least name and platform",
        ),
        (
            "a.csv",
            b"name,platform,handle\nX,telegarm,x\n",
            "a.csv: line 2: platform 'telegarm' is not one of",
        ),
        (
            "a.csv",
            b"name,platform,handle\nX,telegram,\n",
            "a.csv: line 2: 'X' needs a handle, an id or a url",
        ),
        (
            "a.csv",
            b"name,platform,handle\nX,telegram,two words\n",
            "a.csv: line 2: handle 'two words' must be",
        ),
        (
            "a.csv",
            b"name,platform,handle,colour\nX,telegram,x,red\n",
            "a.csv: line 2: unknown column 'colour'",
        ),
        (
            "a.csv",
            b"name,platform,handle\nX,telegram,x,extra\n",
            "a.csv: line 2: more fields than the header",
        ),
        # `t.me/s/..` is t.me's home page, `x.com/../status/1` x.com's: a path step is no account.
        ("a.csv", b"name,platform,handle\nX,telegram,..\n", "a.csv: line 2: handle '..' must be one"),
        ("a.csv", b"name,platform,handle\nX,twitter,.\n", "a.csv: line 2: handle '.' must be one"),
        (
            "a.csv",
            b"name,platform,url\nX,web,file:///etc/passwd\n",
            "a.csv: line 2: url 'file:///etc/passwd' must be the http(s) address of the account's page",
        ),
        (
            "a.yaml",
            b"- {name: X, platform: web, url: 'javascript:alert(1)'}",
            "a.yaml: account 1: url 'javascript:alert(1)' must be the http(s) address",
        ),
        # Each speaker was compared with it word by word: forty such names took 4 s a speaker.
        (
            "a.csv",
            b"name,platform,handle\n" + b"Abu " * 51 + b",telegram,x\n",
            "a.csv: line 2: a name or alias of 203 characters ('Abu Abu",
        ),
        (
            "a.csv",
            b"name,aliases,platform,handle\nX," + b"y" * 300 + b",telegram,x\n",
            "a.csv: line 2: a name or alias of 300 characters ('yyy",
        ),
        # Every archived page under it was taken for the account's: each account's posts on the platform.
        (
            "a.csv",
            b"name,platform,url\nX,facebook,https://www.facebook.com/\n",
            "a.csv: line 2: url 'https://www.facebook.com/' is the facebook site, not the account's page",
        ),
        (
            "a.csv",
            b"name,platform,url\nX,vk,vk.com\n",
            "a.csv: line 2: url 'vk.com' is the vk site, not the account's page on it",
        ),
        # A page in the handle column was refused as 'must be one account name', not saying what to write.
        (
            "a.csv",
            b"name,platform,handle\nX,telegram,https://t.me/s/example_a\n",
            "a.csv: line 2: handle 'https://t.me/s/example_a' is the account's page: write its handle, "
            "example_a, or put the page in the url column",
        ),
        (
            "a.csv",
            b"name,platform,handle\nX,x,x.com/example_a\n",
            "a.csv: line 2: handle 'x.com/example_a' is the account's page: write its handle, example_a",
        ),
        # The handle was searched and the page beside it, another channel's, said nothing.
        (
            "a.csv",
            b"name,platform,handle,url\nX,telegram,example_a,https://t.me/example_b\n",
            "a.csv: line 2: handle 'example_a' is not the account 'https://t.me/example_b' is the page of "
            "(example_b)",
        ),
        # A value under a column the header leaves unnamed belongs to no column: said, never dropped unread.
        (
            "a.csv",
            b"name,,platform,handle\nX,Example Desk,telegram,example_a\n",
            "a.csv: line 2: 'Example Desk' is in column 2, which the first row does not name",
        ),
        # Each was read as its last value, silently: the handle searched was not the one the row shows first.
        (
            "a.csv",
            b"name,platform,handle,Handle\nX,telegram,example_a,example_b\n",
            "a.csv: the first row names the column 'handle' twice",
        ),
        (
            "a.yaml",
            b"- name: X\n  platform: telegram\n  handle: example_a\n  handle: example_b\n",
            "a.yaml: line 4: the key 'handle' is given twice",
        ),
        (
            "a.yaml",
            b"- {name: X, platform: telegram, handle: example_a, Handle: example_b}",
            "a.yaml: account 1: the key 'handle' is given twice",
        ),
        ("a.csv", b"name,platform\n", "a.csv: no accounts"),
        ("a.csv", b"\xff\xfe\x00n", "a.csv: not UTF-8 text"),
        ("a.yaml", b"name: [unclosed", "a.yaml: not YAML (line 1)"),
        ("a.yaml", b"just text", "a.yaml: expected a list of accounts"),
        # Said only as 'not YAML (line 3)', nothing to say what to write.
        (
            "a.yaml",
            b"- name: X\n  platform: telegram\n  handle: @example_a\n",
            "a.yaml: not YAML (line 3: a value beginning with '@' must be in quotes)",
        ),
        (
            "a.yaml",
            b"- name: Abu Ali: the spokesman\n  platform: telegram\n  handle: example_a\n",
            "a.yaml: not YAML (line 1: a value holding ': ' must be in quotes)",
        ),
        ("a.yaml", b"- [1, 2]", "a.yaml: account 1: must be a mapping"),
        (
            "a.yaml",
            b"- {name: X, platform: telegram, handle: {a: 1}}",
            "a.yaml: account 1: 'handle' must be text",
        ),
        # Both stopped locate with an internal error (exit 3) before these messages.
        (
            "a.csv",
            b'name,platform,handle\n"' + b"a" * 200_000 + b'",telegram,x\n',
            "a.csv: not CSV (field larger than field limit",
        ),
        ("a.yaml", b"[" * 100_000 + b"]" * 100_000, "a.yaml: YAML nested too deeply"),
        pytest.param(
            "a.yaml",
            b"- {name: X, id: " + b"9" * 5000 + b"}",
            "a.yaml: a number of more than 4,300 digits",
            id="yaml-number-of-5000-digits",
        ),
    ],
)
def test_a_bad_registry_is_one_line_naming_the_file_row_and_problem(
    name: str, data: bytes, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        load_registry(data, name)

    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "accounts.csv",
            b"name,platform,handle\nRybar,telegram,rybar\nBrief Desk,telegram,x\n"
            b"Two Majors,telegram,@Rybar\n",
            "accounts.csv: line 2 and line 4 both give telegram @rybar, to 'Rybar' and to 'Two Majors': one "
            "handle is one account; if both are its names, give one row with the other as an alias, else "
            "correct the handle",
        ),
        (
            "accounts.yaml",
            b"- {name: Rybar, platform: telegram, handle: rybar}\n"
            b"- {name: Two Majors, platform: telegram, url: 'https://t.me/rybar'}\n",
            "accounts.yaml: account 1 and account 2 both give telegram @rybar, to 'Rybar' and to 'Two "
            "Majors'",
        ),
        (
            "accounts.csv",
            b"name,platform,handle,id\nRybar,telegram,rybar,1001\nRybar,telegram,rybar,2002\n",
            "accounts.csv: line 2 and line 3 both give telegram @rybar, with the ids '1001' and '2002': one "
            "account has one id; correct one row",
        ),
    ],
    ids=["two-people-csv", "two-people-yaml-by-page", "two-ids"],
)
def test_one_handle_given_to_two_people_or_with_two_ids_is_refused_naming_both_rows(
    name: str, data: bytes, message: str
) -> None:
    # A row copied and renamed kept the handle: `Two Majors` was searched as @rybar, and Rybar's posts were
    # proposed as Two Majors' words (speaker part 1.00).
    with pytest.raises(InputError) as caught:
        load_registry(data, name)

    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_one_person_s_handle_given_twice_is_one_account_with_both_rows_names() -> None:
    cyrillic = "\u0420\u044b\u0431\u0430\u0440\u044c"  # Рыбарь
    data = (
        "name,aliases,platform,handle,id,notes\n"
        "Rybar,Mikhail Zvinchuk,telegram,rybar,,channel\n"
        f"{cyrillic},Rybar Channel,telegram,Rybar,1001,its Russian name\n"
        "Rybar,,twitter,rybar,,the X account\n"
    ).encode()

    telegram, twitter = load_registry(data, "accounts.csv")

    assert (telegram.name, telegram.handle, telegram.id) == ("Rybar", "rybar", "1001")
    assert telegram.aliases == ("Mikhail Zvinchuk", cyrillic, "Rybar Channel")
    assert telegram.notes == "channel | its Russian name"
    assert twitter.platform is Platform.TWITTER, "one handle on two platforms is two accounts"
    assert [m.account for m in match_accounts("Rybar Channel", (telegram, twitter))] == [telegram]


def test_rows_of_one_handle_are_compared_by_one_name_comparison_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each row of a handle given 8,000 times was compared with every name of the rows before it: seconds.
    compared: list[str] = []
    real_similarity = registry.name_similarity

    def counted(left: str, right: str) -> float:
        compared.append(right)
        return real_similarity(left, right)

    monkeypatch.setattr(registry, "name_similarity", counted)
    rows = "".join(f"Abu Ali al-Askari{'qxzw'[i % 4]},A{i},telegram,h\n" for i in range(8_000))
    data = f"name,aliases,platform,handle\nAbu Ali al-Askari,,telegram,h\n{rows}".encode()

    (account,) = load_registry(data, "accounts.csv")

    assert len(account.aliases) == 8_000 + 4 and len(compared) <= 4


def test_a_registry_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    # It was read whole into memory (a 100 MB file: 250 MB of memory), then refused by its length.
    path = tmp_path / "accounts.csv"
    path.write_bytes(b"")
    os.truncate(path, 64 * MAX_REGISTRY_BYTES)  # sparse: nothing is written

    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            read_registry(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert f"the accounts registry is {64 * MAX_REGISTRY_BYTES} bytes, over the limit of" in str(caught.value)
    assert peak < MAX_REGISTRY_BYTES


def test_a_yaml_registry_over_its_own_limit_is_refused_unparsed_and_told_to_be_csv() -> None:
    # PyYAML's Python parser took most of a minute over a 5 MB registry: a YAML file past its own, smaller
    # limit is refused before it is parsed, the same accounts as CSV still read up to the general limit.
    row = "- name: Person\n  platform: telegram\n  handle: person\n"
    data = (row * (MAX_YAML_REGISTRY_BYTES // len(row) + 1)).encode()
    assert MAX_YAML_REGISTRY_BYTES < len(data) < MAX_REGISTRY_BYTES

    with pytest.raises(InputError) as caught:
        load_registry(data, "accounts.yaml")

    assert str(caught.value) == (
        "accounts.yaml: larger than 1 MB of YAML, which is slow to read; write a registry this large as CSV "
        "(name,platform,handle,...)"
    )


def test_a_registry_file_within_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_bytes(CSV)

    registry = read_registry(path)

    assert registry.accounts[0].handle == "example_askari" and registry.sha256 is not None


def test_handles_with_dots_urls_without_a_scheme_a_website_s_home_page_and_yaml_merge_keys_are_read() -> None:
    data = b"""
base: &telegram {platform: telegram}
accounts:
  - {<<: *telegram, name: Example Desk, handle: example.desk}
  - {name: Example Outlet, platform: facebook, url: www.facebook.com/example.outlet}
  - {name: Example Blog, platform: web, url: "https://blog.example.org/"}
"""
    accounts = load_registry(data, "a.yaml")

    assert [(account.platform, account.handle, account.url) for account in accounts] == [
        (Platform.TELEGRAM, "example.desk", None),
        (Platform.FACEBOOK, None, "www.facebook.com/example.outlet"),
        (Platform.WEB, None, "https://blog.example.org/"),
    ]


def test_yaml_alias_bomb_is_refused_without_expanding_it() -> None:
    bomb = b"a: &a [x, x, x, x, x, x, x, x, x]\n" + b"".join(
        b"%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n" % ((i + 1,) * 2 + (i,) * 9)
        for i in range(ord("a"), ord("a") + 12)
    )

    with pytest.raises(InputError, match="expected a list of accounts"):
        load_registry(bomb, "bomb.yaml")


@pytest.mark.parametrize("name", ["accounts.csv", "accounts.yaml"])
def test_the_example_registries_load_and_claim_nothing_about_real_accounts(name: str) -> None:
    path = Path(__file__).resolve().parents[2] / "examples" / name

    accounts = load_registry(path.read_bytes(), name)

    assert accounts
    for account in accounts:
        assert "FICTIONAL" in (account.notes or "")
        assert (account.handle or "").startswith("example") or "example" in (account.url or "")


def test_the_yaml_example_registry_holds_the_same_accounts_as_the_csv_one() -> None:
    # The README calls them the same registry: a note that matched with one was "not in the registry" with
    # the other.
    examples = Path(__file__).resolve().parents[2] / "examples"
    csv = load_registry((examples / "accounts.csv").read_bytes(), "accounts.csv")
    yaml = load_registry((examples / "accounts.yaml").read_bytes(), "accounts.yaml")
    assert [account.model_dump(exclude={"notes"}) for account in yaml] == [
        account.model_dump(exclude={"notes"}) for account in csv
    ]


def test_a_registry_of_more_names_than_any_real_one_is_refused_before_any_is_compared() -> None:
    # 900,000 two-letter aliases fit in 5 MB; each speaker was compared with each (about 6 s a speaker).
    aliases = ";".join(f"A{index}" for index in range(1_000))
    rows = "".join(f"P{index},{aliases},telegram,h{index}\n" for index in range(60))
    data = f"name,aliases,platform,handle\n{rows}".encode()

    with pytest.raises(InputError) as caught:
        load_registry(data, "accounts.csv")

    assert str(caught.value) == (
        "accounts.csv: more than 50,000 names, aliases and handles, the limit; not an accounts registry"
    )


@pytest.mark.parametrize("rows", [200_000, 30_000])
def test_a_registry_of_more_names_than_the_limit_is_refused_before_every_row_is_an_account(
    rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 5 MB file of 200,000 short rows: every row was made an account before the names were counted (12 s
    # and 380 MB to refuse it). 30,000 rows of a name and a handle pass the limit at the 25,001st.
    data = "name,platform,handle\n" + "".join(f"N{i},telegram,h{i}\n" for i in range(rows))
    built: list[str] = []

    def counted(row: dict[str, object], where: str) -> Account:
        built.append(where)
        return real_account(row, where)

    monkeypatch.setattr(registry, "_account", counted)

    with pytest.raises(InputError, match="more than 50,000 names, aliases and handles, the limit"):
        load_registry(data.encode(), "accounts.csv")

    assert len(built) <= MAX_REGISTRY_NAMES // 2 + 1, "accounts are built only until the limit is passed"


def test_a_registry_within_the_name_limit_is_read_whole() -> None:
    data = "name,platform,handle\n" + "".join(f"N{i},telegram,h{i}\n" for i in range(24_000))

    assert len(load_registry(data.encode(), "accounts.csv")) == 24_000


# People whose names differ only where Russian and Ukrainian decline them: a husband and wife, a man and a
# woman of one family name (fictional accounts, real name shapes).
DECLINED_REGISTRY = """name,aliases,platform,handle,notes
Зеленский,Владимир Зеленский;Volodymyr Zelensky,telegram,example_president,fictional
Елена Зеленская,Olena Zelenska,telegram,example_first_lady,fictional
Мария Захарова,Maria Zakharova,telegram,example_mfa_speaker,fictional
Александр Захаров,,telegram,example_zakharov,fictional
Дмитро Кулеба,,telegram,example_kuleba,fictional
Богдан Шевченко,,telegram,example_shevchenko,fictional
""".encode()


@pytest.mark.parametrize(
    ("genitive", "handle"),
    [
        ("Зеленского", "example_president"),
        ("Владимира Зеленского", "example_president"),
        ("Зеленського", "example_president"),  # Ukrainian, against the registry's Russian spelling
        ("Зеленской", "example_first_lady"),
        ("Зеленської", "example_first_lady"),
        ("Марии Захаровой", "example_mfa_speaker"),
        ("Захаровой", "example_mfa_speaker"),
        ("Захарова", "example_zakharov"),  # Захаров's genitive, not Захарова herself
        ("Александра Захарова", "example_zakharov"),
        ("Дмитра Кулеби", "example_kuleba"),
        ("Кулебы", "example_kuleba"),
        ("Шевченко", "example_shevchenko"),  # a name that does not decline
    ],
)
def test_a_name_declined_after_po_slovam_matches_its_nominative_and_no_other_person(
    genitive: str, handle: str
) -> None:
    accounts = load_registry(DECLINED_REGISTRY, "accounts.csv")

    found = match_accounts(genitive, accounts, Platform.TELEGRAM, genitive=True)

    assert [match.account.handle for match in found] == [handle]


def test_a_genitive_is_never_read_as_the_nominative_it_spells() -> None:
    # `по словам Захарова` names Захаров: read as written, it was Захарова, whom the registry also has.
    accounts = load_registry(DECLINED_REGISTRY, "accounts.csv")

    as_written = match_accounts("Захарова", accounts, Platform.TELEGRAM)

    assert "example_mfa_speaker" in {match.account.handle for match in as_written}
    assert match_accounts("Захарова", accounts, Platform.TELEGRAM, genitive=True)[0].account.handle == (
        "example_zakharov"
    )


# A man and a woman of one family name, each as a name written in the nominative: the ending that tells them
# apart was a letter or two of a long name (Зеленская against Зеленский 0.875, over the 0.85 a match needs).
GENDERED_REGISTRY = """name,aliases,platform,handle,notes
Зеленский,Zelensky,telegram,example_zelensky,fictional
Зеленская,Zelenska,telegram,example_zelenska,fictional
Захарова,Zakharova,telegram,example_zakharova,fictional
Захаров,Zakharov,telegram,example_zakharov,fictional
Петрова,,telegram,example_petrova,fictional
Петров,,telegram,example_petrov,fictional
Новак,Novák,telegram,example_novak,fictional
Новакова,Nováková,telegram,example_novakova,fictional
Толстой,,telegram,example_tolstoy,fictional
Толстая,,telegram,example_tolstaya,fictional
""".encode()


@pytest.mark.parametrize(
    ("speaker", "handle"),
    [
        ("Зеленский", "example_zelensky"),
        ("Зеленський", "example_zelensky"),  # Ukrainian spelling
        ("Zelenskyy", "example_zelensky"),
        ("Зеленская", "example_zelenska"),
        ("Зеленська", "example_zelenska"),
        ("Zelenskaya", "example_zelenska"),
        ("Захарова", "example_zakharova"),
        ("Zakharova", "example_zakharova"),
        ("Захаров", "example_zakharov"),
        ("Zakharov", "example_zakharov"),
        ("Zaharov", "example_zakharov"),  # a typo that is no gendered ending still matches
        ("Петрова", "example_petrova"),
        ("Петров", "example_petrov"),
        ("Новак", "example_novak"),
        ("Novak", "example_novak"),
        ("Новакова", "example_novakova"),
        ("Novakova", "example_novakova"),
        ("Толстой", "example_tolstoy"),
        ("Толстая", "example_tolstaya"),
    ],
)
def test_a_nominative_family_name_matches_its_own_person_not_the_one_of_the_other_gender(
    speaker: str, handle: str
) -> None:
    accounts = load_registry(GENDERED_REGISTRY, "accounts.csv")

    found = match_accounts(speaker, accounts, Platform.TELEGRAM)

    assert [match.account.handle for match in found] == [handle]


@pytest.mark.parametrize(
    ("speaker", "registry_name"),
    [
        ("Medvedeva", "Medvedev"),  # 0.94 before
        ("Zelenska", "Zelenskyi"),  # Ukrainian transliteration, 0.875
        ("Novotná", "Novotný"),  # Czech adjectival, 0.857
        ("Svobodová", "Svoboda"),  # Czech -ová, 0.875
    ],
)
def test_family_names_of_a_man_and_a_woman_never_score_a_match(speaker: str, registry_name: str) -> None:
    assert name_similarity(speaker, registry_name) < 0.85


# One person with a family-name alias, as registries keep them (a report often names him by it alone).
ALIASED_REGISTRY = """name,aliases,platform,handle,notes
Dmitry Medvedev,Medvedev;Дмитрий Медведев,telegram,example_medvedev,fictional
""".encode()


@pytest.mark.parametrize(
    ("speaker", "genitive"),
    [
        ("Sergei Medvedev", False),
        ("Roy Medvedev", False),
        ("Сергей Медведев", False),
        ("Сергея Медведева", True),
    ],
)
def test_a_speaker_of_another_given_name_is_not_the_account_whose_alias_is_the_family_name(
    speaker: str, genitive: bool
) -> None:
    # The alias `Medvedev` matched any Medvedev at 0.90: Sergei Medvedev's words were searched for in
    # Dmitry Medvedev's channel, and a post there proposed with speaker 0.90.
    accounts = load_registry(ALIASED_REGISTRY, "accounts.csv")

    assert match_accounts(speaker, accounts, Platform.TELEGRAM, genitive=genitive) == []


@pytest.mark.parametrize(
    ("speaker", "genitive"),
    [
        ("Medvedev", False),
        ("Mr Medvedev", False),
        ("Dr Medvedev", False),
        ("General Medvedev", False),
        ("D. Medvedev", False),
        ("Dmitri Medvedev", False),
        ("Dmitry Anatolyevich Medvedev", False),
        ("Дмитрий Медведев", False),
        ("Дмитрия Медведева", True),
        ("Медведева", True),
    ],
)
def test_the_family_name_alone_an_honorific_or_the_account_s_own_given_name_still_match(
    speaker: str, genitive: bool
) -> None:
    accounts = load_registry(ALIASED_REGISTRY, "accounts.csv")

    found = match_accounts(speaker, accounts, Platform.TELEGRAM, genitive=genitive)

    assert [match.account.handle for match in found] == ["example_medvedev"]


@pytest.mark.parametrize(
    ("row", "handle"),
    [
        ("Alice,bluesky,alice.bsky.social,", "alice.bsky.social"),
        ("Alice,bluesky,@Alice.BSKY.social,", "alice.bsky.social"),
        ("Alice,bluesky,did:plc:aliceexampleaaaaaaaaaaaa,", "did:plc:aliceexampleaaaaaaaaaaaa"),
        ("Alice,bluesky,,https://bsky.app/profile/alice.bsky.social", "alice.bsky.social"),
        ("Alice,bluesky,alice.bsky.social,bsky.app/profile/alice.bsky.social", "alice.bsky.social"),
        ("Bob,mastodon,bob@social.example,", "bob@social.example"),
        ("Bob,mastodon,@bob@Social.Example,", "bob@social.example"),
        ("Bob,mastodon,,https://social.example/@bob", "bob@social.example"),
    ],
)
def test_a_bluesky_or_mastodon_account_is_read_as_the_handle_its_api_is_asked_for(
    row: str, handle: str
) -> None:
    (account,) = load_registry(f"name,platform,handle,url\n{row}\n".encode(), "a.csv")

    assert account.handle == handle


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Alice,bluesky,alice,", "handle 'alice' must be a Bluesky handle"),
        ("Alice,bluesky,..,", "handle '..' must be a Bluesky handle"),
        ("Alice,bluesky,alice.bsky.social/x,", "handle 'alice.bsky.social/x' must be a Bluesky handle"),
        ("Alice,bluesky,10.0.0.1,", "handle '10.0.0.1' must be a Bluesky handle"),
        ("Alice,bluesky,,https://bsky.app/", "url 'https://bsky.app/' is no bluesky account's page"),
        (
            "Alice,bluesky,,https://bsky.app/profile/a.b/post/3k",
            "url 'https://bsky.app/profile/a.b/post/3k' is no",
        ),
        (
            "Alice,bluesky,bob.bsky.social,https://bsky.app/profile/alice.bsky.social",
            "handle 'bob.bsky.social' is not",
        ),
        ("Bob,mastodon,bob,", "handle 'bob' must be a Mastodon account whole"),
        ("Bob,mastodon,bob@10.0.0.1,", "handle 'bob@10.0.0.1' must be a Mastodon account whole"),
        ("Bob,mastodon,bob@localhost,", "handle 'bob@localhost' must be a Mastodon account whole"),
        ("Bob,mastodon,bob@x.com,", "handle 'bob@x.com' must be a Mastodon account whole"),
        ("Bob,mastodon,bob/../x@social.example,", "handle 'bob/../x@social.example' must be"),
        ("Bob,mastodon,,https://social.example/@bob@other.example", "url 'https://social.example/@bob@other"),
        ("Bob,mastodon,,https://social.example:8443/@bob", "url 'https://social.example:8443/@bob' is no"),
        (
            "Bob,mastodon,,https://127.0.0.1/@bob",
            "url 'https://127.0.0.1/@bob' is no mastodon account's page",
        ),
    ],
)
def test_a_bluesky_or_mastodon_account_that_names_no_account_or_an_address_is_refused(
    row: str, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        load_registry(f"name,platform,handle,url\n{row}\n".encode(), "a.csv")

    assert str(caught.value).startswith(f"a.csv: line 2: {message}")


@pytest.mark.parametrize(
    "data",
    [
        b"name,platform,handle,\nAbu Ali al-Askari,telegram,example_askari,\n",
        b"\xef\xbb\xbfname;platform;handle;;\r\nAbu Ali al-Askari;telegram;example_askari;;\r\n;;;;\r\n",
    ],
)
def test_a_spreadsheet_export_ending_each_row_in_a_separator_is_read(data: bytes) -> None:
    # The empty column the last separator makes was refused as "unknown column ''" (exit 2).
    (account,) = load_registry(data, "a.csv")

    assert (account.name, account.handle) == ("Abu Ali al-Askari", "example_askari")


@pytest.mark.parametrize(
    ("row", "platform", "handle"),
    [
        ("X,telegram,,https://t.me/example_a", Platform.TELEGRAM, "example_a"),
        ("X,telegram,,t.me/s/example_a", Platform.TELEGRAM, "example_a"),
        ("X,telegram,@example_a,https://telegram.me/Example_A", Platform.TELEGRAM, "example_a"),
        ("X,x,,https://x.com/example_a", Platform.TWITTER, "example_a"),
        ("X,twitter,,https://mobile.twitter.com/example_a", Platform.TWITTER, "example_a"),
        ("X,twitter,,https://x.com/example_a?lang=en", Platform.TWITTER, "example_a"),
        ("X,telegram,,https://t.me/s/example_a?before=100", Platform.TELEGRAM, "example_a"),
    ],
)
def test_a_telegram_channel_or_x_user_given_by_its_page_is_searched_by_the_handle_the_page_names(
    row: str, platform: Platform, handle: str
) -> None:
    # Searched as an archived website before: the channel's preview and X's status listing were never read.
    (account,) = load_registry(f"name,platform,handle,url\n{row}\n".encode(), "a.csv")
    # The platform given as a word, as pydantic takes it from a mapping.
    built = Account.model_validate({"name": "X", "platform": platform.value, "url": row.split(",")[-1]})

    assert (account.platform, account.handle) == (platform, handle)
    assert built.handle is not None and built.handle.lower() == handle


@pytest.mark.parametrize(
    ("platform", "url"),
    [
        ("telegram", "https://t.me/example_a/1026"),
        ("telegram", "https://t.me/joinchat/AbCdEf"),
        ("twitter", "https://x.com/example_a/status/1"),
        ("twitter", "x.com/home"),
    ],
)
def test_a_telegram_or_x_address_that_is_no_account_s_page_gives_no_handle(platform: str, url: str) -> None:
    (account,) = load_registry(f"name,platform,url\nX,{platform},{url}\n".encode(), "a.csv")

    assert account.handle is None and account.url == url


def _registry_at_the_limit(*real: str) -> tuple[Account, ...]:
    """`real` names (each an account) among fictional ones, up to MAX_REGISTRY_NAMES names and handles."""
    rows = [f"{name},,telegram,real_{index}" for index, name in enumerate(real)]
    index = 0
    while 2 * (len(rows) + 1) <= MAX_REGISTRY_NAMES:
        rows.append(f"Person{index} Family{index * 7919 % 100_003},,telegram,h{index}")
        index += 1
    return load_registry(("name,aliases,platform,handle\n" + "\n".join(rows)).encode(), "accounts.csv")


def test_a_speaker_is_compared_in_full_only_with_the_names_near_it_in_a_registry_at_its_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every speaker was compared in full with all 50,000 names: one to two seconds a speaker.
    from provenance.locate.locate import _Registry
    from provenance.locate.speakers import Speaker

    accounts = _registry_at_the_limit("Abu Ali al-Askari", "Andrey Gurulev")
    compared: list[str] = []
    real_similarity = registry.name_similarity

    def counted(speaker: str, name: str) -> float:
        compared.append(name)
        return real_similarity(speaker, name)

    monkeypatch.setattr(registry, "name_similarity", counted)

    found = _Registry(accounts).matches(Speaker("Abu 'Ali Al-'Askari", "subject"), None)

    assert [match.account.handle for match in found] == ["real_0"]
    assert len(compared) < 50, f"compared in full with {len(compared):,} names"


@pytest.mark.parametrize(
    ("speaker", "genitive"),
    [
        ("Abu 'Ali Al-'Askari", False),
        (CYRILLIC, False),
        ("Al-'Askari", False),
        ("Andrei Gurulyov", False),
        ("Mohammad Zarif", False),
        ("Hossein Amir-Abdollahian", False),
        ("Sergei Medvedev", False),
        ("Medvedev", False),
        ("Abu Ali", False),
        ("Марии Захаровой", True),
        ("Захарова", True),
        ("Зеленського", True),
    ],
)
def test_the_registry_index_leaves_out_no_account_a_full_comparison_would_match(
    speaker: str, genitive: bool
) -> None:
    accounts = (
        *load_registry(CSV, "accounts.csv"),
        *load_registry(DECLINED_REGISTRY, "declined.csv"),
        Account(name="Dmitry Medvedev", aliases=("Medvedev",), platform=Platform.TELEGRAM, handle="dm"),
        Account(name="Mohammad Javad Zarif", platform=Platform.TWITTER, handle="jz"),
    )

    near = registry.RegistryIndex(accounts).near(speaker, None, genitive)

    assert match_accounts(speaker, near, genitive=genitive) == match_accounts(
        speaker, accounts, genitive=genitive
    )


def test_rows_without_a_handle_giving_one_page_are_one_account_with_both_names() -> None:
    # Two spellings of one channel's name, each at its page: two accounts, searched twice, each said to be
    # the other's namesake ("the name does not tell which account the report means").
    cyrillic = "\u0420\u044b\u0431\u0430\u0440\u044c"  # Рыбарь
    data = (
        "name,aliases,platform,handle,id,url\n"
        "Rybar,,vk,,,https://vk.com/rybar\n"
        f"{cyrillic},,vk,,,m.vk.com/Rybar/\n"
        "Rybar,,web,,,https://example.org/Rybar\n"
        f"{cyrillic},,web,,,https://example.org/rybar\n"
    ).encode()

    vk, *web = load_registry(data, "accounts.csv")

    assert (vk.name, vk.aliases, vk.url) == ("Rybar", (cyrillic,), "https://vk.com/rybar")
    assert [m.account for m in match_accounts(cyrillic, (vk,))] == [vk]
    assert len(web) == 2, "a website's paths are read as written: another case may be another page"


def test_one_page_given_to_two_people_is_refused_naming_both_rows() -> None:
    data = b"name,platform,url\nRybar,vk,https://vk.com/rybar\nTwo Majors,vk,vk.com/rybar\n"

    with pytest.raises(InputError) as caught:
        load_registry(data, "accounts.csv")

    assert str(caught.value) == (
        "accounts.csv: line 2 and line 3 both give vk the page https://vk.com/rybar, to 'Rybar' and to 'Two "
        "Majors': one page is one account; if both are its names, give one row with the other as an alias, "
        "else correct the page"
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "accounts.csv",
            b"name,platform,handle\nRybar,telegram," + b"x" * 100_000 + b"\n",
            f"accounts.csv: line 2: handle '{'x' * 60}'… must be one account name",
        ),
        (
            "accounts.csv",
            b"name,platform,handle\nRybar," + b"p" * 100_000 + b",rybar\n",
            f"accounts.csv: line 2: platform '{'p' * 60}'… is not one of",
        ),
        (
            "accounts.csv",
            b'name,platform,handle\n"Rybar' + b"a" * 100_000 + b"\n",
            f"accounts.csv: line 2: '{('Rybar' + 'a' * 60)[:60]}'… needs a handle",
        ),
        (
            "accounts.csv",
            b"name,platform,url\nRybar,telegram,https://t.me/" + b"a/" * 50_000 + b"\n",
            f"accounts.csv: line 2: url '{('https://t.me/' + 'a/' * 30)[:60]}'… of 100,013 characters: an "
            "account's page has at most 2,048",
        ),
    ],
    ids=["handle", "platform", "unclosed-quote", "url"],
)
def test_a_hostile_registry_value_is_quoted_cut_short_in_its_one_line_message(
    name: str, data: bytes, message: str
) -> None:
    # Each was echoed whole: a 100 kB "one-line" error; and the 100 kB address was kept and searched.
    with pytest.raises(InputError) as caught:
        load_registry(data, name)

    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 400


_SLAVIC_ACCOUNTS = [
    Account(name="Volodymyr Zelensky", platform=Platform.TELEGRAM, handle="example_zelensky"),
    Account(name="Maria Zakharova", platform=Platform.TELEGRAM, handle="example_zakharova"),
    Account(name="Yevgeny Prigozhin", platform=Platform.TELEGRAM, handle="example_prigozhin"),
    Account(name="Andriy Yermak", platform=Platform.TELEGRAM, handle="example_yermak"),
    Account(name="Dmitry Zakharov", platform=Platform.TELEGRAM),
]


@pytest.mark.parametrize(
    ("speaker", "account"),
    [
        # German reports write the family name alone after the first mention (`so Selenskyj`): too far from
        # the registry's English spelling (`Selenskyj` 0.54 of `Volodymyr Zelensky`), it matched no account.
        ("Selenskyj", "Volodymyr Zelensky"),
        ("Wolodymyr Selenskyj", "Volodymyr Zelensky"),
        ("Sacharowa", "Maria Zakharova"),  # `ch` as `kh`, the first `s` as `z`; not Dmitry Zakharov
        ("Prigoschin", "Yevgeny Prigozhin"),  # `sch` as `zh`
        ("Jermak", "Andriy Yermak"),  # `j` as `y`
    ],
)
def test_a_name_in_german_romanisation_matches_its_english_spelling(speaker: str, account: str) -> None:
    found = [match.account.name for match in match_accounts(speaker, _SLAVIC_ACCOUNTS)]
    assert found == [account]


def test_german_readings_are_made_only_of_names_that_write_german_s_letters() -> None:
    assert registry.german_readings("Dmitry Medvedev") == ("Dmitry Medvedev",)
    assert registry.german_readings("Chruschtschow") == ("Chruschtschow", "khrushchov")
    assert "zergey lavrov" in registry.german_readings("Sergej Lawrow")  # either reading of the first `s`
    # A name of 100 kB is read from its first 120 characters only.
    assert all(len(reading) <= 120 for reading in registry.german_readings("Wj" * 50_000)[1:])
