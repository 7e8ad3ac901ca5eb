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
from provenance.seal.keys import KeyFiles, load_private_key, load_trusted_key, public_key_base64
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


def test_keygen_into_a_missing_folder_is_one_line_exit_2(tmp_path: Path) -> None:
    result = run_provenance(["keygen", "-o", "no/such/folder/my.key"], cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("provenance: error: no/such/folder/my.key")
    assert result.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


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
