"""Statistics over a large register: each report step through the service, beside the same SQL on raw sqlite3.

    .venv/bin/python bench/statistics_bench.py --db /tmp/stats1m/registry.sqlite \
        [--period 2025-03-01:2025-03-31 --period 2025-01-01:2025-03-31 --period 2025-01-01:2025-12-31] \
        [--runs 3] [--user ID]

The register is one seeded by ``registry demo --cases 1000000`` (or ``bench/run.py --seed-only``), upgraded to the
current schema.  Without ``--period``: March 2025, the first quarter of 2025 and the whole year 2025.

*service*: ``statistics.report.compute`` for the period as a supervisor sees it (``--user``: as that user, e.g. a
worker: her own cases), one new session per run as the application does; each step's seconds come from
``compute(timings=...)``, its CPU seconds from the process clock at each ``progress`` call (median of ``--runs``
after one warm-up).  On this shared machine the wall clock depends on what else runs; the CPU seconds do not.
*raw SQL*: the very SQL statements that step sends (captured with SQLAlchemy's ``before_cursor_execute``,
parameters included) replayed on a stdlib ``sqlite3`` connection to the same file with the application's pragmas,
every row fetched: the floor for the same figures, without SQLAlchemy, Python post-processing (medians, sums under
sectors) or disclosure control.  *ratio*: service / raw SQL (wall).  "same" checks that the replayed statements
return the rows the service read.  *publish*: disclosure control of the whole report (every table,
complementary suppression included) and the JSON, CSV and XLSX exports, timed apart.
*kept*: the same report with months (and days) kept: the first report, which counts and keeps them, then the
report as the next reader gets it (``cache``), checked equal to the live one.  The current periods, with the
days not settled yet counted live: ``--now`` the moment the register was seeded, e.g.
``--now 2026-12-01T06:00 --period 2026-10-01:2026-12-31 --period 2026-01-01:2026-12-31``.
Results go to ``bench/statistics_results.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, func, select  # noqa: E402

TARGET_S = 1.0
NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
DEFAULT_PERIODS = ("2025-03-01:2025-03-31", "2025-01-01:2025-03-31", "2025-01-01:2025-06-30", "2025-01-01:2025-12-31")
STEPS = ["figures", "tables", "caseload", "monthly_trend", "quality"]


def _raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys = ON", "busy_timeout = 15000", "journal_mode = WAL", "synchronous = FULL"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def bench_period(
    engine: Any, sessions: Any, db: Path, first: str, last: str, runs: int, user: int | None
) -> dict[str, Any]:
    from registry.models import Case
    from registry.services.statistics.export import to_csv, to_json
    from registry.services.statistics.period import Period
    from registry.services.statistics.report import compute, publish
    from registry.services.statistics.workbook import to_xlsx

    period = Period(dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    with sessions() as session:
        new = session.scalar(
            select(func.count())
            .select_from(Case)
            .where(Case.report_received_at >= period.start, Case.report_received_at < period.end)
        )

    # ---- the service, step by step; the statements each step sends are captured on the first run -----------------
    current: list[str] = [STEPS[0]]
    captured: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    capturing = [True]

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if capturing[0]:
            captured[current[0]].append((statement, parameters))

    _forget_kept(engine)
    event.listen(engine, "before_cursor_execute", capture)
    cpu: dict[str, float] = {}
    mark = [0.0]

    def progress(done: int, total: int) -> None:
        step = done - (total - len(STEPS))  # the figures' own steps come first (months kept, stretches counted)
        if step < 1:
            return
        now_cpu = time.process_time()
        cpu[STEPS[step - 1]] = now_cpu - mark[0]
        mark[0] = now_cpu
        current[0] = STEPS[step] if step < len(STEPS) else ""

    samples: dict[str, list[float]] = defaultdict(list)
    cpu_samples: dict[str, list[float]] = defaultdict(list)
    totals: list[float] = []
    total_cpu: list[float] = []
    report = None
    for run in range(runs + 1):
        timings: dict[str, float] = {}
        current[0] = STEPS[0]
        started, mark[0] = time.perf_counter(), time.process_time()
        started_cpu = mark[0]
        with sessions() as session:  # live: nothing kept, nothing keeps
            report = compute(session, period, actor_id=user, now=NOW, timings=timings, progress=progress, keep=False)
        elapsed, elapsed_cpu = time.perf_counter() - started, time.process_time() - started_cpu
        capturing[0] = False
        if run:  # the first run warms the caches and captures the statements
            totals.append(elapsed)
            total_cpu.append(elapsed_cpu)
            for name, seconds in timings.items():
                samples[name].append(seconds)
                cpu_samples[name].append(cpu[name])
    event.remove(engine, "before_cursor_execute", capture)
    assert report is not None
    kept = _kept_runs(engine, sessions, period, runs, user, report)
    publish_s, exports_s = [], []
    for _ in range(max(runs, 1)):
        started = time.perf_counter()
        publication = publish(report)
        publish_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        to_json(publication, "bs"), to_csv(publication, "bs"), to_xlsx(publication, "bs")
        exports_s.append(time.perf_counter() - started)

    # ---- the same statements on raw sqlite3 ---------------------------------------------------------------------------
    raw = _raw_connection(db)
    raw_samples: dict[str, list[float]] = defaultdict(list)
    raw_cpu: dict[str, list[float]] = defaultdict(list)
    same: dict[str, bool] = {}
    service_rows: dict[str, list[Any]] = {}
    with engine.connect() as connection:  # the rows the service's statements return, for "same"
        for name, statements in captured.items():
            service_rows[name] = [connection.exec_driver_sql(sql, params).fetchall() for sql, params in statements]
    for run in range(runs + 1):
        for name, statements in captured.items():
            started, started_cpu = time.perf_counter(), time.process_time()
            rows = [raw.execute(sql, params).fetchall() for sql, params in statements]
            if run:
                raw_samples[name].append(time.perf_counter() - started)
                raw_cpu[name].append(time.process_time() - started_cpu)
            else:
                same[name] = [sorted(map(tuple, r), key=repr) for r in rows] == [
                    sorted(map(tuple, r), key=repr) for r in service_rows[name]
                ]
    raw.close()

    load = os.getloadavg()
    print(
        f"\n### {first} – {last}: {new:,} new cases; {runs} runs, median; load average "
        f"{', '.join(f'{x:.1f}' for x in load)}\n"
    )
    print(f"| {'step':<17} | service s | service CPU s | raw SQL s | ratio | statements | same | ≤ 1 s |")
    print(f"|{'-' * 19}|-----------|---------------|-----------|-------|------------|------|-------|")
    out: dict[str, Any] = {"period": [first, last], "new_cases": new, "load_average": load, "steps": {}}
    for name in STEPS:
        if name not in samples:
            continue
        service, service_cpu = _median(samples[name]), _median(cpu_samples[name])
        floor = _median(raw_samples[name]) if raw_samples.get(name) else None
        ratio = f"{service / floor:5.1f}" if floor else "  —  "
        verdict = "ok" if service <= TARGET_S else "MISS"
        print(
            f"| {name:<17} | {service:9.3f} | {service_cpu:13.3f} | {floor or 0:9.3f} | {ratio} | "
            f"{len(captured[name]):>10} | {'yes' if same.get(name) else 'NO':>4} | {verdict:>5} |"
        )
        out["steps"][name] = {
            "service_s": samples[name],
            "service_cpu_s": cpu_samples[name],
            "raw_s": raw_samples.get(name),
            "raw_cpu_s": raw_cpu.get(name),
            "statements": [sql for sql, _ in captured[name]],
            "same": same.get(name),
        }
    whole, whole_cpu = _median(totals), _median(total_cpu)
    whole_raw = sum(_median(v) for v in raw_samples.values())
    verdict = "ok" if whole <= TARGET_S else "MISS"
    print(
        f"| {'whole report':<17} | {whole:9.3f} | {whole_cpu:13.3f} | {whole_raw:9.3f} | {whole / whole_raw:5.1f} | "
        f"{sum(map(len, captured.values())):>10} |      | {verdict:>5} |"
    )
    print(
        f"\nkept months: the first report (counting and keeping the settled months) {kept['first_s']:.3f} s; "
        f"then {_median(kept['kept_s']):.3f} s (CPU {_median(kept['kept_cpu_s']):.3f} s, median of {runs}; "
        f"{kept['months_kept']} spans kept in the register, {kept['kept_bytes'] / 1e3:,.0f} kB) "
        f"{'ok' if _median(kept['kept_s']) <= TARGET_S else 'MISS'}; same tables as live: "
        f"{'yes' if kept['same'] else 'NO'}"
    )
    print(
        f"publish (disclosure control of {len(report.tables)} tables): {_median(publish_s):.3f} s; "
        f"JSON + CSV + XLSX: {_median(exports_s):.3f} s"
    )
    out |= {"whole_s": totals, "whole_cpu_s": total_cpu, "publish_s": publish_s, "exports_s": exports_s}
    out["kept"] = kept
    return out


def _forget_kept(engine: Any) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM statistics_month")


def _kept_runs(engine: Any, sessions: Any, period: Any, runs: int, user: int | None, live: Any) -> dict[str, Any]:
    """The report with months kept: the first (which counts and keeps the settled months), then ``runs`` more;
    and whether its tables are the live report's."""
    from registry.services.statistics.report import compute

    _forget_kept(engine)
    started = time.perf_counter()
    with sessions() as session:
        compute(session, period, actor_id=user, now=NOW)
    first = time.perf_counter() - started
    wall, cpu, report = [], [], None
    for _ in range(max(runs, 1)):
        started, started_cpu = time.perf_counter(), time.process_time()
        with sessions() as session:
            report = compute(session, period, actor_id=user, now=NOW)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    with engine.connect() as connection:
        months, size = connection.exec_driver_sql(
            "SELECT count(*), coalesce(sum(length(figures)), 0) FROM statistics_month"
        ).one()
    assert report is not None
    same = (
        report.tables == live.tables
        and report.compliance == live.compliance
        and report.durations == live.durations
        and report.quality == live.quality
    )
    return {
        "first_s": first,
        "kept_s": wall,
        "kept_cpu_s": cpu,
        "months_kept": months,
        "kept_bytes": size,
        "same": same,
    }


