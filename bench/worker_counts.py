"""A worker's counts (all cases, overdue cases) over a large register: the per-user index against the old OR.

    .venv/bin/python bench/worker_counts.py --db /tmp/register-1m.sqlite [--runs 30]

The register is a demo register (``bench/run.py --cases 1000000 --db FILE --seed-only`` makes one in about 200 s on
an idle machine; reuse it).  An older one is upgraded first (migration 0006 fills ``case_viewer``; its time is
reported).  For the worker who sees the most cases, the service's ``count_cases`` is timed as it is (the worker's counts
read ``case_viewer`` and, for overdue, the partial index of open checklist items by case) and with the visibility
written as the OR over lead, supervisor, co-worker and creator (the old figure is best taken with the code before
the index, on the register before its upgrade); a raw sqlite3 query of the same count gives the floor.  Results go to bench/worker_counts.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Integer, and_, bindparam, exists, func, or_, select  # noqa: E402

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
TARGET_MS = 100.0


def _median(action: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median milliseconds of CPU time in this process (SQLite runs here): on a shared, busy machine wall time
    mostly measures the other processes; the wall medians are kept in ``WALL``."""
    result = action()
    samples, wall = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        result = action()
        samples.append((time.process_time() - cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    WALL.append(round(statistics.median(wall), 1))
    return statistics.median(samples), result


WALL: list[float] = []


def _old_clause(viewer_id: int) -> Any:
    """Visibility as it was: an OR over the case's columns and its co-workers (reads every case)."""
    from registry.models import Case, CaseWorker

    viewer = bindparam("viewer_id", value=viewer_id, type_=Integer)
    co_worker = exists().where(CaseWorker.case_id == Case.id, CaseWorker.user_id == viewer)
    return or_(
        Case.lead_worker_id == viewer,
        Case.supervisor_id == viewer,
        co_worker,
        and_(Case.lead_worker_id.is_(None), Case.created_by_id == viewer),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--worker", type=int, help="user id (default: the worker who sees the most cases)")
    options = parser.parse_args()
    from registry.db import make_engine, schema_state, session_factory, upgrade
    from registry.models import Case, CaseViewer, User
    from registry.services import case_list
    from registry.services.case_list import CaseQuery, count_cases

    engine = make_engine(f"sqlite:///{options.db}")
    migration_s = None
    if not schema_state(engine).up_to_date:
        started = time.perf_counter()
        upgrade(engine, backup=lambda _engine, _state: None)  # a bench register: no copy of 5 GB first
        migration_s = time.perf_counter() - started
    sessions = session_factory(engine)
    with sessions() as session:
        worker_id, visible = session.execute(
            select(CaseViewer.user_id, func.count())
            .join(User, User.id == CaseViewer.user_id)
            .where(User.role == "worker")
            .group_by(CaseViewer.user_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        if options.worker is not None:
            worker_id = options.worker
            visible = session.scalar(select(func.count()).where(CaseViewer.user_id == worker_id))
        total = session.execute(select(func.count()).select_from(Case)).scalar_one()
    results: dict[str, Any] = {
        "cases": total,
        "worker_id": worker_id,
        "worker_visible_cases": visible,
        "migration_seconds": migration_s,
    }
    original, own_count = case_list.visibility_clause, case_list._own_count
    for name, query in (("all", CaseQuery()), ("overdue", CaseQuery(overdue=True))):
        with sessions() as session:
            indexed_ms, indexed = _median(
                lambda q=query: count_cases(session, q, actor_id=worker_id, now=NOW), options.runs
            )
            case_list.visibility_clause = lambda _kind, viewer_id=None: _old_clause(viewer_id)  # type: ignore
            case_list._own_count = lambda *_args: None  # type: ignore[assignment]
            try:
                old_ms, old = _median(
                    lambda q=query: count_cases(session, q, actor_id=worker_id, now=NOW), max(3, options.runs // 10)
                )
            finally:
                case_list.visibility_clause, case_list._own_count = original, own_count
        results[name] = {
            "indexed_ms": round(indexed_ms, 1),
            "old_or_ms": round(old_ms, 1),
            "count": indexed,
            "same_count": indexed == old,
        }
    raw = sqlite3.connect(options.db)
    moment = NOW.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    floor_sql = (
        "SELECT count(*) FROM case_viewer v WHERE v.user_id = ? AND EXISTS (SELECT 1 FROM checklist_item i"
        " WHERE i.case_id = v.case_id AND i.done_at IS NULL AND i.not_applicable IS 0 AND i.due_at < ?)"
        " AND EXISTS (SELECT 1 FROM case_file c WHERE c.id = v.case_id AND c.status != 'closed')"
    )
    floor_ms, floor = _median(lambda: raw.execute(floor_sql, (worker_id, moment)).fetchone()[0], options.runs)
    results["overdue"]["raw_floor_ms"] = round(floor_ms, 1)
    results["overdue"]["raw_same_count"] = floor == results["overdue"]["count"]
    engine.dispose()
    print(
        f"{total:,} cases; worker #{worker_id} sees {visible:,}"
        + (f"; migration to head {migration_s:.1f} s" if migration_s is not None else "")
    )
    print(f"{'count':<10} {'indexed ms':>11} {'old OR ms':>10} {'raw floor':>10} {'target':>8}  same")
    for name in ("all", "overdue"):
        row = results[name]
        verdict = "ok" if row["indexed_ms"] <= TARGET_MS else "MISS"
        floor_text = f"{row.get('raw_floor_ms', '—')}"
        print(
            f"{name:<10} {row['indexed_ms']:>11} {row['old_or_ms']:>10} {floor_text:>10} {'≤ 100':>8}  "
            f"{'yes' if row['same_count'] else 'NO'} ({row['count']:,}) {verdict}"
        )
    print(f"(CPU ms; wall-clock medians in the same order: {WALL})")
    results["wall_ms"] = WALL
    results["when"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    (ROOT / "bench" / "worker_counts.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
