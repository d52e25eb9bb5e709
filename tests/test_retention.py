"""Retention: old closed cases lose every identifying detail and keep every statistic."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Case, CaseNote, Person
from registry.services.case_records import add_note
from registry.services.cases import close_case, get_case, register_case
from registry.services.jmbg import make_jmbg
from registry.services.retention import apply_retention, retention_candidates
from registry.services.search import search_cases
from tests.helpers import new_case


def _closed_case(sessions, family: str, closed_years_ago: float) -> int:
    with transaction(sessions) as session:
        case = register_case(session, new_case("Emina", family, jmbg=make_jmbg(dt.date(2001, 5, 5), "F"),
                                               birth_date=None, sex=None), actor_id=None).case
        add_note(session, case.id, text="Majka navodi da je dijete udareno.", actor_id=None)
        close_case(session, case.id, reason_code="came_of_age", actor_id=None, open_steps_reason="Punoljetnost.",
                   now=dt.datetime.now(dt.UTC) - dt.timedelta(days=365 * closed_years_ago))
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
