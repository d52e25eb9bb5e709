"""Import speed: rows per second at 1,000, 10,000 and 50,000 rows, into an empty register and into one that
already holds many cases, through the command users run (``registry import cases FILE``).

    python bench/import_bench.py [--rows 1000 10000 50000] [--existing 100000] [--encrypted] [--json out.json]

Prints a table and writes JSON. The flat-cost check is the rows per second staying level as the file grows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GIVEN = ["Mirza", "Amra", "Đorđe", "Jovana", "Šemsa", "Ivan", "Lejla", "Nikola", "Ajla", "Marko", "Емина", "Душан"]
FAMILY = ["Hodžić", "Čaušević", "Đurđević", "Babić", "Kovačević", "Petrović", "Jukić", "Šehić", "Хоџић", "Јовић"]
SOURCES = ["school", "police", "health", "family", "citizen", "Policija", "Škola"]
FORMS = ["physical", "psychological", "neglect", "fizičko nasilje; zanemarivanje", "peer"]


def make_csv(path: Path, rows: int, seed: int) -> None:
    """Rows as Excel in a BiH locale saves them: Windows-1250, ';', CRLF, Bosnian headers, half with a JMBG."""
    from registry.services.jmbg import make_jmbg

    rng = random.Random(seed)
    lines = ["Ime;Prezime;JMBG;Datum rođenja;Spol;Datum prijave;Izvor prijave;Hitnost;Rizik;Oblici nasilja"]
    for index in range(rows):
        birth = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(0, 6000))
        sex = rng.choice("MF")
        jmbg = ""
        if index % 2 == 0:
            try:
                jmbg = make_jmbg(
                    birth, sex, region=rng.randrange(71, 80), serial=rng.randrange(0, 500)
                )  # not demo-data regions
            except ValueError:
                jmbg = ""
        reported = dt.datetime(2025, 1, 1) + dt.timedelta(minutes=rng.randrange(0, 500_000))
        lines.append(
            ";".join(
                [
                    rng.choice(GIVEN),
                    rng.choice(FAMILY) + ("" if index % 3 else f"-{index % 97}"),
                    jmbg,
                    birth.strftime("%d.%m.%Y."),
                    "M" if sex == "M" else "Ž",
                    reported.strftime("%d.%m.%Y. %H:%M:%S"),
                    rng.choice(SOURCES),
                    rng.choice(["hitno", "žurno", "redovno"]),
                    rng.choice(["high", "low", "none"]),
                    f'"{rng.choice(FORMS)}"',
                ]
            )
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1250", errors="replace"))


def run(registry: list[str], *args: str) -> float:
    start = time.perf_counter()
    result = subprocess.run([*registry, *args], capture_output=True, text=True, env={**os.environ})
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{result.stderr[-2000:]}")
    return elapsed


def in_process(url: str, source: Path) -> tuple[float, float, int]:
    """(seconds reading and checking, seconds writing, cases written) through the service the command calls."""
    from registry.db import make_engine, session_factory, transaction
    from registry.services.importing import plan_import, read_files, write_import

    engine = make_engine(url)
    sessions = session_factory(engine)
    start = time.perf_counter()
    with transaction(sessions) as session:
        plan = plan_import(session, read_files([(source.name, source.read_bytes())]), language="en", actor_id=None)
        checked = time.perf_counter()
        result = write_import(session, plan, actor_id=None)
    done = time.perf_counter()
    engine.dispose()
    return checked - start, done - checked, result.created


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 10_000, 50_000])
    parser.add_argument("--existing", type=int, default=100_000, help="demo cases already in the big register")
    parser.add_argument("--encrypted", action="store_true", help="SQLCipher register (the default install)")
    parser.add_argument("--json", default=str(ROOT / "bench" / "import_bench.json"))
    args = parser.parse_args()
    registry = [sys.executable, "-m", "registry.cli"]
    work = Path(tempfile.mkdtemp(prefix="import-bench-"))
    os.environ["REGISTRY_DATA_DIR"] = str(work / "data")
    results = []
    try:
        template = work / "empty.sqlite"
        flags = [] if args.encrypted else ["--unencrypted"]
        run(registry, "--db", f"sqlite:///{template}", *flags, "init", "--profile", "tesanj")
        big = work / "big.sqlite"
        shutil.copy(template, big)
        if args.existing:
            run(registry, "--db", f"sqlite:///{big}", "demo", "--cases", str(args.existing))
        for rows in args.rows:
            source = work / f"cases-{rows}.csv"
            make_csv(source, rows, seed=rows)
            for label, base in (("empty", template), (f"{args.existing:,} cases", big)):
                if label != "empty" and not args.existing:
                    continue
                target = work / "target.sqlite"
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
                shutil.copy(base, target)
                seconds = run(registry, "--db", f"sqlite:///{target}", "--lang", "en", "import", "cases", str(source))
                again = run(registry, "--db", f"sqlite:///{target}", "--lang", "en", "import", "cases", str(source))
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
                shutil.copy(base, target)
                check, write, created = in_process(f"sqlite:///{target}", source)
                assert created == rows
                service = check + write
                results.append(
                    {
                        "rows": rows,
                        "register": label,
                        "command_seconds": round(seconds, 2),
                        "command_rows_per_second": round(rows / seconds),
                        "service_check_seconds": round(check, 2),
                        "service_write_seconds": round(write, 2),
                        "service_rows_per_second": round(rows / service),
                        "reimport_seconds": round(again, 2),
                    }
                )
                print(
                    f"{rows:>7,} rows into {label:>16}: command {seconds:6.2f} s ({rows / seconds:6,.0f} rows/s); "
                    f"service {service:6.2f} s = check {check:5.2f} + write {write:5.2f} ({rows / service:6,.0f} "
                    f"rows/s); same file again, all skipped: {again:.2f} s",
                    flush=True,
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
