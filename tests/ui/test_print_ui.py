"""Printing from the application: preview (pages rendered by PDFium), print through an injected print dialog, save as PDF, the
document language, and the batch of summaries with progress and Cancel; every print is in the audit trail."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog
from sqlalchemy import select

from registry.models import AuditEvent
from registry.ui.case_editor import CaseEditorPage
from registry.ui.case_list import CaseListPage
from registry.ui.print_preview import PrintPreview
from tests.ui.conftest import register


class AcceptingDialog:
    """Stands in for QPrintDialog: says OK and prints to a PDF file instead of a real printer."""

    def __init__(self, printer: QPrinter, path: str) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted


def _printed(sessions, case_id: int) -> list[dict]:
    with sessions() as session:
        return [
            event.details
            for event in session.scalars(
                select(AuditEvent).where(AuditEvent.case_id == case_id, AuditEvent.action == "print")
            )
        ]


def test_preview_print_and_save_from_the_editor(qtbot, make_ctx, sessions, worker, tmp_path, monkeypatch) -> None:
    case_id = register(sessions, worker, "Đorđe", "Šćepanović", lead_worker_id=worker.id)
    ctx = make_ctx(worker)
    editor = CaseEditorPage(ctx)
    qtbot.addWidget(editor)
    editor.open_case(case_id)
    qtbot.waitUntil(lambda: editor.view is not None, timeout=10_000)
    preview = editor.print_document("summary")
    assert isinstance(preview, PrintPreview)
    qtbot.waitUntil(lambda: preview.pages > 0, timeout=30_000)
    assert preview.document.pageCount() == preview.pages and preview.data.startswith(b"%PDF")
    assert preview.print_button.isEnabled()
    printed_to = tmp_path / "printer.pdf"
    monkeypatch.setattr(
        PrintPreview,
        "print_dialog_factory",
        staticmethod(lambda printer, _parent: AcceptingDialog(printer, str(printed_to))),
    )
    assert preview.print_document()
    assert printed_to.stat().st_size > 1000
    saved = tmp_path / "summary"
    monkeypatch.setattr(PrintPreview, "save_path_provider", staticmethod(lambda _parent, _name: str(saved)))
    english = preview.data
    with qtbot.waitSignal(preview.loaded, timeout=30_000):
        preview.language.setCurrentIndex(preview.language.findData("sr-Cyrl"))
    assert preview.data != english
    assert preview.save_document()
    assert (tmp_path / "summary.pdf").read_bytes() == preview.data
    if os.name == "posix":  # a child's data: readable by its owner only
        assert stat.S_IMODE((tmp_path / "summary.pdf").stat().st_mode) == 0o600
    qtbot.waitUntil(lambda: not ctx.ops.busy, timeout=10_000)
    documents = _printed(sessions, case_id)
    assert [(d["document"], d["language"]) for d in documents] == [("summary", "en"), ("summary", "sr-Cyrl")]
    assert all(d["pages"] > 0 for d in documents)


@pytest.mark.parametrize("document", ["checklist", "timeline"])
def test_other_documents_preview(qtbot, make_ctx, sessions, worker, document) -> None:
    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker, "bs")
    editor = CaseEditorPage(ctx)
    qtbot.addWidget(editor)
    editor.open_case(case_id)
    qtbot.waitUntil(lambda: editor.view is not None, timeout=10_000)
    preview = editor.print_document(document)
    qtbot.waitUntil(lambda: preview.pages > 0, timeout=30_000)
    assert preview.document_language == "bs"
    preview.print_dialog_factory = lambda _printer, _parent: type("No", (), {"exec": lambda self: 0})()
    assert not preview.print_document()  # the user cancelled the print dialog: nothing recorded
    qtbot.waitUntil(lambda: not ctx.ops.busy, timeout=10_000)
    assert _printed(sessions, case_id) == []


def _list_with_cases(qtbot, make_ctx, sessions, worker, count: int) -> tuple[CaseListPage, list[int]]:
    ids = [register(sessions, worker, f"Dijete{n}", "Hodžić", lead_worker_id=worker.id) for n in range(count)]
    ctx = make_ctx(worker)
    page = CaseListPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == count and not ctx.ops.busy, timeout=10_000)
    page.table.selectAll()
    assert sorted(page.selected_case_ids()) == sorted(ids)
    return page, ids


def test_batch_print_of_selected_cases_with_progress(qtbot, make_ctx, sessions, worker) -> None:
    page, ids = _list_with_cases(qtbot, make_ctx, sessions, worker, 3)
    page.print_button.click()
    qtbot.waitUntil(lambda: isinstance(page.property("last_print_preview"), PrintPreview), timeout=60_000)
    preview = page.property("last_print_preview")
    assert preview.pages >= 3
    preview.save_path_provider = lambda _parent, _name: ""  # the user cancelled the file dialog
    assert not preview.save_document()


def test_batch_print_can_be_cancelled(qtbot, make_ctx, sessions, worker) -> None:
    page, _ids = _list_with_cases(qtbot, make_ctx, sessions, worker, 4)
    page.print_button.click()
    dialogs = page.findChildren(QProgressDialog)
    assert len(dialogs) == 1
    dialogs[0].canceled.emit()  # the Cancel button
    qtbot.waitUntil(lambda: not page.ctx.ops.busy, timeout=30_000)
    assert page.property("last_print_preview") is None
    assert not [d for d in page.findChildren(QProgressDialog) if d.isVisible()]
