"""Who is editing a case, across PCs: leases with a heartbeat, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import CaseLease
from registry.services.case_leases import LEASE_SECONDS, lease_state, release_lease, take_lease
from registry.services.cases import register_case
from tests.helpers import new_case


def _case(sessions: sessionmaker[Session]) -> int:
    with transaction(sessions) as session:
        return register_case(session, new_case(), actor_id=None).case.id


def _age(sessions: sessionmaker[Session], case_id: int, seconds: int) -> None:
    """The holder's PC went silent ``seconds`` ago (its heartbeats stopped)."""
    with transaction(sessions) as session:
        lease = session.get_one(CaseLease, case_id)
        session.execute(
            update(CaseLease)
            .where(CaseLease.case_id == case_id)
            .values(renewed_at=lease.renewed_at - dt.timedelta(seconds=seconds))
        )


def test_a_second_pc_sees_who_is_editing_until_the_first_goes_silent(sessions, worker, supervisor) -> None:
    case_id = _case(sessions)
    with transaction(sessions) as session:
        assert take_lease(session, case_id, worker.id, "PC-01").mine
    with transaction(sessions) as session:
        other = take_lease(session, case_id, supervisor.id, "PC-02")
    assert not other.mine and other.other is not None
    assert (other.other.full_name, other.other.workstation) == ("Amra Hadžić", "PC-01")
    with transaction(sessions) as session:  # heartbeats keep it; the start time stays the first opening
        first = session.get_one(CaseLease, case_id).acquired_at
        assert take_lease(session, case_id, worker.id, "PC-01").mine
        assert session.get_one(CaseLease, case_id).acquired_at == first
    _age(sessions, case_id, LEASE_SECONDS - 20)
    with transaction(sessions) as session:  # still alive: not taken over
        assert not take_lease(session, case_id, supervisor.id, "PC-02").mine
    _age(sessions, case_id, 40)
    with transaction(sessions) as session:  # silent too long: the second PC takes it over
        assert take_lease(session, case_id, supervisor.id, "PC-02").mine
    with transaction(sessions) as session:  # the first PC's next heartbeat learns it lost the lease
        lost = take_lease(session, case_id, worker.id, "PC-01")
        assert not lost.mine and lost.other is not None and lost.other.full_name == "Драган Јовић"
        release_lease(session, case_id, worker.id, "PC-01")  # releasing never removes someone else's lease
        assert lease_state(session, case_id, supervisor.id, "PC-02").mine
    with transaction(sessions) as session:
        release_lease(session, case_id, supervisor.id, "PC-02")
        assert lease_state(session, case_id, worker.id, "PC-01") == lease_state(session, case_id, 0, "x")
        assert take_lease(session, case_id, worker.id, "PC-01").mine


def test_the_same_user_on_another_pc_is_told_too(sessions, worker) -> None:
    case_id = _case(sessions)
    with transaction(sessions) as session:
        take_lease(session, case_id, worker.id, "PC-01")
        state = take_lease(session, case_id, worker.id, "LAPTOP")
    assert not state.mine and state.other is not None and state.other.workstation == "PC-01"


def _race(sessions: sessionmaker[Session], case_id: int, holders: list[tuple[int, str]]) -> list[bool]:
    """Every holder opens the case at the same moment, each in its own connection; who got it."""
    barrier = threading.Barrier(len(holders))
    results: list[bool] = []

    def open_case(user_id: int, workstation: str) -> None:
        with sessions() as session:
            barrier.wait()
            with session.begin():
                results.append(take_lease(session, case_id, user_id, workstation).mine)

    threads = [threading.Thread(target=open_case, args=holder) for holder in holders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_two_pcs_opening_at_once_never_both_hold_it(sessions, worker, supervisor) -> None:
    trials = 12
    outcomes = [
        _race(sessions, _case(sessions), [(worker.id, "PC-01"), (supervisor.id, "PC-02")]) for _ in range(trials)
    ]
    assert [outcome.count(True) for outcome in outcomes] == [1] * trials
