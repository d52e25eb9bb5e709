"""What accumulates on a case file: household members, incidents, measures, notes, conferences and consents.

Each kind of record is added with ``add_...`` and corrected with ``update_...``, which takes a ``...Changes`` of the
fields to change (``registry.services.changes``): both check a field with the same rule, an update writes only what
differs from what is stored, and its audit event names each changed field with its value before and after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from registry.models import Case, CaseConference, CaseNote, Consent, HouseholdMember, Incident, Measure
from registry.services import audit
from registry.services.changes import UNSET, Check, Maybe, apply_changes, audit_value, checked, given, record_update
from registry.services.errors import Problem, Problems, StaleRecord
from registry.services.people import (
    PersonChanges,
    PersonInput,
    clean_person,
    clean_person_changes,
    create_person,
    update_person,
)
from registry.services.record_checks import (
    as_given,
    audit_added,
    case_for_writing,
    code_check,
    codes_check,
    flag,
    long_text_check,
    moment_check,
    person_of_case_check,
    record_of_case,
    text_check,
    update_record,
)
from registry.services.validation import TEXT_MAX, check_past_date, clean_text

#: notes of these kinds are a contact with the child or family: the first one sets the case's first contact
CONTACT_KINDS = frozenset({"contact", "home_visit", "interview", "phone_call"})


# ------------------------------------------------------------------------------------------------ household

#: the person fields a household member's "added" event keeps (who they are and how to reach them)
_PERSON_AUDITED = frozenset(
    {"given_name", "family_name", "jmbg", "birth_date", "sex", "address", "municipality", "phone", "citizenship"}
)


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
    return {
        "role": code_check(session, "household_role", "role_in_household"),
        "alleged_perpetrator": flag,
        "lives_in_household": flag,
        "legal_representative": flag,
        "notes": long_text_check("notes"),
    }


def add_household_member(
    session: Session,
    case_id: int,
    person: PersonInput,
    *,
    role: str,
    actor_id: int | None,
    alleged_perpetrator: bool = False,
    lives_in_household: bool = True,
    legal_representative: bool = False,
) -> HouseholdMember:
    case_for_writing(session, case_id, actor_id)
    problems = Problems()
    cleaned = clean_person(person, problems)
    values = checked(
        {
            "role": role,
            "alleged_perpetrator": alleged_perpetrator,
            "lives_in_household": lives_in_household,
            "legal_representative": legal_representative,
        },
        _household_checks(session),
        problems,
    )
    problems.raise_if_any()
    member = HouseholdMember(case_id=case_id, person_id=create_person(session, cleaned.values).id, **values)
    session.add(member)
    session.flush()
    audit_added(
        session,
        "household.add",
        "household_member",
        member.id,
        case_id,
        actor_id,
        {**{name: value for name, value in cleaned.values.items() if name in _PERSON_AUDITED}, **values},
    )
    return member


def update_household_member(
    session: Session, member_id: int, changes: HouseholdChanges, *, actor_id: int | None
) -> list[Problem]:
    """Correct a household member; returns JMBG warnings, raises ValidationError on problems."""
    member = record_of_case(session, HouseholdMember, member_id, "household_member", actor_id)
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
    record_update(
        session,
        "household.update",
        diff,
        entity="household_member",
        record_id=member.id,
        case_id=member.case_id,
        actor_id=actor_id,
    )
    return person.warnings


def remove_household_member(session: Session, member_id: int, *, reason: str, actor_id: int | None) -> None:
    """Take a person off the case's household (entered by mistake, or moved out and no longer part of the case).

    The person stays in the register (an incident or a consent may name them); the audit event keeps who they were
    and their place in the household as "before", and the reason."""
    member = record_of_case(session, HouseholdMember, member_id, "household_member", actor_id)
    problems = Problems()
    why = clean_text(reason, "reason", problems, max_length=TEXT_MAX, multiline=True, required=True)
    problems.raise_if_any()
    person = member.person
    diff = {
        name: [audit_value(value), None]
        for name, value in (
            ("given_name", person.given_name),
            ("family_name", person.family_name),
            ("jmbg", person.jmbg),
            ("role", member.role),
            ("alleged_perpetrator", member.alleged_perpetrator),
            ("legal_representative", member.legal_representative),
            ("lives_in_household", member.lives_in_household),
        )
        if value not in (None, "")
    }
    case_id = member.case_id
    session.delete(member)
    session.flush()
    audit.record(
        session,
        "household.remove",
        user_id=actor_id,
        entity="household_member",
        entity_id=member_id,
        case_id=case_id,
        details={"changes": diff, "reason": why, "person_id": person.id},
    )


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
    return {
        "occurred_at": moment_check("reported_at"),
        "occurred_at_approximate": flag,
        "place": text_check("address"),
        "description": long_text_check("text"),
        "violence_forms": codes_check(session, "violence_form", "violence_types"),
        "alleged_perpetrator_id": person_of_case_check(session, case_id, "alleged_perpetrator"),
        "injuries": flag,
        "police_informed": flag,
    }


def add_incident(session: Session, case_id: int, data: IncidentInput, *, actor_id: int | None) -> Incident:
    case_for_writing(session, case_id, actor_id)
    problems = Problems()
    checks = _incident_checks(session, case_id)
    values = checked({name: getattr(data, name) for name in checks}, checks, problems)
    problems.raise_if_any()
    incident = Incident(case_id=case_id, recorded_by_id=actor_id, **values)
    session.add(incident)
    session.flush()
    audit_added(session, "incident.add", "incident", incident.id, case_id, actor_id, values)
    return incident


def update_incident(session: Session, incident_id: int, changes: IncidentChanges, *, actor_id: int | None) -> Incident:
    incident = record_of_case(session, Incident, incident_id, "incident", actor_id)
    return update_record(session, incident, changes, _incident_checks(session, incident.case_id), "incident", actor_id)


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

    return {
        "code": code_check(session, "measure", "measure"),
        "started_on": day,
        "ended_on": day,
        "decision_number": text_check("registry_number", 60),
        "placement_location": text_check("address"),
        "decided_by_institution_id": as_given,
        "notes": long_text_check("notes"),
    }


def add_measure(
    session: Session,
    case_id: int,
    *,
    code: str,
    started_on: dt.date | str | None,
    actor_id: int | None,
    ended_on: dt.date | str | None = None,
    decision_number: str = "",
    placement_location: str = "",
    decided_by_institution_id: int | None = None,
    notes: str = "",
) -> Measure:
    case_for_writing(session, case_id, actor_id)
    problems = Problems()
    values = checked(
        {
            "code": code,
            "started_on": started_on,
            "ended_on": ended_on,
            "decision_number": decision_number,
            "placement_location": placement_location,
            "decided_by_institution_id": decided_by_institution_id,
            "notes": notes,
        },
        _measure_checks(session),
        problems,
    )
    problems.raise_if_any()
    measure = Measure(case_id=case_id, recorded_by_id=actor_id, **values)
    session.add(measure)
    session.flush()
    audit_added(session, "measure.add", "measure", measure.id, case_id, actor_id, values)
    return measure


def update_measure(session: Session, measure_id: int, changes: MeasureChanges, *, actor_id: int | None) -> Measure:
    measure = record_of_case(session, Measure, measure_id, "measure", actor_id)
    return update_record(session, measure, changes, _measure_checks(session), "measure", actor_id)


# ------------------------------------------------------------------------------------------------ notes


@dataclass
class NoteChanges:
    kind: Maybe[str] = UNSET
    occurred_at: Maybe[dt.datetime] = UNSET
    text: Maybe[str] = UNSET


def _note_checks(session: Session) -> dict[str, Check]:
    return {
        "kind": code_check(session, "note_kind", "text"),
        "occurred_at": moment_check("reported_at", required=True),
        "text": long_text_check("text", required=True),
    }


def _first_contact(case: Case, note: CaseNote) -> None:
    """The first note of a contact with the child or family is the case's first contact."""
    if note.kind in CONTACT_KINDS and case.first_contact_at is None:
        case.first_contact_at = note.occurred_at


