"""Server backups are real backups: one consistent snapshot of the PostgreSQL register written as an encrypted,
verified, owner-only SQLite file, even while others save; and ``registry restore`` puts it back onto an empty server
database, equal row by row, with the audit trail intact."""

from __future__ import annotations

import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from registry import keys
from registry.cli import main
from registry.db import head_revision, is_encrypted_file, make_engine, session_factory, transaction
from registry.models import AuditEvent, Case
from registry.services.audit import verify_chain
from registry.services.backup_runs import run_backup
from registry.services.cases import register_case
from registry.services.server_backup import ServerBackupError, backup_server, restore_server, server_key_name
from tests.conftest import PG_URL, scratch_pg_database
from tests.helpers import new_case
from tests.registers import Templates, rows

pytestmark = pytest.mark.skipif(not PG_URL, reason="REGISTRY_TEST_DATABASE_URL is not set")


@pytest.fixture(autouse=True)
def administrator(cli_user) -> None:
    """Backups and restores are an administrator's commands: the filled registers' demo administrator."""
    from registry.services.demo import DEMO_PASSWORD

    cli_user("edin.hasanovic", DEMO_PASSWORD)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    made = Templates(tmp_path_factory.mktemp("server-backup-templates"))
    yield made
    made.close()


@pytest.fixture
def server(templates: Templates) -> Iterator[Callable[..., tuple[str, Engine]]]:
    """Server databases for this test: ``filled`` (a register with cases), ``prepared`` (at head, no cases) or
    ``blank`` (no tables at all); (URL, engine), all dropped after."""
    with ExitStack() as stack:

        def make(kind: str) -> tuple[str, Engine]:
            template = {"filled": templates.postgresql(True), "prepared": templates.postgresql(False)}.get(kind)
            _name, url = stack.enter_context(scratch_pg_database("srvbak", template))
            engine = make_engine(url)
            stack.callback(engine.dispose)
            return url, engine

        yield make


def _without_last_events(found: dict, events: int) -> dict:
    return {**found, "audit_event": found["audit_event"][:-events] if events else found["audit_event"]}


def test_backup_and_restore_into_a_fresh_database_equal_row_by_row(server, tmp_path: Path, capsys) -> None:
    source_url, source = server("filled")
    before = rows(source)

    assert main(["--db", source_url, "--lang", "bs", "backup", "--to", str(tmp_path / "kopije")]) == 0
    said = capsys.readouterr().out
    (backup,) = (tmp_path / "kopije").glob("*-backup-*.sqlite")
    assert str(backup) in said
    assert is_encrypted_file(backup)  # nothing of the register readable without the key
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert not list((tmp_path / "kopije").glob("*.part")) and not list((tmp_path / "kopije").glob("*-wal"))
    assert keys.get_secret(server_key_name(source.url))  # the key that opens it is in the keyring
    assert main(["--db", source_url, "--lang", "bs", "backup", "--list", "--to", str(tmp_path / "kopije")]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert backup.name in listed[1] and "trenutni ključ" in listed[1] and head_revision() in listed[1]

    target_url, target = server("blank")
    assert main(["--db", target_url, "--lang", "bs", "restore", str(backup), "--yes"]) == 0
    out = capsys.readouterr()
    assert "vraćena na server" in out.out and "registry server prepare" in out.err

    after = rows(target)
    assert after["alembic_version"] == [{"version_num": head_revision()}]
    assert _without_last_events(after, 1) == before  # every table equal; the restore itself is recorded
    assert after["audit_event"][-1]["action"] == "restore"
    assert main(["--db", target_url, "audit", "verify"]) == 0
    with transaction(session_factory(target)) as session:  # new ids continue after the restored ones
        case = register_case(session, new_case("Poslije", "Vraćanja"), actor_id=None).case
    assert case.id > max(row["id"] for row in before["case_file"])


def test_restore_onto_a_prepared_server_without_cases(server, tmp_path: Path) -> None:
    source_url, source = server("filled")
    before = rows(source)
    made = backup_server(source, tmp_path / "kopija.sqlite", "lozinka za server kopiju")
    _url, target = server("prepared")
    result = restore_server(made.path, target, passphrase="lozinka za server kopiju")
    assert result.cases == len(before["case_file"]) and not result.schema_created
    assert _without_last_events(rows(target), 1) == before


def test_restore_onto_a_server_with_cases_is_refused_and_changes_nothing(server, tmp_path: Path, capsys) -> None:
    source_url, source = server("filled")
    backup_server(source, tmp_path / "kopija.sqlite", "lozinka za server kopiju")
    target_url, target = server("filled")
    with target.begin() as connection:
        connection.execute(text("UPDATE person SET given_name = 'Neko drugi' WHERE id = 1"))
    before = rows(target)
    with pytest.raises(ServerBackupError) as refused:
        restore_server(tmp_path / "kopija.sqlite", target, passphrase="lozinka za server kopiju")
    assert refused.value.key == "server_restore.not_empty"
    assert "није празна" in refused.value.message("sr-Cyrl")
    assert rows(target) == before
    monkey = pytest.MonkeyPatch()
    monkey.setenv("REGISTRY_DB_PASSPHRASE", "lozinka za server kopiju")
    try:
        assert main(["--db", target_url, "--lang", "bs", "restore", str(tmp_path / "kopija.sqlite"), "--yes"]) == 1
    finally:
        monkey.undo()
    err = capsys.readouterr().err
    assert "nije prazna" in err and "Traceback" not in err
    assert rows(target) == before


def test_a_backup_no_key_opens_is_refused_clearly(server, tmp_path: Path) -> None:
    _url, source = server("filled")
    backup_server(source, tmp_path / "kopija.sqlite", "prava lozinka za kopiju")
    _url, target = server("blank")
    with pytest.raises(Exception) as refused:
        restore_server(tmp_path / "kopija.sqlite", target, passphrase="pogrešna lozinka")
    assert refused.value.key == "backup.unreadable"
    with target.connect() as connection:  # nothing was made on the server
        assert not connection.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar()


def test_saves_during_backups_neither_fail_them_nor_appear_half(server, tmp_path: Path) -> None:
    """Before: every backup failed when someone saved meanwhile.  Now each is one consistent snapshot."""
    url, source = server("filled")
    template_cases = {row["id"] for row in rows(source)["case_file"]}
    stop = threading.Event()
    saved: list[int] = []
    errors: list[BaseException] = []

    def keep_saving() -> None:
        writer = make_engine(url)
        try:
            while not stop.is_set():
                with transaction(session_factory(writer)) as session:
                    saved.append(register_case(session, new_case("Tokom", "Kopije"), actor_id=None).case.id)
        except BaseException as error:
            errors.append(error)
        finally:
            writer.dispose()

    thread = threading.Thread(target=keep_saving)
    thread.start()
    made = []
    try:
        for _ in range(4):
            made.append(run_backup(source, session_factory(source), folder=tmp_path / "kopije", keep=10))
    finally:
        stop.set()
        thread.join()
    assert not errors and len(saved) >= 2
    counts = []
    for result in made:
        copy = make_engine(f"sqlite:///{result.path}", passphrase=keys.get_secret(server_key_name(source.url)))
        with session_factory(copy)() as session:
            assert verify_chain(session).ok
            cases = set(session.scalars(select(Case.id)))
            created = set(session.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "case.create")))
        copy.dispose()
        assert cases - template_cases == created & (cases - template_cases)  # every saved case whole, or not at all
        assert {c for c in created if c not in template_cases} == cases - template_cases
        counts.append(len(cases))
    assert counts == sorted(counts) and counts[-1] > counts[0]


