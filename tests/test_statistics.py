"""The statistics of a small register whose every figure was worked out by hand (both databases).

The period is the first quarter of 2026 in Sarajevo time; "now" is 1 May 2026.  The register holds:

1. Amina, F, born 14.03.2015, reported 10.01. 10:00, urgent, physical + neglect, from a school; contact a day later.
2. Emir, M, born 01.06.2020, reported 01.02., immediate, physical, from the police; contact two days later.
3. Lejla, F, born 15.01.2009, reported 15.01. 00:30 local (14.01. 23:30 UTC): 17 on the local date, 16 on UTC's.
4. A child of unknown sex and birth date, reported 05.03., regular, sexual violence.
5. Tarik, M, born 01.04.2012, reported 31.03. 23:30 local: the period's last half hour (13 years old).
6. Mirza, reported 01.04. 00:30 local (31.03. 22:30 UTC): after the period although UTC says March.
7. Sara, reported 20.12.2025, closed 10.02.2026 (goals met): open at the start, closed in the period.
"""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Case, ChecklistItem, Institution, Person, ProtocolStep
from registry.services.cases import register_case
from registry.services.referrals import ReferralInput, log_referral, record_response
from registry.services.statistics.period import Period, preset, previous
from registry.services.statistics.report import compute, publish
from registry.services.statistics.settings import StatisticsSettings
from tests.helpers import new_case

LOCAL = ZoneInfo("Europe/Sarajevo")
NOW = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
Q1 = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
NO_SUPPRESSION = StatisticsSettings(suppression_threshold=1)
#: tables whose figures count items of cases (several may belong to one case), not cases
ITEM_TABLES = frozenset({"compliance_referrals", "compliance_steps", "incoming_referrals", "measures_begun"})


def _local(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=LOCAL)


def _register(
    session: Session, given: str, sex: str | None, birth: dt.date | None, reported: dt.datetime, **values: object
) -> int:
    data = new_case(given, "Test", sex=sex, birth_date=birth, **values)
    data.report_received_at = reported
    return register_case(session, data, actor_id=None, now=max(reported, NOW)).case.id


@pytest.fixture
def register(sessions: sessionmaker[Session], worker) -> dict[str, int]:
    with transaction(sessions) as session:
        ids = {
            "amina": _register(
                session,
                "Amina",
                "F",
                dt.date(2015, 3, 14),
                _local(2026, 1, 10, 10),
                urgency="urgent",
                lead_worker_id=worker.id,
            ),
            "emir": _register(
                session,
                "Emir",
                "M",
                dt.date(2020, 6, 1),
                _local(2026, 2, 1, 9),
                urgency="immediate",
                violence_forms=["physical"],
                referral_source="police",
            ),
            "lejla": _register(
                session,
                "Lejla",
                "F",
                dt.date(2009, 1, 15),
                _local(2026, 1, 15, 0, 30),
                urgency="regular",
                violence_forms=["psychological"],
            ),
            "unknown": _register(
                session,
                "Nepoznato",
                None,
                None,
                _local(2026, 3, 5, 12),
                urgency="regular",
                violence_forms=["sexual"],
                referral_source="citizen",
            ),
            "tarik": _register(session, "Tarik", "M", dt.date(2012, 4, 1), _local(2026, 3, 31, 23, 30)),
            "mirza": _register(session, "Mirza", "M", dt.date(2012, 4, 1), _local(2026, 4, 1, 0, 30)),
            "sara": _register(session, "Sara", "F", dt.date(2014, 5, 5), _local(2025, 12, 20, 11)),
        }
        contact = {"amina": _local(2026, 1, 11, 10), "emir": _local(2026, 2, 3, 9), "tarik": _local(2026, 4, 1, 9)}
        for name, moment in contact.items():
            session.execute(update(Case).where(Case.id == ids[name]).values(first_contact_at=moment))
        session.execute(
            update(Case)
            .where(Case.id == ids["sara"])
            .values(
                status="closed",
                closed_at=_local(2026, 2, 10, 12),
                closure_reason="goals_met",
                first_contact_at=_local(2025, 12, 21, 9),
            )
        )
        police = session.scalar(select(Institution.id).where(Institution.sector == "police"))
        health = session.scalar(select(Institution.id).where(Institution.sector == "health"))
        duty = "Zakonska obaveza obavještavanja"
        for institution, sent, due, answered in (
            (police, _local(2026, 1, 11, 9), _local(2026, 1, 12, 9), _local(2026, 1, 12, 8)),  # on time
            (health, _local(2026, 2, 2, 9), _local(2026, 2, 5, 9), _local(2026, 2, 8, 9)),  # late
            (police, _local(2026, 3, 1, 9), _local(2026, 3, 10, 9), None),  # open and overdue
            (police, _local(2026, 3, 30, 9), _local(2026, 4, 10, 9), None),  # due after the period
        ):
            referral = log_referral(
                session,
                ReferralInput(
                    ids["amina"],
                    "outgoing",
                    institution,
                    "letter",
                    sent_at=sent,
                    response_due_at=due,
                    consent_override_reason=duty,
                ),
                actor_id=None,
            )
            if answered is not None:
                record_response(session, referral.id, summary="Odgovoreno", actor_id=None, received_at=answered)
    return ids


