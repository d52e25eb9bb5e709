"""The case list page: search as you type, filters, a lazily filled table of up to a million cases, and a count.

Used three times in the navigation: *My cases* (the signed-in worker's open cases), *All cases* and *Overdue*
(open cases with a protocol step past its due date).  Double-click or Enter on a row emits ``open_case(case_id)``;
the main window hands it to the case editor.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registry.services.case_list import CaseQuery
from registry.ui.case_list_model import CASE_ID_ROLE, SORT_OF_COLUMN, CaseListModel, Column
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage

SEARCH_DELAY_MS = 150
_OPEN = "__open__"


translate = QCoreApplication.translate


class CaseTableView(QTableView):
    """The table: Enter opens a case, Ctrl+End and Ctrl+Home go to the very last and first case of the list."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(int(self.currentIndex().data(CASE_ID_ROLE)))
            return
        if isinstance(model, CaseListModel) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() == Qt.Key.Key_End:
                model.jump_to_end()
                return
            if event.key() == Qt.Key.Key_Home:
                if model.has_more_before():
                    model.jump_to_start()
                else:
                    self.go_to_row(0)
                return
        super().keyPressEvent(event)

    def go_to_row(self, row: int) -> None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, max(self.currentIndex().column(), 0))
        self.setCurrentIndex(index)
        self.scrollTo(
            index, QAbstractItemView.ScrollHint.PositionAtBottom if row else QAbstractItemView.ScrollHint.PositionAtTop
        )


