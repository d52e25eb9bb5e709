"""Backups and keys over time: ``backup --list`` says which key opens each backup; after ``db rekey`` an older
backup still restores (keyring and passphrase registers); after ``db encrypt`` older plain backups are offered to be
encrypted or removed, never silently."""

from __future__ import annotations

import shutil
import stat
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from sqlalchemy import func, select

from registry import keys
from registry.cli import main
from registry.db import head_revision, is_encrypted_file, make_engine
from registry.encryption import rekey
from registry.models import Case
from registry.services.backup_list import CURRENT, EARLIER, NO_KEY, PLAIN, describe
from tests.registers import TEMPLATE_PASSPHRASE, Templates, export_encrypted, make_register


@pytest.fixture(autouse=True)
def administrator(cli_user) -> None:
    """Backups, restores and keys are an administrator's commands: the filled registers' demo administrator."""
    from registry.services.demo import DEMO_PASSWORD

    cli_user("edin.hasanovic", DEMO_PASSWORD)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    yield Templates(tmp_path_factory.mktemp("over-time-templates"))


@pytest.fixture
def stack() -> Iterator[ExitStack]:
    with ExitStack() as opened:
        yield opened


def _cases(path: Path, passphrase: str | None = None) -> int:
    engine = make_engine(f"sqlite:///{path}", passphrase=passphrase)
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(Case)).scalar_one()
    engine.dispose()
    return count


def _backup(path: Path, folder: Path, capsys) -> Path:
    before = set(folder.glob("*.sqlite")) if folder.exists() else set()
    assert main(["--db", f"sqlite:///{path}", "backup", "--to", str(folder)]) == 0, capsys.readouterr().err
    (made,) = set(folder.glob("*.sqlite")) - before
    return made


