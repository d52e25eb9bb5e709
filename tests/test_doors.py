"""Every door to case content × every role × own, another worker's and a restricted case.

The table ``DOORS`` says what each public service function that returns or changes case content does for a worker,
a supervisor, an administrator and an auditor on four cases: the worker's own case (led by the worker,
supervised by the supervisor), another worker's case (neither assigned), a restricted case of another worker, and
that restricted case after the actor broke the glass.  Outcomes:

- ``denied``: refused (AccessDenied, BreakGlassRequired, RestrictedPerson) or the case is not in what comes back;
- ``hidden``: only that something exists (who did what and when, or "a match in a restricted case, ask X");
- ``audited``: the content, and an audit event naming the actor was written with it;
- ``allowed``: the content, with no audit event (lists, searches: a row of a list is not an opening).

``NOT_DOORS`` names every other public function of ``registry.services`` that takes a session, with why it is no
door; a new public function in neither table fails ``test_every_service_function_is_in_the_table``.
``render_table()`` prints the table as markdown (``python -m tests.test_doors``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import inspect
import io
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

import registry.services
from registry.models import AuditEvent, ChecklistItem, Institution, Referral
from registry.services import access, lookups
from registry.services.access import AccessDenied, BreakGlassRequired, RestrictedPerson

ROLES = ("worker", "supervisor", "administrator", "auditor")
KINDS = ("own", "other", "restricted", "glass")
KIND_TITLES = {
    "own": "own case",
    "other": "another worker's",
    "restricted": "restricted",
    "glass": "restricted, glass broken",
}

D, H, A, OK = "denied", "hidden", "audited", "allowed"


def reads(worker_own: str = A) -> dict[str, tuple[str, ...]]:
    """Reading one case: the worker only her own, supervisor and auditor all but restricted without the glass."""
    return {
        "worker": (worker_own, D, D, D),
        "supervisor": (worker_own, worker_own, D, worker_own),
        "administrator": (D, D, D, D),
        "auditor": (worker_own, worker_own, D, worker_own),
    }


def writes() -> dict[str, tuple[str, ...]]:
    return {"worker": (A, D, D, D), "supervisor": (A, A, D, A), "administrator": (D, D, D, D), "auditor": (D, D, D, D)}


def supervises() -> dict[str, tuple[str, ...]]:
    return {"worker": (D, D, D, D), "supervisor": (A, A, D, A), "administrator": (D, D, D, D), "auditor": (D, D, D, D)}


def lists(auditor: bool = True, supervisor_only: bool = False) -> dict[str, tuple[str, ...]]:
    """Lists show what the reader sees without breaking the glass (the glass opens one case, not the lists)."""
    return {
        "worker": (D, D, D, D) if supervisor_only else (OK, D, D, D),
        "supervisor": (OK, OK, D, D),
        "administrator": (D, D, D, D),
        "auditor": (OK, OK, D, D) if auditor else (D, D, D, D),
    }


def histories() -> dict[str, tuple[str, ...]]:
    """A case's audit history: supervisors and auditors; a restricted case's events without their details."""
    return {"worker": (D, D, D, D), "supervisor": (A, A, H, A), "administrator": (D, D, D, D), "auditor": (A, A, H, A)}


def administrator_only() -> dict[str, tuple[str, ...]]:
    return {"worker": (D, D, D, D), "supervisor": (D, D, D, D), "administrator": (A, A, A, A), "auditor": (D, D, D, D)}


@dataclass
class World:
    users: dict[str, int]
    cases: dict[str, int]
    children: dict[str, int]
    members: dict[str, int]
    institution: int
    #: the column being run (own, other, restricted, glass)
    kind: str = ""


@dataclass(frozen=True)
class Door:
    """``call(session, world, actor_id, case_id)`` returns what to probe; ``shows(result, world, case_id)`` says
    whether the case's content came back (True), only its existence (None) or nothing (False)."""

    call: Callable[[Session, World, int, int], Any]
    expected: dict[str, tuple[str, ...]]
    shows: Callable[[Any, World, int], bool | None] = lambda result, world, case_id: True
    #: an audit event of this action by the actor counts, whatever case it names (exports, a new case)
    audit_action: str | None = None


# ---------------------------------------------------------------------------------------------------- the world


