"""Copying a whole register between two databases at the same schema revision, proven equal row by row.

Server backups (PostgreSQL into an encrypted SQLite file), their restore (the file back onto an empty server
database) and moving a register between SQLite and PostgreSQL all come down to the same thing: every row of every
table, in foreign-key order, from one engine to another, and proof that the copy holds exactly what the source
held.  This module does that and nothing else:

- the source is read in **one consistent snapshot**: a read-only REPEATABLE READ transaction on PostgreSQL (saves
  made meanwhile by other sessions neither fail the copy nor appear half in it), one read transaction on SQLite;
- the target is written in **one transaction**, in batches of Core inserts (memory stays flat whatever the size),
  verified before it commits: a copy that does not verify leaves the target as it was;
- PostgreSQL sequences are set past the copied ids, so the next case saved on the server gets a fresh id;
- **verification** compares, per table, the row count and an order-independent SHA-256 of the rows, normalised
  so that the same data hashes alike on SQLite and PostgreSQL (dates, datetimes with or without a time zone,
  booleans, JSON, decimals, binary).

The schema is read from the databases themselves (reflection), so a copy works at any revision, as long as both
sides are at the same one.  JSON is copied as its text, byte for byte (SQL NULL stays NULL, JSON ``null`` stays
``null``); every other value goes through the column's type.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Engine,
    MetaData,
    Table,
    Text,
    TypeDecorator,
    bindparam,
    cast,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.elements import ColumnElement

from registry.services.errors import RegistryError
from registry.services.statistics import changes
from registry.services.statistics.changes import KEPT_TABLES

VERSION_TABLE = "alembic_version"
BATCH_ROWS = 2000
_MODULUS = 1 << 256


class CopyError(RegistryError):
    """The register could not be copied; the target was left as it was (its transaction rolled back)."""

    key = "copy.failed"


@dataclass(frozen=True)
class TableDigest:
    """What one table holds, in a form two databases can compare: its row count and the SHA-256 of its rows."""

    name: str
    rows: int
    digest: str


@dataclass(frozen=True)
class CopyProgress:
    """Where a copy is: ``table`` has ``table_done`` of its ``table_rows`` copied, ``done`` of ``total`` overall."""

    table: str
    table_done: int
    table_rows: int
    done: int
    total: int


Progress = Callable[[CopyProgress], None]


@dataclass(frozen=True)
class CopyReport:
    """A finished, verified copy: the revision and every table's count and digest (equal on both sides)."""

    revision: str
    tables: tuple[TableDigest, ...]
    seconds: float

    @property
    def counts(self) -> dict[str, int]:
        return {table.name: table.rows for table in self.tables}

    @property
    def digests(self) -> dict[str, str]:
        return {table.name: table.digest for table in self.tables}

    @property
    def rows(self) -> int:
        return sum(table.rows for table in self.tables)

    def count(self, table: str) -> int:
        return self.counts.get(table, 0)


# --------------------------------------------------------------------------------------------- snapshots


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that sees the database as it was at one moment, for reading only, until the block ends.

    PostgreSQL: a READ ONLY REPEATABLE READ transaction (its snapshot is taken at the first query and kept).
    SQLite: an explicit ``BEGIN`` (the driver would otherwise run every SELECT in a transaction of its own); in
    WAL mode the snapshot is taken at the first read and writers go on meanwhile.
    """
    if engine.dialect.name == "postgresql":
        options: dict[str, Any] = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
        with engine.connect().execution_options(**options) as connection, connection.begin():
            yield connection
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("BEGIN")
        try:
            yield connection
        finally:
            connection.rollback()


@contextmanager
def _writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction on the target, committed only if the block ends normally.

    SQLite takes the write lock at once (``BEGIN IMMEDIATE``), so the emptiness check and the copy see the same
    file; PostgreSQL locks every table against other writers (readers go on) inside the transaction.
    """
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.begin()
        try:
            yield connection
        except BaseException:
            connection.rollback()
            raise
        connection.commit()


def _reflect(connection: Connection) -> MetaData:
    metadata = MetaData()
    metadata.reflect(connection)
    return metadata


def revision_of(connection: Connection, metadata: MetaData) -> str | None:
    table = metadata.tables.get(VERSION_TABLE)
    if table is None:
        return None
    return connection.execute(select(table.c.version_num)).scalar()


# ------------------------------------------------------------------------------------------ digests


def _number(value: float | decimal.Decimal) -> str:
    number = decimal.Decimal(str(value)) if isinstance(value, float) else value
    normal = number.normalize()
    return "n" + (format(normal, "f") if normal == normal.to_integral_value() else str(normal))


