"""Realistic synthetic cases for demonstrations, training and benchmarks, up to a million of them.

Why it is written the way it is:

* A million cases are ~26 million rows (people and their name terms, households, violence forms, consents,
  referrals and a full protocol checklist each).  At that size every per-row Python call counts: names come from
  pools whose folded keys, sort keys and search terms are computed once; timestamps are integers turned into the
  stored text by table look-up; JMBG check digits come from precomputed weighted sums (``jmbg.make_jmbg``'s rule).
* Rows are tuples in the table's column order, written by ``executemany`` of the Core ``insert`` compiled once.  On
  SQLite they go to the driver as they are (SQLAlchemy's per-row parameter processing alone measured ~4.5 µs a row,
  two minutes for a million cases); on PostgreSQL they become typed dicts for ``connection.execute(insert(...))``.
* From ``PARALLEL_MIN_CASES`` on, a helper process generates while this one writes (SQLite has one writer; on two
  cores that takes generation, ~a third of the work, off the critical path).  Filling an empty register's copy,
  it also writes the people and their name terms itself, into a side file the copy takes in whole at the end,
  and builds the people's indexes there while the copy builds its own (``bulk_copy``).
* Ids continue from the current maximum so rows link without round trips; PostgreSQL's sequences are moved past
  them afterwards, and the case-number counters advance with every batch so real registrations never collide.
* Everything random comes from ``random.Random(seed)`` in a fixed order: a seed gives the same data, whichever
  process generates it.

A million cases into a new plain register took ~160 s and ~270 CPU seconds on one 2-core machine of this project
and 234 s and 405 CPU seconds on a slower one, where the SQLite work alone (``bench/demo_bench.py --floor``: the
same rows inserted by the same statements, no generating) was 280 CPU seconds: ≥ 140 s on two cores even if it
were shared perfectly.  The 2-minute target needs less work from SQLite (a leaner schema), not more sharing.

The rooms: ``data`` (names, places, texts, weights), ``pools`` (what is precomputed once), ``generator`` (the rows
of a batch), ``checklists`` (a case's checklist items, expanded by the writer), ``seeding`` (writing them;
``seed_demo``).
"""

from registry.services.demo.seeding import DEMO_PASSWORD, DemoReport, seed_demo

__all__ = ["DEMO_PASSWORD", "DemoReport", "seed_demo"]
