"""``registry server prepare`` on a real PostgreSQL server: the owner makes the schema, the PCs' role may work
with cases but cannot change the schema or rewrite the audit trail."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from registry.cli import main
from tests.conftest import PG_URL, scratch_pg_database


@pytest.fixture
def owned_database() -> Iterator[tuple[str, str]]:
    """An empty database owned by a fresh (non-superuser) owner role: (owner URL, app role name)."""
    if not PG_URL:
        pytest.skip("REGISTRY_TEST_DATABASE_URL is not set: PostgreSQL tests skipped")
    suffix = uuid.uuid4().hex[:8]
    owner, app = f"registry_owner_{suffix}", f"registry_app_{suffix}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{owner}" LOGIN CREATEROLE'))
    try:
        with scratch_pg_database("registry_server") as (name, _url):
            with admin.connect() as connection:
                connection.execute(text(f'ALTER DATABASE "{name}" OWNER TO "{owner}"'))
            database_admin = create_engine(make_url(PG_URL).set(database=name), isolation_level="AUTOCOMMIT")
            with database_admin.connect() as connection:  # PostgreSQL 15: public belongs to pg_database_owner
                connection.execute(text(f'ALTER SCHEMA public OWNER TO "{owner}"'))
            database_admin.dispose()
            yield make_url(PG_URL).set(database=name, username=owner).render_as_string(hide_password=False), app
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP ROLE IF EXISTS "{app}"'))
            connection.execute(text(f'DROP ROLE IF EXISTS "{owner}"'))
        admin.dispose()


def test_prepare_makes_a_least_privilege_role_and_an_append_only_audit_trail(
    owned_database, tmp_path, capsys, cli_user
) -> None:
    from registry.services.demo import DEMO_PASSWORD

    owner_url, app = owned_database
    assert main(["--lang", "en", "--db", owner_url, "server", "prepare", "--app-role", app]) == 0
    assert "append-only" in capsys.readouterr().out
    assert main(["--db", owner_url, "init", "--profile", "posusje"]) == 0
    assert main(["--db", owner_url, "server", "prepare", "--app-role", app]) == 0  # again: changes nothing
    app_url = make_url(owner_url).set(username=app).render_as_string(hide_password=False)
    engine = create_engine(app_url)
    with engine.begin() as connection:  # the PCs can work: read, write cases, append to the trail
        assert connection.execute(text("SELECT count(*) FROM centre")).scalar() == 1
        connection.execute(text("UPDATE centre SET phone = '033 000 000'"))
    assert main(["--db", owner_url, "demo", "--cases", "5"]) == 0
    with engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM audit_event")).scalar()
    cli_user("jasmina.karic", DEMO_PASSWORD)  # the demo register's supervisor signs the command line in
    assert main(["--db", app_url, "export", "cases", "-o", str(tmp_path / "cases.csv")]) == 0  # audited
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_event")).scalar() == before + 1
    denied = [
        "UPDATE audit_event SET action = 'x'",
        "DELETE FROM audit_event",
        "TRUNCATE audit_event",
        "CREATE TABLE intruder (id int)",
        "DROP TABLE case_note",
        "ALTER TABLE case_file ADD COLUMN x int",
        "UPDATE alembic_version SET version_num = 'x'",
    ]
    for statement in denied:
        with engine.connect() as connection, pytest.raises(ProgrammingError, match="permission denied|must be owner"):
            connection.execute(text(statement))
            connection.commit()
    cli_user("marija.jukic", DEMO_PASSWORD)  # the auditor checks the trail
    assert main(["--db", app_url, "audit", "verify"]) == 0
    engine.dispose()


def test_the_app_role_cannot_upgrade_the_schema_and_says_who_can(owned_database, capsys) -> None:
    owner_url, app = owned_database
    assert main(["--db", owner_url, "server", "prepare", "--app-role", app]) == 0
    owner = create_engine(owner_url)
    with owner.begin() as connection:  # the server is one revision behind this program
        previous = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        from registry.db import known_revisions

        connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": known_revisions()[-2]})
    owner.dispose()
    app_url = make_url(owner_url).set(username=app).render_as_string(hide_password=False)
    capsys.readouterr()
    assert main(["--lang", "en", "--db", app_url, "search", "x"]) == 1
    err = capsys.readouterr().err
    assert "IT upgrades it as the database owner" in err and previous in err


def test_prepare_refuses_sqlite(tmp_path, capsys) -> None:
    assert main(["--lang", "en", "--db", f"sqlite:///{tmp_path / 'r.sqlite'}", "server", "prepare"]) == 1
    assert "PostgreSQL server only" in capsys.readouterr().err


def test_sslmode_is_honoured_and_a_refused_connection_is_explained(capsys) -> None:
    if not PG_URL:
        pytest.skip("REGISTRY_TEST_DATABASE_URL is not set: PostgreSQL tests skipped")
    with create_engine(PG_URL).connect() as connection:
        if connection.execute(text("SHOW ssl")).scalar() == "on":
            pytest.skip("this server offers SSL; the test needs one that does not")
    url = make_url(PG_URL).update_query_dict({"sslmode": "require"}).render_as_string(hide_password=False)
    assert main(["--lang", "bs", "--db", url, "search", "x"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Veza s bazom nije uspjela:") and "SSL" in err and "Traceback" not in err
