"""The report's figures against a straightforward recomputation in Python, on a seeded demo register (both databases).

The report counts with one pass per table over index ranges and tallies rows in Python; here every case, child,
form of violence and referral is loaded as objects and counted the obvious way, for several periods, as every
case and as a worker (her own cases).  Medians are compared to within 0.1 day: the report's are of the
database's own day differences (``julianday`` on SQLite), these of Python's, which may differ in the last bits.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.models import Case, CaseViewer, CaseViolenceForm, Institution, Person, Referral, User
from registry.services.dates import LOCAL_TZ
from registry.services.demo import seed_demo
from registry.services.statistics.period import Period
from registry.services.statistics.report import compute
from registry.services.statistics.settings import UNKNOWN, StatisticsSettings

NOW = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
SETTINGS = StatisticsSettings(suppression_threshold=1)
PERIODS = (
    Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
    Period(dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
    Period(dt.date(2025, 7, 1), dt.date(2025, 12, 31)),
    Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    Period(dt.date(2026, 10, 1), dt.date(2026, 11, 30)),  # first contacts and referrals still open
)


@pytest.fixture
def register(sessions: sessionmaker[Session]) -> dict[str, Any]:
    with sessions() as session:
        seed_demo(session, cases=500, seed=11, now=NOW)
    with sessions() as session:
        cases = session.scalars(select(Case)).all()
        people = {p.id: p for p in session.scalars(select(Person))}
        forms: dict[int, list[str]] = {}
        for case_id, code in session.execute(select(CaseViolenceForm.case_id, CaseViolenceForm.code)):
            forms.setdefault(case_id, []).append(code)
        sectors = dict(session.execute(select(Institution.id, Institution.sector)).all())
        referrals = session.scalars(select(Referral)).all()
        worker = session.scalar(select(User.id).where(User.role == "worker").order_by(User.id))
        own = set(session.scalars(select(CaseViewer.case_id).where(CaseViewer.user_id == worker)))
        session.expunge_all()
    return {
        "cases": cases,
        "people": people,
        "forms": forms,
        "sectors": sectors,
        "referrals": referrals,
        "worker": worker,
        "own": own,
    }


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _days(later: dt.datetime, earlier: dt.datetime) -> float:
    return (_utc(later) - _utc(earlier)).total_seconds() / 86400


def _age(birth: dt.date | None, reported: dt.datetime) -> int | None:
    if birth is None:
        return None
    local = _utc(reported).astimezone(LOCAL_TZ).date()
    difference = int(local.strftime("%Y%m%d")) - int(birth.strftime("%Y%m%d"))
    return int(difference / 10000)  # SQL's integer division truncates


def _nearest(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) + 1) // 2 if share == 0.5 else (len(ordered) * 9 + 9) // 10
    return round(ordered[rank - 1], 1)


def _expected(data: dict[str, Any], period: Period, own: set[int] | None) -> dict[str, Any]:
    start, end = period.start, period.end
    cases = [c for c in data["cases"] if own is None or c.id in own]
    new = [c for c in cases if start <= _utc(c.report_received_at) < end]
    band_of, people, hours = SETTINGS.band_of, data["people"], SETTINGS.first_contact_hours
    by_child: dict[int, list[dt.datetime]] = {}
    for c in data["cases"]:  # an earlier case is any case of the child's, seen or not
        by_child.setdefault(c.child_id, []).append(_utc(c.report_received_at))
    sex_age: Counter[tuple[str, str]] = Counter()
    violence: Counter[tuple[str, str, str]] = Counter()
    outcome: Counter[tuple[str, str]] = Counter()
    waited: dict[str, list[float]] = {}
    other: dict[str, Counter[Any]] = {
        "source": Counter(),
        "urgency_risk": Counter(),
        "disability": Counter(),
        "earlier": Counter(),
    }
    for c in new:
        child = people[c.child_id]
        sex, band = child.sex or UNKNOWN, band_of(_age(child.birth_date, c.report_received_at))
        sex_age[sex, band] += 1
        for code in data["forms"].get(c.id) or [UNKNOWN]:
            violence[code, sex, band] += 1
        other["source"][c.referral_source or UNKNOWN] += 1
        other["urgency_risk"][c.urgency, c.risk_level] += 1
        other["disability"]["with_disability" if child.has_disability else "without_disability"] += 1
        earlier = any(r < _utc(c.report_received_at) for r in by_child[c.child_id])
        other["earlier"]["earlier_case" if earlier else "first_case"] += 1
        band_days = hours.get(c.urgency, hours["regular"]) / 24
        if c.first_contact_at is not None:
            days = _days(c.first_contact_at, c.report_received_at)
            waited.setdefault(c.urgency, []).append(days)
            outcome[c.urgency, "within_band" if days <= band_days else "beyond_band"] += 1
        else:
            overdue = _utc(c.report_received_at) < NOW - dt.timedelta(hours=hours.get(c.urgency, hours["regular"]))
            outcome[c.urgency, "no_contact_overdue" if overdue else "no_contact_not_due"] += 1
    closed = Counter(
        c.closure_reason or UNKNOWN for c in cases if c.closed_at is not None and start <= _utc(c.closed_at) < end
    )
    referrals: dict[str, Counter[str]] = {}
    for r in data["referrals"]:
        if (
            r.direction != "outgoing"
            or r.status in ("draft", "cancelled")
            or r.response_due_at is None
            or not start <= _utc(r.response_due_at) < end
            or (own is not None and r.case_id not in own)
        ):
            continue
        sector = data["sectors"].get(r.institution_id) or "other"
        if r.response_received_at is not None:
            kind = "on_time" if _utc(r.response_received_at) <= _utc(r.response_due_at) else "late"
        else:
            kind = "open_overdue" if _utc(r.response_due_at) < NOW else "open_not_due"
        referrals.setdefault(sector, Counter())[kind] += 1
    return {
        "new": len(new),
        "sex_age": sex_age,
        "violence": violence,
        "outcome": outcome,
        "waited": waited,
        "closed": closed,
        "referrals": referrals,
        **other,
    }


def _cells(report: Any, table_id: str) -> dict[tuple[str, str], int]:
    table = next(t for t in report.tables if t.id == table_id)
    return {
        (r, c): table.cells[i][j]
        for i, r in enumerate(table.row_codes)
        for j, c in enumerate(table.column_codes)
        if table.cells[i][j]
    }


@pytest.mark.parametrize("as_worker", [False, True], ids=["every case", "a worker's own"])
def test_the_report_matches_a_straightforward_recount(sessions, register, as_worker: bool) -> None:
    actor = register["worker"] if as_worker else None
    own = register["own"] if as_worker else None
    assert not as_worker or own, "the demo gives its workers cases"
    checked = 0
    for period in PERIODS:
        with sessions() as session:
            report = compute(session, period, actor_id=actor, now=NOW, settings=SETTINGS)
        want = _expected(register, period, own)
        checked += want["new"]
        assert _cells(report, "new_cases_by_sex_age") == dict(want["sex_age"]), period
        assert _cells(report, "new_cases_by_violence_sex_age") == {
            (f"{form}/{sex}", band): n for (form, sex, band), n in want["violence"].items()
        }, period
        assert _cells(report, "new_cases_by_source") == {(k, "cases"): n for k, n in want["source"].items()}
        assert _cells(report, "new_cases_by_urgency_risk") == dict(want["urgency_risk"])
        assert _cells(report, "new_cases_by_disability") == {(k, "cases"): n for k, n in want["disability"].items()}
        assert _cells(report, "new_cases_by_earlier_case") == {(k, "cases"): n for k, n in want["earlier"].items()}
        assert _cells(report, "first_contact_by_urgency") == dict(want["outcome"]), period
        for duration in report.durations["first_contact_by_urgency"]:
            values = want["waited"].get(duration.code, [])
            assert duration.count == len(values)
            for got, share in ((duration.median_days, 0.5), (duration.p90_days, 0.9)):
                expected = _nearest(values, share)
                assert got == expected or abs(got - expected) <= 0.1 + 1e-9  # type: ignore[operator]
        assert _cells(report, "closed_by_reason") == {(k, "cases"): n for k, n in want["closed"].items()}, period
        got = {
            row.sector: Counter(
                {k: getattr(row, k) for k in ("on_time", "late", "open_overdue", "open_not_due") if getattr(row, k)}
            )
            for row in report.compliance
            if row.kind == "referral"
        }
        assert got == want["referrals"], period
        assert (
            statistics.fsum(sum(r) for r in next(t for t in report.tables if t.id == "new_cases_by_sex_age").cells)
            == want["new"]
        )
    assert checked > (20 if as_worker else 100)  # the periods hold enough cases to mean something
