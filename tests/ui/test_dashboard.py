"""The supervisor dashboard: late work by worker, approvals from the dashboard, status and risk, break-glass."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Case, ChecklistItem, Institution
from registry.services import lookups
from registry.services.access import break_glass
from registry.services.cases import request_closure, set_restricted
from registry.services.referrals import ReferralInput, log_referral
from registry.ui.dashboard import DashboardPage
from tests.ui.conftest import register

NOW = dt.datetime.now(dt.UTC)


@pytest.fixture
def board_cases(sessions: sessionmaker[Session], worker, supervisor) -> dict[str, int]:
    late = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id, hours_ago=24 * 40)
    planned = register(sessions, worker, "Emir", "Begić", lead_worker_id=worker.id)
    closing = register(sessions, worker, "Лејла", "Ђурић", lead_worker_id=worker.id, risk_level="high")
    secret = register(sessions, worker, "Sara", "Kovač")
    with transaction(sessions) as session:
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
        request_closure(session, closing, reason_code=lookups.codes(session, "closure_reason")[0], actor_id=None)
        set_restricted(session, secret, True, actor_id=None)
        break_glass(session, supervisor.id, secret, "Hitna provjera po pozivu policije")
    return {"late": late, "planned": planned, "closing": closing}


def _page(qtbot, ctx) -> DashboardPage:
    page = DashboardPage(ctx)
    page.confirm = lambda _text: True
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def test_dashboard_shows_late_work_approvals_and_break_glass(qtbot, make_ctx, supervisor, worker, board_cases) -> None:
    page = _page(qtbot, make_ctx(supervisor))
    rows = {page.workers.row_at(n).worker: page.workers.row_at(n) for n in range(page.workers.rowCount())}
    assert rows["Amra Hadžić"].overdue_steps > 0 and rows["Amra Hadžić"].overdue_referrals == 1
    assert [c.case_id for c in page.plans.rows()] == [board_cases["planned"]]
    assert [c.case_id for c in page.closures.rows()] == [board_cases["closing"]]
    assert page.closures.index(0, 1).data() == "Ђурић Лејла"
    assert page.break_glass.index(0, 3).data() == "Hitna provjera po pozivu policije"
    totals = {
        page.status_risk.index(n, 0).data(): page.status_risk.index(n, 5).data()
        for n in range(page.status_risk.rowCount())
    }
    assert totals == {"Registered": "2", "Planning": "1"}


def test_approve_plan_and_closure_from_the_dashboard(qtbot, make_ctx, supervisor, board_cases, sessions) -> None:
    page = _page(qtbot, make_ctx(supervisor))
    page.plans_table.selectRow(0)
    page.approve_plan_button.click()
    qtbot.waitUntil(lambda: not page.loading and page.plans.rowCount() == 0, timeout=10_000)
    page.closures_table.selectRow(0)
    page.approve_closure_button.click()
    qtbot.waitUntil(lambda: not page.loading and page.closures.rowCount() == 0, timeout=10_000)
    with sessions() as session:
        assert session.get(Case, board_cases["planned"]).plan_approved_by_id == supervisor.id
        assert session.get(Case, board_cases["closing"]).status == "closed"


def test_double_click_opens_a_waiting_case(qtbot, make_ctx, supervisor, board_cases) -> None:
    page = _page(qtbot, make_ctx(supervisor))
    with qtbot.waitSignal(page.open_case) as opened:
        page.plans_table.doubleClicked.emit(page.plans.index(0, 0))
    assert opened.args == [board_cases["planned"]]


def test_models_pass_the_qt_model_tester(qtbot, qtmodeltester, make_ctx, supervisor, board_cases) -> None:
    page = _page(qtbot, make_ctx(supervisor))
    for model in (page.workers, page.plans, page.closures, page.status_risk, page.break_glass):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
