"""The period's new cases, read once: the five new-case tables, forms of violence and first contact.

One pass over the period's reports (the covering index by report moment, one seek into the child's row, one into
the case's forms and one into the child's earlier cases) returns one row per case; the rows are counted in Python.
A grouped query would sort every row in a temporary b-tree first: on SQLite that sort cost as much as reading the
cases, three times over when the new-case, violence and first-contact tables each read the period again (a year of
1,000,000 cases: 255,000 cases, each read three times, each time with the child's age worked out again).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import Integer, case, cast, exists, or_, select
from sqlalchemy.orm import aliased

from registry.models import Case, CaseViolenceForm, Person
from registry.services.statistics.cases import SEXES, Scope, ordered_codes, urgency_shares
from registry.services.statistics.figures import Figures, histograms, tenth
from registry.services.statistics.settings import UNKNOWN
from registry.services.statistics.sql import row_chunks, tally, within
from registry.services.statistics.suppression import TOTAL, Layout
from registry.services.statistics.tables import CountTable, Duration
from registry.services.statistics.timing import FIRST_CONTACT, durations, first_contact_outcome

#: how the forms of a case are joined in one column (no form code holds it)
SEPARATOR = ","


def collect(scope: Scope, now: dt.datetime, figures: Figures) -> None:
    """Count the period's new cases into ``figures``: every new-case table's figures by the child's age in whole
    years (bands are applied when the tables are built), the forms of violence, first contact, the days to first
    contact, and the new cases whose child has no sex or birth date or was born after the report (``quality``).

    The rows are tallied, then the distinct ones (tens of thousands in a year) summed into each part and let go.
    """
    period = scope.period
    born_after = Person.birth_date > Case.report_received_at
    problem = case((or_(Person.sex.is_(None), Person.birth_date.is_(None), born_after), Case.id))
    earlier = aliased(Case)
    had_earlier = exists().where(
        earlier.child_id == Case.child_id, earlier.report_received_at < Case.report_received_at
    )
    forms = (
        select(scope.dialect.joined(CaseViolenceForm.code, SEPARATOR))
        .where(CaseViolenceForm.case_id == Case.id)
        .scalar_subquery()
    )
    query = (
        select(
            Person.sex,
            scope.age().label("age"),
            Case.referral_source,
            Case.urgency,
            Case.risk_level,
            cast(Person.has_disability, Integer).label("disability"),
            case((had_earlier, 1), else_=0).label("earlier"),
            forms.label("forms"),
            first_contact_outcome(scope, now).label("outcome"),
            problem.label("problem"),
            case((born_after, 1), else_=0).label("born_after"),
        )
        .select_from(Case)
        .join(Person, Person.id == Case.child_id)
        .where(within(Case.report_received_at, period.start, period.end), scope.visible)
    )
    sex_age, source, urgency_risk = figures["sex_age"], figures["source"], figures["urgency_risk"]
    disability_part, earlier_part, violence = figures["disability"], figures["earlier"], figures["violence"]
    contact, problems = figures["first_contact"], figures["new_problems"]
    for (sex, age, src, urgency, risk, disability, before, found, outcome, problem_id, born_late), count in tally(
        scope.session, query
    ).items():
        sex = sex or UNKNOWN
        sex_age[sex, age] += count
        source[(src or UNKNOWN,)] += count
        urgency_risk[urgency, risk] += count
        disability_part[("yes" if disability else "no",)] += count
        earlier_part[("yes" if before else "no",)] += count
        for code in found.split(SEPARATOR) if found is not None else (UNKNOWN,):
            violence[code, sex, age] += count
        contact[urgency, outcome] += count
        if problem_id is not None:  # one row per case with a problem: a count of 1
            problems[problem_id, sex == UNKNOWN, age is None, bool(born_late)] += 1
    waited = scope.dialect.days(Case.first_contact_at, Case.report_received_at)
    days = figures["first_contact_days"]
    rows = select(Case.urgency, waited).where(
        within(Case.report_received_at, period.start, period.end), scope.visible, Case.first_contact_at.is_not(None)
    )
    for chunk in row_chunks(scope.session, rows):
        days.update((urgency, tenth(value)) for urgency, value in chunk)


def _by_band(scope: Scope, counts: Counter[tuple[Any, ...]]) -> Counter[tuple[Any, ...]]:
    """Counts keyed by age in whole years (last in the key) keyed by the profile's age band instead."""
    band_of = scope.settings.band_of
    out: Counter[tuple[Any, ...]] = Counter()
    for key, count in counts.items():
        out[(*key[:-1], band_of(key[-1]))] += count
    return out


