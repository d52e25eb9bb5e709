"""Backups while the register is in use, restoring them, and what happens to damaged or foreign files."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from registry.cli import main
from registry.db import make_engine, session_factory, transaction
from registry.models import Case
from registry.services.backup import BackupError, verify_backup
from registry.services.backup_runs import backup_due, run_backup
from registry.services.cases import register_case
from registry.services.restore import restore_backup
from tests.helpers import new_case


@pytest.fixture
def encrypted_db(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "registry.sqlite"
    assert main(["--db", f"sqlite:///{path}", "init", "--profile", "derventa"]) == 0
    capsys.readouterr()
    engine = make_engine(f"sqlite:///{path}")
    sessions = session_factory(engine)
    for index in range(5):
        with transaction(sessions) as session:
            register_case(session, new_case(family=f"Петровић{index}"), actor_id=None)
    engine.dispose()
    return path


def _cases(path: Path) -> int:
    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(Case)).scalar_one()
    engine.dispose()
    return count


def test_backup_is_encrypted_verified_and_old_ones_pruned(encrypted_db: Path, tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{encrypted_db}")
    sessions = session_factory(engine)
    folder = tmp_path / "backups"
    results = [run_backup(engine, sessions, folder=folder, keep=2) for _ in range(3)]
    kept = sorted(folder.glob("*.sqlite"))
    assert kept == sorted(r.path for r in results[1:])
    assert results[-1].removed == [results[0].path]
    assert kept[-1].read_bytes()[:6] != b"SQLite"
    assert verify_backup(kept[-1], engine.url.password)["case_file"] == 5
    with pytest.raises(BackupError):
        verify_backup(kept[-1], "x'" + "00" * 32 + "'")
    assert not backup_due(encrypted_db, folder)
    assert backup_due(encrypted_db, folder, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    engine.dispose()


def test_backup_during_a_burst_of_writes_is_consistent(encrypted_db: Path, tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{encrypted_db}")
    sessions = session_factory(engine)
    stop = threading.Event()

    def keep_writing() -> None:
        writer = make_engine(f"sqlite:///{encrypted_db}")
        factory = session_factory(writer)
        index = 0
        while not stop.is_set():
            with transaction(factory) as session:
                register_case(session, new_case(family=f"Burst{index}"), actor_id=None)
            index += 1
        writer.dispose()

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        results = [run_backup(engine, sessions, folder=tmp_path / "b", keep=10) for _ in range(3)]
    finally:
        stop.set()
        thread.join()
    for result in results:
        assert verify_backup(result.path, engine.url.password)["case_file"] >= 5
    engine.dispose()


def test_restore_keeps_the_current_database_aside(encrypted_db: Path, tmp_path: Path, capsys) -> None:
    engine = make_engine(f"sqlite:///{encrypted_db}")
    backup = run_backup(engine, session_factory(engine), folder=tmp_path / "b").path
    with transaction(session_factory(engine)) as session:
        register_case(session, new_case(family="PoslijeKopije"), actor_id=None)
    engine.dispose()
    assert _cases(encrypted_db) == 6
    code = main(["--db", f"sqlite:///{encrypted_db}", "--lang", "en", "restore", str(backup), "--yes"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert _cases(encrypted_db) == 5
    aside = next(encrypted_db.parent.glob("registry.before-restore-*.sqlite"))
    assert _cases(aside) == 6
    assert str(aside) in out


def test_corrupt_backup_is_refused_and_nothing_replaced(encrypted_db: Path, tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{encrypted_db}")
    backup = run_backup(engine, session_factory(engine), folder=tmp_path / "b").path
    engine.dispose()
    data = bytearray(backup.read_bytes())
    data[8192:12288] = bytes(4096)
    backup.write_bytes(bytes(data))
    before = encrypted_db.read_bytes()
    with pytest.raises(BackupError):
        restore_backup(backup, encrypted_db)
    assert encrypted_db.read_bytes() == before


def test_backup_of_an_older_version_restores_into_this_one(tmp_path: Path) -> None:
    """A backup made by a program at an earlier schema revision is upgraded on restore."""
    import json

    from registry.db import known_revisions, upgrade
    from tests.schema_fixtures import FIXTURES, load

    first = known_revisions()[0]
    old = tmp_path / "old-version-backup.sqlite"
    old_engine = make_engine(f"sqlite:///{old}")
    upgrade(old_engine, revision=first)
    load(old_engine, json.loads((FIXTURES / f"{first}.json").read_text(encoding="utf-8")))
    old_engine.dispose()
    target = tmp_path / "registry.sqlite"
    result = restore_backup(old, target)
    assert result.cases == 4 and result.kept_aside is None
    from registry.db import schema_state

    assert schema_state(make_engine(f"sqlite:///{target}")).up_to_date


def test_escrowed_key_restores_a_backup_on_a_new_computer(
    encrypted_db: Path, tmp_path: Path, capsys, memory_keyring, monkeypatch
) -> None:
    """The PC died with its keyring: the key printed for the safe opens the backup on a new PC."""
    from registry import keys

    engine = make_engine(f"sqlite:///{encrypted_db}")
    backup = run_backup(engine, session_factory(engine), folder=tmp_path / "b").path
    engine.dispose()
    assert main(["--db", f"sqlite:///{encrypted_db}", "db", "show-key"]) == 1
    assert main(["--db", f"sqlite:///{encrypted_db}", "db", "show-key", "--yes"]) == 0
    escrowed = capsys.readouterr().out.strip()
    memory_keyring.store.clear()  # a new computer: nothing in its keyring
    new_home = tmp_path / "new-pc" / "registry.sqlite"
    monkeypatch.setattr("getpass.getpass", lambda prompt="": escrowed)
    code = main(["--db", f"sqlite:///{new_home}", "--passphrase", "restore", str(backup), "--yes"])
    assert code == 0, capsys.readouterr().err
    assert memory_keyring.get_password(keys.SERVICE, keys.database_key_name(new_home)) == escrowed
    assert _cases(new_home) == 5  # and it opens from the keyring from now on


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain"])
def test_backups_started_at_the_same_moment_all_succeed(tmp_path: Path, capsys, encrypted: bool) -> None:
    """Backups started together into a backups folder not made yet: each one succeeds, is a file of its own,
    verifies, and is encrypted exactly when the register is.  Before, one was sometimes refused ("File exists").
    Four threads stand in for processes (SQLAlchemy keeps at most five per-thread connections to an encrypted
    file; tests/test_fault_trials.py runs two real processes)."""
    from concurrent.futures import ThreadPoolExecutor

    from registry.db import is_encrypted_file

    path = tmp_path / "registry.sqlite"
    assert (
        main(["--db", f"sqlite:///{path}", *([] if encrypted else ["--unencrypted"]), "init", "--profile", "derventa"])
        == 0
    )
    capsys.readouterr()
    engine = make_engine(f"sqlite:///{path}")
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        register_case(session, new_case(family="Истовремено"), actor_id=None)
    folder = tmp_path / "nova" / "kopije"
    start = threading.Barrier(4)

    def backup(_index: int):
        start.wait()
        return run_backup(engine, sessions, folder=folder, keep=100)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(backup, range(4)))
    engine.dispose()
    assert len({result.path for result in results}) == 4
    assert sorted(folder.glob("*.sqlite")) == sorted(result.path for result in results)
    for result in results:
        assert is_encrypted_file(result.path) == encrypted
        assert verify_backup(result.path, engine.url.password)["case_file"] == 1
