"""A period's figures: kept months added to the days counted live.

A local calendar month is *settled* once time passing can no longer change its figures: every deadline in it has
passed and every first-contact band of its reports has run out.  The first report that reads a settled month
counts it and keeps its ``Figures`` in ``statistics_month``; later reports add the kept months up and count only
the rest of the period live (the current month, a custom period's part months).  A kept month is used only while
no day near it is marked changed (``changes``: triggers mark every write), and only if kept under the same
settings (``fingerprint``).  Marks are consumed by keeping: the months they touch are forgotten first.

Keeping is best effort and never changes a figure: if it cannot write (another writer holds the register, a
concurrent write on PostgreSQL, a read-only database), the report counts those months live.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace

from sqlalchemy import Engine, delete, select, text, true
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from registry.models import StatisticsChange, StatisticsMonth
from registry.services.dates import LOCAL_TZ
from registry.services.statistics import cases, compliance, intake, timing
from registry.services.statistics.cases import Scope
from registry.services.statistics.changes import EVERY_DAY
from registry.services.statistics.figures import Figures
from registry.services.statistics.period import Period
from registry.services.statistics.settings import StatisticsSettings
from registry.services.statistics.sql import Dialect

log = logging.getLogger(__name__)

#: raised whenever what a month keeps, or how it is counted, changes: months kept before are then counted again
FORMAT = 1
#: how long keeping may wait for another writer of a SQLite register before it gives up (ms)
_WRITER_WAIT_MS = 2000


def collect(scope: Scope, now: dt.datetime) -> Figures:
    """Every part of the period's figures, counted live."""
    figures = Figures()
    intake.collect(scope, now, figures)
    timing.collect_stages(scope, figures)
    cases.collect_closed(scope, figures)
    cases.collect_measures(scope, figures)
    compliance.collect_referrals(scope, now, figures)
    compliance.collect_steps(scope, now, figures)
    compliance.collect_incoming(scope, now, figures)
    return figures


def fingerprint(settings: StatisticsSettings) -> str:
    """What kept figures depend on besides the records: their format, the time zone, the first-contact bands."""
    basis = {"format": FORMAT, "zone": str(LOCAL_TZ), "first_contact_hours": settings.first_contact_hours}
    return hashlib.sha256(json.dumps(basis, sort_keys=True).encode()).hexdigest()


