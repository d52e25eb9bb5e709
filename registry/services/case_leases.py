"""Who is editing a case on another PC: leases with a heartbeat, on the database itself (no server process).

Opening a case for editing takes its lease; the editor renews it every ``HEARTBEAT_SECONDS`` while the case is open
and releases it on leaving.  A lease not renewed for ``LEASE_SECONDS`` has expired (the PC crashed, slept or lost
the network) and the next PC takes it over.  Taking, renewing and taking over are one atomic upsert, so two PCs
opening a case at the same moment cannot both believe they hold it.  Times are the database's own clock, never
the PCs' (whose clocks differ).  A lease is advice shown to people ("being edited by …"), not a lock: the save
itself is protected by the case's version number, and a clash is resolved by the user.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import socket
from dataclasses import dataclass

from sqlalchemy import and_, case, delete, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from registry.models import CaseLease, User

LEASE_SECONDS = 120
HEARTBEAT_SECONDS = 30


@dataclass(frozen=True)
class Holder:
    """Someone else who has the case open: who, on which PC, since when."""

    user_id: int
    full_name: str
    workstation: str
    since: dt.datetime

    @property
    def computer(self) -> str:
        """The PC's name as people know it (without the window's mark, see ``editor_seat``)."""
        return self.workstation.split(SEAT_MARK, 1)[0]


@dataclass(frozen=True)
class LeaseState:
    mine: bool
    other: Holder | None  # who holds it when it is not mine


SEAT_MARK = " #"
_seats = itertools.count(1)


def this_workstation() -> str:
    return (socket.gethostname() or "?")[:100]


def editor_seat() -> str:
    """This PC and one editor window on it: a second window (even the same user's) is someone else holding the
    case, so two windows of one PC never both edit it unknowingly."""
    return f"{this_workstation()[:80]}{SEAT_MARK}{os.getpid()}.{next(_seats)}"


def database_now(session: Session) -> dt.datetime:
    """The database server's time (UTC): the one clock every PC shares."""
    if session.get_bind().dialect.name == "sqlite":
        text = session.scalar(select(func.strftime("%Y-%m-%d %H:%M:%f", "now")))
        return dt.datetime.fromisoformat(str(text)).replace(tzinfo=dt.UTC)
    value = session.scalar(select(func.now()))
    assert isinstance(value, dt.datetime)
    return value.astimezone(dt.UTC)


def _upsert(session: Session) -> postgresql.Insert | sqlite.Insert:
    """An INSERT of a lease with the dialect's own ``on_conflict_do_update``."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(CaseLease)
    return sqlite.insert(CaseLease)


def take_lease(session: Session, case_id: int, user_id: int, workstation: str | None = None) -> LeaseState:
    """Take or renew the lease of ``case_id`` for this user on this PC, unless someone else holds a live one."""
    workstation = workstation or this_workstation()
    now = database_now(session)
    table = CaseLease.__table__
    new = _upsert(session).values(
        case_id=case_id, user_id=user_id, workstation=workstation, acquired_at=now, renewed_at=now
    )
    same_holder = and_(table.c.user_id == user_id, table.c.workstation == workstation)
    statement = new.on_conflict_do_update(
        index_elements=[table.c.case_id],
        set_={
            "user_id": user_id,
            "workstation": workstation,
            "renewed_at": now,
            "acquired_at": case((same_holder, table.c.acquired_at), else_=new.excluded.acquired_at),
        },
        where=or_(same_holder, table.c.renewed_at < now - dt.timedelta(seconds=LEASE_SECONDS)),
    )
    session.execute(statement)
    return lease_state(session, case_id, user_id, workstation, now=now)


def lease_state(
    session: Session, case_id: int, user_id: int, workstation: str | None = None, *, now: dt.datetime | None = None
) -> LeaseState:
    """Whether this user on this PC holds the case, and if someone else does, who."""
    workstation = workstation or this_workstation()
    now = now or database_now(session)
    row = session.execute(
        select(CaseLease.user_id, CaseLease.workstation, CaseLease.acquired_at, CaseLease.renewed_at, User.full_name)
        .join(User, User.id == CaseLease.user_id)
        .where(CaseLease.case_id == case_id)
    ).first()
    if row is None or row.renewed_at < now - dt.timedelta(seconds=LEASE_SECONDS):
        return LeaseState(mine=False, other=None)
    if row.user_id == user_id and row.workstation == workstation:
        return LeaseState(mine=True, other=None)
    return LeaseState(mine=False, other=Holder(row.user_id, row.full_name, row.workstation, row.acquired_at))


def release_lease(session: Session, case_id: int, user_id: int, workstation: str | None = None) -> None:
    """Give the lease back on leaving the case (only one's own: a lease taken over by another PC stays theirs)."""
    workstation = workstation or this_workstation()
    session.execute(
        delete(CaseLease).where(
            CaseLease.case_id == case_id, CaseLease.user_id == user_id, CaseLease.workstation == workstation
        )
    )
