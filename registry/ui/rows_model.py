"""A small read-only table model for short lists held in memory (dashboard panels, audit pages, directories).

Columns are named constants of the caller: each is a ``RowColumn`` with a translated title and a function that
gives the display text of a row.  ``ROW_ID_ROLE`` (``UserRole + 1``) gives the row's id, ``ROW_ROLE`` the row object,
``SORT_ROLE`` a value to sort by.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

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


class RowsModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[RowColumn[R]], row_id: Callable[[R], int | None],
                 parent: QObject | None = None, *, dimmed: Callable[[R], bool] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_id = row_id
        #: rows shown grey across every column (a deactivated account), unless a column alerts
        self._dimmed = dimmed
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
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
        alert = column.alert is not None and column.alert(row)
        if role == Qt.ItemDataRole.ForegroundRole and alert:
            return QBrush(ALERT_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and self._dimmed is not None and self._dimmed(row):
            return QBrush(DIMMED_COLOUR)
        return None


__all__ = ["ROW_ID_ROLE", "ROW_ROLE", "SORT_ROLE", "RowColumn", "RowsModel"]
