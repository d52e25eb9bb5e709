"""The per-user index of visible cases (``case_viewer``), kept equal to the rule in ``access``.

A worker sees the cases they lead, supervise or work on as a co-worker, and the cases they registered while the
case has no lead.  Written as an OR over those columns, every count of a worker's cases reads every case
(1.9–4 s at a million); as rows keyed by user it is an index range.  Every service that creates a case or changes
its lead, supervisor or co-workers calls ``refresh`` for the cases it touched, in the same transaction; bulk
writers (import, demo data) call it once for all their new cases.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, delete, insert, select, union
from sqlalchemy.orm import Session

from registry.models import Case, CaseViewer, CaseWorker

#: the columns of a case that decide who sees it
ASSIGNMENT_FIELDS = frozenset({"lead_worker_id", "supervisor_id", "co_worker_ids", "created_by_id"})
BATCH = 500


def _assignments(cases: ColumnElement[bool] | None, workers: ColumnElement[bool] | None) -> Select:
    """(user, case) pairs by the rule, for the cases chosen (all when None)."""
    parts = [
        select(Case.lead_worker_id.label("user_id"), Case.id.label("case_id")).where(Case.lead_worker_id.is_not(None)),
        select(Case.supervisor_id, Case.id).where(Case.supervisor_id.is_not(None)),
        select(Case.created_by_id, Case.id).where(Case.lead_worker_id.is_(None), Case.created_by_id.is_not(None)),
    ]
    if cases is not None:
        parts = [part.where(cases) for part in parts]
    co_workers = select(CaseWorker.user_id, CaseWorker.case_id)
    if workers is not None:
        co_workers = co_workers.where(workers)
    rows = union(*parts, co_workers).subquery()
    return select(rows.c.user_id, rows.c.case_id)


def refresh(session: Session, case_ids: Sequence[int]) -> None:
    """Make the index rows of these cases match their assignments now (after the changes were flushed)."""
    session.flush()
    ids = sorted(set(case_ids))
    connection = session.connection()
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        connection.execute(delete(CaseViewer).where(CaseViewer.case_id.in_(chunk)))
        connection.execute(
            insert(CaseViewer).from_select(
                ["user_id", "case_id"], _assignments(Case.id.in_(chunk), CaseWorker.case_id.in_(chunk))
            )
        )


def refresh_from(session: Session, first_case_id: int) -> None:
    """Index every case from ``first_case_id`` on (cases a bulk writer has just added, none indexed yet)."""
    session.flush()
    connection = session.connection()
    connection.execute(delete(CaseViewer).where(CaseViewer.case_id >= first_case_id))
    connection.execute(
        insert(CaseViewer).from_select(
            ["user_id", "case_id"], _assignments(Case.id >= first_case_id, CaseWorker.case_id >= first_case_id)
        )
    )


def viewed_by(user_id: ColumnElement[int] | int) -> Select:
    """The ids of the cases a user is assigned to, for ``Case.id.in_(...)``."""
    return select(CaseViewer.case_id).where(CaseViewer.user_id == user_id)


__all__ = ["ASSIGNMENT_FIELDS", "refresh", "refresh_from", "viewed_by"]
