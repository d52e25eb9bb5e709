"""One schema upgrade on a copy of a large register: wall and CPU seconds, and where the time goes.

    .venv/bin/python bench/migration_bench.py --db /tmp/r0007-200k.sqlite --to 0008
    .venv/bin/python bench/migration_bench.py --db /tmp/r0007-200k.sqlite --to 0008 --encrypted
    .venv/bin/python bench/migration_bench.py --pg postgresql+psycopg://root@127.0.0.1:5432/r0007 --to 0008

``--db`` is a register at the revision before ``--to`` (make one with the code of that revision, e.g.
``bench/run.py --seed-only --cases 200000 --db ...`` on a checkout of it).  The file is copied first (with
``--encrypted``, into a SQLCipher file through ``sqlcipher_export``, as an installed register is), so the original
stays at its revision; the copy's creation is not timed.  ``--pg`` upgrades that PostgreSQL database in place
(make it with ``registry db move`` from such a file) inside a transaction that is rolled back, so it can be rerun.

The upgrade runs as the application runs it (``registry.db._migrate``: one transaction, foreign keys checked before
the commit on SQLite).  Printed: total wall and CPU seconds, the final foreign-key check apart, and the statements
that took longest.  Results go to ``bench/migration_bench.json`` (one entry per run, appended).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, create_engine, event  # noqa: E402

KEY = "x'" + "ab" * 32 + "'"


def _encrypted_copy(source: Path, target: Path) -> None:
    import sqlcipher3

    connection = sqlcipher3.connect(str(source))
    connection.execute(f"ATTACH DATABASE '{target}' AS secret KEY \"{KEY}\"")
    connection.execute("SELECT sqlcipher_export('secret')")
    connection.execute("DETACH DATABASE secret")
    connection.close()


def _statement_timer(engine: Engine) -> list[tuple[float, str]]:
    spent: list[tuple[float, str]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        conn.info.setdefault("bench_started", []).append(time.perf_counter())

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        started = conn.info["bench_started"].pop()
        rows = f" ×{len(parameters)}" if executemany else ""
        spent.append((time.perf_counter() - started, " ".join(statement.split())[:150] + rows))

    return spent


def _sqlite_run(args: argparse.Namespace) -> dict[str, Any]:
    from registry import db

    folder = Path(tempfile.mkdtemp(prefix="migration-bench-", dir=args.tmp))
    copy = folder / "register.sqlite"
    try:
        if args.encrypted:
            _encrypted_copy(args.db, copy)
            engine = db.encrypted_engine(copy, KEY)
        else:
            shutil.copyfile(args.db, copy)
            engine = db._plain_sqlite_engine(f"sqlite:///{copy}")
        before = db.current_revision(engine)
        spent = _statement_timer(engine)
        check = db.broken_foreign_key

        def timed_check(connection: Any) -> str | None:
            started = time.perf_counter()
            try:
                return check(connection)
            finally:
                spent.append((time.perf_counter() - started, "FOREIGN KEY CHECK (registry.db.broken_foreign_key)"))

        db.broken_foreign_key = timed_check
        wall, cpu = time.perf_counter(), time.process_time()
        db._migrate(engine, args.to)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        after = db.current_revision(engine)
        engine.dispose()
        if args.keep:
            shutil.move(copy, args.keep)
            print(f"upgraded copy kept as {args.keep}" + (f" (key {KEY})" if args.encrypted else ""))
        return {
            "from": before,
            "to": after,
            "wall_seconds": wall,
            "cpu_seconds": cpu,
            "statements": spent,
            "bytes": args.keep.stat().st_size if args.keep else copy.stat().st_size,
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _pg_run(args: argparse.Namespace) -> dict[str, Any]:
    from alembic import command

    from registry import db

    engine = create_engine(args.pg)
    before = db.current_revision(engine)
    spent = _statement_timer(engine)
    cfg = db.alembic_config()
    with engine.connect() as connection:
        transaction = connection.begin()
        cfg.attributes["connection"] = connection
        wall, cpu = time.perf_counter(), time.process_time()
        command.upgrade(cfg, args.to)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        after = db._current_revision(connection)
        transaction.rollback()
    engine.dispose()
    return {"from": before, "to": after, "wall_seconds": wall, "cpu_seconds": cpu, "statements": spent}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="SQLite register at the revision before --to (copied, not changed)")
    parser.add_argument("--encrypted", action="store_true", help="upgrade a SQLCipher copy of --db")
    parser.add_argument("--pg", help="PostgreSQL URL of a register at the revision before --to (rolled back)")
    parser.add_argument("--to", default="head")
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the copy (default: the system's)")
    parser.add_argument("--keep", type=Path, help="keep the upgraded copy of --db there (for bench/run.py --reuse)")
    parser.add_argument(
        "--cache-kib", type=int, help="SQLite page cache while upgrading (registry.db.UPGRADE_CACHE_KIB)"
    )
    parser.add_argument("--label", default="", help="what this run measures (kept in the JSON)")
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    if bool(args.db) == bool(args.pg):
        parser.error("give --db or --pg")
    if args.cache_kib:
        from registry import db

        db.UPGRADE_CACHE_KIB = args.cache_kib
    load = os.getloadavg()
    result = _pg_run(args) if args.pg else _sqlite_run(args)
    spent = result.pop("statements")
    grouped: dict[str, list[float]] = {}
    for seconds, text in spent:
        grouped.setdefault(text.split(" ×")[0], []).append(seconds)
    statements = sorted(
        ((sum(times), f"{text} (×{len(times)})" if len(times) > 1 else text) for text, times in grouped.items()),
        reverse=True,
    )
    fk = sum(seconds for seconds, text in statements if text.startswith("FOREIGN KEY CHECK"))
    in_sql = sum(seconds for seconds, text in spent if not text.startswith("FOREIGN KEY CHECK"))
    kind = "postgresql" if args.pg else ("sqlcipher" if args.encrypted else "sqlite")
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{kind} {result['from']} → {result['to']}: {result['wall_seconds']:.1f} s wall, "
        f"{result['cpu_seconds']:.1f} s CPU; in SQL statements {in_sql:.1f} s (the foreign-key check's among them "
        f"{fk:.1f} s); peak memory {result['peak_rss_mb']:.0f} MB; load {load[0]:.1f}"
    )
    for seconds, text in statements[: args.top]:
        print(f"  {seconds:8.2f} s  {text}")
    entry = {
        "label": args.label,
        "database": kind,
        "load_average": load,
        **result,
        "foreign_key_check_seconds": fk,
        "sql_seconds": in_sql,
        "slowest": [[round(s, 3), t] for s, t in statements[: args.top]],
        "when": time.strftime("%F %T"),
    }
    out = ROOT / "bench" / "migration_bench.json"
    runs = json.loads(out.read_text()) if out.exists() else []
    out.write_text(json.dumps([*runs, entry], ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
