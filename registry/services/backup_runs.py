"""Routine backups of the live database and restoring one, each verified before anything relies on it."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.models import Case
from registry.services import audit
from registry.services.backup import latest_backup, online_backup, prune_backups
from registry.services.backup_catalog import BACKUP_MARK, backups_folder

DAILY = dt.timedelta(hours=20)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    seconds: float
    cases: int
    removed: list[Path]


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")


def run_backup(
    engine: Engine,
    sessions: sessionmaker[Session],
    *,
    folder: Path | None = None,
    keep: int = 14,
    passphrase: str | None = None,
    actor_id: int | None = None,
) -> BackupResult:
    """Back up while the application may be running; keep the newest ``keep`` backups; audit it (naming
    ``actor_id``, the user who asked).

    A SQLite register is copied with its own key; a server register's snapshot is written as an encrypted SQLite
    file with ``passphrase`` or the server register's key in the keyring (``services.server_backup``).
    """
    from registry.db import sqlite_path
    from registry.services.audit_anchor import current_head, register_name, write_sidecar

    started = time.perf_counter()
    target_dir = backups_folder(folder)
    path = sqlite_path(str(engine.url))
    with sessions() as session:  # the chain's head as it is now: recorded beside the backup (an anchor)
        anchor = current_head(session, register_name(engine))
    if engine.dialect.name == "sqlite" and path is not None:
        key = engine.url.password if engine.url.drivername == "sqlite+pysqlcipher" else None
        target = online_backup(path, key, target_dir / f"{path.stem}{BACKUP_MARK}{_stamp()}.sqlite")
        removed = prune_backups(target_dir, path.stem, keep)
    else:
        from registry.services.server_backup import backup_key, backup_server, server_stem

        stem = server_stem(engine.url)
        key = backup_key(engine.url, passphrase, engine=engine)
        target = backup_server(engine, target_dir / f"{stem}{BACKUP_MARK}{_stamp()}.sqlite", key).path
        removed = prune_backups(target_dir, stem, keep)
    write_sidecar(target, anchor)
    with sessions() as session, session.begin():
        cases = session.scalar(select(func.count()).select_from(Case)) or 0
        audit.record(session, "backup", user_id=actor_id, details={"file": target.name, "cases": cases})
    return BackupResult(target, time.perf_counter() - started, cases, removed)


def backup_due(database: Path, folder: Path | None = None, now: dt.datetime | None = None) -> bool:
    """True when the newest backup of this database is older than a working day (the app offers one on close)."""
    newest = latest_backup(backups_folder(folder), database.stem)
    if newest is None:
        return True
    taken = dt.datetime.fromtimestamp(newest.stat().st_mtime, dt.UTC)
    return (now or dt.datetime.now(dt.UTC)) - taken > DAILY
