"""Ed25519 keys for signing ledgers: made once by `provenance keygen`, read back for `--sign` and `--trust`.

The private key is a PKCS#8 PEM file readable only by its owner (mode 0600), so `openssl pkey` reads it too.
The public key is written beside it (`KEYFILE.pub`, SubjectPublicKeyInfo PEM) and shown as the ledger shows
it: base64 of the raw 32 bytes. Key files are created once and never overwritten.

Reading a `--sign` key says in one line what the file is when it is no such key: empty, a public key (the
`.pub` beside it, or an OpenSSH `ssh-ed25519` line), an OpenSSH private key (`ssh-keygen`'s format, which
`openssl` does not read), a directory, a FIFO, or a symbolic link to nothing. A symbolic link to a key file is
read (a Kubernetes secret is one). A key file that its group or others may read is used, with a warning that
names its mode (`key_file_exposure`): CI runners write secrets 0644, and refusing them would stop every signed
run there, but whoever can read the file can sign ledgers as its owner.
"""

from __future__ import annotations

import base64
import binascii
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from provenance.errors import InputError
from provenance.files import check_output_path, create_new_file, read_input

_KEY_FILE_LIMIT = 64 * 1024  # a PEM key is a few hundred bytes; anything far larger is not one
_RAW_KEY_BYTES = 32
_OPENSSH_PUBLIC = (b"ssh-", b"ecdsa-sha2-", b"sk-")  # how the types of an OpenSSH public key line begin


def public_key_base64(key: Ed25519PublicKey) -> str:
    """The public key as a ledger's `public_key` holds it: base64 of the raw 32 bytes."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_key_from_base64(text: str) -> Ed25519PublicKey | None:
    """The key a base64 `public_key` names; None when it is not 32 bytes of base64."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != _RAW_KEY_BYTES:
        return None
    return Ed25519PublicKey.from_public_bytes(raw)


@dataclass(frozen=True)
class KeyFiles:
    private: Path
    public: Path
    public_key: str  # base64 of the raw 32 bytes


def public_key_path(private_path: Path) -> Path:
    return private_path.with_name(private_path.name + ".pub")


def generate_key_files(private_path: Path) -> KeyFiles:
    """Make a new Ed25519 key pair: `private_path` (mode 0600) and `private_path.pub`, neither overwritten."""
    # A folder (`-o .`, `-o keys/`: an internal error for `.`) or a path in a missing folder is named as such:
    # the temporary file made beside the key said only "No such file or directory".
    check_output_path(private_path, "key file")
    public_path = public_key_path(private_path)
    for path in (private_path, public_path):
        if os.path.lexists(path):
            raise InputError(f"{path}: already exists; a key file is never overwritten")
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    _create_new_file(private_path, private_pem, mode=0o600)
    try:
        _create_new_file(public_path, public_pem, mode=0o644)
    except BaseException:
        private_path.unlink(missing_ok=True)  # ours, made a moment ago: no half key pair is left behind
        raise
    return KeyFiles(private_path, public_path, public_key_base64(key.public_key()))


def _create_new_file(path: Path, data: bytes, mode: int) -> None:
    with create_new_file(path, "key file", mode) as out:
        out.write(data)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """The signing key in `path` (a PKCS#8 PEM Ed25519 key as `keygen` writes); InputError otherwise."""
    if path.is_symlink() and not path.exists():  # read_input would say only "no such file"
        raise InputError(f"{path}: a symbolic link to {os.readlink(path)}, which does not exist")
    data = read_input(path, "private key file", max_bytes=_KEY_FILE_LIMIT)
    not_a_key = _not_a_private_key(path, data)
    if not_a_key is not None:
        raise InputError(f"{path}: {not_a_key}")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise InputError(f"{path}: the key is encrypted; give an unencrypted Ed25519 key") from None
    except (ValueError, UnsupportedAlgorithm):
        raise InputError(f"{path}: not a PEM private key (make one with provenance keygen)") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(f"{path}: not an Ed25519 key (make one with provenance keygen)")
    return key


def _not_a_private_key(path: Path, data: bytes) -> str | None:
    """What the file is, said plainly, when it is plainly not a private key; None to let the parser judge."""
    text = data.strip()
    if not text:
        return "the file is empty (or only white space), not a private key (make one with provenance keygen)"
    private_beside = path.name.removesuffix(".pub") if path.name.endswith(".pub") else None
    takes = "--sign takes the private key" + (
        f" ({private_beside} beside it, as keygen wrote them)" if private_beside else ""
    )
    if text.startswith(b"-----BEGIN PUBLIC KEY-----"):
        return f"a public key; {takes}"
    if text.startswith(_OPENSSH_PUBLIC):
        return f"an OpenSSH public key; {takes}"
    if text.startswith(b"-----BEGIN OPENSSH PRIVATE KEY-----"):
        return (
            "an OpenSSH private key (ssh-keygen's format); --sign takes a PKCS#8 PEM Ed25519 key, as "
            "provenance keygen makes and openssl reads"
        )
    return None


def key_file_exposure(path: Path) -> str | None:
    """A warning when the private key file may be read by its group or others (mode & 0o077); else None.

    Not a refusal: CI runners write secrets to files 0644. The mode is the file's the path leads to.
    """
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return None  # it was just read: a file gone since then is no key to warn about
    if not mode & 0o077:
        return None
    who = " and ".join(name for name, bits in (("its group", 0o070), ("other users", 0o007)) if mode & bits)
    return (
        f"{path}: the private key file may be read by {who} (mode {mode:04o}): whoever can read it can sign "
        f"ledgers as you; make it yours alone with `chmod 600 {path}`"
    )


def load_trusted_key(given: str) -> str:
    """A `--trust` value as a base64 raw key, read from a `.pub` PEM file, an OpenSSH `ssh-ed25519` line, a
    file of base64, or as given."""
    path = Path(given)
    if public_key_from_base64(given) is not None and not path.exists():
        return given.strip()
    data = read_input(path, "public key file", max_bytes=_KEY_FILE_LIMIT)
    if data.lstrip().startswith(b"-----BEGIN"):
        if b"PRIVATE KEY-----" in data:
            # The signing key itself (`keygen -o KEY` writes KEY and KEY.pub): a key to trust is a public one.
            raise InputError(
                f"{path}: a private key; --trust takes the public key (keygen wrote it as {path}.pub)"
            )
        try:
            key = serialization.load_pem_public_key(data)
        except (ValueError, UnsupportedAlgorithm):
            raise InputError(f"{path}: not a PEM public key") from None
        if not isinstance(key, Ed25519PublicKey):
            raise InputError(f"{path}: not an Ed25519 public key")
        return public_key_base64(key)
    if data.lstrip().startswith(
        _OPENSSH_PUBLIC
    ):  # an OpenSSH public key line (`ssh-keygen`'s .pub): the same key
        try:
            ssh_key = serialization.load_ssh_public_key(data.strip())
        except (ValueError, UnsupportedAlgorithm):
            raise InputError(f"{path}: not an OpenSSH public key line") from None
        if not isinstance(ssh_key, Ed25519PublicKey):
            raise InputError(f"{path}: an OpenSSH public key, but not an Ed25519 one (ssh-ed25519)")
        return public_key_base64(ssh_key)
    text = data.decode("ascii", errors="replace").strip()
    if public_key_from_base64(text) is None:
        raise InputError(f"{path}: neither a PEM public key nor a base64 Ed25519 key (32 bytes)")
    return text
