"""A period's figures: kept months and days added to the days counted live.

A local calendar month (or day) is *settled* once time passing can no longer change its figures: every deadline
in it has passed and every first-contact band of its reports has run out (the longest band after its end).  The
first report that reads a settled span counts it and keeps its ``Figures`` in ``statistics_month``; later reports
add the kept spans up and count only the rest live: the days not settled yet (the last week or so, and the days
after ``now``).  Days are kept one by one until their month settles, then the month replaces them.  A kept span
is used only while no day near it is marked changed (``changes``: triggers mark every write), and only if kept
under the same settings (``fingerprint``).  Marks are consumed by keeping: the spans they touch are forgotten
first.

Keeping is best effort and never changes a figure: if it cannot write (another writer holds the register, a
concurrent write on PostgreSQL, a read-only database), the report counts those spans live.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator
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

#: raised whenever what a span keeps, or how it is counted, changes: spans kept before are then counted again
FORMAT = 1
#: spans from this number on are days (YYYYMMDD), below it months (YYYYMM)
_FIRST_DAY_SPAN = 10_000_000
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


def span_period(span: int) -> Period:
    """The days of a kept span: a month (YYYYMM) or a day (YYYYMMDD)."""
    if span >= _FIRST_DAY_SPAN:
        day = dt.date(span // 10000, span // 100 % 100, span % 100)
        return Period(day, day)
    first = dt.date(span // 100, span % 100, 1)
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return Period(first, following - dt.timedelta(days=1))


def settled(span: int, now: dt.datetime, settings: StatisticsSettings) -> bool:
    """Every deadline of the span is past and every first-contact band of its reports has run out."""
    longest = max(settings.first_contact_hours.values(), default=0)
    return span_period(span).end + dt.timedelta(hours=longest) <= now


def _month(day: dt.date) -> int:
    return day.year * 100 + day.month


def _day(day: dt.date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def spans(period: Period, now: dt.datetime, settings: StatisticsSettings) -> list[int]:
    """The settled spans that make up the period, in order: each calendar month wholly inside it and settled,
    and each other day of it that is settled (the part months at its ends, the last month before it settles)."""
    out = []
    day = period.first
    while day <= period.last:
        month = span_period(_month(day))
        if day == month.first and month.last <= period.last and settled(_month(day), now, settings):
            out.append(_month(day))
            day = month.last + dt.timedelta(days=1)
            continue
        if not settled(_day(day), now, settings):
            break  # every later day is less settled still
        out.append(_day(day))
        day += dt.timedelta(days=1)
    return out


def stale_spans(days: Iterable[int]) -> set[int] | None:
    """The local days, and their months, a marked UTC day may belong to (the day before and after too: a UTC day
    straddles two local ones); None: every span (``EVERY_DAY`` was marked)."""
    out: set[int] = set()
    for day in days:
        if day == EVERY_DAY:
            return None
        found = dt.date(day // 10000, day // 100 % 100, day % 100)
        for shift in (-1, 0, 1):
            near = found + dt.timedelta(days=shift)
            out.update((_day(near), _month(near)))
    return out


def gather(
    scope: Scope, now: dt.datetime, *, keep: bool = True, progress: Callable[[int, int], None] | None = None
) -> Figures:
    """The period's figures: kept spans where they can be trusted, the rest counted live.

    A worker's own figures are always counted live (spans are kept for the whole register only).  ``keep``:
    count and keep the settled spans not kept yet first (False: use only what is kept).  ``progress(done,
    total)`` after each span kept and each stretch counted live.
    """
    report = progress or (lambda _done, _total: None)
    if scope.viewer_id is not None:
        figures = collect(scope, now)
        report(1, 1)
        return figures
    wanted = spans(scope.period, now, scope.settings)
    needed = not_kept(scope.session, wanted, scope.settings) if keep and wanted else []
    if needed:  # only those: a span already kept would cost a write transaction to find so
        bind = scope.session.get_bind()
        engine = bind if isinstance(bind, Engine) else bind.engine
        keep_spans(engine, needed, now, scope.settings, lambda done: report(done, len(wanted) + 2))
    session = scope.session
    mark = fingerprint(scope.settings)
    kept = {
        span: figures
        for span, found, figures in session.execute(
            select(StatisticsMonth.span, StatisticsMonth.fingerprint, StatisticsMonth.figures).where(
                StatisticsMonth.span.in_(wanted)
            )
        )
        if found == mark
    }
    # read after the kept spans: a write committed in between leaves its mark here, and its span is not used
    stale = stale_spans(session.scalars(select(StatisticsChange.day)))
    usable = [span for span in wanted if span in kept and stale is not None and span not in stale]
    figures = Figures()
    for span in usable:
        figures.add_bytes(kept[span])
    parts = list(uncovered(scope.period, usable))
    total = len(wanted) + max(2, len(parts))  # the spans, then at most two stretches (before and after them)
    report(total - len(parts), total)
    for number, part in enumerate(parts, start=1):
        figures.add(collect(replace(scope, period=part), now))
        report(total - len(parts) + number, total)
    return figures


def not_kept(session: Session, wanted: list[int], settings: StatisticsSettings) -> list[int]:
    """The spans of ``wanted`` with nothing usable kept (none, another fingerprint, or near a marked day)."""
    mark = fingerprint(settings)
    kept = {
        span
        for span, found in session.execute(
            select(StatisticsMonth.span, StatisticsMonth.fingerprint).where(StatisticsMonth.span.in_(wanted))
        )
        if found == mark
    }
    stale = stale_spans(session.scalars(select(StatisticsChange.day)))
    return [span for span in wanted if span not in kept or stale is None or span in stale]


def uncovered(period: Period, kept: list[int]) -> Iterator[Period]:
    """The stretches of the period outside the ``kept`` spans (inside it, not overlapping), in order."""
    first = period.first
    for span in sorted(kept, key=lambda s: span_period(s).first):
        inside = span_period(span)
        if inside.first > first:
            yield Period(first, inside.first - dt.timedelta(days=1))
        first = inside.last + dt.timedelta(days=1)
    if first <= period.last:
        yield Period(first, period.last)


def keep_spans(
    engine: Engine,
    wanted: list[int],
    now: dt.datetime,
    settings: StatisticsSettings,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Count and keep each settled span of ``wanted`` not kept yet (after forgetting those marked changed), one
    transaction a span; the number kept.  A month kept replaces the days of it kept before it settled.  Stops
    quietly at the first span it cannot write.  ``progress(n)`` before the n+1-th span (an exception raised there,
    such as a cancellation, stops after the n-th span's commit)."""
    mark = fingerprint(settings)
    dialect = Dialect(engine.dialect.name)
    done = 0
    for number, span in enumerate(wanted, start=1):
        if progress is not None and number > 1:
            progress(number - 1)  # here, not after the commit below: a cancellation stops before the next span
        try:
            with Session(_for_keeping(engine)) as session:
                if not _become_writer(session):
                    return done
                _forget_changed(session)
                found = session.get(StatisticsMonth, span)
                if found is not None and found.fingerprint == mark:
                    session.commit()
                    continue
                scope = Scope(session, span_period(span), true(), settings, dialect)
                figures = collect(scope, now).to_bytes()
                if found is None:
                    session.add(StatisticsMonth(span=span, fingerprint=mark, figures=figures))
                else:
                    found.fingerprint, found.figures = mark, figures
                if span < _FIRST_DAY_SPAN:  # the month's days, kept while it settled, are not needed any more
                    days = StatisticsMonth.span.between(span * 100 + 1, span * 100 + 31)
                    session.execute(delete(StatisticsMonth).where(days))
                session.commit()
                done += 1
        except DBAPIError as error:  # busy, a concurrent write (PostgreSQL), read-only: counted live instead
            log.info("statistics: %s not kept: %s", span, error.orig)
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


#: the advisory lock one keeper of spans holds on PostgreSQL
_KEEPER_LOCK = 0x57A7_0011


def _forget_changed(session: Session) -> None:
    """Forget every kept span near a marked day, then the marks (their spans will be counted again)."""
    days = list(session.scalars(select(StatisticsChange.day)))
    if not days:
        return
    stale = stale_spans(days)
    if stale is None:
        session.execute(delete(StatisticsMonth))
    else:
        session.execute(delete(StatisticsMonth).where(StatisticsMonth.span.in_(sorted(stale))))
    session.execute(delete(StatisticsChange).where(StatisticsChange.day.in_(days)))
