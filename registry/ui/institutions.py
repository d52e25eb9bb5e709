"""The institution directory: partners of the referral chain per sector — add, edit, deactivate (never delete:
old referrals still name them).  A save that meets someone else's newer save is refused and explained; what was
typed stays in the dialog."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from registry.services.errors import RegistryError, StaleRecord, ValidationError
from registry.services.institutions import InstitutionInput, create_institution, list_institutions, update_institution
from registry.ui.context import AppContext, institution_name
from registry.ui.forms import FieldMessage, FieldMessages, field_row
from registry.ui.rows_model import RowColumn, RowsModel

translate = QCoreApplication.translate
EDITORS = {"administrator", "supervisor"}


class Entry(NamedTuple):
    id: int
    version: int
    data: InstitutionInput


def directory(session: Session, sector: str | None, include_inactive: bool) -> list[Entry]:
    return [
        Entry(
            row.id,
            row.version,
            InstitutionInput(
                name=row.name,
                sector=row.sector,
                name_cyrl=row.name_cyrl,
                municipality=row.municipality,
                address=row.address,
                phone=row.phone,
                email=row.email,
                contact_person=row.contact_person,
                notes=row.notes,
                active=row.active,
            ),
        )
        for row in list_institutions(session, sector=sector, active_only=not include_inactive)
    ]


class InstitutionDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx: AppContext, entry: Entry | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("institution_dialog")
        self.ctx = ctx
        self.entry = entry
        self.setWindowTitle(
            translate("Institutions", "Edit institution") if entry else translate("Institutions", "New institution")
        )
        self.general = FieldMessage("general")
        self.messages = FieldMessages(self.general)
        data = entry.data if entry else InstitutionInput(name="", sector="")
        self.name = QLineEdit(data.name)
        self.name.setObjectName("name")
        self.name_cyrl = QLineEdit(data.name_cyrl)
        self.name_cyrl.setObjectName("name_cyrl")
        self.sector = QComboBox()
        self.sector.setObjectName("sector")
        for code, label in ctx.reference.options("sector"):
            self.sector.addItem(label, code)
        if data.sector:
            self.sector.setCurrentIndex(max(0, self.sector.findData(data.sector)))
        self.municipality = QLineEdit(data.municipality)
        self.address = QLineEdit(data.address)
        self.phone = QLineEdit(data.phone)
        self.email = QLineEdit(data.email)
        self.contact = QLineEdit(data.contact_person)
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.active = QCheckBox(translate("Institutions", "Active (offered for new referrals)"))
        self.active.setChecked(data.active)
        form = QFormLayout()
        field_row(form, translate("Institutions", "Name:", "institution"), self.name, self.messages.add("name"))
        field_row(form, translate("Institutions", "Name in Cyrillic:"), self.name_cyrl)
        field_row(form, translate("Institutions", "Sector:"), self.sector, self.messages.add("sector"))
        field_row(form, translate("Institutions", "Municipality:"), self.municipality)
        field_row(form, translate("Institutions", "Address:"), self.address, self.messages.add("address"))
        field_row(form, translate("Institutions", "Phone:"), self.phone, self.messages.add("phone"))
        field_row(form, translate("Institutions", "E-mail:"), self.email)
        field_row(form, translate("Institutions", "Contact person:"), self.contact, self.messages.add("reporter_name"))
        field_row(form, translate("Institutions", "Notes:"), self.notes, self.messages.add("notes"))
        form.addRow("", self.active)
        self.save_button = QPushButton(translate("Institutions", "Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(translate("Institutions", "Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def data(self) -> InstitutionInput:
        return InstitutionInput(
            name=self.name.text(),
            sector=self.sector.currentData() or "",
            name_cyrl=self.name_cyrl.text(),
            municipality=self.municipality.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            contact_person=self.contact.text(),
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        self.messages.clear()
        data, actor, entry = self.data(), self.ctx.user.id, self.entry

        def job(session: Session) -> int:
            if entry is None:
                return create_institution(session, data, actor_id=actor).id
            return update_institution(session, entry.id, data, expected_version=entry.version, actor_id=actor).id

        self.ctx.ops.write(job, success=lambda _id: self._saved(), failure=self._failed, owner=self)

    def _saved(self) -> None:
        self.saved.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.messages.show(error.problems, self.ctx.language)
        elif isinstance(error, StaleRecord):
            self.general.show_error(
                error.message(self.ctx.language)
                + " "
                + translate(
                    "Institutions",
                    "Close this window, find the institution in the list again and repeat your "
                    "change; copy what you typed first if it is long.",
                )
            )
        elif isinstance(error, RegistryError):
            self.general.show_error(error.message(self.ctx.language))
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")


class InstitutionsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("institutions")
        self.ctx = ctx
        self.loading = False
        self.dialog: InstitutionDialog | None = None
        label = ctx.reference.label
        self.model = RowsModel[Entry](
            [
                RowColumn(
                    lambda: translate("Institutions", "Name", "institution"),
                    lambda e: institution_name(e.data.name, e.data.name_cyrl, ctx.language),
                ),
                RowColumn(lambda: translate("Institutions", "Sector"), lambda e: label("sector", e.data.sector)),
                RowColumn(lambda: translate("Institutions", "Municipality"), lambda e: e.data.municipality),
                RowColumn(lambda: translate("Institutions", "Phone"), lambda e: e.data.phone),
                RowColumn(lambda: translate("Institutions", "Contact person"), lambda e: e.data.contact_person),
                RowColumn(
                    lambda: translate("Institutions", "State"),
                    lambda e: (
                        translate("Institutions", "active", "institution")
                        if e.data.active
                        else translate("Institutions", "deactivated", "institution")
                    ),
                    alert=lambda e: not e.data.active,
                ),
            ],
            lambda e: e.id,
            self,
        )
        self.sector = QComboBox()
        self.sector.setObjectName("sector")
        self.sector.addItem(translate("Institutions", "all sectors"), None)
        for code, text in ctx.reference.options("sector"):
            self.sector.addItem(text, code)
        self.sector.currentIndexChanged.connect(lambda _i: self.reload())
        self.show_inactive = QCheckBox(translate("Institutions", "Show deactivated"))
        self.show_inactive.setObjectName("show_inactive")
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.table = QTableView()
        self.table.setObjectName("directory")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((340, 160, 140, 130, 170)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.new_button = QPushButton(translate("Institutions", "New institution…"))
        self.new_button.setObjectName("new")
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button = QPushButton(translate("Institutions", "Edit…"))
        self.edit_button.setObjectName("edit")
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.active_button = QPushButton(translate("Institutions", "Deactivate"))
        self.active_button.setObjectName("toggle_active")
        self.active_button.clicked.connect(self.toggle_active)
        self.message = FieldMessage("institutions")
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Institutions", "Sector:")))
        top.addWidget(self.sector)
        top.addWidget(self.show_inactive)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.active_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._selection_changed()
        self.reload()

    def reload(self) -> None:
        sector, inactive = self.sector.currentData(), self.show_inactive.isChecked()
        self.loading = True
        self.ctx.ops.read(
            lambda session: directory(session, sector, inactive),
            success=self._loaded,
            owner=self,
            key=f"institutions.{id(self)}",
        )

    def _loaded(self, rows: list[Entry]) -> None:
        self.loading = False
        self.model.set_rows(rows)
        self._selection_changed()

    def selected(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.edit_button.setEnabled(entry is not None)
        self.active_button.setEnabled(entry is not None)
        self.active_button.setText(
            translate("Institutions", "Activate")
            if entry and not entry.data.active
            else translate("Institutions", "Deactivate")
        )

    def edit(self, entry: Entry | None) -> InstitutionDialog:
        dialog = InstitutionDialog(self.ctx, entry, self)
        dialog.saved.connect(self._changed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _double_clicked(self, index: QModelIndex) -> None:
        self.edit(self.model.row_at(index.row()))

    def toggle_active(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        data = replace(entry.data, active=not entry.data.active)
        actor = self.ctx.user.id
        self.message.clear_message()
        self.ctx.ops.write(
            lambda session: (
                update_institution(session, entry.id, data, expected_version=entry.version, actor_id=actor).id
            ),
            success=lambda _id: self._changed(),
            failure=self._failed,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, RegistryError):
            self.message.show_error(error.message(self.ctx.language))
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")
        self.reload()

    def _changed(self) -> None:
        self.ctx.events.reference_changed.emit()
        self.reload()

    def activated(self) -> None:
        self.reload()


__all__ = ["InstitutionDialog", "InstitutionsPage", "directory"]
