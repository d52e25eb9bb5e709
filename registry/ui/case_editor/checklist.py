"""Protocol checklist: the case's steps with due and done dates (an overdue step is red), done / not applicable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
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
from registry.ui.case_editor.corrections import Field, open_correction
from registry.ui.case_editor.section import CaseJob, EditorHost, Section
from registry.ui.case_editor.widgets import line
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage, FieldMessages, field_row
from registry.ui.rows_model import RowColumn, RowsModel

translate = QCoreApplication.translate
AnyIndex = QModelIndex | QPersistentModelIndex


class ChecklistModel(RowsModel[ChecklistItemView]):
    """The protocol steps of one case; an overdue step is red."""

    NUMBER, STEP, LEAD, DUE, DONE, STATE = range(6)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.now = dt.datetime.now(dt.UTC)
        overdue = self.overdue
        super().__init__(
            [
                RowColumn(lambda: translate("CaseEditor", "No."), lambda item: str(item.step.number), alert=overdue),
                RowColumn(lambda: translate("CaseEditor", "Step"), self.title, alert=overdue, tooltip=True),
                RowColumn(lambda: translate("CaseEditor", "Lead sector"), self.lead_sectors, alert=overdue),
                RowColumn(
                    lambda: translate("CaseEditor", "Due"), lambda item: format_datetime(item.due_at), alert=overdue
                ),
                RowColumn(
                    lambda: translate("CaseEditor", "Done"), lambda item: format_datetime(item.done_at), alert=overdue
                ),
                RowColumn(lambda: translate("CaseEditor", "State"), self.state_text, alert=overdue, tooltip=True),
            ],
            lambda item: item.id,
            parent,
        )

    def set_rows(self, rows: Sequence[ChecklistItemView], now: dt.datetime | None = None) -> None:
        self.now = now or dt.datetime.now(dt.UTC)
        super().set_rows(rows)

    def row(self, number: int) -> ChecklistItemView:
        return self.row_at(number)

    def overdue(self, item: ChecklistItemView) -> bool:
        return item.overdue(self.now)

    def title(self, item: ChecklistItemView) -> str:
        return step_title(item.step.title or {}, self.ctx.language)

    def lead_sectors(self, item: ChecklistItemView) -> str:
        return ", ".join(self.ctx.reference.label("sector", code) for code in item.step.lead_sectors)

    def state_text(self, item: ChecklistItemView) -> str:
        if item.not_applicable:
            return translate("CaseEditor", "Not applicable: %1").replace("%1", item.not_applicable_reason)
        if item.done_at is not None:
            name = self.ctx.staff_name(item.done_by_id)
            return (
                translate("CaseEditor", "Done by %1").replace("%1", name) if name else translate("CaseEditor", "Done")
            )
        if item.overdue(self.now):
            return translate("CaseEditor", "Past due")
        return translate("CaseEditor", "Open")


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
        field_row(
            form,
            translate("CaseEditor", "Why not applicable:"),
            self.reason,
            self.messages.add("not_applicable_reason"),
        )
        layout.addLayout(form)
        layout.addWidget(self.messages.general)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(translate("CaseEditor", "Mark done"))
        self.done_button.setObjectName("step_done")
        self.done_button.clicked.connect(self.done)
        self.not_applicable_button = QPushButton(translate("CaseEditor", "Not applicable"))
        self.not_applicable_button.setObjectName("step_not_applicable")
        self.not_applicable_button.clicked.connect(self.not_applicable)
        self.reopen_button = QPushButton(translate("Corrections", "Reopen…"))
        self.reopen_button.setObjectName("step_reopen")
        self.reopen_button.setToolTip(
            translate(
                "Corrections", "Open again a step marked done or not applicable by mistake (a reason is asked and kept)"
            )
        )
        self.reopen_button.clicked.connect(self.reopen)
        self.correct_button = QPushButton(translate("Corrections", "Correct…"))
        self.correct_button.setObjectName("step_correct")
        self.correct_button.clicked.connect(self.correct)
        self.history_button = QPushButton(translate("Corrections", "History…"))
        self.history_button.setObjectName("step_history")
        self.history_button.clicked.connect(self.history)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.not_applicable_button)
        layout.addLayout(buttons)

    def action_buttons(self) -> list[QPushButton]:
        return [self.done_button, self.not_applicable_button, self.reopen_button, self.correct_button]

    def show_case(self, file: CaseFile) -> None:
        self.model.set_rows(file.checklist, dt.datetime.now(dt.UTC))
        for column, widest in (
            (ChecklistModel.NUMBER, 60),
            (ChecklistModel.LEAD, 150),
            (ChecklistModel.DUE, 160),
            (ChecklistModel.DONE, 160),
            (ChecklistModel.STATE, 190),
        ):
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

    def _item(self) -> ChecklistItemView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.host.say(translate("CaseEditor", "Select a protocol step first."), error=True)
            return None
        return self.model.row(index.row())

    def reopen(self) -> None:
        """Open again a step closed by mistake; the reason and what was recorded stay in its history."""
        item = self._item()
        if item is None:
            return
        if item.open:
            self.host.say(translate("Corrections", "This step is open: there is nothing to reopen."), error=True)
            return
        reason = self.host.ask_text(
            self,
            translate("Corrections", "Reopen the step"),
            translate("Corrections", "Why is the step %1 open again? The reason is kept in its history.").replace(
                "%1", self.model.title(item)
            ),
        )
        if not reason:
            return
        item_id, version = item.id, item.version
        self.host.act(
            lambda session, _case_id, user_id: protocols.reopen_step(
                session, item_id, reason=reason, actor_id=user_id, expected_version=version
            ),
            self.messages,
            translate("Corrections", "The step is open again."),
        )

    def correct(self) -> None:
        item = self._item()
        if item is None:
            return
        if item.open:
            self.host.say(
                translate("Corrections", "This step is open: mark it done or not applicable instead."), error=True
            )
            return
        if item.not_applicable:
            fields = [
                Field(
                    "not_applicable_reason",
                    translate("CaseEditor", "Why not applicable:"),
                    "text",
                    item.not_applicable_reason,
                )
            ]
        else:
            fields = [
                Field("done_at", translate("Corrections", "Done on:"), "moment", item.done_at),
                Field("note", translate("Corrections", "Note:"), "text", item.note, aliases=("text",)),
            ]
        item_id, version = item.id, item.version

        def job(changes: dict[str, object]) -> CaseJob:
            data = protocols.StepChanges(**changes)  # type: ignore[arg-type]
            return lambda session, _case_id, user_id: protocols.update_checklist_step(
                session, item_id, data, actor_id=user_id, expected_version=version
            )

        self.correction = open_correction(
            self.host,
            self,
            translate("Corrections", "Correct a protocol step"),
            fields,
            job,
            translate("Corrections", "The step is corrected."),
        )

    def history(self) -> None:
        item = self._item()
        if item is not None:
            self.host.show_history(
                self,
                translate("Corrections", "History: %1").replace("%1", self.model.title(item)),
                "checklist_item",
                item.id,
            )

    def done(self) -> None:
        selected = self.selected()
        if selected is None:
            return
        (item_id, version), note = selected, self.note.text()
        self.host.act(
            lambda session, _case_id, user_id: protocols.complete_step(
                session, item_id, actor_id=user_id, note=note, expected_version=version
            ),
            self.messages,
            translate("CaseEditor", "The step is done."),
            cleared=(self.note,),
        )

    def not_applicable(self) -> None:
        selected = self.selected()
        if selected is None:
            return
        (item_id, version), reason = selected, self.reason.text()
        self.host.act(
            lambda session, _case_id, user_id: protocols.mark_not_applicable(
                session, item_id, actor_id=user_id, reason=reason, expected_version=version
            ),
            self.messages,
            translate("CaseEditor", "The step is marked not applicable."),
            cleared=(self.reason,),
        )
