"""Listing cases for the case list: keyset-paged pages of plain columns, counts, and the filters they share.

Every function takes the ``actor_id`` of the user looking: lists and counts only hold the cases that user may see
(``access.visible_cases``: a worker their own cases, restricted cases only for those assigned to them).

A register holds up to a million cases, so a page is found by where the previous one ended (``WHERE (key, id) >
(last key, last id)``) and never by ``OFFSET``, which would read and throw away every row before it.  Pages can be
read forwards, backwards (scrolling up after a jump) and from the very end (the last row of a million without
reading the others).  Only columns are selected: ORM objects cost several times more per row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Row, SQLColumnExpression, and_, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from registry.models import Case, CaseViewer, CaseViolenceForm, CaseWorker, ChecklistItem, Person, User
from registry.services.access import visibility, visibility_clause, visible_cases
from registry.services.names import sort_key
from registry.services.protocols import count_overdue_by_case
from registry.services.rows import record

SORTS = ("registered", "number", "name")
#: rows per page: a screen shows about thirty, scrolling asks for the next page well before the end
PAGE_SIZE = 100
#: how many pages of search hits are read to fill one page when filters reject most of them
_SEARCH_SCAN_PAGES = 20

Cursor = tuple[Any, ...]


@dataclass(frozen=True)
class CaseQuery:
    """What the list shows: filters (empty means "any") and the order."""

    statuses: tuple[str, ...] = ()
    #: every status but "closed" (ignored when ``statuses`` is given)
    open_only: bool = False
    risk_levels: tuple[str, ...] = ()
    urgencies: tuple[str, ...] = ()
    #: cases this user leads or works on as a co-worker (the "worker" filter)
    worker_id: int | None = None
    #: cases assigned to this user in any way: lead, co-worker, supervisor, or registered by them without a lead
    #: ("My cases")
    assigned_to: int | None = None
    violence_forms: tuple[str, ...] = ()
    #: only open cases with at least one protocol step past its due date
    overdue: bool = False
    sort: str = "registered"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise ValueError(f"unknown sort {self.sort!r}")

    @property
    def filtered(self) -> bool:
        return bool(
            self.statuses
            or self.open_only
            or self.risk_levels
            or self.urgencies
            or self.worker_id
            or self.assigned_to
            or self.violence_forms
            or self.overdue
        )


class CaseRow(NamedTuple):
    """One line of the case list (a tuple: a million of them must stay small)."""

    id: int
    number: str
    family_name: str
    given_name: str
    birth_date: dt.date | None
    registered_at: dt.datetime
    status: str
    risk_level: str
    urgency: str
    lead_worker_id: int | None
    overdue_steps: int


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseRow]
    #: keyset cursors of the first and last row, to read the page before or after this one
    first: Cursor | None
    last: Cursor | None
    more_before: bool
    more_after: bool


_ROW_COLUMNS = (
    Case.id,
    Case.number,
    Person.family_name,
    Person.given_name,
    Person.birth_date,
    Case.registered_at,
    Case.status,
    Case.risk_level,
    Case.urgency,
    Case.lead_worker_id,
)


def _order_label(index: int) -> str:
    return f"order_{index}"


def _sort_columns(sort: str) -> tuple[SQLColumnExpression[Any], ...]:
    """The ordering columns; the last one is unique, so every row has exactly one place.

    By name, the person's id comes before the case's: the name index holds it, so the index order is the list
    order and only a child's own cases need sorting among themselves.
    """
    if sort == "number":
        return (Case.number,)
    if sort == "name":
        return (Person.sort_key, Person.id, Case.id)
    return (Case.registered_at, Case.id)


def _walked(column: SQLColumnExpression[str]) -> ColumnElement[str]:
    """A filter column compared while walking the order's index, not through an index of its own.

    Without statistics SQLite takes an equality on an indexed column (``status``) for a rare value: it reads every
    matching row through that index and sorts them all (1.9 s for the closed cases of a million) instead of
    walking the order index and stopping after a page (5 ms).  ``status || ''`` has no index, so it cannot.
    """
    return column.concat("")


def _after(columns: Sequence[SQLColumnExpression[Any]], values: Sequence[Any], ascending: bool) -> ColumnElement[bool]:
    """Rows strictly after ``values`` in the order of ``columns``, written so the first column's index is used.

    ``(a, b) > (x, y)`` becomes ``a >= x AND (a > x OR b > y)``: a range on ``a`` that both databases walk in
    their index, rather than a row-value comparison SQLite may not use an index for.
    """
    first, value = columns[0], values[0]
    if len(columns) == 1:
        return first > value if ascending else first < value
    rest = _after(columns[1:], values[1:], ascending)
    if ascending:
        return and_(first >= value, or_(first > value, rest))
    return and_(first <= value, or_(first < value, rest))


def _conditions(
    session: Session, query: CaseQuery, now: dt.datetime, actor_id: int | None, *, counting: bool = False
) -> list[ColumnElement[bool]]:
    kind = visibility(session, actor_id)
    conditions: list[ColumnElement[bool]] = [visibility_clause(kind, actor_id)]
    if query.statuses:
        conditions.append(_walked(Case.status).in_(query.statuses))
    elif query.open_only:
        conditions.append(Case.status != "closed")
    if query.risk_levels:
        conditions.append(Case.risk_level.in_(query.risk_levels))
    if query.urgencies:
        conditions.append(Case.urgency.in_(query.urgencies))
    if query.worker_id is not None:
        conditions.append(
            or_(
                Case.lead_worker_id == query.worker_id,
                exists().where(CaseWorker.case_id == Case.id, CaseWorker.user_id == query.worker_id),
            )
        )
    if query.assigned_to is not None:
        user_id = query.assigned_to
        conditions.append(
            or_(
                Case.lead_worker_id == user_id,
                Case.supervisor_id == user_id,
                and_(Case.lead_worker_id.is_(None), Case.created_by_id == user_id),
                exists().where(CaseWorker.case_id == Case.id, CaseWorker.user_id == user_id),
            )
        )
    if query.violence_forms:
        conditions.append(
            exists().where(CaseViolenceForm.case_id == Case.id, CaseViolenceForm.code.in_(query.violence_forms))
        )
    if query.overdue:
        conditions.append(Case.status != "closed")
        # the same terms as the partial index of open checklist items, so that it can be used
        late = (ChecklistItem.done_at.is_(None), ChecklistItem.not_applicable.is_(False), ChecklistItem.due_at < now)
        # every case: collect the late items once from the partial index (0.3 s for a million); a worker's own
        # cases (an index range, services.visibility): look at each one's items instead (tens of ms)
        if counting and kind != "assigned":
            conditions.append(Case.id.in_(select(ChecklistItem.case_id).where(*late)))
        else:  # a page: look at each case's own items while walking the order (1 ms)
            conditions.append(exists().where(ChecklistItem.case_id == Case.id, *late))
    return conditions


def _page_statement(
    session: Session, query: CaseQuery, now: dt.datetime, actor_id: int | None
) -> tuple[Select, tuple[SQLColumnExpression[Any], ...]]:
    """The page's select and its order's columns, also selected under ``order_N`` labels for the cursors."""
    columns = _sort_columns(query.sort)
    extra: list[ColumnElement[Any]] = [column.label(_order_label(index)) for index, column in enumerate(columns)]
    # By name the walk must start from the name index and look each child's cases up; "+ 0" keeps SQLite from
    # turning the join round (reading every case, then sorting a million rows: 1.5 s instead of 2 ms).
    child = Person.id + 0 == Case.child_id if query.sort == "name" else Person.id == Case.child_id
    statement = select(*_ROW_COLUMNS, *extra).join(Person, child).where(*_conditions(session, query, now, actor_id))
    return statement, columns


def list_page(
    session: Session,
    query: CaseQuery,
    *,
    actor_id: int | None,
    after: Cursor | None = None,
    before: Cursor | None = None,
    from_end: bool = False,
    limit: int = PAGE_SIZE,
    now: dt.datetime | None = None,
) -> CasePage:
    """One page of cases in the query's order: the first page, the page ``after`` or ``before`` a cursor, or the
    last page (``from_end``).  Rows always come in display order."""
    moment = now or dt.datetime.now(dt.UTC)
    statement, columns = _page_statement(session, query, moment, actor_id)
    backwards = before is not None or from_end
    ascending = not query.descending
    if backwards:
        ascending = not ascending
    anchor = before if before is not None else after
    if anchor is not None:
        statement = statement.where(_after(columns, anchor, ascending))
    statement = statement.order_by(*(column.asc() if ascending else column.desc() for column in columns))
    fetched = list(session.execute(statement.limit(limit + 1)))
    more = len(fetched) > limit
    fetched = fetched[:limit]
    if backwards:
        fetched.reverse()
    overdue = count_overdue_by_case(session, [row.id for row in fetched], moment) if fetched else {}
    rows = [record(CaseRow, row, overdue_steps=overdue.get(row.id, 0)) for row in fetched]
    cursors = [_cursor(row, len(columns)) for row in (fetched[0], fetched[-1])] if fetched else [None, None]
    if backwards:
        more_before, more_after = more, anchor is not None
    else:
        more_before, more_after = anchor is not None, more
    return CasePage(rows, cursors[0], cursors[1], more_before, more_after)


def _cursor(row: Row, length: int) -> Cursor:
    return tuple(row._mapping[_order_label(index)] for index in range(length))


def count_cases(session: Session, query: CaseQuery, *, actor_id: int | None, now: dt.datetime | None = None) -> int:
    """How many cases the query lists (the Person join is not needed: every case has its child)."""
    moment = now or dt.datetime.now(dt.UTC)
    own = _own_count(session, query, actor_id, moment)
    if own is not None:
        return own
    conditions = _conditions(session, query, moment, actor_id, counting=True)
    return session.scalar(select(func.count()).select_from(Case).where(*conditions)) or 0


def _own_count(session: Session, query: CaseQuery, actor_id: int | None, now: dt.datetime) -> int | None:
    """A worker's plain counts (all, open, overdue) straight from the index of their cases, or None.

    All: an index range of ``case_viewer`` (ms at a million cases).  Overdue: one seek per case into the partial
    index of open checklist items by case, the case's status looked at only where a late step was found.
    """
    if (
        query.statuses
        or query.risk_levels
        or query.urgencies
        or query.worker_id is not None
        or query.assigned_to is not None
        or query.violence_forms
        or actor_id is None
        or visibility(session, actor_id) != "assigned"
    ):
        return None
    conditions: list[ColumnElement[bool]] = [CaseViewer.user_id == actor_id]
    if query.overdue:
        conditions.append(
            exists().where(
                ChecklistItem.case_id == CaseViewer.case_id,
                ChecklistItem.done_at.is_(None),
                ChecklistItem.not_applicable.is_(False),
                ChecklistItem.due_at < now,
            )
        )
    if query.overdue or query.open_only:
        conditions.append(exists().where(Case.id == CaseViewer.case_id, Case.status != "closed"))
    return session.scalar(select(func.count()).select_from(CaseViewer).where(*conditions)) or 0


def rows_by_ids(
    session: Session, ids: Sequence[int], *, actor_id: int | None, now: dt.datetime | None = None
) -> list[CaseRow]:
    """The rows of these cases, in the order of ``ids`` (missing ones left out): to fill search hits and to
    re-read rows a long-scrolled list let go of."""
    if not ids:
        return []
    moment = now or dt.datetime.now(dt.UTC)
    found = {
        row.id: row
        for row in session.execute(
            select(*_ROW_COLUMNS)
            .join(Person, Person.id == Case.child_id)
            .where(Case.id.in_(list(ids)), visible_cases(session, actor_id))
        )
    }
    overdue = count_overdue_by_case(session, list(found), moment) if found else {}
    return [record(CaseRow, found[i], overdue_steps=overdue.get(i, 0)) for i in ids if i in found]


def matching_ids(
    session: Session, ids: Sequence[int], query: CaseQuery, *, actor_id: int | None, now: dt.datetime | None = None
) -> set[int]:
    """Which of ``ids`` pass the query's filters (search hits are filtered this way)."""
    if not ids:
        return set()
    conditions = _conditions(session, query, now or dt.datetime.now(dt.UTC), actor_id)
    return set(session.scalars(select(Case.id).where(Case.id.in_(list(ids)), *conditions)))


