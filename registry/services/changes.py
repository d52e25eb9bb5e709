"""Partial updates: a save writes the fields the user changed and nothing else, and the audit names each one.

Every record staff edit has a ``...Changes`` dataclass with one attribute per editable field, each ``UNSET`` unless
the caller means to change it. A form sends only what differs from what it showed; the service checks only the
fields given (a value stored long ago that today's rules would refuse does not block an unrelated change), writes
only those whose value differs from the stored one, and records ``{field: [before, after]}`` in the audit event.
So a field a form does not show can never be blanked by a save, and a save without changes writes nothing at all.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from typing import Any, Literal, TypeAlias, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from registry.services import audit
from registry.services.errors import Problems, StaleRecord


class Unset(enum.Enum):
    """The type of :data:`UNSET`: "leave this field as it is" (``None`` is a value: it empties the field)."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Literal[Unset.UNSET] = Unset.UNSET

T = TypeVar("T")
#: a field of a ``...Changes`` dataclass: the new value, or UNSET to keep the stored one
Maybe: TypeAlias = T | Literal[Unset.UNSET]

#: a field's check: the value as given, the problems to add to; returns the value to store
Check = Callable[[Any, Problems], Any]

#: what changed in one record: field name -> [before, after], in JSON-friendly form
Diff = dict[str, list[object]]


def given(changes: object) -> dict[str, object]:
    """The fields of a ``...Changes`` dataclass that carry a value, by name (nested changes left out)."""
    assert is_dataclass(changes)
    values = {item.name: getattr(changes, item.name) for item in fields(changes)}
    return {name: value for name, value in values.items() if value is not UNSET and not is_dataclass(value)}


def checked(values: Mapping[str, object], checks: Mapping[str, Check], problems: Problems) -> dict[str, object]:
    """Each given value through its field's check (problems collected, none raised)."""
    return {name: checks[name](value, problems) for name, value in values.items()}


def audit_value(value: object) -> object:
    """A stored value as the audit trail keeps it: dates and moments in ISO form, lists sorted."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return sorted(audit_value(item) for item in value)  # type: ignore[type-var]
    return value


def apply_changes(record: object, values: Mapping[str, object]) -> Diff:
    """Set each attribute whose new value differs from the stored one; what was set, with before and after."""
    diff: Diff = {}
    for name, value in values.items():
        before = getattr(record, name)
        if before == value:
            continue
        setattr(record, name, value)
        diff[name] = [audit_value(before), audit_value(value)]
    return diff


def flush_or_stale(session: Session, what: str) -> None:
    """Flush, turning SQLAlchemy's lost-race error (a versioned row changed by someone else) into StaleRecord."""
    try:
        session.flush()
    except StaleDataError as error:
        raise StaleRecord(what=what) from error


def record_update(
    session: Session, action: str, diff: Diff, *, entity: str, record_id: int, case_id: int | None, actor_id: int | None
) -> None:
    """One audit event naming each changed field with its value before and after (none when nothing changed)."""
    if diff:
        audit.record(
            session,
            action,
            user_id=actor_id,
            entity=entity,
            entity_id=record_id,
            case_id=case_id,
            details={"changes": diff},
        )


__all__ = [
    "UNSET",
    "Check",
    "Diff",
    "Maybe",
    "Unset",
    "apply_changes",
    "audit_value",
    "checked",
    "flush_or_stale",
    "given",
    "record_update",
]
