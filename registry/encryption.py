"""Creating, converting and re-keying SQLCipher databases, with the key kept in the keyring throughout."""

from __future__ import annotations

import os
from pathlib import Path

from registry import keys
from registry.db import DatabaseKeyError, encrypted_engine, is_encrypted_file, key_opens, make_engine

MIN_PASSPHRASE = 12


def _raw_connect(path: Path, key: str | None = None):
    import sqlcipher3

    connection = sqlcipher3.connect(str(path))
    if key is not None:
        connection.execute(f"PRAGMA key = {_quoted(key)}")
    return connection


def _quoted(key: str) -> str:
    return '"' + key.replace('"', '""') + '"'


def new_database_key(passphrase: str | None) -> tuple[str, bool]:
    """The key for a new database and whether it must be saved in the keyring.

    A passphrase, when given, is used as is (SQLCipher stretches it); otherwise a random key for the keyring.
    Raises KeyringUnavailable when neither is possible, so the caller can ask for a passphrase.
    """
    if passphrase:
        return passphrase, False
    if not keys.keyring_available():
        raise keys.KeyringUnavailable("no keyring")
    return keys.generate_key(), True


def create_encrypted(path: Path, *, passphrase: str | None = None) -> None:
    """Create an empty encrypted database file; its random key goes to the keyring before the file exists."""
    key, remember = new_database_key(passphrase)
    if remember:
        keys.store_secret(keys.database_key_name(path), key)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = encrypted_engine(path, key)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS _created (x INTEGER)")
        connection.exec_driver_sql("DROP TABLE _created")
    engine.dispose()


def encrypt_existing(path: Path, *, passphrase: str | None = None) -> Path:
    """Turn a plain SQLite database into an encrypted one in place; the plain copy is removed once verified."""
    if is_encrypted_file(path):
        raise ValueError(f"{path} is already encrypted")
    key, remember = new_database_key(passphrase)
    target = path.with_name(path.name + ".encrypting")
    target.unlink(missing_ok=True)
    plain = _raw_connect(path)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY {_quoted(key)}", (str(target),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    _verify_same(path, None, target, key)
    if remember:
        keys.store_secret(keys.database_key_name(path), key)
    os.replace(target, path)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def rekey(path: Path, *, passphrase: str | None = None, new_passphrase: str | None = None) -> None:
    """Change an encrypted database's key; the new key is saved as pending first, so a crash loses nothing."""
    engine = make_engine(f"sqlite:///{path}", passphrase=passphrase)
    old_key = engine.url.password
    engine.dispose()
    new_key, remember = new_database_key(new_passphrase)
    name = keys.database_key_name(path)
    if remember:
        keys.store_secret(name + keys.PENDING, new_key)
    connection = _raw_connect(path, old_key)
    try:
        connection.execute(f"PRAGMA rekey = {_quoted(new_key)}")
        connection.commit()
    finally:
        connection.close()
    if not key_opens(encrypted_engine(path, new_key)):
        raise DatabaseKeyError("db.key_wrong", path=str(path))
    if remember:
        keys.store_secret(name, new_key)
    else:
        keys.delete_secret(name)
    keys.delete_secret(name + keys.PENDING)


def _verify_same(source: Path, source_key: str | None, copy: Path, copy_key: str) -> None:
    """Row counts of every table and SQLite's integrity check must agree before a copy replaces anything."""
    counts = []
    for file, key in ((source, source_key), (copy, copy_key)):
        connection = _raw_connect(file, key)
        try:
            if file == copy and connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise RuntimeError(f"{copy} failed its integrity check")
            names = [r[0] for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
            counts.append({n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names})  # noqa: S608
        finally:
            connection.close()
    if counts[0] != counts[1]:
        copy.unlink(missing_ok=True)
        raise RuntimeError(f"{copy} does not hold the same rows as {source}")
