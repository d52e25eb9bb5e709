"""Measures and placements: the protective measures, services and placements of the case, and adding one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QPushButton, QVBoxLayout

from registry.services import case_records
from registry.services.case_view import CaseFile, MeasureView
from registry.services.dates import format_date
from registry.ui.case_editor.corrections import Field, open_correction
from registry.ui.case_editor.section import CaseJob, EditorHost, Section
from registry.ui.case_editor.widgets import button, fill_tree, line, lookup_combo, record_buttons, tree, typed_moment
from registry.ui.context import institution_name
from registry.ui.forms import FieldMessage, FieldMessages, field_row

translate = QCoreApplication.translate


class MeasuresSection(Section):
    def __init__(self, host: EditorHost) -> None:
        super().__init__(host)
        self.title = translate("CaseEditor", "Measures and placements")
        layout = QVBoxLayout(self)
        self.list = tree(
            "measures",
            [
                translate("CaseEditor", "Measure"),
                translate("CaseEditor", "From"),
                translate("CaseEditor", "Until"),
                translate("CaseEditor", "Placement"),
                translate("CaseEditor", "Decision no."),
            ],
        )
        self.list.setMinimumHeight(150)
        layout.addWidget(self.list)
        self.correct_button = button("correct_measure", translate("Corrections", "Correct…"))
        self.correct_button.clicked.connect(self.correct)
        self.history_button = button("measure_history", translate("Corrections", "History…"))
        self.history_button.clicked.connect(self.history)
        layout.addLayout(record_buttons(self.correct_button, self.history_button))
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
        return [self.add_button, self.correct_button]

    def show_case(self, file: CaseFile) -> None:
        label = self.ctx.reference.label
        fill_tree(
            self.list,
            [
                (
                    [
                        label("measure", row.code),
                        format_date(row.started_on),
                        format_date(row.ended_on),
                        row.placement_location,
                        row.decision_number,
                    ],
                    row.id,
                )
                for row in sorted(file.case.measures, key=lambda row: row.id)
            ],
        )

    def _measure(self) -> MeasureView | None:
        measure_id = self.host.selected_record(self.list, translate("Corrections", "a measure"))
        if measure_id is None or self.host.file is None:
            return None
        return next((row for row in self.host.file.case.measures if row.id == measure_id), None)

    def correct(self) -> None:
        row = self._measure()
        if row is None:
            return
        t = lambda text: translate("CaseEditor", text)  # noqa: E731
        institutions = [
            ("", None),
            *(
                (institution_name(item.name, item.name_cyrl, self.ctx.language), item.id)
                for item in self.host.institutions
            ),
        ]
        if row.decided_by_institution_id is not None and all(
            value != row.decided_by_institution_id for _label, value in institutions
        ):
            known = self.host.file.institutions.get(row.decided_by_institution_id) if self.host.file else None
            institutions.append(
                (
                    institution_name(known.name, known.name_cyrl, self.ctx.language)
                    if known
                    else str(row.decided_by_institution_id),
                    row.decided_by_institution_id,
                )
            )
        fields = [
            Field(
                "code",
                t("Measure:"),
                "combo",
                row.code,
                [(label, code) for code, label in self.ctx.reference.options("measure")],
                aliases=("measure",),
            ),
            Field("started_on", t("From:"), "date", row.started_on),
            Field("ended_on", translate("Corrections", "Until:"), "date", row.ended_on),
            Field("placement_location", t("Placement:"), "line", row.placement_location, aliases=("address",)),
            Field("decision_number", t("Decision no.:"), "line", row.decision_number, aliases=("registry_number",)),
            Field(
                "decided_by_institution_id",
                translate("Corrections", "Decided by:"),
                "combo",
                row.decided_by_institution_id,
                institutions,
            ),
            Field("notes", translate("Corrections", "Notes:"), "text", row.notes),
        ]
        measure_id = row.id

        def job(changes: dict[str, object]) -> CaseJob:
            data = case_records.MeasureChanges(**changes)  # type: ignore[arg-type]
            return lambda session, _case_id, user_id: case_records.update_measure(
                session, measure_id, data, actor_id=user_id
            )

        self.correction = open_correction(
            self.host,
            self,
            translate("Corrections", "Correct a measure"),
            fields,
            job,
            translate("Corrections", "The measure is corrected."),
        )

    def history(self) -> None:
        row = self._measure()
        if row is not None:
            self.host.show_history(self, translate("Corrections", "History of the measure"), "measure", row.id)

    def add(self) -> None:
        self.messages.clear()
        ok, start = typed_moment(self.start, self.messages.by_field["started_on"])
        if not ok:
            return
        code, place, number = self.code.currentData(), self.place.text(), self.decision.text()
        self.host.act(
            lambda session, case_id, user_id: case_records.add_measure(
                session,
                case_id,
                code=code,
                started_on=start.date() if start else None,
                actor_id=user_id,
                placement_location=place,
                decision_number=number,
            ),
            self.messages,
            translate("CaseEditor", "Measure added."),
            cleared=(self.start, self.place, self.decision),
        )
