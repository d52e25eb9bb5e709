"""Protocol checklists: due dates from triggers, recurring reviews, overdue lists, template versions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import ProtocolStep, ProtocolTemplate
from registry.services.cases import approve_plan, change_status, get_case, register_case
from registry.services.protocols import case_checklist, complete_step, overdue_steps, template_in_force
from tests.helpers import new_case


def test_overdue_steps_are_listed_longest_overdue_first(sessions: sessionmaker[Session], worker) -> None:
    with transaction(sessions) as session:
        late = register_case(
            session, new_case(hours_ago=24 * 10, urgency="regular", lead_worker_id=worker.id), actor_id=None
        ).case
        fresh = register_case(session, new_case(family="Novak", hours_ago=1), actor_id=None).case
    with sessions() as session:
        rows = overdue_steps(session)
        assert {row.case_number for row in rows} >= {late.number}
        assert [row.due_at for row in rows] == sorted(row.due_at for row in rows)
        codes = {row.step_code for row in rows if row.case_id == late.id}
        assert {"intake", "case_conference"} <= codes  # 7 days for a regular case, 7 days for the conference
        assert all(row.step_code == "official_note" for row in rows if row.case_id == fresh.id)
        mine = overdue_steps(session, lead_worker_id=worker.id)
        assert {row.case_id for row in mine} == {late.id}


def test_done_step_leaves_the_overdue_list(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(hours_ago=24 * 10, urgency="regular"), actor_id=None).case.id
    with sessions() as session:
        intake = next(row for row in overdue_steps(session) if row.step_code == "intake")
    with transaction(sessions) as session:
        complete_step(session, intake.item_id, actor_id=None, note="Predmet zaprimljen i provjeren.")
    with sessions() as session:
        assert intake.item_id not in {row.item_id for row in overdue_steps(session)}
        item = next(i for i in case_checklist(session, case_id) if i.id == intake.item_id)
        assert item.done_at is not None and item.note == "Predmet zaprimljen i provjeren."


def test_review_recurs_every_ninety_days_after_the_plan(sessions: sessionmaker[Session], supervisor) -> None:
    with transaction(sessions) as session:
        case_id = register_case(session, new_case(), actor_id=None).case.id
    for status in ("assessment", "planning"):
        with transaction(sessions) as session:
            change_status(session, case_id, status, actor_id=None)
    with transaction(sessions) as session:
        get_case(session, case_id).plan = "Plan."
    approved_at = dt.datetime.now(dt.UTC) - dt.timedelta(days=100)
    with transaction(sessions) as session:
        approve_plan(session, case_id, actor_id=supervisor.id, now=approved_at)
    with sessions() as session:
        review = next(i for i in case_checklist(session, case_id) if i.step.code == "review")
        assert review.due_at == approved_at + dt.timedelta(days=90)
    done_at = dt.datetime.now(dt.UTC) - dt.timedelta(days=5)
    with transaction(sessions) as session:
        complete_step(session, review.id, actor_id=None, done_at=done_at)
    with sessions() as session:
        reviews = [i for i in case_checklist(session, case_id) if i.step.code == "review"]
        assert [(r.occurrence, r.done_at is not None) for r in reviews] == [(1, True), (2, False)]
        assert reviews[1].due_at == done_at + dt.timedelta(days=90)


def test_new_template_version_does_not_change_existing_checklists(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        old_case = register_case(session, new_case(), actor_id=None).case.id
        old = template_in_force(session, "default", dt.date.today())
        newer = ProtocolTemplate(
            code="default",
            version=old.version + 1,
            name=dict(old.name),
            valid_from=dt.date.today() - dt.timedelta(days=1),
        )
        newer.steps = [
            ProtocolStep(
                number=1,
                code="official_note",
                title={"en": "Official note"},
                trigger="report_received",
                deadline_hours=0,
            ),
            ProtocolStep(number=2, code="intake", title={"en": "Intake"}, trigger="report_received", deadline_hours=12),
        ]
        session.add(newer)
    with transaction(sessions) as session:
        new_case_id = register_case(session, new_case(family="Novi"), actor_id=None).case.id
    with sessions() as session:
        assert len(case_checklist(session, old_case)) == 11
        new_items = case_checklist(session, new_case_id)
        assert [i.step.code for i in new_items] == ["official_note", "intake"]
        assert get_case(session, new_case_id).protocol_template_id == newer.id
        assert session.scalar(select(ProtocolStep.id).where(ProtocolStep.template_id == old.id).limit(1))
