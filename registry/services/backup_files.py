"""Backup files as files: the error a failed backup raises, proving a backup readable, the key that opens it.

Shared by routine backups (``backup``), restores (``restore``) and server backups (``server_backup``), which
otherwise do not depend on one another.
"""

from __future__ import annotations

from pathlib import Path

from registry.db import is_encrypted_file
from registry.services.errors import RegistryError
from registry.services.integrity import full_check
from registry.services.sqlite_files import connect_file, table_counts


class BackupError(RegistryError):
    """A backup could not be written or did not read back identical; the caller must not go on."""

    key = "backup.failed"


def remove_with_companions(path: Path) -> None:
    """Remove a SQLite file and the journal files SQLite may have made beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def verify_backup(path: Path, key: str | None) -> dict[str, int]:
    """Open a backup, check every page, and return its row counts; BackupError if it is damaged or unreadable."""
    problems = full_check(path, key)
    if problems:
        unreadable = any(word in problems[0] for word in ("not a database", "encrypted"))
        raise BackupError("backup.unreadable" if unreadable else "backup.damaged", path=str(path), detail=problems[0])
    connection = connect_file(path, key)
    try:
        counts = table_counts(connection)
    finally:
        connection.close()
    if "alembic_version" not in counts:
        raise BackupError("backup.not_register", path=str(path))
    return counts


def opening_key(path: Path, candidates: list[str]) -> str | None:
    """The first candidate that opens an encrypted backup, verified; None for a plain one. BackupError if none."""
    if not is_encrypted_file(path):
        verify_backup(path, None)
        return None
    for key in candidates:
        try:
            verify_backup(path, key)
        except BackupError:
            continue
        return key
    raise BackupError("backup.unreadable", path=str(path), detail="no key we hold opens it")
