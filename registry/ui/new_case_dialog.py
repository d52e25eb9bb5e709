"""Registering a case, search first: find the child among those already registered, then fill in the intake form.

Step one looks for possible duplicates as the worker types the name, date of birth or JMBG
(``search.find_duplicates``): a child already in the register gets a new case, not a second person.  Step two is
the intake form.  A valid JMBG fills in the date of birth and sex and warns when what was typed disagrees; the
service's validation messages appear under their fields, in the user's language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from registry.services.cases import NewCase, register_case
from registry.services.dates import LOCAL_TZ, format_date
from registry.services.errors import Problem, ValidationError
from registry.services.jmbg import jmbg_problems, mismatch_warnings, normalise_jmbg, parse_jmbg
from registry.services.people import PersonInput
from registry.services.search import DuplicateCandidate
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage, FieldMessages, field_row
from registry.ui.new_case_search import DUPLICATE_DELAY_MS, SearchesFirst

translate = QCoreApplication.translate


def centre_now() -> QDateTime:
    """Now on the centre's clock (Europe/Sarajevo) as a wall time, whatever zone this computer is set to."""
    now = dt.datetime.now(LOCAL_TZ)
    return QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))


def zone_caption() -> str:
    """Which clock a time typed here is on: the centre's zone and its current abbreviation (CET or CEST)."""
    abbreviation = dt.datetime.now(LOCAL_TZ).tzname() or ""
    return translate("NewCase", "Sarajevo time (%1)").replace("%1", abbreviation)


def _register(session: Session, data: NewCase, actor_id: int) -> tuple[int, str, list[Problem]]:
    registered = register_case(session, data, actor_id=actor_id)
    return registered.case.id, registered.case.number, registered.warnings


