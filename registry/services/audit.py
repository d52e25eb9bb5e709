"""Append-only, hash-chained audit events: each event's hash covers its content and the previous hash.

The chain holds a digest of each event's details, not the details themselves, so retention can erase the
details of an anonymised case's events (names, JMBG, assessment texts) and the chain still verifies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, or_, select, text, update
from sqlalchemy.orm import Session

from registry.models import AuditEvent, utcnow

GENESIS = "0" * 64


def details_digest(details: dict[str, Any] | None) -> str:
    """What the chain keeps of an event's details: their SHA-256, so the details themselves can later be erased."""
    canonical = json.dumps(details or {}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def link_hash(prev_hash: str, event: Any) -> str:
    """An event's link: its own fields, the digest of its details and the previous link."""
    payload = json.dumps(
        {
            "prev": prev_hash,
            "at": event.at.isoformat(),
            "user": event.user_id,
            "action": event.action,
            "entity": event.entity,
            "entity_id": event.entity_id,
            "case": event.case_id,
            "details": event.details_digest,
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
    stored = json.loads(json.dumps(details or {}, default=str))
    event = AuditEvent(
        at=utcnow().replace(microsecond=0),
        user_id=user_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        details=stored,
        details_digest=details_digest(stored),
        redacted=False,
        prev_hash=prev,
    )
    event.hash = link_hash(prev, event)
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
        row = {
            "at": at,
            "user_id": user_id,
            "action": action,
            "entity": item.get("entity", ""),
            "entity_id": item.get("entity_id"),
            "case_id": item.get("case_id"),
            "details": json.loads(json.dumps(item.get("details") or {}, default=str)),
            "prev_hash": prev,
            "redacted": False,
        }
        row["details_digest"] = details_digest(row["details"])
        row["hash"] = prev = link_hash(prev, SimpleNamespace(**row))
        rows.append(row)
    session.connection().execute(insert(AuditEvent), rows)


UPGRADED = "audit.chain_upgraded"
#: how far an event's time may go back behind the events before it: the chain's lock orders events as they are
#: written, so times go back only by how much the PCs' clocks disagree (seconds; minutes at worst)
BACKDATED = dt.timedelta(hours=1)


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    events: int
    first_broken_id: int | None = None
    #: the newest link (what a backup or checkpoint records as the chain's head)
    head: str = GENESIS
    #: why it is not ok: "broken" (at first_broken_id) or "broken_before_upgrade" (found by the upgrade that
    #: re-chained the register over the details' digests, and recorded in its chained event)
    problem: str = ""
    #: the link at each position asked for (1 = the first event), for comparing with recorded heads
    links: dict[int, str] = field(default_factory=dict)
    #: the first event dated well before an event written ahead of it: (id, its time, the latest time before it)
    backdated: tuple[int, dt.datetime, dt.datetime] | None = None


def _details_match(event: AuditEvent) -> bool:
    """Details still present must be the ones chained; erased details leave nothing behind."""
    if event.redacted:
        return not event.details
    return details_digest(event.details) == event.details_digest


def redact(session: Session, *, case_ids: Sequence[int], person_ids: Sequence[int] = ()) -> int:
    """Erase the details of the events about these cases (and people), keeping the chain whole.

    The chain holds only the details' digest.  Who did what and when stays; names, JMBG and texts go.
    Returns how many events were erased.
    """
    if not case_ids and not person_ids:
        return 0
    about = or_(
        AuditEvent.case_id.in_(list(case_ids)),
        (AuditEvent.entity == "person") & AuditEvent.entity_id.in_(list(person_ids)),
    )
    result = session.execute(
        update(AuditEvent)
        .where(about, AuditEvent.redacted.is_(False))
        .values(details={}, redacted=True)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def verify_chain(session: Session, positions: Collection[int] = ()) -> ChainCheck:
    """Walk the chain in id order; the first event whose links or hash do not match is named.

    ``positions``: event counts at which a backup or checkpoint recorded the head; the links found there are
    returned in ``links`` (a position past the end is absent).
    """
    prev = GENESIS
    count = 0
    earlier_break: int | None = None
    wanted = set(positions)
    links: dict[int, str] = {}
    latest: dt.datetime | None = None
    backdated: tuple[int, dt.datetime, dt.datetime] | None = None
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=2000)):
        count += 1
        if count in wanted:
            links[count] = event.hash
        if event.prev_hash != prev or link_hash(prev, event) != event.hash or not _details_match(event):
            return ChainCheck(False, count, event.id, prev, "broken", links)
        if latest is not None and backdated is None and event.at < latest - BACKDATED:
            backdated = (event.id, event.at, latest)
        latest = event.at if latest is None or event.at > latest else latest
        if event.action == UPGRADED and event.details.get("old_intact") is False and earlier_break is None:
            earlier_break = int(event.details.get("old_first_broken_id") or event.id)
        prev = event.hash
    if earlier_break is not None:
        return ChainCheck(False, count, earlier_break, prev, "broken_before_upgrade", links, backdated)
    return ChainCheck(True, count, None, prev, "", links, backdated)