def _report(sessions: sessionmaker[Session], actor_id: int | None = None):
    with sessions() as session:
        return compute(session, Q1, actor_id=actor_id, now=NOW, settings=NO_SUPPRESSION)


def test_new_cases_by_sex_and_age_band_on_the_local_report_date(sessions, register) -> None:
    table = _report(sessions).table("new_cases_by_sex_age")
    assert table.row_codes == ("F", "M", "unknown")
    assert table.column_codes == ("0-6", "7-14", "15-16", "17-18", "unknown")
    assert table.cells == (
        (0, 1, 0, 1, 0),  # Amina 10 (7-14); Lejla 17 on the local date (16 by UTC's)
        (1, 1, 0, 0, 0),  # Emir 5; Tarik 13 in the period's last half hour (Mirza's report falls in April)
        (0, 0, 0, 0, 1),  # sex and birth date unknown
    )
    assert table.total == 5
    assert table.column_totals == (1, 2, 0, 1, 1)


def test_forms_of_violence_count_each_form_of_a_case(sessions, register) -> None:
    table = _report(sessions).table("new_cases_by_violence_sex_age")
    assert table.cell("physical/F", "7-14") == 1 and table.cell("neglect/F", "7-14") == 1  # Amina, two forms
    assert table.cell("physical/M", "0-6") == 1 and table.cell("psychological/F", "17-18") == 1
    assert table.cell("sexual/unknown", "unknown") == 1
    assert table.total == 7  # five new cases; Amina and Tarik have two forms each


def test_sources_urgency_caseload_and_closures(sessions, register) -> None:
    report = _report(sessions)
    sources = report.table("new_cases_by_source")
    assert dict(zip(sources.row_codes, (r[0] for r in sources.cells), strict=True)) | {} == {
        **dict.fromkeys(sources.row_codes, 0),
        "school": 3,
        "police": 1,
        "citizen": 1,
    }
    urgency = report.table("new_cases_by_urgency_risk")
    assert [sum(row) for row in urgency.cells] == [1, 2, 2]  # immediate, urgent, regular
    caseload = report.table("caseload")
    assert caseload.cells == ((1, 0), (0, 5))  # Sara open at the start and closed; five new, all still open
    closed = report.table("closed_by_reason")
    assert closed.cell("goals_met", "cases") == 1 and closed.total == 1


def test_first_contact_against_the_urgency_band(sessions, register) -> None:
    report = _report(sessions)
    table = report.table("first_contact_by_urgency")
    assert table.cell("urgent", "within_band") == 2  # Amina: a day; Tarik: 9.5 hours (band 3 days)
    assert table.cell("immediate", "beyond_band") == 1  # Emir: two days, band 24 hours
    assert table.cell("regular", "no_contact_overdue") == 2  # Lejla, the unknown child: no contact by May
    assert table.cell("urgent", "no_contact_overdue") == 0
    durations = {d.code: d for d in report.durations["first_contact_by_urgency"]}
    assert durations["immediate"].median_days == 2.0
    assert durations["urgent"].median_days == 0.4 and durations["urgent"].p90_days == 1.0  # nearest rank of 2


