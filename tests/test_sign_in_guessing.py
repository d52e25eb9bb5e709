"""Sign-in resists guessing without locking the owner out: a growing wait instead of a lockout, an administrator
ends it, the idle lock always opens for the right password, unknown and waiting accounts answer alike, a name
field holding a password is never stored, common passwords are refused, parallel guesses are all counted."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from registry import i18n
from registry.cli import main
from registry.db import make_engine, session_factory, transaction
from registry.models import AuditEvent, User
from registry.services import users
from registry.services.access import AccessDenied
from registry.services.errors import ValidationError
from registry.services.users import (
    FREE_TRIES,
    MAX_DELAY,
    SignInRefused,
    UserInput,
    create_user,
    delay_after,
    sign_in,
    unlock_account,
    unlock_idle,
)

ROOT = Path(__file__).resolve().parents[1]
RIGHT = "correct horse battery"


def _guess(sessions, name: str = "amra", password: str = "wrong password", **kw) -> str:
    with pytest.raises(SignInRefused) as refused:
        sign_in(sessions, name, password, **kw)
    return refused.value.message("en")


def test_the_wait_grows_with_each_wrong_password_and_has_a_ceiling() -> None:
    waits = [delay_after(n).total_seconds() for n in range(1, 14)]
    assert waits[: FREE_TRIES - 1] == [0] * (FREE_TRIES - 1)
    assert waits[FREE_TRIES - 1 : FREE_TRIES + 3] == [5, 10, 20, 40]
    assert max(waits) == MAX_DELAY.total_seconds() == 600


def test_the_owner_gets_in_after_the_wait_and_an_administrator_can_end_it(sessions, worker) -> None:
    moment = dt.datetime.now(dt.UTC)
    for _ in range(FREE_TRIES + 2):  # the last two come during the wait: refused without being checked
        _guess(sessions, now=moment)
    with sessions() as session:
        failures = session.scalar(select(User.failed_logins).where(User.id == worker.id))
    assert failures == FREE_TRIES
    _guess(sessions, password=RIGHT, now=moment)  # still waiting
    with transaction(sessions) as session:
        admin = create_user(
            session, UserInput("admin", "Admin", "administrator", "administratorova lozinka"), actor_id=None
        )
    with pytest.raises(AccessDenied), transaction(sessions) as session:
        unlock_account(session, worker.id, actor_id=worker.id)
    with transaction(sessions) as session:
        unlock_account(session, worker.id, actor_id=admin.id)
    assert sign_in(sessions, "amra", RIGHT, now=moment).id == worker.id


def test_the_owners_right_password_always_opens_the_idle_lock(sessions, worker) -> None:
    for _ in range(12):  # a passer-by's guesses at the locked window and at sign-in
        _guess(sessions)
    with pytest.raises(SignInRefused):
        unlock_idle(sessions, worker.id, "another wrong one")
    assert unlock_idle(sessions, worker.id, RIGHT).id == worker.id
    with sessions() as session:
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(2)).all()
    assert actions == ["signin.idle_unlock", "signin.failed"]


def test_unknown_and_waiting_accounts_answer_alike_after_the_same_work(sessions, worker, monkeypatch) -> None:
    moment = dt.datetime.now(dt.UTC)
    for _ in range(FREE_TRIES):
        _guess(sessions, now=moment)
    verified: list[str] = []

    class Counting:
        def __init__(self, real) -> None:
            self.real = real

        def verify(self, stored: str, password: str) -> bool:
            verified.append(password)
            return self.real.verify(stored, password)

        def __getattr__(self, name: str):
            return getattr(self.real, name)

    monkeypatch.setattr(users, "_hasher", Counting(users._hasher))
    for language in i18n.LANGUAGES:
        answers = set()
        for name in ("amra", "nobody"):
            with pytest.raises(SignInRefused) as refused:
                sign_in(sessions, name, RIGHT, now=moment)
            answers.add(refused.value.message(language))
        assert len(answers) == 1, language
    assert len(verified) == 2 * len(i18n.LANGUAGES)  # one argon2 verification each, waiting or unknown


def test_a_password_typed_as_the_user_name_is_never_stored(sessions, database_url: str) -> None:
    from tests.schema_fixtures import dump

    secret = "Moja-Tajna-Lozinka-77"
    _guess(sessions, name=secret)
    _guess(sessions, name=f"amra {secret}")
    everything = json.dumps(dump(sessions.kw["bind"]), ensure_ascii=False, default=str)
    assert secret not in everything and secret.lower() not in everything


@pytest.mark.parametrize(
    "password",
    [
        "lozinka123",
        "sarajevo2026",
        "password12",
        "Sarajevo2026!",
        "Лозинка2026",
        "qwertz123456",
        "password123",
        "amra2026!!",
    ],
)
def test_common_passwords_are_refused(sessions, password: str) -> None:
    with pytest.raises(ValidationError) as refused, transaction(sessions) as session:
        create_user(session, UserInput("amra", "Amra Hadžić", "worker", password), actor_id=None)
    assert refused.value.fields() == {"password"}
    for language in i18n.LANGUAGES:
        assert "{" not in refused.value.message(language)


def test_a_sentence_is_accepted(sessions) -> None:
    with transaction(sessions) as session:
        create_user(session, UserInput("amra", "Amra Hadžić", "worker", "zeleni tramvaj ide na Ilidžu"), actor_id=None)


GUESSER = r"""
import sys, time
from pathlib import Path
from registry.db import make_engine, session_factory
from registry.services.errors import RegistryError
from registry.services.users import SignInRefused, sign_in

