"""Seeding: batches produced here or in a helper process, written by ``executemany`` of a Core insert compiled
once, with SQLite's bulk-load settings on the seeding connection; ``seed_demo`` is the entry point."""

from __future__ import annotations

import datetime as dt
import gc
import json
import marshal
import multiprocessing
import os
import time
from collections.abc import Callable, Generator, Iterable
from contextlib import closing, nullcontext
from dataclasses import dataclass
from typing import Any

import sqlcipher3
from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    Table,
    bindparam,
    func,
    insert,
    literal_column,
    null,
    select,
    update,
)
from sqlalchemy.orm import Session

from registry.models import Case, CaseNumberSequence, User, UtcDateTime
from registry.services import audit, visibility
from registry.services.demo import bulk_copy
from registry.services.demo.checklists import Checklists
from registry.services.demo.data import _STAFF
from registry.services.demo.generator import _Context, _Generator, _read_context
from registry.services.demo.pools import _ID_TABLES, _TABLES, Rows
from registry.services.users import hash_password

DEMO_PASSWORD = "demo-password-2026"
#: cases per transaction: big enough to amortise commits, small enough to keep memory and the WAL modest
BATCH_CASES = 20_000
#: from this many cases on, a helper process generates rows while this one writes (2 cores: ~40% faster)
PARALLEL_MIN_CASES = 50_000
#: page cache while seeding, KiB per case (clamped): the random-order indexes (names, JMBG, birth dates) must stay
#: in memory, or every insert into them reads a page back; SQLite only allocates what it uses
_CACHE_KIB_PER_CASE, _CACHE_KIB_MIN, _CACHE_KIB_MAX = 2, 65_536, 2_097_152
#: copy the WAL into the database every this many batches, not at every commit: index pages dirtied by several
#: batches are then written once (SQLite's automatic checkpoint is off on the seeding connection meanwhile)
CHECKPOINT_EVERY = 5
#: tables the helper process writes into a side file of its own when it generates for a copy (``bulk_copy``): the
#: name terms (the costliest inserts: their keys arrive in random order) and the people, whose three random-order
#: indexes it then builds while the writer builds the copy's own (the two ends of the load run side by side)
SIDE_TABLES = ("person_search_term", "person")


@dataclass(frozen=True)
class DemoReport:
    cases: int
    seconds: float


# ---- producing batches, here or in a helper process --------------------------------------------------------------
@dataclass(frozen=True)
class _Side:
    """The side file's tables with their inserts: the helper process writes these rows itself (never marshalled,
    and off the writer's critical path), then builds the ``deferred`` indexes; the rest it sends."""

    path: str
    schema: tuple[str, ...]
    deferred: tuple[str, ...]
    statements: tuple[tuple[str, str], ...]  # (table, insert SQL)
    cache_kib: int


def _produce(context: _Context, sizes: list[int], pipe: Any, side: _Side | None = None) -> None:
    """Helper-process entry: generate every batch, write the side file's tables, send the rest marshalled (three
    times faster than pickle here); then build the side file's deferred indexes, while the writer builds its own."""
    gc.disable()  # see _load; this process ends with the last batch
    generator = _Generator(context)
    statements = side.statements if side is not None else ()
    with closing(_open_side(side)) if side is not None else nullcontext() as connection:
        for count in sizes:
            rows = generator.batch(count)
            if connection is not None:
                for table, statement in statements:
                    connection.executemany(statement, rows.pop(table))
            pipe.send_bytes(marshal.dumps((rows, generator.sequences)))
        pipe.close()
        if connection is not None:
            for sql in side.deferred if side is not None else ():
                connection.execute(sql)
            connection.commit()


def _open_side(side: _Side) -> Any:
    """The side file (plain, private, seen by no one else), with the copy's bulk-load settings."""
    connection = sqlcipher3.connect(side.path)
    for pragma in (
        "journal_mode = OFF",
        "synchronous = OFF",
        "locking_mode = EXCLUSIVE",
        "foreign_keys = OFF",
        "ignore_check_constraints = ON",  # the copy checks every row once it has them
        f"cache_size = {-side.cache_kib:d}",
    ):
        connection.execute(f"PRAGMA {pragma}")
    for statement in side.schema:
        connection.execute(statement)
    connection.commit()
    return connection


