"""Import: bring a centre's spreadsheets in.  Choose a file, see how its columns map to fields with the first rows
beside them (and change the mapping), check it (every error with sheet, line, column and reason, and the rows
whose child is already registered, each with link / new child / skip), then write all or nothing behind a
progress dialog with Cancel.  Everything runs off the GUI thread through ops, in the services of
``registry.services.importing``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from registry import i18n
from registry.services import importing
from registry.services.errors import RegistryError, field_label
from registry.services.importing import ChoiceNeeded, ImportPlan, ImportResult, SheetMapping, Workbook
from registry.services.importing.template import write_template
from registry.services.private_files import write_private
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage
from registry.ui.ops import OperationCancelled, Progress

translate = QCoreApplication.translate
PREVIEW_ROWS = 20


def encodings() -> tuple[tuple[str, str], ...]:
    return (
        ("", translate("Import", "automatic")),
        ("utf-8", translate("Import", "UTF-8")),
        ("cp1250", translate("Import", "Windows-1250")),
        ("iso-8859-2", translate("Import", "ISO-8859-2")),
        ("utf-16", translate("Import", "UTF-16")),
    )


def delimiters() -> tuple[tuple[str, str], ...]:
    return (("", translate("Import", "automatic")), (";", ";"), (",", ","), ("\t", translate("Import", "tab")))


class ImportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_page")
        self.ctx = ctx
        #: where files come from and where the template goes (None: a file dialog); tests put functions here
        self.choose_file: Callable[[], str | list[str] | None] | None = None
        self.choose_template_file: Callable[[str], str | None] | None = None
        self.paths: list[Path] = []
        self.book: Workbook | None = None
        self.mappings: list[SheetMapping] = []
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.busy = False
        self._build()

    # ---- layout ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.open_button = QPushButton(translate("Import", "Choose file…"))
        self.open_button.setObjectName("choose_file")
        self.open_button.clicked.connect(self._choose)
        self.template_button = QPushButton(translate("Import", "Download template…"))
        self.template_button.setObjectName("download_template")
        self.template_button.clicked.connect(self._download_template)
        self.file_label = QLabel(
            translate(
                "Import",
                "An Excel workbook (.xlsx), or CSV files: one, or one per "
                "sheet of a history (cases, household, referrals).",
            )
        )
        self.file_label.setWordWrap(True)
        self.encoding = self._combo("encoding", encodings())
        self.delimiter = self._combo("delimiter", delimiters())
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(translate("Import", "Encoding:")))
        top.addWidget(self.encoding)
        top.addWidget(QLabel(translate("Import", "Separator:")))
        top.addWidget(self.delimiter)
        top.addWidget(self.template_button)

        self.sheets = QTabWidget()
        self.sheets.setObjectName("sheets")
        self.check_button = QPushButton(translate("Import", "Check"))
        self.check_button.setObjectName("check")
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(translate("Import", "Import"))
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(self.write)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.message = FieldMessage("import_message")
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.check_button)
        actions.addWidget(self.import_button)

        self.issues = self._table(
            "issues",
            [
                translate("Import", "Sheet"),
                translate("Import", "Line"),
                translate("Import", "Column"),
                translate("Import", "Problem"),
            ],
        )
        self.matches = self._table(
            "matches",
            [
                translate("Import", "Line"),
                translate("Import", "Child in the file"),
                translate("Import", "Already registered"),
                translate("Import", "Case"),
                translate("Import", "Found by"),
                translate("Import", "What to do"),
            ],
        )
        results = QTabWidget()
        results.setObjectName("results")
        results.addTab(self.issues, translate("Import", "Errors"))
        results.addTab(self.matches, translate("Import", "Already in the register"))
        self.results = results
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.sheets)
        split.addWidget(results)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([420, 280])
        split.setChildrenCollapsible(False)
        self.sheets.setMinimumHeight(220)
        results.setMinimumHeight(160)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self._update()

    def _combo(self, name: str, options: tuple[tuple[str, str], ...]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for value, label in options:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._reread)
        return combo

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        return table

    def _update(self) -> None:
        self.check_button.setEnabled(bool(self.mappings) and not self.busy)
        ready = self.plan is not None and not self.plan.errors and bool(self.plan.to_write) and not self.busy
        self.import_button.setEnabled(ready)
        self.open_button.setEnabled(not self.busy)

    # ---- reading the file ------------------------------------------------------------------------------------
    def _choose(self) -> None:
        chosen = (self.choose_file or self._ask_files)()
        if chosen:
            self.load(*(Path(path) for path in ([chosen] if isinstance(chosen, str) else chosen)))

    def _ask_files(self) -> list[str]:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            translate("Import", "Choose the file to import"),
            "",
            translate("Import", "Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)"),
        )
        return paths

    def load(self, *paths: Path) -> None:
        """Read the files (a workbook, or the CSV files of one history, each named after its sheet)."""
        self.paths = list(paths)
        self._reread()

    def _reread(self) -> None:
        if not self.paths:
            return
        paths, encoding, delimiter = (
            self.paths,
            self.encoding.currentData() or None,
            self.delimiter.currentData() or None,
        )
        self.busy = True
        self.plan = None
        self.message.clear_message()
        self._update()

        def read(_sessions: object) -> Workbook:
            return importing.read_files(
                [(path.name, path.read_bytes()) for path in paths], encoding=encoding, delimiter=delimiter
            )

        self.ctx.ops.call(read, success=self._read, failure=self._read_failed, owner=self)

    def _read(self, book: Workbook) -> None:
        self.busy = False
        self.book = book
        self.mappings, skipped = importing.propose(book)
        detected = []
        if book.kind == "csv":
            names = dict(encodings())
            separator = translate("Import", "tab") if book.delimiter == "\t" else book.delimiter or ""
            detected.append(
                translate("Import", "read as %1, separated by “%2”")
                .replace("%1", names.get(book.encoding or "", book.encoding or ""))
                .replace("%2", separator)
            )
        if skipped:
            detected.append(translate("Import", "sheets left out: %1").replace("%1", ", ".join(skipped)))
        files = ", ".join(path.name for path in self.paths)
        self.file_label.setText(files + (f" — {'; '.join(detected)}" if detected else ""))
        self._show_sheets()
        self._clear_results()
        self.summary.setText(translate("Import", "Check the columns, then press Check."))
        self._update()

    def _read_failed(self, error: BaseException) -> None:
        self.busy = False
        self.mappings = []
        self._show_sheets()
        if isinstance(error, ChoiceNeeded):
            samples = "\n".join(f"{name}: {text}" for name, text in error.samples.items())
            self.message.show_warning(
                translate("Import", "Choose the encoding in which the letters read right:") + "\n" + samples
            )
        elif isinstance(error, RegistryError):
            self.message.show_error(error.message(self.ctx.language))
        elif isinstance(error, OSError):
            self.message.show_error(
                translate("Import", "The file could not be read: %1").replace("%1", error.strerror or str(error))
            )
        else:
            raise error
        self._update()

    # ---- mapping and preview ---------------------------------------------------------------------------------
    def _show_sheets(self) -> None:
        self.sheets.clear()
        for mapping in self.mappings:
            kind = self._sheet_title(mapping.spec.key)
            title = mapping.sheet.name if mapping.sheet.name == kind else f"{mapping.sheet.name} ({kind})"
            self.sheets.addTab(self._preview(mapping), title)

    def _sheet_title(self, key: str) -> str:
        name = f"template.sheet.{key}"
        return i18n.text(name, self.ctx.language) if i18n.has(name) else key

    def _preview(self, mapping: SheetMapping) -> QTableWidget:
        """Row 0: a field chooser above each column; then the header as written and the first rows."""
        header = mapping.header
        rows = mapping.sheet.rows[mapping.header_row + 1 : mapping.header_row + 1 + PREVIEW_ROWS]
        width = max([len(header), *(len(row.cells) for row in rows)])
        table = QTableWidget(len(rows) + 1, width)
        table.setObjectName(f"preview_{mapping.spec.key}")
        table.setHorizontalHeaderLabels([header[i] if i < len(header) else "" for i in range(width)])
        table.setVerticalHeaderLabels(["", *(str(row.line) for row in rows)])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for column in range(width):
            chooser = QComboBox()
            chooser.setObjectName(f"field_{mapping.spec.key}_{column}")
            chooser.addItem(translate("Import", "— not imported —"), "")
            for spec_column in mapping.spec.columns:
                chooser.addItem(field_label(spec_column.key, self.ctx.language), spec_column.key)
            chooser.setCurrentIndex(max(chooser.findData(mapping.columns.get(column, "")), 0))
            chooser.currentIndexChanged.connect(
                lambda _index, m=mapping, c=column, box=chooser: self._remap(m, c, box.currentData())
            )
            table.setCellWidget(0, column, chooser)
        for index, row in enumerate(rows, start=1):
            for column, text in enumerate(row.cells[:width]):
                table.setItem(index, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        return table

    def _remap(self, mapping: SheetMapping, column: int, key: str) -> None:
        for position, mapped in list(mapping.columns.items()):
            if mapped == key and position != column:
                del mapping.columns[position]  # one column per field: the field moves to the chosen column
        if key:
            mapping.columns[column] = key
        else:
            mapping.columns.pop(column, None)
        self.plan = None
        self._clear_results()
        self._update()

    # ---- checking ----------------------------------------------------------------------------------------------
    def check(self) -> None:
        if self.book is None:
            return
        book, mappings, language, actor = self.book, self.mappings, self.ctx.language, self.ctx.user.id
        self.busy = True
        self._update()

        def plan(session: Session) -> ImportPlan:
            return importing.plan_import(session, book, mappings, language=language, actor_id=actor)

        self.ctx.ops.read(plan, success=self._checked, failure=self._failed, owner=self)

    def _checked(self, plan: ImportPlan) -> None:
        self.busy = False
        self.plan = plan
        self._show_issues(plan)
        self._show_matches(plan)
        self._summarise()
        self.results.setCurrentIndex(0 if plan.errors or not plan.matches else 1)
        self._update()

    def _summarise(self) -> None:
        plan = self.plan
        if plan is None:
            return
        if plan.errors:
            rows = len({(e.sheet, e.line) for e in plan.errors})
            self.summary.setText(
                translate(
                    "Import", "Rows with errors: %1. Nothing will be written until they are corrected in the file."
                ).replace("%1", str(rows))
            )
            return
        skipped = sum(1 for case in plan.cases if case.action == "skip")
        linked = sum(1 for case in plan.cases if case.action == "link")
        text = (
            translate("Import", "Ready: %1 cases to write (%2 of children already registered), %3 skipped.")
            .replace("%1", str(len(plan.to_write)))
            .replace("%2", str(linked))
            .replace("%3", str(skipped))
        )
        if plan.new_institutions:  # referrals to institutions the directory does not have yet
            text += " " + translate("Import", "New in the institution directory: %1.").replace(
                "%1", ", ".join(plan.new_institutions)
            )
        self.summary.setText(text)

    def _show_issues(self, plan: ImportPlan) -> None:
        self.issues.setRowCount(len(plan.errors))
        for row, error in enumerate(plan.errors):
            for column, text in enumerate((error.sheet, str(error.line), error.column, error.message)):
                self.issues.setItem(row, column, QTableWidgetItem(text))
        self.issues.resizeRowsToContents()

    def _show_matches(self, plan: ImportPlan) -> None:
        by_row = {(case.mapping.sheet.name if case.mapping else "", case.line): case for case in plan.cases}
        self.matches.setRowCount(len(plan.matches))
        found_by = {
            "case": translate("Import", "the same case"),
            "jmbg": translate("Import", "JMBG"),
            "name_birth": translate("Import", "name and birth date"),
        }
        for row, match in enumerate(plan.matches):
            case = by_row[(match.sheet, match.line)]
            child = case.child.values
            born = match.birth_date.strftime("%d.%m.%Y.") if match.birth_date else ""
            for column, text in enumerate(
                (
                    str(match.line),
                    f"{child['given_name']} {child['family_name']}",
                    f"{match.name} {born}".strip(),
                    match.case_number,
                    found_by.get(match.kind, match.kind),
                )
            ):
                self.matches.setItem(row, column, QTableWidgetItem(text))
            choice = QComboBox()
            choice.setObjectName(f"action_{match.line}")
            if not (match.kind == "case" and case.number):
                choice.addItem(translate("Import", "New case of this child"), "link")
                choice.addItem(translate("Import", "A different child"), "separate")
            choice.addItem(translate("Import", "Skip the row"), "skip")
            choice.setCurrentIndex(max(choice.findData(match.action), 0))
            choice.currentIndexChanged.connect(
                lambda _i, m=match, box=choice: self._choose_action(m.line, m.sheet, box.currentData())
            )
            self.matches.setCellWidget(row, 5, choice)
        self.matches.resizeRowsToContents()

    def _choose_action(self, line: int, sheet: str, action: str) -> None:
        if self.plan is not None:
            importing.choose(self.plan, line, action, sheet)
            self._summarise()
            self._update()

    def _clear_results(self) -> None:
        self.issues.setRowCount(0)
        self.matches.setRowCount(0)

    # ---- writing -----------------------------------------------------------------------------------------------
    def write(self) -> None:
        if self.plan is None or self.plan.errors:
            return
        plan, actor = self.plan, self.ctx.user.id
        self.busy = True
        self._update()

        def run(session: Session, progress: Progress) -> ImportResult:
            return importing.write_import(session, plan, actor_id=actor, progress=progress.report)

        self.ctx.ops.with_progress(
            run,
            parent=self,
            label=translate("Import", "Writing the cases…"),
            success=self._written,
            failure=self._failed,
        )

    def _written(self, result: ImportResult) -> None:
        self.busy = False
        self.result = result
        self.plan = None
        self.message.show_warning(
            i18n.text(
                "import.summary",
                self.ctx.language,
                created=result.created,
                linked=result.linked,
                skipped=result.skipped,
            )
        )
        self.summary.setText("")
        self._update()
        self.ctx.events.case_changed.emit(0)  # case lists reload

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, OperationCancelled):
            self.message.show_warning(translate("Import", "Cancelled: nothing was written."))
        elif isinstance(error, RegistryError):
            self.message.show_error(error.message(self.ctx.language))
        else:
            raise error
        self._update()

    # ---- the template ------------------------------------------------------------------------------------------
    def _download_template(self) -> None:
        name = i18n.text("template.file_name", self.ctx.language)
        target = (self.choose_template_file or self._ask_template_file)(name)
        if not target:
            return
        language = self.ctx.language

        def make(session: Session) -> Path:
            import io

            out = io.BytesIO()
            write_template(session, out, language=language)
            path = Path(target if target.lower().endswith(".xlsx") else target + ".xlsx")
            write_private(path, out.getvalue())
            return path

        self.ctx.ops.read(
            make,
            success=lambda path: self.message.show_warning(
                translate("Import", "Template saved: %1").replace("%1", str(path))
            ),
            failure=self._failed,
            owner=self,
        )

    def _ask_template_file(self, name: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("Import", "Save the import template"), name, translate("Import", "Excel workbook (*.xlsx)")
        )
        return path or None


__all__ = ["ImportPage"]
