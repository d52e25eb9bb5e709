"""The case editor page: opening a case, saving its form, leaving it, and running the sections' actions.

The case's own fields are one form (``CaseForm``) with Save; records that accumulate (a household member, an
incident, a referral, a note ...) are added in their sections one at a time, each saved at once. Every database
call goes through the ops layer.

Nothing is lost silently: leaving the page, closing the window or signing out with unsaved changes asks
(``can_leave``); choosing Save there goes on to where the user was going once the save succeeded, and keeps them
here with the messages next to the fields if it did not. A save that meets someone else's newer save (StaleRecord)
reads their version and asks (``conflict``): keep mine, take theirs, or compare field by field; until the user has
answered, the input stays in the form and Save asks again. The questions are attributes (``ask_unsaved``,
``ask_text``, ``ask_break_glass``) so tests answer them.

While a case is shown the page holds its lease (``lease``): another PC or window showing the same case is told who
is editing it, and reads it without editing until the lease is free.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from registry.services import cases
from registry.services.access import AccessDenied, BreakGlassRequired, break_glass
from registry.services.case_leases import LeaseState
from registry.services.case_view import CaseFile, CaseView, InstitutionView
from registry.services.errors import Problem, RegistryError, StaleRecord, ValidationError
from registry.services.save_conflicts import SaveConflict, Side, record_resolution
from registry.ui.case_editor.checklist import ChecklistSection
from registry.ui.case_editor.child import ChildSection
from registry.ui.case_editor.closure import ClosureSection
from registry.ui.case_editor.conflict import SaveConflictDialog
from registry.ui.case_editor.consents import ConsentsSection
from registry.ui.case_editor.data import EditorData, load_editor_data
from registry.ui.case_editor.form import CaseForm
from registry.ui.case_editor.history import ShowsHistory
from registry.ui.case_editor.lease import EditLease, HoldsLease, lease_notice_label
from registry.ui.case_editor.measures import MeasuresSection
from registry.ui.case_editor.notes import NotesSection
from registry.ui.case_editor.planning import PlanningSection
from registry.ui.case_editor.printing import PrintsCase
from registry.ui.case_editor.referrals import ReferralsSection
from registry.ui.case_editor.report import ReportSection
from registry.ui.case_editor.section import CaseJob, Section
from registry.ui.case_editor.their_save import TheirSave
from registry.ui.case_editor.widgets import Sections, scrolling
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage, FieldMessages

translate = QCoreApplication.translate
PAGE_KEY = "case"


def ask_unsaved_changes(parent: QWidget) -> str:
    """'save', 'discard' or 'cancel'."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("CaseEditor", "Unsaved changes"),
        translate("CaseEditor", "This case has changes that are not saved yet."),
        parent=parent,
    )
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


