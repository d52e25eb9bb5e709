"""Registers full of real data for the storage tests (copies, server backups, restores, kill trials).

``fill`` makes an empty database a register with one of everything (the schema fixtures' builder), some demo
cases, and the awkward values a copy between SQLite and PostgreSQL must keep: an institution whose parent has a
larger id, a binary logo, long and non-Latin text.
"""

from __future__ import annotations

import datetime as dt
import shutil
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, select, update

from registry.db import make_engine, session_factory, transaction, upgrade
from registry.encryption import create_encrypted

PROFILE = "novi-grad-sarajevo"


def new_database(url: str, *, encrypted: bool = False, passphrase: str | None = None, revision: str = "head") -> Engine:
    """An empty database at ``revision`` (an encrypted SQLite file keeps its key in the keyring or a passphrase)."""
    from registry.db import encrypted_engine, sqlite_path

    path = sqlite_path(url) if url.startswith("sqlite") else None
    if encrypted and path is not None:
        create_encrypted(path, passphrase=passphrase)
        engine = encrypted_engine(path, passphrase) if passphrase else make_engine(url)
    else:
        engine = make_engine(url)
    upgrade(engine, revision=revision)
    return engine


def fill(engine: Engine, *, demo_cases: int = 12) -> None:
    """One of everything the register holds, demo cases, and values that are easy to get wrong in a copy."""
    from registry.models import Centre, Institution
    from registry.services.demo import seed_demo
    from registry.services.setup import initialise
    from tests.schema_fixtures import build

    sessions = session_factory(engine)
    with transaction(sessions) as session:
        initialise(session, PROFILE)
    build(engine)
    if demo_cases:
        with sessions() as session:
            seed_demo(session, cases=demo_cases, seed=7, now=dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    with transaction(sessions) as session:
        child = Institution(
            name="Područna škola Đurđevik",
            name_cyrl="Подручна школа Ђурђевик",
            search_key="podrucna skola durdevik",
            sector="education",
            notes="Č" * 6000,
        )
        parent = Institution(
            name="Општина / Općina", name_cyrl="Општина", search_key="opstina", sector="other", active=False
        )
        session.add(child)
        session.flush()
        session.add(parent)
        session.flush()
        child.parent_id = parent.id  # the parent has the larger id: a copy in id order must still link them
        session.execute(update(Centre).values(logo=bytes(range(256)) * 4))


def rows(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in primary-key order, as Python values (what "equal row by row" compares)."""
    metadata = MetaData()
    with engine.connect() as connection:
        metadata.reflect(connection)
        found = {}
        for table in metadata.sorted_tables:
            keys = [column.name for column in table.primary_key.columns] or [c.name for c in table.columns]
            table_rows = [dict(row) for row in connection.execute(select(table)).mappings()]
            # sorted here: SQLite and PostgreSQL order text keys differently
            found[table.name] = sorted(table_rows, key=lambda row: tuple(row[key] for key in keys))
        return found


def case_count(engine: Engine) -> int:
    from sqlalchemy import func

    from registry.models import Case

    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(Case)).scalar_one())


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


# ----------------------------------------------------------------------- templates built once per test session

TEMPLATE_KEY = "x'" + "5a" * 32 + "'"  #: the raw key of the encrypted templates (stored in the test's keyring)
TEMPLATE_PASSPHRASE = "lozinka za kopiju registra"


def export_encrypted(plain: Path, target: Path, key: str) -> Path:
    """An encrypted copy of a plain register file (SQLCipher's export), as ``db encrypt`` makes one."""
    import sqlcipher3

    from registry.services.sqlite_files import quoted

    connection = sqlcipher3.connect(str(plain), isolation_level=None)
    try:
        connection.execute(f"ATTACH DATABASE ? AS encrypted KEY {quoted(key)}", (str(target),))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    return target


@dataclass
class Templates:
    """Registers made once per session, copied per test: filled and empty (at head), plain and encrypted."""

    folder: Path
    _pg: dict[str, str] = field(default_factory=dict)
    _contexts: list[Any] = field(default_factory=list)

    def sqlite(self, filled: bool) -> Path:
        path = self.folder / ("filled.sqlite" if filled else "empty.sqlite")
        if not path.exists():
            engine = new_database(sqlite_url(path))
            if filled:
                fill(engine)
            engine.dispose()
            Path(f"{path}-wal").unlink(missing_ok=True)
        return path

    def encrypted(self, filled: bool, key: str) -> Path:
        name = f"{'filled' if filled else 'empty'}-{'key' if key == TEMPLATE_KEY else 'passphrase'}.sqlite"
        path = self.folder / name
        if not path.exists():
            export_encrypted(self.sqlite(filled), path, key)
        return path

    def postgresql(self, filled: bool) -> str:
        """The name of a server database to use as a template."""
        kind = "filled" if filled else "empty"
        if kind not in self._pg:
            from tests.conftest import scratch_pg_database

            context = scratch_pg_database(f"registry_{kind}")
            name, url = context.__enter__()
            self._contexts.append(context)
            engine = new_database(url)
            if filled:
                fill(engine)
            engine.dispose()
            self._pg[kind] = name
        return self._pg[kind]

    def close(self) -> None:
        for context in reversed(self._contexts):
            context.__exit__(None, None, None)


def make_register(
    templates: Templates, folder: Path, kind: str, name: str, *, filled: bool, stack: ExitStack
) -> Engine:
    """A register of ``kind`` (encrypted = keyring key, passphrase, plain, postgresql) for one test."""
    from tests.conftest import scratch_pg_database

    if kind == "postgresql":
        _name, url = stack.enter_context(scratch_pg_database("copy", templates.postgresql(filled)))
        engine = make_engine(url)
    elif kind == "plain":
        path = folder / f"{name}.sqlite"
        shutil.copyfile(templates.sqlite(filled), path)
        engine = make_engine(sqlite_url(path))
    else:
        key = TEMPLATE_KEY if kind == "encrypted" else TEMPLATE_PASSPHRASE
        path = folder / f"{name}.sqlite"
        shutil.copyfile(templates.encrypted(filled, key), path)
        if kind == "encrypted":
            from registry import keys

            keys.store_secret(keys.database_key_name(path), key)
            engine = make_engine(sqlite_url(path))
        else:
            engine = make_engine(sqlite_url(path), passphrase=key)
    stack.callback(engine.dispose)
    return engine
