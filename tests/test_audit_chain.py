"""The audit chain under normal use: several PCs (processes) writing at once never fork it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from registry.cli import main
from registry.db import make_engine, session_factory
from registry.models import AuditEvent
from registry.services.audit import verify_chain

ROOT = Path(__file__).resolve().parents[1]
WRITERS = 4
EVENTS_EACH = 25

#: one "PC": waits for the start signal, then appends events as the program does: some after reading only
#: (viewing a case), some after its own write in the same transaction (saving one)
WRITER = r"""
import sys, time
from pathlib import Path
from sqlalchemy import func, select
from registry.db import make_engine, session_factory, transaction
from registry.models import AuditEvent, User
from registry.services import audit
from registry.services.cases import register_case
from tests.helpers import new_case

url, go, name, count = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
sessions = session_factory(make_engine(url))
while not go.exists():
    time.sleep(0.005)
for index in range(count):
    with transaction(sessions) as session:
        session.scalar(select(func.count()).select_from(User))  # a read before the event, as a view does
        if index % 4 == 3:
            register_case(session, new_case(family=f"Fork{name}x{index}"), actor_id=None)
        else:
            audit.record(session, "test.concurrent", user_id=None, details={"writer": name, "index": index})
print("done", flush=True)
"""


def _forks(url: str) -> tuple[int, bool, int]:
    """(events that link to a head another event already links to, verify ok, events)."""
    engine = make_engine(url)
    with session_factory(engine)() as session:
        shared = (
            select(AuditEvent.prev_hash, (func.count() - 1).label("extra"))
            .group_by(AuditEvent.prev_hash)
            .having(func.count() > 1)
            .subquery()
        )
        forks = session.scalar(select(func.coalesce(func.sum(shared.c.extra), 0)))
        check = verify_chain(session)
    engine.dispose()
    return int(forks or 0), check.ok, check.events


def _run_writers(url: str, tmp_path: Path) -> None:
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url, str(go), str(n), str(EVENTS_EACH)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(WRITERS)
    ]
    time.sleep(1.5)  # every writer has imported and opened the register before the start signal
    go.touch()
    for writer in writers:
        out, err = writer.communicate(timeout=240)
        assert writer.returncode == 0 and out.strip() == "done", err[-2000:]


def test_four_processes_writing_at_once_on_an_encrypted_register_never_fork_the_chain(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("REGISTRY_DB_PASSPHRASE", "lozinka za test lanca revizije")
    path = tmp_path / "registry.sqlite"
    url = f"sqlite:///{path}"
    assert main(["--db", url, "init", "--profile", "gacko"]) == 0
    capsys.readouterr()
    before = _forks(url)[2]
    _run_writers(url, tmp_path)
    forks, intact, events = _forks(url)
    assert (forks, intact) == (0, True)
    assert events == before + WRITERS * EVENTS_EACH
    assert main(["--db", url, "--lang", "en", "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out


def test_four_processes_writing_at_once_on_postgresql_never_fork_the_chain(tmp_path: Path) -> None:
    from tests.conftest import PG_URL, scratch_pg_database

    if not PG_URL:
        pytest.skip("REGISTRY_TEST_DATABASE_URL is not set: PostgreSQL tests skipped")
    with scratch_pg_database("registry_chain") as (_name, url):
        assert main(["--db", url, "init", "--profile", "gacko"]) == 0
        before = _forks(url)[2]
        _run_writers(url, tmp_path)
        forks, intact, events = _forks(url)
        assert (forks, intact) == (0, True)
        assert events == before + WRITERS * EVENTS_EACH
