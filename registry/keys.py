"""Database keys in the operating system's keyring (or a passphrase where there is none), never in a file.

A new SQLite database gets a random 256-bit key, stored in the keyring under the database file's absolute path.
Where no keyring exists (a headless server, a locked-down PC) the program asks for a passphrase instead, which
SQLCipher stretches with PBKDF2-HMAC-SHA512 (256,000 iterations).  keyrings.alt's file backends keep secrets in
plain or weakly protected files, so they are treated as no keyring at all.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
from dataclasses import dataclass
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


EARLIER = ".earlier"  #: suffix of the entry listing a database's earlier keys (JSON), kept so old backups open


@dataclass(frozen=True)
class EarlierKey:
    key: str
    retired: str  #: ISO date and time (UTC) when it stopped being the database's key


def earlier_keys(path: Path) -> list[EarlierKey]:
    """The keys this database had before (newest first): older backups are encrypted with them."""
    stored = get_secret(database_key_name(path) + EARLIER)
    if not stored:
        return []
    try:
        entries = json.loads(stored)
        return [EarlierKey(entry["key"], entry["retired"]) for entry in entries]
    except (ValueError, KeyError, TypeError):
        return []


def retire_key(path: Path, key: str) -> None:
    """Remember ``key`` as an earlier key of the database, dated now (a key already listed is kept once)."""
    kept = [entry for entry in earlier_keys(path) if entry.key != key]
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    entries = [{"key": key, "retired": now}] + [{"key": e.key, "retired": e.retired} for e in kept]
    store_secret(database_key_name(path) + EARLIER, json.dumps(entries))


def replace_key(path: Path, new_key: str) -> None:
    """Make ``new_key`` the database's key in the keyring; the one it replaces joins the earlier keys."""
    name = database_key_name(path)
    old = get_secret(name)
    if old and old != new_key:
        retire_key(path, old)
    store_secret(name, new_key)
    delete_secret(name + PENDING)


def backup_candidate_keys(path: Path, passphrase: str | None = None) -> list[str]:
    """Keys to try on a backup of this database: its current and pending keys, the passphrase, then earlier keys."""
    found = candidate_keys(path, passphrase) + [entry.key for entry in earlier_keys(path)]
    return list(dict.fromkeys(found))
