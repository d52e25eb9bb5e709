"""What the generator precomputes once: the tables it writes, name pools with their derived keys, texts in
both scripts, protocol step plans, the working-time clock, JMBG check digits and weighted choosers."""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Integer

from registry.i18n.transliteration import to_cyrillic
from registry.models import (
    Case,
    CaseViolenceForm,
    ChecklistItem,
    Consent,
    HouseholdMember,
    Measure,
    Person,
    PersonContactTerm,
    PersonSearchTerm,
    ProtocolStep,
    Referral,
)
from registry.services.demo.data import (
    _ASCII,
    _ASSESSMENT,
    _CLOSURE_NOTES,
    _CONSENT_PURPOSE,
    _DISABILITIES,
    _FAMILY,
    _FEMALE,
    _HIGH_SCHOOLS,
    _KINDERGARTENS,
    _LEGAL_DUTY,
    _MALE,
    _NO_CONSENT,
    _NOT_APPLICABLE,
    _PLAN,
    _REFERRAL_REASONS,
    _RELATIONS,
    _RESPONSE,
    _SCHOOLS,
    _STREETS,
    _SUMMARIES,
)
from registry.services.names import fold, sort_key
from registry.services.protocols import first_due

# ---- tables ------------------------------------------------------------------------------------------------------
#: what the generator puts in a row for NULL: ``""`` in a nullable text or moment column, ``0`` in a nullable id.
#: The SQLite driver binds None (and True/False) only after looking for an adapter, ~0.4 µs a value with the
#: standard library's driver and ~1.4 µs with SQLCipher's, some 45 of them a case; a string or an int it binds
#: at once.  The insert turns the stand-in back into NULL (``NULLIF``); booleans are written as 1 and 0, which is
#: how SQLite stores them anyway.  No demo value is ever an empty moment, code or JMBG, nor an id 0.
NULL_TEXT = ""
NULL_ID = 0


@dataclass(frozen=True)
class _TableSpec:
    """What the demo writes into one table: per-row columns (in table order) and columns equal on every row."""

    model: Any
    columns: tuple[str, ...]
    constants: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.model.__tablename__)

    @property
    def nulls(self) -> dict[str, Any]:
        """The nullable columns among ``columns``, each with the stand-in the generator writes for NULL."""
        table = self.model.__table__
        return {
            name: NULL_ID if isinstance(table.c[name].type, Integer) else NULL_TEXT
            for name in self.columns
            if table.c[name].nullable
        }


#: insertion order respects foreign keys
_TABLES: tuple[_TableSpec, ...] = (
    _TableSpec(
        Person,
        (
            "id",
            "given_name",
            "family_name",
            "search_key",
            "sort_key",
            "jmbg",
            "birth_date",
            "birth_date_approximate",
            "sex",
            "citizenship",
            "address",
            "municipality",
            "phone",
            "has_disability",
            "disability_note",
            "school",
            "school_grade",
            "created_at",
            "updated_at",
        ),
        {"notes": "", "anonymised": False, "version": 1},
    ),
    _TableSpec(PersonSearchTerm, ("term", "person_id"), {}),
    _TableSpec(PersonContactTerm, ("kind", "term", "person_id"), {}),
    _TableSpec(
        Case,
        (
            "id",
            "number",
            "year",
            "sequence",
            "child_id",
            "status",
            "urgency",
            "risk_level",
            "restricted",
            "referral_source",
            "reporter_anonymous",
            "reporter_name",
            "reporter_contact",
            "reporter_relation",
            "reporter_institution_id",
            "report_summary",
            "lead_worker_id",
            "supervisor_id",
            "protocol_template_id",
            "assessment",
            "plan",
            "plan_submitted_at",
            "plan_approved_by_id",
            "report_received_at",
            "registered_at",
            "first_contact_at",
            "assessment_done_at",
            "plan_approved_at",
            "closed_at",
            "closure_reason",
            "closure_note",
            "closure_approved_by_id",
            "created_by_id",
            "updated_at",
        ),
        {"open_steps_override_reason": "", "reopened_count": 0, "anonymised_at": None, "version": 1},
    ),
    _TableSpec(
        HouseholdMember,
        ("id", "case_id", "person_id", "role", "alleged_perpetrator", "lives_in_household", "legal_representative"),
        {"notes": ""},
    ),
    _TableSpec(CaseViolenceForm, ("case_id", "code"), {}),
    _TableSpec(
        ChecklistItem,
        ("id", "case_id", "step_id", "due_at", "done_at", "done_by_id", "not_applicable", "not_applicable_reason"),
        {"occurrence": 1, "note": "", "version": 1},
    ),
    _TableSpec(
        Consent,
        ("id", "case_id", "given_by_person_id", "sectors", "purpose", "given_at", "recorded_by_id"),
        {"given_by_name": "", "withdrawn_at": None},
    ),
    _TableSpec(
        Referral,
        (
            "id",
            "case_id",
            "direction",
            "institution_id",
            "channel",
            "sent_at",
            "registry_number",
            "registry_key",
            "reason",
            "requested_action",
            "urgency",
            "contact_person",
            "response_due_at",
            "response_received_at",
            "response_summary",
            "status",
            "consent_override_reason",
            "created_by_id",
            "created_at",
            "updated_at",
        ),
        {"version": 1},
    ),
    _TableSpec(
        Measure,
        (
            "id",
            "case_id",
            "code",
            "started_on",
            "ended_on",
            "decided_by_institution_id",
            "decision_number",
            "recorded_by_id",
            "recorded_at",
        ),
        {"placement_location": "", "notes": ""},
    ),
)

