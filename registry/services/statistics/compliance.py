"""Compliance by sector: deadlines that fell due in the period and how each sector met them.

* ``referral``: outgoing referrals whose response was due in the period (drafts and cancelled ones owe nothing),
  by the addressee's sector.  ``on_time``: answered by the due moment; ``late``: answered after it;
  ``open_overdue``: not answered and past due now; ``open_not_due``: not answered, deadline still ahead.
  Days: from sending to the answer.
* ``step``: protocol checklist items due in the period (not-applicable ones excluded), under each of the step's
  lead sectors (a step led by police, court and centre together counts under each; a step without a lead sector,
  such as the official note any professional writes, under ``other``).  Days: from the step's trigger (its due
  moment less its deadline) to when it was done.
* ``incoming``: referrals received in the period, by the sender's sector, against the centre's own response: the
  case's first contact within the urgency band of the case counted from the referral's arrival.

Rows break down by institution (referrals) and by step (steps) inside the centre for staff.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select, union_all
from sqlalchemy import Integer as SqlInteger
from sqlalchemy import String as SqlString

from registry.models import Case, ChecklistItem, Institution, ProtocolStep, Referral
from registry.services.statistics.cases import Scope
from registry.services.statistics.settings import UNKNOWN
from registry.services.statistics.sql import count_by, percentiles, within
from registry.services.statistics.suppression import Layout
from registry.services.statistics.tables import ComplianceRow, CountTable

OUTCOMES = ("on_time", "late", "open_overdue", "open_not_due")
OTHER = "other"


def _outcome(done: Any, due: Any, now: dt.datetime) -> ColumnElement[str]:
    return case(
        (and_(done.is_not(None), done <= due), OUTCOMES[0]),
        (done.is_not(None), OUTCOMES[1]),
        (due < now, OUTCOMES[2]),
        else_=OUTCOMES[3],
    )


def _collect(scope: Scope, kind: str, grouped: Select, timed: Select) -> dict[str, ComplianceRow]:
    """Rows of (key, outcome, count) and (key, days) into one ComplianceRow per key."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))
    for key, outcome, count in scope.session.execute(grouped):
        counts[key or OTHER][outcome] += count
    times = {key: (median, p90) for key, _, median, p90 in scope.session.execute(percentiles(timed, "key", "value"))}
    rows = {}
    for key, by_outcome in counts.items():
        median, p90 = times.get(key, (None, None))
        rows[key] = ComplianceRow(
            key, kind, sum(by_outcome.values()), by_outcome["on_time"], by_outcome["late"], by_outcome["open_overdue"],
            by_outcome["open_not_due"], None if median is None else round(float(median), 1),
            None if p90 is None else round(float(p90), 1))
    return rows


def referrals_due(scope: Scope, now: dt.datetime) -> tuple[Select[Any], ColumnElement[str]]:
    """Outgoing referrals whose response fell due in the period (joined to case and institution), and each one's
    outcome."""
    period = scope.period
    due = and_(Referral.direction == "outgoing", Referral.status.not_in(("draft", "cancelled")),
               within(Referral.response_due_at, period.start, period.end), scope.visible)
    base = (select().select_from(Referral).join(Case, Case.id == Referral.case_id)
            .outerjoin(Institution, Institution.id == Referral.institution_id).where(due))
    return base, _outcome(Referral.response_received_at, Referral.response_due_at, now)


def referrals(scope: Scope, now: dt.datetime, *, by: str = "sector") -> dict[str, ComplianceRow]:
    key: Any = func.coalesce(Institution.sector, OTHER) if by == "sector" else func.coalesce(
        Institution.name, UNKNOWN)
    base, outcome = referrals_due(scope, now)
    grouped = count_by(base.add_columns(key.label("key"), outcome.label("outcome")))
    timed = base.add_columns(key.label("key"), scope.dialect.days(Referral.response_received_at,
                                                                  Referral.sent_at).label("value")).where(
        Referral.response_received_at.is_not(None), Referral.sent_at.is_not(None))
    return _collect(scope, "referral", grouped, timed)


