"""Noticing a damaged register: a cheap look at every start, a full check in ``db check`` and at every backup.

Damage (a disk that lost a block, a copy cut short, a file edited by hand) must be noticed before it is copied
over the good backups, and explained: which file, what is wrong, and the newest backup to restore.

- :func:`quick_look` costs milliseconds and runs whenever a register is opened: the file's length against its
  page count (a truncated or extended file), the schema and the schema revision, the first and last rows of the
  case table (the b-tree's edges).  It cannot see a block damaged in the middle of a table;
- :func:`full_check` reads every page: ``PRAGMA integrity_check`` (structure, indexes, constraints) and, for an
  encrypted file, ``PRAGMA cipher_integrity_check`` (every page's authentication code).  A backup checks its copy
  this way (the copy holds the register's pages as they are) and the register itself when the copy fails;
- :func:`damage_of` recognises the errors SQLite raises when a query meets a damaged page, so a command can give
  the same explanation instead of a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from registry import keys
from registry.services.backup_catalog import newest_good_backup
from registry.services.errors import RegistryError
from registry.services.sqlite_files import DATABASE_ERRORS, connect_file

_DAMAGE_WORDS = ("malformed", "not a database", "disk image", "hmac", "corrupt")


class RegisterDamaged(RegistryError):
    """The register's file is damaged; nothing was changed, and the newest good backup is named."""

    key = "register.damaged"


def register_file(engine: Engine) -> Path | None:
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def engine_key(engine: Engine) -> str | None:
    """The SQLCipher key an engine opens its file with (None for a plain file)."""
    return engine.url.password if engine.url.drivername == "sqlite+pysqlcipher" else None


def register_damaged(path: Path, detail: str) -> RegisterDamaged:
    """The error to raise for damage found in the register at ``path``, naming its newest good backup."""
    backup = newest_good_backup(path.stem, keys.backup_candidate_keys(path))
    return RegisterDamaged(path=str(path), detail=detail[:300], backup=str(backup) if backup else "—")


def quick_look(engine: Engine) -> None:
    """A check cheap enough for every start; raises RegisterDamaged (see the module's notes for what it sees)."""
    path = register_file(engine)
    if path is None or not path.is_file():
        return
    try:
        with engine.connect() as connection:
            page_size = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())
            pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())
            size = path.stat().st_size
            wal = Path(f"{path}-wal")
            settled = not wal.exists() or wal.stat().st_size == 0  # else newer pages may be in the WAL only
            if size % page_size or (settled and size != pages * page_size):
                raise register_damaged(path, f"{size} bytes for {pages} pages of {page_size} bytes")
            tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
            if "case_file" in tables:
                connection.exec_driver_sql("SELECT * FROM case_file ORDER BY id LIMIT 1").all()
                connection.exec_driver_sql("SELECT * FROM case_file ORDER BY id DESC LIMIT 1").all()
    except RegisterDamaged:
        raise
    except Exception as error:
        detail = damage_of(error)
        if detail is None:
            raise
        raise register_damaged(path, detail) from error


def full_check(path: Path, key: str | None) -> list[str]:
    """Every problem SQLite (and SQLCipher) finds reading every page of the file; [] when it is sound."""
    try:
        connection = connect_file(path, key)
        try:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
            problems = [] if problems == ["ok"] else problems
            if key is not None:
                problems += [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check").fetchall()]
            problems += [
                f"foreign key: {row[0]} row {row[1]} refers to a missing {row[2]}"
                for row in connection.execute("PRAGMA foreign_key_check").fetchall()
            ]
        finally:
            connection.close()
    except DATABASE_ERRORS as error:
        return [str(error)]
    return problems


def check_register(engine: Engine) -> list[str]:
    """The full check of a SQLite register ([] for a server: PostgreSQL checks its own pages)."""
    path = register_file(engine)
    return full_check(path, engine_key(engine)) if path is not None and path.is_file() else []


def damage_of(error: BaseException) -> str | None:
    """SQLite's own words when ``error`` (or what caused it) says the file is damaged; None otherwise."""
    current: Any = error
    while current is not None:
        words = str(getattr(current, "orig", None) or current)
        if type(current).__name__ == "DatabaseError" and any(word in words.lower() for word in _DAMAGE_WORDS):
            return words.splitlines()[0]
        current = current.__cause__ or current.__context__
    return None


def explain_damage(url: str, error: BaseException) -> RegisterDamaged | None:
    """For a command that met a damaged page halfway: the explanation to give instead of a traceback (or None)."""
    detail = damage_of(error)
    if detail is None:
        return None
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return register_damaged(Path(parsed.database), detail)
    return RegisterDamaged(path=parsed.render_as_string(hide_password=True), detail=detail, backup="—")