def new_case_tables(scope: Scope, figures: Figures) -> list[CountTable]:
    """New cases by sex and age band, by referral source, by urgency and risk, with a disability, with an earlier
    case."""
    sex_age, urgency_risk = _by_band(scope, figures["sex_age"]), figures["urgency_risk"]
    source = {key[0]: count for key, count in figures["source"].items()}
    disability = {key[0]: count for key, count in figures["disability"].items()}
    earlier_case = {key[0]: count for key, count in figures["earlier"].items()}
    bands = scope.settings.band_codes
    sources = ordered_codes(scope.codes("referral_source"), set(source))
    urgencies = tuple(scope.codes("urgency"))
    risks = tuple(scope.codes("risk_level"))
    single = Layout(row_totals=False)
    new = ((TOTAL, "new"),)
    return [
        CountTable(
            "new_cases_by_sex_age",
            "sex",
            "band",
            SEXES,
            bands,
            tuple(tuple(sex_age[s, b] for b in bands) for s in SEXES),
            shares=new,
        ),
        CountTable(
            "new_cases_by_source",
            "referral_source",
            "stats",
            sources,
            ("cases",),
            tuple((source.get(s, 0),) for s in sources),
            single,
            shares=new,
        ),
        CountTable(
            "new_cases_by_urgency_risk",
            "urgency",
            "risk_level",
            urgencies,
            risks,
            tuple(tuple(urgency_risk[u, r] for r in risks) for u in urgencies),
            shares=new + urgency_shares(urgencies),
        ),
        CountTable(
            "new_cases_by_disability",
            "stats",
            "stats",
            ("with_disability", "without_disability"),
            ("cases",),
            ((disability.get("yes", 0),), (disability.get("no", 0),)),
            single,
            shares=new,
        ),
        CountTable(
            "new_cases_by_earlier_case",
            "stats",
            "stats",
            ("earlier_case", "first_case"),
            ("cases",),
            ((earlier_case.get("yes", 0),), (earlier_case.get("no", 0),)),
            single,
            shares=new,
        ),
    ]


def violence_table(scope: Scope, figures: Figures) -> CountTable:
    """Forms of violence × sex × age band: a case counts once under each of its forms (``unknown``: none given)."""
    counts = _by_band(scope, figures["violence"])
    found = ordered_codes(scope.codes("violence_form"), {code for code, _, _ in counts})
    bands = scope.settings.band_codes
    rows = tuple((f, s) for f in found for s in SEXES)
    return CountTable(
        "new_cases_by_violence_sex_age",
        "violence_sex",
        "band",
        tuple(f"{f}/{s}" for f, s in rows),
        bands,
        tuple(tuple(counts[f, s, b] for b in bands) for f, s in rows),
        Layout(row_groups=tuple(i // len(SEXES) for i in range(len(rows)))),
        note="stats.note.each_form",
        group_codes=found,
    )


def first_contact(scope: Scope, figures: Figures) -> tuple[CountTable, list[Duration]]:
    """New cases of the period by urgency: first contact within the band, beyond it, or not yet (overdue or not);
    and the days to first contact by urgency."""
    counts = figures["first_contact"]
    urgencies = tuple(scope.codes("urgency"))
    table = CountTable(
        "first_contact_by_urgency",
        "urgency",
        "stats",
        urgencies,
        FIRST_CONTACT,
        tuple(tuple(counts[u, o] for o in FIRST_CONTACT) for u in urgencies),
        note="stats.note.first_contact",
        shares=((TOTAL, "new"), *urgency_shares(urgencies)),
    )
    return table, durations(histograms(figures["first_contact_days"]), urgencies)


__all__ = ["collect", "first_contact", "new_case_tables", "violence_table"]
