"""The referral log's item model: rows of the log, read a page at a time (keyset ``before_id``) as the view scrolls.

The shared ``RowsModel`` shows the rows; this model adds the paging (``canFetchMore``/``fetchMore``, a query's
pages counted by generation so a late page of an older query is dropped) and the log's columns.

Unanswered and overdue referrals stand out in three ways at once: a state column with text, an icon, and colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from registry.services.dates import format_date, format_datetime
from registry.services.referral_log import PAGE_SIZE, LogRow, ReferralQuery, list_referrals
from registry.ui.context import AppContext, institution_label
from registry.ui.rows_model import ROW_ID_ROLE, RowColumn, RowsModel

Index = QModelIndex | QPersistentModelIndex
REFERRAL_ID_ROLE = ROW_ID_ROLE
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 4
#: "overdue", "unanswered" or the referral's status
STATE_ROLE = Qt.ItemDataRole.UserRole + 5

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


class ReferralLogModel(RowsModel[LogRow]):
    """Rows of the log; ``reload()`` starts over with the query, ``fetchMore`` reads the next page."""

    #: the first page of a query is in
    loaded = Signal()
    loading_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(
            self._columns_of_the_log(ctx),
            lambda row: row.id,
            parent,
            background=lambda row: OVERDUE_BACKGROUND if self.state(row) == "overdue" else None,
        )
        self._ctx = ctx
        self._query = ReferralQuery()
        self._more = False
        self._loading = False
        self._generation = 0
        self._page_size = page_size
        self._now = dt.datetime.now(dt.UTC)

    def state(self, row: LogRow) -> str:
        return row_state(row, self._now)

    def _columns_of_the_log(self, ctx: AppContext) -> list[RowColumn[LogRow]]:
        reference, language = ctx.reference, ctx.language

        def column(which: Column, text: Callable[[LogRow], str], *, stands_out: bool = False) -> RowColumn[LogRow]:
            """Overdue rows are red in every column; in the state and due columns they are also bold, and a
            referral still waiting for its response is amber there."""
            return RowColumn(
                title=lambda: column_title(which),
                text=text,
                colour=lambda row: self._colour(row, stands_out),
                bold=(lambda row: self.state(row) == "overdue") if stands_out else None,
                icon=self._state_icon if which == Column.STATE else None,
            )

        return [
            column(Column.STATE, lambda row: state_text(self.state(row)), stands_out=True),
            column(Column.DIRECTION, lambda row: reference.label("referral_direction", row.direction)),
            column(Column.CASE, lambda row: row.case_number),
            column(Column.CHILD, lambda row: row.child_name),
            column(Column.INSTITUTION, lambda row: institution_label(row.institution, language)),
            column(Column.SECTOR, lambda row: reference.label("sector", row.sector)),
            column(Column.SENT, lambda row: format_datetime(row.sent_at)),
            column(Column.DUE, lambda row: format_date(row.response_due_at), stands_out=True),
            column(Column.RESPONSE, lambda row: format_date(row.response_received_at)),
            column(Column.NUMBER, lambda row: row.registry_number or ""),
        ]

    def _colour(self, row: LogRow, stands_out: bool) -> QColor | None:
        state = self.state(row)
        if state == "overdue":
            return OVERDUE_COLOUR
        return WAITING_COLOUR if state == "unanswered" and stands_out else None

    def _state_icon(self, row: LogRow) -> QIcon | None:
        state = self.state(row)
        if state not in ("overdue", "unanswered"):
            return None
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if state == "overdue"
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        return QApplication.style().standardIcon(icon)

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
        self._more = False
        self.set_rows([])
        self._now = dt.datetime.now(dt.UTC)
        self._read(None)

    def _read(self, before_id: int | None) -> None:
        generation, query, actor, size = self._generation, self._query, self._ctx.user.id, self._page_size
        self._set_loading(True)
        self._ctx.ops.read(
            lambda session: list_referrals(session, query, actor_id=actor, before_id=before_id, limit=size),
            success=lambda rows: self._arrived(generation, rows, first=before_id is None),
            failure=lambda error: self._failed(generation, error),
            owner=self,
            key=f"referral_log.{id(self)}",
        )

    def _arrived(self, generation: int, rows: list[LogRow], *, first: bool) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self._more = len(rows) == self._page_size
        self.append_rows(rows)
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
        if self.canFetchMore(parent) and self.rowCount():
            self._read(self.row_at(self.rowCount() - 1).id)

    # ---- rows ------------------------------------------------------------------------------------------------
    def row_of(self, referral_id: int) -> int | None:
        for number, row in enumerate(self.rows()):
            if row.id == referral_id:
                return number
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount() and role in (CASE_ID_ROLE, STATE_ROLE):
            row = self.row_at(index.row())
            return row.case_id if role == CASE_ID_ROLE else self.state(row)
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == Column.STATE:
            return self.data(index)
        return super().data(index, role)


__all__ = ["CASE_ID_ROLE", "REFERRAL_ID_ROLE", "STATE_ROLE", "Column", "ReferralLogModel", "row_state", "state_text"]
