"""A demonstration register says how to sign in: a note beside the register, with accounts that really open."""

from __future__ import annotations

from pathlib import Path

import pytest

from registry.cli import main
from registry.db import make_engine, session_factory
from registry.services.demo import DEMO_PASSWORD
from registry.services.users import change_password, sign_in


def test_demo_writes_the_sign_in_next_to_the_encrypted_register(isolated_data_dir: Path, capsys, cli_user) -> None:
    assert main(["--lang", "bs", "demo", "--cases", "5"]) == 0
    register = isolated_data_dir / "registry.sqlite"
    note = isolated_data_dir / "registry-DEMO-SIGN-IN.txt"
    assert str(note) in capsys.readouterr().out
    text = note.read_text(encoding="utf-8")
    assert "DEMONSTRACIJSKI REGISTAR" in text and DEMO_PASSWORD in text
    usernames = [line.split()[0] for line in text.splitlines() if line.startswith("  ")]
    assert len(usernames) >= 4 and "rukovodilac" in text and "administrator" in text
    sessions = session_factory(make_engine(f"sqlite:///{register}"))
    for username in (usernames[0], usernames[-1]):  # the accounts the note lists open with the password it gives
        assert sign_in(sessions, username, DEMO_PASSWORD).username == username
    user = sign_in(sessions, usernames[0], DEMO_PASSWORD)
    change_password(sessions, user.id, DEMO_PASSWORD, "a-new-private-password-1")
    cli_user("edin.hasanovic", DEMO_PASSWORD)  # more demo cases in a register with accounts: its administrator
    assert main(["--lang", "en", "demo", "--cases", "1"]) == 0
    text = note.read_text(encoding="utf-8")
    assert usernames[0] not in text and usernames[1] in text and "DEMONSTRATION REGISTER" in text


def test_a_server_register_prints_the_sign_in(database_url: str, capsys) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("the note is printed only where the register is not a file")
    assert main(["--lang", "en", "--db", database_url, "demo", "--cases", "3"]) == 0
    out = capsys.readouterr().out
    assert DEMO_PASSWORD in out and "Sign in with one of these user names" in out
