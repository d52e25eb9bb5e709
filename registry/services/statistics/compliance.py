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
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select
from sqlalchemy import Integer as SqlInteger

from registry.models import Case, ChecklistItem, Institution, ProtocolStep, Referral
from registry.models.cases import URGENCIES
from registry.services.protocols import IMMEDIATE_STEP_TIME, due_on_registering
from registry.services.statistics.cases import Scope
from registry.services.statistics.figures import Figures, histograms, ranks, tenth
from registry.services.statistics.settings import UNKNOWN
from registry.services.statistics.sql import count_by, row_chunks, within
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


def _collect(
    kind: str, counted: Counter[tuple[Any, ...]], lengths: dict[Any, Counter[Any]]
) -> dict[str, ComplianceRow]:
    """Counts per (key, outcome) and each key's histogram of lengths into one ComplianceRow per key."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))
    for (key, outcome), count in counted.items():
        counts[key or OTHER][outcome] += count
    rows = {}
    for key in sorted(counts):  # in the order of the keys (institutions' names, steps' codes)
        by_outcome = counts[key]
        _n, median, p90 = ranks(lengths.get(key, {}))
        rows[key] = ComplianceRow(
            key,
            kind,
            sum(by_outcome.values()),
            by_outcome["on_time"],
            by_outcome["late"],
            by_outcome["open_overdue"],
            by_outcome["open_not_due"],
            median,
            p90,
        )
    return rows


def _regroup(
    counted: Counter[tuple[Any, ...]], lengths: Counter[tuple[Any, ...]], keys: dict[Any, list[Any]]
) -> tuple[Counter[tuple[Any, ...]], dict[Any, Counter[Any]]]:
    """Counts and lengths by a small table's id (an institution, a step) under that id's keys (its sector, its
    name, its lead sectors: one id may count under several keys); an id ``keys`` lacks counts nowhere."""
    out: Counter[tuple[Any, ...]] = Counter()
    timed: dict[Any, Counter[Any]] = {}
    for (row_id, outcome), count in counted.items():
        for key in keys.get(row_id, ()):
            out[key, outcome] += count
    for (row_id, value), count in lengths.items():
        for key in keys.get(row_id, ()):
            timed.setdefault(key, Counter())[value] += count
    return out, timed


def referrals_due(scope: Scope, now: dt.datetime) -> tuple[Select[Any], ColumnElement[str]]:
    """Outgoing referrals whose response fell due in the period (joined to case and institution), and each one's
    outcome."""
    period = scope.period
    due = and_(
        Referral.direction == "outgoing",
        Referral.status.not_in(("draft", "cancelled")),
        within(Referral.response_due_at, period.start, period.end),
        scope.visible,
    )
    base = (
        select()
        .select_from(Referral)
        .join(Case, Case.id == Referral.case_id)
        .outerjoin(Institution, Institution.id == Referral.institution_id)
        .where(due)
    )
    return base, _outcome(Referral.response_received_at, Referral.response_due_at, now)


def collect_referrals(scope: Scope, now: dt.datetime, figures: Figures) -> None:
    """Outgoing referrals due in the period counted per institution id and outcome, and their days from sending
    to the answer: two passes over an index of outgoing referrals by due moment holding every column read."""
    period = scope.period
    due = and_(
        Referral.direction == "outgoing",
        Referral.status.not_in(("draft", "cancelled")),
        within(Referral.response_due_at, period.start, period.end),
        scope.of_visible_cases(Referral.case_id),
    )
    outcome = _outcome(Referral.response_received_at, Referral.response_due_at, now)
    counted = figures["referrals"]
    for institution, found, count in scope.session.execute(
        count_by(select(Referral.institution_id.label("institution"), outcome.label("outcome")).where(due))
    ):
        counted[institution, found] += count
    lengths = figures["referral_days"]
    timed = select(Referral.institution_id, scope.dialect.days(Referral.response_received_at, Referral.sent_at)).where(
        due, Referral.response_received_at.is_not(None), Referral.sent_at.is_not(None)
    )
    for chunk in row_chunks(scope.session, timed):
        lengths.update((institution, tenth(value)) for institution, value in chunk)


def referral_breakdowns(scope: Scope, figures: Figures) -> tuple[dict[str, ComplianceRow], dict[str, ComplianceRow]]:
    """Referral compliance by the addressee's sector, and by institution: the counts per institution id summed
    under each institution's sector and name as they are now."""
    counted, lengths = figures["referrals"], figures["referral_days"]
    seen = {key[0] for key in counted} | {key[0] for key in lengths}
    institutions = {
        row_id: (sector, name)
        for row_id, sector, name in scope.session.execute(
            select(Institution.id, Institution.sector, Institution.name).where(Institution.id.in_(seen - {None}))
        )
    }
    # no institution, or one not found, is sector OTHER and name UNKNOWN
    sectors = {row_id: [_or(institutions.get(row_id, (None, None))[0], OTHER)] for row_id in seen}
    names = {row_id: [_or(institutions.get(row_id, (None, None))[1], UNKNOWN)] for row_id in seen}
    by_sector = _collect("referral", *_regroup(counted, lengths, sectors))
    by_institution = _collect("referral", *_regroup(counted, lengths, names))
    return by_sector, by_institution


