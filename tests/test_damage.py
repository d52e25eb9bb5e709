"""Damage is noticed and explained (never a traceback), and another program's database is left exactly as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from registry.cli import main
from registry.db import make_engine, session_factory, transaction
from registry.services.backup_runs import run_backup
from registry.services.cases import register_case
from tests.helpers import new_case


def _run(capsys, path: Path, *command: str) -> tuple[int, str]:
    code = main(["--db", f"sqlite:///{path}", "--lang", "en", *command])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out + err


@pytest.fixture(params=["encrypted", "plain"])
def register_with_backup(
    request: pytest.FixtureRequest, tmp_path: Path, capsys, isolated_data_dir: Path
) -> tuple[Path, Path]:
    """A register of 60 cases (a few hundred KiB) and a good backup of it in the default backups folder."""
    path = tmp_path / "registry.sqlite"
    extra = ["--unencrypted"] if request.param == "plain" else []
    assert main(["--db", f"sqlite:///{path}", *extra, "init", "--profile", "derventa"]) == 0
    engine = make_engine(f"sqlite:///{path}")
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        for index in range(60):
            register_case(
                session, new_case(family=f"Oštećenić{index}", report_summary="Prijava škole. " * 150), actor_id=None
            )
    backup = run_backup(engine, sessions).path
    engine.dispose()
    capsys.readouterr()
    return path, backup


def _zero_middle_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // 2) // 4096 * 4096
    data[middle : middle + 4096] = bytes(4096)
    path.write_bytes(bytes(data))


def test_zeroed_block_is_found_by_db_check_and_by_backup_which_names_the_good_backup(
    register_with_backup, capsys
) -> None:
    path, good = register_with_backup
    _zero_middle_page(path)
    damaged = path.read_bytes()
    code, said = _run(capsys, path, "db", "check")
    assert code == 1 and "is damaged" in said and str(good) in said
    code, said = _run(capsys, path, "backup")
    assert code == 1 and "is damaged" in said and str(good) in said
    assert path.read_bytes() == damaged  # finding the damage changes nothing
    # no copy of the damage, no partial file (beside the good backup: the audit chain's head it recorded)
    assert sorted(p.name for p in good.parent.iterdir() if not p.name.endswith(".chain.json")) == [good.name]
    for command in (["search", "Oštećenić"], ["export", "cases"], ["audit", "verify"]):
        before = path.read_bytes()
        code, said = _run(capsys, path, *command)  # works where the damage is not read, explains it where it is
        assert code == 0 or "is damaged" in said, command
        if code != 0:  # a command refused over the damage leaves the file as it was (one that worked is audited)
            assert path.read_bytes() == before, command


def test_cut_short_register_is_refused_at_start(register_with_backup, capsys) -> None:
    path, good = register_with_backup
    path.write_bytes(path.read_bytes()[: -4096 * 3])
    code, said = _run(capsys, path, "search", "x")
    assert code == 1 and "is damaged" in said and str(good) in said


def test_sound_register_passes_the_full_check(register_with_backup, capsys) -> None:
    path, _good = register_with_backup
    code, said = _run(capsys, path, "db", "check")
    assert code == 0 and "no damage" in said


def test_another_programs_database_is_refused_and_left_byte_identical(tmp_path: Path, capsys, monkeypatch) -> None:
    path = tmp_path / "invoices.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
        connection.execute("INSERT INTO invoice VALUES (1, 12.5)")
    before = path.read_bytes()
    backup = tmp_path / "backup.sqlite"
    shutil.copyfile(path, backup)
    monkeypatch.setattr("registry.ui.launch.run_gui", lambda *_a, **_k: pytest.fail("window opened"))
    for command in (
        ["gui"],
        ["search", "x"],
        ["db", "upgrade"],
        ["db", "check"],
        ["db", "encrypt"],
        ["backup"],
        ["init", "--profile", "derventa"],
        ["restore", str(backup), "--yes"],
    ):
        code, said = _run(capsys, path, *command)
        assert code == 1 and "not a case register" in said, command
        assert path.read_bytes() == before, command
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("invoices")) == ["invoices.sqlite"]
