"""Everything an import would write, checked before anything is written: a plan per case, every error with its
sheet, line and column, and the rows that match a child or a case the register already holds."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import ROLES, Case, Person
from registry.services import access
from registry.services.errors import Problems, field_label
from registry.services.importing.cells import Directory
from registry.services.importing.columns import PERSON_COLUMNS
from registry.services.importing.mapping import SheetMapping
from registry.services.importing.plans import CasePlan, ImportPlan, Match, PersonPlan, RowError, apply_action
from registry.services.importing.rows import parse_row
from registry.services.jmbg import normalise_jmbg
from registry.services.names import fold
from registry.services.people import PersonInput, clean_person

_PERSON_KEYS = {c.key for c in PERSON_COLUMNS}
_CHUNK = 500


def person_plan(
    raw: dict[str, object], texts: dict[str, str], problems: Problems, notes_key: str, xlsx: bool
) -> PersonPlan:
    given, family = str(raw.get("given_name", "")), str(raw.get("family_name", ""))
    for whole, family_first in (("full_name", False), ("full_name_reversed", True)):
        if raw.get(whole) and not (given or family):
            words = str(raw[whole]).split()
            first, rest = (words[0], " ".join(words[1:])) if words else ("", "")
            given, family = (rest, first) if family_first else (first, rest)
    jmbg = normalise_jmbg(texts.get("jmbg", ""))
    if xlsx and re.fullmatch(r"\d{12}", jmbg):
        jmbg = "0" + jmbg  # a JMBG typed into a number cell lost its leading zero
    data = PersonInput(
        given,
        family,
        jmbg,
        raw.get("birth_date"),  # type: ignore[arg-type]
        raw.get("sex"),  # type: ignore[arg-type]
        address=str(raw.get("address", "")),
        municipality=str(raw.get("municipality", "")),
        phone=str(raw.get("phone", "")),
        citizenship=str(raw.get("citizenship", "")),
        has_disability=bool(raw.get("has_disability", False)),
        disability_note=str(raw.get("disability_note", "")),
        school=str(raw.get("school", "")),
        school_grade=str(raw.get("school_grade", "")),
        notes=str(raw.get(notes_key, "")),
    )
    cleaned = clean_person(data, problems)
    for warning in cleaned.warnings:
        problems.items.append(warning)  # a JMBG that disagrees with the typed birth date or sex is an error here
    cleaned.values["birth_date_approximate"] = bool(raw.get("birth_date_approximate", False))
    return PersonPlan(cleaned.values, ref=str(raw.get("child_ref") or raw.get("person_ref") or ""))


class Planner:
    """Turns mapped sheets into an ImportPlan; one per import."""

    def __init__(
        self,
        session: Session,
        *,
        language: str | None,
        xlsx: bool,
        create_users: bool = False,
        now: dt.datetime | None = None,
        actor_id: int | None = None,
    ) -> None:
        self.create_users = create_users
        #: whose import: a row matching someone in a restricted case this user may not open is refused
        self.actor_id = actor_id
        self.session = session
        self.language = language
        self.xlsx = xlsx
        self.now = now or dt.datetime.now(dt.UTC)
        self.directory = Directory.load(session)
        self.errors: list[RowError] = []
        self.new_institutions: dict[str, str] = {}
        #: people by the reference the file gives them (P<n> in a full export)
        self.refs: dict[str, PersonPlan] = {}
        self.steps: dict[str, set[str]] | None = None
        #: across every cases sheet: numbers seen (with their line) and the children, one person each
        self.seen_numbers: dict[str, int] = {}
        self.people: dict[tuple[str, object], PersonPlan] = {}
        #: household members new to this file, to be looked up in the register by JMBG
        self.members: list[PersonPlan] = []

    def _record(self, mapping: SheetMapping, line: int, problems: Problems) -> None:
        headers = {
            key: mapping.header[pos] if pos < len(mapping.header) else key for pos, key in mapping.columns.items()
        }
        for problem in problems.items:
            column = problem.field_name.rsplit(".", 1)[-1]
            self.errors.append(
                RowError(
                    mapping.sheet.name,
                    line,
                    headers.get(column, field_label(column, self.language)),
                    problem.message(self.language),
                )
            )

    def _rows(self, mapping: SheetMapping) -> Iterable[tuple[int, dict[str, str], dict[str, object], Problems]]:
        for line, texts, extra in mapping.records():
            problems = Problems()
            if extra:
                problems.add(
                    "",
                    "import.extra_cells_row",
                    cells=len(mapping.header) + len(extra),
                    columns=len(mapping.header),
                    extra=", ".join(extra)[:80],
                )
            values = parse_row(mapping.spec, texts, self.directory, problems, self.now, line, mapping.sheet.name)
            yield line, texts, values, problems

    def plan(self, mappings: list[SheetMapping]) -> ImportPlan:
        """A sheet per year is common: every sheet of one kind is read, cases sheets first."""
        for mapping in mappings:
            missing = mapping.missing()
            if missing:
                labels = ", ".join(field_label(key, self.language) for key in missing)
                line = mapping.sheet.rows[mapping.header_row].line if mapping.sheet.rows else 1
                self.errors.append(
                    RowError(
                        mapping.sheet.name, line, "", _text("import.missing_columns", self.language, missing=labels)
                    )
                )
        case_sheets = [m for m in mappings if m.spec.key == "cases"]
        if self.errors or not case_sheets:
            return ImportPlan([], self.errors, [], [])
        cases = [plan for mapping in case_sheets for plan in self._cases(mapping)]
        numbered = {plan.number: plan for plan in cases if plan.number}
        for mapping in mappings:
            if mapping.spec.key not in ("cases", "users"):
                self._attach(mapping, numbered)
        new_users = self._missing_users(mappings)
        self._registered_members()
        matches, conflicts = find_matches(self.session, cases, actor_id=self.actor_id)
        for case, key, params in conflicts:
            problems = Problems()
            problems.add("case_number" if key == "import.number_taken" else "jmbg", key, **params)
            assert case.mapping is not None
            self._record(case.mapping, case.line, problems)
        return ImportPlan(
            cases,
            self.errors,
            matches,
            sorted(self.new_institutions.values()),
            new_users,
            frozenset(m.spec.key for m in mappings),
        )

    def _registered_members(self) -> None:
        """A household member whose JMBG the register has is that person (not a second one); a JMBG that belongs
        to someone with another name is an error on the member's row."""
        wanted = [m for m in self.members if m.values.get("jmbg") and m.existing_id is None]
        known: dict[str, tuple[int, str, str, str]] = {}
        for chunk in _chunks(list({str(m.values["jmbg"]) for m in wanted})):
            for row in self.session.execute(
                select(Person.id, Person.jmbg, Person.search_key, Person.given_name, Person.family_name).where(
                    Person.jmbg.in_(chunk)
                )
            ):
                known[str(row.jmbg)] = (row.id, row.search_key, row.given_name, row.family_name)
        closed = access.closed_people(self.session, self.actor_id, [hit[0] for hit in known.values()])
        for member in wanted:
            hit = known.get(str(member.values["jmbg"]))
            if hit is None:
                continue
            if hit[0] in closed:  # neither linked nor named: the person is in a restricted case
                self.errors.append(
                    RowError(
                        member.sheet,
                        member.line,
                        field_label("jmbg", self.language),
                        _text("import.restricted_match", self.language, ask=closed[hit[0]]),
                    )
                )
            elif hit[1] == member.search_key:
                member.existing_id = hit[0]
                member.registered = True
            else:
                self.errors.append(
                    RowError(
                        member.sheet,
                        member.line,
                        field_label("jmbg", self.language),
                        _text("import.jmbg_other_person", self.language, given=hit[2], family=hit[3]),
                    )
                )

    def _missing_users(self, mappings: list[SheetMapping]) -> list[dict[str, object]]:
        """Accounts to add (inactive, no password) for user names the register lacks, when the user allowed it;
        otherwise one error per missing name, on the first line that names it."""
        described: dict[str, dict[str, object]] = {}
        for mapping in (m for m in mappings if m.spec.key == "users"):
            for _line, _texts, values, _problems in self._rows(mapping):
                if values.get("username"):
                    described[str(values["username"]).lower()] = values
        by_sheet = {m.sheet.name: m for m in mappings}
        wanted: list[dict[str, object]] = []
        for lower, (name, places) in self.directory.missing_users.items():
            if self.create_users:
                given = described.get(lower, {})
                role = str(given.get("role") or "worker")
                wanted.append(
                    {
                        "username": lower,
                        "full_name": str(given.get("full_name") or name)[:120],
                        "role": role if role in ROLES else "worker",
                        "title": str(given.get("title") or ""),
                    }
                )
                continue
            sheet, line, key = places[0]
            mapping = by_sheet[sheet]
            problems = Problems()
            problems.add(key, "import.unknown_user_rows", value=name, rows=len(places))
            self._record(mapping, line, problems)
        return wanted

    def _cases(self, mapping: SheetMapping) -> list[CasePlan]:
        plans: list[CasePlan] = []
        seen_numbers, people = self.seen_numbers, self.people
        for line, texts, values, problems in self._rows(mapping):
            child = person_plan(values, texts, problems, "child_notes", self.xlsx)
            case = {k: v for k, v in values.items() if k not in _PERSON_KEYS and k not in ("child_notes", "child_ref")}
            _check_case(case, problems)
            self._institution(case, "reporter_institution", None)
            number = str(case.pop("case_number", "") or "")
            if number and number in seen_numbers:
                problems.add("case_number", "import.number_twice", value=number, line=seen_numbers[number])
            seen_numbers.setdefault(number, line)
            if problems:
                self._record(mapping, line, problems)
                continue
            # the same child again in this file is one person with several cases: a reference (the full export
            # writes them) decides; without one, the JMBG, or the folded name and birth date
            key = ("ref", child.ref) if child.ref else child.identity
            if key in people:
                child = people[key]
            else:
                people[key] = child
                if child.ref:
                    self.refs[child.ref] = child
            plans.append(CasePlan(line, number, case, child, mapping=mapping))
        return plans

    def _member(self, member: PersonPlan) -> PersonPlan:
        """One person for one member: by the file's reference, else by JMBG or name and birth date (a sibling who
        is also a case's child, a mother in the households of two cases); a member without either stays apart."""
        if member.ref:
            return self.refs.setdefault(member.ref, member)
        values = member.values
        if not values.get("given_name") or not (values.get("jmbg") or values.get("birth_date")):
            return member
        found = self.people.setdefault(member.identity, member)
        if found is member:
            self.members.append(member)
        return found

    def _check_step(self, plan: CasePlan, values: dict[str, object], problems: Problems) -> None:
        """A checklist row names a step of the protocol version its case gives (nothing is dropped silently)."""
        if self.steps is None:
            self.steps = _protocol_steps(self.session)
        protocol = str(plan.values.get("protocol") or "")
        if protocol not in self.steps:
            problems.add("step", "import.unknown_protocol", value=protocol or "—")
        elif str(values.get("step")) not in self.steps[protocol]:
            problems.add(
                "step",
                "value.unknown_code",
                value=str(values.get("step"))[:60],
                allowed=", ".join(sorted(self.steps[protocol])),
            )

    def _institution(self, values: dict[str, object], key: str, sector: object) -> None:
        name = values.get(key)
        if not name:
            return
        found = self.directory.institutions.get(fold(str(name)))
        if found is None:
            self.new_institutions.setdefault(fold(str(name)), str(name))
        values[key] = found if found is not None else ("new", str(name), sector or "other")

    def _attach(self, mapping: SheetMapping, numbered: dict[str, CasePlan]) -> None:
        refs = self.refs
        for line, texts, values, problems in self._rows(mapping):
            number = str(values.pop("case_number", "") or "")
            plan = numbered.get(number)
            if number and plan is None:
                problems.add("case_number", "import.unknown_case_number", value=number)
            member = None
            if mapping.spec.key == "household":
                fresh = person_plan(values, texts, problems, "person_notes", self.xlsx)
                fresh.sheet, fresh.line = mapping.sheet.name, line
                member = self._member(fresh)
            if mapping.spec.key == "referrals":
                self._institution(values, "institution", values.get("institution_sector"))
            if mapping.spec.key == "measures":
                self._institution(values, "decided_by", None)
            if (
                member is not None
                and plan is not None
                and (member is plan.child or any(other is member for _, other in plan.household))
            ):  # the child is not a member of their own household, and nobody is in it twice
                problems.add("given_name", "import.member_twice", value=number)
            if mapping.spec.key == "checklist" and plan is not None:
                self._check_step(plan, values, problems)
            if problems or plan is None:
                self._record(mapping, line, problems)
                continue
            if member is not None:
                own = {
                    k: v for k, v in values.items() if k not in _PERSON_KEYS and k not in ("person_notes", "person_ref")
                }
                plan.household.append((own, member))
            else:
                for ref_key in ("alleged_perpetrator_ref", "given_by_ref"):
                    if values.get(ref_key):
                        values[ref_key] = refs.get(str(values[ref_key]))
                plan.related.setdefault(mapping.spec.key, []).append(values)