def _or(value: Any, default: str) -> Any:
    """SQL's coalesce: ``default`` only for NULL (an empty name stays empty)."""
    return default if value is None else value


def referrals(scope: Scope, now: dt.datetime) -> dict[str, ComplianceRow]:
    figures = Figures()
    collect_referrals(scope, now, figures)
    return referral_breakdowns(scope, figures)[0]


def _deadline_hours(scope: Scope) -> tuple[dict[int, list[Any]], dict[int, list[Any]], ColumnElement[Any]]:
    """Each step's lead sectors and code (by step id), and an item's allowed hours as a SQL expression.

    Allowed hours: the step's deadline for the case's urgency at the first occurrence, its repeat interval after;
    the case's urgency is read (one seek) only for the steps whose deadline depends on it.
    """
    sectors: dict[int, list[Any]] = {}
    codes: dict[int, list[Any]] = {}
    first_by_step: list[tuple[int, Any]] = []
    repeat_by_step: list[tuple[int, Any]] = []
    urgency = select(Case.urgency).where(Case.id == ChecklistItem.case_id).scalar_subquery()
    for step in scope.session.scalars(select(ProtocolStep)):
        step_id, hours, by_urgency, repeat = (
            step.id,
            step.deadline_hours,
            step.deadline_by_urgency,
            step.repeat_every_days,
        )
        sectors[step_id], codes[step_id] = list(step.lead_sectors or [OTHER]), [step.code]
        if due_on_registering(step):  # "immediately" falls due a day after the registration (protocols.first_due)
            hours = IMMEDIATE_STEP_TIME // dt.timedelta(hours=1)
        first = {}
        for level in URGENCIES:
            value = (by_urgency or {}).get(level, hours)
            if value is None and repeat:
                value = repeat * 24
            first[level] = int(value or 0)
        if len(set(first.values())) == 1:
            first_by_step.append((step_id, literal(first[URGENCIES[0]], SqlInteger)))
        else:
            first_by_step.append(
                (
                    step_id,
                    case(  # CASE (urgency) WHEN ...: one seek per item
                        {level: literal(first[level], SqlInteger) for level in URGENCIES[:-1]},
                        value=urgency,
                        else_=literal(first[URGENCIES[-1]], SqlInteger),
                    ),
                )
            )
        repeat_by_step.append((step_id, literal(int((repeat or 0) * 24), SqlInteger)))

    def by_step(choices: list[tuple[int, Any]]) -> Any:
        if not choices:
            return literal(0, SqlInteger)
        return case(
            *[(ChecklistItem.step_id == step_id, value) for step_id, value in choices], else_=literal(0, SqlInteger)
        )

    allowed = case((ChecklistItem.occurrence > 1, by_step(repeat_by_step)), else_=by_step(first_by_step))
    return sectors, codes, allowed


