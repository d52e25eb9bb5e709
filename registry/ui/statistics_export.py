"""The Statistics page's exports (``StatisticsPage`` inherits it): the period's anonymised report as PDF, XLSX or
CSV for supervisors and the auditor, built off the GUI thread behind a progress dialog (small counts suppressed,
the export audited by the service) and written owner-only where the user chose."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy.orm import Session

from registry.services.private_files import write_private
from registry.services.statistics.period import Period
from registry.ui.context import AppContext
from registry.ui.forms import FieldMessage
from registry.ui.ops import Progress
from registry.ui.statistics_views import export_bytes

translate = QCoreApplication.translate


class ExportsStatistics:
    """Mixed into the page: the attributes below are the page's."""

    ctx: AppContext
    language: str
    may_export: bool
    message: FieldMessage
    #: (suggested name, format) -> path, or None to cancel; tests put their own here
    choose_file: Callable[[str, str], str | None] | None
    saved_to: Path | None

    if TYPE_CHECKING:  # the page's own methods

        def chosen_period(self) -> Period: ...
        def _set_busy(self, busy: bool) -> None: ...
        def _failed(self, error: BaseException) -> None: ...

    def _as_widget(self) -> QWidget:
        assert isinstance(self, QWidget)  # the page is one
        return self

    def _ask_file(self, suggested: str, fmt: str) -> str | None:
        names = {
            "pdf": translate("Statistics", "PDF documents"),
            "xlsx": translate("Statistics", "Workbooks"),
            "csv": translate("Statistics", "CSV files"),
        }
        # the pattern stays as the file system spells it (a transliterated *.пдф would match nothing)
        path, _filter = QFileDialog.getSaveFileName(
            self._as_widget(), translate("Statistics", "Save the statistics"), suggested, f"{names[fmt]} (*.{fmt})"
        )
        return path or None

    def export(self, fmt: str) -> None:
        if not self.may_export:
            return
        try:
            period = self.chosen_period()
        except ValueError:
            self.message.show_error(translate("Statistics", "The period ends before it starts."))
            return
        suggested = f"statistics-{period.first.isoformat()}-{period.last.isoformat()}.{fmt}"
        target = (self.choose_file or self._ask_file)(suggested, fmt)
        if not target:
            return
        actor, language = self.ctx.user.id, self.language
        self.message.clear_message()
        self.saved_to = None
        self._set_busy(True)

        def work(session: Session, progress: Progress) -> bytes:
            return export_bytes(session, period, fmt, actor_id=actor, language=language, progress=progress)

        self.ctx.ops.with_progress(
            work,
            parent=self._as_widget(),
            label=translate("Statistics", "Preparing the export…"),
            success=lambda data: self._exported(Path(target), data),
            failure=self._failed,
        )

    def _exported(self, path: Path, data: bytes) -> None:
        self._set_busy(False)
        try:
            write_private(path, data)
        except OSError as error:
            self.message.show_error(
                translate("Statistics", "The file could not be saved: %1").replace("%1", error.strerror or str(error))
            )
            return
        self.saved_to = path
        self.message.show_warning(translate("Statistics", "Saved: %1").replace("%1", str(path)))


__all__ = ["ExportsStatistics"]
