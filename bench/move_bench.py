"""``registry db move`` to PostgreSQL: the time of a large move, its verification, and kill -9 trials, counted.

    python bench/move_bench.py [--cases 200000] [--trials 30] [--trial-cases 2000]
                               [--server postgresql+psycopg://root@127.0.0.1:5432/test]

1. An encrypted register (SQLCipher, passphrase in REGISTRY_DB_PASSPHRASE) with ``--cases`` demo cases is moved
   into a new, empty database on the server; the command's time is measured from outside, then both sides are read
   again and compared table by table (row counts and checksums, ``table_copy.verify``) and ``registry audit
   verify`` runs on the server.
2. Kill trials: a smaller register is moved ``--trials`` times into a fresh database and the move is killed with
   SIGKILL at a random moment of its copy (from its first line to 1.1 times one whole copy); the server database must then hold not one row of the register
   ("empty": at most the schema), or all of it ("complete": verified equal).  Anything else is a failure.  After
   an "empty" outcome the move is run again to the end, which must succeed.

Prints a table and writes ``bench/move_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "move-bench-passphrase-2026"


def registry(*args: str) -> list[str]:
    return [sys.executable, "-m", "registry.cli", *args]


def environment(folder: Path) -> dict[str, str]:
    return {
        **os.environ,
        "REGISTRY_DB_PASSPHRASE": PASSPHRASE,
        "REGISTRY_DATA_DIR": str(folder / "data"),
        "REGISTRY_LANG": "en",
    }


def make_register(folder: Path, cases: int) -> tuple[str, float]:
    path = folder / f"centre-{cases}.sqlite"
    url = f"sqlite:///{path}"
    started = time.perf_counter()
    env = environment(folder)
    subprocess.run(
        registry("--db", url, "init", "--profile", "posusje"), env=env, check=True, stdout=subprocess.DEVNULL
    )
    subprocess.run(registry("--db", url, "demo", "--cases", str(cases)), env=env, check=True, stdout=subprocess.DEVNULL)
    return url, time.perf_counter() - started


class Server:
    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(admin_url)
        self.admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.made: list[str] = []

    def new_database(self) -> str:
        from sqlalchemy import text

        name = f"move_bench_{uuid.uuid4().hex[:10]}"
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        self.made.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        from sqlalchemy import text

        with self.admin.connect() as connection:
            for name in self.made:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


def rows_on(target_url: str) -> int:
    """Rows of the register in the target (the schema revision aside)."""
    from sqlalchemy import MetaData, create_engine, func, select

    engine = create_engine(target_url)
    try:
        with engine.connect() as connection:
            metadata = MetaData()
            metadata.reflect(connection)
            return sum(
                int(connection.execute(select(func.count()).select_from(table)).scalar_one())
                for table in metadata.sorted_tables
                if table.name != "alembic_version"
            )
    finally:
        engine.dispose()


def verified(source_url: str, target_url: str) -> tuple[bool, str]:
    from registry.db import make_engine
    from registry.services.table_copy import CopyError, verify

    source = make_engine(source_url, passphrase=PASSPHRASE)
    target = make_engine(target_url)
    try:
        report = verify(source, target)
        return True, f"{len(report.tables)} tables, {report.rows} rows equal"
    except CopyError as error:
        return False, error.message("en")
    finally:
        source.dispose()
        target.dispose()


def timed_move(folder: Path, source_url: str, target_url: str) -> dict[str, object]:
    started = time.perf_counter()
    done = subprocess.run(
        registry("--db", source_url, "db", "move", "--to", target_url),
        env=environment(folder),
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"db move failed:\n{done.stdout}\n{done.stderr}")
    check_started = time.perf_counter()
    equal, detail = verified(source_url, target_url)
    audit = subprocess.run(
        registry("--db", target_url, "audit", "verify"), env=environment(folder), capture_output=True, text=True
    )
    return {
        "move_seconds": round(seconds, 1),
        "reverify_seconds": round(time.perf_counter() - check_started, 1),
        "verified_again": equal,
        "verification": detail,
        "audit_verify": audit.stdout.strip(),
        "audit_exit": audit.returncode,
        "output": done.stdout.strip().splitlines()[:3],
    }


def start_move(folder: Path, source_url: str, target: str) -> tuple[subprocess.Popen[str], float]:
    """Start ``db move`` and wait until it begins copying (its first line on standard error); (process, when)."""
    process = subprocess.Popen(
        registry("--db", source_url, "db", "move", "--to", target),
        env=environment(folder),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    process.stderr.readline()  # "Moving the register ... to ...": the source is open, the copy starts
    return process, time.perf_counter()


def kill_trials(folder: Path, server: Server, source_url: str, trials: int, seed: int) -> dict[str, object]:
    """Kills fall in the copy itself: from its first line to a little after the time one whole copy took."""
    chooser = random.Random(seed)
    process, copying = start_move(folder, source_url, server.new_database())
    process.communicate()
    window = time.perf_counter() - copying
    outcomes = {"empty": 0, "complete": 0, "failed": 0}
    reruns = {"ok": 0, "failed": 0}
    details = []
    for trial in range(trials):
        target = server.new_database()
        delay = chooser.uniform(0.0, window * 1.1)
        process, _copying = start_move(folder, source_url, target)
        time.sleep(delay)
        finished_first = process.poll() is not None
        if not finished_first:
            os.kill(process.pid, signal.SIGKILL)
        process.communicate()
        rows = rows_on(target)
        if rows == 0:
            outcome = "empty"
        else:
            equal, _detail = verified(source_url, target)
            outcome = "complete" if equal else "failed"
        outcomes[outcome] += 1
        if outcome == "empty":  # the next move must go through on what the killed one left
            again = subprocess.run(
                registry("--db", source_url, "db", "move", "--to", target), env=environment(folder), capture_output=True
            )
            ok = again.returncode == 0 and verified(source_url, target)[0]
            reruns["ok" if ok else "failed"] += 1
        details.append({"trial": trial, "delay": round(delay, 2), "killed": not finished_first, "outcome": outcome})
        state = "killed" if not finished_first else "had finished"
        print(f"  trial {trial + 1:3}: {state} {delay:5.2f} s into the copy -> {outcome}", flush=True)
    return {
        "copy_window_seconds": round(window, 1),
        "outcomes": outcomes,
        "reruns_after_empty": reruns,
        "trials": details,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--trial-cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument(
        "--server",
        default=os.environ.get("REGISTRY_TEST_DATABASE_URL", "postgresql+psycopg://root@127.0.0.1:5432/test"),
    )
    parser.add_argument("--skip-large", action="store_true", help="kill trials only")
    args = parser.parse_args()
    os.environ["REGISTRY_DB_PASSPHRASE"] = PASSPHRASE
    server = Server(args.server)
    result: dict[str, object] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="move-bench-") as temporary:
            folder = Path(temporary)
            if not args.skip_large:
                source, made = make_register(folder, args.cases)
                size = Path(source.removeprefix("sqlite:///")).stat().st_size
                print(
                    f"register of {args.cases:,} cases (encrypted, {size / 2**20:.0f} MiB) made in {made:.0f} s",
                    flush=True,
                )
                large = timed_move(folder, source, server.new_database())
                large.update(cases=args.cases, register_mib=round(size / 2**20, 1), demo_seconds=round(made, 1))
                result["large"] = large
                print(json.dumps(large, indent=2, ensure_ascii=False), flush=True)
            if args.trials:
                source, _made = make_register(folder, args.trial_cases)
                trials = kill_trials(folder, server, source, args.trials, args.seed)
                result["kill_trials"] = {"cases": args.trial_cases, **trials}
                print(json.dumps({k: v for k, v in result["kill_trials"].items() if k != "trials"}, indent=2))
    finally:
        server.drop_all()
    output = ROOT / "bench" / "move_bench.json"
    earlier = json.loads(output.read_text(encoding="utf-8")) if output.is_file() else {}
    earlier.update(result)  # a run of the trials alone keeps the large move's figures, and the other way round
    output.write_text(json.dumps(earlier, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    failed = result.get("kill_trials", {}).get("outcomes", {}).get("failed", 0)  # type: ignore[union-attr]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
