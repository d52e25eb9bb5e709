"""Print preview of the centre's documents: the PDF shown as pages rendered by PDFium, printed through the system print dialog or
saved as a PDF file, in the document language the user picks.  Every print and save is recorded in the audit
trail (``record_printed``).

The PDF is built off the GUI thread (ops).  The print dialog and the save-file question are attributes, so tests
(and the offscreen screenshots) replace them and never open a real system dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from registry.services.private_files import write_private
from registry.ui.context import AppContext
from registry.ui.ops import OperationCancelled, Progress
from registry.ui.pdf_pages import PdfPages, PdfPagesView

translate = QCoreApplication.translate

#: the languages a document can be printed in, each named in its own words
DOCUMENT_LANGUAGES = (
    ("bs", "Bosanski"),
    ("hr", "Hrvatski"),
    ("sr-Latn", "Srpski (latinica)"),
    ("sr-Cyrl", "Српски (ћирилица)"),
    ("en", "English"),
)
#: (session, language) -> (pdf bytes, pages)
Builder = Callable[[Session, str], tuple[bytes, int]]
#: (session, language, pages) -> None: record_printed for what was printed
Recorder = Callable[[Session, str, int], None]
PRINT_DPI = 200


def document_builder(document: str, target: int, printed_by: int) -> Builder:
    """One document of ``registry.printing`` (summary, checklist, timeline, referral) as a preview builder."""

    def build(session: Session, language: str) -> tuple[bytes, int]:
        from registry.printing import print_job

        printed = print_job(session, document, target, language=language, printed_by=printed_by)
        return printed.data, printed.pages

    return build


def document_recorder(
    document: str, *, actor_id: int, case_ids: Sequence[int] = (), referral_id: int | None = None
) -> Recorder:
    def record(session: Session, language: str, pages: int) -> None:
        from registry.printing import record_printed

        if referral_id is not None:
            record_printed(
                session,
                document,
                actor_id=actor_id,
                case_id=case_ids[0] if case_ids else None,
                referral_id=referral_id,
                language=language,
                pages=pages,
            )
            return
        for case_id in case_ids:
            record_printed(session, document, actor_id=actor_id, case_id=case_id, language=language, pages=pages)

    return record


def default_print_dialog(printer: QPrinter, parent: QWidget) -> QDialog:
    return QPrintDialog(printer, parent)


def default_save_path(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent, translate("PrintPreview", "Save as PDF"), suggested, translate("PrintPreview", "PDF files (*.pdf)")
    )
    return path


class PrintPreview(QDialog):
    """The preview window; ``loaded`` is emitted each time a document (re)appears."""

    loaded = Signal()
    #: replaceable: (printer, parent) -> a dialog whose exec() says whether to print
    print_dialog_factory: Callable[[QPrinter, QWidget], QDialog] = staticmethod(default_print_dialog)
    #: replaceable: (parent, suggested file name) -> chosen path ("" to cancel)
    save_path_provider: Callable[[QWidget, str], str] = staticmethod(default_save_path)

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        build: Builder,
        record: Recorder,
        *,
        file_name: str,
        language: str | None = None,
        data: bytes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print_preview")
        self.ctx = ctx
        self._build = build
        self._record = record
        self._file_name = file_name
        self.data = b""
        self.pages = 0
        self.setWindowTitle(translate("PrintPreview", "Print preview — %1").replace("%1", title))
        self.document = PdfPages()
        self.finished.connect(lambda _result: self.document.close())
        self.destroyed.connect(self.document.close)
        self.view = PdfPagesView(self)
        self.view.setObjectName("pdf_view")

        self.language = QComboBox()
        self.language.setObjectName("document_language")
        for code, name in DOCUMENT_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setToolTip(translate("PrintPreview", "The language and script of the printed document"))
        wanted = language or ctx.language
        self.language.setCurrentIndex(max(self.language.findData(wanted), 0))
        self.language.currentIndexChanged.connect(lambda _index: self.rebuild())
        self.page_label = QLabel()
        self.page_label.setObjectName("page_count")
        self.status = QLabel()
        self.status.setObjectName("preview_status")
        self.status.setProperty("registry_data", True)
        self.print_button = QPushButton(translate("PrintPreview", "Print…"))
        self.print_button.setObjectName("print_button")
        self.save_button = QPushButton(translate("PrintPreview", "Save as PDF…"))
        self.save_button.setObjectName("save_pdf_button")
        close = QPushButton(translate("PrintPreview", "Close"))
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("PrintPreview", "Document language:")))
        top.addWidget(self.language)
        top.addWidget(self.page_label)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.resize(900, 1000)
        self._set_ready(False)
        if data is not None:
            self._show(data, 0)
        else:
            self.rebuild()

    @property
    def document_language(self) -> str:
        return str(self.language.currentData())

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def rebuild(self) -> None:
        self._set_ready(False)
        self.page_label.setText(translate("PrintPreview", "Preparing the document…"))
        language = self.document_language
        self.ctx.ops.read(
            lambda session: self._build(session, language),
            key=f"print-preview-{id(self)}",
            owner=self,
            success=lambda result: self._show(*result),
            failure=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        from registry.services.errors import RegistryError

        self.page_label.setText("")
        text = error.message(self.ctx.language) if isinstance(error, RegistryError) else str(error)
        self.status.setText(text)

    def _show(self, data: bytes, pages: int) -> None:
        self.data = data
        self.document.load(data)
        self.view.show_document(self.document)
        self.pages = self.document.pageCount() or pages
        self.page_label.setText(translate("PrintPreview", "%n page(s)", None, self.pages))
        self._set_ready(self.pages > 0)
        self.loaded.emit()

    # ---- print and save ----------------------------------------------------------------------------------------
    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._file_name)
        dialog = self.print_dialog_factory(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.render_to(printer)
        self._recorded(translate("PrintPreview", "Sent to the printer."))
        return True

    def render_to(self, printer: QPrinter) -> None:
        """Each page as an image at up to PRINT_DPI, fitted to the printer's page."""
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            first, last = 0, self.document.pageCount() - 1
            if printer.fromPage() > 0:
                first, last = printer.fromPage() - 1, min(printer.toPage() - 1, last)
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                points = self.document.pagePointSize(number)
                size = QSize(round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72))
                image = self.document.render(number, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(QRect(target.topLeft(), scaled))
                painter.setWindow(image.rect())
                painter.drawImage(QPointF(0, 0), image)
                painter.setViewport(target)
                painter.setWindow(target)
        finally:
            painter.end()

    def save_document(self) -> bool:
        path = self.save_path_provider(self, self._file_name)
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_private(Path(path), self.data)  # owner-only, and never a half-written PDF
        except OSError as error:
            self.status.setText(
                translate("PrintPreview", "The file could not be saved: %1").replace("%1", error.strerror or str(error))
            )
            return False
        self._recorded(translate("PrintPreview", "Saved as %1.").replace("%1", path))
        return True

    def _recorded(self, text: str) -> None:
        language, pages = self.document_language, self.pages
        self.status.setText(text)
        self.ctx.ops.write(lambda session: self._record(session, language, pages), owner=self)


def print_case_summaries(ctx: AppContext, case_ids: Sequence[int], parent: QWidget | None) -> None:
    """The summaries of several cases in one document, built behind a progress dialog with Cancel; then the
    preview opens (nothing is opened when the user cancels)."""
    ids = list(case_ids)
    if not ids:
        return
    language = ctx.language
    user_id = ctx.user.id

    def build(session: Session, progress: Progress) -> tuple[bytes, int]:
        from registry.printing import build_case_summaries

        data = build_case_summaries(
            session,
            ids,
            language=language,
            printed_by=user_id,
            progress=progress.report,
            cancelled=lambda: progress.cancelled,
        )
        return data, 0

    def batch_builder(session: Session, lang: str) -> tuple[bytes, int]:
        from registry.printing import build_case_summaries

        return build_case_summaries(session, ids, language=lang, printed_by=user_id), 0

    def done(result: tuple[bytes, int]) -> None:
        title = translate("PrintPreview", "Summaries of %n case(s)", None, len(ids))
        preview = PrintPreview(
            ctx,
            title,
            batch_builder,
            document_recorder("summary", actor_id=user_id, case_ids=ids),
            file_name="case-summaries.pdf",
            language=language,
            data=result[0],
            parent=parent,
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        if parent is not None:
            parent.setProperty("last_print_preview", preview)

    def failed(error: BaseException) -> None:
        from registry.printing import PrintCancelled

        if isinstance(error, (OperationCancelled, PrintCancelled)):
            return
        if ctx.ops.failure_handler is not None:
            ctx.ops.failure_handler(error, "")

    ctx.ops.with_progress(
        build,
        parent=parent,
        write=False,
        label=translate("PrintPreview", "Preparing the summaries of %n case(s)…", None, len(ids)),
        success=done,
        failure=failed,
    )


__all__ = ["DOCUMENT_LANGUAGES", "PrintPreview", "document_builder", "document_recorder", "print_case_summaries"]
