"""The referral log page: every referral of every case the user sees, filters, and a response in two clicks.

Select a row, press *Record response* (or Enter): a short dialog with the date already filled in takes the summary
of the answer and saves it through the ops layer.  Double-click (or *Open case*) opens the case.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registry.services.dates import LOCAL_TZ, local_today
from registry.services.errors import RegistryError, ValidationError
from registry.services.referral_log import LogRow, ReferralQuery
from registry.services.referrals import record_response
from registry.ui.context import AppContext, institution_label
from registry.ui.forms import FieldMessage, FieldMessages, field_row, pydate, qdate
from registry.ui.referral_log_model import CASE_ID_ROLE, Column, ReferralLogModel

translate = QCoreApplication.translate


def received_moment(day: dt.date) -> dt.datetime:
    """Today: now; an earlier day: noon of that day (local time), so the moment is never in the future."""
    if day >= local_today():
        return dt.datetime.now(dt.UTC)
    return dt.datetime.combine(day, dt.time(12, 0), LOCAL_TZ).astimezone(dt.UTC)


class ResponseDialog(QDialog):
    """The answer to an outgoing referral: when it came and what it says."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, row: LogRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("response_dialog")
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(translate("ReferralLog", "Record response"))
        about = QLabel(
            translate("ReferralLog", "Case %1 — %2")
            .replace("%1", row.case_number)
            .replace("%2", institution_label(row.institution, ctx.language))
        )
        about.setProperty("registry_data", True)
        about.setWordWrap(True)
        self.general = FieldMessage("general")
        self.messages = FieldMessages(self.general)
        self.received = QDateEdit(qdate(local_today()))
        self.received.setObjectName("received_on")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd.MM.yyyy.")
        self.received.setMaximumDate(qdate(local_today()))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(110)
        form = QFormLayout()
        field_row(
            form, translate("ReferralLog", "Received on:"), self.received, self.messages.add("response_received_at")
        )
        field_row(
            form, translate("ReferralLog", "What the answer says:"), self.summary, self.messages.add("response_summary")
        )
        self.save_button = QPushButton(translate("ReferralLog", "Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(translate("ReferralLog", "Cancel"))
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.summary.setFocus()

    def save(self) -> None:
        self.messages.clear()
        referral_id, version, actor = self.row.id, self.row.version, self.ctx.user.id
        summary, when = self.summary.toPlainText(), received_moment(pydate(self.received.date()))
        self.save_button.setEnabled(False)
        self.ctx.ops.write(
            lambda session: (
                record_response(
                    session, referral_id, summary=summary, actor_id=actor, received_at=when, expected_version=version
                ).id
            ),
            success=self._saved,
            failure=self._failed,
            owner=self,
        )

    def _saved(self, referral_id: int) -> None:
        self.saved.emit(referral_id)
        self.ctx.events.case_changed.emit(self.row.case_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        """The input stays in the dialog, whatever went wrong."""
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.messages.show(error.problems, self.ctx.language)
        elif isinstance(error, RegistryError):
            self.general.show_error(error.message(self.ctx.language))
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")


class ReferralLogPage(QWidget):
    open_case = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referral_log")
        self.ctx = ctx
        self.response_dialog: ResponseDialog | None = None
        self.model = ReferralLogModel(ctx, self)
        self._build()
        self._stale = False
        ctx.events.case_changed.connect(self._case_changed)
        self.model.set_query(self.current_query())

    def _build(self) -> None:
        any_text = translate("ReferralLog", "any")
        self.direction = self._combo("direction", [(any_text, None), *self._options("referral_direction")])
        self.show_only = self._combo(
            "state",
            [
                (translate("ReferralLog", "all referrals"), None),
                (translate("ReferralLog", "waiting for response"), "unanswered"),
                (translate("ReferralLog", "overdue"), "overdue"),
                (translate("ReferralLog", "answered"), "answered"),
            ],
        )
        self.sector = self._combo("sector", [(any_text, None), *self._options("sector")])
        workers = [
            (member.full_name, member.id)
            for member in self.ctx.reference.staff
            if member.role in ("worker", "supervisor")
        ]
        self.worker = self._combo("worker", [(any_text, None), *workers])
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("ReferralLog", "Registry number, child, parent, address or phone"))
        self.search.setMinimumWidth(260)
        # a keystroke restarts a short wait: the log is read again when typing pauses
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(lambda: self.model.set_query(self.current_query()))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        search_row = QHBoxLayout()
        search_caption = QLabel(translate("ReferralLog", "Find:"))
        search_caption.setBuddy(self.search)
        search_row.addWidget(search_caption)
        search_row.addWidget(self.search, 1)
        filters = QHBoxLayout()
        for label, combo in (
            (translate("ReferralLog", "Direction:"), self.direction),
            (translate("ReferralLog", "Show:"), self.show_only),
            (translate("ReferralLog", "Sector:"), self.sector),
            (translate("ReferralLog", "Lead worker:"), self.worker),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.table = QTableView()
        self.table.setObjectName("referrals")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.STATE, 175),
            (Column.DIRECTION, 90),
            (Column.CASE, 130),
            (Column.CHILD, 170),
            (Column.INSTITUTION, 230),
            (Column.SECTOR, 130),
            (Column.SENT, 140),
            (Column.DUE, 100),
            (Column.RESPONSE, 100),
        ):
            # never narrower than the column's title in this language
            self.table.setColumnWidth(column, max(width, self._title_width(column)))
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.respond_button = QPushButton(translate("ReferralLog", "Record response…"))
        self.respond_button.setObjectName("record_response")
        self.respond_button.clicked.connect(self.record_response)
        self.respond_button.setVisible(self.ctx.user.writes_cases)
        self.open_button = QPushButton(translate("ReferralLog", "Open case"))
        self.open_button.setObjectName("open_case")
        self.open_button.clicked.connect(self._open_selected)
        self.legend = QLabel(
            translate(
                "ReferralLog",
                "Red with a warning sign: the response deadline has passed. Brown: sent, waiting for the response.",
            )
        )
        self.legend.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.respond_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.model.loaded.connect(self._loaded)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table).activated.connect(self.record_response)
        self._selection_changed()

    def _title_width(self, column: Column) -> int:
        header = self.table.horizontalHeader()
        font = header.font()
        font.setBold(True)
        return QFontMetrics(font).horizontalAdvance(str(self.model.headerData(column, Qt.Orientation.Horizontal))) + 20

    def _options(self, kind: str) -> list[tuple[str, object]]:
        return [(label, code) for code, label in self.ctx.reference.options(kind)]

    def _combo(self, name: str, options: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for label, value in options:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _index: self.model.set_query(self.current_query()))
        return combo

    def current_query(self) -> ReferralQuery:
        state = self.show_only.currentData()
        return ReferralQuery(
            direction=self.direction.currentData(),
            sector=self.sector.currentData(),
            worker_id=self.worker.currentData(),
            unanswered=state == "unanswered",
            overdue=state == "overdue",
            status="answered" if state == "answered" else None,
            text=self.search.text().strip(),
        )

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())

    # ---- selection and actions -------------------------------------------------------------------------------
    def selected(self) -> LogRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.respond_button.setEnabled(row is not None and row.unanswered and self.ctx.user.writes_cases)
        self.open_button.setEnabled(row is not None)

    def record_response(self) -> ResponseDialog | None:
        row = self.selected()
        if row is None or not row.unanswered or not self.ctx.user.writes_cases:
            return None
        dialog = ResponseDialog(self.ctx, row, self)
        dialog.saved.connect(lambda _id: self.model.reload())
        self.response_dialog = dialog
        dialog.open()
        return dialog

    def _open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_case.emit(row.case_id)

    def _double_clicked(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.open_case.emit(int(case_id))

    def _loaded(self) -> None:
        count = self.model.rowCount()
        more = self.model.canFetchMore()
        self.status.setText(
            translate("ReferralLog", "Referrals shown: %1").replace("%1", f"{count}+" if more else str(count))
        )
        self._selection_changed()

    def _case_changed(self, _case_id: int) -> None:
        if self.isVisible():
            self.model.reload()
        else:
            self._stale = True

    def activated(self) -> None:
        if self._stale:
            self._stale = False
            self.model.reload()
        self.table.setFocus()


__all__ = ["ReferralLogPage", "ResponseDialog", "received_moment"]
