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
