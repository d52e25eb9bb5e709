"""Kill -9 while statistics are being kept, and two keepers at once beside a writer: nothing wrong is ever kept.

    .venv/bin/python bench/statistics_kill_trials.py [--trials 30] [--cases 2000] [--url URL]

Makes an encrypted register (or uses ``--url``, e.g. PostgreSQL) with demo cases, then per trial: empties what is
kept, starts a process that reports the year (keeping its months), kills it with SIGKILL after a random delay
(0-3 s), and checks that the register opens (``PRAGMA integrity_check`` on SQLite) and that a report from what is
kept equals the report counted live.  Then two processes keep the same years at once while a third changes records
of those months, several rounds, and the same check.  Prints the trials and failures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NOW = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
YEARS = ("2024-01-01", "2025-12-31")


PASSPHRASE = "kept statistics trials 1"


def _engine(url: str):  # type: ignore[no-untyped-def]
    from registry.db import make_engine

    return make_engine(url, passphrase=os.environ.get("REGISTRY_DB_PASSPHRASE"))


def child(url: str, role: str, seed: int) -> None:
    """One process of a trial: ``keep`` reports two years (keeping them); ``write`` changes records meanwhile."""
    from sqlalchemy import select

    from registry.db import session_factory, transaction
    from registry.models import ChecklistItem, Referral
    from registry.services.statistics.period import Period
    from registry.services.statistics.report import compute

    sessions = session_factory(_engine(url))
    period = Period(dt.date.fromisoformat(YEARS[0]), dt.date.fromisoformat(YEARS[1]))
    if role == "keep":
        with sessions() as session:
            compute(session, period, actor_id=None, now=NOW)
        return
    rng = random.Random(seed)
    for _ in range(20):
        with transaction(sessions) as session:
            items = session.scalars(select(ChecklistItem).where(ChecklistItem.done_at.is_not(None)).limit(400)).all()
            item = rng.choice(items)
            item.done_at = item.done_at + dt.timedelta(days=rng.randint(1, 30))  # type: ignore[operator]
            referral = rng.choice(session.scalars(select(Referral).limit(400)).all())
            referral.response_received_at = None
        time.sleep(rng.random() / 10)


def _check(url: str) -> str:
    """'' when the register is whole and the kept report equals the live one; what is wrong otherwise."""
    from sqlalchemy import delete

    from registry.db import session_factory, transaction
    from registry.models import StatisticsMonth
    from registry.services.statistics.period import Period
    from registry.services.statistics.report import compute

    engine = _engine(url)
    try:
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                found = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
                if found != "ok":
                    return f"integrity_check: {found}"
        sessions = session_factory(engine)
        period = Period(dt.date.fromisoformat(YEARS[0]), dt.date.fromisoformat(YEARS[1]))
        with sessions() as session:
            kept = compute(session, period, actor_id=None, now=NOW, keep=False)
        with transaction(sessions) as session:
            session.execute(delete(StatisticsMonth))
        with sessions() as session:
            live = compute(session, period, actor_id=None, now=NOW, keep=False)
        for name in ("tables", "compliance", "compliance_detail", "durations", "quality"):
            if getattr(kept, name) != getattr(live, name):
                return f"kept report differs from the live one in {name}"
        return ""
    finally:
        engine.dispose()


def _spawn(url: str, role: str, seed: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, __file__, "--child", role, "--url", url, "--seed", str(seed)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=5, help="rounds of two keepers beside a writer")
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--url", help="a register to use (default: a new encrypted file)")
    parser.add_argument("--child", choices=("keep", "write"), help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.url, args.child, args.seed)
        return
    url = args.url
    if url is None:
        os.environ["REGISTRY_DB_PASSPHRASE"] = PASSPHRASE  # the child processes open the file with it
        folder = Path(tempfile.mkdtemp(prefix="kept-trials-"))
        url = f"sqlite:///{folder / 'registry.sqlite'}"
    from registry.db import session_factory, transaction
    from registry.services.demo import seed_demo
    from registry.services.setup import initialise
    from tests.registers import PROFILE, new_database

    engine = new_database(url, encrypted=args.url is None, passphrase=os.environ.get("REGISTRY_DB_PASSPHRASE"))
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        initialise(session, PROFILE)
    with sessions() as session:
        seed_demo(session, cases=args.cases, seed=3, now=NOW)
    engine.dispose()
    print(f"register: {url} ({args.cases} cases, {'encrypted' if args.url is None else 'as given'})")

    started = time.perf_counter()  # how long a keeper runs from start to end: the kills fall inside it
    _spawn(url, "keep", 0).wait()
    lasted = time.perf_counter() - started
    _check(url)  # empties what was kept
    print(f"a keeper runs {lasted:.1f} s; kills at random moments in it")
    rng = random.Random(7)
    failures, killed_while_running = [], 0
    for trial in range(1, args.trials + 1):
        process = _spawn(url, "keep", trial)
        time.sleep(rng.uniform(0.2, lasted))
        if process.poll() is None:
            killed_while_running += 1
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        problem = _check(url)
        if problem:
            failures.append(f"kill trial {trial}: {problem}")
    print(f"kill -9 trials: {args.trials} ({killed_while_running} killed while running), failures: {len(failures)}")

    concurrent_failures = 0
    for round_number in range(1, args.rounds + 1):
        processes = [_spawn(url, "keep", 0), _spawn(url, "keep", 0), _spawn(url, "write", round_number)]
        codes = [p.wait() for p in processes]
        problem = _check(url) or ("" if codes == [0, 0, 0] else f"exit codes {codes}")
        if problem:
            concurrent_failures += 1
            failures.append(f"round {round_number}: {problem}")
    print(f"two keepers beside a writer: {args.rounds} rounds, failures: {concurrent_failures}")
    for line in failures:
        print("  " + line)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
