"""Databases frozen at each schema revision, so every later migration is tested on real data.

When a new revision is about to be added, run ``python -m tests.schema_fixtures`` *before* writing it: it fills a
database at the current head through the services (cases in every state, referrals, checklists, notes, measures,
consents, audit events) and saves every row to ``tests/fixtures/schema/<revision>.json``.  The migration tests load
each file into a database at that revision, upgrade it to head and check that nothing was lost.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Engine, MetaData, select

FIXTURES = Path(__file__).parent / "fixtures" / "schema"


def dump(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    metadata = MetaData()
    with engine.connect() as connection:
        metadata.reflect(connection)
        return {
            table.name: [
                {key: _plain(value) for key, value in row.items()}
                for row in connection.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            ]
            for table in metadata.sorted_tables
            if table.name != "alembic_version"
        }


def without_derived(after: dict[str, list[dict[str, Any]]], revision: str) -> dict[str, list[dict[str, Any]]]:
    """``after`` (a dump after upgrading from ``revision``) without the rows later revisions derive from the saved
    ones: from 0010 on, each person's pairs of name words (their own test: tests/test_migration_0010.py)."""
    from registry.services.names import PAIR_MARK

    if revision < "0010":
        after["person_search_term"] = [
            row for row in after["person_search_term"] if not row["term"].startswith(PAIR_MARK)
        ]
    return after


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def load(engine: Engine, rows_by_table: dict[str, list[dict[str, Any]]]) -> None:
    """Insert saved rows into a database at the revision they were saved from, converting by column type."""
    metadata = MetaData()
    with engine.begin() as connection:
        metadata.reflect(connection)
        for table in metadata.sorted_tables:
            rows = rows_by_table.get(table.name, [])
            if rows:
                connection.execute(table.insert(), [_typed(table, row) for row in rows])
        if connection.dialect.name == "postgresql":  # keep sequences ahead of the ids we inserted
            for table in metadata.sorted_tables:
                if "id" in table.c and rows_by_table.get(table.name):
                    # table names come from reflection, not from input
                    sql = f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), (SELECT max(id) FROM \"{table.name}\"))"  # noqa: S608
                    connection.exec_driver_sql(sql)


def _typed(table, row: dict[str, Any]) -> dict[str, Any]:
    typed = {}
    for key, value in row.items():
        column_type = table.c[key].type
        if value is None or isinstance(column_type, JSON):
            typed[key] = value
        elif isinstance(column_type, DateTime):
            typed[key] = dt.datetime.fromisoformat(value)
        elif isinstance(column_type, Date):
            typed[key] = dt.date.fromisoformat(value)
        elif isinstance(column_type, Boolean):
            typed[key] = bool(value)
        else:
            typed[key] = value
    return typed


def build(engine: Engine) -> None:
    """Fill an initialised database through the services with one of everything the register holds."""
    from registry.db import session_factory, transaction
    from registry.models import CaseWorker, Institution
    from registry.services import case_records, cases, protocols, referrals
    from registry.services.people import PersonInput
    from registry.services.users import UserInput, create_user
    from tests.helpers import new_case

    sessions = session_factory(engine)
    now = dt.datetime.now(dt.UTC)
    with transaction(sessions) as session:
        worker = create_user(session, UserInput("radnik", "Selma Begović", "worker", "fixture-password"), actor_id=None)
        boss = create_user(session, UserInput("sef", "Драган Јовић", "supervisor", "fixture-password"), actor_id=None)
        worker_id, boss_id = worker.id, boss.id
    children = [("Amina", "Hodžić"), ("Мирослав", "Хоџић"), ("Đorđe", "Đurđević"), ("Lejla", "Čolić")]
    for index, (given, family) in enumerate(children):
        with transaction(sessions) as session:
            case = cases.register_case(
                session,
                new_case(
                    given,
                    family,
                    hours_ago=200 - index * 30,
                    lead_worker_id=worker_id,
                    supervisor_id=boss_id,
                    household=[cases.HouseholdInput(PersonInput("Senad", family), "father", True, True)],
                ),
                actor_id=worker_id,
            ).case
            case_id = case.id
            police = session.scalar(select(Institution.id).where(Institution.sector == "police"))
            session.add(CaseWorker(case_id=case_id, user_id=boss_id))
            referral = referrals.log_referral(
                session,
                referrals.ReferralInput(
                    case_id,
                    "outgoing",
                    police,
                    "letter",
                    reason="Obavještenje",
                    requested_action="Izvještaj",
                    registry_number=f"02-35-{index}/26",
                    consent_override_reason="Zakonska obaveza obavještavanja policije.",
                ),
                actor_id=worker_id,
            )
            referrals.send_referral(session, referral.id, actor_id=worker_id, sent_at=now - dt.timedelta(days=9))
            if index % 2:
                referrals.record_response(session, referral.id, summary="Izvještaj dostavljen.", actor_id=worker_id)
            case_records.add_note(session, case_id, text="Kućna posjeta.", kind="home_visit", actor_id=worker_id)
            case_records.add_incident(
                session,
                case_id,
                case_records.IncidentInput(now - dt.timedelta(days=10), "Udaren u školi.", ["physical"], "Škola"),
                actor_id=worker_id,
            )
            case_records.add_measure(session, case_id, code="counselling", started_on=now.date(), actor_id=worker_id)
            case_records.add_conference(
                session,
                case_id,
                held_at=now - dt.timedelta(days=1),
                participants="Centar, škola, policija",
                minutes="Dogovoren plan.",
                actor_id=worker_id,
            )
            case_records.record_consent(
                session,
                case_id,
                given_by_name="Majka",
                sectors=["education"],
                purpose="Razmjena sa školom",
                actor_id=worker_id,
            )
            first = protocols.case_checklist(session, case_id)[0]
            protocols.complete_step(session, first.id, actor_id=worker_id)
        if index == 3:
            with transaction(sessions) as session:
                cases.close_case(
                    session,
                    case_id,
                    reason_code="goals_met",
                    actor_id=boss_id,
                    open_steps_reason="Fixture: closed early.",
                )


def main() -> None:
    import tempfile

    from registry.db import head_revision, make_engine, session_factory, transaction, upgrade
    from registry.services.setup import initialise

    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{folder}/fixture.sqlite")
        upgrade(engine)
        with transaction(session_factory(engine)) as session:
            initialise(session, "novi-grad-sarajevo")
        build(engine)
        FIXTURES.mkdir(parents=True, exist_ok=True)
        target = FIXTURES / f"{head_revision()}.json"
        target.write_text(json.dumps(dump(engine), ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        engine.dispose()
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