def test_stage_durations_of_the_stages_finished_in_the_period(sessions, register) -> None:
    """Amina assessed 10 days after her report and her plan approved 40 days after that (in May: not in the
    period); Sara closed 52 days after her December report, with no plan approved (no plan-to-closure stage)."""
    with transaction(sessions) as session:
        session.execute(
            update(Case)
            .where(Case.id == register["amina"])
            .values(assessment_done_at=_local(2026, 1, 20, 10), plan_approved_at=_local(2026, 5, 1, 10))
        )
        session.execute(
            update(Case).where(Case.id == register["lejla"]).values(assessment_done_at=_local(2026, 3, 20, 0, 30))
        )  # 64 days
    report = _report(sessions)
    table = report.table("stage_durations")
    assert dict(zip(table.row_codes, table.cells, strict=True)) == {
        "report_to_assessment": (1, 1, 0, 0),
        "assessment_to_plan": (0, 0, 0, 0),
        "plan_to_closure": (0, 0, 0, 0),
        "report_to_closure": (0, 1, 0, 0),
    }
    durations = {d.code: (d.count, d.median_days, d.p90_days) for d in report.durations["stage_durations"]}
    assert durations == {
        "report_to_assessment": (2, 10.0, 64.0),
        "assessment_to_plan": (0, None, None),
        "plan_to_closure": (0, None, None),
        "report_to_closure": (1, 52.0, 52.0),
    }


def test_referral_compliance_by_sector(sessions, register) -> None:
    rows = {r.sector: r for r in _report(sessions).compliance if r.kind == "referral"}
    assert (rows["police"].due, rows["police"].on_time, rows["police"].late, rows["police"].open_overdue) == (
        2,
        1,
        0,
        1,
    )
    assert (rows["health"].due, rows["health"].on_time, rows["health"].late, rows["health"].open_overdue) == (
        1,
        0,
        1,
        0,
    )
    assert rows["police"].median_days == 1.0  # sent 11.01. 09:00, answered 12.01. 08:00: 23 hours
    assert rows["health"].median_days == 6.0


def test_step_compliance_matches_the_checklist_counted_by_hand(sessions, register) -> None:
    with sessions() as session:
        items = session.execute(
            select(ChecklistItem.due_at, ChecklistItem.done_at, ProtocolStep.lead_sectors)
            .join(ProtocolStep, ProtocolStep.id == ChecklistItem.step_id)
            .where(ChecklistItem.not_applicable.is_(False))
        ).all()
    expected: dict[str, list[int]] = {}
    for due, done, sectors in items:
        if due is None or not Q1.start <= due < Q1.end:
            continue
        for sector in sectors or ["other"]:
            counts = expected.setdefault(sector, [0, 0, 0, 0])
            counts[0] += 1
            if done is not None:
                counts[1 if done <= due else 2] += 1
            elif due < NOW:
                counts[3] += 1
    rows = {
        r.sector: [r.due, r.on_time, r.late, r.open_overdue] for r in _report(sessions).compliance if r.kind == "step"
    }
    assert rows == expected and expected


def test_a_step_due_immediately_is_timed_from_the_registration(sessions, worker) -> None:
    """The official note is due "immediately": a day after the registration (``protocols.first_due``), so a worker
    can meet it.  Its time taken runs from the registration (here two hours after the report) to when it was done,
    never negative: written four hours after the registration, 0.2 days."""
    from registry.services.protocols import complete_step

    with transaction(sessions) as session:
        data = new_case("Hana", "Test", sex="F", birth_date=dt.date(2016, 1, 1))
        data.report_received_at = _local(2026, 2, 3, 9)
        case_id = register_case(session, data, actor_id=None, now=_local(2026, 2, 3, 11)).case.id
        note = session.scalar(
            select(ChecklistItem.id)
            .join(ProtocolStep, ProtocolStep.id == ChecklistItem.step_id)
            .where(ChecklistItem.case_id == case_id, ProtocolStep.code == "official_note")
        )
        complete_step(session, note, actor_id=None, done_at=_local(2026, 2, 3, 15))
    report = _report(sessions)
    detail = {r.sector: r for r in report.compliance_detail if r.kind == "step"}
    assert (detail["official_note"].on_time, detail["official_note"].median_days) == (1, 0.2)
    other = next(r for r in report.compliance if r.kind == "step" and r.sector == "other")
    assert other.median_days == 0.2 and other.p90_days == 0.2


