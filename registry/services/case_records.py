"""What accumulates on a case file: household members, incidents, measures, notes, conferences and consents.

Each kind of record is added with ``add_...`` and corrected with ``update_...``, which takes a ``...Changes`` of the
fields to change (``registry.services.changes``): both check a field with the same rule, an update writes only what
differs from what is stored, and its audit event names each changed field with its value before and after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from registry.models import (
    Case,
    CaseConference,
    CaseNote,
    Consent,
    HouseholdMember,
    Incident,
    Measure,
    Person,
)
from registry.services import access, audit, lookups
from registry.services.changes import (
    UNSET,
    Check,
    Maybe,
    apply_changes,
    audit_value,
    checked,
    given,
    record_update,
)
from registry.services.errors import NotFound, Problem, Problems, StaleRecord
from registry.services.people import (
    PersonChanges,
    PersonInput,
    clean_person,
    clean_person_changes,
    create_person,
    update_person,
)
from registry.services.validation import (
    LINE_MAX,
    TEXT_MAX,
    check_code,
    check_past_date,
    check_past_moment,
    clean_text,
)

R = TypeVar("R")

#: notes of these kinds are a contact with the child or family: the first one sets the case's first contact
CONTACT_KINDS = frozenset({"contact", "home_visit", "interview", "phone_call"})


def _case(session: Session, case_id: int, actor_id: int | None) -> Case:
    return access.require_case(session, actor_id, case_id, write=True)


#: links to people the audit does not spell out as numbers (the record names them)
_PERSON_LINKS = frozenset({"alleged_perpetrator_id", "given_by_person_id"})


def _audit(
    session: Session, action: str, entity: str, record_id: int, case_id: int, actor_id: int | None,
    values: dict[str, object] | None = None,
) -> None:
    """The event of a record added (or withdrawn): each field it was given, as ``[before, after]`` with nothing
    before, so the audit trail holds what was entered and not only that something was."""
    changes = {name: [None, audit_value(value)] for name, value in (values or {}).items()
               if value not in (None, "", [], False) and name not in _PERSON_LINKS}
    audit.record(session, action, user_id=actor_id, entity=entity, entity_id=record_id, case_id=case_id,
                 details={"changes": changes} if changes else None)


def _record(session: Session, model: type[R], record_id: int, what: str, actor_id: int | None) -> R:
    """A record of a case the actor may change; NotFound when there is no such record."""
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(what=what, value=record_id)
    _case(session, record.case_id, actor_id)  # type: ignore[attr-defined]
    return record


def _text(label: str, max_length: int = LINE_MAX, *, required: bool = False, multiline: bool = False) -> Check:
    return lambda value, problems: clean_text(value, label, problems, max_length=max_length, required=required,
                                              multiline=multiline)


def _long_text(label: str, *, required: bool = False) -> Check:
    return _text(label, TEXT_MAX, required=required, multiline=True)


def _code(session: Session, kind: str, label: str) -> Check:
    return lambda value, problems: check_code(value, lookups.codes(session, kind), label, problems)


def _codes(session: Session, kind: str, label: str) -> Check:
    def check(values: list[str], problems: Problems) -> list[str]:
        allowed = lookups.codes(session, kind)
        return [code for code in (check_code(item, allowed, label, problems) for item in values) if code]

    return check


def _person_of_case(session: Session, case_id: int, label: str, *, child_too: bool = False) -> Check:
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


def _flag(value: object, _problems: Problems) -> bool:
    return bool(value)


def _as_given(value: object, _problems: Problems) -> object:
    return value


def _moment(label: str, *, required: bool = False) -> Check:
    return lambda value, problems: check_past_moment(value, label, problems, required=required)


# ------------------------------------------------------------------------------------------------ household

#: the person fields a household member's "added" event keeps (who they are and how to reach them)
_PERSON_AUDITED = frozenset({"given_name", "family_name", "jmbg", "birth_date", "sex", "address", "municipality",
                             "phone", "citizenship"})


@dataclass
class HouseholdChanges:
    """What to change about a household member: their own record (``person``) and their place in the household."""

    person: PersonChanges = field(default_factory=PersonChanges)
    role: Maybe[str] = UNSET
    alleged_perpetrator: Maybe[bool] = UNSET
    lives_in_household: Maybe[bool] = UNSET
    legal_representative: Maybe[bool] = UNSET
    notes: Maybe[str] = UNSET


def _household_checks(session: Session) -> dict[str, Check]:
    return {"role": _code(session, "household_role", "role_in_household"), "alleged_perpetrator": _flag,
            "lives_in_household": _flag, "legal_representative": _flag, "notes": _long_text("notes")}


def add_household_member(
    session: Session, case_id: int, person: PersonInput, *, role: str, actor_id: int | None,
    alleged_perpetrator: bool = False, lives_in_household: bool = True, legal_representative: bool = False,
) -> HouseholdMember:
    _case(session, case_id, actor_id)
    problems = Problems()
    cleaned = clean_person(person, problems)
    values = checked({"role": role, "alleged_perpetrator": alleged_perpetrator,
                      "lives_in_household": lives_in_household, "legal_representative": legal_representative},
                     _household_checks(session), problems)
    problems.raise_if_any()
    member = HouseholdMember(case_id=case_id, person_id=create_person(session, cleaned.values).id, **values)
    session.add(member)
    session.flush()
    _audit(session, "household.add", "household_member", member.id, case_id, actor_id,
           {**{name: value for name, value in cleaned.values.items() if name in _PERSON_AUDITED}, **values})
    return member


def update_household_member(
    session: Session, member_id: int, changes: HouseholdChanges, *, actor_id: int | None
) -> list[Problem]:
    """Correct a household member; returns JMBG warnings, raises ValidationError on problems."""
    member = _record(session, HouseholdMember, member_id, "household_member", actor_id)
    what = f"{member.person.given_name} {member.person.family_name}"
    problems = Problems()
    person = clean_person_changes(member.person, changes.person, problems)
    values = checked(given(changes), _household_checks(session), problems)
    problems.raise_if_any()
    try:  # someone else corrected this person meanwhile: refused (StaleRecord), never half-written
        diff = update_person(session, member.person, person.values)
        diff.update(apply_changes(member, values))
        session.flush()
    except StaleDataError as error:
        raise StaleRecord(what=what) from error
    record_update(session, "household.update", diff, entity="household_member", record_id=member.id,
                  case_id=member.case_id, actor_id=actor_id)
    return person.warnings


def remove_household_member(
    session: Session, member_id: int, *, reason: str, actor_id: int | None
) -> None:
    """Take a person off the case's household (entered by mistake, or moved out and no longer part of the case).

    The person stays in the register (an incident or a consent may name them); the audit event keeps who they were
    and their place in the household as "before", and the reason."""
    member = _record(session, HouseholdMember, member_id, "household_member", actor_id)
    problems = Problems()
    why = clean_text(reason, "reason", problems, max_length=TEXT_MAX, multiline=True, required=True)
    problems.raise_if_any()
    person = member.person
    diff = {name: [audit_value(value), None] for name, value in (
        ("given_name", person.given_name), ("family_name", person.family_name), ("jmbg", person.jmbg),
        ("role", member.role), ("alleged_perpetrator", member.alleged_perpetrator),
        ("legal_representative", member.legal_representative), ("lives_in_household", member.lives_in_household),
    ) if value not in (None, "")}
    case_id = member.case_id
    session.delete(member)
    session.flush()
    audit.record(session, "household.remove", user_id=actor_id, entity="household_member", entity_id=member_id,
                 case_id=case_id, details={"changes": diff, "reason": why, "person_id": person.id})


# ------------------------------------------------------------------------------------------------ incidents


@dataclass
class IncidentInput:
    occurred_at: dt.datetime | None
    description: str
    violence_forms: list[str] = field(default_factory=list)
    place: str = ""
    occurred_at_approximate: bool = False
    alleged_perpetrator_id: int | None = None
    injuries: bool = False
    police_informed: bool = False


@dataclass
class IncidentChanges:
    occurred_at: Maybe[dt.datetime | None] = UNSET
    description: Maybe[str] = UNSET
    violence_forms: Maybe[list[str]] = UNSET
    place: Maybe[str] = UNSET
    occurred_at_approximate: Maybe[bool] = UNSET
    alleged_perpetrator_id: Maybe[int | None] = UNSET
    injuries: Maybe[bool] = UNSET
    police_informed: Maybe[bool] = UNSET


def _incident_checks(session: Session, case_id: int) -> dict[str, Check]:
    return {"occurred_at": _moment("reported_at"), "occurred_at_approximate": _flag, "place": _text("address"),
            "description": _long_text("text"), "violence_forms": _codes(session, "violence_form", "violence_types"),
            "alleged_perpetrator_id": _person_of_case(session, case_id, "alleged_perpetrator"), "injuries": _flag,
            "police_informed": _flag}


def add_incident(session: Session, case_id: int, data: IncidentInput, *, actor_id: int | None) -> Incident:
    _case(session, case_id, actor_id)
    problems = Problems()
    checks = _incident_checks(session, case_id)
    values = checked({name: getattr(data, name) for name in checks}, checks, problems)
    problems.raise_if_any()
    incident = Incident(case_id=case_id, recorded_by_id=actor_id, **values)
    session.add(incident)
    session.flush()
    _audit(session, "incident.add", "incident", incident.id, case_id, actor_id, values)
    return incident


def update_incident(session: Session, incident_id: int, changes: IncidentChanges, *, actor_id: int | None) -> Incident:
    incident = _record(session, Incident, incident_id, "incident", actor_id)
    return _update(session, incident, changes, _incident_checks(session, incident.case_id), "incident", actor_id)


# ------------------------------------------------------------------------------------------------ measures


@dataclass
class MeasureChanges:
    code: Maybe[str] = UNSET
    started_on: Maybe[dt.date | str | None] = UNSET
    ended_on: Maybe[dt.date | str | None] = UNSET
    decided_by_institution_id: Maybe[int | None] = UNSET
    decision_number: Maybe[str] = UNSET
    placement_location: Maybe[str] = UNSET
    notes: Maybe[str] = UNSET


def _measure_checks(session: Session) -> dict[str, Check]:
    def day(value: dt.date | str | None, problems: Problems) -> dt.date | None:
        return check_past_date(value, "measure", problems)

    return {"code": _code(session, "measure", "measure"), "started_on": day, "ended_on": day,
            "decision_number": _text("registry_number", 60), "placement_location": _text("address"),
            "decided_by_institution_id": _as_given, "notes": _long_text("notes")}


def add_measure(
    session: Session, case_id: int, *, code: str, started_on: dt.date | str | None, actor_id: int | None,
    ended_on: dt.date | str | None = None, decision_number: str = "", placement_location: str = "",
    decided_by_institution_id: int | None = None, notes: str = "",
) -> Measure:
    _case(session, case_id, actor_id)
    problems = Problems()
    values = checked({"code": code, "started_on": started_on, "ended_on": ended_on,
                      "decision_number": decision_number, "placement_location": placement_location,
                      "decided_by_institution_id": decided_by_institution_id, "notes": notes},
                     _measure_checks(session), problems)
    problems.raise_if_any()
    measure = Measure(case_id=case_id, recorded_by_id=actor_id, **values)
    session.add(measure)
    session.flush()
    _audit(session, "measure.add", "measure", measure.id, case_id, actor_id, values)
    return measure


def update_measure(session: Session, measure_id: int, changes: MeasureChanges, *, actor_id: int | None) -> Measure:
    measure = _record(session, Measure, measure_id, "measure", actor_id)
    return _update(session, measure, changes, _measure_checks(session), "measure", actor_id)


# ------------------------------------------------------------------------------------------------ notes


@dataclass
class NoteChanges:
    kind: Maybe[str] = UNSET
    occurred_at: Maybe[dt.datetime] = UNSET
    text: Maybe[str] = UNSET


def _note_checks(session: Session) -> dict[str, Check]:
    return {"kind": _code(session, "note_kind", "text"), "occurred_at": _moment("reported_at", required=True),
            "text": _long_text("text", required=True)}


def _first_contact(case: Case, note: CaseNote) -> None:
    """The first note of a contact with the child or family is the case's first contact."""
    if note.kind in CONTACT_KINDS and case.first_contact_at is None:
        case.first_contact_at = note.occurred_at


