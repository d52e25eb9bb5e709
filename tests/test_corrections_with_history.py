"""Everything entered can be corrected, with history (issue 14.1) and field-level audit (issue 10.5).

Protocol steps closed and reopened with a reason, referrals cancelled with a reason and their responses, household
members removed, accounts corrected, and the earlier text of a corrected note kept in the case's history. Each
change is checked in the service (a colleague's case is refused) and leaves one audit event naming each field,
before and after; a correction that changes nothing records nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import AuditEvent, Case, ChecklistItem, HouseholdMember, Institution, Person, Referral, User
from registry.services import audit, case_records, protocols, referrals
from registry.services.access import AccessDenied
from registry.services.cases import register_case
from registry.services.errors import RegistryError, TransitionRefused, ValidationError
from registry.services.people import PersonInput
from registry.services.record_history import earlier_texts, record_history
from registry.services.users import AccountChanges, UserInput, create_user, update_user
from tests.helpers import new_case

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


@pytest.fixture
def people(sessions: sessionmaker[Session]) -> dict[str, int]:
    with transaction(sessions) as session:
        made = {
            "admin": create_user(
                session, UserInput("edin", "Edin Hasanović", "administrator", "admin password 2026"), actor_id=None
            ),
            "amra": create_user(
                session, UserInput("amra", "Amra Hadžić", "worker", "correct horse battery"), actor_id=None
            ),
            "other": create_user(
                session, UserInput("mirza", "Mirza Šehić", "worker", "another horse battery"), actor_id=None
            ),
        }
        session.flush()
        return {name: user.id for name, user in made.items()}


@pytest.fixture
def case_id(sessions: sessionmaker[Session], people: dict[str, int]) -> int:
    with transaction(sessions) as session:
        return register_case(session, new_case(lead_worker_id=people["amra"]), actor_id=people["amra"]).case.id


def _last(session: Session) -> AuditEvent:
    return session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def _step(session: Session, case_id: int, code: str) -> ChecklistItem:
    return next(item for item in protocols.case_checklist(session, case_id) if item.step.code == code)


def test_closing_a_step_is_audited_field_by_field(sessions, people, case_id) -> None:
    amra = people["amra"]
    with transaction(sessions) as session:
        done = _step(session, case_id, "official_note")
        protocols.complete_step(
            session, done.id, actor_id=amra, note="Zabilješka sačinjena.", done_at=NOW - dt.timedelta(hours=1)
        )
        event = _last(session)
        assert (event.action, event.entity, event.entity_id, event.case_id, event.user_id) == (
            "checklist.done",
            "checklist_item",
            done.id,
            case_id,
            amra,
        )
        assert event.details["step"] == "official_note"
        assert event.details["changes"]["note"] == ["", "Zabilješka sačinjena."]
        assert event.details["changes"]["done_at"][0] is None
        skipped = _step(session, case_id, "medical_examination")
        protocols.mark_not_applicable(session, skipped.id, actor_id=amra, reason="Nema povreda.")
        event = _last(session)
        assert event.action == "checklist.not_applicable"
        assert event.details["changes"]["not_applicable"] == [False, True]
        assert event.details["changes"]["not_applicable_reason"] == ["", "Nema povreda."]
        assert audit.verify_chain(session).ok


def test_a_step_closed_by_mistake_is_reopened_with_a_reason(sessions, people, case_id) -> None:
    amra = people["amra"]
    with transaction(sessions) as session:
        item = _step(session, case_id, "official_note")
        due = item.due_at
        protocols.complete_step(session, item.id, actor_id=amra, note="Greškom.", done_at=NOW)
        item_id = item.id
    with pytest.raises(ValidationError) as refused, transaction(sessions) as session:
        protocols.reopen_step(session, item_id, reason="  ", actor_id=amra)
    assert refused.value.problems[0].field_name == "reason"
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        protocols.reopen_step(session, item_id, reason="Označeno na pogrešnom predmetu.", actor_id=people["other"])
    with transaction(sessions) as session:
        protocols.reopen_step(session, item_id, reason="Označeno na pogrešnom predmetu.", actor_id=amra)
        event = _last(session)
        assert event.action == "checklist.reopen" and event.details["reason"] == "Označeno na pogrešnom predmetu."
        assert "note" not in event.details["changes"]  # the note written stays
        assert event.details["changes"]["done_at"][1] is None
    with sessions() as session:
        item = session.get_one(ChecklistItem, item_id)
        assert item.done_at is None and item.done_by_id is None and not item.not_applicable
        assert item.due_at is not None and abs(
            item.due_at.replace(tzinfo=dt.UTC) - due.replace(tzinfo=dt.UTC)
        ) < dt.timedelta(seconds=1)  # due again as before
        assert item.note == "Greškom."  # what was written stays until the step is done again
    with pytest.raises(TransitionRefused) as refused, transaction(sessions) as session:
        protocols.reopen_step(session, item_id, reason="Još jednom.", actor_id=amra)
    assert "nothing to reopen" in refused.value.message("en")


def test_reopening_a_recurring_step_takes_back_its_next_occurrence(sessions, people, case_id) -> None:
    amra = people["amra"]
    with transaction(sessions) as session:
        case = session.get_one(Case, case_id)
        case.plan_approved_at = NOW - dt.timedelta(days=100)
        protocols.refresh_due_dates(session, case)
        review = _step(session, case_id, "review")
        protocols.complete_step(session, review.id, actor_id=amra, done_at=NOW - dt.timedelta(days=2))
        review_id = review.id
        assert len([i for i in protocols.case_checklist(session, case_id) if i.step.code == "review"]) == 2
    with transaction(sessions) as session:
        protocols.reopen_step(session, review_id, reason="Revizija nije održana.", actor_id=amra)
        assert _last(session).details["removed_occurrence"] == 2
    with sessions() as session:
        reviews = [i for i in protocols.case_checklist(session, case_id) if i.step.code == "review"]
        assert [(i.occurrence, i.done_at) for i in reviews] == [(1, None)]


def test_a_referral_is_cancelled_with_a_reason_and_its_response_is_audited(sessions, people, case_id) -> None:
    amra = people["amra"]
    with transaction(sessions) as session:
        police = session.scalar(select(Institution.id).where(Institution.sector == "police"))
        made = referrals.log_referral(
            session,
            referrals.ReferralInput(
                case_id, "incoming", police, "letter", reason="Prijava.", sent_at=NOW - dt.timedelta(days=1)
            ),
            actor_id=amra,
        )
        second = referrals.log_referral(
            session,
            referrals.ReferralInput(
                case_id,
                "incoming",
                police,
                "phone",
                reason="Isti poziv, upisan dvaput.",
                sent_at=NOW - dt.timedelta(days=1),
            ),
            actor_id=amra,
        )
        referrals.record_response(session, made.id, summary="Policija je obavila razgovor.", actor_id=amra)
        event = _last(session)
        assert event.action == "referral.response"
        assert event.details["changes"]["response_summary"] == ["", "Policija je obavila razgovor."]
        assert event.details["changes"]["status"] == ["sent", "answered"]
        answered, duplicate = made.id, second.id
    with pytest.raises(ValidationError), transaction(sessions) as session:
        referrals.cancel_referral(session, duplicate, reason="", actor_id=amra)
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        referrals.cancel_referral(session, duplicate, reason="Dvaput upisano.", actor_id=people["other"])
    with transaction(sessions) as session:
        referrals.cancel_referral(session, duplicate, reason="Dvaput upisano.", actor_id=amra)
        event = _last(session)
        assert (event.action, event.entity_id, event.details["reason"]) == (
            "referral.cancel",
            duplicate,
            "Dvaput upisano.",
        )
        assert event.details["changes"] == {"status": ["sent", "cancelled"]}
    with pytest.raises(TransitionRefused), transaction(sessions) as session:
        referrals.cancel_referral(session, answered, reason="Greška.", actor_id=amra)
    with sessions() as session:
        assert session.get_one(Referral, duplicate).status == "cancelled"
        assert session.get_one(Referral, answered).status == "answered"
        unanswered = [row.id for row in referrals.unanswered(session)]
        assert duplicate not in unanswered


def test_a_household_member_is_removed_and_the_audit_keeps_who_they_were(sessions, people, case_id) -> None:
    amra = people["amra"]
    with transaction(sessions) as session:
        member = case_records.add_household_member(
            session,
            case_id,
            PersonInput("Nada", "Hodžić", jmbg="", address="Titova 5", phone="061 111 222"),
            role="mother",
            actor_id=amra,
        )
        member_id, person_id = member.id, member.person_id
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        case_records.remove_household_member(session, member_id, reason="Greška.", actor_id=people["other"])
    with pytest.raises(ValidationError), transaction(sessions) as session:
        case_records.remove_household_member(session, member_id, reason="", actor_id=amra)
    with transaction(sessions) as session:
        case_records.remove_household_member(session, member_id, reason="Upisana na pogrešan predmet.", actor_id=amra)
        event = _last(session)
        assert event.action == "household.remove" and event.details["reason"] == "Upisana na pogrešan predmet."
        assert event.details["changes"]["given_name"] == ["Nada", None]
        assert event.details["changes"]["role"] == ["mother", None]
    with sessions() as session:
        assert session.get(HouseholdMember, member_id) is None
        assert session.get(Person, person_id) is not None  # the person stays (an incident may name her)
        history = record_history(session, case_id, "household_member", member_id, actor_id=amra)
        assert [entry.action for entry in history] == ["household.add", "household.remove"]


def test_a_corrected_note_keeps_its_earlier_text_in_the_history(sessions, people, case_id) -> None:
    amra = people["amra"]
    with transaction(sessions) as session:
        note = case_records.add_note(
            session,
            case_id,
            text="Majka kaže da je dijete u školi.",
            actor_id=amra,
            occurred_at=NOW - dt.timedelta(hours=3),
        )
        note_id = note.id
    for text in ("Majka kaže da dijete nije bilo u školi.", "Majka kaže da dijete nije bilo u školi dva dana."):
        with transaction(sessions) as session:
            case_records.update_note(session, note_id, case_records.NoteChanges(text=text), actor_id=amra)
    with transaction(sessions) as session:  # the same text again: nothing changes, nothing is recorded
        before = _count(session)
        case_records.update_note(
            session,
            note_id,
            case_records.NoteChanges(text="Majka kaže da dijete nije bilo u školi dva dana."),
            actor_id=amra,
        )
        assert _count(session) == before
    with sessions() as session:
        history = record_history(session, case_id, "case_note", note_id, actor_id=amra)
        assert [entry.action for entry in history] == ["note.add", "note.update", "note.update"]
        assert [text for _at, _user, text in earlier_texts(history, "text")] == [
            "Majka kaže da je dijete u školi.",
            "Majka kaže da dijete nije bilo u školi.",
        ]
        assert {user for _at, user, _text in earlier_texts(history, "text")} == {"Amra Hadžić"}
        with pytest.raises(AccessDenied):
            record_history(session, case_id, "case_note", note_id, actor_id=people["other"])


def test_an_account_is_corrected_by_an_administrator(sessions, people) -> None:
    admin, amra = people["admin"], people["amra"]
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        update_user(session, amra, AccountChanges(role="supervisor"), actor_id=amra)
    with transaction(sessions) as session:
        update_user(
            session,
            amra,
            AccountChanges(full_name="Amra Hadžić-Begić", role="supervisor", title="Socijalna radnica"),
            actor_id=admin,
        )
        event = _last(session)
        assert (event.action, event.entity, event.entity_id) == ("user.update", "user", amra)
        assert event.details["changes"] == {
            "full_name": ["Amra Hadžić", "Amra Hadžić-Begić"],
            "role": ["worker", "supervisor"],
            "title": ["", "Socijalna radnica"],
        }
    with transaction(sessions) as session:
        before = _count(session)
        update_user(session, amra, AccountChanges(full_name="Amra Hadžić-Begić", role="supervisor"), actor_id=admin)
        assert _count(session) == before
    with pytest.raises(ValidationError), transaction(sessions) as session:
        update_user(session, amra, AccountChanges(full_name="  ", role="king"), actor_id=admin)
    with pytest.raises(RegistryError) as refused, transaction(sessions) as session:
        update_user(session, admin, AccountChanges(role="worker"), actor_id=admin)
    assert "administrator" in refused.value.message("en")
    with sessions() as session:
        stored = session.get_one(User, amra)
        assert (stored.full_name, stored.role) == ("Amra Hadžić-Begić", "supervisor")
        assert session.get_one(User, admin).role == "administrator"