def test_list_shows_date_revision_cases_and_which_key_opens_each(templates, tmp_path: Path, stack, capsys) -> None:
    make_register(templates, tmp_path, "encrypted", "registry", filled=True, stack=stack).dispose()
    path, folder = tmp_path / "registry.sqlite", tmp_path / "kopije"
    folder.mkdir()
    shutil.copyfile(templates.sqlite(True), folder / "registry-backup-20250101-080000-000000.sqlite")
    export_encrypted(
        templates.sqlite(True), folder / "registry-backup-20250102-080000-000000.sqlite", "x'" + "17" * 32 + "'"
    )  # made with a key nobody here holds
    older = _backup(path, folder, capsys)
    assert main(["--db", f"sqlite:///{path}", "db", "rekey"]) == 0
    newer = _backup(path, folder, capsys)
    capsys.readouterr()

    assert main(["--db", f"sqlite:///{path}", "--lang", "bs", "backup", "--list", "--to", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header, rows = lines[0], lines[1:5]
    assert header.split() == ["Datum", "Vrsta", "Verzija", "šeme", "Predmeta", "Otvara", "je", "Datoteka"]
    assert "01.01.2025. 09:00" in rows[0] and "NEŠIFROVANA" in rows[0]
    assert "nijedan naš ključ" in rows[1]
    assert older.name in rows[2] and "raniji ključ (do " in rows[2]
    assert newer.name in rows[3] and "trenutni ključ" in rows[3]
    assert all(head_revision() in row and " 16  " in row for row in rows if "nijedan" not in row)
    assert len({line.index("registry") for line in rows} | {header.index("Datoteka")}) == 1  # aligned columns
    assert main(["--db", f"sqlite:///{path}", "--lang", "sr-Cyrl", "backup", "--list", "--to", str(folder)]) == 0
    cyrillic = capsys.readouterr().out
    assert "Датум" in cyrillic and "тренутни кључ" in cyrillic and "Datum" not in cyrillic


def test_an_older_backup_restores_after_rekey_with_the_keyring(templates, tmp_path: Path, stack, capsys) -> None:
    make_register(templates, tmp_path, "encrypted", "registry", filled=True, stack=stack).dispose()
    path, folder = tmp_path / "registry.sqlite", tmp_path / "kopije"
    older = _backup(path, folder, capsys)
    rekey(path)
    new_key = keys.get_secret(keys.database_key_name(path))
    assert describe(older, keys.candidate_keys(path), keys.earlier_keys(path)).opens_with == EARLIER
    assert main(["--db", f"sqlite:///{path}", "--lang", "bs", "restore", str(older), "--yes"]) == 0, (
        capsys.readouterr().err
    )
    assert _cases(path) == 16
    assert keys.get_secret(keys.database_key_name(path)) == new_key  # the register opens with today's key


def test_an_older_backup_restores_after_rekey_with_a_passphrase_and_no_keyring(
    templates, tmp_path: Path, stack, capsys, monkeypatch
) -> None:
    make_register(templates, tmp_path, "passphrase", "registry", filled=True, stack=stack).dispose()
    path, folder = tmp_path / "registry.sqlite", tmp_path / "kopije"
    monkeypatch.setattr(keys, "keyring_available", lambda: False)
    monkeypatch.setattr(keys, "get_secret", lambda name: None)
    monkeypatch.setenv(keys.PASSPHRASE_ENV, TEMPLATE_PASSPHRASE)
    older = _backup(path, folder, capsys)
    new_passphrase = "nova lozinka registra 2026"
    rekey(path, passphrase=TEMPLATE_PASSPHRASE, new_passphrase=new_passphrase)
    monkeypatch.setenv(keys.PASSPHRASE_ENV, new_passphrase)
    capsys.readouterr()

    assert main(["--db", f"sqlite:///{path}", "--lang", "bs", "restore", str(older), "--yes"]) == 1
    err = capsys.readouterr().err
    assert "--backup-passphrase" in err and "Traceback" not in err
    assert _cases(path, new_passphrase) == 16  # unchanged, still opens with the new passphrase

    monkeypatch.setenv("REGISTRY_BACKUP_PASSPHRASE", TEMPLATE_PASSPHRASE)
    assert main(["--db", f"sqlite:///{path}", "--lang", "bs", "restore", str(older), "--yes"]) == 0, (
        capsys.readouterr().err
    )
    assert _cases(path, new_passphrase) == 16  # restored, and it opens with the passphrase it had


def test_db_encrypt_offers_to_encrypt_or_remove_older_plain_backups(templates, tmp_path: Path, stack, capsys) -> None:
    make_register(templates, tmp_path, "plain", "registry", filled=True, stack=stack).dispose()
    path, folder = tmp_path / "registry.sqlite", tmp_path / "kopije"
    plain = [_backup(path, folder, capsys), _backup(path, folder, capsys)]
    bytes_before = [backup.read_bytes() for backup in plain]
    capsys.readouterr()

    assert main(["--db", f"sqlite:///{path}", "--lang", "bs", "db", "encrypt", "--backups", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "Nešifrovane ranije rezervne kopije" in err and all(str(backup) in err for backup in plain)
    assert "--plain-backups encrypt" in err
    assert [backup.read_bytes() for backup in plain] == bytes_before  # never silently

    assert (
        main(
            [
                "--db",
                f"sqlite:///{path}",
                "--lang",
                "bs",
                "db",
                "encrypt",
                "--backups",
                str(folder),
                "--plain-backups",
                "encrypt",
            ]
        )
        == 0
    )
    assert "Šifrovane i provjerene ranije kopije: 2" in capsys.readouterr().out
    current = keys.candidate_keys(path)
    for backup in plain:
        assert is_encrypted_file(backup) and stat.S_IMODE(backup.stat().st_mode) == 0o600
        entry = describe(backup, current, [])
        assert entry.opens_with == CURRENT and entry.cases == 16
    assert not [name for name in folder.iterdir() if name.suffix == ".part" or name.name.startswith(".")]
    assert main(["--db", f"sqlite:///{path}", "restore", str(plain[0]), "--yes"]) == 0
    assert _cases(path) == 16


def test_db_encrypt_can_remove_plain_backups_when_told(templates, tmp_path: Path, stack, capsys) -> None:
    make_register(templates, tmp_path, "plain", "registry", filled=True, stack=stack).dispose()
    path, folder = tmp_path / "registry.sqlite", tmp_path / "kopije"
    plain = _backup(path, folder, capsys)
    assert describe(plain, [], []).opens_with == PLAIN
    assert (
        main(
            [
                "--db",
                f"sqlite:///{path}",
                "--lang",
                "en",
                "db",
                "encrypt",
                "--backups",
                str(folder),
                "--plain-backups",
                "remove",
            ]
        )
        == 0
    )
    assert "Plain backups removed: 1." in capsys.readouterr().out
    assert not plain.exists() and is_encrypted_file(path)
    assert describe(_backup(path, folder, capsys), [], []).opens_with == NO_KEY
