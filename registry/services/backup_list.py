"""What a register's backups are, and whether the keys we hold still open them (``registry backup --list``).

Each backup is opened (never changed): its date, how it was made (routine, before an upgrade, the register a
restore set aside), its schema revision and case count, and which key opens it: the register's current key, an
earlier key kept (dated) since a ``db rekey``, none at all (it is a plain file), or no key we hold.  A plain backup
of an encrypted register is a leak waiting to happen; ``plain_backups`` finds them so ``db encrypt`` can offer to
encrypt or remove them (``encrypt_backup`` does it in place: verified, then renamed over the plain file).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from registry.db import is_encrypted_file
from registry.keys import EarlierKey
from registry.services.backup_catalog import ASIDE_MARK, BACKUP_MARK, UPGRADE_MARK, backups_of, set_aside
from registry.services.errors import RegistryError
from registry.services.private_files import create_private, fsync_folder, part_path
from registry.services.sqlite_files import DATABASE_ERRORS, connect_file, quoted, table_counts

#: how a backup opens
CURRENT, EARLIER, PLAIN, NO_KEY, DAMAGED = "current", "earlier", "plain", "no_key", "damaged"
ROUTINE, BEFORE_UPGRADE, SET_ASIDE = "routine", "before_upgrade", "set_aside"


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    kind: str
    taken_at: dt.datetime | None  #: UTC, from the file's name (its modification time when the name has none)
    revision: str | None
    cases: int | None
    opens_with: str  #: CURRENT, EARLIER, PLAIN, NO_KEY or DAMAGED
    key_retired: str | None = None  #: for EARLIER: when that key stopped being the register's (ISO, UTC)


def _kind(path: Path) -> str:
    if UPGRADE_MARK in path.name:
        return BEFORE_UPGRADE
    if ASIDE_MARK in path.name:
        return SET_ASIDE
    return ROUTINE


def _taken_at(path: Path) -> dt.datetime | None:
    name = path.name
    for mark in (BACKUP_MARK, ASIDE_MARK, UPGRADE_MARK):
        if mark in name:
            rest = name.split(mark, 1)[1]
            if mark == UPGRADE_MARK:
                rest = rest.split("-", 1)[-1]
            digits = rest.split(".", 1)[0]
            for layout in ("%Y%m%d-%H%M%S-%f", "%Y%m%d-%H%M%S"):
                try:
                    return dt.datetime.strptime(digits, layout).replace(tzinfo=dt.UTC)
                except ValueError:
                    continue
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError:
        return None


def _read(path: Path, key: str | None) -> tuple[str | None, int | None] | None:
    """(revision, cases) if ``key`` opens the file; None if it does not; DatabaseError if the file is damaged."""
    try:
        connection = connect_file(path, key, busy_timeout_ms=2000)
    except DATABASE_ERRORS:
        return None
    try:
        try:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except DATABASE_ERRORS as error:
            if "malformed" in str(error) or "disk image" in str(error):
                raise
            return None
        cases = connection.execute("SELECT count(*) FROM case_file").fetchone()[0]
        return (revision[0] if revision else None), int(cases)
    finally:
        connection.close()


def describe(path: Path, current: list[str], earlier: list[EarlierKey]) -> BackupEntry:
    """One backup as ``--list`` shows it; the file is only read."""
    kind, taken = _kind(path), _taken_at(path)
    if not is_encrypted_file(path):
        try:
            found = _read(path, None)
        except DATABASE_ERRORS:
            found = None
        if found is None:
            return BackupEntry(path, kind, taken, None, None, DAMAGED)
        return BackupEntry(path, kind, taken, found[0], found[1], PLAIN)
    tries: list[tuple[str, str, str | None]] = [(key, CURRENT, None) for key in current]
    tries += [(entry.key, EARLIER, entry.retired) for entry in earlier if entry.key not in current]
    for key, opens_with, retired in tries:
        try:
            found = _read(path, key)
        except DATABASE_ERRORS:
            return BackupEntry(path, kind, taken, None, None, DAMAGED)
        if found is not None:
            return BackupEntry(path, kind, taken, found[0], found[1], opens_with, retired)
    return BackupEntry(path, kind, taken, None, None, NO_KEY)


def list_backups(
    stem: str, folder: Path | None, current: list[str], earlier: list[EarlierKey], register: Path | None = None
) -> list[BackupEntry]:
    """Every backup of the register ``stem`` (and, for a SQLite register, those a restore set aside), oldest first."""
    paths = list(backups_of(stem, folder))
    if register is not None:
        paths += set_aside(register)
    entries = [describe(path, current, earlier) for path in paths]
    oldest = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(entries, key=lambda entry: entry.taken_at or oldest)


# ------------------------------------------------------------------------ plain backups of an encrypted register


class BackupNotEncrypted(RegistryError):
    key = "backups.encrypt_failed"


def plain_backups(stem: str, folder: Path | None, register: Path | None = None) -> list[Path]:
    """Backups of the register that are plain SQLite files (readable by anyone who gets the file)."""
    paths = list(backups_of(stem, folder)) + (set_aside(register) if register is not None else [])
    return [path for path in paths if path.is_file() and not is_encrypted_file(path)]


def encrypt_backup(path: Path, key: str) -> None:
    """Encrypt a plain backup in place with ``key``: exported to a private file beside it, checked (integrity and
    every table's row count), flushed, then renamed over the plain file in one step; on any failure the plain
    backup is left as it was and nothing else remains."""
    import sqlcipher3

    partial = part_path(path)
    try:
        create_private(partial)
        plain = sqlcipher3.connect(str(path), isolation_level=None)
        try:
            expected = table_counts(plain)
            plain.execute(f"ATTACH DATABASE ? AS encrypted KEY {quoted(key)}", (str(partial),))
            plain.execute("SELECT sqlcipher_export('encrypted')")
            version = plain.execute("PRAGMA user_version").fetchone()[0]
            plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            plain.execute("DETACH DATABASE encrypted")
        finally:
            plain.close()
        check = connect_file(partial, key)
        try:
            healthy = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            found = table_counts(check)
        finally:
            check.close()
        if not healthy or found != expected:
            raise BackupNotEncrypted(path=str(path))
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
        fsync_folder(path.parent)
    except DATABASE_ERRORS as error:
        raise BackupNotEncrypted(path=str(path)) from error
    finally:
        partial.unlink(missing_ok=True)
