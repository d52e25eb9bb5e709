"""The referral log's item model: rows of the log, read a page at a time (keyset ``before_id``) as the view scrolls.

Unanswered and overdue referrals stand out in three ways at once: a state column with text, an icon, and colour.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from registry.services.dates import format_date, format_datetime
from registry.services.referral_log import PAGE_SIZE, LogRow, ReferralQuery, list_referrals
from registry.ui.context import AppContext, institution_label

Index = QModelIndex | QPersistentModelIndex
REFERRAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: "overdue", "unanswered" or the referral's status
STATE_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4

OVERDUE_COLOUR = QColor(176, 0, 32)
OVERDUE_BACKGROUND = QColor(253, 236, 238)
WAITING_COLOUR = QColor(138, 83, 0)


class Column(IntEnum):
    STATE = 0
    DIRECTION = 1
    CASE = 2
    CHILD = 3
    INSTITUTION = 4
    SECTOR = 5
    SENT = 6
    DUE = 7
    RESPONSE = 8
    NUMBER = 9


def column_title(column: Column) -> str:
    translate = QCoreApplication.translate
    return {
        Column.STATE: translate("ReferralLog", "State"),
        Column.DIRECTION: translate("ReferralLog", "Direction"),
        Column.CASE: translate("ReferralLog", "Case"),
        Column.CHILD: translate("ReferralLog", "Child"),
        Column.INSTITUTION: translate("ReferralLog", "Institution"),
        Column.SECTOR: translate("ReferralLog", "Sector"),
        Column.SENT: translate("ReferralLog", "Sent / received"),
        Column.DUE: translate("ReferralLog", "Response due"),
        Column.RESPONSE: translate("ReferralLog", "Response"),
        Column.NUMBER: translate("ReferralLog", "Registry number"),
    }[column]


def state_text(state: str) -> str:
    translate = QCoreApplication.translate
    return {
        "overdue": translate("ReferralLog", "Response overdue"),
        "unanswered": translate("ReferralLog", "Waiting for response"),
        "answered": translate("ReferralLog", "Answered"),
        "draft": translate("ReferralLog", "Draft"),
        "sent": translate("ReferralLog", "Received"),
        "cancelled": translate("ReferralLog", "Cancelled"),
    }.get(state, state)


def row_state(row: LogRow, now: dt.datetime) -> str:
    if row.overdue(now):
        return "overdue"
    if row.unanswered:
        return "unanswered"
    return row.status


class ReferralLogModel(QAbstractTableModel):
    """Rows of the log; ``reload()`` starts over with the query, ``fetchMore`` reads the next page."""

    #: the first page of a query is in
    loaded = Signal()
    loading_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = ReferralQuery()
        self._rows: list[LogRow] = []
        self._more = False
        self._loading = False
        self._generation = 0
        self._page_size = page_size
        self._now = dt.datetime.now(dt.UTC)

    # ---- loading ---------------------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def query(self) -> ReferralQuery:
        return self._query

    def set_query(self, query: ReferralQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._more = False
        self.endResetModel()
        self._now = dt.datetime.now(dt.UTC)
        self._read(None)

    def _read(self, before_id: int | None) -> None:
        generation, query, actor, size = self._generation, self._query, self._ctx.user.id, self._page_size
        self._set_loading(True)
        self._ctx.ops.read(
            lambda session: list_referrals(session, query, actor_id=actor, before_id=before_id, limit=size),
            success=lambda rows: self._arrived(generation, rows, first=before_id is None),
            failure=lambda error: self._failed(generation, error),
            owner=self, key=f"referral_log.{id(self)}",
        )

    def _arrived(self, generation: int, rows: list[LogRow], *, first: bool) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self._more = len(rows) == self._page_size
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if first:
            self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._set_loading(False)
            if self._ctx.ops.failure_handler is not None:
                self._ctx.ops.failure_handler(error, "")

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self._rows:
            self._read(self._rows[-1].id)

    # ---- rows ------------------------------------------------------------------------------------------------
    def row_at(self, row: int) -> LogRow:
        return self._rows[row]

    def row_of(self, referral_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == referral_id:
                return number
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(
                Column):
            return column_title(Column(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(Column):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        state = row_state(row, self._now)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, state)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.STATE:
            return state_text(state)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATE and state in ("overdue", "unanswered"):
            style = QApplication.style()
            icon = (QStyle.StandardPixmap.SP_MessageBoxWarning if state == "overdue"
                    else QStyle.StandardPixmap.SP_MessageBoxInformation)
            return style.standardIcon(icon)
        if role == Qt.ItemDataRole.ForegroundRole:
            if state == "overdue":
                return QBrush(OVERDUE_COLOUR)
            if state == "unanswered" and column in (Column.STATE, Column.DUE):
                return QBrush(WAITING_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and state == "overdue":
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and state == "overdue" and column in (Column.STATE, Column.DUE):
            font = QApplication.font()
            font.setBold(True)
            return font
        if role == REFERRAL_ID_ROLE:
            return row.id
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == STATE_ROLE:
            return state
        if role == SORT_ROLE:
            return row.id
        return None

    def _display(self, row: LogRow, column: Column, state: str) -> str:
        reference = self._ctx.reference
        if column == Column.STATE:
            return state_text(state)
        if column == Column.DIRECTION:
            return reference.label("referral_direction", row.direction)
        if column == Column.CASE:
            return row.case_number
        if column == Column.CHILD:
            return row.child_name
        if column == Column.INSTITUTION:
            return institution_label(row.institution, self._ctx.language)
        if column == Column.SECTOR:
            return reference.label("sector", row.sector)
        if column == Column.SENT:
            return format_datetime(row.sent_at)
        if column == Column.DUE:
            return format_date(row.response_due_at)
        if column == Column.RESPONSE:
            return format_date(row.response_received_at)
        return row.registry_number or ""


__all__ = ["CASE_ID_ROLE", "REFERRAL_ID_ROLE", "STATE_ROLE", "Column", "ReferralLogModel", "row_state", "state_text"]
