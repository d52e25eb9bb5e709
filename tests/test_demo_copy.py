"""Demo data in an empty SQLite register: built in a copy that replaces the register only when complete and
verified, with the same rows, the same schema and every index, and all or nothing."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from registry.db import make_engine, session_factory, transaction
from registry.models import AuditEvent, Case, CaseViewer, User
from registry.services import audit
from registry.services.demo import bulk_copy, copy_checks, seed_demo
from registry.services.demo import seeding as demo
from registry.services.setup import initialise
from tests.registers import PROFILE, new_database, rows

NOW = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)


def _sqlite_only(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("a PostgreSQL register is always written in place")


def _schema(engine: Engine) -> list[tuple]:
    with engine.connect() as connection:
        return sorted(
            tuple(row)
            for row in connection.exec_driver_sql(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        )


def _leftovers(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith((".part", ".part-journal")))


@pytest.mark.parametrize("helper", [False, True], ids=["here", "helper-process"])
def test_an_empty_register_gets_the_rows_and_schema_it_would_get_in_place(
    engine: Engine, sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper: bool
) -> None:
    """With a helper process, it writes the name terms into a side file that the copy takes in whole."""
    _sqlite_only(engine)
    if helper:
        monkeypatch.setattr(demo, "PARALLEL_MIN_CASES", 1)
        monkeypatch.setattr(demo, "BATCH_CASES", 40)
    schema = _schema(engine)
    with session_factory(engine)() as session:
        assert seed_demo(session, cases=150, seed=4, now=NOW).cases == 150
    assert not _leftovers(Path(str(engine.url.database)).parent)
    assert _schema(engine) == schema  # every index back, as the migrations wrote it
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1

    in_place = tmp_path / "in-place.sqlite"
    shutil.copyfile(sqlite_template, in_place)
    other = make_engine(f"sqlite:///{in_place}")
    monkeypatch.setattr(bulk_copy, "eligible", lambda session: False)
    try:
        with session_factory(other)() as session:
            seed_demo(session, cases=150, seed=4, now=NOW)
        fast, slow = rows(engine), rows(other)
    finally:
        other.dispose()
    for found in (fast, slow):
        for table in ("audit_event", "app_user"):  # moments of the run and a salted hash
            found.pop(table)
        # days the statistics' triggers marked: in place only (a copy drops its triggers while it loads)
        found.pop("statistics_change")
    assert fast == slow
    assert len(fast["case_viewer"]) >= 2 * 150  # lead worker and supervisor of every case
    with session_factory(engine)() as session:
        assert audit.verify_chain(session).ok
        assert session.scalar(select(func.count()).where(AuditEvent.action == "demo.seed")) == 1


def test_an_encrypted_register_stays_encrypted_and_opens_with_its_key(tmp_path: Path) -> None:
    path = tmp_path / "encrypted.sqlite"
    engine = new_database(f"sqlite:///{path}", encrypted=True)
    try:
        with transaction(session_factory(engine)) as session:
            initialise(session, PROFILE)
        with session_factory(engine)() as session:
            seed_demo(session, cases=80, now=NOW)
    finally:
        engine.dispose()
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    reopened = make_engine(f"sqlite:///{path}")  # the key in the keyring still opens it
    try:
        with reopened.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(Case)) == 80
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        reopened.dispose()


def test_a_failure_halfway_leaves_the_empty_register_as_it_was(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    _sqlite_only(engine)
    before = rows(engine)
    monkeypatch.setattr(demo, "PARALLEL_MIN_CASES", 1)  # a helper process generates: it must be stopped
    monkeypatch.setattr(demo, "BATCH_CASES", 50)
    write = demo._Writer.write
    calls: list[int] = []

    def failing_write(self: demo._Writer, batch: demo.Rows) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        write(self, batch)

    monkeypatch.setattr(demo._Writer, "write", failing_write)
    with session_factory(engine)() as session, pytest.raises(RuntimeError, match="disk full"):
        seed_demo(session, cases=500, now=NOW)
    assert not multiprocessing.active_children()
    assert rows(engine) == before  # not even the demo staff
    assert not _leftovers(Path(str(engine.url.database)).parent)


def test_a_helper_process_that_fails_at_its_end_leaves_the_register_as_it_was(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helper process builds the side file's indexes after sending its last batch, while the copy builds its
    own: if that fails, the copy must not take a side file that is not complete."""
    _sqlite_only(engine)
    before = rows(engine)
    monkeypatch.setattr(demo, "PARALLEL_MIN_CASES", 1)
    monkeypatch.setattr(demo, "BATCH_CASES", 50)
    schema = bulk_copy._schema

    def broken_deferred(loader: Engine, tables: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        created, deferred = schema(loader, tables)
        assert deferred, "the people's indexes are built after their rows"
        return created, (*deferred, "CREATE INDEX ix_nowhere ON no_such_table (x)")

    monkeypatch.setattr(bulk_copy, "_schema", broken_deferred)
    with session_factory(engine)() as session, pytest.raises(RuntimeError, match="demo data process failed"):
        seed_demo(session, cases=200, now=NOW)
    assert not multiprocessing.active_children()
    assert rows(engine) == before
    assert not _leftovers(Path(str(engine.url.database)).parent)


@pytest.mark.parametrize("damage", ["check", "foreign_key", "gap"])
def test_a_copy_that_breaks_a_rule_never_replaces_the_register(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    """CHECK constraints and foreign keys are verified once at the end instead of row by row: a bad row fails."""
    _sqlite_only(engine)
    before = rows(engine)
    write = demo._Writer.write

    def damaging_write(self: demo._Writer, batch: demo.Rows) -> None:
        if damage == "check":
            batch["person"][0] = (*batch["person"][0][:8], "X", *batch["person"][0][9:])  # sex
        elif damage == "gap":  # a person missing among the numbered ones: her references are looked up
            del batch["person"][1]
        else:
            member = batch["household_member"][0]
            batch["household_member"][0] = (member[0], member[1], 10**9, *member[3:])  # a person nobody has
        write(self, batch)

    monkeypatch.setattr(demo._Writer, "write", damaging_write)
    with session_factory(engine)() as session, pytest.raises(copy_checks.CopyCheckFailed):
        seed_demo(session, cases=40, now=NOW)
    assert rows(engine) == before
    assert not _leftovers(Path(str(engine.url.database)).parent)


def test_a_register_someone_has_open_is_filled_in_place(engine: Engine) -> None:
    _sqlite_only(engine)
    reader = make_engine(str(engine.url))
    try:
        with reader.connect() as other:
            other.execute(select(func.count()).select_from(User)).scalar()
            with session_factory(engine)() as session:
                seed_demo(session, cases=30, now=NOW)
            assert other.execute(select(func.count()).select_from(Case)).scalar() == 30
            assert other.execute(select(func.count()).select_from(CaseViewer)).scalar() >= 60
    finally:
        reader.dispose()


def test_the_command_fills_a_new_register(tmp_path: Path) -> None:
    from registry.cli import main

    path = tmp_path / "new.sqlite"
    assert main(["--db", f"sqlite:///{path}", "--unencrypted", "--lang", "en", "demo", "--cases", "25"]) == 0
    engine = make_engine(f"sqlite:///{path}")
    try:
        with Session(engine) as session:
            assert session.scalar(select(func.count()).select_from(Case)) == 25
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        engine.dispose()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_killed_demo_leaves_the_empty_encrypted_register_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kill -9 while the copy is being filled (a helper process generating): the register is the empty one it was,
    whole and opening with its key; the next run clears the killed run's copy away and fills the register."""
    passphrase = "a long test passphrase 1"
    monkeypatch.setenv("REGISTRY_DB_PASSPHRASE", passphrase)
    path = tmp_path / "register.sqlite"
    command = [sys.executable, "-m", "registry.cli", "--db", f"sqlite:///{path}", "--lang", "en"]
    subprocess.run([*command, "init", "--profile", PROFILE], check=True, capture_output=True)

    def opened() -> Engine:
        return make_engine(f"sqlite:///{path}", passphrase=passphrase)

    engine = opened()
    try:
        before = rows(engine)
    finally:
        engine.dispose()
    for delay in (0.3, 2.0):
        process = subprocess.Popen(
            [*command, "demo", "--cases", "60000"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 120
        while not _leftovers(tmp_path) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(delay)
        assert process.poll() is None, "the demo ended before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait()
        engine = opened()
        try:
            assert rows(engine) == before, delay
            with engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        finally:
            engine.dispose()
    subprocess.run([*command, "demo", "--cases", "30"], check=True, capture_output=True)
    assert not _leftovers(tmp_path)
    engine = opened()
    try:
        with engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(Case)) == 30
    finally:
        engine.dispose()


def test_every_index_kept_live_during_the_load_is_one_the_register_has(engine: Engine) -> None:
    """The indexes kept while the rows go in are named in ``bulk_copy``: a later migration that renames or drops one
    must change that list too, or the index is quietly built after the load (correct, but the time it saved is lost)."""
    _sqlite_only(engine)
    with engine.connect() as connection:
        names = set(connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars())
    missing = sorted(bulk_copy._LIVE - names)
    assert not missing, missing
