"""Backups that are proven readable before anything relies on them."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from registry import config
from registry.services.backup_catalog import BACKUP_MARK, UPGRADE_MARK
from registry.services.backup_files import BackupError, remove_with_companions, verify_backup  # noqa: F401 (re-exported)
from registry.services.integrity import engine_key, full_check, register_damaged
from registry.services.private_files import create_private, fsync_folder, part_path, private_folder, remove_stale_parts
from registry.services.sqlite_files import DATABASE_ERRORS, connect_file, table_counts

if TYPE_CHECKING:
    from registry.db import SchemaState


def backup_before_upgrade(engine: Engine, state: SchemaState, folder: Path | None = None) -> Path:
    """Copy the database as it is before a schema upgrade, through its own driver and key, and verify the copy.

    An encrypted register is copied with SQLCipher's backup API under the same key, so the copy is as private as
    the register and opens with the same key; a server register's snapshot becomes an encrypted SQLite file
    (``services.server_backup``).
    """
    from registry.db import sqlite_path, timestamp

    folder = folder or config.data_dir() / "backups"
    revision = state.current or "base"
    path = sqlite_path(str(engine.url))
    if engine.dialect.name == "sqlite" and path is not None:
        target = folder / f"{path.stem}{UPGRADE_MARK}{revision}-{timestamp()}.sqlite"
        return online_backup(path, engine_key(engine), target)
    from registry.services.server_backup import backup_key, backup_server, server_stem

    target = folder / f"{server_stem(engine.url)}{UPGRADE_MARK}{revision}-{timestamp()}.sqlite"
    return backup_server(engine, target, backup_key(engine.url, engine=engine)).path


def upgrade_with_backup(engine: Engine, *, backup_dir: Path | None = None, revision: str = "head") -> Path | None:
    """Upgrade a register after a verified backup: the way every command and the application's start upgrade."""
    from registry.db import upgrade

    return upgrade(engine, backup=functools.partial(backup_before_upgrade, folder=backup_dir), revision=revision)


# ------------------------------------------------------------------------------------- routine backups


def online_backup(path: Path, key: str | None, target: Path) -> Path:
    """A consistent copy of a live (possibly encrypted) database, verified against the snapshot it was taken from.

    The copy is encrypted with the database's own key and owner-only; counts are taken inside the same read
    transaction as the copy, so writes by a running application do not make a good backup look bad.  The copy
    gets the full check (every page); if it fails, the register itself is checked, and damage there is reported
    as such (RegisterDamaged, naming the newest good backup) rather than as a failed backup.  On any failure or
    interruption the half-written copy is removed: a backup either verifies or does not exist.
    """
    partial = part_path(target)
    try:
        private_folder(target.parent)
        remove_stale_parts(target.parent)
        create_private(partial)
        source = connect_file(path, key)
        try:
            source.execute("BEGIN")
            expected = table_counts(source)
            copy = connect_file(partial, key)
            try:
                source.backup(copy)
            finally:
                copy.close()
            source.execute("COMMIT")
        finally:
            source.close()
        problems = full_check(partial, key) or _counts_differ(partial, key, expected)
    except DATABASE_ERRORS as error:
        problems = [str(error)]
    except OSError as error:  # a full disk, a folder gone or not writable: explained, no partial file left
        remove_with_companions(partial)
        raise BackupError("backup.failed", path=str(target), detail=error.strerror or str(error)) from error
    except BaseException:
        remove_with_companions(partial)
        raise
    if problems:
        remove_with_companions(partial)
        damage = full_check(path, key)
        if damage:
            raise register_damaged(path, damage[0])
        raise BackupError("backup.not_verified", path=str(path), detail=problems[0])
    partial.replace(target)
    fsync_folder(target.parent)
    return target


def _counts_differ(copy: Path, key: str | None, expected: dict[str, int]) -> list[str]:
    connection = connect_file(copy, key)
    try:
        found = table_counts(connection)
    finally:
        connection.close()
    return [] if found == expected else ["row counts differ from the register's"]


def prune_backups(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of this database; returns what was deleted."""
    backups = sorted(folder.glob(f"{stem}{BACKUP_MARK}*.sqlite"))
    doomed = backups[:-keep] if keep > 0 else []
    for old in doomed:
        old.unlink(missing_ok=True)
    return doomed


def latest_backup(folder: Path, stem: str) -> Path | None:
    backups = sorted(folder.glob(f"{stem}{BACKUP_MARK}*.sqlite"))
    return backups[-1] if backups else None
