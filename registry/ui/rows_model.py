"""The read-only table model for lists held in memory (dashboard panels, audit pages, the referral log's pages).

Columns are named constants of the caller: each is a ``RowColumn`` with a translated title and a function that
gives the display text of a row, and optionally how a row stands out in it (colour, bold, an icon: never colour
alone, the text says why).  ``ROW_ID_ROLE`` (``UserRole + 1``) gives the row's id, ``ROW_ROLE`` the row object,
``SORT_ROLE`` a value to sort by.  Rows are replaced (``set_rows``) or, for a list read a page at a time, appended
(``append_rows``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
ALERT_COLOUR = QColor(176, 0, 32)
DIMMED_COLOUR = QColor(120, 120, 120)


@dataclass(frozen=True)
class RowColumn(Generic[R]):
    title: Callable[[], str]
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    #: True when the row is to stand out in this column (red, bold); the text itself must say why
    alert: Callable[[R], bool] | None = None
    align_right: bool = False
    #: the text also as the tool tip (a long text the column may cut)
    tooltip: bool = False
    #: the text's colour for this row, when it is not the default (and not the alert's)
    colour: Callable[[R], QColor | None] | None = None
    #: True when the text is bold for this row
    bold: Callable[[R], bool] | None = None
    #: an icon beside the text for this row
    icon: Callable[[R], QIcon | None] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[RowColumn[R]],
        row_id: Callable[[R], int | None],
        parent: QObject | None = None,
        *,
        dimmed: Callable[[R], bool] | None = None,
        background: Callable[[R], QColor | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_id = row_id
        #: rows shown grey across every column (a deactivated account), unless a column alerts
        self._dimmed = dimmed
        #: a row's background across every column (an overdue referral), or None for the default
        self._background = background
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[R]) -> None:
        """The next page of a list read a page at a time: the view keeps its place and selection."""
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ID_ROLE:
            return self._row_id(row)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and self._background is not None:
            background = self._background(row)
            return QBrush(background) if background is not None else None
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(row):
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(row)
        return None

    def _foreground(self, row: R, column: RowColumn[R]) -> QBrush | None:
        if column.alert is not None and column.alert(row):
            return QBrush(ALERT_COLOUR)
        colour = column.colour(row) if column.colour is not None else None
        if colour is not None:
            return QBrush(colour)
        if self._dimmed is not None and self._dimmed(row):
            return QBrush(DIMMED_COLOUR)
        return None


__all__ = ["ROW_ID_ROLE", "ROW_ROLE", "SORT_ROLE", "RowColumn", "RowsModel"]
