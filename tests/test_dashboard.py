"""The supervisor dashboard's figures: late work by worker, approvals waiting, cases by status and risk."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Case, ChecklistItem, Institution
from registry.services.access import AccessDenied, break_glass
from registry.services.cases import approve_plan, register_case, request_closure, set_restricted
from registry.services.dashboard import dashboard
from registry.services.referrals import ReferralInput, log_referral
from tests.helpers import new_case

NOW = dt.datetime.now(dt.UTC)


def test_dashboard_figures(sessions: sessionmaker[Session], worker, supervisor) -> None:
    with transaction(sessions) as session:
        late = register_case(
            session, new_case("Amina", "Hodžić", lead_worker_id=worker.id, hours_ago=24 * 40), actor_id=None
        ).case.id
        planned = register_case(session, new_case("Emir", "Begić", lead_worker_id=worker.id), actor_id=None).case.id
        closing = register_case(session, new_case("Lejla", "Đurić", risk_level="high"), actor_id=None).case.id
        police = session.scalar(select(Institution.id).where(Institution.sector == "police"))
        log_referral(
            session,
            ReferralInput(
                late,
                "outgoing",
                police,
                "letter",
                urgency="urgent",
                sent_at=NOW - dt.timedelta(days=5),
                consent_override_reason="Zakonska obaveza prijave",
            ),
            actor_id=None,
        )
        session.execute(update(Case).where(Case.id == planned).values(status="planning", plan="Plan zaštite"))
        session.execute(
            update(ChecklistItem)
            .where(ChecklistItem.case_id == closing)
            .values(not_applicable=True, not_applicable_reason="test")
        )
    with transaction(sessions) as session:
        request_closure(
            session,
            closing,
            reason_code=_closure_reason(session),
            actor_id=None,
            open_steps_reason="Sve završeno van protokola",
        )
    with sessions() as session:
        board = dashboard(session, actor_id=supervisor.id, now=NOW)
    load = {row.worker_id: row for row in board.workers}
    assert load[worker.id].worker == "Amra Hadžić"
    assert load[worker.id].overdue_steps > 0
    assert (load[worker.id].unanswered_referrals, load[worker.id].overdue_referrals) == (1, 1)
    assert [c.case_id for c in board.plans] == [planned]
    assert [c.case_id for c in board.closures] == [closing]
    assert board.by_status_and_risk[("registered", "high")] == 1
    assert sum(board.by_status_and_risk.values()) == 3
    with transaction(sessions) as session:
        approve_plan(session, planned, actor_id=supervisor.id)
    with sessions() as session:
        assert dashboard(session, actor_id=supervisor.id).plans == []


def _closure_reason(session: Session) -> str:
    from registry.services import lookups

    return lookups.codes(session, "closure_reason")[0]


def test_break_glass_shows_and_workers_are_refused(sessions: sessionmaker[Session], worker, supervisor) -> None:
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=None).case.id
        set_restricted(session, case_id, True, actor_id=None)
        break_glass(session, supervisor.id, case_id, "Hitna provjera po pozivu policije")
    with sessions() as session:
        board = dashboard(session, actor_id=supervisor.id)
        assert [row.details["reason"] for row in board.break_glass] == ["Hitna provjera po pozivu policije"]
        with pytest.raises(AccessDenied):
            dashboard(session, actor_id=worker.id)
