"""Shared by the "a save writes what changed, and nothing else" tests: every row of the register as stored, the
columns that differ between two such pictures, and Hypothesis strategies for the values staff type."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import Base
from registry.services.jmbg import make_jmbg

Rows = dict[str, dict[tuple[object, ...], dict[str, object]]]

#: columns any save may move: the optimistic-lock version and the time of the last change
BOOKKEEPING = frozenset({"version", "updated_at"})


def every_row(session: Session) -> Rows:
    """Every row of every table except the audit trail and what the statistics keep (derived: their triggers mark
    the days a change touched, tests/test_statistics_kept.py), by table and primary key, column by column."""
    rows: Rows = {}
    for table in Base.metadata.sorted_tables:
        if table.name in ("audit_event", "statistics_change", "statistics_month"):
            continue
        key = [column.name for column in table.primary_key.columns]
        rows[table.name] = {
            tuple(row[name] for name in key): dict(row) for row in session.execute(select(table)).mappings()
        }
    return rows


def differences(before: Rows, after: Rows) -> set[str]:
    """``table.column`` for each column that changed in a row kept, ``table+`` / ``table-`` for rows added or
    removed; the bookkeeping columns (version, updated_at) are left out."""
    found: set[str] = set()
    for table, old_rows in before.items():
        new_rows = after[table]
        if new_rows.keys() - old_rows.keys():
            found.add(f"{table}+")
        if old_rows.keys() - new_rows.keys():
            found.add(f"{table}-")
        for key in old_rows.keys() & new_rows.keys():
            found.update(
                f"{table}.{column}"
                for column, value in old_rows[key].items()
                if column not in BOOKKEEPING and new_rows[key][column] != value
            )
    return found


# ---------------------------------------------------------------------------------------------- strategies

_LATIN = "abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ"
_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМЊНОПРСТЋУФХЦЧЏШ"

word = st.text(alphabet=_LATIN + _CYRILLIC, min_size=1, max_size=10)
name = st.lists(word, min_size=1, max_size=2).map(" ".join)
#: one line as the services keep it: trimmed, single spaces, letters of both scripts and digits
line = st.lists(st.one_of(word, st.integers(0, 999).map(str)), min_size=1, max_size=5).map(" ".join)
maybe_line = st.one_of(st.just(""), line)
#: free text over several lines (assessment, plan, notes)
text = st.lists(line, min_size=1, max_size=3).map("\n".join)
maybe_text = st.one_of(st.just(""), text)
phone = st.one_of(st.just(""), st.from_regex(r"\+387 6[0-6] [0-9]{3} [0-9]{3}", fullmatch=True))
short = st.sampled_from(["", "1", "5", "VII", "5. razred", "2/3"])
birth_date = st.dates(dt.date(2006, 1, 1), dt.date(2024, 12, 31))
sex = st.sampled_from(["M", "F"])
#: a moment in the past, whole seconds, in UTC
moment = st.datetimes(dt.datetime(2024, 1, 1), dt.datetime(2025, 12, 31)).map(
    lambda value: value.replace(microsecond=0, tzinfo=dt.UTC)
)
day = st.dates(dt.date(2023, 1, 1), dt.date(2025, 12, 31))


@st.composite
def jmbg(draw: st.DrawFn) -> str:
    """A valid JMBG of some child (its date and sex need not be those stored beside it)."""
    return make_jmbg(draw(birth_date), draw(sex), rng=random.Random(draw(st.integers(0, 10_000))))


@st.composite
def child(draw: st.DrawFn) -> dict[str, object]:
    """Everything a child's record holds, the fields the intake form never asks for included."""
    born = draw(st.one_of(st.none(), birth_date))
    chosen_sex = draw(st.one_of(st.none(), sex))
    number = ""
    if born is not None and chosen_sex is not None and draw(st.booleans()):
        number = make_jmbg(born, chosen_sex, rng=random.Random(draw(st.integers(0, 10_000))))
    return {
        "given_name": draw(name),
        "family_name": draw(name),
        "jmbg": number,
        "birth_date": born,
        "sex": chosen_sex,
        "address": draw(maybe_line),
        "municipality": draw(maybe_line),
        "phone": draw(phone),
        "citizenship": draw(st.sampled_from(["", "BiH", "Srbija", "Hrvatska", "БиХ"])),
        "has_disability": draw(st.booleans()),
        "disability_note": draw(maybe_text),
        "school": draw(maybe_line),
        "school_grade": draw(short),
        "notes": draw(maybe_text),
    }


