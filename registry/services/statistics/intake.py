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
from dataclasses import dataclass, field

from sqlalchemy import Integer, case, cast, exists, or_, select
from sqlalchemy.orm import aliased

from registry.models import Case, CaseViolenceForm, Person
from registry.services.statistics.cases import SEXES, Scope, ordered_codes, urgency_shares
from registry.services.statistics.settings import UNKNOWN
from registry.services.statistics.sql import tally, values_by_key, within
from registry.services.statistics.suppression import TOTAL, Layout
from registry.services.statistics.tables import CountTable, Duration
from registry.services.statistics.timing import FIRST_CONTACT, durations, first_contact_outcome

#: how the forms of a case are joined in one column (no form code holds it)
SEPARATOR = ","


@dataclass
class NewCases:
    """The period's new cases counted as each table needs them (a few hundred figures, whatever the period)."""

    sex_age: Counter[tuple[str, str]] = field(default_factory=Counter)
    source: Counter[str] = field(default_factory=Counter)
    urgency_risk: Counter[tuple[str, str]] = field(default_factory=Counter)
    disability: Counter[str] = field(default_factory=Counter)
    earlier: Counter[str] = field(default_factory=Counter)
    violence: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    first_contact: Counter[tuple[str, str]] = field(default_factory=Counter)


def new_case_counts(scope: Scope, now: dt.datetime) -> NewCases:
    """The period's new cases counted for every new-case table: read once per report and ``now``, whichever
    table asks first."""
    key = ("new_cases", now)
    if key not in scope.memo:
        scope.memo[key] = _count(scope, now)
    counts: NewCases = scope.memo[key]
    return counts


def _count(scope: Scope, now: dt.datetime) -> NewCases:
    """The counts; and, in ``scope.memo["new_case_problems"]``, the new cases whose child has no sex or birth date
    or was born after the report (``quality.issues`` reads them from here rather than reading the period again).

    The rows are tallied, then the distinct ones (tens of thousands in a year) summed into each table's figures
    and let go: kept for the rest of the report they made every later step pay for the garbage collector's walks.
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
    out = NewCases()
    problems: list[tuple[int, bool, bool, bool]] = []
    band_of = scope.settings.band_of
    for (sex, age, source, urgency, risk, disability, before, found, outcome, problem_id, born_late), count in tally(
        scope.session, query
    ).items():
        sex, band = sex or UNKNOWN, band_of(age)
        out.sex_age[sex, band] += count
        out.source[source or UNKNOWN] += count
        out.urgency_risk[urgency, risk] += count
        out.disability["yes" if disability else "no"] += count
        out.earlier["yes" if before else "no"] += count
        for code in found.split(SEPARATOR) if found is not None else (UNKNOWN,):
            out.violence[code, sex, band] += count
        out.first_contact[urgency, outcome] += count
        if problem_id is not None:  # one row per case with a problem: a count of 1
            problems.append((problem_id, sex == UNKNOWN, age is None, bool(born_late)))
    scope.memo["new_case_problems"] = problems
    return out


def new_case_tables(scope: Scope, now: dt.datetime) -> list[CountTable]:
    """New cases by sex and age band, by referral source, by urgency and risk, with a disability, with an earlier
    case."""
    counts = new_case_counts(scope, now)
    sex_age, source, urgency_risk = counts.sex_age, counts.source, counts.urgency_risk
    disability, earlier_case = counts.disability, counts.earlier
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
            tuple((source[s],) for s in sources),
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
            ((disability["yes"],), (disability["no"],)),
            single,
            shares=new,
        ),
        CountTable(
            "new_cases_by_earlier_case",
            "stats",
            "stats",
            ("earlier_case", "first_case"),
            ("cases",),
            ((earlier_case["yes"],), (earlier_case["no"],)),
            single,
            shares=new,
        ),
    ]


def violence_table(scope: Scope, now: dt.datetime) -> CountTable:
    """Forms of violence × sex × age band: a case counts once under each of its forms (``unknown``: none given)."""
    counts = new_case_counts(scope, now).violence
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


def first_contact(scope: Scope, now: dt.datetime) -> tuple[CountTable, list[Duration]]:
    """New cases of the period by urgency: first contact within the band, beyond it, or not yet (overdue or not);
    and the days to first contact by urgency (read apart: the covering index by report moment holds them)."""
    counts = new_case_counts(scope, now).first_contact
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
    period = scope.period
    waited = scope.dialect.days(Case.first_contact_at, Case.report_received_at)
    rows = select(Case.urgency.label("key"), waited.label("value")).where(
        within(Case.report_received_at, period.start, period.end), scope.visible, Case.first_contact_at.is_not(None)
    )
    return table, durations(values_by_key(scope.session, rows), urgencies)


__all__ = ["NewCases", "first_contact", "new_case_counts", "new_case_tables", "violence_table"]
