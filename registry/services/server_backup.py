"""Backups of a register on a PostgreSQL server as encrypted SQLite files, and their restore onto an empty server.

A server backup is one consistent snapshot of the server (a single READ ONLY REPEATABLE READ transaction: saves
made by the centre's PCs meanwhile neither fail it nor appear half in it) copied by ``table_copy`` into a new
SQLCipher file made at the server's schema revision.  The file is then reopened and proven equal to the snapshot
(full integrity check, per-table row counts and digests), made one self-contained file, flushed to disk and only
then given its name; it is owner-only from its first byte, and a failure at any point leaves no file behind.

The key: ``--passphrase`` (or ``REGISTRY_DB_PASSPHRASE``) when given, as for SQLite registers without a keyring;
otherwise a random key kept in the keyring under the server register's name, made at the first backup
(``registry db show-key --yes`` prints it for the safe).  A backup therefore opens wherever that key is known, like
any SQLite backup, and ``registry restore`` copies it back onto an empty server database.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from registry import i18n, keys
from registry.services.backup_files import BackupError, opening_key, remove_with_companions
from registry.services.errors import RegistryError
from registry.services.integrity import full_check
from registry.services.private_files import create_private, fsync_folder, part_path, private_folder, remove_stale_parts
from registry.services.sqlite_files import connect_file
from registry.services.table_copy import CopyError, CopyReport, Progress, copy_register, digests

SERVER_KEY_PREFIX = "server:"


class ServerBackupError(RegistryError):
    """A server backup or restore could not be made; nothing was written (or nothing was changed)."""

    key = "server_backup.failed"

    def message(self, language: str | None = None) -> str:
        params = dict(self.params)
        cause = params.pop("cause", None)
        if isinstance(cause, RegistryError):  # the reason in the same language as the rest of the message
            params["reason"] = cause.message(language)
        return i18n.text(self.key, language, **params)


@dataclass(frozen=True)
class ServerBackup:
    path: Path
    report: CopyReport

    @property
    def cases(self) -> int:
        return self.report.count("case_file")


def server_stem(url: URL) -> str:
    """The start of a server register's backup names: ``<host>-<database>`` (characters safe in file names)."""
    raw = f"{url.host or 'localhost'}-{url.database or 'registry'}"
    return re.sub(r"[^A-Za-z0-9._-]", "_", raw)


def server_key_name(url: URL) -> str:
    """The keyring entry of a server register's backup key: named like its backups (host and database)."""
    return key_name_for_stem(server_stem(url))


def key_name_for_stem(stem: str) -> str:
    return f"{SERVER_KEY_PREFIX}{stem}"


def stem_of_backup(path: Path) -> str:
    """The register a backup file was made of, read from its name (``<stem>-backup-<time>.sqlite``)."""
    from registry.services.backup_catalog import BACKUP_MARK, UPGRADE_MARK

    for mark in (BACKUP_MARK, UPGRADE_MARK):
        if mark in path.name:
            return path.name.split(mark, 1)[0]
    return path.stem


def backup_key(url: URL, passphrase: str | None = None, *, engine: Engine | None = None) -> str:
    """The key to encrypt a server backup with: the passphrase given, else the register's key in the keyring.

    The keyring key is made at the first backup.  Without a keyring and without a passphrase there is no key
    that could ever open the backup again: ServerBackupError, before anything is written.  Given the server's
    ``engine``, the key is made under a lock on the server, so that two first backups started at the same moment
    on one PC make one key between them (else each wrote its backup with a key of its own, the keyring kept only
    the last, and the other backup could never be opened again).
    """
    chosen = passphrase or os.environ.get(keys.PASSPHRASE_ENV)
    if chosen:
        return chosen
    name = server_key_name(url)
    existing = keys.get_secret(name)
    if existing:
        return existing
    if not keys.keyring_available():
        raise ServerBackupError("server_backup.no_key", option="--passphrase", env=keys.PASSPHRASE_ENV)
    with _making_a_key(engine):
        existing = keys.get_secret(name)  # made meanwhile by a backup that held the lock first
        if existing:
            return existing
        key = keys.generate_key()
        keys.store_secret(name, key)
        return key


#: the advisory lock (PostgreSQL) under which a server register's backup key is made
KEY_LOCK = 774412


@contextmanager
def _making_a_key(engine: Engine | None) -> Iterator[None]:
    """One process at a time makes the key: a transaction-scoped advisory lock on the server (held for the
    milliseconds of a keyring look-up and write; no privilege is needed to take it)."""
    if engine is None or engine.dialect.name != "postgresql":
        yield
        return
    with engine.begin() as connection:
        connection.execute(select(func.pg_advisory_xact_lock(KEY_LOCK)))
        yield


def restore_candidate_keys(source: Path, url: URL, passphrase: str | None = None) -> list[str]:
    """Keys to try on a backup restored onto the server at ``url``: the passphrase, the key of the register the
    backup's name says it was made of (a fresh database has a name of its own), then the target's own key."""
    found = [
        passphrase,
        os.environ.get(keys.PASSPHRASE_ENV),
        keys.get_secret(key_name_for_stem(stem_of_backup(source))),
        keys.get_secret(server_key_name(url)),
    ]
    return list(dict.fromkeys(key for key in found if key))


def _server_revision(engine: Engine) -> str | None:
    from registry.db import current_revision

    return current_revision(engine)


