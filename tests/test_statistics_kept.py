"""Kept months never change a figure: a report that adds kept months to live days equals the report counted live,
after every kind of write to a kept month, by the services' models or by SQL typed by hand; on an encrypted file,
a plain file and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, func, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from registry.db import session_factory, transaction
from registry.models import (
    Case,
    CaseViolenceForm,
    ChecklistItem,
    Institution,
    Measure,
    Person,
    ProtocolStep,
    Referral,
    StatisticsChange,
    StatisticsMonth,
)
from registry.services.demo import seed_demo
from registry.services.setup import initialise
from registry.services.statistics import cache, changes
from registry.services.statistics.figures import Figures, ranks, tenth
from registry.services.statistics.period import Period
from registry.services.statistics.report import compute, keep_recent
from registry.services.statistics.settings import StatisticsSettings
from registry.services.statistics.tables import Report
from tests.conftest import scratch_pg_database
from tests.registers import PROFILE, new_database

NOW = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
SETTINGS = StatisticsSettings(suppression_threshold=1)
YEAR = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
#: a custom period: whole months kept, part months at both ends counted live
ODD = Period(dt.date(2025, 2, 11), dt.date(2025, 9, 20))


@pytest.fixture(params=["encrypted", "plain", "postgresql"])
def register(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    """A register with 300 demo cases reported over 2024-2026."""
    if request.param == "postgresql":
        with scratch_pg_database("registry_kept") as (_name, url):
            yield from _filled(new_database(url))
        return
    url = f"sqlite:///{tmp_path / 'registry.sqlite'}"
    yield from _filled(new_database(url, encrypted=request.param == "encrypted"))


def _filled(engine: Engine) -> Iterator[sessionmaker[Session]]:
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        initialise(session, PROFILE)
    with sessions() as session:
        seed_demo(session, cases=300, seed=5, now=NOW)
    yield sessions
    engine.dispose()


def _report(sessions: sessionmaker[Session], period: Period, *, keep: bool) -> Report:
    with sessions() as session:
        return compute(session, period, actor_id=None, now=NOW, settings=SETTINGS, keep=keep)


def _live(sessions: sessionmaker[Session], period: Period) -> Report:
    """The report counted live: nothing kept is used (the kept months are emptied first)."""
    with transaction(sessions) as session:
        session.execute(delete(StatisticsMonth))
    return _report(sessions, period, keep=False)


def _kept(sessions: sessionmaker[Session]) -> set[int]:
    with sessions() as session:
        return set(session.scalars(select(StatisticsMonth.span)))


def _figures(report: Report) -> tuple[Any, ...]:
    return report.tables, report.compliance, report.compliance_detail, report.durations, report.quality


def test_kept_months_give_the_report_counted_live(register: sessionmaker[Session]) -> None:
    for period in (YEAR, ODD):
        live = _live(register, period)
        first = _report(register, period, keep=True)  # counts and keeps the settled months
        assert set(cache.spans(period, NOW, SETTINGS)) <= _kept(register)
        again = _report(register, period, keep=False)  # from the kept months alone
        assert _figures(first) == _figures(live)
        assert _figures(again) == _figures(live)
    new_cases = next(t for t in live.tables if t.id == "new_cases_by_sex_age")
    assert sum(map(sum, new_cases.cells)) > 20  # the seeded cases are counted, not an empty period
    with register() as session:  # keeping consumed the marks the seeding left
        assert session.scalar(select(func.count()).select_from(StatisticsChange)) == 0


def _a_case(session: Session, **where: Any) -> Case:
    query = select(Case).where(Case.report_received_at >= dt.datetime(2025, 3, 1, tzinfo=dt.UTC))
    query = query.where(Case.report_received_at < dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
    if where.get("closed_in_2025"):
        query = query.where(Case.closed_at < dt.datetime(2025, 12, 1, tzinfo=dt.UTC), Case.closure_reason.is_not(None))
    found = session.scalars(query.order_by(Case.id).limit(1)).first()
    assert found is not None
    return found


def _close_without_reason(session: Session) -> None:
    _a_case(session, closed_in_2025=True).closure_reason = None


def _child_born_later(session: Session) -> None:
    case = _a_case(session)
    session.get_one(Person, case.child_id).birth_date = dt.date(2019, 2, 3)


def _add_form(session: Session) -> None:
    case = _a_case(session)
    taken = set(session.scalars(select(CaseViolenceForm.code).where(CaseViolenceForm.case_id == case.id)))
    session.add(
        CaseViolenceForm(case_id=case.id, code=next(c for c in ("neglect", "physical", "sexual") if c not in taken))
    )


def _answer_referrals(session: Session) -> None:
    for referral in session.scalars(
        select(Referral)
        .where(Referral.direction == "outgoing", Referral.response_due_at < dt.datetime(2025, 7, 1, tzinfo=dt.UTC))
        .where(Referral.response_due_at >= dt.datetime(2025, 3, 1, tzinfo=dt.UTC))
        .limit(5)
    ):
        referral.response_received_at = referral.response_due_at + dt.timedelta(days=9)  # type: ignore[operator]


def _late_steps(session: Session) -> None:
    for item in session.scalars(
        select(ChecklistItem)
        .where(ChecklistItem.due_at >= dt.datetime(2025, 4, 1, tzinfo=dt.UTC), ChecklistItem.done_at.is_not(None))
        .limit(8)
    ):
        item.done_at = item.due_at + dt.timedelta(days=40)  # type: ignore[operator]


def _add_measure(session: Session) -> None:
    case = _a_case(session)
    session.add(Measure(case_id=case.id, code="foster_care", started_on=dt.date(2025, 5, 14)))


def _move_sector(session: Session) -> None:
    used = session.scalar(select(Referral.institution_id).where(Referral.direction == "outgoing").limit(1))
    institution = session.get_one(Institution, used)
    institution.sector = "health" if institution.sector != "health" else "police"


def _longer_deadline(session: Session) -> None:
    step = session.scalars(select(ProtocolStep).where(ProtocolStep.deadline_hours.is_not(None)).limit(1)).one()
    step.deadline_hours = (step.deadline_hours or 0) + 48


def _delete_case(session: Session) -> None:
    session.delete(_a_case(session, closed_in_2025=True))


def _sql_by_hand(session: Session) -> None:
    """A report moved from spring to late summer by SQL (another month, another age, other deadlines)."""
    case = _a_case(session)
    session.execute(
        update(Case)
        .where(Case.id == case.id)
        .values(report_received_at=dt.datetime(2025, 8, 30, 23, 30, tzinfo=dt.UTC))
    )


def _unchanged_save(session: Session) -> None:
    case = _a_case(session)
    case.closure_reason = case.closure_reason  # a save without changes


WRITES: dict[str, Callable[[Session], None]] = {
    "closed without a reason": _close_without_reason,
    "child's birth date": _child_born_later,
    "form of violence added": _add_form,
    "referrals answered late": _answer_referrals,
    "steps done late": _late_steps,
    "measure begun": _add_measure,
    "institution's sector": _move_sector,
    "step's deadline": _longer_deadline,
    "case deleted": _delete_case,
    "SQL by hand": _sql_by_hand,
}


def test_every_write_to_a_kept_month_is_counted(register: sessionmaker[Session]) -> None:
    _report(register, YEAR, keep=True)
    for name, write in WRITES.items():
        before = _report(register, YEAR, keep=False)
        with transaction(register) as session:
            write(session)
        after = _report(register, YEAR, keep=False)  # kept months, less those the write marked
        assert _figures(after) != _figures(before), name  # the write changes what a reader sees
        kept_again = _report(register, YEAR, keep=True)  # the marked months kept anew
        assert _kept(register) == set(cache.spans(YEAR, NOW, SETTINGS)), name
        live = _live(register, YEAR)
        assert _figures(after) == _figures(live), name
        assert _figures(kept_again) == _figures(live), name
        _report(register, YEAR, keep=True)


def test_a_save_without_changes_forgets_nothing(register: sessionmaker[Session]) -> None:
    _report(register, YEAR, keep=True)
    with register() as session:
        computed = dict(session.execute(select(StatisticsMonth.span, StatisticsMonth.computed_at)).all())
    with transaction(register) as session:
        _unchanged_save(session)
    _report(register, YEAR, keep=True)
    with register() as session:
        assert dict(session.execute(select(StatisticsMonth.span, StatisticsMonth.computed_at)).all()) == computed
        assert session.scalar(select(func.count()).select_from(StatisticsChange)) == 0


def test_months_not_settled_are_never_kept(register: sessionmaker[Session]) -> None:
    """First-contact bands still running at NOW (the last week) and deadlines ahead: those days stay live; the
    settled days of a month not settled yet are kept one by one, and replaced by the month once it settles."""
    recent = Period(dt.date(2026, 9, 1), dt.date(2026, 11, 30))
    live = _live(register, recent)
    assert _figures(_report(register, recent, keep=True)) == _figures(live)
    # the last day kept is November 15: its end (local midnight, 23:00 UTC) and a week are just before NOW
    assert _kept(register) == {202609, 202610} | {20261100 + day for day in range(1, 16)}
    with register() as session:
        later = compute(session, recent, actor_id=None, now=dt.datetime(2026, 12, 9, tzinfo=dt.UTC), settings=SETTINGS)
    assert _kept(register) == {202609, 202610, 202611}
    assert later.tables != live.tables or later.compliance != live.compliance  # overdue by then


def test_a_register_without_the_triggers_is_counted_live_once_they_are_dropped(register: sessionmaker[Session]) -> None:
    """Dropping the triggers (as bulk writers may) empties what was kept: nothing kept can be stale."""
    _report(register, YEAR, keep=True)
    engine = register.kw["bind"]
    with engine.begin() as connection:
        changes.drop(connection)
        assert changes.present(connection) == set()
    assert _kept(register) == set()
    with engine.begin() as connection:
        changes.create(connection)
        assert changes.present(connection) == set(changes.names())


def nearest_ranks(values: list[float]) -> tuple[int, float | None, float | None]:
    """The report's definition over raw lengths: of n values, the median is the (n + 1) // 2-th smallest and the
    90th percentile the (9n + 9) // 10-th."""
    ordered = sorted(values)
    n = len(ordered)
    if not n:
        return 0, None, None
    return n, ordered[(n + 1) // 2 - 1], ordered[(n * 9 + 9) // 10 - 1]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=-5, max_value=400, allow_nan=False), max_size=60))
def test_the_histogram_gives_the_rounded_nearest_ranks(values: list[float]) -> None:
    n, median, p90 = nearest_ranks(list(values))
    histogram: dict[float, int] = {}
    for value in values:
        histogram[tenth(value)] = histogram.get(tenth(value), 0) + 1
    expected = (n, None if median is None else tenth(median), None if p90 is None else tenth(p90))
    assert ranks(histogram) == expected


def test_figures_survive_keeping_unchanged() -> None:
    figures = Figures()
    figures["sex_age"]["F", 7] += 3
    figures["sex_age"]["unknown", None] += 1
    figures["referral_days"][None, 2.5] += 4
    figures["new_problems"][17, True, False, True] += 1
    assert Figures.from_bytes(figures.to_bytes()) == figures
    assert Figures.from_bytes(figures.to_bytes())["sex_age"][("unknown", None)] == 1


def test_marks_of_every_kind_of_write_are_made_on_this_database(register: sessionmaker[Session]) -> None:
    with transaction(register) as session:
        session.execute(text("DELETE FROM statistics_change"))
    with transaction(register) as session:
        _late_steps(session)
    with register() as session:
        days = set(session.scalars(select(StatisticsChange.day)))
    assert days and all(20250401 <= day < 20270000 for day in days)


def test_progress_moves_forward_month_by_month_to_the_end(register: sessionmaker[Session]) -> None:
    """The Statistics page's progress bar: a first report over a year moves with each month it keeps."""
    seen: list[tuple[int, int]] = []
    with register() as session:
        compute(session, YEAR, actor_id=None, now=NOW, settings=SETTINGS, progress=lambda d, t: seen.append((d, t)))
    fractions = [done / total for done, total in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert len(seen) >= 12 + 4  # every month, then tables, caseload, trend and quality


def test_keeping_the_recent_years_a_few_at_a_time(register: sessionmaker[Session]) -> None:
    """What the application keeps in the background: this year's and last year's settled spans, three a call,
    for a reader of every case; nothing for a worker, whose own figures are always counted live."""
    with register() as session:
        from registry.models import User

        worker = session.scalar(select(User.id).where(User.role == "worker").limit(1))
        supervisor = session.scalar(select(User.id).where(User.role == "supervisor").limit(1))
        assert keep_recent(session, actor_id=worker, now=NOW) == (0, 0)
    assert _kept(register) == set()
    calls, remaining = 0, 1
    while remaining:
        with register() as session:
            kept, remaining = keep_recent(session, actor_id=supervisor, now=NOW)
        assert kept == 3 or (kept and not remaining)
        calls += 1
    wanted = cache.spans(Period(dt.date(2025, 1, 1), dt.date(2026, 11, 23)), NOW, SETTINGS)
    assert _kept(register) == set(wanted) and calls == -(-len(wanted) // 3)
