"""Database keys in the operating system's keyring (or a passphrase where there is none), never in a file.

A new SQLite database gets a random 256-bit key, stored in the keyring under the database file's absolute path.
Where no keyring exists (a headless server, a locked-down PC) the program asks for a passphrase instead, which
SQLCipher stretches with PBKDF2-HMAC-SHA512 (256,000 iterations).  keyrings.alt's file backends keep secrets in
plain or weakly protected files, so they are treated as no keyring at all.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

SERVICE = "centre-case-registry"
PASSPHRASE_ENV = "REGISTRY_DB_PASSPHRASE"
PENDING = ".pending"  #: suffix of a new key saved before a rekey, so a crash in between loses nothing


class KeyringUnavailable(RuntimeError):
    """There is no usable keyring on this computer."""


def _usable_backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    name = type(backend).__module__
    if name.startswith(("keyring.backends.fail", "keyrings.alt")) or name.endswith(".null"):
        raise KeyringUnavailable(name)
    chained = getattr(backend, "backends", None)
    if chained is not None and not [b for b in chained if not type(b).__module__.startswith("keyrings.alt")]:
        raise KeyringUnavailable(name)
    return backend


def keyring_available() -> bool:
    try:
        _usable_backend()
    except KeyringUnavailable:
        return False
    return True


def database_key_name(path: Path) -> str:
    return f"sqlite:{path.resolve()}"


def generate_key() -> str:
    """A random 256-bit key in SQLCipher's raw-key form (no key derivation needed)."""
    return f"x'{secrets.token_hex(32)}'"


def get_secret(name: str) -> str | None:
    try:
        return _usable_backend().get_password(SERVICE, name)
    except (KeyringUnavailable, KeyringError):
        return None


def store_secret(name: str, secret: str) -> None:
    try:
        _usable_backend().set_password(SERVICE, name, secret)
    except (NoKeyringError, KeyringError) as error:
        raise KeyringUnavailable(str(error)) from error


def delete_secret(name: str) -> None:
    with contextlib.suppress(KeyringUnavailable, PasswordDeleteError, KeyringError):
        _usable_backend().delete_password(SERVICE, name)


def candidate_keys(path: Path, passphrase: str | None = None) -> list[str]:
    """Keys to try for an encrypted file, most likely first: keyring, a pending rekey, then the passphrase."""
    name = database_key_name(path)
    found = [get_secret(name), get_secret(name + PENDING), passphrase, os.environ.get(PASSPHRASE_ENV)]
    return list(dict.fromkeys(key for key in found if key))