class CaseEditorPage(QWidget, TheirSave, HoldsLease, ShowsHistory, PrintsCase):
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
        self.case_id: int | None = None
        self.institutions: list[InstitutionView] = []
        #: what the form showed when it was filled: a save sends the fields that differ from it
        self._shown: dict[str, object] = {}
        self._filling = False
        self.stale = False
        self.loading = False
        self.last_preview: QWidget | None = None
        self.last_history: QWidget | None = None
        #: where to go once the running save succeeded (the user chose Save when asked about unsaved changes)
        self._after_save: Callable[[], object] | None = None
        #: a save that met someone else's newer save and waits for the user's answer: (conflict, their values)
        self.pending_conflict: tuple[SaveConflict, dict[str, object]] | None = None
        self.conflict_dialog: SaveConflictDialog | None = None
        self.lease = EditLease(ctx, self)
        self.lease.changed.connect(self._lease_changed)
        self.read_only = False
        self.messages = FieldMessages(FieldMessage("general"))
        self.messages.general.setProperty("registry_data", True)
        self.form = CaseForm(self.messages)
        self.stack = QStackedWidget()
        self.placeholder = QLabel(
            translate("CaseEditor", "No case is open. Open one from a case list (double-click or Enter).")
        )
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
        # the banner's room is kept while it is empty, so a message never pushes the sections down under the
        # mouse (a click meant for one field landing on the next)
        self.banner.setMinimumHeight(2 * self.banner.fontMetrics().lineSpacing())
        self.banner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        policy = self.banner.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.banner.setSizePolicy(policy)
        column.addWidget(self.banner)
        self.lease_notice = lease_notice_label()
        column.addWidget(self.lease_notice)
        column.addWidget(self.messages.general)
        self.child = ChildSection(self)
        self.report = ReportSection(self)
        self.planning = PlanningSection(self)
        self.referrals = ReferralsSection(self)
        self.checklist = ChecklistSection(self)
        self.measures = MeasuresSection(self)
        self.notes = NotesSection(self)
        self.consents = ConsentsSection(self)
        self.closure = ClosureSection(self)
        self.tabs = Sections()
        for section in self.sections():
            self.tabs.addTab(scrolling(section) if section.scrolls else section, section.title)
        column.addWidget(self.tabs, 1)
        # what one section said (Referral logged., a refusal) is not about the next one
        self.tabs.list.currentRowChanged.connect(lambda _row: self.say(""))
        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        writes = ctx.user.writes_cases
        for widget in self.form.widgets():
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

    def sections(self) -> list[Section]:
        """In the order of the section list."""
        return [
            self.child,
            self.report,
            self.planning,
            self.referrals,
            self.checklist,
            self.measures,
            self.notes,
            self.consents,
            self.closure,
        ]

    def action_buttons(self) -> list[QPushButton | QCheckBox]:
        buttons: list[QPushButton | QCheckBox] = [
            button for section in self.sections() for button in section.action_buttons()
        ]
        return [*buttons, self.save_button, self.restricted]

    # ---- the header ----------------------------------------------------------------------------------------
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
        self.restricted.setToolTip(
            translate(
                "CaseEditor",
                "Only the assigned workers and supervisors see a restricted case; anyone "
                "else must give a reason to open it",
            )
        )
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
        self.reload_button.setToolTip(
            translate("CaseEditor", "Read the case again from the database (your unsaved changes are lost)")
        )
        self.reload_button.clicked.connect(self._reload_clicked)
        self.print_button = QPushButton(translate("CaseEditor", "Print"))
        self.print_button.setObjectName("print_menu")
        menu = QMenu(self.print_button)
        menu.setObjectName("print_documents")
        for document, text in (
            ("summary", translate("CaseEditor", "Case summary…")),
            ("checklist", translate("CaseEditor", "Protocol checklist…")),
            ("timeline", translate("CaseEditor", "Case timeline…")),
        ):
            action = menu.addAction(text)
            action.setObjectName(f"print_{document}")
            action.triggered.connect(lambda _checked=False, doc=document: self.print_document(doc))
        self.print_button.setMenu(menu)
        self.print_button.setToolTip(
            translate("CaseEditor", "Print the case summary (Ctrl+P), the checklist or the timeline")
        )
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self).activated.connect(  # Ctrl+P: the summary
            lambda: self.print_document("summary") if self.view is not None else None
        )
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

    # ---- the form ------------------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.view is not None and self.form.values() != self._shown

    def _changed(self, *_args: object) -> None:
        if self._filling:
            return
        self.dirty_label.setVisible(self.dirty)

    def _fill_form(self, view: CaseView) -> None:
        self._filling = True
        try:
            self.form.fill(view)
        finally:
            self._filling = False
        self._shown = self.form.values()
        self.dirty_label.setVisible(False)

    def case_changes(self) -> cases.CaseChanges:
        """What the user changed since the form was filled, and only that."""
        return self.form.changes(self._shown)

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

        lease = self.lease.job(case_id)

        def load(session: Session) -> tuple[EditorData, LeaseState]:
            if reason is not None:
                break_glass(session, user_id, case_id, reason)
            return load_editor_data(session, case_id, actor_id=user_id, audit=audit), lease(session)

        self.ctx.ops.write(
            load, owner=self, success=self._opened, failure=lambda error: self._load_failed(case_id, error)
        )

    def _read_again(self, *, keep_form: bool) -> None:
        if self.case_id is None:
            return
        user_id, case_id = self.ctx.user.id, self.case_id
        self.loading = True
        self.ctx.ops.read(
            lambda session: load_editor_data(session, case_id, actor_id=user_id, audit=False),
            owner=self,
            success=lambda data: self._show(data, keep_form=keep_form),
            failure=lambda error: self._load_failed(case_id, error),
        )

    def refresh(self) -> None:
        """Read the case again after a change made here; the form keeps what the user typed if unsaved."""
        self._read_again(keep_form=self.dirty)

    def refresh_all(self) -> None:
        """Read everything again, the form too (after Reload or someone else's change)."""
        self._read_again(keep_form=False)

    def _load_failed(self, case_id: int, error: BaseException) -> None:
        self.loading = False
        if isinstance(error, BreakGlassRequired):
            reason = self.ask_break_glass(self, str(error.params.get("case", case_id)))
            if reason:
                self._load(case_id, audit=True, reason=reason)
            return
        if isinstance(error, ValidationError) and self.case_id != case_id:
            self.say(error.message(self.ctx.language), error=True)  # a break-glass reason that was too short
            return
        if isinstance(error, AccessDenied | RegistryError):
            self.say(error.message(self.ctx.language), error=True)
            return
        self.report_failure(error)

    def _show(self, data: EditorData, *, keep_form: bool) -> None:
        self.loading = False
        view = data.file.case
        new_case = view.id != self.case_id
        self.file, self.view, self.case_id, self.institutions = data.file, view, view.id, data.institutions
        self.stack.setCurrentIndex(1)
        if new_case or not keep_form:
            self.messages.clear()
            self.stale = False
            self.pending_conflict = None
            self._fill_form(view)
        self.title.setText(f"{view.number} — {view.child.full_name}")
        self.status_label.setText(f"({self.ctx.reference.label('case_status', view.status)})")
        self.restricted.setChecked(view.restricted)
        for section in self.sections():
            section.show_case(data.file)

    # ---- saving --------------------------------------------------------------------------------------------
    def save(
        self,
        then: Callable[[], object] | None = None,
        *,
        resolution: tuple[SaveConflict, dict[str, Side], str] | None = None,
    ) -> None:
        """Save the form; ``then`` is called once the save succeeded (never after a refused one).
        ``resolution``: the user's answer to a clash with someone else's save, audited with the save."""
        self._after_save = None
        if self.view is None or not self.ctx.user.writes_cases:
            return
        if self.pending_conflict is not None and resolution is None:
            self._ask_conflict()  # the user has not said yet whose values stay
            return
        self._after_save = then
        data, version, case_id, user_id = self.case_changes(), self.view.version, self.view.id, self.ctx.user.id
        self.messages.clear()
        self.save_button.setEnabled(False)

        def job(session: Session) -> list[Problem]:
            warnings = cases.update_case(session, case_id, data, expected_version=version, actor_id=user_id)
            if resolution is not None:
                conflict, choices, how = resolution
                record_resolution(session, conflict, choices, resolution=how, actor_id=user_id)
            return warnings

        self.ctx.ops.write(job, owner=self, success=self._saved, failure=self._save_failed)

    def _saved(self, warnings: list[Problem]) -> None:
        self.pending_conflict = None
        self.stale = False
        self._apply_editable()
        self._shown = self.form.values()
        self.dirty_label.setVisible(False)
        self.say(translate("CaseEditor", "Saved."))
        for problem in warnings:
            target = self.messages.by_field.get(problem.field_name)
            if target is not None:
                target.show_warning(problem.message(self.ctx.language))
        if self.case_id is not None:
            self.ctx.events.case_changed.emit(self.case_id)
        self.refresh()
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _save_failed(self, error: BaseException) -> None:
        self._apply_editable()
        self._after_save = None  # the user stays here to see why
        if isinstance(error, ValidationError):
            fields = self.messages.show(error.problems, self.ctx.language)
            if fields:
                self._focus_field(fields[0])  # first: going to the field's section clears the banner
            self.say(translate("CaseEditor", "The case was not saved: please correct the marked fields."), error=True)
        elif isinstance(error, StaleRecord):
            self.stale = True
            self.say(
                translate(
                    "CaseEditor",
                    "Someone else saved this case after you opened it, so your changes were not saved "
                    "yet. Your input is still in the form.",
                ),
                error=True,
            )
            self._meet_their_save()
        else:
            self.report_failure(error)

    def _focus_field(self, name: str) -> None:
        message = self.messages.by_field[name]
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab is not None and tab.isAncestorOf(message):
                self.tabs.setCurrentIndex(index)
                break
        widget = self.form.widget(name)
        if widget is not None:
            widget.setFocus()

    def _reload_clicked(self) -> None:
        if self.case_id is None:
            return
        if self.dirty and self.ask_unsaved(self) != "discard":
            return
        self._shown = self.form.values()  # the form is replaced by what is saved
        self.refresh_all()

    def _elsewhere_changed(self, case_id: int) -> None:
        if case_id == self.case_id and not self.dirty and not self.loading:
            self.refresh()

    # ---- who else has the case open (HoldsLease) ------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and self.case_id is not None and self.lease.case_id is None:
            self.lease.hold(self.case_id)  # back on the case after another page

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            self.lease.release()  # another page, signing out, closing the window

    # ---- the page protocol ---------------------------------------------------------------------------------
    def can_leave(self, then: Callable[[], object] | None = None) -> bool:
        """True when the user may go now.  On Save it is False for now: the save runs, and ``then`` (the caller's
        way to go on: switch the page, open the other case, sign out ...) is called once it succeeded; a refused
        save keeps the user here with the messages next to the fields."""
        if not self.dirty:
            return True
        answer = self.ask_unsaved(self)
        if answer == "discard":
            assert self.view is not None
            self.pending_conflict, self.stale = None, False
            self._fill_form(self.view)
            return True
        if answer == "save":
            self.save(then=then)
        return False

    # ---- what the sections use -----------------------------------------------------------------------------
    def say(self, text: str, *, error: bool = False) -> None:
        self.banner.setStyleSheet("color: #b00020; font-weight: bold;" if error else "color: #1b5e20;")
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def report_failure(self, error: BaseException) -> None:
        if isinstance(error, RegistryError):
            self.say(error.message(self.ctx.language), error=True)
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")
        else:
            self.say(str(error), error=True)

    def act(
        self,
        job: CaseJob,
        messages: FieldMessages | None,
        done: str,
        *,
        needs_saved: bool = False,
        cleared: tuple[QWidget, ...] = (),
        failed: Callable[[BaseException], bool] | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        if self.case_id is None:
            return
        if needs_saved and self.dirty:
            self.say(translate("CaseEditor", "Save or reload your changes to the case first."), error=True)
            return
        case_id, user_id = self.case_id, self.ctx.user.id
        if messages is not None:
            messages.clear()

        def succeeded(_result: object) -> None:
            self.say(done)
            for widget in cleared:
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.clear()
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(False)
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(0)  # back to "Choose…"
            if then is not None:
                then()
            self.ctx.events.case_changed.emit(case_id)
            self.refresh()

        def failure(error: BaseException) -> None:
            if failed is not None and failed(error):
                return
            if isinstance(error, ValidationError) and messages is not None:
                messages.show(error.problems, self.ctx.language)
                self.say(translate("CaseEditor", "Not saved: please correct the marked fields."), error=True)
            else:
                self.report_failure(error)

        self.ctx.ops.write(
            lambda session: job(session, case_id, user_id), owner=self, success=succeeded, failure=failure
        )

    def _restricted_clicked(self, checked: bool) -> None:
        if self.dirty:
            self.restricted.setChecked(not checked)
            self.say(translate("CaseEditor", "Save or reload your changes to the case first."), error=True)
            return
        self.act(
            lambda session, case_id, user_id: cases.set_restricted(session, case_id, checked, actor_id=user_id),
            None,
            translate("CaseEditor", "The case is now restricted.")
            if checked
            else translate("CaseEditor", "The case is no longer restricted."),
        )