def test_step_detail_counts_each_checklist_item_once_under_its_step(sessions, register) -> None:
    """By step (staff's detail), an item of a step several sectors lead (emergency protection: police, court and
    centre) is one item due, not one per sector."""
    with sessions() as session:
        items = session.execute(
            select(ChecklistItem.due_at, ChecklistItem.done_at, ProtocolStep.code)
            .join(ProtocolStep, ProtocolStep.id == ChecklistItem.step_id)
            .where(ChecklistItem.not_applicable.is_(False))
        ).all()
    expected: dict[str, list[int]] = {}
    for due, done, code in items:
        if due is not None and Q1.start <= due < Q1.end:
            counts = expected.setdefault(code, [0, 0, 0])
            counts[0] += 1
            counts[1 if done is not None else 2] += 1
    rows = {
        r.sector: [r.due, r.on_time + r.late, r.open_overdue + r.open_not_due]
        for r in _report(sessions).compliance_detail
        if r.kind == "step"
    }
    assert rows == expected and "emergency_protection" in expected


def test_data_quality_lists_the_cases_behind_each_problem(sessions, register) -> None:
    """Emir's first contact typed before his report, Tarik born after his (a mistyped year), Sara closed in the
    period without a reason, the unknown child with neither sex nor birth date; Mirza's dates are wrong too, but his
    case was reported after the period."""
    with transaction(sessions) as session:
        session.execute(update(Case).where(Case.id == register["emir"]).values(first_contact_at=_local(2026, 1, 31, 9)))
        session.execute(update(Case).where(Case.id == register["mirza"]).values(first_contact_at=_local(2026, 3, 1)))
        session.execute(update(Case).where(Case.id == register["sara"]).values(closure_reason=None))
        tarik = session.get(Case, register["tarik"])
        session.execute(update(Person).where(Person.id == tarik.child_id).values(birth_date=dt.date(2026, 4, 2)))
    with sessions() as session:
        numbers = {case_id: number for case_id, number in session.execute(select(Case.id, Case.number))}
    issues = {q.code: q for q in _report(sessions).quality}
    expected = {
        "dates_out_of_order": sorted([register["emir"], register["tarik"]]),
        "missing_sex": [register["unknown"]],
        "missing_birth_date": [register["unknown"]],
        "closed_without_reason": [register["sara"]],
    }
    assert {code: [case_id for case_id, _ in issue.cases] for code, issue in issues.items()} == expected
    assert {code: issue.count for code, issue in issues.items()} == {code: len(ids) for code, ids in expected.items()}
    assert all(number == numbers[case_id] for issue in issues.values() for case_id, number in issue.cases)


def test_the_quality_check_reads_only_the_cases_whose_dates_are_out_of_order(sessions) -> None:
    """SQLite uses the two partial indexes of such cases only while the check is the expression they were made with
    (otherwise it reads every case reported or closed in the period)."""
    from sqlalchemy import or_

    from registry.models.cases import DATES_OUT_OF_ORDER
    from registry.services.statistics.quality import dates_out_of_order
    from registry.services.statistics.sql import within

    with sessions() as session:
        dialect = session.get_bind().dialect
        compiled = str(dates_out_of_order().compile(dialect=dialect)).replace("case_file.", "")
        assert compiled == DATES_OUT_OF_ORDER
        if dialect.name != "sqlite":
            return
        query = select(Case.id).where(
            dates_out_of_order(), or_(within(Case.report_received_at, NOW, NOW), within(Case.closed_at, NOW, NOW))
        )
        statement = query.compile(dialect=dialect)
        plan = str(
            session.connection()
            .exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", ("2026-01-01",) * len(statement.positiontup or ()))
            .all()
        )
    assert "ix_case_file_dates_out_of_order_report" in plan and "ix_case_file_dates_out_of_order_closed" in plan