class _Producer:
    """Where batches come from: this process, or a second one generating while this one writes (and writing the
    side file's tables itself, complete once it has ended well: ``wait``).  ``close`` stops it if it still runs."""

    def __init__(self, context: _Context, sizes: list[int], parallel: bool, side: _Side | None = None) -> None:
        self.context, self.sizes = context, sizes
        self.process: Any = None
        if not parallel:
            return
        spawn = multiprocessing.get_context("spawn")  # fork would copy open connections and threads
        self.receiver, sender = spawn.Pipe(duplex=False)
        self.process = spawn.Process(
            target=_produce, args=(context, sizes, sender, side), name="registry-demo-data", daemon=True
        )
        self.process.start()
        sender.close()

    def batches(self) -> Generator[tuple[Rows, dict[int, int]], None, None]:
        """Each batch with the case-number counters after it."""
        checklists = Checklists(self.context)  # expanded here, wherever the rest is generated
        if self.process is None:
            generator = _Generator(self.context)
            for count in self.sizes:
                rows = generator.batch(count)
                checklists.expand(rows)
                yield rows, dict(generator.sequences)
            return
        for _ in self.sizes:
            try:
                payload = self.receiver.recv_bytes()
            except EOFError:
                raise RuntimeError(f"the demo data process stopped (exit code {self.process.exitcode})") from None
            rows, sequences = marshal.loads(payload)
            checklists.expand(rows)
            yield rows, sequences

    def wait(self) -> None:
        """Once every batch is in: let the helper process finish its side file, and check that it ended well."""
        if self.process is None:
            return
        self.process.join(timeout=600)
        if self.process.is_alive():
            raise RuntimeError("the demo data process did not finish")
        if self.process.exitcode != 0:
            raise RuntimeError(f"the demo data process failed (exit code {self.process.exitcode})")

    def close(self) -> None:
        """Stop the helper process if it still runs (the writer failed or was interrupted)."""
        if self.process is None:
            return
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout=30)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.receiver.close()


# ---- writing -----------------------------------------------------------------------------------------------------
def _sql_constant(value: Any) -> Any:
    if value is None:
        return null()
    if isinstance(value, bool | int):
        return literal_column(str(int(value)))
    if value == "":
        return literal_column("''")
    raise ValueError(f"no literal for demo constant {value!r}")


class _Writer:
    """Inserts for one connection: the Core insert compiled once and run by the driver's executemany on SQLite;
    typed Core inserts of dicts elsewhere (PostgreSQL is not the demo's speed target)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.sqlite = connection.dialect.name == "sqlite"
        self.statements: dict[str, str] = {}
        self.converters: dict[str, list[tuple[int, Any, Callable[[Any], Any]]]] = {}
        for spec in _TABLES:
            table: Table = spec.model.__table__
            nulls = spec.nulls
            if self.sqlite:
                values: dict[str, Any] = {k: _sql_constant(v) for k, v in spec.constants.items()}
                for name, stand_in in nulls.items():  # the generator's stand-in for NULL becomes NULL
                    values[name] = func.nullif(bindparam(name), _sql_constant(stand_in))
                statement = insert(table).values(values)
                compiled = statement.compile(
                    dialect=connection.dialect, column_keys=[name for name in spec.columns if name not in nulls]
                )
                if tuple(compiled.positiontup or ()) != spec.columns:
                    raise RuntimeError(f"the demo's columns of {table.name} no longer match the model")
                self.statements[spec.name] = str(compiled)
            else:
                self.converters[spec.name] = [
                    (i, nulls.get(name, _NO_STAND_IN), _converter(table.c[name].type))
                    for i, name in enumerate(spec.columns)
                    if name in nulls or isinstance(table.c[name].type, UtcDateTime | Date | JSON | Boolean)
                ]

    def write(self, rows: Rows) -> None:
        for spec in _TABLES:
            batch = rows.get(spec.name)  # none: the helper process wrote them into the side file
            if not batch:
                continue
            if self.sqlite:
                self.connection.exec_driver_sql(self.statements[spec.name], batch)
                continue
            converters = self.converters[spec.name]
            dicts = []
            for row in batch:
                values = list(row)
                for i, stand_in, convert in converters:
                    values[i] = None if values[i] == stand_in else convert(values[i])
                dicts.append({**spec.constants, **dict(zip(spec.columns, values, strict=True))})
            self.connection.execute(insert(spec.model), dicts)


_NO_STAND_IN = object()


def _converter(column_type: Any) -> Callable[[Any], Any]:
    """From the demo's SQLite-ready value to what the PostgreSQL driver takes for the column."""
    if isinstance(column_type, UtcDateTime):
        return _parse_moment
    if isinstance(column_type, Date):
        return dt.date.fromisoformat
    if isinstance(column_type, JSON):
        return json.loads
    if isinstance(column_type, Boolean):
        return bool
    return _same


