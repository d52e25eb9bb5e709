"""The referral log: both directions, deadlines, responses, and what stands out as unanswered or overdue."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Consent, Institution
from registry.services.case_records import record_consent, withdraw_consent
from registry.services.cases import register_case
from registry.services.errors import TransitionRefused, ValidationError
from registry.services.referrals import (
    ConsentMissing,
    ReferralInput,
    case_referrals,
    log_referral,
    overdue,
    record_response,
    send_referral,
    unanswered,
)
from tests.helpers import new_case

NOW = dt.datetime.now(dt.UTC)


@pytest.fixture
def case_and_school(sessions: sessionmaker[Session]) -> tuple[int, int]:
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=None).case.id
        school = session.scalar(select(Institution.id).where(Institution.sector == "education"))
        record_consent(
            session,
            case_id,
            given_by_name="Majka",
            sectors=["education"],
            purpose="Škola",
            actor_id=None,
            given_at=NOW - dt.timedelta(days=30),
        )
    return case_id, school


def test_outgoing_referral_from_draft_to_answer(sessions: sessionmaker[Session], case_and_school) -> None:
    case_id, school = case_and_school
    with transaction(sessions) as session:
        draft = log_referral(
            session,
            ReferralInput(
                case_id,
                "outgoing",
                school,
                "letter",
                reason="Provjera pohađanja nastave",
                requested_action="Izvještaj razrednika",
                urgency="urgent",
            ),
            actor_id=None,
        )
        assert draft.status == "draft" and draft.response_due_at is None
    with transaction(sessions) as session:
        sent = send_referral(
            session, draft.id, actor_id=None, sent_at=NOW - dt.timedelta(days=4), registry_number="02-35-117/26"
        )
        # urgent: the school has three days to answer, so it is already overdue
        assert sent.response_due_at == NOW - dt.timedelta(days=1)
    with sessions() as session:
        assert [r.id for r in unanswered(session)] == [draft.id]
        assert [r.registry_number for r in overdue(session)] == ["02-35-117/26"]
    with pytest.raises(TransitionRefused), transaction(sessions) as session:
        send_referral(session, draft.id, actor_id=None)
    with transaction(sessions) as session:
        record_response(session, draft.id, summary="Dijete redovno pohađa nastavu.", actor_id=None)
    with sessions() as session:
        assert unanswered(session) == [] and overdue(session) == []
        [row] = case_referrals(session, case_id, actor_id=None)
        assert row.status == "answered" and row.sector == "education"
    with pytest.raises(TransitionRefused) as twice, transaction(sessions) as session:
        record_response(session, draft.id, summary="Opet.", actor_id=None)
    assert "već" in twice.value.message("hr")


def test_incoming_referral_needs_when_it_arrived(sessions: sessionmaker[Session], case_and_school) -> None:
    case_id, school = case_and_school
    with pytest.raises(ValidationError) as raised, transaction(sessions) as session:
        log_referral(session, ReferralInput(case_id, "incoming", school, "phone"), actor_id=None)
    assert raised.value.fields() == {"sent_at"}
    with transaction(sessions) as session:
        incoming = log_referral(
            session,
            ReferralInput(case_id, "incoming", school, "phone", sent_at=NOW - dt.timedelta(hours=3)),
            actor_id=None,
        )
        assert incoming.status == "sent"
    with sessions() as session:
        assert unanswered(session) == []  # an incoming notification waits for nobody's answer


def test_bad_referral_input_is_refused_whole(sessions: sessionmaker[Session], case_and_school) -> None:
    case_id, _ = case_and_school
    with pytest.raises(ValidationError) as raised, transaction(sessions) as session:
        log_referral(session, ReferralInput(case_id, "sideways", 99999, "pigeon", reason="x" * 30_000), actor_id=None)
    assert raised.value.fields() == {"direction", "institution", "channel", "reason"}
    with sessions() as session:
        assert case_referrals(session, case_id, actor_id=None) == []


def test_response_cannot_predate_the_referral(sessions: sessionmaker[Session], case_and_school) -> None:
    case_id, school = case_and_school
    with transaction(sessions) as session:
        referral = log_referral(
            session,
            ReferralInput(case_id, "outgoing", school, "email", sent_at=NOW - dt.timedelta(days=1)),
            actor_id=None,
        )
    with pytest.raises(ValidationError) as raised, transaction(sessions) as session:
        record_response(session, referral.id, summary="Odgovor.", actor_id=None, received_at=NOW - dt.timedelta(days=2))
    assert "Poslano" in raised.value.message("bs") or "Sent" in raised.value.message("en")


def test_outgoing_referral_without_consent_needs_a_recorded_reason(
    sessions: sessionmaker[Session], case_and_school
) -> None:
    case_id, school = case_and_school
    with transaction(sessions) as session:
        police = session.scalar(select(Institution.id).where(Institution.sector == "police"))
    with pytest.raises(ConsentMissing) as missing, transaction(sessions) as session:
        log_referral(session, ReferralInput(case_id, "outgoing", police, "letter"), actor_id=None)
    assert "Policija" in missing.value.message("bs") or "policij" in missing.value.message("bs").lower()
    assert "Полиција" in missing.value.message("sr-Cyrl")
    with transaction(sessions) as session:
        referral = log_referral(
            session,
            ReferralInput(
                case_id,
                "outgoing",
                police,
                "letter",
                consent_override_reason="Zakonska obaveza prijave nasilja policiji.",
            ),
            actor_id=None,
        )
        assert referral.consent_override_reason.startswith("Zakonska")
    with transaction(sessions) as session:
        consent_id = session.scalar(select(Consent.id).where(Consent.case_id == case_id))
        withdraw_consent(session, consent_id, actor_id=None)
    with pytest.raises(ConsentMissing), transaction(sessions) as session:
        log_referral(session, ReferralInput(case_id, "outgoing", school, "letter"), actor_id=None)
