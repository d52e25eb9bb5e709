"""Form helpers: a message under each field, filled from a service's ValidationError in the user's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from registry.services.errors import Problem

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"
SUCCESS_STYLE = "color: #1b5e20;"


class FieldMessage(QLabel):
    """A problem or warning shown right under its field; hidden while there is nothing to say."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"error_{name}")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(ERROR_STYLE)
        self.setVisible(False)
        self.setProperty("registry_data", True)  # carries service messages, already in the user's language

    def show_error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self._show(text)

    def show_warning(self, text: str) -> None:
        self.setStyleSheet(WARNING_STYLE)
        self._show(text)

    def show_success(self, text: str) -> None:
        """What was just done (\"The plan is approved.\"), so the user knows the click worked."""
        self.setStyleSheet(SUCCESS_STYLE)
        self._show(text)

    def _show(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def keep_room(self, lines: int = 1) -> FieldMessage:
        """Keep a line for this message while it is empty: a message that appears as the user moves on (a JMBG
        checked on leaving the field) then pushes nothing down under the mouse."""
        self.setMinimumHeight(lines * self.fontMetrics().lineSpacing() + 4)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        return self

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)


class FieldMessages:
    """The messages of one form, by service field name; a problem for a field the form lacks goes to ``general``."""

    def __init__(self, general: FieldMessage) -> None:
        self.general = general
        self.by_field: dict[str, FieldMessage] = {}
        self.aliases: dict[str, str] = {}

    def add(self, name: str, *aliases: str) -> FieldMessage:
        message = FieldMessage(name)
        self.by_field[name] = message
        for alias in aliases:
            self.aliases[alias] = name
        return message

    def clear(self) -> None:
        self.general.clear_message()
        for message in self.by_field.values():
            message.clear_message()

    def show(self, problems: Iterable[Problem], language: str) -> list[str]:
        """Show each problem under its field (several joined); returns the fields that got one, in order."""
        texts: dict[str, list[str]] = {}
        for problem in problems:
            name = self.aliases.get(problem.field_name, problem.field_name)
            target = name if name in self.by_field else ""
            texts.setdefault(target, []).append(problem.message(language))
        for name, lines in texts.items():
            (self.by_field[name] if name else self.general).show_error("\n".join(dict.fromkeys(lines)))
        return [name for name in texts if name]


def field_row(form: QFormLayout, label: str, field: QWidget, message: FieldMessage | None = None) -> QLabel:
    """Add ``label: field`` to ``form`` with ``message`` under the field; returns the label (its buddy is set)."""
    caption = QLabel(label)
    caption.setBuddy(field)
    if message is None:
        form.addRow(caption, field)
        return caption
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(message)
    form.addRow(caption, box)
    return caption


__all__ = ["FieldMessage", "FieldMessages", "field_row"]


def qdate(day: dt.date) -> QDate:
    """A Python date as Qt's (PySide6 converts one, but its type stubs know only the numbers)."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    """Qt's date as Python's."""
    return dt.date(day.year(), day.month(), day.day())


def pymoment(moment: QDateTime) -> dt.datetime:
    """Qt's date and time as Python's (naive, like ``toPython()``)."""
    value = moment.toPython()
    assert isinstance(value, dt.datetime)
    return value