def collect_steps(scope: Scope, now: dt.datetime, figures: Figures) -> None:
    """Protocol checklist items due in the period counted per step id and outcome, and the done ones' days from
    the step's trigger to done.

    From the checklist items alone (an index of items by due moment holds every column read but the case's
    urgency).  The items still open are counted in SQL (the partial index of open items holds only them); the
    done ones are read once, each with its time taken and whether it was on time.
    """
    period = scope.period
    item = ChecklistItem
    _sectors, _codes, allowed = _deadline_hours(scope)
    due = and_(
        within(item.due_at, period.start, period.end),
        item.not_applicable.is_(False),
        scope.of_visible_cases(item.case_id),
    )
    still_open = case((item.due_at < now, OUTCOMES[2]), else_=OUTCOMES[3])  # as ``_outcome`` for an open item
    counted = figures["steps"]
    for step_id, found, count in scope.session.execute(
        count_by(select(item.step_id.label("step"), still_open.label("outcome")).where(item.done_at.is_(None), due))
    ):
        counted[step_id, found] += count
    # days from the step's trigger (its due moment less the time allowed) to when it was done, under the key
    # 2 × step id + 1 when done on time (as ``_outcome``: done by the due moment), 2 × step id when late
    value = scope.dialect.days(item.done_at, item.due_at) + allowed / 24.0
    on_time = case((item.done_at <= item.due_at, 1), else_=0)
    lengths = figures["step_days"]
    done = select(item.step_id * 2 + on_time, value).where(due, item.done_at.is_not(None))
    for chunk in row_chunks(scope.session, done):
        for key, length in chunk:
            counted[key // 2, OUTCOMES[0] if key % 2 else OUTCOMES[1]] += 1
            lengths[key // 2, tenth(length)] += 1


def step_breakdowns(scope: Scope, figures: Figures) -> tuple[dict[str, ComplianceRow], dict[str, ComplianceRow]]:
    """Protocol-step compliance by lead sector, and by step: the counts per step id summed under each step's
    lead sectors and code."""
    sectors, codes, _allowed = _deadline_hours(scope)
    by_sector = _collect("step", *_regroup(figures["steps"], figures["step_days"], sectors))
    by_step = _collect("step", *_regroup(figures["steps"], figures["step_days"], codes))
    return by_sector, by_step


def steps(scope: Scope, now: dt.datetime) -> dict[str, ComplianceRow]:
    figures = Figures()
    collect_steps(scope, now, figures)
    return step_breakdowns(scope, figures)[0]


def incoming_received(
    scope: Scope, now: dt.datetime
) -> tuple[Select[Any], ColumnElement[str], ColumnElement[Any], ColumnElement[Any]]:
    """Incoming referrals received in the period (joined to case and sender), each one's outcome (the centre's
    first contact against the case's urgency band, counted from the referral's arrival), the sender's sector and
    the days the centre took."""
    period, days = scope.period, scope.dialect.days
    hours = scope.settings.first_contact_hours
    allowed = case(
        *[(Case.urgency == u, literal(h / 24.0)) for u, h in hours.items()], else_=literal(hours["regular"] / 24.0)
    )
    sector = func.coalesce(Institution.sector, OTHER)
    base = (
        select()
        .select_from(Referral)
        .join(Case, Case.id == Referral.case_id)
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
    return base, outcome, sector, waited


def collect_incoming(scope: Scope, now: dt.datetime, figures: Figures) -> None:
    """Incoming referrals received in the period counted per sender's sector and outcome, and the days the centre
    took."""
    base, outcome, key, waited = incoming_received(scope, now)
    counted = figures["incoming"]
    for sector, found, count in scope.session.execute(
        count_by(base.add_columns(key.label("key"), outcome.label("outcome")))
    ):
        counted[sector, found] += count
    timed = base.add_columns(key.label("key"), case((waited < 0, 0.0), else_=waited).label("value")).where(
        Case.first_contact_at.is_not(None)
    )
    lengths = figures["incoming_days"]
    for chunk in row_chunks(scope.session, timed):
        lengths.update((sector, tenth(value)) for sector, value in chunk)


def incoming(figures: Figures) -> dict[str, ComplianceRow]:
    return _collect("incoming", figures["incoming"], histograms(figures["incoming_days"]))


def step_items_due(scope: Scope, now: dt.datetime, sector: str | None, outcome: str | None) -> Select[Any]:
    """The cases of the checklist items counted under one sector (None: every sector) and outcome (None: every
    outcome) of the step compliance: items due in the period, not marked not applicable, whose step the sector
    leads (steps without a lead sector under ``other``), with the outcome ``step_breakdowns`` gives them."""
    item, period = ChecklistItem, scope.period
    chosen = select(item.case_id).where(within(item.due_at, period.start, period.end), item.not_applicable.is_(False))
    if sector is not None:
        led = [
            step_id
            for step_id, lead in scope.session.execute(select(ProtocolStep.id, ProtocolStep.lead_sectors))
            if sector in (lead or [OTHER])
        ]
        chosen = chosen.where(item.step_id.in_(led))
    if outcome is not None:
        chosen = chosen.where(_outcome(item.done_at, item.due_at, now) == outcome)
    return chosen


def compliance_table(table_id: str, rows: dict[str, ComplianceRow], sectors: list[str], note: str) -> CountTable:
    """A kind's rows as a count table (sector × outcome) so that they pass the same disclosure control."""
    codes = tuple([s for s in sectors if s in rows] + sorted(s for s in rows if s not in sectors))
    return CountTable(
        table_id,
        "sector",
        "stats",
        codes,
        OUTCOMES,
        tuple(tuple(getattr(rows[s], o) for o in OUTCOMES) for s in codes),
        Layout(),
        note=note,
    )
