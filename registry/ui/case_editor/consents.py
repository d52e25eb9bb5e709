"""Consents: who agreed to which sectors being told what, withdrawing one, and recording a new one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registry.services import case_records
from registry.services.case_view import CaseFile
from registry.services.dates import format_date
from registry.ui.case_editor.section import EditorHost, Section
from registry.ui.case_editor.widgets import ITEM_ID_ROLE, fill_tree, line, text_box, tree
from registry.ui.forms import FieldMessage, FieldMessages, field_row

translate = QCoreApplication.translate


class ConsentsSection(Section):
    def __init__(self, host: EditorHost) -> None:
        super().__init__(host)
        self.title = translate("CaseEditor", "Consents")
        layout = QVBoxLayout(self)
        self.list = tree("consents", [translate("CaseEditor", "Given by"), translate("CaseEditor", "Sectors"),
                                      translate("CaseEditor", "Purpose"), translate("CaseEditor", "Given"),
                                      translate("CaseEditor", "Withdrawn")])
        self.list.setMinimumHeight(140)
        layout.addWidget(self.list)
        self.withdraw_button = QPushButton(translate("CaseEditor", "Withdraw the selected consent"))
        self.withdraw_button.setObjectName("withdraw_consent")
        self.withdraw_button.clicked.connect(self.withdraw)
        layout.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignRight)
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
        return [self.withdraw_button, self.add_button]

    def show_case(self, file: CaseFile) -> None:
        label = self.ctx.reference.label
        fill_tree(self.list, [([row.given_by_name, ", ".join(label("sector", code) for code in row.sectors),
                                row.purpose, format_date(row.given_at), format_date(row.withdrawn_at)], row.id)
                              for row in sorted(file.case.consents, key=lambda row: row.id)])

    def add(self) -> None:
        name, purpose = self.given_by.text(), self.purpose.toPlainText()
        sectors = [code for code, box in self.sectors.items() if box.isChecked()]
        self.host.act(lambda session, case_id, user_id: case_records.record_consent(
            session, case_id, given_by_name=name, sectors=sectors, purpose=purpose, actor_id=user_id),
            self.messages, translate("CaseEditor", "Consent recorded."),
            cleared=(self.given_by, self.purpose, *self.sectors.values()))

    def withdraw(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.host.say(translate("CaseEditor", "Select a consent in the list first."), error=True)
            return
        consent_id = int(item.data(0, ITEM_ID_ROLE))
        self.host.act(lambda session, _case_id, user_id: case_records.withdraw_consent(session, consent_id,
                                                                                       actor_id=user_id),
                      None, translate("CaseEditor", "The consent is withdrawn."))
