"""Printing benchmark: a 3-page case summary (target ≤ 100 ms after the first) and 100 summaries in one batch.

    .venv/bin/python bench/print_bench.py [--cases 100] [--runs 30]

Seeds a SQLite database in a temporary folder (registry.services.setup.initialise and cases registered through
the services, each with household, incident, measure, consent, referrals and notes), prints a table and writes
bench/results-print.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def seed(url: str, cases: int) -> list[int]:
    from registry.db import make_engine, session_factory, transaction, upgrade
    from registry.services.setup import initialise
    from tests.test_printing_fixtures import rich_case, staff

    engine = make_engine(url)
    upgrade(engine)
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        initialise(session, "novi-grad-sarajevo")
        people = staff(session)
    ids = []
    for index in range(cases):
        with transaction(sessions) as session:
            ids.append(rich_case(session, people, serial=index + 1, referral_count=4, note_count=4).case_id)
    engine.dispose()
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100, help="cases to seed and print in the batch")
    parser.add_argument("--runs", type=int, default=30, help="timed builds of the single summary")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.sqlite"
        started = time.perf_counter()
        ids = seed(url, options.cases)
        seeding = time.perf_counter() - started

        from registry.db import make_engine, session_factory

        engine = make_engine(url)
        sessions = session_factory(engine)
        started = time.perf_counter()
        import reportlab.platypus  # noqa: F401 (what the first printout pays for once)

        import_seconds = time.perf_counter() - started
        from registry.printing import build_case_summaries, print_job

        rows: list[dict[str, object]] = []

        def single(language: str) -> None:
            times, pages = [], 0
            for _ in range(options.runs + 1):
                with sessions() as session:
                    started = time.perf_counter()
                    printed = print_job(session, "summary", ids[0], language=language, printed_by="Bench")
                    times.append(time.perf_counter() - started)
                    pages = printed.pages
            first, rest = times[0], sorted(times[1:])
            rows.append(
                {
                    "what": f"case summary, {language}",
                    "pages": pages,
                    "first_ms": _ms(first),
                    "median_ms": _ms(statistics.median(rest)),
                    "p90_ms": _ms(rest[int(len(rest) * 0.9) - 1]),
                    "min_ms": _ms(rest[0]),
                    "runs": len(rest),
                }
            )

        single("bs")
        single("sr-Cyrl")

        batch_times, batch_bytes = [], 0
        for _ in range(3):
            with sessions() as session:
                started = time.perf_counter()
                data = build_case_summaries(session, ids, language="bs", printed_by="Bench")
                batch_times.append(time.perf_counter() - started)
                batch_bytes = len(data)
        import io

        from pypdf import PdfReader

        batch_pages = len(PdfReader(io.BytesIO(data)).pages)
        best = statistics.median(batch_times)
        rows.append(
            {
                "what": f"batch of {len(ids)} summaries",
                "pages": batch_pages,
                "first_ms": _ms(batch_times[0]),
                "median_ms": _ms(best),
                "p90_ms": _ms(max(batch_times)),
                "min_ms": _ms(min(batch_times)),
                "runs": len(batch_times),
                "per_case_ms": _ms(best / len(ids)),
                "megabytes": round(batch_bytes / 1e6, 2),
            }
        )
        engine.dispose()

    print(f"seeded {len(ids)} cases in {seeding:.1f} s; importing ReportLab took {_ms(import_seconds)} ms\n")
    print(f"{'what':34} {'pages':>5} {'first ms':>9} {'median ms':>10} {'p90 ms':>8} {'min ms':>8} {'runs':>5}")
    for row in rows:
        print(
            f"{row['what']:34} {row['pages']:>5} {row['first_ms']:>9} {row['median_ms']:>10} {row['p90_ms']:>8} "
            f"{row['min_ms']:>8} {row['runs']:>5}"
        )
    batch = rows[-1]
    print(f"\nbatch: {batch['per_case_ms']} ms per case, {batch['megabytes']} MB PDF")
    target = ROOT / "bench" / "results-print.json"
    target.write_text(
        json.dumps(
            {"seed_seconds": round(seeding, 2), "reportlab_import_ms": _ms(import_seconds), "results": rows}, indent=2
        ),
        encoding="utf-8",
    )
    print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
