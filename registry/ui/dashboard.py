"""The supervisor dashboard: late work by worker, plans and closures waiting for approval (approved from here),
cases by status and risk, compliance by sector at a glance (deadlines of the last 90 days), and the restricted
cases opened by breaking the glass in the last 30 days."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registry.services.audit_view import AuditRow
from registry.services.cases import CASE_STATUSES, RISK_LEVELS, approve_plan, close_case
from registry.services.dashboard import Dashboard, WaitingCase, WorkerLoad, dashboard
from registry.services.dates import format_date, format_datetime, local_today
from registry.services.errors import RegistryError
from registry.services.statistics.period import Period
from registry.services.statistics.report import compliance_at_a_glance, keep_recent
from registry.services.statistics.tables import ComplianceRow
from registry.ui.charts import Chart, Series
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage
from registry.ui.rows_model import ROW_ID_ROLE, RowColumn, RowsModel

translate = QCoreApplication.translate
#: the dashboard's compliance chart looks back this many days (deadlines that fell due in them)
log = logging.getLogger(__name__)
GLANCE_DAYS = 90


#: a dashboard table grows to show this many rows before it scrolls (the page itself scrolls)
ROWS_SHOWN = 12


def _table(name: str, model: RowsModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


class StatusRiskRow:
    """One case status with its counts by risk level."""

    def __init__(self, status: str, counts: dict[str, int]) -> None:
        self.status = status
        self.counts = counts

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count_text(self, risk: str) -> str:
        return str(self.counts.get(risk, 0))


class DashboardPage(QWidget):
    open_case = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.ctx = ctx
        self.loading = False
        self.compliance_loading = False
        self.compliance_rows: list[ComplianceRow] = []
        #: asks before approving (None: a question box); tests put an answer here
        self.confirm: Callable[[str], bool] | None = None
        self.message = FieldMessage("dashboard")
        label = ctx.reference.label
        self.workers = RowsModel[WorkerLoad](
            [
                RowColumn(
                    lambda: translate("Dashboard", "Worker"),
                    lambda r: r.worker or translate("Dashboard", "(no lead worker)"),
                ),
                RowColumn(
                    lambda: translate("Dashboard", "Overdue steps"),
                    lambda r: str(r.overdue_steps),
                    lambda r: r.overdue_steps,
                    alert=lambda r: r.overdue_steps > 0,
                    align_right=True,
                ),
                RowColumn(
                    lambda: translate("Dashboard", "Unanswered referrals"),
                    lambda r: str(r.unanswered_referrals),
                    lambda r: r.unanswered_referrals,
                    align_right=True,
                ),
                RowColumn(
                    lambda: translate("Dashboard", "Of them overdue"),
                    lambda r: str(r.overdue_referrals),
                    lambda r: r.overdue_referrals,
                    alert=lambda r: r.overdue_referrals > 0,
                    align_right=True,
                ),
            ],
            lambda r: r.worker_id,
            self,
        )
        waiting: list[RowColumn[WaitingCase]] = [
            RowColumn(lambda: translate("Dashboard", "Case"), lambda r: r.case_number),
            RowColumn(lambda: translate("Dashboard", "Child"), lambda r: r.child),
            RowColumn(lambda: translate("Dashboard", "Lead worker"), lambda r: r.worker),
        ]
        self.plans = RowsModel[WaitingCase](
            [*waiting, RowColumn(lambda: translate("Dashboard", "Submitted"), lambda r: format_date(r.since))],
            lambda r: r.case_id,
            self,
        )
        self.closures = RowsModel[WaitingCase](
            [
                *waiting,
                RowColumn(
                    lambda: translate("Dashboard", "Reason"), lambda r: label("closure_reason", r.closure_reason)
                ),
            ],
            lambda r: r.case_id,
            self,
        )
        self.status_risk = RowsModel[StatusRiskRow](
            [
                RowColumn(lambda: translate("Dashboard", "Status"), lambda r: label("case_status", r.status)),
                *[
                    RowColumn(
                        functools.partial(label, "risk_level", risk),
                        functools.partial(StatusRiskRow.count_text, risk=risk),
                        align_right=True,
                    )
                    for risk in RISK_LEVELS
                ],
                RowColumn(lambda: translate("Dashboard", "Total"), lambda r: str(r.total), align_right=True),
            ],
            lambda r: None,
            self,
        )
        self.break_glass = RowsModel[AuditRow](
            [
                RowColumn(lambda: translate("Dashboard", "When"), lambda r: format_datetime(r.at)),
                RowColumn(lambda: translate("Dashboard", "Who"), lambda r: r.user or ""),
                RowColumn(lambda: translate("Dashboard", "Case"), lambda r: r.case_number or ""),
                RowColumn(lambda: translate("Dashboard", "Reason given"), lambda r: str(r.details.get("reason", ""))),
            ],
            lambda r: r.id,
            self,
        )
        self._build()
        self.reload()

    def _build(self) -> None:
        self.workers_table = _table("workers", self.workers)
        self.plans_table = _table("plans", self.plans)
        self.closures_table = _table("closures", self.closures)
        self.status_table = _table("status_risk", self.status_risk)
        self.break_glass_table = _table("break_glass", self.break_glass)
        for table in (self.plans_table, self.closures_table, self.break_glass_table):
            table.doubleClicked.connect(self._double_clicked)
        self.approve_plan_button = QPushButton(translate("Dashboard", "Approve plan"))
        self.approve_plan_button.setObjectName("approve_plan")
        self.approve_plan_button.clicked.connect(self.approve_selected_plan)
        self.approve_closure_button = QPushButton(translate("Dashboard", "Approve closure"))
        self.approve_closure_button.setObjectName("approve_closure")
        self.approve_closure_button.clicked.connect(self.approve_selected_closure)
        self.compliance_chart = Chart("stacked")
        self.compliance_chart.setObjectName("compliance_chart")
        self.compliance_chart.setMinimumSize(280, 160)
        self.refresh_button = QPushButton(translate("Dashboard", "Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        for table in (self.plans_table, self.closures_table):
            table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        # the two tables of numbers are wider than half a window in some languages: each has a line of its own
        grid = QGridLayout()
        grid.addWidget(self._box(translate("Dashboard", "Late work by lead worker"), self.workers_table), 0, 0, 1, 2)
        grid.addWidget(self._box(translate("Dashboard", "Cases by status and risk"), self.status_table), 1, 0)
        grid.addWidget(
            self._box(translate("Dashboard", "Deadlines of the last 90 days by sector"), self.compliance_chart), 1, 1
        )
        grid.addWidget(
            self._box(translate("Dashboard", "Plans waiting for approval"), self.plans_table, self.approve_plan_button),
            2,
            0,
        )
        grid.addWidget(
            self._box(
                translate("Dashboard", "Closures waiting for approval"),
                self.closures_table,
                self.approve_closure_button,
            ),
            2,
            1,
        )
        grid.addWidget(
            self._box(
                translate("Dashboard", "Restricted cases opened by breaking the glass (last 30 days)"),
                self.break_glass_table,
            ),
            3,
            0,
            1,
            2,
        )
        grid.setRowStretch(4, 1)  # the boxes are as tall as their rows; the room left stays below them
        grid.setColumnStretch(0, 3)  # the status table's six columns need the room; the chart scales
        grid.setColumnStretch(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addStretch(0)
        top.addWidget(self.refresh_button)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setObjectName("dashboard_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self._selection_changed()

    @staticmethod
    def _fit(table: QTableView) -> None:
        """Tall enough for every row up to ROWS_SHOWN (never four rows behind a scroll bar)."""
        rows = max(1, min(table.model().rowCount(), ROWS_SHOWN))
        header = table.horizontalHeader().sizeHint().height()
        height = header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
        table.setMinimumHeight(height)
        table.setMaximumHeight(height if table.model().rowCount() <= ROWS_SHOWN else 16_777_215)

    @staticmethod
    def _box(title: str, table: QWidget, button: QPushButton | None = None) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(table)
        if button is not None:
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            inner.addLayout(row)
        return box

    # ---- data ------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        actor = self.ctx.user.id
        self.loading = True
        self.ctx.ops.read(
            lambda session: dashboard(session, actor_id=actor),
            success=self._loaded,
            failure=self._failed,
            owner=self,
            key=f"dashboard.{id(self)}",
        )
        today = local_today()
        recent = Period(today - dt.timedelta(days=GLANCE_DAYS - 1), today)
        self.compliance_loading = True
        self.ctx.ops.read(
            lambda session: compliance_at_a_glance(session, recent, actor_id=actor),
            success=self._compliance_loaded,
            failure=self._compliance_failed,
            owner=self,
            key=f"dashboard.compliance.{id(self)}",
            background=True,
        )

    def _keep_statistics(self) -> None:
        """Keep this year's and last year's statistics in the background, a few months at a time (quitting never
        waits long for a job), so that the Statistics page's reports come from kept figures."""
        actor = self.ctx.user.id
        self.ctx.ops.read(
            lambda session: keep_recent(session, actor_id=actor),
            success=self._statistics_kept,
            failure=lambda error: log.info("statistics not kept: %s", error),
            owner=self,
            key=f"dashboard.keep.{id(self)}",
            background=True,
        )

    def _statistics_kept(self, outcome: tuple[int, int]) -> None:
        kept, remaining = outcome
        if kept and remaining:  # nothing kept this time (the register is busy): the next visit tries again
            self._keep_statistics()

    def _compliance_failed(self, error: BaseException) -> None:
        self.compliance_loading = False
        self._failed(error)

    def _compliance_loaded(self, rows: list[ComplianceRow]) -> None:
        """One bar per sector and kind: answered or done on time, late, still open past the deadline."""
        self.compliance_loading = False
        self._keep_statistics()
        self.compliance_rows = rows
        label = self.ctx.reference.label
        kinds = {"referral": translate("Dashboard", "referrals"), "step": translate("Dashboard", "steps")}
        shown = [r for r in rows if r.on_time + r.late + r.open_overdue]
        outcomes = (
            ("on_time", translate("Dashboard", "on time"), "#009E73"),
            ("late", translate("Dashboard", "late"), "#E69F00"),
            ("open_overdue", translate("Dashboard", "open, overdue"), "#D55E00"),
        )
        self.compliance_chart.set_data(
            "",
            [f"{label('sector', r.sector)} ({kinds[r.kind]})" for r in shown],
            [Series(name, tuple(float(getattr(r, code)) for r in shown), colour) for code, name, colour in outcomes],
            translate("Dashboard", "Nothing was due in the last 90 days."),
        )

    def _loaded(self, board: Dashboard) -> None:
        self.loading = False
        self.workers.set_rows(board.workers)
        self.plans.set_rows(board.plans)
        self.closures.set_rows(board.closures)
        counts: dict[str, dict[str, int]] = {}
        for (status, risk), count in board.by_status_and_risk.items():
            counts.setdefault(status, {})[risk] = count
        self.status_risk.set_rows(
            [StatusRiskRow(status, counts[status]) for status in CASE_STATUSES if status in counts]
        )
        self.break_glass.set_rows(board.break_glass)
        for table in (
            self.workers_table,
            self.status_table,
            self.plans_table,
            self.closures_table,
            self.break_glass_table,
        ):
            self._fit(table)
        self._selection_changed()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self._selection_changed()
        if isinstance(error, RegistryError):
            self.message.show_error(error.message(self.ctx.language))
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")

    # ---- approvals -------------------------------------------------------------------------------------------
    @staticmethod
    def _selected(table: QTableView, model: RowsModel[WaitingCase]) -> WaitingCase | None:
        rows = table.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.approve_plan_button.setEnabled(self._selected(self.plans_table, self.plans) is not None)
        self.approve_closure_button.setEnabled(self._selected(self.closures_table, self.closures) is not None)

    def _ask(self, text: str) -> bool:
        question, _, plan = text.partition("\n\n")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Dashboard", "Approve"),
            question,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        if plan:
            box.setInformativeText(plan if len(plan) <= 600 else plan[:600] + "…")
            box.setDetailedText(plan)
        yes = box.addButton(translate("Dashboard", "Approve"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Dashboard", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def approve_selected_plan(self) -> None:
        """Show the plan itself with the question; once approved, say so (the case leaves the list)."""
        case = self._selected(self.plans_table, self.plans)
        question = (
            translate("Dashboard", "Approve the protection plan of case %1 (%2)?")
            .replace("%1", case.case_number)
            .replace("%2", case.child)
            if case is not None
            else ""
        )
        if case is None or not (self.confirm or self._ask)(f"{question}\n\n{case.plan}"):
            return
        actor, case_id = self.ctx.user.id, case.case_id
        done = translate("Dashboard", "The protection plan of case %1 is approved.").replace("%1", case.case_number)
        self.message.clear_message()
        self.approve_plan_button.setEnabled(False)
        self.ctx.ops.write(
            lambda session: approve_plan(session, case_id, actor_id=actor).id,
            success=lambda approved: self._approved(approved, done),
            failure=self._failed,
            owner=self,
        )

    def approve_selected_closure(self) -> None:
        case = self._selected(self.closures_table, self.closures)
        if case is None or not (self.confirm or self._ask)(
            translate("Dashboard", "Close case %1 as its worker asked?").replace("%1", case.case_number)
        ):
            return
        actor, case_id, version = self.ctx.user.id, case.case_id, case.version
        done = translate("Dashboard", "Case %1 is closed.").replace("%1", case.case_number)
        self.message.clear_message()
        self.approve_closure_button.setEnabled(False)
        self.ctx.ops.write(
            lambda session: close_case(session, case_id, actor_id=actor, expected_version=version).id,
            success=lambda closed: self._approved(closed, done),
            failure=self._failed,
            owner=self,
        )

    def _approved(self, case_id: int, done: str) -> None:
        self.message.show_success(done)
        self.ctx.events.case_changed.emit(case_id)
        self.reload()

    def _double_clicked(self, index: QModelIndex) -> None:
        """Plans and closures: open the case (break-glass rows name a case the supervisor may not be assigned to,
        so opening it stays a deliberate step in the case list)."""
        if index.model() in (self.plans, self.closures):
            case_id = index.data(ROW_ID_ROLE)
            if case_id is not None:
                self.open_case.emit(int(case_id))

    def activated(self) -> None:
        self.reload()


__all__ = ["DashboardPage"]