def _protocol_steps(session: Session) -> dict[str, set[str]]:
    from registry.models import ProtocolStep, ProtocolTemplate

    out: dict[str, set[str]] = {}
    for code, version, step in session.execute(
        select(ProtocolTemplate.code, ProtocolTemplate.version, ProtocolStep.code).join(
            ProtocolStep, ProtocolStep.template_id == ProtocolTemplate.id
        )
    ):
        out.setdefault(f"{code}:{version}", set()).add(step)
    return out


def _check_case(case: dict[str, object], problems: Problems) -> None:
    """A historical case must be coherent: a closed one has its date and reason; nothing closes before it began."""
    status = case.get("status", "registered")
    if status == "closed":
        if not case.get("closed_at"):
            problems.add("closed_at", "import.closed_needs_date")
        if not case.get("closure_reason"):
            problems.add("closure_reason", "case.closure_reason_required")
    elif case.get("closed_at"):
        problems.add("closed_at", "import.closed_date_open_case")
    reported = case.get("reported_at")
    for key in ("registered_at", "closed_at"):
        moment = case.get(key)
        if (
            isinstance(moment, dt.datetime)
            and isinstance(reported, dt.datetime)
            and moment < reported - dt.timedelta(days=1)
        ):
            problems.add(key, "import.before_report")