def _build_world(sessions: sessionmaker[Session]) -> World:
    from registry.db import transaction
    from registry.services.case_records import add_household_member, add_note
    from registry.services.cases import register_case, set_restricted
    from registry.services.people import PersonInput
    from registry.services.users import UserInput, create_user
    from tests.helpers import new_case

    users: dict[str, int] = {}
    with transaction(sessions) as session:
        for name, role in {
            "amra": "worker",
            "jovan": "worker",
            "dragan": "supervisor",
            "mira": "supervisor",
            "admin": "administrator",
            "revizor": "auditor",
        }.items():
            users[name] = create_user(
                session, UserInput(name, name.title(), role, f"{name} lozinka 2026"), actor_id=None
            ).id
        institution = session.scalar(select(Institution.id).where(Institution.sector == "education").limit(1))
    cases, children, members = {}, {}, {}
    specs = {
        "own": ("Selma", "Kurtović", "amra", "dragan", "0103016175017"),
        "other": ("Dino", "Begić", "jovan", "mira", "1506012170038"),
        "restricted": ("Lana", "Perić", "jovan", "mira", "2207014175033"),
    }
    for kind, (given, family, lead, supervisor, jmbg) in specs.items():
        with transaction(sessions) as session:
            case = register_case(
                session,
                new_case(
                    given,
                    family,
                    jmbg=jmbg,
                    birth_date=None,
                    sex=None,
                    lead_worker_id=users[lead],
                    supervisor_id=users[supervisor],
                ),
                actor_id=None,
            ).case
            member = add_household_member(
                session, case.id, PersonInput("Otac", family), role="father", actor_id=None, alleged_perpetrator=True
            )
            add_note(session, case.id, text=f"Procjena: {given} {family}.", actor_id=None)
            session.add(
                Referral(
                    case_id=case.id,
                    direction="outgoing",
                    institution_id=institution,
                    channel="letter",
                    status="sent",
                    sent_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=30),
                    response_due_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=15),
                    reason="Provjera.",
                    urgency="regular",
                )
            )
            if kind == "restricted":
                set_restricted(session, case.id, True, actor_id=None)
            cases[kind], children[kind], members[kind] = case.id, case.child_id, member.person_id
    cases["glass"], children["glass"], members["glass"] = (
        cases["restricted"],
        children["restricted"],
        members["restricted"],
    )
    return World(users, cases, children, members, institution)


ACTORS = {"worker": "amra", "supervisor": "dragan", "administrator": "admin", "auditor": "revizor"}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[sessionmaker[Session], World]]:
    import shutil

    from registry.db import make_engine, session_factory
    from tests.conftest import scratch_pg_database

    if request.param == "sqlite":
        target = tmp_path_factory.mktemp("doors") / "registry.sqlite"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
        engine = make_engine(f"sqlite:///{target}")
        sessions = session_factory(engine)
        yield sessions, _build_world(sessions)
        engine.dispose()
        return
    with scratch_pg_database("registry_doors", request.getfixturevalue("pg_template")) as (_name, url):
        engine = make_engine(url)
        sessions = session_factory(engine)
        yield sessions, _build_world(sessions)
        engine.dispose()


# ---------------------------------------------------------------------------------------------------- the doors


def _case_ids(rows: Any) -> set[int]:
    return {getattr(row, "case_id", None) or getattr(row, "id", None) for row in rows}


def _in(result: Any, world: World, case_id: int) -> bool:
    return case_id in _case_ids(result)


def _number(session: Session, case_id: int) -> str:
    from registry.models import Case

    return session.get_one(Case, case_id).number


def _item(session: Session, case_id: int) -> int:
    return (
        session.scalars(
            select(ChecklistItem.id).where(ChecklistItem.case_id == case_id).order_by(ChecklistItem.id)
        ).first()
        or 0
    )


def _referral(session: Session, case_id: int) -> int:
    return session.scalars(select(Referral.id).where(Referral.case_id == case_id)).first() or 0


def _record_of(model: type, session: Session, case_id: int) -> int:
    return session.scalars(select(model.id).where(model.case_id == case_id)).first() or 0  # type: ignore[attr-defined]


