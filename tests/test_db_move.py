"""``registry db move``: an encrypted register onto an empty PostgreSQL database, verified, all or nothing; a
database that holds anything is refused and left as it was; the PCs then reach the server by a URL, a
``pg_service.conf`` service name or IT's settings file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import keyring
import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from registry import keys
from registry.cli import main
from registry.db import is_encrypted_file, make_engine, session_factory, transaction, upgrade
from registry.models import Case
from registry.services.cases import register_case
from registry.services.table_copy import digests, verify
from tests.conftest import PG_URL, MemoryKeyring, scratch_pg_database
from tests.helpers import new_case

CASES = 12


@pytest.fixture(autouse=True)
def administrator(cli_user) -> None:
    """Moving a register and checking its trail are the IT administrator's commands: the demo administrator."""
    from registry.services.demo import DEMO_PASSWORD

    cli_user("edin.hasanovic", DEMO_PASSWORD)


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """An encrypted register with demo cases, made once: (file, its key)."""
    folder = tmp_path_factory.mktemp("move_source")
    path = folder / "centre.sqlite"
    previous, saved = keyring.get_keyring(), os.environ.get("REGISTRY_DATA_DIR")
    keyring.set_keyring(MemoryKeyring())
    os.environ["REGISTRY_DATA_DIR"] = str(folder / "data")
    try:
        assert main(["--db", f"sqlite:///{path}", "init", "--profile", "posusje"]) == 0
        assert main(["--db", f"sqlite:///{path}", "demo", "--cases", str(CASES)]) == 0
        key = keys.get_secret(keys.database_key_name(path))
    finally:
        keyring.set_keyring(previous)
        if saved is None:
            os.environ.pop("REGISTRY_DATA_DIR", None)
        else:
            os.environ["REGISTRY_DATA_DIR"] = saved
    assert key and is_encrypted_file(path)
    return path, key


@pytest.fixture
def source_url(centre: tuple[Path, str], tmp_path: Path, capsys) -> str:
    """This test's copy of the register, its key in this test's keyring."""
    path, key = centre
    copy = tmp_path / "centre.sqlite"
    shutil.copyfile(path, copy)
    keys.store_secret(keys.database_key_name(copy), key)
    capsys.readouterr()
    return f"sqlite:///{copy}"


def _move(capsys, source: str, target: str, *extra: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "--db", source, *extra, "db", "move", "--to", target])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_register_moves_whole_and_verified_and_the_server_goes_on_from_it(source_url, tmp_path, capsys) -> None:
    with scratch_pg_database("registry_move") as (_name, target_url):
        code, out, err = _move(capsys, source_url, target_url)
        assert code == 0, err
        assert "Verified: in all" in out and "The audit trail is intact" in out
        assert "database_service" in out and "server prepare" in out  # what IT does next
        assert "100%" in err  # progress
        source = make_engine(source_url)
        target = make_engine(target_url)
        report = verify(source, target)  # read again, both sides: every table equal
        assert report.count("case_file") == CASES and report.count("audit_event") > 0
        assert main(["--db", target_url, "audit", "verify"]) == 0
        with transaction(session_factory(target)) as session:  # sequences were set past the copied ids
            highest = session.scalar(select(func.max(Case.id)))
            assert register_case(session, new_case("Novi", "Slučaj"), actor_id=None).case.id == highest + 1
        source.dispose()
        target.dispose()


def test_a_database_that_holds_anything_is_refused_and_left_as_it_was(source_url, tmp_path, capsys) -> None:
    with scratch_pg_database("registry_move") as (_name, target_url):
        assert main(["--db", target_url, "init", "--profile", "tesanj"]) == 0  # someone's register already
        target = make_engine(target_url)
        before = digests(target)
        code, _out, err = _move(capsys, source_url, target_url)
        assert code == 1 and "is not empty (table " in err and "Nothing was changed" in err
        assert "Traceback" not in err
        assert digests(target) == before
        target.dispose()
    with scratch_pg_database("registry_move") as (_name, target_url):
        other = create_engine(target_url)
        with other.begin() as connection:  # another program's database
            connection.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY)"))
        other.dispose()
        code, _out, err = _move(capsys, source_url, target_url)
        assert code == 1 and "another program's tables (such as invoices)" in err


def test_an_empty_schema_left_by_an_interrupted_move_or_server_prepare_is_used(source_url, tmp_path, capsys) -> None:
    with scratch_pg_database("registry_move") as (_name, target_url):
        target = make_engine(target_url)
        upgrade(target)  # the schema, not one row
        code, _out, err = _move(capsys, source_url, target_url)
        assert code == 0, err
        assert verify(make_engine(source_url), target).count("case_file") == CASES
        target.dispose()


def test_a_server_is_reached_by_a_pg_service_name_and_by_the_settings_file(
    source_url, tmp_path, capsys, monkeypatch
) -> None:
    with scratch_pg_database("registry_move") as (name, target_url):
        server = make_url(target_url)
        services = tmp_path / "pg_service.conf"
        services.write_text(
            f"[centre]\nhost={server.host}\nport={server.port or 5432}\nuser={server.username}\ndbname={name}\n",
            encoding="utf-8",
        )
        monkeypatch.setenv("PGSERVICEFILE", str(services))
        code, _out, err = _move(capsys, source_url, "postgresql+psycopg:///?service=centre")
        assert code == 0, err
        assert main(["--lang", "en", "--db", "postgresql+psycopg:///?service=centre", "audit", "verify"]) == 0
        assert "intact" in capsys.readouterr().out
        settings = tmp_path / "settings.toml"  # what IT writes on each PC
        settings.write_text('database_service = "centre"\n', encoding="utf-8")
        monkeypatch.setenv("REGISTRY_SETTINGS", str(settings))
        monkeypatch.setenv("REGISTRY_USER", "jasmina.karic")  # a supervisor searches (an administrator sees no case)
        assert main(["--lang", "en", "search", "a", "--json"]) == 0
        assert '"case_number": "POS-' in capsys.readouterr().out  # the moved cases, found on the server


def test_only_a_server_is_a_target(source_url, tmp_path, capsys) -> None:
    code, _out, err = _move(capsys, source_url, f"sqlite:///{tmp_path / 'other.sqlite'}")
    assert code == 1 and "only onto a PostgreSQL server" in err
    assert not (tmp_path / "other.sqlite").exists()


@pytest.mark.skipif(not PG_URL, reason="REGISTRY_TEST_DATABASE_URL is not set: PostgreSQL tests skipped")
def test_an_unreachable_server_is_explained(source_url, tmp_path, capsys) -> None:
    code, _out, err = _move(capsys, source_url, "postgresql+psycopg://nobody@127.0.0.1:1/registry")
    assert code == 1 and "Traceback" not in err and err.strip()
