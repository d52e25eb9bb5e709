"""The history of one record of a case, from the audit trail: every correction with its fields before and after.

A corrected note or conference keeps its earlier text here (the "before" of each correction), so the case shows
what was written first and who changed it when; the same holds for every kind of record and for reasons given
(a step reopened, a referral cancelled, a household member removed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import AuditEvent, User
from registry.services import access, audit

#: the kinds of record whose history the case editor shows (audit entity names)
RECORD_KINDS = frozenset(
    {"household_member", "incident", "measure", "case_note", "case_conference", "consent", "referral", "checklist_item"}
)


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    action: str
    user: str
    #: field -> [before, after], as the audit trail keeps them (dates as ISO text)
    changes: dict[str, list[object]] = field(default_factory=dict)
    reason: str = ""


#: the event of someone opening a record's history (audited, and not itself part of the history shown)
HISTORY_VIEWED = "record.history_viewed"


def record_history(
    session: Session, case_id: int, entity: str, record_id: int, *, actor_id: int | None, audit_opening: bool = True
) -> list[HistoryEntry]:
    """What happened to one record of a case, oldest first (the actor must be allowed to read the case).

    Opening a record's history reads the audit trail, so it is itself recorded (who looked, at which record)."""
    access.require_case(session, actor_id, case_id)
    if entity not in RECORD_KINDS:
        return []
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.action, User.full_name, AuditEvent.details)
        .outerjoin(User, User.id == AuditEvent.user_id)
        .where(
            AuditEvent.case_id == case_id,
            AuditEvent.entity == entity,
            AuditEvent.entity_id == record_id,
            AuditEvent.action != HISTORY_VIEWED,
        )
        .order_by(AuditEvent.id)
    )
    entries = []
    for at, action, user, details in rows:
        details = details or {}
        found = details.get("changes")
        changes: dict[str, list[object]] = dict(found) if isinstance(found, dict) else {}
        entries.append(HistoryEntry(at, action, user or "", changes, str(details.get("reason") or "")))
    if audit_opening and actor_id is not None:
        audit.record(session, HISTORY_VIEWED, user_id=actor_id, entity=entity, entity_id=record_id, case_id=case_id)
    return entries


def earlier_texts(entries: list[HistoryEntry], name: str) -> list[tuple[dt.datetime, str, str]]:
    """Each earlier wording of one text field (``text`` of a note, ``minutes`` of a conference): when it was
    replaced, by whom, and the text as it read before."""
    return [
        (entry.at, entry.user, str(entry.changes[name][0] or ""))
        for entry in entries
        if name in entry.changes
        and isinstance(entry.changes[name], list)
        and entry.changes[name]
        and entry.changes[name][0] is not None  # the record's first wording (entered, nothing before) is not earlier
    ]


__all__ = ["HISTORY_VIEWED", "RECORD_KINDS", "HistoryEntry", "earlier_texts", "record_history"]
