"""Assessment and plan: who is responsible, the assessment and protection plan (part of the case form), the
supervisor's approval and the next status of the case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from registry.services import cases
from registry.services.case_view import CaseFile
from registry.services.dates import format_date
from registry.ui.case_editor.section import EditorHost, Section

translate = QCoreApplication.translate


class PlanningSection(Section):
    def __init__(self, host: EditorHost) -> None:
        super().__init__(host)
        self.title = translate("CaseEditor", "Assessment and plan")
        form = host.form
        layout = QVBoxLayout(self)
        team = QGroupBox(translate("CaseEditor", "Responsible"))
        fields = QFormLayout(team)
        self.lead_worker = form.combo(
            "lead_worker_id",
            self._staff_combo("lead_worker", ("worker", "supervisor")),
            fields,
            translate("CaseEditor", "Lead worker:"),
            "lead_worker",
            missing=self.ctx.staff_name,
        )
        self.supervisor = form.combo(
            "supervisor_id",
            self._staff_combo("supervisor", ("supervisor",)),
            fields,
            translate("CaseEditor", "Supervisor:"),
            "supervisor",
            missing=self.ctx.staff_name,
        )
        layout.addWidget(team)
        plan = QGroupBox(translate("CaseEditor", "Assessment and plan"))
        fields = QFormLayout(plan)
        self.assessment = form.text("assessment", fields, translate("CaseEditor", "Assessment:"), 120)
        self.plan = form.text("plan", fields, translate("CaseEditor", "Protection plan:"), 120)
        self.plan_state = QLabel()
        self.plan_state.setObjectName("plan_state")
        self.plan_state.setProperty("registry_data", True)
        self.approve_button = QPushButton(translate("CaseEditor", "Approve the plan"))
        self.approve_button.setObjectName("approve_plan")
        self.approve_button.setVisible(self.ctx.user.role == "supervisor")
        self.approve_button.clicked.connect(self.approve_plan)
        approval = QHBoxLayout()
        approval.addWidget(self.plan_state, 1)
        approval.addWidget(self.approve_button)
        fields.addRow(translate("CaseEditor", "Approval:"), approval)
        layout.addWidget(plan)
        status = QGroupBox(translate("CaseEditor", "Case status"))
        row = QHBoxLayout(status)
        self.next_status = QComboBox()
        self.next_status.setObjectName("next_status")
        self.move_button = QPushButton(translate("CaseEditor", "Move the case on"))
        self.move_button.setObjectName("move_status")
        self.move_button.clicked.connect(self.move_status)
        self.next_status.currentIndexChanged.connect(lambda _index: self._status_chosen())
        row.addWidget(QLabel(translate("CaseEditor", "Next status:")))
        row.addWidget(self.next_status, 1)
        row.addWidget(self.move_button)
        layout.addWidget(status)
        layout.addStretch(1)

    def _staff_combo(self, name: str, roles: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem("", None)
        for member in self.ctx.reference.staff:
            if member.active and member.role in roles:
                combo.addItem(member.full_name, member.id)
        return combo

    def action_buttons(self) -> list[QPushButton]:
        return [self.approve_button, self.move_button]

    def show_case(self, file: CaseFile) -> None:
        case = file.case
        self.next_status.blockSignals(True)
        self.next_status.clear()
        if case.next_statuses:  # nothing chosen for the user: a case moved back by mistake is hard to explain
            self.next_status.addItem(translate("CaseEditor", "Choose…"), None)
        for code in case.next_statuses:
            self.next_status.addItem(self.ctx.reference.label("case_status", code), code)
        self.next_status.blockSignals(False)
        self.next_status.setEnabled(self.next_status.count() > 0)
        self._status_chosen()
        if case.plan_approved_at is not None:
            self.plan_state.setText(
                translate("CaseEditor", "Approved by %1 on %2")
                .replace("%1", self.ctx.staff_name(case.plan_approved_by_id))
                .replace("%2", format_date(case.plan_approved_at))
            )
        else:
            self.plan_state.setText(translate("CaseEditor", "Not approved yet"))
        # an approved plan is approved: the button comes back when the case returns to planning or review
        self.approve_button.setEnabled(
            case.status in ("planning", "review") and bool(case.plan) and case.plan_approved_at is None
        )

    def _status_chosen(self) -> None:
        self.move_button.setEnabled(self.ctx.user.writes_cases and self.next_status.currentData() is not None)

    def approve_plan(self) -> None:
        self.host.act(
            lambda session, case_id, user_id: cases.approve_plan(session, case_id, actor_id=user_id),
            None,
            translate("CaseEditor", "The plan is approved."),
            needs_saved=True,
        )

    def move_status(self) -> None:
        target = self.next_status.currentData()
        if not target or self.host.view is None:
            return
        version = self.host.view.version
        self.host.act(
            lambda session, case_id, user_id: cases.change_status(
                session, case_id, target, actor_id=user_id, expected_version=version
            ),
            None,
            translate("CaseEditor", "The case moved on."),
            needs_saved=True,
        )
