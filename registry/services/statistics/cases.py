"""Counting cases: new cases by the child's sex and age, forms of violence, sources, urgency and risk; the caseload
(open at the start and end, closed by reason); measures begun; the monthly trend.

Figures are read over selected columns (never case objects): grouped SQL queries where the database hands back a
few hundred groups, one pass where a row feeds several parts (closures: by reason and for the data-quality check).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    SQLColumnExpression,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session

from registry.models import Case, CaseViewer, Measure, Person
from registry.services import lookups
from registry.services.access import visibility_clause
from registry.services.statistics.figures import Figures
from registry.services.statistics.period import Period
from registry.services.statistics.settings import UNKNOWN, StatisticsSettings
from registry.services.statistics.sql import Dialect, count_by, row_chunks, within
from registry.services.statistics.suppression import TOTAL, Layout, Position
from registry.services.statistics.tables import CountTable

SEXES = ("F", "M", UNKNOWN)


@dataclass(frozen=True)
class Scope:
    """What a query may count: the period, the cases the reader may see, the settings, the moment of reading."""

    session: Session
    period: Period
    visible: ColumnElement[bool]
    settings: StatisticsSettings
    dialect: Dialect
    #: the worker whose own cases the figures cover (``visible`` says so), or None: every case
    viewer_id: int | None = None

    def codes(self, kind: str) -> list[str]:
        return lookups.codes(self.session, kind, active_only=False)

    def of_visible_cases(self, case_id: SQLColumnExpression[int]) -> ColumnElement[bool]:
        """Rows of another table (referrals, checklist items) whose case the reader may count, without a join."""
        return true() if self.viewer_id is None else assigned_to(self.viewer_id, case_id)

    def age(self) -> ColumnElement[int]:
        period = self.period
        return self.dialect.age(Person.birth_date, Case.report_received_at, period.start, period.end)


def assigned_to(viewer_id: int, case_id: SQLColumnExpression[int]) -> ColumnElement[bool]:
    """The case is one of the worker's own (``access.visibility_clause("assigned")``), asked row by row: a
    period's rows are then an index range each checked with one seek, rather than every one of the worker's cases
    looked up (the plan SQLite picks for ``IN``, slow for a worker with many cases)."""
    return exists().where(CaseViewer.user_id == viewer_id, CaseViewer.case_id == case_id)


def ordered_codes(known: list[str], seen: set[str], *, unknown_last: bool = True) -> tuple[str, ...]:
    """Lookup codes in their order, then any other code found in the data, then ``unknown``."""
    extra = sorted(code for code in seen if code not in known and code != UNKNOWN)
    codes = [*known, *extra]
    if unknown_last:
        codes.append(UNKNOWN)
    return tuple(codes)


def urgency_shares(urgencies: tuple[str, ...]) -> tuple[tuple[Position, str], ...]:
    """New cases of each urgency: the row totals of the urgency × risk and the first-contact tables."""
    return tuple((("row", i, 0), f"new:{u}") for i, u in enumerate(urgencies))


def caseload_terms(period: Period) -> tuple[ColumnElement[bool], ColumnElement[int], ColumnElement[int]]:
    """Cases handled in the period (open at some moment of it), and whether each is new (1) and closed in it (1)."""
    handled = and_(Case.report_received_at < period.end, or_(Case.closed_at.is_(None), Case.closed_at >= period.start))
    is_new = case((Case.report_received_at >= period.start, 1), else_=0)
    closed = case((and_(Case.closed_at.is_not(None), Case.closed_at < period.end), 1), else_=0)
    return handled, is_new, closed


def caseload_table(scope: Scope) -> CountTable:
    """Cases open at the start and new in the period (rows) × closed in it or still open at the end (columns).

    Counted as index ranges rather than case by case (the same figures as ``caseload_terms``): the new cases from
    the period's reports, the cases closed in it from its closures, and the cases open throughout as every case
    reported before the start less those closed before the end.  A worker's, in one pass over her own cases.
    """
    period, visible = scope.period, scope.visible
    if scope.viewer_id is not None:  # one pass over the worker's own cases, reported in whatever year
        handled, is_new, closed = caseload_terms(period)
        query = count_by(
            select(is_new.label("new"), closed.label("closed")).where(
                handled, visibility_clause("assigned", scope.viewer_id)
            )
        )
        found = {(new, was_closed): count for new, was_closed, count in scope.session.execute(query)}
        return _caseload(found)
    start, end = period.start, period.end
    closed_in = within(Case.closed_at, start, end)

    def count(*conditions: ColumnElement[bool]) -> Any:
        return select(func.count()).where(*conditions, visible).scalar_subquery()

    reported_before = Case.report_received_at < start
    new_closed, new_open, old_closed, old_all, old_closed_before_end = scope.session.execute(
        select(
            count(within(Case.report_received_at, start, end), closed_in),
            count(within(Case.report_received_at, start, end), or_(Case.closed_at.is_(None), Case.closed_at >= end)),
            count(closed_in, reported_before),
            count(reported_before),
            count(Case.closed_at < end, reported_before),
        )
    ).one()
    return _caseload(
        {(1, 1): new_closed, (1, 0): new_open, (0, 1): old_closed, (0, 0): old_all - old_closed_before_end}
    )


def _caseload(counts: dict[tuple[int, int], int]) -> CountTable:
    return CountTable(
        "caseload",
        "stats",
        "stats",
        ("open_at_start", "new"),
        ("closed", "open_at_end"),
        tuple(tuple(int(counts.get((new, was_closed), 0)) for was_closed in (1, 0)) for new in (0, 1)),
        # new cases are every new-case table's grand total; closed cases the closures' and the trend's
        shares=((("row", 1, 0), "new"), (("column", 0, 0), "closed")),
    )


def collect_closed(scope: Scope, figures: Figures) -> None:
    """The period's closures by reason, and the closed cases with no reason or a child born after the report
    (``quality``): one pass over the closures' covering index, one seek into each child's row."""
    period = scope.period
    born_after = Person.birth_date > Case.report_received_at
    query = (
        select(Case.id, Case.closure_reason, born_after)
        .select_from(Case)
        .join(Person, Person.id == Case.child_id)
        .where(within(Case.closed_at, period.start, period.end), scope.visible)
    )
    reasons, problems = figures["closed_reasons"], figures["closed_problems"]
    for chunk in row_chunks(scope.session, query):
        for case_id, reason, born_late in chunk:
            reasons[(reason or UNKNOWN,)] += 1
            if reason is None or born_late:
                problems[case_id, reason is None, bool(born_late)] += 1


def closed_by_reason_table(scope: Scope, figures: Figures) -> CountTable:
    counts = {key[0]: count for key, count in figures["closed_reasons"].items()}
    reasons = ordered_codes(scope.codes("closure_reason"), set(counts))
    return CountTable(
        "closed_by_reason",
        "closure_reason",
        "stats",
        reasons,
        ("cases",),
        tuple((counts.get(r, 0),) for r in reasons),
        Layout(row_totals=False),
        shares=((TOTAL, "closed"),),
    )


def collect_measures(scope: Scope, figures: Figures) -> None:
    """Protective measures, services and placements begun in the period, by code (an index by start date holds
    the columns counted)."""
    period = scope.period
    query = (
        select(Measure.code, func.count())
        .where(
            Measure.started_on >= period.first,
            Measure.started_on <= period.last,
            scope.of_visible_cases(Measure.case_id),
        )
        .group_by(Measure.code)
    )
    measures = figures["measures"]
    for code, count in scope.session.execute(query):
        measures[(code,)] += count


def measures_table(scope: Scope, figures: Figures) -> CountTable:
    """Protective measures, services and placements begun in the period (a measure, not a child, is counted)."""
    counts = {key[0]: count for key, count in figures["measures"].items()}
    codes = ordered_codes(scope.codes("measure"), set(counts), unknown_last=False)
    return CountTable(
        "measures_begun",
        "measure",
        "stats",
        codes,
        ("measures",),
        tuple((counts.get(c, 0),) for c in codes),
        Layout(row_totals=False),
        note="stats.note.measures",
    )


def monthly_trend_table(scope: Scope) -> CountTable:
    """New and closed cases per calendar month of the period: one index range count per month and column (the
    months' bounds are local midnights, as the period's are)."""
    period = scope.period
    months = [year * 100 + month for year, month in period.months()]
    counts: dict[tuple[int, str], int] = {}
    parts = []
    for number in months:
        first = max(period.first, dt.date(number // 100, number % 100, 1))
        following = dt.date(number // 100 + (number % 100) // 12, number % 100 % 12 + 1, 1)
        bounds = Period(first, min(period.last, following - dt.timedelta(days=1)))
        for column, code in ((Case.report_received_at, "new"), (Case.closed_at, "closed")):
            parts.append(
                select(literal(number).label("month"), literal(code).label("column"), func.count().label("n")).where(
                    within(column, bounds.start, bounds.end), scope.visible
                )
            )
    for number, code, count in scope.session.execute(union_all(*parts)):
        counts[int(number), code] = int(count)
    return CountTable(
        "monthly_trend",
        "month",
        "stats",
        tuple(f"{m // 100:04d}-{m % 100:02d}" for m in months),
        ("new", "closed"),
        tuple((counts[m, "new"], counts[m, "closed"]) for m in months),
        # a month's new plus closed means nothing; the columns' totals are the period's new and closed cases
        Layout(row_totals=False, grand_total=False),
        shares=((("column", 0, 0), "new"), (("column", 0, 1), "closed")),
    )


def count_new(scope: Scope) -> int:
    period = scope.period
    return int(
        scope.session.scalar(
            select(func.count())
            .select_from(Case)
            .where(within(Case.report_received_at, period.start, period.end), scope.visible)
        )
        or 0
    )


__all__ = [
    "SEXES",
    "Scope",
    "caseload_table",
    "caseload_terms",
    "closed_by_reason_table",
    "collect_closed",
    "collect_measures",
    "count_new",
    "measures_table",
    "monthly_trend_table",
    "ordered_codes",
    "urgency_shares",
]