def _text(key: str, language: str | None, **params: object) -> str:
    from registry import i18n

    return i18n.text(key, language, **params)


def _chunks(values: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def find_matches(
    session: Session, plans: list[CasePlan], *, actor_id: int | None = None
) -> tuple[list[Match], list[tuple[CasePlan, str, dict[str, object]]]]:
    """Rows whose case or child the register already holds, with the default choice for each.

    The same case (its number, or the same child with the same report moment) is skipped, so importing a file
    twice changes nothing; a child found by JMBG, or by folded name and birth date, gets a new case linked to
    that child. A row whose case or child is in a restricted case the importing user may not open is refused
    with whom to ask, naming nobody (as the search before a new case does).
    """
    numbers = [plan.number for plan in plans if plan.number]
    registered: dict[str, tuple[int, int]] = {}
    for chunk in _chunks(numbers):
        for number, case_id, child_id in session.execute(
            select(Case.number, Case.id, Case.child_id).where(Case.number.in_(chunk))
        ):
            registered[number] = (case_id, child_id)
    jmbgs = list({str(p.child.values["jmbg"]) for p in plans if p.child.values.get("jmbg")})
    by_jmbg: dict[str, tuple[int, str, str, dt.date | None]] = {}
    for chunk in _chunks(jmbgs):
        for row in session.execute(
            select(Person.id, Person.jmbg, Person.given_name, Person.family_name, Person.birth_date).where(
                Person.jmbg.in_(chunk)
            )
        ):
            by_jmbg[row.jmbg] = (row.id, row.given_name, row.family_name, row.birth_date)
    births = list({p.child.values["birth_date"] for p in plans if p.child.values.get("birth_date")})
    by_name: dict[tuple[str, dt.date], tuple[int, str, str, dt.date | None]] = {}
    with_jmbg: set[int] = set()
    for chunk in _chunks(births):
        for person in session.execute(
            select(
                Person.id, Person.search_key, Person.given_name, Person.family_name, Person.birth_date, Person.jmbg
            ).where(Person.birth_date.in_(chunk))
        ):
            by_name.setdefault(
                (person.search_key, person.birth_date),
                (person.id, person.given_name, person.family_name, person.birth_date),
            )
            if person.jmbg:
                with_jmbg.add(person.id)
    found: dict[int, tuple[str, tuple[int, str, str, dt.date | None]]] = {}  # by id() of the plan
    for plan in plans:
        values = plan.child.values
        key = (plan.child.search_key, values.get("birth_date"))
        if values.get("jmbg") and values["jmbg"] in by_jmbg:
            found[id(plan)] = ("jmbg", by_jmbg[str(values["jmbg"])])
        elif key in by_name and not (values.get("jmbg") and by_name[key][0] in with_jmbg):
            # two different JMBGs are two children, whatever their names; otherwise name and birth date decide
            found[id(plan)] = ("name_birth", by_name[key])
    reports = _reports_of(session, [person[0] for _, person in found.values()])
    closed = access.closed_people(
        session,
        actor_id,
        [person[0] for _, person in found.values()] + [child_id for _, child_id in registered.values()],
    )
    matches: list[Match] = []
    conflicts: list[tuple[CasePlan, str, dict[str, object]]] = []
    for plan in plans:
        same_case = registered.get(plan.number) if plan.number else None
        hit = found.get(id(plan))
        restricted = same_case[1] if same_case is not None else hit[1][0] if hit is not None else None
        if restricted in closed:
            conflicts.append((plan, "import.restricted_match", {"ask": closed[restricted]}))
            continue
        if same_case is not None:
            registered_child = session.get_one(Person, same_case[1])
            if not _same_child(plan.child, registered_child):
                conflicts.append((plan, "import.number_taken", {"value": plan.number}))
                continue
            match = Match(
                plan.line,
                "case",
                registered_child.id,
                f"{registered_child.given_name} {registered_child.family_name}",
                registered_child.birth_date,
                plan.number,
                "skip",
            )
        elif hit is not None:
            kind, (person_id, given, family, birth) = hit
            if kind == "jmbg" and fold(f"{family} {given}") != plan.child.search_key:
                conflicts.append((plan, "import.jmbg_other_person", {"given": given, "family": family}))
                continue
            moment = plan.values.get("reported_at")
            earlier = next(
                (
                    number
                    for number, reported in reports.get(person_id, [])
                    if isinstance(moment, dt.datetime) and _same_moment(reported, moment)
                ),
                None,
            )
            if earlier:  # this child already has a case reported at the same moment: the same case again
                match = Match(plan.line, "case", person_id, f"{given} {family}", birth, earlier, "skip")
            else:
                numbers_of = [number for number, _ in reports.get(person_id, [])]
                match = Match(
                    plan.line, kind, person_id, f"{given} {family}", birth, numbers_of[0] if numbers_of else "", "link"
                )
        else:
            continue
        match.sheet = plan.mapping.sheet.name if plan.mapping is not None else ""
        plan.match = match
        apply_action(plan, match.action)
        matches.append(match)
    return matches, conflicts


def _same_child(child: PersonPlan, person: Person) -> bool:
    values = child.values
    if values.get("jmbg") and person.jmbg:
        return values["jmbg"] == person.jmbg
    if child.search_key != person.search_key:
        return False
    return not (values.get("birth_date") and person.birth_date) or values["birth_date"] == person.birth_date


def _same_moment(a: dt.datetime, b: dt.datetime) -> bool:
    return abs((a if a.tzinfo else a.replace(tzinfo=dt.UTC)) - b) < dt.timedelta(minutes=1)


def _reports_of(session: Session, person_ids: list[int]) -> dict[int, list[tuple[str, dt.datetime]]]:
    out: dict[int, list[tuple[str, dt.datetime]]] = {}
    for chunk in _chunks(sorted(set(person_ids))):
        for child_id, number, reported in session.execute(
            select(Case.child_id, Case.number, Case.report_received_at)
            .where(Case.child_id.in_(chunk))
            .order_by(Case.number)
        ):
            out.setdefault(child_id, []).append((number, reported))
    return out
