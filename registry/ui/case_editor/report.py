"""Report and incidents: who reported what and how urgent it is (part of the case form), and the incidents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout

from registry.services import case_records
from registry.services.case_view import CaseFile, IncidentView
from registry.services.dates import format_date, format_datetime
from registry.ui.case_editor.corrections import Field, open_correction
from registry.ui.case_editor.section import CaseJob, EditorHost, Section
from registry.ui.case_editor.widgets import (
    button,
    fill_tree,
    line,
    lookup_combo,
    record_buttons,
    text_box,
    tree,
    typed_moment,
)
from registry.ui.forms import FieldMessage, FieldMessages, field_row

translate = QCoreApplication.translate


class ReportSection(Section):
    def __init__(self, host: EditorHost) -> None:
        super().__init__(host)
        self.title = translate("CaseEditor", "Report and incidents")
        form = host.form
        layout = QVBoxLayout(self)
        report = QGroupBox(translate("CaseEditor", "Report"))
        fields = QFormLayout(report)
        self.received_label = QLabel()
        self.received_label.setProperty("registry_data", True)
        fields.addRow(translate("CaseEditor", "Received:"), self.received_label)
        self.referral_source = form.combo(
            "referral_source",
            lookup_combo(self.ctx, "referral_source", "referral_source"),
            fields,
            translate("CaseEditor", "Reported by:"),
        )
        self.urgency = form.combo(
            "urgency", lookup_combo(self.ctx, "urgency", "urgency"), fields, translate("CaseEditor", "Urgency:")
        )
        self.risk_level = form.combo(
            "risk_level", lookup_combo(self.ctx, "risk_level", "risk_level"), fields, translate("CaseEditor", "Risk:")
        )
        self.violence_forms = form.code_set(
            "violence_forms",
            self.ctx.reference.options("violence_form"),
            fields,
            translate("CaseEditor", "Forms of violence:"),
            "violence_",
        )
        self.reporter_anonymous = form.check(
            "reporter_anonymous", fields, translate("CaseEditor", "The reporter wants to stay anonymous"), message=False
        )
        self.reporter_name = form.line("reporter_name", fields, translate("CaseEditor", "Reporter:"))
        self.reporter_contact = form.line("reporter_contact", fields, translate("CaseEditor", "Reporter's contact:"))
        self.reporter_relation = form.line(
            "reporter_relation", fields, translate("CaseEditor", "Relation to the child:")
        )
        self.report_summary = form.text("report_summary", fields, translate("CaseEditor", "What was reported:"))
        layout.addWidget(report)
        layout.addWidget(self._incidents())

    def _incidents(self) -> QGroupBox:
        incidents = QGroupBox(translate("CaseEditor", "Incidents"))
        column = QVBoxLayout(incidents)
        self.incidents = tree(
            "incidents",
            [
                translate("CaseEditor", "Date"),
                translate("CaseEditor", "Place"),
                translate("CaseEditor", "Forms of violence"),
                translate("CaseEditor", "Description"),
            ],
        )
        self.incidents.setMinimumHeight(110)
        column.addWidget(self.incidents)
        self.correct_incident_button = button("correct_incident", translate("Corrections", "Correct…"))
        self.correct_incident_button.clicked.connect(self.correct_incident)
        self.incident_history_button = button("incident_history", translate("Corrections", "History…"))
        self.incident_history_button.clicked.connect(self.incident_history)
        column.addLayout(record_buttons(self.correct_incident_button, self.incident_history_button))
        add = QFormLayout()
        self.incident_messages = FieldMessages(FieldMessage("incident_general"))
        self.incident_date = line("incident_date", translate("CaseEditor", "dd.mm.yyyy."))
        self.incident_place = line("incident_place")
        self.incident_description = text_box("incident_description", 60)
        field_row(add, translate("CaseEditor", "Date:"), self.incident_date, self.incident_messages.add("occurred_at"))
        field_row(add, translate("CaseEditor", "Place:"), self.incident_place, self.incident_messages.add("place"))
        field_row(
            add,
            translate("CaseEditor", "Description:"),
            self.incident_description,
            self.incident_messages.add("description"),
        )
        self.add_incident_button = QPushButton(translate("CaseEditor", "Add incident"))
        self.add_incident_button.setObjectName("add_incident")
        self.add_incident_button.clicked.connect(self.add_incident)
        column.addLayout(add)
        column.addWidget(self.incident_messages.general)
        column.addWidget(self.add_incident_button, 0, Qt.AlignmentFlag.AlignRight)
        return incidents

    def action_buttons(self) -> list[QPushButton]:
        return [self.add_incident_button, self.correct_incident_button]

    def show_case(self, file: CaseFile) -> None:
        label = self.ctx.reference.label
        self.received_label.setText(format_datetime(file.case.report_received_at))
        fill_tree(
            self.incidents,
            [
                (
                    [
                        format_date(row.occurred_at),
                        row.place,
                        ", ".join(label("violence_form", code) for code in row.violence_forms),
                        row.description,
                    ],
                    row.id,
                )
                for row in sorted(file.case.incidents, key=lambda row: row.id)
            ],
        )

    def _incident(self) -> IncidentView | None:
        incident_id = self.host.selected_record(self.incidents, translate("Corrections", "an incident"))
        if incident_id is None or self.host.file is None:
            return None
        return next((row for row in self.host.file.case.incidents if row.id == incident_id), None)

    def correct_incident(self) -> None:
        row = self._incident()
        if row is None:
            return
        fields = [
            Field("occurred_at", translate("CaseEditor", "Date:"), "moment", row.occurred_at),
            Field(
                "occurred_at_approximate",
                translate("Corrections", "The date is approximate"),
                "check",
                row.occurred_at_approximate,
            ),
            Field("place", translate("CaseEditor", "Place:"), "line", row.place, aliases=("address",)),
            Field(
                "violence_forms",
                translate("Corrections", "Forms of violence:"),
                "codes",
                row.violence_forms,
                [(label, code) for code, label in self.ctx.reference.options("violence_form")],
                aliases=("violence_types",),
            ),
            Field("description", translate("CaseEditor", "Description:"), "text", row.description, aliases=("text",)),
            Field("injuries", translate("Corrections", "Injuries"), "check", row.injuries),
            Field("police_informed", translate("Corrections", "Police informed"), "check", row.police_informed),
        ]
        incident_id = row.id

        def job(changes: dict[str, object]) -> CaseJob:
            data = case_records.IncidentChanges(**changes)  # type: ignore[arg-type]
            return lambda session, _case_id, user_id: case_records.update_incident(
                session, incident_id, data, actor_id=user_id
            )

        self.correction = open_correction(
            self.host,
            self,
            translate("Corrections", "Correct an incident"),
            fields,
            job,
            translate("Corrections", "The incident is corrected."),
        )

    def incident_history(self) -> None:
        row = self._incident()
        if row is not None:
            self.host.show_history(self, translate("Corrections", "History of the incident"), "incident", row.id)

    def add_incident(self) -> None:
        self.incident_messages.clear()
        ok, when = typed_moment(self.incident_date, self.incident_messages.by_field["occurred_at"])
        if not ok:
            return
        data = case_records.IncidentInput(
            occurred_at=when, description=self.incident_description.toPlainText(), place=self.incident_place.text()
        )
        self.host.act(
            lambda session, case_id, user_id: case_records.add_incident(session, case_id, data, actor_id=user_id),
            self.incident_messages,
            translate("CaseEditor", "Incident added."),
            cleared=(self.incident_date, self.incident_place, self.incident_description),
        )
