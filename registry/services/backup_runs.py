"""Routine backups of the live database and restoring one, each verified before anything relies on it."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from registry import config
from registry.db import encrypted_engine, is_encrypted_file, make_engine, upgrade
from registry.models import Case
from registry.services import audit
from registry.services.backup import (
    BACKUP_MARK,
    BackupError,
    dump_tables,
    latest_backup,
    online_backup,
    prune_backups,
    verify_backup,
)

DAILY = dt.timedelta(hours=20)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    seconds: float
    cases: int
    removed: list[Path]


def backups_folder(folder: Path | None = None) -> Path:
    return folder or config.data_dir() / "backups"


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")


def run_backup(
    engine: Engine, sessions: sessionmaker[Session], *, folder: Path | None = None, keep: int = 14
) -> BackupResult:
    """Back up while the application may be running; keep the newest ``keep`` backups; audit it."""
    from registry.db import sqlite_path

    started = time.perf_counter()
    target_dir = backups_folder(folder)
    path = sqlite_path(str(engine.url))
    if engine.dialect.name == "sqlite" and path is not None:
        key = engine.url.password if engine.url.drivername == "sqlite+pysqlcipher" else None
        target = online_backup(path, key, target_dir / f"{path.stem}{BACKUP_MARK}{_stamp()}.sqlite")
        removed = prune_backups(target_dir, path.stem, keep)
    else:
        stem = str(engine.url.database)
        target = dump_tables(engine, target_dir / f"{stem}{BACKUP_MARK}{_stamp()}.jsonl.gz")
        older = sorted(target_dir.glob(f"{stem}{BACKUP_MARK}*.jsonl.gz"))
        removed = older[:-keep]
        for old in removed:
            old.unlink(missing_ok=True)
    with sessions() as session, session.begin():
        cases = session.scalar(select(func.count()).select_from(Case)) or 0
        audit.record(session, "backup", user_id=None, details={"file": target.name, "cases": cases})
    return BackupResult(target, time.perf_counter() - started, cases, removed)


def backup_due(database: Path, folder: Path | None = None, now: dt.datetime | None = None) -> bool:
    """True when the newest backup of this database is older than a working day (the app offers one on close)."""
    newest = latest_backup(backups_folder(folder), database.stem)
    if newest is None:
        return True
    taken = dt.datetime.fromtimestamp(newest.stat().st_mtime, dt.UTC)
    return (now or dt.datetime.now(dt.UTC)) - taken > DAILY


@dataclass(frozen=True)
class RestoreResult:
    kept_aside: Path | None
    cases: int


def restore_backup(source: Path, target: Path, *, passphrase: str | None = None) -> RestoreResult:
    """Replace the database at ``target`` with a verified backup; the current file is kept aside.

    The backup is copied beside the register and, when it was made by an earlier version, upgraded there: the
    register is replaced only by a copy that this program opens and that verified.
    """
    from registry import keys

    encrypted = is_encrypted_file(source)
    candidates = keys.candidate_keys(target, passphrase) if encrypted else [None]
    counts = None
    opening_key = None
    for key in candidates:
        try:
            counts = verify_backup(source, key)
            opening_key = key
            break
        except BackupError:
            continue
    if counts is None:
        raise BackupError("backup.unreadable", path=str(source), detail="no key opens it")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".restoring")
    partial.unlink(missing_ok=True)
    try:
        shutil.copyfile(source, partial)
        cases = _upgrade_restored_copy(source, partial, opening_key)
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    aside = None
    if target.exists():
        aside = target.with_name(f"{target.stem}.before-restore-{_stamp()}{target.suffix}")
        current_key = keys.get_secret(keys.database_key_name(target))
        if current_key:  # the set-aside file stays openable under its new name
            keys.store_secret(keys.database_key_name(aside), current_key)
        os.replace(target, aside)
        for suffix in ("-wal", "-shm"):
            extra = Path(str(target) + suffix)
            if extra.exists():
                os.replace(extra, Path(str(aside) + suffix))
    os.replace(partial, target)
    if opening_key and keys.get_secret(keys.database_key_name(target)) != opening_key and keys.keyring_available():
        # restored on a new computer with the escrowed key: keep it in this computer's keyring from now on
        keys.store_secret(keys.database_key_name(target), opening_key)
    engine = make_engine(f"sqlite:///{target}", passphrase=passphrase)
    try:
        with Session(engine) as session, session.begin():
            audit.record(session, "restore", user_id=None, details={"file": source.name, "cases": cases})
    finally:
        engine.dispose()
    return RestoreResult(aside, cases)


def _upgrade_restored_copy(source: Path, copy: Path, key: str | None) -> int:
    """Bring a restored copy to this program's schema (the backup itself is its pre-upgrade copy); its case count."""
    engine = encrypted_engine(copy, key) if key else make_engine(f"sqlite:///{copy}")
    try:
        upgrade(engine, backup=lambda _engine, _state: source)
        with engine.connect() as connection:
            if connection.exec_driver_sql("PRAGMA integrity_check").scalar() != "ok":
                raise BackupError("backup.damaged", path=str(source))
            return connection.execute(select(func.count()).select_from(Case)).scalar_one()
    finally:
        engine.dispose()
