"""Seeding an empty SQLite register in a copy of it, which replaces the register in one rename once it is
complete and verified.

Why: a million demo cases are ~28 million rows, and written into the register itself each row pays for what
protects a register in use: the WAL (every page written twice, then checkpointed), a foreign-key look-up per
reference, CHECK constraints (an ``IN`` list builds a small table for every row), and every index kept in step,
some of them in random order (names, JMBG, birth dates).  A copy nobody else can see needs none of that while it
is filled: no journal, foreign keys and CHECK constraints verified once at the end over all rows, secondary
indexes that would take rows in random order dropped and built afterwards from sorted runs (SQLite sorts with a
helper thread).  When a helper process generates, it also writes the people and their name terms (the name
terms are a quarter of the rows, keyed in random order) into a side file of its own, and builds the people's
indexes there while the copy builds its own; the copy takes those tables in whole at the end (``_take_side``), so
the two cores share the SQLite work instead of one of them waiting for the other.

The statistics' change triggers are dropped while the rows go in and created again with the indexes: nothing
is kept of an empty register, so there is nothing for the marks to protect.

Safety: the register is held for this process alone (``exclusive.hold_alone``) from the copy to the rename, so
nothing can be saved into it meanwhile; it is never written.  The copy takes its name only after every index is
rebuilt from the schema's own SQL, every foreign key and every CHECK holds (``copy_checks``), and it is on disk
(``fsync``).  A failure, Ctrl+C or ``kill -9`` at any moment leaves the register as it was (a killed process leaves
a hidden ``.part`` file, removed by the next writer in the folder).  Only a register with no people and no cases
is seeded this way; anything else, or a register someone has open, is seeded in place as before.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import sqlcipher3
from sqlalchemy import Connection, Engine, Table, bindparam, create_engine, exists, select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from registry.models import Case, CaseViewer, Person
from registry.services.demo import copy_checks
from registry.services.demo.pools import _TABLES
from registry.services.exclusive import RegisterInUse, hold_alone
from registry.services.private_files import create_private, part_path, remove_stale_parts
from registry.services.statistics import changes

#: page cache of the copy while it is filled and indexed, KiB per case (clamped); SQLite allocates what it uses
_CACHE_KIB_PER_CASE, _CACHE_KIB_MIN, _CACHE_KIB_MAX = 2, 65_536, 2_097_152
#: the tables whose secondary indexes are built after the rows (every table the demo fills)
_LOADED = tuple(spec.name for spec in _TABLES) + (CaseViewer.__tablename__,)
#: secondary indexes kept while the rows go in (the others are built after them): those whose keys arrive in
#: ascending order (case, person and registration order) or in a few runs that each grow at their end (a worker,
#: a status, a step, a form, an institution), so that each row adds at the end of a page that stays in the cache;
#: the writer does this while the helper process is still generating, instead of reading the table again after
_LIVE = frozenset({
    "ix_case_file_lead_worker_id_id", "ix_case_file_registered_at_id", "ix_case_file_status_id",
    "ix_case_file_child_id_report_received_at", "ix_case_file_report_received_at_covering",
    "ix_case_file_dates_out_of_order_report", "ix_case_file_dates_out_of_order_closed",
    "ix_case_violence_form_code", "ix_household_member_case_id", "ix_household_member_person_id",
    "ix_checklist_item_step_id", "ix_checklist_item_open_case_id_due_at", "ix_consent_case_id",
    "ix_referral_case_id", "ix_referral_institution_id", "ix_person_search_term_person_id",
    "ix_person_contact_term_person_id",
    # keys in time order give or take some months: each row adds within a window of pages that stays cached
    "ix_checklist_item_due_at_covering", "ix_checklist_item_open_due_at", "ix_case_file_closed_at_covering",
    "ix_case_file_assessment_done_at_report_received_at", "ix_case_file_plan_approved_at_assessment_done_at",
    "ix_referral_direction_response_due_at_covering", "ix_referral_direction_sent_at_covering",
    "ix_referral_status_response_due_at", "ix_measure_case_id", "ix_measure_code",
})  # fmt: skip


class NotPossible(Exception):
    """This register cannot be seeded in a copy now (someone has it open, or it is no longer empty)."""


def eligible(session: Session) -> bool:
    """A SQLite file register with no people and no cases (the state after ``registry init``)."""
    engine = session.get_bind().engine
    return engine.dialect.name == "sqlite" and _file(engine) is not None and not _has_rows(session)


def _file(engine: Engine) -> Path | None:
    database = engine.url.database
    return Path(database) if database and database != ":memory:" else None


def _has_rows(session: Session) -> bool:
    return bool(session.scalar(select(exists(select(Case.id)) | exists(select(Person.id)))))


@dataclass(frozen=True)
class SideFile:
    """A plain SQLite file, beside the copy, into which the helper process writes ``tables`` itself: created from
    ``schema`` (their own SQL in the register, with the indexes kept while rows go in), ``deferred`` (the others)
    built once the rows are in, by the helper while the copy builds its own; the copy takes them in whole at the
    end."""

    path: str
    tables: tuple[str, ...]
    schema: tuple[str, ...]
    deferred: tuple[str, ...]


@dataclass
class SeedingCopy:
    """What the seeding code fills: a session on the copy, the side file (if any), and the dropped indexes."""

    session: Session
    side: SideFile | None
    indexes: list[tuple[str, str]]

    def build_indexes(self) -> None:
        """Build the indexes dropped for the load, from the schema's own SQL (once; the exit does it otherwise):
        called while the helper process still finishes the side file, the two builds run side by side."""
        connection = self.session.connection()
        for _name, sql in self.indexes:
            connection.exec_driver_sql(sql)
        self.indexes = []
        self.session.commit()


@contextmanager
def seeding_copy(engine: Engine, cases: int, side_tables: tuple[str, ...] = ()) -> Iterator[SeedingCopy]:
    """A session on a copy of the register, set up for a bulk load, and (with ``side_tables``) the side file for
    those tables; on a clean exit the dropped indexes are built, the side file is copied in (the caller makes
    sure its writer has finished), the copy checked, and it replaces the register.  NotPossible (before
    anything is written) when the register is in use or not empty."""
    path = _file(engine)
    if path is None:
        raise NotPossible("not a SQLite file")
    key = engine.url.password
    engine.dispose()  # this process's own idle connections would count as "someone has it open"
    remove_stale_parts(path.parent)
    copy = part_path(path)
    side_path = part_path(path) if side_tables else None
    with ExitStack() as stack:
        try:
            held = stack.enter_context(hold_alone(path, key if isinstance(key, str) else None))
        except RegisterInUse as error:
            raise NotPossible(str(path)) from error
        try:
            held.copy_to(copy)
            loader = create_engine(engine.url.set(database=str(copy)), poolclass=StaticPool, **_library(engine))
            try:
                indexes = _prepare(loader, cases, side_tables)
                side = None
                if side_path is not None:
                    create_private(side_path)
                    side = SideFile(str(side_path), side_tables, *_schema(loader, side_tables))
                with Session(loader) as session:
                    if _has_rows(session):
                        raise NotPossible(f"{path} is no longer empty")
                    seeding = SeedingCopy(session, side, indexes)
                    yield seeding
                    seeding.build_indexes()
                _finish(loader, side)
            finally:
                loader.dispose()
            _sync(copy)
            held.replace_with(copy, path)
        finally:
            copy.unlink(missing_ok=True)  # gone already once it has replaced the register
            if side_path is not None:
                side_path.unlink(missing_ok=True)


def _library(engine: Engine) -> dict[str, Any]:
    """A plain copy is filled through SQLCipher's SQLite too, with no key (a plain file, which any SQLite reads):
    it is newer than the one Python ships here (3.40) and faster at this (measured: 2 million rows into a keyed
    table in random order 3.6 against 3.9 CPU s, a covering index over 2.2 million rows 2.6 against 3.4)."""
    return {} if engine.dialect.driver == "pysqlcipher" else {"module": sqlcipher3}


def _prepare(loader: Engine, cases: int, side_tables: tuple[str, ...]) -> list[tuple[str, str]]:
    """Bulk-load settings on the copy's one connection, and its secondary indexes dropped (returned for later);
    the side file's tables keep theirs (they stay empty here until they are copied in whole, indexes and all)."""
    cache_kib = min(_CACHE_KIB_MAX, max(_CACHE_KIB_MIN, cases * _CACHE_KIB_PER_CASE))
    helpers = max(0, min(4, (os.cpu_count() or 1) - 1))
    with loader.connect() as connection:
        # outside any transaction: SQLite ignores foreign_keys inside one
        for pragma in (
            "journal_mode = OFF",
            "synchronous = OFF",
            "locking_mode = EXCLUSIVE",
            "foreign_keys = OFF",
            "ignore_check_constraints = ON",
            f"cache_size = {-cache_kib:d}",
            f"threads = {helpers:d}",
        ):
            connection.exec_driver_sql(f"PRAGMA {pragma}")
        indexes = [
            (row.name, row.sql)
            for row in connection.execute(
                text(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                    "AND tbl_name IN :tables ORDER BY tbl_name, rowid"  # a table's indexes one after another
                ).bindparams(bindparam("tables", expanding=True)),
                {"tables": [name for name in _LOADED if name not in side_tables]},
            )
            if row.name not in _LIVE
        ]
        quote = connection.dialect.identifier_preparer.quote
        for name, _sql in indexes:
            connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
        # the statistics' change marks: a row trigger per loaded row marks days of a register nothing was kept of
        changes.drop(connection)
        connection.commit()
    return indexes