def add_note(
    session: Session,
    case_id: int,
    *,
    text: str,
    actor_id: int | None,
    kind: str = "note",
    occurred_at: dt.datetime | None = None,
) -> CaseNote:
    case = case_for_writing(session, case_id, actor_id)
    problems = Problems()
    values = checked(
        {"kind": kind, "occurred_at": occurred_at or dt.datetime.now(dt.UTC), "text": text},
        _note_checks(session),
        problems,
    )
    problems.raise_if_any()
    note = CaseNote(case_id=case_id, author_id=actor_id, **values)
    session.add(note)
    _first_contact(case, note)
    session.flush()
    audit_added(session, "note.add", "case_note", note.id, case_id, actor_id, values)
    return note


def update_note(session: Session, note_id: int, changes: NoteChanges, *, actor_id: int | None) -> CaseNote:
    """Correct a note; the earlier text stays in the audit trail (the event holds it as "before")."""
    note = record_of_case(session, CaseNote, note_id, "case_note", actor_id)
    update_record(session, note, changes, _note_checks(session), "case_note", actor_id, action="note.update")
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
    "held_at": moment_check("reported_at", required=True),
    "place": text_check("address"),
    "participants": long_text_check("text", required=True),
    "minutes": long_text_check("text"),
    "decisions": long_text_check("text"),
}


