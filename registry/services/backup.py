"""Backups that are proven readable before anything relies on them."""

from __future__ import annotations

import functools
import gzip
import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import Engine, MetaData, func, select

from registry import config
from registry.services.backup_catalog import BACKUP_MARK, UPGRADE_MARK
from registry.services.errors import RegistryError
from registry.services.private_files import (
    create_private,
    fsync_folder,
    part_path,
    private_folder,
    remove_stale_parts,
)

if TYPE_CHECKING:
    from registry.db import SchemaState


class BackupError(RegistryError):
    """A backup could not be written or did not read back identical; the caller must not go on."""

    key = "backup.failed"


def dump_tables(engine: Engine, target: Path) -> Path:
    """A logical backup of every table (JSON lines, gzip) for databases that are not a single file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    metadata = MetaData()
    counts: dict[str, int] = {}
    with engine.connect() as connection, gzip.open(target, "wt", encoding="utf-8") as out:
        metadata.reflect(connection)
        for table in metadata.sorted_tables:
            rows = connection.execute(select(table)).mappings()
            counts[table.name] = 0
            for row in rows:
                out.write(json.dumps({"table": table.name, "row": dict(row)}, default=str, ensure_ascii=False) + "\n")
                counts[table.name] += 1
        expected = {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in metadata.sorted_tables
        }
    found: dict[str, int] = dict.fromkeys(expected, 0)
    with gzip.open(target, "rt", encoding="utf-8") as back:
        for line in back:
            found[json.loads(line)["table"]] += 1
    if found != expected:
        target.unlink(missing_ok=True)
        raise BackupError("backup.not_verified", path=str(target), detail="row counts differ")
    return target


def engine_key(engine: Engine) -> str | None:
    """The SQLCipher key an engine opens its file with (None for a plain file)."""
    return engine.url.password if engine.url.drivername == "sqlite+pysqlcipher" else None


def backup_before_upgrade(engine: Engine, state: SchemaState, folder: Path | None = None) -> Path:
    """Copy the database as it is before a schema upgrade, through its own driver and key, and verify the copy.

    An encrypted register is copied with SQLCipher's backup API under the same key, so the copy is as private as
    the register and opens with the same key.
    """
    from registry.db import sqlite_path, timestamp

    folder = folder or config.data_dir() / "backups"
    revision = state.current or "base"
    path = sqlite_path(str(engine.url))
    if engine.dialect.name == "sqlite" and path is not None:
        target = folder / f"{path.stem}{UPGRADE_MARK}{revision}-{timestamp()}.sqlite"
        return online_backup(path, engine_key(engine), target)
    return dump_tables(engine, folder / f"{engine.url.database}{UPGRADE_MARK}{revision}-{timestamp()}.jsonl.gz")


def upgrade_with_backup(engine: Engine, *, backup_dir: Path | None = None, revision: str = "head") -> Path | None:
    """Upgrade a register after a verified backup: the way every command and the application's start upgrade."""
    from registry.db import upgrade

    return upgrade(engine, backup=functools.partial(backup_before_upgrade, folder=backup_dir), revision=revision)


# ------------------------------------------------------------------------------------- routine backups



def _driver(key: str | None) -> Any:
    """The driver the application's engine uses for such a file: SQLCipher's for an encrypted one, the stdlib's for
    a plain one.  Never both on one file in one process: two SQLite libraries do not see each other's POSIX locks,
    and closing a file in one drops the other's locks (SQLite's "multiple copies of SQLite" corruption)."""
    return sqlite3 if key is None else sqlcipher3


def _connect(path: Path, key: str | None) -> Any:
    connection = _driver(key).connect(str(path), isolation_level=None)
    if key is not None:
        connection.execute('PRAGMA key = "' + key.replace('"', '""') + '"')
    connection.execute("PRAGMA busy_timeout = 15000")
    return connection


def _counts(connection) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}  # noqa: S608


def online_backup(path: Path, key: str | None, target: Path) -> Path:
    """A consistent copy of a live (possibly encrypted) database, verified against the snapshot it was taken from.

    The copy is encrypted with the database's own key and owner-only; counts are taken inside the same read
    transaction as the copy, so writes by a running application do not make a good backup look bad.  On any
    failure (or interruption) the half-written copy is removed: a backup either verifies or does not exist.
    """
    private_folder(target.parent)
    remove_stale_parts(target.parent)
    partial = part_path(target)
    driver = _driver(key)
    try:
        create_private(partial)
        source = _connect(path, key)
        try:
            source.execute("BEGIN")
            expected = _counts(source)
            copy = _connect(partial, key)
            try:
                source.backup(copy)
            finally:
                copy.close()
            source.execute("COMMIT")
        finally:
            source.close()
        problem = _check_copy(partial, key, expected)
        if problem:
            raise BackupError("backup.not_verified", path=str(path), detail=problem)
        partial.replace(target)
    except driver.DatabaseError as error:
        _remove_with_companions(partial)
        raise BackupError("backup.failed", path=str(path), detail=str(error)) from error
    except BaseException:
        _remove_with_companions(partial)
        raise
    fsync_folder(target.parent)
    return target


def _check_copy(copy: Path, key: str | None, expected: dict[str, int]) -> str | None:
    """What is wrong with a fresh copy (None when its pages, structure and row counts are all as expected)."""
    check = _connect(copy, key)
    try:
        integrity = check.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            return str(integrity)
        if key is not None:
            damaged = check.execute("PRAGMA cipher_integrity_check").fetchall()
            if damaged:
                return str(damaged[0][0])
        if _counts(check) != expected:
            return "row counts differ"
    finally:
        check.close()
    return None


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def verify_backup(path: Path, key: str | None) -> dict[str, int]:
    """Open a backup, check its integrity, and return its row counts; BackupError if it is damaged or locked."""
    driver = _driver(key)
    try:
        connection = _connect(path, key)
        try:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError("backup.damaged", path=str(path))
            counts = _counts(connection)
        finally:
            connection.close()
    except driver.DatabaseError as error:
        raise BackupError("backup.unreadable", path=str(path), detail=str(error)) from error
    if "alembic_version" not in counts:
        raise BackupError("backup.not_register", path=str(path))
    return counts


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