#: tables whose integer ids the demo assigns itself
_ID_TABLES = ("person", "case_file", "household_member", "checklist_item", "consent", "referral", "measure")
Rows = dict[str, list[tuple[Any, ...]]]

_HOUR = 3600
_DAY = 86400
_YEAR = 365.25 * _DAY
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


# ---- precomputed pools -------------------------------------------------------------------------------------------
#: one spelling of a name: (as entered, folded, sort key, search terms)
NameForm = tuple[str, str, str, tuple[str, ...]]
#: a name in its Latin, Cyrillic and keyboard-ascii spellings
Name = tuple[NameForm, NameForm, NameForm]


def _forms(latin: str) -> Name:
    """The three spellings of a name, each with the keys ``people.apply_person`` would compute."""
    out = []
    for spelling in (latin, to_cyrillic(latin), latin.translate(_ASCII)):
        folded = fold(spelling)
        out.append((spelling, folded, sort_key(spelling), tuple(folded.split())))
    return out[0], out[1], out[2]


@lru_cache(maxsize=1)
def _name_pools() -> dict[tuple[str, str], list[Name]]:
    """(community, "M" | "F" | "family") -> names."""
    pools: dict[tuple[str, str], list[Name]] = {}
    for community in ("bs", "hr", "sr"):
        for kind, source in (("M", _MALE), ("F", _FEMALE), ("family", _FAMILY)):
            pools[community, kind] = [_forms(name) for name in dict.fromkeys(source[community].split())]
    return pools


def _both_scripts(value: str) -> tuple[str, str]:
    return value, to_cyrillic(value)


def _texts() -> dict[str, Any]:
    """Every free text in both scripts; ``[cyr]`` picks the spelling of the case."""

    def pairs(values: dict[str, str]) -> dict[str, tuple[str, str]]:
        return {key: _both_scripts(value) for key, value in values.items()}

    return {
        "streets": [_both_scripts(s) for s in _STREETS],
        "schools": [_both_scripts(s) for s in _SCHOOLS],
        "high_schools": [_both_scripts(s) for s in _HIGH_SCHOOLS],
        "kindergartens": [_both_scripts(s) for s in _KINDERGARTENS],
        "disabilities": [_both_scripts(s) for s in _DISABILITIES],
        "summaries": pairs(_SUMMARIES),
        "assessment": _both_scripts(_ASSESSMENT),
        "plan": _both_scripts(_PLAN),
        "closure": pairs(_CLOSURE_NOTES),
        "not_applicable": pairs(_NOT_APPLICABLE),
        "reasons": {key: (_both_scripts(a), _both_scripts(b)) for key, (a, b) in _REFERRAL_REASONS.items()},
        "response": _both_scripts(_RESPONSE),
        "consent_purpose": _both_scripts(_CONSENT_PURPOSE),
        "legal_duty": pairs(_LEGAL_DUTY),
        "no_consent": _both_scripts(_NO_CONSENT),
        "relations": pairs(_RELATIONS),
        "citizenship": ("BiH", "БиХ"),
        "grade": [_both_scripts(f"{g}. razred") for g in range(10)],
    }


