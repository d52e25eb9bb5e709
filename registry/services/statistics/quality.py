"""Data quality for staff: records the figures of the period cannot use as they are, with the cases behind them.

Never exported: these lists name cases.  Each check looks at the cases the period's figures draw on (reported or
closed in it).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select

from registry.models import Case, Person
from registry.services.statistics.cases import Scope
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


def issues(scope: Scope) -> list[QualityIssue]:
    """Each check over the cases reported or closed in the period.

    Three passes, each returning only the cases with a problem: the cases whose own dates are out of order (two
    small partial indexes of such cases), the children of the period's new cases (no sex, no birth date, born
    after the report; already found by the new-case tables' pass when the report made them, ``intake``), and the
    period's closed cases (no reason; a child born after the report).
    """
    period = scope.period
    reported = within(Case.report_received_at, period.start, period.end)
    closed = within(Case.closed_at, period.start, period.end)
    born_after = Person.birth_date > Case.report_received_at  # born after the report: a mistyped date
    found: dict[str, set[int]] = {code: set() for code in CHECKS}
    session = scope.session
    found["dates_out_of_order"].update(
        session.scalars(select(Case.id).where(dates_out_of_order(), or_(reported, closed), scope.visible))
    )
    child = select().select_from(Case).join(Person, Person.id == Case.child_id)
    problems = scope.memo.get("new_case_problems")  # read with the new-case tables (``intake``), if they were
    if problems is None:
        problems = session.execute(
            child.add_columns(Case.id, Person.sex.is_(None), Person.birth_date.is_(None), born_after).where(
                reported, scope.visible, or_(Person.sex.is_(None), Person.birth_date.is_(None), born_after)
            )
        ).all()
    for case_id, no_sex, no_birth, born_late in problems:
        for code, flag in (
            ("missing_sex", no_sex),
            ("missing_birth_date", no_birth),
            ("dates_out_of_order", born_late),
        ):
            if flag:
                found[code].add(case_id)
    for case_id, no_reason, born_late in session.execute(
        child.add_columns(Case.id, Case.closure_reason.is_(None), born_after).where(
            closed, scope.visible, or_(Case.closure_reason.is_(None), born_after)
        )
    ):
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
