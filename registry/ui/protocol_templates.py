"""Protocol templates, for administrators: every version with its steps; a new version made from an edited copy.

A published version is never changed.  *New version from this one* copies the steps into a draft; the step form
edits the selected step (title per language, lead and notified sectors, trigger, deadline in hours or per urgency,
repeat, mandatory, legal basis); *Save as new version* validates and adds version n + 1.  Cases keep the checklist of
the version they started under.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registry.services.cases import URGENCIES
from registry.services.dates import format_date, local_today
from registry.services.errors import RegistryError, ValidationError
from registry.services.protocol_templates import (
    TITLE_LANGUAGES,
    StepInput,
    TemplateVersion,
    new_version,
    template_steps,
    template_versions,
)
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage, pydate, qdate
from registry.ui.rows_model import RowColumn, RowsModel

translate = QCoreApplication.translate
BASE_TRIGGERS = ("report_received", "registered", "plan_approved")


def language_key(language: str) -> str:
    return {"sr-Latn": "sr_latn", "sr-Cyrl": "sr_cyrl"}.get(language, language)


def trigger_label(trigger: str) -> str:
    labels = {
        "report_received": translate("ProtocolTemplates", "report received"),
        "registered": translate("ProtocolTemplates", "case registered"),
        "plan_approved": translate("ProtocolTemplates", "plan approved"),
    }
    if trigger.startswith("step:"):
        return translate("ProtocolTemplates", "after step %1").replace("%1", trigger.removeprefix("step:"))
    return labels.get(trigger, trigger)


def deadline_text(step: StepInput) -> str:
    if step.deadline_by_urgency:
        return " / ".join(f"{step.deadline_by_urgency.get(u, '–')}" for u in URGENCIES) + " h"
    if step.deadline_hours is not None:
        return f"{step.deadline_hours} h"
    return "–"


class LanguageFields(QWidget):
    """One line per language of a text kept in five languages."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        captions = {"bs": "bs", "hr": "hr", "sr_latn": "sr", "sr_cyrl": "ср", "en": "en"}
        for key in TITLE_LANGUAGES:
            edit = QLineEdit()
            edit.setObjectName(f"{name}_{key}")
            caption = QLabel(captions[key])
            caption.setProperty("registry_data", True)
            form.addRow(caption, edit)
            self.edits[key] = edit

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(values.get(key, "")))


class SectorList(QListWidget):
    def __init__(self, name: str, options: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        for code, label in options:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(110)

    def codes(self) -> list[str]:
        return [
            self.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.count())
            if self.item(n).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str]) -> None:
        for n in range(self.count()):
            item = self.item(n)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes else Qt.CheckState.Unchecked
            )


