"""The cases behind a figure of the Statistics page (``StatisticsPage`` inherits it): a click on a table cell, a
chart's bar or point, or a compliance row lists the cases counted there that this user may open (restricted cases
are counted, not listed), read off the GUI thread; a double click opens one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, SignalInstance
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QListWidget, QTableView, QTabWidget

from registry.services.dates import format_date
from registry.services.statistics.behind import DRILLABLE, Behind, cases_behind
from registry.services.statistics.period import Period
from registry.services.statistics.tables import ComplianceRow, CountTable, Report
from registry.ui.context import AppContext
from registry.ui.statistics_views import DRAWN, FIGURE_ROLE, figure_title

translate = QCoreApplication.translate
CASE_ROLE = Qt.ItemDataRole.UserRole + 8


class ShowsCasesBehind:
    """Mixed into the page: the attributes below are the page's."""

    ctx: AppContext
    language: str
    report: Report | None
    period: Period | None
    loading: bool
    behind: Behind | None
    behind_title: QLabel
    cases: QStandardItemModel
    cases_view: QTableView
    tabs: QTabWidget
    table_list: QListWidget
    open_case: SignalInstance
    _violence_rows: Sequence[str]
    _violence_bands: Sequence[str]
    _compliance_sectors: Sequence[str]
    _trend_months: Sequence[str]
    _compliance_rows: list[ComplianceRow]

    if TYPE_CHECKING:  # the page's own methods

        def current_table(self) -> CountTable | None: ...
        def _failed(self, error: BaseException) -> None: ...

    def _figure_clicked(self, index: QModelIndex) -> None:
        figure = index.data(FIGURE_ROLE)
        table = self.current_table()
        if figure is None or table is None:
            return
        row, column = figure
        self.show_cases_behind(table.id, row, column)

    def show_cases_behind(self, table_id: str, row: str | None, column: str | None) -> None:
        """List the cases counted in one figure (those this user may open)."""
        if self.period is None or table_id not in DRILLABLE:
            return
        period, actor = self.period, self.ctx.user.id
        self.behind_title.setText(figure_title(self.report, table_id, row, column, self.language))
        self.tabs.setCurrentIndex(0)
        self._show_table(table_id)
        self.loading = True
        self.ctx.ops.read(
            lambda session: cases_behind(session, period, table_id, row, column, actor_id=actor),
            success=self._behind_arrived,
            failure=self._failed,
            owner=self,
            key=f"statistics.behind.{id(self)}",
        )

    def _show_table(self, table_id: str) -> None:
        """The figure's own table beside its cases (a click on a chart or in the compliance tab chose it there)."""
        for row in range(self.table_list.count()):
            if self.table_list.item(row).data(Qt.ItemDataRole.UserRole) == table_id:
                if row != self.table_list.currentRow():
                    self.table_list.setCurrentRow(row)
                return

    def _behind_arrived(self, behind: Behind) -> None:
        self.loading = False
        self.behind = behind
        self.cases.removeRows(0, self.cases.rowCount())
        for case in behind.cases:
            number = QStandardItem(case.number)
            number.setData(case.case_id, CASE_ROLE)
            self.cases.appendRow([number, QStandardItem(case.child), QStandardItem(format_date(case.reported_at))])
        listed = len(behind.cases)
        if behind.total == 0:
            text = translate("Statistics", "No case here that you may open.")
        elif listed < behind.total:
            text = (
                translate("Statistics", "The first %1 of %2 cases; double-click one to open it.")
                .replace("%1", str(listed))
                .replace("%2", str(behind.total))
            )
        else:
            text = translate("Statistics", "Cases: %1; double-click one to open it.").replace("%1", str(listed))
        if behind.restricted:
            text += " " + translate(
                "Statistics",
                "Restricted cases counted here but not listed: %1 (open them from the case list, giving a reason).",
            ).replace("%1", str(behind.restricted))
        self.behind_title.setText(f"{self.behind_title.text()}\n{text}")
        # the columns fit the case numbers and names now in them (the header sized itself while the list was empty)
        self.cases_view.resizeColumnsToContents()

    def _clear_behind(self) -> None:
        self.cases.removeRows(0, self.cases.rowCount())
        self.behind = None
        self.behind_title.setText(translate("Statistics", "Click a figure to list the cases behind it."))

    def _case_double_clicked(self, index: QModelIndex) -> None:
        case_id = self.cases.index(index.row(), 0).data(CASE_ROLE)
        if case_id is not None:
            self.open_case.emit(int(case_id))

    def _violence_clicked(self, category: int, series: int) -> None:
        self.show_cases_behind(
            "new_cases_by_violence_sex_age", self._violence_rows[category], self._violence_bands[series]
        )

    def _compliance_clicked(self, category: int, series: int) -> None:
        self.show_cases_behind("compliance_referrals", self._compliance_sectors[category], DRAWN[series])

    def _trend_clicked(self, category: int, series: int) -> None:
        self.show_cases_behind("monthly_trend", self._trend_months[category], ("new", "closed")[series])

    def _compliance_cell_clicked(self, index: QModelIndex) -> None:
        rows = getattr(self, "_compliance_rows", [])
        if not 0 <= index.row() < len(rows):
            return
        table_id = {"referral": "compliance_referrals", "step": "compliance_steps"}.get(rows[index.row()].kind)
        outcome = {3: "on_time", 4: "late", 5: "open_overdue", 6: "open_not_due"}.get(index.column())
        if table_id is not None:
            self.show_cases_behind(table_id, rows[index.row()].sector, outcome)


__all__ = ["CASE_ROLE", "ShowsCasesBehind"]
