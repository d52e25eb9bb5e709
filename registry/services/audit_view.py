"""Reading the audit trail: for auditors and supervisors, filtered by user, case and date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, literal, not_, select
from sqlalchemy.orm import Session

from registry.models import AuditEvent, Case, User, utcnow
from registry.services import audit
from registry.services.access import BREAK_GLASS_HOURS, require_role, visibility, visibility_clause
from registry.services.errors import NotFound

#: what counts as someone looking at or taking away a case's content
ACCESS_ACTIONS = (
    "case.view",
    "case.break_glass",
    "case.print",
    "print",
    "export.cases",
    "case.create",
    "case.update",
    "audit.view",
)


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
    #: the event belongs to a restricted case the reader may not open: its details are left out
    hidden: bool = False


def audit_events(
    session: Session,
    *,
    actor_id: int | None,
    user_id: int | None = None,
    case_id: int | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    actions: tuple[str, ...] = (),
    before_id: int | None = None,
    limit: int = 200,
) -> list[AuditRow]:
    """Newest first, paged by ``before_id`` (the last row's id).

    The details of events of restricted cases the reader may not open now (not assigned, no break-the-glass)
    are left out (``hidden``): they hold names, JMBGs and assessments.  Who did what and when stays visible,
    and so does the reason given for breaking the glass, which is what an auditor checks.  Filtered to one case,
    the first page is recorded as ``audit.view`` on that case: opening a case's history is itself audited.
    """
    reader = require_role(session, actor_id, "auditor", "supervisor")
    if case_id is not None:
        if session.get(Case, case_id) is None:
            raise NotFound(what="case", value=case_id)
        if reader is not None and before_id is None:
            audit.record(session, "audit.view", user_id=reader.id, entity="case", entity_id=case_id, case_id=case_id)
    hidden = literal(False) if reader is None else _hidden(session, reader.id)
    query = (
        select(
            AuditEvent.id,
            AuditEvent.at,
            User.full_name,
            AuditEvent.action,
            AuditEvent.entity,
            AuditEvent.entity_id,
            Case.number,
            AuditEvent.details,
            hidden,
        )
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
    return [
        AuditRow(
            id=row[0],
            at=row[1],
            user=row[2],
            action=row[3],
            entity=row[4],
            entity_id=row[5],
            case_number=row[6],
            details={} if row[8] else row[7],
            hidden=bool(row[8]),
        )
        for row in session.execute(query)
    ]


def _hidden(session: Session, reader_id: int) -> Any:
    """True for an event of a restricted case the reader may not open now (not assigned, no recent break-glass)."""
    since = utcnow() - dt.timedelta(hours=BREAK_GLASS_HOURS)
    glass = AuditEvent.__table__.alias("glass")
    broke_glass = exists().where(
        glass.c.case_id == Case.id,
        glass.c.user_id == reader_id,
        glass.c.action == "case.break_glass",
        glass.c.at >= since,
    )
    open_to_reader = visibility_clause(visibility(session, reader_id), reader_id)
    return and_(
        Case.restricted.is_(True), AuditEvent.action != "case.break_glass", not_(open_to_reader), not_(broke_glass)
    )


def case_access_history(session: Session, case_id: int, *, actor_id: int | None) -> list[AuditRow]:
    """Everyone who opened, changed, printed or broke the glass on one case, newest first."""
    return audit_events(session, actor_id=actor_id, case_id=case_id, actions=ACCESS_ACTIONS, limit=10_000)


def recent_break_glass(session: Session, *, actor_id: int | None, days: int = 30) -> list[AuditRow]:
    """Break-the-glass openings for the supervisor dashboard."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    return audit_events(session, actor_id=actor_id, since=since, actions=("case.break_glass",), limit=1000)
