"""Statistics over a large register: each report step through the service, beside the same SQL on raw sqlite3.

    .venv/bin/python bench/statistics_bench.py --db /tmp/stats-1m.sqlite [--from 2025-01-01 --to 2025-12-31]
                                                [--runs 5]

The register is one seeded by ``bench/run.py --seed-only --cases 1000000 --db FILE`` (or ``registry demo``).

*service*: ``statistics.report.compute`` for the period as a supervisor sees it, one new session per run as the
application does; each step's seconds come from ``compute(timings=...)`` (median of ``--runs`` after one warm-up).
*raw*: the very SQL statements that step sends (captured with SQLAlchemy's ``before_cursor_execute``, parameters
included) replayed on a stdlib ``sqlite3`` connection to the same file with the application's pragmas: the floor
for the same figures, without SQLAlchemy, Python post-processing or disclosure control.  "same" checks that the
replayed statements return the rows the service read.  *publish*: disclosure control of the whole report (every
table, complementary suppression included) and the JSON, CSV and XLSX exports, timed apart.
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


def _raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys = ON", "busy_timeout = 15000", "journal_mode = WAL", "synchronous = FULL"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def main() -> None:
    from registry.db import make_engine, session_factory
    from registry.models import Case
    from registry.services.statistics.export import to_csv, to_json
    from registry.services.statistics.period import Period
    from registry.services.statistics.report import compute, publish
    from registry.services.statistics.workbook import to_xlsx

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--from", dest="first", default="2025-01-01")
    parser.add_argument("--to", dest="last", default="2025-12-31")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    period = Period(dt.date.fromisoformat(args.first), dt.date.fromisoformat(args.last))
    now = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)

    engine = make_engine(f"sqlite:///{args.db}")
    sessions = session_factory(engine)
    with sessions() as session:
        cases = session.scalar(select(func.count()).select_from(Case))
        new = session.scalar(select(func.count()).select_from(Case).where(
            Case.report_received_at >= period.start, Case.report_received_at < period.end))

    # ---- the service, step by step; the statements each step sends are captured on the first run -----------------
    current: list[str] = [""]
    captured: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    capturing = [True]

    @event.listens_for(engine, "before_cursor_execute")
    def _capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if capturing[0]:
            captured[current[0]].append((statement, parameters))

    def progress_name(names: list[str]) -> Any:
        def progress(done: int, _total: int) -> None:
            current[0] = names[done] if done < len(names) else ""
        return progress

    names = ["new_cases", "violence", "caseload", "closed_by_reason", "measures", "first_contact", "stages",
             "referrals", "steps", "incoming", "monthly_trend", "quality"]
    samples: dict[str, list[float]] = defaultdict(list)
    totals: list[float] = []
    report = None
    for run in range(args.runs + 1):
        timings: dict[str, float] = {}
        current[0] = names[0]
        started = time.perf_counter()
        with sessions() as session:
            report = compute(session, period, actor_id=None, now=now, timings=timings,
                             progress=progress_name(names))
        elapsed = time.perf_counter() - started
        capturing[0] = False
        if run:  # the first run warms the caches and captures the statements
            totals.append(elapsed)
            for name, seconds in timings.items():
                samples[name].append(seconds)
    assert report is not None
    publish_s, exports_s = [], []
    for _ in range(max(args.runs, 1)):
        started = time.perf_counter()
        publication = publish(report)
        publish_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        to_json(publication, "bs"), to_csv(publication, "bs"), to_xlsx(publication, "bs")
        exports_s.append(time.perf_counter() - started)

    # ---- the same statements on raw sqlite3 ---------------------------------------------------------------------------
    raw = _raw_connection(args.db)
    raw_samples: dict[str, list[float]] = defaultdict(list)
    same: dict[str, bool] = {}
    service_rows: dict[str, list[Any]] = {}
    with engine.connect() as connection:  # the rows the service's statements return, for "same"
        for name, statements in captured.items():
            service_rows[name] = [connection.exec_driver_sql(sql, params).fetchall() for sql, params in statements]
    for run in range(args.runs + 1):
        for name, statements in captured.items():
            started = time.perf_counter()
            rows = [raw.execute(sql, params).fetchall() for sql, params in statements]
            if run:
                raw_samples[name].append(time.perf_counter() - started)
            else:
                same[name] = [sorted(map(tuple, r), key=repr) for r in rows] == [
                    sorted(map(tuple, r), key=repr) for r in service_rows[name]]

    print(f"\n{cases:,} cases in {args.db} ({args.db.stat().st_size / 1e6:,.0f} MB); period {args.first} – "
          f"{args.last}: {new:,} new cases; {args.runs} runs, median; load average "
          f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print(f"| {'step':<17} | {'service s':>9} | {'raw SQL s':>9} | {'ratio':>5} | statements | same | ≤ 1 s |")
    print(f"|{'-' * 19}|{'-' * 11}|{'-' * 11}|{'-' * 7}|{'-' * 12}|{'-' * 6}|{'-' * 7}|")
    out: dict[str, Any] = {"cases": cases, "new_cases": new, "period": [args.first, args.last],
                           "load_average": os.getloadavg(), "steps": {}}
    for name in names:
        if name not in samples:
            continue
        service = statistics.median(samples[name])
        floor = statistics.median(raw_samples[name]) if raw_samples.get(name) else None
        ratio = f"{service / floor:5.1f}" if floor else "  —  "
        verdict = "ok" if service <= TARGET_S else "MISS"
        print(f"| {name:<17} | {service:9.3f} | {floor or 0:9.3f} | {ratio} | {len(captured[name]):>10} | "
              f"{'yes' if same.get(name) else 'NO':>4} | {verdict:>5} |")
        out["steps"][name] = {"service_s": samples[name], "raw_s": raw_samples.get(name),
                              "statements": [sql for sql, _ in captured[name]], "same": same.get(name)}
    whole = statistics.median(totals)
    whole_raw = sum(statistics.median(v) for v in raw_samples.values())
    print(f"| {'whole report':<17} | {whole:9.3f} | {whole_raw:9.3f} | {whole / whole_raw:5.2f} | "
          f"{sum(map(len, captured.values())):>10} |      |       |")
    print(f"\npublish (disclosure control of {len(report.tables)} tables): {statistics.median(publish_s):.3f} s; "
          f"JSON + CSV + XLSX: {statistics.median(exports_s):.3f} s")
    out |= {"whole_s": totals, "publish_s": publish_s, "exports_s": exports_s}
    (ROOT / "bench" / "statistics_results.json").write_text(json.dumps(out, indent=1, default=str))


if __name__ == "__main__":
    main()
