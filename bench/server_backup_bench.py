"""How long a server backup and its restore take, beside ``pg_dump``/``pg_restore`` of the same database (the floor).

    python bench/server_backup_bench.py [--cases 5000] [--pg postgresql+psycopg://root@127.0.0.1:5432/test]

Makes a scratch PostgreSQL database with ``--cases`` demo cases, then times: ``backup_server`` (one snapshot into an
encrypted SQLite file, verified), ``pg_dump -Fc`` of the same database, ``restore_server`` into a new empty database
(schema made, copy, verified), and ``pg_restore`` into another.  Prints a table, writes ``server_backup_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument(
        "--pg", default=os.environ.get("REGISTRY_TEST_DATABASE_URL", "postgresql+psycopg://root@127.0.0.1:5432/test")
    )
    args = parser.parse_args()

    import keyring
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from registry.db import make_engine, session_factory, transaction, upgrade
    from registry.services.demo import seed_demo
    from registry.services.server_backup import backup_server, restore_server
    from registry.services.setup import initialise
    from tests.conftest import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    base = make_url(args.pg)
    names = {kind: f"bench_{kind}_{uuid.uuid4().hex[:6]}" for kind in ("source", "restored", "pgrestored")}
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for name in names.values():
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    urls = {kind: base.set(database=name).render_as_string(hide_password=False) for kind, name in names.items()}
    figures: dict[str, float] = {}
    try:
        source = make_engine(urls["source"])
        upgrade(source)
        with transaction(session_factory(source)) as session:
            initialise(session, "novi-grad-sarajevo")
        with session_factory(source)() as session:
            seed_demo(session, cases=args.cases, seed=3)
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            made = backup_server(source, Path(folder) / "kopija.sqlite", "x'" + "42" * 32 + "'")
            figures["registry backup (snapshot, encrypted file, verified)"] = time.perf_counter() - started
            rows = made.report.rows
            size = made.path.stat().st_size
            dump = Path(folder) / "dump.pgc"
            libpq = base.set(drivername="postgresql", database=names["source"]).render_as_string(hide_password=False)
            started = time.perf_counter()
            subprocess.run(["pg_dump", "-Fc", "-f", str(dump), libpq], check=True)
            figures["pg_dump -Fc (floor, not encrypted or verified)"] = time.perf_counter() - started
            target = make_engine(urls["restored"])
            started = time.perf_counter()
            restore_server(made.path, target, passphrase="x'" + "42" * 32 + "'")
            figures["registry restore onto an empty server database"] = time.perf_counter() - started
            target.dispose()
            other = base.set(drivername="postgresql", database=names["pgrestored"]).render_as_string(
                hide_password=False
            )
            started = time.perf_counter()
            subprocess.run(["pg_restore", "-d", other, str(dump)], check=True)
            figures["pg_restore (floor)"] = time.perf_counter() - started
        source.dispose()
    finally:
        with admin.connect() as connection:
            for name in names.values():
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    print(f"{args.cases} cases, {rows} rows, backup file {size / 1e6:.1f} MB, load {os.getloadavg()[0]:.1f}")
    for what, seconds in figures.items():
        print(f"  {what:<56} {seconds:7.2f} s")
    result = {"cases": args.cases, "rows": rows, "bytes": size, "seconds": figures, "load": os.getloadavg()}
    (ROOT / "bench" / "server_backup_bench.json").write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
