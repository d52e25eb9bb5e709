"""The Statistics page: a period's figures for supervisors, the director and the auditor (a worker sees the figures
of her own cases), as tables and charts, with the cases behind a figure one click away and the anonymised exports.

Everything is computed off the GUI thread behind a progress dialog (``Ops.with_progress``).  On screen the figures
are the centre's own (small counts shown: the readers are its staff); what leaves the centre goes through
``publish`` (small counts suppressed) and is audited.  Table titles and row and column labels come from the
statistics catalogue of the services, the same words as the printed report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from registry import i18n
from registry.services.dates import local_today
from registry.services.errors import RegistryError
from registry.services.statistics import export
from registry.services.statistics.behind import Behind
from registry.services.statistics.period import Period, preset
from registry.services.statistics.report import compute
from registry.services.statistics.settings import settings_for
from registry.services.statistics.tables import ComplianceRow, CountTable, Report
from registry.ui.charts import Chart
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage
from registry.ui.ops import Progress
from registry.ui.statistics_behind import CASE_ROLE, ShowsCasesBehind
from registry.ui.statistics_export import ExportsStatistics
from registry.ui.statistics_views import chart_data, fill_compliance, fill_durations, fill_figures, preset_label

translate = QCoreApplication.translate
PRESET_KINDS = ("month", "quarter", "half_year", "year")
FORMATS = ("pdf", "xlsx", "csv")


def _data_view(view: QTableView) -> None:
    """Headers and cells worded by the statistics catalogue (the printed report's words), not by Qt's."""
    for widget in (view, view.horizontalHeader(), view.verticalHeader()):
        widget.setProperty("registry_data", True)


def _table_view(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class StatisticsPage(QWidget, ShowsCasesBehind, ExportsStatistics):
    open_case = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statistics")
        self.ctx = ctx
        self.language = ctx.language
        self.report: Report | None = None
        self.period: Period | None = None
        self.loading = False
        self.behind: Behind | None = None
        #: (parent, suggested name, format) -> path, or None to cancel; tests put their own here
        self.choose_file: Callable[[str, str], str | None] | None = None
        self.saved_to: Path | None = None
        self.may_export = ctx.user.role in ("supervisor", "auditor")
        self.message = FieldMessage("statistics")
        self._build()
        self._preset_changed()
        # the municipality's profile may offer fewer presets (a centre that reports by half-year and year)
        ctx.ops.read(lambda session: settings_for(session).presets, success=self._presets_arrived, owner=self)

    def _presets_arrived(self, presets: tuple[str, ...]) -> None:
        kind = self._kind()
        self.preset.blockSignals(True)
        self.preset.clear()
        for code in (*(k for k in PRESET_KINDS if k in presets), "custom"):
            self.preset.addItem(preset_label(code), code)
        index = self.preset.findData(kind)
        self.preset.setCurrentIndex(index if index >= 0 else 0)
        self.preset.blockSignals(False)
        if self._kind() != kind:
            self._preset_changed()

    # ---- building ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        for kind in (*PRESET_KINDS, "custom"):
            self.preset.addItem(preset_label(kind), kind)
        self.preset.setCurrentIndex(PRESET_KINDS.index("quarter"))
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.earlier_button = QPushButton(translate("Statistics", "◀ Earlier"))
        self.earlier_button.setObjectName("earlier")
        self.earlier_button.clicked.connect(lambda: self._shift(-1))
        self.later_button = QPushButton(translate("Statistics", "Later ▶"))
        self.later_button.setObjectName("later")
        self.later_button.clicked.connect(lambda: self._shift(1))
        self.first_date = QDateEdit()
        self.first_date.setObjectName("first_date")
        self.last_date = QDateEdit()
        self.last_date.setObjectName("last_date")
        for edit in (self.first_date, self.last_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setProperty("registry_data", True)
            edit.dateChanged.connect(self._dates_edited)
        self.show_button = QPushButton(translate("Statistics", "Show"))
        self.show_button.setObjectName("show")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.reload)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, text in (
            ("pdf", translate("Statistics", "PDF report…")),
            ("xlsx", translate("Statistics", "Excel workbook…")),
            ("csv", translate("Statistics", "CSV…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"export_{fmt}")
            button.setToolTip(
                translate(
                    "Statistics",
                    "Anonymised: small counts are hidden, as in every copy "
                    "that leaves the centre. The export is recorded.",
                )
            )
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
            button.setVisible(self.may_export)
            self.export_buttons[fmt] = button

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Statistics", "Period:")))
        top.addWidget(self.preset)
        top.addWidget(self.earlier_button)
        top.addWidget(self.later_button)
        top.addWidget(QLabel(translate("Statistics", "from")))
        top.addWidget(self.first_date)
        top.addWidget(QLabel(translate("Statistics", "to")))
        top.addWidget(self.last_date)
        top.addWidget(self.show_button)
        top.addStretch(1)
        if self.may_export:
            top.addWidget(QLabel(translate("Statistics", "Export:")))
        for button in self.export_buttons.values():
            top.addWidget(button)

        self.scope_label = QLabel()
        self.scope_label.setObjectName("scope")
        self.scope_label.setWordWrap(True)
        if self.ctx.user.role == "worker":
            self.scope_label.setText(translate("Statistics", "The figures of your own cases."))
        else:
            self.scope_label.setText(
                translate(
                    "Statistics",
                    "The centre's own figures, small counts included: for its staff only. Exports hide small counts.",
                )
            )

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self._tables_tab(), translate("Statistics", "Tables"))
        self.tabs.addTab(self._charts_tab(), translate("Statistics", "Charts"))
        self.tabs.addTab(self._compliance_tab(), translate("Statistics", "Compliance by sector"))
        self.tabs.addTab(self._quality_tab(), translate("Statistics", "Data quality"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def _tables_tab(self) -> QWidget:
        self.table_list = QListWidget()
        self.table_list.setObjectName("table_list")
        self.table_list.setProperty("registry_data", True)  # titles from the statistics catalogue
        self.table_list.setWordWrap(True)
        self.table_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table_list.setSpacing(2)
        self.table_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table_list.currentRowChanged.connect(self._table_chosen)
        self.figures = QStandardItemModel(self)
        self.figures_view = _table_view("figures")
        self.figures_view.setModel(self.figures)
        _data_view(self.figures_view)
        self.figures_view.clicked.connect(self._figure_clicked)
        self.table_note = QLabel()
        self.table_note.setObjectName("table_note")
        self.table_note.setWordWrap(True)
        self.table_note.setProperty("registry_data", True)
        self.durations = QStandardItemModel(self)
        self.durations_view = _table_view("durations")
        self.durations_view.setModel(self.durations)
        _data_view(self.durations_view)
        self.durations_view.setMaximumHeight(170)

        self.behind_title = QLabel(translate("Statistics", "Click a figure to list the cases behind it."))
        self.behind_title.setObjectName("behind_title")
        self.behind_title.setWordWrap(True)
        self.cases = QStandardItemModel(0, 3, self)
        self.cases_view = _table_view("cases_behind")
        self.cases_view.setModel(self.cases)
        self.cases_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases_view.horizontalHeader().setStretchLastSection(True)
        self.cases_view.verticalHeader().setVisible(False)
        self.cases_view.doubleClicked.connect(self._case_double_clicked)
        self._case_headers()

        middle = QWidget()
        inner = QVBoxLayout(middle)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.figures_view, 3)
        inner.addWidget(self.table_note)
        inner.addWidget(self.durations_view, 1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.behind_title)
        side.addWidget(self.cases_view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table_list)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([230, 560, 380])
        return splitter

    def _case_headers(self) -> None:
        self.cases.setHorizontalHeaderLabels(
            [translate("Statistics", "Case"), translate("Statistics", "Child"), translate("Statistics", "Reported")]
        )

    def _charts_tab(self) -> QWidget:
        self.violence_chart = Chart("stacked")
        self.violence_chart.setObjectName("violence_chart")
        self.compliance_chart = Chart("stacked")
        self.compliance_chart.setObjectName("compliance_chart")
        self.trend_chart = Chart("lines")
        self.trend_chart.setObjectName("trend_chart")
        self.violence_chart.clicked.connect(self._violence_clicked)
        self.compliance_chart.clicked.connect(self._compliance_clicked)
        self.trend_chart.clicked.connect(self._trend_clicked)
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.addWidget(self.violence_chart, 0, 0, 2, 1)
        grid.addWidget(self.compliance_chart, 0, 1)
        grid.addWidget(self.trend_chart, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        return scroll

    def _compliance_tab(self) -> QWidget:
        self.compliance = QStandardItemModel(self)
        self.compliance_view = _table_view("compliance")
        self.compliance_view.setModel(self.compliance)
        self.compliance_view.verticalHeader().setVisible(False)
        self.compliance_view.clicked.connect(self._compliance_cell_clicked)
        note = QLabel(
            translate(
                "Statistics",
                "Outgoing referrals whose response was due in the period, and protocol steps due in it, "
                "by the sector that owed them: answered or done by the deadline, after it, or still open past it. "
                "Days: from sending (or the step's start) to the answer.",
            )
        )
        note.setWordWrap(True)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.addWidget(note)
        layout.addWidget(self.compliance_view, 1)
        return holder

    def _quality_tab(self) -> QWidget:
        self.quality_list = QListWidget()
        self.quality_list.setObjectName("quality")
        self.quality_list.setProperty("registry_data", True)
        self.quality_list.currentRowChanged.connect(self._quality_chosen)
        self.quality_cases = QListWidget()
        self.quality_cases.setObjectName("quality_cases")
        self.quality_cases.setProperty("registry_data", True)
        self.quality_cases.itemDoubleClicked.connect(lambda item: self.open_case.emit(int(item.data(CASE_ROLE))))
        note = QLabel(
            translate(
                "Statistics",
                "Records the figures cannot use as they are. Never exported; double-click a case to correct it.",
            )
        )
        note.setWordWrap(True)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(self.quality_list, 1)
        row.addWidget(self.quality_cases, 1)
        layout.addLayout(row, 1)
        return holder

    # ---- the period ------------------------------------------------------------------------------------------
    def _kind(self) -> str:
        return str(self.preset.currentData())

    def _set_dates(self, period: Period) -> None:
        self._set_days(period.first, period.last)

    def _set_days(self, first: dt.date, last: dt.date) -> None:
        for edit, day in ((self.first_date, first), (self.last_date, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _preset_changed(self) -> None:
        kind = self._kind()
        shifting = kind != "custom"
        self.earlier_button.setEnabled(shifting)
        self.later_button.setEnabled(shifting)
        if shifting:
            self._set_dates(preset(kind, local_today()))

    def _shift(self, direction: int) -> None:
        kind = self._kind()
        if kind == "custom":
            return
        current = preset(kind, self.chosen_period().first)
        day = current.first - dt.timedelta(days=1) if direction < 0 else current.last + dt.timedelta(days=1)
        self._set_dates(preset(kind, day))
        self.reload()

    def _dates_edited(self) -> None:
        if self._kind() != "custom":
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.count() - 1)
            self.preset.blockSignals(False)
            self.earlier_button.setEnabled(False)
            self.later_button.setEnabled(False)

    def chosen_period(self) -> Period:
        first, last = self.first_date.date(), self.last_date.date()
        return Period(dt.date(first.year(), first.month(), first.day()), dt.date(last.year(), last.month(), last.day()))

    def set_period(self, first: dt.date, last: dt.date) -> None:
        """Other dates (used by tests and by the dashboard's link)."""
        self.preset.setCurrentIndex(self.preset.count() - 1)
        self._set_days(first, last)

    # ---- computing -------------------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            period = self.chosen_period()
        except ValueError:
            self.message.show_error(translate("Statistics", "The period ends before it starts."))
            return
        self.message.clear_message()
        self.loading = True
        self._set_busy(True)
        actor = self.ctx.user.id

        def work(session: Session, progress: Progress) -> Report:
            return compute(session, period, actor_id=actor, progress=progress.report)

        self.ctx.ops.with_progress(
            work,
            parent=self,
            label=translate("Statistics", "Counting the period's cases…"),
            write=False,
            success=lambda report: self._computed(period, report),
            failure=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.show_button, self.earlier_button, self.later_button, *self.export_buttons.values()):
            widget.setEnabled(
                not busy and (widget not in (self.earlier_button, self.later_button) or self._kind() != "custom")
            )

    def _computed(self, period: Period, report: Report) -> None:
        self.loading = False
        self._set_busy(False)
        self.period = period
        self.report = report
        current = self.table_list.currentRow()
        self.table_list.blockSignals(True)
        self.table_list.clear()
        for table in report.tables:
            item = QListWidgetItem(export.title(table.id, self.language))
            item.setData(Qt.ItemDataRole.UserRole, table.id)
            self.table_list.addItem(item)
        self.table_list.blockSignals(False)
        self.table_list.setCurrentRow(max(current, 0))
        self._table_chosen(self.table_list.currentRow())
        self._fill_charts(report)
        self._fill_compliance(report)
        self._fill_quality(report)
        self._clear_behind()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self._set_busy(False)
        from registry.ui.ops import OperationCancelled

        if isinstance(error, OperationCancelled):
            return
        if isinstance(error, RegistryError):
            self.message.show_error(error.message(self.language))
        elif self.ctx.ops.failure_handler is not None:
            self.ctx.ops.failure_handler(error, "")

    # ---- tables ----------------------------------------------------------------------------------------------
    def current_table(self) -> CountTable | None:
        if self.report is None or self.table_list.currentItem() is None:
            return None
        return self.report.table(self.table_list.currentItem().data(Qt.ItemDataRole.UserRole))

    def _table_chosen(self, _row: int) -> None:
        table = self.current_table()
        self.figures.clear()
        self.durations.clear()
        if table is None or self.report is None:
            return
        note = fill_figures(self.figures, table, self.language)
        self.table_note.setText(note)
        self.table_note.setVisible(bool(note))
        self.durations_view.setVisible(fill_durations(self.durations, self.report, table, self.language))

    # ---- charts ----------------------------------------------------------------------------------------------
    def _fill_charts(self, report: Report) -> None:
        """Each chart remembers which row and column codes its bars and points stand for (for clicks)."""
        empty = translate("Statistics", "Nothing in this period.")
        forms, compliance, months = chart_data(report, self.language)
        for chart, (title, categories, series, _codes) in zip(
            (self.violence_chart, self.compliance_chart, self.trend_chart), (forms, compliance, months), strict=True
        ):
            chart.set_data(title, categories, series, empty)
        self._violence_rows, self._violence_bands = forms[3]
        self._compliance_sectors, self._trend_months = compliance[3][0], months[3][0]

    # ---- compliance and quality ------------------------------------------------------------------------------
    def _fill_compliance(self, report: Report) -> None:
        self._compliance_rows: list[ComplianceRow] = list(report.compliance)
        fill_compliance(self.compliance, report, self.language)

    def _fill_quality(self, report: Report) -> None:
        self.quality_list.clear()
        self.quality_cases.clear()
        for issue in report.quality:
            item = QListWidgetItem(f"{i18n.text(f'stats.quality.{issue.code}', self.language)}: {issue.count}")
            item.setData(Qt.ItemDataRole.UserRole, issue.code)
            self.quality_list.addItem(item)

    def _quality_chosen(self, row: int) -> None:
        self.quality_cases.clear()
        if self.report is None or not 0 <= row < len(self.report.quality):
            return
        for case_id, number in self.report.quality[row].cases:
            item = QListWidgetItem(number)
            item.setData(CASE_ROLE, case_id)
            self.quality_cases.addItem(item)

    def activated(self) -> None:
        if self.report is None and not self.loading:
            self.reload()


__all__ = ["StatisticsPage"]
