"""The referral log across cases: every incoming and outgoing referral the user may see, filtered and keyset-paged.

Newest first (by id); the next page starts below the last row's id (``before_id``), so paging never uses OFFSET.
Only referrals of cases the actor sees without breaking the glass are listed (``access.visible_cases``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from registry.models import Case, Institution, Person, Referral
from registry.services.access import visible_cases
from registry.services.names import registry_key
from registry.services.rows import record

PAGE_SIZE = 100


@dataclass(frozen=True)
class ReferralQuery:
    direction: str | None = None
    status: str | None = None
    sector: str | None = None
    #: outgoing, sent and waiting for a response
    unanswered: bool = False
    #: unanswered and past the response deadline
    overdue: bool = False
    #: the lead worker of the case
    worker_id: int | None = None
    #: what the search box holds: the start of a registry number, or anything that finds the case
    #: (``search.search_cases``: the child's or a parent's name, JMBG, case number, address, phone)
    text: str = ""


@dataclass(frozen=True)
class LogRow:
    id: int
    case_id: int
    case_number: str
    direction: str
    institution: str | None
    sector: str | None
    channel: str
    urgency: str
    sent_at: dt.datetime | None
    registry_number: str
    response_due_at: dt.datetime | None
    response_received_at: dt.datetime | None
    status: str
    lead_worker_id: int | None
    version: int
    #: "family given" of the case's child, as entered
    child_name: str = ""

    @property
    def unanswered(self) -> bool:
        return self.direction == "outgoing" and self.status == "sent"

    def overdue(self, now: dt.datetime) -> bool:
        due = self.response_due_at
        if due is not None and due.tzinfo is None:
            due = due.replace(tzinfo=dt.UTC)
        return self.unanswered and due is not None and due < now


def list_referrals(
    session: Session,
    query: ReferralQuery,
    *,
    actor_id: int | None,
    before_id: int | None = None,
    limit: int = PAGE_SIZE,
    now: dt.datetime | None = None,
) -> list[LogRow]:
    """One page of the log, newest first; pass the last row's id as ``before_id`` for the next page."""
    moment = now or dt.datetime.now(dt.UTC)
    statement = (
        select(
            Referral.id,
            Referral.case_id,
            Case.number.label("case_number"),
            Referral.direction,
            Institution.name.label("institution"),
            Institution.sector,
            Referral.channel,
            Referral.urgency,
            Referral.sent_at,
            Referral.registry_number,
            Referral.response_due_at,
            Referral.response_received_at,
            Referral.status,
            Case.lead_worker_id,
            Referral.version,
            Person.family_name,
            Person.given_name,
        )
        .join(Case, Case.id == Referral.case_id)
        .join(Person, Person.id == Case.child_id)
        .outerjoin(Institution, Institution.id == Referral.institution_id)
        .where(visible_cases(session, actor_id))
        .order_by(Referral.id.desc())
        .limit(limit)
    )
    if query.direction:
        statement = statement.where(Referral.direction == query.direction)
    if query.status:
        statement = statement.where(Referral.status == query.status)
    if query.sector:
        statement = statement.where(Institution.sector == query.sector)
    if query.unanswered or query.overdue:
        statement = statement.where(Referral.direction == "outgoing", Referral.status == "sent")
    if query.overdue:
        statement = statement.where(Referral.response_due_at < moment)
    if query.worker_id is not None:
        statement = statement.where(Case.lead_worker_id == query.worker_id)
    if before_id is not None:
        statement = statement.where(Referral.id < before_id)
    if query.text.strip():
        statement = statement.where(_matching(session, query.text, actor_id))
    return [record(LogRow, row, child_name=f"{row.family_name} {row.given_name}") for row in session.execute(statement)]


#: cases found by the search box that the log looks at (a name shared by more children is a poor filter anyway)
_MATCHING_CASES = 500


def _matching(session: Session, text: str, actor_id: int | None):
    """Referrals whose registry number starts with ``text``, or of the cases search finds for it."""
    from registry.services.search import search_cases

    key = registry_key(text.strip())
    cases = [hit.case_id for hit in search_cases(session, text, limit=_MATCHING_CASES, actor_id=actor_id)]
    upper = key[:-1] + chr(ord(key[-1]) + 1) if key else ""
    by_number = and_(Referral.registry_key >= key, Referral.registry_key < upper) if key else Referral.id.is_(None)
    return or_(by_number, Referral.case_id.in_(cases)) if cases else by_number


__all__ = ["PAGE_SIZE", "LogRow", "ReferralQuery", "list_referrals"]