class StepForm(QGroupBox):
    """Edits one step of the draft."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("ProtocolTemplates", "Step"), parent)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.titles = LanguageFields("title")
        self.lead = SectorList("lead_sectors", ctx.reference.options("sector"))
        self.notified = SectorList("notified_sectors", ctx.reference.options("sector"))
        self.trigger = QComboBox()
        self.trigger.setObjectName("trigger")
        self.deadline_mode = QComboBox()
        self.deadline_mode.setObjectName("deadline_mode")
        self.deadline_mode.addItem(translate("ProtocolTemplates", "no fixed deadline"), "none")
        self.deadline_mode.addItem(translate("ProtocolTemplates", "hours after the trigger"), "hours")
        self.deadline_mode.addItem(translate("ProtocolTemplates", "hours by urgency"), "urgency")
        self.hours = QSpinBox()
        self.hours.setObjectName("deadline_hours")
        self.hours.setRange(0, 24 * 365)
        self.by_urgency: dict[str, QSpinBox] = {}
        urgency_row = QHBoxLayout()
        for urgency in URGENCIES:
            spin = QSpinBox()
            spin.setObjectName(f"deadline_{urgency}")
            spin.setRange(0, 24 * 365)
            self.by_urgency[urgency] = spin
            urgency_row.addWidget(QLabel(ctx.reference.label("urgency", urgency)))
            urgency_row.addWidget(spin)
        self.repeat = QSpinBox()
        self.repeat.setObjectName("repeat_every_days")
        self.repeat.setRange(0, 365)
        self.repeat.setSpecialValueText(translate("ProtocolTemplates", "does not repeat"))
        self.mandatory = QCheckBox(translate("ProtocolTemplates", "Mandatory"))
        self.mandatory.setObjectName("mandatory")
        self.legal_basis = LanguageFields("legal_basis")
        form = QFormLayout(self)
        form.addRow(translate("ProtocolTemplates", "Code:"), self.code)
        form.addRow(translate("ProtocolTemplates", "Title:"), self.titles)
        form.addRow(translate("ProtocolTemplates", "Lead sectors:"), self.lead)
        form.addRow(translate("ProtocolTemplates", "Notified sectors:"), self.notified)
        form.addRow(translate("ProtocolTemplates", "Starts with:"), self.trigger)
        form.addRow(translate("ProtocolTemplates", "Deadline:"), self.deadline_mode)
        form.addRow(translate("ProtocolTemplates", "Hours:"), self.hours)
        form.addRow(translate("ProtocolTemplates", "Hours by urgency:"), urgency_row)
        form.addRow(translate("ProtocolTemplates", "Repeat every (days):"), self.repeat)
        form.addRow("", self.mandatory)
        form.addRow(translate("ProtocolTemplates", "Legal basis:"), self.legal_basis)

    def show_step(self, step: StepInput, earlier: list[str]) -> None:
        self.code.setText(step.code)
        self.titles.set_values(step.title)
        self.lead.set_codes(step.lead_sectors)
        self.notified.set_codes(step.notified_sectors)
        self.trigger.clear()
        for trigger in [*BASE_TRIGGERS, *(f"step:{code}" for code in earlier)]:
            self.trigger.addItem(trigger_label(trigger), trigger)
        if self.trigger.findData(step.trigger) < 0:
            self.trigger.addItem(trigger_label(step.trigger), step.trigger)
        self.trigger.setCurrentIndex(self.trigger.findData(step.trigger))
        mode = "urgency" if step.deadline_by_urgency else "hours" if step.deadline_hours is not None else "none"
        self.deadline_mode.setCurrentIndex(self.deadline_mode.findData(mode))
        self.hours.setValue(step.deadline_hours or 0)
        for urgency, spin in self.by_urgency.items():
            spin.setValue(int((step.deadline_by_urgency or {}).get(urgency, 0)))
        self.repeat.setValue(step.repeat_every_days or 0)
        self.mandatory.setChecked(step.mandatory)
        self.legal_basis.set_values(step.legal_basis)

    def step(self) -> StepInput:
        mode = self.deadline_mode.currentData()
        return StepInput(
            code=self.code.text().strip(),
            title=self.titles.values(),
            trigger=self.trigger.currentData() or "",
            lead_sectors=self.lead.codes(),
            notified_sectors=self.notified.codes(),
            deadline_hours=self.hours.value() if mode == "hours" else None,
            deadline_by_urgency={u: s.value() for u, s in self.by_urgency.items()} if mode == "urgency" else None,
            repeat_every_days=self.repeat.value() or None,
            mandatory=self.mandatory.isChecked(),
            legal_basis=self.legal_basis.values(),
        )


class ProtocolTemplatesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protocol_templates")
        self.ctx = ctx
        self.loading = False
        self.draft: list[StepInput] | None = None
        self.base: TemplateVersion | None = None
        self._current = -1
        lang = language_key(ctx.language)
        self.versions = RowsModel[TemplateVersion](
            [
                RowColumn(
                    lambda: translate("ProtocolTemplates", "Protocol"),
                    lambda v: str(v.name.get(lang) or v.name.get("bs") or v.code),
                ),
                RowColumn(lambda: translate("ProtocolTemplates", "Version"), lambda v: str(v.version)),
                RowColumn(lambda: translate("ProtocolTemplates", "Valid from"), lambda v: format_date(v.valid_from)),
                RowColumn(lambda: translate("ProtocolTemplates", "Steps"), lambda v: str(v.steps)),
            ],
            lambda v: v.id,
            self,
        )
        self.steps = RowsModel[StepInput](
            [
                RowColumn(lambda: translate("ProtocolTemplates", "Code"), lambda s: s.code),
                RowColumn(
                    lambda: translate("ProtocolTemplates", "Title"),
                    lambda s: s.title.get(lang) or s.title.get("bs") or "",
                ),
                RowColumn(
                    lambda: translate("ProtocolTemplates", "Lead"),
                    lambda s: ", ".join(ctx.reference.label("sector", c) for c in s.lead_sectors),
                ),
                RowColumn(lambda: translate("ProtocolTemplates", "Starts with"), lambda s: trigger_label(s.trigger)),
                RowColumn(lambda: translate("ProtocolTemplates", "Deadline"), deadline_text),
                RowColumn(
                    lambda: translate("ProtocolTemplates", "Mandatory"),
                    lambda s: (
                        translate("ProtocolTemplates", "yes") if s.mandatory else translate("ProtocolTemplates", "no")
                    ),
                ),
            ],
            lambda s: None,
            self,
        )
        self._build()
        self.reload()

    def _build(self) -> None:
        self.versions_table = self._table("versions", self.versions)
        self.steps_table = self._table("steps", self.steps)
        for column, width in enumerate((150, 380, 150, 140, 110)):
            self.steps_table.setColumnWidth(column, width)
        self.versions_table.setColumnWidth(0, 150)
        self.versions_table.selectionModel().selectionChanged.connect(lambda *_: self._version_selected())
        self.steps_table.selectionModel().selectionChanged.connect(lambda *_: self._step_selected())
        self.form = StepForm(self.ctx)
        self.new_button = QPushButton(translate("ProtocolTemplates", "New version from this one"))
        self.new_button.setObjectName("new_version")
        self.new_button.clicked.connect(self.start_draft)
        self.add_button = QPushButton(translate("ProtocolTemplates", "Add step"))
        self.add_button.setObjectName("add_step")
        self.add_button.clicked.connect(self.add_step)
        self.remove_button = QPushButton(translate("ProtocolTemplates", "Remove step"))
        self.remove_button.setObjectName("remove_step")
        self.remove_button.clicked.connect(self.remove_step)
        self.valid_from = QDateEdit(qdate(local_today()))
        self.valid_from.setObjectName("valid_from")
        self.valid_from.setDisplayFormat("dd.MM.yyyy.")
        self.valid_from.setCalendarPopup(True)
        self.save_button = QPushButton(translate("ProtocolTemplates", "Save as new version"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(translate("ProtocolTemplates", "Discard draft"))
        self.discard_button.setObjectName("discard")
        self.discard_button.clicked.connect(self.discard)
        self.message = FieldMessage("protocol")
        note = QLabel(
            translate(
                "ProtocolTemplates",
                "A saved version is never changed. Cases keep the checklist "
                "of the version they started under; new cases follow the version valid on the "
                "day their report came in.",
            )
        )
        note.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(translate("ProtocolTemplates", "Versions")))
        left_layout.addWidget(self.versions_table, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(note)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.steps_table, 2)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(QLabel(translate("ProtocolTemplates", "Valid from:")))
        row.addWidget(self.valid_from)
        row.addWidget(self.discard_button)
        row.addWidget(self.save_button)
        middle_layout.addLayout(row)
        middle_layout.addWidget(self.message)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_area.setWidget(self.form)
        middle_layout.addWidget(self.form_area, 3)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update()

    @staticmethod
    def _table(name: str, model: RowsModel) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # ---- reading -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.loading = True
        self.ctx.ops.read(template_versions, success=self._versions_loaded, owner=self)

    def _versions_loaded(self, rows: list[TemplateVersion]) -> None:
        self.loading = False
        self.versions.set_rows(rows)
        if rows:
            self.versions_table.selectRow(0)
        self._update()

    def selected_version(self) -> TemplateVersion | None:
        rows = self.versions_table.selectionModel().selectedRows()
        return self.versions.row_at(rows[0].row()) if rows else None

    def _version_selected(self) -> None:
        version = self.selected_version()
        if version is None or self.draft is not None:
            return
        self.loading = True
        self.ctx.ops.read(
            lambda session: template_steps(session, version.id),
            success=self._steps_loaded,
            owner=self,
            key=f"protocol_steps.{id(self)}",
        )

    def _steps_loaded(self, steps: list[StepInput]) -> None:
        self.loading = False
        if self.draft is None:
            self._current = -1
            self.steps.set_rows(steps)
        self._update()

    # ---- the draft ---------------------------------------------------------------------------------------------
    def start_draft(self) -> None:
        self.base = self.selected_version()
        if self.base is None:
            return
        self.draft = [
            replace(step, title=dict(step.title), legal_basis=dict(step.legal_basis)) for step in self.steps.rows()
        ]
        self.message.clear_message()
        self._show_draft(0)

    def _show_draft(self, select: int) -> None:
        assert self.draft is not None
        self._current = -1
        self.steps.set_rows(self.draft)
        self._update()
        if self.draft:
            self.steps_table.selectRow(min(max(select, 0), len(self.draft) - 1))

    def store_step(self) -> None:
        """Keep what the form shows in the draft (before another step is shown, and before saving)."""
        if self.draft is not None and 0 <= self._current < len(self.draft):
            self.draft[self._current] = self.form.step()

    def _step_selected(self) -> None:
        if self.draft is None:
            return
        self.store_step()
        rows = self.steps_table.selectionModel().selectedRows()
        self._current = rows[0].row() if rows else -1
        if self._current >= 0:
            earlier = [step.code for step in self.draft[: self._current]]
            self.form.show_step(self.draft[self._current], earlier)
        self._update()

    def add_step(self) -> None:
        if self.draft is None:
            return
        self.store_step()
        self.draft.append(StepInput(code=f"step_{len(self.draft) + 1}", title={}, trigger="registered"))
        self._show_draft(len(self.draft) - 1)

    def remove_step(self) -> None:
        if self.draft is None or not 0 <= self._current < len(self.draft):
            return
        del self.draft[self._current]
        self._current = -1
        self._show_draft(len(self.draft) - 1)

    def discard(self) -> None:
        self.draft = None
        self.base = None
        self.message.clear_message()
        self._version_selected()
        self._update()

    def save(self) -> None:
        if self.draft is None or self.base is None:
            return
        self.store_step()
        steps, base_id, actor = list(self.draft), self.base.id, self.ctx.user.id
        valid_from = pydate(self.valid_from.date())
        self.message.clear_message()
        self.ctx.ops.write(
            lambda session: new_version(session, base_id, steps, actor_id=actor, valid_from=valid_from).version,
            success=self._saved,
            failure=self._failed,
            owner=self,
        )

    def _saved(self, version: int) -> None:
        self.draft = None
        self.base = None
        self.message.show_warning(translate("ProtocolTemplates", "Version %1 saved.").replace("%1", str(version)))
        self.reload()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.message.show_error("\n".join(problem.message(self.ctx.language) for problem in error.problems))
        elif isinstance(error, RegistryError):
            self.message.show_error(error.message(self.ctx.language))
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")

    def _update(self) -> None:
        editing = self.draft is not None
        self.form.setVisible(editing and self._current >= 0)
        self.form_area.setVisible(editing and self._current >= 0)
        for widget in (self.add_button, self.remove_button, self.valid_from, self.save_button, self.discard_button):
            widget.setVisible(editing)
        self.remove_button.setEnabled(editing and self._current >= 0)
        self.new_button.setEnabled(not editing and self.selected_version() is not None)
        self.versions_table.setEnabled(not editing)

    def can_leave(self, then: Callable[[], object] | None = None) -> bool:
        """A draft is kept while the user looks elsewhere; it is lost only on Discard or sign-out."""
        return True


__all__ = ["ProtocolTemplatesPage", "StepForm"]
