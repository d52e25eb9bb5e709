"""Protocol checklist: the case's steps with due and done dates (an overdue step is red), done / not applicable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registry.services import protocols
from registry.services.case_view import CaseFile, ChecklistItemView, step_title
from registry.services.dates import format_datetime
from registry.ui.case_editor.section import EditorHost, Section
from registry.ui.case_editor.widgets import ITEM_ID_ROLE, OVERDUE_COLOUR, line
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage, FieldMessages, field_row

translate = QCoreApplication.translate
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

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
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


class ChecklistSection(Section):
    scrolls = False

    def __init__(self, host: EditorHost) -> None:
        super().__init__(host)
        self.title = translate("CaseEditor", "Protocol checklist")
        layout = QVBoxLayout(self)
        self.model = ChecklistModel(self.ctx, self)
        self.table = QTableView()
        self.table.setObjectName("checklist")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ChecklistModel.STEP, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.messages = FieldMessages(FieldMessage("step_general"))
        self.note = line("step_note")
        self.reason = line("not_applicable_reason")
        field_row(form, translate("CaseEditor", "Note (when done):"), self.note, self.messages.add("text", "done_at"))
        field_row(form, translate("CaseEditor", "Why not applicable:"), self.reason,
                  self.messages.add("not_applicable_reason"))
        layout.addLayout(form)
        layout.addWidget(self.messages.general)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(translate("CaseEditor", "Mark done"))
        self.done_button.setObjectName("step_done")
        self.done_button.clicked.connect(self.done)
        self.not_applicable_button = QPushButton(translate("CaseEditor", "Not applicable"))
        self.not_applicable_button.setObjectName("step_not_applicable")
        self.not_applicable_button.clicked.connect(self.not_applicable)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.not_applicable_button)
        layout.addLayout(buttons)

    def action_buttons(self) -> list[QPushButton]:
        return [self.done_button, self.not_applicable_button]

    def show_case(self, file: CaseFile) -> None:
        self.model.set_rows(file.checklist, dt.datetime.now(dt.UTC))
        for column, widest in ((ChecklistModel.NUMBER, 60), (ChecklistModel.LEAD, 150), (ChecklistModel.DUE, 160),
                               (ChecklistModel.DONE, 160), (ChecklistModel.STATE, 190)):
            self.table.resizeColumnToContents(column)  # the step's title takes the rest
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))

    def selected(self) -> tuple[int, int] | None:
        """The selected step's id and version."""
        index = self.table.currentIndex()
        if not index.isValid():
            self.host.say(translate("CaseEditor", "Select a protocol step first."), error=True)
            return None
        row = self.model.row(index.row())
        return row.id, row.version

    def done(self) -> None:
        selected = self.selected()
        if selected is None:
            return
        (item_id, version), note = selected, self.note.text()
        self.host.act(lambda session, _case_id, user_id: protocols.complete_step(
            session, item_id, actor_id=user_id, note=note, expected_version=version), self.messages,
            translate("CaseEditor", "The step is done."), cleared=(self.note,))

    def not_applicable(self) -> None:
        selected = self.selected()
        if selected is None:
            return
        (item_id, version), reason = selected, self.reason.text()
        self.host.act(lambda session, _case_id, user_id: protocols.mark_not_applicable(
            session, item_id, actor_id=user_id, reason=reason, expected_version=version), self.messages,
            translate("CaseEditor", "The step is marked not applicable."), cleared=(self.reason,))