def _step_sectors(scope: Scope) -> Any:
    """(step id, sector, deadline hours, repeat hours) for every step of every template, as a VALUES table."""
    rows = []
    for step_id, sectors, hours, by_urgency, repeat in scope.session.execute(
            select(ProtocolStep.id, ProtocolStep.lead_sectors, ProtocolStep.deadline_hours,
                   ProtocolStep.deadline_by_urgency, ProtocolStep.repeat_every_days)):
        for urgency in ("immediate", "urgent", "regular"):
            first = (by_urgency or {}).get(urgency, hours)
            if first is None and repeat:
                first = repeat * 24
            for sector in sectors or [OTHER]:
                rows.append((step_id, sector, urgency, int(first or 0), int((repeat or 0) * 24)))
    rows = rows or [(0, OTHER, "", 0, 0)]
    # a UNION ALL of constant rows: SQLite has no named VALUES list in FROM
    return union_all(*[
        select(literal(step_id, SqlInteger).label("step_id"), literal(sector, SqlString).label("sector"),
               literal(urgency, SqlString).label("urgency"), literal(first, SqlInteger).label("deadline"),
               literal(repeat, SqlInteger).label("repeat"))
        for step_id, sector, urgency, first, repeat in rows
    ]).subquery("step_sector")


def steps(scope: Scope, now: dt.datetime, *, by: str = "sector") -> dict[str, ComplianceRow]:
    period, days = scope.period, scope.dialect.days
    mapping = _step_sectors(scope)
    # the period's items first, through the due_at index, materialised: joined directly, SQLite walks the small
    # table of steps and, for each step, every one of its items (minutes at 1,000,000 cases)
    items = (
        select(ChecklistItem.step_id.label("step_id"), Case.urgency.label("urgency"),
               ChecklistItem.due_at.label("due_at"), ChecklistItem.done_at.label("done_at"),
               ChecklistItem.occurrence.label("occurrence"))
        .select_from(ChecklistItem).join(Case, Case.id == ChecklistItem.case_id)
        .where(within(ChecklistItem.due_at, period.start, period.end), ChecklistItem.not_applicable.is_(False),
               scope.visible)
        .cte("period_items").prefix_with("MATERIALIZED")
    )
    key: Any = mapping.c.sector if by == "sector" else ProtocolStep.code
    base = select().select_from(items).join(
        mapping, and_(mapping.c.step_id == items.c.step_id, mapping.c.urgency == items.c.urgency))
    if by != "sector":
        base = base.join(ProtocolStep, ProtocolStep.id == items.c.step_id)
    outcome = _outcome(items.c.done_at, items.c.due_at, now)
    grouped = count_by(base.add_columns(key.label("key"), outcome.label("outcome")))
    allowed = case((items.c.occurrence > 1, mapping.c.repeat), else_=mapping.c.deadline) / 24.0
    timed = base.add_columns(key.label("key"), (days(items.c.done_at, items.c.due_at) + allowed)
                             .label("value")).where(items.c.done_at.is_not(None))
    return _collect(scope, "step", grouped, timed)


def incoming(scope: Scope, now: dt.datetime) -> dict[str, ComplianceRow]:
    period, days = scope.period, scope.dialect.days
    hours = scope.settings.first_contact_hours
    allowed = case(*[(Case.urgency == u, literal(h / 24.0)) for u, h in hours.items()],
                   else_=literal(hours["regular"] / 24.0))
    key = func.coalesce(Institution.sector, OTHER)
    base = (
        select().select_from(Referral).join(Case, Case.id == Referral.case_id)
        .outerjoin(Institution, Institution.id == Referral.institution_id)
        .where(Referral.direction == "incoming", within(Referral.sent_at, period.start, period.end), scope.visible)
    )
    waited = days(Case.first_contact_at, Referral.sent_at)
    overdue = or_(*[and_(Case.urgency == u, Referral.sent_at < now - dt.timedelta(hours=h)) for u, h in hours.items()])
    outcome = case(
        (and_(Case.first_contact_at.is_not(None), waited <= allowed), OUTCOMES[0]),
        (Case.first_contact_at.is_not(None), OUTCOMES[1]),
        (overdue, OUTCOMES[2]),
        else_=OUTCOMES[3],
    )
    grouped = count_by(base.add_columns(key.label("key"), outcome.label("outcome")))
    timed = base.add_columns(key.label("key"), case((waited < 0, 0.0), else_=waited).label("value")).where(
        Case.first_contact_at.is_not(None))
    return _collect(scope, "incoming", grouped, timed)


def compliance_table(table_id: str, rows: dict[str, ComplianceRow], sectors: list[str], note: str) -> CountTable:
    """A kind's rows as a count table (sector × outcome) so that they pass the same disclosure control."""
    codes = tuple([s for s in sectors if s in rows] + sorted(s for s in rows if s not in sectors))
    return CountTable(
        table_id, "sector", "stats", codes, OUTCOMES,
        tuple(tuple(getattr(rows[s], o) for o in OUTCOMES) for s in codes), Layout(), note=note,
    )