def backup_server(engine: Engine, target: Path, key: str, *, progress: Progress | None = None) -> ServerBackup:
    """Write the server register's snapshot to ``target`` as an encrypted SQLite file, verified; see the module."""
    from registry.db import encrypted_engine, upgrade

    partial = part_path(target)
    database = str(engine.url.database)
    try:
        private_folder(target.parent)
        remove_stale_parts(target.parent)
        create_private(partial)
        revision = _server_revision(engine)
        if revision is None:
            raise ServerBackupError("server_backup.not_register", database=database)
        copy = encrypted_engine(partial, key)
        try:
            upgrade(copy, revision=revision)  # the same schema as the server's, made by the same migrations
            report = copy_register(engine, copy, progress=progress, verify_before_commit=False)  # see _prove
        except CopyError as error:
            raise ServerBackupError(database=database, cause=error) from error
        finally:
            copy.dispose()
        _prove(partial, key, report, database)
        _make_single_file(partial, key)
        partial.replace(target)
        fsync_folder(target.parent)
    except OSError as error:  # a full disk, a folder gone or not writable: explained, no partial file left
        remove_with_companions(partial)
        raise BackupError("backup.failed", path=str(target), detail=error.strerror or str(error)) from error
    except BaseException:
        remove_with_companions(partial)
        raise
    return ServerBackup(target, report)


def _prove(path: Path, key: str, report: CopyReport, database: str) -> None:
    """Reopen the written file: every page checked, every table's count and digest equal to the snapshot's."""
    from registry.db import encrypted_engine

    problems = full_check(path, key)
    if problems:
        raise BackupError("backup.not_verified", path=database, detail=problems[0])
    reopened = encrypted_engine(path, key)
    try:
        found = digests(reopened)
    finally:
        reopened.dispose()
    expected = {table.name: table.digest for table in report.tables}
    if {name: table.digest for name, table in found.items()} != expected:
        raise BackupError("backup.not_verified", path=database, detail="the file differs from the snapshot")


def _make_single_file(path: Path, key: str) -> None:
    """Leave WAL mode (no ``-wal`` beside the file) and flush the file to disk."""
    connection = connect_file(path, key)
    try:
        connection.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        connection.close()
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


# ------------------------------------------------------------------------------------------------- restore


@dataclass(frozen=True)
class ServerRestore:
    cases: int
    rows: int
    schema_created: bool


def restore_server(
    source: Path, engine: Engine, *, passphrase: str | None = None, progress: Progress | None = None
) -> ServerRestore:
    """Copy a backup (a server's or a SQLite register's) onto an empty server database, verified, all or nothing.

    The server database must be empty, or at this program's revision with no cases (a freshly prepared one:
    its lookups, staff and setup events are replaced by the backup's, in the copy's own transaction).  The
    backup is verified first, upgraded in a private temporary copy when an earlier version wrote it, and copied
    while other writers are locked out; the check for cases is repeated inside that transaction.  The restore is
    recorded in the server's audit trail, whose chain then continues the backup's.
    """
    from registry.db import encrypted_engine, head_revision, make_engine, schema_state, upgrade
    from registry.services import audit
    from registry.services.server import may_change_schema

    database = str(engine.url.database)
    key = opening_key(source, restore_candidate_keys(source, engine.url, passphrase))
    if not may_change_schema(engine):
        raise ServerBackupError("server_restore.not_owner", database=database, option="--db")
    state = schema_state(engine)
    if state.current is None and state.has_tables:
        raise ServerBackupError("server_restore.not_empty", database=database, cases="?", sql="CREATE DATABASE")
    if state.current is not None and state.current != head_revision():
        raise ServerBackupError(
            "server_restore.other_revision", database=database, current=state.current, head=head_revision()
        )
    if state.current is not None:
        _refuse_cases(engine, database)
    with tempfile.TemporaryDirectory(prefix=".restoring-", dir=source.parent) as folder:
        staged = create_private(Path(folder) / "staged.sqlite")
        with source.open("rb") as original, staged.open("r+b") as copy:
            shutil.copyfileobj(original, copy, 1024 * 1024)
        staged_engine = encrypted_engine(staged, key) if key else make_engine(f"sqlite:///{staged}")
        try:
            upgrade(staged_engine, backup=lambda _engine, _state: source)  # the backup is the copy from before
            if state.empty:
                upgrade(engine)
            try:
                report = copy_register(
                    staged_engine,
                    engine,
                    progress=progress,
                    clear_target=True,
                    before_copy=lambda connection: _refuse_cases(connection, database),
                )
            except BaseException as error:
                if state.empty:  # the schema made for the copy goes too: the database is left empty, as it came
                    _drop_schema(engine)
                if isinstance(error, CopyError):
                    raise ServerBackupError("server_restore.failed", database=database, cause=error) from error
                raise
        finally:
            staged_engine.dispose()
    cases = report.count("case_file")
    with Session(engine) as session, session.begin():
        audit.record(session, "restore", user_id=None, details={"file": source.name, "cases": cases})
    return ServerRestore(cases=cases, rows=report.rows, schema_created=state.empty)


def _drop_schema(engine: Engine) -> None:
    from sqlalchemy import MetaData

    metadata = MetaData()
    with engine.begin() as connection:
        metadata.reflect(connection)
        metadata.drop_all(connection)


def _refuse_cases(where: Engine | Connection, database: str) -> None:
    from registry.models import Case

    statement = select(func.count()).select_from(Case)
    if isinstance(where, Engine):
        with where.connect() as connection:
            cases = connection.execute(statement).scalar_one()
    else:
        cases = where.execute(statement).scalar_one()
    if cases:
        raise ServerBackupError("server_restore.not_empty", database=database, cases=cases, sql="CREATE DATABASE")
