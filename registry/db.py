"""Engines, sessions and the schema check every start goes through (back up, verify, upgrade)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from registry import config, keys
from registry.i18n.error import RegistryError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"


class SchemaError(RegistryError):
    """The database cannot be used by this program as it is (too new, not a register, or its upgrade failed)."""

    key = "schema.failed"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """Foreign keys on, WAL for readers beside one writer, FULL sync so a committed save survives power loss.

    Another program's database is refused before anything is set: WAL mode is written into the file's header,
    and a file that is not ours must leave exactly as it came.
    """
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported to the user, not logged on stderr
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 15000")
    tables = {
        row[0]
        for row in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    }
    if tables and "alembic_version" not in tables:
        cursor.close()
        raise SchemaError("schema.foreign")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


SQLITE_HEADER = b"SQLite format 3\x00"


def is_encrypted_file(path: Path) -> bool:
    """An existing, non-empty file that does not start with SQLite's plain-text header."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as handle:
        return handle.read(16) != SQLITE_HEADER


class DatabaseKeyError(RegistryError):
    """The database is encrypted and no key that opens it was found."""

    key = "db.key_missing"


def _plain_sqlite_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def encrypted_engine(path: Path, key: str, **kwargs: Any) -> Engine:
    """An engine on a SQLCipher file; ``key`` is a raw key ``x'..'`` or a passphrase."""
    url = URL.create("sqlite+pysqlcipher", password=key, database=str(path))
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class DatabaseDamaged(RegistryError):
    """The key is right (the first page decrypts) but the file is damaged; see services.integrity."""

    key = "register.damaged"


def key_opens(engine: Engine) -> bool:
    """Whether the engine's key opens its file; DatabaseDamaged when it does but the file is damaged.

    A wrong key fails on the first page ("file is not a database"); the right key on a damaged file fails later
    ("malformed"): the two must not be confused, or a damaged register would be reported as a wrong passphrase.
    """
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DatabaseError as error:
        engine.dispose()
        if "malformed" in str(error.orig):
            raise DatabaseDamaged(path=str(engine.url.database), detail=str(error.orig), backup="—") from error
        return False
    return True