class CaseListPage(QWidget):
    open_case = Signal(int)
    new_case_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        *,
        preset: CaseQuery | None = None,
        fixed_worker: bool = False,
        fixed_overdue: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._preset = preset or CaseQuery()
        self._fixed_worker = fixed_worker
        self._fixed_overdue = fixed_overdue
        self.model = CaseListModel(ctx, self._preset, self)
        self._stale = False
        self._build()
        self._connect()
        self._set_filters_from(self._preset)
        self.model.reload()

    # ---- building ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("case_search")
        self.search.setPlaceholderText(
            translate("CaseList", "Search: child or parent (either script), JMBG, case number, address, phone")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            translate(
                "CaseList",
                "Type part of a child's or parent's name, a JMBG, a case number, an address, a phone number or a referral's registry number; results follow as you type",
            )
        )
        self.new_case_button = QPushButton(translate("CaseList", "New case…"))
        self.new_case_button.setToolTip(
            translate("CaseList", "Search for the child first, then register a new case (Ctrl+N)")
        )
        self.new_case_button.setVisible(self.ctx.user.writes_cases)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_case_button)

        reference = self.ctx.reference

        def options(kind: str) -> list[tuple[str, object]]:
            return [(label, code) for code, label in reference.options(kind)]

        self.status_filter = self._combo(
            "status_filter",
            translate("CaseList", "Any status"),
            [(translate("CaseList", "Open cases"), _OPEN), *options("case_status")],
        )
        self.risk_filter = self._combo("risk_filter", translate("CaseList", "Any risk"), options("risk_level"))
        self.urgency_filter = self._combo("urgency_filter", translate("CaseList", "Any urgency"), options("urgency"))
        self.worker_filter = self._combo(
            "worker_filter",
            translate("CaseList", "Any worker"),
            [(member.full_name, member.id) for member in reference.staff if member.active],
        )
        self.violence_filter = self._combo(
            "violence_filter", translate("CaseList", "Any form of violence"), options("violence_form")
        )
        self.overdue_filter = QCheckBox(translate("CaseList", "Overdue only"))
        self.overdue_filter.setToolTip(translate("CaseList", "Open cases with a protocol step past its due date"))
        self.clear_filters = QPushButton(translate("CaseList", "Clear filters"))
        filters = QHBoxLayout()
        for widget in (
            self.status_filter,
            self.risk_filter,
            self.urgency_filter,
            self.worker_filter,
            self.violence_filter,
        ):
            filters.addWidget(widget, 1)
        filters.addWidget(self.overdue_filter)
        filters.addWidget(self.clear_filters)
        self.worker_filter.setVisible(not self._fixed_worker)
        self.overdue_filter.setVisible(not self._fixed_overdue)

        self.table = CaseTableView()
        self.table.setObjectName("case_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several to print
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        self._size_columns()
        self._sort_column = Column.REGISTERED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._show_sort_indicator()

        self.count_label = QLabel()
        self.count_label.setObjectName("case_count")
        self.loading_label = QLabel(translate("CaseList", "Loading…"))
        self.loading_label.setVisible(False)
        self.print_button = QPushButton(translate("CaseList", "Print summaries…"))
        self.print_button.setObjectName("print_summaries")
        self.print_button.setToolTip(translate("CaseList", "Print the summaries of the selected cases in one document"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.loading_label)
        self.export_button = QPushButton(translate("CaseList", "Export…"))
        self.export_button.setObjectName("export_list")
        self.export_button.setToolTip(
            translate("CaseList", "Save the list as it is filtered to Excel (XLSX) or CSV: only the cases you may see")
        )
        self.export_button.clicked.connect(self.export_list)
        #: where to save (path, "xlsx" or "csv"; empty path: cancelled); tests answer it themselves
        self.choose_export_file = self._choose_export_file
        self.exported: tuple[str, int] | None = None
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.print_button)

        # a worker sees only the cases she works on: the list says so, not only what it leaves out
        self.scope_note = QLabel(
            translate(
                "CaseList",
                "You see the cases you work on: as lead worker or co-worker, as their supervisor, or "
                "registered by you. Ask your supervisor about any other case.",
            )
        )
        self.scope_note.setObjectName("scope_note")
        self.scope_note.setWordWrap(True)
        self.scope_note.setVisible(self.ctx.user.role == "worker" and not self._fixed_worker)
        self.print_message = FieldMessage("print_summaries")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.scope_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.print_message)
        layout.addLayout(bottom)
        self.setFocusProxy(self.search)

    def _combo(self, name: str, any_text: str, options: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(any_text, None)
        for label, value in options:
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(any_text) + 44)  # "Any ..." is never cut
        return combo

    def _size_columns(self) -> None:
        """Widths from the longest label each column can show in this language (not from a million rows)."""
        metrics = self.fontMetrics()
        labels = self.ctx.reference.labels
        samples = {
            Column.NUMBER: ["NGS-2026-000000"],
            Column.BIRTH_DATE: ["00.00.0000."],
            Column.REGISTERED: ["00.00.0000."],
            Column.STATUS: list(labels.get("case_status", {}).values()),
            Column.RISK: list(labels.get("risk_level", {}).values()),
            Column.URGENCY: list(labels.get("urgency", {}).values()),
            Column.WORKER: [member.full_name for member in self.ctx.reference.staff] or ["Firstname Lastname"],
            Column.OVERDUE: ["000"],
        }
        header = self.table.horizontalHeader()
        for column, texts in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            arrow = 22 if column in SORT_OF_COLUMN else 0  # room for the sort indicator
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=40)
            header.resizeSection(column, min(max(widest, metrics.horizontalAdvance(title) + arrow) + 14, 200))

    def _fit_child_column(self) -> None:
        """The child's name takes the room the other columns leave, but never less than a long name needs."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(column) for column in Column if column != Column.CHILD)
        room = self.table.viewport().width() - others
        header.resizeSection(
            Column.CHILD, max(room, self.fontMetrics().horizontalAdvance("Hadžimuratović Lamija") + 24)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_child_column()

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        for combo in (
            self.status_filter,
            self.risk_filter,
            self.urgency_filter,
            self.worker_filter,
            self.violence_filter,
        ):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.overdue_filter.toggled.connect(self._filters_changed)
        self.clear_filters.clicked.connect(self._clear_filters)
        self.new_case_button.clicked.connect(self.new_case_requested)
        self.print_button.clicked.connect(self.print_selected)
        self.table.open_requested.connect(self.open_case)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.print_message.clear_message())
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.model.count_changed.connect(self._show_count)
        self.model.loading_changed.connect(self._show_loading)
        self.model.reached_end.connect(lambda: self.table.go_to_row(self.model.rowCount() - 1))
        self.model.rows_prepended.connect(self._keep_place)
        self.model.loaded.connect(self._loaded)
        self.ctx.events.case_changed.connect(self._case_changed)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self._focus_search)
        QShortcut(
            QKeySequence(Qt.Key.Key_Down), self.search, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(self._to_table)

    # ---- filters and search ------------------------------------------------------------------------------
    def _set_filters_from(self, query: CaseQuery) -> None:
        widgets = (
            self.status_filter,
            self.risk_filter,
            self.urgency_filter,
            self.worker_filter,
            self.violence_filter,
            self.overdue_filter,
        )
        for widget in widgets:
            widget.blockSignals(True)
        status = _OPEN if query.open_only and not query.statuses else (query.statuses[0] if query.statuses else None)
        self._select(self.status_filter, status)
        self._select(self.risk_filter, query.risk_levels[0] if query.risk_levels else None)
        self._select(self.urgency_filter, query.urgencies[0] if query.urgencies else None)
        self._select(self.worker_filter, query.worker_id)
        self._select(self.violence_filter, query.violence_forms[0] if query.violence_forms else None)
        self.overdue_filter.setChecked(query.overdue)
        for widget in widgets:
            widget.blockSignals(False)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def current_query(self) -> CaseQuery:
        status = self.status_filter.currentData()
        risk = self.risk_filter.currentData()
        urgency = self.urgency_filter.currentData()
        form = self.violence_filter.currentData()
        worker = None if self._fixed_worker else self.worker_filter.currentData()
        return replace(
            self.model.query,
            statuses=(status,) if status not in (None, _OPEN) else (),
            open_only=status == _OPEN,
            risk_levels=(risk,) if risk else (),
            urgencies=(urgency,) if urgency else (),
            worker_id=worker,
            violence_forms=(form,) if form else (),
            overdue=self._fixed_overdue or self.overdue_filter.isChecked(),
        )

    # ---- export ----------------------------------------------------------------------------------------------
    def _choose_export_file(self) -> tuple[str, str]:
        from PySide6.QtWidgets import QFileDialog

        excel = translate("CaseList", "Excel workbook (*.xlsx)")
        chosen, picked = QFileDialog.getSaveFileName(
            self,
            translate("CaseList", "Export the case list"),
            translate("CaseList", "cases") + ".xlsx",
            f"{excel};;{translate('CaseList', 'CSV for Excel (*.csv)')}",
        )
        fmt = (
            "csv"
            if chosen.lower().endswith(".csv") or (picked != excel and not chosen.lower().endswith(".xlsx"))
            else "xlsx"
        )
        return chosen, fmt

    def export_list(self) -> None:
        """Save the cases the list shows (its filters and search, what this user may see) to a file, audited."""
        from pathlib import Path

        from registry.services.case_list_export import export_case_list

        chosen, fmt = self.choose_export_file()
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        query, text, actor, language = self.model.query, self.model.search_text, self.ctx.user.id, self.ctx.language

        def work(session, progress) -> int:
            return export_case_list(
                session,
                target,
                fmt=fmt,
                query=query,
                text=text,
                actor_id=actor,
                language=language,
                progress=lambda done: progress.report(done, 0),
            )

        def done(count: int) -> None:
            self.exported = (str(target), count)
            self.count_label.setText(
                translate("CaseList", "Exported %1 cases to %2").replace("%1", str(count)).replace("%2", target.name)
            )

        self.ctx.ops.with_progress(
            work, parent=self, label=translate("CaseList", "Exporting the case list…"), write=True, success=done
        )

    def _filters_changed(self) -> None:
        self.model.set_query(self.current_query())

    def _clear_filters(self) -> None:
        keep = CaseQuery(
            assigned_to=self._preset.assigned_to,
            overdue=self._fixed_overdue,
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )
        self._set_filters_from(keep)
        self.model.set_query(keep)

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())

    def _case_changed(self, _case_id: int) -> None:
        """Reload now if the user sees this list, else when they come back to it (counts cost a full scan)."""
        if self.isVisible():
            self.model.reload()
        else:
            self._stale = True

    def _to_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.go_to_row(0)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---- the table -----------------------------------------------------------------------------------------
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(int(index.data(CASE_ID_ROLE)))

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column in SORT_OF_COLUMN:
            self._sort_column, self._sort_order = Column(column), order
        else:
            self._show_sort_indicator()  # only number, name and date order a million rows quickly

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self._sort_column, self._sort_order)
        header.blockSignals(False)

    def _scrolled(self, value: int) -> None:
        if value == self.table.verticalScrollBar().minimum() and self.model.can_fetch_before():
            self.model.fetch_before()

    def _keep_place(self, count: int) -> None:
        bar = self.table.verticalScrollBar()
        bar.setValue(bar.value() + count)

    def _loaded(self) -> None:
        if not self.model.searching and self.model.count is None:
            self.count_label.setText(translate("CaseList", "Counting…"))
        self.table.setSortingEnabled(not self.model.searching)
        if self.model.searching:
            self.table.horizontalHeader().setSortIndicatorShown(False)
        else:
            self.table.horizontalHeader().setSortIndicatorShown(True)
            self._show_sort_indicator()

    def _show_count(self, count: int, exact: bool) -> None:
        if self.model.searching:
            if exact:
                text = translate("CaseList", "%Ln case(s) found", None, count)
            else:
                text = translate("CaseList", "First %Ln case(s) found, more below", None, count)
        else:
            text = translate("CaseList", "%Ln case(s)", None, count)
        self.count_label.setText(text)

    def _show_loading(self, loading: bool) -> None:
        self.loading_label.setVisible(loading)

    def selected_case_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = (self.model.index(row, 0).data(CASE_ID_ROLE) for row in rows)
        return [int(case_id) for case_id in ids if case_id is not None]

    def print_selected(self) -> None:
        """Print the selected cases' summaries; with nothing to print, say what to do instead of nothing."""
        from registry.ui.print_preview import print_case_summaries

        ids = self.selected_case_ids()
        if not ids:
            self.print_message.show_warning(
                translate("CaseList", "The list is empty: there is no case to print.")
                if self.model.rowCount() == 0
                else translate(
                    "CaseList", "Select the cases to print first (click, Shift+click, or Ctrl+A for every case shown)."
                )
            )
            return
        self.print_message.clear_message()
        print_case_summaries(self.ctx, ids, self)

    # ---- page protocol ---------------------------------------------------------------------------------------
    def activated(self) -> None:
        if self._stale:
            self._stale = False
            self.model.reload()
        self.search.setFocus()


__all__ = ["CaseListPage", "CaseTableView"]