def add_note(
    session: Session, case_id: int, *, text: str, actor_id: int | None, kind: str = "note",
    occurred_at: dt.datetime | None = None,
) -> CaseNote:
    case = _case(session, case_id, actor_id)
    problems = Problems()
    values = checked({"kind": kind, "occurred_at": occurred_at or dt.datetime.now(dt.UTC), "text": text},
                     _note_checks(session), problems)
    problems.raise_if_any()
    note = CaseNote(case_id=case_id, author_id=actor_id, **values)
    session.add(note)
    _first_contact(case, note)
    session.flush()
    _audit(session, "note.add", "case_note", note.id, case_id, actor_id, values)
    return note


def update_note(session: Session, note_id: int, changes: NoteChanges, *, actor_id: int | None) -> CaseNote:
    """Correct a note; the earlier text stays in the audit trail (the event holds it as "before")."""
    note = _record(session, CaseNote, note_id, "case_note", actor_id)
    _update(session, note, changes, _note_checks(session), "case_note", actor_id, action="note.update")
    _first_contact(session.get_one(Case, note.case_id), note)
    session.flush()
    return note


# ------------------------------------------------------------------------------------------------ conferences


@dataclass
class ConferenceChanges:
    held_at: Maybe[dt.datetime] = UNSET
    place: Maybe[str] = UNSET
    participants: Maybe[str] = UNSET
    minutes: Maybe[str] = UNSET
    decisions: Maybe[str] = UNSET