def _same(value: Any) -> Any:
    return value


def _parse_moment(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


def _save_sequences(connection: Connection, prefix: str, sequences: dict[int, int]) -> None:
    """Advance the case-number counters with the batch, so a real registration never reuses a demo number."""
    counter = CaseNumberSequence
    existing = set(connection.scalars(select(counter.year).where(counter.prefix == prefix)))
    for year, last in sequences.items():
        if year in existing:
            connection.execute(
                update(counter)
                .where(counter.prefix == prefix, counter.year == year, counter.last_value < last)
                .values(last_value=last)
            )
        else:
            connection.execute(insert(counter).values(prefix=prefix, year=year, last_value=last))


def _advance_postgres_sequences(connection: Connection) -> None:
    """Ids were given explicitly; move each id sequence past them so the next ordinary insert does not collide."""
    for spec in _TABLES:
        if spec.name in _ID_TABLES:
            last = connection.scalar(select(func.max(spec.model.__table__.c.id)))
            if last:
                connection.execute(select(func.setval(func.pg_get_serial_sequence(spec.name, "id"), last)))


def _ensure_staff(session: Session) -> None:
    """The demo team, if missing; one argon2 hash shared by all (hashing fourteen times would take seconds)."""
    existing = set(session.scalars(select(User.username)))
    missing = [entry for entry in _STAFF if entry[0] not in existing]
    if not missing:
        return
    password_hash = hash_password(DEMO_PASSWORD)
    for username, full_name, role, title in missing:
        session.add(
            User(
                username=username,
                full_name=full_name,
                role=role,
                title=title,
                active=True,
                password_hash=password_hash,
                must_change_password=False,
            )
        )
    session.flush()


def seed_demo(
    session: Session,
    *,
    cases: int,
    seed: int = 1,
    only_if_empty: bool = False,
    progress: Callable[[int], None] | None = None,
    now: dt.datetime | None = None,
) -> DemoReport:
    """Add ``cases`` synthetic cases (and the demo staff, if missing).

    The session is committed first (pending work in it would hold SQLite's write lock).  An empty SQLite file
    register is filled in a copy that replaces it once complete and verified (``bulk_copy``: all or nothing);
    otherwise the rows go in batch by batch, each committed, over a connection of their own, so SQLite's
    bulk-load settings stay on that connection and are restored after.  From ``PARALLEL_MIN_CASES`` cases on, a
    helper process generates while this one writes: call it from code under ``if __name__ == "__main__":``.
    ``now`` is where the demo timeline ends (default: the start of today, UTC, so that a seed gives the same data
    all day).
    """
    started = time.perf_counter()
    if only_if_empty and session.scalar(select(Case.id).limit(1)) is not None:
        return DemoReport(0, time.perf_counter() - started)
    anchor = now or dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    session.commit()
    sizes = [min(BATCH_CASES, cases - start) for start in range(0, cases, BATCH_CASES)]
    parallel = cases >= PARALLEL_MIN_CASES and (os.cpu_count() or 1) > 1
    if bulk_copy.eligible(session):
        session.commit()  # the check's read transaction would count as someone having the register open
        try:
            engine = session.get_bind().engine
            with bulk_copy.seeding_copy(engine, cases, SIDE_TABLES if parallel else ()) as filling:
                copy, side_file = filling.session, filling.side
                context, first_new_case = _start(copy, seed=seed, cases=cases, anchor=anchor)
                writer = _Writer(copy.connection())
                side = None
                if side_file is not None:
                    side = _Side(
                        side_file.path,
                        side_file.schema,
                        side_file.deferred,
                        tuple((table, writer.statements[table]) for table in side_file.tables),
                        _cache_kib(cases),
                    )
                with closing(_Producer(context, sizes, parallel, side)) as producer:
                    _load(writer, context, producer.batches(), progress, commit_each=False)
                    _finish(copy, first_new_case, cases)
                    filling.build_indexes()  # while the helper process builds the side file's
                    producer.wait()  # the side file complete before the copy takes it
            return DemoReport(cases, time.perf_counter() - started)
        except bulk_copy.NotPossible:
            pass  # in use or no longer empty: in place, batch by batch

    context, first_new_case = _start(session, seed=seed, cases=cases, anchor=anchor)
    with session.get_bind().engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        saved: list[tuple[str, Any]] = []
        if sqlite:
            for pragma, value in (("synchronous", 0), ("cache_size", -_cache_kib(cases)), ("wal_autocheckpoint", 0)):
                saved.append((pragma, connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()))
                connection.exec_driver_sql(f"PRAGMA {pragma} = {int(value)}")
            connection.commit()
        try:
            with closing(_Producer(context, sizes, parallel)) as producer:
                _load(_Writer(connection), context, producer.batches(), progress, commit_each=True)
                producer.wait()
            if not sqlite:
                _advance_postgres_sequences(connection)
                connection.commit()
        finally:
            connection.rollback()
            if sqlite:
                for pragma, value in saved:
                    connection.exec_driver_sql(f"PRAGMA {pragma} = {int(value)}")
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.commit()
    _finish(session, first_new_case, cases)
    return DemoReport(cases, time.perf_counter() - started)


def _start(session: Session, *, seed: int, cases: int, anchor: dt.datetime) -> tuple[_Context, int]:
    """The demo staff (if missing), committed, and what the generator needs; the first new case's id."""
    _ensure_staff(session)
    context = _read_context(session, seed=seed, total=cases, anchor=anchor)
    first_new_case = (session.scalar(select(func.max(Case.id))) or 0) + 1
    session.commit()
    return context, first_new_case


def _cache_kib(cases: int) -> int:
    return min(_CACHE_KIB_MAX, max(_CACHE_KIB_MIN, cases * _CACHE_KIB_PER_CASE))


def _load(
    writer: _Writer,
    context: _Context,
    batches: Iterable[tuple[Rows, dict[int, int]]],
    progress: Callable[[int], None] | None,
    *,
    commit_each: bool,
) -> None:
    """Write every batch; with ``commit_each``, commit each with its case-number counters (and checkpoint now
    and then), else leave it all in one transaction for the caller."""
    connection = writer.connection
    sqlite = connection.dialect.name == "sqlite"
    written = 0
    sequences: dict[int, int] = {}
    collecting = gc.isenabled()
    gc.disable()  # batches are millions of tuples and make no cycles: the collector would walk them over and over
    try:
        for number, (rows, sequences) in enumerate(batches, start=1):
            writer.write(rows)
            if commit_each:
                _save_sequences(connection, context.prefix, sequences)
                connection.commit()
                if sqlite and number % CHECKPOINT_EVERY == 0:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
            written += len(rows["case_file"])
            if progress is not None:
                progress(written)
    finally:
        if collecting:
            gc.enable()
    if not commit_each:
        _save_sequences(connection, context.prefix, sequences)


def _finish(session: Session, first_new_case: int, cases: int) -> None:
    visibility.refresh_from(session, first_new_case)  # one set-based pass over the new cases
    audit.record(session, "demo.seed", user_id=None, details={"cases": cases})
    session.commit()
