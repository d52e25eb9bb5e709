"""Shared fixtures: real databases (a SQLite file always, PostgreSQL when REGISTRY_TEST_DATABASE_URL is set).

A migrated and initialised database is built once per test session per backend; each test gets its own copy
(a file copy for SQLite, ``CREATE DATABASE ... TEMPLATE`` for PostgreSQL).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

PG_URL = os.environ.get("REGISTRY_TEST_DATABASE_URL")
TEST_PROFILE = "novi-grad-sarajevo"


class MemoryKeyring(KeyringBackend):
    """The OS keyring cannot exist on a headless test machine; this one lives for the test only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashes() -> Iterator[None]:
    """Argon2 at its cheapest, in this test process only: production hashing costs ~0.3 s a password on purpose,
    and tests create and check hundreds of them. Hashes keep their own parameters, so either kind verifies;
    subprocesses (the command line under test) hash as production does. See test_production_hashes_stay_strong."""
    from argon2 import PasswordHasher

    from registry.services import users

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
        yield


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch the real user's data folder or database."""
    folder = tmp_path / "data"
    monkeypatch.setenv("REGISTRY_DATA_DIR", str(folder))
    monkeypatch.delenv("REGISTRY_DATABASE_URL", raising=False)
    monkeypatch.delenv("REGISTRY_LANG", raising=False)
    for name in ("REGISTRY_USER", "REGISTRY_PASSWORD", "REGISTRY_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return folder


def _initialise(url: str) -> None:
    from registry.db import make_engine, session_factory, transaction, upgrade
    from registry.services.setup import initialise

    engine = make_engine(url)
    upgrade(engine)
    with transaction(session_factory(engine)) as session:
        initialise(session, TEST_PROFILE)
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "registry.sqlite"
    _initialise(f"sqlite:///{path}")
    return path


@contextmanager
def scratch_pg_database(prefix: str, template: str | None = None) -> Iterator[tuple[str, str]]:
    """A PostgreSQL database of its own (optionally a copy of ``template``), dropped afterwards: (name, URL)."""
    if not PG_URL:
        pytest.skip("REGISTRY_TEST_DATABASE_URL is not set: PostgreSQL tests skipped")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    copy_of = f' TEMPLATE "{template}"' if template else ""
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"{copy_of}'))
    try:
        yield name, make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    with scratch_pg_database("registry_template") as (name, url):
        _initialise(url)
        yield name


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, initialised database for this test, on each backend in turn."""
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        target = tmp_path / "registry.sqlite"
        shutil.copyfile(template, target)
        yield f"sqlite:///{target}"
        return
    with scratch_pg_database("registry_test", request.getfixturevalue("pg_template")) as (_name, url):
        yield url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    from registry.db import make_engine

    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    from registry.db import session_factory

    return session_factory(engine)


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with sessions() as session:
        yield session


@pytest.fixture
def worker(sessions: sessionmaker[Session]):
    from registry.db import transaction
    from registry.services.users import UserInput, create_user

    with transaction(sessions) as session:
        return create_user(session, UserInput("amra", "Amra Hadžić", "worker", "correct horse battery"), actor_id=None)


@pytest.fixture
def supervisor(sessions: sessionmaker[Session]):
    from registry.db import transaction
    from registry.services.users import UserInput, create_user

    with transaction(sessions) as session:
        return create_user(
            session, UserInput("dragan", "Драган Јовић", "supervisor", "supervisor password 1"), actor_id=None
        )


@pytest.fixture
def cli_user(monkeypatch: pytest.MonkeyPatch):
    """The command line acts as a signed-in user: ``cli_user("admin", "its password")`` signs every following
    ``registry`` command in as that user (REGISTRY_USER and REGISTRY_PASSWORD, as a scheduled job would)."""

    def sign_in(name: str, password: str) -> None:
        monkeypatch.setenv("REGISTRY_USER", name)
        monkeypatch.setenv("REGISTRY_PASSWORD", password)

    return sign_in