class NewCaseDialog(QDialog, SearchesFirst):
    #: the new case's id, after it was saved
    registered = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_case_dialog")
        self.ctx = ctx
        self.language = ctx.language
        self.candidates_found: list[DuplicateCandidate] = []
        self.existing_child: DuplicateCandidate | None = None
        self.case_number: str | None = None
        self.setWindowTitle(translate("NewCase", "New case"))
        self.resize(820, 760)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._build_search_step())
        self.steps.addWidget(self._build_form_step())
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self._look_for_duplicates)
        for field in (self.find_given, self.find_family, self.find_birth, self.find_jmbg):
            field.textChanged.connect(lambda _text: self._duplicate_timer.start())
        self.find_family.setFocus()

    # ---- step two: the intake form -------------------------------------------------------------------------
    def _build_form_step(self) -> QWidget:
        page = QWidget()
        page.setObjectName("form_step")
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setProperty("registry_data", True)
        self.general = FieldMessage("general")
        self.messages = FieldMessages(self.general)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._child_group())
        column.addWidget(self._report_group())
        column.addWidget(self._reporter_group())
        column.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(body)

        back = QPushButton(translate("NewCase", "Back to the search"))
        back.clicked.connect(lambda: self.steps.setCurrentIndex(0))
        cancel = QPushButton(translate("NewCase", "Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(translate("NewCase", "Register the case"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.saving_label = QLabel(translate("NewCase", "Saving…"))
        self.saving_label.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.saving_label)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(page)
        layout.addWidget(self.banner)
        layout.addWidget(self.general)
        layout.addWidget(self.form_scroll, 1)
        layout.addLayout(buttons)
        return page

    def _child_group(self) -> QGroupBox:
        group = QGroupBox(translate("NewCase", "Child"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.given_name = QLineEdit()
        self.given_name.setObjectName("given_name")
        self.family_name = QLineEdit()
        self.family_name.setObjectName("family_name")
        self.jmbg = QLineEdit()
        self.jmbg.setObjectName("jmbg")
        self.jmbg.setMaxLength(20)
        self.jmbg.setToolTip(
            translate("NewCase", "13 digits; fills in the date of birth and sex. Leave empty if the child has none.")
        )
        self.birth_date = QLineEdit()
        self.birth_date.setObjectName("birth_date")
        self.birth_date.setPlaceholderText(translate("NewCase", "dd.mm.yyyy."))
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        self.sex.addItem(translate("NewCase", "not known"), None)
        for code, label in self.ctx.reference.options("sex"):
            self.sex.addItem(label, code)
        self.has_disability = QCheckBox(translate("NewCase", "The child has a disability or developmental difficulty"))
        self.has_disability.setObjectName("has_disability")
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.school = QLineEdit()
        self.school.setObjectName("school")
        field_row(form, translate("NewCase", "Given name:"), self.given_name, self.messages.add("given_name"))
        field_row(form, translate("NewCase", "Family name:"), self.family_name, self.messages.add("family_name"))
        # checked while the user moves on to the next field: their messages have their room kept
        field_row(form, translate("NewCase", "JMBG:"), self.jmbg, self.messages.add("jmbg").keep_room(2))
        field_row(
            form, translate("NewCase", "Date of birth:"), self.birth_date, self.messages.add("birth_date").keep_room()
        )
        field_row(form, translate("NewCase", "Sex:"), self.sex, self.messages.add("sex").keep_room())
        form.addRow("", self.has_disability)
        field_row(form, translate("NewCase", "Address:"), self.address, self.messages.add("address"))
        field_row(form, translate("NewCase", "School or pre-school:"), self.school, self.messages.add("school"))
        self.jmbg.textChanged.connect(self._jmbg_changed)
        self.jmbg.editingFinished.connect(lambda: self._check_jmbg(final=True))
        self.birth_date.editingFinished.connect(self._check_agreement)
        self.sex.currentIndexChanged.connect(self._check_agreement)
        return group

    def _report_group(self) -> QGroupBox:
        group = QGroupBox(translate("NewCase", "Report"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # the centre's clock, whatever zone this computer is set to: the edit holds Sarajevo wall time
        now = centre_now()
        self.reported_at = QDateTimeEdit(now)
        self.reported_at.setObjectName("reported_at")
        self.reported_at.setDisplayFormat("dd.MM.yyyy. HH:mm")
        self.reported_at.setCalendarPopup(True)
        self.reported_at.setMaximumDateTime(now.addSecs(60))
        self.time_zone = QLabel(zone_caption())
        self.time_zone.setObjectName("time_zone")
        reported_row = QWidget()
        reported_layout = QHBoxLayout(reported_row)
        reported_layout.setContentsMargins(0, 0, 0, 0)
        reported_layout.addWidget(self.reported_at)
        reported_layout.addWidget(self.time_zone)
        reported_layout.addStretch(1)
        self.referral_source = self._lookup_combo("referral_source", "referral_source", translate("NewCase", "choose…"))
        self.urgency = self._lookup_combo("urgency", "urgency", None, default="regular")
        self.risk_level = self._lookup_combo("risk_level", "risk_level", None, default="none")
        forms_box = QWidget()
        grid = QGridLayout(forms_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.violence_forms: dict[str, QCheckBox] = {}
        options = self.ctx.reference.options("violence_form")
        widest = max((self.fontMetrics().horizontalAdvance(label) for _code, label in options), default=0)
        columns = 2 if widest < 280 else 1  # long labels ("exploitation, incl. child begging ...") get a row each
        for index, (code, label) in enumerate(options):
            box = QCheckBox(label)
            box.setObjectName(f"violence_{code}")
            box.setProperty("registry_data", True)  # a lookup label, from the database in the user's language
            grid.addWidget(box, index // columns, index % columns)
            self.violence_forms[code] = box
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("report_summary")
        self.summary.setPlaceholderText(translate("NewCase", "What was reported, by whom and how"))
        self.summary.setFixedHeight(self.fontMetrics().height() * 5)
        self.lead_worker = QComboBox()
        self.lead_worker.setObjectName("lead_worker")
        self.lead_worker.addItem(translate("NewCase", "not assigned yet"), None)
        for member in self.ctx.reference.staff:
            if member.active and member.role in ("worker", "supervisor"):
                self.lead_worker.addItem(member.full_name, member.id)
        own = self.lead_worker.findData(self.ctx.user.id)
        self.lead_worker.setCurrentIndex(max(own, 0))
        field_row(form, translate("NewCase", "Report received:"), reported_row, self.messages.add("reported_at"))
        field_row(
            form, translate("NewCase", "Referral source:"), self.referral_source, self.messages.add("referral_source")
        )
        field_row(form, translate("NewCase", "Urgency:"), self.urgency, self.messages.add("urgency"))
        field_row(form, translate("NewCase", "Risk level:"), self.risk_level, self.messages.add("risk_level"))
        field_row(
            form,
            translate("NewCase", "Forms of violence:"),
            forms_box,
            self.messages.add("violence_types", "violence_forms"),
        )
        field_row(
            form, translate("NewCase", "Summary of the report:"), self.summary, self.messages.add("report_summary")
        )
        field_row(form, translate("NewCase", "Lead worker:"), self.lead_worker, self.messages.add("lead_worker"))
        return group

    def _reporter_group(self) -> QGroupBox:
        group = QGroupBox(translate("NewCase", "Reporter"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.anonymous = QCheckBox(translate("NewCase", "Anonymous report: the reporter's identity is protected"))
        self.anonymous.setObjectName("reporter_anonymous")
        self.reporter_name = QLineEdit()
        self.reporter_name.setObjectName("reporter_name")
        self.reporter_contact = QLineEdit()
        self.reporter_contact.setObjectName("reporter_contact")
        self.reporter_relation = QLineEdit()
        self.reporter_relation.setObjectName("reporter_relation")
        self.reporter_relation.setPlaceholderText(translate("NewCase", "e.g. teacher, neighbour, aunt"))
        form.addRow("", self.anonymous)
        field_row(form, translate("NewCase", "Name:"), self.reporter_name, self.messages.add("reporter_name"))
        field_row(form, translate("NewCase", "Contact:"), self.reporter_contact, self.messages.add("reporter_contact"))
        field_row(form, translate("NewCase", "Relation to the child:"), self.reporter_relation)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        return group

    def _lookup_combo(self, name: str, kind: str, empty: str | None, default: str | None = None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        if empty is not None:
            combo.addItem(empty, None)
        for code, label in self.ctx.reference.options(kind):
            combo.addItem(label, code)
        if default is not None:
            combo.setCurrentIndex(max(combo.findData(default), 0))
        return combo

    def _go_to_form(self) -> None:
        existing = self.existing_child
        child_fields = (
            self.given_name,
            self.family_name,
            self.jmbg,
            self.birth_date,
            self.sex,
            self.address,
            self.school,
            self.has_disability,
        )
        if existing is not None:
            self.given_name.setText(existing.given_name)
            self.family_name.setText(existing.family_name)
            self.jmbg.setText(existing.jmbg or "")
            self.birth_date.setText(format_date(existing.birth_date))
            self.banner.setText(
                translate("NewCase", "A new case for %1, already in the register (cases: %2).")
                .replace("%1", f"{existing.family_name} {existing.given_name}")
                .replace("%2", ", ".join(existing.case_numbers) or "—")
            )
            self.banner.setStyleSheet("")
        else:
            self.given_name.setText(self.find_given.text().strip())
            self.family_name.setText(self.find_family.text().strip())
            self.jmbg.setText(normalise_jmbg(self.find_jmbg.text()))
            self.birth_date.setText(self.find_birth.text().strip())
            if self.candidates_found:
                self.banner.setText(
                    translate(
                        "NewCase",
                        "%n possible duplicate(s) were found; you chose to register a new child. Go back "
                        "if the child is one of them.",
                        None,
                        len(self.candidates_found),
                    )
                )
                self.banner.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.banner.setVisible(existing is not None or bool(self.candidates_found))
        for widget in child_fields:
            widget.setEnabled(existing is None)
        self.steps.setCurrentIndex(1)
        (self.referral_source if existing is not None else self.given_name).setFocus()

    # ---- JMBG: fill in and warn ----------------------------------------------------------------------------
    def _jmbg_changed(self, text: str) -> None:
        digits = normalise_jmbg(text)
        self.messages.by_field["jmbg"].clear_message()
        if len(digits) >= 13:
            self._check_jmbg(final=True)

    def _check_jmbg(self, *, final: bool) -> None:
        digits = normalise_jmbg(self.jmbg.text())
        message = self.messages.by_field["jmbg"]
        if not digits:
            message.clear_message()
            self._check_agreement()
            return
        problems = jmbg_problems(digits)
        if problems:
            if final:
                message.show_error("\n".join(problem.message(self.language) for problem in problems))
            return
        message.clear_message()
        info = parse_jmbg(digits)
        if not self.birth_date.text().strip():
            self.birth_date.setText(format_date(info.birth_date))
        if self.sex.currentData() is None:
            self.sex.setCurrentIndex(max(self.sex.findData(info.sex), 0))
        self._check_agreement()

    def _check_agreement(self) -> None:
        """Warn beside date of birth and sex when they disagree with a valid JMBG."""
        for name in ("birth_date", "sex"):
            self.messages.by_field[name].clear_message()
        for problem in mismatch_warnings(self.jmbg.text(), self.birth_date.text(), self.sex.currentData()):
            self.messages.by_field[problem.field_name].show_warning(problem.message(self.language))

    def _anonymous_toggled(self, anonymous: bool) -> None:
        for widget in (self.reporter_name, self.reporter_contact):
            widget.setEnabled(not anonymous)
            if anonymous:
                widget.clear()

    # ---- saving --------------------------------------------------------------------------------------------
    def new_case(self) -> NewCase:
        """What the form says, as the service takes it (strings as typed: the service checks them)."""
        reported = self.reported_at.dateTime().toPython()
        assert isinstance(reported, dt.datetime)
        child = PersonInput(
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            jmbg=self.jmbg.text(),
            birth_date=self.birth_date.text().strip() or None,
            sex=self.sex.currentData(),
            address=self.address.text(),
            school=self.school.text(),
            has_disability=self.has_disability.isChecked(),
        )
        return NewCase(
            child=child,
            report_received_at=reported.replace(tzinfo=LOCAL_TZ),
            referral_source=self.referral_source.currentData() or "",
            urgency=self.urgency.currentData() or "",
            risk_level=self.risk_level.currentData() or "",
            violence_forms=[code for code, box in self.violence_forms.items() if box.isChecked()],
            existing_child_id=self.existing_child.person_id if self.existing_child else None,
            reporter_anonymous=self.anonymous.isChecked(),
            reporter_name=self.reporter_name.text(),
            reporter_contact=self.reporter_contact.text(),
            reporter_relation=self.reporter_relation.text(),
            report_summary=self.summary.toPlainText(),
            lead_worker_id=self.lead_worker.currentData(),
        )

    def save(self) -> None:
        self.messages.clear()
        self._check_agreement()
        data = self.new_case()
        actor = self.ctx.user.id
        self.save_button.setEnabled(False)
        self.saving_label.setVisible(True)
        self.ctx.ops.write(
            lambda session: _register(session, data, actor), success=self._saved, failure=self._failed, owner=self
        )

    def _saved(self, outcome: tuple[int, str, list[Problem]]) -> None:
        case_id, number, _warnings = outcome
        self.case_number = number
        self.saving_label.setVisible(False)
        self.save_button.setEnabled(True)
        self.accept()
        self.registered.emit(case_id)

    def _failed(self, error: BaseException) -> None:
        self.saving_label.setVisible(False)
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            fields = self.messages.show(error.problems, self.language)
            if not fields:
                return
            widget = {
                "given_name": self.given_name,
                "family_name": self.family_name,
                "jmbg": self.jmbg,
                "birth_date": self.birth_date,
                "sex": self.sex,
                "reported_at": self.reported_at,
                "referral_source": self.referral_source,
                "urgency": self.urgency,
                "risk_level": self.risk_level,
                "reporter_name": self.reporter_name,
                "reporter_contact": self.reporter_contact,
                "report_summary": self.summary,
                "lead_worker": self.lead_worker,
                "address": self.address,
                "school": self.school,
            }.get(fields[0])
            if widget is not None:
                self.form_scroll.ensureWidgetVisible(widget)
                widget.setFocus()
            return
        handler = self.ctx.ops.failure_handler
        if handler is not None:
            handler(error, "")


__all__ = ["NewCaseDialog"]
