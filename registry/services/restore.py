"""Restoring a backup over a SQLite register so that, whatever happens, the old or the new register is there.

The order is what makes it safe:

1. the backup is verified (integrity check and row counts) with a key we hold;
2. it is copied beside the register (``registry.sqlite.restoring``), upgraded there when an earlier version made
   it, encrypted with the register's key when it is a plain backup of an encrypted register (re-keyed to it when
   an earlier key made it, so the register opens as before), the restore is recorded in its audit trail, and it is flushed to disk: all before the register is touched;
3. the register is taken for this process alone: switching it out of WAL mode fails while any other process or
   window has it open, so a restore during someone's work is refused instead of swallowing their saves; an
   exclusive lock then keeps out anyone who arrives now;
4. the register is copied aside (``registry.before-restore-<time>.sqlite``) and the new file is renamed over it
   in one step (``os.replace``), so a crash leaves one or the other, never none;
5. on POSIX the replaced file (still open here) has its header wiped before the lock is released, so a process
   that opened the old file in the meantime fails loudly instead of saving into a file nobody will read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from registry import keys
from registry.db import SchemaError, encrypted_engine, is_encrypted_file, make_engine, upgrade
from registry.models import Case
from registry.services import audit
from registry.services.backup_catalog import ASIDE_MARK, STAGED_SUFFIX
from registry.services.backup_files import BackupError, opening_key
from registry.services.exclusive import RegisterInUse, hold_alone, is_foreign, readable, shm_in_use
from registry.services.private_files import create_private, fsync_folder
from registry.services.sqlite_files import DATABASE_ERRORS, connect_file, quoted


@dataclass(frozen=True)
class RestoreResult:
    kept_aside: Path | None
    cases: int


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")


def live_key(target: Path, passphrase: str | None) -> str | None:
    """The key that opens the register now (None for a plain or missing file, or when no key we hold opens it)."""
    if not is_encrypted_file(target):
        return None
    for key in keys.candidate_keys(target, passphrase):
        with contextlib.suppress(*DATABASE_ERRORS):
            connection = connect_file(target, key)
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return key
            finally:
                connection.close()
    return None


def restore_backup(
    source: Path, target: Path, *, passphrase: str | None = None, backup_passphrase: str | None = None
) -> RestoreResult:
    """Replace the register at ``target`` with a verified backup; the current register is kept aside.

    The backup opens with the register's current or earlier keys (kept, dated, at every ``db rekey``), the
    passphrase, or ``backup_passphrase``: the key a backup was made with, where the register's key has changed
    since and no keyring kept the earlier one (a passphrase register on a PC without a keyring).
    """
    target = target.resolve()
    present = target.is_file() and target.stat().st_size > 0
    current_key = live_key(target, passphrase) if present else None
    if present and is_foreign(target, current_key):
        raise SchemaError("schema.foreign")  # another program's database is not replaced by a register
    candidates = keys.backup_candidate_keys(target, passphrase)
    backup_key = opening_key(source, candidates + ([backup_passphrase] if backup_passphrase else []))
    # the restored register keeps the key it has now (a plain backup comes back encrypted with it, an older one is
    # re-keyed to it), so it opens as before a restore; a register without a key takes the backup's
    final_key = current_key or backup_key
    staged = target.with_name(target.name + STAGED_SUFFIX)
    staged.unlink(missing_ok=True)
    name = keys.database_key_name(target)
    new_key_to_keep = final_key is not None and keys.keyring_available() and keys.get_secret(name) != final_key
    try:
        cases = _stage(source, staged, backup_key, final_key)
        if new_key_to_keep:  # saved before the swap: a crash right after it still finds the key that opens it
            keys.store_secret(name + keys.PENDING, str(final_key))
        if not present:
            os.replace(staged, target)
            fsync_folder(target.parent)
            aside = None
        else:
            aside = _swap(staged, target, current_key)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    if new_key_to_keep:
        keys.replace_key(target, str(final_key))
    return RestoreResult(aside, cases)


def _stage(source: Path, staged: Path, backup_key: str | None, final_key: str | None) -> int:
    """The backup as it will become the register: upgraded, encrypted, its restore recorded, on disk. Cases."""
    create_private(staged)
    if backup_key is None and final_key is not None:
        _encrypt_copy(source, staged, final_key)
    else:
        with source.open("rb") as original, staged.open("r+b") as copy:
            shutil.copyfileobj(original, copy, 1024 * 1024)
        if backup_key is not None and final_key != backup_key:  # made with an earlier key: re-keyed to today's
            connection = connect_file(staged, backup_key)
            try:
                connection.execute(f"PRAGMA rekey = {quoted(str(final_key))}")
            finally:
                connection.close()
    engine = encrypted_engine(staged, final_key) if final_key else make_engine(f"sqlite:///{staged}")
    try:
        upgrade(engine, backup=lambda _engine, _state: source)  # the backup is the copy from before the upgrade
        with engine.connect() as connection:
            connection.exec_driver_sql("DROP TABLE IF EXISTS backup_manifest")
            connection.commit()
            if connection.exec_driver_sql("PRAGMA integrity_check").scalar() != "ok":
                raise BackupError("backup.damaged", path=str(source))
            cases = connection.execute(select(func.count()).select_from(Case)).scalar_one()
        with Session(engine) as session, session.begin():
            audit.record(session, "restore", user_id=None, details={"file": source.name, "cases": cases})
    finally:
        engine.dispose()
    connection = connect_file(staged, final_key)  # one self-contained file: no WAL beside it when it is renamed
    try:
        if connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0] != "delete":
            raise BackupError("backup.failed", path=str(source), detail="the restored copy is still in use")
    finally:
        connection.close()
    with staged.open("rb") as handle:
        os.fsync(handle.fileno())
    return cases


def _encrypt_copy(source: Path, staged: Path, key: str) -> None:
    """Write a plain backup into ``staged`` encrypted with ``key`` (SQLCipher's export)."""
    plain = sqlcipher3.connect(str(source), isolation_level=None)
    try:
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY {quoted(key)}", (str(staged),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()


def _swap(staged: Path, target: Path, current_key: str | None) -> Path:
    """Keep the register aside and rename the staged file over it, with the register held by this process alone."""
    aside = target.with_name(f"{target.stem}{ASIDE_MARK}{_stamp()}{target.suffix}")
    if (current_key is None and is_encrypted_file(target)) or not readable(target, current_key):
        _swap_unopenable(staged, target, aside)
        return aside
    with hold_alone(target, current_key) as old_file:
        try:
            old_file.copy_to(aside)
            if current_key and keys.keyring_available():  # the set-aside register stays openable by its name
                keys.store_secret(keys.database_key_name(aside), current_key)
            old_file.replace_with(staged, target)
        except BaseException:
            if target.exists() and not staged.exists():
                raise  # the swap happened: the copy aside is the old register, keep it
            aside.unlink(missing_ok=True)
            raise
    return aside


def _swap_unopenable(staged: Path, target: Path, aside: Path) -> None:
    """The register cannot be opened with any key we hold (damaged, or its key lost): keep it aside as it is.

    Nobody can be working in it without its key; a ``-shm`` lock still tells whether a process has it open.
    """
    if shm_in_use(target):
        raise RegisterInUse(path=str(target))
    create_private(aside)
    shutil.copyfile(target, aside)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{target}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{aside}{suffix}"))
    os.replace(staged, target)
    fsync_folder(target.parent)
