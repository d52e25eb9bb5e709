"""How long things took: first contact against the urgency band, and report → assessment → plan → closure.

Each stage is measured over the cases that *finished* it in the period (assessed, plan approved, closed in it),
so a period's figures describe the work done in that period.  Medians and 90th percentiles are nearest-rank
values of the lengths the database computed, to 0.1 day (``figures.ranks``).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import Counter
from typing import Any

from sqlalchemy import ColumnElement, and_, case, literal, or_, select, union_all

from registry.models import Case
from registry.services.statistics.cases import Scope
from registry.services.statistics.figures import Figures, ranks, tenth
from registry.services.statistics.sql import row_chunks, within
from registry.services.statistics.suppression import Layout
from registry.services.statistics.tables import CountTable, Duration

FIRST_CONTACT = ("within_band", "beyond_band", "no_contact_overdue", "no_contact_not_due")
STAGES = ("report_to_assessment", "assessment_to_plan", "plan_to_closure", "report_to_closure")
BUCKETS = ("days_0_30", "days_31_90", "days_91_180", "days_over_180")


def _band_days(scope: Scope) -> Any:
    hours = scope.settings.first_contact_hours
    return case(
        *[(Case.urgency == urgency, literal(h / 24.0)) for urgency, h in hours.items()],
        else_=literal(hours["regular"] / 24.0),
    )


def first_contact_outcome(scope: Scope, now: dt.datetime) -> ColumnElement[str]:
    """Within the urgency band, beyond it, or no contact yet (overdue or not): a case's column in the table."""
    band = _band_days(scope)
    waited = scope.dialect.days(Case.first_contact_at, Case.report_received_at)
    hours = scope.settings.first_contact_hours
    overdue = or_(
        *[
            and_(Case.urgency == urgency, Case.report_received_at < now - dt.timedelta(hours=h))
            for urgency, h in hours.items()
        ],
        and_(Case.urgency.not_in(list(hours)), Case.report_received_at < now - dt.timedelta(hours=hours["regular"])),
    )
    return case(
        (and_(Case.first_contact_at.is_not(None), waited <= band), FIRST_CONTACT[0]),
        (Case.first_contact_at.is_not(None), FIRST_CONTACT[1]),
        (overdue, FIRST_CONTACT[2]),
        else_=FIRST_CONTACT[3],
    )


def _bucket(days: Any) -> int:
    """The column of ``BUCKETS`` a length falls in (≤ 30, 31-90, 91-180, over 180 days), from the length itself."""
    return bisect_left((30, 90, 180), days)


def collect_stages(scope: Scope, figures: Figures) -> None:
    """Every stage finished in the period, by its length to 0.1 day and its bucket: three index ranges, one per
    stage's end (assessment, plan approval, closure); a closure ends two stages, both read from one row."""
    period, days = scope.period, scope.dialect.days
    stages = figures["stages"]
    parts = [
        (Case.assessment_done_at, Case.report_received_at, STAGES[0]),
        (Case.plan_approved_at, Case.assessment_done_at, STAGES[1]),
    ]
    selects = [
        select(literal(code).label("key"), days(end, start).label("value")).where(
            within(end, period.start, period.end), start.is_not(None), scope.visible
        )
        for end, start, code in parts
    ]
    union = union_all(*selects).subquery()
    for chunk in row_chunks(scope.session, select(union.c.key, union.c.value)):
        stages.update((stage, tenth(value), _bucket(value)) for stage, value in chunk)
    closed = select(days(Case.closed_at, Case.plan_approved_at), days(Case.closed_at, Case.report_received_at)).where(
        within(Case.closed_at, period.start, period.end), scope.visible
    )
    for chunk in row_chunks(scope.session, closed):
        for after_plan, after_report in chunk:
            if after_plan is not None:  # a case closed without an approved plan finished no plan stage
                stages[STAGES[2], tenth(after_plan), _bucket(after_plan)] += 1
            if after_report is not None:
                stages[STAGES[3], tenth(after_report), _bucket(after_report)] += 1


def stages(figures: Figures) -> tuple[CountTable, list[Duration]]:
    """Stages finished in the period, by length: ≤ 30, 31-90, 91-180 and over 180 days; each stage's median and
    90th percentile from the same lengths."""
    buckets: Counter[tuple[str, int]] = Counter()
    lengths: dict[Any, Counter[Any]] = {}
    for (stage, value, bucket), count in figures["stages"].items():
        buckets[stage, bucket] += count
        lengths.setdefault(stage, Counter())[value] += count
    cells = tuple(tuple(buckets[stage, b] for b in range(len(BUCKETS))) for stage in STAGES)
    table = CountTable(
        "stage_durations",
        "stats",
        "stats",
        STAGES,
        BUCKETS,
        cells,
        # each row is its own cohort: column totals would add unlike things
        Layout(column_totals=False, grand_total=False),
        note="stats.note.stages",
    )
    return table, durations(lengths, STAGES)


def durations(lengths: dict[Any, Counter[Any]], codes: tuple[str, ...]) -> list[Duration]:
    """Each code's count, median and 90th percentile from its histogram of lengths (to 0.1 day)."""
    out = []
    for code in codes:
        n, median, p90 = ranks(lengths.get(code, {}))
        out.append(Duration(code, n, median, p90))
    return out
