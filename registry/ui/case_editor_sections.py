"""Building blocks of the case editor: the protocol checklist model and small form helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from registry.services.case_view import ChecklistItemView, step_title
from registry.services.dates import LOCAL_TZ, format_date, format_datetime, parse_date
from registry.ui.context import AppContext

translate = QCoreApplication.translate
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#b00020")
AnyIndex = QModelIndex | QPersistentModelIndex


class ChecklistModel(QAbstractTableModel):
    """The protocol steps of one case; an overdue step is red."""

    NUMBER, STEP, LEAD, DUE, DONE, STATE = range(6)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ChecklistItemView] = []
        self.now = dt.datetime.now(dt.UTC)

    def set_rows(self, rows: list[ChecklistItemView], now: dt.datetime | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.now = now or dt.datetime.now(dt.UTC)
        self.endResetModel()

    def row(self, number: int) -> ChecklistItemView:
        return self.rows[number]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            translate("CaseEditor", "No."), translate("CaseEditor", "Step"), translate("CaseEditor", "Lead sector"),
            translate("CaseEditor", "Due"), translate("CaseEditor", "Done"), translate("CaseEditor", "State"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def title(self, item: ChecklistItemView) -> str:
        return step_title(item.step.title or {}, self.ctx.language)

    def state_text(self, item: ChecklistItemView) -> str:
        if item.not_applicable:
            return translate("CaseEditor", "Not applicable: %1").replace("%1", item.not_applicable_reason)
        if item.done_at is not None:
            name = self.ctx.staff_name(item.done_by_id)
            return translate("CaseEditor", "Done by %1").replace("%1", name) if name else translate(
                "CaseEditor", "Done")
        if item.overdue(self.now):
            return translate("CaseEditor", "Past due")
        return translate("CaseEditor", "Open")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(item.step.number)
            if column == self.STEP:
                return self.title(item)
            if column == self.LEAD:
                return ", ".join(self.ctx.reference.label("sector", code) for code in item.step.lead_sectors)
            if column == self.DUE:
                return format_datetime(item.due_at)
            if column == self.DONE:
                return format_datetime(item.done_at)
            if column == self.STATE:
                return self.state_text(item)
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue(self.now):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.STEP, self.STATE):
            return self.title(item) if column == self.STEP else self.state_text(item)
        if role == ITEM_ID_ROLE:
            return item.id
        return None


class Sections(QWidget):
    """The editor's sections: a list on the left (every title readable, in any language), the section on the
    right; the same few calls as a QTabWidget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("case_sections")
        self.stack = QStackedWidget()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list)
        row.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)

    def addTab(self, widget: QWidget, title: str) -> int:  # noqa: N802
        self.stack.addWidget(widget)
        self.list.addItem(title)
        self.list.setFixedWidth(max(self.list.sizeHintForColumn(0) + 28, 150))
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        return self.stack.count() - 1

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        self.list.setCurrentRow(index)

    def currentIndex(self) -> int:  # noqa: N802
        return self.stack.currentIndex()

    def count(self) -> int:
        return self.stack.count()

    def widget(self, index: int) -> QWidget:
        return self.stack.widget(index)


def tree(name: str, headers: list[str]) -> QTreeWidget:
    widget = QTreeWidget()
    widget.setObjectName(name)
    widget.setRootIsDecorated(False)
    widget.setUniformRowHeights(True)
    widget.setAlternatingRowColors(True)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setHeaderLabels(headers)
    return widget


def fill_tree(widget: QTreeWidget, rows: list[tuple[list[str], object]],
              red: Callable[[int], bool] | None = None) -> None:
    selected = widget.currentItem().data(0, ITEM_ID_ROLE) if widget.currentItem() else None
    widget.clear()
    for number, (texts, key) in enumerate(rows):
        item = QTreeWidgetItem([text.replace("\n", " ") for text in texts])
        item.setData(0, ITEM_ID_ROLE, key)
        if red is not None and red(number):
            for column in range(len(texts)):
                item.setForeground(column, QBrush(OVERDUE_COLOUR))
        widget.addTopLevelItem(item)
        if key is not None and key == selected:
            widget.setCurrentItem(item)
    for column in range(widget.columnCount() - 1):
        widget.resizeColumnToContents(column)
        widget.setColumnWidth(column, min(widget.columnWidth(column), 320))  # a long name is elided


def line(name: str, placeholder: str = "") -> QLineEdit:
    widget = QLineEdit()
    widget.setObjectName(name)
    if placeholder:
        widget.setPlaceholderText(placeholder)
    return widget


def text_box(name: str, height: int = 90) -> QPlainTextEdit:
    widget = QPlainTextEdit()
    widget.setObjectName(name)
    widget.setTabChangesFocus(True)
    widget.setMinimumHeight(height)
    return widget


def lookup_combo(ctx: AppContext, name: str, kind: str, *, empty: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    if empty:
        combo.addItem("", None)
    for code, label in ctx.reference.options(kind):
        combo.addItem(label, code)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))


def date_text(value: dt.date | dt.datetime | None) -> str:
    return format_date(value)


def parsed_moment(text: str) -> dt.datetime | None:
    """A date typed as dd.mm.yyyy. as a local noon moment; None for an empty field; ValueError for nonsense."""
    if not text.strip():
        return None
    moment = dt.datetime.combine(parse_date(text), dt.time(12, 0), LOCAL_TZ)
    return min(moment, dt.datetime.now(dt.UTC))  # today: now, never a moment in the future


__all__ = ["ITEM_ID_ROLE", "ChecklistModel", "Sections", "fill_tree", "line", "lookup_combo", "parsed_moment", "select_data",
           "text_box", "tree"]
