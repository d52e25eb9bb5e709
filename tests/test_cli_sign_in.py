"""The command line acts as a signed-in user: who may run what, and every audit event names them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.cli import main
from registry.db import transaction
from registry.models import AuditEvent, User
from registry.services.cases import register_case, set_restricted
from registry.services.users import UserInput, create_user
from tests.helpers import new_case

PASSWORDS = {
    "amra": "amra lozinka 2026",
    "jovan": "jovan lozinka 2026",
    "dragan": "dragan lozinka 2026",
    "mira": "mira lozinka 2026",
    "admin": "admin lozinka 2026",
    "revizor": "revizor lozinka 2026",
}


@pytest.fixture
def staff(sessions: sessionmaker[Session]) -> dict[str, int]:
    roles = {
        "amra": "worker",
        "jovan": "worker",
        "dragan": "supervisor",
        "mira": "supervisor",
        "admin": "administrator",
        "revizor": "auditor",
    }
    with transaction(sessions) as session:
        return {
            name: create_user(session, UserInput(name, name.title(), role, PASSWORDS[name]), actor_id=None).id
            for name, role in roles.items()
        }


@pytest.fixture
def cases(sessions: sessionmaker[Session], staff: dict[str, int]) -> dict[str, int]:
    with transaction(sessions) as session:
        own = register_case(
            session, new_case("Selma", "Kurtović", supervisor_id=staff["dragan"]), actor_id=staff["amra"]
        ).case.id
        hidden = register_case(
            session, new_case("Lana", "Kurtović", supervisor_id=staff["mira"]), actor_id=staff["jovan"]
        ).case.id
        set_restricted(session, hidden, True, actor_id=staff["mira"])
    return {"own": own, "restricted": hidden}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _events(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_search_needs_a_user_and_shows_only_what_that_user_sees(database_url, sessions, cases, capsys, cli_user):
    code, out, err = run(capsys, "--db", database_url, "--lang", "en", "search", "kurtovic", "--json")
    assert code == 1 and out == "" and "--user" in err and "REGISTRY_PASSWORD" in err
    cli_user("amra", "wrong password 1")
    code, out, err = run(capsys, "--db", database_url, "--lang", "bs", "search", "kurtovic")
    assert code == 1 and out == "" and "Kurtović" not in err and err.strip()
    cli_user("dragan", PASSWORDS["dragan"])  # options after the sub-command too
    code, out, _ = run(capsys, "search", "kurtovic", "--json", "--db", database_url)
    assert code == 0 and [hit["given_name"] for hit in json.loads(out)] == ["Selma"]  # not the restricted Lana
    cli_user("admin", PASSWORDS["admin"])
    code, out, _ = run(capsys, "--db", database_url, "search", "kurtovic", "--json")
    assert code == 0 and json.loads(out) == []  # an administrator sees no case


def test_maintenance_needs_an_administrator_and_nothing_is_done_otherwise(
    database_url, sessions, staff, capsys, cli_user, isolated_data_dir: Path
) -> None:
    if database_url.startswith("postgresql"):
        pytest.skip("a file backup of the SQLite register")
    cli_user("dragan", PASSWORDS["dragan"])
    before = _events(sessions)
    code, _, err = run(capsys, "--db", database_url, "--lang", "en", "backup", "--to", str(isolated_data_dir / "b"))
    assert code == 1 and "administrator" in err and "Nothing was done" in err
    assert not (isolated_data_dir / "b").exists()
    code, _, err = run(capsys, "--db", database_url, "--lang", "en", "retention")
    assert code == 1 and "administrator" in err
    assert _events(sessions) == before  # nothing was done or written
    cli_user("admin", PASSWORDS["admin"])
    code, out, err = run(capsys, "--db", database_url, "--lang", "en", "backup", "--to", str(isolated_data_dir / "b"))
    assert code == 0, err
    with sessions() as session:
        backup = session.scalars(select(AuditEvent).where(AuditEvent.action == "backup")).one()
        assert backup.user_id == staff["admin"]


def test_exports_and_printouts_name_the_signed_in_user(
    database_url, sessions, staff, cases, capsys, cli_user, tmp_path: Path
) -> None:
    cli_user("amra", PASSWORDS["amra"])
    code, out, _ = run(capsys, "--db", database_url, "export", "cases", "--format", "json")
    assert code == 0 and [row["given_name"] for row in json.loads(out)] == ["Selma"]
    with sessions() as session:
        number = session.scalar(
            select(AuditEvent).where(AuditEvent.action == "case.create", AuditEvent.case_id == cases["own"])
        ).details["number"]
    target = tmp_path / "summary.pdf"
    code, _, err = run(capsys, "--db", database_url, "--lang", "en", "print", "summary", number, "-o", str(target))
    assert code == 0, err
    from tests.test_printing import flat

    assert "Printed by Amra" in flat(target.read_bytes())
    with sessions() as session:
        for action in ("export.cases", "print"):
            users = set(session.scalars(select(AuditEvent.user_id).where(AuditEvent.action == action)))
            assert users == {staff["amra"]}, action
    cli_user("jovan", PASSWORDS["jovan"])  # another worker: the case is not hers to print
    refused = tmp_path / "refused.pdf"
    code, _, err = run(capsys, "--db", database_url, "--lang", "en", "print", "summary", number, "-o", str(refused))
    assert code == 1 and "not allowed" in err and not refused.exists()


def test_first_administrator_and_accounts_from_the_command_line(tmp_path: Path, capsys, cli_user, monkeypatch):
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    monkeypatch.setenv("REGISTRY_NEW_PASSWORD", "prvi administrator 2026")
    code, out, err = run(capsys, "--db", url, "--lang", "en", "init", "--profile", "posusje", "--admin", "it.admin")
    assert code == 0 and "it.admin" in out, err
    code, _, err = run(capsys, "--db", url, "--lang", "en", "init", "--profile", "posusje", "--admin", "drugi")
    assert code == 1 and "already has an administrator" in err
    code, _, err = run(capsys, "--db", url, "--lang", "en", "users", "add", "ana", "--role", "worker")
    assert code == 1 and "--user" in err  # only a signed-in administrator adds accounts
    cli_user("it.admin", "prvi administrator 2026")
    monkeypatch.setenv("REGISTRY_NEW_PASSWORD", "123")
    code, _, err = run(capsys, "--db", url, "--lang", "en", "users", "add", "ana", "--role", "worker")
    assert code == 1 and "10" in err  # the password policy
    monkeypatch.setenv("REGISTRY_NEW_PASSWORD", "ana privremena 2026")
    code, out, err = run(
        capsys, "--db", url, "--lang", "bs", "users", "add", "ana", "--role", "worker", "--name", "Ana Marić"
    )
    assert code == 0 and "ana" in out, err
    cli_user("ana", "ana privremena 2026")
    code, _, err = run(capsys, "--db", url, "--lang", "bs", "users", "add", "ivo", "--role", "administrator")
    assert code == 1 and "administrator" in err
    from registry.db import make_engine, session_factory

    engine = make_engine(url)
    with session_factory(engine)() as session:
        accounts = {u.username: (u.role, u.full_name) for u in session.scalars(select(User))}
        created = session.scalars(select(AuditEvent).where(AuditEvent.action == "user.create")).all()
    engine.dispose()
    assert accounts == {"it.admin": ("administrator", "it.admin"), "ana": ("worker", "Ana Marić")}
    assert created[-1].user_id is not None  # ana was added by it.admin, not by "system"


def test_no_terminal_and_no_password_is_a_message_not_a_traceback(database_url, staff, capsys, monkeypatch):
    import getpass

    def no_terminal(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", no_terminal)
    code, _, err = run(capsys, "--db", database_url, "--lang", "en", "--user", "amra", "search", "x")
    assert code == 1 and "REGISTRY_PASSWORD" in err and "no terminal" in err
    code, _, err = run(capsys, "--db", database_url, "--lang", "sr-Cyrl", "search", "x", "--user", "amra")
    assert code == 1 and "REGISTRY_PASSWORD" in err and "терминал" in err


def test_an_administrator_ends_a_wait_from_the_command_line(database_url, sessions, staff, capsys, cli_user):
    """A worker who mistyped her password is waiting; IT lists the accounts, sees the wait and ends it, and she
    signs in at once; a worker cannot end anyone's wait and an unknown account is a message."""
    from registry.services.users import SignInRefused, sign_in

    for _ in range(3):  # the third wrong password starts a wait
        with pytest.raises(SignInRefused):
            sign_in(sessions, "amra", "pogrešna lozinka")
    with pytest.raises(SignInRefused):
        sign_in(sessions, "amra", PASSWORDS["amra"])  # the right password waits too, until the wait is over
    cli_user("jovan", PASSWORDS["jovan"])
    code, _, err = run(capsys, "--db", database_url, "--lang", "en", "users", "unlock", "amra")
    assert code == 1 and "administrator" in err
    cli_user("admin", PASSWORDS["admin"])
    code, out, err = run(capsys, "--db", database_url, "--lang", "bs", "users", "list")
    assert code == 0, err
    [line] = [line for line in out.splitlines() if line.startswith("amra\t")]
    assert "stručni radnik" in line and "pogrešnih lozinki: 3" in line and "čeka do" in line
    code, out, err = run(capsys, "--db", database_url, "--lang", "bs", "users", "unlock", "amra")
    assert code == 0 and "amra" in out and "(3)" in out, err
    assert sign_in(sessions, "amra", PASSWORDS["amra"]).username == "amra"
    code, _, err = run(capsys, "--db", database_url, "--lang", "sr-Cyrl", "users", "unlock", "nepoznat")
    assert code == 1 and "registry users list" in err and "nepoznat" in err
    with sessions() as session:
        unlocked = session.scalars(select(AuditEvent).where(AuditEvent.action == "user.unlock")).all()
    assert [event.user_id for event in unlocked] == [staff["admin"]]
