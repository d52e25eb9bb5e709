"""The supervisor dashboard: what is late and what waits for a supervisor, counted in a few grouped queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from registry.models import Case, ChecklistItem, Person, Referral, User
from registry.services.access import require_role, visible_cases
from registry.services.audit_view import AuditRow, recent_break_glass


@dataclass(frozen=True)
class WorkerLoad:
    worker_id: int | None
    worker: str
    overdue_steps: int
    unanswered_referrals: int
    overdue_referrals: int


@dataclass(frozen=True)
class WaitingCase:
    case_id: int
    case_number: str
    child: str
    worker: str
    since: dt.datetime | None
    version: int
    #: plan: when the plan was submitted; closure: the requested closure reason code
    closure_reason: str | None = None
    #: the protection plan itself (plans only), shown to the supervisor before approving it
    plan: str = ""


@dataclass
class Dashboard:
    workers: list[WorkerLoad] = field(default_factory=list)
    plans: list[WaitingCase] = field(default_factory=list)
    closures: list[WaitingCase] = field(default_factory=list)
    #: (status, risk level) → number of cases
    by_status_and_risk: dict[tuple[str, str], int] = field(default_factory=dict)
    break_glass: list[AuditRow] = field(default_factory=list)


def workers_load(session: Session, *, actor_id: int | None, now: dt.datetime | None = None) -> list[WorkerLoad]:
    """Overdue protocol steps and unanswered (and overdue) outgoing referrals of open cases, by lead worker."""
    moment = now or dt.datetime.now(dt.UTC)
    visible = visible_cases(session, actor_id)
    steps = dict(
        session.execute(
            select(Case.lead_worker_id, func.count())
            .select_from(ChecklistItem)
            .join(Case, Case.id == ChecklistItem.case_id)
            .where(
                ChecklistItem.done_at.is_(None),
                ChecklistItem.not_applicable.is_(False),
                ChecklistItem.due_at < moment,
                Case.status != "closed",
                visible,
            )
            .group_by(Case.lead_worker_id)
        ).all()
    )
    unanswered: dict[int | None, tuple[int, int]] = {}
    rows = session.execute(
        select(Case.lead_worker_id, func.count(), func.count(Referral.id).filter(Referral.response_due_at < moment))
        .select_from(Referral)
        .join(Case, Case.id == Referral.case_id)
        .where(Referral.direction == "outgoing", Referral.status == "sent", Case.status != "closed", visible)
        .group_by(Case.lead_worker_id)
    )
    for worker_id, total, overdue in rows:
        unanswered[worker_id] = (total, overdue)
    ids = set(steps) | set(unanswered)
    names = dict(session.execute(select(User.id, User.full_name).where(User.id.in_([i for i in ids if i]))).all())
    loads = [
        WorkerLoad(
            worker_id,
            names.get(worker_id, "") if worker_id else "",
            steps.get(worker_id, 0),
            *unanswered.get(worker_id, (0, 0)),
        )
        for worker_id in ids
    ]
    return sorted(loads, key=lambda load: (-(load.overdue_steps + load.overdue_referrals), load.worker))


def _waiting(session: Session, actor_id: int | None, *conditions, with_plan: bool = False) -> list[WaitingCase]:
    lead = select(User.full_name).where(User.id == Case.lead_worker_id).scalar_subquery()
    rows = session.execute(
        select(
            Case.id,
            Case.number,
            Person.family_name + " " + Person.given_name,
            lead,
            Case.plan_submitted_at,
            Case.version,
            Case.closure_reason,
            Case.plan if with_plan else literal(""),
        )
        .join(Person, Person.id == Case.child_id)
        .where(visible_cases(session, actor_id), *conditions)
        .order_by(Case.id)
        .limit(500)
    )
    return [WaitingCase(row[0], row[1], row[2], row[3] or "", row[4], row[5], row[6], row[7] or "") for row in rows]


def plans_awaiting_approval(session: Session, *, actor_id: int | None) -> list[WaitingCase]:
    """Cases in planning with a written plan that no supervisor has approved yet."""
    return _waiting(
        session, actor_id, Case.status == "planning", Case.plan != "", Case.plan_approved_at.is_(None), with_plan=True
    )


def closures_awaiting_approval(session: Session, *, actor_id: int | None) -> list[WaitingCase]:
    """Cases whose worker asked to close them (``cases.closure_pending``)."""
    return _waiting(session, actor_id, Case.status != "closed", Case.closure_reason.is_not(None))


def cases_by_status_and_risk(session: Session, *, actor_id: int | None) -> dict[tuple[str, str], int]:
    rows = session.execute(
        select(Case.status, Case.risk_level, func.count())
        .where(visible_cases(session, actor_id))
        .group_by(Case.status, Case.risk_level)
    )
    return {(status, risk): count for status, risk, count in rows}


def dashboard(session: Session, *, actor_id: int | None, now: dt.datetime | None = None) -> Dashboard:
    """Everything the dashboard shows, for a supervisor."""
    require_role(session, actor_id, "supervisor")
    return Dashboard(
        workers=workers_load(session, actor_id=actor_id, now=now),
        plans=plans_awaiting_approval(session, actor_id=actor_id),
        closures=closures_awaiting_approval(session, actor_id=actor_id),
        by_status_and_risk=cases_by_status_and_risk(session, actor_id=actor_id),
        break_glass=recent_break_glass(session, actor_id=actor_id, days=30),
    )


__all__ = [
    "Dashboard",
    "WaitingCase",
    "WorkerLoad",
    "cases_by_status_and_risk",
    "closures_awaiting_approval",
    "dashboard",
    "plans_awaiting_approval",
    "workers_load",
]