url, go, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
sessions = session_factory(make_engine(url))
while not go.exists():
    time.sleep(0.005)
refused = 0
for index in range(count):
    try:
        sign_in(sessions, "amra", f"pogresna lozinka {index}")
    except SignInRefused:
        refused += 1
print(refused, flush=True)
"""
GUESSERS, GUESSES = 4, 6


def _guess_in_parallel(url: str, tmp_path: Path) -> list[int]:
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", GUESSER, url, str(go), str(GUESSES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(GUESSERS)
    ]
    time.sleep(1.5)
    go.touch()
    results = []
    for process in processes:
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0 and "Error" not in err, err[-2000:]
        results.append(int(out.strip()))
    return results


def _counted(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    with session_factory(engine)() as session:
        attempts = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action.in_(("signin.failed", "signin.throttled")))
        )
        failures = session.scalar(select(User.failed_logins).where(User.username == "amra"))
    engine.dispose()
    return attempts or 0, failures or 0


def _with_worker(url: str) -> None:
    engine = make_engine(url)
    with transaction(session_factory(engine)) as session:
        create_user(session, UserInput("amra", "Amra Hadžić", "worker", RIGHT), actor_id=None)
    engine.dispose()


def test_parallel_guesses_from_several_pcs_are_all_counted_encrypted(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("REGISTRY_DB_PASSPHRASE", "lozinka za test pogađanja")
    url = f"sqlite:///{tmp_path / 'registry.sqlite'}"
    assert main(["--db", url, "init", "--profile", "gacko"]) == 0
    _with_worker(url)
    assert _guess_in_parallel(url, tmp_path) == [GUESSES] * GUESSERS  # every one refused, none crashed
    attempts, failures = _counted(url)
    assert attempts == GUESSERS * GUESSES and failures >= FREE_TRIES


def test_parallel_guesses_from_several_pcs_are_all_counted_postgresql(tmp_path: Path) -> None:
    from tests.conftest import PG_URL, scratch_pg_database

    if not PG_URL:
        pytest.skip("REGISTRY_TEST_DATABASE_URL is not set: PostgreSQL tests skipped")
    with scratch_pg_database("registry_guess") as (_name, url):
        assert main(["--db", url, "init", "--profile", "gacko"]) == 0
        _with_worker(url)
        assert _guess_in_parallel(url, tmp_path) == [GUESSES] * GUESSERS
        attempts, failures = _counted(url)
        assert attempts == GUESSERS * GUESSES and failures >= FREE_TRIES


def test_the_wait_uses_the_moment_given(sessions, worker) -> None:
    moment = dt.datetime.now(dt.UTC)
    for _ in range(FREE_TRIES):
        _guess(sessions, now=moment)
    _guess(sessions, password=RIGHT, now=moment + dt.timedelta(seconds=2))
    assert sign_in(sessions, "amra", RIGHT, now=moment + dt.timedelta(seconds=6)).id == worker.id
