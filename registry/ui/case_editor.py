"""The case editor: one case in sections (child and household, report and incidents, assessment and plan,
referrals, protocol checklist, measures, notes and conferences, consents, closure).

It is a page of the main window ("Case" in the navigation): ``window.open_case(case_id)`` shows it with that case.
The case's own fields are one form with Save; records that accumulate (a household member, an incident, a
referral, a note ...) are added one at a time, each saved at once.  Every database call goes through ops.

Nothing is lost silently: leaving the page, closing the window or signing out with unsaved changes asks
(``can_leave``); choosing Save there goes on to where the user was going once the save succeeded, and keeps
them here with the messages next to the fields if it did not.  A save that meets someone else's newer save (StaleRecord) explains it and keeps the input.
The questions are attributes (``ask_unsaved``, ``ask_text``, ``ask_break_glass``) so tests answer them.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from registry.services import case_records, cases, protocols, referrals
from registry.services.access import AccessDenied, BreakGlassRequired, break_glass
from registry.services.case_view import CaseFile, CaseView, InstitutionView
from registry.services.dates import format_date, format_datetime
from registry.services.errors import Problem, RegistryError, StaleRecord, ValidationError
from registry.services.people import PERSON_FIELDS, PersonChanges, PersonInput
from registry.ui.case_editor_data import EditorData, load_editor_data
from registry.ui.case_editor_sections import (
    ITEM_ID_ROLE,
    ChecklistModel,
    Sections,
    fill_tree,
    line,
    lookup_combo,
    parsed_moment,
    select_data,
    text_box,
    tree,
)
from registry.ui.context import AppContext, institution_label, institution_name
from registry.ui.forms import FieldMessage, FieldMessages, field_row

if TYPE_CHECKING:
    from registry.ui.main_window import MainWindow
    from registry.ui.pages import PageRegistry

translate = QCoreApplication.translate
PAGE_KEY = "case"


def ask_unsaved_changes(parent: QWidget) -> str:
    """'save', 'discard' or 'cancel'."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("CaseEditor", "Unsaved changes"),
                      translate("CaseEditor", "This case has changes that are not saved yet."), parent=parent)
    save = box.addButton(translate("CaseEditor", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("CaseEditor", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("CaseEditor", "Stay here"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return "save" if box.clickedButton() is save else "discard" if box.clickedButton() is discard else "cancel"


def ask_text_input(parent: QWidget, title: str, label: str) -> str | None:
    text, accepted = QInputDialog.getMultiLineText(parent, title, label)
    return text.strip() if accepted and text.strip() else None


def ask_break_glass(parent: QWidget, case_number: str) -> str | None:
    from registry.ui.break_glass import ask_break_glass_reason

    return ask_break_glass_reason(case_number, parent)


class CaseEditorPage(QWidget):
    # replaceable questions (tests answer them without a modal dialog)
    ask_unsaved: Callable[[QWidget], str] = staticmethod(ask_unsaved_changes)
    ask_text: Callable[[QWidget, str, str], str | None] = staticmethod(ask_text_input)
    ask_break_glass: Callable[[QWidget, str], str | None] = staticmethod(ask_break_glass)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: the open case file (``view`` is its case), and the institutions a referral may be logged for
        self.file: CaseFile | None = None
        self.view: CaseView | None = None
        self.institutions: list[InstitutionView] = []
        self.case_id: int | None = None
        self._loaded: dict[str, object] = {}
        self._filling = False
        self.stale = False
        self.loading = False
        #: where to go once the running save succeeded (the user chose Save when asked about unsaved changes)
        self._after_save: Callable[[], None] | None = None
        writes = ctx.user.writes_cases
        self.stack = QStackedWidget()
        self.placeholder = QLabel(translate("CaseEditor", "No case is open. Open one from a case list (double-click or Enter)."))
        self.placeholder.setObjectName("no_case")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._build_header())
        self.banner = QLabel()
        self.banner.setObjectName("editor_banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setProperty("registry_data", True)  # service messages in the user's language, or ours
        column.addWidget(self.banner)
        self.messages = FieldMessages(FieldMessage("general"))
        self.messages.general.setProperty("registry_data", True)
        column.addWidget(self.messages.general)
        self.tabs = Sections()
        self.tabs.addTab(self._scroll(self._build_child()), translate("CaseEditor", "Child and household"))
        self.tabs.addTab(self._scroll(self._build_report()), translate("CaseEditor", "Report and incidents"))
        self.tabs.addTab(self._scroll(self._build_plan()), translate("CaseEditor", "Assessment and plan"))
        self.tabs.addTab(self._build_referrals(), translate("CaseEditor", "Referrals"))
        self.tabs.addTab(self._build_checklist(), translate("CaseEditor", "Protocol checklist"))
        self.tabs.addTab(self._scroll(self._build_measures()), translate("CaseEditor", "Measures and placements"))
        self.tabs.addTab(self._scroll(self._build_notes()), translate("CaseEditor", "Notes and conferences"))
        self.tabs.addTab(self._scroll(self._build_consents()), translate("CaseEditor", "Consents"))
        self.tabs.addTab(self._scroll(self._build_closure()), translate("CaseEditor", "Closure"))
        column.addWidget(self.tabs, 1)
        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        for widget in self._form_widgets():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.textChanged.connect(self._changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._changed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._changed)
            widget.setEnabled(writes)
        if not writes:  # an auditor reads; the services would refuse every change anyway
            for button in self.action_buttons():
                button.setVisible(False)
        ctx.events.case_changed.connect(self._elsewhere_changed)

    def action_buttons(self) -> list[QPushButton]:
        return [self.add_member_button, self.add_incident_button, self.approve_button, self.move_button,
                self.send_button, self.response_button, self.log_referral_button, self.done_button,
                self.not_applicable_button, self.add_measure_button, self.add_note_button, self.add_conference_button,
                self.withdraw_button, self.add_consent_button, self.request_closure_button, self.close_case_button,
                self.reopen_button, self.save_button, self.restricted]

    # ---- building --------------------------------------------------------------------------------------------
    @staticmethod
    def _scroll(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def _build_header(self) -> QHBoxLayout:
        self.title = QLabel()
        self.title.setObjectName("case_title")
        self.title.setProperty("registry_data", True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("case_status")
        self.status_label.setProperty("registry_data", True)
        self.restricted = QCheckBox(translate("CaseEditor", "Restricted"))
        self.restricted.setObjectName("restricted")
        self.restricted.setToolTip(translate("CaseEditor", "Only the assigned workers and supervisors see a restricted case; anyone "
                                       "else must give a reason to open it"))
        self.restricted.setVisible(self.ctx.user.role == "supervisor")
        self.restricted.clicked.connect(self._restricted_clicked)
        self.dirty_label = QLabel(translate("CaseEditor", "Unsaved changes"))
        self.dirty_label.setObjectName("dirty")
        self.dirty_label.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.dirty_label.setVisible(False)
        self.save_button = QPushButton(translate("CaseEditor", "Save"))
        self.save_button.setObjectName("save_case")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(translate("CaseEditor", "Save the changes of this case (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.save_button.setVisible(self.ctx.user.writes_cases)
        self.reload_button = QPushButton(translate("CaseEditor", "Reload"))
        self.reload_button.setObjectName("reload_case")
        self.reload_button.setToolTip(translate("CaseEditor", "Read the case again from the database (your unsaved changes are lost)"))
        self.reload_button.clicked.connect(self._reload_clicked)
        self.print_button = QPushButton(translate("CaseEditor", "Print"))
        self.print_button.setObjectName("print_menu")
        menu = QMenu(self.print_button)
        menu.setObjectName("print_documents")
        for document, text in (("summary", translate("CaseEditor", "Case summary…")), ("checklist", translate("CaseEditor", "Protocol checklist…")),
                               ("timeline", translate("CaseEditor", "Case timeline…"))):
            action = menu.addAction(text)
            action.setObjectName(f"print_{document}")
            action.triggered.connect(lambda _checked=False, doc=document: self.print_document(doc))
        self.print_button.setMenu(menu)
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addWidget(self.status_label)
        row.addStretch(1)
        row.addWidget(self.dirty_label)
        row.addWidget(self.restricted)
        row.addWidget(self.print_button)
        row.addWidget(self.reload_button)
        row.addWidget(self.save_button)
        return row

    def _field(self, form: QFormLayout, label: str, widget: QWidget, name: str, *aliases: str) -> QWidget:
        field_row(form, label, widget, self.messages.add(name, *aliases))
        return widget

    def _build_child(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        child = QGroupBox(translate("CaseEditor", "Child"))
        form = QFormLayout(child)
        self.given_name = self._field(form, translate("CaseEditor", "Given name:"), line("given_name"), "given_name")
        self.family_name = self._field(form, translate("CaseEditor", "Family name:"), line("family_name"), "family_name")
        self.jmbg = self._field(form, translate("CaseEditor", "JMBG:"), line("jmbg"), "jmbg")
        self.birth_date = self._field(form, translate("CaseEditor", "Date of birth:"), line("birth_date", translate("CaseEditor", "dd.mm.yyyy.")),
                                      "birth_date")
        self.sex = self._field(form, translate("CaseEditor", "Sex:"), lookup_combo(self.ctx, "sex", "sex", empty=True), "sex")
        self.address = self._field(form, translate("CaseEditor", "Address:"), line("address"), "address")
        self.municipality = self._field(form, translate("CaseEditor", "Municipality:"), line("municipality"), "municipality")
        self.phone = self._field(form, translate("CaseEditor", "Phone:"), line("phone"), "phone")
        self.citizenship = self._field(form, translate("CaseEditor", "Citizenship:"), line("citizenship"), "citizenship")
        self.school = self._field(form, translate("CaseEditor", "School:"), line("school"), "school")
        self.school_grade = self._field(form, translate("CaseEditor", "Grade:"), line("school_grade"), "school_grade")
        self.has_disability = QCheckBox(translate("CaseEditor", "The child has a disability"))
        self.has_disability.setObjectName("has_disability")
        self._field(form, "", self.has_disability, "has_disability")
        self.disability_note = self._field(form, translate("CaseEditor", "About the disability:"),
                                           text_box("disability_note", 60), "disability_note")
        self.child_notes = self._field(form, translate("CaseEditor", "Notes about the child:"),
                                       text_box("child_notes", 60), "notes")
        layout.addWidget(child)

        household = QGroupBox(translate("CaseEditor", "Household"))
        column = QVBoxLayout(household)
        self.household = tree("household", [translate("CaseEditor", "Name"), translate("CaseEditor", "Role"), translate("CaseEditor", "Alleged perpetrator"),
                                            translate("CaseEditor", "Legal representative")])
        self.household.setMinimumHeight(120)
        column.addWidget(self.household)
        add = QFormLayout()
        self.member_messages = FieldMessages(FieldMessage("member_general"))
        self.member_given = line("member_given_name")
        self.member_family = line("member_family_name")
        self.member_role = lookup_combo(self.ctx, "member_role", "household_role")
        field_row(add, translate("CaseEditor", "Given name:"), self.member_given, self.member_messages.add("given_name"))
        field_row(add, translate("CaseEditor", "Family name:"), self.member_family, self.member_messages.add("family_name"))
        field_row(add, translate("CaseEditor", "Role:"), self.member_role, self.member_messages.add("role_in_household"))
        self.member_perpetrator = QCheckBox(translate("CaseEditor", "Alleged perpetrator"))
        self.member_representative = QCheckBox(translate("CaseEditor", "Legal representative"))
        self.add_member_button = QPushButton(translate("CaseEditor", "Add to the household"))
        self.add_member_button.setObjectName("add_member")
        self.add_member_button.clicked.connect(self._add_member)
        buttons = QHBoxLayout()
        buttons.addWidget(self.member_perpetrator)
        buttons.addWidget(self.member_representative)
        buttons.addStretch(1)
        buttons.addWidget(self.add_member_button)
        column.addLayout(add)
        column.addWidget(self.member_messages.general)
        column.addLayout(buttons)
        layout.addWidget(household)
        return page

    def _build_report(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        report = QGroupBox(translate("CaseEditor", "Report"))
        form = QFormLayout(report)
        self.received_label = QLabel()
        self.received_label.setProperty("registry_data", True)
        form.addRow(translate("CaseEditor", "Received:"), self.received_label)
        self.referral_source = self._field(
            form, translate("CaseEditor", "Reported by:"), lookup_combo(self.ctx, "referral_source", "referral_source"),
            "referral_source")
        self.urgency = self._field(form, translate("CaseEditor", "Urgency:"), lookup_combo(self.ctx, "urgency", "urgency"), "urgency")
        self.risk_level = self._field(form, translate("CaseEditor", "Risk:"), lookup_combo(self.ctx, "risk_level", "risk_level"),
                                      "risk_level")
        forms_box = QWidget()
        grid = QGridLayout(forms_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.violence_forms: dict[str, QCheckBox] = {}
        options = self.ctx.reference.options("violence_form")
        per_column = max((len(options) + 1) // 2, 1)
        for number, (code, label) in enumerate(options):
            box = QCheckBox(label)
            box.setObjectName(f"violence_{code}")
            self.violence_forms[code] = box
            grid.addWidget(box, number % per_column, number // per_column)
        self._field(form, translate("CaseEditor", "Forms of violence:"), forms_box, "violence_forms")
        self.reporter_anonymous = QCheckBox(translate("CaseEditor", "The reporter wants to stay anonymous"))
        self.reporter_anonymous.setObjectName("reporter_anonymous")
        form.addRow("", self.reporter_anonymous)
        self.reporter_name = self._field(form, translate("CaseEditor", "Reporter:"), line("reporter_name"), "reporter_name")
        self.reporter_contact = self._field(form, translate("CaseEditor", "Reporter's contact:"), line("reporter_contact"),
                                            "reporter_contact")
        self.reporter_relation = self._field(form, translate("CaseEditor", "Relation to the child:"), line("reporter_relation"),
                                             "reporter_relation")
        self.report_summary = self._field(form, translate("CaseEditor", "What was reported:"), text_box("report_summary"),
                                          "report_summary")
        layout.addWidget(report)

        incidents = QGroupBox(translate("CaseEditor", "Incidents"))
        column = QVBoxLayout(incidents)
        self.incidents = tree("incidents", [translate("CaseEditor", "Date"), translate("CaseEditor", "Place"), translate("CaseEditor", "Forms of violence"), translate("CaseEditor", "Description")])
        self.incidents.setMinimumHeight(110)
        column.addWidget(self.incidents)
        add = QFormLayout()
        self.incident_messages = FieldMessages(FieldMessage("incident_general"))
        self.incident_date = line("incident_date", translate("CaseEditor", "dd.mm.yyyy."))
        self.incident_place = line("incident_place")
        self.incident_description = text_box("incident_description", 60)
        field_row(add, translate("CaseEditor", "Date:"), self.incident_date, self.incident_messages.add("occurred_at"))
        field_row(add, translate("CaseEditor", "Place:"), self.incident_place, self.incident_messages.add("place"))
        field_row(add, translate("CaseEditor", "Description:"), self.incident_description, self.incident_messages.add("description"))
        self.add_incident_button = QPushButton(translate("CaseEditor", "Add incident"))
        self.add_incident_button.setObjectName("add_incident")
        self.add_incident_button.clicked.connect(self._add_incident)
        column.addLayout(add)
        column.addWidget(self.incident_messages.general)
        column.addWidget(self.add_incident_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(incidents)
        return page

    def _build_plan(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        team = QGroupBox(translate("CaseEditor", "Responsible"))
        form = QFormLayout(team)
        self.lead_worker = QComboBox()
        self.lead_worker.setObjectName("lead_worker")
        self.supervisor = QComboBox()
        self.supervisor.setObjectName("supervisor")
        for combo, roles in ((self.lead_worker, ("worker", "supervisor")), (self.supervisor, ("supervisor",))):
            combo.addItem("", None)
            for member in self.ctx.reference.staff:
                if member.active and member.role in roles:
                    combo.addItem(member.full_name, member.id)
        self._field(form, translate("CaseEditor", "Lead worker:"), self.lead_worker, "lead_worker", "lead_worker_id")
        self._field(form, translate("CaseEditor", "Supervisor:"), self.supervisor, "supervisor", "supervisor_id")
        layout.addWidget(team)
        plan = QGroupBox(translate("CaseEditor", "Assessment and plan"))
        form = QFormLayout(plan)
        self.assessment = self._field(form, translate("CaseEditor", "Assessment:"), text_box("assessment", 120), "assessment")
        self.plan = self._field(form, translate("CaseEditor", "Protection plan:"), text_box("plan", 120), "plan")
        self.plan_state = QLabel()
        self.plan_state.setObjectName("plan_state")
        self.plan_state.setProperty("registry_data", True)
        self.approve_button = QPushButton(translate("CaseEditor", "Approve the plan"))
        self.approve_button.setObjectName("approve_plan")
        self.approve_button.setVisible(self.ctx.user.role == "supervisor")
        self.approve_button.clicked.connect(self._approve_plan)
        approval = QHBoxLayout()
        approval.addWidget(self.plan_state, 1)
        approval.addWidget(self.approve_button)
        form.addRow(translate("CaseEditor", "Approval:"), approval)
        layout.addWidget(plan)
        status = QGroupBox(translate("CaseEditor", "Case status"))
        row = QHBoxLayout(status)
        self.next_status = QComboBox()
        self.next_status.setObjectName("next_status")
        self.move_button = QPushButton(translate("CaseEditor", "Move the case on"))
        self.move_button.setObjectName("move_status")
        self.move_button.clicked.connect(self._move_status)
        row.addWidget(QLabel(translate("CaseEditor", "Next status:")))
        row.addWidget(self.next_status, 1)
        row.addWidget(self.move_button)
        layout.addWidget(status)
        layout.addStretch(1)
        return page

    def _build_referrals(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.referrals = tree("case_referrals", [
            translate("CaseEditor", "Direction"), translate("CaseEditor", "Institution"), translate("CaseEditor", "Sent / received"), translate("CaseEditor", "Registry no."),
            translate("CaseEditor", "Response due"), translate("CaseEditor", "Response"), translate("CaseEditor", "State")])
        self.referrals.setMinimumHeight(150)
        layout.addWidget(self.referrals, 1)
        actions = QHBoxLayout()
        self.send_button = QPushButton(translate("CaseEditor", "Mark as sent"))
        self.send_button.setObjectName("send_referral")
        self.send_button.clicked.connect(self._send_referral)
        self.letter_button = QPushButton(translate("CaseEditor", "Print letter…"))
        self.letter_button.setObjectName("print_referral")
        self.letter_button.clicked.connect(self._print_letter)
        actions.addWidget(self.send_button)
        actions.addWidget(self.letter_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        response = QGroupBox(translate("CaseEditor", "Response to the selected referral"))
        form = QFormLayout(response)
        self.response_messages = FieldMessages(FieldMessage("response_general"))
        self.response_summary = text_box("response_summary", 60)
        field_row(form, translate("CaseEditor", "What they answered:"), self.response_summary,
                  self.response_messages.add("response_summary", "response_received_at"))
        self.response_button = QPushButton(translate("CaseEditor", "Record the response"))
        self.response_button.setObjectName("record_response")
        self.response_button.clicked.connect(self._record_response)
        form.addRow(self.response_messages.general)
        form.addRow("", self.response_button)
        layout.addWidget(response)
        new = QGroupBox(translate("CaseEditor", "New referral"))
        form = QFormLayout(new)
        self.referral_messages = FieldMessages(FieldMessage("referral_general"))
        self.referral_direction = lookup_combo(self.ctx, "referral_direction", "referral_direction")
        self.referral_institution = QComboBox()
        self.referral_institution.setObjectName("referral_institution")
        self.referral_institution.setProperty("registry_data", True)  # names from the directory
        self.referral_channel = lookup_combo(self.ctx, "referral_channel", "channel")
        self.referral_urgency = lookup_combo(self.ctx, "referral_urgency", "urgency")
        self.referral_reason = text_box("referral_reason", 50)
        self.referral_request = text_box("referral_request", 50)
        field_row(form, translate("CaseEditor", "Direction:"), self.referral_direction, self.referral_messages.add("direction"))
        field_row(form, translate("CaseEditor", "Institution:"), self.referral_institution, self.referral_messages.add("institution"))
        field_row(form, translate("CaseEditor", "Channel:"), self.referral_channel, self.referral_messages.add("channel"))
        field_row(form, translate("CaseEditor", "Urgency:"), self.referral_urgency, self.referral_messages.add("urgency"))
        field_row(form, translate("CaseEditor", "Reason:"), self.referral_reason, self.referral_messages.add("reason"))
        field_row(form, translate("CaseEditor", "What is asked:"), self.referral_request,
                  self.referral_messages.add("requested_action", "sent_at", "response_due_at"))
        self.log_referral_button = QPushButton(translate("CaseEditor", "Log the referral"))
        self.log_referral_button.setObjectName("log_referral")
        self.log_referral_button.clicked.connect(self._log_referral)
        form.addRow(self.referral_messages.general)
        form.addRow("", self.log_referral_button)
        layout.addWidget(new)
        return page

    def _build_checklist(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.checklist_model = ChecklistModel(self.ctx, self)
        self.checklist = QTableView()
        self.checklist.setObjectName("checklist")
        self.checklist.setModel(self.checklist_model)
        self.checklist.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklist.verticalHeader().setVisible(False)
        self.checklist.setWordWrap(False)
        self.checklist.setAlternatingRowColors(True)
        header = self.checklist.horizontalHeader()
        header.setSectionResizeMode(ChecklistModel.STEP, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        layout.addWidget(self.checklist, 1)
        form = QFormLayout()
        self.step_messages = FieldMessages(FieldMessage("step_general"))
        self.step_note = line("step_note")
        self.step_reason = line("not_applicable_reason")
        field_row(form, translate("CaseEditor", "Note (when done):"), self.step_note, self.step_messages.add("text", "done_at"))
        field_row(form, translate("CaseEditor", "Why not applicable:"), self.step_reason,
                  self.step_messages.add("not_applicable_reason"))
        layout.addLayout(form)
        layout.addWidget(self.step_messages.general)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(translate("CaseEditor", "Mark done"))
        self.done_button.setObjectName("step_done")
        self.done_button.clicked.connect(self._step_done)
        self.not_applicable_button = QPushButton(translate("CaseEditor", "Not applicable"))
        self.not_applicable_button.setObjectName("step_not_applicable")
        self.not_applicable_button.clicked.connect(self._step_not_applicable)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.not_applicable_button)
        layout.addLayout(buttons)
        return page

    def _build_measures(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.measures = tree("measures", [translate("CaseEditor", "Measure"), translate("CaseEditor", "From"), translate("CaseEditor", "Until"), translate("CaseEditor", "Placement"),
                                          translate("CaseEditor", "Decision no.")])
        self.measures.setMinimumHeight(150)
        layout.addWidget(self.measures)
        form = QFormLayout()
        self.measure_messages = FieldMessages(FieldMessage("measure_general"))
        self.measure_code = lookup_combo(self.ctx, "measure_code", "measure")
        self.measure_start = line("measure_start", translate("CaseEditor", "dd.mm.yyyy."))
        self.measure_place = line("placement_location")
        self.measure_decision = line("decision_number")
        field_row(form, translate("CaseEditor", "Measure:"), self.measure_code, self.measure_messages.add("code", "measure"))
        field_row(form, translate("CaseEditor", "From:"), self.measure_start, self.measure_messages.add("started_on", "ended_on"))
        field_row(form, translate("CaseEditor", "Placement:"), self.measure_place, self.measure_messages.add("placement_location"))
        field_row(form, translate("CaseEditor", "Decision no.:"), self.measure_decision, self.measure_messages.add("decision_number"))
        layout.addLayout(form)
        layout.addWidget(self.measure_messages.general)
        self.add_measure_button = QPushButton(translate("CaseEditor", "Add measure"))
        self.add_measure_button.setObjectName("add_measure")
        self.add_measure_button.clicked.connect(self._add_measure)
        layout.addWidget(self.add_measure_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        return page

    def _build_notes(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        notes = QGroupBox(translate("CaseEditor", "Notes"))
        column = QVBoxLayout(notes)
        self.notes = tree("notes", [translate("CaseEditor", "Date"), translate("CaseEditor", "Kind"), translate("CaseEditor", "Author"), translate("CaseEditor", "Text")])
        self.notes.setMinimumHeight(140)
        column.addWidget(self.notes)
        form = QFormLayout()
        self.note_messages = FieldMessages(FieldMessage("note_general"))
        self.note_kind = lookup_combo(self.ctx, "note_kind", "note_kind")
        self.note_text = text_box("note_text", 60)
        field_row(form, translate("CaseEditor", "Kind:"), self.note_kind, self.note_messages.add("kind"))
        field_row(form, translate("CaseEditor", "Text:"), self.note_text, self.note_messages.add("text", "occurred_at"))
        column.addLayout(form)
        column.addWidget(self.note_messages.general)
        self.add_note_button = QPushButton(translate("CaseEditor", "Add note"))
        self.add_note_button.setObjectName("add_note")
        self.add_note_button.clicked.connect(self._add_note)
        column.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(notes)
        conferences = QGroupBox(translate("CaseEditor", "Case conferences"))
        column = QVBoxLayout(conferences)
        self.conferences = tree("conferences", [translate("CaseEditor", "Held"), translate("CaseEditor", "Place"), translate("CaseEditor", "Participants"), translate("CaseEditor", "Minutes")])
        self.conferences.setMinimumHeight(110)
        column.addWidget(self.conferences)
        form = QFormLayout()
        self.conference_messages = FieldMessages(FieldMessage("conference_general"))
        self.conference_date = line("conference_date", translate("CaseEditor", "dd.mm.yyyy."))
        self.conference_place = line("conference_place")
        self.conference_participants = line("conference_participants")
        self.conference_minutes = text_box("conference_minutes", 60)
        field_row(form, translate("CaseEditor", "Held on:"), self.conference_date, self.conference_messages.add("held_at"))
        field_row(form, translate("CaseEditor", "Place:"), self.conference_place, self.conference_messages.add("place"))
        field_row(form, translate("CaseEditor", "Participants:"), self.conference_participants,
                  self.conference_messages.add("participants"))
        field_row(form, translate("CaseEditor", "Minutes:"), self.conference_minutes, self.conference_messages.add("text"))
        column.addLayout(form)
        column.addWidget(self.conference_messages.general)
        self.add_conference_button = QPushButton(translate("CaseEditor", "Add conference"))
        self.add_conference_button.setObjectName("add_conference")
        self.add_conference_button.clicked.connect(self._add_conference)
        column.addWidget(self.add_conference_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(conferences)
        return page

    def _build_consents(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.consents = tree("consents", [translate("CaseEditor", "Given by"), translate("CaseEditor", "Sectors"), translate("CaseEditor", "Purpose"), translate("CaseEditor", "Given"),
                                          translate("CaseEditor", "Withdrawn")])
        self.consents.setMinimumHeight(140)
        layout.addWidget(self.consents)
        self.withdraw_button = QPushButton(translate("CaseEditor", "Withdraw the selected consent"))
        self.withdraw_button.setObjectName("withdraw_consent")
        self.withdraw_button.clicked.connect(self._withdraw_consent)
        layout.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignRight)
        group = QGroupBox(translate("CaseEditor", "Record a consent"))
        form = QFormLayout(group)
        self.consent_messages = FieldMessages(FieldMessage("consent_general"))
        self.consent_by = line("consent_given_by")
        sectors = QWidget()
        grid = QGridLayout(sectors)
        grid.setContentsMargins(0, 0, 0, 0)
        self.consent_sectors: dict[str, QCheckBox] = {}
        for number, (code, label) in enumerate(self.ctx.reference.options("sector")):
            box = QCheckBox(label)
            box.setObjectName(f"consent_{code}")
            self.consent_sectors[code] = box
            grid.addWidget(box, number // 3, number % 3)
        self.consent_purpose = text_box("consent_purpose", 50)
        field_row(form, translate("CaseEditor", "Given by:"), self.consent_by, self.consent_messages.add("full_name"))
        field_row(form, translate("CaseEditor", "Sharing with:"), sectors, self.consent_messages.add("sector"))
        field_row(form, translate("CaseEditor", "Purpose:"), self.consent_purpose, self.consent_messages.add("text", "reported_at"))
        form.addRow(self.consent_messages.general)
        self.add_consent_button = QPushButton(translate("CaseEditor", "Record the consent"))
        self.add_consent_button.setObjectName("add_consent")
        self.add_consent_button.clicked.connect(self._add_consent)
        form.addRow("", self.add_consent_button)
        layout.addWidget(group)
        layout.addStretch(1)
        return page

    def _build_closure(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.closure_state = QLabel()
        self.closure_state.setObjectName("closure_state")
        self.closure_state.setWordWrap(True)
        self.closure_state.setProperty("registry_data", True)
        layout.addWidget(self.closure_state)
        group = QGroupBox(translate("CaseEditor", "Closing the case"))
        form = QFormLayout(group)
        self.closure_messages = FieldMessages(FieldMessage("closure_general"))
        self.closure_reason = lookup_combo(self.ctx, "closure_reason", "closure_reason", empty=True)
        self.closure_note = text_box("closure_note", 60)
        self.open_steps_reason = text_box("open_steps_reason", 50)
        field_row(form, translate("CaseEditor", "Reason for closing:"), self.closure_reason, self.closure_messages.add("closure_reason"))
        field_row(form, translate("CaseEditor", "Note:"), self.closure_note, self.closure_messages.add("text"))
        field_row(form, translate("CaseEditor", "Why protocol steps stay open:"), self.open_steps_reason,
                  self.closure_messages.add("reason"))
        form.addRow(self.closure_messages.general)
        buttons = QHBoxLayout()
        self.request_closure_button = QPushButton(translate("CaseEditor", "Ask the supervisor to close"))
        self.request_closure_button.setObjectName("request_closure")
        self.request_closure_button.clicked.connect(self._request_closure)
        self.close_case_button = QPushButton(translate("CaseEditor", "Close the case"))
        self.close_case_button.setObjectName("close_case")
        self.close_case_button.setVisible(self.ctx.user.role == "supervisor")
        self.close_case_button.clicked.connect(self._close_case)
        buttons.addStretch(1)
        buttons.addWidget(self.request_closure_button)
        buttons.addWidget(self.close_case_button)
        form.addRow(buttons)
        layout.addWidget(group)
        reopen = QGroupBox(translate("CaseEditor", "Reopening"))
        form = QFormLayout(reopen)
        self.reopen_messages = FieldMessages(FieldMessage("reopen_general"))
        self.reopen_reason = text_box("reopen_reason", 50)
        field_row(form, translate("CaseEditor", "Why it is reopened:"), self.reopen_reason, self.reopen_messages.add("reason"))
        self.reopen_button = QPushButton(translate("CaseEditor", "Reopen the case"))
        self.reopen_button.setObjectName("reopen_case")
        self.reopen_button.clicked.connect(self._reopen)
        form.addRow(self.reopen_messages.general)
        form.addRow("", self.reopen_button)
        layout.addWidget(reopen)
        layout.addStretch(1)
        return page

    # ---- the form ------------------------------------------------------------------------------------------
    def _form_widgets(self) -> list[QWidget]:
        return [self.given_name, self.family_name, self.jmbg, self.birth_date, self.sex, self.address,
                self.municipality, self.phone, self.citizenship, self.school, self.school_grade, self.has_disability,
                self.disability_note, self.child_notes, self.referral_source, self.urgency, self.risk_level,
                *self.violence_forms.values(), self.reporter_anonymous, self.reporter_name, self.reporter_contact,
                self.reporter_relation, self.report_summary, self.lead_worker, self.supervisor, self.assessment,
                self.plan]

    def form_values(self) -> dict[str, object]:
        """Every field of the form by the name the services use (the child's fields are ``PERSON_FIELDS``)."""
        return {
            "given_name": self.given_name.text(), "family_name": self.family_name.text(), "jmbg": self.jmbg.text(),
            "birth_date": self.birth_date.text(), "sex": self.sex.currentData(), "address": self.address.text(),
            "municipality": self.municipality.text(), "phone": self.phone.text(),
            "citizenship": self.citizenship.text(), "school": self.school.text(),
            "school_grade": self.school_grade.text(), "has_disability": self.has_disability.isChecked(),
            "disability_note": self.disability_note.toPlainText(), "notes": self.child_notes.toPlainText(),
            "referral_source": self.referral_source.currentData(), "urgency": self.urgency.currentData(),
            "risk_level": self.risk_level.currentData(),
            "violence_forms": sorted(code for code, box in self.violence_forms.items() if box.isChecked()),
            "reporter_anonymous": self.reporter_anonymous.isChecked(), "reporter_name": self.reporter_name.text(),
            "reporter_contact": self.reporter_contact.text(), "reporter_relation": self.reporter_relation.text(),
            "report_summary": self.report_summary.toPlainText(), "lead_worker_id": self.lead_worker.currentData(),
            "supervisor_id": self.supervisor.currentData(), "assessment": self.assessment.toPlainText(),
            "plan": self.plan.toPlainText(),
        }

    @property
    def dirty(self) -> bool:
        return self.view is not None and self.form_values() != self._loaded

    def _changed(self, *_args: Any) -> None:
        if self._filling:
            return
        self.dirty_label.setVisible(self.dirty)

    def _fill_form(self, view: CaseView) -> None:
        self._filling = True
        try:
            child, case = view.child, view
            for name in ("given_name", "family_name", "jmbg", "address", "municipality", "phone", "citizenship",
                         "school", "school_grade"):
                getattr(self, name).setText(str(getattr(child, name) or ""))
            self.birth_date.setText(format_date(child.birth_date))
            select_data(self.sex, child.sex)
            self.has_disability.setChecked(child.has_disability)
            self.disability_note.setPlainText(child.disability_note)
            self.child_notes.setPlainText(child.notes)
            for name in ("referral_source", "urgency", "risk_level"):
                select_data(getattr(self, name), getattr(case, name))
            for code, box in self.violence_forms.items():
                box.setChecked(code in case.violence_forms)
            self.reporter_anonymous.setChecked(case.reporter_anonymous)
            for name in ("reporter_name", "reporter_contact", "reporter_relation"):
                getattr(self, name).setText(getattr(case, name))
            for name in ("report_summary", "assessment", "plan"):
                getattr(self, name).setPlainText(getattr(case, name))
            for combo, value in ((self.lead_worker, case.lead_worker_id), (self.supervisor, case.supervisor_id)):
                if value is not None and combo.findData(value) < 0:
                    combo.addItem(self.ctx.staff_name(value) or str(value), value)  # a former colleague
                select_data(combo, value)
        finally:
            self._filling = False
        self._loaded = self.form_values()
        self.dirty_label.setVisible(False)

    def case_changes(self) -> cases.CaseChanges:
        """What the user changed since the form was filled, and only that: a field left alone is not sent, so a
        save can never overwrite it (nor what someone added to the record in a field this form does not show)."""
        changed = {name: value for name, value in self.form_values().items() if self._loaded.get(name) != value}
        child = {name: changed.pop(name) for name in PERSON_FIELDS if name in changed}
        if "birth_date" in child:
            child["birth_date"] = child["birth_date"] or None
        return cases.CaseChanges(child=PersonChanges(**child), **changed)  # type: ignore[arg-type]

    # ---- opening -------------------------------------------------------------------------------------------
    def open_case(self, case_id: int) -> None:
        """Show ``case_id`` (asks first when another case has unsaved changes)."""
        if self.case_id == case_id and self.view is not None:
            return
        if self.case_id != case_id and not self.can_leave(then=lambda: self.open_case(case_id)):
            return
        self._load(case_id, audit=True)

    def _load(self, case_id: int, *, audit: bool, reason: str | None = None) -> None:
        user_id = self.ctx.user.id
        self.loading = True

        def load(session: Session) -> EditorData:
            if reason is not None:
                break_glass(session, user_id, case_id, reason)
            return load_editor_data(session, case_id, actor_id=user_id, audit=audit)

        self.ctx.ops.write(load, owner=self, success=lambda data: self._show(data, keep_form=False),
                           failure=lambda error: self._load_failed(case_id, error))

    def refresh(self) -> None:
        """Read the case again after a change made here; the form keeps what the user typed if unsaved."""
        if self.case_id is None:
            return
        user_id, case_id = self.ctx.user.id, self.case_id
        keep = self.dirty
        self.loading = True
        self.ctx.ops.read(lambda session: load_editor_data(session, case_id, actor_id=user_id, audit=False),
                          owner=self, success=lambda data: self._show(data, keep_form=keep),
                          failure=lambda error: self._load_failed(case_id, error))

    def _load_failed(self, case_id: int, error: BaseException) -> None:
        self.loading = False
        if isinstance(error, BreakGlassRequired):
            reason = self.ask_break_glass(self, str(error.params.get("case", case_id)))
            if reason:
                self._load(case_id, audit=True, reason=reason)
            return
        if isinstance(error, ValidationError) and self.case_id != case_id:
            self._say(error.message(self.ctx.language), error=True)  # a break-glass reason that was too short
            return
        if isinstance(error, AccessDenied | RegistryError):
            self._say(error.message(self.ctx.language), error=True)
            return
        self._report(error)

    def _show(self, data: EditorData, *, keep_form: bool) -> None:
        self.loading = False
        view = data.file.case
        new_case = view.id != self.case_id
        self.file, self.view, self.case_id, self.institutions = data.file, view, view.id, data.institutions
        self.stack.setCurrentIndex(1)
        if new_case or not keep_form:
            self.messages.clear()
            self.stale = False
            self._fill_form(view)
        self.title.setText(f"{view.number} — {view.child.full_name}")
        status = self.ctx.reference.label("case_status", view.status)
        self.status_label.setText(f"({status})")
        self.restricted.setChecked(view.restricted)
        self.received_label.setText(format_datetime(view.report_received_at))
        self._fill_lists(data.file)
        writes = self.ctx.user.writes_cases
        closed = view.status == "closed"
        self.next_status.clear()
        for code in view.next_statuses:
            self.next_status.addItem(self.ctx.reference.label("case_status", code), code)
        self.move_button.setEnabled(writes and self.next_status.count() > 0)
        self.next_status.setEnabled(self.next_status.count() > 0)
        if view.plan_approved_at is not None:
            self.plan_state.setText(translate("CaseEditor", "Approved by %1 on %2").replace(
                "%1", self.ctx.staff_name(view.plan_approved_by_id)).replace("%2", format_date(view.plan_approved_at)))
        else:
            self.plan_state.setText(translate("CaseEditor", "Not approved yet"))
        self.approve_button.setEnabled(view.status in ("planning", "review") and bool(view.plan))
        if closed:
            reason = self.ctx.reference.label("closure_reason", view.closure_reason)
            self.closure_state.setText(translate("CaseEditor", "Closed on %1 (%2).").replace("%1", format_date(view.closed_at))
                                       .replace("%2", reason))
        elif view.closure_pending:
            reason = self.ctx.reference.label("closure_reason", view.closure_reason)
            self.closure_state.setText(translate("CaseEditor", "Closure requested (%1); waiting for the supervisor.").replace("%1", reason))
            select_data(self.closure_reason, view.closure_reason)
        else:
            self.closure_state.setText(translate("CaseEditor", "The case is open."))
        for widget in (self.request_closure_button, self.close_case_button):
            widget.setEnabled(writes and not closed)
        self.reopen_button.setEnabled(writes and closed)

    def _fill_lists(self, file: CaseFile) -> None:
        label = self.ctx.reference.label
        case = file.case
        yes = translate("CaseEditor", "yes")
        fill_tree(self.household, [([member.person.full_name, label("household_role", member.role),
                                     yes if member.alleged_perpetrator else "",
                                     yes if member.legal_representative else ""], None)
                                   for member in case.household])
        fill_tree(self.incidents, [([format_date(row.occurred_at), row.place,
                                     ", ".join(label("violence_form", f) for f in row.violence_forms),
                                     row.description], None) for row in sorted(case.incidents, key=lambda row: row.id)])
        now = dt.datetime.now(dt.UTC)
        language = self.ctx.language
        rows = file.referrals

        def overdue(number: int) -> bool:
            row = rows[number]
            return row.status == "sent" and row.response_due_at is not None and row.response_due_at < now

        fill_tree(self.referrals, [([label("referral_direction", row.direction),
                                     institution_label(row.institution.name, language,
                                                       {row.institution.name: row.institution.name_cyrl})
                                     if row.institution else "",
                                     format_date(row.sent_at), row.registry_number, format_date(row.response_due_at),
                                     format_date(row.response_received_at), self.referral_state(row.status)], row.id)
                                   for row in rows], red=overdue)
        self.referral_institution.clear()
        for institution in self.institutions:
            self.referral_institution.addItem(
                f"{institution_name(institution.name, institution.name_cyrl, language)} "
                f"({label('sector', institution.sector)})", institution.id)
        self.checklist_model.set_rows(file.checklist, now)
        for column, widest in ((ChecklistModel.NUMBER, 60), (ChecklistModel.LEAD, 150), (ChecklistModel.DUE, 160),
                               (ChecklistModel.DONE, 160), (ChecklistModel.STATE, 190)):
            self.checklist.resizeColumnToContents(column)  # the step's title takes the rest
            self.checklist.setColumnWidth(column, min(self.checklist.columnWidth(column), widest))
        fill_tree(self.measures, [([label("measure", row.code), format_date(row.started_on), format_date(row.ended_on),
                                    row.placement_location, row.decision_number], None)
                                  for row in sorted(case.measures, key=lambda row: row.id)])
        latest = sorted(case.notes, key=lambda note: (note.occurred_at, note.id), reverse=True)[:200]
        fill_tree(self.notes, [([format_datetime(row.occurred_at), label("note_kind", row.kind),
                                 self.ctx.staff_name(row.author_id), row.text], None) for row in latest])
        fill_tree(self.conferences, [([format_date(row.held_at), row.place, row.participants, row.minutes], None)
                                     for row in sorted(case.conferences, key=lambda row: row.held_at)])
        fill_tree(self.consents, [([row.given_by_name, ", ".join(label("sector", s) for s in row.sectors), row.purpose,
                                    format_date(row.given_at), format_date(row.withdrawn_at)], row.id)
                                  for row in sorted(case.consents, key=lambda row: row.id)])

    @staticmethod
    def referral_state(status: str) -> str:
        return {"draft": translate("CaseEditor", "Draft, not sent"), "sent": translate("CaseEditor", "Waiting for a response"),
                "answered": translate("CaseEditor", "Answered"), "cancelled": translate("CaseEditor", "Cancelled")}.get(status, status)

    # ---- saving --------------------------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the form; ``then`` is called once the save succeeded (never after a refused one)."""
        self._after_save = None
        if self.view is None or not self.ctx.user.writes_cases:
            return
        self._after_save = then
        data, version, case_id, user_id = self.case_changes(), self.view.version, self.view.id, self.ctx.user.id
        self.messages.clear()
        self.save_button.setEnabled(False)
        self.ctx.ops.write(
            lambda session: cases.update_case(session, case_id, data, expected_version=version, actor_id=user_id),
            owner=self, success=self._saved, failure=self._save_failed)

    def _saved(self, warnings: list[Problem]) -> None:
        self.save_button.setEnabled(True)
        self._loaded = self.form_values()
        self.dirty_label.setVisible(False)
        self._say(translate("CaseEditor", "Saved."))
        for problem in warnings:
            target = self.messages.by_field.get(problem.field)
            if target is not None:
                target.show_warning(problem.message(self.ctx.language))
        if self.case_id is not None:
            self.ctx.events.case_changed.emit(self.case_id)
        self.refresh()
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._after_save = None  # the user stays here to see why
        if isinstance(error, ValidationError):
            fields = self.messages.show(error.problems, self.ctx.language)
            self._say(translate("CaseEditor", "The case was not saved: please correct the marked fields."), error=True)
            if fields:
                self._focus_field(fields[0])
        elif isinstance(error, StaleRecord):
            self.stale = True
            self._say(translate("CaseEditor", "Someone else saved this case after you opened it, so your changes were not saved. "
                          "Your input is still in the form: note what you changed, press Reload to see their "
                          "version, then enter your changes again."), error=True)
        else:
            self._report(error)

    def _focus_field(self, name: str) -> None:
        message = self.messages.by_field[name]
        for index in range(self.tabs.count()):
            area = self.tabs.widget(index)
            if area.isAncestorOf(message):
                self.tabs.setCurrentIndex(index)
                break
        field = getattr(self, "child_notes" if name == "notes" else name, None)  # self.notes lists case notes
        if isinstance(field, QWidget):
            field.setFocus()

    def _reload_clicked(self) -> None:
        if self.case_id is None:
            return
        if self.dirty and self.ask_unsaved(self) != "discard":
            return
        self._loaded = self.form_values()  # the form is replaced by what is saved
        self.refresh_all()

    def refresh_all(self) -> None:
        """Read everything again, the form too (after Reload or someone else's change)."""
        if self.case_id is None:
            return
        user_id, case_id = self.ctx.user.id, self.case_id
        self.ctx.ops.read(lambda session: load_editor_data(session, case_id, actor_id=user_id, audit=False),
                          owner=self, success=lambda data: self._show(data, keep_form=False),
                          failure=lambda error: self._load_failed(case_id, error))

    def _elsewhere_changed(self, case_id: int) -> None:
        if case_id == self.case_id and not self.dirty and not self.loading:
            self.refresh()

    # ---- the page protocol ---------------------------------------------------------------------------------
    def can_leave(self, then: Callable[[], None] | None = None) -> bool:
        """True when the user may go now.  On Save it is False for now: the save runs, and ``then`` (the caller's
        way to go on: switch the page, open the other case, sign out ...) is called once it succeeded; a refused
        save keeps the user here with the messages next to the fields."""
        if not self.dirty:
            return True
        answer = self.ask_unsaved(self)
        if answer == "discard":
            assert self.view is not None
            self._fill_form(self.view)
            return True
        if answer == "save":
            self.save(then=then)
        return False

    # ---- messages ------------------------------------------------------------------------------------------
    def _say(self, text: str, *, error: bool = False) -> None:
        self.banner.setStyleSheet("color: #b00020; font-weight: bold;" if error else "color: #1b5e20;")
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _report(self, error: BaseException) -> None:
        if isinstance(error, RegistryError):
            self._say(error.message(self.ctx.language), error=True)
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")
        else:
            self._say(str(error), error=True)

    # ---- actions on the case's records --------------------------------------------------------------------
    def _act(self, job: Callable[[Session, int, int], object], messages: FieldMessages | None, done: str, *,
             needs_saved: bool = False, cleared: tuple[QWidget, ...] = (),
             failed: Callable[[BaseException], bool] | None = None) -> None:
        if self.case_id is None:
            return
        if needs_saved and self.dirty:
            self._say(translate("CaseEditor", "Save or reload your changes to the case first."), error=True)
            return
        case_id, user_id = self.case_id, self.ctx.user.id
        if messages is not None:
            messages.clear()

        def succeeded(_result: object) -> None:
            self._say(done)
            for widget in cleared:
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.clear()
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(False)
            self.ctx.events.case_changed.emit(case_id)
            self.refresh()

        def failure(error: BaseException) -> None:
            if failed is not None and failed(error):
                return
            if isinstance(error, ValidationError) and messages is not None:
                messages.show(error.problems, self.ctx.language)
                self._say(translate("CaseEditor", "Not saved: please correct the marked fields."), error=True)
            else:
                self._report(error)

        self.ctx.ops.write(lambda session: job(session, case_id, user_id), owner=self, success=succeeded,
                           failure=failure)

    def _date_or_message(self, widget: QLineEdit, message: FieldMessage) -> tuple[bool, dt.datetime | None]:
        try:
            return True, parsed_moment(widget.text())
        except ValueError:
            message.show_error(translate("CaseEditor", "Enter a date as dd.mm.yyyy."))
            return False, None

    def _add_member(self) -> None:
        person = PersonInput(self.member_given.text(), self.member_family.text())
        role = self.member_role.currentData()
        perpetrator, representative = self.member_perpetrator.isChecked(), self.member_representative.isChecked()
        self._act(lambda session, case_id, user_id: case_records.add_household_member(
            session, case_id, person, role=role, actor_id=user_id, alleged_perpetrator=perpetrator,
            legal_representative=representative), self.member_messages, translate("CaseEditor", "Added to the household."),
            cleared=(self.member_given, self.member_family, self.member_perpetrator, self.member_representative))

    def _add_incident(self) -> None:
        self.incident_messages.clear()
        ok, when = self._date_or_message(self.incident_date, self.incident_messages.by_field["occurred_at"])
        if not ok:
            return
        data = case_records.IncidentInput(occurred_at=when, description=self.incident_description.toPlainText(),
                                          place=self.incident_place.text())
        self._act(lambda session, case_id, user_id: case_records.add_incident(session, case_id, data,
                                                                              actor_id=user_id),
                  self.incident_messages, translate("CaseEditor", "Incident added."),
                  cleared=(self.incident_date, self.incident_place, self.incident_description))

    def _approve_plan(self) -> None:
        self._act(lambda session, case_id, user_id: cases.approve_plan(session, case_id, actor_id=user_id),
                  None, translate("CaseEditor", "The plan is approved."), needs_saved=True)

    def _move_status(self) -> None:
        target = self.next_status.currentData()
        if not target or self.view is None:
            return
        version = self.view.version
        self._act(lambda session, case_id, user_id: cases.change_status(
            session, case_id, target, actor_id=user_id, expected_version=version), None,
            translate("CaseEditor", "The case moved on."), needs_saved=True)

    def _restricted_clicked(self, checked: bool) -> None:
        if self.dirty:
            self.restricted.setChecked(not checked)
            self._say(translate("CaseEditor", "Save or reload your changes to the case first."), error=True)
            return
        self._act(lambda session, case_id, user_id: cases.set_restricted(session, case_id, checked,
                                                                         actor_id=user_id),
                  None, translate("CaseEditor", "The case is now restricted.") if checked else translate("CaseEditor", "The case is no longer restricted."))

    def _selected_referral(self) -> int | None:
        item = self.referrals.currentItem()
        if item is None:
            self._say(translate("CaseEditor", "Select a referral in the list first."), error=True)
            return None
        return int(item.data(0, ITEM_ID_ROLE))

    def _log_referral(self, override: str = "") -> None:
        direction = self.referral_direction.currentData()
        data = referrals.ReferralInput(
            case_id=self.case_id or 0, direction=str(direction or ""),
            institution_id=self.referral_institution.currentData(), channel=str(self.referral_channel.currentData()),
            reason=self.referral_reason.toPlainText(), requested_action=self.referral_request.toPlainText(),
            urgency=str(self.referral_urgency.currentData()),
            sent_at=dt.datetime.now(dt.UTC) if direction == "incoming" else None,
            consent_override_reason=override)

        def consent_missing(error: BaseException) -> bool:
            if not isinstance(error, referrals.ConsentMissing):
                return False
            reason = self.ask_text(self, translate("CaseEditor", "No consent covers this referral"),
                                   error.message(self.ctx.language) + "\n\n"
                                   + translate("CaseEditor", "To send it anyway, give the reason; it is recorded."))
            if reason:
                self._log_referral(reason)
            else:
                self._say(error.message(self.ctx.language), error=True)
            return True

        self._act(lambda session, _case_id, user_id: referrals.log_referral(session, data, actor_id=user_id),
                  self.referral_messages, translate("CaseEditor", "Referral logged."),
                  cleared=(self.referral_reason, self.referral_request), failed=consent_missing)

    def _send_referral(self) -> None:
        referral_id = self._selected_referral()
        if referral_id is not None:
            self._act(lambda session, _case_id, user_id: referrals.send_referral(session, referral_id,
                                                                                 actor_id=user_id),
                      None, translate("CaseEditor", "The referral is marked as sent."))

    def _record_response(self) -> None:
        referral_id = self._selected_referral()
        if referral_id is None:
            return
        summary = self.response_summary.toPlainText()
        self._act(lambda session, _case_id, user_id: referrals.record_response(
            session, referral_id, summary=summary, actor_id=user_id), self.response_messages,
            translate("CaseEditor", "The response is recorded."), cleared=(self.response_summary,))

    def _selected_step(self) -> tuple[int, int] | None:
        index = self.checklist.currentIndex()
        if not index.isValid():
            self._say(translate("CaseEditor", "Select a protocol step first."), error=True)
            return None
        row = self.checklist_model.row(index.row())
        return row.id, row.version

    def _step_done(self) -> None:
        selected = self._selected_step()
        if selected is None:
            return
        (item_id, version), note = selected, self.step_note.text()
        self._act(lambda session, _case_id, user_id: protocols.complete_step(
            session, item_id, actor_id=user_id, note=note, expected_version=version), self.step_messages,
            translate("CaseEditor", "The step is done."), cleared=(self.step_note,))

    def _step_not_applicable(self) -> None:
        selected = self._selected_step()
        if selected is None:
            return
        (item_id, version), reason = selected, self.step_reason.text()
        self._act(lambda session, _case_id, user_id: protocols.mark_not_applicable(
            session, item_id, actor_id=user_id, reason=reason, expected_version=version), self.step_messages,
            translate("CaseEditor", "The step is marked not applicable."), cleared=(self.step_reason,))

    def _add_measure(self) -> None:
        self.measure_messages.clear()
        ok, start = self._date_or_message(self.measure_start, self.measure_messages.by_field["started_on"])
        if not ok:
            return
        code, place, number = self.measure_code.currentData(), self.measure_place.text(), self.measure_decision.text()
        self._act(lambda session, case_id, user_id: case_records.add_measure(
            session, case_id, code=code, started_on=start.date() if start else None, actor_id=user_id,
            placement_location=place, decision_number=number), self.measure_messages, translate("CaseEditor", "Measure added."),
            cleared=(self.measure_start, self.measure_place, self.measure_decision))

    def _add_note(self) -> None:
        kind, text = self.note_kind.currentData(), self.note_text.toPlainText()
        self._act(lambda session, case_id, user_id: case_records.add_note(
            session, case_id, text=text, actor_id=user_id, kind=kind), self.note_messages, translate("CaseEditor", "Note added."),
            cleared=(self.note_text,))

    def _add_conference(self) -> None:
        self.conference_messages.clear()
        ok, held = self._date_or_message(self.conference_date, self.conference_messages.by_field["held_at"])
        if not ok:
            return
        if held is None:
            self.conference_messages.by_field["held_at"].show_error(translate("CaseEditor", "Enter a date as dd.mm.yyyy."))
            return
        place, who, minutes = (self.conference_place.text(), self.conference_participants.text(),
                               self.conference_minutes.toPlainText())
        self._act(lambda session, case_id, user_id: case_records.add_conference(
            session, case_id, held_at=held, participants=who, minutes=minutes, place=place, actor_id=user_id),
            self.conference_messages, translate("CaseEditor", "Conference added."),
            cleared=(self.conference_date, self.conference_place, self.conference_participants,
                     self.conference_minutes))

    def _add_consent(self) -> None:
        name, purpose = self.consent_by.text(), self.consent_purpose.toPlainText()
        sectors = [code for code, box in self.consent_sectors.items() if box.isChecked()]
        self._act(lambda session, case_id, user_id: case_records.record_consent(
            session, case_id, given_by_name=name, sectors=sectors, purpose=purpose, actor_id=user_id),
            self.consent_messages, translate("CaseEditor", "Consent recorded."),
            cleared=(self.consent_by, self.consent_purpose, *self.consent_sectors.values()))

    def _withdraw_consent(self) -> None:
        item = self.consents.currentItem()
        if item is None:
            self._say(translate("CaseEditor", "Select a consent in the list first."), error=True)
            return
        consent_id = int(item.data(0, ITEM_ID_ROLE))
        self._act(lambda session, _case_id, user_id: case_records.withdraw_consent(session, consent_id,
                                                                                   actor_id=user_id),
                  None, translate("CaseEditor", "The consent is withdrawn."))

    def _closure_values(self) -> tuple[str | None, str, str]:
        return (self.closure_reason.currentData(), self.closure_note.toPlainText(),
                self.open_steps_reason.toPlainText())

    def _request_closure(self) -> None:
        reason, note, open_steps = self._closure_values()
        self._act(lambda session, case_id, user_id: cases.request_closure(
            session, case_id, reason_code=reason, note=note, open_steps_reason=open_steps, actor_id=user_id),
            self.closure_messages, translate("CaseEditor", "Closure requested; the supervisor decides."), needs_saved=True)

    def _close_case(self) -> None:
        reason, note, open_steps = self._closure_values()
        self._act(lambda session, case_id, user_id: cases.close_case(
            session, case_id, reason_code=reason, note=note, open_steps_reason=open_steps, actor_id=user_id),
            self.closure_messages, translate("CaseEditor", "The case is closed."), needs_saved=True)

    def _reopen(self) -> None:
        reason = self.reopen_reason.toPlainText()
        self._act(lambda session, case_id, user_id: cases.reopen_case(session, case_id, reason=reason,
                                                                      actor_id=user_id),
                  self.reopen_messages, translate("CaseEditor", "The case is reopened."), needs_saved=True, cleared=(self.reopen_reason,))

    # ---- printing ------------------------------------------------------------------------------------------
    def print_document(self, document: str) -> QWidget | None:
        if self.view is None:
            return None
        from registry.ui.print_preview import PrintPreview, document_builder, document_recorder

        titles = {"summary": translate("CaseEditor", "Case summary"), "checklist": translate("CaseEditor", "Protocol checklist"),
                  "timeline": translate("CaseEditor", "Case timeline")}
        user_id = self.ctx.user.id
        preview = PrintPreview(self.ctx, f"{titles[document]} {self.view.number}",
                               document_builder(document, self.view.id, user_id),
                               document_recorder(document, actor_id=user_id, case_ids=[self.view.id]),
                               file_name=f"{self.view.number}-{document}.pdf", parent=self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        self.last_preview = preview
        return preview

    def _print_letter(self) -> None:
        referral_id = self._selected_referral()
        if referral_id is None or self.view is None:
            return
        from registry.ui.print_preview import PrintPreview, document_builder, document_recorder

        user_id = self.ctx.user.id
        preview = PrintPreview(self.ctx, translate("CaseEditor", "Referral letter"), document_builder("referral", referral_id, user_id),
                               document_recorder("referral", actor_id=user_id, case_ids=[self.view.id],
                                                 referral_id=referral_id),
                               file_name=f"{self.view.number}-referral-{referral_id}.pdf", parent=self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        self.last_preview = preview


# ---- the main window -----------------------------------------------------------------------------------------
def _connect(window: MainWindow) -> None:
    def open_case(case_id: int) -> None:
        page = window.page(PAGE_KEY)
        if not isinstance(page, CaseEditorPage):
            return
        if window.current_page_key() != PAGE_KEY:
            window.show_page(PAGE_KEY)
            if window.current_page_key() != PAGE_KEY:
                return  # the page the user was on did not let them go
        page.open_case(case_id)

    window.open_case.connect(open_case)


def editor_step(window: MainWindow) -> QWidget | None:
    from registry.ui.screenshots import wait_until

    editor = _open_first_case(window)
    if editor is None:
        return None
    editor.tabs.setCurrentIndex(0)
    wait_until(lambda: not window.ctx.ops.busy)
    return window


def checklist_step(window: MainWindow) -> QWidget | None:
    from registry.ui.screenshots import wait_until

    editor = window.page(PAGE_KEY)
    if not isinstance(editor, CaseEditorPage) or editor.view is None:
        return None
    editor.tabs.setCurrentIndex(4)
    wait_until(lambda: not window.ctx.ops.busy)
    return window


def preview_step(window: MainWindow) -> QWidget | None:
    from registry.ui.screenshots import wait_until

    editor = window.page(PAGE_KEY)
    if not isinstance(editor, CaseEditorPage) or editor.view is None:
        return None
    preview = editor.print_document("summary")
    if preview is None:
        return None
    wait_until(lambda: getattr(preview, "pages", 0) > 0, 30)
    preview.resize(900, 1000)
    preview.show()
    moment = time.monotonic()
    wait_until(lambda: time.monotonic() - moment > 1.5)  # let the preview paint before the screenshot
    return preview


def _open_first_case(window: MainWindow) -> CaseEditorPage | None:
    """Open a case worth showing: the newest open one the user may see with referrals, notes and a checklist
    (one query, then one opening: every job costs time on a screenshot run)."""
    from registry.services.case_list import case_worth_showing
    from registry.ui.screenshots import wait_job, wait_until

    editor = window.page(PAGE_KEY)
    if not isinstance(editor, CaseEditorPage):
        return None
    user_id = window.ctx.user.id
    case_id = wait_job(window.ctx.ops.read(lambda session: case_worth_showing(session, user_id)))
    if case_id is None:
        return None
    editor.ask_break_glass = lambda _parent, _number: None  # type: ignore[method-assign]  # no modal question
    window.open_case.emit(int(case_id))
    wait_until(lambda: not window.ctx.ops.busy and editor.view is not None, 20)
    return editor if editor.view is not None else None


def register(registry: PageRegistry) -> None:
    from registry.services.access import CASE_READERS

    registry.add_page(PAGE_KEY, lambda ctx: CaseEditorPage(ctx), roles=CASE_READERS,
                      title=lambda: translate("CaseEditor", "Case"))
    registry.on_main_window(_connect)
    registry.add_screenshot("case-editor", editor_step, order=50)
    registry.add_screenshot("checklist", checklist_step, order=60)
    registry.add_screenshot("print-preview", preview_step, order=61)


__all__ = ["PAGE_KEY", "CaseEditorPage", "register"]