def _moment(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return "t" + value.isoformat(timespec="microseconds")


def _text(value: str) -> str:
    return "s" + value.replace("\\", "\\\\").replace(_SEPARATOR, "\\e")


_SEPARATOR = "\x1e"
_BY_TYPE: dict[type, Callable[[Any], str]] = {
    str: _text,
    int: lambda value: "n" + str(value),
    bool: lambda value: "b1" if value else "b0",
    float: _number,
    decimal.Decimal: _number,
    dt.datetime: _moment,
    dt.date: lambda value: "d" + value.isoformat(),
    dt.time: lambda value: "h" + value.isoformat(timespec="microseconds"),
    dt.timedelta: lambda value: "i" + str(value // dt.timedelta(microseconds=1)),
    bytes: lambda value: "x" + value.hex(),
    memoryview: lambda value: "x" + bytes(value).hex(),
    bytearray: lambda value: "x" + bytes(value).hex(),
    uuid.UUID: lambda value: "s" + str(value),
}


def _canonical(value: Any) -> str:
    """A value as one text on every database, tagged with its kind (so "1", 1 and True stay different).

    Dispatch on the exact type keeps this cheap: it runs for every value of every row, three times per copy.
    """
    if value is None:
        return "\x00"
    convert = _BY_TYPE.get(type(value))
    if convert is not None:
        return convert(value)
    for kind, converter in _BY_TYPE.items():  # a subclass (a driver's own str or datetime type)
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return converter(value)
    return _text(str(value))


def _canonical_json(text: Any) -> str:
    """JSON text as one canonical form (keys sorted, no spaces), whatever spacing the database kept."""
    if text is None:
        return "\x00"
    parsed = json.loads(text) if isinstance(text, str | bytes) else text
    return "j" + _text(json.dumps(parsed, sort_keys=True, ensure_ascii=False, separators=(",", ":")))


class _TableHash:
    """An order-independent SHA-256 of a table's rows: the sum (mod 2^256) of each row's SHA-256.

    Order-independent, because SQLite and PostgreSQL order text keys differently (binary against the server's
    collation); a sum rather than XOR, so that a row present twice is not cancelled out.  A row is hashed as its
    columns in name order, each as its canonical text, with the names in the table's digest.
    """

    def __init__(self, name: str, columns: Sequence[str], json_columns: frozenset[str]) -> None:
        self.name = name
        self.order = sorted(range(len(columns)), key=lambda index: columns[index])
        self.converters = [_canonical_json if columns[i] in json_columns else _canonical for i in self.order]
        self.pairs = list(zip(self.order, self.converters, strict=True))
        self.header = ",".join(columns[i] for i in self.order)
        self.rows = 0
        self.total = 0

    def add(self, row: Sequence[Any]) -> None:
        shown = _SEPARATOR.join([convert(row[i]) for i, convert in self.pairs])
        digest = hashlib.sha256(shown.encode("utf-8", "surrogatepass")).digest()
        self.total = (self.total + int.from_bytes(digest, "big")) % _MODULUS
        self.rows += 1

    def result(self) -> TableDigest:
        summary = f"{self.name}\n{self.header}\n{self.rows}\n{self.total:064x}"
        return TableDigest(self.name, self.rows, hashlib.sha256(summary.encode()).hexdigest())


def _json_columns(table: Table) -> frozenset[str]:
    return frozenset(column.name for column in table.columns if isinstance(column.type, JSON))


def _readable_columns(table: Table) -> list[ColumnElement[Any]]:
    """The columns to select: JSON as its text (kept byte for byte), every other column through its type."""
    return [
        cast(column, Text).label(column.name) if isinstance(column.type, JSON) else column for column in table.columns
    ]


def _ordered(table: Table) -> list[ColumnElement[Any]]:
    return list(table.primary_key.columns) or list(table.columns)


def table_digest(connection: Connection, table: Table) -> TableDigest:
    """Count and digest of one table as this connection sees it (stream read, constant memory)."""
    hasher = _TableHash(table.name, [c.name for c in table.columns], _json_columns(table))
    result = connection.execution_options(yield_per=BATCH_ROWS).execute(select(*_readable_columns(table)))
    for partition in result.partitions():
        for row in partition:
            hasher.add(row)
    return hasher.result()


def digests(engine: Engine) -> dict[str, TableDigest]:
    """Every table's count and digest, read in one snapshot."""
    with snapshot(engine) as connection:
        metadata = _reflect(connection)
        return {table.name: table_digest(connection, table) for table in metadata.sorted_tables}


def verify(source: Engine, target: Engine) -> CopyReport:
    """Whether two databases hold the same register: equal revision, tables, row counts and digests.

    Returns the report (as :func:`copy_register` would) or raises CopyError naming the first table that differs.
    Each side is read in one snapshot of its own; the caller keeps writers away from both if it needs them still.
    """
    started = time.perf_counter()
    with snapshot(source) as connection:
        metadata = _reflect(connection)
        revision = revision_of(connection, metadata)
        theirs = {table.name: table_digest(connection, table) for table in metadata.sorted_tables}
    ours = digests(target)
    _compare(theirs, ours)
    return CopyReport(revision or "", tuple(theirs.values()), time.perf_counter() - started)


def _compare(expected: dict[str, TableDigest], found: dict[str, TableDigest]) -> None:
    missing = sorted(set(expected) ^ set(found))
    if missing:
        raise CopyError("copy.tables_differ", table=missing[0])
    for name, wanted in expected.items():
        got = found[name]
        if got.rows != wanted.rows:
            raise CopyError("copy.not_verified", table=name, expected=wanted.rows, found=got.rows)
        if got.digest != wanted.digest:
            raise CopyError("copy.rows_differ", table=name)


# --------------------------------------------------------------------------------------------- copying


class _JsonText(TypeDecorator[str]):
    """Binds JSON text as it is (no second encoding), cast to the column's JSON type (PostgreSQL only: on SQLite
    ``CAST(.. AS JSON)`` has numeric affinity and would turn the text into 0)."""

    impl = Text
    cache_ok = True

    def __init__(self, json_type: Any) -> None:
        super().__init__()
        self.json_type = json_type

    def bind_expression(self, bindvalue: Any) -> Any:
        return cast(bindvalue, self.json_type)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return value


def _insertable(table: Table, dialect: str) -> Table:
    """The target table as the inserts see it: JSON columns take text, every other column keeps its type."""
    text_type = Text() if dialect == "sqlite" else None
    columns = [
        Column(
            c.name, (text_type or _JsonText(c.type)) if isinstance(c.type, JSON) else c.type, primary_key=c.primary_key
        )
        for c in table.columns
    ]
    return Table(table.name, MetaData(), *columns, schema=table.schema)


def _self_references(table: Table) -> list[str]:
    """Nullable columns that refer to the same table (an institution's parent), filled in a second pass."""
    return sorted(
        fk.parent.name for fk in table.foreign_keys if fk.column.table.name == table.name and fk.parent.nullable
    )


def _check_same_tables(source: MetaData, target: MetaData) -> None:
    if set(source.tables) != set(target.tables):
        different = sorted(set(source.tables) ^ set(target.tables))
        raise CopyError("copy.tables_differ", table=different[0])
    for name, table in source.tables.items():
        if {c.name for c in table.columns} != {c.name for c in target.tables[name].columns}:
            raise CopyError("copy.tables_differ", table=name)


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def copy_register(
    source: Engine,
    target: Engine,
    *,
    progress: Progress | None = None,
    batch_rows: int = BATCH_ROWS,
    clear_target: bool = False,
    before_copy: Callable[[Connection], None] | None = None,
    verify_before_commit: bool = True,
) -> CopyReport:
    """Copy every row of the register at ``source`` into the database at ``target``, verified, all or nothing.

    Both must be at the same schema revision (make the target's schema first, e.g. with ``registry.db.upgrade``
    to that revision).  The target's tables must be empty (its schema revision aside), unless ``clear_target``
    is given: then its rows are deleted in the same transaction as the copy, so a failure keeps them.
    ``verify_before_commit=False`` leaves the reading back to the caller (a new file it will reopen and compare
    with the report's digests anyway: the check from disk is the stronger one, and the same pass twice is the
    costliest part of a copy).  ``before_copy`` is called on the target inside the copy's transaction, once other writers are kept out (a
    last check that may raise to refuse).  ``progress`` is called after every batch.  Raises CopyError (target unchanged) when the revisions or tables
    differ, the target holds rows, or the copy does not verify.
    """
    started = time.perf_counter()
    with snapshot(source) as reading:
        source_meta = _reflect(reading)
        revision = revision_of(reading, source_meta)
        if revision is None:
            raise CopyError("copy.no_revision")
        sizes = {table.name: _count(reading, table) for table in source_meta.sorted_tables}
        try:
            with _writing(target) as writing:
                target_meta = _reflect(writing)
                target_revision = revision_of(writing, target_meta)
                if target_revision != revision:
                    raise CopyError("copy.revision_differs", source=revision, target=target_revision or "—")
                _check_same_tables(source_meta, target_meta)
                _lock_tables(writing, target_meta)
                if before_copy is not None:
                    before_copy(writing)
                # the statistics' change triggers: a row trigger per copied row tripled a SQLite copy's time, and
                # the source's own marks are copied; the same triggers are back before the copy commits
                triggers = changes.suspend(writing)
                _empty_target(writing, target_meta, clear=clear_target)
                copied = _copy_tables(reading, writing, source_meta, target_meta, sizes, progress, batch_rows)
                changes.resume(writing, triggers)
                if writing.dialect.name == "postgresql":
                    advance_sequences(writing, target_meta)
                if verify_before_commit:
                    found = {table.name: table_digest(writing, table) for table in target_meta.sorted_tables}
                    _compare(copied, found)
        except SQLAlchemyError as error:
            detail = str(getattr(error, "orig", None) or error).splitlines()[0][:300]
            raise CopyError("copy.failed", detail=detail) from error
    return CopyReport(revision, tuple(copied.values()), time.perf_counter() - started)


def _in_copy_order(metadata: MetaData) -> list[Table]:
    """The tables in dependency order, the statistics' kept spans and change marks last (derived from the rest,
    copied as the source has them: true of the same rows)."""
    tables = metadata.sorted_tables
    return [t for t in tables if t.name not in KEPT_TABLES] + [t for t in tables if t.name in KEPT_TABLES]


def _lock_tables(connection: Connection, metadata: MetaData) -> None:
    """On PostgreSQL, keep other writers out of the target until the copy commits (readers go on)."""
    if connection.dialect.name != "postgresql" or not metadata.tables:
        return
    quote = connection.dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in sorted(metadata.tables))
    connection.exec_driver_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")


def _empty_target(connection: Connection, metadata: MetaData, *, clear: bool) -> None:
    for table in reversed(metadata.sorted_tables):
        if table.name == VERSION_TABLE:
            continue
        if clear:
            connection.execute(table.delete())
        elif connection.execute(select(1).select_from(table).limit(1)).first() is not None:
            raise CopyError("copy.target_not_empty", table=table.name)


def _copy_tables(
    reading: Connection,
    writing: Connection,
    source_meta: MetaData,
    target_meta: MetaData,
    sizes: dict[str, int],
    progress: Progress | None,
    batch_rows: int,
) -> dict[str, TableDigest]:
    total = sum(size for name, size in sizes.items() if name != VERSION_TABLE)
    done = 0
    copied: dict[str, TableDigest] = {}
    for target_table in _in_copy_order(target_meta):
        table = source_meta.tables[target_table.name]
        names = [c.name for c in table.columns]
        hasher = _TableHash(table.name, names, _json_columns(table))
        if table.name == VERSION_TABLE:  # the target was made at this revision: compared, not copied
            for row in reading.execute(select(*_readable_columns(table))):
                hasher.add(row)
            copied[table.name] = hasher.result()
            continue
        statement = insert(_insertable(target_table, writing.dialect.name))
        later = _self_references(target_table)
        keys = [c.name for c in target_table.primary_key.columns]
        pending: list[dict[str, Any]] = []
        query = select(*_readable_columns(table)).order_by(*_ordered(table))
        result = reading.execution_options(yield_per=batch_rows).execute(query)
        for partition in result.partitions():
            batch = []
            for row in partition:
                hasher.add(row)
                values = dict(zip(names, row, strict=True))
                if later and any(values[name] is not None for name in later):
                    pending.append({**{f"k_{k}": values[k] for k in keys}, **{f"v_{n}": values[n] for n in later}})
                    values.update(dict.fromkeys(later))
                batch.append(values)
            writing.execute(statement, batch)
            done += len(batch)
            if progress is not None:
                progress(CopyProgress(table.name, hasher.rows, sizes[table.name], done, total))
        if pending:
            fill = update(target_table).where(*[target_table.c[k] == bindparam(f"k_{k}") for k in keys])
            writing.execute(fill.values({name: bindparam(f"v_{name}") for name in later}), pending)
        if hasher.rows != sizes[table.name]:
            raise CopyError("copy.not_verified", table=table.name, expected=sizes[table.name], found=hasher.rows)
        copied[table.name] = hasher.result()
    return copied


def advance_sequences(connection: Connection, metadata: MetaData) -> None:
    """Set every PostgreSQL sequence that feeds a column past the largest value copied into it."""
    owned = connection.execute(
        text(
            "SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) "
            "FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL"
        )
    ).all()
    for table_name, column_name, sequence in owned:
        table = metadata.tables.get(table_name)
        if table is None:
            continue
        highest = connection.execute(select(func.max(table.c[column_name]))).scalar()
        if highest is None:
            connection.execute(select(func.setval(sequence, 1, False)))
        else:
            connection.execute(select(func.setval(sequence, highest, True)))