def make_engine(url: str | None = None, *, passphrase: str | None = None, **kwargs: Any) -> Engine:
    """An engine for the URL; an encrypted SQLite file is opened with its key from the keyring (or passphrase)."""
    url = config.database_url(url)
    if not is_sqlite(url):
        return create_engine(config.with_stored_password(url), pool_pre_ping=True, **kwargs)
    path = sqlite_path(url)
    if path is None:
        return _plain_sqlite_engine(url, **kwargs)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not is_encrypted_file(path):
        return _plain_sqlite_engine(url, **kwargs)
    candidates = keys.candidate_keys(path, passphrase)
    for key in candidates:
        engine = encrypted_engine(path, key, **kwargs)
        if key_opens(engine):
            return engine
    raise DatabaseKeyError("db.key_wrong" if candidates else "db.key_missing", path=str(path))


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: committed if the block ends normally, rolled back entirely if it raises."""
    with factory() as session, session.begin():
        yield session


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=]*=\s*['\"]?([\w]+|None)['\"]?", re.MULTILINE)


@lru_cache(maxsize=1)
def known_revisions() -> tuple[str, ...]:
    """Every revision of this program, oldest first, read from the revision files without importing Alembic.

    Importing Alembic costs about a tenth of a second; every start needs these, an upgrade rarely (a test checks
    that this agrees with Alembic's own reading).
    """
    parents: dict[str, str | None] = {}
    for path in MIGRATIONS_DIR.joinpath("versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            parent = found.get("down_revision")
            parents[found["revision"]] = None if parent in (None, "None") else parent
    children = {parent: child for child, parent in parents.items()}
    chain, current = [], children.get(None)
    while current is not None:
        chain.append(current)
        current = children.get(current)
    return tuple(chain)


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return _current_revision(connection)


def _current_revision(connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    has_tables: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def empty(self) -> bool:
        return self.current is None and not self.has_tables


def schema_state(engine: Engine) -> SchemaState:
    with engine.connect() as connection:
        current = _current_revision(connection)
        has_tables = bool(inspect(connection).get_table_names())
    return SchemaState(current=current, head=head_revision(), has_tables=has_tables)


BackupStep = Callable[[Engine, SchemaState], Path | None]
"""Makes and verifies a copy of a database before it is upgraded; returns where the copy is (see
``registry.services.backup.backup_before_upgrade``).  Passed in by the caller, so this module needs no services."""


def upgrade(engine: Engine, *, backup: BackupStep | None = None, revision: str = "head") -> Path | None:
    """Bring the database to ``revision``; an existing database is first copied by ``backup`` (which verifies it).

    Returns the backup's path (None for a new, empty database).  Refuses a database written by a newer program
    and a database that has tables but was never under migration control.  The migration runs in one
    transaction: if it fails, nothing of it stays (on SQLite the file is left byte-identical).
    """
    state = schema_state(engine)
    if state.current is not None and state.current not in known_revisions():
        raise SchemaError("schema.newer", revision=state.current)
    if state.current is None and state.has_tables:
        raise SchemaError("schema.foreign")
    if state.current == state.head and revision == "head":
        return None
    made: Path | None = None
    if not state.empty:
        if backup is None:
            raise ValueError("an existing database is upgraded only after a backup step")
        made = backup(engine, state)
    from alembic.util import CommandError as AlembicError

    try:
        _migrate(engine, revision)
    except SchemaError:
        raise
    except (SQLAlchemyError, AlembicError) as error:
        detail = str(getattr(error, "orig", None) or error).splitlines()[0][:300]
        raise SchemaError("schema.upgrade_failed", detail=detail, backup=str(made or "—")) from error
    return made


#: SQLite's page cache while upgrading (KiB; taken only as pages are read).  An upgrade reads and writes whole tables
#: in one transaction and ends with the foreign-key check, which looks up a parent row for every child row in
#: the child's order: with the default 2 MiB, nearly every lookup misses, and on an encrypted register each miss
#: decrypts a page again (200,000 cases, 0008: the check alone 30 s with 2 MiB, 9 s with 256 MiB).
UPGRADE_CACHE_KIB = 262_144


def _migrate(engine: Engine, revision: str) -> None:
    """Run Alembic in one transaction.

    SQLite needs help for that: the stdlib-style drivers begin a transaction only before DML, so DDL would commit
    statement by statement and a failure halfway would leave half a migration.  ``BEGIN IMMEDIATE`` makes the
    whole upgrade one write transaction.  Foreign keys are off meanwhile (SQLite's own advice for table rebuilds,
    which batch migrations do: with them on, dropping a parent table would cascade into its children) and
    checked before the commit.
    """
    from alembic import command

    cfg = alembic_config()
    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        cache = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
        connection.exec_driver_sql(f"PRAGMA cache_size = {-UPGRADE_CACHE_KIB}")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, revision)
                broken = broken_foreign_key(connection)
                if broken is not None:
                    raise SchemaError("schema.foreign_keys_broken", table=broken)
            except BaseException:
                connection.rollback()
                raise
            connection.commit()
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.exec_driver_sql(f"PRAGMA cache_size = {cache}")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def broken_foreign_key(connection: Connection) -> str | None:
    """A SQLite table holding a row whose parent row is missing, or None: what ``PRAGMA foreign_key_check`` tells.

    The pragma looks the parent up for every child row, in the child's order: on a large register that is millions
    of scattered reads, and on an encrypted one every page it misses is decrypted again (200,000 cases: 24 s of an
    upgrade, against 13 s here).  Here each table is read once and its keys are compared with the set of each
    parent's keys (``NOT IN (SELECT +key ...)`` builds that set; the ``+`` keeps SQLite from looking every key up in
    the parent instead).  A key of several columns, or one that is not an integer, is left to the pragma.
    """
    tables = (
        connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        .scalars()
        .all()
    )
    for table in tables:
        keys: dict[int, list[Any]] = {}
        for row in connection.exec_driver_sql(f"PRAGMA foreign_key_list({_quoted(table)})"):
            keys.setdefault(row[0], []).append(row)
        checks: list[str] = []  # names from the schema itself, quoted
        for rows in keys.values():
            _id, _seq, parent, column, referenced = rows[0][:5]
            types = {
                info[1]: str(info[2]).upper()
                for info in connection.exec_driver_sql(f"PRAGMA table_info({_quoted(parent)})")
            }
            if len(rows) > 1 or referenced is None or types.get(referenced) != "INTEGER":
                checks = []
                break
            key, parent_key = _quoted(column), _quoted(referenced)
            checks.append(
                f"({key} IS NOT NULL AND {key} NOT IN (SELECT +{parent_key} FROM {_quoted(parent)}"  # noqa: S608
                f" WHERE {parent_key} IS NOT NULL))"
            )
        if checks:
            statement = f"SELECT 1 FROM {_quoted(table)} WHERE {' OR '.join(checks)} LIMIT 1"  # noqa: S608
        elif keys:
            statement = f"PRAGMA foreign_key_check({_quoted(table)})"
        else:
            continue
        if connection.exec_driver_sql(statement).first() is not None:
            return table
    return None


def timestamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
