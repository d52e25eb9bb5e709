"""Corrections of a case's records write what changed, and nothing else: household members, incidents, measures,
notes, conferences, consents, referrals and protocol steps, through their ``update_...`` services.

For each kind of record, over generated values: sending every field as stored writes nothing and records nothing;
changing one field changes exactly that column (and what it drives) and the audit event names it, before and after.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import AuditEvent, ChecklistItem, Institution
from registry.services import case_records, lookups, protocols, referrals
from registry.services.cases import register_case
from registry.services.changes import audit_value
from registry.services.errors import TransitionRefused
from registry.services.people import PERSON_FIELDS, PersonChanges, PersonInput
from tests.helpers import new_case
from tests.saving import DERIVED, FIELD_VALUES, differences, every_row, line, moment, name, text

PROPERTY = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
SENT = NOW - dt.timedelta(days=2)

Strategies = dict[str, st.SearchStrategy[object]]


def codes(kind: str) -> Callable[[Session], st.SearchStrategy[object]]:
    return lambda session: st.sampled_from(lookups.codes(session, kind))


def code_sets(kind: str) -> Callable[[Session], st.SearchStrategy[object]]:
    return lambda session: st.sets(st.sampled_from(lookups.codes(session, kind)), min_size=1, max_size=3).map(sorted)


def institutions(session: Session) -> st.SearchStrategy[object]:
    return st.sampled_from(list(session.scalars(select(Institution.id).order_by(Institution.id))))


def fixed(strategy: st.SearchStrategy[object]) -> Callable[[Session], st.SearchStrategy[object]]:
    return lambda _session: strategy


@dataclass(frozen=True)
class Kind:
    """One kind of record: how to make one, how to correct it, and a new value for each of its fields."""

    table: str
    action: str
    create: Callable[[Session, int], int]
    update: Callable[[Session, int, object], object]
    changes: Callable[..., object]
    fields: dict[str, Callable[[Session], st.SearchStrategy[object]]]
    derived: dict[str, set[str]] = field(default_factory=dict)


def _household(session: Session, case_id: int) -> int:
    person = PersonInput(
        "Nada",
        "Hodžić",
        jmbg="",
        birth_date=dt.date(1988, 2, 1),
        sex="F",
        address="Titova 5",
        phone="+387 61 111 222",
        citizenship="BiH",
        notes="Radi u smjenama.",
    )
    return case_records.add_household_member(
        session, case_id, person, role="mother", actor_id=None, legal_representative=True
    ).id


def _household_changes(**values: object) -> case_records.HouseholdChanges:
    person = {key.removeprefix("person."): value for key, value in values.items() if key.startswith("person.")}
    own = {key: value for key, value in values.items() if not key.startswith("person.")}
    return case_records.HouseholdChanges(person=PersonChanges(**person), **own)  # type: ignore[arg-type]


def _referral(session: Session, case_id: int) -> int:
    institution = session.scalars(select(Institution.id).order_by(Institution.id)).first()
    made = referrals.log_referral(
        session,
        referrals.ReferralInput(
            case_id,
            "incoming",
            institution,
            "letter",
            reason="Škola javlja izostanke.",
            registry_number="01-123/25",
            sent_at=SENT,
        ),
        actor_id=None,
    )
    referrals.record_response(
        session, made.id, summary="Dijete je pregledano.", actor_id=None, received_at=SENT + dt.timedelta(hours=5)
    )
    return made.id


def _step(session: Session, case_id: int) -> int:
    item = session.scalars(
        select(ChecklistItem).where(ChecklistItem.case_id == case_id).order_by(ChecklistItem.id)
    ).first()
    assert item is not None and not item.step.repeat_every_days
    protocols.complete_step(
        session, item.id, actor_id=None, note="Službena zabilješka sačinjena.", done_at=NOW - dt.timedelta(hours=1)
    )
    return item.id


KINDS = {
    "household": Kind(
        "household_member",
        "household.update",
        _household,
        lambda s, i, c: case_records.update_household_member(s, i, c, actor_id=None),  # type: ignore[arg-type]
        _household_changes,
        {
            "role": codes("household_role"),
            "alleged_perpetrator": fixed(st.booleans()),
            "lives_in_household": fixed(st.booleans()),
            "legal_representative": fixed(st.booleans()),
            "notes": fixed(text),
            **{f"person.{key}": fixed(FIELD_VALUES[key]) for key in PERSON_FIELDS},
        },
        {f"person.{key}": value for key, value in DERIVED.items()},
    ),
    "incident": Kind(
        "incident",
        "incident.update",
        lambda s, c: (
            case_records.add_incident(
                s, c, case_records.IncidentInput(SENT, "Modrica na ruci.", ["physical"], place="Škola"), actor_id=None
            ).id
        ),
        lambda s, i, c: case_records.update_incident(s, i, c, actor_id=None),  # type: ignore[arg-type]
        case_records.IncidentChanges,
        {
            "occurred_at": fixed(moment),
            "description": fixed(text),
            "violence_forms": code_sets("violence_form"),
            "place": fixed(line),
            "occurred_at_approximate": fixed(st.booleans()),
            "injuries": fixed(st.booleans()),
            "police_informed": fixed(st.booleans()),
        },
    ),
    "measure": Kind(
        "measure",
        "measure.update",
        lambda s, c: (
            case_records.add_measure(
                s,
                c,
                code="counselling",
                started_on=dt.date(2025, 1, 10),
                decision_number="05-12/25",
                actor_id=None,
                notes="Jednom sedmično.",
            ).id
        ),
        lambda s, i, c: case_records.update_measure(s, i, c, actor_id=None),  # type: ignore[arg-type]
        case_records.MeasureChanges,
        {
            "code": codes("measure"),
            "started_on": fixed(st.dates(dt.date(2023, 1, 1), dt.date(2025, 6, 30))),
            "ended_on": fixed(st.dates(dt.date(2023, 1, 1), dt.date(2025, 6, 30))),
            "decision_number": fixed(line.filter(lambda value: len(value) <= 60)),
            "placement_location": fixed(line),
            "decided_by_institution_id": institutions,
            "notes": fixed(text),
        },
    ),
    "note": Kind(
        "case_note",
        "note.update",
        lambda s, c: (
            case_records.add_note(s, c, text="Razgovor s majkom.", kind="note", occurred_at=SENT, actor_id=None).id
        ),
        lambda s, i, c: case_records.update_note(s, i, c, actor_id=None),  # type: ignore[arg-type]
        case_records.NoteChanges,
        {"kind": codes("note_kind"), "occurred_at": fixed(moment), "text": fixed(text)},
        {"kind": {"case_file.first_contact_at"}},  # a note that becomes a contact is the case's first contact
    ),
    "conference": Kind(
        "case_conference",
        "conference.update",
        lambda s, c: (
            case_records.add_conference(
                s, c, held_at=SENT, participants="Centar, škola, dom zdravlja", minutes="Dogovoren plan.", actor_id=None
            ).id
        ),
        lambda s, i, c: case_records.update_conference(s, i, c, actor_id=None),  # type: ignore[arg-type]
        case_records.ConferenceChanges,
        {
            "held_at": fixed(moment),
            "place": fixed(line),
            "participants": fixed(text),
            "minutes": fixed(text),
            "decisions": fixed(text),
        },
    ),
    "consent": Kind(
        "consent",
        "consent.update",
        lambda s, c: (
            case_records.record_consent(
                s, c, given_by_name="Nada Hodžić", sectors=["health"], purpose="Liječenje", given_at=SENT, actor_id=None
            ).id
        ),
        lambda s, i, c: case_records.update_consent(s, i, c, actor_id=None),  # type: ignore[arg-type]
        case_records.ConsentChanges,
        {
            "given_by_name": fixed(name),
            "sectors": code_sets("sector"),
            "purpose": fixed(text),
            "given_at": fixed(moment),
        },
    ),
    "referral": Kind(
        "referral",
        "referral.update",
        _referral,
        lambda s, i, c: referrals.update_referral(s, i, c, actor_id=None),  # type: ignore[arg-type]
        referrals.ReferralChanges,
        {
            "institution_id": institutions,
            "channel": fixed(st.sampled_from(["phone", "letter", "email", "fax"])),
            "urgency": fixed(st.sampled_from(["immediate", "urgent", "regular"])),
            "reason": fixed(text),
            "requested_action": fixed(text),
            "registry_number": fixed(line.filter(lambda value: len(value) <= 60)),
            "contact_person": fixed(name),
            "response_due_at": fixed(st.integers(1, 24 * 90).map(lambda hours: SENT + dt.timedelta(hours=hours))),
            "response_summary": fixed(text),
        },
        {"registry_number": {"referral.registry_key"}},
    ),
    "step": Kind(
        "checklist_item",
        "checklist.update",
        _step,
        lambda s, i, c: protocols.update_checklist_step(s, i, c, actor_id=None),  # type: ignore[arg-type]
        protocols.StepChanges,
        {"note": fixed(text), "done_at": fixed(moment)},
        {"done_at": {"checklist_item.due_at"}},  # the steps it triggers fall due from the new moment
    ),
}


def make(sessions: sessionmaker[Session], kind: Kind) -> tuple[int, int]:
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=None).case.id
        return case_id, kind.create(session, case_id)


def stored(session: Session, kind: Kind, record_id: int, key: str) -> object:
    from registry.models import Base

    model = next(mapper.class_ for mapper in Base.registry.mappers if mapper.local_table.name == kind.table)
    record = session.get_one(model, record_id)
    if key.startswith("person."):
        value = getattr(record.person, key.removeprefix("person."))
        return value or "" if key == "person.jmbg" else value
    value = getattr(record, key)
    return sorted(value) if isinstance(value, list) else value


def events(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


@pytest.mark.parametrize("kind_name", sorted(KINDS))
@PROPERTY
@given(data=st.data())
def test_sending_every_field_as_stored_writes_nothing(
    sessions: sessionmaker[Session], kind_name: str, data: st.DataObject
) -> None:
    kind = KINDS[kind_name]
    _case_id, record_id = make(sessions, kind)
    with sessions() as session:
        before, counted = every_row(session), events(session)
        everything = kind.changes(**{key: stored(session, kind, record_id, key) for key in kind.fields})
    with transaction(sessions) as session:
        kind.update(session, record_id, everything)
    with sessions() as session:
        assert every_row(session) == before
        assert events(session) == counted


@pytest.mark.parametrize("kind_name", sorted(KINDS))
@PROPERTY
@given(data=st.data())
def test_changing_one_field_of_a_record_changes_that_field_and_the_audit_names_it(
    sessions: sessionmaker[Session], kind_name: str, data: st.DataObject
) -> None:
    kind = KINDS[kind_name]
    _case_id, record_id = make(sessions, kind)
    key = data.draw(st.sampled_from(sorted(kind.fields)), "field")
    with sessions() as session:
        value = data.draw(kind.fields[key](session), "value")
        before, counted = every_row(session), events(session)
        assume(value != stored(session, kind, record_id, key))
    with transaction(sessions) as session:
        kind.update(session, record_id, kind.changes(**{key: value}))
    with sessions() as session:
        changed = differences(before, every_row(session))
        column = key.removeprefix("person.")
        own = {f"person.{column}"} if key.startswith("person.") else {f"{kind.table}.{column}"}
        assert changed & own, (key, changed)
        assert changed <= own | kind.derived.get(key, set()), (key, changed)
        assert events(session) == counted + 1
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert (event.action, event.entity_id) == (kind.action, record_id)
        diff = event.details["changes"]
        assert column in diff and diff[column][1] == audit_value(value), diff


def test_a_step_still_open_has_nothing_to_correct(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=None).case.id
        item_id = session.scalars(select(ChecklistItem.id).where(ChecklistItem.case_id == case_id)).first()
    with pytest.raises(TransitionRefused) as refused, transaction(sessions) as session:
        protocols.update_checklist_step(session, item_id, protocols.StepChanges(note="x"), actor_id=None)
    assert "nothing to correct" in refused.value.message("en")
