"""A committed save survives a killed process: WAL with synchronous=FULL, checked by really killing one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from registry.cli import main
from registry.db import make_engine, session_factory
from registry.models import Case

WRITER = r"""
import sys
from registry.db import make_engine, session_factory, transaction
from registry.services.cases import register_case
from tests.helpers import new_case

sessions = session_factory(make_engine(sys.argv[1]))
index = 0
while True:
    with transaction(sessions) as session:
        number = register_case(session, new_case(family=f"Crash{index}"), actor_id=None).case.number
    print(number, flush=True)  # printed only after the commit returned
    index += 1
"""


def test_killed_writer_loses_no_committed_case(tmp_path: Path, capsys, monkeypatch) -> None:
    passphrase = "lozinka za test pada procesa"
    monkeypatch.setenv("REGISTRY_DB_PASSPHRASE", passphrase)
    path = tmp_path / "registry.sqlite"
    url = f"sqlite:///{path}"
    assert main(["--db", url, "init", "--profile", "gacko"]) == 0
    capsys.readouterr()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, url], stdout=subprocess.PIPE, text=True, env=env)
    committed: list[str] = []
    assert writer.stdout is not None
    deadline = time.monotonic() + 60
    while len(committed) < 40 and time.monotonic() < deadline:
        line = writer.stdout.readline()
        if not line:
            break
        committed.append(line.strip())
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    committed += [line.strip() for line in writer.stdout.read().splitlines() if line.strip()]
    assert len(committed) >= 40
    engine = make_engine(url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    with session_factory(engine)() as session:
        stored = set(session.scalars(select(Case.number)))
    assert set(committed) <= stored
    engine.dispose()
