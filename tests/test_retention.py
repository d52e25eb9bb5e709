"""Retention: old closed cases lose every identifying detail and keep every statistic."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import AuditEvent, Case, CaseNote, Person
from registry.services.case_records import add_note
from registry.services.cases import close_case, get_case, register_case
from registry.services.jmbg import make_jmbg
from registry.services.retention import apply_retention, retention_candidates
from registry.services.search import search_cases
from tests.helpers import new_case


def _closed_case(sessions, family: str, closed_years_ago: float) -> int:
    with transaction(sessions) as session:
        case = register_case(
            session,
            new_case("Emina", family, jmbg=make_jmbg(dt.date(2001, 5, 5), "F"), birth_date=None, sex=None),
            actor_id=None,
        ).case
        add_note(session, case.id, text="Majka navodi da je dijete udareno.", actor_id=None)
        close_case(
            session,
            case.id,
            reason_code="came_of_age",
            actor_id=None,
            open_steps_reason="Punoljetnost.",
            now=dt.datetime.now(dt.UTC) - dt.timedelta(days=365 * closed_years_ago),
        )
        return case.id


def test_dry_run_lists_and_retention_anonymises_only_old_closed_cases(sessions: sessionmaker[Session]) -> None:
    old = _closed_case(sessions, "Starić", 11)
    recent = _closed_case(sessions, "Nović", 2)
    with sessions() as session:
        assert [c.case_id for c in retention_candidates(session)] == [old]
    with transaction(sessions) as session:
        assert apply_retention(session, actor_id=None) == 1
    with sessions() as session:
        case = get_case(session, old)
        child = case.child
        assert (child.given_name, child.jmbg, child.anonymised) == ("[anonimizirano]", None, True)
        assert child.birth_date == dt.date(2001, 1, 1) and child.sex == "F"  # age band and sex still count
        assert [f.code for f in case.violence_forms] == ["neglect", "physical"]
        assert case.closure_reason == "came_of_age" and case.anonymised_at is not None
        notes = session.scalars(select(CaseNote.text).where(CaseNote.case_id == old)).all()
        assert notes == ["[anonimizirano]"]
        assert search_cases(session, "Starić") == []
        assert get_case(session, recent).child.family_name == "Nović"
    with transaction(sessions) as session:
        assert apply_retention(session, actor_id=None) == 0


def test_a_person_in_a_live_case_is_not_anonymised(sessions: sessionmaker[Session]) -> None:
    old = _closed_case(sessions, "Dvostruka", 12)
    with sessions() as session:
        child_id = session.scalar(select(Case.child_id).where(Case.id == old))
    with transaction(sessions) as session:
        register_case(session, new_case(existing_child_id=child_id), actor_id=None)
    with transaction(sessions) as session:
        apply_retention(session, actor_id=None)
    with sessions() as session:
        assert session.get(Person, child_id).family_name == "Dvostruka"


FORGOTTEN_GIVEN, FORGOTTEN_FAMILY = "Zaboravka", "Izbrisović"
FORGOTTEN_JMBG = make_jmbg(dt.date(2002, 7, 9), "F")
FORGOTTEN_ASSESSMENT = "Procjena: otac Izbrisović prijeti djetetu"


def _case_with_history(sessions) -> int:
    """A case whose audit events name the child, the JMBG and the assessment (field-level before/after)."""
    from registry.services.cases import CaseChanges, update_case
    from registry.services.people import PersonChanges

    with transaction(sessions) as session:
        case = register_case(session, new_case("Zaborav", "Staro", birth_date=None, sex=None), actor_id=None).case
    with transaction(sessions) as session:
        case = get_case(session, case.id)
        update_case(
            session,
            case.id,
            CaseChanges(
                child=PersonChanges(given_name=FORGOTTEN_GIVEN, family_name=FORGOTTEN_FAMILY, jmbg=FORGOTTEN_JMBG),
                assessment=FORGOTTEN_ASSESSMENT,
            ),
            expected_version=case.version,
            actor_id=None,
        )
    with transaction(sessions) as session:
        close_case(
            session,
            case.id,
            reason_code="came_of_age",
            actor_id=None,
            open_steps_reason="Punoljetnost.",
            now=dt.datetime.now(dt.UTC) - dt.timedelta(days=365 * 12),
        )
    return case.id


def _every_value(sessions) -> str:
    """Every row of every table as text, the audit trail included."""
    from tests.schema_fixtures import dump

    return json.dumps(dump(sessions.kw["bind"]), ensure_ascii=False, default=str)


def test_retention_erases_the_audit_details_and_the_chain_still_verifies(sessions: sessionmaker[Session]) -> None:
    from registry.services.audit import verify_chain
    from registry.services.retention import forget_freed_pages

    _case_with_history(sessions)
    before = _every_value(sessions)
    assert FORGOTTEN_FAMILY in before and FORGOTTEN_JMBG in before and FORGOTTEN_ASSESSMENT in before
    with transaction(sessions) as session:
        assert apply_retention(session, actor_id=None) == 1
    forget_freed_pages(sessions.kw["bind"])
    after = _every_value(sessions)
    for secret in (FORGOTTEN_GIVEN, FORGOTTEN_FAMILY, FORGOTTEN_JMBG, "prijeti djetetu"):
        assert secret not in after
    with sessions() as session:
        check = verify_chain(session)
        assert check.ok, check
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.redacted.is_(True))).all()
    assert "case.update" in actions and "case.create" in actions  # who did what and when is kept


def test_retention_leaves_no_name_or_jmbg_anywhere_in_the_file(tmp_path: Path) -> None:
    """Byte search of a plain register's file (and its write-ahead log) after retention: nothing left."""
    from registry.db import make_engine, session_factory, upgrade
    from registry.services.retention import forget_freed_pages
    from registry.services.setup import initialise

    path = tmp_path / "plain.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        initialise(session, "gacko")
    _case_with_history(sessions)
    raw = path.read_bytes() + Path(f"{path}-wal").read_bytes()
    assert FORGOTTEN_FAMILY.encode() in raw
    with transaction(sessions) as session:
        assert apply_retention(session, actor_id=None) == 1
    forget_freed_pages(engine)
    engine.dispose()
    files = [p for p in tmp_path.iterdir() if p.name.startswith("plain.sqlite")]
    found = {
        p.name: [
            s
            for s in (FORGOTTEN_GIVEN, FORGOTTEN_FAMILY, FORGOTTEN_JMBG, "prijeti djetetu")
            if s.encode() in p.read_bytes()
        ]
        for p in files
    }
    assert all(not hits for hits in found.values()), found
