"""Append-only, hash-chained audit events: each event's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from registry.models import AuditEvent, utcnow

GENESIS = "0" * 64


def _digest(prev_hash: str, event: AuditEvent) -> str:
    payload = json.dumps(
        {
            "prev": prev_hash,
            "at": event.at.isoformat(),
            "user": event.user_id,
            "action": event.action,
            "entity": event.entity,
            "entity_id": event.entity_id,
            "case": event.case_id,
            "details": event.details,
        },
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


CHAIN_LOCK = 774411


def hold_chain(session: Session) -> None:
    """Become the one writer of the chain before its head is read, so two writers never link to the same head.

    PostgreSQL: a transaction-scoped advisory lock (READ COMMITTED then reads the newest head).  SQLite: the
    database's write lock.  A transaction that has not written yet is begun ``IMMEDIATE``; one that has (or was
    begun by a savepoint) takes the lock with a write that changes nothing.  Either way the head read next is the
    newest, because SQLite allows one writer and a WAL writer always sees the last commit.
    """
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
        return
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.dbapi_connection
    if raw is not None and not raw.in_transaction:
        raw.execute("BEGIN IMMEDIATE")
    else:
        connection.execute(text("UPDATE audit_event SET id = id WHERE 0"))


def record(
    session: Session,
    action: str,
    *,
    user_id: int | None,
    entity: str = "",
    entity_id: int | None = None,
    case_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction, so it commits or rolls back with what it describes."""
    session.flush()
    hold_chain(session)
    prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or GENESIS
    event = AuditEvent(
        at=utcnow().replace(microsecond=0),
        user_id=user_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        details=json.loads(json.dumps(details or {}, default=str)),
        prev_hash=prev,
    )
    event.hash = _digest(prev, event)
    session.add(event)
    session.flush()
    return event


def record_many(session: Session, action: str, events: list[dict[str, Any]], *, user_id: int | None) -> None:
    """Append one event per item (keys: entity, entity_id, case_id, details) in one multi-row INSERT.

    The chain is the same as ``record`` builds one event at a time; an import of 50,000 cases would otherwise
    spend most of its time on 50,000 separate round trips for the chain head.
    """
    if not events:
        return
    session.flush()
    hold_chain(session)
    prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or GENESIS
    at = utcnow().replace(microsecond=0)
    rows = []
    for item in events:
        row = {"at": at, "user_id": user_id, "action": action, "entity": item.get("entity", ""),
               "entity_id": item.get("entity_id"), "case_id": item.get("case_id"),
               "details": json.loads(json.dumps(item.get("details") or {}, default=str)), "prev_hash": prev}
        row["hash"] = prev = _digest(prev, SimpleNamespace(**row))  # type: ignore[arg-type]
        rows.append(row)
    session.connection().execute(insert(AuditEvent), rows)


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    events: int
    first_broken_id: int | None = None


def verify_chain(session: Session) -> ChainCheck:
    """Walk the chain in id order; the first event whose links or hash do not match is named."""
    prev = GENESIS
    count = 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=2000)):
        count += 1
        if event.prev_hash != prev or _digest(prev, event) != event.hash:
            return ChainCheck(False, count, event.id)
        prev = event.hash
    return ChainCheck(True, count)
