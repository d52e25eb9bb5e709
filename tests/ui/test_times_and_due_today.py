"""Times and deadlines that are right: the centre's clock where a time is entered, step 1 not overdue the moment a
case exists, and at sign-in what is due today and overdue."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Case, ChecklistItem, Institution, ProtocolStep
from registry.services.cases import register_case
from registry.services.dashboard import dashboard
from registry.services.dates import LOCAL_TZ
from registry.services.due_today import due_today, end_of_today
from registry.services.protocols import overdue_steps
from registry.services.referrals import ReferralInput, log_referral
from tests.helpers import new_case
from tests.ui.conftest import register, type_text


@pytest.fixture
def computer_in_new_york() -> Iterator[None]:
    """This process's clock set to another zone, as on a laptop brought back from a trip."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_report_received_defaults_to_the_centres_clock_on_any_computer(
    qtbot, make_ctx, supervisor, sessions: sessionmaker[Session], computer_in_new_york
) -> None:
    from registry.ui.new_case_dialog import NewCaseDialog

    window = NewCaseDialog(make_ctx(supervisor, "bs"))
    qtbot.addWidget(window)
    window.show()
    assert "Sarajevu" in window.time_zone.text() and window.time_zone.text().rstrip(")").endswith(("CET", "CEST"))
    shown = window.reported_at.dateTime().toPython()
    sarajevo = dt.datetime.now(LOCAL_TZ).replace(tzinfo=None)
    assert abs((shown - sarajevo).total_seconds()) < 120  # Sarajevo wall time, not New York's
    type_text(window.find_family, "Kovač")
    QTest.mouseClick(window.new_child_button, Qt.MouseButton.LeftButton)
    type_text(window.given_name, "Ana")
    window.referral_source.setCurrentIndex(window.referral_source.findData("school"))
    window.urgency.setCurrentIndex(window.urgency.findData("urgent"))
    window.violence_forms["neglect"].setChecked(True)
    with qtbot.waitSignal(window.registered, timeout=10_000) as saved:
        QTest.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    with sessions() as session:
        case = session.get_one(Case, saved.args[0])
        received = (
            case.report_received_at.replace(tzinfo=dt.UTC)
            if case.report_received_at.tzinfo is None
            else case.report_received_at
        )
        registered = (
            case.registered_at.replace(tzinfo=dt.UTC) if case.registered_at.tzinfo is None else case.registered_at
        )
    # received no later than registered, and not an hour (or six) before it
    assert dt.timedelta(0) <= registered - received < dt.timedelta(minutes=2)


def test_step_one_is_due_a_day_after_registering_so_a_new_case_is_not_overdue(
    sessions: sessionmaker[Session], worker, supervisor
) -> None:
    with transaction(sessions) as session:
        case = register_case(session, new_case(hours_ago=0.5, lead_worker_id=worker.id), actor_id=worker.id).case
        case_id, registered = case.id, case.registered_at
        # reported three days ago, registered now: "immediately" is counted from the registration
        late = register_case(session, new_case("Emir", "Begić", hours_ago=72), actor_id=None).case
        late_id, late_registered = late.id, late.registered_at
    with sessions() as session:
        late_first = session.scalar(
            select(ChecklistItem.due_at)
            .join(ProtocolStep)
            .where(ChecklistItem.case_id == late_id, ProtocolStep.number == 1)
        )
        assert late_first.replace(tzinfo=None) == late_registered.replace(tzinfo=None) + dt.timedelta(hours=24)
        first = session.execute(
            select(ChecklistItem, ProtocolStep.code)
            .join(ProtocolStep)
            .where(ChecklistItem.case_id == case_id, ProtocolStep.number == 1)
        ).one()
        assert first[1] == "official_note" and first[0].done_at is None
        due = first[0].due_at if first[0].due_at.tzinfo else first[0].due_at.replace(tzinfo=dt.UTC)
        moment = registered if registered.tzinfo else registered.replace(tzinfo=dt.UTC)
        assert due == moment + dt.timedelta(hours=24)
        assert [row for row in overdue_steps(session) if row.case_id == case_id] == []
        board = dashboard(session, actor_id=supervisor.id)
        assert all(load.overdue_steps == 0 for load in board.workers if load.worker_id == worker.id)
        # a day later it is overdue, as an undone step should be
        later = overdue_steps(session, now=dt.datetime.now(dt.UTC) + dt.timedelta(hours=25))
        assert "official_note" in {row.step_code for row in later if row.case_id == case_id}


def test_due_today_lists_steps_and_responses_of_my_cases(sessions: sessionmaker[Session], worker) -> None:
    now = dt.datetime.now(dt.UTC)
    with transaction(sessions) as session:
        late = register_case(
            session,
            new_case("Amina", "Hodžić", hours_ago=24 * 10, urgency="regular", lead_worker_id=worker.id),
            actor_id=worker.id,
        ).case.id
        register_case(session, new_case("Emir", "Begić", hours_ago=24 * 10), actor_id=None)  # not hers
        police = session.scalar(select(Institution.id).where(Institution.sector == "police"))
        log_referral(
            session,
            ReferralInput(
                late,
                "outgoing",
                police,
                "letter",
                urgency="urgent",
                sent_at=now - dt.timedelta(days=5),
                consent_override_reason="Zakonska obaveza",
            ),
            actor_id=worker.id,
        )
    with sessions() as session:
        items = due_today(session, actor_id=worker.id, now=now)
    assert items and {item.case_id for item in items} == {late}
    assert {item.kind for item in items} == {"step", "response"}
    assert all(item.overdue == (item.due_at < now) for item in items)
    assert all(item.due_at < end_of_today(now) for item in items)
    assert [item.due_at for item in items] == sorted(item.due_at for item in items)


def test_at_sign_in_the_user_sees_what_is_due_and_opens_a_case(qtbot, make_ctx, sessions, worker) -> None:
    from registry.ui.due_today import show_due_today
    from registry.ui.main_window import MainWindow

    late = register(sessions, worker, "Amina", "Hodžić", hours_ago=24 * 10, urgency="regular", lead_worker_id=worker.id)
    ctx = make_ctx(worker, "sr-Cyrl")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    show_due_today(window, only_if_any=True)
    qtbot.waitUntil(lambda: window.due_today_dialog is not None and window.due_today_dialog.isVisible(), timeout=10_000)
    dialog = window.due_today_dialog
    assert dialog.windowTitle() == "Данас на реду и касни"
    model = dialog.model
    assert model.rowCount() >= 1
    assert model.index(0, 0).data().startswith("касни од ")
    assert model.index(0, 2).data() == "Hodžić Amina"
    assert not any(ch.isascii() and ch.isalpha() for ch in str(model.index(0, 3).data()))  # the step in Cyrillic
    with qtbot.waitSignal(window.open_case) as opened:
        dialog.open_button.click()
    assert opened.args == [late]


def test_nothing_due_shows_nothing_at_sign_in(qtbot, make_ctx, worker) -> None:
    from registry.ui.due_today import show_due_today
    from registry.ui.main_window import MainWindow

    ctx = make_ctx(worker, "bs")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    show_due_today(window, only_if_any=True)
    qtbot.waitUntil(lambda: not ctx.ops.busy, timeout=10_000)
    qtbot.wait(50)
    assert window.due_today_dialog is None
    window.due_today_action.trigger()  # from the menu: shown even when empty
    qtbot.waitUntil(lambda: window.due_today_dialog is not None, timeout=10_000)
    assert window.due_today_dialog.model.rowCount() == 0
