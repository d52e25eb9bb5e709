"""What every kind of case record shares when it is added or corrected (``case_records`` uses it).

The checks that turn a form's value into a stored one (text, codes, a moment in the past, a person of the case's
own household), the write access to the record's case, the "added" event that keeps each value entered, and the
update that writes only what differs and names each changed field in the audit trail.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import Case, HouseholdMember, Person
from registry.services import access, audit, lookups
from registry.services.changes import Check, apply_changes, audit_value, checked, given, record_update
from registry.services.errors import NotFound, Problems
from registry.services.validation import LINE_MAX, TEXT_MAX, check_code, check_past_moment, clean_text

R = TypeVar("R")


def case_for_writing(session: Session, case_id: int, actor_id: int | None) -> Case:
    return access.require_case(session, actor_id, case_id, write=True)


#: links to people the audit does not spell out as numbers (the record names them)
PERSON_LINKS = frozenset({"alleged_perpetrator_id", "given_by_person_id"})


def audit_added(
    session: Session,
    action: str,
    entity: str,
    record_id: int,
    case_id: int,
    actor_id: int | None,
    values: dict[str, object] | None = None,
) -> None:
    """The event of a record added (or withdrawn): each field it was given, as ``[before, after]`` with nothing
    before, so the audit trail holds what was entered and not only that something was."""
    changes = {
        name: [None, audit_value(value)]
        for name, value in (values or {}).items()
        if value not in (None, "", [], False) and name not in PERSON_LINKS
    }
    audit.record(
        session,
        action,
        user_id=actor_id,
        entity=entity,
        entity_id=record_id,
        case_id=case_id,
        details={"changes": changes} if changes else None,
    )


def record_of_case(session: Session, model: type[R], record_id: int, what: str, actor_id: int | None) -> R:
    """A record of a case the actor may change; NotFound when there is no such record."""
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(what=what, value=record_id)
    case_for_writing(session, record.case_id, actor_id)  # type: ignore[attr-defined]
    return record


def text_check(label: str, max_length: int = LINE_MAX, *, required: bool = False, multiline: bool = False) -> Check:
    return lambda value, problems: clean_text(
        value, label, problems, max_length=max_length, required=required, multiline=multiline
    )


def long_text_check(label: str, *, required: bool = False) -> Check:
    return text_check(label, TEXT_MAX, required=required, multiline=True)


def code_check(session: Session, kind: str, label: str) -> Check:
    return lambda value, problems: check_code(value, lookups.codes(session, kind), label, problems)


def codes_check(session: Session, kind: str, label: str) -> Check:
    def check(values: list[str], problems: Problems) -> list[str]:
        allowed = lookups.codes(session, kind)
        return [code for code in (check_code(item, allowed, label, problems) for item in values) if code]

    return check


def person_of_case_check(session: Session, case_id: int, label: str, *, child_too: bool = False) -> Check:
    """A person id that must name someone of this case's household (or its child): never another case's child,
    whose name the case's printouts would then show."""

    def check(value: object, problems: Problems) -> object:
        if value is None:
            return None
        members = select(HouseholdMember.person_id).where(HouseholdMember.case_id == case_id)
        found = session.scalar(select(Person.id).where(Person.id == value, Person.id.in_(members)))
        if found is None and child_too:
            found = session.scalar(select(Case.child_id).where(Case.id == case_id, Case.child_id == value))
        if found is None:
            problems.add(label, "access.perpetrator_not_in_case")
            return None
        return value

    return check


def flag(value: object, _problems: Problems) -> bool:
    return bool(value)


def as_given(value: object, _problems: Problems) -> object:
    return value


def moment_check(label: str, *, required: bool = False) -> Check:
    return lambda value, problems: check_past_moment(value, label, problems, required=required)


def update_record(
    session: Session,
    record: R,
    changes: object,
    checks: dict[str, Check],
    entity: str,
    actor_id: int | None,
    *,
    action: str = "",
) -> R:
    """Check the given fields, write those that differ, and record the change (nothing when nothing changed)."""
    problems = Problems()
    values = checked(given(changes), checks, problems)
    problems.raise_if_any()
    diff = apply_changes(record, values)
    session.flush()
    record_update(
        session,
        action or f"{entity}.update",
        diff,
        entity=entity,
        record_id=record.id,  # type: ignore[attr-defined]
        case_id=record.case_id,  # type: ignore[attr-defined]
        actor_id=actor_id,
    )
    return record


__all__ = [
    "PERSON_LINKS",
    "as_given",
    "audit_added",
    "case_for_writing",
    "code_check",
    "codes_check",
    "flag",
    "long_text_check",
    "moment_check",
    "person_of_case_check",
    "record_of_case",
    "text_check",
    "update_record",
]