@dataclass(frozen=True)
class _StepPlan:
    """A template step reduced to what a checklist row needs: its code and when it falls due."""

    step_id: int
    code: str
    trigger: str
    offsets: dict[str, int | None]  # urgency -> seconds after the trigger moment (None: no deadline)
    mandatory: bool


def _step_plans(steps: Sequence[ProtocolStep]) -> tuple[_StepPlan, ...]:
    """Measure each step's deadline with ``protocols.first_due`` itself, so the demo follows the template's rules."""
    zero = _EPOCH
    done: dict[str, dt.datetime | None] = {step.code: zero for step in steps}
    plans = []
    for step in steps:
        offsets: dict[str, int | None] = {}
        for urgency in ("immediate", "urgent", "regular"):
            probe = SimpleNamespace(report_received_at=zero, registered_at=zero, plan_approved_at=zero, urgency=urgency)
            due = first_due(cast(Case, probe), step, done)
            offsets[urgency] = None if due is None else int((due - zero).total_seconds())
        plans.append(_StepPlan(step.id, step.code, step.trigger, offsets, step.mandatory))
    return tuple(plans)


class _Clock:
    """Integer UTC seconds to the text SQLite stores (``YYYY-MM-DD HH:MM:SS.000000``), by table look-up."""

    def __init__(self, first_day: dt.date, last_day: dt.date) -> None:
        self.day0 = (first_day - _EPOCH.date()).days
        count = (last_day - first_day).days + 1
        self.days = [(first_day + dt.timedelta(days=i)).isoformat() for i in range(count)]
        self.times = [f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(_DAY)]

    def moment(self, seconds: int) -> str:
        return self.days[seconds // _DAY - self.day0] + self.times[seconds % _DAY]

    def date(self, day_number: int) -> str:
        return self.days[day_number - self.day0]


class _Jmbg:
    """Valid JMBGs issued in serial order per day, region and sex: ``jmbg.make_jmbg``'s rule, tabulated.

    Serial order (not random serials) also keeps them unique, as real ones are.  The digits of every day
    (``DDMMYYY``) and region and their weighted sums are tabulated once: a million cases issue ~2.6 million.
    """

    _WEIGHTS = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

    def __init__(self, clock: _Clock, rng: random.Random) -> None:
        self.clock = clock
        self.rng = rng
        self.next_serial: dict[int, int] = {}
        self.serials = [(f"{s:03d}", 4 * (s // 100) + 3 * (s // 10 % 10) + 2 * (s % 10)) for s in range(1000)]
        self.days: list[tuple[str, int]] = []
        for iso in clock.days:
            digits = f"{iso[8:10]}{iso[5:7]}{iso[1:4]}"
            self.days.append((digits, sum(w * int(d) for w, d in zip(self._WEIGHTS, digits, strict=False))))
        self.regions = [(f"{r:02d}", 6 * (r // 10) + 5 * (r % 10)) for r in range(100)]

    def issue(self, day_number: int, sex: str, region: int) -> str | None:
        key = (day_number * 100 + region) * 2 + (sex == "F")
        serial = self.next_serial.get(key)
        if serial is None:
            serial = (500 if sex == "F" else 0) + int(self.rng.random() * 40)
        day_digits, day_weight = self.days[day_number - self.clock.day0]
        region_digits, region_weight = self.regions[region]
        weighted = day_weight + region_weight
        limit = 500 if sex == "M" else 1000
        serials = self.serials
        while serial < limit:
            digits3, weight = serials[serial]
            serial += 1
            m = 11 - (weighted + weight) % 11
            if m != 10:  # make_jmbg never issues the ambiguous m == 10
                self.next_serial[key] = serial
                return f"{day_digits}{region_digits}{digits3}{m if m <= 9 else 0}"
        self.next_serial[key] = serial
        return None  # the day's serials are used up: this person has no JMBG


def _chooser(rng: random.Random, weights: dict[str, float], codes: Iterable[str]) -> Callable[[], str]:
    """A weighted pick among the codes in this database (codes a municipality added get weight 1)."""
    population = list(codes)
    if not population:
        raise ValueError("no lookup codes to choose from: initialise the database first")
    cumulative = list(accumulate(weights.get(code, 1.0) for code in population))
    total, last, rand = cumulative[-1], len(population) - 1, rng.random

    def choose() -> str:
        return population[min(bisect(cumulative, rand() * total), last)]

    return choose