def test_a_restore_that_fails_halfway_leaves_the_empty_database_empty(server, tmp_path: Path) -> None:
    _url, source = server("filled")
    made = backup_server(source, tmp_path / "kopija.sqlite", "lozinka za server kopiju")
    _url, target = server("blank")

    def interrupted(step) -> None:
        if step.table == "case_file":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        restore_server(made.path, target, passphrase="lozinka za server kopiju", progress=interrupted)
    with target.connect() as connection:
        assert not connection.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar()
    assert restore_server(made.path, target, passphrase="lozinka za server kopiju").cases == 16


def test_a_failed_server_backup_leaves_no_file(server, tmp_path: Path) -> None:
    _url, source = server("filled")

    def interrupted(step) -> None:
        if step.table == "case_file":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        backup_server(source, tmp_path / "kopije" / "kopija.sqlite", "lozinka za server kopiju", progress=interrupted)
    assert list((tmp_path / "kopije").iterdir()) == []


def test_no_keyring_and_no_passphrase_is_explained(server, tmp_path: Path, monkeypatch, capsys) -> None:
    url, _source = server("filled")
    monkeypatch.setattr(keys, "keyring_available", lambda: False)
    monkeypatch.setattr(keys, "get_secret", lambda name: None)
    monkeypatch.delenv("REGISTRY_DB_PASSPHRASE", raising=False)
    assert main(["--db", url, "--lang", "bs", "backup", "--to", str(tmp_path / "kopije")]) == 1
    err = capsys.readouterr().err
    assert "--passphrase" in err and "Ništa nije zapisano" in err and "Traceback" not in err
    assert not (tmp_path / "kopije").exists() or not list((tmp_path / "kopije").iterdir())


def test_first_backups_started_together_make_one_key_between_them(server) -> None:
    """The first backups of a server register on one PC, started at the same moment, each ask for the backup key.
    Before: each made a key of its own and the keyring kept only the last one written, so the other backups, made
    and reported as good, could never be opened again (2 of 20 two-process trials).  Eight at once here (threads
    stand in for processes: the lock is on the server), 100 times, each time a register without a key yet."""
    from concurrent.futures import ThreadPoolExecutor

    from registry.services.server_backup import backup_key

    _url, source = server("filled")
    for attempt in range(100):
        url = source.url.set(database=f"{source.url.database}_{attempt}")  # a register without a key yet
        start = threading.Barrier(8)

        def ask(_index: int, url=url, start=start) -> str:
            start.wait()
            return backup_key(url, engine=source)

        with ThreadPoolExecutor(8) as pool:
            given = set(pool.map(ask, range(8)))
        assert given == {keys.get_secret(server_key_name(url))}
        keys.delete_secret(server_key_name(url))
