"""What the demo's bulk load into a copy did not check row by row (``bulk_copy``), checked once over all rows at
the end: every foreign key and every CHECK constraint, in one pass over each table the load filled.

``PRAGMA foreign_key_check`` looks every reference up in its parent's key, a B-tree seek a value: at a million
cases some fifty million seeks, 29 CPU seconds, more than any other step of the end.  A parent whose integer key
holds every value from its smallest to its largest (the people and cases the demo numbered itself) needs no
seek: a reference to it is good exactly when it lies in that range, which the pass reads off the row itself.
References to any other parent are looked up in it (``NOT IN``, which SQLite answers from the key), and tables the
load did not fill get ``PRAGMA foreign_key_check`` itself.  NULL references and CHECKs that come out NULL pass,
as they do in SQLite.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ColumnElement,
    Connection,
    Table,
    TextClause,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
)


class CopyCheckFailed(RuntimeError):
    """The filled copy broke a rule of the schema: it is thrown away and the register is left as it was."""


def verify(connection: Connection, loaded: Sequence[Table]) -> None:
    """Raise ``CopyCheckFailed`` if a row breaks a foreign key or a CHECK constraint."""
    quote = connection.dialect.identifier_preparer.quote
    names = {table.name for table in loaded}
    for (name,) in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ):
        if name not in names:
            broken = connection.exec_driver_sql(f"PRAGMA foreign_key_check({quote(name)})").first()
            if broken is not None:
                raise CopyCheckFailed(
                    f"foreign key {broken[3]} of {broken[0]} row {broken[1]} points at no {broken[2]}"
                )
    keys: dict[str, _Key | None] = {}
    for table in loaded:
        conditions = _broken_references(connection, table, keys)
        if conditions is None:  # a key this pass does not know how to read: SQLite's own check
            broken = connection.exec_driver_sql(f"PRAGMA foreign_key_check({quote(table.name)})").first()
            if broken is not None:
                raise CopyCheckFailed(f"a row of {table.name} points at no {broken[2]}")
            conditions = []
        conditions += [
            not_(literal_column(f"({constraint.sqltext.text})"))
            for constraint in table.constraints
            if isinstance(constraint, CheckConstraint) and isinstance(constraint.sqltext, TextClause)
        ]
        if conditions and connection.scalar(select(literal(1)).select_from(table).where(or_(*conditions)).limit(1)):
            raise CopyCheckFailed(f"a row of {table.name} breaks a foreign key or a CHECK constraint")


#: a parent's integer primary key: its name, the number of rows, the smallest and the largest key
_Key = tuple[str, int, int, int]


def _broken_references(connection: Connection, table: Table, keys: dict[str, _Key | None]) -> list[Any] | None:
    """A condition per foreign key of ``table`` that holds for a row whose reference is broken (None: not all its
    keys are one column referring to a parent's integer primary key)."""
    quote = connection.dialect.identifier_preparer.quote
    references: dict[int, list[Any]] = {}
    for row in connection.exec_driver_sql(f"PRAGMA foreign_key_list({quote(table.name)})"):
        references.setdefault(row[0], []).append(row)
    conditions: list[ColumnElement[Any]] = []
    for parts in references.values():
        parent = table.metadata.tables.get(parts[0][2])
        if len(parts) != 1 or parent is None:
            return None
        if parent.name not in keys:
            keys[parent.name] = _integer_key(connection, parent)
        found = keys[parent.name]
        if found is None or parts[0][4] not in (None, found[0]):
            return None
        name, count, low, high = found
        child = table.c[parts[0][3]]
        if count == 0:
            conditions.append(child.is_not(None))
        elif high - low + 1 == count:  # every key from low to high: a reference in range has its parent
            conditions.append(not_(child.between(low, high)))
        else:
            conditions.append(child.not_in(select(parent.c[name])))
    return conditions


def _integer_key(connection: Connection, parent: Table) -> _Key | None:
    """``parent``'s primary key when it is the rowid (an integer, never NULL, unique), else None."""
    quote = connection.dialect.identifier_preparer.quote
    keys = [row for row in connection.exec_driver_sql(f"PRAGMA table_info({quote(parent.name)})") if row[5] > 0]
    if len(keys) != 1 or str(keys[0][2]).upper() != "INTEGER" or keys[0][1] not in parent.c:
        return None
    key = parent.c[keys[0][1]]
    count, low, high = connection.execute(select(func.count(), func.min(key), func.max(key))).one()
    return key.name, int(count), int(low or 0), int(high or 0)
