"""Measures and placements: the protective measures, services and placements of the case, and adding one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QPushButton, QVBoxLayout

from registry.services import case_records
from registry.services.case_view import CaseFile
from registry.services.dates import format_date
from registry.ui.case_editor.section import EditorHost, Section
from registry.ui.case_editor.widgets import fill_tree, line, lookup_combo, tree, typed_moment
from registry.ui.forms import FieldMessage, FieldMessages, field_row

translate = QCoreApplication.translate


class MeasuresSection(Section):
    def __init__(self, host: EditorHost) -> None:
        super().__init__(host)
        self.title = translate("CaseEditor", "Measures and placements")
        layout = QVBoxLayout(self)
        self.list = tree("measures", [translate("CaseEditor", "Measure"), translate("CaseEditor", "From"),
                                      translate("CaseEditor", "Until"), translate("CaseEditor", "Placement"),
                                      translate("CaseEditor", "Decision no.")])
        self.list.setMinimumHeight(150)
        layout.addWidget(self.list)
        form = QFormLayout()
        self.messages = FieldMessages(FieldMessage("measure_general"))
        self.code = lookup_combo(self.ctx, "measure_code", "measure")
        self.start = line("measure_start", translate("CaseEditor", "dd.mm.yyyy."))
        self.place = line("placement_location")
        self.decision = line("decision_number")
        field_row(form, translate("CaseEditor", "Measure:"), self.code, self.messages.add("code", "measure"))
        field_row(form, translate("CaseEditor", "From:"), self.start, self.messages.add("started_on", "ended_on"))
        field_row(form, translate("CaseEditor", "Placement:"), self.place, self.messages.add("placement_location"))
        field_row(form, translate("CaseEditor", "Decision no.:"), self.decision, self.messages.add("decision_number"))
        layout.addLayout(form)
        layout.addWidget(self.messages.general)
        self.add_button = QPushButton(translate("CaseEditor", "Add measure"))
        self.add_button.setObjectName("add_measure")
        self.add_button.clicked.connect(self.add)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    def action_buttons(self) -> list[QPushButton]:
        return [self.add_button]

    def show_case(self, file: CaseFile) -> None:
        label = self.ctx.reference.label
        fill_tree(self.list, [([label("measure", row.code), format_date(row.started_on), format_date(row.ended_on),
                                row.placement_location, row.decision_number], None)
                              for row in sorted(file.case.measures, key=lambda row: row.id)])

    def add(self) -> None:
        self.messages.clear()
        ok, start = typed_moment(self.start, self.messages.by_field["started_on"])
        if not ok:
            return
        code, place, number = self.code.currentData(), self.place.text(), self.decision.text()
        self.host.act(lambda session, case_id, user_id: case_records.add_measure(
            session, case_id, code=code, started_on=start.date() if start else None, actor_id=user_id,
            placement_location=place, decision_number=number), self.messages,
            translate("CaseEditor", "Measure added."), cleared=(self.start, self.place, self.decision))