def test_a_worker_sees_the_figures_of_her_own_cases(sessions, register, worker) -> None:
    report = _report(sessions, actor_id=worker.id)
    assert report.scope == "own"
    assert report.table("new_cases_by_sex_age").total == 1  # she leads Amina's case only


def test_published_json_hides_small_counts_and_keeps_the_shape(sessions, register) -> None:
    from registry.services.statistics.export import to_json

    with sessions() as session:
        data = to_json(publish(compute(session, Q1, actor_id=None, now=NOW)), "en")
    text = json.dumps(data)
    assert data["period"] == {"from": "2026-01-01", "to": "2026-03-31"}
    assert data["suppression"]["threshold"] == 5
    table = next(t for t in data["tables"] if t["id"] == "new_cases_by_sex_age")
    assert table["total"] == 5  # five new cases: not small
    assert all(v is None or v == 0 for row in table["cells"] for v in row)  # every non-zero cell is 1 or 2
    assert set(table) >= {"id", "title", "row_codes", "column_codes", "cells", "row_totals", "column_totals", "total"}
    assert {"sector", "kind", "due", "on_time", "late", "open_overdue", "median_days", "p90_days"} == set(
        data["compliance"][0]
    )
    assert "Amina" not in text and "Test" not in text


def test_periods_in_the_centres_calendar() -> None:
    quarter = preset("quarter", dt.date(2026, 5, 17))
    assert (quarter.first, quarter.last) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert previous("quarter", quarter) == Q1
    assert preset("half_year", dt.date(2026, 12, 31)).first == dt.date(2026, 7, 1)
    assert Q1.start == dt.datetime(2025, 12, 31, 23, tzinfo=dt.UTC)  # local midnight, winter time
    assert preset("month", dt.date(2026, 7, 9)).end == dt.datetime(2026, 7, 31, 22, tzinfo=dt.UTC)  # summer
    with pytest.raises(ValueError):
        Period(dt.date(2026, 2, 1), dt.date(2026, 1, 1))


def test_a_figure_printed_by_several_tables_is_shown_by_all_or_hidden_by_all(sessions, register) -> None:
    """Open at the start (1) = everything handled (6) − new (5): the caseload hides its own grand total, not the
    new cases every new-case table prints; each shared figure is the same number wherever it is shown."""
    with sessions() as session:
        publication = publish(compute(session, Q1, actor_id=None, now=NOW))
    caseload = publication.table("caseload")
    assert caseload.row_totals == [None, 5] and caseload.total is None
    shown: dict[str, set[int | None]] = {}
    for published in publication.tables:
        values = {("row", i, 0): v for i, v in enumerate(published.row_totals)}
        values |= {("column", 0, j): v for j, v in enumerate(published.column_totals)}
        values[("total", 0, 0)] = published.total
        for position, figure in published.table.shares:
            shown.setdefault(figure, set()).add(values[position])
    assert shown["new"] == {5}
    assert all(len(values) == 1 for values in shown.values()), shown


def test_every_figure_leads_to_the_cases_counted_in_it(sessions, register) -> None:
    """A click on a count lists exactly the cases behind it (checked for every cell of every table of cases)."""
    from registry.services.statistics.behind import DRILLABLE, cases_behind

    report = _report(sessions)
    with sessions() as session:
        for table in report.tables:
            if table.id not in DRILLABLE or table.id in ITEM_TABLES:
                continue  # their figures count referrals, steps and measures: the next test checks them
            for i, row in enumerate(table.row_codes):
                for j, column in enumerate(table.column_codes):
                    behind = cases_behind(
                        session, Q1, table.id, row, column, actor_id=None, now=NOW, settings=NO_SUPPRESSION
                    )
                    assert behind.total == table.cells[i][j] and not behind.restricted, (table.id, row, column)
                    assert len(behind.cases) == behind.total
        sex_age = cases_behind(session, Q1, "new_cases_by_sex_age", "F", "17-18", actor_id=None, now=NOW)
        assert [c.child for c in sex_age.cases] == ["Lejla Test"]
        whole = cases_behind(session, Q1, "new_cases_by_sex_age", None, None, actor_id=None, now=NOW)
        assert whole.total == 5 and register["mirza"] not in {c.case_id for c in whole.cases}
        overdue = cases_behind(session, Q1, "compliance_referrals", "police", "open_overdue", actor_id=None, now=NOW)
        assert [c.case_id for c in overdue.cases] == [register["amina"]]
        start = cases_behind(session, Q1, "caseload", "open_at_start", "closed", actor_id=None, now=NOW)
        assert [c.case_id for c in start.cases] == [register["sara"]]


