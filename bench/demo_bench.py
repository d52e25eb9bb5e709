"""Demo data at N cases: the command as a user runs it, and the SQLite work beneath it (the floor).

    .venv/bin/python bench/demo_bench.py --cases 1000000                # the command, a new plain register
    .venv/bin/python bench/demo_bench.py --cases 1000000 --encrypted    # the command, a new encrypted one
    .venv/bin/python bench/demo_bench.py --cases 200000 --floor         # the floor only

1. The command: ``registry init`` (not timed), then ``registry demo --cases N`` into a new register in a temporary
   folder; wall seconds, and CPU seconds of the command with its helper process (``getrusage`` of children).
2. ``--floor``: the same rows, generated here batch by batch (not timed), inserted into an empty register prepared
   as the demo prepares its copy (``bulk_copy._prepare``: no journal, the same indexes kept live, the others
   dropped) by the demo's own compiled inserts, then the dropped indexes built.  Timed: CPU seconds of each
   table's inserts and of the index builds: the SQLite work alone, in one process, without generating, moving
   rows between processes or checking them.  Half of it is what two cores could at best bring it to.

Results are appended to ``bench/demo_bench.json``.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PROFILE = "novi-grad-sarajevo"
PASSPHRASE = "bench passphrase, not a secret"


def run_command(cases: int, encrypted: bool, folder: Path) -> dict[str, Any]:
    """``registry demo`` into a new register, as a user runs it."""
    path = folder / "register.sqlite"
    env = {**os.environ, "REGISTRY_DATA_DIR": str(folder), "REGISTRY_DB_PASSPHRASE": PASSPHRASE}
    base = [sys.executable, "-m", "registry.cli", "--db", f"sqlite:///{path}", "--lang", "en"]
    if not encrypted:
        base.append("--unencrypted")
    subprocess.run([*base, "init", "--profile", PROFILE], check=True, capture_output=True, env=env, cwd=ROOT)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([*base, "demo", "--cases", str(cases)], check=True, capture_output=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "file_gb": round(path.stat().st_size / 1e9, 2)}


def measure_floor(cases: int, folder: Path) -> dict[str, Any]:
    """The demo's rows inserted into an empty register prepared as its copy is; CPU seconds by table."""
    import sqlcipher3
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session
    from sqlalchemy.pool import StaticPool

    from registry.db import make_engine, session_factory, transaction, upgrade
    from registry.services.demo import bulk_copy, seeding
    from registry.services.demo.checklists import Checklists
    from registry.services.demo.generator import _Generator, _read_context
    from registry.services.demo.pools import _TABLES
    from registry.services.setup import initialise

    url = f"sqlite:///{folder / 'floor.sqlite'}"
    engine = make_engine(url)
    upgrade(engine)
    with transaction(session_factory(engine)) as session:
        initialise(session, PROFILE)
    with session_factory(engine)() as session:
        seeding._ensure_staff(session)
        session.commit()
        anchor = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        context = _read_context(session, seed=1, total=cases, anchor=anchor)
    engine.dispose()
    loader = create_engine(url, poolclass=StaticPool, module=sqlcipher3)
    dropped = bulk_copy._prepare(loader, cases, ())
    seconds: collections.defaultdict[str, float] = collections.defaultdict(float)
    generator, checklists = _Generator(context), Checklists(context)
    gc.disable()
    with Session(loader) as session:
        connection = session.connection()
        writer = seeding._Writer(connection)
        for start in range(0, cases, seeding.BATCH_CASES):
            rows = generator.batch(min(seeding.BATCH_CASES, cases - start))
            checklists.expand(rows)
            for spec in _TABLES:
                began = time.process_time()
                connection.exec_driver_sql(writer.statements[spec.name], rows[spec.name])
                seconds[spec.name] += time.process_time() - began
            del rows
        for name, sql in dropped:
            began = time.process_time()
            connection.exec_driver_sql(sql)
            seconds[f"index {name}"] += time.process_time() - began
        session.commit()
    gc.enable()
    loader.dispose()
    inserts = sum(v for k, v in seconds.items() if not k.startswith("index "))
    indexes = sum(v for k, v in seconds.items() if k.startswith("index "))
    return {
        "inserts_cpu_s": round(inserts, 1),
        "index_builds_cpu_s": round(indexes, 1),
        "by_step_cpu_s": {k: round(v, 2) for k, v in sorted(seconds.items(), key=lambda item: -item[1])},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--encrypted", action="store_true", help="the command into an encrypted register")
    parser.add_argument("--floor", action="store_true", help="measure the SQLite floor instead of the command")
    args = parser.parse_args()
    result: dict[str, Any] = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cases": args.cases,
        "load_average_before": os.getloadavg(),
    }
    with tempfile.TemporaryDirectory(prefix="demo-bench-") as folder:
        if args.floor:
            result["floor"] = measure_floor(args.cases, Path(folder))
        else:
            result["register"] = "encrypted" if args.encrypted else "plain"
            result["command"] = run_command(args.cases, args.encrypted, Path(folder))
    result["load_average_after"] = os.getloadavg()
    print(json.dumps(result, indent=2, ensure_ascii=False))
    out = ROOT / "bench" / "demo_bench.json"
    runs = json.loads(out.read_text(encoding="utf-8")) if out.exists() else []
    out.write_text(json.dumps([*runs, result], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
