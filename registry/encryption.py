"""Creating, converting and re-keying SQLCipher databases, with the key kept in the keyring throughout."""

from __future__ import annotations

import os
from pathlib import Path

from registry import keys
from registry.db import DatabaseKeyError, SchemaError, encrypted_engine, is_encrypted_file, key_opens, make_engine
from registry.services.sqlite_files import table_counts

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
    """Turn a plain SQLite register into an encrypted one in place; no plain copy is left behind.

    The register is held for this process alone from the export to the rename (RegisterInUse while anyone else
    has it open), so no save can land in the plain file after it was copied.  Its key is in the keyring before
    the encrypted file takes the register's name, so a crash at any point leaves a register we can open.
    """
    from registry.services.exclusive import hold_alone, is_foreign
    from registry.services.private_files import create_private

    if is_encrypted_file(path):
        raise ValueError(f"{path} is already encrypted")
    if is_foreign(path, None):
        raise SchemaError("schema.foreign")
    key, remember = new_database_key(passphrase)
    target = path.with_name(path.name + ".encrypting")
    target.unlink(missing_ok=True)
    create_private(target)
    try:
        with hold_alone(path, None, sqlcipher=True) as held:
            plain = held.connection
            plain.execute(f"ATTACH DATABASE ? AS encrypted KEY {_quoted(key)}", (str(target),))
            plain.execute("SELECT sqlcipher_export('encrypted')")
            version = plain.execute("PRAGMA user_version").fetchone()[0]
            plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            plain.execute("DETACH DATABASE encrypted")
            _verify_copy(table_counts(plain), target, key)
            if remember:
                keys.store_secret(keys.database_key_name(path), key)
            with target.open("rb") as handle:
                os.fsync(handle.fileno())
            held.replace_with(target, path)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return path


def rekey(path: Path, *, passphrase: str | None = None, new_passphrase: str | None = None) -> None:
    """Change an encrypted register's key; the old key is kept (dated) among its earlier keys, for old backups.

    The new key is saved as pending before the file changes, so a crash at any point leaves a key that opens it;
    SQLCipher re-encrypts every page in one transaction, with the register held for this process alone
    (RegisterInUse while anyone else has it open: their open connections would still use the old key).
    """
    from registry.services.exclusive import hold_alone

    engine = make_engine(f"sqlite:///{path}", passphrase=passphrase)
    old_key = engine.url.password
    engine.dispose()
    new_key, remember = new_database_key(new_passphrase)
    name = keys.database_key_name(path)
    if remember:
        keys.store_secret(name + keys.PENDING, new_key)
    with hold_alone(path, old_key) as held:
        held.connection.execute(f"PRAGMA rekey = {_quoted(new_key)}")
    check = encrypted_engine(path, new_key)
    try:
        opens = key_opens(check)
    finally:
        check.dispose()  # an engine left open would hold the register "in use" for a restore in this process
    if not opens:
        raise DatabaseKeyError("db.key_wrong", path=str(path))
    if old_key and keys.keyring_available():
        keys.retire_key(path, old_key)
    if remember:
        keys.replace_key(path, new_key)
    else:
        keys.delete_secret(name)
        keys.delete_secret(name + keys.PENDING)


def _verify_copy(expected: dict[str, int], copy: Path, key: str) -> None:
    """SQLite's integrity check and every table's row count must agree before a copy replaces anything."""
    connection = _raw_connect(copy, key)
    try:
        if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise RuntimeError(f"{copy} failed its integrity check")
        found = table_counts(connection)
    finally:
        connection.close()
    if found != expected:
        raise RuntimeError(f"{copy} does not hold the same rows as the register")
