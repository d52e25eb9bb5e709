"""Every file a backup, an upgrade, a restore or a printout writes is owner-only on POSIX, whatever the umask, and
a failure leaves no partial file behind."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from registry import keys
from registry.cli import main
from registry.db import encrypted_engine, known_revisions, upgrade
from registry.encryption import create_encrypted
from registry.services import backup as backup_service
from tests.registers import Templates, make_register
from tests.schema_fixtures import FIXTURES, load

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def administrator(cli_user) -> None:
    """Backups, restores and keys are an administrator's commands: the filled registers' demo administrator."""
    from registry.services.demo import DEMO_PASSWORD

    cli_user("edin.hasanovic", DEMO_PASSWORD)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    yield Templates(tmp_path_factory.mktemp("private-templates"))


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """The usual umask of a desktop session: files readable by everyone unless the program says otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _modes(folder: Path) -> dict[str, int]:
    return {path.name: stat.S_IMODE(path.stat().st_mode) for path in folder.rglob("*") if path.is_file()}


def test_backups_restores_and_printouts_are_owner_only(templates, tmp_path: Path, capsys, monkeypatch) -> None:
    import json

    with ExitStack() as stack:
        make_register(templates, tmp_path, "encrypted", "registry", filled=True, stack=stack).dispose()
    path, folder = tmp_path / "registry.sqlite", tmp_path / "kopije"
    db = ["--db", f"sqlite:///{path}"]
    assert main([*db, "backup", "--to", str(folder)]) == 0
    (made,) = folder.glob("*.sqlite")
    assert main([*db, "restore", str(made), "--yes"]) == 0
    (tmp_path / "pdf").mkdir()
    monkeypatch.setenv("REGISTRY_USER", "jasmina.karic")  # a supervisor prints (an administrator sees no case)
    assert main([*db, "print", "summary", "NGS-2026-00001", "-o", str(tmp_path / "pdf" / "sazetak.pdf")]) == 0
    assert main([*db, "export", "cases", "--format", "csv", "-o", str(tmp_path / "pdf" / "predmeti.csv")]) == 0
    (aside,) = tmp_path.glob("registry.before-restore-*.sqlite")

    old = tmp_path / "old.sqlite"  # an encrypted register at an earlier revision: its upgrade's backup
    create_encrypted(old)
    engine = encrypted_engine(old, keys.get_secret(keys.database_key_name(old)))
    upgrade(engine, revision=known_revisions()[-2])
    load(engine, json.loads((FIXTURES / f"{known_revisions()[-2]}.json").read_text(encoding="utf-8")))
    engine.dispose()
    monkeypatch.setenv("REGISTRY_USER", "sef")  # the old register's own supervisor (tests/schema_fixtures.py)
    monkeypatch.setenv("REGISTRY_PASSWORD", "fixture-password")
    assert main(["--db", f"sqlite:///{old}", "db", "upgrade"]) == 0, capsys.readouterr().err

    backups = _modes(tmp_path / "data" / "backups") | _modes(folder)
    assert len(backups) >= 2 and set(backups.values()) == {0o600}, backups
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert set(_modes(tmp_path / "pdf").values()) == {0o600}
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # a backups folder the program makes is owner-only


def test_a_failed_backup_leaves_no_partial_file(templates, tmp_path: Path, monkeypatch, capsys) -> None:
    with ExitStack() as stack:
        make_register(templates, tmp_path, "encrypted", "registry", filled=True, stack=stack).dispose()
    path, folder = tmp_path / "registry.sqlite", tmp_path / "kopije"

    def full_disk(*_args, **_kwargs) -> list[str]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_service, "full_check", full_disk)
    assert main(["--db", f"sqlite:///{path}", "--lang", "bs", "backup", "--to", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()
    assert list(folder.iterdir()) == []