def _schema(loader: Engine, tables: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The register's own SQL of ``tables`` and their indexes, to create them in the side file exactly so: the
    tables with the indexes kept while rows go in, and the indexes built after them."""
    with loader.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'index') AND sql IS NOT NULL "
                "AND tbl_name IN :tables "
                "ORDER BY type = 'index', rowid"  # tables first
            ).bindparams(bindparam("tables", expanding=True)),
            {"tables": list(tables)},
        ).all()
    created: list[str] = []
    deferred: list[str] = []
    for row in rows:
        (deferred if row.type == "index" and row.name not in _LIVE else created).append(row.sql)
    return tuple(created), tuple(deferred)


def _take_side(connection: Connection, side: SideFile) -> None:
    """Copy the side file's tables in whole: into an empty table with the same definition and indexes, with
    foreign keys off, SQLite copies the rows and every index's entries in their order, without decoding them
    (its transfer optimisation: 11.6 million name terms in 3.5 CPU s, where inserting them cost 45)."""
    quote = connection.dialect.identifier_preparer.quote
    connection.exec_driver_sql("ATTACH DATABASE ? AS demo_side KEY ''", (side.path,))
    try:
        for table in side.tables:
            name = quote(table)  # one of the demo's own tables
            connection.exec_driver_sql(f"INSERT INTO main.{name} SELECT * FROM demo_side.{name}")  # noqa: S608
        connection.commit()
    finally:
        connection.exec_driver_sql("DETACH DATABASE demo_side")


def _finish(loader: Engine, side: SideFile | None) -> None:
    """Take in the side file's tables, then verify what the load did not check per row."""
    with loader.connect() as connection:
        if side is not None:
            _take_side(connection, side)
        changes.create(connection)
        connection.commit()
        copy_checks.verify(connection, [*(spec.model.__table__ for spec in _TABLES), cast(Table, CaseViewer.__table__)])
        # left as a restore leaves a register: in rollback-journal mode, switched to WAL when next opened
        connection.exec_driver_sql("PRAGMA journal_mode = DELETE")


def _sync(path: Path) -> None:
    handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes only a writable handle
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
