"""The case's own fields as one typed form: each field is one binding between a widget and a service field.

A section declares its fields on the page's ``CaseForm`` (``form.line("phone", ...)``); from that single declaration
the form fills the widget from the case view, reads it back, tells which fields the user changed (only those are
sent to ``services.cases.update_case``) and finds the widget for a message. A new field of the case or the child
is one line in its section, beside the column in the model and the field in ``CaseChanges``/``PersonChanges``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGridLayout, QLineEdit, QPlainTextEdit, QWidget

from registry.services.case_view import CaseView
from registry.services.cases import CaseChanges
from registry.services.dates import format_date
from registry.services.people import PERSON_FIELDS, PersonChanges
from registry.ui.case_editor.widgets import line, select_data, text_box
from registry.ui.forms import FieldMessages, field_row


class Binding:
    """One field of the form: its widget, how to show a stored value in it, how to read the user's value back."""

    def __init__(self, name: str, widget: QWidget) -> None:
        self.name = name
        self.widget = widget
        #: the field's name as the user sees it (its label, without the colon)
        self.label = name

    def show(self, value: Any) -> None:
        raise NotImplementedError

    def read(self) -> object:
        raise NotImplementedError

    def put(self, value: object) -> None:
        """Set the widget to a value ``read`` returned (the inverse of ``read``)."""
        self.show(value)

    def text(self, value: object) -> str:
        """A value ``read`` returned, in words (for comparing two versions of the case)."""
        return "" if value is None else str(value)

    def widgets(self) -> list[QWidget]:
        """The widgets the user types or clicks in (for change tracking and read-only mode)."""
        return [self.widget]

    def to_service(self, value: object) -> object:
        """The read value as ``update_case`` takes it."""
        return value


class LineBinding(Binding):
    widget: QLineEdit

    def show(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))

    def read(self) -> object:
        return self.widget.text()


class DateBinding(LineBinding):
    """A date typed as 23.11.2026.; sent as typed (the service parses it and explains a wrong one)."""

    def show(self, value: Any) -> None:
        self.widget.setText(format_date(value))

    def put(self, value: object) -> None:
        self.widget.setText(str(value or ""))

    def to_service(self, value: object) -> object:
        return value or None


class TextBinding(Binding):
    widget: QPlainTextEdit

    def show(self, value: Any) -> None:
        self.widget.setPlainText(value or "")

    def read(self) -> object:
        return self.widget.toPlainText()


class CheckBinding(Binding):
    widget: QCheckBox

    def show(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def read(self) -> object:
        return self.widget.isChecked()

    def text(self, value: object) -> str:
        return (
            QCoreApplication.translate("CaseEditor", "yes") if value else QCoreApplication.translate("CaseEditor", "no")
        )


class ComboBinding(Binding):
    """A choice by item data (a lookup code, a user id). A stored value the list lacks is added by ``missing``
    (a former colleague), so that showing a case never changes it."""

    widget: QComboBox

    def __init__(self, name: str, widget: QComboBox, missing: Callable[[Any], str] | None = None) -> None:
        super().__init__(name, widget)
        self.missing = missing

    def show(self, value: Any) -> None:
        if value is not None and self.missing is not None and self.widget.findData(value) < 0:
            self.widget.addItem(self.missing(value) or str(value), value)
        select_data(self.widget, value)

    def read(self) -> object:
        return self.widget.currentData()

    def put(self, value: object) -> None:
        select_data(self.widget, value)

    def text(self, value: object) -> str:
        index = self.widget.findData(value)
        return self.widget.itemText(index) if index >= 0 else ("" if value is None else str(value))


class CodeSetBinding(Binding):
    """A set of codes, one check box each (forms of violence)."""

    def __init__(self, name: str, widget: QWidget, boxes: dict[str, QCheckBox]) -> None:
        super().__init__(name, widget)
        self.boxes = boxes

    def show(self, value: Any) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in (value or ()))

    def read(self) -> object:
        return sorted(code for code, box in self.boxes.items() if box.isChecked())

    def text(self, value: object) -> str:
        chosen = set(value) if isinstance(value, list | tuple | set) else set()
        return ", ".join(box.text() for code, box in self.boxes.items() if code in chosen)

    def widgets(self) -> list[QWidget]:
        return list(self.boxes.values())


