"""The case editor in the screenshot run: a case worth showing, its checklist and a printed summary."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from registry.ui.case_editor.page import PAGE_KEY, CaseEditorPage

if TYPE_CHECKING:
    from registry.ui.main_window import MainWindow


def editor_step(window: MainWindow) -> QWidget | None:
    from registry.ui.screenshots import wait_until

    editor = _open_first_case(window)
    if editor is None:
        return None
    editor.tabs.setCurrentIndex(0)
    wait_until(lambda: not window.ctx.ops.busy)
    return window


def checklist_step(window: MainWindow) -> QWidget | None:
    from registry.ui.screenshots import wait_until

    editor = window.page(PAGE_KEY)
    if not isinstance(editor, CaseEditorPage) or editor.view is None:
        return None
    editor.tabs.setCurrentIndex(editor.sections().index(editor.checklist))
    wait_until(lambda: not window.ctx.ops.busy)
    return window


def preview_step(window: MainWindow) -> QWidget | None:
    from registry.ui.screenshots import wait_until

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
    from registry.services.case_list import case_worth_showing
    from registry.ui.screenshots import wait_job, wait_until

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
