"""kill -9 in the middle of ``registry import`` and ``registry export``, many times, counted.

    python bench/kill_trials.py [--trials 50] [--rows 5000] [--encrypted]

Import: after every kill the register holds either exactly what it held before or every row of the file (a kill
after the commit, while the process exits), never part of it, and passes ``PRAGMA integrity_check``.  Export: after every kill the folder must
hold no file other than the complete earlier export (no ``.part``, no partial workbook).  Prints the counts and
writes JSON beside this file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from import_bench import make_csv  # noqa: E402


def registry(*args: str) -> list[str]:
    return [sys.executable, "-m", "registry.cli", *args]


def count_cases(url: str) -> tuple[int, str]:
    from sqlalchemy import func, select, text

    from registry.db import make_engine, session_factory
    from registry.models import Case

    engine = make_engine(url, passphrase=os.environ.get("REGISTRY_DB_PASSPHRASE"))
    with session_factory(engine)() as session:
        cases = session.scalar(select(func.count()).select_from(Case)) or 0
        check = session.execute(text("PRAGMA integrity_check")).scalar_one()
    engine.dispose()
    return cases, str(check)


def kill_after(command: list[str], delay: float) -> int | None:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return None
    return process.returncode


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--encrypted", action="store_true")
    parser.add_argument("--json", default=str(ROOT / "bench" / "kill_trials.json"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kill-trials-"))
    os.environ["REGISTRY_DATA_DIR"] = str(work / "data")
    rng = random.Random(9)
    url = f"sqlite:///{work / 'r.sqlite'}"
    flags = [] if args.encrypted else ["--unencrypted"]
    if args.encrypted:  # the default install: SQLCipher; here with a passphrase, as a service would run it
        os.environ["REGISTRY_DB_PASSPHRASE"] = "kill trials passphrase 2026"
    subprocess.run(registry("--db", url, *flags, "init", "--profile", "tesanj"), check=True, capture_output=True)
    subprocess.run(registry("--db", url, "demo", "--cases", "2000"), check=True, capture_output=True)
    source = work / "cases.csv"
    make_csv(source, args.rows, seed=3)
    start = time.perf_counter()
    subprocess.run(registry("--db", url, "import", "cases", str(source), "--dry-run"), check=True, capture_output=True)
    duration = time.perf_counter() - start
    results = {
        "import": {
            "trials": 0,
            "killed": 0,
            "exited": 0,
            "register_as_before": 0,
            "all_rows_in": 0,
            "partial_or_changed": 0,
            "damaged": 0,
        },
        "export": {"trials": 0, "killed": 0, "partial_files_left": 0},
    }
    before, _ = count_cases(url)
    live = work / "r.sqlite"
    snapshot = work / "snapshot.sqlite"
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{live}{suffix}").exists():
            shutil.copy(f"{live}{suffix}", f"{snapshot}{suffix}")
    for _trial in range(args.trials):
        code = kill_after(registry("--db", url, "import", "cases", str(source)), rng.uniform(0.3, duration * 1.2))
        after, check = count_cases(url)
        outcome = results["import"]
        outcome["trials"] += 1
        outcome["killed" if code is None else "exited"] += 1
        # a kill after the commit (while the process exits) legitimately leaves every row in: all or nothing
        if after == before:
            outcome["register_as_before"] += 1
        elif after == before + args.rows:
            outcome["all_rows_in"] += 1
        else:
            outcome["partial_or_changed"] += 1
        if check != "ok":
            outcome["damaged"] += 1
        for suffix in ("", "-wal", "-shm"):  # every trial starts from the same register
            Path(f"{live}{suffix}").unlink(missing_ok=True)
            if Path(f"{snapshot}{suffix}").exists():
                shutil.copy(f"{snapshot}{suffix}", f"{live}{suffix}")
    out = work / "exports"
    out.mkdir()
    for _trial in range(args.trials):
        target = out / "register.xlsx"
        code = kill_after(registry("--db", url, "export", "register", "-o", str(target)), rng.uniform(0.2, 3.0))
        results["export"]["trials"] += 1
        if code is None:
            results["export"]["killed"] += 1
        left = [p.name for p in out.iterdir() if p.name != "register.xlsx"]
        results["export"]["partial_files_left"] += bool(left)
        if target.exists():
            from openpyxl import load_workbook

            load_workbook(target, read_only=True).close()  # whatever is there is a whole workbook
    shutil.rmtree(work, ignore_errors=True)
    results["import"]["seconds_per_import"] = round(duration, 2)
    print(json.dumps(results, indent=2))
    Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