@dataclass(frozen=True)
class SearchPage:
    rows: list[CaseRow]
    #: where the next page of search hits starts; None when there are no more
    after: Cursor | None


def search_page(
    session: Session,
    text: str,
    query: CaseQuery,
    *,
    actor_id: int | None,
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
    now: dt.datetime | None = None,
) -> SearchPage:
    """Cases whose child matches ``text`` (``search.search_cases``: folded names in either script, JMBG, case
    number), kept only when they pass the filters, as list rows in the order search finds them."""
    from registry.services.search import search_cases

    moment = now or dt.datetime.now(dt.UTC)
    wanted: list[int] = []
    cursor = after
    for _ in range(_SEARCH_SCAN_PAGES):
        hits = search_cases(session, text, limit=limit, after=cursor, actor_id=actor_id)
        cursor = hits[-1].cursor if len(hits) == limit else None
        ids = [hit.case_id for hit in hits]
        if query.filtered:
            passing = matching_ids(session, ids, query, actor_id=actor_id, now=moment)
            ids = [case_id for case_id in ids if case_id in passing]
        wanted.extend(ids)
        if cursor is None or len(wanted) >= limit:
            break
    return SearchPage(rows_by_ids(session, wanted, actor_id=actor_id, now=moment), cursor)


class StaffMember(NamedTuple):
    id: int
    full_name: str
    role: str
    active: bool