class CaseForm:
    """The case editor's form: every binding, in the order of the sections, by service field name."""

    def __init__(self, messages: FieldMessages) -> None:
        self.messages = messages
        self.bindings: dict[str, Binding] = {}

    # ---- declaring fields (sections call these while building) ----------------------------------------------
    def add(self, binding: Binding, layout: QFormLayout | None = None, label: str = "", *aliases: str) -> Binding:
        """Register ``binding``; with ``layout``, add its row with a message under the widget."""
        assert binding.name not in self.bindings, binding.name
        self.bindings[binding.name] = binding
        caption = label or (binding.widget.text() if isinstance(binding.widget, QCheckBox) else "")
        binding.label = caption.strip().rstrip(":").strip() or binding.name
        if layout is not None:
            field_row(layout, label, binding.widget, self.messages.add(binding.name, *aliases))
        return binding

    def line(self, name: str, layout: QFormLayout, label: str, placeholder: str = "", *aliases: str) -> QLineEdit:
        widget = line(name, placeholder)
        self.add(LineBinding(name, widget), layout, label, *aliases)
        return widget

    def date(self, name: str, layout: QFormLayout, label: str, placeholder: str) -> QLineEdit:
        widget = line(name, placeholder)
        self.add(DateBinding(name, widget), layout, label)
        return widget

    def text(
        self, name: str, layout: QFormLayout, label: str, height: int = 90, *, object_name: str = ""
    ) -> QPlainTextEdit:
        widget = text_box(object_name or name, height)
        self.add(TextBinding(name, widget), layout, label)
        return widget

    def check(self, name: str, layout: QFormLayout, text: str, *, message: bool = True) -> QCheckBox:
        widget = QCheckBox(text)
        widget.setObjectName(name)
        if message:
            self.add(CheckBinding(name, widget), layout, "")
        else:
            self.add(CheckBinding(name, widget))
            layout.addRow("", widget)
        return widget

    def combo(
        self,
        name: str,
        widget: QComboBox,
        layout: QFormLayout,
        label: str,
        *aliases: str,
        missing: Callable[[Any], str] | None = None,
    ) -> QComboBox:
        self.add(ComboBinding(name, widget, missing), layout, label, *aliases)
        return widget

    def code_set(
        self, name: str, options: list[tuple[str, str]], layout: QFormLayout, label: str, object_prefix: str
    ) -> dict[str, QCheckBox]:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        per_column = max((len(options) + 1) // 2, 1)
        for number, (code, text) in enumerate(options):
            check = QCheckBox(text)
            check.setObjectName(f"{object_prefix}{code}")
            boxes[code] = check
            grid.addWidget(check, number % per_column, number // per_column)
        self.add(CodeSetBinding(name, box, boxes), layout, label)
        return boxes

    # ---- using the form -------------------------------------------------------------------------------------
    def __iter__(self) -> Iterator[Binding]:
        return iter(self.bindings.values())

    def widgets(self) -> list[QWidget]:
        return [widget for binding in self for widget in binding.widgets()]

    def widget(self, name: str) -> QWidget | None:
        binding = self.bindings.get(name)
        return binding.widget if binding is not None else None

    def fill(self, view: CaseView) -> None:
        """Show the stored case: the child's fields from ``view.child``, the others from the case."""
        for binding in self:
            record: object = view.child if binding.name in PERSON_FIELDS else view
            binding.show(getattr(record, binding.name))

    def values(self) -> dict[str, object]:
        """What the form shows now, by field name."""
        return {binding.name: binding.read() for binding in self}

    def put(self, values: dict[str, object]) -> None:
        """Show ``values`` (as ``values()`` returned them) in the widgets."""
        for binding in self:
            if binding.name in values:
                binding.put(values[binding.name])

    def changes(self, shown: dict[str, object]) -> CaseChanges:
        """The fields whose value differs from ``shown`` (what ``fill`` put there), and only those: a field left
        alone is not sent, so a save can never overwrite it, nor a field this form does not have."""
        changed = {
            binding.name: binding.to_service(value)
            for binding, value in ((binding, binding.read()) for binding in self)
            if shown.get(binding.name) != value
        }
        child = {name: changed.pop(name) for name in PERSON_FIELDS if name in changed}
        return CaseChanges(child=PersonChanges(**child), **changed)  # type: ignore[arg-type]


__all__ = [
    "Binding",
    "CaseForm",
    "CheckBinding",
    "CodeSetBinding",
    "ComboBinding",
    "DateBinding",
    "LineBinding",
    "TextBinding",
]
