"""Data quality for staff: records the figures of the period cannot use as they are, with the cases behind them.

Never exported: these lists name cases.  Each check looks at the cases the period's figures draw on (reported or
closed in it).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select

from registry.models import Case
from registry.services.statistics.cases import Scope
from registry.services.statistics.figures import Figures
from registry.services.statistics.sql import within
from registry.services.statistics.tables import QualityIssue

LISTED = 300
CHECKS = ("dates_out_of_order", "missing_sex", "missing_birth_date", "closed_without_reason")


def dates_out_of_order() -> ColumnElement[bool]:
    """A case's own dates in an impossible order.  Two partial indexes (``models.cases.DATES_OUT_OF_ORDER``, by
    report and by closure) hold exactly the cases matching it: the databases use them only while this expression
    is the same as theirs (a test compares them)."""
    report = Case.report_received_at
    return or_(
        Case.registered_at < report,
        Case.first_contact_at < report,
        Case.assessment_done_at < report,
        Case.plan_approved_at < Case.assessment_done_at,
        Case.closed_at < report,
    )


def issues(scope: Scope, figures: Figures) -> list[QualityIssue]:
    """Each check over the cases reported or closed in the period.

    The cases whose own dates are out of order come from two small partial indexes of such cases; the new cases'
    children with no sex, no birth date or born after the report, and the closed cases with no reason, were found
    by the passes that counted the period (``figures``: ``intake.collect``, ``cases.collect_closed``).
    """
    period = scope.period
    reported = within(Case.report_received_at, period.start, period.end)
    closed = within(Case.closed_at, period.start, period.end)
    found: dict[str, set[int]] = {code: set() for code in CHECKS}
    session = scope.session
    found["dates_out_of_order"].update(
        session.scalars(select(Case.id).where(dates_out_of_order(), or_(reported, closed), scope.visible))
    )
    for case_id, no_sex, no_birth, born_late in figures["new_problems"]:
        for code, flag in (
            ("missing_sex", no_sex),
            ("missing_birth_date", no_birth),
            ("dates_out_of_order", born_late),
        ):
            if flag:
                found[code].add(case_id)
    for case_id, no_reason, born_late in figures["closed_problems"]:
        for code, flag in (("closed_without_reason", no_reason), ("dates_out_of_order", born_late)):
            if flag:
                found[code].add(case_id)
    listed = {code: sorted(ids)[:LISTED] for code, ids in found.items()}
    wanted = sorted(set().union(*listed.values()))
    numbers: dict[int, str] = {}
    if wanted:
        numbers = {
            case_id: number
            for case_id, number in session.execute(select(Case.id, Case.number).where(Case.id.in_(wanted)))
        }
    return [QualityIssue(code, len(found[code]), tuple((i, numbers[i]) for i in listed[code])) for code in CHECKS]
