"""Result rows into typed records by column name, never by position.

``Record(*row)`` silently shifts every value into the wrong field when a column is added or moved in the select;
by name, a missing or misspelt column fails at once, naming the field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy import Row

T = TypeVar("T")


def field_names(kind: Callable[..., Any]) -> tuple[str, ...]:
    """The fields of a NamedTuple or a dataclass, in declaration order."""
    names = getattr(kind, "_fields", None)
    if names is not None:
        return tuple(names)
    return tuple(field.name for field in dataclasses.fields(kind))  # type: ignore[arg-type]


def record(kind: Callable[..., T], row: Row, **given: Any) -> T:
    """``kind`` built from the row's columns named like its fields; ``given`` supplies fields the row lacks."""
    mapping = row._mapping
    values = dict(given)
    for name in field_names(kind):
        if name not in values:
            if name not in mapping:
                raise KeyError(f"{getattr(kind, '__name__', kind)}: the query has no column named {name!r}")
            values[name] = mapping[name]
    return kind(**values)


def records(kind: Callable[..., T], rows: Iterable[Row]) -> list[T]:
    return [record(kind, row) for row in rows]