def main() -> None:
    global NOW
    from registry.db import make_engine, session_factory
    from registry.models import Case

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--period", action="append", help="FROM:TO (YYYY-MM-DD:YYYY-MM-DD); repeat for several")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--user", type=int, default=None, help="compute as this user (default: every case)")
    parser.add_argument(
        "--now",
        type=dt.datetime.fromisoformat,
        help=f"the moment of reading, UTC (default {NOW:%Y-%m-%d}); the seeding's own moment for the current periods",
    )
    args = parser.parse_args()
    if args.now is not None:
        NOW = args.now.replace(tzinfo=dt.UTC)

    engine = make_engine(f"sqlite:///{args.db}")
    sessions = session_factory(engine)
    with sessions() as session:
        cases = session.scalar(select(func.count()).select_from(Case))
    print(
        f"{cases:,} cases in {args.db} ({args.db.stat().st_size / 1e6:,.0f} MB); "
        f"{'as user ' + str(args.user) if args.user else 'every case'}; {os.cpu_count()} CPUs"
    )
    results = []
    for spec in args.period or DEFAULT_PERIODS:
        first, last = spec.split(":")
        results.append(bench_period(engine, sessions, args.db, first, last, args.runs, args.user))
    out = {"cases": cases, "user": args.user, "periods": results}
    (ROOT / "bench" / "statistics_results.json").write_text(json.dumps(out, indent=1, default=str))


if __name__ == "__main__":
    main()
