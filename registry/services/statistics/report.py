"""A period's report: compute it (for staff), publish it (disclosure-controlled, for anyone), audit its export."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Engine, true
from sqlalchemy.orm import Session

from registry.models import Case
from registry.services import audit, lookups
from registry.services.access import require_role
from registry.services.dates import LOCAL_TZ
from registry.services.statistics import cache, cases, compliance, intake, quality, timing
from registry.services.statistics.cases import Scope, assigned_to
from registry.services.statistics.figures import Figures
from registry.services.statistics.period import Period
from registry.services.statistics.settings import StatisticsSettings, settings_for
from registry.services.statistics.sql import Dialect
from registry.services.statistics.tables import ComplianceRow, CountTable, Duration, PublishedTable, Report

READERS = ("worker", "supervisor", "auditor")
#: every table of a full report, in the order they are printed
TABLE_IDS = (
    "new_cases_by_sex_age",
    "new_cases_by_violence_sex_age",
    "new_cases_by_source",
    "new_cases_by_urgency_risk",
    "new_cases_by_disability",
    "new_cases_by_earlier_case",
    "caseload",
    "closed_by_reason",
    "measures_begun",
    "first_contact_by_urgency",
    "stage_durations",
    "compliance_referrals",
    "compliance_steps",
    "incoming_referrals",
    "monthly_trend",
)


def _scope(
    session: Session, period: Period, actor_id: int | None, settings: StatisticsSettings | None
) -> tuple[Scope, str]:
    user = require_role(session, actor_id, *READERS)
    visible: ColumnElement[bool] = true()
    viewer: int | None = None
    if user is not None and user.role == "worker":  # a worker's figures are those of her own cases
        viewer = user.id
        visible = assigned_to(viewer, Case.id)
    dialect = Dialect(session.get_bind().dialect.name)
    scope = Scope(session, period, visible, settings or settings_for(session), dialect, viewer_id=viewer)
    return scope, "all" if viewer is None else "own"


def compute(
    session: Session,
    period: Period,
    *,
    actor_id: int | None,
    now: dt.datetime | None = None,
    settings: StatisticsSettings | None = None,
    with_quality: bool = True,
    keep: bool = True,
    progress: Callable[[int, int], None] | None = None,
    timings: dict[str, float] | None = None,
) -> Report:
    """Every table of the period as the centre's staff see it (small counts included; not for export as is).

    The figures come from ``cache.gather`` (kept months and days counted live; ``keep``: keep the settled months
    not kept yet), the caseload, the monthly trend and the cases with dates out of order are counted live.
    ``progress(done, total)`` after each step; ``timings`` (if given) receives each step's seconds.
    """
    moment = now or dt.datetime.now(dt.UTC)
    scope, scope_name = _scope(session, period, actor_id, settings)
    report = Report(
        period.first.isoformat(), period.last.isoformat(), scope.settings.suppression_threshold, scope=scope_name
    )
    sectors = lookups.codes(session, "sector", active_only=False)
    figures = Figures()

    def referral_tables() -> None:
        rows, by_institution = compliance.referral_breakdowns(scope, figures)
        report.compliance.extend(rows[s] for s in _order(rows, sectors))
        report.tables.append(compliance.compliance_table("compliance_referrals", rows, sectors, "stats.note.referrals"))
        report.compliance_detail.extend(by_institution.values())

    def step_tables() -> None:
        rows, by_step = compliance.step_breakdowns(scope, figures)
        report.compliance.extend(rows[s] for s in _order(rows, sectors))
        report.tables.append(compliance.compliance_table("compliance_steps", rows, sectors, "stats.note.steps"))
        report.compliance_detail.extend(by_step.values())

    def incoming_table() -> None:
        rows = compliance.incoming(figures)
        report.tables.append(compliance.compliance_table("incoming_referrals", rows, sectors, "stats.note.incoming"))
        report.durations["incoming_referrals"] = [
            Duration(s, rows[s].on_time + rows[s].late, rows[s].median_days, rows[s].p90_days)
            for s in _order(rows, sectors)
        ]

    def first_contact() -> None:
        table, durations = intake.first_contact(scope, figures)
        report.tables.append(table)
        report.durations[table.id] = durations

    def stages() -> None:
        table, durations = timing.stages(figures)
        report.tables.append(table)
        report.durations[table.id] = durations

    def tables() -> None:
        report.tables.extend(intake.new_case_tables(scope, figures))
        report.tables.append(intake.violence_table(scope, figures))
        report.tables.append(cases.closed_by_reason_table(scope, figures))
        report.tables.append(cases.measures_table(scope, figures))
        first_contact()
        stages()
        referral_tables()
        step_tables()
        incoming_table()

    # the figures' own steps (months kept, stretches counted live) come first, then one per remaining step
    shown = {"parts": 1}

    def figures_step() -> None:
        def moved(done: int, total: int) -> None:
            shown["parts"] = total
            if progress is not None:
                progress(done, total + len(steps) - 1)

        figures.add(cache.gather(scope, moment, keep=keep, progress=moved))

    steps: list[tuple[str, Callable[[], Any]]] = [
        ("figures", figures_step),
        ("tables", tables),
        ("caseload", lambda: report.tables.append(cases.caseload_table(scope))),
        ("monthly_trend", lambda: report.tables.append(cases.monthly_trend_table(scope))),
    ]
    if with_quality:
        steps.append(("quality", lambda: report.quality.extend(quality.issues(scope, figures))))
    for number, (name, step) in enumerate(steps, start=1):
        started = time.perf_counter()
        step()
        if timings is not None:
            timings[name] = time.perf_counter() - started
        if progress is not None and number > 1:
            progress(shown["parts"] + number - 1, shown["parts"] + len(steps) - 1)
    report.tables.sort(key=lambda t: TABLE_IDS.index(t.id) if t.id in TABLE_IDS else len(TABLE_IDS))
    return report


def compliance_at_a_glance(
    session: Session, period: Period, *, actor_id: int | None, now: dt.datetime | None = None
) -> list[ComplianceRow]:
    """Referral and step compliance by sector alone (the supervisor dashboard): counted live, not a report."""
    moment = now or dt.datetime.now(dt.UTC)
    scope, _ = _scope(session, period, actor_id, None)
    sectors = lookups.codes(session, "sector", active_only=False)
    out: list[ComplianceRow] = []
    for rows in (compliance.referrals(scope, moment), compliance.steps(scope, moment)):
        out.extend(rows[s] for s in _order(rows, sectors))
    return out


def keep_recent(
    session: Session, *, actor_id: int | None, now: dt.datetime | None = None, limit: int = 3
) -> tuple[int, int]:
    """Keep up to ``limit`` settled months or days of this calendar year and the last that are not kept yet (the
    reports supervisors ask for most), so that those reports come from kept figures: (kept now, still to keep).

    For a reader of every case (a worker's own figures are never kept).  A few at a time, so that the caller (a
    background job of the application) can stop between calls.
    """
    moment = now or dt.datetime.now(dt.UTC)
    user = require_role(session, actor_id, *READERS)
    if user is not None and user.role == "worker":
        return 0, 0
    settings = settings_for(session)
    today = moment.astimezone(LOCAL_TZ).date()
    wanted = cache.spans(Period(dt.date(today.year - 1, 1, 1), today), moment, settings)
    needed = cache.not_kept(session, wanted, settings)
    if not needed:
        return 0, 0
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    done = cache.keep_spans(engine, needed[:limit], moment, settings)
    return done, len(needed) - done


def _order(rows: dict[str, Any], known: list[str]) -> list[str]:
    return [s for s in known if s in rows] + sorted(s for s in rows if s not in known)


@dataclass(frozen=True)
class Publication:
    """A report fit to leave the centre: small counts suppressed, no case or person named, no per-worker figure."""

    first: str
    last: str
    threshold: int
    tables: list[PublishedTable]
    compliance: list[dict[str, Any]]
    durations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def table(self, table_id: str) -> PublishedTable:
        return next(t for t in self.tables if t.table.id == table_id)


def publish(report: Report, table_ids: Iterable[str] | None = None) -> Publication:
    """Apply disclosure control to every table; compliance and durations follow their tables' suppression."""
    wanted = set(table_ids) if table_ids is not None else None
    k = report.threshold
    chosen = [t for t in report.tables if wanted is None or t.id in wanted]
    # a shared figure (the period's new cases, closed cases, new cases of one urgency) hidden by one table must be
    # hidden by every table that prints it, which may make those hide more: repeat until nothing changes
    hidden: frozenset[str] = frozenset()
    for _round in range(len(chosen) + 2):
        tables = [t.publish(k, hidden) for t in chosen]
        more = hidden.union(*(t.hidden_figures(p) for t, p in zip(chosen, tables, strict=True)))
        if more == hidden:
            break
        hidden = frozenset(more)
    by_id = {t.table.id: t for t in tables}
    rows: list[dict[str, Any]] = []
    for kind, table_id in (("referral", "compliance_referrals"), ("step", "compliance_steps")):
        published = by_id.get(table_id)
        if published is None:
            continue
        row_totals, cells = published.row_totals, published.cells
        for i, sector in enumerate(published.table.row_codes):
            source = next(r for r in report.compliance if r.kind == kind and r.sector == sector)
            rows.append(_compliance_entry(source, row_totals[i], cells[i], k))
    durations: dict[str, list[dict[str, Any]]] = {}
    for table_id, items in report.durations.items():
        if wanted is None or table_id in wanted:
            durations[table_id] = [_duration_entry(d, k) for d in items]
    for kind, table_id in (("referral", "compliance_referrals"), ("step", "compliance_steps")):
        entries = [row for row in rows if row["kind"] == kind]
        if entries:  # answered = on time + late, shown only when both are
            durations[table_id] = [
                {
                    "code": row["sector"],
                    "count": None if row["on_time"] is None or row["late"] is None else row["on_time"] + row["late"],
                    "median_days": row["median_days"],
                    "p90_days": row["p90_days"],
                }
                for row in entries
            ]
    return Publication(report.first, report.last, k, tables, rows, durations)


