"""The question after a save met someone else's newer save: keep mine, take theirs, or compare field by field.

The decision logic is ``services.save_conflicts`` (no Qt); this is only the dialog.  Like Tryton's client it first
offers the short answers, and a comparison table on request: one row per field where the two versions differ,
their value and mine side by side, a choice per row (the side that changed it is proposed; fields both of us
changed are marked).  The dialog is window-modal and opened with ``open()``: the page acts on ``decided``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registry.services.save_conflicts import MINE, THEIRS, SaveConflict, Side
from registry.ui.case_editor.form import CaseForm

translate = QCoreApplication.translate
CLASH_COLOUR = QColor("#b00020")
SHOWN_CHARACTERS = 120


def _short(text: str) -> str:
    """One line of a long text for the table (the whole text is the cell's tooltip)."""
    line = " ".join(text.split())
    return line if len(line) <= SHOWN_CHARACTERS else line[: SHOWN_CHARACTERS - 1] + "…"


class SaveConflictDialog(QDialog):
    #: (resolution, choices): "mine", "theirs" or "fields" with whose value each differing field keeps
    decided = Signal(str, dict)

    def __init__(self, conflict: SaveConflict, form: CaseForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save_conflict")
        self.setWindowTitle(translate("CaseEditor", "Someone else saved this case"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.conflict = conflict
        self.form = form
        self.groups: dict[str, QButtonGroup] = {}
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_question())
        self.stack.addWidget(self._build_comparison())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.setMinimumWidth(620)
        self._page(0)

    def _page(self, index: int) -> None:
        """Show one page; the hidden one takes no room (a stack is otherwise as large as its largest page)."""
        for number in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            page = self.stack.widget(number)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(index)
        self.adjustSize()

    def _labels(self, names: list[str]) -> str:
        return ", ".join(self.form.bindings[name].label for name in names)

    # ---- the short answers ---------------------------------------------------------------------------------
    def _build_question(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        intro = QLabel(
            translate(
                "CaseEditor",
                "Someone else saved this case after you opened it. Your changes are "
                "not saved yet; the form still shows them.",
            )
        )
        intro.setWordWrap(True)
        clashes = [item.name for item in self.conflict.clashes]
        if clashes:
            detail = translate(
                "CaseEditor", "You both changed: %1. Keep mine saves your value there; take theirs drops your changes."
            ).replace("%1", self._labels(clashes))
        else:
            detail = translate(
                "CaseEditor",
                "You changed different fields. Keep mine saves your changes and keeps "
                "theirs in the fields you did not change.",
            )
        self.detail = QLabel(detail)
        self.detail.setObjectName("conflict_detail")
        self.detail.setWordWrap(True)
        self.detail.setProperty("registry_data", True)  # field labels of the form
        self.keep_mine = QPushButton(translate("CaseEditor", "Keep mine (save over theirs)"))
        self.keep_mine.setObjectName("keep_mine")
        self.keep_mine.clicked.connect(lambda: self._decide("mine", {}))
        self.take_theirs = QPushButton(translate("CaseEditor", "Take theirs (drop my changes)"))
        self.take_theirs.setObjectName("take_theirs")
        self.take_theirs.clicked.connect(lambda: self._decide("theirs", {}))
        self.compare = QPushButton(translate("CaseEditor", "Compare field by field…"))
        self.compare.setObjectName("compare_fields")
        self.compare.clicked.connect(self._show_comparison)
        buttons = QVBoxLayout()  # one under the other: long labels in any language stay whole
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.take_theirs)
        buttons.addWidget(self.compare)
        column.addWidget(intro)
        column.addWidget(self.detail)
        column.addSpacing(12)
        column.addLayout(buttons)
        return page

    # ---- the comparison ------------------------------------------------------------------------------------
    def _show_comparison(self) -> None:
        self._page(1)
        self.resize(max(self.width(), 820), max(self.height(), 440))

    def _build_comparison(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        hint = QLabel(
            translate("CaseEditor", "Choose for each field which value stays. Fields you both changed are in red.")
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(len(self.conflict.differences), 3)
        self.table.setObjectName("conflict_fields")
        self.table.setHorizontalHeaderLabels(
            [
                translate("CaseEditor", "Field"),
                translate("CaseEditor", "Their version"),
                translate("CaseEditor", "Your version"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(self.conflict.differences):
            binding = self.form.bindings[item.name]
            label = QTableWidgetItem(binding.label)
            label.setData(Qt.ItemDataRole.UserRole, item.name)
            if item.clash:
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
                label.setForeground(CLASH_COLOUR)
                label.setToolTip(translate("CaseEditor", "You both changed this field"))
            self.table.setItem(row, 0, label)
            group = QButtonGroup(self)
            for column_number, side, value in ((1, THEIRS, item.theirs), (2, MINE, item.mine)):
                text = binding.text(value)
                button = QRadioButton(_short(text) or translate("CaseEditor", "(empty)"))
                button.setObjectName(f"{item.name}_{side}")
                button.setProperty("registry_data", True)  # the case's own data
                button.setToolTip(text)
                button.setChecked(side == item.default)
                group.addButton(button)
                self.table.setCellWidget(row, column_number, button)
            self.groups[item.name] = group
        self.table.resizeRowsToContents()
        self.save_choices = QPushButton(translate("CaseEditor", "Save the chosen values"))
        self.save_choices.setObjectName("save_choices")
        self.save_choices.clicked.connect(lambda: self._decide("fields", self.choices()))
        back = QPushButton(translate("CaseEditor", "Back"))
        back.setObjectName("conflict_back")
        back.clicked.connect(lambda: self._page(0))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(back)
        buttons.addWidget(self.save_choices)
        column.addWidget(hint)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        return page

    def choices(self) -> dict[str, Side]:
        """Whose value each row keeps, as chosen in the table."""
        chosen: dict[str, Side] = {}
        for name, group in self.groups.items():
            checked = group.checkedButton()
            chosen[name] = MINE if checked is not None and checked.objectName().endswith(f"_{MINE}") else THEIRS
        return chosen

    def choose(self, name: str, side: Side) -> None:
        """What clicking a value in the table does (tests call it as a user clicks)."""
        for button in self.groups[name].buttons():
            if button.objectName() == f"{name}_{side}":
                button.click()

    def _decide(self, resolution: str, choices: dict[str, Side]) -> None:
        self.accept()
        self.decided.emit(resolution, choices)


__all__ = ["SaveConflictDialog"]
