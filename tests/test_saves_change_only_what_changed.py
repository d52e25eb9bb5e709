"""A save writes what the user changed, and nothing else (issue 9, item 2), through the services.

Properties over generated cases, children and records holding every field (those the intake form never asks for
too): saving what is stored leaves every row of the register byte-identical and records no change; changing one
field changes exactly that field (and what it drives, such as the search keys of a name) and the audit event names
it with its value before and after.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import AuditEvent, Case
from registry.services.cases import CASE_FIELDS, CaseChanges, NewCase, get_case, register_case, update_case
from registry.services.changes import audit_value
from registry.services.people import PERSON_FIELDS, PersonChanges, PersonInput
from tests.saving import DERIVED, DERIVED_IN_AUDIT, FIELD_VALUES, case_fields, child, differences, every_row

PROPERTY = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
INTAKE = (
    "referral_source",
    "urgency",
    "risk_level",
    "violence_forms",
    "reporter_anonymous",
    "reporter_name",
    "reporter_contact",
    "reporter_relation",
    "report_summary",
)


def register(sessions: sessionmaker[Session], person: dict[str, object], fields: dict[str, object]) -> int:
    """A case holding every generated value, assessment and plan included."""
    with transaction(sessions) as session:
        case = register_case(
            session,
            NewCase(
                child=PersonInput(**person),  # type: ignore[arg-type]
                report_received_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=3),
                **{name: fields[name] for name in INTAKE},  # type: ignore[arg-type]
            ),
            actor_id=None,
        ).case
        case.assessment, case.plan = str(fields["assessment"]), str(fields["plan"])  # not through the code under test
        session.flush()
        return case.id


def stored(case: Case, name: str) -> object:
    """A field's value as stored, in the form the editor sends it back."""
    if name in PERSON_FIELDS:
        value = getattr(case.child, name)
        return value or "" if name == "jmbg" else value
    if name == "violence_forms":
        return sorted(form.code for form in case.violence_forms)
    if name == "co_worker_ids":
        return sorted(worker.user_id for worker in case.co_workers)
    return getattr(case, name)


def events(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


@PROPERTY
@given(data=st.data())
def test_saving_every_field_as_stored_writes_nothing_and_records_nothing(
    sessions: sessionmaker[Session], data: st.DataObject
) -> None:
    case_id = register(sessions, data.draw(child(), "child"), data.draw(case_fields(), "case"))
    with sessions() as session:
        before, counted = every_row(session), events(session)
        case = get_case(session, case_id)
        everything = CaseChanges(
            child=PersonChanges(**{name: stored(case, name) for name in PERSON_FIELDS}),
            **{name: stored(case, name) for name in CASE_FIELDS},
        )  # type: ignore[arg-type]
        version = case.version
    with transaction(sessions) as session:
        update_case(session, case_id, everything, expected_version=version, actor_id=None)
    with sessions() as session:
        assert every_row(session) == before
        assert events(session) == counted


@PROPERTY
@given(data=st.data())
def test_changing_one_field_changes_exactly_that_field_and_the_audit_names_it(
    sessions: sessionmaker[Session], data: st.DataObject
) -> None:
    case_id = register(sessions, data.draw(child(), "child"), data.draw(case_fields(), "case"))
    name = data.draw(st.sampled_from(sorted(FIELD_VALUES)), "field")
    value = data.draw(FIELD_VALUES[name], "value")
    with sessions() as session:
        before, counted = every_row(session), events(session)
        case = get_case(session, case_id)
        assume(value != stored(case, name))
        assume(not (name in ("reporter_name", "reporter_contact") and case.reporter_anonymous))
        version = case.version
    one = (
        CaseChanges(child=PersonChanges(**{name: value}))
        if name in PERSON_FIELDS  # type: ignore[arg-type]
        else CaseChanges(**{name: value})
    )  # type: ignore[arg-type]
    with transaction(sessions) as session:
        update_case(session, case_id, one, expected_version=version, actor_id=None)
    with sessions() as session:
        changed = differences(before, every_row(session))
        own = {f"person.{name}"} if name in PERSON_FIELDS else {f"case_file.{name}"}
        if name == "violence_forms":
            own = {"case_violence_form+", "case_violence_form-"}
        assert changed & own, (name, changed)
        assert changed <= own | DERIVED.get(name, set()), (name, changed)
        assert events(session) == counted + 1
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert event.action == "case.update" and event.case_id == case_id
        diff = event.details["changes"]
        assert name in diff and set(diff) <= {name} | DERIVED_IN_AUDIT.get(name, set()), diff
        assert diff[name][1] == audit_value(value)
        assert get_case(session, case_id).version == version + 1


def test_the_fields_the_intake_form_never_asks_for_survive_an_edit_of_another(sessions: sessionmaker[Session]) -> None:
    """The reported loss: saving in the case editor blanked disability, citizenship, school grade and notes."""
    person = {
        "given_name": "Amina",
        "family_name": "Hodžić",
        "has_disability": True,
        "disability_note": "Oštećenje sluha; koristi slušni aparat.",
        "citizenship": "BiH",
        "school_grade": "4",
        "notes": "Dijete govori i romski.",
    }
    fields = {
        "referral_source": "school",
        "urgency": "urgent",
        "risk_level": "medium",
        "violence_forms": ["neglect"],
        "reporter_anonymous": False,
        "reporter_name": "",
        "reporter_contact": "",
        "reporter_relation": "",
        "report_summary": "",
        "assessment": "",
        "plan": "",
    }
    case_id = register(sessions, person, fields)
    with sessions() as session:
        version = get_case(session, case_id).version
    with transaction(sessions) as session:
        update_case(session, case_id, CaseChanges(risk_level="high"), expected_version=version, actor_id=None)
    with sessions() as session:
        kept = get_case(session, case_id).child
        assert (kept.has_disability, kept.disability_note, kept.citizenship, kept.school_grade, kept.notes) == (
            True,
            "Oštećenje sluha; koristi slušni aparat.",
            "BiH",
            "4",
            "Dijete govori i romski.",
        )
