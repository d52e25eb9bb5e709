"""Correcting a record of the case: a dialog showing its fields as stored; Save sends only what the user changed.

Every record a section lists (a household member, an incident, a referral, a note ...) is corrected the same way:
the section describes the fields (``Field``) and the service call, ``open_correction`` shows them, and the
service's refusals appear under their fields in the dialog, which stays open until the correction is saved. The
change is then in the audit trail with each field before and after, and in the record's history (``HistoryDialog``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registry.services.dates import format_date, format_datetime, parse_date, parse_datetime
from registry.services.record_history import HistoryEntry
from registry.ui.case_editor.section import CaseJob, EditorHost
from registry.ui.forms import FieldMessage, FieldMessages, field_row

translate = QCoreApplication.translate
#: a history line's full texts: (what happened, field, before, after)
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 7

#: how a field is edited: line | text | date | moment | combo | check | codes
Kind = str


@dataclass
class Field:
    """One field of a record as the dialog shows it: the service's name for it, its label, how it is edited and
    the value stored now (``options``: the choices of a combo or a set of codes, as (label, value))."""

    name: str
    label: str
    kind: Kind
    value: object
    options: Sequence[tuple[str, object]] = field(default_factory=list)
    #: other names the service may give this field's problems
    aliases: tuple[str, ...] = ()


def _shown(spec: Field) -> object:
    """What the widget shows for the stored value (dates in the office's way of writing them)."""
    if spec.kind == "date":
        return format_date(spec.value)  # type: ignore[arg-type]
    if spec.kind == "moment":
        return format_datetime(spec.value)  # type: ignore[arg-type]
    if spec.kind == "codes":
        return sorted(str(value) for value in (spec.value or []))  # type: ignore[attr-defined]
    return spec.value


class CorrectionDialog(QDialog):
    """The fields of one record; ``changes()`` gives those the user changed, in the service's types."""

    def __init__(self, title: str, fields: list[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correction_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.fields = fields
        self.messages = FieldMessages(FieldMessage("correction_general"))
        self.widgets: dict[str, QWidget] = {}
        self.boxes: dict[str, dict[object, QCheckBox]] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in fields:
            widget = self._widget(spec)
            widget.setObjectName(f"correct_{spec.name}")
            self.widgets[spec.name] = widget
            field_row(form, spec.label, widget, self.messages.add(spec.name, *spec.aliases))
        explanation = QLabel(
            translate(
                "Corrections",
                "Change what was entered wrongly. What it said before stays "
                "in the record's history and in the audit trail.",
            )
        )
        explanation.setWordWrap(True)
        self.save_button = QPushButton(translate("Corrections", "Save the correction"))
        self.save_button.setObjectName("save_correction")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(translate("Corrections", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.messages.general)
        layout.addLayout(buttons)

    def _widget(self, spec: Field) -> QWidget:
        shown = _shown(spec)
        if spec.kind == "text":
            box = QPlainTextEdit(str(shown or ""))
            box.setTabChangesFocus(True)
            box.setMinimumHeight(80)
            return box
        if spec.kind == "combo":
            combo = QComboBox()
            for label, value in spec.options:
                combo.addItem(label, value)
            index = combo.findData(spec.value)
            combo.setCurrentIndex(index if index >= 0 else 0)
            return combo
        if spec.kind == "check":
            check = QCheckBox()
            check.setChecked(bool(spec.value))
            return check
        if spec.kind == "codes":
            holder = QWidget()
            grid = QHBoxLayout(holder)
            grid.setContentsMargins(0, 0, 0, 0)
            chosen = set(shown)  # type: ignore[call-overload]
            self.boxes[spec.name] = {}
            for label, value in spec.options:
                check = QCheckBox(label)
                check.setChecked(str(value) in chosen)
                self.boxes[spec.name][value] = check
                grid.addWidget(check)
            grid.addStretch(1)
            return holder
        line = QLineEdit(str(shown or ""))
        if spec.kind == "date":
            line.setPlaceholderText(translate("CaseEditor", "dd.mm.yyyy."))
        elif spec.kind == "moment":
            line.setPlaceholderText(translate("Corrections", "dd.mm.yyyy. hh:mm"))
        return line

    def widget(self, name: str) -> QWidget:
        return self.widgets[name]

    def _current(self, spec: Field) -> object:
        widget = self.widgets[spec.name]
        if spec.kind == "codes":
            return sorted(str(value) for value, box in self.boxes[spec.name].items() if box.isChecked())
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def changes(self) -> dict[str, object] | None:
        """The fields whose value the user changed; None when a date cannot be read (said under the field)."""
        self.messages.clear()
        changed: dict[str, object] = {}
        readable = True
        for spec in self.fields:
            now, before = self._current(spec), _shown(spec)
            if now == before or (now == "" and before is None):
                continue
            if spec.kind in ("date", "moment"):
                text = str(now).strip()
                if not text:
                    changed[spec.name] = None
                    continue
                try:
                    changed[spec.name] = parse_date(text) if spec.kind == "date" else parse_datetime(text)
                except ValueError:
                    self.messages.by_field[spec.name].show_error(
                        translate("Corrections", "Enter a date as dd.mm.yyyy. (a time as hh:mm may follow).")
                    )
                    readable = False
                continue
            changed[spec.name] = now
        return changed if readable else None


def open_correction(
    host: EditorHost,
    parent: QWidget,
    title: str,
    fields: list[Field],
    job: Callable[[dict[str, object]], CaseJob],
    done: str,
) -> CorrectionDialog:
    """Show the record's fields; Save runs the service with what changed and closes once it is saved."""
    dialog = CorrectionDialog(title, fields, parent)
    dialog.setWindowFlag(Qt.WindowType.Dialog)

    def save() -> None:
        changes = dialog.changes()
        if changes is None:
            return
        if not changes:
            dialog.accept()
            host.say(translate("Corrections", "Nothing was changed."))
            return
        host.act(job(changes), dialog.messages, done, then=dialog.accept)

    dialog.save_button.clicked.connect(save)
    dialog.show()
    return dialog


class HistoryView(QTreeWidget):
    """What happened to one record: when, who, what (each field before and after), and any reason given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_history")
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels(
            [
                translate("Corrections", "When"),
                translate("Corrections", "Who"),
                translate("Corrections", "What happened"),
                translate("Corrections", "Before"),
                translate("Corrections", "After"),
            ]
        )

    def show_entries(
        self,
        entries: list[HistoryEntry],
        labels: dict[str, str],
        action_label: Callable[[str], str],
        value_text: Callable[[str, object], str],
    ) -> None:
        """One line per changed field (the first line of an event says when, who and what happened, and why)."""
        self.clear()
        for entry in entries:
            what = action_label(entry.action)
            if entry.reason:
                what = f"{what}: {entry.reason}"
            rows = [
                (labels.get(name, name), value_text(name, values[0]), value_text(name, values[1]))
                for name, values in entry.changes.items()
                if isinstance(values, list) and len(values) == 2
            ]
            for number, (label, before, after) in enumerate(rows or [("", "", "")]):
                first = number == 0
                text = f"{what} — {label}" if first and label else (what if first else label)
                item = QTreeWidgetItem(
                    [format_datetime(entry.at) if first else "", entry.user if first else "", text, before, after]
                )
                for column in range(5):
                    item.setToolTip(column, item.text(column))
                item.setData(0, DETAIL_ROLE, (f"{what} — {label}" if label else what, label, before, after))
                self.addTopLevelItem(item)
        for column in range(3):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), 320))


class HistoryDialog(QDialog):
    """A record's history in a window of its own (read when it opens)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(title)
        self.resize(900, 380)
        self.loaded = False
        self.view = HistoryView()
        # the whole of what the selected line changed: a note's earlier text is read here, not in a cut-off cell
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("history_detail")
        self.detail.setReadOnly(True)
        self.detail.setMinimumHeight(110)
        self.view.currentItemChanged.connect(lambda item, _previous: self._show_detail(item))
        self.state = QLabel(translate("Corrections", "Reading the history…"))
        self.state.setObjectName("history_state")
        close = QPushButton(translate("Corrections", "Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 2)
        layout.addWidget(self.detail, 1)
        layout.addLayout(row)

    def show_entries(
        self, entries: list[HistoryEntry], action_label: Callable[[str], str], value_text: Callable[[str, object], str]
    ) -> None:
        self.view.show_entries(entries, field_labels(), action_label, value_text)
        last = self.view.topLevelItem(self.view.topLevelItemCount() - 1) if self.view.topLevelItemCount() else None
        if last is not None:
            self.view.setCurrentItem(last)
        corrected = sum(1 for entry in entries if entry.action.endswith((".update", ".reopen", ".cancel", ".remove")))
        self.state.setText(
            translate("Corrections", "Corrections: %1").replace("%1", str(corrected))
            if corrected
            else translate("Corrections", "Never corrected.")
        )
        self.loaded = True

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.detail.clear()
            return
        what, label, before, after = item.data(0, DETAIL_ROLE)
        if not label:
            self.detail.setPlainText(what)
            return
        self.detail.setPlainText(
            f"{what}\n\n{translate('Corrections', 'Before')}:\n{before}\n\n"
            f"{translate('Corrections', 'After')}:\n{after}"
        )


def action_words(action: str) -> str | None:
    """What happened to a record, in the words of its history (None: an action this history does not name)."""
    if action.endswith(".add") or action == "referral.create":
        return translate("Corrections", "Entered")
    if action.endswith(".update"):
        return translate("Corrections", "Corrected")
    words = {
        "household.remove": translate("Corrections", "Removed from the household"),
        "checklist.done": translate("Corrections", "Marked done"),
        "checklist.not_applicable": translate("Corrections", "Marked not applicable"),
        "checklist.reopen": translate("Corrections", "Reopened"),
        "referral.send": translate("Corrections", "Sent"),
        "referral.response": translate("Corrections", "Response recorded"),
        "referral.cancel": translate("Corrections", "Cancelled"),
        "consent.withdraw": translate("Corrections", "Withdrawn"),
    }
    return words.get(action)


#: the lookup whose labels show a field's codes in a record's history
FIELD_LOOKUPS = {
    "role": "household_role",
    "kind": "note_kind",
    "code": "measure",
    "sectors": "sector",
    "violence_forms": "violence_form",
    "urgency": "urgency",
    "channel": "channel",
    "direction": "referral_direction",
    "sex": "sex",
}


def field_labels() -> dict[str, str]:
    """Every field a correction may name, in the interface language (for the history)."""
    return {
        "given_name": translate("Corrections", "Given name"),
        "family_name": translate("Corrections", "Family name"),
        "jmbg": translate("Corrections", "JMBG"),
        "birth_date": translate("Corrections", "Date of birth"),
        "sex": translate("Corrections", "Sex"),
        "address": translate("Corrections", "Address"),
        "phone": translate("Corrections", "Phone"),
        "role": translate("Corrections", "Role"),
        "alleged_perpetrator": translate("Corrections", "Alleged perpetrator"),
        "legal_representative": translate("Corrections", "Legal representative"),
        "lives_in_household": translate("Corrections", "Lives in the household"),
        "notes": translate("Corrections", "Notes"),
        "occurred_at": translate("Corrections", "When"),
        "occurred_at_approximate": translate("Corrections", "Date approximate"),
        "place": translate("Corrections", "Place"),
        "description": translate("Corrections", "Description"),
        "violence_forms": translate("Corrections", "Forms of violence"),
        "injuries": translate("Corrections", "Injuries"),
        "police_informed": translate("Corrections", "Police informed"),
        "code": translate("Corrections", "Measure"),
        "started_on": translate("Corrections", "From"),
        "ended_on": translate("Corrections", "Until"),
        "decision_number": translate("Corrections", "Decision no."),
        "placement_location": translate("Corrections", "Placement"),
        "decided_by_institution_id": translate("Corrections", "Decided by"),
        "kind": translate("Corrections", "Kind"),
        "text": translate("Corrections", "Text"),
        "held_at": translate("Corrections", "Held on"),
        "participants": translate("Corrections", "Participants"),
        "minutes": translate("Corrections", "Minutes"),
        "decisions": translate("Corrections", "Decisions"),
        "given_by_name": translate("Corrections", "Given by"),
        "sectors": translate("Corrections", "Sectors"),
        "purpose": translate("Corrections", "Purpose"),
        "given_at": translate("Corrections", "Given on"),
        "institution_id": translate("Corrections", "Institution"),
        "channel": translate("Corrections", "Channel"),
        "urgency": translate("Corrections", "Urgency"),
        "reason": translate("Corrections", "Reason"),
        "requested_action": translate("Corrections", "What is asked"),
        "registry_number": translate("Corrections", "Registry no."),
        "contact_person": translate("Corrections", "Contact person"),
        "response_due_at": translate("Corrections", "Response due"),
        "response_received_at": translate("Corrections", "Response received"),
        "response_summary": translate("Corrections", "Response"),
        "status": translate("Corrections", "State"),
        "sent_at": translate("Corrections", "Sent / received"),
        "note": translate("Corrections", "Note"),
        "done_at": translate("Corrections", "Done"),
        "not_applicable": translate("Corrections", "Not applicable"),
        "not_applicable_reason": translate("Corrections", "Why not applicable"),
        "full_name": translate("Corrections", "Full name"),
        "title": translate("Corrections", "Job title"),
    }


def moment_text(value: object) -> str:
    """A value as the audit trail keeps it, readable: ISO dates and moments in the office's form."""
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            if len(value) == 10:
                return format_date(dt.date.fromisoformat(value))
            return format_datetime(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    return "" if value is None else str(value)


__all__ = [
    "FIELD_LOOKUPS",
    "action_words",
    "CorrectionDialog",
    "Field",
    "HistoryDialog",
    "HistoryView",
    "field_labels",
    "moment_text",
    "open_correction",
]