def _system(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Set a case up as the system would (in the cell's own transaction, rolled back after)."""
    return fn(*args, actor_id=None, **kwargs)


def _doors() -> dict[str, Door]:
    from registry.models import CaseNote, HouseholdMember
    from registry.printing import build_case_summaries, print_job
    from registry.printing.access_history import access_history
    from registry.services import (
        audit_view,
        case_list,
        case_records,
        cases,
        dashboard,
        referral_log,
        referrals,
        transfer,
    )
    from registry.services import search as search_service
    from registry.services.case_view import open_case_file
    from registry.services.full_export import export_register
    from registry.services.people import PersonChanges, PersonInput
    from registry.services.protocols import (
        StepChanges,
        complete_step,
        mark_not_applicable,
        reopen_step,
        update_checklist_step,
    )
    from registry.services.record_history import record_history
    from registry.services.statistics.behind import cases_behind
    from registry.services.statistics.period import Period
    from tests.helpers import new_case

    now = dt.datetime.now(dt.UTC)

    def to_planning(s: Session, case_id: int) -> None:
        _system(cases.change_status, s, case_id, "assessment")
        _system(cases.change_status, s, case_id, "planning")
        _system(
            cases.update_case,
            s,
            case_id,
            cases.CaseChanges(plan="Plan zaštite."),
            expected_version=s.get_one(cases.Case, case_id).version,
        )

    def history_shows(rows: Any, world: World, case_id: int) -> bool | None:
        mine = [row for row in rows if row.case_number is not None and row.action not in ("audit.view",)]
        if not mine:
            return False
        return None if all(row.hidden for row in mine if row.action != "case.break_glass") else True

    def duplicates_show(found: Any, world: World, case_id: int) -> bool | None:
        child = world.children[next(k for k, v in world.cases.items() if v == case_id)]
        if any(c.person_id == child for c in found):
            return True
        return None if any(c.restricted and c.ask for c in found) else False

    def new_case_for_child(s: Session, w: World, actor: int, case_id: int) -> Any:
        kind = next(k for k, v in w.cases.items() if v == case_id)
        data = new_case("X", "Y", existing_child_id=w.children[kind], lead_worker_id=w.users["amra"])
        return cases.register_case(s, data, actor_id=actor)

    def csv_export(s: Session, w: World, actor: int, case_id: int) -> str:
        out = io.StringIO()
        transfer.export_cases(s, out, fmt="csv", actor_id=actor)
        return out.getvalue()

    def incident_pointing_elsewhere(s: Session, w: World, actor: int, case_id: int) -> Any:
        """An incident in the actor's own case naming the child of the case under test as perpetrator."""
        kind = next(k for k, v in w.cases.items() if v == case_id)
        return case_records.add_incident(
            s,
            w.cases["own"],
            case_records.IncidentInput(
                occurred_at=now - dt.timedelta(days=3), description="Udaren.", alleged_perpetrator_id=w.children[kind]
            ),
            actor_id=actor,
        )

    def cell_reference(s: Session, w: World, actor: int, case_id: int) -> Any:
        kind = next(k for k, v in w.cases.items() if v == case_id)
        data = new_case("Novo", "Dijete", lead_worker_id=w.users["amra"])
        data.household = [cases.HouseholdInput(PersonInput("", ""), "father", existing_person_id=w.members[kind])]
        return cases.register_case(s, data, actor_id=actor)

    def first_step(s: Session, case_id: int) -> int:
        return _item(s, case_id)

    def done_step(s: Session, case_id: int) -> int:
        item = _item(s, case_id)
        _system(complete_step, s, item, note="Urađeno.")
        return item

    return {
        # ---- reading one case
        "cases.open_case": Door(lambda s, w, a, c: cases.open_case(s, c, actor_id=a), reads()),
        "case_view.open_case_file": Door(lambda s, w, a, c: open_case_file(s, c, actor_id=a), reads()),
        "referrals.case_referrals": Door(
            lambda s, w, a, c: referrals.case_referrals(s, c, actor_id=a), reads(OK), lambda rows, w, c: bool(rows)
        ),
        "printing.print_job": Door(lambda s, w, a, c: print_job(s, "summary", c, printed_by=a), reads(OK)),
        "printing.print_job(referral)": Door(
            lambda s, w, a, c: print_job(s, "referral", _referral(s, c), printed_by=a), reads(OK)
        ),
        "printing.build_case_summaries": Door(lambda s, w, a, c: build_case_summaries(s, [c], printed_by=a), reads(OK)),
        # ---- the audit trail of one case
        "audit_view.audit_events": Door(
            lambda s, w, a, c: audit_view.audit_events(s, actor_id=a, case_id=c), histories(), history_shows
        ),
        "audit_view.case_access_history": Door(
            lambda s, w, a, c: audit_view.case_access_history(s, c, actor_id=a), histories(), history_shows
        ),
        "printing.access_history": Door(
            lambda s, w, a, c: access_history(s, c, actor_id=a, printed_by=a),
            histories(),
            lambda printed, w, c: None if w.kind == "restricted" else True,
        ),
        "audit_view.audit_events(all)": Door(
            lambda s, w, a, c: audit_view.audit_events(s, actor_id=a, limit=10_000),
            {**histories(), "supervisor": (OK, OK, H, OK), "auditor": (OK, OK, H, OK)},
            lambda rows, w, c: history_shows([r for r in rows if r.case_number == _number_of(w, c)], w, c),
        ),
        # ---- lists and searches
        "search.search_cases": Door(
            lambda s, w, a, c: search_service.search_cases(s, _number(s, c), actor_id=a), lists(), _in
        ),
        "search.find_duplicates": Door(
            lambda s, w, a, c: search_service.find_duplicates(
                s, given_name="", family_name="", jmbg=_jmbg_of(s, c), actor_id=a
            ),
            {
                "worker": (OK, OK, H, H),
                "supervisor": (OK, OK, H, OK),
                "administrator": (D, D, D, D),
                "auditor": (OK, OK, H, OK),
            },
            duplicates_show,
        ),
        "case_list.list_page": Door(
            lambda s, w, a, c: case_list.list_page(s, case_list.CaseQuery(), actor_id=a, limit=1000).rows, lists(), _in
        ),
        "case_list.search_page": Door(
            lambda s, w, a, c: case_list.search_page(s, _number(s, c), case_list.CaseQuery(), actor_id=a).rows,
            lists(),
            _in,
        ),
        "case_list.rows_by_ids": Door(lambda s, w, a, c: case_list.rows_by_ids(s, [c], actor_id=a), lists(), _in),
        "case_list.matching_ids": Door(
            lambda s, w, a, c: case_list.matching_ids(s, [c], case_list.CaseQuery(), actor_id=a),
            lists(),
            lambda ids, w, c: c in ids,
        ),
        "case_list.count_cases": Door(
            lambda s, w, a, c: case_list.count_cases(s, case_list.CaseQuery(), actor_id=a),
            lists(),
            lambda count, w, c: count >= _visible_rank(w, c),
        ),
        "referral_log.list_referrals": Door(
            lambda s, w, a, c: referral_log.list_referrals(s, referral_log.ReferralQuery(), actor_id=a), lists(), _in
        ),
        "statistics.behind.cases_behind": Door(
            lambda s, w, a, c: (
                cases_behind(
                    s,
                    Period(dt.date(2000, 1, 1), dt.date(2099, 12, 31)),
                    "new_cases_by_sex_age",
                    None,
                    None,
                    actor_id=a,
                ).cases
            ),
            lists(),
            _in,
        ),
        "dashboard.dashboard": Door(
            lambda s, w, a, c: (to_planning(s, c), dashboard.dashboard(s, actor_id=a).plans)[1],
            lists(auditor=False, supervisor_only=True),
            _in,
        ),
        "dashboard.plans_awaiting_approval": Door(
            lambda s, w, a, c: (to_planning(s, c), dashboard.plans_awaiting_approval(s, actor_id=a))[1], lists(), _in
        ),
        "dashboard.closures_awaiting_approval": Door(
            lambda s, w, a, c: (
                _system(
                    cases.request_closure,
                    s,
                    c,
                    reason_code=lookups.codes(s, "closure_reason")[0],
                    open_steps_reason="Nema osnova za dalje.",
                ),
                dashboard.closures_awaiting_approval(s, actor_id=a),
            )[1],
            lists(),
            _in,
        ),
        "transfer.export_cases": Door(
            csv_export,
            {**lists(), "worker": (A, D, D, D), "supervisor": (A, A, D, D), "auditor": (A, A, D, D)},
            lambda text, w, c: _jmbg_in(text, w, c),
            audit_action="export.cases",
        ),
        "full_export.export_register": Door(
            lambda s, w, a, c: export_register(s, io.BytesIO(), actor_id=a),
            administrator_only(),
            audit_action="export.register",
        ),
        # ---- a person shared with another case
        "cases.register_case(existing child)": Door(
            new_case_for_child,
            {
                "worker": (A, A, D, D),
                "supervisor": (A, A, D, A),
                "administrator": (D, D, D, D),
                "auditor": (D, D, D, D),
            },
            audit_action="case.create",
        ),
        "cases.register_case(existing household member)": Door(
            cell_reference,
            {
                "worker": (A, A, D, D),
                "supervisor": (A, A, D, A),
                "administrator": (D, D, D, D),
                "auditor": (D, D, D, D),
            },
            audit_action="case.create",
        ),
        "case_records.add_incident(perpetrator)": Door(
            incident_pointing_elsewhere,
            {
                "worker": (D, D, D, D),
                "supervisor": (D, D, D, D),
                "administrator": (D, D, D, D),
                "auditor": (D, D, D, D),
            },
        ),
        # ---- changing one case
        "cases.update_case": Door(
            lambda s, w, a, c: cases.update_case(
                s,
                c,
                cases.CaseChanges(assessment="Nova procjena.", child=PersonChanges(family_name="Promijenjeno")),
                expected_version=s.get_one(cases.Case, c).version,
                actor_id=a,
            ),
            writes(),
        ),
        "cases.change_status": Door(lambda s, w, a, c: cases.change_status(s, c, "assessment", actor_id=a), writes()),
        "cases.set_restricted": Door(lambda s, w, a, c: cases.set_restricted(s, c, True, actor_id=a), supervises()),
        "cases.approve_plan": Door(
            lambda s, w, a, c: (to_planning(s, c), cases.approve_plan(s, c, actor_id=a)), supervises()
        ),
        "cases.request_closure": Door(
            lambda s, w, a, c: cases.request_closure(
                s,
                c,
                reason_code=lookups.codes(s, "closure_reason")[0],
                actor_id=a,
                open_steps_reason="Nema osnova za dalje postupanje.",
            ),
            writes(),
        ),
        "cases.close_case": Door(
            lambda s, w, a, c: cases.close_case(
                s,
                c,
                actor_id=a,
                reason_code=lookups.codes(s, "closure_reason")[0],
                open_steps_reason="Nema osnova za dalje postupanje.",
            ),
            supervises(),
        ),
        "cases.reopen_case": Door(
            lambda s, w, a, c: (
                _system(
                    cases.close_case,
                    s,
                    c,
                    reason_code=lookups.codes(s, "closure_reason")[0],
                    open_steps_reason="Nema osnova za dalje postupanje.",
                ),
                cases.reopen_case(s, c, reason="Nova prijava.", actor_id=a),
            ),
            writes(),
        ),
        "case_records.add_household_member": Door(
            lambda s, w, a, c: case_records.add_household_member(
                s, c, PersonInput("Majka", "Test"), role="mother", actor_id=a
            ),
            writes(),
        ),
        "case_records.update_household_member": Door(
            lambda s, w, a, c: case_records.update_household_member(
                s,
                _record_of(HouseholdMember, s, c),
                case_records.HouseholdChanges(person=PersonChanges(given_name="Promijenjeno")),
                actor_id=a,
            ),
            writes(),
        ),
        "case_records.add_incident": Door(
            lambda s, w, a, c: case_records.add_incident(
                s,
                c,
                case_records.IncidentInput(occurred_at=now - dt.timedelta(days=2), description="Opis."),
                actor_id=a,
            ),
            writes(),
        ),
        "case_records.update_incident": Door(
            lambda s, w, a, c: case_records.update_incident(
                s,
                _system(
                    case_records.add_incident,
                    s,
                    c,
                    case_records.IncidentInput(occurred_at=now - dt.timedelta(days=2), description="Opis."),
                ).id,
                case_records.IncidentChanges(description="Ispravka."),
                actor_id=a,
            ),
            writes(),
        ),
        "case_records.add_measure": Door(
            lambda s, w, a, c: case_records.add_measure(
                s, c, code=lookups.codes(s, "measure")[0], started_on=now.date(), actor_id=a
            ),
            writes(),
        ),
        "case_records.update_measure": Door(
            lambda s, w, a, c: case_records.update_measure(
                s,
                _system(case_records.add_measure, s, c, code=lookups.codes(s, "measure")[0], started_on=now.date()).id,
                case_records.MeasureChanges(notes="Ispravka."),
                actor_id=a,
            ),
            writes(),
        ),
        "case_records.add_note": Door(
            lambda s, w, a, c: case_records.add_note(s, c, text="Bilješka.", actor_id=a), writes()
        ),
        "case_records.update_note": Door(
            lambda s, w, a, c: case_records.update_note(
                s, _record_of(CaseNote, s, c), case_records.NoteChanges(text="Ispravljena bilješka."), actor_id=a
            ),
            writes(),
        ),
        "case_records.add_conference": Door(
            lambda s, w, a, c: case_records.add_conference(
                s, c, held_at=now - dt.timedelta(hours=3), participants="Tim", minutes="Zapisnik.", actor_id=a
            ),
            writes(),
        ),
        "case_records.update_conference": Door(
            lambda s, w, a, c: case_records.update_conference(
                s,
                _system(
                    case_records.add_conference,
                    s,
                    c,
                    held_at=now - dt.timedelta(hours=3),
                    participants="Tim",
                    minutes="Zapisnik.",
                ).id,
                case_records.ConferenceChanges(minutes="Ispravka."),
                actor_id=a,
            ),
            writes(),
        ),
        "case_records.record_consent": Door(
            lambda s, w, a, c: case_records.record_consent(
                s,
                c,
                given_by_name="Majka",
                sectors=["education"],
                purpose="Škola.",
                actor_id=a,
                given_at=now - dt.timedelta(hours=1),
            ),
            writes(),
        ),
        "case_records.update_consent": Door(
            lambda s, w, a, c: case_records.update_consent(
                s,
                _system(
                    case_records.record_consent,
                    s,
                    c,
                    given_by_name="Majka",
                    sectors=["education"],
                    purpose="Škola.",
                    given_at=now - dt.timedelta(hours=1),
                ).id,
                case_records.ConsentChanges(purpose="Ispravka."),
                actor_id=a,
            ),
            writes(),
        ),
        "case_records.withdraw_consent": Door(
            lambda s, w, a, c: case_records.withdraw_consent(
                s,
                _system(
                    case_records.record_consent,
                    s,
                    c,
                    given_by_name="Majka",
                    sectors=["education"],
                    purpose="Škola.",
                    given_at=now - dt.timedelta(hours=1),
                ).id,
                actor_id=a,
            ),
            writes(),
        ),
        "protocols.complete_step": Door(
            lambda s, w, a, c: complete_step(s, first_step(s, c), actor_id=a, note="Urađeno."), writes()
        ),
        "protocols.mark_not_applicable": Door(
            lambda s, w, a, c: mark_not_applicable(s, first_step(s, c), actor_id=a, reason="Ne primjenjuje se ovdje."),
            writes(),
        ),
        "protocols.update_checklist_step": Door(
            lambda s, w, a, c: update_checklist_step(s, done_step(s, c), StepChanges(note="Ispravka."), actor_id=a),
            writes(),
        ),
        "referrals.log_referral": Door(
            lambda s, w, a, c: referrals.log_referral(
                s,
                referrals.ReferralInput(
                    c,
                    "outgoing",
                    w.institution,
                    "letter",
                    reason="Provjera.",
                    consent_override_reason="Zakonska obaveza.",
                ),
                actor_id=a,
            ),
            writes(),
        ),
        "referrals.send_referral": Door(
            lambda s, w, a, c: referrals.send_referral(
                s,
                _system(
                    referrals.log_referral,
                    s,
                    referrals.ReferralInput(
                        c,
                        "outgoing",
                        w.institution,
                        "letter",
                        reason="Provjera.",
                        consent_override_reason="Zakonska obaveza.",
                    ),
                ).id,
                actor_id=a,
            ),
            writes(),
        ),
        "referrals.record_response": Door(
            lambda s, w, a, c: referrals.record_response(s, _referral(s, c), summary="Odgovor.", actor_id=a), writes()
        ),
        "referrals.update_referral": Door(
            lambda s, w, a, c: referrals.update_referral(
                s, _referral(s, c), referrals.ReferralChanges(reason="Ispravka."), actor_id=a
            ),
            writes(),
        ),
        # ---- corrections with history (issue 14.1)
        "protocols.reopen_step": Door(
            lambda s, w, a, c: reopen_step(s, done_step(s, c), reason="Označeno greškom.", actor_id=a), writes()
        ),
        "referrals.cancel_referral": Door(
            lambda s, w, a, c: referrals.cancel_referral(s, _referral(s, c), reason="Upisano greškom.", actor_id=a),
            writes(),
        ),
        "case_records.remove_household_member": Door(
            lambda s, w, a, c: case_records.remove_household_member(
                s, _record_of(HouseholdMember, s, c), reason="Upisano greškom.", actor_id=a
            ),
            writes(),
        ),
        "record_history.record_history": Door(
            lambda s, w, a, c: record_history(s, c, "case_note", _record_of(CaseNote, s, c), actor_id=a), reads()
        ),
        "access.break_glass": Door(
            lambda s, w, a, c: access.break_glass(s, a, c, "Dežurstvo: hitan poziv policije."),
            {
                "worker": (A, D, D, D),
                "supervisor": (A, A, A, A),
                "administrator": (D, D, D, D),
                "auditor": (A, A, A, A),
            },
        ),
    }


def _number_of(world: World, case_id: int) -> str:
    return _NUMBERS[case_id]


_NUMBERS: dict[int, str] = {}
_JMBGS: dict[int, str] = {}


def _jmbg_of(session: Session, case_id: int) -> str:
    from registry.models import Case, Person

    return session.scalar(select(Person.jmbg).join(Case, Case.child_id == Person.id).where(Case.id == case_id)) or ""


def _jmbg_in(text: str, world: World, case_id: int) -> bool:
    return _JMBGS[case_id] in text


def _visible_rank(world: World, case_id: int) -> int:
    """count_cases: the count reaches the case only if it counts at least as many as are visible with it."""
    return _EXPECTED_COUNTS[case_id]


_EXPECTED_COUNTS: dict[int, int] = {}

# ---------------------------------------------------------------------------------------------------- running a cell


DENIALS = (AccessDenied, BreakGlassRequired, RestrictedPerson)


def _events(session: Session, actor_id: int, case_id: int | None, action: str | None) -> int:
    query = select(func.count()).select_from(AuditEvent).where(AuditEvent.user_id == actor_id)
    query = query.where(AuditEvent.action == action) if action else query.where(AuditEvent.case_id == case_id)
    return session.scalar(query) or 0


def run_cell(sessions: sessionmaker[Session], world: World, door: Door, role: str, kind: str) -> str:
    actor = world.users[ACTORS[role]]
    case_id = world.cases[kind]
    world.kind = kind
    with sessions() as session:
        try:
            if kind == "glass":
                with contextlib.suppress(*DENIALS):
                    access.break_glass(session, actor, case_id, "Dežurstvo: hitan poziv policije.")
            before = _events(session, actor, case_id, door.audit_action)
            try:
                result = door.call(session, world, actor, case_id)
            except DENIALS:
                return D
            except Exception as error:  # a refusal for another reason is a wrong cell, shown as such
                from registry.services.errors import ValidationError

                if isinstance(error, ValidationError) and door.expected[role][KINDS.index(kind)] == D:
                    return D
                return f"error: {type(error).__name__}: {error}"
            session.flush()
            shown = door.shows(result, world, case_id)
            if shown is False:
                return D
            if shown is None:
                return H
            return A if _events(session, actor, case_id, door.audit_action) > before else OK
        finally:
            session.rollback()


def _prepare(sessions: sessionmaker[Session], world: World) -> None:
    from registry.services.case_list import CaseQuery, count_cases

    with sessions() as session:
        for case_id in world.cases.values():
            _NUMBERS[case_id] = _number(session, case_id)
            _JMBGS[case_id] = _jmbg_of(session, case_id)
        # what a supervisor counts with and without the restricted case: 2 visible cases of 3
        total = count_cases(session, CaseQuery(), actor_id=None)
        _EXPECTED_COUNTS.update(
            {world.cases["own"]: 1, world.cases["other"]: total - 1, world.cases["restricted"]: total}
        )


DOORS = _doors()


@pytest.mark.parametrize("name", sorted(DOORS))
def test_door(world: tuple[sessionmaker[Session], World], name: str) -> None:
    sessions, w = world
    _prepare(sessions, w)
    door = DOORS[name]
    found = {role: tuple(run_cell(sessions, w, door, role, kind) for kind in KINDS) for role in ROLES}
    assert found == door.expected


# ---------------------------------------------------------------------------------------------------- completeness

#: public functions of registry.services that take a session but open no door to one case's content, and why
NOT_DOORS: dict[str, str] = {
    "access.actor": "the check itself",
    "access.check_case": "the check itself",
    "access.require_case": "the check",
    "access.require_role": "the check itself",
    "access.visibility": "the check itself",
    "access.visible_cases": "the check itself",
    "access.may_open": "the check itself",
    "access.closed_cases_of_person": "the check itself",
    "access.whom_to_ask": "names of supervisors",
    "access.check_person": "the check itself",
    "access.closed_people": "the check itself",
    "audit.record": "writes the trail",
    "audit.record_many": "writes the trail",
    "audit.verify_chain": "hashes only, no content shown",
    "audit_view.recent_break_glass": "break-the-glass reasons for supervisors and auditors (accountability)",
    "case_leases.database_now": "the clock",
    "case_leases.take_lease": "who has a case open (no content)",
    "case_leases.lease_state": "who has a case open (no content)",
    "case_leases.release_lease": "who has a case open (no content)",
    "case_list.staff": "staff names",
    "case_list.case_worth_showing": "an id of a case the user sees (screenshots)",
    "case_numbers.next_sequence": "a number",
    "case_records.consent_covers": "internal: no user, yes/no (log_referral asks it after its own check)",
    "record_checks.case_for_writing": "the check itself (access.require_case for writing)",
    "record_checks.record_of_case": "the check itself (the record's case, for writing)",
    "record_checks.audit_added": "writes the trail",
    "record_checks.update_record": "internal: case_records calls it after record_of_case's check",
    "record_checks.code_check": "a code list (no case content)",
    "record_checks.codes_check": "a code list",
    "record_checks.person_of_case_check": "internal: case_records calls it after the case's check",
    "case_view.load_case_file": "internal: no user; printing calls it after print_job's check",
    "case_view.load_referral": "internal: no user; printing calls it after print_job's check",
    "cases.centre_of": "the centre",
    "cases.get_case": "internal: no user; services call it after their check",
    "cases.case_id_by_number": "an id only",
    "cases.case_by_number": "internal: no user (tests, services)",
    "changes.flush_or_stale": "internal",
    "changes.record_update": "writes the trail",
    "save_conflicts.record_resolution": "writes the trail, in the transaction of update_case (which checked)",
    "dashboard.workers_load": "counts per worker, visible cases only",
    "dashboard.cases_by_status_and_risk": "counts, visible cases only",
    "demo.seeding.seed_demo": "synthetic demonstration cases",
    "demo.bulk_copy.eligible": "yes/no: an empty SQLite file register (no content read)",
    "audit.hold_chain": "the trail's write lock",
    "demo_sign_in.demo_accounts": "demo accounts",
    "demo_sign_in.sign_in_hint": "demo accounts",
    "demo_sign_in.tell_how_to_sign_in": "demo accounts",
    "importing.plan_import": "bulk import (workers and supervisors; a row matching a restricted child refused, naming whom to ask: test_a_bulk_import_neither_names_nor_links_a_restricted_child)",
    "importing.write_import": "bulk import of a checked plan",
    "importing.import_files": "bulk import",
    "importing.planning.find_matches": "internal to plan_import",
    "importing.template.write_template": "an empty template",
    "institutions.create_institution": "institutions",
    "institutions.update_institution": "institutions",
    "institutions.list_institutions": "institutions",
    "lookups.codes": "code lists",
    "lookups.labels": "code lists",
    "lookups.label": "code lists",
    "lookups.all_labels": "code lists",
    "people.store_search_terms": "internal",
    "people.create_person": "internal",
    "people.store_contact_terms": "internal",
    "due_today.due_today": "the user's own assigned cases only (lead, co-worker, supervisor): dates and step titles",
    "case_list_export.export_case_list": "the list's rows (list_page/search_page: visible cases only), audited",
    "people.update_person": "internal: services call it after their check",
    "protocol_templates.template_versions": "protocol templates",
    "protocol_templates.template_steps": "protocol templates",
    "protocol_templates.validate_steps": "protocol templates",
    "protocol_templates.new_version": "administrator",
    "protocols.template_in_force": "protocol templates",
    "protocols.instantiate_checklist": "internal: register_case",
    "protocols.case_checklist": "internal",
    "protocols.refresh_due_dates": "internal",
    "protocols.open_mandatory_steps": "internal: close_case",
    "protocols.overdue_steps": "internal: no user",
    "protocols.count_overdue_by_case": "internal: counts",
    "referrals.unanswered": "internal: no user",
    "referrals.overdue": "internal: no user",
    "retention.retention_candidates": "the retention command's dry run (administrator at the command line)",
    "retention.apply_retention": "administrator only: anonymises, shows nothing",
    "setup.centre_language": "the centre",
    "setup.centre_info": "the centre",
    "setup.is_initialised": "the centre",
    "setup.initialise": "the centre's profile",
    "statistics.report.compute": "aggregates with small-cell suppression",
    "statistics.report.compliance_at_a_glance": "counts by sector, no case named",
    "statistics.report.record_export": "writes the trail",
    "statistics.report.keep_recent": "keeps aggregates (role checked: readers of statistics); returns two counts",
    "statistics.cache.not_kept": "internal: which kept spans a report may use; returns span numbers, no case",
    "statistics.settings.settings_for": "settings",
    "statistics.sql.tally": "internal: counts the rows of a statistics query built under the reader's scope",
    "statistics.sql.row_chunks": "internal: reads a statistics query built under the reader's scope",
    "transfer.export_rows": "internal: export_cases (visibility passed in)",
    "users.create_user": "accounts",
    "users.sign_in": "accounts",
    "users.users_by_role": "accounts",
    "users.change_password": "accounts",
    "users.sign_in_by_id": "accounts",
    "users.reset_password": "accounts",
    "users.set_active": "accounts",
    "users.update_user": "accounts (administrator; name, role, title)",
    "users.set_role": "accounts",
    "users.count_users": "accounts",
    "users.first_active_username": "accounts",
    "users.idle_lock_minutes": "settings",
    "users.set_idle_lock": "settings",
    "users.set_language": "accounts",
    "users.list_users": "accounts",
    "backup_runs.run_backup": "the whole file, encrypted (administrator at the command line)",
    "users.unlock_account": "administrator: ends an account's wait after wrong passwords",
    "users.unlock_idle": "accounts: the signed-in user's own password at the idle lock",
    "visibility.refresh": "internal: the services keep the index of visible cases after their own check",
    "visibility.refresh_from": "internal: bulk writers (demo data) index their new cases",
    "audit.redact": "internal: retention erases the details of anonymised cases' events",
    "audit_anchor.current_head": "the audit chain's head: a count and a hash, no case content",
    "audit_anchor.verify_anchors": "the audit chain's integrity: counts, hashes and event ids, no case content",
}

#: functions with no session that still reach the register (engines, files): none opens one case's content
_NO_SESSION_PARAMETERS = {"session", "sessions"}


def _public_service_functions() -> set[str]:
    names = set()
    for info in pkgutil.walk_packages(registry.services.__path__, "registry.services."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(obj) or obj.__module__ != module.__name__:
                continue
            if _NO_SESSION_PARAMETERS & set(inspect.signature(obj).parameters):
                names.add(f"{info.name.removeprefix('registry.services.')}.{name}")
    return names


def _door_functions() -> set[str]:
    return {re.sub(r"\(.*\)$", "", name) for name in DOORS if not name.startswith("printing.")}


def test_every_service_function_is_in_the_table() -> None:
    missing = _public_service_functions() - _door_functions() - set(NOT_DOORS)
    assert not missing, f"add these to DOORS (with their expected outcomes) or to NOT_DOORS (with why): {missing}"
    gone = (_door_functions() | set(NOT_DOORS)) - _public_service_functions()
    assert not gone, f"no longer exist: {gone}"


def test_internal_functions_without_a_user_are_not_reached_from_windows_or_commands() -> None:
    """``internal: no user`` functions read case content with no check: only services and printing call them."""
    internal = {tuple(name.rsplit(".", 1)) for name, why in NOT_DOORS.items() if why.startswith("internal")}
    root = Path(registry.services.__file__).parents[1]
    for path in [*root.joinpath("ui").rglob("*.py"), *root.joinpath("cli").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        used = {
            name
            for module, name in internal
            if re.search(rf"(?<![\w.])(?<!def ){name}\(|\b{module.rsplit('.', 1)[-1]}\.{name}\(", text)
        }
        assert not used, f"{path.relative_to(root)} calls {used}"


def test_what_a_user_is_told_at_a_closed_door(world: tuple[sessionmaker[Session], World]) -> None:
    """The duplicate check names whom to ask and nothing else; a new case for that child is refused saying so."""
    from registry.services.case_records import IncidentInput, add_incident
    from registry.services.cases import register_case
    from registry.services.search import find_duplicates
    from tests.helpers import new_case

    sessions, w = world
    with sessions() as session:
        [match] = find_duplicates(
            session,
            given_name="Lana",
            family_name="Perić",
            jmbg=_jmbg_of(session, w.cases["restricted"]),
            actor_id=w.users["amra"],
        )
        assert (match.restricted, match.ask, match.person_id, match.jmbg, match.family_name, match.case_numbers) == (
            True,
            "Mira",
            None,
            None,
            "",
            (),
        )
        with pytest.raises(RestrictedPerson) as refused:
            register_case(
                session, new_case("X", "Y", existing_child_id=w.children["restricted"]), actor_id=w.users["amra"]
            )
        assert refused.value.message("bs") == (
            "Ova osoba je u predmetu ograničenog pristupa. Za više informacija obratite se: Mira."
        )
        assert "Perić" not in refused.value.message("en")
        # the case's own household member may be named as the perpetrator
        incident = add_incident(
            session,
            w.cases["own"],
            IncidentInput(
                occurred_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=1),
                description="Udaren.",
                alleged_perpetrator_id=w.members["own"],
            ),
            actor_id=w.users["amra"],
        )
        assert incident.alleged_perpetrator_id == w.members["own"]
        session.rollback()


def test_a_bulk_import_neither_names_nor_links_a_restricted_child(world: tuple[sessionmaker[Session], World]) -> None:
    """A spreadsheet row with a restricted child's JMBG is refused naming whom to ask, nothing is written; the
    case's own lead worker imports the same row, linked to the child."""
    from registry.models import Case
    from registry.services.importing import ImportFailed, import_files

    sessions, w = world
    with sessions() as session:
        jmbg = _jmbg_of(session, w.cases["restricted"])
    rows = ["Ime;Prezime;JMBG;Datum prijave;Izvor prijave", f"Lana;Perić;{jmbg};02.03.2026. 09:00;škola"]
    book = ("predmeti.csv", ("\r\n".join(rows) + "\r\n").encode("utf-8"))
    with sessions() as session:
        before = session.scalar(select(func.count()).select_from(Case))
        with pytest.raises(ImportFailed) as refused:
            import_files(session, [book], actor_id=w.users["amra"], language="bs")
        report = refused.value.report("bs")
        assert "ograničenog pristupa" in report and "Mira" in report
        assert "Perić" not in report.replace("Lana;Perić", "") and _number(session, w.cases["restricted"]) not in report
        session.rollback()
        assert session.scalar(select(func.count()).select_from(Case)) == before
        result = import_files(session, [book], actor_id=w.users["jovan"], language="bs")
        assert (result.created, result.linked) == (1, 1)
        [new_number] = result.numbers
        assert session.scalar(select(Case.child_id).where(Case.number == new_number)) == w.children["restricted"]
        session.rollback()


def render_table() -> str:
    """The door × role table as markdown, from the expectations the tests hold."""
    head = "| door | " + " | ".join(f"{role}: {KIND_TITLES[kind]}" for role in ROLES for kind in KINDS) + " |"
    rule = "|---" * (1 + len(ROLES) * len(KINDS)) + "|"
    rows = [
        f"| `{name}` | " + " | ".join(DOORS[name].expected[role][i] for role in ROLES for i in range(len(KINDS))) + " |"
        for name in sorted(DOORS)
    ]
    return "\n".join([head, rule, *rows])


if __name__ == "__main__":
    print(render_table())
