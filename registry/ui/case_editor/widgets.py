"""Small building blocks of the case editor's sections: the section list, record lists, fields, dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from registry.services.dates import LOCAL_TZ, format_date, parse_date
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#b00020")


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

    def addTab(self, widget: QWidget, title: str) -> int:
        self.stack.addWidget(widget)
        self.list.addItem(title)
        self.list.setFixedWidth(max(self.list.sizeHintForColumn(0) + 28, 150))
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        return self.stack.count() - 1

    def setCurrentIndex(self, index: int) -> None:
        self.list.setCurrentRow(index)

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def count(self) -> int:
        return self.stack.count()

    def widget(self, index: int) -> QWidget | None:
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


def fill_tree(
    widget: QTreeWidget, rows: list[tuple[list[str], object]], red: Callable[[int], bool] | None = None
) -> None:
    current = widget.currentItem()
    selected = current.data(0, ITEM_ID_ROLE) if current is not None else None
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


def selected_key(widget: QTreeWidget) -> object | None:
    """The record id of the selected row (None when nothing is selected)."""
    item = widget.currentItem()
    return item.data(0, ITEM_ID_ROLE) if item is not None else None


def record_buttons(*buttons: QPushButton) -> QHBoxLayout:
    """The buttons acting on the selected record of a list, on the right under it."""
    row = QHBoxLayout()
    row.addStretch(1)
    for widget in buttons:
        row.addWidget(widget)
    return row


def button(name: str, text: str) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setAutoDefault(False)
    return widget


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


def typed_moment(widget: QLineEdit, message: FieldMessage) -> tuple[bool, dt.datetime | None]:
    """The date typed in ``widget`` (None when empty); a wrong one is explained in ``message`` and gives False."""
    try:
        return True, parsed_moment(widget.text())
    except ValueError:
        message.show_error(QCoreApplication.translate("CaseEditor", "Enter a date as dd.mm.yyyy."))
        return False, None


def scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


__all__ = [
    "ITEM_ID_ROLE",
    "OVERDUE_COLOUR",
    "Sections",
    "date_text",
    "fill_tree",
    "line",
    "lookup_combo",
    "parsed_moment",
    "scrolling",
    "select_data",
    "text_box",
    "tree",
    "typed_moment",
]
