"""What a user has to do today: their cases' protocol steps and referral responses due by the end of today (the
centre's day, Europe/Sarajevo) or already overdue, the most overdue first.  Shown at sign-in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import Case, ChecklistItem, Institution, Person, ProtocolStep, Referral
from registry.services.access import CASE_READERS, actor, visibility_clause
from registry.services.dates import LOCAL_TZ

#: more than a day's list helps nobody; the case list's "overdue" filter has the rest
LIMIT = 200


@dataclass(frozen=True)
class DueItem:
    #: "step" (a protocol step) or "response" (the answer to an outgoing referral)
    kind: str
    case_id: int
    case_number: str
    child_name: str
    due_at: dt.datetime
    #: the step's title by language (a step), or None
    step_title: dict[str, str] | None
    #: the institution whose answer is awaited (a response), or None
    institution: str | None
    overdue: bool


def end_of_today(now: dt.datetime) -> dt.datetime:
    """Midnight ending the centre's current day, as an aware UTC moment."""
    local = now.astimezone(LOCAL_TZ)
    tomorrow = local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(tomorrow, dt.time(0, 0), LOCAL_TZ).astimezone(dt.UTC)


def due_today(session: Session, *, actor_id: int | None, now: dt.datetime | None = None) -> list[DueItem]:
    """Steps and referral responses due by the end of today on the open cases assigned to the user (lead worker,
    co-worker or supervisor), overdue first.  Nothing for a user who does not work on cases."""
    user = actor(session, actor_id)
    if user is None or user.role not in CASE_READERS:
        return []
    moment = now or dt.datetime.now(dt.UTC)
    until = end_of_today(moment)
    mine = visibility_clause("assigned", actor_id)
    steps = session.execute(
        select(Case.id, Case.number, Person.family_name, Person.given_name, ChecklistItem.due_at, ProtocolStep.title)
        .join(Case, Case.id == ChecklistItem.case_id)
        .join(Person, Person.id == Case.child_id)
        .join(ProtocolStep, ProtocolStep.id == ChecklistItem.step_id)
        .where(
            ChecklistItem.done_at.is_(None),
            ChecklistItem.not_applicable.is_(False),
            ChecklistItem.due_at < until,
            Case.status != "closed",
            mine,
        )
        .order_by(ChecklistItem.due_at, ChecklistItem.id)
        .limit(LIMIT)
    )
    responses = session.execute(
        select(Case.id, Case.number, Person.family_name, Person.given_name, Referral.response_due_at, Institution.name)
        .join(Case, Case.id == Referral.case_id)
        .join(Person, Person.id == Case.child_id)
        .outerjoin(Institution, Institution.id == Referral.institution_id)
        .where(
            Referral.direction == "outgoing",
            Referral.status == "sent",
            Referral.response_due_at < until,
            Case.status != "closed",
            mine,
        )
        .order_by(Referral.response_due_at, Referral.id)
        .limit(LIMIT)
    )
    items = [
        DueItem("step", case_id, number, f"{family} {given}", _aware(due), title or {}, None, _aware(due) < moment)
        for case_id, number, family, given, due, title in steps
    ]
    items += [
        DueItem("response", case_id, number, f"{family} {given}", _aware(due), None, institution, _aware(due) < moment)
        for case_id, number, family, given, due, institution in responses
    ]
    return sorted(items, key=lambda item: item.due_at)[:LIMIT]


def _aware(moment: dt.datetime | None) -> dt.datetime:
    assert moment is not None  # the queries ask for due dates before tonight, so there is one
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


__all__ = ["DueItem", "due_today", "end_of_today"]