def test_figures_of_items_lead_to_the_cases_the_items_belong_to(sessions, register) -> None:
    """Protocol steps, incoming referrals and measures count items, not cases: a click on one of their figures
    lists the cases of exactly the items counted there (recounted here from the checklist, by hand)."""
    from registry.services.case_records import add_measure
    from registry.services.statistics.behind import cases_behind

    with transaction(sessions) as session:
        add_measure(session, register["emir"], code="counselling", started_on=dt.date(2026, 2, 2), actor_id=None)
        add_measure(session, register["amina"], code="counselling", started_on=dt.date(2026, 4, 2), actor_id=None)
        police = session.scalar(select(Institution.id).where(Institution.sector == "police"))
        log_referral(
            session,
            ReferralInput(register["amina"], "incoming", police, "letter", sent_at=_local(2026, 1, 10, 12)),
            actor_id=None,
        )
    with sessions() as session:
        items = session.execute(
            select(ChecklistItem.case_id, ChecklistItem.due_at, ChecklistItem.done_at, ProtocolStep.lead_sectors)
            .join(ProtocolStep, ProtocolStep.id == ChecklistItem.step_id)
            .where(ChecklistItem.not_applicable.is_(False))
        ).all()
        expected: dict[tuple[str, str], set[int]] = {}
        for case_id, due, done, sectors in items:
            if due is None or not Q1.start <= due < Q1.end:
                continue
            outcome = (
                ("on_time" if done <= due else "late")
                if done is not None
                else ("open_overdue" if due < NOW else "open_not_due")
            )
            for sector in sectors or ["other"]:
                expected.setdefault((sector, outcome), set()).add(case_id)
        assert expected
        for (sector, outcome), cases in expected.items():
            behind = cases_behind(session, Q1, "compliance_steps", sector, outcome, actor_id=None, now=NOW)
            assert {c.case_id for c in behind.cases} == cases, (sector, outcome)
        every = cases_behind(session, Q1, "compliance_steps", None, None, actor_id=None, now=NOW)
        assert {c.case_id for c in every.cases} == set().union(*expected.values())
        begun = cases_behind(session, Q1, "measures_begun", "counselling", None, actor_id=None, now=NOW)
        assert [c.case_id for c in begun.cases] == [register["emir"]]  # Amina's began after the period
        nothing = cases_behind(session, Q1, "measures_begun", "foster_care", None, actor_id=None, now=NOW)
        assert nothing.total == 0
        # Amina's first contact (11.01. 10:00) within her urgent band from the police's letter (10.01. 12:00)
        received = cases_behind(session, Q1, "incoming_referrals", "police", "on_time", actor_id=None, now=NOW)
        assert [c.case_id for c in received.cases] == [register["amina"]]
        late = cases_behind(session, Q1, "incoming_referrals", "police", "late", actor_id=None, now=NOW)
        assert late.total == 0


def test_the_cases_behind_a_figure_respect_who_may_see_them(sessions, register, worker, supervisor) -> None:
    from registry.services.statistics.behind import cases_behind

    with transaction(sessions) as session:
        session.execute(update(Case).where(Case.id == register["emir"]).values(restricted=True))
    with sessions() as session:
        mine = cases_behind(session, Q1, "new_cases_by_sex_age", None, None, actor_id=worker.id, now=NOW)
        assert [c.case_id for c in mine.cases] == [register["amina"]]  # a worker: her own cases only
        theirs = cases_behind(session, Q1, "new_cases_by_sex_age", None, None, actor_id=supervisor.id, now=NOW)
        # a restricted case the supervisor is not assigned to is counted in the figures but not listed
        assert theirs.total == 4 and register["emir"] not in {c.case_id for c in theirs.cases}
        assert theirs.restricted == 1