_CONFERENCE_CHECKS: dict[str, Check] = {
    "held_at": _moment("reported_at", required=True), "place": _text("address"),
    "participants": _long_text("text", required=True), "minutes": _long_text("text"),
    "decisions": _long_text("text"),
}


def add_conference(
    session: Session, case_id: int, *, held_at: dt.datetime, participants: str, minutes: str, actor_id: int | None,
    decisions: str = "", place: str = "",
) -> CaseConference:
    _case(session, case_id, actor_id)
    problems = Problems()
    values = checked({"held_at": held_at, "place": place, "participants": participants, "minutes": minutes,
                      "decisions": decisions}, _CONFERENCE_CHECKS, problems)
    problems.raise_if_any()
    conference = CaseConference(case_id=case_id, recorded_by_id=actor_id, **values)
    session.add(conference)
    session.flush()
    _audit(session, "conference.add", "case_conference", conference.id, case_id, actor_id, values)
    return conference


def update_conference(
    session: Session, conference_id: int, changes: ConferenceChanges, *, actor_id: int | None
) -> CaseConference:
    conference = _record(session, CaseConference, conference_id, "case_conference", actor_id)
    return _update(session, conference, changes, _CONFERENCE_CHECKS, "case_conference", actor_id,
                   action="conference.update")


