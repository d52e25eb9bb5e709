"""Registering cases, their numbers, their workflow, and what happens to bad input and concurrent saves."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import AuditEvent, Case, ChecklistItem, Person
from registry.services.access import AccessDenied
from registry.services.cases import (
    CaseChanges,
    approve_plan,
    change_status,
    close_case,
    get_case,
    register_case,
    reopen_case,
    update_case,
)
from registry.services.errors import StaleRecord, TransitionRefused, ValidationError
from registry.services.jmbg import make_jmbg
from registry.services.people import PersonInput
from registry.services.protocols import case_checklist, complete_step, mark_not_applicable
from tests.helpers import new_case


def _counts(session: Session) -> tuple[int, int, int, int]:
    return (
        session.scalar(select(func.count()).select_from(Case)),
        session.scalar(select(func.count()).select_from(Person)),
        session.scalar(select(func.count()).select_from(ChecklistItem)),
        session.scalar(select(func.count()).select_from(AuditEvent)),
    )


def test_registered_case_gets_centre_number_checklist_and_jmbg_details(sessions: sessionmaker[Session], worker) -> None:
    jmbg = make_jmbg(dt.date(2014, 5, 9), "M", region=17)
    with transaction(sessions) as session:
        result = register_case(
            session, new_case("Đorđe", "Šarić", jmbg=jmbg, birth_date=None, sex=None), actor_id=worker.id
        )
        number, case_id = result.case.number, result.case.id
    year = dt.datetime.now(dt.UTC).year
    assert number == f"NGS-{year}-00001"
    with sessions() as session:
        case = get_case(session, case_id)
        assert case.child.birth_date == dt.date(2014, 5, 9)
        assert case.child.sex == "M"
        assert case.status == "registered"
        assert [f.code for f in case.violence_forms] == ["neglect", "physical"]
        checklist = case_checklist(session, case_id)
        assert len(checklist) == 11
        intake = next(item for item in checklist if item.step.code == "intake")
        # urgent: intake is due 72 hours after the report was received
        assert intake.due_at == case.report_received_at + dt.timedelta(hours=72)


def test_case_numbers_continue_and_never_repeat(sessions: sessionmaker[Session]) -> None:
    numbers = []
    for index in range(3):
        with transaction(sessions) as session:
            numbers.append(register_case(session, new_case(family=f"Test{index}"), actor_id=None).case.number)
    assert [n.rsplit("-", 1)[1] for n in numbers] == ["00001", "00002", "00003"]


def test_concurrent_registrations_get_distinct_numbers(sessions: sessionmaker[Session]) -> None:
    numbers: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def register(index: int) -> None:
        try:
            for round_ in range(4):
                with transaction(sessions) as session:
                    case = register_case(session, new_case(family=f"Paralelni{index}x{round_}"), actor_id=None).case
                    number = case.number
                with lock:
                    numbers.append(number)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=register, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    assert len(numbers) == 16
    assert len(set(numbers)) == 16


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"child": PersonInput("", "Hodžić")}, "given_name"),
        ({"child": PersonInput("Ana", "x" * 10_000)}, "family_name"),
        ({"child": PersonInput("Ana", "Hodžić", jmbg="0101015175004")}, "jmbg"),
        ({"child": PersonInput("Ana", "Hodžić", birth_date="31.02.2015.")}, "birth_date"),
        ({"child": PersonInput("Ana", "Hodžić", birth_date="01.01.2099.")}, "birth_date"),
        ({"referral_source": "'; DROP TABLE case_file; --"}, "referral_source"),
        ({"violence_forms": ["physical", "teleportation"]}, "violence_types"),
        ({"urgency": "yesterday"}, "urgency"),
        ({"report_received_at": dt.datetime.now(dt.UTC) + dt.timedelta(days=3)}, "reported_at"),
    ],
)
def test_bad_input_is_named_and_nothing_is_written(sessions: sessionmaker[Session], change: dict, field: str) -> None:
    with sessions() as session:
        before = _counts(session)
    with pytest.raises(ValidationError) as raised, transaction(sessions) as session:
        register_case(session, new_case(**change), actor_id=None)
    assert field in raised.value.fields()
    assert raised.value.message("bs")  # a readable message, not a code
    with sessions() as session:
        assert _counts(session) == before


def test_invalid_jmbg_message_says_what_is_wrong_in_users_language(sessions: sessionmaker[Session]) -> None:
    good = make_jmbg(dt.date(2015, 1, 1), "F")
    typo = good[:-1] + str((int(good[-1]) + 1) % 10)
    with pytest.raises(ValidationError) as raised, transaction(sessions) as session:
        register_case(session, new_case(jmbg=typo), actor_id=None)
    assert "JMBG" in raised.value.message("bs")
    assert good[-1] in raised.value.message("en")
    assert "ЈМБГ" in raised.value.message("sr-Cyrl")


def test_jmbg_disagreeing_with_typed_birth_date_warns_but_saves(sessions: sessionmaker[Session]) -> None:
    jmbg = make_jmbg(dt.date(2012, 6, 1), "F")
    with transaction(sessions) as session:
        result = register_case(session, new_case(jmbg=jmbg, birth_date=dt.date(2012, 6, 2), sex="F"), actor_id=None)
    assert [w.field_name for w in result.warnings] == ["birth_date"]
    assert result.case.child.birth_date == dt.date(2012, 6, 2)


def _walk_to_planning(sessions: sessionmaker[Session], case_id: int) -> None:
    with transaction(sessions) as session:
        change_status(session, case_id, "assessment", actor_id=None)
    with transaction(sessions) as session:
        change_status(session, case_id, "planning", actor_id=None)


def test_workflow_needs_approved_plan_before_implementation(
    sessions: sessionmaker[Session], worker, supervisor
) -> None:
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=worker.id).case.id
    with pytest.raises(TransitionRefused), transaction(sessions) as session:
        change_status(session, case_id, "implementation", actor_id=None)
    _walk_to_planning(sessions, case_id)
    with pytest.raises(TransitionRefused) as refused, transaction(sessions) as session:
        change_status(session, case_id, "implementation", actor_id=None)
    assert "supervizor" in refused.value.message("bs")
    with transaction(sessions) as session:
        case = get_case(session, case_id)
        case.plan = "Savjetovanje porodice jednom sedmično."
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        approve_plan(session, case_id, actor_id=worker.id)  # only a supervisor approves plans
    with transaction(sessions) as session:
        approve_plan(session, case_id, actor_id=supervisor.id)
        review = next(i for i in case_checklist(session, case_id) if i.step.code == "review")
        assert review.due_at is not None  # reviews start counting from the approval
    with transaction(sessions) as session:
        case = change_status(session, case_id, "implementation", actor_id=None)
        assert case.assessment_done_at is not None
        assert [c.to_status for c in case.status_changes] == ["registered", "assessment", "planning", "implementation"]


def test_closing_with_open_mandatory_steps_needs_a_reason(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=None).case.id
    with pytest.raises(ValidationError) as raised, transaction(sessions) as session:
        close_case(session, case_id, reason_code=None, actor_id=None)
    assert "closure_reason" in raised.value.fields()
    with pytest.raises(ValidationError) as raised, transaction(sessions) as session:
        close_case(session, case_id, reason_code="no_grounds", actor_id=None)
    assert "4" in raised.value.message("en")  # intake (step 4) is among the open mandatory steps
    with transaction(sessions) as session:
        case = close_case(
            session,
            case_id,
            reason_code="no_grounds",
            actor_id=None,
            open_steps_reason="Prijava neosnovana nakon prve provjere.",
        )
        assert case.status == "closed" and case.closed_at is not None
    with pytest.raises(ValidationError), transaction(sessions) as session:
        reopen_case(session, case_id, reason="", actor_id=None)
    with transaction(sessions) as session:
        case = reopen_case(session, case_id, reason="Nova prijava škole.", actor_id=None)
        assert (case.status, case.reopened_count, case.closure_reason) == ("assessment", 1, None)


def test_closing_after_all_mandatory_steps_are_settled(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=None).case.id
    with transaction(sessions) as session:
        for item in case_checklist(session, case_id):
            if item.step.mandatory:
                mark_not_applicable(session, item.id, actor_id=None, reason="Prijava povučena.")
    with transaction(sessions) as session:
        assert close_case(session, case_id, reason_code="no_grounds", actor_id=None).status == "closed"


def test_not_applicable_needs_a_reason_and_done_steps_stay_done(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=None).case.id
        first = case_checklist(session, case_id)[0]
    with pytest.raises(ValidationError), transaction(sessions) as session:
        mark_not_applicable(session, first.id, actor_id=None, reason="  ")
    with transaction(sessions) as session:
        complete_step(session, first.id, actor_id=None)
    with pytest.raises(TransitionRefused), transaction(sessions) as session:
        complete_step(session, first.id, actor_id=None)


def _update_from(case) -> CaseChanges:
    """An edit that changes nothing yet: the tests set the fields they change."""
    return CaseChanges()


def test_second_of_two_concurrent_edits_is_refused_and_first_kept(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=None).case.id
    with sessions() as first_view, sessions() as second_view:
        mine, theirs = get_case(first_view, case_id), get_case(second_view, case_id)
        my_edit, their_edit = _update_from(mine), _update_from(theirs)
        version = mine.version
    my_edit.risk_level = "high"
    their_edit.risk_level = "low"
    with transaction(sessions) as session:
        update_case(session, case_id, my_edit, expected_version=version, actor_id=None)
    with pytest.raises(StaleRecord) as refused, transaction(sessions) as session:
        update_case(session, case_id, their_edit, expected_version=version, actor_id=None)
    assert "sačuva" in refused.value.message("bs")
    with sessions() as session:
        assert get_case(session, case_id).risk_level == "high"


def test_update_records_field_changes_and_moves_due_dates_with_urgency(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        case = register_case(session, new_case(urgency="regular"), actor_id=None).case
        case_id, version = case.id, case.version
    with sessions() as session:
        edit = _update_from(get_case(session, case_id))
    edit.urgency = "immediate"
    with transaction(sessions) as session:
        update_case(session, case_id, edit, expected_version=version, actor_id=None)
    with sessions() as session:
        case = get_case(session, case_id)
        intake = next(i for i in case_checklist(session, case_id) if i.step.code == "intake")
        assert intake.due_at == case.report_received_at + dt.timedelta(hours=24)
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last.action == "case.update"
        assert last.details["changes"]["urgency"] == ["regular", "immediate"]
