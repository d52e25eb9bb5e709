"""Sign-in with argon2 hashes and lockout; the hash-chained audit trail; verified backups."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import AuditEvent, User
from registry.services.audit import verify_chain
from registry.services.backup import online_backup
from registry.services.cases import register_case
from registry.services.errors import ValidationError
from registry.services.integrity import RegisterDamaged
from registry.services.users import FREE_TRIES, SignInRefused, UserInput, create_user, delay_after, sign_in
from tests.helpers import new_case


def test_password_is_stored_as_argon2_and_sign_in_works(sessions: sessionmaker[Session], worker) -> None:
    with sessions() as session:
        stored = session.scalar(select(User.password_hash).where(User.id == worker.id))
    assert stored.startswith("$argon2") and "correct horse" not in stored
    assert sign_in(sessions, "AMRA", "correct horse battery").id == worker.id


def test_weak_password_and_taken_name_are_refused(sessions: sessionmaker[Session], worker) -> None:
    with pytest.raises(ValidationError) as raised, transaction(sessions) as session:
        create_user(session, UserInput("Amra", "Druga Amra", "worker", "short"), actor_id=None)
    assert raised.value.fields() == {"username", "password"}
    assert "10" in raised.value.message("en")


def test_repeated_failures_slow_the_account_down_for_a_while(sessions: sessionmaker[Session], worker) -> None:
    moment = dt.datetime.now(dt.UTC)
    for _ in range(FREE_TRIES):
        with pytest.raises(SignInRefused):
            sign_in(sessions, "amra", "wrong password", now=moment)
    with pytest.raises(SignInRefused) as waiting:
        sign_in(sessions, "amra", "correct horse battery", now=moment)  # even the right password, while it waits
    assert "10" in waiting.value.message("bs")
    later = moment + delay_after(FREE_TRIES) + dt.timedelta(seconds=1)
    assert sign_in(sessions, "amra", "correct horse battery", now=later).id == worker.id


def test_unknown_user_and_wrong_password_say_the_same(sessions: sessionmaker[Session], worker) -> None:
    messages = []
    for name, password in (("nobody", "whatever"), ("amra", "wrong")):
        with pytest.raises(SignInRefused) as refused:
            sign_in(sessions, name, password)
        messages.append(refused.value.message("en"))
    assert messages[0] == messages[1]


def test_audit_chain_verifies_and_names_the_first_tampered_event(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        for index in range(3):
            register_case(session, new_case(family=f"Audit{index}"), actor_id=None)
    with sessions() as session:
        check = verify_chain(session)
        assert check.ok and check.events >= 4
        events = list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))
    target = events[len(events) // 2]
    with transaction(sessions) as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == target).values(action="case.delete"))
    with sessions() as session:
        check = verify_chain(session)
    assert not check.ok and check.first_broken_id == target


def test_deleting_an_audit_row_breaks_the_chain(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        for index in range(3):
            register_case(session, new_case(family=f"Audit{index}"), actor_id=None)
    with sessions() as session:
        ids = list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))
    with transaction(sessions) as session:
        session.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": ids[1]})
    with sessions() as session:
        assert verify_chain(session).first_broken_id == ids[2]


def test_sqlite_backup_is_identical_and_a_corrupt_copy_is_caught(tmp_path: Path, sqlite_template: Path) -> None:
    backup = online_backup(sqlite_template, None, tmp_path / "backup.sqlite")
    with sqlite3.connect(sqlite_template) as original, sqlite3.connect(backup) as copy:
        query = "SELECT kind, code, label_sr_cyrl FROM lookup ORDER BY kind, code"
        assert original.execute(query).fetchall() == copy.execute(query).fetchall()
    corrupt = tmp_path / "corrupt.sqlite"
    data = bytearray(sqlite_template.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\xff" * 4096
    corrupt.write_bytes(bytes(data))
    with pytest.raises(RegisterDamaged):  # the copy holds the register's pages: the register itself is damaged
        online_backup(corrupt, None, tmp_path / "from-corrupt.sqlite")
    assert not (tmp_path / "from-corrupt.sqlite").exists()


def test_production_hashes_stay_strong() -> None:
    """The suite hashes cheaply in-process (conftest); the application must keep argon2's strong defaults."""
    import subprocess
    import sys

    script = "from registry.services import users; print(users.hash_password('x' * 12).split('$')[3])"
    stored = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    parameters = {key: int(value) for key, value in (part.split("=") for part in stored.strip().split(","))}
    assert parameters["m"] >= 65536 and parameters["t"] >= 3, stored
