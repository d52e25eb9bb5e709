"""Step one of registering a case (``NewCaseDialog`` inherits it): find the child among those already registered.

Possible duplicates are looked for as the worker types the name, date of birth or JMBG (``search.find_duplicates``,
off the GUI thread, a short pause after the last key): a child already in the register gets a new case, not a
second person.  A restricted child is shown only as existing, with whom to ask, and cannot be chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registry import i18n
from registry.services.dates import format_date, parse_date
from registry.services.jmbg import normalise_jmbg
from registry.services.search import DuplicateCandidate, find_duplicates
from registry.ui.context import AppContext
from registry.ui.forms import field_row

translate = QCoreApplication.translate
DUPLICATE_DELAY_MS = 250


def reason_label(reason: str) -> str:
    labels = {
        "jmbg": translate("NewCase", "Same JMBG"),
        "name_and_birth_date": translate("NewCase", "Same name and date of birth"),
        "similar_name": translate("NewCase", "Similar name"),
    }
    return labels.get(reason, reason)


class SearchesFirst:
    """Mixed into the dialog: the attributes below are the dialog's."""

    ctx: AppContext
    language: str
    candidates_found: list[DuplicateCandidate]
    existing_child: DuplicateCandidate | None
    _duplicate_timer: QTimer

    if TYPE_CHECKING:  # the dialog's own methods

        def reject(self) -> None: ...
        def _go_to_form(self) -> None: ...

    def _build_search_step(self) -> QWidget:
        page = QWidget()
        page.setObjectName("search_step")
        intro = QLabel(
            translate(
                "NewCase",
                "First check whether the child is already in the register: type the name, the date of "
                "birth or the JMBG. Possible duplicates appear below as you type.",
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.find_family = QLineEdit()
        self.find_family.setObjectName("find_family_name")
        self.find_given = QLineEdit()
        self.find_given.setObjectName("find_given_name")
        self.find_birth = QLineEdit()
        self.find_birth.setObjectName("find_birth_date")
        self.find_birth.setPlaceholderText(translate("NewCase", "dd.mm.yyyy."))
        self.find_jmbg = QLineEdit()
        self.find_jmbg.setObjectName("find_jmbg")
        self.find_jmbg.setMaxLength(20)
        field_row(form, translate("NewCase", "Family name:"), self.find_family)
        field_row(form, translate("NewCase", "Given name:"), self.find_given)
        field_row(form, translate("NewCase", "Date of birth:"), self.find_birth)
        field_row(form, translate("NewCase", "JMBG:"), self.find_jmbg)

        self.candidates = QTreeWidget()
        self.candidates.setObjectName("candidates")
        self.candidates.setRootIsDecorated(False)
        self.candidates.setUniformRowHeights(True)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setHeaderLabels(
            [
                translate("NewCase", "Child"),
                translate("NewCase", "Date of birth"),
                translate("NewCase", "JMBG"),
                translate("NewCase", "Cases"),
                translate("NewCase", "Why it may be the same child"),
            ]
        )
        self.candidates.setColumnWidth(0, 200)
        self.candidates.setColumnWidth(1, 110)
        self.candidates.setColumnWidth(2, 130)
        self.candidates.setColumnWidth(3, 150)
        self.candidates.itemSelectionChanged.connect(self._candidate_selected)
        self.candidates.itemDoubleClicked.connect(lambda _item, _column: self._use_existing())
        self.duplicate_status = QLabel(
            translate("NewCase", "Type the family and given name, the date of birth or the JMBG.")
        )
        self.duplicate_status.setObjectName("duplicate_status")
        self.duplicate_status.setWordWrap(True)

        self.use_existing_button = QPushButton(translate("NewCase", "New case for the selected child"))
        self.use_existing_button.setObjectName("use_existing")
        self.use_existing_button.setEnabled(False)
        self.use_existing_button.clicked.connect(self._use_existing)
        self.new_child_button = QPushButton(translate("NewCase", "Continue with a new child"))
        self.new_child_button.setObjectName("new_child")
        self.new_child_button.setDefault(True)
        self.new_child_button.clicked.connect(self._new_child)
        cancel = QPushButton(translate("NewCase", "Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.use_existing_button)
        buttons.addWidget(self.new_child_button)

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.duplicate_status)
        layout.addWidget(self.candidates, 1)
        layout.addLayout(buttons)
        return page

    def _look_for_duplicates(self) -> None:
        family, given = self.find_family.text().strip(), self.find_given.text().strip()
        jmbg = normalise_jmbg(self.find_jmbg.text())
        try:
            birth = parse_date(self.find_birth.text()) if self.find_birth.text().strip() else None
        except ValueError:
            birth = None
        if len(family) < 2 and len(jmbg) < 13 and birth is None:
            self._show_candidates([], searched=False)
            return
        self.duplicate_status.setText(translate("NewCase", "Looking for possible duplicates…"))
        actor = self.ctx.user.id
        self.ctx.ops.read(
            lambda session: find_duplicates(
                session, given_name=given, family_name=family, birth_date=birth, jmbg=jmbg or None, actor_id=actor
            ),
            success=lambda found: self._show_candidates(found, searched=True),
            owner=self,
            key="new_case.duplicates",
        )

    def _show_candidates(self, found: list[DuplicateCandidate], *, searched: bool) -> None:
        self.candidates_found = found
        self.candidates.clear()
        for candidate in found:
            if candidate.restricted:  # only that it exists and whom to ask; it cannot be chosen
                item = QTreeWidgetItem(
                    [
                        i18n.text("access.restricted_match", self.language, ask=candidate.ask or "—"),
                        "",
                        "",
                        "",
                        reason_label(candidate.reason),
                    ]
                )
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.candidates.addTopLevelItem(item)
                item.setFirstColumnSpanned(True)
                continue
            item = QTreeWidgetItem(
                [
                    f"{candidate.family_name} {candidate.given_name}",
                    format_date(candidate.birth_date),
                    candidate.jmbg or "",
                    ", ".join(candidate.case_numbers),
                    reason_label(candidate.reason),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, candidate.person_id)
            self.candidates.addTopLevelItem(item)
        if not searched:
            text = translate("NewCase", "Type the family and given name, the date of birth or the JMBG.")
        elif found:
            text = translate(
                "NewCase",
                "%n possible duplicate(s): if the child is listed, select them and start a new case for them.",
                None,
                len(found),
            )
        else:
            text = translate("NewCase", "No child in the register matches. Continue with a new child.")
        self.duplicate_status.setText(text)
        self.duplicate_status.setStyleSheet("color: #8a5300; font-weight: bold;" if found else "")

    def _candidate_selected(self) -> None:
        self.use_existing_button.setEnabled(bool(self.candidates.selectedItems()))

    def _use_existing(self) -> None:
        items = self.candidates.selectedItems()
        if not items:
            return
        person_id = items[0].data(0, Qt.ItemDataRole.UserRole)
        self.existing_child = next(c for c in self.candidates_found if c.person_id == person_id)
        self._go_to_form()

    def _new_child(self) -> None:
        self._duplicate_timer.stop()
        self.existing_child = None
        self._go_to_form()


__all__ = ["DUPLICATE_DELAY_MS", "SearchesFirst", "reason_label"]
