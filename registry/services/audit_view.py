"""Reading the audit trail: for auditors and supervisors, filtered by user, case and date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import AuditEvent, Case, User
from registry.services.access import require_role
from registry.services.rows import records

#: what counts as someone looking at or taking away a case's content
ACCESS_ACTIONS = ("case.view", "case.break_glass", "case.print", "print", "export.cases", "case.create",
                  "case.update")


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user: str | None
    action: str
    entity: str
    entity_id: int | None
    case_number: str | None
    details: dict[str, Any]


def audit_events(
    session: Session, *, actor_id: int | None, user_id: int | None = None, case_id: int | None = None,
    since: dt.datetime | None = None, until: dt.datetime | None = None, actions: tuple[str, ...] = (),
    before_id: int | None = None, limit: int = 200,
) -> list[AuditRow]:
    """Newest first, paged by ``before_id`` (the last row's id)."""
    require_role(session, actor_id, "auditor", "supervisor")
    query = (
        select(AuditEvent.id, AuditEvent.at, User.full_name.label("user"), AuditEvent.action, AuditEvent.entity,
               AuditEvent.entity_id, Case.number.label("case_number"), AuditEvent.details)
        .outerjoin(User, User.id == AuditEvent.user_id)
        .outerjoin(Case, Case.id == AuditEvent.case_id)
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    )
    if user_id is not None:
        query = query.where(AuditEvent.user_id == user_id)
    if case_id is not None:
        query = query.where(AuditEvent.case_id == case_id)
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    if until is not None:
        query = query.where(AuditEvent.at < until)
    if actions:
        query = query.where(AuditEvent.action.in_(actions))
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    return records(AuditRow, session.execute(query))


def case_access_history(session: Session, case_id: int, *, actor_id: int | None) -> list[AuditRow]:
    """Everyone who opened, changed, printed or broke the glass on one case, newest first."""
    return audit_events(session, actor_id=actor_id, case_id=case_id, actions=ACCESS_ACTIONS, limit=10_000)


def recent_break_glass(session: Session, *, actor_id: int | None, days: int = 30) -> list[AuditRow]:
    """Break-the-glass openings for the supervisor dashboard."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    return audit_events(session, actor_id=actor_id, since=since, actions=("case.break_glass",), limit=1000)
