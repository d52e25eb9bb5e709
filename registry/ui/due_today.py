"""At sign-in: what the user has to do today (protocol steps and referral responses due by tonight, or overdue).

Shown after signing in when there is anything, and at any time from the menu (Ctrl+D); a double-click or Enter on a
row opens the case.  The list is read off the GUI thread, so the main window is usable at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registry.services.access import CASE_READERS
from registry.services.case_view import step_title
from registry.services.dates import format_datetime
from registry.services.due_today import DueItem, due_today
from registry.ui.context import AppContext, institution_label
from registry.ui.rows_model import RowColumn, RowsModel

translate = QCoreApplication.translate


def what_text(item: DueItem, language: str) -> str:
    if item.kind == "step":
        return step_title(item.step_title or {}, language)
    return translate("DueToday", "Response from %1").replace("%1", institution_label(item.institution, language))


class DueTodayDialog(QDialog):
    open_case = Signal(int)

    def __init__(self, ctx: AppContext, items: list[DueItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_today")
        self.setWindowTitle(translate("DueToday", "Due today and overdue"))
        language = ctx.language
        self.model = RowsModel[DueItem](
            [
                RowColumn(
                    lambda: translate("DueToday", "Due"),
                    lambda r: (
                        translate("DueToday", "overdue since %1") if r.overdue else translate("DueToday", "today by %1")
                    ).replace("%1", format_datetime(r.due_at)),
                    lambda r: r.due_at,
                    alert=lambda r: r.overdue,
                ),
                RowColumn(lambda: translate("DueToday", "Case"), lambda r: r.case_number),
                RowColumn(lambda: translate("DueToday", "Child"), lambda r: r.child_name),
                RowColumn(lambda: translate("DueToday", "What"), lambda r: what_text(r, language)),
            ],
            lambda r: None,
            self,
        )
        self.model.set_rows(items)
        overdue = sum(1 for item in items if item.overdue)
        self.summary = QLabel(
            translate("DueToday", "Overdue: %1. Due today: %2.")
            .replace("%1", str(overdue))
            .replace("%2", str(len(items) - overdue))
        )
        self.summary.setObjectName("summary")
        self.table = QTableView()
        self.table.setObjectName("items")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table).activated.connect(self._open_current)
        self.open_button = QPushButton(translate("DueToday", "Open case"))
        self.open_button.setObjectName("open_case")
        self.open_button.clicked.connect(self._open_current)
        close = QPushButton(translate("DueToday", "Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(860, 420)
        if items:
            self.table.selectRow(0)

    def _open_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open(rows[0].row())

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_case.emit(self.model.row_at(row).case_id)


def show_due_today(window, *, only_if_any: bool = False) -> None:
    """Read the user's list off the GUI thread and show it (at sign-in: only when there is something)."""
    ctx: AppContext = window.ctx
    actor = ctx.user.id

    def arrived(items: list[DueItem]) -> None:
        if only_if_any and not items:
            return
        dialog = DueTodayDialog(ctx, items, window)
        dialog.open_case.connect(window.open_case)
        dialog.open_case.connect(lambda _case_id: dialog.accept())
        window.due_today_dialog = dialog
        dialog.show()

    ctx.ops.read(lambda session: due_today(session, actor_id=actor), success=arrived, owner=window)


def install(window) -> None:
    window.due_today_dialog = None
    if window.ctx.user.role not in CASE_READERS:
        return
    action = QAction(translate("DueToday", "Due &today…"), window)
    action.setObjectName("due_today_action")
    action.setShortcut(QKeySequence("Ctrl+D"))
    action.triggered.connect(lambda: show_due_today(window))
    separators = [entry for entry in window.file_menu.actions() if entry.isSeparator()]
    if separators:
        window.file_menu.insertAction(separators[0], action)
    else:
        window.file_menu.addAction(action)
    window.due_today_action = action


__all__ = ["DueTodayDialog", "install", "show_due_today"]
