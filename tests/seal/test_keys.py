"""Key files: made once, readable only by their owner, never overwritten, read back with one-line errors."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from provenance.errors import InputError
from provenance.seal.keys import (
    KeyFiles,
    generate_key_files,
    key_file_exposure,
    load_private_key,
    load_trusted_key,
    public_key_base64,
)
from tests.support.cli import run_provenance


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def test_keygen_makes_a_private_key_only_its_owner_can_read(tmp_path: Path) -> None:
    result = run_provenance(["keygen", "-o", "my.key"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((tmp_path / "my.key").stat().st_mode) == 0o600
    # A standard tool reads it as an Ed25519 key.
    shown = subprocess.run(
        ["openssl", "pkey", "-in", "my.key", "-noout", "-text"], cwd=tmp_path, capture_output=True, check=True
    )
    assert b"ED25519 Private-Key" in shown.stdout


def test_keygen_prints_the_public_key_as_ledgers_record_it_and_writes_it_beside(tmp_path: Path) -> None:
    result = run_provenance(["keygen", "-o", "my.key"], cwd=tmp_path)
    printed = result.stdout.strip()
    private = load_private_key(tmp_path / "my.key")
    assert printed == public_key_base64(private.public_key())
    assert load_trusted_key(str(tmp_path / "my.key.pub")) == printed


def test_private_key_is_never_readable_by_others_even_under_a_permissive_umask(
    tmp_path: Path, permissive_umask: None
) -> None:
    result = run_provenance(["keygen", "-o", "my.key"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((tmp_path / "my.key").stat().st_mode) == 0o600


def test_keygen_never_overwrites_an_existing_private_key(tmp_path: Path) -> None:
    (tmp_path / "my.key").write_bytes(b"the only copy of an old key")
    result = run_provenance(["keygen", "-o", "my.key"], cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "never overwritten" in result.stderr
    assert (tmp_path / "my.key").read_bytes() == b"the only copy of an old key"
    assert not (tmp_path / "my.key.pub").exists()


def test_keygen_with_an_existing_public_key_file_creates_nothing(tmp_path: Path) -> None:
    (tmp_path / "my.key.pub").write_bytes(b"someone else's public key")
    result = run_provenance(["keygen", "-o", "my.key"], cwd=tmp_path)
    assert result.returncode == 2
    assert not (tmp_path / "my.key").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my.key.pub"]


def test_keygen_into_a_missing_folder_is_one_line_exit_2_naming_the_folder(tmp_path: Path) -> None:
    result = run_provenance(["keygen", "-o", "no/such/folder/my.key"], cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "provenance: error: no/such/folder: no such folder for the key file; "
        "create it first or name another\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("given", "told"),
    [
        (".", ".: is a directory; the key file must be a file path"),  # was an internal error (empty name)
        ("keys", "keys: is a directory; the key file must be a file path"),  # was "keys: already exists"
        ("notes.txt/my.key", "notes.txt: is a file, not a folder; the key file cannot be made inside it"),
    ],
)
def test_a_key_file_named_as_a_folder_or_inside_a_file_is_refused_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str, told: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "keys").mkdir()
    (tmp_path / "notes.txt").write_text("notes")
    with pytest.raises(InputError) as refused:
        generate_key_files(Path(given))
    assert str(refused.value) == told
    assert sorted(path.name for path in tmp_path.iterdir()) == ["keys", "notes.txt"]
    assert list((tmp_path / "keys").iterdir()) == []


def test_a_file_that_is_not_a_key_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a key\n")
    with pytest.raises(InputError, match=r"notes\.txt: not a PEM private key"):
        load_private_key(path)


def test_a_key_of_another_algorithm_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ec.key"
    key = ec.generate_private_key(ec.SECP256R1())
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    with pytest.raises(InputError, match="not an Ed25519 key"):
        load_private_key(path)


def test_trust_takes_the_key_itself_a_pub_file_or_a_file_of_base64(
    tmp_path: Path, signing_key: KeyFiles
) -> None:
    as_text = tmp_path / "key.b64"
    as_text.write_text(signing_key.public_key + "\n")
    assert load_trusted_key(signing_key.public_key) == signing_key.public_key
    assert load_trusted_key(str(signing_key.public)) == signing_key.public_key
    assert load_trusted_key(str(as_text)) == signing_key.public_key


def test_trust_of_something_that_is_no_key_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk"
    junk.write_text("hello")
    with pytest.raises(InputError, match="neither a PEM public key nor a base64 Ed25519 key"):
        load_trusted_key(str(junk))
    with pytest.raises(InputError, match="no such file"):
        load_trusted_key("c2hvcnQ=")  # valid base64, but 5 bytes: not a key, and no such file either


def test_trust_given_the_private_key_says_to_give_its_public_key(signing_key: KeyFiles) -> None:
    # `--trust KEY` instead of `--trust KEY.pub` said only "not a PEM public key".
    with pytest.raises(InputError) as refused:
        load_trusted_key(str(signing_key.private))
    assert str(refused.value) == (
        f"{signing_key.private}: a private key; --trust takes the public key (keygen wrote it as "
        f"{signing_key.private}.pub)"
    )


# --- `--sign KEYFILE` that is no private key: one line saying what the file is ---------------------------


def _refusal(path: Path) -> str:
    with pytest.raises(InputError) as refused:
        load_private_key(path)
    return str(refused.value)


def test_an_empty_key_file_is_said_to_be_empty(tmp_path: Path) -> None:
    # A CI step writing an unset secret (`echo "$KEY" > key`) leaves an empty file: it was "not a PEM key".
    (tmp_path / "blank.key").write_text("\n")
    assert _refusal(tmp_path / "blank.key") == (
        f"{tmp_path / 'blank.key'}: the file is empty (or only white space), not a private key "
        "(make one with provenance keygen)"
    )


def test_the_public_key_given_as_the_signing_key_names_the_private_one_beside_it(
    signing_key: KeyFiles,
) -> None:
    assert _refusal(signing_key.public) == (
        f"{signing_key.public}: a public key; --sign takes the private key (signing.key beside it, as keygen "
        "wrote them)"
    )


def test_an_openssh_public_key_line_is_said_to_be_a_public_key(tmp_path: Path, signing_key: KeyFiles) -> None:
    private = load_private_key(signing_key.private)
    line = private.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    (tmp_path / "id_ed25519").write_bytes(line + b" me@host\n")
    assert _refusal(tmp_path / "id_ed25519") == (
        f"{tmp_path / 'id_ed25519'}: an OpenSSH public key; --sign takes the private key"
    )


def test_an_openssh_private_key_is_named_as_one_not_as_no_key(tmp_path: Path, signing_key: KeyFiles) -> None:
    private = load_private_key(signing_key.private)
    (tmp_path / "id_ed25519").write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
        )
    )
    assert _refusal(tmp_path / "id_ed25519") == (
        f"{tmp_path / 'id_ed25519'}: an OpenSSH private key (ssh-keygen's format); --sign takes a PKCS#8 PEM "
        "Ed25519 key, as provenance keygen makes and openssl reads"
    )


def test_a_symbolic_link_to_nothing_says_where_it_leads(tmp_path: Path) -> None:
    (tmp_path / "signing.key").symlink_to("rotated/old.key")
    assert _refusal(tmp_path / "signing.key") == (
        f"{tmp_path / 'signing.key'}: a symbolic link to rotated/old.key, which does not exist"
    )


def test_a_symbolic_link_to_a_key_file_is_read_as_the_key(tmp_path: Path, signing_key: KeyFiles) -> None:
    # A Kubernetes secret mounted as a file is a symbolic link into its ..data folder.
    (tmp_path / "mounted.key").symlink_to(signing_key.private)
    assert (
        public_key_base64(load_private_key(tmp_path / "mounted.key").public_key()) == signing_key.public_key
    )


def test_a_fifo_or_a_folder_given_as_the_key_is_one_line_naming_what_it_is(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "keys").mkdir()
    assert _refusal(tmp_path / "pipe") == (
        f"{tmp_path / 'pipe'}: a FIFO (named pipe), not a regular file; the private key file must be a "
        "regular file"
    )
    assert _refusal(tmp_path / "keys") == f"{tmp_path / 'keys'}: is a directory, not a private key file"


# --- a key file others can read: used, with a warning ---------------------------------------------------


def test_a_key_file_others_can_read_is_warned_about_with_its_mode_and_the_fix(signing_key: KeyFiles) -> None:
    signing_key.private.chmod(0o644)  # as a CI runner writes a secret
    assert key_file_exposure(signing_key.private) == (
        f"{signing_key.private}: the private key file may be read by its group and other users (mode 0644): "
        "whoever can read it can sign ledgers as you; make it yours alone with "
        f"`chmod 600 {signing_key.private}`"
    )
    signing_key.private.chmod(0o640)
    warning = key_file_exposure(signing_key.private)
    assert warning is not None and "may be read by its group (mode 0640)" in warning


def test_a_key_file_only_its_owner_can_read_is_not_warned_about(signing_key: KeyFiles) -> None:
    assert key_file_exposure(signing_key.private) is None  # keygen's 0600
    signing_key.private.chmod(0o400)
    assert key_file_exposure(signing_key.private) is None


def test_check_and_pack_sign_with_a_key_others_can_read_and_say_so(
    tmp_path: Path, signing_key: KeyFiles
) -> None:
    (tmp_path / "brief.md").write_text("A claim.[^1]\n\n[^1]: Lina Haddad, interview, January 21, 2022.\n")
    signing_key.private.chmod(0o644)
    checked = run_provenance(["check", "brief.md", "--sign", str(signing_key.private)], cwd=tmp_path)
    assert checked.returncode == 1, checked.stderr  # the note has no link: unlocatable, but signed
    said = "mode 0644): whoever can read it can sign ledgers as you; make it yours alone with `chmod 600 "
    assert said in checked.stderr
    assert '"kind":"signature"' in (tmp_path / "brief.md.ledger.jsonl").read_text()
    packed = run_provenance(
        ["pack", "brief.md.ledger.jsonl", "-o", "brief.wacz", "--sign", str(signing_key.private)],
        cwd=tmp_path,
    )
    assert packed.returncode == 0, packed.stderr
    assert "(mode 0644)" in packed.stderr and "signed by" in packed.stdout


def test_trust_takes_the_signing_keys_openssh_public_key_line(tmp_path: Path, signing_key: KeyFiles) -> None:
    # `ssh-keygen -y -f signing.key` prints the same key as an `ssh-ed25519` line: it was "neither a PEM
    # public key nor a base64 Ed25519 key".
    private = load_private_key(signing_key.private)
    line = private.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    (tmp_path / "signing.ssh.pub").write_bytes(line + b" desk@newsroom\n")
    assert load_trusted_key(str(tmp_path / "signing.ssh.pub")) == signing_key.public_key


def test_trust_refuses_an_openssh_key_of_another_algorithm_or_a_damaged_line(tmp_path: Path) -> None:
    other = ec.generate_private_key(ec.SECP256R1()).public_key()
    (tmp_path / "ecdsa.pub").write_bytes(
        other.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    )
    (tmp_path / "cut.pub").write_text("ssh-ed25519 AAAAC3Nza\n")
    with pytest.raises(InputError, match=r"ecdsa\.pub: an OpenSSH public key, but not an Ed25519 one"):
        load_trusted_key(str(tmp_path / "ecdsa.pub"))
    with pytest.raises(InputError, match=r"cut\.pub: not an OpenSSH public key line"):
        load_trusted_key(str(tmp_path / "cut.pub"))
