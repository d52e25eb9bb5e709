"""The audit viewer for auditors and supervisors: the trail filtered by user, case number and dates, newest first,
a page at a time (``before_id``); and one case's access history printed to PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from registry import i18n
from registry.services.audit_view import AuditRow, audit_events
from registry.services.audit_words import action_text, details_text
from registry.services.cases import case_id_by_number
from registry.services.dates import LOCAL_TZ, format_datetime, local_today
from registry.services.errors import RegistryError
from registry.services.private_files import write_private
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage, pydate, qdate
from registry.ui.rows_model import RowColumn, RowsModel

translate = QCoreApplication.translate
PAGE = 200
NO_DATE = QDate(2000, 1, 1)


def details_label(row: AuditRow, language: str) -> str:
    """What changed, in words: fields by name, codes as labels, dates as dates (never the stored JSON); nothing
    of a restricted case the reader may not open."""
    if row.hidden:
        return i18n.text("access.hidden_details", language)
    return details_text(row.action, row.details, language)


def action_label(action: str, language: str) -> str:
    """An action in words, also one the catalogue does not list (its record kind and a verb, never the code)."""
    return action_text(action, language)


def record_label(row: AuditRow, language: str) -> str:
    if not row.entity:
        return ""
    key = f"audit.entity.{row.entity}"
    kind = i18n.text(key, language) if i18n.has(key) else i18n.text("audit.words.record", language)
    return f"{kind} #{row.entity_id}" if row.entity_id is not None else kind


def _local_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), LOCAL_TZ).astimezone(dt.UTC)


def read_events(
    session: Session,
    *,
    actor_id: int,
    user_id: int | None,
    case_number: str,
    since: dt.date | None,
    until: dt.date | None,
    before_id: int | None,
    limit: int = PAGE,
) -> tuple[int | None, list[AuditRow]]:
    """(case id, rows); an unknown case number raises NotFound."""
    case_id = case_id_by_number(session, case_number) if case_number.strip() else None
    rows = audit_events(
        session,
        actor_id=actor_id,
        user_id=user_id,
        case_id=case_id,
        since=_local_start(since) if since else None,
        until=_local_start(until + dt.timedelta(days=1)) if until else None,
        before_id=before_id,
        limit=limit,
    )
    return case_id, rows


def print_history(session: Session, case_id: int, *, actor_id: int, language: str) -> bytes:
    from registry.printing import record_printed
    from registry.printing.access_history import access_history

    printed = access_history(session, case_id, actor_id=actor_id, language=language, printed_by=actor_id)
    record_printed(
        session, "access_history", actor_id=actor_id, case_id=case_id, language=language, pages=printed.pages
    )
    return printed.data


class AuditViewerPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_viewer")
        self.ctx = ctx
        self.loading = False
        self.more = False
        self.case_id: int | None = None
        #: where the PDF goes (None: a save dialog); tests put a function here
        self.choose_file: Callable[[str], str | None] | None = None
        self.saved_to: Path | None = None
        self.model = RowsModel[AuditRow](
            [
                RowColumn(lambda: translate("AuditViewer", "When"), lambda r: format_datetime(r.at)),
                RowColumn(
                    lambda: translate("AuditViewer", "User"), lambda r: r.user or translate("AuditViewer", "system")
                ),
                RowColumn(
                    lambda: translate("AuditViewer", "Action"),
                    lambda r: action_label(r.action, ctx.language),
                    alert=lambda r: r.action == "case.break_glass",
                ),
                RowColumn(lambda: translate("AuditViewer", "Case"), lambda r: r.case_number or ""),
                RowColumn(lambda: translate("AuditViewer", "Record"), lambda r: record_label(r, ctx.language)),
                RowColumn(lambda: translate("AuditViewer", "Details"), lambda r: details_label(r, ctx.language)),
            ],
            lambda r: r.id,
            self,
        )
        self._build()
        self.reload()

    def _build(self) -> None:
        self.user = QComboBox()
        self.user.setObjectName("user")
        self.user.addItem(translate("AuditViewer", "everyone"), None)
        for member in self.ctx.reference.staff:
            self.user.addItem(member.full_name, member.id)
        self.case_number = QLineEdit()
        self.case_number.setObjectName("case_number")
        self.case_number.setPlaceholderText(translate("AuditViewer", "all cases"))
        self.case_number.returnPressed.connect(self.reload)
        self.since = self._date("since")
        self.until = self._date("until")
        self.apply_button = QPushButton(translate("AuditViewer", "Show"))
        self.apply_button.setObjectName("apply")
        self.apply_button.clicked.connect(self.reload)
        filters = QHBoxLayout()
        for label, widget in (
            (translate("AuditViewer", "User:"), self.user),
            (translate("AuditViewer", "Case number:"), self.case_number),
            (translate("AuditViewer", "From:"), self.since),
            (translate("AuditViewer", "To:"), self.until),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        self.table = QTableView()
        self.table.setObjectName("events")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((140, 170, 170, 130, 130)):
            self.table.setColumnWidth(column, width)
        self.older_button = QPushButton(translate("AuditViewer", "Older events"))
        self.older_button.setObjectName("older")
        self.older_button.clicked.connect(self.load_older)
        self.print_button = QPushButton(translate("AuditViewer", "Print access history of this case…"))
        self.print_button.setObjectName("print_history")
        self.print_button.clicked.connect(self.print_access_history)
        self.message = FieldMessage("audit")
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.older_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy.")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(translate("AuditViewer", "any day"))
        edit.setMaximumDate(qdate(local_today()))
        edit.setDate(NO_DATE)
        return edit

    @staticmethod
    def _day(edit: QDateEdit) -> dt.date | None:
        return None if edit.date() == NO_DATE else pydate(edit.date())

    # ---- reading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.set_rows([])
        self._read(None)

    def load_older(self) -> None:
        rows = self.model.rows()
        if rows and self.more:
            self._read(rows[-1].id)

    def _read(self, before_id: int | None) -> None:
        actor, user_id, number = self.ctx.user.id, self.user.currentData(), self.case_number.text()
        since, until = self._day(self.since), self._day(self.until)
        self.loading = True
        self.message.clear_message()
        self._update_buttons()

        def read(session: Session) -> tuple[int | None, list[AuditRow]]:
            return read_events(
                session,
                actor_id=actor,
                user_id=user_id,
                case_number=number,
                since=since,
                until=until,
                before_id=before_id,
                limit=PAGE,
            )

        def arrived(result: tuple[int | None, list[AuditRow]]) -> None:
            self._arrived(result, before_id is None)

        if number.strip() and before_id is None:  # opening a case's audit trail is itself recorded
            self.ctx.ops.write(read, success=arrived, failure=self._failed, owner=self)
        else:
            self.ctx.ops.read(read, success=arrived, failure=self._failed, owner=self, key=f"audit.{id(self)}")

    def _arrived(self, result: tuple[int | None, list[AuditRow]], first: bool) -> None:
        case_id, rows = result
        self.loading = False
        self.case_id = case_id
        self.more = len(rows) == PAGE
        self.model.set_rows(rows if first else [*self.model.rows(), *rows])
        self.status.setText(translate("AuditViewer", "Events shown: %1").replace("%1", str(self.model.rowCount())))
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.case_id = None
        self._update_buttons()
        if isinstance(error, RegistryError):
            self.message.show_error(error.message(self.ctx.language))
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")

    def _update_buttons(self) -> None:
        self.older_button.setEnabled(self.more and not self.loading)
        self.print_button.setEnabled(self.case_id is not None and not self.loading)

    # ---- printing --------------------------------------------------------------------------------------------
    def _ask_file(self, suggested: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("AuditViewer", "Save access history"),
            suggested,
            translate("AuditViewer", "PDF documents (*.pdf)"),
        )
        return path or None

    def print_access_history(self) -> None:
        if self.case_id is None:
            return
        number = self.case_number.text().strip()
        target = (self.choose_file or self._ask_file)(f"{number.replace('/', '-')}-access-history.pdf")
        if not target:
            return
        case_id, actor, language = self.case_id, self.ctx.user.id, self.ctx.language
        self.print_button.setEnabled(False)
        self.ctx.ops.write(
            lambda session: print_history(session, case_id, actor_id=actor, language=language),
            success=lambda data: self._printed(Path(target), data),
            failure=self._failed,
            owner=self,
        )

    def _printed(self, path: Path, data: bytes) -> None:
        try:
            write_private(path, data)
        except OSError as error:
            self.message.show_error(
                translate("AuditViewer", "The file could not be saved: %1").replace("%1", str(error))
            )
        else:
            self.saved_to = path
            self.message.show_warning(translate("AuditViewer", "Saved: %1").replace("%1", str(path)))
        self._update_buttons()
        self.reload()

    def activated(self) -> None:
        self.reload()


__all__ = ["AuditViewerPage", "print_history", "read_events"]
