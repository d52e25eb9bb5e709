"""The default install's upgrade path: an encrypted register saved at every earlier revision reaches head through
``registry db upgrade``, a plain command and the application's start, with a verified encrypted backup first and
every row kept; a failed upgrade leaves the file byte-identical.  Plain files and PostgreSQL run the same paths."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import Engine, event

from registry import keys
from registry.cli import main
from registry.db import (
    SQLITE_HEADER,
    encrypted_engine,
    head_revision,
    known_revisions,
    make_engine,
    schema_state,
    upgrade,
)
from registry.encryption import create_encrypted
from registry.services.statistics import changes
from tests.conftest import scratch_pg_database
from tests.schema_fixtures import FIXTURES, dump, load, without_derived

PASSPHRASE = "lozinka centra za test nadogradnje"
EARLIER = known_revisions()[:-1]
PATHS = ["db-upgrade", "command", "app-start"]


def _saved(revision: str) -> dict:
    return json.loads((FIXTURES / f"{revision}.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class OldRegister:
    url: str
    key: str | None  # the SQLCipher key (raw key from the keyring or the passphrase); None for plain/server
    mode: str


def _build(path: Path, revision: str, key: str | None) -> None:
    if key is not None:
        create_encrypted(path, passphrase=key)  # a raw x'..' key is used as given, like a passphrase
        engine = encrypted_engine(path, key)
    else:
        engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, revision=revision)
    load(engine, _saved(revision))
    engine.dispose()


@pytest.fixture(scope="session")
def old_files(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[Path, str | None]]:
    """Each earlier revision with its saved data, once per session: encrypted (raw key, passphrase) and plain."""
    folder = tmp_path_factory.mktemp("old-registers")
    raw_key = keys.generate_key()
    built = {}
    for revision in EARLIER:
        for mode, key in (("keyring", raw_key), ("passphrase", PASSPHRASE), ("plain", None)):
            path = folder / f"{mode}-{revision}.sqlite"
            _build(path, revision, key)
            built[(mode, revision)] = (path, key)
    return built


@pytest.fixture(params=["keyring", "passphrase", "plain", "postgresql"])
def old_register(
    request: pytest.FixtureRequest, old_files, tmp_path: Path, memory_keyring, monkeypatch: pytest.MonkeyPatch
) -> Iterator[OldRegister]:
    revision = request.node.callspec.params["revision"]
    mode = request.param
    if mode == "postgresql":
        if request.node.callspec.params.get("how", "db-upgrade") != "db-upgrade":
            pytest.skip("the server takes the same command paths; one of them is enough (test_migrations has more)")
        with scratch_pg_database("registry_old") as (_name, url):
            engine = make_engine(url)
            upgrade(engine, revision=revision)
            load(engine, _saved(revision))
            engine.dispose()
            yield OldRegister(url, None, mode)
        return
    source, key = old_files[(mode, revision)]
    path = tmp_path / "registry.sqlite"
    shutil.copyfile(source, path)
    if mode == "keyring":
        memory_keyring.set_password(keys.SERVICE, keys.database_key_name(path), key)
    if mode == "passphrase":
        monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSPHRASE)
    yield OldRegister(f"sqlite:///{path}", key, mode)


def _run(register: OldRegister, how: str, capsys, monkeypatch) -> tuple[int, str]:
    monkeypatch.setenv("REGISTRY_USER", "sef")  # the old register's supervisor (schema_fixtures)
    monkeypatch.setenv("REGISTRY_PASSWORD", "fixture-password")
    options = ["--db", register.url, "--lang", "bs"]
    if register.mode == "passphrase":
        options.append("--passphrase")
    if how == "db-upgrade":
        code = main([*options, "db", "upgrade"])
    elif how == "command":
        code = main([*options, "search", "Hodžić"])
    else:  # the application's start, up to the window
        opened = []
        monkeypatch.setattr("registry.ui.launch.run_gui", lambda engine, **_: opened.append(engine) or 0)
        monkeypatch.setattr("registry.ui.passphrase.ask_passphrase", lambda *_a, **_k: PASSPHRASE)
        at_start = [option for option in options if option != "--passphrase"]  # the window asks for it instead
        code = main([*at_start, "gui"])
        assert len(opened) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out + err


def _open(register: OldRegister) -> Engine:
    if register.key is not None:
        return encrypted_engine(Path(register.url.removeprefix("sqlite:///")), register.key)
    return make_engine(register.url)


@pytest.mark.parametrize("how", PATHS)
@pytest.mark.parametrize("revision", EARLIER)
def test_old_register_upgrades_on_every_path_with_every_row_kept(
    old_register: OldRegister, revision: str, how: str, capsys, monkeypatch, isolated_data_dir: Path
) -> None:
    code, said = _run(old_register, how, capsys, monkeypatch)
    assert code == 0, said
    engine = _open(old_register)
    try:
        assert schema_state(engine).current == head_revision()
        with engine.connect() as connection:  # every kept statistic is guarded from the first write after
            assert changes.present(connection) == set(changes.names())
        after = without_derived(dump(engine), revision)
        if how == "db-upgrade":
            _old_events_verify_and_can_be_erased(engine)
    finally:
        engine.dispose()
    rechained = revision < "0005"  # the audit trail is re-chained over the details' digests, and says so
    if rechained:
        assert after["audit_event"][len(_saved(revision)["audit_event"])]["action"] == "audit.chain_upgraded"
    for table, rows in _saved(revision).items():
        skip = {"hash", "prev_hash"} if rechained and table == "audit_event" else set()
        assert len(after[table]) == len(rows) + (1 if skip else 0), table
        kept = [
            {key: row[key] for key in before if key not in skip}
            for before, row in zip(rows, after[table], strict=False)
        ]
        assert kept == [{key: value for key, value in row.items() if key not in skip} for row in rows], table
    if old_register.mode == "postgresql":
        return
    backups = list((isolated_data_dir / "backups").glob(f"registry-before-upgrade-from-{revision}-*.sqlite"))
    assert len(backups) == 1, said
    assert str(backups[0]) in said  # the user is told where the copy is
    encrypted = old_register.key is not None
    assert (backups[0].read_bytes()[:16] != SQLITE_HEADER) is encrypted
    copy = sqlcipher3.connect(str(backups[0]))
    if encrypted:  # the backup opens with the register's own key, and is at the revision it was taken from
        copy.execute('PRAGMA key = "' + old_register.key.replace('"', '""') + '"')
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
    assert copy.execute("SELECT count(*) FROM case_file").fetchone()[0] == len(_saved(revision)["case_file"])
    copy.close()


def _old_events_verify_and_can_be_erased(engine: Engine) -> None:
    """The upgraded register's chain verifies, and still does after the details of a case's events are erased."""
    from sqlalchemy import select

    from registry.db import session_factory, transaction
    from registry.models import AuditEvent
    from registry.services.audit import redact, verify_chain

    sessions = session_factory(engine)
    with sessions() as session:
        assert verify_chain(session).ok
        case_id = session.scalar(select(AuditEvent.case_id).where(AuditEvent.case_id.is_not(None)).limit(1))
    with transaction(sessions) as session:
        assert redact(session, case_ids=[case_id]) > 0
    with sessions() as session:
        check = verify_chain(session)
    assert check.ok, check


@pytest.fixture
def failing_last_migration() -> Iterator[None]:
    """The last revision's statement fails (a full disk, say) after the earlier revisions' DDL already ran."""

    def fail(connection, _cursor, statement, *_args) -> None:
        if "ix_checklist_item_open_due_at" in statement and statement.lstrip().upper().startswith("CREATE"):
            raise connection.dialect.loaded_dbapi.OperationalError("database or disk is full")

    event.listen(Engine, "before_cursor_execute", fail)
    yield
    event.remove(Engine, "before_cursor_execute", fail)


@pytest.mark.parametrize("revision", [EARLIER[0]])
@pytest.mark.parametrize("old_register", ["keyring", "plain"], indirect=True)
def test_failed_upgrade_leaves_the_register_byte_identical(
    old_register: OldRegister, revision: str, capsys, monkeypatch, failing_last_migration
) -> None:
    path = Path(old_register.url.removeprefix("sqlite:///"))
    before = path.read_bytes()
    code, said = _run(old_register, "db-upgrade", capsys, monkeypatch)
    assert code == 1
    assert "disk is full" in said and "ostala kakva je bila" in said
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


@pytest.fixture
def current_register(tmp_path: Path, capsys, memory_keyring) -> tuple[Path, str]:
    """Today's encrypted register (key in the keyring) and an encrypted backup of it made by the first version."""
    path = tmp_path / "registry.sqlite"
    assert main(["--db", f"sqlite:///{path}", "init", "--profile", "derventa"]) == 0
    capsys.readouterr()
    key = memory_keyring.get_password(keys.SERVICE, keys.database_key_name(path))
    old_backup = tmp_path / "backups" / "registry-backup-20240101-000000-000000.sqlite"
    old_backup.parent.mkdir()
    _build(old_backup, EARLIER[0], key)
    return path, str(old_backup)


def test_older_encrypted_backup_restores_over_the_current_register(current_register, capsys, cli_user) -> None:
    path, old_backup = current_register
    cli_user("sef", "fixture-password")  # the restored register's supervisor (the current one has no accounts)
    url = f"sqlite:///{path}"
    assert main(["--db", url, "--lang", "en", "restore", old_backup, "--yes"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["--db", url, "--lang", "en", "search", "Hodžić", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert {hit["family_name"] for hit in json.loads(out)} == {"Hodžić", "Хоџић"}
    assert schema_state(make_engine(url)).up_to_date
    assert Path(old_backup).exists()  # the backup itself is untouched


def test_failed_upgrade_of_a_restored_backup_leaves_the_register_as_it_was(
    current_register, capsys, failing_last_migration
) -> None:
    path, old_backup = current_register
    before = path.read_bytes()
    code = main(["--db", f"sqlite:///{path}", "--lang", "en", "restore", old_backup, "--yes"])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err
    assert "disk is full" in err and "left as it was" in err
    assert path.read_bytes() == before
    left = {p.name for p in path.parent.iterdir()} - {"registry.sqlite", "registry.sqlite-wal", "registry.sqlite-shm"}
    assert left <= {"backups", "data"}  # no half-restored copy, nothing set aside
