"""The steps of ``registry gui --screenshot``, in one table: each shows one screen and returns the widget to save.

The pages know nothing of screenshots; a new screen worth showing is one function here and one line in ``STEPS``.
Files are numbered in table order after the sign-in window (``02-case-list.png`` ...).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from registry.i18n.transliteration import to_latin
from registry.services.case_list import case_worth_showing
from registry.services.search import search_cases
from registry.ui.audit_viewer import AuditViewerPage
from registry.ui.case_editor import PAGE_KEY, CaseEditorPage
from registry.ui.case_list import CaseListPage
from registry.ui.dashboard import DashboardPage
from registry.ui.import_page import ImportPage
from registry.ui.referral_log import ReferralLogPage
from registry.ui.statistics_page import StatisticsPage
from registry.ui.waiting import type_text, wait_job, wait_until

if TYPE_CHECKING:
    from registry.ui.main_window import MainWindow


@dataclass(frozen=True)
class ScreenshotStep:
    """``take(window)`` returns the widget to save, or None when this user has no such screen; ``name`` is the
    file name without its number and ``.png``."""

    name: str
    take: Callable[[MainWindow], QWidget | None]


# ---- the case list and the new-case dialog ----------------------------------------------------------------------
def case_list_step(window: MainWindow) -> QWidget | None:
    if "all_cases" not in window.page_keys():
        return None
    page = window.show_page("all_cases")
    assert isinstance(page, CaseListPage)
    wait_until(lambda: not page.model.loading and page.model.count is not None)
    if page.model.rowCount():
        page.table.selectRow(0)
    return window


def new_case_step(window: MainWindow) -> QWidget | None:
    """The search step of the new-case dialog with possible duplicates of a common family name."""
    if not window.new_case_action.isVisible():
        return None
    window.new_case()
    dialog = window.new_case_dialog
    dialog.resize(900, 640)
    family, given = _first_child(window) or ("Hodžić", "Amina")
    type_text(dialog.find_family, family)
    type_text(dialog.find_given, given)
    wait_until(lambda: dialog.candidates.topLevelItemCount() > 0 or "…" not in dialog.duplicate_status.text(), 5)
    wait_until(lambda: not window.ctx.ops.busy and not dialog._duplicate_timer.isActive())
    first = dialog.candidates.topLevelItem(0)
    if first is not None:
        dialog.candidates.setCurrentItem(first)
    return dialog


def new_case_form_step(window: MainWindow) -> QWidget | None:
    """The intake form, with a JMBG whose check digit is wrong: its message shows under the field."""
    if not window.new_case_action.isVisible():
        return None
    window.new_case()
    dialog = window.new_case_dialog
    dialog.resize(900, 900)
    type_text(dialog.find_family, "Đurić")
    type_text(dialog.find_given, "Lejla")
    dialog._duplicate_timer.stop()
    dialog.new_child_button.click()
    type_text(dialog.jmbg, "0101015175001")
    dialog.jmbg.editingFinished.emit()
    QCoreApplication.sendEvent(
        dialog.jmbg, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    )
    return dialog


def _first_child(window: MainWindow) -> tuple[str, str] | None:
    """Family and given name of the first child in the list, in Latin script (it may be entered in Cyrillic:
    the duplicate check finds it either way)."""
    page = window.page("all_cases")
    if isinstance(page, CaseListPage) and page.model.rowCount():
        child = page.model.index(0, 1).data()
        if isinstance(child, str) and " " in child.strip() and child != "…":
            family, given = to_latin(child).split(" ", 1)
            return family, given
    return None


# ---- the case editor ----------------------------------------------------------------------------------------------
def editor_step(window: MainWindow) -> QWidget | None:
    editor = _open_first_case(window)
    if editor is None:
        return None
    editor.tabs.setCurrentIndex(0)
    wait_until(lambda: not window.ctx.ops.busy)
    return window


def checklist_step(window: MainWindow) -> QWidget | None:
    editor = window.page(PAGE_KEY)
    if not isinstance(editor, CaseEditorPage) or editor.view is None:
        return None
    editor.tabs.setCurrentIndex(editor.sections().index(editor.checklist))
    wait_until(lambda: not window.ctx.ops.busy)
    return window


def preview_step(window: MainWindow) -> QWidget | None:
    editor = window.page(PAGE_KEY)
    if not isinstance(editor, CaseEditorPage) or editor.view is None:
        return None
    preview = editor.print_document("summary")
    if preview is None:
        return None
    wait_until(lambda: getattr(preview, "pages", 0) > 0, 30)
    preview.resize(900, 1000)
    preview.show()
    moment = time.monotonic()
    wait_until(lambda: time.monotonic() - moment > 1.5)  # let the preview paint before the screenshot
    return preview


def _open_first_case(window: MainWindow) -> CaseEditorPage | None:
    """Open a case worth showing: the newest open one the user may see with referrals, notes and a checklist
    (one query, then one opening: every job costs time on a screenshot run)."""
    editor = window.page(PAGE_KEY)
    if not isinstance(editor, CaseEditorPage):
        return None
    user_id = window.ctx.user.id
    case_id = wait_job(window.ctx.ops.read(lambda session: case_worth_showing(session, user_id)))
    if case_id is None:
        return None
    editor.ask_break_glass = lambda _parent, _number: None  # no modal question
    window.open_case.emit(int(case_id))
    wait_until(lambda: not window.ctx.ops.busy and editor.view is not None, 20)
    return editor if editor.view is not None else None


# ---- the other pages ------------------------------------------------------------------------------------------------
def referral_log_step(window: MainWindow) -> QWidget | None:
    if "referrals" not in window.page_keys():
        return None
    page = window.show_page("referrals")
    assert isinstance(page, ReferralLogPage)
    wait_until(lambda: not page.model.loading)
    if page.model.rowCount():
        page.table.selectRow(0)
    return window


def dashboard_step(window: MainWindow) -> QWidget | None:
    if "dashboard" not in window.page_keys():
        return None
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    wait_until(lambda: not page.loading and not page.compliance_loading)
    return window


def audit_step(window: MainWindow) -> QWidget | None:
    if "audit" not in window.page_keys():
        return None
    page = window.show_page("audit")
    assert isinstance(page, AuditViewerPage)
    wait_until(lambda: not page.loading)
    return window


def statistics_step(window: MainWindow) -> QWidget | None:
    """A whole year of the demo register, with the cases behind one figure listed."""
    if "statistics" not in window.page_keys():
        return None
    page = window.show_page("statistics")
    assert isinstance(page, StatisticsPage)
    wait_until(lambda: page.report is not None and not page.loading)
    page.preset.setCurrentIndex(max(page.preset.findData("year"), 0))
    page.reload()
    wait_until(lambda: not page.loading)
    page.show_cases_behind("new_cases_by_sex_age", "F", "7-14")
    wait_until(lambda: not page.loading)
    return window


def statistics_charts_step(window: MainWindow) -> QWidget | None:
    if "statistics" not in window.page_keys():
        return None
    page = window.show_page("statistics")
    assert isinstance(page, StatisticsPage)
    wait_until(lambda: page.report is not None and not page.loading)
    page.tabs.setCurrentIndex(1)
    return window


def import_step(window: MainWindow, errors: bool) -> QWidget | None:
    if "import" not in window.page_keys():
        return None
    page = window.show_page("import")
    assert isinstance(page, ImportPage)
    page.load(_import_sample(window, errors))
    wait_until(lambda: page.book is not None and not page.busy)
    page.check()
    wait_until(lambda: page.plan is not None and not page.busy)
    return window


def _import_sample(window: MainWindow, errors: bool) -> Path:
    """A history as a centre keeps it (Windows-1250, ';', Bosnian headers), with a child the demo register has."""
    hits = wait_job(window.ctx.ops.read(lambda session: search_cases(session, "a", limit=1)))
    known = hits[0] if hits else None
    rows = [
        "Evidencija predmeta 2023-2024;;;;;;;;;",
        "Broj predmeta;Ime;Prezime;JMBG;Datum rođenja;Spol;Datum prijave;Izvor prijave;Oblici nasilja;Status",
        ";Šemsa;Čaušević;;01.01.2012.;Ž;01.02.2024. 08:00:15;policija;zanemarivanje;",
        ";Đorđe;Đurđević;;15.06.2013.;M;14.03.2024. 11:20;škola;vršnjačko nasilje;procjena",
        ";Lejla;Babić;;31.02.2012.;Ž;03.04.2024.;marsovci;fizičko nasilje;"
        if errors
        else ";Lejla;Babić;;28.02.2012.;Ž;03.04.2024.;dom zdravlja;fizičko nasilje;",
    ]
    if known is not None and known.birth_date is not None:
        rows.append(
            f";{known.given_name};{known.family_name};;{known.birth_date:%d.%m.%Y}.;;05.05.2024.;"
            "policija;zanemarivanje;"
        )
    folder = Path(tempfile.mkdtemp(prefix="registry-screenshot-"))
    path = folder / ("predmeti-s-greskom.csv" if errors else "predmeti.csv")
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1250", errors="replace"))
    return path


def due_today_step(window: MainWindow) -> QWidget | None:
    from registry.ui.due_today import show_due_today

    if getattr(window, "due_today_action", None) is None:
        return None
    show_due_today(window)
    wait_until(lambda: getattr(window, "due_today_dialog", None) is not None)
    dialog: QWidget | None = getattr(window, "due_today_dialog", None)
    return dialog


def user_guide_step(window: MainWindow) -> QWidget | None:
    from registry.ui.help import show_guide

    return show_guide(window)


#: the screenshots, in the order they are taken and numbered
STEPS: tuple[ScreenshotStep, ...] = (
    ScreenshotStep("case-list", case_list_step),
    ScreenshotStep("new-case-search", new_case_step),
    ScreenshotStep("new-case-form", new_case_form_step),
    ScreenshotStep("case-editor", editor_step),
    ScreenshotStep("checklist", checklist_step),
    ScreenshotStep("print-preview", preview_step),
    ScreenshotStep("referral-log", referral_log_step),
    ScreenshotStep("dashboard", dashboard_step),
    ScreenshotStep("audit-trail", audit_step),
    ScreenshotStep("statistics", statistics_step),
    ScreenshotStep("statistics-charts", statistics_charts_step),
    ScreenshotStep("import-errors", lambda window: import_step(window, True)),
    ScreenshotStep("import-check", lambda window: import_step(window, False)),
    ScreenshotStep("due-today", due_today_step),
    ScreenshotStep("user-guide", user_guide_step),
)

__all__ = ["STEPS", "ScreenshotStep"]
