"""What accumulates on a case file: household members, incidents, measures, notes, conferences and consents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from registry.models import Case, CaseConference, CaseNote, Consent, HouseholdMember, Incident, Measure
from registry.services import access, audit, lookups
from registry.services.errors import NotFound, Problems
from registry.services.people import PersonInput, clean_person, create_person
from registry.services.validation import TEXT_MAX, check_code, check_past_date, check_past_moment, clean_text

#: notes of these kinds are a contact with the child or family: the first one sets the case's first contact
CONTACT_KINDS = frozenset({"contact", "home_visit", "interview", "phone_call"})


def _case(session: Session, case_id: int, actor_id: int | None) -> Case:
    return access.require_case(session, actor_id, case_id, write=True)


def _audit(session: Session, action: str, entity: str, record_id: int, case_id: int, actor_id: int | None) -> None:
    audit.record(session, action, user_id=actor_id, entity=entity, entity_id=record_id, case_id=case_id)


def add_household_member(
    session: Session, case_id: int, person: PersonInput, *, role: str, actor_id: int | None,
    alleged_perpetrator: bool = False, lives_in_household: bool = True, legal_representative: bool = False,
) -> HouseholdMember:
    _case(session, case_id, actor_id)
    problems = Problems()
    cleaned = clean_person(person, problems)
    role_code = check_code(role, lookups.codes(session, "household_role"), "role_in_household", problems)
    problems.raise_if_any()
    member = HouseholdMember(
        case_id=case_id, person_id=create_person(session, cleaned.values).id, role=role_code,
        alleged_perpetrator=alleged_perpetrator, lives_in_household=lives_in_household,
        legal_representative=legal_representative,
    )
    session.add(member)
    session.flush()
    _audit(session, "household.add", "household_member", member.id, case_id, actor_id)
    return member


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


def add_incident(session: Session, case_id: int, data: IncidentInput, *, actor_id: int | None) -> Incident:
    _case(session, case_id, actor_id)
    problems = Problems()
    allowed = lookups.codes(session, "violence_form")
    forms = [code for code in (check_code(c, allowed, "violence_types", problems) for c in data.violence_forms) if code]
    incident = Incident(
        case_id=case_id,
        occurred_at=check_past_moment(data.occurred_at, "reported_at", problems),
        occurred_at_approximate=data.occurred_at_approximate,
        place=clean_text(data.place, "address", problems),
        description=clean_text(data.description, "text", problems, max_length=TEXT_MAX, multiline=True),
        violence_forms=forms, alleged_perpetrator_id=data.alleged_perpetrator_id, injuries=data.injuries,
        police_informed=data.police_informed, recorded_by_id=actor_id,
    )
    problems.raise_if_any()
    session.add(incident)
    session.flush()
    _audit(session, "incident.add", "incident", incident.id, case_id, actor_id)
    return incident


def add_measure(
    session: Session, case_id: int, *, code: str, started_on: dt.date | str | None, actor_id: int | None,
    ended_on: dt.date | str | None = None, decision_number: str = "", placement_location: str = "",
    decided_by_institution_id: int | None = None, notes: str = "",
) -> Measure:
    _case(session, case_id, actor_id)
    problems = Problems()
    measure = Measure(
        case_id=case_id,
        code=check_code(code, lookups.codes(session, "measure"), "measure", problems),
        started_on=check_past_date(started_on, "measure", problems),
        ended_on=check_past_date(ended_on, "measure", problems),
        decision_number=clean_text(decision_number, "registry_number", problems, max_length=60),
        placement_location=clean_text(placement_location, "address", problems),
        decided_by_institution_id=decided_by_institution_id,
        notes=clean_text(notes, "notes", problems, max_length=TEXT_MAX, multiline=True),
        recorded_by_id=actor_id,
    )
    problems.raise_if_any()
    session.add(measure)
    session.flush()
    _audit(session, "measure.add", "measure", measure.id, case_id, actor_id)
    return measure


def add_note(
    session: Session, case_id: int, *, text: str, actor_id: int | None, kind: str = "note",
    occurred_at: dt.datetime | None = None,
) -> CaseNote:
    case = _case(session, case_id, actor_id)
    problems = Problems()
    note = CaseNote(
        case_id=case_id,
        kind=check_code(kind, lookups.codes(session, "note_kind"), "text", problems),
        occurred_at=check_past_moment(occurred_at or dt.datetime.now(dt.UTC), "reported_at", problems),
        text=clean_text(text, "text", problems, max_length=TEXT_MAX, multiline=True, required=True),
        author_id=actor_id,
    )
    problems.raise_if_any()
    session.add(note)
    if note.kind in CONTACT_KINDS and case.first_contact_at is None:
        case.first_contact_at = note.occurred_at
    session.flush()
    _audit(session, "note.add", "case_note", note.id, case_id, actor_id)
    return note


def add_conference(
    session: Session, case_id: int, *, held_at: dt.datetime, participants: str, minutes: str, actor_id: int | None,
    decisions: str = "", place: str = "",
) -> CaseConference:
    _case(session, case_id, actor_id)
    problems = Problems()
    conference = CaseConference(
        case_id=case_id,
        held_at=check_past_moment(held_at, "reported_at", problems, required=True),
        place=clean_text(place, "address", problems),
        participants=clean_text(participants, "text", problems, max_length=TEXT_MAX, multiline=True, required=True),
        minutes=clean_text(minutes, "text", problems, max_length=TEXT_MAX, multiline=True),
        decisions=clean_text(decisions, "text", problems, max_length=TEXT_MAX, multiline=True),
        recorded_by_id=actor_id,
    )
    problems.raise_if_any()
    session.add(conference)
    session.flush()
    _audit(session, "conference.add", "case_conference", conference.id, case_id, actor_id)
    return conference


def record_consent(
    session: Session, case_id: int, *, given_by_name: str, sectors: list[str], purpose: str, actor_id: int | None,
    given_at: dt.datetime | None = None, given_by_person_id: int | None = None,
) -> Consent:
    _case(session, case_id, actor_id)
    problems = Problems()
    allowed = lookups.codes(session, "sector")
    consent = Consent(
        case_id=case_id,
        given_by_person_id=given_by_person_id,
        given_by_name=clean_text(given_by_name, "full_name", problems, required=True),
        sectors=[code for code in (check_code(s, allowed, "sector", problems) for s in sectors) if code],
        purpose=clean_text(purpose, "text", problems, max_length=TEXT_MAX, multiline=True),
        given_at=check_past_moment(given_at or dt.datetime.now(dt.UTC), "reported_at", problems),
        recorded_by_id=actor_id,
    )
    problems.raise_if_any()
    session.add(consent)
    session.flush()
    _audit(session, "consent.add", "consent", consent.id, case_id, actor_id)
    return consent


def withdraw_consent(
    session: Session, consent_id: int, *, actor_id: int | None, at: dt.datetime | None = None
) -> Consent:
    consent = session.get(Consent, consent_id)
    if consent is None:
        raise NotFound(what="consent", value=consent_id)
    _case(session, consent.case_id, actor_id)
    consent.withdrawn_at = at or dt.datetime.now(dt.UTC)
    session.flush()
    _audit(session, "consent.withdraw", "consent", consent.id, consent.case_id, actor_id)
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
