"""Moving a register onto a PostgreSQL server: every table into an empty server database, verified, all or nothing.

The copy itself is ``services.table_copy``: the source read in one snapshot, the server written in one transaction
that commits only once every table's row count and checksum equal the source's (sequences set past the copied
ids).  Around it, this module:

- refuses a server database that already holds anything: rows of a register, another program's tables, or a
  newer schema (a half-made schema with no rows, left by an interrupted move or made by ``server prepare``, is
  empty and is used);
- makes the schema on an empty database first (one migration transaction: all of it or none);
- proves the audit trail on the server afterwards (the same walk as ``registry audit verify``).

A kill at any moment therefore leaves the server database without a single row of the register (at most the empty
schema, which the next ``db move`` uses), or holding all of it, verified.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Engine, MetaData, func, select

from registry.db import known_revisions, schema_state, session_factory, upgrade
from registry.services.audit import verify_chain
from registry.services.errors import RegistryError
from registry.services.table_copy import VERSION_TABLE, CopyReport, Progress, copy_register, revision_of

TargetKind = Literal["empty", "schema", "holds_rows", "foreign", "newer"]


class MoveRefused(RegistryError):
    """The server database is not empty (or not a server): nothing was written to it."""

    key = "move.target_not_empty"


@dataclass(frozen=True)
class TargetState:
    """What the server database holds before a move."""

    kind: TargetKind
    table: str = ""
    rows: int = 0
    revision: str = ""


@dataclass(frozen=True)
class MoveReport:
    copy: CopyReport
    audit_events: int
    audit_intact: bool
    first_broken_event: int | None


def inspect_target(target: Engine) -> TargetState:
    """Whether ``target`` may receive a register: empty, or this program's schema without a single row."""
    with target.connect() as connection:
        metadata = MetaData()
        metadata.reflect(connection)
        if not metadata.tables:
            return TargetState("empty")
        revision = revision_of(connection, metadata)
        if revision is None:
            return TargetState("foreign", table=sorted(metadata.tables)[0])
        if revision not in known_revisions():
            return TargetState("newer", revision=revision)
        for table in metadata.sorted_tables:
            if table.name == VERSION_TABLE:
                continue
            rows = int(connection.execute(select(func.count()).select_from(table)).scalar_one())
            if rows:
                return TargetState("holds_rows", table=table.name, rows=rows, revision=revision)
    return TargetState("schema", revision=revision)


def refuse_unless_empty(state: TargetState, where: str) -> None:
    if state.kind == "holds_rows":
        raise MoveRefused(
            "move.target_not_empty", target=where, table=state.table, rows=state.rows, create="CREATE DATABASE"
        )
    if state.kind == "foreign":
        raise MoveRefused("move.target_foreign", target=where, table=state.table)
    if state.kind == "newer":
        raise MoveRefused("move.target_newer", target=where, revision=state.revision)


def move_register(source: Engine, target: Engine, *, where: str, progress: Progress | None = None) -> MoveReport:
    """Copy the register at ``source`` (up to date) into the empty PostgreSQL database at ``target``."""
    if target.dialect.name != "postgresql":
        raise MoveRefused(
            "move.not_postgresql",
            target=where,
            postgresql="PostgreSQL",
            example="--to postgresql+psycopg://owner@server/registry",
        )
    refuse_unless_empty(inspect_target(target), where)
    if not schema_state(target).up_to_date:
        upgrade(target, backup=lambda _engine, _state: None)  # no row to keep: nothing to back up
    report = copy_register(source, target, progress=progress)
    with session_factory(target)() as session:
        chain = verify_chain(session)
    return MoveReport(report, chain.events, chain.ok, chain.first_broken_id)


__all__ = ["MoveRefused", "MoveReport", "TargetState", "inspect_target", "move_register", "refuse_unless_empty"]
