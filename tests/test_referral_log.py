"""The referral log across cases: filters, keyset pages and visibility."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import Institution
from registry.services.cases import register_case
from registry.services.referral_log import ReferralQuery, list_referrals
from registry.services.referrals import ReferralInput, log_referral
from registry.services.users import UserInput, create_user
from tests.helpers import new_case

NOW = dt.datetime.now(dt.UTC)


def _seed(sessions: sessionmaker[Session], worker, supervisor) -> dict[str, int]:
    with transaction(sessions) as session:
        other = create_user(session, UserInput("mirza", "Mirza Kovač", "worker", "another password 1"), actor_id=None)
        mine = register_case(session, new_case("Amina", "Hodžić", lead_worker_id=worker.id), actor_id=None).case.id
        theirs = register_case(session, new_case("Emir", "Begić", lead_worker_id=other.id), actor_id=None).case.id
        police = session.scalar(select(Institution.id).where(Institution.sector == "police"))
        health = session.scalar(select(Institution.id).where(Institution.sector == "health"))
        ids = {}
        ids["late"] = log_referral(
            session,
            ReferralInput(
                mine,
                "outgoing",
                police,
                "letter",
                urgency="urgent",
                sent_at=NOW - dt.timedelta(days=5),
                consent_override_reason="Zakonska obaveza obavještavanja policije",
            ),
            actor_id=None,
        ).id
        ids["waiting"] = log_referral(
            session,
            ReferralInput(
                theirs,
                "outgoing",
                health,
                "letter",
                urgency="regular",
                sent_at=NOW - dt.timedelta(days=1),
                consent_override_reason="Hitna medicinska procjena djeteta",
            ),
            actor_id=None,
        ).id
        ids["incoming"] = log_referral(
            session,
            ReferralInput(theirs, "incoming", police, "phone", sent_at=NOW - dt.timedelta(hours=3)),
            actor_id=None,
        ).id
        ids["other_worker"] = other.id
    return ids


def test_filters_and_overdue(sessions: sessionmaker[Session], worker, supervisor) -> None:
    ids = _seed(sessions, worker, supervisor)
    with sessions() as session:
        everything = list_referrals(session, ReferralQuery(), actor_id=supervisor.id)
        assert [row.id for row in everything] == sorted((ids["late"], ids["waiting"], ids["incoming"]), reverse=True)
        assert [r.id for r in list_referrals(session, ReferralQuery(direction="incoming"), actor_id=supervisor.id)] == [
            ids["incoming"]
        ]
        unanswered = list_referrals(session, ReferralQuery(unanswered=True), actor_id=supervisor.id)
        assert {r.id for r in unanswered} == {ids["late"], ids["waiting"]}
        overdue = list_referrals(session, ReferralQuery(overdue=True), actor_id=supervisor.id)
        assert [r.id for r in overdue] == [ids["late"]]
        assert {r.id: r.overdue(NOW) for r in unanswered} == {ids["late"]: True, ids["waiting"]: False}
        assert [r.id for r in list_referrals(session, ReferralQuery(sector="health"), actor_id=supervisor.id)] == [
            ids["waiting"]
        ]
        by_worker = list_referrals(session, ReferralQuery(worker_id=ids["other_worker"]), actor_id=supervisor.id)
        assert {r.id for r in by_worker} == {ids["waiting"], ids["incoming"]}


def test_a_worker_sees_only_referrals_of_their_cases(sessions: sessionmaker[Session], worker, supervisor) -> None:
    ids = _seed(sessions, worker, supervisor)
    with sessions() as session:
        assert [r.id for r in list_referrals(session, ReferralQuery(), actor_id=worker.id)] == [ids["late"]]


def test_keyset_pages_cover_every_row_once(sessions: sessionmaker[Session], worker, supervisor) -> None:
    _seed(sessions, worker, supervisor)
    with sessions() as session:
        first = list_referrals(session, ReferralQuery(), actor_id=supervisor.id, limit=2)
        second = list_referrals(session, ReferralQuery(), actor_id=supervisor.id, limit=2, before_id=first[-1].id)
        assert len(first) == 2 and len(second) == 1
        assert {r.id for r in first}.isdisjoint(r.id for r in second)
