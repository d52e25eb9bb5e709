"""Which backups a register has, and whether a missing register file is one that existed.

Backup file names (in the backups folder, by default ``backups/`` in the data folder):

- ``<register>-backup-<time>.sqlite``: routine backups (``registry backup``, the offer on closing the app);
- ``<register>-before-upgrade-from-<revision>-<time>.sqlite``: the copy made before a schema upgrade;
- beside the register, ``<register>.before-restore-<time>.sqlite``: the register a restore replaced.

For a server register, ``<register>`` is ``<host>-<database>``.  Times are UTC, so names sort by age.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from registry import config, keys
from registry.db import is_encrypted_file
from registry.services.errors import RegistryError
from registry.services.sqlite_files import DATABASE_ERRORS, connect_file

BACKUP_MARK = "-backup-"
UPGRADE_MARK = "-before-upgrade-from-"
ASIDE_MARK = ".before-restore-"
STAGED_SUFFIX = ".restoring"


class RegisterMissing(RegistryError):
    """The register's file is gone although it existed: nothing is created in its place without being asked."""

    key = "register.missing"


def backups_folder(folder: Path | None = None) -> Path:
    return folder or config.data_dir() / "backups"


def _taken_at(path: Path) -> str:
    """The time part of a backup's name (``20261130-171500...``), which sorts the same as the time itself."""
    name = path.name
    for mark in (BACKUP_MARK, ASIDE_MARK):
        if mark in name:
            return name.split(mark, 1)[1]
    if UPGRADE_MARK in name:
        return name.split(UPGRADE_MARK, 1)[1].split("-", 1)[-1]
    return name


def backups_of(stem: str, folder: Path | None = None) -> list[Path]:
    """Every finished backup of the register named ``stem`` in ``folder``, oldest first."""
    where = backups_folder(folder)
    if not where.is_dir():
        return []
    found = [*where.glob(f"{stem}{BACKUP_MARK}*.sqlite"), *where.glob(f"{stem}{UPGRADE_MARK}*.sqlite")]
    return sorted(found, key=_taken_at)


def set_aside(register: Path) -> list[Path]:
    """Registers a restore replaced and kept beside this one, oldest first."""
    return sorted(register.parent.glob(f"{register.stem}{ASIDE_MARK}*{register.suffix}"), key=_taken_at)


def refuse_missing_register(register: Path, folder: Path | None = None) -> None:
    """Raise RegisterMissing when ``register`` is absent (or empty) but something shows it existed.

    Its key in the keyring, its backups or a register kept aside by a restore all mean that a register was here:
    a new empty one in its place would look like every case had vanished.  The message names the newest backup.
    """
    if register.is_file() and register.stat().st_size > 0:
        return
    backups = backups_of(register.stem, folder)
    traces = [*backups, *set_aside(register)]
    staged = register.with_name(register.name + STAGED_SUFFIX)
    if staged.exists():
        traces.append(staged)
    if traces or keys.get_secret(keys.database_key_name(register)):
        newest = backups[-1] if backups else (traces[-1] if traces else None)
        raise RegisterMissing(path=str(register), backup=str(newest) if newest else "—")


def open_backup(path: Path, candidates: list[str]) -> tuple[Any, str | None] | None:
    """A connection to a backup file and the key that opened it (None for a plain file); None if nothing opens it."""
    encrypted = is_encrypted_file(path)
    for key in candidates if encrypted else [None]:
        try:
            connection = connect_file(path, key)
        except DATABASE_ERRORS:
            continue
        try:
            connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except DATABASE_ERRORS:
            connection.close()
            continue
        return connection, key
    return None


def newest_good_backup(stem: str, candidates: list[str], folder: Path | None = None) -> Path | None:
    """The newest backup of the register ``stem`` that a key we hold opens (each was verified when it was made)."""
    for path in reversed(backups_of(stem, folder)):
        opened = open_backup(path, candidates)
        if opened is not None:
            opened[0].close()
            return path
    return None
