"""A restore can never lose the live register: refused while someone works in it, old or new after a kill,
a late opener cannot save into the replaced file, and a missing register is never silently replaced by an empty one."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from registry import keys
from registry.cli import main
from registry.db import encrypted_engine, is_encrypted_file, make_engine, session_factory, transaction
from registry.models import Case
from registry.services.backup_runs import run_backup
from registry.services.cases import register_case
from tests.helpers import new_case

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "lozinka za test vraćanja kopije"

WRITER = r"""
import sys
from registry.db import make_engine, session_factory, transaction
from registry.services.cases import register_case
from tests.helpers import new_case

sessions = session_factory(make_engine(sys.argv[1]))
index = 0
while True:
    with transaction(sessions) as session:
        number = register_case(session, new_case(family=f"Pisac{index}"), actor_id=None).case.number
    print(number, flush=True)  # printed only after the commit returned
    index += 1
"""


def _numbers(path: Path) -> set[str]:
    engine = make_engine(f"sqlite:///{path}")
    with session_factory(engine)() as session:
        found = set(session.scalars(select(Case.number)))
    engine.dispose()
    return found


def _add_cases(path: Path, count: int, family: str) -> None:
    engine = make_engine(f"sqlite:///{path}")
    sessions = session_factory(engine)
    for index in range(count):
        with transaction(sessions) as session:
            register_case(session, new_case(family=f"{family}{index}"), actor_id=None)
    engine.dispose()


@pytest.fixture
def register_and_backup(tmp_path: Path, capsys) -> tuple[Path, Path]:
    """An encrypted register (key in the keyring) with 3 cases in its backup and 5 in the register itself."""
    path = tmp_path / "registry.sqlite"
    assert main(["--db", f"sqlite:///{path}", "init", "--profile", "derventa"]) == 0
    _add_cases(path, 3, "Prije")
    engine = make_engine(f"sqlite:///{path}")
    backup = run_backup(engine, session_factory(engine), folder=tmp_path / "backups").path
    engine.dispose()
    _add_cases(path, 2, "Poslije")
    capsys.readouterr()
    return path, backup


def _restore(path: Path, backup: Path, capsys) -> tuple[int, str]:
    code = main(["--db", f"sqlite:///{path}", "--lang", "en", "restore", str(backup), "--yes"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out + err


def test_restore_while_another_process_saves_is_refused_and_loses_nothing(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASSPHRASE)
    path = tmp_path / "registry.sqlite"
    assert main(["--db", f"sqlite:///{path}", "init", "--profile", "gacko"]) == 0
    engine = make_engine(f"sqlite:///{path}")
    backup = run_backup(engine, session_factory(engine), folder=tmp_path / "backups").path
    engine.dispose()
    capsys.readouterr()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, f"sqlite:///{path}"], stdout=subprocess.PIPE, text=True, env=env
    )
    assert writer.stdout is not None
    saved = [writer.stdout.readline().strip() for _ in range(5)]
    code, said = _restore(path, backup, capsys)
    saved += [writer.stdout.readline().strip() for _ in range(5)]  # it goes on saving, undisturbed
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    saved += [line.strip() for line in writer.stdout.read().splitlines() if line.strip()]
    assert code == 1 and "open in another program" in said
    assert set(saved) <= _numbers(path)
    assert not list(tmp_path.glob("registry.before-restore-*")) and not list(tmp_path.glob("*.restoring"))


def test_restore_keeps_the_old_register_aside_private_and_openable(register_and_backup, capsys) -> None:
    path, backup = register_and_backup
    before = _numbers(path)
    code, said = _restore(path, backup, capsys)
    assert code == 0, said
    assert len(_numbers(path)) == 3
    aside = next(path.parent.glob("registry.before-restore-*.sqlite"))
    assert _numbers(aside) == before  # its key was stored under its own name
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert not list(path.parent.glob("*.restoring"))


def test_a_window_that_opened_the_register_before_the_swap_cannot_save_into_the_old_file(
    register_and_backup, capsys, memory_keyring
) -> None:
    """A connection opened just before the swap (it holds no lock yet) must fail loudly, not save unseen."""
    path, backup = register_and_backup
    late = sqlcipher3.connect(str(path), isolation_level=None)
    late.execute(f'PRAGMA key = "{memory_keyring.get_password(keys.SERVICE, keys.database_key_name(path))}"')
    code, said = _restore(path, backup, capsys)
    assert code == 0, said
    with pytest.raises(sqlcipher3.DatabaseError):
        late.execute("UPDATE case_file SET closure_note = 'lost?'")
    late.close()
    assert len(_numbers(path)) == 3


def test_a_plain_backup_comes_back_encrypted_with_the_registers_key(tmp_path: Path, capsys, memory_keyring) -> None:
    path = tmp_path / "registry.sqlite"
    assert main(["--db", f"sqlite:///{path}", "--unencrypted", "init", "--profile", "derventa"]) == 0
    _add_cases(path, 2, "Obicna")
    engine = make_engine(f"sqlite:///{path}")
    plain_backup = run_backup(engine, session_factory(engine), folder=tmp_path / "backups").path
    engine.dispose()
    assert main(["--db", f"sqlite:///{path}", "db", "encrypt"]) == 0
    _add_cases(path, 1, "Sifrovana")
    capsys.readouterr()
    code, said = _restore(path, plain_backup, capsys)
    assert code == 0, said
    assert is_encrypted_file(path) and len(_numbers(path)) == 2


def test_a_damaged_register_is_replaced_and_kept_aside_as_it_was(register_and_backup, capsys) -> None:
    path, backup = register_and_backup
    data = bytearray(path.read_bytes())
    data[:4096] = bytes(4096)  # its first page gone: no key opens it any more
    path.write_bytes(bytes(data))
    code, said = _restore(path, backup, capsys)
    assert code == 0, said
    assert len(_numbers(path)) == 3
    assert next(path.parent.glob("registry.before-restore-*.sqlite")).read_bytes() == bytes(data)


def test_a_missing_register_is_not_replaced_by_an_empty_one(
    register_and_backup, capsys, monkeypatch, isolated_data_dir: Path
) -> None:
    path, _backup = register_and_backup
    folder = isolated_data_dir / "backups"
    engine = make_engine(f"sqlite:///{path}")
    newest = run_backup(engine, session_factory(engine), folder=folder).path
    engine.dispose()
    path.rename(path.with_name("moved-away.sqlite"))
    monkeypatch.setattr("registry.ui.launch.run_gui", lambda *_a, **_k: pytest.fail("window opened"))
    for command in (["gui"], ["search", "x"], ["init", "--profile", "derventa"]):
        code = main(["--db", f"sqlite:///{path}", "--lang", "en", *command])
        out, err = capsys.readouterr()
        assert code == 1 and "is missing" in err and str(newest) in err, command
        assert not path.exists()
    assert main(["--db", f"sqlite:///{path}", "--lang", "en", "restore", str(newest), "--yes"]) == 0
    assert len(_numbers(path)) == 5


def test_new_register_on_purpose_keeps_the_old_key_for_its_backups(register_and_backup, capsys, memory_keyring) -> None:
    path, backup = register_and_backup
    old_key = memory_keyring.get_password(keys.SERVICE, keys.database_key_name(path))
    path.unlink()
    code = main(["--db", f"sqlite:///{path}", "init", "--profile", "derventa", "--new-register"])
    assert code == 0, capsys.readouterr().err
    assert _numbers(path) == set()
    assert [entry.key for entry in keys.earlier_keys(path)] == [old_key]
    code, said = _restore(path, backup, capsys)  # the old backup still opens, with the earlier key
    assert code == 0, said
    assert len(_numbers(path)) == 3


def test_killed_restore_leaves_the_old_or_the_new_register(register_and_backup, tmp_path: Path, monkeypatch) -> None:
    """A few of bench/fault_trials.py's kills, at points spread over the restore (the last one is not killed)."""
    path, backup = register_and_backup
    key = keys.get_secret(keys.database_key_name(path))
    engine = encrypted_engine(backup, key)
    with session_factory(engine)() as session:
        restored = set(session.scalars(select(Case.number)))
    engine.dispose()
    before = _numbers(path)
    monkeypatch.setenv(keys.PASSPHRASE_ENV, key)  # the child process has no keyring; the key is the same
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REGISTRY_DATA_DIR": str(tmp_path / "data")}
    command = [sys.executable, "-m", "registry.cli", "--db", f"sqlite:///{path}", "restore", str(backup), "--yes"]
    for delay in (0.6, 0.9, 1.2, 1.5, 60):
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            assert child.wait(timeout=delay) == 0, child.stderr.read() if child.stderr else ""
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
            child.wait()
        assert _numbers(path) in (before, restored), delay
    assert _numbers(path) == restored and len(restored) == 3
