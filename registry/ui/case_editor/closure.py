"""Closure: asking the supervisor to close, closing (a supervisor) and reopening, each with its reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from registry.services import cases
from registry.services.case_view import CaseFile
from registry.services.dates import format_date
from registry.ui.case_editor.section import EditorHost, Section
from registry.ui.case_editor.widgets import lookup_combo, select_data, text_box
from registry.ui.forms import FieldMessage, FieldMessages, field_row

translate = QCoreApplication.translate


class ClosureSection(Section):
    def __init__(self, host: EditorHost) -> None:
        super().__init__(host)
        self.title = translate("CaseEditor", "Closure")
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("closure_state")
        self.state.setWordWrap(True)
        self.state.setProperty("registry_data", True)
        layout.addWidget(self.state)
        group = QGroupBox(translate("CaseEditor", "Closing the case"))
        form = QFormLayout(group)
        self.messages = FieldMessages(FieldMessage("closure_general"))
        self.reason = lookup_combo(self.ctx, "closure_reason", "closure_reason", empty=True)
        self.note = text_box("closure_note", 60)
        self.open_steps_reason = text_box("open_steps_reason", 50)
        field_row(
            form, translate("CaseEditor", "Reason for closing:"), self.reason, self.messages.add("closure_reason")
        )
        field_row(form, translate("CaseEditor", "Note:"), self.note, self.messages.add("text"))
        field_row(
            form,
            translate("CaseEditor", "Why protocol steps stay open:"),
            self.open_steps_reason,
            self.messages.add("reason"),
        )
        form.addRow(self.messages.general)
        buttons = QHBoxLayout()
        self.request_button = QPushButton(translate("CaseEditor", "Ask the supervisor to close"))
        self.request_button.setObjectName("request_closure")
        self.request_button.clicked.connect(self.request)
        self.close_button = QPushButton(translate("CaseEditor", "Close the case"))
        self.close_button.setObjectName("close_case")
        self.close_button.setVisible(self.ctx.user.role == "supervisor")
        self.close_button.clicked.connect(self.close_case)
        buttons.addStretch(1)
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.close_button)
        form.addRow(buttons)
        layout.addWidget(group)
        reopen = QGroupBox(translate("CaseEditor", "Reopening"))
        form = QFormLayout(reopen)
        self.reopen_messages = FieldMessages(FieldMessage("reopen_general"))
        self.reopen_reason = text_box("reopen_reason", 50)
        field_row(
            form, translate("CaseEditor", "Why it is reopened:"), self.reopen_reason, self.reopen_messages.add("reason")
        )
        self.reopen_button = QPushButton(translate("CaseEditor", "Reopen the case"))
        self.reopen_button.setObjectName("reopen_case")
        self.reopen_button.clicked.connect(self.reopen)
        form.addRow(self.reopen_messages.general)
        form.addRow("", self.reopen_button)
        layout.addWidget(reopen)
        layout.addStretch(1)

    def action_buttons(self) -> list[QPushButton]:
        return [self.request_button, self.close_button, self.reopen_button]

    def show_case(self, file: CaseFile) -> None:
        case = file.case
        closed = case.status == "closed"
        if closed:
            reason = self.ctx.reference.label("closure_reason", case.closure_reason)
            self.state.setText(
                translate("CaseEditor", "Closed on %1 (%2).")
                .replace("%1", format_date(case.closed_at))
                .replace("%2", reason)
            )
        elif case.closure_pending:
            reason = self.ctx.reference.label("closure_reason", case.closure_reason)
            self.state.setText(
                translate("CaseEditor", "Closure requested (%1); waiting for the supervisor.").replace("%1", reason)
            )
            select_data(self.reason, case.closure_reason)
        else:
            self.state.setText(translate("CaseEditor", "The case is open."))
        writes = self.ctx.user.writes_cases
        for button in (self.request_button, self.close_button):
            button.setEnabled(writes and not closed)
        self.reopen_button.setEnabled(writes and closed)

    def _values(self) -> tuple[str | None, str, str]:
        return self.reason.currentData(), self.note.toPlainText(), self.open_steps_reason.toPlainText()

    def request(self) -> None:
        reason, note, open_steps = self._values()
        self.host.act(
            lambda session, case_id, user_id: cases.request_closure(
                session, case_id, reason_code=reason, note=note, open_steps_reason=open_steps, actor_id=user_id
            ),
            self.messages,
            translate("CaseEditor", "Closure requested; the supervisor decides."),
            needs_saved=True,
        )

    def close_case(self) -> None:
        reason, note, open_steps = self._values()
        self.host.act(
            lambda session, case_id, user_id: cases.close_case(
                session, case_id, reason_code=reason, note=note, open_steps_reason=open_steps, actor_id=user_id
            ),
            self.messages,
            translate("CaseEditor", "The case is closed."),
            needs_saved=True,
        )

    def reopen(self) -> None:
        reason = self.reopen_reason.toPlainText()
        self.host.act(
            lambda session, case_id, user_id: cases.reopen_case(session, case_id, reason=reason, actor_id=user_id),
            self.reopen_messages,
            translate("CaseEditor", "The case is reopened."),
            needs_saved=True,
            cleared=(self.reopen_reason,),
        )
