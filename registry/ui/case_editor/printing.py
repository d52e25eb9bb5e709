"""Printing from the case editor (``CaseEditorPage`` inherits it): the open case's summary, checklist or timeline,
and a section's own documents, each in a print preview whose printing is audited."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from registry.services.case_view import CaseView
from registry.ui.context import AppContext

translate = QCoreApplication.translate


class PrintsCase:
    """Mixed into the page: the attributes below are the page's."""

    ctx: AppContext
    view: CaseView | None
    last_preview: QWidget | None

    def print_preview(
        self, title: str, document: str, subject_id: int, *, referral_id: int | None = None, file_name: str
    ) -> QWidget:
        # imported when first used: print preview brings Qt's PDF and print modules, which the window's start skips
        from registry.ui.print_preview import PrintPreview, document_builder, document_recorder

        assert self.view is not None
        assert isinstance(self, QWidget)
        user_id = self.ctx.user.id
        preview = PrintPreview(
            self.ctx,
            title,
            document_builder(document, subject_id, user_id),
            document_recorder(document, actor_id=user_id, case_ids=[self.view.id], referral_id=referral_id),
            file_name=file_name,
            parent=self,
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        self.last_preview = preview
        return preview

    def print_document(self, document: str) -> QWidget | None:
        """Preview the case summary, checklist or timeline of the open case."""
        if self.view is None:
            return None
        titles = {
            "summary": translate("CaseEditor", "Case summary"),
            "checklist": translate("CaseEditor", "Protocol checklist"),
            "timeline": translate("CaseEditor", "Case timeline"),
        }
        return self.print_preview(
            f"{titles[document]} {self.view.number}",
            document,
            self.view.id,
            file_name=f"{self.view.number}-{document}.pdf",
        )