VIOLENCE_FORMS = ["physical", "psychological", "sexual", "neglect", "economic", "exploitation", "peer", "digital"]
REFERRAL_SOURCES = ["child", "family", "citizen", "school", "health", "police", "ngo"]


@st.composite
def case_fields(draw: st.DrawFn) -> dict[str, object]:
    """The case's own fields as the case editor shows them."""
    anonymous = draw(st.booleans())
    return {
        "referral_source": draw(st.sampled_from(REFERRAL_SOURCES)),
        "urgency": draw(st.sampled_from(["immediate", "urgent", "regular"])),
        "risk_level": draw(st.sampled_from(["high", "medium", "low", "none"])),
        "violence_forms": sorted(draw(st.sets(st.sampled_from(VIOLENCE_FORMS), max_size=3))),
        "reporter_anonymous": anonymous,
        "reporter_name": "" if anonymous else draw(maybe_line),
        "reporter_contact": "" if anonymous else draw(phone),
        "reporter_relation": draw(maybe_line),
        "report_summary": draw(maybe_text),
        "assessment": draw(maybe_text),
        "plan": draw(maybe_text),
    }


#: a new value for one field of the case editor (the child's fields by their own names)
FIELD_VALUES: dict[str, st.SearchStrategy[object]] = {
    "given_name": name,
    "family_name": name,
    "jmbg": jmbg(),
    "birth_date": birth_date,
    "sex": sex,
    "address": line,
    "municipality": line,
    "phone": phone,
    "citizenship": st.sampled_from(["BiH", "Srbija", "Crna Gora"]),
    "has_disability": st.booleans(),
    "disability_note": text,
    "school": line,
    "school_grade": short,
    "notes": text,
    "referral_source": st.sampled_from(REFERRAL_SOURCES),
    "urgency": st.sampled_from(["immediate", "urgent", "regular"]),
    "risk_level": st.sampled_from(["high", "medium", "low", "none"]),
    "violence_forms": st.sets(st.sampled_from(VIOLENCE_FORMS), max_size=3).map(sorted),
    "reporter_anonymous": st.booleans(),
    "reporter_name": line,
    "reporter_contact": phone,
    "reporter_relation": line,
    "report_summary": text,
    "assessment": text,
    "plan": text,
}

#: what else one field's change may move, besides its own column (and version and updated_at)
DERIVED: dict[str, set[str]] = {
    "given_name": {"person.search_key", "person.sort_key", "person_search_term+", "person_search_term-"},
    "family_name": {"person.search_key", "person.sort_key", "person_search_term+", "person_search_term-"},
    "jmbg": {"person.birth_date", "person.sex"},  # filled in from a new JMBG where they were empty
    "urgency": {"checklist_item.due_at"},
    "reporter_anonymous": {"case_file.reporter_name", "case_file.reporter_contact"},
    "violence_forms": {"case_violence_form+", "case_violence_form-"},
    # the words of an address and a phone's digits are what search finds a family by
    "address": {"person_contact_term+", "person_contact_term-"},
    "phone": {"person_contact_term+", "person_contact_term-"},
    "registry_number": {"referral.registry_key"},
}
#: the audit diff's other names for those derived changes
DERIVED_IN_AUDIT: dict[str, set[str]] = {
    "jmbg": {"birth_date", "sex"},
    "reporter_anonymous": {"reporter_name", "reporter_contact"},
}
