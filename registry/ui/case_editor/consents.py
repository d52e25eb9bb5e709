"""Consents: who agreed to which sectors being told what, withdrawing one, and recording a new one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QGroupBox, QPushButton, QVBoxLayout, QWidget

from registry.services import case_records
from registry.services.case_view import CaseFile, ConsentView
from registry.services.dates import format_date
from registry.ui.case_editor.corrections import Field, open_correction
from registry.ui.case_editor.section import CaseJob, EditorHost, Section
from registry.ui.case_editor.widgets import ITEM_ID_ROLE, button, fill_tree, line, record_buttons, text_box, tree
from registry.ui.forms import FieldMessage, FieldMessages, field_row

translate = QCoreApplication.translate


class ConsentsSection(Section):
    def __init__(self, host: EditorHost) -> None:
        super().__init__(host)
        self.title = translate("CaseEditor", "Consents")
        layout = QVBoxLayout(self)
        self.list = tree(
            "consents",
            [
                translate("CaseEditor", "Given by"),
                translate("CaseEditor", "Sectors"),
                translate("CaseEditor", "Purpose"),
                translate("CaseEditor", "Given"),
                translate("CaseEditor", "Withdrawn"),
            ],
        )
        self.list.setMinimumHeight(140)
        layout.addWidget(self.list)
        self.withdraw_button = QPushButton(translate("CaseEditor", "Withdraw the selected consent"))
        self.withdraw_button.setObjectName("withdraw_consent")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.correct_button = button("correct_consent", translate("Corrections", "Correct…"))
        self.correct_button.clicked.connect(self.correct)
        self.history_button = button("consent_history", translate("Corrections", "History…"))
        self.history_button.clicked.connect(self.history)
        layout.addLayout(record_buttons(self.withdraw_button, self.correct_button, self.history_button))
        group = QGroupBox(translate("CaseEditor", "Record a consent"))
        form = QFormLayout(group)
        self.messages = FieldMessages(FieldMessage("consent_general"))
        self.given_by = line("consent_given_by")
        sectors = QWidget()
        grid = QGridLayout(sectors)
        grid.setContentsMargins(0, 0, 0, 0)
        self.sectors: dict[str, QCheckBox] = {}
        for number, (code, label) in enumerate(self.ctx.reference.options("sector")):
            box = QCheckBox(label)
            box.setObjectName(f"consent_{code}")
            self.sectors[code] = box
            grid.addWidget(box, number // 3, number % 3)
        self.purpose = text_box("consent_purpose", 50)
        field_row(form, translate("CaseEditor", "Given by:"), self.given_by, self.messages.add("full_name"))
        field_row(form, translate("CaseEditor", "Sharing with:"), sectors, self.messages.add("sector"))
        field_row(form, translate("CaseEditor", "Purpose:"), self.purpose, self.messages.add("text", "reported_at"))
        form.addRow(self.messages.general)
        self.add_button = QPushButton(translate("CaseEditor", "Record the consent"))
        self.add_button.setObjectName("add_consent")
        self.add_button.clicked.connect(self.add)
        form.addRow("", self.add_button)
        layout.addWidget(group)
        layout.addStretch(1)

    def action_buttons(self) -> list[QPushButton]:
        return [self.withdraw_button, self.add_button, self.correct_button]

    def show_case(self, file: CaseFile) -> None:
        label = self.ctx.reference.label
        fill_tree(
            self.list,
            [
                (
                    [
                        row.given_by_name,
                        ", ".join(label("sector", code) for code in row.sectors),
                        row.purpose,
                        format_date(row.given_at),
                        format_date(row.withdrawn_at),
                    ],
                    row.id,
                )
                for row in sorted(file.case.consents, key=lambda row: row.id)
            ],
        )

    def add(self) -> None:
        name, purpose = self.given_by.text(), self.purpose.toPlainText()
        sectors = [code for code, box in self.sectors.items() if box.isChecked()]
        self.host.act(
            lambda session, case_id, user_id: case_records.record_consent(
                session, case_id, given_by_name=name, sectors=sectors, purpose=purpose, actor_id=user_id
            ),
            self.messages,
            translate("CaseEditor", "Consent recorded."),
            cleared=(self.given_by, self.purpose, *self.sectors.values()),
        )

    def _consent(self) -> ConsentView | None:
        consent_id = self.host.selected_record(self.list, translate("Corrections", "a consent"))
        if consent_id is None or self.host.file is None:
            return None
        return next((row for row in self.host.file.case.consents if row.id == consent_id), None)

    def correct(self) -> None:
        row = self._consent()
        if row is None:
            return
        fields = [
            Field(
                "given_by_name", translate("CaseEditor", "Given by:"), "line", row.given_by_name, aliases=("full_name",)
            ),
            Field(
                "sectors",
                translate("CaseEditor", "Sharing with:"),
                "codes",
                row.sectors,
                [(label, code) for code, label in self.ctx.reference.options("sector")],
                aliases=("sector",),
            ),
            Field("purpose", translate("CaseEditor", "Purpose:"), "text", row.purpose, aliases=("text",)),
            Field("given_at", translate("Corrections", "Given on:"), "moment", row.given_at, aliases=("reported_at",)),
        ]
        consent_id = row.id

        def job(changes: dict[str, object]) -> CaseJob:
            data = case_records.ConsentChanges(**changes)  # type: ignore[arg-type]
            return lambda session, _case_id, user_id: case_records.update_consent(
                session, consent_id, data, actor_id=user_id
            )

        self.correction = open_correction(
            self.host,
            self,
            translate("Corrections", "Correct a consent"),
            fields,
            job,
            translate("Corrections", "The consent is corrected."),
        )

    def history(self) -> None:
        row = self._consent()
        if row is not None:
            self.host.show_history(self, translate("Corrections", "History of the consent"), "consent", row.id)

    def withdraw(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.host.say(translate("CaseEditor", "Select a consent in the list first."), error=True)
            return
        consent_id = int(item.data(0, ITEM_ID_ROLE))
        self.host.act(
            lambda session, _case_id, user_id: case_records.withdraw_consent(session, consent_id, actor_id=user_id),
            None,
            translate("CaseEditor", "The consent is withdrawn."),
        )