def _compliance_entry(row: ComplianceRow, due: int | None, cells: list[int | None], threshold: int) -> dict[str, Any]:
    answered = row.on_time + row.late
    timed = answered >= threshold  # a median of fewer than k answers describes a few referrals one by one
    return {
        "sector": row.sector,
        "kind": row.kind,
        "due": due,
        "on_time": cells[0],
        "late": cells[1],
        "open_overdue": cells[2],
        "median_days": row.median_days if timed else None,
        "p90_days": row.p90_days if timed else None,
    }


def _duration_entry(item: Duration, threshold: int) -> dict[str, Any]:
    enough = item.count >= threshold
    return {
        "code": item.code,
        "count": item.count if enough or item.count == 0 else None,
        "median_days": item.median_days if enough else None,
        "p90_days": item.p90_days if enough else None,
    }


def record_export(
    session: Session,
    *,
    actor_id: int | None,
    period: Period,
    table_ids: Iterable[str],
    fmt: str,
    language: str | None = None,
    by: str = "",
) -> None:
    """The audit trail's line for an export: who (the user, or ``by``: the system account that ran the command
    line), which period, which tables, in what form."""
    details: dict[str, Any] = {
        "from": period.first.isoformat(),
        "to": period.last.isoformat(),
        "tables": list(table_ids),
        "format": fmt,
        "language": language,
    }
    if by:
        details["by"] = by
    audit.record(session, "statistics.export", user_id=actor_id, entity="statistics", details=details)


__all__ = [
    "READERS",
    "TABLE_IDS",
    "CountTable",
    "Publication",
    "compliance_at_a_glance",
    "compute",
    "keep_recent",
    "publish",
    "record_export",
]