def staff(session: Session) -> list[StaffMember]:
    """Everyone who can lead a case, with former staff too (old cases still name them), by name."""
    rows = session.execute(select(User.id, User.full_name, User.role, User.active))
    return sorted((StaffMember(**row._mapping) for row in rows), key=lambda member: sort_key(member.full_name))


def case_worth_showing(session: Session, user_id: int) -> int | None:
    """For screenshots and demonstrations: the newest open case the user may see that has referrals, notes and a
    checklist (else the newest case the user may see), in one query."""
    from registry.models import CaseNote, Referral

    rich = (
        select(Case.id)
        .where(
            visible_cases(session, user_id),
            Case.restricted.is_(False),
            Case.status != "closed",
            exists().where(Referral.case_id == Case.id),
            exists().where(CaseNote.case_id == Case.id),
            exists().where(ChecklistItem.case_id == Case.id),
        )
        .order_by(Case.id.desc())
        .limit(1)
    )
    return session.scalar(rich) or session.scalar(
        select(Case.id).where(visible_cases(session, user_id)).order_by(Case.id.desc()).limit(1)
    )


__all__ = [
    "PAGE_SIZE",
    "SORTS",
    "CasePage",
    "CaseQuery",
    "CaseRow",
    "Cursor",
    "SearchPage",
    "StaffMember",
    "count_cases",
    "list_page",
    "matching_ids",
    "rows_by_ids",
    "search_page",
    "staff",
    "case_worth_showing",
]