def month_period(month: int) -> Period:
    first = dt.date(month // 100, month % 100, 1)
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return Period(first, following - dt.timedelta(days=1))


def settled(month: int, now: dt.datetime, settings: StatisticsSettings) -> bool:
    """Every deadline of the month is past and every first-contact band of its reports has run out."""
    longest = max(settings.first_contact_hours.values(), default=0)
    return month_period(month).end + dt.timedelta(hours=longest) <= now


def whole_months(period: Period) -> list[int]:
    """The calendar months (YYYYMM) lying wholly inside the period."""
    out = []
    for year, number in period.months():
        month = year * 100 + number
        inside = month_period(month)
        if inside.first >= period.first and inside.last <= period.last:
            out.append(month)
    return out


def stale_months(days: Iterable[int]) -> set[int] | None:
    """The local months a marked UTC day may belong to (the day before and after too: a UTC day straddles two
    local ones); None: every month (``EVERY_DAY`` was marked)."""
    out: set[int] = set()
    for day in days:
        if day == EVERY_DAY:
            return None
        found = dt.date(day // 10000, day // 100 % 100, day % 100)
        for shift in (-1, 0, 1):
            near = found + dt.timedelta(days=shift)
            out.add(near.year * 100 + near.month)
    return out


def gather(scope: Scope, now: dt.datetime, *, keep: bool = True) -> Figures:
    """The period's figures: kept months where they can be trusted, the rest counted live.

    A worker's own figures are always counted live (months are kept for the whole register only).  ``keep``:
    count and keep the settled months not kept yet first (False: use only what is kept).
    """
    if scope.viewer_id is not None:
        return collect(scope, now)
    wanted = [month for month in whole_months(scope.period) if settled(month, now, scope.settings)]
    if keep and wanted:
        bind = scope.session.get_bind()
        keep_months(bind if isinstance(bind, Engine) else bind.engine, wanted, now, scope.settings)
    session = scope.session
    mark = fingerprint(scope.settings)
    kept = {
        month: figures
        for month, found, figures in session.execute(
            select(StatisticsMonth.month, StatisticsMonth.fingerprint, StatisticsMonth.figures).where(
                StatisticsMonth.month.in_(wanted)
            )
        )
        if found == mark
    }
    # read after the kept months: a write committed in between leaves its mark here, and its month is not used
    stale = stale_months(session.scalars(select(StatisticsChange.day)))
    usable = [month for month in wanted if month in kept and stale is not None and month not in stale]
    figures = Figures()
    for month in usable:
        figures.add(Figures.from_bytes(kept[month]))
    for part in uncovered(scope.period, usable):
        figures.add(collect(replace(scope, period=part), now))
    return figures


def uncovered(period: Period, months: list[int]) -> Iterator[Period]:
    """The stretches of the period outside ``months`` (whole months inside it), in order."""
    first = period.first
    for month in sorted(months):
        inside = month_period(month)
        if inside.first > first:
            yield Period(first, inside.first - dt.timedelta(days=1))
        first = inside.last + dt.timedelta(days=1)
    if first <= period.last:
        yield Period(first, period.last)


def keep_months(engine: Engine, months: list[int], now: dt.datetime, settings: StatisticsSettings) -> int:
    """Count and keep each settled month of ``months`` not kept yet (after forgetting those marked changed), one
    transaction a month; the number kept.  Stops quietly at the first month it cannot write."""
    mark = fingerprint(settings)
    dialect = Dialect(engine.dialect.name)
    done = 0
    for month in months:
        try:
            with Session(_for_keeping(engine)) as session:
                if not _become_writer(session):
                    return done
                _forget_changed(session)
                found = session.get(StatisticsMonth, month)
                if found is not None and found.fingerprint == mark:
                    session.commit()
                    continue
                scope = Scope(session, month_period(month), true(), settings, dialect)
                figures = collect(scope, now).to_bytes()
                if found is None:
                    session.add(StatisticsMonth(month=month, fingerprint=mark, figures=figures))
                else:
                    found.fingerprint, found.figures = mark, figures
                session.commit()
                done += 1
        except DBAPIError as error:  # busy, a concurrent write (PostgreSQL), read-only: counted live instead
            log.info("statistics: month %s not kept: %s", month, error.orig)
            return done
    return done


def _for_keeping(engine: Engine) -> Engine:
    if engine.dialect.name == "postgresql":  # a mark raised after this snapshot makes deleting it fail
        return engine.execution_options(isolation_level="REPEATABLE READ")
    return engine


def _become_writer(session: Session) -> bool:
    """Take the register's write lock (SQLite, waiting a little) or the keepers' lock (PostgreSQL, not waiting):
    False when another keeper holds it."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        return bool(connection.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": _KEEPER_LOCK}).scalar())
    raw = connection.connection.dbapi_connection
    assert raw is not None
    previous = raw.execute("PRAGMA busy_timeout").fetchone()[0]
    raw.execute(f"PRAGMA busy_timeout = {_WRITER_WAIT_MS}")
    try:
        if raw.in_transaction:
            connection.execute(text("UPDATE statistics_change SET day = day WHERE 0"))
        else:
            raw.execute("BEGIN IMMEDIATE")
    finally:
        raw.execute(f"PRAGMA busy_timeout = {int(previous)}")
    return True


#: the advisory lock one keeper of months holds on PostgreSQL
_KEEPER_LOCK = 0x57A7_0011


def _forget_changed(session: Session) -> None:
    """Forget every kept month near a marked day, then the marks (their months will be counted again)."""
    days = list(session.scalars(select(StatisticsChange.day)))
    if not days:
        return
    stale = stale_months(days)
    if stale is None:
        session.execute(delete(StatisticsMonth))
    else:
        session.execute(delete(StatisticsMonth).where(StatisticsMonth.month.in_(sorted(stale))))
    session.execute(delete(StatisticsChange).where(StatisticsChange.day.in_(days)))
