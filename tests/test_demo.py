"""Demo data: findable in both scripts, valid JMBGs, consistent workflow, and safe to register real cases after it."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import shutil
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from registry.db import make_engine, session_factory
from registry.i18n.transliteration import has_cyrillic
from registry.models import (
    AuditEvent,
    Case,
    CaseNumberSequence,
    CaseViolenceForm,
    ChecklistItem,
    Consent,
    HouseholdMember,
    Institution,
    Lookup,
    Person,
    PersonSearchTerm,
    ProtocolStep,
    ProtocolTemplate,
    Referral,
    User,
)
from registry.services.case_records import consent_covers
from registry.services.cases import register_case
from registry.services.demo import DEMO_PASSWORD, seed_demo
from registry.services.demo import seeding as demo  # the seeding run (its batch sizes, its writer)
from registry.services.jmbg import is_valid_jmbg, make_jmbg, parse_jmbg
from registry.services.names import fold, name_terms, sort_key
from registry.services.protocols import overdue_steps
from registry.services.referrals import overdue
from registry.services.search import search_cases
from registry.services.users import sign_in
from tests.helpers import new_case

#: a fixed end of the demo timeline, so that what these tests see does not depend on the day they run
NOW = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
CASES = 300


@pytest.fixture
def seeded(session: Session) -> Session:
    report = seed_demo(session, cases=CASES, seed=7, now=NOW)
    assert report.cases == CASES and report.seconds > 0
    return session


def _template_steps(session: Session) -> int:
    template_id = session.scalar(select(ProtocolTemplate.id).where(ProtocolTemplate.code == "default"))
    return session.scalar(select(func.count()).where(ProtocolStep.template_id == template_id)) or 0


def test_seeds_cases_staff_and_one_audit_event(seeded: Session, sessions: sessionmaker[Session]) -> None:
    session = seeded
    assert session.scalar(select(func.count()).select_from(Case)) == CASES
    roles = Counter(session.scalars(select(User.role)))
    assert roles["supervisor"] == 2 and roles["administrator"] == 1 and roles["auditor"] == 1
    assert roles["worker"] >= 5
    assert not any(session.scalars(select(User.must_change_password)))
    assert len(set(session.scalars(select(User.password_hash)))) == 1  # hashed once, reused
    assert sign_in(sessions, "jasmina.karic", DEMO_PASSWORD).role == "supervisor"
    events = session.scalars(select(AuditEvent).where(AuditEvent.action == "demo.seed")).all()
    assert [event.details for event in events] == [{"cases": CASES}]


def test_cyrillic_children_are_found_by_a_folded_latin_query(seeded: Session) -> None:
    session = seeded
    children = session.execute(
        select(Case.id, Person.given_name, Person.family_name).join(Person, Person.id == Case.child_id)
    ).all()
    cyrillic = [row for row in children if has_cyrillic(row.given_name + row.family_name)]
    assert 0.2 * CASES < len(cyrillic) < 0.45 * CASES  # about a third, as entered in Republika Srpska
    for case_id, given, family in cyrillic:
        query = f"{fold(family)} {fold(given)}"
        assert query.isascii()
        assert case_id in {hit.case_id for hit in search_cases(session, query)}, query


def test_people_carry_the_keys_the_people_service_would_compute(seeded: Session) -> None:
    session = seeded
    terms: dict[int, set[str]] = {}
    for term, person_id in session.execute(select(PersonSearchTerm.term, PersonSearchTerm.person_id)):
        terms.setdefault(person_id, set()).add(term)
    people = session.execute(
        select(Person.id, Person.given_name, Person.family_name, Person.search_key, Person.sort_key)
    ).all()
    assert len(people) > 2 * CASES
    names = set()
    for person_id, given, family, search_key, key in people:
        assert search_key == fold(f"{family} {given}")
        assert key == sort_key(f"{family} {given}")[:420]
        assert terms[person_id] == set(name_terms(given, family))
        names.add(f"{given} {family}")
    assert any(ch in "".join(names) for ch in "čćđšž") and any("Dž" in n or "Lj" in n or "Nj" in n for n in names)


def test_every_jmbg_is_valid_and_agrees_with_birth_date_and_sex(seeded: Session) -> None:
    session = seeded
    people = session.execute(select(Person.jmbg, Person.birth_date, Person.sex).where(Person.jmbg.is_not(None))).all()
    jmbgs = [row.jmbg for row in people]
    assert len(jmbgs) == len(set(jmbgs))
    for jmbg, birth_date, sex in people:
        assert is_valid_jmbg(jmbg), jmbg
        info = parse_jmbg(jmbg)
        assert (info.birth_date, info.sex) == (birth_date, sex)
        assert make_jmbg(birth_date, sex, region=info.region_code, serial=int(jmbg[9:12])) == jmbg
    children = session.execute(
        select(Person.jmbg, Person.birth_date, Case.registered_at).join(Case, Case.child_id == Person.id)
    ).all()
    with_jmbg = sum(1 for row in children if row.jmbg)
    assert 0.75 * CASES < with_jmbg < 0.95 * CASES  # newborns and undocumented children have none
    for _, birth_date, registered_at in children:
        assert 0 <= (registered_at.date() - birth_date).days / 365.25 < 18


def test_cases_follow_the_workflow(seeded: Session) -> None:
    session = seeded
    cases = session.scalars(select(Case)).all()
    assert {case.status for case in cases} == {
        "registered",
        "assessment",
        "planning",
        "implementation",
        "review",
        "closed",
    }
    reasons = set(session.scalars(select(Lookup.code).where(Lookup.kind == "closure_reason")))
    workers = set(session.scalars(select(User.id).where(User.role == "worker")))
    years = Counter(case.year for case in cases)
    assert len(years) == 4 and max(years) == NOW.year
    for case in cases:
        moments = [
            case.report_received_at,
            case.registered_at,
            case.first_contact_at,
            case.assessment_done_at,
            case.plan_approved_at,
            case.closed_at,
        ]
        present = [moment for moment in moments if moment is not None]
        assert present == sorted(present) and present[-1] <= NOW, case.number
        assert (case.status == "closed") == (case.closed_at is not None) == (case.closure_reason in reasons)
        assert case.lead_worker_id in workers
        assert case.number == f"NGS-{case.year}-{case.sequence:05d}"
    forms = Counter(session.scalars(select(CaseViolenceForm.case_id)))
    assert set(forms.values()) <= {1, 2, 3} and len(forms) == CASES
    household = Counter(session.scalars(select(HouseholdMember.case_id)))
    assert set(household.values()) <= {1, 2, 3} and len(household) == CASES
    assert any(session.scalars(select(HouseholdMember.alleged_perpetrator)))
    referrals = Counter(session.scalars(select(Referral.case_id)))
    assert max(referrals.values()) <= 4
    assert {"incoming", "outgoing"} <= set(session.scalars(select(Referral.direction)))


def test_every_case_has_a_full_checklist_consistent_with_its_status(seeded: Session) -> None:
    session = seeded
    steps = _template_steps(session)
    items = Counter(session.scalars(select(ChecklistItem.case_id)))
    assert len(items) == CASES and set(items.values()) == {steps}
    open_on_closed = session.scalar(
        select(func.count())
        .select_from(ChecklistItem)
        .join(Case, Case.id == ChecklistItem.case_id)
        .where(Case.status == "closed", ChecklistItem.done_at.is_(None))
    )
    assert open_on_closed == 0
    na_without_reason = session.scalar(
        select(func.count()).where(ChecklistItem.not_applicable.is_(True), ChecklistItem.not_applicable_reason == "")
    )
    assert na_without_reason == 0


def test_outgoing_referrals_have_consent_or_a_recorded_reason(seeded: Session) -> None:
    session = seeded
    outgoing = session.execute(
        select(Referral.case_id, Referral.sent_at, Referral.consent_override_reason, Institution.sector)
        .join(Institution, Institution.id == Referral.institution_id)
        .where(Referral.direction == "outgoing", Referral.status != "draft")
    ).all()
    assert outgoing
    for case_id, sent_at, override, sector in outgoing:
        assert sent_at <= NOW
        assert override or consent_covers(session, case_id, sector, at=sent_at), (case_id, sector)
    assert session.scalar(select(func.count()).select_from(Consent)) > 0


def test_some_steps_and_referrals_are_overdue(seeded: Session) -> None:
    late_steps = overdue_steps(seeded, now=NOW)
    assert late_steps and all(step.due_at < NOW for step in late_steps)
    late_referrals = overdue(seeded, now=NOW)
    assert late_referrals and all(row.status == "sent" for row in late_referrals)


def test_a_real_case_registered_after_the_demo_gets_an_unused_number(session: Session) -> None:
    seed_demo(session, cases=CASES, seed=3)  # timeline ending today: this year's numbers are in play
    numbers = set(session.scalars(select(Case.number)))
    case = register_case(session, new_case("Amina", "Hodžić"), actor_id=None).case
    session.commit()
    assert case.number not in numbers
    last = session.scalar(select(func.max(Case.sequence)).where(Case.year == case.year, Case.id != case.id))
    assert case.sequence == (last or 0) + 1
    counters = dict(session.execute(select(CaseNumberSequence.year, CaseNumberSequence.last_value)).all())
    assert counters[case.year] == case.sequence


@pytest.fixture
def other_database(database_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A second fresh, initialised database on the same backend."""
    if make_url(database_url).get_backend_name() == "sqlite":
        target = tmp_path / "other.sqlite"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
        yield f"sqlite:///{target}"
        return
    name = f"registry_demo_{uuid.uuid4().hex[:10]}"
    admin: Engine = create_engine(database_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{request.getfixturevalue("pg_template")}"'))
    yield make_url(database_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _dump(session: Session) -> dict[str, list[tuple]]:
    tables = (
        Person,
        PersonSearchTerm,
        Case,
        HouseholdMember,
        CaseViolenceForm,
        ChecklistItem,
        Consent,
        Referral,
        CaseNumberSequence,
    )
    return {
        model.__tablename__: [
            tuple(row)
            for row in session.execute(select(model.__table__).order_by(*model.__table__.primary_key.columns))
        ]
        for model in tables
    }


def test_same_seed_gives_the_same_data_also_from_the_helper_process(
    session: Session, other_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_demo(session, cases=120, seed=11, now=NOW)
    first = _dump(session)
    monkeypatch.setattr(demo, "PARALLEL_MIN_CASES", 1)  # the second run generates in a helper process
    monkeypatch.setattr(demo, "BATCH_CASES", 50)
    engine = make_engine(other_database)
    try:
        with session_factory(engine)() as other:
            seed_demo(other, cases=120, seed=11, now=NOW)
            assert _dump(other) == first
    finally:
        engine.dispose()


def test_a_different_seed_gives_different_people(session: Session, other_database: str) -> None:
    seed_demo(session, cases=50, seed=1, now=NOW)
    engine = make_engine(other_database)
    try:
        with session_factory(engine)() as other:
            seed_demo(other, cases=50, seed=2, now=NOW)
            assert _dump(other)["person"] != _dump(session)["person"]
    finally:
        engine.dispose()


def test_only_if_empty_leaves_an_existing_register_alone(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        assert seed_demo(session, cases=20, only_if_empty=True, now=NOW).cases == 20
    with sessions() as session:
        assert seed_demo(session, cases=20, only_if_empty=True, now=NOW).cases == 0
        assert session.scalar(select(func.count()).select_from(Case)) == 20


def test_progress_after_each_batch_and_a_second_seed_adds_to_the_first(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BATCH_CASES", 40)
    done: list[int] = []
    seed_demo(session, cases=100, seed=5, now=NOW, progress=done.append)
    assert done == [40, 80, 100]
    seed_demo(session, cases=30, seed=6, now=NOW)
    assert session.scalar(select(func.count()).select_from(Case)) == 130
    assert session.scalar(select(func.count(func.distinct(Case.number)))) == 130


def test_references_hold_and_sqlite_settings_are_restored(session: Session, engine: Engine) -> None:
    seed_demo(session, cases=60, now=NOW)
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL checked every foreign key as the rows went in
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL, as registry.db sets it


def test_a_failed_batch_stops_the_helper_and_keeps_what_was_committed(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a register that already holds cases the rows go in batch by batch (an empty one: test_demo_copy)."""
    seed_demo(session, cases=10, now=NOW)
    monkeypatch.setattr(demo, "PARALLEL_MIN_CASES", 1)
    monkeypatch.setattr(demo, "BATCH_CASES", 50)
    write = demo._Writer.write
    calls: list[int] = []

    def failing_write(self: demo._Writer, rows: demo.Rows) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        write(self, rows)

    monkeypatch.setattr(demo._Writer, "write", failing_write)
    with pytest.raises(RuntimeError, match="disk full"):
        seed_demo(session, cases=500, now=NOW)
    assert not multiprocessing.active_children()
    session.rollback()
    assert session.scalar(select(func.count()).select_from(Case)) == 10 + 100
    counters = dict(session.execute(select(CaseNumberSequence.year, CaseNumberSequence.last_value)).all())
    assert sum(counters.values()) == 10 + 100  # the counters moved with the committed batches only