# ------------------------------------------------------------------------------------------------ consents


@dataclass
class ConsentChanges:
    given_by_name: Maybe[str] = UNSET
    given_by_person_id: Maybe[int | None] = UNSET
    sectors: Maybe[list[str]] = UNSET
    purpose: Maybe[str] = UNSET
    given_at: Maybe[dt.datetime] = UNSET


def _consent_checks(session: Session, case_id: int) -> dict[str, Check]:
    return {"given_by_person_id": _person_of_case(session, case_id, "full_name", child_too=True), "given_by_name": _text("full_name", required=True),
            "sectors": _codes(session, "sector", "sector"), "purpose": _long_text("text"),
            "given_at": _moment("reported_at", required=True)}


def record_consent(
    session: Session, case_id: int, *, given_by_name: str, sectors: list[str], purpose: str, actor_id: int | None,
    given_at: dt.datetime | None = None, given_by_person_id: int | None = None,
) -> Consent:
    _case(session, case_id, actor_id)
    problems = Problems()
    values = checked({"given_by_person_id": given_by_person_id, "given_by_name": given_by_name, "sectors": sectors,
                      "purpose": purpose, "given_at": given_at or dt.datetime.now(dt.UTC)},
                     _consent_checks(session, case_id), problems)
    problems.raise_if_any()
    consent = Consent(case_id=case_id, recorded_by_id=actor_id, **values)
    session.add(consent)
    session.flush()
    _audit(session, "consent.add", "consent", consent.id, case_id, actor_id, values)
    return consent


def update_consent(session: Session, consent_id: int, changes: ConsentChanges, *, actor_id: int | None) -> Consent:
    consent = _record(session, Consent, consent_id, "consent", actor_id)
    return _update(session, consent, changes, _consent_checks(session, consent.case_id), "consent", actor_id)


def withdraw_consent(
    session: Session, consent_id: int, *, actor_id: int | None, at: dt.datetime | None = None
) -> Consent:
    consent = _record(session, Consent, consent_id, "consent", actor_id)
    diff = apply_changes(consent, {"withdrawn_at": at or dt.datetime.now(dt.UTC)})
    session.flush()
    audit.record(session, "consent.withdraw", user_id=actor_id, entity="consent", entity_id=consent.id,
                 case_id=consent.case_id, details={"changes": diff})
    return consent


def consent_covers(session: Session, case_id: int, sector: str, at: dt.datetime | None = None) -> bool:
    """Is there a consent, given and not withdrawn at ``at``, to share with this sector?"""
    moment = at or dt.datetime.now(dt.UTC)
    rows = session.scalars(
        select(Consent.sectors).where(
            Consent.case_id == case_id,
            Consent.given_at <= moment,
            or_(Consent.withdrawn_at.is_(None), Consent.withdrawn_at > moment),
        )
    )
    return any(sector in sectors for sectors in rows)


# ------------------------------------------------------------------------------------------------ shared


def _update(
    session: Session, record: R, changes: object, checks: dict[str, Check], entity: str, actor_id: int | None,
    *, action: str = "",
) -> R:
    """Check the given fields, write those that differ, and record the change (nothing when nothing changed)."""
    problems = Problems()
    values = checked(given(changes), checks, problems)
    problems.raise_if_any()
    diff = apply_changes(record, values)
    session.flush()
    record_update(session, action or f"{entity}.update", diff, entity=entity, record_id=record.id,  # type: ignore[attr-defined]
                  case_id=record.case_id, actor_id=actor_id)  # type: ignore[attr-defined]
    return record

