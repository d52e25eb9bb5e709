"""The per-user index of visible cases always equals the rule (lead, supervisor, co-worker, creator of a case with
no lead), whatever the history of assignments: checked after every step of random histories, and after an import
and demo data; a worker's lists and counts follow it."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import and_, exists, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Case, CaseViewer, CaseWorker, ChecklistItem, User
from registry.services.case_list import CaseQuery, count_cases
from registry.services.cases import CaseChanges, get_case, register_case, update_case
from registry.services.users import UserInput, create_user
from tests.helpers import new_case


def _by_rule(session: Session) -> set[tuple[int, int]]:
    """(user, case) pairs by the OR over the case's columns: the reference the index must equal."""
    pairs = set()
    for user_id in session.scalars(select(User.id)):
        rule = or_(
            Case.lead_worker_id == user_id,
            Case.supervisor_id == user_id,
            and_(Case.lead_worker_id.is_(None), Case.created_by_id == user_id),
            exists().where(CaseWorker.case_id == Case.id, CaseWorker.user_id == user_id),
        )
        pairs |= {(user_id, case_id) for case_id in session.scalars(select(Case.id).where(rule))}
    return pairs


def _indexed(session: Session) -> set[tuple[int, int]]:
    return {(row[0], row[1]) for row in session.execute(select(CaseViewer.user_id, CaseViewer.case_id))}


def _staff(sessions: sessionmaker[Session]) -> tuple[list[int], list[int]]:
    with transaction(sessions) as session:
        workers = [
            create_user(
                session, UserInput(f"radnik{n}", f"Radnik {n}", "worker", "lozinka radnika dugacka"), actor_id=None
            ).id
            for n in range(4)
        ]
        supervisors = [
            create_user(
                session,
                UserInput(f"sup{n}", f"Supervizor {n}", "supervisor", "lozinka supervizora duga"),
                actor_id=None,
            ).id
            for n in range(2)
        ]
    return workers, supervisors


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_index_equals_the_rule_after_every_step_of_a_random_history(sessions, seed: int) -> None:
    rng = random.Random(seed)
    workers, supervisors = _staff(sessions)
    cases: list[int] = []
    for _step in range(25):
        with transaction(sessions) as session:
            if not cases or rng.random() < 0.3:
                actor = rng.choice([None, *workers, *supervisors])
                lead = rng.choice([None, None, *workers])
                case = register_case(
                    session, new_case(family=f"Slučaj{len(cases)}", lead_worker_id=lead), actor_id=actor
                ).case
                cases.append(case.id)
            else:
                case = get_case(session, rng.choice(cases))
                changes = CaseChanges()
                which = rng.choice(["lead", "supervisor", "co", "all"])
                if which in ("lead", "all"):
                    changes.lead_worker_id = rng.choice([None, *workers])
                if which in ("supervisor", "all"):
                    changes.supervisor_id = rng.choice([None, *supervisors])
                if which in ("co", "all"):
                    changes.co_worker_ids = rng.sample(workers, rng.randint(0, 3))
                update_case(session, case.id, changes, expected_version=case.version, actor_id=None)
        with sessions() as session:
            assert _indexed(session) == _by_rule(session)
    with transaction(sessions) as session:  # some cases closed, so that open and overdue counts differ
        for case_id in cases[::3]:
            session.execute(update(Case).where(Case.id == case_id).values(status="closed"))
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=400)  # every open step is late by then
    with sessions() as session:  # and what a worker counts is what the rule shows
        for worker in workers:
            mine = {case for user, case in _by_rule(session) if user == worker}
            open_ = set(session.scalars(select(Case.id).where(Case.id.in_(mine), Case.status != "closed")))
            late = set(
                session.scalars(
                    select(ChecklistItem.case_id).where(
                        ChecklistItem.case_id.in_(open_), ChecklistItem.done_at.is_(None)
                    )
                )
            )
            assert count_cases(session, CaseQuery(), actor_id=worker) == len(mine)
            assert count_cases(session, CaseQuery(open_only=True), actor_id=worker) == len(open_)
            assert count_cases(session, CaseQuery(overdue=True), actor_id=worker, now=later) == len(late)
            # the general path agrees (every test case is of medium risk)
            assert count_cases(
                session, CaseQuery(overdue=True, risk_levels=("medium",)), actor_id=worker, now=later
            ) == len(late)


def test_demo_data_and_an_import_keep_the_index(sessions) -> None:
    from registry.services.demo import seed_demo

    with sessions() as session:
        seed_demo(session, cases=60, seed=5)
    with sessions() as session:
        indexed, rule = _indexed(session), _by_rule(session)
    assert indexed == rule and len(rule) >= 60


def test_an_import_keeps_the_index(sessions) -> None:
    from registry.services.importing import import_files
    from tests.test_import import BIH_ROWS, excel_bih_csv

    workers, _supervisors = _staff(sessions)
    with transaction(sessions) as session:
        result = import_files(session, [("predmeti.csv", excel_bih_csv(BIH_ROWS))], actor_id=workers[0], language="en")
    assert result.created == 2
    with sessions() as session:
        indexed = _indexed(session)
        assert indexed == _by_rule(session)
        assert count_cases(session, CaseQuery(open_only=False), actor_id=workers[0]) == 2
        assert count_cases(session, CaseQuery(open_only=False), actor_id=workers[1]) == 0