def add_conference(
    session: Session,
    case_id: int,
    *,
    held_at: dt.datetime,
    participants: str,
    minutes: str,
    actor_id: int | None,
    decisions: str = "",
    place: str = "",
) -> CaseConference:
    case_for_writing(session, case_id, actor_id)
    problems = Problems()
    values = checked(
        {"held_at": held_at, "place": place, "participants": participants, "minutes": minutes, "decisions": decisions},
        _CONFERENCE_CHECKS,
        problems,
    )
    problems.raise_if_any()
    conference = CaseConference(case_id=case_id, recorded_by_id=actor_id, **values)
    session.add(conference)
    session.flush()
    audit_added(session, "conference.add", "case_conference", conference.id, case_id, actor_id, values)
    return conference


def update_conference(
    session: Session, conference_id: int, changes: ConferenceChanges, *, actor_id: int | None
) -> CaseConference:
    conference = record_of_case(session, CaseConference, conference_id, "case_conference", actor_id)
    return update_record(
        session, conference, changes, _CONFERENCE_CHECKS, "case_conference", actor_id, action="conference.update"
    )


# ------------------------------------------------------------------------------------------------ consents


@dataclass
class ConsentChanges:
    given_by_name: Maybe[str] = UNSET
    given_by_person_id: Maybe[int | None] = UNSET
    sectors: Maybe[list[str]] = UNSET
    purpose: Maybe[str] = UNSET
    given_at: Maybe[dt.datetime] = UNSET


def _consent_checks(session: Session, case_id: int) -> dict[str, Check]:
    return {
        "given_by_person_id": person_of_case_check(session, case_id, "full_name", child_too=True),
        "given_by_name": text_check("full_name", required=True),
        "sectors": codes_check(session, "sector", "sector"),
        "purpose": long_text_check("text"),
        "given_at": moment_check("reported_at", required=True),
    }


def record_consent(
    session: Session,
    case_id: int,
    *,
    given_by_name: str,
    sectors: list[str],
    purpose: str,
    actor_id: int | None,
    given_at: dt.datetime | None = None,
    given_by_person_id: int | None = None,
) -> Consent:
    case_for_writing(session, case_id, actor_id)
    problems = Problems()
    values = checked(
        {
            "given_by_person_id": given_by_person_id,
            "given_by_name": given_by_name,
            "sectors": sectors,
            "purpose": purpose,
            "given_at": given_at or dt.datetime.now(dt.UTC),
        },
        _consent_checks(session, case_id),
        problems,
    )
    problems.raise_if_any()
    consent = Consent(case_id=case_id, recorded_by_id=actor_id, **values)
    session.add(consent)
    session.flush()
    audit_added(session, "consent.add", "consent", consent.id, case_id, actor_id, values)
    return consent


def update_consent(session: Session, consent_id: int, changes: ConsentChanges, *, actor_id: int | None) -> Consent:
    consent = record_of_case(session, Consent, consent_id, "consent", actor_id)
    return update_record(session, consent, changes, _consent_checks(session, consent.case_id), "consent", actor_id)


def withdraw_consent(
    session: Session, consent_id: int, *, actor_id: int | None, at: dt.datetime | None = None
) -> Consent:
    consent = record_of_case(session, Consent, consent_id, "consent", actor_id)
    diff = apply_changes(consent, {"withdrawn_at": at or dt.datetime.now(dt.UTC)})
    session.flush()
    audit.record(
        session,
        "consent.withdraw",
        user_id=actor_id,
        entity="consent",
        entity_id=consent.id,
        case_id=consent.case_id,
        details={"changes": diff},
    )
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
