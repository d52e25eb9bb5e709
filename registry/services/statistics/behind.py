"""The cases behind a figure: what a member of staff gets by clicking a count on the Statistics page.

Each table's figure is found again with the same expressions the table was counted with (the same period, the same
age at the local report date, the same outcomes), and limited twice: to the cases the report covers for this reader
(a worker's own), and to the cases the reader may open without breaking the glass (a restricted case is listed only
to those assigned to it).  Never exported: the rows name children.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, select
from sqlalchemy.orm import Session, aliased

from registry.models import Case, CaseViolenceForm, Institution, Measure, Person
from registry.services.access import visible_cases
from registry.services.statistics import cases, compliance, timing
from registry.services.statistics.period import Period
from registry.services.statistics.report import _scope
from registry.services.statistics.settings import UNKNOWN, StatisticsSettings
from registry.services.statistics.sql import within

#: at most this many cases are listed (the count says how many there are)
LISTED = 500
#: the tables whose figures lead to cases
DRILLABLE = frozenset(
    {
        "new_cases_by_sex_age",
        "new_cases_by_violence_sex_age",
        "new_cases_by_source",
        "new_cases_by_urgency_risk",
        "new_cases_by_disability",
        "new_cases_by_earlier_case",
        "caseload",
        "closed_by_reason",
        "first_contact_by_urgency",
        "compliance_referrals",
        "compliance_steps",
        "incoming_referrals",
        "measures_begun",
        "monthly_trend",
    }
)


@dataclass(frozen=True)
class CaseBehind:
    case_id: int
    number: str
    child: str
    reported_at: dt.datetime


@dataclass(frozen=True)
class Behind:
    """The cases behind one figure: ``total`` those this reader may open (more than are listed past ``LISTED``);
    ``restricted``: counted in the figure too, but restricted cases the reader is not assigned to (opened only by
    breaking the glass, from the case list)."""

    total: int
    cases: tuple[CaseBehind, ...]
    restricted: int = 0


def cases_behind(
    session: Session,
    period: Period,
    table_id: str,
    row: str | None,
    column: str | None,
    *,
    actor_id: int | None,
    now: dt.datetime | None = None,
    settings: StatisticsSettings | None = None,
) -> Behind:
    """The cases counted in one cell (``row`` and ``column``), row total (``column`` None), column total (``row``
    None) or grand total (both None) of a table, as this reader may see them."""
    if table_id not in DRILLABLE:
        return Behind(0, ())
    moment = now or dt.datetime.now(dt.UTC)
    scope, _ = _scope(session, period, actor_id, settings)
    reported = within(Case.report_received_at, period.start, period.end)
    conditions: list[ColumnElement[bool]] = [scope.visible]
    joins: list[Any] = []
    band: str | None = None  # filtered in Python, as the table bands ages
    if table_id in ("new_cases_by_sex_age", "new_cases_by_violence_sex_age"):
        conditions.append(reported)
        band = column
        sex = row
        if table_id == "new_cases_by_violence_sex_age":
            form, _, sex = (row or "").partition("/") if row else ("", "", "")
            if form:
                joins.append(CaseViolenceForm)
                conditions.append(func.coalesce(CaseViolenceForm.code, UNKNOWN) == form)
            sex = sex or None
        if sex is not None:
            conditions.append(Person.sex.is_(None) if sex == UNKNOWN else Person.sex == sex)
    elif table_id == "new_cases_by_source":
        conditions.append(reported)
        if row is not None:
            conditions.append(func.coalesce(Case.referral_source, UNKNOWN) == row)
    elif table_id == "new_cases_by_urgency_risk":
        conditions.append(reported)
        if row is not None:
            conditions.append(Case.urgency == row)
        if column is not None:
            conditions.append(Case.risk_level == column)
    elif table_id == "new_cases_by_disability":
        conditions.append(reported)
        if row is not None:
            conditions.append(Person.has_disability.is_(row == "with_disability"))
    elif table_id == "new_cases_by_earlier_case":
        conditions.append(reported)
        if row is not None:
            earlier = aliased(Case)
            had = exists().where(
                earlier.child_id == Case.child_id, earlier.report_received_at < Case.report_received_at
            )
            conditions.append(had if row == "earlier_case" else ~had)
    elif table_id == "caseload":
        handled, is_new, closed = cases.caseload_terms(period)
        conditions.append(handled)
        if row is not None:
            conditions.append(is_new == (1 if row == "new" else 0))
        if column is not None:
            conditions.append(closed == (1 if column == "closed" else 0))
    elif table_id == "closed_by_reason":
        conditions.append(within(Case.closed_at, period.start, period.end))
        if row is not None:
            conditions.append(func.coalesce(Case.closure_reason, UNKNOWN) == row)
    elif table_id == "first_contact_by_urgency":
        conditions.append(reported)
        if row is not None:
            conditions.append(Case.urgency == row)
        if column is not None:
            conditions.append(timing.first_contact_outcome(scope, moment) == column)
    elif table_id == "compliance_referrals":
        base, outcome = compliance.referrals_due(scope, moment)
        chosen = base.add_columns(compliance.Referral.case_id)
        if row is not None:
            chosen = chosen.where(func.coalesce(Institution.sector, compliance.OTHER) == row)
        if column is not None:
            chosen = chosen.where(outcome == column)
        conditions.append(Case.id.in_(chosen.scalar_subquery()))
    elif table_id == "compliance_steps":
        conditions.append(Case.id.in_(compliance.step_items_due(scope, moment, row, column).scalar_subquery()))
    elif table_id == "incoming_referrals":
        base, outcome, sector, _days = compliance.incoming_received(scope, moment)
        chosen = base.add_columns(compliance.Referral.case_id)
        if row is not None:
            chosen = chosen.where(sector == row)
        if column is not None:
            chosen = chosen.where(outcome == column)
        conditions.append(Case.id.in_(chosen.scalar_subquery()))
    elif table_id == "measures_begun":
        begun = select(Measure.case_id).where(Measure.started_on >= period.first, Measure.started_on <= period.last)
        if row is not None:
            begun = begun.where(Measure.code == row)
        conditions.append(Case.id.in_(begun.scalar_subquery()))
    elif table_id == "monthly_trend":
        moment_column = Case.closed_at if column == "closed" else Case.report_received_at
        first, last = period.first, period.last
        if row is not None:
            year, month = (int(part) for part in row.split("-"))
            first = max(first, dt.date(year, month, 1))
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            last = min(last, following - dt.timedelta(days=1))
        month_period = Period(first, last)
        if column is None:  # a month's new and closed cases together
            conditions.append(
                within(Case.report_received_at, month_period.start, month_period.end)
                | within(Case.closed_at, month_period.start, month_period.end)
            )
        else:
            conditions.append(within(moment_column, month_period.start, month_period.end))
    openable = case((visible_cases(session, actor_id), 1), else_=0)
    query = (
        select(
            Case.id,
            Case.number,
            Person.given_name,
            Person.family_name,
            Case.report_received_at,
            scope.age().label("age"),
            openable.label("openable"),
        )
        .select_from(Case)
        .join(Person, Person.id == Case.child_id)
    )
    for target in joins:
        query = query.outerjoin(target, target.case_id == Case.id)
    query = query.where(and_(*conditions)).distinct().order_by(Case.report_received_at, Case.id)
    found = []
    restricted = 0
    band_of = scope.settings.band_of
    for case_id, number, given, family, received, age, may_open in session.execute(query):
        if band is not None and band_of(age) != band:
            continue
        if not may_open:
            restricted += 1  # counted, never named
            continue
        found.append(CaseBehind(case_id, number, f"{given or ''} {family or ''}".strip(), received))
    return Behind(len(found), tuple(found[:LISTED]), restricted)


__all__ = ["DRILLABLE", "LISTED", "Behind", "CaseBehind", "cases_behind"]
