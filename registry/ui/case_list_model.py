"""The case list's item model: row ids in order, row contents fetched a page at a time, off the GUI thread.

After Anki's browser table and Vorta's table models.  The model never holds the register: it holds the ids of the
rows read so far (an ``array`` of 8 bytes each) and keeps the contents of the most recently used rows; a page is
read by keyset (where the last one ended), forwards when the view asks for more (``canFetchMore``/``fetchMore``),
backwards when the user scrolls up after jumping to the end.  Jumping to the last of a million rows reads only
the last page.  Searching swaps the order for search hits (``search_cases``); a newer keystroke's results replace
an older one's, whichever arrives first.

Columns are named constants, extra data sits in custom roles (``Qt.UserRole + n``) and display text is kept apart
from sort data.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from registry.services import case_list as service
from registry.services.case_list import CaseQuery, CaseRow
from registry.services.dates import format_date
from registry.services.names import sort_key
from registry.ui.case_list_state import ListState
from registry.ui.context import AppContext
from registry.ui.ops import Job

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    CHILD = 1
    BIRTH_DATE = 2
    REGISTERED = 3
    STATUS = 4
    RISK = 5
    URGENCY = 6
    WORKER = 7
    OVERDUE = 8


CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CODE_ROLE = Qt.ItemDataRole.UserRole + 3
LOADED_ROLE = Qt.ItemDataRole.UserRole + 4

#: the orders the database can page through (other columns cannot be sorted over a million rows)
SORT_OF_COLUMN = {Column.NUMBER: "number", Column.CHILD: "name", Column.REGISTERED: "registered"}
ROW_CACHE = 20_000
#: a search jump to the end reads pages of hits up to this many rows
SEARCH_END_LIMIT = 10_000

_OVERDUE_COLOUR = QColor(176, 0, 32)


def column_title(column: Column) -> str:
    titles = {
        Column.NUMBER: QCoreApplication.translate("CaseList", "Case number"),
        Column.CHILD: QCoreApplication.translate("CaseList", "Child"),
        Column.BIRTH_DATE: QCoreApplication.translate("CaseList", "Date of birth"),
        Column.REGISTERED: QCoreApplication.translate("CaseList", "Registered"),
        Column.STATUS: QCoreApplication.translate("CaseList", "Status"),
        Column.RISK: QCoreApplication.translate("CaseList", "Risk"),
        Column.URGENCY: QCoreApplication.translate("CaseList", "Urgency"),
        Column.WORKER: QCoreApplication.translate("CaseList", "Lead worker"),
        Column.OVERDUE: QCoreApplication.translate("CaseList", "Late"),
    }
    return titles[column]


class CaseListModel(QAbstractTableModel):
    #: a new query's first page is in (after a reset)
    loaded = Signal()
    #: (count, exact): the number of cases the list has, or how many hits so far when not exact
    count_changed = Signal(int, bool)
    #: whether a page or a count is being read
    loading_changed = Signal(bool)
    #: the last page is in after ``jump_to_end``
    reached_end = Signal()
    #: rows were put in front of the first row (the view keeps its place by scrolling down by this many)
    rows_prepended = Signal(int)

    def __init__(self, ctx: AppContext, query: CaseQuery | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = query or CaseQuery()
        self._search = ""
        #: where the list stands in its query (ids, cursors); the rows themselves are a cache beside it
        self._state = ListState()
        self._rows: OrderedDict[int, CaseRow] = OrderedDict()
        self._generation = 0
        self._pending_reset = False
        self._loading_after = False
        self._loading_before = False
        self._to_end = False
        self._count: int | None = None
        self._refill_wanted: set[int] = set()
        self._counting: Job[int] | None = None
        #: changes with the query or search only (a jump to the end keeps the count)
        self._query_generation = 0
        self._refill_timer = QTimer(self)
        self._refill_timer.setSingleShot(True)
        self._refill_timer.setInterval(0)
        self._refill_timer.timeout.connect(self._refill)
        self._key = f"case_list.{id(self)}"

    # ---- what is shown ---------------------------------------------------------------------------------------
    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def search_text(self) -> str:
        return self._search

    @property
    def searching(self) -> bool:
        return bool(self._search)

    @property
    def loading(self) -> bool:
        return self._pending_reset or self._loading_after or self._loading_before

    @property
    def count(self) -> int | None:
        return self._count

    def set_query(self, query: CaseQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def set_search(self, text: str) -> None:
        text = " ".join(text.split())
        if text != self._search:
            self._search = text
            self.reload()

    def reload(self) -> None:
        """Read the first page again (after a filter, order or search change, or a case was registered)."""
        self._start(from_end=False, new_query=True)

    def jump_to_end(self) -> None:
        """Show the last rows: the last page by reversed keyset, or, for search hits, pages until the end."""
        if self.searching:
            if self._state.more_after:
                self._to_end = True
                self._fetch_after()
            else:
                self.reached_end.emit()
            return
        if not self._state.more_after:
            self.reached_end.emit()
            return
        self._start(from_end=True, new_query=False)

    def jump_to_start(self) -> None:
        if self._state.more_before:
            self._start(from_end=False, new_query=False)

    # ---- Qt model interface ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._state.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(Column(section))
            if role == Qt.ItemDataRole.ToolTipRole and Column(section) in SORT_OF_COLUMN:
                return QCoreApplication.translate("CaseList", "Click to sort by this column")
            if role == Qt.ItemDataRole.ToolTipRole and section == Column.OVERDUE:
                return QCoreApplication.translate("CaseList", "Protocol steps past their due date")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._state.ids) or index.column() >= len(Column):
            return None
        case_id = self._state.ids[index.row()]
        if role == CASE_ID_ROLE:
            return case_id
        row = self._rows.get(case_id)
        if row is None:
            self._want(index.row())
            if role == Qt.ItemDataRole.DisplayRole and index.column() == Column.CHILD:
                return "…"
            return False if role == LOADED_ROLE else None
        self._rows.move_to_end(case_id)
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == CODE_ROLE:
            return {
                Column.STATUS: row.status,
                Column.RISK: row.risk_level,
                Column.URGENCY: row.urgency,
                Column.WORKER: row.lead_worker_id,
            }.get(column)
        if role == LOADED_ROLE:
            return True
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == Column.OVERDUE and row.overdue_steps) or (column == Column.RISK and row.risk_level == "high"):
                return QBrush(_OVERDUE_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and column == Column.OVERDUE and row.overdue_steps:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.OVERDUE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.OVERDUE and row.overdue_steps:
            return QCoreApplication.translate(
                "CaseList", "%n protocol step(s) past the due date", None, row.overdue_steps
            )
        return None

    def _display(self, row: CaseRow, column: Column) -> str:
        reference = self._ctx.reference
        if column == Column.NUMBER:
            return row.number
        if column == Column.CHILD:
            return f"{row.family_name} {row.given_name}"
        if column == Column.BIRTH_DATE:
            return format_date(row.birth_date)
        if column == Column.REGISTERED:
            return format_date(row.registered_at)
        if column == Column.STATUS:
            return reference.label("case_status", row.status)
        if column == Column.RISK:
            return reference.label("risk_level", row.risk_level)
        if column == Column.URGENCY:
            return reference.label("urgency", row.urgency)
        if column == Column.WORKER:
            return self._ctx.staff_name(row.lead_worker_id)
        return str(row.overdue_steps) if row.overdue_steps else ""

    def _sort_value(self, row: CaseRow, column: Column) -> Any:
        if column == Column.CHILD:
            return sort_key(f"{row.family_name} {row.given_name}")
        if column == Column.BIRTH_DATE:
            return row.birth_date.isoformat() if row.birth_date else ""
        if column == Column.REGISTERED:
            return row.registered_at.isoformat()
        if column == Column.OVERDUE:
            return row.overdue_steps
        if column == Column.STATUS:
            return row.status
        return self._display(row, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by case number, name or registration date in the database; other columns cannot be sorted."""
        sort = SORT_OF_COLUMN.get(Column(column)) if 0 <= column < len(Column) else None
        if sort is None:
            return
        self.set_query(replace(self._query, sort=sort, descending=order == Qt.SortOrder.DescendingOrder))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._state.more_after and not self._loading_after and not self._pending_reset

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch_after()

    def can_fetch_before(self) -> bool:
        return self._state.more_before and not self._loading_before and not self._pending_reset

    def fetch_before(self) -> None:
        """Read the page before the first row (scrolling up after a jump to the end)."""
        if not self.can_fetch_before():
            return
        self._loading_before = True
        self.loading_changed.emit(True)
        generation, query, anchor, actor = self._generation, self._query, self._state.first, self._ctx.user.id
        self._ctx.ops.read(
            lambda session: service.list_page(session, query, actor_id=actor, before=anchor),
            success=lambda page: self._prepended(generation, page),
            failure=lambda error: self._failed(generation, error),
            owner=self,
        )

    # ---- helpers for views and tests ---------------------------------------------------------------------
    def case_id(self, row: int) -> int:
        return self._state.ids[row]

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._state.ids.index(case_id)
        except ValueError:
            return None

    def loaded_rows(self) -> int:
        return len(self._state.ids)

    def has_more_before(self) -> bool:
        return self._state.more_before

    def has_more_after(self) -> bool:
        return self._state.more_after

    # ---- reading pages -------------------------------------------------------------------------------------
    def _start(self, *, from_end: bool, new_query: bool) -> None:
        """Read a first (or, ``from_end``, last) page; ``new_query``: the query or the data changed, count again."""
        self._generation += 1
        generation, query, text, actor = self._generation, self._query, self._search, self._ctx.user.id
        self._pending_reset = True
        self._to_end = False
        if new_query:
            self._query_generation += 1
            self._count = None  # a new query: the old count no longer holds (a jump keeps it)
            if self._counting is not None:
                self._ctx.ops.cancel(self._counting)  # counting a million rows for a query already left: stop
                self._counting = None
        query_generation = self._query_generation
        self.loading_changed.emit(True)
        job: Callable[[Session], service.CasePage | service.SearchPage]
        if text:
            job = lambda session: service.search_page(session, text, query, actor_id=actor)  # noqa: E731
        else:
            job = lambda session: service.list_page(session, query, actor_id=actor, from_end=from_end)  # noqa: E731
        self._ctx.ops.read(
            job,
            success=lambda page: self._reset_to(generation, page, from_end),
            failure=lambda error: self._failed(generation, error),
            owner=self,
            key=self._key + ".page",
        )
        if text or not new_query:
            return
        self._counting = self._ctx.ops.read(
            lambda session: service.count_cases(session, query, actor_id=actor),
            success=lambda count: self._counted(query_generation, count),
            failure=lambda error: self._failed(generation, error),
            owner=self,
            key=self._key + ".count",
            background=True,
        )

    def _reset_to(self, generation: int, page: service.CasePage | service.SearchPage, from_end: bool) -> None:
        if generation != self._generation:
            return  # an older query's answer: a newer one is on its way
        self.beginResetModel()
        self._rows.clear()
        self._refill_wanted.clear()
        self._pending_reset = False
        if isinstance(page, service.SearchPage):
            self._count = None
        self._state.reset(page)
        self._store(page.rows)
        self.endResetModel()
        self._emit_loading()
        self.loaded.emit()
        if self.searching:
            self.count_changed.emit(len(self._state.ids), not self._state.more_after)
        elif self._count is not None:
            self.count_changed.emit(self._count, True)
        if from_end:
            self.reached_end.emit()

    def _fetch_after(self) -> None:
        self._loading_after = True
        self.loading_changed.emit(True)
        generation, query, text, actor = self._generation, self._query, self._search, self._ctx.user.id
        job: Callable[[Session], service.CasePage | service.SearchPage]
        anchor = self._state.next_anchor(bool(text))
        if text:
            job = lambda session: service.search_page(session, text, query, actor_id=actor, after=anchor)  # noqa: E731
        else:
            job = lambda session: service.list_page(session, query, actor_id=actor, after=anchor)  # noqa: E731
        self._ctx.ops.read(
            job,
            success=lambda page: self._appended(generation, page),
            failure=lambda error: self._failed(generation, error),
            owner=self,
        )

    def _appended(self, generation: int, page: service.CasePage | service.SearchPage) -> None:
        if generation != self._generation:
            return
        self._loading_after = False
        new = self._state.new_after(page)
        if new:
            start = len(self._state.ids)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._store(new)
            self._state.append(page, new)
            self.endInsertRows()
        else:
            self._state.append(page, new)
        if isinstance(page, service.SearchPage):
            self.count_changed.emit(len(self._state.ids), not self._state.more_after)
        if self._to_end:
            if self._state.more_after and len(self._state.ids) < SEARCH_END_LIMIT:
                self._fetch_after()
                return
            self._to_end = False
            self.reached_end.emit()
        self._emit_loading()

    def _prepended(self, generation: int, page: service.CasePage) -> None:
        if generation != self._generation:
            return
        self._loading_before = False
        if page.rows:
            count = len(page.rows)
            self.beginInsertRows(QModelIndex(), 0, count - 1)
            self._store(page.rows)
            self._state.prepend(page)
            self.endInsertRows()
            self.rows_prepended.emit(count)
        else:
            self._state.prepend(page)
        self._emit_loading()

    def _counted(self, query_generation: int, count: int) -> None:
        if query_generation != self._query_generation:
            return
        self._counting = None
        self._count = count
        if not self._pending_reset:
            self.count_changed.emit(count, True)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._pending_reset = self._loading_after = self._loading_before = self._to_end = False
            self._emit_loading()
        handler = self._ctx.ops.failure_handler
        if handler is not None:
            handler(error, "")

    def _emit_loading(self) -> None:
        self.loading_changed.emit(self.loading)

    # ---- the row cache -------------------------------------------------------------------------------------
    def _store(self, rows: Iterable[CaseRow]) -> None:
        for row in rows:
            self._rows[row.id] = row
            self._rows.move_to_end(row.id)
        while len(self._rows) > ROW_CACHE:
            self._rows.popitem(last=False)

    def _want(self, row: int) -> None:
        """Remember that a row let go of is on screen again; read it (and its neighbours) soon."""
        start, end = max(0, row - 50), min(len(self._state.ids), row + 50)
        self._refill_wanted.update(i for i in self._state.ids[start:end] if i not in self._rows)
        if not self._refill_timer.isActive():
            self._refill_timer.start()

    def _refill(self) -> None:
        ids = list(self._refill_wanted)[:500]
        self._refill_wanted.difference_update(ids)
        if not ids:
            return
        generation, actor = self._generation, self._ctx.user.id
        self._ctx.ops.read(
            lambda session: service.rows_by_ids(session, ids, actor_id=actor),
            success=lambda rows: self._refilled(generation, rows),
            owner=self,
        )

    def _refilled(self, generation: int, rows: list[CaseRow]) -> None:
        if generation != self._generation or not rows or not self._state.ids:
            return
        self._store(rows)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._state.ids) - 1, len(Column) - 1))

    def retranslate(self) -> None:
        """Labels follow a language switch (the rows themselves are language-free)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._state.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._state.ids) - 1, len(Column) - 1))


__all__ = [
    "CASE_ID_ROLE",
    "CODE_ROLE",
    "LOADED_ROLE",
    "SORT_OF_COLUMN",
    "SORT_ROLE",
    "CaseListModel",
    "Column",
    "column_title",
]
