"""Encryption at rest: new databases are SQLCipher files whose key lives in the keyring, never on disk."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from registry import keys
from registry.cli import main
from registry.db import SQLITE_HEADER, DatabaseKeyError, is_encrypted_file, make_engine, schema_state


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _init(capsys, path: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "--db", f"sqlite:///{path}", "--lang", "en", *extra, "init", "--profile", "kupres")


def test_new_database_is_encrypted_with_key_in_keyring(tmp_path: Path, capsys, memory_keyring) -> None:
    path = tmp_path / "registry.sqlite"
    code, _, err = _init(capsys, path)
    assert code == 0, err
    assert path.read_bytes()[:16] != SQLITE_HEADER
    stored = memory_keyring.get_password(keys.SERVICE, keys.database_key_name(path))
    assert stored and stored.startswith("x'") and len(stored) == 67
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(path) as plain:
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert stored[2:-1].encode() not in path.read_bytes()
    assert b"Kupres" not in path.read_bytes()  # the centre's name is in there, but not readable
    assert schema_state(make_engine(f"sqlite:///{path}")).up_to_date


def test_missing_and_wrong_keys_are_clear_messages(tmp_path: Path, capsys, memory_keyring, monkeypatch) -> None:
    path = tmp_path / "registry.sqlite"
    assert _init(capsys, path)[0] == 0
    name = keys.database_key_name(path)
    real = memory_keyring.get_password(keys.SERVICE, name)
    memory_keyring.delete_password(keys.SERVICE, name)
    code, _, err = run(capsys, "--db", f"sqlite:///{path}", "--lang", "en", "search", "x")
    assert code == 1 and "not in this computer's keyring" in err and "Traceback" not in err
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "not the key at all")
    with pytest.raises(DatabaseKeyError) as wrong:
        make_engine(f"sqlite:///{path}")
    assert "wrong passphrase" in wrong.value.message("en")
    monkeypatch.setenv(keys.PASSPHRASE_ENV, real)
    assert schema_state(make_engine(f"sqlite:///{path}")).up_to_date


def test_no_keyring_asks_for_a_passphrase_instead(tmp_path: Path, capsys, monkeypatch) -> None:
    keyring.set_keyring(NoKeyring())
    path = tmp_path / "registry.sqlite"
    code, _, err = _init(capsys, path)
    assert code == 1 and "--passphrase" in err and not path.exists()
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "dugačka lozinka centra 2026")
    code, _, err = _init(capsys, path, "--passphrase")
    assert code == 0, err
    assert is_encrypted_file(path)
    with pytest.raises(DatabaseKeyError):
        make_engine(f"sqlite:///{path}")
    assert schema_state(make_engine(f"sqlite:///{path}", passphrase="dugačka lozinka centra 2026")).up_to_date


def test_unencrypted_is_explicit_and_warns(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.sqlite"
    code, _, err = _init(capsys, path, "--unencrypted")
    assert code == 0 and "NOT encrypted" in err
    assert path.read_bytes()[:16] == SQLITE_HEADER


def test_encrypt_existing_plain_database_keeps_every_row(tmp_path: Path, capsys, memory_keyring) -> None:
    path = tmp_path / "plain.sqlite"
    assert _init(capsys, path, "--unencrypted")[0] == 0
    with sqlite3.connect(path) as plain:
        before = plain.execute("SELECT kind, code, label_sr_cyrl FROM lookup ORDER BY id").fetchall()
    code, out, err = run(capsys, "--db", f"sqlite:///{path}", "--lang", "en", "db", "encrypt")
    assert code == 0, err
    assert is_encrypted_file(path)
    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        after = connection.exec_driver_sql("SELECT kind, code, label_sr_cyrl FROM lookup ORDER BY id").fetchall()
    assert [tuple(r) for r in after] == before
    assert not list(tmp_path.glob("*.encrypting"))


def test_rekey_changes_the_key_and_keeps_the_data(tmp_path: Path, capsys, memory_keyring) -> None:
    path = tmp_path / "registry.sqlite"
    assert _init(capsys, path)[0] == 0
    name = keys.database_key_name(path)
    old = memory_keyring.get_password(keys.SERVICE, name)
    code, _, err = run(capsys, "--db", f"sqlite:///{path}", "--lang", "en", "db", "rekey")
    assert code == 0, err
    new = memory_keyring.get_password(keys.SERVICE, name)
    assert new != old and memory_keyring.get_password(keys.SERVICE, name + keys.PENDING) is None
    assert schema_state(make_engine(f"sqlite:///{path}")).up_to_date
    memory_keyring.set_password(keys.SERVICE, name, old)
    with pytest.raises(DatabaseKeyError):
        make_engine(f"sqlite:///{path}")


def test_server_password_is_taken_from_the_keyring(memory_keyring) -> None:
    from registry import config

    url = "postgresql+psycopg://centar@db.example:5432/registry"
    memory_keyring.set_password(keys.SERVICE, config.server_key_name(url), "tajna")
    assert config.with_stored_password(url).password == "tajna"
    assert config.with_stored_password("postgresql+psycopg://centar:given@db.example/registry").password == "given"


WINDOW = r"""
import sys
from registry.db import make_engine
engine = make_engine(sys.argv[1])
with engine.connect() as connection:
    connection.exec_driver_sql("SELECT count(*) FROM case_file").scalar()
    print("open", flush=True)
    sys.stdin.readline()
"""


@contextmanager
def _another_window(path: Path):
    """Another process with the register open (as a second window of the application would have)."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW, f"sqlite:///{path}"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert window.stdout is not None and window.stdout.readline().strip() == "open"
    try:
        yield
    finally:
        window.communicate("\n", timeout=30)


def test_encrypt_and_rekey_wait_until_nobody_else_has_the_register_open(
    tmp_path: Path, capsys, memory_keyring, monkeypatch
) -> None:
    """Another window saving into the plain file after it was copied would lose that save: refused instead."""
    path = tmp_path / "registry.sqlite"
    assert _init(capsys, path, "--unencrypted")[0] == 0
    before = path.read_bytes()
    with _another_window(path):
        code, _, err = run(capsys, "--db", f"sqlite:///{path}", "--lang", "en", "db", "encrypt")
    assert code == 1 and "open in another program" in err and "Traceback" not in err
    assert path.read_bytes() == before and not list(tmp_path.glob("*.encrypting"))
    assert run(capsys, "--db", f"sqlite:///{path}", "db", "encrypt")[0] == 0
    monkeypatch.setenv(keys.PASSPHRASE_ENV, memory_keyring.get_password(keys.SERVICE, keys.database_key_name(path)))
    with _another_window(path):  # (the other process has no keyring: it opens with the same key, given)
        code, _, err = run(capsys, "--db", f"sqlite:///{path}", "--lang", "en", "db", "rekey")
    assert code == 1 and "open in another program" in err
    assert schema_state(make_engine(f"sqlite:///{path}")).up_to_date  # still opens with the key it had
