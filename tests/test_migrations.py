"""Upgrading: every earlier revision with data in it reaches head with nothing lost; models and migrations agree."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import sessionmaker

from registry.db import SchemaError, alembic_config, head_revision, known_revisions, make_engine, schema_state, upgrade
from registry.services.audit import verify_chain
from registry.services.backup import upgrade_with_backup
from registry.services.schema_check import schema_differences
from tests.conftest import scratch_pg_database
from tests.schema_fixtures import FIXTURES, dump, load, without_derived


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite'}"
        return
    with scratch_pg_database("registry_migration") as (_name, url):
        yield url


@pytest.fixture
def empty_engine(empty_url: str) -> Iterator[Engine]:
    engine = make_engine(empty_url)
    yield engine
    engine.dispose()


def test_revision_chain_is_linear() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    revisions = list(known_revisions())
    assert revisions == [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert revisions[-1] == head_revision()
    for earlier, later in zip(revisions, revisions[1:], strict=False):
        assert script.get_revision(later).down_revision == earlier


def test_models_and_migrations_agree(empty_engine: Engine) -> None:
    upgrade(empty_engine)
    assert schema_differences(empty_engine) == []


def test_every_earlier_revision_has_saved_data() -> None:
    """Before a revision is added, the data of the one before it is saved (python -m tests.schema_fixtures)."""
    saved = {path.stem for path in FIXTURES.glob("*.json")}
    assert set(known_revisions()[:-1]) <= saved


@pytest.mark.parametrize("revision", known_revisions()[:-1])
def test_upgrade_from_every_revision_keeps_every_row(empty_engine: Engine, revision: str, tmp_path: Path) -> None:
    saved = json.loads((FIXTURES / f"{revision}.json").read_text(encoding="utf-8"))
    upgrade(empty_engine, revision=revision)
    load(empty_engine, saved)
    backup = upgrade_with_backup(empty_engine, backup_dir=tmp_path / "backups")
    assert backup is not None and backup.exists()
    assert schema_state(empty_engine).up_to_date
    after = without_derived(dump(empty_engine), revision)
    rechained = revision < "0005"  # 0005 re-chains the audit trail over the details' digests (and says so)
    if rechained:
        marker = after["audit_event"].pop()
        assert marker["action"] == "audit.chain_upgraded" and marker["details"]["old_intact"] is True
        assert marker["details"]["events"] == len(saved["audit_event"])
        with sessionmaker(empty_engine)() as session:
            assert verify_chain(session).ok
    for table, rows in saved.items():
        assert len(after[table]) == len(rows), table
        for before_row, after_row in zip(rows, after[table], strict=True):
            kept = {key: value for key, value in before_row.items() if key in after_row}
            if rechained and table == "audit_event":
                kept = {key: value for key, value in kept.items() if key not in ("hash", "prev_hash")}
            assert {key: after_row[key] for key in kept} == kept, table  # 1 == True: SQLite 0/1 vs booleans


def test_older_sqlite_database_is_backed_up_and_verified_before_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    first = known_revisions()[0]
    upgrade(engine, revision=first)
    load(engine, json.loads((FIXTURES / f"{first}.json").read_text(encoding="utf-8")))
    backup = upgrade_with_backup(engine, backup_dir=tmp_path / "backups")
    engine.dispose()
    assert backup is not None
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == first
        assert copy.execute("SELECT count(*) FROM case_file").fetchone()[0] == 4
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_database_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    copy = tmp_path / "before.sqlite"
    engine.dispose()
    shutil.copyfile(path, copy)
    with pytest.raises(SchemaError, match="newer version"):
        upgrade(make_engine(f"sqlite:///{path}"))
    assert path.read_bytes() == copy.read_bytes()


def test_existing_database_is_never_upgraded_without_a_backup_step(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    upgrade(engine, revision=known_revisions()[0])
    with pytest.raises(ValueError, match="backup"):
        upgrade(engine)
    assert schema_state(engine).current == known_revisions()[0]
    engine.dispose()


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(SchemaError, match="not a case register"):
        upgrade(make_engine(f"sqlite:///{path}"))


def test_every_broken_foreign_key_stops_an_upgrade(tmp_path: Path) -> None:
    """The check before an upgrade's commit (one read of each table against the set of its parents' keys) finds a
    row whose parent is missing in every table that has one, as SQLite's own foreign-key check does."""
    from registry.db import broken_foreign_key

    engine = make_engine(f"sqlite:///{tmp_path / 'register.sqlite'}")
    upgrade(engine, revision="0007")
    load(engine, json.loads((FIXTURES / "0007.json").read_text(encoding="utf-8")))
    upgrade(engine, backup=lambda _engine, _state: None)
    tried = set()
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        assert broken_foreign_key(connection) is None
        tables = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars().all()
        for table in tables:
            for _id, _seq, _parent, column, *_rest in connection.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")'):
                # names from the schema itself
                value = connection.exec_driver_sql(
                    f'SELECT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL LIMIT 1'  # noqa: S608
                ).scalar()
                if value is None:
                    continue
                connection.exec_driver_sql("SAVEPOINT orphan")
                connection.exec_driver_sql(
                    f'UPDATE "{table}" SET "{column}" = 987654321 WHERE "{column}" = ?',  # noqa: S608
                    (value,),
                )
                assert broken_foreign_key(connection) == table, (table, column)
                assert connection.exec_driver_sql("PRAGMA foreign_key_check").first()[0] == table
                connection.exec_driver_sql("ROLLBACK TO orphan")
                connection.exec_driver_sql("RELEASE orphan")
                tried.add(f"{table}.{column}")
        connection.rollback()
    engine.dispose()
    assert {
        "person_search_term.person_id",
        "case_viewer.user_id",
        "case_file.child_id",
        "referral.case_id",
        "checklist_item.case_id",
        "household_member.person_id",
    } <= tried, tried
