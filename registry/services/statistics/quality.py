"""Data quality for staff: records the figures of the period cannot use as they are, with the cases behind them.

Never exported: these lists name cases.  Each check looks at the cases the period's figures draw on (reported or
closed in it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select

from registry.models import Case, Person
from registry.services.statistics.cases import Scope
from registry.services.statistics.sql import within
from registry.services.statistics.tables import QualityIssue

LISTED = 300


def _checks(scope: Scope) -> list[tuple[str, ColumnElement[bool]]]:
    period = scope.period
    reported = within(Case.report_received_at, period.start, period.end)
    closed = within(Case.closed_at, period.start, period.end)
    report = Case.report_received_at
    out_of_order = or_(
        Case.registered_at < report,
        Case.first_contact_at < report,
        Case.assessment_done_at < report,
        Case.plan_approved_at < Case.assessment_done_at,
        Case.closed_at < report,
        Person.birth_date > Case.report_received_at,  # born after the report: a mistyped date
    )
    return [
        ("dates_out_of_order", and_(or_(reported, closed), out_of_order)),
        ("missing_sex", and_(reported, Person.sex.is_(None))),
        ("missing_birth_date", and_(reported, Person.birth_date.is_(None))),
        ("closed_without_reason", and_(closed, Case.closure_reason.is_(None))),
    ]


def issues(scope: Scope) -> list[QualityIssue]:
    out = []
    for code, condition in _checks(scope):
        base: Any = select().select_from(Case).join(Person, Person.id == Case.child_id).where(condition, scope.visible)
        count = scope.session.scalar(base.add_columns(func.count())) or 0
        listed = base.add_columns(Case.id, Case.number).order_by(Case.id).limit(LISTED)
        cases = tuple((row[0], row[1]) for row in scope.session.execute(listed)) if count else ()
        out.append(QualityIssue(code, int(count), cases))
    return out
