"""Backups that are proven readable before anything relies on them."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, MetaData, func, select

from registry import config


class BackupError(RuntimeError):
    """A backup could not be written or did not read back identical; the caller must not go on."""


def _table_counts_sqlite(connection: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}  # noqa: S608


def backup_sqlite_file(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API, then check integrity and row counts.

    Any failure removes the half-written copy and raises BackupError: a backup either verifies or does not exist.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with sqlite3.connect(source) as src:
            src.execute("PRAGMA busy_timeout = 15000")
            with sqlite3.connect(target) as dst:
                src.backup(dst)
            expected = _table_counts_sqlite(src)
        with sqlite3.connect(target) as check:
            integrity = check.execute("PRAGMA integrity_check").fetchone()[0]
            found = _table_counts_sqlite(check)
    except sqlite3.DatabaseError as error:
        target.unlink(missing_ok=True)
        raise BackupError(f"The backup of {source} failed ({error}); nothing was changed.") from error
    if integrity != "ok" or found != expected:
        target.unlink(missing_ok=True)
        raise BackupError(f"The backup {target} did not verify (integrity: {integrity}); nothing was changed.")
    return target


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
        raise BackupError(f"The backup {target} did not verify; nothing was changed.")
    return target


def backup_before_upgrade(engine: Engine, revision: str, backup_dir: Path | None = None) -> Path:
    """Back up the database as it is before a schema upgrade and verify the copy."""
    from registry.db import sqlite_path, timestamp

    folder = backup_dir or config.data_dir() / "backups"
    path = sqlite_path(str(engine.url))
    if engine.dialect.name == "sqlite" and path is not None:
        return backup_sqlite_file(path, folder / f"{path.stem}-before-upgrade-from-{revision}-{timestamp()}.sqlite")
    return dump_tables(engine, folder / f"{engine.url.database}-before-upgrade-from-{revision}-{timestamp()}.jsonl.gz")


# ------------------------------------------------------------------------------------- routine backups

BACKUP_MARK = "-backup-"


def _sqlite_module(key: str | None):
    if key is None:
        return sqlite3
    import sqlcipher3

    return sqlcipher3


def _connect(path: Path, key: str | None):
    module = _sqlite_module(key)
    connection = module.connect(str(path), isolation_level=None)
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

    The copy is encrypted with the database's own key; counts are taken inside the same read transaction as the
    copy, so writes by a running application do not make a good backup look bad.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    module = _sqlite_module(key)
    try:
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
        check = _connect(partial, key)
        try:
            integrity = check.execute("PRAGMA integrity_check").fetchone()[0]
            found = _counts(check)
        finally:
            check.close()
    except module.DatabaseError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup of {path} failed ({error}); nothing was changed.") from error
    if integrity != "ok" or found != expected:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup of {path} did not verify (integrity: {integrity}).")
    partial.replace(target)
    return target


def verify_backup(path: Path, key: str | None) -> dict[str, int]:
    """Open a backup, check its integrity, and return its row counts; BackupError if it is damaged or locked."""
    module = _sqlite_module(key)
    try:
        connection = _connect(path, key)
        try:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(f"The backup {path} is damaged.")
            counts = _counts(connection)
        finally:
            connection.close()
    except module.DatabaseError as error:
        raise BackupError(f"The backup {path} cannot be read ({error}).") from error
    if "alembic_version" not in counts:
        raise BackupError(f"{path} is not a backup of a case register.")
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
